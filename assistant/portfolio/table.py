"""The portfolio table written out: CSV, XLSX (the same cells, with each value's quote as a
comment) and JSON (every value and status with its quotes)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from .rows import VALUE_COLUMNS, ContractRow

IDENTITY_COLUMNS = ("contract", "files", "sha256", "language", "pages", "score",
                    "missing_required")
MEDIA_TYPES = {"csv": "text/csv",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "json": "application/json"}
_STATUS_FILLS = {"present": "D5EFDB", "partial": "FCE5C8", "absent": "F6D0D0"}
_LEVEL_FILLS = {"adequate": "D5EFDB", "weak": "FCE5C8", "restrictive": "F6D0D0"}


def item_ids(rows: Sequence[ContractRow]) -> list[str]:
    """Item ids in playbook order (every row of a run uses one playbook)."""
    ids: dict[str, None] = {}
    for row in rows:
        ids.update(dict.fromkeys(row.items))
    return list(ids)


def has_assessments(rows: Sequence[ContractRow]) -> bool:
    return any(r.assessment for row in rows for r in row.items.values())


def header(rows: Sequence[ContractRow]) -> list[str]:
    ids = item_ids(rows)
    columns = [*IDENTITY_COLUMNS, *(f"status_{i}" for i in ids)]
    if has_assessments(rows):
        columns += [f"assessment_{i}" for i in ids]
    return [*columns, *VALUE_COLUMNS, "error"]


def cells(row: ContractRow, columns: Sequence[str]) -> list[str | int | float]:
    """A row's cells for the given columns: numbers as numbers, blank when not stated."""
    out: list[str | int | float] = []
    for column in columns:
        if column.startswith("status_"):
            item = row.items.get(column.removeprefix("status_"))
            out.append(item.status if item else "")
        elif column.startswith("assessment_"):
            item = row.items.get(column.removeprefix("assessment_"))
            out.append(item.assessment if item else "")
        elif column == "files":
            out.append("; ".join(row.files))
        elif column == "sha256":
            out.append("; ".join(row.sha256))
        elif column == "missing_required":
            out.append("; ".join(row.missing_required))
        elif column == "pages":
            out.append(row.pages if not row.error else "")
        elif column == "score":
            out.append(_number(row.score))
        elif column in ("contract", "language", "error"):
            out.append(getattr(row, column))
        else:
            out.append(row.value(column))
    return out


def _number(value: float | None) -> int | float | str:
    # 100.0 is written 100, as a spreadsheet gives it back: the CSV and the XLSX cells agree.
    if value is None:
        return ""
    value = round(value, 1)
    return int(value) if value == int(value) else value


def to_csv(rows: Sequence[ContractRow]) -> str:
    columns = header(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(cells(row, columns))
    return out.getvalue()


def to_json(rows: Sequence[ContractRow]) -> str:
    return json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=1) + "\n"


def to_xlsx(rows: Sequence[ContractRow]) -> bytes:
    """One sheet with the CSV's cells; statuses tinted, each value's quotes in a comment."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    columns = header(rows)
    book = Workbook()
    sheet = book.active
    sheet.title = "Portfolio"
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for col, (column, value) in enumerate(zip(columns, cells(row, columns), strict=True), 1):
            cell = sheet.cell(number, col, value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # a value read from a contract is never a formula
            fill = _fill(column, value)
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
            quote = _comment(row, column)
            if quote:
                cell.comment = Comment(quote, "contract-assistant", width=420, height=160)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.column_dimensions["A"].width = 34
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(column: str, value: object) -> str:
    if column.startswith("status_"):
        return _STATUS_FILLS.get(str(value), "")
    if column.startswith("assessment_"):
        return _LEVEL_FILLS.get(str(value), "")
    return ""


def _comment(row: ContractRow, column: str) -> str:
    """The quotes a cell rests on: "p. 3, Article 6 – Durée: « ... »"."""
    if column.startswith("status_"):
        item = row.items.get(column.removeprefix("status_"))
        quotes = item.quotes if item else ()
    else:
        cell = row.values.get(column)
        quotes = cell.quotes if cell else ()
    parts = []
    for q in quotes:
        where = ", ".join(x for x in (f"p. {q.page}" if q.page else "", q.section) if x)
        parts.append(f"{where}: « {q.text} »" if where else f"« {q.text} »")
    return "\n\n".join(parts)[:2000]


FORMATS = ("csv", "xlsx", "json", "register")
SUFFIXES = {".csv": "csv", ".xlsx": "xlsx", ".json": "json"}


def render(rows: Sequence[ContractRow], fmt: str) -> bytes:
    """The table in one of FORMATS; CSV files start with a BOM so spreadsheets read UTF-8."""
    from .register import to_register_csv

    match fmt:
        case "csv":
            return to_csv(rows).encode("utf-8-sig")
        case "register":
            return to_register_csv(rows).encode("utf-8-sig")
        case "xlsx":
            return to_xlsx(rows)
        case "json":
            return to_json(rows).encode("utf-8")
    raise ValueError(f"unknown portfolio format {fmt!r}")
