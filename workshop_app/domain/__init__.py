"""Domain objects and rules of the workshop board: no I/O, no Qt.

Import from the modules (``domain.model``, ``domain.rules``, ``domain.templates``,
``domain.errors``); this file stays empty so that importing an error class stays cheap.
"""
