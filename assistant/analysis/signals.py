"""Text signals the checklist combines: folding, sentences, cues, negation, definitions, TOCs."""
from __future__ import annotations

import re
import re._constants as _sre_c  # the parse tree of a pattern, to find literals it requires
import re._parser as _sre
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .playbooks import Cues, LanguageCues


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if len(base) == 1 and base != ch:
            table[code] = base
    for ch in "\u2019\u2018\u02bc\u00b4`":
        table[ord(ch)] = "'"
    for ch in "\u201c\u201d\u00ab\u00bb":
        table[ord(ch)] = '"'
    for ch in "\u2010\u2011\u2012\u2013\u2014":
        table[ord(ch)] = "-"
    for ch in "\u00a0\u202f\u2007\t":
        table[ord(ch)] = " "
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length, so match offsets index the original."""
    return text.translate(_FOLD)


# "société à responsabilité limitée au capital de 120 000 €" names a company form in the parties'
# block: its "responsabilité" and "capital" say nothing about liability.
_COMPANY_FORM = re.compile(r"(societe )?a responsabilite limitee|limited liability (company|"
                           r"partnership)|\b(sarl|eurl|llc|llp)\b|capital (social )?de")


def without_company_forms(folded: str) -> str:
    """Folded text with company-form phrases blanked out (same length, offsets still hold)."""
    return _COMPANY_FORM.sub(lambda m: " " * len(m.group(0)), folded)


def compile_cue(pattern: str) -> re.Pattern[str]:
    """A playbook pattern: starts at a word start, a space matches any whitespace run, "oe"
    also matches the ligature."""
    return re.compile(r"(?<!\w)(?:" + _flexible_spaces(pattern) + ")", re.IGNORECASE)


def _flexible_spaces(pattern: str) -> str:
    # Spaces inside a character class ("[^ ]") stay literal; elsewhere they match PDF line breaks.
    # An optional space (" ?", " *") stays optional: any whitespace run, or none.
    # Folding keeps offsets, so "œ" stays one letter: a pattern's "oe" ("mise en oeuvre") also
    # matches it, unless a quantifier applies to the "e" alone.
    out, in_class, escaped = [], False, False
    skip_next = False
    for index, ch in enumerate(pattern):
        if skip_next:
            skip_next = False
            continue
        if (ch == "o" and not escaped and not in_class and pattern[index + 1:index + 2] == "e"
                and pattern[index + 2:index + 3] not in ("?", "*", "+", "{")):
            out.append("(?:oe|\u0153)")
            skip_next = True
            continue
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            optional = pattern[index + 1:index + 2] in ("?", "*")
            out.append(r"\s*" if optional else r"\s+")
            skip_next = optional
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class Cue:
    """A compiled pattern with the literal strings one of which any match must contain.

    Testing `literal in text` first is orders of magnitude faster than running the regular
    expression, and most passages contain none of an item's literals.
    """

    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None

    def search(self, folded: str) -> re.Match[str] | None:
        if self.literals is not None and not any(lit in folded for lit in self.literals):
            return None
        return self.pattern.search(folded)


def make_cue(pattern: str) -> Cue:
    compiled = compile_cue(pattern)
    factors = _required_factors(_sre.parse(compiled.pattern, compiled.flags))
    literals = tuple(sorted(f.lower() for f in factors)) if factors else None
    return Cue(compiled, literals)


def _required_factors(sequence) -> set[str] | None:
    """Strings of which every match contains at least one, or None when none can be told."""
    options: list[set[str]] = []
    run = ""
    for op, arg in sequence:
        if op is _sre_c.LITERAL:
            run += chr(arg)
            continue
        if run:
            options.append({run})
            run = ""
        found: set[str] | None = None
        if op is _sre_c.SUBPATTERN:
            found = _required_factors(arg[3])
        elif op is _sre_c.BRANCH:
            branches = [_required_factors(b) for b in arg[1]]
            found = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and arg[0] >= 1:
            found = _required_factors(arg[2])
        if found:
            options.append(found)
    if run:
        options.append({run})
    options = [o for o in options if all(o)]
    if not options:
        return None
    return max(options, key=lambda o: min(len(x) for x in o))


def keyword_pattern(keyword: str) -> str:
    """A plain phrase as a pattern: whole words, any whitespace between them."""
    return r"\b" + " ".join(re.escape(w) for w in fold(keyword).split()) + r"\b"


# -- sentences ------------------------------------------------------------------------------

_ABBREVIATIONS = {
    "inc", "ltd", "co", "corp", "no", "nos", "sec", "secs", "art", "arts", "al", "e.g", "i.e",
    "etc", "vs", "mr", "mrs", "ms", "dr", "st", "para", "cf", "approx", "u.s", "u.k", "n.v",
    "b.v", "s.a", "l.p", "llc", "p", "pp", "ch", "ex", "fig", "m", "mme", "mm", "cie", "ste",
    "av", "bd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "vol", "exh", "min", "max",
    "excl", "incl", "let", "chap",
}
_BOUNDARY = re.compile(r"(?<=[.!?;])[\"')\]]*\s+(?=[\"'(«\[]?[A-ZÀ-Ý0-9(])|\n\s*\n"
                       r"|\n(?=\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[-•*–])\s)")
_MAX_SENTENCE = 700


@dataclass(frozen=True)
class Sentence:
    """A sentence of a chunk: character span in the chunk text and its folded text."""

    start: int
    end: int
    folded: str


@lru_cache(maxsize=8192)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with exact spans; long enumerations are cut at semicolons and colons.

    Cached: the checklist, the values and the reversibility analysis read the same passages."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start()
        before = text[start:cut].rstrip()
        if before.endswith(".") and _ends_with_abbreviation(before):
            continue
        if text[cut - 1] == ";" and "\n" not in match.group(0) and _in_table_row(text, cut):
            continue  # a list of examples in a cell ("panne ; SIV arrêté") is no sentence end
        spans.append((start, cut))
        start = match.end()
    spans.append((start, len(text)))
    result: list[Sentence] = []
    for s, e in spans:
        for s2, e2 in _cut_long(text, s, e):
            piece = text[s2:e2]
            lead = len(piece) - len(piece.lstrip())
            s2 += lead
            e2 = s2 + len(piece.strip())
            if e2 - s2 >= 3:
                result.append(Sentence(s2, e2, fold(text[s2:e2])))
    return tuple(result)


def _ends_with_abbreviation(before: str) -> bool:
    word = before[:-1].rsplit(None, 1)[-1] if before[:-1].split() else ""
    # « l'art. 3 »: the abbreviation behind a French elision.
    word = re.sub(r"^[ldjmnstc]['’]", "", word.lstrip("(\"'").lower())
    # "1." or "(a)." or "A." are list numbers and initials, not ends of sentences.
    return (word in _ABBREVIATIONS or len(word) <= 1
            or bool(re.fullmatch(r"[\d.]+|[a-z]\.[a-z]", word)))


def _in_table_row(text: str, at: int) -> bool:
    return text[text.rfind("\n", 0, at) + 1:at].lstrip().startswith("|")


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= _MAX_SENTENCE:
        return [(start, end)]
    pieces, cursor = [], start
    for match in re.finditer(r"[;:]\s+", text[start:end]):
        cut = start + match.end()
        if _in_table_row(text, cut):
            continue
        if cut - cursor >= 200:
            pieces.append((cursor, cut))
            cursor = cut
    pieces.append((cursor, end))
    return pieces


# -- structural signals --------------------------------------------------------------------

_DEFINITION_VERB = re.compile(
    r"\b(means|shall mean|has the meaning|have the meaning|refers to|shall refer to|designe|"
    r"designent|"
    r"signifie|signifient|s'entend|s'entendent|a le sens|est defini)\b")
_DEFINITION_HEADING = re.compile(r"definition|interpretation|glossa|lexique|terminologie")
# "Sommaire", "Contents" or "Index" title a table of contents only as a line of their own: a
# price clause on the "Consumer Prices Index" is not one.
_TOC = re.compile(r"table of contents|table des matieres|^\s*(sommaire|contents|index)\s*$",
                  re.MULTILINE)
_TOC_ENTRY = re.compile(r"(?:^|\s)(?:\d{1,2}(?:\.\d{1,2})*\.?|article \d+|section \d+)\s+"
                        r"[a-z][a-z ,&/'-]{2,40}?(?=\s+(?:\d|article|section)|\s*\.{3,}|\s*$)")
_LEADIN_TITLE = re.compile(r"^\s*(?:(?:section|article|clause)\s+)?"
                           r"(?:\(?[\da-z]{1,3}(?:\.\d{1,3})*[.)]?\s+)?"
                           r"([a-z][a-z ,&/'()-]{2,60}?)\s*(?:[.:]|\s-\s|\s–\s)\s")


def definition_body(sentence: Sentence) -> int:
    """Where the body of a glossary entry starts ('"Term" means| the period...'), or 0.

    Words of the defined term do not state a clause; the body of a definition may ("Term" means
    the period commencing on the Effective Date and ending three years later).
    """
    match = _DEFINITION_VERB.search(sentence.folded[:110])
    if not match:
        return 0
    head = sentence.folded[:match.start()]
    return match.end() if ('"' in head or len(head.split()) <= 6) else 0


def is_definitions_section(section_folded: str) -> bool:
    return bool(_DEFINITION_HEADING.search(section_folded))


def is_toc_title(folded_title: str) -> bool:
    """A heading that names a table of contents ("**TABLE OF CONTENTS**", « Sommaire »)."""
    return bool(re.search(r"table of contents|table des matieres|^\W*(sommaire|contents|"
                          r"index)\W*$", folded_title))


def looks_like_toc(folded_text: str) -> bool:
    """A table of contents lists many headings and few sentences."""
    if _TOC.search(folded_text[:200]):
        return True
    entries = len(_TOC_ENTRY.findall(folded_text))
    verbs = len(re.findall(r"\b(shall|will|may|must|is|are|doit|sera|est|sont|peut)\b",
                           folded_text))
    return entries >= 8 and verbs <= entries // 4


def leadin_title(folded_text: str) -> str:
    """The run-in title at the start of a paragraph ("9.1 Insurance. The Provider shall ...")."""
    match = _LEADIN_TITLE.match(folded_text[:90])
    if not match:
        return ""
    title = match.group(1).strip()
    return title if len(title.split()) <= 7 else ""


_ANNEX_REFERENCE = re.compile(
    r"\b(annexe|annex|schedule|exhibit|appendix|appendice|attachment)\s+(n[o°]\s*)?([0-9]+|[a-z]\b|[ivx]+\b)")


def annex_references(folded_text: str) -> list[str]:
    """Annex labels a passage refers to, folded ("annexe 3", "schedule b")."""
    return [f"{m.group(1)} {m.group(3)}" for m in _ANNEX_REFERENCE.finditer(folded_text)]


# -- negation ------------------------------------------------------------------------------

# A negator right before the cue, at most one word between: "no transition assistance",
# "pas de réversibilité", "shall not provide any exit support". "In no event shall either
# party's liability..." is a limitation, not a denial, and stays a match.
_NEGATED_BEFORE = re.compile(
    r"(?:\bno|\bnot (?:provide|include|offer|apply|contain|cover|involve|entail|require|"
    r"give rise to|result in)\w*(?: for)?(?: any)?|\bwithout any"
    r"|\bexclud\w* (?:any|all)|\bexcept (?:for )?any"
    r"|\bpas de|\bpas d'"
    r"|\baucune?|\bne (?:prevoi|comport|compren|inclu|couvr)\w* (?:pas|aucune?|nullement)"
    r"(?: de| d'| la| le| les| l')?"
    r"|\bexclu\w* (?:toute?s?|tous|l'ensemble d\w*)(?: forme de)?"
    r"|\ba l'exclusion (?:de|d'|des)(?: toute?)?"
    r"|\bhors|\bsans"
    # "aucun traitement de données personnelles", "no processing of personal data"
    r"|\baucune? (?:traitement|transfert|operation|reprise|mise a disposition)s? (?:de|d'|des|du)"
    r"|\bno (?:processing|transfer|provision) of"
    # "has no obligation to offer employment", « n'a aucune obligation de reprendre »
    r"|\bno (?:obligation|duty|requirement) to|\baucune obligation (?:de|d')"
    # "we are not an insurer", "the service is not a disaster recovery solution", "ne constitue
    # pas un plan de secours", "n'incluent ni sauvegarde ni plan de reprise"
    r"|\b(?:is|are) not (?:an?|intended (?:as|to be) an?|designed (?:as|to be) an?)"
    r"|\bn'(?:est|sont) pas (?:un|une|des)|\bne constitu\w* (?:pas|nullement) (?:un|une|des)"
    r"|\bni(?: de| d'| la| le| les| l'| un| une)?"
    r"|\bexcluding|\bexclusion of)\s+(?:[\w']+\s+)?"
    # ... and what is coordinated with the denied noun: "no transfer or secondment"
    r"(?:[\w']+ (?:or|nor|ou) )?$")
_NEGATED_AFTER = re.compile(
    r"^[^.;]{0,40}\b(?:n'est pas prevue?|ne sont pas prevue?s|is not provided|are not provided|"
    r"does not apply|do not apply|sans objet|not applicable|non applicable|shall not apply|"
    r"will not be provided|ne s'applique pas|est exclue?|sont exclue?s|are excluded|is excluded|"
    # left out of the service, not out of its price ("not included in the monthly fee")
    r"(?:is not included|are not included|n'est pas inclus\w*|ne sont pas inclus\w*)"
    r"(?! (?:in|dans) (?:the|le|la|les|l') ?(?:\w+ )?(?:fees?|prices?|charges|prix|redevances?|"
    r"tarifs?|forfaits?|costs?))|"
    r"ne fait pas partie|ne font pas partie|is not part of|are not part of)")
# A schedule listed but left empty: "Schedule 7 (Business Continuity and Disaster Recovery) - Not
# used", read to the end of its line.
_NOT_USED = re.compile(r"[^\n.;]{0,80}?[-–—:(\[]\s*(?:not used|intentionally left blank|"
                       r"non utilise\w*|sans objet|reserved\s*[\])]|reserve\s*[\])])")


# A limit that presupposes the right ("no such audit may occur more than once a year") and an
# exception with its scope ("these limitations shall not apply to gross negligence") are not
# denials of the clause.
_FREQUENCY_CAP = re.compile(r"^[^.;]{0,60}\b(?:more (?:often |frequently )?than|plus d'une fois|"
                            r"plus de \w+ fois)")
_SCOPED_EXCEPTION = re.compile(r"\s+(?:to|aux?|a la|a l')\b")


# "ni ... ni" denies each thing it lists, whatever its length ("ni plan de reprise").
_NEITHER = re.compile(r"\bni\s+(?:[\w'-]+\s+){0,3}$")


def negated(folded: str, start: int) -> bool:
    """Whether the cue found at `start` of a sentence is denied ("no transition assistance")."""
    before = folded[max(0, start - 40):start]
    if _NEGATED_BEFORE.search(before) or _NEITHER.search(before):
        return not _FREQUENCY_CAP.match(folded[start:start + 120])
    if _NOT_USED.match(folded, start):
        return True
    after = _NEGATED_AFTER.match(folded[start:start + 120])
    return bool(after) and not _SCOPED_EXCEPTION.match(folded, start + after.end())


# -- compiled cues -------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledCues:
    """An item's cues in both languages, compiled once."""

    patterns: tuple[Cue, ...]
    keywords: tuple[Cue, ...]
    headings: tuple[Cue, ...]
    exclude: tuple[Cue, ...]
    examples: tuple[str, ...]

    def excluded(self, folded: str) -> bool:
        return any(p.search(folded) for p in self.exclude)


    def any_pattern(self, folded: str) -> bool:
        return any(p.search(folded) for p in self.patterns)

    def keyword_hits(self, folded: str) -> int:
        return sum(1 for k in self.keywords if k.search(folded))

    def heading_match(self, folded_title: str) -> bool:
        return bool(folded_title) and any(h.search(folded_title) for h in self.headings)


