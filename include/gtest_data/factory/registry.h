// Copyright 2026 The gtest_data Authors.
//
// FactoryRegistry: factories by name, and Lint(), which builds every
// factory once plainly and once with each of its traits and reports every
// failure (as factory_bot's lint does), usable as one test:
//
//   TEST(ShopFactoriesTest, Lint) {
//     Context context(7);
//     const absl::Status status = LintFactories(ShopFactories(), context);
//     EXPECT_TRUE(status.ok()) << status;
//   }
//
// The registry holds pointers: registered factories must outlive it.
// Thread-compatible.

#ifndef GTEST_DATA_FACTORY_REGISTRY_H_
#define GTEST_DATA_FACTORY_REGISTRY_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/factory/context.h"
#include "gtest_data/factory/factory.h"

namespace gtest_data {

class FactoryRegistry {
 public:
  // Registers `factory` under its name; a second factory of the same name
  // is kAlreadyExists.
  absl::Status Add(const FactoryBase& factory);

  // The factory named `name`, or nullptr.
  const FactoryBase* Find(std::string_view name) const;

  // Names in registration order.
  const std::vector<std::string>& names() const { return order_; }

 private:
  std::vector<std::string> order_;
  std::map<std::string, const FactoryBase*, std::less<>> factories_;
};

// One failed lint build.
struct LintFailure {
  std::string factory;
  std::string trait;  // empty for the plain build
  std::string message;
};

// Builds (by `strategy`) each registered factory without traits and then
// with each trait alone, in a fresh scope of `context` per factory, and
// returns every failure. Errors go to the returned list, not to the
// context's error handler. Creates persist into `context`'s sink.
std::vector<LintFailure> Lint(const FactoryRegistry& registry, Context& context,
                              Strategy strategy = Strategy::kBuild);

// Lint() as one status: OK, or kInvalidArgument listing every failure, one
// per line ("customer[gold]: ...").
absl::Status LintFactories(const FactoryRegistry& registry, Context& context,
                           Strategy strategy = Strategy::kBuild);

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_REGISTRY_H_
