"""Answers questions about contracts: extractive by default, or LLM-written and grounded."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Protocol

from assistant.analysis.playbooks import load_playbook
from assistant.analysis.signals import split_sentences
from assistant.analysis.values import period_in_words
from assistant.errors import LLMUnavailableError
from assistant.models import (
    Answer,
    CheckReport,
    Chunk,
    Citation,
    DocumentInfo,
    ExtractedValue,
    Finding,
    Hit,
    Turn,
)
from assistant.settings import Settings

from .assessing import assessment_answer
from .excerpts import SCANNED_EXTRA, Excerpt, ExcerptPicker, WordWeights, trim, unique
from .facts import MONEY_HEADER, Asked, DocumentLines, cells_asked, question_concepts
from .grounding import (
    GroundingChecker,
    GroundingReport,
    SentenceBuffer,
    SentenceCheck,
    cited_numbers,
    stems,
)
from .llm import build_chat_model, stream_text
from .phrasing import (
    TEXTS,
    finding_label,
    item_label_for,
    quote,
    value_label,
    value_line,
    value_text,
    where,
)
from .prompting import build_messages
from .questions import (
    TOPIC_VALUE_KINDS,
    TOPICS_BY_ID,
    Question,
    asked_together,
    every_kind_named,
    fold,
    named_kinds,
    understand,
)
from .valuing import (
    CLOSE,
    DocValue,
    FoundIn,
    ValueChooser,
    also_in_expected_unit,
    asked_first,
    completes,
    figure_of,
    missing_named,
    names_another_period,
    quote_found,
)

if TYPE_CHECKING:
    import numpy as np
    from langchain_core.language_models import BaseChatModel

CONTRACT_HITS = 8  # passages read per question; the best few are quoted
QUOTES = 3
REFERENCE_QUOTES = 2
LLM_SOURCES = 6


ValueExtractor = Callable[[list[Chunk]], dict[str, list[ExtractedValue]]]


class Backend(Protocol):
    """What the engine needs from the Assistant facade."""

    def search(self, query: str, documents: Sequence[str] | None = None,
               k: int | None = None) -> list[Hit]: ...
    def search_reference(self, query: str, k: int | None = None, language: str | None = None,
                         clause_id: str | None = None) -> list[Hit]: ...
    def check(self, doc_ids: Sequence[str]) -> CheckReport: ...
    def chunks(self, doc_id: str) -> list[Chunk]: ...
    def documents(self) -> list[DocumentInfo]: ...
    def embed(self, texts: list[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class _Draft:
    """An extractive answer and the fuller passages an LLM may be given for the same question."""

    answer: Answer
    sources: tuple[Citation, ...]
    for_llm: bool  # False for checklist listings and "not addressed", which stay extractive


class AnswerEngine:
    """Turns a question (and the conversation so far) into an Answer with citations."""

    def __init__(self, backend: Backend, settings: Settings,
                 chat_model: BaseChatModel | None = None,
                 extract_values: ValueExtractor | None = None) -> None:
        self._backend = backend
        self._settings = settings
        self._model = chat_model if chat_model is not None else build_chat_model(settings)
        self._extract_values = extract_values
        self._values: dict[str, dict[str, list[ExtractedValue]]] = {}  # per document
        self._chunk_cache: dict[str, list[Chunk]] = {}
        self._word_weights: dict[str, WordWeights] = {}
        self._excerpts: ExcerptPicker | None = None
        self._info_cache: dict[str, DocumentInfo] = {}
        self._line_cache: dict[str, DocumentLines] = {}
        self._value_chooser: ValueChooser | None = None

    def ask(self, question: str, doc_ids: Sequence[str], history: Sequence[Turn] = ()) -> Answer:
        final = None
        for piece in self.stream(question, doc_ids, history):
            if isinstance(piece, Answer):
                final = piece
        assert final is not None  # stream() always ends with the Answer
        return final

    def stream(self, question: str, doc_ids: Sequence[str],
               history: Sequence[Turn] = ()) -> Iterator[str | Answer]:
        """Text pieces as they are written, then the final Answer, whose text is authoritative."""
        q = understand(question, history)
        documents = list(doc_ids) or list(q.documents) or [
            d.doc_id for d in self._backend.documents()]
        draft = self._draft(q, documents)
        if self._model is None or not draft.for_llm or not draft.sources:
            yield draft.answer.text
            yield draft.answer
            return
        yield from self._generate(q, draft, history)

    # -- extractive ---------------------------------------------------------------------------
    def _draft(self, q: Question, documents: list[str]) -> _Draft:
        t = TEXTS[q.language]
        if not documents and q.intent != "best_practice":
            return _Draft(Answer(t["no_document"], q.language, "extractive", True,
                                 topic=q.topic), (), False)
        if q.intent == "missing":
            return self._missing(q, documents)
        if q.intent == "assessment":
            name = self._names(documents).get(documents[0], "") if len(documents) == 1 else ""
            return _Draft(assessment_answer(q, self._backend.check(documents), name), (), False)
        if q.intent == "best_practice":
            return self._best_practice(q, documents)
        if q.intent == "value":
            drafted = self._value(q, documents)
            if drafted is not None:
                return drafted
        return self._passages_answer(q, documents)

    def _value(self, q: Question, documents: list[str]) -> _Draft | None:
        """The value asked for, unless a sentence stating a figure of the expected kind answers
        the question clearly better."""
        values = self._values_of(documents)
        candidates = [v for kind in q.value_kinds for v in values.get(kind, [])]
        asked = question_concepts(q.text)
        chooser = self._chooser()
        ranked = asked_first(chooser.named_or_fitting(chooser.rank(candidates, q, asked), q),
                             q, asked, self._lines)
        sentences = chooser.sentences(q, asked, documents)
        if chooser.beats(sentences[0] if sentences else None, ranked[0][1] if ranked else None,
                         q, [v for found in values.values() for v in found]):
            return self._sentence_value(q, documents, sentences, asked, candidates)
        excerpts = self._contract_passages(q, documents)
        in_words = self._period_in_words(q, documents, excerpts, ranked)
        if in_words is not None:
            return in_words
        if not ranked:
            return None
        best, best_fit = ranked[0]
        kind = best.value.kind
        found = [v for v, fit in ranked if v.value.kind == kind and fit >= best_fit - CLOSE]
        found = (found + [v for v in also_in_expected_unit(ranked, q) if v not in found])[:QUOTES]
        t = TEXTS[q.language]
        names = self._names(documents)
        many = len(documents) > 1
        citations = tuple(Citation("contract", names.get(f.doc_id, ""), f.value.page,
                                   f.value.section, f.value.text) for f in found)
        lines = [value_line(kind, found[0].value.value, q.language)]
        lines += [t["also"].format(value=value_text(kind, f.value.value, q.language),
                                   where=where(c.page, c.section, q.language,
                                                c.document if many else ""))
                  for f, c in zip(found[1:], citations[1:], strict=True)]
        # A question asking two things at once ("the term, and how it renews") gets both, each
        # chosen by its own part of the question.
        paired = self._paired_values(q, values)
        if paired:
            lines[0] = " ".join(value_line(k, v.value.value, q.language) for k, v in paired)
            citations = unique(tuple(Citation("contract", names.get(v.doc_id, ""), v.value.page,
                                              v.value.section, v.value.text)
                                     for _, v in paired) + citations)
        # The retrieved sentence closest to the question too, when it holds question words the
        # value's sentence lacks: then the value may answer a neighbouring question.
        unanswered = stems(q.text) - stems(found[0].value.text)
        others = [e for e in excerpts if not _contains_any(e.citation.text, citations)]
        runner_up = max(others, key=lambda e: e.literal, default=None)
        extra = ([runner_up.citation]
                 if runner_up is not None and runner_up.literal >= best_fit - CLOSE
                 and unanswered & stems(runner_up.citation.text) else [])
        # ... and the sentence stating a figure of the expected kind that holds what the value's
        # sentence leaves out ("Dans quel centre de données ... ?": the data centre's town).
        completing = [quote_found(s, names) for s in completes(found[0], sentences, asked,
                                                                self._lines)
                      if not _contains_any(s.found.line.text, citations)]
        shown = unique(citations + tuple(completing) + tuple(extra))[:QUOTES + 1]
        text = "\n".join(lines) + "\n\n" + "\n".join(quote(c, q.language, many) for c in shown)
        passages = tuple(e.citation for e in excerpts)
        return _Draft(Answer(text, q.language, "extractive", True, shown, topic=q.topic),
                      unique(shown + passages)[:LLM_SOURCES], True)

    def _period_in_words(self, q: Question, documents: list[str], excerpts: list[Excerpt],
                         ranked: list[tuple[DocValue, float]]) -> _Draft | None:
        """"On reasonable prior written notice": the passage that answers the question sets
        the period in words, not figures. That is the answer, ahead of a figure read from a
        clause on another subject (an audit's 30 days' notice)."""
        top = max(excerpts, key=lambda e: e.score, default=None)
        if not q.value_kinds or top is None or (ranked and top.literal <= ranked[0][1]):
            return None
        if any(_contains_any(v.value.text, (top.citation,)) for v, _ in ranked):
            return None
        kind = q.value_kinds[0]
        passage = top.citation.text
        for sentence in split_sentences(passage):
            words = period_in_words(passage[sentence.start:sentence.end], kind)
            if words:
                break
        else:
            return None
        t = TEXTS[q.language]
        label = value_label(kind, q.language)
        line = t["in_words"].format(label=label[0].upper() + label[1:], words=words)
        others = [e.citation for e in excerpts[:QUOTES] if e.citation != top.citation]
        shown = (top.citation, *others[:1])
        text = line + "\n\n" + "\n".join(quote(c, q.language, len(documents) > 1)
                                            for c in shown)
        return _Draft(Answer(text, q.language, "extractive", True, shown, topic=q.topic),
                      unique(shown + tuple(e.citation for e in excerpts))[:LLM_SOURCES], True)

    def _paired_values(self, q: Question,
                       values: dict[str, list[DocValue]]) -> list[tuple[str, DocValue]]:
        """For a question asking two kinds at once, the best value of each, ranked by its own
        part of the question; [] unless both are stated."""
        paired = []
        for kind, part in asked_together(fold(q.text), q.topic):
            ranked = self._chooser().rank(values.get(kind, []), q, question_concepts(part))
            if not ranked:
                return []
            paired.append((kind, ranked[0][0]))
        return paired

    def _sentence_value(self, q: Question, documents: list[str], sentences: list[FoundIn],
                        asked: Asked, values: list[DocValue]) -> _Draft:
        """The figure of the sentence that answers best, quoted, with a close runner-up."""
        best = sentences[0]
        names = self._names(documents)
        kind, value = figure_of(best.found.line, q, asked, values,
                                quote_found(best, names).text)
        if kind == "term" and names_another_period(q.text):
            kind = "duration"  # the hypercare period's length, not the contract's term
        many = len(documents) > 1
        shown = [s for s in sentences[:2] if s.found.score >= best.found.score - CLOSE]
        citations = unique(tuple(quote_found(s, names) for s in shown))
        text = (value_line(kind, value, q.language) + "\n\n"
                + "\n".join(quote(c, q.language, many) for c in citations))
        passages = tuple(e.citation for e in self._contract_passages(q, documents))
        return _Draft(Answer(text, q.language, "extractive", True, citations, topic=q.topic),
                      unique(citations + passages)[:LLM_SOURCES], True)

    def _point(self, q: Question, documents: list[str]) -> FoundIn | None:
        """For a question on one point (not on whether a clause exists), the sentence holding
        nearly all its words, when there is one."""
        if not (q.intent == "value" or (q.intent == "presence" and not _asks_existence(q))):
            return None
        return self._chooser().point(q, question_concepts(q.text), documents)

    def _chooser(self) -> ValueChooser:
        if self._value_chooser is None:
            self._value_chooser = ValueChooser(self._lines)
        return self._value_chooser

    def _lines(self, doc_id: str) -> DocumentLines:
        if doc_id not in self._line_cache:
            self._line_cache[doc_id] = DocumentLines(self._chunks(doc_id))
        return self._line_cache[doc_id]

    def _passages_answer(self, q: Question, documents: list[str]) -> _Draft:
        t = TEXTS[q.language]
        excerpts = self._contract_passages(q, documents)
        topical = max((e.topical for e in excerpts), default=0.0)
        # The checklist settles absence and presence; a clearly stated clause needs no check.
        needs_check = q.topic and (q.intent == "presence" or topical < _CLEARLY)
        finding = self._finding(documents, q.topic) if needs_check else None
        relevant = [e for e in excerpts if e.score >= _WEAK]
        literal = max((e.literal for e in excerpts), default=0.0)
        # A question on one point ("Le titulaire peut-il changer le pays d'hébergement ... ?") is
        # answered by the sentence of the document that holds its words, wherever it is.
        point = self._point(q, documents)
        if (q.topic and finding is not None and finding.status == "absent" and topical < _CLEARLY
                and literal < _LITERAL and point is None):
            return self._not_addressed(q, finding)
        if needs_check and finding is None and topical == 0 and point is None:
            return self._not_addressed(q, None)
        if not relevant and point is None:
            return _Draft(Answer(t["not_found"], q.language, "extractive", True, topic=q.topic),
                          (), False)
        label = item_label_for(q)
        if finding is not None and finding.status == "absent":
            lines = [t["absent_but"].format(label=label)]
        elif (q.intent == "presence" and finding is not None and point is None
              and missing_named(q, finding)):
            # "Le contrat prévoit-il un plan de reprise ?" where the clause lacks exactly that.
            lines = [t["lacks_point"].format(element=missing_named(q, finding), label=label)]
        elif q.intent == "presence" and finding is not None and _asks_existence(q):
            lines = [self._status_line(q, finding)]
        elif label and self._value_not_set(q, documents):
            # "Le contrat plafonne-t-il la responsabilité ?" with no cap anywhere: that is the
            # answer, and the clause's passages show what it says instead.
            lines = [t["no_value"].format(value=value_label(q.value_kinds[0], q.language),
                                          label=label)]
        else:
            lines = [t["about"].format(label=label) if label else t["closest"]]
        if q.intent == "value":
            # One fact: the sentence holding the question's words first, the clause second.
            relevant.sort(key=lambda e: -(4.0 * e.literal + 0.25 * e.topical))
        best = relevant[0].score if relevant else 0.0
        citations = tuple(e.citation for e in relevant[:QUOTES] if e.score >= 0.6 * best)
        if q.intent == "presence" and finding is not None and finding.evidence:
            # The passage that matches the question's own words first, then the checklist's proof.
            name = self._names(documents).get(documents[0], "")
            evidence = tuple(Citation("contract", e.document or name, e.page, e.section, e.text)
                             for e in finding.evidence[:QUOTES])
            citations = unique(citations[:1] + evidence + citations[1:])[:QUOTES]
        if point is not None:
            first = quote_found(point, self._names(documents))
            citations = unique((first, *citations))[:QUOTES]
        named = self._named_value(q, documents)
        if named is not None:
            # "Les crédits sont-ils plafonnés ?": the passage setting the cap the question names
            # comes first, even where the search put other passages ahead of it.
            holding = [c for c in citations if _contains_any(named.text, (c,))]
            first = holding[0] if holding else named
            citations = unique((first, *citations))[:QUOTES]
        headline = self._value_lines(q, documents, citations)
        cells = _table_cells(q, self._table_rows(documents, citations[:1]))
        if cells:
            # "What is the RTO for Tier 1?" over a table of service levels: its cell answers.
            lines = cells + lines
        elif (headline and lines[0] == t["about"].format(label=label)
                and named_kinds(fold(q.text), q.topic)):
            # "Les pénalités sont-elles plafonnées ?": the cap the question names answers it
            # first, then the clause's passages.
            lines = headline + lines
        elif (not headline and label and lines[0] == t["about"].format(label=label)
                and self._value_not_given(q, documents, point)):
            # "Dans quel délai les données sont-elles restituées ?" where the return clause sets
            # no delay: that is the answer, before what the clause does say.
            lines = [t["no_value"].format(value=value_label(q.value_kinds[0], q.language),
                                          label=label)]
        else:
            lines += headline
        many = len(documents) > 1
        text = "\n".join(lines) + "\n\n" + "\n".join(quote(c, q.language, many) for c in citations)
        sources = tuple(e.citation for e in excerpts[:LLM_SOURCES])
        return _Draft(Answer(text, q.language, "extractive", True, citations, topic=q.topic),
                      sources, True)

    def _named_value(self, q: Question, documents: list[str]) -> Citation | None:
        """For a yes/no question naming a kind of figure, the sentence of its best value."""
        if not q.closed:
            return None
        values = self._values_of(documents)
        asked = question_concepts(q.text)
        names = self._names(documents)
        for kind in named_kinds(fold(q.text), q.topic):
            ranked = self._chooser().rank(values.get(kind, []), q, asked)
            if ranked:
                best = ranked[0][0]
                return Citation("contract", names.get(best.doc_id, ""), best.value.page,
                                best.value.section, best.value.text)
        return None

    def _value_not_set(self, q: Question, documents: list[str]) -> bool:
        """A yes/no question on a cap or a period that no document states (no value of the
        kind the question names)."""
        if (q.intent not in ("value", "presence") or not q.closed or not q.value_kinds
                or q.value_kinds[0] not in _SET_OR_NOT):
            return False
        values = self._values_of(documents)
        return not values.get(q.value_kinds[0])

    def _value_not_given(self, q: Question, documents: list[str],
                         point: FoundIn | None) -> bool:
        """An open question on a period or a cap that no document states, nor the sentence that
        holds the question's words. (Places are left out: cloud regions are often named in
        ways the reader does not know.)"""
        if not (q.intent == "value" and q.value_kinds and q.value_kinds[0] in _SET_OR_NOT):
            return False
        if point is not None and point.found.line.quantities:
            return False
        # (nor any other period the question names: a window to recover data asked beside
        # their destruction answers it)
        values = self._values_of(documents)
        named = every_kind_named(fold(q.text), q.topic) or q.value_kinds[:1]
        return not any(values.get(kind) for kind in named if kind in _SET_OR_NOT)

    def _status_line(self, q: Question, finding: Finding) -> str:
        t = TEXTS[q.language]
        label = TOPICS_BY_ID[q.topic].label(q.language)
        if finding.status == "present":
            return t["yes"].format(label=label)
        if finding.missing:
            return t["partial"].format(label=label, missing=", ".join(finding.missing))
        return t["partial_bare"].format(label=label)

    def _table_rows(self, documents: list[str], quoted: Sequence[Citation]) -> list[str]:
        """The quoted passages as the document lays them out, one table row per line (a
        citation's text runs its rows together)."""
        found = (self._lines(doc).line_of(c.text) for c in quoted for doc in documents)
        return [line.text for line in found if line is not None]

    def _value_lines(self, q: Question, documents: list[str],
                     quoted: Sequence[Citation]) -> list[str]:
        """The item's headline value, when its sentence is among the quoted passages."""
        values = self._values_of(documents)
        asked = question_concepts(q.text)
        # A kind the question names, else the item's: "cure a breach?" is not told the term.
        kinds = (named_kinds(fold(q.text), q.topic) or q.value_kinds
                 or TOPIC_VALUE_KINDS.get(q.topic, ()))
        for kind in kinds:
            for found, _ in self._chooser().rank(values.get(kind, []), q, asked):
                if _contains_any(found.value.text, quoted):
                    return [value_line(kind, found.value.value, q.language)]
        return []

    def _not_addressed(self, q: Question, finding: Finding | None) -> _Draft:
        t = TEXTS[q.language]
        topic = TOPICS_BY_ID[q.topic]
        lines = [t["not_addressed"].format(label=topic.label(q.language), id=topic.id)]
        if finding is not None and finding.recommendation:
            lines.append(t["recommendation"].format(text=finding.recommendation))
        references = self._reference_passages(q)[:REFERENCE_QUOTES]
        if references:
            lines += ["", t["guidance"]] + [quote(c, q.language, False) for c in references]
        return _Draft(Answer("\n".join(lines), q.language, "extractive", True, references,
                             topic=q.topic), (), False)

    def _best_practice(self, q: Question, documents: list[str]) -> _Draft:
        t = TEXTS[q.language]
        references = self._reference_passages(q)[:REFERENCE_QUOTES + 1]
        label = TOPICS_BY_ID[q.topic].label(q.language) if q.topic else ""
        lines = [t["best_practice"].format(label=label) if label else t["best_practice_any"]]
        lines += [quote(c, q.language, False) for c in references]
        finding = self._finding(documents, q.topic) if documents and q.topic else None
        if finding is not None:
            lacking = (t["lacking"].format(missing=", ".join(finding.missing))
                       if finding.missing else "")
            lines += ["", t["in_contract"].format(label=label, status=t["status"][finding.status],
                                                  missing=lacking)]
        return _Draft(Answer("\n".join(lines), q.language, "extractive", True, references,
                             topic=q.topic), references, True)

    def _missing(self, q: Question, documents: list[str]) -> _Draft:
        t = TEXTS[q.language]
        report = self._backend.check(documents)
        if q.topic:
            finding = _finding_in(report, q.topic)
            label = TOPICS_BY_ID[q.topic].label(q.language)
            if finding is None or finding.status == "absent":
                return self._not_addressed(q, finding)
            text = (t["missing_in"].format(label=label, missing=", ".join(finding.missing))
                    if finding.missing else t["complete"].format(label=label))
            return _Draft(Answer(text, q.language, "extractive", True, topic=q.topic), (), False)
        wanted = [f for f in report.findings if f.status != "present"
                  and (not q.required_only or f.severity == "required")]
        which = t["required"] if q.required_only else ""
        if not wanted:
            text = t["none_missing"].format(which=which.lower() if q.language == "en" else which)
        else:
            lines = [t["missing_items"].format(which=which, count=len(wanted))]
            for f in wanted:
                label = finding_label(f, q.language)
                if f.status == "absent":
                    lines.append(t["item_absent"].format(label=label))
                else:
                    lacking = (t["lacking"].format(missing=", ".join(f.missing))
                               if f.missing else "")
                    lines.append(t["item_partial"].format(label=label, missing=lacking))
            text = "\n".join(lines)
            if q.language == "en":
                text = text[0].upper() + text[1:]
        return _Draft(Answer(text, q.language, "extractive", True), (), False)

    # -- material ------------------------------------------------------------------------------
    def _contract_passages(self, q: Question, documents: list[str]) -> list[Excerpt]:
        """The best excerpt of each retrieved passage, and of passages stating the item."""
        hits = self._backend.search(q.query, documents=documents, k=CONTRACT_HITS)
        languages = {d.name: d.language for d in self._infos(documents).values()}
        if q.topic:
            hits += self._stating(q, documents, {(h.chunk.doc_id, h.chunk.index) for h in hits})
        picker = self._picker()
        excerpts = [picker.pick(hit, q, languages.get(hit.document, q.language), rank,
                                self._weights(hit.chunk.doc_id))
                    for rank, hit in enumerate(hits)]
        return sorted(excerpts, key=lambda e: -e.score)

    def _stating(self, q: Question, documents: list[str], seen: set) -> list[Hit]:
        """Passages the search missed that state the item: long contracts bury a clause."""
        picker = self._picker()
        found = []
        for doc in self._infos(documents).values():
            for chunk in self._chunks(doc.doc_id):
                if (chunk.doc_id, chunk.index) not in seen and picker.states(chunk, q.topic,
                                                                             doc.language):
                    found.append(Hit(chunk, doc.name, 0.0))
        return found[:SCANNED_EXTRA]

    def _picker(self) -> ExcerptPicker:
        if self._excerpts is None:
            self._excerpts = ExcerptPicker(load_playbook(self._settings.playbook))
        return self._excerpts

    def _weights(self, doc_id: str) -> WordWeights:
        if doc_id not in self._word_weights:
            self._word_weights[doc_id] = WordWeights(self._chunks(doc_id))
        return self._word_weights[doc_id]

    def _chunks(self, doc_id: str) -> list[Chunk]:
        if doc_id not in self._chunk_cache:
            self._chunk_cache[doc_id] = self._backend.chunks(doc_id)
        return self._chunk_cache[doc_id]

    def _reference_passages(self, q: Question) -> list[Citation]:
        hits = self._backend.search_reference(q.query, k=REFERENCE_QUOTES + 2,
                                              language=q.language, clause_id=q.topic or None)
        if not hits and q.topic:
            hits = self._backend.search_reference(q.query, k=REFERENCE_QUOTES + 2,
                                                  language=q.language)
        return [Citation("reference", h.document, h.chunk.page, h.chunk.section,
                         trim(h.chunk.text)) for h in hits]

    def _values_of(self, documents: list[str]) -> dict[str, list[DocValue]]:
        """Values of every kind stated by the documents, each with the document it comes from."""
        if self._extract_values is None:
            from assistant.analysis.values import extract_values

            # Every value of a kind, not the first five: a long contract states many notices.
            self._extract_values = partial(extract_values, per_kind=None)
        merged: dict[str, list[DocValue]] = {}
        for doc_id in documents:
            if doc_id not in self._values:
                self._values[doc_id] = self._extract_values(self._chunks(doc_id))
            for kind, found in self._values[doc_id].items():
                merged.setdefault(kind, []).extend(DocValue(doc_id, v) for v in found)
        return merged

    def _finding(self, documents: list[str], topic: str) -> Finding | None:
        return _finding_in(self._backend.check(documents), topic)

    def _names(self, documents: list[str]) -> dict[str, str]:
        return {doc_id: d.name for doc_id, d in self._infos(documents).items()}

    def _infos(self, documents: list[str]) -> dict[str, DocumentInfo]:
        """Name and language of the asked documents (a doc_id is a content hash: never stale)."""
        if any(doc_id not in self._info_cache for doc_id in documents):
            self._info_cache.update({d.doc_id: d for d in self._backend.documents()})
        return {doc_id: self._info_cache[doc_id] for doc_id in documents
                if doc_id in self._info_cache}

    # -- LLM -----------------------------------------------------------------------------------
    def _generate(self, q: Question, draft: _Draft,
                  history: Sequence[Turn]) -> Iterator[str | Answer]:
        t = TEXTS[q.language]
        sources = draft.sources[:LLM_SOURCES]
        # The section title may be cited ("Article 9"); the file name and page are not claims.
        checker = GroundingChecker([f"{s.section}\n{s.text}" for s in sources],
                                   embed=getattr(self._backend, "embed", None))
        shown = _Renumbering()
        checks: list[SentenceCheck] = []
        buffer = SentenceBuffer()
        assert self._model is not None
        try:
            for piece in stream_text(self._model, build_messages(q.text, q.language, sources,
                                                                 history)):
                for sentence in buffer.feed(piece):
                    checks.append(checker.check(sentence))
                    if checks[-1].supported and checks[-1].weight:
                        yield shown.add(checks[-1]) + " "
            for sentence in buffer.flush():
                checks.append(checker.check(sentence))
                if checks[-1].supported and checks[-1].weight:
                    yield shown.add(checks[-1]) + " "
        except LLMUnavailableError as exc:
            yield from _fallback(draft, t["llm_down"].format(reason=_short(str(exc))))
            return
        report = GroundingReport(tuple(checks))
        if not report.acceptable:
            yield from _fallback(draft, t["llm_ungrounded"])
            return
        dropped = [c for c in report.dropped if c.weight]
        notice = t["llm_dropped"].format(count=len(dropped)) if dropped else ""
        citations = tuple(sources[n - 1] for n in shown.order)
        yield Answer(" ".join(shown.sentences), q.language, "llm", True, citations, notice,
                     q.topic)


_WEAK = 1.0  # below this an excerpt shares too little with the question to be quoted
_CLEARLY = 3.0  # cues needed to quote a clause the checklist rated absent (it knows negations)
_LITERAL = 0.9  # ... or a sentence holding nearly all the question's words ("Où sont hébergées
                # les données ?" answered by "Les données sont hébergées à Lille")


class _Renumbering:
    """Renumbers the model's citation markers in order of first appearance among kept sentences."""

    def __init__(self) -> None:
        self.order: list[int] = []
        self.sentences: list[str] = []

    def add(self, check: SentenceCheck) -> str:
        text = check.text
        if not cited_numbers(text) and check.sources:
            text = f"{text} [{check.sources[0]}]"
        for n in cited_numbers(text):
            if n not in self.order:
                self.order.append(n)

        def swap(match: re.Match[str]) -> str:
            numbers = [int(p) for p in re.split(r"\s*[,;]\s*", match.group(1))]
            return "[" + ", ".join(str(self.order.index(n) + 1) for n in numbers
                                   if n in self.order) + "]"

        text = re.sub(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]", swap, text)
        self.sentences.append(text)
        return text


def _fallback(draft: _Draft, notice: str) -> Iterator[str | Answer]:
    answer = replace(draft.answer, notice=notice)
    yield "\n\n" + answer.text
    yield answer


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _finding_in(report: CheckReport, topic: str) -> Finding | None:
    return next((f for f in report.findings if f.id == topic), None)


# Figures whose absence answers a yes/no question: a contract without a cap or a period
# states none. (Penalties, prices or levels can exist without a figure, so their absence would
# not.)
_SET_OR_NOT = frozenset({"liability_cap", "penalty_cap", "notice", "cure_period",
                         "transition_period", "deletion_delay", "retention_period",
                         "data_return_deadline"})
_EXISTENCE = re.compile(r"\b(clauses?|articles?|dispositions?|mentions?|provisions?|stipulations?|"
                        r"address|cover|mention|traite|aborde|mentionne)\b")


def _asks_existence(q: Question) -> bool:
    """"Le contrat prévoit-il une clause d'audit ?" asks whether a clause exists; "Le coût de la
    réversibilité est-il compris ?" asks about one point of it, which the checklist cannot
    answer."""
    return bool(_EXISTENCE.search(fold(q.text)))


def _table_cells(q: Question, tables: Sequence[str]) -> list[str]:
    """The cells of a quoted table in the row and the column the question names, one line each
    ("RPO (Tier 1): 15 minutes.")."""
    if q.intent not in ("content", "value"):
        return []
    if q.topic:
        # A table that never names what the question is about ("What service credit ...?" over
        # a table of availability targets) does not answer it.
        words = TOPICS_BY_ID[q.topic].words
        # A table of amounts is a price list, whatever its columns are called ("Rate (USD)").
        tables = [table for table in tables if words.search(fold(table))
                  or (q.topic == "pricing" and MONEY_HEADER.search(fold(table)))]
    separator = " : " if q.language == "fr" else ": "
    return [f"{row} ({column}){separator}{cell}."
            for table in tables for row, column, cell in cells_asked(table, q.text)]


def _contains_any(text: str, citations: Sequence[Citation]) -> bool:
    flat = fold(" ".join(text.split()))
    return any(fold(" ".join(c.text.split())) in flat or flat in fold(" ".join(c.text.split()))
               for c in citations)


