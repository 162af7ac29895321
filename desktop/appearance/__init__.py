"""Appearance: theme, language, text size, preferences and the View menu that switches them in place."""
