"""Round → Prioritise: dot voting on themes at the shared screen (phones vote through intake).

The facilitator starts a round (dots per participant, most dots on one theme, the whole board
or one focus area). At the screen, + and − put a dot on the chosen theme or take one off: as a
paper tally (typing in a vote held on paper: no limits) or for participants in turn (each with
the round's dots). Counts stay hidden on the board until the facilitator reveals them; then each
theme shows its votes and the panel ranks the themes. Every edit is an undoable command.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.voting import DEFAULT_DOTS, MAX_DOTS, PAPER, VoteRound, ranked, screen_voter
from workshop_app.gui.board.theme_items import ThemeItem
from workshop_app.gui.commands.votes import ChangeDot, SetRoundFlag, StartRound
from workshop_app.gui.context import BoardContext
from workshop_app.gui.session import OpenProject

THEME_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class VotingContext:
    """What voting needs from the window.

    Attributes:
        parent: the window (parent of the dialog; the panel docks in it).
        session: the open project now (None when there is none).
        workshop_id: the workshop shown now.
        scene: the board now (None when there is none), to show counts and read the chosen theme.
        run_edit: runs one undoable command on the workshop shown; False when it was refused.
        show_status: a short message in the status bar.
    """

    parent: QWidget
    session: Callable[[], OpenProject | None]
    workshop_id: Callable[[], str | None]
    scene: Callable[[], object | None]
    run_edit: Callable[[object], bool]
    show_status: Callable[[str], None]

    @classmethod
    def from_board(cls, board: BoardContext) -> VotingContext:
        """The parts of the window's narrow context that voting uses."""
        return cls(
            board.parent,
            board.current_session,
            board.current_workshop_id,
            board.current_scene,
            board.run_edit,
            lambda text: board.show_status(text, 15000),
        )


