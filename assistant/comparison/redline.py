"""Word-level redlines and text similarity, on Python's difflib (no home-made diff)."""
from __future__ import annotations

from difflib import SequenceMatcher

from .model import Segment


def words(text: str) -> list[str]:
    """The words of a text as a reader sees them: PDF line breaks and double spaces vanish."""
    return text.split()


def similarity(old: list[str], new: list[str]) -> float:
    """Share of words the two texts have in common, in order (0 to 1; difflib's ratio)."""
    if not old and not new:
        return 1.0
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    # The cheap upper bounds first: unrelated articles are rejected without the full diff.
    if matcher.real_quick_ratio() < 0.2 or matcher.quick_ratio() < 0.2:
        return matcher.quick_ratio()
    return matcher.ratio()


def redline(old: list[str], new: list[str]) -> tuple[Segment, ...]:
    """The new text with the old one's deleted words and the inserted words marked."""
    segments: list[Segment] = []
    # autojunk would ignore frequent words ("de", "the") in long articles and mis-align them.
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(Segment("=", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            segments.append(Segment("-", " ".join(old[i1:i2])))
        if j2 > j1:
            segments.append(Segment("+", " ".join(new[j1:j2])))
    return tuple(segments)


def compact(segments: tuple[Segment, ...], context: int = 8) -> tuple[Segment, ...]:
    """The redline with long unchanged runs cut to `context` words on each side of an edit."""
    out: list[Segment] = []
    last = len(segments) - 1
    for i, segment in enumerate(segments):
        if segment.op != "=":
            out.append(segment)
            continue
        kept = segment.text.split()
        head = kept[:context] if i > 0 else []
        tail = kept[-context:] if i < last else []
        if len(kept) <= len(head) + len(tail) + 1:
            out.append(segment)
            continue
        text = " ".join([*head, "…", *tail]) if head or tail else "…"
        out.append(Segment("=", text))
    return tuple(out)
