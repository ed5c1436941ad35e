// C++ ways to print a port read in network byte order, and templates.
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O0
// RUN: %check_port_tidy %s port-byte-order %t -- -- -O2

#include <arpa/inet.h>
#include <cstdio>
#include <iostream>
#include <netinet/in.h>
#include <sstream>
#include <string>
#include <sys/socket.h>

// A project's own logger, declared printf-like as they usually are.
class Logger {
public:
  void info(const char *Format, ...) __attribute__((format(printf, 2, 3)));
  void raw(const char *Text, unsigned Value);
};

void badStream(const sockaddr_in &Peer) {
  std::cout << "peer port " << Peer.sin_port << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: std::cout << "peer port " << ntohs(Peer.sin_port) << '\n';
}

std::string badStringStream(const sockaddr_in6 &Peer) {
  std::ostringstream Out;
  Out << "[::1]:" << Peer.sin6_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: sin6_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: Out << "[::1]:" << ntohs(Peer.sin6_port);
  return Out.str();
}

std::string badToString(const sockaddr_in &Peer) {
  return "port " + std::to_string(Peer.sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: return "port " + std::to_string(ntohs(Peer.sin_port));
}

void badStdPrintf(const sockaddr_in &Peer) {
  std::printf("%u\n", Peer.sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: std::printf("%u\n", ntohs(Peer.sin_port));
}

void badLoggerMethod(Logger &Log, const sockaddr_in &Peer) {
  Log.info("accepted %s:%d", "peer", Peer.sin_port);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: Log.info("accepted %s:%d", "peer", ntohs(Peer.sin_port));
}

// A lambda is checked as a function of its own; its read is reported once.
void badInLambda(const sockaddr_in &Peer) {
  auto Show = [&Peer] { std::printf("%d\n", Peer.sin_port); };
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: auto Show = [&Peer] { std::printf("%d\n", ntohs(Peer.sin_port)); };
  Show();
}

// Reported in the template, not in each instantiation. Where the stream
// depends on the template parameter (`S << Peer.sin_port`), what prints it
// is only known per instantiation: not reported.
template <typename Sink> void badTemplate(Sink &S, const sockaddr_in &Peer) {
  S << Peer.sin_port;
  std::cout << Peer.sin_port;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: std::cout << ntohs(Peer.sin_port);
  if (Peer.sin_port == 443)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: sin_port is in network byte order; use ntohs() before using it as a number [port-byte-order]
  // CHECK-FIXES: if (ntohs(Peer.sin_port) == 443)
    S << "https";
}

void useTemplate(const sockaddr_in &Peer) {
  badTemplate(std::cout, Peer);
  std::ostringstream Out;
  badTemplate(Out, Peer);
}

// --- silent -----------------------------------------------------------------

void goodConverted(Logger &Log, const sockaddr_in &Peer) {
  std::cout << ntohs(Peer.sin_port) << std::to_string(ntohs(Peer.sin_port));
  Log.info("%u", ntohs(Peer.sin_port));
}

void goodNotPrintedAsNumber(Logger &Log, const sockaddr_in &Peer) {
  Log.raw("port", Peer.sin_port);      // an unknown function: not known to print
  Log.info("%p", (void *)&Peer.sin_port);
  std::cout << &Peer.sin_port << '\n'; // the address
}

// A lambda that captures the local may change it: it is not followed.
int goodLocalConvertedByLambda(const sockaddr_in &Peer) {
  uint16_t Port = Peer.sin_port;
  auto Convert = [&Port] { Port = ntohs(Port); };
  Convert();
  return Port == 53;
}
