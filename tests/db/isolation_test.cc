// Copyright 2026 The gtest_data Authors.
//
// Rollback scopes (nested through savepoints) and the leak check, on both
// engines (PostgreSQL with GTEST_DATA_PG_DSN; skipped without it on a
// developer machine, failing under CI).

#include "gtest_data/db/isolation.h"

#include <string>

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

INSTANTIATE_TEST_SUITE_P(Engines, IsolationTest, ::testing::Values("sqlite", "postgresql"),
                         EngineName);

}  // namespace
}  // namespace db
}  // namespace gtest_data
