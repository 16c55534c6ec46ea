"""Headline values a contract states (term, notice, SLA, cap, law...) with their sentence."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from assistant.models import Chunk, ExtractedValue

from .law import governing_law, jurisdiction, law_of_court
from .numbers import CURRENCIES, Quantity, find_quantities
from .places import Location, find_locations
from .signals import Sentence, fold, split_sentences, without_company_forms

_MAX_PER_KIND = 5
_TIME_UNITS = {"days", "business days", "weeks", "months", "years", "hours", "business hours",
               "minutes"}
_LONG_UNITS = {"weeks", "months", "years"}

# Words that, placed shortly before a duration, say what the duration is (folded text).
_DURATION_TRIGGERS: dict[str, re.Pattern[str]] = {
    "notice": re.compile(r"notice|preavis|notification|notify|written request|prior written|"
                         r"avant (l'echeance|la date|le terme|son terme)|"
                         r"before (the )?(end|expiration)"),
    "renewal": re.compile(r"renew\w*|reconduct\w*|reconduit\w*|renouvel\w*|successive|"
                          # a further period of the contract, not of a secondment or a service
                          r"(additional|further) terms?|(agreement|contract|term|subscription)\b"
                          r"[^.]{0,60}(additional|further) periods?|extension|extended|"
                          # the contract extended, not a deadline: "extend this Agreement for",
                          # « le contrat peut être prolongé de »
                          r"\bextend(s|ed)? (this |the )?(agreement|contract|initial term|term|"
                          r"subscription)\b|(prolong|prorog)\w* (le |du |l')?(contrat|marche|"
                          r"accord)|(contrat|marche|accord)\b[^.;]{0,30}(prolong|prorog)\w*"),
    "transition_period": re.compile(r"transition|reversibilite|transferabilite|\bexit\b|"
                                    r"termination assistance|wind-?down|disengagement|"
                                    r"periode de reprise|continue to provide|passation|"
                                    r"hand-?over|(periode|phase|assistance|accompagnement) "
                                    r"(de |a la )?sortie|(periode|phase) de (transfert|"
                                    r"restitution|desengagement)"),
    "data_return_deadline": re.compile(r"(return\w*|restitu\w*|hand\w* (over|back)|"
                                       r"giv\w* back|deliver\w*|remettre|remet\w*|"
                                       r"remise|export\w*|recuper\w*|retriev\w*|download\w*|"
                                       r"telecharg\w*)"
                                       r"[^.]{0,80}(data|donnees|fichiers|records|bases?|"
                                       r"contenus?|content|reports|history|historique|"
                                       r"sauvegardes|backups|archives)|"
                                       r"(data|donnees)[^.]{0,60}(return\w*|restitu\w*)"),
    "response_time": re.compile(r"respon(d|se)|intervention|intervenir|resolution|resolve|"
                                r"restor\w*|retablissement|correction|prise en charge|repair|"
                                r"acknowledge|\bgti\b|\bgtr\b|"
                                # a severity level heading a row of a table of times
                                r"bloquant\w*|(?<!force )majeure?s?\b|mineure?s?\b|"
                                r"critiques?\b|severit\w*|\bp[1-4]\b|\bt0\b"),
    "payment_terms": re.compile(r"payable|\bpaid\b|payment|invoice|factur\w*|paiement|reglement|"
                                r"\bnet\b"),
    "deletion_delay": re.compile(r"supprim\w*|suppression|effac\w*|detrui\w*|destruction|"
                                 r"delet\w*|eras\w*|destroy\w*|purg\w*"),
    "retention_period": re.compile(r"conserv\w*|\bretain\w*|retention|archiv\w*|\bkept\b|"
                                   r"\bkeep\b|\bmaintain\w*"),
    "term": re.compile(r"initial (term|period)|term of (this|the) (agreement|contract)|"
                       r"(agreement|contract)[^.]{0,40}(continue|remain|effective|in force|valid)|"
                       r"\bterm\b|for a period of|pour une (duree|periode)|duree|conclue? pour|"
                       r"periode initiale|"
                       r"period of (this|the) agreement|effective for|valid for|"
                       # whatever runs for the term: "the subscription shall ... continue for",
                       # "les Services sont fournis pour", "l'abonnement se poursuit pendant"
                       r"\bcontinu\w* for\b|\bruns? for\b|\bin (force|effect) for\b|"
                       r"\bse poursui\w* (pendant|pour)\b|\bcourt pendant\b|"
                       # "The Run Phase lasts thirty-six months", « le marché dure quatre ans »
                       r"\blasts\b|\b(shall|will|to) last\b|\bdurer?a?\b|"
                       r"\b(souscrit|fourni|assure|consenti|engage|execute)e?s? (pour|pendant)\b"),
}
# The whole length of a contract renewed some times: "soit une durée maximale de quatre ans",
# "the total term shall not exceed five years". It is a term, though a renewal is named before.
_TOTAL_TERM = re.compile(r"(duree (maximale|totale|globale|maximum|cumulee)|maximum (total )?"
                         r"(term|duration)|(total|aggregate|overall) (term|duration))"
                         r"[^.;]{0,40}$")
# A term given as the anniversary it ends on: "ends on the seventh (7th) anniversary of the
# Commencement Date", "prend fin au cinquième anniversaire de sa date d'entrée en vigueur".
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "premier": 1, "deuxieme": 2,
             "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6,
             "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10}
_ANNIVERSARY = re.compile(
    r"\b(ends?|expires?|terminates?|until|through|continues? until|(prend|prendra) fin|"
    r"expire(ra)?|s'acheve(ra)?|jusqu'(au|a la date du))\s+(on |at |upon |au |a )?"
    r"(the |le |la |du )?"
    r"(?P<word>[a-z]+)(\s*\((?P<digits>\d{1,2})\s?(st|nd|rd|th|e|eme|er)?\))?\s+"
    r"(?P<fr>anniversaire|anniversary)\s+(of|de|du|d')")
_RETURN_VERB = re.compile(r"\b(restitu\w*|return\w*|hand\w* back|remet\w*|remettre|renvoi\w*)\b")
_RETURNED = re.compile(r"\b(donnees|data|fichiers|files|contenus|content|bases? de donnees|"
                       r"databases?|records)\b")
# A duty that survives the contract "for a period of five years" lasts after it: no term.
_SURVIVES = re.compile(r"surviv\w*|\bsurvi(t|vent|vra|vront)\b|(remain|continue)s? in (force|"
                       r"effect) (after|following|beyond)|(reste|restent|demeure|demeurent) en "
                       r"vigueur (apres|au-dela)")
# Phases within a contract, whose length is not the contract's term.
_PHASE = re.compile(r"\b(phase|periode|etape) (d'|de |du )?(initialisation|demarrage|lancement|"
                    r"prise en charge|pilote|essai|rodage|verification|bascule|mise en place)|"
                    r"\b(onboarding|implementation|set-?up|pilot|trial|probation\w*|ramp-?up|"
                    r"transition-in|mobili[sz]ation|start-?up) (phase|period|stage)\b")
# A "Transition Period" the contract defines as its start (taking over from the previous
# provider, onboarding): neither the exit it usually names nor its length.
STARTING_TRANSITION = re.compile(r"(?P<name>transition period|periode de transition)"
                                 r"[*_\"»\s]*(means|designe|shall mean)\b[^.]{0,200}\b("
                                 r"effective date|commencement date|takes? over|previous provider|"
                                 r"incumbent|onboarding|start-?up|date d'entree en vigueur|"
                                 r"prestataire precedent|reprise de l'existant)")
_LATER_PHASE = re.compile(r"\b(phase|periode) (de |d'|du )(maintenance|run|exploitation|services?|"
                          r"execution|production)|"
                          r"\b(run|operation|service|maintenance) (phase|period)")
_CONTRACT_NOUN = re.compile(r"\b(contrat|marche|accord|agreement|contract|abonnement|"
                            r"subscription)\b")
# Kinds whose words often come after the duration: "Dans les 30 jours suivant la fin du
# contrat, le prestataire supprime les données."
_TRIGGERS_AFTER = ("deletion_delay", "retention_period", "data_return_deadline")
# A cure period: the time a defaulting party has after a formal notice before termination.
_CURE_BEFORE = re.compile(r"(mise en demeure|sans effet|infructueu\w*|sans suite|remedi\w*|"
                          r"remedy|\bcure[sd]?\b|\bcuring\b|y remedier|rectif\w*)[^.;]{0,60}$")
_CURE_AFTER = re.compile(r"^[^.;]{0,30}\b(apres|suivant|a compter de|following|after|of)\b"
                         r"[^.;]{0,40}(mise en demeure|notice of (the )?(breach|default)|"
                         r"notification du manquement)")
_NOTICE_AFTER = re.compile(r"^\W{0,3}(s'|'s?)?\s*(\w+ ){0,2}(notice|preavis)|^\s*(de|d') preavis|"
                           r"^\s*(a l'avance|d'avance|in advance)|"
                           # "soixante jours avant la fin de la période", "before its application"
                           r"^\s*(avant|before|prior to) (la fin|l'echeance|le terme|l'expiration|"
                           r"la date (de|d')|son terme|son application|sa prise d'effet|"
                           r"leur application|son entree en vigueur|the end|the expiry|"
                           r"the expiration|expiry|expiration|the anniversary|the renewal|"
                           r"(sa|la|chaque|leur) date anniversaire|l'anniversaire|its anniversary|"
                           r"the effective date|(it|they) (take|takes) effect)")
# A duration followed by these words runs after the contract (confidentiality, survival):
# it is not the contract's own term.
# "after which it renews" and "après quoi" say what follows the term, not that it runs after it.
_AFTER_END = re.compile(r"^[^.;]{0,25}\b((after|following|apres)(?! (which|that|quoi|cela))|"
                        r"thereafter|suivant|a compter de (la|sa) "
                        r"(fin|cessation|expiration|resiliation))")
# A duration named right after it: "(the "Termination Assistance Period")", "(la « Durée
# Initiale »)". Its name says what it is, whatever trigger stands before it.
# (a name opens with an article or a quote: "(or after termination, ...)" names nothing)
_DEFINED_AFTER = re.compile(r"^[^.;()]{0,40}\((ci-apres |hereinafter |together )?((the |la |le |l')"
                            r"[\"'\u201c\u201d\u00ab\s]*|[\"'\u201c\u201d\u00ab]\s*)"
                            r"(?P<name>[^()\"\u201d\u00bb]{3,60})")
# An exit word naming a document (a plan, a strategy): a duration after it is a deadline to
# deliver the document, not the transition period.
_DOCUMENT_AFTER = re.compile(r"^(\s+(management|assistance|and transition|et de transition))?"
                             r"\s+(plan|strategy|document|report|proposal)")
_DOCUMENT_BEFORE = re.compile(r"(plan|strategie|document|rapport|projet|dossier) (de |d')(la )?$")
# A time to answer a request ("within twenty days of a request") or a window ("in the last twelve
# months of the term") is no length of the transition.
_DEADLINE_BEFORE = re.compile(r"\b(within|no later than|dans un delai (maximum |maximal )?de|"
                              r"dans les|sous|au plus tard)\s+$")
_OF_A_REQUEST = re.compile(r"^\W{0,3}(of|after|from|following|de|suivant|a compter de)\s+"
                           r"(a |the |its |any |la |sa |une |leur |reception de (la|sa) )?"
                           r"(written )?(request|receipt|demande|reception|notification)")
# "three months after the Operational Start Date": counted from the start, so no exit period.
_AFTER_START = re.compile(r"^[^.;]{0,20}\b(after|following|from|apres|suivant|a compter (de|du|d'))"
                          r"\s+(the |la |le |l')?(operational start|service commencement|"
                          r"commencement|go-?live|start|mise en (service|production|exploitation)|"
                          r"demarrage|date de demarrage)")
_WINDOW_BEFORE = re.compile(r"\b(last|first|final|derniers?|dernieres?|premiers?|premieres?)\s+$")
# A term with no end: the contract or service runs until someone ends it.
_INDEFINITE_FR = re.compile(
    r"duree (indeterminee|illimitee|indefinie)|sans (limitation de |limite de )?duree|"
    r"jusqu'a (sa |la |leur )?(resiliation|denonciation)|"
    r"tant qu'(il|elle|ils|elles|aucune des parties)[^.;]{0,60}(n'a|n'ont|n'est|ne l'a) "
    r"pas (ete )?(resilie|denonce|mis fin)")
_INDEFINITE_EN = re.compile(
    r"indefinite (term|period|duration)|for an indefinite|no (fixed|set|defined) "
    r"(term|duration|end date)|open-ended|unlimited (term|duration|period)|"
    r"until (it is |this agreement is |the (agreement|contract|subscription|account|service) "
    r"is )?(terminated|cancel+ed)|until (terminat\w+|cancel+ation) by|"
    r"until (either|one) (party|of the parties) (terminates|cancels|ends)")
# Open-ended rights and duties that are not the contract's term.
# A duty said to last "after its term" outlives the contract, so its length is not the term.
_NOT_THE_TERM = re.compile(r"licen[cs]|confidenti|secret|conserv|retain|retention|archiv|garantie|"
                           r"warrant|surviv|\bsurvi(t|vent|vra|vront)\b|propriete|ownership|brevet|"
                           r"patent|\b(cette|ces) obligations?\b|\b(this|these) (obligation|duty|"
                           r"duties)|apres (son|leur|le) (terme|expiration|echeance)|"
                           r"after (its|their|the) (expiry|expiration|termination|end)\b")
_DENIED = re.compile(r"\b(pas|not|non|aucune?|ni)\b[^.;]{0,25}$")

# A notice or a delay set in words rather than figures: "on reasonable prior written notice",
# « dans les meilleurs délais ». Read on the original text so the words can be quoted.
_NOTICE_IN_WORDS = (r"(?:on |upon |with |after )?reasonable (?:prior |advance )?(?:written )?"
                    r"notice|(?:un |d'un )?pr[ée]avis raisonnable|"
                    r"without (?:any )?(?:prior )?notice|sans pr[ée]avis|"
                    r"with immediate effect|avec effet imm[ée]diat")
_DELAY_IN_WORDS = (r"(?:within |in )?a reasonable (?:time|period)(?: of time)?|"
                   r"(?:dans )?un d[ée]lai raisonnable|without undue delay|sans d[ée]lai|"
                   r"(?:dans )?les (?:meilleurs|plus brefs) d[ée]lais|"
                   r"as soon as (?:reasonably )?(?:practicable|possible)|promptly")
_IN_WORDS = {"notice": re.compile(_NOTICE_IN_WORDS, re.IGNORECASE)}
_IN_WORDS_DEFAULT = re.compile(_DELAY_IN_WORDS, re.IGNORECASE)
_PERIOD_KINDS = frozenset({"notice", "cure_period", "deletion_delay", "data_return_deadline",
                           "transition_period", "response_time", "retention_period"})


def period_in_words(text: str, kind: str) -> str | None:
    """The words a sentence sets a period of this kind with, when it sets it with no figure
    ("reasonable prior written notice"); None when it gives a figure or no such words."""
    if kind not in _PERIOD_KINDS or find_quantities(text):
        return None
    match = _IN_WORDS.get(kind, _IN_WORDS_DEFAULT).search(text)
    return match.group(0).strip() if match else None


_AVAILABILITY = re.compile(r"availab|disponib|uptime|accessib")
# "Un avoir" is a credit note (a service credit); "avoir" alone is also the verb "to have".
_PENALTY = re.compile(r"penalt|penalit|service (level )?credits?|liquidated damages|abattement|"
                      r"refaction|malus|credits? de service|\b(un|d'un|l') ?avoirs?\b|"
                      r"\bbons? d'achat\b|\b(service|credit) vouchers?\b")
_LATE_PAYMENT = re.compile(r"retard de paiement|late payment|interest|interets|l\.? ?441|"
                           r"frais de recouvrement|recovery (costs|fee)|banque centrale|"
                           r"central bank")
# How a ceiling is said: "plafonnée à", "ne pourra en aucun cas excéder", "shall not exceed".
# A period or scope may stand between the verb and the cap: "limitée par année civile à",
# "limited in the aggregate to".
_CAP_VERB = (r"(exceed|limited( in (the )?aggregate| per (year|annum|claim|event)| in any "
             r"(contract )?year)?,? to|not to exceed|\bcap(ped|s)?\b|plafon\w*|"
             r"limitee?s?(,? (par|pour) (annee|an|sinistre|evenement|exercice|periode)"
             r"( civile| contractuelle)?,?| globalement| au total)?(\s*:\s*[-•–*]?)?\s+(aux?|a)\b|"
             # an aside between commas: "limitée, toutes causes confondues et par année, à"
             r"limitee?s?,[^.;:]{3,90},\s*(aux?|a)\b|limited,[^.;:]{3,90},\s*to\b|"
             r"n'exced\w*|ne (\w+ ){0,4}(exceder|depasser)|ne (\w+ ){0,4}etre superieure?s? a|"
             r"dans la limite d|a concurrence d|in excess of|up to a maximum|maximum (de|of))")
_CAP_PHRASE = re.compile(_CAP_VERB + r"\s*")
_CAP = re.compile(r"(liabilit\w*|exposure|responsabilite|dommages[- ](et[- ])?interets|"
                  r"aggregate damages|indemnisation|\breparations?\b|"
                  r"montant (total|global|cumule|maximum) des (indemnites|reparations|"
                  r"condamnations|dommages|sommes))"
                  r"[^.]{0,200}" + _CAP_VERB)
_PENALTY_CAP = re.compile(_CAP_VERB)
# A sentence that caps something or speaks of liability (a price asked is not read from it).
CAPPING = re.compile(r"responsabilit|liabilit|" + _CAP_VERB)
# Credits named alone but capped as a share of the fees are service credits: "Credits in any
# month will not exceed 15% of the monthly Fees", "les avoirs ne peuvent excéder 20 % de la
# redevance".
_CREDITS_CAPPED = re.compile(r"(?<!tax )\b(credits|avoirs|bons d'achat|vouchers)\b[^.;]{0,40}"
                             + _CAP_VERB
                             + r"[^.;]{0,60}\b(fees?|charges|redevances?|factures?|invoices?|"
                             r"monthly|mensuel\w*|amounts?|montants?)\b")
# A cap given as the greater or lesser of two limbs.
_ALTERNATIVES = re.compile(r"\b(greater|higher|lesser|lower) of\b|\bwhichever is\b|"
                           r"\b(le|au|du) (plus|moins) (eleve|important|faible|bas)\b|"
                           r"\bla (plus|moins) (elevee|importante|faible|basse)\b")
# Words before a figure that make it a threshold, and what joins the two ends of a band.
_THRESHOLD_BEFORE = re.compile(
    r"((inferieure?s?|superieure?s?) (ou egale?s? )?a|en dessous de|moins de|au-dela de|"
    r"less than|lower than|more than|greater than|below|under|at least|at most|not less than|"
    r"no less than|above|au moins|au plus|[<>≤≥]=?)\s*$")
# In a sentence waiving penalties, the amount they must not exceed is the threshold.
_EXEMPT_LIMIT = re.compile(r"(depass\w*|exced\w*|exceed\w*)( pas)?\s*$")
# Penalties waived below a threshold: the threshold is neither the penalty nor its cap.
_EXEMPT = re.compile(r"waived|exoner\w*|\bne sont pas (appliquee|due|exigible)s?|"
                     r"(is|are|be) not (applied|due|payable|owed)|(aucune|nulle) \w+ n'est due")
_BAND_JOIN = re.compile(r"^\s*(to|a|-|–|—|and|et)(\s+(less than|moins de|under|below))?\s*$")
# A row of a list, or of a table written with "|" (one penalty per row either way).
_ROW = re.compile(r"\n\s*(?:[-•*–]|\(?[a-z0-9ivx]{1,4}[.)])\s|\n\s*\|")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–]|\(?[a-z0-9ivx]{1,4}[.)])\s")
_LIST_REACH = 500  # characters of list items read with the sentence introducing them
_STARTS_WITH_FIGURE = re.compile(r"^\W{0,3}\d+(?:[.,]\d+)?\s*(?:%|h\b|heures?|jours?|mois|min)")
_HOSTING = re.compile(r"heberg\w*|\bstock\w*|\bhosted\b|\bhosting\b|\bstored?\b|data[- ]?cent|"
                      r"centres? de donnees|salles? (serveurs?|informatiques?)")

__all__ = ["extract_values", "governing_law", "jurisdiction"]
def extract_values(chunks: Iterable[Chunk],
                   per_kind: int | None = _MAX_PER_KIND) -> dict[str, list[ExtractedValue]]:
    """Every headline value found, by kind, in document order (at most `per_kind` per kind)."""
    found: dict[str, list[ExtractedValue]] = {}
    seen: set[tuple[str, str, str]] = set()

    def add(value: ExtractedValue) -> None:
        key = (value.kind, value.value, value.text)
        bucket = found.setdefault(value.kind, [])
        if key not in seen and (per_kind is None or len(bucket) < per_kind):
            seen.add(key)
            bucket.append(value)

    # A table of contents or the document's own control block (its version, its validity) states
    # nothing about the contract.
    chunks = [c for c in chunks if not c.apparatus]
    for chunk in chunks:
        for text, value in _passage_values(chunk.text):
            add(ExtractedValue(value.kind, value.value, text, chunk.page, chunk.section,
                               value.quantity, value.unit))
    if "governing_law" not in found:
        # Naming only a French court leaves French law to apply: say so, from the court's sentence.
        for court in found.get("jurisdiction", []):
            law = law_of_court(court.value)
            if law:
                add(ExtractedValue("governing_law_implied", law, court.text, court.page,
                                   court.section))
                break
    for chunk in chunks:
        for location in _hosting(chunk.text):
            add(ExtractedValue("hosting_location", location.value, location.text, chunk.page,
                               chunk.section))
    return found


# A check reads the values of the whole contract and again of its reversibility clauses, and
# answers read them once more: each passage's sentences are parsed once.
@lru_cache(maxsize=8192)
def _passage_values(passage: str) -> tuple[tuple[str, ExtractedValue], ...]:
    found = []
    sentences = split_sentences(passage)
    for number, sentence in enumerate(sentences):
        text, folded = passage[sentence.start:sentence.end], sentence.folded
        end = continued(passage, sentences, number)
        if end != sentence.end:
            text = passage[sentence.start:end]
            folded = fold(text)
        found += [(text, value) for value in _sentence_values(text, folded)]
    return tuple(found)


@lru_cache(maxsize=8192)
def _hosting(passage: str) -> tuple[Location, ...]:
    """The place each hosting sentence of a passage names (read by `places`)."""
    found = []
    for sentence in split_sentences(passage):
        if _HOSTING.search(sentence.folded):
            text = passage[sentence.start:sentence.end]
            location = find_locations([Chunk("", 0, text, 1, 1)]).get("hosting")
            if location is not None:
                found.append(location)
    return tuple(found)


def continued(passage: str, sentences: Sequence[Sentence], number: int) -> int:
    """Where a sentence's statement ends: with the next cell when a table row was cut before its
    figure ("Disponibilité du service" | "99,5 %"), with the items of a list it introduces
    ("est limitée :" - "au montant des sommes payées ..."); else where the sentence ends."""
    sentence = sentences[number]
    following = sentences[number + 1:]
    if following and _STARTS_WITH_FIGURE.match(following[0].folded):
        return following[0].end
    end = sentence.end
    if passage[sentence.start:sentence.end].rstrip().endswith(":"):
        for item in following:
            if not _LIST_ITEM.match(passage[item.start:item.end]) or item.end - sentence.start > \
                    _LIST_REACH:
                break
            end = item.end
    return end


def _sentence_values(text: str, folded: str) -> list[ExtractedValue]:
    values: list[ExtractedValue] = []
    quantities = find_quantities(text)
    meant = without_company_forms(folded)
    capped = bool(_CAP.search(meant))
    for quantity in quantities:
        kind = _duration_kind(folded, quantity, capped) if quantity.unit in _TIME_UNITS else None
        if kind:
            values.append(_value(kind, quantity))
        elif quantity.unit == "%" and 80 <= quantity.amount <= 100 and _AVAILABILITY.search(folded):
            values.append(_value("availability", quantity))
    anniversary = _anniversary_term(folded)
    if anniversary is not None and not any(v.kind == "term" for v in values):
        values.append(_value("term", anniversary))
    # "three years, then renewed until terminated" has a term: the open end is its renewal.
    indefinite = "" if any(v.kind == "term" for v in values) else _indefinite_term(folded)
    if indefinite:
        values.append(ExtractedValue("term", indefinite, text))
    if (_PENALTY.search(folded) or _CREDITS_CAPPED.search(folded)) \
            and not _LATE_PAYMENT.search(folded):
        amounts = [q for q in quantities if q.unit == "%" or q.unit in CURRENCIES]
        thresholds = _thresholds(folded, amounts)
        cap = _PENALTY_CAP.search(folded)
        ceiling = [q for q in amounts if cap and q.start >= cap.start() and q not in thresholds]
        # The cap is not the penalty: "le montant cumulé des pénalités est plafonné à 10 %".
        values += [_value("penalty", q) for q in _penalties(text, amounts, thresholds + ceiling)]
        if ceiling:
            values.append(_value("penalty_cap", ceiling[0]))
    if capped:
        money = [q for q in quantities if q.unit == "%" or q.unit in CURRENCIES]
        if _ALTERNATIVES.search(meant, _CAP.search(meant).start()):
            # "the greater of (a) $5,000,000 and (b) the Charges paid in the last eighteen
            # months": the first amount is one limb only; the answer states both.
            values.append(ExtractedValue("liability_cap", _cap_phrase(text, folded, True), text))
        elif money and not _share_of_fees(folded, money[0]) and not _FLOOR.search(
                folded[max(0, money[0].start - 40):money[0].start]):
            values.append(_value("liability_cap", money[0]))
        elif money:
            # "100 % des sommes facturées au cours des douze mois, sans pouvoir être inférieure à
            # 300 000 euros": the share is read with what it is a share of, and its floor; so is
            # a floor in money under a cap said in words ("mais au minimum à CHF 1'000'000").
            values.append(ExtractedValue("liability_cap", _cap_phrase(
                text, folded, bool(_FLOOR.search(folded))), text))
        else:
            values.append(ExtractedValue("liability_cap", _cap_phrase(text, folded), text))
    law = governing_law(text)
    if law:
        values.append(ExtractedValue("governing_law", law, text))
    court = jurisdiction(text)
    if court:
        values.append(ExtractedValue("jurisdiction", court, text))
    return values


_FEES_AFTER = re.compile(r"^\)?\s*(\([^)]{0,15}\)\s*)?(de |des |du |d'|of (the )?)[^.;]{0,30}"
                         r"\b(sommes|montants?|redevances?|prix|frais|factur\w*|fees|charges|"
                         r"amounts?|sums)\b")
_FLOOR = re.compile(r"sans (pouvoir )?etre inferieure?s? a|(not|no) less than|minimum of|"
                    r"au minimum|a minimum")


def _share_of_fees(folded: str, first: Quantity) -> bool:
    """Whether a cap's first figure is a percentage of the fees rather than an amount."""
    return first.unit == "%" and bool(_FEES_AFTER.match(folded[first.end:first.end + 60]))


