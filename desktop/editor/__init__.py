"""The content editor (teacher mode only): a list, a form per kind, undo/redo, preview, generation review."""
