//===--- SocketApi.cpp - what each socket call does -----------------------===//

#include "SocketApi.h"
#include "AddressBuilders.h"
#include "AddressTypes.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

namespace clang::tidy::port {
namespace {

constexpr unsigned NoArg = ~0U;
/// As a SocketArg: the call makes the socket and returns its handle.
constexpr unsigned Returned = ~1U;

struct FreeFunction {
  llvm::StringLiteral Name;
  SocketRole Role;
  SocketFamily Api;
  unsigned SocketArg, AddressArg, FlagsArg;
  bool BindListens = false;
  /// An option argument that must be this constant for the call to have
  /// `Role` (zmq_getsockopt learns the port only with ZMQ_LAST_ENDPOINT);
  /// with any other constant the call does nothing the checks follow.
  unsigned OptionArg = NoArg;
  uint64_t Option = 0;
  unsigned PortArg = NoArg; ///< see SocketCall::PortArg
};

constexpr uint64_t ZmqLastEndpoint = 32; // <zmq.h>: ZMQ_LAST_ENDPOINT

// clang-format off
constexpr FreeFunction FreeFunctions[] = {
    {"socket",             SocketRole::Create,   SocketFamily::Bsd, NoArg, NoArg, NoArg},
    {"accept",             SocketRole::Accept,   SocketFamily::Bsd, 0, NoArg, NoArg},
    {"accept4",            SocketRole::Accept,   SocketFamily::Bsd, 0, NoArg, NoArg},
    {"connect",            SocketRole::Connect,  SocketFamily::Bsd, 0, 1, NoArg},
    {"sendto",             SocketRole::SendTo,   SocketFamily::Bsd, 0, 4, 3},
    {"sendmsg",            SocketRole::SendMsg,  SocketFamily::Bsd, 0, 1, 2},
    {"sendmmsg",           SocketRole::SendMMsg, SocketFamily::Bsd, 0, 1, 3},
    {"send",               SocketRole::Send,     SocketFamily::Bsd, 0, NoArg, 3},
    {"write",              SocketRole::Send,     SocketFamily::Bsd, 0, NoArg, NoArg},
    {"writev",             SocketRole::Send,     SocketFamily::Bsd, 0, NoArg, NoArg},
    {"recv",               SocketRole::Receive,  SocketFamily::Bsd, 0, NoArg, NoArg},
    {"recvfrom",           SocketRole::Receive,  SocketFamily::Bsd, 0, 4, NoArg},
    {"recvmsg",            SocketRole::Receive,  SocketFamily::Bsd, 0, NoArg, NoArg},
    {"recvmmsg",           SocketRole::Receive,  SocketFamily::Bsd, 0, NoArg, NoArg},
    {"read",               SocketRole::Receive,  SocketFamily::Bsd, 0, NoArg, NoArg},
    {"bind",               SocketRole::Bind,     SocketFamily::Bsd, 0, 1, NoArg},
    {"listen",             SocketRole::Listen,   SocketFamily::Bsd, 0, NoArg, NoArg},
    {"getsockname",        SocketRole::Query,    SocketFamily::Bsd, 0, 1, NoArg},
    {"close",              SocketRole::Close,    SocketFamily::Bsd, 0, NoArg, NoArg},
    // Winsock: the same calls with SOCKET handles, and its WSA* variants
    // (argument positions as <winsock2.h> declares them). WSAIoctl stays
    // unknown: the descriptor escapes to it.
    {"closesocket",        SocketRole::Close,    SocketFamily::Bsd, 0, NoArg, NoArg},
    {"WSASocketA",         SocketRole::Create,   SocketFamily::Bsd, NoArg, NoArg, NoArg},
    {"WSASocketW",         SocketRole::Create,   SocketFamily::Bsd, NoArg, NoArg, NoArg},
    {"WSAAccept",          SocketRole::Accept,   SocketFamily::Bsd, 0, NoArg, NoArg},
    {"WSAConnect",         SocketRole::Connect,  SocketFamily::Bsd, 0, 1, NoArg},
    {"WSASendTo",          SocketRole::SendTo,   SocketFamily::Bsd, 0, 5, 4},
    {"WSASendMsg",         SocketRole::SendMsg,  SocketFamily::Bsd, 0, 1, 2},
    {"WSASend",            SocketRole::Send,     SocketFamily::Bsd, 0, NoArg, 4},
    {"WSARecv",            SocketRole::Receive,  SocketFamily::Bsd, 0, NoArg, NoArg},
    {"WSARecvFrom",        SocketRole::Receive,  SocketFamily::Bsd, 0, 5, NoArg},
    {"uv_tcp_connect",     SocketRole::Connect,  SocketFamily::LibuvTcp, 1, 2, NoArg},
    {"uv_udp_connect",     SocketRole::Connect,  SocketFamily::LibuvUdp, 0, 1, NoArg},
    {"uv_udp_send",        SocketRole::SendTo,   SocketFamily::LibuvUdp, 1, 4, NoArg},
    {"uv_udp_try_send",    SocketRole::SendTo,   SocketFamily::LibuvUdp, 0, 3, NoArg},
    {"uv_write",           SocketRole::Send,     SocketFamily::LibuvTcp, 1, NoArg, NoArg},
    {"uv_try_write",       SocketRole::Send,     SocketFamily::LibuvTcp, 0, NoArg, NoArg},
    {"uv_tcp_bind",        SocketRole::Bind,     SocketFamily::LibuvTcp, 0, 1, NoArg},
    {"uv_udp_bind",        SocketRole::Bind,     SocketFamily::LibuvUdp, 0, 1, NoArg},
    {"uv_listen",          SocketRole::Listen,   SocketFamily::LibuvTcp, 0, NoArg, NoArg},
    {"uv_read_start",      SocketRole::Receive,  SocketFamily::LibuvTcp, 0, NoArg, NoArg},
    {"uv_udp_recv_start",  SocketRole::Receive,  SocketFamily::LibuvUdp, 0, NoArg, NoArg},
    {"uv_tcp_getsockname", SocketRole::Query,    SocketFamily::LibuvTcp, 0, 1, NoArg},
    {"uv_udp_getsockname", SocketRole::Query,    SocketFamily::LibuvUdp, 0, 1, NoArg},
    {"uv_close",           SocketRole::Close,    SocketFamily::Bsd, 0, NoArg, NoArg},
    // ZeroMQ: the handle is `void *`, the address an endpoint string, and
    // binding a TCP endpoint also listens. zmq_setsockopt, zmq_unbind and
    // zmq_disconnect neither learn the port nor hand the socket on.
    {"zmq_socket",         SocketRole::Create,   SocketFamily::Zmq, NoArg, NoArg, NoArg},
    {"zmq_connect",        SocketRole::Connect,  SocketFamily::Zmq, 0, 1, NoArg},
    {"zmq_bind",           SocketRole::Bind,     SocketFamily::Zmq, 0, 1, NoArg, true},
    {"zmq_send",           SocketRole::Send,     SocketFamily::Zmq, 0, NoArg, NoArg},
    {"zmq_send_const",     SocketRole::Send,     SocketFamily::Zmq, 0, NoArg, NoArg},
    {"zmq_sendmsg",        SocketRole::Send,     SocketFamily::Zmq, 0, NoArg, NoArg},
    {"zmq_msg_send",       SocketRole::Send,     SocketFamily::Zmq, 1, NoArg, NoArg},
    {"zmq_recv",           SocketRole::Receive,  SocketFamily::Zmq, 0, NoArg, NoArg},
    {"zmq_recvmsg",        SocketRole::Receive,  SocketFamily::Zmq, 0, NoArg, NoArg},
    {"zmq_msg_recv",       SocketRole::Receive,  SocketFamily::Zmq, 1, NoArg, NoArg},
    {"zmq_getsockopt",     SocketRole::Query,    SocketFamily::Zmq, 0, NoArg, NoArg, false, 1, ZmqLastEndpoint},
    {"zmq_close",          SocketRole::Close,    SocketFamily::Zmq, 0, NoArg, NoArg},
    {"zmq_socket_monitor", SocketRole::Monitor,  SocketFamily::Zmq, 0, NoArg, NoArg},
    // libevent: a bufferevent (or an HTTP connection) connects a TCP
    // socket it makes itself, to an address or to a host name and port.
    {"bufferevent_socket_connect", SocketRole::Connect, SocketFamily::Libevent, 0, 1, NoArg},
    {"bufferevent_socket_connect_hostname", SocketRole::Connect, SocketFamily::Libevent, 0, NoArg, NoArg, false, NoArg, 0, 4},
    {"evhttp_connection_base_new", SocketRole::Connect, SocketFamily::Libevent, NoArg, NoArg, NoArg, false, NoArg, 0, 3},
    // evconnlistener_new_bind() makes, binds and listens on a socket, and
    // returns the listener; getsockname() on evconnlistener_get_fd() is the
    // only way to its port.
    {"evconnlistener_new_bind", SocketRole::Bind,  SocketFamily::Libevent, Returned, 5, NoArg, true},
    {"evconnlistener_get_fd",   SocketRole::Query, SocketFamily::Libevent, 0, NoArg, NoArg},
    {"evconnlistener_free",     SocketRole::Close, SocketFamily::Libevent, 0, NoArg, NoArg},
};

/// A member function of a framework's socket class; the object is the
/// socket unless SocketArg names an argument.
struct MemberFunction {
  llvm::StringLiteral Name;
  SocketRole Role;
  unsigned AddressArg;
  bool BindListens = false;
  unsigned OptionArg = NoArg; ///< as in FreeFunction
  uint64_t Option = 0;
  unsigned SocketArg = NoArg;
  unsigned PortArg = NoArg; ///< see SocketCall::PortArg
  /// The overload with this many arguments (default ones included), or any
  /// when 0.
  unsigned Arity = 0;
  /// An out-parameter through which the call itself tells the port it
  /// bound (AddListeningPort's selected_port); see SocketCall::PortReport.
  unsigned ReportArg = NoArg;
};

constexpr MemberFunction AsioMembers[] = {
    {"connect",            SocketRole::Connect, 0},
    {"async_connect",      SocketRole::Connect, 0},
    {"send_to",            SocketRole::SendTo,  1},
    {"async_send_to",      SocketRole::SendTo,  1},
    {"send",               SocketRole::Send,    NoArg},
    {"async_send",         SocketRole::Send,    NoArg},
    {"write_some",         SocketRole::Send,    NoArg},
    {"async_write_some",   SocketRole::Send,    NoArg},
    {"receive",            SocketRole::Receive, NoArg},
    {"async_receive",      SocketRole::Receive, NoArg},
    {"receive_from",       SocketRole::Receive, NoArg},
    {"async_receive_from", SocketRole::Receive, NoArg},
    {"read_some",          SocketRole::Receive, NoArg},
    {"async_read_some",    SocketRole::Receive, NoArg},
    {"bind",               SocketRole::Bind,    0},
    {"listen",             SocketRole::Listen,  NoArg},
    {"accept",             SocketRole::Accept,  NoArg},
    {"async_accept",       SocketRole::Accept,  NoArg},
    {"local_endpoint",     SocketRole::Query,   NoArg},
    {"close",              SocketRole::Close,   NoArg},
};

// cppzmq (<zmq.hpp>): zmq::socket_t and zmq::socket_ref, as the C API above.
// `get(zmq::sockopt::last_endpoint)` names its option by type. set(),
// setsockopt(), unbind() and disconnect() do nothing the checks follow.
constexpr MemberFunction ZmqMembers[] = {
    {"bind",               SocketRole::Bind,    0, true},
    {"connect",            SocketRole::Connect, 0},
    {"send",               SocketRole::Send,    NoArg},
    {"recv",               SocketRole::Receive, NoArg},
    {"close",              SocketRole::Close,   NoArg},
    {"get",                SocketRole::Query,   NoArg, false, 0, ZmqLastEndpoint},
    {"getsockopt",         SocketRole::Query,   NoArg, false, 0, ZmqLastEndpoint},
    // zmq::monitor_t is told the endpoint of the socket's binds.
    {"monitor",            SocketRole::Monitor, NoArg, false, NoArg, 0, 0},
    {"init",               SocketRole::Monitor, NoArg, false, NoArg, 0, 0},
};

// QtNetwork (QTcpSocket, QUdpSocket, QSslSocket, QTcpServer and classes
// derived from them): ports are host-order quint16 arguments beside a host
// name or a QHostAddress. listen() binds and listens; its port defaults to 0.
constexpr MemberFunction QtMembers[] = {
    {"connectToHost",   SocketRole::Connect, NoArg, false, NoArg, 0, NoArg, 1},
    {"connectToHostEncrypted", SocketRole::Connect, NoArg, false, NoArg, 0, NoArg, 1},
    {"writeDatagram",   SocketRole::SendTo,  NoArg, false, NoArg, 0, NoArg, 2, 3},
    {"writeDatagram",   SocketRole::SendTo,  NoArg, false, NoArg, 0, NoArg, 3, 4},
    {"writeDatagram",   SocketRole::Send,    NoArg},
    {"write",           SocketRole::Send,    NoArg},
    {"read",            SocketRole::Receive, NoArg},
    {"readAll",         SocketRole::Receive, NoArg},
    {"readLine",        SocketRole::Receive, NoArg},
    {"readDatagram",    SocketRole::Receive, NoArg},
    {"receiveDatagram", SocketRole::Receive, NoArg},
    {"bind",            SocketRole::Bind,    NoArg, false, NoArg, 0, NoArg, 1, 3},
    {"bind",            SocketRole::Bind,    NoArg, false, NoArg, 0, NoArg, 0, 2},
    {"listen",          SocketRole::Bind,    NoArg, true,  NoArg, 0, NoArg, 1, 2},
    {"serverPort",      SocketRole::Query,   NoArg},
    {"localPort",       SocketRole::Query,   NoArg},
    {"close",           SocketRole::Close,   NoArg},
    {"abort",           SocketRole::Close,   NoArg},
};

// gRPC C++: a ServerBuilder listens on each address given to
// AddListeningPort() once built; the port an address with port 0 gets is
// told only through the selected_port out-parameter.
constexpr MemberFunction GrpcMembers[] = {
    {"AddListeningPort", SocketRole::Bind, 0, true, NoArg, 0, NoArg, NoArg, 0, 2},
};

// gRPC channels connect to a target string.
constexpr FreeFunction GrpcFreeFunctions[] = {
    {"CreateChannel",       SocketRole::Connect, SocketFamily::Grpc, NoArg, 0, NoArg},
    {"CreateCustomChannel", SocketRole::Connect, SocketFamily::Grpc, NoArg, 0, NoArg},
    {"CreateCustomChannelWithInterceptors", SocketRole::Connect, SocketFamily::Grpc, NoArg, 0, NoArg},
};

// asio::write(socket, ...) and friends act on their first argument.
constexpr FreeFunction AsioFreeFunctions[] = {
    {"write",       SocketRole::Send,    SocketFamily::Asio, 0, NoArg, NoArg},
    {"async_write", SocketRole::Send,    SocketFamily::Asio, 0, NoArg, NoArg},
    {"read",        SocketRole::Receive, SocketFamily::Asio, 0, NoArg, NoArg},
    {"async_read",  SocketRole::Receive, SocketFamily::Asio, 0, NoArg, NoArg},
};
// clang-format on

// glibc under _GNU_SOURCE declares the address parameters of connect(),
// sendto(), getsockname()... as transparent unions of pointer types in C.
const Expr *argument(const CallExpr *Call, unsigned Index) {
  return unwrapTransparentUnion(Call->getArg(Index));
}

std::optional<unsigned> argIndex(unsigned Index) {
  return Index == NoArg || Index == Returned ? std::nullopt
                                             : std::optional<unsigned>(Index);
}

bool isInNamespace(const Decl *D, llvm::StringRef Name) {
  for (const DeclContext *Ctx = D->getDeclContext(); Ctx; Ctx = Ctx->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(Ctx))
      if (NS->getName() == Name)
        return true;
  return false;
}

bool isInAsioNamespace(const Decl *D) { return isInNamespace(D, "asio"); }

/// The constant an option argument names: its value, or for cppzmq's
/// `zmq::sockopt::last_endpoint` (an `array_option<ZMQ_LAST_ENDPOINT>`)
/// its type's first template argument.
std::optional<int64_t> optionValue(const Expr *Arg, const ASTContext &Ctx) {
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Arg->getType()->getAsCXXRecordDecl())) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    if (Args.size() > 0 && Args[0].getKind() == TemplateArgument::Integral)
      return Args[0].getAsIntegral().getExtValue();
    return std::nullopt;
  }
  if (Arg->isValueDependent() || !Arg->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  if (std::optional<llvm::APSInt> Value = Arg->getIntegerConstantExpr(Ctx))
    return Value->getExtValue();
  return std::nullopt;
}

