//===--- ChangedLines.cpp - the lines a change touched, from git ----------===//

#include "ChangedLines.h"
#include "cli/Messages.h"
#include "run/Interruption.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include <algorithm>
#include <optional>

namespace porttidy {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

namespace {

/// The key a file is known by on both sides: git reports paths below its
/// top level (which it prints with symlinks resolved), clang as it opened
/// them. Both become absolute, clean and, when the file exists, real.
std::string canonicalPath(llvm::StringRef Path) {
  llvm::SmallString<256> Clean(Path);
  fs::make_absolute(Clean);
  path::remove_dots(Clean, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Real;
  if (!fs::real_path(Clean, Real))
    return Real.str().str();
  return Clean.str().str();
}

/// git quotes a path holding unusual bytes C-style: `"dir/a\tb.c"`, with
/// non-ASCII bytes as octal escapes (`\303\251`).
std::string unquoteGitPath(llvm::StringRef Quoted) {
  if (Quoted.size() < 2 || !Quoted.starts_with("\"") || !Quoted.ends_with("\""))
    return Quoted.str();
  llvm::StringRef Rest = Quoted.drop_front().drop_back();
  std::string Path;
  while (!Rest.empty()) {
    char C = Rest.front();
    Rest = Rest.drop_front();
    if (C != '\\' || Rest.empty()) {
      Path += C;
      continue;
    }
    char Escape = Rest.front();
    if (Escape >= '0' && Escape <= '7' && Rest.size() >= 3) {
      unsigned Byte = 0;
      if (!Rest.take_front(3).getAsInteger(8, Byte)) {
        Path += static_cast<char>(Byte);
        Rest = Rest.drop_front(3);
        continue;
      }
    }
    Rest = Rest.drop_front();
    Path += llvm::StringSwitch<char>(llvm::StringRef(&Escape, 1))
                .Case("a", '\a')
                .Case("b", '\b')
                .Case("f", '\f')
                .Case("n", '\n')
                .Case("r", '\r')
                .Case("t", '\t')
                .Case("v", '\v')
                .Default(Escape); // `\"` and `\\`
  }
  return Path;
}

/// Reads "START[,COUNT]" after \p Sign in a hunk header; COUNT defaults to 1.
bool parseRange(llvm::StringRef &Header, char Sign, unsigned &Start,
                unsigned &Count) {
  Header = Header.ltrim(' ');
  if (!Header.consume_front(llvm::StringRef(&Sign, 1)) ||
      Header.consumeInteger(10, Start))
    return false;
  Count = 1;
  if (Header.consume_front(","))
    return !Header.consumeInteger(10, Count);
  return true;
}

struct GitRun {
  int Status = 0;
  std::string Out;
  std::string Err;
};

/// Runs git with \p Args, stdin from /dev/null, and collects its output
/// through temporary files (ExecuteAndWait offers no pipes).
llvm::Expected<GitRun> runGit(llvm::ArrayRef<llvm::StringRef> Args) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return makeError("--diff and --staged need git, which is not on PATH");

  // Removed on return, and by the signal handlers if SIGINT/SIGTERM ends
  // the process while git runs.
  auto Create = [](llvm::StringRef Suffix, llvm::SmallString<128> &Path) {
    BlockInterrupts Blocked;
    std::error_code EC = fs::createTemporaryFile("porttidy-git", Suffix, Path);
    if (!EC)
      llvm::sys::RemoveFileOnSignal(Path);
    return EC;
  };
  llvm::SmallString<128> OutPath, ErrPath;
  if (std::error_code EC = Create("out", OutPath))
    return makeError("cannot create a temporary file: " + EC.message());
  llvm::FileRemover RemoveOut(OutPath);
  if (std::error_code EC = Create("err", ErrPath))
    return makeError("cannot create a temporary file: " + EC.message());
  llvm::FileRemover RemoveErr(ErrPath);

  std::vector<llvm::StringRef> Argv = {"git"};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(""), llvm::StringRef(OutPath), llvm::StringRef(ErrPath)};
  std::string Why;
  bool Failed = false;
  GitRun Run;
  Run.Status = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects,
                                         /*SecondsToWait=*/0,
                                         /*MemoryLimit=*/0, &Why, &Failed);
  if (Failed)
    return makeError("cannot run git: " + Why);
  if (auto Out = llvm::MemoryBuffer::getFile(OutPath))
    Run.Out = (*Out)->getBuffer().str();
  if (auto Err = llvm::MemoryBuffer::getFile(ErrPath))
    Run.Err = (*Err)->getBuffer().str();
  return Run;
}

/// git's first line of complaint, without its "fatal: " label.
std::string gitComplaint(const GitRun &Run) {
  llvm::StringRef Line = llvm::StringRef(Run.Err).trim().split('\n').first;
  Line.consume_front("fatal: ") || Line.consume_front("error: ");
  Line = Line.trim().rtrim('.');
  if (Line.empty())
    return "git exited with status " + std::to_string(Run.Status);
  return Line.str();
}

} // namespace

