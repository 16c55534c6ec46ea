"""The portfolio page: every contract of the session and of the shared library in one table,
with filters, a heatmap of items × contracts, downloads and one click to open a contract."""
from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd
import streamlit as st

from assistant.analysis.playbooks import load_playbook
from assistant.models import DocumentInfo
from assistant.portfolio.register import to_register_csv
from assistant.portfolio.review import review_documents
from assistant.portfolio.rows import ContractRow
from assistant.portfolio.table import MEDIA_TYPES, has_assessments, to_csv, to_xlsx
from assistant.service import Assistant
from assistant.ui_text import STATUS_COLOURS

from .session import t

STATUSES = ("present", "partial", "absent")
LEVELS = ("adequate", "weak", "restrictive", "not_assessed")
VALUE_COLUMNS = ("client", "provider", "start_date", "term", "notice", "liability_cap",
                 "availability", "reversibility_period", "governing_law", "hosting_place")


def portfolio_page(assistant: Assistant, documents: Sequence[DocumentInfo]) -> None:
    state = st.session_state
    st.subheader(f":material/table_view: {t('pf_title')}")
    st.caption(t("pf_intro"))
    if not documents:
        st.info(t("pf_empty"), icon=":material/upload_file:")
        return
    playbook = load_playbook(state.playbook)
    labels = {item.id: item.label.get(state.lang) for item in playbook.items}
    with st.spinner(t("pf_checking", count=len(documents))):
        rows = portfolio_rows(assistant, documents, state.playbook)
    shown = filtered(rows, labels, has_assessments(rows))
    st.caption(t("pf_count", shown=len(shown), total=len(rows)))
    if not shown:
        st.info(t("pf_none_match"), icon=":material/filter_alt_off:")
        return
    table(shown, labels)
    open_buttons(shown)
    st.markdown(f"**{t('pf_heatmap')}**")
    st.altair_chart(heatmap(shown, labels), width="stretch", height=heatmap_height(labels))
    downloads(shown)


def portfolio_rows(assistant: Assistant, documents: Sequence[DocumentInfo],
                   playbook: str) -> list[ContractRow]:
    """One row per document, made once per session and playbook (the checks are cached too)."""
    made = st.session_state.setdefault("portfolio_rows", {})
    rows = []
    for doc in documents:
        key = (doc.doc_id, doc.owner, playbook)
        if key not in made:
            made[key] = review_documents(assistant, [doc.doc_id], playbook, doc.name,
                                         [doc.name])
        rows.append(made[key])
    return rows


def filtered(rows: list[ContractRow], labels: dict[str, str],
             assessed: bool) -> list[ContractRow]:
    """Rows kept by the filters: an item's status (and assessment), language, missing items."""
    names = {s: t(s) for s in STATUSES}
    top = st.columns([2, 3, 3] if assessed else [2, 3])
    item = top[0].selectbox(t("pf_item"), [None, *labels], key="pf_item",
                            format_func=lambda i, any_item=t("pf_any_item"): labels.get(
                                i, any_item))
    statuses = top[1].pills(t("pf_status"), STATUSES, selection_mode="multi",
                            default=list(STATUSES), key="pf_status", disabled=item is None,
                            format_func=names.get) or []
    levels: list[str] = list(LEVELS)
    if assessed:
        level_names = {level: t(f"pf_level_{level}") for level in LEVELS}
        levels = top[2].pills(t("pf_assessment"), LEVELS, selection_mode="multi",
                              default=list(LEVELS), key="pf_levels", disabled=item is None,
                              format_func=level_names.get) or []
    bottom = st.columns([2, 3])
    languages = sorted({r.language for r in rows if r.language})
    chosen_languages = bottom[0].pills(t("pf_language"), languages, selection_mode="multi",
                                       default=languages, key="pf_languages",
                                       format_func=str.upper) or []
    required = [i for i in labels if any(r.items.get(i) and r.items[i].severity == "required"
                                         for r in rows)]
    missing = bottom[1].multiselect(t("pf_missing"), required, key="pf_missing",
                                    format_func=labels.get, placeholder=t("pf_missing_any"))
    kept = []
    for row in rows:
        if row.error:
            kept.append(row)  # a contract that could not be read is always shown
            continue
        result = row.items.get(item) if item else None
        if item and (result is None or result.status not in statuses
                     or (assessed and result.assessment not in levels)):
            continue
        if row.language not in chosen_languages:
            continue
        if any(i not in row.missing_required for i in missing):
            continue
        kept.append(row)
    return kept


