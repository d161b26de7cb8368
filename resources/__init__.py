"""Data files shipped with the app (templates, fonts, icons, translations, samples).

This folder is installed as the package ``workshop_app.resources``; code finds files here
through :func:`workshop_app.paths.resource`, never through the working directory.
"""
