#!/usr/bin/env python3
"""Fix-it safety over the whole check suite: every fix porttidy offers is safe.

usage: fixit-safety.py --porttidy=P --clang=C --inputs=DIR --work=DIR TEST|DIR...

For every %check_port_tidy RUN line of every TEST (test/checks/*.c|cpp), with
that line's language, checks, tidy and compiler arguments:
  1. run porttidy --fix (plus --fix-notes where the line says -fix-notes) on a
     copy, exporting the fixes it applied (--export-fixes);
  2. if the copy changed: it must compile (clang -fsyntax-only, C or C++ as
     the RUN line says);
  3. re-run porttidy on the fixed copy: no finding may still carry a fix this
     mode applies, and every finding that was fixed must be gone (a new
     finding the fix introduced is printed as a note);
  4. a second --fix must change nothing.
check_port_tidy.py already proves each fix is the expected one and compiles;
this adds steps 3 and 4, and reuses its parsing of RUN lines.
Exit status 0 when every RUN line passes, 1 otherwise.
"""
import argparse
import collections
import concurrent.futures
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_port_tidy as cpt  # noqa: E402

RUN = re.compile(r"//\s*RUN:(.*)$")


def run_lines(test, qt5_flags):
    """The argument lists of the test's %check_port_tidy RUN lines (lit joins
    a RUN line ending in a backslash with the next), with %qt5_flags
    expanded to its words."""
    joined, pending = [], ""
    for line in test.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
        m = RUN.search(line)
        if not m:
            continue
        part = m.group(1).strip()
        if part.endswith("\\"):
            pending += part[:-1] + " "
            continue
        joined.append(pending + part)
        pending = ""
    for command in joined:
        words = []
        for word in shlex.split(command):
            words += shlex.split(qt5_flags) if word == "%qt5_flags" else [word]
        if words and words[0] == "%check_port_tidy":
            yield words[1:]


def findings(export):
    """(check, message) of each finding, and those carrying an applied fix."""
    data = yaml.safe_load(export.read_text()) if export.exists() else None
    all_, fixed = collections.Counter(), collections.Counter()
    for d in (data or {}).get("Diagnostics") or []:
        key = (d["DiagnosticName"], d["DiagnosticMessage"]["Message"])
        all_[key] += 1
        if d["DiagnosticMessage"].get("Replacements"):
            fixed[key] += 1
    return all_, fixed


def note_fixes(export):
    """(check, message) of each finding whose fix sits on exactly one note."""
    data = yaml.safe_load(export.read_text()) if export.exists() else None
    out = collections.Counter()
    for d in (data or {}).get("Diagnostics") or []:
        if d["DiagnosticMessage"].get("Replacements"):
            continue
        notes = [n for n in d.get("Notes") or [] if n.get("Replacements")]
        if len(notes) == 1:
            out[(d["DiagnosticName"], d["DiagnosticMessage"]["Message"])] += 1
    return out


class Case:
    def __init__(self, opts, test, argv, work):
        args, self.tidy_args, compiler_args = cpt.parse_command_line(
            [f"--clang-tidy={opts.porttidy}", f"--plugin=-", f"--porttidy={opts.porttidy}",
             f"--clang={opts.clang}",
             *[a.replace("%s", str(test)).replace("%t", str(work)).replace("%inputs", opts.inputs)
               for a in argv]])
        self.test, self.args, self.opts, self.argv = test, args, opts, argv
        self.language = args.lang or cpt.EXTENSION_LANGUAGE[test.suffix]
        self.compiler_args = list(compiler_args)
        if not any(re.match(r"^--?std[=:]", a) for a in self.compiler_args):
            self.compiler_args.insert(0, cpt.DEFAULT_STD[self.language])
        self.compiler_args.append(f"-I{opts.inputs}")
        if not any(re.match(r"^--?config(-file)?(=|$)", a) for a in self.tidy_args):
            self.tidy_args.append("--config={}")
        self.fix = ["--fix", "--fix-notes"] if args.fix_notes else ["--fix"]
        self.work = work
        self.file = work / (test.stem + cpt.LANGUAGES[self.language])
        self.problems = []
        self.notes = []
        self.changed = False

    def porttidy(self, export, fix):
        cmd = [self.opts.porttidy, str(self.file), *(self.fix if fix else []),
               f"--export-fixes={export}", f"--checks=-*,{self.args.check}", *self.tidy_args,
               "--", *self.compiler_args]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, timeout=300)
        if proc.returncode not in (0, 1):
            self.problems.append(f"porttidy exited {proc.returncode}: {shlex.join(cmd)}\n"
                                 + proc.stdout.decode(errors="replace"))
        return proc

    def run(self):
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        text = self.test.read_text(encoding="utf-8", errors="surrogateescape")
        original = cpt.CHECK_COMMENT.sub("//", text).encode("utf-8", errors="surrogateescape")
        self.file.write_bytes(original)

        first = self.work / "first.yaml"
        self.porttidy(first, fix=True)
        before, fixed = findings(first)
        if self.args.fix_notes:
            fixed += note_fixes(first)
        once = self.file.read_bytes()
        self.changed = once != original
        if not self.changed:
            if fixed:
                self.problems.append(f"{sum(fixed.values())} fix(es) reported but the file did not change")
            return self.problems
        compile_cmd = [self.opts.clang, "-fsyntax-only", *self.compiler_args, str(self.file)]
        proc = subprocess.run(compile_cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if proc.returncode != 0:
            self.problems.append("the fixed file does not compile:\n" + proc.stdout.decode(errors="replace"))

        second = self.work / "second.yaml"
        self.porttidy(second, fix=False)
        after, still_fixable = findings(second)
        if self.args.fix_notes:
            still_fixable += note_fixes(second)
        if still_fixable:
            self.problems.append(f"findings still carry fixes after --fix: {dict(still_fixable)}")
        for key, count in fixed.items():
            if after[key] > before[key] - count:
                self.problems.append(f"a fixed finding is still reported after --fix: {key}")
        # A fix that trades one finding for another is worth knowing about,
        # but not one of the three requirements.
        self.notes = [f"--fix introduced a new finding: {key}" for key in after - before]

        self.porttidy(self.work / "third.yaml", fix=True)
        if self.file.read_bytes() != once:
            self.problems.append("a second --fix changed the file again")
        return self.problems


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in ("porttidy", "clang", "inputs", "work"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--qt5-flags", default="",
                        help="what lit's %%qt5_flags stands for")
    parser.add_argument("tests", nargs="+")
    opts = parser.parse_args()
    tests = []
    for t in opts.tests:
        path = Path(t).resolve()
        tests += sorted(path.glob("*.c")) + sorted(path.glob("*.cpp")) if path.is_dir() else [path]
    cases = [Case(opts, test, argv, Path(opts.work) / f"{test.name}.{i}")
             for test in tests for i, argv in enumerate(run_lines(test, opts.qt5_flags))]
    # Two at a time: each case is a few serial porttidy runs.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(Case.run, cases))
    failed = changed = 0
    checked = len(cases)
    for case, problems in zip(cases, results):
        where = f"{case.test.name} ({' '.join(case.argv)})"
        changed += case.changed
        for note in case.notes:
            print(f"note: {where}: {note}")
        if problems:
            failed += 1
            print(f"FAIL {where}:")
            for p in problems:
                print("  " + p.replace("\n", "\n  "))
    print(f"fixit-safety: {checked} RUN lines ({changed} with fixes applied), {failed} failed")
    return 1 if failed or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
