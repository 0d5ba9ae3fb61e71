// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/database.h"

namespace gtest_data {
namespace db {

std::string RedactPassword(std::string_view url) {
  std::string out(url);
  // URI: scheme://user:password@host...
  const size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    const size_t start = scheme + 3;
    const size_t end = out.find_first_of("/?", start);
    const size_t at = out.rfind('@', end == std::string::npos ? out.size() : end);
    if (at != std::string::npos && at > start) {
      const size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  // password=... as a key=value pair or a URI query parameter.
  for (size_t from = 0;;) {
    const size_t key = out.find("password", from);
    if (key == std::string::npos) break;
    size_t p = key + 8;
    while (p < out.size() && out[p] == ' ') ++p;
    if (p >= out.size() || out[p] != '=') {
      from = key + 8;
      continue;
    }
    ++p;
    while (p < out.size() && out[p] == ' ') ++p;
    size_t end = p;
    if (end < out.size() && out[end] == '\'') {
      for (++end; end < out.size() && out[end] != '\''; ++end) {
        if (out[end] == '\\') ++end;
      }
      if (end < out.size()) ++end;
    } else {
      while (end < out.size() && out[end] != ' ' && out[end] != '&') ++end;
    }
    out.replace(p, end - p, "***");
    from = p + 3;
  }
  return out;
}

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
