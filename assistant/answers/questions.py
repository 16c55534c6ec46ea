"""Understands a question: language, intent, checklist item, and what a follow-up refers to."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from assistant.analysis.numbers import CURRENCIES
from assistant.documents.language import detect_language
from assistant.models import Turn

from .assessing import asks_for_assessment

Intent = Literal["value", "content", "presence", "missing", "best_practice", "assessment"]


def fold(text: str) -> str:
    """Lower-case text without accents and with straight apostrophes, for vocabulary matching."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u00a0", " "))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Topic:
    """A checklist item with its labels and the words (folded, FR and EN) that point to it."""

    id: str
    label_fr: str
    label_en: str
    words: re.Pattern[str]

    def label(self, language: str) -> str:
        return self.label_fr if language == "fr" else self.label_en


def _topic(id_: str, fr: str, en: str, words: str) -> Topic:
    return Topic(id_, fr, en, re.compile(words))


# Ordered from the most specific to the most general: on equal strength the first one wins.
# A topic's strength is the number of its distinct words in the question; the generic ones
# (duration, price) count half, so "Combien de temps dure la confidentialité ?" is about
# confidentiality.
TOPICS: tuple[Topic, ...] = (
    _topic("reversibility", "Réversibilité", "Reversibility / exit and transition",
           r"reversibilit|transferabilit|plan de sortie|strategie de sortie|"
           r"periode de transition|phase de transition|\bexit\b|transition|handover|hand over|"
           r"exit period|take back|reprise (du|des|de l)|"
           r"(a la|en) fin (du contrat|de l'abonnement)|\bfin de contrat|"
           r"(conservation|suppression|effacement|destruction|sort) des donnees|"
           r"en fin de contrat|(at|on) the end of the (agreement|contract|term)|on expiry|"
           r"successeur|successor|post-termination|restitu|"
           r"\bdata (is |are )?returned|return of (the )?(customer )?data|"
           r"\b(data|files|content) (will |shall |must )?(be )?(handed|given) back|"
           r"recuper\w* (nos|vos|les|ses|leurs|mes|notre|votre|leur) (donnees|contenus|fichiers)|"
           r"\bremov\w* (our|its|their|the|all)( \w+)? (equipment|hardware|servers)|"
           r"retriev\w* (our|its|the|their|customer) (data|content|files)|"
           # the help given at the end, under its other names
           r"disengagement|termination assistance|wind-?down|assistance (a la|de) sortie|"
           r"\bpassation|\b(get|getting|obtain|have) (our|my|the|its|their|your) "
           r"(data|content|files|records) back|\bdata back\b"),
    _topic("price_revision", "Révision des prix", "Price revision / indexation",
           r"revision (des|du) prix|indexation|\bindex|\bindice|syntec|revaloris|price (revision|"
           r"adjustment|increase)|escalation|(hausse|augmentation|evolution|modification)s? "
           r"(\w+ ){0,2}(des |du |de |de la |de ses |d'un )?(prix|tarifs?|redevance)|"
           r"(price|fee) (rise|change)s?|(raise|increase)s? (its |the )?(prices|fees)|"
           # a verb of change on the price, either way round: "Comment les prix sont-ils
           # révisés ?", "Can the Provider change the fees?", "How are the Charges adjusted?"
           r"\b(prix|tarifs?|redevances?|frais|prices?|fees|charges|rates)\b[^?]{0,25}"
           r"\b(revis|ajust|adjust|index|indexe|chang(e|ed|es)\b(?! request)|increas|modifi|evolu|"
           r"augment|updat)|\b(revis|ajust|adjust|indexe|chang(e|er)\b|increas|modifi|augment|updat|"
           r"rais(e|er))\w*\s+([\w-]+\s+){0,3}(prix|tarifs?|redevances?|frais|prices?|fees|charges|"
           r"rates)\b"),
    _topic("penalties", "Pénalités", "Penalties / service credits",
           r"penalit|penalt|service credit|credits? de service|malus|"
           # "Quels crédits ... ?": in a question on a contract, credits for missed service
           r"(?<!carte de )\bcredits?\b(?! (card|note|rating|check|risk|d'impot))|"
           r"bons? d'achat|vouchers?"),
    _topic("service_levels", "Niveaux de service (SLA/QoS)", "Service levels",
           r"niveaux? de service|\bsla|qualite de service|disponibilit|temps de (reponse|"
           r"retablissement|resolution)|delai (d'intervention|de retablissement|de resolution|"
           r"de prise en charge|de prise en compte|de reponse)|\bgti\b|\bgtr\b|service levels?|"
           r"availability|uptime|"
           r"response time|resolution time|restore time|\bkpi|indicateurs?|"
           # how soon an incident is taken up or fixed: "How quickly must a P2 be acknowledged?"
           r"delai de (correction|contournement)|(acknowledg|resolv|\bfix|restor|correct|corrig|"
           r"resolu|retabli|pris en charge)[^?]{0,40}\b(incident|anomal|ticket|defect|fault|panne)|"
           r"\b(incident|anomal|ticket|defect|fault|panne)[^?]{0,40}(acknowledg|resolv|\bfix|"
           r"restor|correct|corrig|resolu|retabli|pris en charge)"),
    _topic("business_continuity", "Continuité de service", "Business continuity",
           r"continuite|plan de (continuite|reprise)|\bpca\b|\bpra\b|business continuity|"
           r"disaster recovery|\bdrp\b|\bbcp\b|secours|\brto\b|\brpo\b|interruption"),
    _topic("staff_transfer", "Sort du personnel", "Staff transfer",
           r"\bpersonnel\b|salaries|l\.? ?1224|\bstaff|employees|\btupe\b|mise a disposition"),
    # Before the place: "audit the operator's data centre" asks about audits.
    _topic("audit", "Audit et contrôle", "Audit rights",
           r"\baudit|controle|inspect|\bvisit(e|s|er)?\b"),
    _topic("place_of_performance", "Lieu d'exécution", "Place of performance / data location",
           r"lieu d'execution|lieu de (prestation|realisation)|locali[sz]|\bou (sont|seront|est) "
           r"(heberg|stock|execut)|localisation|heberge(?!ur)|data (location|cent(re|er))|"
           r"datacenter|where (is|are|will)|place of performance|location of|"
           r"\bou\b[^?]{0,40}\b(stock|heberge(?!ur))"),
    _topic("data_protection", "Données personnelles / Informatique et Libertés", "Data protection",
           r"donnees (personnelles|a caractere personnel)|\brgpd|\bgdpr|\bcnil|"
           r"informatique et libertes|protection des donnees|data protection|personal data|"
           r"\bprivacy|\bdpa\b|donnees|\bdata\b"),
    _topic("ip_ownership", "Propriété des logiciels et bases de données",
           "Ownership of software, data and IP",
           r"propriete (intellectuelle|des)|droits? d'auteur|licence|intellectual property|"
           # "its own affiliates" is no question on ownership.
           r"\bip\b|ownership|\bowns\b|(?<!its )(?<!their )(?<!our )(?<!your )(?<!his )\bown\b|"
           r"proprietaire|copyright|licen[cs]e"),
    _topic("subcontracting", "Sous-traitance", "Subcontracting",
           r"sous-trait|sous trait|subcontract|sub-contract|sub-processor"),
    _topic("insurance", "Assurances", "Insurance",
           r"assurance responsabilite civile|responsabilite civile professionnelle|assuran|"
           r"insurance|insured|etre assure"),
    _topic("liability", "Responsabilités", "Liability",
           r"responsabilit|liabilit|liable|obligation de (moyens|resultat)|indemni|plafon|"
           r"\bcap\b|dommages|damages"),
    _topic("change_management", "Évolution du système", "Change management / evolution",
           r"evolution|changement|avenant|demande de modification|change (request|management|"
           r"control)|amendment|modification"),
    _topic("confidentiality", "Confidentialité", "Confidentiality",
           r"confidentialit|confidential|secret|non-disclosure|\bnda\b"),
    _topic("security", "Sécurité", "Information security",
           r"securite|security|plan d'assurance securite|\(pas\)|cyber|chiffrement|encryption|"
           r"iso 27001"),
    _topic("governance", "Pilotage / gouvernance", "Governance",
           r"gouvernance|pilotage|comite|reporting|governance|steering|committee|interlocuteur"),
    _topic("governing_law", "Droit applicable et juridiction", "Governing law and jurisdiction",
           r"droit applicable|loi applicable|\bregi|soumis au droit|droit (francais|anglais)|"
           r"juridiction|tribunal|tribunaux|competent|litige|governing law|govern|which law|"
           r"what law|\blaws?\b|jurisdiction|\bcourts?\b|venue|choice of law|disputes?\b|"
           r"differends?|arbitra|\b(le|du|au) for\b"),
    _topic("termination", "Résiliation", "Termination",
           r"resiliation|resilier|rompre|mettre fin|terminat|cancel|preavis|\bnotice"),
    _topic("duration", "Durée", "Term / duration",
           r"\bduree|\bterm\b|duration|how long|combien de temps|reconduction|reconduit|"
           r"reconduir|renouvel|renew|"
           r"expir|entree en vigueur|effective date"),
    _topic("pricing", "Prix / forfait", "Price / fees",
           r"\bprix|tarif|redevance|forfait|\bcout|montant|combien|factur|paiement|payment|"
           r"\bprice|\bfees?\b|\bcharges\b|invoice|\bcost|"
           r"(recurring|monthly|annual|yearly|one-time|set-?up|service|support) charge|"
           # a price per unit of work: "the monthly rate for an agent", « le taux journalier »
           r"(daily|hourly|weekly|monthly|annual|day|unit|flat) rates?\b|\brate card|"
           r"taux (journalier|horaire)|\btjm\b"),
    _topic("services_scope", "Nature des prestations et modalités d'exécution",
           "Scope and delivery of services",
           r"perimetre|prestations?|\bobjet\b|scope|services? (provided|included|covered)|"
           r"livrables?|deliverables?|what services|quels services"),
)
TOPICS_BY_ID = {t.id: t for t in TOPICS}
# Words that name a topic only weakly: "data" is in most questions about anything done to data
# ("Is the operator liable if we lose data?").
_WEAK_WORDS = {"data_protection": re.compile(r"donnees|data")}
_GENERIC = {"duration", "pricing"}
# A notice asked beside a renewal is the notice to stop the renewal, a point of the term.
_RENEWAL = re.compile(r"reconduction|reconduit|reconduir|renouvel|renew")
_NOTICE = re.compile(r"preavis|\bnotice")
# "Where" asked of a court or an arbitration asks for the forum, not the place of performance.
_FORUM = re.compile(r"arbitra|tribunal|tribunaux|\bcourts?\b|juridiction|jurisdiction|"
                    r"\b(le|du|au) for\b|litiges?\b|disputes?\b")

