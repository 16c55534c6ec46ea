"""Finds, anywhere in a document, the sentences that state the fact a question asks about."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.analysis.numbers import CURRENCIES, Quantity, find_quantities, parse_digits
from assistant.analysis.signals import (
    definition_body,
    fold,
    is_definitions_section,
    looks_like_toc,
    split_sentences,
)
from assistant.analysis.values import continued
from assistant.index.vocabulary import translations
from assistant.models import Chunk

from .grounding import content_words, stem
from .rows import row_figure

# Words that ask about the same thing in a question and in a contract ("s'opposer" /
# "objection", "payante" / "gratuite", "changer" / "modifier"), by the start of the folded word
# (a five-letter stem would join "objectif" and "objection", "conserver" and "conseil").
_SAME_MEANING = {
    "oppos": r"oppos|objection",
    "modif": r"modifi|chang|evolu",
    "augme": r"augment|hausse|increas|rais(e|es|ed|ing)$",
    "gratu": r"gratuit|payant|free$",
    "suppr": r"suppr|effac|detrui|destruct|delet|eras|purg|destroy",
    "conserv": r"conserv|retain|retention|archiv",
    "resil": r"resili|terminat|cancel",
    "notif": r"notif|signal(e|er|ee|ent|ement)?s?$",
    "heber": r"heberg|host|stock|stor(e|ed|age)$",
    # Where something is: « localisées », « situées », "located".
    "locat": r"locali|situ(e|ee|es|ees)$|locat",
    "minim": r"minim|inferieur",
    "maxim": r"maxim|plafon|exced|exceed|caps?$|capped$|superieur|depass",
    "indem": r"indemn|dedommag|compens",
    "juris": r"juridiction|jurisdiction|tribuna|courts?$",
    # "the terms and conditions" are not "the term" of a contract.
    "condi": r"conditions?$|terms$",
    # "données" and "donner" share a stem.
    "data": r"donnees?$|data$",
    # "Quel est le prix ?" is answered by "facturé 1 200 € par mois", "the fees".
    "prix": r"prix$|tarif|pric(e|es|ing)$|fees?$|redevanc|factur|frais$",
    "mensu": r"mensu|monthly$",
    "confi": r"confidenti|secrets?$|divulg",
    # Cover by an insurer; "le titulaire assure le diagnostic" (ensures) keeps its own stem.
    "insur": r"assuranc|assureur|insur",
}
_MEANING = re.compile("|".join(f"(?P<{name}>^(?:{starts}))"
                               for name, starts in _SAME_MEANING.items()))
# Phrases that name one of those things in several words, and phrases that carry no subject.
_PHRASES = ((re.compile(r"\b(mettre|met|mis|mettent|prendre|prend) fin\b|\bend (the|this|its) "
                        r"(contract|agreement|subscription)"), "resiliation"),
            (re.compile(r"\bfree of charge\b|\bsans frais\b|\ba titre gracieux\b"), "gratuit"),
            (re.compile(r"\b(par|chaque) mois\b|\b(per|a|each) month\b"), "mensuel"),
            # Informed "thirty days in advance" is a notice period.
            (re.compile(r"\ba l'avance\b|\bd'avance\b|\bin advance\b"), "preavis"),
            # "Le titulaire doit-il être assuré ?" asks about insurance.
            (re.compile(r"\b(etre|est|sont|soit|soient|etes|sommes) (bien |dument |"
                        r"valablement )?assure(e|es|s)?\b"), "assurance"),
            (re.compile(r"\bcentres? de (donnees|calcul|traitement)\b|\bdata ?cent(er|re)s?\b"),
             "datacenter"),
            (re.compile(r"\bpar rapport (a|au|aux)\b|\bwith regard to\b|\ben cas de\b|"
                        r"\bin (the )?case of\b|\b(a|dans|sous) quelles? conditions?\b|"
                        r"\b(under|on) what (conditions|terms)\b|\ba quelle\b"), ""))
_CONTRACT_WORDS = re.compile(r"\b(?:contrat|contract|agreement)\b")
# A line of a table of contents: a title, dot leaders and a page number.
_TOC_LINE = re.compile(r"\.{5,}|…{2,}|(\. ){4,}")
_NAME = r"[A-ZÀ-Ý][\w'’-]+"
_PLACE = re.compile(r"(?:\b(?:à|en|au|aux|dans|in|at|within|au sein d[eu]s?)\s+"
                    r"(?:l'|l’|la |le |les |the )?|\(|"
                    r"\b(?:datacenters?|data ?cent(?:er|re)s?|centres? de (?:données|services)|"
                    r"sites?|salles? (?:serveurs?|informatiques?))\s+(?:de |d'|du |of |in ))"
                    rf"(?P<name>{_NAME}(?:[ -](?:de |du |des |d'|la |of )?{_NAME})*"
                    r"(?: (?:européenne|européen|économique européen))?)")
# Words saying where something is: a sentence naming a company in brackets is not a place.
_WHERE = re.compile(r"heberg|stock|situe|locali|implant|datacent|data ?cent|centres? de donnees|"
                    r"salles? (serveurs?|informatiques?)|\bsites?\b|locaux|\bhost|\bstor|"
                    r"located|based in|servers?\b|serveurs?\b|\bou\b|where")
_NOT_PLACES = {"Annexe", "Annex", "Article", "Client", "Customer", "Prestataire", "Provider",
               "Contrat", "Agreement", "Section", "Schedule", "Titulaire", "Partie", "Parties",
               "Services", "Service", "Données", "Data", "Cas", "Application", "Vertu", "Tout",
               # a document's reference in brackets: "(Policy No. SEC-100)", "(Réf. 12)"
               "Policy", "Ref", "Réf", "Version", "Exhibit", "Appendix", "Standard", "Norme"}
# The context a sentence is read with: its heading and the sentence before it ("Elle ne saurait
# être inférieure à un mois" follows "La durée de la VSR est ..."), worth a bit less.
_CONTEXT_SHARE = 0.85
_GLOSSARY_NAME = re.compile(r"(?m)^\s*[-*•]?\s*\*\*(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [\w'’-]+){0,3})"
                            r"\*\*\s*[:–]")
_DEFINED_NAME = re.compile(r"[«\"“]\s*(?:\*\*)?(?:(?:le|la|les|the) )?"
                           r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?: [\w'’-]+){0,3})(?:\*\*)?\s*[»\"”]")

Asked = tuple[frozenset[str], ...]  # per word of a question, the concepts that would answer it


# Phrases that also say a word they do not hold: a written "avis" given some time "avant" an
# event is a notice period (Québec and Belgian drafting: « un avis écrit au moins soixante
# jours avant l'échéance »).
_IMPLIED = ((re.compile(r"\bavis\b[^.;]{0,60}\b(avant|prealable)\b"), "preavis"),
            # "by notifying you at least 45 days before the start of the Renewal Term"
            (re.compile(r"\bnotif\w*[^.;]{0,60}\b(before|prior to|in advance)\b"), "notice"))
# A question asking for a rise is answered by a sentence allowing a change ("Can the supplier
# increase the fees?" - "We may change the fees").
_BROADER = {"augme": "modif"}


def _folded_words(text: str) -> list[str]:
    folded = fold(text)
    folded += "".join(f" {word}" for pattern, word in _IMPLIED if pattern.search(folded))
    for pattern, word in _PHRASES:
        folded = pattern.sub(f" {word} ", folded)
    # The grounding check ignores "contrat"; here it tells the contract's term from the
    # validity of a document or the length of a phase.
    return content_words(folded) + _CONTRACT_WORDS.findall(folded)


@lru_cache(maxsize=65536)
def _concept(word: str) -> str:
    same = _MEANING.match(word)
    return same.lastgroup if same and same.lastgroup else stem(word)


def concepts(text: str) -> frozenset[str]:
    """The meaning-bearing stems of a text, synonyms read as one."""
    return frozenset(_concept(w) for w in _folded_words(text))


def question_concepts(text: str) -> Asked:
    """Per word of a question, its concept and the other language's words for it (a French
    clause answers "Which law governs ...?" with "droit" or "loi")."""
    asked: dict[str, set[str]] = {}
    for word in _folded_words(text):
        alternatives = asked.setdefault(_concept(word), {_concept(word)})
        alternatives.update(_concept(w) for t in translations(word) for w in content_words(t))
        if _concept(word) in _BROADER:
            alternatives.add(_BROADER[_concept(word)])
    return tuple(frozenset(a) for a in asked.values())


@dataclass(frozen=True)
class Line:
    """A quotable sentence of a document with what it states."""

    chunk: Chunk
    text: str
    concepts: frozenset[str]
    heading: frozenset[str]  # concepts of its section heading and of its passage's first sentence
    previous: frozenset[str]  # concepts of the sentence before it in the passage
    quantities: tuple[Quantity, ...]
    places: tuple[str, ...]  # capitalised names placed by "à", "en", "in", or in brackets
    definition: bool  # a glossary entry or a sentence of a definitions article

    @property
    def context(self) -> frozenset[str]:
        return self.heading | self.previous


@dataclass(frozen=True)
class Found:
    """A sentence and how well it answers a question (weighted share of the question's words)."""

    line: Line
    score: float
    lead: bool = False  # the sentence before it named part of what is asked: quote both


class DocumentLines:
    """A document's sentences, read once, and how telling each concept is in the document."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self.lines: list[Line] = []
        self._by_text: dict[str, Line] = {}
        frequency: Counter[str] = Counter()
        # A name the document defines in quotes (la « Caisse », the "Agency", le « Centre de
        # services ») names a party or a thing, never a place.
        defined = {m["name"].split()[0] for chunk in chunks
                   for pattern in (_DEFINED_NAME, _GLOSSARY_NAME)
                   for m in pattern.finditer(chunk.text)}
        for chunk in chunks:
            if chunk.apparatus or looks_like_toc(fold(chunk.text)):
                continue
            heading = concepts(" ".join((chunk.section_title, *chunk.heading_path)))
            glossary = (chunk.kind == "definitions"
                        or is_definitions_section(fold(chunk.section_title)))
            sentences = [s for s in split_sentences(chunk.text)
                         if not _TOC_LINE.search(chunk.text[s.start:s.end])]
            # A passage's first sentence usually names its subject, as its heading does.
            lead: frozenset[str] = frozenset()
            previous: frozenset[str] = frozenset()
            for number, sentence in enumerate(sentences):
                # A table row with its figure cell, a lead-in ending with ":" with its items.
                text = chunk.text[sentence.start:continued(chunk.text, sentences, number)]
                own = concepts(text)
                frequency.update(own)
                quantities = find_quantities(text)
                quantities += _amounts_in_priced_column(chunk.text, sentence.start, text)
                line = Line(chunk, text, own, heading | lead, previous,
                            tuple(quantities),
                            tuple(p for p in places_in(text) if p.split()[0] not in defined),
                            glossary or definition_body(sentence) > 0)
                self.lines.append(line)
                self._by_text.setdefault(_flat(chunk.text[sentence.start:sentence.end]), line)
                # Values read from a lead-in with its list quote the whole of it.
                self._by_text.setdefault(_flat(text), line)
                previous = own
                lead = lead or own
        self._frequency = frequency
        self._count = len(self.lines)

    def weight(self, alternatives: frozenset[str]) -> float:
        """How telling a word of the question is: the rarer its commonest form, the more."""
        frequency = max(self._frequency.get(c, 0) for c in alternatives)
        return math.log((self._count + 1) / (frequency + 0.5))

    def _held(self, asked: Asked, held: frozenset[str]) -> float:
        return sum(self.weight(a) for a in asked if a & held)

    def score(self, asked: Asked, own: frozenset[str],
              context: frozenset[str] = frozenset()) -> float:
        """Weighted share of the question's words a sentence holds (its context counting less)."""
        total = sum(self.weight(a) for a in asked)
        if not total:
            return 0.0
        return max(self._held(asked, own), _CONTEXT_SHARE * self._held(asked, own | context)) \
            / total

    def _helped(self, asked: Asked, line: Line) -> bool:
        return (_CONTEXT_SHARE * self._held(asked, line.concepts | line.previous)
                > self._held(asked, line.concepts))

    def find(self, asked: Asked, units: frozenset[str] | None = None,
             definitions: bool = False, limit: int = 5, places: bool = False) -> list[Found]:
        """The sentences that best hold the asked concepts; with `units`, only those stating a
        quantity in one of them ("days", "%", "EUR", ...); with `places`, only those naming a
        place."""
        found = []
        for line in self.lines:
            if line.definition and not definitions:
                continue
            if units is not None and not any(q.unit in units for q in line.quantities):
                continue
            if places and not (line.places and _WHERE.search(fold(line.text))):
                continue
            if not any(a & line.concepts for a in asked):
                continue  # the heading or the sentence before alone do not answer
            score = self.score(asked, line.concepts, line.context)
            if score > 0:
                found.append(Found(line, score, self._helped(asked, line)))
        found.sort(key=lambda f: -f.score)
        return found[:limit]

    def line_of(self, text: str) -> Line | None:
        """The sentence holding a quoted text (values quote whole sentences)."""
        return self._by_text.get(_flat(text))


# A table whose header names its currency ("| Milestone | Fixed fee (USD) |", "Montant HT (€)")
# holds amounts of money in cells that carry no unit themselves.
_CURRENCY_IN_HEADER = (("USD", re.compile(r"\bUSD\b|US\$|\(\s*\$\s*\)")),
                       ("EUR", re.compile(r"\bEUR\b|€|\beuros?\b", re.IGNORECASE)),
                       ("GBP", re.compile(r"\bGBP\b|£")),
                       ("ZAR", re.compile(r"\bZAR\b|\brands?\b", re.IGNORECASE)),
                       *((code, re.compile(rf"\b{code}\b"))
                         for code in sorted(CURRENCIES - {"USD", "EUR", "GBP", "ZAR"})))
_SEPARATOR_ROW = re.compile(r"[\s|:-]+")  # the "|---|---|" line under a table's header
_BARE_AMOUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})+(?:[.,]\d{1,2})?(?![\w%])|"
                          r"(?<![\w.,])\d{3,}(?:[.,]\d{1,2})?(?![\w%])")


