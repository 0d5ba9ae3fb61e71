// Copyright 2026 The gtest_data Authors.
//
// Factories creating through DatabaseSink, on both engines (PostgreSQL with
// GTEST_DATA_PG_DSN; skipped without it on a developer machine, failing
// under CI).

#include "gtest_data/db/sink.h"

#include <memory>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "engine_test.h"
#include "gtest_data/db/sqlite.h"
#include "gtest_data/factory.h"

namespace shop_db {

struct Customer {
  int64_t id = 0;
  std::string email;
  std::string tier = "standard";
};
GTEST_DATA_DESCRIBE(Customer, id, email, tier);

struct Order {
  int64_t id = 0;
  int64_t customer_id = 0;
  int64_t total = 0;
};
GTEST_DATA_DESCRIBE(Order, id, customer_id, total);

const gtest_data::Factory<Customer>& Customers() {
  static const auto* const f = [] {
    auto* c = new gtest_data::Factory<Customer>("customer", "customers");
    c->Key(&Customer::id);
    c->Field(&Customer::email, [](gtest_data::Gen<Customer>& g) { return g.Fake("internet.email"); });
    return c;
  }();
  return *f;
}

const gtest_data::Factory<Order>& Orders() {
  static const auto* const f = [] {
    auto* o = new gtest_data::Factory<Order>("order", "orders");
    o->Key(&Order::id);
    o->Association(&Order::customer_id, Customers(), &Customer::id);
    o->Field(&Order::total, [](gtest_data::Gen<Order>& g) {
      return gtest_data::UniformInt(g.rng(), 100, 900);
    });
    return o;
  }();
  return *f;
}

}  // namespace shop_db

namespace gtest_data {
namespace db {
namespace {

using ::testing::HasSubstr;

constexpr char kSqlite[] =
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
    "tier TEXT NOT NULL CHECK (tier IN ('standard', 'gold')));"
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
    "REFERENCES customers(id), total INTEGER NOT NULL)";
constexpr char kPostgres[] =
    "CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, "
    "tier text NOT NULL CHECK (tier IN ('standard', 'gold')));"
    "CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL "
    "REFERENCES customers(id), total bigint NOT NULL)";

class SinkTest : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (!ready()) return;
    ASSERT_TRUE(db_->Execute(postgres() ? kPostgres : kSqlite).ok());
  }
};

TEST_P(SinkTest, CreatePersistsWithTheEnginesKeysAndParentsFirst) {
  DatabaseSink sink(*db_);
  Context context(7);
  context.set_sink(&sink);
  const shop_db::Order order = shop_db::Orders().Create(context);
  EXPECT_GT(order.id, 0);
  EXPECT_GT(order.customer_id, 0);
  absl::StatusOr<std::vector<Row>> rows =
      db_->Query("SELECT o.total AS total, c.email AS email FROM orders o JOIN customers c ON "
                 "c.id = o.customer_id WHERE o.id = " + db_->Placeholder(1),
                 {Value(order.id)});
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ(rows->front().Get("total").as_int(), order.total);
  EXPECT_EQ(sink.inserted().at("customers"), 1);
  EXPECT_EQ(sink.inserted().at("orders"), 1);
}

TEST_P(SinkTest, EngineRejectionBecomesTheFactorysError) {
  DatabaseSink sink(*db_);
  Context context(7);
  context.set_sink(&sink);
  absl::StatusOr<shop_db::Customer> bad =
      shop_db::Customers().TryCreate(context, With(&shop_db::Customer::tier, std::string("vip")));
  ASSERT_FALSE(bad.ok());
  const std::string message(bad.status().message());
  EXPECT_THAT(message, HasSubstr("factory customer: persisting into customers failed: customers: "));
  EXPECT_THAT(message, HasSubstr(GetParam() == "sqlite" ? "CHECK constraint failed"
                                                        : "violates check constraint"));
  EXPECT_EQ(db_->Query("SELECT count(*) AS n FROM customers", {})->at(0).Get("n").as_int(), 0);
}

TEST_P(SinkTest, RowsWithoutAKeyFollowRowsGivenOne) {
  DatabaseSink sink(*db_);
  Context context(7);
  context.set_sink(&sink);
  // A replayed row, say, with its recorded key...
  const shop_db::Customer given = shop_db::Customers().Create(
      context, With(&shop_db::Customer::id, int64_t{5}));
  EXPECT_EQ(given.id, 5);
  // ...then one from the engine: on PostgreSQL the sequence was moved past.
  const shop_db::Customer next = shop_db::Customers().Create(context);
  EXPECT_EQ(next.id, 6);
  // A smaller explicit key does not move it back.
  shop_db::Customers().Create(context, With(&shop_db::Customer::id, int64_t{2}));
  EXPECT_EQ(shop_db::Customers().Create(context).id, 7);
}

// Rows of one table may come with other columns, in another order, the key
// anywhere or missing: each shape gets its statement, values go back.
TEST_P(SinkTest, RowsOfOneTableMayChangeColumnsAndPlaceTheKeyAnywhere) {
  DatabaseSink sink(*db_);
  // The key last, zero: assigned, every other column inserted.
  Row first;
  first.Set("email", std::string("a@example.com"));
  first.Set("tier", std::string("gold"));
  first.Set("id", int64_t{0});
  ASSERT_TRUE(sink.Insert("customers", "id", &first, "").ok());
  const int64_t a = first.Get("id").as_int();
  EXPECT_GT(a, 0);
  EXPECT_EQ(first.Get("email").as_string(), "a@example.com");  // values put back
  // The key missing, the other columns in another order.
  Row second;
  second.Set("tier", std::string("standard"));
  second.Set("email", std::string("b@example.com"));
  const absl::Status inserted = sink.Insert("customers", "id", &second, "");
  ASSERT_TRUE(inserted.ok()) << inserted;
  const int64_t b = second.Get("id").as_int();
  EXPECT_NE(b, a);
  // The key first and given: kept as is.
  Row third;
  third.Set("id", int64_t{500});
  third.Set("tier", std::string("standard"));
  third.Set("email", std::string("c@example.com"));
  ASSERT_TRUE(sink.Insert("customers", "id", &third, "").ok());
  EXPECT_EQ(third.Get("id").as_int(), 500);
  // The first shape again, after the others.
  Row fourth;
  fourth.Set("email", std::string("d@example.com"));
  fourth.Set("tier", std::string("standard"));
  fourth.Set("id", Value());
  ASSERT_TRUE(sink.Insert("customers", "id", &fourth, "").ok());
  EXPECT_GT(fourth.Get("id").as_int(), 500);
  absl::StatusOr<std::vector<Row>> rows =
      db_->Query("SELECT id, email, tier FROM customers ORDER BY email");
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0].Get("id").as_int(), a);
  EXPECT_EQ((*rows)[0].Get("tier").as_string(), "gold");
  EXPECT_EQ((*rows)[1].Get("id").as_int(), b);
  EXPECT_EQ((*rows)[1].Get("tier").as_string(), "standard");
  EXPECT_EQ((*rows)[2].Get("id").as_int(), 500);
  EXPECT_EQ((*rows)[3].Get("id").as_int(), fourth.Get("id").as_int());
  EXPECT_EQ(sink.inserted().at("customers"), 4);
}