# Value kinds a question can ask for (kinds of values.extract_values), most specific first,
# with the checklist items they belong to.
_VALUE_WORDS: tuple[tuple[str, str, str], ...] = (
    # Kinds asked by their own words, whatever the item the question seems to be about ("*").
    ("cure_period", "*", r"mise en demeure|remedi|\bremedy (a|the|any|such|its) (breach|default|"
     r"failure)|\bcure\b|sans effet|regularis"),
    ("deletion_delay", "*", r"supprim|suppression|effac|detrui|destruction|delet|erase|destroy"),
    # "keep providing exit assistance" asks how long a service goes on, not a retention.
    # "keep records" is retention; "keep assisting", "keep running" go on doing something.
    ("retention_period", "*", r"conserv|\bretain|retention|\bkeep\b(?! \w+ing\b)|\bkept\b|archiv"),
    ("hosting_location", "*",
     # "l'hébergeur" and "the host" name a party, not where data are hosted.
     r"heberg(?!eur)|\bstock|\bhost(?!s?\b)|\bhosted|\bstored|\bpays\b|country|region|"
     r"\bville\b|city"),
    # A data centre named in a question on another point ("inspect the data centre") is no
    # question on where data are hosted.
    ("hosting_location", "place_of_performance", r"data ?cent|datacenter"),
    # The exit help named outright, whatever item the rest of the question points to ("How long
    # must exit assistance go on after notice of termination?").
    # When data come back: "Dans quel délai ... restituer les données ?", "How soon will our
    # data be returned?"
    ("data_return_deadline", "*",
     r"(delai|how (long|soon|quickly)|within (what|how)|when|quand)[^?]{0,60}"
     r"(restitu|return|rendre|rendues|remettre|remises?|hand(ed)? back|give back|given back)"
     r"[^?]{0,40}(donnees|data|fichiers|files|contenus|content)|"
     # The data named before the verb: "Dans quel délai nos données seront-elles restituées ?"
     r"(delai|how (long|soon|quickly)|within (what|how)|when|quand)[^?]{0,60}"
     r"(donnees|data|fichiers|files|contenus|content)[^?]{0,40}"
     r"(restitu|returned|rendues|remis|handed back|given back)|"
     r"(donnees|data)[^?]{0,40}(restitu|returned|rendues|remises)[^?]{0,30}(delai|within|when)|"
     # "How long do we have to get our data back / to export our data?"
     r"(delai|how (long|soon|quickly)|combien de temps)[^?]{0,60}(get (\w+ )?(data|files|content)"
     r" back|export|retriev|download|recuper|telecharg)"),
    ("transition_period", "*",
     r"(exit|termination|transition) assistance|transition (period|services)|exit period|"
     r"disengagement|assistance (a la|de) (sortie|reversibilite|fin de contrat)|"
     r"periode de (transition|reversibilite)|\bpassation"),
    ("penalty_cap", "penalties",
     r"plafon|\bcap\b|capped|maximum|limite|\blimit|n'exced|exceed"),
    ("transition_period", "reversibility",
     r"(periode|phase|duree) de (transition|reversibilite|sortie)|transition period|"
     r"exit period|termination assistance|exit assistance|assistance (de|a la) (fin de contrat|"
     r"sortie|reversibilite)|"
     r"(duree|how long|combien de temps).*(transition|reversibilite|assistance|disengagement|"
     r"passation|wind-?down)"),
    ("notice", "termination duration price_revision", r"preavis|\bnotice|a l'avance|"
     r"in advance"),
    ("renewal", "duration", r"reconduction|reconduit|reconduir|reconductible|renouvel|renew|"
     r"\bextend|\bextension|prolong|proroga"),
    ("liability_cap", "liability",
     r"plafon|\bcap\b|capped|limit\w* (de|of) (la )?(responsabilite|liability)|"
     r"maximum liability|montant maximum"),
    ("penalty", "penalties", r"penalit|penalt|service credit|credits? de service"),
    ("availability", "service_levels", r"disponibilit|availability|uptime"),
    # (a "how long" question on restoring a server asks for a restore time, not the term)
    ("response_time", "service_levels duration",
     r"temps de (reponse|retablissement|resolution)|delai (d'intervention|de retablissement|"
     r"de resolution|de prise en charge|de reponse)|response time|resolution time|restor|restaur|"
     r"\bgti\b|\bgtr\b|intervention|acknowledg|resolv|resolu|\bfix(es|ed|ing)?\b|workaround|"
     r"contourn|corrig|correction|retabli|pris en charge|prise en compte"),
    ("jurisdiction", "governing_law", r"juridiction|tribunal|tribunaux|\bcourts?\b|jurisdiction|"
     r"venue|competent|arbitra|\b(le|du|au) for\b|\bheard\b|"
     r"(disputes?|litiges?|differends?)[^?]{0,30}"
     r"\b(resolved|settled|regles?|tranches?)\b"),
    ("governing_law", "governing_law",
     r"droit applicable|loi applicable|\bregi|soumis|governing law|govern|which law|what law|"
     r"\blaws?\b|\bdroit\b"),
    ("price", "pricing", r"\bprix|tarif|montant|redevance|forfait|\bcout|combien|\bprice|\bfees?\b|"
     r"\bcost|\bcharges?\b|(daily|hourly|weekly|monthly|annual|day|unit|flat) rates?\b|"
     r"\brate card|taux (journalier|horaire)|\btjm\b"),
    ("term", "duration", r"\bduree|how long|\bterm\b|duration|combien de temps"),
)
_LENGTH_ASK = re.compile(r"how long|combien de temps|pendant combien|\bduree\b|\bduration\b")
_VALUE_PATTERNS = tuple((kind, topic, re.compile(words)) for kind, topic, words in _VALUE_WORDS)
# The kinds worth showing for a topic, in the order an answer lists them.
TOPIC_VALUE_KINDS: dict[str, tuple[str, ...]] = {
    "governing_law": ("governing_law", "governing_law_implied", "jurisdiction"),
    "duration": ("term", "renewal", "notice"),
    "termination": ("notice", "cure_period"),
    "service_levels": ("availability", "response_time"),
    "penalties": ("penalty", "penalty_cap"),
    "place_of_performance": ("hosting_location",),
    "liability": ("liability_cap",),
    "pricing": ("price",),
    "reversibility": ("transition_period",),
}

