"""Subcontracting, penalty cap, data-return formats: sentences written for these tests."""
from __future__ import annotations

import pytest

from assistant.analysis.terms import data_return_format, penalty_cap, subcontracting
from assistant.models import Chunk


def _chunks(text: str, section: str = "Clause") -> list[Chunk]:
    return [Chunk("doc", 0, text, page=4, page_end=4, section_number="Article 9",
                  section_title=section)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Le Titulaire ne peut sous-traiter une partie du marché qu'après agrément écrit de "
     "l'acheteur.", "with prior consent"),
    ("The Provider shall not subcontract any Services without the prior written approval of "
     "the Client.", "with prior consent"),
    ("Le Prestataire s'interdit toute sous-traitance des prestations.", "not allowed"),
    ("Le Prestataire peut sous-traiter librement tout ou partie des prestations.", "allowed"),
    ("The Supplier may subcontract maintenance tasks after notifying the Customer in writing.",
     "after informing the client"),
    # The GDPR processor is a "sous-traitant" too: that sentence says nothing on subcontracting.
    ("Le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD.", None),
])
def test_whether_the_provider_may_subcontract(sentence, value):
    found = subcontracting(_chunks(sentence))
    assert (found.value if found else None) == value
    if found:
        assert found.text == sentence
        assert found.page == 4


@pytest.mark.parametrize(("sentence", "value"), [
    ("Le total des pénalités d'un trimestre est plafonné à huit pour cent (8 %) du montant "
     "trimestriel.", "8 %"),
    ("Service credits in any month shall not exceed 7.5% of the monthly charges.", "7.5 %"),
    ("Les pénalités ne peuvent excéder 25 000 € par année contractuelle.", "25\u202f000 EUR"),
    # A penalty rate without a ceiling, and a liability cap, are not a penalty cap.
    ("Une pénalité de 2 % de la redevance mensuelle est due par heure d'indisponibilité.", None),
    ("The Supplier's liability shall not exceed 100% of the annual charges.", None),
])
def test_the_ceiling_on_penalties(sentence, value):
    found = penalty_cap(_chunks(sentence))
    assert (found.value if found else None) == value


@pytest.mark.parametrize(("sentence", "section", "value"), [
    ("À la fin du contrat, le Titulaire restitue les données de l'acheteur aux formats CSV et "
     "XLSX.", "Fin du contrat", "CSV, XLSX"),
    ("The Provider shall return all Client data in an open, machine-readable format.",
     "Exit", "machine-readable format"),
    ("La restitution s'effectue dans un format ouvert et documenté.", "Réversibilité",
     "format ouvert"),
    # A report delivered as PDF is not the data being handed back.
    ("Le rapport mensuel est remis au format PDF.", "Pilotage", None),
])
def test_the_formats_the_data_are_returned_in(sentence, section, value):
    found = data_return_format(_chunks(sentence, section))
    assert (found.value if found else None) == value
