"""A complete French infogérance contract: all 22 clauses and a strong reversibility clause."""
from __future__ import annotations

from ..model import Layout, Sample, statuses

MARKUP = """
^ CONTRAT DE PRESTATIONS D'INFOGÉRANCE
> Contrat n° 2024-INF-017
> Infogérance de l'infrastructure et support aux utilisateurs

ENTRE LES SOUSSIGNÉS

La Société des Eaux du Val d'Argent, société anonyme au capital de 4 200 000 €, dont le siège
social est situé 12 quai de la Loire, 45000 Orléans, immatriculée au registre du commerce et des
sociétés d'Orléans sous le numéro 000 000 017, représentée par Madame Hélène Marchal, Directrice
générale déléguée, dûment habilitée, ci-après dénommée le « Client »,

ET

Altiveo Infogérance, société par actions simplifiée au capital de 1 500 000 €, dont le siège
social est situé 48 rue des Entrepreneurs, 92100 Boulogne-Billancourt, immatriculée au registre du
commerce et des sociétés de Nanterre sous le numéro 000 000 018, représentée par Monsieur Olivier
Besson, Président, dûment habilité, ci-après dénommée le « Prestataire »,

ci-après dénommées ensemble les « Parties » et individuellement une « Partie ».

# Préambule

Le Client exploite un système d'information qui supporte la production et la distribution d'eau
potable pour quarante-deux communes ainsi que la relation avec ses abonnés. Afin de sécuriser
l'exploitation de ce système et de concentrer ses équipes sur les projets métiers, le Client a
lancé une consultation en vue de confier à un prestataire spécialisé l'infogérance de son
infrastructure et le support de ses utilisateurs.

À l'issue de cette consultation, le Client a retenu l'offre du Prestataire en date du 14 octobre
2024. Le Prestataire déclare disposer des compétences, des moyens humains et techniques et des
certifications nécessaires à l'exécution des prestations. Il reconnaît avoir reçu du Client toutes
les informations utiles pour apprécier la portée de ses engagements et être tenu à son égard d'un
devoir de conseil et de mise en garde pendant toute la durée du contrat.

Les Parties sont ainsi convenues de ce qui suit.

# Article 1 – Définitions

Les termes ci-après, employés avec une majuscule, ont la signification suivante :

- « Contrat » : le présent document, son préambule et ses annexes.
- « Date de démarrage » : la date à laquelle le Prestataire prend en charge l'exploitation du
  Périmètre, fixée au 1er janvier 2025.
- « Données du Client » : l'ensemble des données, fichiers, bases de données, journaux et
  paramétrages, quel qu'en soit le support, confiés au Prestataire ou produits par lui pour le
  compte du Client dans le cadre du Contrat.
- « Incident » : tout événement qui interrompt un service ou en dégrade la qualité.
- « Incident critique » (priorité P1) : un Incident qui rend indisponible une application de
  production ou empêche plus de cinquante utilisateurs de travailler.
- « Périmètre » : les infrastructures, applications et services décrits à l'article 4 et à
  l'Annexe 1.
- « Prestataire entrant » : le Client lui-même ou tout tiers désigné par lui pour reprendre tout
  ou partie des prestations.

# Article 2 – Objet

Le Contrat a pour objet de définir les conditions dans lesquelles le Prestataire assure, pour le
compte du Client, l'infogérance de l'infrastructure informatique, le maintien en condition
opérationnelle des applications du Périmètre et le support aux utilisateurs, selon des niveaux de
service définis et pour un prix forfaitaire.

# Article 3 – Documents contractuels

Le Contrat est constitué, par ordre de priorité décroissante, des documents suivants :

- le présent document ;
- l'Annexe 1 – Description détaillée du Périmètre ;
- l'Annexe 2 – Plan d'assurance sécurité ;
- l'Annexe 3 – Liste du personnel transféré ;
- l'Annexe 4 – Bordereau des prix unitaires ;
- l'Annexe 5 – Accord de sous-traitance de données à caractère personnel ;
- l'offre du Prestataire du 14 octobre 2024.

En cas de contradiction entre ces documents, le document de rang supérieur prévaut. Les conditions
générales du Prestataire ne sont pas applicables au Contrat.

# Article 4 – Nature des prestations et modalités d'exécution

## 4.1 Prestations forfaitaires

Le Prestataire assure les prestations suivantes, décrites en détail à l'Annexe 1 :

- l'exploitation et l'administration des serveurs, du stockage et des bases de données hébergés
  dans son centre de données, soit environ cent quatre-vingts serveurs virtuels ;
- la supervision des infrastructures et des applications vingt-quatre heures sur vingt-quatre et
  sept jours sur sept ;
- la sauvegarde quotidienne des Données du Client et les restaurations à la demande ;
- le maintien en condition opérationnelle et de sécurité des systèmes, y compris l'application
  des correctifs ;
- le centre de services (support de niveaux 1 et 2) pour les six cent cinquante utilisateurs du
  Client, joignable du lundi au vendredi de 7 h 30 à 19 h 00 ;
- la gestion du parc de postes de travail et la maintenance sur site.

## 4.2 Modalités d'exécution

Le Prestataire exécute les prestations conformément aux règles de l'art et aux bonnes pratiques
ITIL. Il tient à jour un référentiel de configuration et un manuel d'exploitation pour chaque
application. Toute intervention susceptible d'affecter la production est planifiée dans une
fenêtre de maintenance validée par le Client, en dehors des heures ouvrées, avec un préavis d'au
moins cinq (5) jours ouvrés.

## 4.3 Phase de transition initiale

Du 1er octobre au 31 décembre 2024, le Prestataire conduit une phase de prise de connaissance et
de transfert de compétences avec les équipes du Client. Cette phase se conclut par un procès-verbal
de prise en charge signé par les deux Parties.

# Article 5 – Lieu d'exécution et localisation des données

Les prestations d'hébergement et d'exploitation sont exécutées depuis le centre de données
principal du Prestataire situé à Saint-Denis (93) et depuis son centre de secours situé à Lille
(59). Le support de proximité est réalisé dans les locaux du Client à Orléans, où le Client met
des bureaux équipés à la disposition du personnel du Prestataire.

Les Données du Client sont hébergées et traitées exclusivement en France. Le Prestataire ne peut
transférer les Données du Client ni les rendre accessibles depuis un pays situé hors de l'Union
européenne. Tout changement de site d'hébergement est soumis à l'accord écrit préalable du Client,
sollicité au moins trois (3) mois à l'avance.

# Article 6 – Durée

6.1 Le Contrat entre en vigueur à la date de sa signature par les deux Parties.

6.2 Le Contrat est conclu pour une durée ferme de trois (3) ans à compter de la Date de démarrage,
soit jusqu'au 31 décembre 2027.

6.3 À son terme, il est renouvelé par tacite reconduction pour des périodes successives d'un (1)
an, dans la limite de deux (2) reconductions. Chaque Partie peut s'opposer à la reconduction par
lettre recommandée avec avis de réception adressée au moins quatre (4) mois avant l'échéance en
cours.

# Article 7 – Prix et modalités de paiement

## 7.1 Redevance forfaitaire

En contrepartie des prestations forfaitaires décrites à l'article 4.1, le Client verse au
Prestataire une redevance forfaitaire annuelle de quatre cent quatre-vingt mille euros hors taxes
(480 000 € HT), payable par mensualités de quarante mille euros hors taxes (40 000 € HT).

La redevance couvre l'ensemble des moyens humains, matériels et logiciels nécessaires pour
atteindre les niveaux de service de l'article 9, y compris les licences des outils du Prestataire.

## 7.2 Prestations complémentaires

Les prestations hors forfait commandées par le Client sont facturées sur la base des prix
unitaires de l'Annexe 4, notamment un prix de journée de huit cent cinquante euros hors taxes
(850 € HT) pour un ingénieur système.

## 7.3 Facturation et paiement

Les factures sont émises mensuellement à terme échu. Elles sont payables par virement à
quarante-cinq (45) jours fin de mois à compter de leur date d'émission. Tout retard de paiement
entraîne de plein droit des pénalités de retard au taux appliqué par la Banque centrale européenne
à son opération de refinancement la plus récente majoré de dix points, ainsi qu'une indemnité
forfaitaire pour frais de recouvrement de quarante euros (40 €).

# Article 8 – Révision des prix

Les prix sont révisés une fois par an, au 1er janvier, à compter du 1er janvier 2026, par
application de la formule suivante : P1 = P0 × (0,15 + 0,85 × S1 / S0), où P1 est le prix révisé,
P0 le prix en vigueur, S0 la valeur de l'indice Syntec publiée pour le mois d'octobre précédant la
dernière révision et S1 la valeur du même indice publiée pour le mois d'octobre précédant la
révision.

La hausse résultant de la révision ne peut excéder trois pour cent (3 %) par an. Si l'indice
Syntec venait à disparaître, les Parties lui substitueraient d'un commun accord l'indice le plus
proche.

# Article 9 – Niveaux de service

## 9.1 Engagements

Le Prestataire s'engage à respecter les niveaux de service figurant dans le tableau ci-dessous.
Ces engagements constituent des obligations de résultat.

Le taux de disponibilité garanti des applications critiques est de 99,8 % par mois, mesuré sur la
plage de service de 7 h 00 à 20 h 00 du lundi au samedi.

En cas d'Incident critique, le Prestataire garantit un délai d'intervention (GTI) de 4 heures et
un délai de rétablissement (GTR) de 8 heures, vingt-quatre heures sur vingt-quatre.

| Indicateur | Définition et mesure | Niveau contractuel |
| Disponibilité des applications critiques | Temps de fonctionnement effectif rapporté à la plage
  de service, par mois, hors maintenances planifiées | 99,8 % |
| Disponibilité des autres applications | Même mode de calcul | 99,5 % |
| GTI – Incident critique (P1) | Délai entre l'ouverture du ticket et le début de l'intervention
  d'un ingénieur | 4 heures |
| GTR – Incident critique (P1) | Délai entre l'ouverture du ticket et le rétablissement du
  service, le cas échéant en mode dégradé | 8 heures |
| GTR – Incident majeur (P2) | Même mode de calcul | 1 jour ouvré |
| Taux de décroché du centre de services | Appels décrochés en moins de 60 secondes | 90 % |
| Résolution au premier niveau | Tickets résolus par le niveau 1 sans escalade | 70 % |
| Sauvegardes réussies | Travaux de sauvegarde terminés sans erreur sur le mois | 99 % |

## 9.2 Mesure et rapport

Les indicateurs sont mesurés par les outils de supervision du Prestataire, auxquels le Client
dispose d'un accès en lecture. Le Prestataire remet au Client, au plus tard le cinquième jour
ouvré de chaque mois, un rapport de niveaux de service présentant, pour le mois écoulé, la valeur
de chaque indicateur, les incidents survenus et les actions correctives engagées.

## 9.3 Revue des niveaux de service

Les niveaux de service sont revus chaque année en comité de pilotage. Ils ne peuvent être modifiés
que par avenant.

# Article 10 – Pénalités

En cas de non-respect d'un niveau de service, le Prestataire est redevable de plein droit, sans
mise en demeure préalable, des pénalités prévues au tableau ci-dessous.

| Manquement constaté | Pénalité |
| Disponibilité des applications critiques inférieure à 99,8 % | 2 % de la mensualité par tranche
  de 0,1 point manquant |
| Dépassement de la GTI en cas d'Incident critique | 500 € HT par heure de retard entamée |
| Dépassement de la GTR en cas d'Incident critique | 1 000 € HT par heure de retard entamée |
| Taux de décroché inférieur à 90 % | 1 % de la mensualité |
| Retard dans la remise du rapport mensuel | 150 € HT par jour ouvré de retard |

Le montant cumulé des pénalités est plafonné à quinze pour cent (15 %) de la mensualité de la
redevance forfaitaire du mois concerné. Les pénalités sont déduites de la facture du mois suivant.

Les pénalités n'ont pas un caractère libératoire : leur application ne prive pas le Client du
droit de demander réparation de son entier préjudice ni de résilier le Contrat dans les conditions
de l'article 23. Lorsque les pénalités atteignent le plafond pendant trois (3) mois consécutifs,
le Client peut résilier le Contrat pour faute.

# Article 11 – Évolution du système et gestion des changements

Le Client peut à tout moment demander une évolution du Périmètre ou des prestations, notamment pour
accompagner l'évolution de ses besoins, de son organisation ou de son activité.

Toute demande de changement est formalisée par écrit. Dans un délai de dix (10) jours ouvrés, le
Prestataire remet une proposition décrivant la solution, son incidence sur les niveaux de service,
le calendrier et le prix, chiffré sur la base des prix unitaires de l'Annexe 4. La proposition
acceptée fait l'objet d'un avenant ou d'un bon de commande signé par les deux Parties. Le
Prestataire ne peut refuser une évolution raisonnable ni en subordonner la mise en œuvre à des
conditions étrangères à son coût.

Une variation du nombre de serveurs ou d'utilisateurs de plus ou moins dix pour cent (10 %) par
rapport au volume de référence donne lieu à un ajustement de la redevance forfaitaire selon les
prix unitaires de l'Annexe 4. Une fois par an, le Prestataire présente au comité stratégique un
plan d'évolution technologique couvrant l'obsolescence des composants et les pistes
d'optimisation.

# Article 12 – Gouvernance et pilotage

Chaque Partie désigne un responsable du Contrat, interlocuteur unique de l'autre Partie : pour le
Client, le Directeur des systèmes d'information ; pour le Prestataire, un directeur de compte
dédié. Le pilotage du Contrat repose sur trois instances :

- un comité opérationnel, mensuel, qui examine le rapport de niveaux de service, les incidents et
  les changements planifiés ;
- un comité de pilotage, trimestriel, qui suit les niveaux de service, les pénalités, les plans
  d'amélioration et la facturation ;
- un comité stratégique, annuel, qui examine l'évolution du Contrat, la feuille de route et le
  plan de réversibilité.

Chaque comité donne lieu à un compte rendu rédigé par le Prestataire dans les cinq (5) jours
ouvrés et validé par le Client. Tout différend non résolu en comité de pilotage est porté devant le
comité stratégique avant toute action contentieuse.

# Article 13 – Sécurité des systèmes d'information

Le Prestataire met en œuvre les mesures de sécurité décrites dans le Plan d'assurance sécurité
(PAS) figurant en Annexe 2, qu'il tient à jour et soumet chaque année à la validation du Client.
Il maintient pendant toute la durée du Contrat la certification ISO/IEC 27001 de son activité
d'infogérance et informe sans délai le Client de toute suspension ou de tout retrait de celle-ci.

Le Prestataire assure notamment le contrôle des accès et la gestion des habilitations selon le
principe du moindre privilège, l'authentification forte des administrateurs, la journalisation des
accès et des opérations d'administration avec une conservation d'un (1) an, le chiffrement des
sauvegardes, la gestion des vulnérabilités et l'application des correctifs de sécurité critiques
sous sept (7) jours.

Tout incident de sécurité affectant le Périmètre est notifié au Client dans un délai maximal de
quatre (4) heures après sa détection, puis fait l'objet d'un rapport d'analyse sous dix (10) jours
ouvrés. Le Client peut faire réaliser une fois par an, à ses frais, un test d'intrusion sur le
Périmètre, après en avoir informé le Prestataire avec un préavis de quinze (15) jours.

# Article 14 – Continuité de service

Le Prestataire établit et maintient un plan de continuité d'activité (PCA) et un plan de reprise
d'activité (PRA) couvrant le Périmètre, qu'il communique au Client dans les trois (3) mois suivant
la Date de démarrage.

En cas de sinistre rendant indisponible le centre de données principal, le Prestataire bascule la
production sur son centre de secours de Lille. La durée maximale d'interruption admissible (RTO)
est de douze (12) heures et la perte maximale de données admissible (RPO) est de quatre (4)
heures.

Le PRA est testé au moins une fois par an, en présence du Client, selon un scénario convenu entre
les Parties. Le Prestataire remet un rapport de test et corrige à ses frais les défaillances
constatées. La survenance d'un cas de force majeure ne dispense pas le Prestataire de mettre en
œuvre le PRA.

# Article 15 – Protection des données à caractère personnel

Dans le cadre du Contrat, le Prestataire traite des données à caractère personnel pour le compte du
Client, notamment les données des abonnés et des salariés du Client. Le Client agit en qualité de
responsable de traitement et le Prestataire en qualité de sous-traitant au sens de l'article 28 du
règlement (UE) 2016/679 (RGPD) et de la loi n° 78-17 du 6 janvier 1978 modifiée, dite loi
Informatique et Libertés. Le Prestataire s'engage à :

- ne traiter les données que sur instruction documentée du Client et pour les seules finalités du
  Contrat ;
- veiller à ce que les personnes autorisées à traiter les données soient soumises à une obligation
  de confidentialité ;
- mettre en œuvre les mesures de sécurité prévues à l'article 13 ;
- ne recourir à un sous-traitant ultérieur qu'avec l'autorisation écrite préalable du Client ;
- aider le Client à répondre aux demandes d'exercice des droits des personnes concernées et à
  réaliser les analyses d'impact ;
- notifier au Client toute violation de données à caractère personnel dans un délai maximal de
  vingt-quatre (24) heures après en avoir pris connaissance ;
- mettre à la disposition du Client les informations nécessaires pour démontrer le respect de ses
  obligations.

Les conditions détaillées des traitements (nature, finalités, catégories de données et de
personnes concernées) figurent dans l'accord de sous-traitance constituant l'Annexe 5.

# Article 16 – Confidentialité

Chaque Partie s'engage à tenir strictement confidentielles les informations de toute nature
communiquées par l'autre Partie ou dont elle a connaissance à l'occasion du Contrat, et à ne les
utiliser que pour son exécution. Le Prestataire ne communique ces informations qu'aux membres de
son personnel et à ses sous-traitants agréés qui ont besoin d'en connaître, après les avoir soumis
à une obligation de confidentialité au moins équivalente.

Cette obligation ne s'applique pas aux informations tombées dans le domaine public sans faute de
la Partie qui les a reçues, ni à celles dont la divulgation est exigée par la loi ou par une
autorité judiciaire ou administrative.

L'obligation de confidentialité demeure en vigueur pendant toute la durée du Contrat et pendant
cinq (5) ans après sa fin, quelle qu'en soit la cause.

# Article 17 – Propriété intellectuelle

Les Données du Client, ainsi que les bases de données qui les contiennent, demeurent la propriété
exclusive du Client. Le Prestataire n'acquiert sur elles aucun droit autre que celui de les traiter
pour l'exécution du Contrat.

Les développements spécifiques, scripts, paramétrages et documentations réalisés par le
Prestataire pour le Client dans le cadre du Contrat sont la propriété du Client dès leur
réalisation. Le Prestataire cède au Client, au fur et à mesure de leur réalisation, les droits
patrimoniaux d'auteur sur ces éléments, pour le monde entier et pour toute la durée légale de
protection ; le prix de cette cession est compris dans la redevance.

Les logiciels et outils préexistants du Prestataire restent sa propriété. Le Prestataire concède au
Client une licence non exclusive et gratuite d'utilisation de ceux de ces outils qui sont
nécessaires à l'exploitation du Périmètre, pendant la durée du Contrat et de la réversibilité. Le
Prestataire garantit le Client contre toute action en contrefaçon relative aux éléments qu'il
fournit.

# Article 18 – Sous-traitance

Le Prestataire ne peut sous-traiter tout ou partie des prestations qu'avec l'accord écrit préalable
du Client. La demande d'agrément précise l'identité du sous-traitant, les prestations concernées et
le lieu de leur exécution.

Le Prestataire impose à ses sous-traitants des obligations au moins équivalentes à celles du
Contrat, notamment en matière de sécurité, de confidentialité, de protection des données et
d'audit. Il demeure seul responsable à l'égard du Client de la bonne exécution des prestations
sous-traitées.

À la date de signature, les sous-traitants agréés sont Datacentrix SAS, pour l'hébergement des
infrastructures physiques à Saint-Denis, et Helpdesk Ouest SARL, pour le support de niveau 1 en
débordement depuis Angers.

# Article 19 – Audit

Le Client peut faire procéder, une fois par année civile, à un audit du respect par le Prestataire
de ses obligations au titre du Contrat, notamment en matière de niveaux de service, de sécurité et
de protection des données.

L'audit est réalisé par le Client ou par un auditeur indépendant qu'il désigne, non concurrent du
Prestataire et tenu au secret professionnel. Le Client notifie l'audit au Prestataire avec un
préavis d'un (1) mois, sauf en cas d'incident de sécurité grave, où l'audit peut être mené sans
préavis. Le Prestataire donne à l'auditeur accès à ses locaux, à ses systèmes, à la documentation
et aux personnes concernés par les prestations.

Les frais de l'audit sont à la charge du Client, sauf si l'audit révèle un manquement significatif
du Prestataire, auquel cas ils sont à la charge de ce dernier. Le Prestataire met en œuvre à ses
frais le plan d'actions correctives qui en découle. Les autorités de contrôle compétentes disposent
des mêmes droits d'accès et d'audit.

# Article 20 – Sort du personnel

L'exécution du Contrat entraîne le transfert au Prestataire de l'activité d'exploitation
informatique jusqu'alors assurée en interne par le Client. Les Parties reconnaissent que ce
transfert porte sur une entité économique autonome au sens de l'article L. 1224-1 du Code du
travail.

En conséquence, les contrats de travail des salariés du Client affectés à cette activité, dont la
liste figure en Annexe 3, sont transférés de plein droit au Prestataire à la Date de démarrage,
avec maintien de leur ancienneté, de leur rémunération et de leur qualification. Le Client informe
et consulte son comité social et économique avant la signature du Contrat. Le Prestataire maintient
l'emploi des salariés transférés sur le site d'Orléans pendant au moins dix-huit (18) mois.

Les salariés du Client qui ne relèvent pas de l'entité transférée et dont le concours est utile à
la phase de transition initiale peuvent être mis à la disposition du Prestataire, à titre non
lucratif, dans le cadre de conventions individuelles de mise à disposition.

# Article 21 – Responsabilité

Le Prestataire est tenu d'une obligation de résultat pour le respect des niveaux de service de
l'article 9 et pour la restitution des Données du Client, et d'une obligation de moyens pour ses
autres obligations.

Chaque Partie est responsable des dommages directs qu'elle cause à l'autre Partie. Aucune Partie
n'est responsable des dommages indirects, tels que la perte de chiffre d'affaires ou d'image, sauf
en cas de faute lourde ou dolosive.

La responsabilité totale du Prestataire au titre du Contrat, toutes causes confondues, est
plafonnée au montant total des sommes versées par le Client au cours des douze (12) derniers mois
précédant le fait générateur. Ce plafond ne s'applique pas en cas de faute lourde ou dolosive, de
dommages corporels, de manquement aux obligations de confidentialité ou de protection des données à
caractère personnel, ni à la perte ou à l'altération des Données du Client. Les pénalités ne
s'imputent pas sur ce plafond.

# Article 22 – Assurances

Le Prestataire déclare avoir souscrit, auprès d'une compagnie d'assurance notoirement solvable,
une police d'assurance responsabilité civile professionnelle couvrant les conséquences pécuniaires
de sa responsabilité au titre du Contrat, pour un montant minimal de cinq millions d'euros
(5 000 000 €) par sinistre et par année d'assurance, ainsi qu'une police couvrant les risques cyber
pour un montant minimal de deux millions d'euros (2 000 000 €).

Il maintient ces assurances pendant toute la durée du Contrat et de la réversibilité, et remet au
Client une attestation en cours de validité à la signature, puis chaque année au mois de janvier.

# Article 23 – Résiliation

## 23.1 Résiliation pour manquement

En cas de manquement grave de l'une des Parties à ses obligations, non réparé dans un délai de
trente (30) jours à compter de la réception d'une mise en demeure adressée par lettre recommandée
avec avis de réception, l'autre Partie peut résilier le Contrat de plein droit, sans préjudice des
dommages et intérêts auxquels elle pourrait prétendre.

## 23.2 Résiliation pour convenance

Le Client peut résilier le Contrat sans motif à l'issue de la première année, moyennant un préavis
de trois (3) mois notifié par lettre recommandée avec avis de réception. Il verse alors au
Prestataire une indemnité égale à deux (2) mensualités de la redevance forfaitaire.

## 23.3 Procédures collectives

En cas d'ouverture d'une procédure de sauvegarde, de redressement ou de liquidation judiciaire à
l'encontre du Prestataire, le Contrat peut être résilié dans les conditions prévues par le Code de
commerce.

## 23.4 Effets de la résiliation

Quelle que soit la cause de la fin du Contrat, les stipulations de l'article 24 (Réversibilité)
s'appliquent.

# Article 24 – Réversibilité

## 24.1 Principe

Le Prestataire s'engage à permettre au Client de reprendre ou de faire reprendre par un
Prestataire entrant l'ensemble des prestations, dans des conditions garantissant la continuité du
service, la sécurité et l'intégrité des Données du Client. La réversibilité constitue une
obligation essentielle du Contrat.

## 24.2 Plan de réversibilité

Le Prestataire remet au Client, dans un délai de trois (3) mois à compter de la Date de démarrage,
un plan de réversibilité décrivant l'organisation, les étapes, le calendrier, les livrables, les
moyens affectés et les responsabilités de chaque Partie pendant la réversibilité. Le plan de
réversibilité est mis à jour chaque année et à chaque évolution significative du Périmètre, puis
présenté en comité stratégique.

## 24.3 Déclenchement

La réversibilité est déclenchée à l'initiative du Client, par lettre recommandée avec avis de
réception, à l'échéance du Contrat comme en cas de résiliation anticipée, pour quelque cause que ce
soit, y compris en cas de manquement du Prestataire ou d'ouverture à son encontre d'une procédure
collective. Le Client peut la déclencher au plus tôt neuf (9) mois avant l'échéance.

## 24.4 Période de transition

La réversibilité se déroule sur une période de transition d'une durée de six (6) mois à compter de
sa notification, prolongeable une fois de trois (3) mois à la demande du Client. Pendant cette
période, le Prestataire continue d'exécuter l'ensemble des prestations dans les conditions du
Contrat.

## 24.5 Assistance et transférabilité

Le Prestataire apporte au Client et au Prestataire entrant toute l'assistance nécessaire à la
reprise des prestations : transfert de compétences, sessions de formation, participation aux
réunions de transition, fonctionnement en parallèle pendant la bascule et réponse aux questions du
Prestataire entrant. Il coopère loyalement avec le Prestataire entrant, quel qu'il soit.

## 24.6 Restitution des données

Le Prestataire restitue au Client l'intégralité des Données du Client, complètes et exploitables,
dans un délai de trente (30) jours à compter de la demande du Client et au plus tard à la fin de la
période de transition.

Les données sont restituées dans un format ouvert et documenté : fichiers CSV ou JSON pour les
données structurées, export (dump) SQL pour les bases de données et format d'origine pour les
fichiers bureautiques, accompagnés de la description des schémas de données.

Le Client dispose d'un délai de quinze (15) jours pour vérifier la complétude et l'intégrité des
données restituées ; toute anomalie est corrigée sans frais par le Prestataire.

## 24.7 Documentation et savoir-faire

Le Prestataire remet au Client la documentation à jour nécessaire à la reprise : manuels
d'exploitation, procédures, référentiel de configuration, schémas d'architecture, paramétrages,
scripts et développements spécifiques avec leurs codes sources, inventaire des matériels, des
licences et des contrats conclus avec des tiers.

## 24.8 Niveaux de service pendant la réversibilité

Les niveaux de service de l'article 9 et les pénalités de l'article 10 demeurent applicables
pendant toute la période de transition. Le Prestataire ne peut ni réduire les moyens affectés aux
prestations ni suspendre celles-ci, y compris en cas de différend sur la facturation.

## 24.9 Prix de la réversibilité

L'élaboration et la mise à jour du plan de réversibilité, la restitution des données et la remise
de la documentation sont comprises dans la redevance forfaitaire. L'assistance demandée par le
Client au-delà de quarante (40) jours-homme est facturée au prix de journée de l'Annexe 4, soit
huit cent cinquante euros hors taxes (850 € HT). Lorsque la réversibilité fait suite à une
résiliation pour manquement du Prestataire, l'ensemble des prestations de réversibilité est à sa
charge.

## 24.10 Destruction des données

Après confirmation par le Client de la bonne réception des données restituées, le Prestataire
détruit toutes les copies des Données du Client en sa possession ou en celle de ses
sous-traitants, y compris les sauvegardes, dans un délai de quinze (15) jours, et remet au Client
un certificat de destruction signé par son représentant légal.

## 24.11 Personnel, licences et contrats

Lorsque la reprise des prestations par le Client ou par le Prestataire entrant remplit les
conditions de l'article L. 1224-1 du Code du travail, les contrats de travail des salariés du
Prestataire affectés aux prestations sont transférés en application de ce texte. Le Prestataire
communique au Client, dès le début de la période de transition, la liste anonymisée de ces
salariés, avec leur fonction et leur ancienneté.

Le Prestataire transfère au Client ou au Prestataire entrant, dans la mesure permise par les
éditeurs et fournisseurs, les licences, contrats de maintenance et matériels dédiés au Périmètre.

# Article 25 – Droit applicable et juridiction

Le Contrat est soumis au droit français.

En cas de différend relatif à la formation, à l'interprétation, à l'exécution ou à la fin du
Contrat, les Parties recherchent d'abord une solution amiable selon la procédure d'escalade de
l'article 12. À défaut d'accord dans un délai de deux (2) mois, le litige est porté devant le
Tribunal de commerce de Paris, seul compétent, nonobstant pluralité de défendeurs ou appel en
garantie, y compris pour les procédures d'urgence ou conservatoires.

# Article 26 – Dispositions générales

Le Contrat exprime l'intégralité de l'accord des Parties sur son objet et remplace tout accord
antérieur. Toute modification du Contrat fait l'objet d'un avenant écrit signé par les deux
Parties.

Aucune Partie n'est responsable d'un manquement résultant d'un cas de force majeure au sens de
l'article 1218 du Code civil. La Partie qui l'invoque en informe l'autre sans délai ; si
l'empêchement dure plus de deux (2) mois, chaque Partie peut résilier le Contrat sans indemnité.

Le fait pour une Partie de ne pas se prévaloir d'un manquement de l'autre Partie ne vaut pas
renonciation à s'en prévaloir ultérieurement. Si une stipulation du Contrat est déclarée nulle,
les autres stipulations conservent leur plein effet.

Fait à Orléans, le 18 novembre 2024, en deux exemplaires originaux.

Pour le Client : Hélène Marchal, Directrice générale déléguée

Pour le Prestataire : Olivier Besson, Président
"""

