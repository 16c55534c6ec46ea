"""One row of the portfolio table: a contract's statuses, assessments and key values, each value
with the quote it was read from, or the one-line error that stopped it."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from assistant.analysis import dates, parties, places, terms
from assistant.analysis.signals import fold
from assistant.models import CheckReport, Chunk, Evidence, Finding

ROW_FORMAT = "1"  # bump when a row's content changes, so cached rows are made again

# Key values shown in the table, in order, with their column names.
VALUE_COLUMNS: tuple[str, ...] = (
    "reference", "client", "provider", "start_date", "end_date", "term", "renewal", "notice",
    "liability_cap", "availability", "penalty_cap", "reversibility_period", "data_return_format",
    "governing_law", "hosting_place",
)
_MAX_LISTED = 3
# Notice periods that end the contract or stop its renewal (not an audit's or a pentest's).
_ENDING = re.compile(r"resili|termin|reconduc|renouvel|renew|echeance|expir|denonc|mettre fin|"
                     r"non-renewal|end the|fin du contrat")


@dataclass(frozen=True)
class Quote:
    """Where a value or a status was read: page, section and the exact sentence."""

    page: int
    section: str
    text: str

    def to_json(self) -> dict:
        return {"page": self.page, "section": self.section, "text": self.text}

    @classmethod
    def from_json(cls, data: Mapping) -> Quote:
        return cls(int(data.get("page") or 0), str(data.get("section") or ""),
                   str(data.get("text") or ""))


@dataclass(frozen=True)
class Cell:
    """A key value as shown in the table, with the quotes it rests on."""

    value: str
    quotes: tuple[Quote, ...] = ()

    def to_json(self) -> dict:
        return {"value": self.value, "quotes": [q.to_json() for q in self.quotes]}

    @classmethod
    def from_json(cls, data: Mapping) -> Cell:
        return cls(str(data["value"]), tuple(Quote.from_json(q) for q in data.get("quotes", [])))


@dataclass(frozen=True)
class ItemResult:
    """A playbook item's status for one contract, its assessment level and first quote."""

    label: str
    severity: str
    status: str
    assessment: str = ""  # "" when the checklist gives no assessment
    quotes: tuple[Quote, ...] = ()
    reasons: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"label": self.label, "severity": self.severity, "status": self.status,
                "assessment": self.assessment or None, "reasons": list(self.reasons),
                "evidence": [q.to_json() for q in self.quotes]}

    @classmethod
    def from_json(cls, data: Mapping) -> ItemResult:
        return cls(str(data["label"]), str(data["severity"]), str(data["status"]),
                   str(data.get("assessment") or ""), tuple(Quote.from_json(q) for q in
                                                            data.get("evidence", [])),
                   tuple(data.get("reasons", [])))


@dataclass(frozen=True)
class ContractRow:
    """A contract (one file, or a folder read as a contract and its annexes) in the portfolio."""

    contract: str
    files: tuple[str, ...]  # paths as the run was given them
    sha256: tuple[str, ...] = ()
    language: str = ""
    pages: int = 0
    score: float | None = None
    playbook: str = ""  # "infogerance 1.0"
    items: dict[str, ItemResult] = field(default_factory=dict)
    values: dict[str, Cell] = field(default_factory=dict)
    error: str = ""
    cached: bool = False

    @property
    def missing_required(self) -> tuple[str, ...]:
        """Ids of the required items the contract lacks entirely."""
        return tuple(i for i, r in self.items.items()
                     if r.severity == "required" and r.status == "absent")

    def value(self, column: str) -> str:
        cell = self.values.get(column)
        return cell.value if cell else ""

    def moved_to(self, contract: str, files: Sequence[str]) -> ContractRow:
        """The same results under the name and paths of this run (a cached row's file moved)."""
        return replace(self, contract=contract, files=tuple(files), cached=True)

    def to_json(self) -> dict:
        return {"contract": self.contract, "files": list(self.files), "sha256": list(self.sha256),
                "language": self.language, "pages": self.pages,
                "score": None if self.score is None else round(self.score, 3),
                "playbook": self.playbook,
                "missing_required": list(self.missing_required),
                "items": {i: r.to_json() for i, r in self.items.items()},
                "values": {k: c.to_json() for k, c in self.values.items()},
                "error": self.error or None, "cached": self.cached}

    @classmethod
    def from_json(cls, data: Mapping) -> ContractRow:
        return cls(str(data["contract"]), tuple(data["files"]), tuple(data.get("sha256", [])),
                   str(data.get("language") or ""), int(data.get("pages") or 0),
                   data.get("score"), str(data.get("playbook") or ""),
                   {i: ItemResult.from_json(r) for i, r in data.get("items", {}).items()},
                   {k: Cell.from_json(c) for k, c in data.get("values", {}).items()},
                   str(data.get("error") or ""), bool(data.get("cached")))


def error_row(contract: str, files: Sequence[str], error: str,
              sha256: Sequence[str] = ()) -> ContractRow:
    return ContractRow(contract, tuple(files), tuple(sha256), error=error)


