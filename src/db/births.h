// Copyright 2026 The gtest_data Authors.
//
// Internal to schema-driven generation (src/db/generate.cc); not API.

#ifndef GTEST_DATA_SRC_DB_BIRTHS_H_
#define GTEST_DATA_SRC_DB_BIRTHS_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace gtest_data {
namespace db {
namespace generate_internal {

// The births a parent table keeps for its children's dates (seconds, or
// kNone for NULL), one per generated row: state declared per parent, so
// kept small. While every value lies within 68 years of the first (a few
// years of instants, as generated), 4 bytes each, an offset from a base;
// a value beyond that widens them all to 8.
class Births {
 public:
  static constexpr int64_t kNone = std::numeric_limits<int64_t>::min();

  size_t size() const { return wide_ ? wide_values_.size() : narrow_.size(); }
  // Room for n births, at 4 bytes each (widening makes room of its own).
  void reserve(size_t n) { narrow_.reserve(n); }
  int64_t operator[](size_t i) const {
    if (wide_) return wide_values_[i];
    return narrow_[i] == kNarrowNone ? kNone : base_ + static_cast<int64_t>(narrow_[i]);
  }
  void push_back(int64_t value) {
    if (!wide_ && value != kNone) {
      if (!based_) {
        base_ = value - kHalfRange;
        based_ = true;
      }
      if (value < base_ || value - base_ >= static_cast<int64_t>(kNarrowNone)) Widen();
    }
    if (wide_) {
      wide_values_.push_back(value);
    } else {
      narrow_.push_back(value == kNone ? kNarrowNone : static_cast<uint32_t>(value - base_));
    }
  }

 private:
  static constexpr uint32_t kNarrowNone = std::numeric_limits<uint32_t>::max();
  static constexpr int64_t kHalfRange = int64_t{1} << 31;

  void Widen() {
    wide_values_.reserve(narrow_.size() + 1);
    for (size_t i = 0; i < narrow_.size(); ++i) wide_values_.push_back((*this)[i]);
    narrow_.clear();
    narrow_.shrink_to_fit();
    wide_ = true;
  }

  bool wide_ = false;
  bool based_ = false;
  int64_t base_ = 0;
  std::vector<uint32_t> narrow_;
  std::vector<int64_t> wide_values_;
};

}  // namespace generate_internal
}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_DB_BIRTHS_H_
