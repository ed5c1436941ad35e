//===--- FixReporter.h - print findings, then apply their fixes -*- C++ -*-===//
//
// With --fix, porttidy prints findings exactly as clang-tidy does (its text
// format, including the `FIX-IT applied suggested code changes` notes), but
// writes the fixed files itself, through SafeFileWriter: clang-tidy's own
// writer replaces a file without checking that it still holds the text that
// was analysed, drops its permissions and turns a symlink into a copy.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_FIXREPORTER_H
#define PORTTIDY_TOOL_FIXREPORTER_H

#include "run/TidyRunner.h"

namespace porttidy {

/// Adds \p Files (one TU's) to \p Read.
void recordTextsRead(TextsRead &Read, llvm::ArrayRef<FileRead> Files);

/// Prints \p Errors in clang-tidy's text format on stdout and applies the
/// fix-its of each (on a note too, with \p FixesFromNotes). A file is only
/// replaced if it still holds the text in \p Read; otherwise, or if it
/// cannot be written, it is left exactly as it was and an error line names
/// it. Returns how many files were left unfixed that way.
unsigned printAndApplyFixes(llvm::ArrayRef<ClangTidyError> Errors,
                            ClangTidyContext &Context, bool FixesFromNotes,
                            FileSystemPtr FS, const TextsRead &Read);

} // namespace porttidy

#endif // PORTTIDY_TOOL_FIXREPORTER_H
