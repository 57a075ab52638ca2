"""User dictionaries: actor and role files named in the config overlay the packaged tables.

As PETRARCH and TABARI users expect, an analyst adds a local militia, a new
minister or a role noun without editing the package::

    # my.toml (eventwire --config my.toml ...)
    actor_files = ["my_actors.tsv"]   # organisations.tsv or people.tsv format (by header)
    role_files = ["my_roles.tsv"]     # roles.tsv format: noun<TAB>role

Files use the packaged TSV formats (``#`` comment lines, then a header line) and
are validated on load: columns, CAMEO codes (by :mod:`.convention`), roles and
dates, with ``file:line`` in the error. A user entry overrides a packaged one
on the same name. Coded actors that a user entry produced carry
``rule = "user:<file>:<rule>"``, so an event's explanation (``source_rule`` /
``target_rule``) says that a user entry fired.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from types import MappingProxyType

from ..records import Actor, CodedArticle
from .convention import is_partial, problems
from .tables import ROLE_CODES, ActorTables, Entry, Key, Period, Person, TableError, key_of, normalise, split_aliases

ORG_HEADER = ("name", "aliases", "code", "country")
PEOPLE_HEADER = ("name", "aliases", "code", "start", "end")
ROLE_HEADER = ("noun", "role")


@dataclasses.dataclass(frozen=True, slots=True)
class UserTables:
    tables: ActorTables
    names: dict[str, str]  # normalised entry name -> file name (organisations and people)
    roles: dict[Key, tuple[str, str]]  # role noun key -> (role, file name)


def _rows(path: Path, header: tuple[str, ...] | None = None):
    """(line number, row) of a user file; TableError naming the file and line for a bad one."""
    if not path.is_file():
        raise TableError(f"user dictionary {path}: no such file")
    head: tuple[str, ...] | None = None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(c.strip() for c in line.split("\t"))
        if head is None:
            head = cells
            if header is not None and head != header:
                raise TableError(f"{path}:{n}: header must be {'<TAB>'.join(header)}, got {'<TAB>'.join(head)}")
            continue
        if len(cells) != len(head):
            raise TableError(f"{path}:{n}: expected {len(head)} tab-separated columns, got {len(cells)}")
        yield n, head, dict(zip(head, cells))


def _check_code(path: Path, n: int, code: str, country: str | None) -> None:
    actor = Actor(text="", code=code, country=country or None, role=None)
    bad = ["a bare role names no country or organisation"] if is_partial(actor) else problems(actor)
    if bad:
        raise TableError(f"{path}:{n}: actor code {code!r} is not valid: {'; '.join(bad)}")


def _date(path: Path, n: int, cell: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(cell) if cell else None
    except ValueError:
        raise TableError(f"{path}:{n}: {cell!r} is not a date (YYYY-MM-DD)") from None


def _add(names: dict[Key, list[Entry]], alias: str, entry: Entry) -> None:
    k = key_of(alias)
    if k:
        names[k] = [entry] + [e for e in names.get(k, []) if e.kind != entry.kind]


def _load_actor_file(path: Path, names: dict, people: dict, marks: dict[str, str]) -> None:
    for n, head, row in _rows(path):
        if head not in (ORG_HEADER, PEOPLE_HEADER):
            raise TableError(f"{path}:{n}: header must be {'<TAB>'.join(ORG_HEADER)} (organisations) or "
                             f"{'<TAB>'.join(PEOPLE_HEADER)} (people)")
        if not row["name"]:
            raise TableError(f"{path}:{n}: empty name")
        if head == ORG_HEADER:
            _check_code(path, n, row["code"], row["country"])
            entry = Entry("org", row["code"], row["country"] or None, None, row["name"])
        else:
            _check_code(path, n, row["code"], None)
            key = normalise(row["name"])
            period = Period(row["code"], _date(path, n, row["start"]), _date(path, n, row["end"]))
            old = people.get(key)
            people[key] = Person(row["name"], (period,) + (old.periods if old and old.name == row["name"] else ()))
            entry = Entry("person", key, None, None, row["name"])
        marks[normalise(row["name"])] = path.name
        for alias in [row["name"], *split_aliases(row["aliases"])]:
            _add(names, alias, entry)


def _load_role_file(path: Path, roles: dict, marks: dict[Key, tuple[str, str]]) -> None:
    for n, _, row in _rows(path, ROLE_HEADER):
        if row["role"] not in ROLE_CODES:
            raise TableError(f"{path}:{n}: role {row['role']!r} is not a CAMEO role code ({', '.join(sorted(ROLE_CODES))})")
        k = key_of(row["noun"])
        if not k:
            raise TableError(f"{path}:{n}: empty noun")
        roles[k] = row["role"]
        marks[k] = (row["role"], path.name)


def overlay(base: ActorTables, actor_files=(), role_files=()) -> UserTables:
    """The packaged tables with the user files laid over them (validated; TableError on the first bad row)."""
    names = {k: list(v) for k, v in base.names.items()}
    people = dict(base.people)
    roles = dict(base.roles)
    name_marks: dict[str, str] = {}
    role_marks: dict[Key, tuple[str, str]] = {}
    for f in actor_files:
        _load_actor_file(Path(f), names, people, name_marks)
    for f in role_files:
        _load_role_file(Path(f), roles, role_marks)
    longest = max([base.max_len, *map(len, names), *map(len, roles)])
    tables = dataclasses.replace(
        base,
        names=MappingProxyType({k: tuple(v) for k, v in names.items()}),
        roles=MappingProxyType(roles), people=MappingProxyType(people), max_len=min(longest, 12),
    )
    return UserTables(tables, name_marks, role_marks)


def _mark(actor: Actor | None, user: UserTables) -> Actor | None:
    if actor is None or actor.rule.startswith("user:"):
        return actor
    source = user.names.get(normalise(actor.name)) if actor.name else None
    if source is None and actor.role:
        words = key_of(actor.text)
        for k, (role, fname) in user.roles.items():
            if role == actor.role and any(words[i:i + len(k)] == k for i in range(len(words))):
                source = fname
                break
    return actor if source is None else dataclasses.replace(actor, rule=f"user:{source}:{actor.rule}")


def mark(coded: CodedArticle, user: UserTables | None) -> CodedArticle:
    """Say in ``Actor.rule`` where a user entry fired (events, actor list, quote speakers)."""
    if user is None or not coded.ok or not (user.names or user.roles):
        return coded
    events = tuple(dataclasses.replace(e, source=_mark(e.source, user), target=_mark(e.target, user)) for e in coded.events)
    quotes = tuple(dataclasses.replace(q, speaker=_mark(q.speaker, user)) for q in coded.quotes)
    actors = tuple(_mark(a, user) for a in coded.actors)
    return dataclasses.replace(coded, events=events, quotes=quotes, actors=actors)  # type: ignore[arg-type]