// The key comes back for the row just inserted, or not at all: an insert
// the engine skips (SQLite's ON CONFLICT IGNORE) returns no key, not the
// key of an earlier row; a table without rowid still gets its key.
TEST(SqliteSinkTest, AKeyIsTheInsertedRowsOrNone) {
  // The same with and without the schema (with it, a rowid key comes from
  // the connection; without, by a query).
  for (const bool with_schema : {false, true}) {
    SCOPED_TRACE(with_schema ? "with the schema" : "without");
    std::unique_ptr<Database> db = *OpenSqlite("sqlite::memory:");
    ASSERT_TRUE(db->Execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, "
                             "name TEXT UNIQUE ON CONFLICT IGNORE);"
                             "CREATE TABLE codes (code TEXT PRIMARY KEY DEFAULT 'c1', n INTEGER) "
                             "WITHOUT ROWID;"
                             "CREATE TABLE notes (id INTEGER PRIMARY KEY DESC, body TEXT);"
                             "CREATE TABLE log (n INTEGER);"
                             "CREATE TRIGGER tags_log AFTER INSERT ON tags BEGIN "
                             "INSERT INTO log VALUES (1); INSERT INTO log VALUES (2); END")
                    .ok());
    const Schema schema = *db->Introspect();
    DatabaseSink sink(*db, with_schema ? &schema : nullptr);
    Row first;
    first.Set("name", std::string("a"));
    ASSERT_TRUE(sink.Insert("tags", "id", &first, "").ok());
    EXPECT_EQ(first.Get("id").as_int(), 1);
    // A trigger's inserts are not the row's.
    Row second;
    second.Set("name", std::string("b"));
    ASSERT_TRUE(sink.Insert("tags", "id", &second, "").ok());
    EXPECT_EQ(second.Get("id").as_int(), 2);
    Row again;
    again.Set("name", std::string("a"));
    const absl::Status skipped = sink.Insert("tags", "id", &again, "");
    EXPECT_THAT(std::string(skipped.message()), HasSubstr("tags: the insert returned no key"));
    Row code;
    code.Set("n", int64_t{3});
    const absl::Status coded = sink.Insert("codes", "code", &code, "");
    ASSERT_TRUE(coded.ok()) << coded;
    EXPECT_EQ(code.Get("code").as_string(), "c1");
    // INTEGER PRIMARY KEY DESC is not the rowid: SQLite leaves it NULL.
    Row note;
    note.Set("body", std::string("x"));
    ASSERT_TRUE(sink.Insert("notes", "id", &note, "").ok());
    EXPECT_TRUE(note.Get("id").is_null());
    // Rows of one table with other columns get their own statement.
    Row named;
    named.Set("id", int64_t{10});
    named.Set("name", std::string("c"));
    ASSERT_TRUE(sink.Insert("tags", "id", &named, "").ok());
    EXPECT_EQ(named.Get("id").as_int(), 10);
    EXPECT_EQ(sink.inserted().at("tags"), 3);
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, SinkTest, ::testing::ValuesIn(Engines()),
                         EngineName);

}  // namespace
}  // namespace db
}  // namespace gtest_data
