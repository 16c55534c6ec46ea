"""A French framework contract in three files: the contract, an SLA annex, a reversibility annex."""
from __future__ import annotations

from ..model import Layout, Sample, statuses

GROUP = "fr-multi"

CONTRACT = """
^ CONTRAT-CADRE DE SERVICES D'INFOGÉRANCE
> N° CC-2025-008

Entre Lemaire Distribution, société anonyme au capital de 12 000 000 €, dont le siège social est
situé 150 rue Nationale, 59000 Lille, immatriculée au registre du commerce et des sociétés de
Lille Métropole sous le numéro 000 000 008, représentée par Monsieur Pierre Lemaire, Directeur
général (le « Client »),

et Sirocco IT Services, société par actions simplifiée au capital de 2 000 000 €, dont le siège
social est situé 8 avenue de l'Harmonie, 59650 Villeneuve-d'Ascq, immatriculée au registre du
commerce et des sociétés de Lille Métropole sous le numéro 000 000 009, représentée par Madame
Nadia Benali, Présidente (le « Prestataire »).

# Chapitre 1 – Dispositions générales

## Article 1 – Objet

Le présent contrat-cadre (le « Contrat ») a pour objet de confier au Prestataire l'exploitation
et l'infogérance du système d'information des magasins, des entrepôts et du siège du Client.

## Article 2 – Documents contractuels

Le Contrat comprend le présent document et les annexes suivantes, qui en font partie intégrante :

- Annexe 1 – Niveaux de service et pénalités ;
- Annexe 2 – Réversibilité ;
- Annexe 3 – Plan d'assurance sécurité.

En cas de contradiction, le présent document prévaut sur ses annexes.

## Article 3 – Durée

Le Contrat est conclu pour une durée de trente-six (36) mois à compter du 1er février 2025. Il peut
être renouvelé une fois, pour une durée de vingt-quatre (24) mois, par un avenant signé au moins
six (6) mois avant son terme.

# Chapitre 2 – Prestations

## Article 4 – Description des prestations

Le Prestataire assure :

- l'exploitation des serveurs du siège et des trois entrepôts du Client ;
- la supervision, vingt-quatre heures sur vingt-quatre, du système d'encaissement et du réseau des
  quatre-vingt-cinq magasins ;
- le support aux utilisateurs par un centre de services joignable du lundi au samedi de 6 h 00 à
  22 h 00 ;
- la gestion, le renouvellement et la maintenance sur site des postes de travail et des terminaux
  d'encaissement.

Le Prestataire exécute ces prestations selon les processus ITIL et tient à jour l'inventaire des
équipements et des logiciels qu'il gère.

## Article 5 – Lieu d'exécution

Les prestations sont exécutées depuis le centre de services du Prestataire à Villeneuve-d'Ascq et,
pour les interventions de proximité, dans les magasins et les entrepôts du Client. Les données du
Client sont hébergées dans le centre de données du Prestataire situé à Roubaix (France).

## Article 6 – Niveaux de service et pénalités

Le Prestataire respecte les niveaux de service définis à l'Annexe 1. Le non-respect de ces niveaux
donne lieu à l'application des pénalités prévues à la même annexe.

## Article 7 – Évolutions

Le Client peut demander à tout moment l'adaptation des prestations à l'évolution de ses besoins,
notamment à l'ouverture ou à la fermeture de magasins. Le Prestataire remet sous dix (10) jours
ouvrés une proposition technique et financière ; l'évolution acceptée fait l'objet d'un avenant.
L'ouverture d'un magasin entraîne une hausse de la redevance de six cents euros hors taxes
(600 € HT) par mois.

## Article 8 – Pilotage

Chaque partie désigne un responsable du Contrat. Un comité de suivi mensuel examine l'exécution des
prestations et les niveaux de service ; un comité de pilotage trimestriel, réunissant les
directions des deux parties, arbitre les évolutions et les litiges. Le Prestataire rédige le
compte rendu de chaque comité.

## Article 9 – Sécurité

Le Prestataire met en œuvre les mesures de sécurité définies dans le Plan d'assurance sécurité
figurant en Annexe 3.

# Chapitre 3 – Conditions financières

## Article 10 – Prix et paiement

Les prestations sont rémunérées par une redevance forfaitaire mensuelle de soixante-huit mille
euros hors taxes (68 000 € HT). Les factures sont émises chaque mois à terme échu et sont payables
à soixante (60) jours à compter de leur date d'émission.

## Article 11 – Révision des prix

La redevance est révisée le 1er février de chaque année, à compter du 1er février 2026, selon la
formule P = P0 × S / S0, où S est la dernière valeur publiée de l'indice Syntec et S0 la valeur de
cet indice connue à la date de la précédente révision.

# Chapitre 4 – Obligations des parties

## Article 12 – Confidentialité

Le Prestataire s'engage à garder strictement confidentielles toutes les informations relatives au
Client, à ses clients et à son activité dont il a connaissance à l'occasion du Contrat, et à les
faire respecter par son personnel et ses sous-traitants. Cette obligation demeure pendant cinq (5)
ans après la fin du Contrat.

## Article 13 – Données personnelles

Le Prestataire traite les données à caractère personnel des clients et des salariés du Client en
qualité de sous-traitant au sens de l'article 28 du RGPD. Il agit sur instruction documentée du
Client, assure la sécurité et la confidentialité des données, n'engage de sous-traitant ultérieur
qu'avec l'autorisation écrite du Client, l'assiste pour répondre aux demandes des personnes
concernées et lui notifie toute violation de données dans un délai de quarante-huit (48) heures.

## Article 14 – Propriété intellectuelle

Les données du Client et les développements réalisés pour son compte sont et restent sa propriété.
Les outils préexistants du Prestataire restent la propriété de ce dernier, qui en concède au
Client un droit d'utilisation non exclusif pour la durée du Contrat et de la réversibilité.

## Article 15 – Sous-traitance

Toute sous-traitance est soumise à l'agrément écrit préalable du Client. Le Prestataire reste
responsable de ses sous-traitants, auxquels il impose les obligations du Contrat.

## Article 16 – Audit

Le Client peut faire auditer, une fois par an et après un préavis de vingt (20) jours ouvrés,
l'exécution du Contrat par le Prestataire, notamment la sécurité et le respect des niveaux de
service. L'audit est réalisé par le Client ou par un cabinet indépendant tenu au secret ; ses frais
sont à la charge du Client, sauf manquement grave constaté.

## Article 17 – Responsabilité

Le Prestataire est tenu d'une obligation de résultat pour les niveaux de service et d'une
obligation de moyens pour le surplus. Sa responsabilité totale est limitée au montant annuel de la
redevance, sauf faute lourde ou dolosive et sauf atteinte aux données du Client.

## Article 18 – Assurances

Le Prestataire maintient pendant toute la durée du Contrat une assurance responsabilité civile
professionnelle d'un montant minimal de trois millions d'euros (3 000 000 €) par sinistre et en
justifie chaque année.

# Chapitre 5 – Fin du Contrat

## Article 19 – Résiliation

Chaque partie peut résilier le Contrat en cas de manquement grave de l'autre partie non réparé
dans un délai de trente (30) jours suivant une mise en demeure. Le Client peut en outre résilier
le Contrat pour motif d'intérêt commercial moyennant un préavis de six (6) mois.

## Article 20 – Réversibilité

À l'expiration du Contrat ou en cas de résiliation, quelle qu'en soit la cause, la réversibilité
est organisée conformément à l'Annexe 2.

## Article 21 – Droit applicable et juridiction

Le Contrat est soumis au droit français. Tout litige relatif au Contrat relève de la compétence
exclusive du Tribunal de commerce de Lille Métropole.

Fait à Lille, le 15 janvier 2025.

Pour le Client : Pierre Lemaire

Pour le Prestataire : Nadia Benali
"""

