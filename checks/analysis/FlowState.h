//===--- FlowState.h - the dataflow state at one program point --*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_FLOWSTATE_H
#define PORTTIDY_ANALYSIS_FLOWSTATE_H

#include "ByteOrder.h"
#include "SocketFacts.h"
#include <map>

namespace clang::tidy::port {

/// Where a pointer (a local, or a msghdr's msg_name) points.
struct Pointee {
  enum class Kind { Null, Object, Unknown };
  Kind What = Kind::Unknown;
  Place Object;

  static Pointee null() { return {Kind::Null, {}}; }
  static Pointee unknown() { return {Kind::Unknown, {}}; }
  static Pointee to(Place P) { return {Kind::Object, std::move(P)}; }

  Pointee join(const Pointee &Other) const {
    return *this == Other ? *this : unknown();
  }
  bool operator==(const Pointee &Other) const {
    return What == Other.What && (What != Kind::Object || Object == Other.Object);
  }
};

/// The byte order of a local integer, as a joinable value.
struct OrderValue {
  ByteOrder Order = ByteOrder::Unknown;
  OrderValue join(const OrderValue &Other) const {
    return {joinByteOrder(Order, Other.Order)};
  }
  bool operator==(const OrderValue &Other) const { return Order == Other.Order; }
};

/// Facts about every tracked place. A place missing from a map is unknown,
/// so joining two states keeps only what both paths agree on.
struct FlowState {
  std::map<Place, AddressValue> Addresses;
  std::map<Place, Pointee> Pointers;
  std::map<Place, SocketOrigin> Sockets;
  std::map<Place, OrderValue> Orders;
  /// Integer locals and parameters whose value is a constant or a
  /// parameter's on every path (socket() arguments, ports).
  std::map<Place, AbstractValue> Values;

  /// Forgets everything stored at or inside `Where`.
  void forget(const Place &Where);
  /// Forgets every member of `this` (a call may change them).
  void forgetMembers();
  /// Keeps what both states agree on; true if this state changed.
  bool join(const FlowState &Other);
  bool operator==(const FlowState &Other) const {
    return Addresses == Other.Addresses && Pointers == Other.Pointers &&
           Sockets == Other.Sockets && Orders == Other.Orders &&
           Values == Other.Values;
  }
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FLOWSTATE_H
