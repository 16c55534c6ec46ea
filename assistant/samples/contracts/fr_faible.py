"""A French hosting and maintenance contract (DOCX) whose reversibility clause is weak."""
from __future__ import annotations

from ..model import Layout, Sample, statuses

MARKUP = """
^ Contrat d'hébergement et de tierce maintenance applicative
> Référence HEB-2023-112

Entre la Coopérative agricole Terres de Beauce, société coopérative agricole dont le siège est
situé 3 route de Pithiviers, 28000 Chartres, représentée par Monsieur Bertrand Lefèvre, Directeur
général (ci-après « le Client »),

et la société Nuvalia Cloud, société par actions simplifiée au capital de 350 000 €, dont le siège
est situé 14 boulevard de la Liberté, 35000 Rennes, immatriculée au registre du commerce et des
sociétés de Rennes sous le numéro 000 000 112, représentée par Madame Sophie Kerhervé, Directrice
générale (ci-après « le Prestataire »),

il est convenu ce qui suit.

# Titre I – Dispositions générales

## Article 1 – Objet

Le présent contrat a pour objet l'hébergement, l'exploitation et la tierce maintenance applicative
du progiciel de gestion intégré Agrinova utilisé par le Client pour la collecte des céréales,
l'approvisionnement de ses adhérents et sa comptabilité.

## Article 2 – Documents contractuels

Le contrat est composé du présent document et de ses annexes : l'Annexe A (description technique
de la plateforme) et l'Annexe B (proposition commerciale du Prestataire du 2 mai 2023). En cas de
contradiction, le présent document prévaut sur les annexes.

## Article 3 – Durée

Le contrat est conclu pour une durée initiale de quatre (4) ans à compter du 1er juillet 2023. Il
est ensuite reconduit tacitement par périodes de douze (12) mois, sauf dénonciation par l'une des
parties notifiée par lettre recommandée avec avis de réception au moins six (6) mois avant
l'échéance.

# Titre II – Exécution des prestations

## Article 4 – Description des prestations

Le Prestataire fournit les prestations suivantes :

- l'hébergement du progiciel Agrinova et de ses bases de données sur une infrastructure de cloud
  privé dédiée au Client, comprenant un environnement de production et un environnement de
  recette ;
- l'exploitation de la plateforme : supervision, sauvegardes quotidiennes conservées trente jours,
  mises à jour des systèmes et du progiciel ;
- la maintenance corrective du progiciel et de ses développements spécifiques ;
- la maintenance évolutive, dans la limite de soixante (60) jours-homme par an ;
- l'assistance fonctionnelle aux utilisateurs clés du Client, du lundi au vendredi de 8 h 00 à
  18 h 00.

## Article 5 – Lieu d'hébergement

La plateforme est hébergée dans les centres de données du Prestataire situés à Rennes et à Nantes.
Les données du Client ne sont pas hébergées hors de France. Les prestations de maintenance sont
réalisées depuis les locaux du Prestataire à Rennes.

## Article 6 – Niveaux de service

Le Prestataire garantit une disponibilité de la plateforme d'hébergement de 99,7 % par mois, hors
fenêtres de maintenance planifiées notifiées au Client au moins cinq jours ouvrés à l'avance.

| Type de demande | Prise en compte | Correction ou contournement |
| Anomalie bloquante | 2 heures ouvrées | 1 jour ouvré |
| Anomalie majeure | 4 heures ouvrées | 3 jours ouvrés |
| Anomalie mineure | 1 jour ouvré | Version suivante |

Les niveaux de service sont mesurés chaque mois par le Prestataire et présentés au comité de suivi.

## Article 7 – Évolutions

Les demandes d'évolution du progiciel ou de la plateforme sont chiffrées par le Prestataire sous
forme de devis, sur la base d'un prix de journée de sept cent vingt euros hors taxes (720 € HT).
Elles ne sont réalisées qu'après acceptation écrite du devis par le Client. Les évolutions
réglementaires du progiciel sont livrées sans supplément.

## Article 8 – Comité de suivi

Chaque partie désigne un responsable de contrat. Un comité de suivi réunit chaque trimestre les
responsables de contrat et, en tant que de besoin, les experts des deux parties. Le Prestataire y
présente un tableau de bord des incidents, des demandes d'évolution et des niveaux de service
atteints. Chaque réunion donne lieu à un compte rendu établi par le Prestataire.

## Article 9 – Sécurité

Le Prestataire protège la plateforme contre les accès non autorisés et les codes malveillants. Il
met en œuvre un cloisonnement de l'environnement du Client, le chiffrement des sauvegardes, une
authentification à deux facteurs pour les accès d'administration et la journalisation de ces
accès. Il informe le Client de tout incident de sécurité affectant ses données dans un délai de
quarante-huit (48) heures.

## Article 10 – Données à caractère personnel

Le Prestataire agit en qualité de sous-traitant du Client au sens du règlement (UE) 2016/679 pour
les données à caractère personnel des adhérents et des salariés du Client hébergées sur la
plateforme. Il ne traite ces données que sur instruction documentée du Client, garantit la
confidentialité des personnes autorisées à les traiter, met en œuvre les mesures de sécurité de
l'article 9 et assiste le Client dans le respect de ses obligations, notamment en cas de demande
d'exercice de droits ou de violation de données.

## Article 11 – Sous-traitance

Le Prestataire ne peut recourir à des sous-traitants qu'après accord écrit du Client. Il impose à
ses sous-traitants des obligations identiques à celles du présent contrat et demeure responsable
de leurs prestations.

# Titre III – Conditions financières

## Article 12 – Prix

En contrepartie des prestations, le Client verse au Prestataire une redevance annuelle de
quatre-vingt-seize mille euros hors taxes (96 000 € HT), facturée trimestriellement d'avance et
payable à trente (30) jours date de facture. Les jours de maintenance évolutive consommés au-delà
du forfait annuel sont facturés au prix de journée de l'article 7.

## Article 13 – Révision des prix

La redevance est révisée le 1er juillet de chaque année en fonction de la variation de l'indice
Syntec entre le mois de mars de l'année en cours et le mois de mars de l'année précédente.

# Titre IV – Responsabilités et garanties

## Article 14 – Responsabilité

Le Prestataire est tenu d'une obligation de moyens, sauf pour la disponibilité de la plateforme et
la réalisation des sauvegardes, pour lesquelles il est tenu d'une obligation de résultat. Sa
responsabilité, toutes causes confondues, est limitée au montant de la redevance annuelle. Aucune
partie n'est responsable des dommages indirects subis par l'autre.

## Article 15 – Assurances

Le Prestataire déclare être titulaire d'une police d'assurance responsabilité civile
professionnelle garantissant les conséquences de son activité, pour un montant d'au moins deux
millions d'euros (2 000 000 €) par sinistre. Il en justifie à première demande du Client.

## Article 16 – Confidentialité

Les parties s'engagent à garder confidentielles toutes les informations échangées dans le cadre du
contrat et à ne les divulguer qu'aux personnes qui ont besoin d'en connaître. Cette obligation
survit trois (3) ans à la fin du contrat.

## Article 17 – Propriété intellectuelle

Le progiciel Agrinova est la propriété de son éditeur ; le Prestataire, distributeur agréé, concède
au Client le droit de l'utiliser pour ses besoins internes pendant la durée du contrat. Les
développements spécifiques réalisés pour le Client lui appartiennent dès leur paiement. Les
données du Client restent sa propriété.

# Titre V – Fin du contrat

## Article 18 – Résiliation

En cas de manquement grave de l'une des parties, non réparé dans les trente (30) jours suivant une
mise en demeure, l'autre partie peut résilier le contrat par lettre recommandée avec avis de
réception, sans préjudice des dommages et intérêts qui pourraient lui être dus.

## Article 19 – Réversibilité

À la fin du contrat, pour quelque cause que ce soit, le Prestataire s'engage à assurer la
réversibilité des prestations et à apporter au Client une assistance raisonnable afin de permettre
la reprise des prestations par le Client ou par un tiers désigné par lui. Le Prestataire
restituera au Client les données lui appartenant. Les modalités pratiques de la réversibilité
seront définies d'un commun accord entre les parties le moment venu.

## Article 20 – Droit applicable et attribution de juridiction

Le contrat est régi par la loi française. À défaut d'accord amiable, tout différend relatif au
contrat sera soumis au Tribunal de commerce de Rennes.

Fait à Chartres, le 20 juin 2023, en deux exemplaires originaux.

Pour le Client : Bertrand Lefèvre, Directeur général

Pour le Prestataire : Sophie Kerhervé, Directrice générale
"""

