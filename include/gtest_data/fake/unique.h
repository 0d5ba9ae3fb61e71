// Copyright 2026 The gtest_data Authors.
//
// Unique values from any generator: deterministic, bounded, resettable, and
// partitioned across shards on request.
//
//   using namespace gtest_data::fake;
//   Unique<std::string> emails("internet.email");
//   std::string error;
//   std::optional<std::string> email =
//       emails.Next([&] { return Email(locale, rng); }, &error);
//   if (!email) FAIL() << error;   // the generator ran dry
//
// Next() calls the generator until it yields a value this scope has not
// produced yet, at most max_attempts times. Because the generator draws from
// a seeded stream, the retries and hence the values are deterministic. With
// shard_count > 1 only values whose stable hash falls in this shard's class
// are accepted, so shards running in parallel never produce the same value.
// Reset() starts a new scope (the GoogleTest integration resets per test).
//
// Values are remembered in an ordered set: memory grows with the number of
// distinct values produced. Thread-compatible.

#ifndef GTEST_DATA_FAKE_UNIQUE_H_
#define GTEST_DATA_FAKE_UNIQUE_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "gtest_data/internal/check.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {

struct UniqueOptions {
  // How many generator calls one Next() may make before giving up.
  int max_attempts = 1000;
  // Shard partition: accept only values v with StableValueHash(v) %
  // shard_count == shard_index. Requires shard_index < shard_count.
  uint32_t shard_index = 0;
  uint32_t shard_count = 1;
};

// The stable hash that decides a value's shard: HashName of a string's
// bytes; Mix64 of an integer.
inline uint64_t StableValueHash(std::string_view value) { return HashName(value); }
inline uint64_t StableValueHash(int64_t value) {
  return Mix64(static_cast<uint64_t>(value));
}

template <typename T>
class Unique {
  static_assert(std::is_same<T, std::string>::value || std::is_integral<T>::value,
                "Unique<T> supports std::string and integer values");

 public:
  // `generator_name` names the generator in error messages.
  explicit Unique(std::string generator_name, UniqueOptions options = {})
      : name_(std::move(generator_name)), options_(options) {
    GTEST_DATA_INTERNAL_CHECK_(options_.shard_count >= 1 &&
                                   options_.shard_index < options_.shard_count,
                               "UniqueOptions needs shard_index < shard_count");
    GTEST_DATA_INTERNAL_CHECK_(options_.max_attempts >= 1,
                               "UniqueOptions needs max_attempts >= 1");
  }

  // Returns a value of `generate()` not produced before in this scope, or
  // std::nullopt after max_attempts calls without one, with `*error` naming
  // the generator, the attempts and how many values it had produced.
  template <typename Generate>
  std::optional<T> Next(Generate&& generate, std::string* error) {
    for (int attempt = 0; attempt < options_.max_attempts; ++attempt) {
      T value = generate();
      if (options_.shard_count > 1 &&
          StableValueHash(value) % options_.shard_count != options_.shard_index) {
        continue;
      }
      if (seen_.insert(value).second) return value;
    }
    if (error != nullptr) {
      *error = "unique " + name_ + ": no new value after " +
               std::to_string(options_.max_attempts) + " attempts; it had produced " +
               std::to_string(seen_.size()) + " distinct values in this scope";
      if (options_.shard_count > 1) {
        *error += " (shard " + std::to_string(options_.shard_index) + " of " +
                  std::to_string(options_.shard_count) + ")";
      }
      *error += "; widen the generator, raise max_attempts or Reset() the scope";
    }
    return std::nullopt;
  }

  // Forgets every value: a new scope begins.
  void Reset() { seen_.clear(); }

  // How many distinct values this scope has produced.
  size_t size() const { return seen_.size(); }

  const std::string& name() const { return name_; }

 private:
  std::string name_;
  UniqueOptions options_;
  std::set<T> seen_;
};

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_UNIQUE_H_
