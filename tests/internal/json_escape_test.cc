// Copyright 2026 The gtest_data Authors.

#include "gtest_data/internal/json_escape.h"

#include <string>

#include "gtest/gtest.h"

namespace gtest_data {
namespace internal {
namespace {

// Both writers, which must agree.
std::string Json(std::string_view value) {
  std::string out = "prefix";
  AppendJsonString(value, &out);
  std::string buffer(MaxJsonStringSize(value.size()) + 1, '\xff');
  char* const end = WriteJsonString(value, buffer.data());
  EXPECT_LE(static_cast<size_t>(end - buffer.data()), MaxJsonStringSize(value.size()));
  EXPECT_EQ(buffer.back(), '\xff') << "wrote past the promised size";
  EXPECT_EQ(out.substr(6), std::string(buffer.data(), end)) << "the writers disagree";
  return out.substr(6);
}

TEST(JsonEscapeTest, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(Json(""), "\"\"");
  EXPECT_EQ(Json("plain"), "\"plain\"");
  EXPECT_EQ(Json("a\"b"), "\"a\\\"b\"");
  EXPECT_EQ(Json("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(Json("l1\nl2\r\t"), "\"l1\\nl2\\r\\t\"");
  EXPECT_EQ(Json(std::string("nul\0x", 5)), "\"nul\\u0000x\"");
  EXPECT_EQ(Json("\x1f"), "\"\\u001f\"");
  EXPECT_EQ(Json("Müller 東京"), "\"Müller 東京\"");
  EXPECT_EQ(Json(std::string(3, '\x01')), "\"\\u0001\\u0001\\u0001\"");  // the worst case
}

TEST(JsonEscapeTest, FindsEscapesAtEveryPositionOfTheEightByteBlocks) {
  // The fast path skips eight bytes at a time; an escape at any offset of
  // any block, after any UTF-8 prefix, must still be found.
  for (size_t length = 0; length < 40; ++length) {
    for (size_t at = 0; at < length; ++at) {
      for (char special : {'"', '\\', '\n', '\x01'}) {
        std::string value(length, 'x');
        if (length > 3) value.replace(0, 2, "\xc3\xa9");  // é
        value[at] = special;
        const std::string json = Json(value);
        // Decode and compare: every special came out escaped.
        std::string decoded;
        for (size_t i = 1; i + 1 < json.size(); ++i) {
          if (json[i] != '\\') {
            decoded.push_back(json[i]);
            continue;
          }
          const char e = json[++i];
          if (e == 'n') {
            decoded.push_back('\n');
          } else if (e == 'u') {
            decoded.push_back(static_cast<char>(std::stoi(json.substr(i + 1, 4), nullptr, 16)));
            i += 4;
          } else {
            decoded.push_back(e);
          }
        }
        ASSERT_EQ(decoded, value) << "length " << length << " at " << at;
      }
    }
  }
}

TEST(JsonEscapeTest, NeedsEscapeIsExactForEveryLengthAndPosition) {
  // The check reads whole and overlapping words; no length may lose a byte
  // or invent a hit, with or without bytes above 0x7f.
  for (size_t length = 0; length < 40; ++length) {
    for (const char filler : {'x', '\x7f', '\xe9'}) {
      const std::string plain(length, filler);
      EXPECT_FALSE(internal::JsonNeedsEscape(plain)) << "length " << length;
      for (size_t at = 0; at < length; ++at) {
        for (const char special : {'"', '\\', '\n', '\x1f', '\0'}) {
          std::string value = plain;
          value[at] = special;
          EXPECT_TRUE(internal::JsonNeedsEscape(value))
              << "length " << length << " at " << at << " byte " << int{special};
        }
      }
    }
  }
}

}  // namespace
}  // namespace internal
}  // namespace gtest_data
