"""The example workshop that a new default project starts with."""

from __future__ import annotations

from workshop_app.domain.model import Workshop
from workshop_app.exchange.csv_import import import_csv
from workshop_app.paths import resource
from workshop_app.storage.project import Project

EXAMPLE_TITLE = "Exempel: nära vård i tre kommuner"


def add_example_workshop(project: Project) -> Workshop:
    """Create the example workshop from the notes shipped in ``resources/samples``."""
    with project.transaction():
        workshop = project.workshops.create(
            EXAMPLE_TITLE,
            date="2026-10-15",
            place="Kommunhuset, Björkvik",
            organisations=["Björkviks kommun", "Ekeby kommun", "Sjöstads kommun"],
            purpose=(
                "Att samla medarbetarnas bild av vad omställningen till nära vård innebär, "
                "vilka möjligheter och hinder de ser och vilket stöd de behöver."
            ),
            participants=34,
        )
        import_csv(project, resource("samples", "exempelworkshop.csv"), workshop.title)
    return project.workshops.get(workshop.id)
