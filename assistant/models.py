"""The project's own value types: everything past a framework boundary travels as one of these."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Status = Literal["present", "partial", "absent"]
Level = Literal["adequate", "weak", "restrictive", "not_assessed"]
Source = Literal["contract", "reference"]


@dataclass(frozen=True)
class Page:
    """One page of a document's text, numbered from 1 (TXT/DOCX files are a single page)."""

    number: int
    text: str


@dataclass(frozen=True)
class ParsedDocument:
    """A file read and normalised, not yet indexed."""

    name: str
    sha256: str
    pages: tuple[Page, ...]
    language: str  # "fr" or "en"

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class DocumentInfo:
    """A document as the index knows it."""

    doc_id: str  # sha256 of the file's bytes
    name: str
    pages: int
    language: str
    chunks: int
    owner: str = "local"
    indexed_at: str = ""


@dataclass(frozen=True)
class Chunk:
    """A passage of a document with the contract structure it belongs to."""

    doc_id: str
    index: int
    text: str
    page: int
    page_end: int
    section_number: str = ""
    section_title: str = ""
    heading_path: tuple[str, ...] = ()
    # "body" (what the contract provides), "toc", "document_control" (versions, approvals,
    # diffusion, validity of the document itself) or "definitions" (a glossary).
    kind: str = "body"

    @property
    def quotable(self) -> bool:
        """Whether the passage may be quoted as what the contract provides (checklist evidence,
        answers): a table of contents, a document-control block or a glossary may not."""
        return self.kind == "body"

    @property
    def apparatus(self) -> bool:
        """A table of contents or a document-control block: about the document, not its terms,
        so the checklist, the values and the answers read nothing from it."""
        return self.kind in ("toc", "document_control")

    @property
    def section(self) -> str:
        """Number and title as a reader would cite them, e.g. "Article 9 – Réversibilité"."""
        if self.section_number and self.section_title:
            return f"{self.section_number} – {self.section_title}"
        return self.section_number or self.section_title


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with the name of its document and a relevance score (higher is better)."""

    chunk: Chunk
    document: str
    score: float

    def to_json(self) -> dict:
        c = self.chunk
        return {"document": self.document, "page": c.page, "page_end": c.page_end,
                "section": c.section, "text": c.text, "score": round(self.score, 6),
                "kind": c.kind}


@dataclass(frozen=True)
class Evidence:
    """An exact passage quoted as proof of a finding."""

    page: int
    section: str
    text: str
    document: str = ""

    def to_json(self) -> dict:
        return {"page": self.page, "section": self.section, "text": self.text}


@dataclass(frozen=True)
class Reason:
    """Why a clause was assessed as it was, with the passage that shows it."""

    text: str
    evidence: Evidence

    def to_json(self) -> dict:
        return {"text": self.text, "evidence": self.evidence.to_json()}


@dataclass(frozen=True)
class Assessment:
    """Whether a clause protects the client: adequate, weak (thin) or restrictive (excludes, caps
    or shifts the obligation against the client); not_assessed when absent or without a rule."""

    level: Level = "not_assessed"
    reasons: tuple[Reason, ...] = ()

    def to_json(self) -> dict:
        return {"level": self.level, "reasons": [r.to_json() for r in self.reasons]}


NOT_ASSESSED = Assessment()


@dataclass(frozen=True)
class Finding:
    """The checklist's verdict on one playbook item."""

    id: str
    label: str
    status: Status
    confidence: float
    severity: str
    evidence: tuple[Evidence, ...] = ()
    missing: tuple[str, ...] = ()
    recommendation: str = ""
    assessment: Assessment = NOT_ASSESSED

    def to_json(self) -> dict:
        return {"id": self.id, "label": self.label, "status": self.status,
                "confidence": round(self.confidence, 3), "severity": self.severity,
                "evidence": [e.to_json() for e in self.evidence],
                "missing": list(self.missing), "recommendation": self.recommendation,
                "assessment": self.assessment.to_json()}


@dataclass(frozen=True)
class ExtractedValue:
    """A figure or name the contract states (a period, a rate, a law), with its source sentence."""

    kind: str  # e.g. "term", "notice", "availability", "governing_law", "transition_period"
    value: str  # normalised for display: "3 years", "99.9 %", "New York", "30 days"
    text: str  # the exact sentence it was read from
    page: int = 1
    section: str = ""
    quantity: float | None = None
    unit: str = ""  # "days", "months", "years", "%", "EUR", "hours", ...

    def to_json(self) -> dict:
        return {"value": self.value, "quantity": self.quantity, "unit": self.unit,
                "page": self.page, "section": self.section, "text": self.text}


@dataclass(frozen=True)
class Citation:
    """Where a sentence of an answer comes from: the contract or the reference corpus."""

    source: Source
    document: str
    page: int
    section: str
    text: str

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    """A reply to a question, with the passages it rests on."""

    text: str
    language: str
    mode: Literal["extractive", "llm"]
    grounded: bool
    citations: tuple[Citation, ...] = ()
    notice: str = ""  # e.g. why the LLM was not used
    topic: str = ""  # checklist item id the question was about, for follow-ups

    def to_json(self) -> dict:
        return {"answer": self.text, "language": self.language, "mode": self.mode,
                "grounded": self.grounded, "citations": [c.to_json() for c in self.citations],
                "notice": self.notice}


@dataclass(frozen=True)
class Turn:
    """One exchange of a conversation, kept so follow-ups can resolve against it."""

    question: str
    answer: Answer
    documents: tuple[str, ...] = ()


@dataclass
class CheckReport:
    """The gap analysis of one document (or of several files checked as one contract)."""

    document: DocumentInfo
    playbook_id: str
    playbook_version: str
    findings: list[Finding]
    score: float
    reversibility: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)
    files: tuple[str, ...] = ()

    def to_json(self) -> dict:
        d = self.document
        return {"document": {"name": d.name, "sha256": d.doc_id, "pages": d.pages,
                             "language": d.language},
                "playbook": {"id": self.playbook_id, "version": self.playbook_version},
                "items": [f.to_json() for f in self.findings],
                "reversibility": self.reversibility, "values": self.values,
                "score": round(self.score, 3)}
