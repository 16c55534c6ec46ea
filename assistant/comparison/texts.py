"""Both versions' texts: whether a sentence survived, and where each article went."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.models import Finding

from .articles import Article, Pair


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Texts:
    """Both versions' articles, their full texts (to test whether a sentence survived) and
    where each article went in the comparison."""

    old: list[Article]
    new: list[Article]
    old_text: str = ""
    new_text: str = ""
    old_at: dict[int, int] = field(default_factory=dict)  # old article -> comparison row
    new_at: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.old_text = "\n".join(a.norm for a in self.old)
        self.new_text = "\n".join(a.norm for a in self.new)

    def index(self, pairs: Sequence[Pair]) -> None:
        for row, pair in enumerate(pairs):
            if pair.old is not None:
                self.old_at[pair.old] = row
            if pair.new is not None:
                self.new_at[pair.new] = row

    def survives(self, quote: str, side: str) -> bool:
        """Whether a sentence of one version is, word for word, in the other version."""
        return norm(quote) in (self.new_text if side == "old" else self.old_text)

    def locate(self, finding: Finding | None, side: str) -> int | None:
        """The comparison row of the article holding a finding's best quote."""
        if finding is None or not finding.evidence:
            return None
        quote = finding.evidence[0]
        articles = self.old if side == "old" else self.new
        wanted = norm(quote.text)
        candidates = sorted(range(len(articles)),
                            key=lambda i: articles[i].heading != quote.section)
        for i in candidates:
            if wanted in articles[i].norm:
                return (self.old_at if side == "old" else self.new_at).get(i)
        return None
