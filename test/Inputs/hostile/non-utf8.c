/* Latin-1 comment: café, naïve, ÿş not UTF-8 at all */
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static const char banner[] = "réseau €şÿ";
static const char lone = 'é';

int bad_client_latin1(void) { /* Ã( is an invalid UTF-8 sequence */
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
  return connect(fd, (struct sockaddr *)&sa, sizeof sa); // ğ(Œ¼
}
