//===--- FunctionFacts.cpp - questions about one function ------------------===//

#include "FunctionFacts.h"
#include "RawSocketContext.h"
#include "SocketCreation.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"
#include <deque>

namespace clang::tidy::port {

FunctionFacts::~FunctionFacts() = default;

bool FunctionFacts::hasRawSocketContext() const {
  if (!RawContext)
    RawContext = port::hasRawSocketContext(Function, *Ctx);
  return *RawContext;
}

const BodyParents &FunctionFacts::parents() const {
  if (!Parents)
    Parents = std::make_unique<BodyParents>(Body);
  return *Parents;
}

const CallFacts *FunctionFacts::lookup(const CallExpr *Call) const {
  auto Found = CallIndex.find(Call);
  return Found == CallIndex.end() || Found->second.empty()
             ? nullptr
             : &Calls[Found->second.front()];
}

llvm::SmallVector<const CallFacts *, 2>
FunctionFacts::callsAt(const CallExpr *Call) const {
  llvm::SmallVector<const CallFacts *, 2> Result;
  auto Found = CallIndex.find(Call);
  if (Found != CallIndex.end())
    for (unsigned Index : Found->second)
      Result.push_back(&Calls[Index]);
  return Result;
}

const CallFacts *
FunctionFacts::lookup(const CXXConstructExpr *Construct) const {
  auto Found = Constructions.find(Construct);
  return Found == Constructions.end() ? nullptr : &Found->second;
}

namespace {
/// Calls `Visit` on the items of `PerBlock` that may run after element
/// `Element` of `Block` and satisfy `Wanted`, nearest blocks first, until it
/// returns false. Callers that stop at the first deciding item keep a
/// function with many socket calls linear.
template <typename Item, typename Pred>
void visitAfter(
    const llvm::DenseMap<const CFGBlock *, std::vector<Item>> &PerBlock,
    unsigned NumBlocks, const CFGBlock *Block, unsigned Element, Pred Wanted,
    llvm::function_ref<bool(const Item &)> Visit) {
  // False once `Visit` asked to stop.
  auto VisitIn = [&](const CFGBlock *B, bool AfterElement) {
    auto Found = PerBlock.find(B);
    if (Found == PerBlock.end())
      return true;
    for (const Item &I : Found->second)
      if ((!AfterElement || I.Element > Element) && Wanted(I) && !Visit(I))
        return false;
    return true;
  };
  if (!VisitIn(Block, /*AfterElement=*/true))
    return;
  llvm::BitVector Seen(NumBlocks);
  std::deque<const CFGBlock *> Work(Block->succ_begin(), Block->succ_end());
  while (!Work.empty()) {
    const CFGBlock *Next = Work.front();
    Work.pop_front();
    if (!Next || Seen.test(Next->getBlockID()))
      continue;
    Seen.set(Next->getBlockID());
    // Reaching the starting block again (a loop) sees all of it.
    if (!VisitIn(Next, /*AfterElement=*/false))
      return;
    Work.insert(Work.end(), Next->succ_begin(), Next->succ_end());
  }
}

template <typename Item, typename Pred>
std::vector<const Item *> collectAfter(
    const llvm::DenseMap<const CFGBlock *, std::vector<Item>> &PerBlock,
    unsigned NumBlocks, const CFGBlock *Block, unsigned Element, Pred Wanted) {
  std::vector<const Item *> Result;
  visitAfter<Item>(PerBlock, NumBlocks, Block, Element, Wanted,
                   [&](const Item &I) {
                     Result.push_back(&I);
                     return true;
                   });
  return Result;
}
} // namespace

bool FunctionFacts::mayRunAfter(const CFGBlock *From, unsigned FromElement,
                                const CFGBlock *To, unsigned ToElement) const {
  if (!From || !To)
    return false;
  if (From == To && ToElement > FromElement)
    return true;
  llvm::DenseSet<const CFGBlock *> Seen;
  std::vector<const CFGBlock *> Work(From->succ_begin(), From->succ_end());
  while (!Work.empty()) {
    const CFGBlock *Next = Work.back();
    Work.pop_back();
    if (!Next || !Seen.insert(Next).second)
      continue;
    if (Next == To)
      return true;
    Work.insert(Work.end(), Next->succ_begin(), Next->succ_end());
  }
  return false;
}

bool FunctionFacts::isStoredOrReturned(const Place &Socket) const {
  auto [Memo, Added] = StoredOrReturned.try_emplace(Socket, false);
  if (Added)
    for (const auto &[Block, BlockUses] : Uses)
      for (const SocketUse &Use : BlockUses)
        if (Use.What == SocketUse::Kind::Escape && !isa<CallExpr>(Use.Where) &&
            Socket.isWithin(Use.Socket))
          Memo->second = true;
  return Memo->second;
}

bool FunctionFacts::hasCallWithRole(const Place &Socket, SocketRole Role) const {
  for (const auto &[Block, BlockUses] : Uses)
    for (const SocketUse &Use : BlockUses)
      if (Use.What == SocketUse::Kind::Call && Use.Role == Role &&
          Socket.isWithin(Use.Socket))
        return true;
  return false;
}

std::vector<const SocketUse *>
FunctionFacts::usesAfter(const CallFacts &From, const Place &Socket) const {
  return collectAfter(Uses, Graph->getNumBlockIDs(), From.Block, From.Element,
                      [&](const SocketUse &Use) {
                        return Socket.isWithin(Use.Socket);
                      });
}

void FunctionFacts::visitUsesAfter(
    const CallFacts &From, const Place &Socket,
    llvm::function_ref<bool(const SocketUse &)> Visit) const {
  visitAfter<SocketUse>(
      Uses, Graph->getNumBlockIDs(), From.Block, From.Element,
      [&](const SocketUse &Use) { return Socket.isWithin(Use.Socket); },
      Visit);
}

std::vector<const AddressRead *>
FunctionFacts::addressReadsAfter(const CallFacts &From,
                                 const Place &Object) const {
  return collectAfter(Reads, Graph->getNumBlockIDs(), From.Block, From.Element,
                      [&](const AddressRead &Read) {
                        return Object.isWithin(Read.Object);
                      });
}

SocketOrigin FunctionFacts::originOf(const CallFacts &Facts) const {
  return Unit ? Unit->resolveThroughCallers(Function, Facts.Origin)
              : Facts.Origin;
}

SocketKind FunctionFacts::socketKind(const CallFacts &Facts) const {
  const SocketOrigin Origin = originOf(Facts);
  auto MaybeRaw = [&] {
    return hasRawSocketContext() ? SocketKind::RawOrIcmp : SocketKind::Unknown;
  };
  if (Origin.Domain.is(AfUnix))
    return SocketKind::Local;
  if (Origin.Domain.is(AfPacket))
    return SocketKind::RawOrIcmp;
  // Raw or ping: an ICMP socket of whatever type has no ports.
  if (Origin.Traced && Origin.isIcmp())
    return SocketKind::RawOrIcmp;
  if (!Origin.Traced || !Origin.Type.isKnown())
    return MaybeRaw();
  switch (Origin.Type.value()) {
  case SockRaw:
    return SocketKind::RawOrIcmp;
  case SockStream:
  case SockSeqPacket:
    return SocketKind::Stream;
  case SockDgram:
    if (Origin.Protocol.is(IpProtoIcmp) || Origin.Protocol.is(IpProtoIcmpV6))
      return SocketKind::RawOrIcmp;
    // A datagram socket of unknown protocol may be a ping socket.
    if (!Origin.Protocol.isKnown() && hasRawSocketContext())
      return SocketKind::RawOrIcmp;
    return SocketKind::Datagram;
  default:
    return MaybeRaw();
  }
}


} // namespace clang::tidy::port
