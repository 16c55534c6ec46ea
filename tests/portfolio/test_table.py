"""The table's formats: CSV and XLSX hold the same cells; JSON keeps every quote."""
from __future__ import annotations

import csv
import io
import json

from assistant.portfolio.rows import VALUE_COLUMNS, ContractRow
from assistant.portfolio.table import header, render, to_csv, to_json, to_xlsx

from .fixtures import checked_row, failed_row


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).active
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def test_csv_has_identity_statuses_values_and_the_error():
    rows = _csv(to_csv([checked_row(), failed_row()]))
    head, good, bad = rows
    assert head[:7] == ["contract", "files", "sha256", "language", "pages", "score",
                        "missing_required"]
    assert head[7:10] == ["status_duration", "status_reversibility", "status_audit"]
    assert head[10:-1] == list(VALUE_COLUMNS) and head[-1] == "error"
    record = dict(zip(head, good, strict=True))
    assert record["score"] == "72.2"  # one decimal, rounded half to even
    assert record["missing_required"] == "reversibility"
    assert (record["status_duration"], record["status_audit"]) == ("present", "partial")
    assert (record["client"], record["start_date"], record["term"]) == (
        "Mutuelle du Rhône", "2025-03-01", "3 ans")
    assert record["renewal"] == "" and record["error"] == ""  # not stated: blank, not guessed
    failed = dict(zip(head, bad, strict=True))
    assert failed["error"].startswith("abime.pdf: the PDF is damaged")
    assert failed["status_duration"] == failed["pages"] == failed["score"] == ""


def test_assessment_columns_appear_only_when_the_checklist_gives_levels():
    assert not any(c.startswith("assessment_") for c in header([checked_row()]))
    assessed = header([checked_row(assessment="adequate"), failed_row()])
    assert [c for c in assessed if c.startswith("assessment_")] == [
        "assessment_duration", "assessment_reversibility", "assessment_audit"]


def test_xlsx_has_the_same_cells_as_the_csv_and_quotes_as_comments():
    from openpyxl import load_workbook

    rows = [checked_row(assessment="weak"), failed_row(), checked_row("contrat-b.pdf")]
    data = to_xlsx(rows)
    assert _xlsx(data) == _csv(to_csv(rows))
    sheet = load_workbook(io.BytesIO(data)).active
    columns = [c.value for c in sheet[1]]
    start = sheet.cell(2, columns.index("start_date") + 1)
    assert "p. 3, Article 6 – Durée" in start.comment.text
    assert "1er mars 2025" in start.comment.text
    hosting = sheet.cell(2, columns.index("hosting_place") + 1)
    assert hosting.data_type == "s" and hosting.value == "=SUM(A1:A9)"


def test_json_round_trips_every_value_with_its_quotes():
    row = checked_row(assessment="restrictive")
    data = json.loads(to_json([row, failed_row()]))
    assert data[0]["values"]["start_date"] == {
        "value": "2025-03-01", "quotes": [{"page": 3, "section": "Article 6 – Durée",
                                           "text": row.values["start_date"].quotes[0].text}]}
    assert data[0]["items"]["duration"]["assessment"] == "restrictive"
    assert data[1]["error"].startswith("abime.pdf")
    assert ContractRow.from_json(data[0]) == row


def test_csv_files_start_with_a_bom_for_spreadsheets():
    assert render([checked_row()], "csv").startswith("\ufeffcontract,".encode())
    assert render([checked_row()], "register").startswith("\ufeffcontract_reference,".encode())