/// False when `Call` passes an option other than `Option`; an option that
/// is not a constant may be that one.
bool hasOption(const CallExpr *Call, unsigned OptionArg, uint64_t Option) {
  if (OptionArg == NoArg)
    return true;
  if (OptionArg >= Call->getNumArgs())
    return false;
  std::optional<int64_t> Value = optionValue(
      Call->getArg(OptionArg), Call->getCalleeDecl()->getASTContext());
  return !Value || *Value == int64_t(Option);
}

SocketCall makeCall(const CallExpr *Call, const FreeFunction &F,
                    unsigned FirstArg) {
  SocketCall Result{F.Role, F.Api, F.Name, argIndex(F.SocketArg),
                    argIndex(F.AddressArg), argIndex(F.PortArg),
                    argIndex(F.FlagsArg), F.BindListens};
  Result.SocketIsResult = F.SocketArg == Returned;
  Result.CallLoc = Call->getExprLoc();
  unsigned NumArgs = Call->getNumArgs();
  if (Result.PortArg && FirstArg + *Result.PortArg < NumArgs)
    Result.PortExpr = argument(Call, FirstArg + *Result.PortArg);
  if (Result.SocketArg && FirstArg + *Result.SocketArg < NumArgs)
    Result.SocketExpr = argument(Call, FirstArg + *Result.SocketArg);
  if (Result.AddressArg && FirstArg + *Result.AddressArg < NumArgs)
    Result.AddressExpr = argument(Call, FirstArg + *Result.AddressArg);
  return Result;
}

