"""A row made from a check report and the contract's passages (logic; the real pipeline is
tested in test_runs.py)."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.models import Assessment, CheckReport, Chunk, DocumentInfo, Evidence, Finding
from assistant.portfolio.rows import build_row

PASSAGES = [
    "Entre la Régie Numérique de Savoie, établissement public, (ci-après « le Client »), et la "
    "société Altitude Hébergement, SAS (ci-après « le Prestataire »).",
    "Le contrat est conclu pour une durée de trois ans à compter du 1er septembre 2025.",
    "Les données du Client sont hébergées dans le centre de données du Prestataire situé à "
    "Annecy (France). Le Prestataire ne peut sous-traiter qu'avec l'accord écrit préalable du "
    "Client.",
]


def _value(value: str, text: str, page: int = 2) -> dict:
    return {"value": value, "quantity": None, "unit": "", "page": page,
            "section": "Article 4 – Durée", "text": text}


REPORT_VALUES = {
    "term": [_value("3 ans", PASSAGES[1])],
    "notice": [
        _value("15 jours", "Le Client peut auditer le Prestataire avec un préavis de 15 jours."),
        _value("3 mois", "Le Client peut résilier le contrat avec un préavis de trois mois."),
        _value("6 mois", "Chaque partie peut s'opposer à la reconduction six mois avant "
                         "l'échéance."),
    ],
    "availability": [_value("99,9 %", "Disponibilité de 99,9 %."), _value("85 %", "85 %.")],
    "liability_cap": [_value("montant annuel\n  de la redevance", "Plafond : montant annuel.")],
    "governing_law": [_value("France", "Le contrat est soumis au droit français.")],
}


def _report(findings) -> CheckReport:
    doc = DocumentInfo("f" * 64, "savoie.pdf", 3, "fr", 3)
    return CheckReport(doc, "infogerance", "1.0", findings, 64.0,
                       reversibility={"values": {"transition_period": _value(
                           "4 mois", "Une période de transition de quatre mois.", 3)}},
                       values=REPORT_VALUES)


def _chunks() -> list[Chunk]:
    return [Chunk("f" * 64, i, text, page=i + 1, page_end=i + 1, section_title="Clause")
            for i, text in enumerate(PASSAGES)]


def _finding(item_id: str, status: str, severity: str = "required", **extra) -> Finding:
    evidence = (Evidence(1, "Article 1 – Objet", "Le Prestataire exploite le système."),) \
        if status != "absent" else ()
    return Finding(item_id, item_id.title(), status, 0.9, severity, evidence, **extra)


def test_key_values_come_from_the_report_and_the_passages_each_with_its_quote():
    row = build_row("savoie.pdf", ["/p/savoie.pdf"], ["f" * 64],
                    _report([_finding("services_scope", "present")]), _chunks())
    values = {k: c.value for k, c in row.values.items()}
    assert values["client"] == "Régie Numérique de Savoie"
    assert values["provider"] == "Altitude Hébergement"
    assert values["start_date"] == "2025-09-01"
    assert values["term"] == "3 ans"
    assert values["notice"] == "3 mois; 6 mois"  # the audit's notice is not the contract's
    assert values["notice_client"] == "3 mois; 6 mois"
    assert values["notice_provider"] == "6 mois"  # "chaque partie"
    assert values["availability"] == "99,9 %"
    assert values["liability_cap"] == "montant annuel de la redevance"
    assert values["reversibility_period"] == "4 mois"
    assert values["governing_law_country"] == "FR"
    assert values["hosting_place"] == "Annecy (France)"
    assert values["hosting_countries"] == "FR"
    assert values["subcontracting"] == "with prior consent"
    assert values["services"] == "Le Prestataire exploite le système."
    assert "renewal" not in values and "end_date" not in values  # not stated, not guessed
    assert all(cell.quotes and cell.quotes[0].text for cell in row.values.values())
    assert row.values["start_date"].quotes[0].page == 2


def test_statuses_assessment_levels_and_missing_required_items():
    findings = [_finding("duration", "present",
                         assessment=Assessment("weak")),
                _finding("reversibility", "absent"),
                _finding("audit", "absent", severity="recommended")]
    row = build_row("c.pdf", ["/p/c.pdf"], ["f" * 64], _report(findings), _chunks())
    assert {i: (r.status, r.assessment) for i, r in row.items.items()} == {
        "duration": ("present", "weak"), "reversibility": ("absent", "not_assessed"),
        "audit": ("absent", "not_assessed")}
    assert row.missing_required == ("reversibility",)
    assert row.items["duration"].quotes[0].section == "Article 1 – Objet"
    assert (row.language, row.pages, row.score, row.playbook) == ("fr", 3, 64.0,
                                                                  "infogerance 1.0")


@dataclass(frozen=True)
class _OlderFinding:
    """A finding as made before the risk assessment existed."""

    id: str
    label: str
    status: str
    confidence: float
    severity: str
    evidence: tuple = ()


def test_a_finding_without_an_assessment_gives_a_blank_level():
    row = build_row("c.pdf", ["/p/c.pdf"], ["f" * 64],
                    _report([_OlderFinding("duration", "Durée", "present", 0.9, "required")]),
                    _chunks())
    assert row.items["duration"].assessment == ""
