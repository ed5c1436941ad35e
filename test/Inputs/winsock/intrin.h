/* Stand-in for MSVC's <intrin.h> (also <stdlib.h>): the byte swap. */
#ifndef PORTTIDY_INTRIN_H
#define PORTTIDY_INTRIN_H
#ifdef __cplusplus
extern "C" {
#endif
unsigned short _byteswap_ushort(unsigned short _Number);
unsigned long _byteswap_ulong(unsigned long _Number);
#ifdef __cplusplus
}
#endif
#endif
