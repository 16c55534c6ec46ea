"""Value answers on contracts that word things the way real ones do (texts written for these tests).

The values are read by the real extraction (analysis.values) and the sentences by the real
document reader (answers.facts); only search and the checklist are stood in for.
"""
from __future__ import annotations

import re

import pytest

from assistant.answers.answering import AnswerEngine
from assistant.answers.questions import fold
from assistant.models import CheckReport, Chunk, DocumentInfo, Finding, Hit
from assistant.settings import Settings

FR, EN, SAAS = "contrat-hebergement", "hosting-agreement", "conditions-saas"
SUBSCRIPTION = "abonnement-en-ligne"


def _articles(doc_id: str, articles: list[tuple[str, str, str]]) -> list[Chunk]:
    return [Chunk(doc_id, i, text, i + 1, i + 1, number, title)
            for i, (number, title, text) in enumerate(articles)]


FR_CHUNKS = _articles(FR, [
    ("Article 1", "Définitions",
     "« Réversibilité » désigne l'ensemble des opérations permettant au Client de reprendre "
     "l'exploitation de son système. « Incident majeur » désigne une panne qui dégrade fortement "
     "le service."),
    ("Article 2", "Objet",
     "Version 4 du document. Durée de validité de la présente offre : douze (12) mois."),
    ("Article 3", "Durée",
     "Le présent contrat prend effet à sa signature et se poursuit jusqu'à sa résiliation par "
     "l'une des parties."),
    ("Article 4", "Prix",
     "Le Prestataire peut réviser ses tarifs une fois par an moyennant un préavis de deux (2) "
     "mois."),
    ("Article 5", "Niveaux de service",
     "Les délais de traitement des incidents sont les suivants :\n"
     "Priorité | Prise en charge | Résolution\n"
     "Bloquant | 1 heure | 4 heures\n"
     "Majeur | 2 heures | 8 heures\n"
     "Mineur | 1 jour | 5 jours"),
    ("Article 6", "Pénalités",
     "Chaque heure de dépassement donne lieu à une pénalité de 1 % de la redevance mensuelle. "
     "Le total des pénalités est plafonné à 10 % du montant de la facture du mois concerné."),
    ("Article 7", "Responsabilité",
     "La responsabilité du Prestataire ne pourra excéder les sommes versées par le Client au "
     "cours des six (6) derniers mois."),
    ("Article 8", "Données",
     "Les données du Client sont hébergées dans un centre de données situé à Clermont-Ferrand. "
     "Les journaux techniques sont conservés pendant douze (12) mois. À la fin du contrat, les "
     "données sont supprimées dans un délai de soixante (60) jours."),
    ("Article 9", "Résiliation",
     "Chaque partie peut résilier le contrat moyennant un préavis de trois (3) mois. En cas de "
     "manquement grave, le contrat peut être résilié après une mise en demeure restée sans effet "
     "pendant trente (30) jours."),
    ("Article 10", "Litiges", "Tout différend sera porté devant le tribunal de commerce de "
                              "Bordeaux."),
    ("Article 11", "Réversibilité",
     "À la fin du contrat, le Prestataire restitue au Client l'ensemble de ses données dans un "
     "format ouvert et l'assiste pendant la reprise."),
])
EN_CHUNKS = _articles(EN, [
    ("1", "Term", "This Agreement starts on the Effective Date and remains in force until "
                  "terminated by either party."),
    ("5", "Fees", "Provider may increase its fees once a year on sixty (60) days' notice."),
    ("9", "Customer Data",
     "Customer Data is hosted in data centres located in Frankfurt and Dublin. Provider deletes "
     "Customer Data within thirty (30) days after termination."),
    ("12", "Termination",
     "Either party may terminate this Agreement on ninety (90) days' written notice. Either "
     "party may terminate for material breach if the breach is not cured within twenty (20) "
     "days of notice of the breach."),
])
SAAS_CHUNKS = _articles(SAAS, [
    ("8", "Responsabilité",
     "L'Éditeur s'engage sur des niveaux de service décrits en annexe. À défaut d'engagement de "
     "niveau de service, l'indemnisation due par l'Éditeur est limitée :\n"
     "- aux sommes réglées par le Client durant les quatre (4) mois précédant la réclamation ;\n"
     "- au dommage direct s'il est moindre."),
    ("9", "Limitation de responsabilité",
     "En cas de faute lourde, la responsabilité de l'Éditeur reste limitée au dommage prévisible "
     "dans un plafond de 80 000 euros."),
    ("10", "Continuité de service",
     "Les sauvegardes des données sont répliquées chaque nuit sur un second site de l'Éditeur."),
    ("12", "Mentions légales",
     "Le service est exploité par la société Nuage SAS, 3 rue des Lilas – 75011 Paris – France.\n"
     "\nDans le datacenter de Gravelines, France"),
])

# A price stated as what is invoiced each month, beside another monthly figure; two notices.
SUBSCRIPTION_CHUNKS = _articles(SUBSCRIPTION, [
    ("2", "Disponibilité", "La disponibilité mensuelle visée est de 99,5 %. En dessous, le "
                           "client reçoit un avoir de 5 % de la facture du mois, dans la limite "
                           "de 25 % de cette facture."),
    ("3", "Tarifs",
     "L'abonnement est facturé 900 euros hors taxes par mois. L'éditeur peut faire évoluer ses "
     "tarifs chaque année ; le client en est informé au moins trente jours à l'avance."),
    ("6", "Fin de l'abonnement",
     "Chaque partie peut mettre fin à l'abonnement moyennant un préavis de deux mois."),
    ("7", "Maintenance", "Les opérations de maintenance sont annoncées au moins 48 heures à "
                         "l'avance."),
    ("8", "Responsabilité", "La responsabilité de l'éditeur est limitée à 150 % du montant "
                            "annuel de la redevance."),
    ("9", "Redevance", "Le client verse une redevance annuelle de 10 800 euros hors taxes."),
    ("10", "Secret", "L'éditeur s'interdit de communiquer les informations du client. Cet "
                     "engagement demeure en vigueur pendant trois ans après la fin de "
                     "l'abonnement."),
    ("11", "Renouvellement",
     "L'abonnement se renouvelle par périodes d'un an, sauf dénonciation par écrit au moins "
     "quarante-cinq jours avant la fin de la période en cours."),
])