def _amounts_in_priced_column(passage: str, start: int, row: str) -> list[Quantity]:
    """Bare numbers of a "|" table row whose header names a currency, as amounts of it."""
    if not row.lstrip().startswith("|"):
        return []
    header = _table_header(passage, start)
    currency = next((code for code, pattern in _CURRENCY_IN_HEADER if pattern.search(header)),
                    None)
    if currency is None:
        return []
    return [Quantity(amount, currency, match.start(), match.end(), "en")
            for match in _BARE_AMOUNT.finditer(row)
            if (amount := parse_digits(match.group(0))) is not None]


def _table_header(passage: str, start: int) -> str:
    """The first line of the "|" table holding the position `start` of a passage."""
    lines = passage[:passage.find("\n", start) if "\n" in passage[start:] else len(passage)]
    header = ""
    for line in reversed(lines.split("\n")):
        if not line.lstrip().startswith("|"):
            break
        if not _SEPARATOR_ROW.fullmatch(line):
            header = line
    return header


@dataclass(frozen=True)
class _Table:
    """The rows of a "|" table (separator rows left out), each with its offset in the text."""

    rows: list[tuple[int, str]]

    @classmethod
    def read(cls, text: str) -> _Table:
        rows, offset = [], 0
        for raw in text.split("\n"):
            if raw.lstrip().startswith("|") and not _SEPARATOR_ROW.fullmatch(raw):
                rows.append((offset, raw))
            offset += len(raw) + 1
        return cls(rows)

    def header(self) -> list[str]:
        return self.rows[0][1].strip().strip("|").split("|") if self.rows else []

    def column(self, asked: Asked, question: str) -> int | None:
        """The column the question names, when it names one only: a short label it repeats
        ("Zone B", "Tier 1") counts most, its one-letter part being no word of its own."""
        cells = self.header()
        if len(self.rows) < 2 or len(cells) < 3:
            return None
        folded_question = fold(question)

        def named(i: int) -> int:
            label = " ".join(fold(cells[i]).split()[:2])
            said = bool(label) and re.search(rf"\b{re.escape(label)}\b", folded_question)
            # "Non-Production" is the column of everything but production.
            return _held(asked, concepts(_NEGATED_LABEL.sub(" ", fold(cells[i])))) + (
                3 if said else 0)

        column = max(range(1, len(cells)), key=named)
        if named(column) == 0 or sum(named(i) == named(column) for i in range(1, len(cells))) > 1:
            # "the monthly rate for a field engineer" over "| Role | Basis | Amount (EUR) |":
            # a price asked is read in the one column of money.
            money = [i for i in range(1, len(cells)) if MONEY_HEADER.search(fold(cells[i]))]
            return money[0] if len(money) == 1 and _PRICE_ASKED.search(folded_question) else None
        return column

    def rows_asked(self, asked: Asked, question: str) -> list[tuple[int, str]]:
        """The body row the question names by its first cell; with "and", also the rows naming
        another of its words ("the RPO and the RTO"). A label's words before any bracket count
        first, then the whole label, then the figures it shares with the question ("Severity 1",
        not "Severity 2")."""
        folded_question = fold(question)
        figures = set(re.findall(r"\d+", folded_question))

        def label(row: tuple[int, str]) -> str:
            return row[1].split("|")[1]

        def named(row: tuple[int, str]) -> frozenset[str]:
            return concepts(label(row).split("(")[0])

        # "incident de catégorie 1" under a first column headed "Catégorie": the figure names
        # the row "1 – Bloquant" as its label's words would.
        header = self.header()
        by_figure = bool(header) and _held(asked, concepts(header[0])) > 0

        def fit(row: tuple[int, str]) -> tuple[int, int, int]:
            shared = len(set(re.findall(r"\d+", fold(label(row)))) & figures)
            return (_held(asked, named(row)),
                    _held(asked, concepts(label(row))) + (shared if by_figure else 0), shared)

        body = sorted(self.rows[1:], key=lambda r: (*(-x for x in fit(r)), r[0]))
        if not body or fit(body[0])[1] == 0:
            return []
        chosen = [body[0]]
        if _BOTH_ASKED.search(folded_question):
            covered = {a for a in asked if a & named(body[0])}
            for row in body[1:]:
                more = {a for a in asked if a & named(row)} - covered
                if more:
                    chosen.append(row)
                    covered |= more
        return sorted(chosen)

    @staticmethod
    def cell_span(row: tuple[int, str], column: int) -> tuple[int, int] | None:
        """Where cell `column` of a row lies in the text: between its i-th and (i+1)-th bars."""
        row_start, raw = row
        bars = [i for i, ch in enumerate(raw) if ch == "|"]
        if len(bars) <= column + 1:
            return None
        return row_start + bars[column], row_start + bars[column + 1]


