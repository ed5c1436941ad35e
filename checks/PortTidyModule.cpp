//===--- PortTidyModule.cpp - the `port-` clang-tidy module
//----------------===//
//
// Registers every porttidy check, alphabetically. The same object file is
// linked into the porttidy CLI and into the plugin for `clang-tidy --load`.
//
//===----------------------------------------------------------------------===//

#include "ByteOrderCheck.h"
#include "Compat.h"
#include "ProbeRaceCheck.h"
#include "RawSocketCheck.h"
#include "UnqueriedEphemeralCheck.h"
#include "ZeroDestinationCheck.h"

namespace clang::tidy::port {

class PortTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ByteOrderCheck>("port-byte-order");
    Factories.registerCheck<ProbeRaceCheck>("port-probe-race");
    Factories.registerCheck<RawSocketCheck>("port-raw-socket");
    Factories.registerCheck<UnqueriedEphemeralCheck>(
        "port-unqueried-ephemeral");
    Factories.registerCheck<ZeroDestinationCheck>("port-zero-destination");
  }
};

// Registration happens when the plugin is loaded or the CLI starts.
static ClangTidyModuleRegistry::Add<PortTidyModule>
    Registration("porttidy-module", "Checks for network port misuse.");

} // namespace clang::tidy::port
