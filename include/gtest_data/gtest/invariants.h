// Copyright 2026 The gtest_data Authors.
//
// Invariants: C++ predicates over a test's data, registered for every test
// or for one fixture, checked by DataTest after set-up (before the body)
// and in tear-down. A violation fails the test with the invariant's name,
// the phase and the offending record:
//
//   invariant "prices_positive" violated after set-up: products[2] @cheap
//   {"id": 3, "price_minor": -5}: expected price_minor > 0
//
//   GTEST_DATA_INVARIANT(prices_positive, gtest_data::EveryObject<Product>(
//       "products", [](const Product& p) { return p.price_minor > 0; },
//       "price_minor > 0"));
//   GTEST_DATA_SUITE_INVARIANT(CheckoutTest, one_buyer, [](const Dataset& d) {
//     ...return absl::OkStatus() or an error naming the record...
//   });
//
// Data shared between tests (DataTest::SharedScenario) is also checked:
// every shared record is fingerprinted before each test and compared after
// it, and a changed record fails the test that changed it.
//
// Registration happens during static initialisation or in main, before the
// tests run; checking only reads. Thread-compatible.

#ifndef GTEST_DATA_GTEST_INVARIANTS_H_
#define GTEST_DATA_GTEST_INVARIANTS_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/describe.h"

namespace gtest_data {

// OK, or an error whose message names the offending record.
using InvariantFunction = std::function<absl::Status(const Dataset& data)>;

struct Invariant {
  std::string name;
  std::string fixture;  // empty: every DataTest
  InvariantFunction check;
  std::string file;  // where it was registered
  int line = 0;
};

// Registers an invariant for every DataTest (`fixture` empty) or for the
// tests of one fixture ("CheckoutTest"; parameterised instantiations
// included). Returns true, for static initialisers.
bool AddInvariant(std::string name, InvariantFunction check, std::string fixture = {},
                  const char* file = "", int line = 0);

// The invariants that apply to tests of `fixture`: the global ones first,
// each group in registration order.
std::vector<const Invariant*> InvariantsFor(std::string_view fixture);

// "table[i] @label {...}": how messages name a record.
std::string DescribeRecord(std::string_view table, size_t index, const Dataset::Entry& entry);

// Every row of `table` satisfies `ok`; the first that does not is named,
// followed by "expected <expectation>".
InvariantFunction EveryRow(std::string table, std::function<bool(const Row&)> ok,
                           std::string expectation);

// Every object of `table` satisfies `ok`, seen in its current state (a
// change through a handle counts). Rows without a typed object (replayed
// data) are read into a T first.
template <typename T>
InvariantFunction EveryObject(std::string table, std::function<bool(const T&)> ok,
                              std::string expectation) {
  static_assert(kIsDescribed<T>, "EveryObject<T> needs GTEST_DATA_DESCRIBE(T, ...)");
  return [table = std::move(table), ok = std::move(ok),
          expectation = std::move(expectation)](const Dataset& data) -> absl::Status {
    const std::vector<Dataset::Entry>* entries = data.Entries(table);
    if (entries == nullptr) return absl::OkStatus();
    for (size_t i = 0; i < entries->size(); ++i) {
      const Dataset::Entry& entry = (*entries)[i];
      const T* object = nullptr;
      T parsed{};
      if (entry.object != nullptr && entry.type == internal::TypeKey<T>()) {
        object = static_cast<const T*>(entry.object.get());
      } else {
        std::string why;
        if (!FromRow(entry.row, &parsed, &why)) {
          return absl::FailedPreconditionError(DescribeRecord(table, i, entry) +
                                               ": cannot be read as the checked type: " + why);
        }
        object = &parsed;
      }
      if (!ok(*object)) {
        return absl::FailedPreconditionError(DescribeRecord(table, i, entry) + ": expected " +
                                             expectation);
      }
    }
    return absl::OkStatus();
  };
}

// Each row's fingerprint (of its current state), per table, for the
// shared-data check.
struct DataFingerprint {
  std::vector<std::pair<std::string, std::vector<uint64_t>>> tables;
};
DataFingerprint Fingerprint(const Dataset& data);

// OK when `data` still has the fingerprint `before`; else names the first
// record that changed, appeared or disappeared.
absl::Status CompareFingerprint(const Dataset& data, const DataFingerprint& before);

}  // namespace gtest_data

// Registers the invariant `name` (an identifier) for every DataTest.
// `check` is an InvariantFunction (a lambda, or EveryRow/EveryObject).
#define GTEST_DATA_INVARIANT(name, check)                                          \
  [[maybe_unused]] static const bool gtest_data_invariant_##name =                 \
      ::gtest_data::AddInvariant(#name, check, std::string(), __FILE__, __LINE__)

// Registers the invariant `name` for the tests of `fixture` only.
#define GTEST_DATA_SUITE_INVARIANT(fixture, name, check)                           \
  [[maybe_unused]] static const bool gtest_data_invariant_##fixture##_##name =     \
      ::gtest_data::AddInvariant(#name, check, #fixture, __FILE__, __LINE__)

#endif  // GTEST_DATA_GTEST_INVARIANTS_H_
