//===--- FindingIdentity.h - a finding's name that survives edits -*- C++
//-*-===//
//
// A baseline must keep recognising a finding after unrelated edits: code
// moved up or down, re-indented, lines added elsewhere. So the identity never
// uses line numbers; it is what the finding is about and where in the code's
// structure it sits.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_FINDINGIDENTITY_H
#define PORTTIDY_TOOL_FINDINGIDENTITY_H

#include "ReportSources.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <tuple>

namespace porttidy {

struct FindingKey {
  /// The check's name, e.g. `port-zero-destination`.
  std::string Check;
  /// The file, relative to the source root with `/` separators (absolute
  /// when the file lies outside the root).
  std::string Path;
  /// The qualified name of the enclosing function; empty at file scope.
  std::string Function;
  /// The flagged code with whitespace normalised (see normaliseCode).
  std::string Code;
  /// Counts findings whose other fields are all equal, in source order
  /// from 0, so two identical calls in one function stay two entries.
  unsigned Occurrence = 0;

  auto tied() const {
    return std::tie(Path, Function, Check, Code, Occurrence);
  }
  bool operator<(const FindingKey &Other) const {
    return tied() < Other.tied();
  }
  bool operator==(const FindingKey &Other) const {
    return tied() == Other.tied();
  }
};

/// Drops whitespace except a single space between two identifier or number
/// characters, so `unsigned  int` stays two words but `f( a )` becomes `f(a)`.
std::string normaliseCode(llvm::StringRef Code);

/// The code \p Message points at: its first range when that is in the same
/// file, else the statement or expression starting at its location (across
/// lines, at most 200 bytes). Empty when the file cannot be read.
std::string flaggedCode(const clang::tooling::DiagnosticMessage &Message,
                        const SourceFile *File);

/// Numbers keys that are equal but for Occurrence, in the order given (the
/// caller passes them in source order).
void numberOccurrences(llvm::MutableArrayRef<FindingKey *> Keys);

/// A stable hex digest of the whole key, for fingerprints.
std::string fingerprintOf(const FindingKey &Key);

/// A short hex digest of \p Text.
std::string shortHash(llvm::StringRef Text);

} // namespace porttidy

#endif // PORTTIDY_TOOL_FINDINGIDENTITY_H
