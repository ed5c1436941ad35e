// A minimal stand-in for standalone asio: the class shapes porttidy relies on
// (socket templates over a protocol class, basic_endpoint<Protocol>).
#ifndef PORTTIDY_MOCK_ASIO_HPP
#define PORTTIDY_MOCK_ASIO_HPP
#include <cstddef>

namespace asio {
class io_context {};
struct const_buffer { const void *data; std::size_t size; };
inline const_buffer buffer(const void *data, std::size_t size) { return {data, size}; }

namespace ip {
class address {
public:
  static address from_string(const char *text);
};
address make_address(const char *text);

template <typename Protocol> class basic_endpoint {
public:
  basic_endpoint();
  basic_endpoint(const Protocol &protocol, unsigned short port);
  basic_endpoint(const address &addr, unsigned short port);
  basic_endpoint(const basic_endpoint &other);
  unsigned short port() const;
  Protocol protocol() const;
  void port(unsigned short port_num);
};
} // namespace ip

template <typename Protocol> class basic_stream_socket {
public:
  explicit basic_stream_socket(io_context &context);
  void connect(const typename Protocol::endpoint &peer);
  template <typename Handler>
  void async_connect(const typename Protocol::endpoint &peer, Handler handler) {
    (void)peer;
    (void)handler;
  }
  std::size_t send(const const_buffer &buffers);
  typename Protocol::endpoint local_endpoint() const;
  void close();
};

template <typename Protocol> class basic_datagram_socket {
public:
  explicit basic_datagram_socket(io_context &context);
  basic_datagram_socket(io_context &context, const Protocol &protocol);
  // Opens the socket and binds it to the endpoint.
  basic_datagram_socket(io_context &context,
                        const typename Protocol::endpoint &endpoint);
  void connect(const typename Protocol::endpoint &peer);
  std::size_t send(const const_buffer &buffers);
  std::size_t send_to(const const_buffer &buffers,
                      const typename Protocol::endpoint &destination);
  template <typename Handler>
  void async_send_to(const const_buffer &buffers,
                     const typename Protocol::endpoint &destination,
                     Handler handler) {
    (void)buffers;
    (void)destination;
    (void)handler;
  }
  typename Protocol::endpoint local_endpoint() const;
  void close();
};

template <typename Protocol> class basic_raw_socket {
public:
  basic_raw_socket(io_context &context, const Protocol &protocol);
  std::size_t send_to(const const_buffer &buffers,
                      const typename Protocol::endpoint &destination);
};

template <typename Protocol> class basic_socket_acceptor {
public:
  basic_socket_acceptor(io_context &context,
                        const typename Protocol::endpoint &endpoint);
  typename Protocol::endpoint local_endpoint() const;
  void close();
  // open(), bind() and listen() one step at a time, then accept.
  explicit basic_socket_acceptor(io_context &context);
  void open(const Protocol &protocol);
  void bind(const typename Protocol::endpoint &endpoint);
  void listen(int backlog = 4096);
  void accept(basic_stream_socket<Protocol> &peer);
  template <typename Handler> void async_accept(Handler handler) {
    (void)handler;
  }
};

namespace ip {
class tcp {
public:
  typedef basic_endpoint<tcp> endpoint;
  typedef basic_stream_socket<tcp> socket;
  typedef basic_socket_acceptor<tcp> acceptor;
  static tcp v4();
  static tcp v6();
};
class udp {
public:
  typedef basic_endpoint<udp> endpoint;
  typedef basic_datagram_socket<udp> socket;
  static udp v4();
};
class icmp {
public:
  typedef basic_endpoint<icmp> endpoint;
  typedef basic_raw_socket<icmp> socket;
  static icmp v4();
};
} // namespace ip
} // namespace asio
#endif
