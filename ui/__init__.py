"""Qt Designer forms, installed as the package ``workshop_app.ui``."""
