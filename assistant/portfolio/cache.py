"""Rows already made, kept as JSON files keyed by content and playbook version, so a re-run
(a nightly review of a shared folder) only checks new or changed contracts."""
from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from .rows import ROW_FORMAT, ContractRow


class RowCache:
    """One JSON file per contract under `folder`, written by the process that runs the review.

    The key is the contract's file hashes, the playbook id and version and the row format: a
    row does not depend on which worker made it, nor on where the files lie.
    """

    def __init__(self, folder: Path, playbook_id: str, playbook_version: str) -> None:
        self.folder = Path(folder)
        self._scope = f"{ROW_FORMAT}|{playbook_id}|{playbook_version}"

    def key(self, sha256: Sequence[str]) -> str:
        return hashlib.sha256("|".join([self._scope, *sha256]).encode()).hexdigest()

    def get(self, sha256: Sequence[str]) -> ContractRow | None:
        path = self._path(self.key(sha256))
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return ContractRow.from_json(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged entry is made again, never trusted

    def put(self, row: ContractRow) -> bool:
        """Keep a finished row under the hashes of what was checked; rows with an error are not
        kept (a Chroma server that was down, OCR installed since). False if it could not be
        written: the row is still in the table, only the skip next time is lost."""
        if row.error or not row.sha256:
            return False
        path = self._path(self.key(row.sha256))
        # Written whole then renamed: a killed run never leaves half a row behind.
        tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(row.to_json(), ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            return False
        return True

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"
