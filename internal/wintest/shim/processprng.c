/*
 * bcryptprimitives.dll shim for running Go programs under Wine 8 (Debian bookworm's wine64).
 *
 * Why: since Go 1.24 the Windows runtime gets its random bytes from ProcessPrng in
 * bcryptprimitives.dll and looks it up before anything else runs. Wine 8 ships no such DLL, so every
 * Go 1.24+ .exe dies at start with "fatal error: bcryptprimitives.dll not found". Real Windows
 * (10 and later) has it; only the test machine lacks it. This one-function DLL supplies ProcessPrng
 * by forwarding to RtlGenRandom (exported by advapi32 as SystemFunction036), which Wine has. The
 * Wine test (internal/wintest) builds it with Debian's mingw-w64 and copies it into the Wine
 * prefix's system32; it is never shipped.
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll processprng.c -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom; ntsecapi.h only reaches it through a macro, so declare the export directly. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* ProcessPrng fills data with cryptographically random bytes. On Windows it cannot fail and always
 * returns TRUE; here a failure of RtlGenRandom is passed on as FALSE rather than hidden. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		/* RtlGenRandom takes a 32-bit length: feed larger requests in pieces. */
		ULONG n = size > 0x40000000 ? 0x40000000 : (ULONG)size;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
