#!/usr/bin/env python3
"""Structure-aware fuzzing: random, well-formed socket programs, checked
against invariants that need no oracle.

libFuzzer (fuzz/PortChecksFuzzer.cpp) mutates bytes, so most of what it tries
does not compile and the checks see little. This writes C programs that do
compile: random mixes of socket/bind/connect/sendto/getsockname/listen/close,
address initialisers (designated, `{0}`, memset, field stores), ports in
every byte order, helpers that set ports or make sockets, loops, branches and
macros. Each program is then run through porttidy and checked for:

  1. no crash, no sanitizer report, exit status 0 or 1;
  2. the same findings from the plugin (stock clang-tidy --load) and the CLI;
  3. the same output with -j1 and -j2 (two programs per run);
  4. --fix (--fix-notes for odd seeds): the fixed file compiles, each fixed
     warning is gone (--export-fixes shows no fix left that the option would
     apply), and a second run changes nothing.

  fuzz/socket_programs.py --porttidy build/bin/porttidy \\
      --clang-tidy /usr/lib/llvm-19/bin/clang-tidy --plugin build/lib/PortTidy.so \\
      --clang /usr/lib/llvm-19/bin/clang --seed 1 --count 20
  ... --seconds 3600 --failures /tmp/found    # a campaign; failures kept

A failing program is kept (with what failed) in --failures, named by seed;
`--seed N --count 1` regenerates it. Exit status: 0 when every program
passed, 1 when one failed, 2 on bad usage. The last line is a summary, e.g.
`socket_programs: 120 programs, 0 failed, 37 distinct findings, 3600 s`.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HEADERS = """#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
"""

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
                   "runtime error:", "Sanitizer CHECK failed",
                   "PLEASE submit a bug report", "PLEASE report this porttidy crash",
                   "Stack dump:")

FINDING = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+):(?P<col>\d+): "
                     r"(?P<kind>warning|error|note): (?P<text>.*)$")


class Program:
    """One random translation unit; `text()` renders it."""

    def __init__(self, rng):
        self.rng = rng
        self.macros = []
        self.helpers = []
        self.functions = []

    def text(self):
        return HEADERS + "\n".join(self.macros + self.helpers + self.functions) + "\n"


def port_expression(rng, port_variable):
    """Any port a program might store in sin_port, right or wrong."""
    number = rng.choice([0, 0, 53, 80, 443, 8080, 65535, 70000])
    choices = [
        f"htons({number})", f"htons({number})", "0", f"{number}",
        f"htonl({number})", f"ntohs({number})", "htons(PORT)", "PORT",
        f"htons({port_variable})", port_variable, f"htons({port_variable} + 1)",
        f"htons(htons({number}))",
    ]
    return rng.choice(choices)


def address_declaration(rng, name, family, port_variable):
    """A declaration of `name` with one of the initialiser shapes."""
    if family == "AF_INET6":
        shape = rng.choice(["zero", "memset", "fields"])
        lines = [f"struct sockaddr_in6 {name}" + (" = {0};" if shape == "zero" else ";")]
        if shape == "memset":
            lines.append(f"memset(&{name}, 0, sizeof {name});")
        lines.append(f"{name}.sin6_family = AF_INET6;")
        if rng.random() < 0.6:
            lines.append(f"{name}.sin6_port = {port_expression(rng, port_variable)};")
        return lines
    shape = rng.choice(["designated", "zero", "memset", "fields", "macro"])
    if shape == "designated":
        fields = [".sin_family = AF_INET"]
        if rng.random() < 0.7:
            fields.append(f".sin_port = {port_expression(rng, port_variable)}")
        if rng.random() < 0.5:
            fields.append(".sin_addr.s_addr = htonl(INADDR_LOOPBACK)")
        return [f"struct sockaddr_in {name} = {{{', '.join(fields)}}};"]
    lines = [f"struct sockaddr_in {name}" + (" = {0};" if shape == "zero" else ";")]
    if shape in ("memset", "fields", "macro"):
        lines.append(f"memset(&{name}, 0, sizeof {name});")
    lines.append(f"{name}.sin_family = AF_INET;")
    if shape == "macro":
        lines.append(f"SET_PORT({name}, {rng.choice(['0', '80', port_variable])});")
    elif rng.random() < 0.7:
        lines.append(f"{name}.sin_port = {port_expression(rng, port_variable)};")
    return lines


def call(rng, fd, addr, is_v6, out_fd=None):
    """One socket API call on `fd` with address `addr`."""
    cast = f"(struct sockaddr *)&{addr}"
    size = f"sizeof {addr}"
    kind = rng.choice(["bind", "connect", "sendto", "getsockname", "listen",
                       "close", "helper_port", "helper_connect"])
    if kind == "bind":
        return [f"if (bind({fd}, {cast}, {size}) != 0) return -1;"]
    if kind == "connect":
        return [f"if (connect({fd}, {cast}, {size}) != 0) return -1;"]
    if kind == "sendto":
        return [f'sendto({fd}, "x", 1, 0, {cast}, {size});']
    if kind == "getsockname":
        return [f"{{ socklen_t len = {size};",
                f"  if (getsockname({fd}, {cast}, &len) != 0) return -1; }}"]
    if kind == "listen":
        return [f"if (listen({fd}, 8) != 0) return -1;"]
    if kind == "close":
        return [f"close({fd});"]
    if kind == "helper_port" and not is_v6:
        return [f"set_port(&{addr}, {rng.choice(['0', '8080', 'port'])});"]
    if kind == "helper_connect" and not is_v6:
        return [f"if (connect_to({fd}, &{addr}) != 0) return -1;"]
    return [f"close({fd});"]


def socket_call(rng):
    family = rng.choice(["AF_INET", "AF_INET", "AF_INET6"])
    kind = rng.choice(["SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_STREAM | SOCK_CLOEXEC"])
    protocol = {"SOCK_RAW": rng.choice(["IPPROTO_ICMP", "IPPROTO_RAW", "IPPROTO_UDP"])}.get(
        kind, rng.choice(["0", "0", "IPPROTO_TCP", "IPPROTO_UDP"]))
    if rng.random() < 0.2:
        return family, "make_socket()"
    return family, f"socket({family}, {kind}, {protocol})"


def function(rng, index):
    """A function of locals (sockets, addresses) and statements over them."""
    lines = []
    sockets = []
    body = []
    for s in range(rng.randint(1, 3)):
        family, creation = socket_call(rng)
        fd = f"fd{s}"
        body.append(f"int {fd} = {creation};")
        body.append(f"if ({fd} < 0) return -1;")
        sockets.append((fd, family))
    addresses = []
    for a in range(rng.randint(1, 3)):
        family = rng.choice([f for _, f in sockets] + ["AF_INET"])
        addr = f"addr{a}"
        body.extend(address_declaration(rng, addr, family, "port"))
        addresses.append((addr, family))
    for _ in range(rng.randint(1, 6)):
        fd, _ = rng.choice(sockets)
        addr, family = rng.choice(addresses)
        statement = call(rng, fd, addr, family == "AF_INET6")
        wrap = rng.random()
        if wrap < 0.15:
            statement = ["for (int i = 0; i < 3; ++i) {"] + ["  " + s for s in statement] + ["}"]
        elif wrap < 0.3:
            statement = ["if (port > 1024) {"] + ["  " + s for s in statement] + ["}"]
        body.extend(statement)
    body.append("return 0;")
    lines.append(f"int scenario_{index}(unsigned short port) {{")
    lines.extend("  " + line for line in body)
    lines.append("}")
    return "\n".join(lines)


def generate(seed):
    rng = random.Random(seed)
    program = Program(rng)
    program.macros = ["#define PORT " + str(rng.choice([0, 80, 8080])),
                      "#define SET_PORT(a, p) ((a).sin_port = htons(p))"]
    program.helpers = [
        "static void set_port(struct sockaddr_in *a, unsigned short p) {\n"
        f"  a->sin_port = {rng.choice(['htons(p)', 'p', 'htons(p)'])};\n}}",
        "static int connect_to(int fd, const struct sockaddr_in *a) {\n"
        "  return connect(fd, (const struct sockaddr *)a, sizeof *a);\n}",
        "static int make_socket(void) {\n"
        f"  return socket(AF_INET, {rng.choice(['SOCK_STREAM', 'SOCK_DGRAM'])}, 0);\n}}",
    ]
    program.functions = [function(rng, i) for i in range(rng.randint(1, 4))]
    return program.text()


class Runner:
    def __init__(self, args, work):
        self.args = args
        self.work = work
        self.env = dict(os.environ)
        supp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "lsan.supp")
        self.env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
        self.env.setdefault("LSAN_OPTIONS", f"suppressions={os.path.abspath(supp)}:print_suppressions=0")
        self.env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
        self.plugin_env = dict(self.env)
        if args.asan_runtime:
            self.plugin_env["LD_PRELOAD"] = args.asan_runtime
            self.plugin_env["ASAN_OPTIONS"] = "detect_leaks=0"

    def run(self, argv, env=None):
        done = subprocess.run(argv, capture_output=True, text=True, errors="replace",
                              env=env or self.env, cwd=self.work, timeout=self.args.timeout)
        return done.returncode, done.stdout, done.stderr

    def porttidy(self, *argv):
        return self.run([self.args.porttidy, *argv])


def findings(output, strip_dir):
    """The diagnostic lines, with the work directory removed."""
    found = []
    for line in output.splitlines():
        m = FINDING.match(line)
        if m:
            found.append(line.replace(strip_dir + os.sep, ""))
    return found


def fixes_left(path, notes):
    """How many diagnostics in an --export-fixes file still have a fix that
    --fix (or, with `notes`, --fix-notes) would apply: one on the finding, or
    the only one on its notes."""
    if not os.path.exists(path):
        return 0
    text = open(path, encoding="utf-8", errors="replace").read()
    left = 0
    for block in text.split("\n  - DiagnosticName:")[1:]:
        on_finding = on_notes = 0
        for line in block.splitlines():
            if line.strip() != "Replacements:":  # not "Replacements: []"
                continue
            indent = len(line) - len(line.lstrip())
            on_finding += indent == 6
            on_notes += indent == 8
        left += bool(on_finding or (notes and on_notes == 1))
    return left


def check_program(runner, seed, work):
    """Runs the invariants on program `seed`; returns a list of problems."""
    problems = []
    a, b = os.path.join(work, "a.c"), os.path.join(work, "b.c")
    with open(a, "w") as f:
        f.write(generate(seed))
    with open(b, "w") as f:
        f.write(generate(seed + 1_000_003))
    flags = ["--", "-std=gnu11", "-O" + str(seed % 3)]

    status, _, err = runner.run([runner.args.clang, "-fsyntax-only", "-w", a, *flags[1:]])
    if status != 0:
        return [f"generator bug: the program does not compile:\n{err}"], set()

    def sane(what, status, err, allowed=(0, 1)):
        if status not in allowed:
            problems.append(f"{what}: exit status {status}\n{err}")
        for mark in SANITIZER_MARKS:
            if mark in err:
                problems.append(f"{what}: '{mark}' on stderr\n{err}")
                break

    status, cli_out, err = runner.porttidy("--quiet", a, *flags)
    sane("porttidy a.c", status, err)
    cli = findings(cli_out, work)

    status, plugin_out, err = runner.run(
        [runner.args.clang_tidy, f"--load={runner.args.plugin}", "--checks=-*,port-*",
         "--quiet", a, *flags], env=runner.plugin_env)
    sane("clang-tidy --load", status, err, allowed=(0,))
    plugin = findings(plugin_out, work)
    if cli != plugin:
        problems.append("plugin and CLI disagree:\n--- CLI\n" + "\n".join(cli) +
                        "\n--- plugin\n" + "\n".join(plugin))

    status1, out1, err = runner.porttidy("--quiet", "-j1", a, b, *flags)
    sane("porttidy -j1", status1, err)
    status2, out2, err = runner.porttidy("--quiet", "-j2", a, b, *flags)
    sane("porttidy -j2", status2, err)
    if (status1, out1) != (status2, out2):
        problems.append(f"-j1 and -j2 disagree (exit {status1} / {status2}):\n--- -j1\n{out1}\n--- -j2\n{out2}")
    # Workers against the in-process analysis: the output is sorted by path.
    status, b_out, err = runner.porttidy("--quiet", b, *flags)
    sane("porttidy b.c", status, err)
    if cli_out + b_out != out2:
        problems.append(f"-j2 and one file at a time disagree:\n--- -j2\n{out2}\n"
                        f"--- a.c, then b.c\n{cli_out}{b_out}")

    fixed = os.path.join(work, "fixed.c")
    shutil.copy(a, fixed)
    before = os.path.join(work, "before.yaml")
    after = os.path.join(work, "after.yaml")
    status, out, err = runner.porttidy("--quiet", f"--export-fixes={before}", fixed, *flags)
    sane("porttidy --export-fixes", status, err)
    # Odd seeds apply the fix-its on notes too.
    notes = seed % 2 == 1
    fix = "--fix-notes" if notes else "--fix"
    status, out, err = runner.porttidy("--quiet", fix, fixed, *flags)
    sane("porttidy " + fix, status, err)
    status, _, err = runner.run([runner.args.clang, "-fsyntax-only", "-w", fixed, *flags[1:]])
    if status != 0:
        problems.append(f"the fixed file does not compile:\n{err}")
    once = open(fixed).read()
    status, out, err = runner.porttidy("--quiet", f"--export-fixes={after}", fixed, *flags)
    sane("porttidy after --fix", status, err)
    if fixes_left(after, notes):
        problems.append(f"fix-its remain after {fix} ({fixes_left(after, notes)} of "
                        f"{fixes_left(before, notes)}):\n{out}")
    status, out, err = runner.porttidy("--quiet", fix, fixed, *flags)
    sane("second porttidy " + fix, status, err)
    if open(fixed).read() != once:
        problems.append(f"a second {fix} changed the file again")
    return problems, set(re.sub(r"^\S+:\d+:\d+: ", "", f) for f in cli if ": warning: " in f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--porttidy", required=True)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang", required=True)
    parser.add_argument("--asan-runtime", default="",
                        help="preloaded into clang-tidy when the plugin is instrumented")
    parser.add_argument("--seed", type=int, default=None, help="first seed (default: time)")
    parser.add_argument("--count", type=int, default=None, help="programs to check")
    parser.add_argument("--seconds", type=float, default=None, help="or: check for this long")
    parser.add_argument("--timeout", type=float, default=300, help="per command")
    parser.add_argument("--failures", default=None, help="keep failing programs here")
    args = parser.parse_args()
    if (args.count is None) == (args.seconds is None):
        parser.error("give exactly one of --count and --seconds")
    seed = args.seed if args.seed is not None else int(time.time())
    # The commands run in a scratch directory.
    for tool in ("porttidy", "clang_tidy", "plugin", "clang"):
        setattr(args, tool, os.path.abspath(getattr(args, tool)))

    start = time.time()
    checked = failed = 0
    distinct = set()
    # The first line of each problem, minus numbers: what kind of failure.
    kinds = {}
    with tempfile.TemporaryDirectory(prefix="socket-programs.") as work:
        runner = Runner(args, work)
        while True:
            if args.count is not None and checked >= args.count:
                break
            if args.seconds is not None and time.time() - start >= args.seconds:
                break
            try:
                problems, seen = check_program(runner, seed, work)
            except subprocess.TimeoutExpired as e:
                problems, seen = [f"timeout ({args.timeout} s): {' '.join(e.cmd)}"], set()
            distinct |= seen
            checked += 1
            if problems:
                failed += 1
                for p in problems:
                    kind = re.sub(r"\d+", "N", p.splitlines()[0])
                    kinds[kind] = kinds.get(kind, 0) + 1
                print(f"socket_programs: seed {seed} FAILED", flush=True)
                for p in problems:
                    print("  " + p.replace("\n", "\n  "), flush=True)
                if args.failures:
                    os.makedirs(args.failures, exist_ok=True)
                    shutil.copy(os.path.join(work, "a.c"),
                                os.path.join(args.failures, f"seed-{seed}.c"))
                    with open(os.path.join(args.failures, f"seed-{seed}.txt"), "w") as f:
                        f.write("\n".join(problems) + "\n")
            seed += 1
    for kind, count in sorted(kinds.items()):
        print(f"socket_programs: {count} x {kind}", flush=True)
    print(f"socket_programs: {checked} programs, {failed} failed, "
          f"{len(distinct)} distinct findings, {time.time() - start:.0f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
