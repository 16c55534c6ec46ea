"""Excerpt picking: the sentence a question's rare words point to, quoted with page and section."""
from __future__ import annotations

import pytest

from assistant.analysis.playbooks import load_playbook
from assistant.answers.excerpts import ExcerptPicker, WordWeights, trim, unique
from assistant.answers.questions import understand
from assistant.models import Chunk, Citation, Hit

RETURN = Chunk("d", 3, "Le Prestataire restitue au Client l'intégralité des Données du Client dans "
               "un "
               "délai de trente (30) jours à compter de la fin du contrat. Les données sont "
               "restituées dans un format ouvert et documenté : fichiers CSV ou JSON. Le Client "
               "vérifie la complétude des données restituées.", 11, 11, "24.6",
               "Restitution des données")
AUDIT = Chunk("d", 5, "Le Client peut faire procéder, une fois par année civile, à un audit du "
              "respect par le Prestataire de ses obligations. Le Client notifie l'audit au "
              "Prestataire avec un préavis d'un (1) mois. Le Prestataire donne à l'auditeur "
              "accès à ses locaux.", 9, 9, "Article 19", "Audit")
OTHER = Chunk("d", 0, "Le présent contrat a pour objet l'infogérance du système d'information du "
              "Client. Les données du Client restent sa propriété.", 1, 1, "Article 1", "Objet")
CHUNKS = [OTHER, RETURN, AUDIT]


@pytest.fixture(scope="module")
def picker() -> ExcerptPicker:
    return ExcerptPicker(load_playbook("infogerance"))


@pytest.fixture(scope="module")
def weights() -> WordWeights:
    return WordWeights(CHUNKS)


def test_rare_words_weigh_more_than_common_ones(weights):
    assert weights.weight("forma") > weights.weight("donne")
    assert weights.overlap({"forma", "donne"}, {"forma"}) > 0.5
    assert weights.overlap({"forma", "donne"}, {"forma"}, head="donne") < weights.overlap(
        {"forma", "donne"}, {"forma"})


def test_fact_question_quotes_the_sentence_holding_its_words(picker, weights):
    q = understand("Dans quel format les données sont-elles restituées ?")
    excerpt = picker.pick(Hit(RETURN, "contrat.pdf", 1.0), q, "fr", 0, weights)
    assert excerpt.citation.text.startswith("Les données sont restituées dans un format ouvert")
    assert (excerpt.citation.source, excerpt.citation.document, excerpt.citation.page,
            excerpt.citation.section) == ("contract", "contrat.pdf", 11,
                                          "24.6 – Restitution des données")


def test_clause_question_quotes_the_clause_from_its_lead_sentence(picker, weights):
    q = understand("Le contrat prévoit-il une clause d'audit ?")
    excerpt = picker.pick(Hit(AUDIT, "contrat.pdf", 1.0), q, "fr", 0, weights)
    assert excerpt.citation.text.startswith("Le Client peut faire procéder, une fois par année "
                                            "civile, à un audit")


def test_passage_on_the_item_scores_above_an_unrelated_one(picker, weights):
    q = understand("Que prévoit la clause d'audit ?")
    on_topic = picker.pick(Hit(AUDIT, "c", 1.0), q, "fr", 0, weights)
    off_topic = picker.pick(Hit(OTHER, "c", 1.0), q, "fr", 0, weights)
    assert on_topic.topical > 0 and off_topic.topical == 0
    assert on_topic.score > off_topic.score


def test_a_company_form_in_the_parties_block_is_not_about_liability(picker):
    parties = Chunk("d", 0, "La société Alpha, société à responsabilité limitée au capital de "
                    "120 000 €, ci-après le Prestataire.", 1, 1, "", "Entre les soussignés")
    cap = Chunk("d", 1, "Le montant total des dommages et intérêts dus par le Prestataire est "
                "limité aux sommes perçues au cours des six derniers mois.", 3, 3, "Article 15",
                "Responsabilité")
    weights = WordWeights([parties, cap])
    q = understand("Quel est le plafond de responsabilité du prestataire ?")
    on_form = picker.pick(Hit(parties, "c", 1.0), q, "fr", 0, weights)
    on_cap = picker.pick(Hit(cap, "c", 1.0), q, "fr", 1, weights)
    assert on_form.topical == 0
    assert on_cap.score > on_form.score


def test_retrieval_rank_adds_a_small_bonus(picker, weights):
    q = understand("Que prévoit la clause d'audit ?")
    first = picker.pick(Hit(AUDIT, "c", 1.0), q, "fr", 0, weights)
    fifth = picker.pick(Hit(AUDIT, "c", 1.0), q, "fr", 4, weights)
    assert first.score - fifth.score == pytest.approx(0.5 - 0.1)


def test_states_finds_passages_naming_the_item_by_pattern_or_heading(picker):
    assert picker.states(AUDIT, "audit", "fr")
    assert not picker.states(OTHER, "audit", "fr")
    assert not picker.states(AUDIT, "no_such_item", "fr")


def test_trim_keeps_one_line_and_cuts_long_text_at_a_sentence_end():
    assert trim("Une  phrase\ncoupée.") == "Une phrase coupée."
    long = "Première phrase assez longue. " * 30
    cut = trim(long, limit=100)
    assert cut.endswith(".") and len(cut) <= 100


def test_unique_drops_passages_already_quoted_whatever_their_spacing():
    a = Citation("contract", "c", 1, "", "Le contrat dure trois ans.")
    b = Citation("contract", "c", 1, "", "Le contrat  dure\ntrois ans.")
    c = Citation("contract", "c", 2, "", "Le préavis est de six mois.")
    d = Citation("contract", "c", 2, "", "Le préavis est de six mois. Il court dès l'envoi.")
    assert unique([a, b, d, c]) == (a, d)


def test_document_control_and_table_of_contents_are_never_the_answer(picker, weights):
    """The document's own validity period is not the contract's term."""
    control = Chunk("d", 0, "Diffusion restreinte. Période de validité du document : du "
                    "01/03/2031 au 28/02/2033, soit une durée de deux ans.", 1, 1,
                    kind="document_control")
    toc = Chunk("d", 1, "Article 2 – Durée du contrat ........ 4", 2, 2, kind="toc")
    body = Chunk("d", 2, "Le contrat est conclu pour une durée indéterminée.", 4, 4,
                 "Article 2", "Durée")
    q = understand("Quelle est la durée du contrat ?")
    scores = [picker.pick(Hit(c, "c.pdf", 1.0), q, "fr", 0, weights).score
              for c in (control, toc, body)]
    assert scores[0] == scores[1] == 0.0 < scores[2]


def test_glossary_answers_only_what_a_term_means(picker, weights):
    entry = Chunk("d", 0, "« Incident » désigne tout arrêt ou dégradation d'un service.", 2, 2,
                  "Article 1", "Définitions", kind="definitions")
    meaning = understand("Que signifie « Incident » dans le contrat ?")
    provision = understand("Que prévoit le contrat en cas d'incident ?")
    assert picker.pick(Hit(entry, "c.pdf", 1.0), meaning, "fr", 0, weights).score > 0.0
    assert picker.pick(Hit(entry, "c.pdf", 1.0), provision, "fr", 0, weights).score == 0.0
