"""Generates long French infogérance contracts (PDF, any page count) for the benchmark.

A contract is a main body of numbered articles followed by annexes (scope, service levels,
operating procedures, inventory, reversibility plan, security plan) that repeat with varied
applications, sites and figures until the requested page count is reached. The same
(pages, seed) always gives the same file; different seeds give different parties, figures and
missing clauses, so a batch of contracts does not collapse into one.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime(2024, 11, 18, tzinfo=UTC)

CLIENTS = ("Régie des Eaux du Val de Saône", "Mutuelle Atlantique de Prévoyance",
           "Groupe Hospitalier du Haut-Rhin", "Coopérative Laitière des Monts d'Arrée",
           "Communauté d'agglomération de Moulins", "Banque Populaire du Ried",
           "Transports Urbains de l'Agglomération Toulonnaise", "Caisse de Retraite des Artisans")
PROVIDERS = ("Nexalis Services", "Opteor Infogérance", "Cyrial Managed IT", "Sitéo Exploitation",
             "Helvance Cloud", "Arkadis Systèmes")
CITIES = ("Lyon", "Nantes", "Rennes", "Lille", "Toulouse", "Strasbourg", "Dijon",
          "Clermont-Ferrand", "Montpellier", "Orléans", "Brest", "Metz")
DOMAINS = ("Gestion des abonnés", "Facturation", "Paie", "Comptabilité générale", "Achats",
           "Portail usagers", "Maintenance assistée par ordinateur", "Système d'information "
           "géographique", "Messagerie", "Informatique décisionnelle", "Télérelève",
           "Gestion électronique des documents", "Ressources humaines", "Trésorerie",
           "Relation client", "Planification des interventions", "Gestion des stocks",
           "Archivage légal", "Signature électronique", "Gestion des temps")
PLATFORMS = ("Red Hat Enterprise Linux 9", "Debian 12", "Windows Server 2022", "Ubuntu 22.04 LTS",
             "AIX 7.3", "SUSE Linux Enterprise 15")
DATABASES = ("PostgreSQL 15", "Oracle Database 19c", "SQL Server 2019", "MariaDB 10.11")
WEEKDAYS = ("du lundi au vendredi", "du lundi au samedi", "tous les jours")


@dataclass(frozen=True)
class Block:
    """One typeset unit: a heading (level 1 = article or annex, 2 = sub-clause) or a paragraph."""

    kind: str  # "h1", "h2" or "p"
    text: str


Edit = Callable[[Block], "Block | None"]


def contract_blocks(seed: int) -> Iterator[Block]:
    """An endless stream of blocks: the main body first, then annexes with fresh content."""
    rng = random.Random(seed)
    facts = _Facts(rng)
    yield from _main_body(facts, rng)
    annex = 1
    while True:
        for make in (_scope_annex, _service_level_annex, _procedures_annex, _inventory_annex,
                     _reversibility_annex, _security_annex):
            yield from make(annex, facts, rng)
            annex += 1


def contract_pdf(pages: int, seed: int = 0, edit: Edit | None = None) -> bytes:
    """A text PDF of exactly `pages` pages (at least 1), with running header and footer.

    `edit` rewrites each block (None drops it): a second version of the same contract.
    """
    from fpdf import FPDF

    class ContractPdf(FPDF):
        def header(self) -> None:
            self.set_font("Body", "", 7.5)
            self.cell(0, 5, title, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Body", "", 7.5)
            self.cell(0, 5, f"Confidentiel – page {self.page_no()}/{{nb}}", align="C")

    title = f"Contrat d'infogérance n° 2025-INF-{seed:03d}"
    pdf = ContractPdf(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    widths: dict[tuple[str, float, str], float] = {}
    for original in contract_blocks(seed):
        block = edit(original) if edit is not None else original
        if block is None:
            continue
        if block.kind == "h1":
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.ln(3)
            _write(pdf, block.text, "B", 11, 6, widths)
            pdf.ln(1)
        elif block.kind == "h2":
            _write(pdf, block.text, "B", 9.5, 5, widths)
        else:
            _write(pdf, block.text, "", 9.5, 4.6, widths)
            pdf.ln(1.6)
        # No block is taller than 65 mm, so stopping with less room left never spills a page.
        if pdf.page_no() >= pages and pdf.get_y() > pdf.h - 85:
            break
    return bytes(pdf.output())


def _write(pdf, text: str, style: str, size: float, height: float,
           widths: dict[tuple[str, float, str], float]) -> None:
    """Left-aligned wrapped lines; fpdf2's multi_cell re-measures each line per character and
    made a 300-page contract take minutes, so each word is measured once."""
    pdf.set_font("Body", style, size)
    room = pdf.w - pdf.l_margin - pdf.r_margin - 1

    def width(word: str) -> float:
        key = (style, size, word)
        if key not in widths:
            widths[key] = pdf.get_string_width(word)
        return widths[key]

    space = width(" ")
    for source_line in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in source_line.split():
            if line and used + space + width(word) > room:
                pdf.cell(0, height, " ".join(line), new_x="LMARGIN", new_y="NEXT")
                line, used = [], 0.0
            used = used + space + width(word) if line else width(word)
            line.append(word)
        pdf.cell(0, height, " ".join(line), new_x="LMARGIN", new_y="NEXT")


def write_contract(path: Path, pages: int, seed: int = 0, edit: Edit | None = None) -> Path:
    """Write a generated contract to `path` (skipped when it is already there)."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(contract_pdf(pages, seed, edit))
    return path


