// gRPC C++ (<grpcpp/grpcpp.h> from libgrpc++-dev): a channel connects to a
// target string; a target with port 0 never reaches a server.
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -std=c++17 -O0
// RUN: %check_port_tidy %s port-zero-destination %t -- -- -std=c++17 -O2

#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>

static const std::string kBackend = "backend.example:0";
#define SIDECAR "dns:///sidecar.example:0"

std::shared_ptr<grpc::Channel> bad_host_port() {
  return grpc::CreateChannel("localhost:0", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: CreateChannel() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: the endpoint's port is 0
}

std::shared_ptr<grpc::Channel> bad_dns_macro() {
  return grpc::CreateChannel(SIDECAR, grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: CreateChannel() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: the endpoint's port is 0
  // CHECK-MESSAGES: :11:17: note: expanded from macro 'SIDECAR'
}

std::shared_ptr<grpc::Channel> bad_constant() {
  return grpc::CreateChannel(kBackend, grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: CreateChannel() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :10:37: note: the endpoint's port is 0
}

std::shared_ptr<grpc::Channel> bad_ipv6_custom() {
  grpc::ChannelArguments args;
  return grpc::CreateCustomChannel("ipv6:[::1]:0", grpc::InsecureChannelCredentials(),
                                   args);
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: CreateCustomChannel() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: the endpoint's port is 0
}

std::shared_ptr<grpc::Channel> bad_one_of_the_list() {
  const std::string target = "ipv4:192.0.2.1:50051,192.0.2.2:0";
  return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: CreateChannel() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-3]]:30: note: the endpoint's port is 0
}

std::shared_ptr<grpc::Channel> bad_with_interceptors() {
  grpc::ChannelArguments args;
  return grpc::experimental::CreateCustomChannelWithInterceptors(
      "127.0.0.1:0", grpc::InsecureChannelCredentials(), args, {});
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: CreateCustomChannelWithInterceptors() to port 0 always fails; port 0 cannot be a destination [port-zero-destination]
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: the endpoint's port is 0
}

// Look-alikes that are right.

void good(const std::string &configured) {
  auto credentials = grpc::InsecureChannelCredentials();
  // No port: gRPC uses its default (443), not 0.
  grpc::CreateChannel("backend.example", credentials);
  grpc::CreateChannel("dns:///backend.example", credentials);
  grpc::CreateChannel("localhost:50051", credentials);
  grpc::CreateChannel("ipv6:[::1]:50051", credentials);
  // Unix-domain targets and other resolvers have no TCP port here.
  grpc::CreateChannel("unix:/run/app.sock", credentials);
  grpc::CreateChannel("xds:///backend", credentials);
  grpc::CreateChannel(configured, credentials);
}