/// A member of asio's (namespace asio) or cppzmq's (namespace zmq) socket
/// classes.
std::optional<SocketCall> recognizeMember(const CXXMemberCallExpr *Call,
                                          const CXXMethodDecl *Method) {
  if (!Method->getIdentifier())
    return std::nullopt;
  const CXXRecordDecl *Class = Method->getParent();
  SocketFamily Api = SocketFamily::Asio;
  llvm::ArrayRef<MemberFunction> Table = AsioMembers;
  // Qt's members live on several base classes (write() is QIODevice's):
  // the object's class decides.
  const Expr *Object = Call->getImplicitObjectArgument();
  if (Object &&
      qtSocketClass(Object->IgnoreParenImpCasts()->getType()) != QtSocketClass::None) {
    Api = SocketFamily::Qt;
    Table = QtMembers;
  } else if (isInNamespace(Class, "grpc")) {
    if (!Class->getIdentifier() || Class->getName() != "ServerBuilder")
      return std::nullopt;
    Api = SocketFamily::Grpc;
    Table = GrpcMembers;
  } else if (isInNamespace(Class, "zmq")) {
    // Not context_t::close() nor message_t::get().
    if (!Class->getIdentifier() ||
        !llvm::is_contained({"socket_t", "socket_ref", "socket_base", "monitor_t"},
                            Class->getName()))
      return std::nullopt;
    Api = SocketFamily::Zmq;
    Table = ZmqMembers;
  } else if (!isInAsioNamespace(Class)) {
    return std::nullopt;
  }
  for (const MemberFunction &M : Table) {
    if (Method->getName() != M.Name || !hasOption(Call, M.OptionArg, M.Option) ||
        (M.Arity && Call->getNumArgs() != M.Arity))
      continue;
    SocketCall Result{M.Role, Api, M.Name, argIndex(M.SocketArg),
                      argIndex(M.AddressArg), argIndex(M.PortArg), std::nullopt,
                      M.BindListens};
    if (Result.PortArg && *Result.PortArg < Call->getNumArgs())
      Result.PortExpr = Call->getArg(*Result.PortArg);
    Result.CallLoc = Call->getExprLoc();
    if (M.ReportArg < Call->getNumArgs() &&
        !Call->getArg(M.ReportArg)->isNullPointerConstant(
            Method->getASTContext(), Expr::NPC_ValueDependentIsNotNull))
      Result.PortReport = Call->getArg(M.ReportArg);
    Result.SocketExpr = M.SocketArg == NoArg ? Call->getImplicitObjectArgument()
                        : M.SocketArg < Call->getNumArgs()
                            ? Call->getArg(M.SocketArg)
                            : nullptr;
    if (Result.AddressArg && *Result.AddressArg < Call->getNumArgs())
      Result.AddressExpr = Call->getArg(*Result.AddressArg);
    return Result;
  }
  return std::nullopt;
}