class _Facts:
    """The figures one contract states, drawn once so the body and the annexes agree."""

    def __init__(self, rng: random.Random) -> None:
        self.client = rng.choice(CLIENTS)
        self.provider = rng.choice(PROVIDERS)
        self.city = rng.choice(CITIES)
        self.datacentre = rng.choice([c for c in CITIES if c != self.city])
        self.years = rng.choice((3, 4, 5))
        self.renewal = rng.choice((1, 2))
        self.notice = rng.choice((3, 6, 9))
        self.fee = rng.randrange(18, 95) * 1000
        self.availability = rng.choice(("99,5", "99,8", "99,9"))
        self.p1_restore = rng.choice((2, 4))
        self.cap = rng.choice(("cent pour cent (100 %)", "cent cinquante pour cent (150 %)",
                               "deux cents pour cent (200 %)"))
        self.transition = rng.choice((6, 9, 12))
        self.insurance = rng.choice((5, 8, 10))
        self.penalty_rate = rng.choice(("0,5", "1", "2"))
        self.index = rng.choice(("Syntec", "ICT"))
        self.court = rng.choice(("Paris", "Lyon", "Nanterre", "Rennes"))
        self.skip = set(rng.sample(("audit", "insurance", "business_continuity",
                                    "price_revision", "subcontracting", "governance"),
                                   rng.randrange(0, 3)))


