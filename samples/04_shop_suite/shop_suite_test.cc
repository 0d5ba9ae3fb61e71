// Copyright 2026 The gtest_data Authors.
//
// Sample 04: a shop's test suite on gtest_data's GoogleTest integration,
// with its data in a real database: SQLite by default, PostgreSQL with
// --data_db.
//
// It uses each part: DbTest fixtures (rollback isolation for checkout,
// a fresh copy of the database for order placement, whose code commits),
// the schema registered per engine, scenarios declared per test
// (DATA_TEST_F) and persisted through the factories, parameters
// (UseScenario), factories in the body, fake data and the test's own random
// stream, C++ invariants for every test and for one fixture, an SQL
// invariant, expected tables, data shared by a suite and checked for
// changes, and value-parameterised tests over generated customers. It links
// gtest_data::main, so these flags work:
//
//   sample_04_shop_suite --data_report=reports/shop.json   # JSON + HTML report
//   sample_04_shop_suite --data_db=sqlite:shop.db          # a file, not memory
//   sample_04_shop_suite --data_db=postgresql://postgres@127.0.0.1:5432/postgres
//   sample_04_shop_suite --data_seed=7 --data_locale=de_DE # other data
//   sample_04_shop_suite --data_record=saved               # save each test's data
//   sample_04_shop_suite --data_replay=saved               # and run on it again

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/db/database.h"
#include "gtest_data/gtest.h"
#include "gtest_data/gtest/db_test.h"

namespace shop {

struct Customer {
  int64_t id = 0;
  std::string name;
  std::string email;
  std::string country;
  std::string tier = "standard";
};
GTEST_DATA_DESCRIBE(Customer, id, name, email, country, tier);

struct Product {
  int64_t id = 0;
  std::string sku;
  std::string name;
  int64_t price_minor = 0;
  bool active = true;
};
GTEST_DATA_DESCRIBE(Product, id, sku, name, price_minor, active);

struct OrderLine {
  int64_t id = 0;
  int64_t customer_id = 0;
  int64_t product_id = 0;
  int64_t quantity = 1;
};
GTEST_DATA_DESCRIBE(OrderLine, id, customer_id, product_id, quantity);

// ---- The code under test --------------------------------------------------

constexpr int64_t kShippingMinor = 495;
constexpr int64_t kFreeShippingFromMinor = 5000;

struct Quote {
  int64_t subtotal_minor = 0;
  int64_t discount_minor = 0;
  int64_t shipping_minor = 0;
  int64_t total_minor() const { return subtotal_minor - discount_minor + shipping_minor; }
};

// Prices a basket. Gold customers get 10% off; shipping is free from 50.00
// after discount; discontinued products cannot be bought (returns false).
bool PriceBasket(const Customer& customer, const std::vector<Product>& catalogue,
                 const std::vector<OrderLine>& lines, Quote* quote) {
  *quote = Quote();
  for (const OrderLine& line : lines) {
    auto product = std::find_if(catalogue.begin(), catalogue.end(),
                                [&](const Product& p) { return p.id == line.product_id; });
    if (product == catalogue.end() || !product->active) return false;
    quote->subtotal_minor += product->price_minor * line.quantity;
  }
  if (customer.tier == "gold") quote->discount_minor = quote->subtotal_minor / 10;
  const int64_t after_discount = quote->subtotal_minor - quote->discount_minor;
  quote->shipping_minor = after_discount >= kFreeShippingFromMinor ? 0 : kShippingMinor;
  return true;
}

// Places an order line in the database and commits it, as the shop's order
// service does. Refuses a discontinued product. Returns the line's id, or 0.
int64_t PlaceOrder(gtest_data::db::Database& db, int64_t customer_id, int64_t product_id,
                   int64_t quantity) {
  auto product = db.Query("SELECT active FROM products WHERE id = " + db.Placeholder(1),
                          {gtest_data::Value(product_id)});
  if (!product.ok() || product->empty()) return 0;
  const gtest_data::Value& active = product->front().Get("active");
  if (!(active.kind() == gtest_data::ValueKind::kBool ? active.as_bool() : active.as_int() != 0)) {
    return 0;
  }
  auto line = db.Query("INSERT INTO order_lines (customer_id, product_id, quantity) VALUES (" +
                           db.Placeholder(1) + ", " + db.Placeholder(2) + ", " +
                           db.Placeholder(3) + ") RETURNING id",
                       {gtest_data::Value(customer_id), gtest_data::Value(product_id),
                        gtest_data::Value(quantity)});
  if (!line.ok() || line->empty()) return 0;
  return line->front().Get("id").as_int();
}

// The subtotal of a customer's order lines, priced in the database.
int64_t SubtotalInDatabase(gtest_data::db::Database& db, int64_t customer_id) {
  auto rows = db.Query(
      "SELECT CAST(coalesce(sum(p.price_minor * l.quantity), 0) AS BIGINT) AS subtotal "
      "FROM order_lines l "
      "JOIN products p ON p.id = l.product_id WHERE l.customer_id = " + db.Placeholder(1),
      {gtest_data::Value(customer_id)});
  return rows.ok() && !rows->empty() ? rows->front().Get("subtotal").as_int() : -1;
}

// ---- Schema, per engine (generated keys are spelt differently) ------------------

GTEST_DATA_ENGINE_SCHEMA_SQL(shop_sqlite, "sqlite", R"sql(
  CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL,
                          country TEXT NOT NULL, tier TEXT NOT NULL DEFAULT 'standard');
  CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                         price_minor INTEGER NOT NULL CHECK (price_minor > 0),
                         active BOOLEAN NOT NULL DEFAULT 1);
  CREATE TABLE order_lines (id INTEGER PRIMARY KEY,
                            customer_id INTEGER NOT NULL REFERENCES customers (id),
                            product_id INTEGER NOT NULL REFERENCES products (id),
                            quantity INTEGER NOT NULL CHECK (quantity >= 1));
)sql");

