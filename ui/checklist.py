"""The checklist dashboard and the reversibility view of a CheckReport."""
from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd
import streamlit as st

from assistant.analysis.playbooks import Playbook
from assistant.exports import report as reports
from assistant.models import CheckReport, DocumentInfo, Finding
from assistant.service import Assistant
from assistant.ui_text import (
    LEVEL_COLOURS,
    LEVEL_ICONS,
    LEVEL_TINTS,
    STATUS_COLOURS,
    STATUS_ICONS,
    STATUS_TINTS,
)

from .evidence import evidence_block
from .session import t

HEADLINE_KINDS = ("term", "notice", "availability", "liability_cap", "governing_law")


def checklist_tab(assistant: Assistant, report: CheckReport, playbook: Playbook,
                  docs: list[DocumentInfo]) -> None:
    counts = reports.counts(report.findings)
    gaps = sum(f.severity == "required" and f.status != "present" for f in report.findings)
    columns = st.columns(6)
    columns[0].metric(t("score"), f"{report.score:.0f} / 100", help=t("score_help"), border=True)
    for column, status in zip(columns[1:4], reports.STATUSES, strict=True):
        column.metric(t(status + "_plural"), counts[status], icon=STATUS_ICONS[status],
                      border=True)
    columns[4].metric(t("required_gaps"), gaps, icon=":material/priority_high:", border=True)
    columns[5].metric(t("at_risk"), len(reports.at_risk(report.findings)),
                      icon=LEVEL_ICONS["restrictive"], help=t("at_risk_help"), border=True)

    chart, table = st.columns([2, 3])
    with chart:
        st.markdown(f"**{t('chart_title')}**")
        st.altair_chart(severity_chart(report), width="stretch")
    with table:
        rows = [{t("col_status"): t(f.status), t("col_assessment"): t(f.assessment.level),
                 t("col_item"): f.label, t("col_severity"): t(f.severity),
                 t("col_confidence"): f.confidence, t("col_pages"): reports.pages_of(f)}
                for f in report.findings]
        colours = {t(s): STATUS_COLOURS[s] for s in reports.STATUSES}
        level_colours = {t(level): LEVEL_COLOURS[level] for level in reports.LEVELS}
        styled = pd.DataFrame(rows).style.map(
            lambda v: f"color: {colours[v]}; font-weight: 600", subset=[t("col_status")]).map(
            lambda v: f"color: {level_colours[v]}", subset=[t("col_assessment")])
        st.dataframe(styled, hide_index=True, height=330, column_config={
            t("col_status"): st.column_config.TextColumn(width="small"),
            t("col_assessment"): st.column_config.TextColumn(width="small"),
            t("col_severity"): st.column_config.TextColumn(width="small"),
            t("col_confidence"): st.column_config.ProgressColumn(
                min_value=0.0, max_value=1.0, format="%.2f", color="blue", width="small"),
            t("col_pages"): st.column_config.TextColumn(width="small")})

    st.subheader(t("details"))
    names = status_names()
    shown = st.pills(t("filter"), reports.STATUSES, selection_mode="multi",
                     default=list(reports.STATUSES), key="status_filter",
                     format_func=lambda s: f"{STATUS_ICONS[s]} {names[s]}") or []
    risky_only = st.toggle(t("at_risk_filter"), key="risk_filter", help=t("at_risk_help"))
    risky = {f.id for f in reports.at_risk(report.findings)}
    known = {item.id: item for item in playbook.items}
    for f in report.findings:
        if f.status not in shown or (risky_only and f.id not in risky):
            continue
        level = f.assessment.level
        assessed = f" · {level_tinted(level)}" if level != "not_assessed" else ""
        title = f"**{f.label}** — {tinted(f.status)}{assessed} · {f.confidence:.0%}"
        with st.expander(title, icon=STATUS_ICONS[f.status], key=f"item-{f.id}"):
            item = known.get(f.id)
            basis = [t("legal_basis", basis=item.legal_basis)] if item and item.legal_basis else []
            st.caption(" · ".join([t(f.severity), *basis]))
            if not f.evidence:
                st.markdown(f"_{t('no_evidence')}_")
            for i, evidence in enumerate(f.evidence):
                evidence_block(assistant, evidence, docs, key=f"page-{f.id}-{i}")
            reasons_block(assistant, f, docs, key=f"reason-{f.id}")
            if f.missing:
                missing_list(f.missing)
            if f.recommendation and f.status != "present":
                st.info(f.recommendation, icon=":material/lightbulb:")


def tinted(status: str) -> str:
    return f":{STATUS_TINTS[status]}[{t(status)}]"


def level_tinted(level: str) -> str:
    return f":{LEVEL_TINTS[level]}[{LEVEL_ICONS[level]} {t(level)}]"


def reasons_block(assistant: Assistant, finding: Finding, docs: list[DocumentInfo],
                  key: str) -> None:
    """The assessment of a clause, each reason with the passage that shows it."""
    level = finding.assessment.level
    if level == "not_assessed":
        return
    st.markdown(f"**{t('assessment', level=level_tinted(level))}**")
    for i, reason in enumerate(finding.assessment.reasons):
        st.markdown(f"**{i + 1}.** {reason.text}")
        evidence_block(assistant, reason.evidence, docs, key=f"{key}-{i}")


