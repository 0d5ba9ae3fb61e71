// Copyright 2026 The gtest_data Authors.
//
// Schema: the tables a dataset may hold, their columns (kind, nullability,
// default), key column and references to other tables. Dataset files are
// checked against it (json/dataset_file.h); the database module fills one by
// introspection.
//
//   Schema schema;
//   schema.AddTable<Customer>("customers", "id");
//   schema.AddTable<Order>("orders", "id", {{"customer_id", "customers"}});
//
// A table described by a struct gets one column per row-shaped member, in
// description order, each defaulting to the member's value in a
// value-initialised struct and nullable when the member is a std::optional.

#ifndef GTEST_DATA_FACTORY_SCHEMA_H_
#define GTEST_DATA_FACTORY_SCHEMA_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/internal/check.h"

namespace gtest_data {

struct ColumnSchema {
  std::string name;
  ValueKind kind = ValueKind::kString;
  bool nullable = false;
  std::optional<Value> default_value;  // used when a row leaves the column out
  std::string references;              // the table this column's values key into, or empty
};

struct TableSchema {
  std::string name;
  std::string key;  // the key column, or empty
  std::vector<ColumnSchema> columns;

  const ColumnSchema* Find(std::string_view column) const {
    for (const ColumnSchema& c : columns) {
      if (c.name == column) return &c;
    }
    return nullptr;
  }
  std::vector<std::string> column_names() const {
    std::vector<std::string> names;
    for (const ColumnSchema& c : columns) names.push_back(c.name);
    return names;
  }
};

// The table schema of described struct T.
template <typename T>
TableSchema TableSchemaOf(std::string table, std::string key = "id",
                          const std::map<std::string, std::string>& references = {}) {
  TableSchema schema;
  schema.name = std::move(table);
  schema.key = std::move(key);
  const T defaults{};
  for (const ColumnAccess<T>& access : Columns<T>()) {
    ColumnSchema column;
    column.name = access.name;
    column.kind = access.kind;
    column.nullable = access.nullable;
    column.default_value = access.get(defaults);
    auto ref = references.find(access.name);
    if (ref != references.end()) column.references = ref->second;
    schema.columns.push_back(std::move(column));
  }
  GTEST_DATA_INTERNAL_CHECK_(schema.key.empty() || schema.Find(schema.key) != nullptr,
                             "TableSchemaOf: the key names no row-shaped member");
  for (const auto& ref : references) {
    GTEST_DATA_INTERNAL_CHECK_(schema.Find(ref.first) != nullptr,
                               "TableSchemaOf: a reference names no row-shaped member");
  }
  return schema;
}

// Tables in the order they were added (parents before children, for
// loading).
class Schema {
 public:
  Schema& Add(TableSchema table) {
    tables_.push_back(std::move(table));
    return *this;
  }
  template <typename T>
  Schema& AddTable(std::string table, std::string key = "id",
                   const std::map<std::string, std::string>& references = {}) {
    return Add(TableSchemaOf<T>(std::move(table), std::move(key), references));
  }

  const TableSchema* Find(std::string_view table) const {
    for (const TableSchema& t : tables_) {
      if (t.name == table) return &t;
    }
    return nullptr;
  }
  const std::vector<TableSchema>& tables() const { return tables_; }
  std::vector<std::string> table_names() const {
    std::vector<std::string> names;
    for (const TableSchema& t : tables_) names.push_back(t.name);
    return names;
  }

 private:
  std::vector<TableSchema> tables_;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_SCHEMA_H_
