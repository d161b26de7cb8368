"""Moving notes in and out of a project: CSV, the app's JSON, and other project files."""
