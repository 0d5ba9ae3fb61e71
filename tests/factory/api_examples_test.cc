// Copyright 2026 The gtest_data Authors.
//
// The README's factory, scenario and JSON example, compiled and checked.

#include <cstdint>
#include <optional>
#include <string>

#include "gtest/gtest.h"
#include "gtest_data/factory.h"
#include "gtest_data/json.h"
#include "gtest_data/random/distributions.h"

namespace shop_example {

struct Customer {
  int64_t id = 0;
  std::string name;
  std::string email;
  std::string tier = "standard";
  std::optional<std::string> phone;
};
GTEST_DATA_DESCRIBE(Customer, id, name, email, tier, phone);
GTEST_DATA_JSON(Customer);

struct Order {
  int64_t id = 0;
  int64_t customer_id = 0;
  int64_t total_minor = 0;
};
GTEST_DATA_DESCRIBE(Order, id, customer_id, total_minor);

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

const gtest_data::Factory<Order>& Orders() {
  static const auto* const f = [] {
    auto* o = new gtest_data::Factory<Order>("order", "orders");
    o->Key(&Order::id);
    o->Association(&Order::customer_id, Customers(), &Customer::id);
    o->Field(&Order::total_minor,
             [](Gen<Order>& g) { return gtest_data::UniformInt(g.rng(), 100, 99999); });
    return o;
  }();
  return *f;
}

GTEST_DATA_SCENARIO(gold_customer_with_orders, s) {
  Customer& ada = s.Create(Customers(), "ada", gtest_data::Traits{"gold"});
  for (int64_t i = 0; i < s.Param("orders", 2); ++i) {
    s.Create(Orders(), "", gtest_data::With(&Order::customer_id, ada.id));
  }
}

}  // namespace shop_example

namespace gtest_data {
namespace {

using shop_example::Customer;
using shop_example::Order;

TEST(FactoryApiExamples, ReadmeExample) {
  Context context(DeriveSeed(42, "Checkout.AppliesDiscount"));
  Customer c = shop_example::Customers().Build(context, Traits{"gold"},
                                               With(&Customer::name, "Ada"));
  Order o = shop_example::Orders().Create(context);  // its customer is created first
  EXPECT_EQ(c.tier, "gold");
  EXPECT_EQ(c.name, "Ada");
  EXPECT_EQ(o.customer_id, 1);

  absl::StatusOr<Dataset> data =
      RunScenario("gold_customer_with_orders", context, {{"orders", 3}});
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->Rows("orders").size(), 3u);
  EXPECT_EQ(data->Object<Customer>("customers", "ada")->tier, "gold");

  nlohmann::json j = c;  // {"id": 0, "name": "Ada", ...}
  EXPECT_EQ(j.at("name"), "Ada");
  absl::StatusOr<std::string> snapshot = json::WriteSnapshot(*data);
  ASSERT_TRUE(snapshot.ok());
  EXPECT_EQ(*json::ReadSnapshot(*snapshot), *data);

  Schema schema;
  schema.AddTable<Customer>("customers");
  schema.AddTable<Order>("orders", "id", {{"customer_id", "customers"}});
  absl::StatusOr<Dataset> fixture = json::ParseDataset(R"({
    "customers": [{"@label": "bob", "name": "Bob", "email": {"fake": "internet.email"}}],
    "orders": [{"customer_id": "@customers.bob", "total_minor": 1299}]
  })", "fixture.json", schema, {context.seed()});
  ASSERT_TRUE(fixture.ok()) << fixture.status();
  EXPECT_EQ(fixture->Rows("orders")[0].Get("customer_id"),
            Value(json::StableId("customers", "bob")));
}

// The examples of the file comments of factory/strategy.h, gen.h,
// modifiers.h and definition.h.
TEST(FactoryApiExamples, PieceHeaderExamples) {
  using shop_example::Customers;
  Context context(DeriveSeed(42, "FactoryApiExamples.PieceHeaderExamples"));
  EXPECT_STREQ(StrategyName(Strategy::kStub), "stub");

  // gen.h
  {
    Factory<Order> f("order", "orders");
    f.Transient("doubled", Value(false));
    f.Field(&Order::total_minor,
            [](Gen<Order>& g) { return UniformInt(g.rng(), 100, 99999); });
    f.AfterBuild([](Order& o, Gen<Order>& g) {
      if (g.transient("doubled").as_bool()) o.total_minor *= 2;
    });
    const Order doubled = f.Build(context, With("doubled", Value(true)));
    EXPECT_EQ(doubled.total_minor % 2, 0);
    EXPECT_GE(doubled.total_minor, 200);
  }

  // modifiers.h
  const Factory<Customer>& customers = Customers();
  Customer gold = customers.Build(context, Traits{"gold"});
  Customer ada = customers.Build(context, With(&Customer::name, "Ada"));  // compile-time check
  Customer bob = customers.Build(context, With("name", Value("Bob")));    // checked when built
  EXPECT_EQ(gold.tier, "gold");
  EXPECT_EQ(ada.name, "Ada");
  EXPECT_EQ(bob.name, "Bob");

  // definition.h
  {
    Factory<Customer> f("customer", "customers");
    f.Key(&Customer::id);
    f.Fake(&Customer::name, "person.full_name");        // the registry's field
    f.Set(&Customer::tier, std::string("standard"));    // a constant
    f.Trait("gold").Set(&Customer::tier, std::string("gold"));
    f.Validate([](const Customer& c) {
      return c.name.empty() ? absl::InvalidArgumentError("no name") : absl::OkStatus();
    });
    absl::StatusOr<Customer> built = f.TryBuild(context, Traits{"gold"});
    ASSERT_TRUE(built.ok()) << built.status();
    EXPECT_EQ(built->tier, "gold");
    EXPECT_FALSE(built->name.empty());
    EXPECT_FALSE(f.TryBuild(context, With(&Customer::name, "")).ok());
  }
}

}  // namespace
}  // namespace gtest_data
