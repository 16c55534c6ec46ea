"""Playbooks: shipped ones load and follow DOMAIN.md; bad files give one readable PlaybookError."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis.playbooks import available_playbooks, load_playbook
from assistant.errors import PlaybookError

DOMAIN_IDS = [
    "services_scope", "duration", "pricing", "staff_transfer", "data_protection", "ip_ownership",
    "liability", "insurance", "place_of_performance", "change_management", "confidentiality",
    "reversibility", "service_levels", "penalties", "termination", "audit", "subcontracting",
    "security", "governance", "governing_law", "price_revision", "business_continuity",
]

VALID_ITEM = """
  - id: audit
    label: {fr: Audit, en: Audit}
    description: Audit rights.
    severity: recommended
    cues:
      en: {patterns: ['\\\\baudit']}
    recommendation: {fr: Prévoir un audit., en: Provide an audit.}
"""


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "custom.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_shipped_playbooks_are_listed():
    assert available_playbooks() == ["dora-art30", "infogerance", "rgpd-art28"]


@pytest.mark.parametrize("playbook_id", ["infogerance", "rgpd-art28", "dora-art30"])
def test_each_shipped_playbook_loads_with_labels_and_recommendations_in_both_languages(playbook_id):
    playbook = load_playbook(playbook_id)
    assert playbook.id == playbook_id
    assert playbook.version
    for item in playbook.items:
        assert item.label.fr and item.label.en
        assert item.recommendation.fr and item.recommendation.en
        assert item.cues.fr.patterns and item.cues.en.patterns


def test_infogerance_has_the_22_domain_ids_in_order_first_twelve_required():
    playbook = load_playbook("infogerance")
    assert [i.id for i in playbook.items] == DOMAIN_IDS
    assert [i.severity for i in playbook.items] == ["required"] * 12 + ["recommended"] * 10


def test_reversibility_lists_the_domain_sub_criteria():
    item = load_playbook("infogerance").item("reversibility")
    assert [c.id for c in item.sub_criteria] == [
        "plan", "triggers", "transition_period", "assistance", "data_return", "documentation",
        "continuity", "cost", "deletion", "staff_assets"]


def test_a_playbook_file_loads_by_path(tmp_path):
    path = _write(tmp_path, "id: custom\nversion: '2'\ntitle: {fr: Perso, en: Custom}\nitems:"
                  + VALID_ITEM)
    playbook = load_playbook(str(path))
    assert (playbook.id, playbook.version) == ("custom", "2")
    assert [i.id for i in playbook.items] == ["audit"]


def test_unknown_playbook_id_names_the_shipped_ones():
    with pytest.raises(PlaybookError, match="Unknown playbook 'nope'; shipped playbooks: "
                                            "dora-art30, infogerance, rgpd-art28"):
        load_playbook("nope")


def test_invalid_yaml_is_one_readable_error(tmp_path):
    path = _write(tmp_path, "id: broken\nitems: [unclosed\n")
    with pytest.raises(PlaybookError, match="is not valid YAML"):
        load_playbook(str(path))


def test_unknown_key_is_reported_with_its_location(tmp_path):
    body = ("id: custom\nversion: '1'\ntitle: {fr: Perso, en: Custom}\nitems:"
            + VALID_ITEM.replace("severity: recommended", "severity: recommended\n    weight: 3"))
    with pytest.raises(PlaybookError) as error:
        load_playbook(str(_write(tmp_path, body)))
    assert "does not match the schema" in str(error.value)
    assert "items.0.weight: Extra inputs are not permitted" in str(error.value)


def test_bad_severity_and_bad_regex_are_both_reported(tmp_path):
    body = ("id: custom\nversion: '1'\ntitle: {fr: Perso, en: Custom}\nitems:"
            + VALID_ITEM.replace("recommended", "optional").replace("\\\\baudit", "(audit"))
    with pytest.raises(PlaybookError) as error:
        load_playbook(str(_write(tmp_path, body)))
    message = str(error.value)
    assert "items.0.severity" in message
    assert "items.0.cues.en.patterns" in message
    assert "invalid regular expression '(audit'" in message


def test_duplicate_item_ids_are_refused(tmp_path):
    body = "id: custom\nversion: '1'\ntitle: {fr: Perso, en: Custom}\nitems:" + VALID_ITEM * 2
    with pytest.raises(PlaybookError, match="item id 'audit' appears twice"):
        load_playbook(str(_write(tmp_path, body)))


def test_missing_file_is_a_playbook_error(tmp_path):
    with pytest.raises(PlaybookError, match="not found"):
        load_playbook(str(tmp_path / "absent.yaml"))
