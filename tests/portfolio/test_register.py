"""The register of information: its documented columns, values, and blanks where unknown."""
from __future__ import annotations

import csv
import io
import re

from assistant.portfolio.register import REGISTER_COLUMNS, to_register_csv

from ..conftest import REPO
from .fixtures import checked_row, failed_row


def _records(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_register_columns_values_and_blank_cells_where_the_contract_is_silent():
    good, bad = _records(to_register_csv([checked_row(), failed_row()]))
    assert list(good) == list(REGISTER_COLUMNS)
    assert good["financial_entity"] == "Mutuelle du Rhône"
    assert good["ict_third_party_provider"] == "Opale Services"
    assert good["start_date"] == "2025-03-01"
    assert good["notice_period_financial_entity"] == "3 mois"
    assert (good["governing_law"], good["governing_law_country"]) == ("France", "FR")
    assert good["country_of_data_storage"] == "FR"
    assert good["exit_plan_or_reversibility"] == "absent"
    # What the contract does not say stays blank: never guessed from other columns.
    for unknown in ("contract_reference", "end_date", "renewal", "notice_period_provider",
                    "country_of_service_provision", "subcontracting_allowed", "ict_services"):
        assert good[unknown] == "", unknown
    assert bad["error"].startswith("abime.pdf") and bad["contract_files"] == "/partage/abime.pdf"
    assert all(bad[c] == "" for c in REGISTER_COLUMNS
               if c not in ("contract_files", "sha256", "error"))


def test_every_register_column_is_documented_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z0-9_]+)` \|", readme, re.MULTILINE))
    assert set(REGISTER_COLUMNS) <= documented, set(REGISTER_COLUMNS) - documented
