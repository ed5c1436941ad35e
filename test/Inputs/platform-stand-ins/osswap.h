/* A stand-in for macOS, which cannot be installed here: macOS spells htons
   through _OSSwapInt16 (libkern/_OSByteOrder.h). */
#ifndef PORTTIDY_STAND_IN_OSSWAP_H
#define PORTTIDY_STAND_IN_OSSWAP_H
#include <stdint.h>
static inline uint16_t _OSSwapInt16(uint16_t data) {
  return (uint16_t)((data << 8) | (data >> 8));
}
#define PORTTIDY_HTONS(x) _OSSwapInt16(x)
#endif
