//===--- FunctionFacts.h - the socket analysis of one function --*- C++ -*-===//
//
// Built once per function: one CFG, one forward dataflow over it that follows
// descriptors (to their socket() call), address objects (port and family on
// every path, through casts, aliases, msghdr and memset), and then answers
// per call and "what happens to this socket afterwards".
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_FUNCTIONFACTS_H
#define PORTTIDY_ANALYSIS_FUNCTIONFACTS_H

#include "BodyParents.h"
#include "FunctionSummary.h"
#include "SocketFacts.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::port {

/// What a check may add to the analysis through its options.
struct AnalysisConfig {
  /// The project's own socket wrappers.
  std::vector<ExtraSocketFunction> Extras;
  /// Functions that learn a socket's port when given its descriptor.
  std::vector<std::string> QueryFunctions;
};

/// What the facts of one function ask of the rest of the translation unit.
class TranslationUnitFacts {
public:
  virtual ~TranslationUnitFacts() = default;
  /// The summary of the function `Call` runs, or null when what it does is
  /// not known here (no definition in this translation unit, recursion, a
  /// weak definition, a virtual call).
  virtual const FunctionSummary *summaryOf(const CallExpr *Call) = 0;
  /// Which socket() call a struct field holding a descriptor comes from,
  /// across the translation unit (see FieldSockets.h).
  virtual SocketOrigin fieldOrigin(const FieldDecl *Field) = 0;
  /// The callers' context of a function only this translation unit calls:
  /// `Origin`, made inside `Function` from its parameters, with what each
  /// call passes put in, joined over the calls; unknown parts for other
  /// functions.
  virtual SocketOrigin resolveThroughCallers(const FunctionDecl *Function,
                                             const SocketOrigin &Origin) = 0;
  /// False for a function whose summary no call here can ask for: a free
  /// function the translation unit never names (most functions of a
  /// program), so its summary need not be built.
  virtual bool mayBeCalledHere(const FunctionDecl *Function) = 0;
};

/// What a call passes as one argument, for the callee's callers' context.
struct PassedArgument {
  SocketOrigin Origin;
  AbstractValue Value = AbstractValue::unknown();
};

class FunctionFacts {
public:
  /// Analyses `Function`'s body; never null, but empty when it has no CFG.
  static std::unique_ptr<FunctionFacts> build(const FunctionDecl *Function,
                                              ASTContext &Ctx,
                                              const AnalysisConfig &Config,
                                              TranslationUnitFacts &Unit);

  /// The facts for a socket call in this function, or null if `Call` is not
  /// a recognised socket call or is unreachable. For a call of a helper
  /// that makes socket calls on the caller's sockets, the first of them.
  const CallFacts *lookup(const CallExpr *Call) const;
  /// The origin of the descriptor stored into an integer member by the
  /// assignment or initializer whose value is `Value` (see FieldSockets).
  SocketOrigin storedOrigin(const Expr *Value) const {
    auto Found = StoredOrigins.find(Value);
    return Found == StoredOrigins.end() ? SocketOrigin() : Found->second;
  }

  /// Every socket call recorded in the function.
  llvm::ArrayRef<CallFacts> calls() const { return Calls; }

  /// The socket call behind a Call use.
  const CallFacts *callOf(const SocketUse &Use) const {
    return Use.CallIndex < Calls.size() ? &Calls[Use.CallIndex] : nullptr;
  }
  /// Every socket call made at `Call`: the call itself, or the ones a
  /// helper makes on the caller's sockets, in order.
  llvm::SmallVector<const CallFacts *, 2> callsAt(const CallExpr *Call) const;

  /// What a call to this function does, for its callers: handed over once.
  FunctionSummary takeSummary() { return std::move(Summary); }
  bool hasSummary() const { return Summarized; }
  /// The Bind facts for an asio socket or acceptor variable constructed on
  /// an endpoint (`tcp::acceptor a(io, endpoint)`), or null.
  const CallFacts *lookup(const CXXConstructExpr *Construct) const;

  /// True if the descriptor at `Socket` is stored or returned anywhere in
  /// the function (escapes other than a call's argument). Remembered per
  /// place, so asking for every bind of one socket stays linear.
  bool isStoredOrReturned(const Place &Socket) const;
  /// True if some call anywhere in the function has `Role` on `Socket`.
  bool hasCallWithRole(const Place &Socket, SocketRole Role) const;

