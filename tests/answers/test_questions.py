"""Question understanding: language, intent, checklist item, value kinds and follow-ups."""
from __future__ import annotations

import pytest

from assistant.answers.questions import asked_together, find_topic, fold, understand
from assistant.models import Answer, Turn


def turn(question: str, topic: str, documents: tuple[str, ...] = ("doc-1",)) -> Turn:
    return Turn(question, Answer("…", "fr", "extractive", True, topic=topic), documents)


@pytest.mark.parametrize("text, language, intent, topic, first_kind", [
    ("Which law governs this agreement?", "en", "value", "governing_law", "governing_law"),
    ("Quel est le droit applicable ?", "fr", "value", "governing_law", "governing_law"),
    ("Quel tribunal est compétent en cas de litige ?", "fr", "value", "governing_law",
     "jurisdiction"),
    ("Quelle est la durée du contrat ?", "fr", "value", "duration", "term"),
    ("How long is the initial term?", "en", "value", "duration", "term"),
    ("Quel est le préavis de non-reconduction ?", "fr", "value", "duration", "notice"),
    ("What is the notice period for termination?", "en", "value", "termination", "notice"),
    ("Quelle est la durée de la période de transition ?", "fr", "value", "reversibility",
     "transition_period"),
    ("What is the availability commitment?", "en", "value", "service_levels", "availability"),
    ("Quel est le délai de rétablissement ?", "fr", "value", "service_levels", "response_time"),
    ("Quel est le plafond de responsabilité ?", "fr", "value", "liability", "liability_cap"),
    ("Combien coûte le service ?", "fr", "value", "pricing", "price"),
    ("Quel est le montant des pénalités ?", "fr", "value", "penalties", "penalty"),
    ("Le contrat prévoit-il une clause d'audit ?", "fr", "presence", "audit", None),
    ("Y a-t-il une clause d'assurance ?", "fr", "presence", "insurance", None),
    ("Is there an insurance clause?", "en", "presence", "insurance", None),
    ("Does the agreement address subcontracting?", "en", "presence", "subcontracting", None),
    ("Que prévoit la clause de réversibilité ?", "fr", "content", "reversibility", None),
    ("What does the contract say about confidentiality?", "en", "content", "confidentiality",
     None),
    ("Que dit le contrat sur les pénalités ?", "fr", "content", "penalties", "penalty"),
    ("Où sont hébergées les données ?", "fr", "value", "place_of_performance",
     "hosting_location"),
    # Probing with new contracts: a price rise's notice, exit assistance, data kept after the
    # end, a remedy that is a clause rather than a figure, the confidentiality's own term.
    ("Quel préavis pour une hausse de prix ?", "fr", "value", "price_revision", "notice"),
    ("Combien de temps dure l'assistance de fin de contrat ?", "fr", "value", "reversibility",
     "transition_period"),
    ("Quelle est la durée de conservation des données après la fin du contrat ?", "fr", "value",
     "reversibility", "retention_period"),
    ("Are service credits the Customer's only remedy for downtime?", "en", "content",
     "penalties", "penalty"),
    ("How long does a party have to remedy a breach?", "en", "value", "duration",
     "cure_period"),
    ("Quelle est la durée de la confidentialité après la fin du contrat ?", "fr", "value",
     "confidentiality", None),
    ("Dans quel format les données sont-elles restituées ?", "fr", "value", "reversibility",
     None),
    ("Quelles mentions obligatoires manquent ?", "fr", "missing", "", None),
    ("Which required clauses are missing?", "en", "missing", "", None),
    # Where disputes are heard is the forum; an extension is a renewal; the Swiss « for ».
    ("Where is the seat of arbitration?", "en", "value", "governing_law", "jurisdiction"),
    ("Can the Customer extend the agreement, and for how long?", "en", "value", "duration",
     "renewal"),
    ("Où est le for ?", "fr", "value", "governing_law", "jurisdiction"),
    ("How long do we have to get our data back after the contract ends?", "en", "value",
     "reversibility", "data_return_deadline"),
    # "keep assisting" goes on helping, not keeping records; an index or a formula asks for
    # the clause.
    ("How long must the supplier keep assisting during the transition after the contract "
     "ends?", "en", "value", "reversibility", "transition_period"),
    ("Selon quel indice et quelle formule les prix sont-ils révisés ?", "fr", "content",
     "price_revision", None),
    ("Que doit contenir une bonne clause de réversibilité ?", "fr", "best_practice",
     "reversibility", None),
    ("What should a good exit clause contain?", "en", "best_practice", "reversibility", None),
    ("Quelles sont les bonnes pratiques en matière de révision des prix ?", "fr",
     "best_practice", "price_revision", None),
])
def test_understand_reads_language_intent_item_and_value(text, language, intent, topic,
                                                          first_kind):
    q = understand(text)
    assert (q.language, q.intent, q.topic) == (language, intent, topic)
    assert (q.value_kinds[0] if q.value_kinds else None) == first_kind


