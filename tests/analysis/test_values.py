"""Headline values: the law, the court, term, renewal, notice, SLA figures, penalties, cap."""
from __future__ import annotations

import pytest

from assistant.analysis.values import extract_values, governing_law, jurisdiction, period_in_words
from assistant.models import Chunk


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk("doc", i, text, page=i + 1, page_end=i + 1, section_number=f"Article {i + 1}",
                  section_title="Clause") for i, text in enumerate(texts)]


def _values(text: str) -> dict[str, list[str]]:
    return {kind: [v.value for v in found] for kind, found in extract_values(_chunks(text)).items()}


@pytest.mark.parametrize(("sentence", "law"), [
    ("This Agreement shall be governed by and construed in accordance with the laws of the State "
     "of New York, without regard to its conflicts of law principles.", "New York"),
    ("This Agreement is governed by the laws of England and Wales.", "England and Wales"),
    ("This Agreement shall be governed by the laws of the Netherlands.", "Netherlands"),
    ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF CALIFORNIA.", "California"),
    ("This Agreement shall be construed in accordance with English law.", "England"),
    ("This Agreement shall be governed by Texas law.", "Texas"),
    ("The laws of the State of California shall govern all issues arising under this Agreement.",
     "California"),
    ("This Agreement shall be governed by and construed in accordance with the laws, other than "
     "choice of law rules, of the state of Florida.", "Florida"),
    ("This Agreement shall be governed by and in accordance with the laws in the State of "
     "Washington.", "Washington"),
    ("This Agreement shall be construed in accordance with the laws of that State applicable to "
     "agreements made in the State of New Jersey.", "New Jersey"),
    ("Le présent contrat est soumis au droit français.", "France"),
    ("Le contrat est régi par la loi française.", "France"),
    ("Le droit applicable au présent contrat est le droit belge.", "Belgique"),
    ("The Provider shall comply with all applicable laws.", ""),
])
def test_governing_law_names_the_chosen_law(sentence, law):
    assert governing_law(sentence) == law


@pytest.mark.parametrize(("sentence", "court"), [
    ("Tout litige relève de la compétence exclusive du Tribunal de commerce de Paris.",
     "Tribunal de commerce de Paris"),
    ("Each Party submits to the exclusive jurisdiction of the state and federal courts located in "
     "New York, New York.", "New York, New York"),
    ("The courts shall apply the law.", ""),
    # An arbitration seat is where disputes are heard.
    ("Any dispute shall be finally resolved by arbitration under the LCIA Rules, seated in "
     "Dublin.", "arbitration, Dublin"),
    ("Le siège de l'arbitrage est fixé à Lausanne.", "arbitrage, Lausanne"),
    # A seat of jurisdiction named as a town, civil-law style.
    ("The exclusive place of jurisdiction for any dispute under this Agreement is Mainz am "
     "Rhein, Germany.", "Mainz am Rhein"),
    # The Swiss « for »; "for" in English names no court.
    ("Le for exclusif est à Sion.", "Sion"),
    ("For juridique : Fribourg.", "Fribourg"),
    ("The fees for a Service are set out in Schedule 2.", ""),
])
def test_jurisdiction_names_the_court(sentence, court):
    assert jurisdiction(sentence) == court


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The initial term of this Agreement is three (3) years, renewable for successive one (1) "
     "year periods unless either party gives ninety (90) days' written notice.",
     {"term": ["3 years"], "renewal": ["1 year"], "notice": ["90 days"]}),
    ("Le présent contrat est conclu pour une durée de trois (3) ans.", {"term": ["3 ans"]}),
    ("Il est reconduit tacitement par périodes d'un an, sauf dénonciation avec un préavis de six "
     "mois.", {"renewal": ["1 an"], "notice": ["6 mois"]}),
    ("Le prestataire garantit un taux de disponibilité de 99,8 % par mois.",
     {"availability": ["99,8 %"]}),
    ("Priority 1 incidents shall be responded to within one (1) hour and resolved within four (4) "
     "hours.", {"response_time": ["1 hour", "4 hours"]}),
    ("Le délai d'intervention est de deux heures ouvrées.",
     {"response_time": ["2 heures ouvrées"]}),
    ("La responsabilité du prestataire est plafonnée à 500 000 euros.",
     {"liability_cap": ["500\u202f000 EUR"]}),
    ("In no event shall either party's aggregate liability exceed the fees paid in the twelve (12) "
     "months preceding the claim.",
     {"liability_cap": ["the fees paid in the twelve (12) months preceding the claim"]}),
    ("Le montant total des dommages et intérêts que le Prestataire peut être amené à verser est "
     "limité aux sommes perçues au cours des six (6) derniers mois.",
     {"liability_cap": ["sommes perçues au cours des six (6) derniers mois"]}),
    ("Le montant total des pénalités d'un mois ne peut excéder dix pour cent (10 %) de la "
     "redevance mensuelle.", {"penalty_cap": ["10 %"]}),
    ("En cas de non-respect, le prestataire est redevable de pénalités égales à 2 % de la "
     "redevance mensuelle.", {"penalty": ["2 %"]}),
    ("Le prestataire restitue les données dans un délai de trente (30) jours.",
     {"data_return_deadline": ["30 jours"]}),
    ("Upon termination, Provider shall provide transition assistance for a period of up to six "
     "(6) months.", {"transition_period": ["6 months"]}),
    ("Invoices are payable within thirty (30) days of receipt.", {"payment_terms": ["30 days"]}),
    ("Les Parties s'engagent, pendant la durée du présent contrat et pour cinq ans après sa "
     "cessation, à la plus grande discrétion.", {}),
    ("Tout retard de paiement entraîne des pénalités de retard au taux de 10 %.", {}),
])
def test_values_of_a_sentence(sentence, expected):
    assert _values(sentence) == expected


