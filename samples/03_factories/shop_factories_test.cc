// Copyright 2026 The gtest_data Authors.
//
// Sample 03: factories, scenarios and a JSON dataset in a GoogleTest suite.
//
// A small checkout calculator (a gold discount, free shipping above a
// threshold) is tested with objects built by factories, with a named
// scenario, and with a fixture file whose rows reference each other by
// label. Each test gets a Context seeded from the run seed and its name, so
// its data is the same on every run; errors from factories become test
// failures. (The GoogleTest integration will do this set-up for you.)

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/factory.h"
#include "gtest_data/json.h"
#include "gtest_data/random.h"

namespace shop {

struct Customer {
  int64_t id = 0;
  std::string name;
  std::string email;
  std::string tier = "standard";
};
GTEST_DATA_DESCRIBE(Customer, id, name, email, tier);
GTEST_DATA_JSON(Customer);

struct Product {
  int64_t id = 0;
  std::string name;
  int64_t price_minor = 0;
};
GTEST_DATA_DESCRIBE(Product, id, name, price_minor);

struct OrderLine {
  int64_t id = 0;
  int64_t customer_id = 0;
  int64_t product_id = 0;
  int64_t quantity = 1;
};
GTEST_DATA_DESCRIBE(OrderLine, id, customer_id, product_id, quantity);

// The code under test.
constexpr int64_t kShippingMinor = 495;
constexpr int64_t kFreeShippingFromMinor = 5000;

int64_t Total(const Customer& customer, const std::vector<Product>& products,
              const std::vector<OrderLine>& lines) {
  int64_t subtotal = 0;
  for (const OrderLine& line : lines) {
    for (const Product& p : products) {
      if (p.id == line.product_id) subtotal += p.price_minor * line.quantity;
    }
  }
  if (customer.tier == "gold") subtotal -= subtotal / 10;
  return subtotal + (subtotal >= kFreeShippingFromMinor ? 0 : kShippingMinor);
}

// Factories.
using gtest_data::Gen;

const gtest_data::Factory<Customer>& Customers() {
  static const auto* const f = [] {
    auto* c = new gtest_data::Factory<Customer>("customer", "customers");
    c->Key(&Customer::id);
    c->Fake(&Customer::name, "person.full_name");
    c->Fake(&Customer::email, "internet.email");
    c->Trait("gold").Set(&Customer::tier, std::string("gold"));
    return c;
  }();
  return *f;
}

const gtest_data::Factory<Product>& Products() {
  static const auto* const f = [] {
    auto* p = new gtest_data::Factory<Product>("product", "products");
    p->Key(&Product::id);
    p->Fake(&Product::name, "commerce.product_name");
    p->Field(&Product::price_minor,
             [](Gen<Product>& g) { return gtest_data::UniformInt(g.rng(), 100, 3000); });
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
             [](Gen<OrderLine>& g) { return gtest_data::UniformInt(g.rng(), 1, 4); });
    return l;
  }();
  return *f;
}

// A named scenario: a gold customer with a basket of `items` lines.
GTEST_DATA_SCENARIO(gold_basket, s) {
  Customer& buyer = s.Create(Customers(), "buyer", gtest_data::Traits{"gold"});
  for (int64_t i = 0; i < s.Param("items", 3); ++i) {
    s.Create(OrderLines(), "", gtest_data::With(&OrderLine::customer_id, buyer.id));
  }
}

gtest_data::Schema ShopSchema() {
  gtest_data::Schema schema;
  schema.AddTable<Customer>("customers");
  schema.AddTable<Product>("products");
  schema.AddTable<OrderLine>("order_lines", "id",
                             {{"customer_id", "customers"}, {"product_id", "products"}});
  return schema;
}

}  // namespace shop

namespace {

uint64_t RunSeed() {
  static const uint64_t seed = [] {
    std::string error;
    auto choice = gtest_data::ResolveRunSeed(
        nullptr, std::getenv(gtest_data::kSeedEnvironmentVariable), &error);
    if (!choice) {
      std::cerr << error << "\n";
      std::exit(2);
    }
    return choice->seed;
  }();
  return seed;
}

// Each test: a context seeded from the run seed and the test's full name;
// factory errors fail the test.
class CheckoutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const uint64_t seed = gtest_data::DeriveSeed(
        RunSeed(), std::string(info->test_suite_name()) + "." + info->name());
    RecordProperty("gtest_data_seed", gtest_data::FormatSeed(seed));
    context_.Reset(seed);
    context_.set_error_handler(
        [](const absl::Status& status) { ADD_FAILURE() << status.message(); });
  }

  gtest_data::Context context_;
};

