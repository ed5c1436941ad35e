/* Shared by the BSD stand-ins: the fixed-width names their headers use. */
#ifndef PORTTIDY_BSD_TYPES_H
#define PORTTIDY_BSD_TYPES_H
typedef unsigned char __uint8_t;
typedef unsigned short __uint16_t;
typedef unsigned int __uint32_t;
#endif