SLA_ANNEX = """
^ ANNEXE 1 – NIVEAUX DE SERVICE ET PÉNALITÉS
> Contrat-cadre de services d'infogérance n° CC-2025-008

# 1. Objet

La présente annexe définit les niveaux de service que le Prestataire s'engage à respecter au titre
du contrat-cadre n° CC-2025-008 et les pénalités applicables en cas de manquement.

# 2. Plage de service

La plage de service s'étend du lundi au samedi, de 6 h 00 à 22 h 00. La supervision du système
d'encaissement est assurée en permanence.

# 3. Niveaux de service

Le taux de disponibilité du système d'encaissement des magasins est de 99,9 % par mois, mesuré sur
la plage de service.

| Indicateur | Niveau attendu |
| Disponibilité du système d'encaissement | 99,9 % |
| Disponibilité des applications des entrepôts | 99,7 % |
| GTI – incident de priorité 1 | 1 heure |
| GTR – incident de priorité 1 | 4 heures |
| GTR – incident de priorité 2 | 8 heures |
| Résolution au premier appel | 75 % |

# 4. Mesure et rapport

Les niveaux de service sont mesurés par l'outil de supervision du Prestataire. Le Prestataire
remet chaque mois un rapport des niveaux de service atteints, présenté au comité de suivi.

# 5. Pénalités

| Manquement | Pénalité |
| Disponibilité de l'encaissement inférieure à 99,9 % | 3 % de la redevance mensuelle par tranche
  de 0,1 point |
| Dépassement de la GTR d'un incident de priorité 1 | 800 € HT par heure de retard |
| Résolution au premier appel inférieure à 75 % | 1 % de la redevance mensuelle |

Le montant mensuel des pénalités est plafonné à vingt pour cent (20 %) de la redevance mensuelle.
Les pénalités ne sont pas libératoires.

# 6. Plan de reprise d'activité

Le Prestataire maintient un plan de reprise d'activité permettant de rétablir le système
d'encaissement en moins de deux (2) heures, avec une perte de données maximale de quinze (15)
minutes. Ce plan est testé deux fois par an en présence du Client.
"""

