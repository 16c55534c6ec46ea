"""Cuts a parsed document into passages that follow its own structure and know their pages."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from assistant.models import Chunk, ParsedDocument

from .normalize import CONTINUES
from .passage_kinds import (
    BODY,
    DEFINITIONS,
    Region,
    document_control_regions,
    is_definitions_title,
    is_toc_entry,
    looks_like_definitions,
    toc_regions,
)
from .structure import Heading, parse_heading

# Paragraph, line, then sentence boundaries: a clause is only cut mid-sentence when one sentence
# alone is longer than a chunk.
_SEPARATORS = ["\n\n", "\n", ". ", "; ", ", ", " "]
_MIN_CHUNK_CHARS = 12
# Document-control blocks are sought on the first pages only (the first lines of a DOCX or TXT).
_CONTROL_PAGES = 3
_CONTROL_LINES = 200
# A page that stops mid-sentence and a next page that goes on in lower case: one paragraph.
_SENTENCE_END = re.compile(r"[.!?:;…»\"”)\]]\s*$")
_ENDS_MID_PHRASE = re.compile(r"[a-zà-öø-ÿ,]$")
_BULLET = re.compile(r"^\s*(?:[-•*–▪●◦]|\(?[a-z0-9]{1,3}[.)])\s")


@dataclass
class _Section:
    heading: Heading | None
    path: tuple[str, ...]
    titles: tuple[str, ...]
    start: int
    end: int = 0
    body_start: int = 0
    lines: list[str] = field(default_factory=list)
    kind: str = BODY
    resumed: bool = False  # the text after a table of contents, back under the open heading


def chunk_document(doc: ParsedDocument, chunk_size: int = 1200,
                   chunk_overlap: int = 150) -> list[Chunk]:
    """Passages in document order, each with its section number, title, heading path, pages and
    kind (body, table of contents, document control, definitions)."""
    text, page_starts = _joined_text(doc)
    # langchain is heavy to import: only indexing pays for it, not a listing.
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap,
                                              separators=_SEPARATORS, keep_separator="end",
                                              add_start_index=True, strip_whitespace=False)
    control_end = page_starts[_CONTROL_PAGES] if len(page_starts) > _CONTROL_PAGES else len(text)
    chunks: list[Chunk] = []
    for section in _sections(text, control_end):
        body = text[section.body_start:section.end]
        if len(body.strip()) < _MIN_CHUNK_CHARS:
            continue
        pieces = [(0, body)] if len(body) <= chunk_size * 1.25 else [
            (d.metadata["start_index"], d.page_content)
            for d in splitter.create_documents([body])]
        for offset, piece in pieces:
            stripped = piece.strip()
            if len(stripped) < _MIN_CHUNK_CHARS:
                continue
            start = section.body_start + offset + (len(piece) - len(piece.lstrip()))
            end = start + len(stripped)
            heading = section.heading
            chunks.append(Chunk(
                doc_id=doc.sha256, index=len(chunks), text=stripped,
                page=_page_at(page_starts, start), page_end=_page_at(page_starts, end - 1),
                section_number=heading.number if heading else "",
                section_title=_section_title(section),
                heading_path=section.path, kind=_kind(section, stripped)))
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """What gets embedded: the heading path gives short passages their topic."""
    if chunk.heading_path:
        return " > ".join(chunk.heading_path) + "\n" + chunk.text
    return chunk.text


def _joined_text(doc: ParsedDocument) -> tuple[str, list[int]]:
    starts, parts, offset = [], [], 0
    for page in doc.pages:
        if parts:
            # A sentence running on over the page break stays one sentence (and one quote).
            joint = "\n" if _runs_on(parts[-1], page.text) else "\n\n"
            parts.append(joint)
            offset += len(joint)
        starts.append(offset)
        parts.append(page.text)
        offset += len(page.text)
    return "".join(parts), starts


def _runs_on(page: str, next_page: str) -> bool:
    last = page.rstrip().rsplit("\n", 1)[-1]
    first = next_page.lstrip().split("\n", 1)[0]
    if not last or not first or _SENTENCE_END.search(last):
        return False
    if CONTINUES.match(first):
        return True
    # An acronym or a name can go on with the sentence too ("... au format" / "CSV sous 30 jours");
    # a short last line is more likely a table cell than a sentence.
    return (len(last.split()) >= 5 and bool(_ENDS_MID_PHRASE.search(last))
            and not _BULLET.match(first) and parse_heading(first) is None)


def _page_at(page_starts: list[int], offset: int) -> int:
    return bisect.bisect_right(page_starts, max(offset, 0))


def _section_title(section: _Section) -> str:
    if section.heading and section.heading.title:
        return section.heading.title
    # A numbered paragraph without its own title belongs to the nearest titled parent.
    return next((t for t in reversed(section.titles) if t), "")


def _kind(section: _Section, text: str) -> str:
    if section.kind != BODY:
        return section.kind
    if any(is_definitions_title(t) for t in section.titles if t) or looks_like_definitions(text):
        return DEFINITIONS
    return BODY


def _regions(lines: list[str], control_lines: int) -> dict[int, Region]:
    """Tables of contents and document-control blocks, by their first line."""
    found = toc_regions(lines)
    taken = {i for r in found for i in range(r.first, r.last + 1)}
    for region in document_control_regions(lines, control_lines):
        if not taken.intersection(range(region.first, region.last + 1)):
            found.append(region)
    return {r.first: r for r in found}


def _sections(text: str, control_end: int) -> list[_Section]:
    lines = text.split("\n")
    regions = _regions(lines, min(_CONTROL_LINES, text.count("\n", 0, control_end) + 1))
    sections = [_Section(None, (), (), 0)]
    stack: list[Heading] = []
    offset = 0
    inside: Region | None = None
    for i, line in enumerate(lines):
        if inside is not None and i > inside.last:
            # Back to the contract: the text goes on under the heading that was open.
            inside = None
            sections[-1].end = offset
            sections.append(_Section(stack[-1] if stack else None,
                                     tuple(h.label for h in stack), tuple(h.title for h in stack),
                                     offset, body_start=offset, resumed=True))
        if i in regions:
            inside = regions[i]
            sections[-1].end = offset
            sections.append(_Section(None, (), (), offset, body_start=offset, kind=inside.kind))
        if inside is not None or is_toc_entry(line):
            # No heading inside a table of contents or a version table ("1.2 12/03/2024 ...").
            offset += len(line) + 1
            continue
        next_line = next((ln for ln in lines[i + 1:i + 3] if ln.strip()), "")
        heading = parse_heading(line, next_line)
        if heading is not None:
            while stack and stack[-1].level >= heading.level:
                stack.pop()
            stack.append(heading)
            sections[-1].end = offset
            body_start = offset + len(line) - len(heading.inline_body) if heading.inline_body \
                else offset + len(line) + 1
            sections.append(_Section(heading, tuple(h.label for h in stack),
                                     tuple(h.title for h in stack), offset,
                                     body_start=body_start))
        offset += len(line) + 1
    sections[-1].end = len(text)
    # A title that sat on the next line belongs to the heading, not to the body.
    for s in sections:
        if s.heading and s.heading.title and not s.heading.inline_body and not s.resumed:
            rest = text[s.body_start:s.end]
            first = rest.lstrip("\n").split("\n", 1)[0]
            if first.strip() == s.heading.title:
                s.body_start += rest.index(first) + len(first)
    return [s for s in sections if s.end > s.body_start]
