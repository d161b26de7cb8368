"""The desktop board (PySide6). The only package that imports Qt; start it with :func:`app.run`."""
