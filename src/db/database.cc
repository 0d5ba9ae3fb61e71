// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/database.h"

namespace gtest_data {
namespace db {

std::string QuoteIdentifier(std::string_view identifier) {
  std::string out = "\"";
  for (char c : identifier) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const Value* ColumnValue(const Row& row, const std::vector<std::string>& columns, size_t index) {
  const std::vector<Row::Cell>& cells = row.cells();
  if (index < cells.size() && cells[index].first == columns[index]) return &cells[index].second;
  return row.Find(columns[index]);
}

absl::Status Database::Savepoint(std::string_view name) {
  return Execute("SAVEPOINT " + QuoteIdentifier(name));
}

absl::Status Database::RollbackTo(std::string_view name) {
  absl::Status status = Execute("ROLLBACK TO SAVEPOINT " + QuoteIdentifier(name));
  if (!status.ok()) return status;
  return Release(name);
}

absl::Status Database::Release(std::string_view name) {
  return Execute("RELEASE SAVEPOINT " + QuoteIdentifier(name));
}

const Column* Table::FindColumn(std::string_view column) const {
  for (const Column& c : columns) {
    if (c.name == column) return &c;
  }
  return nullptr;
}

const Table* Schema::Find(std::string_view table) const {
  for (const Table& t : tables) {
    if (t.name == table) return &t;
  }
  return nullptr;
}

}  // namespace db
}  // namespace gtest_data
