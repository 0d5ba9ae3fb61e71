// Copyright 2026 The gtest_data Authors.
//
// The PostgreSQL driver, through libpq, for a real server.
//
//   postgresql://user:secret@127.0.0.1:5432/shop   (also postgres://)
//   host=127.0.0.1 port=5432 user=postgres dbname=shop
//
// Parameters are written $1, $2, ... and sent as text with their kinds'
// canonical forms; results come back as Values by column type (boolean,
// smallint/integer/bigint, real/double precision; other types as text).
// Introspection reads pg_catalog for the current schema (search_path).

#ifndef GTEST_DATA_DB_POSTGRES_H_
#define GTEST_DATA_DB_POSTGRES_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "gtest_data/db/database.h"

namespace gtest_data {
namespace db {

// Connects to the server `connection` names (a URI or key=value string).
// A malformed string is kInvalidArgument with libpq's reason; a server that
// cannot be reached, refuses the credentials or lacks the database is
// kUnavailable naming the host, port and database with libpq's message.
absl::StatusOr<std::unique_ptr<Database>> OpenPostgres(std::string_view connection);

// Creates the empty database `name` (from template0) on the server that
// `connection` reaches, and opens it. The database is dropped when the
// returned Database is destroyed. Needs the CREATEDB privilege; the
// database `connection` names is only used to issue CREATE and DROP.
absl::StatusOr<std::unique_ptr<Database>> CreatePostgresDatabase(std::string_view connection,
                                                                 std::string_view name);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_POSTGRES_H_
