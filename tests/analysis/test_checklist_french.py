"""French clauses said in other words than our samples use, and look-alikes that are not clauses.

Each row is a sentence written for this test (not taken from any evaluation set) under a neutral
heading, so only the sentence's wording decides. The zero embedder gives no semantic signal.
"""
from __future__ import annotations

import pytest

from tests.analysis.test_checklist import _check, _finding

NEUTRAL = "Dispositions diverses"

# (clause id, sentence): each states the clause through its legal function.
STATED = [
    # The object, through what the provider undertakes or what the document organises.
    ("services_scope", "Le Prestataire s'engage à concevoir, développer et maintenir la "
                       "plateforme de gestion des achats du Client."),
    ("services_scope", "Les présentes conditions définissent les modalités selon lesquelles la "
                       "société met à disposition son logiciel de paie en ligne."),
    ("services_scope", "Le service consiste en la mise à disposition d'un espace de stockage "
                       "partagé pour les équipes du Client."),
    # Subcontracting as partners, third parties, or a service handed over.
    ("subcontracting", "Le Titulaire peut confier à des prestataires externes la maintenance des "
                       "imprimantes, après information du Client."),
    ("subcontracting", "Pour l'hébergement, le Fournisseur s'appuie sur des partenaires qu'il "
                       "sélectionne librement."),
    ("subcontracting", "La société peut confier à un tiers l'exécution de la maintenance "
                       "corrective des équipements."),
    ("subcontracting", "Le Prestataire peut recourir à des prestataires tiers pour assurer la "
                       "supervision de nuit."),
    ("subcontracting", "L'éditeur peut confier une partie des services à des prestataires "
                       "externes, dont il reste responsable."),
    # Price revision as a reserved right or a capped yearly increase.
    ("price_revision", "L'éditeur se réserve le droit de modifier ses tarifs une fois par an, "
                       "avec un préavis de deux mois."),
    ("price_revision", "La hausse annuelle de la redevance ne pourra excéder 3 % du montant de "
                       "l'année précédente."),
    ("price_revision", "Les tarifs appliqués sont susceptibles d'être revalorisés à chaque date "
                       "anniversaire du contrat."),
    ("price_revision", "Le fournisseur peut faire évoluer ses tarifs au début de chaque année "
                       "civile."),
    ("price_revision", "La hausse annuelle de l'abonnement ne dépassera pas 2,5 %."),
    # Governance as a named contact or periodic review meetings.
    ("governance", "Chaque partie désigne un interlocuteur unique chargé du suivi du contrat et "
                   "de la qualité du service."),
    ("governance", "Des réunions de suivi trimestrielles réunissent les responsables des deux "
                   "parties pour examiner les indicateurs."),
    # Continuity as replicated backups or replacement equipment.
    ("business_continuity", "Les sauvegardes sont répliquées chaque nuit sur un second site "
                            "distant du centre principal."),
    ("business_continuity", "Pendant la réparation, le Prestataire fournit au Client un matériel "
                            "de remplacement aux caractéristiques équivalentes."),
    # Change management as moving to a higher plan or changing the work plan.
    ("change_management", "Le Client peut passer à une offre supérieure à tout moment depuis son "
                          "espace d'administration."),
    ("change_management", "Toute modification du plan de travail est soumise à l'accord écrit du "
                          "Client avant sa mise en œuvre."),
    # Reversibility without the word: export, return in an open format, erasure at the end.
    ("reversibility", "À la fin du contrat, le Client peut exporter l'ensemble de ses données "
                      "dans un format ouvert pendant trente jours."),
    ("reversibility", "Au terme de l'abonnement, les données du Client lui sont restituées puis "
                      "effacées de manière sécurisée des serveurs."),
    ("reversibility", "En cas de résiliation, toutes les données stockées dans le compte seront "
                      "définitivement supprimées."),
    # Service levels and penalties stated by disclaiming them (a restrictive clause, but one).
    ("service_levels", "L'association ne s'engage sur aucun délai d'intervention en cas de "
                       "panne du serveur."),
    ("service_levels", "Le Fournisseur s'engage à ce que l'application soit accessible à 99,7 % "
                       "du temps, mesuré chaque mois."),
    ("penalties", "Une interruption du service n'ouvre droit à aucune compensation financière "
                  "au profit de l'utilisateur."),
    # Insurance stated as a duty to prove cover; an indefinite term.
    ("insurance", "Le titulaire devra justifier, à première demande, d'une assurance couvrant "
                  "sa responsabilité civile professionnelle."),
    ("duration", "Le contrat est conclu pour une durée indéterminée à compter de la création du "
                 "compte."),
    ("place_of_performance", "Les serveurs de la plateforme sont situés dans un centre de "
                             "données à Lille, en France."),
    ("place_of_performance", "Les serveurs utilisés pour le service se trouvent à Lyon et à "
                             "Marseille."),
    ("penalties", "En cas de dépassement du délai, le client reçoit un avoir égal à 3 % de la "
                  "redevance mensuelle."),
    ("confidentiality", "Le prestataire s'interdit de faire état des résultats de l'étude sans "
                        "l'autorisation écrite du client."),
    # Wordings found by probing the rules with contracts written for the purpose.
    ("termination", "Chaque partie peut mettre un terme à l'abonnement en cas de manquement grave "
                    "de l'autre."),
    ("duration", "L'abonnement est souscrit pour une période initiale de vingt-quatre mois."),
    ("duration", "À son terme, il se renouvelle de plein droit par périodes d'un an."),
    ("price_revision", "Nous pouvons faire évoluer nos tarifs en cours d'abonnement."),
    ("ip_ownership", "L'éditeur demeure seul titulaire de l'ensemble des droits sur le logiciel."),
    ("penalties", "La redevance mensuelle est diminuée de 3 % pour chaque heure d'indisponibilité "
                  "au-delà du seuil."),
    ("subcontracting", "Le titulaire peut confier une partie du marché à d'autres opérateurs "
                       "économiques, après leur acceptation."),
    ("confidentiality", "Tout intervenant signe un engagement de non-divulgation avant d'accéder "
                        "aux locaux."),
    ("services_scope", "L'acheteur confie au titulaire la supervision et la maintenance de ses "
                       "serveurs."),
    ("reversibility", "Au terme du contrat, le prestataire remet au client les sources et la "
                      "documentation à jour."),
    ("service_levels", "Une anomalie bloquante est prise en compte en 2 heures."),
    ("penalties", "Chaque indicateur manqué entraîne un malus de 2 % de la redevance."),
    ("price_revision", "Les tarifs sont révisables à tout moment par l'Hébergeur."),
    ("termination", "Chacune des parties peut mettre fin à l'Abonnement par lettre recommandée "
                    "avec un mois de préavis."),
    ("confidentiality", "Le Prestataire s'engage à ne divulguer à aucun tiers les informations "
                        "du Client."),
    ("service_levels", "La plateforme est accessible 24 heures sur 24 et 7 jours sur 7, hors "
                       "maintenance programmée."),
    ("reversibility", "Pendant trente jours après la fin de l'abonnement, le Client peut exporter "
                      "ses données au format CSV."),
    ("services_scope", "L'abonnement vous donne accès à un agenda partagé, à une messagerie et à "
                       "un espace de stockage."),
    ("services_scope", "Selon sa formule, le service donne accès :\n- à une messagerie ;\n- à un "
                       "agenda partagé."),
    ("confidentiality", "Chaque partie garde confidentielles les informations reçues de l'autre "
                        "pendant trois ans."),
    ("reversibility", "Jusqu'à la fin de l'abonnement, l'administrateur peut exporter les "
                      "messages depuis la console."),
    ("reversibility", "Toute aide à la migration vers un autre fournisseur fait l'objet d'un "
                      "devis."),
    # A credit against the monthly fixed fee, tariffs the provider may update, an exit document
    # set handed over with open formats.
    ("penalties", "Le Client obtient un avoir égal à 4 % du forfait pour chaque heure de "
                  "retard sur le délai de rétablissement."),
    ("price_revision", "Les tarifs de l'éditeur peuvent être mis à jour une fois par an, au mois "
                       "de juillet."),
    # What the provider puts at the client's disposal, the client keeping its rights, vouchers
    # for downtime, what is handed over before the end.
    ("services_scope", "Nous mettons à votre disposition des machines virtuelles et un espace "
                       "de stockage objet."),
    ("ip_ownership", "Le Client conserve tous ses droits sur les documents qu'il dépose."),
    ("penalties", "Chaque heure d'indisponibilité donne droit à des bons d'achat de 2 % de la "
                  "facture du mois."),
    ("reversibility", "Un mois avant le terme du contrat, le prestataire remet au client les "
                      "mots de passe des serveurs et l'inventaire du parc."),
    ("reversibility", "Sur simple demande dans le mois qui suit la fin du contrat, nous "
                      "exportons l'historique des demandes et la base de connaissances du "
                      "Client."),
    # Hosting in a country named with « au », Québec's "renseignements personnels", and what a
    # service lets the client do.
    ("place_of_performance", "Les données de l'Abonné sont stockées au Luxembourg, dans deux "
                             "centres de données."),
    ("data_protection", "Le Fournisseur n'utilise les renseignements personnels des usagers "
                        "qu'aux fins de fournir le Service."),
    ("services_scope", "La plateforme permet au Client de planifier les tournées de ses "
                       "techniciens et de suivre leurs interventions."),
    # Third parties the provider hands part of the work to, named by its own name.
    ("subcontracting", "Les tiers auxquels l'Opérateur confie la maintenance des groupes "
                       "électrogènes sont listés en annexe."),
    ("subcontracting", "L'Éditeur ne peut faire appel à un nouveau tiers sans l'accord "
                       "écrit du Client."),
    # Swiss, Belgian and Luxembourg drafting: « adapter » prices, a « peine conventionnelle ».
    ("price_revision", "Le Fournisseur peut adapter ses tarifs au 1er janvier de chaque année "
                       "moyennant un préavis de deux mois."),
    ("price_revision", "Chaque partie peut demander une fois par an l'adaptation de la "
                       "rémunération au renchérissement ; les parties en discutent de bonne foi."),
    ("penalties", "Si la mise en service est retardée par sa faute, le Prestataire doit une "
                  "peine conventionnelle de CHF 1'500.– par jour ouvrable."),
    ("penalties", "Tout dépassement du délai de rétablissement donne lieu à un avoir de 2 % sur "
                  "la facture du mois."),
    # The client's staff seconded to the provider's team.
    ("staff_transfer", "Pendant la phase de démarrage, le Client met deux de ses techniciens à "
                       "la disposition du Prestataire, trois jours par semaine, pour le transfert "
                       "de connaissances."),
    # The provider operating on the client's behalf; credits as « un avoir de x % de
    # l'abonnement »; the amount of a subscription changed by the provider.
    ("services_scope", "Le Fournisseur exploite pour le compte du Client la plateforme de "
                       "réservation hébergée sur son infrastructure."),
    ("penalties", "Les avoirs ne peuvent excéder, pour un mois donné, 15 % de l'abonnement "
                  "concerné."),
    ("price_revision", "L'Intégrateur peut modifier le montant de l'abonnement une fois par an, "
                       "moyennant un préavis de trente jours."),
    # Return at the end as the client fetching its own code repository.
    ("reversibility", "À la fin du contrat, le Client récupère lui-même le code source depuis "
                      "son dépôt Git, dans l'état où il se trouve."),
]


