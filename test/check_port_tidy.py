#!/usr/bin/env python3
# ===- check_port_tidy.py - porttidy check-test runner -------------------=== #
"""Run one porttidy check test through the plugin and the CLI, and verify it.

Used from lit as %check_port_tidy (test/lit.cfg.py supplies the tool paths):

  // RUN: %check_port_tidy [options] %s <check-glob> %t [-- <tidy args> [-- <compiler args>]]

For each engine (stock clang-tidy with --load=<plugin>, and the porttidy CLI):
  1. copy the source to a fresh temporary file, every `// CHECK-...:` comment
     blanked to `//` so line numbers are kept and checks cannot match themselves;
  2. run the engine on it with --fix (--fix-notes under -fix-notes) and
     --checks=-*,<check-glob>;
  3. FileCheck the diagnostics against CHECK-MESSAGES[-SUFFIX] (every warning and
     error must be asserted) or CHECK-NOTES[-SUFFIX] (every note too); with
     neither, no diagnostic at all is allowed;
  4. FileCheck the fixed file against CHECK-FIXES[-SUFFIX]; with none, the file
     must be byte-identical to the input copy;
  5. if the fixed file changed, recompile it with clang -fsyntax-only.
Then the two engines must agree: same warnings, same notes, same fixed file.

Options (before the source):
  -lang=c|c++              language of the test (default: from the extension);
                           C gets -std=gnu11, C++ -std=c++17 unless the compiler
                           args set -std
  -engine=plugin|cli|both  which engines to run (default: both)
  -check-suffix=A[,B]      use CHECK-MESSAGES-A etc. ('' is the bare prefix);
  -check-suffixes=A,B      same
  -fix-notes               apply fixes attached to notes (--fix-notes)
  -match-full-lines        CHECK-FIXES must match whole lines (default: a
                           substring, whitespace compared strictly)

Exit status: 0 the test passed, 1 it failed, 2 the test or command line is
malformed. Python 3.11, standard library only.
"""

import argparse
import collections
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT_SECONDS = 300

# The three kinds of assertion a test can carry, each with an optional suffix.
MESSAGES, NOTES, FIXES = "CHECK-MESSAGES", "CHECK-NOTES", "CHECK-FIXES"

# FileCheck's own directive suffixes; a check suffix may not look like one.
DIRECTIVE = r"(?:-(?:NEXT|SAME|NOT|DAG|LABEL|EMPTY|COUNT-\d+))?:"
RESERVED_SUFFIX = re.compile(r"(?:^|-)(?:NEXT|SAME|NOT|DAG|LABEL|EMPTY|COUNT-\d+)$")
CHECK_COMMENT = re.compile(r"//\s*CHECK-[A-Za-z0-9_-]*:[^\r\n]*")

# file:line:col: kind: message
DIAGNOSTIC = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<kind>warning|error|fatal error|note): (?P<message>.*)$")

# Bookkeeping lines the engines print that are not findings. The FIX-IT note
# would otherwise have to be asserted by every CHECK-NOTES test that fixes.
NOISE = [re.compile(p) for p in (
    r"^\d+ (?:warning|error)s? (?:and \d+ (?:warning|error)s? )?generated\.$",
    r"^Suppressed \d+ warnings? ",
    r"^Use -header-filter=",
    r"^Use -system-headers ",
    r"^\S+ applied \d+ of \d+ suggested fix(?:es)?\.$",
    r": note: FIX-IT applied suggested code changes$",
)]

LANGUAGES = {"c": ".c", "c++": ".cpp"}
EXTENSION_LANGUAGE = {".c": "c", ".cpp": "c++", ".cc": "c++", ".cxx": "c++"}
DEFAULT_STD = {"c": "-std=gnu11", "c++": "-std=c++17"}


class UsageError(Exception):
    """The test file or the command line is malformed (exit status 2)."""


# --- command line -------------------------------------------------------------


def csv(text):
    return text.split(",")


