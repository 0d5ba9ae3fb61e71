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
  size_t i = 0;
  for (; i + 8 <= value.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, value.data() + i, 8);
    const uint64_t quote = x ^ (kOnes * '"');
    const uint64_t backslash = x ^ (kOnes * '\\');
    const uint64_t control = (x - kOnes * 0x20) & ~x;
    const uint64_t hits = (control | ((quote - kOnes) & ~quote) |
                           ((backslash - kOnes) & ~backslash)) & kHighs;
    if (hits != 0) return true;
  }
  for (; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c < 0x20 || c == '"' || c == '\\') return true;
  }
  return false;
}

// Appends `value` as a JSON string (RFC 8259): quotes, backslashes and
// control characters are escaped; other bytes, UTF-8 included, are copied.
inline void AppendJsonString(std::string_view value, std::string* out) {
  if (!JsonNeedsEscape(value)) {
    // The common case: one resize and one copy.
    const size_t start = out->size();
    out->resize(start + value.size() + 2);
    char* p = &(*out)[start];
    p[0] = '"';
    if (!value.empty()) std::memcpy(p + 1, value.data(), value.size());
    p[value.size() + 1] = '"';
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t plain = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(value.data() + plain, i - plain);
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
    plain = i + 1;
  }
  out->append(value.data() + plain, value.size() - plain);
  out->push_back('"');
}

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_INTERNAL_JSON_ESCAPE_H_
