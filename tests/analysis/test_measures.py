"""Figures the assessment compares with its thresholds, read from sentences written here."""
from __future__ import annotations

import pytest

from assistant.analysis import measures
from assistant.models import Chunk


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk("doc", i, text, page=i + 1, page_end=i + 1, section_number=f"{i + 1}",
                  section_title="Clause") for i, text in enumerate(texts)]


def _figures(measure: str, clause: str, *contract: str) -> list[float]:
    chunks = _chunks(clause)
    return [f.value for f in measures.MEASURES[measure](chunks, chunks + _chunks(*contract),
                                                        None)]


@pytest.mark.parametrize(("sentence", "days"), [
    ("The Customer may audit the Supplier on not less than fifteen (15) days' prior written "
     "notice.", [15.0]),
    ("Le Client peut réaliser un audit moyennant un préavis de dix (10) jours ouvrés.", [14.0]),
    # How long audit records are kept is no notice before an audit.
    ("The Supplier shall keep audit trails of administrator access for not less than "
     "eighteen (18) months.", []),
    ("Le Prestataire conserve les journaux d'audit pendant au moins six (6) mois.", []),
])
def test_audit_notice_is_not_how_long_audit_records_are_kept(sentence, days):
    assert _figures("audit_notice_days", sentence) == days


@pytest.mark.parametrize(("fee", "expected"), [
    ("The Yearly Service Fee is $1,200,000, invoiced in twelve (12) equal monthly "
     "instalments.", 100_000.0),
    ("La redevance annuelle de 60 000 euros HT est facturée mensuellement.", 5_000.0),
    ("L'abonnement est facturé 900 euros HT par mois, payable trimestriellement.", 900.0),
    ("A fee of €2,000 is payable monthly in advance.", 2_000.0),
])
def test_monthly_fee_reads_the_period_of_the_fee_not_of_its_invoices(fee, expected):
    assert measures.monthly_fee(_chunks(fee)) == expected


@pytest.mark.parametrize(("cap", "fee", "months"), [
    # The larger limb applies: the fee-based one is a floor.
    ("The Supplier's aggregate liability shall not exceed the greater of (a) $500,000 and (b) "
     "the Charges paid in the twenty-four (24) months before the claim.",
     "The Monthly Charge is $50,000.", [24.0]),
    ("The Supplier's aggregate liability shall not exceed the greater of (a) $3,000,000 and (b) "
     "the Charges paid in the twelve (12) months before the claim.",
     "The Monthly Charge is $50,000.", [60.0]),
    # ... and when the fee is not stated, the limb in fees is what can be measured.
    ("La responsabilité du Prestataire est limitée au plus élevé des deux montants suivants : "
     "200 000 euros ; les sommes versées au cours des dix-huit (18) derniers mois.", "", [18.0]),
    # One amount alone is measured against the monthly fee.
    ("The Supplier's liability shall not exceed $600,000.", "The Monthly Charge is $50,000.",
     [12.0]),
])
def test_a_greater_of_cap_is_measured_by_its_larger_limb(cap, fee, months):
    assert _figures("liability_cap_months", cap, *([fee] if fee else [])) == months


@pytest.mark.parametrize(("sentence", "months"), [
    ("The Supplier shall continue to provide the Services during a transition period of six (6) "
     "months.", [6.0]),
    ("La phase de réversibilité dure au plus quatre (4) mois.", [4.0]),
    # A deadline to deliver the exit document is not the period.
    ("The Supplier shall submit a draft exit plan within sixty (60) days after signature.", []),
    ("Le Titulaire remet le plan de réversibilité dans un délai de deux (2) mois après la "
     "notification.", []),
    ("The exit plan is delivered within thirty (30) days and the transition period lasts nine "
     "(9) months.", [9.0]),
])
def test_transition_period_is_not_the_deadline_of_the_exit_plan(sentence, months):
    assert _figures("transition_months", sentence) == months
