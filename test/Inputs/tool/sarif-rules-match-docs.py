"""Checks that a porttidy SARIF log describes every check by its page.

  sarif-rules-match-docs.py SARIF DOCS_DIR (--home-page=URL | --no-home-page)

For every docs/checks/<id>.md there must be a rule <id> (and the other way
round for port-* rules) whose shortDescription is the page's first paragraph
and whose help.markdown is the page, with a helpUri to the published page
when the build names a home page and none otherwise. Fails when a page changed but the
binary was not rebuilt from it, or a check has no page.
"""
import json
import os
import sys


def first_paragraph(text):
    lines = text.splitlines()
    body = [l for l in lines[1:]]  # after the `# <id>` title
    para = []
    for line in body:
        if not line.strip():
            if para:
                break
            continue
        para.append(line.strip())
    return " ".join(para)


def main():
    sarif, docs, where = sys.argv[1:4]
    home_page = where.partition("=")[2] if where.startswith("--home-page=") else None
    with open(sarif, encoding="utf-8") as f:
        rules = {r["id"]: r for r in json.load(f)["runs"][0]["tool"]["driver"]["rules"]}
    pages = {os.path.splitext(n)[0] for n in os.listdir(docs) if n.endswith(".md")}
    problems = []
    for check in sorted(r for r in rules if r.startswith("port-")):
        if check not in pages:
            problems.append(f"{check}: no docs/checks/{check}.md")
    for page in sorted(pages):
        with open(os.path.join(docs, page + ".md"), encoding="utf-8") as f:
            text = f.read()
        rule = rules.get(page)
        if rule is None:
            problems.append(f"{page}: documented but not a rule")
            continue
        if rule["shortDescription"]["text"] != first_paragraph(text):
            problems.append(f"{page}: shortDescription is not the page's first paragraph")
        if rule["help"].get("markdown") != text:
            problems.append(f"{page}: help.markdown is not the page")
        want = f"{home_page}/blob/main/docs/checks/{page}.md" if home_page else None
        if rule.get("helpUri") != want:
            problems.append(f"{page}: helpUri {rule.get('helpUri')!r}, not {want!r}")
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f"{len(pages)} rules match their pages")


if __name__ == "__main__":
    main()
