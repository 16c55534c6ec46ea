"""The law and the court a sentence chooses: "New York", "France", "Tribunal de Lyon"."""
from __future__ import annotations

import re

from .signals import fold

_PLACE = r"(?P<name>[A-Z][\w'-]+(?:(?:\s+|\s+and\s+|\s+of\s+)[A-Z][\w'-]+)*)"
_JURISDICTION_OF = (r"(?:the\s+)?(?:(?:state|commonwealth|province|republic|kingdom|"
                    r"people's republic)\s+of\s+)?")
_LAW_EN = re.compile(
    r"(?i:(?:governed|construed|interpreted|enforced)[^.;]{0,80}?\blaws?(?:[^.;]{0,60}?\s)?"
    r"\s*(?:of|in)\s+" + _JURISDICTION_OF + ")" + _PLACE)
# "The laws of the State of California shall govern ...", law first and verb after.
_LAW_FIRST = re.compile(r"(?i:\blaws?\s+of\s+" + _JURISDICTION_OF + ")" + _PLACE
                        + r"(?=[^.;]{0,120}\bgovern)")
# "... in accordance with the laws of that State ... in the State of New Jersey".
_LAW_OF_THAT_STATE = re.compile(r"(?i:laws of that state[^.;]{0,120}?\bstate\s+of\s+)" + _PLACE)
_LAW_BEFORE = re.compile(
    r"(?i:(?:governed|construed|interpreted|enforced)[^.;]{0,60}?\b(?:by|with|under)\s+(?:the\s+)?"
    r"(?:(?:internal|substantive)\s+)?)(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?i:\s+laws?)\b")
_LAW_ADJECTIVES = {
    "english": "England", "french": "France", "swiss": "Switzerland", "dutch": "the Netherlands",
    "german": "Germany", "irish": "Ireland", "scots": "Scotland", "scottish": "Scotland",
    "belgian": "Belgium", "luxembourg": "Luxembourg", "spanish": "Spain", "italian": "Italy",
    "francais": "France", "francaise": "France", "francaises": "France", "belge": "Belgique",
    "belges": "Belgique", "suisse": "Suisse", "luxembourgeois": "Luxembourg",
    "luxembourgeoise": "Luxembourg", "anglais": "Angleterre", "anglaise": "Angleterre",
    "allemand": "Allemagne", "allemande": "Allemagne", "espagnol": "Espagne",
    "espagnole": "Espagne", "italien": "Italie", "italienne": "Italie",
}
_FR_ADJECTIVE = (r"(?P<{}>francaise?s?|belges?|suisses?|luxembourgeoise?|anglaise?|allemande?|"
                 r"espagnole?|italienn?e?)")
_LAW_FR = re.compile(
    r"(soumise?s?|regie?s?|gouverne(e|s|es)?|releve(nt)?)\s+(au|a la|aux|par le|par la|par les|"
    r"selon le|de la|du)\s+(droit|loi|lois|legislation)\s+(?P<adj>\w+)|"
    r"(droit|loi)\s+applicable[^.;]{0,40}?\b(droit|loi)\s+(?P<adj2>\w+)|"
    # "La loi française est seule applicable", "le droit belge s'applique"
    r"\b(droit|loi|lois|legislation)\s+" + _FR_ADJECTIVE.format("adj4")
    + r"\s+(est|sera|sont|seront|demeure)?\s*(seule?s?\s+)?(applicables?|s'appliqu\w+|regi\w+)|"
    r"\bdroit\s+(?P<adj3>francais|belge|suisse|luxembourgeois)\b")
# "interprété conformément aux lois du Royaume du Maroc", "soumis au droit de l'État de Genève":
# the law named by its country, read on folded text and taken from the original's capitals.
_LAW_FR_OF = re.compile(
    r"(soumise?s?|regie?s?|gouvernee?s?|interpretee?s?|executee?s?|conformement|selon|"
    r"applicables?)[^.;]{0,60}?\b(droit|lois?|legislation)\s+(en vigueur\s+)?"
    r"(de la |du |des |de l'|d'|de )((royaume|republique|etat|principaute|grand-duche|"
    r"confederation|canton|province)\s+(de la |du |des |de l'|d'|de ))?")
