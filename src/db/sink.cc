// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/sink.h"

#include <optional>
#include <string>
#include <vector>

namespace gtest_data {
namespace db {

absl::Status DatabaseSink::Insert(std::string_view table, std::string_view key, Row* row,
                                  std::string_view /*label*/) {
  std::vector<Row::Cell>& cells = row->mutable_cells();
  // The key's cell, when the row has one.
  size_t key_at = cells.size();
  if (!key.empty()) {
    for (size_t i = 0; i < cells.size(); ++i) {
      if (cells[i].first == key) {
        key_at = i;
        break;
      }
    }
  }
  Value* key_value = key_at < cells.size() ? &cells[key_at].second : nullptr;
  const bool assign = !key.empty() &&
                      (key_value == nullptr || key_value->is_null() ||
                       (key_value->kind() == ValueKind::kInt && key_value->as_int() == 0));
  // The cell left out of the INSERT (the key the engine assigns), if any.
  const size_t skip = assign ? key_at : cells.size();
  Statement& statement = StatementFor(table, key, assign, *row, skip);
  // The row's values are the parameters: moved out for the query and back
  // after it (whatever it returns), not copied.
  params_.clear();
  // Puts back the values moved so far, whatever happens after the first.
  struct Restore {
    std::vector<Row::Cell>& cells;
    std::vector<Value>& params;
    size_t skip;
    ~Restore() {
      size_t i = 0;
      for (size_t c = 0; c < cells.size() && i < params.size(); ++c) {
        if (c != skip) cells[c].second = std::move(params[i++]);
      }
    }
  };
  const bool sqlite = sqlite_;
  // SQLite: a key that is the table's rowid comes from the connection; any
  // other key of a table with a rowid is read by it.
  if (statement.rowid_key < 0) {
    const Table* known = schema_ != nullptr ? schema_->Find(table) : nullptr;
    statement.rowid_key = sqlite && known != nullptr && known->rowid_column == key ? 1 : 0;
  }
  const bool rowid_key = assign && sqlite && statement.rowid_key == 1;
  const bool by_rowid = assign && sqlite && !rowid_key && HasRowid(table);
  const bool returning = assign && !rowid_key && !by_rowid;
  if (returning && statement.returning_sql.empty()) {
    statement.returning_sql = statement.sql + " RETURNING " + QuoteIdentifier(key);
  }
  absl::StatusOr<std::vector<Row>> result;
  {
    Restore restore{cells, params_, skip};
    params_.reserve(cells.size());
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c != skip) params_.push_back(std::move(cells[c].second));
    }
    result = database_.Query(returning ? statement.returning_sql : statement.sql, params_);
  }
  if (!result.ok()) {
    return absl::Status(result.status().code(), std::string(table) + ": " +
                                                    std::string(result.status().message()));
  }
  if (assign) {
    Value assigned;
    if (rowid_key) {
      const std::optional<int64_t> rowid = database_.LastInsertRowid();
      if (!rowid) return absl::InternalError(std::string(table) + ": the insert returned no key");
      assigned = Value(*rowid);
    } else {
      if (by_rowid) {
        result = database_.Query("SELECT " + QuoteIdentifier(key) + " FROM " +
                                     QuoteIdentifier(table) +
                                     " WHERE rowid = last_insert_rowid() AND changes() = 1",
                                 {});
        if (!result.ok()) {
          return absl::Status(result.status().code(),
                              std::string(table) + ": " + std::string(result.status().message()));
        }
      }
      if (result->empty() || result->front().cells().empty()) {
        return absl::InternalError(std::string(table) + ": the insert returned no key");
      }
      assigned = std::move(result->front().mutable_cells().front().second);
    }
    if (key_value != nullptr) {
      *key_value = std::move(assigned);
    } else {
      row->AppendUnchecked(std::string(key), std::move(assigned));
    }
  } else if (key_value != nullptr && key_value->kind() == ValueKind::kInt && postgresql_) {
    // A key given explicitly (a replayed row, a With(&T::id, ...)) leaves a
    // serial or identity sequence behind: move it past the key, so a later
    // row without one does not collide. SQLite's rowids follow by
    // themselves.
    absl::Status moved = MoveSequencePast(table, key, key_value->as_int());
    if (!moved.ok()) {
      return absl::Status(moved.code(), std::string(table) + ": " + std::string(moved.message()));
    }
  }
  if (statement.inserted == nullptr) {
    auto counted = inserted_.find(table);
    if (counted == inserted_.end()) counted = inserted_.emplace(std::string(table), 0).first;
    statement.inserted = &counted->second;
  }
  ++*statement.inserted;
  return absl::OkStatus();
}

DatabaseSink::Statement& DatabaseSink::StatementFor(std::string_view table,
                                                    std::string_view key, bool assign,
                                                    const Row& row, size_t skip) {
  // The tables seen first are looked up without the map's string compares
  // (a scenario inserts into a few tables, row after row).
  Statement* known = nullptr;
  for (const Recent& recent : recent_) {
    if (recent.table == table) {
      known = recent.statement;
      break;
    }
  }
  auto it = statements_.end();
  if (known == nullptr) {
    it = statements_.find(table);
    if (it != statements_.end()) known = &it->second;
  }
  if (known != nullptr && known->assign == assign && known->key == key) {
    // The same columns in the same order (cheap to compare; a factory's
    // rows always have them).
    const std::vector<std::string>& columns = known->columns;
    const std::vector<Row::Cell>& cells = row.cells();
    bool same = cells.size() - (skip < cells.size() ? 1 : 0) == columns.size();
    for (size_t c = 0, i = 0; same && c < cells.size(); ++c) {
      if (c == skip) continue;
      same = columns[i++] == cells[c].first;
    }
    if (same) return *known;
  }
  Statement statement;
  statement.assign = assign;
  statement.key = std::string(key);
  std::string names;
  std::string marks;
  const std::vector<Row::Cell>& cells = row.cells();
  for (size_t c = 0; c < cells.size(); ++c) {
    if (c == skip) continue;
    statement.columns.push_back(cells[c].first);
    names += (statement.columns.size() == 1 ? "" : ", ") + QuoteIdentifier(cells[c].first);
    marks += (statement.columns.size() == 1 ? "" : ", ") +
             database_.Placeholder(static_cast<int>(statement.columns.size()));
  }
  statement.sql = "INSERT INTO " + QuoteIdentifier(table) +
                  (statement.columns.empty() ? " DEFAULT VALUES"
                                             : " (" + names + ") VALUES (" + marks + ")");
  if (known == nullptr) {
    it = statements_.emplace(std::string(table), Statement()).first;
    known = &it->second;
    if (recent_.size() < kRecentTables) recent_.push_back(Recent{it->first, known});
  } else {
    if (known->key == key) statement.rowid_key = known->rowid_key;
    statement.inserted = known->inserted;
  }
  *known = std::move(statement);
  return *known;
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
