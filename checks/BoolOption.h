//===--- BoolOption.h - reading a check's boolean option --------*- C++ -*-===//

#ifndef PORTTIDY_BOOLOPTION_H
#define PORTTIDY_BOOLOPTION_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::port {

/// Parses a boolean option's text the way clang-tidy does (YAML booleans or
/// integers); reports anything else as a configuration error and yields
/// false. Options.get<bool>() is a specialisation compiled into libclangTidy
/// whose mangled name differs between GCC and Clang, so a GCC build cannot
/// link it.
bool parseBoolOption(llvm::StringRef Value, ClangTidyCheck &Check,
                     llvm::StringRef Name);

} // namespace clang::tidy::port

#endif // PORTTIDY_BOOLOPTION_H
