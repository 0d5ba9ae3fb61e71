// Copyright 2026 The gtest_data Authors.
//
// Expected datasets on both engines (PostgreSQL with GTEST_DATA_PG_DSN;
// skipped without it on a developer machine, failing under CI): matching
// by key and as a multiset, ignored and unmentioned columns, value
// normalisation across the engines' representations, and the exact diff.

#include "gtest_data/db/expect.h"

#include <memory>
#include <string>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "engine_test.h"

namespace gtest_data {
namespace db {
namespace {

using ::testing::HasSubstr;

class ExpectTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (!ready()) return;
    // boolean: 0/1 on SQLite, bool on PostgreSQL. numeric: a REAL or an
    // INTEGER on SQLite, text ("12.50") on PostgreSQL.
    ASSERT_TRUE(
        db_->Execute("CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL,"
                     "  vip boolean NOT NULL, balance numeric(10, 2), joined text);"
                     "CREATE TABLE tags (name text, weight double precision);"
                     "CREATE TABLE lines (order_id integer, line integer, sku text,"
                     "  PRIMARY KEY (order_id, line));"
                     "CREATE TABLE audit (id integer PRIMARY KEY, what text);"
                     "INSERT INTO customers VALUES (1, 'Ada', TRUE, 12.50, '2024-01-01'),"
                     "  (2, 'Bob', FALSE, 0, '2024-01-02'), (3, 'Cy', FALSE, NULL, '2024-01-03');"
                     "INSERT INTO tags VALUES ('red', 1.5), ('blue', 2.25), ('red', 1.5);"
                     "INSERT INTO lines VALUES (1, 1, 'A'), (1, 2, 'B')")
            .ok());
  }

  static void Add(Dataset& data, const char* table, Row row, std::string label = {}) {
    absl::Status s = data.Add(table, std::move(row), std::move(label));
    ASSERT_TRUE(s.ok()) << s;
  }

  // The customers as written, ids in order unless `reversed`.
  static Dataset Customers(bool reversed = false) {
    Dataset data;
    Row rows[] = {
        Row{{"id", 1}, {"name", "Ada"}, {"vip", true}, {"balance", 12.5}, {"joined", "2024-01-01"}},
        Row{{"id", 2}, {"name", "Bob"}, {"vip", false}, {"balance", 0}, {"joined", "2024-01-02"}},
        Row{{"id", 3},
            {"name", "Cy"},
            {"vip", false},
            {"balance", nullptr},
            {"joined", "2024-01-03"}},
    };
    for (int i = 0; i < 3; ++i) Add(data, "customers", rows[reversed ? 2 - i : i]);
    return data;
  }

  static Dataset Tags(double red = 1.5) {
    Dataset data;
    Add(data, "tags", Row{{"name", "red"}, {"weight", red}});
    Add(data, "tags", Row{{"name", "red"}, {"weight", 1.5}});
    Add(data, "tags", Row{{"name", "blue"}, {"weight", 2.25}});
    return data;
  }

