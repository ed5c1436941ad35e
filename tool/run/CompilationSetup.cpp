//===--- CompilationSetup.cpp - which files, compiled how -----------------===//

#include "CompilationSetup.h"
#include "JsonSyntax.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "cli/Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <cctype>

namespace porttidy {

namespace tooling = clang::tooling;
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using DatabasePtr = std::unique_ptr<tooling::CompilationDatabase>;

namespace {

constexpr const char JsonDatabaseName[] = "compile_commands.json";
constexpr const char FlagsDatabaseName[] = "compile_flags.txt";

/// LLVM's messages are capitalised sentences ("Expected , or ]."); ours are
/// lowercase clauses.
std::string asClause(llvm::StringRef Message) {
  std::string Clause = Message.trim().rtrim('.').str();
  if (!Clause.empty())
    Clause[0] =
        static_cast<char>(std::tolower(static_cast<unsigned char>(Clause[0])));
  return Clause;
}

/// llvm::json reports "[3:1, byte=20]: Expected , or ] after array element";
/// its column is wherever the parser stopped (often past the culprit), so
/// only the line is passed on.
std::string describeJsonError(llvm::Error Err) {
  std::string Text = llvm::toString(std::move(Err));
  llvm::StringRef Rest = Text;
  unsigned Line = 0;
  if (Rest.consume_front("[") && !Rest.consumeInteger(10, Line)) {
    llvm::StringRef Message = Rest.split("]: ").second;
    if (!Message.empty())
      return ("line " + llvm::Twine(Line) + ": " + asClause(Message)).str();
  }
  return asClause(Text);
}

/// The wrappers clang's own JSON database plugin adds: files missing from
/// the database borrow a neighbour's command, `@rsp` files are expanded, and
/// `--target`/`--driver-mode` are inferred from the compiler's name.
DatabasePtr withInference(DatabasePtr Database) {
  return tooling::inferTargetAndDriverMode(
      tooling::inferMissingCompileCommands(tooling::expandResponseFiles(
          std::move(Database), llvm::vfs::getRealFileSystem())));
}

llvm::Expected<DatabasePtr> loadJsonDatabase(llvm::StringRef JsonPath) {
  auto Buffer = llvm::MemoryBuffer::getFile(JsonPath);
  if (!Buffer)
    return makeError("cannot read " + path::filename(JsonPath) + ": " +
                     Buffer.getError().message());
  llvm::StringRef Text = (*Buffer)->getBuffer();
  // A broken file gets one line that says where (llvm::json's message).
  // The parse that finds it builds every value, so it runs only once the
  // cheap scan has failed.
  if (!isWellFormedJson(Text)) {
    llvm::Expected<llvm::json::Value> Json = llvm::json::parse(Text);
    if (!Json)
      return makeError("invalid JSON in " + path::filename(JsonPath) + " (" +
                       describeJsonError(Json.takeError()) + ")");
  }
  if (!Text.ltrim().starts_with("["))
    return makeError(path::filename(JsonPath) + " is not a JSON array");

  std::string Error;
  DatabasePtr Database = tooling::JSONCompilationDatabase::loadFromBuffer(
      Text, Error, tooling::JSONCommandLineSyntax::AutoDetect);
  if (!Database)
    return makeError(asClause(Error));
  return withInference(std::move(Database));
}

/// Where `-p DIR` looks when DIR itself holds no database: the usual build
/// folders of a source tree, in this order.
std::string findBuildFolder(llvm::StringRef Dir) {
  std::vector<std::string> Candidates = {"build", "out"};
  std::vector<std::string> CMakeIde;
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (path::filename(It->path()).starts_with("cmake-build-"))
      CMakeIde.push_back(path::filename(It->path()).str());
  llvm::sort(CMakeIde);
  Candidates.insert(Candidates.end(), CMakeIde.begin(), CMakeIde.end());
  for (const std::string &Candidate : Candidates) {
    llvm::SmallString<256> Json(Dir);
    path::append(Json, Candidate, JsonDatabaseName);
    if (fs::exists(Json))
      return Json.str().str();
  }
  return "";
}

/// `-p DIR`: DIR/compile_commands.json, else DIR/compile_flags.txt, else the
/// first of findBuildFolder(). DIR may also name a compile_commands.json.
llvm::Expected<DatabasePtr> loadFromBuildPath(llvm::StringRef BuildPath,
                                              std::string &Loaded) {
  auto Fail = [&](const llvm::Twine &Why) {
    return makeError("cannot load compilation database from '" + BuildPath +
                     "': " + Why);
  };
  if (!fs::exists(BuildPath))
    return Fail("no such directory");

  llvm::SmallString<256> Json(BuildPath);
  if (fs::is_directory(BuildPath))
    path::append(Json, JsonDatabaseName);
  llvm::SmallString<256> Flags(BuildPath);
  path::append(Flags, FlagsDatabaseName);
  if (!fs::exists(Json) && !fs::exists(Flags) && fs::is_directory(BuildPath))
    Json = findBuildFolder(BuildPath);
  if (!Json.empty() && fs::exists(Json)) {
    llvm::Expected<DatabasePtr> Database = loadJsonDatabase(Json);
    if (!Database)
      return Fail(llvm::toString(Database.takeError()));
    Loaded = Json.str().str();
    return Database;
  }

  if (fs::exists(Flags)) {
    std::string Error;
    DatabasePtr Database =
        tooling::FixedCompilationDatabase::loadFromFile(Flags, Error);
    if (!Database)
      return Fail(asClause(Error));
    Loaded = Flags.str().str();
    return Database;
  }
  return Fail(llvm::Twine("it holds no ") + JsonDatabaseName +
              ", nor do its build/, out/ or cmake-build-*/ folders");
}

/// Without `-p` or `--`: the nearest database above \p Source, as clang-tidy
/// finds it; null if there is none.
llvm::Expected<DatabasePtr> findDatabaseFor(llvm::StringRef Source,
                                            std::string &Loaded) {
  llvm::SmallString<256> Absolute(Source);
  fs::make_absolute(Absolute);
  for (llvm::StringRef Dir = path::parent_path(Absolute); !Dir.empty();
       Dir = path::parent_path(Dir)) {
    llvm::SmallString<256> Json(Dir), Flags(Dir);
    path::append(Json, JsonDatabaseName);
    path::append(Flags, FlagsDatabaseName);
    if (fs::exists(Json) || fs::exists(Flags))
      return loadFromBuildPath(Dir, Loaded);
  }
  return nullptr;
}

/// No database: the compiler's defaults (language from the extension, its
/// default standard), plus what --extra-arg adds.
DatabasePtr defaultFlagsDatabase() {
  return std::make_unique<tooling::FixedCompilationDatabase>(
      ".", std::vector<std::string>());
}

/// `--files-from`: one path per line; blank lines are skipped.
llvm::Error readFilesFrom(llvm::StringRef ListPath,
                          std::vector<std::string> &Sources) {
  auto Buffer = ListPath == "-" ? llvm::MemoryBuffer::getSTDIN()
                                : llvm::MemoryBuffer::getFile(ListPath);
  if (!Buffer)
    return makeError("cannot read --files-from list '" + ListPath +
                     "': " + Buffer.getError().message());
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.rtrim("\r");
    if (!Line.trim().empty())
      Sources.push_back(Line.str());
  }
  return llvm::Error::success();
}

bool hasResourceDir(const tooling::CommandLineArguments &Args) {
  return llvm::any_of(Args, [](llvm::StringRef Arg) {
    return Arg.starts_with("-resource-dir") ||
           Arg.starts_with("--resource-dir");
  });
}

/// porttidy lives in build/bin, where clang's tooling would look for its
/// builtin headers (stddef.h, stdarg.h...) in build/lib/clang/N; point it at
/// the LLVM porttidy was built against, unless the command already chose.
tooling::ArgumentsAdjuster resourceDirAdjuster() {
  return [](const tooling::CommandLineArguments &Args, llvm::StringRef File) {
    if (hasResourceDir(Args))
      return Args;
    return tooling::getInsertArgumentAdjuster(
        "-resource-dir=" PORTTIDY_RESOURCE_DIR,
        tooling::ArgumentInsertPosition::BEGIN)(Args, File);
  };
}

/// `--remove-arg`: drops the flags clang does not know (a GCC-only
/// `-fanalyzer` makes every TU fail), before porttidy adds its own. `FLAG*`
/// removes every argument starting with FLAG.
tooling::ArgumentsAdjuster removeArgsAdjuster(std::vector<std::string> Remove) {
  return [Remove = std::move(Remove)](const tooling::CommandLineArguments &Args,
                                      llvm::StringRef) {
    tooling::CommandLineArguments Kept;
    for (const std::string &Arg : Args) {
      bool Drop = llvm::any_of(Remove, [&](llvm::StringRef Pattern) {
        if (Pattern.consume_back("*"))
          return llvm::StringRef(Arg).starts_with(Pattern);
        return Arg == Pattern;
      });
      // The compiler itself (the first argument) is never a flag to drop.
      if (!Drop || Kept.empty())
        Kept.push_back(Arg);
    }
    return Kept;
  };
}

DatabasePtr adjustForPorttidy(DatabasePtr Database, const CommandLine &Args) {
  auto Adjusting = std::make_unique<tooling::ArgumentsAdjustingCompilations>(
      std::move(Database));
  if (!Args.RemoveArgs.empty())
    Adjusting->appendArgumentsAdjuster(removeArgsAdjuster(Args.RemoveArgs));
  Adjusting->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      Args.ExtraArgsBefore, tooling::ArgumentInsertPosition::BEGIN));
  Adjusting->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      Args.ExtraArgs, tooling::ArgumentInsertPosition::END));
  Adjusting->appendArgumentsAdjuster(resourceDirAdjuster());
  // clang's "N warnings generated." counts diagnostics porttidy filters out
  // (compiler warnings, suppressed findings); it is noise on our stderr.
  Adjusting->appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-fno-caret-diagnostics", tooling::ArgumentInsertPosition::END));
  return Adjusting;
}

