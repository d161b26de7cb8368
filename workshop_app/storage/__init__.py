"""The project file: SQLite through sqlite-utils, with the service API the GUI and CLI call.

``Project.open(path)`` gives a project whose ``workshops``, ``notes`` and ``themes`` attributes
hold every operation; each operation is one committed transaction.
"""
