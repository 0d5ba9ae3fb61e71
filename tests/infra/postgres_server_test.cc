// Copyright 2026 The gtest_data Authors.
//
// Checks the throwaway PostgreSQL server that the test command starts
// (scripts/test.sh, .ci/pg_fixture.sh): it is reachable through libpq at
// GTEST_DATA_PG_DSN and can clone databases from a template, which the
// database module's per-shard and per-test isolation rely on.
//
// Without GTEST_DATA_PG_DSN the test skips, so a developer without a server
// still gets a green run; under CI (CI=true) a missing or unreachable server
// is a failure, never a skip.

#include <libpq-fe.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "gtest/gtest.h"

namespace {

struct PgConnDeleter {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
struct PgResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgConn = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0' && std::string(ci) != "false";
}

class PostgresServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* dsn = std::getenv("GTEST_DATA_PG_DSN");
    if (dsn == nullptr || *dsn == '\0') {
      if (InCi()) {
        FAIL() << "GTEST_DATA_PG_DSN is not set; CI must run the PostgreSQL "
                  "tests against the server scripts/test.sh starts";
      }
      GTEST_SKIP() << "GTEST_DATA_PG_DSN is not set; run scripts/test.sh to "
                      "start a throwaway server";
    }
    conn_.reset(PQconnectdb(dsn));
    ASSERT_EQ(PQstatus(conn_.get()), CONNECTION_OK)
        << "cannot reach PostgreSQL at \"" << dsn
        << "\": " << PQerrorMessage(conn_.get());
  }

  PgResult Exec(const std::string& sql) {
    return PgResult(PQexec(conn_.get(), sql.c_str()));
  }

  PgConn conn_;
};

TEST_F(PostgresServerTest, AnswersQueries) {
  PgResult result = Exec("SELECT current_setting('server_version_num')::int");
  ASSERT_EQ(PQresultStatus(result.get()), PGRES_TUPLES_OK)
      << PQerrorMessage(conn_.get());
  EXPECT_GE(std::atoi(PQgetvalue(result.get(), 0, 0)), 120000)
      << "PostgreSQL 12 or newer expected";
}

TEST_F(PostgresServerTest, ClonesADatabaseFromATemplate) {
  const std::string pid = std::to_string(PQbackendPID(conn_.get()));
  const std::string tmpl = "gtest_data_tmpl_" + pid;
  const std::string clone = "gtest_data_clone_" + pid;
  ASSERT_EQ(PQresultStatus(Exec("CREATE DATABASE " + tmpl).get()),
            PGRES_COMMAND_OK)
      << PQerrorMessage(conn_.get());
  PgResult created = Exec("CREATE DATABASE " + clone + " TEMPLATE " + tmpl);
  const bool clone_ok = PQresultStatus(created.get()) == PGRES_COMMAND_OK;
  const std::string clone_error = PQerrorMessage(conn_.get());
  Exec("DROP DATABASE IF EXISTS " + clone);
  Exec("DROP DATABASE IF EXISTS " + tmpl);
  EXPECT_TRUE(clone_ok) << clone_error;
}

}  // namespace
