"""Validation errors that say what was wrong and where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field, in words a user acts on."""

    field: str
    message: str


class ValidationError(ValueError):
    """Input was refused; ``errors`` lists every problem found, not just the first."""

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, field: str) -> str | None:
        """The message for ``field``, if there is one."""
        for error in self.errors:
            if error.field == field:
                return error.message
        return None


class NotFoundError(LookupError):
    """A record asked for by id does not exist (or was deleted)."""
