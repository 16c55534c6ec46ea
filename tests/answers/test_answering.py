"""The answer engine: extractive answers in French and English, conversation, grounded LLM."""
from __future__ import annotations

import re
import socket
from collections.abc import Iterator

import pytest
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from pydantic import Field

from assistant.answers.answering import AnswerEngine
from assistant.answers.questions import fold
from assistant.models import (
    Answer,
    CheckReport,
    Chunk,
    DocumentInfo,
    Evidence,
    ExtractedValue,
    Finding,
    Hit,
    Turn,
)
from assistant.settings import Settings

FR, EN = "doc-fr", "doc-en"
FR_CHUNKS = [
    Chunk(FR, 0, "Le présent contrat est conclu pour une durée de trois (3) ans à compter de sa "
          "signature. Il est ensuite reconduit tacitement par périodes d'un (1) an. Chaque "
          "partie peut s'opposer à la reconduction au moins quatre (4) mois avant l'échéance.",
          2, 2, "Article 4", "Durée"),
    Chunk(FR, 1, "Chaque partie peut résilier le contrat moyennant un préavis de six (6) mois "
          "notifié par lettre recommandée avec accusé de réception.", 3, 3, "Article 12",
          "Résiliation"),
    Chunk(FR, 2, "À la fin du contrat, le Prestataire restitue l'ensemble des données du Client "
          "dans un format ouvert, dans un délai de trente (30) jours. Une période de transition "
          "de six (6) mois est prévue, pendant laquelle les niveaux de service restent dus.",
          5, 5, "Article 15", "Réversibilité"),
    Chunk(FR, 3, "Le présent contrat est soumis au droit français. Tout litige relève de la "
          "compétence exclusive du tribunal de commerce de Paris.", 8, 8, "Article 20",
          "Droit applicable et juridiction"),
    Chunk(FR, 4, "Le Prestataire garantit une disponibilité mensuelle de 99,5 % du service "
          "hébergé, mesurée hors maintenance programmée.", 4, 4, "Article 8",
          "Niveaux de service"),
]
EN_CHUNKS = [
    Chunk(EN, 0, "Provider shall host and operate the Customer's applications in its data "
          "centre and provide second-level support.", 1, 1, "Section 2", "Services"),
    Chunk(EN, 1, "Either party may terminate this Agreement for convenience upon ninety (90) "
          "days prior written notice to the other party.", 3, 3, "Section 11", "Termination"),
    Chunk(EN, 2, "This Agreement shall be governed by and construed in accordance with the laws "
          "of the State of New York, without regard to its conflict of laws principles.", 6, 6,
          "Section 14", "Governing Law"),
    Chunk(EN, 3, "Customer shall comply with all laws that apply to its use of the Services.", 4,
          4, "Section 9", "Customer obligations"),
]
GUIDES = [
    Chunk("corpus/fr/audit.md", 0, "Une bonne clause d'audit permet au client de mandater un "
          "auditeur indépendant, avec un préavis raisonnable, et fixe qui paie l'audit.", 1, 1,
          "", "Audit"),
    Chunk("corpus/fr/reversibility.md", 0, "Une clause de réversibilité solide prévoit un plan "
          "de réversibilité, une période de transition chiffrée et la restitution des données "
          "dans un format ouvert.", 1, 1, "", "Réversibilité"),
    Chunk("corpus/en/audit.md", 0, "A sound audit clause lets the customer appoint an "
          "independent auditor on reasonable notice and says who bears the cost.", 1, 1, "",
          "Audit"),
]
FINDINGS = [
    Finding("duration", "Durée", "present", 0.9, "required",
            (Evidence(2, "Article 4 – Durée", FR_CHUNKS[0].text, "contrat.pdf"),)),
    Finding("audit", "Audit et contrôle", "absent", 0.9, "required",
            recommendation="Prévoir un droit d'audit du client."),
    Finding("reversibility", "Réversibilité", "partial", 0.7, "required",
            (Evidence(5, "Article 15 – Réversibilité", FR_CHUNKS[2].text, "contrat.pdf"),),
            ("plan de réversibilité", "suppression des copies")),
    Finding("insurance", "Assurances", "absent", 0.8, "recommended"),
    Finding("governance", "Gouvernance", "partial", 0.6, "recommended"),
]


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{4,}", fold(text)))


