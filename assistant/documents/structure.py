"""Finds a contract's own headings (articles, sections, numbered clauses, annexes), FR and EN."""
from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = r"\s*(?:[-–—:.)]\s*)?"
_ROMAN = r"[IVXLC]+"
_KEYWORDS_TOP = (r"chapitre|titre|partie|chapter|part|annexe|annex|schedule|exhibit|appendix|"
                 r"appendice")
_KEYWORDS_CLAUSE = r"article|art\.|section|clause"

_KEYWORD_HEADING = re.compile(
    rf"^(?P<kw>{_KEYWORDS_TOP}|{_KEYWORDS_CLAUSE})\s+(?P<num>\d+(?:\.\d+)*|{_ROMAN}|[A-Z]|premier|1er)"
    # "Partie n'est ..." or "Partie c'est ..." wrapped to a line start is a sentence: a letter
    # followed by an apostrophe is an elided word, not a part number.
    rf"\b(?!['’]){_SEP}(?P<title>.*)$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?:\.|\))?\s+(?P<title>\S.*)$")
_MARKDOWN = re.compile(r"^#{1,6}\s+(?P<title>.+)$")
# "GOVERNING LAW This Agreement shall..." : an upper-case title run, then the clause's sentence.
_CAPS_PREFIX = re.compile(r"^(?P<title>(?:[A-ZÀ-Ý][A-ZÀ-Ý0-9&'’/-]*[ ,]+){1,8}?)"
                          r"(?P<body>[A-ZÀ-Ý][a-zà-ÿ].*)$")
_LETTERS = re.compile(r"[^\W\d_]")
_MAX_TITLE = 90


@dataclass(frozen=True)
class Heading:
    """A heading line: its number as cited ("Article 9", "12.3"), title and depth (1 = top)."""

    number: str
    title: str
    level: int
    inline_body: str = ""  # text after a numbered clause's number when the line is a paragraph

    @property
    def label(self) -> str:
        if self.number and self.title:
            return f"{self.number} – {self.title}"
        return self.number or self.title


def parse_heading(line: str, next_line: str = "") -> Heading | None:
    """Return the heading a line starts, or None for body text."""
    line = line.strip()
    if not line:
        return None
    if len(line) > 400:
        # Too long for a heading, but a long numbered paragraph ("5.2 Nous mettons en œuvre
        # ...") still starts sub-article 5.2.
        match = _NUMBERED.match(line)
        heading = _numbered_heading(match) if match and "." in match["num"].rstrip(".") else None
        return heading if heading is not None and heading.inline_body else None
    match = _KEYWORD_HEADING.match(line)
    if match:
        return _keyword_heading(match, next_line)
    match = _MARKDOWN.match(line)
    if match:
        return Heading("", match["title"].strip(" #"), line.count("#", 0, line.index(" ")))
    match = _NUMBERED.match(line)
    if match:
        return _numbered_heading(match)
    if _is_caps_title(line):
        return Heading("", line.rstrip(" :."), 2)
    return None


def _keyword_heading(match: re.Match[str], next_line: str) -> Heading | None:
    keyword = match["kw"].lower().rstrip(".")
    title = match["title"].strip()
    if len(title) > _MAX_TITLE and keyword in ("section", "clause", "article", "art"):
        # "Section 4 of this Agreement shall..." is a sentence, not a heading.
        return None
    if not title and next_line and _looks_like_title(next_line):
        title = next_line.strip()
    name = "Article" if keyword == "art" else keyword.capitalize()
    level = 1 if re.fullmatch(_KEYWORDS_TOP, keyword) else 2 + match["num"].count(".")
    return Heading(f"{name} {match['num']}", title.rstrip(" :"), level)


def _numbered_heading(match: re.Match[str]) -> Heading | None:
    number, rest = match["num"], match["title"].strip()
    # A bare "12 months" at a line start is body text; "12. Term" is a heading.
    if ("." not in number and not match.group(0)[len(number):].startswith((".", ")"))
            and not _looks_like_title(rest)):
        return None
    level = 2 + number.count(".")
    if _looks_like_title(rest):
        return Heading(number, rest.rstrip(" :."), level)
    caps = _CAPS_PREFIX.match(rest)
    if caps:
        return Heading(number, caps["title"].rstrip(" :."), level, inline_body=caps["body"])
    if rest[:1].isupper() or rest[:1] in "«\"(":
        # A numbered paragraph: the number is its reference, the text stays in the body.
        return Heading(number, "", level, inline_body=rest)
    return None


# A line ending on a word that needs a continuation (article, preposition, conjunction).
_CONTINUES = re.compile(r"(?i)(?:\s|^)(?:du|de|des|la|le|les|d'|l'|à|au|aux|en|et|ou|sur|par|"
                        r"pour|dans|que|qui|un|une|the|of|to|and|or|a|an|in|for|with|by|on|"
                        r"that|its|their)$|[dl][’']$")


_FINITE_VERB = re.compile(r"(?i)\b(est|sont|sera|seront|peut|peuvent|doit|doivent|"
                          r"is|are|shall|will|may|must)\b")


def _looks_like_title(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > _MAX_TITLE or text.endswith((",", ";")):
        return False
    if len(text.split()) > 10 or (text.endswith(".") and len(text.split()) > 6):
        return False
    if text.endswith(".") and _FINITE_VERB.search(text):
        return False  # "19.3 Le for exclusif est à Lausanne." is a short sentence, not a title
    if len(text.split()) > 4 and _CONTINUES.search(text):
        # "3.1 Le Sous-traitant traite les données uniquement sur instruction du" runs on to
        # the next line: a numbered paragraph, not a title.
        return False
    return bool(_LETTERS.search(text)) and (text[0].isupper() or text[0] in "«\"")


def _is_caps_title(line: str) -> bool:
    letters = _LETTERS.findall(line)
    if len(letters) < 4 or len(line) > 70 or line.endswith((",", ";")):
        return False
    return sum(ch.isupper() for ch in letters) / len(letters) > 0.9 and len(line.split()) <= 8
