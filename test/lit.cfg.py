# lit configuration for porttidy. Substitutions:
#   %check_port_tidy  run a check test through the plugin and the CLI (see check_port_tidy.py)
#   %clang_tidy       the stock clang-tidy of the LLVM porttidy was built against
#   %plugin           the plugin module for `%clang_tidy --load=%plugin`
#   %porttidy         the porttidy CLI
#   %clang            the matching clang, to recompile fixed files
#   %inputs           test/Inputs (mock headers, compile databases)
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
