"""The built-in templates shipped in ``resources/templates``."""

from __future__ import annotations

import json
from functools import lru_cache

from workshop_app.domain.errors import NotFoundError
from workshop_app.domain.templates import Template
from workshop_app.paths import resource

DEFAULT_TEMPLATE = "gr-nara-vard"


@lru_cache(maxsize=1)
def builtin_templates() -> tuple[Template, ...]:
    folder = resource("templates")
    return tuple(
        Template.from_dict(json.loads(path.read_text(encoding="utf-8"))) for path in sorted(folder.glob("*.json"))
    )


def template_named(name: str | None = None) -> Template:
    """The built-in template called ``name`` (the GR six focus areas when None)."""
    wanted = name or DEFAULT_TEMPLATE
    for template in builtin_templates():
        if template.name == wanted:
            return template
    raise NotFoundError(f"There is no template called {wanted!r}.")
