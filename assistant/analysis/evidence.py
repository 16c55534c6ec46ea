"""Which sentence to quote for a found clause: every sentence of the passages that state it is a
candidate, ranked by a small linear model over general features of where and how it says so.

The weights are data (evidence_weights.json, one set per language), fitted by
scripts/train_evidence.py on labelled real contracts and scored there leave-one-source-out; the
features describe position and wording only (a party's commitment, the clause's own article, how
telling the matching cue is), never the words of any training contract.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .signals import statement_quality

WEIGHTS_FILE = Path(__file__).resolve().parent / "evidence_weights.json"
FEATURES = (
    "stated",           # a cue of the item states it in this sentence
    "patterns",         # how many of the item's cues (capped at 3, over 3)
    "telling",          # 1 / (1 + rank of the most telling cue that matched)
    "keywords",         # the item's keywords in the sentence (capped at 3, over 3)
    "commitment",       # signals.statement_quality: a party binding itself, a full sentence
    "first_stated",     # the first stating sentence of its passage
    "opening",          # the first sentence of its passage
    "own_heading",      # its passage's title names the item
    "in_article",       # a parent article's title names the item
    "section_start",    # its passage opens its section (the article's first lines)
    "section_opening",  # the first sentence of its section
    "passage_score",    # the checklist's passage score (capped at 2, over 2)
    "passage_rank",     # 1 / (1 + rank of its passage by score among the found ones)
    "first_in_text",    # its passage is the first found one in reading order
    "semantic",         # the embedding's similarity credit (0 where the model cannot read)
    "example_words",    # content words shared with the item's example sentences
    "number",           # it carries a figure (a delay, an amount, a rate)
    "length",           # log of its word count, over 4
)
# Until trained weights exist: the order the checklist used before the model (cue strength,
# then the clause's own article and a statement that binds a party).
DEFAULT_WEIGHTS = {"bias": 0.0, "stated": 2.0, "patterns": 1.0, "telling": 2.0, "keywords": 0.6,
                   "commitment": 1.0, "own_heading": 0.8, "passage_score": 1.0,
                   "passage_rank": 0.5}
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class FoundPassage:
    """What the ranking needs to know of a passage that states the clause."""

    order: int  # reading order in the document
    score: float
    own_heading: bool
    in_article: bool
    section_start: bool  # no earlier passage of the same section
    semantic: float  # similarity credit, 0..1
    sentences: tuple[str, ...]  # folded
    stated: tuple[tuple[int, int, int], ...]  # (sentence index, distinct cues, best cue rank)
    keyword_hits: tuple[int, ...]  # per sentence
    example_words: tuple[float, ...] = ()  # per sentence, 0..1


@dataclass(frozen=True)
class Candidate:
    passage: int  # position in the list of found passages given to `rank`
    sentence: int
    features: tuple[float, ...]
    score: float = 0.0


def candidates(found: list[FoundPassage]) -> list[Candidate]:
    """Every sentence of every found passage, with its features (unscored)."""
    by_score = sorted(range(len(found)), key=lambda i: -found[i].score)
    score_rank = {i: rank for rank, i in enumerate(by_score)}
    first_in_text = min(range(len(found)), key=lambda i: found[i].order) if found else -1
    out = []
    for i, passage in enumerate(found):
        stated = {index: (distinct, best) for index, distinct, best in passage.stated}
        first_stated = min(stated) if stated else -1
        for j, sentence in enumerate(passage.sentences):
            distinct, best = stated.get(j, (0, 0))
            words = len(sentence.split())
            values = {
                "stated": float(j in stated),
                "patterns": min(distinct, 3) / 3,
                "telling": 1 / (1 + best) if j in stated else 0.0,
                "keywords": min(passage.keyword_hits[j], 3) / 3,
                "commitment": statement_quality(sentence),
                "first_stated": float(j == first_stated),
                "opening": float(j == 0),
                "own_heading": float(passage.own_heading),
                "in_article": float(passage.in_article),
                "section_start": float(passage.section_start),
                "section_opening": float(passage.section_start and j == 0),
                "passage_score": min(passage.score, 2.0) / 2,
                "passage_rank": 1 / (1 + score_rank[i]),
                "first_in_text": float(i == first_in_text),
                "semantic": passage.semantic,
                "example_words": passage.example_words[j] if passage.example_words else 0.0,
                "number": float(bool(_DIGIT.search(sentence))),
                "length": math.log1p(words) / 4,
            }
            out.append(Candidate(i, j, tuple(values[name] for name in FEATURES)))
    return out


def rank(found: list[FoundPassage], language: str,
         weights: dict[str, float] | None = None) -> list[Candidate]:
    """Candidates best first (ties: reading order), by the weights fitted for the language."""
    weights = weights if weights is not None else load_weights(language)
    scored = []
    for candidate in candidates(found):
        value = weights.get("bias", 0.0) + sum(
            weights.get(name, 0.0) * x for name, x in zip(FEATURES, candidate.features,
                                                           strict=True))
        scored.append(Candidate(candidate.passage, candidate.sentence, candidate.features, value))
    return sorted(scored, key=lambda c: (-c.score, found[c.passage].order, c.sentence))


@lru_cache(maxsize=4)
def _weights_from_file(language: str) -> tuple[tuple[str, float], ...]:
    if not WEIGHTS_FILE.is_file():
        return tuple(DEFAULT_WEIGHTS.items())
    fitted = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
    # Contracts in either language are drafted alike enough to share weights when one lacks
    # its own.
    chosen = fitted.get(language) or fitted.get("en") or DEFAULT_WEIGHTS
    return tuple((name, float(value)) for name, value in chosen.items())


def load_weights(language: str) -> dict[str, float]:
    return dict(_weights_from_file(language))


_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset((
    "dans", "pour", "avec", "sans", "sont", "etre", "leur", "leurs", "cette", "tout", "toute",
    "tous", "toutes", "elle", "elles", "ainsi", "entre", "dont", "plus", "moins", "autre",
    "autres", "meme", "selon", "sous", "that", "with", "shall", "this", "from", "such", "which",
    "will", "have", "been", "other", "under", "their", "party", "parties", "contrat", "contract",
    "present", "presente", "article"))


def stems(folded: str) -> frozenset[str]:
    """Content words cut to six letters, so that "restitue" meets "restitution"."""
    return frozenset(w[:6] for w in _WORD.findall(folded) if w not in _COMMON)


def example_words(folded_sentence: str, examples: tuple[frozenset[str], ...]) -> float:
    """How much of the best-matching example sentence's vocabulary the sentence shares."""
    words = stems(folded_sentence)
    if not words or not examples:
        return 0.0
    return max(len(words & e) / math.sqrt(len(words) * len(e)) for e in examples if e)