  absl::Status Expect(const Dataset& data, const ExpectOptions& options = {}) {
    return ExpectTablesEqual(*db_, data, options);
  }
};

// The example of expect.h.
TEST_P(ExpectTest, ApiExamples) {
  ASSERT_TRUE(db_->Execute("CREATE TABLE orders (id integer PRIMARY KEY, status text,"
                           "  created_at text, updated_by text);"
                           "INSERT INTO orders VALUES (3, 'new', '2024-01-01', 'ada'),"
                           "  (5, 'new', '2024-01-02', 'bob')")
                  .ok());
  std::unique_ptr<Database>& database = db_;

  Dataset expected;
  ASSERT_TRUE(expected.Add("orders", Row{{"id", 3}, {"status", "paid"}}).ok());
  ASSERT_TRUE(expected.Add("orders", Row{{"id", 4}, {"status", "new"}}).ok());
  db::ExpectOptions options;
  options.ignore_columns = {"created_at", "orders.updated_by"};
  absl::Status same = db::ExpectTablesEqual(*database, expected, options);
  // table orders: 3 rows differ (expected 2 rows, found 2)
  //   orders[id=3].status: expected "paid", actual "new"
  //   - expected {"id": 4, "status": "new"}
  //   + actual {"id": 5, "status": "new"}

  EXPECT_EQ(std::string(same.message()),
            "table orders: 3 rows differ (expected 2 rows, found 2)\n"
            "  orders[id=3].status: expected \"paid\", actual \"new\"\n"
            "  - expected {\"id\": 4, \"status\": \"new\"}\n"
            "  + actual {\"id\": 5, \"status\": \"new\"}");
}

TEST_P(ExpectTest, EqualTablesPassInAnyOrder) {
  absl::Status s = Expect(Customers());
  EXPECT_TRUE(s.ok()) << s;
  s = Expect(Customers(/*reversed=*/true));
  EXPECT_TRUE(s.ok()) << s;
  // Without a key, as a multiset: the duplicate red row counts twice.
  s = Expect(Tags());
  EXPECT_TRUE(s.ok()) << s;
}

TEST_P(ExpectTest, OrderedComparesPositionsInKeyOrder) {
  ExpectOptions ordered;
  ordered.ordered = true;
  absl::Status s = Expect(Customers(), ordered);
  EXPECT_TRUE(s.ok()) << s;
  Dataset reversed;
  Add(reversed, "customers", Row{{"id", 2}, {"name", "Bob"}});
  Add(reversed, "customers", Row{{"id", 1}, {"name", "Ada"}});
  Add(reversed, "customers", Row{{"id", 3}, {"name", "Cy"}});
  EXPECT_EQ(std::string(Expect(reversed, ordered).message()),
            "table customers: 4 rows differ (expected 3 rows, found 3)\n"
            "  - expected {\"id\": 2, \"name\": \"Bob\"}\n"
            "  + actual {\"id\": 1, \"name\": \"Ada\"}\n"
            "  - expected {\"id\": 1, \"name\": \"Ada\"}\n"
            "  + actual {\"id\": 2, \"name\": \"Bob\"}");
  // Without a key, positions name the rows.
  Dataset tags;
  Add(tags, "tags", Row{{"name", "blue"}, {"weight", 2.25}});
  Add(tags, "tags", Row{{"name", "red"}, {"weight", 1.25}});
  Add(tags, "tags", Row{{"name", "red"}, {"weight", 1.5}});
  EXPECT_EQ(std::string(Expect(tags, ordered).message()),
            "table tags: 1 row differs (expected 3 rows, found 3)\n"
            "  tags[1].weight: expected 1.25, actual 1.5");
}

TEST_P(ExpectTest, ChangedValueIsShownByKeyAndColumn) {
  Dataset data = Customers();
  data.MutableEntries("customers")->at(1).row.Set("name", "Bobby");
  data.MutableEntries("customers")->at(2).row.Set("joined", "2024-02-03");
  const absl::Status s = Expect(data);
  EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(std::string(s.message()),
            "table customers: 2 rows differ (expected 3 rows, found 3)\n"
            "  customers[id=2].name: expected \"Bobby\", actual \"Bob\"\n"
            "  customers[id=3].joined: expected \"2024-02-03\", actual \"2024-01-03\"");
}

TEST_P(ExpectTest, MissingRowIsShownWithItsLabel) {
  Dataset data = Customers();
  Add(data, "customers",
      Row{{"id", 4}, {"name", "Dan"}, {"vip", false}, {"balance", 1}, {"joined", "2024-01-04"}},
      "dan");
  EXPECT_EQ(std::string(Expect(data).message()),
            "table customers: 1 row differs (expected 4 rows, found 3)\n"
            "  - expected @dan {\"id\": 4, \"name\": \"Dan\", \"vip\": false, \"balance\": 1, "
            "\"joined\": \"2024-01-04\"}");
}

TEST_P(ExpectTest, ExtraRowIsShownAsTheDatabaseHasIt) {
  Dataset data;
  Add(data, "customers", Row{{"id", 1}, {"name", "Ada"}});
  Add(data, "customers", Row{{"id", 2}, {"name", "Bob"}});
  EXPECT_EQ(std::string(Expect(data).message()),
            "table customers: 1 row differs (expected 2 rows, found 3)\n"
            "  + actual {\"id\": 3, \"name\": \"Cy\"}");
  // Whole rows come back in the engine's own representation.
  Dataset two = Customers();
  two.MutableEntries("customers")->pop_back();
  EXPECT_THAT(std::string(Expect(two).message()),
              HasSubstr(postgres() ? "+ actual {\"id\": 3, \"name\": \"Cy\", \"vip\": false, "
                                     "\"balance\": null, \"joined\": \"2024-01-03\"}"
                                   : "+ actual {\"id\": 3, \"name\": \"Cy\", \"vip\": 0, "
                                     "\"balance\": null, \"joined\": \"2024-01-03\"}"));
}

TEST_P(ExpectTest, RowsWithoutAKeyAreShownWhole) {
  Dataset data;
  Add(data, "tags", Row{{"name", "red"}, {"weight", 1.5}});
  Add(data, "tags", Row{{"name", "green"}, {"weight", 3}});
  Add(data, "tags", Row{{"name", "blue"}, {"weight", 2.25}});
  EXPECT_EQ(std::string(Expect(data).message()),
            "table tags: 2 rows differ (expected 3 rows, found 3)\n"
            "  - expected {\"name\": \"green\", \"weight\": 3}\n"
            "  + actual {\"name\": \"red\", \"weight\": 1.5}");
}

TEST_P(ExpectTest, CompositeKeysNameEveryColumn) {
  Dataset data;
  Add(data, "lines", Row{{"order_id", 1}, {"line", 1}, {"sku", "A"}});
  Add(data, "lines", Row{{"order_id", 1}, {"line", 2}, {"sku", "C"}});
  EXPECT_EQ(std::string(Expect(data).message()),
            "table lines: 1 row differs (expected 2 rows, found 2)\n"
            "  lines[order_id=1, line=2].sku: expected \"C\", actual \"B\"");
}

TEST_P(ExpectTest, IgnoredColumnsAreNotCompared) {
  Dataset data = Customers();
  for (Dataset::Entry& entry : *data.MutableEntries("customers")) {
    entry.row.Set("joined", "2030-01-01");
  }
  EXPECT_FALSE(Expect(data).ok());
  ExpectOptions everywhere;
  everywhere.ignore_columns = {"joined"};
  absl::Status s = Expect(data, everywhere);
  EXPECT_TRUE(s.ok()) << s;
  ExpectOptions one_table;
  one_table.ignore_columns = {"customers.joined"};
  s = Expect(data, one_table);
  EXPECT_TRUE(s.ok()) << s;
  // Ignored columns stay out of the diff too.
  Add(data, "customers", Row{{"id", 9}, {"name", "Zed"}, {"joined", "x"}});
  EXPECT_EQ(std::string(Expect(data, one_table).message()),
            "table customers: 1 row differs (expected 4 rows, found 3)\n"
            "  - expected {\"id\": 9, \"name\": \"Zed\"}");
}

TEST_P(ExpectTest, OnlyMentionedColumnsUnlessAllColumns) {
  Dataset data;
  Add(data, "customers", Row{{"id", 1}, {"name", "Ada"}});
  Add(data, "customers", Row{{"id", 2}});  // name not compared for this row
  Add(data, "customers", Row{{"id", 3}, {"name", "Cy"}});
  absl::Status s = Expect(data);
  EXPECT_TRUE(s.ok()) << s;

  ExpectOptions all;
  all.all_columns = true;
  all.ignore_columns = {"vip", "balance"};
  EXPECT_EQ(std::string(Expect(data, all).message()),
            "table customers: 3 rows differ (expected 3 rows, found 3)\n"
            "  customers[id=1].joined: expected null, actual \"2024-01-01\"\n"
            "  customers[id=2].name: expected null, actual \"Bob\"\n"
            "  customers[id=2].joined: expected null, actual \"2024-01-02\"\n"
            "  customers[id=3].joined: expected null, actual \"2024-01-03\"");
}

TEST_P(ExpectTest, ValuesCompareAcrossRepresentations) {
  // true = 1 = "1", 12.5 = "12.50", an id as text still finds its row;
  // text compares exactly.
  Dataset data;
  Add(data, "customers", Row{{"id", "1"}, {"vip", 1}, {"balance", "12.50"}});
  Add(data, "customers", Row{{"id", 2}, {"vip", "0"}, {"balance", 0.0}});
  Add(data, "customers", Row{{"id", 3.0}, {"vip", false}, {"balance", nullptr}});
  absl::Status s = Expect(data);
  EXPECT_TRUE(s.ok()) << s;

  Dataset text;
  Add(text, "customers", Row{{"id", 1}, {"name", "ada"}, {"balance", "12.5x"}});
  EXPECT_THAT(std::string(Expect(text).message()),
              HasSubstr("  customers[id=1].name: expected \"ada\", actual \"Ada\"\n"
                        "  customers[id=1].balance: expected \"12.5x\", actual "));
}

TEST_P(ExpectTest, ToleranceAppliesToNonIntegers) {
  const Dataset near = Tags(/*red=*/1.5000001);
  // One row, its weight off: reported as that row changed.
  EXPECT_EQ(std::string(Expect(near).message()),
            "table tags: 1 row differs (expected 3 rows, found 3)\n"
            "  tags[0].weight: expected 1.5000001, actual 1.5");
  ExpectOptions loose;
  loose.tolerance = 1e-3;
  absl::Status s = Expect(near, loose);
  EXPECT_TRUE(s.ok()) << s;
  // Two integers stay exact, whatever the tolerance.
  Dataset ids;
  Add(ids, "audit", Row{{"id", 1}});
  ASSERT_TRUE(db_->Execute("INSERT INTO audit VALUES (2, 'x')").ok());
  ExpectOptions huge;
  huge.tolerance = 10;
  EXPECT_EQ(std::string(Expect(ids, huge).message()),
            "table audit: 2 rows differ (expected 1 row, found 1)\n"
            "  - expected {\"id\": 1}\n"
            "  + actual {\"id\": 2}");
}

TEST_P(ExpectTest, EmptyAndOtherTables) {
  ExpectOptions empty;
  empty.empty_tables = {"audit"};
  absl::Status s = Expect(Customers(), empty);
  EXPECT_TRUE(s.ok()) << s;
  ASSERT_TRUE(db_->Execute("INSERT INTO audit VALUES (7, 'login')").ok());
  EXPECT_EQ(std::string(Expect(Customers(), empty).message()),
            "table audit: 1 row differs (expected 0 rows, found 1)\n"
            "  + actual {\"id\": 7, \"what\": \"login\"}");

  // By default other tables are not looked at; all_tables requires them empty.
  s = Expect(Customers());
  EXPECT_TRUE(s.ok()) << s;
  ExpectOptions all;
  all.all_tables = true;
  all.ignore_columns = {"weight", "lines.sku"};
  EXPECT_EQ(std::string(Expect(Customers(), all).message()),
            "table audit: 1 row differs (expected 0 rows, found 1)\n"
            "  + actual {\"id\": 7, \"what\": \"login\"}\n"
            "table lines: 2 rows differ (expected 0 rows, found 2)\n"
            "  + actual {\"order_id\": 1, \"line\": 1}\n"
            "  + actual {\"order_id\": 1, \"line\": 2}\n"
            "table tags: 3 rows differ (expected 0 rows, found 3)\n"
            "  + actual {\"name\": \"blue\"}\n"
            "  + actual {\"name\": \"red\"}\n"
            "  + actual {\"name\": \"red\"}");
}

TEST_P(ExpectTest, EveryColumnIgnoredComparesRowCounts) {
  Dataset data;
  Add(data, "tags", Row{{"weight", 1}});
  ExpectOptions options;
  options.ignore_columns = {"name", "weight"};
  EXPECT_EQ(std::string(Expect(data, options).message()),
            "table tags: 2 rows differ (expected 1 row, found 3)\n"
            "  + actual {}\n"
            "  + actual {}");
}

TEST_P(ExpectTest, DifferencesAreBoundedPerTable) {
  Dataset data;
  for (int id = 1; id <= 3; ++id) Add(data, "customers", Row{{"id", id}, {"name", "?"}});
  Add(data, "customers", Row{{"id", 8}});
  Add(data, "customers", Row{{"id", 9}});
  ExpectOptions options;
  options.max_differences = 2;
  EXPECT_EQ(std::string(Expect(data, options).message()),
            "table customers: 5 rows differ (expected 5 rows, found 3)\n"
            "  customers[id=1].name: expected \"?\", actual \"Ada\"\n"
            "  customers[id=2].name: expected \"?\", actual \"Bob\"\n"
            "  ... and 3 more differences");
}

TEST_P(ExpectTest, MistakesInTheExpectationAreErrorsNotDiffs) {
  Dataset unknown_table;
  Add(unknown_table, "orders", Row{{"id", 1}});
  absl::Status s = Expect(unknown_table);
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(std::string(s.message()),
            "expected dataset: unknown table (orders): not in the database");

  Dataset unknown_column;
  Add(unknown_column, "customers", Row{{"id", 1}});
  Add(unknown_column, "customers", Row{{"id", 2}, {"nmae", "Bob"}});
  s = Expect(unknown_column);
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(std::string(s.message()),
            "expected dataset: unknown column (customers.nmae[1]): not in the database's table "
            "customers");

  ExpectOptions typo;
  typo.ignore_columns = {"customers.jioned"};
  s = Expect(Customers(), typo);
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(s.message()), HasSubstr("(ignore_columns: \"customers.jioned\")"));

