// Copyright 2026 The gtest_data Authors.

#include "text.h"

#include <array>

namespace gtest_data {
namespace fake {
namespace internal {

// Decodes the UTF-8 sequence at text[pos]. Strict: no overlong forms, no
// surrogates, nothing above U+10FFFF. Returns its length in bytes, or 0 when
// the bytes there are not valid UTF-8.
size_t DecodeUtf8(std::string_view text, size_t pos, uint32_t* code_point) {
  const auto byte = [&](size_t i) {
    return static_cast<uint32_t>(static_cast<unsigned char>(text[i]));
  };
  const uint32_t b0 = byte(pos);
  if (b0 < 0x80) {
    *code_point = b0;
    return 1;
  }
  size_t length;
  uint32_t cp;
  uint32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  for (size_t i = 1; i < length; ++i) {
    const uint32_t b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  *code_point = cp;
  return length;
}

char32_t NextCodePoint(std::string_view text, size_t* pos) {
  uint32_t cp = 0;
  const size_t length = DecodeUtf8(text, *pos, &cp);
  if (length == 0) {
    ++*pos;
    return 0xfffd;
  }
  *pos += length;
  return cp;
}

namespace {

// The ASCII spelling of a Latin letter with diacritics, or null.
// U+00C0..U+00FF (Latin-1) and U+0100..U+017F (Latin Extended-A), lowercase.
const char* FoldLatin(char32_t cp) {
  static const char* const kLatin1[64] = {
      // U+00C0 .. U+00FF
      "a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i", "i",
      "i", "i", "d", "n", "o", "o", "o", "o", "oe", nullptr, "o", "u", "u", "u",
      "ue", "y", "th", "ss", "a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e",
      "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "oe", nullptr,
      "o", "u", "u", "u", "ue", "y", "th", "y"};
  // U+0100 .. U+017F, one entry per code point.
  static const char* const kExtendedA[128] = {
      "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
      "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
      "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
      "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
      "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
      "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
      "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
      "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
  };
  if (cp >= 0xc0 && cp <= 0xff) return kLatin1[cp - 0xc0];
  if (cp >= 0x100 && cp <= 0x17f) return kExtendedA[cp - 0x100];
  return nullptr;
}

}  // namespace

void AppendAsciiFold(std::string_view text, std::string* out) {
  // Most names are short ASCII words: fold them in a stack buffer and append
  // once, instead of growing the string a character at a time.
  // kKeep[c]: the ASCII byte c folded (A-Z lowered; a-z and 0-9 as they
  // are), 0 for one that is dropped, 1 for a byte >= 0x80 that needs
  // decoding.
  static constexpr auto kKeep = [] {
    std::array<char, 256> keep{};
    for (int c = 0; c < 256; ++c) {
      if (c >= 0x80) {
        keep[c] = 1;
      } else if (c >= 'A' && c <= 'Z') {
        keep[c] = static_cast<char>(c - 'A' + 'a');
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        keep[c] = static_cast<char>(c);
      }
    }
    return keep;
  }();
  char buffer[64] = {};
  size_t n = 0;
  size_t pos = 0;
  for (; pos < text.size() && n < sizeof(buffer); ++pos) {
    const char folded = kKeep[static_cast<unsigned char>(text[pos])];
    if (folded == 1) break;
    buffer[n] = folded;
    n += folded != 0;
  }
  out->append(buffer, n);
  while (pos < text.size()) {
    const char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80) {  // ASCII: no decoding needed
      if (c >= 'A' && c <= 'Z') {
        out->push_back(static_cast<char>(c - 'A' + 'a'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out->push_back(c);
      }
      ++pos;
      continue;
    }
    const char32_t cp = NextCodePoint(text, &pos);
    if (cp >= 'A' && cp <= 'Z') {
      out->push_back(static_cast<char>(cp - 'A' + 'a'));
    } else if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      out->push_back(static_cast<char>(cp));
    } else if (const char* folded = FoldLatin(cp)) {
      out->append(folded);
    }
  }
}

namespace {

// Whether a Latin-1 or Latin Extended-A letter is upper case.
bool IsUpperLatin(char32_t cp) {
  if (cp >= 0xc0 && cp <= 0xde) return cp != 0xd7;
  if (cp >= 0x100 && cp <= 0x17f) {
    if (cp == 0x138 || cp == 0x149 || cp == 0x17f) return false;
    if (cp == 0x178) return true;  // Ÿ, whose lower case is U+00FF
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e);
    return odd_upper ? cp % 2 == 1 : cp % 2 == 0;
  }
  return false;
}

}  // namespace

void AppendAsciiFoldPreservingCase(std::string_view text, std::string* out) {
  // Most names are plain ASCII letters: copy them whole.
  bool plain = true;
  for (char c : text) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    plain = plain && (letter || c == ' ' || c == '-' || c == '\'');
  }
  if (plain) {
    out->append(text);
    return;
  }
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = NextCodePoint(text, &pos);
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
        (cp >= '0' && cp <= '9') || cp == ' ' || cp == '-' || cp == '\'') {
      out->push_back(static_cast<char>(cp));
    } else if (const char* folded = FoldLatin(cp)) {
      const size_t start = out->size();
      out->append(folded);
      if (IsUpperLatin(cp)) (*out)[start] = static_cast<char>((*out)[start] - 0x20);
    }
  }
}

