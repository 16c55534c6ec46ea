"""Parties, reference and notice side: sentences written for these tests, French and English."""
from __future__ import annotations

import pytest

from assistant.analysis.parties import find_parties, find_reference, notice_party
from assistant.models import Chunk


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk("doc", i, text, page=i + 1, page_end=i + 1, section_title="Parties")
            for i, text in enumerate(texts)]


def _names(*texts: str) -> dict[str, str]:
    return {role: party.name for role, party in find_parties(_chunks(*texts)).items()}


def test_french_parties_block_with_company_descriptions():
    text = ("ENTRE LES SOUSSIGNÉS\nLa société Boulangeries Marcotte, société par actions "
            "simplifiée au capital de 50 000 €, dont le siège est situé 4 rue du Four, 21000 "
            "Dijon, ci-après dénommée le « Client »,\nET\nLa Société Informatique du Morvan, "
            "société anonyme, représentée par son Président, ci-après dénommée le "
            "« Prestataire ».")
    assert _names(text) == {"client": "Boulangeries Marcotte",
                            "provider": "Société Informatique du Morvan"}


def test_names_split_over_two_passages_and_quoted_with_their_page():
    first = "Entre :\nL'Office Départemental de l'Habitat du Jura, établissement public,"
    second = ("(ci-après « le Client »), d'une part,\nEt :\nla société Jurassic Cloud, SARL "
              "(ci-après « le Titulaire »), d'autre part.")
    parties = find_parties(_chunks(first, second))
    assert parties["client"].name == "Office Départemental de l'Habitat du Jura"
    assert parties["provider"].name == "Jurassic Cloud"
    assert parties["provider"].page == 2
    assert parties["provider"].text.startswith("Jurassic Cloud, SARL")


def test_english_numbered_parties_with_defined_roles():
    text = ('PARTIES\n(1) NORTHGATE FOODS LIMITED, a company incorporated in Scotland (the '
            '"Customer"); and\n(2) Pellucid Systems Inc., whose principal office is in Boston '
            '(the "Service Provider").')
    assert _names(text) == {"client": "NORTHGATE FOODS LIMITED",
                            "provider": "Pellucid Systems Inc."}


def test_english_between_sentence_and_gdpr_roles():
    assert _names('This Agreement is made between Larchmont Bank plc ("Controller") and '
                  'Ferrovia Data GmbH ("Processor").') == {"client": "Larchmont Bank plc",
                                                           "provider": "Ferrovia Data GmbH"}


def test_a_role_word_alone_or_a_text_without_parties_gives_nothing():
    assert _names("Le Prestataire assure la maintenance du système du Client.") == {}
    assert _names('The "Supplier" means the provider of the services.') == {}


@pytest.mark.parametrize(("head", "reference"), [
    ("CONTRAT D'INFOGÉRANCE\nContrat n° 2025-TMA-044\nEntre ...", "2025-TMA-044"),
    ("Référence : ACH/2024/118\nContrat de maintenance", "ACH/2024/118"),
    ("MASTER SERVICES AGREEMENT\nAgreement number MSA-77-B\n", "MSA-77-B"),
    ("CONTRAT DE SERVICES\nLe présent contrat est conclu entre les parties.", None),
])
def test_the_contract_reference_printed_at_the_top(head, reference):
    found = find_reference(_chunks(head))
    assert (found.value if found else None) == reference


@pytest.mark.parametrize(("sentence", "side"), [
    ("Chaque partie peut résilier le contrat moyennant un préavis de trois (3) mois.", "both"),
    ("Either party may terminate on six (6) months' written notice.", "both"),
    ("Le Client peut résilier le Contrat sous réserve d'un préavis de deux (2) mois.", "client"),
    ("The Supplier may terminate this Agreement on twelve (12) months' notice to the Customer.",
     "provider"),
    ("Le préavis est de trois mois.", ""),
])
def test_which_party_a_notice_period_binds(sentence, side):
    assert notice_party(sentence) == side


def test_a_reference_in_the_title_kept_as_a_heading_is_found():
    chunk = Chunk("doc", 0, "Entre la Ville de Riom et la société Volvic Data.", page=1,
                  page_end=1, section_title="CONTRAT DE MAINTENANCE N° 2025-R-12",
                  heading_path=("CONTRAT DE MAINTENANCE N° 2025-R-12",))
    found = find_reference([chunk])
    assert (found.value, found.text, found.page) == ("2025-R-12",
                                                     "CONTRAT DE MAINTENANCE N° 2025-R-12", 1)
