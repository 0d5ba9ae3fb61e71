// Copyright 2026 The gtest_data Authors.
//
// The SQLite driver: URLs, statements, parameters, transactions and
// savepoints, and schema introspection.

#include "gtest_data/db/sqlite.h"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace db {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::unique_ptr<Database> OpenMemory() {
  absl::StatusOr<std::unique_ptr<Database>> db = OpenSqlite("sqlite::memory:");
  EXPECT_TRUE(db.ok()) << db.status();
  return db.ok() ? *std::move(db) : nullptr;
}

TEST(SqliteUrlTest, MalformedUrlsSayWhatIsExpected) {
  for (const char* url : {"", "sqlite:", "postgresql://x", "sqlite3:shop.db", "shop.db"}) {
    absl::StatusOr<std::unique_ptr<Database>> db = OpenSqlite(url);
    ASSERT_FALSE(db.ok()) << url;
    EXPECT_EQ(db.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(db.status().message()),
                HasSubstr("expected sqlite::memory: or sqlite:PATH"));
  }
  EXPECT_THAT(std::string(OpenSqlite("sqlite://tmp/x.db").status().message()),
              HasSubstr("without \"//\""));
}

TEST(SqliteUrlTest, UnopenableFileIsUnavailableWithSqlitesMessage) {
  absl::StatusOr<std::unique_ptr<Database>> db = OpenSqlite("sqlite:/nonexistent/dir/shop.db");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_EQ(std::string(db.status().message()),
            "sqlite: cannot open /nonexistent/dir/shop.db: unable to open database file");
}

TEST(SqliteUrlTest, FileDatabaseKeepsItsData) {
  const std::string path = ::testing::TempDir() + "gtest_data_sqlite_" +
                           std::to_string(::getpid()) + ".db";
  std::filesystem::remove(path);
  {
    auto db = *OpenSqlite("sqlite:" + path);
    ASSERT_TRUE(db->Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (7)").ok());
  }
  auto again = *OpenSqlite("sqlite:" + path);
  absl::StatusOr<std::vector<Row>> rows = again->Query("SELECT x FROM t");
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Get("x").as_int(), 7);
  std::filesystem::remove(path);
}