/// A table by name: every call in the code asks, and almost none is a
/// socket call, so one hash lookup instead of a scan.
using FunctionIndex = llvm::StringMap<const FreeFunction *>;
FunctionIndex indexByName(llvm::ArrayRef<FreeFunction> Table) {
  FunctionIndex Result;
  for (const FreeFunction &F : Table)
    Result.try_emplace(F.Name, &F); // the first entry of a name wins
  return Result;
}

} // namespace

std::optional<SocketCall>
recognizeSocketCall(const CallExpr *Call,
                    llvm::ArrayRef<ExtraSocketFunction> Extras) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return std::nullopt;
  for (const ExtraSocketFunction &Extra : Extras) {
    if (Callee->getName() != Extra.Name)
      continue;
    SocketCall Result{Extra.Role, SocketFamily::Bsd, Callee->getName(),
                      Extra.SocketArg, Extra.AddressArg, std::nullopt,
                      std::nullopt};
    if (Extra.SocketArg && *Extra.SocketArg < Call->getNumArgs())
      Result.SocketExpr = argument(Call, *Extra.SocketArg);
    if (Extra.AddressArg && *Extra.AddressArg < Call->getNumArgs())
      Result.AddressExpr = argument(Call, *Extra.AddressArg);
    return Result;
  }
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
      return recognizeMember(Member, Method);
  // An operator call's first argument is the object; no free socket call is
  // an operator, so these never match below.
  if (isa<CXXOperatorCallExpr>(Call) || isa<CXXMethodDecl>(Callee))
    return std::nullopt;

  // Most calls are to no socket function: the name decides that first.
  static const FunctionIndex Libc = indexByName(FreeFunctions);
  static const FunctionIndex Asio = indexByName(AsioFreeFunctions);
  static const FunctionIndex Grpc = indexByName(GrpcFreeFunctions);
  llvm::StringRef Name = Callee->getName();
  const FreeFunction *InLibc = Libc.lookup(Name);
  const FreeFunction *InAsio = Asio.lookup(Name);
  const FreeFunction *InGrpc = Grpc.lookup(Name);
  if (!InLibc && !InAsio && !InGrpc)
    return std::nullopt;
  if (isInAsioNamespace(Callee))
    return InAsio ? std::optional(makeCall(Call, *InAsio, 0)) : std::nullopt;
  if (isInNamespace(Callee, "grpc"))
    return InGrpc ? std::optional(makeCall(Call, *InGrpc, 0)) : std::nullopt;
  // Only the C library's functions: a member or namespaced `connect` is not
  // the socket call.
  if (!InLibc || (!Callee->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
                  !Callee->isExternC()))
    return std::nullopt;
  if (!hasOption(Call, InLibc->OptionArg, InLibc->Option))
    return std::nullopt;
  return makeCall(Call, *InLibc, 0);
}