# Times per severity as a list under one lead-in, and exit help under other names.
SUPPORT = "contrat-support"
SUPPORT_CHUNKS = _articles(SUPPORT, [
    ("4", "Traitement des demandes",
     "Le Titulaire respecte, selon la criticité de la demande, les délais suivants :\n"
     "- demande critique : prise en charge sous 30 minutes, correction sous 6 heures ouvrées ;\n"
     "- demande majeure : prise en charge sous 2 heures ouvrées, correction sous 2 jours "
     "ouvrés ;\n"
     "- demande mineure : prise en charge sous 1 jour ouvré, correction au prochain lot."),
    ("5", "Support Levels",
     "(a) Severity 1: the Supplier acknowledges the ticket within 15 minutes and provides a fix "
     "or workaround within 5 Working Hours;\n"
     "(b) Severity 2: the Supplier acknowledges the ticket within 2 Working Hours and provides a "
     "fix within 3 Working Days."),
    ("14", "Fin du contrat",
     "Le Titulaire assure une passation de trois mois au profit du Client ou du nouveau "
     "titulaire."),
    ("15", "Disengagement",
     "After expiry, the Supplier shall perform the Disengagement Services for up to eight (8) "
     "months at the Customer's request."),
    ("6", "Délais de traitement",
     "| Gravité | Prise en compte | Contournement | Correction définitive |\n"
     "|---|---|---|---|\n"
     "| Bloquante | 1 heure | 6 heures | 3 jours ouvrés |\n"
     "| Majeure | 4 heures | 2 jours ouvrés | 10 jours ouvrés |"),
    ("16", "Exit information",
     "Within fifteen (15) Working Days of a request made in the last nine (9) months of the "
     "Term, the Supplier shall provide an inventory of the assets used for the Services."),
])
# A term stated before what follows it, and a duty that outlives the contract.
TERMS = "conditions-abonnement"
TERMS_CHUNKS = _articles(TERMS, [
    ("3", "Term", "This Agreement begins on the Effective Date and continues for four (4) years, "
                  "after which it renews automatically for successive one (1) year periods."),
    ("4", "Durée de l'abonnement",
     "L'abonnement se renouvelle chaque année, sauf résiliation au moins quarante-cinq jours "
     "avant sa date anniversaire."),
    ("9", "Secret", "Cette obligation survit trois ans à la fin de l'abonnement, et sans limite "
                    "de durée pour les secrets de fabrication."),
])


class Backend:
    """The facade's contract over the three documents: word-overlap search, a fixed checklist."""

    def __init__(self, findings: list[Finding] | None = None) -> None:
        self.docs = {"contrat.pdf": FR_CHUNKS, "agreement.pdf": EN_CHUNKS,
                     "conditions.md": SAAS_CHUNKS, "abonnement.md": SUBSCRIPTION_CHUNKS,
                     "support.md": SUPPORT_CHUNKS, "terms.md": TERMS_CHUNKS}
        self.findings = findings or []

    def documents(self) -> list[DocumentInfo]:
        return [DocumentInfo(chunks[0].doc_id, name, 12, "en" if chunks[0].doc_id == EN else "fr",
                             len(chunks)) for name, chunks in self.docs.items()]

    def chunks(self, doc_id: str) -> list[Chunk]:
        return next(cs for cs in self.docs.values() if cs[0].doc_id == doc_id)

    def search(self, query: str, documents=None, k=None) -> list[Hit]:
        asked = set(re.findall(r"\w{4,}", fold(query)))
        pairs = [(n, c) for n, cs in self.docs.items() for c in cs
                 if not documents or c.doc_id in documents]
        pairs.sort(key=lambda p: -len(asked & set(re.findall(r"\w{4,}", fold(p[1].text)))))
        return [Hit(c, n, 1.0 / (i + 1)) for i, (n, c) in enumerate(pairs[:k or 6])]

    def search_reference(self, query: str, k=None, language=None, clause_id=None) -> list[Hit]:
        return []

    def check(self, doc_ids) -> CheckReport:
        return CheckReport(self.documents()[0], "infogerance", "1", list(self.findings), 0.5)


@pytest.fixture(scope="module")
def engine() -> AnswerEngine:
    return AnswerEngine(Backend(), Settings(llm_provider="none"))


@pytest.mark.parametrize(("document", "question", "first_line", "quoted"), [
    # An open-ended term, not the validity of an offer.
    (FR, "Quelle est la durée du contrat ?", "Durée : durée indéterminée.",
     "jusqu'à sa résiliation"),
    (EN, "What is the term of the agreement?", "Term: indefinite term.",
     "until terminated by either party"),
    # Several notices: the one for the question's subject.
    (FR, "Quel est le préavis de résiliation ?", "Préavis : 3 mois.",
     "résilier le contrat moyennant un préavis de trois (3) mois"),
    (FR, "Avec quel préavis le prestataire doit-il annoncer une révision de ses tarifs ?",
     "Préavis : 2 mois.", "réviser ses tarifs"),
    (EN, "How much notice is needed to terminate the agreement?", "Notice period: 90 days.",
     "ninety (90) days' written notice"),
    # Times per severity, from a table: the row and the column asked.
    (FR, "Quel est le délai de résolution d'un incident majeur ?",
     "Délai d'intervention ou de rétablissement : 8 heures.", "Majeur | 2 heures | 8 heures"),
    (FR, "Quel est le délai de prise en charge d'un incident bloquant ?",
     "Délai d'intervention ou de rétablissement : 1 heure.", "Bloquant | 1 heure | 4 heures"),
    # Caps: on penalties as a share of an invoice, on liability as sums paid over months.
    (FR, "Quel est le plafond des pénalités ?", "Plafond des pénalités : 10 %.",
     "plafonné à 10 % du montant de la facture"),
    (FR, "Quel est le plafond de responsabilité du prestataire ?",
     "Plafond de responsabilité : les sommes versées par le Client au cours des six (6) derniers "
     "mois.", "ne pourra excéder"),
    # Where the data live, how long they are kept, when they are deleted.
    (FR, "Où sont hébergées les données ?", "Lieu d'hébergement : Clermont-Ferrand.",
     "situé à Clermont-Ferrand"),
    (EN, "Where is customer data hosted?", "Hosting location: Frankfurt, Dublin.",
     "located in Frankfurt and Dublin"),
    (FR, "Combien de temps les journaux techniques sont-ils conservés ?",
     "Durée de conservation : 12 mois.", "conservés pendant douze (12) mois"),
    (FR, "Dans quel délai les données sont-elles supprimées à la fin du contrat ?",
     "Délai de suppression des données : 60 jours.", "supprimées dans un délai de soixante"),
    (EN, "Within how many days is customer data deleted after termination?",
     "Deletion period: 30 days.", "within thirty (30) days after termination"),
    # Cure periods before termination.
    (FR, "Quel délai après une mise en demeure avant la résiliation pour manquement ?",
     "Délai pour remédier au manquement : 30 jours.", "mise en demeure restée sans effet"),
    (EN, "How long does a party have to cure a breach?", "Cure period: 20 days.",
     "not cured within twenty (20) days"),
    # A price read as what is invoiced per month; the notice of a price rise, not of the end.
    (SUBSCRIPTION, "Quel est le prix mensuel ?", "Prix : 900 EUR.", "facturé 900 euros"),
    (SUBSCRIPTION, "Quel préavis pour une hausse de prix ?", "Préavis : 30 jours.",
     "informé au moins trente jours à l'avance"),
    (SUBSCRIPTION, "Quel est le préavis de résiliation ?", "Préavis : 2 mois.",
     "préavis de deux mois"),
    # A yearly fee asked by its amount, beside a cap stated as a share of that fee.
    (SUBSCRIPTION, "Quel est le montant de la redevance annuelle ?", "Prix : 10\u202f800 EUR.",
     "redevance annuelle de 10 800 euros"),
    # A confidentiality that outlives the contract, in the sentence after the duty.
    (SUBSCRIPTION, "Quelle est la durée de la confidentialité après la fin du contrat ?",
     "Délai ou durée : 3 ans.", "trois ans après la fin"),
    # The notice before the end of a period, for a question on stopping the renewal.
    (SUBSCRIPTION, "Quel est le préavis pour dénoncer le renouvellement ?",
     "Préavis : 45 jours.", "quarante-cinq jours avant la fin"),
    # Service credits as credit notes ("un avoir"), capped as a share of the invoice.
    (SUBSCRIPTION, "Quel est le plafond des pénalités ?", "Plafond des pénalités : 25 %.",
     "dans la limite de 25 %"),
    # A law designated only through its court.
    (FR, "Quel est le droit applicable ?",
     "Droit applicable (déduit de la juridiction désignée) : droit français.",
     "tribunal de commerce de Bordeaux"),
    (FR, "Which law governs the contract?",
     "Governing law (implied by the chosen court): French law (France).",
     "tribunal de commerce de Bordeaux"),
])
def test_value_answer_says_the_value_and_quotes_its_sentence(engine, document, question,
                                                              first_line, quoted):
    answer = engine.ask(question, [document])
    assert answer.text.splitlines()[0] == first_line
    assert quoted in answer.citations[0].text