REVERSIBILITY_ANNEX = """
^ ANNEXE 2 – RÉVERSIBILITÉ
> Contrat-cadre de services d'infogérance n° CC-2025-008

# 1. Objet

La présente annexe organise la réversibilité prévue à l'article 20 du contrat-cadre n° CC-2025-008,
afin de permettre au Client de reprendre les prestations ou de les confier à un nouveau
prestataire sans interruption de service.

# 2. Plan de réversibilité

Le Prestataire remet au Client un plan de réversibilité dans les six (6) mois suivant le démarrage
des prestations et le met à jour chaque année. Ce plan décrit les étapes, le calendrier, les
livrables et les moyens de la réversibilité.

# 3. Déclenchement

La réversibilité est mise en œuvre à l'échéance du Contrat ou en cas de résiliation anticipée,
totale ou partielle, quelle qu'en soit la cause.

# 4. Période de transition

La réversibilité s'exécute pendant une période de transition de quatre (4) mois, pendant laquelle
le Prestataire continue d'assurer les prestations dans les conditions du Contrat, niveaux de
service compris.

# 5. Assistance

Le Prestataire transfère ses connaissances au Client ou au nouveau prestataire, participe aux
réunions de transition et répond à leurs questions jusqu'à la fin de la période de transition.

# 6. Restitution des données

Le Prestataire restitue l'ensemble des données du Client dans un délai de quinze (15) jours ouvrés
à compter de la demande, aux formats CSV et XML, accompagnées de leur dictionnaire de données.

# 7. Documentation

Le Prestataire remet les manuels d'exploitation, les procédures, les configurations et les scripts
nécessaires à la reprise des prestations.

# 8. Prix

Les prestations de réversibilité sont comprises dans la redevance forfaitaire du Contrat dans la
limite de trente (30) jours-homme ; au-delà, elles sont facturées sept cent cinquante euros hors
taxes (750 € HT) par jour.

# 9. Destruction des données

Après validation de la restitution par le Client, le Prestataire détruit toutes les copies des
données du Client et lui remet un certificat de destruction dans un délai de dix (10) jours
ouvrés.

# 10. Personnel

Le cas échéant, le transfert des contrats de travail des salariés du Prestataire affectés aux
prestations s'opère dans les conditions de l'article L. 1224-1 du Code du travail.
"""

_MAIN_PRESENT = " ".join([
    "services_scope duration pricing data_protection ip_ownership liability insurance",
    "place_of_performance change_management confidentiality termination audit subcontracting",
    "governance governing_law price_revision"])

