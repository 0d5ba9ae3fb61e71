// Copyright 2026 The gtest_data Authors.
//
// Database invariants (foreign keys, unique keys, custom SQL) on both
// engines (PostgreSQL with GTEST_DATA_PG_DSN; skipped without it on a
// developer machine, failing under CI). Violations are made with the
// engine's enforcement switched off (SQLite: PRAGMA foreign_keys = OFF;
// PostgreSQL: session_replication_role = replica, as a superuser), or with a
// schema that claims a constraint the database does not declare.

#include "gtest_data/db/checks.h"

#include <memory>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "engine_test.h"

namespace gtest_data {
namespace db {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class ChecksTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (!ready()) return;
    ASSERT_TRUE(
        db_->Execute("CREATE TABLE customers (id integer PRIMARY KEY, email text UNIQUE);"
                     "CREATE TABLE orders (id integer PRIMARY KEY,"
                     "  customer_id integer REFERENCES customers (id), status text);"
                     "CREATE TABLE lines (order_id integer, line integer, sku text,"
                     "  PRIMARY KEY (order_id, line));"
                     "CREATE TABLE shipments (id integer PRIMARY KEY, order_id integer,"
                     "  line integer, FOREIGN KEY (order_id, line) REFERENCES lines);"
                     "CREATE TABLE events (kind text, n integer);"
                     "INSERT INTO customers VALUES (1, 'ada@example.com'), (2, NULL), (3, NULL);"
                     "INSERT INTO orders VALUES (1, 1, 'new'), (2, 1, 'paid'), (3, NULL, NULL);"
                     "INSERT INTO lines VALUES (1, 1, 'A'), (1, 2, 'B');"
                     "INSERT INTO shipments VALUES (1, 1, 2), (2, NULL, 5);"
                     "INSERT INTO events VALUES ('a', 1), ('a', 1), ('b', NULL), ('b', NULL)")
            .ok());
    absl::StatusOr<Schema> schema = db_->Introspect();
    ASSERT_TRUE(schema.ok()) << schema.status();
    schema_info_ = *std::move(schema);
  }

  // Lets the next statements break foreign keys.
  void DisableForeignKeys() {
    const char* off =
        postgres() ? "SET session_replication_role = replica" : "PRAGMA foreign_keys = OFF";
    absl::Status s = db_->Execute(off);
    ASSERT_TRUE(s.ok()) << s;
  }

  Table& Mutable(const char* table) {
    for (Table& t : schema_info_.tables) {
      if (t.name == table) return t;
    }
    ADD_FAILURE() << "no table " << table;
    return schema_info_.tables.front();
  }

  Schema schema_info_;
};

// The examples of checks.h.
TEST_P(ChecksTest, ApiExamples) {
  DisableForeignKeys();
  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (7, 99, 'paid')").ok());
  std::unique_ptr<Database>& database = db_;

  absl::StatusOr<db::Schema> schema = database->Introspect();
  absl::Status keys = db::CheckIntegrity(*database, *schema);
  // foreign key check: orders (customer_id) -> customers (id): 1 row has no
  // parent row: {"id": 7, "customer_id": 99}
  absl::Status paid = db::CheckQueryReturnsNothing(
      *database, "paid orders have a customer",
      "SELECT id FROM orders WHERE status = 'paid' AND customer_id IS NULL");

  EXPECT_EQ(std::string(keys.message()),
            "foreign key check: orders (customer_id) -> customers (id): 1 row has no parent "
            "row: {\"id\": 7, \"customer_id\": 99}");
  EXPECT_TRUE(paid.ok()) << paid;
}

TEST_P(ChecksTest, HealthyDatabasePasses) {
  // NULL keys (orders 3, shipment 2's composite key with a NULL) are not
  // checked, nor are NULLs in the unique email column duplicates.
  EXPECT_TRUE(CheckForeignKeys(*db_, schema_info_).ok()) << CheckForeignKeys(*db_, schema_info_);
  EXPECT_TRUE(CheckUniqueKeys(*db_, schema_info_).ok()) << CheckUniqueKeys(*db_, schema_info_);
  EXPECT_TRUE(CheckIntegrity(*db_, schema_info_).ok()) << CheckIntegrity(*db_, schema_info_);
}

TEST_P(ChecksTest, ForeignKeyViolationsNameTheKeyTheRowsAndTheCount) {
  DisableForeignKeys();
  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (11, 98, 'new'), (10, 99, 'new'),"
                           " (12, NULL, 'new');"
                           "INSERT INTO shipments VALUES (5, 1, 7), (6, NULL, 9), (7, 2, NULL)")
                  .ok());
  const absl::Status s = CheckForeignKeys(*db_, schema_info_);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(std::string(s.message()),
            "foreign key check: orders (customer_id) -> customers (id): 2 rows have no parent "
            "row: {\"id\": 10, \"customer_id\": 99}, {\"id\": 11, \"customer_id\": 98}\n"
            "foreign key check: shipments (order_id, line) -> lines (order_id, line): 1 row has "
            "no parent row: {\"id\": 5, \"order_id\": 1, \"line\": 7}");
}

