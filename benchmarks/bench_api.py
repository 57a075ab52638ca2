"""Response times of the HTTP API (timeline, dyads, events) on a store of 100,000+ events.

The store is synthesised straight into the store's schema (coding 100k articles would take an hour):
``--events`` event mentions in articles of 5 events each, one cluster per two mentions, 60 countries,
all 20 CAMEO roots, dates over two years, 200 places. The server runs in this process on 127.0.0.1
(uvicorn, as `eventwire serve` runs it) and each request goes over HTTP; every URL is asked
``--repeat`` times after one warm-up, and median and 95th percentile are reported per endpoint.

    PYTHONPATH=src python benchmarks/bench_api.py [--events 100000] [--repeat 40]
"""
from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

COUNTRIES = [
    "USA", "RUS", "CHN", "FRA", "GBR", "DEU", "TUR", "GRC", "EGY", "SAU", "ISR", "IRN", "IRQ", "SYR", "UKR",
    "POL", "KEN", "ETH", "SDN", "SSD", "NGA", "ZAF", "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "PHL", "IDN",
    "MMR", "THA", "VNM", "AUS", "BRA", "ARG", "CHL", "COL", "VEN", "MEX", "CAN", "CUB", "ITA", "ESP", "BEL",
    "NLD", "SWE", "NOR", "FIN", "BLR", "GEO", "ARM", "AZE", "KAZ", "LBN", "JOR", "LBY", "TUN", "DZA", "MAR",
]
ROLES = ["GOV", "MIL", "OPP", "COP", "REB", "CVL", "LEG", "JUD"]


def synthesise(db: Path, n_events: int) -> dict[str, int]:
    """Fill a new store with deterministic pseudo-random rows in every column the queries read."""
    from eventwire.store import Store
    from eventwire.store import schema

    per_doc = 5
    n_docs = n_events // per_doc
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    roles = "[" + ", ".join(f"'{r}'" for r in ROLES) + "]"
    with Store(db) as store:
        con = store.con
        con.execute(f"""
            CREATE TEMP TABLE base AS SELECT i,
              i // {per_doc} AS d,
              i // 2 AS k,
              DATE '2023-01-01' + CAST(hash(i // 2) % 730 AS INTEGER) AS day,
              CAST(1 + hash(i // 2 + 7) % 20 AS INTEGER) AS r,
              {countries}[1 + CAST(hash(i // 2 + 1) % 60 AS INTEGER)] AS sc,
              {countries}[1 + CAST(hash(i // 2 + 2) % 60 AS INTEGER)] AS tc,
              {roles}[1 + CAST(hash(i + 3) % 8 AS INTEGER)] AS sr,
              {roles}[1 + CAST(hash(i + 4) % 8 AS INTEGER)] AS tr,
              CAST(hash(i // 2 + 5) % 200 AS INTEGER) AS p
            FROM range({n_events}) t(i)""")
        expr = {
            "event_id": "'ev_' || lpad(CAST(i AS VARCHAR), 16, '0')", "doc_id": "'doc_' || CAST(d AS VARCHAR)",
            "root": "lpad(CAST(r AS VARCHAR), 2, '0')", "code": "lpad(CAST(r AS VARCHAR), 2, '0') || '0'",
            "name": "'synthetic event'", "quad_class": "CAST(1 + (r - 1) // 5 AS TINYINT)",
            "goldstein": "CAST(5 - r / 2.0 AS DOUBLE)", "modality": "'asserted'", "reciprocal": "false",
            "source_code": "sc || sr", "source_country": "sc", "source_role": "sr", "source_text": "sc", "source_start": "0",
            "target_code": "tc || tr", "target_country": "tc", "target_role": "tr", "target_text": "tc", "target_start": "10",
            "event_date": "CAST(day AS VARCHAR)", "date_precision": "'day'", "date_basis": "'text'",
            "date_lo": "day", "date_hi": "day", "place_name": "'place ' || CAST(p AS VARCHAR)", "place_country": "sc",
            "place_lat": "CAST(p % 140 - 60 AS DOUBLE)", "place_lon": "CAST(p * 1.7 - 170 AS DOUBLE)",
            "place_feature": "'city'", "place_basis": "'sentence'", "sentence": "'A synthetic sentence about ' || sc || '.'",
            "sentence_start": "0", "sentence_end": "40", "cue": "'verb:synthetic'", "rule": "'svo'", "trigger": "'did'",
            "trigger_start": "5", "trigger_end": "8", "confidence": "0.8",
            "block_key": "lpad(CAST(r AS VARCHAR), 2, '0') || '|' || sc || '|' || tc",
            "cluster_id": "'clu_' || lpad(CAST(k AS VARCHAR), 16, '0')",
        }
        cols = schema.EVENTS.names
        con.execute(f"INSERT INTO events ({', '.join(cols)}) SELECT {', '.join(expr.get(c, 'NULL') for c in cols)} FROM base")
        doc = {"doc_id": "'doc_' || CAST(d AS VARCHAR)", "outlet": "'outlet ' || CAST(d % 40 AS VARCHAR)",
               "pub_date": "min(day)", "headline": "'Synthetic article'", "n_events": f"{per_doc}", "n_chars": "2000"}
        dcols = [c for c in schema.DOCUMENTS.names if c in doc]
        con.execute(f"INSERT INTO documents ({', '.join(dcols)}) SELECT {', '.join(doc[c] for c in dcols)} FROM base GROUP BY d")
        clu = {"cluster_id": "'clu_' || lpad(CAST(k AS VARCHAR), 16, '0')", "global_event_id": "k + 1",
               "block_key": "any_value(lpad(CAST(r AS VARCHAR), 2, '0') || '|' || sc || '|' || tc)",
               "root": "any_value(lpad(CAST(r AS VARCHAR), 2, '0'))", "code": "any_value(lpad(CAST(r AS VARCHAR), 2, '0') || '0')",
               "name": "'synthetic event'", "quad_class": "any_value(CAST(1 + (r - 1) // 5 AS TINYINT))",
               "goldstein": "any_value(CAST(5 - r / 2.0 AS DOUBLE))", "source_code": "any_value(sc || 'GOV')",
               "source_country": "any_value(sc)", "target_code": "any_value(tc || 'GOV')", "target_country": "any_value(tc)",
               "event_date": "CAST(min(day) AS VARCHAR)", "date_lo": "min(day)", "date_hi": "max(day)",
               "place_name": "any_value('place ' || CAST(p AS VARCHAR))", "place_country": "any_value(sc)",
               "num_mentions": "count(*)", "num_articles": "count(DISTINCT d)", "num_sources": "count(DISTINCT d % 40)",
               "first_seen": "min(day)", "confidence": "0.9"}
        ccols = [c for c in schema.CLUSTERS.names if c in clu]
        con.execute(f"INSERT INTO clusters ({', '.join(ccols)}) SELECT {', '.join(clu[c] for c in ccols)} FROM base GROUP BY k")
        con.execute("DROP TABLE base")
        con.execute("CHECKPOINT")
        return store.counts()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


