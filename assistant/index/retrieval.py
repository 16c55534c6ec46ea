"""Hybrid search: dense similarity and BM25 ranks fused by reciprocal rank fusion (RRF)."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.models import Chunk, DocumentInfo, Hit

from .embeddings import Embedder
from .lexical import KeywordIndexCache
from .store import ContractStore

RRF_K = 60  # the usual damping constant: a rank-1 hit counts 1/61, rank 10 counts 1/70


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> dict[int, float]:
    """Fuse several best-first lists of item ids into one score per id."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank + 1)
    return fused


class HybridRetriever:
    """Searches the passages of chosen documents; both signals are computed over the same set."""

    def __init__(self, store: ContractStore, embedder: Embedder) -> None:
        self._store = store
        self._embedder = embedder
        self._keyword_indexes = KeywordIndexCache()

    def search(self, query: str, docs: Sequence[DocumentInfo], k: int) -> list[Hit]:
        if not docs or not query.strip():
            return []
        chunks, vectors, names = [], [], []
        for doc in docs:
            stored = self._store.passages(doc)
            chunks.extend(stored.chunks)
            vectors.append(stored.vectors)
            names.extend([doc.name] * len(stored.chunks))
        if not chunks:
            return []
        matrix = np.vstack(vectors)
        query_vector = self._embedder.embed([query])[0]
        dense = matrix @ query_vector
        key = tuple(sorted((d.owner, d.doc_id) for d in docs))
        language = docs[0].language
        keyword = self._keyword_indexes.get(key, chunks, language).scores(query)
        depth = max(k * 4, 20)
        dense_rank = list(np.argsort(-dense)[:depth])
        keyword_rank = [i for i in np.argsort(-keyword)[:depth] if keyword[i] > 0]
        fused = reciprocal_rank_fusion([dense_rank, keyword_rank])
        best = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        return [Hit(chunk=chunks[i], document=names[i], score=fused[i]) for i in best]

    def forget(self, doc: DocumentInfo) -> None:
        self._keyword_indexes.drop((doc.owner, doc.doc_id))


def rank_chunks(query_vector: np.ndarray, chunks: Sequence[Chunk], vectors: np.ndarray,
                k: int) -> list[tuple[Chunk, float]]:
    """Dense-only ranking over passages already in memory (used by the reference corpus)."""
    if not len(chunks):
        return []
    similarity = vectors @ query_vector
    order = np.argsort(-similarity)[:k]
    return [(chunks[i], float(similarity[i])) for i in order]