def test_a_value_keeps_its_sentence_page_and_section():
    chunks = _chunks("Préambule sans valeur.",
                     "Les prestations démarrent en janvier. Le préavis de résiliation est de trois "
                     "(3) mois.")
    notice = extract_values(chunks)["notice"][0]
    assert notice.to_json() == {
        "value": "3 mois", "quantity": 3.0, "unit": "months", "page": 2,
        "section": "Article 2 – Clause",
        "text": "Le préavis de résiliation est de trois (3) mois."}


def test_at_most_five_values_per_kind_in_document_order():
    texts = [f"Either party may terminate on {n} days' notice." for n in range(10, 80, 10)]
    notices = extract_values(_chunks(*texts))["notice"]
    assert [v.value for v in notices] == ["10 days", "20 days", "30 days", "40 days", "50 days"]


def test_share_capital_of_a_company_is_not_a_liability_cap() -> None:
    chunks = [Chunk("d", 0, "La société Alpha, société à responsabilité limitée au capital de "
                            "120 000 €, immatriculée au RCS de Lyon.", 1, 1),
              Chunk("d", 1, "La responsabilité du Prestataire est limitée à 500 000 € par année "
                            "contractuelle.", 2, 2)]
    caps = extract_values(chunks)["liability_cap"]
    assert [c.page for c in caps] == [2]