URLS = {
    "timeline": ["/api/counts?by=day", "/api/counts?by=week&country=TUR", "/api/counts?by=week&quad=4&since=2024-01-01"],
    "dyads": ["/api/pairs?limit=30", "/api/dyads?by=week&source=USA&target=RUS", "/api/dyads?by=month&root=19"],
    "events": ["/api/events?limit=100", "/api/events?limit=100&country=TUR&quad=4", "/api/events?limit=100&code=190&since=2024-06-01"],
}


def measure(base: str, repeat: int) -> dict[str, list[float]]:
    import httpx

    times: dict[str, list[float]] = {k: [] for k in URLS}
    with httpx.Client(base_url=base, timeout=30) as client:
        for group, urls in URLS.items():
            for url in urls:
                client.get(url).raise_for_status()  # warm-up
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    r = client.get(url)
                    times[group].append((time.perf_counter() - t0) * 1000)
                    r.raise_for_status()
            if group == "events":  # the page after the first, by cursor
                nxt = client.get("/api/events?limit=100").json()["next"]
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    client.get(f"/api/events?limit=100&cursor={nxt}").raise_for_status()
                    times[group].append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=40)
    args = ap.parse_args()
    import uvicorn

    from eventwire.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        counts = synthesise(db, args.events)
        print(f"store: {counts['events']} events, {counts['clusters']} clusters, {counts['documents']} documents "
              f"(synthesised in {time.perf_counter() - t0:.1f} s)")
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            times = measure(f"http://127.0.0.1:{port}", args.repeat)
        finally:
            server.should_exit = True
            thread.join(10)
    print(f"{'endpoint':10} {'requests':>8} {'median ms':>10} {'p95 ms':>8}")
    for group, ts in times.items():
        p95 = statistics.quantiles(ts, n=20)[-1]
        print(f"{group:10} {len(ts):8d} {statistics.median(ts):10.1f} {p95:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
