"""The board canvas: focus areas as columns, categories as rows, notes as cards."""
