"""Keyword (BM25) scoring of passages, with stemming, accent folding and FR/EN term expansion."""
from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from assistant.models import Chunk

from .vocabulary import translations, translations_into

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_STOPWORDS = frozenset("""
a au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui ma mais me
même mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi
ton tu un une vos votre vous c d j l m n s t y été être avoir ont sont sera seront dont où quel
quelle quels quelles quoi comment est-ce
the of and or to in is are be been being this that these those it its for on with as by at from
an not no shall will would may can could should any all such which what who whom how when where
does do did has have had was were if than then there their them they he she his her we our you
your i me my
""".split())  # noqa: SIM905 - one readable block per language


def fold(text: str) -> str:
    """Lower case without accents, so "Réversibilité" and "reversibilite" match."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4)
def _stemmer(language: str):
    import Stemmer

    return Stemmer.Stemmer("french" if language == "fr" else "english")


def tokenize(text: str, language: str) -> list[str]:
    words = [w.replace("’", "'").split("'")[-1] for w in _WORD.findall(text.lower())]
    words = [w for w in words if w and w not in _STOPWORDS]
    return [fold(stem) for stem in _stemmer(language).stemWords(words)]


def expand_query(query: str, into: str | None = None) -> str:
    """Add the other language's domain terms: BM25 then finds "résiliation" for "termination".

    With `into`, only terms of that language are added: English words added to a French query
    on a French document match nothing, or worse, collide with French stems ("data" and "date"
    both stem to "dat" in French).
    """
    words = _WORD.findall(query.lower())
    extra = [t for w in words
             for t in (translations(w) if into is None else translations_into(w, into))]
    return query + (" " + " ".join(extra) if extra else "")


def _heading(chunk: Chunk) -> str:
    """The passage's own heading, down to the first one with words: a sub-clause numbered
    "7.2" is read under its article's title ("7. Localisation")."""
    kept = []
    for heading in reversed(chunk.heading_path):
        kept.append(heading)
        if re.search(r"[^\W\d_]{3}", heading):
            break
    return " ".join(reversed(kept))


class KeywordIndex:
    """BM25 over a fixed list of passages (a document or a few), built once and reused."""

    def __init__(self, chunks: Sequence[Chunk], language: str) -> None:
        import bm25s

        # bm25s sets its own logger to DEBUG on import, which would print on every search.
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.chunks = list(chunks)
        self.language = language
        corpus = [tokenize(_heading(c) + " " + c.text, language) for c in self.chunks]
        self._bm25 = bm25s.BM25()
        # bm25s needs one non-empty passage at least; an empty token keeps the vocabulary valid.
        self._bm25.index([tokens or [""] for tokens in corpus] or [[""]], show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        tokens = [t for t in tokenize(expand_query(query, self.language), self.language) if t]
        if not tokens or not self.chunks:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)[:len(self.chunks)]


class KeywordIndexCache:
    """One keyword index per set of documents, rebuilt only when that set changes."""

    def __init__(self, size: int = 32) -> None:
        self._size = size
        self._items: dict[tuple, KeywordIndex] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple, chunks: Sequence[Chunk], language: str) -> KeywordIndex:
        with self._lock:
            if key in self._items:
                return self._items[key]
        index = KeywordIndex(chunks, language)
        with self._lock:
            if len(self._items) >= self._size:
                self._items.pop(next(iter(self._items)))
            self._items[key] = index
        return index

    def drop(self, doc_key: tuple) -> None:
        with self._lock:
            for key in [k for k in self._items if doc_key in k]:
                del self._items[key]
