//===--- AbstractValue.h - an integer known on every path, or not -*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_ABSTRACTVALUE_H
#define PORTTIDY_ANALYSIS_ABSTRACTVALUE_H

#include "clang/Basic/SourceLocation.h"
#include <cstdint>

namespace clang::tidy::port {

/// How a known value came to be, so that notes can say it.
enum class ValueOrigin {
  Assigned,    ///< `sa.sin_port = 0`
  Initializer, ///< left out of, or written in, an initializer
  Zeroed,      ///< memset/bzero over the whole object
  Constructed, ///< uv_ip4_addr(), an asio endpoint's constructor or port()
  NoService,   ///< a getaddrinfo() result for a null service
  ServiceZero, ///< a getaddrinfo() result for the service "0"
  Endpoint,    ///< the port written in an endpoint string ("tcp://h:0")
  EndpointWildcard, ///< `*` in a bound endpoint: an ephemeral port
  TextWithoutPort,  ///< "1.2.3.4" parsed into an address: port 0
  DefaultArgument,  ///< a port argument left out: `server.listen()`
};

/// An integer property of an object at a program point (a port, an address
/// family, a socket() argument): `Known(n)` when every path agrees,
/// otherwise `Unknown`. Inside a function, two symbolic values stand for
/// what its caller decides, so that a summary can be applied at each call
/// site: `Parameter(i)`, the value of integer parameter `i` on entry, and
/// `Entry`, whatever the caller's object held in this place before the
/// call. All of them remember where they were decided, for notes.
class AbstractValue {
public:
  static AbstractValue unknown(SourceLocation Where = {}) {
    return AbstractValue(Kind::Unknown, 0, ValueOrigin::Assigned, Where);
  }
  static AbstractValue known(uint64_t Value, ValueOrigin Origin,
                             SourceLocation Where) {
    return AbstractValue(Kind::Known, Value, Origin, Where);
  }
  static AbstractValue parameter(unsigned Index) {
    return AbstractValue(Kind::Parameter, Index, ValueOrigin::Assigned, {});
  }
  static AbstractValue entry() {
    return AbstractValue(Kind::Entry, 0, ValueOrigin::Assigned, {});
  }

  bool isKnown() const { return State == Kind::Known; }
  bool is(uint64_t V) const { return isKnown() && Value == V; }
  uint64_t value() const { return Value; }
  bool isParameter() const { return State == Kind::Parameter; }
  unsigned parameterIndex() const { return unsigned(Value); }
  bool isEntry() const { return State == Kind::Entry; }
  /// True if the value depends on the caller (a parameter or an entry value).
  bool isSymbolic() const { return isParameter() || isEntry(); }
  ValueOrigin origin() const { return Origin; }
  SourceLocation location() const { return Where; }

  /// The value after two paths meet: kept only if both agree.
  AbstractValue join(const AbstractValue &Other) const {
    if (*this == Other)
      return *this;
    return unknown(State == Kind::Known ? Other.Where : Where);
  }
  bool operator==(const AbstractValue &Other) const {
    return State == Other.State && (State == Kind::Unknown ||
                                    State == Kind::Entry ||
                                    Value == Other.Value);
  }
  bool operator!=(const AbstractValue &Other) const { return !(*this == Other); }

private:
  enum class Kind : unsigned char { Unknown, Known, Parameter, Entry };
  AbstractValue(Kind State, uint64_t Value, ValueOrigin Origin,
                SourceLocation Where)
      : State(State), Value(Value), Origin(Origin), Where(Where) {}

  Kind State;
  uint64_t Value;
  ValueOrigin Origin;
  SourceLocation Where;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_ABSTRACTVALUE_H
