"""The reference corpus: our Markdown guides, in their own collections, searched like contracts."""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.documents.chunking import chunk_document, embedding_text
from assistant.errors import AssistantError
from assistant.models import DocumentInfo, Page, ParsedDocument

from .embeddings import Embedder
from .store import ContractStore

REFERENCE_OWNER = "reference"


@dataclass(frozen=True)
class Guide:
    """One reference guide's front matter and body."""

    id: str
    path: str  # relative to the corpus folder's parent, e.g. "corpus/fr/reversibility.md"
    language: str
    title: str
    clause_ids: tuple[str, ...]
    sources: tuple[str, ...]
    body: str
    sha256: str


def read_guide(path: Path, root: Path) -> Guide:
    """Parse a guide; its front matter sits between two '---' lines at the top."""
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    if not text.startswith("---"):
        raise AssistantError(f"{path.name}: a reference guide must start with front matter")
    _, header, body = text.split("---", 2)
    meta = yaml.safe_load(header) or {}
    return Guide(id=str(meta["id"]), path=path.relative_to(root.parent).as_posix(),
                 language=str(meta.get("language", "en")), title=str(meta.get("title", "")),
                 clause_ids=tuple(meta.get("clause_ids") or ()),
                 sources=tuple(meta.get("sources") or ()), body=body.strip(),
                 sha256=hashlib.sha256(raw).hexdigest())


def load_guides(corpus_dir: Path) -> list[Guide]:
    """Every guide under the corpus folder's language subfolders, in a stable order."""
    if not corpus_dir.is_dir():
        return []
    return [read_guide(p, corpus_dir) for p in sorted(corpus_dir.glob("*/*.md"))]


class ReferenceCorpus:
    """Keeps the reference collections in step with the corpus folder and finds guides."""

    def __init__(self, store: ContractStore, embedder: Embedder, corpus_dir: Path,
                 chunk_size: int = 1200, chunk_overlap: int = 150) -> None:
        self._store = store
        self._embedder = embedder
        self.guides = load_guides(corpus_dir)
        self._by_path = {g.path: g for g in self.guides}
        self._chunk_size, self._chunk_overlap = chunk_size, chunk_overlap
        self._synced = False
        self._lock = threading.Lock()

    def sync(self) -> int:
        """Index new or changed guides, drop removed ones; returns how many guides were written."""
        with self._lock:
            written = self._sync()
            self._synced = True
            return written

    def _sync(self) -> int:
        indexed = {d.name: d for d in self._store.documents([REFERENCE_OWNER])}
        written = 0
        for guide in self.guides:
            current = indexed.pop(guide.path, None)
            if current is not None and current.doc_id == guide.sha256:
                continue
            if current is not None:
                self._store.remove(current)
            self._index(guide)
            written += 1
        for stale in indexed.values():
            self._store.remove(stale)
        return written

    def documents(self, language: str | None = None,
                  clause_id: str | None = None) -> list[DocumentInfo]:
        if not self._synced:
            # Indexed on first use, not at start-up: commands that never cite guides stay quick.
            self.sync()
        docs = self._store.documents([REFERENCE_OWNER])
        chosen = []
        for doc in docs:
            guide = self._by_path.get(doc.name)
            if guide is None:
                continue
            if language and guide.language != language:
                continue
            if clause_id and clause_id not in guide.clause_ids:
                continue
            chosen.append(doc)
        return chosen

    def guide(self, path: str) -> Guide | None:
        return self._by_path.get(path)

    def _index(self, guide: Guide) -> None:
        parsed = ParsedDocument(name=guide.path, sha256=guide.sha256,
                                pages=(Page(1, guide.body),), language=guide.language)
        chunks = chunk_document(parsed, self._chunk_size, self._chunk_overlap)
        vectors = self._embedder.embed([embedding_text(c) for c in chunks])
        info = DocumentInfo(guide.sha256, guide.path, 1, guide.language, len(chunks),
                            REFERENCE_OWNER)
        self._store.add(info, chunks, vectors)
