"""`contract-assistant compare` end to end: JSON contract, exit codes and one-line errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import MINI_CORPUS

SCRIPT = Path(sys.executable).parent / "contract-assistant"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-compare") / "data"


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data_dir),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=900)


def test_compare_json_is_the_documented_contract(sample_folder: Path, data: Path) -> None:
    run = _run(["compare", str(sample_folder / "fr-infogerance-complet.pdf"),
                str(sample_folder / "fr-infogerance-complet-v2.pdf"), "--format", "json"], data)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["old"]["name"] == "fr-infogerance-complet.pdf"
    assert len(result["new"]["sha256"]) == 64
    assert [line["id"] for line in result["summary"]][-1] == "duration"
    sla = next(i for i in result["items"] if i["id"] == "service_levels")
    assert sla["verdict"] == "worse" and sla["old_status"] == "present"
    assert {"field": "availability", "old": "99,8 %", "new": "99,5 %"}.items() <= \
        sla["changes"][0].items()
    assert sla["old_evidence"] and {"page", "section", "text"} <= set(sla["old_evidence"][0])
    modified = [a for a in result["articles"] if a["change"] == "modified"]
    assert any("[-99,8-] {+99,5+}" in a["redline"] for a in modified)
    assert all(0 <= a["similarity"] <= 1 for a in result["articles"])


def test_compare_writes_a_word_redline_and_refuses_bad_requests(sample_folder: Path, data: Path,
                                                                tmp_path: Path) -> None:
    import docx

    old = sample_folder / "fr-infogerance-complet.pdf"
    new = sample_folder / "fr-infogerance-complet-v2.pdf"
    out = tmp_path / "redline.docx"
    written = _run(["compare", str(old), str(new), "--format", "docx", "--output", str(out)],
                   data)
    assert written.returncode == 0 and written.stderr.strip().endswith(f"wrote {out}")
    runs = [r for p in docx.Document(str(out)).paragraphs for r in p.runs]
    assert any(r.font.strike for r in runs) and any(r.font.underline for r in runs)

    no_output = _run(["compare", str(old), str(new), "--format", "pdf"], data)
    assert (no_output.returncode, no_output.stderr.strip()) == (
        2, "error: --format pdf writes a file: add --output FILE")
    one_side = _run(["compare", str(old)], data)
    assert (one_side.returncode, one_side.stderr.strip()) == (
        2, "error: give OLD and NEW, or one contract with --against-corpus")

    english = _run(["compare", str(old), str(sample_folder / "en-managed-services.pdf")], data)
    assert english.returncode == 2
    errors = english.stderr.strip().splitlines()
    assert errors[-1] == ("error: 'fr-infogerance-complet.pdf' is in French and "
                          "'en-managed-services.pdf' in English: comparing a contract with its "
                          "translation is out of scope; compare two versions in the same language")
    assert "Traceback" not in english.stderr

    itself = _run(["compare", str(old), "fr-infogerance-complet.pdf"], data)
    assert itself.returncode == 0
    assert "Aucune différence" in itself.stdout
