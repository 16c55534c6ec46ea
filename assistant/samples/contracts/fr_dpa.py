"""A French GDPR art. 28 processing agreement, annexed to the complete infogérance contract."""
from __future__ import annotations

from ..model import Layout, Sample, statuses

MARKUP = """
^ ANNEXE 5 – ACCORD DE SOUS-TRAITANCE DE DONNÉES À CARACTÈRE PERSONNEL
> Règlement (UE) 2016/679, article 28 – Contrat d'infogérance n° 2024-INF-017

Entre la Société des Eaux du Val d'Argent, agissant en qualité de responsable de traitement (le
« Responsable de traitement »), et Altiveo Infogérance, agissant en qualité de sous-traitant (le
« Sous-traitant »), ensemble les « Parties ».

# 1. Objet et durée

1.1 Le présent accord a pour objet de définir les conditions dans lesquelles le Sous-traitant
s'engage à effectuer, pour le compte du Responsable de traitement, les opérations de traitement de
données à caractère personnel nécessaires à l'exécution du contrat d'infogérance n° 2024-INF-017
(le « Contrat »).

1.2 Les Parties s'engagent à respecter la réglementation applicable aux traitements de données à
caractère personnel, en particulier le règlement (UE) 2016/679 du 27 avril 2016 (RGPD) et la loi
n° 78-17 du 6 janvier 1978 modifiée.

1.3 Le présent accord s'applique pendant toute la durée du Contrat et aussi longtemps que le
Sous-traitant détient des données à caractère personnel pour le compte du Responsable de
traitement.

# 2. Description des traitements

| Élément | Description |
| Nature des opérations | Hébergement, stockage, sauvegarde, administration technique,
  supervision et support aux utilisateurs |
| Finalité | Exécution des prestations d'infogérance prévues au Contrat |
| Catégories de données | Identité, coordonnées, données contractuelles et de facturation des
  abonnés ; identité et données de connexion des salariés |
| Personnes concernées | Abonnés du Responsable de traitement ; salariés et prestataires du
  Responsable de traitement |
| Données sensibles | Aucune |

# 3. Obligations du Sous-traitant

3.1 Le Sous-traitant traite les données uniquement sur instruction documentée du Responsable de
traitement, y compris en ce qui concerne les transferts de données vers un pays tiers. S'il
considère qu'une instruction constitue une violation de la réglementation, il en informe
immédiatement le Responsable de traitement.

3.2 Le Sous-traitant veille à ce que les personnes autorisées à traiter les données à caractère
personnel s'engagent à en respecter la confidentialité ou soient soumises à une obligation légale
appropriée de confidentialité, et reçoivent la formation nécessaire.

3.3 Le Sous-traitant aide le Responsable de traitement à donner suite aux demandes d'exercice des
droits des personnes concernées (accès, rectification, effacement, limitation, portabilité et
opposition) et à réaliser les analyses d'impact relatives à la protection des données.

3.4 Le Sous-traitant tient un registre des catégories d'activités de traitement effectuées pour le
compte du Responsable de traitement.

# 4. Localisation des données et transferts

4.1 Les données sont hébergées et traitées exclusivement dans les centres de données du
Sous-traitant situés à Saint-Denis et à Lille (France).

4.2 Aucun transfert de données vers un pays situé hors de l'Espace économique européen n'est
autorisé sans l'accord écrit préalable du Responsable de traitement et la mise en place de
garanties appropriées au sens du chapitre V du RGPD.

# 5. Sécurité des traitements

5.1 Le Sous-traitant met en œuvre les mesures techniques et organisationnelles appropriées prévues
à l'article 32 du RGPD, et au minimum :

- le chiffrement des données au repos et en transit ;
- une gestion des habilitations fondée sur le besoin d'en connaître, revue tous les six mois ;
- l'authentification multifacteur pour tous les accès d'administration ;
- la journalisation des accès aux données et la conservation des journaux pendant douze mois ;
- des tests réguliers de l'efficacité des mesures, dont un test d'intrusion annuel.

5.2 Le Sous-traitant notifie au Responsable de traitement toute violation de données à caractère
personnel dans un délai maximal de vingt-quatre (24) heures après en avoir pris connaissance, par
courrier électronique adressé au délégué à la protection des données du Responsable de
traitement.

5.3 La notification précise au moins la nature de la violation, les catégories et le nombre
approximatif de personnes et d'enregistrements concernés, les conséquences probables et les
mesures prises ou envisagées pour y remédier.

# 6. Sous-traitants ultérieurs

6.1 Le Sous-traitant ne peut recruter un sous-traitant ultérieur qu'avec l'autorisation écrite
préalable et spécifique du Responsable de traitement.

6.2 Sont autorisés à la date de signature : Datacentrix SAS, pour l'hébergement physique des
serveurs à Saint-Denis, et Helpdesk Ouest SARL, pour le support de niveau 1 en débordement.

6.3 Le Sous-traitant impose par contrat au sous-traitant ultérieur les mêmes obligations en matière
de protection des données que celles du présent accord. Si le sous-traitant ultérieur ne remplit
pas ses obligations, le Sous-traitant demeure pleinement responsable devant le Responsable de
traitement de leur exécution.

# 7. Audits et inspections

7.1 Le Sous-traitant met à la disposition du Responsable de traitement toutes les informations
nécessaires pour démontrer le respect de ses obligations et pour permettre la réalisation
d'audits, y compris d'inspections, par le Responsable de traitement ou par un auditeur qu'il a
mandaté.

7.2 Les audits sont menés au plus une fois par an, sauf en cas de violation de données, avec un
préavis de quinze (15) jours ouvrés et pendant les heures ouvrées. Le Sous-traitant communique en
outre chaque année son certificat ISO/IEC 27001 en cours de validité.

# 8. Sort des données

8.1 Au terme des prestations, le Sous-traitant, selon le choix du Responsable de traitement,
supprime toutes les données à caractère personnel ou les lui renvoie, et détruit les copies
existantes, sauf obligation légale de conservation.

8.2 Le renvoi s'effectue dans un format structuré et couramment utilisé. La destruction est
attestée par un procès-verbal remis au Responsable de traitement.

# 9. Responsabilité

La responsabilité de chaque Partie au titre du présent accord est régie par l'article 21
(Responsabilité) du Contrat.

Fait à Orléans, le 18 novembre 2024.

Pour le Responsable de traitement : Hélène Marchal

Pour le Sous-traitant : Olivier Besson
"""

