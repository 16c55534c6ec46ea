"""Exports of a gap analysis (CheckReport): Markdown, PDF, DOCX, CSV and JSON, FR or EN."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from fpdf import FPDF

from assistant.analysis.playbooks import Playbook
from assistant.models import CheckReport, Evidence, ExtractedValue, Finding, Reason

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FORMATS = ("markdown", "pdf", "docx", "csv", "json")
STATUSES = ("present", "partial", "absent")
MEDIA_TYPES = {"markdown": "text/markdown", "pdf": "application/pdf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "csv": "text/csv", "json": "application/json"}
EXTENSIONS = {"markdown": "md", "pdf": "pdf", "docx": "docx", "csv": "csv", "json": "json"}
CSV_COLUMNS = ("id", "label", "status", "severity", "confidence", "pages", "sections",
               "evidence", "missing", "recommendation", "assessment", "assessment_reasons")
LEVELS = ("adequate", "weak", "restrictive", "not_assessed")
# Colours of the assessment levels: restrictive reads as a warning even on a present clause.
LEVEL_COLOURS = {"adequate": (30, 132, 73), "weak": (211, 110, 0), "restrictive": (192, 41, 43),
                 "not_assessed": (110, 110, 110)}
# RGB colours of the statuses in PDF and DOCX, the usual traffic-light reading.
STATUS_COLOURS = {"present": (30, 132, 73), "partial": (211, 110, 0), "absent": (192, 41, 43)}

TEXT = {
    "fr": {
        "title": "Analyse des écarts", "document": "Document", "files": "Fichiers",
        "pages": "{pages} pages, langue {language}", "sha256": "Empreinte SHA-256",
        "playbook": "Référentiel", "date": "Date", "score": "Score de couverture",
        "summary": "Synthèse", "counts": "Présentes : {present} · Partielles : {partial} · "
        "Absentes : {absent}", "required_gaps": "Mentions obligatoires absentes ou partielles",
        "none": "aucune", "status": "Statut", "item": "Mention", "severity": "Sévérité",
        "confidence": "Confiance", "page": "Page", "section": "Section",
        "reversibility": "Réversibilité", "criterion": "Critère", "values": "Valeurs clés",
        "kind": "Élément",
        "value": "Valeur", "source": "Énoncé", "details": "Détail des mentions",
        "evidence": "Preuves", "no_evidence": "Aucun passage du contrat ne traite ce point.",
        "missing": "Éléments manquants", "recommendation": "Recommandation",
        "p": "p. {page}", "score_note": "Score = 100 × Σ(poids × crédit × facteur) / Σ(poids) ; "
        "obligatoire = 2, recommandée = 1 ; présent = 1, partiel = 0,5, absent = 0 ; facteur "
        "d'évaluation : adéquate ou non évaluée = 1, faible = 0,75, restrictive = 0,5.",
        "assessment": "Évaluation", "reasons": "Motifs", "adequate": "Adéquate",
        "weak": "Faible", "restrictive": "Restrictive", "not_assessed": "Non évaluée",
        "at_risk": "Clauses à risque (faibles ou restrictives)",
        "present": "Présent", "partial": "Partiel", "absent": "Absent",
        "required": "obligatoire", "recommended": "recommandée", "colon": " :",
        "open_quote": "« ", "close_quote": " »",
    },
    "en": {
        "title": "Gap analysis", "document": "Document", "files": "Files",
        "pages": "{pages} pages, language {language}", "sha256": "SHA-256 fingerprint",
        "playbook": "Playbook", "date": "Date", "score": "Coverage score",
        "summary": "Summary", "counts": "Present: {present} · Partial: {partial} · "
        "Absent: {absent}", "required_gaps": "Required mentions absent or partial",
        "none": "none", "status": "Status", "item": "Item", "severity": "Severity",
        "confidence": "Confidence", "page": "Page", "section": "Section",
        "reversibility": "Reversibility", "criterion": "Criterion", "values": "Key values",
        "kind": "Item",
        "value": "Value", "source": "Statement", "details": "Items in detail",
        "evidence": "Evidence", "no_evidence": "No passage of the contract addresses this.",
        "missing": "Missing", "recommendation": "Recommendation",
        "p": "p. {page}", "score_note": "Score = 100 × Σ(weight × credit × factor) / "
        "Σ(weight); required = 2, recommended = 1; present = 1, partial = 0.5, absent = 0; "
        "assessment factor: adequate or not assessed = 1, weak = 0.75, restrictive = 0.5.",
        "assessment": "Assessment", "reasons": "Reasons", "adequate": "Adequate",
        "weak": "Weak", "restrictive": "Restrictive", "not_assessed": "Not assessed",
        "at_risk": "Clauses at risk (weak or restrictive)",
        "present": "Present", "partial": "Partial", "absent": "Absent",
        "required": "required", "recommended": "recommended", "colon": ":",
        "open_quote": "“", "close_quote": "”",
    },
}

VALUE_LABELS = {
    "fr": {"term": "Durée", "renewal": "Reconduction", "notice": "Préavis",
           "availability": "Disponibilité", "response_time": "Délai de réponse",
           "restore_time": "Délai de rétablissement", "penalty": "Pénalités",
           "liability_cap": "Plafond de responsabilité", "governing_law": "Droit applicable",
           "jurisdiction": "Juridiction", "price": "Prix",
           "transition_period": "Période de transition",
           "data_return_format": "Format de restitution des données",
           "data_return_deadline": "Délai de restitution des données",
           "reversibility_cost": "Coût de la réversibilité", "costs": "Coût de la réversibilité",
           "data_format": "Format de restitution des données",
           "payment_terms": "Délai de paiement", "triggers": "Cas de déclenchement",
           "deletion": "Suppression des copies"},
    "en": {"term": "Term", "renewal": "Renewal", "notice": "Notice period",
           "availability": "Availability", "response_time": "Response time",
           "restore_time": "Restore time", "penalty": "Penalties",
           "liability_cap": "Liability cap", "governing_law": "Governing law",
           "jurisdiction": "Jurisdiction", "price": "Price",
           "transition_period": "Transition period",
           "data_return_format": "Data return format",
           "data_return_deadline": "Data return deadline",
           "reversibility_cost": "Cost of reversibility", "costs": "Cost of reversibility",
           "data_format": "Data return format", "payment_terms": "Payment terms",
           "triggers": "Triggers", "deletion": "Deletion of copies"},
}


@dataclass(frozen=True)
class ValueRow:
    """One extracted value as the reports list it."""

    kind: str
    value: str
    page: int
    section: str
    text: str


@dataclass(frozen=True)
class CriterionRow:
    """One reversibility sub-criterion with its verdict, proof and values."""

    id: str
    label: str
    status: str
    evidence: tuple[Evidence, ...]
    values: tuple[ValueRow, ...] = ()


def translated(report: CheckReport, playbook: Playbook, language: str) -> CheckReport:
    """The same report with item labels, missing points and recommendations in `language`.

    The checklist words them in the document's language; an English reader of a French
    contract gets English labels while the quoted evidence stays as the contract says it.
    """
    source = report.document.language if report.document.language in TEXT else "en"
    if language == source or language not in TEXT:
        return report
    known = {item.id: item for item in playbook.items}
    findings = []
    for f in report.findings:
        item = known.get(f.id)
        if item is None:
            findings.append(f)
            continue
        names = {c.label.get(source): c.label.get(language) for c in item.sub_criteria}
        findings.append(replace(
            f, label=item.label.get(language), missing=tuple(names.get(m, m) for m in f.missing),
            recommendation=item.recommendation.get(language) if f.recommendation else ""))
    reversibility = dict(report.reversibility)
    exit_item = known.get("reversibility")
    if exit_item is not None and isinstance(reversibility.get("sub_criteria"), list):
        labels = {c.id: c.label.get(language) for c in exit_item.sub_criteria}
        reversibility["sub_criteria"] = [
            {**c, "label": labels.get(c.get("id"), c.get("label"))}
            for c in reversibility["sub_criteria"]]
    return CheckReport(report.document, report.playbook_id,
                       report.playbook_version, findings, report.score, reversibility,
                       report.values, report.files)


# -- shared reading of a report ------------------------------------------------------------------
def language_of(report: CheckReport, language: str | None = None) -> str:
    chosen = language or report.document.language
    return chosen if chosen in TEXT else "en"


def value_label(kind: str, language: str) -> str:
    labels = VALUE_LABELS.get(language, VALUE_LABELS["en"])
    return labels.get(kind, kind.replace("_", " ").capitalize())


def value_rows(values: Mapping) -> list[ValueRow]:
    """The report's values, flattened to rows in kind order (a kind may hold several values)."""
    rows = []
    for kind, entries in values.items():
        if isinstance(entries, list | tuple) and entries and all(
                isinstance(e, str) for e in entries):
            entries = ", ".join(entries)  # e.g. the triggers of reversibility, one row
        for entry in entries if isinstance(entries, list | tuple) else [entries]:
            row = _value_row(kind, entry)
            if row is not None:
                rows.append(row)
    return rows


