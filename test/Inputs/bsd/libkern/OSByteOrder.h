/* Stand-in for macOS's <libkern/OSByteOrder.h> on a little-endian Mac. */
#ifndef PORTTIDY_BSD_OSBYTEORDER_H
#define PORTTIDY_BSD_OSBYTEORDER_H

#include <libkern/_OSByteOrder.h>

#define OSSwapInt16(x) __DARWIN_OSSwapInt16(x)
#define OSSwapInt32(x) __DARWIN_OSSwapInt32(x)
#define OSSwapHostToBigInt16(x) OSSwapInt16(x)
#define OSSwapBigToHostInt16(x) OSSwapInt16(x)
#define OSSwapHostToBigInt32(x) OSSwapInt32(x)
#define OSSwapBigToHostInt32(x) OSSwapInt32(x)

#endif
