// Copyright 2026 The gtest_data Authors.
//
// Pins what the shop factories make, plainly and with each trait, by every
// strategy, and a scenario's dataset as a snapshot. A change here is a
// change of generated data: bump the data version and say so.
// GTEST_DATA_UPDATE_GOLDEN=1 rewrites the file after a deliberate change.

#include <string>

#include "golden.h"
#include "gtest/gtest.h"
#include "gtest_data/json/snapshot.h"
#include "gtest_data/version.h"
#include "shop_domain.h"

namespace gtest_data {
namespace {

GTEST_DATA_SCENARIO(golden_shop, s) {
  shop::Customer& ada = s.Create(shop::Customers(), "ada", Traits{"vip"});
  s.Create(shop::Addresses(), "home", With(&shop::Address::customer_id, ada.id));
  s.CreateList(shop::OrderLines(), 2);
  s.Create(shop::Payments(), "declined", Traits{"declined"});
}

TEST(FactoryGoldenTest, OutputsMatchGoldenFile) {
  std::string out =
      "# shop factories, seed 2026, data version " + std::to_string(kDataVersion) + "\n";
  const FactoryRegistry& registry = shop::ShopFactories();
  for (const Strategy strategy : {Strategy::kBuild, Strategy::kStub, Strategy::kCreate}) {
    Context context(2026);
    for (const std::string& name : registry.names()) {
      const FactoryBase& factory = *registry.Find(name);
      std::vector<std::vector<std::string>> variants = {{}};
      for (const std::string& trait : factory.trait_names()) variants.push_back({trait});
      for (const auto& traits : variants) {
        for (int i = 0; i < 2; ++i) {
          absl::StatusOr<Row> row = factory.MakeRow(context, strategy, traits, {});
          ASSERT_TRUE(row.ok()) << row.status();
          out += std::string(StrategyName(strategy)) + " " + name +
                 (traits.empty() ? "" : "[" + traits[0] + "]") + ": " + row->ToString() + "\n";
        }
      }
    }
  }
  Context context(2026);
  absl::StatusOr<Dataset> data = RunScenario("golden_shop", context);
  ASSERT_TRUE(data.ok()) << data.status();
  out += "scenario golden_shop:\n" + *json::WriteSnapshot(*data);
  EXPECT_TRUE(testing_internal::MatchesGoldenFile(out, "factory_golden.txt"));
}

}  // namespace
}  // namespace gtest_data
