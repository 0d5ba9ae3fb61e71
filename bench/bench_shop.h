// Copyright 2026 The gtest_data Authors.
//
// The objects gtest_overhead and db_test_overhead make, and their
// factories: a customer, products, order lines (the same fake-data
// providers as their hand-written sides use).

#ifndef GTEST_DATA_BENCH_BENCH_SHOP_H_
#define GTEST_DATA_BENCH_BENCH_SHOP_H_

#include <cstdint>
#include <string>

#include "gtest_data/factory.h"

namespace bench_shop {

struct Customer {
  int64_t id = 0;
  std::string name;
  std::string email;
  std::string tier = "standard";
};
GTEST_DATA_DESCRIBE(Customer, id, name, email, tier);

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

using gtest_data::Gen;

inline const gtest_data::Factory<Customer>& Customers() {
  static const auto* const f = [] {
    auto* c = new gtest_data::Factory<Customer>("customer", "customers");
    c->Key(&Customer::id);
    c->Field(&Customer::name, [](Gen<Customer>& g) { return g.Fake("person.full_name"); });
    c->Field(&Customer::email, [](Gen<Customer>& g) { return g.Fake("internet.email"); });
    return c;
  }();
  return *f;
}

inline const gtest_data::Factory<Product>& Products() {
  static const auto* const f = [] {
    auto* p = new gtest_data::Factory<Product>("product", "products");
    p->Key(&Product::id);
    p->Field(&Product::name, [](Gen<Product>& g) { return g.Fake("commerce.product_name"); });
    p->Field(&Product::price_minor,
             [](Gen<Product>& g) { return gtest_data::UniformInt(g.rng(), 100, 5000); });
    return p;
  }();
  return *f;
}

inline const gtest_data::Factory<OrderLine>& OrderLines() {
  static const auto* const f = [] {
    auto* l = new gtest_data::Factory<OrderLine>("order_line", "order_lines");
    l->Key(&OrderLine::id);
    l->Field(&OrderLine::quantity,
             [](Gen<OrderLine>& g) { return gtest_data::UniformInt(g.rng(), 1, 4); });
    return l;
  }();
  return *f;
}

}  // namespace bench_shop

#endif  // GTEST_DATA_BENCH_BENCH_SHOP_H_
