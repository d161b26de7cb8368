"""Workshop board: sticky notes from nära vård workshops, themes, and a publishable report.

Kept free of imports so that ``import workshop_app`` and the command line start fast.
"""
