"""Apparatus of a document: tables of contents, document-control blocks, glossaries."""
from __future__ import annotations

import pytest

from assistant.documents.passage_kinds import (
    DOCUMENT_CONTROL,
    TOC,
    Region,
    document_control_regions,
    is_definitions_title,
    is_toc_entry,
    looks_like_definitions,
    toc_regions,
)

TOC_LINES = [
    "CONTRAT DE SERVICES MANAGÉS",
    "SOMMAIRE",
    "1. Objet du contrat ..................................... 3",
    "2. Durée et reconduction ................................. 4",
    "3. Conditions financières et révision des",
    "prix ........................................................ 5",
    "4. Réversibilité ......................................... 9",
    "1. Objet du contrat",
    "Le Prestataire héberge et exploite les applications du Client.",
]


def test_table_of_contents_with_dotted_leaders_is_one_region_from_its_title() -> None:
    assert toc_regions(TOC_LINES) == [Region(1, 6, TOC)]


def test_table_of_contents_without_a_title_is_found_from_its_entries() -> None:
    assert toc_regions(TOC_LINES[2:]) == [Region(0, 4, TOC)]


def test_entries_without_leaders_count_only_under_a_contents_title() -> None:
    lines = ["Table des matières", "Article 1 – Objet 2", "Article 2 – Durée 3",
             "Article 3 – Prix 3", "Article 1 – Objet", "Le présent contrat porte sur la TMA."]
    assert toc_regions(lines) == [Region(0, 3, TOC)]
    assert toc_regions(lines[1:]) == []


@pytest.mark.parametrize("lines", [
    # a price list with leaders: amounts do not go up like page numbers, and carry a currency
    ["Mise en service ........ 1200", "Abonnement mensuel ........ 450",
     "Option sauvegarde ........ 90"],
    ["Mise en service ........ 1 200 € HT", "Abonnement ........ 1 450 € HT",
     "Sauvegarde ........ 1 900 € HT"],
    # two entries are not a table of contents
    ["1. Objet ........ 2", "2. Durée ........ 3", "Le contrat dure trois ans."],
])
def test_lines_that_are_not_a_table_of_contents(lines: list[str]) -> None:
    assert toc_regions(lines) == []


def test_toc_entry_needs_a_leader_and_a_page_number() -> None:
    assert is_toc_entry("12.3 Pénalités de retard ............ 18")
    assert not is_toc_entry("12.3 Pénalités de retard")
    assert not is_toc_entry("Le montant est fixé à ........ euros.")


CONTROL_LINES = [
    "CONTRAT D'INFOGÉRANCE – LOT 2",
    "Historique des versions",
    "Version Date Auteur Objet",
    "1.0 04/02/2031 L. Garnier Création",
    "1.1 17/03/2031 P. Roussel Mise à jour de",
    "l'annexe tarifaire",
    "Rédigé par : L. Garnier Vérifié par : P. Roussel Approuvé par : M. Henry",
    "Diffusion restreinte – Période de validité du document : du 01/03/2031 au 28/02/2033",
    "ENTRE LES SOUSSIGNÉS",
    "La société Orvanne, ci-après le Client, d'une part,",
]


def test_version_table_and_approvals_form_one_document_control_block() -> None:
    assert document_control_regions(CONTROL_LINES, len(CONTROL_LINES)) == [
        Region(1, 7, DOCUMENT_CONTROL)]


def test_document_control_is_only_sought_in_the_first_lines() -> None:
    assert document_control_regions(CONTROL_LINES, 1) == []


@pytest.mark.parametrize("lines", [
    # contract sentences naming a version, an approval or a diffusion are contract content
    ["Le plan de réversibilité est validé par le Client dans sa première version puis mis à "
     "jour chaque année par les parties.",
     "La diffusion des données à des tiers est interdite sans accord écrit du Client."],
    ["Article 4 – Version des logiciels",
     "Le Prestataire maintient la version 2.4 du progiciel pendant toute la durée du contrat."],
    # one kind of cue alone (an author line) is not a control block
    ["Auteur : direction des achats", "Article 1 – Objet", "Le contrat porte sur la TMA."],
])
def test_contract_text_is_not_a_document_control_block(lines: list[str]) -> None:
    assert document_control_regions(lines, len(lines)) == []


@pytest.mark.parametrize(("title", "expected"), [
    ("Définitions", True), ("Définitions et abréviations", True),
    ("Glossaire", True), ("Terminologie", True), ("Definitions and Interpretation", True),
    ("Durée", False), ("Modalités de définition des besoins", False),
])
def test_definitions_title(title: str, expected: bool) -> None:
    # The chunker passes heading titles, without their number ("Article 1").
    assert is_definitions_title(title) is expected


def test_passage_of_glossary_entries_is_definitions_whatever_its_heading() -> None:
    glossary = ("« Client » désigne la société qui commande les services.\n"
                "« Incident » désigne tout arrêt ou dégradation d'un service.\n"
                "« Données » désigne les informations confiées par le Client.\n"
                "Les définitions s'appliquent au singulier comme au pluriel.")
    clause = ("Le Prestataire rétablit le service en moins de quatre heures.\n"
              "« Incident » désigne tout arrêt du service.\n"
              "Chaque retard donne lieu à une pénalité de 200 €.")
    assert looks_like_definitions(glossary)
    assert not looks_like_definitions(clause)
