"""Errors the data layer raises: each says what is wrong and where."""


class TrilemmaError(Exception):
    """Base class: a problem a user can be told about in plain words."""


class SchemaTooNewError(TrilemmaError):
    """The database was written by a newer Trilemma; it is opened for nothing."""


class DatabaseDamagedError(TrilemmaError):
    """The file is not a readable SQLite database, or fails its integrity check."""


class ValidationError(TrilemmaError):
    """Input that breaks a content rule; `problems` lists (where, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]] | str, where: str = ""):
        if isinstance(problems, str):
            problems = [(where, problems)]
        self.problems = problems
        super().__init__("; ".join(f"{w}: {m}" if w else m for w, m in problems))


class NotFoundError(TrilemmaError):
    """An identifier that names no item."""