llvm::Expected<ChangedLines> ChangedLines::fromGit(const ChangeSource &Source) {
  std::string Mode =
      Source.Staged ? std::string("--staged") : "--diff=" + Source.Revision;
  if (!Source.Staged && (Source.Revision.empty() ||
                         llvm::StringRef(Source.Revision).starts_with("-")))
    return makeError(Mode + ": expected a git revision, such as HEAD or "
                            "origin/main...HEAD");

  llvm::Expected<GitRun> TopLevel = runGit({"rev-parse", "--show-toplevel"});
  if (!TopLevel)
    return TopLevel.takeError();
  if (TopLevel->Status != 0)
    return makeError(Mode +
                     " needs a git work tree: " + gitComplaint(*TopLevel));

  // Pin every setting that changes the shape of the output: prefixes,
  // quoting, context, colour, external diff drivers, relative paths.
  std::vector<llvm::StringRef> Args = {"-c",
                                       "core.quotePath=false",
                                       "diff",
                                       "-U0",
                                       "--inter-hunk-context=0",
                                       "--no-color",
                                       "--no-ext-diff",
                                       "--no-textconv",
                                       "--no-relative",
                                       "--src-prefix=a/",
                                       "--dst-prefix=b/"};
  if (Source.Staged)
    Args.push_back("--cached");
  else
    Args.push_back(Source.Revision);
  // Everything before `--` is a revision, never a path.
  Args.push_back("--");
  llvm::Expected<GitRun> Diff = runGit(Args);
  if (!Diff)
    return Diff.takeError();
  if (Diff->Status != 0)
    return makeError(Mode + ": git cannot diff: " + gitComplaint(*Diff));
  return fromDiff(Diff->Out, llvm::StringRef(TopLevel->Out).trim());
}

ChangedLines ChangedLines::fromDiff(llvm::StringRef Diff,
                                    llvm::StringRef TopLevel) {
  ChangedLines Result;
  std::vector<unsigned> *Current = nullptr;
  // Lines of the current hunk still to read, on each side; a hunk body line
  // may itself start with "+++ " or "@@".
  unsigned OldLeft = 0, NewLeft = 0, NewLine = 0;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    if (OldLeft + NewLeft > 0) {
      char Kind = Line.empty() ? ' ' : Line.front();
      if (Kind == '\\')
        continue; // "\ No newline at end of file"
      if (Kind == '+' || Kind == ' ') {
        if (Kind == '+' && Current)
          Current->push_back(NewLine);
        ++NewLine;
        NewLeft -= NewLeft > 0;
      }
      if (Kind == '-' || Kind == ' ')
        OldLeft -= OldLeft > 0;
      continue;
    }
    if (Line.starts_with("diff ")) {
      // A new file begins; `diff --cc` (a merge in progress) has a format
      // of its own and is skipped.
      Current = nullptr;
    } else if (Line.consume_front("+++ ")) {
      Current = nullptr;
      std::string Name = unquoteGitPath(Line.rtrim("\r\t"));
      if (llvm::StringRef(Name).starts_with("b/")) {
        llvm::SmallString<256> Full(TopLevel);
        path::append(Full, path::Style::posix,
                     llvm::StringRef(Name).drop_front(2));
        path::native(Full);
        Current = &Result.Lines[canonicalPath(Full)];
      }
    } else if (Line.consume_front("@@ ")) {
      unsigned OldStart, OldCount, NewStart, NewCount;
      if (parseRange(Line, '-', OldStart, OldCount) &&
          parseRange(Line, '+', NewStart, NewCount)) {
        OldLeft = OldCount;
        NewLeft = NewCount;
        NewLine = NewStart;
      }
    }
  }
  for (auto &Entry : Result.Lines) {
    std::vector<unsigned> &Numbers = Entry.second;
    llvm::sort(Numbers);
    Numbers.erase(std::unique(Numbers.begin(), Numbers.end()), Numbers.end());
  }
  return Result;
}

bool ChangedLines::contains(llvm::StringRef Path, unsigned Line) const {
  auto It = Lines.find(canonicalPath(Path));
  return It != Lines.end() &&
         std::binary_search(It->second.begin(), It->second.end(), Line);
}

bool ChangedLines::touches(llvm::StringRef Path) const {
  auto It = Lines.find(canonicalPath(Path));
  return It != Lines.end() && !It->second.empty();
}

std::vector<std::string> ChangedLines::files() const {
  std::vector<std::string> Files;
  for (const auto &Entry : Lines)
    if (!Entry.second.empty() && fs::is_regular_file(Entry.getKey()))
      Files.push_back(Entry.getKey().str());
  llvm::sort(Files);
  return Files;
}

std::vector<Finding> keepChangedLines(llvm::ArrayRef<Finding> Findings,
                                      const ChangedLines &Changed,
                                      SourceFiles &Files) {
  std::vector<Finding> Kept;
  for (const Finding &Item : Findings) {
    const clang::tooling::DiagnosticMessage &Primary = Item.Error.Message;
    // A finding without a place cannot be matched to a line; hiding it
    // would hide a problem, so it stays.
    bool Keep = classify(Item.Error) != DiagnosticKind::Finding ||
                Primary.FilePath.empty();
    if (!Keep) {
      std::string File =
          SourceRoot::absolute(Primary.FilePath, Item.Error.BuildDirectory);
      if (const SourceFile *Text = Files.get(File))
        Keep =
            Changed.contains(File, Text->positionOf(Primary.FileOffset).Line);
    }
    if (Keep)
      Kept.push_back(Item);
  }
  return Kept;
}

bool isTranslationUnitName(llvm::StringRef Path) {
  llvm::StringRef Extension = path::extension(Path);
  // `.C` is C++ on a case-sensitive file system, as for gcc and clang.
  if (Extension == ".C")
    return true;
  return llvm::is_contained({".c", ".cc", ".cpp", ".cxx", ".c++", ".cp"},
                            Extension.lower());
}

} // namespace porttidy
