"""Clause assessment: each rule family on sentences written for the test, French and English,
with the negations and look-alikes that must stay adequate."""
from __future__ import annotations

import pytest

from assistant.analysis.assessment import SCORE_FACTOR, assess
from assistant.analysis.checklist import coverage_score
from assistant.analysis.playbooks import load_playbook
from assistant.models import Assessment, Chunk, Evidence, Finding, Reason

PLAYBOOK = load_playbook("infogerance")


def _assess(item_id: str, clause: str, language: str = "fr",
            elsewhere: tuple[str, ...] = (), status: str = "present",
            playbook: str = "infogerance") -> Assessment:
    """The clause as one passage (its region), other passages as the rest of the contract."""
    chunk = Chunk("doc", 0, clause, page=3, page_end=3, section_number="Article 9",
                  section_title="Clause")
    others = [Chunk("doc", i + 1, text, page=5, page_end=5, section_number=f"Article {12 + i}")
              for i, text in enumerate(elsewhere)]
    finding = Finding(item_id, item_id, status, 0.9, "required",
                      (Evidence(3, chunk.section, clause),) if status != "absent" else ())
    return assess(load_playbook(playbook).item(item_id), finding,
                  [chunk] if status != "absent" else [],
                  [chunk, *others], language)


# A complete exit clause, to which each look-alike sentence is added: it must stay adequate.
EXIT_FR = ("Le Prestataire remet un plan de réversibilité dans les trois mois. La période de "
           "transition dure six (6) mois. Il restitue toutes les données au format CSV et assiste "
           "le nouveau prestataire. ")
EXIT_EN = ("The Provider shall maintain an exit plan. The transition period lasts six (6) months. "
           "The Provider shall return all Customer data in a standard format and cooperate with "
           "the successor provider. ")
LIABILITY_FR = ("La responsabilité du Prestataire est plafonnée au montant des sommes versées au "
                "cours des douze (12) derniers mois. ")
LIABILITY_EN = ("The Provider's aggregate liability shall not exceed the fees paid in the twelve "
                "(12) months preceding the claim. ")
SLA_FR = ("La disponibilité garantie est de 99,8 % par mois. En cas de non-respect, le Prestataire "
          "doit des pénalités de 2 % de la redevance mensuelle. ")
SLA_EN = ("The Provider shall ensure availability of 99.9% per month; failing that it credits 5% "
          "of the monthly fee. ")