@pytest.mark.parametrize(("clause", "sentence"), STATED, ids=[f"{c}-{i}" for i, (c, _) in
                                                                enumerate(STATED)])
def test_a_clause_said_in_other_words_is_found_and_quoted(clause: str, sentence: str) -> None:
    finding = _finding(_check("fr", (NEUTRAL, sentence)), clause)
    assert finding.status in ("present", "partial")
    assert finding.evidence[0].text == sentence


# (clause id, text): a mention that is not the clause must not count as found.
NOT_STATED = [
    # Entrusting the work to the provider itself is the contract's object, not subcontracting.
    ("subcontracting", "Le présent contrat a pour objet de confier au Prestataire l'exploitation "
                       "des serveurs et des postes de travail du Client."),
    # The provider's inventory audit of the client's estate; a publisher's licence audit; spare
    # parts and a rented firewall owned by someone.
    ("audit", "L'installation comprend un audit de parc destiné à recenser les postes et les "
              "imprimantes du Client."),
    ("audit", "Le Prestataire accompagne le Client lors des audits de licences menés par "
              "l'éditeur du progiciel."),
    ("ip_ownership", "Les pièces remplacées deviennent la propriété du Prestataire, qui les "
                     "recycle."),
    ("ip_ownership", "Le routeur prêté pendant l'abonnement reste la propriété du Prestataire "
                     "et lui est rendu à la fin."),
    # Excluding or negated mentions.
    ("staff_transfer", "Le présent contrat exclut toute mise à disposition de personnel par le "
                       "Prestataire."),
    ("staff_transfer", "Les prestations ne comprennent pas la reprise des salariés du Client."),
    # A keyword in an unrelated sentence.
    ("insurance", "Les contrats de la mutuelle sont soumis à la taxe sur les conventions "
                  "d'assurance au taux en vigueur."),
    ("insurance", "Le Prestataire remet son plan d'assurance qualité au démarrage de la mission "
                  "de maintenance."),
    ("audit", "La société conserve ses pièces comptables pendant dix ans en cas de contrôle "
              "fiscal par l'administration."),
    ("governance", "La gouvernance interne du Client relève de son conseil d'administration et "
                   "de sa direction générale."),
    ("confidentiality", "Les documents produits portent un niveau de confidentialité C2 dans "
                        "leur cartouche."),
    ("price_revision", "Le robot d'indexation parcourt les pages publiques du site chaque nuit."),
    ("subcontracting", "Le Client souhaite déléguer une partie de son exploitation informatique "
                       "à un prestataire."),
    ("place_of_performance", "Les conditions générales sont consultables sur le site internet "
                             "de la société."),
    ("subcontracting", "L'utilisateur ne doit pas confier ses identifiants de connexion à des "
                       "tiers."),
    ("data_protection", "Les prestations n'impliquent aucun traitement de données à caractère "
                        "personnel pour le compte du client."),
    ("audit", "Le logiciel conserve des journaux d'audit des connexions pendant un an."),
    ("audit", "Le titulaire réalise un audit de l'existant au démarrage et en remet le rapport."),
    ("audit", "Avant de remettre son offre, le Titulaire a réalisé un audit du code de "
              "l'application."),
    ("price_revision", "Le client peut modifier ses coordonnées de facturation depuis son "
                       "espace."),
    ("termination", "La phase de transition commence trois mois avant la fin du contrat ou à la "
                    "notification de la résiliation."),
    # Ownership of equipment is not intellectual property.
    ("ip_ownership", "Les serveurs et baies installés sur le site restent la propriété du "
                     "Client."),
    # The public-law principle of continuity is not a continuity plan.
    ("business_continuity", "En vertu du principe de continuité du service public, le titulaire "
                            "poursuit l'exécution pendant un litige."),
    ("audit", "L'administrateur consulte le journal d'audit des connexions depuis la console."),
    ("staff_transfer", "Le marché n'entraîne aucun transfert de personnel au sens de l'article "
                       "L. 1224-1 du Code du travail."),
    # No refund on a downgrade is not a service credit.
    ("penalties", "Le passage à une formule inférieure prend effet à la prochaine échéance et ne "
                  "donne lieu à aucun remboursement."),
    # "ni ... ni" denies each thing it lists.
    ("business_continuity", "Les prestations n'incluent ni sauvegarde externalisée ni plan de "
                            "reprise d'activité."),
    # The provider changing its terms or its prices is not how the service evolves.
    ("change_management", "L'Éditeur peut modifier à tout moment les présentes conditions "
                          "générales."),
    ("change_management", "Le Prestataire se réserve la faculté de faire évoluer ses tarifs "
                          "chaque année."),
    # The provider's own audits (of the set-up it takes over, of its code), and access the
    # client gives the provider's technicians to work.
    ("audit", "La prestation de démarrage comprend un audit initial du parc, facturé 900 euros."),
    ("audit", "Le titulaire effectue, pour son propre compte, un audit des scripts existants."),
    # A run-in title over a sentence saying there is none.
    ("subcontracting", "Sous-traitance. Le prestataire ne déclare aucun sous-traitant."),
    # An annual revision of a plan is no price revision.
    ("price_revision", "Le plan de continuité fait l'objet d'une révision annuelle."),
    ("audit", "Le Client s'engage à donner aux techniciens du Prestataire un accès à la salle "
              "serveur."),
    # A site survey named an audit, the audit of the provider's certification by its
    # certifying body, and access to the premises the client organises for the works.
    ("audit", "Avant la pose, l'opérateur effectue une visite technique, dite « audit de "
              "site », pour relever les contraintes électriques."),
    ("audit", "Notre certification ISO 27001 est renouvelée chaque année par un organisme de "
              "certification indépendant."),
    ("audit", "Le Client organise l'accès aux locaux techniques aux jours convenus."),
    # The provider's internal audit, an audit sold in tokens; taking the services back at the
    # end is the exit, not continuity.
    ("audit", "Les traces d'accès sont gardées un an à des fins d'audit interne du Prestataire."),
    ("audit", "Le Prestataire peut réaliser un audit d'accessibilité du site, décompté en "
              "jetons."),
    ("business_continuity", "Au terme du marché, le titulaire organise la reprise des "
                            "prestations par l'acheteur ou par un nouveau titulaire."),
    # A line that only names a topic and points to another document's article.
    ("penalties", "- Pénalités : voir l'article 14 du CCAG."),
    # A credit note refunding a billing error; premises lent to the provider; a quality plan;
    # the provider's internal quality audits; social security.
    ("penalties", "Toute somme facturée par erreur donne lieu à l'émission d'un avoir sur la "
                  "facture suivante."),
    ("staff_transfer", "Le Client met à la disposition du Prestataire des bureaux équipés pour "
                       "ses salariés."),
    ("security", "Le Titulaire remet un plan d'assurance qualité décrivant l'organisation de "
                 "l'équipe et la stratégie de tests."),
    ("audit", "Le Prestataire conduit des audits qualité internes semestriels sur ses processus "
              "et en présente la synthèse au comité de pilotage."),
    ("security", "Le Prestataire justifie sur demande que son personnel est déclaré auprès de la "
                 "caisse de sécurité sociale."),
    ("price_revision", "Le Client adapte les locaux mis à disposition aux besoins de l'équipe."),
    # Equipment owned, even far from the verb or beside « bases de données »; "cet audit" after
    # the provider's own start-up audit.
    ("ip_ownership", "Les matériels confiés au titulaire pour l'exécution des prestations, y "
                     "compris ceux stockés dans l'entrepôt régional, demeurent la propriété de "
                     "la Région."),
    ("ip_ownership", "La convention ne couvre ni les serveurs, ni les bases de données, ni les "
                     "postes de travail, qui sont la propriété de la Clinique."),
    ("audit", "Les résultats de cet audit alimentent l'inventaire du parc."),
]


