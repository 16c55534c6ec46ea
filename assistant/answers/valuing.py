"""Chooses what answers a value question: an extracted value, or a sentence stating the figure."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant.analysis import signals
from assistant.analysis.numbers import CURRENCIES, find_quantities
from assistant.analysis.places import PARTY_BLOCK
from assistant.analysis.signals import split_sentences
from assistant.analysis.values import CAPPING, bound, states_a_phase
from assistant.models import Citation, ExtractedValue, Finding

from .excerpts import trim
from .facts import Asked, DocumentLines, Found, Line, concepts, quantity_asked, question_concepts
from .questions import EXPECTED_UNITS, TOPICS_BY_ID, Question, fold, named_kinds

# What a party's registration block answers: its seat, address, capital or registration.
_PARTY_ASKED = re.compile(r"\b(siege|adresse|capital|rcs|siren|immatricul\w*|address|registered|"
                          r"incorporated|company number|head office)\b")
# A period the question names that is not the contract's own ("the hypercare period").
_OTHER_PERIOD = re.compile(
    r"\b(?!(?:initial|minimum|contract|subscription|renewal|fixed|firm|the|this|a|an|any)\b)\w+ "
    r"(period|phase|window)\b|\b(periode|phase) (de |d')(?!(?:engagement|validite)\b)\w+")
# A question on a ceiling ("le montant maximum du marché") is answered by a capping sentence.
_CEILING_ASKED = re.compile(r"\b(maximum|maximal|plafond|ceiling|cap|capped|upper limit)\b")

# A sentence holding a figure of the asked kind replaces the extracted value when it holds
# clearly more of the question's words ...
BETTER_BY = 0.2
# ... and at least this share of them: below, it shares too little to answer anything.
FOUND_MIN = 0.4
CLOSE = 0.1  # other values of the kind shown when they fit nearly as well as the best
FALLBACK_MIN = 0.2  # fit a value of a kind the question does not name needs to be shown
COMPLETING_MIN = 0.3  # a found sentence quoted beside the value holds at least this share
_EXPECTED_UNIT = 0.1  # a value in the unit the question expects ("À quel montant ...") fits better
_OUT_OF_CONTENT = 0.3  # a value read from a glossary entry or a table of contents fits less
# The sort of figure each kind of value is.
_SORT = {**dict.fromkeys(("term", "renewal", "notice", "transition_period", "response_time",
                          "cure_period", "deletion_delay", "retention_period",
                          "data_return_deadline", "payment_terms"), "duration"),
         **dict.fromkeys(("availability", "penalty_cap"), "percent"),
         **dict.fromkeys(("price", "penalty", "liability_cap"), "money")}
# Share of a point question's words a sentence must hold to answer it, even where the checklist
# found no clause ("Le service est-il payant ?" - "L'accès est gratuit.").
POINT_MIN = 0.6


@dataclass(frozen=True)
class DocValue:
    """An extracted value and the document it was read from."""

    doc_id: str
    value: ExtractedValue


@dataclass(frozen=True)
class FoundIn:
    """A sentence found in a document."""

    doc_id: str
    found: Found


def names_another_period(question: str) -> bool:
    """Whether a "how long" question names a period other than the contract's own term."""
    return bool(_OTHER_PERIOD.search(fold(question)))


def _may_answer(q: Question) -> Callable[[Line], bool]:
    """Which sentences may answer a question: a party's registration block only a question on
    the party itself (its seat, address, registration)."""
    on_a_party = bool(_PARTY_ASKED.search(fold(q.text)))
    return lambda line: on_a_party or not PARTY_BLOCK.search(fold(line.text))


def _caps(text: str) -> bool:
    """Whether a sentence caps something. In a table of details, only when each row that gives
    an amount caps it: the fees row of a table that also caps liability states a price."""
    rows = [row for row in text.split("\n") if row.lstrip().startswith("|")]
    if len(rows) < 3:
        return bool(CAPPING.search(fold(text)))
    priced = [row for row in rows
              if any(q.unit in CURRENCIES for q in find_quantities(row))]
    return bool(priced) and all(CAPPING.search(fold(row)) for row in priced)


