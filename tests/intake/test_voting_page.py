"""Voting on the participant page in a real browser (chromium through selenium): two phones,
their own dots and limits, a reload that keeps the phone's dots, and the end of the round."""

from __future__ import annotations

import pytest

from tests.conftest import make_themes
from tests.intake.test_participant_page import _visible, _wait, browser_factory  # noqa: F401


@pytest.fixture
def round_with_themes(project, workshop):
    themes = make_themes(
        project,
        workshop,
        ((0, "Tid för samtal", "Personalen vill ha tid"), (1, "Närstående", ""), (2, "Wifi i hemmen", "")),
    )
    round_, _ = project.votes.start(workshop.id, 2, 1)
    return round_, themes


def _join_vote(driver, intake):
    driver.get(intake.server.url + "#" + intake.code)
    _wait(driver, _visible(driver, "vote"))
    _wait(driver, lambda d: len(d.find_elements("css selector", "#themes .theme")) == 3)


def _press(driver, action, title):
    """Press a theme's + or −. The list is redrawn when the round changes (a poll may land between
    finding the button and clicking it), so a button that went stale is found again."""
    from selenium.common.exceptions import StaleElementReferenceException

    label = ("Lägg en prick på " if action == "add" else "Ta bort en prick från ") + title

    def pressed(d) -> bool:
        try:
            button = d.find_element("css selector", f'button[aria-label="{label}"]')
            if not button.is_enabled():
                return False
            button.click()
            return True
        except StaleElementReferenceException:
            return False

    _wait(driver, pressed)


def test_two_phones_vote_within_their_limits(browser_factory, intake, project, workshop, round_with_themes):  # noqa: F811 (the fixture imported above)
    round_, themes = round_with_themes
    tid, folk, wifi = (t.id for t in themes)
    first, second = browser_factory("sv-SE"), browser_factory("sv-SE")
    _join_vote(first, intake)
    assert not first.find_element("id", "write").is_displayed()
    assert "Personalen vill ha tid" in first.find_element("id", "themes").text
    assert first.find_element("id", "dots-left").text == "Prickar kvar: 2 av 2"
    _press(first, "add", "Tid för samtal")
    _wait(first, lambda d: d.find_element("id", "vote-status").text == "Sparad ✓")
    # at most one dot on a theme: its + is off
    plus = first.find_element("css selector", 'button[aria-label="Lägg en prick på Tid för samtal"]')
    assert not plus.is_enabled()
    _press(first, "add", "Wifi i hemmen")
    _wait(first, lambda d: d.find_element("id", "dots-left").text == "Prickar kvar: 0 av 2")
    _wait(first, lambda _d: project.votes.totals(round_.id) == {tid: 1, wifi: 1})
    assert not first.find_element("css selector", 'button[aria-label="Lägg en prick på Närstående"]').is_enabled()
    # the second phone has dots of its own
    _join_vote(second, intake)
    assert second.find_element("id", "dots-left").text == "Prickar kvar: 2 av 2"
    _press(second, "add", "Närstående")
    _wait(second, lambda _d: project.votes.totals(round_.id) == {tid: 1, folk: 1, wifi: 1})
    # a reload keeps the phone's token and so its dots; a dot moves
    first.refresh()
    _wait(first, lambda d: d.find_element("id", "dots-left").text == "Prickar kvar: 0 av 2")
    _press(first, "remove", "Wifi i hemmen")
    _wait(first, lambda d: d.find_element("id", "dots-left").text == "Prickar kvar: 1 av 2")
    _press(first, "add", "Närstående")
    _wait(first, lambda _d: project.votes.totals(round_.id) == {tid: 1, folk: 2})
    assert project.votes.voters(project.votes.current(workshop.id)) == 2
    # ending the round sends the phones back to writing notes
    project.votes.set_ended(round_.id, True)
    _wait(second, _visible(second, "write"), timeout=15)
    assert not second.find_element("id", "vote").is_displayed()