# -- the classes real contracts state differently from our samples (sentences written here) ----
@pytest.mark.parametrize(("sentence", "expected"), [
    # Open-ended terms: the contract or the service runs until someone ends it.
    ("Le présent abonnement est souscrit pour une durée indéterminée.",
     {"term": ["durée indéterminée"]}),
    ("La plateforme reste accessible à l'Utilisateur jusqu'à la résiliation de son compte.",
     {"term": ["durée indéterminée"]}),
    ("Les présentes conditions s'appliquent sans limitation de durée.",
     {"term": ["durée indéterminée"]}),
    ("This Agreement shall remain in effect until terminated by either party in writing.",
     {"term": ["indefinite term"]}),
    ("The hosting plan renews every month and stays active until cancelled by the Customer.",
     {"term": ["indefinite term"]}),
    ("The Services are provided for an indefinite period.", {"term": ["indefinite term"]}),
    # ... but an open-ended licence, secrecy duty or a denial is not the contract's term, and a
    # fixed term renewed until someone ends it has a term.
    ("This Agreement has an initial term of two (2) years and renews for one-year periods until "
     "terminated by either party.", {"term": ["2 years"], "renewal": ["1 year"]}),
    ("Le Client bénéficie d'une licence d'utilisation pour une durée illimitée.", {}),
    ("Le contrat n'est pas conclu pour une durée indéterminée.", {}),
    # A duty that outlives the contract "sans limite de durée" is no open-ended term.
    ("Cette obligation survit deux ans à la fin du contrat, et sans limite de durée pour les "
     "secrets de fabrication.", {}),
    # ... nor a duty that survives the contract "for a period of" some years.
    ("This Clause shall survive the termination of this Agreement for a period of three (3) "
     "years.", {}),
    # ... nor a duty said to last "after its term" with its open-ended part.
    ("Ces obligations valent pendant la durée du marché et trois ans après son terme ; pour "
     "les secrets d'affaires, elles sont sans limite de durée.", {}),
    ("This obligation continues for the Term and for five (5) years after its expiry, and "
     "without limit of time for trade secrets.", {}),
    # A return deadline whose data are named after the delay.
    ("L'Hébergeur restitue au Client, dans un délai de vingt (20) jours à compter de sa "
     "demande, l'ensemble des fichiers hébergés.", {"data_return_deadline": ["20 jours"]}),
    # A term said with "lasts" / « dure ».
    ("The Agreement lasts twenty-four (24) months from the Start Date.",
     {"term": ["24 months"]}),
    ("Le contrat dure trois (3) ans à compter de sa notification.", {"term": ["3 ans"]}),
    # A phase inside the contract is not its term; the contract's own length is.
    ("Le marché commence par une phase de démarrage d'une durée de deux (2) mois.", {}),
    ("Services start with a pilot period of three (3) months.", {}),
    ("À l'issue de la phase de démarrage, le marché est conclu pour une durée de quatre (4) ans.",
     {"term": ["4 ans"]}),
    # "after which it renews": what follows the term, not a period after the end.
    ("The Agreement continues for three (3) years, after which it renews for one (1) year "
     "periods.", {"term": ["3 years"], "renewal": ["1 year"]}),
    # A time to answer a request, a window before the end: no transition period.
    ("Within ten (10) Working Days of a request made in the last six (6) months of the Term, the "
     "Supplier shall provide its exit information.", {}),
    # A cap said in words with a floor in money is read whole; "ch. 8.1" ends no phrase.
    ("La responsabilité est limitée, par année, au montant de la redevance prévue au ch. 6.2, "
     "mais au minimum à CHF 500'000.–.",
     {"liability_cap": ["montant de la redevance prévue au ch. 6.2, mais au minimum à CHF "
                        "500'000"]}),
    # Credits capped as a share of "that monthly amount" are service credits.
    ("Total credits in any month will not exceed eight percent (8%) of that monthly amount.",
     {"penalty_cap": ["8 %"]}),
    # A named period that "lasts" a length, whatever other periods its sentence names; an
    # initial period.
    ("The Exit Period starts on the date of any notice of termination (or three (3) months "
     "before expiry) and lasts for up to six (6) months after the end date.",
     {"notice": ["3 months"], "transition_period": ["6 months"]}),
    ("La période initiale de trente-six (36) mois commence à la date de mise en production.",
     {"term": ["36 mois"]}),
    # A window to export one's data after the end, named a long clause after the delay.
    ("For sixty (60) days after expiry of the subscription, the Customer may sign in to the "
     "console in read-only mode and export its content with the standard export tool.",
     {"data_return_deadline": ["60 days"]}),
    ("Pendant trente (30) jours après la fin du contrat, le Client peut exporter ses données "
     "depuis la console.", {"data_return_deadline": ["30 jours"]}),
    # An extension of the contract is a renewal; extending a deadline is not.
    ("The Customer may extend this Agreement for one further period of two (2) years.",
     {"renewal": ["2 years"]}),
    ("Le contrat peut être prolongé une fois de deux (2) ans.", {"renewal": ["2 ans"]}),
    ("The Supplier may extend the delivery date by ten (10) days.", {}),
    # The phase named after the start-up phase is the contract's term.
    ("Après la phase de démarrage, la phase d'exploitation court pour une durée de quarante-huit "
     "(48) mois.", {"term": ["48 mois"]}),
    # A "Transition Period" defined as the start-up is no exit period; one after the end is.
    ("\"**Transition Period**\" means the ninety (90) day period after the Commencement Date "
     "during which the Provider takes over the service desk from the incumbent.", {}),
    ("La « période de transition » désigne les deux mois suivant la date d'entrée en vigueur, "
     "pendant lesquels le Titulaire reprend le service du prestataire précédent.", {}),
    ("\"Transition Period\" means the six (6) months after termination during which the "
     "Provider assists the Customer.", {"transition_period": ["6 months"]}),
    # Liability caps stated as the sums paid over some months, or "ne pourra excéder".
    ("La responsabilité totale du Fournisseur ne pourra en aucun cas excéder le montant des "
     "redevances encaissées au titre des neuf mois précédant le sinistre.",
     {"liability_cap": ["le montant des redevances encaissées au titre des neuf mois précédant "
                        "le sinistre"]}),
    ("Toutes causes confondues, l'indemnisation due par l'Hébergeur est plafonnée aux sommes "
     "réglées par l'Abonné pendant l'année en cours.",
     {"liability_cap": ["sommes réglées par l'Abonné pendant l'année en cours"]}),
    ("The Vendor's total liability shall not exceed the charges paid by the Client during the "
     "eighteen months before the event.",
     {"liability_cap": ["the charges paid by the Client during the eighteen months before the "
                        "event"]}),
    # A cap with a period before its figure, a share of the fees read with what it is a share
    # of, and its floor.
    ("La responsabilité du Titulaire est limitée par année contractuelle à cent pour cent "
     "(100 %) des montants facturés au cours de l'année, sans pouvoir être inférieure à "
     "200 000 euros.",
     {"liability_cap": ["cent pour cent (100 %) des montants facturés au cours de l'année, sans "
                        "pouvoir être inférieure à 200 000 euros"]}),
    ("The Supplier's liability is limited in the aggregate to 150% of the fees paid in the "
     "Contract Year.", {"liability_cap": ["150% of the fees paid in the Contract Year"]}),
    # Penalty caps as a share of an invoice.
    ("Les pénalités de retard sont de 0,5 % par jour ouvré, dans la limite de 8 % du montant "
     "de la facture concernée.", {"penalty": ["0,5 %"], "penalty_cap": ["8 %"]}),
    ("Service credits are capped at 12% of the monthly invoice.",
     {"penalty_cap": ["12 %"]}),
    # Credits given as vouchers, and their cap.
    ("Les bons d'achat d'un même mois ne peuvent excéder 20 % de la redevance.",
     {"penalty_cap": ["20 %"]}),
    # A late-payment indemnity is not a service penalty.
    ("Tout retard entraîne des pénalités au taux de la Banque centrale européenne et une "
     "indemnité de 40 euros pour frais de recouvrement.", {}),
    # Deletion and retention delays.
    ("À l'issue du contrat, l'Hébergeur supprime les sauvegardes dans un délai de soixante (60) "
     "jours.", {"deletion_delay": ["60 jours"]}),
    ("Dans les quinze jours suivant la clôture du compte, les fichiers sont effacés.",
     {"deletion_delay": ["15 jours"]}),
    # ... the verb opening a long clause, far before its delay.
    ("Ensuite, l'Éditeur efface de façon définitive les contenus hébergés sur ses serveurs "
     "principaux et sur les copies de secours dans un délai de vingt jours.",
     {"deletion_delay": ["20 jours"]}),
    # A notice given as being informed some days in advance.
    ("Le client est informé de toute hausse de prix au moins trente jours à l'avance.",
     {"notice": ["30 jours"]}),
    ("Les journaux de connexion sont conservés pendant douze (12) mois.",
     {"retention_period": ["12 mois"]}),
    ("Backups are retained for thirty-five (35) days and then destroyed.",
     {"retention_period": ["35 days"]}),
    ("The Supplier shall maintain accurate records of the charges for a period of six (6) years.",
     {"retention_period": ["6 years"]}),
    # Times per severity level, written as rows of a table.
    ("Bloquant : T0 + 2 heures ; Majeur : T0 + 6 heures ; Mineur : T0 + 3 jours",
     {"response_time": ["2 heures", "6 heures", "3 jours"]}),
    # ... a force majeure lasting some days is no response time.
    ("Si l'événement de force majeure dure plus de quarante-cinq (45) jours, chaque partie peut "
     "résilier.", {}),
    # Cure periods before termination.
    ("Le marché peut être résilié après une mise en demeure restée sans effet pendant quinze "
     "(15) jours.", {"cure_period": ["15 jours"]}),
    ("Either party may terminate if the other fails to remedy a material breach within "
     "twenty (20) days of written notice of the breach.", {"cure_period": ["20 days"]}),
    ("La résiliation intervient dix (10) jours après une mise en demeure demeurée infructueuse.",
     {"cure_period": ["10 jours"]}),
    # Availability said as "accessible".
    ("L'Éditeur s'engage à ce que l'application soit accessible 99,2 % du temps.",
     {"availability": ["99,2 %"]}),
])
def test_values_real_contracts_word_differently(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize(("sentence", "law"), [
    ("La loi française est seule applicable au présent marché.", "France"),
    ("Les présentes relèvent du droit belge.", "Belgique"),
    ("Le droit luxembourgeois s'applique aux présentes conditions.", "Luxembourg"),
    # A law named by its country rather than an adjective.
    ("Les présentes sont interprétées conformément aux lois du Royaume de Norvège.", "Norvège"),
    ("Le contrat est soumis au droit de l'État de Genève.", "Genève"),
    ("Le contrat est régi par les lois de la République de Côte d'Ivoire.", "Côte d'Ivoire"),
    # ... but not a party's rights, nor a statute.
    ("Les travaux sont exécutés selon le droit du Client à les contrôler.", ""),
    ("Le contrat est régi par la loi du 31 décembre 1975.", ""),
])
def test_governing_law_said_with_the_law_first(sentence, law):
    assert governing_law(sentence) == law


@pytest.mark.parametrize(("sentence", "court"), [
    ("TOUTE CONTESTATION SERA PORTÉE DEVANT LE TRIBUNAL DE NANTES SEUL COMPÉTENT.",
     "TRIBUNAL DE NANTES"),
    ("Les litiges relèvent du tribunal administratif de Montpellier statuant en premier ressort.",
     "tribunal administratif de Montpellier"),
    ("À défaut d'accord amiable, le différend sera soumis aux juridictions françaises.",
     "juridictions françaises"),
    # Belgian and Québec courts.
    ("Tout litige est porté devant le tribunal de l'entreprise de Namur, seul compétent.",
     "tribunal de l'entreprise de Namur"),
    ("Les parties reconnaissent la compétence exclusive des tribunaux du district judiciaire de "
     "Québec.", "tribunaux du district judiciaire de Québec"),
])
def test_jurisdiction_of_french_courts(sentence, court):
    assert jurisdiction(sentence) == court


def test_a_belgian_court_implies_belgian_law_and_a_province_names_its_law():
    values = extract_values(_chunks("Tout différend relève du tribunal de l'entreprise de "
                                    "Liège."))
    assert [v.value for v in values["governing_law_implied"]] == ["Belgique"]
    assert governing_law("La convention est régie par les lois de la province de l'Ontario.") \
        == "Ontario"


def test_a_french_court_without_a_named_law_implies_french_law():
    values = extract_values(_chunks("Le Client règle les factures à réception.",
                                    "Tout différend sera porté devant le tribunal de commerce de "
                                    "Rennes."))
    assert "governing_law" not in values
    implied = values["governing_law_implied"][0]
    assert (implied.value, implied.page) == ("France", 2)
    assert implied.text.startswith("Tout différend")


def test_a_named_law_leaves_nothing_to_imply():
    values = extract_values(_chunks("Le contrat est régi par le droit suisse. Tout différend sera "
                                    "porté devant le tribunal de Genève."))
    assert [v.value for v in values["governing_law"]] == ["Suisse"]
    assert "governing_law_implied" not in values


@pytest.mark.parametrize(("sentence", "place"), [
    ("Les données de l'Abonné sont hébergées dans un centre de données situé à Strasbourg.",
     "Strasbourg"),
    ("Customer Data are stored exclusively within the European Union.", "European Union"),
])
def test_hosting_location_of_a_sentence(sentence, place):
    assert [v.value for v in extract_values(_chunks(sentence))["hosting_location"]] == [place]


def test_more_than_five_values_per_kind_when_asked():
    texts = [f"Either party may terminate on {n} days' notice." for n in range(10, 80, 10)]
    assert len(extract_values(_chunks(*texts), per_kind=None)["notice"]) == 7


@pytest.mark.parametrize(("sentence", "court"), [
    ("Compétence est attribuée au tribunal de commerce de nantes, y compris en référé.",
     "tribunal de commerce de nantes"),
    ("Les litiges seront portés devant le tribunal de commerce compétent.", ""),
    ("Le tribunal de grande instance de Lille est seul compétent.",
     "tribunal de grande instance de Lille"),
])
def test_jurisdiction_town_in_any_case_and_no_town(sentence, court):
    assert jurisdiction(sentence) == court


def test_a_table_row_cut_before_its_figure_keeps_the_figure():
    values = extract_values(_chunks("Indicateur D2 Disponibilité de la messagerie mesurée sur le "
                                    "mois. 99,6 % 99 % OUI"))
    assert [v.value for v in values["availability"]] == ["99,6 %", "99 %"]
    assert values["availability"][0].text.endswith("99,6 % 99 % OUI")


def test_a_cap_given_as_a_list_after_a_colon_is_read_from_its_items():
    chunk = _chunks("Faute d'engagement de service, l'indemnisation due par le Prestataire est "
                    "limitée :\n- aux sommes réglées par le Client durant les quatre (4) mois "
                    "précédant la réclamation ;\n- au dommage direct s'il est moindre.")
    cap = extract_values(chunk)["liability_cap"][0]
    assert cap.value.startswith("sommes réglées par le Client durant les quatre (4) mois")
    assert "quatre (4) mois" in cap.text


def test_the_validity_of_the_document_itself_is_not_the_contract_term():
    chunks = [Chunk("d", 0, "Version 2. Durée de validité du présent document : douze (12) mois.",
                    1, 1, kind="document_control"),
              Chunk("d", 1, "Le contrat est conclu pour une durée indéterminée.", 2, 2)]
    assert [v.value for v in extract_values(chunks)["term"]] == ["durée indéterminée"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # The term of whatever the contract sells, not only of "the agreement".
    ("The hosting plan begins on the Activation Date and shall continue for thirty-six (36) "
     "months.", {"term": ["36 months"]}),
    ("Le support applicatif est assuré pour une période de deux (2) ans.", {"term": ["2 ans"]}),
    ("L'abonnement prend effet à la mise en service et se poursuit pendant dix-huit mois.",
     {"term": ["18 mois"]}),
    # A term given as the anniversary it ends on.
    ("This Agreement begins on the Signature Date and expires on the fifth (5th) anniversary of "
     "the Go-Live Date.", {"term": ["5 years"]}),
    ("La convention prend fin au troisième anniversaire de sa date de signature.",
     {"term": ["3 ans"]}),
    # ... but a right that starts after an anniversary is not the term.
    ("The Client may terminate for convenience at any time after the second anniversary of the "
     "Start Date.", {}),
    # The whole length of a contract renewed some times is a term too.
    ("L'accord-cadre peut être renouvelé deux fois par période d'un an, sans que sa durée "
     "totale puisse excéder trois (3) ans.", {"renewal": ["1 an"], "term": ["3 ans"]}),
    ("The contract may be extended by periods of one year, up to a maximum total term of six "
     "(6) years.", {"renewal": ["1 year"], "term": ["6 years"]}),
    # ... and a maximum length of something else is not.
    ("La durée maximale d'interruption tolérée est de quatre (4) heures.", {}),
    ("The Supplier shall provide exit assistance for a maximum duration of nine (9) months.",
     {"transition_period": ["9 months"]}),
])
def test_term_of_the_services_by_anniversary_or_in_total(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A deadline to deliver an exit document is not the transition period.
    ("The Supplier shall submit a draft exit plan within sixty (60) days after the Signature "
     "Date.", {}),
    ("Le Titulaire remet le plan de réversibilité dans un délai de deux (2) mois suivant la "
     "notification.", {}),
    ("La phase de réversibilité dure six (6) mois.", {"transition_period": ["6 mois"]}),
    # A duration named right after it, whatever word stands before it.
    ("Following any notice of termination, the Supplier shall help the Customer for up to "
     "twelve (12) months afterwards (the \"Exit Period\").", {"transition_period": ["12 months"]}),
    ("Après toute notification de résiliation, le Prestataire accompagne le Client pendant "
     "quatre (4) mois (la « Période de Sortie »).", {"transition_period": ["4 mois"]}),
    ("Le contrat, renouvelable une fois, court pendant trente-six (36) mois (la « Durée "
     "Initiale »).", {"term": ["36 mois"]}),
])
def test_a_duration_is_what_it_measures_not_what_stands_nearest(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # An exemption threshold is not the penalty.
    ("Aucune pénalité n'est due lorsque leur montant total est inférieur à 300 euros HT.", {}),
    ("Service credits are waived where they do not exceed $250 in a month.", {}),
    # A band of a credit table is bounded by its figures: the credit is the penalty.
    ("Service credit: 97% to less than 99.5% | 10% of the monthly fee.",
     {"penalty": ["10 %"]}),
    # A band bounded by "below ... but at least ..." in a "|" table: the credit is the penalty.
    ("Service credits:\n| Availability | Credit |\n|---|---|\n"
     "| Below 99.95% but at least 99.5% | 15% |\n| Below 99.5% | 40% |",
     {"availability": ["99.95 %", "99.5 %"], "penalty": ["15 %", "40 %"]}),
    # One penalty per row of a "|" table.
    ("Les pénalités sont les suivantes :\n| Manquement | Pénalité |\n|---|---|\n"
     "| Retard de remise du rapport | 80 euros par jour |\n"
     "| Dépassement du délai de correction d'une anomalie P1 | 300 euros par heure |",
     {"penalty": ["80 EUR", "300 EUR"]}),
    # One penalty per row of a list under its lead-in.
    ("Les pénalités suivantes sont dues :\n- retard de livraison : 250 euros HT par jour ;\n"
     "- retard du rapport mensuel : 40 euros HT par jour.",
     {"penalty": ["250 EUR", "40 EUR"]}),
])
def test_penalties_are_not_thresholds_and_are_read_per_row(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # Credits named alone but capped as a share of the fees are service credits; the figure is
    # their cap, not a credit ...
    ("Credits for any month shall not exceed twenty percent (20%) of that month's Fees.",
     {"penalty_cap": ["20 %"]}),
    ("Les avoirs d'un même mois ne peuvent excéder 12 % de la redevance mensuelle.",
     {"penalty_cap": ["12 %"]}),
    # ... a credit limit or a tax credit is not.
    ("The Customer's credit limit is capped at $20,000.", {}),
    ("Tax credits may not exceed 5% of the Charges.", {}),
])
def test_credits_capped_as_a_share_of_the_fees_are_service_credits(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # A penalty written in words, then its cap: each figure plays its own role.
    ("Chaque jour de retard coûte au titulaire quatre cents euros, le total des pénalités "
     "étant plafonné à 8 % du montant du bon de commande.",
     {"penalty": ["400 EUR"], "penalty_cap": ["8 %"]}),
    # A sentence that only caps the penalties states no penalty.
    ("Le cumul des pénalités ne peut dépasser 15 % du prix annuel.", {"penalty_cap": ["15 %"]}),
])
def test_a_penalty_cap_is_not_the_penalty(sentence, expected):
    assert _values(sentence) == expected


