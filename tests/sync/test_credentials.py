from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring

from biox_desktop.sync import credentials


def test_the_token_round_trips_through_the_keyring(memory_keyring) -> None:
    credentials.save_token("https://sync.example.org/", "claire", "t0k3n")
    assert credentials.load_token("https://sync.example.org", "claire") == "t0k3n"
    assert list(memory_keyring.values()) == ["t0k3n"]
    credentials.delete_token("https://sync.example.org", "claire")
    assert credentials.load_token("https://sync.example.org", "claire") is None


@pytest.mark.parametrize("backend", [NullKeyring, FailKeyring])
def test_no_usable_keyring_refuses_the_sign_in_instead_of_losing_or_leaking_it(backend) -> None:
    keyring.set_keyring(backend())
    with pytest.raises(credentials.KeyringUnavailable, match="keyring"):
        credentials.save_token("https://sync.example.org", "claire", "t0k3n")
