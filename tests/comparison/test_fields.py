"""Values read per sentence for the comparison, and which way is better for the client."""
from __future__ import annotations

import pytest

from assistant.analysis.signals import fold
from assistant.comparison.fields import FieldValue, judge, months_of_fees, sentence_values
from assistant.models import Evidence


def values(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(v.field, v.display) for v in sentence_values(Evidence(3, "Art. 1", text), language)]


@pytest.mark.parametrize(("sentence", "months"), [
    ("La responsabilité du Prestataire est plafonnée au montant des sommes versées au cours des "
     "douze (12) derniers mois.", 12),
    ("La responsabilité totale du Prestataire est plafonnée à un montant égal à trois (3) "
     "mensualités de la redevance.", 3),
    ("La responsabilité du Titulaire est limitée, par année, à une fois et demie (1,5) la "
     "redevance annuelle.", 18),
    ("The Supplier's aggregate liability shall not exceed twice the annual Charges.", 24),
    ("The Provider's liability is limited to fifty percent (50%) of the annual fees.", 6),
    ("The Supplier's liability shall not exceed the fees paid in the six (6) months before the "
     "claim.", 6),
    ("Sa responsabilité est plafonnée à cinquante pour cent (50 %) des sommes versées au cours "
     "des douze derniers mois.", 6),
])
def test_a_liability_cap_reads_as_months_of_fees(sentence: str, months: float) -> None:
    assert months_of_fees(fold(sentence)) == months


def test_a_cap_in_money_is_not_months() -> None:
    assert months_of_fees(fold("La responsabilité est plafonnée à 500 000 €.")) is None


def test_the_cap_of_penalties_is_read_after_a_table_of_rates() -> None:
    text = ("Disponibilité inférieure à 99,8 %\n2 % de la mensualité\nRetard du rapport 150 € HT "
            "par jour\nLe montant cumulé des pénalités est plafonné à dix pour cent (10 %) de la "
            "mensualité.")
    found = sentence_values(Evidence(5, "Article 10 – Pénalités", text), "fr")
    cap = next(v for v in found if v.field == "penalty_cap")
    assert (cap.display, cap.quantity, cap.unit) == ("10 %", 10.0, "%")
    assert cap.quote.text.startswith("Le montant cumulé des pénalités")
    # The availability target in the table is not a penalty rate.
    assert ("penalty", "99,8 %") not in [(v.field, v.display) for v in found]


def test_availability_term_and_hosting_are_read() -> None:
    assert ("availability", "99,5 %") in values(
        "Le taux de disponibilité garanti est de 99,5 % par mois.")
    assert ("term", "2 ans") in values(
        "Le Contrat est conclu pour une durée ferme de deux (2) ans à compter de sa signature.")
    hosting = [v for v in sentence_values(Evidence(1, "", "Les données sont hébergées "
                                                    "exclusivement en France."), "fr")
               if v.field == "hosting"]
    assert hosting and hosting[0].codes == ("FR",)


def _value(field: str, quantity: float | None, unit: str = "", codes: tuple = ()) -> FieldValue:
    return FieldValue(field, f"{quantity} {unit}", quantity, unit, Evidence(1, "", "x"), codes)


@pytest.mark.parametrize(("field", "old", "new", "verdict"), [
    ("availability", _value("availability", 99.8, "%"), _value("availability", 99.5, "%"),
     "worse"),
    ("availability", _value("availability", 99.5, "%"), _value("availability", 99.9, "%"),
     "better"),
    ("response_time", _value("response_time", 4, "hours"), _value("response_time", 2, "hours"),
     "better"),
    ("transition_period", _value("transition_period", 6, "months"),
     _value("transition_period", 90, "days"), "worse"),
    ("data_return_deadline", _value("data_return_deadline", 30, "days"),
     _value("data_return_deadline", 2, "months"), "worse"),
    ("penalty_cap", _value("penalty_cap", 15, "%"), _value("penalty_cap", 10, "%"), "worse"),
    ("liability_cap", None, _value("liability_cap", 3, "months of fees"), "worse"),
    ("liability_cap", _value("liability_cap", 3, "months of fees"), None, "better"),
    ("availability", _value("availability", 99.8, "%"), None, "worse"),
    ("term", _value("term", 3, "years"), _value("term", 2, "years"), "changed"),
    ("penalty_cap", _value("penalty_cap", 15, "%"), _value("penalty_cap", 100000, "EUR"),
     "changed"),
    ("hosting", _value("hosting", None, codes=("FR",)), _value("hosting", None, codes=("US",)),
     "worse"),
    ("hosting", _value("hosting", None, codes=("US",)), _value("hosting", None, codes=("EU",)),
     "better"),
    ("hosting", _value("hosting", None, codes=("FR",)), _value("hosting", None, codes=("DE",)),
     "changed"),
])
def test_which_way_is_better_for_the_client(field: str, old, new, verdict: str) -> None:
    assert judge(field, old, new) == verdict
