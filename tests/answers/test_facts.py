"""Sentences of a whole document found by a question's words (sentences written for these tests)."""
from __future__ import annotations

import pytest

from assistant.answers.facts import DocumentLines, concepts, places_in, question_concepts
from assistant.models import Chunk


def _doc(*articles: tuple[str, str]) -> DocumentLines:
    return DocumentLines([Chunk("d", i, text, i + 1, i + 1, f"Article {i + 1}", title)
                          for i, (title, text) in enumerate(articles)])


@pytest.mark.parametrize(("asked", "written"), [
    ("s'opposer", "objection"),
    ("payante", "gratuit"),
    ("changer", "modifier"),
    ("mettre fin", "résilier"),
    ("stored", "hébergées"),
    ("hausse", "augmentation"),
    ("maximale", "ne pourra excéder"),
    ("law", "droit"),  # an English question on a French contract
    ("Doit-il être assuré ?", "une police d'assurance"),
    ("Quel préavis ?", "un avis écrit au moins trente jours avant l'échéance"),
    ("Is the supplier insured?", "l'assureur du prestataire"),
])
def test_a_question_and_a_contract_word_the_same_thing_differently(asked, written):
    assert any(alternatives & concepts(written) for alternatives in question_concepts(asked))


def test_objectif_and_objection_are_not_the_same_word():
    assert concepts("objectif") != concepts("objection")


def test_the_sentence_before_names_the_subject_of_an_elliptic_one():
    lines = _doc(("Recette", "La durée de la vérification de service régulier est fixée par "
                             "commande. Elle ne peut être inférieure à deux semaines."))
    found = lines.find(question_concepts("Quelle est la durée minimale de la vérification de "
                                         "service régulier ?"), frozenset({"weeks"}))
    assert found[0].line.text == "Elle ne peut être inférieure à deux semaines."
    assert found[0].lead


def test_glossary_entries_and_table_of_contents_lines_are_not_found():
    lines = _doc(("Définitions", "« Délai de résolution » désigne le temps de quatre heures."),
                 ("Sommaire", "Article 5 Délai de résolution .............. 12"),
                 ("Niveaux de service", "Le délai de résolution est de huit heures."))
    found = lines.find(question_concepts("Quel est le délai de résolution ?"))
    assert [f.line.text for f in found] == ["Le délai de résolution est de huit heures."]


def test_a_table_row_cut_before_its_figure_keeps_it():
    lines = _doc(("Annexe SLA", "Indicateur 4 Disponibilité de la téléphonie sur le mois. "
                                "99,7 % OUI"))
    found = lines.find(question_concepts("Quelle disponibilité pour la téléphonie ?"),
                       frozenset({"%"}))
    assert found[0].line.text.endswith("99,7 % OUI")


def test_places_a_sentence_names():
    assert places_in("Les serveurs sont dans la salle du siège (Saint-Malo) et répliqués à "
                     "Rennes.") == ("Saint-Malo", "Rennes")
    assert places_in("Le Client transmet ses données au Prestataire.") == ()
    # A document's reference in brackets is no place.
    assert places_in("The Supplier complies with the security policy (Policy No. SEC-7).") == ()


def test_the_terms_and_conditions_are_not_the_term():
    assert not concepts("the terms and conditions") & concepts("the term of the agreement")


def test_being_insured_is_not_ensuring_something():
    # "assuré" (insured) and "assure" (ensures) fold to the same letters.
    asked = question_concepts("Le prestataire doit-il être assuré ?")
    lines = _doc(("Périmètre", "Le prestataire assure le premier diagnostic des pannes."),
                 ("Assurances", "Le prestataire souscrit une assurance de responsabilité "
                                "civile professionnelle."))
    found = lines.find(asked)
    assert found and found[0].line.text.startswith("Le prestataire souscrit une assurance")


def test_a_table_priced_in_its_header_holds_amounts_and_its_total_row_answers_the_total():
    from assistant.analysis.numbers import CURRENCIES
    from assistant.answers.facts import quantity_asked

    lines = _doc(("Fees", "The phases are priced as follows:\n\n| Phase | Fee (EUR) |\n|---|---|\n"
                          "| Design | 40,000 |\n| Build | 95,500 |\n| **Total** | **135,500** |"))
    asked = question_concepts("What is the total fee?")
    found = lines.find(asked, CURRENCIES)
    assert found, "the table's bare numbers are amounts in the currency of its header"
    figure = quantity_asked(found[0].line, asked, CURRENCIES, "What is the total fee?")
    assert (figure.amount, figure.unit) == (135500.0, "EUR")


def test_under_what_conditions_names_no_subject():
    assert question_concepts("À quelles conditions ?") == ()
    assert question_concepts("Under what conditions?") == ()


