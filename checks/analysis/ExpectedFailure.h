//===--- ExpectedFailure.h - calls a test asserts to fail -------*- C++ -*-===//
//
// Tests check that a call fails: `QVERIFY(!server.listen(bad_address))`,
// `EXPECT_FALSE(server.listen())`. After such an assertion the program goes
// on only when nothing was bound, so what the call would have done is not a
// finding.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_EXPECTEDFAILURE_H
#define PORTTIDY_ANALYSIS_EXPECTEDFAILURE_H

#include "BodyParents.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::port {

/// True if `Call` returns `bool` (true on success) and its result, directly
/// or through a `bool` local initialised with it, is negated and handed to a
/// function or constructor: an assertion that it failed.
bool isAssertedToFail(const CallExpr *Call, const Stmt *Body,
                      const BodyParents &Parents);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_EXPECTEDFAILURE_H
