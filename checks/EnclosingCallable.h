//===--- EnclosingCallable.h - the function a node is in --------*- C++ -*-===//
//
// forCallable() asks the AST's parent map, and building that map walks and
// records every node in the translation unit: on socket-dense code it cost
// more than all of the checks' own work (bench/README.md). The match finder
// visits a callable before anything in its body, so a callback that keeps
// the callables seen so far answers the same question from source ranges:
// the innermost callable whose range holds a node is the node's.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ENCLOSINGCALLABLE_H
#define PORTTIDY_ENCLOSINGCALLABLE_H

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <memory>
#include <vector>

namespace clang::tidy::port {

class EnclosingCallable : public ast_matchers::MatchFinder::MatchCallback {
public:
  /// The tracker fed by `Finder`'s walk, registered there by the first check
  /// that asks and shared by the others of the translation unit.
  static std::shared_ptr<EnclosingCallable>
  registeredOn(ast_matchers::MatchFinder *Finder);

  void run(const ast_matchers::MatchFinder::MatchResult &Result) override;
  /// Shared by every port-* check, so clang-tidy's check profile shows it
  /// on a line of its own.
  llvm::StringRef getID() const override {
    return "port-*(enclosing callable)";
  }

  /// The definition of the function or lambda whose body holds `Node`, as
  /// `forCallable(functionDecl(isDefinition()))` would bind it: null outside
  /// any function and inside a block.
  const FunctionDecl *of(const Stmt &Node, const SourceManager &SM) const;

private:
  struct Callable {
    const FunctionDecl *Function; // null for a block
    SourceRange Range;
  };
  void open(const FunctionDecl *Function, SourceRange Range,
            const SourceManager &SM);

  /// The current top-level callable and those inside it seen so far. A
  /// callable is opened after the ones around it, so the last one holding a
  /// node is the innermost.
  std::vector<Callable> Open;
};

/// True if `Function`, or a function or class around it, is an
/// instantiation of a template: its code repeats the template's, which is
/// checked once by itself.
bool isInstantiatedCode(const FunctionDecl &Function);

} // namespace clang::tidy::port

#endif // PORTTIDY_ENCLOSINGCALLABLE_H
