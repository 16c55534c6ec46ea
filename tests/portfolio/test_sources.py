"""Finding the contracts of a portfolio: files, sub-folders as contract + annexes, hashes."""
from __future__ import annotations

import hashlib
from pathlib import Path

from assistant.portfolio.sources import file_hashes, find_contracts


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_gives_one_contract_per_file_and_per_sub_folder(tmp_path: Path):
    root = tmp_path / "partage"
    _touch(root / "b-contrat.pdf")
    _touch(root / "a-contrat.docx")
    _touch(root / "notes.xlsx")  # not a contract format: ignored inside a folder
    _touch(root / "acme" / "annexe-2-sla.pdf")
    _touch(root / "acme" / "contrat-cadre.pdf")
    _touch(root / "acme" / "pieces" / "annexe-1-dpa.docx")
    (root / "vide").mkdir()
    found = {c.name: [p.name for p in c.files] for c in find_contracts([root])}
    assert found == {
        "a-contrat.docx": ["a-contrat.docx"],
        "acme": ["contrat-cadre.pdf", "annexe-1-dpa.docx", "annexe-2-sla.pdf"],
        "b-contrat.pdf": ["b-contrat.pdf"],
    }


def test_a_file_named_is_a_contract_even_missing_and_twice_is_once(tmp_path: Path):
    kept = _touch(tmp_path / "scan.tiff")
    contracts = find_contracts([kept, tmp_path / "absent.pdf", kept])
    assert [c.name for c in contracts] == ["scan.tiff", "absent.pdf"]
    assert all(p.is_absolute() for c in contracts for p in c.files)


def test_file_hashes_are_the_sha256_of_the_bytes_or_none_when_unreadable(tmp_path: Path):
    first = _touch(tmp_path / "a.txt", "contrat A")
    second = _touch(tmp_path / "b.txt", "contrat B")
    assert file_hashes([first, second]) == (hashlib.sha256(b"contrat A").hexdigest(),
                                            hashlib.sha256(b"contrat B").hexdigest())
    assert file_hashes([first, tmp_path / "gone.pdf"]) is None