  Dataset twice = Customers();
  Add(twice, "customers", Row{{"id", 2}, {"name", "Bob"}});
  s = Expect(twice);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(std::string(s.message()),
            "expected dataset: duplicate key (customers[id=2]): rows 1 and 3 of customers share "
            "it");

  ExpectOptions contradiction;
  contradiction.empty_tables = {"customers"};
  EXPECT_EQ(Expect(Customers(), contradiction).code(), absl::StatusCode::kInvalidArgument);
  ExpectOptions negative;
  negative.tolerance = -1;
  EXPECT_EQ(Expect(Customers(), negative).code(), absl::StatusCode::kInvalidArgument);
}

// Rows that do not give the key: one changed row is one changed row,
// reported cell by cell and named by the schema's key, not a missing row
// and an extra one (a newcomer's report: "2 rows differ (expected 3 rows,
// found 3)").
TEST_P(ExpectTest, AChangedRowWithoutItsKeyIsReportedAsChanged) {
  if (!ready()) return;
  Dataset data;
  Add(data, "customers", Row{{"name", "Ada"}, {"joined", "2024-01-01"}});
  Add(data, "customers", Row{{"name", "Bob"}, {"joined", "2024-02-02"}});
  Add(data, "customers", Row{{"name", "Cy"}, {"joined", "2024-01-03"}});
  const absl::Status status = Expect(data);
  EXPECT_EQ(std::string(status.message()),
            "table customers: 1 row differs (expected 3 rows, found 3)\n"
            "  customers[id=2].joined: expected \"2024-02-02\", actual \"2024-01-02\"");
  // Too different to be the same row: missing and extra.
  Dataset other;
  Add(other, "customers", Row{{"name", "Ada"}, {"joined", "2024-01-01"}});
  Add(other, "customers", Row{{"name", "Zed"}, {"joined", "2030-12-31"}});
  Add(other, "customers", Row{{"name", "Cy"}, {"joined", "2024-01-03"}});
  EXPECT_EQ(std::string(Expect(other).message()),
            "table customers: 2 rows differ (expected 3 rows, found 3)\n"
            "  - expected {\"name\": \"Zed\", \"joined\": \"2030-12-31\"}\n"
            "  + actual {\"name\": \"Bob\", \"joined\": \"2024-01-02\"}");
  // A table without a primary key names the row by its place.
  Dataset tags;
  Add(tags, "tags", Row{{"name", "red"}, {"weight", 1.5}});
  Add(tags, "tags", Row{{"name", "blue"}, {"weight", 9.0}});
  Add(tags, "tags", Row{{"name", "red"}, {"weight", 1.5}});
  EXPECT_EQ(std::string(Expect(tags).message()),
            "table tags: 1 row differs (expected 3 rows, found 3)\n"
            "  tags[1].weight: expected 9.0, actual 2.25");
}

