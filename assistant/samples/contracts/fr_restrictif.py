"""A French SaaS and hosting contract whose exit, liability and penalty clauses favour the
provider: every clause is there, several of them against the client."""
from __future__ import annotations

from ..model import Layout, Sample, statuses

MARKUP = """
^ CONTRAT D'ABONNEMENT AUX SERVICES EN LIGNE ET D'HÉBERGEMENT
> Référence ABO-2024-318

Entre la Chambre régionale des métiers de Bourgogne, établissement public dont le siège est situé
12 rue des Forges, 21000 Dijon, représentée par Madame Hélène Morel, Secrétaire générale
(ci-après « le Client »),

et la société Stratonuage, société par actions simplifiée au capital de 210 000 €, dont le siège
est situé 40 quai de la Fosse, 44000 Nantes, immatriculée au registre du commerce et des sociétés
de Nantes sous le numéro 000 000 318, représentée par Monsieur Yann Le Goff, Président (ci-après
« le Prestataire »),

il est convenu ce qui suit.

# Article 1 – Objet

Le présent contrat a pour objet la fourniture au Client, en mode SaaS, de la plateforme de gestion
des formations Formalis, son hébergement, son exploitation et l'assistance à ses utilisateurs.

# Article 2 – Description des services

Le Prestataire fournit les services suivants :

- l'accès à la plateforme Formalis pour trois cents (300) utilisateurs nommés du Client ;
- l'hébergement de la plateforme et des données du Client ;
- la maintenance corrective et les mises à jour de la plateforme ;
- l'assistance aux utilisateurs par messagerie, du lundi au vendredi de 9 h 00 à 17 h 00.

# Article 3 – Durée

Le contrat prend effet le 1er février 2024 pour une durée initiale de deux (2) ans. Il est ensuite
reconduit tacitement par périodes d'un (1) an, sauf dénonciation par l'une des parties notifiée
par lettre recommandée au moins trois (3) mois avant l'échéance.

# Article 4 – Prix et paiement

En contrepartie des services, le Client verse une redevance mensuelle de quatre mille deux cents
euros hors taxes (4 200 € HT), facturée trimestriellement d'avance et payable à trente (30) jours
date de facture.

# Article 5 – Révision des prix

Le Prestataire se réserve le droit de modifier ses tarifs à tout moment ; les nouveaux tarifs
s'appliquent au contrat en cours à compter de la facture suivant leur publication.

# Article 6 – Lieu d'hébergement

La plateforme et les données du Client sont hébergées dans des centres de données situés en
France. Les prestations d'assistance sont réalisées depuis les locaux du Prestataire à Nantes.

# Article 7 – Niveaux de service

Le Prestataire s'engage sur une disponibilité de la plateforme de 99,5 % par mois, hors fenêtres
de maintenance annoncées quarante-huit (48) heures à l'avance. Les incidents bloquants sont pris
en compte dans un délai de quatre (4) heures ouvrées. La disponibilité est mesurée par l'outil de
supervision du Prestataire.

# Article 8 – Pénalités

Si la disponibilité mensuelle est inférieure à l'engagement de l'article 7, le Prestataire est
redevable de pénalités, sous la forme d'un avoir égal à cinq pour cent (5 %) de la redevance
mensuelle par tranche de 0,5 point manquant, imputé sur la facture suivante. Ces avoirs
constituent la seule et unique indemnisation due au Client au titre de l'indisponibilité de la
plateforme, à l'exclusion de toute autre réparation.

# Article 9 – Évolutions

Les évolutions de la plateforme demandées par le Client font l'objet d'un devis du Prestataire et
ne sont réalisées qu'après son acceptation écrite par le Client.

# Article 10 – Sécurité

Le Prestataire protège la plateforme contre les accès non autorisés : chiffrement des flux et du
stockage, authentification à deux facteurs des administrateurs et journalisation de leurs
accès. Il informe le Client de tout incident de sécurité affectant ses données dans un délai de
soixante-douze (72) heures.

# Article 11 – Données à caractère personnel

Le Prestataire agit en qualité de sous-traitant du Client au sens du règlement (UE) 2016/679 pour
les données à caractère personnel des stagiaires et des formateurs. Il ne traite ces données que
sur instruction documentée du Client, veille à ce que les personnes autorisées à les traiter
soient tenues à la confidentialité, met en œuvre les mesures de sécurité de l'article 10 et
assiste le Client pour répondre aux demandes d'exercice des droits des personnes concernées. Il
notifie au Client toute violation de données à caractère personnel.

# Article 12 – Sous-traitance

Le Prestataire peut librement recourir à des sous-traitants pour l'exécution de tout ou partie
des services, sans en informer le Client.

# Article 13 – Confidentialité

Chaque partie garde confidentielles les informations de l'autre partie dont elle a connaissance à
l'occasion du contrat, pendant sa durée et trois (3) ans après sa fin.

# Article 14 – Propriété

Le Prestataire reste propriétaire de la plateforme Formalis, dont il concède au Client un droit
d'utilisation non exclusif pour la durée du contrat. Les données saisies par le Client restent sa
propriété.

# Article 15 – Responsabilité

La responsabilité du Prestataire, toutes causes confondues, est limitée au montant de la
redevance mensuelle perçue au titre du mois au cours duquel le fait générateur est survenu.

Le Prestataire ne saurait être tenu responsable de la perte, de l'altération ou de la destruction
des données du Client, quelle qu'en soit la cause ; il appartient au Client d'en conserver une
copie.

# Article 16 – Résiliation

En cas de manquement grave de l'une des parties, non réparé dans les trente (30) jours suivant une
mise en demeure adressée par lettre recommandée, l'autre partie peut résilier le contrat.

# Article 17 – Fin du contrat et réversibilité

Les services n'incluent aucune obligation de réversibilité ni d'assistance à la migration des
données vers un autre prestataire. Pendant toute la durée du contrat, le Client dispose d'une
interface de programmation (API) d'export lui permettant d'extraire lui-même ses données ; il lui
appartient de les récupérer avant la fin du contrat.

À l'expiration ou à la résiliation du contrat, les données du Client sont définitivement
supprimées de la plateforme.

# Article 18 – Droit applicable

Le contrat est soumis au droit français. Tout litige relatif au contrat relève du tribunal
administratif de Dijon.

Fait à Dijon, le 15 janvier 2024, en deux exemplaires originaux.

Pour le Client : Hélène Morel, Secrétaire générale

Pour le Prestataire : Yann Le Goff, Président
"""

