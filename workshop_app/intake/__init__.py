"""Notes from participants' phones: a small web server on the laptop's own network.

``desk`` holds the rules of the note entry (join code, pause, validation, idempotent posts) with no
HTTP in it; ``server`` puts it on HTTP with aiohttp in a thread of its own; ``limits`` holds the
rate limits; ``address`` finds the address phones can reach. Nothing here imports Qt: the GUI
starts the server in a worker thread, ``workshop-app serve`` without a GUI. See
``docs/intake-threat-model.md`` for what the join code protects against and what it does not.
"""
