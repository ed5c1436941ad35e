//===--- FileSystemSetup.h - the file system the analysis reads -*- C++ -*-===//
//
// The real file system, with `--vfsoverlay` files laid over it as clang-tidy
// does (clang's YAML overlay format: virtual paths mapped to real ones). The
// run and its -j workers build the same one.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_FILESYSTEMSETUP_H
#define PORTTIDY_TOOL_FILESYSTEMSETUP_H

#include "TidyRunner.h"
#include "cli/CommandLine.h"
#include "llvm/Support/Error.h"

namespace porttidy {

/// Fails with a one-line message when an overlay cannot be read or parsed.
llvm::Expected<FileSystemPtr> makeFileSystem(const CommandLine &Args);

} // namespace porttidy

#endif // PORTTIDY_TOOL_FILESYSTEMSETUP_H
