"""Screenshots of notes from phones: the join screen, a phone's page and the board with phone notes.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_intake_screenshots.py [OUT]

From a new project in a temporary folder it opens intake through the window's action (on this
computer's network address, as a facilitator would), posts notes from headless chromium through
the real participant page (Debian's chromium and chromium-driver, with selenium), and saves the
join screen, a phone's page and the window into OUT (default: docs/screenshots).
"""

from __future__ import annotations

import sys

from shots_setup import phone, prepare, start_app


def main() -> int:
    out, folder = prepare("intake-shots-")

    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.session import OpenProject
    from workshop_app.gui.settings import Preferences
    from workshop_app.storage.project import Project

    settle = start_app("sv")

    project = Project.open(folder / "rummet.workshop", create=True)
    workshop = project.workshops.create("Workshop i Ekeby", date="2026-10-22", place="Ekeby")
    window = MainWindow(Preferences(), OpenProject(project), workshop.id)
    window.resize(1600, 1000)
    window.show()
    settle()
    areas = {a.name: a.id for a in project.workshops.focus_areas(workshop.id)}
    kinds = {c.key: c.id for c in project.workshops.categories(workshop.id)}
    window.post_note(areas["Samverkan"], kinds["obstacle"], "Skrivet vid den gemensamma skärmen", "Bord 1")

    window.actions["open_intake"].trigger()  # File → Open for phones
    settle()
    intake = window.phone_intake
    if not intake.running:
        print("intake did not open", file=sys.stderr)
        return 1
    print(f"intake open at {intake.server.url} code {intake.server.code}")
    intake.join_screen.resize(1600, 900)
    settle()
    intake.join_screen.grab().save(str(out / "intake-join-screen.png"))

    driver = phone()
    from selenium.webdriver.support.ui import WebDriverWait

    def wait(condition):
        return WebDriverWait(driver, 20, poll_frequency=0.1).until(condition)

    try:
        driver.get(intake.server.url)  # typed address; the code typed once
        wait(lambda d: d.find_element("id", "code").is_displayed())
        driver.find_element("id", "code").send_keys(intake.server.code)
        driver.find_element("css selector", "#join-form button").click()
        wait(lambda d: d.find_element("id", "write").is_displayed())
        driver.find_element("id", "group").send_keys("Ekeby hemtjänst")
        for area, kind, text in (
            (
                "Digitalisering",
                "möjlighet",
                "Digitala tillsynsbesök på natten – tryggare för både brukare och personal",
            ),
            ("Kompetensutveckling", "behov av stöd", "Handledning för undersköterskor i palliativ vård"),
            ("Samverkan", "hinder", "Vårdcentralen och hemsjukvården når inte varandra på helger"),
        ):
            for choice in driver.find_elements("css selector", ".choice"):
                if choice.text in (area, kind):
                    choice.click()
            driver.find_element("id", "text").send_keys(text)
            driver.find_element("id", "send").click()
            wait(lambda d: d.find_element("id", "status").text.startswith("Skickad"))
            settle(5)
        driver.save_screenshot(str(out / "intake-phone.png"))
        window.actions["hidden_round"].trigger()  # a hidden round: phone notes arrive face down
        driver.find_element("id", "text").send_keys("Dold tills facilitatorn visar alla lappar")
        driver.find_element("id", "send").click()
        wait(lambda d: "(du har skickat 4)" in d.find_element("id", "status").text)
    finally:
        driver.quit()
    settle()
    intake.join_screen.hide_screen()
    settle()
    window.grab().save(str(out / "intake-board.png"))
    print(f"{intake.server.received} notes from phones; board shows {len(window.scene.items_by_id)} notes")
    window.close()
    window.close_session()
    print(f"wrote {out}/intake-join-screen.png, intake-phone.png, intake-board.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