# What kind of fact a question wants, read from how it asks, with the units that state it.
_EXPECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("duration", re.compile(
        r"\bdelai|combien de (temps|jours|mois|heures|semaines|minutes|annees|ans)|"
        r"pendant combien|\bduree|how long|how many (days|hours|weeks|months|years|minutes)|"
        r"within how|how soon|how much (time|notice)|\bpreavis|notice period|a quel moment|"
        r"combien de temps a l'avance|how far in advance|how (quickly|fast|promptly)|"
        r"within what (time|period)|in what time")),
    ("percent", re.compile(r"\btaux|pourcentage|percentage|\bhausse|augmentation|\bincrease|"
                           r"\brate\b|%|quelle part|what share")),
    ("money", re.compile(r"montant|combien (coute|coutent)|\ba combien\b|how much|\bcout|"
                         r"\bprix\b|\bprice|\bfees?\b|redevance|tarif|\bsomme|\bamount")),
    ("place", re.compile(r"^ou\b|\bou (sont|est|se|seront|sera|doivent|doit|les|la|le)\b|"
                         r"\bwhere\b|quels? pays|quelles? villes?|quelles? regions?|which (country|"
                         r"countries|region|city)|what (country|region|city)|"
                         r"dans quel(le)?s? (pays|ville|region|site|lieu|centre)")),
)
EXPECTED_UNITS: dict[str, frozenset[str]] = {
    "duration": frozenset({"days", "business days", "weeks", "months", "years", "hours",
                          "business hours", "minutes"}),
    "percent": frozenset({"%"}),
    "money": CURRENCIES | {"%"},
}
# French inversion ("prévoit-il", "y a-t-il", "est-ce que") or an English auxiliary first; a
# question word anywhere makes it open ("Quel plafond le contrat fixe-t-il ?").
_CLOSED = re.compile(
    r"^(?!.*\b(quel(le)?s?|combien|comment|quand|pourquoi|what|which|how|when|why|where|who)\b)"
    r"(.*\w-(t-)?(il|elle|ils|elles|on)\b|est-ce qu|(is|are|does|do|did|can|could|will|would|"
    r"has|have|was|were|shall|must)\b)")
