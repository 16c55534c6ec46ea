"""The facade every edge (CLI, Streamlit) talks to: index, list, search, check and ask."""
from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .documents.chunking import chunk_document, embedding_text
from .documents.reading import read_bytes, read_file_bytes
from .errors import DocumentNotFoundError
from .index.corpus import ReferenceCorpus
from .index.embeddings import Embedder, check_model_available, load_embedder
from .index.language_fit import LanguageFit
from .index.retrieval import HybridRetriever
from .index.store import SHARED_OWNER, ContractStore, embedded_store_exists, make_client
from .models import Answer, CheckReport, Chunk, DocumentInfo, Hit, Turn
from .settings import Settings

if TYPE_CHECKING:
    from .answers.answering import AnswerEngine
    from .comparison import Comparison, Version

# progress(stage, done, total): stages are "read", "chunks", "embed", "store".
Progress = Callable[[str, int, int], None]


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


class Assistant:
    """One user's (or session's) view of the shared index: own documents and the shared library."""

    def __init__(self, settings: Settings, embedder: Embedder, contracts: ContractStore,
                 reference: ReferenceCorpus, reference_store: ContractStore,
                 owner: str = "local") -> None:
        self.settings = settings
        self.owner = owner
        self._embedder = embedder
        self._store = contracts
        language_fit = LanguageFit(embedder, settings.declared_embedding_languages(),
                                   settings.data_dir / "language_fit.json")
        self._retriever = HybridRetriever(contracts, embedder, language_fit)
        self._reference = reference
        self._reference_retriever = HybridRetriever(reference_store, embedder, language_fit)
        self._reports: dict[tuple, CheckReport] = {}
        self._lock = threading.Lock()
        self._answers: AnswerEngine | None = None

    @property
    def owners(self) -> tuple[str, ...]:
        return (self.owner,) if self.owner == SHARED_OWNER else (self.owner, SHARED_OWNER)

    @property
    def embedding_model(self) -> str:
        return self._embedder.name

    # -- documents ---------------------------------------------------------------------------
    def index_file(self, path: Path, progress: Progress = _no_progress) -> DocumentInfo:
        path = Path(path)
        return self.index_bytes(read_file_bytes(path, self.settings.max_file_mb), path.name,
                                progress)

    def index_bytes(self, data: bytes, name: str,
                    progress: Progress = _no_progress) -> DocumentInfo:
        """Read, chunk, embed and store a file; a file already indexed is returned untouched."""
        s = self.settings
        existing = self._store.document(hashlib.sha256(data).hexdigest(), [self.owner])
        if existing is not None:
            return existing
        parsed = read_bytes(data, name, max_mb=s.max_file_mb, max_pages=s.max_pages, ocr=s.ocr,
                            ocr_languages=s.ocr_languages)
        progress("read", len(parsed.pages), len(parsed.pages))
        chunks = chunk_document(parsed, s.chunk_size, s.chunk_overlap)
        progress("chunks", len(chunks), len(chunks))
        vectors = self._vectors_for(parsed.sha256, chunks, progress)
        info = DocumentInfo(parsed.sha256, name, len(parsed.pages), parsed.language, len(chunks),
                            self.owner)
        info = self._store.add(info, chunks, vectors)
        progress("store", len(chunks), len(chunks))
        self._keep_copy(data, parsed.sha256, name)
        return info

    def documents(self) -> list[DocumentInfo]:
        return self._store.documents(self.owners)

    def find_document(self, ref: str) -> DocumentInfo:
        """A document by file name, path, or (a prefix of) its sha256."""
        name = Path(ref).name
        docs = self.documents()
        for doc in docs:
            if doc.name == name or doc.name == ref or doc.doc_id == ref:
                return doc
        matches = [d for d in docs if len(ref) >= 6 and d.doc_id.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        raise DocumentNotFoundError(f"no indexed document named '{ref}'")

    def remove(self, ref: str) -> DocumentInfo:
        doc = self.find_document(ref)
        if doc.owner != self.owner:
            raise DocumentNotFoundError(f"'{doc.name}' is in the shared library; it can only be "
                                        f"removed from there")
        self._store.remove(doc)
        self._retriever.forget(doc)
        self._forget_reports(doc.doc_id)
        return doc

    def share(self, ref: str) -> DocumentInfo:
        """Put one of this session's documents in the shared library, visible to every session."""
        doc = self.find_document(ref)
        stored = self._store.passages(doc)
        shared = DocumentInfo(doc.doc_id, doc.name, doc.pages, doc.language, doc.chunks,
                              SHARED_OWNER)
        return self._store.add(shared, stored.chunks, stored.vectors)

    def chunks(self, doc_id: str) -> list[Chunk]:
        return self._store.passages(self._document(doc_id)).chunks

    def chunk_vectors(self, doc_id: str) -> np.ndarray:
        return self._store.passages(self._document(doc_id)).vectors

    def file_path(self, doc_id: str) -> Path | None:
        """The kept copy of an indexed file (used to render PDF pages), if there is one."""
        doc = self._document(doc_id)  # another session's hash must not reach its file
        folder = self.settings.data_dir / "files"
        found = sorted(folder.glob(f"{doc.doc_id}.*")) if folder.is_dir() else []
        return found[0] if found else None

    # -- search ------------------------------------------------------------------------------
    def embed(self, texts: list[str]) -> np.ndarray:
        return self._embedder.embed(texts)

    def search(self, query: str, documents: Sequence[str] | None = None,
               k: int | None = None) -> list[Hit]:
        docs = [self._document(d) for d in documents] if documents else self.documents()
        return self._retriever.search(query, docs, k or self.settings.search_top_k)

    def search_reference(self, query: str, k: int | None = None, language: str | None = None,
                         clause_id: str | None = None) -> list[Hit]:
        docs = self._reference.documents(language=language, clause_id=clause_id)
        return self._reference_retriever.search(query, docs, k or self.settings.search_top_k)

    @property
    def reference(self) -> ReferenceCorpus:
        return self._reference

    # -- checklist and answers ---------------------------------------------------------------
    def check(self, doc_ids: Sequence[str], playbook: str | None = None) -> CheckReport:
        """Gap analysis of one document, or of several files read as one contract."""
        from .analysis.checklist import build_report
        from .analysis.playbooks import load_playbook

        docs = [self._document(d) for d in doc_ids]
        ref = playbook or self.settings.playbook
        key = (tuple(d.doc_id for d in docs), ref)
        with self._lock:
            if key in self._reports:
                return self._reports[key]
        chunks: list[Chunk] = []
        vectors = []
        for doc in docs:
            stored = self._store.passages(doc)
            chunks.extend(stored.chunks)
            vectors.append(stored.vectors)
        report = build_report(_combined(docs), chunks, np.vstack(vectors), load_playbook(ref),
                              # The shared embedder's method: the checklist caches the
                              # playbook examples per embedding function, across sessions.
                              self._embedder.embed)
        report.files = tuple(d.name for d in docs)
        with self._lock:
            self._reports[key] = report
        return report

    def ask(self, question: str, doc_ids: Sequence[str], history: Sequence[Turn] = ()) -> Answer:
        return self._answer_engine().ask(question, list(doc_ids), history)

    def ask_stream(self, question: str, doc_ids: Sequence[str],
                   history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        return self._answer_engine().stream(question, list(doc_ids), history)

    # -- comparison --------------------------------------------------------------------------
    def compare(self, old: Sequence[str], new: Sequence[str], playbook: str | None = None,
                language: str | None = None) -> Comparison:
        """Two versions of a contract, each one file or a contract with its annexes."""
        from .analysis.playbooks import load_playbook
        from .comparison import compare_versions

        return compare_versions(self._version(old, playbook), self._version(new, playbook),
                                load_playbook(playbook or self.settings.playbook), language)

    def compare_to_corpus(self, doc_ids: Sequence[str], playbook: str | None = None,
                          language: str | None = None) -> Comparison:
        """A contract against the reference corpus's model clause for each playbook item."""
        from .analysis.playbooks import load_playbook
        from .comparison import compare_to_models

        return compare_to_models(self._version(doc_ids, playbook),
                                 load_playbook(playbook or self.settings.playbook),
                                 self._reference.guides, language)

    def _version(self, doc_ids: Sequence[str], playbook: str | None) -> Version:
        from .comparison import Version

        docs = [self._document(d) for d in doc_ids]
        stored = [self._store.passages(d) for d in docs]
        return Version(tuple(docs), tuple(c for s in stored for c in s.chunks),
                       np.vstack([s.vectors for s in stored]),
                       self.check([d.doc_id for d in docs], playbook))

    # -- internals ---------------------------------------------------------------------------
    def _answer_engine(self) -> AnswerEngine:
        from .answers.answering import AnswerEngine

        with self._lock:
            if self._answers is None:
                self._answers = AnswerEngine(self, self.settings)
            return self._answers

    def _document(self, ref: str) -> DocumentInfo:
        doc = self._store.document(ref, self.owners)
        return doc if doc is not None else self.find_document(ref)

    def _vectors_for(self, sha256: str, chunks: list[Chunk], progress: Progress) -> np.ndarray:
        copied = self._store.copy_vectors(sha256)
        if copied is not None and [c.text for c in copied.chunks] == [c.text for c in chunks]:
            return copied.vectors
        texts = [embedding_text(c) for c in chunks]
        step = self.settings.embedding_batch_size * 4
        parts = []
        for i in range(0, len(texts), step):
            parts.append(self._embedder.embed(texts[i:i + step]))
            progress("embed", min(i + step, len(texts)), len(texts))
        return np.vstack(parts) if parts else np.zeros((0, self._embedder.dimension), np.float32)

    def _keep_copy(self, data: bytes, sha256: str, name: str) -> None:
        folder = self.settings.data_dir / "files"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{sha256}{Path(name).suffix.lower()}"
        if not target.exists():
            # Named per writer: portfolio workers sharing a data folder may copy the same file.
            tmp = target.with_name(f"{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
            tmp.write_bytes(data)
            tmp.replace(target)

    def _forget_reports(self, doc_id: str) -> None:
        with self._lock:
            for key in [k for k in self._reports if doc_id in k[0]]:
                del self._reports[key]


def _combined(docs: Sequence[DocumentInfo]) -> DocumentInfo:
    if len(docs) == 1:
        return docs[0]
    joined = hashlib.sha256("".join(d.doc_id for d in docs).encode()).hexdigest()
    languages = [d.language for d in docs]
    return DocumentInfo(joined, " + ".join(d.name for d in docs), sum(d.pages for d in docs),
                        max(set(languages), key=languages.count), sum(d.chunks for d in docs),
                        docs[0].owner)


def has_index(settings: Settings) -> bool:
    """Whether there can be indexed documents: a Chroma server, or an embedded store on disk.

    Listing or removing in an empty data folder answers from this alone, so it neither creates
    a store nor pays for Chroma's start-up.
    """
    return bool(settings.chroma_url) or embedded_store_exists(settings.data_dir)


_shared: dict[tuple, tuple[Embedder, ContractStore, ContractStore, ReferenceCorpus]] = {}
_shared_lock = threading.Lock()


def build_assistant(settings: Settings | None = None, owner: str = "local") -> Assistant:
    """The composition root: one model, client and corpus per process, one Assistant per owner."""
    settings = settings or Settings()
    key = (str(settings.data_dir.resolve()), settings.chroma_url, settings.embedding_model,
           settings.collection_prefix, str(settings.resolved_corpus_dir()))
    with _shared_lock:
        if key not in _shared:
            # The store first: a data folder locked by another process fails before the slow
            # model load.
            client = make_client(settings.data_dir, settings.chroma_url)
            check_model_available(settings.embedding_model)
            embedder = load_embedder(settings.embedding_model, settings.embedding_batch_size)
            contracts = ContractStore(client, embedder, settings.collection_prefix)
            contracts.clean_unfinished()
            reference_store = ContractStore(client, embedder,
                                            f"{settings.collection_prefix}_reference")
            reference = ReferenceCorpus(reference_store, embedder, settings.resolved_corpus_dir(),
                                        settings.chunk_size, settings.chunk_overlap)
            _shared[key] = (embedder, contracts, reference_store, reference)
        embedder, contracts, reference_store, reference = _shared[key]
    return Assistant(settings, embedder, contracts, reference, reference_store, owner)
