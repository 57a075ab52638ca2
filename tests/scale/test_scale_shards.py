"""Shards: the store's columns and types, loading equals a local ingest, first copy wins, reruns add nothing."""
from __future__ import annotations

from dataclasses import replace

import duckdb
import pytest

from eventwire.scale import link_shards, load_shards
from eventwire.scale.shards import INPUTS, SHARD_TABLES, index_files, written_items
from eventwire.store import Store, ingest
from eventwire.store.schema import CLUSTERS
from fake_coder import corpus, make_article
from helpers import dump
from inprocess import CONFIG, FAKE, code_files, statuses, write_jsonl


@pytest.fixture()
def corpus_file(tmp_path):
    arts = corpus(60) + [make_article(900, extra="\nFAIL"), make_article(901, extra="RAISE")]
    return write_jsonl(tmp_path / "c.jsonl", arts, extra_lines=("{not json", '{"no_text": 1}'))


def _local(tmp_path, files) -> Store:
    ingest(files, tmp_path / "local.duckdb", config=CONFIG, factory=FAKE, batch_size=16)
    return Store(tmp_path / "local.duckdb")


def test_shards_have_the_columns_and_types_of_the_store(tmp_path, corpus_file):
    code_files([str(corpus_file)], tmp_path / "out")
    con = duckdb.connect()
    with Store(tmp_path / "s.duckdb") as store:
        for t in SHARD_TABLES:
            files = sorted((tmp_path / "out" / t.name).glob("part-*.parquet"))
            assert files, t.name
            got = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [[str(f) for f in files]]).fetchall()
            if t is INPUTS:
                assert [r[0] for r in got] == list(INPUTS.names)
                continue
            want = store.con.execute(f"DESCRIBE {t.name}").fetchall()
            assert [(r[0], r[1]) for r in got] == [(r[0], r[1]) for r in want], t.name


def test_loaded_shards_equal_a_local_ingest(tmp_path, corpus_file):
    results = code_files([str(corpus_file)], tmp_path / "out")
    assert statuses(results).count("new") == 60
    assert statuses(results).count("failed") == 2 and statuses(results).count("input_reject") == 2
    with Store(tmp_path / "ray.duckdb") as store:
        report = load_shards(store, tmp_path / "out", chunk=2)  # several load transactions
        got = dump(store.con)
    with _local(tmp_path, [str(corpus_file)]) as local:
        want = dump(local.con)
    assert report.shards == len(index_files(tmp_path / "out")) == 4
    assert got == want
    assert len(got["clusters"]) > 0 and len(got["rejects"]) == 4


def test_of_equally_rich_copies_of_an_article_the_first_wins(tmp_path):
    a = make_article(1, "043 USAGOV CHNGOV 2024-03-05", outlet="first", pub="2024-03-05")
    b = make_article(1, "043 USAGOV CHNGOV 2024-03-05", outlet="second", pub="2024-03-09")
    f1 = write_jsonl(tmp_path / "1.jsonl", [a, make_article(2, "111 RUS UKR 2024-03-05")])
    f2 = write_jsonl(tmp_path / "2.jsonl", [b])
    out = tmp_path / "out"
    code_files([str(f1), str(f2)], out, batch=1)  # one shard per coded article: the first copy only
    with Store(tmp_path / "ray.duckdb") as store:
        load_shards(store, out)
        assert store.con.execute("SELECT outlet, pub_date::VARCHAR FROM documents WHERE outlet <> 'outlet-a'").fetchall() == [
            ("first", "2024-03-05")
        ]
        got = dump(store.con)
    with _local(tmp_path, [str(f1), str(f2)]) as local:
        assert got == dump(local.con)


def test_a_rerun_codes_nothing_written_and_a_reload_adds_nothing(tmp_path, corpus_file):
    out = tmp_path / "out"
    code_files([str(corpus_file)], out)
    assert len(written_items(out)) == 64  # 62 articles and 2 unreadable lines
    assert code_files([str(corpus_file)], out) == []  # nothing left to code
    assert len(index_files(out)) == 4  # no new shard
    with Store(tmp_path / "ray.duckdb") as store:
        load_shards(store, out)
        first = dump(store.con)
        assert load_shards(store, out).documents == 0
        assert dump(store.con) == first


