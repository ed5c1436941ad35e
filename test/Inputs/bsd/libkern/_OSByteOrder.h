/* Stand-in for macOS's <libkern/_OSByteOrder.h>: what htons() and ntohs()
   expand to, a constant swap for constants and _OSSwapInt16() otherwise. */
#ifndef PORTTIDY_BSD_OSBYTEORDER_PRIVATE_H
#define PORTTIDY_BSD_OSBYTEORDER_PRIVATE_H

#include <sys/_bsd_types.h>

#define __DARWIN_OSSwapConstInt16(x)                                           \
  ((__uint16_t)((((__uint16_t)(x)&0xff00U) >> 8) |                             \
                (((__uint16_t)(x)&0x00ffU) << 8)))

#define __DARWIN_OSSwapConstInt32(x)                                           \
  ((__uint32_t)((((__uint32_t)(x)&0xff000000U) >> 24) |                        \
                (((__uint32_t)(x)&0x00ff0000U) >> 8) |                         \
                (((__uint32_t)(x)&0x0000ff00U) << 8) |                         \
                (((__uint32_t)(x)&0x000000ffU) << 24)))

static inline __uint16_t _OSSwapInt16(__uint16_t _data) {
  return (__uint16_t)((_data << 8) | (_data >> 8));
}

static inline __uint32_t _OSSwapInt32(__uint32_t _data) {
  return __builtin_bswap32(_data);
}

#define __DARWIN_OSSwapInt16(x)                                                \
  ((__uint16_t)(__builtin_constant_p(x) ? __DARWIN_OSSwapConstInt16(x)         \
                                        : _OSSwapInt16(x)))

#define __DARWIN_OSSwapInt32(x)                                                \
  (__builtin_constant_p(x) ? __DARWIN_OSSwapConstInt32(x) : _OSSwapInt32(x))

#endif
