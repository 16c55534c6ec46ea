"""Tells contract content from a document's apparatus: contents, document control, glossary.

A passage's kind says whether it may be quoted as what the contract provides. The text of every
kind stays indexed (a user may still search a table of contents); only "body" passages are
evidence for the checklist and answers (`Chunk.quotable`).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

BODY = "body"
TOC = "toc"  # a table of contents: headings with page numbers
DOCUMENT_CONTROL = "document_control"  # versions, approvals, diffusion, validity of the document
DEFINITIONS = "definitions"  # a glossary: what words mean, not what the parties undertake
KINDS = (BODY, TOC, DOCUMENT_CONTROL, DEFINITIONS)


@dataclass(frozen=True)
class Region:
    """Lines `first`..`last` (inclusive) of a document's text that are apparatus of one kind."""

    first: int
    last: int
    kind: str


# -- tables of contents ------------------------------------------------------------------------

_TOC_TITLE = re.compile(r"^\W*(table des mati[eè]res|sommaire|table of contents|contents|"
                        r"index)\W*$", re.IGNORECASE)
# "12.3 Pénalités ........ 18", "Article 4 – Prix …… 7": a title, a dotted leader, a page.
_PAGE_AT_END = re.compile(r"\d{1,4}\s*$")
_LEADER_AT_END = re.compile(r"(?:\.\s?){4}$|…{2}$")
_LETTER = re.compile(r"[^\W\d_]")
# Right under a TOC title, entries may have no leader: "3.1 Durée du contrat 12".
_BARE_ENTRY = re.compile(r"^(?:(?:article|section|chapitre|chapter|annexe|annex|partie|part|"
                         r"titre|clause)\s+)?[\dIVXivx]{1,4}(?:\.\d{1,2})*\.?\s*[-–:]?\s+"
                         r"[^\W\d_].{1,110}?\s\d{1,4}$", re.IGNORECASE)
_MONEY = re.compile(r"€|\beur\b|\$|£|%|\bht\b|\bttc\b", re.IGNORECASE)
_MIN_TOC_ENTRIES = 3
_MAX_GAP = 2  # non-blank lines (a wrapped title, a stray header) allowed between two entries


def toc_regions(lines: list[str]) -> list[Region]:
    """Tables of contents: runs of at least three entries whose page numbers never go back."""
    regions: list[Region] = []
    i = 0
    while i < len(lines):
        title = bool(_TOC_TITLE.match(lines[i].strip()))
        entries = _entries_from(lines, i + 1 if title else i, bare=title)
        if title and not entries:
            entries = _entries_from(lines, i + 1, bare=False)
        if len(entries) >= _MIN_TOC_ENTRIES and (title or _plausible_pages(lines, entries)):
            regions.append(Region(i, entries[-1], TOC))
            i = entries[-1] + 1
            continue
        i += 1
    return regions


def _entries_from(lines: list[str], start: int, bare: bool) -> list[int]:
    entries: list[int] = []
    gap = 0
    for j in range(start, len(lines)):
        line = lines[j].strip()
        if not line:
            continue
        if _is_entry(line, bare):
            entries.append(j)
            gap = 0
            continue
        if not entries:
            return []  # a table of contents starts with an entry (or right after its title)
        gap += 1
        if gap > _MAX_GAP:
            break
    return entries


def _is_entry(line: str, bare: bool) -> bool:
    if len(line) > 240 or not (_has_leader(line) or (bare and _BARE_ENTRY.match(line))):
        return False
    return not _MONEY.search(line)


def _has_leader(line: str) -> bool:
    # Read from the end, without a regular expression scanning the dots: leaders are long.
    page = _PAGE_AT_END.search(line[-8:])
    if page is None:
        return False
    before = line[:len(line) - 8 + page.start() if len(line) > 8 else page.start()].rstrip()
    return bool(_LEADER_AT_END.search(before[-8:])) and bool(_LETTER.search(before))


def _plausible_pages(lines: list[str], entries: list[int]) -> bool:
    # A price list with dotted leaders ("Mise en service ..... 1200") has no order; page numbers
    # of a table of contents only go up.
    numbers = [int(re.search(r"(\d{1,4})\s*$", lines[j]).group(1)) for j in entries]
    return all(a <= b for a, b in itertools.pairwise(numbers))


def is_toc_entry(line: str) -> bool:
    """A line of a table of contents with a dotted leader: never a heading of the contract."""
    line = line.strip()
    return bool(line) and _is_entry(line, bare=False)


# -- document control ------------------------------------------------------------------------

# Families of what a document-control block (cartouche) says about the document itself.
_CONTROL_CUES = {
    "roles": r"r[ée]dig[ée]e?s? par|r[ée]dacteur|r[ée]daction|v[ée]rifi[ée]e?s? par|"
             r"valid[ée]e?s? par|approuv[ée]e?s? par|auteurs?|prepared by|written by|"
             r"reviewed by|checked by|approved by|authors?",
    "versions": r"historique des (?:versions|modifications|r[ée]visions|[ée]volutions)|"
                r"suivi des (?:versions|modifications|r[ée]visions)|gestion des versions|"
                r"version history|revision history|document history|change (?:log|history)|"
                r"version\s*(?:n°\s*)?:?\s*v?\d+(?:[.,]\d+)*|v\d+[.,]\d+|"
                r"indice(?: de r[ée]vision)?\s*:?\s*[a-z0-9]\b|r[ée]vision\s*:?\s*\d",
    "classification": r"diffusion\s*:?\s*(?:restreinte|limit[ée]e|interne|publique|"
                      r"contr[ôo]l[ée]e|large)|classification|niveau de (?:confidentialit[ée]|"
                      r"sensibilit[ée])|liste de diffusion|distribution list|"
                      r"(?:usage|use) (?:interne|internal|only)|internal use|"
                      r"c[0-4]\s*[-–]\s*(?:public|interne|internal|restreint|restricted|secret)",
    "validity": r"validit[ée] du document|p[ée]riode de validit[ée]|dur[ée]e de validit[ée]|"
                r"valable (?:du|jusqu)|date d'(?:application|effet du document|[ée]mission)|"
                r"date de (?:cr[ée]ation|mise [àa] jour|r[ée]vision|validation|publication|"
                r"diffusion|derni[èe]re (?:mise [àa] jour|modification))|"
                r"prochaine r[ée]vision|document valid|validity period|valid (?:until|from)|"
                r"review date|next review|last (?:updated|revised)|issue date|date of issue",
    "reference": r"r[ée]f[ée]rence du document|r[ée]f\.? (?:du )?document|"
                 r"document (?:reference|ref|id)|nom du fichier|file name|"
                 r"statut\s*:?\s*(?:projet|valid[ée]|brouillon|final|d[ée]finitif)|"
                 r"status\s*:?\s*(?:draft|final|approved|issued)",
}
_CONTROL = {name: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)
            for name, pattern in _CONTROL_CUES.items()}
