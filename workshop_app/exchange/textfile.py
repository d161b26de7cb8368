"""Reading text files the way spreadsheet programs write them.

Excel on a Swedish Windows saves CSV as cp1252 with semicolons, "CSV UTF-8" with a byte order
mark, and "Unicode text" as UTF-16 with tabs; all of them must import.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Decode bytes from a byte order mark, else as UTF-8, else as Windows-1252/Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    head = data[:200]
    if head and head.count(b"\x00") >= len(head) // 4:
        # UTF-16 without a byte order mark: every other byte of ASCII text is zero.
        return data.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def guess_delimiter(header_line: str) -> str:
    """The separator used in a CSV header: comma, semicolon or tab, whichever occurs most."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_text(path) -> str:
    """The decoded text of the file at ``path``; every failure is one sentence about the file.

    Raises:
        ImportFileError: no permission, a folder, unreadable or undecodable bytes.
    """
    from pathlib import Path

    from workshop_app.exchange.errors import ImportFileError

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    try:
        return decode(data)
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, f"is not readable text ({exc.encoding} bytes that do not decode).") from exc


def unreadable(path, exc: OSError):
    """The ImportFileError for a file the operating system would not let us read."""
    from workshop_app.exchange.errors import ImportFileError

    if isinstance(exc, PermissionError):
        return ImportFileError(path, "cannot be read: you do not have permission to read it.")
    if isinstance(exc, IsADirectoryError):
        return ImportFileError(path, "is a folder, not a file.")
    return ImportFileError(path, f"cannot be read ({exc.strerror or exc}).")