@pytest.mark.parametrize(("question", "first_line", "quoted"), [
    # In a list under one lead-in, the row of the severity asked, then the time asked.
    ("Quel est le délai de prise en charge d'une demande majeure ?",
     "Délai d'intervention ou de rétablissement : 2 heures ouvrées.", "demande majeure"),
    ("Sous quel délai une demande critique doit-elle être corrigée ?",
     "Délai ou durée : 6 heures ouvrées.", "demande critique"),
    ("How quickly must the Supplier acknowledge a Severity 2 ticket?",
     "Response or restore time: 2 business hours.", "Severity 2"),
    ("Within what time must a Severity 1 ticket be fixed?",
     "Response or restore time: 5 business hours.", "Severity 1"),
    # The help at the end under the names drafters give it.
    ("Combien de temps dure la passation ?", "Période de transition : 3 mois.",
     "passation de trois mois"),
    ("How long do the Disengagement Services last?", "Transition period: 8 months.",
     "Disengagement Services for up to eight"),
    # In a table of three times, the column the question names.
    ("Quel est le délai de correction définitive d'une anomalie majeure ?",
     "Délai d'intervention ou de rétablissement : 10 jours ouvrés.", "Correction définitive"),
    ("Quel est le délai de contournement d'une anomalie bloquante ?",
     "Délai d'intervention ou de rétablissement : 6 heures.", "Contournement"),
    # Exit help named outright beats the notice the question also names; a time to answer a
    # request is no transition period.
    ("How long must the Supplier keep providing disengagement services after notice of "
     "termination?", "Transition period: 8 months.", "Disengagement Services for up to eight"),
])
def test_times_per_severity_in_a_list_and_exit_help_by_other_names(engine, question,
                                                                   first_line, quoted):
    answer = engine.ask(question, [SUPPORT])
    assert answer.text.splitlines()[0] == first_line
    assert quoted in answer.citations[0].text


@pytest.mark.parametrize(("question", "first_line", "quoted"), [
    ("What is the term of the agreement?", "Term: 4 years.", "continues for four (4) years"),
    ("Quel préavis pour ne pas renouveler l'abonnement ?", "Préavis : 45 jours.",
     "quarante-cinq jours avant sa date anniversaire"),
])
def test_a_term_before_what_follows_it_and_a_notice_before_an_anniversary(engine, question,
                                                                          first_line, quoted):
    answer = engine.ask(question, [TERMS])
    assert answer.text.splitlines()[0] == first_line
    assert quoted in answer.citations[0].text




@pytest.mark.parametrize(("question", "said", "quoted"), [
    # A cap given as a list after a colon, asked in words that also name service levels.
    ("En l'absence d'engagement de niveau de service, à combien l'indemnisation due par "
     "l'Éditeur est-elle plafonnée ?", "quatre (4) mois", "quatre (4) mois précédant"),
    # Two caps: asked for an amount, the one stated as an amount is given too.
    ("À quel montant la responsabilité de l'Éditeur est-elle plafonnée ?", "80 000 EUR",
     "plafond de 80 000 euros"),
    # A data centre named after its noun, not after "à".
    ("Dans quel centre de données le service est-il hébergé ?", "Gravelines",
     "datacenter de Gravelines"),
])
def test_real_terms_wordings(engine, question, said, quoted):
    answer = engine.ask(question, [SAAS])
    assert said.replace(" ", "") in answer.text.replace(" ", "").replace("\u202f", "")
    assert any(quoted in c.text for c in answer.citations)


def test_a_clause_question_quotes_the_clause_not_its_definition(engine):
    answer = engine.ask("Que prévoit le contrat sur la réversibilité ?", [FR])
    assert answer.citations
    assert not any("désigne" in c.text for c in answer.citations)
    assert "restitue au Client" in answer.citations[0].text


def test_a_point_question_quotes_the_sentence_holding_its_words():
    findings = [Finding("place_of_performance", "Lieu d'exécution", "absent", 0.9, "required")]
    engine = AnswerEngine(Backend(findings), Settings(llm_provider="none"))
    answer = engine.ask("Les journaux techniques sont-ils conservés pendant douze mois ?", [FR])
    assert "conservés pendant douze (12) mois" in answer.citations[0].text


def test_an_absent_clause_asked_about_is_not_addressed():
    findings = [Finding("insurance", "Assurances", "absent", 0.9, "recommended")]
    engine = AnswerEngine(Backend(findings), Settings(llm_provider="none"))
    answer = engine.ask("Le prestataire doit-il souscrire une assurance ?", [FR])
    assert answer.text.startswith("Le contrat ne traite pas de « Assurances »")


