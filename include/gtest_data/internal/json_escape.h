// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API. IWYU pragma: private
//
// AppendJsonString: the JSON string literal of UTF-8 text, for the writers
// that stream millions of records (the gtest-data program, benchmarks) and
// cannot afford a DOM. Standard library only.

#ifndef GTEST_DATA_INTERNAL_JSON_ESCAPE_H_
#define GTEST_DATA_INTERNAL_JSON_ESCAPE_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace gtest_data {
namespace internal {

// Whether `value` holds a byte JSON must escape: below 0x20, '"' or '\'.
// Eight bytes at a time (the "has zero byte" trick: exact about whether a
// block has a hit, which is all this needs).
inline bool JsonNeedsEscape(std::string_view value) {
  constexpr uint64_t kOnes = 0x0101010101010101u;
  constexpr uint64_t kHighs = 0x8080808080808080u;
  // Eight bytes at a time; the last (partial) word is read as an
  // overlapping word ending at the end, or as two overlapping halves, so no
  // byte is read outside the value; only a value under four bytes is
  // gathered byte by byte.
  const auto hits = [](uint64_t x) {
    const uint64_t quote = x ^ (kOnes * '"');
    const uint64_t backslash = x ^ (kOnes * '\\');
    const uint64_t control = (x - kOnes * 0x20) & ~x;
    return (control | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash)) &
           kHighs;
  };
  const char* const data = value.data();
  const size_t size = value.size();
  uint64_t x = 0;
  if (size >= 8) {
    size_t i = 0;
    for (; i + 8 <= size; i += 8) {
      std::memcpy(&x, data + i, 8);
      if (hits(x) != 0) return true;
    }
    if (i == size) return false;
    std::memcpy(&x, data + size - 8, 8);
    return hits(x) != 0;
  }
  if (size >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, data, 4);
    std::memcpy(&tail, data + size - 4, 4);
    x = (uint64_t{head} << 32) | tail;
  } else {
    // Padding with 'a' keeps the missing bytes from counting as hits.
    x = kOnes * 'a';
    for (size_t i = 0; i < size; ++i) {
      x = (x << 8) | static_cast<unsigned char>(data[i]);
    }
  }
  return hits(x) != 0;
}

// Copies n bytes. Short copies (most names and values) are done with
// fixed-size moves the compiler inlines, rather than a call into the C
// library per string.
inline void CopyBytes(char* dst, const char* src, size_t n) {
  if (n >= 8 && n <= 16) {
    std::memcpy(dst, src, 8);
    std::memcpy(dst + n - 8, src + n - 8, 8);
  } else if (n >= 4 && n < 8) {
    std::memcpy(dst, src, 4);
    std::memcpy(dst + n - 4, src + n - 4, 4);
  } else if (n < 4) {
    for (size_t i = 0; i < n; ++i) dst[i] = src[i];
  } else {
    std::memcpy(dst, src, n);
  }
}

// The longest JSON string literal of `size` bytes of text: each byte
// escaped as \u00XX, plus the quotes.
constexpr size_t MaxJsonStringSize(size_t size) { return 6 * size + 2; }

// Writes `value` as a JSON string (RFC 8259) at `p`, which must have room
// for MaxJsonStringSize(value.size()) bytes, and returns the end: quotes,
// backslashes and control characters are escaped; other bytes, UTF-8
// included, are copied. For writers that keep their own output buffer.
inline char* WriteJsonString(std::string_view value, char* p) {
  *p++ = '"';
  if (!JsonNeedsEscape(value)) {  // the common case: one copy
    CopyBytes(p, value.data(), value.size());
    p += value.size();
    *p++ = '"';
    return p;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  for (const char ch : value) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c != '"' && c != '\\') {
      *p++ = ch;
      continue;
    }
    *p++ = '\\';
    switch (c) {
      case '"':
      case '\\':
        *p++ = ch;
        break;
      case '\n':
        *p++ = 'n';
        break;
      case '\r':
        *p++ = 'r';
        break;
      case '\t':
        *p++ = 't';
        break;
      default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[c >> 4];
        *p++ = kHex[c & 15];
    }
  }
  *p++ = '"';
  return p;
}

// Appends `value` as a JSON string, as WriteJsonString() writes it.
inline void AppendJsonString(std::string_view value, std::string* out) {
  if (!JsonNeedsEscape(value)) {  // the common case: no scratch space
    out->push_back('"');
    out->append(value);
    out->push_back('"');
    return;
  }
  const size_t start = out->size();
  out->resize(start + MaxJsonStringSize(value.size()));
  char* const begin = &(*out)[start];
  out->resize(start + static_cast<size_t>(WriteJsonString(value, begin) - begin));
}

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_INTERNAL_JSON_ESCAPE_H_
