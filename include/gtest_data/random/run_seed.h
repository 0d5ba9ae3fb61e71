// Copyright 2026 The gtest_data Authors.
//
// Choosing the run seed: the one number every seeded value of a test run is
// derived from (see seed.h).
//
//   std::string error;
//   std::optional<gtest_data::SeedChoice> choice = gtest_data::ResolveRunSeed(
//       flag_value, std::getenv("GTEST_DATA_SEED"), &error);
//   if (!choice) { /* report `error` and stop */ }
//   if (choice->source == gtest_data::SeedSource::kRandom)
//     std::cout << gtest_data::DescribeSeedChoice(*choice) << "\n";
//
// Resolution order: an explicit value (a flag such as --data_seed), then the
// environment variable GTEST_DATA_SEED, then kDefaultRunSeed. The seed is never
// taken from the clock: the default is fixed so that every run sees the same
// data. The word "random" asks for a fresh seed from the system's random
// device; it is the only place nondeterminism enters, and the caller prints
// the seed it got so that the run can be replayed.
//
// Thread-safety: all functions are thread-safe.

#ifndef GTEST_DATA_RANDOM_RUN_SEED_H_
#define GTEST_DATA_RANDOM_RUN_SEED_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gtest_data {

// The run seed when neither a flag nor GTEST_DATA_SEED names one.
inline constexpr uint64_t kDefaultRunSeed = 42;

// The environment variable that names the run seed.
inline constexpr const char kSeedEnvironmentVariable[] = "GTEST_DATA_SEED";

// Where a run seed came from.
enum class SeedSource {
  kExplicit,     // a flag or an argument
  kEnvironment,  // GTEST_DATA_SEED
  kDefault,      // kDefaultRunSeed
  kRandom,       // "random": drawn from the system's random device
};

// Returns "explicit", "environment", "default" or "random".
const char* SeedSourceName(SeedSource source);

struct SeedChoice {
  uint64_t seed = kDefaultRunSeed;
  SeedSource source = SeedSource::kDefault;
};

// Parses a seed written as a decimal integer ("12345") or a 0x-prefixed
// hexadecimal one ("0x3039"), in [0, 2^64). No sign, no spaces. Returns
// std::nullopt and sets `*error` (if not null) to a sentence naming the text
// and what was expected when `text` is not such a number. Does not accept
// "random"; see ResolveRunSeed().
std::optional<uint64_t> ParseSeed(std::string_view text, std::string* error);

// Returns the seed in the form ParseSeed() reads back and users type: decimal.
std::string FormatSeed(uint64_t seed);

// Resolves the run seed. `explicit_value` is the text of a flag or argument,
// or null when none was given; `environment_value` is the text of
// GTEST_DATA_SEED, or null when it is unset. An empty string counts as unset.
// Either may be "random". On a malformed value returns std::nullopt and sets
// `*error`. A bad environment value is named in the message, e.g.
//   GTEST_DATA_SEED: invalid seed "12x": expected a decimal integer ...
// while a bad explicit value is not, so the caller can prefix its flag name.
std::optional<SeedChoice> ResolveRunSeed(const char* explicit_value,
                                         const char* environment_value,
                                         std::string* error);

// Returns a one-line description such as "run seed 42 (default)", or for a
// random seed "run seed 9137 (random; rerun with GTEST_DATA_SEED=9137)".
std::string DescribeSeedChoice(const SeedChoice& choice);

}  // namespace gtest_data

#endif  // GTEST_DATA_RANDOM_RUN_SEED_H_
