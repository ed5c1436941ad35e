//===--- ReportSources.h - source text behind a report ----------*- C++ -*-===//
//
// clang-tidy locates a diagnostic by byte offset; every output format wants
// lines and columns, and the baseline wants the flagged text itself. The
// files are read once each, before any fix-it is applied.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_REPORTSOURCES_H
#define PORTTIDY_TOOL_REPORTSOURCES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>
#include <vector>

namespace porttidy {

/// A 1-based line and a 1-based column counted in bytes, as clang prints it.
struct SourcePosition {
  unsigned Line = 0;
  unsigned Column = 0;
};

/// One file's text and where its lines start.
class SourceFile {
public:
  explicit SourceFile(std::string Text);

  /// The position of byte \p Offset; past the end, the end of the file.
  SourcePosition positionOf(unsigned Offset) const;
  /// The text of 1-based \p Line, without its line break.
  llvm::StringRef lineText(unsigned Line) const;
  /// \p Position's column counted in UTF-16 code units (SARIF's default).
  unsigned utf16Column(SourcePosition Position) const;
  /// The bytes [Offset, Offset + Length), clipped to the file.
  llvm::StringRef slice(unsigned Offset, unsigned Length) const;

private:
  std::string Text;
  std::vector<unsigned> LineStarts;
};

/// Reads each file on first use. A file that cannot be read gives null, and
/// the formats fall back to line 0 ("unknown") for it.
class SourceFiles {
public:
  const SourceFile *get(llvm::StringRef AbsolutePath);

private:
  llvm::StringMap<std::unique_ptr<SourceFile>> Files;
};

/// Makes diagnostic paths absolute and clean (no `.`/`..`), and relative to
/// the source root for display.
class SourceRoot {
public:
  /// \p Root must be absolute.
  explicit SourceRoot(std::string Root);

  /// The directory of the nearest `.git` (directory or file) at or above
  /// \p Path, else the current directory.
  static SourceRoot discover(llvm::StringRef Path);

  /// \p Path made absolute against \p BuildDirectory and cleaned.
  static std::string absolute(llvm::StringRef Path,
                              llvm::StringRef BuildDirectory = "");

  /// \p AbsolutePath relative to the root with `/` separators, or empty when
  /// the file lies outside the root.
  std::string relative(llvm::StringRef AbsolutePath) const;
  /// The relative path when there is one, else the absolute path.
  std::string display(llvm::StringRef AbsolutePath) const;

  const std::string &path() const { return Root; }

private:
  std::string Root;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_REPORTSOURCES_H