def test_a_figure_is_read_in_the_row_and_the_column_the_question_names():
    from assistant.analysis.numbers import CURRENCIES
    from assistant.answers.facts import quantity_asked

    lines = _doc(("Tarifs", "| Intervention | Zone A (Paris) | Zone B (Île-de-France) | Zone C "
                            "(province) |\n|---|---|---|---|\n"
                            "| Intervention standard | 90 € | 120 € | 180 € |\n"
                            "| Intervention urgente | 150 € | 210 € | 300 € |"))
    question = "Quel est le prix d'une intervention urgente en zone B ?"
    asked = question_concepts(question)
    found = lines.find(asked, CURRENCIES)
    figure = quantity_asked(found[0].line, asked, CURRENCIES, question)
    assert (figure.amount, figure.unit) == (210.0, "EUR")


_LEVELS = ("| Indicateur | Niveau Or | Niveau Argent | Niveau Bronze |\n|---|---|---|---|\n"
           "| Délai d'intervention (incident bloquant) | 2 heures | 4 heures | 8 heures |\n"
           "| Délai d'intervention (incident majeur) | 4 heures | 8 heures | 2 jours ouvrés |\n"
           "| Délai de rétablissement (incident bloquant) | 8 heures | 1 jour ouvré | 3 jours |\n"
           "| Disponibilité mensuelle (hors maintenance d'intervention) | 99,9 % | 99,5 % | 99 % |")


@pytest.mark.parametrize(("question", "cells"), [
    # The row and the column named: one cell, whatever figure its neighbours hold.
    ("Quel est le délai d'intervention pour un incident majeur au niveau Argent ?",
     [("Délai d'intervention", "Niveau Argent", "8 heures")]),
    # Two rows asked with "et": a cell of each, in the table's order.
    ("Quels sont la disponibilité et le délai de rétablissement d'un incident bloquant au "
     "niveau Or ?", [("Délai de rétablissement", "Niveau Or", "8 heures"),
                     ("Disponibilité mensuelle", "Niveau Or", "99,9 %")]),
    # No column named: no cell is chosen for the reader.
    ("Quel est le délai d'intervention pour un incident bloquant ?", []),
])
def test_a_table_cell_is_read_in_the_row_and_the_column_the_question_names(question, cells):
    from assistant.answers.facts import cells_asked

    assert cells_asked(_LEVELS, question) == cells


def test_an_english_table_of_service_levels_answers_by_tier():
    from assistant.answers.facts import cells_asked

    table = ("| Measure | Gold sites | Silver sites |\n|---|---|---|\n"
             "| Response, Priority 1 | 30 minutes | 1 hour |\n"
             "| Response, Priority 2 | 2 hours | 4 hours |\n"
             "| First-time fix rate | 90% | 85% |")
    assert cells_asked(table, "What is the response time for a Priority 2 call at a Silver "
                              "site?") == [("Response, Priority 2", "Silver sites", "4 hours")]


def test_a_name_the_document_defines_is_no_place_and_located_is_said_situated():
    lines = _doc(("Parties", "La Banque Mosane (la « Banque ») confie le service au Prestataire."),
                 ("Localisation", "Les données sont situées au Grand-Duché de Luxembourg, à "
                                  "Bettembourg."),
                 ("Accès", "Les équipes accèdent à distance aux Données de la Banque."))
    places = {place for line in lines.lines for place in line.places}
    assert "Banque" not in places and "Bettembourg" in places
    found = lines.find(question_concepts("Où les données sont-elles localisées ?"), places=True)
    assert found[0].line.text.startswith("Les données sont situées")


def test_a_rise_asked_is_answered_by_a_change_allowed_and_notifying_before_is_a_notice():
    asked = question_concepts("Can the provider increase the fees, and with how much notice?")
    lines = _doc(("Fees", "We may change the fees for any renewal term by notifying you at least "
                          "forty-five (45) days before its start."),
                 ("Payment", "Late amounts bear interest after ten (10) days' notice."))
    assert lines.find(asked)[0].line.text.startswith("We may change the fees")


def test_a_row_named_by_its_first_column_and_a_figure_and_a_column_of_the_rest():
    from assistant.answers.facts import cells_asked

    table = ("| Catégorie | Exemples | Prise en compte | Rétablissement |\n|---|---|---|---|\n"
             "| 1 – Critique | Portail en panne | 15 minutes | 2 heures |\n"
             "| 2 – Majeur | Lenteurs | 1 heure | 8 heures |")
    assert cells_asked(table, "Quel est le délai de rétablissement d'un incident de catégorie "
                              "2 ?") == [("2 – Majeur", "Rétablissement", "8 heures")]
    tiers = ("| Measure | Production | Non-production |\n|---|---|---|\n"
             "| Monthly availability of the systems | 99.9% | 97% |")
    assert cells_asked(tiers, "What is the monthly availability of the production systems?") == \
        [("Monthly availability of the systems", "Production", "99.9%")]
