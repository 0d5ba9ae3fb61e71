// Copyright 2026 The gtest_data Authors.
//
// KeyedPermutation: a keyed bijection of [0, n) for any n up to 2^64 - 1,
// for the domains FF1 refuses as too small (a two-digit day, a four-digit
// PIN) and for integer columns masked within their range.
//
//   mask::KeyedPermutation days(key.Derive("visits.day"), 31, "day");
//   uint64_t masked = days.Forward(day - 1) + 1;   // 1..31, one to one
//
// The construction: the smallest even bit width w >= 2 with 2^w >= n, split
// into halves of h = w / 2 bits; 10 balanced Feistel rounds whose round
// function is AES under the key (16, 24 or 32 bytes) of the block
// R (8 bytes, big-endian) || round || w || salt, its first 8 bytes taken
// mod 2^h, with salt = the first 6 bytes of HMAC-SHA-256(key,
// "gtest_data permutation" || n || tweak); then cycle walking, as FF1's
// standard describes, until the value is below n (fewer than 4 steps on
// average). Part of the masking contract: pinned by tests.
//
// A permutation of a small domain hides little: with n values, a guess is
// right one time in n, and anyone holding masked and original pairs learns
// them. It keeps joins and uniqueness; it is not a substitute for removing
// a column nobody needs.
//
// Thread-compatible; a const permutation may be used from several threads
// (each call makes its own cipher context).

#ifndef GTEST_DATA_MASK_KEYED_PERMUTATION_H_
#define GTEST_DATA_MASK_KEYED_PERMUTATION_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "gtest_data/mask/key.h"

namespace gtest_data {
namespace mask {

class KeyedPermutation {
 public:
  static constexpr int kRounds = 10;

  // The permutation of [0, n) under `key` (16, 24 or 32 bytes) and `tweak`.
  // n must be at least 1.
  static absl::StatusOr<KeyedPermutation> Create(const MaskKey& key, uint64_t n,
                                                 std::string_view tweak);

  uint64_t size() const { return n_; }
  // The image of x, and its inverse: Backward(Forward(x)) == x. Both require
  // x < size() (checked).
  uint64_t Forward(uint64_t x) const;
  uint64_t Backward(uint64_t x) const;

 private:
  KeyedPermutation(MaskKey key, uint64_t n, int half_bits, std::string salt)
      : key_(std::move(key)), n_(n), half_bits_(half_bits), salt_(std::move(salt)) {}

  uint64_t Walk(uint64_t x, bool forward) const;

  MaskKey key_;
  uint64_t n_;
  int half_bits_;
  std::string salt_;  // 6 bytes
};

}  // namespace mask
}  // namespace gtest_data

#endif  // GTEST_DATA_MASK_KEYED_PERMUTATION_H_
