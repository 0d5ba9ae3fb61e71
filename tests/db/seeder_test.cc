// Copyright 2026 The gtest_data Authors.
//
// The seeder on both engines: foreign-key order, cycles broken through
// nullable keys, all-or-nothing failures, bulk loads, unseeding. The
// PostgreSQL half needs GTEST_DATA_PG_DSN (skipped without it on a
// developer machine, failing under CI) and works in a schema of its own.

#include "gtest_data/db/seeder.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "engine_test.h"

namespace gtest_data {
namespace db {
namespace {

using ::testing::HasSubstr;

// A shop with a cycle: departments.head_id -> employees (nullable),
// employees.department_id -> departments (NOT NULL), employees.manager_id ->
// employees (self, nullable).
constexpr char kSchema[] = R"sql(
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (id integer PRIMARY KEY,
                     customer_id integer NOT NULL REFERENCES customers(id),
                     total integer NOT NULL CHECK (total >= 0));
CREATE TABLE order_lines (id integer PRIMARY KEY,
                          order_id integer NOT NULL REFERENCES orders(id),
                          sku text NOT NULL, note text);
CREATE TABLE departments (id integer PRIMARY KEY, name text NOT NULL, head_id integer);
CREATE TABLE employees (id integer PRIMARY KEY,
                        department_id integer NOT NULL REFERENCES departments(id),
                        manager_id integer REFERENCES employees(id), name text NOT NULL);
ALTER TABLE departments ADD FOREIGN KEY (head_id) REFERENCES employees(id);
)sql";

// SQLite cannot ALTER TABLE ADD FOREIGN KEY: the same schema, written whole.
constexpr char kSqliteSchema[] = R"sql(
CREATE TABLE customers (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE orders (id integer PRIMARY KEY,
                     customer_id integer NOT NULL REFERENCES customers(id),
                     total integer NOT NULL CHECK (total >= 0));
CREATE TABLE order_lines (id integer PRIMARY KEY,
                          order_id integer NOT NULL REFERENCES orders(id),
                          sku text NOT NULL, note text);
CREATE TABLE departments (id integer PRIMARY KEY, name text NOT NULL,
                          head_id integer REFERENCES employees(id));
CREATE TABLE employees (id integer PRIMARY KEY,
                        department_id integer NOT NULL REFERENCES departments(id),
                        manager_id integer REFERENCES employees(id), name text NOT NULL);
)sql";

Row MakeRow(std::initializer_list<std::pair<const char*, Value>> cells) {
  Row row;
  for (const auto& [name, value] : cells) row.Set(name, value);
  return row;
}

class SeederTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (!ready()) return;
    ASSERT_TRUE(db_->Execute(postgres() ? kSchema : kSqliteSchema).ok());
    absl::StatusOr<Schema> schema = db_->Introspect();
    ASSERT_TRUE(schema.ok()) << schema.status();
    schema_info_ = *schema;
  }
  int64_t Count(const std::string& table) {
    return db_->Query("SELECT count(*) AS n FROM " + table, {})->at(0).Get("n").as_int();
  }

  Schema schema_info_;
};

TEST_P(SeederTest, ChildrenGivenFirstAreInsertedAfterTheirParents) {
  Dataset data;
  ASSERT_TRUE(data.Add("order_lines", MakeRow({{"id", Value(int64_t{1})}, {"order_id", Value(int64_t{10})},
                                               {"sku", Value("SKU-1")}})).ok());
  ASSERT_TRUE(data.Add("orders", MakeRow({{"id", Value(int64_t{10})}, {"customer_id", Value(int64_t{7})},
                                          {"total", Value(int64_t{250})}})).ok());
  ASSERT_TRUE(data.Add("customers", MakeRow({{"id", Value(int64_t{7})}, {"email", Value("a@x.test")}})).ok());
  absl::StatusOr<SeedPlan> plan = PlanSeeding(schema_info_, data.tables());
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_THAT(plan->order, ::testing::ElementsAre("customers", "orders", "order_lines"));
  ASSERT_TRUE(Seed(*db_, schema_info_, data).ok());
  EXPECT_EQ(Count("order_lines"), 1);
  EXPECT_EQ(db_->Query("SELECT note FROM order_lines", {})->at(0).Get("note").is_null(), true);

  ASSERT_TRUE(Unseed(*db_, schema_info_, data).ok());
  EXPECT_EQ(Count("customers") + Count("orders") + Count("order_lines"), 0);
}

