//===--- CalleeNames.cpp - a call to a function of one of some names ------===//

#include "CalleeNames.h"
#include <cassert>

namespace clang::tidy::port {

CalleeNames::CalleeNames(llvm::ArrayRef<llvm::StringRef> List,
                         std::function<bool(const FunctionDecl *)> Helper)
    : Helper(std::move(Helper)) {
  for (llvm::StringRef Name : List) {
    assert(!Name.contains("::") && "qualified names are not supported");
    Names.insert(Name);
  }
}

bool CalleeNames::contain(const Decl *Callee) const {
  const auto *Function = dyn_cast_or_null<FunctionDecl>(Callee);
  if (!Function)
    return false;
  const IdentifierInfo *Name = Function->getIdentifier();
  if (Name && Names.contains(Name->getName()))
    return true;
  return Helper && Helper(Function);
}

} // namespace clang::tidy::port