def test_an_interrupted_run_leaves_shards_without_index_that_the_rerun_replaces(tmp_path, corpus_file):
    out = tmp_path / "out"
    code_files([str(corpus_file)], out)
    index_files(out)[1].unlink()  # as if the worker died before committing this shard
    assert len(written_items(out)) == 48
    with Store(tmp_path / "part.duckdb") as store:
        assert load_shards(store, out).documents < 60  # the uncommitted shard is not loaded
    rerun = code_files([str(corpus_file)], out)
    assert len(statuses(rerun)) == 16  # only the items of the lost shard are coded again
    with Store(tmp_path / "ray.duckdb") as store:
        load_shards(store, out)
        got = dump(store.con)
    with _local(tmp_path, [str(corpus_file)]) as local:
        assert got == dump(local.con)


def test_linking_without_a_store_writes_the_clusters_a_store_gets(tmp_path, corpus_file):
    out = tmp_path / "out"
    code_files([str(corpus_file)], out)
    written = link_shards(out)
    con = duckdb.connect()
    clusters = con.execute(
        f"SELECT * EXCLUDE (date_added) FROM read_parquet(?) ORDER BY {', '.join(CLUSTERS.sort_key)}",
        [str(out / "clusters" / "clusters.parquet")],
    ).fetchall()
    assigned = con.execute("SELECT count(*), count(cluster_id), count(link_rule) FROM read_parquet(?)",
                           [str(out / "event_clusters" / "event_clusters.parquet")]).fetchone()
    with _local(tmp_path, [str(corpus_file)]) as local:
        want = local.con.execute(
            f"SELECT * EXCLUDE (date_added) FROM clusters ORDER BY {', '.join(CLUSTERS.sort_key)}"
        ).fetchall()
        events = local.counts()["events"]
    assert clusters == want and written["clusters"] == len(want)
    assert assigned == (events, events, events)
    assert not (out / ".link.duckdb").exists()


def test_a_richer_copy_replaces_a_poorer_stored_document_and_a_reused_id_is_derived_as_locally(tmp_path):
    import json

    from inprocess import PROSE

    a = make_article(1, "043 USAGOV CHNGOV 2024-03-05")
    b, c = make_article(2, "111 RUSGOV UKRGOV 2024-03-06"), make_article(3, "190 SDNMIL SDNREB 2024-03-07")
    poor = tmp_path / "poor.jsonl"  # the bare text of a, and b under a supplied id
    poor.write_text(json.dumps({"text": PROSE + a.text}) + "\n"
                    + json.dumps({"id": "x-1", "text": PROSE + b.text, "pub_date": "2024-03-06"}) + "\n")
    rich = write_jsonl(tmp_path / "rich.jsonl", [replace(a, url=None)])  # a again, dated, with outlet and title
    with rich.open("a") as fh:  # another text under the id x-1
        fh.write(json.dumps({"id": "x-1", "text": PROSE + c.text, "pub_date": "2024-03-07"}) + "\n")
    for name in ("local", "ray"):
        ingest([str(poor)], tmp_path / f"{name}.duckdb", config=CONFIG, factory=FAKE)
    ingest([str(rich)], tmp_path / "local.duckdb", config=CONFIG, factory=FAKE)
    with Store(tmp_path / "ray.duckdb") as store:
        code_files([str(rich)], tmp_path / "out", store=store)
        load_shards(store, tmp_path / "out")
        got = dump(store.con)
    with Store(tmp_path / "local.duckdb") as local:
        want = dump(local.con)
    assert got == want
    docs = {r[0]: r for r in got["documents"]}
    assert any(k.startswith("x-1~") for k in docs) and "x-1" in docs
    assert sum(1 for r in got["documents"] if r[3] == "outlet-a") == 1  # the richer copy of a replaced the bare one
