"""A French infogérance contract with gaps: no reversibility, staff transfer or audit."""
from __future__ import annotations

from ..model import Layout, Sample, statuses

MARKUP = """
^ CONTRAT DE PRESTATIONS D'INFOGÉRANCE
> Référence CP-2023-044

Entre :

La société Transports Berthier, société par actions simplifiée au capital de 800 000 €, dont le
siège social est situé 27 avenue Marcel Cerdan, 69100 Villeurbanne, immatriculée au registre du
commerce et des sociétés de Lyon sous le numéro 000 000 044, représentée par Monsieur Julien
Berthier, Président, ci-après dénommée « le Client »,

Et :

La société Axiome Infogérance, société à responsabilité limitée au capital de 120 000 €, dont le
siège social est situé 5 rue de la Charité, 69002 Lyon, immatriculée au registre du commerce et
des sociétés de Lyon sous le numéro 000 000 045, représentée par Madame Claire Vidal, Gérante,
ci-après dénommée « le Prestataire ».

Il a été convenu ce qui suit.

# ARTICLE I – OBJET

Le présent contrat a pour objet de confier au Prestataire l'infogérance du système d'information du
Client, à savoir l'administration de ses serveurs, de son réseau et de sa messagerie, ainsi que
l'assistance à ses utilisateurs, dans les conditions définies ci-après.

# ARTICLE II – DESCRIPTION DES PRESTATIONS

Le Prestataire assure les prestations suivantes :

- l'administration à distance des douze serveurs du Client et de son réseau local ;
- la supervision des serveurs et des liaisons réseau pendant les heures ouvrées ;
- la gestion des comptes de messagerie et des droits d'accès des utilisateurs ;
- la sauvegarde quotidienne des serveurs de fichiers et de la base de données d'exploitation ;
- l'assistance téléphonique aux quatre-vingt-dix utilisateurs du Client, du lundi au vendredi,
  de 8 h 30 à 18 h 00.

Les demandes du Client sont enregistrées dans l'outil de gestion des tickets du Prestataire,
auquel le Client dispose d'un accès permanent. Les interventions sur site sont réalisées à la
demande du Client, dans un délai convenu entre les parties.

# ARTICLE III – LIEU D'EXÉCUTION

Les prestations sont exécutées à distance depuis le centre de services du Prestataire situé à
Lyon. Les serveurs restent installés dans la salle informatique du Client à Villeurbanne. Les
sauvegardes externalisées sont conservées dans le centre de données du Prestataire situé à
Vénissieux (France).

# ARTICLE IV – DURÉE

Le présent contrat prend effet le 1er mars 2024 pour une durée de deux (2) ans. Il se renouvelle
ensuite tacitement par périodes successives d'un (1) an, sauf dénonciation par l'une des parties
par lettre recommandée avec avis de réception moyennant un préavis de trois (3) mois avant
l'échéance.

# ARTICLE V – CONDITIONS FINANCIÈRES

Les prestations sont rémunérées par une redevance forfaitaire mensuelle de douze mille cinq cents
euros hors taxes (12 500 € HT). Les interventions sur site non comprises dans le forfait sont
facturées au tarif de six cent quatre-vingts euros hors taxes (680 € HT) par journée.

Les factures sont émises au début de chaque mois et sont payables à trente (30) jours date de
facture. Tout retard de paiement donne lieu à des pénalités calculées au taux de trois fois le
taux d'intérêt légal et à l'indemnité forfaitaire de quarante euros (40 €) pour frais de
recouvrement.

# ARTICLE VI – NIVEAUX DE SERVICE

Le Prestataire s'engage sur un taux de disponibilité des serveurs de 99,5 % par mois, mesuré
pendant les heures ouvrées. Les délais d'intervention et de résolution sont les suivants, selon la
priorité de la demande :

| Priorité | Délai d'intervention | Délai de résolution |
| P1 – Blocage de la production | 2 heures ouvrées | 8 heures ouvrées |
| P2 – Fonctionnement dégradé | 4 heures ouvrées | 2 jours ouvrés |
| P3 – Demande simple | 1 jour ouvré | 5 jours ouvrés |

Les délais sont mesurés à partir de l'enregistrement de la demande dans l'outil de gestion des
tickets du Prestataire.

# ARTICLE VII – PÉNALITÉS

En cas de dépassement du délai de résolution d'un incident de priorité P1, le Prestataire est
redevable d'une pénalité égale à un pour cent (1 %) de la redevance mensuelle par heure ouvrée de
retard. Le montant total des pénalités d'un mois ne peut excéder dix pour cent (10 %) de la
redevance mensuelle. Les pénalités ont un caractère libératoire.

# ARTICLE VIII – ÉVOLUTION DES PRESTATIONS

À la demande du Client, le Prestataire établit un devis pour toute prestation nouvelle ou toute
modification du périmètre, notamment l'ajout de serveurs, de sites ou d'utilisateurs. Les
prestations ainsi commandées font l'objet d'un avenant précisant leur prix et leur incidence sur
la redevance mensuelle.

# ARTICLE IX – OBLIGATIONS DES PARTIES

Le Prestataire exécute les prestations avec diligence, conformément aux règles de l'art. Le Client
s'engage à fournir au Prestataire les accès, les informations et les moyens nécessaires à
l'exécution des prestations et à signaler sans délai tout dysfonctionnement constaté.

# ARTICLE X – SÉCURITÉ

Le Prestataire met en œuvre les mesures techniques et organisationnelles nécessaires pour
préserver la sécurité des systèmes du Client et prévenir tout accès non autorisé : comptes
d'administration nominatifs, mots de passe robustes, antivirus à jour sur les serveurs et
application mensuelle des correctifs de sécurité. Il informe le Client de tout incident de
sécurité dans les vingt-quatre (24) heures suivant sa détection.

# ARTICLE XI – DONNÉES PERSONNELLES

Pour l'exécution du contrat, le Prestataire traite des données à caractère personnel pour le
compte du Client, en qualité de sous-traitant au sens de l'article 28 du règlement général sur la
protection des données (RGPD). Il s'engage à ne traiter ces données que sur les instructions
écrites du Client, à en assurer la sécurité et à ne pas les transférer hors de l'Union
européenne. Il notifie au Client toute violation de données dans les meilleurs délais.

# ARTICLE XII – SOUS-TRAITANCE

Le Prestataire peut confier l'exécution d'une partie des prestations à des sous-traitants, sous
réserve d'en informer préalablement le Client par écrit. Il reste responsable envers le Client des
prestations sous-traitées.

# ARTICLE XIII – CONFIDENTIALITÉ

Chaque partie s'engage à garder confidentielles les informations de l'autre partie dont elle a
connaissance à l'occasion du contrat, pendant toute sa durée et pendant deux (2) ans après son
expiration.

# ARTICLE XIV – PROPRIÉTÉ

Les données du Client restent sa propriété exclusive. Les outils, scripts et logiciels utilisés par
le Prestataire pour exécuter les prestations restent la propriété du Prestataire, qui en concède
au Client un droit d'usage limité à la durée du contrat.

# ARTICLE XV – RESPONSABILITÉ

Le Prestataire est tenu d'une obligation de moyens. Sa responsabilité ne peut être engagée qu'en
cas de faute prouvée et pour les seuls dommages directs. Le montant total des dommages et intérêts
que le Prestataire peut être amené à verser au titre du contrat est limité aux sommes perçues au
cours des six (6) derniers mois. Le Prestataire ne répond pas des pertes de données résultant d'un
défaut de sauvegarde imputable au Client.

# ARTICLE XVI – RÉSILIATION

En cas de manquement de l'une des parties à ses obligations, non réparé dans un délai de trente
(30) jours après une mise en demeure adressée par lettre recommandée avec avis de réception,
l'autre partie peut résilier le contrat de plein droit. En cas de résiliation anticipée à
l'initiative du Client en dehors de tout manquement du Prestataire, les redevances restant à courir
jusqu'à l'échéance deviennent immédiatement exigibles.

# ARTICLE XVII – FIN DU CONTRAT

À l'expiration ou à la résiliation du contrat, pour quelque cause que ce soit, le Prestataire cesse
d'exécuter les prestations. Le présent contrat ne prévoit pas de réversibilité.

# ARTICLE XVIII – FORCE MAJEURE

Aucune des parties ne pourra être tenue responsable d'un manquement à ses obligations résultant
d'un cas de force majeure au sens de l'article 1218 du Code civil. Si l'empêchement se prolonge
au-delà de trente (30) jours, chaque partie peut résilier le contrat par lettre recommandée.

# ARTICLE XIX – DROIT APPLICABLE ET LITIGES

Le présent contrat est régi par le droit français. Tout litige relatif à son interprétation ou à son
exécution relève de la compétence exclusive du Tribunal de commerce de Lyon.

Fait à Villeurbanne, le 12 février 2024, en deux exemplaires.

Pour le Client : Julien Berthier, Président

Pour le Prestataire : Claire Vidal, Gérante
"""