def _main_body(f: _Facts, rng: random.Random) -> Iterator[Block]:
    yield Block("h1", "CONTRAT DE PRESTATIONS D'INFOGÉRANCE")
    yield Block("p", f"Entre {f.client}, dont le siège est situé à {f.city}, représentée par son "
                     f"directeur général, ci-après le « Client », et {f.provider}, société par "
                     f"actions simplifiée dont le siège est situé à {f.datacentre}, représentée "
                     f"par son président, ci-après le « Prestataire », il a été convenu ce qui "
                     f"suit.")
    yield Block("h1", "Préambule")
    yield Block("p", "Le Client exploite un système d'information qui supporte l'ensemble de ses "
                     "activités. Afin de sécuriser son exploitation et de recentrer ses équipes "
                     "sur les projets métiers, il a lancé une consultation pour confier à un "
                     "prestataire spécialisé l'infogérance de son infrastructure, de ses "
                     "applications et du support aux utilisateurs. À l'issue de cette "
                     "consultation, l'offre du Prestataire a été retenue. Le Prestataire déclare "
                     "disposer des compétences et des moyens nécessaires et reconnaît être tenu "
                     "d'un devoir de conseil pendant toute la durée du contrat.")
    articles: list[tuple[str, str, list[str]]] = [
        ("services_scope", "Objet et périmètre des prestations", [
            "Le présent contrat a pour objet de définir les conditions dans lesquelles le "
            "Prestataire assure l'exploitation, la supervision, la maintenance et l'évolution "
            "du système d'information du Client, ainsi que le support aux utilisateurs.",
            "Le périmètre comprend les serveurs, les bases de données, le réseau local et "
            "étendu, les postes de travail et les applications décrits à l'Annexe 1. Toute "
            "extension du périmètre fait l'objet d'un avenant."]),
        ("duration", "Durée", [
            f"Le contrat entre en vigueur à sa signature. Les prestations démarrent le 1er "
            f"janvier 2025 pour une durée ferme de {f.years} ans.",
            f"À l'échéance, le contrat est reconduit tacitement par périodes de {f.renewal} an"
            f"{'s' if f.renewal > 1 else ''}, sauf dénonciation par l'une des Parties par lettre "
            f"recommandée avec accusé de réception adressée au moins {f.notice} mois avant "
            f"l'échéance."]),
        ("pricing", "Prix et modalités de paiement", [
            f"En contrepartie des prestations récurrentes, le Client verse au Prestataire une "
            f"redevance forfaitaire mensuelle de {f.fee:,} euros hors taxes.".replace(",", " "),
            "Les prestations complémentaires sont facturées sur la base des prix unitaires de "
            "l'Annexe 2. Les factures sont payables à trente jours à compter de leur date "
            "d'émission, par virement."]),
        ("price_revision", "Révision des prix", [
            f"La redevance est révisée chaque année au 1er janvier par application de l'indice "
            f"{f.index}, la révision ne pouvant excéder trois pour cent par an."]),
        ("service_levels", "Niveaux de service", [
            f"Le Prestataire garantit une disponibilité mensuelle de {f.availability} % des "
            f"applications critiques, mesurée sur la plage de service.",
            f"Un incident de priorité 1 est pris en charge en trente minutes et rétabli en "
            f"{f.p1_restore} heures ouvrées. Les indicateurs détaillés figurent à l'Annexe 2."]),
        ("penalties", "Pénalités", [
            f"Tout manquement à un niveau de service donne lieu à une pénalité de "
            f"{f.penalty_rate} % de la redevance mensuelle par point d'indicateur manqué, dans "
            f"la limite de dix pour cent de la redevance du mois concerné. Les pénalités sont "
            f"libératoires sauf faute lourde."]),
        ("governance", "Gouvernance et pilotage", [
            "Un comité de pilotage réunit les Parties chaque trimestre ; un comité opérationnel "
            "se tient chaque mois. Le Prestataire remet un rapport mensuel présentant les "
            "indicateurs, les incidents et le plan d'actions."]),
        ("change_management", "Évolution des prestations", [
            "Toute demande d'évolution fait l'objet d'une proposition chiffrée du Prestataire "
            "sous quinze jours. Les évolutions acceptées donnent lieu à un avenant qui en fixe "
            "le prix et le calendrier."]),
        ("security", "Sécurité", [
            "Le Prestataire met en œuvre les mesures décrites dans le plan d'assurance sécurité "
            "de l'Annexe 6. Il notifie au Client tout incident de sécurité dans un délai de "
            "vingt-quatre heures."]),
        ("data_protection", "Protection des données personnelles", [
            "Pour les traitements réalisés pour le compte du Client, le Prestataire agit en "
            "qualité de sous-traitant au sens de l'article 28 du RGPD. Il ne traite les données "
            "que sur instruction documentée du Client, garantit la confidentialité des personnes "
            "autorisées et aide le Client à répondre aux demandes des personnes concernées."]),
        ("confidentiality", "Confidentialité", [
            "Chaque Partie s'engage à garder strictement confidentielles les informations de "
            "l'autre Partie dont elle a connaissance à l'occasion du contrat, pendant sa durée "
            "et cinq ans après son terme."]),
        ("ip_ownership", "Propriété intellectuelle", [
            "Le Client reste propriétaire de ses données, logiciels et bases de données. Les "
            "développements spécifiques réalisés par le Prestataire sont cédés au Client au fur "
            "et à mesure de leur réalisation, pour toute la durée des droits."]),
        ("subcontracting", "Sous-traitance", [
            "Le Prestataire ne peut sous-traiter tout ou partie des prestations qu'avec "
            "l'accord écrit préalable du Client. Il demeure responsable de ses sous-traitants."]),
        ("staff_transfer", "Personnel", [
            "Les Parties constatent que le transfert de l'activité n'emporte pas l'application "
            "de l'article L. 1224-1 du Code du travail. Le personnel du Prestataire reste placé "
            "sous son autorité hiérarchique exclusive."]),
        ("place_of_performance", "Lieu d'exécution", [
            f"Les prestations sont exécutées dans le centre de données du Prestataire situé à "
            f"{f.datacentre}, ainsi que sur les sites du Client pour le support de proximité. "
            f"Les données du Client sont hébergées exclusivement en France."]),
        ("insurance", "Assurances", [
            f"Le Prestataire a souscrit une assurance de responsabilité civile professionnelle "
            f"couvrant au moins {f.insurance} millions d'euros par sinistre et en justifie à "
            f"première demande."]),
        ("liability", "Responsabilité", [
            f"Le Prestataire est tenu d'une obligation de résultat pour les niveaux de service "
            f"et d'une obligation de moyens pour le reste. Sa responsabilité est plafonnée à "
            f"{f.cap} des sommes versées au cours des douze derniers mois, sauf faute lourde ou "
            f"dolosive."]),
        ("audit", "Audit", [
            "Le Client peut faire réaliser, une fois par an et avec un préavis de quinze jours, "
            "un audit des prestations par ses équipes ou par un auditeur indépendant. Les "
            "autorités de contrôle du Client disposent du même droit."]),
        ("business_continuity", "Continuité de service", [
            "Le Prestataire maintient un plan de continuité et un plan de reprise d'activité, "
            "testés au moins une fois par an, garantissant une reprise en quatre heures et une "
            "perte de données inférieure à une heure."]),
        ("reversibility", "Réversibilité", [
            f"À la fin du contrat, pour quelque cause que ce soit, le Prestataire assiste le "
            f"Client ou le prestataire entrant pendant une période de transition de "
            f"{f.transition} mois, selon le plan de réversibilité de l'Annexe 5.",
            "Il restitue l'ensemble des données dans un format standard et ouvert, avec la "
            "documentation d'exploitation, puis détruit ses copies et en remet un certificat."]),
        ("termination", "Résiliation", [
            "En cas de manquement grave de l'une des Parties non réparé dans un délai de trente "
            "jours suivant une mise en demeure, l'autre Partie peut résilier le contrat de plein "
            "droit par lettre recommandée avec accusé de réception.",
            f"Le Client peut en outre résilier le contrat pour convenance moyennant un préavis "
            f"de {f.notice} mois."]),
        ("governing_law", "Droit applicable et juridiction", [
            f"Le contrat est soumis au droit français. Tout litige relève de la compétence "
            f"exclusive du tribunal de commerce de {f.court}."]),
    ]
    number = 0
    for clause_id, title, paragraphs in articles:
        if clause_id in f.skip:
            continue
        number += 1
        yield Block("h1", f"Article {number} – {title}")
        for i, text in enumerate(paragraphs, 1):
            yield Block("p", f"{number}.{i} {text}" if len(paragraphs) > 1 else text)
    yield Block("p", f"Fait à {f.city}, en deux exemplaires originaux. Pour le Client : le "
                     f"directeur général. Pour le Prestataire : le président.")


