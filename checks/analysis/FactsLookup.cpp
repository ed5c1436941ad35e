//===--- FactsLookup.cpp - getaddrinfo() results as followed addresses -----===//
//
// `getaddrinfo(host, NULL, &hints, &res)` returns a list whose every address
// has port 0. The list is followed as one object named after the pointer it
// is returned in (`res`), as an unknown pointer's object is: `ai = res`,
// `ai = ai->ai_next` and `sin = (struct sockaddr_in *)ai->ai_addr` all reach
// the same address, so a port stored through any of them is seen, and the
// socket calls given `ai->ai_addr` see port 0 otherwise. The results also
// carry the family, type and protocol set in the hints.
//
//===----------------------------------------------------------------------===//

#include "AddressLookup.h"
#include "ExprShapes.h"
#include "FactsBuilder.h"

namespace clang::tidy::port {

void FactsBuilder::transferLookup(const CallExpr *Call,
                                  const AddressLookup &Lookup) {
  std::optional<Target> List = targetOfPointer(Lookup.Result);
  QualType ListType = Lookup.Result->IgnoreParenCasts()->getType();
  if (!List || List->Part != AddressPart::Whole || List->Weak ||
      !ListType->isPointerType() ||
      !ListType->getPointeeType()->isPointerType()) {
    havocArguments(Call);
    return;
  }
  havoc(*List);
  if (Lookup.Port == ServicePort::Other || isEscaped(List->Where))
    return;
  QualType NodeType = ListType->getPointeeType()->getPointeeType();
  const FieldDecl *Address = fieldNamed(NodeType, "ai_addr");
  const FieldDecl *Next = fieldNamed(NodeType, "ai_next");
  if (!Address || !Next)
    return;

  const Place &Node = List->Where;
  Place AddressPlace = Node.child(Address);
  // Every node of the list stands for all of them.
  State.Pointers[Node] = Pointee::to(Node);
  State.Pointers[Node.child(Next)] = Pointee::to(Node);
  State.Pointers[AddressPlace] = Pointee::to(AddressPlace);

  AddressValue Value;
  Value.FromLookup = true;
  Value.Port = AbstractValue::known(0,
                                    Lookup.Port == ServicePort::None
                                        ? ValueOrigin::NoService
                                        : ValueOrigin::ServiceZero,
                                    Call->getBeginLoc());
  // A field left 0 in the hints means "any": the results differ in it.
  std::optional<Target> Hints = targetOfPointer(Lookup.Hints);
  if (Hints && Hints->Part == AddressPart::Whole && !Hints->Weak)
    if (const RecordDecl *Record = NodeType->getAsRecordDecl())
      for (const FieldDecl *Field : Record->fields()) {
        if (!isCopiedHintField(Field))
          continue;
        auto Hint = State.Values.find(Hints->Where.child(Field));
        if (Hint == State.Values.end() || !Hint->second.isKnown() ||
            Hint->second.value() == 0)
          continue;
        State.Values.insert_or_assign(Node.child(Field), Hint->second);
        if (Field->getName() == "ai_family")
          Value.Family = Hint->second;
      }
  State.Addresses[AddressPlace] = Value;
}

void FactsBuilder::recordHints(const Place &Where, const InitListExpr *List) {
  if (List->isSyntacticForm() && List->getSemanticForm())
    List = List->getSemanticForm();
  const RecordDecl *Record = List->getType()->getAsRecordDecl();
  if (!Record)
    return;
  for (const FieldDecl *Field : Record->fields())
    if (isCopiedHintField(Field)) {
      unsigned Index = Field->getFieldIndex();
      State.Values.insert_or_assign(
          Where.child(Field),
          valueOfField(Index < List->getNumInits() ? List->getInit(Index)
                                                   : nullptr));
    }
}

} // namespace clang::tidy::port
