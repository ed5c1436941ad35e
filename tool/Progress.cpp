//===--- Progress.cpp - the [12/80] line on a terminal --------------------===//

#include "Progress.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace porttidy {

// Carriage return to the line start, then "erase to end of line".
static constexpr const char Rewind[] = "\r\x1b[K";

void Progress::finished(llvm::StringRef File) {
  ++Done;
  if (!Enabled)
    return;
  llvm::errs() << Rewind << '[' << Done << '/' << Total << "] "
               << llvm::sys::path::filename(File);
  llvm::errs().flush();
  Shown = true;
}

void Progress::clear() {
  if (!Shown)
    return;
  llvm::errs() << Rewind;
  llvm::errs().flush();
  Shown = false;
}

} // namespace porttidy
