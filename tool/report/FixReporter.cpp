//===--- FixReporter.cpp - print findings, then apply their fixes ---------===//
//
// The printing follows clang-tidy's ErrorReporter (ClangTidy.cpp) so that the
// output is the same byte for byte: one diagnostic per finding with its
// fix-it hints, a `FIX-IT applied` (or `unable to apply`) note per
// replacement, then the finding's notes; each relative path resolved in the
// finding's build directory. As there, the replacements of each file are
// cleaned up and formatted with the file's FormatStyle before being applied.
//
//===----------------------------------------------------------------------===//

#include "FixReporter.h"
#include "SafeFileWriter.h"
#include "clang/Basic/DiagnosticFrontend.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Format/Format.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/Core/Replacement.h"
#include "cli/Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "run/FaultInjection.h"
#include "run/Interruption.h"

namespace porttidy {

namespace tooling = clang::tooling;

void recordTextsRead(TextsRead &Read, llvm::ArrayRef<FileRead> Files) {
  for (const FileRead &File : Files) {
    auto [It, Inserted] = Read.try_emplace(File.Path, File.Hash);
    if (!Inserted && It->second != File.Hash)
      It->second = std::nullopt;
  }
}

namespace {

class Reporter {
public:
  Reporter(ClangTidyContext &Context, bool FixesFromNotes, FileSystemPtr FS)
      : Context(Context), FixesFromNotes(FixesFromNotes),
        Files(clang::FileSystemOptions(), FS) {
    // LLVM 21 made DiagnosticOptions a plain object held by reference; up to
    // 20 it is reference-counted.
#if LLVM_VERSION_MAJOR >= 21
    Printer = std::make_unique<clang::TextDiagnosticPrinter>(llvm::outs(),
                                                             DiagOpts);
    Diags = std::make_unique<clang::DiagnosticsEngine>(
        clang::DiagnosticIDs::create(), DiagOpts, Printer.get(),
        /*ShouldOwnClient=*/false);
    clang::DiagnosticOptions &Options = DiagOpts;
#else
    Printer = std::make_unique<clang::TextDiagnosticPrinter>(llvm::outs(),
                                                             DiagOpts.get());
    Diags = std::make_unique<clang::DiagnosticsEngine>(
        llvm::makeIntrusiveRefCnt<clang::DiagnosticIDs>(), DiagOpts,
        Printer.get(), /*ShouldOwnClient=*/false);
    clang::DiagnosticOptions &Options = *DiagOpts;
#endif
    Sources = std::make_unique<clang::SourceManager>(*Diags, Files);
    Options.ShowColors = Context.getOptions().UseColor.value_or(
        llvm::sys::Process::StandardOutHasColors());
    Printer->BeginSourceFile(LangOpts, /*PP=*/nullptr);
    if (Options.ShowColors && !llvm::sys::Process::StandardOutIsDisplayed())
      llvm::sys::Process::UseANSIEscapeCodes(true);
  }

  /// Prints \p Error and queues the replacements of its chosen fix.
  void report(const ClangTidyError &Error) {
    llvm::vfs::FileSystem &FS = Files.getVirtualFileSystem();
    llvm::ErrorOr<std::string> Initial = FS.getCurrentWorkingDirectory();
    // Relative paths in a finding are relative to its build directory.
    if (!Error.BuildDirectory.empty())
      FS.setCurrentWorkingDirectory(Error.BuildDirectory);
    printWithFix(Error);
    if (Initial)
      FS.setCurrentWorkingDirectory(*Initial);
  }

