"""Test-wide rules: no network, ever. Any attempt to open a socket to another host fails the test."""

from __future__ import annotations

import socket

import pytest

# the shared test helpers assert too: their failures should show the values, as a test's own do
pytest.register_assert_rewrite("splitter_helpers", "simplified")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection


class NetworkBlocked(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkBlocked(f"plainspeak tried to use the network: {args[1:] if len(args) > 1 else args}")


def _guard_unix(self, address, *args):
    # Local Unix sockets (used by multiprocessing) are not network traffic.
    if self.family == getattr(socket, "AF_UNIX", None):
        return _real_connect(self, address, *args)
    _refuse(self, address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guard_unix)
    monkeypatch.setattr(socket.socket, "connect_ex", _guard_unix)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    yield


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty folder as the current folder, so no settings file outside the test is picked up."""
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture(scope="session")
def engine():
    import plainspeak

    return plainspeak.Simplifier()
