/* Stand-in for macOS's <sys/_endian.h>: htons() and friends are macros. */
#ifndef PORTTIDY_BSD_SYS_ENDIAN_PRIVATE_H
#define PORTTIDY_BSD_SYS_ENDIAN_PRIVATE_H

#include <libkern/_OSByteOrder.h>

#define ntohs(x) __DARWIN_OSSwapInt16(x)
#define htons(x) __DARWIN_OSSwapInt16(x)
#define ntohl(x) __DARWIN_OSSwapInt32(x)
#define htonl(x) __DARWIN_OSSwapInt32(x)

#endif
