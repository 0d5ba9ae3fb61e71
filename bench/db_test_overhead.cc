// Copyright 2026 The gtest_data Authors.
//
// A DbTest's per-test cost against the same inserts written by hand, in
// one run (issue 13), on SQLite in memory.
//
// Two suites of value-parameterised tests put the same ten rows (one
// customer, three products, six order lines) into the same schema, from the
// same fake-data providers, inside a transaction rolled back at the end:
//   Hand: a plain fixture holding one sqlite3 connection for the suite,
//         with an INSERT per table prepared once; SetUp() begins, makes
//         the objects by hand and inserts them; TearDown() rolls back;
//   Data: a gtest_data::DbTest (rollback isolation, key checks and leak
//         check on, as by default) whose DATA_TEST_P declares a ten-object
//         scenario that the factories persist.
// Each test's wall time runs from GoogleTest's OnTestStart to OnTestEnd.
// The suites run alternately (Hand, Data, Data, Hand) in one process; the
// medians per side, their ratio and the peak RSS are printed. Target: the
// ratio at most 1.5.
//
//   GTEST_DATA_BENCH_TESTS=N db_test_overhead [--gtest_repeat=R]

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/gtest.h"
#include "gtest_data/gtest/db_test.h"
#include "bench_shop.h"

namespace {

int TestCount() {
  const char* text = std::getenv("GTEST_DATA_BENCH_TESTS");
  return text != nullptr ? std::atoi(text) : 2000;
}

constexpr char kSchema[] =
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL "
    "UNIQUE, tier TEXT NOT NULL);"
    "CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price_minor INTEGER NOT "
    "NULL);"
    "CREATE TABLE order_lines (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES "
    "customers (id), product_id INTEGER NOT NULL REFERENCES products (id), quantity INTEGER NOT "
    "NULL);";
GTEST_DATA_SCHEMA_SQL(bench_shop, kSchema);

using bench_shop::Customer;
using bench_shop::Customers;
using bench_shop::OrderLine;
using bench_shop::OrderLines;
using bench_shop::Product;
using bench_shop::Products;

GTEST_DATA_SCENARIO(ten_rows, s) {
  Customer& customer = s.Create(Customers(), "customer");
  for (int i = 0; i < 3; ++i) {
    Product& product = s.Create(Products(), "");
    for (int j = 0; j < 2; ++j) {
      s.Create(OrderLines(), "", gtest_data::With(&OrderLine::customer_id, customer.id),
               gtest_data::With(&OrderLine::product_id, product.id));
    }
  }
}

void Check(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

// The hand-written side: one connection, the same schema, an INSERT per
// table prepared once.
class Hand : public ::testing::TestWithParam<int> {
 protected:
  static void SetUpTestSuite() {
    Check(db_, sqlite3_open(":memory:", &db_), "open");
    Check(db_, sqlite3_exec(db_, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr), "fk");
    Check(db_, sqlite3_exec(db_, kSchema, nullptr, nullptr, nullptr), "schema");
    Check(db_,
          sqlite3_prepare_v2(db_, "INSERT INTO customers (name, email, tier) VALUES (?, ?, ?)",
                             -1, &customer_, nullptr),
          "prepare");
    Check(db_,
          sqlite3_prepare_v2(db_, "INSERT INTO products (name, price_minor) VALUES (?, ?)", -1,
                             &product_, nullptr),
          "prepare");
    Check(db_,
          sqlite3_prepare_v2(db_,
                             "INSERT INTO order_lines (customer_id, product_id, quantity) "
                             "VALUES (?, ?, ?)",
                             -1, &line_, nullptr),
          "prepare");
  }
  static void TearDownTestSuite() {
    sqlite3_finalize(customer_);
    sqlite3_finalize(product_);
    sqlite3_finalize(line_);
    sqlite3_close(db_);
  }

  static int64_t Run(sqlite3_stmt* st) {
    Check(db_, sqlite3_step(st), "insert");
    sqlite3_reset(st);
    return sqlite3_last_insert_rowid(db_);
  }

  void SetUp() override {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    faker_ = std::make_unique<gtest_data::fake::Faker>(gtest_data::DeriveSeed(
        42, std::string(info->test_suite_name()) + "." + info->name()));
    rng_ = gtest_data::Rng(faker_->seed());
    Check(db_, sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr), "begin");
    customer = Customer{0, faker_->Field("person.full_name"), faker_->Field("internet.email")};
    sqlite3_bind_text(customer_, 1, customer.name.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(customer_, 2, customer.email.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(customer_, 3, customer.tier.c_str(), -1, SQLITE_STATIC);
    customer.id = Run(customer_);
    for (int i = 0; i < 3; ++i) {
      Product p{0, faker_->Field("commerce.product_name"), gtest_data::UniformInt(rng_, 100, 5000)};
      sqlite3_bind_text(product_, 1, p.name.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64(product_, 2, p.price_minor);
      p.id = Run(product_);
      products.push_back(std::move(p));
      for (int j = 0; j < 2; ++j) {
        OrderLine l{0, customer.id, products.back().id, gtest_data::UniformInt(rng_, 1, 4)};
        sqlite3_bind_int64(line_, 1, l.customer_id);
        sqlite3_bind_int64(line_, 2, l.product_id);
        sqlite3_bind_int64(line_, 3, l.quantity);
        l.id = Run(line_);
        lines.push_back(l);
      }
    }
  }
  void TearDown() override {
    Check(db_, sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr), "rollback");
  }

  static sqlite3* db_;
  static sqlite3_stmt* customer_;
  static sqlite3_stmt* product_;
  static sqlite3_stmt* line_;
  std::unique_ptr<gtest_data::fake::Faker> faker_;
  gtest_data::Rng rng_{0};
  Customer customer;
  std::vector<Product> products;
  std::vector<OrderLine> lines;
};
sqlite3* Hand::db_ = nullptr;
sqlite3_stmt* Hand::customer_ = nullptr;
sqlite3_stmt* Hand::product_ = nullptr;
sqlite3_stmt* Hand::line_ = nullptr;

TEST_P(Hand, InsertsTenRows) {
  ASSERT_EQ(products.size() + lines.size() + 1, 10u);
  EXPECT_GT(lines.back().id, 0);
}

class Data : public gtest_data::DbTest, public ::testing::WithParamInterface<int> {};

GTEST_DATA_TEST_P(Data, InsertsTenRows, ten_rows) {
  ASSERT_EQ(data().row_count(), 10u);
  EXPECT_GT(Objects<OrderLine>("order_lines").back()->id, 0);
}

INSTANTIATE_TEST_SUITE_P(A, Hand, ::testing::Range(0, TestCount()));
INSTANTIATE_TEST_SUITE_P(A, Data, ::testing::Range(0, TestCount()));
INSTANTIATE_TEST_SUITE_P(B, Data, ::testing::Range(0, TestCount()));
INSTANTIATE_TEST_SUITE_P(B, Hand, ::testing::Range(0, TestCount()));

// Times each test from start to end; per side and round, the mean.
class Timer : public ::testing::EmptyTestEventListener {
 public:
  void OnTestStart(const ::testing::TestInfo& info) override {
    const std::string suite = info.test_suite_name();
    // A round is one A/B pair of a side: A/Hand, A/Data, B/Data, B/Hand.
    if (suite != suite_) {
      suite_ = suite;
      ++round_;
    }
    start_ = std::chrono::steady_clock::now();
  }
  void OnTestEnd(const ::testing::TestInfo& info) override {
    const double us = std::chrono::duration<double, std::micro>(
                          std::chrono::steady_clock::now() - start_)
                          .count();
    const bool data = std::strstr(info.test_suite_name(), "Data") != nullptr;
    Side& side = sides_[round_];
    side.data = data;
    side.total_us += us;
    ++side.tests;
  }
  void OnTestProgramEnd(const ::testing::UnitTest&) override {
    std::vector<double> hand, data;
    for (const auto& [round, side] : sides_) {
      (side.data ? data : hand).push_back(side.total_us / static_cast<double>(side.tests));
    }
    auto median = [](std::vector<double> v) {
      std::sort(v.begin(), v.end());
      return v.empty() ? 0.0 : v[v.size() / 2];
    };
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nper-test wall time, median of %zu suites per side (%d tests each):\n",
                hand.size(), TestCount());
    std::printf("  plain TEST_P, 10 inserts by hand:    %8.2f us\n", median(hand));
    std::printf("  DbTest, 10-object scenario:          %8.2f us\n", median(data));
    std::printf("  ratio DbTest / by hand:              %8.2f  (target <= 1.5)\n",
                median(data) / median(hand));
    std::printf("  peak RSS:                            %8ld KiB\n", usage.ru_maxrss);
  }

 private:
  struct Side {
    bool data = false;
    double total_us = 0;
    int64_t tests = 0;
  };
  std::string suite_;
  int round_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::map<int, Side> sides_;
};

}  // namespace

int main(int argc, char** argv) {
  gtest_data::InitGoogleTestData(&argc, argv);
  ::testing::TestEventListeners& listeners = ::testing::UnitTest::GetInstance()->listeners();
  delete listeners.Release(listeners.default_result_printer());
  listeners.Append(new Timer());
  return RUN_ALL_TESTS();
}
