"""Picks the sentences of contract passages that answer a question, using the playbook's cues, the topic's words and the question's own words."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.grounding import stems
from assistant.models import Chunk, Citation, Hit
from assistant.playbooks import Playbook
from assistant.questions import TOPICS_BY_ID, Question
from assistant.signals import CompiledCues, compile_cues, fold, split_sentences

EXCERPT_CHARS = 400  # an excerpt grows from its best sentence up to about this length
MAX_QUOTE_CHARS = 600
SCANNED_EXTRA = 6  # passages outside the search results that state the item, read as well


@dataclass(frozen=True)
class Excerpt:
    """A quotable excerpt of a passage with how well it answers the question."""

    score: float  # topical part, the question's own words, and a retrieval-rank bonus
    topical: float  # playbook patterns, heading and topic words of the item asked about
    citation: Citation


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

    def pick(self, hit: Hit, q: Question, language: str, rank: int) -> Excerpt:
        chunk = hit.chunk
        sentences = split_sentences(chunk.text)
        if not sentences:
            return Excerpt(0.0, 0.0, _citation(hit, chunk.text))
        asked = stems(q.text)
        heading = fold(" ".join((chunk.section_title, *chunk.heading_path)))
        cues, context_cues = self.cues(q.topic, language), self.cues(q.context_topic, language)
        under_heading = 1.0 if cues is not None and cues.heading_match(heading) else 0.0
        if context_cues is not None and context_cues.heading_match(heading):
            under_heading += 0.5
        best, best_score, best_topical = 0, -1.0, 0.0
        for i, sentence in enumerate(sentences):
            topical = under_heading + _cue_strength(cues, sentence.folded)
            topical += 0.5 * _cue_strength(context_cues, sentence.folded)
            topical += 0.5 * _word_strength(q.topic, sentence.folded)
            score = topical
            if asked:
                score += 2.0 * len(asked & stems(sentence.folded)) / len(asked)
            if score > best_score:
                best, best_score, best_topical = i, score, topical
        end = sentences[best].end
        for following in sentences[best + 1:]:
            if following.end - sentences[best].start > EXCERPT_CHARS:
                break
            end = following.end
        excerpt = chunk.text[sentences[best].start:end]
        return Excerpt(best_score + 0.5 / (1 + rank), best_topical, _citation(hit, excerpt))


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
    """Citations without repeats of the same text."""
    seen, kept = set(), []
    for c in citations:
        key = fold(re.sub(r"\s+", " ", c.text))[:200]
        if key not in seen:
            seen.add(key)
            kept.append(c)
    return tuple(kept)
