//===--- WorkerDatabase.cpp - a -j worker's own commands -----------------===//

#include "WorkerDatabase.h"
#include "CompilationSetup.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace porttidy {

namespace fs = llvm::sys::fs;

namespace {

/// Writes \p File's commands as a compile_commands.json array, under the
/// absolute path the worker's ClangTool will ask for.
llvm::Error writeDatabase(llvm::raw_ostream &OS,
                          const clang::tooling::CompilationDatabase &Database,
                          llvm::StringRef File) {
  llvm::SmallString<256> Absolute(File);
  fs::make_absolute(Absolute);
  llvm::json::OStream J(OS);
  J.array([&] {
    for (const clang::tooling::CompileCommand &Command :
         commandsFor(Database, File))
      J.object([&] {
        J.attribute("directory", Command.Directory);
        J.attribute("file", Absolute.str());
        J.attributeArray("arguments", [&] {
          for (const std::string &Argument : Command.CommandLine)
            J.value(Argument);
        });
        if (!Command.Output.empty())
          J.attribute("output", Command.Output);
      });
  });
  return llvm::Error::success();
}

} // namespace

WorkerDatabases::WorkerDatabases(
    const clang::tooling::CompilationDatabase &Database,
    llvm::ArrayRef<std::string> Files, llvm::StringRef Fallback)
    : Paths(Files.size(), Fallback.str()) {
  llvm::SmallString<128> Created;
  if (fs::createUniqueDirectory("porttidy-databases", Created))
    return;
  Directory = Created.str().str();
  for (size_t I = 0; I < Files.size(); ++I) {
    llvm::SmallString<128> Path(Directory);
    llvm::sys::path::append(Path, llvm::Twine(I) + ".json");
    llvm::Error Written = llvm::writeToOutput(Path, [&](llvm::raw_ostream &OS) {
      return writeDatabase(OS, Database, Files[I]);
    });
    if (Written)
      llvm::consumeError(std::move(Written)); // the worker loads Fallback
    else
      Paths[I] = Path.str().str();
  }
}

WorkerDatabases::~WorkerDatabases() {
  if (!Directory.empty())
    fs::remove_directories(Directory);
}

} // namespace porttidy