TEST_P(ExpectTest, ManyChangedRowsWithoutKeysArePairedOrListedInBoundedTime) {
  if (!ready()) return;
  // Every row changed in one column, rows given without their key. The
  // pairing scored all pairs again for each pair it took (cubic): 5,000
  // such rows never finished.
  auto fill = [&](int n) {
    ASSERT_TRUE(db_->Execute("DELETE FROM audit").ok());
    std::string sql = "INSERT INTO audit VALUES ";
    for (int i = 1; i <= n; ++i) {
      sql += (i > 1 ? ", (" : "(") + std::to_string(i) + ", 'was " + std::to_string(i) + "')";
    }
    ASSERT_TRUE(db_->Execute(sql).ok());
  };
  auto expected = [](int n) {
    Dataset data;
    for (int i = 1; i <= n; ++i) {
      Add(data, "audit", Row{{"what", "now " + std::to_string(i)}});
    }
    return data;
  };
  ExpectOptions options;
  options.max_differences = 3;
  // 900 left over: within the bound, every pair is scored once; none
  // agrees on a column, so all stay missing and extra.
  fill(900);
  std::string message(Expect(expected(900), options).message());
  EXPECT_THAT(message, HasSubstr("table audit: 1800 rows differ (expected 900 rows, found 900)"));
  // 2,000: beyond the bound, listed as missing and extra without scoring.
  fill(2000);
  message = std::string(Expect(expected(2000), options).message());
  EXPECT_THAT(message,
              HasSubstr("table audit: 4000 rows differ (expected 2000 rows, found 2000)"));
  EXPECT_THAT(message, HasSubstr("  - expected {\"what\": \"now 1\"}"));
}

