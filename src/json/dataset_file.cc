// Copyright 2026 The gtest_data Authors.

#include "gtest_data/json/dataset_file.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>
#include <vector>

#include "dataset_reader.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/internal/strings.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"
#include "nlohmann/json.hpp"
#include "src/base/status_macros.h"

namespace gtest_data {
namespace json {

int64_t StableId(std::string_view table, std::string_view label) {
  std::string name(table);
  name.push_back('.');
  name.append(label);
  // 47 bits, never 0.
  return static_cast<int64_t>(HashName(name) >> 17) + 1;
}

namespace {

// JSON Pointer (RFC 6901) escaping of one reference token.
std::string EscapeToken(std::string_view token) {
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

TextPosition PositionOf(std::string_view text, size_t offset) {
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

// A generator object ({"fake": ...}) standing at cell `cell` of its row,
// whose value is a null placeholder until resolved.
struct Expression {
  size_t cell;
  std::vector<std::pair<std::string, Value>> parts;
};

// A row as the file wrote it, before resolution. The cells are a Row
// already, so that a row without references or generators (every row of a
// snapshot) moves into the dataset without a copy.
struct RawRow {
  std::string label;
  bool has_label = false;
  Row cells;
  std::vector<Expression> expressions;  // by ascending cell

  const Expression* ExpressionAt(size_t cell) const {
    for (const Expression& e : expressions) {
      if (e.cell == cell) return &e;
    }
    return nullptr;
  }
};

struct RawTable {
  std::string name;
  std::vector<RawRow> rows;
};

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

// Where a value is: the pointer text is built only when an error needs it.
struct Where {
  const std::string* table;
  size_t row;
  const RawRow* raw;
  std::string_view column;

  std::string Pointer() const {
    return "/" + EscapeToken(*table) + "/" + std::to_string(row) + "/" + EscapeToken(column);
  }
  // The row's name for generator seeds: its label, else "#<index>".
  std::string RowName() const {
    return raw->has_label ? raw->label : "#" + std::to_string(row);
  }
};

class Resolver {
 public:
  Resolver(std::string_view text, std::string_view file_name, const Schema* schema,
           const DatasetOptions& options)
      : text_(text), file_(file_name), schema_(schema), options_(options) {
    locale_ = options.locale != nullptr ? options.locale : fake::Locale::Find("en_US");
  }

  absl::Status Error(const std::string& pointer, const std::string& what,
                     const std::string& why) const {
    std::string where(file_);
    if (std::optional<TextPosition> p = LocatePointer(text_, pointer)) {
      where += ":" + std::to_string(p->line) + ":" + std::to_string(p->column);
    }
    return absl::InvalidArgumentError(where + ": " + what + " (" +
                                      (pointer.empty() ? "/" : pointer) + ")" +
                                      (why.empty() ? "" : ": " + why));
  }

  absl::StatusOr<Dataset> Resolve(std::vector<RawTable>& tables) {
    // Pass 1: tables, labels and keys.
    for (const RawTable& table : tables) {
      const std::string table_pointer = "/" + EscapeToken(table.name);
      const TableSchema* ts = nullptr;
      if (schema_ != nullptr) {
        ts = schema_->Find(table.name);
        if (ts == nullptr) {
          return Error(table_pointer, "unknown table",
                       "\"" + table.name + "\"; expected one of " + Join(schema_->table_names()));
        }
      }
      auto& labels = labels_[table.name];
      for (size_t i = 0; i < table.rows.size(); ++i) {
        const RawRow& row = table.rows[i];
        if (!row.has_label) continue;
        auto inserted = labels.emplace(row.label, i);
        if (!inserted.second) {
          return Error(RowPointer(table.name, i) + "/@label", "duplicate label",
                       "\"" + row.label + "\" is also the label of " +
                           RowPointer(table.name, inserted.first->second));
        }
      }
    }
    // Keys, once labels are known, so references can resolve forwards.
    for (const RawTable& table : tables) {
      const TableSchema* ts = schema_ != nullptr ? schema_->Find(table.name) : nullptr;
      std::vector<Value>& keys = keys_[table.name];
      keys.resize(table.rows.size());
      if (ts == nullptr || ts->key.empty()) continue;
      const ColumnSchema* key_column = ts->Find(ts->key);
      std::map<std::string, size_t> seen;
      for (size_t i = 0; i < table.rows.size(); ++i) {
        const RawRow& row = table.rows[i];
        const Value* given = nullptr;
        const Expression* generated = nullptr;
        for (size_t c = 0; c < row.cells.size(); ++c) {
          if (row.cells.cells()[c].first == ts->key) {
            generated = row.ExpressionAt(c);
            if (generated == nullptr) given = &row.cells.cells()[c].second;
          }
        }
        const std::string name = row.has_label ? row.label : "#" + std::to_string(i);
        // References must resolve to the key the row will hold: "@@" text
        // unescaped, a generated key generated (the same value ResolveRow
        // draws, since a cell depends only on seed, table, row and column).
        if (given != nullptr) {
          keys[i] = *given;
          if (given->kind() == ValueKind::kString && given->as_string().size() > 1 &&
              given->as_string()[0] == '@' && given->as_string()[1] == '@') {
            keys[i] = Value(given->as_string().substr(1));
          }
        } else if (generated != nullptr) {
          GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(
              keys[i], Generate(Where{&table.name, i, &row, ts->key}, *generated, key_column));
        } else if (key_column->kind == ValueKind::kInt) {
          keys[i] = StableId(table.name, name);
        } else if (key_column->kind == ValueKind::kString) {
          keys[i] = name;
        }
        const std::string text = keys[i].ToString();
        auto inserted = seen.emplace(text, i);
        if (!inserted.second) {
          return Error(RowPointer(table.name, i), "duplicate key",
                       ts->key + " = " + text + " is also the key of " +
                           RowPointer(table.name, inserted.first->second));
        }
      }
    }
    // Pass 2: rows.
    Dataset dataset;
    for (RawTable& table : tables) {
      const TableSchema* ts = schema_ != nullptr ? schema_->Find(table.name) : nullptr;
      dataset.ReserveRows(table.name, table.rows.size());
      for (size_t i = 0; i < table.rows.size(); ++i) {
        GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(Row row, ResolveRow(table, i, ts));
        RawRow& raw = table.rows[i];
        absl::Status added = dataset.Add(table.name, std::move(row), std::move(raw.label));
        if (!added.ok()) return Error(RowPointer(table.name, i), "bad row",
                                      std::string(added.message()));
      }
    }
    return dataset;
  }

 private:
  static std::string Join(const std::vector<std::string>& names) {
    return names.empty() ? "(none)" : gtest_data::internal::StrJoin(names, ", ");
  }

  static std::string RowPointer(const std::string& table, size_t i) {
    return "/" + EscapeToken(table) + "/" + std::to_string(i);
  }

  absl::StatusOr<Row> ResolveRow(RawTable& table, size_t i, const TableSchema* ts) {
    RawRow& raw = table.rows[i];
    if (ts == nullptr) {
      // Snapshot rows: resolved in place, then the whole row moves.
      std::vector<Row::Cell>& cells = raw.cells.mutable_cells();
      for (size_t c = 0; c < cells.size(); ++c) {
        const Where where{&table.name, i, &raw, cells[c].first};
        GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(
            cells[c].second, ResolveValue(where, cells[c].second, raw.ExpressionAt(c), nullptr));
      }
      return std::move(raw.cells);
    }
    for (const Row::Cell& cell : raw.cells.cells()) {
      if (ts->Find(cell.first) == nullptr) {
        return Error(Where{&table.name, i, &raw, cell.first}.Pointer(), "unknown column",
                     "table " + table.name + " has no column \"" + cell.first +
                         "\"; expected one of " + Join(ts->column_names()));
      }
    }
    Row row;
    row.Reserve(ts->columns.size());
    std::vector<Row::Cell>& cells = raw.cells.mutable_cells();
    for (const ColumnSchema& column : ts->columns) {
      size_t given = cells.size();
      for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].first == column.name) given = c;
      }
      if (given == cells.size()) {
        if (column.name == ts->key && !keys_[table.name][i].is_null()) {
          row.AppendUnchecked(column.name, keys_[table.name][i]);
        } else if (column.default_value) {
          row.AppendUnchecked(column.name, *column.default_value);
        } else if (column.nullable) {
          row.AppendUnchecked(column.name, Value());
        } else {
          return Error(RowPointer(table.name, i), "missing column",
                       "\"" + column.name + "\" is not nullable and has no default");
        }
        continue;
      }
      const Where where{&table.name, i, &raw, column.name};
      GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(
          Value value, ResolveValue(where, cells[given].second, raw.ExpressionAt(given), &column));
      row.AppendUnchecked(column.name, std::move(value));
    }
    return row;
  }

