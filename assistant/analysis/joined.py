"""A document's passages read as one text, each offset traced back to the passage it came from.

A date, a party's name or a place can straddle two passages ("à compter du 1er février" at the
end of one, "2025." at the start of the next); reading them joined finds it whole.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from assistant.models import Chunk

from .signals import Sentence, split_sentences


class JoinedText:
    """The passages' texts joined by line breaks, up to `limit` characters."""

    def __init__(self, chunks: Iterable[Chunk], limit: int | None = None) -> None:
        parts: list[str] = []
        self._starts: list[int] = []
        self._chunks: list[Chunk] = []
        size = 0
        for chunk in chunks:
            if limit is not None and size >= limit:
                break
            self._starts.append(size)
            self._chunks.append(chunk)
            parts.append(chunk.text)
            size += len(chunk.text) + 1
        self.text = "\n".join(parts)

    def chunk_at(self, offset: int) -> Chunk:
        """The passage the character at `offset` belongs to."""
        return self._chunks[max(0, bisect_right(self._starts, offset) - 1)]

    def sentences(self) -> tuple[Sentence, ...]:
        return split_sentences(self.text) if self._chunks else ()

    def __bool__(self) -> bool:
        return bool(self._chunks)