def table(rows: list[ContractRow], labels: dict[str, str]) -> None:
    names = {s: t(s) for s in STATUSES}
    records = []
    for row in rows:
        record = {"contract": row.contract, "language": row.language.upper(),
                  "pages": row.pages or None, "score": row.score,
                  "missing": len(row.missing_required) if not row.error else None}
        record.update({f"s_{i}": names.get(r.status, "") for i, r in row.items.items()})
        record.update({f"v_{c}": row.value(c) for c in VALUE_COLUMNS})
        record["error"] = row.error
        records.append(record)
    config = {
        "contract": st.column_config.TextColumn(t("pf_col_contract"), pinned=True),
        "language": st.column_config.TextColumn(t("pf_col_language"), width="small"),
        "pages": st.column_config.NumberColumn(t("pf_col_pages"), width="small"),
        "score": st.column_config.ProgressColumn(t("score"), min_value=0, max_value=100,
                                                 format="%.0f", width="small"),
        "missing": st.column_config.NumberColumn(t("pf_col_missing"), width="small",
                                                 help=t("pf_col_missing_help")),
        "error": st.column_config.TextColumn(t("pf_col_error")),
    }
    config.update({f"s_{i}": st.column_config.TextColumn(label, width="small")
                   for i, label in labels.items()})
    config.update({f"v_{c}": st.column_config.TextColumn(t(f"pf_value_{c}"))
                   for c in VALUE_COLUMNS})
    st.dataframe(pd.DataFrame(records), hide_index=True, column_config=config, key="pf_table",
                 on_select=open_selected, selection_mode="single-row",
                 row_height=32)
    st.session_state.portfolio_shown = [r.sha256[0] if r.sha256 else "" for r in rows]


def open_selected() -> None:
    """A row clicked in the table opens that contract's dashboard."""
    state = st.session_state
    picked = state.pf_table.selection.rows
    shown = state.get("portfolio_shown", [])
    if picked and picked[0] < len(shown) and shown[picked[0]]:
        open_contract(shown[picked[0]])


def open_buttons(rows: list[ContractRow]) -> None:
    known = {r.sha256[0]: r.contract for r in rows if r.sha256 and not r.error}
    if known:
        st.pills(t("pf_open"), list(known), key="pf_open", format_func=known.get,
                 on_change=lambda: open_contract(st.session_state.pf_open),
                 help=t("pf_open_help"))


def open_contract(doc_id: str | None) -> None:
    if doc_id:
        st.session_state.selected = [doc_id]
        st.session_state.view = "contract"
        st.session_state.pf_open = None


def heatmap(rows: list[ContractRow], labels: dict[str, str]) -> alt.Chart:
    """Items × contracts, one cell per status in traffic-light colours; the quote on hover."""
    names = {s: t(s) for s in STATUSES}
    cells = []
    for row in rows:
        for item_id, result in row.items.items():
            quote = result.quotes[0] if result.quotes else None
            cells.append({"contract": row.contract, "item": labels.get(item_id, item_id),
                          "status": names.get(result.status, result.status),
                          "quote": (f"p. {quote.page} · {quote.text[:160]}" if quote else "")})
    order = [labels[i] for i in labels]
    return alt.Chart(pd.DataFrame(cells)).mark_rect(stroke="white").encode(
        x=alt.X("contract:N", title=None, axis=alt.Axis(labelAngle=-30, labelLimit=220)),
        y=alt.Y("item:N", title=None, sort=order,
                axis=alt.Axis(labelOverlap=False, labelLimit=260)),
        color=alt.Color("status:N", title=None, legend=alt.Legend(orient="bottom"),
                        scale=alt.Scale(domain=[names[s] for s in STATUSES],
                                        range=[STATUS_COLOURS[s] for s in STATUSES])),
        tooltip=["contract:N", "item:N", "status:N", "quote:N"],
    ).properties(height=heatmap_height(labels))


def heatmap_height(labels: dict[str, str]) -> int:
    return max(220, 26 * len(labels))


def downloads(rows: list[ContractRow]) -> None:
    """The rows shown, as XLSX, CSV and a register of information (CSV)."""
    files = [("xlsx", to_xlsx(rows), "pf_download_xlsx", ":material/grid_on:"),
             ("csv", to_csv(rows).encode("utf-8-sig"), "pf_download_csv",
              ":material/table_view:"),
             ("register", to_register_csv(rows).encode("utf-8-sig"), "pf_download_register",
              ":material/account_balance:")]
    columns = st.columns(3)
    for column, (fmt, data, label, icon) in zip(columns, files, strict=True):
        name = "portfolio-register.csv" if fmt == "register" else f"portfolio.{fmt}"
        column.download_button(t(label), data=data, file_name=name,
                               mime=MEDIA_TYPES["csv" if fmt == "register" else fmt],
                               icon=icon, key=f"pf-download-{fmt}", on_click="ignore",
                               width="stretch")
