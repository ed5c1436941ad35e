//===--- FactsBuilder.h - builds the socket facts of a function -*- C++ -*-===//
//
// The builder behind FunctionFacts::build, one part per file: resolution
// (which place an expression names, what value an initializer gives),
// transfer (what a statement does to the dataflow state), recording (what
// the final pass writes into the facts), the callee's side of summaries
// (what the function does for its callers) and the caller's side (what a
// call of a summarised helper does here), and the driver (the CFG and the
// fixpoint).
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_FACTSBUILDER_H
#define PORTTIDY_ANALYSIS_FACTSBUILDER_H

#include "AddressBuilders.h"
#include "AddressLookup.h"
#include "EscapedObjects.h"
#include "FlowState.h"
#include "FunctionFacts.h"
#include "llvm/ADT/DenseSet.h"
#include <map>

namespace clang::tidy::port {

class FactsBuilder {
public:
  FactsBuilder(FunctionFacts &Facts, const FunctionDecl *Function,
               ASTContext &Ctx, const AnalysisConfig &Config,
               TranslationUnitFacts &Unit)
      : Facts(Facts), Function(Function), Ctx(Ctx), Config(Config),
        Extras(Config.Extras), Unit(Unit),
        Escapes(findEscapedObjects(Function->getBody())),
        Summarizing(Unit.mayBeCalledHere(Function)) {}

  void run();

private:
  FlowState entryState() const;

  // Resolution of expressions to places (FactsResolution.cpp).
  std::optional<Target> targetOfLValue(const Expr *E) const;
  std::optional<Target> targetOfPointer(const Expr *E) const;
  /// The object an argument gives a callee: what a pointer points to, or
  /// what a reference parameter binds to.
  std::optional<Target> targetOfArgument(const Expr *Arg,
                                         QualType ParamType) const;
  Pointee pointeeOf(const Expr *E) const;
  SocketOrigin originOf(const Expr *E) const;
  /// The origin of a value stored into an integer: originOf, or no socket
  /// for the -1 sentinel.
  SocketOrigin originOfStored(const Expr *Value) const;
  SocketOrigin storedOrigin(const Place &Where) const;
  /// The parameter `Where` is, if the body never writes it.
  const ParmVarDecl *unwrittenParameter(const Place &Where) const;
  AbstractValue integerValue(const Expr *E) const;
  /// The parameter value a variable read holds, or unknown; no folding.
  AbstractValue parameterValue(const Expr *E) const;
  /// The value a read of a followed integer field holds (an addrinfo's
  /// ai_socktype copied from the hints), or unknown.
  AbstractValue fieldValue(const Expr *E) const;
  AddressValue valueOfInitializer(const Expr *Init, QualType Type) const;
  AddressValue valueOfInitList(const InitListExpr *List, QualType Type) const;
  AbstractValue portOfEndpointConstruction(const CXXConstructExpr *Construct) const;
  /// A field's initializer; a port field's as foldPortStore() reads it.
  AbstractValue valueOfField(const Expr *Init, bool IsPort = false) const;
  AbstractValue valueOfPortStore(const Expr *Value, SourceLocation Loc) const;
  /// The port field a helper call returns a pointer to, if it does.
  std::optional<Target> portFieldReturned(const Expr *E) const;
  /// The address a compound literal pointed at holds.
  std::optional<AddressValue> valueOfLiteral(const Pointee &Points) const;
  /// The msg_name pointers of a msghdr, an mmsghdr, or an array of them.
  std::optional<Place> messageNamePlace(const Place &Header, QualType Type) const;
  bool isEscaped(const Place &Where) const;

  // The transfer function (FactsTransfer.cpp).
  void transfer(const Stmt *S);
  void transferDecl(const VarDecl *Var);
  void transferAssignment(const Expr *LHS, const Expr *RHS, SourceLocation Loc);
  void transferCall(const CallExpr *Call);
  void havocArguments(const CallExpr *Call);
  void havoc(const Target &T);
  void havocMentioned(const Expr *LValue);
  /// getaddrinfo(): the result list, when its service gives port 0
  /// (FactsLookup.cpp).
  void transferLookup(const CallExpr *Call, const AddressLookup &Lookup);
  /// The hint fields an addrinfo initializer sets.
  void recordHints(const Place &Where, const InitListExpr *List);
  /// The address `memcpy` copies from `Source`, when it is followed.
  std::optional<AddressValue> copiedAddress(const Expr *Source) const;
  void setPort(const Target &T, AbstractValue Port,
               const Expr *StoredValue = nullptr);
  void setFamily(const Target &T, AbstractValue Family);
  void setSocket(const Place &Where, const SocketOrigin &Origin);
  void recordReturnedEvents(const Expr *Value, const Place &Where);
  void recordInitializedPort(const Place &Where, const InitListExpr *List,
                             QualType Type);
  ByteOrder orderOfLocal(const VarDecl *Var) const;
  ByteOrder orderOfCall(const CallExpr *Call) const;
  void setOrder(const Target &T, ByteOrder Order);