def _thresholds(folded: str, amounts: list[Quantity]) -> list[Quantity]:
    """The amounts of a penalty sentence that bound a band or set a threshold, and in a
    sentence waiving penalties, the amount they must not exceed."""
    exempt = bool(_EXEMPT.search(folded))
    return [q for q in amounts if bound(folded, q, amounts) or (
        exempt and _EXEMPT_LIMIT.search(folded[max(0, q.start - 40):q.start]))]


def _penalties(text: str, amounts: list[Quantity],
               thresholds: list[Quantity]) -> list[Quantity]:
    """The penalty a sentence states: its first amount that is no threshold or band; one per
    row when it introduces a list of them ("- retard de migration : 300 euros par jour ;")."""
    rows = [0] + [m.start() for m in _ROW.finditer(text)] + [len(text)]
    found = []
    for start, end in pairwise(rows):
        row = [q for q in amounts if start <= q.start < end and q not in thresholds]
        if row:
            found.append(row[0])
    return found


def bound(folded: str, quantity: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether a figure only bounds a band or sets a threshold ("99,0 % à 99,9 %", "less than
    95 %", "si leur montant ne dépasse pas 1 000 €"): a row of a credit table or an exemption,
    not the figure committed to or charged."""
    if _THRESHOLD_BEFORE.search(folded[max(0, quantity.start - 40):quantity.start]):
        return True
    return any(_BAND_JOIN.match(folded[min(a.end, b.end):max(a.start, b.start)])
               for a, b in ((quantity, other) for other in quantities if other is not quantity)
               if a.unit == b.unit)


def _value(kind: str, quantity: Quantity) -> ExtractedValue:
    return ExtractedValue(kind, quantity.display, "", quantity=quantity.amount, unit=quantity.unit)


def _anniversary_term(folded: str) -> Quantity | None:
    """The years of a term that ends on an anniversary of its start, if the sentence says so."""
    match = _ANNIVERSARY.search(folded)
    if not match or _NOT_THE_TERM.search(folded):
        return None
    years = int(match["digits"]) if match["digits"] else _ORDINALS.get(match["word"])
    if not years:
        return None
    unit = "ans" if match["fr"] == "anniversaire" else ("year" if years == 1 else "years")
    found = find_quantities(f"{years} {unit}")
    return found[0] if found else None


def _indefinite_term(folded: str) -> str:
    """"durée indéterminée" / "indefinite term" when the sentence gives the contract no end."""
    if _NOT_THE_TERM.search(folded):
        return ""
    for pattern, value in ((_INDEFINITE_FR, "durée indéterminée"),
                           (_INDEFINITE_EN, "indefinite term")):
        match = pattern.search(folded)
        if match and not _DENIED.search(folded[max(0, match.start() - 30):match.start()]):
            return value
    return ""


def _duration_kind(folded: str, quantity: Quantity, capped: bool = False) -> str | None:
    """What a duration is: a cure period when it follows a formal notice, a notice when "notice"
    follows it ("ninety days' notice"), otherwise the specific kind whose trigger stands closest
    before it (or, for deletion and retention, right after it), and only then the term."""
    before = folded[max(0, quantity.start - 90):quantity.start]
    after = folded[quantity.end:quantity.end + 80]
    if _CURE_BEFORE.search(before) or _CURE_AFTER.match(after):
        return "cure_period"
    if _NOTICE_AFTER.match(after):
        return "notice"
    named = _defined_after(after) or _subject_that_lasts(folded, before, quantity.start)
    if named:
        return named
    best, best_at = None, -1
    for kind, trigger in _DURATION_TRIGGERS.items():
        if kind == "term" or (kind == "payment_terms" and capped):
            continue
        for match in trigger.finditer(before):
            if match.end() > best_at and not _names_a_document(before, match, kind):
                best, best_at = kind, match.end()
    if best is None:
        # "For thirty days after termination, the Customer may log in ... and export its data":
        # what the delay is for may come a long clause after it.
        clause = re.split(r"[.;]", folded[quantity.end:quantity.end + 160], maxsplit=1)[0]
        best = next((kind for kind in _TRIGGERS_AFTER
                     if _DURATION_TRIGGERS[kind].search(clause)), None)
    if best is None and _RETURN_VERB.search(before) and _RETURNED.search(
            re.split(r"[.;]", after, maxsplit=1)[0]):
        # « restitue ..., dans un délai de quinze jours à compter de sa demande, l'intégralité
        # des données »: the verb before the delay, what is returned after it.
        best = "data_return_deadline"
    if best is None:
        # "... supprime les données de ses serveurs et de ses sauvegardes dans un délai de
        # trente jours": the verb opens a long clause, further back than the window.
        opening = re.split(r"[.;]", folded[max(0, quantity.start - 200):quantity.start])[-1]
        best = next((kind for kind in _TRIGGERS_AFTER
                     if _DURATION_TRIGGERS[kind].search(opening)), None)
    if best == "response_time" and quantity.unit in ("months", "years"):
        best = None
    if best == "transition_period" and (
            _WINDOW_BEFORE.search(before) or STARTING_TRANSITION.search(folded)
            or _AFTER_START.match(after)
            or (_DEADLINE_BEFORE.search(before) and _OF_A_REQUEST.match(after))):
        best = None
    if best in (None, "renewal") and quantity.unit in _LONG_UNITS and _TOTAL_TERM.search(before):
        return "term"
    if (best is None and _DURATION_TRIGGERS["term"].search(before) and not capped
            and quantity.unit in _LONG_UNITS and not _AFTER_END.match(after)
            and not _starting_phase(before) and not _SURVIVES.search(folded)):
        best = "term"
    return best


def _starting_phase(before: str) -> bool:
    """Whether the duration measures a phase inside the contract ("une phase d'initialisation
    d'une durée de trois mois", "a pilot period of two months") rather than the contract, or a
    phase named after it ("après la phase d'initialisation, la phase de maintenance court ...")."""
    phases = list(_PHASE.finditer(before))
    if not phases:
        return False
    after = before[phases[-1].end():]
    return not _CONTRACT_NOUN.search(after) and not _LATER_PHASE.search(after)


def states_a_phase(folded: str) -> bool:
    """Whether a sentence gives the length of a phase within the contract, not of the contract."""
    return any(_starting_phase(folded[:q.start]) for q in find_quantities(folded)
               if q.unit in _LONG_UNITS)


# "The Termination Assistance Period starts on ... and lasts for up to nine months": the length
# belongs to the sentence's subject, however many other periods are named on the way.
_LASTS = re.compile(r"\b(lasts?|shall last|will last|dure|durera|durent)\s+(for\s+)?(up to\s+|"
                    r"a maximum of\s+|not more than\s+|au plus\s+|au maximum\s+|pendant\s+)?$")


def _subject_that_lasts(folded: str, before: str, at: int) -> str | None:
    lasts = _LASTS.search(before)
    if not lasts:
        return None
    subject = folded[:at - len(before) + lasts.start()][:120]
    found = [(m.start(), kind) for kind in ("transition_period", "renewal", "notice")
             for m in [_DURATION_TRIGGERS[kind].search(subject)] if m]
    return min(found)[1] if found else None


def _defined_after(after: str) -> str | None:
    """The kind a duration's own defined name says ("eighteen months (the 'Termination
    Assistance Period')", "trente-six mois (la « Durée Initiale »)"), if one follows it."""
    match = _DEFINED_AFTER.match(after)
    if not match:
        return None
    name = match["name"]
    return next((kind for kind in ("transition_period", "renewal", "notice", "term")
                 if _DURATION_TRIGGERS[kind].search(name)), None)


def _names_a_document(before: str, match: re.Match[str], kind: str) -> bool:
    """Whether an exit word names a document rather than the period: "deliver a draft exit plan
    within ninety days", "remettre le plan de réversibilité sous deux mois" set a deadline."""
    return kind == "transition_period" and bool(
        _DOCUMENT_AFTER.match(before[match.end():]) or _DOCUMENT_BEFORE.search(
            before[:match.start()]))


def _cap_phrase(text: str, folded: str, limbs: bool = False) -> str:
    match = _CAP_PHRASE.search(folded, _CAP.search(folded).start() if _CAP.search(folded) else 0)
    if not match:
        return "cap stated" if "limit" in folded else "plafond prévu"
    tail = text[match.end():match.end() + 300].lstrip(" :\n-•–*")
    # The limbs of a "greater of" run on past the colon and semicolons of their list.
    # "prévue au ch. 8.1", "art. 5": a dot before a clause number ends no phrase.
    phrase = re.split(r"\.(?!\d)(?! \d)|\n\n" if limbs else r"\.(?!\d)(?! \d)|[;:]|\n",
                      tail)[0].strip().rstrip(",")
    if limbs:
        phrase = re.sub(r"^(plus|moins)\b", r"le \1", phrase)  # "limitée au" + "plus élevé"
    else:
        phrase = re.sub(r"^(à|a|au|aux|to)\s+", "", phrase)
    phrase = " ".join(phrase.split())
    longest = 220 if limbs else 120
    if len(phrase) > longest:
        # Cut at a comma, else at a word, rather than inside a word.
        cut = phrase.rfind(",", 60, longest)
        phrase = phrase[:cut] if cut > 0 else phrase[:phrase.rfind(" ", 0, longest)] + "…"
    return phrase
