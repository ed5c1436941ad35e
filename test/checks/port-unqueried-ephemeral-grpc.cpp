// gRPC C++: ServerBuilder::AddListeningPort("addr:0", creds) listens on an
// ephemeral port once built, and only its selected_port out-parameter tells
// which; without it no client can be told where to connect.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -std=c++17 -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -std=c++17 -O2

#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>

#define ANY_PORT "0.0.0.0:0"

std::unique_ptr<grpc::Server> bad_no_selected_port(grpc::Service *service) {
  grpc::ServerBuilder builder;
  builder.AddListeningPort(ANY_PORT, grpc::InsecureServerCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with AddListeningPort()'s selected_port [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: the endpoint's port is 0
  // CHECK-MESSAGES: :11:18: note: expanded from macro 'ANY_PORT'
  builder.RegisterService(service);
  return builder.BuildAndStart();
}

std::unique_ptr<grpc::Server> bad_null_selected_port(grpc::Service *service) {
  grpc::ServerBuilder builder;
  builder.AddListeningPort(std::string("[::]:0"), grpc::InsecureServerCredentials(),
                           nullptr);
  // CHECK-MESSAGES: :[[@LINE-2]]:11: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with AddListeningPort()'s selected_port [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-3]]:40: note: the endpoint's port is 0
  builder.RegisterService(service);
  return builder.BuildAndStart();
}

// Look-alikes that are right.

std::unique_ptr<grpc::Server> good_selected_port(grpc::Service *service,
                                                 int *port) {
  grpc::ServerBuilder builder;
  builder.AddListeningPort("localhost:0", grpc::InsecureServerCredentials(), port);
  builder.RegisterService(service);
  return builder.BuildAndStart();
}

std::unique_ptr<grpc::Server> good_fixed_port(grpc::Service *service,
                                              const std::string &address) {
  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.AddListeningPort("unix:/run/app.sock", grpc::InsecureServerCredentials());
  builder.RegisterService(service);
  return builder.BuildAndStart();
}

std::unique_ptr<grpc::Server> good_selected_port_read(grpc::Service *service) {
  grpc::ServerBuilder builder;
  int selected = 0;
  builder.AddListeningPort("[::1]:0", grpc::InsecureServerCredentials(), &selected);
  builder.RegisterService(service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  return selected ? std::move(server) : nullptr;
}

// selected_port is filled in by BuildAndStart(), and nobody looks at it.
std::unique_ptr<grpc::Server> bad_selected_port_unread(grpc::Service *service) {
  grpc::ServerBuilder builder;
  int selected = 0;
  builder.AddListeningPort("[::1]:0", grpc::InsecureServerCredentials(), &selected);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with AddListeningPort()'s selected_port [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: the endpoint's port is 0
  builder.RegisterService(service);
  return builder.BuildAndStart();
}
