//===--- PortOriginNote.h - "the port is 0 from here" notes -----*- C++ -*-===//

#ifndef PORTTIDY_PORTORIGINNOTE_H
#define PORTTIDY_PORTORIGINNOTE_H

#include "analysis/SocketFacts.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::port {

/// Attaches to the current warning a note at the write, initializer,
/// memset or constructor that made `Port` 0.
void notePortOrigin(ClangTidyCheck &Check, const AbstractValue &Port);

/// notePortOrigin, then where a helper filled or returned the address when
/// the port was decided inside it.
void noteAddressOrigin(ClangTidyCheck &Check, const AddressValue &Address);

/// Notes along the calls a helper made on the caller's behalf: `open()
/// calls connect() here`, one per step (see CallChain).
void noteCallChain(ClangTidyCheck &Check, const CallFacts &Call);
void noteCallChain(ClangTidyCheck &Check, const CallExpr *Site,
                   const CallChain &Chain);

} // namespace clang::tidy::port

#endif // PORTTIDY_PORTORIGINNOTE_H
