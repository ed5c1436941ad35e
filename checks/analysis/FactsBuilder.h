//===--- FactsBuilder.h - builds the socket facts of a function -*- C++ -*-===//
//
// The builder behind FunctionFacts::build, in four parts, one file each:
// resolution (which place an expression names, what value an initializer
// gives), transfer (what a statement does to the dataflow state), recording
// (what the final pass writes into the facts) and the driver (the CFG and
// the fixpoint).
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_FACTSBUILDER_H
#define PORTTIDY_ANALYSIS_FACTSBUILDER_H

#include "EscapedObjects.h"
#include "FlowState.h"
#include "FunctionFacts.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::port {

class FactsBuilder {
public:
  FactsBuilder(FunctionFacts &Facts, const FunctionDecl *Function,
               ASTContext &Ctx, const AnalysisConfig &Config,
               QueryOracle QueriesParameter, FieldOracle FieldOrigin)
      : Facts(Facts), Function(Function), Ctx(Ctx), Extras(Config.Extras),
        QueriesParameter(QueriesParameter), FieldOrigin(FieldOrigin),
        Escaped(findEscapedObjects(Function->getBody())) {}

  void run();

private:
  // Resolution of expressions to places.
  std::optional<Target> targetOfLValue(const Expr *E) const;
  std::optional<Target> targetOfPointer(const Expr *E) const;
  Pointee pointeeOf(const Expr *E) const;
  SocketOrigin originOf(const Expr *E) const;
  SocketOrigin storedOrigin(const Place &Where) const;
  AddressValue valueOfInitializer(const Expr *Init, QualType Type) const;
  AddressValue valueOfInitList(const InitListExpr *List, QualType Type) const;
  AbstractValue portOfEndpointConstruction(const CXXConstructExpr *Construct) const;
  AbstractValue valueOfField(const Expr *Init) const;
  void recordInitializedPort(const Place &Where, const InitListExpr *List,
                             QualType Type);

  // The transfer function.
  void transfer(const Stmt *S);
  void transferDecl(const VarDecl *Var);
  void transferAssignment(const Expr *LHS, const Expr *RHS, SourceLocation Loc);
  void transferCall(const CallExpr *Call);
  void havocArguments(const CallExpr *Call);
  void havoc(const Target &T);
  void setPort(const Target &T, AbstractValue Port,
               const Expr *StoredValue = nullptr);
  void setFamily(const Target &T, AbstractValue Family);

  // Recording, in the final pass only.
  void recordCall(const CallExpr *Call, const SocketCall &Api);
  void recordBindingConstruction(const VarDecl *Var,
                                 const CXXConstructExpr *Construct);
  void recordEscapes(const Stmt *S);
  void recordUse(SocketUse Use);
  void recordRead(const Place &Object, const Stmt *Where,
                  AddressPart Part = AddressPart::Whole);
  void recordPortWrite(const Place &Object, const FieldDecl *Field,
                       const Expr *Value);
  void recordStoredSocket(const Expr *Value);
  ByteOrder orderOfLocal(const VarDecl *Var) const;
  void setOrder(const Target &T, ByteOrder Order);
  AddressFacts addressFacts(const SocketCall &Api) const;
  std::optional<Place> socketPlace(const SocketCall &Api) const;
  SocketOrigin originForApi(const SocketCall &Api,
                            const std::optional<Place> &Where) const;

  FunctionFacts &Facts;
  const FunctionDecl *Function;
  ASTContext &Ctx;
  llvm::ArrayRef<ExtraSocketFunction> Extras;
  QueryOracle QueriesParameter;
  FieldOracle FieldOrigin;
  llvm::DenseSet<const VarDecl *> Escaped;

  FlowState State;
  bool Recording = false;
  const CFGBlock *CurrentBlock = nullptr;
  unsigned CurrentElement = 0;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FACTSBUILDER_H
