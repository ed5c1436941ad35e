//===--- UserCodeScope.h - match only in the user's own code ----*- C++ -*-===//
//
// clang-tidy 19 walks the whole AST, system headers included, once to build
// the parent map (forCallable, hasParent) and once to run the matchers. The
// checks never report in system headers, so the CLI narrows the AST's
// traversal scope to the top-level declarations written outside them (the
// main file and user headers) before the checks run. Code in system headers
// is still there to look up (callee definitions, record fields); it is just
// not walked.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_USERCODESCOPE_H
#define PORTTIDY_TOOL_USERCODESCOPE_H

#include "clang/AST/ASTConsumer.h"
#include <memory>

namespace porttidy {

/// An AST consumer to run first in a MultiplexConsumer: it restricts the
/// traversal scope of the translation unit to declarations outside system
/// headers, for the consumers after it.
std::unique_ptr<clang::ASTConsumer> makeUserCodeScope();

} // namespace porttidy

#endif // PORTTIDY_TOOL_USERCODESCOPE_H
