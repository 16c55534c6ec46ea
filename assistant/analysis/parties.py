"""Who a contract binds: the client and the provider as named on its first pages, its own
reference number, and which party a notice period applies to."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from assistant.models import Chunk

from .joined import JoinedText
from .signals import fold

Role = Literal["client", "provider"]

_HEAD_CHARS = 9000  # the parties' block sits on the first pages, before the first articles
_CLIENT = (r"client|customer|acheteur|pouvoir adjudicateur|beneficiaire|mandant|"
           r"responsable (?:du |de )?traitement|controller")
_PROVIDER = (r"prestataire|titulaire|fournisseur|infogerant|supplier|service provider|provider|"
             r"contractor|vendor|sous-traitant|processor")
_ROLE = rf"(?P<role>{_CLIENT}|{_PROVIDER})"
# Folded text: typographic quotes are '"', accents are gone, offsets still index the original.
_MARKERS = (
    # ci-après dénommée le « Client » / ci-après « le Prestataire »
    re.compile(r"ci-apres\s+(?:(?:denomme|designe|appele|nomme)e?s?\s+)?,?\s*\"?\s*"
               r"(?:(?:le|la|les)\s+|l')?\"?\s*" + _ROLE + r"\b\s*\"?"),
    # (le « Client ») / (the "Customer") / ("Supplier")
    re.compile(r"\(\s*(?:(?:le|la|l'|the)\s*)?\"\s*(?:(?:le|la)\s+|l')?" + _ROLE
               + r"\s*\"\s*\)"),
    # hereinafter referred to as the "Customer"
    re.compile(r"hereinafter\s+(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?\"?\s*" + _ROLE
               + r"\b\s*\"?"),
)
_ANCHOR = re.compile(r"entre les soussignes|\bentre\b|\bbetween\b|\(1\)|\bparties\b\s*:?\s*\n")
_LEAD = re.compile(r"\(\d\)|(?:[\s,;:.\"')]|\((?!\d\)))+|d'une part|d'autre part|et\b\s*:?|and\b|"
                   r"entre les soussignes\s*:?|entre\b\s*:?|between\b\s*:?|"
                   r"ci-apres[^,]{0,60}?ensemble[^,]{0,80}|(?:la|le|les|the)\s+|l'")
_DESCRIPTION = re.compile(r"societe (?:anonyme|par actions|a responsabilite|cooperative|civile)|"
                          r"\b(?:sas|sasu|sarl|sa)\b|dont le siege|a company|registered office|"
                          r"immatricul")
_NAME_END = re.compile(r",|\(|\s(?:agissant|dont|sis|sise|whose|a company|a corporation|"
                       r"immatricul\w*|represente\w*|registered|incorporated|with its)\b")
_ABBREVIATED = re.compile(r"\b(?:Inc|Ltd|Co|Corp|S\.A|N\.V|B\.V|L\.P|S\.A\.S)\.$")
_REFERENCE = re.compile(
    r"(?:\b(?:contrat|contract|agreement|accord|marche|convention|contrat-cadre)\b[^\n]{0,60}?"
    r"|^\s*)"
    r"(?:\bn°|\bn[o°]\.?|\bnumber|\breference|\bref\.?)\s*:?\s*"
    r"(?P<ref>[a-z0-9][a-z0-9./_-]{2,30}[a-z0-9])", re.MULTILINE)
_BOTH = re.compile(r"chaque partie|chacune des parties|l'une ou l'autre des parties|"
                   r"l'une des parties|les parties|either party|each party|any party|"
                   r"the parties|one party")


@dataclass(frozen=True)
class Party:
    """A party named in the contract, with the passage that names it."""

    role: Role
    name: str
    text: str
    page: int
    section: str


@dataclass(frozen=True)
class Reference:
    """The contract's own reference number as printed on it."""

    value: str
    text: str
    page: int


