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

/// \p File's commands as a compile_commands.json array, under the absolute
/// path the worker's ClangTool will ask for.
std::string databaseText(const clang::tooling::CompilationDatabase &Database,
                         llvm::StringRef File) {
  llvm::SmallString<256> Absolute(File);
  fs::make_absolute(Absolute);
  std::string Text;
  llvm::raw_string_ostream OS(Text);
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
  return Text;
}

bool writeFile(llvm::StringRef Path, llvm::StringRef Text) {
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC, fs::OF_None);
  if (EC)
    return false;
  Out << Text;
  Out.close();
  bool Failed = Out.has_error();
  Out.clear_error();
  return !Failed;
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
    if (writeFile(Path, databaseText(Database, Files[I])))
      Paths[I] = Path.str().str();
  }
}

WorkerDatabases::~WorkerDatabases() {
  if (!Directory.empty())
    fs::remove_directories(Directory);
}

} // namespace porttidy