TEST_F(CheckoutTest, GoldCustomersGetTenPercentOff) {
  using shop::Product;
  const shop::Customer gold = shop::Customers().Build(context_, gtest_data::Traits{"gold"});
  const shop::Customer plain = shop::Customers().Build(context_);
  const Product item = shop::Products().Build(context_, gtest_data::With(&Product::id, 1),
                                              gtest_data::With(&Product::price_minor, 10000));
  const shop::OrderLine line{0, 0, 1, 1};
  EXPECT_EQ(shop::Total(gold, {item}, {line}), 9000);
  EXPECT_EQ(shop::Total(plain, {item}, {line}), 10000);
}

TEST_F(CheckoutTest, ScenarioBasketsAreChargedConsistently) {
  absl::StatusOr<gtest_data::Dataset> data =
      gtest_data::RunScenario("gold_basket", context_, {{"items", 5}});
  ASSERT_TRUE(data.ok()) << data.status();
  const shop::Customer* buyer = data->Object<shop::Customer>("customers", "buyer");
  ASSERT_NE(buyer, nullptr);
  std::vector<shop::Product> products;
  for (const gtest_data::Row& row : data->Rows("products")) {
    shop::Product p;
    std::string error;
    ASSERT_TRUE(gtest_data::FromRow(row, &p, &error)) << error;
    products.push_back(p);
  }
  std::vector<shop::OrderLine> lines;
  for (const gtest_data::Row& row : data->Rows("order_lines")) {
    shop::OrderLine l;
    std::string error;
    ASSERT_TRUE(gtest_data::FromRow(row, &l, &error)) << error;
    EXPECT_EQ(l.customer_id, buyer->id);
    lines.push_back(l);
  }
  ASSERT_EQ(lines.size(), 5u);
  const int64_t total = shop::Total(*buyer, products, lines);
  EXPECT_GT(total, 0);
  // Gold never pays more than the undiscounted basket plus shipping.
  const shop::Customer plain{buyer->id, buyer->name, buyer->email, "standard"};
  EXPECT_LE(total, shop::Total(plain, products, lines));
}

TEST_F(CheckoutTest, FixtureFileBasketBelowTheThresholdPaysShipping) {
  gtest_data::json::DatasetOptions options;
  options.seed = context_.seed();
  absl::StatusOr<gtest_data::Dataset> data = gtest_data::json::LoadDatasetFile(
      std::string(GTEST_DATA_SAMPLES_DIR) + "/03_factories/testdata/basket.json",
      shop::ShopSchema(), options);
  ASSERT_TRUE(data.ok()) << data.status();
  shop::Customer alice;
  std::string error;
  ASSERT_TRUE(gtest_data::FromRow(*data->Find("customers", "alice"), &alice, &error)) << error;
  std::vector<shop::Product> products(2);
  ASSERT_TRUE(gtest_data::FromRow(*data->Find("products", "tea"), &products[0], &error));
  ASSERT_TRUE(gtest_data::FromRow(*data->Find("products", "pot"), &products[1], &error));
  std::vector<shop::OrderLine> lines(2);
  for (size_t i = 0; i < 2; ++i) {
    ASSERT_TRUE(gtest_data::FromRow(data->Rows("order_lines")[i], &lines[i], &error)) << error;
  }
  // (4 x 4.50 + 25.00) - 10% = 38.70, below 50.00: shipping is charged.
  EXPECT_EQ(shop::Total(alice, products, lines), 3870 + shop::kShippingMinor);
}

TEST_F(CheckoutTest, FactoriesPassLint) {
  gtest_data::FactoryRegistry registry;
  ASSERT_TRUE(registry.Add(shop::Customers()).ok());
  ASSERT_TRUE(registry.Add(shop::Products()).ok());
  ASSERT_TRUE(registry.Add(shop::OrderLines()).ok());
  const absl::Status status =
      gtest_data::LintFactories(registry, context_, gtest_data::Strategy::kCreate);
  EXPECT_TRUE(status.ok()) << status;
}

}  // namespace
