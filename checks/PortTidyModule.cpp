//===--- PortTidyModule.cpp - the `port-` clang-tidy module ----------------===//
//
// Registers every porttidy check, alphabetically. The same object file is
// linked into the porttidy CLI and into the plugin for `clang-tidy --load`.
//
//===----------------------------------------------------------------------===//

#include "Compat.h"
#include "ZeroDestinationCheck.h"

namespace clang::tidy::port {

class PortTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ZeroDestinationCheck>("port-zero-destination");
  }
};

// Registration happens when the plugin is loaded or the CLI starts.
static ClangTidyModuleRegistry::Add<PortTidyModule>
    Registration("port-module", "Checks for network port misuse.");

} // namespace clang::tidy::port

