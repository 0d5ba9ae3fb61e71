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

// Appends `value` as a JSON string (RFC 8259): quotes, backslashes and
// control characters are escaped; runs of other bytes, UTF-8 included, are
// copied whole.
inline void AppendJsonString(std::string_view value, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  constexpr uint64_t kOnes = 0x0101010101010101u;
  constexpr uint64_t kHighs = 0x8080808080808080u;
  out->push_back('"');
  size_t plain = 0;
  size_t i = 0;
  // Skip eight bytes at a time while none of them needs escaping: a byte
  // below 0x20, a quote or a backslash (the classic "has zero byte" trick,
  // exact for the first match; false positives only send a block to the
  // byte loop below).
  while (i + 8 <= value.size()) {
    uint64_t x;
    std::memcpy(&x, value.data() + i, 8);
    const uint64_t quote = x ^ (kOnes * '"');
    const uint64_t backslash = x ^ (kOnes * '\\');
    const uint64_t hits = ((x - kOnes * 0x20) | (quote - kOnes) | (backslash - kOnes)) &
                          ~(x & quote & backslash) & kHighs;
    if (hits != 0) break;
    i += 8;
  }
  for (; i < value.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(value[i]);
    // One comparison covers the common case: '"' (0x22) and '\\' (0x5c) are
    // the only escapes at or above 0x20.
    if (c > 0x5c || (c >= 0x20 && c != '"' && c != '\\')) continue;
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
