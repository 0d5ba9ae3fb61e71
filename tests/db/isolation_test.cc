// Copyright 2026 The gtest_data Authors.
//
// Rollback scopes (nested through savepoints) and the leak check, on both
// engines (PostgreSQL with GTEST_DATA_PG_DSN; skipped without it on a
// developer machine, failing under CI).

#include "gtest_data/db/isolation.h"

#include <optional>
#include <string>
#include <vector>

#include "gtest_data/db/seeder.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "engine_test.h"

namespace gtest_data {
namespace db {
namespace {

class IsolationTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (!ready()) return;
    ASSERT_TRUE(db_->Execute("CREATE TABLE a (x integer PRIMARY KEY); CREATE TABLE b (y integer);"
                             "INSERT INTO a VALUES (1), (2)")
                    .ok());
    schema_info_ = *db_->Introspect();
  }
  int64_t Count(const char* table) {
    return db_->Query(std::string("SELECT count(*) AS n FROM ") + table, {})
        ->at(0).Get("n").as_int();
  }

  Schema schema_info_;
};

TEST_P(IsolationTest, ScopesNestAndRollBackInnermostFirst) {
  const TableCounts baseline = *CountRows(*db_, schema_info_);
  EXPECT_EQ(baseline.at("a"), 2);
  {
    RollbackScope test(*db_);
    ASSERT_TRUE(test.status().ok()) << test.status();
    ASSERT_TRUE(db_->Execute("INSERT INTO a VALUES (3)").ok());
    {
      RollbackScope inner(*db_);
      ASSERT_TRUE(inner.status().ok()) << inner.status();
      ASSERT_TRUE(db_->Execute("INSERT INTO b VALUES (9); DELETE FROM a WHERE x = 1").ok());
      EXPECT_EQ(Count("b"), 1);
      ASSERT_TRUE(inner.End().ok());
    }
    EXPECT_EQ(Count("b"), 0);
    EXPECT_EQ(Count("a"), 3);
    EXPECT_THAT(std::string(CheckNoLeaks(*db_, schema_info_, baseline).message()),
                ::testing::HasSubstr("leak check: a has 3 rows, 1 more than its baseline of 2"));
  }  // destruction rolls back
  EXPECT_TRUE(CheckNoLeaks(*db_, schema_info_, baseline).ok());
}

// A load in pieces: on PostgreSQL one COPY kept open between pieces,
// finished by FinishRows() or by any other call.
TEST_P(IsolationTest, AppendRowsLoadsPiecesAndAnyOtherCallFinishesTheLoad) {
  std::vector<Row> rows(6);
  for (int i = 0; i < 6; ++i) rows[static_cast<size_t>(i)].Set("x", int64_t{10 + i});
  auto piece = [&](size_t from, size_t to) {
    std::vector<const Row*> out;
    for (size_t i = from; i < to; ++i) out.push_back(&rows[i]);
    return out;
  };
  ASSERT_TRUE(db_->Begin().ok());
  ASSERT_TRUE(db_->AppendRows("a", {"x"}, piece(0, 2)).ok());
  ASSERT_TRUE(db_->AppendRows("a", {"x"}, piece(2, 4)).ok());
  EXPECT_EQ(Count("a"), 6);  // the query finished the load first
  ASSERT_TRUE(db_->AppendRows("a", {"x"}, piece(4, 6)).ok());
  Row y;
  y.Set("y", int64_t{1});
  ASSERT_TRUE(db_->AppendRows("b", {"y"}, {&y}).ok());  // another table: a new load
  ASSERT_TRUE(db_->FinishRows().ok());
  ASSERT_TRUE(db_->FinishRows().ok());  // nothing left to finish
  EXPECT_EQ(Count("a"), 8);
  EXPECT_EQ(Count("b"), 1);
  ASSERT_TRUE(db_->Rollback().ok());
  EXPECT_EQ(Count("a"), 2);
}

TEST_P(IsolationTest, AppendRowsNamesTheBadRowCountedFromTheLoadsFirst) {
  std::vector<Row> rows(4);
  for (int i = 0; i < 4; ++i) rows[static_cast<size_t>(i)].Set("x", int64_t{20 + i});
  rows[3].Set("x", int64_t{1});  // taken by the baseline
  ASSERT_TRUE(db_->Begin().ok());
  absl::Status status = db_->AppendRows("a", {"x"}, {&rows[0], &rows[1]});
  ASSERT_TRUE(status.ok()) << status;
  status = db_->AppendRows("a", {"x"}, {&rows[2], &rows[3]});
  if (status.ok()) status = db_->FinishRows();  // PostgreSQL says at the end
  ASSERT_FALSE(status.ok());
  // SQLite refuses the piece (its row 1); PostgreSQL the load (its row 3).
  EXPECT_THAT(std::string(status.message()),
              ::testing::HasSubstr(GetParam() == "sqlite" ? "a row 1" : "a row 3"));
  ASSERT_TRUE(db_->Rollback().ok());
  EXPECT_EQ(Count("a"), 2);
}

// DbTest skips its row counts when the mark is the same before and after
// a test: the mark must change with any commit, however it is spelt.
TEST_P(IsolationTest, TransactionMarkChangesWithEveryCommit) {
  ASSERT_TRUE(db_->Begin().ok());
  const std::string begun = db_->TransactionMark();
  ASSERT_FALSE(begun.empty());
  ASSERT_TRUE(db_->Execute("INSERT INTO b VALUES (1)").ok());
  EXPECT_EQ(db_->TransactionMark(), begun);  // the same transaction
  ASSERT_TRUE(db_->Execute("COMMIT").ok());
  ASSERT_TRUE(db_->Execute("BEGIN").ok());
  const std::string again = db_->TransactionMark();
  EXPECT_NE(again, begun);
  // A commit and a new transaction in one string.
  ASSERT_TRUE(db_->Execute("INSERT INTO b VALUES (2); COMMIT; BEGIN").ok());
  EXPECT_NE(db_->TransactionMark(), again);
  ASSERT_TRUE(db_->Rollback().ok());
  if (GetParam() == "postgresql") {
    // No transaction open, or one the server aborted: no mark to compare.
    EXPECT_EQ(db_->TransactionMark(), "");
    ASSERT_TRUE(db_->Begin().ok());
    EXPECT_FALSE(db_->Execute("SELECT no_such_column FROM b").ok());
    EXPECT_EQ(db_->TransactionMark(), "");
    ASSERT_TRUE(db_->Rollback().ok());
  }
  ASSERT_TRUE(db_->Execute("DELETE FROM b").ok());
}

TEST_P(IsolationTest, ForeignKeysCheckedSaysWhenTheEngineSkipsThem) {
  if (!ready()) return;
  EXPECT_EQ(db_->ForeignKeysChecked(), absl::StatusOr<bool>(true));
  const std::string off = postgres() ? "SET session_replication_role = replica"
                                     : "PRAGMA foreign_keys = OFF";
  const std::string on = postgres() ? "SET session_replication_role = origin"
                                    : "PRAGMA foreign_keys = ON";
  ASSERT_TRUE(db_->Execute(off).ok());
  EXPECT_EQ(db_->ForeignKeysChecked(), absl::StatusOr<bool>(false));
  ASSERT_TRUE(db_->Execute(on).ok());
  EXPECT_EQ(db_->ForeignKeysChecked(), absl::StatusOr<bool>(true));
  if (postgres()) {
    ASSERT_TRUE(db_->Query("INSERT INTO b VALUES (1)", {}).ok());
    EXPECT_EQ(db_->LastInsertRowid(), std::nullopt);  // SQLite's only
  }
}

TEST_P(IsolationTest, EndingOutOfOrderIsAnErrorAndTheOuterScopeStillRollsBack) {
  {
    RollbackScope outer(*db_);
    ASSERT_TRUE(db_->Execute("INSERT INTO b VALUES (5)").ok());
    RollbackScope inner(*db_);
    EXPECT_EQ(std::string(outer.End().message()),
              "rollback scopes must end innermost first (ending depth 0 while 2 are open)");
    EXPECT_TRUE(inner.End().ok());
  }  // outer's destructor ends it
  EXPECT_EQ(Count("b"), 0);
  // The connection is usable for a new outermost scope.
  RollbackScope again(*db_);
  EXPECT_TRUE(again.status().ok()) << again.status();
}

TEST_P(IsolationTest, LeakCheckNamesEveryTableThatDiffers) {
  const TableCounts baseline = *CountRows(*db_, schema_info_);
  ASSERT_TRUE(db_->Execute("DELETE FROM a; INSERT INTO b VALUES (1), (2)").ok());
  EXPECT_EQ(std::string(CheckNoLeaks(*db_, schema_info_, baseline).message()),
            "leak check: a has 0 rows, 2 fewer than its baseline of 2; b has 2 rows, 2 more "
            "than its baseline of 0");
}

TEST_P(IsolationTest, DeleteAllRowsThenSeedRestoresTheBaseline) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE parent (id integer PRIMARY KEY, name text);"
                           "CREATE TABLE child (id integer PRIMARY KEY,"
                           " parent_id integer NOT NULL REFERENCES parent (id));"
                           "INSERT INTO parent VALUES (1, 'p1'), (2, 'p2');"
                           "INSERT INTO child VALUES (10, 2), (11, 1)")
                  .ok());
  const Schema schema = *db_->Introspect();
  absl::StatusOr<Dataset> baseline = ReadTables(*db_, schema);
  ASSERT_TRUE(baseline.ok()) << baseline.status();
  EXPECT_EQ(baseline->Rows("child").size(), 2u);
  ASSERT_TRUE(db_->Execute("INSERT INTO parent VALUES (3, 'p3'); DELETE FROM child WHERE id = 10;"
                           "UPDATE parent SET name = 'changed' WHERE id = 1")
                  .ok());

  ASSERT_TRUE(DeleteAllRows(*db_, schema).ok());
  for (const char* table : {"a", "b", "parent", "child"}) EXPECT_EQ(Count(table), 0) << table;
  ASSERT_TRUE(Seed(*db_, schema, *baseline).ok());
  absl::StatusOr<Dataset> again = ReadTables(*db_, schema);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->ToString(), baseline->ToString());
}

