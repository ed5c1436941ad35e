//===--- TidyRunner.h - the calls into clang-tidy's library -----*- C++ -*-===//
//
// Every call into clang-tidy's library whose signature moves between LLVM
// majors goes through here, so an API change touches this file only. The rest
// of the tool sees structured ClangTidyErrors, never clang-tidy's text.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_TIDYRUNNER_H
#define PORTTIDY_TOOL_TIDYRUNNER_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "report/Findings.h"
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace porttidy {

using clang::tidy::ClangTidyContext;
using clang::tidy::ClangTidyError;
using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

using FileSystemPtr = llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem>;

/// Makes a fresh context per translation unit. clang-tidy's context maps
/// diagnostic IDs to check names for the lifetime of the context, but each
/// runClangTidy() call numbers its IDs anew: sharing one context across
/// files would attribute one check's finding to another.
using ContextFactory = std::function<std::unique_ptr<ClangTidyContext>()>;
ContextFactory
makeContextFactory(std::unique_ptr<ClangTidyOptionsProvider> Provider);

std::unique_ptr<ClangTidyContext>
makeContext(std::unique_ptr<ClangTidyOptionsProvider> Provider);

/// A file a translation unit read, with the hash of the text it parsed.
struct FileRead {
  /// Absolute, as the compiler opened it (`..` kept: symlinks).
  std::string Path;
  uint64_t Hash = 0;
};

/// The hash of the text the analysis read from each file, by absolute path;
/// std::nullopt when translation units read different texts (the file
/// changed during the run).
using TextsRead = llvm::StringMap<std::optional<uint64_t>>;

/// Everything porttidy keeps from analysing one translation unit: enough to
/// report it, cache it and replay it without parsing again.
struct TUResult {
  /// In the order clang-tidy reported them.
  std::vector<Finding> Findings;
  /// Every file the TU read (system headers too), sorted by path.
  std::vector<FileRead> FilesRead;
  /// What clang-tidy's consumer suppressed (NOLINT, header filter...).
  clang::tidy::ClangTidyStats Stats;
};

/// Hash of a file's text, as recorded in FileRead::Hash.
uint64_t hashContent(llvm::StringRef Text);

/// Parses one translation unit and runs the enabled checks on it, as
/// clang-tidy's runClangTidy does, and also records the function enclosing
/// each finding and, with \p RecordFilesRead (only the result cache needs
/// them; hashing every header costs), the files the TU read. With
/// \p FixesFromNotes, a finding whose only fix-it sits on a note carries it.
TUResult analyseFile(ClangTidyContext &Context,
                     const clang::tooling::CompilationDatabase &Compilations,
                     llvm::StringRef File, FileSystemPtr FS,
                     bool FixesFromNotes, bool RecordFilesRead);

enum class FixMode { None, Findings, FindingsAndNotes };

/// Prints \p Errors in clang-tidy's text format on stdout and applies their
/// fix-its as \p Mode says, to the files that still hold the texts in
/// \p Read (see FixReporter.h). Returns how many files were left unfixed.
unsigned printAndFix(llvm::ArrayRef<ClangTidyError> Errors,
                     ClangTidyContext &Context, FixMode Mode, FileSystemPtr FS,
                     const TextsRead &Read);

/// Writes \p Errors and their fix-its as clang-apply-replacements YAML.
void exportFixes(llvm::StringRef MainFile,
                 const std::vector<ClangTidyError> &Errors,
                 llvm::raw_ostream &OS);

/// Every check this binary can run (ours, plus the static analyzer's).
llvm::StringSet<> registeredChecks();

/// The checks of the linked clang-tidy modules, without the static
/// analyzer's: a far cheaper list, enough for nearly every question.
llvm::StringSet<> moduleChecks();

/// The checks \p Options enable, sorted.
std::vector<std::string> enabledChecks(const ClangTidyOptions &Options);

/// Whether \p Options enable any check, compiler warnings included; cheaper
/// than enabledChecks() when a port-* check is among them.
bool enablesSomeCheck(const ClangTidyOptions &Options);

/// Every option of the checks \p Options enable, with its effective value.
ClangTidyOptions::OptionMap checkOptions(const ClangTidyOptions &Options);

} // namespace porttidy

#endif // PORTTIDY_TOOL_TIDYRUNNER_H
