"""The comparison's value types: what goes in (a version) and what comes out (a Comparison)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from assistant.models import CheckReport, Chunk, DocumentInfo, Evidence

Verdict = Literal["better", "worse", "changed", "same"]
Change = Literal["same", "modified", "added", "removed"]
Op = Literal["=", "-", "+"]
# Most worrying first: the order of the summary.
VERDICT_ORDER: dict[str, int] = {"worse": 0, "changed": 1, "better": 2, "same": 3}


@dataclass(frozen=True, eq=False)
class Version:
    """One side of a comparison: its files (a contract and its annexes), passages and checklist."""

    documents: tuple[DocumentInfo, ...]
    chunks: tuple[Chunk, ...]
    vectors: np.ndarray  # one row per chunk, same order
    report: CheckReport

    @property
    def language(self) -> str:
        return self.report.document.language

    @property
    def name(self) -> str:
        return self.report.document.name


@dataclass(frozen=True)
class Side:
    """How a compared version is named in the output."""

    name: str
    sha256: str
    language: str
    pages: int
    files: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {"name": self.name, "sha256": self.sha256, "language": self.language,
                "pages": self.pages, "files": list(self.files)}


@dataclass(frozen=True)
class Segment:
    """A run of words of a redline: kept (=), deleted from the old text (-) or inserted (+)."""

    op: Op
    text: str


@dataclass(frozen=True)
class FieldChange:
    """A value that moved (a term, a target, a cap), with the sentences it was read from."""

    field: str
    label: str
    old: str  # "" when the old version did not state it
    new: str  # "" when the new version does not state it
    verdict: Verdict
    old_quote: Evidence | None = None
    new_quote: Evidence | None = None

    def to_json(self) -> dict:
        return {"field": self.field, "label": self.label, "old": self.old or None,
                "new": self.new or None, "verdict": self.verdict,
                "old_quote": _quote_json(self.old_quote), "new_quote": _quote_json(self.new_quote)}


@dataclass(frozen=True)
class ItemComparison:
    """One playbook item in both versions: statuses, values, assessment, verdict and reasons."""

    id: str
    label: str
    severity: str
    old_status: str
    new_status: str
    verdict: Verdict
    reasons: tuple[str, ...] = ()
    changes: tuple[FieldChange, ...] = ()
    old_evidence: tuple[Evidence, ...] = ()
    new_evidence: tuple[Evidence, ...] = ()
    old_assessment: dict | None = None  # {"level", "reasons"} when the checklist assesses
    new_assessment: dict | None = None
    articles: tuple[int, ...] = ()  # indexes into Comparison.articles this item's reasons rest on

    def to_json(self) -> dict:
        out = {"id": self.id, "label": self.label, "severity": self.severity,
               "old_status": self.old_status, "new_status": self.new_status,
               "verdict": self.verdict, "reasons": list(self.reasons),
               "changes": [c.to_json() for c in self.changes],
               "old_evidence": [_evidence_json(e) for e in self.old_evidence],
               "new_evidence": [_evidence_json(e) for e in self.new_evidence],
               "articles": list(self.articles)}
        if self.old_assessment is not None or self.new_assessment is not None:
            out["old_assessment"] = self.old_assessment
            out["new_assessment"] = self.new_assessment
        return out


@dataclass(frozen=True)
class ArticleChange:
    """An article of the old version paired with its counterpart in the new one (or alone)."""

    old_heading: str
    new_heading: str
    change: Change
    similarity: float
    segments: tuple[Segment, ...] = ()  # the word-level redline (empty when unchanged)
    old_document: str = ""
    new_document: str = ""
    old_page: int = 0
    new_page: int = 0

    @property
    def heading(self) -> str:
        return self.new_heading or self.old_heading

    @property
    def redline(self) -> str:
        """The redline as text: deletions in [-...-], insertions in {+...+} (wdiff's notation)."""
        parts = []
        for segment in self.segments:
            match segment.op:
                case "-":
                    parts.append(f"[-{segment.text}-]")
                case "+":
                    parts.append(f"{{+{segment.text}+}}")
                case _:
                    parts.append(segment.text)
        return " ".join(parts)

    def to_json(self) -> dict:
        return {"old_heading": self.old_heading or None, "new_heading": self.new_heading or None,
                "change": self.change, "similarity": round(self.similarity, 3),
                "redline": self.redline, "old_document": self.old_document or None,
                "new_document": self.new_document or None, "old_page": self.old_page or None,
                "new_page": self.new_page or None}


@dataclass(frozen=True)
class SummaryLine:
    """One line of the summary: an item's verdict with its reasons, or an unexplained edit."""

    verdict: Verdict
    id: str | None
    label: str
    reason: str

    def to_json(self) -> dict:
        return {"verdict": self.verdict, "id": self.id, "label": self.label,
                "reason": self.reason}


@dataclass(frozen=True)
class Comparison:
    """The whole comparison: both sides, the summary (worst first), items and articles."""

    mode: Literal["versions", "corpus"]
    language: str
    old: Side
    new: Side
    playbook_id: str
    playbook_version: str
    summary: tuple[SummaryLine, ...]
    items: tuple[ItemComparison, ...]
    articles: tuple[ArticleChange, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return bool(self.summary)

    def item(self, item_id: str) -> ItemComparison:
        return next(i for i in self.items if i.id == item_id)

    def to_json(self) -> dict:
        return {"mode": self.mode, "language": self.language, "old": self.old.to_json(),
                "new": self.new.to_json(),
                "playbook": {"id": self.playbook_id, "version": self.playbook_version},
                "summary": [s.to_json() for s in self.summary],
                "items": [i.to_json() for i in self.items],
                "articles": [a.to_json() for a in self.articles]}


def _evidence_json(evidence: Evidence) -> dict:
    out = evidence.to_json()
    if evidence.document:
        out["document"] = evidence.document
    return out


def _quote_json(evidence: Evidence | None) -> dict | None:
    return None if evidence is None else _evidence_json(evidence)