@pytest.mark.parametrize(("question", "first"), [
    ("Le contrat prévoit-il un plan de reprise d'activité ?",
     "Non : le contrat ne traite pas de « Plan de continuité ou de reprise (PCA/PRA) » ; sur "
     "« Continuité de service », il ne prévoit que ce qui est cité ci-dessous (point de contrôle "
     ": partiel)."),
    ("Does the contract provide a disaster recovery plan?",
     "No: the contract does not address “Plan de continuité ou de reprise (PCA/PRA)”; on "
     "“Business continuity” it only provides what is quoted below (checklist item: partial)."),
    # Asked about the clause itself, the answer is the clause's status.
    ("Le contrat prévoit-il une clause de continuité de service ?",
     "En partie : le contrat aborde « Continuité de service », mais des éléments manquent : Plan "
     "de continuité ou de reprise (PCA/PRA)."),
])
def test_a_presence_question_on_what_a_partial_clause_lacks_says_no(question, first):
    findings = [Finding("business_continuity", "Continuité de service", "partial", 0.6,
                        "recommended", missing=("Plan de continuité ou de reprise (PCA/PRA)",))]
    engine = AnswerEngine(Backend(findings), Settings(llm_provider="none"))
    answer = engine.ask(question, [SAAS])
    assert answer.text.splitlines()[0] == first
    assert "sauvegardes des données sont répliquées" in answer.text


def test_a_kind_the_contract_does_not_state_is_not_answered_by_another():
    # The English agreement states no retention period: its notice or term is not the answer.
    engine = AnswerEngine(Backend(), Settings(llm_provider="none"))
    answer = engine.ask("How long are the access logs retained?", [EN])
    assert not re.match(r"(Term|Notice period|Renewal|Period):", answer.text)


def test_a_found_sentence_answering_a_named_kind_is_labelled_by_it():
    # No notice value is read from "au moins quatre mois avant l'échéance": the question's words
    # find the sentence, and the answer says it is the notice asked for.
    backend = Backend()
    backend.docs["contrat.pdf"] = [*FR_CHUNKS, Chunk(FR, 20, "Chaque partie peut s'opposer à la "
                                                     "reconduction au moins quatre (4) mois "
                                                     "avant l'échéance.", 13, 13, "Article 3 bis",
                                                     "Reconduction")]
    answer = AnswerEngine(backend, Settings(llm_provider="none")).ask(
        "Quel est le préavis pour s'opposer à la reconduction ?", [FR])
    assert answer.text.splitlines()[0] == "Préavis : 4 mois."
    assert "quatre (4) mois avant l'échéance" in answer.citations[0].text


NO_CAP = "contrat-sans-plafond"
NO_CAP_CHUNKS = _articles(NO_CAP, [
    ("Article 6", "Pénalités",
     "Tout retard de livraison donne lieu à des pénalités calculées selon le barème de "
     "l'annexe 3."),
    ("Article 7", "Responsabilité",
     "Le Prestataire répond des dommages directs causés au Client du fait de l'exécution des "
     "prestations et souscrit une assurance de responsabilité civile professionnelle."),
])
NO_CAP_EN = "agreement-without-cap"
NO_CAP_EN_CHUNKS = _articles(NO_CAP_EN, [
    ("10", "Liability",
     "Provider is liable for direct damages caused to Customer by its performance of the "
     "Services and shall maintain professional liability insurance."),
])


@pytest.fixture(scope="module")
def engine_without_cap() -> AnswerEngine:
    backend = Backend([Finding("liability", "Responsabilités", "present", 0.8, "required")])
    backend.docs.update({"sans-plafond.pdf": NO_CAP_CHUNKS, "no-cap.pdf": NO_CAP_EN_CHUNKS})
    return AnswerEngine(backend, Settings(llm_provider="none"))


@pytest.mark.parametrize(("document", "question", "first"), [
    (NO_CAP, "Le contrat plafonne-t-il la responsabilité du prestataire ?",
     "Le contrat ne semble pas fixer de « plafond de responsabilité » : rien de tel n'a été "
     "trouvé."),
    (NO_CAP, "Y a-t-il un plafond de responsabilité ?",
     "Le contrat ne semble pas fixer de « plafond de responsabilité »"),
    (NO_CAP_EN, "Is the provider's liability capped?",
     "The contract does not appear to set a liability cap: none was found."),
])
def test_a_yes_no_question_on_a_cap_the_contract_does_not_set_says_so(engine_without_cap,
                                                                     document, question, first):
    answer = engine_without_cap.ask(question, [document])
    assert answer.text.startswith(first)
    # ... and still quotes what the clause does say.
    assert any("dommages directs" in c.text or "direct damages" in c.text
               for c in answer.citations)


@pytest.mark.parametrize(("document", "question"), [
    # The cap exists: it is the answer.
    (FR, "La responsabilité du prestataire est-elle plafonnée ?"),
    # Penalties without a figure are still penalties: not "none set".
    (NO_CAP, "Le contrat prévoit-il des pénalités de retard ?"),
])
def test_a_stated_cap_or_a_clause_without_figure_is_not_called_unset(engine_without_cap,
                                                                    document, question):
    answer = engine_without_cap.ask(question, [document])
    assert "ne semble pas fixer" not in answer.text
    assert answer.citations


# Terms said of what is sold, as an anniversary, or as the total with renewals.
TERMS_FR, TERMS_EN = "marche-terme", "subscription-term"
TERMS_FR_CHUNKS = _articles(TERMS_FR, [
    ("Article 3", "Durée",
     "Le présent marché est conclu pour une durée d'un (1) an à compter de sa notification. Il "
     "peut être reconduit deux fois par périodes d'un an, soit une durée totale maximale de "
     "trois (3) ans."),
    ("Article 5", "Pénalités",
     "Tout retard dans la remise du plan de réversibilité donne lieu à une pénalité de 200 euros "
     "par jour."),
    ("Article 9", "Responsabilité",
     "La responsabilité totale du Titulaire est limitée au plus élevé des deux montants "
     "suivants : 300 000 euros ou les sommes payées au titre des douze (12) derniers mois."),
])
TERMS_EN_CHUNKS = _articles(TERMS_EN, [
    ("2", "Subscription",
     "The subscription starts on the Go-Live Date and shall continue for twenty-four (24) "
     "months. It then renews for successive periods of twelve (12) months unless either party "
     "gives notice."),
    ("9", "Liability",
     "Provider's total liability under this Agreement shall not exceed the greater of (i) "
     "$750,000 and (ii) the fees paid by Customer in the twelve (12) months before the claim."),
])
TERMS_ANNIVERSARY = "support-term"
TERMS_ANNIVERSARY_CHUNKS = _articles(TERMS_ANNIVERSARY, [
    ("3", "Support Term",
     "Support begins on the Effective Date and ends on the sixth (6th) anniversary of the "
     "Acceptance Date."),
])