def test_governing_law_question_falls_back_to_an_implied_law_then_the_competent_court():
    assert understand("Which law governs this agreement?").value_kinds == (
        "governing_law", "governing_law_implied", "jurisdiction")


def test_required_only_is_true_only_when_the_question_says_mandatory():
    assert understand("Quelles mentions obligatoires manquent ?").required_only
    assert understand("Which required clauses are missing?").required_only
    assert not understand("Qu'est-ce qui manque dans ce contrat ?").required_only


def test_short_follow_up_takes_a_new_item_and_keeps_asking_for_a_value():
    q = understand("Et la durée ?", [turn("Quel est le droit applicable ?", "governing_law")])
    assert (q.language, q.intent, q.topic, q.value_kinds[0]) == ("fr", "value", "duration",
                                                                 "term")
    assert q.follow_up and q.documents == ("doc-1",)


def test_english_follow_up_asks_for_the_notice_period():
    q = understand("And the notice period?",
                   [turn("Which law governs this agreement?", "governing_law")])
    assert (q.language, q.intent, q.topic, q.value_kinds) == ("en", "value", "termination",
                                                              ("notice", "cure_period"))


def test_pronoun_follow_up_keeps_the_clause_and_names_the_point_asked_about():
    q = understand("Que dit-elle sur les données ?",
                   [turn("Que prévoit la clause de réversibilité ?", "reversibility")])
    assert (q.intent, q.topic, q.context_topic, q.focus) == (
        "content", "data_protection", "reversibility", "données")
    assert "Réversibilité" in q.query and "données" in q.query


def test_pronoun_follow_up_about_duration_asks_for_the_clause_period():
    q = understand("Et combien de temps dure-t-elle ?",
                   [turn("Que prévoit la clause de réversibilité ?", "reversibility")])
    assert (q.intent, q.topic, q.value_kinds) == ("value", "reversibility",
                                                  ("transition_period",))


def test_follow_up_without_item_inherits_the_previous_one():
    q = understand("Et en détail ?", [turn("Que prévoit la clause d'audit ?", "audit")])
    assert q.topic == "audit"


def test_presence_follow_up_stays_a_presence_question():
    q = understand("Et une assurance ?", [turn("Le contrat prévoit-il une clause d'audit ?",
                                                "audit")])
    assert (q.intent, q.topic) == ("presence", "insurance")


def test_follow_up_resolves_through_several_turns():
    history = [turn("Quel est le droit applicable ?", "governing_law"),
               turn("Et la durée ?", "duration")]
    q = understand("Et le préavis ?", history)
    assert (q.intent, q.topic, q.value_kinds[0]) == ("value", "termination", "notice")


def test_question_without_history_has_no_follow_up_and_no_documents():
    q = understand("Quelle est la durée du contrat ?")
    assert not q.follow_up and q.documents == () and q.context_topic == ""


def test_fold_removes_accents_and_curly_apostrophes():
    assert fold("Réversibilité d’un Contrat") == "reversibilite d'un contrat"


def test_find_topic_prefers_the_most_specific_item():
    assert find_topic(fold("Révision des prix")) == "price_revision"
    assert find_topic(fold("Quel est le prix ?")) == "pricing"
    assert find_topic(fold("Bonjour")) == ""


@pytest.mark.parametrize(("text", "topic"), [
    # A change of the price asked with a verb, either way round, is the price revision ...
    ("De quelle manière les tarifs sont-ils ajustés chaque année ?", "price_revision"),
    ("Le fournisseur a-t-il le droit de modifier la redevance en cours de contrat ?",
     "price_revision"),
    ("May the Supplier increase the charges during the initial term?", "price_revision"),
    ("How are the rates updated over time?", "price_revision"),
    ("Quelle est l'augmentation annuelle maximale de la redevance ?", "price_revision"),
    ("Avec quel préavis l'éditeur peut-il augmenter ses frais ?", "price_revision"),
    ("Can the vendor raise the time-and-materials rates?", "price_revision"),
    # Credits asked on their own are service credits; a credit card is not.
    ("Quels crédits reçoit-on quand la plateforme est indisponible ?", "penalties"),
    # ... the price alone is the price, and a change request is change management.
    ("Quel est le montant de la redevance ?", "pricing"),
    ("What are the charges for a change request?", "change_management"),
])
def test_a_change_of_the_price_asked_by_its_verb_is_price_revision(text, topic):
    assert understand(text).topic == topic


@pytest.mark.parametrize(("text", "intent"), [
    ("Quel délai après une mise en demeure avant la résiliation pour manquement ?", "value"),
    ("Que manque-t-il au contrat ?", "missing"),
    ("Quelles clauses sont manquantes ?", "missing"),
])
def test_a_breach_is_not_a_missing_clause(text, intent):
    assert understand(text).intent == intent


