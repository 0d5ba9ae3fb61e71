// Copyright 2026 The gtest_data Authors.
//
// Gen<T>: what a generator of a Factory<T> sees while one object is made
// (factory/factory.h): its own seeded stream, the context, the fields set so
// far, the transient parameters, and the fake-data registry with this object
// as the record.
//
//   Factory<Order> f("order", "orders");
//   f.Transient("doubled", Value(false));
//   f.Field(&Order::total_minor,
//           [](Gen<Order>& g) { return UniformInt(g.rng(), 100, 99999); });
//   f.AfterBuild([](Order& o, Gen<Order>& g) {
//     if (g.transient("doubled").as_bool()) o.total_minor *= 2;
//   });
//
// Determinism: field f of object n draws from Rng(Mix64(object seed ^
// HashName(f))), so what one field draws changes no other field; a callback
// draws from DeriveSeed(object seed, "after_build") or "after_create".
//
// A Gen is made by the factory for one field or callback and must not
// outlive that call. Thread-compatible: one object is made on one thread.
// Its members are defined with the factory's templates: include
// factory/factory.h, which includes this header.

#ifndef GTEST_DATA_FACTORY_GEN_H_
#define GTEST_DATA_FACTORY_GEN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "gtest_data/factory/context.h"
#include "gtest_data/factory/strategy.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace internal {

// The state of one object being made (factory/internal/factory_impl.h).
template <typename T>
struct BuildState;

}  // namespace internal

// What a generator sees: its own stream, the scope, the object so far and
// the transient parameters.
template <typename T>
class Gen {
 public:
  // `slot` names what is being generated: the field's name, or
  // "after_build" / "after_create" for callbacks; `stream_seed` seeds its
  // engine, rng(), which is made on first use (most fields never draw
  // from it: constants, sequences, grouped fake fields).
  Gen(internal::BuildState<T>& state, uint64_t stream_seed, std::string_view slot)
      : state_(state), stream_seed_(stream_seed), slot_(slot) {}

  Rng& rng() {
    if (!rng_) rng_.emplace(stream_seed_);
    return *rng_;
  }
  Context& context();
  const fake::Locale& locale();
  int64_t now();    // seconds since the epoch (the context's reference now)
  int64_t today();  // days since the epoch
  uint64_t index() const;        // the object's index within its factory and scope
  Strategy strategy() const;
  const T& object() const;       // the fields set so far

  // The transient parameter `name` (its default, or the call site's value).
  // An undeclared name fails the build.
  const Value& transient(std::string_view name);

  // A value of the fake-data field registry ("person.first_name",
  // "internet.email", see `gtest-data generate --list`) for this object, by
  // the one route of fake/fields.h with this object as the record: a
  // grouped field (person.*, internet.email, address.*, company.*, phone.*)
  // gives this object's person, address, company or number (`entity` names
  // a second one: "billing"), whichever member asks; a field that stands
  // alone draws from this member's own stream, continuing it (a second call
  // gives the next value). The name is looked up on every call: prefer the
  // definition form DefinitionMethods::Fake(&T::member, field), resolved
  // once. An unknown field or one the locale lacks fails the build.
  std::string Fake(std::string_view field, std::string_view entity = {});

  // The same for a field resolved beforehand. Its slot is ignored for a
  // field that stands alone (this member's stream is used).
  std::string Fake(const fake::RecordField& field);

  // Fails the build with `status` (the first failure wins); the generator
  // still returns a value, which is discarded.
  void Fail(absl::Status status);

 private:
  internal::BuildState<T>& state_;
  uint64_t stream_seed_;
  std::optional<Rng> rng_;
  std::string_view slot_;
};

}  // namespace gtest_data

#endif  // GTEST_DATA_FACTORY_GEN_H_
