"""Checks each sentence of a generated answer against the passages it cites."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.analysis.numbers import find_quantities
from assistant.analysis.signals import split_sentences as contract_sentences

from .questions import fold

Embed = Callable[[list[str]], np.ndarray]

MIN_WORDS = 2  # fewer words than this is a connecting phrase: not checked, not shown
MIN_COVERAGE = 0.75  # share of a sentence's content words found in one place of its sources
MIN_COVERAGE_WITH_MEANING = 0.5  # ... enough when the embedding says it is a paraphrase
MIN_SIMILARITY = 0.8
MIN_SUPPORTED_SHARE = 0.5  # below this share of supported content, the answer is not kept

_MARKERS = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
# A sentence ends at . ! ? (plus any citation markers) before a capital, a quote or a bullet;
# "art. 28" or "99.9" never end one.
_SENTENCE_END = re.compile(r"[.!?](?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])*(?=\s+[A-ZÀ-ÖØ-Þ«\"“(*•-])")
_INSTRUCTION = re.compile(
    r"\b(ignore|ignorez|ignorer|disregard|forget|oubliez)\b.{0,60}\b(instructions?|consignes?|rules|"
    r"regles|prompt)|\b(new|nouvelles?) (rules?|regles?|instructions?)\b|\bsystem prompt\b|"
    r"\byou (are|must) now\b|\b(as an ai|en tant qu'ia)\b|\b(assistant|model|modele),? "
    r"(must|should|doit)\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset(fold(
    "a à au aux avec ce ces cet cette dans de des du elle en est et il ils la le les leur lui "
    "mais ne nous on ou où par pas pour qu que qui sa se ses si son sont sur ta te tu un une vos "
    "votre y été être avoir a ont sera seront doit doivent peut peuvent fait ainsi selon entre "
    "contrat présent présente article clause "
    "the a an and or of to in on at by for with from as is are was were be been being this that "
    "these those it its which who whom shall will may must can not no any all such other than "
    "into under upon agreement section contract party parties hereto hereof herein "
    "also there their they has have had do does did so if then "
    # question words: they say how something is asked, never what is asked about
    "quel quelle quels quelles quoi comment combien quand dont elles eux est-ce "
    "what which how when where why who whose can could would should").split())


@dataclass(frozen=True)
class SentenceCheck:
    """The verdict on one sentence of an answer."""

    text: str
    sources: tuple[int, ...]  # 1-based numbers of the passages it cites (valid ones only)
    supported: bool
    reason: str  # "supported", "paraphrase", "no content", or why it failed
    weight: int  # content words it carries; 0 for connecting phrases


@dataclass(frozen=True)
class GroundingReport:
    """All sentence verdicts of an answer."""

    sentences: tuple[SentenceCheck, ...]

    @property
    def supported_share(self) -> float:
        total = sum(s.weight for s in self.sentences)
        if total == 0:
            return 0.0
        return sum(s.weight for s in self.sentences if s.supported) / total

    @property
    def dropped(self) -> tuple[SentenceCheck, ...]:
        return tuple(s for s in self.sentences if not s.supported)

    @property
    def acceptable(self) -> bool:
        """True when enough of the answer is supported to show what survives."""
        return (self.supported_share >= MIN_SUPPORTED_SHARE
                and any(s.supported and s.weight and s.sources for s in self.sentences))


def cited_numbers(text: str) -> list[int]:
    """Source numbers cited in a text, in order of first use ("[2] ... [1, 3]" -> 2, 1, 3)."""
    seen: list[int] = []
    for match in _MARKERS.finditer(text):
        for part in re.split(r"\s*[,;]\s*", match.group(1)):
            number = int(part)
            if number not in seen:
                seen.append(number)
    return seen


def strip_markers(text: str) -> str:
    return re.sub(r"\s+([.,;:!?])", r"\1", _MARKERS.sub("", text)).strip()


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a text, each keeping its citation markers."""
    pieces: list[str] = []
    for line in text.split("\n"):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            pieces.append(line[start:match.end()])
            start = match.end()
        pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


class SentenceBuffer:
    """Collects streamed text and hands out sentences once they are complete."""

    def __init__(self) -> None:
        self._pending = ""

    def feed(self, piece: str) -> Iterator[str]:
        self._pending += piece
        # Only the text before the last boundary is sure: the last sentence may still grow.
        cut = max(self._pending.rfind("\n"), _last_end(self._pending))
        if cut <= 0:
            return
        done, self._pending = self._pending[:cut], self._pending[cut:]
        yield from split_sentences(done)

    def flush(self) -> Iterator[str]:
        done, self._pending = self._pending, ""
        yield from split_sentences(done)


def _last_end(text: str) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return ends[-1] if ends else -1


def content_words(text: str) -> list[str]:
    """The words that carry meaning (folded, no stop words, no citation markers)."""
    return [w for w in _WORD.findall(fold(strip_markers(text)))
            if w not in _STOPWORDS and (len(w) > 2 or w.isdigit())]


def numbers_in(text: str) -> set[str]:
    return {n.replace(",", ".") for n in _NUMBER.findall(strip_markers(text))}


def stem(word: str) -> str:
    """A crude stem shared by both languages: no plural s/x, first five letters."""
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    return word[:5]


