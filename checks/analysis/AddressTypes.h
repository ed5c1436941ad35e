//===--- AddressTypes.h - recognising socket address types ------*- C++ -*-===//

#ifndef PORTTIDY_ANALYSIS_ADDRESSTYPES_H
#define PORTTIDY_ANALYSIS_ADDRESSTYPES_H

#include "clang/AST/Expr.h"
#include "clang/AST/Type.h"

namespace clang::tidy::port {

/// `struct sockaddr*` records and unions made of them: objects whose port
/// and family the analysis tracks.
bool isSocketAddressType(QualType Type);
bool isSocketAddressRecord(const RecordDecl *Record);

/// asio's `basic_endpoint<Protocol>` (standalone or Boost): a port in host
/// order and an implied internet family.
bool isAsioEndpointType(QualType Type);

/// The protocol class an asio socket, acceptor or endpoint is for
/// (`tcp`, `udp`, `icmp`), or "" if `Type` is none of them.
llvm::StringRef asioProtocolName(QualType Type);

/// What a QtNetwork socket class (or a pointer to one) is: `QTcpSocket`,
/// `QSslSocket` and `QTcpServer` are TCP's, `QUdpSocket` UDP's, and a plain
/// `QAbstractSocket` may be either.
enum class QtSocketClass { None, Tcp, Udp, Either };
QtSocketClass qtSocketClass(QualType Type);

/// True for a project's own class derived from a Qt socket class (or a
/// pointer to one): its own methods may use the socket in ways calls on the
/// object do not show (read serverPort() in incomingConnection()).
bool isQtSocketSubclass(QualType Type);

/// Field roles in socket address records, by their POSIX names.
bool isPortFieldName(llvm::StringRef Name);
bool isFamilyFieldName(llvm::StringRef Name);

/// True for glibc's `__SOCKADDR_ARG`-style transparent unions (C with
/// _GNU_SOURCE), which wrap the address arguments of socket calls.
bool isTransparentUnion(QualType Type);

/// The pointer inside a transparent-union argument, or `E` itself. Clang
/// spells the wrapping as a compound literal or a to-union cast.
const Expr *unwrapTransparentUnion(const Expr *E);

/// `struct msghdr` (sendmsg), `struct mmsghdr` (sendmmsg) and Winsock's
/// `WSAMSG` (WSASendMsg).
bool isMessageHeaderType(QualType Type);

/// True if `Name` is the destination field of the message header `Type`:
/// `msg_name` of a msghdr, `name` of a WSAMSG.
bool isMessageNameFieldName(QualType Type, llvm::StringRef Name);

/// The destination field of the message header `Type` (`msghdr::msg_name`,
/// `WSAMSG::name`), or null. The dataflow's sendmsg handling asks for
/// `msg_name` by name today; this is the lookup that also knows WSAMSG.
const FieldDecl *messageNameField(QualType Type);

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_ADDRESSTYPES_H
