//===--- FactsBuilder.cpp - the CFG and the fixpoint -----------------------===//

#include "FactsBuilder.h"
#include "AddressTypes.h"
#include "ExprShapes.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include <deque>

namespace clang::tidy::port {

namespace {
/// True if no edge leads back to an earlier block of `Order` (a reverse
/// post-order of the reachable blocks): the function has no loop.
bool isAcyclic(llvm::ArrayRef<const CFGBlock *> Order) {
  llvm::DenseMap<const CFGBlock *, unsigned> Position;
  unsigned Next = 0;
  for (const CFGBlock *Block : Order)
    Position[Block] = Next++;
  for (const CFGBlock *Block : Order)
    for (const CFGBlock *Succ : Block->succs())
      if (Succ && Position.lookup(Succ) <= Position.lookup(Block))
        return false;
  return true;
}
} // namespace

void FactsBuilder::run() {
  CFG::BuildOptions Options;
  // Elements only for the statements transfer() acts on (and each full
  // statement, which the CFG adds anyway): every other node as an element
  // would cost a CFG slot and a visit and decide nothing.
  for (Stmt::StmtClass Class :
       {Stmt::DeclStmtClass, Stmt::BinaryOperatorClass,
        Stmt::CompoundAssignOperatorClass, Stmt::UnaryOperatorClass,
        Stmt::ImplicitCastExprClass, Stmt::CallExprClass,
        Stmt::CXXMemberCallExprClass, Stmt::CXXOperatorCallExprClass,
        Stmt::UserDefinedLiteralClass, Stmt::ReturnStmtClass})
    Options.setAlwaysAdd(Class);
  Options.AddImplicitDtors = false;
  Options.AddTemporaryDtors = false;
  Options.AddCXXDefaultInitExprInCtors = false;
  // A constructor's member initializers set up the object's sockets.
  Options.AddInitializers = true;
  // A local's facts die with it: without this the state of a long function
  // holds every local ever declared and each block copies them all, which
  // makes the analysis quadratic in function length.
  Options.AddLifetime = true;
  Facts.Graph = CFG::buildCFG(Function, Function->getBody(), &Ctx, Options);
  if (!Facts.Graph)
    return;

  // Forward dataflow, blocks in reverse post-order.
  const CFG &Graph = *Facts.Graph;
  auto step = [this](const CFGElement &Element) {
    if (std::optional<CFGStmt> S = Element.getAs<CFGStmt>())
      transfer(S->getStmt());
    else if (std::optional<CFGInitializer> Init = Element.getAs<CFGInitializer>())
      transferInitializer(Init->getInitializer());
    else if (std::optional<CFGLifetimeEnds> End =
                 Element.getAs<CFGLifetimeEnds>())
      State.forget(Place{End->getVarDecl(), {}});
  };
  // Only entry states are kept: a block is revisited when its entry grows,
  // so exit states would double the memory and decide nothing.
  std::vector<std::optional<FlowState>> Entry(Graph.getNumBlockIDs());
  // Joins the state leaving a block into a successor's entry; true if that
  // entry is new or grew.
  auto flowInto = [&](const CFGBlock *Succ) {
    std::optional<FlowState> &In = Entry[Succ->getBlockID()];
    if (In)
      return In->join(State);
    In = State;
    return true;
  };
  // The view iterates in reverse post-order despite its name.
  PostOrderCFGView Order(&Graph);
  Blocks.assign(Order.begin(), Order.end());
  Entry[Graph.getEntry().getBlockID()] = entryState();

  // Without loops every predecessor comes first in reverse post-order, so
  // one pass reaches the fixpoint and can record as it goes, holding only
  // the states of blocks not yet reached instead of one per block.
  bool Acyclic = isAcyclic(Blocks);
  if (!Acyclic) {
    std::vector<bool> Queued(Graph.getNumBlockIDs(), false);
    std::deque<const CFGBlock *> Work;
    Work.push_back(&Graph.getEntry());
    Queued[Graph.getEntry().getBlockID()] = true;
    // Widening is unnecessary (the lattice is shallow) but guard anyway.
    unsigned Budget = 64 * (Graph.getNumBlockIDs() + 1);
    while (!Work.empty() && Budget--) {
      const CFGBlock *Block = Work.front();
      Work.pop_front();
      Queued[Block->getBlockID()] = false;
      State = *Entry[Block->getBlockID()];
      for (const CFGElement &Element : *Block)
        step(Element);
      for (const CFGBlock *Succ : Block->succs())
        if (Succ && flowInto(Succ) && !Queued[Succ->getBlockID()]) {
          Queued[Succ->getBlockID()] = true;
          Work.push_back(Succ);
        }
    }
  }

  // The recording pass, with final entry states; each is read once.
  Recording = true;
  for (const CFGBlock *Block : Blocks) {
    std::optional<FlowState> &In = Entry[Block->getBlockID()];
    if (!In)
      continue; // unreachable
    State = std::move(*In);
    In.reset();
    CurrentBlock = Block;
    CurrentElement = 0;
    for (const CFGElement &Element : *Block) {
      step(Element);
      CurrentElement += SubPositions;
    }
    if (Block == &Graph.getExit())
      Exit = State;
    if (Acyclic)
      for (const CFGBlock *Succ : Block->succs())
        if (Succ)
          flowInto(Succ);
  }
  if (Summarizing)
    summarize();
  Facts.Summarized = Summarizing;
}

FlowState FactsBuilder::entryState() const {
  // What the caller decides stays symbolic: the descriptor and integer
  // values it passes, and what its address objects hold.
  FlowState Entry;
  auto SeedAddress = [&](const Place &Where, QualType Type) {
    if (isSocketAddressType(Type) || Type->isVoidType()) {
      AddressValue Value;
      Value.Port = Value.Family = AbstractValue::entry();
      Entry.Addresses[Where] = Value;
    } else if (isAsioEndpointType(Type)) {
      AddressValue Value;
      Value.Port = AbstractValue::entry();
      Value.IsEndpoint = true;
      Entry.Addresses[Where] = Value;
    }
  };
  for (unsigned I = 0; I < Function->getNumParams(); ++I) {
    const ParmVarDecl *Param = Function->getParamDecl(I);
    Place Where{Param, {}};
    QualType Type = parameterType(Param);
    // A parameter the body never writes keeps the caller's descriptor,
    // integer and pointer without a map entry (see parameterOrigin); only
    // written ones are seeded, so that a write shows.
    bool Written = Escapes.WrittenParameters.count(Param);
    if (Type->isIntegerType()) {
      if (Written) {
        Entry.Sockets[Where] = SocketOrigin::parameter(I);
        Entry.Values.insert_or_assign(Where, AbstractValue::parameter(I));
      }
      continue;
    }
    if (isEscaped(Where) || !(Type->isPointerType() || Type->isReferenceType()))
      continue;
    QualType Pointee = Type->getPointeeType();
    if (Type->isPointerType() && Written)
      Entry.Pointers[Where] = Pointee::to(Where);
    SeedAddress(Where, Pointee);
    // The addresses inside a structure the parameter points to.
    if (const RecordDecl *Record = Pointee.getCanonicalType()->getAsRecordDecl();
        Record && !isSocketAddressType(Pointee) && Record->getDefinition())
      for (const FieldDecl *Field : Record->getDefinition()->fields())
        SeedAddress(Where.child(Field), Field->getType());
  }
  return Entry;
}

std::unique_ptr<FunctionFacts>
FunctionFacts::build(const FunctionDecl *Function, ASTContext &Ctx,
                     const AnalysisConfig &Config, TranslationUnitFacts &Unit) {
  std::unique_ptr<FunctionFacts> Facts(new FunctionFacts());
  Facts->Function = Function;
  Facts->Ctx = &Ctx;
  Facts->Body = Function->getBody();
  Facts->Unit = &Unit;
  if (Function->hasBody() && Function->getBody())
    FactsBuilder(*Facts, Function, Ctx, Config, Unit).run();
  return Facts;
}

} // namespace clang::tidy::port
