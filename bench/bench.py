#!/usr/bin/env python3
"""porttidy's benchmark harness: what the checks cost on top of parsing.

Over the same translation units and compile flags it runs, side by side:
  a  clang -fsyntax-only                               (the floor)
  b  porttidy, every port-* check, one process per TU
  c  stock clang-tidy --load=PortTidy.so --checks='-*,port-*', one per TU
  d  porttidy -j2 over the whole compile database, one process
  b1 porttidy over the whole database in one serial process
and reports the median wall and CPU time (user+sys of each child, from
wait4) over --runs runs, the ratios b/a, c/a, b/c, the peak RSS of any one
child, and the per-check time from clang-tidy's check profile (plugin run).
Per TU the three tools run back to back, so a load change hits all three.

Corpora: generated (bench/gen_corpus.py), own (checks/ and tool/ from the
build's compile_commands.json), examples (examples/), scaling (the generator
at 1x, 2x, 4x, 8x) and single (one function of 2,500 to 20,000 lines with 250
to 2,000 socket calls). --callgrind counts instructions instead of time
(repeatable under load) for a, b and c on the chosen corpora.

Python 3 standard library only. Benchmarks are not tests: nothing here
asserts a time. See bench/README.md.
"""
import argparse
import glob
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LLVM = "/usr/lib/llvm-19/bin"
SCALES = [1, 2, 4, 8]
SINGLE_SIZES = [(2500, 250), (5000, 500), (10000, 1000), (20000, 2000)]
CXX_EXTENSIONS = (".cpp", ".cc", ".cxx", ".C")


class TU:
    """One entry of a compile database."""

    def __init__(self, directory, file, arguments):
        self.directory = directory
        self.file = file if os.path.isabs(file) else os.path.join(directory, file)
        self.arguments = arguments

    def lines(self):
        with open(self.file, errors="replace") as f:
            return sum(1 for _ in f)


class Corpus:
    def __init__(self, name, db_dir, tus):
        self.name, self.db_dir, self.tus = name, db_dir, tus

    def lines(self):
        return sum(tu.lines() for tu in self.tus)


