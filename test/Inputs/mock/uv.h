/* A minimal stand-in for libuv's uv.h: the declarations porttidy's tests use,
   with libuv's own names and argument orders. */
#ifndef PORTTIDY_MOCK_UV_H
#define PORTTIDY_MOCK_UV_H
#include <netinet/in.h>
#include <stddef.h>
#include <sys/socket.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct uv_loop_s { int unused; } uv_loop_t;
typedef struct uv_handle_s { void *data; } uv_handle_t;
typedef struct uv_stream_s { void *data; } uv_stream_t;
typedef struct uv_tcp_s { void *data; } uv_tcp_t;
typedef struct uv_udp_s { void *data; } uv_udp_t;
typedef struct uv_connect_s { void *data; } uv_connect_t;
typedef struct uv_udp_send_s { void *data; } uv_udp_send_t;
typedef struct uv_buf_t { char *base; size_t len; } uv_buf_t;
typedef void (*uv_connect_cb)(uv_connect_t *req, int status);
typedef void (*uv_udp_send_cb)(uv_udp_send_t *req, int status);
typedef void (*uv_connection_cb)(uv_stream_t *server, int status);

uv_loop_t *uv_default_loop(void);
int uv_ip4_addr(const char *ip, int port, struct sockaddr_in *addr);
int uv_ip6_addr(const char *ip, int port, struct sockaddr_in6 *addr);
int uv_tcp_init(uv_loop_t *loop, uv_tcp_t *handle);
int uv_udp_init(uv_loop_t *loop, uv_udp_t *handle);
int uv_tcp_connect(uv_connect_t *req, uv_tcp_t *handle,
                   const struct sockaddr *addr, uv_connect_cb cb);
int uv_udp_connect(uv_udp_t *handle, const struct sockaddr *addr);
int uv_udp_send(uv_udp_send_t *req, uv_udp_t *handle, const uv_buf_t bufs[],
                unsigned int nbufs, const struct sockaddr *addr,
                uv_udp_send_cb send_cb);
int uv_udp_try_send(uv_udp_t *handle, const uv_buf_t bufs[],
                    unsigned int nbufs, const struct sockaddr *addr);
int uv_tcp_bind(uv_tcp_t *handle, const struct sockaddr *addr,
                unsigned int flags);
int uv_udp_bind(uv_udp_t *handle, const struct sockaddr *addr,
                unsigned int flags);
int uv_listen(uv_stream_t *stream, int backlog, uv_connection_cb cb);
int uv_tcp_getsockname(const uv_tcp_t *handle, struct sockaddr *name,
                       int *namelen);
int uv_udp_getsockname(const uv_udp_t *handle, struct sockaddr *name,
                       int *namelen);
uv_buf_t uv_buf_init(char *base, unsigned int len);

#ifdef __cplusplus
}
#endif
#endif