TEST_P(SeederTest, CycleIsBrokenThroughTheNullableKey) {
  Dataset data;
  ASSERT_TRUE(data.Add("departments", MakeRow({{"id", Value(int64_t{1})}, {"name", Value("Tea")},
                                               {"head_id", Value(int64_t{100})}})).ok());
  ASSERT_TRUE(data.Add("employees", MakeRow({{"id", Value(int64_t{101})}, {"department_id", Value(int64_t{1})},
                                             {"manager_id", Value(int64_t{100})}, {"name", Value("Bo")}})).ok());
  ASSERT_TRUE(data.Add("employees", MakeRow({{"id", Value(int64_t{100})}, {"department_id", Value(int64_t{1})},
                                             {"manager_id", Value()}, {"name", Value("Ada")}})).ok());
  absl::StatusOr<SeedPlan> plan = PlanSeeding(schema_info_, data.tables());
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_THAT(plan->order, ::testing::ElementsAre("departments", "employees"));
  ASSERT_EQ(plan->deferred.size(), 2u);  // employees.manager_id (self), departments.head_id
  absl::Status seeded = Seed(*db_, schema_info_, data);
  ASSERT_TRUE(seeded.ok()) << seeded;
  EXPECT_EQ(db_->Query("SELECT head_id FROM departments", {})->at(0).Get("head_id").as_int(), 100);
  EXPECT_EQ(db_->Query("SELECT manager_id FROM employees WHERE id = 101", {})
                ->at(0).Get("manager_id").as_int(), 100);
  ASSERT_TRUE(Unseed(*db_, schema_info_, data).ok());
  EXPECT_EQ(Count("departments") + Count("employees"), 0);
}

TEST_P(SeederTest, AFailureRollsEverythingBackAndNamesTableRowAndReason) {
  Dataset data;
  ASSERT_TRUE(data.Add("customers", MakeRow({{"id", Value(int64_t{1})}, {"email", Value("a@x.test")}})).ok());
  ASSERT_TRUE(data.Add("orders", MakeRow({{"id", Value(int64_t{1})}, {"customer_id", Value(int64_t{1})},
                                          {"total", Value(int64_t{5})}})).ok());
  ASSERT_TRUE(data.Add("orders", MakeRow({{"id", Value(int64_t{2})}, {"customer_id", Value(int64_t{1})},
                                          {"total", Value(int64_t{-5})}})).ok());
  absl::Status seeded = Seed(*db_, schema_info_, data);
  ASSERT_FALSE(seeded.ok());
  const std::string message(seeded.message());
  EXPECT_THAT(message, HasSubstr("rolled back, nothing was changed: "));
  EXPECT_THAT(message, HasSubstr("orders row 1"));
  EXPECT_THAT(message, HasSubstr(GetParam() == "sqlite" ? "CHECK constraint failed"
                                                        : "violates check constraint"));
  EXPECT_EQ(Count("customers") + Count("orders"), 0);
}

TEST_P(SeederTest, InsideTheCallersTransactionAFailureUndoesOnlyTheSeed) {
  ASSERT_TRUE(db_->Begin().ok());
  ASSERT_TRUE(db_->Execute("INSERT INTO customers VALUES (50, 'kept@x.test')").ok());
  Dataset good;
  ASSERT_TRUE(good.Add("customers", MakeRow({{"id", Value(int64_t{1})}, {"email", Value("a@x.test")}})).ok());
  ASSERT_TRUE(Seed(*db_, schema_info_, good).ok());
  Dataset bad;
  ASSERT_TRUE(bad.Add("customers", MakeRow({{"id", Value(int64_t{2})}, {"email", Value("b@x.test")}})).ok());
  ASSERT_TRUE(bad.Add("customers", MakeRow({{"id", Value(int64_t{3})}, {"email", Value("a@x.test")}})).ok());
  absl::Status seeded = Seed(*db_, schema_info_, bad);
  EXPECT_THAT(std::string(seeded.message()), HasSubstr("rolled back, nothing was changed"));
  // The caller's transaction is still open and holds its own row and the
  // first seed; the failed seed left nothing.
  EXPECT_TRUE(db_->InTransaction());
  EXPECT_EQ(Count("customers"), 2);
  ASSERT_TRUE(db_->Rollback().ok());
  EXPECT_EQ(Count("customers"), 0);
}

