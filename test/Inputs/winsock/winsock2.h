/* Stand-in for the Windows SDK's <winsock2.h> (with the parts of <ws2def.h>
   it includes): the types, constants and signatures porttidy's tests need,
   declared as the SDK declares them. WSAAPI is __stdcall there; here it is
   empty. Integer widths follow Windows (LLP64): u_long and DWORD are 32-bit,
   SOCKET is a 64-bit UINT_PTR. */
#ifndef PORTTIDY_WINSOCK2_H
#define PORTTIDY_WINSOCK2_H

#define WSAAPI
#define FAR

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned char UCHAR;
typedef unsigned short USHORT;
typedef unsigned short WORD;
typedef unsigned int ULONG;
typedef unsigned int DWORD, *LPDWORD;
typedef int INT, *LPINT;
typedef char CHAR;
typedef unsigned short WCHAR;
typedef void *LPVOID;
typedef unsigned long long UINT_PTR, DWORD_PTR;
typedef unsigned short u_short;
typedef unsigned int u_long;

typedef UINT_PTR SOCKET;
#define INVALID_SOCKET (SOCKET)(~0)
#define SOCKET_ERROR (-1)

typedef USHORT ADDRESS_FAMILY;
#define AF_UNSPEC 0
#define AF_UNIX 1
#define AF_INET 2
#define AF_INET6 23

#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3

typedef enum {
  IPPROTO_IP = 0,
  IPPROTO_ICMP = 1,
  IPPROTO_TCP = 6,
  IPPROTO_UDP = 17,
  IPPROTO_ICMPV6 = 58,
  IPPROTO_RAW = 255
} IPPROTO;

#define INADDR_ANY (ULONG)0x00000000
#define INADDR_LOOPBACK 0x7f000001
#define WSA_FLAG_OVERLAPPED 0x01

typedef struct in_addr {
  union {
    struct { UCHAR s_b1, s_b2, s_b3, s_b4; } S_un_b;
    struct { USHORT s_w1, s_w2; } S_un_w;
    ULONG S_addr;
  } S_un;
} IN_ADDR, *PIN_ADDR, FAR *LPIN_ADDR;
#define s_addr S_un.S_addr

typedef struct sockaddr {
  ADDRESS_FAMILY sa_family;
  CHAR sa_data[14];
} SOCKADDR, *PSOCKADDR, FAR *LPSOCKADDR;

typedef struct sockaddr_in {
  ADDRESS_FAMILY sin_family;
  USHORT sin_port;
  IN_ADDR sin_addr;
  CHAR sin_zero[8];
} SOCKADDR_IN, *PSOCKADDR_IN;

typedef struct sockaddr_storage {
  ADDRESS_FAMILY ss_family;
  CHAR __ss_pad1[6];
  long long __ss_align;
  CHAR __ss_pad2[112];
} SOCKADDR_STORAGE_LH, *PSOCKADDR_STORAGE_LH;
typedef SOCKADDR_STORAGE_LH SOCKADDR_STORAGE;
typedef SOCKADDR_STORAGE_LH *PSOCKADDR_STORAGE;

typedef struct _WSABUF {
  ULONG len;
  CHAR FAR *buf;
} WSABUF, FAR *LPWSABUF;

typedef struct _WSAMSG {
  LPSOCKADDR name;
  INT namelen;
  LPWSABUF lpBuffers;
  ULONG dwBufferCount;
  WSABUF Control;
  ULONG dwFlags;
} WSAMSG, *PWSAMSG, *FAR LPWSAMSG;

typedef struct _OVERLAPPED OVERLAPPED;
typedef OVERLAPPED WSAOVERLAPPED, *LPWSAOVERLAPPED;
typedef void(WSAAPI *LPWSAOVERLAPPED_COMPLETION_ROUTINE)(
    DWORD dwError, DWORD cbTransferred, LPWSAOVERLAPPED lpOverlapped,
    DWORD dwFlags);
typedef struct _WSAPROTOCOL_INFOA WSAPROTOCOL_INFOA, *LPWSAPROTOCOL_INFOA;
typedef struct _WSAPROTOCOL_INFOW WSAPROTOCOL_INFOW, *LPWSAPROTOCOL_INFOW;
typedef unsigned int GROUP;
typedef struct _QualityOfService QOS, *LPQOS;
typedef int(WSAAPI *LPCONDITIONPROC)(LPWSABUF, LPWSABUF, LPQOS, LPQOS,
                                     LPWSABUF, LPWSABUF, GROUP FAR *,
                                     DWORD_PTR);
typedef struct WSAData {
  WORD wVersion;
  WORD wHighVersion;
  char szDescription[257];
  char szSystemStatus[129];
} WSADATA, FAR *LPWSADATA;

