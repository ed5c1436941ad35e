//===--- HeaderIncluders.h - the translation units behind a header -*- C++ -*-//
//
// A header is not compiled on its own: its code is analysed in the files
// that include it. When a header is named (pre-commit passes the staged
// files, headers included) or staged, porttidy analyses the database's
// translation units that include it, directly or through other headers, and
// reports the findings in the header. The includes are read from the text
// (`#include` lines, matched by file name), so a header that is never
// spelled by name is missed, and a file including another header of the
// same name is analysed needlessly, never wrongly reported.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_HEADERINCLUDERS_H
#define PORTTIDY_TOOL_HEADERINCLUDERS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace porttidy {

/// Whether \p Path names a header by its extension (`.h`, `.hpp`, `.inl`...).
bool isHeaderName(llvm::StringRef Path);

/// The files of \p Units (the database's translation units) that include
/// \p Header, directly or through the headers found under \p SearchRoot,
/// sorted.
std::vector<std::string> unitsIncluding(llvm::StringRef Header,
                                        llvm::ArrayRef<std::string> Units,
                                        llvm::StringRef SearchRoot);

} // namespace porttidy

#endif // PORTTIDY_TOOL_HEADERINCLUDERS_H
