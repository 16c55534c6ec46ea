"""The portfolio as a register of information (DORA art. 28(3)): one CSV row per contract with
the fields of the register a contract itself can give, blank where it does not say."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence

from .rows import ContractRow

_EXIT_ITEMS = ("reversibility", "exit_strategy")  # infogerance, dora-art30


def _value(column: str) -> Callable[[ContractRow], str]:
    return lambda row: row.value(column)


def _exit_status(row: ContractRow) -> str:
    item = next((row.items[i] for i in _EXIT_ITEMS if i in row.items), None)
    return item.status if item else ""


# (column, how the row gives it, what it holds). The README documents each field in a table.
REGISTER_FIELDS: tuple[tuple[str, Callable[[ContractRow], str], str], ...] = (
    ("contract_reference", _value("reference"),
     "the reference printed on the contract (\"Contrat n° 2024-INF-017\")"),
    ("contract_files", lambda row: "; ".join(row.files), "the file(s) read as this contract"),
    ("sha256", lambda row: "; ".join(row.sha256), "content hash of each file"),
    ("financial_entity", _value("client"), "the client party, as named in the contract"),
    ("ict_third_party_provider", _value("provider"), "the provider party, as named"),
    ("ict_services", _value("services"), "the contract's own description of the services"),
    ("start_date", _value("start_date"), "date the contract or the services start (ISO 8601)"),
    ("end_date", _value("end_date"), "end date, only when the contract states one"),
    ("initial_term", _value("term"), "the term, when stated as a duration"),
    ("renewal", _value("renewal"), "renewal period"),
    ("notice_period_financial_entity", _value("notice_client"),
     "notice the client must give to terminate or stop a renewal"),
    ("notice_period_provider", _value("notice_provider"),
     "notice the provider must give to terminate or stop a renewal"),
    ("governing_law", _value("governing_law"), "the law chosen, as stated"),
    ("governing_law_country", _value("governing_law_country"),
     "ISO 3166 code of that law's country"),
    ("country_of_service_provision", _value("service_countries"),
     "ISO codes of the countries the services are performed from"),
    ("country_of_data_storage", _value("hosting_countries"),
     "ISO codes (or EU / EEA) where the data are stored"),
    ("data_storage_location", _value("hosting_place"), "the hosting place, as stated"),
    ("exit_plan_or_reversibility", _exit_status,
     "the checklist's status of the reversibility (or exit strategy) clause"),
    ("reversibility_period", _value("reversibility_period"), "the transition period"),
    ("subcontracting_allowed", _value("subcontracting"),
     "with prior consent / after informing the client / not allowed / allowed"),
    ("error", lambda row: row.error, "why the contract could not be read"),
)
REGISTER_COLUMNS: tuple[str, ...] = tuple(name for name, _, _ in REGISTER_FIELDS)


def to_register_csv(rows: Sequence[ContractRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REGISTER_COLUMNS)
    for row in rows:
        # A contract that could not be read says nothing: only its identity and its error.
        keep = {"contract_files", "sha256", "error"} if row.error else None
        writer.writerow([read(row) if keep is None or name in keep else ""
                         for name, read, _ in REGISTER_FIELDS])
    return out.getvalue()