SAMPLE = Sample(
    file="fr-infogerance-lacunaire.pdf",
    language="fr",
    kind="infogerance",
    title="Contrat d'infogérance lacunaire (Transports Berthier / Axiome)",
    description="Contrat d'infogérance français sans réversibilité, sans sort du personnel ni "
                "audit, ni assurance, gouvernance, révision des prix et continuité.",
    markup=MARKUP,
    layout=Layout(typeface="serif", center_headings=True,
                  footer="Axiome Infogérance – Réf. CP-2023-044 – page {page} sur {pages}"),
    clauses=statuses(present=" ".join([
        "services_scope duration pricing data_protection ip_ownership liability",
        "place_of_performance change_management confidentiality service_levels penalties",
        "termination subcontracting security governing_law"]),
        partial="business_continuity"),
    values={
        "term": "deux (2) ans",
        "start": "1er mars 2024",
        "renewal": "tacitement par périodes successives d'un (1) an",
        "notice": "trois (3) mois",
        "price": "12 500 € HT par mois",
        "payment_terms": "trente (30) jours date de facture",
        "availability": "99,5 %",
        "response_time": "2 heures ouvrées",
        "restore_time": "8 heures ouvrées",
        "penalty_cap": "10 %",
        "confidentiality_period": "deux (2) ans",
        "liability_cap": "sommes perçues au cours des six (6) derniers mois",
        "governing_law": "droit français",
        "jurisdiction": "Tribunal de commerce de Lyon",
    },
    notes={
        "reversibility": "Article XVII says in so many words that there is no reversibility.",
        "business_continuity": "Daily backups (Article II) state continuity only in part: no "
                               "continuity or recovery plan, no recovery target (partial).",
        "governance": "No committee, reporting or named contact is set.",
    },
)