_BOTH_ASKED = re.compile(r"\b(and|et)\b|,")
# Money named in a table's words: a column of amounts, a price list.
MONEY_HEADER = re.compile(r"\b(" + "|".join(sorted(c.lower() for c in CURRENCIES))
                          + r"|euros?|dollars?)\b|[€$£]")
_PRICE_ASKED = re.compile(r"\b(rates?|prices?|fees?|costs?|charges?|amounts?|prix|tarifs?|couts?|"
                          r"montants?|redevances?|taux (journalier|horaire))\b")
_NEGATED_LABEL = re.compile(r"\b(non|hors|excluding|except|sauf)[- ]+\w+")


def _held(asked: Asked, cell_concepts: frozenset[str]) -> int:
    return sum(1 for a in asked if a & cell_concepts)


def _cell_asked(text: str, candidates: list[Quantity], asked: Asked,
                question: str = "") -> Quantity | None:
    """In a "|" table of several columns, the figure in the row and the column the question
    names ("a same-day dispatch in Zone 2"), when it names both."""
    table = _Table.read(text)
    column = table.column(asked, question)
    rows = table.rows_asked(asked, question) if column is not None else []
    span = _Table.cell_span(rows[0], column) if rows and column is not None else None
    if span is None:
        return None
    return next((q for q in candidates if span[0] <= q.start < span[1]), None)


