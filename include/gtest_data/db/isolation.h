// Copyright 2026 The gtest_data Authors.
//
// Per-test isolation by transaction rollback, and the leak check.
//
//   db::RollbackScope scope(*database);   // BEGIN, or SAVEPOINT when nested
//   ...the test writes...
//   absl::Status undone = scope.End();    // ROLLBACK (TO SAVEPOINT); also on destruction
//
//   db::TableCounts baseline = *db::CountRows(*database, schema);
//   ...
//   absl::Status clean = db::CheckNoLeaks(*database, schema, baseline);
//   // "leak check: orders has 3 rows, 1 more than its baseline of 2"
//
// The other two strategies are built from Database::SaveAsTemplate() (a
// fresh copy per test) and from DeleteAllRows() plus ReadTables() and Seed()
// (truncate and re-seed); gtest/db_test.h puts the three behind DbTest.

#ifndef GTEST_DATA_DB_ISOLATION_H_
#define GTEST_DATA_DB_ISOLATION_H_

#include <cstdint>
#include <map>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/db/database.h"
#include "gtest_data/factory/dataset.h"

namespace gtest_data {
namespace db {

// Undoes everything written while it is open. Scopes nest: the outermost
// opens a transaction, inner ones savepoints. Ending (or destroying) a
// scope rolls back to where it began; scopes end innermost first.
class RollbackScope {
 public:
  explicit RollbackScope(Database& database);
  RollbackScope(const RollbackScope&) = delete;
  RollbackScope& operator=(const RollbackScope&) = delete;
  ~RollbackScope();

  // The status of opening the scope.
  const absl::Status& status() const { return opened_; }
  // Rolls back; later calls do nothing and return OK.
  absl::Status End();

 private:
  Database& database_;
  int depth_;  // 0: the transaction; n > 0: savepoint n
  absl::Status opened_;
  bool ended_ = false;
};

using TableCounts = std::map<std::string, int64_t>;

// The number of rows of every table of `schema`.
absl::StatusOr<TableCounts> CountRows(Database& database, const Schema& schema);

// Every row of every table of `schema`, by table, in primary-key order.
absl::StatusOr<Dataset> ReadTables(Database& database, const Schema& schema);

// Empties every table of `schema`, children first, and restarts generated
// keys (SQLite: sqlite_sequence; PostgreSQL: TRUNCATE ... RESTART IDENTITY
// CASCADE), in one transaction.
absl::Status DeleteAllRows(Database& database, const Schema& schema);

// OK when every table has its baseline row count; else names each table
// that differs, with both counts.
absl::Status CheckNoLeaks(Database& database, const Schema& schema, const TableCounts& baseline);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_ISOLATION_H_
