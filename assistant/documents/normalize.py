"""Text clean-up shared by every reader: Unicode, hyphenation, spaces, running headers, footers."""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

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


# A page number inside a longer line: "Page 3", "p. 3", "3/12".
_PAGE_MARK = re.compile(r"\bpage\s*\d|\bp\.\s*\d|\d+\s*/\s*\d+", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")
# A line that only numbers its page: "12", "- 12 -", "Page 3 sur 12", "3/12", "p. 4", "[5]".
_PAGE_NUMBER_LINE = re.compile(
    r"^[\W_]*(?:(?:page|p\.?)\s*)?\d{1,4}(?:\s*(?:/|sur|of|de|on)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE)
_PAGE_OF = re.compile(r"\bpage\s*(\d{1,4})(?:\s*(?:/|sur|of|de|on)\s*\d{1,4})?\b|"
                      r"^\s*(\d{1,4})\s*/\s*\d{1,4}\s*$", re.IGNORECASE)
_PLAIN_NUMBER = re.compile(r"^\d{1,4}[.)]?$")  # "12" or "12.": a page number, or an article's
# A line that begins in lower case goes on from the line before (shared with chunking).
CONTINUES = re.compile(r"^\s*[a-zà-öø-ÿ]")
_SEPARATED = re.compile(r"\s[-–—|•:/]\s|\|")  # how running lines set their parts apart
_FUZZY_PREFIX = 16  # characters of a running line's key that must match exactly...
_FUZZY_RATIO = 0.8  # ...and how alike the whole line must be,
_FUZZY_SHARED = 0.6  # or how much of it the common start must cover


def _line_key(line: str) -> str:
    # Page numbers change from page to page: "Page 3/12" and "Page 4/12" are the same footer.
    # Other lines must repeat exactly, or "Article 5 – ..." and "Article 6 – ..." would merge.
    line = line.strip().lower()
    return _DIGITS.sub("#", line) if _PAGE_MARK.search(line) else line


def _edge_key(line: str) -> str:
    """A page-edge line with its numbers and punctuation ignored: a running header or footer
    keeps its words from page to page while its page number, date or spacing change."""
    return _NOT_WORD.sub("", _DIGITS.sub("0", line.lower()))


def _edge_indexes(lines: list[str], edge: int) -> list[int]:
    non_blank = [i for i, ln in enumerate(lines) if ln.strip()]
    return sorted(set(non_blank[:edge] + non_blank[-edge:]))


def strip_running_lines(pages: list[str], edge: int = 4) -> list[str]:
    """Remove header/footer lines that recur on most pages (sought among each page's first and
    last `edge` lines), even when their page number, date or a few words vary."""
    return [page.strip() for page in _without_running_lines(pages, edge)]


def _without_running_lines(pages: list[str], edge: int) -> list[str]:
    if len(pages) < 2:
        return pages
    if len(pages) == 2:
        edge = min(edge, 2)  # two pages give little evidence: only the outermost lines
    split = [page.split("\n") for page in pages]
    edge_keys: list[dict[int, str]] = []
    seen: dict[str, dict[int, str]] = {}  # key -> page index -> the line as printed there
    prose: set[str] = set()
    for number, lines in enumerate(split):
        page_keys = {i: _edge_key(lines[i]) for i in _edge_indexes(lines, edge)}
        edge_keys.append(page_keys)
        for i, key in page_keys.items():
            if key:
                seen.setdefault(key, {}).setdefault(number, lines[i].strip())
            if (CONTINUES.match(next((ln for ln in lines[i + 1:i + 2] if ln.strip()), ""))
                    and not _SEPARATED.search(lines[i])):
                prose.add(key)  # a sentence that goes on below, not "Contrat – Chapitre 2"
    # On two pages a line must repeat on both; on more, on at least half (and three) of them.
    threshold = 2 if len(pages) == 2 else max(3, int(len(pages) * 0.5))
    running = _running_keys(seen, threshold, prose)
    if not running:
        return pages
    cleaned = []
    for lines, page_keys in zip(split, edge_keys, strict=True):
        kept = [ln for i, ln in enumerate(lines) if page_keys.get(i) not in running]
        cleaned.append("\n".join(kept))
    return cleaned


def _running_keys(seen: dict[str, dict[int, str]], threshold: int, prose: set[str]) -> set[str]:
    running = {key for key, on in seen.items()
               if len(on) >= threshold and _repeats_or_counts_pages(on, threshold)
               and (_repeats(on, threshold) or not _content_line(key, on, prose))}
    # Lines that vary by more than numbers ("ACME – Contrat d'infogérance – Chapitre 2 : Prix"
    # on one page, "... Chapitre 3 : Audit" on the next): grouped by their start, kept when
    # nearly alike. Prose (a line ending a sentence, or going on below) is never one of them.
    groups: dict[str, list[str]] = {}
    for key, on in seen.items():
        if (key not in running and key not in prose and len(key) >= 2 * _FUZZY_PREFIX
                and not any(line.endswith(".") for line in on.values())):
            groups.setdefault(key[:_FUZZY_PREFIX], []).append(key)
    for members in groups.values():
        if len(members) < 2 or sum(len(seen[k]) for k in members) < threshold:
            continue
        model = max(members, key=lambda k: len(seen[k]))
        alike = [k for k in members if _alike(model, k)]
        if len({page for k in alike for page in seen[k]}) >= threshold:
            running.update(alike)
    return running


def _repeats(on: dict[int, str], threshold: int) -> bool:
    return Counter(on.values()).most_common(1)[0][1] >= threshold


def _content_line(key: str, on: dict[int, str], prose: set[str]) -> bool:
    """A line whose only change is a number that happens to follow the pages, but which reads as
    contract content: a sentence going on below, or a heading ("Article 7 – ..." on page 7)."""
    from .structure import parse_heading

    sample = next(iter(on.values()))
    if _PAGE_MARK.search(sample):
        return False
    return key in prose or parse_heading(sample) is not None


def _alike(a: str, b: str) -> bool:
    """Nearly the same line, or the same long start with a different end (a chapter name)."""
    shortest = min(len(a), len(b))
    shared = next((i for i in range(shortest) if a[i] != b[i]), shortest)
    return (shared >= _FUZZY_SHARED * max(len(a), len(b))
            or SequenceMatcher(None, a, b).ratio() >= _FUZZY_RATIO)


def _repeats_or_counts_pages(on: dict[int, str], threshold: int) -> bool:
    """The same line on enough pages, or lines whose differing numbers follow the pages
    ("Page 3 / 12", "Page 4 / 12"): two clauses alike but for their numbers are not."""
    if Counter(on.values()).most_common(1)[0][1] >= threshold:
        return True
    rows = [(page, [int(n) for n in _DIGITS.findall(line)]) for page, line in on.items()]
    if len({len(numbers) for _, numbers in rows}) != 1:
        return False
    for column in zip(*(numbers for _, numbers in rows), strict=True):
        if len(set(column)) > 1:
            offsets = Counter(value - page for value, (page, _) in zip(column, rows, strict=True))
            if offsets.most_common(1)[0][1] < 0.8 * len(rows):
                return False
    return True


def strip_repeated_lines(text: str, min_repeats: int = 3, min_length: int = 25) -> str:
    """Drop running lines from one-page text (a PDF flattened to plain text, a long export).

    Page-number lines ("- 6 -", "Page 6 sur 38") that count up through the text show where its
    pages were: they are removed, and the lines around them that recur at those page breaks
    (the rest of the header or footer) too. Long lines repeated verbatim many times go as well.
    """
    pages = _pages_from_numbers(text)
    if len(pages) >= 3:
        text = _MANY_BLANK_LINES.sub("\n\n", "\n".join(_without_running_lines(pages, 4))).strip()
    counts = Counter(_line_key(ln) for ln in text.split("\n") if len(ln.strip()) >= min_length)
    repeated = {key for key, n in counts.items() if n >= min_repeats}
    if not repeated:
        return text
    return "\n".join(ln for ln in text.split("\n") if _line_key(ln) not in repeated)


def _pages_from_numbers(text: str, min_pages: int = 3, min_lines_per_page: int = 12) -> list[str]:
    """Cut a flattened text after each of its page-number lines, when they count up steadily
    and sit a page apart (a list numbered 1, 2, 3 on consecutive lines is not a page run)."""
    lines = text.split("\n")
    runs: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if len(stripped) > 120:
            continue
        number = _page_number(stripped)
        if number is not None:
            plain = bool(_PLAIN_NUMBER.match(stripped))
            runs.setdefault(("plain" if plain else "", _edge_key(stripped)), []).append(
                (i, number))
    best: list[int] = []
    for (plain, _), marks in runs.items():
        cuts = _counting_up(marks, min_lines_per_page)
        if plain and not _evenly_spaced(cuts):
            continue  # "1." "2." alone on their lines may number articles, not pages
        if len(cuts) > len(best):
            best = cuts
    if len(best) < min_pages - 1:
        return [text]
    pages, start = [], 0
    for cut in best:
        pages.append("\n".join(lines[start:cut + 1]))
        start = cut + 1
    pages.append("\n".join(lines[start:]))
    return pages


def _page_number(line: str) -> int | None:
    if _PAGE_NUMBER_LINE.match(line):
        return int(_DIGITS.search(line).group(0))
    match = _PAGE_OF.search(line)
    if match:
        return int(match.group(1) or match.group(2))
    return None


def _evenly_spaced(cuts: list[int], min_marks: int = 4, min_lines: int = 25) -> bool:
    """Pages hold about as many lines as one another; articles are short and long."""
    gaps = [b - a for a, b in itertools.pairwise(cuts)]
    if len(cuts) < min_marks or min(gaps) < min_lines:
        return False
    return max(gaps) <= 2.5 * min(gaps)


def _counting_up(marks: list[tuple[int, int]], min_gap: int) -> list[int]:
    """Line indexes of the marks that follow one another as pages do: each number one more
    than the last kept (a page without its number may be skipped), at least a page of lines
    apart."""
    kept: list[tuple[int, int]] = []
    for index, number in marks:
        if not kept:
            kept.append((index, number))
            continue
        last_index, last_number = kept[-1]
        if 1 <= number - last_number <= 2 and index - last_index >= min_gap:
            kept.append((index, number))
        elif len(kept) == 1 and index - last_index >= min_gap:
            kept[0] = (index, number)  # the first mark was a stray number; start again here
    return [index for index, _ in kept] if len(kept) >= 2 else []
