"""The Compare tab under AppTest (real model and store): two versions, and a translation refused."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .builders import ENGLISH_CONTRACT, FRENCH_CONTRACT, make_pdf
from .test_app import app_environment, new_session, upload  # noqa: F401 (the app's data folder)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_compare_tab_compares_two_versions_and_refuses_a_translation(tmp_path: Path) -> None:
    shorter = [[p.replace("six (6) mois.", "trois (3) mois.").replace(
        "trois (3) ans", "deux (2) ans") for p in page] for page in FRENCH_CONTRACT]
    files = {"contrat-fr.pdf": FRENCH_CONTRACT, "contrat-fr-v2.pdf": shorter,
             "agreement-en.pdf": ENGLISH_CONTRACT}
    data = {name: make_pdf(tmp_path / name, pages).read_bytes() for name, pages in files.items()}
    at = upload(new_session(), *data.items())
    at.multiselect(key="selected").set_value([_sha(data["contrat-fr.pdf"])]).run()
    tab = next(t for t in at.tabs if "Comparer" in t.label)
    assert [i.value for i in tab.info] == ["Choisissez les deux versions à comparer."]
    assert at.multiselect(key="compare_old").value == [_sha(data["contrat-fr.pdf"])]

    at.multiselect(key="compare_new").set_value([_sha(data["agreement-en.pdf"])]).run()
    assert not at.exception
    tab = next(t for t in at.tabs if "Comparer" in t.label)
    assert [w.value for w in tab.warning] == [
        "contrat-fr.pdf est en français et agreement-en.pdf en anglais : comparer un contrat et "
        "sa traduction n'est pas pris en charge ; comparez deux versions dans la même langue."]

    at.multiselect(key="compare_new").set_value([_sha(data["contrat-fr-v2.pdf"])]).run()
    assert not at.exception
    tab = next(t for t in at.tabs if "Comparer" in t.label)
    metrics = {m.label: m.value for m in tab.metric}
    assert metrics["Modifiés"] == "1"
    assert any("durée : 3 ans → 2 ans" in m.value for m in tab.markdown)
    assert tab.expander[0].label == "**Durée** — modifié"
    assert any("<del" in m.value and "trois (3)" in m.value for m in tab.markdown)
    assert [b.label for b in tab.get("download_button")] == [
        "Comparaison Markdown", "Comparaison Word", "Comparaison PDF", "Comparaison JSON"]