  /// Every use of the descriptor at `Socket` that may run after `From`, in
  /// no particular order. Uses of places containing it (a struct passed on)
  /// count too.
  std::vector<const SocketUse *> usesAfter(const CallFacts &From,
                                           const Place &Socket) const;

  /// Calls `Visit` on the uses `usesAfter` returns, nearest first, until it
  /// returns false: a check that stops at the first deciding use costs
  /// little however many calls follow.
  void visitUsesAfter(const CallFacts &From, const Place &Socket,
                      llvm::function_ref<bool(const SocketUse &)> Visit) const;

  /// Reads of the address object `Object` that may run after `From`.
  std::vector<const AddressRead *> addressReadsAfter(const CallFacts &From,
                                                     const Place &Object) const;

  /// True if element `ToElement` of `To` may run after element
  /// `FromElement` of `From` on some path (uses and reads carry their block).
  bool mayRunAfter(const CFGBlock *From, unsigned FromElement,
                   const CFGBlock *To, unsigned ToElement) const;

  /// Every use of a socket in the function, in no particular order.
  void forEachUse(llvm::function_ref<void(const SocketUse &)> Visit) const {
    for (const auto &[Block, BlockUses] : Uses)
      for (const SocketUse &Use : BlockUses)
        Visit(Use);
  }

  /// True if the function makes socket calls or reads addresses.
  bool hasCalls() const { return !Calls.empty() || !Reads.empty(); }

  /// Every argument of a helper call that the helper stores into a port.
  llvm::ArrayRef<PortArgument> portArguments() const { return PortArguments; }

  /// Every store into a port field in this function, in source order.
  llvm::ArrayRef<PortWrite> portWrites() const { return PortWrites; }

  /// Whether the function names raw or ICMP machinery (IPPROTO_ICMP,
  /// SOCK_RAW, IP/ICMP header structs...): descriptors that cannot be traced
  /// may then be raw sockets, on which port 0 is right.
  /// Scanned on first use: most functions never ask.
  bool hasRawSocketContext() const;

  /// The socket() call a call's descriptor comes from, with what the
  /// function's callers pass put in for its parameters.
  SocketOrigin originOf(const CallFacts &Facts) const;

  /// The kind of socket a call acts on, from its origin and the API.
  SocketKind socketKind(const CallFacts &Facts) const;

  /// What this function passes at each call of a function only this
  /// translation unit calls.
  const llvm::DenseMap<const CallExpr *, std::vector<PassedArgument>> &
  passedArguments() const {
    return Passed;
  }

  /// The body's statements, upwards; built on first use.
  const BodyParents &parents() const;

  ~FunctionFacts();

private:
  friend class FactsBuilder;
  FunctionFacts() = default;

  std::unique_ptr<CFG> Graph;
  /// Facts are large: a map holding them by value would be mostly empty
  /// buckets, so the map holds indices.
  std::vector<CallFacts> Calls;
  /// Where each call's facts are in `Calls`.
  llvm::DenseMap<const CallExpr *, llvm::SmallVector<unsigned, 1>> CallIndex;
  llvm::DenseMap<const CXXConstructExpr *, CallFacts> Constructions;
  /// Uses per block, in element order.
  llvm::DenseMap<const CFGBlock *, std::vector<SocketUse>> Uses;
  llvm::DenseMap<const CFGBlock *, std::vector<AddressRead>> Reads;
  std::vector<PortWrite> PortWrites;
  std::vector<PortArgument> PortArguments;
  FunctionSummary Summary;
  bool Summarized = false;
  llvm::DenseMap<const CallExpr *, std::vector<PassedArgument>> Passed;
  llvm::DenseMap<const Expr *, SocketOrigin> StoredOrigins;
  TranslationUnitFacts *Unit = nullptr;
  const FunctionDecl *Function = nullptr;
  const ASTContext *Ctx = nullptr;
  mutable std::optional<bool> RawContext;
  const Stmt *Body = nullptr;
  mutable std::unique_ptr<BodyParents> Parents;
  mutable std::map<Place, bool> StoredOrReturned;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FUNCTIONFACTS_H
