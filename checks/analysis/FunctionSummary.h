//===--- FunctionSummary.h - what a call to a function does -----*- C++ -*-===//
//
// A function's effect on its caller, in terms of its parameters and its
// return value, on every path: the addresses it fills, the descriptors it
// creates, stores or acts on, the ports it takes and returns. It is read off
// the function's own facts (one CFG and one dataflow serve both) and applied
// at each call site, so a check sees through helpers without looking into
// them.
//
// Values that depend on the caller stay symbolic in a summary:
// `AbstractValue::entry()` is what the caller's object held before the call,
// `AbstractValue::parameter(i)` the value of integer argument `i`, and a
// SocketOrigin with `Parameter` set is the descriptor passed as argument `i`.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_FUNCTIONSUMMARY_H
#define PORTTIDY_ANALYSIS_FUNCTIONSUMMARY_H

#include "SocketFacts.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <vector>

namespace clang::tidy::port {

/// The fields that lead from what a parameter points to (or refers to, or,
/// for a descriptor passed by value, the parameter itself) to a place.
using FieldPath = llvm::SmallVector<const FieldDecl *, 2>;

/// Whose object a summary entry is about.
struct Subject {
  enum class Kind {
    Parameter, ///< what parameter `Index` points to, refers to or holds
    Member,    ///< a member of the object the method is called on: Path[0]
    Return,    ///< the value returned
  };
  Kind What = Kind::Parameter;
  unsigned Index = 0;
  FieldPath Path;
  bool operator==(const Subject &Other) const {
    return What == Other.What && Index == Other.Index && Path == Other.Path;
  }
};

/// A socket call the function makes on a descriptor its caller gave it or
/// gets back: a call on the caller's socket, so each call site is that call.
struct SocketEvent {
  enum class Kind { Call, Escape };
  Kind What = Kind::Call;
  SocketCall Api; ///< role, API and name of the call as made inside
  Subject Socket;
  /// The destination or local address, when the call has one: its value at
  /// the call (Entry parts are the caller's), and whose object it is when it
  /// is a parameter's (then the call site's value fills the Entry parts).
  std::optional<AddressValue> Address;
  std::optional<Subject> AddressOf;
  bool NullAddress = false; ///< sendto()/sendmsg() without a destination
  /// The calls inside the function that lead to the socket call, the first
  /// in its body and the last the socket call itself: for notes.
  llvm::SmallVector<const Expr *, 2> Chain;
};

/// What a parameter's object (or a place inside it) holds when the function
/// returns, if the function writes it.
struct PlaceEffect {
  Subject Where;
  /// Written in a way the summary cannot describe: the caller forgets it.
  bool Clobbered = false;
  std::optional<AddressValue> Address;
  std::optional<SocketOrigin> Socket;
  /// The descriptor is stored on some paths only: the caller's own stays
  /// possible.
  bool SocketOnSomePaths = false;
};

/// How an integer parameter reaches a port field.
enum class PortParameterUse {
  None,      ///< not stored into a port, or not only as itself
  AsIs,      ///< `sa->sin_port = port`: callers must pass network order
  Converted, ///< `sa->sin_port = htons(port)`: callers must pass host order
};

struct ParameterSummary {
  PortParameterUse Port = PortParameterUse::None;
  const Expr *PortStore = nullptr; ///< the store, for notes
};

/// What the function returns, when it returns something the checks follow.
struct ReturnSummary {
  std::optional<SocketOrigin> Socket;
  std::optional<AddressValue> Address;
  const Stmt *AddressReturn = nullptr; ///< where the address is returned
  ByteOrder PortOrder = ByteOrder::Unknown;
  /// `return &sa->sin_port;`: the port field of that parameter's address.
  std::optional<unsigned> PortFieldOf;
};

struct FunctionSummary {
  std::vector<ParameterSummary> Parameters;
  std::vector<PlaceEffect> Effects;
  std::vector<SocketEvent> Events;
  ReturnSummary Return;
  /// The function calls code whose effect is unknown, which may change
  /// anything reachable from elsewhere (the caller's members, say).
  bool CallsUnknown = false;

  /// True if calling the function changes nothing the checks follow.
  bool isEmpty() const {
    return Effects.empty() && Events.empty() && !CallsUnknown && !Return.Socket &&
           !Return.Address && !Return.PortFieldOf &&
           Return.PortOrder == ByteOrder::Unknown &&
           llvm::all_of(Parameters, [](const ParameterSummary &P) {
             return P.Port == PortParameterUse::None;
           });
  }
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_FUNCTIONSUMMARY_H