def _value_row(kind: str, entry: object) -> ValueRow | None:
    if isinstance(entry, ExtractedValue):
        return ValueRow(kind, entry.value, entry.page, entry.section, entry.text)
    if isinstance(entry, Mapping):
        return ValueRow(kind, str(entry.get("value", "")), int(entry.get("page") or 0),
                        str(entry.get("section", "")), str(entry.get("text", "")))
    if entry in (None, "", [], {}):
        return None
    return ValueRow(kind, str(entry), 0, "", "")


def reversibility_rows(reversibility: Mapping, language: str = "en") -> list[CriterionRow]:
    """The reversibility sub-criteria of a report, each with its status, evidence and values."""
    criteria = reversibility.get("sub_criteria") or []
    if isinstance(criteria, Mapping):
        criteria = [{"id": key, **value} for key, value in criteria.items()]
    rows = []
    for c in criteria:
        label = c.get("label") or c.get("id", "")
        if isinstance(label, Mapping):  # a label given in both languages
            label = label.get(language) or next(iter(label.values()), "")
        rows.append(CriterionRow(str(c.get("id", "")), str(label), str(c.get("status", "absent")),
                                 tuple(_evidence(e) for e in c.get("evidence") or ()),
                                 tuple(value_rows(c.get("values") or {}))))
    return rows