@pytest.fixture(scope="module")
def engine_terms() -> AnswerEngine:
    backend = Backend()
    backend.docs.update({"marche.pdf": TERMS_FR_CHUNKS, "subscription.pdf": TERMS_EN_CHUNKS,
                         "support-term.pdf": TERMS_ANNIVERSARY_CHUNKS})
    return AnswerEngine(backend, Settings(llm_provider="none"))


@pytest.mark.parametrize(("document", "question", "first_line", "quoted"), [
    (TERMS_FR, "Quelle est la durée maximale du marché ?", "Durée : 3 ans.",
     "durée totale maximale de trois (3) ans"),
    (TERMS_FR, "Quelle est la durée initiale du marché ?", "Durée : 1 an.",
     "conclu pour une durée d'un (1) an"),
    (TERMS_EN, "What is the subscription term?", "Term: 24 months.",
     "continue for twenty-four (24) months"),
    (TERMS_ANNIVERSARY, "How long is the support term?", "Term: 6 years.",
     "sixth (6th) anniversary"),
])
def test_a_term_said_of_the_services_as_an_anniversary_or_in_total(engine_terms, document,
                                                                    question, first_line, quoted):
    answer = engine_terms.ask(question, [document])
    assert answer.text.splitlines()[0] == first_line
    assert quoted in answer.citations[0].text


@pytest.mark.parametrize(("document", "question", "first_line"), [
    (TERMS_FR, "Quel est le plafond de responsabilité ?",
     "Plafond de responsabilité : le plus élevé des deux montants suivants : 300 000 euros ou "
     "les sommes payées au titre des douze (12) derniers mois."),
    (TERMS_EN, "What is the cap on the provider's liability?",
     "Liability cap: the greater of (i) $750,000 and (ii) the fees paid by Customer in the "
     "twelve (12) months before the claim."),
])
def test_a_cap_with_two_limbs_is_stated_with_both(engine_terms, document, question, first_line):
    assert engine_terms.ask(question, [document]).text.splitlines()[0] == first_line


# A committed figure beside the bands of a credit table; penalties as rows under a lead-in,
# beside an exemption threshold.
ROLES_EN, ROLES_FR = "uptime-and-credits", "penalites-en-liste"
ROLES_EN_CHUNKS = _articles(ROLES_EN, [
    ("7", "Availability",
     "The Platform will be available to Users 99.8% of the time in each calendar month."),
    ("8", "Service Credits",
     "If monthly availability falls short, Customer receives a credit as follows:\n"
     "Monthly availability | Credit\n"
     "98.5% to less than 99.8% | 5% of the monthly fee\n"
     "Less than 98.5% | 10% of the monthly fee"),
    ("9", "Limits", "Credits in any month will not exceed twenty percent (20%) of the monthly "
                    "fee."),
])
ROLES_FR_CHUNKS = _articles(ROLES_FR, [
    ("Article 12", "Pénalités",
     "En cas de manquement, les pénalités suivantes s'appliquent de plein droit :\n"
     "- retard dans la mise en production : 400 euros HT par jour ouvré de retard ;\n"
     "- retard dans la remise du bilan trimestriel : 75 euros HT par jour de retard ;\n"
     "- non-respect du délai de correction : 120 euros HT par jour de retard."),
    ("Article 13", "Exonération",
     "Le Titulaire est exonéré des pénalités lorsque leur montant cumulé n'excède pas 500 "
     "euros HT sur le mois."),
])


@pytest.fixture(scope="module")
def engine_roles() -> AnswerEngine:
    backend = Backend()
    backend.docs.update({"uptime.pdf": ROLES_EN_CHUNKS, "penalites.pdf": ROLES_FR_CHUNKS})
    return AnswerEngine(backend, Settings(llm_provider="none"))


@pytest.mark.parametrize(("document", "question", "first_line", "quoted"), [
    (ROLES_EN, "What is the monthly availability commitment?", "Availability: 99.8 %.",
     "available to Users 99.8% of the time"),
    (ROLES_EN, "What is the maximum service credit?", "Penalty cap: 20 %.",
     "will not exceed twenty percent (20%)"),
    (ROLES_FR, "Quelle pénalité s'applique en cas de retard dans la mise en production ?",
     "Pénalités : 400 EUR.", "mise en production : 400 euros"),
    (ROLES_FR, "Quelle est la pénalité pour un retard de remise du bilan trimestriel ?",
     "Pénalités : 75 EUR.", "bilan trimestriel : 75 euros"),
])
def test_the_value_playing_the_role_asked_answers(engine_roles, document, question,
                                                   first_line, quoted):
    answer = engine_roles.ask(question, [document])
    assert answer.text.splitlines()[0] == first_line
    assert quoted in answer.citations[0].text


CAPS_EN, CAPS_FR = "two-caps-agreement", "deux-plafonds"
CAPS_EN_CHUNKS = _articles(CAPS_EN, [
    ("16", "Limitation of Liability",
     "16.1 Each party's aggregate liability under this Agreement shall not exceed one hundred "
     "per cent (100%) of the Charges paid in the twelve (12) months before the claim.\n"
     "16.2 The Supplier's total liability for any breach of clause 11 (Security) shall be "
     "subject to a separate cap of two million pounds (GBP 2,000,000)."),
])
# A cap "in addition to" the general one is kept for its category too.
CAPS_ADDED = "added-cap-agreement"
CAPS_ADDED_CHUNKS = _articles(CAPS_ADDED, [
    ("12", "Liability",
     "12.2 Each party's total liability in each Contract Year shall not exceed one hundred and "
     "ten per cent (110%) of the Charges paid in that Contract Year.\n"
     "12.3 In addition to the cap in clause 12.2, the Supplier's total liability for the loss of "
     "Customer Data shall not exceed three million pounds (GBP 3,000,000)."),
])
CAPS_FR_CHUNKS = _articles(CAPS_FR, [
    ("Article 15", "Responsabilité",
     "La responsabilité globale de chaque partie est limitée au montant des redevances payées "
     "au cours des douze (12) mois précédant le fait générateur. En cas de violation de "
     "l'article 9 (Confidentialité), la responsabilité du Prestataire est soumise à un plafond "
     "distinct de 800 000 euros."),
])


