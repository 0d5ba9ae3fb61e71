// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/isolation.h"

#include <map>
#include <vector>

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
  return depth_ == 0 ? database_.Rollback() : database_.RollbackTo(SavepointName(depth_));
}

absl::StatusOr<TableCounts> CountRows(Database& database, const Schema& schema) {
  TableCounts counts;
  for (const Table& table : schema.tables) {
    absl::StatusOr<std::vector<Row>> rows =
        database.Query("SELECT count(*) AS n FROM " + QuoteIdentifier(table.name), {});
    if (!rows.ok()) return rows.status();
    counts[table.name] = rows->front().Get("n").as_int();
  }
  return counts;
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
