// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/isolation.h"

#include <map>
#include <string>
#include <vector>

#include "gtest_data/db/seeder.h"

namespace gtest_data {
namespace db {
namespace {

std::string SavepointName(int depth) { return "gtest_data_" + std::to_string(depth); }

}  // namespace

RollbackScope::RollbackScope(Database& database) : database_(database) {
  depth_ = database_.open_scopes_++;
  opened_ = depth_ == 0 ? database_.Begin() : database_.Savepoint(SavepointName(depth_));
}

RollbackScope::~RollbackScope() { End().IgnoreError(); }

absl::Status RollbackScope::End() {
  if (ended_) return absl::OkStatus();
  const int open = database_.open_scopes_;
  if (open != depth_ + 1) {
    // Left open: the destructor ends it once the inner scopes have ended.
    return absl::FailedPreconditionError("rollback scopes must end innermost first (ending depth " +
                                         std::to_string(depth_) + " while " + std::to_string(open) +
                                         " are open)");
  }
  ended_ = true;
  --database_.open_scopes_;
  if (!opened_.ok()) return opened_;
  if (!database_.InTransaction()) {
    return absl::FailedPreconditionError(
        "the test's transaction was ended inside the test (a COMMIT or ROLLBACK), so what was "
        "written after that cannot be rolled back; use template-copy or truncate isolation for "
        "code that commits");
  }
  return depth_ == 0 ? database_.Rollback() : database_.RollbackTo(SavepointName(depth_));
}

absl::StatusOr<TableCounts> CountRows(Database& database, const Schema& schema) {
  TableCounts counts;
  if (schema.tables.empty()) return counts;
  // One statement for every table, a leak check running after every test;
  // each count a plain "SELECT count(*) FROM t" subquery, which SQLite
  // answers from the b-tree without reading rows.
  std::string sql = "SELECT ";
  for (size_t i = 0; i < schema.tables.size(); ++i) {
    sql += (i == 0 ? "" : ", ") + std::string("(SELECT count(*) FROM ") +
           QuoteIdentifier(schema.tables[i].name) + ") AS n" + std::to_string(i);
  }
  absl::StatusOr<std::vector<Row>> rows = database.Query(sql, {});
  if (!rows.ok()) return rows.status();
  const std::vector<Row::Cell>& cells = rows->front().cells();
  for (size_t i = 0; i < schema.tables.size() && i < cells.size(); ++i) {
    counts[schema.tables[i].name] = cells[i].second.as_int();
  }
  return counts;
}

absl::StatusOr<Dataset> ReadTables(Database& database, const Schema& schema) {
  Dataset data;
  for (const Table& table : schema.tables) {
    std::string order;
    for (const std::string& column : table.primary_key) {
      order += (order.empty() ? " ORDER BY " : ", ") + QuoteIdentifier(column);
    }
    // The introspected columns, not *: generated columns cannot be seeded.
    std::string columns;
    for (const Column& column : table.columns) {
      columns += (columns.empty() ? "" : ", ") + QuoteIdentifier(column.name);
    }
    if (columns.empty()) continue;
    absl::StatusOr<std::vector<Row>> rows = database.Query(
        "SELECT " + columns + " FROM " + QuoteIdentifier(table.name) + order, {});
    if (!rows.ok()) return rows.status();
    data.ReserveRows(table.name, rows->size());
    for (Row& row : *rows) {
      absl::Status added = data.Add(table.name, std::move(row));
      if (!added.ok()) return added;
    }
  }
  return data;
}

absl::Status DeleteAllRows(Database& database, const Schema& schema) {
  if (schema.tables.empty()) return absl::OkStatus();
  if (database.engine() == "postgresql") {
    std::string tables;
    for (const Table& table : schema.tables) {
      tables += (tables.empty() ? "" : ", ") + QuoteIdentifier(table.name);
    }
    return database.Execute("TRUNCATE " + tables + " RESTART IDENTITY CASCADE");
  }
  std::vector<std::string> names;
  for (const Table& table : schema.tables) names.push_back(table.name);
  absl::StatusOr<SeedPlan> plan = PlanSeeding(schema, names);
  if (!plan.ok()) return plan.status();
  // Children first; a cycle's nullable keys are cleared before its rows go.
  std::string sql = "BEGIN;";
  for (const SeedPlan::Deferred& deferred : plan->deferred) {
    std::string set;
    for (const std::string& column : deferred.key.columns) {
      set += (set.empty() ? "" : ", ") + QuoteIdentifier(column) + " = NULL";
    }
    sql += "UPDATE " + QuoteIdentifier(deferred.table) + " SET " + set + ";";
  }
  for (auto it = plan->order.rbegin(); it != plan->order.rend(); ++it) {
    sql += "DELETE FROM " + QuoteIdentifier(*it) + ";";
  }
  absl::StatusOr<std::vector<Row>> sequences =
      database.Query("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_sequence'", {});
  if (!sequences.ok()) return sequences.status();
  if (sequences->front().Get("n").as_int() > 0) sql += "DELETE FROM sqlite_sequence;";
  sql += "COMMIT;";
  absl::Status done = database.Execute(sql);
  if (!done.ok()) database.Execute("ROLLBACK").IgnoreError();
  return done;
}

absl::Status CheckNoLeaks(Database& database, const Schema& schema, const TableCounts& baseline) {
  absl::StatusOr<TableCounts> now = CountRows(database, schema);
  if (!now.ok()) return now.status();
  std::string leaks;
  for (const auto& [table, count] : *now) {
    auto it = baseline.find(table);
    const int64_t before = it == baseline.end() ? 0 : it->second;
    if (count == before) continue;
    const int64_t diff = count - before;
    leaks += (leaks.empty() ? "" : "; ") + table + " has " + std::to_string(count) + " rows, " +
             std::to_string(diff > 0 ? diff : -diff) + (diff > 0 ? " more" : " fewer") +
             " than its baseline of " + std::to_string(before);
  }
  if (leaks.empty()) return absl::OkStatus();
  return absl::FailedPreconditionError("leak check: " + leaks);
}

}  // namespace db
}  // namespace gtest_data
