// Copyright 2026 The gtest_data Authors.
//
// Locale-independent text helpers of the fake module. Not installed.
// No std::tolower, no <locale>: every mapping here is an explicit table, so
// output does not depend on the process locale or the standard library.

#ifndef GTEST_DATA_SRC_FAKE_TEXT_H_
#define GTEST_DATA_SRC_FAKE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "gtest_data/internal/strings.h"

namespace gtest_data {
namespace fake {
namespace internal {

// Decodes the UTF-8 sequence at text[pos]. Strict: no overlong forms, no
// surrogates, nothing above U+10FFFF. Returns its length in bytes and sets
// *code_point, or returns 0 when the bytes there are not valid UTF-8.
size_t DecodeUtf8(std::string_view text, size_t pos, uint32_t* code_point);

// Decodes the UTF-8 sequence at `text[*pos]`, advances *pos past it and
// returns the code point (U+FFFD for a malformed byte, advancing one byte).
char32_t NextCodePoint(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of `code_point`: the shared, standard-library-
// only helper (same bytes as the copy this module had).
using ::gtest_data::internal::AppendUtf8;

// Appends `text` folded to lowercase ASCII letters and digits for use in
// email local parts, user names and domains: ASCII letters are lowercased,
// Latin letters with diacritics lose them (é -> e, ł -> l, ñ -> n), German
// umlauts and ß expand (ä -> ae, ß -> ss), and everything else (spaces,
// punctuation, other scripts) is dropped.
void AppendAsciiFold(std::string_view text, std::string* out);

// Appends `text` transliterated to ASCII for display in Latin letters:
// diacritics are folded as by AppendAsciiFold() but case is kept
// ("Müller" -> "Mueller", "Łukasz" -> "Lukasz"); ASCII letters, digits,
// spaces, hyphens and apostrophes are kept; anything else is dropped.
void AppendAsciiFoldPreservingCase(std::string_view text, std::string* out);

// Returns `text` with its first letter in upper case, for ASCII, Latin-1,
// Latin Extended-A and basic Cyrillic letters; other text is unchanged.
std::string CapitalizeFirst(std::string_view text);

// Returns `byte` as "0x" and two upper-case hex digits ("0xC3"), for
// messages that name a byte which is not valid UTF-8.
std::string HexByte(unsigned char byte);

// Appends `value` in decimal, zero-padded to at least `width` digits.
void AppendDecimal(int64_t value, int width, std::string* out);

// Appends a fixed-point number: `value` / 10^decimals, e.g. (48137154, 6)
// -> "48.137154", (-5, 2) -> "-0.05".
void AppendFixedPoint(int64_t value, int decimals, std::string* out);

// Parses a decimal number with up to `decimals` fractional digits into a
// scaled integer ("48.1372", 6 -> 48137200). Returns false on malformed text.
bool ParseFixedPoint(std::string_view text, int decimals, int64_t* value);

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_FAKE_TEXT_H_