def read_database(db_dir, keep=lambda path: True):
    with open(os.path.join(db_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    tus, seen = [], set()
    for e in entries:
        args = e.get("arguments") or e["command"].split()
        tu = TU(e["directory"], e["file"], args)
        if keep(tu.file) and tu.file not in seen:
            seen.add(tu.file)
            tus.append(tu)
    return tus


def floor_command(tu, clang):
    """The compile command as a syntax-only run of clang (or clang++)."""
    driver = clang + "++" if tu.file.endswith(CXX_EXTENSIONS) else clang
    out, skip = [driver], False
    for arg in tu.arguments[1:]:
        if skip:
            skip = False
        elif arg in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
        elif arg in ("-c", "-MD", "-MMD") or arg.startswith("-o"):
            continue
        else:
            out.append(arg)
    return out + ["-fsyntax-only"]


def run(command, cwd):
    """Runs one child; returns wall seconds, CPU seconds, peak RSS KiB, rc."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, \
        child.returncode, stderr.decode(errors="replace")


class Sample:
    def __init__(self):
        self.wall = self.cpu = 0.0
        self.rss = 0

    def add(self, wall, cpu, rss):
        self.wall += wall
        self.cpu += cpu
        self.rss = max(self.rss, rss)


def checked(label, result, allowed):
    wall, cpu, rss, rc, stderr = result
    if rc not in allowed:
        sys.exit(f"bench: {label} exited {rc}:\n{stderr[-2000:]}")
    return wall, cpu, rss


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def tools_for(args, corpus):
    """The per-TU commands: label -> function of TU."""
    checks = "--checks=-*,port-*"
    return {
        "a": lambda tu: (floor_command(tu, args.clang), {0, 1}),
        "b": lambda tu: ([args.porttidy, checks, "--quiet", "-p", corpus.db_dir,
                          tu.file], {0, 1}),
        "c": lambda tu: ([args.clang_tidy, f"--load={args.plugin}", checks,
                          "--quiet", "-p", corpus.db_dir, tu.file], {0, 1}),
    }


def measure(args, corpus, per_tu_only=False):
    """Median figures of each tool over args.runs runs; label -> dict."""
    tools = tools_for(args, corpus)
    whole = {}
    if not per_tu_only:
        files = [tu.file for tu in corpus.tus]
        if args.parallel:
            whole["d"] = [args.porttidy, "-j", str(args.jobs), "--checks=-*,port-*",
                          "--quiet", "-p", corpus.db_dir] + files
        serial = ["-j", "1"] if args.parallel else []
        whole["b1"] = [args.porttidy] + serial + ["--checks=-*,port-*", "--quiet", "-p",
                                                  corpus.db_dir] + files
    samples = {label: [] for label in list(tools) + list(whole)}
    # label -> per TU: (cpu of each run, peak RSS)
    per_tu = {label: [([], 0) for _ in corpus.tus] for label in tools}
    loads = [loadavg()]
    for _ in range(args.runs):
        run_samples = {label: Sample() for label in samples}
        for i, tu in enumerate(corpus.tus):
            for label, make in tools.items():
                command, allowed = make(tu)
                wall, cpu, rss = checked(f"{label} on {tu.file}",
                                         run(command, tu.directory), allowed)
                run_samples[label].add(wall, cpu, rss)
                cpus, peak = per_tu[label][i]
                per_tu[label][i] = (cpus + [cpu], max(peak, rss))
        for label, command in whole.items():
            run_samples[label].add(*checked(label, run(command, corpus.db_dir), {0, 1}))
        for label, sample in run_samples.items():
            samples[label].append(sample)
        loads.append(loadavg())
    result = {}
    for label, runs in samples.items():
        result[label] = {
            "wall": statistics.median(s.wall for s in runs),
            "cpu": statistics.median(s.cpu for s in runs),
            "rss": max(s.rss for s in runs),
        }
    result["load"] = (min(loads), max(loads))
    # The "median": of each TU's own ratio, so that one huge TU does
    # not decide for the corpus; the RSS figure is the worst TU's.
    def tu_ratios(label, index):
        return [statistics.median(x[0]) / statistics.median(y[0]) if index == 0
                else x[1] / y[1]
                for x, y in zip(per_tu[label], per_tu["a"])]
    result["tu"] = {
        "b/a cpu median": statistics.median(tu_ratios("b", 0)),
        "c/a cpu median": statistics.median(tu_ratios("c", 0)),
        "b/a cpu max": max(tu_ratios("b", 0)),
        "b/a RSS max": max(tu_ratios("b", 1)),
    }
    return result


def check_profile(args, corpus):
    """Seconds per check (user+sys) summed over the corpus, plugin run."""
    out = tempfile.mkdtemp(prefix="porttidy-profile-")
    try:
        for tu in corpus.tus:
            command = [args.clang_tidy, f"--load={args.plugin}", "--checks=-*,port-*",
                       "--quiet", "--enable-check-profile",
                       f"--store-check-profile={out}", "-p", corpus.db_dir, tu.file]
            checked("profile", run(command, tu.directory), {0, 1})
        totals = {}
        for path in glob.glob(os.path.join(out, "**", "*.json"), recursive=True):
            with open(path) as f:
                profile = json.load(f).get("profile", {})
            for key, value in profile.items():
                # time.clang-tidy.<check>.{wall,user,sys}
                parts = key.split(".")
                if len(parts) >= 4 and parts[-1] in ("user", "sys"):
                    check = ".".join(parts[2:-1])
                    totals[check] = totals.get(check, 0.0) + value
        return totals
    finally:
        shutil.rmtree(out, ignore_errors=True)


def callgrind(args, corpus):
    """Instructions executed by a, b and c over the corpus."""
    tools = tools_for(args, corpus)
    out = tempfile.mkdtemp(prefix="porttidy-callgrind-")
    counts = {label: 0 for label in tools}
    try:
        for i, tu in enumerate(corpus.tus):
            for label, make in tools.items():
                command, allowed = make(tu)
                target = os.path.join(out, f"{label}.{i}.out")
                checked(f"callgrind {label}", run(
                    ["valgrind", "--tool=callgrind", f"--callgrind-out-file={target}"]
                    + command, tu.directory), allowed)
                with open(target) as f:
                    for line in f:
                        if line.startswith(("summary:", "totals:")):
                            counts[label] += int(line.split()[1])
                            break
        return counts
    finally:
        shutil.rmtree(out, ignore_errors=True)


def generated(args, name, mode, *gen_args):
    """Writes a corpus with gen_corpus.py (mode: corpus or single)."""
    out = os.path.join(args.work, name)
    subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), mode, out]
                   + list(gen_args), check=True)
    return Corpus(name, out, read_database(out))


def own_sources(args):
    build = os.path.abspath(args.build)
    wanted = tuple(os.path.join(ROOT, d) + os.sep for d in ("checks", "tool"))
    return Corpus("own", build, read_database(build, lambda p: p.startswith(wanted)))


def examples(args):
    out = os.path.join(args.work, "examples")
    os.makedirs(out, exist_ok=True)
    entries = []
    for path in sorted(glob.glob(os.path.join(ROOT, "examples", "*.c*"))):
        cxx = path.endswith(CXX_EXTENSIONS)
        command = (["clang++", "-std=gnu++17"] if cxx else ["clang", "-std=gnu11"]) + [
            "-Wall", "-Wextra", "-c", path, "-o", os.path.basename(path) + ".o"]
        entries.append({"directory": out, "file": path, "arguments": command})
    with open(os.path.join(out, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return Corpus("examples", out, read_database(out))


def fmt_ratio(x, y):
    return f"{x / y:.3f}" if y else "n/a"


def main_table(rows, parallel_note):
    out = ["| corpus | TUs | lines | load | a wall | b wall | c wall | b1 wall | d wall "
           "| b/a wall | c/a wall | b/c wall | b/a cpu | c/a cpu | b/c cpu "
           "| a RSS MiB | b RSS MiB | c RSS MiB | b/a RSS |",
           "|" + " --- |" * 19]
    for corpus, r in rows:
        a, b, c = r["a"], r["b"], r["c"]
        d = f"{r['d']['wall']:.2f}" if "d" in r else parallel_note
        out.append(
            f"| {corpus.name} | {len(corpus.tus)} | {corpus.lines()} "
            f"| {r['load'][0]:.1f}-{r['load'][1]:.1f} "
            f"| {a['wall']:.2f} | {b['wall']:.2f} | {c['wall']:.2f} "
            f"| {r['b1']['wall']:.2f} | {d} "
            f"| {fmt_ratio(b['wall'], a['wall'])} | {fmt_ratio(c['wall'], a['wall'])} "
            f"| {fmt_ratio(b['wall'], c['wall'])} "
            f"| {fmt_ratio(b['cpu'], a['cpu'])} | {fmt_ratio(c['cpu'], a['cpu'])} "
            f"| {fmt_ratio(b['cpu'], c['cpu'])} "
            f"| {a['rss'] / 1024:.0f} | {b['rss'] / 1024:.0f} | {c['rss'] / 1024:.0f} "
            f"| {fmt_ratio(b['rss'], a['rss'])} |")
    return out


def per_tu_table(rows):
    keys = ["b/a cpu median", "c/a cpu median", "b/a cpu max", "b/a RSS max"]
    out = ["| corpus | " + " | ".join(keys) + " |", "|" + " --- |" * (len(keys) + 1)]
    for corpus, r in rows:
        out.append(f"| {corpus.name} | " +
                   " | ".join(f"{r['tu'][k]:.3f}" for k in keys) + " |")
    return out


def series_table(title, rows, unit):
    out = [f"| {title} | lines | load | a cpu | b cpu | c cpu | b-a cpu "
           f"| b/a cpu | b cpu vs first | b-a vs first | b RSS/a RSS |",
           "|" + " --- |" * 11]
    base = rows[0][2]
    for label, corpus, r in rows:
        a, b, c = r["a"], r["b"], r["c"]
        extra, base_extra = b["cpu"] - a["cpu"], base["b"]["cpu"] - base["a"]["cpu"]
        out.append(
            f"| {label} | {corpus.lines()} | {r['load'][0]:.1f}-{r['load'][1]:.1f} "
            f"| {a['cpu']:.2f} | {b['cpu']:.2f} | {c['cpu']:.2f} | {extra:.2f} "
            f"| {fmt_ratio(b['cpu'], a['cpu'])} "
            f"| {fmt_ratio(b['cpu'], base['b']['cpu'])} "
            f"| {fmt_ratio(extra, base_extra) if base_extra > 0 else 'n/a'} "
            f"| {fmt_ratio(b['rss'], a['rss'])} |")
    return out


def profile_table(name, totals):
    out = [f"| check ({name}, plugin run) | user+sys s |", "| --- | --- |"]
    for check, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        out.append(f"| {check} | {seconds:.3f} |")
    return out


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}"


def main():
    parser = argparse.ArgumentParser(
        description="porttidy's benchmark harness (see bench/README.md)")
    parser.add_argument("--build", default=os.path.join(ROOT, "build"),
                        help="porttidy build dir (bin/porttidy, lib/PortTidy.so, "
                             "compile_commands.json for the own corpus)")
    parser.add_argument("--porttidy")
    parser.add_argument("--plugin")
    parser.add_argument("--clang-tidy", default=os.path.join(LLVM, "clang-tidy"))
    parser.add_argument("--clang", default=os.path.join(LLVM, "clang"))
    parser.add_argument("--corpus", default="generated,own,examples,scaling,single",
                        help="comma-separated: generated, own, examples, scaling, single")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--smoke", action="store_true",
                        help="2 small generated TUs, 1 run: proves the harness works")
    parser.add_argument("--callgrind", action="store_true",
                        help="count instructions (valgrind) instead of timing")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--work", help="where corpora are written (default: a temp dir)")
    parser.add_argument("--output", help="also write the markdown report here")
    args = parser.parse_args()
    # The TUs run in their own directories, so every path given here must not
    # depend on where bench.py was started.
    args.build = os.path.abspath(args.build)
    args.porttidy = os.path.abspath(
        args.porttidy or os.path.join(args.build, "bin", "porttidy"))
    args.plugin = os.path.abspath(
        args.plugin or os.path.join(args.build, "lib", "PortTidy.so"))
    for tool in (args.porttidy, args.plugin, args.clang_tidy, args.clang):
        if not os.path.exists(tool):
            sys.exit(f"bench: error: {tool} does not exist")
    help_text = subprocess.run([args.porttidy, "--help"], capture_output=True,
                               text=True).stdout
    args.parallel = "-j <n>" in help_text
    parallel_note = "no -j" if not args.parallel else ""
    keep_work = bool(args.work)
    args.work = os.path.abspath(args.work or tempfile.mkdtemp(prefix="porttidy-bench-"))
    os.makedirs(args.work, exist_ok=True)

    if args.smoke:
        args.runs = 1
    report = [f"Machine: {machine()}; load average at start {loadavg():.2f}.",
              f"Runs: {args.runs} (medians); times in seconds, summed over the "
              f"corpus's TUs; RSS is the largest child's peak.",
              f"porttidy -j: {'supported' if args.parallel else 'NOT supported by this binary (d omitted)'}.",
              ""]
    try:
        if args.smoke:
            corpus = generated(args, "smoke", "corpus", "--files", "2",
                               "--min-lines", "200", "--max-lines", "300")
            r = measure(args, corpus)
            report += main_table([(corpus, r)], parallel_note)
            report += [""] + per_tu_table([(corpus, r)])
            if not args.no_profile:
                report += [""] + profile_table(corpus.name, check_profile(args, corpus))
            print("\n".join(report))
            return
        names = args.corpus.split(",")
        corpora = []
        for name in names:
            if name == "generated":
                corpora.append(generated(args, "generated", "corpus", "--files", "12"))
            elif name == "own":
                corpora.append(own_sources(args))
            elif name == "examples":
                corpora.append(examples(args))
            elif name not in ("scaling", "single"):
                sys.exit(f"bench: error: unknown corpus '{name}'")
        if args.callgrind:
            report += ["| corpus | a Ir | b Ir | c Ir | b/a | c/a | b/c |",
                       "|" + " --- |" * 7]
            extra = []
            if "single" in names:
                extra = [generated(args, f"single-{l}", "single", "--lines", str(l),
                                   "--calls", str(c)) for l, c in SINGLE_SIZES[:2]]
            for corpus in corpora + extra:
                n = callgrind(args, corpus)
                report.append(f"| {corpus.name} | {n['a']:,} | {n['b']:,} | {n['c']:,} "
                              f"| {fmt_ratio(n['b'], n['a'])} | {fmt_ratio(n['c'], n['a'])} "
                              f"| {fmt_ratio(n['b'], n['c'])} |")
            print("\n".join(report))
            return
        rows = [(corpus, measure(args, corpus)) for corpus in corpora]
        if rows:
            report += main_table(rows, parallel_note)
            report += ["", "Per TU (ratios of each TU's median CPU; the worst TU's RSS):", ""]
            report += per_tu_table(rows)
        if "scaling" in names:
            series = []
            for scale in SCALES:
                corpus = generated(args, f"scale-{scale}x", "corpus", "--files", "8",
                                   "--min-lines", "200", "--max-lines", "2500",
                                   "--scale", str(scale))
                series.append((f"{scale}x", corpus, measure(args, corpus, per_tu_only=True)))
            report += ["", "Scaling (8 generated TUs, 200-2,500 lines at 1x):", ""]
            report += series_table("size", series, "x")
        if "single" in names:
            series = []
            for lines, calls in SINGLE_SIZES:
                corpus = generated(args, f"single-{lines}", "single", "--lines",
                                   str(lines), "--calls", str(calls))
                series.append((f"{lines} lines / {calls} calls", corpus,
                               measure(args, corpus, per_tu_only=True)))
            report += ["", "One function, growing (C, -O2):", ""]
            report += series_table("function", series, "")
            if not args.no_profile:
                report += [""] + profile_table(series[-1][1].name,
                                               check_profile(args, series[-1][1]))
        if not args.no_profile:
            for corpus, _ in rows:
                report += [""] + profile_table(corpus.name, check_profile(args, corpus))
        report += ["", f"Load average at end {loadavg():.2f}."]
        text = "\n".join(report)
        print(text)
        if args.output:
            with open(args.output, "w") as f:
                f.write(text + "\n")
    finally:
        if not keep_work:
            shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
