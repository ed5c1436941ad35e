#!/usr/bin/env python3
"""Checks that every fenced block in a Markdown page that follows an
`<!-- path -->` comment is, byte for byte, the file at that path (relative to
the repository root), so copy-paste docs cannot drift from the files.

usage: doc_matches_examples.py <page.md> <repository root>
Prints one line per block checked; exits 1 on the first mismatch.
"""
import os
import re
import sys

page, root = sys.argv[1], sys.argv[2]
text = open(page, encoding="utf-8").read()
blocks = re.findall(r"<!-- (\S+) -->\n```[a-z]*\n(.*?)^```$", text, re.S | re.M)
if not blocks:
    sys.exit(f"{page}: no <!-- path --> blocks found")
for path, block in blocks:
    with open(os.path.join(root, path), encoding="utf-8") as f:
        expected = f.read()
    if block != expected:
        sys.exit(f"{page}: the block for {path} differs from the file")
    print(f"{path}: matches")
