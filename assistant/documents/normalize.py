"""Text clean-up shared by every reader: Unicode, hyphenation, spaces, running headers, footers."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

_SOFT_HYPHEN = "\u00ad"
# A word cut by a hyphen at a line end ("sous-trai-\ntance"); lower-case continuation only, so
# real compounds split before a capital ("Jean-\nPierre") are left alone.
_HYPHENATED_BREAK = re.compile(r"(\w)-\n[ \t]*([a-zà-öø-ÿ])")
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2007]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_DIGITS = re.compile(r"\d+")
# Plain-text exports often flatten a heading and its body onto one line with wide gaps:
# "21.  GOVERNING LAW   This Agreement..." - the gap is the only trace of the line break.
_FLATTENED_HEADING = re.compile(
    r"(?<=\S)[ \t]{3,}"
    r"(?=(?:\d{1,2}(?:\.\d{1,2})*\.?|ARTICLE|Article|SECTION|Section)[ \t]+[A-Z]{2})")
_HEADING_THEN_BODY = re.compile(
    r"^([ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|ARTICLE \w+|SECTION \w+)[ \t]+"
    r"[A-Z][A-Z0-9&,'/ \t-]{2,80}?)[ \t]{3,}(?=\S)", re.MULTILINE)
_LIGATURES = {"\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl"}


def normalize_text(text: str) -> str:
    """NFC text with soft hyphens, line-end hyphenation, ligatures and stray spacing removed."""
    text = unicodedata.normalize("NFC", text)
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    text = text.replace(_SOFT_HYPHEN, "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "")
    text = _FLATTENED_HEADING.sub("\n", text)
    text = _HEADING_THEN_BODY.sub("\\1\n", text)
    text = _HYPHENATED_BREAK.sub(r"\1\2", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


_PAGE_MARK = re.compile(r"\bpage\b|\bp\.\s*\d|\d+\s*/\s*\d+|^\W*\d+\W*$", re.IGNORECASE)


def _line_key(line: str) -> str:
    # Page numbers change from page to page: "Page 3/12" and "Page 4/12" are the same footer.
    # Other lines must repeat exactly, or "Article 5 – ..." and "Article 6 – ..." would merge.
    line = line.strip().lower()
    if len(line) <= 40 or _PAGE_MARK.search(line):
        return _DIGITS.sub("#", line)
    return line


def strip_running_lines(pages: list[str], edge: int = 2) -> list[str]:
    """Remove header/footer lines repeated on most pages (sought among each page's edge lines)."""
    if len(pages) < 2:
        return pages
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [ln for ln in page.split("\n") if ln.strip()]
        candidates = {_line_key(ln) for ln in lines[:edge] + lines[-edge:]}
        counts.update(candidates)
    # On two pages a line must repeat on both; on more, on at least half (and three) of them.
    threshold = 2 if len(pages) == 2 else max(3, int(len(pages) * 0.5))
    repeated = {key for key, n in counts.items() if n >= threshold and key.strip("# ")}
    if not repeated:
        return pages
    cleaned = []
    for page in pages:
        lines = page.split("\n")
        non_blank = [i for i, ln in enumerate(lines) if ln.strip()]
        edges = set(non_blank[:edge] + non_blank[-edge:])
        kept = [ln for i, ln in enumerate(lines) if not (i in edges and _line_key(ln) in repeated)]
        cleaned.append("\n".join(kept).strip())
    return cleaned


def strip_repeated_lines(text: str, min_repeats: int = 3, min_length: int = 25) -> str:
    """Drop long lines repeated verbatim many times in one-page text (headers of a flat export)."""
    counts = Counter(_line_key(ln) for ln in text.split("\n") if len(ln.strip()) >= min_length)
    repeated = {key for key, n in counts.items() if n >= min_repeats}
    if not repeated:
        return text
    return "\n".join(ln for ln in text.split("\n") if _line_key(ln) not in repeated)