_COUNTRY = re.compile(r"[A-ZÀ-Ý][\w-]+(?:(?:\s+(?:de|du|des|et)\s+|\s+d['’]|\s+)[A-ZÀ-Ý][\w-]+)*")
_NOT_COUNTRIES = {"Client", "Prestataire", "Titulaire", "Partie", "Parties", "Contrat",
                  "Fournisseur", "Acheteur", "Utilisateur"}
_LAW_ADJECTIVE_EN = re.compile(r"(?i:\b(?P<adj>english|french|swiss|dutch|german|irish|scots|"
                               r"scottish|belgian|luxembourg|spanish|italian)\s+law\b)")
# A French court: its words are case-insensitive; the town is one word in any case ("de lyon"
# happens), continued only by capitalised words ("Aix en Provence").
_TOWN = (r"(?P<place>[\w'-]{3,}(?:[- ](?:sur|sous|en|les|le|la|de|du|aux|d')?[- ]?"
         r"[A-ZÀ-Ý][\w'-]+)*)")
# Words that follow "tribunal de" without being a town.
_NOT_TOWNS = {"commerce", "droit", "grande", "premiere", "instance", "son", "sa", "ses", "leur",
              "leurs", "la", "le", "les", "situation", "ressort", "domicile", "siege", "lieu",
              "maniere", "facon", "chaque", "toute", "tout", "fond", "referes", "refere",
              "proximite", "police", "conflits"}
# Belgian and Québec courts too: « tribunaux de l'entreprise du Brabant wallon », « tribunaux du
# district judiciaire de Montréal », « Cour supérieure du district de Québec ».
_COURT_FR = re.compile(r"(?i:\b(tribunal|tribunaux|cour d'appel|cour superieure|cour supérieure|"
                       r"juridictions?)\b"
                       r"(\s+(de commerce|judiciaire|administratif|de grande instance|"
                       r"competents?|du ressort de la cour d'appel|de l'entreprise|"
                       r"du district( judiciaire)?|de premi[eè]re instance))?\s+(de|d'|du)\s*)"
                       + _TOWN)
_COURTS_OF_FRANCE = re.compile(r"\b(tribunaux|juridictions|cours)\s+(francais|francaises)\b")
_COURT_EN = re.compile(r"(?i:\bcourts?\b[^.;]{0,40}?\b(?:of|in|located in|sitting in|for)\s+"
                       r"(?:the\s+)?"
                       r"(?:(?:state|county|city|district|borough|commonwealth)\s+of\s+)?)"
                       r"(?P<place>[A-Z][\w'-]+(?:(?:,\s+|\s+)[A-Z][\w'-]+)*)")
# A seat of jurisdiction named as a town (civil-law drafting in English): "The exclusive place of
# jurisdiction for all disputes ... is Frankfurt am Main".
_SEAT_EN = re.compile(r"(?i:\b(?:place|seat|venue) of jurisdiction\b[^.;]{0,100}?\b(?:is|shall be|"
                      r"will be)\s+(?:the\s+)?(?:courts?\s+(?:of|in)\s+)?)"
                      r"(?P<place>[A-Z][\w'-]+(?:\s+(?:am|an der|an|upon|on|sur)\s+[A-Z][\w'-]+)?)")
# Swiss drafting names the court by its seat, the « for »: "Le for exclusif est à Lausanne",
# "for juridique : Genève", "for compétent à Sion".
_FOR_FR = re.compile(r"(?:\b[Ll]e for\b(?: (?:juridique|judiciaire|exclusif|compétent|competent))*"
                     r"(?: (?:de|pour) [^.;]{0,60}?)? (?:est|sera)(?: (?:fixé|fixe|établi|etabli))?"
                     r" (?:à|a|au siège)\s+|\b[Ff]or (?:juridique|judiciaire|exclusif|compétent|"
                     r"competent)(?: exclusif)?\s*(?:à|:)\s*)"
                     r"(?P<place>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)")
