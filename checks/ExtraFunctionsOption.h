//===--- ExtraFunctionsOption.h - parsing `name:arg` options ----*- C++ -*-===//

#ifndef PORTTIDY_EXTRAFUNCTIONSOPTION_H
#define PORTTIDY_EXTRAFUNCTIONSOPTION_H

#include "analysis/SocketApi.h"
#include "llvm/ADT/StringRef.h"
#include <vector>

namespace clang::tidy::port {

/// Parses `name:address[:socket];...` (0-based argument indices) into
/// wrappers with `Role`. Malformed entries are returned in `Rejected`.
std::vector<ExtraSocketFunction>
parseExtraFunctions(llvm::StringRef Option, SocketRole Role,
                    std::vector<std::string> &Rejected);

} // namespace clang::tidy::port

#endif // PORTTIDY_EXTRAFUNCTIONSOPTION_H
