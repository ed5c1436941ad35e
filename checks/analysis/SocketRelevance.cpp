//===--- SocketRelevance.cpp - may a function touch sockets at all --------===//

#include "SocketRelevance.h"
#include "AddressBuilders.h"
#include "AddressTypes.h"
#include "ExprShapes.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

namespace clang::tidy::port {
namespace {

/// Address types, through pointers, references and arrays.
bool isAddressRelated(QualType Type) {
  if (Type.isNull())
    return false;
  while (true) {
    if (Type->isPointerType() || Type->isReferenceType())
      Type = Type->getPointeeType();
    else if (const ArrayType *Array = Type->getAsArrayTypeUnsafe())
      Type = Array->getElementType();
    else
      break;
  }
  return isSocketAddressType(Type) || isAsioEndpointType(Type) ||
         isMessageHeaderType(Type) || !asioProtocolName(Type).empty();
}

class Scanner : public RecursiveASTVisitor<Scanner> {
public:
  Scanner(const llvm::StringSet<> &Names,
          llvm::function_ref<bool(const FunctionDecl *)> CalleeTouches)
      : Names(Names), CalleeTouches(CalleeTouches) {}

  bool Found = false;

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    if (const IdentifierInfo *Name = Callee->getIdentifier();
        Name && Names.contains(Name->getName()))
      return stop();
    const FunctionDecl *Definition = nullptr;
    if (Callee->isDefined(Definition) && CalleeTouches(Definition))
      return stop();
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    return isAddressRelated(Ref->getType()) ? stop() : true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    return isAddressRelated(Member->getType()) ||
                   isAddressRelated(Member->getBase()->getType())
               ? stop()
               : true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    return isAddressRelated(Construct->getType()) ? stop() : true;
  }

private:
  bool stop() {
    Found = true;
    return false;
  }

  const llvm::StringSet<> &Names;
  llvm::function_ref<bool(const FunctionDecl *)> CalleeTouches;
};

} // namespace

bool SocketRelevance::mayTouchSockets(
    const FunctionDecl *Function, llvm::ArrayRef<ExtraSocketFunction> Extras) {
  if (auto Found = Known.find(Function); Found != Known.end())
    return Found->second;
  Known[Function] = false; // a recursive call adds nothing
  static const llvm::StringSet<> ApiNames = [] {
    llvm::StringSet<> Result;
    for (llvm::StringRef Name : socketFunctionNames())
      Result.insert(Name);
    for (llvm::StringRef Name : addressBuilderNames())
      Result.insert(Name);
    Result.insert("getaddrinfo");
    // A helper that only sets options keeps the socket to itself.
    for (llvm::StringRef Name : descriptorNeutralCalls())
      Result.insert(Name);
    return Result;
  }();
  // A project's own wrappers count too; copying the set is rare enough.
  std::optional<llvm::StringSet<>> WithExtras;
  if (!Extras.empty()) {
    WithExtras = ApiNames;
    for (const ExtraSocketFunction &Extra : Extras)
      WithExtras->insert(Extra.Name);
  }
  const llvm::StringSet<> &Names = WithExtras ? *WithExtras : ApiNames;
  bool Touches = llvm::any_of(Function->parameters(), [](const ParmVarDecl *P) {
    return isAddressRelated(P->getType());
  });
  if (!Touches && Function->hasBody()) {
    auto CalleeTouches = [&](const FunctionDecl *Callee) {
      return mayTouchSockets(Callee, Extras);
    };
    Scanner Scan(Names, CalleeTouches);
    Scan.TraverseStmt(Function->getBody());
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Function))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (!Scan.Found && Init->getInit())
          Scan.TraverseStmt(Init->getInit());
    Touches = Scan.Found;
  }
  Known[Function] = Touches;
  return Touches;
}

} // namespace clang::tidy::port