@pytest.mark.parametrize(("clause", "text"), NOT_STATED, ids=[f"{c}-{i}" for i, (c, _) in
                                                              enumerate(NOT_STATED)])
def test_a_mention_that_is_not_the_clause_is_not_found(clause: str, text: str) -> None:
    assert _finding(_check("fr", (NEUTRAL, text)), clause).status == "absent"


def test_a_definition_of_the_word_is_not_the_clause() -> None:
    report = _check("fr", ("Définitions", "« Audit » désigne toute vérification de la conformité "
                                          "des prestations menée par un tiers indépendant."))
    assert _finding(report, "audit").status == "absent"


def test_a_heading_with_no_body_is_not_the_clause() -> None:
    report = _check("fr", ("Confidentialité", "Voir ci-après."),
                    ("Prix", "Le prix forfaitaire mensuel est de 4 000 euros hors taxes, payable "
                             "à trente jours."))
    assert _finding(report, "confidentiality").status == "absent"


def test_the_clause_under_its_own_article_counts_even_in_unforeseen_words() -> None:
    """An article titled after the clause, whose body names it, states it."""
    report = _check("fr", ("Assurances", "Le titulaire présente chaque année l'attestation de "
                                         "son assureur pour les dommages causés au client."))
    assert _finding(report, "insurance").status in ("present", "partial")


