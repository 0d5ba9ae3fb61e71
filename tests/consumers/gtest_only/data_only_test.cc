// Copyright 2026 The gtest_data Authors.
//
// DataTest without a database: a scenario, an invariant, a factory, all
// linked from gtest_data::gtest and gtest_data::main alone.

#include <fstream>
#include <string>

#include "gtest/gtest.h"
#include "gtest_data/factory.h"
#include "gtest_data/gtest.h"

namespace shop {
struct Customer {
  int64_t id = 0;
  std::string name;
  std::string email;
};
GTEST_DATA_DESCRIBE(Customer, id, name, email);

const gtest_data::Factory<Customer>& Customers() {
  static const auto* const f = [] {
    auto* c = new gtest_data::Factory<Customer>("customer", "customers");
    c->Key(&Customer::id);
    c->Fake(&Customer::name, "person.full_name");
    c->Fake(&Customer::email, "internet.email");
    return c;
  }();
  return *f;
}
}  // namespace shop

GTEST_DATA_SCENARIO(two_customers, s) {
  s.Create(shop::Customers(), "ada");
  s.Create(shop::Customers(), "bob");
}

class ShopTest : public gtest_data::DataTest {};

DATA_TEST_F(ShopTest, HasTwoCustomers, two_customers) {
  EXPECT_EQ(Objects<shop::Customer>("customers").size(), 2u);
  EXPECT_NE(Get<shop::Customer>("customers", "ada").email.find('@'), std::string::npos);
}

// Neither database library is in this process.
TEST(LinkTest, NoDatabaseLibraryIsLoaded) {
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    EXPECT_EQ(line.find("libpq"), std::string::npos) << line;
    EXPECT_EQ(line.find("libsqlite3"), std::string::npos) << line;
  }
}
