#!/usr/bin/env python3
"""The schema and the loader agree: every bundle in tests/data/valid, tests/data/invalid and data/,
and variants of the minimal bundle that each break one rule, are judged valid or invalid alike by
data/schema/bundle.schema.json (python3-jsonschema, draft 2020-12) and by `golmok validate`.

Rules JSON Schema cannot express are listed in SCHEMA_CANNOT_TELL with the reason; for those the
test checks that the loader refuses the file while the schema accepts it, so that the list stays
true. Run by ctest as: schema_agreement_test.py GOLMOK SOURCE_DIR
"""
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

GOLMOK, SRC = sys.argv[1], sys.argv[2]

# Cases the schema accepts and the loader refuses, and why JSON Schema cannot tell.
SCHEMA_CANNOT_TELL = {
    "tests/data/invalid/duplicate_ids.json": "ids unique within a list: uniqueness of one member of "
                                             "array items is beyond JSON Schema",
    "tests/data/invalid/duplicate_keys.json": "duplicate keys vanish when the text is parsed, before "
                                              "any schema sees the document",
    "tests/data/invalid/end_before_start.json": "comparing two dates (end before start)",
    "tests/data/invalid/unknown_references.json": "references between lists (a promotion's shop, a "
                                                  "shop's category)",
    "date that does not exist": "a pattern can check YYYY-MM-DD but not that 2026-02-30 is no day",
    "south above north": "comparing two numbers of the bounds",
    "shop outside the bounds": "comparing a position with the district's bounds",
}


def load_schema():
    with open(os.path.join(SRC, "data/schema/bundle.schema.json"), encoding="utf-8") as f:
        return jsonschema.Draft202012Validator(json.load(f))


def schema_accepts(validator, raw):
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False  # not JSON text at all: no schema can accept it
    return validator.is_valid(doc)


def loader_accepts(path):
    r = subprocess.run([GOLMOK, "validate", path], capture_output=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"golmok validate {path}: exit {r.returncode}: {r.stderr.decode()}")
    return r.returncode == 0


def variants(minimal):
    """(name, bundle) pairs, each breaking (or bending) one rule of the minimal bundle."""
    def v(name, change):
        b = copy.deepcopy(minimal)
        change(b)
        return name, b
    shop = lambda b: b["shops"][0]
    return [
        v("upper-case colour", lambda b: b["categories"][0].update(color="#E4572E")),
        v("colour without #", lambda b: b["categories"][0].update(color="e4572e")),
        v("upper-case id", lambda b: shop(b).update(id="Shop-1")),
        v("id starting with a hyphen", lambda b: shop(b).update(id="-shop")),
        v("id of 65 characters", lambda b: shop(b).update(id="s" * 65)),
        v("id of 64 characters", lambda b: shop(b).update(id="s" * 64)),
        v("negative price", lambda b: shop(b).update(menu=[{"name": {"ko": "김밥"}, "price": -1}])),
        v("fractional price", lambda b: shop(b).update(menu=[{"name": {"ko": "김밥"}, "price": 1.5}])),
        v("price too high", lambda b: shop(b).update(menu=[{"name": {"ko": "김밥"}, "price": 100000001}])),
        v("phone with spaces", lambda b: shop(b).update(phone="02 803 1234")),
        v("international phone", lambda b: shop(b).update(phone="+82-2-803-1234")),
        v("phone too short", lambda b: shop(b).update(phone="12345")),
        v("phone of 16 digits", lambda b: shop(b).update(phone="0123-4567-8901-2345")),
        v("phone of 15 digits", lambda b: shop(b).update(phone="012-3456-7890-1234")),
        v("phone with a plus inside", lambda b: shop(b).update(phone="02-+803-1234")),
        v("empty hours", lambda b: shop(b).update(hours="")),
        v("unknown language in a text", lambda b: shop(b)["name"].update(fr="Chez")),
        v("blank Korean text", lambda b: shop(b)["name"].update(ko="  ")),
        v("date that does not exist", lambda b: shop(b).update(confirmed="2026-02-30")),
        v("date in another form", lambda b: shop(b).update(confirmed="2026-1-5")),
        v("hours not understood (a warning)", lambda b: shop(b).update(hours="월~금 9시")),
        v("same payment twice", lambda b: shop(b).update(payment=["card", "card"])),
        v("unknown payment", lambda b: shop(b).update(payment=["bitcoin"])),
        v("street of one point", lambda b: b.update(streets=[{"id": "s", "class": "alley",
                                                             "path": [{"lat": 37.465, "lon": 126.895}]}])),
        v("format 2", lambda b: b.update(format=2)),
        v("$schema not a string", lambda b: b.update({"$schema": 5})),
        v("empty $schema", lambda b: b.update({"$schema": ""})),
        v("unknown landmark kind", lambda b: b.update(landmarks=[{"id": "l", "kind": "castle", "name": {"ko": "성"},
                                                                  "position": {"lat": 37.465, "lon": 126.895}}])),
        v("link without a host", lambda b: shop(b).update(links=[{"label": {"ko": "누리집"}, "url": "https://"}])),
        v("mailto link", lambda b: shop(b).update(links=[{"label": {"ko": "메일"}, "url": "mailto:a@b.kr"}])),
        v("no categories", lambda b: b.update(categories=[])),
        v("south above north", lambda b: b["district"]["bounds"].update(south=37.48)),
        v("shop outside the bounds", lambda b: shop(b)["position"].update(lat=37.5)),
        v("latitude above 90", lambda b: shop(b)["position"].update(lat=91)),
        v("empty tag", lambda b: shop(b).update(tags=[""])),
        v("empty coupon", lambda b: b.update(promotions=[{"id": "p", "title": {"ko": "할인"}, "start": "2026-01-01",
                                                          "end": "2026-01-02", "coupon": ""}])),
        v("empty attribution", lambda b: b["district"].update(attribution="")),
        v("sample as a string", lambda b: shop(b).update(sample="yes")),
        v("unknown member", lambda b: shop(b).update(colour="red")),
        v("empty shops", lambda b: b.update(shops=[])),
    ]