def missing_list(missing: Sequence[str]) -> None:
    st.markdown(f"**{t('missing')}**\n\n"
                + "\n".join(f"- :red[:material/close:] {m}" for m in missing))


def status_names() -> dict[str, str]:
    # Format functions outlive the run (AppTest calls them later): they must close over plain
    # values, not over st.session_state.
    return {status: t(status) for status in reports.STATUSES}


def severity_chart(report: CheckReport) -> alt.Chart:
    """Present / partial / absent counts per severity, as stacked bars in traffic-light colours."""
    rows = []
    for severity in ("required", "recommended"):
        for order, status in enumerate(reports.STATUSES):
            count = sum(f.severity == severity and f.status == status for f in report.findings)
            rows.append({"severity": t(severity), "status": t(status), "count": count,
                         "order": order})
    labels = [t(s) for s in reports.STATUSES]
    return alt.Chart(pd.DataFrame(rows)).mark_bar().encode(
        x=alt.X("count:Q", title=t("count"), axis=alt.Axis(tickMinStep=1)),
        y=alt.Y("severity:N", title=None, sort=[t("required"), t("recommended")]),
        color=alt.Color("status:N", title=None, legend=alt.Legend(orient="bottom"),
                        scale=alt.Scale(domain=labels,
                                        range=[STATUS_COLOURS[s] for s in reports.STATUSES])),
        order=alt.Order("order:Q"),
        tooltip=["severity:N", "status:N", "count:Q"],
    ).properties(height=220)


def reversibility_tab(assistant: Assistant, report: CheckReport,
                      docs: list[DocumentInfo]) -> None:
    lang = st.session_state.lang
    finding = next((f for f in report.findings if f.id == "reversibility"), None)
    if finding is None:
        st.info(t("not_in_playbook"))
    else:
        level = finding.assessment.level
        if level != "not_assessed":
            # The headline says whether the clause protects the client, in words.
            reasons = ", ".join(r.text for r in finding.assessment.reasons)
            st.subheader(f":{LEVEL_TINTS[level]}[{LEVEL_ICONS[level]}] "
                         + t("reversibility_assessment", level=t(level + "_word"),
                             reasons=reasons))
            st.caption(t("reversibility_status", status=t(finding.status).lower()))
            for i, reason in enumerate(finding.assessment.reasons):
                st.markdown(f"**{i + 1}.** {reason.text}")
                evidence_block(assistant, reason.evidence, docs, key=f"exit-reason-{i}")
        else:
            st.subheader(f":{STATUS_TINTS[finding.status]}[{STATUS_ICONS[finding.status]}] "
                         f"{t('reversibility_status', status=t(finding.status).lower())}")
        if finding.recommendation and finding.status != "present":
            st.info(finding.recommendation, icon=":material/lightbulb:")
        criteria = reports.reversibility_rows(report.reversibility, lang)
        if criteria:
            st.markdown(f"**{t('sub_criteria')}**")
        for c in criteria:
            status = c.status if c.status in STATUS_ICONS else "absent"
            with st.expander(f"{c.label} — {tinted(status)}", icon=STATUS_ICONS[status],
                             key=f"criterion-{c.id}"):
                if not c.evidence:
                    st.markdown(f"_{t('no_evidence')}_")
                for i, evidence in enumerate(c.evidence):
                    evidence_block(assistant, evidence, docs, key=f"page-exit-{c.id}-{i}")
                if c.values:
                    values_table(c.values)
        if not criteria and finding.evidence:
            for i, evidence in enumerate(finding.evidence):
                evidence_block(assistant, evidence, docs, key=f"page-exit-{i}")
        if finding.missing and not criteria:
            missing_list(finding.missing)
        exit_values = reports.value_rows(report.reversibility.get("values") or {})
        if exit_values:
            st.markdown(f"**{t('exit_values')}**")
            values_table(exit_values)
    st.subheader(t("headline_values"))
    values = reports.value_rows(report.values)
    if not values:
        st.caption(t("no_values"))
        return
    first = {}
    for v in values:
        first.setdefault(v.kind, v)
    cards = [first[kind] for kind in HEADLINE_KINDS if kind in first]
    # Cards rather than st.metric: values such as "5 jours ouvrés" must wrap, not be cut.
    for column, v in zip(st.columns(max(len(cards), 1)), cards, strict=False):
        with column.container(border=True, height="stretch"):
            st.caption(reports.value_label(v.kind, lang), help=" ".join(v.text.split()))
            st.markdown(f"**{v.value}**")
    values_table(values)


def values_table(rows: Sequence[reports.ValueRow]) -> None:
    lang = st.session_state.lang
    st.dataframe(pd.DataFrame([{
        t("col_kind"): reports.value_label(v.kind, lang), t("col_value"): v.value,
        t("col_page"): str(v.page) if v.page else "", t("col_text"): " ".join(v.text.split())}
        for v in rows]), hide_index=True)