GTEST_DATA_ENGINE_SCHEMA_SQL(shop_postgresql, "postgresql", R"sql(
  CREATE TABLE customers (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                          name text NOT NULL, email text NOT NULL, country text NOT NULL,
                          tier text NOT NULL DEFAULT 'standard');
  CREATE TABLE products (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                         sku text NOT NULL UNIQUE, name text NOT NULL,
                         price_minor bigint NOT NULL CHECK (price_minor > 0),
                         active boolean NOT NULL DEFAULT true);
  CREATE TABLE order_lines (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                            customer_id bigint NOT NULL REFERENCES customers (id),
                            product_id bigint NOT NULL REFERENCES products (id),
                            quantity bigint NOT NULL CHECK (quantity >= 1));
)sql");

// ---- Factories ----------------------------------------------------------------

using gtest_data::Gen;

const gtest_data::Factory<Customer>& Customers() {
  static const auto* const f = [] {
    auto* c = new gtest_data::Factory<Customer>("customer", "customers");
    c->Key(&Customer::id);
    c->Fake(&Customer::name, "person.full_name");
    c->Fake(&Customer::email, "internet.email");
    c->Fake(&Customer::country, "address.country_code");
    c->Trait("gold").Set(&Customer::tier, std::string("gold"));
    return c;
  }();
  return *f;
}

const gtest_data::Factory<Product>& Products() {
  static const auto* const f = [] {
    auto* p = new gtest_data::Factory<Product>("product", "products");
    p->Key(&Product::id);
    p->Sequence(&Product::sku, [](int64_t n) { return "SKU-" + std::to_string(1000 + n); });
    p->Fake(&Product::name, "commerce.product_name");
    p->Field(&Product::price_minor,
             [](Gen<Product>& g) { return gtest_data::UniformInt(g.rng(), 199, 4999); });
    p->Trait("discontinued").Set(&Product::active, false);
    return p;
  }();
  return *f;
}

const gtest_data::Factory<OrderLine>& OrderLines() {
  static const auto* const f = [] {
    auto* l = new gtest_data::Factory<OrderLine>("order_line", "order_lines");
    l->Key(&OrderLine::id);
    l->Association(&OrderLine::customer_id, Customers(), &Customer::id);
    l->Association(&OrderLine::product_id, Products(), &Product::id);
    l->Field(&OrderLine::quantity,
             [](Gen<OrderLine>& g) { return gtest_data::UniformInt(g.rng(), 1, 3); });
    return l;
  }();
  return *f;
}

// ---- Scenarios --------------------------------------------------------------

// Three active products and one discontinued.
GTEST_DATA_SCENARIO(catalogue, s) {
  s.Create(Products(), "tea");
  s.Create(Products(), "mug");
  s.Create(Products(), "kettle");
  s.Create(Products(), "teapot", gtest_data::Traits{"discontinued"});
}

