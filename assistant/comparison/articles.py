"""Articles rebuilt from passages, and paired across two versions: by heading, then by text."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.analysis.signals import fold, split_sentences
from assistant.models import Chunk, Evidence

from .redline import similarity, words

# A pair of articles with another number or title is the same article when this much of its
# wording is the same; below it, one was removed and another added.
SAME_TITLE_AT = 0.5
MOVED_AT = 0.6
# Two articles whose meaning is this close (cosine of their passages' embeddings) are paired
# on a lower share of common words: a clause rewritten in other words.
REWORDED_COSINE = 0.9
REWORDED_AT = 0.3
_CANDIDATES = 3  # new articles tried per unpaired old one, nearest in meaning first
_MAX_OVERLAP = 800  # characters looked back for the overlap between two pieces of a clause


@dataclass
class Article:
    """A section of one file, its pieces joined back into one text without their overlap."""

    document: str
    number: str
    title: str
    text: str  # as the file reads, pieces joined
    page: int
    page_end: int
    position: int  # order within its version
    root: str = ""  # the top heading it sits under ("Article 24 – Réversibilité" for 24.4)
    pieces: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, page)
    vector: np.ndarray | None = None
    tokens: list[str] = field(default_factory=list)

    @property
    def heading(self) -> str:
        if self.number and self.title:
            return f"{self.number} – {self.title}"
        return self.number or self.title

    @property
    def key(self) -> tuple[str, str]:
        return fold(self.number).replace(" ", ""), fold(self.title).strip()

    @property
    def norm(self) -> str:
        """The text with every run of whitespace as one space (line and page breaks vanish)."""
        return " ".join(self.tokens)

    def page_at(self, offset: int) -> int:
        page = self.page
        for start, piece_page in self.pieces:
            if start > offset:
                break
            page = piece_page
        return page


def articles_of(chunks: Sequence[Chunk], vectors: np.ndarray | None,
                names: dict[str, str]) -> list[Article]:
    """Consecutive passages of the same section form one article, in document order."""
    articles: list[Article] = []
    members: list[list[int]] = []
    previous = None
    for i, chunk in enumerate(chunks):
        key = (chunk.doc_id, chunk.heading_path, chunk.section_number, chunk.section_title)
        text = chunk.text
        if key == previous and articles:
            article = articles[-1]
            joined = _join(article.text, text)
            article.pieces.append((len(joined) - len(text), chunk.page))
            article.text = joined
            article.page_end = max(article.page_end, chunk.page_end)
            members[-1].append(i)
        else:
            articles.append(Article(names.get(chunk.doc_id, ""), chunk.section_number,
                                    chunk.section_title, text, chunk.page, chunk.page_end,
                                    len(articles), chunk.heading_path[0] if chunk.heading_path
                                    else "", [(0, chunk.page)]))
            members.append([i])
        previous = key
    for article, rows in zip(articles, members, strict=True):
        article.tokens = words(article.text)
        if vectors is not None and len(vectors):
            mean = np.asarray(vectors[rows], dtype=np.float32).mean(axis=0)
            norm = float(np.linalg.norm(mean))
            article.vector = mean / norm if norm else mean
    return articles


def _join(first: str, second: str) -> str:
    """Two consecutive pieces of a long clause: the second repeats the end of the first."""
    probe = second[:24]
    start = max(0, len(first) - _MAX_OVERLAP)
    at = first.find(probe, start) if probe else -1
    while at != -1:
        if second.startswith(first[at:]):
            return first[:at] + second
        at = first.find(probe, at + 1)
    return f"{first}\n{second}"


@dataclass(frozen=True)
class Pair:
    """Indexes of an old and a new article (either may be missing) and their word similarity."""

    old: int | None
    new: int | None
    similarity: float


def align(old: list[Article], new: list[Article]) -> list[Pair]:
    """Pairs in reading order: same heading first, then same title, then the nearest text."""
    pairs: dict[int, tuple[int, float]] = {}  # old index -> (new index, similarity)
    taken: set[int] = set()

    def pair(i: int, j: int, score: float | None = None) -> None:
        pairs[i] = (j, similarity(old[i].tokens, new[j].tokens) if score is None else score)
        taken.add(j)

    # 1. The same number and title: the same article, however much its text changed.
    _pair_groups(old, new, lambda a: a.key, pairs, taken, pair, threshold=0.0)
    # 2. The same title under another number: renumbered, when most of the text is the same.
    _pair_groups(old, new, lambda a: ("", a.key[1]) if a.key[1] else None, pairs, taken, pair,
                 threshold=SAME_TITLE_AT)
    # 3. Anything else: the nearest text among the articles nearest in meaning.
    candidates = []
    free_new = [j for j in range(len(new)) if j not in taken]
    for i in (i for i in range(len(old)) if i not in pairs):
        for j, cosine in _nearest(old[i], [new[j] for j in free_new], free_new):
            score = similarity(old[i].tokens, new[j].tokens)
            wanted = REWORDED_AT if cosine >= REWORDED_COSINE else MOVED_AT
            if score >= wanted:
                candidates.append((score, i, j))
    for score, i, j in sorted(candidates, reverse=True):
        if i not in pairs and j not in taken:
            pair(i, j, score)
    return _in_reading_order(pairs, len(old), len(new))


def _pair_groups(old, new, key, pairs, taken, pair, threshold: float) -> None:
    groups: dict[object, tuple[list[int], list[int]]] = {}
    for i, article in enumerate(old):
        k = key(article)
        if i not in pairs and k is not None:
            groups.setdefault(k, ([], []))[0].append(i)
    for j, article in enumerate(new):
        k = key(article)
        if j not in taken and k in groups:
            groups[k][1].append(j)
    for olds, news in groups.values():
        if not news:
            continue
        if len(olds) == len(news) == 1:
            score = similarity(old[olds[0]].tokens, new[news[0]].tokens)
            if score >= threshold:
                pair(olds[0], news[0], score)
            continue
        # Repeated headings ("Annexe – Inventaire" twice): the closest texts go together.
        scored = sorted(((similarity(old[i].tokens, new[j].tokens), i, j)
                         for i in olds for j in news), reverse=True)
        for score, i, j in scored:
            if i not in pairs and j not in taken and score >= threshold:
                pair(i, j, score)


def _nearest(article: Article, others: list[Article], indexes: list[int]):
    if not others:
        return []
    if article.vector is None or any(o.vector is None for o in others):
        return [(j, 0.0) for j in indexes]
    cosines = np.stack([o.vector for o in others]) @ article.vector
    best = np.argsort(-cosines)[:_CANDIDATES]
    return [(indexes[k], float(cosines[k])) for k in best]


def _in_reading_order(pairs: dict[int, tuple[int, float]], n_old: int, n_new: int) -> list[Pair]:
    """New version's order; a removed article goes right after its old predecessor's partner."""
    keyed: list[tuple[tuple[float, int, int], Pair]] = []
    after = -1.0
    for i in range(n_old):
        if i in pairs:
            j, score = pairs[i]
            after = float(j)
            keyed.append(((float(j), 0, i), Pair(i, j, score)))
        else:
            keyed.append(((after + 0.5, 1, i), Pair(i, None, 0.0)))
    paired_new = {j for j, _ in pairs.values()}
    for j in range(n_new):
        if j not in paired_new:
            keyed.append(((float(j), 0, -1), Pair(None, j, 0.0)))
    return [p for _, p in sorted(keyed, key=lambda kp: kp[0])]


def sentences(article: Article) -> list[Evidence]:
    """An article's sentences, each quoted with its page and section."""
    return [Evidence(article.page_at(s.start), article.heading, article.text[s.start:s.end],
                     article.document) for s in split_sentences(article.text)]
