//===--- HostVersionGuard.cpp - refuse a clang-tidy of another LLVM major -===//
//
// The plugin links no LLVM library: the clang-tidy that loads it provides
// every symbol. A clang-tidy of another LLVM major still loads it, but the
// checks register into a registry that host never reads, so the run reports
// nothing and passes. Ask the host which LLVM it is while the plugin loads,
// and stop with one clear error instead.
//
// Compiled into the plugin only (see checks/CMakeLists.txt): the porttidy CLI
// links its own LLVM and has nothing to check.
//
//===----------------------------------------------------------------------===//

#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <string>

namespace {

/// The host's LLVM major, or 0 when it does not say. Looked up by name at run
/// time, never linked: the plugin must not depend on any LLVM symbol being
/// there.
unsigned hostLLVMMajor() {
  // LLVM's C API (llvm-c/Core.h, since LLVM 16) answers directly.
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  if (auto *GetVersion = reinterpret_cast<GetVersionFn>(
          dlsym(RTLD_DEFAULT, "LLVMGetVersion"))) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    GetVersion(&Major, &Minor, &Patch);
    return Major;
  }
  // A host linked statically may export only what it uses itself; clang's
  // std::string clang::getClangFullVersion() is always there
  // ("Debian clang version 19.1.7 (...)").
  using FullVersionFn = std::string (*)();
  if (auto *FullVersion = reinterpret_cast<FullVersionFn>(
          dlsym(RTLD_DEFAULT, "_ZN5clang19getClangFullVersionB5cxx11Ev"))) {
    std::string Text = FullVersion();
    std::string::size_type At = Text.find("version ");
    if (At != std::string::npos)
      return static_cast<unsigned>(
          std::strtoul(Text.c_str() + At + 8, nullptr, 10));
  }
  return 0;
}

/// Runs when the host dlopen()s the plugin, before any check is created.
struct HostVersionGuard {
  HostVersionGuard() {
    unsigned Host = hostLLVMMajor();
    if (Host == 0 || Host == LLVM_VERSION_MAJOR)
      return;
    unsigned Built = LLVM_VERSION_MAJOR;
    // A rebuild is advice only for a major CMake accepts.
    char Advice[96];
    if (Host >= PORTTIDY_MIN_LLVM && Host <= PORTTIDY_MAX_LLVM)
      std::snprintf(Advice, sizeof Advice,
                    "use clang-tidy-%u, or rebuild porttidy with "
                    "-DLLVM_ROOT=/usr/lib/llvm-%u",
                    Built, Host);
    else
      std::snprintf(Advice, sizeof Advice,
                    "use clang-tidy-%u; porttidy supports LLVM %u to %u", Built,
                    unsigned(PORTTIDY_MIN_LLVM), unsigned(PORTTIDY_MAX_LLVM));
    std::fprintf(stderr,
                 "porttidy: error: the porttidy plugin was built for LLVM %u "
                 "but is loaded by clang-tidy of LLVM %u; its checks cannot "
                 "run there (%s)\n",
                 Built, Host, Advice);
    // Exit rather than go on: a run without our checks would pass silently.
    // _Exit, as the host's destructors must not run inside its dlopen().
    std::_Exit(1);
  }
};

const HostVersionGuard Guard;

} // namespace