// A WAL database's image says "WAL"; copies of it are in memory and would
// refuse to open that way, so the template marks it rollback-journal.
TEST(SqliteTemplateTest, CopiesOfAWalDatabaseOpen) {
  const std::string path = ::testing::TempDir() + "wal_template_" + std::to_string(::getpid()) + ".db";
  std::filesystem::remove(path);
  {
    absl::StatusOr<std::unique_ptr<Database>> db = OpenSqlite("sqlite:" + path);
    ASSERT_TRUE(db.ok()) << db.status();
    ASSERT_TRUE((*db)->Query("PRAGMA journal_mode = WAL", {}).ok());
    ASSERT_TRUE((*db)->Execute("CREATE TABLE t (x integer); INSERT INTO t VALUES (1), (2)").ok());
    absl::StatusOr<std::unique_ptr<DatabaseTemplate>> saved = (*db)->SaveAsTemplate();
    ASSERT_TRUE(saved.ok()) << saved.status();
    absl::StatusOr<std::unique_ptr<Database>> copy = (*saved)->NewCopy();
    ASSERT_TRUE(copy.ok()) << copy.status();
    absl::StatusOr<std::vector<Row>> rows = (*copy)->Query("SELECT count(*) AS n FROM t", {});
    ASSERT_TRUE(rows.ok()) << rows.status();
    EXPECT_EQ(rows->front().Get("n").as_int(), 2);
    EXPECT_TRUE((*copy)->Execute("INSERT INTO t VALUES (3)").ok());
    EXPECT_EQ((*copy)->ConnectionString(), "sqlite::memory:");
    EXPECT_EQ((*db)->ConnectionString(), "sqlite:" + path);
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
}

// Password redaction is tested with the URL parser (tests/db/url_test.cc).

TEST(SqliteTest, ParametersAndResultsKeepTheirKinds) {
  auto db = OpenMemory();
  ASSERT_EQ(db->engine(), "sqlite");
  absl::StatusOr<std::vector<Row>> rows =
      db->Query("SELECT ? AS n, ? AS b, ? AS i, ? AS d, ? AS s",
                {Value(), Value(true), Value(int64_t{-9007199254740993}), Value(2.5),
                 Value(std::string("a\0b", 3))});
  ASSERT_TRUE(rows.ok()) << rows.status();
  const Row& row = (*rows)[0];
  EXPECT_TRUE(row.Get("n").is_null());
  EXPECT_EQ(row.Get("b").as_int(), 1);  // SQLite has no boolean: 0/1
  EXPECT_EQ(row.Get("i").as_int(), int64_t{-9007199254740993});
  EXPECT_EQ(row.Get("d").as_double(), 2.5);
  EXPECT_EQ(row.Get("s").as_string(), std::string("a\0b", 3));
}

TEST(SqliteTest, ErrorsNameTheStatementAndCarrySqlitesMessage) {
  auto db = OpenMemory();
  absl::Status bad = db->Execute("CREATE TABLE (");
  EXPECT_EQ(std::string(bad.message()),
            "sqlite: executing \"CREATE TABLE (\": near \"(\": syntax error");
  EXPECT_EQ(std::string(db->Query("SELECT * FROM missing").status().message()),
            "sqlite: preparing \"SELECT * FROM missing\": no such table: missing");
  EXPECT_EQ(std::string(db->Query("SELECT ?", {}).status().message()),
            "sqlite: SELECT ?: expected 1 parameter(s), got 0");
}

// Query() reuses prepared statements: a reused one still counts as using
// its tables, binds its new parameters, and follows the schema it runs on.
TEST(SqliteTest, ReusedStatementsCountTheirTablesAndFollowTheSchema) {
  auto db = OpenMemory();
  ASSERT_TRUE(db->Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2)").ok());
  const std::string select = "SELECT count(*) AS n FROM t WHERE x >= ?";
  ASSERT_EQ(db->Query(select, {Value(int64_t{1})})->at(0).Get("n").as_int(), 2);
  ASSERT_TRUE(db->StartUsage().ok());
  EXPECT_EQ(db->Query(select, {Value(int64_t{2})})->at(0).Get("n").as_int(), 1);
  absl::StatusOr<std::vector<TableUsage>> usage = db->TakeUsage();
  ASSERT_TRUE(usage.ok()) << usage.status();
  ASSERT_EQ(usage->size(), 1u);
  EXPECT_EQ(usage->front().table, "t");
  EXPECT_TRUE(usage->front().read);
  EXPECT_FALSE(usage->front().written);
  // The table made again with other rows and another column.
  ASSERT_TRUE(db->Execute("DROP TABLE t; CREATE TABLE t (w TEXT, x INTEGER);"
                          "INSERT INTO t VALUES ('a', 5)")
                  .ok());
  EXPECT_EQ(db->Query(select, {Value(int64_t{1})})->at(0).Get("n").as_int(), 1);
  ASSERT_TRUE(db->Execute("DROP TABLE t").ok());
  EXPECT_THAT(std::string(db->Query(select, {Value(int64_t{1})}).status().message()),
              HasSubstr("no such table: t"));
  // Strings bound without a copy are read back whole.
  std::vector<Row> rows;
  for (int i = 0; i < 3; ++i) {
    rows = *db->Query("SELECT ? AS s", {Value(std::string(100, static_cast<char>('a' + i)))});
    EXPECT_EQ(rows.at(0).Get("s").as_string(), std::string(100, static_cast<char>('a' + i)));
  }
}

TEST(SqliteTest, ForeignKeysAreEnforced) {
  auto db = OpenMemory();
  ASSERT_TRUE(db->Execute("CREATE TABLE p (id INTEGER PRIMARY KEY);"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p(id))")
                  .ok());
  absl::Status orphan = db->Execute("INSERT INTO c VALUES (1, 99)");
  EXPECT_THAT(std::string(orphan.message()), HasSubstr("FOREIGN KEY constraint failed"));
}

TEST(SqliteTest, TheLastInsertsRowidWhenItWroteOneRow) {
  std::unique_ptr<Database> db = *OpenSqlite("sqlite::memory:");
  ASSERT_TRUE(db->Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)").ok());
  ASSERT_TRUE(db->Query("INSERT INTO t (name) VALUES ('a')", {}).ok());
  EXPECT_EQ(db->LastInsertRowid(), std::optional<int64_t>(1));
  ASSERT_TRUE(db->Query("INSERT OR IGNORE INTO t (name) VALUES ('a')", {}).ok());
  EXPECT_EQ(db->LastInsertRowid(), std::nullopt);
  ASSERT_TRUE(db->Query("INSERT INTO t (name) VALUES ('b'), ('c')", {}).ok());
  EXPECT_EQ(db->LastInsertRowid(), std::nullopt);
}

TEST(SqliteTest, ForeignKeysCheckedFollowsBothPragmas) {
  std::unique_ptr<Database> db = *OpenSqlite("sqlite::memory:");
  EXPECT_EQ(db->ForeignKeysChecked(), absl::StatusOr<bool>(true));  // on from the open
  ASSERT_TRUE(db->Execute("PRAGMA foreign_keys = OFF").ok());
  EXPECT_EQ(db->ForeignKeysChecked(), absl::StatusOr<bool>(false));
  ASSERT_TRUE(db->Execute("PRAGMA foreign_keys = ON").ok());
  EXPECT_EQ(db->ForeignKeysChecked(), absl::StatusOr<bool>(true));
  // Deferred to COMMIT inside a transaction; the setting ends with it.
  ASSERT_TRUE(db->Execute("BEGIN; PrAgMa Defer_Foreign_Keys = 1").ok());
  EXPECT_EQ(db->ForeignKeysChecked(), absl::StatusOr<bool>(false));
  ASSERT_TRUE(db->Execute("ROLLBACK").ok());
  EXPECT_EQ(db->ForeignKeysChecked(), absl::StatusOr<bool>(true));
}

TEST(SqliteTest, SavepointsNestInsideATransaction) {
  auto db = OpenMemory();
  ASSERT_TRUE(db->Execute("CREATE TABLE t (x INTEGER)").ok());
  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (1)").ok());
  ASSERT_TRUE(db->Savepoint("outer").ok());
  ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (2)").ok());
  ASSERT_TRUE(db->Savepoint("inner \"quoted\"").ok());
  ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (3)").ok());
  ASSERT_TRUE(db->RollbackTo("inner \"quoted\"").ok());
  EXPECT_EQ(db->Query("SELECT count(*) AS n FROM t")->at(0).Get("n").as_int(), 2);
  ASSERT_TRUE(db->RollbackTo("outer").ok());
  EXPECT_EQ(db->Query("SELECT count(*) AS n FROM t")->at(0).Get("n").as_int(), 1);
  ASSERT_TRUE(db->Rollback().ok());
  EXPECT_EQ(db->Query("SELECT count(*) AS n FROM t")->at(0).Get("n").as_int(), 0);
}

constexpr char kShopSchema[] = R"sql(
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  tier TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'gold')),
  referred_by INTEGER REFERENCES customers(id)   -- self-referencing
);
CREATE TABLE warehouses (
  region TEXT NOT NULL,
  code INTEGER NOT NULL,
  "label ""x""" TEXT,
  PRIMARY KEY (region, code)
);
CREATE TABLE stock (
  id INTEGER PRIMARY KEY,
  region TEXT NOT NULL,
  code INTEGER NOT NULL,
  sku TEXT NOT NULL,
  quantity INTEGER NOT NULL DEFAULT 0,
  note TEXT DEFAULT 'it''s (fine)',
  FOREIGN KEY (region, code) REFERENCES warehouses,   -- composite, implicit columns
  UNIQUE (region, code, sku),
  CHECK (quantity >= 0), /* CHECK (not this) */ CHECK ( length(sku) > 3 )
);
CREATE UNIQUE INDEX stock_note ON stock(note);
CREATE INDEX stock_sku ON stock(sku);
)sql";