class ValueChooser:
    """Ranks a question's candidate values and the document sentences stating its figure."""

    def __init__(self, lines: Callable[[str], DocumentLines]) -> None:
        self._lines = lines

    def fit(self, found: DocValue, q: Question, asked: Asked) -> float:
        """How well a value's sentence (read with its heading) matches the question; the kinds
        the question names first fit a bit better."""
        rank = _kind_penalty(found.value.kind, q) + _bound_penalty(found.value)
        lines = self._lines(found.doc_id)
        line = lines.line_of(found.value.text)
        if line is None:
            return lines.score(asked, concepts(found.value.text)) - rank - _OUT_OF_CONTENT
        penalty = _OUT_OF_CONTENT if line.definition and not q.asks_definition else 0.0
        return lines.score(asked, line.concepts, line.context) - rank - penalty

    def _defined(self, found: DocValue) -> bool:
        line = self._lines(found.doc_id).line_of(found.value.text)
        return line is not None and line.definition

    def own_fit(self, found: DocValue, asked: Asked) -> float:
        """How much of the question a value's sentence holds by itself, without its heading or
        the sentence before: among the rows of a list introduced by one lead-in ("- anomalie
        majeure : prise en charge sous 4 heures"), all fit alike with it; the row naming what is
        asked holds more."""
        lines = self._lines(found.doc_id)
        line = lines.line_of(found.value.text)
        held = line.concepts if line is not None else concepts(found.value.text)
        return lines.score(asked, held)

    def rank(self, values: Sequence[DocValue], q: Question,
             asked: Asked) -> list[tuple[DocValue, float]]:
        """Values whose sentence fits the question best first; one per distinct value."""
        scored = [(v, self.fit(v, q, asked)) for v in values]
        # A kind the question names that only a glossary entry states ("Minimum Term: 36 months"
        # in an order form's key terms): that entry is the answer, not a lesser fit.
        named = named_kinds(fold(q.text), q.topic)
        only_defined = {kind for kind in named
                        if any(v.value.kind == kind for v in values)
                        and all(self._defined(v) for v in values if v.value.kind == kind)}
        scored = [(v, fit + (_OUT_OF_CONTENT if v.value.kind in only_defined
                             and not q.asks_definition else 0.0)) for v, fit in scored]
        own = {id(v): self.own_fit(v, asked) for v in values}
        # Among values, one in the unit asked for ("À quel montant ...?") comes first; the found
        # sentences compete with the fit alone, since they all hold that unit.
        units = EXPECTED_UNITS.get(q.expects, frozenset())

        def order_of(iv: tuple[int, tuple[DocValue, float]]) -> tuple[bool, float, float, int]:
            index, (value, fit) = iv
            bonus = _EXPECTED_UNIT if value.value.unit and value.value.unit in units else 0.0
            return (_kept_for_others(value.value, q), -round(fit + bonus, 6), -own[id(value)],
                    index)

        order = sorted(enumerate(scored), key=order_of)
        seen, ranked = set(), []
        for _, (found, fit) in order:
            key = (found.value.kind, fold(found.value.value))
            if key not in seen:
                seen.add(key)
                ranked.append((found, fit))
        return ranked

    def named_or_fitting(self, ranked: list[tuple[DocValue, float]],
                         q: Question) -> list[tuple[DocValue, float]]:
        """The ranked values, unless the best is only a fallback kind that fits the question
        poorly: "How long does a party have to cure a breach?" is not answered by the term when
        the contract states no cure period."""
        named = named_kinds(fold(q.text), q.topic)
        kind = ranked[0][0].value.kind.removesuffix("_implied") if ranked else ""
        if ranked and named and kind not in named and ranked[0][1] < FALLBACK_MIN:
            return []
        return ranked

    def sentences(self, q: Question, asked: Asked,
                  documents: Sequence[str]) -> list[FoundIn]:
        """Sentences of the documents stating a figure of the kind the question expects."""
        units = EXPECTED_UNITS.get(q.expects)
        if units is not None and q.topic == "pricing":
            units = units - {"%"}  # a price is an amount; a share is a cap or a rise
        places = q.expects == "place"
        if units is None and not places:
            return []
        answers = _may_answer(q)
        found = [FoundIn(doc_id, f) for doc_id in documents
                 for f in self._lines(doc_id).find(asked, units, q.asks_definition,
                                                   places=places)
                 if answers(f.line)]

        # A price asked is not a cap measured in it ("limitée à 150 % de la redevance annuelle"),
        # unless the price asked is itself a ceiling ("le montant maximum de l'accord-cadre").
        price = ("price" in q.value_kinds[:1] and "liability_cap" not in q.value_kinds
                 and not _CEILING_ASKED.search(fold(q.text)))

        def order(f: FoundIn) -> tuple[bool, float, bool]:
            # Between sentences that fit alike, an amount asked for is one in a currency.
            currency = q.expects == "money" and any(
                quantity.unit in CURRENCIES for quantity in f.found.line.quantities)
            capping = price and _caps(f.found.line.text)
            return capping, -f.found.score, not currency

        return sorted(found, key=order)

    def point(self, q: Question, asked: Asked, documents: Sequence[str]) -> FoundIn | None:
        """The sentence of the documents holding nearly all of a question's words, if any. A
        party's registration block ("HÉMÉRYS DATA SANTÉ, immatriculée au RCS de Lyon, dont le
        siège est situé ...") answers only a question on the party itself."""
        answers = _may_answer(q)
        found = [FoundIn(doc_id, f) for doc_id in documents
                 for f in self._lines(doc_id).find(asked, definitions=q.asks_definition,
                                                   limit=2)  # one may be a parties' block
                 if answers(f.line)]
        best = max(found, key=lambda f: f.found.score, default=None)
        return best if best is not None and best.found.score >= POINT_MIN else None

    def beats(self, sentence: FoundIn | None, best_fit: float | None, q: Question,
              values: Sequence[DocValue]) -> bool:
        """Whether a found sentence answers better than the best value (or than nothing). When
        the question names a kind of value the sentence does not state, it must hold nearly all
        the question's words: "How much notice ...?" is not answered by a confidentiality
        period that happens to share "terminate" and "required"."""
        if sentence is None:
            return False
        named = named_kinds(fold(q.text), q.topic)
        if named == ["term"] and names_another_period(q.text):
            named = []  # "How long is the hypercare period?" names a period, not the term
        flat = " ".join(sentence.found.line.text.split())
        states_named = any(v.value.kind in named and " ".join(v.value.text.split()) in flat
                           for v in values)
        # Prices are not extracted as values (too many amounts look alike): a sentence with an
        # amount in a currency states the price asked for.
        if "price" in named and any(quantity.unit in CURRENCIES
                                    for quantity in sentence.found.line.quantities):
            states_named = True
        # A sentence whose figure is known to be of another kind (the transition period, asked
        # when the data come back) does not answer for the kind the question names. The term is
        # left out: it is the fallback kind, read from many sentences that state other things.
        if named and not states_named and any(
                v.value.kind not in named and " ".join(v.value.text.split()) in flat
                and v.value.kind != "term" for v in values):
            return False
        # The length of a start-up phase is no answer to the contract's term.
        if "term" in named and not states_named and states_a_phase(fold(flat)):
            return False
        least = FOUND_MIN if states_named or not named else POINT_MIN
        if sentence.found.score < least:
            return False
        return best_fit is None or sentence.found.score > best_fit + BETTER_BY


