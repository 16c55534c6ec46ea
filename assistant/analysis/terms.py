"""Terms a portfolio register asks for beyond the headline values: whether subcontracting is
allowed, the cap on penalties, and the formats the data are returned in."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.models import Chunk

from .joined import JoinedText
from .numbers import CURRENCIES, find_quantities
from .signals import fold

_SUBCONTRACTING = re.compile(r"sous-trait(?:er|ance|e|es|ees?)\b|sous-traitants?\b|"
                             r"sub-?contract\w*")
# The processor of GDPR is a "sous-traitant" too: those sentences are about personal data.
_PROCESSOR = re.compile(r"article 28|\brgpd\b|\bgdpr\b|ulterieur|caractere personnel|"
                        r"personal data|au sens d|sub-?processor")
_CONSENT = re.compile(r"(?:accord|agrement|autorisation|consentement|approbation|approval|"
                      r"consent|authori[sz]ation)\b[^.;]{0,40}?\b(?:ecrit|prealable|express|"
                      r"prior|written|du client|of the (?:customer|client))|"
                      r"(?:prior|written|prealable|ecrite?)\s+(?:written\s+)?"
                      r"(?:accord|agrement|autorisation|consent|approval)|soumise? a l'agrement")
_NOTICE = re.compile(r"inform\w*|notif\w*|notice|aviser|prevenir")
_FORBIDDEN = re.compile(r"(?:ne peut|ne pourra|n'est pas autorise|s'interdit|est interdite?|"
                        r"shall not|may not|must not|is not (?:permitted|allowed)|"
                        r"is prohibited|aucune sous-traitance|no subcontract)")
_ALLOWED = re.compile(r"\b(?:peut|pourra|est autorise|may|is (?:permitted|entitled|free) to|"
                      r"librement|freely)\b")

_PENALTY = re.compile(r"penalit|penalt|service credits?|credits? de service|liquidated damages")
_CAP = re.compile(r"plafonn\w*|\bcap(?:ped)?\b|limited to|limitee?s? a|n'exceder\w*|"
                  r"ne (?:peut|pourra|saurait|peuvent|pourront) (?:pas )?exceder|"
                  r"(?:shall|may|will|must) not (?:in aggregate )?exceed|\bmaximum\b")

_FORMAT_NAMES = re.compile(r"\b(csv|xml|json|sql|xlsx|xls|ods|odt|odf|parquet|pdf|txt)\b")
_FORMAT_PHRASE = re.compile(
    r"formats? (?:ouverts?|standards?|structures?(?: et couramment utilises?)?|"
    r"exploitables?|electroniques?|interoperables?|convenus?|natifs?)|"
    r"(?:open|standard|structured|machine-readable|agreed|usable|electronic|"
    r"industry[- ]standard|commonly used)(?: data)? formats?")
_RETURN = re.compile(r"restitu\w*|renvoi|\breturn\w*|remet\w*|remise|hand(?:s|ed)? over|"
                     r"export\w*|transf[eé]r\w*|deliver\w*|livr\w*")
_DATA = re.compile(r"donnees|data|fichiers|bases?|records")
# "Le renvoi s'effectue dans un format structuré" in an article on the fate of the data.
_EXIT_SECTION = re.compile(r"donnees|data|restitution|return|reversib|exit|sortie|fin du")


@dataclass(frozen=True)
class Term:
    """A term the contract states, with the sentence it was read from."""

    value: str
    text: str
    page: int
    section: str


def subcontracting(chunks: Iterable[Chunk]) -> Term | None:
    """Whether the provider may subcontract: "with prior consent", "after informing the
    client", "not allowed" or "allowed"; None when the contract does not say."""
    for text, folded, chunk in _sentences(chunks):
        if not _SUBCONTRACTING.search(folded) or _PROCESSOR.search(folded):
            continue
        value = _permission(folded)
        if value:
            return Term(value, text, chunk.page, chunk.section)
    return None


def _permission(folded: str) -> str:
    if _CONSENT.search(folded):
        return "with prior consent"
    if _FORBIDDEN.search(folded):
        return "not allowed"
    if _ALLOWED.search(folded):
        return "after informing the client" if _NOTICE.search(folded) else "allowed"
    return ""


def penalty_cap(chunks: Iterable[Chunk]) -> Term | None:
    """The ceiling on penalties or service credits ("15 %", "12%"), when the contract sets one."""
    for raw, folded, chunk in _sentences(chunks, keep_lines=True):
        if not _PENALTY.search(folded):
            continue
        text = raw
        cap = _CAP.search(folded)
        if not cap:
            continue
        after = [q for q in find_quantities(text)
                 if q.start >= cap.start() and (q.unit == "%" or q.unit in CURRENCIES)]
        if after:
            return Term(after[0].display, _from_line(raw, cap.start()), chunk.page,
                        chunk.section)
    return None


def data_return_format(chunks: Iterable[Chunk]) -> Term | None:
    """The formats the data are handed back in: "CSV, JSON, SQL", or the phrase the contract
    uses when it names none ("format structuré et couramment utilisé")."""
    for text, folded, chunk in _sentences(chunks):
        about_data = _DATA.search(folded) or _EXIT_SECTION.search(fold(chunk.section))
        if not (_RETURN.search(folded) and about_data and "format" in folded):
            continue
        names = list(dict.fromkeys(m.upper() for m in _FORMAT_NAMES.findall(folded)))
        if names:
            return Term(", ".join(names), text, chunk.page, chunk.section)
        phrase = _FORMAT_PHRASE.search(folded)
        if phrase:
            return Term(text[phrase.start():phrase.end()], text, chunk.page, chunk.section)
    return None


def _sentences(chunks: Iterable[Chunk],
               keep_lines: bool = False) -> Iterable[tuple[str, str, Chunk]]:
    joined = JoinedText(chunks)
    for sentence in joined.sentences():
        text = joined.text[sentence.start:sentence.end]
        if not keep_lines:
            text = " ".join(text.split())
        yield text, fold(text), joined.chunk_at(sentence.start)


def _from_line(text: str, at: int) -> str:
    """The quote of a long "sentence" that is really a table followed by a sentence: from the
    line where the sentence holding `at` starts."""
    if len(text) > 300:
        starts = [m.end() for m in re.finditer(r"\n(?=[A-ZÀ-Ý])", text[:at])]
        text = text[starts[-1]:] if starts else text
    return " ".join(text.split())
