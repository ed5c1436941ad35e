//===--- FlowState.h - the dataflow state at one program point --*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_FLOWSTATE_H
#define PORTTIDY_ANALYSIS_FLOWSTATE_H

#include "ByteOrder.h"
#include "SocketFacts.h"
#include <map>

namespace clang::tidy::port {

/// Where a pointer (a local, or a msghdr's msg_name) points.
struct Pointee {
  enum class Kind {
    Null,
    Object,  ///< a place, or its port field (`&sa.sin_port`)
    Literal, ///< a compound literal (`&(struct sockaddr_in){...}`)
    Unknown,
  };
  Kind What = Kind::Unknown;
  Place Object;
  AddressPart Part = AddressPart::Whole;
  const CompoundLiteralExpr *Literal = nullptr;
  /// Set through array elements (`batch[i].msg_hdr.msg_name = &dst`): some
  /// elements point there, the others nowhere.
  bool OnSomeElements = false;

  static Pointee null() { return {Kind::Null, {}}; }
  static Pointee unknown() { return {Kind::Unknown, {}}; }
  static Pointee to(Place P, AddressPart Part = AddressPart::Whole) {
    Pointee Result{Kind::Object, std::move(P)};
    Result.Part = Part;
    return Result;
  }
  static Pointee literal(const CompoundLiteralExpr *Literal) {
    Pointee Result{Kind::Literal, {}};
    Result.Literal = Literal;
    return Result;
  }

  Pointee join(const Pointee &Other) const {
    if (*this == Other)
      return *this;
    // Elements pointed one by one at an object, the rest left null.
    auto SomeOf = [](const Pointee &A, const Pointee &B) {
      return A.What == Kind::Object && A.OnSomeElements &&
             (B.What == Kind::Null ||
              (B.What == Kind::Object && B.Object == A.Object &&
               B.Part == A.Part));
    };
    if (SomeOf(*this, Other))
      return *this;
    if (SomeOf(Other, *this))
      return Other;
    return unknown();
  }
  bool operator==(const Pointee &Other) const {
    return What == Other.What && Part == Other.Part &&
           Literal == Other.Literal && OnSomeElements == Other.OnSomeElements &&
           (What != Kind::Object || Object == Other.Object);
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