@pytest.fixture(scope="module")
def engine_caps() -> AnswerEngine:
    backend = Backend()
    backend.docs.update({"two-caps.pdf": CAPS_EN_CHUNKS, "deux-plafonds.pdf": CAPS_FR_CHUNKS,
                         "added-cap.pdf": CAPS_ADDED_CHUNKS})
    return AnswerEngine(backend, Settings(llm_provider="none"))


@pytest.mark.parametrize(("document", "question", "quoted"), [
    # Asked for the cap, the general one answers ...
    (CAPS_EN, "What is the Supplier's liability cap?", "one hundred per cent (100%)"),
    (CAPS_ADDED, "What is the Supplier's liability cap?", "one hundred and ten per cent"),
    (CAPS_ADDED, "What is the cap on liability for the loss of Customer Data?",
     "GBP 3,000,000"),
    (CAPS_FR, "Quel est le plafond de responsabilité du Prestataire ?",
     "redevances payées au cours des douze (12) mois"),
    # ... asked for the cap of a category, the cap kept for it.
    (CAPS_EN, "What is the liability cap for a breach of security?", "GBP 2,000,000"),
    (CAPS_FR, "Quel est le plafond de responsabilité en cas de violation de la confidentialité ?",
     "plafond distinct de 800 000 euros"),
])
def test_a_cap_kept_for_some_claims_answers_only_when_asked(engine_caps, document, question,
                                                            quoted):
    answer = engine_caps.ask(question, [document])
    assert quoted in answer.citations[0].text


# Two things asked at once, a penalty beside its cap, a maximum stated before the notice.
TWO_FR, TWO_EN = "contrat-deux-questions", "two-part-agreement"
TWO_FR_CHUNKS = _articles(TWO_FR, [
    ("Article 2", "Durée",
     "L'accord-cadre est conclu pour une durée initiale de douze (12) mois. Il est ensuite "
     "reconduit tacitement par périodes de six (6) mois, sans que sa durée totale dépasse "
     "trente-six (36) mois. L'acheteur qui renonce à reconduire l'accord-cadre prévient le "
     "titulaire deux (2) mois avant l'échéance."),
    ("Article 8", "Pénalités",
     "Tout retard de livraison entraîne une pénalité de trois cents euros par jour calendaire. "
     "Le montant cumulé des pénalités ne peut dépasser 5 % du prix annuel."),
])
TWO_EN_CHUNKS = _articles(TWO_EN, [
    ("3", "Term",
     "The initial term of this Agreement is eighteen (18) months from the Start Date. After "
     "that, it renews automatically for further periods of one (1) year."),
])


@pytest.fixture(scope="module")
def engine_two() -> AnswerEngine:
    backend = Backend()
    backend.docs.update({"deux.pdf": TWO_FR_CHUNKS, "two.pdf": TWO_EN_CHUNKS})
    return AnswerEngine(backend, Settings(llm_provider="none"))


@pytest.mark.parametrize(("document", "question", "first_line"), [
    (TWO_EN, "What is the initial term and does it renew?", "Term: 18 months. Renewal: 1 year."),
    (TWO_FR, "Quelle est la durée initiale et comment l'accord-cadre est-il reconduit ?",
     "Durée : 12 mois. Reconduction : 6 mois."),
    (TWO_FR, "Quelle pénalité s'applique en cas de retard de livraison ?", "Pénalités : 300 EUR."),
    (TWO_FR, "Quel est le plafond des pénalités ?", "Plafond des pénalités : 5 %."),
    (TWO_FR, "Quelle est la durée maximale de l'accord-cadre ?", "Durée : 36 mois."),
    # A yes/no question naming the figure it is about is answered by that figure first.
    (TWO_FR, "Les pénalités sont-elles plafonnées ?", "Plafond des pénalités : 5 %."),
])
def test_two_things_asked_a_penalty_beside_its_cap_and_a_maximum_term(engine_two, document,
                                                                      question, first_line):
    assert engine_two.ask(question, [document]).text.splitlines()[0] == first_line


# Credits under a name of their own, beside late-payment penalties that share the word.
VOUCHERS_FR = "bons-achat"
VOUCHERS_FR_CHUNKS = _articles(VOUCHERS_FR, [
    ("Article 5", "Paiement",
     "Les factures sont payables à trente jours. Tout retard de paiement fait courir des "
     "pénalités au taux d'intérêt de la Banque centrale européenne majoré de dix points et "
     "une indemnité de 40 euros pour frais de recouvrement."),
    ("Article 6", "Disponibilité",
     "Si la disponibilité mensuelle passe sous 99,8 %, l'Abonné reçoit un bon d'achat de 5 % "
     "de sa redevance. Les bons d'achat d'un même mois ne peuvent excéder 15 % de la "
     "redevance mensuelle."),
])


class _SearchesPaymentOnly(Backend):
    """A search that ranks only the payment article, as a search on "crédits" and
    "plafonnées" may when the contract calls its credits otherwise."""

    def search(self, query: str, documents=None, k=None) -> list[Hit]:
        hits = super().search(query, documents, k)
        return [h for h in hits if "Paiement" in h.chunk.section_title]


def _engine_over(backend: Backend, name: str, chunks: list[Chunk]) -> AnswerEngine:
    """An engine whose backend also holds the document `chunks` under `name`."""
    backend.docs.update({name: chunks})
    return AnswerEngine(backend, Settings(llm_provider="none"))


def _answer_over(doc_id: str, chunks: list[Chunk], question: str) -> str:
    """The answer to one question on a document made of `chunks` (real search stood in for)."""
    return _engine_over(Backend(), f"{doc_id}.md", chunks).ask(question, [doc_id]).text


def test_a_cap_on_credits_under_their_own_name_answers_whether_they_are_capped():
    engine = _engine_over(_SearchesPaymentOnly(), f"{VOUCHERS_FR}.pdf", VOUCHERS_FR_CHUNKS)
    text = engine.ask("Les crédits de service sont-ils plafonnés ?", [VOUCHERS_FR]).text
    assert text.splitlines()[0] == "Plafond des pénalités : 15 %."
    first_quote = next(line for line in text.splitlines() if line.startswith("«"))
    assert "ne peuvent excéder 15 %" in first_quote


# A "|" table whose definition cells hold severity words ("dégradation majeure").
TABLE_FR = "tableau-delais"
TABLE_FR_CHUNKS = _articles(TABLE_FR, [
    ("Article 6", "Délais",
     "Les délais suivants s'appliquent :\n"
     "| Niveau | Définition | Délai de prise en compte | Délai de rétablissement |\n"
     "|---|---|---|---|\n"
     "| P1 – Critique | Arrêt ou dégradation majeure de la messagerie | 10 minutes | 3 heures |\n"
     "| P2 – Majeur | Fonction importante indisponible | 45 minutes | 1 jour ouvré |\n"
     "| P3 – Mineur | Gêne sans blocage | 4 heures ouvrées | 5 jours ouvrés |"),
    ("Article 7", "Pénalités",
     "Les pénalités sont les suivantes :\n"
     "| Manquement | Pénalité |\n"
     "|---|---|\n"
     "| Retard de remise du tableau de bord | 120 euros par jour |\n"
     "| Dépassement du délai de rétablissement d'un incident P1 | 700 euros par heure |"),
])


