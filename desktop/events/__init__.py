"""Thin Qt models over `db` query results."""