# Disputes settled by arbitration name a seat, not a court: "The arbitration shall be held in
# Durban", "seated in London", « le siège de l'arbitrage est fixé à Genève ».
_ARBITRATION_SEAT = re.compile(
    r"(?i:\barbitration\b[^.;]{0,40}?\b(?:held|seated|conducted|take place)\s+in\s+|"
    r"\b(?:seat|place|venue) of (?:the )?arbitration\b[^.;]{0,20}?\b(?:is|shall be|will be)\s+|"
    r"\bsi[eè]ge de l['’]arbitrage\b[^.;]{0,30}?(?:\bà|\ba|\ben)\s+|"
    r"\barbitrage\b[^.;]{0,60}?\b(?:se tiendra|aura lieu|si[eé]gera)\s+(?:à|a|en)\s+)"
    r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_NOT_PLACES = {"The", "This", "Agreement", "Section", "Article", "Any", "Such", "Competent",
               "Law", "United", "Federal", "Commerce", "Cour", "Tribunal"}


def governing_law(text: str) -> str:
    """The law a sentence chooses: "New York", "England and Wales", "France", or ""."""
    match = (_LAW_OF_THAT_STATE.search(text) or _LAW_EN.search(text) or _LAW_FIRST.search(text)
             or _LAW_BEFORE.search(text))
    if match:
        name = re.sub(r"\s+", " ", match["name"]).strip()
        name = re.sub(r"\s+(and|of)$", "", name)
        if name.isupper():
            name = name.title().replace(" And ", " and ").replace(" Of ", " of ")
        return _LAW_ADJECTIVES.get(name.lower(), name)
    folded = fold(text)
    french = _LAW_FR.search(folded)
    adjective = french and (french["adj"] or french["adj2"] or french["adj3"] or french["adj4"])
    if adjective in _LAW_ADJECTIVES:
        return _LAW_ADJECTIVES[adjective]
    named = _LAW_FR_OF.search(folded)
    country = _COUNTRY.match(text, named.end()) if named else None
    if country and country.group(0).split()[0] not in _NOT_COUNTRIES:
        return country.group(0)
    english = _LAW_ADJECTIVE_EN.search(text)
    if english and re.search(r"governed|construed|interpreted|applicable|subject to", folded):
        return _LAW_ADJECTIVES[english["adj"].lower()]
    return ""


def jurisdiction(text: str) -> str:
    """The court a sentence gives jurisdiction to, as written ("Tribunal de commerce de Paris")."""
    folded = fold(text)
    if not re.search(r"jurisdiction|competen|venue|tribunal|tribunaux|juridiction|arbitra|"
                     r"\ble for\b|\bfor (juridique|judiciaire|exclusif)|courts?\b[^.]{0,60}"
                     r"(exclusive|submit|resolved|brought|settled)", folded):
        return ""
    match = next((m for m in _COURT_FR.finditer(text) if _a_town(m["place"])), None)
    if match:
        court = re.sub(r"\s+", " ", match.group(0)).strip()
        place = match["place"]
        if place.isupper() and " " in place:
            # A sentence in capitals runs on: "TRIBUNAL DE PARIS EXCLUSIVEMENT COMPÉTENT".
            court = court[:len(court) - len(place)] + place.split(" ", 1)[0]
        return court
    courts_of_france = _COURTS_OF_FRANCE.search(folded)
    if courts_of_france:
        return text[courts_of_france.start():courts_of_france.end()]
    seat = _SEAT_EN.search(text) or _FOR_FR.search(text)
    if seat:
        return seat["place"]
    arbitration = _ARBITRATION_SEAT.search(text)
    if arbitration:
        return f"arbitration, {arbitration['place']}" if re.search(r"arbitration", folded) \
            else f"arbitrage, {arbitration['place']}"
    match = _COURT_EN.search(text)
    if match:
        place = re.sub(r"\s+", " ", match["place"])
        while place.split(" ", 1)[0].strip(",") in _NOT_PLACES and " " in place:
            place = place.split(" ", 1)[1]
        if place.split(" ", 1)[0] not in _NOT_PLACES:
            return place
    return ""


def _a_town(place: str) -> bool:
    first = fold(re.split(r"[ -]", place, maxsplit=1)[0])
    return (place not in _NOT_PLACES and first not in _NOT_TOWNS and not first.isdigit()
            and not re.match(r"(l|d|qu)'", first))


def law_of_court(court: str) -> str:
    """The law a court named in French implies ("France"), or "" for a court named otherwise:
    a contract that only names a French court leaves French law to apply."""
    folded = fold(court)
    if re.search(r"de l'entreprise", folded):
        return "Belgique"
    if re.search(r"district|cour superieure", folded):
        return ""
    if re.match(r"(tribunal|tribunaux|cour d'appel|juridictions?|cours)\b", folded):
        return "France"
    return ""
