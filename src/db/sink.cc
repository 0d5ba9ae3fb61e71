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
  // SQLite: the key of the row just inserted, read by its rowid.
  const bool by_rowid = assign && database_.engine() == "sqlite" && HasRowid(table);
  if (assign && !by_rowid) sql += " RETURNING " + QuoteIdentifier(key);
  absl::StatusOr<std::vector<Row>> result = database_.Query(sql, params);
  if (result.ok() && by_rowid) {
    result = database_.Query("SELECT " + QuoteIdentifier(key) + " FROM " + QuoteIdentifier(table) +
                                 " WHERE rowid = last_insert_rowid() AND changes() = 1",
                             {});
  }
  if (!result.ok()) {
    return absl::Status(result.status().code(), std::string(table) + ": " +
                                                    std::string(result.status().message()));
  }
  if (assign) {
    if (result->empty() || result->front().cells().empty()) {
      return absl::InternalError(std::string(table) + ": the insert returned no key");
    }
    row->Set(key, result->front().cells().front().second);
  } else if (key_value != nullptr && key_value->kind() == ValueKind::kInt &&
             database_.engine() == "postgresql") {
    // A key given explicitly (a replayed row, a With(&T::id, ...)) leaves a
    // serial or identity sequence behind: move it past the key, so a later
    // row without one does not collide. SQLite's rowids follow by
    // themselves.
    absl::Status moved = MoveSequencePast(table, key, key_value->as_int());
    if (!moved.ok()) {
      return absl::Status(moved.code(), std::string(table) + ": " + std::string(moved.message()));
    }
  }
  ++inserted_[std::string(table)];
  return absl::OkStatus();
}

bool DatabaseSink::HasRowid(std::string_view table) {
  auto it = rowid_.find(table);
  if (it == rowid_.end()) {
    const bool has = database_.Query("SELECT rowid FROM " + QuoteIdentifier(table) + " LIMIT 0", {})
                         .ok();
    it = rowid_.emplace(std::string(table), has).first;
  }
  return it->second;
}

absl::Status DatabaseSink::MoveSequencePast(std::string_view table, std::string_view key,
                                            int64_t value) {
  const std::string id = std::string(table) + "\x1f" + std::string(key);
  auto it = sequences_.find(id);
  if (it == sequences_.end()) {
    absl::StatusOr<std::vector<Row>> found =
        database_.Query("SELECT pg_get_serial_sequence($1, $2) AS s",
                        {Value(QuoteIdentifier(table)), Value(std::string(key))});
    if (!found.ok()) return found.status();
    const Value none;
    const Value& name = found->empty() ? none : found->front().Get("s");
    it = sequences_.emplace(id, name.is_null() ? "" : name.as_string()).first;
  }
  if (it->second.empty()) return absl::OkStatus();  // not a generated key
  // The next value handed out is last_value + 1 once called, else
  // last_value itself; only ever move forward.
  absl::StatusOr<std::vector<Row>> moved = database_.Query(
      "SELECT setval($1, $2) FROM " + it->second +
          " WHERE (is_called AND $2 > last_value) OR (NOT is_called AND $2 >= last_value)",
      {Value(it->second), Value(value)});
  return moved.status();
}

}  // namespace db
}  // namespace gtest_data