@pytest.mark.parametrize(("text", "expects"), [
    ("Dans quel délai les données sont-elles supprimées ?", "duration"),
    ("How many days does the provider have to respond?", "duration"),
    ("Quelle hausse des tarifs est autorisée ?", "percent"),
    ("Quel est le montant de la redevance ?", "money"),
    ("Dans quel pays les données sont-elles stockées ?", "place"),
    ("Where are the servers located?", "place"),
    ("Quel est le droit applicable ?", ""),
    ("Le contrat prévoit-il un délai de préavis ?", ""),  # a presence question wants no figure
])
def test_the_kind_of_figure_a_question_expects(text, expects):
    assert understand(text).expects == expects


@pytest.mark.parametrize(("text", "first_kind"), [
    ("Combien de temps les sauvegardes sont-elles conservées ?", "retention_period"),
    ("When is customer data deleted after the end of the contract?", "deletion_delay"),
    ("How long does a party have to cure a breach?", "cure_period"),
    ("Quel est le plafond des pénalités ?", "penalty_cap"),
    ("In which country is the data hosted?", "hosting_location"),
])
def test_value_kinds_named_by_their_own_words(text, first_kind):
    assert understand(text).value_kinds[0] == first_kind


@pytest.mark.parametrize(("question", "closed"), [
    ("Le CCAP plafonne-t-il la responsabilité du titulaire ?", True),
    ("Y a-t-il un plafond de responsabilité ?", True),
    ("Est-ce que les pénalités sont plafonnées ?", True),
    ("Les données sont-elles hébergées en France ?", True),
    ("Is liability capped?", True),
    ("Does the contract cap the penalties?", True),
    ("Quel est le plafond de responsabilité ?", False),
    ("Quel plafond le contrat fixe-t-il ?", False),
    ("Combien de temps dure le contrat ?", False),
    ("What is the liability cap?", False),
    ("How much notice is needed to terminate?", False),
])
def test_yes_no_questions_are_told_from_questions_asking_which_value(question, closed):
    assert understand(question).closed is closed


@pytest.mark.parametrize(("text", "together"), [
    ("What is the initial term and how is it renewed?", ("term", "renewal")),
    ("Quelle est la durée initiale et comment le contrat est-il reconduit ?", ("term", "renewal")),
    # One thing asked, however many words name kinds.
    ("Are service credits capped?", ()),
    ("What is the term of the agreement?", ()),
])
def test_a_question_asking_two_things_at_once(text, together):
    folded = fold(text)
    assert tuple(kind for kind, _ in asked_together(folded, find_topic(folded))) == together


@pytest.mark.parametrize(("text", "topic", "kinds"), [
    # How disputes are settled asks for the forum first (a court or an arbitration seat).
    ("How are disputes settled?", "governing_law",
     ("jurisdiction", "governing_law", "governing_law_implied")),
    ("What is the annual support charge?", "pricing", ("price",)),
    # A rate per unit of work is a price; an interest rate is not asked as one.
    ("What is the daily rate of a senior consultant?", "pricing", ("price",)),
    ("Quel est le taux journalier d'un chef de projet ?", "pricing", ("price",)),
    # A data centre named in a question on audits does not ask where data are hosted.
    ("May our auditors visit the supplier's data centre?", "audit", ()),
    ("Which data centre hosts the platform?", "place_of_performance", ("hosting_location",)),
    # "its own affiliates" asks about subcontracting, "who owns" about ownership.
    ("Can the supplier use subcontractors or its own affiliates?", "subcontracting", ()),
    ("Who owns the deliverables?", "ip_ownership", ()),
    ("How do we get our data back when we leave?", "reversibility", ()),
    # When the data come back is a deadline of its own, not the transition period.
    ("Dans quel délai le prestataire doit-il restituer les données ?", "reversibility",
     ("data_return_deadline", "transition_period")),
    # The data named before the verb that returns them: still a deadline for their return.
    ("Dans quel délai nos fichiers seront-ils restitués ?", "reversibility",
     ("data_return_deadline", "transition_period")),
    ("How soon will our data be handed back when the contract ends?", "reversibility",
     ("data_return_deadline", "transition_period")),
    # "l'hébergeur" names a party: a question on its insurance is no question on hosting.
    ("Quels montants d'assurance l'hébergeur doit-il détenir ?", "insurance", ()),
    ("Où l'hébergeur stocke-t-il les données ?", "place_of_performance", ("hosting_location",)),
    # A notice asked beside a renewal is the notice that stops it: a point of the term.
    ("How much notice stops the automatic renewal?", "duration", ("notice", "renewal", "term")),
    ("Quel délai pour dénoncer la reconduction tacite, et avec quel préavis ?", "duration",
     ("notice", "renewal", "term")),
    ("Quel est le préavis de résiliation du contrat reconduit ?", "termination",
     ("notice", "cure_period")),
])
def test_disputes_charges_and_a_data_centre_in_another_question(text, topic, kinds):
    q = understand(text)
    assert (q.topic, q.value_kinds) == (topic, kinds)
