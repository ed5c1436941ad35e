//===--- SafeFileWriter.h - replace a file whole or not at all --*- C++ -*-===//
//
// Every file porttidy writes for the user (fixed sources, the baseline, the
// result cache) goes through here, so that whatever happens (a full disk, a
// signal, another run, an editor saving) each file ends up exactly as it was
// or exactly as intended. The new text goes to a temporary file next to the
// target, is synced and given the target's permission bits and, where the
// user may, its owner, then is renamed over the target. A symlink stays a
// symlink: its target is the file replaced.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_SAFEFILEWRITER_H
#define PORTTIDY_TOOL_SAFEFILEWRITER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace porttidy {

/// An existing file, opened and locked for replacement.
///
/// The lock is an advisory flock() on the file: two porttidy runs never
/// replace the same file at once. A run that finds the file locked refuses
/// it instead of waiting, since the other run is about to change the text
/// this one would edit.
class LockedFile {
public:
  /// Opens and locks \p Path (following symlinks) and reads its text.
  /// Fails if it is missing, not a regular file, read-only for this user, or
  /// locked by another porttidy run; the message is the reason only (the
  /// caller names the file).
  static llvm::Expected<LockedFile> open(llvm::StringRef Path);

  LockedFile(LockedFile &&Other) noexcept;
  LockedFile &operator=(LockedFile &&) = delete;
  LockedFile(const LockedFile &) = delete;
  ~LockedFile();

  /// The text when the file was opened.
  llvm::StringRef text() const { return Text; }

  /// Replaces the file with \p NewText. Refuses if the file was replaced,
  /// removed or edited since open(); on any failure the file is untouched
  /// and no temporary file is left.
  llvm::Error replace(llvm::StringRef NewText);

private:
  LockedFile(std::string Real, int Fd) : Real(std::move(Real)), Fd(Fd) {}

  /// Where the text lives (symlinks resolved): the rename target.
  std::string Real;
  int Fd = -1;
  std::string Text;
};

/// Writes \p Text to \p Path, creating it or replacing it whole (for files
/// porttidy owns: the baseline, cache entries, reports, exported fixes).
/// With \p Durable, the data and the rename are synced to disk before this
/// returns. A path that is not a regular file (`/dev/stdout`, a FIFO) is
/// written to as it is: there is nothing to replace.
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Text,
                                bool Durable = true);

/// Fails, with the reason only, where writeFileAtomically() on \p Path
/// would: a missing or read-only directory, a directory or read-only file
/// in its place. Creates nothing, so that a run checked at its start leaves
/// no empty file behind when it fails later.
llvm::Error checkWritable(llvm::StringRef Path);

} // namespace porttidy

#endif // PORTTIDY_TOOL_SAFEFILEWRITER_H
