// Copyright 2026 The gtest_data Authors.
//
// Sample 01: seeded random data in plain GoogleTest.
//
// Each test derives its own seed from the run seed and its full name, so its
// data does not depend on which other tests run or in which order
// (--gtest_filter, --gtest_shuffle, sharding). Rerun with GTEST_DATA_SEED=N
// to see other data, or GTEST_DATA_SEED=random for a fresh seed, printed.
//
// The GoogleTest integration (fixtures, scenarios, the usage report) builds
// this seed plumbing in; here it is spelled out with the random module alone.

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/random.h"

namespace {

using gtest_data::DeriveSeed;
using gtest_data::Rng;

// The run seed, resolved once: GTEST_DATA_SEED or the default.
uint64_t RunSeed() {
  static const uint64_t seed = [] {
    std::string error;
    auto choice = gtest_data::ResolveRunSeed(
        nullptr, std::getenv(gtest_data::kSeedEnvironmentVariable), &error);
    if (!choice) {
      std::cerr << error << "\n";
      std::exit(2);
    }
    std::cout << gtest_data::DescribeSeedChoice(*choice) << "\n";
    return choice->seed;
  }();
  return seed;
}

class SeededTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string name =
        std::string(info->test_suite_name()) + "." + info->name();
    seed_ = DeriveSeed(RunSeed(), name);
    RecordProperty("gtest_data_seed", gtest_data::FormatSeed(seed_));
    trace_ = std::make_unique<::testing::ScopedTrace>(
        __FILE__, __LINE__,
        "replay: --gtest_filter=" + name +
            " GTEST_DATA_SEED=" + gtest_data::FormatSeed(RunSeed()));
  }

  // A stream of its own for each kind of value the test draws.
  Rng Stream(const char* name) const { return Rng(DeriveSeed(seed_, name)); }

  uint64_t seed_ = 0;
  std::unique_ptr<::testing::ScopedTrace> trace_;
};

struct OrderLine {
  int64_t quantity;
  int64_t unit_price_cents;
};

int64_t TotalCents(const std::vector<OrderLine>& lines) {
  int64_t total = 0;
  for (const OrderLine& line : lines) total += line.quantity * line.unit_price_cents;
  return total;
}

TEST_F(SeededTest, TotalIsSumOfLines) {
  Rng quantities = Stream("quantity");
  Rng prices = Stream("unit_price");
  std::vector<OrderLine> lines;
  int64_t expected = 0;
  for (int i = 0; i < 5; ++i) {
    const OrderLine line{gtest_data::UniformInt(quantities, 1, 12),
                         gtest_data::UniformInt(prices, 99, 99999)};
    expected += line.quantity * line.unit_price_cents;
    lines.push_back(line);
  }
  EXPECT_EQ(TotalCents(lines), expected);
}

TEST_F(SeededTest, ShuffledLinesKeepTheirTotal) {
  Rng quantities = Stream("quantity");
  std::vector<OrderLine> lines;
  for (int i = 0; i < 20; ++i) {
    lines.push_back({gtest_data::UniformInt(quantities, 1, 3), 250});
  }
  const int64_t before = TotalCents(lines);
  Rng order = Stream("order");
  gtest_data::Shuffle(order, lines.begin(), lines.end());
  EXPECT_EQ(TotalCents(lines), before);
}

TEST_F(SeededTest, SameNameSameData) {
  // Two streams of the same name in the same test agree: the data is a
  // function of (run seed, test name, stream name) only.
  Rng a = Stream("quantity");
  Rng b = Stream("quantity");
  EXPECT_EQ(gtest_data::UniformBelow(a, 1000), gtest_data::UniformBelow(b, 1000));
}

}  // namespace