  // The value of one cell: `written` as the file has it (moved from), or
  // the generator `expression` when there is one.
  absl::StatusOr<Value> ResolveValue(const Where& where, Value& written,
                                     const Expression* expression, const ColumnSchema* column) {
    Value value;
    if (expression != nullptr) {
      GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(value, Generate(where, *expression, column));
    } else if (written.kind() == ValueKind::kString && !written.as_string().empty() &&
               written.as_string()[0] == '@') {
      const std::string& text = written.as_string();
      if (text.size() > 1 && text[1] == '@') {
        value = Value(text.substr(1));
      } else {
        GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(value, Reference(text, column, where));
      }
    } else {
      value = std::move(written);
    }
    if (column == nullptr) return value;
    if (value.is_null()) {
      if (!column->nullable) {
        return Error(where.Pointer(), "null in a non-nullable column",
                     "expected " + std::string(ValueKindName(column->kind)));
      }
      return value;
    }
    if (value.kind() == column->kind) return value;
    if (column->kind == ValueKind::kDouble && value.kind() == ValueKind::kInt) {
      return Value(static_cast<double>(value.as_int()));
    }
    return Error(where.Pointer(), "wrong type",
                 "expected " + std::string(ValueKindName(column->kind)) + ", got " +
                     ValueKindName(value.kind()) + " " + value.ToString());
  }

