"""Themes → Word list for themes: see the concepts that tie notes together and add your own words.

The shipped concepts are read-only here; additions go to the facilitator's own lexicon file
(``workshop_app.theming.lexicon.user_lexicon_path()``), in the shipped file's format: one line
``CONCEPT_ID | Label | term, term`` per addition. A line for an existing id adds terms to it.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.domain.errors import UserError, ValidationError

log = logging.getLogger(__name__)

USER_FILE_HEADER = (
    "# The facilitator's own words for proposing themes (Workshop Board).\n"
    "# Same format as the shipped lexicon: CONCEPT_ID | Label | term, term, ...\n"
    "# A line with the id of a shipped concept adds words to it; utbild* matches every word that\n"
    '# starts with "utbild"; "ligger nere" (in quotes) is a phrase; !term removes a term;\n'
    '# ="trygg hemgång" is a fixed expression (a name or an idiom): its words give no hits of their own.\n\n'
)


def concept_id_for(label: str) -> str:
    """A new concept's id from its label: USER_ and the label in capitals (å, ä, ö → a, a, o)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "_", ascii_text).strip("_").upper()
    return "USER_" + (slug or "CONCEPT")


def parse_words(text: str) -> list[str]:
    """Words separated by commas (or new lines), lower case; refuses the file's separator "|"."""
    if "|" in text:
        raise ValidationError("A word cannot contain “|”.")
    words = []
    for part in re.split(r"[,\n]", text):
        word = " ".join(part.split()).lower()
        if word and not word.startswith("#") and word not in words:
            words.append(word)
    return words


def append_to_user_lexicon(path: Path, concept_id: str, label: str, words: list[str]) -> Path:
    """Add one line to the user's lexicon file (created, with its folder, when missing)."""
    from workshop_app.storage.atomic import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.is_file() else USER_FILE_HEADER
    if old and not old.endswith("\n"):
        old += "\n"
    line = f"{concept_id} | {label.replace('|', ' ').strip()} | {', '.join(words)}\n"
    return write_atomically(path, (old + line).encode("utf-8"))


class LexiconDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        from workshop_app.theming.lexicon import user_lexicon_path

        super().__init__(parent)
        self.setObjectName("LexiconDialog")
        self.setWindowTitle(self.tr("Word list for themes"))
        self.path = user_lexicon_path()
        intro = QLabel(
            self.tr(
                "Notes about the same thing often use different words. These concepts tell the theme "
                "suggestions which words belong together. Add the words your participants use; they are "
                "kept in your own word list on this computer and used from the next suggestion on."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("lexiconConcepts")
        self.tree.setHeaderLabels([self.tr("Concept"), self.tr("Words")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Concepts and their words"))

        box = QGroupBox(self.tr("Add words"), self)
        self.concept_combo = QComboBox(box)
        self.concept_combo.setObjectName("lexiconConcept")
        self.new_label = QLineEdit(box)
        self.new_label.setObjectName("lexiconNewConcept")
        self.new_label.setPlaceholderText(self.tr("for example: Läkemedel"))
        self.words = QLineEdit(box)
        self.words.setObjectName("lexiconWords")
        self.words.setPlaceholderText(self.tr("words separated by commas, e.g. dosett, läkemedelsgenomgång, apodos"))
        self.add_button = QPushButton(self.tr("&Add to my word list"), box)
        self.add_button.setObjectName("lexiconAdd")
        self.add_button.clicked.connect(self._add_clicked)
        self.status = QLabel(box)
        self.status.setObjectName("lexiconStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout(box)
        form.addRow(self.tr("&Concept:"), self.concept_combo)
        form.addRow(self.tr("&Name of the new concept:"), self.new_label)
        form.addRow(self.tr("&Words:"), self.words)
        form.addRow("", self.add_button)
        form.addRow(self.status)
        self.concept_combo.currentIndexChanged.connect(self._concept_changed)

        file_label = QLabel(self.tr("Your word list: %1").replace("%1", str(self.path)), self)
        file_label.setObjectName("lexiconFile")
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(box)
        layout.addWidget(file_label)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.reload()

    def reload(self) -> None:
        """Show the concepts of the shipped lexicon merged with the user's file."""
        from workshop_app.theming.lexicon import workshop_lexicon

        lexicon = workshop_lexicon()
        current = self.concept_combo.currentData()
        self.tree.clear()
        self.concept_combo.blockSignals(True)
        self.concept_combo.clear()
        self.concept_combo.addItem(self.tr("A new concept…"), None)
        concepts = sorted(lexicon.concepts.values(), key=lambda c: c.label.casefold())
        for concept in concepts:
            item = QTreeWidgetItem([concept.label, ", ".join(lexicon.terms(concept.id))])
            item.setData(0, Qt.ItemDataRole.UserRole, concept.id)
            item.setToolTip(1, ", ".join(lexicon.terms(concept.id)))
            self.tree.addTopLevelItem(item)
            self.concept_combo.addItem(concept.label, concept.id)
        index = self.concept_combo.findData(current)
        self.concept_combo.setCurrentIndex(max(0, index))
        self.concept_combo.blockSignals(False)
        self.tree.resizeColumnToContents(0)
        self._concept_changed()

    def _concept_changed(self, _index: int = 0) -> None:
        self.new_label.setEnabled(self.concept_combo.currentData() is None)

    def _add_clicked(self) -> None:
        try:
            concept_id = self.concept_combo.currentData()
            self.add_words(concept_id, self.words.text(), new_label=self.new_label.text())
        except UserError as error:
            self.status.setText(self.tr("Not added: %1").replace("%1", str(error)))
            return
        self.words.clear()
        self.new_label.clear()

    def add_words(self, concept_id: str | None, text: str, *, new_label: str = "") -> str:
        """Add ``text``'s words to concept ``concept_id`` (a new concept named ``new_label`` when None).

        Returns the concept's id.
        """
        from workshop_app.theming.lexicon import workshop_lexicon

        words = parse_words(text)
        if not words:
            raise ValidationError("Write at least one word.")
        lexicon = workshop_lexicon()
        if concept_id is None:
            label = " ".join(new_label.split())
            if not label:
                raise ValidationError("Give the new concept a name.")
            concept_id = concept_id_for(label)
        else:
            label = lexicon.label(concept_id)
        append_to_user_lexicon(self.path, concept_id, label, words)
        log.info("added %d word(s) to %s in %s", len(words), concept_id, self.path)
        self.reload()
        self.concept_combo.setCurrentIndex(max(0, self.concept_combo.findData(concept_id)))
        self.status.setText(self.tr("Added to “%1”: %2").replace("%1", label).replace("%2", ", ".join(words)))
        return concept_id