def quote_found(sentence: FoundIn, names: dict[str, str]) -> Citation:
    """A found sentence as a citation, after the one before it when its subject was named
    there ("La durée de la VSR est fixée par commande. Elle ne peut être inférieure à ...")."""
    line = sentence.found.line
    text = line.text
    before = line.chunk.text[:line.chunk.text.find(text)].rstrip()
    if sentence.found.lead and before:
        previous = split_sentences(before)
        if previous:
            text = before[previous[-1].start:] + " " + text
    return Citation("contract", names.get(sentence.doc_id, ""), line.chunk.page,
                    line.chunk.section, trim(text))


def missing_named(q: Question, finding: Finding) -> str:
    """The element a clause lacks that a presence question asks about by name ("un plan de
    continuité" when the plan is what the continuity clause lacks), or ""."""
    if finding.status != "partial" or not q.topic:
        return ""
    asked = {c for alternatives in question_concepts(q.text) for c in alternatives}
    label = concepts(f"{TOPICS_BY_ID[q.topic].label_fr} {TOPICS_BY_ID[q.topic].label_en}")
    for element in finding.missing:
        named = concepts(element) & asked
        # The words shared must go beyond the clause's own name: "une réversibilité ?" asks
        # about the clause, "un plan de réversibilité ?" about the plan.
        if named - label and len(named) >= min(2, len(concepts(element))):
            return element
    return ""


