"""Who is the same person at import, driven through ``biox-desktop leads import`` (issue 13).

A card updates an existing lead only for the same vCard UID, or a shared personal e-mail with
a compatible name; an update adds and never erases; every import is one batch that
``biox-desktop batches undo`` takes back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biox_desktop.cli.main import main
from biox_desktop.db.workspace import Workspace


def vcard(*lines: str) -> str:
    """One vCard 3.0 written by hand (independent of the app's own writer)."""
    return "".join(f"{x}\r\n" for x in ("BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"))


TARO = vcard("UID:card-taro", "FN:Taro Yamada", "N:Yamada;Taro;;;",
             "ORG:Osaka Bio Headquarters", "TEL;TYPE=WORK:+81 6-6944-6111",
             "EMAIL;TYPE=WORK:t.yamada@osaka-bio.example")
HANAKO_SUZUKI = vcard("UID:card-hanako-s", "FN:Hanako Suzuki", "N:Suzuki;Hanako;;;",
                      "ORG:Osaka Bio Headquarters", "TEL;TYPE=WORK:+81 6-6944-6111",
                      "EMAIL;TYPE=WORK:h.suzuki@osaka-bio.example")


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path, tmp: Path) -> None:
        self.capsys, self.data_dir, self.tmp = capsys, data_dir, tmp

    def run(self, *args: str) -> tuple[int, Any]:
        code = main(["--data-dir", str(self.data_dir), *args])
        out = self.capsys.readouterr().out
        return code, json.loads(out) if "--json" in args else out

    def import_cards(self, name: str, *cards: str) -> list[dict[str, Any]]:
        path = self.tmp / name
        path.write_text("".join(cards), encoding="utf-8")
        code, report = self.run("leads", "import", str(path), "--json")
        assert code == 0, report
        return report

    def search(self, text: str) -> list[dict[str, Any]]:
        code, rows = self.run("leads", "search", text, "--json")
        assert code == 0
        return rows

    def lead(self, lead_id: str) -> Any:
        ws = Workspace(self.data_dir)
        try:
            return ws.leads.get(lead_id)
        finally:
            ws.close()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> Cli:
    return Cli(capsys, data_dir, tmp_path)


def test_a_shared_switchboard_phone_never_overwrites_another_person(cli: Cli) -> None:
    cli.import_cards("taro.vcf", TARO)
    (second,) = cli.import_cards("hanako.vcf", HANAKO_SUZUKI)
    assert (second["imported"], second["updated"]) == (1, 0)
    assert any("+81669446111" in w for w in second["warnings"])  # says why it is new
    taro = cli.lead(_only(cli, "Taro"))
    assert taro.name == "Taro Yamada"
    assert taro.emails == ("t.yamada@osaka-bio.example",)
    hanako = cli.lead(_only(cli, "Hanako"))
    assert hanako.emails == ("h.suzuki@osaka-bio.example",)
    assert taro.phones == hanako.phones == ("+81669446111",)


def test_a_shared_generic_mailbox_never_overwrites_another_person(cli: Cli) -> None:
    cli.import_cards("a.vcf", vcard("FN:Taro Yamada", "ORG:Osaka Bio",
                                    "EMAIL:info@osaka-bio.example"))
    (second,) = cli.import_cards("b.vcf", vcard("FN:Hanako Suzuki", "ORG:Osaka Bio",
                                                "EMAIL:info@osaka-bio.example"))
    assert (second["imported"], second["updated"]) == (1, 0)
    assert cli.lead(_only(cli, "Taro")).name == "Taro Yamada"
    assert cli.lead(_only(cli, "Hanako")).name == "Hanako Suzuki"


def test_a_shared_email_under_a_clearly_different_name_is_a_new_lead(cli: Cli) -> None:
    cli.import_cards("a.vcf", TARO)
    (second,) = cli.import_cards("b.vcf", vcard("FN:Hanako Yamada",
                                                "EMAIL:t.yamada@osaka-bio.example"))
    assert (second["imported"], second["updated"]) == (1, 0)
    assert cli.lead(_only(cli, "Taro")).name == "Taro Yamada"