def test_a_transfer_phase_at_the_end_is_no_term():
    assert _values("À la fin du contrat s'ouvre une période de transfert d'une durée maximale de "
                   "trois (3) mois.") == {"transition_period": ["3 mois"]}


def test_where_data_may_be_stored_is_a_hosting_location():
    values = extract_values(_chunks("The Contractor shall store and access Agency Data only "
                                    "from locations within the continental United States."))
    assert [v.value for v in values["hosting_location"]] == ["United States"]


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("Either party may end this agreement for convenience on reasonable written notice to the "
     "other.", "notice", "on reasonable written notice"),
    ("Le Client peut résilier le contrat à tout moment moyennant un préavis raisonnable.",
     "notice", "un préavis raisonnable"),
    ("Le Prestataire détruit les copies des données dans un délai raisonnable après la fin du "
     "contrat.", "deletion_delay", "dans un délai raisonnable"),
    ("The Provider will hand back the Customer Data without undue delay.",
     "data_return_deadline", "without undue delay"),
    # A figure sets the period, whatever words come with it.
    ("Either party may terminate on reasonable notice of no less than ninety (90) days.",
     "notice", None),
    ("Le Prestataire restitue les données dans les meilleurs délais et au plus tard sous 15 jours.",
     "data_return_deadline", None),
    # Words that set a delay do not make a notice; a kind that is no period has none.
    ("The Provider will answer questions without undue delay.", "notice", None),
    ("Fees are reviewed within a reasonable time.", "price", None),
])
def test_a_period_set_in_words_rather_than_figures(text, kind, words):
    assert period_in_words(text, kind) == words