llvm::StringRef portQueryName(SocketFamily Api) {
  switch (Api) {
  case SocketFamily::LibuvTcp:
    return "uv_tcp_getsockname()";
  case SocketFamily::LibuvUdp:
    return "uv_udp_getsockname()";
  case SocketFamily::Asio:
    return "local_endpoint()";
  case SocketFamily::Zmq:
    return "zmq_getsockopt(ZMQ_LAST_ENDPOINT)";
  case SocketFamily::Libevent:
    return "getsockname() on evconnlistener_get_fd()";
  case SocketFamily::Qt:
    return "serverPort() or localPort()";
  case SocketFamily::Grpc:
    return "AddListeningPort()'s selected_port";
  case SocketFamily::Bsd:
    break;
  }
  return "getsockname()";
}

bool isOpaqueHandle(SocketFamily Api) {
  // Qt sockets are QObjects, held by pointer (`new QTcpServer(this)`).
  return Api == SocketFamily::Zmq || Api == SocketFamily::Libevent ||
         Api == SocketFamily::Qt;
}

llvm::ArrayRef<llvm::StringRef> socketFunctionNames() {
  static const std::vector<llvm::StringRef> Names = [] {
    std::vector<llvm::StringRef> Result;
    for (const FreeFunction &F : FreeFunctions)
      Result.push_back(F.Name);
    for (const MemberFunction &M : AsioMembers)
      Result.push_back(M.Name);
    for (const MemberFunction &M : ZmqMembers)
      Result.push_back(M.Name);
    for (const MemberFunction &M : QtMembers)
      Result.push_back(M.Name);
    for (const MemberFunction &M : GrpcMembers)
      Result.push_back(M.Name);
    for (const FreeFunction &F : AsioFreeFunctions)
      Result.push_back(F.Name);
    for (const FreeFunction &F : GrpcFreeFunctions)
      Result.push_back(F.Name);
    return Result;
  }();
  return Names;
}

