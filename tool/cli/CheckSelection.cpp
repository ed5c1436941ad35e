//===--- CheckSelection.cpp - validate the --checks globs -----------------===//

#include "CheckSelection.h"
#include "Messages.h"
#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

namespace porttidy {

namespace {

/// The registered check closest to a misspelt \p Name, if any is close.
llvm::StringRef closestCheck(llvm::StringRef Name,
                             const llvm::StringSet<> &Known) {
  unsigned Best = 4; // more edits than this is a different name
  llvm::StringRef Closest;
  for (llvm::StringRef Candidate : Known.keys()) {
    unsigned Distance =
        Name.edit_distance(Candidate, /*AllowReplacements=*/true,
                           /*MaxEditDistance=*/Best);
    if (Distance < Best) {
      Best = Distance;
      Closest = Candidate;
    }
  }
  return Closest;
}

} // namespace

llvm::Error validateCheckGlobs(llvm::StringRef Globs,
                               const llvm::StringSet<> &Known) {
  // Items are split the way clang-tidy's GlobList splits them, then each is
  // matched on its own (a one-item GlobList), so glob semantics stay
  // clang-tidy's own.
  while (!Globs.empty()) {
    size_t End = std::min(Globs.find_first_of(",\n"), Globs.size());
    llvm::StringRef Item = Globs.take_front(End);
    Globs = Globs.drop_front(std::min(End + 1, Globs.size()));
    Item = Item.trim(" \t\r");
    bool Positive = !Item.consume_front("-");
    Item = Item.trim(" \t\r");
    if (Item.empty() || Item.starts_with("clang-diagnostic-"))
      continue;
    clang::tidy::GlobList Pattern(Item);
    if (llvm::any_of(Known.keys(), [&](llvm::StringRef Name) {
          return Pattern.contains(Name);
        }))
      continue;
    if (Item.contains('*')) {
      if (Positive)
        return makeError("check pattern '" + Item +
                         "' matches no known check (see --list-checks "
                         "--checks='*')");
      continue; // `-foo-*` disabling nothing is harmless
    }
    llvm::StringRef Closest = closestCheck(Item, Known);
    if (!Closest.empty())
      return makeError("unknown check '" + Item + "'; did you mean '" +
                       Closest + "'?");
    return makeError("unknown check '" + Item + "'");
  }
  return llvm::Error::success();
}

} // namespace porttidy