def _evidence(entry: Evidence | Mapping) -> Evidence:
    if isinstance(entry, Evidence):
        return entry
    return Evidence(int(entry.get("page") or 0), str(entry.get("section", "")),
                    str(entry.get("text", "")), str(entry.get("document", "")))


def pages_of(finding: Finding) -> str:
    return ", ".join(str(p) for p in sorted({e.page for e in finding.evidence if e.page}))


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    found = {status: 0 for status in STATUSES}
    for finding in findings:
        found[finding.status] += 1
    return found


def _where(evidence: Evidence, t: Mapping[str, str]) -> str:
    parts = [evidence.document] if evidence.document else []
    if evidence.page:
        parts.append(t["p"].format(page=evidence.page))
    if evidence.section:
        parts.append(evidence.section)
    return ", ".join(parts)


def _meta(report: CheckReport, t: Mapping[str, str], today: date) -> list[tuple[str, str]]:
    d = report.document
    rows = [(t["document"], f"{d.name} ({t['pages'].format(pages=d.pages, language=d.language)})")]
    if len(report.files) > 1:
        rows.append((t["files"], ", ".join(report.files)))
    rows += [(t["sha256"], d.doc_id), (t["playbook"],
                                       f"{report.playbook_id} v{report.playbook_version}"),
             (t["date"], today.isoformat()), (t["score"], f"{report.score:.0f} / 100")]
    return rows


