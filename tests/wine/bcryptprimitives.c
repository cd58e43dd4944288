/*
 * Test fixture, never shipped: a stand-in for Windows' bcryptprimitives.dll
 * for wine 8, which lacks it. Rust's standard library takes its random bytes
 * from ProcessPrng there (since Rust 1.78); this forwards to BCryptGenRandom
 * with the system's preferred generator, which wine has.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
