"""Helpers for tests: run the real command line in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def cli(*args: str, cwd: Path | None = None, check: bool = False, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run `historiograph ARGS` as a user would, with the test's Python."""
    env = dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")
    proc = subprocess.run([sys.executable, "-m", "historiograph", *args], cwd=cwd or REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"historiograph {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc


def one_event(text: str, etype: str):
    """The annotated text and its one event of ``etype`` (fails, listing what was found, otherwise)."""
    from historiograph import annotate

    ad = annotate(text)
    evs = [e for e in ad.events if e.type == etype]
    assert len(evs) == 1, [(e.type, e.trigger["text"]) for e in ad.events]
    return ad, evs[0]


def described(ev, role) -> list[tuple[str, str]]:
    """(kind, text) of an event's participants in ``role`` that are descriptions, not named entities."""
    return [(p.kind, p.name) for p in ev.participants if p.role == role and p.entity is None]


def participant_names(ad, ev, role=None) -> set[str]:
    """The names of an event's participants (in ``role``), through their corpus entity where one is linked."""
    out = set()
    for p in ev.participants:
        if role is None or p.role == role:
            e = ad.entity(p.entity) if p.entity else None
            out.add(e.name if e is not None else p.name)
    return out


def fail_events_stage_on(monkeypatch, marker: str) -> None:
    """Make the events stage raise KeyError("injected") for a text holding ``marker`` (and only it)."""
    from historiograph import events

    real = events.annotate

    def flaky(ad, options):
        if marker in ad.text:
            raise KeyError("injected")
        return real(ad, options)

    monkeypatch.setattr(events, "annotate", flaky)
