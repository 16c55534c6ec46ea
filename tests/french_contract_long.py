"""An eight-page French outsourcing contract, written for the retrieval tests.

Its reversibility article says the data are handed back in an open format without using the
words of a typical question ("restitution des données en fin de contrat") all in one place, and
the word "données" is spread over many other articles, as in a real contract.
"""
from __future__ import annotations

LONG_FRENCH_CONTRACT = [
    ["CONTRAT DE SERVICES D'INFOGÉRANCE N° 2025-042",
     "Entre la société Mercure Logistique, ci-après le Client, et la société Atelier Numérique, "
     "ci-après le Prestataire.",
     "Article 1 – Objet",
     "Le Prestataire s'engage à exploiter, maintenir et faire évoluer l'infrastructure "
     "informatique du Client, ainsi que les applications décrites à l'Annexe A. Les prestations "
     "comprennent la supervision des serveurs, l'administration des bases de données, le support "
     "aux utilisateurs et la gestion des postes de travail.",
     "Article 2 – Documents contractuels",
     "Le contrat se compose, par ordre de priorité décroissant, des présentes conditions, de "
     "l'Annexe A (périmètre), de l'Annexe B (niveaux de service), de l'Annexe C (plan d'assurance "
     "sécurité) et de la proposition commerciale du Prestataire. En cas de contradiction, le "
     "document de rang supérieur prévaut.",
     "Article 3 – Durée",
     "Le contrat prend effet le 1er mars 2025 pour une période initiale de quatre ans. Il se "
     "renouvelle ensuite par périodes successives d'un an, sauf dénonciation par lettre "
     "recommandée au moins six mois avant l'échéance."],
    ["Article 4 – Description des prestations",
     "Le Prestataire assure l'exploitation des systèmes du lundi au vendredi de 7 h à 20 h. Il "
     "surveille les traitements de nuit, applique les correctifs de sécurité dans le mois qui "
     "suit leur publication et tient à jour la documentation d'exploitation.",
     "Le support aux utilisateurs est joignable par téléphone et par un portail de tickets. "
     "Chaque demande reçoit un numéro de suivi et une priorité fixée d'un commun accord.",
     "Article 5 – Niveaux de service",
     "La disponibilité mensuelle des applications critiques est d'au moins 99,7 %. Un incident "
     "bloquant est pris en charge en trente minutes et résolu en quatre heures ouvrées. Un "
     "incident mineur est résolu en trois jours ouvrés.",
     "Un rapport mensuel présente les indicateurs mesurés, les incidents survenus et les actions "
     "correctives engagées."],
    ["Article 6 – Prix",
     "Les prestations récurrentes sont facturées au forfait mensuel de 38 500 € hors taxes. Les "
     "prestations ponctuelles sont facturées selon le bordereau de prix unitaires de l'Annexe D.",
     "Le prix forfaitaire est révisé une fois par an, à la date anniversaire, selon l'évolution "
     "de l'indice Syntec, sans que la hausse puisse dépasser 3 % par an.",
     "Article 7 – Facturation et paiement",
     "Les factures sont émises au début de chaque mois et réglées par virement à quarante-cinq "
     "jours fin de mois. Tout retard de paiement entraîne des intérêts au taux légal majoré de "
     "cinq points.",
     "Article 8 – Pénalités",
     "Si la disponibilité mesurée est inférieure à l'engagement, le Client applique une pénalité "
     "de 2 % du forfait mensuel par tranche de 0,1 % manquante, dans la limite de 15 % du "
     "forfait du mois concerné."],
    ["Article 9 – Réversibilité",
     "À la fin du contrat, quelle qu'en soit la cause, le Prestataire restitue au Client "
     "l'intégralité des données qui lui appartiennent, dans un format ouvert et documenté (CSV, "
     "JSON ou SQL standard), au plus tard trente jours après l'arrêt des prestations. Il remet "
     "aussi les scripts, paramétrages et procédures d'exploitation nécessaires à la reprise.",
     "Pendant une phase de transition de six mois, il assiste le Client ou le repreneur désigné, "
     "puis détruit les copies restantes et en fournit un certificat.",
     "Article 10 – Confidentialité",
     "Chaque partie garde confidentielles les informations de l'autre dont elle a connaissance "
     "à l'occasion du contrat, pendant toute sa durée et cinq ans après son terme. Cette "
     "obligation ne couvre pas les informations déjà publiques."],
    ["Article 11 – Protection des données personnelles",
     "Pour les traitements qu'il réalise pour le compte du Client, le Prestataire agit en qualité "
     "de sous-traitant au sens de l'article 28 du RGPD. Il ne traite les données personnelles "
     "que sur instruction documentée du Client, notifie toute violation de données dans les "
     "quarante-huit heures et tient un registre des traitements.",
     "Les données personnelles sont hébergées dans des centres situés en France et ne sont "
     "transférées hors de l'Union européenne qu'avec l'accord écrit du Client.",
     "Article 12 – Sécurité",
     "Le Prestataire met en œuvre les mesures du plan d'assurance sécurité : contrôle des accès, "
     "chiffrement des sauvegardes, journalisation des actions des administrateurs et tests "
     "d'intrusion annuels. Les sauvegardes des bases de données sont quotidiennes et conservées "
     "trente jours."],
    ["Article 13 – Responsabilité",
     "Le Prestataire est tenu d'une obligation de moyens pour les prestations d'exploitation et "
     "d'une obligation de résultat pour le respect des niveaux de service. Sa responsabilité "
     "totale ne pourra excéder le montant facturé au cours des douze derniers mois.",
     "Article 14 – Assurances",
     "Le Prestataire maintient pendant toute la durée du contrat une assurance de responsabilité "
     "civile professionnelle couvrant au moins 3 millions d'euros par sinistre, et en adresse "
     "l'attestation au Client chaque année.",
     "Article 15 – Sous-traitance",
     "Le Prestataire ne confie aucune partie des prestations à un tiers sans l'accord écrit "
     "préalable du Client. Il reste seul responsable des prestations ainsi confiées."],
    ["Article 16 – Propriété intellectuelle",
     "Le Client reste propriétaire de ses logiciels, de ses bases de données et des documents "
     "produits pour lui. Les outils propres du Prestataire restent sa propriété ; il en concède "
     "au Client un droit d'utilisation pour la durée du contrat.",
     "Article 17 – Audit",
     "Le Client peut, une fois par an et avec un préavis de quinze jours, faire vérifier par un "
     "auditeur indépendant le respect des obligations de sécurité et de protection des données "
     "du Prestataire.",
     "Article 18 – Évolution des prestations",
     "Toute modification du périmètre fait l'objet d'une demande de changement, chiffrée par le "
     "Prestataire sous dix jours et formalisée par un avenant."],
    ["Article 19 – Résiliation",
     "En cas de manquement grave non corrigé dans les trente jours suivant une mise en demeure, "
     "l'autre partie peut mettre fin au contrat par lettre recommandée. Le Client peut en outre "
     "résilier pour convenance à chaque date anniversaire, avec un préavis de trois mois.",
     "Article 20 – Lieu d'exécution",
     "Les prestations sont exécutées depuis le centre de services du Prestataire à Nantes et, "
     "pour les interventions matérielles, dans les locaux du Client à Rennes.",
     "Article 21 – Droit applicable et litiges",
     "Le contrat est soumis au droit français. À défaut d'accord amiable, tout litige est porté "
     "devant le Tribunal de commerce de Rennes."],
]
