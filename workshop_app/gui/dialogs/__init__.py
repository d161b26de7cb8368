"""Dialogs for the facilitator (never shown to participants posting notes)."""
