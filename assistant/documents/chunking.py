"""Cuts a parsed document into passages that follow its own structure and know their pages."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from assistant.models import Chunk, ParsedDocument

from .structure import Heading, parse_heading

# Paragraph, line, then sentence boundaries: a clause is only cut mid-sentence when one sentence
# alone is longer than a chunk.
_SEPARATORS = ["\n\n", "\n", ". ", "; ", ", ", " "]
_MIN_CHUNK_CHARS = 12


@dataclass
class _Section:
    heading: Heading | None
    path: tuple[str, ...]
    titles: tuple[str, ...]
    start: int
    end: int = 0
    body_start: int = 0
    lines: list[str] = field(default_factory=list)


def chunk_document(doc: ParsedDocument, chunk_size: int = 1200,
                   chunk_overlap: int = 150) -> list[Chunk]:
    """Passages in document order, each with its section number, title, heading path and pages."""
    text, page_starts = _joined_text(doc)
    # langchain is heavy to import: only indexing pays for it, not a listing.
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap,
                                              separators=_SEPARATORS, keep_separator="end",
                                              add_start_index=True, strip_whitespace=False)
    chunks: list[Chunk] = []
    for section in _sections(text):
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
                heading_path=section.path))
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """What gets embedded: the heading path gives short passages their topic."""
    if chunk.heading_path:
        return " > ".join(chunk.heading_path) + "\n" + chunk.text
    return chunk.text


def _joined_text(doc: ParsedDocument) -> tuple[str, list[int]]:
    starts, parts, offset = [], [], 0
    for page in doc.pages:
        starts.append(offset)
        parts.append(page.text)
        offset += len(page.text) + 2
    return "\n\n".join(parts), starts


def _page_at(page_starts: list[int], offset: int) -> int:
    return bisect.bisect_right(page_starts, max(offset, 0))


def _section_title(section: _Section) -> str:
    if section.heading and section.heading.title:
        return section.heading.title
    # A numbered paragraph without its own title belongs to the nearest titled parent.
    return next((t for t in reversed(section.titles) if t), "")


def _sections(text: str) -> list[_Section]:
    lines = text.split("\n")
    sections = [_Section(None, (), (), 0)]
    stack: list[Heading] = []
    offset = 0
    for i, line in enumerate(lines):
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
        if s.heading and s.heading.title and not s.heading.inline_body:
            rest = text[s.body_start:s.end]
            first = rest.lstrip("\n").split("\n", 1)[0]
            if first.strip() == s.heading.title:
                s.body_start += rest.index(first) + len(first)
    return [s for s in sections if s.end > s.body_start]
