"""Where a contract says its data are hosted and its services performed: towns and countries."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from assistant.models import Chunk

from .joined import JoinedText
from .signals import fold

Kind = Literal["hosting", "service"]

# Folded names -> ISO 3166-1 alpha-2 code ("EU"/"EEA" for the unions, which a register accepts
# as a region but which are not countries).
_COUNTRIES = {
    "france": "FR", "belgique": "BE", "belgium": "BE", "luxembourg": "LU", "suisse": "CH",
    "switzerland": "CH", "allemagne": "DE", "germany": "DE", "espagne": "ES", "spain": "ES",
    "italie": "IT", "italy": "IT", "pays-bas": "NL", "netherlands": "NL", "irlande": "IE",
    "ireland": "IE", "portugal": "PT", "pologne": "PL", "poland": "PL", "roumanie": "RO",
    "romania": "RO", "autriche": "AT", "austria": "AT", "suede": "SE", "sweden": "SE",
    "danemark": "DK", "denmark": "DK", "finlande": "FI", "finland": "FI",
    "royaume-uni": "GB", "united kingdom": "GB", "england and wales": "GB", "england": "GB",
    "scotland": "GB", "etats-unis": "US", "united states": "US", "canada": "CA", "maroc": "MA",
    "morocco": "MA", "tunisie": "TN", "tunisia": "TN", "inde": "IN", "india": "IN",
    "union europeenne": "EU", "european union": "EU", "espace economique europeen": "EEA",
    "european economic area": "EEA",
    # a French contract's own country, said without its name
    "territoire francais": "FR", "territoire national": "FR",
}
# A governing law may name a country, a part of one or a US state: "England and Wales" -> GB.
_LAW_PLACES = {
    "angleterre": "GB", "ecosse": "GB", "wales": "GB", "northern ireland": "GB",
    "the netherlands": "NL", "hong kong": "HK", "singapore": "SG", "japan": "JP",
    **{state: "US" for state in (
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
        "washington", "west virginia", "wisconsin", "wyoming", "district of columbia")},
}
_COUNTRY = re.compile(r"\b(?:l'|la |le |the )?(?P<name>" + "|".join(
    name.replace(" ", r"\s+") for name in sorted(_COUNTRIES, key=len, reverse=True)) + r")\b")
_HOSTING = re.compile(r"heberg\w*|\bstock\w*|hosted|\bhosting|\bstored?|\bstores|\bstorage|"
                      r"data[- ]cent(?:re|er)s?|centres? de (?:donnees|calcul|secours)|datacent\w*|"
                      r"conservee?s? dans|(?:serveurs|servers|plateforme|platform)[^.;]{0,40}"
                      r"(?:install\w*|situe\w*|located)")
_SERVICE = re.compile(r"(?:prestations|services|support|interventions|maintenance)[^.;]{0,80}?"
                      r"\b(?:execut\w*|realis\w*|performed|provided|delivered|fourni\w*|assure\w*)|"
                      r"\b(?:execute|perform|provide|deliver)s?\b[^.;]{0,40}\b(?:services|prestations)")
# A town: capitalised words after "situé à", "à", "in", "at", "from" (original text).
_TOWN = re.compile(r"(?:\bsitu[ée]e?s?\s+à|\blocated\s+(?:in|at)|\bbased\s+in|\bà|\bin|\bat|"
                   r"\bet|\band|\bfrom|\bdepuis)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
_NOT_TOWNS = {"Annexe", "Annex", "Schedule", "Section", "Article", "Appendix", "Clause", "Client",
              "Customer", "Supplier", "Prestataire", "Provider", "Contrat", "Contract",
              "Agreement", "Services", "Service", "The", "Le", "La", "Les", "Données", "Data",
              "Customer's", "Supplier's", "Sous-traitant", "Partie", "Parties", "Party",
              "Europe", "Union", "Schedules", "Exit", "Périmètre", "Premises", "Part", "Parts",
              "Paragraph", "Exhibit"}
# The parties block: a company's registration and seat say where it is, not where the data live
# ("Nimbus Hosting Ltd, a company incorporated in England and Wales").
PARTY_BLOCK = re.compile(r"\bincorporated\b|registered (office|in|under|number|address)|"
                    r"company (number|no\b|registered)|principal (office|place of business)|"
                    r"organized under|existing under the laws|immatricul\w*|\brcs\b|\bsiren\b|"
                    r"siege (social|est)|dont le siege|au capital (social )?de|"
                    r"represente\w* par|represented by")
_REACH = 120
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[«\"(•-]?\s*[A-ZÀ-Ý•])|\n(?=\s*[•-]\s)")
_SECTION_SENTENCES = 3  # a place is often given over a few sentences of one article


@dataclass(frozen=True)
class Location:
    """Where the data are hosted (or the services run), with the sentences that say so."""

    kind: Kind
    towns: tuple[str, ...]
    countries: tuple[str, ...]  # as written: "France", "United Kingdom"
    codes: tuple[str, ...]  # "FR", "GB", "EU", "EEA"
    text: str
    page: int
    section: str

    @property
    def value(self) -> str:
        towns = ", ".join(self.towns)
        countries = ", ".join(self.countries)
        if towns and countries:
            return f"{towns} ({countries})"
        return towns or countries


def country_code(name: str) -> str:
    """ISO code of a country, a part of one or a US state as a law names it ("" if unknown)."""
    key = " ".join(fold(name).split())
    return _COUNTRIES.get(key) or _LAW_PLACES.get(key) or ""


def find_locations(chunks: Iterable[Chunk]) -> dict[Kind, Location]:
    """The hosting place and the place of service, each from the first article that names one."""
    joined = JoinedText(chunks)
    found: dict[Kind, Location] = {}
    for kind, pattern in (("hosting", _HOSTING), ("service", _SERVICE)):
        location = _first(joined, kind, pattern)
        if location is not None:
            found[kind] = location
    return found


def _first(joined: JoinedText, kind: Kind, pattern: re.Pattern[str]) -> Location | None:
    towns: list[str] = []
    countries: dict[str, str] = {}
    quotes: list[str] = []
    first = None
    for start, end in _sentences(joined.text):
        chunk = joined.chunk_at(start)
        if first is not None and (chunk.section != first.section
                                  or len(quotes) == _SECTION_SENTENCES):
            break
        text = joined.text[start:end]
        folded = fold(text)
        if PARTY_BLOCK.search(folded):
            continue
        named = {name: code for name, code, at in _countries(text, folded)
                 if _said_of(pattern, folded, at)}
        found_towns = _towns_of(pattern, text, folded)
        if not named and not found_towns:
            continue
        first = first or chunk
        towns += [t for t in found_towns if t not in towns]
        countries.update(named)
        quotes.append(" ".join(text.split()))
    if first is None:
        return None
    return Location(kind, tuple(towns), tuple(countries), tuple(dict.fromkeys(countries.values())),
                    " ".join(quotes), first.page, first.section)


def _towns_of(pattern: re.Pattern[str], text: str, folded: str) -> list[str]:
    """Towns said to be places of hosting (or service), and the towns listed right after one
    ("situé à Saint-Denis (93) et depuis son centre de secours situé à Lille")."""
    kept: list[str] = []
    last = -_REACH
    for name, at in _towns(text):
        if fold(name) in _COUNTRIES:
            continue
        if _said_of(pattern, folded, at) or at - last < _REACH:
            kept.append(name)
            last = at
    return kept


def _said_of(pattern: re.Pattern[str], folded: str, at: int) -> bool:
    """Whether a place is the place of hosting (or service): the words saying so stand shortly
    before it ("hébergées ... situés à Rennes"), not in another part of the sentence."""
    return bool(pattern.search(folded[max(0, at - _REACH):at]))


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, cut at a full stop or semicolon followed by a capital or a bullet."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _countries(text: str, folded: str) -> list[tuple[str, str, int]]:
    """(name as written, code, offset) of each country named, in order."""
    return [(" ".join(text[m.start("name"):m.end("name")].split()),
             _COUNTRIES[" ".join(m["name"].split())], m.start()) for m in _COUNTRY.finditer(folded)]


def _towns(text: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for match in _TOWN.finditer(text):
        words = match["name"].split()
        while words and words[0] in _NOT_TOWNS:
            words = words[1:]
        name = " ".join(words)
        # A certification or a network named in capitals ("HDS", "WAN") is no town.
        if name.isupper() and len(name) <= 3:
            continue
        if name and name not in (f for f, _ in found):
            found.append((name, match.start()))
    return found