@pytest.fixture(scope="module")
def engine_table() -> AnswerEngine:
    backend = Backend()
    backend.docs.update({"tableau.pdf": TABLE_FR_CHUNKS})
    return AnswerEngine(backend, Settings(llm_provider="none"))


@pytest.mark.parametrize(("question", "first_line"), [
    ("Quel est le délai de rétablissement d'un incident P1 ?",
     "Délai d'intervention ou de rétablissement : 3 heures."),
    ("Quel est le délai de prise en compte d'un incident P2 ?",
     "Délai d'intervention ou de rétablissement : 45 minutes."),
    ("Quelle pénalité s'applique si le rétablissement d'un incident P1 est en retard ?",
     "Pénalités : 700 EUR."),
])
def test_a_table_row_is_its_whole_line_whatever_its_definition_says(engine_table, question,
                                                                    first_line):
    assert engine_table.ask(question, [TABLE_FR]).text.splitlines()[0] == first_line


# Key terms given as a glossary, as order forms do; the term is stated nowhere else.
KEY_TERMS = "key-terms"
KEY_TERMS_CHUNKS = [
    Chunk(KEY_TERMS, 0, "**Minimum Term**: 24 months starting on the Go-Live Date.", 1, 1, "1",
          "Definitions", kind="definitions"),
    Chunk(KEY_TERMS, 1, "After the Minimum Term, this agreement continues until either party "
                        "gives the other not less than 60 days' written notice.", 2, 2, "2",
          "Continuation"),
    Chunk(KEY_TERMS, 2, "The Provider replicates the Customer's virtual machines to its recovery "
                        "site under this agreement.", 3, 3, "3", "Services"),
    Chunk(KEY_TERMS, 3, "The Charges are invoiced monthly in advance under this agreement.", 4, 4,
          "4", "Charges"),
    Chunk(KEY_TERMS, 4, "Either party may terminate this agreement for material breach on 30 "
                        "days' written notice.", 5, 5, "5", "Termination"),
]


def test_a_term_only_a_glossary_entry_states_answers_a_question_on_the_term():
    text = _answer_over(KEY_TERMS, KEY_TERMS_CHUNKS, "What is the minimum term of the agreement?")
    assert text.splitlines()[0] == "Term: 24 months."


# Recovery objectives per tier in a table: a clause question naming a row and a tier.
RECOVERY = "recovery-schedule"
RECOVERY_CHUNKS = [
    Chunk(RECOVERY, 0, "The Provider replicates the protected servers to its secondary site and "
                       "restores them on invocation.", 1, 1, "4", "Disaster recovery"),
    Chunk(RECOVERY, 1,
          "| Objective | Gold servers | Bronze servers |\n|---|---|---|\n"
          "| Recovery point (age of the last copy restored) | 10 minutes | 12 hours |\n"
          "| Recovery time (from invocation to service restored) | 2 hours | 2 days |\n"
          "| Replication health (time within the recovery point) | 99% | 95% |", 2, 2,
          "Schedule 2", "Recovery objectives"),
]


@pytest.mark.parametrize(("question", "first_lines"), [
    ("What are the recovery point and the recovery time for Bronze servers?",
     ["Recovery point (Bronze servers): 12 hours.", "Recovery time (Bronze servers): 2 days."]),
    ("What is the recovery time of a Gold server?", ["Recovery time (Gold servers): 2 hours."]),
])
def test_a_table_cell_in_the_row_and_the_column_asked_answers_first(question, first_lines):
    lines = _answer_over(RECOVERY, RECOVERY_CHUNKS, question).splitlines()
    assert lines[:len(first_lines)] == first_lines
    assert not lines[len(first_lines)].startswith(("Recovery", "Replication"))


# A start-up phase beside the contract's term; a table of targets that names no credit.
PHASES = "tma-phases"
PHASES_CHUNKS = [
    Chunk(PHASES, 0, "Le contrat débute par une phase de démarrage d'une durée de deux (2) mois, "
                     "pendant laquelle le Titulaire prend connaissance des applications.", 1, 1,
          "3", "Démarrage"),
    Chunk(PHASES, 1, "Après la phase de démarrage, la phase de maintenance court pour une durée "
                     "de quarante-huit (48) mois.", 2, 2, "12", "Durée"),
    Chunk(PHASES, 2, "| Indicateur | Cible | Mesure |\n|---|---|---|\n"
                     "| Disponibilité – niveau 1 | 99,9 % par mois | 24x7 |\n"
                     "| Disponibilité – niveau 2 | 99,5 % par mois | jours ouvrés |", 3, 3, "8",
          "Niveaux de service"),
]


def test_a_start_up_phase_is_not_the_term_and_a_table_without_credits_names_none():
    engine = _engine_over(Backend(), f"{PHASES}.md", PHASES_CHUNKS)
    assert engine.ask("Quelle est la durée du contrat ?", [PHASES]).text.splitlines()[0] == \
        "Durée : 48 mois."
    first = engine.ask("Quelle pénalité s'applique si la cible de disponibilité du niveau 1 "
                       "est manquée ?", [PHASES]).text.splitlines()[0]
    assert "99,9" not in first


# A yearly fee beside a liability cap measured in it.
FEES = "maintenance-fees"
FEES_CHUNKS = [
    Chunk(FEES, 0, "Sa responsabilité est limitée, par année, à un montant égal à cent vingt pour "
                   "cent (120 %) de la redevance annuelle, sans pouvoir être inférieure à cent "
                   "mille euros (100 000 EUR).", 1, 1, "11", "Responsabilité"),
    Chunk(FEES, 1, "En contrepartie des prestations, la Clinique verse une redevance annuelle de "
                   "quatre-vingt-dix mille euros (90 000 EUR) HTVA.", 2, 2, "7", "Prix"),
]


def test_a_price_asked_is_not_read_from_a_cap_measured_in_it():
    text = _answer_over(FEES, FEES_CHUNKS, "Quelle est la redevance annuelle ?")
    assert text.splitlines()[0] == "Prix : 90\u202f000 EUR."