SAMPLE = Sample(
    file="fr-infogerance-complet.pdf",
    language="fr",
    kind="infogerance",
    title="Contrat d'infogérance complet (SEVA / Altiveo)",
    description="Contrat d'infogérance français complet : les 22 clauses, réversibilité solide, "
                "tableau des SLA et des pénalités.",
    markup=MARKUP,
    layout=Layout(header="Altiveo Infogérance / Société des Eaux du Val d'Argent – Confidentiel",
                  footer="Contrat n° 2024-INF-017 – Page {page}/{pages}"),
    clauses=statuses(present=" ".join([
        "services_scope duration pricing staff_transfer data_protection ip_ownership liability",
        "insurance place_of_performance change_management confidentiality reversibility",
        "service_levels penalties termination audit subcontracting security governance",
        "governing_law price_revision business_continuity"])),
    values={
        "term": "trois (3) ans",
        "start": "1er janvier 2025",
        "renewal": "tacite reconduction pour des périodes successives d'un (1) an",
        "notice": "quatre (4) mois",
        "termination_notice": "trois (3) mois",
        "price": "480 000 € HT par an",
        "payment_terms": "quarante-cinq (45) jours fin de mois",
        "price_index": "Syntec",
        "availability": "99,8 %",
        "response_time": "4 heures",
        "restore_time": "8 heures",
        "penalty_cap": "15 %",
        "rto": "douze (12) heures",
        "rpo": "quatre (4) heures",
        "breach_notification": "vingt-quatre (24) heures",
        "confidentiality_period": "cinq (5) ans",
        "liability_cap": "sommes versées au cours des douze (12) derniers mois",
        "insurance_amount": "5 000 000 €",
        "transition_period": "six (6) mois",
        "data_return_deadline": "trente (30) jours",
        "data_return_format": "CSV, JSON, dump SQL",
        "reversibility_price": "compris dans la redevance forfaitaire (au-delà de 40 "
                               "jours-homme : 850 € HT par jour)",
        "governing_law": "droit français",
        "jurisdiction": "Tribunal de commerce de Paris",
    },
    # The clauses the restrictive sample gets wrong are protective here.
    assessments={"reversibility": "adequate", "liability": "adequate",
                 "service_levels": "adequate", "penalties": "adequate"},
)
