"""Typed, versioned user settings in the platform's config folder.

One JSON file, written atomically (temp file + rename) so a crash while saving never leaves a
half-written file. Secrets are never stored here: the sync token lives in the OS keyring.
Window geometry is the only thing kept in Qt's own settings.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from biox_desktop.core.ids import uuid7

APP_NAME = "biox-missions"
SETTINGS_VERSION = 1

DEFAULT_PRIVACY_POLICY = (
    "Contact details captured on bioX missions are kept to follow up business contacts made "
    "during the mission. They are shared only as the capturing company chooses and are deleted "
    "on request."
)
DEFAULT_CONSENT_WORDING = (
    "I agree that my contact details are stored to follow up this meeting, as described in the "
    "privacy policy."
)


@dataclass
class Settings:
    """Everything a user can set. Add fields with defaults; bump the version for renames."""

    version: int = SETTINGS_VERSION
    language: str = ""  # empty: follow the system locale
    server_url: str = ""
    username: str = ""
    # Identity of the signed-in user; a local identity until the first login.
    user_id: str = field(default_factory=uuid7)
    display_name: str = ""
    role: str = "leader"
    organisation_id: str | None = None
    organisation_name: str | None = None
    #: The signed-in user's cluster (their organisation, or an SME's home cluster) and their
    #: own person row, as the server said at sign-in and at each sync.
    cluster_id: str | None = None
    person_id: str | None = None
    # Lead capture and GDPR
    privacy_policy: str = DEFAULT_PRIVACY_POLICY
    consent_wording: str = DEFAULT_CONSENT_WORDING
    consent_wording_version: str = "2026-1"
    consent_required: bool = True
    #: Where the consent wording and version above came from: "server" when the sync server
    #: gave this organisation's wording (it then wins at every sync), "" when set here.
    consent_wording_source: str = ""
    #: The legal basis the quick capture starts with: "" (the delegate picks each time) or
    #: "legitimate_interest". Never "consent": a pre-ticked consent is no consent (GDPR
    #: recital 32), so consent is always chosen by a person.
    default_lead_basis: str = ""
    #: Retention: a lead with no legal basis is due for review this many days after capture,
    #: and any lead with no activity (edit, follow-up, meeting) after this many months.
    retention_no_basis_days: int = 30
    retention_inactive_months: int = 24
    default_lead_visibility: str = "private"
    # Sync and backups
    auto_sync_minutes: int = 15
    auto_backup: bool = True  # a daily copy of the database in <data folder>/backups
    backup_keep_days: int = 14
    last_backup_at: str = ""
    current_mission_id: str = ""
    # Where the database lives when no --data-dir is given ("": the platform's user data
    # folder). Read at start, so a change takes effect at the next start.
    data_dir: str = ""


def default_data_dir() -> Path:
    """Where the local database lives when no --data-dir is given."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file up to :data:`SETTINGS_VERSION` (no renames yet)."""
    raw["version"] = SETTINGS_VERSION
    return raw


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives defaults, an unreadable one raises ValueError."""
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"the settings file {path} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise ValueError(f"the settings file {path} does not hold settings")
    raw = _upgrade(raw)
    known = {f.name for f in dataclasses.fields(Settings)}
    return Settings(**{k: v for k, v in raw.items() if k in known})


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(dataclasses.asdict(settings), indent=2, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
