"""A voting round end to end: three phones and the shared screen, then the report's priorities.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_voting_screenshots.py [OUT]

From a new project with the example workshop (themes suggested by the app, two of them given a
summary) it opens intake for phones on 127.0.0.1, starts *Prioritera* (3 dots per person, at most
2 on one theme), lets three headless chromium phones vote through the real participant page, types
in a paper tally at the screen (+ on a chosen theme), grabs the board while the votes are hidden,
reveals them, grabs the board and the ranked list, ends the round and writes the report (PDF) into
OUT (default: docs/screenshots).
"""

from __future__ import annotations

import sys

from shots_setup import phone, prepare, start_app


def main() -> int:
    out, folder = prepare("voting-shots-")

    from selenium.webdriver.support.ui import WebDriverWait

    from workshop_app.exchange.samples import add_example_workshop
    from workshop_app.gui.main_window import MainWindow
    from workshop_app.gui.session import OpenProject
    from workshop_app.gui.settings import Preferences
    from workshop_app.gui.voting import RoundDialog
    from workshop_app.report.workflow import export_report
    from workshop_app.storage.project import Project

    settle = start_app("sv")

    project = Project.open(folder / "prioritera.workshop", create=True)
    workshop = add_example_workshop(project)
    window = MainWindow(Preferences(), OpenProject(project), workshop.id)
    window.resize(1800, 1000)
    window.show()
    settle()
    window.actions["suggest_themes"].trigger()
    settle(60)
    themes = project.themes.list(workshop.id)
    print(f"{len(themes)} themes suggested")
    for theme, summary in zip(themes[:2], ("Det som flest lappar tar upp.", "Ett tema med en sammanfattning.")):
        project.themes.update(theme.id, summary=summary)

    dialog = RoundDialog(project.workshops.focus_areas(workshop.id), window)
    dialog.dots.setValue(3)
    dialog.cap.setValue(2)
    dialog.show()
    settle()
    dialog.grab().save(str(out / "voting-start-dialog.png"))
    dialog.close()

    window.phone_intake.context.host = lambda: "127.0.0.1"
    window.actions["open_intake"].trigger()
    settle()
    intake = window.phone_intake
    if not intake.running:
        print("intake did not open", file=sys.stderr)
        return 1
    intake.join_screen.hide_screen()
    settle()
    if not window.voting.start_with(3, 2, None, 4):
        print("the round did not start", file=sys.stderr)
        return 1
    settle()
    round_ = project.votes.current(workshop.id)

    titles = [t.title for t in project.votes.themes_in_play(round_)]
    ballots = (  # each phone's three dots, by theme index
        (0, 0, 3),
        (0, 1, 3),
        (2, 1, 0),
    )
    phones = []
    try:
        for number, picks in enumerate(ballots, 1):
            driver = phone(1400)
            phones.append(driver)
            driver.get(intake.server.url + "#" + intake.server.code)
            WebDriverWait(driver, 20, 0.1).until(lambda d: d.find_element("id", "vote").is_displayed())
            WebDriverWait(driver, 20, 0.1).until(lambda d: d.find_elements("css selector", "#themes .theme"))
            for left, index in zip((2, 1, 0), picks):
                label = "Lägg en prick på " + titles[index]
                driver.find_element("css selector", f'button[aria-label="{label}"]').click()
                WebDriverWait(driver, 20, 0.1).until(
                    lambda d, n=left: d.find_element("id", "dots-left").text.startswith(f"Prickar kvar: {n} ")
                )
                settle(3)
            WebDriverWait(driver, 20, 0.1).until(lambda d: d.find_element("id", "vote-status").text == "Sparad ✓")
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(out / f"voting-phone-{number}.png"))
            settle(10)
        print("totals after the phones:", sorted(project.votes.totals(round_.id).values(), reverse=True))

        # a paper tally at the screen: 4 dots on the fourth theme, typed in with +
        window.voting.panel.mode.setCurrentIndex(0)
        item = window.scene.theme_items[project.votes.themes_in_play(round_)[3].id]
        window.scene.clearSelection()
        item.setSelected(True)
        for _ in range(4):
            window.actions["vote_plus"].trigger()
        settle()
        window.grab().save(str(out / "voting-board-hidden.png"))
        window.actions["reveal_votes"].trigger()
        settle(30)
        window.grab().save(str(out / "voting-board-revealed.png"))
        window.actions["end_voting"].trigger()
        settle(30)
        # a phone after the end of the round
        WebDriverWait(phones[0], 20, 0.1).until(lambda d: d.find_element("id", "write").is_displayed())
        phones[0].save_screenshot(str(out / "voting-phone-ended.png"))
    finally:
        for driver in phones:
            driver.quit()
    round_ = project.votes.current(workshop.id)
    print(
        "voters:",
        project.votes.voters(round_),
        "totals:",
        sorted(project.votes.totals(round_.id).values(), reverse=True),
    )
    pdf = export_report(project, [workshop.id], out / "voting-report.pdf", "pdf")
    export_report(project, [workshop.id], out / "voting-report.html", "html")
    export_report(project, [workshop.id], out / "voting-report.docx", "docx")
    intake.close()
    settle()
    window.close()
    window.close_session()
    print(f"wrote {out} ({pdf.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
