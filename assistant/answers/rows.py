"""Reads a time from a table of service levels: the row of the severity asked, the column asked."""
from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis.numbers import Quantity

_SEVERITY = re.compile(
    r"\b(bloqu\w*|critiq\w*|(?<!force )majeur\w*|mineur\w*|urgen\w*|haute?s?|moyen\w*|bass\w*|"
    r"faibles?|eleve\w*|normal\w*|critical|high|medium|low|major|minor|blocking|"
    r"p ?[1-5]|priorit\w* ?[1-5]|severit\w* ?[1-5]|sev ?[1-5]|niveau ?[1-5]|level ?[1-5])\b")
_RESPONSE = re.compile(r"intervention|intervenir|prise en charge|prise en compte|reponse|"
                       r"respon\w*|acknowledg\w*|"
                       r"\bgti\b|accuse de reception")
_RESOLUTION = re.compile(r"resolution|resolu\w*|retablissement|retabli\w*|correction|corrig\w*|"
                         r"contournement|restor\w*|resolv\w*|\bfix\w*|\bgtr\b|remise en service")


def _severity_key(word: str) -> str:
    """"bloquants", "Bloquant" -> "bloqu"; "priorité 1", "P1" -> "p1"."""
    digits = re.findall(r"\d", word)
    return f"p{digits[0]}" if digits else word[:5]


def row_figure(text: str, quantities: Sequence[Quantity], question: str) -> Quantity | None:
    """In a table of times (folded `text`), the time on the row of the severity the (folded)
    question names, in the column it asks for (response or resolution); None when the question
    names no severity that the text has."""
    asked = {_severity_key(m.group(0)) for m in _SEVERITY.finditer(question)}
    rows = list(_SEVERITY.finditer(text))
    starts = [m for m in rows if _severity_key(m.group(0)) in asked]
    if not asked or not starts:
        return None
    for start in starts:
        following = [m.start() for m in rows if m.start() > start.end()]
        end = following[0] if following else len(text)
        line_end = text.find("\n", start.end())
        line_end = len(text) if line_end < 0 else line_end
        if text.count("|", text.rfind("\n", 0, start.start()) + 1, line_end) >= 2:
            # A row of a "|" table is its whole line: a severity word in its definition cell
            # ("dégradation majeure") does not start another row.
            end = line_end
        row = [q for q in quantities if start.end() <= q.start < end]
        if row:
            return _column(text, rows[0].start(), row, start.end(), question)
    return None


def _column(text: str, header_end: int, row: list[Quantity], row_start: int,
            question: str) -> Quantity:
    named = _named_cell(text, header_end, row, row_start, question)
    if named is not None:
        return named
    wants_resolution = bool(_RESOLUTION.search(question))
    wants_response = bool(_RESPONSE.search(question))
    if wants_resolution == wants_response:
        return row[0]
    wanted = _RESOLUTION if wants_resolution else _RESPONSE
    other = _RESPONSE if wants_resolution else _RESOLUTION
    # Written in the row itself: "intervention 1 h, résolution 4 h".
    for quantity in row:
        if wanted.search(text[max(row_start, quantity.start - 30):quantity.start]):
            return quantity
    # Else the header's order of columns: "Priorité | Prise en charge | Résolution".
    header = text[:header_end]
    mine, theirs = list(wanted.finditer(header)), list(other.finditer(header))
    if mine and theirs and len(row) > 1:
        return row[1] if mine[-1].start() > theirs[-1].start() else row[0]
    return row[0]


def _named_cell(text: str, header_end: int, row: list[Quantity], row_start: int,
                question: str) -> Quantity | None:
    """In a table written with "|", the figure under the one header cell that holds a word of
    the question: "Correction définitive" among "Prise en charge | Contournement | Correction"."""
    header = next((line for line in reversed(text[:header_end].splitlines())
                   if line.count("|") >= 3 and re.search(r"[a-z]", line)), None)
    if header is None:
        return None
    cells = [set(re.findall(r"[a-z]{4,}", cell)) for cell in header.strip().strip("|").split("|")]
    asked = set(re.findall(r"[a-z]{4,}", question))
    line_start = text.rfind("\n", 0, row_start) + 1
    # Index of each figure's cell: the "|" standing before it on its row.
    by_cell = {text.count("|", line_start, q.start) - (1 if text[line_start:].lstrip()
                                                          .startswith("|") else 0): q
               for q in reversed(row)}
    shared = [(len(cells[i] & asked), i) for i in by_cell if i < len(cells) and cells[i] & asked]
    if not shared:
        return None
    best = max(shared)
    if sum(1 for count, _ in shared if count == best[0]) > 1:
        return None
    return by_cell[best[1]]
