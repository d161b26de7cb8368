"""The participant page in a real browser: Debian's chromium and chromium-driver through selenium.

Skipped (with the reason) only on a developer's machine without chromium; under CI (``CI`` set)
a missing browser is a failure, since ``.ci/run`` installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or next(
    (path for path in ("/usr/lib/chromium/chromedriver",) if os.path.exists(path)), None
)


@pytest.fixture
def browser_factory():
    if CHROMIUM is None or DRIVER is None:
        missing = "chromium" if CHROMIUM is None else "chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(
                f"{missing} is not installed; .ci/run installs it when it runs as root"
                " (apt-get install chromium chromium-driver)."
            )
        pytest.skip(f"{missing} is not installed (apt-get install chromium chromium-driver); CI runs this test.")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    drivers = []

    def make(language: str = "sv-SE"):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=412,915",
            f"--lang={language}",
        ):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": language})
        driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
        driver.set_page_load_timeout(30)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.quit()


def _wait(driver, condition, timeout=20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def _visible(driver, element_id):
    return lambda d: d.find_element("id", element_id).is_displayed()


def _join(driver, intake):
    driver.get(intake.server.url)
    _wait(driver, _visible(driver, "code"))
    driver.find_element("id", "code").send_keys(intake.code)
    driver.find_element("css selector", "#join-form button").click()
    _wait(driver, _visible(driver, "write"))


def _choose(driver, name, label):
    for choice in driver.find_elements("css selector", f"#{name} .choice"):
        if choice.text == label:
            choice.click()
            return
    raise AssertionError(f"no choice {label!r} in #{name}")


def test_a_phone_joins_with_the_code_and_posts_a_note_with_swedish_letters(browser_factory, intake, project, workshop):
    driver = browser_factory("sv-SE")
    _join(driver, intake)
    assert driver.find_element("tag name", "html").get_attribute("lang") == "sv"
    assert driver.find_element("id", "title").text == "Workshop i Testby"
    areas = [c.text for c in driver.find_elements("css selector", "#areas .choice")]
    assert areas == [a.name for a in project.workshops.focus_areas(workshop.id)]
    _choose(driver, "areas", "Kompetensutveckling")
    _choose(driver, "kinds", "behov av stöd")
    text = "Handledning för undersköterskor – åäö ÅÄÖ"
    driver.find_element("id", "text").send_keys(text)
    driver.find_element("id", "group").send_keys("Kommun Ö")
    send = driver.find_element("id", "send")
    assert send.text == "Skicka"
    send.click()
    _wait(driver, lambda d: d.find_element("id", "status").text == "Skickad ✓")
    (note,) = project.notes.list(workshop.id)
    assert note.text == text
    assert note.group_name == "Kommun Ö"
    assert project.workshops.focus_area(note.focus_area_id).name == "Kompetensutveckling"
    assert driver.find_element("id", "text").get_attribute("value") == ""
    # the group and the code are remembered on the phone
    driver.refresh()
    _wait(driver, _visible(driver, "write"))
    assert driver.find_element("id", "group").get_attribute("value") == "Kommun Ö"


def test_a_note_written_during_a_pause_waits_on_the_phone_and_is_sent_once(browser_factory, intake, project, workshop):
    driver = browser_factory("en-GB")
    _join(driver, intake)
    assert driver.find_element("tag name", "html").get_attribute("lang") == "en"
    intake.server.pause(True)
    _wait(driver, _visible(driver, "paused"))  # heard without posting: the page asks every few seconds
    _choose(driver, "areas", "Egenvård")
    _choose(driver, "kinds", "möjlighet")
    driver.find_element("id", "text").send_keys("Written while paused")
    driver.find_element("id", "send").click()
    _wait(driver, _visible(driver, "paused"))
    assert "Paused" in driver.find_element("id", "paused").text
    assert project.notes.list(workshop.id) == []
    driver.refresh()  # the note survives a reload: it is in localStorage
    _wait(driver, _visible(driver, "write"))
    outbox = json.loads(driver.execute_script("return window.localStorage.getItem('workshop.outbox');"))
    assert [n["text"] for n in outbox] == ["Written while paused"]
    intake.server.pause(False)
    _wait(driver, lambda d: d.find_element("id", "status").text.startswith("Sent ✓"), timeout=30)
    assert [n.text for n in project.notes.list(workshop.id)] == ["Written while paused"]
    assert json.loads(driver.execute_script("return window.localStorage.getItem('workshop.outbox');")) == []
    assert not driver.find_element("id", "paused").is_displayed()


def test_scanning_the_qr_code_joins_without_typing(browser_factory, intake):
    """The join screen's QR code holds the address with the code after '#' (never sent to the server)."""
    driver = browser_factory("sv-SE")
    driver.get(f"{intake.server.url}#code={intake.code}")
    _wait(driver, _visible(driver, "write"))
    assert driver.execute_script("return window.location.hash;") == ""  # not left in the address bar
    assert intake.server.joined == 1


def test_a_wrong_code_is_told_on_the_page(browser_factory, intake):
    driver = browser_factory("sv-SE")
    driver.get(intake.server.url)
    _wait(driver, _visible(driver, "code"))
    driver.find_element("id", "code").send_keys("000000" if intake.code != "000000" else "111111")
    driver.find_element("css selector", "#join-form button").click()
    _wait(driver, lambda d: "Fel kod" in d.find_element("id", "join-message").text)
    assert not driver.find_element("id", "write").is_displayed()


@pytest.fixture(scope="session")
def axe_script(tmp_path_factory):
    """axe-core's axe.min.js from the npm registry (``npm pack``), once per test run."""
    npm = shutil.which("npm")
    if npm is None:
        if os.environ.get("CI"):
            pytest.fail("npm is not installed; .ci/run installs it when it runs as root.")
        pytest.skip("npm is not installed: axe-core cannot be fetched (apt-get install npm).")
    folder = tmp_path_factory.mktemp("axe")
    result = subprocess.run(
        [npm, "pack", "axe-core@4", "--silent"], cwd=folder, capture_output=True, text=True, timeout=180
    )
    if result.returncode != 0:
        pytest.fail(f"npm pack axe-core failed: {result.stderr.strip()[:300]}")
    with tarfile.open(folder / result.stdout.strip().splitlines()[-1]) as archive:
        return archive.extractfile("package/axe.min.js").read().decode("utf-8")


@pytest.mark.parametrize("language", ["sv-SE", "en-GB"])
def test_the_page_has_no_accessibility_violations(browser_factory, intake, axe_script, language):
    """axe-core (WCAG 2.0/2.1 A and AA rules) on the join screen and on the writing screen."""
    driver = browser_factory(language)
    driver.get(intake.server.url)
    _wait(driver, _visible(driver, "code"))
    found = {"join": _axe(driver, axe_script)}
    driver.find_element("id", "code").send_keys(intake.code)
    driver.find_element("css selector", "#join-form button").click()
    _wait(driver, _visible(driver, "write"))
    _choose(driver, "areas", "Samverkan")
    found["write"] = _axe(driver, axe_script)
    report = {
        screen: [(v["id"], v["impact"], len(v["nodes"])) for v in violations] for screen, violations in found.items()
    }
    print(f"axe-core violations ({language}): {report}")
    assert report == {"join": [], "write": []}


def _axe(driver, script):
    # axe is injected through the driver (the page's CSP does not apply to it)
    driver.execute_script(script)
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag',"
        " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        ".then(function (r) { done(r.violations); }, function (e) { done([{id: 'axe-error', impact: String(e), nodes: []}]); });"
    )
    return result
