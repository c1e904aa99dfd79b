"""An offline base map: Natural Earth country outlines (data/geo/, from npm world-atlas via
web/make-geo.js) drawn as SVG paths on the server, with an equidistant cylindrical projection whose
standard parallel is the middle of the view (so Siberia is not stretched twice over). No tiles, no
network, no script needed to see it."""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from .. import datafiles

OUTLINES = "countries-110m.geojson"


@lru_cache(maxsize=1)
def _rings() -> list[tuple[str, tuple[float, float, float, float], list[list[tuple[float, float]]]]]:
    """(country name, bbox, rings) for every polygon of every country."""
    data = datafiles.load_json("geo", OUTLINES)
    out = []
    for f in data["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        for poly in polys:
            rings = [_unwrap(ring) for ring in poly]
            xs = [x for x, _ in rings[0]]
            ys = [y for _, y in rings[0]]
            if max(xs) - min(xs) >= 359:  # a ring around a pole (Antarctica) has no outline in this projection
                continue
            out.append((f["properties"].get("name") or "", (min(xs), min(ys), max(xs), max(ys)), rings))
    return out


def _unwrap(ring: list[list[float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia, Fiji) continued past +-180 instead of jumping back
    across the whole map; the part beyond the edge is simply outside every view."""
    out, shift, prev = [], 0.0, None
    for x, y in ring:
        x = float(x)
        if prev is not None:
            if x + shift - prev > 180:
                shift -= 360
            elif x + shift - prev < -180:
                shift += 360
        prev = x + shift
        out.append((prev, float(y)))
    return out


class View:
    """A lon/lat window projected onto `width` x `height` pixels."""

    def __init__(self, west: float, south: float, east: float, north: float, width: int = 960):
        self.west, self.south, self.east, self.north = west, south, east, north
        self.k = math.cos(math.radians(max(-75.0, min(75.0, (south + north) / 2))))
        self.width = width
        self.scale = width / ((east - west) * self.k)
        self.height = max(1, round((north - south) * self.scale))

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (round((lon - self.west) * self.k * self.scale, 1), round((self.north - lat) * self.scale, 1))


def view_around(points: list[tuple[float, float]], width: int = 960, min_span: float = 24.0,
                aspect: float = 0.6, grid: float | None = None) -> View:
    """The window showing all (lon, lat) points with a margin; the world when there are none. With
    ``grid`` its centre is snapped to a grid of that many degrees, so that nearby places share one
    window and its outlines are projected once (a few hundred ms each on a small machine)."""
    if not points:
        return View(-180, -60, 180, 84, width)
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
    if grid:
        cx, cy = round(cx / grid) * grid, round(cy / grid) * grid
    w = max(min_span, (max(lons) - min(lons)) * 1.4)
    h = max(min_span * aspect, (max(lats) - min(lats)) * 1.4)
    k = math.cos(math.radians(max(-75.0, min(75.0, cy))))
    w = max(w, h / aspect / k)  # keep the picture about `aspect` high for its width
    h = max(h, w * aspect * k)
    west, east = max(-180.0, cx - w / 2), min(180.0, cx + w / 2)
    south, north = max(-85.0, cy - h / 2), min(85.0, cy + h / 2)
    return View(west, south, east, north, width)


@lru_cache(maxsize=128)
def _paths(west: float, south: float, east: float, north: float, width: int) -> tuple[tuple[str, str], ...]:
    view = View(west, south, east, north, width)
    margin = 2.0
    out = []
    for name, (x0, y0, x1, y1), rings in _rings():
        if x1 < west - margin or x0 > east + margin or y1 < south - margin or y0 > north + margin:
            continue
        d = []
        for ring in rings:
            pts, last = [], None
            for lon, lat in ring:
                p = view.xy(lon, lat)
                if last is None or abs(p[0] - last[0]) + abs(p[1] - last[1]) >= 0.8:  # drop sub-pixel steps
                    pts.append(p)
                    last = p
            if len(pts) >= 3:
                d.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
        if d:
            out.append((name, "".join(d)))
    return tuple(out)


def base_map(view: View) -> list[dict[str, str]]:
    """The country outlines inside `view`: [{"name", "d"}] SVG path data."""
    return [{"name": n, "d": d} for n, d in _paths(view.west, view.south, view.east, view.north, view.width)]


def graticule(view: View, step: int | None = None) -> list[dict[str, Any]]:
    """Meridians and parallels every `step` degrees, labelled."""
    span = view.east - view.west
    step = step or (30 if span > 120 else 10 if span > 40 else 5)
    lines = []
    for lon in range(math.ceil(view.west / step) * step, int(view.east) + 1, step):
        x, _ = view.xy(lon, 0)
        lines.append({"d": f"M{x:g},0V{view.height}", "label": f"{abs(lon)}°{'E' if lon >= 0 else 'W'}",
                      "x": x, "y": view.height - 4, "axis": "lon"})
    for lat in range(math.ceil(view.south / step) * step, int(view.north) + 1, step):
        _, y = view.xy(0, lat)
        lines.append({"d": f"M0,{y:g}H{view.width}", "label": f"{abs(lat)}°{'N' if lat >= 0 else 'S'}",
                      "x": 4, "y": y - 3, "axis": "lat"})
    return lines


def _radius(p: dict[str, Any]) -> float:
    return min(4 + (p.get("mentions") or 1) ** 0.5 * 1.5, 14)


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return not (a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3])


def place_labels(points: list[dict[str, Any]], width: float, height: float,
                 char_w: float = 7.0, line_h: float = 15.0) -> list[dict[str, Any] | None]:
    """Where each point's label goes (x, y, anchor), or None: the first of eight positions around the dot
    that collides with no label already placed, no dot and not the frame; points come most named first,
    so they keep their labels when there is no room for all."""
    dots = [(p["x"] - _radius(p), p["y"] - _radius(p), p["x"] + _radius(p), p["y"] + _radius(p)) for p in points]
    boxes: list[tuple[float, ...]] = []
    out: list[dict[str, Any] | None] = []
    for i, p in enumerate(points):
        w, r, x, y = char_w * len(p.get("label_text") or p.get("name") or "") + 4, _radius(p), p["x"], p["y"]
        found = None
        for dx, dy, anchor in ((r + 3, -r - 1, "start"), (r + 3, r + line_h - 3, "start"), (-r - 3, -r - 1, "end"),
                               (-r - 3, r + line_h - 3, "end"), (r + 4, 5, "start"), (-r - 4, 5, "end"),
                               (0, -r - 4, "middle"), (0, r + line_h, "middle")):
            lx, ly = x + dx, y + dy
            x0 = lx if anchor == "start" else lx - w if anchor == "end" else lx - w / 2
            box = (x0, ly - line_h + 3, x0 + w, ly + 3)
            if box[0] < 0 or box[2] > width or box[1] < 0 or box[3] > height:
                continue
            if any(_overlaps(box, b) for b in boxes) or any(_overlaps(box, d) for j, d in enumerate(dots) if j != i):
                continue
            found = {"x": round(lx, 1), "y": round(ly, 1), "anchor": anchor}
            boxes.append(box)
            break
        out.append(found)
    return out


def map_svg_data(points: list[dict[str, Any]], width: int = 960, min_span: float = 24.0,
                 grid: float | None = None) -> dict[str, Any]:
    """Everything the map template draws: view size, outlines, graticule and projected points, each
    point's label placed where it collides with nothing (or left off, the name still in its tooltip)."""
    view = view_around([(p["lon"], p["lat"]) for p in points], width, min_span, grid=grid)
    projected = []
    for p in points:
        x, y = view.xy(p["lon"], p["lat"])
        projected.append({**p, "x": x, "y": y, "r": round(_radius(p), 1)})
    labels = place_labels(projected, view.width, view.height)
    placed = [{**p, "show_label": lab is not None, "label_at": lab} for p, lab in zip(projected, labels)]
    return {"width": view.width, "height": view.height, "countries": base_map(view),
            "graticule": graticule(view), "points": placed}
