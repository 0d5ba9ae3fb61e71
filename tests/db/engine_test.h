// Copyright 2026 The gtest_data Authors.
//
// A fixture parameterised by engine ("sqlite" or "postgresql") that opens a
// fresh test database: SQLite in memory, or the PostgreSQL server at
// GTEST_DATA_PG_DSN in a schema of its own, dropped afterwards. Without the
// variable the PostgreSQL case skips on a developer machine and fails under
// CI. A derived SetUp() calls EngineTest::SetUp() first and returns when
// ready() is false.

#ifndef GTEST_DATA_TESTS_DB_ENGINE_TEST_H_
#define GTEST_DATA_TESTS_DB_ENGINE_TEST_H_

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/db/open.h"

namespace gtest_data {
namespace db {

// A name for a PostgreSQL schema or database that no other process uses:
// the prefix, the process id and the time the process first asked. The
// process id alone repeats: Bazel's sandboxes give each test process a PID
// namespace of its own, so two test binaries both run as pid 2.
inline std::string UniqueName(const std::string& prefix) {
  static const std::string run = std::to_string(::getpid()) + "_" +
                                 std::to_string(std::chrono::system_clock::now()
                                                    .time_since_epoch()
                                                    .count() %
                                                1000000000000);
  return prefix + "_" + run;
}

class EngineTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      absl::StatusOr<std::unique_ptr<Database>> db = OpenDatabase("sqlite::memory:");
      ASSERT_TRUE(db.ok()) << db.status();
      db_ = *std::move(db);
      return;
    }
    const char* dsn = std::getenv("GTEST_DATA_PG_DSN");
    if (dsn == nullptr || *dsn == '\0') {
      const char* ci = std::getenv("CI");
      if (ci != nullptr && *ci != '\0' && std::string(ci) != "false") {
        FAIL() << "GTEST_DATA_PG_DSN is not set; CI must reach the test server";
      }
      GTEST_SKIP() << "GTEST_DATA_PG_DSN is not set; scripts/test.sh starts a server";
    }
    absl::StatusOr<std::unique_ptr<Database>> db = OpenDatabase(dsn);
    ASSERT_TRUE(db.ok()) << db.status();
    db_ = *std::move(db);
    // Unique per process and test, within PostgreSQL's 63-byte names.
    static int tests = 0;
    schema_ = UniqueName("gtest_data_test") + "_" + std::to_string(++tests);
    ASSERT_TRUE(db_->Execute("CREATE SCHEMA " + QuoteIdentifier(schema_) +
                             "; SET search_path TO " + QuoteIdentifier(schema_))
                    .ok());
  }

  void TearDown() override {
    if (db_ && !schema_.empty()) {
      EXPECT_TRUE(
          db_->Execute("DROP SCHEMA IF EXISTS " + QuoteIdentifier(schema_) + " CASCADE").ok());
    }
  }

  // Whether the database is open (not skipped, no failure).
  bool ready() const { return db_ != nullptr && !IsSkipped() && !HasFatalFailure(); }
  bool postgres() const { return GetParam() == "postgresql"; }

  std::unique_ptr<Database> db_;
  std::string schema_;  // PostgreSQL only
};

inline std::string EngineName(const ::testing::TestParamInfo<std::string>& p) { return p.param; }

// The engines this build has drivers for: sqlite, and postgresql unless
// the build is without it (-DGTEST_DATA_POSTGRESQL=OFF).
inline std::vector<std::string> Engines() {
  std::vector<std::string> engines = {"sqlite"};
  if (HasDriver(DatabaseUrl::Engine::kPostgresql)) engines.push_back("postgresql");
  return engines;
}

// postgresql alone, or nothing in a build without it.
inline std::vector<std::string> PostgresEngines() {
  std::vector<std::string> engines;
  if (HasDriver(DatabaseUrl::Engine::kPostgresql)) engines.push_back("postgresql");
  return engines;
}

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_TESTS_DB_ENGINE_TEST_H_