_CONTROL_TITLE = re.compile(
    r"^\W*(historique des (versions|modifications|r[ée]visions|[ée]volutions)|suivi des "
    r"(versions|modifications|r[ée]visions)|gestion (du document|documentaire|des versions)|"
    r"(fiche|cartouche|bordereau) de (validation|suivi|diffusion|contr[ôo]le)|contr[ôo]le du "
    r"document|validation du document|liste de diffusion|document (control|history|"
    r"information)|version history|revision history|change history|approvals?)\W*$",
    re.IGNORECASE)
# A row of a version table or approval grid: a date or a version number on a short line.
_CONTROL_ROW = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
                          r"\b\d{1,2} (?:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|"
                          r"nov|d[ée]c|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)\w*\.? \d{4}\b|"
                          r"^v?\d{1,2}[.,]\d{1,2}\b", re.IGNORECASE)
_CLAUSE_HEADING = re.compile(r"^(article|art\.|section|clause|chapitre|titre|chapter)\s+\S",
                             re.IGNORECASE)
_MAX_LABEL_LINE = 110
_CONTROL_GAP = 3  # short lines (names, dates, cells) allowed between two cue lines


def document_control_regions(lines: list[str], searched: int) -> list[Region]:
    """Document-control blocks among the first `searched` lines: versions, authors and
    approvers, diffusion and classification, validity of the document. A block needs two
    different families of cues (or its own title and a row), so a contract sentence naming a
    version or an approval is left alone."""
    cues = {i: _control_families(lines[i]) for i in range(min(searched, len(lines)))}
    regions: list[Region] = []
    i = 0
    while i < min(searched, len(lines)):
        if not cues[i] and not _CONTROL_TITLE.match(lines[i].strip()):
            i += 1
            continue
        first, last, families, gap = i, i, set(cues[i]), 0
        titled = bool(_CONTROL_TITLE.match(lines[i].strip()))
        j = i + 1
        while j < len(lines) and gap <= _CONTROL_GAP:
            line = lines[j].strip()
            if not line:
                j += 1
                continue
            if not _label_like(line):
                break
            found = cues.get(j) if j in cues else _control_families(line)
            if found or _CONTROL_TITLE.match(line):
                families |= found
                last, gap = j, 0
            elif _CONTROL_ROW.search(line):
                last, gap = j, 0
            else:
                gap += 1
            j += 1
        if len(families) >= 2 or (titled and last > first):
            regions.append(Region(first, last, DOCUMENT_CONTROL))
            i = last + 1
        else:
            i += 1
    return regions


def _control_families(line: str) -> set[str]:
    line = line.strip()
    if not _label_like(line):
        return set()
    return {name for name, pattern in _CONTROL.items() if pattern.search(line)}


def _label_like(line: str) -> bool:
    """A cell or label line, not a sentence of the contract nor one of its clause headings."""
    if not line or len(line) > _MAX_LABEL_LINE or _CLAUSE_HEADING.match(line):
        return False
    return not (line.endswith(".") and len(line.split()) >= 8)


# -- definitions -----------------------------------------------------------------------------

_DEFINITIONS_TITLE = re.compile(
    r"^\W*(d[ée]finitions?|glossaire|lexique|terminologie|abr[ée]viations|acronymes|"
    r"interpr[ée]tation|definitions?|glossary|defined terms|interpretation|abbreviations)\b",
    re.IGNORECASE)
_DEFINITION_VERB = re.compile(r"d[ée]sign|signifi|entend|means|shall mean|refers to")
# '« Données » désigne ...', 'Client : désigne ...', '"Services" means ...'
_DEFINITION_ENTRY = re.compile(
    r"^\W{0,3}[^\W\d_][^.;:]{0,70}?[»\"”']?\s*[:–-]?\s*(d[ée]signe(nt)?|signifie(nt)?|"
    r"s'entend(ent)?|s’entend(ent)?|means|shall mean|refers to)\b", re.IGNORECASE)


def is_definitions_title(title: str) -> bool:
    """A heading of a glossary ("Article 1 – Définitions", "Terminologie", "Definitions")."""
    return bool(_DEFINITIONS_TITLE.match(title))


def looks_like_definitions(text: str) -> bool:
    """A passage that is mostly glossary entries, whatever its heading says."""
    if not _DEFINITION_VERB.search(text):
        return False
    lines = [ln for ln in text.split("\n") if ln.strip()]
    entries = sum(1 for ln in lines
                  if _DEFINITION_VERB.search(ln) and _DEFINITION_ENTRY.match(ln.strip()))
    return entries >= 3 and entries * 2 >= len(lines)
