"""The planner's local case file: cases, their scenarios and the reports made, in SQLite.

The file lives in the user's data directory (found with platformdirs), or in the folder named
by the environment variable BENEFITS_DATA_DIR (tests use a temporary one). Nothing leaves the
machine. A case has a label the planner chooses and no identity number field. Every change is
written at once (autosave): a scenario is stored as the planner's draft, valid or not, so a
refresh or an error never loses work.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

ENV_DIR = "BENEFITS_DATA_DIR"
SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
  id INTEGER PRIMARY KEY, label TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scenarios (
  id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, draft TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
  id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  name TEXT NOT NULL, kind TEXT NOT NULL, made TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def data_dir() -> Path:
    """Where the case file lives: $BENEFITS_DATA_DIR, else the user's data directory."""
    chosen = os.environ.get(ENV_DIR)
    return Path(chosen) if chosen else Path(platformdirs.user_data_dir("benefits", False))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Case:
    id: int
    label: str
    notes: str
    updated: str


@dataclass(frozen=True)
class Draft:
    """One scenario of a case as the planner left it: the scenario format's data, maybe invalid."""

    id: int
    data: dict[str, Any]


@dataclass(frozen=True)
class Report:
    id: int
    name: str
    kind: str
    made: str


class CaseStore:
    """Cases, scenarios and reports in one SQLite file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "cases.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.executescript(SCHEMA)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # A connection per operation: Streamlit runs sessions on several threads.
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            with db:
                yield db
        finally:
            db.close()

    def create_case(self, label: str) -> int:
        with self._db() as db:
            now = _now()
            cur = db.execute(
                "INSERT INTO cases (label, created, updated) VALUES (?, ?, ?)", (label, now, now)
            )
            return int(cur.lastrowid or 0)

    def cases(self) -> list[Case]:
        with self._db() as db:
            rows = db.execute(
                "SELECT id, label, notes, updated FROM cases ORDER BY updated DESC, id DESC"
            ).fetchall()
        return [Case(*row) for row in rows]

    def case(self, case_id: int) -> Case | None:
        with self._db() as db:
            row = db.execute(
                "SELECT id, label, notes, updated FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
        return None if row is None else Case(*row)

    def rename(self, case_id: int, label: str, notes: str | None = None) -> None:
        with self._db() as db:
            db.execute(
                "UPDATE cases SET label = ?, notes = COALESCE(?, notes), updated = ? WHERE id = ?",
                (label, notes, _now(), case_id),
            )

    def delete_case(self, case_id: int) -> None:
        with self._db() as db:
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    def drafts(self, case_id: int) -> list[Draft]:
        with self._db() as db:
            rows = db.execute(
                "SELECT id, draft FROM scenarios WHERE case_id = ? ORDER BY position, id",
                (case_id,),
            ).fetchall()
        return [Draft(row[0], json.loads(row[1])) for row in rows]

    def add_draft(self, case_id: int, data: dict[str, Any]) -> int:
        with self._db() as db:
            position = db.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM scenarios WHERE case_id = ?",
                (case_id,),
            ).fetchone()[0]
            cur = db.execute(
                "INSERT INTO scenarios (case_id, position, draft, updated) VALUES (?, ?, ?, ?)",
                (case_id, position, json.dumps(data), _now()),
            )
            db.execute("UPDATE cases SET updated = ? WHERE id = ?", (_now(), case_id))
            return int(cur.lastrowid or 0)

    def save_draft(self, draft_id: int, data: dict[str, Any]) -> None:
        with self._db() as db:
            db.execute(
                "UPDATE scenarios SET draft = ?, updated = ? WHERE id = ?",
                (json.dumps(data), _now(), draft_id),
            )
            db.execute(
                "UPDATE cases SET updated = ? WHERE id = "
                "(SELECT case_id FROM scenarios WHERE id = ?)",
                (_now(), draft_id),
            )

    def remove_draft(self, draft_id: int) -> None:
        with self._db() as db:
            db.execute("DELETE FROM scenarios WHERE id = ?", (draft_id,))

    def add_report(self, case_id: int, *, name: str, kind: str, body: bytes) -> int:
        with self._db() as db:
            cur = db.execute(
                "INSERT INTO reports (case_id, name, kind, made, body) VALUES (?, ?, ?, ?, ?)",
                (case_id, name, kind, _now(), body),
            )
            return int(cur.lastrowid or 0)

    def reports(self, case_id: int) -> list[Report]:
        with self._db() as db:
            rows = db.execute(
                "SELECT id, name, kind, made FROM reports WHERE case_id = ? ORDER BY id DESC",
                (case_id,),
            ).fetchall()
        return [Report(*row) for row in rows]

    def report_body(self, report_id: int) -> bytes:
        with self._db() as db:
            row = db.execute("SELECT body FROM reports WHERE id = ?", (report_id,)).fetchone()
        return bytes(row[0]) if row else b""

    def remember(self, key: str, value: str) -> None:
        with self._db() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def recall(self, key: str) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])