llvm::Error checkSourceExists(llvm::StringRef Source) {
  if (!fs::exists(Source))
    return makeError("no such file: '" + Source + "'");
  if (fs::is_directory(Source))
    return makeError("'" + Source + "' is a directory, not a source file");
  return llvm::Error::success();
}

} // namespace

std::vector<tooling::CompileCommand>
commandsFor(const tooling::CompilationDatabase &Database,
            llvm::StringRef File) {
  llvm::SmallString<256> Absolute(File);
  fs::make_absolute(Absolute);
  return Database.getCompileCommands(Absolute);
}

llvm::Expected<Compilation> setUpCompilation(CommandLine &Args) {
  Compilation Result;
  // A -j worker analyses the one file it was given, with the database its
  // parent chose.
  if (!Args.WorkerFile.empty()) {
    Args.Sources = {Args.WorkerFile};
    Args.BuildPath.clear();
    Args.FilesFrom.clear();
  }
  if (!Args.FilesFrom.empty())
    if (llvm::Error Err = readFilesFrom(Args.FilesFrom, Args.Sources))
      return Err;
  for (const std::string &Source : Args.Sources)
    if (llvm::Error Err = checkSourceExists(Source))
      return Err;

  DatabasePtr Database;
  if (Args.FlagsAfterDashDash) {
    Database = std::move(Args.FlagsAfterDashDash);
  } else if (Args.WorkerDatabase) {
    if (Args.WorkerDatabase->empty()) {
      Database = defaultFlagsDatabase();
    } else {
      llvm::Expected<DatabasePtr> Loaded =
          loadFromBuildPath(*Args.WorkerDatabase, Result.DatabasePath);
      if (!Loaded)
        return Loaded.takeError();
      Database = std::move(*Loaded);
    }
  } else if (!Args.BuildPath.empty()) {
    llvm::Expected<DatabasePtr> Loaded =
        loadFromBuildPath(Args.BuildPath, Result.DatabasePath);
    if (!Loaded)
      return Loaded.takeError();
    Database = std::move(*Loaded);
  } else if (!Args.Sources.empty()) {
    llvm::Expected<DatabasePtr> Found =
        findDatabaseFor(Args.Sources.front(), Result.DatabasePath);
    if (!Found)
      return Found.takeError();
    Database = std::move(*Found);
    if (!Database) {
      printNote("no compilation database found for '" + Args.Sources.front() +
                "' or its parent directories; using default compiler flags "
                "(pass -p <build dir>, or '--' followed by the flags)");
      Database = defaultFlagsDatabase();
    }
  } else {
    return makeError("no input files; pass sources followed by '--' and "
                     "compiler flags, or -p <build dir> (see 'porttidy "
                     "--help')");
  }

  if (Args.Sources.empty()) {
    if (Args.BuildPath.empty())
      return makeError("no input files; name the sources to analyse before "
                       "'--'");
    Result.Files = Database->getAllFiles();
    llvm::sort(Result.Files);
    Result.Files.erase(std::unique(Result.Files.begin(), Result.Files.end()),
                       Result.Files.end());
    if (Result.Files.empty())
      return makeError("compilation database in '" + Args.BuildPath +
                       "' lists no files");
    Result.FilesFromDatabase = true;
  } else {
    Result.Files = Args.Sources;
  }

  Result.Unadjusted = Database.get();
  Result.Database = adjustForPorttidy(std::move(Database), Args);
  // ClangTool skips a file without a command with a message and no
  // diagnostics, which would pass for a clean file; refuse it up front.
  if (!Result.FilesFromDatabase)
    for (const std::string &File : Result.Files)
      if (commandsFor(*Result.Database, File).empty())
        return makeError("the compilation database has no command for '" +
                         File + "' nor one to borrow");
  return Result;
}

} // namespace porttidy
