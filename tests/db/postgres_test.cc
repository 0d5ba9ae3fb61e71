// Copyright 2026 The gtest_data Authors.
//
// The PostgreSQL driver against the throwaway server scripts/test.sh starts
// (GTEST_DATA_PG_DSN). Without the variable the tests skip on a developer
// machine; under CI they fail, never skip. Each test works in a schema of
// its own, dropped afterwards.

#include "gtest_data/db/postgres.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace db {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0' && std::string(ci) != "false";
}

class PostgresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* dsn = std::getenv("GTEST_DATA_PG_DSN");
    if (dsn == nullptr || *dsn == '\0') {
      if (InCi()) FAIL() << "GTEST_DATA_PG_DSN is not set; CI must reach the test server";
      GTEST_SKIP() << "GTEST_DATA_PG_DSN is not set; scripts/test.sh starts a server";
    }
    dsn_ = dsn;
    absl::StatusOr<std::unique_ptr<Database>> db = OpenPostgres(dsn_);
    ASSERT_TRUE(db.ok()) << db.status();
    db_ = *std::move(db);
    // The process id alone repeats across Bazel's sandboxes (PID
    // namespaces): the time the process started joins it.
    static const std::string run = std::to_string(::getpid()) + "_" +
                                   std::to_string(std::chrono::system_clock::now()
                                                      .time_since_epoch()
                                                      .count() %
                                                  1000000);
    schema_ = "gtest_data_" + run + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name();
    ASSERT_TRUE(db_->Execute("CREATE SCHEMA " + QuoteIdentifier(schema_) + "; SET search_path TO " +
                             QuoteIdentifier(schema_))
                    .ok());
  }
  void TearDown() override {
    if (db_) {
      EXPECT_TRUE(db_->Execute("DROP SCHEMA IF EXISTS " + QuoteIdentifier(schema_) + " CASCADE").ok());
    }
  }

  std::string dsn_;
  std::string schema_;
  std::unique_ptr<Database> db_;
};

TEST(PostgresOpenTest, MalformedConnectionStringsAreInvalid) {
  const std::pair<const char*, const char*> cases[] = {
      // libpq's own checks, after ours.
      {"postgresql://[::1", "postgresql: malformed connection string \"postgresql://[::1\": "},
      // An unknown keyword is named; its value, which may be a password's
      // tail, is not.
      {"colour=blue",
       "postgresql: malformed connection string \"colour=***\": invalid connection option "
       "\"colour\""},
      // Ours (db/url.h).
      {"host", "postgresql: \"host\" is not a database URL; expected"},
      {"host='x", "postgresql: database URL: a key=value connection string whose value quoted "
                  "at character 6 has no closing quote"},
      {"sqlite:x.db", "postgresql: sqlite:x.db is not a PostgreSQL URL"},
  };
  for (const auto& [text, message] : cases) {
    absl::StatusOr<std::unique_ptr<Database>> db = OpenPostgres(text);
    ASSERT_FALSE(db.ok()) << text;
    EXPECT_EQ(db.status().code(), absl::StatusCode::kInvalidArgument) << text;
    EXPECT_THAT(std::string(db.status().message()), HasSubstr(message));
  }
}

TEST(PostgresOpenTest, UnreachableServerIsUnavailableNamingWhere) {
  absl::StatusOr<std::unique_ptr<Database>> db =
      OpenPostgres("postgresql://nobody@127.0.0.1:1/shop?connect_timeout=2");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(std::string(db.status().message()),
              HasSubstr("postgresql: cannot connect to 127.0.0.1:1/shop: "));
}

TEST_F(PostgresTest, MissingDatabaseIsUnavailableWithTheServersMessage) {
  absl::StatusOr<std::unique_ptr<Database>> db =
      OpenPostgres(dsn_ + " dbname=gtest_data_no_such_db");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(std::string(db.status().message()),
              HasSubstr("database \"gtest_data_no_such_db\" does not exist"));
}

TEST_F(PostgresTest, ParametersAndResultsKeepTheirKinds) {
  EXPECT_EQ(db_->engine(), "postgresql");
  absl::StatusOr<std::vector<Row>> rows = db_->Query(
      "SELECT $1::int AS n, $2::boolean AS b, $3::bigint AS i, $4::float8 AS d, $5::text AS s",
      {Value(), Value(true), Value(int64_t{-9007199254740993}), Value(0.1), Value("naïve")});
  ASSERT_TRUE(rows.ok()) << rows.status();
  const Row& row = (*rows)[0];
  EXPECT_TRUE(row.Get("n").is_null());
  EXPECT_EQ(row.Get("b").as_bool(), true);
  EXPECT_EQ(row.Get("i").as_int(), int64_t{-9007199254740993});
  EXPECT_EQ(row.Get("d").as_double(), 0.1);  // exact round trip
  EXPECT_EQ(row.Get("s").as_string(), "naïve");
}