# A termination right on notice set in words, beside an audit notice in days; a return clause
# with no delay; a hosting country never named.
EXIT = "managed-services-exit"
EXIT_CHUNKS = [
    Chunk(EXIT, 0, "The Customer may audit the Provider once a year on giving at least twenty "
                   "(20) business days' notice.", 1, 1, "9", "Audit"),
    Chunk(EXIT, 1, "The Customer may terminate this agreement or any work order for convenience "
                   "on reasonable prior notice to the Provider. The Customer pays for the work "
                   "done up to the date of termination.", 2, 2, "14", "Termination"),
    Chunk(EXIT, 2, "On expiry or termination, the Provider shall hand back to the Customer a "
                   "complete copy of the Customer Data in a common open format.", 3, 3, "15",
          "Return of data"),
]


def test_a_notice_set_in_words_answers_rather_than_another_clause_figure():
    text = _answer_over(EXIT, EXIT_CHUNKS, "How much notice must the Customer give to terminate "
                                           "a work order for convenience?")
    first = text.splitlines()[0]
    assert first.startswith("Notice period: no figure is set")
    assert "reasonable prior notice" in first and "20 business days" not in first


@pytest.mark.parametrize(("question", "first"), [
    ("How soon must the Provider return our data after termination?",
     "The contract does not appear to set a data return deadline"),
])
def test_an_open_question_on_a_period_the_contract_does_not_set_says_so(question, first):
    text = _answer_over(EXIT, EXIT_CHUNKS, question)
    assert text.splitlines()[0].startswith(first)
    assert "open format" in text  # what the clause does say is quoted


def test_a_return_deadline_the_contract_sets_is_given():
    chunks = [*EXIT_CHUNKS[:2], Chunk(EXIT, 2, "Within thirty (30) days after termination, the "
                                               "Provider shall hand back the Customer Data in a "
                                               "common open format.", 3, 3, "15",
                                      "Return of data")]
    text = _answer_over(EXIT, chunks, "How soon must the Provider return our data after "
                                      "termination?")
    assert "30 days" in text.splitlines()[0]


# A price list whose columns never say "price": its currency makes it one.
RATES = "service-desk-rates"
RATES_CHUNKS = [
    Chunk(RATES, 0, "| Role | Basis | Amount (EUR) |\n|---|---|---|\n"
                    "| Service desk analyst | per FTE per month | 3,100 |\n"
                    "| Field engineer | per FTE per month | 4,200 |", 1, 1, "7", "Charges"),
    Chunk(RATES, 1, "| Service level | Target |\n|---|---|\n"
                    "| First-time fix rate | 75% |", 2, 2, "5", "Service levels"),
]


def test_a_rate_asked_is_read_in_a_price_list_table():
    text = _answer_over(RATES, RATES_CHUNKS, "What is the monthly rate for a field engineer?")
    assert text.splitlines()[0] == "Field engineer (Amount): 4,200."


# A details schedule: one table whose rows give the fee and, further down, the liability cap.
DETAILS = "agency-details"
DETAILS_CHUNKS = [
    Chunk(DETAILS, 0, "| Item | Matter | Details |\n|---|---|---|\n"
                      "| Item 1 | Term | **Start:** 1 March 2026. **Initial Term:** two (2) "
                      "years. |\n"
                      "| Item 2 | Fees | **Monthly Service Fee:** AUD 52,000 per month (excluding "
                      "GST). |\n"
                      "| Item 3 | Liability cap | **Supplier's liability:** capped at AUD 900,000 "
                      "in aggregate. |", 1, 1, "Schedule 1", "Details"),
    Chunk(DETAILS, 1, "| Tower | Monthly fee (AUD) |\n|---|---|\n| Service desk | 12,000 |\n"
                      "| Hosting | 40,000 |\n| **Total** | **52,000** |", 2, 2, "Schedule 2",
          "Fee breakdown"),
    Chunk(DETAILS, 2, "The framework agreement has no minimum amount and a maximum amount of "
                      "AUD 3,000,000 over its whole term.", 3, 3, "3", "Value"),
]


@pytest.mark.parametrize(("question", "first"), [
    ("What is the monthly service fee?", "Price: 52,000 AUD."),
    # A ceiling asked for is read from the sentence that sets it.
    ("What is the maximum amount of the framework agreement?", "Amount: 3,000,000 AUD."),
])
def test_a_fee_in_a_details_table_that_also_caps_liability(question, first):
    assert _answer_over(DETAILS, DETAILS_CHUNKS, question).splitlines()[0] == first


# The parties' block names a town and says « situé »: it is where the company is registered.
PARTIES = "hebergement-sante"
PARTIES_CHUNKS = [
    Chunk(PARTIES, 0, "**NUAGE SANTÉ DONNÉES**, société par actions simplifiée au capital de "
                      "500 000 euros, immatriculée au RCS de Nantes, dont le siège est situé 4 "
                      "quai de la Fosse, 44000 Nantes.", 1, 1, "", "Entre les soussignés"),
    Chunk(PARTIES, 1, "Les données de santé sont hébergées dans deux centres de données situés "
                      "en France, à Rennes et à Angers.", 2, 2, "6", "Localisation des données"),
]


def test_the_parties_block_does_not_say_where_the_data_are():
    first = _answer_over(PARTIES, PARTIES_CHUNKS,
                         "Où sont localisées les données de santé ?").splitlines()[0]
    assert "Rennes" in first and "Nantes" not in first


# A named period that is not the contract's term; a restore time on one row of a table.
PERIODS = "migration-sow"
PERIODS_CHUNKS = [
    Chunk(PERIODS, 0, "The Run Phase lasts twenty-four (24) months from the Run Phase start date.",
          1, 1, "3", "Term"),
    Chunk(PERIODS, 1, "Each migration wave is followed by a stabilisation period of twenty-one "
                      "(21) calendar days starting on its cutover.", 2, 2, "6", "Migration"),
    Chunk(PERIODS, 2, "| Indicateur | Engagement |\n|---|---|\n"
                      "| Prise en charge d'une demande de restauration | 1 heure ouvrée |\n"
                      "| Restauration d'un fichier isolé | 3 heures ouvrées |\n"
                      "| Restauration complète d'une machine virtuelle | 6 heures ouvrées |", 3, 3,
          "7", "Niveaux de service"),
]


@pytest.mark.parametrize(("question", "first"), [
    ("How long is the stabilisation period?", "Period: 21 days."),
    ("En combien de temps le prestataire doit-il restaurer une machine virtuelle complète ?",
     "Délai d'intervention ou de rétablissement : 6 heures ouvrées."),
])
def test_a_named_period_or_a_restore_time_is_not_the_term(question, first):
    assert _answer_over(PERIODS, PERIODS_CHUNKS, question).splitlines()[0] == first
