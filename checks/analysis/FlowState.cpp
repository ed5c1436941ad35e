//===--- FlowState.cpp - the dataflow state at one program point ----------===//

#include "FlowState.h"
#include <algorithm>
#include <iterator>

namespace clang::tidy::port {

SocketOrigin SocketOrigin::join(const SocketOrigin &Other) const {
  if (*this == Other)
    return *this;
  SocketOrigin Result;
  Result.Traced = Traced && Other.Traced;
  Result.Domain = Domain.join(Other.Domain);
  Result.Type = Type.join(Other.Type);
  Result.Protocol = Protocol.join(Other.Protocol);
  Result.Creator = Creator;
  return Result;
}

AddressValue AddressValue::join(const AddressValue &Other) const {
  AddressValue Result;
  Result.Port = Port.join(Other.Port);
  Result.Family = Family.join(Other.Family);
  Result.IsEndpoint = IsEndpoint && Other.IsEndpoint;
  Result.Weak = Weak || Other.Weak;
  std::set_union(PortStores.begin(), PortStores.end(),
                 Other.PortStores.begin(), Other.PortStores.end(),
                 std::back_inserter(Result.PortStores));
  return Result;
}

bool AddressValue::isInternet() const {
  if (IsEndpoint)
    return true;
  if (!Family.isKnown())
    return false;
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

template <typename Map> void intersect(Map &Mine, const Map &Theirs) {
  for (auto It = Mine.begin(); It != Mine.end();) {
    auto Found = Theirs.find(It->first);
    if (Found == Theirs.end()) {
      It = Mine.erase(It);
      continue;
    }
    It->second = It->second.join(Found->second);
    ++It;
  }
}
} // namespace

void FlowState::forget(const Place &Where) {
  eraseWithin(Addresses, Where);
  eraseWithin(Pointers, Where);
  eraseWithin(Sockets, Where);
  eraseWithin(Orders, Where);
}

void FlowState::forgetMembers() {
  eraseMembers(Addresses);
  eraseMembers(Pointers);
  eraseMembers(Sockets);
  eraseMembers(Orders);
}

void FlowState::join(const FlowState &Other) {
  intersect(Addresses, Other.Addresses);
  intersect(Pointers, Other.Pointers);
  intersect(Sockets, Other.Sockets);
  intersect(Orders, Other.Orders);
}

} // namespace clang::tidy::port