TEST_F(PostgresTest, ErrorsNameTheStatementAndCarryTheServersMessage) {
  EXPECT_EQ(std::string(db_->Query("SELECT * FROM missing", {}).status().message()),
            "postgresql: running \"SELECT * FROM missing\": ERROR:  relation \"missing\" does "
            "not exist\nLINE 1: SELECT * FROM missing\n                      ^");
  EXPECT_THAT(std::string(db_->Execute("CREATE TABLE (").message()),
              HasSubstr("postgresql: executing \"CREATE TABLE (\": ERROR:  syntax error"));
}

TEST_F(PostgresTest, SavepointsNestInsideATransaction) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE t (x integer)").ok());
  ASSERT_TRUE(db_->Begin().ok());
  ASSERT_TRUE(db_->Execute("INSERT INTO t VALUES (1)").ok());
  ASSERT_TRUE(db_->Savepoint("outer").ok());
  ASSERT_TRUE(db_->Execute("INSERT INTO t VALUES (2)").ok());
  ASSERT_TRUE(db_->RollbackTo("outer").ok());
  EXPECT_EQ(db_->Query("SELECT count(*) AS n FROM t", {})->at(0).Get("n").as_int(), 1);
  ASSERT_TRUE(db_->Rollback().ok());
  EXPECT_EQ(db_->Query("SELECT count(*) AS n FROM t", {})->at(0).Get("n").as_int(), 0);
}

TEST_F(PostgresTest, IntrospectionReadsKeysConstraintsAndChecks) {
  ASSERT_TRUE(db_->Execute(R"sql(
    CREATE TABLE customers (
      id bigserial PRIMARY KEY,
      email text NOT NULL UNIQUE,
      tier text NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'gold')),
      referred_by bigint REFERENCES customers(id));
    CREATE TABLE warehouses (
      region text NOT NULL, code integer NOT NULL, PRIMARY KEY (region, code));
    CREATE TABLE stock (
      id serial PRIMARY KEY,
      region text NOT NULL, code integer NOT NULL, sku varchar(40) NOT NULL,
      quantity integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
      note text,
      FOREIGN KEY (code, region) REFERENCES warehouses (code, region),
      UNIQUE (region, code, sku));
    CREATE UNIQUE INDEX stock_note ON stock (note);
    CREATE UNIQUE INDEX stock_lower_sku ON stock (lower(sku));
  )sql").ok());
  absl::StatusOr<Schema> schema = db_->Introspect();
  ASSERT_TRUE(schema.ok()) << schema.status();
  ASSERT_EQ(schema->tables.size(), 3u);

  const Table& customers = *schema->Find("customers");
  EXPECT_THAT(customers.primary_key, ElementsAre("id"));
  EXPECT_EQ(customers.FindColumn("id")->primary_key_position, 1);
  EXPECT_EQ(customers.FindColumn("id")->type, "bigint");
  EXPECT_THAT(*customers.FindColumn("id")->default_sql, HasSubstr("nextval("));
  EXPECT_EQ(customers.FindColumn("tier")->default_sql, "'standard'::text");
  EXPECT_TRUE(customers.FindColumn("email")->not_null);
  EXPECT_FALSE(customers.FindColumn("referred_by")->not_null);
  ASSERT_EQ(customers.uniques.size(), 1u);
  EXPECT_THAT(customers.uniques[0].columns, ElementsAre("email"));
  ASSERT_EQ(customers.foreign_keys.size(), 1u);
  EXPECT_EQ(customers.foreign_keys[0].parent_table, "customers");
  EXPECT_THAT(customers.foreign_keys[0].columns, ElementsAre("referred_by"));
  EXPECT_THAT(customers.foreign_keys[0].parent_columns, ElementsAre("id"));
  ASSERT_EQ(customers.checks.size(), 1u);
  EXPECT_THAT(customers.checks[0], HasSubstr("'gold'"));

  const Table& warehouses = *schema->Find("warehouses");
  EXPECT_THAT(warehouses.primary_key, ElementsAre("region", "code"));

  const Table& stock = *schema->Find("stock");
  EXPECT_EQ(stock.FindColumn("sku")->type, "character varying(40)");
  ASSERT_EQ(stock.foreign_keys.size(), 1u);
  EXPECT_THAT(stock.foreign_keys[0].columns, ElementsAre("code", "region"));
  EXPECT_THAT(stock.foreign_keys[0].parent_columns, ElementsAre("code", "region"));
  std::vector<std::vector<std::string>> uniques;
  for (const UniqueConstraint& u : stock.uniques) uniques.push_back(u.columns);
  EXPECT_THAT(uniques, ::testing::UnorderedElementsAre(
                           std::vector<std::string>{"region", "code", "sku"},
                           std::vector<std::string>{"note"}));  // not the expression index
  EXPECT_THAT(stock.checks, ElementsAre("(quantity >= 0)"));
}

}  // namespace
}  // namespace db
}  // namespace gtest_data