// A gold customer with `items` lines of tea (default 2).
GTEST_DATA_SCENARIO(gold_basket, s) {
  s.Use("catalogue");
  Customer& buyer = s.Create(Customers(), "buyer", gtest_data::Traits{"gold"});
  const Product* tea = s.dataset().Object<Product>("products", "tea");
  for (int64_t i = 0; i < s.Param("items", 2); ++i) {
    s.Create(OrderLines(), "", gtest_data::With(&OrderLine::customer_id, buyer.id),
             gtest_data::With(&OrderLine::product_id, tea->id));
  }
}

// ---- Invariants -----------------------------------------------------------------

// Every test's data: prices are positive and SKUs well formed.
GTEST_DATA_INVARIANT(prices_positive,
                     gtest_data::EveryObject<Product>(
                         "products", [](const Product& p) { return p.price_minor > 0; },
                         "price_minor > 0"));
GTEST_DATA_INVARIANT(sku_format, gtest_data::EveryRow(
                                     "products",
                                     [](const gtest_data::Row& row) {
                                       return row.Get("sku").as_string().rfind("SKU-", 0) == 0;
                                     },
                                     "a sku starting with SKU-"));

// Checked in the database after set-up and before tear-down: must return
// no rows.
GTEST_DATA_SQL_INVARIANT(lines_buy_something,
                         "SELECT id, quantity FROM order_lines WHERE quantity < 1");

// Checkout tests only: order lines buy at least one item.
GTEST_DATA_SUITE_INVARIANT(CheckoutTest, positive_quantities,
                           gtest_data::EveryObject<OrderLine>(
                               "order_lines",
                               [](const OrderLine& l) { return l.quantity >= 1; },
                               "quantity >= 1"));

// ---- Tests ---------------------------------------------------------------------

// Each checkout test runs inside a transaction that tear-down rolls back.
class CheckoutTest : public gtest_data::DbTest {
 protected:
  std::vector<Product> Catalogue() {
    std::vector<Product> out;
    for (const char* label : {"tea", "mug", "kettle", "teapot"}) {
      if (const Product* p = Find<Product>("products", label)) out.push_back(*p);
    }
    return out;
  }
  std::vector<OrderLine> Lines() {
    std::vector<OrderLine> out;
    for (const OrderLine* line : Objects<OrderLine>("order_lines")) out.push_back(*line);
    return out;
  }
};

GTEST_DATA_TEST_F(CheckoutTest, GoldCustomersGetTenPercentOff, gold_basket) {
  const Customer& buyer = Get<Customer>("customers", "buyer");
  Quote quote;
  ASSERT_TRUE(PriceBasket(buyer, Catalogue(), Lines(), &quote));
  EXPECT_EQ(quote.discount_minor, quote.subtotal_minor / 10);
  EXPECT_EQ(quote.total_minor(),
            quote.subtotal_minor - quote.subtotal_minor / 10 + quote.shipping_minor);
}

GTEST_DATA_TEST_F(CheckoutTest, DiscontinuedProductsCannotBeBought, catalogue) {
  Customer someone = Build(Customers());
  OrderLine line = Build(OrderLines(), gtest_data::With(&OrderLine::customer_id, someone.id),
                         gtest_data::With(&OrderLine::product_id,
                                          Get<Product>("products", "teapot").id));
  Quote quote;
  EXPECT_FALSE(PriceBasket(someone, Catalogue(), {line}, &quote));
}

TEST_F(CheckoutTest, FreeShippingFromFiftyAfterDiscount) {
  // A bigger basket through the scenario's parameter.
  UseScenario("gold_basket", {{"items", gtest_data::Value(int64_t{12})}});
  Product& tea = Get<Product>("products", "tea");
  tea.price_minor = 1000;  // 12 x 10.00 - 10% = 108.00
  Quote quote;
  ASSERT_TRUE(PriceBasket(Get<Customer>("customers", "buyer"), Catalogue(), Lines(), &quote));
  EXPECT_EQ(quote.shipping_minor, 0);
  tea.price_minor = 100;  // 12 x 1.00 - 10% = 10.80
  ASSERT_TRUE(PriceBasket(Get<Customer>("customers", "buyer"), Catalogue(), Lines(), &quote));
  EXPECT_EQ(quote.shipping_minor, kShippingMinor);
}

