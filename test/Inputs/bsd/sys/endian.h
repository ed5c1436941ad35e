/* Stand-in for FreeBSD's <sys/endian.h> on a little-endian host: the
   <endian.h> names are macros over bswap16(), itself the builtin. */
#ifndef PORTTIDY_BSD_SYS_ENDIAN_H
#define PORTTIDY_BSD_SYS_ENDIAN_H

#include <sys/_bsd_types.h>

#define __bswap16(x) (__uint16_t) __builtin_bswap16(x)
#define __bswap32(x) __builtin_bswap32(x)
#define bswap16(x) __bswap16(x)
#define bswap32(x) __bswap32(x)

#define htobe16(x) bswap16((x))
#define be16toh(x) bswap16((x))
#define htobe32(x) bswap32((x))
#define be32toh(x) bswap32((x))

#endif