std::vector<llvm::StringRef> hostOrderPortFunctionNames() {
  std::vector<llvm::StringRef> Result;
  for (const FreeFunction &F : FreeFunctions)
    if (F.PortArg != NoArg)
      Result.push_back(F.Name);
  for (const MemberFunction &M : QtMembers)
    if (M.PortArg != NoArg && !llvm::is_contained(Result, M.Name))
      Result.push_back(M.Name);
  llvm::append_range(Result, addressBuilderNames(/*WithPortNumber=*/true));
  return Result;
}

std::vector<llvm::StringRef> socketFunctionNames(SocketRole Role) {
  std::vector<llvm::StringRef> Result;
  auto Add = [&](llvm::StringRef Name) {
    if (!llvm::is_contained(Result, Name))
      Result.push_back(Name);
  };
  for (const FreeFunction &F : FreeFunctions)
    if (F.Role == Role)
      Add(F.Name);
  for (llvm::ArrayRef<MemberFunction> Table :
       {llvm::ArrayRef(AsioMembers), llvm::ArrayRef(ZmqMembers),
        llvm::ArrayRef(QtMembers), llvm::ArrayRef(GrpcMembers)})
    for (const MemberFunction &M : Table)
      if (M.Role == Role)
        Add(M.Name);
  return Result;
}

} // namespace clang::tidy::port
