"""Answers about whether a clause protects the client: the question is recognised, and the
answer states the assessment with each reason quoted (page, section, text)."""
from __future__ import annotations

import pytest

from assistant.answers.assessing import asks_for_assessment, assessment_answer
from assistant.answers.questions import fold, understand
from assistant.models import (
    Assessment,
    CheckReport,
    DocumentInfo,
    Evidence,
    Finding,
    Reason,
)

CAP = Evidence(6, "Article 15 – Responsabilité", "La responsabilité du Prestataire est limitée "
               "au montant de la redevance mensuelle.")
EXIT = Evidence(9, "Article 17 – Réversibilité", "Les services n'incluent aucune obligation de "
                "réversibilité.")


def _report() -> CheckReport:
    findings = [
        Finding("liability", "Responsabilités", "present", 0.9, "required", (CAP,),
                assessment=Assessment("restrictive", (Reason(
                    "responsabilité plafonnée à 1 mois de redevances (seuil : 12 mois de "
                    "redevances)", CAP),))),
        Finding("reversibility", "Réversibilité", "partial", 0.8, "required", (EXIT,),
                assessment=Assessment("restrictive", (Reason(
                    "aucune obligation de réversibilité ou d'assistance", EXIT),))),
        Finding("duration", "Durée", "present", 0.9, "required",
                (Evidence(1, "Article 3 – Durée", "Le contrat est conclu pour deux ans."),),
                assessment=Assessment("adequate", (Reason(
                    "préavis de non-reconduction de 3 mois (seuil : 6 mois)",
                    Evidence(1, "Article 3 – Durée", "Préavis de trois mois.")),))),
        Finding("governing_law", "Droit applicable et juridiction", "present", 0.9,
                "recommended"),
        Finding("audit", "Audit et contrôle", "absent", 0.9, "recommended"),
    ]
    return CheckReport(DocumentInfo("sha", "saas.pdf", 10, "fr", 30), "infogerance", "1.0",
                       findings, 50.0)


@pytest.mark.parametrize(("question", "topic"), [
    ("La clause de réversibilité est-elle favorable au client ?", "reversibility"),
    ("Le plafond de responsabilité est-il raisonnable ?", "liability"),
    ("Is the liability cap reasonable?", "liability"),
    ("Does the exit clause protect us?", "reversibility"),
    ("Quelles clauses sont à risque ?", ""),
    ("Which clauses are risky for the customer?", ""),
])
def test_questions_asking_for_a_judgement_are_recognised(question: str, topic: str) -> None:
    q = understand(question)
    assert (q.intent, q.topic) == ("assessment", topic)


@pytest.mark.parametrize("question", [
    "Que prévoit la clause de réversibilité ?",
    "Quel est le plafond de responsabilité ?",
    "Quels risques couvre l'assurance ?",
    "What does the insurance clause cover?",
])
def test_questions_about_content_are_not_judgements(question: str) -> None:
    assert not asks_for_assessment(fold(question))
    assert understand(question).intent != "assessment"


def test_the_answer_states_the_level_and_quotes_each_reason() -> None:
    answer = assessment_answer(understand("La clause de réversibilité est-elle favorable au "
                                          "client ?"), _report(), "saas.pdf")
    assert answer.text == (
        "La clause « Réversibilité » est restrictive : elle exclut, plafonne ou reporte "
        "l'obligation au détriment du client.\n\nMotifs :\n"
        "1. aucune obligation de réversibilité ou d'assistance : « Les services n'incluent "
        "aucune obligation de réversibilité. » (p. 9, Article 17 – Réversibilité)")
    assert [(c.source, c.document, c.page, c.section, c.text) for c in answer.citations] == [
        ("contract", "saas.pdf", 9, "Article 17 – Réversibilité", EXIT.text)]
    assert answer.topic == "reversibility" and answer.grounded


def test_an_english_question_gets_english_wording_and_the_contract_s_quote() -> None:
    answer = assessment_answer(understand("Is the liability cap reasonable?"), _report())
    assert answer.text.startswith("The “Responsabilités” clause is restrictive: it excludes, "
                                  "caps or shifts the obligation against the client.")
    assert "1. responsabilité plafonnée à 1 mois de redevances (seuil : 12 mois de redevances): " \
           "“La responsabilité du Prestataire est limitée au montant de la redevance " \
           "mensuelle.” (p. 6, Article 15 – Responsabilité)" in answer.text


def test_without_an_item_the_clauses_at_risk_are_listed_restrictive_first() -> None:
    answer = assessment_answer(understand("Quelles clauses sont à risque ?"), _report())
    lines = answer.text.splitlines()
    assert lines[0] == "Clauses à risque pour le client (2) :"
    assert lines[1].startswith("- Responsabilités : restrictive, responsabilité plafonnée")
    assert len(answer.citations) == 2


def test_absent_and_unassessed_clauses_say_so() -> None:
    audit = assessment_answer(understand("Le droit d'audit est-il suffisant ?"), _report())
    assert audit.text.startswith("Le contrat ne traite pas de « Audit et contrôle »")
    assert audit.citations == ()
    law = assessment_answer(understand("Le droit applicable est-il favorable au client ?"),
                            _report())
    assert "ne prévoit pas de règle pour l'évaluer" in law.text
