//===--- PortOriginNote.cpp - "the port is 0 from here" notes -------------===//

#include "PortOriginNote.h"

namespace clang::tidy::port {

void notePortOrigin(ClangTidyCheck &Check, const AbstractValue &Port) {
  if (Port.location().isInvalid())
    return;
  const char *Text = "";
  switch (Port.origin()) {
  case ValueOrigin::Assigned:
    Text = "the port is set to 0 here";
    break;
  case ValueOrigin::Initializer:
    Text = "the port is 0 from this initializer";
    break;
  case ValueOrigin::Zeroed:
    Text = "the port is zeroed here and never set";
    break;
  case ValueOrigin::Constructed:
    Text = "the port is given as 0 here";
    break;
  }
  Check.diag(Port.location(), Text, DiagnosticIDs::Note);
}

} // namespace clang::tidy::port