def _applications(rng: random.Random, count: int) -> list[str]:
    chosen = rng.sample(DOMAINS, k=min(count, len(DOMAINS)))
    return [f"l'application {d}" for d in chosen]


def _scope_annex(n: int, f: _Facts, rng: random.Random) -> Iterator[Block]:
    yield Block("h1", f"Annexe {n} – Description du périmètre")
    for i, app in enumerate(_applications(rng, 8), 1):
        users = rng.randrange(20, 1800)
        volume = rng.randrange(2, 900)
        yield Block("h2", f"{n}.{i} Périmètre de {app}")
        yield Block("p", f"Le périmètre comprend {app}, utilisée par {users} agents répartis sur "
                         f"les sites de {rng.choice(CITIES)} et de {rng.choice(CITIES)}. Elle "
                         f"repose sur {rng.choice(PLATFORMS)} et {rng.choice(DATABASES)}, pour "
                         f"un volume de {volume} Go de données.")
        yield Block("p", f"Le Prestataire assure l'exploitation courante {rng.choice(WEEKDAYS)} "
                         f"de {rng.choice((7, 8))} h à {rng.choice((18, 19, 20))} h, les "
                         f"sauvegardes quotidiennes, l'application des correctifs de sécurité "
                         f"dans un délai de {rng.choice((7, 15, 30))} jours et la mise à jour de "
                         f"la documentation d'exploitation. Les traitements de nuit sont "
                         f"surveillés et relancés en cas d'échec avant {rng.choice((6, 7))} h.")
        yield Block("p", f"Les évolutions fonctionnelles de {app} restent à la charge de "
                         f"l'éditeur ; le Prestataire en assure l'installation en recette puis "
                         f"en production après validation du Client, dans une fenêtre de "
                         f"maintenance convenue au moins {rng.choice((5, 10))} jours ouvrés à "
                         f"l'avance.")