_DEFINITION_ASK = re.compile(r"qu'est-ce qu[e']|que (signifie|designe|veut dire)|definition|"
                             r"what (is meant|does .{1,40} mean)|\bmeaning of|\bdefined?\b")

# "manquement" is a breach, not a gap.
_MISSING = re.compile(r"\bmanqu(e|es|ent|ant|ante|ants|antes)\b|\babsente?s?\b|lacune|omis|"
                      r"oubli|missing|lacking|\bgaps?\b|"
                      r"not covered|pas couverte?s?|non couverte?s?")
_BEST_PRACTICE = re.compile(
    r"devrai|doi(t|vent) (contenir|prevoir|comporter)|bonnes? pratiques?|recommand|conseil|"
    r"que faut-il|qu'est-ce qu'une bonne|une bonne clause|ideal|\bshould\b|best practice|"
    r"good (clause|practice)|what (must|makes)|checklist for")
_PRESENCE = re.compile(
    r"^(y a-t-il|y-a-t-il|existe-t-il|est-ce que (le|ce) contrat|est-ce qu'il y a|"
    r"(le|ce) contrat (prevoit|contient|comporte|mentionne|inclut|traite|aborde|organise)"
    r"(-t)?-il|does (it|the|this) (contract |agreement )?(contain|include|have|provide|address|"
    r"mention|cover|specify|set|say anything)|is there|are there|do we have|has the)|"
    r"(mentionne|contient|prevoit|aborde|comporte)-t-(elle|il)|"
    # "Le prestataire doit-il souscrire une assurance ?": a yes/no question about a clause.
    r"^(le|la|les|l')\s?[\w' -]{2,40}?(-t)?-(il|elle|ils|elles)\b")