CONTRACT_SAMPLE = Sample(
    file="fr-multi-contrat.pdf",
    group=GROUP,
    language="fr",
    kind="contrat_cadre",
    title="Contrat-cadre d'infogérance CC-2025-008 (Lemaire / Sirocco)",
    description="Contrat principal d'un dossier en trois fichiers : les SLA et la réversibilité "
                "sont renvoyés aux annexes 1 et 2, le PAS à une annexe 3 non fournie.",
    markup=CONTRACT,
    layout=Layout(typeface="serif", footer="Contrat-cadre CC-2025-008 – Page {page}/{pages}"),
    clauses=statuses(present=_MAIN_PRESENT,
                     partial="reversibility service_levels penalties security"),
    values={
        "term": "trente-six (36) mois",
        "start": "1er février 2025",
        "renewal": "une fois, pour vingt-quatre (24) mois, par avenant",
        "termination_notice": "six (6) mois",
        "price": "68 000 € HT par mois",
        "payment_terms": "soixante (60) jours",
        "price_index": "Syntec",
        "breach_notification": "quarante-huit (48) heures",
        "confidentiality_period": "cinq (5) ans",
        "liability_cap": "montant annuel de la redevance",
        "insurance_amount": "3 000 000 €",
        "governing_law": "droit français",
        "jurisdiction": "Tribunal de commerce de Lille Métropole",
    },
    notes={
        "reversibility": "Article 20 only refers to Annexe 2 (a separate file).",
        "service_levels": "Article 6 only refers to Annexe 1 (a separate file).",
        "penalties": "Article 6 only refers to Annexe 1 (a separate file).",
        "security": "Article 9 only refers to the PAS in Annexe 3, which is not provided.",
    },
)

SLA_SAMPLE = Sample(
    file="fr-multi-annexe-1-sla.pdf",
    group=GROUP,
    language="fr",
    kind="annexe_sla",
    title="Annexe 1 – Niveaux de service et pénalités (CC-2025-008)",
    description="Annexe SLA du contrat-cadre CC-2025-008 : disponibilité, GTI/GTR, pénalités, PRA.",
    markup=SLA_ANNEX,
    layout=Layout(typeface="serif",
                  footer="CC-2025-008 – Annexe 1 – Page {page}/{pages}"),
    clauses=statuses(present="service_levels penalties business_continuity",
                     partial="governance"),
    values={
        "availability": "99,9 %",
        "response_time": "1 heure",
        "restore_time": "4 heures",
        "penalty_cap": "20 %",
        "rto": "deux (2) heures",
        "rpo": "quinze (15) minutes",
    },
    notes={
        "governance": "Only a monthly report presented to the comité de suivi; the committees "
                      "themselves are set in the main contract.",
        "pricing": "Penalties are a share of the monthly fee, but the fee is not set here.",
    },
)

REVERSIBILITY_SAMPLE = Sample(
    file="fr-multi-annexe-2-reversibilite.pdf",
    group=GROUP,
    language="fr",
    kind="annexe_reversibilite",
    title="Annexe 2 – Réversibilité (CC-2025-008)",
    description="Annexe de réversibilité du contrat-cadre CC-2025-008 : plan, transition de "
                "quatre mois, restitution CSV/XML, prix, destruction des données.",
    markup=REVERSIBILITY_ANNEX,
    layout=Layout(typeface="serif",
                  footer="CC-2025-008 – Annexe 2 – Page {page}/{pages}"),
    clauses=statuses(present="reversibility", partial="staff_transfer"),
    values={
        "transition_period": "quatre (4) mois",
        "data_return_deadline": "quinze (15) jours ouvrés",
        "data_return_format": "CSV et XML",
        "reversibility_price": "compris dans la redevance dans la limite de 30 jours-homme, "
                               "puis 750 € HT par jour",
    },
    notes={
        "staff_transfer": "Only the provider's staff at exit, conditionally (L. 1224-1).",
        "service_levels": "Service levels are only said to continue during the transition "
                          "(a reversibility sub-criterion), not set here.",
        "pricing": "Only the price of reversibility, a reversibility sub-criterion.",
    },
)

SAMPLES = (CONTRACT_SAMPLE, SLA_SAMPLE, REVERSIBILITY_SAMPLE)