def _service_level_annex(n: int, f: _Facts, rng: random.Random) -> Iterator[Block]:
    yield Block("h1", f"Annexe {n} – Niveaux de service et indicateurs")
    yield Block("p", "Les indicateurs ci-dessous sont mesurés par l'outil de supervision du "
                     "Prestataire et présentés chaque mois au comité opérationnel. Une mesure "
                     "contestée est vérifiée contradictoirement à partir des journaux.")
    for i, app in enumerate(_applications(rng, 6), 1):
        yield Block("h2", f"{n}.{i} Indicateurs de {app}")
        for priority, (take, restore) in enumerate(((30, f.p1_restore), (60, 8), (240, 24)), 1):
            yield Block("p", f"Priorité {priority} : prise en charge en {take} minutes au plus, "
                             f"rétablissement en {restore} heures ouvrées au plus, sur "
                             f"{rng.choice((90, 95, 98))} % des incidents du mois ; un "
                             f"dépassement est compté comme un point d'indicateur manqué.")
        yield Block("p", f"Disponibilité cible de {app} : {rng.choice(('99,5', '99,7', '99,9'))} % "
                         f"hors fenêtres de maintenance planifiées ; taux de sauvegardes réussies "
                         f"supérieur à {rng.choice((98, 99))} % ; satisfaction des utilisateurs "
                         f"mesurée par enquête trimestrielle, cible {rng.choice((7, 8))} sur 10.")


def _procedures_annex(n: int, f: _Facts, rng: random.Random) -> Iterator[Block]:
    yield Block("h1", f"Annexe {n} – Procédures d'exploitation")
    topics = (("Sauvegarde et restauration",
               "Les sauvegardes complètes sont réalisées chaque {day} et les sauvegardes "
               "incrémentales chaque nuit ; elles sont conservées {keep} jours sur un second site "
               "distant de plus de {km} kilomètres. Un test de restauration est réalisé chaque "
               "mois sur un échantillon tiré au sort et son résultat figure au rapport mensuel."),
              ("Supervision",
               "La supervision couvre la disponibilité des services, l'occupation des disques, la "
               "charge des processeurs et la durée des traitements ; une alerte est qualifiée en "
               "{take} minutes et un ticket est ouvert automatiquement au-delà de {threshold} % "
               "d'occupation."),
              ("Gestion des incidents",
               "Tout incident est enregistré dans l'outil de gestion des tickets, qualifié, "
               "priorisé puis résolu ; le Client est informé à chaque changement d'état. Un "
               "incident de priorité 1 donne lieu à un point toutes les {take} minutes et à un "
               "rapport d'analyse sous {days} jours ouvrés."),
              ("Gestion des changements",
               "Les changements sont présentés au comité des changements qui se réunit chaque "
               "{day} ; un changement urgent peut être autorisé par le responsable d'exploitation "
               "du Client, avec une revue a posteriori sous {days} jours."),
              ("Gestion des correctifs",
               "Les correctifs de sécurité critiques sont appliqués sous {days} jours, les autres "
               "lors de la fenêtre mensuelle ; un inventaire des écarts est tenu à jour et "
               "communiqué au responsable de la sécurité du Client."),
              ("Gestion des accès",
               "Les comptes à privilèges sont nominatifs, protégés par une authentification "
               "forte et revus tous les {keep} jours ; les accès des personnes quittant le projet "
               "sont retirés dans la journée."))
    for site_number, site in enumerate(rng.sample(CITIES, k=4), 1):
        yield Block("h2", f"{n}.{site_number} Site de {site}")
        for j, (topic, template) in enumerate(topics, 1):
            text = template.format(day=rng.choice(("dimanche", "samedi", "mardi", "jeudi")),
                                   keep=rng.choice((30, 35, 60, 90)),
                                   km=rng.choice((30, 50, 100)), take=rng.choice((15, 30, 45)),
                                   threshold=rng.choice((80, 85, 90)), days=rng.choice((2, 3, 5)))
            yield Block("h2", f"{n}.{site_number}.{j} {topic}")
            yield Block("p", f"Pour le site de {site}. {text}")