_CONTENT = re.compile(r"^(que\b|qu'|what does|what do|summari|resum|explain|explique|decri|"
                      r"describe|"
                      r"comment|how does|how do|how can|parle|tell me)")
_REMEDY_ASK = re.compile(r"(only|sole|exclusive) remed|seule? (reparation|indemnisation|recours)|"
                         r"liberatoire")
_FORMULA_ASK = re.compile(r"\b(quels? indices?|quelles? formules?|which index|what index|"
                          r"which formula|what formula)\b")
_VALUE_ASK = re.compile(r"\b(quel|quelle|quels|quelles|combien|which|how long|how much|how many|"
                        r"what is|what are|what's|when|quand)\b")
_FACT_ASK = re.compile(r"^(\w+ )?(quel|quelle|quels|quelles|combien|ou|which|what|how long|"
                       r"how much|how many|when|where|quand)\b")
_HEAD = re.compile(r"\b(quel|quelle|quels|quelles|what|which)\s+(?:(?:est|sont|is|are|was)\s+)?"
                   r"(?:(?:le|la|les|un|une|the|an?)\s+|l')?(?P<head>[a-z][\w-]{2,})")
_NOT_HEADS = {"happens", "happen", "does", "do", "can", "should", "must", "will", "would", "has",
              "have", "peut", "doit", "faut", "sont", "est"}