  absl::StatusOr<Value> Reference(const std::string& text, const ColumnSchema* column,
                                  const Where& where) {
    const std::string pointer = where.Pointer();
    if (schema_ == nullptr) {
      return Error(pointer, "reference without a schema",
                   text + "; write \"@" + text + "\" for text that starts with @");
    }
    const size_t dot = text.find('.');
    if (dot == std::string::npos || dot == 1 || dot + 1 == text.size()) {
      return Error(pointer, "bad reference",
                   text + "; expected \"@table.label\" (or \"@@...\" for text)");
    }
    const std::string table = text.substr(1, dot - 1);
    const std::string label = text.substr(dot + 1);
    if (column != nullptr && !column->references.empty() && column->references != table) {
      return Error(pointer, "reference to the wrong table",
                   "column " + column->name + " references " + column->references + ", not " +
                       table);
    }
    auto t = labels_.find(table);
    const bool in_file = t != labels_.end() && t->second.count(label) > 0;
    if (!in_file) {
      // Not a row of this file: one of the rows the caller knows (rows
      // seeded before, DatasetOptions::known_rows), by its key column.
      const TableSchema* ts = schema_->Find(table);
      if (ts == nullptr) {
        return Error(pointer, "unknown table in reference",
                     text + "; the schema has no table \"" + table + "\"");
      }
      if (options_.known_rows != nullptr) {
        if (const Dataset::Entry* known = options_.known_rows->FindEntry(table, label)) {
          const Row current = known->CurrentRow();
          const Value* key = ts->key.empty() ? nullptr : current.Find(ts->key);
          if (key == nullptr || key->is_null()) {
            return Error(pointer, "reference to a table without a key", text);
          }
          return *key;
        }
      }
      const std::string also =
          options_.known_rows != nullptr ? " nor among the rows seeded before it" : "";
      if (t == labels_.end()) {
        return Error(pointer, "unknown label",
                     text + " names no row: this file has no " + table + " rows" + also +
                         "; a reference names a labelled row of the same file" +
                         (options_.known_rows != nullptr ? " or one seeded before it" : ""));
      }
      return Error(pointer, "unknown label", text + " names no row of " + table + also);
    }
    auto row = t->second.find(label);
    const Value& key = keys_[table][row->second];
    if (key.is_null()) {
      return Error(pointer, "reference to a table without a key", text);
    }
    return key;
  }