def build_row(contract: str, files: Sequence[str], sha256: Sequence[str], report: CheckReport,
              chunks: Sequence[Chunk]) -> ContractRow:
    """The row of a checked contract: the report's findings and values, and what the analysis
    modules read from its passages (parties, dates, places, terms)."""
    doc = report.document
    return ContractRow(
        contract=contract, files=tuple(files), sha256=tuple(sha256), language=doc.language,
        pages=doc.pages, score=report.score,
        playbook=f"{report.playbook_id} {report.playbook_version}",
        items={f.id: _item(f) for f in report.findings},
        values=key_values(report, chunks))


def _item(finding: Finding) -> ItemResult:
    # The risk assessment (issue 13) may be missing on findings made by older code.
    assessment = getattr(finding, "assessment", None)
    level = getattr(assessment, "level", None) if assessment is not None else None
    if isinstance(assessment, Mapping):
        level = assessment.get("level")
    reasons = tuple(str(getattr(r, "text", r)) for r in getattr(assessment, "reasons", ())[:2])
    return ItemResult(finding.label, finding.severity, finding.status, str(level or ""),
                      tuple(_quote(e) for e in finding.evidence[:1]), reasons)


def _quote(evidence: Evidence | Mapping) -> Quote:
    if isinstance(evidence, Mapping):
        return Quote.from_json(evidence)
    return Quote(evidence.page, evidence.section, evidence.text)


def key_values(report: CheckReport, chunks: Sequence[Chunk]) -> dict[str, Cell]:
    """Every key value the contract states, by column; a column it does not state is left out."""
    found = report.values or {}
    exit_values = (report.reversibility or {}).get("values") or {}
    cells: dict[str, Cell | None] = {
        "term": _first(found, "term"),
        "renewal": _first(found, "renewal"),
        "notice": _listed(_ending_notices(found)),
        "liability_cap": _first(found, "liability_cap"),
        "availability": _first(found, "availability"),
        "penalty_cap": _first(found, "penalty_cap") or _term(terms.penalty_cap(chunks)),
        "reversibility_period": (_entry(exit_values.get("transition_period"))
                                 or _first(found, "transition_period")),
        "data_return_format": (_term(terms.data_return_format(chunks))
                               or _entry(exit_values.get("data_format"))),
        "governing_law": _first(found, "governing_law"),
        "jurisdiction": _first(found, "jurisdiction"),
        "subcontracting": _term(terms.subcontracting(chunks)),
    }
    cells.update(_party_cells(chunks))
    cells.update(_date_cells(chunks))
    cells.update(_place_cells(chunks))
    law = cells["governing_law"]
    if law is not None and places.country_code(law.value):
        cells["governing_law_country"] = Cell(places.country_code(law.value), law.quotes)
    notices = _ending_notices(found)
    for side in ("client", "provider"):
        cells[f"notice_{side}"] = _listed([n for n in notices if parties.notice_party(
            str(n.get("text", ""))) in (side, "both")])
    services = next((f for f in report.findings if f.id == "services_scope"), None)
    if services is not None and services.evidence:
        quote = _quote(services.evidence[0])
        cells["services"] = Cell(_shortened(quote.text), (quote,))
    # Values cut from PDF lines keep their line breaks: one line per cell.
    return {k: replace(v, value=" ".join(v.value.split())) for k, v in cells.items()
            if v is not None and v.value.strip()}


def _ending_notices(found: Mapping) -> list[Mapping]:
    return [n for n in found.get("notice", []) if _ENDING.search(fold(str(n.get("text", ""))))]


def _first(found: Mapping, kind: str) -> Cell | None:
    entries = found.get(kind) or []
    return _entry(entries[0]) if entries else None


def _listed(entries: Sequence[Mapping]) -> Cell | None:
    """Distinct values in document order ("4 mois; 3 mois"), each with its quote."""
    values: dict[str, Quote] = {}
    for entry in entries:
        value = str(entry.get("value", ""))
        if value and value not in values and len(values) < _MAX_LISTED:
            values[value] = Quote.from_json(entry)
    return Cell("; ".join(values), tuple(values.values())) if values else None


def _entry(entry: Mapping | None) -> Cell | None:
    if not entry or not entry.get("value"):
        return None
    return Cell(str(entry["value"]), (Quote.from_json(entry),))


def _term(term: terms.Term | None) -> Cell | None:
    return Cell(term.value, (Quote(term.page, term.section, term.text),)) if term else None


def _party_cells(chunks: Sequence[Chunk]) -> dict[str, Cell]:
    cells = {role: Cell(p.name, (Quote(p.page, p.section, p.text),))
             for role, p in parties.find_parties(chunks).items()}
    reference = parties.find_reference(chunks)
    if reference is not None:
        cells["reference"] = Cell(reference.value, (Quote(reference.page, "", reference.text),))
    return cells


def _date_cells(chunks: Sequence[Chunk]) -> dict[str, Cell]:
    return {f"{kind}_date": Cell(d.value, (Quote(d.page, d.section, d.text),))
            for kind, d in dates.find_dates(chunks).items()}


def _place_cells(chunks: Sequence[Chunk]) -> dict[str, Cell]:
    cells = {}
    for kind, location in places.find_locations(chunks).items():
        quote = (Quote(location.page, location.section, location.text),)
        cells[f"{kind}_place"] = Cell(location.value, quote)
        if location.codes:
            cells[f"{kind}_countries"] = Cell("; ".join(location.codes), quote)
    return cells


def _shortened(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
