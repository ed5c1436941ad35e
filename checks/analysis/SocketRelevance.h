//===--- SocketRelevance.h - may a function touch sockets at all -*- C++ -*-===//
//
// Summarising a helper costs its CFG and dataflow. Most helpers a socket
// function calls (logging, string handling, allocation) never touch a
// socket or an address, and summarising them would analyse nearly every
// function of the translation unit. One cheap look at a body, remembered,
// tells them apart: a function that names no socket call, no address type
// and no port field, and calls no function that does, is left to the
// unknown-call rules as before.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_SOCKETRELEVANCE_H
#define PORTTIDY_ANALYSIS_SOCKETRELEVANCE_H

#include "SocketApi.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::port {

class SocketRelevance {
public:
  /// True if the definition `Function` may make socket calls or touch
  /// addresses or ports, itself or through the functions it calls.
  bool mayTouchSockets(const FunctionDecl *Function,
                       llvm::ArrayRef<ExtraSocketFunction> Extras);

  void reset() { Known.clear(); }

private:
  /// True once decided; absent while being decided (a recursive call
  /// counts as not touching, which the caller's own body then decides).
  llvm::DenseMap<const FunctionDecl *, bool> Known;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETRELEVANCE_H