  absl::StatusOr<Value> Generate(const Where& where, const Expression& expression,
                                 const ColumnSchema* column) {
    const std::string pointer = where.Pointer();
    const Value* field_name = nullptr;
    std::string entity;
    const fake::Locale* locale = locale_;
    for (const auto& part : expression.parts) {
      if (part.first == "fake" && part.second.kind() == ValueKind::kString) {
        field_name = &part.second;
      } else if (part.first == "entity" && part.second.kind() == ValueKind::kString &&
                 !part.second.as_string().empty()) {
        entity = part.second.as_string();
      } else if (part.first == "locale" && part.second.kind() == ValueKind::kString) {
        locale = fake::Locale::Find(part.second.as_string());
        if (locale == nullptr) {
          return Error(pointer + "/locale", "unknown locale", part.second.as_string());
        }
      } else {
        return Error(pointer + "/" + EscapeToken(part.first), "bad generator",
                     "expected {\"fake\": \"<field>\"} with an optional \"entity\" (a "
                     "non-empty string) and \"locale\"");
      }
    }
    if (field_name == nullptr) {
      return Error(pointer, "bad generator", "expected {\"fake\": \"<field>\"}");
    }
    const fake::Field* field = fake::FindField(field_name->as_string());
    if (field == nullptr) {
      return Error(pointer + "/fake", "unknown fake-data field",
                   "\"" + field_name->as_string() + "\" (see gtest-data generate --list)");
    }
    if (!fake::FieldSupports(*field, *locale)) {
      return Error(pointer + "/fake", "fake-data field not available",
                   field_name->as_string() + " has no values for locale " +
                       std::string(locale->id()));
    }
    // The row is the record (fake/fields.h): its person.*, address.* and
    // company.* cells describe one person, address and company, and a cell
    // depends only on the seed, table, row label (or index) and column.
    const uint64_t record = DeriveSeed(options_.seed, "dataset", *where.table, where.RowName());
    fake::FieldContext context;
    context.locale = locale;
    context.now = options_.now;
    std::string text;
    fake::AppendFieldValue(fake::RecordField(*field, where.column, entity), context, record,
                           &text);
    if (column == nullptr || column->kind == ValueKind::kString) return Value(std::move(text));
    if (column->kind == ValueKind::kInt) {
      int64_t i = 0;
      const auto r = std::from_chars(text.data(), text.data() + text.size(), i);
      if (r.ec == std::errc() && r.ptr == text.data() + text.size()) return Value(i);
    } else if (column->kind == ValueKind::kDouble) {
      double d = 0;
      std::istringstream in(text);
      in.imbue(std::locale::classic());
      if (in >> d && in.peek() == EOF) return Value(d);
    }
    return Error(pointer, "generator gives the wrong type",
                 field_name->as_string() + " gives text like \"" + text + "\"; column " +
                     column->name + " is " + ValueKindName(column->kind));
  }

  std::string_view text_;
  std::string_view file_;
  const Schema* schema_;
  DatasetOptions options_;
  const fake::Locale* locale_;
  std::map<std::string, std::map<std::string, size_t>> labels_;
  std::map<std::string, std::vector<Value>> keys_;
};

}  // namespace

std::optional<TextPosition> LocatePointer(std::string_view text, std::string_view pointer) {
  Locator locator(text, pointer);
  std::optional<size_t> offset = locator.Find();
  if (!offset) return std::nullopt;
  return PositionOf(text, *offset);
}

namespace internal {

absl::StatusOr<Dataset> ReadDataset(std::string_view text, std::string_view file_name,
                                    const Schema* schema, const DatasetOptions& options) {
  Collector collector;
  const bool parsed = nlohmann::json::sax_parse(text.begin(), text.end(), &collector,
                                                nlohmann::json::input_format_t::json, true);
  Resolver resolver(text, file_name, schema, options);
  if (collector.syntax_error) {
    // nlohmann's message carries its own position; ours leads with file,
    // line and column like every other error.
    const TextPosition p = PositionOf(text, collector.syntax_position > 0
                                                ? collector.syntax_position - 1
                                                : 0);
    std::string message = collector.syntax_message;
    const size_t colon = message.find(": ", message.find("parse error"));
    if (colon != std::string::npos) message = message.substr(colon + 2);
    return absl::InvalidArgumentError(std::string(file_name) + ":" + std::to_string(p.line) +
                                      ":" + std::to_string(p.column) + ": invalid JSON: " +
                                      message);
  }
  if (!parsed) {
    return resolver.Error(collector.error_pointer, collector.error_what, collector.error_why);
  }
  return resolver.Resolve(collector.tables);
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(path + ": cannot open for reading");
  std::string text;
  char buffer[1 << 14];
  while (in.read(buffer, sizeof(buffer)), in.gcount() > 0) {
    text.append(buffer, static_cast<size_t>(in.gcount()));
  }
  // A directory opens but does not read (EISDIR): the stream goes bad,
  // where streaming rdbuf() gave "" and so a misleading JSON error.
  if (in.bad()) return absl::NotFoundError(path + ": cannot read");
  return text;
}

}  // namespace internal

absl::StatusOr<Dataset> ParseDataset(std::string_view text, std::string_view file_name,
                                     const Schema& schema, const DatasetOptions& options) {
  return internal::ReadDataset(text, file_name, &schema, options);
}

absl::StatusOr<Dataset> LoadDatasetFile(const std::string& path, const Schema& schema,
                                        const DatasetOptions& options) {
  GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(const std::string text, internal::ReadFile(path));
  return ParseDataset(text, path, schema, options);
}

}  // namespace json
}  // namespace gtest_data
