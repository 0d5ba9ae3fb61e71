// Copyright 2026 The gtest_data Authors.
//
// Invariants over a live database: foreign keys have their parent rows,
// primary keys and unique constraints hold, and custom SQL invariants
// return no rows.
//
//   absl::StatusOr<db::Schema> schema = database->Introspect();
//   absl::Status keys = db::CheckIntegrity(*database, *schema);
//   // foreign key check: orders (customer_id) -> customers (id): 1 row has no
//   // parent row: {"id": 7, "customer_id": 99}
//   absl::Status paid = db::CheckQueryReturnsNothing(
//       *database, "paid orders have a customer",
//       "SELECT id FROM orders WHERE status = 'paid' AND customer_id IS NULL");
//
// Why check what the engine enforces: SQLite leaves foreign keys off unless
// a connection turns them on, either engine can defer them, and data loaded
// with triggers disabled (PostgreSQL's `session_replication_role = replica`,
// `DISABLE TRIGGER ALL`) or copied in by tools is never checked. A schema
// can also claim more than the engine enforces (a hand-written Schema, or
// one introspected elsewhere): the checks trust the schema they are given.
//
// Each check runs read-only queries: a count and, when it is not zero, the
// first few offending rows (kMaxExampleRows) in a deterministic order. A
// failed check is kFailedPrecondition whose message names the table, the
// constraint, the examples and the total; an engine error (a table the
// schema names but the database lacks) is returned as the engine reported
// it. Checks of several constraints report every violated one, one per
// line, in schema order.
//
// Thread-compatible: the Database is used from the calling thread only.

#ifndef GTEST_DATA_DB_CHECKS_H_
#define GTEST_DATA_DB_CHECKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/db/database.h"

namespace gtest_data {
namespace db {

// How many offending rows a failed check shows.
inline constexpr size_t kMaxExampleRows = 3;

// OK when every foreign key of every table of `schema` has its parent row.
// A key with a NULL in any of its columns is not checked (SQL's MATCH
// SIMPLE). Otherwise kFailedPrecondition, one line per violated key:
//   foreign key check: orders (customer_id) -> customers (id): 2 rows have
//   no parent row: {"id": 7, "customer_id": 99}, {"id": 8, "customer_id": 98}
// Each example shows the child's primary key and the key's columns, ordered
// by them; ", ..." follows when there are more than kMaxExampleRows. A key
// whose parent table is not in `schema` is reported as violated ("the
// parent table does not exist").
[[nodiscard]] absl::Status CheckForeignKeys(Database& database, const Schema& schema);

// OK when no two rows share a primary key or the columns of a unique
// constraint of `schema`. Rows with a NULL in the key are ignored, as SQL
// does. Otherwise kFailedPrecondition, one line per violated constraint:
//   unique check: users unique users_email (email): 1 value occurs more than
//   once: {"email": "ada@example.com"} in 2 rows
// Values are shown in key order; ", ..." follows when there are more than
// kMaxExampleRows.
[[nodiscard]] absl::Status CheckUniqueKeys(Database& database, const Schema& schema);

// The same two checks limited to `tables`: the foreign keys those tables
// hold (their parents may be any table of `schema`), and their unique
// constraints. For checking only what a test wrote.
[[nodiscard]] absl::Status CheckForeignKeys(Database& database, const Schema& schema,
                                            const std::vector<std::string>& tables);
[[nodiscard]] absl::Status CheckUniqueKeys(Database& database, const Schema& schema,
                                           const std::vector<std::string>& tables);

// CheckForeignKeys then CheckUniqueKeys; every violation of both, foreign
// keys first. An engine error stops at once and is returned.
[[nodiscard]] absl::Status CheckIntegrity(Database& database, const Schema& schema);

// OK when `sql` (one SELECT, no parameters) returns no rows: a custom
// invariant such as "no order without lines". Otherwise kFailedPrecondition
// naming the invariant and the SQL, then the first rows returned, one per
// line (Row::ToString()):
//   invariant "paid orders have a customer" failed: 2 rows from
//   SELECT id FROM orders WHERE status = 'paid' AND customer_id IS NULL
//     {"id": 3}
//     {"id": 9}
// After kMaxExampleRows rows, "  ... and N more" ends the list. Every row
// is fetched, so write the query to return only offenders. An invalid
// query is the engine's error.
[[nodiscard]] absl::Status CheckQueryReturnsNothing(Database& database, std::string_view name,
                                                    std::string_view sql);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_CHECKS_H_
