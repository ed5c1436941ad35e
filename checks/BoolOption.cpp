//===--- BoolOption.cpp - reading a check's boolean option ----------------===//

#include "BoolOption.h"
#include "llvm/Support/YAMLParser.h"

namespace clang::tidy::port {

bool parseBoolOption(llvm::StringRef Value, ClangTidyCheck &Check,
                     llvm::StringRef Name) {
  if (std::optional<bool> Parsed = llvm::yaml::parseBool(Value))
    return *Parsed;
  long long Number = 0;
  if (!Value.getAsInteger(10, Number))
    return Number != 0;
  Check.configurationDiag("invalid configuration value '%0' for option '%1'; "
                          "expected a bool")
      << Value << Name;
  return false;
}

} // namespace clang::tidy::port
