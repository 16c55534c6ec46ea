"""The Chroma index: documents and passages, written all-or-nothing and keyed by content hash."""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache, wraps
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from assistant.errors import StoreError
from assistant.models import Chunk, DocumentInfo

from .embeddings import ChromaEmbeddingFunction, Embedder

SHARED_OWNER = "shared"
_READY, _PENDING = "ready", "pending"
_STALE_PENDING_SECONDS = 15 * 60  # an unfinished write older than this was abandoned by a crash
_LOCK_FILE = "assistant.lock"
_held_locks: dict[str, object] = {}  # store folder -> open lock file, held until the process ends
_held_locks_guard = threading.Lock()


def disable_telemetry() -> None:
    """Chroma's product telemetry stays off whatever the client settings say."""
    os.environ["ANONYMIZED_TELEMETRY"] = "False"


def make_client(data_dir: Path, chroma_url: str):
    """Embedded persistent store in DATA_DIR, or a Chroma server when CHROMA_URL is set."""
    disable_telemetry()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if chroma_url:
            url = urlparse(chroma_url)
            return chromadb.HttpClient(host=url.hostname or "127.0.0.1",
                                       port=url.port or (443 if url.scheme == "https" else 8000),
                                       ssl=url.scheme == "https", settings=chroma_settings)
        path = Path(data_dir) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        _lock_for_this_process(path)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except (ValueError, ConnectionError, OSError) as exc:
        where = chroma_url or str(data_dir)
        raise StoreError(f"cannot open the Chroma store at {where}: {exc}") from exc


def embedded_store_exists(data_dir: Path) -> bool:
    """Whether an embedded store was ever created in DATA_DIR (without opening or creating it)."""
    return (Path(data_dir) / "chroma" / "chroma.sqlite3").is_file()


def _lock_for_this_process(path: Path) -> None:
    """One process per embedded store: a second one would read stale vectors and fail or corrupt
    it (Chroma's local files are not process-safe); threads of this process share the client."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; run one process per data folder
        return
    key = str(path.resolve())
    with _held_locks_guard:
        if key in _held_locks:
            return
        handle = (path / _LOCK_FILE).open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown pid"
            handle.close()
            raise StoreError(f"the local store {path} is open in another process ({holder}); "
                             f"stop it, or share a Chroma server between processes "
                             f"(CONTRACT_ASSISTANT_CHROMA_URL)") from None
        # The kernel drops the lock when the process dies, even on SIGKILL: no stale lock.
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} on {socket.gethostname()}")
        handle.flush()
        _held_locks[key] = handle


@lru_cache(maxsize=1)
def _unreachable() -> tuple[type[BaseException], ...]:
    """What a Chroma server that is down or unreachable raises (httpx comes with chromadb)."""
    import httpx

    return (ConnectionError, httpx.TransportError)


def _reported(method: Callable) -> Callable:
    """Turns a server that stopped answering into a StoreError the CLI and the UI can word."""
    @wraps(method)
    def call(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except _unreachable() as exc:
            raise StoreError(f"the Chroma server did not answer ({type(exc).__name__}: {exc}); "
                             f"check that it is running") from exc
    return call


@dataclass(frozen=True)
class StoredPassages:
    """A document's passages in order, with their vectors, as read back from the store."""

    chunks: list[Chunk]
    vectors: np.ndarray


