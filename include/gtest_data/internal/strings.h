// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API. IWYU pragma: private
//
// Small text helpers that modules used to write for themselves, once:
// AppendUtf8 (a code point as UTF-8), StrJoin (parts with a separator) and
// AsciiToLower/AsciiStrToLower (ASCII letters only, whatever the process
// locale).
//
//   std::string s;
//   gtest_data::internal::AppendUtf8(0xE9, &s);                   // "\xC3\xA9" (é)
//   gtest_data::internal::StrJoin({"a", "b", "c"}, ", ");         // "a, b, c"
//   gtest_data::internal::AsciiStrToLower("INTEGER Ä");           // "integer Ä"
//
// They are the text half of the internal base (gtest_data_base_internal; the
// file half is src/base/file.h). This half is header-only and uses the
// standard library alone, so the seeded core (random, fake) shares it
// without linking anything. Every function is a pure function of its
// arguments: deterministic on every platform and thread-safe.

#ifndef GTEST_DATA_INTERNAL_STRINGS_H_
#define GTEST_DATA_INTERNAL_STRINGS_H_

#include <initializer_list>
#include <string>
#include <string_view>

namespace gtest_data {
namespace internal {

// Appends the UTF-8 encoding of `code_point` (one to four bytes).
// `code_point` must be at most U+10FFFF. Surrogates (U+D800..U+DFFF) are not
// rejected: they are encoded as three bytes like any other code point (as
// WTF-8 does), which is what every caller did before this helper and what
// keeps seeded output unchanged.
inline void AppendUtf8(char32_t code_point, std::string* out) {
  const char32_t cp = code_point;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The elements of `parts` (anything convertible to std::string_view) in
// order, with `separator` between each two: {} gives "", {"a"} gives "a".
template <typename Range>
std::string StrJoin(const Range& parts, std::string_view separator) {
  std::string out;
  bool first = true;
  for (const auto& part : parts) {
    if (!first) out.append(separator);
    first = false;
    out.append(std::string_view(part));
  }
  return out;
}

// StrJoin of a braced list: StrJoin({"a", "b"}, ", ").
inline std::string StrJoin(std::initializer_list<std::string_view> parts,
                           std::string_view separator) {
  return StrJoin<std::initializer_list<std::string_view>>(parts, separator);
}

// `c` with 'A'..'Z' mapped to 'a'..'z'; every other byte, UTF-8 included,
// unchanged. Unlike std::tolower, it never consults the process locale.
constexpr char AsciiToLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// `text` with each byte mapped by AsciiToLower(): "SELECT Ä" -> "select Ä".
inline std::string AsciiStrToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiToLower(c);
  return out;
}

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_INTERNAL_STRINGS_H_
