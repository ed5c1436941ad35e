//===--- Progress.cpp - how far the run is, on stderr ---------------------===//

#include "Progress.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace porttidy {

// Carriage return to the line start, then "erase to end of line".
static constexpr const char Rewind[] = "\r\x1b[K";

/// \p File relative to the current directory when it lies below it.
static std::string shownPath(llvm::StringRef File) {
  llvm::SmallString<256> Current;
  if (llvm::sys::fs::current_path(Current))
    return File.str();
  llvm::SmallString<256> Path(File);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  llvm::StringRef Relative = Path;
  if (Relative.consume_front(Current) && !Relative.empty() &&
      llvm::sys::path::is_separator(Relative.front()))
    return Relative.drop_front().str();
  return Path.str().str();
}

void Progress::finished(llvm::StringRef File) {
  ++Done;
  switch (Style) {
  case ProgressStyle::None:
    return;
  case ProgressStyle::Lines:
    llvm::errs() << '[' << Done << '/' << Total << "] " << shownPath(File)
                 << '\n';
    break;
  case ProgressStyle::Terminal:
    llvm::errs() << Rewind << '[' << Done << '/' << Total << "] "
                 << llvm::sys::path::filename(File);
    Shown = true;
    break;
  }
  llvm::errs().flush();
}

void Progress::clear() {
  if (!Shown)
    return;
  llvm::errs() << Rewind;
  llvm::errs().flush();
  Shown = false;
}

} // namespace porttidy
