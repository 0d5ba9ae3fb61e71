// Copyright 2026 The gtest_data Authors.
//
// The masking transformers: small classes behind one interface, each
// turning one original cell into its masked value. The built-in ones:
//
//   Keep                the value as it is (a policy keeps a column with a reason)
//   SetNull             NULL
//   Fixed(v)            the same value for every row
//   Redact(fill)        every character but separators becomes `fill`
//                       ("ada@example.com" -> "***@*******.***")
//   Partial(n, m, fill) the first n and last m characters kept, the rest `fill`
//   KeyedHash(key, ...) an HMAC-SHA-256 token (text), or a non-negative
//                       integer from it (integers); equal inputs, equal tokens
//   FormatPreserving(key)
//                       digits, lower- and upper-case ASCII letters each
//                       encrypted within their class (FF1 where the class has
//                       enough characters, a KeyedPermutation below that),
//                       everything else where it was: length, separators and
//                       case kept, distinct inputs distinct; integers keep
//                       their sign and number of digits
//   CardNumber(key)     a card number keeps its first six digits (the IIN,
//                       so its brand), its length and its separators, and
//                       gets a valid Luhn check digit; distinct cards stay
//                       distinct
//
// NULL stays NULL under every transformer but Fixed. A value of a kind a
// transformer cannot take (a boolean through CardNumber) is an error that
// names the transformer and the kind, never the value; so is text that is
// not what the transformer masks (a card number failing its Luhn check).
//
//   mask::FormatPreserving phones(key.Derive("customers.phone"));
//   absl::StatusOr<Value> masked = phones.Transform(Value("+44 20 7946 0958"), {});
//   // "+54 38 4299 4471" under the tests' key: same shape, another number,
//   // the same in every run with that key
//
// Users write their own by deriving from Transformer. Transformers are
// immutable once made; Transform() may be called from several threads.

#ifndef GTEST_DATA_MASK_TRANSFORMER_H_
#define GTEST_DATA_MASK_TRANSFORMER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/mask/ff1.h"
#include "gtest_data/mask/key.h"
#include "gtest_data/mask/keyed_permutation.h"

namespace gtest_data {
namespace mask {

// Where the cell comes from, for transformers that look beyond it (a
// per-entity key, a condition on another column). Any part may be empty.
struct CellContext {
  std::string_view table;
  std::string_view column;
  const Row* row = nullptr;  // the row's original values
};

class Transformer {
 public:
  virtual ~Transformer() = default;

  // The masked value of `input`.
  virtual absl::StatusOr<Value> Transform(const Value& input, const CellContext& cell) const = 0;

  // A short name for messages and reports: "keep", "format_preserving".
  virtual std::string_view name() const = 0;

  // Whether distinct inputs always give distinct outputs, so that a UNIQUE
  // column stays unique (by construction, not by luck).
  virtual bool preserves_uniqueness() const { return false; }
  // Whether equal inputs give equal outputs in every table and run (the key
  // and rule the same), so that joins survive.
  virtual bool deterministic() const { return true; }
};

class Keep : public Transformer {
 public:
  absl::StatusOr<Value> Transform(const Value& input, const CellContext&) const override {
    return input;
  }
  std::string_view name() const override { return "keep"; }
  bool preserves_uniqueness() const override { return true; }
};

class SetNull : public Transformer {
 public:
  absl::StatusOr<Value> Transform(const Value&, const CellContext&) const override {
    return Value();
  }
  std::string_view name() const override { return "null"; }
};

class Fixed : public Transformer {
 public:
  explicit Fixed(Value value) : value_(std::move(value)) {}
  absl::StatusOr<Value> Transform(const Value&, const CellContext&) const override {
    return value_;
  }
  std::string_view name() const override { return "fixed"; }

 private:
  Value value_;
};

// Characters are UTF-8 code points throughout: a multi-byte letter counts
// once and is never cut. Separators are ASCII space, - . @ / ( ) + , _ :
class Redact : public Transformer {
 public:
  explicit Redact(std::string fill = "*") : fill_(std::move(fill)) {}
  absl::StatusOr<Value> Transform(const Value& input, const CellContext& cell) const override;
  std::string_view name() const override { return "redact"; }

 private:
  std::string fill_;
};

class Partial : public Transformer {
 public:
  Partial(size_t keep_first, size_t keep_last, std::string fill = "*")
      : keep_first_(keep_first), keep_last_(keep_last), fill_(std::move(fill)) {}
  absl::StatusOr<Value> Transform(const Value& input, const CellContext& cell) const override;
  std::string_view name() const override { return "partial"; }

 private:
  size_t keep_first_;
  size_t keep_last_;
  std::string fill_;
};

class KeyedHashTransformer : public Transformer {
 public:
  explicit KeyedHashTransformer(MaskKey key, HashEncoding encoding = HashEncoding::kHex,
                                size_t length = 0)
      : key_(std::move(key)), encoding_(encoding), length_(length) {}
  absl::StatusOr<Value> Transform(const Value& input, const CellContext& cell) const override;
  std::string_view name() const override { return "keyed_hash"; }

 private:
  MaskKey key_;
  HashEncoding encoding_;
  size_t length_;
};

class FormatPreserving : public Transformer {
 public:
  // `key` has 32 bytes (MaskKey::Derive) or another AES key size.
  explicit FormatPreserving(MaskKey key) : key_(std::move(key)) {}
  absl::StatusOr<Value> Transform(const Value& input, const CellContext& cell) const override;
  std::string_view name() const override { return "format_preserving"; }
  bool preserves_uniqueness() const override { return true; }

  // The numerals of one class (values below `radix`) encrypted in place,
  // tweaked by `tweak`: FF1 when they are enough, else a KeyedPermutation.
  absl::Status EncryptNumerals(uint32_t radix, std::string_view tweak,
                               std::vector<uint32_t>* numerals) const;

 private:
  MaskKey key_;
};

class CardNumber : public Transformer {
 public:
  explicit CardNumber(MaskKey key) : digits_(std::move(key)) {}
  absl::StatusOr<Value> Transform(const Value& input, const CellContext& cell) const override;
  std::string_view name() const override { return "card_number"; }
  bool preserves_uniqueness() const override { return true; }

 private:
  FormatPreserving digits_;
};

}  // namespace mask
}  // namespace gtest_data

#endif  // GTEST_DATA_MASK_TRANSFORMER_H_
