// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/sink.h"

#include <vector>

namespace gtest_data {
namespace db {

absl::Status DatabaseSink::Insert(std::string_view table, std::string_view key, Row* row,
                                  std::string_view /*label*/) {
  const Value* key_value = key.empty() ? nullptr : row->Find(key);
  const bool assign = !key.empty() &&
                      (key_value == nullptr || key_value->is_null() ||
                       (key_value->kind() == ValueKind::kInt && key_value->as_int() == 0));
  std::string sql = "INSERT INTO " + QuoteIdentifier(table);
  std::string columns;
  std::string marks;
  std::vector<Value> params;
  for (const Row::Cell& cell : row->cells()) {
    if (assign && cell.first == key) continue;
    columns += (params.empty() ? "" : ", ") + QuoteIdentifier(cell.first);
    params.push_back(cell.second);
    marks += (params.size() == 1 ? "" : ", ") + database_.Placeholder(static_cast<int>(params.size()));
  }
  sql += params.empty() ? " DEFAULT VALUES" : " (" + columns + ") VALUES (" + marks + ")";
  if (assign) sql += " RETURNING " + QuoteIdentifier(key);
  absl::StatusOr<std::vector<Row>> result = database_.Query(sql, params);
  if (!result.ok()) {
    return absl::Status(result.status().code(), std::string(table) + ": " +
                                                    std::string(result.status().message()));
  }
  if (assign) {
    if (result->empty() || result->front().cells().empty()) {
      return absl::InternalError(std::string(table) + ": the insert returned no key");
    }
    row->Set(key, result->front().cells().front().second);
  }
  ++inserted_[std::string(table)];
  return absl::OkStatus();
}

}  // namespace db
}  // namespace gtest_data