@lru_cache(maxsize=512)
def compile_cues(cues: Cues, language: str) -> CompiledCues:
    """The cues of the document's language (short words like "assume" differ between the two);
    examples come from both, since the embedding compares meaning across languages."""
    sides: tuple[LanguageCues, ...] = (cues.fr,) if language == "fr" else (cues.en,)
    return CompiledCues(
        patterns=tuple(make_cue(p) for side in sides for p in side.patterns),
        keywords=tuple(make_cue(keyword_pattern(k)) for side in sides for k in side.keywords),
        headings=tuple(make_cue(h) for side in sides for h in side.headings),
        exclude=tuple(make_cue(x) for side in sides for x in side.exclude),
        examples=tuple(e for side in cues.both() for e in side.examples),
    )


# -- statements ----------------------------------------------------------------------------

# A party binding itself ("le Titulaire s'engage à", "the Provider shall"): how a clause states
# its substance, as opposed to a heading, a list fragment or a passing reference.
_COMMITMENT = re.compile(
    r"\b(s'engage\w*|s'oblige\w*|s'interdi\w*|doit|doivent|devra|devront|est tenue?s?|sont tenue?s?"
    r"|garanti\w*|assure\w*|peut|peuvent|pourra|pourront|se reserve\w*|dispose\w*|beneficie\w*"
    r"|est|sont|sera|seront|shall|will|must|may|agrees?|undertakes?|warrants?|is|are)\b")
_FRAGMENT = re.compile(r"^\s*(?:[-•*\uf000-\uf0ff]|\(?[a-z0-9ivx]{1,3}[.)]\s|option\b)")


def statement_quality(folded_sentence: str) -> float:
    """How much a sentence reads as a clause's statement: a verb of obligation and a full
    sentence raise it; a list fragment or a few words lower it (from -1 to +0.6)."""
    words = len(folded_sentence.split())
    binds = bool(_COMMITMENT.search(folded_sentence))
    score = 0.4 if binds else -0.4
    if words >= 8:
        score += 0.2
    # "(a) Neither party shall be liable..." is a numbered sentence, not a list fragment.
    if words < 5 or (_FRAGMENT.match(folded_sentence) and not (binds and words >= 8)):
        score -= 0.6
    return score