  /// Writes every queued file; returns how many could not be fixed.
  unsigned applyFixes(const TextsRead &Read) {
    if (TotalFixes == 0)
      return 0;
    llvm::outs().flush();
    std::vector<std::string> Paths;
    for (const auto &Entry : Pending)
      Paths.push_back(Entry.getKey().str());
    llvm::sort(Paths);

    unsigned NotFixed = 0;
    // A signal stops the loop between two files, never inside one.
    DeferInterrupts Deferred;
    for (const std::string &Path : Paths) {
      if (interruptRequested())
        break;
      if (llvm::Error Err = applyTo(Path, Pending[Path], Read)) {
        printError("cannot fix '" + Path + "': " + toString(std::move(Err)));
        ++NotFixed;
      }
    }
    if (NotFixed == 0 && !interruptRequested())
      llvm::errs() << "clang-tidy applied " << AppliedFixes << " of "
                   << TotalFixes << " suggested fixes.\n";
    return NotFixed;
  }

private:
  void printWithFix(const ClangTidyError &Error) {
    const tooling::DiagnosticMessage &Message = Error.Message;
    // Where each replacement went, and whether it could be applied.
    llvm::SmallVector<std::pair<clang::SourceLocation, bool>, 4> Outcomes;
    {
      auto Level = static_cast<clang::DiagnosticsEngine::Level>(Error.DiagLevel);
      std::string Name = Error.DiagnosticName;
      if (!Error.EnabledDiagnosticAliases.empty())
        Name += "," + llvm::join(Error.EnabledDiagnosticAliases, ",");
      if (Error.IsWarningAsError) {
        Name += ",-warnings-as-errors";
        Level = clang::DiagnosticsEngine::Error;
      }
      clang::DiagnosticBuilder Diag =
          Diags->Report(locationOf(Message.FilePath, Message.FileOffset),
                        Diags->getCustomDiagID(Level, "%0 [%1]"))
          << Message.Message << Name;
      for (const tooling::FileByteRange &Range : Message.Ranges)
        Diag << rangeOf(Range);
      if (const llvm::StringMap<tooling::Replacements> *Fix =
              clang::tidy::getFixIt(Error, FixesFromNotes))
        for (const auto &FileAndReplacements : *Fix)
          for (const tooling::Replacement &R : FileAndReplacements.second) {
            ++TotalFixes;
            if (!R.isApplicable())
              continue;
            llvm::SmallString<256> Path(R.getFilePath());
            Files.makeAbsolutePath(Path);
            bool Queued = queue({Path, R.getOffset(), R.getLength(),
                                 R.getReplacementText()});
            AppliedFixes += Queued;
            Outcomes.push_back({locationOf(Path, R.getOffset()), Queued});
          }
      addFixHints(Diag, Message.Fix);
    }
    for (const auto &[Where, Queued] : Outcomes)
      Diags->Report(Where, Queued ? clang::diag::note_fixit_applied
                                  : clang::diag::note_fixit_failed);
    for (const tooling::DiagnosticMessage &Note : Error.Notes) {
      clang::DiagnosticBuilder Diag =
          Diags->Report(locationOf(Note.FilePath, Note.FileOffset),
                        Diags->getCustomDiagID(clang::DiagnosticsEngine::Note,
                                               "%0"))
          << Note.Message;
      for (const tooling::FileByteRange &Range : Note.Ranges)
        Diag << rangeOf(Range);
      addFixHints(Diag, Note.Fix);
    }
  }

  /// Adds \p R to its file's edits. Two findings may edit overlapping text;
  /// \p R is still taken if it survives the earlier edits unchanged in
  /// length (then shifted past them), otherwise it is dropped.
  bool queue(const tooling::Replacement &R) {
    tooling::Replacements &Edits = Pending[R.getFilePath()];
    llvm::Error Conflict = Edits.add(R);
    if (!Conflict)
      return true;
    llvm::consumeError(std::move(Conflict));
    unsigned Begin = Edits.getShiftedCodePosition(R.getOffset());
    unsigned End = Edits.getShiftedCodePosition(R.getOffset() + R.getLength());
    if (End - Begin != R.getLength())
      return false;
    Edits = Edits.merge(tooling::Replacements(tooling::Replacement(
        R.getFilePath(), Begin, R.getLength(), R.getReplacementText())));
    return true;
  }

