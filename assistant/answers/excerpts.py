"""Picks the sentences of contract passages that answer a question, and weighs their words."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.analysis.playbooks import Playbook
from assistant.analysis.signals import (
    CompiledCues,
    compile_cues,
    definition_body,
    fold,
    is_definitions_section,
    looks_like_toc,
    split_sentences,
    without_company_forms,
)
from assistant.models import Chunk, Citation, Hit

from .grounding import stem, stems
from .questions import TOPICS_BY_ID, Question

EXCERPT_CHARS = 400  # an excerpt grows from its best sentence up to about this length
MAX_QUOTE_CHARS = 600
SCANNED_EXTRA = 6  # passages outside the search results that state the item, read as well
_GLOSSARY_SHARE = 0.3  # what a glossary entry's score keeps when the question is not "what is"


@dataclass(frozen=True)
class Excerpt:
    """A quotable excerpt of a passage with how well it answers the question."""

    score: float  # topical part, the question's own words, and a retrieval-rank bonus
    topical: float  # playbook patterns, heading and topic words of the item asked about
    citation: Citation
    literal: float = 0.0  # weighted share of the question's words in the best sentence


class ExcerptPicker:
    """Scores the sentences of passages against a question, with the playbook's cues per item."""

    def __init__(self, playbook: Playbook | None) -> None:
        self._items = {item.id: item for item in playbook.items} if playbook else {}

    def cues(self, topic: str, language: str) -> CompiledCues | None:
        item = self._items.get(topic)
        return compile_cues(item.cues, language) if item is not None else None

    def states(self, chunk: Chunk, topic: str, language: str) -> bool:
        """Whether a passage states the item (a playbook pattern, or a heading naming it)."""
        cues = self.cues(topic, language)
        if cues is None:
            return False
        return cues.heading_match(fold(chunk.section_title)) or cues.any_pattern(fold(chunk.text))

    def pick(self, hit: Hit, q: Question, language: str, rank: int,
             weights: WordWeights) -> Excerpt:
        """The excerpt of a passage that answers best, scored chiefly by the rare words asked."""
        chunk = hit.chunk
        if not chunk.quotable and not (chunk.kind == "definitions" and q.asks_definition):
            # A table of contents, the document's own control block (its validity is not the
            # contract's term) or a glossary is not what the contract provides.
            return Excerpt(0.0, 0.0, _citation(hit, chunk.text))
        sentences = split_sentences(chunk.text)
        if not sentences:
            return Excerpt(0.0, 0.0, _citation(hit, chunk.text))
        asked = stems(q.text)
        heading = fold(" ".join((chunk.section_title, *chunk.heading_path)))
        cues, context_cues = self.cues(q.topic, language), self.cues(q.context_topic, language)
        related = [c for c in (self.cues(t, language) for t in q.related) if c is not None]
        under_heading = 1.0 if cues is not None and cues.heading_match(heading) else 0.0
        if context_cues is not None and context_cues.heading_match(heading):
            under_heading += 0.5
        # Whether this is the right clause is a property of the passage; which sentence to quote
        # depends mostly on the question's own rare words.
        meant = [without_company_forms(x.folded) for x in sentences]
        passage = under_heading + max(
            _cue_strength(cues, m) + 0.5 * _cue_strength(context_cues, m)
            + 0.5 * max((_cue_strength(c, m) for c in related), default=0.0)
            + 0.5 * _word_strength(q.topic, m) for m in meant)
        # A value question wants the sentence stating it; a clause question its lead sentence.
        cue_weight = 0.5 if q.intent == "value" else 0.1
        head = stem(q.head) if q.head else ""
        local = [cue_weight * min(1.5, _cue_strength(cues, m))
                 + 4.0 * weights.overlap(asked, stems(m), head) for m in meant]
        # A glossary entry says what a word means, not what the contract provides.
        glossary = not q.asks_definition and not_content(chunk)
        if not q.asks_definition:
            local = [score * (_GLOSSARY_SHARE if definition_body(x) else 1.0)
                     for score, x in zip(local, sentences, strict=True)]
        best = max(range(len(sentences)), key=lambda i: (local[i], -i))
        best_score, best_topical = passage + local[best], passage
        if glossary:
            best_score, best_topical = _GLOSSARY_SHARE * best_score, _GLOSSARY_SHARE * passage
        # A clause is quoted from its lead sentence when it fits; a value from its own sentence.
        first = best
        if q.intent in ("content", "presence"):
            while first > 0 and sentences[best].end - sentences[first - 1].start <= EXCERPT_CHARS:
                first -= 1
        end = sentences[best].end
        for following in sentences[best + 1:]:
            if following.end - sentences[first].start > EXCERPT_CHARS:
                break
            end = following.end
        excerpt = chunk.text[sentences[first].start:end]
        return Excerpt(best_score + 0.5 / (1 + rank), best_topical, _citation(hit, excerpt),
                       weights.overlap(asked, stems(meant[best]), head))


class WordWeights:
    """How telling each word stem is in one document: the fewer sentences use it, the heavier."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self._sentences = 0
        self._frequency: Counter[str] = Counter()
        for chunk in chunks:
            for sentence in split_sentences(chunk.text):
                self._sentences += 1
                self._frequency.update(stems(sentence.folded))

    def weight(self, stem: str) -> float:
        return math.log((self._sentences + 1) / (self._frequency.get(stem, 0) + 0.5))

    def overlap(self, asked: set[str], found: set[str], head: str = "") -> float:
        """Weighted share of the question's stems a sentence contains; the head counts twice."""
        def weight(s: str) -> float:
            return self.weight(s) * (2.0 if s == head else 1.0)

        total = sum(weight(s) for s in asked)
        return sum(weight(s) for s in asked & found) / total if total else 0.0


def not_content(chunk: Chunk) -> bool:
    """A definitions article or a table of contents the reader did not flag (a heading it did
    not know, a contents list split over passages): not the contract's provisions either."""
    return (not chunk.quotable or is_definitions_section(fold(chunk.section_title))
            or looks_like_toc(fold(chunk.text)))


def _cue_strength(cues: CompiledCues | None, folded: str) -> float:
    # Each distinct pattern the sentence matches is strong evidence; two are plenty.
    if cues is None:
        return 0.0
    return 1.5 * min(2, sum(1 for cue in cues.patterns if cue.search(folded)))


def _word_strength(topic: str, folded: str) -> float:
    words = TOPICS_BY_ID[topic].words if topic else None
    return float(min(2, len({m.group(0) for m in words.finditer(folded)}))) if words else 0.0


def _citation(hit: Hit, text: str) -> Citation:
    return Citation("contract", hit.document, hit.chunk.page, hit.chunk.section, trim(text))


def trim(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """One line of text, cut at a sentence end when it is too long to quote."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[:cut + 1] if cut > limit // 2 else text[:limit].rstrip() + "…"


def unique(citations: Sequence[Citation]) -> tuple[Citation, ...]:
    """Citations without repeats: a passage already quoted within an earlier one is dropped."""
    kept: list[Citation] = []
    keys: list[str] = []
    for c in citations:
        key = fold(re.sub(r"\s+", " ", c.text)).strip()
        if not any(key in other for other in keys):
            kept.append(c)
            keys.append(key)
    return tuple(kept)