SAMPLE = Sample(
    file="fr-annexe-dpa.pdf",
    language="fr",
    kind="dpa",
    title="Annexe 5 – Accord de sous-traitance RGPD (SEVA / Altiveo)",
    description="Accord de sous-traitance de données personnelles (RGPD art. 28) annexé au "
                "contrat 2024-INF-017 : protection des données, sous-traitance, sécurité, audit.",
    markup=MARKUP,
    layout=Layout(typeface="serif",
                  footer="Accord de sous-traitance RGPD – Contrat n° 2024-INF-017 – Page "
                         "{page}/{pages}"),
    clauses=statuses(
        present="data_protection subcontracting security audit place_of_performance",
        partial="duration confidentiality reversibility liability"),
    values={
        "breach_notification": "vingt-quatre (24) heures",
        "audit_notice": "quinze (15) jours ouvrés",
        "data_location": "Saint-Denis et Lille (France)",
        "data_return_format": "format structuré et couramment utilisé",
    },
    notes={
        "duration": "The agreement lasts as long as the main Contract, whose term is not here.",
        "confidentiality": "Only the persons authorised to process personal data are bound "
                           "(art. 28(3)(b)); no general secrecy duty on the client's information.",
        "reversibility": "Only the return or deletion of personal data at the end (art. "
                         "28(3)(g)); no plan, transition or assistance.",
        "liability": "Refers to article 21 of the main Contract, which is not in this file.",
        "services_scope": "The processing table describes operations on personal data, not the "
                          "services and how they are delivered.",
    },
)
