// libevent (<event2/listener.h> from libevent-dev): evconnlistener_new_bind()
// makes a TCP socket, binds it to the address and listens. Bound to port 0,
// the listener's port is known only to getsockname() on
// evconnlistener_get_fd(); nobody else can be told where to connect.
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O0
// RUN: %check_port_tidy %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O2
// RUN: %check_port_tidy -lang=c++ %s port-unqueried-ephemeral %t -- -- -O0

#include <arpa/inet.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

static void on_accept(struct evconnlistener *listener, evutil_socket_t fd,
                      struct sockaddr *peer, int peer_len, void *arg) {}

int bad_never_read(struct event_base *base) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  struct evconnlistener *lev = evconnlistener_new_bind(
      base, on_accept, NULL, LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE, -1,
      (struct sockaddr *)&sin, sizeof sin);
  // CHECK-MESSAGES: :[[@LINE-3]]:32: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() on evconnlistener_get_fd() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: the port is zeroed here and never set
  if (!lev)
    return -1;
  evconnlistener_set_error_cb(lev, NULL);
  evconnlistener_enable(lev);
  event_base_dispatch(base);
  evconnlistener_free(lev);
  return 0;
}

int bad_assigned(struct event_base *base) {
  struct sockaddr_in6 sin6 = {0};
  struct evconnlistener *lev;
  sin6.sin6_family = AF_INET6;
  sin6.sin6_addr = in6addr_loopback;
  lev = evconnlistener_new_bind(base, on_accept, NULL, 0, 16,
                                (struct sockaddr *)&sin6, sizeof sin6);
  // CHECK-MESSAGES: :[[@LINE-2]]:9: warning: socket is bound to an ephemeral port (port 0) and listens, but the assigned port is never read with getsockname() on evconnlistener_get_fd() [port-unqueried-ephemeral]
  // CHECK-MESSAGES: :[[@LINE-7]]:30: note: the port is 0 from this initializer
  event_base_dispatch(base);
  evconnlistener_free(lev);
  return 0;
}

// Look-alikes that are right.

int good_read_back(struct event_base *base) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  struct evconnlistener *lev = evconnlistener_new_bind(
      base, on_accept, NULL, LEV_OPT_CLOSE_ON_FREE, -1, (struct sockaddr *)&sin,
      sizeof sin);
  socklen_t len = sizeof sin;
  getsockname(evconnlistener_get_fd(lev), (struct sockaddr *)&sin, &len);
  event_base_dispatch(base);
  return ntohs(sin.sin_port);
}

int good_descriptor_kept(struct event_base *base) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  struct evconnlistener *lev = evconnlistener_new_bind(
      base, on_accept, NULL, LEV_OPT_CLOSE_ON_FREE, -1, (struct sockaddr *)&sin,
      sizeof sin);
  evutil_socket_t fd = evconnlistener_get_fd(lev);
  socklen_t len = sizeof sin;
  getsockname(fd, (struct sockaddr *)&sin, &len);
  event_base_dispatch(base);
  return ntohs(sin.sin_port);
}

int good_port_given(struct event_base *base, unsigned short port) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_port = htons(port);
  struct evconnlistener *lev = evconnlistener_new_bind(
      base, on_accept, NULL, LEV_OPT_CLOSE_ON_FREE, -1, (struct sockaddr *)&sin,
      sizeof sin);
  event_base_dispatch(base);
  evconnlistener_free(lev);
  return 0;
}

struct server {
  struct evconnlistener *listener;
};

// Whoever gets the listener may read its port.
int good_kept_in_struct(struct event_base *base, struct server *srv) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  struct evconnlistener *lev = evconnlistener_new_bind(
      base, on_accept, NULL, LEV_OPT_CLOSE_ON_FREE, -1, (struct sockaddr *)&sin,
      sizeof sin);
  srv->listener = lev;
  return 0;
}

int good_stored_in_field(struct event_base *base, struct server *srv) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  srv->listener = evconnlistener_new_bind(base, on_accept, NULL,
                                          LEV_OPT_CLOSE_ON_FREE, -1,
                                          (struct sockaddr *)&sin, sizeof sin);
  return 0;
}

struct evconnlistener *good_returned(struct event_base *base) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  struct evconnlistener *lev = evconnlistener_new_bind(
      base, on_accept, NULL, LEV_OPT_CLOSE_ON_FREE, -1, (struct sockaddr *)&sin,
      sizeof sin);
  return lev;
}

int report_port(struct evconnlistener *listener);

int good_helper_reads(struct event_base *base) {
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  struct evconnlistener *lev = evconnlistener_new_bind(
      base, on_accept, NULL, LEV_OPT_CLOSE_ON_FREE, -1, (struct sockaddr *)&sin,
      sizeof sin);
  return report_port(lev);
}

