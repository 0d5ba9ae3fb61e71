// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/open.h"

#include <string>

#include "gtest_data/db/sqlite.h"
#if GTEST_DATA_HAS_POSTGRESQL
#include "gtest_data/db/postgres.h"
#endif

namespace gtest_data {
namespace db {
namespace {

#if !GTEST_DATA_HAS_POSTGRESQL
absl::Status NoPostgres() {
  return absl::FailedPreconditionError(
      "postgresql: this build of gtest_data has no PostgreSQL driver (it was configured with "
      "-DGTEST_DATA_POSTGRESQL=OFF); rebuild with libpq (Debian: libpq-dev) to use a "
      "PostgreSQL URL");
}
#endif

// The drivers scrub their own messages; this is the second line, for any
// message that reaches here from elsewhere in them.
#if GTEST_DATA_HAS_POSTGRESQL
template <typename T>
absl::StatusOr<T> Scrubbed(const DatabaseUrl& url, absl::StatusOr<T> result) {
  if (result.ok()) return result;
  return absl::Status(result.status().code(), url.Scrub(std::string(result.status().message())));
}
#endif

}  // namespace

bool HasDriver(DatabaseUrl::Engine engine) {
  if (engine == DatabaseUrl::Engine::kSqlite) return true;
  return GTEST_DATA_HAS_POSTGRESQL != 0;
}

absl::StatusOr<std::unique_ptr<Database>> OpenDatabase(std::string_view url) {
  absl::StatusOr<DatabaseUrl> parsed = DatabaseUrl::Parse(url);
  if (!parsed.ok()) return parsed.status();
  return OpenDatabase(*parsed);
}

absl::StatusOr<std::unique_ptr<Database>> OpenDatabase(const DatabaseUrl& url) {
  if (url.engine() == DatabaseUrl::Engine::kSqlite) return OpenSqlite(url.text());
#if GTEST_DATA_HAS_POSTGRESQL
  return Scrubbed(url, OpenPostgres(url.text()));
#else
  return NoPostgres();
#endif
}

absl::StatusOr<std::unique_ptr<Database>> CreateScratchDatabase(const DatabaseUrl& url,
                                                                std::string_view name) {
  if (url.engine() == DatabaseUrl::Engine::kSqlite) {
    return absl::InvalidArgumentError("sqlite: " + url.redacted() +
                                      " names a file, not a server to create database \"" +
                                      std::string(name) + "\" on");
  }
#if GTEST_DATA_HAS_POSTGRESQL
  return Scrubbed(url, CreatePostgresDatabase(url.text(), name));
#else
  return NoPostgres();
#endif
}

}  // namespace db
}  // namespace gtest_data
