"""Themes as a use case: proposing them for a workshop and placing new notes in them.

Joins the clustering engine (pure text work) to the project (storage).
"""
