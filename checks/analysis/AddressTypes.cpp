//===--- AddressTypes.cpp - recognising socket address types --------------===//

#include "AddressTypes.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::port {
namespace {

const RecordDecl *recordOf(QualType Type) {
  if (Type.isNull())
    return nullptr;
  return Type.getCanonicalType()->getAsRecordDecl();
}

// Record tags, not typedefs: Winsock's SOCKADDR_IN, SOCKADDR_IN6(_LH),
// SOCKADDR_STORAGE(_LH) and PSOCKADDR are typedefs of these (types are
// compared canonically), plus its older sockaddr_in6_w2ksp1 and
// sockaddr_storage_xp layouts.
bool isSocketAddressRecordName(llvm::StringRef Name) {
  return llvm::is_contained({"sockaddr", "sockaddr_in", "sockaddr_in6",
                             "sockaddr_storage", "sockaddr_un", "sockaddr_ll",
                             "__kernel_sockaddr_storage", "sockaddr_in6_w2ksp1",
                             "sockaddr_storage_xp"},
                            Name);
}

bool isInAsio(const Decl *D) {
  for (const DeclContext *Ctx = D->getDeclContext(); Ctx;
       Ctx = Ctx->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(Ctx))
      if (NS->getName() == "asio")
        return true;
  return false;
}

// asio's internet protocols live in `asio::ip` (or `boost::asio::ip`);
// `asio::generic` and `asio::local` endpoints have no port.
bool isInAsioIp(const Decl *D) {
  const auto *NS = dyn_cast<NamespaceDecl>(D->getDeclContext());
  return NS && NS->getName() == "ip" && isInAsio(NS);
}

} // namespace

bool isSocketAddressRecord(const RecordDecl *Record) {
  if (!Record)
    return false;
  if (Record->getIdentifier() && isSocketAddressRecordName(Record->getName()))
    return true;
  // `union { struct sockaddr sa; struct sockaddr_in in; ... }`, named or not.
  if (!Record->isUnion() || !Record->getDefinition())
    return false;
  for (const FieldDecl *Field : Record->getDefinition()->fields())
    if (const RecordDecl *Member = recordOf(Field->getType()))
      if (Member->getIdentifier() &&
          isSocketAddressRecordName(Member->getName()))
        return true;
  return false;
}

bool isSocketAddressType(QualType Type) {
  return isSocketAddressRecord(recordOf(Type));
}

bool isAsioEndpointType(QualType Type) {
  const RecordDecl *Record = recordOf(Type);
  return Record && Record->getIdentifier() &&
         Record->getName() == "basic_endpoint" && isInAsioIp(Record);
}

llvm::StringRef asioProtocolName(QualType Type) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(Type));
  if (!Spec || !isInAsio(Spec) || Spec->getTemplateArgs().size() == 0)
    return "";
  const TemplateArgument &Protocol = Spec->getTemplateArgs()[0];
  if (Protocol.getKind() != TemplateArgument::Type)
    return "";
  const RecordDecl *ProtocolRecord = recordOf(Protocol.getAsType());
  if (!ProtocolRecord || !ProtocolRecord->getIdentifier() ||
      !isInAsioIp(ProtocolRecord))
    return "";
  return ProtocolRecord->getName();
}

namespace {
/// The Qt socket class `Class` is or derives from.
QtSocketClass qtSocketClassOf(const CXXRecordDecl *Class) {
  if (!Class || !(Class = Class->getDefinition()))
    return QtSocketClass::None;
  if (Class->getIdentifier()) {
    llvm::StringRef Name = Class->getName();
    if (Name == "QTcpSocket" || Name == "QTcpServer")
      return QtSocketClass::Tcp;
    if (Name == "QUdpSocket")
      return QtSocketClass::Udp;
    if (Name == "QAbstractSocket")
      return QtSocketClass::Either;
  }
  for (const CXXBaseSpecifier &Base : Class->bases())
    if (QtSocketClass Found =
            qtSocketClassOf(Base.getType()->getAsCXXRecordDecl());
        Found != QtSocketClass::None)
      return Found;
  return QtSocketClass::None;
}
} // namespace

QtSocketClass qtSocketClass(QualType Type) {
  if (Type.isNull())
    return QtSocketClass::None;
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  return qtSocketClassOf(dyn_cast_or_null<CXXRecordDecl>(recordOf(Type)));
}

bool isQtSocketSubclass(QualType Type) {
  if (Type.isNull() || qtSocketClass(Type) == QtSocketClass::None)
    return false;
  if (Type->isPointerType())
    Type = Type->getPointeeType();
  const RecordDecl *Record = recordOf(Type);
  return Record && !(Record->getIdentifier() &&
                     llvm::is_contained({"QTcpSocket", "QTcpServer", "QUdpSocket",
                                         "QSslSocket", "QAbstractSocket"},
                                        Record->getName()));
}

bool isPortFieldName(llvm::StringRef Name) {
  return Name == "sin_port" || Name == "sin6_port";
}

bool isFamilyFieldName(llvm::StringRef Name) {
  // BSD's sin_len, sin6_len, ss_len and sa_len are lengths, never a family
  // or a port. Winsock's SOCKADDR_INET union names its family si_family.
  return llvm::is_contained({"sin_family", "sin6_family", "ss_family",
                             "sa_family", "sun_family", "sll_family",
                             "si_family"},
                            Name);
}

bool isTransparentUnion(QualType Type) {
  const RecordDecl *Record = recordOf(Type);
  return Record && Record->isUnion() && Record->hasAttr<TransparentUnionAttr>();
}

const Expr *unwrapTransparentUnion(const Expr *E) {
  const Expr *Inner = E->IgnoreParens();
  if (!isTransparentUnion(Inner->getType()))
    return E;
  if (const auto *Cast = dyn_cast<ImplicitCastExpr>(Inner))
    if (Cast->getCastKind() == CK_ToUnion)
      return Cast->getSubExpr();
  if (const auto *Literal = dyn_cast<CompoundLiteralExpr>(Inner))
    if (const auto *List = dyn_cast<InitListExpr>(Literal->getInitializer()))
      if (List->getNumInits() == 1)
        return List->getInit(0);
  return E;
}

bool isMessageHeaderType(QualType Type) {
  const RecordDecl *Record = recordOf(Type);
  return Record && Record->getIdentifier() &&
         (Record->getName() == "msghdr" || Record->getName() == "mmsghdr" ||
          Record->getName() == "_WSAMSG");
}

bool isMessageNameFieldName(QualType Type, llvm::StringRef Name) {
  const RecordDecl *Record = recordOf(Type);
  if (!Record || !Record->getIdentifier())
    return false;
  if (Record->getName() == "_WSAMSG")
    return Name == "name";
  return Record->getName() == "msghdr" && Name == "msg_name";
}

const FieldDecl *messageNameField(QualType Type) {
  const RecordDecl *Record = recordOf(Type);
  if (!Record || !(Record = Record->getDefinition()))
    return nullptr;
  for (const FieldDecl *Field : Record->fields())
    if (isMessageNameFieldName(Type, Field->getName()))
      return Field;
  return nullptr;
}

} // namespace clang::tidy::port