@pytest.mark.parametrize(("text", "cap"), [
    ("La responsabilité du Titulaire est limitée, toutes causes et tous sinistres confondus, à "
     "120 % du montant annuel du marché.", "120 % du montant annuel du marché"),
    ("The Contractor's liability is limited, for all claims arising in a Contract Year, to the "
     "Charges paid in that year.", "the Charges paid in that year"),
])
def test_a_liability_cap_with_an_aside_between_commas(text, cap):
    found = extract_values([Chunk("d", 0, text, 1, 1, "9", "Responsabilité")])
    assert [v.value for v in found["liability_cap"]] == [cap]


def test_a_window_to_download_backups_after_the_end_is_a_data_return_deadline():
    text = ("Durant les vingt jours suivant la fin du contrat, l'Abonné peut télécharger ses "
            "sauvegardes depuis son espace client.")
    found = extract_values([Chunk("d", 0, text, 1, 1, "12", "Fin du contrat")])
    assert [v.value for v in found["data_return_deadline"]] == ["20 jours"]


def test_a_further_period_of_a_secondment_is_no_renewal_of_the_contract():
    seconded = ("The Client shall second two of its engineers to the Supplier for a further period "
                "of four months after go-live.")
    renewed = "After the Initial Term, this Agreement continues for further periods of two years."
    assert "renewal" not in extract_values([Chunk("d", 0, seconded, 1, 1, "5", "Staff")])
    found = extract_values([Chunk("d", 0, renewed, 1, 1, "3", "Term")])
    assert [v.value for v in found["renewal"]] == ["2 years"]


def test_a_period_counted_from_the_start_of_service_is_no_exit_period():
    text = ("The Supplier keeps two engineers on site during the Transition and for three months "
            "after the go-live date.")
    assert "transition_period" not in extract_values([Chunk("d", 0, text, 1, 1, "4", "Staff")])


def test_a_bracketed_aside_after_a_period_is_no_defined_name():
    text = ("Within 45 days after the end of the Exit Period (or after termination where no exit "
            "is requested), the Supplier shall erase all Client Data.")
    found = extract_values([Chunk("d", 0, text, 1, 1, "20", "Exit")])
    assert [v.value for v in found["deletion_delay"]] == ["45 days"]
    assert "transition_period" not in found
