"""Checks the shape of porttidy's --format=json or --format=codequality output.

  format-shape.py json|codequality FILE

Fails (exit 1, naming the field) unless FILE is a JSON array whose every
element has the documented fields with the documented types (docs/output.md
for json; GitLab's required Code Quality fields for codequality). Prints
`<n> entries ok`.
"""
import json
import sys

LOCATION = {"path": str, "line": int, "column": int}
JSON_FINDING = dict(LOCATION, check=str, severity=str, message=str,
                    function=str, fingerprint=str, notes=list, fixes=list)
NOTE = dict(LOCATION, message=str)
FIX = {"description": str, "fromNote": bool, "edits": list}
EDIT = dict(LOCATION, endLine=int, endColumn=int, replacement=str)


def need(obj, fields, where):
    if not isinstance(obj, dict):
        sys.exit(f"{where}: not an object")
    for name, kind in fields.items():
        if not isinstance(obj.get(name), kind) or (kind is int and isinstance(obj[name], bool)):
            sys.exit(f"{where}.{name}: missing or not {kind.__name__}")


def check_json(entries):
    for i, e in enumerate(entries):
        need(e, JSON_FINDING, f"[{i}]")
        if e["severity"] not in ("warning", "error"):
            sys.exit(f"[{i}].severity: {e['severity']}")
        if e["line"] < 1 or e["column"] < 1:
            sys.exit(f"[{i}]: line and column are 1-based")
        for j, n in enumerate(e["notes"]):
            need(n, NOTE, f"[{i}].notes[{j}]")
        for j, f in enumerate(e["fixes"]):
            need(f, FIX, f"[{i}].fixes[{j}]")
            for k, edit in enumerate(f["edits"]):
                need(edit, EDIT, f"[{i}].fixes[{j}].edits[{k}]")


def check_codequality(entries):
    fingerprints = set()
    for i, e in enumerate(entries):
        need(e, {"description": str, "check_name": str, "fingerprint": str,
                 "severity": str, "location": dict}, f"[{i}]")
        if e["severity"] not in ("info", "minor", "major", "critical", "blocker"):
            sys.exit(f"[{i}].severity: {e['severity']}")
        need(e["location"], {"path": str, "lines": dict}, f"[{i}].location")
        need(e["location"]["lines"], {"begin": int}, f"[{i}].location.lines")
        if e["fingerprint"] in fingerprints:
            sys.exit(f"[{i}].fingerprint: not unique")
        fingerprints.add(e["fingerprint"])


def main():
    kind, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)
    if not isinstance(entries, list):
        sys.exit("not a JSON array")
    {"json": check_json, "codequality": check_codequality}[kind](entries)
    print(f"{len(entries)} entries ok")


if __name__ == "__main__":
    main()
