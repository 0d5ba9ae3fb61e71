// Copyright 2026 The gtest_data Authors.
//
// Opening a database from its URL, with the driver for its engine: the one
// route from a --data_db flag, a DbTest run or `gtest-data seed --db` to a
// Database.
//
//   absl::StatusOr<std::unique_ptr<db::Database>> database =
//       db::OpenDatabase("sqlite:shop.db");          // or postgresql://..., host=...
//
// The URL forms are those of db/url.h. Every error is scrubbed of the URL's
// password. PostgreSQL support is optional at build time
// (-DGTEST_DATA_POSTGRESQL=OFF); without it a PostgreSQL URL is
// kFailedPrecondition saying so.
//
// Target: gtest_data::connect (links the SQLite driver, and the PostgreSQL
// driver when the build has it).

#ifndef GTEST_DATA_DB_OPEN_H_
#define GTEST_DATA_DB_OPEN_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "gtest_data/db/database.h"
#include "gtest_data/db/url.h"

namespace gtest_data {
namespace db {

// Whether this build can open databases of `engine`.
bool HasDriver(DatabaseUrl::Engine engine);

// Opens the database `url` names. kInvalidArgument for a malformed URL
// (DatabaseUrl::Parse), kFailedPrecondition for an engine this build lacks,
// else the driver's errors (kUnavailable for a server or file that cannot
// be reached).
absl::StatusOr<std::unique_ptr<Database>> OpenDatabase(std::string_view url);
absl::StatusOr<std::unique_ptr<Database>> OpenDatabase(const DatabaseUrl& url);

// A new, empty database called `name` on the server `url` reaches, dropped
// when the returned Database is destroyed (PostgreSQL's
// CreatePostgresDatabase). SQLite has no server: kInvalidArgument.
absl::StatusOr<std::unique_ptr<Database>> CreateScratchDatabase(const DatabaseUrl& url,
                                                                std::string_view name);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_OPEN_H_