def _inventory_annex(n: int, f: _Facts, rng: random.Random) -> Iterator[Block]:
    yield Block("h1", f"Annexe {n} – Inventaire des équipements")
    yield Block("p", "L'inventaire ci-dessous recense les serveurs confiés au Prestataire ; il "
                     "est mis à jour à chaque changement et rapproché de la base de gestion des "
                     "configurations chaque trimestre.")
    for _ in range(6):
        site = rng.choice(CITIES)
        lines = []
        for _ in range(rng.randrange(6, 12)):
            lines.append(f"SRV-{site[:3].upper()}-{rng.randrange(100, 999)} : "
                         f"{rng.choice(PLATFORMS)}, {rng.choice((2, 4, 8, 16))} vCPU, "
                         f"{rng.choice((8, 16, 32, 64, 128))} Go de mémoire, rôle "
                         f"{rng.choice(('applicatif', 'base de données', 'frontal web', 'batch'))}"
                         f", environnement {rng.choice(('production', 'recette', 'formation'))}.")
        yield Block("p", f"Serveurs hébergés pour le site de {site} :\n" + "\n".join(lines))


def _reversibility_annex(n: int, f: _Facts, rng: random.Random) -> Iterator[Block]:
    yield Block("h1", f"Annexe {n} – Plan de réversibilité")
    steps = (("Préparation", "Le Prestataire remet dans les trois mois suivant la date de "
              "démarrage un plan de réversibilité qu'il met à jour chaque année et à chaque "
              "évolution significative du périmètre."),
             ("Transfert des données", "Les données de {app} sont restituées dans un format "
              "ouvert documenté (CSV, XML ou export SQL), accompagnées de leur dictionnaire, dans "
              "un délai de {days} jours suivant la demande du Client."),
             ("Transfert de la documentation", "Le Prestataire remet la documentation "
              "d'exploitation de {app}, les procédures, les paramétrages et les scripts "
              "développés pour le Client, et organise {sessions} sessions de transfert de "
              "compétences."),
             ("Maintien du service", "Pendant la transition, le Prestataire maintient les "
              "niveaux de service de l'Annexe 2 pour {app} et ne peut suspendre les prestations "
              "pour quelque cause que ce soit."),
             ("Clôture", "À l'issue de la transition, le Prestataire détruit les copies des "
              "données de {app} et remet un certificat de destruction sous {days} jours."))
    for i, app in enumerate(_applications(rng, 3), 1):
        yield Block("h2", f"{n}.{i} Réversibilité de {app}")
        for j, (step, template) in enumerate(steps, 1):
            text = template.format(app=app, days=rng.choice((15, 30, 45)),
                                   sessions=rng.choice((3, 5, 8)))
            yield Block("p", f"{n}.{i}.{j} {step}. {text}")


def _security_annex(n: int, f: _Facts, rng: random.Random) -> Iterator[Block]:
    yield Block("h1", f"Annexe {n} – Plan d'assurance sécurité")
    measures = ("Les centres de données sont protégés par un contrôle d'accès à badge et "
                "biométrie, une vidéosurveillance enregistrée {keep} jours et une présence "
                "humaine permanente.",
                "Les flux d'administration passent par un bastion qui enregistre les sessions ; "
                "les enregistrements sont conservés {keep} jours et consultables par le Client.",
                "Les données sont chiffrées au repos et en transit ; les clés sont gérées dans un "
                "module matériel dédié et renouvelées tous les {months} mois.",
                "Une analyse de vulnérabilités est conduite chaque {period} et un test "
                "d'intrusion chaque année par un prestataire qualifié ; les vulnérabilités "
                "critiques sont corrigées sous {days} jours.",
                "Les journaux de sécurité sont centralisés et corrélés ; une alerte critique est "
                "traitée en moins de {minutes} minutes, jour et nuit.")
    for i, domain in enumerate(rng.sample(DOMAINS, k=5), 1):
        yield Block("h2", f"{n}.{i} Mesures applicables à l'application {domain}")
        for text in rng.sample(measures, k=3):
            yield Block("p", text.format(keep=rng.choice((30, 90, 180)),
                                         months=rng.choice((6, 12, 24)),
                                         period=rng.choice(("mois", "trimestre")),
                                         days=rng.choice((5, 10, 15)),
                                         minutes=rng.choice((15, 30))))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_contract(args.output, args.pages, args.seed)
