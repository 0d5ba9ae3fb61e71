// Copyright 2026 The gtest_data Authors.
//
// Patterns: strings filled in character by character, and strings that match
// a regular expression.
//
//   gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "order", "code"));
//   std::string sku = gtest_data::fake::Bothify(rng, "SKU-??####");
//   // sku == "SKU-QX0417", say
//
//   std::string error;
//   std::optional<gtest_data::fake::Pattern> postal =
//       gtest_data::fake::Pattern::Compile("[A-HJ-NP-Z]## #??", &error);
//   std::string code = postal->Generate(rng);
//
// Three languages, from simplest to richest:
//
//   Numerify, Letterify, Bothify   '#' '%' '?' only; everything else copied.
//   Pattern                        the pattern language of the locale data
//                                  files (data/README.md, "Patterns"): adds
//                                  [...] classes and \X escapes.
//   RegexGenerator                 a subset of ECMAScript regular expressions;
//                                  every output matches the expression in full
//                                  (fake/regex_generator.h, included here).
//
// Patterns and regular expressions are user input: Compile() reports a
// malformed or unsupported one through `*error`, naming the construct and its
// 0-based byte position, and returns std::nullopt; nothing aborts.
//
// Determinism: every output is a pure function of the engine state and the
// pattern, seed-stable across platforms within a data version. Each function
// documents how many draws it consumes; all are UniformBelow() calls, so a
// different draw order would change every later value of the stream.
//
// Thread-safety: the free functions are as thread-safe as the Rng they are
// given. Compiled Pattern and RegexGenerator objects are immutable: one may
// be shared by threads that each use their own Rng.

#ifndef GTEST_DATA_FAKE_PATTERNS_H_
#define GTEST_DATA_FAKE_PATTERNS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gtest_data/fake/regex_generator.h"  // IWYU pragma: export
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// Returns `pattern` with every '#' replaced by a digit 0-9 and every '%' by a
// digit 1-9, each drawn uniformly. Every other byte is copied, so UTF-8 text
// passes through unchanged; there are no escapes (use Pattern for "\#").
// Consumes one UniformBelow() per '#' or '%', left to right.
//
//   Numerify(rng, "%##-####")  ->  "704-2291"
std::string Numerify(Rng& rng, std::string_view pattern);

// Returns `pattern` with every '?' replaced by an uppercase ASCII letter A-Z,
// drawn uniformly. Every other byte is copied. Consumes one UniformBelow() per
// '?'.
std::string Letterify(Rng& rng, std::string_view pattern);

// Numerify() and Letterify() in one pass: '#' -> 0-9, '%' -> 1-9, '?' -> A-Z.
// Consumes one UniformBelow() per replaced character, left to right.
std::string Bothify(Rng& rng, std::string_view pattern);

// A compiled pattern of the locale data files (data/README.md, "Patterns"):
//
//   #        a digit 0-9
//   %        a digit 1-9
//   ?        an uppercase ASCII letter A-Z
//   [...]    one character of the class: ASCII characters and ranges such as
//            [A-HJ-NP-Z] or [2-9]. A '-' first or last is literal; inside a
//            class '#', '%' and '?' are literal and \X is the character X.
//            Each distinct character is equally likely (duplicates and order
//            do not matter). [^...] is not supported: it is an error rather
//            than a silent literal '^'.
//   \X       the character X itself (\#, \%, \?, \[, \\, or any UTF-8
//            character)
//   other    itself; any valid UTF-8
//
// Every slot (#, %, ?, a class) yields exactly one ASCII byte, so all outputs
// of a pattern have the same length, size().
//
// Compile once, generate many times: AppendTo() allocates nothing beyond the
// growth of the output string, for hot loops such as a million postal codes.
//
// Determinism: one UniformBelow() per slot, left to right; the bound is 10
// for '#', 9 for '%', 26 for '?' and the number of distinct characters for a
// class. Literals consume nothing.
//
// Thread-safety: immutable after Compile(); Generate() and AppendTo() may be
// called concurrently with different engines.
class Pattern {
 public:
  // Compiles `pattern`. On a malformed pattern returns std::nullopt and sets
  // `*error` (if not null) to a message naming the construct and its 0-based
  // byte position, e.g.
  //   pattern "[A-" at 0: unterminated class "[": no closing "]"
  // Errors: an unterminated or empty class, a reversed range ([9-0]), a
  // non-ASCII character inside a class, a negated class [^...], a '\' at the
  // end, invalid UTF-8.
  static std::optional<Pattern> Compile(std::string_view pattern,
                                        std::string* error);

  // Returns one expansion of the pattern.
  std::string Generate(Rng& rng) const;

  // Appends one expansion to `*out`. Allocates only when `*out` must grow.
  void AppendTo(Rng& rng, std::string* out) const;

  // The pattern as given to Compile().
  const std::string& source() const { return source_; }

  // The length in bytes of every expansion.
  size_t size() const { return size_; }

  // The number of slots, which is the number of UniformBelow() calls one
  // expansion makes.
  size_t slots() const { return slots_; }

 private:
  friend class PatternCompiler;

  enum class OpKind : uint8_t {
    kLiteral,
    kDigit,
    kNonZeroDigit,
    kLetter,
    kClass
  };
  // One step of the expansion. kLiteral copies bytes_[begin, begin + length);
  // kClass draws one of bytes_[begin, begin + length); the other kinds fill
  // `length` consecutive slots.
  struct Op {
    OpKind kind;
    uint32_t begin;
    uint32_t length;
  };

  Pattern() = default;

  std::string source_;
  std::string bytes_;  // literal runs and class members, back to back
  std::vector<Op> ops_;
  size_t size_ = 0;
  size_t slots_ = 0;
};

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_PATTERNS_H_
