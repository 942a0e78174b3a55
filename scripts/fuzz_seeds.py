#!/usr/bin/python3
"""Writes the seed corpus of one fuzz target (scripts/fuzz.sh calls it).

usage: fuzz_seeds.py TARGET OUT_DIR

Seeds come from the project's own data: the district bundles in data/ and the test bundles in
tests/data/, and what can be read out of them (opening hours, names, menus, tags), the hours
forms documented in data/FORMAT.md, the Korean hours of the reader's tests and the links the
route tests use. A target without a rule
of its own gets the JSON files.
"""
import glob
import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def data_files():
    patterns = ["data/*.json", "tests/data/valid/*.json", "tests/data/invalid/*.json"]
    return sorted(f for p in patterns for f in glob.glob(os.path.join(ROOT, p)))


def bundles():
    for path in data_files():
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (ValueError, UnicodeDecodeError):
            continue  # the broken test files are seeds for the loader only
        if isinstance(doc, dict) and isinstance(doc.get("shops"), list):
            yield doc


def shops():
    for bundle in bundles():
        for shop in bundle["shops"]:
            if isinstance(shop, dict):
                yield shop


def texts(value):
    """Every string of a text object {"ko": …, "en": …}."""
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, str)]
    return []


def hours_seeds():
    seeds = [s.get("hours") for s in shops() if isinstance(s.get("hours"), str)]
    with open(os.path.join(ROOT, "data/FORMAT.md"), encoding="utf-8") as f:
        # Rows of the hours table; the member tables have "yes" or "no" in the second column.
        seeds += re.findall(r"^\| `([^`]+)` \| (?!yes|no)", f.read(), re.MULTILINE)
    return seeds


def korean_hours_seeds():
    """The Korean hours the reader's tests read or refuse, and the opening_hours seeds."""
    with open(os.path.join(ROOT, "tests/core/domain/korean_hours_test.cpp"), encoding="utf-8") as f:
        literals = re.findall(r'"((?:[^"\\]|\\.)*)"', f.read())
    seeds = [s.replace("\\n", "\n").replace("\\r", "\r") for s in literals
             if re.search("[\uac00-\ud7a3]", s)]
    return seeds + hours_seeds()


def route_seeds():
    seeds = ["#/", "#/map", "#/shop/shop-01", "#/promo/p-1?q=%EB%96%A1",
             "#/?q=tteokbokki&cat=bunsik,cafe&open=1&deal=1&pay=card,zeropay&lang=en,ja"]
    with open(os.path.join(ROOT, "tests/core/domain/route_test.cpp"), encoding="utf-8") as f:
        seeds += re.findall(r'"(#?/[^"\\]*)"', f.read())
    return seeds


def search_seeds():
    seeds = ["ㅁㄴㄱ", "ㄸㅂㅇ", "떡ㅂ", "맛나", "tteokbokki", "chicken", "Café"]
    for shop in shops():
        seeds += texts(shop.get("name"))
        seeds += [t for t in shop.get("tags", []) if isinstance(t, str)]
        for item in shop.get("menu", []):
            if isinstance(item, dict):
                seeds += texts(item.get("name"))
    return seeds


def file_seeds():
    out = []
    for path in data_files():
        with open(path, "rb") as f:
            out.append(f.read())
    return out


def csv_seeds():
    """The spreadsheets of the CLI tests, and every shop of the bundles as golmok CSV rows."""
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/data/csv/*.csv"))):
        with open(path, "rb") as f:
            out.append(f.read())
    header = "id,name_ko,category,lat,lon,address_ko,hours,phone\r\n"
    for shop in shops():
        pos = shop.get("position") or {}
        row = [shop.get("id", ""), (shop.get("name") or {}).get("ko", ""), shop.get("category", ""),
               str(pos.get("lat", "")), str(pos.get("lon", "")), (shop.get("address") or {}).get("ko", ""),
               shop.get("hours", ""), shop.get("phone", "")]
        out.append(header + ",".join('"' + str(c).replace('"', '""') + '"' for c in row) + "\r\n")
    return out


def draft_seeds():
    """Editor drafts onto tests/data/valid/minimal.json: each kind of edit, and a few at once."""
    def draft(edits, cursor=None):
        return json.dumps({"golmokDraft": 1, "district": "minimal", "base": "base",
                           "cursor": len(edits) if cursor is None else cursor, "edits": edits},
                          ensure_ascii=False, indent=2)
    rename = {"op": "set", "entity": "shop/shop-1", "field": "name.ko", "before": "", "after": "새 이름"}
    hours = {"op": "set", "entity": "shop/shop-1", "field": "hours", "before": "", "after": "Mo-Fr 09:00-18:00"}
    menu = {"op": "set", "entity": "shop/shop-1", "field": "menu", "before": "", "after": "떡볶이 | 4000\n순대 | 3500"}
    added = {"op": "add", "entity": "shop/new-shop-1", "index": 1,
             "fields": {"name.ko": "새 가게", "category": "bunsik", "position": "37.5,127"}}
    event = {"op": "add", "entity": "event/new-event-1", "index": 0,
             "fields": {"title.ko": "행사", "start": "2026-12-24", "end": "2026-12-25"}}
    removed = {"op": "remove", "entity": "shop/shop-1", "index": 0, "fields": {"name.ko": "가게"}}
    district = {"op": "set", "entity": "district", "field": "association.phone", "before": "", "after": "02-111-2222"}
    return [draft([rename]), draft([hours, menu]), draft([added, event, removed]), draft([district, rename], 1)]


RULES = {
    "csv": csv_seeds,
    "draft": draft_seeds,
    "korean_hours": korean_hours_seeds,
    "opening_hours": hours_seeds,
    "route": route_seeds,
    "search": search_seeds,
}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    target, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    seeds = RULES.get(target, file_seeds)()
    for seed in seeds:
        data = seed if isinstance(seed, bytes) else seed.encode("utf-8")
        # Named by content, so that running again adds nothing twice.
        with open(os.path.join(out_dir, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
    print(f"{target}: {len(set(seeds))} seeds")


if __name__ == "__main__":
    main()
