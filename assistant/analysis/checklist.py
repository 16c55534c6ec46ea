"""Gap analysis of a contract against a playbook: status, confidence, evidence, missing points.

How an item is decided, for each passage (chunk) of the contract:
  * heading   – the passage's section title (or run-in title) matches the item's heading cues;
  * pattern   – a sentence states the clause (item patterns), outside definitions, tables of
                contents and excluded look-alikes; a denied mention ("no transition assistance")
                counts against the item instead;
  * keywords  – plain mentions of the item's words (weak);
  * semantic  – cosine similarity of the passage's embedding to the item's example sentences.
These add up to a passage score (weights in `_Weights`); the item is found when its best
passage reaches `FOUND_AT`. A found item is `partial` when fewer than half of its sub-criteria
are met, when its clause only points to an annex the document does not contain, or when the
support is weak; otherwise `present`. Evidence is the best one to three sentences of the best
passages, quoted exactly.

Once statuses are decided, each found item is assessed (assessment.py: adequate, weak or
restrictive, with quoted reasons; absent items are not assessed).

Coverage score (0-100): 100 * sum(weight * credit * factor) / sum(weight), where required items
weigh 2 and recommended items 1, credit is 1 for present, 0.5 for partial and 0 for absent, and
factor (assessment.SCORE_FACTOR) is 1 for an adequate or unassessed clause, 0.75 for a weak one
and 0.5 for a restrictive one: a restrictive clause counts half of an adequate one.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from assistant.models import CheckReport, Chunk, DocumentInfo, Evidence, Finding

from . import assessment, reversibility, values
from . import evidence as evidence_ranking
from .playbooks import Item, Playbook, SubCriterion
from .signals import (
    CompiledCues,
    Cue,
    Sentence,
    annex_references,
    compile_cue,
    compile_cues,
    definition_body,
    fold,
    is_definitions_section,
    is_toc_title,
    leadin_title,
    looks_like_toc,
    negated,
    split_sentences,
    statement_quality,
)

Embed = Callable[[list[str]], np.ndarray]
FOUND_AT = 0.5
TITLED_BODY_WORDS = 6
QUOTE_CHARS = 160  # a shorter quote runs on to the next sentence(s) up to this length
SEVERITY_WEIGHT = {"required": 2.0, "recommended": 1.0}
CREDIT = {"present": 1.0, "partial": 0.5, "absent": 0.0}


@dataclass(frozen=True)
class _Weights:
    heading: float = 0.35
    parent_heading: float = 0.15
    pattern: float = 0.5
    second_pattern: float = 0.1
    keyword: float = 0.05
    semantic: float = 0.3
    negated: float = -0.6
    telling: float = 0.1  # a passage matching an item's first (most telling) pattern ranks first


WEIGHTS = _Weights()


@dataclass
class _Passage:
    """A chunk prepared once for every item: folded text, sentences, structure flags."""

    chunk: Chunk
    folded: str
    title: str
    sentences: tuple[Sentence, ...]
    definitions: list[int]  # per sentence: where a glossary entry's body starts (0: not one)
    starts: list[int]  # per sentence: its start offset, to place a match in its sentence
    skip: bool
    in_definitions: bool
    parents: str = ""  # folded headings of the articles this passage sits in


@dataclass
class _ItemScore:
    score: float
    sentence: int | None  # index of the best sentence in the passage, if one stated the clause
    heading: bool
    patterns: int
    negated_only: bool
    titled: bool = False  # the clause's own heading over a body that speaks of it
    own_heading: bool = False  # its own title names the item (not only a parent article)
    # Per stating sentence: (index, distinct patterns, most telling pattern's rank).
    stated: tuple[tuple[int, int, int], ...] = ()

    @property
    def supports(self) -> bool:
        """Whether the passage states the clause: a stating sentence, or its own article."""
        return self.patterns > 0 or self.titled


def build_report(document: DocumentInfo, chunks: list[Chunk], vectors: np.ndarray,
                 playbook: Playbook, embed: Embed) -> CheckReport:
    """Check one document (or several files as one contract) against a playbook."""
    language = document.language if document.language in ("fr", "en") else "en"
    passages = _without_party_names([_prepare(c) for c in chunks])
    semantic = _semantic_scores(playbook, vectors, embed)
    annexes = _annexes_present(chunks)
    document_text = "\n".join(p.folded for p in passages)
    assessed = {item.id: _assess(item, passages, document_text, semantic.get(item.id), annexes,
                                 language) for item in playbook.items}
    findings = [assessment.with_assessment(playbook.item(item_id), finding, region, chunks,
                                           language)
                for item_id, (finding, region) in assessed.items()]
    report = CheckReport(document=document, playbook_id=playbook.id,
                         playbook_version=playbook.version, findings=findings,
                         score=coverage_score(findings))
    if "reversibility" in assessed:
        finding, region = assessed["reversibility"]
        report.reversibility = reversibility.analyse(playbook.item("reversibility"), finding,
                                                     region, language)
    report.values = {kind: [v.to_json() for v in found]
                     for kind, found in values.extract_values(chunks).items()}
    return report


def coverage_score(findings: Sequence[Finding]) -> float:
    """Weighted share of the playbook covered, 0-100 (see the module docstring)."""
    total = sum(SEVERITY_WEIGHT.get(f.severity, 1.0) for f in findings)
    if not total:
        return 0.0
    got = sum(SEVERITY_WEIGHT.get(f.severity, 1.0) * CREDIT[f.status]
              * assessment.SCORE_FACTOR[f.assessment.level] for f in findings)
    return 100.0 * got / total


def _prepare(chunk: Chunk) -> _Passage:
    folded = fold(chunk.text)
    title = fold(chunk.section_title)
    run_in = leadin_title(folded)
    if run_in:
        title = f"{title} | {run_in}" if title else run_in
    sentences = split_sentences(chunk.text)
    parents = " | ".join(fold(h) for h in chunk.heading_path[:-1])
    # Tables of contents and document-control blocks (version, approval, validity of the
    # document) are not contract content; a glossary defines words, it states no clause.
    skip = chunk.apparatus or looks_like_toc(folded) or is_toc_title(title)
    definitions = chunk.kind == "definitions" or is_definitions_section(title) \
        or is_definitions_section(parents)
    return _Passage(chunk, folded, title, sentences, [definition_body(s) for s in sentences],
                    [s.start for s in sentences], skip, definitions, parents)


# A party named after what it does ("Harbour Life DAC (the "Insurer")", « ci-après
# l'Assureur »): the word then names the client throughout, not a duty to hold insurance.
_PARTY_NAME = re.compile(r"(?:\(\s*(?:the\s+|l')?\"\s*[*_]*(?:l')?|hereinafter[^.;]{0,30}\"[*_]*|"
                         r"ci-apres[^.;]{0,30}?(?:l')?\"?\s*[*_]*(?:l')?)"
                         r"(?P<name>insurer|reinsurer|assureur|reassureur)\b")


def _without_party_names(passages: list[_Passage]) -> list[_Passage]:
    """The passages with a party's name blanked where it is also a keyword, and with a term
    the contract defines as its start-up (same length, so offsets still index the original
    text)."""
    names = {m["name"] for p in passages[:40] for m in _PARTY_NAME.finditer(p.folded)}
    names |= {m["name"] for p in passages for m in values.STARTING_TRANSITION.finditer(p.folded)}
    if not names:
        return passages
    word = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in sorted(names))})s?\b")

    def blank(text: str) -> str:
        return word.sub(lambda m: "_" * len(m.group(0)), text)

    return [replace(p, folded=blank(p.folded),
                    sentences=tuple(replace(s, folded=blank(s.folded)) for s in p.sentences))
            for p in passages]


# -- semantic similarity -------------------------------------------------------------------

# Keyed by the embedding function too: two models (or a test's fake) must not share vectors.
# A bound method (Assistant.embed) compares equal across calls, so the service hits the cache.
_example_cache: dict[tuple[Embed, tuple[str, ...]], np.ndarray] = {}
_EXAMPLE_CACHE_SIZE = 8


def _semantic_scores(playbook: Playbook, vectors: np.ndarray,
                     embed: Embed) -> dict[str, np.ndarray]:
    """Per item, each chunk's best cosine similarity to the item's example sentences."""
    owners, texts = [], []
    for item in playbook.items:
        for example in compile_cues(item.cues, "en").examples:
            owners.append(item.id)
            texts.append(example)
    if not texts or len(vectors) == 0:
        return {}
    key = (embed, tuple(texts))
    if key not in _example_cache:  # the examples are embedded once per process and model
        if len(_example_cache) >= _EXAMPLE_CACHE_SIZE:
            _example_cache.clear()
        _example_cache[key] = np.asarray(embed(texts), dtype=np.float32)
    sims = np.asarray(vectors, dtype=np.float32) @ _example_cache[key].T
    result: dict[str, np.ndarray] = {}
    owner_array = np.array(owners)
    for item in playbook.items:
        columns = owner_array == item.id
        if columns.any():
            result[item.id] = sims[:, columns].max(axis=1)
    return result


def _semantic_credit(similarity: float) -> float:
    # MiniLM cosine: below ~0.45 is any legal text, ~0.75 a close paraphrase.
    return min(1.0, max(0.0, (similarity - 0.45) / 0.3))


# -- scoring -------------------------------------------------------------------------------


def _score_passage(passage: _Passage, cues: CompiledCues, live_cues: list[tuple[int, Cue]],
                   similarity: float, reads_language: bool = True) -> _ItemScore:
    if passage.skip:
        return _ItemScore(0.0, None, False, 0, False)
    heading = cues.heading_match(passage.title)
    # A sub-article of the clause's own article ("20.1 General" under "20 Subcontracting").
    in_article = not heading and cues.heading_match(passage.parents)
    best, best_rank, best_pattern, stating, denied = None, 0.0, 0, 0, 0
    stated: list[tuple[int, int, int]] = []
    hits = {} if passage.in_definitions else _hits_by_sentence(passage, live_cues)
    for index, found in hits.items():
        sentence = passage.sentences[index]
        if cues.excluded(sentence.folded):
            continue
        body = sentence.start + passage.definitions[index]
        found = [(start, rank) for start, rank in found if start >= body]
        if not found:
            continue
        live = [rank for start, rank in found
                if not negated(sentence.folded, start - sentence.start)
                and not _cross_reference(_line_at(passage.folded, start))]
        if not live:
            denied += 1
            continue
        # A run-in title may still be quoted (it heads the clause) but states nothing itself.
        stating += 0 if _run_in_title(sentence.folded) else 1
        stated.append((index, len(set(live)), min(live)))
        # Patterns are listed from the most telling: "governed by the laws of" outranks a venue.
        rank = (len(set(live)) + 2.0 / (1 + min(live)) + 0.2 * cues.keyword_hits(sentence.folded)
                + statement_quality(sentence.folded))
        if rank > best_rank or (rank == best_rank and best is not None and index < best):
            best, best_rank, best_pattern = index, rank, min(live)
    keywords = cues.keyword_hits(passage.folded)
    score = WEIGHTS.heading * heading + WEIGHTS.parent_heading * in_article
    if stating:
        score += WEIGHTS.pattern + WEIGHTS.second_pattern * min(stating - 1, 2)
        score += WEIGHTS.telling / (1 + best_pattern)
    score += WEIGHTS.keyword * min(keywords, 2)
    score += WEIGHTS.semantic * _semantic_credit(similarity)
    negated_only = bool(denied) and not stating
    if negated_only:
        score += WEIGHTS.negated
    titled = (heading and not negated_only
              and _titled(passage, cues, similarity, reads_language, stating))
    if titled:
        score = max(score, FOUND_AT)
    if best is None and heading and passage.sentences:
        best = _first_body_sentence(passage)
    return _ItemScore(score, best, heading or in_article, stating, negated_only, titled,
                      heading, tuple(sorted(stated)))


_VERB = re.compile(r"\b(shall|will|may|must|is|are|has|have|doit|doivent|sera|seront|est|sont|"
                   r"peut|peuvent|a|ont)\b")


def _run_in_title(folded_sentence: str) -> bool:
    """A title run into its paragraph ("AE-6. Sous-traitance. Le titulaire ne présente aucun
    sous-traitant"): a few words and a full stop, no verb. It names the topic, the next sentence
    says whether the clause is there."""
    text = folded_sentence.strip().strip("*_ ")
    words = text.split()
    return (0 < len(words) <= 4 and text.endswith((".", ":"))
            and not _VERB.search(text))


# A line that names a topic and sends the reader to another document's section: "(d) limitation
# of liability – Section 14 of the MSA", « Pénalités : voir l'article 9 du CCAG ».
_LIST_LABEL = re.compile(r"^\W*(\(?[a-z0-9]{1,4}[).]|[-•*])\s*")
_CROSS_REFERENCE = re.compile(
    r"^[^;:.]{2,80}?\s*[-–—:]\s*(see |voir |cf\.? ?)?(l'|the |a l'|au |a la )?"
    r"(section|clause|article|schedule|annex|annexe|exhibit|paragraph|paragraphe)\s+[\w.-]+"
    r"(\s+(of|du|de|de la|de l'|des|to)\s+[^;.]{1,60})?\s*[;.,]?\s*(and|et|or|ou)?\s*$")


def _line_at(folded: str, offset: int) -> str:
    start = folded.rfind("\n", 0, offset) + 1
    end = folded.find("\n", offset)
    return folded[start:end if end >= 0 else len(folded)]


def _cross_reference(folded_line: str) -> bool:
    """Whether a line only points to where the clause is (no verb of its own)."""
    text = _LIST_LABEL.sub("", folded_line.strip().strip("*_ "))
    return bool(_CROSS_REFERENCE.match(text)) and not _VERB.search(text)


def _titled(passage: _Passage, cues: CompiledCues, similarity: float, reads_language: bool,
            stating: int) -> bool:
    """An article titled after the clause whose body speaks of it states the clause even in
    words no pattern knows; a bare heading, or a body about something else, does not."""
    if passage.in_definitions or _body_words(passage) < TITLED_BODY_WORDS:
        return False
    mentions = _mentions(passage, cues)  # only for titled passages: it reads every sentence
    if mentions is False:
        return False
    # Where the model reads the language, the body must also read like the clause; elsewhere a
    # plain mention of the item under its own heading is enough.
    if reads_language:
        return _semantic_credit(similarity) >= 0.34
    return stating > 0 or mentions is True


_ANY_NEGATION = re.compile(r"\b(not|no|never|none|without|ne|n'|aucune?|sans|nullement)\b")


def _mentions(passage: _Passage, cues: CompiledCues) -> bool | None:
    """True when a sentence names the item without negation, False when every sentence naming
    it is negative ("does not imply any transfer of IP"), None when none names it."""
    named = [s for s in passage.sentences if cues.keyword_hits(s.folded)
             and not _run_in_title(s.folded) and not cues.excluded(s.folded)]
    if not named:
        return None
    return any(not _ANY_NEGATION.search(s.folded) for s in named)


def _body_words(passage: _Passage) -> int:
    """Words of the passage outside its run-in title."""
    return max(0, len(passage.folded.split()) - len(passage.title.split()))


def _first_body_sentence(passage: _Passage) -> int:
    """The first sentence that is more than a title line."""
    for index, sentence in enumerate(passage.sentences):
        if len(sentence.folded.split()) >= 6:
            return index
    return 0


def _hits_by_sentence(passage: _Passage,
                      live_cues: list[tuple[int, Cue]]) -> dict[int, list[tuple[int, int]]]:
    """(start offset, pattern rank) of pattern matches, grouped by the sentence they start in."""
    found: dict[int, list[tuple[int, int]]] = {}
    for rank, cue in live_cues:
        if cue.literals is not None and not any(lit in passage.folded for lit in cue.literals):
            continue
        for match in cue.pattern.finditer(passage.folded):
            index = bisect.bisect_right(passage.starts, match.start()) - 1
            if index >= 0:
                found.setdefault(index, []).append((match.start(), rank))
    return found


def _scored(item: Item, passages: list[_Passage], document_text: str,
            similarity: np.ndarray | None, language: str):
    """Every passage scored for the item; its order by score; the found ones (best first)."""
    cues = compile_cues(item.cues, language)
    # Patterns whose literals appear nowhere in the document are not tried passage by passage.
    live_cues = [(rank, cue) for rank, cue in enumerate(cues.patterns)
                 if cue.literals is None or any(lit in document_text for lit in cue.literals)]
    # The default embedding model reads English only: its similarity is no evidence in French.
    reads = language == "en"
    scored = [_score_passage(p, cues, live_cues,
                             float(similarity[i]) if similarity is not None else 0.0, reads)
              for i, p in enumerate(passages)]
    order = sorted(range(len(scored)), key=lambda i: -scored[i].score)
    found = [i for i in order if scored[i].score >= FOUND_AT and scored[i].supports]
    return cues, scored, order, found, reads


def evidence_candidates(document: DocumentInfo, chunks: list[Chunk], vectors: np.ndarray,
                        playbook: Playbook, embed: Embed
                        ) -> dict[str, list[tuple[evidence_ranking.Candidate, Evidence]]]:
    """Per found item, every quotable candidate sentence with its features and quote: what
    scripts/train_evidence.py fits the evidence ranking on."""
    language = document.language if document.language in ("fr", "en") else "en"
    passages = [_prepare(c) for c in chunks]
    semantic = _semantic_scores(playbook, vectors, embed)
    document_text = "\n".join(p.folded for p in passages)
    out = {}
    for item in playbook.items:
        similarity = semantic.get(item.id)
        cues, scored, _, found, reads = _scored(item, passages, document_text, similarity,
                                                language)
        if not found:
            continue
        views = [_found_view(passages, i, scored[i], cues, similarity, reads)
                 for i in found]
        out[item.id] = [(c, _quote(passages[found[c.passage]], c.sentence))
                        for c in evidence_ranking.candidates(views)]
    return out


def _assess(item: Item, passages: list[_Passage], document_text: str,
            similarity: np.ndarray | None, annexes: set[str],
            language: str) -> tuple[Finding, list[Chunk]]:
    """The finding for one item, and the passages it rests on (for deeper analysis)."""
    cues, scored, order, found, reads = _scored(item, passages, document_text, similarity,
                                                language)
    label = item.label.get(language)
    recommendation = item.recommendation.get(language)
    if not found:
        denial = next((i for i in order if scored[i].negated_only), None)
        evidence = () if denial is None else (_quote(passages[denial], scored[denial].sentence),)
        best = scored[order[0]].score if order else 0.0
        return Finding(item.id, label, "absent", round(_confidence_absent(best), 3), item.severity,
                       evidence, (), recommendation), []
    views = [_found_view(passages, i, scored[i], cues, similarity, reads) for i in found]
    evidence = _ranked_evidence(passages, found, evidence_ranking.rank(views, language))
    region = _region(passages, found)
    text = "\n".join(passages[i].folded for i in region)
    missing = [c.label.get(language) for c in item.sub_criteria if not _met(c, text, language)]
    top = scored[found[0]]
    pointers = _missing_annexes(passages[found[0]], annexes)
    for annex in pointers:
        missing.append(("Annexe non fournie : " if language == "fr" else "Annex not provided: ")
                       + annex)
    # Partial means stated but thin: required elements missing, or the substance left to an
    # annex that is not there. How many words match is not a reason.
    thin = bool(item.sub_criteria) and len(missing) > len(item.sub_criteria) / 2
    status = "partial" if (thin or pointers) else "present"
    finding = Finding(item.id, label, status, round(_confidence_found(top.score), 3), item.severity,
                      evidence, tuple(missing), recommendation if status != "present" else "")
    return finding, [passages[i].chunk for i in region]


def _confidence_found(score: float) -> float:
    return round(1 / (1 + math.exp(-4.0 * (score - FOUND_AT + 0.15))), 3)


def _confidence_absent(best: float) -> float:
    return round(1 - 1 / (1 + math.exp(-4.0 * (best - FOUND_AT + 0.15))), 3)


# -- evidence, sub-criteria, annexes -------------------------------------------------------


def _quote(passage: _Passage, sentence: int | None) -> Evidence:
    """The sentence quoted exactly; a short one runs on to the next (about two lines in all), so
    a clause reads in its context and a bare title ("Term:") brings its body."""
    chunk = passage.chunk
    sentences = passage.sentences
    if sentence is None or not sentences:
        text = chunk.text
    else:
        first = last = sentence
        while (last + 1 < len(sentences)
               and sentences[last].end - sentences[first].start < QUOTE_CHARS):
            last += 1
        text = chunk.text[sentences[first].start:sentences[last].end]
    return Evidence(page=chunk.page, section=chunk.section, text=text)


def _found_view(passages: list[_Passage], index: int, scored: _ItemScore, cues: CompiledCues,
                similarity: np.ndarray | None, reads: bool) -> evidence_ranking.FoundPassage:
    passage = passages[index]
    examples = _example_stems(cues)
    credit = _semantic_credit(float(similarity[index])) if reads and similarity is not None \
        else 0.0
    return evidence_ranking.FoundPassage(
        order=passage.chunk.index, score=scored.score, own_heading=scored.own_heading,
        in_article=scored.heading and not scored.own_heading, semantic=credit,
        section_start=index == 0 or passages[index - 1].chunk.section != passage.chunk.section,
        sentences=tuple(s.folded for s in passage.sentences), stated=scored.stated,
        keyword_hits=tuple(cues.keyword_hits(s.folded) for s in passage.sentences),
        example_words=tuple(evidence_ranking.example_words(s.folded, examples)
                            for s in passage.sentences))


@lru_cache(maxsize=256)
def _example_stems(cues: CompiledCues) -> tuple[frozenset[str], ...]:
    return tuple(evidence_ranking.stems(fold(e)) for e in cues.examples)


def _ranked_evidence(passages: list[_Passage], found: list[int],
                     ranked: list[evidence_ranking.Candidate],
                     limit: int = 3) -> tuple[Evidence, ...]:
    """The best quotes, one per passage and each once (a clause split with overlap sits in two
    passages)."""
    kept: list[Evidence] = []
    keys: list[str] = []
    used: set[int] = set()
    for candidate in ranked:
        if candidate.passage in used:
            continue
        quote = _quote(passages[found[candidate.passage]], candidate.sentence)
        key = " ".join(quote.text.split())
        if len(key.split()) < 4 or any(key in other or other in key for other in keys):
            continue
        used.add(candidate.passage)
        kept.append(quote)
        keys.append(key)
        if len(kept) == limit:
            break
    return tuple(kept)


def _region(passages: list[_Passage], found: list[int]) -> list[int]:
    """Passages the sub-criteria are looked for in: the best found ones, their sections and,
    for a numbered sub-article ("11.2"), the other sub-articles of its article, where a clause
    usually spells out the rest of its elements."""
    best = [passages[i].chunk for i in found[:3]]
    sections = {c.section for c in best if c.section}
    articles = {a for a in map(_article_of, best) if a}
    picked = set(found[:6])
    picked.update(i for i, p in enumerate(passages)
                  if p.chunk.section in sections or _article_of(p.chunk) in articles)
    return sorted(picked)


_SUB_NUMBER = re.compile(r"^\d+(\.\d+)+\.?$")


def _article_of(chunk: Chunk) -> tuple[str, ...] | None:
    """The headings of the article a numbered sub-article belongs to, else None."""
    if len(chunk.heading_path) < 2 or not _SUB_NUMBER.match(chunk.section_number or ""):
        return None
    return tuple(chunk.heading_path[:-1])


def _met(criterion: SubCriterion, region: str, language: str) -> bool:
    side = criterion.cues.fr if language == "fr" else criterion.cues.en
    return any(compile_cue(p).search(region) for p in side.patterns) or \
        any(fold(k) in region for k in side.keywords)


def _annexes_present(chunks: list[Chunk]) -> set[str]:
    present = set()
    for chunk in chunks:
        for label in (chunk.section_number, *chunk.heading_path[:1]):
            refs = annex_references(fold(label))
            present.update(refs)
    return present


def _missing_annexes(passage: _Passage, annexes: set[str]) -> list[str]:
    """Annexes a short clause defers to that are not part of the checked files."""
    if len(passage.chunk.text) > 600:
        return []
    refs = [r for r in dict.fromkeys(annex_references(passage.folded)) if r not in annexes]
    return [re.sub(r"^\w", lambda m: m.group(0).upper(), r) for r in refs]