TEST(SqliteIntrospectionTest, TablesColumnsKeysConstraintsAndChecks) {
  auto db = OpenMemory();
  ASSERT_TRUE(db->Execute(kShopSchema).ok());
  absl::StatusOr<Schema> schema = db->Introspect();
  ASSERT_TRUE(schema.ok()) << schema.status();
  ASSERT_EQ(schema->tables.size(), 3u);
  EXPECT_EQ(schema->tables[0].name, "customers");  // by name
  EXPECT_EQ(schema->Find("nope"), nullptr);

  const Table& customers = *schema->Find("customers");
  ASSERT_EQ(customers.columns.size(), 5u);
  EXPECT_EQ(customers.primary_key, std::vector<std::string>{"id"});
  const Column& tier = *customers.FindColumn("tier");
  EXPECT_EQ(tier.type, "TEXT");
  EXPECT_TRUE(tier.not_null);
  EXPECT_EQ(tier.default_sql, "'standard'");
  EXPECT_FALSE(customers.FindColumn("referred_by")->not_null);
  EXPECT_EQ(customers.FindColumn("id")->primary_key_position, 1);
  ASSERT_EQ(customers.uniques.size(), 1u);
  EXPECT_THAT(customers.uniques[0].columns, ElementsAre("email"));
  ASSERT_EQ(customers.foreign_keys.size(), 1u);
  EXPECT_EQ(customers.foreign_keys[0].parent_table, "customers");
  EXPECT_THAT(customers.foreign_keys[0].columns, ElementsAre("referred_by"));
  EXPECT_THAT(customers.foreign_keys[0].parent_columns, ElementsAre("id"));
  EXPECT_THAT(customers.checks, ElementsAre("tier IN ('standard', 'gold')"));

  const Table& warehouses = *schema->Find("warehouses");
  EXPECT_THAT(warehouses.primary_key, ElementsAre("region", "code"));
  EXPECT_NE(warehouses.FindColumn("label \"x\""), nullptr);
  EXPECT_TRUE(warehouses.uniques.empty());

  const Table& stock = *schema->Find("stock");
  ASSERT_EQ(stock.foreign_keys.size(), 1u);
  EXPECT_THAT(stock.foreign_keys[0].columns, ElementsAre("region", "code"));
  EXPECT_THAT(stock.foreign_keys[0].parent_columns, ElementsAre("region", "code"));
  std::vector<std::vector<std::string>> uniques;
  for (const UniqueConstraint& u : stock.uniques) uniques.push_back(u.columns);
  EXPECT_THAT(uniques, ::testing::UnorderedElementsAre(
                           std::vector<std::string>{"region", "code", "sku"},
                           std::vector<std::string>{"note"}));
  EXPECT_EQ(stock.FindColumn("note")->default_sql, "'it''s (fine)'");
  EXPECT_THAT(stock.checks, ElementsAre("quantity >= 0", " length(sku) > 3 "));
}