  // Recording, in the final pass only (FactsRecording.cpp).
  void recordCall(const CallExpr *Call, const SocketCall &Api);
  /// The use of the socket a recorded call names, and the listen its bind
  /// implies.
  void recordCallUse(unsigned CallIndex);
  /// True unless `OutParameter` is `&local` and the function never names
  /// that local again.
  bool isReadAfterwards(const Expr *OutParameter) const;
  /// A call that returns the socket it made, stored at `Where`.
  void recordReturnedSocket(const Place &Where, const Expr *Value);
  void recordBindingConstruction(const Place &Where, QualType Type,
                                 const CXXConstructExpr *Construct);
  void transferInitializer(const CXXCtorInitializer *Init);
  void recordEscapes(const Stmt *S);
  void recordUse(SocketUse Use);
  void recordRead(const Place &Object, const Stmt *Where,
                  AddressPart Part = AddressPart::Whole);
  void recordPortWrite(const Place &Object, const FieldDecl *Field,
                       const Expr *Value);
  void recordStoredSocket(const Expr *Value);
  void recordPassedArguments(const CallExpr *Call);
  AddressFacts addressFacts(const SocketCall &Api) const;
  void transferAddressBuild(const CallExpr *Call, const AddressBuild &Build);
  /// A ZeroMQ endpoint string's port, when it is a TCP endpoint's.
  AddressFacts endpointFacts(const SocketCall &Api) const;
  /// The listen() that a bind of an API that listens on binding implies.
  static SocketUse listenOfBind(SocketUse Bind);
  std::optional<Place> socketPlace(const SocketCall &Api) const;
  SocketOrigin originForApi(const SocketCall &Api,
                            const std::optional<Place> &Where) const;

  // A call of a summarised helper, at the call site (SummaryApplication.cpp).
  const FunctionSummary *summaryOf(const Expr *E) const;
  std::optional<Place> placeAtCall(const Subject &S, const CallExpr *Call) const;
  AbstractValue resolveValue(const AbstractValue &Value,
                             const AbstractValue &Before,
                             const CallExpr *Call) const;
  AddressValue resolveAddress(const AddressValue &Value,
                              const AddressValue *Before,
                              const CallExpr *Call) const;
  SocketOrigin resolveOrigin(const SocketOrigin &Origin,
                             const CallExpr *Call) const;
  void applySummary(const CallExpr *Call, const FunctionSummary &Summary);
  void recordEvents(const CallExpr *Call, const FunctionSummary &Summary);
  void recordPortArguments(const CallExpr *Call, const FunctionSummary &Summary);
  /// A port argument the callee stores (Converted: with htons()) at `Store`,
  /// or converts itself when it is a library call (no Store).
  void recordPortArgument(const CallExpr *Call, const Expr *Arg, bool Converted,
                          const Expr *Store);

  // The function's own summary (SummaryExtraction.cpp).
  void noteWrite(const Place &Where, bool Unknown);
  void recordReturn(const ReturnStmt *Return);
  void summarize();
  std::optional<Subject> subjectOf(const Place &Where) const;

  FunctionFacts &Facts;
  const FunctionDecl *Function;
  ASTContext &Ctx;
  const AnalysisConfig &Config;
  llvm::ArrayRef<ExtraSocketFunction> Extras;
  TranslationUnitFacts &Unit;
  EscapedObjects Escapes;
  /// Whether this function's summary is built (recordReturn, summarize).
  bool Summarizing;

  FlowState State;
  /// The reachable blocks in reverse post-order.
  std::vector<const CFGBlock *> Blocks;
  bool Recording = false;
  const CFGBlock *CurrentBlock = nullptr;
  /// Position of the element being transferred: its index in the block
  /// times SubPositions, so the several uses one helper call makes keep
  /// their order.
  unsigned CurrentElement = 0;

  // What the summary is read off.
  struct WrittenValues {
    bool Unknown = false; ///< written with something not followed
    std::optional<AddressValue> Address;
    std::optional<SocketOrigin> Socket;
  };
  /// Every write into a place under a parameter or a member, with the join
  /// of the values written there on any path.
  std::map<Place, WrittenValues> Written;
  /// Pointer parameters that are reassigned (places named after them may be
  /// other objects), and parameters and members a local reference is bound
  /// into (written unseen through it).
  llvm::DenseSet<const ValueDecl *> Unfollowed;
  /// An unknown call was made: it may change anything reachable from
  /// elsewhere, members of the caller's object included.
  bool CallsUnknown = false;
  std::optional<FlowState> Exit;
  struct ReturnedValue {
    const ReturnStmt *Return = nullptr;
    std::optional<SocketOrigin> Socket;
    std::optional<Place> SocketPlace;
    std::optional<AddressValue> Address;
    ByteOrder Order = ByteOrder::Unknown;
    std::optional<Target> Pointee;
  };
  std::vector<ReturnedValue> Returns;
  mutable llvm::DenseMap<const CallExpr *, const FunctionSummary *> CallSummaries;
  /// Uses of the socket a helper returns, until the result is stored.
  llvm::DenseMap<const CallExpr *, std::vector<SocketUse>> PendingReturned;
};

/// The positions of one CFG element (see FactsBuilder::CurrentElement).
constexpr unsigned SubPositions = 64;

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FACTSBUILDER_H
