// Copyright 2026 The gtest_data Authors.

#include "gtest_data/factory/scenario.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shop_domain.h"

namespace gtest_data {
namespace {

using ::shop::Customer;
using ::shop::Order;
using ::testing::HasSubstr;

GTEST_DATA_SCENARIO(customer_with_orders, s) {
  Customer& ada = s.Create(shop::Customers(), "ada", Traits{"gold"});
  const int64_t orders = s.Param("orders", 2);
  for (int64_t i = 0; i < orders; ++i) {
    s.Create(shop::Orders(), "order" + std::to_string(i), With(&Order::customer_id, ada.id));
  }
}

GTEST_DATA_SCENARIO(catalogue, s) {
  s.Create(shop::Products(), "tea");
  s.CreateList(shop::Products(), 3);
}

GTEST_DATA_SCENARIO(shop_day, s) {
  s.Use("catalogue");
  s.Use("customer_with_orders", {{"orders", 1}});
}

GTEST_DATA_SCENARIO(bad_param_type, s) { s.Param("orders", 2); }

TEST(ScenarioTest, MakesTablesWithLabelsAndTypedHandles) {
  Context context(21);
  absl::StatusOr<Dataset> data = RunScenario("customer_with_orders", context, {{"orders", 3}});
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->tables(), (std::vector<std::string>{"customers", "orders"}));
  EXPECT_EQ(data->Rows("orders").size(), 3u);
  const Customer* ada = data->Object<Customer>("customers", "ada");
  ASSERT_NE(ada, nullptr);
  EXPECT_EQ(ada->tier, "gold");
  EXPECT_EQ(data->Object<Order>("customers", "ada"), nullptr);  // wrong type
  EXPECT_EQ(data->Find("orders", "order2")->Get("customer_id"), Value(ada->id));
  // Persisted through the context's sink as well.
  EXPECT_EQ(context.memory_store().data().Rows("orders").size(), 3u);
}

GTEST_DATA_SCENARIO(changed_through_handle, s) {
  Customer& ada = s.Create(shop::Customers(), "ada");
  ada.tier = "changed here";
  s.Create(shop::Orders(), "", With(&Order::customer_id, ada.id));
}

TEST(ScenarioTest, CreateReturnsTheDatasetsOwnObject) {
  Context context(25);
  absl::StatusOr<Dataset> data = RunScenario("changed_through_handle", context);
  ASSERT_TRUE(data.ok()) << data.status();
  const Customer* ada = data->Object<Customer>("customers", "ada");
  ASSERT_NE(ada, nullptr);
  // The body changed the very object the dataset holds; the row stays as
  // persisted.
  EXPECT_EQ(ada->tier, "changed here");
  EXPECT_NE(data->Find("customers", "ada")->Get("tier").as_string(), "changed here");
  EXPECT_EQ(data->Rows("orders").front().Get("customer_id"), Value(ada->id));
}

TEST(ScenarioTest, DeterministicAndIndependentOfWhatRanBefore) {
  Context a(22), b(22);
  absl::StatusOr<Dataset> first = RunScenario("customer_with_orders", a);
  ASSERT_TRUE(RunScenario("catalogue", b).ok());
  absl::StatusOr<Dataset> second = RunScenario("customer_with_orders", b);
  ASSERT_TRUE(first.ok() && second.ok());
  // Keys come from the sink (b's store holds the catalogue too, in another
  // table), generated values from the scenario's own streams.
  EXPECT_EQ(*first, *second) << first->ToString() << "\nvs\n" << second->ToString();
}

TEST(ScenarioTest, ComposesScenarios) {
  Context context(23);
  absl::StatusOr<Dataset> data = RunScenario("shop_day", context);
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->Rows("products").size(), 4u);
  EXPECT_EQ(data->Rows("orders").size(), 1u);
  EXPECT_NE(data->Find("products", "tea"), nullptr);
}

TEST(ScenarioTest, ErrorsNameTheScenarioAndTheProblem) {
  Context context(24);
  ScenarioRegistry registry;
  ASSERT_TRUE(registry.Add({"beta", [](ScenarioContext&) {}, "b.cc", 1}).ok());
  ASSERT_TRUE(registry.Add({"alpha", [](ScenarioContext&) {}, "a.cc", 1}).ok());
  absl::StatusOr<Dataset> data = RunScenario(registry, "no_such_scenario", context);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(std::string(data.status().message()),
            "unknown scenario \"no_such_scenario\"; known: alpha, beta");

  data = RunScenario("bad_param_type", context, {{"orders", "two"}});
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(std::string(data.status().message()),
            "scenario bad_param_type: parameter \"orders\" is string \"two\"; expected int");
}

TEST(ScenarioTest, DuplicateLabelFailsTheScenario) {
  ScenarioRegistry registry;
  ASSERT_TRUE(registry
                  .Add({"twice",
                        [](ScenarioContext& s) {
                          s.Create(shop::Products(), "tea");
                          s.Create(shop::Products(), "tea");
                        },
                        "here.cc", 1})
                  .ok());
  const absl::Status again = registry.Add({"twice", nullptr, "there.cc", 2});
  EXPECT_EQ(again.message(), "there.cc:2: scenario \"twice\" is defined already at here.cc:1");
  Context context(25);
  absl::StatusOr<Dataset> data = RunScenario(registry, "twice", context);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(std::string(data.status().message()),
            "factory product: persisting into products failed: duplicate label "
            "\"products.tea\"");
}

}  // namespace
}  // namespace gtest_data