TEST_P(IsolationTest, GeneratedColumnsAreNeitherIntrospectedNorReseeded) {
  // The same text on both engines (SQLite 3.31+, PostgreSQL 12+).
  ASSERT_TRUE(db_->Execute("CREATE TABLE priced (id integer PRIMARY KEY, net integer NOT NULL,"
                           " gross integer GENERATED ALWAYS AS (net * 2) STORED);"
                           "INSERT INTO priced (id, net) VALUES (1, 10)")
                  .ok());
  const Schema schema = *db_->Introspect();
  ASSERT_NE(schema.Find("priced"), nullptr);
  EXPECT_EQ(schema.Find("priced")->FindColumn("gross"), nullptr);
  absl::StatusOr<Dataset> baseline = ReadTables(*db_, schema);
  ASSERT_TRUE(baseline.ok()) << baseline.status();
  ASSERT_TRUE(DeleteAllRows(*db_, schema).ok());
  absl::Status seeded = Seed(*db_, schema, *baseline);
  ASSERT_TRUE(seeded.ok()) << seeded;
  EXPECT_EQ(db_->Query("SELECT gross FROM priced", {})->front().Get("gross").as_int(), 20);
}

TEST_P(IsolationTest, UsageCountsRowsPerTableInsideAndOutsideATransaction) {
  for (const bool in_transaction : {false, true}) {
    SCOPED_TRACE(in_transaction ? "in a transaction" : "autocommit");
    std::optional<RollbackScope> scope;
    if (in_transaction) scope.emplace(*db_);
    ASSERT_TRUE(db_->StartUsage().ok());
    ASSERT_TRUE(db_->Execute("INSERT INTO b VALUES (7), (8), (9)").ok());
    ASSERT_TRUE(db_->Execute("UPDATE b SET y = y + 1 WHERE y > 7").ok());
    ASSERT_TRUE(db_->Execute("DELETE FROM b WHERE y = 7").ok());
    ASSERT_TRUE(db_->Query("SELECT count(*) AS n FROM a", {}).ok());
    absl::StatusOr<std::vector<TableUsage>> usage = db_->TakeUsage();
    ASSERT_TRUE(usage.ok()) << usage.status();
    ASSERT_EQ(usage->size(), 2u);
    EXPECT_EQ((*usage)[0].table, "a");
    EXPECT_TRUE((*usage)[0].read);
    EXPECT_FALSE((*usage)[0].written);
    EXPECT_EQ((*usage)[0].inserted + (*usage)[0].updated + (*usage)[0].deleted, 0);
    EXPECT_EQ((*usage)[1].table, "b");
    EXPECT_TRUE((*usage)[1].written);
    EXPECT_EQ((*usage)[1].inserted, 3);
    EXPECT_EQ((*usage)[1].updated, 2);
    EXPECT_EQ((*usage)[1].deleted, 1);
    // Counting stopped: later statements are not counted.
    ASSERT_TRUE(db_->Execute("INSERT INTO b VALUES (1)").ok());
    absl::StatusOr<std::vector<TableUsage>> after = db_->TakeUsage();
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->empty());
    if (!in_transaction) {
      ASSERT_TRUE(db_->Execute("DELETE FROM b").ok());
    }
  }
}

