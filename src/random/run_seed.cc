// Copyright 2026 The gtest_data Authors.

#include "gtest_data/random/run_seed.h"

#include <charconv>
#include <random>
#include <system_error>

namespace gtest_data {
namespace {

constexpr std::string_view kRandomWord = "random";

std::optional<SeedChoice> FromText(std::string_view text, SeedSource source,
                                   const char* source_label,
                                   std::string* error) {
  if (text == kRandomWord) {
    // The one sanctioned use of std::random_device: picking a seed that the
    // caller then prints. Two 32-bit draws, since result_type may be 32 bits.
    std::random_device device;
    const uint64_t high = device();
    const uint64_t low = device();
    return SeedChoice{(high << 32) ^ low, SeedSource::kRandom};
  }
  std::string parse_error;
  std::optional<uint64_t> seed = ParseSeed(text, &parse_error);
  if (!seed) {
    if (error != nullptr) {
      *error = *source_label == '\0' ? parse_error
                                      : std::string(source_label) + ": " +
                                            parse_error;
    }
    return std::nullopt;
  }
  return SeedChoice{*seed, source};
}

}  // namespace

const char* SeedSourceName(SeedSource source) {
  switch (source) {
    case SeedSource::kExplicit:
      return "explicit";
    case SeedSource::kEnvironment:
      return "environment";
    case SeedSource::kDefault:
      return "default";
    case SeedSource::kRandom:
      return "random";
  }
  return "unknown";
}

std::optional<uint64_t> ParseSeed(std::string_view text, std::string* error) {
  int base = 10;
  std::string_view digits = text;
  if (digits.size() > 2 && digits[0] == '0' &&
      (digits[1] == 'x' || digits[1] == 'X')) {
    base = 16;
    digits.remove_prefix(2);
  }
  uint64_t value = 0;
  const char* const end = digits.data() + digits.size();
  // std::from_chars is locale-independent and accepts no sign, no spaces and
  // no prefix, which is exactly the strictness wanted here.
  const std::from_chars_result result =
      std::from_chars(digits.data(), end, value, base);
  if (digits.empty() || result.ec != std::errc() || result.ptr != end) {
    if (error != nullptr) {
      *error = "invalid seed \"" + std::string(text) +
               "\": expected a decimal integer or a 0x-prefixed hexadecimal "
               "integer in [0, 2^64), or \"random\"";
      if (result.ec == std::errc::result_out_of_range) {
        *error += "; the value does not fit in 64 bits";
      }
    }
    return std::nullopt;
  }
  return value;
}

std::string FormatSeed(uint64_t seed) {
  char buffer[24];
  const std::to_chars_result result =
      std::to_chars(buffer, buffer + sizeof(buffer), seed);
  return std::string(buffer, result.ptr);
}

std::optional<SeedChoice> ResolveRunSeed(const char* explicit_value,
                                         const char* environment_value,
                                         std::string* error) {
  if (explicit_value != nullptr && *explicit_value != '\0') {
    return FromText(explicit_value, SeedSource::kExplicit, "", error);
  }
  if (environment_value != nullptr && *environment_value != '\0') {
    return FromText(environment_value, SeedSource::kEnvironment,
                    kSeedEnvironmentVariable, error);
  }
  return SeedChoice{kDefaultRunSeed, SeedSource::kDefault};
}

std::string DescribeSeedChoice(const SeedChoice& choice) {
  std::string text = "run seed " + FormatSeed(choice.seed) + " (" +
                     SeedSourceName(choice.source);
  if (choice.source == SeedSource::kRandom) {
    text += std::string("; rerun with ") + kSeedEnvironmentVariable + "=" +
            FormatSeed(choice.seed);
  }
  return text + ")";
}

}  // namespace gtest_data
