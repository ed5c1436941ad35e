//===--- JsonSyntax.h - is a text well-formed JSON --------------*- C++ -*-===//
//
// clang's JSON compilation database reads the file with LLVM's YAML parser,
// which takes some broken JSON (a missing comma) without a word. Checking
// with llvm::json::parse builds every value and costs three times the
// database load; this only scans.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_JSONSYNTAX_H
#define PORTTIDY_TOOL_JSONSYNTAX_H

#include "llvm/ADT/StringRef.h"

namespace porttidy {

/// True if \p Text is one JSON value (RFC 8259 grammar) with only
/// whitespace around it. Strings' UTF-8 is not checked.
bool isWellFormedJson(llvm::StringRef Text);

} // namespace porttidy

#endif // PORTTIDY_TOOL_JSONSYNTAX_H