# A pronoun or phrase pointing back at the clause discussed in the previous turn.
_ANAPHOR = re.compile(
    r"-t-elle\b|\b(dit|prevoit|precise|contient|indique|mentionne)-elle\b|"
    r"\b(elle|celle-ci|celle-la|cette clause|cet article|ce point|cette partie|la-dessus|"
    r"this clause|that clause|this section|that section|this article|it|its)\b")
_ELLIPSIS = re.compile(r"^(et|and|what about|how about|quid|also|aussi|idem|same)\b")
_SEARCH_WORD = re.compile(r"\w{3,}")


@dataclass(frozen=True)
class Question:
    """What a question asks, resolved against the conversation so far."""

    text: str
    language: str  # "fr" or "en"
    intent: Intent
    topic: str = ""  # checklist item id; "" when no item was recognised
    value_kinds: tuple[str, ...] = ()  # value kinds that answer it, the one asked for first
    context_topic: str = ""  # the previous turn's item when the question points back at it
    focus: str = ""  # with a context topic: the words naming what is asked about it ("données")
    related: tuple[str, ...] = ()  # other items the question names ("préavis ... reconduction")
    head: str = ""  # the word right after the question word: "format" in "Dans quel format ..."
    follow_up: bool = False
    documents: tuple[str, ...] = ()  # documents inherited from the conversation
    query: str = ""  # text to retrieve passages with

    @property
    def expects(self) -> str:
        """The kind of fact a value question wants: "duration", "percent", "money" or ""."""
        if self.intent != "value":
            return ""
        folded = fold(self.text)
        return next((kind for kind, words in _EXPECTS if words.search(folded)), "")

    @property
    def closed(self) -> bool:
        """A yes/no question ("Le CCAP plafonne-t-il la responsabilité ?", "Is liability
        capped?"), as opposed to one asking which value ("Quel est le plafond ?")."""
        return bool(_CLOSED.search(fold(self.text).strip()))

    @property
    def asks_definition(self) -> bool:
        """True when the question asks what a term means: then a glossary entry answers it."""
        return bool(_DEFINITION_ASK.search(fold(self.text)))

    @property
    def required_only(self) -> bool:
        """True when the question asks only about the mandatory mentions."""
        return bool(re.search(r"obligatoire|requis|mandatory|required|must-have", fold(self.text)))


