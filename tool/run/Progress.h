//===--- Progress.h - how far the run is, on stderr -------------*- C++ -*-===//
//
// On a terminal, one stderr line rewritten in place as translation units
// finish. In CI logs (or with --progress) one plain `[12/80] src/net.c` line
// per finished unit, without terminal escapes, so a long run is not silent.
// Nothing otherwise (pipes, tests).
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_PROGRESS_H
#define PORTTIDY_TOOL_PROGRESS_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>

namespace porttidy {

enum class ProgressStyle { None, Terminal, Lines };

class Progress {
public:
  Progress(size_t Total, ProgressStyle Style) : Total(Total), Style(Style) {}
  ~Progress() { clear(); }

  /// Counts \p File as done and shows `[done/total] file`.
  void finished(llvm::StringRef File);
  /// Erases the terminal line, so what follows starts on a clean one.
  void clear();

private:
  size_t Total;
  size_t Done = 0;
  ProgressStyle Style;
  bool Shown = false;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_PROGRESS_H