class ContractStore:
    """Two collections: one record per document (the commit marker) and one per passage."""

    def __init__(self, client, embedder: Embedder, prefix: str = "contracts") -> None:
        self._client = client
        self._embedder = embedder
        function = ChromaEmbeddingFunction(embedder)
        # Collections are named after the model: vectors of two models never mix.
        model_tag = _collection_safe(embedder.name)[-20:]
        self._chunks = client.get_or_create_collection(
            f"{prefix}_chunks_{model_tag}", embedding_function=function,
            configuration={"hnsw": {"space": "cosine"}})
        self._docs = client.get_or_create_collection(
            f"{prefix}_documents_{model_tag}", embedding_function=function,
            configuration={"hnsw": {"space": "cosine"}})
        self._cache: dict[tuple[str, str], StoredPassages] = {}
        self._cache_lock = threading.Lock()
        self._write_locks: dict[tuple[str, str], threading.Lock] = {}

    # -- reading ---------------------------------------------------------------------------
    @_reported
    def documents(self, owners: Sequence[str]) -> list[DocumentInfo]:
        found = self._docs.get(where=_and({"status": _READY}, _owner_filter(owners)),
                               include=["metadatas"])
        docs = [_document_from_metadata(m) for m in found["metadatas"] or []]
        return sorted(docs, key=lambda d: (d.indexed_at, d.name))

    @_reported
    def document(self, doc_id: str, owners: Sequence[str]) -> DocumentInfo | None:
        for owner in owners:
            found = self._docs.get(ids=[_record_id(owner, doc_id)], include=["metadatas"])
            for meta in found["metadatas"] or []:
                if meta.get("status") == _READY:
                    return _document_from_metadata(meta)
        return None

    @_reported
    def passages(self, doc: DocumentInfo) -> StoredPassages:
        key = (doc.owner, doc.doc_id)
        with self._cache_lock:
            if key in self._cache:
                return self._cache[key]
        found = self._chunks.get(where=_and({"doc_id": doc.doc_id}, {"owner": doc.owner}),
                                 include=["documents", "metadatas", "embeddings"])
        rows = sorted(zip(found["documents"], found["metadatas"], found["embeddings"], strict=True),
                      key=lambda row: row[1]["index"])
        chunks = [_chunk_from_record(text, meta) for text, meta, _ in rows]
        vectors = np.asarray([v for _, _, v in rows], dtype=np.float32).reshape(
            len(rows), self._embedder.dimension)
        stored = StoredPassages(chunks, vectors)
        with self._cache_lock:
            self._cache[key] = stored
        return stored

    @_reported
    def query(self, vector: np.ndarray, docs: Sequence[DocumentInfo],
              k: int) -> list[tuple[Chunk, float]]:
        """Nearest passages among the given documents, with cosine similarity."""
        if not docs:
            return []
        where = _or([_and({"doc_id": d.doc_id}, {"owner": d.owner}) for d in docs])
        found = self._chunks.query(query_embeddings=[vector], n_results=k, where=where,
                                   include=["documents", "metadatas", "distances"])
        return [(_chunk_from_record(text, meta), 1.0 - float(dist))
                for text, meta, dist in zip(found["documents"][0], found["metadatas"][0],
                                            found["distances"][0], strict=True)]

    # -- writing ---------------------------------------------------------------------------
    @_reported
    def add(self, info: DocumentInfo, chunks: Sequence[Chunk], vectors: np.ndarray) -> DocumentInfo:
        """Write a document's passages, then its record: readers only see finished documents."""
        with self._write_lock(info.owner, info.doc_id):
            # Rewriting a finished document would hide it until the rewrite ends (two tabs
            # uploading the same file): the first upload wins, the others get its record.
            existing = self.document(info.doc_id, [info.owner])
            return existing if existing is not None else self._write(info, chunks, vectors)

    def _write_lock(self, owner: str, doc_id: str) -> threading.Lock:
        with self._cache_lock:
            return self._write_locks.setdefault((owner, doc_id), threading.Lock())

    def _write(self, info: DocumentInfo, chunks: Sequence[Chunk],
               vectors: np.ndarray) -> DocumentInfo:
        record_id = _record_id(info.owner, info.doc_id)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        info = DocumentInfo(info.doc_id, info.name, info.pages, info.language, len(chunks),
                            info.owner, now)
        centroid = vectors.mean(axis=0) if len(vectors) else np.zeros(self._embedder.dimension)
        centroid = centroid / (np.linalg.norm(centroid) or 1.0)
        self._docs.upsert(ids=[record_id], embeddings=[centroid], documents=[info.name],
                          metadatas=[_document_metadata(info, _PENDING)])
        try:
            ids = [f"{record_id}:{c.index}" for c in chunks]
            metadatas = [_chunk_metadata(c, info.owner) for c in chunks]
            texts = [c.text for c in chunks]
            step = max(1, min(self._client.get_max_batch_size(), 2000))
            for i in range(0, len(ids), step):
                self._chunks.upsert(ids=ids[i:i + step], embeddings=vectors[i:i + step],
                                    documents=texts[i:i + step], metadatas=metadatas[i:i + step])
            self._docs.update(ids=[record_id], metadatas=[_document_metadata(info, _READY)])
        except BaseException:
            # KeyboardInterrupt included: never leave a half-written document behind.
            self._delete(info.owner, info.doc_id)
            raise
        return info

    @_reported
    def copy_vectors(self, doc_id: str) -> StoredPassages | None:
        """Passages of the same content indexed by another owner, to avoid embedding twice."""
        found = self._docs.get(where=_and({"doc_id": doc_id}, {"status": _READY}), limit=1,
                               include=["metadatas"])
        metas = found["metadatas"] or []
        return self.passages(_document_from_metadata(metas[0])) if metas else None

    @_reported
    def remove(self, doc: DocumentInfo) -> None:
        self._delete(doc.owner, doc.doc_id)

    @_reported
    def clean_unfinished(self) -> int:
        """Remove documents whose write was interrupted (crash, kill); returns how many."""
        found = self._docs.get(where={"status": _PENDING}, include=["metadatas"])
        removed = 0
        for meta in found["metadatas"] or []:
            if _abandoned(meta):
                self._delete(meta["owner"], meta["doc_id"])
                removed += 1
        return removed

    def _delete(self, owner: str, doc_id: str) -> None:
        self._chunks.delete(where=_and({"doc_id": doc_id}, {"owner": owner}))
        self._docs.delete(ids=[_record_id(owner, doc_id)])
        with self._cache_lock:
            self._cache.pop((owner, doc_id), None)


