// Copyright 2026 The gtest_data Authors.
//
// A small test binary that the report tests run under many flags: passing,
// failing, skipped and parameterised tests, scenarios, invariants, shared
// data. Some tests fail on purpose; it is never run as a test itself.
// (Its failure lines are pinned by tests/testdata/report_golden.json: edit
// it and regenerate with GTEST_DATA_UPDATE_GOLDEN=1.)

#include <string>

#include "gtest/gtest.h"
#include "gtest_data/gtest.h"
#include "shop_domain.h"

namespace {

using ::gtest_data::DataTest;
using ::gtest_data::Traits;
using ::gtest_data::With;
using ::shop::Customer;
using ::shop::Order;
using ::shop::Product;

GTEST_DATA_SCENARIO(catalogue, s) {
  s.Create(shop::Products(), "widget");
  s.Create(shop::Products(), "gadget");
  s.Create(shop::Products(), "gizmo", Traits{"discontinued"});
}

GTEST_DATA_SCENARIO(gold_buyer, s) {
  Customer& buyer = s.Create(shop::Customers(), "buyer", Traits{"gold"});
  s.Create(shop::Orders(), "order", With(&Order::customer_id, buyer.id));
}

GTEST_DATA_SCENARIO(closed_warehouse, s) {
  s.Fail(absl::FailedPreconditionError("the warehouse is closed"));
}

GTEST_DATA_INVARIANT(prices_positive,
                     gtest_data::EveryObject<Product>(
                         "products", [](const Product& p) { return p.price_minor > 0; },
                         "price_minor > 0"));

GTEST_DATA_SUITE_INVARIANT(ShopTest, orders_have_customers,
                           gtest_data::EveryRow(
                               "orders",
                               [](const gtest_data::Row& row) {
                                 return row.Get("customer_id").as_int() > 0;
                               },
                               "customer_id > 0"));

class ShopTest : public DataTest {};

DATA_TEST_F(ShopTest, CatalogueHasThreeProducts, catalogue) {
  EXPECT_EQ(data().Rows("products").size(), 3u);
  EXPECT_FALSE(Get<Product>("products", "gizmo").active);
}

DATA_TEST_F(ShopTest, GoldBuyerHasAnOrder, gold_buyer, catalogue) {
  EXPECT_EQ(Get<Customer>("customers", "buyer").tier, "gold");
  EXPECT_EQ(Get<Order>("orders", "order").customer_id, Get<Customer>("customers", "buyer").id);
}

DATA_TEST_F(ShopTest, FailsOnPurpose, gold_buyer) {
  ADD_FAILURE() << "this test fails on purpose, for its replay line";
}

DATA_TEST_F(ShopTest, ScenarioFails, closed_warehouse) { ADD_FAILURE() << "never runs"; }

DATA_TEST_F(ShopTest, BreaksAnInvariant, catalogue) {
  Get<Product>("products", "gadget").price_minor = -1;
}

TEST_F(ShopTest, PlainTestFBuilds) {
  Customer c = Build(shop::Customers(), Traits{"vip"});
  EXPECT_EQ(c.tier, "vip");
  Create(shop::Products());
}

TEST_F(ShopTest, UnknownTrait) { Build(shop::Customers(), Traits{"platinum"}); }

TEST_F(ShopTest, Skipped) { GTEST_SKIP() << "not today"; }

class SharedCatalogueTest : public DataTest {
 protected:
  static void SetUpTestSuite() { SharedScenario("catalogue"); }
};

TEST_F(SharedCatalogueTest, ReadsTheSharedCatalogue) {
  EXPECT_EQ(SharedScenario("catalogue").Rows("products").size(), 3u);
}

TEST_F(SharedCatalogueTest, ChangesTheSharedCatalogue) {
  SharedScenario("catalogue").Object<Product>("products", "widget")->name += " (edited)";
}

class GeneratedCustomerTest : public gtest_data::DataTestWithParam<Customer> {};

DATA_TEST_P(GeneratedCustomerTest, HasAnEmail, catalogue) {
  EXPECT_NE(GetParam().email.find('@'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Generated, GeneratedCustomerTest,
                         gtest_data::GeneratedValues(shop::Customers(), 2),
                         gtest_data::NameFrom(&Customer::last_name));

TEST(PlainTest, NotADataTest) { SUCCEED(); }

}  // namespace

int main(int argc, char** argv) {
  gtest_data::InitGoogleTestData(&argc, argv);
  return RUN_ALL_TESTS();
}
