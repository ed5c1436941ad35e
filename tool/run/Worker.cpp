//===--- Worker.cpp - porttidy as a -j worker process ---------------------===//

#include "Worker.h"
#include "CheckProfile.h"
#include "CompilationSetup.h"
#include "FaultInjection.h"
#include "FileSystemSetup.h"
#include "WorkerResult.h"
#include "cli/Messages.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "report/SafeFileWriter.h"

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

  injectWorkerFaults(Args.WorkerFile);
  // No crash recovery here: the parent sees the signal and reports it.
  std::unique_ptr<ClangTidyContext> Context = makeContext(std::move(Config.Provider));
  applyCheckProfile(*Context, Args);
  TUResult Result =
      analyseFile(*Context, *Work->Database, Args.WorkerFile, *FS,
                  /*FixesFromNotes=*/Mode == FixMode::FindingsAndNotes,
                  /*RecordFilesRead=*/!Args.CacheDir.empty() ||
                      Mode != FixMode::None);

  // A temporary file the parent removes; no need to sync it.
  llvm::Error Written =
      writeFileAtomically(Args.WorkerOutput,
                          serializeResult(Result, Args.WorkerFile),
                          /*Durable=*/false);
  if (Written)
    return failWith(makeError("cannot write '" + Args.WorkerOutput +
                              "': " + llvm::toString(std::move(Written))));
  return ExitClean;
}

} // namespace porttidy