def rank_topics(text: str) -> list[str]:
    """Ids of the checklist items the (folded) text names, the strongest first."""
    strengths = []
    for order, topic in enumerate(TOPICS):
        words = {m.group(0) for m in topic.words.finditer(text)}
        weak = _WEAK_WORDS.get(topic.id)
        if topic.id == "termination" and _RENEWAL.search(text):
            words = {w for w in words if not _NOTICE.fullmatch(w)}
        if topic.id == "place_of_performance" and _FORUM.search(text):
            words = {w for w in words if not w.startswith(("where", "ou "))}
        strength = sum(0.5 if weak is not None and weak.fullmatch(w) else 1 for w in words)
        if topic.id in _GENERIC:
            strength /= 2
        if strength:
            strengths.append((-strength, order, topic.id))
    return [topic_id for _, _, topic_id in sorted(strengths)]


def find_topic(text: str) -> str:
    """Id of the checklist item the (folded) text points to most strongly, or ""."""
    ranked = rank_topics(text)
    return ranked[0] if ranked else ""


def _named(folded: str, topic: str) -> list[str]:
    return list(dict.fromkeys(kind for kind, topics, words in _VALUE_PATTERNS
                              if (topics == "*" or topic in topics.split())
                              and words.search(folded)))


def every_kind_named(folded: str, topic: str) -> list[str]:
    """Every value kind the (folded) question's words name, "how long" included."""
    return _named(folded, topic)


def named_kinds(folded: str, topic: str) -> list[str]:
    """The value kinds a (folded) question names by their own words, most specific first. Words
    that only ask for a length ("how long", "combien de temps") name the term only when nothing
    more specific is named: "How long does a party have to cure a breach?" asks for a cure
    period."""
    return _named(_LENGTH_ASK.sub(" ", folded), topic) or _named(folded, topic)


_BOTH = re.compile(r"\b(et|and|puis|then|plus)\b|,")


def asked_together(folded: str, topic: str) -> tuple[tuple[str, str], ...]:
    """Two kinds a question asks for at once, each with its part of the question, in the order
    it names them ("What is the initial term and how is it renewed?": the term, asked by "what
    is the initial term", then the renewal); () when it asks for one."""
    found = []
    for kind, topics, words in _VALUE_PATTERNS:
        if topics != "*" and topic not in topics.split():
            continue
        match = words.search(folded)
        if match and kind not in (k for _, k in found):
            found.append((match.start(), kind))
    found.sort()
    join = _BOTH.search(folded, found[0][0], found[1][0] + 1) if len(found) > 1 else None
    if join is None:
        return ()
    return ((found[0][1], folded[:join.start()]), (found[1][1], folded[join.end():]))


def _value_kinds(folded: str, topic: str) -> tuple[str, ...]:
    """Kinds the question names, most specific first, then the item's other kinds as fallbacks."""
    asked = _named(folded, topic)
    if not asked:
        return ()
    # How long data are kept after the end is answered by when they are deleted.
    if "retention_period" in asked and "deletion_delay" not in asked:
        asked.append("deletion_delay")
    return tuple(asked + [k for k in TOPIC_VALUE_KINDS.get(topic, ()) if k not in asked])


def _intent(folded: str, topic: str, kinds: tuple[str, ...]) -> Intent:
    if _MISSING.search(folded):
        return "missing"
    if asks_for_assessment(folded):
        return "assessment"  # "La clause de réversibilité est-elle favorable au client ?"
    if _BEST_PRACTICE.search(folded):
        return "best_practice"
    if _PRESENCE.search(folded):
        return "presence"
    if kinds and _REMEDY_ASK.search(folded) and not _VALUE_ASK.search(folded):
        return "content"  # "Are service credits the only remedy?": the clause, not a figure
    if _FORMULA_ASK.search(folded):
        return "content"  # "Selon quel indice et quelle formule ...?": the clause states both
    if kinds and (_VALUE_ASK.search(folded) or not _CONTENT.search(folded)):
        return "value"
    if _FACT_ASK.search(folded) and not _CONTENT.search(folded):
        return "value"  # "Dans quel format ...", "Où ...": one fact, quoted from its own sentence
    return "content"


