//===--- CheckGlobs.cpp - what a Checks glob may enable -------------------===//

#include "CheckGlobs.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"

namespace porttidy {

namespace {

/// Whether glob \p Text (only `*` is special) matches some name starting
/// with \p Prefix. It may say yes for a name no check has.
bool mayMatchSomeName(llvm::StringRef Text, llvm::StringRef Prefix) {
  size_t Star = Text.find('*');
  if (Star == llvm::StringRef::npos)
    return Text.starts_with(Prefix);
  llvm::StringRef Literal = Text.take_front(Star);
  return Prefix.starts_with(Literal) || Literal.starts_with(Prefix);
}

/// Whether glob \p Text matches every name starting with \p Prefix (`*`,
/// `clang-*`, `clang-analyzer-*`...).
bool matchesEveryName(llvm::StringRef Text, llvm::StringRef Prefix) {
  size_t Star = Text.find('*');
  return Star != llvm::StringRef::npos &&
         Prefix.starts_with(Text.take_front(Star)) &&
         Text.drop_front(Star).find_first_not_of('*') == llvm::StringRef::npos;
}

} // namespace

bool mayEnableChecksNamed(llvm::StringRef Checks, llvm::StringRef Prefix) {
  clang::tidy::GlobList Globs(Checks);
  for (const auto &Glob : llvm::reverse(Globs.getItems())) {
    if (Glob.IsPositive && mayMatchSomeName(Glob.Text, Prefix))
      return true;
    if (!Glob.IsPositive && matchesEveryName(Glob.Text, Prefix))
      return false;
  }
  return false;
}

} // namespace porttidy