CASES = [
    # -- reversibility -------------------------------------------------------------------------
    ("reversibility", "fr", "Les prestations n'incluent aucune obligation de réversibilité, à "
     "l'exception des interfaces d'export que le Client utilise lui-même.", "restrictive",
     "aucune obligation de réversibilité"),
    ("reversibility", "fr", "Il appartient au Client de récupérer ses données par l'API avant la "
     "fin de l'abonnement.", "restrictive", "récupération des données laissée au client"),
    ("reversibility", "fr", "À la résiliation du compte, les données du Client sont "
     "définitivement supprimées.", "restrictive", "supprimées à la fin sans restitution"),
    ("reversibility", "fr", EXIT_FR + "Toute assistance à la réversibilité fera l'objet d'un "
     "devis distinct.", "restrictive", "prestation distincte"),
    ("reversibility", "fr", "Le Prestataire assure la réversibilité et restitue les données du "
     "Client.", "weak", "plan de réversibilité"),
    ("reversibility", "fr", EXIT_FR, "adequate", "prévoit"),
    ("reversibility", "fr", EXIT_FR + "En cas d'annulation du service, toutes les données "
     "stockées sont supprimées.", "restrictive", "supprimées à la fin"),
    ("reversibility", "fr", EXIT_FR + "Aucune prestation de réversibilité n'est facturée en sus "
     "du forfait.", "adequate", ""),
    ("reversibility", "fr", EXIT_FR + "Après la restitution des données, le Prestataire "
     "supprime ses copies à la fin du contrat.", "adequate", ""),
    ("reversibility", "en", "The Provider shall have no obligation to provide transition "
     "assistance of any kind.", "restrictive", "no reversibility"),
    ("reversibility", "en", "The Customer is solely responsible for exporting its data through "
     "the API before termination.", "restrictive", "self-service"),
    ("reversibility", "en", "Upon termination, all Customer data will be permanently deleted.",
     "restrictive", "deleted at the end"),
    ("reversibility", "en", "Upon termination the Provider will return the Customer's data in "
     "CSV format; transition assistance shall be subject to a separate statement of work.",
     "restrictive", "separate engagement"),
    ("reversibility", "en", "Upon termination the Provider will return the Customer's data.",
     "weak", "thin clause"),
    ("reversibility", "en", EXIT_EN + "No transition assistance fees shall be charged.",
     "adequate", ""),
    # -- liability -----------------------------------------------------------------------------
    ("liability", "fr", "La responsabilité du Prestataire est limitée au montant de la redevance "
     "mensuelle.", "restrictive", "plafonnée à 1 mois de redevances (seuil : 12 mois"),
    ("liability", "fr", LIABILITY_FR + "Le Prestataire ne saurait être tenu responsable de la "
     "perte ou de l'altération des données du Client.", "restrictive", "perte de données"),
    ("liability", "fr", LIABILITY_FR + "Aucune partie n'est responsable des dommages indirects, "
     "notamment les pertes de données.", "restrictive", "perte de données"),
    ("liability", "fr", "Le Prestataire n'est tenu que d'une obligation de moyens. Il répare les "
     "dommages directs.", "restrictive", "obligation de moyens"),
    ("liability", "fr", "L'hébergeur décline toute responsabilité quant au fonctionnement du "
     "service.", "restrictive", "écartée"),
    ("liability", "fr", LIABILITY_FR + "Ce plafond ne s'applique pas en cas de faute lourde, ni à "
     "la perte ou à l'altération des données du Client.", "adequate", "plafond de 12 mois"),
    ("liability", "fr", "Le Prestataire est tenu d'une obligation de moyens, sauf pour la "
     "disponibilité, pour laquelle il est tenu d'une obligation de résultat.", "adequate", ""),
    ("liability", "fr", "Le Prestataire répare les dommages directs. Il ne saurait être tenu "
     "responsable des retards imputables au Client ou à un cas de force majeure.", "adequate",
     ""),
    ("liability", "fr", "La responsabilité du Prestataire est limitée au montant de la redevance "
     "annuelle.", "adequate", "plafond de 12 mois"),
    ("liability", "fr", "Chaque partie est responsable de l'exécution de ses obligations.",
     "weak", "sans en fixer l'étendue"),
    ("liability", "en", "The Provider's aggregate liability shall not exceed the fees paid in the "
     "one (1) month preceding the claim.", "restrictive", "capped at 1 month of fees"),
    ("liability", "en", LIABILITY_EN + "In no event shall the Provider be liable for any loss of "
     "data.", "restrictive", "loss of data"),
    ("liability", "en", LIABILITY_EN + "The cap shall not apply to loss or corruption of "
     "Customer Data.", "adequate", "cap of 12 months"),
    ("liability", "en", LIABILITY_EN + "Neither party shall be liable for indirect damages or "
     "lost profits.", "adequate", ""),
    # Data loss paid only up to what a restore would cost is mostly left to the client.
    ("liability", "en", LIABILITY_EN + "For loss of data, the Provider's liability is limited to "
     "the cost of restoring the latest backup.", "restrictive", "loss of data limited"),
    ("liability", "fr", "La responsabilité du Prestataire est limitée au montant de la redevance "
     "annuelle. En cas de perte de données, sa responsabilité est limitée au coût de la "
     "restauration de la dernière sauvegarde.", "restrictive", "perte de données limitée"),
    # -- service levels ------------------------------------------------------------------------
    ("service_levels", "fr", SLA_FR + "Les pénalités ont un caractère forfaitaire et "
     "libératoire.", "restrictive", "seule réparation"),
    ("service_levels", "fr", SLA_FR + "Les pénalités n'ont pas un caractère libératoire.",
     "adequate", ""),
    ("service_levels", "fr", "L'hébergeur ne garantit pas la disponibilité permanente du "
     "service.", "restrictive", "aucune garantie"),
    ("service_levels", "fr", SLA_FR + "Les interruptions pour maintenance ne donnent lieu à "
     "aucune indemnité.", "restrictive", "aucune compensation"),
    ("service_levels", "fr", SLA_FR + "Le montant total des pénalités est plafonné à 5 % de la "
     "redevance mensuelle.", "restrictive", "plafonnées à 5 %"),
    ("service_levels", "fr", SLA_FR + "Le montant total des pénalités est plafonné à 15 % de la "
     "redevance mensuelle.", "adequate", "plafonnées à 15 %"),
    ("service_levels", "fr", "Le Prestataire fera ses meilleurs efforts pour assurer la "
     "disponibilité du service. Des pénalités de 1 % sont dues par heure d'arrêt.", "weak",
     "meilleurs efforts"),
    ("service_levels", "fr", "La disponibilité garantie est de 99,5 % par mois.", "weak",
     "sans pénalité"),
    ("service_levels", "en", SLA_EN + "Service credits are the Customer's sole and exclusive "
     "remedy for any failure to meet the Service Levels.", "restrictive", "sole and exclusive"),
    ("service_levels", "en", SLA_EN + "Service credits are without prejudice to any other right "
     "or remedy of the Customer.", "adequate", ""),
    ("service_levels", "en", "The Provider does not warrant that the service will be "
     "uninterrupted or error-free.", "restrictive", "no availability"),
    ("service_levels", "en", "The Provider will monitor the service levels and report on them "
     "monthly. Service credits of 5% apply.", "weak", "no measurable target"),
    ("service_levels", "fr", SLA_FR + "Le service est mis à disposition sans garantie sur sa "
     "disponibilité.", "restrictive", "aucune garantie"),
    ("service_levels", "fr", "L'hébergeur ne garantit pas que le service sera exempt "
     "d'interruptions.", "restrictive", "aucune garantie"),
    ("service_levels", "fr", SLA_FR + "Le service peut connaître des indisponibilités. De telles "
     "situations n'ouvriront droit à aucune compensation financière.", "restrictive",
     "aucune compensation"),
    ("service_levels", "fr", SLA_FR + "La résiliation pour convenance ne donne lieu à aucune "
     "indemnité.", "adequate", ""),
    # -- penalties -----------------------------------------------------------------------------
    ("penalties", "fr", "Les pénalités de 2 % par jour de retard sont libératoires.",
     "restrictive", "seule réparation"),
    ("penalties", "fr", "Des pénalités sont appliquées dont le montant sera fixé d'un commun "
     "accord.", "weak", "sans montant"),
    ("penalties", "en", "Service credits of 5% of the monthly fee shall be the Customer's sole "
     "remedy.", "restrictive", "sole and exclusive"),
    # -- termination and duration --------------------------------------------------------------
    ("termination", "fr", "Le Prestataire peut résilier le contrat à tout moment, sans motif, "
     "moyennant un préavis de quinze (15) jours.", "restrictive", "court préavis (0,5 mois"),
    ("termination", "fr", "Le Prestataire peut résilier le contrat à tout moment, sans motif, "
     "moyennant un préavis de trois mois.", "adequate", "",),
    ("termination", "fr", "Le Prestataire peut résilier le contrat à tout moment en cas de "
     "défaut de paiement, après une mise en demeure.", "adequate", ""),
    ("termination", "en", "The Provider may terminate this Agreement at any time for convenience "
     "on fourteen days' notice.", "restrictive", "at will on short notice (0.47 months"),
    ("termination", "en", "The Provider may terminate this Agreement at any time for convenience. "
     "Either party may terminate this Agreement for convenience on ninety (90) days' notice.",
     "adequate", ""),
    # Only a reserved right "for good cause", or a notice that stops the renewal: no ground.
    ("termination", "en", "Each party's statutory right to terminate for good cause is not "
     "affected. Notice of termination must be in writing.", "weak", "no ground"),
    ("termination", "fr", "Le contrat peut être dénoncé par chaque partie moyennant un préavis de "
     "six mois avant son échéance.", "weak", "aucun cas de résiliation"),
    ("termination", "en", "The Customer may terminate this Agreement on sixty (60) days' written "
     "notice to the Supplier.", "adequate", ""),
    ("termination", "fr", "Chaque partie peut résilier le contrat pour de justes motifs, "
     "notamment en cas de faillite de l'autre partie, après une mise en demeure restée sans effet "
     "pendant trente jours.", "adequate", ""),
    ("duration", "fr", "Le contrat est reconduit tacitement par périodes d'un an, sauf "
     "dénonciation adressée au moins neuf (9) mois avant l'échéance.", "restrictive",
     "préavis de 9 mois"),
    ("duration", "fr", "Le contrat est reconduit tacitement par périodes d'un an, sauf "
     "dénonciation avec un préavis de trois (3) mois.", "adequate", "3 mois"),
    ("duration", "fr", "Le contrat est conclu pour une durée indéterminée.", "restrictive",
     "durée indéterminée"),
    ("duration", "en", "This Agreement shall automatically renew for successive one-year terms "
     "unless either party gives notice of non-renewal at least twelve (12) months before the end "
     "of the then-current term.", "restrictive", "12 months of notice"),
    ("duration", "en", "This Agreement continues indefinitely.", "restrictive", "open-ended"),
    # -- price revision ------------------------------------------------------------------------
    ("price_revision", "fr", "Le Prestataire se réserve le droit de modifier ses tarifs à tout "
     "moment.", "restrictive", "unilatéralement"),
    ("price_revision", "fr", "Le Prestataire peut réviser ses prix une fois par an selon "
     "l'indice Syntec, dans la limite de 3 %.", "adequate", "indice"),
    ("price_revision", "fr", "Les prix sont révisables chaque année.", "weak", "sans indice"),
    ("price_revision", "en", "We may change our prices at any time.", "restrictive",
     "unilaterally"),
    ("price_revision", "en", "The fees may be increased each year by the change in the CPI.",
     "adequate", "index"),
    # -- subcontracting ------------------------------------------------------------------------
    ("subcontracting", "fr", "Le Prestataire peut sous-traiter librement tout ou partie des "
     "prestations.", "restrictive", "sans accord ni information"),
    ("subcontracting", "fr", "Le Prestataire ne peut sous-traiter sans l'accord écrit préalable "
     "du Client.", "adequate", ""),
    ("subcontracting", "fr", "Le Prestataire peut sous-traiter une partie des prestations après "
     "en avoir informé le Client.", "weak", "sans accord préalable"),
    ("subcontracting", "en", "The Provider may subcontract any of its obligations.",
     "restrictive", "at will"),
    ("subcontracting", "fr", "Le Prestataire peut librement recourir à des sous-traitants, sans "
     "en informer le Client.", "restrictive", "sans accord ni information"),
    ("subcontracting", "en", "The Provider may engage subcontractors without the Customer's "
     "prior written consent.", "restrictive", "at will"),
    ("subcontracting", "en", "The Provider shall not subcontract without the Customer's prior "
     "written consent.", "adequate", ""),
    # -- place of performance ------------------------------------------------------------------
    ("place_of_performance", "fr", "Les données peuvent être hébergées hors de l'Union "
     "européenne.", "restrictive", "hors de l'Union européenne"),
    ("place_of_performance", "fr", "Les données ne sont pas hébergées hors de l'Union "
     "européenne.", "adequate", ""),
    ("place_of_performance", "fr", "Le Prestataire peut déplacer librement les serveurs dans le "
     "centre de son choix.", "restrictive", "au choix du prestataire"),
    ("place_of_performance", "fr", "Les prestations sont réalisées à distance.", "weak",
     "non précisé"),
    ("place_of_performance", "en", "Customer Data may be stored in the United States.",
     "restrictive", "outside the EU"),
    ("place_of_performance", "en", "Customer Data shall not be transferred outside the European "
     "Union.", "adequate", ""),
    # -- data protection -----------------------------------------------------------------------
    ("data_protection", "fr", "Le Prestataire peut utiliser les données du Client à des fins "
     "commerciales.", "restrictive", "propres fins"),
    ("data_protection", "fr", "Le Prestataire traite les données personnelles conformément au "
     "RGPD.", "weak", "article 28"),
    ("data_protection", "en", "We may use customer data to improve our services and share it "
     "with partners.", "restrictive", "own purposes"),
    # -- audit ---------------------------------------------------------------------------------
    ("audit", "fr", "L'audit se limite à la communication des certifications du Prestataire.",
     "restrictive", "vidé de sa portée"),
    ("audit", "fr", "Le Client peut auditer les prestations moyennant un préavis de soixante "
     "(60) jours.", "restrictive", "préavis d'audit de 60 jours"),
    ("audit", "fr", "Le Client peut auditer les prestations moyennant un préavis de quinze (15) "
     "jours.", "adequate", "15 jours"),
    ("audit", "en", "In lieu of an audit, the Provider will provide its most recent SOC 2 report.",
     "restrictive", "impractical"),
    ("audit", "en", "The Provider supplies its SOC 2 report, which is provided in lieu of, and the "
     "Customer waives, any right to inspect the Provider's facilities.", "restrictive",
     "impractical"),
    ("audit", "en", "The Customer may audit the Provider's facilities on thirty (30) days' "
     "notice.", "adequate", "30 days"),
    # -- wordings added after probing the rules with new sentences ---------------------------
    ("reversibility", "fr", "La réversibilité n'entre pas dans le périmètre des prestations.",
     "restrictive", "aucune obligation de réversibilité"),
    ("reversibility", "fr", "Au terme de l'abonnement, le compte est clôturé et l'ensemble des "
     "fichiers est effacé sans possibilité de récupération.", "restrictive", "supprimées"),
    ("reversibility", "en", "The Customer may download its content at any time; the Provider "
     "does not return data after the subscription ends.", "restrictive", "no reversibility"),
    ("reversibility", "fr", EXIT_FR + "Au terme du contrat, après restitution des données, le "
     "Prestataire efface ses copies.", "adequate", ""),
    ("liability", "fr", "En tout état de cause, la responsabilité de l'Éditeur, toutes causes "
     "confondues, ne pourra excéder le montant payé par le Client au titre des trois derniers "
     "mois.", "restrictive", "plafonnée à 3 mois"),
    ("liability", "fr", "La responsabilité du Prestataire est plafonnée à la moitié des sommes "
     "versées au cours des douze mois précédents.", "restrictive", "plafonnée à 6 mois"),
    ("liability", "fr", "Le Prestataire ne pourra être tenu responsable d'aucun dommage indirect, "
     "tel que la perte de clientèle, de commandes ou de fichiers.", "restrictive",
     "perte de données"),
    ("liability", "fr", LIABILITY_FR + "Le Prestataire ne pourra être tenu responsable des "
     "dommages indirects tels que la perte de clientèle ou d'image.", "adequate", ""),
    ("liability", "en", "Under no circumstances will the Company be responsible for any damages "
     "arising from use of the service.", "restrictive", "liability excluded"),
    ("liability", "en", LIABILITY_EN + "In no event shall the Customer be liable for the "
     "Provider's costs.", "adequate", ""),
    ("service_levels", "fr", SLA_FR + "Les délais d'intervention figurant en annexe sont donnés "
     "à titre indicatif.", "weak", "à titre indicatif"),
    ("service_levels", "fr", SLA_FR + "Les délais de livraison du matériel sont donnés à titre "
     "indicatif.", "adequate", ""),
    ("service_levels", "fr", SLA_FR + "Le Titulaire met tout en œuvre pour respecter les délais "
     "d'intervention.", "weak", "meilleurs efforts"),
    ("service_levels", "fr", "L'Hébergeur ne saurait être tenu pour responsable des "
     "interruptions du service.", "restrictive", "aucune compensation"),
    ("service_levels", "fr", SLA_FR + "Le Prestataire ne saurait être tenu responsable des "
     "interruptions dues à un cas de force majeure.", "adequate", ""),
    ("service_levels", "en", SLA_EN + "The service levels are targets only and do not constitute "
     "a binding commitment.", "weak", "not binding"),
    ("liability", "en", "The Provider is liable for all losses arising from its breach of this "
     "Agreement, without limit.", "adequate", ""),
    # The civil liability an insurance covers says nothing of the contract's liability terms.
    ("liability", "fr", "Le Prestataire déclare être assuré pour sa responsabilité civile "
     "professionnelle pour les dommages matériels et immatériels.", "weak",
     "sans en fixer l'étendue"),
    # A cap kept for some claims on top of the general one adds cover ...
    ("liability", "en", LIABILITY_EN + "The Charges are £50,000 per month. The Supplier's "
     "liability for breaches of clause 10 shall not exceed £100,000, in addition to the limit in "
     "clause 14.2.", "adequate", ""),
    # ... whereas a low general cap is restrictive.
    ("liability", "en", "The Charges are £50,000 per month. The Supplier's total liability "
     "shall not exceed £100,000.", "restrictive", "2 months"),
    # Exit help priced at the provider's rates is paid, not left to a negotiation.
    ("reversibility", "en", EXIT_EN + "Termination assistance will be provided at the "
     "Supplier's then-current rates.", "adequate", "provides"),
    ("reversibility", "en", EXIT_EN + "Termination assistance will be provided on terms to be "
     "agreed.", "restrictive", "separate engagement"),
    # The client choosing no transition services is no exclusion of them.
    ("reversibility", "en", EXIT_EN + "If the Customer requests no transition services, data are "
     "deleted thirty days after termination.", "adequate", "provides"),
    # A generic duty to keep one's own backups is no self-service exit.
    ("reversibility", "en", EXIT_EN + "The Customer is responsible for backing up its data.",
     "adequate", "provides"),
    # A fixed yearly uplift frames the price revision; a named price the provider may adjust
    # at will does not.
    ("price_revision", "en", "The Fees increase by three percent (3%) on each anniversary of the "
     "Start Date.", "adequate", ""),
    ("price_revision", "en", "The Operator may adjust the Energy Price at any time on 30 days' "
     "notice.", "restrictive", "no index or cap"),
    # A yearly right to leave on short notice, its cause given only as an example, is at will.
    ("termination", "fr", "L'Éditeur peut mettre fin au contrat à chaque date anniversaire, "
     "moyennant un préavis d'un (1) mois, notamment lorsque la version n'est plus "
     "commercialisée.", "restrictive", "sans motif"),
    ("termination", "fr", "L'Éditeur peut mettre fin au contrat, moyennant un préavis d'un (1) "
     "mois, lorsque la version n'est plus commercialisée.", "adequate", ""),
    # « Adapter » prices: at the provider's will, on request to be negotiated, or by an index.
    ("price_revision", "fr", "Le Fournisseur peut adapter ses tarifs au 1er janvier de chaque "
     "année moyennant un préavis de deux mois.", "restrictive", "sans indice ni plafond"),
    ("price_revision", "fr", "Chaque partie peut demander une fois par an l'adaptation de la "
     "rémunération au renchérissement ; à défaut d'accord, les prix restent inchangés.", "weak",
     "sans indice"),
    ("price_revision", "fr", "Le Prestataire peut adapter les redevances une fois par an, "
     "l'adaptation ne pouvant excéder la variation de l'indice des prix à la consommation.",
     "adequate", ""),
    # Vouchers as the only compensation.
    ("service_levels", "fr", SLA_FR + "Les bons d'achat sont votre seule compensation en cas "
     "d'indisponibilité.", "restrictive", "seule réparation"),
    # Outages of carriers or of the power supply are a carve-out, not a denial of compensation.
    ("service_levels", "fr", SLA_FR + "Le Prestataire ne répond pas des coupures du réseau "
     "électrique ni des pannes des opérateurs de télécommunications.", "adequate", ""),
    # A credit given as a verb is a remedy.
    ("service_levels", "en", "We will answer urgent calls within 30 minutes in 95% of cases; for "
     "each month we miss that target we credit you 4% of the support fee.", "adequate", ""),
    # Tariffs that "may be updated" with no index or cap, and a revisable rate card.
    ("price_revision", "fr", "Les prix du service peuvent être mis à jour chaque année au mois "
     "de septembre.", "restrictive", "sans indice ni plafond"),
    ("price_revision", "en", "The Supplier may revise the rate card with effect from each "
     "renewal date.", "restrictive", "no index or cap"),
    # An exit clause whose elements are said in plural formats and as skills transfer.
    ("reversibility", "fr", "Le titulaire remet un plan de réversibilité. La phase de "
     "réversibilité dure trois (3) mois. Il transfère au repreneur le code source et la base "
     "documentaire, livrés dans des formats ouverts. Des sessions de transfert de compétences "
     "sont organisées.", "adequate", "prévoit"),
    ("reversibility", "en", "Customer may download its content at any time through the export "
     "tool. Vendor has no other obligation regarding Customer Data after termination.",
     "restrictive", "no reversibility"),
    # Unilateral price changes said with other verbs, by a provider named by its trade name.
    ("price_revision", "fr", "Cumulo se réserve la faculté de modifier ses tarifs en cours "
     "d'abonnement.", "restrictive", "unilatéralement"),
    ("price_revision", "fr", "Les tarifs sont modifiables à tout moment par l'Éditeur, moyennant "
     "une information du Client.", "restrictive", "unilatéralement"),
    ("price_revision", "fr", "Les nouveaux tarifs publiés sur le site sont réputés acceptés par "
     "le Client qui poursuit son abonnement.", "restrictive", "unilatéralement"),
    ("price_revision", "en", "The fees may be updated by Cumulo from time to time by posting a new "
     "price list.", "restrictive", "unilaterally"),
    ("price_revision", "en", "Cumulo may update its fees at each renewal.", "restrictive",
     "unilaterally"),
    # ... which stay adequate when framed by an index and a cap, or reserved by the client.
    ("price_revision", "fr", "Cumulo se réserve la faculté de réviser ses tarifs chaque année "
     "selon l'indice Syntec, dans la limite de 3 %.", "adequate", ""),
    ("price_revision", "fr", "Le Client se réserve la faculté de modifier les prix unitaires "
     "par avenant en fonction de l'indice Syntec.", "adequate", ""),
    # Termination at will reserved by a provider named by its trade name.
    ("termination", "fr", "Cumulo se réserve la faculté de mettre fin au service à tout moment, "
     "sans avoir à justifier d'un motif, moyennant un préavis de quinze jours.", "restrictive",
     "sans motif"),
    ("termination", "fr", "L'acheteur se réserve la faculté de résilier le marché à tout moment "
     "pour motif d'intérêt général, moyennant un préavis de deux mois.", "adequate", ""),
    ("termination", "fr", "Cumulo peut mettre fin à l'abonnement à tout moment, quelle qu'en soit "
     "la raison, en prévenant le Client quinze jours à l'avance.", "restrictive", "sans motif"),
    ("termination", "fr", "Vous pouvez mettre fin à votre abonnement à tout moment depuis votre "
     "espace, moyennant un préavis d'un mois.", "adequate", ""),
    # Export by the client as the only way back, help to migrate only on a quote.
    ("reversibility", "fr", "Le téléchargement depuis la console est la seule forme de "
     "restitution prévue.", "restrictive", "libre-service"),
    ("reversibility", "fr", "L'aide à la migration vers un nouveau prestataire fait l'objet "
     "d'un devis séparé.", "restrictive", "prestation distincte"),
    # ... but help beyond an exit the clause already gives, on a quote, leaves it adequate.
    ("reversibility", "fr", EXIT_FR + "Toute aide supplémentaire à la migration fait l'objet "
     "d'un devis séparé.", "adequate", ""),
    ("reversibility", "en", EXIT_EN + "Any further transition assistance shall be subject to a "
     "separate statement of work.", "adequate", ""),
    # A service left open for the client to export by itself, with no duty to help migrate.
    ("reversibility", "fr", "Pendant les quinze jours qui suivent la fin du contrat, la "
     "plateforme reste accessible à l'Abonné afin qu'il puisse exporter ses fichiers. "
     "L'Éditeur n'est pas tenu de remettre les données dans un autre format ni d'assister "
     "l'Abonné dans leur migration.", "restrictive", "aucune obligation"),
    # A provider changing "its" prices under its own name; a cap on increases frames them.
    ("price_revision", "fr", "L'Opérateur peut modifier ses tarifs chaque 1er janvier, en "
     "prévenant le Client deux mois à l'avance.", "restrictive", "unilatéralement"),
    ("price_revision", "fr", "L'Éditeur peut modifier les frais au renouvellement avec un "
     "préavis de soixante jours ; la hausse ne peut excéder 4 % des frais de l'année "
     "précédente.", "adequate", "plafond"),
    ("price_revision", "en", "The Provider may increase the fees at renewal on 60 days' notice; "
     "any increase shall not exceed 4% of the previous year's fees.", "adequate", "cap"),
    # Data loss excluded by "n'est en aucun cas responsable".
    ("liability", "fr", "Le Fournisseur n'est en aucun cas responsable de la perte, de "
     "l'altération ou de la corruption de données.", "restrictive", "perte de données"),
    # A right to end the contract on a stated cause is no right to end it at will.
    ("termination", "fr", "L'Enseigne peut résilier sans indemnité la commande d'un site "
     "lorsque sa disponibilité reste sous l'engagement trois mois de suite, moyennant un "
     "préavis d'un mois.", "adequate", ""),
]


