"""Answers to "does this clause protect the client?": the clause's assessment and its quotes."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.models import Answer, CheckReport, Citation, Evidence

if TYPE_CHECKING:
    from .questions import Question

# Folded question words asking for a judgement on a clause rather than its content.
_ASKS = re.compile(
    r"favorable|favourable|defavorable|unfavou?rable|\bprotege|\bprotect|raisonnable|"
    r"reasonable|equilibre|balanced|\bfair\b|acceptable|a risque|\brisque(e|s)?\b|risky|at risk|"
    r"\brisks?\b|restrictiv|restrictive|adequate?|suffisante?|sufficient|abusive|leonine|"
    r"dangereu|dangerous|en (notre|sa) faveur|in (our|its|the client'?s|the customer'?s) "
    r"favou?r|au detriment|against (us|the client|the customer)|\bsafe\b|\bweak\b|clause faible")
# "Quels risques couvre l'assurance ?" asks what is insured, not whether a clause is risky.
_NOT_A_JUDGEMENT = re.compile(r"couvr|cover|assur|insur")

TEXTS = {
    "fr": {
        "level": {"adequate": "adéquate : elle protège le client",
                  "weak": "faible : elle est stipulée mais mince",
                  "restrictive": "restrictive : elle exclut, plafonne ou reporte l'obligation au "
                                 "détriment du client"},
        "verdict": "La clause « {label} » est {level}.",
        "reasons": "Motifs :",
        "reason": "{n}. {text} : {quote}",
        "absent": "Le contrat ne traite pas de « {label} » : il n'y a pas de clause à évaluer "
                  "(point de contrôle absent).",
        "no_rule": "La clause « {label} » est présente, mais le référentiel ne prévoit pas de "
                   "règle pour l'évaluer.",
        "unknown": "Le référentiel choisi ne contient pas ce point.",
        "at_risk": "Clauses à risque pour le client ({count}) :",
        "at_risk_item": "- {label} : {level}, {reason} : {quote}",
        "none_at_risk": "Aucune clause faible ou restrictive n'a été repérée parmi les {count} "
                        "clauses évaluées.",
        "words": {"weak": "faible", "restrictive": "restrictive"},
    },
    "en": {
        "level": {"adequate": "adequate: it protects the client",
                  "weak": "weak: it is stated but thin",
                  "restrictive": "restrictive: it excludes, caps or shifts the obligation "
                                 "against the client"},
        "verdict": "The “{label}” clause is {level}.",
        "reasons": "Reasons:",
        "reason": "{n}. {text}: {quote}",
        "absent": "The contract does not address “{label}”: there is no clause to assess "
                  "(checklist item absent).",
        "no_rule": "The “{label}” clause is there, but the playbook has no rule to assess it.",
        "unknown": "The chosen playbook does not include this point.",
        "at_risk": "Clauses at risk for the client ({count}):",
        "at_risk_item": "- {label}: {level}, {reason}: {quote}",
        "none_at_risk": "No weak or restrictive clause was found among the {count} clauses "
                        "assessed.",
        "words": {"weak": "weak", "restrictive": "restrictive"},
    },
}


def asks_for_assessment(folded: str) -> bool:
    """Whether a (folded) question asks if a clause is favourable, reasonable or risky."""
    return bool(_ASKS.search(folded)) and not _NOT_A_JUDGEMENT.search(folded)


def assessment_answer(q: Question, report: CheckReport, document: str = "") -> Answer:
    """The item's assessment with each reason quoted; without an item, the clauses at risk.

    Labels and reasons are worded as the checklist worded them, in the contract's language."""
    t = TEXTS[q.language]
    if not q.topic:
        return _at_risk(q, report, document)
    finding = next((f for f in report.findings if f.id == q.topic), None)
    if finding is None:
        return Answer(t["unknown"], q.language, "extractive", True, topic=q.topic)
    label = finding.label
    if finding.status == "absent":
        return Answer(t["absent"].format(label=label), q.language, "extractive", True,
                      topic=q.topic)
    level = finding.assessment.level
    if level == "not_assessed":
        return Answer(t["no_rule"].format(label=label), q.language, "extractive", True,
                      topic=q.topic)
    citations = tuple(_citation(r.evidence, document) for r in finding.assessment.reasons)
    lines = [t["verdict"].format(label=label, level=t["level"][level]), "", t["reasons"]]
    lines += [t["reason"].format(n=n, text=r.text, quote=_quote(c, q.language))
              for n, (r, c) in enumerate(zip(finding.assessment.reasons, citations, strict=True),
                                         1)]
    return Answer("\n".join(lines), q.language, "extractive", True, citations, topic=q.topic)


def _at_risk(q: Question, report: CheckReport, document: str) -> Answer:
    t = TEXTS[q.language]
    risky = sorted((f for f in report.findings
                    if f.assessment.level in ("weak", "restrictive") and f.assessment.reasons),
                   key=lambda f: f.assessment.level != "restrictive")
    if not risky:
        assessed = sum(f.assessment.level != "not_assessed" for f in report.findings)
        return Answer(t["none_at_risk"].format(count=assessed), q.language, "extractive", True)
    citations, lines = [], [t["at_risk"].format(count=len(risky))]
    for f in risky:
        reason = f.assessment.reasons[0]
        citation = _citation(reason.evidence, document)
        citations.append(citation)
        lines.append(t["at_risk_item"].format(
            label=f.label, level=t["words"][f.assessment.level],
            reason=reason.text, quote=_quote(citation, q.language)))
    return Answer("\n".join(lines), q.language, "extractive", True, tuple(citations))


def _quote(citation: Citation, language: str) -> str:
    """« passage » (p. 4, Article 15 – Responsabilité), as the other answers quote."""
    text = " ".join(citation.text.split())
    where = ", ".join(part for part in (f"p. {citation.page}" if citation.page else "",
                                        citation.section) if part)
    opening, closing = ("« ", " »") if language == "fr" else ("“", "”")
    return f"{opening}{text}{closing} ({where})" if where else f"{opening}{text}{closing}"


def _citation(evidence: Evidence, document: str) -> Citation:
    return Citation("contract", evidence.document or document, evidence.page, evidence.section,
                    evidence.text)
