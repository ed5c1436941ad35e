//===--- Progress.h - the [12/80] line on a terminal ------------*- C++ -*-===//
//
// On a terminal, one stderr line rewritten in place as translation units
// finish; nothing at all otherwise (CI logs, pipes, tests).
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_PROGRESS_H
#define PORTTIDY_TOOL_PROGRESS_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>

namespace porttidy {

class Progress {
public:
  Progress(size_t Total, bool Enabled) : Total(Total), Enabled(Enabled) {}
  ~Progress() { clear(); }

  /// Counts \p File as done and shows `[done/total] file`.
  void finished(llvm::StringRef File);
  /// Erases the line, so what follows starts on a clean one.
  void clear();

private:
  size_t Total;
  size_t Done = 0;
  bool Enabled;
  bool Shown = false;
};

} // namespace porttidy

#endif // PORTTIDY_TOOL_PROGRESS_H