def understand(text: str, history: Sequence[Turn] = ()) -> Question:
    """Read a question, resolving a follow-up ("Et la durée ?") against the earlier turns."""
    folded = fold(text).strip()
    previous = _previous(history)
    language = detect_language(text, default=previous.language if previous else "fr")
    topic = find_topic(folded)
    kinds = _value_kinds(folded, topic)
    intent = _intent(folded, topic, kinds)
    documents = _previous_documents(history)
    related = tuple(rank_topics(folded)[1:])
    head = _head(folded)
    if previous is None:
        return Question(text, language, intent, topic, kinds, related=related, head=head,
                        query=_query(text, topic, ""))
    points_back = bool(_ANAPHOR.search(folded))
    elliptic = bool(_ELLIPSIS.match(folded)) or len(_SEARCH_WORD.findall(folded)) <= 3
    context = previous.topic if points_back and previous.topic else ""
    if context and topic in ("duration", "pricing"):
        # "Combien de temps dure-t-elle ?" asks about the clause discussed, not the contract.
        kinds = TOPIC_VALUE_KINDS.get(context, ()) if topic == "duration" else ()
        topic, context = context, ""
        intent = "value" if kinds else "content"
    if not topic and (points_back or elliptic):
        topic = previous.topic
        kinds = kinds or (previous.value_kinds if intent == "value" else ())
    if context == topic:
        context = ""
    if elliptic and not _explicit_intent(folded) and previous.intent in ("value", "presence"):
        # "Et la durée ?" after "Quel est le préavis ?" asks the same kind of thing again.
        kinds = kinds or TOPIC_VALUE_KINDS.get(topic, ())
        intent = "value" if previous.intent == "value" and kinds else previous.intent
    follow_up = points_back or elliptic
    focus = _words_for(text, folded, topic) if context else ""
    related = tuple(t for t in related if t not in (topic, context))
    return Question(text, language, intent, topic, kinds, context, focus, related, head,
                    follow_up, documents, _query(text, topic, context))


def _head(folded: str) -> str:
    """The noun a fact question asks for ("quel format", "what availability", "quel taux")."""
    match = _HEAD.search(folded)
    return match.group("head") if match and match.group("head") not in _NOT_HEADS else ""


def _words_for(text: str, folded: str, topic: str) -> str:
    """The question's own words that named the topic (accents kept when folding kept lengths)."""
    match = TOPICS_BY_ID[topic].words.search(folded) if topic else None
    if match is None:
        return ""
    original = text.strip()
    same_length = len(original) == len(folded)
    return (original if same_length else folded)[match.start():match.end()]


def _explicit_intent(folded: str) -> bool:
    return bool(_MISSING.search(folded) or _BEST_PRACTICE.search(folded)
                or _PRESENCE.search(folded) or _CONTENT.search(folded))


def _query(text: str, topic: str, context: str) -> str:
    # The labels add the words a contract uses for the item, which short questions lack.
    parts = [text]
    for item in (context, topic):
        if item:
            t = TOPICS_BY_ID[item]
            parts.append(f"{t.label_fr} {t.label_en}")
    return " ".join(parts)


def _previous(history: Sequence[Turn]) -> Question | None:
    """The most recent earlier question, itself resolved against what came before it."""
    if not history:
        return None
    last = history[-1]
    resolved = understand(last.question, history[:-1])
    if last.answer.topic and not resolved.topic:
        resolved = replace(resolved, topic=last.answer.topic)
    return resolved


def _previous_documents(history: Sequence[Turn]) -> tuple[str, ...]:
    for turn in reversed(history):
        if turn.documents:
            return turn.documents
    return ()
