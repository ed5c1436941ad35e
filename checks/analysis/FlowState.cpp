//===--- FlowState.cpp - the dataflow state at one program point ----------===//

#include "FlowState.h"
#include <algorithm>
#include <iterator>

namespace clang::tidy::port {

bool SocketOrigin::isIcmp() const {
  // IPPROTO_ICMP and IPPROTO_ICMPV6.
  return Icmp || Protocol.is(1) || Protocol.is(58);
}

SocketOrigin SocketOrigin::join(const SocketOrigin &Other) const {
  if (*this == Other || Other.NoSocket)
    return *this;
  if (NoSocket)
    return Other;
  SocketOrigin Result;
  Result.Traced = Traced && Other.Traced;
  if (Parameter == Other.Parameter)
    Result.Parameter = Parameter;
  Result.Domain = Domain.join(Other.Domain);
  Result.Type = Type.join(Other.Type);
  Result.Protocol = Protocol.join(Other.Protocol);
  Result.Icmp = Result.Traced && isIcmp() && Other.isIcmp();
  Result.Creator = Creator ? Creator : Other.Creator;
  return Result;
}

AddressValue AddressValue::join(const AddressValue &Other) const {
  AddressValue Result;
  Result.Port = Port.join(Other.Port);
  Result.Family = Family.join(Other.Family);
  Result.IsEndpoint = IsEndpoint && Other.IsEndpoint;
  Result.FromLookup = FromLookup && Other.FromLookup;
  Result.Weak = Weak || Other.Weak;
  std::set_union(PortStores.begin(), PortStores.end(),
                 Other.PortStores.begin(), Other.PortStores.end(),
                 std::back_inserter(Result.PortStores));
  if (FilledBy == Other.FilledBy && FilledAt == Other.FilledAt) {
    Result.FilledBy = FilledBy;
    Result.FilledAt = FilledAt;
  }
  return Result;
}

bool AddressValue::isInternet() const {
  if (IsEndpoint)
    return true;
  if (!Family.isKnown())
    return FromLookup && !Family.isSymbolic();
  // AF_INET is 2 everywhere; AF_INET6 is 10 on Linux, 23 on Windows, 24 on
  // NetBSD/OpenBSD, 28 on FreeBSD, 30 on Darwin.
  switch (Family.value()) {
  case 2: case 10: case 23: case 24: case 28: case 30:
    return true;
  default:
    return false;
  }
}

namespace {
template <typename Map> void eraseWithin(Map &M, const Place &Where) {
  for (auto It = M.lower_bound(Place{Where.Root, {}});
       It != M.end() && It->first.Root == Where.Root;)
    It = It->first.isWithin(Where) ? M.erase(It) : std::next(It);
}

template <typename Map> void eraseMembers(Map &M) {
  for (auto It = M.begin(); It != M.end();)
    It = isa<FieldDecl>(It->first.Root) ? M.erase(It) : std::next(It);
}

/// Keeps what both maps agree on; true if `Mine` changed.
template <typename Map> bool intersect(Map &Mine, const Map &Theirs) {
  bool Changed = false;
  for (auto It = Mine.begin(); It != Mine.end();) {
    auto Found = Theirs.find(It->first);
    if (Found == Theirs.end()) {
      It = Mine.erase(It);
      Changed = true;
      continue;
    }
    auto Joined = It->second.join(Found->second);
    if (!(Joined == It->second)) {
      It->second = std::move(Joined);
      Changed = true;
    }
    ++It;
  }
  return Changed;
}
} // namespace

void FlowState::forget(const Place &Where) {
  eraseWithin(Addresses, Where);
  eraseWithin(Pointers, Where);
  eraseWithin(Sockets, Where);
  eraseWithin(Orders, Where);
  eraseWithin(Values, Where);
}

void FlowState::forgetMembers() {
  eraseMembers(Addresses);
  eraseMembers(Pointers);
  eraseMembers(Sockets);
  eraseMembers(Orders);
  eraseMembers(Values);
}

bool FlowState::join(const FlowState &Other) {
  bool Changed = intersect(Addresses, Other.Addresses);
  Changed |= intersect(Pointers, Other.Pointers);
  Changed |= intersect(Sockets, Other.Sockets);
  Changed |= intersect(Orders, Other.Orders);
  Changed |= intersect(Values, Other.Values);
  return Changed;
}

} // namespace clang::tidy::port