TEST_P(SeederTest, GeneratedKeysContinueAfterSeededOnes) {
  ASSERT_TRUE(db_->Execute(postgres() ? "CREATE TABLE tags (id bigint GENERATED BY DEFAULT AS "
                                        "IDENTITY PRIMARY KEY, name text)"
                                      : "CREATE TABLE tags (id INTEGER PRIMARY KEY, name text)")
                  .ok());
  const Schema schema = *db_->Introspect();
  Dataset data;
  for (int64_t id : {1, 2, 7}) {
    ASSERT_TRUE(data.Add("tags", MakeRow({{"id", Value(id)}, {"name", Value("t")}})).ok());
  }
  ASSERT_TRUE(Seed(*db_, schema, data).ok());
  // Without moving PostgreSQL's sequence, this would take id 1 and fail.
  absl::StatusOr<std::vector<Row>> next =
      db_->Query("INSERT INTO tags (name) VALUES ('new') RETURNING id", {});
  ASSERT_TRUE(next.ok()) << next.status();
  EXPECT_EQ(next->front().Get("id").as_int(), 8);
}

TEST_P(SeederTest, UnknownTableIsNotFound) {
  Dataset data;
  ASSERT_TRUE(data.Add("invoices", MakeRow({{"id", Value(int64_t{1})}})).ok());
  EXPECT_EQ(std::string(Seed(*db_, schema_info_, data).message()),
            "table \"invoices\" is not in the database's schema");
}

TEST_P(SeederTest, BulkLoadOfTenThousandRows) {
  Dataset data;
  data.ReserveRows("customers", 10000);
  for (int64_t i = 1; i <= 10000; ++i) {
    ASSERT_TRUE(data.Add("customers", MakeRow({{"id", Value(i)},
                                               {"email", Value("c" + std::to_string(i) + "@x.test\t\\")}}))
                    .ok());
  }
  ASSERT_TRUE(Seed(*db_, schema_info_, data).ok());
  EXPECT_EQ(Count("customers"), 10000);
  // Text with tabs and backslashes survives COPY's escaping.
  EXPECT_EQ(db_->Query("SELECT email FROM customers WHERE id = 77", {})->at(0).Get("email").as_string(),
            "c77@x.test\t\\");
}

INSTANTIATE_TEST_SUITE_P(Engines, SeederTest, ::testing::ValuesIn(Engines()),
                         EngineName);

TEST(SeedPlanTest, CycleWithoutANullableKeyIsNamed) {
  Schema schema;
  auto column = [](std::string name, int key) {
    Column c;
    c.name = std::move(name);
    c.type = "integer";
    c.not_null = true;
    c.primary_key_position = key;
    return c;
  };
  Table a{"a", {column("id", 1), column("b_id", 0)}, {"id"}, {}, {{{"b_id"}, "b", {"id"}, false}}, {}, false, ""};
  Table b{"b", {column("id", 1), column("a_id", 0)}, {"id"}, {}, {{{"a_id"}, "a", {"id"}, false}}, {}, false, ""};
  schema.tables = {a, b};
  EXPECT_EQ(std::string(PlanSeeding(schema, {"a", "b"}).status().message()),
            "foreign keys form a cycle with no nullable key to break it: a -> b -> a");
  // Only the tables asked for count: b alone has no cycle.
  EXPECT_TRUE(PlanSeeding(schema, {"b"}).ok());
}

}  // namespace
}  // namespace db
}  // namespace gtest_data