def main():
    validator = load_schema()
    cases = []  # (name, path of a file to check)
    work = tempfile.mkdtemp()
    for pattern in ("tests/data/valid/*.json", "tests/data/invalid/*.json", "data/*.json"):
        for path in sorted(glob.glob(os.path.join(SRC, pattern))):
            if os.path.basename(path) == "index.json":
                continue  # an index, checked by its own schema
            cases.append((os.path.relpath(path, SRC), path))
    with open(os.path.join(SRC, "tests/data/valid/minimal.json"), encoding="utf-8") as f:
        minimal = json.load(f)
    for i, (name, bundle) in enumerate(variants(minimal)):
        folder = os.path.join(work, str(i))
        os.mkdir(folder)
        path = os.path.join(folder, "minimal.json")  # the district id must match the file name
        with open(path, "w", encoding="utf-8") as f:
            json.dump(bundle, f, ensure_ascii=False, indent=2)
        cases.append((name, path))

    failures = []
    for name, path in cases:
        with open(path, "rb") as f:
            raw = f.read()
        by_schema = schema_accepts(validator, raw)
        by_loader = loader_accepts(path)
        if name in SCHEMA_CANNOT_TELL:
            if not (by_schema and not by_loader):
                failures.append(f"{name}: listed as beyond the schema, but schema says "
                                f"{'valid' if by_schema else 'invalid'} and loader "
                                f"{'valid' if by_loader else 'invalid'}; update SCHEMA_CANNOT_TELL")
        elif by_schema != by_loader:
            failures.append(f"{name}: schema says {'valid' if by_schema else 'invalid'}, "
                            f"loader says {'valid' if by_loader else 'invalid'}")
        print(f"{'ok  ' if by_schema == by_loader else 'diff'} {name}")
    for name in SCHEMA_CANNOT_TELL:
        if name not in [c[0] for c in cases]:
            failures.append(f"{name}: listed in SCHEMA_CANNOT_TELL but no such case")
    if failures:
        print("\n".join(["", "schema and loader disagree:"] + failures), file=sys.stderr)
        return 1
    print(f"{len(cases)} cases: schema and loader agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