def _abandoned(meta: dict) -> bool:
    if meta.get("host") == socket.gethostname():
        try:
            os.kill(int(meta.get("pid", 0)), 0)
        except (ProcessLookupError, ValueError):
            return True
        except PermissionError:
            return False
        return False  # the writer is still running
    return time.time() - float(meta.get("started", 0)) > _STALE_PENDING_SECONDS


def _record_id(owner: str, doc_id: str) -> str:
    return f"{owner}:{doc_id}"


def _collection_safe(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in Path(name).name.lower())
    return cleaned.strip("-") or "model"


def _owner_filter(owners: Sequence[str]) -> dict:
    owners = list(owners)
    return {"owner": owners[0]} if len(owners) == 1 else {"owner": {"$in": owners}}


def _and(*clauses: dict) -> dict:
    return clauses[0] if len(clauses) == 1 else {"$and": list(clauses)}


def _or(clauses: Iterable[dict]) -> dict:
    clauses = list(clauses)
    return clauses[0] if len(clauses) == 1 else {"$or": clauses}


def _document_metadata(info: DocumentInfo, status: str) -> dict:
    return {"doc_id": info.doc_id, "name": info.name, "pages": info.pages,
            "language": info.language, "chunks": info.chunks, "owner": info.owner,
            "indexed_at": info.indexed_at, "status": status, "host": socket.gethostname(),
            "pid": os.getpid(), "started": time.time()}


def _document_from_metadata(meta: dict) -> DocumentInfo:
    return DocumentInfo(doc_id=meta["doc_id"], name=meta["name"], pages=int(meta["pages"]),
                        language=meta["language"], chunks=int(meta["chunks"]),
                        owner=meta["owner"], indexed_at=meta.get("indexed_at", ""))


def _chunk_metadata(chunk: Chunk, owner: str) -> dict:
    return {"doc_id": chunk.doc_id, "owner": owner, "index": chunk.index, "page": chunk.page,
            "page_end": chunk.page_end, "section_number": chunk.section_number,
            "section_title": chunk.section_title,
            "heading_path": json.dumps(list(chunk.heading_path), ensure_ascii=False),
            "kind": chunk.kind}


def _chunk_from_record(text: str, meta: dict) -> Chunk:
    return Chunk(doc_id=meta["doc_id"], index=int(meta["index"]), text=text,
                 page=int(meta["page"]), page_end=int(meta["page_end"]),
                 section_number=meta.get("section_number", ""),
                 section_title=meta.get("section_title", ""),
                 heading_path=tuple(json.loads(meta.get("heading_path") or "[]")),
                 # Stores written before passages had a kind read every passage as body.
                 kind=meta.get("kind") or "body")