def also_in_expected_unit(ranked: Sequence[tuple[DocValue, float]],
                          q: Question) -> list[DocValue]:
    """When the best value is a phrase ("the sums paid over twelve months") and the question
    asks for an amount, the best value of the same kind stated as one (a contract may cap
    twice), to be shown beside it; else nothing."""
    units = EXPECTED_UNITS.get(q.expects)
    if not ranked or not units or ranked[0][0].value.unit in units:
        return []
    best = ranked[0][0]
    return next(([v] for v, _ in ranked[1:]
                 if v.value.kind == best.value.kind and v.value.unit in units), [])


def completes(value: DocValue, sentences: Sequence[FoundIn], asked: Asked,
              lines: Callable[[str], DocumentLines]) -> list[FoundIn]:
    """The best two found sentences holding question words the value's sentence lacks, when
    they answer enough of the question to be worth quoting beside the value."""
    line = lines(value.doc_id).line_of(value.value.text)
    held = line.concepts | line.context if line is not None else concepts(value.value.text)
    lacking = [a for a in asked if not a & held]
    return [s for s in sentences if s.found.score >= COMPLETING_MIN
            and any(a & s.found.line.concepts for a in lacking)][:2]


def asked_first(ranked: list[tuple[DocValue, float]], q: Question, asked: Asked,
                lines: Callable[[str], DocumentLines]) -> list[tuple[DocValue, float]]:
    """The ranked values with, among those read from the best one's sentence (a row of a table
    gives several times), the one the question asks for first."""
    if not ranked:
        return ranked
    best = ranked[0][0]
    same = [(v, fit) for v, fit in ranked if v.doc_id == best.doc_id
            and v.value.kind == best.value.kind and v.value.text == best.value.text]
    line = lines(best.doc_id).line_of(best.value.text)
    # (a table gives several figures even where extraction kept one of them)
    if line is None or (len(same) < 2 and "\n|" not in line.text):
        return ranked
    units = frozenset(v.value.unit for v, _ in same)
    if best.value.kind == "response_time":
        units |= EXPECTED_UNITS["duration"]  # a row may give its times in other units
    nearest = quantity_asked(line, asked, units, q.text)
    if nearest is None:
        return ranked
    chosen = next(((v, fit) for v, fit in same if v.value.value == nearest.display), None)
    if chosen is None:
        # The time on the row and in the column asked, when extraction kept other cells.
        chosen = (replace(best, value=replace(best.value, value=nearest.display,
                                              quantity=nearest.amount, unit=nearest.unit)),
                  ranked[0][1])
    return [chosen] + [pair for pair in ranked if pair is not chosen]


