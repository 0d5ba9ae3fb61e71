// Copyright 2026 The gtest_data Authors.
//
// A seeded permutation of the integers [0, n), computed one element at a
// time: uniqueness by construction, with no memory of values handed out.
//
//   // 300 distinct parents for 300 payments, in an order the seed decides.
//   gtest_data::IndexPermutation parents(300, DeriveSeed(seed, "payments", "order_id"));
//   for (uint64_t row = 0; row < 300; ++row) use(order_ids[parents.At(row)]);
//
// At(i) for i in [0, n) takes every value of [0, n) exactly once, and
// IndexOf() inverts it. Both cost a few dozen multiplications and no
// allocation, so a generator asks for element 10,000,000 as cheaply as for
// element 0, and two generators with the same (n, seed) agree on every
// platform.
//
// The scheme, fixed as part of the API (golden-tested; a change bumps the
// data version):
//
//   The smallest even bit width w >= 2 with 2^w >= n is split into halves of
//   h = w / 2 bits, L (high) and R (low). Each of the 6 rounds r = 0..5 maps
//   (L, R) to (R, L ^ F_r(R)), with F_r(x) = Mix64(k_r ^ x) & (2^h - 1) and
//   k_r = DeriveIndexSeed(seed, r): a balanced Feistel network, a bijection
//   of [0, 2^w) whatever F is. At(i) applies it to i and, while the result
//   is n or more, applies it again to the result (cycle walking): the first
//   value below n on i's cycle. Since 2^w < 4n (for n >= 2), a walk takes
//   fewer than 4 steps on average.
//
// It is a shuffle for test data, not a cipher: the seed is no secret and the
// round function is not a cryptographic one. Masking's keyed permutations use
// OpenSSL (mask module), never this.
//
// Thread-safety: immutable after construction; At() and IndexOf() may be
// called from any thread.

#ifndef GTEST_DATA_RANDOM_PERMUTATION_H_
#define GTEST_DATA_RANDOM_PERMUTATION_H_

#include <cstdint>

namespace gtest_data {

class IndexPermutation {
 public:
  // The number of rounds of the Feistel network (see the file comment).
  static constexpr int kRounds = 6;

  // A permutation of [0, n), chosen by `seed`. n == 0 is the empty
  // permutation (At() must not be called); n may be up to 2^64 - 1.
  IndexPermutation(uint64_t n, uint64_t seed);

  uint64_t size() const { return n_; }

  // The element at position i. Requires i < size() (checked: aborts with a
  // message otherwise, as the distributions do with bad bounds).
  uint64_t At(uint64_t i) const;

  // The position of `value`: At(IndexOf(v)) == v. Requires v < size().
  uint64_t IndexOf(uint64_t value) const;

 private:
  uint64_t Forward(uint64_t x) const;
  uint64_t Backward(uint64_t x) const;

  uint64_t n_;
  int half_bits_;
  uint64_t half_mask_;
  uint64_t keys_[kRounds];
};

}  // namespace gtest_data

#endif  // GTEST_DATA_RANDOM_PERMUTATION_H_