SAMPLE = Sample(
    file="fr-saas-restrictif.pdf",
    language="fr",
    kind="saas_hebergement",
    title="Contrat SaaS et d'hébergement aux clauses restrictives (CRM Bourgogne / Stratonuage)",
    description="Contrat PDF d'abonnement SaaS : toutes les mentions principales sont là, mais la "
                "réversibilité est exclue hors une API d'export, la responsabilité est plafonnée "
                "à un mois de redevance et exclut la perte de données, et les avoirs sont la "
                "seule indemnisation.",
    markup=MARKUP,
    layout=Layout(format="pdf", typeface="sans", header="Stratonuage – Contrat ABO-2024-318",
                  footer="Page {page}/{pages}"),
    clauses=statuses(
        present=" ".join([
            "duration pricing data_protection ip_ownership liability",
            "place_of_performance change_management confidentiality",
            "service_levels penalties termination subcontracting security governing_law",
            "price_revision"]),
        partial="services_scope reversibility"),
    values={
        "term": "deux (2) ans",
        "start": "1er février 2024",
        "renewal": "tacitement par périodes d'un (1) an",
        "notice": "trois (3) mois",
        "price": "4 200 € HT par mois",
        "payment_terms": "trente (30) jours date de facture",
        "availability": "99,5 %",
        "response_time": "quatre (4) heures ouvrées",
        "penalty": "5 % de la redevance mensuelle par tranche de 0,5 point",
        "liability_cap": "montant de la redevance mensuelle",
        "confidentiality_period": "trois (3) ans",
        "governing_law": "droit français",
        "jurisdiction": "tribunal administratif de Dijon",
    },
    notes={
        "reversibility": "Article 17 is a real exit clause, but it excludes any reversibility or "
                         "migration help, leaves the export to the client through an API and "
                         "deletes the data at the end: none of the points of a good clause, so "
                         "partial, and restrictive.",
        "services_scope": "A short list of services with no delivery terms: partial.",
        "liability": "Capped at one month of fees, and loss of data is excluded: restrictive.",
        "service_levels": "Measurable levels, but the credits of article 8 are the sole "
                          "compensation: restrictive.",
        "penalties": "Credits of 5 % per half point, stated as the sole and exclusive "
                     "compensation: restrictive.",
        "price_revision": "The provider may change its prices at any time, with no index or "
                          "cap: restrictive.",
        "subcontracting": "The provider may subcontract freely: restrictive.",
        "insurance": "No insurance clause.",
        "audit": "No audit right.",
        "governance": "No committee, reporting or named contacts.",
        "business_continuity": "No backup, continuity or recovery plan.",
    },
    assessments={"reversibility": "restrictive", "liability": "restrictive",
                 "service_levels": "restrictive", "penalties": "restrictive",
                 "price_revision": "restrictive", "subcontracting": "restrictive",
                 "place_of_performance": "adequate", "duration": "adequate",
                 "termination": "adequate"},
)