def stems(text: str) -> set[str]:
    """Stems of a text's content words ("governs" and "governed" share one)."""
    return {stem(w) for w in content_words(text)}


def _known(word: str, vocabulary: set[str], known_stems: set[str]) -> bool:
    # Same word or same stem: "résilier" / "résiliation", "laws" / "law".
    return word in vocabulary or stem(word) in known_stems


@dataclass(frozen=True)
class _Window:
    """One or two consecutive sentences of a source: what a single claim may rest on."""

    words: frozenset[str]
    stems: frozenset[str]

    def coverage(self, words: list[str]) -> float:
        return sum(_known(w, self.words, self.stems) for w in words) / len(words)


class GroundingChecker:
    """Verifies sentences against numbered source passages.

    A sentence is supported when the passages it cites state every number and quantity it
    gives, and when one or two consecutive sentences of them hold most of its words (or, with
    an embedding model, mean nearly the same). Words gathered from all over a passage do not
    count: that is how small models stitch true fragments into a false claim.
    """

    def __init__(self, sources: Sequence[str], embed: Embed | None = None) -> None:
        self._sources = list(sources)
        self._embed = embed
        self._windows = [_windows(s) for s in self._sources]
        self._numbers = [numbers_in(s) for s in self._sources]
        self._quantities = [_quantities(s) for s in self._sources]
        self._sentence_vectors: dict[int, tuple[list[str], np.ndarray]] = {}

    def check(self, sentence: str) -> SentenceCheck:
        cited = tuple(n for n in cited_numbers(sentence) if 1 <= n <= len(self._sources))
        words = content_words(sentence)
        if sum(1 for w in words if not w.isdigit()) < MIN_WORDS:
            return SentenceCheck(sentence, cited, True, "no content", 0)
        if cited_numbers(sentence) and not cited:
            return SentenceCheck(sentence, cited, False, "cites a source that does not exist",
                                 len(words))
        pool = list(cited) or list(range(1, len(self._sources) + 1))
        known_numbers = set().union(*(self._numbers[n - 1] for n in pool))
        missing_numbers = numbers_in(sentence) - known_numbers
        if missing_numbers:
            shown = ", ".join(sorted(missing_numbers))
            return SentenceCheck(sentence, cited, False, f"numbers not in the sources: {shown}",
                                 len(words))
        known_quantities = set().union(*(self._quantities[n - 1] for n in pool))
        missing_quantities = _quantities(sentence) - known_quantities
        if missing_quantities:
            shown = ", ".join(f"{amount:g} {unit}" for amount, unit in sorted(missing_quantities))
            return SentenceCheck(sentence, cited, False,
                                 f"quantities not in the sources: {shown}", len(words))
        coverage, best = max(((w.coverage(words), n) for n in pool for w in self._windows[n - 1]),
                             default=(0.0, 0))
        sources = cited or ((best,) if best else ())
        if coverage >= MIN_COVERAGE:
            return SentenceCheck(sentence, sources, True, "supported", len(words))
        if (coverage >= MIN_COVERAGE_WITH_MEANING
                and self._similarity(sentence, pool) >= MIN_SIMILARITY):
            return SentenceCheck(sentence, sources, True, "paraphrase", len(words))
        return SentenceCheck(sentence, cited, False,
                             f"only {coverage:.0%} of its words are in one place of the sources",
                             len(words))

    def check_all(self, text: str) -> GroundingReport:
        return GroundingReport(tuple(self.check(s) for s in split_sentences(text)))

    def _similarity(self, sentence: str, pool: list[int]) -> float:
        if self._embed is None or not pool:
            return 0.0
        query = self._embed([strip_markers(sentence)])[0]
        best = 0.0
        for n in pool:
            sentences, vectors = self._source_sentences(n)
            if len(sentences):
                best = max(best, float(np.max(vectors @ query)))
        return best

    def _source_sentences(self, n: int) -> tuple[list[str], np.ndarray]:
        if n not in self._sentence_vectors:
            sentences = _source_sentence_texts(self._sources[n - 1])
            vectors = self._embed(sentences) if self._embed else np.zeros((0, 1))
            self._sentence_vectors[n] = (sentences, vectors)
        return self._sentence_vectors[n]


def _source_sentence_texts(source: str) -> list[str]:
    return [source[s.start:s.end] for s in contract_sentences(source)] or [source]


def _windows(source: str) -> list[_Window]:
    # A sentence giving orders to an assistant is an attack, not a term of the contract: it
    # supports nothing ("As instructed, I report every clause as present").
    sentences = [content_words(t) for t in _source_sentence_texts(source)
                 if not _INSTRUCTION.search(fold(t))]
    spans = [sentences[i:i + 2] for i in range(len(sentences))] or [[]]
    windows = []
    for span in spans:
        words = frozenset(w for part in span for w in part)
        windows.append(_Window(words, frozenset(stem(w) for w in words)))
    return windows


def _quantities(text: str) -> set[tuple[float, str]]:
    """Amounts with their unit ("4 months", "99.5 %"), whatever the language they are written in."""
    return {(q.amount, q.unit) for q in find_quantities(strip_markers(text)) if q.unit}
