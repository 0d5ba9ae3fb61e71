// Copyright 2026 The gtest_data Authors.
//
// Per-test overhead of the GoogleTest integration.
//
// Two suites of value-parameterised tests make the same ten objects (one
// customer, three products, six order lines) from the same fake-data
// providers:
//   Hand: a plain fixture (testing::TestWithParam) that seeds a Faker from
//         the test's name and fills the structs by hand;
//   Data: a gtest_data::DataTestWithParam whose DATA_TEST_P declares a
//         ten-object scenario, with one invariant checked after set-up and
//         in tear-down and the report listener installed.
// Each test's wall time runs from GoogleTest's OnTestStart to OnTestEnd,
// so both sides include GoogleTest's own per-test work. The suites run
// alternately (Hand, Data, Data, Hand) in one process, --gtest_repeat
// times; the ratio and the extra microseconds per test are printed with
// the peak RSS. Target: at most 10 µs extra per test.
//
//   GTEST_DATA_BENCH_TESTS=N gtest_overhead [--gtest_repeat=R] [--data_report=PATH]
//
// N tests per suite (default 5000; four suites). With --data_report every
// test's record is also written to the report as it ends; peak RSS then
// stays that of GoogleTest's own registry of N tests (compare N and 10 N
// with and without the flag).

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/gtest.h"
#include "bench_shop.h"

namespace {

int TestCount() {
  const char* text = std::getenv("GTEST_DATA_BENCH_TESTS");
  return text != nullptr ? std::atoi(text) : 5000;
}

using bench_shop::Customer;
using bench_shop::Customers;
using bench_shop::OrderLine;
using bench_shop::OrderLines;
using bench_shop::Product;
using bench_shop::Products;

GTEST_DATA_SCENARIO(ten_objects, s) {
  Customer& customer = s.Create(Customers(), "customer");
  for (int i = 0; i < 3; ++i) {
    Product& product = s.Create(Products(), "");
    for (int j = 0; j < 2; ++j) {
      s.Create(OrderLines(), "", gtest_data::With(&OrderLine::customer_id, customer.id),
               gtest_data::With(&OrderLine::product_id, product.id));
    }
  }
}

GTEST_DATA_INVARIANT(prices_positive,
                     gtest_data::EveryObject<Product>(
                         "products", [](const Product& p) { return p.price_minor > 0; },
                         "price_minor > 0"));

// The hand-written side: the same providers, seeded by hand.
class Hand : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    faker_ = std::make_unique<gtest_data::fake::Faker>(gtest_data::DeriveSeed(
        42, std::string(info->test_suite_name()) + "." + info->name()));
    rng_ = gtest_data::Rng(faker_->seed());
    customer_ = Customer{1, faker_->Field("person.full_name"), faker_->Field("internet.email")};
    int64_t line_id = 0;
    for (int i = 0; i < 3; ++i) {
      products_.push_back(Product{i + 1, faker_->Field("commerce.product_name"),
                                  gtest_data::UniformInt(rng_, 100, 5000)});
      for (int j = 0; j < 2; ++j) {
        lines_.push_back(OrderLine{++line_id, customer_.id, products_.back().id,
                                   gtest_data::UniformInt(rng_, 1, 4)});
      }
    }
  }

  std::unique_ptr<gtest_data::fake::Faker> faker_;
  gtest_data::Rng rng_{0};
  Customer customer_;
  std::vector<Product> products_;
  std::vector<OrderLine> lines_;
};

TEST_P(Hand, UsesTenObjects) {
  ASSERT_EQ(products_.size() + lines_.size() + 1, 10u);
  EXPECT_GT(products_[0].price_minor, 0);
}

class Data : public gtest_data::DataTestWithParam<int> {};

GTEST_DATA_TEST_P(Data, UsesTenObjects, ten_objects) {
  ASSERT_EQ(data().row_count(), 10u);
  EXPECT_GT(Objects<Product>("products")[0]->price_minor, 0);
}

INSTANTIATE_TEST_SUITE_P(A, Hand, ::testing::Range(0, TestCount()));
INSTANTIATE_TEST_SUITE_P(A, Data, ::testing::Range(0, TestCount()));
INSTANTIATE_TEST_SUITE_P(B, Data, ::testing::Range(0, TestCount()));
INSTANTIATE_TEST_SUITE_P(B, Hand, ::testing::Range(0, TestCount()));

// Times each test from start to end and sums per side and iteration.
class Timer : public ::testing::EmptyTestEventListener {
 public:
  void OnTestIterationStart(const ::testing::UnitTest&, int iteration) override {
    iteration_ = iteration;
  }
  void OnTestStart(const ::testing::TestInfo&) override {
    start_ = std::chrono::steady_clock::now();
  }
  void OnTestEnd(const ::testing::TestInfo& info) override {
    const double us = std::chrono::duration<double, std::micro>(
                          std::chrono::steady_clock::now() - start_)
                          .count();
    const bool data = std::strstr(info.test_suite_name(), "Data") != nullptr;
    Side& side = sides_[{iteration_, data}];
    side.total_us += us;
    ++side.tests;
  }
  void OnTestProgramEnd(const ::testing::UnitTest&) override {
    std::vector<double> hand, data, extra;
    for (const auto& [key, side] : sides_) {
      (key.second ? data : hand).push_back(side.total_us / side.tests);
    }
    for (size_t i = 0; i < hand.size() && i < data.size(); ++i) extra.push_back(data[i] - hand[i]);
    auto median = [](std::vector<double> v) {
      std::sort(v.begin(), v.end());
      return v.empty() ? 0.0 : v[v.size() / 2];
    };
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nper-test wall time, median of %zu rounds (%d tests per side per round):\n",
                hand.size(), 2 * TestCount());
    std::printf("  plain TEST_P, objects by hand:       %8.2f us\n", median(hand));
    std::printf("  DataTest, 10-object scenario:        %8.2f us\n", median(data));
    std::printf("  extra per test:                      %8.2f us  (target <= 10)\n",
                median(extra));
    std::printf("  ratio DataTest / plain:              %8.2f\n", median(data) / median(hand));
    std::printf("  peak RSS:                            %8ld KiB\n", usage.ru_maxrss);
  }

 private:
  struct Side {
    double total_us = 0;
    int64_t tests = 0;
  };
  int iteration_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::map<std::pair<int, bool>, Side> sides_;
};

}  // namespace

int main(int argc, char** argv) {
  gtest_data::InitGoogleTestData(&argc, argv);
  ::testing::TestEventListeners& listeners = ::testing::UnitTest::GetInstance()->listeners();
  delete listeners.Release(listeners.default_result_printer());
  listeners.Append(new Timer());
  return RUN_ALL_TESTS();
}