@pytest.mark.parametrize(("item", "language", "clause", "level", "reason"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_rule_families(item: str, language: str, clause: str, level: str, reason: str) -> None:
    result = _assess(item, clause, language)
    assert result.level == level, result.reasons
    assert result.reasons, "every assessment shown carries at least one quoted reason"
    assert any(reason in r.text for r in result.reasons), [r.text for r in result.reasons]


# The same rules where the GDPR art. 28 and DORA art. 30 playbooks ask for them.
OTHER_PLAYBOOKS = [
    ("rgpd-art28", "sub_processors", "fr", "Le sous-traitant peut recourir librement à d'autres "
     "sous-traitants.", "restrictive", "librement engagés"),
    ("rgpd-art28", "sub_processors", "fr", "Le sous-traitant ne recrute un autre sous-traitant "
     "qu'avec l'autorisation écrite préalable du responsable ; il lui impose les mêmes "
     "obligations et demeure pleinement responsable.", "adequate", "autorisation"),
    ("rgpd-art28", "sub_processors", "en", "The Processor may engage sub-processors after "
     "informing the Controller, who may object.", "weak", "art. 28(4)"),
    ("rgpd-art28", "breach_and_assistance", "fr", "Le sous-traitant notifie au responsable toute "
     "violation de données dans un délai de cinq (5) jours.", "restrictive", "120 heures"),
    ("rgpd-art28", "breach_and_assistance", "fr", "Le sous-traitant notifie au responsable toute "
     "violation de données dans un délai maximal de vingt-quatre (24) heures.", "adequate",
     "24 heures"),
    ("rgpd-art28", "breach_and_assistance", "en", "The Processor shall notify the Controller of "
     "any personal data breach within ninety-six (96) hours.", "restrictive", "96 hours"),
    ("rgpd-art28", "end_of_processing", "fr", "À la fin de la prestation, les données sont "
     "définitivement supprimées.", "restrictive", "sans restitution"),
    ("rgpd-art28", "end_of_processing", "fr", "Au terme de la prestation, le sous-traitant, au "
     "choix du responsable, supprime ou restitue toutes les données.", "adequate", "choix"),
    ("rgpd-art28", "audits", "en", "In lieu of an audit, the Processor shall provide its ISO "
     "27001 certificate.", "restrictive", "impractical"),
    ("dora-art30", "exit_strategy", "fr", "Le prestataire assiste l'entité lors de sa sortie "
     "selon le plan de sortie.", "weak", "sans période de transition"),
    ("dora-art30", "exit_strategy", "fr", "Le plan de sortie prévoit une période de transition "
     "d'un (1) mois.", "weak", "1 mois seulement"),
    ("dora-art30", "exit_strategy", "fr", "Le plan de sortie prévoit une période de transition "
     "de six (6) mois.", "adequate", "6 mois"),
    ("dora-art30", "exit_strategy", "en", "The exit plan provides a transition period of twelve "
     "(12) months during which the Provider continues to provide the services.", "adequate",
     "12 months"),
    ("dora-art30", "incident_assistance", "fr", "L'assistance du prestataire en cas d'incident "
     "TIC fera l'objet d'un devis.", "restrictive", "non fixées à l'avance"),
    ("dora-art30", "locations", "en", "Customer data is stored in the United States; the "
     "Provider informs the entity of any change of location.", "restrictive", "outside the EU"),
    ("dora-art30", "data_access_return", "fr", "À la résiliation, les données sont "
     "définitivement supprimées.", "restrictive", "sans restitution"),
]


@pytest.mark.parametrize(("playbook", "item", "language", "clause", "level", "reason"),
                         OTHER_PLAYBOOKS,
                         ids=[f"{c[0]}-{c[1]}-{c[4]}-{i}" for i, c in enumerate(OTHER_PLAYBOOKS)])
def test_gdpr_and_dora_playbooks(playbook: str, item: str, language: str, clause: str,
                                 level: str, reason: str) -> None:
    result = _assess(item, clause, language, playbook=playbook)
    assert result.level == level, result.reasons
    assert any(reason in r.text for r in result.reasons), [r.text for r in result.reasons]


def test_a_reason_quotes_the_sentence_with_its_page_and_section() -> None:
    clause = ("Le Prestataire assure l'hébergement. Le Prestataire ne saurait être tenu "
              "responsable de la perte des données du Client.")
    result = _assess("liability", clause)
    assert result.level == "restrictive"
    assert result.reasons[0] == Reason(
        "perte de données exclue de la responsabilité",
        Evidence(3, "Article 9 – Clause", "Le Prestataire ne saurait être tenu responsable de "
                                          "la perte des données du Client."))


def test_a_list_is_read_with_its_lead_in_and_quoted_whole() -> None:
    clause = ("Le Prestataire ne saurait être tenu responsable :\n- des retards du Client ;\n"
              "- de la perte de données.")
    result = _assess("liability", clause)
    assert result.level == "restrictive"
    assert result.reasons[0].evidence.text == clause


def test_a_right_the_client_gets_elsewhere_cancels_the_asymmetry() -> None:
    clause = ("Le Prestataire peut résilier le contrat à tout moment, sans motif, avec un préavis "
              "d'un mois.")
    assert _assess("termination", clause).level == "restrictive"
    client = ("Le Client peut résilier le contrat à tout moment, sans motif, avec un préavis "
              "d'un mois.")
    assert _assess("termination", clause, elsewhere=(client,)).level == "adequate"


def test_sole_remedy_is_read_anywhere_in_the_contract() -> None:
    penalties = "Les pénalités constituent la seule indemnisation due au Client."
    result = _assess("service_levels", SLA_FR, elsewhere=(penalties,))
    assert result.level == "restrictive"
    assert result.reasons[0].evidence.text == penalties
    assert result.reasons[0].evidence.section == "Article 12"


def test_a_cap_in_euros_is_read_against_the_monthly_fee() -> None:
    fee = "La redevance mensuelle est de 10 000 € HT."
    cap = "La responsabilité du Prestataire est plafonnée à 20 000 €."
    result = _assess("liability", cap, elsewhere=(fee,))
    assert result.level == "restrictive"
    assert "2 mois de redevances" in result.reasons[0].text
    assert _assess("liability", "La responsabilité du Prestataire est plafonnée à 150 000 €.",
                   elsewhere=(fee,)).level == "adequate"
    inverted = "In no event will the Provider's total liability exceed EUR 20,000."
    assert _assess("liability", inverted, "en",
                   elsewhere=("The monthly fee is EUR 10,000.",)).level == "restrictive"


def test_a_cap_in_words_or_as_a_share_of_the_fees_is_read_in_months() -> None:
    from assistant.analysis.measures import liability_cap_months

    def months(text: str) -> list[float]:
        chunk = Chunk("doc", 0, text, page=1, page_end=1)
        return [f.value for f in liability_cap_months([chunk], [chunk])]

    assert months("La responsabilité est limitée aux sommes payées au cours des six derniers "
                  "mois.") == [6.0]
    assert months("Liability shall not exceed half of the fees paid in the twelve (12) months "
                  "preceding the claim.") == [6.0]
    # "tiers" alone is a third party, not a share.
    assert months("La responsabilité envers les tiers du Prestataire est limitée aux sommes "
                  "versées sur une année.") == [12.0]
    # An amount under a floor word is a floor: the cap in fees stands.
    contract = [Chunk("doc", 0, "The monthly Charges are USD 50,000.", page=1, page_end=1)]
    clause = [Chunk("doc", 1, "Liability is limited to the Charges paid in the twelve (12) months "
                              "before the claim, but not less than USD 100,000.", page=1,
                    page_end=1)]
    assert [f.value for f in liability_cap_months(clause, contract + clause)] == [12.0]


def test_the_gdpr_elements_count_wherever_the_contract_states_them() -> None:
    clause = ("The Provider processes personal data only on the Customer's documented "
              "instructions and ensures its staff are bound by confidentiality.")
    elsewhere = ("The Provider implements appropriate technical and organisational security "
                 "measures and notifies any personal data breach within 48 hours.",
                 "The Provider engages sub-processors only with the Customer's prior written "
                 "authorisation.",
                 "On termination the Provider deletes or returns all personal data at the "
                 "Customer's choice.",
                 "The Provider assists the Customer with data subjects' requests and makes "
                 "available the information needed for audits.")
    assert _assess("data_protection", clause, "en").level == "weak"
    assert _assess("data_protection", clause, "en", elsewhere=elsewhere).level == "adequate"


def test_thresholds_are_playbook_data() -> None:
    rule = next(r for r in PLAYBOOK.item("liability").assessment.rules
                if r.id == "cap_below_threshold")
    assert (rule.measure, rule.below) == ("liability_cap_months", 12)


def test_an_absent_clause_or_an_item_without_rules_is_not_assessed() -> None:
    assert _assess("liability", "", status="absent") == Assessment()
    assert _assess("governing_law", "Le contrat est soumis au droit français.").level == \
        "not_assessed"


def test_a_restrictive_clause_counts_half_in_the_coverage_score() -> None:
    def finding(level: str) -> Finding:
        reason = (Reason("r", Evidence(1, "", "q")),) if level != "not_assessed" else ()
        return Finding("x", "x", "present", 0.9, "required", assessment=Assessment(level, reason))

    assert coverage_score([finding("adequate")]) == 100.0
    assert coverage_score([finding("restrictive")]) == 100.0 * SCORE_FACTOR["restrictive"]
    assert coverage_score([finding("restrictive")]) < coverage_score([finding("weak")]) < 100.0
    assert coverage_score([finding("not_assessed")]) == 100.0


def test_the_json_of_a_finding_adds_the_assessment() -> None:
    reason = Reason("plafond bas", Evidence(4, "Article 9", "limitée à un mois"))
    finding = Finding("liability", "Responsabilité", "present", 0.9, "required",
                      assessment=Assessment("restrictive", (reason,)))
    data = finding.to_json()
    assert data["assessment"] == {"level": "restrictive", "reasons": [
        {"text": "plafond bas", "evidence": {"page": 4, "section": "Article 9",
                                            "text": "limitée à un mois"}}]}
    assert Finding("x", "x", "absent", 0.9, "required").to_json()["assessment"] == {
        "level": "not_assessed", "reasons": []}


# (item, language, clause, elsewhere in the contract, level, reason): rules that read the rest
# of the contract.
ELSEWHERE = [
    # Deleting the backups after the end is no loss when a copy is handed back first.
    ("reversibility", "fr", "Les sauvegardes sont effacées quarante-cinq jours après la fin du "
     "contrat.", ("À la fin du contrat, le Prestataire remet au Client une copie complète de "
                  "ses données.",), "weak", "clause mince"),
    ("reversibility", "fr", "Les sauvegardes sont effacées quarante-cinq jours après la fin du "
     "contrat.", (), "restrictive", "sans restitution"),
    # The client's own right to leave, denied ("cannot"), leaves the provider's right one-sided.
    ("termination", "en", "We may end this agreement at any time, for any reason, on 30 days' "
     "notice.", ("You cannot end this agreement for convenience before the term ends.",),
     "restrictive", "at will"),
    ("termination", "en", "We may end this agreement at any time, for any reason, on 30 days' "
     "notice.", ("You may end this agreement at any time for convenience on 30 days' notice.",),
     "adequate", ""),
    # Turning off the renewal is no right to leave early ...
    ("termination", "en", "The Vendor may terminate the subscription for any reason on 30 days' "
     "notice.", ("You can cancel the renewal at any time from your settings.",), "restrictive",
     "at will"),
    # ... whereas the client's convenience right, under its defined name, is.
    ("termination", "fr", "L'Éditeur peut résilier le contrat à tout moment, sans motif, avec un "
     "préavis d'un mois.", ("La Mutuelle peut résilier le contrat pour convenance avec un préavis "
                            "de trois mois.",), "adequate", ""),
    # Repeated service-level failures made a ground for termination are a remedy; a general
    # termination for breach is not.
    ("service_levels", "en", "Priority 1 calls are answered within 20 minutes and resolved within "
     "6 hours in 95% of cases.", ("Missing the same service level in two consecutive months is a "
                                  "material breach.",), "adequate", ""),
    ("service_levels", "en", "Priority 1 calls are answered within 20 minutes and resolved within "
     "6 hours in 95% of cases.", ("Either party may terminate for material breach.",), "weak",
     "no penalty or credit"),
    ("service_levels", "fr", "Les incidents bloquants sont rétablis en 4 heures dans 95 % des cas.",
     ("Le non-respect des niveaux de service trois mois de suite ouvre droit à la résiliation "
      "du contrat.",), "adequate", ""),
    # Self-service export while the subscription runs, and no migration help.
    ("reversibility", "en", "As long as your subscription is active you can download your "
     "records from the dashboard.", ("We do not offer migration assistance.",), "restrictive",
     "self-service"),
    # Availability below its commitment for some months opens termination: a remedy too.
    ("service_levels", "fr", "Le Prestataire garantit une disponibilité mensuelle de 99,9 %.",
     ("Si la disponibilité mensuelle est inférieure à l'engagement pendant deux mois "
      "consécutifs, le Client peut résilier le contrat sans indemnité.",), "adequate", ""),
    ("service_levels", "fr", "Le Prestataire garantit une disponibilité mensuelle de 99,9 %.",
     ("Le Client peut résilier le contrat moyennant un préavis de trois mois.",), "weak",
     "sans pénalité"),
    ("service_levels", "en", "The Provider shall make the Service available 99.9% of each month.",
     ("If availability falls below 99% in three consecutive months, the Customer may terminate "
      "this Agreement without penalty.",), "adequate", ""),
    # Targets in a table row whose long title comes before the figures are targets.
    ("service_levels", "en", "| Measure | Gold | Silver |\n|---|---|---|\n| Service availability "
     "(measured over each calendar month, planned maintenance windows excluded) | 99.8% | 99.0% |",
     ("Each missed target gives a service credit of 5% of the monthly charge.",), "adequate", ""),
]


@pytest.mark.parametrize(("item", "language", "clause", "elsewhere", "level", "reason"),
                         ELSEWHERE)
def test_rules_that_read_the_rest_of_the_contract(item: str, language: str, clause: str,
                                                  elsewhere: tuple[str, ...], level: str,
                                                  reason: str) -> None:
    got = _assess(item, clause, language, elsewhere)
    assert got.level == level, got
    assert any(reason in r.text for r in got.reasons), got


def test_prices_that_may_be_updated_are_framed_by_an_index_given_elsewhere() -> None:
    alone = _assess("price_revision", "Les prix du service peuvent être mis à jour chaque année.")
    framed = _assess("price_revision", "Les prix du service peuvent être mis à jour chaque année.",
                     elsewhere=("La révision suit la variation de l'indice Syntec.",))
    assert alone.level == "restrictive"
    assert framed.level != "restrictive"
