//===--- WorkerPool.cpp - one process per translation unit ----------------===//

#include "WorkerPool.h"
#include "Interruption.h"
#include "WorkerResult.h"
#include "cli/Messages.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include <chrono>
#include <csignal>
#include <thread>

namespace porttidy {

namespace {

struct Running {
  size_t Index;
  llvm::sys::ProcessInfo Process;
  std::string ResultPath;
};

std::optional<TUResult> collect(const Running &Worker, int ExitCode,
                                llvm::StringRef File) {
  std::optional<TUResult> Result;
  if (ExitCode == 0)
    if (auto Buffer = llvm::MemoryBuffer::getFile(Worker.ResultPath))
      Result = parseResult((*Buffer)->getBuffer(), File);
  llvm::sys::fs::remove(Worker.ResultPath);
  return Result;
}

/// SIGINT or SIGTERM reached porttidy: the workers get SIGTERM (a terminal's
/// ^C has sent them SIGINT already) and are waited for; their results are
/// discarded.
void stopAll(std::vector<Running> &Workers) {
  for (Running &Worker : Workers)
    ::kill(Worker.Process.Pid, SIGTERM);
  for (Running &Worker : Workers) {
    llvm::sys::Wait(Worker.Process, /*SecondsToWait=*/std::nullopt);
    llvm::sys::fs::remove(Worker.ResultPath);
  }
  Workers.clear();
}

} // namespace

void runInWorkers(llvm::ArrayRef<std::string> Command,
                  llvm::ArrayRef<std::string> Files,
                  llvm::ArrayRef<std::string> Databases, unsigned Jobs,
                  WorkerDone Done) {
  Jobs = std::max(1u, Jobs);
  std::vector<Running> Workers;
  size_t Next = 0;
  // Workers read nothing and print findings nowhere but their result file;
  // their stderr (crash dumps) is ours.
  std::optional<llvm::StringRef> Redirects[] = {llvm::StringRef(""),
                                                llvm::StringRef(""),
                                                std::nullopt};

  auto Start = [&](size_t Index) {
    Running Worker{Index, {}, ""};
    llvm::SmallString<128> ResultPath;
    if (llvm::sys::fs::createTemporaryFile("porttidy-worker", "yaml",
                                           ResultPath)) {
      Done(Index, std::nullopt);
      return;
    }
    Worker.ResultPath = ResultPath.str().str();
    std::string FileFlag = "--porttidy-worker-file=" + Files[Index];
    std::string DatabaseFlag = "--porttidy-worker-database=" + Databases[Index];
    std::string OutputFlag = "--porttidy-worker-output=" + Worker.ResultPath;
    // Our flags go first: anything after `--` is compiler flags.
    std::vector<llvm::StringRef> Argv = {Command.front(), FileFlag,
                                         DatabaseFlag, OutputFlag};
    Argv.insert(Argv.end(), Command.begin() + 1, Command.end());
    std::string Why;
    bool Failed = false;
    Worker.Process = llvm::sys::ExecuteNoWait(Command.front(), Argv,
                                              std::nullopt, Redirects, 0, &Why,
                                              &Failed);
    if (Failed) {
      printError("cannot start a worker process: " + Why);
      llvm::sys::fs::remove(Worker.ResultPath);
      Done(Index, std::nullopt);
      return;
    }
    Workers.push_back(std::move(Worker));
  };

  while (Next < Files.size() || !Workers.empty()) {
    if (interruptRequested()) {
      stopAll(Workers);
      return;
    }
    while (Next < Files.size() && Workers.size() < Jobs)
      Start(Next++);
    bool AnyFinished = false;
    for (size_t I = 0; I < Workers.size();) {
      llvm::sys::ProcessInfo State =
          llvm::sys::Wait(Workers[I].Process, /*SecondsToWait=*/0);
      if (State.Pid == 0) {
        ++I;
        continue;
      }
      Running Worker = std::move(Workers[I]);
      Workers.erase(Workers.begin() + I);
      Done(Worker.Index,
           collect(Worker, State.ReturnCode, Files[Worker.Index]));
      AnyFinished = true;
    }
    if (!AnyFinished && !Workers.empty())
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

} // namespace porttidy