TEST_F(CheckoutTest, StandardCustomersPayFullPrice) {
  const Customer customer = Create(Customers());
  const Product product = Create(Products());
  // The quantity comes from this test's own stream: the same on every run.
  const int64_t quantity = gtest_data::UniformInt(rng(), 1, 5);
  OrderLine line{0, customer.id, product.id, quantity};
  Quote quote;
  ASSERT_TRUE(PriceBasket(customer, {product}, {line}, &quote));
  EXPECT_EQ(quote.discount_minor, 0);
  EXPECT_EQ(quote.subtotal_minor, product.price_minor * quantity);
}

GTEST_DATA_TEST_F(CheckoutTest, TheBasketIsPricedTheSameInTheDatabase, gold_basket) {
  const Customer& buyer = Get<Customer>("customers", "buyer");
  Quote quote;
  ASSERT_TRUE(PriceBasket(buyer, Catalogue(), Lines(), &quote));
  EXPECT_EQ(SubtotalInDatabase(db(), buyer.id), quote.subtotal_minor);
  EXPECT_EQ(CountRows("order_lines"), 2);
}

// Order placement commits, so each test gets its own copy of the database.
class OrderPlacementTest : public gtest_data::DbTest {
 protected:
  OrderPlacementTest() : DbTest({gtest_data::Isolation::kTemplateCopy}) {}
};

GTEST_DATA_TEST_F(OrderPlacementTest, PlacedOrdersAreStored, catalogue) {
  const Customer customer = Create(Customers());
  const Product& mug = Get<Product>("products", "mug");
  ASSERT_GT(PlaceOrder(db(), customer.id, mug.id, 2), 0);
  // The tables hold exactly what is expected (columns not named are not
  // compared; row order does not matter).
  gtest_data::Dataset expected;
  gtest_data::Row line;
  line.Set("customer_id", customer.id);
  line.Set("product_id", mug.id);
  line.Set("quantity", 2);
  ASSERT_TRUE(expected.Add("order_lines", line).ok());
  ExpectTables(expected);
}

GTEST_DATA_TEST_F(OrderPlacementTest, DiscontinuedProductsAreRefused, catalogue) {
  const Customer customer = Create(Customers());
  EXPECT_EQ(PlaceOrder(db(), customer.id, Get<Product>("products", "teapot").id, 1), 0);
  EXPECT_EQ(CountRows("order_lines"), 0);
}

// A read-only catalogue shared by the suite, made once; each test is
// checked for leaving it as it found it.
class CatalogueBrowsingTest : public gtest_data::DataTest {
 protected:
  static void SetUpTestSuite() { SharedScenario("catalogue"); }
  static const gtest_data::Dataset& Shared() { return SharedScenario("catalogue"); }
};

TEST_F(CatalogueBrowsingTest, ListsOnlyActiveProducts) {
  int active = 0;
  for (const auto& row : Shared().Rows("products")) active += row.Get("active").as_bool();
  EXPECT_EQ(active, 3);
}

TEST_F(CatalogueBrowsingTest, SearchFindsAProductByName) {
  const Product* mug = Shared().Object<Product>("products", "mug");
  ASSERT_NE(mug, nullptr);
  EXPECT_FALSE(mug->name.empty());
  // fake(): realistic input for the search box, from this test's seed.
  const std::string query = fake().Field("commerce.product_name");
  EXPECT_FALSE(query.empty());
}

// Value-parameterised over generated customers, with readable names:
// Generated/SignupTest.EmailIsAccepted/0_Sophia_Jimenez ...
class SignupTest : public gtest_data::DataTestWithParam<Customer> {};

bool AcceptsEmail(const std::string& email) {
  const size_t at = email.find('@');
  return at != std::string::npos && at > 0 && email.find('.', at) != std::string::npos;
}

GTEST_DATA_TEST_P(SignupTest, EmailIsAccepted, catalogue) {
  EXPECT_TRUE(AcceptsEmail(GetParam().email)) << GetParam().email;
  EXPECT_EQ(data().Rows("products").size(), 4u);
}

INSTANTIATE_TEST_SUITE_P(Generated, SignupTest, gtest_data::GeneratedValues(Customers(), 5),
                         gtest_data::NameFrom(&Customer::name));

}  // namespace shop