@pytest.mark.parametrize("key", ["UID:card-hanako", "EMAIL:hanako@osaka-bio.example"])
def test_a_romanised_reimport_keeps_the_native_name(cli: Cli, key: str) -> None:
    cli.import_cards("native.vcf", vcard("UID:card-hanako", "FN:山田 花子", "N:山田;花子;;;",
                                         "EMAIL:hanako@osaka-bio.example",
                                         "TEL:+81 90-1234-5678", "NOTE:Met at the booth"))
    (again,) = cli.import_cards("romanised.vcf", vcard(
        key, "FN:Hanako Yamada", "N:Yamada;Hanako;;;", "TEL:+81 90-8765-4321",
        "NOTE:Wants samples"))
    assert (again["imported"], again["updated"]) == (0, 1)
    lead = cli.lead(again["lead_ids"][0])
    assert lead.name_native == "山田 花子"
    assert lead.name_romanised == "Hanako Yamada"
    assert lead.emails == ("hanako@osaka-bio.example",)  # the card had none: kept
    assert lead.phones == ("+819012345678", "+819087654321")  # added, none dropped
    assert lead.notes == "Met at the booth\n\nWants samples"
    assert [r["id"] for r in cli.search("山田")] == [lead.id]
    assert [r["id"] for r in cli.search("hanako yamada")] == [lead.id]


def test_undo_of_an_import_restores_values_and_removes_created_leads(cli: Cli) -> None:
    (first,) = cli.import_cards("first.vcf", TARO)
    taro_id = _only(cli, "Taro")
    both = cli.import_cards("second.vcf", vcard(
        "UID:card-taro", "FN:Taro Yamada", "TITLE:CEO", "ORG:Osaka Bio Holdings",
        "EMAIL:taro@private.example"), HANAKO_SUZUKI)
    (report,) = both
    assert (report["imported"], report["updated"]) == (1, 1)
    batch = report["batch_id"]
    assert batch and batch != first["batch_id"]
    changed = cli.lead(taro_id)
    assert changed.role == "CEO" and "taro@private.example" in changed.emails

    code, history = cli.run("batches", "list", "--json")
    assert code == 0 and history[0]["id"] == batch
    assert history[0]["label"] == "Imported from second.vcf"

    code, undo = cli.run("batches", "undo", batch, "--json")
    assert code == 0 and undo["removed"] >= 2  # Hanako's lead and person
    restored = cli.lead(taro_id)
    assert restored.role == "" and restored.organisation_name == "Osaka Bio Headquarters"
    assert restored.emails == ("t.yamada@osaka-bio.example",)
    assert [r["id"] for r in cli.search("osaka")] == [taro_id]
    assert cli.search("Hanako") == []


def test_the_history_names_the_import_batch(cli: Cli) -> None:
    (report,) = cli.import_cards("cards.vcf", TARO)
    ws = Workspace(cli.data_dir)
    try:
        history = ws.leads.history(_only(cli, "Taro"))
    finally:
        ws.close()
    details = [h.detail for h in history if h.what == "batch"]
    assert details == [f"Imported from cards.vcf (batch {report['batch_id']})"]


def test_one_run_of_several_files_is_one_batch(cli: Cli) -> None:
    (cli.tmp / "a.vcf").write_text(TARO)
    (cli.tmp / "b.vcf").write_text(HANAKO_SUZUKI)
    code, report = cli.run("leads", "import", str(cli.tmp / "a.vcf"), str(cli.tmp / "b.vcf"),
                           "--json")
    assert code == 0
    assert len({r["batch_id"] for r in report}) == 1
    code, batches = cli.run("batches", "list", "--json")
    assert len(batches) == 1 and batches[0]["label"] == "Imported from a.vcf, b.vcf"


def test_the_same_person_twice_in_one_file_by_a_shared_phone_is_two_leads(cli: Cli) -> None:
    (report,) = cli.import_cards("both.vcf", TARO, HANAKO_SUZUKI)
    assert (report["imported"], report["updated"]) == (2, 0)


def _only(cli: Cli, text: str) -> str:
    rows = cli.search(text)
    assert len(rows) == 1, rows
    return rows[0]["id"]
