//===--- ClosestName.h - "did you mean" for a misspelt name -----*- C++ -*-===//

#ifndef PORTTIDY_TOOL_CLOSESTNAME_H
#define PORTTIDY_TOOL_CLOSESTNAME_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace porttidy {

/// Finds the candidate closest to a misspelt name, for "did you mean". More
/// than three edits away is a different name, not a misspelling.
class ClosestName {
public:
  explicit ClosestName(llvm::StringRef Name) : Name(Name) {}
  void consider(llvm::StringRef Candidate) {
    unsigned Distance = Name.edit_distance(Candidate, true, Best);
    if (Distance < Best) {
      Best = Distance;
      Closest = Candidate.str();
    }
  }
  /// The closest candidate, or "" when none was close.
  const std::string &result() const { return Closest; }

private:
  llvm::StringRef Name;
  unsigned Best = 4;
  std::string Closest;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_CLOSESTNAME_H
