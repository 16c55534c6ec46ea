"""What a sample contract is: its text in a small markup, its page layout and its known truth."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# The checklist's clause ids, in the order of ../shared/DOMAIN.md.
CLAUSE_IDS: tuple[str, ...] = (
    "services_scope", "duration", "pricing", "staff_transfer", "data_protection", "ip_ownership",
    "liability", "insurance", "place_of_performance", "change_management", "confidentiality",
    "reversibility", "service_levels", "penalties", "termination", "audit", "subcontracting",
    "security", "governance", "governing_law", "price_revision", "business_continuity",
)
STATUS_RANK = {"absent": 0, "partial": 1, "present": 2}


@dataclass(frozen=True)
class Heading:
    """A heading line; level 1 is an article, level 2 a sub-clause."""

    level: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """Body text; `style` is "body", "title" (document title) or "center" (a centred line)."""

    text: str
    style: Literal["body", "title", "center"] = "body"


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A grid whose first row is the header."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PageBreak:
    """Start the next block on a new page."""


Block = Heading | Paragraph | Bullets | Table | PageBreak


@dataclass(frozen=True)
class Layout:
    """How a sample is typeset: file format, typeface and the running lines on every page.

    `footer` may use {page} and {pages}; "scan" means the pages are pictures with no text layer.
    """

    format: Literal["pdf", "docx", "scan"] = "pdf"
    typeface: Literal["sans", "serif"] = "sans"
    body_size: float = 10.0
    header: str = ""
    footer: str = ""
    center_headings: bool = False


@dataclass(frozen=True)
class Sample:
    """One sample file: its text, layout and what the text really says (the truth)."""

    file: str
    language: Literal["fr", "en"]
    kind: str
    title: str
    description: str
    markup: str
    layout: Layout
    clauses: dict[str, str]
    values: dict[str, str]
    group: str | None = None
    notes: dict[str, str] = field(default_factory=dict)
    # Expected assessment level of some found clauses: adequate, weak or restrictive.
    assessments: dict[str, str] = field(default_factory=dict)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return parse_markup(self.markup)


def statuses(present: str = "", partial: str = "") -> dict[str, str]:
    """Status of all 22 clause ids from space-separated lists; every id not named is "absent"."""
    named_present, named_partial = present.split(), partial.split()
    unknown = set(named_present + named_partial) - set(CLAUSE_IDS)
    if unknown:
        raise ValueError(f"unknown clause ids: {sorted(unknown)}")
    if set(named_present) & set(named_partial):
        raise ValueError("a clause cannot be both present and partial")
    return {cid: "present" if cid in named_present else "partial" if cid in named_partial
            else "absent" for cid in CLAUSE_IDS}


def parse_markup(markup: str) -> tuple[Block, ...]:
    """Turn the sample markup into blocks.

    Line prefixes: "^ " title, "> " centred line, "# " / "## " headings, "- " bullet (indented
    lines continue it), "| a | b |" table row (first row = header; a row runs on over several
    lines until its closing "|"), "~~~" page break. Other lines are body text; consecutive lines
    join into one paragraph and a blank line ends it.
    """
    blocks: list[Block] = []
    paragraph: list[str] = []
    bullets: list[str] = []
    rows: list[tuple[str, ...]] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Paragraph(" ".join(paragraph)))
            paragraph.clear()
        if bullets:
            blocks.append(Bullets(tuple(bullets)))
            bullets.clear()
        if rows:
            if len({len(row) for row in rows}) > 1:
                raise ValueError(f"table rows have different numbers of cells: {rows}")
            blocks.append(Table(tuple(rows)))
            rows.clear()

    open_row = ""
    for raw in markup.strip().splitlines():
        line = raw.strip()
        if open_row or (line.startswith("|") and not line.endswith("|")):
            open_row = f"{open_row} {line}".strip()
            if not open_row.endswith("|"):
                continue
            line, open_row = open_row, ""
        if bullets and raw.startswith("  ") and line:
            bullets[-1] = f"{bullets[-1]} {line}"
            continue
        if not line:
            flush()
        elif line == "~~~":
            flush()
            blocks.append(PageBreak())
        elif line.startswith(("^ ", "> ")):
            flush()
            blocks.append(Paragraph(line[2:], "title" if line[0] == "^" else "center"))
        elif line.startswith("## "):
            flush()
            blocks.append(Heading(2, line[3:]))
        elif line.startswith("# "):
            flush()
            blocks.append(Heading(1, line[2:]))
        elif line.startswith("- "):
            if paragraph or rows:
                flush()
            bullets.append(line[2:])
        elif line.startswith("|"):
            if paragraph or bullets:
                flush()
            rows.append(tuple(cell.strip() for cell in line.strip("|").split("|")))
        else:
            if bullets or rows:
                flush()
            paragraph.append(line)
    flush()
    return tuple(blocks)
