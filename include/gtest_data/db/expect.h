// Copyright 2026 The gtest_data Authors.
//
// Expected datasets: whether tables of a live database hold exactly the rows
// of a Dataset, with a readable diff when they do not (DBUnit's and Database
// Rider's "expected dataset").
//
//   Dataset expected;
//   expected.Add("orders", Row{{"id", 3}, {"status", "paid"}});
//   expected.Add("orders", Row{{"id", 4}, {"status", "new"}});
//   db::ExpectOptions options;
//   options.ignore_columns = {"created_at", "orders.updated_by"};
//   absl::Status same = db::ExpectTablesEqual(*database, expected, options);
//   // table orders: 3 rows differ (expected 2 rows, found 2)
//   //   orders[id=3].status: expected "paid", actual "new"
//   //   - expected {"id": 4, "status": "new"}
//   //   + actual {"id": 5, "status": "new"}
//
// What is compared (ExpectOptions changes each default):
// - Tables: those the dataset has rows for; other tables are not looked at.
//   `empty_tables` names tables that must have no rows (a Dataset cannot
//   hold a table without rows); `all_tables` requires every other table of
//   the database to be empty.
// - Columns: those the expected rows of the table mention, less
//   `ignore_columns`. A column one expected row mentions and another leaves
//   out is not compared for the row that leaves it out. With `all_columns`
//   every column of the table is compared, and a column a row leaves out
//   must be NULL there.
// - Rows: as a multiset. When the table has a primary key, every key column
//   is compared and every expected row gives it, rows are matched by key and
//   a matched row that differs is shown column by column
//   (`orders[id=3].status: ...`). Otherwise rows equal to a database row
//   are matched first; then an expected row and a database row that agree
//   on at least half the columns the expected row gives are one changed
//   row, shown column by column and named by the database row's primary
//   key when the table has one (`books[id=2].title: ...`), the closest
//   pairs first (when at most 1000 rows are left unmatched on each side;
//   beyond that none are paired); what is left is shown whole, as missing
//   or extra. With `ordered`, the expected rows in
//   dataset order are compared position by position with the table read
//   ORDER BY its primary key (or, without one, by the compared columns in
//   order, where the engines disagree on where NULLs go).
//
// Values are compared across engines' representations (SQLite keeps
// booleans as 0/1, PostgreSQL returns `numeric`, dates and times as text):
// - NULL equals only NULL.
// - In a column where any value, expected or actual, is a bool, integer or
//   double, values compare as numbers: false and true are 0 and 1, and text
//   that reads as a number ("5", "-12.50", "1e3") is that number, so 5,
//   5.0, "5.00" and true-vs-1 are all equal. Two integers compare exactly;
//   otherwise as doubles, within `tolerance` when it is set. Text that is not
//   a number equals only the same text.
// - In a column of text only, text compares exactly, byte for byte (no
//   trimming, case folding or date parsing: "2024-01-05 10:00:00" is not
//   "2024-01-05T10:00:00").
//
// The diff is deterministic: tables in the order above; within a table,
// expected rows in dataset order, then database rows in the query's order.
// Each table has a header line, then at most `max_differences` lines:
// `- expected [@label] {row}` for a row missing from the database,
// `+ actual {row}` for a row only in the database, and
// `table[key=value].column: expected X, actual Y` (or `table[i].column`,
// the position, in ordered mode without a key) for a matched row, values
// as Value::ToString() writes them.
//
// Matching rows without a key is exact first and then greedy: an expected
// row that leaves columns out, or matches only within `tolerance`, takes
// the first remaining database row it equals, which in contrived cases
// leaves another expected row without the one it needed. Give such rows the
// columns that tell them apart.
//
// Dataset files: load the expected file with json::LoadDatasetFile (the json
// module) and pass the Dataset here; db does not depend on json. The loader
// fills the columns a row leaves out with the schema's defaults and derives
// missing keys from labels, so such rows compare every column their schema
// lists.
//
// Thread-compatible: the Database is used from the calling thread only.

#ifndef GTEST_DATA_DB_EXPECT_H_
#define GTEST_DATA_DB_EXPECT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/db/database.h"
#include "gtest_data/factory/dataset.h"

namespace gtest_data {
namespace db {

struct ExpectOptions {
  // Columns left out of the comparison and of the diff: "column" in every
  // table, "table.column" in one (split at the last dot). A "table.column"
  // whose table or column the database lacks is an error, so that a typo
  // does not silently compare what was meant to be ignored.
  std::vector<std::string> ignore_columns;

  // Compare every column of each compared table, not only those the
  // expected rows mention; a column an expected row leaves out must be NULL.
  bool all_columns = false;

  // Compare rows by position instead of as a multiset (see the file
  // comment for the database's order).
  bool ordered = false;

  // Tables that must have no rows. Naming a table the dataset has rows for
  // is an error.
  std::vector<std::string> empty_tables;

  // Require every table of the database that the dataset has no rows for to
  // be empty.
  bool all_tables = false;

  // The largest absolute difference at which two numbers are equal when
  // either is not an integer. 0: exactly equal. Must not be negative.
  double tolerance = 0;

  // Difference lines shown per table; the rest are counted in
  // "  ... and N more differences".
  size_t max_differences = 20;
};

// OK when the database's tables hold the rows of `expected` as `options`
// describe (see the file comment). Otherwise:
// - kFailedPrecondition with the diff, one block per table that differs,
//   each opening with a header such as
//     table orders: 2 rows differ (expected 5 rows, found 6)
//   (a row differs when it is changed, missing or extra);
// - kNotFound when the dataset or `options` names a table, or the dataset a
//   column, that the database lacks:
//     expected dataset: unknown column (orders.totl[2]): not in the database's table orders
// - kInvalidArgument when two expected rows of a table share a primary key,
//   or `options` contradicts itself (a negative tolerance, a table both
//   expected and empty);
// - the engine's error when a query fails.
// Introspects the database first; the overload below takes the schema.
[[nodiscard]] absl::Status ExpectTablesEqual(Database& database, const Dataset& expected,
                                             const ExpectOptions& options = {});

// The same with a schema already introspected from `database`. The schema
// supplies the tables, columns and primary keys the comparison uses; it
// should describe `database`.
[[nodiscard]] absl::Status ExpectTablesEqual(Database& database, const Schema& schema,
                                             const Dataset& expected,
                                             const ExpectOptions& options = {});

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_EXPECT_H_