def _gaps(report: CheckReport, t: Mapping[str, str]) -> str:
    gaps = [f"{f.label} ({t[f.status].lower()})" for f in report.findings
            if f.severity == "required" and f.status != "present"]
    return ", ".join(gaps) or t["none"]


def at_risk(findings: Iterable[Finding]) -> list[Finding]:
    """The clauses assessed weak or restrictive, restrictive first."""
    risky = [f for f in findings if f.assessment.level in ("weak", "restrictive")]
    return sorted(risky, key=lambda f: f.assessment.level != "restrictive")


def _risks(report: CheckReport, t: Mapping[str, str]) -> str:
    return ", ".join(f"{f.label} ({t[f.assessment.level].lower()})"
                     for f in at_risk(report.findings)) or t["none"]


def _reason(reason: Reason, t: Mapping[str, str]) -> str:
    """A reason with its quote: 'plafond bas : « … » (p. 4, Article 9)'."""
    return (f"{reason.text}{t['colon']} {t['open_quote']}{_quote(reason.evidence.text)}"
            f"{t['close_quote']} ({_where(reason.evidence, t)})")


# -- Markdown -----------------------------------------------------------------------------------
def to_markdown(report: CheckReport, language: str | None = None,
                today: date | None = None) -> str:
    """The full report as Markdown: summary table, reversibility, values, then each item."""
    lang = language_of(report, language)
    t = TEXT[lang]
    today = today or date.today()
    out = [f"# {t['title']} – {report.document.name}", "", "| | |", "|---|---|"]
    out += [f"| {key} | {_cell(value)} |" for key, value in _meta(report, t, today)]
    out += ["", f"_{t['score_note']}_", "", f"## {t['summary']}", "",
            t["counts"].format(**counts(report.findings)), "",
            f"**{t['required_gaps']}**{t['colon']} {_gaps(report, t)}", "",
            f"**{t['at_risk']}**{t['colon']} {_risks(report, t)}", "",
            f"| {t['status']} | {t['item']} | {t['severity']} | {t['confidence']} | {t['page']} "
            f"| {t['assessment']} |", "|---|---|---|---|---|---|"]
    out += [f"| {t[f.status]} | {_cell(f.label)} | {t.get(f.severity, f.severity)} | "
            f"{f.confidence:.2f} | {pages_of(f)} | {t[f.assessment.level]} |"
            for f in report.findings]
    criteria = reversibility_rows(report.reversibility, lang)
    exit_values = value_rows(report.reversibility.get("values") or {})
    if criteria or exit_values:
        out += ["", f"## {t['reversibility']}"]
    if criteria:
        out += ["", f"| {t['criterion']} | {t['status']} | {t['evidence']} |", "|---|---|---|"]
        out += [f"| {_cell(c.label)} | {t.get(c.status, c.status)} | "
                f"{_cell('; '.join(_where(e, t) for e in c.evidence))} |" for c in criteria]
    out += _markdown_values(exit_values, lang)
    values = value_rows(report.values)
    if values:
        out += ["", f"## {t['values']}", *_markdown_values(values, lang)]
    out += ["", f"## {t['details']}"]
    for f in report.findings:
        out += ["", f"### {f.label} – {t[f.status]}", "", _grading(f, t), ""]
        if f.assessment.level != "not_assessed":
            out += [f"**{t['assessment']}**{t['colon']} {t[f.assessment.level]}", ""]
            out += [f"- {_reason(r, t)}" for r in f.assessment.reasons] + [""]
        if f.evidence:
            for e in f.evidence:
                out += [f"> {_quote(e.text)}", ">", f"> — {_where(e, t)}", ""]
        else:
            out += [f"_{t['no_evidence']}_", ""]
        if f.missing:
            out += [f"**{t['missing']}**{t['colon']}", ""]
            out += [f"- {m}" for m in f.missing] + [""]
        if f.recommendation and f.status != "present":
            out += [f"**{t['recommendation']}**{t['colon']} {f.recommendation}", ""]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip() + "\n"


