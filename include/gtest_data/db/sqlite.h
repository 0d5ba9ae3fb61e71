// Copyright 2026 The gtest_data Authors.
//
// The SQLite driver, through the sqlite3 C API.
//
//   sqlite::memory:     a private in-memory database
//   sqlite:PATH         the database file PATH (created when missing),
//                       e.g. sqlite:shop.db or sqlite:/tmp/shop.db
//
// Foreign keys are enforced (PRAGMA foreign_keys = ON) on every connection.
// CHECK constraints are read from the table's CREATE statement, which is
// where SQLite keeps them.

#ifndef GTEST_DATA_DB_SQLITE_H_
#define GTEST_DATA_DB_SQLITE_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "gtest_data/db/database.h"

namespace gtest_data {
namespace db {

// Opens the database `url` names. A URL of another form is
// kInvalidArgument saying which forms are understood; a file that cannot be
// opened is kUnavailable with SQLite's message.
absl::StatusOr<std::unique_ptr<Database>> OpenSqlite(std::string_view url);

// The CHECK expressions of a CREATE TABLE statement, in order, as written
// (string literals, quoted names and comments are skipped when looking).
std::vector<std::string> CheckExpressions(std::string_view create_table_sql);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_SQLITE_H_