int WSAAPI WSAStartup(WORD wVersionRequested, LPWSADATA lpWSAData);
int WSAAPI WSACleanup(void);
int WSAAPI WSAGetLastError(void);

SOCKET WSAAPI socket(int af, int type, int protocol);
int WSAAPI bind(SOCKET s, const struct sockaddr FAR *name, int namelen);
int WSAAPI connect(SOCKET s, const struct sockaddr FAR *name, int namelen);
int WSAAPI listen(SOCKET s, int backlog);
SOCKET WSAAPI accept(SOCKET s, struct sockaddr FAR *addr, int FAR *addrlen);
int WSAAPI getsockname(SOCKET s, struct sockaddr FAR *name, int FAR *namelen);
int WSAAPI getpeername(SOCKET s, struct sockaddr FAR *name, int FAR *namelen);
int WSAAPI send(SOCKET s, const char FAR *buf, int len, int flags);
int WSAAPI sendto(SOCKET s, const char FAR *buf, int len, int flags,
                  const struct sockaddr FAR *to, int tolen);
int WSAAPI recv(SOCKET s, char FAR *buf, int len, int flags);
int WSAAPI recvfrom(SOCKET s, char FAR *buf, int len, int flags,
                    struct sockaddr FAR *from, int FAR *fromlen);
int WSAAPI closesocket(SOCKET s);
int WSAAPI ioctlsocket(SOCKET s, long cmd, u_long FAR *argp);

u_short WSAAPI htons(u_short hostshort);
u_short WSAAPI ntohs(u_short netshort);
u_long WSAAPI htonl(u_long hostlong);
u_long WSAAPI ntohl(u_long netlong);
int WSAAPI WSAHtons(SOCKET s, u_short hostshort, u_short FAR *lpnetshort);
int WSAAPI WSANtohs(SOCKET s, u_short netshort, u_short FAR *lphostshort);
int WSAAPI WSAHtonl(SOCKET s, u_long hostlong, u_long FAR *lpnetlong);
int WSAAPI WSANtohl(SOCKET s, u_long netlong, u_long FAR *lphostlong);

SOCKET WSAAPI WSASocketA(int af, int type, int protocol,
                         LPWSAPROTOCOL_INFOA lpProtocolInfo, GROUP g,
                         DWORD dwFlags);
SOCKET WSAAPI WSASocketW(int af, int type, int protocol,
                         LPWSAPROTOCOL_INFOW lpProtocolInfo, GROUP g,
                         DWORD dwFlags);
#ifdef UNICODE
#define WSASocket WSASocketW
#else
#define WSASocket WSASocketA
#endif
SOCKET WSAAPI WSAAccept(SOCKET s, struct sockaddr FAR *addr, LPINT addrlen,
                        LPCONDITIONPROC lpfnCondition,
                        DWORD_PTR dwCallbackData);
int WSAAPI WSAConnect(SOCKET s, const struct sockaddr FAR *name, int namelen,
                      LPWSABUF lpCallerData, LPWSABUF lpCalleeData,
                      LPQOS lpSQOS, LPQOS lpGQOS);
int WSAAPI WSASend(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                   LPDWORD lpNumberOfBytesSent, DWORD dwFlags,
                   LPWSAOVERLAPPED lpOverlapped,
                   LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
int WSAAPI WSASendTo(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                     LPDWORD lpNumberOfBytesSent, DWORD dwFlags,
                     const struct sockaddr FAR *lpTo, int iTolen,
                     LPWSAOVERLAPPED lpOverlapped,
                     LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
int WSAAPI WSASendMsg(SOCKET Handle, LPWSAMSG lpMsg, DWORD dwFlags,
                      LPDWORD lpNumberOfBytesSent,
                      LPWSAOVERLAPPED lpOverlapped,
                      LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
int WSAAPI WSARecv(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                   LPDWORD lpNumberOfBytesRecvd, LPDWORD lpFlags,
                   LPWSAOVERLAPPED lpOverlapped,
                   LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
int WSAAPI WSARecvFrom(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                       LPDWORD lpNumberOfBytesRecvd, LPDWORD lpFlags,
                       struct sockaddr FAR *lpFrom, LPINT lpFromlen,
                       LPWSAOVERLAPPED lpOverlapped,
                       LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
int WSAAPI WSAIoctl(SOCKET s, DWORD dwIoControlCode, LPVOID lpvInBuffer,
                    DWORD cbInBuffer, LPVOID lpvOutBuffer, DWORD cbOutBuffer,
                    LPDWORD lpcbBytesReturned, LPWSAOVERLAPPED lpOverlapped,
                    LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);

#ifdef __cplusplus
}
#endif

#endif /* PORTTIDY_WINSOCK2_H */
