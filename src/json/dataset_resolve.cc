// Copyright 2026 The gtest_data Authors.
//
// The second pass of the dataset reader: raw tables resolved into a
// Dataset. Labels and keys first (so that references may point forwards),
// then each row: `@table.label` references, `{"fake": field}` values seeded
// by (seed, table, row label, column), and the schema's checks.

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <locale>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "dataset_internal.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/internal/strings.h"
#include "gtest_data/random/seed.h"
#include "src/base/status_macros.h"

namespace gtest_data {
namespace json {
namespace internal {
namespace {

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
    return DatasetError(text_, file_, pointer, what, why);
  }

  // Pass 1, then pass 2. References may point forwards: every label and
  // key is known before the first row is resolved.
  absl::StatusOr<Dataset> Resolve(std::vector<RawTable>& tables) {
    absl::Status status = ResolveLabels(tables);
    if (!status.ok()) return status;
    status = ResolveKeys(tables);
    if (!status.ok()) return status;
    return ResolveRows(tables);
  }

 private:
  // Pass 1: every table is in the schema; labels are unique per table.
  absl::Status ResolveLabels(const std::vector<RawTable>& tables) {
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
    return absl::OkStatus();
  }

  // Keys, once labels are known, so references can resolve forwards.
  absl::Status ResolveKeys(const std::vector<RawTable>& tables) {
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
    return absl::OkStatus();
  }

  // Pass 2: rows.
  absl::StatusOr<Dataset> ResolveRows(std::vector<RawTable>& tables) {
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

absl::StatusOr<Dataset> ResolveDataset(std::string_view text, std::string_view file_name,
                                       const Schema* schema, const DatasetOptions& options,
                                       std::vector<RawTable>& tables) {
  Resolver resolver(text, file_name, schema, options);
  return resolver.Resolve(tables);
}

}  // namespace internal
}  // namespace json
}  // namespace gtest_data
