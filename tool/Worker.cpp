//===--- Worker.cpp - porttidy as a -j worker process ---------------------===//

#include "Worker.h"
#include "CheckProfile.h"
#include "CompilationSetup.h"
#include "FileSystemSetup.h"
#include "Messages.h"
#include "WorkerResult.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

namespace porttidy {

int runWorker(CommandLine &Args, Configuration &Config, FixMode Mode) {
  llvm::Expected<Compilation> Work = setUpCompilation(Args);
  if (!Work)
    return failWith(Work.takeError());

  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmParsers();
  llvm::Expected<FileSystemPtr> FS = makeFileSystem(Args);
  if (!FS)
    return failWith(FS.takeError());

  // No crash recovery here: the parent sees the signal and reports it.
  std::unique_ptr<ClangTidyContext> Context = makeContext(std::move(Config.Provider));
  applyCheckProfile(*Context, Args);
  TUResult Result =
      analyseFile(*Context, *Work->Database, Args.WorkerFile, *FS,
                  /*FixesFromNotes=*/Mode == FixMode::FindingsAndNotes,
                  /*RecordFilesRead=*/!Args.CacheDir.empty());

  llvm::Error Written =
      llvm::writeToOutput(Args.WorkerOutput, [&](llvm::raw_ostream &Out) {
        Out << serializeResult(Result, Args.WorkerFile);
        return llvm::Error::success();
      });
  if (Written)
    return failWith(makeError("cannot write '" + Args.WorkerOutput +
                              "': " + llvm::toString(std::move(Written))));
  return ExitClean;
}

} // namespace porttidy
