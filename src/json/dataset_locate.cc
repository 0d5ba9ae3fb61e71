// Copyright 2026 The gtest_data Authors.
//
// Where an error in a dataset file is: JSON pointers turned into line and
// column by re-walking the text, only when an error is reported.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "dataset_internal.h"
#include "gtest_data/internal/strings.h"
#include "gtest_data/json/dataset_file.h"

namespace gtest_data {
namespace json {
namespace internal {
namespace {

// Walks JSON text far enough to find where the value at a pointer starts.
// Only called to place an error, on text nlohmann already accepted.
class Locator {
 public:
  Locator(std::string_view text, std::string_view target) : text_(text), target_(target) {}

  std::optional<size_t> Find() {
    std::string path;
    if (Walk(&path)) return found_;
    return std::nullopt;
  }

 private:
  void SkipSpace() {
    while (i_ < text_.size() &&
           (text_[i_] == ' ' || text_[i_] == '\n' || text_[i_] == '\r' || text_[i_] == '\t')) {
      ++i_;
    }
  }

  // Reads a string literal at i_ and returns its decoded text, so that keys
  // compare with the pointer's tokens as the parser decoded them.
  std::string ReadString() {
    std::string out;
    ++i_;  // opening quote
    while (i_ < text_.size() && text_[i_] != '"') {
      if (text_[i_] == '\\' && i_ + 1 < text_.size()) {
        const char e = text_[i_ + 1];
        switch (e) {
          case 'n':
            out.push_back('\n');
            break;
          case 't':
            out.push_back('\t');
            break;
          case 'r':
            out.push_back('\r');
            break;
          case 'b':
            out.push_back('\b');
            break;
          case 'f':
            out.push_back('\f');
            break;
          case 'u': {
            // \uXXXX, and a surrogate pair as one code point, as nlohmann
            // decodes keys; a malformed escape is kept as written.
            uint32_t unit = 0;
            if (!Hex4(i_ + 2, &unit)) {
              out.push_back('u');
              break;
            }
            uint32_t low = 0;
            if (unit >= 0xd800 && unit < 0xdc00 && i_ + 11 < text_.size() &&
                text_[i_ + 6] == '\\' && text_[i_ + 7] == 'u' && Hex4(i_ + 8, &low) &&
                low >= 0xdc00 && low < 0xe000) {
              unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
              i_ += 6;
            }
            gtest_data::internal::AppendUtf8(unit, &out);
            i_ += 4;
            break;
          }
          default:
            out.push_back(e);
        }
        i_ += 2;
        continue;
      }
      out.push_back(text_[i_++]);
    }
    ++i_;  // closing quote
    return out;
  }

  bool Hex4(size_t at, uint32_t* value) const {
    if (at + 4 > text_.size()) return false;
    *value = 0;
    for (size_t k = at; k < at + 4; ++k) {
      const char c = text_[k];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) return false;
      *value = *value * 16 + static_cast<uint32_t>(digit);
    }
    return true;
  }

  // Returns true when the target was found (found_ set).
  bool Walk(std::string* path) {
    SkipSpace();
    if (*path == target_) {
      found_ = i_;
      return true;
    }
    if (i_ >= text_.size()) return false;
    const char c = text_[i_];
    if (c == '{') {
      ++i_;
      while (true) {
        SkipSpace();
        if (i_ >= text_.size()) return false;
        if (text_[i_] == '}') {
          ++i_;
          return false;
        }
        if (text_[i_] == ',') {
          ++i_;
          continue;
        }
        const std::string key = ReadString();
        SkipSpace();
        ++i_;  // ':'
        const size_t length = path->size();
        *path += "/" + EscapeToken(key);
        if (Walk(path)) return true;
        path->resize(length);
      }
    }
    if (c == '[') {
      ++i_;
      size_t index = 0;
      while (true) {
        SkipSpace();
        if (i_ >= text_.size()) return false;
        if (text_[i_] == ']') {
          ++i_;
          return false;
        }
        if (text_[i_] == ',') {
          ++i_;
          continue;
        }
        const size_t length = path->size();
        *path += "/" + std::to_string(index++);
        if (Walk(path)) return true;
        path->resize(length);
      }
    }
    if (c == '"') {
      ReadString();
      return false;
    }
    const size_t start = i_;
    while (i_ < text_.size() && text_[i_] != ',' && text_[i_] != '}' && text_[i_] != ']' &&
           text_[i_] != ' ' && text_[i_] != '\n' && text_[i_] != '\r' && text_[i_] != '\t') {
      ++i_;
    }
    // The text after a reader's error need not be JSON: a stray '}' in an
    // array or ']' in an object is skipped, so that the walk always ends.
    if (i_ == start) ++i_;
    return false;
  }

  std::string_view text_;
  std::string_view target_;
  size_t i_ = 0;
  size_t found_ = 0;
};

}  // namespace

absl::Status DatasetError(std::string_view text, std::string_view file_name,
                          const std::string& pointer, const std::string& what,
                          const std::string& why) {
  std::string where(file_name);
  if (std::optional<TextPosition> p = LocatePointer(text, pointer)) {
    where += ":" + std::to_string(p->line) + ":" + std::to_string(p->column);
  }
  return absl::InvalidArgumentError(where + ": " + what + " (" +
                                    (pointer.empty() ? "/" : pointer) + ")" +
                                    (why.empty() ? "" : ": " + why));
}

}  // namespace internal

TextPosition PositionAt(std::string_view text, size_t offset) {
  TextPosition position{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
      ++position.column;  // count code points, not UTF-8 continuation bytes
    }
  }
  return position;
}

std::string EscapePointerToken(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::optional<TextPosition> LocatePointer(std::string_view text, std::string_view pointer) {
  internal::Locator locator(text, pointer);
  std::optional<size_t> offset = locator.Find();
  if (!offset) return std::nullopt;
  return internal::PositionOf(text, *offset);
}

}  // namespace json
}  // namespace gtest_data