def parse_command_line(argv):
    """Split `[options] src check tmp [-- tidy args [-- compiler args]]`."""
    head, tidy_args, compiler_args = argv, [], []
    if "--" in head:
        i = head.index("--")
        head, tidy_args = head[:i], head[i + 1:]
        if "--" in tidy_args:
            j = tidy_args.index("--")
            tidy_args, compiler_args = tidy_args[:j], tidy_args[j + 1:]

    parser = argparse.ArgumentParser(
        prog="check_port_tidy", description=__doc__, allow_abbrev=False,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    # Supplied by lit.cfg.py before the test's own arguments; a later one wins,
    # which lets runner self-tests substitute a fake CLI.
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--porttidy", required=True)
    parser.add_argument("--clang", required=True)
    parser.add_argument("--inputs")
    parser.add_argument("--filecheck", help="default: FileCheck next to clang-tidy")
    # The test's options.
    parser.add_argument("-lang", "--lang", choices=sorted(LANGUAGES))
    parser.add_argument("-engine", "--engine", choices=["plugin", "cli", "both"],
                        default="both")
    parser.add_argument("-check-suffix", "-check-suffixes", "--check-suffix",
                        "--check-suffixes", dest="suffixes", type=csv, default=[""])
    parser.add_argument("-fix-notes", "--fix-notes", action="store_true")
    parser.add_argument("-match-full-lines", "--match-full-lines", action="store_true")
    parser.add_argument("source")
    parser.add_argument("check")
    parser.add_argument("temp")
    args = parser.parse_args(head)
    return args, tidy_args, compiler_args


# --- the test file's assertions -------------------------------------------------


def has_prefix(text, prefix):
    """Whether `text` holds a FileCheck directive of exactly `prefix`."""
    return re.search(r"(?<![A-Za-z0-9_-])" + re.escape(prefix) + DIRECTIVE, text) is not None


@dataclass
class Expectations:
    """Which FileCheck prefixes the active suffixes use in the test file."""
    messages: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    fixes: list = field(default_factory=list)

    @property
    def diagnostics(self):
        """CHECK-MESSAGES or CHECK-NOTES prefixes (never both), if any."""
        return self.messages or self.notes

    @property
    def negative(self):
        return not (self.messages or self.notes or self.fixes)


def read_expectations(text, suffixes):
    found = Expectations()
    empty = []
    for suffix in suffixes:
        if suffix and not re.fullmatch(r"[A-Z0-9_-]+", suffix):
            raise UsageError(f"check suffix '{suffix}': use A-Z, 0-9, '-' and '_' only")
        if RESERVED_SUFFIX.search(suffix):
            raise UsageError(f"check suffix '{suffix}' reads as a FileCheck directive")
        tail = "-" + suffix if suffix else ""
        kinds = [(MESSAGES, found.messages), (NOTES, found.notes), (FIXES, found.fixes)]
        present = [kind for kind, _ in kinds if has_prefix(text, kind + tail)]
        for kind, prefixes in kinds:
            if kind in present:
                prefixes.append(kind + tail)
        if MESSAGES in present and NOTES in present:
            raise UsageError(f"use either {MESSAGES}{tail} or {NOTES}{tail}, not both")
        if not present:
            empty.append(suffix)
    if empty and not found.negative:
        names = ", ".join(f"'{s}'" for s in empty)
        raise UsageError(
            f"no {MESSAGES}, {NOTES} or {FIXES} lines for check suffix {names} while "
            "other suffixes have some; a negative variant needs its own RUN line")
    if found.messages and found.notes:
        raise UsageError(
            f"{', '.join(found.messages)} and {', '.join(found.notes)} in one run: "
            "CHECK-MESSAGES leaves notes unasserted, so use CHECK-NOTES for all suffixes")
    if found.fixes and not found.diagnostics:
        raise UsageError(
            f"{', '.join(found.fixes)} without {MESSAGES} or {NOTES}: "
            "assert the warnings that carry the fixes too")
    return found


# --- running things -------------------------------------------------------------


@dataclass
class Result:
    command: list
    returncode: int
    output: str


def run(command, log):
    log.append(f"$ {shlex.join(command)}")
    try:
        proc = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=TIMEOUT_SECONDS)
    except FileNotFoundError as err:
        return Result(command, 127, f"cannot run {command[0]}: {err.strerror}\n")
    except subprocess.TimeoutExpired as err:
        out = (err.output or b"").decode(errors="replace")
        return Result(command, 124, out + f"\n(timed out after {TIMEOUT_SECONDS}s)\n")
    return Result(command, proc.returncode, proc.stdout.decode(errors="replace"))


def section(title, body):
    body = body if body.endswith("\n") or not body else body + "\n"
    return f"------------------------ {title} ------------------------\n{body}"


def clean_output(text, temp_file, source):
    """Drop bookkeeping lines; show the temporary copy under the source's name."""
    for alias in {str(temp_file), os.path.realpath(temp_file)}:
        text = text.replace(alias, str(source))
    lines = [line for line in text.splitlines() if not any(p.search(line) for p in NOISE)]
    return "\n".join(lines) + ("\n" if lines else "")


def diagnostics(text, kinds):
    return [line for line in text.splitlines()
            if (m := DIAGNOSTIC.match(line)) and m.group("kind") in kinds]


