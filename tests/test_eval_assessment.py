"""The assessment evaluation's own logic: agreement over found items, absent items apart, the
held-out and tuning sources reported separately, no held-out case shown to evaluate.py."""
from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
sys.path.insert(0, str(SCRIPTS))

import eval_assessment as ev  # noqa: E402


def _result() -> ev.Result:
    return ev.Result(cases=[
        ev.Case("01_a.txt", "liability", "adequate", False, "present", "adequate"),
        ev.Case("02_b.txt", "reversibility", "adequate", False, "partial", "weak"),
        ev.Case("03_c.txt", "liability", "weak", False, "present", "weak"),
        ev.Case("07_d.txt", "service_levels", "restrictive", True, "absent", "not_assessed"),
        ev.Case("10_e.txt", "liability", "restrictive", False, "present", "restrictive",
                ("responsabilité plafonnée",)),
    ])


def test_every_source_is_either_tuning_or_held_out() -> None:
    sources = set(ev.SOURCES.values())
    assert sources == set(ev.TUNING) | set(ev.HELD_OUT)
    assert not set(ev.TUNING) & set(ev.HELD_OUT)
    assert {ev.SOURCES[n] for n in ("01", "02")} == {"AMF"}


def test_agreement_counts_found_items_and_keeps_absent_ones_apart() -> None:
    rows = {r[0]: r[1:] for r in ev.rows(_result())}
    assert rows["assessment agreement (all sources)"] == [
        "0.75", "3/4 found items (1 absent apart)"]
    assert rows["agreement counting absent as wrong"][0] == "0.60"
    held = rows["assessment agreement (held-out sources)"]
    assert held[0] == "1.00" and held[1].startswith("1/1 found items (1 absent apart)")
    assert rows["assessment agreement (tuning sources)"][0] == "0.67"
    assert rows["agreement reversibility"][0] == "0.00"


def test_the_detail_for_evaluate_lists_no_held_out_case() -> None:
    detail = ev.detail(_result(), show=())
    assert "| VSGP | held out | 1.00 |" in detail
    assert "03_c" not in detail and "| 03 |" not in detail
    shown = ev.detail(_result(), show=ev.TUNING)
    assert "| 10 | liability | restrictive | present | restrictive | responsabilité " \
           "plafonnée |" in shown
    assert "| 03 |" not in shown


def test_a_failed_run_is_one_error_row() -> None:
    assert ev.rows(ev.Result(error="no output")) == [["error", "-", "no output"]]
