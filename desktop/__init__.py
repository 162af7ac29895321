"""Trilemma's Qt desktop app. All Qt lives here; data comes from `db`."""