def cells_asked(text: str, question: str) -> list[tuple[str, str, str]]:
    """In a "|" table, the cells in the column and the rows the question names, as (row label,
    column label, cell): "What are the RPO and RTO for Tier 1?" reads two cells of "Tier 1"."""
    asked = question_concepts(question)
    table = _Table.read(text)
    column = table.column(asked, question)
    if column is None:
        return []
    header = table.header()
    cells = []
    for row in table.rows_asked(asked, question):
        span = _Table.cell_span(row, column)
        cell = text[span[0] + 1:span[1]].strip() if span else ""
        if cell:
            label = row[1].split("|")[1].split("(")[0].strip()
            cells.append((label, header[column].split("(")[0].strip(), cell))
    return cells


def places_in(text: str) -> tuple[str, ...]:
    """Names of places a sentence gives: "à Lyon", "en France", "(Saint-Malo)", "in Ireland"."""
    found = [m["name"] for m in _PLACE.finditer(text)
             if m["name"] not in _NOT_PLACES and m["name"].split()[0] not in _NOT_PLACES]
    return tuple(dict.fromkeys(found))


def _flat(text: str) -> str:
    return " ".join(text.split())


def quantity_asked(line: Line, asked: Asked, units: frozenset[str],
                   question: str = "") -> Quantity | None:
    """The quantity of a sentence the question asks for: in a table of times, the one on the
    row and in the column it names; else the one its words stand closest before."""
    candidates = [q for q in line.quantities if q.unit in units]
    if not candidates:
        return None
    folded = fold(line.text)
    # The row and the column the question names, then (tables of times) the row of the
    # severity it names.
    in_cell = _cell_asked(line.text, candidates, asked, question)
    if in_cell is not None:
        return in_cell
    if question:
        in_row = row_figure(folded, candidates, fold(question))
        if in_row is not None:
            return in_row

    def fit(quantity: Quantity) -> tuple[int, int]:
        start = max(0, quantity.start - 60)
        row_start = folded.rfind("\n", 0, quantity.start) + 1
        if folded[row_start:quantity.start].lstrip().startswith("|"):
            start = row_start  # in a table, only the figure's own row names it ("| Total |")
        near = concepts(folded[start:quantity.start])
        return sum(1 for a in asked if a & near), -quantity.start

    return max(candidates, key=fit)