// Copies of a template start from its rows and are independent of it and of
// each other. On PostgreSQL the source is a scratch database: CREATE
// DATABASE ... TEMPLATE needs a source nobody else is connected to.
TEST_P(IsolationTest, TemplateCopiesStartFromTheSavedRowsAndAreIndependent) {
  std::unique_ptr<Database> scratch;
  Database* source = db_.get();
  if (postgres()) {
    absl::StatusOr<std::unique_ptr<Database>> made = CreateScratchDatabase(
        *DatabaseUrl::Parse(std::getenv("GTEST_DATA_PG_DSN")),
        UniqueName("gtest_data_iso"));
    ASSERT_TRUE(made.ok()) << made.status();
    scratch = *std::move(made);
    source = scratch.get();
    ASSERT_TRUE(source->Execute("CREATE TABLE a (x integer PRIMARY KEY); INSERT INTO a VALUES (1), (2)")
                    .ok());
  }
  absl::StatusOr<std::unique_ptr<DatabaseTemplate>> saved = source->SaveAsTemplate();
  ASSERT_TRUE(saved.ok()) << saved.status();
  // The source stays usable.
  ASSERT_TRUE(source->Execute("INSERT INTO a VALUES (100)").ok());

  absl::StatusOr<std::unique_ptr<Database>> first = (*saved)->NewCopy();
  ASSERT_TRUE(first.ok()) << first.status();
  auto count = [](Database& db) {
    return db.Query("SELECT count(*) AS n FROM a", {})->at(0).Get("n").as_int();
  };
  EXPECT_EQ(count(**first), 2);
  ASSERT_TRUE((*first)->Execute("INSERT INTO a VALUES (3), (4)").ok());
  absl::StatusOr<std::unique_ptr<Database>> second = (*saved)->NewCopy();
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(count(**second), 2);
  EXPECT_EQ(count(**first), 4);
  EXPECT_EQ(count(*source), 3);
  // A copy keeps the schema, constraints included.
  absl::StatusOr<Schema> copied = (*second)->Introspect();
  ASSERT_TRUE(copied.ok());
  ASSERT_NE(copied->Find("a"), nullptr);
  EXPECT_EQ(copied->Find("a")->primary_key, std::vector<std::string>{"x"});
  EXPECT_FALSE((*second)->Execute("INSERT INTO a VALUES (1)").ok());
}

