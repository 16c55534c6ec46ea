"""A conversation about a contract written out as Markdown, with every answer's sources."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from assistant.models import Citation, Turn

_WORDS = {
    "fr": {"title": "Questions sur", "question": "Question", "answer": "Réponse",
           "sources": "Sources", "guide": "guide", "p": "p.", "date": "Date", "colon": " :",
           "quotes": ("« ", " »"),
           "mode": {"llm": "rédigée par le modèle", "extractive": "extractive"}},
    "en": {"title": "Questions about", "question": "Question", "answer": "Answer",
           "sources": "Sources", "guide": "guide", "p": "p.", "date": "Date", "colon": ":",
           "quotes": ("“", "”"),
           "mode": {"llm": "written by the model", "extractive": "extractive"}},
}


def to_markdown(turns: Sequence[Turn], documents: Sequence[str], language: str = "fr",
                when: datetime | None = None) -> str:
    """The questions and answers in order; each answer lists the passages it quotes."""
    w = _WORDS.get(language, _WORDS["en"])
    when = when or datetime.now()
    out = [f"# {w['title']} {', '.join(documents)}", "",
           f"{w['date']}{w['colon']} {when:%Y-%m-%d %H:%M}"]
    for number, turn in enumerate(turns, 1):
        answer = turn.answer
        out += ["", f"## {number}. {turn.question}", "",
                f"_{w['answer']} ({w['mode'][answer.mode]})_", "", answer.text.strip()]
        if answer.notice:
            out += ["", f"> {answer.notice}"]
        if answer.citations:
            out += ["", f"**{w['sources']}**", ""]
            out += [f"{i}. {cite(c, language)}" for i, c in enumerate(answer.citations, 1)]
    return "\n".join(out).rstrip() + "\n"


def cite(citation: Citation, language: str = "fr") -> str:
    """One source as a reader cites it: document, page, section, then the quoted text."""
    w = _WORDS.get(language, _WORDS["en"])
    where = [citation.document if citation.source == "contract"
             else f"{w['guide']} {citation.document}"]
    if citation.page:
        where.append(f"{w['p']} {citation.page}")
    if citation.section:
        where.append(citation.section)
    quoted = " ".join(citation.text.split())
    opening, closing = w["quotes"]
    return f"{', '.join(where)} — {opening}{quoted}{closing}"