TEST_P(ExpectTest, ChangedRowsWithinTheBoundArePairedClosestFirst) {
  if (!ready()) return;
  // 600 rows of a table without a key, each changed in one of its two
  // columns: 600 changed rows, each named by its place, not 1200 lines of
  // missing and extra.
  ASSERT_TRUE(db_->Execute("DELETE FROM tags").ok());
  std::string sql = "INSERT INTO tags VALUES ";
  for (int i = 0; i < 600; ++i) {
    sql += (i > 0 ? ", ('t" : "('t") + std::to_string(i) + "', " + std::to_string(i) + ".5)";
  }
  ASSERT_TRUE(db_->Execute(sql).ok());
  Dataset data;
  for (int i = 0; i < 600; ++i) {
    Add(data, "tags", Row{{"name", "t" + std::to_string(i)}, {"weight", i + 0.25}});
  }
  ExpectOptions options;
  options.max_differences = 2;
  const std::string message(Expect(data, options).message());
  EXPECT_THAT(message, HasSubstr("table tags: 600 rows differ (expected 600 rows, found 600)\n"
                                 "  tags[0].weight: expected 0.25, actual 0.5\n"
                                 "  tags[1].weight: expected 1.25, actual 1.5"));
}

INSTANTIATE_TEST_SUITE_P(Engines, ExpectTest, ::testing::ValuesIn(Engines()),
                         EngineName);

}  // namespace
}  // namespace db
}  // namespace gtest_data
