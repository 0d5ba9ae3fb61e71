// Copyright 2026 The gtest_data Authors.
//
// Factory<T> is thread-compatible: a const factory builds on several threads
// at once, each thread with its own Context. Built with ThreadSanitizer
// (tests/CMakeLists.txt compiles the seeded core and the factory module into
// this program with -fsanitize=thread), so a data race in the library (the
// plan cache, the field registry, the locale tables, the entity memo) stops
// it. It also checks that each thread's objects equal those one thread
// builds alone: the same seed gives the same data whatever runs beside it.
//
// A plain program, not a GoogleTest binary: Debian's GoogleTest is not built
// with ThreadSanitizer.

#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "gtest_data/factory/context.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/factory.h"

namespace threads_shop {

struct Customer {
  int64_t id = 0;
  std::string name;
  std::string email;
  std::string city;
  std::string tier;
  std::string note;
};
GTEST_DATA_DESCRIBE(Customer, id, name, email, city, tier, note);

}  // namespace threads_shop

namespace {

using gtest_data::Context;
using gtest_data::Factory;
using gtest_data::Gen;
using gtest_data::Traits;
using threads_shop::Customer;

std::string Describe(const std::vector<Customer>& list) {
  std::string out;
  for (const Customer& c : list) {
    out += std::to_string(c.id) + "|" + c.name + "|" + c.email + "|" + c.city + "|" + c.tier +
           "|" + c.note + "\n";
  }
  return out;
}

// What one thread builds: every trait combination (so plans are compiled
// concurrently), created through the context's memory sink.
std::string Work(const Factory<Customer>& customers, uint64_t seed) {
  Context context(seed, gtest_data::fake::Locale::Find(seed % 2 ? "de_DE" : "ja_JP"));
  std::vector<Customer> all = customers.BuildList(context, 200);
  for (const auto& traits : std::vector<std::vector<std::string>>{
           {"gold"}, {"noted"}, {"gold", "noted"}, {"noted", "gold"}}) {
    for (int i = 0; i < 50; ++i) all.push_back(customers.Create(context, Traits(traits)));
  }
  return Describe(all);
}

}  // namespace

int main() {
  Factory<Customer> customers("customer", "customers");
  customers.Key(&Customer::id);
  customers.Fake(&Customer::name, "person.full_name");
  customers.Fake(&Customer::email, "internet.email");
  customers.Fake(&Customer::city, "address.city");
  customers.Set(&Customer::tier, std::string("standard"));
  customers.Trait("gold").Set(&Customer::tier, std::string("gold"));
  customers.Trait("noted").Field(&Customer::note, [](Gen<Customer>& g) {
    return g.Fake("lorem.sentence");
  });
  const Factory<Customer>& shared = customers;

  constexpr int kThreads = 4;
  // The threads run first, so that what is made on first use (the parsed
  // locales, the plan cache, each thread's entity memo) is made while
  // they race for it.
  std::vector<std::string> together(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] { together[t] = Work(shared, 100 + t); });
  }
  for (std::thread& thread : threads) thread.join();
  // The expected output, one thread at a time, from a copy (a copy has its
  // own plan cache).
  std::vector<std::string> alone(kThreads);
  {
    const Factory<Customer> copy = customers;
    for (int t = 0; t < kThreads; ++t) alone[t] = Work(copy, 100 + t);
  }
  for (int t = 0; t < kThreads; ++t) {
    if (together[t] != alone[t]) {
      std::fprintf(stderr, "thread %d built other objects than it does alone\n", t);
      return 1;
    }
  }
  std::printf("ok: %d threads built from one factory, each as it does alone\n", kThreads);
  return 0;
}