TEST(SqliteIntrospectionTest, TheRowidColumnIsALoneIntegerPrimaryKey) {
  auto db = OpenMemory();
  ASSERT_TRUE(db->Execute("CREATE TABLE a (id integer PRIMARY KEY, x TEXT);"
                           "CREATE TABLE b (id INTEGER PRIMARY KEY DESC);"
                           "CREATE TABLE c (id INTEGER PRIMARY KEY) WITHOUT ROWID;"
                           "CREATE TABLE d (id INT PRIMARY KEY);"
                           "CREATE TABLE e (x INTEGER, y INTEGER, PRIMARY KEY (x, y));"
                           "CREATE TABLE f (x TEXT);")
                  .ok());
  absl::StatusOr<Schema> schema = db->Introspect();
  ASSERT_TRUE(schema.ok()) << schema.status();
  EXPECT_EQ(schema->Find("a")->rowid_column, "id");
  for (const char* other : {"b", "c", "d", "e", "f"}) {
    EXPECT_EQ(schema->Find(other)->rowid_column, "") << other;
  }
}

TEST(SqliteIntrospectionTest, CheckExpressionsSkipLiteralsCommentsAndNames) {
  EXPECT_THAT(CheckExpressions("CREATE TABLE t (a TEXT CHECK (a <> ')'), \"check\" INT, "
                               "b INT CHECK(b IN (1, (2))), -- CHECK (c)\n"
                               "[check] INT, 'CHECK (d)' )"),
              ElementsAre("a <> ')'", "b IN (1, (2))"));
  EXPECT_TRUE(CheckExpressions("CREATE TABLE t (rechecked INT, checked INT)").empty());
}

}  // namespace
}  // namespace db
}  // namespace gtest_data
