//===--- FileSystemSetup.cpp - the file system the analysis reads ---------===//

#include "FileSystemSetup.h"
#include "cli/Messages.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

namespace porttidy {

llvm::Expected<FileSystemPtr> makeFileSystem(const CommandLine &Args) {
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Real =
      llvm::vfs::getRealFileSystem();
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(Real);
  for (const std::string &Path : Args.VfsOverlays) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        Real->getBufferForFile(Path);
    if (!Text)
      return makeError("cannot read --vfsoverlay '" + Path +
                       "': " + Text.getError().message());
    std::string Problem;
    auto OnDiagnostic = [](const llvm::SMDiagnostic &Diag, void *Context) {
      auto &First = *static_cast<std::string *>(Context);
      if (First.empty())
        First = (llvm::Twine(Diag.getLineNo()) + ":" +
                 llvm::Twine(Diag.getColumnNo() + 1) + ": " +
                 Diag.getMessage())
                    .str();
    };
    std::unique_ptr<llvm::vfs::FileSystem> Overlay = llvm::vfs::getVFSFromYAML(
        std::move(*Text), OnDiagnostic, Path, &Problem, Real);
    if (!Overlay)
      return makeError("invalid --vfsoverlay '" + Path + "'" +
                       (Problem.empty() ? "" : ": " + Problem));
    FS->pushOverlay(std::move(Overlay));
  }
  return FS;
}

} // namespace porttidy