SAMPLE = Sample(
    file="fr-reversibilite-faible.docx",
    language="fr",
    kind="hebergement_tma",
    title="Contrat d'hébergement et de TMA à réversibilité faible (Terres de Beauce / Nuvalia)",
    description="Contrat Word d'hébergement et de TMA : la réversibilité est citée mais sans "
                "période de transition, format de données, délai ni prix.",
    markup=MARKUP,
    layout=Layout(format="docx", header="Nuvalia Cloud – Contrat HEB-2023-112",
                  footer="Page {page} sur {pages}"),
    clauses=statuses(
        present=" ".join([
            "services_scope duration pricing data_protection ip_ownership liability insurance",
            "place_of_performance change_management confidentiality service_levels termination",
            "subcontracting security governance governing_law price_revision"]),
        partial="reversibility business_continuity"),
    values={
        "term": "quatre (4) ans",
        "start": "1er juillet 2023",
        "renewal": "tacitement par périodes de douze (12) mois",
        "notice": "six (6) mois",
        "price": "96 000 € HT par an",
        "payment_terms": "trente (30) jours date de facture",
        "price_index": "Syntec",
        "availability": "99,7 %",
        "response_time": "2 heures ouvrées",
        "confidentiality_period": "trois (3) ans",
        "liability_cap": "montant de la redevance annuelle",
        "insurance_amount": "2 000 000 €",
        "governing_law": "loi française",
        "jurisdiction": "Tribunal de commerce de Rennes",
    },
    notes={
        "reversibility": "Article 19 promises reversibility, 'reasonable assistance' and the "
                         "return of data, but sets no plan, transition period, data format, "
                         "deadline, price or deletion: partial.",
        "penalties": "Service levels are reviewed in committee; no penalty or credit applies.",
        "business_continuity": "Daily backups only (partial): no continuity or recovery plan, "
                               "no recovery target.",
    },
)
