from __future__ import annotations

import gzip
import io
import json
import os


from eventwire.config import Config
from eventwire.records import Article, DocError, Rejected
from eventwire.store.rows import resolved_source
from eventwire.store import Store, ingest, ingest_items
from eventwire.store.progress import LogProgress, estimate_total
from fake_coder import FakeCoder, corpus, make_article
from helpers import dump


def test_ingest_twice_adds_nothing_and_codes_nothing(tmp_path):
    arts = corpus(50)
    coder = FakeCoder()
    with Store(tmp_path / "s.duckdb") as store:
        first = ingest_items(arts, store, coder=coder, batch_size=16)
        counts = store.counts()
        assert first.new == 50 and first.skipped == 0 and coder.coded == 50
        again = ingest_items(arts, store, coder=coder, batch_size=16)
        assert store.counts() == counts
    assert (again.new, again.skipped, again.events) == (0, 50, 0)
    assert coder.coded == 50  # stored ids were skipped before coding
    assert again.summary().startswith("0 new documents, 50 already stored")
    assert counts["documents"] == 50 and counts["events"] == first.events > 0


def test_repeated_article_in_one_run_is_stored_once(tmp_path):
    a = make_article(1, "043 USAGOV CHNGOV 2024-03-05")
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest_items([a, a, a], store, coder=FakeCoder(), batch_size=1)
        assert store.counts()["documents"] == 1
    assert (report.new, report.skipped, report.duplicates) == (1, 0, 2)