class FakeBackend:
    """The facade's contract over hand-made chunks: word-overlap search, fixed findings."""

    def __init__(self, findings: list[Finding] | None = None) -> None:
        self.docs = {"contrat.pdf": FR_CHUNKS, "agreement.txt": EN_CHUNKS}
        self.findings = FINDINGS if findings is None else findings
        self.checks = 0
        self.searches: list[str] = []

    def documents(self) -> list[DocumentInfo]:
        return [DocumentInfo(chunks[0].doc_id, name, 8, "fr" if name.endswith("pdf") else "en",
                             len(chunks)) for name, chunks in self.docs.items()]

    def chunks(self, doc_id: str) -> list[Chunk]:
        return next(cs for cs in self.docs.values() if cs[0].doc_id == doc_id)

    def search(self, query: str, documents=None, k=None) -> list[Hit]:
        self.searches.append(query)
        pairs = [(n, c) for n, cs in self.docs.items() for c in cs
                 if not documents or c.doc_id in documents]
        return self._rank(query, pairs, k or 6)

    def search_reference(self, query: str, k=None, language=None, clause_id=None) -> list[Hit]:
        pairs = [(c.doc_id, c) for c in GUIDES
                 if (language is None or f"/{language}/" in c.doc_id)
                 and (clause_id is None or clause_id in c.doc_id.replace("reversibility",
                                                                         "reversibility"))]
        return self._rank(query, pairs, k or 6)

    def check(self, doc_ids) -> CheckReport:
        self.checks += 1
        return CheckReport(self.documents()[0], "infogerance", "1", list(self.findings), 0.5)

    @staticmethod
    def _rank(query: str, pairs, k: int) -> list[Hit]:
        asked = _words(query)
        ranked = sorted(pairs, key=lambda p: -len(asked & _words(p[1].text + " " +
                                                                  p[1].section)))
        return [Hit(c, name, 1.0 / (i + 1)) for i, (name, c) in enumerate(ranked[:k])]


def _value(kind: str, value: str, chunk: Chunk, sentence: str) -> ExtractedValue:
    assert sentence in chunk.text
    return ExtractedValue(kind, value, sentence, chunk.page, chunk.section)


FR_VALUES = {
    "governing_law": [_value("governing_law", "droit français", FR_CHUNKS[3],
                             "Le présent contrat est soumis au droit français.")],
    "term": [_value("term", "3 ans", FR_CHUNKS[0], "Le présent contrat est conclu pour une durée "
                    "de trois (3) ans à compter de sa signature.")],
    "notice": [_value("notice", "6 mois", FR_CHUNKS[1], FR_CHUNKS[1].text)],
    "data_return_deadline": [_value("data_return_deadline", "30 jours", FR_CHUNKS[2],
                                    "À la fin du contrat, le Prestataire restitue l'ensemble des "
                                    "données du Client dans un format ouvert, dans un délai de "
                                    "trente (30) jours.")],
    "transition_period": [_value("transition_period", "6 mois", FR_CHUNKS[2],
                                 "Une période de transition de six (6) mois est prévue, pendant "
                                 "laquelle les niveaux de service restent dus.")],
}