TEST_P(ChecksTest, ChecksLimitedToTablesLookOnlyAtThem) {
  DisableForeignKeys();
  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (10, 99, 'new');"
                           "INSERT INTO shipments VALUES (5, 1, 7)")
                  .ok());
  const absl::Status orders = CheckForeignKeys(*db_, schema_info_, {"orders"});
  EXPECT_THAT(std::string(orders.message()), HasSubstr("orders (customer_id) -> customers"));
  EXPECT_THAT(std::string(orders.message()), Not(HasSubstr("shipments")));
  EXPECT_TRUE(CheckForeignKeys(*db_, schema_info_, {"customers"}).ok());
  EXPECT_TRUE(CheckForeignKeys(*db_, schema_info_, {}).ok());
  EXPECT_TRUE(CheckUniqueKeys(*db_, schema_info_, {"orders"}).ok());
}

TEST_P(ChecksTest, ForeignKeyExamplesAreBoundedButTheCountIsNot) {
  DisableForeignKeys();
  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (10, 90, NULL), (11, 91, NULL),"
                           " (12, 92, NULL), (13, 93, NULL), (14, 94, NULL)")
                  .ok());
  EXPECT_EQ(std::string(CheckForeignKeys(*db_, schema_info_).message()),
            "foreign key check: orders (customer_id) -> customers (id): 5 rows have no parent "
            "row: {\"id\": 10, \"customer_id\": 90}, {\"id\": 11, \"customer_id\": 91}, "
            "{\"id\": 12, \"customer_id\": 92}, ...");
}

TEST_P(ChecksTest, DeletingAParentIsFound) {
  DisableForeignKeys();
  ASSERT_TRUE(db_->Execute("DELETE FROM lines WHERE line = 2").ok());
  EXPECT_THAT(std::string(CheckIntegrity(*db_, schema_info_).message()),
              HasSubstr("shipments (order_id, line) -> lines (order_id, line): 1 row has no "
                        "parent row: {\"id\": 1, \"order_id\": 1, \"line\": 2}"));
}

TEST_P(ChecksTest, ForeignKeyToAMissingTableIsAViolation) {
  Schema schema;
  Table orphans = Mutable("orders");
  orphans.foreign_keys = {ForeignKey{{"customer_id"}, "ghosts", {"id"}, false}};
  schema.tables.push_back(orphans);
  EXPECT_EQ(std::string(CheckForeignKeys(*db_, schema).message()),
            "foreign key check: orders (customer_id) -> ghosts (id): the parent table does not "
            "exist");
}

TEST_P(ChecksTest, AParentOffTheSearchPathIsCheckedWhereItIs) {
  if (!postgres()) return;  // SQLite has no schemas
  // The parent lives in a schema off the path, as auth.users often does;
  // a table of the same name on the path must not stand in for it.
  const std::string other = schema_ + "_auth";
  const std::string q = QuoteIdentifier(other);
  ASSERT_TRUE(db_->Execute("CREATE SCHEMA " + q + "; CREATE TABLE " + q +
                           ".users (id integer PRIMARY KEY); INSERT INTO " + q +
                           ".users VALUES (1), (2); CREATE TABLE users (id integer PRIMARY KEY);"
                           "INSERT INTO users VALUES (7); CREATE TABLE sessions (id integer "
                           "PRIMARY KEY, user_id integer REFERENCES " + q + ".users (id));"
                           "INSERT INTO sessions VALUES (1, 1), (2, 2)")
                  .ok());
  absl::StatusOr<Schema> schema = db_->Introspect();
  ASSERT_TRUE(schema.ok()) << schema.status();
  const absl::Status healthy = CheckForeignKeys(*db_, *schema, {"sessions"});
  EXPECT_TRUE(healthy.ok()) << healthy;
  DisableForeignKeys();
  ASSERT_TRUE(db_->Execute("INSERT INTO sessions VALUES (3, 7)").ok());
  EXPECT_THAT(std::string(CheckForeignKeys(*db_, *schema, {"sessions"}).message()),
              HasSubstr("sessions (user_id) -> " + other +
                        ".users (id): 1 row has no parent row: {\"id\": 3, \"user_id\": 7}"));
  ASSERT_TRUE(db_->Execute("SET session_replication_role = DEFAULT; DROP SCHEMA " + q +
                           " CASCADE")
                  .ok());
}