def _bound_penalty(value: ExtractedValue) -> float:
    """How much less an availability fits when it only bounds a band of a credit table ("99.0%
    to less than 99.9%: 5% credit"): the figure committed to is stated elsewhere."""
    if value.kind != "availability" or value.quantity is None:
        return 0.0
    folded = signals.fold(value.text)
    quantities = find_quantities(value.text)
    return _OUT_OF_CONTENT if any(q.unit == value.unit and q.amount == value.quantity
                                  and bound(folded, q, quantities) for q in quantities) else 0.0


# A cap kept for some claims only: "a separate cap of EUR 5,000,000 for breach of clauses 14
# (Data Protection) and 15", "un plafond distinct ... en cas de violation de l'article 12".
_CATEGORY_CAP = re.compile(r"\b(separate|specific|distinct|special|additional) (cap|limit)|"
                           r"in addition to the (cap|limit)|en (plus|sus) du plafond|"
                           r"outre le plafond|"
                           r"plafond (distinct|specifique|particulier|separe|special)|"
                           r"\b(for|in respect of) (any )?breach(es)? of (clause|section|article)|"
                           r"en cas de (violation|manquement) (de|a|aux) (la clause|l'article|"
                           r"articles|ses obligations de)")
# Words any question on a cap holds: a category cap is asked for by the other words it shares.
_GENERAL_CAP_WORDS = ("liability liable responsabilité plafond plafonnée cap capped limit limitée "
                      "total aggregate supplier provider vendor prestataire titulaire fournisseur "
                      "éditeur client customer party partie contract contrat agreement montant "
                      "amount maximum")


def _kept_for_others(value: ExtractedValue, q: Question) -> bool:
    """Whether a liability cap is kept for a category of claims the question does not name:
    "What is the supplier's liability cap?" asks for the general one, which comes first."""
    if value.kind != "liability_cap" or not _CATEGORY_CAP.search(signals.fold(value.text)):
        return False
    named = concepts(value.text) - concepts(_GENERAL_CAP_WORDS)
    return not named & concepts(q.text)


def _kind_penalty(kind: str, q: Question) -> float:
    """How much less a value of this kind fits: a kind the question names by its words ("plafond
    des pénalités") comes well before the next one named, and a fallback kind after them all."""
    named = named_kinds(fold(q.text), q.topic)
    if kind in named:
        return 0.15 * named.index(kind)
    order = q.value_kinds.index(kind) if kind in q.value_kinds else 9
    return (0.3 if named else 0.0) + 0.05 * order


def figure_of(line: Line, q: Question, asked: Asked, values: Sequence[DocValue],
              quoted: str = "") -> tuple[str, str]:
    """(kind, value) a found sentence answers with: an extracted value of an asked kind read
    from it (or from the sentence quoted before it, `quoted`) when there is one, else its
    figure of the expected unit nearest the question's words, labelled by what the question
    expects."""
    flat = " ".join((quoted or line.text).split())
    for kind in q.value_kinds:
        # Read from this line: the value's sentence is the line or one of its sentences.
        mine = [v.value for v in values
                if v.value.kind == kind and " ".join(v.value.text.split()) in flat]
        if len(mine) > 1:
            # A row of a table gives several times: the one the question's words stand before.
            nearest = quantity_asked(line, asked, frozenset(v.unit for v in mine), q.text)
            return kind, next((v.value for v in mine
                               if nearest is not None and v.value == nearest.display),
                              mine[0].value)
        if mine:
            return kind, mine[0].value
    if q.expects == "place":
        return "place", ", ".join(line.places[:3])
    units = EXPECTED_UNITS[q.expects]
    if "price" in q.value_kinds[:1] or q.topic == "pricing":
        units = units - {"%"}  # a price is an amount; a share is a cap or a rise
    quantity = quantity_asked(line, asked, units, q.text)
    # Labelled as what the question names ("Quel est le préavis ... ?": a notice) when that is a
    # figure of the expected sort; else by the sort itself ("Délai ou durée").
    named = [k for k in named_kinds(fold(q.text), q.topic) if _SORT.get(k) == q.expects]
    return (named[0] if named else q.expects), quantity.display if quantity is not None else ""