def test_failures_are_rejected_and_the_run_goes_on(tmp_path):
    items = [
        make_article(1, "043 USAGOV CHNGOV 2024-03-05"),
        make_article(2, extra="\nFAIL"),
        Rejected("broken.jsonl:2", DocError("E010", "json", "line 2 is not JSON", "ingest")),
        make_article(3, extra="RAISE"),  # the coder itself raises: only this article fails
        make_article(4, "111 RUS UKR 2024-03-05"),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest_items(items, store, coder=FakeCoder(), batch_size=10)
        rejects = store.con.execute("SELECT source, doc_id, code, kind, message FROM rejects ORDER BY source").fetchall()
        docs = store.counts()["documents"]
        again = ingest_items(items, store, coder=FakeCoder(), batch_size=10)
        assert store.counts()["rejects"] == 3
    assert docs == 2 and report.new == 2 and report.failed == 2 and report.input_rejects == 1
    kinds = {r[0]: (r[2], r[3]) for r in rejects}
    src = {s: resolved_source(s) for s in ("broken.jsonl:2", "mem://2", "mem://3")}
    assert kinds[src["broken.jsonl:2"]] == ("E010", "json")
    assert kinds[src["mem://2"]] == ("E006", "not_article")
    assert kinds[src["mem://3"]][0] == "E310" and "blew up" in [r for r in rejects if r[0] == src["mem://3"]][0][4]
    # failed articles are coded again (they fail again: the same rejects, not new ones)
    assert (again.new, again.failed, again.input_rejects, again.input_rejects_known) == (0, 2, 0, 1)
    assert again.skipped == 2 and not again.ok


def test_malformed_files_in_a_directory_are_rejected_with_reasons(tmp_path):
    prose = ("The ministers met on Tuesday in the capital and discussed trade, security and the border. "
             "Officials said afterwards that the talks had gone well and would continue next month.\n")
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "sub").mkdir(parents=True)
    good = {"text": prose + "EVENT 043 USAGOV CHNGOV 2024-03-05", "url": "https://a.example/1", "pub_date": "2024-03-05"}
    lines = [json.dumps(good), "{not json", json.dumps({"text": prose + "Other.\nEVENT 111 RUS UKR 2024-03-04", "outlet": "b"})]
    (corpus_dir / "a.jsonl").write_text("\n".join(lines) + "\n")
    with gzip.open(corpus_dir / "sub" / "c.txt.gz", "wt") as fh:
        fh.write(prose + "EVENT 190 SDNMIL SDNREB 2024-03-02\n")
    (corpus_dir / "sub" / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (corpus_dir / "empty.txt").write_text("")
    config = Config(check_language=False)
    report = ingest([str(corpus_dir)], tmp_path / "s.duckdb", config=config, coder=FakeCoder())
    with Store(tmp_path / "s.duckdb") as store:
        rejects = store.con.execute("SELECT source, code, kind, message FROM rejects ORDER BY source").fetchall()
        sources = {r[0] for r in store.con.execute("SELECT source FROM documents").fetchall()}
    assert report.new == 3, report
    assert len(rejects) == 3, rejects
    assert all(code.startswith("E") and message for _, code, _, message in rejects)
    kinds = {kind for _, _, kind, _ in rejects}
    assert "binary" in kinds and "empty" in kinds
    assert any("a.jsonl" in s for s in sources) and any("c.txt.gz" in s for s in sources)


def test_two_worker_processes_give_the_same_database(tmp_path):
    arts = corpus(60)
    with Store(tmp_path / "one.duckdb") as store:
        ingest_items(arts, store, coder=FakeCoder(), batch_size=8)
        expected = dump(store.con)
    with Store(tmp_path / "two.duckdb") as store:
        report = ingest_items(arts, store, workers=2, factory="fake_coder:make", batch_size=8)
        assert dump(store.con) == expected
    assert report.new == 60 and report.worker_maxrss_kb > 0


def test_streaming_pulls_inputs_lazily(tmp_path):
    """At most the batches in flight are read ahead: nothing collects the whole corpus.

    In flight when batch n commits: n itself, one batch waiting for the writer, one being coded.
    """
    pulled = []

    def items():
        for a in corpus(40):
            pulled.append(a.id)
            yield a

    seen_at_commit = []
    from eventwire.store import IngestHooks

    hooks = IngestHooks(after_commit=lambda n, r: seen_at_commit.append((n, len(pulled))))
    with Store(tmp_path / "s.duckdb") as store:
        ingest_items(items(), store, coder=FakeCoder(), batch_size=5, hooks=hooks)
    assert [n for n, _ in seen_at_commit] == list(range(8))
    assert all(5 * (n + 1) <= k <= 5 * (n + 3) for n, k in seen_at_commit), seen_at_commit


def test_log_progress_writes_plain_lines():
    out = io.StringIO()
    p = LogProgress(out, every=0.0)
    p.update(10, 8, 1, 1)
    p.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and "10 articles (8 new, 1 already stored, 1 rejected)" in lines[0]


def test_estimate_total_counts_files_and_jsonl_lines(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n')
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as fh:
        fh.write('{"text": "z"}\n')
    (tmp_path / "c.txt").write_text("hello")
    assert estimate_total([str(tmp_path)]) == 4
    assert estimate_total(["-"]) is None


def test_bar_progress_draws_on_its_stream():
    from eventwire.store.progress import BarProgress

    out = io.StringIO()
    bar = BarProgress(total=10, stream=out)
    bar.update(5, 4, 1, 0)
    bar.close()
    assert "5/10" in out.getvalue() and "4 new" in out.getvalue()


def test_a_failed_write_stops_the_run_keeps_committed_batches_and_a_rerun_completes(tmp_path):
    import pytest

    from eventwire.store import IngestHooks

    def boom(n):
        if n == 1:
            raise RuntimeError("disk full")

    arts = corpus(40)
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(RuntimeError, match="disk full"):
            ingest_items(arts, store, coder=FakeCoder(), batch_size=5, hooks=IngestHooks(before_commit=boom))
        assert store.counts()["documents"] == 5  # batch 0 only: batch 1 rolled back, nothing after it written
        report = ingest_items(arts, store, coder=FakeCoder(), batch_size=5)
        assert (report.new, report.skipped) == (35, 5)
        got = dump(store.con)
    with Store(tmp_path / "ref.duckdb") as ref:
        ingest_items(arts, ref, coder=FakeCoder(), batch_size=5)
        assert dump(ref.con) == got


def test_strings_no_store_can_take_are_sanitised_not_fatal(tmp_path):
    """Articles built in Python (not by a reader) with lone surrogates and NULs: stored, with warnings."""
    bad = make_article(7, "043 USAGOV CHNGOV 2024-03-05", extra="lone \ud800 and nul \x00.")
    bad = Article(text=bad.text, id="id\udfff", title="T\ud800", outlet="o\x00", source="mem://7",
                  pub_date=bad.pub_date)
    items = [bad, Rejected("mem://\ud800", DocError("E009", "bad_record", "msg \udfff", "ingest"), raw_id="r\ud800")]
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest_items(items, store, coder=FakeCoder())
        doc = store.con.execute("SELECT doc_id, warnings FROM documents").fetchall()
        rejects = store.con.execute("SELECT source, message FROM rejects").fetchall()
    assert report.new == 1 and report.input_rejects == 1
    assert doc[0][0] == "id\ufffd" and "W001" in doc[0][1] and "W002" in doc[0][1]
    assert rejects[0][1] == "msg \ufffd"


def test_same_id_other_text_is_kept_under_a_derived_id(tmp_path):
    a = Article(text="first text\nEVENT 043 USAGOV CHNGOV 2024-03-05", id="x", source="mem://a")
    b = Article(text="second text\nEVENT 111 RUS UKR 2024-03-05", id="x", source="mem://b")
    with Store(tmp_path / "s.duckdb") as store:
        first = ingest_items([a, b, a], store, coder=FakeCoder(), batch_size=1)
        again = ingest_items([b], store, coder=FakeCoder())
        rows = store.con.execute("SELECT doc_id, metadata->>'$.id_conflict_with' FROM documents ORDER BY 1").fetchall()
    assert (first.new, first.renamed, first.duplicates + first.skipped) == (2, 1, 1)
    assert rows[0] == ("x", None) and rows[1][0].startswith("x~") and rows[1][1] == "x"
    assert (again.new, again.skipped) == (0, 1)  # the derived id is stable: a rerun finds it stored


def test_the_rejects_table_holds_the_latest_state_of_each_input(tmp_path, monkeypatch):
    """Rejects keyed by content and resolved path: a spelling adds nothing, a change replaces, a fix deletes."""
    from eventwire.ingest import read_paths

    corp = tmp_path / "corp"
    corp.mkdir()
    (corp / "a.txt").write_bytes(b"\x00\x01binary")
    (corp / "b.txt").write_text("")
    (corp / "c.txt").write_text("")  # the same content as b.txt, another input: its own reject

    def run(*paths: str):
        with Store(tmp_path / "s.duckdb") as store:
            report = ingest_items(read_paths(list(paths)), store, coder=FakeCoder())
            rows = sorted((os.path.basename(r[0]), r[1]) for r in
                          store.con.execute("SELECT source, code FROM rejects").fetchall())
        return report, rows

    first, rows = run(str(corp))
    assert rows == [("a.txt", "E003"), ("b.txt", "E001"), ("c.txt", "E001")]
    monkeypatch.chdir(tmp_path)
    again, rows2 = run("corp", "./corp/", str(corp / "..") + "/corp")
    assert rows2 == rows and again.input_rejects == 0 and again.input_rejects_known == 9
    (corp / "a.txt").write_text("")  # changed, still failing: the new failure replaces the old
    (corp / "b.txt").write_text("Ministers met.\nEVENT 043 USAGOV CHNGOV 2024-03-05\n" + "Talks went on. " * 5)
    fixed, rows3 = run(str(corp))
    assert rows3 == [("a.txt", "E001"), ("c.txt", "E001")] and fixed.new == 1