  llvm::Error applyTo(const std::string &Path,
                      const tooling::Replacements &Edits,
                      const TextsRead &Read) {
    runInjectedCommandBeforeFix(Path);
    llvm::Expected<LockedFile> File = LockedFile::open(Path);
    if (!File)
      return File.takeError();
    llvm::StringRef Code = File->text();
    // The offsets of the edits are offsets into the analysed text.
    if (std::optional<std::optional<uint64_t>> Analysed =
            analysedHash(Path, Read))
      if (*Analysed != hashContent(Code))
        return makeError("it changed on disk after porttidy read it");

    llvm::Expected<clang::format::FormatStyle> Style = clang::format::getStyle(
        *Context.getOptionsForFile(Path).FormatStyle, Path, "none");
    if (!Style)
      return Style.takeError();
    llvm::Expected<tooling::Replacements> Cleaned =
        clang::format::cleanupAroundReplacements(Code, Edits, *Style);
    if (!Cleaned)
      return Cleaned.takeError();
    tooling::Replacements Final = *Cleaned;
    if (llvm::Expected<tooling::Replacements> Formatted =
            clang::format::formatReplacements(Code, *Cleaned, *Style))
      Final = std::move(*Formatted);
    else
      printNote("fixes for '" + Path + "' applied unformatted: " +
                toString(Formatted.takeError()));
    llvm::Expected<std::string> Fixed =
        tooling::applyAllReplacements(Code, Final);
    if (!Fixed)
      return Fixed.takeError();
    if (*Fixed == Code)
      return llvm::Error::success();
    return File->replace(*Fixed);
  }

  /// The hash of the text the analysis read from \p Path, if it read it.
  static std::optional<std::optional<uint64_t>>
  analysedHash(llvm::StringRef Path, const TextsRead &Read) {
    auto Found = Read.find(Path);
    if (Found != Read.end())
      return Found->second;
    // The same file under another spelling (a symlink, `..`).
    llvm::SmallString<256> Real, Candidate;
    if (llvm::sys::fs::real_path(Path, Real))
      return std::nullopt;
    llvm::StringRef Name = llvm::sys::path::filename(Path);
    for (const auto &Entry : Read)
      if (llvm::sys::path::filename(Entry.getKey()) == Name &&
          !llvm::sys::fs::real_path(Entry.getKey(), Candidate) &&
          Candidate == Real)
        return Entry.getValue();
    return std::nullopt;
  }

  clang::SourceLocation locationOf(llvm::StringRef Path, unsigned Offset) {
    if (Path.empty())
      return {};
    clang::OptionalFileEntryRef File =
        Sources->getFileManager().getOptionalFileRef(Path);
    if (!File)
      return {};
    clang::FileID ID = Sources->getOrCreateFileID(*File, clang::SrcMgr::C_User);
    return Sources->getLocForStartOfFile(ID).getLocWithOffset(Offset);
  }

  clang::CharSourceRange rangeOf(const tooling::FileByteRange &Range) {
    llvm::SmallString<256> Path(Range.FilePath);
    Files.makeAbsolutePath(Path);
    clang::SourceLocation Begin = locationOf(Path, Range.FileOffset);
    // Macros defined on the command line have no file: an invalid range,
    // which the printer skips.
    return clang::CharSourceRange::getCharRange(
        Begin, Begin.getLocWithOffset(Range.Length));
  }

  void addFixHints(const clang::DiagnosticBuilder &Diag,
                   const llvm::StringMap<tooling::Replacements> &Fix) {
    for (const auto &FileAndReplacements : Fix)
      for (const tooling::Replacement &R : FileAndReplacements.second) {
        if (!R.isApplicable())
          continue;
        tooling::FileByteRange Range;
        Range.FilePath = R.getFilePath().str();
        Range.FileOffset = R.getOffset();
        Range.Length = R.getLength();
        Diag << clang::FixItHint::CreateReplacement(rangeOf(Range),
                                                    R.getReplacementText());
      }
  }

  ClangTidyContext &Context;
  bool FixesFromNotes;
  clang::FileManager Files;
  clang::LangOptions LangOpts;
#if LLVM_VERSION_MAJOR >= 21
  clang::DiagnosticOptions DiagOpts;
#else
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> DiagOpts =
      llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>();
#endif
  std::unique_ptr<clang::TextDiagnosticPrinter> Printer;
  std::unique_ptr<clang::DiagnosticsEngine> Diags;
  std::unique_ptr<clang::SourceManager> Sources;
  llvm::StringMap<tooling::Replacements> Pending;
  unsigned TotalFixes = 0;
  unsigned AppliedFixes = 0;
};

} // namespace

unsigned printAndApplyFixes(llvm::ArrayRef<ClangTidyError> Errors,
                            ClangTidyContext &Context, bool FixesFromNotes,
                            FileSystemPtr FS, const TextsRead &Read) {
  Reporter Out(Context, FixesFromNotes, std::move(FS));
  for (const ClangTidyError &Error : Errors)
    Out.report(Error);
  return Out.applyFixes(Read);
}

} // namespace porttidy
