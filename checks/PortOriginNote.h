//===--- PortOriginNote.h - "the port is 0 from here" notes -----*- C++ -*-===//

#ifndef PORTTIDY_PORTORIGINNOTE_H
#define PORTTIDY_PORTORIGINNOTE_H

#include "analysis/AbstractValue.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::port {

/// Attaches to the current warning a note at the write, initializer,
/// memset or constructor that made `Port` 0.
void notePortOrigin(ClangTidyCheck &Check, const AbstractValue &Port);

} // namespace clang::tidy::port

#endif // PORTTIDY_PORTORIGINNOTE_H
