#pragma once

// Substring search for SearchFilterProxy's scan of 100,000 rows a keystroke. QStringView::contains
// hashes its way through a short text one code unit at a time; this looks for the needle's first
// and last code units eight at a time (SSE2, on every x86-64) and compares the rest only where
// both are in place. Exact code units: the caller folds both texts beforehand.

#include <QStringView>

#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define GH_TEXTFIND_SSE2 1
#endif

namespace gh {

inline bool containsText(QStringView haystack, QStringView needle)
{
    const qsizetype n = needle.size();
    const qsizetype h = haystack.size();
    if (n == 0)
        return true;
    if (n > h)
        return false;
    if (n == 1)
        return haystack.contains(needle.front()); // Qt's own character search is vectorised
    const char16_t* s = haystack.utf16();
    const char16_t* p = needle.utf16();
    const char16_t first = p[0];
    const char16_t last = p[n - 1];
    const std::size_t middle = std::size_t(n - 2) * sizeof(char16_t);
    const qsizetype starts = h - n + 1; // where the needle could begin: [0, starts)
    qsizetype i = 0;
#ifdef GH_TEXTFIND_SSE2
    const __m128i firsts = _mm_set1_epi16(static_cast<short>(first));
    const __m128i lasts = _mm_set1_epi16(static_cast<short>(last));
    for (; i + 8 <= starts; i += 8) {
        // Both loads end within the haystack: i + 7 + n - 1 <= starts - 1 + n - 1 = h - 1.
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i + n - 1));
        auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi16(a, firsts), _mm_cmpeq_epi16(b, lasts))));
        while (mask != 0) {
            const int bit = std::countr_zero(mask); // two mask bits per code unit
            if (std::memcmp(s + i + bit / 2 + 1, p + 1, middle) == 0)
                return true;
            mask &= ~(3U << bit);
        }
    }
#endif
    for (; i < starts; ++i) {
        if (s[i] == first && s[i + n - 1] == last && std::memcmp(s + i + 1, p + 1, middle) == 0)
            return true;
    }
    return false;
}

} // namespace gh