class RoundDialog(QDialog):
    """The settings of a new round: dots per participant, the most on one theme, where."""

    def __init__(self, areas: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RoundDialog")
        self.setWindowTitle(self.tr("Prioritise"))
        self.dots = QSpinBox(self)
        self.dots.setObjectName("roundDots")
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(DEFAULT_DOTS)
        self.cap = QSpinBox(self)
        self.cap.setObjectName("roundCap")
        self.cap.setRange(1, DEFAULT_DOTS)
        self.cap.setValue(DEFAULT_DOTS)
        self.dots.valueChanged.connect(self._dots_changed)
        self.scope = QComboBox(self)
        self.scope.setObjectName("roundScope")
        self.scope.addItem(self.tr("The whole board"), None)
        for area in areas:
            self.scope.addItem(area.name, area.id)
        self.paper = QSpinBox(self)
        self.paper.setObjectName("roundPaperVoters")
        self.paper.setRange(0, 10_000)
        self.paper.setToolTip(self.tr("People who vote on paper, whose dots you type in (counted as voters)"))
        form = QFormLayout()
        form.addRow(self.tr("&Dots per participant:"), self.dots)
        form.addRow(self.tr("&Most dots on one theme:"), self.cap)
        form.addRow(self.tr("&Themes of:"), self.scope)
        form.addRow(self.tr("Voters on &paper:"), self.paper)
        note = QLabel(
            self.tr(
                "Votes stay hidden on the board until you reveal them. Starting a round"
                " replaces the previous round's votes (Undo brings them back)."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _dots_changed(self, value: int) -> None:
        follow = self.cap.value() == self.cap.maximum()
        self.cap.setMaximum(value)
        if follow:
            self.cap.setValue(value)

    def settings(self) -> tuple[int, int, str | None, int]:
        return self.dots.value(), self.cap.value(), self.scope.currentData(), self.paper.value()


class VotingPanel(QWidget):
    """The dock's content: the round, who votes, the themes (ranked once revealed), the controls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("votingPanel")
        self.status = QLabel(self)
        self.status.setObjectName("votingStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.mode = QComboBox(self)
        self.mode.setObjectName("votingMode")
        self.mode.addItem(self.tr("Paper tally (no limits)"), "paper")
        self.mode.addItem(self.tr("Participants in turn"), "turns")
        self.mode.setAccessibleName(self.tr("Who votes at this screen"))
        self.turn = QLabel(self)
        self.turn.setObjectName("votingTurn")
        self.next_button = QPushButton(self.tr("&Next participant"), self)
        self.next_button.setObjectName("votingNext")
        self.list = QListWidget(self)
        self.list.setObjectName("votingThemes")
        self.list.setAccessibleName(self.tr("Themes in the voting round"))
        self.list.setWordWrap(True)  # a long title wraps in the narrow dock instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plus_button = QPushButton("+", self)
        self.plus_button.setObjectName("votingPlus")
        self.plus_button.setToolTip(self.tr("Add a dot to the chosen theme (+)"))
        self.minus_button = QPushButton("−", self)
        self.minus_button.setObjectName("votingMinus")
        self.minus_button.setToolTip(self.tr("Remove a dot from the chosen theme (−)"))
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("votingReveal")
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("votingEnd")
        self.start_button = QPushButton(self.tr("New &round…"), self)
        self.start_button.setObjectName("votingStart")
        dots = QHBoxLayout()
        dots.addWidget(self.minus_button)
        dots.addWidget(self.plus_button)
        turns = QHBoxLayout()
        turns.addWidget(self.turn, 1)
        turns.addWidget(self.next_button)
        flags = QHBoxLayout()
        flags.addWidget(self.reveal_button)
        flags.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.mode)
        layout.addLayout(turns)
        layout.addWidget(self.list, 1)
        layout.addLayout(dots)
        layout.addLayout(flags)
        layout.addWidget(self.start_button)


class Voting(QObject):
    """The *Prioritise* feature: the dialog, the dock and the board's counts."""

    def __init__(self, context: VotingContext):
        super().__init__(context.parent)
        self.context = context
        self.turn = 0  # the participant voting at the screen in "in turn" mode (0: none yet)
        self._turn_round: str | None = None
        self._dock: QDockWidget | None = None
        self.panel: VotingPanel | None = None
        self._pending = False
        self._round: VoteRound | None = None  # the round shown (what the actions' states read)

    # --- state -------------------------------------------------------------------------------
    def _project(self):
        session = self.context.session()
        return session.project if session is not None else None

    def current_round(self) -> VoteRound | None:
        project, workshop_id = self._project(), self.context.workshop_id()
        if project is None or workshop_id is None:
            return None
        return project.votes.current(workshop_id)

    def round_open(self) -> bool:
        """A round is open (read from what was last shown: actions ask this on every change)."""
        session = self.context.session()
        return self._round is not None and self._round.open and session is not None and not session.read_only

    def has_round(self) -> bool:
        session = self.context.session()
        return self._round is not None and session is not None and not session.read_only

    def keys_on_board(self) -> bool:
        """+ and − typed on the board are dots (not note text) while a round is open and shown."""
        return self.panel_visible() and self.round_open()

    def voter(self) -> str:
        if self.panel is not None and self.panel.mode.currentData() == "turns":
            return screen_voter(max(self.turn, 1))
        return PAPER

    def chosen_theme(self) -> str | None:
        """The theme + and − act on: the one chosen in the panel's list when it has the
        keyboard, else the theme (or the note in a theme) focused or selected on the board."""
        if self.panel is not None and self.panel.list.hasFocus() and self.panel.list.currentItem() is not None:
            return self.panel.list.currentItem().data(THEME_ROLE)
        scene = self.context.scene()
        if scene is not None:
            focus = scene.focusItem()
            if isinstance(focus, ThemeItem):
                return focus.theme_id
            themes = scene.selected_theme_ids()
            if len(themes) == 1:
                return themes[0]
            in_themes = {n.theme_id for n in scene.selected_notes() if n.theme_id}
            if len(in_themes) == 1:
                return in_themes.pop()
        if self.panel is not None and self.panel.list.currentItem() is not None:
            return self.panel.list.currentItem().data(THEME_ROLE)
        return None

    # --- commands ----------------------------------------------------------------------------
    def start(self) -> None:
        project, workshop_id = self._project(), self.context.workshop_id()
        if project is None or workshop_id is None:
            return
        dialog = RoundDialog(project.workshops.focus_areas(workshop_id), self.context.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_with(*dialog.settings())

    def start_with(self, dots: int, cap: int, focus_area_id: str | None, paper_voters: int = 0) -> bool:
        project, workshop_id = self._project(), self.context.workshop_id()
        if not self.context.run_edit(StartRound(project, workshop_id, dots, cap, focus_area_id, paper_voters)):
            return False
        self.turn = 0
        self.show_panel()
        self.context.show_status(
            QCoreApplication.translate("Voting", "Voting round started: votes stay hidden until you reveal them.")
        )
        return True

    def plus(self) -> None:
        self._dot(add=True)

    def minus(self) -> None:
        self._dot(add=False)

    def _dot(self, *, add: bool) -> None:
        round_ = self.current_round()
        theme_id = self.chosen_theme()
        if round_ is None or not round_.open:
            return
        if theme_id is None:
            self.context.show_status(
                QCoreApplication.translate("Voting", "Choose a theme on the board or in the voting panel first.")
            )
            return
        if self.panel is not None and self.panel.mode.currentData() == "turns" and self.turn == 0:
            self.next_participant()
        if self.context.run_edit(ChangeDot(self._project(), round_.id, theme_id, self.voter(), add)):
            self.context.show_status(self._dot_message(round_, theme_id, add))

    def _dot_message(self, round_: VoteRound, theme_id: str, add: bool) -> str:
        title = self._project().themes.get(theme_id).title
        if round_.revealed:
            n = self._project().votes.totals(round_.id).get(theme_id, 0)
            return QCoreApplication.translate("Voting", "“%1”: %n vote(s).", None, n).replace("%1", title)
        if add:
            return QCoreApplication.translate("Voting", "A dot on “%1” (hidden until you reveal).").replace("%1", title)
        return QCoreApplication.translate("Voting", "A dot off “%1” (hidden until you reveal).").replace("%1", title)

    def next_participant(self) -> None:
        round_ = self.current_round()
        if round_ is None:
            return
        if self._turn_round != round_.id:
            self._turn_round = round_.id
            self.turn = self._project().votes.last_screen_turn(round_.id)
        self.turn += 1
        if self.panel is not None:
            self.panel.mode.setCurrentIndex(self.panel.mode.findData("turns"))
        self.refresh()

    def toggle_reveal(self) -> None:
        round_ = self.current_round()
        if round_ is not None:
            self.context.run_edit(SetRoundFlag(self._project(), round_.id, "revealed", not round_.revealed))

    def toggle_end(self) -> None:
        round_ = self.current_round()
        if round_ is not None:
            self.context.run_edit(SetRoundFlag(self._project(), round_.id, "ended", round_.open))

    # --- the dock ----------------------------------------------------------------------------
    def show_panel(self) -> None:
        if self._dock is None:
            self._dock = QDockWidget(QCoreApplication.translate("Voting", "Prioritise"), self.context.parent)
            self._dock.setObjectName("votingDock")
            self.panel = VotingPanel(self._dock)
            self._dock.setWidget(self.panel)
            self.panel.plus_button.clicked.connect(self.plus)
            self.panel.minus_button.clicked.connect(self.minus)
            self.panel.reveal_button.clicked.connect(self.toggle_reveal)
            self.panel.end_button.clicked.connect(self.toggle_end)
            self.panel.start_button.clicked.connect(self.start)
            self.panel.next_button.clicked.connect(self.next_participant)
            self.panel.mode.currentIndexChanged.connect(lambda _i: self.refresh())
            self.context.parent.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._dock)
        self._dock.show()
        self._dock.raise_()
        self.refresh()

    def toggle_panel(self) -> None:
        if self._dock is not None and self._dock.isVisible():
            self._dock.hide()
        else:
            self.show_panel()

    def panel_visible(self) -> bool:
        return self._dock is not None and self._dock.isVisible()

    # --- following changes -------------------------------------------------------------------
    def changed(self, change) -> None:
        """A change in the project: votes, rounds and themes redraw (once, after the board)."""
        if change.kind in ("vote_round", "workshop"):
            self._round = self.current_round()  # now: the actions' states are asked next
        if change.kind in ("vote", "vote_round", "theme", "workshop", "focus_area") and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.refresh)  # cancelled if the window goes first

    def refresh(self) -> None:
        """Show the current round on the board and in the panel."""
        self._pending = False
        project = self._project()
        round_ = self._round = self.current_round()
        if project is None:
            return
        totals = project.votes.totals(round_.id) if round_ is not None else {}
        in_play = project.votes.themes_in_play(round_) if round_ is not None else []
        scene = self.context.scene()
        if scene is not None:
            shown = round_ is not None and round_.revealed
            playing = {t.id for t in in_play}
            taller = False
            for theme_id, item in scene.theme_items.items():
                before = item.header_height()
                item.set_votes(totals.get(theme_id, 0) if shown and theme_id in playing else None)
                taller = taller or item.header_height() != before
            if taller:  # a title wrapped anew beside its count: the cards below move
                scene.layout_all()
        if self.panel is not None:
            self._fill_panel(round_, in_play, totals)

    def _labels(self, in_play: list) -> tuple[dict[str, str], dict[str, str]]:
        """Per theme id: its title in the list (a title two themes share names their area and kind) and
        its "Focus area › Kind" for the tooltip."""
        scene = self.context.scene()
        areas = {a.id: a.name for a in scene.areas} if scene is not None else {}
        kinds = {c.id: c.name for c in scene.categories} if scene is not None else {}
        where = {t.id: f"{areas.get(t.focus_area_id, '')} › {kinds.get(t.category_id, '')}" for t in in_play}
        repeated = Counter(t.title.casefold() for t in in_play)
        titles = {t.id: f"{t.title} ({where[t.id]})" if repeated[t.title.casefold()] > 1 else t.title for t in in_play}
        return titles, where

    def _fill_panel(self, round_: VoteRound | None, in_play: list, totals: dict[str, int]) -> None:
        panel = self.panel
        writable = self.has_round()
        for widget in (panel.plus_button, panel.minus_button, panel.next_button, panel.mode):
            widget.setEnabled(writable and round_.open)
        panel.reveal_button.setEnabled(writable)
        panel.end_button.setEnabled(writable)
        session = self.context.session()
        panel.start_button.setEnabled(
            session is not None and not session.read_only and self.context.workshop_id() is not None
        )
        panel.reveal_button.setText(
            QCoreApplication.translate("Voting", "&Hide votes")
            if round_ and round_.revealed
            else QCoreApplication.translate("Voting", "&Reveal votes")
        )
        panel.end_button.setText(
            QCoreApplication.translate("Voting", "Re&open round")
            if round_ and not round_.open
            else QCoreApplication.translate("Voting", "&End round")
        )
        if round_ is None:
            panel.status.setText(
                QCoreApplication.translate(
                    "Voting", "No voting round. Start one to let participants prioritise the themes."
                )
            )
            panel.turn.setText("")
            panel.list.clear()
            return
        project = self._project()
        dots = round_.dots_per_person
        n = project.votes.voters(round_)
        parts = [
            QCoreApplication.translate("Voting", "%n dot(s) per participant", None, dots),
            QCoreApplication.translate("Voting", "at most %1 on one theme").replace("%1", str(round_.max_per_theme)),
            QCoreApplication.translate("Voting", "%n voter(s)", None, n),
            QCoreApplication.translate("Voting", "open")
            if round_.open
            else QCoreApplication.translate("Voting", "ended"),
            QCoreApplication.translate("Voting", "revealed")
            if round_.revealed
            else QCoreApplication.translate("Voting", "hidden"),
        ]
        panel.status.setText(", ".join(parts) + ".")
        if panel.mode.currentData() == "turns" and self.turn > 0:
            left = dots - sum(project.votes.voter_dots(round_.id, self.voter()).values())
            panel.turn.setText(
                QCoreApplication.translate("Voting", "Participant %1: %n dot(s) left", None, left).replace(
                    "%1", str(self.turn)
                )
            )
        elif panel.mode.currentData() == "turns":
            panel.turn.setText(QCoreApplication.translate("Voting", "Press Next participant to begin."))
        else:
            panel.turn.setText("")
        self._fill_list(round_, in_play, totals)

    def _fill_list(self, round_: VoteRound, in_play: list, totals: dict[str, int]) -> None:
        listing = self.panel.list
        chosen = listing.currentItem().data(THEME_ROLE) if listing.currentItem() is not None else None
        titles, where = self._labels(in_play)
        rows: list[tuple[str | None, str]] = []
        if round_.revealed:
            order = [
                (theme_id, n) for theme_id, n in ranked(totals, [t.id for t in in_play]) if n and theme_id in titles
            ]
            rows = [
                (
                    theme_id,
                    f"{place}. {titles[theme_id]} — " + QCoreApplication.translate("Voting", "%n vote(s)", None, n),
                )
                for place, (theme_id, n) in enumerate(order, 1)
            ]
            voted = {theme_id for theme_id, _n in order}
            rest = [t for t in in_play if t.id not in voted]
            passed = len(rest)
            if rest:  # the themes the room passed over, after a heading, still there for a paper dot
                rows.append((None, QCoreApplication.translate("Voting", "No votes (%n):", None, passed)))
                rows += [(t.id, titles[t.id]) for t in rest]
        else:
            rows = [(t.id, titles[t.id]) for t in in_play]
        listing.blockSignals(True)
        listing.clear()
        for theme_id, text in rows:
            item = QListWidgetItem(text, listing)
            item.setData(THEME_ROLE, theme_id)
            if theme_id is None:  # a heading, not a theme
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never chosen
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                continue
            item.setToolTip(where.get(theme_id, ""))
            if theme_id == chosen:
                listing.setCurrentItem(item)
        listing.blockSignals(False)