using PostgresScratchTest = IsolationTest;

TEST_P(PostgresScratchTest, CopiesAndScratchDatabasesAreDroppedWithTheirObjects) {
  const std::string name = UniqueName("gtest_data_drop");
  auto exists = [&](const std::string& database) {
    return db_->Query("SELECT count(*) AS n FROM pg_database WHERE datname = $1",
                      {Value(database)})->at(0).Get("n").as_int() == 1;
  };
  {
    absl::StatusOr<std::unique_ptr<Database>> made =
        CreateScratchDatabase(*DatabaseUrl::Parse(std::getenv("GTEST_DATA_PG_DSN")), name);
    ASSERT_TRUE(made.ok()) << made.status();
    EXPECT_TRUE(exists(name));
    absl::StatusOr<std::unique_ptr<DatabaseTemplate>> saved = (*made)->SaveAsTemplate();
    ASSERT_TRUE(saved.ok()) << saved.status();
    absl::StatusOr<std::unique_ptr<Database>> copy = (*saved)->NewCopy();
    ASSERT_TRUE(copy.ok()) << copy.status();
    const std::string copy_name = (*copy)->Query("SELECT current_database() AS d", {})
                                      ->at(0).Get("d").as_string();
    EXPECT_TRUE(exists(copy_name));
    copy->reset();
    // Its DROP is sent when the next copy is made (not at once, which would
    // wait for the copy's server process to exit), without waiting for it;
    // the copy after reads its result first. The template drops the rest.
    absl::StatusOr<std::unique_ptr<Database>> next = (*saved)->NewCopy();
    ASSERT_TRUE(next.ok()) << next.status();
    const std::string next_name = (*next)->Query("SELECT current_database() AS d", {})
                                      ->at(0).Get("d").as_string();
    absl::StatusOr<std::unique_ptr<Database>> third = (*saved)->NewCopy();
    ASSERT_TRUE(third.ok()) << third.status();
    EXPECT_FALSE(exists(copy_name));
    EXPECT_TRUE(exists(next_name));  // still open
    third->reset();
    next->reset();
    saved->reset();
    EXPECT_FALSE(exists(next_name));
  }
  EXPECT_FALSE(exists(name));
  // The same name twice is a clear error, not a silent reuse.
  absl::StatusOr<std::unique_ptr<Database>> first =
      CreateScratchDatabase(*DatabaseUrl::Parse(std::getenv("GTEST_DATA_PG_DSN")), name);
  ASSERT_TRUE(first.ok());
  absl::StatusOr<std::unique_ptr<Database>> again =
      CreateScratchDatabase(*DatabaseUrl::Parse(std::getenv("GTEST_DATA_PG_DSN")), name);
  EXPECT_THAT(std::string(again.status().message()), ::testing::HasSubstr("already exists"));
}

INSTANTIATE_TEST_SUITE_P(Engines, IsolationTest, ::testing::ValuesIn(Engines()),
                         EngineName);
INSTANTIATE_TEST_SUITE_P(Engines, PostgresScratchTest, ::testing::ValuesIn(PostgresEngines()),
                         EngineName);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(PostgresScratchTest);

}  // namespace
}  // namespace db
}  // namespace gtest_data