def find_parties(chunks: Iterable[Chunk]) -> dict[Role, Party]:
    """The client and the provider, each as named where its role is first defined."""
    head = JoinedText(chunks, limit=_HEAD_CHARS)
    folded = fold(head.text)
    markers = sorted((m for pattern in _MARKERS for m in pattern.finditer(folded)),
                     key=lambda m: m.start())
    found: dict[Role, Party] = {}
    previous_end = -1
    for marker in markers:
        start = _segment_start(folded, marker.start(), previous_end)
        previous_end = marker.end()
        if start is None:
            continue
        role: Role = "client" if re.fullmatch(_CLIENT, marker["role"]) else "provider"
        name = _name(head.text[start:marker.start()])
        if name and role not in found:
            chunk = head.chunk_at(marker.start())
            quote = " ".join(head.text[start:marker.end()].split())
            quote = quote[quote.find(name):].strip(" ,;")
            found[role] = Party(role, name, quote, chunk.page, chunk.section)
    return found


def find_reference(chunks: Iterable[Chunk]) -> Reference | None:
    """The reference printed near the top ("Contrat n° 2024-INF-017", "Référence CP-2023-044"),
    in the first passages or in the title lines the chunker kept as their headings."""
    chunks = list(chunks)
    titles = [Chunk(c.doc_id, c.index, "\n".join(c.heading_path), c.page, c.page)
              for c in chunks[:3] if c.heading_path]
    head = JoinedText([*titles, *chunks], limit=1500 + sum(len(t.text) for t in titles))
    folded = fold(head.text)
    for match in _REFERENCE.finditer(folded):
        value = head.text[match.start("ref"):match.end("ref")]
        if any(ch.isdigit() for ch in value):
            line_start = head.text.rfind("\n", 0, match.start("ref")) + 1
            line_end = head.text.find("\n", match.end("ref"))
            line = head.text[line_start:line_end if line_end >= 0 else None].strip()
            return Reference(value, line, head.chunk_at(match.start("ref")).page)
    return None


def notice_party(sentence: str) -> Literal["client", "provider", "both", ""]:
    """Which party must give the notice a sentence states: "both" for either party."""
    folded = fold(sentence)
    if _BOTH.search(folded):
        return "both"
    client = re.search(rf"\b(?:le |la |l'|the )?(?:{_CLIENT})\b", folded)
    provider = re.search(rf"\b(?:le |la |l'|the )?(?:{_PROVIDER})\b", folded)
    if client and provider:
        return "client" if client.start() < provider.start() else "provider"
    if client:
        return "client"
    return "provider" if provider else ""


def _segment_start(folded: str, marker_start: int, previous_end: int) -> int | None:
    """Where the text naming a party begins: after the previous party, or after "Entre"."""
    if previous_end >= 0 and marker_start - previous_end < 1500:
        return previous_end
    window = max(0, marker_start - 1200)
    anchors = list(_ANCHOR.finditer(folded, window, marker_start))
    if anchors:
        return anchors[-1].end()
    # "ENTRE LES SOUSSIGNÉS" may have been read as a heading: the name then opens the line
    # that goes on with the company's description.
    described = _DESCRIPTION.search(folded, window, marker_start)
    return folded.rfind("\n", window, described.start()) + 1 if described else None


def _name(segment: str) -> str:
    text = " ".join(segment.split())
    folded = fold(text)  # same length: the leading words are matched folded, cut from `text`
    cut = 0
    while lead := _LEAD.match(folded, cut):
        if lead.end() == cut:
            break
        cut = lead.end()
    if folded.startswith("societe ", cut) and text[cut] == "s":
        cut += 8  # "la société Axiome" names Axiome; "Société des Eaux" is a name
    end = _NAME_END.search(text, cut)
    name = text[cut:end.start() if end else None].strip(" ;:")
    if name.endswith(".") and not _ABBREVIATED.search(name):
        name = name.rstrip(".")
    if not 2 <= len(name) <= 120 or not (name[0].isupper() or name[0].isdigit()):
        return ""
    if re.fullmatch(rf"(?:{_CLIENT}|{_PROVIDER})", fold(name)):
        return ""
    return name
