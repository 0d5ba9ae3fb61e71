// Copyright 2026 The gtest_data Authors.
//
// The first pass of the dataset reader: nlohmann's SAX events collected
// into raw tables, with no JSON DOM built.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dataset_internal.h"
#include "gtest_data/factory/value.h"
#include "nlohmann/json.hpp"

namespace gtest_data {
namespace json {
namespace internal {
namespace {

// Collects raw tables from SAX events. The document must be an object of
// arrays of row objects; a row's values are scalars or one-level objects
// (generator expressions).
class Collector : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::vector<RawTable> tables;
  std::string error_pointer;  // where a structural error is
  std::string error_what;
  std::string error_why;
  bool syntax_error = false;
  size_t syntax_position = 0;
  std::string syntax_message;

  bool null() override { return Scalar(Value()); }
  bool boolean(bool value) override { return Scalar(Value(value)); }
  bool number_integer(number_integer_t value) override { return Scalar(Value(value)); }
  bool number_unsigned(number_unsigned_t value) override {
    if (value > static_cast<uint64_t>(INT64_MAX)) {
      return Fail(Here(), "integer out of range", std::to_string(value) +
                                                     " is above the 64-bit signed range");
    }
    return Scalar(Value(static_cast<int64_t>(value)));
  }
  bool number_float(number_float_t value, const string_t&) override {
    return Scalar(Value(value));
  }
  bool string(string_t& value) override { return Scalar(Value(std::move(value))); }
  bool binary(binary_t&) override { return Fail(Here(), "unexpected binary value", ""); }

  bool start_object(std::size_t) override {
    switch (depth_) {
      case 0:
        break;
      case 2: {
        // Rows of a table mostly have the same columns: size the new row
        // like the previous one instead of growing it cell by cell.
        std::vector<RawRow>& rows = tables.back().rows;
        const size_t expected = rows.empty() ? 8 : rows.back().cells.size();
        rows.emplace_back();
        rows.back().cells.Reserve(expected);
        break;
      }
      case 3:
        if (key_ == "@label") {
          return Fail(RowPointer() + "/@label", "bad label",
                      "expected a non-empty string, got an object");
        }
        Row().expressions.push_back(Expression{Row().cells.size(), {}});
        Row().cells.AppendUnchecked(key_, Value());
        break;
      default:
        return Fail(Here(), Expectation(), "got an object");
    }
    ++depth_;
    return true;
  }

  bool end_object() override {
    --depth_;
    if (depth_ == 2) ++row_index_;
    return true;
  }

  bool start_array(std::size_t) override {
    if (depth_ != 1) return Fail(Here(), Expectation(), "got an array");
    RawTable table;
    table.name = key_;
    tables.push_back(std::move(table));
    row_index_ = 0;
    ++depth_;
    return true;
  }

  bool end_array() override {
    --depth_;
    return true;
  }

  bool key(string_t& value) override {
    if (depth_ == 1) {
      for (const RawTable& t : tables) {
        if (t.name == value) {
          return Fail("/" + EscapeToken(value), "duplicate table",
                      "\"" + value + "\" appears twice");
        }
      }
    }
    if (depth_ == 3) {
      if (Row().cells.Has(value)) {
        return Fail(RowPointer() + "/" + EscapeToken(value), "duplicate column",
                    "\"" + value + "\" appears twice in the row");
      }
      if (value == "@label" && Row().has_label) {
        return Fail(RowPointer() + "/@label", "duplicate column", "\"@label\" appears twice");
      }
    }
    if (depth_ == 4) {
      for (const auto& part : Row().expressions.back().parts) {
        if (part.first == value) {
          // Here() ends in the key read last; name the repeated one instead.
          key_ = value;
          return Fail(Here(), "duplicate key", "\"" + value + "\" appears twice");
        }
      }
    }
    key_ = std::move(value);
    return true;
  }

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    syntax_error = true;
    syntax_position = position;
    syntax_message = ex.what();
    return false;
  }

 private:
  bool Scalar(Value value) {
    switch (depth_) {
      case 3:
        if (key_ == "@label") {
          if (value.kind() != ValueKind::kString || value.as_string().empty()) {
            return Fail(RowPointer() + "/@label", "bad label",
                        "expected a non-empty string, got " + value.ToString());
          }
          Row().label = value.as_string();
          Row().has_label = true;
          return true;
        }
        Row().cells.AppendUnchecked(key_, std::move(value));
        return true;
      case 4:
        Row().expressions.back().parts.emplace_back(key_, std::move(value));
        return true;
      default:
        return Fail(Here(), Expectation(), "got " + value.ToString());
    }
  }

  RawRow& Row() { return tables.back().rows.back(); }

  std::string RowPointer() const {
    return "/" + EscapeToken(tables.back().name) + "/" + std::to_string(row_index_);
  }

  // The pointer of the value being read.
  std::string Here() const {
    switch (depth_) {
      case 0:
        return "";
      case 1:
        return "/" + EscapeToken(key_);
      case 2:
        return "/" + EscapeToken(tables.back().name) + "/" + std::to_string(row_index_);
      case 3:
        return RowPointer() + "/" + EscapeToken(key_);
      default:
        return RowPointer() + "/" + EscapeToken(tables.back().rows.back().cells.cells().back().first) +
               "/" + EscapeToken(key_);
    }
  }

  const char* Expectation() const {
    switch (depth_) {
      case 0:
        return "expected an object of tables";
      case 1:
        return "expected an array of rows";
      case 2:
        return "expected a row object";
      case 3:
        return "expected a scalar or a generator object";
      default:
        return "expected a scalar in a generator object";
    }
  }

  bool Fail(std::string pointer, std::string what, std::string why) {
    error_pointer = std::move(pointer);
    error_what = std::move(what);
    error_why = std::move(why);
    return false;
  }

  int depth_ = 0;
  size_t row_index_ = 0;
  std::string key_;
};

}  // namespace

RawDocument ReadRawDocument(std::string_view text) {
  Collector collector;
  RawDocument document;
  document.parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &collector,
                                              nlohmann::json::input_format_t::json, true);
  document.tables = std::move(collector.tables);
  document.error_pointer = std::move(collector.error_pointer);
  document.error_what = std::move(collector.error_what);
  document.error_why = std::move(collector.error_why);
  document.syntax_error = collector.syntax_error;
  document.syntax_position = collector.syntax_position;
  document.syntax_message = std::move(collector.syntax_message);
  return document;
}

}  // namespace internal
}  // namespace json
}  // namespace gtest_data