def _markdown_values(rows: list[ValueRow], lang: str) -> list[str]:
    if not rows:
        return []
    t = TEXT[lang]
    return ["", f"| {t['kind']} | {t['value']} | {t['page']} | {t['source']} |",
            "|---|---|---|---|"] + [f"| {value_label(v.kind, lang)} | {_cell(v.value)} | "
                                    f"{v.page or ''} | {_cell(v.text)} |" for v in rows]


def _grading(f: Finding, t: Mapping[str, str]) -> str:
    return (f"{t['severity']}{t['colon']} {t.get(f.severity, f.severity)} · "
            f"{t['confidence']}{t['colon']} {f.confidence:.2f}")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _quote(text: str) -> str:
    return " ".join(text.split())


# -- CSV and JSON -------------------------------------------------------------------------------
def to_csv(report: CheckReport) -> str:
    """The checklist, one row per item, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for f in report.findings:
        writer.writerow([f.id, f.label, f.status, f.severity, f"{f.confidence:.3f}", pages_of(f),
                         "; ".join(dict.fromkeys(e.section for e in f.evidence if e.section)),
                         " […] ".join(_quote(e.text) for e in f.evidence),
                         "; ".join(f.missing), f.recommendation, f.assessment.level,
                         " | ".join(_reason(r, TEXT[language_of(report)])
                                    for r in f.assessment.reasons)])
    return out.getvalue()


def to_json(report: CheckReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


# -- PDF ----------------------------------------------------------------------------------------
def to_pdf(report: CheckReport, language: str | None = None, today: date | None = None) -> bytes:
    """The report as a PDF; DejaVu Sans carries accents, the euro sign and typographic quotes."""
    from fpdf.fonts import FontFace

    lang = language_of(report, language)
    t = TEXT[lang]
    today = today or date.today()
    pdf = _ReportPDF(f"{report.document.name} · {today.isoformat()}")
    pdf.set_title(f"{t['title']} – {report.document.name}")
    pdf.set_creation_date(_midnight(today))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()

    def heading(text: str, size: int) -> None:
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text: str, style: str = "", size: int = 10, colour=(0, 0, 0)) -> None:
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    heading(f"{t['title']} – {report.document.name}", 16)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(45, 145), first_row_as_headings=False, text_align="LEFT",
                   line_height=5) as table:
        for key, value in _meta(report, t, today):
            row = table.row()
            row.cell(key, style=FontFace(emphasis="BOLD"))
            row.cell(value)
    para(t["score_note"], "I", 8, (90, 90, 90))

    heading(t["summary"], 13)
    para(t["counts"].format(**counts(report.findings)))
    para(f"{t['required_gaps']}{t['colon']} {_gaps(report, t)}")
    para(f"{t['at_risk']}{t['colon']} {_risks(report, t)}")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(20, 80, 26, 20, 16, 28), text_align="LEFT",
                   line_height=5) as table:
        table.row([t["status"], t["item"], t["severity"], t["confidence"], t["page"],
                   t["assessment"]])
        for f in report.findings:
            row = table.row()
            row.cell(t[f.status], style=FontFace(emphasis="BOLD", color=STATUS_COLOURS[f.status]))
            row.cell(f.label)
            row.cell(t.get(f.severity, f.severity))
            row.cell(f"{f.confidence:.2f}")
            row.cell(pages_of(f))
            row.cell(t[f.assessment.level],
                     style=FontFace(color=LEVEL_COLOURS[f.assessment.level]))

    def values_table(rows: list[ValueRow]) -> None:
        pdf.ln(2)
        pdf.set_font("DejaVu", "", 9)
        with pdf.table(col_widths=(40, 35, 12, 103), text_align="LEFT", line_height=5) as table:
            table.row([t["kind"], t["value"], t["page"], t["source"]])
            for v in rows:
                table.row([value_label(v.kind, lang), v.value, str(v.page or ""), _quote(v.text)])

    criteria = reversibility_rows(report.reversibility, lang)
    exit_values = value_rows(report.reversibility.get("values") or {})
    if criteria or exit_values:
        heading(t["reversibility"], 13)
    if criteria:
        pdf.set_font("DejaVu", "", 9)
        with pdf.table(col_widths=(70, 22, 98), text_align="LEFT", line_height=5) as table:
            table.row([t["criterion"], t["status"], t["evidence"]])
            for c in criteria:
                row = table.row()
                row.cell(c.label)
                row.cell(t.get(c.status, c.status),
                         style=FontFace(color=STATUS_COLOURS.get(c.status, (0, 0, 0))))
                row.cell("; ".join(_where(e, t) for e in c.evidence))
    if exit_values:
        values_table(exit_values)
    values = value_rows(report.values)
    if values:
        heading(t["values"], 13)
        values_table(values)

    heading(t["details"], 13)
    for f in report.findings:
        pdf.ln(1)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(*STATUS_COLOURS[f.status])
        pdf.multi_cell(0, 6, f"{t[f.status]} – {f.label}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        para(_grading(f, t), size=8, colour=(90, 90, 90))
        if f.assessment.level != "not_assessed":
            para(f"{t['assessment']}{t['colon']} {t[f.assessment.level]}", "B", 9,
                 LEVEL_COLOURS[f.assessment.level])
            for r in f.assessment.reasons:
                pdf.set_x(pdf.l_margin + 4)
                para(f"• {_reason(r, t)}", size=8)
        for e in f.evidence:
            pdf.set_x(pdf.l_margin + 4)
            pdf.set_font("DejaVu", "I", 9)
            pdf.multi_cell(0, 4.5, f"{t['open_quote']}{_quote(e.text)}{t['close_quote']}",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + 4)
            para(f"— {_where(e, t)}", size=8, colour=(90, 90, 90))
        if not f.evidence:
            para(t["no_evidence"], "I", 9, (90, 90, 90))
        if f.missing:
            para(f"{t['missing']}{t['colon']} " + "; ".join(f.missing), size=9)
        if f.recommendation and f.status != "present":
            para(f"{t['recommendation']}{t['colon']} {f.recommendation}", size=9)
    return bytes(pdf.output())


class _ReportPDF(FPDF):
    """An A4 report whose pages carry the document name, the date and the page number."""

    def __init__(self, footer_text: str) -> None:
        super().__init__()
        self.footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, f"{self.footer_text} · {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


# -- DOCX ---------------------------------------------------------------------------------------
def docx_table(document, header: list[str] | None, rows: list[list[str]]):
    """A bordered Word table, its header row in bold."""
    grid = document.add_table(rows=0, cols=len(rows[0] if rows else header or [""]))
    grid.style = "Table Grid"
    for cells in ([header] if header else []) + rows:
        row = grid.add_row().cells
        for cell, text in zip(row, cells, strict=True):
            cell.text = text
    if header:
        for cell in grid.rows[0].cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    return grid


def to_docx(report: CheckReport, language: str | None = None, today: date | None = None) -> bytes:
    """The report as a Word document, so buyers can annotate it and paste it into a memo."""
    import docx
    from docx.shared import Pt, RGBColor

    lang = language_of(report, language)
    t = TEXT[lang]
    today = today or date.today()
    document = docx.Document()
    document.core_properties.title = f"{t['title']} – {report.document.name}"
    document.core_properties.created = _midnight(today).replace(tzinfo=None)
    document.add_heading(f"{t['title']} – {report.document.name}", level=1)

    def table(header: list[str] | None, rows: list[list[str]]):
        return docx_table(document, header, rows)

    table(None, [[k, v] for k, v in _meta(report, t, today)])
    note = document.add_paragraph(t["score_note"])
    note.runs[0].italic = True
    document.add_heading(t["summary"], level=2)
    document.add_paragraph(t["counts"].format(**counts(report.findings)))
    document.add_paragraph(f"{t['required_gaps']}{t['colon']} {_gaps(report, t)}")
    document.add_paragraph(f"{t['at_risk']}{t['colon']} {_risks(report, t)}")
    summary = table([t["status"], t["item"], t["severity"], t["confidence"], t["page"],
                     t["assessment"]],
                    [[t[f.status], f.label, t.get(f.severity, f.severity),
                      f"{f.confidence:.2f}", pages_of(f), t[f.assessment.level]]
                     for f in report.findings])
    for row, f in zip(summary.rows[1:], report.findings, strict=True):
        for run in row.cells[0].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(*STATUS_COLOURS[f.status])
        for run in row.cells[5].paragraphs[0].runs:
            run.font.color.rgb = RGBColor(*LEVEL_COLOURS[f.assessment.level])
    def values_table(rows: list[ValueRow]) -> None:
        table([t["kind"], t["value"], t["page"], t["source"]],
              [[value_label(v.kind, lang), v.value, str(v.page or ""), _quote(v.text)]
               for v in rows])

    criteria = reversibility_rows(report.reversibility, lang)
    exit_values = value_rows(report.reversibility.get("values") or {})
    if criteria or exit_values:
        document.add_heading(t["reversibility"], level=2)
    if criteria:
        table([t["criterion"], t["status"], t["evidence"]],
              [[c.label, t.get(c.status, c.status), "; ".join(_where(e, t) for e in c.evidence)]
               for c in criteria])
    if exit_values:
        document.add_paragraph()
        values_table(exit_values)
    values = value_rows(report.values)
    if values:
        document.add_heading(t["values"], level=2)
        values_table(values)
    document.add_heading(t["details"], level=2)
    for f in report.findings:
        title = document.add_heading(f"{t[f.status]} – {f.label}", level=3)
        for run in title.runs:
            run.font.color.rgb = RGBColor(*STATUS_COLOURS[f.status])
        document.add_paragraph(_grading(f, t))
        if f.assessment.level != "not_assessed":
            level = document.add_paragraph()
            level.add_run(f"{t['assessment']}{t['colon']} ").bold = True
            run = level.add_run(t[f.assessment.level])
            run.bold = True
            run.font.color.rgb = RGBColor(*LEVEL_COLOURS[f.assessment.level])
            for r in f.assessment.reasons:
                document.add_paragraph(_reason(r, t), style="List Bullet")
        for e in f.evidence:
            quote = document.add_paragraph(style="Quote")
            quote.add_run(_quote(e.text))
            where = document.add_paragraph(f"— {_where(e, t)}")
            where.runs[0].font.size = Pt(8)
        if not f.evidence:
            document.add_paragraph(t["no_evidence"]).runs[0].italic = True
        if f.missing:
            document.add_paragraph(f"{t['missing']}{t['colon']}")
            for m in f.missing:
                document.add_paragraph(m, style="List Bullet")
        if f.recommendation and f.status != "present":
            para = document.add_paragraph()
            para.add_run(f"{t['recommendation']}{t['colon']} ").bold = True
            para.add_run(f.recommendation)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- one entry point ----------------------------------------------------------------------------
def render(report: CheckReport, fmt: str, language: str | None = None,
           today: date | None = None) -> bytes:
    """The report in one of FORMATS, as the bytes of a file."""
    match fmt:
        case "markdown":
            return to_markdown(report, language, today).encode("utf-8")
        case "pdf":
            return to_pdf(report, language, today)
        case "docx":
            return to_docx(report, language, today)
        case "csv":
            # The byte-order mark lets spreadsheet programs detect UTF-8 (accents, €).
            return to_csv(report).encode("utf-8-sig")
        case "json":
            return to_json(report).encode("utf-8")
    raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")


def file_name(report: CheckReport, fmt: str) -> str:
    """A download name like 'contrat-fr-gap-analysis.pdf'."""
    stem = Path(report.document.name).stem if len(report.files) <= 1 else "contract"
    suffix = "checklist" if fmt in ("csv", "json") else "gap-analysis"
    return f"{stem}-{suffix}.{EXTENSIONS[fmt]}"
