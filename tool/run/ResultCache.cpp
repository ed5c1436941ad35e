//===--- ResultCache.cpp - results of unchanged TUs, replayed -------------===//

#include "ResultCache.h"
#include "WorkerResult.h"
#include "cli/Messages.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include "report/SafeFileWriter.h"

namespace porttidy {

namespace fs = llvm::sys::fs;

std::string cacheKeyFor(llvm::StringRef Salt, ClangTidyContext &Context,
                        const clang::tooling::CompilationDatabase &Database,
                        llvm::StringRef File, FixMode Mode) {
  llvm::SmallString<256> Absolute(File);
  fs::make_absolute(Absolute);
  std::string Key;
  llvm::raw_string_ostream OS(Key);
  OS << Salt << "\nfile: " << Absolute
     << "\nfixes from notes: " << (Mode == FixMode::FindingsAndNotes) << "\n"
     << clang::tidy::configurationAsText(Context.getOptionsForFile(Absolute));
  for (const clang::tooling::CompileCommand &Command :
       Database.getCompileCommands(Absolute)) {
    OS << "\ncommand in " << Command.Directory << " for " << Command.Filename
       << ":";
    for (const std::string &Arg : Command.CommandLine)
      OS << ' ' << Arg.size() << ':' << Arg;
  }
  OS.flush();
  return Key;
}

std::string toolBuildId(const char *Argv0, void *MainAddress) {
  std::string Id = "porttidy " PORTTIDY_VERSION ", LLVM " LLVM_VERSION_STRING;
  std::string Executable = fs::getMainExecutable(Argv0, MainAddress);
  fs::file_status Status;
  if (!Executable.empty() && !fs::status(Executable, Status))
    Id += ", binary " + std::to_string(Status.getSize()) + " bytes, " +
          std::to_string(Status.getLastModificationTime()
                             .time_since_epoch()
                             .count());
  return Id;
}

std::string ResultCache::entryPath(const std::string &Key) const {
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, llvm::utohexstr(hashContent(Key), true, 16) +
                                    ".yaml");
  return Path.str().str();
}

std::optional<uint64_t> ResultCache::currentHash(const std::string &Path) {
  auto [It, Inserted] = Hashes.try_emplace(Path);
  if (Inserted) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (Buffer)
      It->second = hashContent((*Buffer)->getBuffer());
  }
  return It->second;
}

std::optional<TUResult> ResultCache::lookup(const std::string &Key) {
  auto Buffer = llvm::MemoryBuffer::getFile(entryPath(Key), /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  std::optional<TUResult> Stored = parseResult((*Buffer)->getBuffer(), Key);
  // An entry without the files it read is damaged: it would never go stale.
  if (!Stored || Stored->FilesRead.empty())
    return std::nullopt;
  for (const FileRead &File : Stored->FilesRead)
    if (currentHash(File.Path) != File.Hash)
      return std::nullopt;
  return Stored;
}

void ResultCache::store(const std::string &Key, const TUResult &Result) {
  auto Warn = [&](const llvm::Twine &Why) {
    if (!WarnedAboutWriting)
      printWarning("cannot write to the cache in '" + Dir + "': " + Why);
    WarnedAboutWriting = true;
  };
  if (std::error_code EC = fs::create_directories(Dir))
    return Warn(EC.message());
  // Readers see the old entry or the new one, never a partial file. An
  // entry lost in a crash is only a miss: no need to sync.
  if (llvm::Error Err = writeFileAtomically(
          entryPath(Key), serializeResult(Result, Key), /*Durable=*/false))
    return Warn(llvm::toString(std::move(Err)));
}

} // namespace porttidy