TEST_P(ChecksTest, UniqueViolationsOfClaimedConstraintsAreFound) {
  // The database declares neither; the schema claims both. NULLs are not
  // duplicates (events' two ('b', NULL) rows, orders' NULL status).
  Mutable("orders").uniques.push_back(UniqueConstraint{"orders_status", {"status"}, false});
  Mutable("events").primary_key = {"kind", "n"};
  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (4, 1, 'new'), (5, 1, 'paid'),"
                           " (6, 1, 'new'), (7, NULL, NULL)")
                  .ok());
  const absl::Status s = CheckUniqueKeys(*db_, schema_info_);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(std::string(s.message()),
            "unique check: events primary key (kind, n): 1 value occurs more than once: "
            "{\"kind\": \"a\", \"n\": 1} in 2 rows\n"
            "unique check: orders unique orders_status (status): 2 values occur more than "
            "once: {\"status\": \"new\"} in 3 rows, {\"status\": \"paid\"} in 2 rows");
}

TEST_P(ChecksTest, UniqueExamplesAreBounded) {
  Mutable("events").uniques.push_back(UniqueConstraint{"events_kind", {"kind"}, false});
  ASSERT_TRUE(
      db_->Execute("INSERT INTO events VALUES ('c', 1), ('c', 2), ('d', 1), ('d', 2)").ok());
  EXPECT_EQ(std::string(CheckUniqueKeys(*db_, schema_info_).message()),
            "unique check: events unique events_kind (kind): 4 values occur more than once: "
            "{\"kind\": \"a\"} in 2 rows, {\"kind\": \"b\"} in 2 rows, {\"kind\": \"c\"} in 2 "
            "rows, ...");
}

TEST_P(ChecksTest, IntegrityReportsForeignKeysThenUniques) {
  DisableForeignKeys();
  Mutable("events").primary_key = {"kind", "n"};
  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (10, 99, NULL)").ok());
  EXPECT_EQ(std::string(CheckIntegrity(*db_, schema_info_).message()),
            "foreign key check: orders (customer_id) -> customers (id): 1 row has no parent "
            "row: {\"id\": 10, \"customer_id\": 99}\n"
            "unique check: events primary key (kind, n): 1 value occurs more than once: "
            "{\"kind\": \"a\", \"n\": 1} in 2 rows");
}

TEST_P(ChecksTest, ATableTheDatabaseLacksIsTheEnginesError) {
  Table ghosts;
  ghosts.name = "ghosts";
  ghosts.primary_key = {"id"};
  Schema schema;
  schema.tables.push_back(ghosts);
  const absl::Status s = CheckUniqueKeys(*db_, schema);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("ghosts"));
  EXPECT_THAT(std::string(s.message()), ::testing::Not(HasSubstr("unique check")));
}

TEST_P(ChecksTest, CustomInvariantPassesWhenTheQueryReturnsNothing) {
  EXPECT_TRUE(
      CheckQueryReturnsNothing(*db_, "ids are positive", "SELECT id FROM orders WHERE id <= 0")
          .ok());
}

TEST_P(ChecksTest, CustomInvariantShowsNameSqlAndTheFirstRows) {
  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (4, 1, NULL), (5, 1, NULL)").ok());
  const char* sql = "SELECT id, status FROM orders WHERE status IS NULL ORDER BY id";
  const absl::Status s = CheckQueryReturnsNothing(*db_, "orders have a status", sql);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(std::string(s.message()),
            "invariant \"orders have a status\" failed: 3 rows from\n"
            "SELECT id, status FROM orders WHERE status IS NULL ORDER BY id\n"
            "  {\"id\": 3, \"status\": null}\n"
            "  {\"id\": 4, \"status\": null}\n"
            "  {\"id\": 5, \"status\": null}");

  ASSERT_TRUE(db_->Execute("INSERT INTO orders VALUES (6, 1, NULL)").ok());
  EXPECT_EQ(std::string(CheckQueryReturnsNothing(*db_, "orders have a status",
                                                 "SELECT id FROM orders WHERE status IS NULL "
                                                 "ORDER BY id")
                            .message()),
            "invariant \"orders have a status\" failed: 4 rows from\n"
            "SELECT id FROM orders WHERE status IS NULL ORDER BY id\n"
            "  {\"id\": 3}\n  {\"id\": 4}\n  {\"id\": 5}\n  ... and 1 more");
}

TEST_P(ChecksTest, CustomInvariantWithBadSqlIsTheEnginesError) {
  const absl::Status s = CheckQueryReturnsNothing(*db_, "typo", "SELECT nope FROM orders");
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("nope"));
  EXPECT_THAT(std::string(s.message()), ::testing::Not(HasSubstr("invariant")));
}

INSTANTIATE_TEST_SUITE_P(Engines, ChecksTest, ::testing::ValuesIn(Engines()),
                         EngineName);

}  // namespace
}  // namespace db
}  // namespace gtest_data
