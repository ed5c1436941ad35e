"""lit set-up for the SARIF validation tests (test/tool/sarif-*.test).

Installs the validator (scripts/install-sarif-tools.sh into
<build>/tools) and defines:
  feature  sarif-validation
  %validate_sarif  /usr/bin/python3 sarif-validate.py --schema=... --multitool=...
                   and what the build says of its home page (%home_page_arg)
The schema is the OASIS file at ../shared/schemas/sarif-schema-2.1.0.json
(beside the repository) when it exists, else the one the multitool ships.
Without CI a missing tool skips the tests with a note saying why; with
CI=true the feature is set anyway, so the tests run and fail.
"""
import os
import subprocess

PYTHON = "/usr/bin/python3"  # Debian's, with python3-jsonschema


def configure(config, lit_config):
    src = config.porttidy_src_root
    tools = os.path.join(config.porttidy_obj_root, "tools")
    package = os.path.join(tools, "node_modules", "@microsoft", "sarif-multitool-linux")
    multitool = os.path.join(package, "Sarif.Multitool")
    problems = []

    install = subprocess.run(
        ["bash", os.path.join(src, "scripts", "install-sarif-tools.sh"), tools],
        capture_output=True, text=True)
    if install.returncode != 0:
        problems.append("installing Sarif.Multitool failed: " +
                        (install.stderr.strip().splitlines() or ["?"])[-1])

    shared_schema = os.path.join(os.path.dirname(src), "shared", "schemas",
                                 "sarif-schema-2.1.0.json")
    schema = shared_schema if os.path.exists(shared_schema) else \
        os.path.join(package, "sarif-2.1.0.json")
    if not os.path.exists(schema):
        problems.append(f"no SARIF schema at {shared_schema} or in the multitool")

    has_jsonschema = os.access(PYTHON, os.X_OK) and subprocess.run(
        [PYTHON, "-c", "import jsonschema"], capture_output=True).returncode == 0
    if not has_jsonschema:
        problems.append(f"{PYTHON} cannot import jsonschema (python3-jsonschema)")

    in_ci = os.environ.get("CI") == "true"
    if problems and not in_ci:
        lit_config.note("SARIF validation tests skipped: " + "; ".join(problems))
        return
    for problem in problems:
        lit_config.warning("SARIF validation will fail: " + problem)
    config.available_features.add("sarif-validation")
    validator = os.path.join(config.test_source_root, "Inputs", "tool", "sarif-validate.py")
    config.substitutions.insert(0, (
        "%validate_sarif",
        f"{PYTHON} {validator} --schema={schema} --multitool={multitool} "
        "%home_page_arg"))
