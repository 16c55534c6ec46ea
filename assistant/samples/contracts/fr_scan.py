"""A short French IT maintenance contract delivered as a scan: page images, no text layer."""
from __future__ import annotations

from ..model import Layout, Sample, statuses

MARKUP = """
^ CONTRAT DE MAINTENANCE INFORMATIQUE
> Référence MAINT-2024-031

Entre le Cabinet Durand Expertise, société d'expertise comptable, 9 rue Crébillon, 44000 Nantes
(le « Client »), et la société Atelier Numérique de l'Erdre, 41 quai de Versailles, 44000 Nantes
(le « Prestataire »), il est convenu ce qui suit.

# Article 1 – Objet

Le Prestataire assure la maintenance préventive et corrective du parc informatique du Client :
vingt-cinq postes de travail, deux serveurs, les imprimantes et le réseau local du cabinet. La
maintenance préventive comprend une visite trimestrielle sur site.

# Article 2 – Durée

Le contrat est conclu pour une durée d'un (1) an à compter du 1er septembre 2024. Il est
renouvelable par tacite reconduction pour la même durée, sauf dénonciation par lettre recommandée
avec un préavis de deux (2) mois avant l'échéance.

# Article 3 – Prix

Le Client verse une redevance forfaitaire de six cent quatre-vingt-dix euros hors taxes (690 € HT)
par mois, payable à réception de facture. Les pièces détachées sont facturées en sus.

# Article 4 – Délais d'intervention

Le Prestataire intervient dans un délai de huit (8) heures ouvrées à compter de l'appel du Client
pour toute panne bloquante, et dans un délai de deux (2) jours ouvrés pour les autres demandes.

# Article 5 – Confidentialité

Le Prestataire s'interdit de divulguer les informations et les dossiers du Client dont il peut
avoir connaissance lors de ses interventions, y compris après la fin du contrat.

# Article 6 – Responsabilité

La responsabilité du Prestataire est limitée au montant des redevances versées au cours de
l'année en cours. Il ne répond pas des pertes de données lorsque le Client n'a pas réalisé ses
sauvegardes.

# Article 7 – Résiliation

En cas de manquement grave de l'une des parties, l'autre partie peut résilier le contrat quinze
(15) jours après une mise en demeure restée sans effet.

# Article 8 – Droit applicable

Le présent contrat est soumis au droit français. Tout litige sera porté devant le Tribunal de
commerce de Nantes.

Fait à Nantes, le 26 août 2024.
"""

SAMPLE = Sample(
    file="fr-scan.pdf",
    language="fr",
    kind="maintenance",
    title="Contrat de maintenance scanné (Cabinet Durand / Atelier Numérique de l'Erdre)",
    description="Contrat de maintenance court, scanné : des images sans couche texte (OCR "
                "nécessaire).",
    markup=MARKUP,
    layout=Layout(format="scan", body_size=10.5,
                  footer="MAINT-2024-031 – page {page}/{pages}"),
    clauses=statuses(present=" ".join([
        "services_scope duration pricing service_levels confidentiality liability termination",
        "governing_law"])),
    values={
        "term": "un (1) an",
        "start": "1er septembre 2024",
        "notice": "deux (2) mois",
        "price": "690 € HT par mois",
        "response_time": "huit (8) heures ouvrées",
        "liability_cap": "redevances versées au cours de l'année en cours",
        "governing_law": "droit français",
        "jurisdiction": "Tribunal de commerce de Nantes",
    },
)
