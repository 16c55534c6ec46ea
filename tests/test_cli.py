"""The console script end to end: index, documents, search, remove, and bad files in a batch."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .builders import ENGLISH_CONTRACT, make_pdf
from .conftest import MINI_CORPUS

SCRIPT = Path(sys.executable).parent / "contract-assistant"


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data_dir),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=600)


def test_help_lists_every_command() -> None:
    out = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, check=True)
    for command in ("index", "documents", "remove", "search", "check", "ask", "report",
                    "samples", "compare"):
        assert command in out.stdout


def test_index_folder_search_json_and_remove(tmp_path: Path, french_pdf: Path) -> None:
    folder = french_pdf.parent
    make_pdf(folder / "agreement-en.pdf", ENGLISH_CONTRACT)
    (folder / "broken.pdf").write_bytes(b"not a pdf")
    data = tmp_path / "store"

    indexed = _run(["index", str(folder)], data)
    assert indexed.returncode == 2  # one file failed, the others went on
    errors = [ln for ln in indexed.stderr.splitlines() if ln.startswith("error:")]
    assert errors == ["error: broken.pdf: not a PDF file (the content does not start like a PDF)"]
    assert "Traceback" not in indexed.stderr

    listed = json.loads(_run(["documents", "--format", "json"], data).stdout)
    assert sorted(d["name"] for d in listed) == ["agreement-en.pdf", "contrat-fr.pdf"]

    found = _run(["search", "Quel est le préavis de résiliation ?", "--document",
                  "agreement-en.pdf", "--format", "json"], data)
    hits = json.loads(found.stdout)
    assert set(hits[0]) == {"document", "page", "page_end", "section", "text", "score", "kind"}
    assert hits[0]["section"] == "Section 3 – Termination" and hits[0]["kind"] == "body"
    assert hits[0]["page"] == 2 and hits[0]["document"] == "agreement-en.pdf"
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)

    again = _run(["index", str(folder / "contrat-fr.pdf")], data)
    assert again.returncode == 0

    removed = _run(["remove", "contrat-fr.pdf"], data)
    assert removed.returncode == 0
    listed = json.loads(_run(["documents", "--format", "json"], data).stdout)
    assert [d["name"] for d in listed] == ["agreement-en.pdf"]

    missing = _run(["remove", "contrat-fr.pdf"], data)
    assert missing.returncode == 2
    assert missing.stderr.strip() == "error: no indexed document named 'contrat-fr.pdf'"


def _heavy_modules_after(args: list[str], data_dir: Path) -> tuple[int, list[str]]:
    """Run the CLI in a fresh interpreter; the exit code and which heavy libraries it imported."""
    driver = ("import sys\n"
              "from assistant.cli import main\n"
              f"sys.argv = ['contract-assistant', *{args!r}]\n"
              "code = 0\n"
              "try:\n"
              "    main()\n"
              "except SystemExit as stop:\n"
              "    code = stop.code or 0\n"
              "heavy = ('torch', 'sentence_transformers', 'transformers', 'langchain_core')\n"
              "print(code, *sorted(m for m in heavy if m in sys.modules))\n")
    env = {**os.environ, "CONTRACT_ASSISTANT_DATA_DIR": str(data_dir),
           "CONTRACT_ASSISTANT_CORPUS_DIR": str(MINI_CORPUS)}
    run = subprocess.run([sys.executable, "-c", driver], capture_output=True, text=True,
                         env=env, timeout=600)
    code, *heavy = run.stdout.strip().splitlines()[-1].split()
    return int(code), heavy


def test_listing_and_removing_never_load_torch_or_the_model(tmp_path: Path,
                                                             french_pdf: Path) -> None:
    empty, filled = tmp_path / "empty", tmp_path / "filled"
    assert _heavy_modules_after(["documents"], empty) == (0, [])
    assert not (empty / "chroma").exists()  # listing creates no store
    assert _heavy_modules_after(["remove", "x.pdf"], empty) == (2, [])
    assert _heavy_modules_after(["--help"], empty) == (0, [])

    assert _run(["index", str(french_pdf)], filled).returncode == 0
    assert _heavy_modules_after(["documents", "--format", "json"], filled) == (0, [])
    assert _heavy_modules_after(["remove", "contrat-fr.pdf"], filled) == (0, [])
    assert json.loads(_run(["documents", "--format", "json"], filled).stdout) == []


def test_writing_the_samples_does_not_load_torch(tmp_path: Path) -> None:
    code, heavy = _heavy_modules_after(["samples", str(tmp_path / "out")], tmp_path / "data")
    assert (code, heavy) == (0, [])
    assert (tmp_path / "out" / "truth.json").is_file()


def test_check_json_adds_the_assessment_of_each_item(tmp_path: Path, french_pdf: Path) -> None:
    """The JSON contract: existing keys unchanged, "assessment" added with quoted reasons."""
    run = _run(["check", str(french_pdf), "--format", "json"], tmp_path / "store")
    assert run.returncode == 0, run.stderr
    items = {i["id"]: i for i in json.loads(run.stdout)["items"]}
    for item in items.values():
        assert set(item) == {"id", "label", "status", "confidence", "severity", "evidence",
                             "missing", "recommendation", "assessment"}
        assert item["assessment"]["level"] in ("adequate", "weak", "restrictive",
                                               "not_assessed")
        for reason in item["assessment"]["reasons"]:
            assert set(reason) == {"text", "evidence"}
            assert set(reason["evidence"]) == {"page", "section", "text"}
            assert reason["text"] and reason["evidence"]["text"]
        if item["status"] == "absent":
            assert item["assessment"] == {"level": "not_assessed", "reasons": []}
    # A six-month transition, data returned in CSV and the provider's help: adequate.
    exit_clause = items["reversibility"]["assessment"]
    assert exit_clause["level"] == "adequate"
    assert exit_clause["reasons"][0]["evidence"]["page"] == 2
    assert exit_clause["reasons"][0]["evidence"]["section"] == "Article 4 – Réversibilité"
