"""The contracts of a portfolio: each file, or each sub-folder read as a contract and its
annexes, with the content hashes that identify it."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SUPPORTED = (".pdf", ".docx", ".txt", ".md")
_ANNEX = re.compile(r"annex|schedule|appendix|avenant|exhibit|\bdpa\b", re.IGNORECASE)
_READ_BLOCK = 1 << 20


@dataclass(frozen=True)
class Contract:
    """A contract to review: a name for the table and its files, the main contract first."""

    name: str
    files: tuple[Path, ...]


def find_contracts(paths: Iterable[Path]) -> list[Contract]:
    """Each file given is a contract; in a folder, each supported file is a contract and each
    sub-folder is one contract made of every supported file inside it."""
    found: dict[tuple[Path, ...], Contract] = {}
    for path in paths:
        path = Path(path).absolute()
        if path.is_dir():
            for child in sorted(path.iterdir()):
                if child.is_dir():
                    files = _ordered(p for p in child.rglob("*")
                                     if p.is_file() and p.suffix.lower() in SUPPORTED)
                    if files:
                        found.setdefault(files, Contract(child.name, files))
                elif child.is_file() and child.suffix.lower() in SUPPORTED:
                    found.setdefault((child,), Contract(child.name, (child,)))
        else:
            # A file named on the command line is always a row, even one that cannot be read.
            found.setdefault((path,), Contract(path.name, (path,)))
    return list(found.values())


def _ordered(files: Iterable[Path]) -> tuple[Path, ...]:
    """The main contract before its annexes: the parties are named on its first page."""
    return tuple(sorted(files, key=lambda p: (bool(_ANNEX.search(p.stem)), p.name)))


def file_hashes(files: Sequence[Path]) -> tuple[str, ...] | None:
    """The sha256 of each file's bytes (what the index keys documents by); None if one cannot
    be read, so that contract is not looked up in the cache and its task reports why."""
    hashes = []
    for path in files:
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as handle:
                while block := handle.read(_READ_BLOCK):
                    digest.update(block)
        except OSError:
            return None
        hashes.append(digest.hexdigest())
    return tuple(hashes)
