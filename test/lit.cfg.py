# lit configuration for porttidy. Substitutions:
#   %check_port_tidy  run a check test through the plugin and the CLI (see check_port_tidy.py)
#   %clang_tidy       the stock clang-tidy of the LLVM porttidy was built against
#   %plugin           the plugin module for `%clang_tidy --load=%plugin`
#   %porttidy         the porttidy CLI
#   %clang            the matching clang, to recompile fixed files
#   %inputs           test/Inputs (stand-in headers, compile databases)
import os

import lit.formats

config.name = "porttidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "check_port_tidy.py", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.porttidy_obj_root, "test")

# Tools come from the LLVM install porttidy was built against, never from PATH.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ["HOME", "TMPDIR", "LANG", "LC_ALL"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

# Sanitized builds (-DPORTTIDY_SANITIZE=...): every report fails the test that
# triggered it. Leak checking is on for porttidy with LLVM's deliberate
# at-exit leaks suppressed (test/lsan.supp).
if getattr(config, "sanitize", ""):
    config.available_features.add("sanitized")
    supp = os.path.join(config.test_source_root, "lsan.supp")
    config.environment["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0"
    config.environment["LSAN_OPTIONS"] = f"suppressions={supp}:print_suppressions=0"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    # The plugin is instrumented but its host, the stock clang-tidy, is not:
    # the host preloads the ASan runtime (it carries UBSan's too). Leak checking
    # is off there: the leaks would be clang-tidy's own, not ours.
    if config.asan_runtime:
        wrapper = os.path.join(config.test_exec_root, "clang-tidy-sanitized")
        os.makedirs(config.test_exec_root, exist_ok=True)
        with open(wrapper, "w") as f:
            f.write("#!/bin/sh\n"
                    f"LD_PRELOAD={config.asan_runtime} ASAN_OPTIONS=detect_leaks=0 "
                    f'exec {config.clang_tidy} "$@"\n')
        os.chmod(wrapper, 0o755)
        config.clang_tidy = wrapper

runner = os.path.join(config.test_source_root, "check_port_tidy.py")
inputs = os.path.join(config.test_source_root, "Inputs")
config.substitutions.append(
    ("%check_port_tidy",
     f"{config.python} {runner} --clang-tidy={config.clang_tidy} --plugin={config.plugin} "
     f"--porttidy={config.porttidy} --clang={config.clang} --inputs={inputs}"))
config.substitutions.append(("%clang_tidy", config.clang_tidy))
config.substitutions.append(("%plugin", config.plugin))
config.substitutions.append(("%porttidy", config.porttidy))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%python", config.python))

config.available_features.add(f"llvm-{config.llvm_version_major}")

# Hook, packaging and plugin-version tests (test/tool/precommit*, diff-*,
# staged-*, install-*, apply-replacements*, plugin-version-guard*, and
# cmake-generators (make), shard (jq)) need tools
# from outside LLVM's test set. Each is a feature; under CI=true a missing
# tool is no reason to skip, so the feature is set anyway and the test fails.
import shutil

in_ci = os.environ.get("CI") == "true"
other_llvm_major = "22" if config.llvm_version_major == "19" else "19"
other_clang_tidy = f"/usr/lib/llvm-{other_llvm_major}/bin/clang-tidy"
external_tools = {
    "git": shutil.which("git"),
    "make": shutil.which("make"),
    "jq": shutil.which("jq"),
    "pre-commit": shutil.which("pre-commit"),
    "dpkg-deb": shutil.which("dpkg-deb"),
    "lintian": shutil.which("lintian"),
    "clang-apply-replacements": shutil.which(
        "clang-apply-replacements", path=config.llvm_tools_dir),
    "other-clang-tidy": other_clang_tidy if os.access(other_clang_tidy, os.X_OK) else None,
}
for feature, found in external_tools.items():
    if found or in_ci:
        config.available_features.add(feature)
# The hook that builds porttidy itself (tool/precommit-self-build.test)
# takes a full build: once per CI run (the LLVM 19 stage, not the sanitized
# one), or locally with PORTTIDY_TEST_SELF_BUILD=1.
if ((in_ci or os.environ.get("PORTTIDY_TEST_SELF_BUILD") == "1")
        and config.llvm_version_major == "19"
        and not getattr(config, "sanitize", "")):
    config.available_features.add("self-build")
# A clang-tidy of a major porttidy does not support (Debian 12's own 14, on
# a machine that has it): the plugin's guard must not advise a rebuild
# CMake refuses. Not installed by the project, so never forced.
unsupported_clang_tidy = "/usr/lib/llvm-14/bin/clang-tidy"
if os.access(unsupported_clang_tidy, os.X_OK):
    config.available_features.add("unsupported-clang-tidy")
# QtNetwork's headers (qtbase5-dev) live under the multiarch include
# directory, as Qt's own build flags (-fPIC included) expect.
import glob

qt5_includes = (sorted(glob.glob("/usr/include/*/qt5")) or
                ["/usr/include/x86_64-linux-gnu/qt5"])[0]
qt5_flags = " ".join(["-fPIC"] + [f"-I{qt5_includes}{sub}"
                                  for sub in ("", "/QtCore", "/QtNetwork", "/QtTest")])

# Inserted first: %porttidy and %clang_tidy must not eat the longer names.
for name, value in [
        ("%qt5_flags", qt5_flags),
        ("%porttidy_build_dir", config.porttidy_obj_root),
        ("%porttidy_src_dir", config.porttidy_src_root),
        ("%porttidy_bin_dir", os.path.dirname(config.porttidy)),
        # PATH with the built porttidy first, for hooks that run `porttidy`.
        ("%path_with_porttidy", os.pathsep.join(
            [os.path.dirname(config.porttidy), config.environment["PATH"]])),
        ("%other_clang_tidy", other_clang_tidy),
        # What a SARIF log must say of where porttidy is published: the
        # build's PORTTIDY_HOMEPAGE_URL, or (by default) nothing.
        ("%home_page_arg", f"--home-page={config.homepage_url}"
         if config.homepage_url else "--no-home-page"),
        ("%home_page_prefix", "HOME-PAGE" if config.homepage_url else "NO-HOME-PAGE"),
        ("%unsupported_clang_tidy", unsupported_clang_tidy),
        ("%other_llvm_major", other_llvm_major),
        ("%llvm_major", config.llvm_version_major),
        ("%cmake", config.cmake),
        ("%cpack", config.cpack)]:
    config.substitutions.insert(0, (name, value))

# SARIF validation (test/tool/sarif-*.test): installs the validator and sets
# the sarif-validation feature and %validate_sarif; see the module.
import sys

sys.path.insert(0, os.path.join(config.test_source_root, "Inputs", "tool"))
import sarif_lit_setup

sarif_lit_setup.configure(config, lit_config)
