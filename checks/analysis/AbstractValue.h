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
};

/// An integer property of an object at a program point (a port, an address
/// family): `Known(n)` when every path agrees, otherwise `Unknown`. Both
/// remember where they were decided, for notes and for debugging.
class AbstractValue {
public:
  static AbstractValue unknown(SourceLocation Where = {}) {
    return AbstractValue(false, 0, ValueOrigin::Assigned, Where);
  }
  static AbstractValue known(uint64_t Value, ValueOrigin Origin,
                             SourceLocation Where) {
    return AbstractValue(true, Value, Origin, Where);
  }

  bool isKnown() const { return Known; }
  bool is(uint64_t V) const { return Known && Value == V; }
  uint64_t value() const { return Value; }
  ValueOrigin origin() const { return Origin; }
  SourceLocation location() const { return Where; }

  /// The value after two paths meet: known only if both agree.
  AbstractValue join(const AbstractValue &Other) const {
    if (Known && Other.Known && Value == Other.Value)
      return *this;
    return unknown(Known ? Other.Where : Where);
  }
  bool operator==(const AbstractValue &Other) const {
    return Known == Other.Known && (!Known || Value == Other.Value);
  }
  bool operator!=(const AbstractValue &Other) const { return !(*this == Other); }

private:
  AbstractValue(bool Known, uint64_t Value, ValueOrigin Origin,
                SourceLocation Where)
      : Known(Known), Value(Value), Origin(Origin), Where(Where) {}

  bool Known;
  uint64_t Value;
  ValueOrigin Origin;
  SourceLocation Where;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_ABSTRACTVALUE_H