class FakeValues:
    """Stands in for values.extract_values: fixed values for the French contract, none otherwise."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, chunks: list[Chunk]) -> dict[str, list[ExtractedValue]]:
        self.calls += 1
        return FR_VALUES if chunks and chunks[0].doc_id == FR else {}


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def values() -> FakeValues:
    return FakeValues()


@pytest.fixture
def engine(backend, values) -> AnswerEngine:
    return AnswerEngine(backend, Settings(llm_provider="none"), extract_values=values)


# -- extractive, French ------------------------------------------------------------------------
def test_value_question_answers_with_the_value_and_quotes_its_sentence_first(engine):
    answer = engine.ask("Quel est le droit applicable ?", [FR])
    assert answer.text == ("Droit applicable : droit français.\n\n« Le présent contrat est soumis "
                           "au droit français. » (p. 8, Article 20 – Droit applicable et "
                           "juridiction)")
    assert (answer.language, answer.mode, answer.grounded, answer.topic) == (
        "fr", "extractive", True, "governing_law")
    first = answer.citations[0]
    assert (first.source, first.document, first.page, first.section, first.text) == (
        "contract", "contrat.pdf", 8, "Article 20 – Droit applicable et juridiction",
        "Le présent contrat est soumis au droit français.")


def test_absent_clause_says_the_contract_does_not_address_it_with_reference_guidance(engine):
    answer = engine.ask("Le contrat prévoit-il une clause d'audit ?", [FR])
    assert answer.text.startswith("Le contrat ne traite pas de « Audit et contrôle » : aucun "
                                  "passage ne couvre ce point (point de contrôle « audit » : "
                                  "absent).\nRecommandation : Prévoir un droit d'audit du client.")
    assert [(c.source, c.document) for c in answer.citations] == [
        ("reference", "corpus/fr/audit.md")]
    assert "auditeur indépendant" in answer.text


def test_present_clause_answers_yes_and_quotes_the_checklist_evidence(engine):
    answer = engine.ask("Le contrat contient-il une clause de durée ?", [FR])
    assert answer.text.startswith("Oui : le contrat traite de « Durée » (point de contrôle : "
                                  "présent).")
    assert answer.citations[0].text == FR_CHUNKS[0].text


def test_partial_clause_names_what_is_missing(engine):
    answer = engine.ask("Le contrat prévoit-il une clause de réversibilité ?", [FR])
    assert answer.text.startswith("En partie : le contrat aborde « Réversibilité », mais des "
                                  "éléments manquent : plan de réversibilité, suppression des "
                                  "copies.")


def test_content_question_quotes_the_clause_with_page_and_section(engine):
    answer = engine.ask("Que prévoit la clause de réversibilité ?", [FR])
    assert answer.text.startswith("Ce que prévoit le contrat sur « Réversibilité » :\n"
                                  "Période de transition : 6 mois.\n\n« À la fin du contrat")
    assert answer.citations[0].section == "Article 15 – Réversibilité"
    assert answer.citations[0].page == 5
    assert all(c.section == "Article 15 – Réversibilité" for c in answer.citations)


def test_missing_mentions_lists_required_items_absent_or_partial(engine):
    answer = engine.ask("Quelles mentions obligatoires manquent ?", [FR])
    assert answer.text == ("Mentions obligatoires absentes ou incomplètes (2) :\n"
                           "- Audit et contrôle : absente\n"
                           "- Réversibilité : incomplète (manque : plan de réversibilité, "
                           "suppression des copies)")


def test_missing_mentions_without_required_lists_every_gap(engine):
    answer = engine.ask("Qu'est-ce qui manque dans ce contrat ?", [FR])
    assert answer.text.splitlines()[0] == "Mentions absentes ou incomplètes (4) :"


def test_missing_points_of_one_clause_come_from_its_finding(engine):
    answer = engine.ask("Que manque-t-il à la clause de réversibilité ?", [FR])
    assert answer.text == ("Pour « Réversibilité », il manque : plan de réversibilité, "
                           "suppression des copies.")


def test_best_practice_quotes_the_reference_guide_and_the_contract_status(engine):
    answer = engine.ask("Que doit contenir une bonne clause de réversibilité ?", [FR])
    lines = answer.text.splitlines()
    assert lines[0] == ("Ce qu'une bonne clause « Réversibilité » doit prévoir, d'après les "
                        "guides de référence :")
    assert lines[-1] == ("Dans ce contrat, le point « Réversibilité » est partiel (manque : plan "
                         "de réversibilité, suppression des copies).")
    assert answer.citations[0].source == "reference"
    assert answer.citations[0].document == "corpus/fr/reversibility.md"


def test_question_the_contract_does_not_touch_says_so(engine):
    answer = engine.ask("Quel est le nom du chien du directeur ?", [FR])
    assert answer.text == ("Le contrat ne traite pas de cette question : aucun passage pertinent "
                           "n'a été trouvé.")
    assert answer.citations == ()


# -- extractive, English -----------------------------------------------------------------------
def test_english_governing_law_without_extracted_value_quotes_the_retrieved_sentence(engine):
    answer = engine.ask("Which law governs this agreement?", [EN])
    assert answer.text.startswith("What the contract says about “Governing law and "
                                  "jurisdiction”:\n\n“This Agreement shall be governed by")
    assert "New York" in answer.text
    assert answer.citations[0].text == EN_CHUNKS[2].text
    assert (answer.citations[0].page, answer.citations[0].section) == (6, "Section 14 – "
                                                                          "Governing Law")


def test_english_absent_clause_says_the_contract_does_not_address_it(backend, values):
    backend.findings = [Finding("audit", "Audit", "absent", 0.9, "required")]
    answer = AnswerEngine(backend, Settings(), extract_values=values).ask(
        "Does the agreement give us audit rights?", [EN])
    assert answer.text.startswith("The contract does not address “Audit rights”")
    assert answer.citations[0].document == "corpus/en/audit.md"


def test_english_question_on_french_contract_answers_in_english(engine):
    answer = engine.ask("What is the notice period?", [FR])
    assert answer.language == "en"
    assert answer.text.startswith("Notice period: 6 mois.")


def test_point_question_is_not_answered_yes_from_the_checklist_status(engine):
    answer = engine.ask("Le délai de restitution des données est-il de trente jours ?", [FR])
    # The figure the question names, then the clause: not "Oui" from the item's status.
    assert answer.text.startswith("Délai de restitution des données : 30 jours.\n"
                                  "Ce que prévoit le contrat sur « Réversibilité » :")
    assert "trente (30) jours" in answer.citations[0].text


def test_value_the_question_does_not_fit_gives_way_to_the_sentence_that_does(engine):
    answer = engine.ask("Quel est le préavis pour s'opposer à la reconduction ?", [FR])
    assert "quatre (4) mois avant l'échéance" in answer.text
    assert any("s'opposer à la reconduction" in c.text for c in answer.citations)


def test_extracted_law_wins_over_an_off_topic_sentence_sharing_the_question_words(backend):
    law = EN_CHUNKS[2].text
    values = {"governing_law": [_value("governing_law", "the State of New York", EN_CHUNKS[2],
                                       law)]}
    engine = AnswerEngine(backend, Settings(), extract_values=lambda chunks: values)
    answer = engine.ask("What law applies to this agreement?", [EN])
    assert answer.text.startswith("Governing law: the State of New York.")
    assert answer.citations[0].text == law


# -- conversation ------------------------------------------------------------------------------
def test_follow_up_uses_the_documents_and_kind_of_the_previous_turn(engine):
    first = engine.ask("Quel est le droit applicable ?", [FR])
    answer = engine.ask("Et la durée ?", [], [Turn("Quel est le droit applicable ?", first, (FR,))])
    assert answer.text.startswith("Durée : 3 ans.")
    assert answer.topic == "duration"


def test_follow_up_in_english_resolves_the_notice_period(engine):
    first = engine.ask("Which law governs this agreement?", [EN])
    answer = engine.ask("And the notice period?", [],
                        [Turn("Which law governs this agreement?", first, (EN,))])
    assert "ninety (90) days prior written notice" in answer.citations[0].text


def test_pronoun_follow_up_answers_about_the_same_clause(engine):
    first = engine.ask("Que prévoit la clause de réversibilité ?", [FR])
    answer = engine.ask("Que dit-elle sur les données ?", [],
                        [Turn("Que prévoit la clause de réversibilité ?", first, (FR,))])
    assert answer.text.startswith("Ce que prévoit le contrat sur « Réversibilité (données) » :")
    assert "restitue l'ensemble des données" in answer.citations[0].text


def test_values_are_extracted_once_per_document(engine, values):
    engine.ask("Quel est le droit applicable ?", [FR])
    engine.ask("Quelle est la durée du contrat ?", [FR])
    assert values.calls == 1


def test_value_answer_does_not_run_the_checklist(engine, backend):
    engine.ask("Quel est le préavis ?", [FR])
    assert backend.checks == 0


def test_no_document_at_all_is_explained(values):
    backend = FakeBackend()
    backend.docs = {}
    answer = AnswerEngine(backend, Settings(), extract_values=values).ask("Quelle durée ?", [])
    assert answer.text.startswith("Aucun contrat n'est indexé")


def test_extractive_stream_yields_the_text_then_the_answer(engine):
    pieces = list(engine.stream("Quel est le préavis ?", [FR]))
    assert isinstance(pieces[-1], Answer)
    assert "".join(p for p in pieces[:-1]) == pieces[-1].text


# -- LLM mode ----------------------------------------------------------------------------------
class RecordingModel(GenericFakeChatModel):
    """A fake chat model that keeps the messages it was sent."""

    seen: list = Field(default_factory=list)

    def _stream(self, messages: list[BaseMessage], *args, **kwargs) -> Iterator:
        self.seen.append(messages)
        yield from super()._stream(messages, *args, **kwargs)


def llm_engine(backend, values, reply: str) -> tuple[AnswerEngine, RecordingModel]:
    model = RecordingModel(messages=iter([AIMessage(reply)]))
    return AnswerEngine(backend, Settings(llm_provider="none"), chat_model=model,
                        extract_values=values), model


def test_llm_answer_keeps_supported_sentences_and_maps_citations(backend, values):
    engine, model = llm_engine(backend, values, "Le contrat est soumis au droit français [1].")
    answer = engine.ask("Quel est le droit applicable ?", [FR])
    assert (answer.mode, answer.grounded, answer.notice) == ("llm", True, "")
    assert answer.text == "Le contrat est soumis au droit français [1]."
    assert answer.citations[0].text == "Le présent contrat est soumis au droit français."
    prompt = model.seen[0][-1].content
    assert "<<<SOURCE 1\nLe présent contrat est soumis au droit français.\nSOURCE 1>>>" in prompt


def test_llm_citations_are_renumbered_in_order_of_use(backend, values):
    engine, model = llm_engine(backend, values, "placeholder")
    engine.ask("Quel est le droit applicable ?", [FR])
    prompt = model.seen[0][-1].content
    number = next(n for n, block in re.findall(r"<<<SOURCE (\d+)\n(.*?)\nSOURCE", prompt, re.S)
                  if "tribunal de commerce de Paris" in block)
    engine, _ = llm_engine(backend, values, f"Tout litige relève du tribunal de commerce de "
                                            f"Paris [{number}].")
    answer = engine.ask("Quel est le droit applicable ?", [FR])
    assert answer.mode == "llm" and answer.text.endswith("[1].")
    assert "tribunal de commerce de Paris" in answer.citations[0].text
    assert len(answer.citations) == 1


def test_llm_sentence_the_sources_do_not_support_is_dropped_with_a_notice(backend, values):
    engine, _ = llm_engine(backend, values, "Le contrat est soumis au droit français [1]. "
                           "Un arbitrage à Genève est prévu [1].")
    answer = engine.ask("Quel est le droit applicable ?", [FR])
    assert answer.mode == "llm"
    assert answer.text == "Le contrat est soumis au droit français [1]."
    assert answer.notice == ("1 phrase(s) retirée(s) de la réponse du modèle : non étayée(s) par "
                             "les passages cités.")


def test_llm_answer_mostly_invented_falls_back_to_the_extractive_answer(backend, values):
    engine, _ = llm_engine(backend, values, "Le contrat est régi par le droit suisse et dure "
                           "douze ans [1]. Le prestataire garantit 100 % de disponibilité [2].")
    answer = engine.ask("Quel est le droit applicable ?", [FR])
    assert answer.mode == "extractive"
    assert answer.text.startswith("Droit applicable : droit français.")
    assert answer.notice.startswith("La réponse du modèle n'était pas assez étayée")


def test_llm_stream_shows_only_grounded_sentences_then_the_answer(backend, values):
    engine, _ = llm_engine(backend, values, "Le contrat est soumis au droit français [1]. "
                           "Il a été signé à Lyon le 3 mars 2019 [1]. Tout litige relève du "
                           "tribunal de commerce de Paris [2].")
    pieces = list(engine.stream("Quel est le droit applicable ?", [FR]))
    final = pieces[-1]
    assert isinstance(final, Answer) and final.mode == "llm"
    assert "Lyon" not in "".join(pieces[:-1]) and "Lyon" not in final.text
    assert "".join(pieces[:-1]).strip() == final.text


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dead_llm_server_falls_back_to_the_extractive_answer_with_a_notice(backend, values):
    settings = Settings(llm_provider="openai", llm_model="m", llm_timeout=5,
                        llm_base_url=f"http://127.0.0.1:{_closed_port()}/v1")
    answer = AnswerEngine(backend, settings, extract_values=values).ask(
        "Quel est le droit applicable ?", [FR])
    assert answer.mode == "extractive"
    assert answer.text.startswith("Droit applicable : droit français.")
    assert answer.notice.startswith("Le modèle de langage n'a pas répondu (")


def test_checklist_listing_stays_extractive_in_llm_mode(backend, values):
    engine, model = llm_engine(backend, values, "Tout est parfait.")
    answer = engine.ask("Quelles mentions obligatoires manquent ?", [FR])
    assert answer.mode == "extractive" and model.seen == []
