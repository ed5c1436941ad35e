//===--- SocketApi.h - what each socket call does ---------------*- C++ -*-===//
//
// One table answers, for every call the checks care about, what it does to a
// socket and where its descriptor and address arguments are: BSD sockets
// (and Winsock's spellings of them), libuv, asio's socket members, and
// ZeroMQ's C API (whose addresses are endpoint strings).
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_ANALYSIS_SOCKETAPI_H
#define PORTTIDY_ANALYSIS_SOCKETAPI_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::port {

/// What a call does with its socket.
enum class SocketRole {
  Create,   ///< socket()
  Accept,   ///< accept(): yields a new stream socket
  Connect,  ///< sets the destination
  SendTo,   ///< sends to an explicit address (sendto, uv_udp_send, send_to)
  SendMsg,  ///< sends to msghdr.msg_name (WSASendMsg: WSAMSG.name)
  SendMMsg, ///< sends to mmsghdr[].msg_hdr.msg_name
  Send,     ///< sends on a connected socket (send, write, ...)
  Receive,  ///< recv, recvfrom, recvmsg, uv_udp_recv_start, ...
  Bind,
  Listen,
  Query, ///< learns the local address: getsockname, local_endpoint()
  Close,
  /// reports the socket's later binds, endpoints included, as events
  /// (zmq_socket_monitor)
  Monitor,
  Extra, ///< a project's own wrapper named in ExtraFunctions
};

/// The socket API a call belongs to; it decides which socket kinds apply.
/// Winsock is Bsd: the same calls on SOCKET handles.
enum class SocketFamily { Bsd, LibuvTcp, LibuvUdp, Asio, Zmq, Libevent, Qt, Grpc };

/// How a program learns the port a socket of `Api` was given, as messages
/// spell it: `getsockname()`, `zmq_getsockopt(ZMQ_LAST_ENDPOINT)`...
llvm::StringRef portQueryName(SocketFamily Api);

/// True if the API's handle is the pointer value itself (ZeroMQ's `void *`,
/// libevent's `struct bufferevent *`) rather than the object a pointer
/// points to (libuv's handles).
bool isOpaqueHandle(SocketFamily Api);

/// A recognised socket call and where its operands are. Indices are
/// argument positions; for asio members the socket is the object argument.
struct SocketCall {
  SocketRole Role;
  SocketFamily Api;
  llvm::StringRef Name;                ///< as it is spelled in messages
  std::optional<unsigned> SocketArg;   ///< the descriptor or handle
  std::optional<unsigned> AddressArg;  ///< the destination/local address
  /// Instead of an address object: a host-order port number argument (the
  /// host is given beside it as a name).
  std::optional<unsigned> PortArg;
  std::optional<unsigned> FlagsArg;
  /// Binding also makes it listen (zmq_bind on a TCP endpoint).
  bool BindListens = false;
  /// The call makes the socket and returns its handle
  /// (evconnlistener_new_bind): the socket is where the result is stored.
  bool SocketIsResult = false;
  /// The out-parameter through which the call tells the caller the port it
  /// bound (AddListeningPort's selected_port), when one is given (not null).
  const Expr *PortReport = nullptr;
  const Expr *SocketExpr = nullptr;    ///< resolved descriptor expression
  const Expr *AddressExpr = nullptr;   ///< resolved address expression
  const Expr *PortExpr = nullptr;      ///< resolved port argument
  /// The call's own location (its callee's name), for notes about an
  /// argument it leaves to a default.
  SourceLocation CallLoc = {};
};

/// A project's own socket wrapper, named in a check option.
struct ExtraSocketFunction {
  std::string Name;
  SocketRole Role = SocketRole::Extra;
  std::optional<unsigned> SocketArg;
  std::optional<unsigned> AddressArg;
};

/// Recognises `Call` as a socket call, or returns std::nullopt. `Extras`
/// are consulted first, so a project may describe its own wrappers.
std::optional<SocketCall>
recognizeSocketCall(const CallExpr *Call,
                    llvm::ArrayRef<ExtraSocketFunction> Extras = {});

/// Every callee name recognizeSocketCall may accept, for cheap matchers.
llvm::ArrayRef<llvm::StringRef> socketFunctionNames();

/// The free functions and framework members that have `Role`: bind,
/// uv_tcp_bind, zmq_bind, QTcpServer::listen... for Bind.
std::vector<llvm::StringRef> socketFunctionNames(SocketRole Role);

/// Every library function that takes a port number in host order and
/// converts it itself (`bufferevent_socket_connect_hostname`,
/// `uv_ip4_addr`).
std::vector<llvm::StringRef> hostOrderPortFunctionNames();

} // namespace clang::tidy::port

#endif // PORTTIDY_ANALYSIS_SOCKETAPI_H