def test_partial_means_required_elements_are_missing_not_few_matching_words() -> None:
    thin = _check("fr", ("Assurances", "Le prestataire est assuré pour sa responsabilité civile "
                                       "professionnelle auprès d'une compagnie solvable."))
    full = _check("fr", ("Assurances", "Le prestataire est assuré pour sa responsabilité civile "
                                       "professionnelle à hauteur de 2 000 000 euros par "
                                       "sinistre et en remet l'attestation chaque année."))
    assert _finding(thin, "insurance").status == "partial"
    assert _finding(full, "insurance").status == "present"


def test_backups_alone_are_a_partial_continuity_clause() -> None:
    backups = _check("fr", (NEUTRAL, "Les sauvegardes quotidiennes sont conservées trente jours "
                                     "et restaurées sur demande du client."))
    plan = _check("fr", ("Continuité", "Le prestataire maintient un plan de reprise d'activité "
                                       "testé chaque année ; les sauvegardes sont répliquées "
                                       "sur un site de secours distant."))
    assert _finding(backups, "business_continuity").status == "partial"
    assert _finding(plan, "business_continuity").status == "present"


def test_a_document_control_block_or_a_table_of_contents_is_never_the_clause() -> None:
    """The validity period of the document is not the contract's term (PDF hygiene)."""
    from assistant.analysis.checklist import build_report
    from assistant.analysis.playbooks import load_playbook
    from assistant.models import Chunk
    from tests.analysis.test_checklist import _doc, zero_embed

    control = Chunk("sha", 0, "Version 3.2 validée le 12 mars. Le présent document est valable "
                              "pour une durée de deux ans à compter de sa diffusion.", page=1,
                    page_end=1, kind="document_control")
    contents = Chunk("sha", 1, "Article 7 – Confidentialité ........ 12\nArticle 8 – Durée "
                               "du contrat ........ 13", page=2, page_end=2, kind="toc")
    chunks = [control, contents]
    report = build_report(_doc("fr", 2), chunks, zero_embed([c.text for c in chunks]),
                          load_playbook("infogerance"), zero_embed)
    assert _finding(report, "duration").status == "absent"
    assert _finding(report, "confidentiality").status == "absent"


