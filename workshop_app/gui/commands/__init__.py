"""Undoable commands: one per user edit, each calling the service API in redo() and undo()."""
