"""The Story place: a guided walk through the article, stop by stop, and its Present view."""
