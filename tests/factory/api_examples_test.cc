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

}  // namespace
}  // namespace gtest_data
