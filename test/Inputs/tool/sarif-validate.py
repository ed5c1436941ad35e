#!/usr/bin/python3
"""Validates a SARIF file the way GitHub code scanning will read it.

  sarif-validate.py --schema=SCHEMA --multitool=SARIF_MULTITOOL
                    (--home-page=URL | --no-home-page) FILE

1. against the SARIF 2.1.0 JSON schema with Debian's python3-jsonschema
   (so run this with /usr/bin/python3);
2. with `Sarif.Multitool validate --rule-kind "Gh;Sarif"` (the SARIF SDK's
   own rules plus GitHub's ingestion rules).
3. the driver's informationUri is the build's home page (--home-page), or
   absent when the build names none (--no-home-page): then the multitool's
   SARIF2005 warning about that one property is expected, and only it.
Any schema error, and any other multitool result of level error or warning,
fails (exit 1) with the problems listed. Prints `valid SARIF: FILE` on
success.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def fail(message):
    print(f"sarif-validate: {message}", file=sys.stderr)
    sys.exit(1)


def check_schema(schema_path, document):
    try:
        import jsonschema
    except ImportError:
        fail(f"{sys.executable} has no jsonschema module "
             "(Debian package python3-jsonschema)")
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors:
        where = "/".join(str(p) for p in error.path)
        print(f"schema: {where}: {error.message}", file=sys.stderr)
    if errors:
        fail(f"{len(errors)} schema error(s) against {schema_path}")


def check_home_page(home_page, document):
    driver = document["runs"][0]["tool"]["driver"]
    found = driver.get("informationUri")
    if found != home_page:
        fail(f"informationUri is {found!r}, the build's home page {home_page!r}")


def expected(result, home_page):
    """SARIF2005 asks for informationUri, which a build without a home page
    leaves out on purpose."""
    return (home_page is None and result["ruleId"] == "SARIF2005"
            and "runs[0].tool.driver" in result["message"].get("arguments", []))


def check_multitool(multitool, path, home_page):
    if not os.access(multitool, os.X_OK):
        fail(f"no Sarif.Multitool at {multitool} "
             "(scripts/install-sarif-tools.sh installs it)")
    with tempfile.TemporaryDirectory() as scratch:
        log = os.path.join(scratch, "validation.sarif")
        env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1",
                   DOTNET_CLI_TELEMETRY_OPTOUT="1", HOME=scratch)
        run = subprocess.run(
            [multitool, "validate", "--rule-kind", "Gh;Sarif", "--output", log,
             path], env=env, capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(log):
            fail(f"Sarif.Multitool failed ({run.returncode}):\n"
                 f"{run.stdout}{run.stderr}")
        with open(log, encoding="utf-8-sig") as f:
            results = json.load(f)["runs"][0].get("results", [])
    problems = [r for r in results
                if r.get("level", "warning") in ("error", "warning")
                and not expected(r, home_page)]
    for r in problems:
        print(f"multitool: {r.get('level', 'warning')} {r['ruleId']}: "
              f"{r['message'].get('text', r['message'].get('arguments'))}",
              file=sys.stderr)
    if problems:
        fail(f"{len(problems)} Sarif.Multitool problem(s)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True)
    parser.add_argument("--multitool", required=True)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--home-page")
    where.add_argument("--no-home-page", action="store_true")
    parser.add_argument("file")
    args = parser.parse_args()
    with open(args.file, encoding="utf-8") as f:
        document = json.load(f)
    check_schema(args.schema, document)
    check_home_page(args.home_page, document)
    check_multitool(args.multitool, os.path.abspath(args.file), args.home_page)
    print(f"valid SARIF: {os.path.basename(args.file)}")


if __name__ == "__main__":
    main()
