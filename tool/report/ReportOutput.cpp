//===--- ReportOutput.cpp - the output stage of a run ---------------------===//

#include "ReportOutput.h"
#include "SafeFileWriter.h"
#include "cli/Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "run/TidyRunner.h"
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace porttidy {

namespace {

/// Points file descriptor 1 (where clang-tidy's library prints the text
/// format) somewhere else for as long as it lives.
class StdoutRedirect {
public:
  explicit StdoutRedirect(int Fd) {
    llvm::outs().flush();
    Saved = ::dup(STDOUT_FILENO);
    if (Saved >= 0)
      ::dup2(Fd, STDOUT_FILENO);
  }
  StdoutRedirect(const StdoutRedirect &) = delete;
  StdoutRedirect &operator=(const StdoutRedirect &) = delete;
  ~StdoutRedirect() {
    llvm::outs().flush();
    if (Saved >= 0) {
      ::dup2(Saved, STDOUT_FILENO);
      ::close(Saved);
    }
  }

private:
  int Saved = -1;
};

/// What \p Print writes to standard output (clang-tidy's printer writes
/// there and nowhere else), kept in an unlinked temporary file.
llvm::Expected<std::string> captureStdout(llvm::function_ref<void()> Print) {
  std::FILE *Scratch = std::tmpfile();
  if (!Scratch)
    return makeError(llvm::Twine("cannot create a temporary file: ") +
                     std::strerror(errno));
  {
    StdoutRedirect ToScratch(::fileno(Scratch));
    Print();
  }
  std::string Text;
  std::rewind(Scratch);
  char Buffer[65536];
  while (size_t Read = std::fread(Buffer, 1, sizeof Buffer, Scratch))
    Text.append(Buffer, Read);
  std::fclose(Scratch);
  return Text;
}

std::string describe(const BaselineEntry &Entry) {
  return Entry.Key.Path + ": [" + Entry.Key.Check + "] " +
         (Entry.Key.Function.empty() ? "at file scope"
                                     : "in " + Entry.Key.Function) +
         ": `" + Entry.Key.Code + "`";
}

std::vector<std::string> portChecks() {
  std::vector<std::string> Checks;
  for (const auto &Check : moduleChecks())
    if (Check.getKey().starts_with("port-"))
      Checks.push_back(Check.getKey().str());
  llvm::sort(Checks);
  return Checks;
}

} // namespace

ReportOutput::ReportOutput(const CommandLine &Args, SourceRoot Root)
    : OutputPath(Args.Output), BaselinePath(Args.Baseline),
      WriteBaselinePath(Args.WriteBaseline), PruneBaseline(Args.PruneBaseline),
      Quiet(Args.Quiet), Root(std::move(Root)) {}

llvm::Expected<ReportOutput>
ReportOutput::open(const CommandLine &Args,
                   llvm::ArrayRef<std::string> Sources) {
  std::optional<ReportFormat> Format = parseReportFormat(Args.Format);
  if (!Format)
    return makeError("unknown --format '" + Args.Format +
                     "' (use text, sarif, json, github or codequality)");
  if (Args.PruneBaseline && Args.Baseline.empty())
    return makeError("--prune-baseline needs --baseline=<file>");

  SourceRoot Root =
      Args.SourceRoot.empty()
          ? SourceRoot::discover(Sources.empty()
                                     ? llvm::StringRef(".")
                                     : llvm::StringRef(Sources.front()))
          : SourceRoot(SourceRoot::absolute(Args.SourceRoot));
  if (!Args.SourceRoot.empty() && !llvm::sys::fs::is_directory(Root.path()))
    return makeError("--source-root '" + Args.SourceRoot +
                     "' is not a directory");

  ReportOutput Output(Args, std::move(Root));
  Output.Format = *Format;
  for (const std::string &Source : Sources)
    Output.Sources.push_back(SourceRoot::absolute(Source));
  if (!Args.Baseline.empty()) {
    llvm::Expected<std::vector<BaselineEntry>> Entries =
        readBaseline(Args.Baseline);
    if (!Entries)
      return Entries.takeError();
    Output.Baseline = std::move(*Entries);
  }
  // Written at the end: a relative path means where the run started.
  if (!Output.OutputPath.empty()) {
    llvm::SmallString<256> Absolute(Output.OutputPath);
    llvm::sys::fs::make_absolute(Absolute);
    Output.OutputPath = Absolute.str().str();
  }
  // Fail on an unwritable path now, not after a long analysis.
  for (const std::string &Path : {Args.Output, Args.WriteBaseline})
    if (!Path.empty())
      if (llvm::Error Err = checkWritable(Path))
        return makeError("cannot write '" + Path +
                         "': " + llvm::toString(std::move(Err)));
  return Output;
}

llvm::Error ReportOutput::hideBaselined(std::vector<Finding> &Findings,
                                        bool Complete) {
  if (WriteBaselinePath.empty() && BaselinePath.empty())
    return llvm::Error::success();
  std::vector<ReportItem> Items = resolveFindings(Findings, Root, Files);

  if (!WriteBaselinePath.empty()) {
    if (!Complete) {
      printError("baseline '" + WriteBaselinePath +
                 "' was not written: part of the code was not analysed");
    } else {
      std::vector<BaselineEntry> Entries = baselineEntriesOf(Items);
      if (llvm::Error Err = writeBaseline(WriteBaselinePath, Entries))
        return Err;
      if (!Quiet)
        printInfo("recorded " + llvm::Twine(Entries.size()) + " finding" +
                  (Entries.size() == 1 ? "" : "s") + " in baseline '" +
                  WriteBaselinePath + "'");
      // What was just recorded is accepted: the run reports nothing more.
      llvm::erase_if(Items, [](const ReportItem &Item) {
        return Item.Kind == DiagnosticKind::Finding;
      });
    }
  } else if (!BaselinePath.empty()) {
    // An entry is stale only if its file was looked at: a source of this
    // run, a file with findings now, or a file that is gone.
    llvm::StringSet<> Analysed;
    for (const std::string &Source : Sources)
      Analysed.insert(Root.display(Source));
    for (const ReportItem &Item : Items)
      Analysed.insert(Item.Where.Path);
    auto InScope = [&](llvm::StringRef Path) {
      if (Analysed.contains(Path))
        return true;
      // Baseline paths are relative to the source root.
      llvm::SmallString<256> OnDisk(Path);
      if (!llvm::sys::path::is_absolute(OnDisk)) {
        OnDisk = Root.path();
        llvm::sys::path::append(OnDisk, Path);
      }
      return !llvm::sys::fs::exists(OnDisk);
    };
    BaselineMatch Match = applyBaseline(Baseline, Items, InScope);
    for (const BaselineEntry &Entry : Match.Stale)
      printNote("stale baseline entry (no such finding any more): " +
                describe(Entry));
    if (!Match.Stale.empty() && Complete && PruneBaseline) {
      std::vector<BaselineEntry> Left = std::move(Match.Matched);
      llvm::append_range(Left, Match.OutOfScope);
      if (llvm::Error Err = writeBaseline(BaselinePath, std::move(Left)))
        return Err;
      printNote("removed " + llvm::Twine(Match.Stale.size()) + " stale entr" +
                (Match.Stale.size() == 1 ? "y" : "ies") + " from baseline '" +
                BaselinePath + "'");
    } else if (!Match.Stale.empty()) {
      printNote(llvm::Twine(Match.Stale.size()) + " stale baseline entr" +
                (Match.Stale.size() == 1 ? "y" : "ies") +
                (PruneBaseline
                     ? "; not pruned: part of the code was not analysed"
                     : "; --prune-baseline removes them"));
    }
    if (!Quiet && Match.Hidden)
      printInfo("baseline '" + BaselinePath + "' hides " +
                llvm::Twine(Match.Hidden) + " finding" +
                (Match.Hidden == 1 ? "" : "s"));
  }

  // Keep, in the caller's order, the findings still to be reported.
  llvm::SmallPtrSet<const Finding *, 16> Reported;
  for (const ReportItem &Item : Items)
    Reported.insert(Item.Source);
  std::vector<Finding> Kept;
  for (Finding &F : Findings)
    if (Reported.contains(&F))
      Kept.push_back(std::move(F));
  Findings = std::move(Kept);
  return llvm::Error::success();
}

llvm::Error ReportOutput::render(llvm::ArrayRef<Finding> Findings,
                                 bool Complete,
                                 llvm::function_ref<void()> PrintAndFix) {
  // The report file is written whole at the end, never left half written.
  std::string Report;
  if (Format == ReportFormat::Text) {
    if (OutputPath.empty()) {
      PrintAndFix();
      return llvm::Error::success();
    }
    llvm::Expected<std::string> Printed = captureStdout(PrintAndFix);
    if (!Printed)
      return Printed.takeError();
    Report = std::move(*Printed);
  } else {
    std::vector<ReportItem> Items = resolveFindings(Findings, Root, Files);
    ReportContext Context{Root, PORTTIDY_VERSION, portChecks(), Complete};
    llvm::raw_string_ostream Rendered(Report);
    llvm::raw_ostream &Out = OutputPath.empty()
                                 ? static_cast<llvm::raw_ostream &>(llvm::outs())
                                 : Rendered;
    renderReport(Format, Items, Context, Out);
    printNonFindings(Items);
    // Apply the fixes; clang-tidy's printing of the findings is not wanted.
    llvm::Expected<std::string> Discarded = captureStdout(PrintAndFix);
    if (!Discarded)
      return Discarded.takeError();
  }
  if (OutputPath.empty())
    return llvm::Error::success();
  if (llvm::Error Err =
          writeFileAtomically(OutputPath, Report, /*Durable=*/false))
    return makeError("cannot write '" + OutputPath +
                     "': " + llvm::toString(std::move(Err)));
  return llvm::Error::success();
}

} // namespace porttidy
