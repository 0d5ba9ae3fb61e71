// Copyright 2026 The gtest_data Authors.
//
// A realistic example domain for the factory, scenario and JSON tests:
// customers with addresses, products, orders with order lines, payments.

#ifndef GTEST_DATA_TESTS_FACTORY_SHOP_DOMAIN_H_
#define GTEST_DATA_TESTS_FACTORY_SHOP_DOMAIN_H_

#include <cstdint>
#include <optional>
#include <string>

#include "gtest_data/factory.h"
#include "gtest_data/fake/address.h"
#include "gtest_data/fake/codes.h"
#include "gtest_data/fake/finance.h"
#include "gtest_data/json/json.h"
#include "gtest_data/random/distributions.h"

namespace shop {

struct Customer {
  int64_t id = 0;
  std::string first_name;
  std::string last_name;
  std::string email;
  std::string tier = "standard";
  std::optional<std::string> phone;
  int64_t credit_limit_minor = 0;
};
GTEST_DATA_DESCRIBE(Customer, id, first_name, last_name, email, tier, phone, credit_limit_minor);
GTEST_DATA_JSON(Customer);

struct Address {
  int64_t id = 0;
  int64_t customer_id = 0;
  std::string street;
  std::string city;
  std::string postal_code;
  std::string country_code;
};
GTEST_DATA_DESCRIBE(Address, id, customer_id, street, city, postal_code, country_code);
GTEST_DATA_JSON(Address);

struct Product {
  int64_t id = 0;
  std::string sku;
  std::string name;
  int64_t price_minor = 0;
  std::string currency = "USD";
  bool active = true;
};
GTEST_DATA_DESCRIBE(Product, id, sku, name, price_minor, currency, active);
GTEST_DATA_JSON(Product);

struct Order {
  int64_t id = 0;
  int64_t customer_id = 0;
  std::string number;
  std::string status = "placed";
  int64_t placed_on = 0;  // days since the epoch
  int64_t total_minor = 0;
};
GTEST_DATA_DESCRIBE(Order, id, customer_id, number, status, placed_on, total_minor);
GTEST_DATA_JSON(Order);

struct OrderLine {
  int64_t id = 0;
  int64_t order_id = 0;
  int64_t product_id = 0;
  int64_t quantity = 1;
  int64_t unit_price_minor = 0;
};
GTEST_DATA_DESCRIBE(OrderLine, id, order_id, product_id, quantity, unit_price_minor);
GTEST_DATA_JSON(OrderLine);

struct Payment {
  int64_t id = 0;
  int64_t order_id = 0;
  std::string card_number;
  int64_t amount_minor = 0;
  std::string state = "captured";
};
GTEST_DATA_DESCRIBE(Payment, id, order_id, card_number, amount_minor, state);
GTEST_DATA_JSON(Payment);

inline gtest_data::Factory<Customer>& Customers() {
  using gtest_data::Gen;
  static gtest_data::Factory<Customer>* const f = [] {
    auto* c = new gtest_data::Factory<Customer>("customer", "customers");
    c->Key(&Customer::id);
    c->Transient("vip_since", gtest_data::Value());
    c->Field(&Customer::first_name, [](Gen<Customer>& g) { return g.Fake("person.first_name"); });
    c->Field(&Customer::last_name, [](Gen<Customer>& g) { return g.Fake("person.last_name"); });
    // Computed from the fields above (overrides included).
    c->Field(&Customer::email, [](Gen<Customer>& g) {
      std::string local;
      for (char ch : g.object().first_name + "." + g.object().last_name) {
        if ((ch >= 'a' && ch <= 'z') || ch == '.') local.push_back(ch);
        if (ch >= 'A' && ch <= 'Z') local.push_back(static_cast<char>(ch - 'A' + 'a'));
      }
      return local + "@example.com";
    });
    c->Field(&Customer::credit_limit_minor,
             [](Gen<Customer>& g) { return gtest_data::UniformInt(g.rng(), 100, 5000) * 100; });
    c->Trait("with_phone").Field(&Customer::phone, [](Gen<Customer>& g) {
      return std::optional<std::string>(g.Fake("phone.e164"));
    });
    c->Trait("gold").Set(&Customer::tier, std::string("gold")).Field(
        &Customer::credit_limit_minor,
        [](Gen<Customer>& g) { return gtest_data::UniformInt(g.rng(), 10000, 50000) * 100; });
    c->Trait("vip").Uses({"gold", "with_phone"}).Set(&Customer::tier, std::string("vip"));
    return c;
  }();
  return *f;
}

inline gtest_data::Factory<Address>& Addresses() {
  using gtest_data::Gen;
  static gtest_data::Factory<Address>* const f = [] {
    auto* a = new gtest_data::Factory<Address>("address", "addresses");
    a->Key(&Address::id);
    a->Association(&Address::customer_id, Customers(), &Customer::id);
    // One coherent address: street, city and postal code from one draw.
    a->AfterBuild([](Address& address, Gen<Address>& g) {
      gtest_data::fake::AddressOptions parts;
      parts.full_text = false;
      parts.location = false;
      const auto made = gtest_data::fake::MakeAddress(g.locale(), g.rng(), parts);
      if (address.street.empty()) address.street = made.street_address;
      if (address.city.empty()) address.city = made.city;
      if (address.postal_code.empty()) address.postal_code = made.postal_code;
      if (address.country_code.empty()) address.country_code = made.country_code;
    });
    return a;
  }();
  return *f;
}

inline gtest_data::Factory<Product>& Products() {
  using gtest_data::Gen;
  static gtest_data::Factory<Product>* const f = [] {
    auto* p = new gtest_data::Factory<Product>("product", "products");
    p->Key(&Product::id);
    p->Sequence(&Product::sku, [](int64_t n) {
      std::string digits = std::to_string(n);
      return "SKU-" + std::string(digits.size() < 6 ? 6 - digits.size() : 0, '0') + digits;
    });
    p->Field(&Product::name, [](Gen<Product>& g) { return g.Fake("commerce.product_name"); });
    p->Field(&Product::price_minor,
             [](Gen<Product>& g) { return gtest_data::UniformInt(g.rng(), 199, 99999); });
    p->Trait("discontinued").Set(&Product::active, false);
    return p;
  }();
  return *f;
}

inline gtest_data::Factory<Order>& Orders() {
  using gtest_data::Gen;
  static gtest_data::Factory<Order>* const f = [] {
    auto* o = new gtest_data::Factory<Order>("order", "orders");
    o->Key(&Order::id);
    o->Association(&Order::customer_id, Customers(), &Customer::id);
    o->Sequence(&Order::number, [](int64_t n) { return "ORD-" + std::to_string(100000 + n); });
    o->Field(&Order::placed_on, [](Gen<Order>& g) {
      return gtest_data::UniformInt(g.rng(), g.today() - 365, g.today());
    });
    o->Trait("shipped").Set(&Order::status, std::string("shipped"));
    o->Trait("cancelled").Set(&Order::status, std::string("cancelled"));
    o->Validate([](const Order& order) {
      return order.total_minor >= 0 ? absl::OkStatus()
                                    : absl::InvalidArgumentError("negative total");
    });
    return o;
  }();
  return *f;
}

inline gtest_data::Factory<OrderLine>& OrderLines() {
  using gtest_data::Gen;
  static gtest_data::Factory<OrderLine>* const f = [] {
    auto* l = new gtest_data::Factory<OrderLine>("order_line", "order_lines");
    l->Key(&OrderLine::id);
    l->Association(&OrderLine::order_id, Orders(), &Order::id);
    l->Association(&OrderLine::product_id, Products(), &Product::id);
    l->Field(&OrderLine::quantity,
             [](Gen<OrderLine>& g) { return gtest_data::UniformInt(g.rng(), 1, 5); });
    l->Field(&OrderLine::unit_price_minor,
             [](Gen<OrderLine>& g) { return gtest_data::UniformInt(g.rng(), 199, 9999); });
    return l;
  }();
  return *f;
}

inline gtest_data::Factory<Payment>& Payments() {
  using gtest_data::Gen;
  static gtest_data::Factory<Payment>* const f = [] {
    auto* p = new gtest_data::Factory<Payment>("payment", "payments");
    p->Key(&Payment::id);
    p->Association(&Payment::order_id, Orders(), &Order::id);
    p->Field(&Payment::card_number, [](Gen<Payment>& g) { return g.Fake("finance.card_number"); });
    p->Field(&Payment::amount_minor,
             [](Gen<Payment>& g) { return gtest_data::UniformInt(g.rng(), 100, 100000); });
    p->Trait("declined").Set(&Payment::state, std::string("declined"));
    return p;
  }();
  return *f;
}

inline const gtest_data::FactoryRegistry& ShopFactories() {
  static const gtest_data::FactoryRegistry* const registry = [] {
    auto* r = new gtest_data::FactoryRegistry();
    for (const gtest_data::FactoryBase* f :
         std::initializer_list<const gtest_data::FactoryBase*>{
             &Customers(), &Addresses(), &Products(), &Orders(), &OrderLines(), &Payments()}) {
      if (!r->Add(*f).ok()) std::abort();
    }
    return r;
  }();
  return *registry;
}

inline const gtest_data::Schema& ShopSchema() {
  static const gtest_data::Schema* const schema = [] {
    auto* s = new gtest_data::Schema();
    s->AddTable<Customer>("customers");
    s->AddTable<Address>("addresses", "id", {{"customer_id", "customers"}});
    s->AddTable<Product>("products");
    s->AddTable<Order>("orders", "id", {{"customer_id", "customers"}});
    s->AddTable<OrderLine>("order_lines", "id",
                           {{"order_id", "orders"}, {"product_id", "products"}});
    s->AddTable<Payment>("payments", "id", {{"order_id", "orders"}});
    return s;
  }();
  return *schema;
}

}  // namespace shop

#endif  // GTEST_DATA_TESTS_FACTORY_SHOP_DOMAIN_H_