# --- one engine -------------------------------------------------------------------


@dataclass
class EngineRun:
    name: str
    log: list = field(default_factory=list)
    failures: list = field(default_factory=list)
    output: str = ""
    fixed: bytes = b""
    ran: bool = False

    def fail(self, what, detail=""):
        self.failures.append(what)
        self.log.append(section(f"FAILED [{self.name}]: {what}", detail))


class CheckTest:
    def __init__(self, args, tidy_args, compiler_args):
        self.args = args
        self.source = Path(args.source).resolve()
        if not self.source.is_file():
            raise UsageError(f"no such test file: {args.source}")
        self.text = self.source.read_text(encoding="utf-8", errors="surrogateescape")
        self.expect = read_expectations(self.text, args.suffixes)

        extension_language = EXTENSION_LANGUAGE.get(self.source.suffix)
        self.language = args.lang or extension_language
        if self.language is None:
            raise UsageError(f"cannot tell the language of {self.source.name}; pass -lang=c|c++")
        # A C test run as C++ is copied under a .cpp name so both engines and
        # the recompile see C++ without depending on -x.
        self.temp_name = self.source.stem + LANGUAGES[self.language]

        self.tidy_args = list(tidy_args)
        # An empty config unless the test brings one: a stray .clang-tidy above
        # the build directory must not change what a test sees.
        if not any(re.match(r"^--?config(-file)?(=|$)", a) for a in self.tidy_args):
            self.tidy_args.append("--config={}")
        self.compiler_args = list(compiler_args)
        if not any(re.match(r"^--?std[=:]", a) for a in self.compiler_args):
            self.compiler_args.insert(0, DEFAULT_STD[self.language])
        if args.inputs:
            self.compiler_args.append(f"-I{args.inputs}")

        self.filecheck = args.filecheck or self._find_filecheck()
        self.engines = ["plugin", "cli"] if args.engine == "both" else [args.engine]

    def _find_filecheck(self):
        beside = Path(self.args.clang_tidy).parent / "FileCheck"
        if beside.is_file():
            return str(beside)
        found = shutil.which("FileCheck")
        if not found:
            raise UsageError("FileCheck not found (install llvm-N-tools or pass --filecheck=)")
        return found

    # The two engines get the same arguments; only the program differs.
    def engine_command(self, engine, temp_file):
        fix = ["--fix", "--fix-notes"] if self.args.fix_notes else ["--fix"]
        common = [str(temp_file), *fix, f"--checks=-*,{self.args.check}", *self.tidy_args,
                  "--", *self.compiler_args]
        if engine == "plugin":
            return [self.args.clang_tidy, f"--load={self.args.plugin}", *common]
        return [self.args.porttidy, *common]

    def run_engine(self, engine):
        e = EngineRun(engine)
        workdir = Path(os.path.abspath(f"{self.args.temp}.{engine}"))
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        temp_file = workdir / self.temp_name
        original = workdir / (self.temp_name + ".orig")
        blanked = CHECK_COMMENT.sub("//", self.text).encode("utf-8", errors="surrogateescape")
        temp_file.write_bytes(blanked)
        original.write_bytes(blanked)

        program = Path(self.engine_command(engine, temp_file)[0])
        if not program.is_file():
            e.fail(f"the {engine} engine is missing: {program} does not exist (build it first)")
            return e
        if engine == "plugin" and not Path(self.args.plugin).is_file():
            e.fail(f"the plugin is missing: {self.args.plugin} does not exist (build it first)")
            return e

        result = run(self.engine_command(engine, temp_file), e.log)
        e.ran = True
        e.output = clean_output(result.output, temp_file, self.source)
        e.log.append(section(f"{engine} output (exit {result.returncode})", e.output))
        out_file = workdir / (self.temp_name + ".out")
        out_file.write_text(e.output, encoding="utf-8")
        e.fixed = temp_file.read_bytes()
        fix_diff = unified(blanked, e.fixed, f"{self.temp_name} (input)", f"{self.temp_name} (fixed)")
        e.log.append(section(f"{engine} fixes", fix_diff or "(none)\n"))

        self.check_exit_status(e, result)
        self.check_diagnostics(e, out_file)
        self.check_fixes(e, temp_file, blanked)
        return e

    def check_exit_status(self, e, result):
        findings = diagnostics(e.output, {"warning", "error", "fatal error"})
        status = result.returncode
        if e.name == "plugin":
            if status != 0:
                e.fail(f"clang-tidy exited {status} (compiler errors or a crash?)")
        elif status == 2:
            e.fail("porttidy exited 2: tool error")
        elif status not in (0, 1):
            e.fail(f"porttidy exited {status}; it may only exit 0 (no findings), "
                   "1 (findings) or 2 (tool error)")
        elif (status == 1) != bool(findings):
            e.fail(f"porttidy exited {status} but printed {len(findings)} finding(s); "
                   "it must exit 1 exactly when it reports findings")

    def check_diagnostics(self, e, out_file):
        prefixes = self.expect.diagnostics
        if not prefixes:
            found = diagnostics(e.output, {"warning", "error", "fatal error", "note"})
            if found:
                e.fail("no diagnostics expected (the test has no CHECK-MESSAGES or "
                       f"CHECK-NOTES for suffix {self.suffix_names()}), but got some",
                       "\n".join(found))
            return
        unexpected = "{{note|warning|error}}:" if self.expect.notes else "{{warning|error}}:"
        self.filecheck_run(e, prefixes, [f"--input-file={out_file}",
                                         f"--implicit-check-not={unexpected}"])

    def check_fixes(self, e, temp_file, blanked):
        if self.expect.fixes:
            mode = "--match-full-lines" if self.args.match_full_lines else "--strict-whitespace"
            self.filecheck_run(e, self.expect.fixes, [f"--input-file={temp_file}", mode])
        elif e.fixed != blanked:
            e.fail("the file was changed but the test has no CHECK-FIXES "
                   f"(suffix {self.suffix_names()})",
                   unified(blanked, e.fixed, "input", "fixed"))
        if e.fixed != blanked:
            compile_command = [self.args.clang, "-fsyntax-only", *self.compiler_args,
                               str(temp_file)]
            result = run(compile_command, e.log)
            if result.returncode != 0:
                e.fail("fix-its must produce code that compiles; the fixed file does not",
                       result.output)

    def filecheck_run(self, e, prefixes, extra):
        command = [self.filecheck, str(self.source), f"--check-prefixes={','.join(prefixes)}",
                   "--dump-input=fail", *extra]
        result = run(command, e.log)
        if result.returncode != 0:
            e.fail(f"FileCheck failed for {', '.join(prefixes)}", result.output)

    def suffix_names(self):
        return ",".join(f"'{s}'" for s in self.args.suffixes)

    # Both engines read the same TU with the same checks: any difference is a bug
    # in one of them.
    def compare(self, plugin, cli):
        failures, log = [], []
        for kinds, what in (({"warning", "error", "fatal error"}, "warnings"), ({"note"}, "notes")):
            a = collections.Counter(diagnostics(plugin.output, kinds))
            b = collections.Counter(diagnostics(cli.output, kinds))
            if a != b:
                only_plugin = sorted((a - b).elements())
                only_cli = sorted((b - a).elements())
                detail = "".join(f"- plugin only: {line}\n" for line in only_plugin)
                detail += "".join(f"+ cli only:    {line}\n" for line in only_cli)
                failures.append(f"the plugin and the CLI report different {what}")
                log.append(section(f"FAILED: engines disagree on {what}", detail))
        if plugin.fixed != cli.fixed:
            failures.append("the plugin and the CLI produce different fixed files")
            log.append(section("FAILED: engines disagree on the fixed file",
                               unified(plugin.fixed, cli.fixed, "plugin", "cli")))
        return failures, log

    def run(self):
        print(f"check_port_tidy: {self.source} [{self.args.check}] lang={self.language} "
              f"engines={','.join(self.engines)} suffixes={self.suffix_names()}")
        print(f"(output shows the temporary copy of the test under the name {self.source})")
        runs = [self.run_engine(engine) for engine in self.engines]
        failures = [f"[{r.name}] {f}" for r in runs for f in r.failures]
        for r in runs:
            print("\n".join(r.log))
        if len(runs) == 2 and all(r.ran for r in runs):
            more, log = self.compare(*runs)
            failures += more
            print("\n".join(log))
        if failures:
            print(f"check_port_tidy: FAIL ({len(failures)} problem(s)):")
            for f in failures:
                print(f"  {f}")
            return 1
        print("check_port_tidy: PASS")
        return 0


def unified(a, b, name_a, name_b):
    lines_a = a.decode("utf-8", "replace").splitlines(keepends=True)
    lines_b = b.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(lines_a, lines_b, name_a, name_b))


def main(argv):
    try:
        args, tidy_args, compiler_args = parse_command_line(argv)
        status = CheckTest(args, tidy_args, compiler_args).run()
    except UsageError as err:
        print(f"check_port_tidy: error: {err}")
        status = 2
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
