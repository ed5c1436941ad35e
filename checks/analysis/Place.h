//===--- Place.h - a named storage location in one function -----*- C++ -*-===//
//
// The analysis tracks sockets and addresses by where they live: a local or
// parameter, optionally followed by fields (`conn->fd`, `srv.addr`), or a
// field of `this`. Array elements collapse onto their array; union members
// onto their union, since they share storage.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_PLACE_H
#define PORTTIDY_ANALYSIS_PLACE_H

#include "clang/AST/Decl.h"
#include <vector>

namespace clang::tidy::port {

struct Place {
  /// A VarDecl (local, parameter) or, for members of `this`, the FieldDecl.
  const ValueDecl *Root = nullptr;
  std::vector<const FieldDecl *> Path;

  Place child(const FieldDecl *Field) const {
    Place Result = *this;
    Result.Path.push_back(Field);
    return Result;
  }
  /// True if this place is `Outer` or lies inside it.
  bool isWithin(const Place &Outer) const {
    return Root == Outer.Root && Path.size() >= Outer.Path.size() &&
           std::equal(Outer.Path.begin(), Outer.Path.end(), Path.begin());
  }
  bool operator==(const Place &Other) const {
    return Root == Other.Root && Path == Other.Path;
  }
  bool operator<(const Place &Other) const {
    return Root != Other.Root ? Root < Other.Root : Path < Other.Path;
  }
};

/// Which part of an address object an expression designates.
enum class AddressPart { Whole, Port, Family, Other };

/// A place reached from an expression, and how it was reached.
struct Target {
  Place Where;
  AddressPart Part = AddressPart::Whole;
  /// Reached through an array index: a write there may miss other elements.
  bool Weak = false;
};

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_PLACE_H