std::string CapitalizeFirst(std::string_view text) {
  size_t pos = 0;
  if (text.empty()) return std::string();
  const char32_t cp = NextCodePoint(text, &pos);
  char32_t upper = cp;
  if (cp >= 'a' && cp <= 'z') {
    upper = cp - 0x20;
  } else if (cp >= 0xe0 && cp <= 0xfe && cp != 0xf7) {
    upper = cp - 0x20;  // Latin-1 lowercase
  } else if (cp >= 0x100 && cp <= 0x17f && cp != 0x138 && cp != 0x149 &&
             cp != 0x17f && cp != 0x178 && !IsUpperLatin(cp)) {
    upper = cp - 1;  // the pairs put upper case just before lower case
  } else if (cp >= 0x430 && cp <= 0x44f) {
    upper = cp - 0x20;  // basic Cyrillic
  } else if (cp >= 0x450 && cp <= 0x45f) {
    upper = cp - 0x50;  // ё and the other Cyrillic extensions
  }
  std::string result;
  AppendUtf8(upper, &result);
  result.append(text.substr(pos));
  return result;
}

std::string HexByte(unsigned char byte) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  return std::string("0x") + kHex[byte >> 4] + kHex[byte & 0xF];
}

void AppendDecimal(int64_t value, int width, std::string* out) {
  char buffer[24];
  int n = 0;
  const bool negative = value < 0;
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value)
                                : static_cast<uint64_t>(value);
  do {
    buffer[n++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (negative) out->push_back('-');
  for (int i = n; i < width; ++i) out->push_back('0');
  while (n > 0) out->push_back(buffer[--n]);
}

void AppendFixedPoint(int64_t value, int decimals, std::string* out) {
  int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const bool negative = value < 0;
  const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value)
                                      : static_cast<uint64_t>(value);
  if (negative) out->push_back('-');
  AppendDecimal(static_cast<int64_t>(magnitude / scale), 1, out);
  if (decimals > 0) {
    out->push_back('.');
    AppendDecimal(static_cast<int64_t>(magnitude % scale), decimals, out);
  }
}

bool ParseFixedPoint(std::string_view text, int decimals, int64_t* value) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  int64_t result = 0;
  int digits = 0;
  int fraction_digits = -1;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.' && fraction_digits < 0) {
      fraction_digits = 0;
      continue;
    }
    if (c < '0' || c > '9') return false;
    if (fraction_digits >= 0) {
      if (fraction_digits == decimals) return false;
      ++fraction_digits;
    }
    if (result > (INT64_MAX - 9) / 10) return false;
    result = result * 10 + (c - '0');
    ++digits;
  }
  if (digits == 0) return false;
  for (int k = fraction_digits < 0 ? 0 : fraction_digits; k < decimals; ++k) {
    result *= 10;
  }
  *value = negative ? -result : result;
  return true;
}

}  // namespace internal
}  // namespace fake
}  // namespace gtest_data
