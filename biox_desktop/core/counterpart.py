"""What a counterpart's page writes into a meeting request's notes, and reading it back.

The counterpart page (served by the sync server, see ``biox_desktop.server.counterpart``)
answers a request by setting its status and appending one line to its notes; a meeting the
counterpart asks for is a new request whose notes carry the same kind of line. The line is
data, not a sentence for the reader: the leader's laptop finds it with :func:`last_answer` and
shows "answered by NAME (counterpart page)" in the leader's own language.

The line: ``[counterpart page] <action> · <name> · <YYYY-MM-DD HH:MM> UTC`` followed, for a
request or an availability note, by `` · <message>`` as the counterpart typed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MARK = "[counterpart page]"
#: What a counterpart did: answered a request, or asked for a meeting.
ACCEPTED, DECLINED, ASKED = "accepted", "declined", "asked"
ACTIONS = (ACCEPTED, DECLINED, ASKED)
_SEP = " · "


@dataclass(frozen=True, slots=True)
class CounterpartAnswer:
    """One line a counterpart page wrote."""

    action: str
    name: str
    at: dt.datetime  # aware UTC, whole minutes
    message: str = ""


def answer_line(action: str, name: str, at: dt.datetime, message: str = "") -> str:
    """The notes line for ``action`` by ``name`` at ``at`` (aware)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown counterpart action {action!r}")
    clean = " ".join(name.split()).replace(_SEP.strip(), "-")
    stamp = at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
    line = f"{MARK} {action}{_SEP}{clean}{_SEP}{stamp} UTC"
    text = " ".join(message.split())
    return f"{line}{_SEP}{text}" if text else line


def with_answer(notes: str | None, line: str) -> str:
    """``notes`` with ``line`` appended on a line of its own."""
    return f"{notes.rstrip()}\n{line}" if notes and notes.strip() else line


def parse_line(line: str) -> CounterpartAnswer | None:
    """The answer a notes line records, or ``None`` for any other line."""
    if not line.startswith(MARK + " "):
        return None
    parts = line[len(MARK) + 1:].split(_SEP, 3)
    if len(parts) < 3 or parts[0] not in ACTIONS or not parts[2].endswith(" UTC"):
        return None
    try:
        at = dt.datetime.strptime(parts[2][:-4], "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return CounterpartAnswer(parts[0], parts[1], at, parts[3] if len(parts) > 3 else "")


def last_answer(notes: str | None) -> CounterpartAnswer | None:
    """The newest line a counterpart page wrote into ``notes``, if any."""
    for line in reversed((notes or "").splitlines()):
        found = parse_line(line.strip())
        if found is not None:
            return found
    return None
