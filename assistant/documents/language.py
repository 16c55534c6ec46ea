"""Detects whether a text is French or English, the two languages the assistant works in."""
from __future__ import annotations

import re
from functools import lru_cache

_FRENCH_MARKERS = re.compile(
    r"\b(le|la|les|des|du|est|une|qui|que|dans|pour|avec|sont|ne|pas|au|aux|cette|contrat|"
    r"prestataire|délai|réversibilité|quelle?s?|quels?)\b|[éèêàùçœ]", re.IGNORECASE)
_ENGLISH_MARKERS = re.compile(
    r"\b(the|of|and|is|are|shall|this|that|which|what|with|for|agreement|provider|any|does|"
    r"how|when|who|party|parties)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH).build()


def detect_language(text: str, default: str = "en") -> str:
    """Return "fr" or "en"; short questions use marker words, longer texts use lingua."""
    sample = text[:20000]
    if not sample.strip():
        return default
    if len(sample) < 200:
        fr = len(_FRENCH_MARKERS.findall(sample))
        en = len(_ENGLISH_MARKERS.findall(sample))
        if fr != en:
            return "fr" if fr > en else "en"
    from lingua import Language

    found = _detector().detect_language_of(sample)
    if found is None:
        return default
    return "fr" if found == Language.FRENCH else "en"