def test_a_pattern_written_with_oe_also_matches_the_ligature() -> None:
    from assistant.analysis.signals import compile_cue, fold

    cue = compile_cue("mettre en (place|oeuvre)")
    assert cue.search(fold("Le Prestataire s'engage à mettre en œuvre la solution."))
    assert cue.search(fold("Le Prestataire s'engage à mettre en oeuvre la solution."))
    assert not compile_cue("coe?ur").search("cœur")  # a quantified "e" keeps its meaning


def test_the_elements_of_a_clause_are_read_across_the_sub_articles_of_its_article() -> None:
    from assistant.analysis.checklist import build_report
    from assistant.analysis.playbooks import load_playbook
    from assistant.models import Chunk, DocumentInfo
    from tests.analysis.test_checklist import zero_embed

    title = "Article 9 – Secours informatique"
    texts = [("9.1", "Le prestataire maintient un plan de reprise d'activité et un site de secours "
                     "situé à plus de cent kilomètres."),
             ("9.2", "La durée maximale d'interruption admissible est de quatre heures ; le "
                     "dispositif est testé chaque année.")]
    chunks = [Chunk("doc", i, text, page=1, page_end=1, section_number=number,
                    section_title=title, heading_path=(title, number))
              for i, (number, text) in enumerate(texts)]
    report = build_report(DocumentInfo("doc", "c.md", 1, "fr", 2), chunks,
                          zero_embed([c.text for c in chunks]), load_playbook("infogerance"),
                          zero_embed)
    finding = next(f for f in report.findings if f.id == "business_continuity")
    assert finding.status == "present"
    assert finding.missing == (), "the recovery targets of 9.2 count for the clause of 9.1"
