"""Rows made by hand for the tests of the table, the register and the cache (logic only)."""
from __future__ import annotations

from assistant.portfolio.rows import Cell, ContractRow, ItemResult, Quote

QUOTE = Quote(3, "Article 6 – Durée", "Le contrat prend effet le 1er mars 2025 pour trois ans.")


def checked_row(name: str = "contrat-a.pdf", assessment: str = "") -> ContractRow:
    items = {
        "duration": ItemResult("Durée", "required", "present", assessment, (QUOTE,)),
        "reversibility": ItemResult("Réversibilité", "required", "absent",
                                    "not_assessed" if assessment else ""),
        "audit": ItemResult("Audit", "recommended", "partial", assessment),
    }
    values = {"client": Cell("Mutuelle du Rhône", (Quote(1, "", "La Mutuelle du Rhône, ..."),)),
              "provider": Cell("Opale Services", (Quote(1, "", "Opale Services, SAS"),)),
              "start_date": Cell("2025-03-01", (QUOTE,)),
              "term": Cell("3 ans", (QUOTE,)),
              "notice_client": Cell("3 mois", (QUOTE,)),
              "governing_law": Cell("France", (QUOTE,)),
              "governing_law_country": Cell("FR", (QUOTE,)),
              "hosting_place": Cell("=SUM(A1:A9)", (QUOTE,)),  # hostile text stays text
              "hosting_countries": Cell("FR", (QUOTE,))}
    return ContractRow(name, (f"/partage/{name}",), ("ab" * 32,), "fr", 12, 72.25,
                       "infogerance 1.0", items, values)


def failed_row(name: str = "abime.pdf") -> ContractRow:
    return ContractRow(name, (f"/partage/{name}",),
                       error=f"{name}: the PDF is damaged or truncated and cannot be read")
