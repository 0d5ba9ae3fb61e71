// Copyright 2026 The gtest_data Authors.
//
// RegexGenerator: strings that match a regular expression, from a subset of
// ECMAScript (std::regex's default grammar). The simpler pattern languages
// (Numerify, Bothify, Pattern) are in fake/patterns.h, which includes this
// header.
//
//   gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "account", "iban"));
//   std::string error;
//   std::optional<gtest_data::fake::RegexGenerator> iban =
//       gtest_data::fake::RegexGenerator::Compile("DE\\d{2} ?\\d{4}", &error);
//   std::string account = iban->Generate(rng);  // "DE07 4419" or "DE074419"
//
// Regular expressions are user input: Compile() reports a malformed or
// unsupported one through `*error`, naming the construct and its 0-based
// byte position, and returns std::nullopt; nothing aborts.
//
// Determinism: every output is a pure function of the engine state and the
// expression, seed-stable across platforms within a data version; the
// draws are UniformBelow() calls, counted below.
//
// Thread-safety: a compiled RegexGenerator is immutable: one may be shared
// by threads that each use their own Rng.

#ifndef GTEST_DATA_FAKE_REGEX_GENERATOR_H_
#define GTEST_DATA_FAKE_REGEX_GENERATOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// The characters `.` draws from, and the universe that negated classes
// ([^...], \D, \W, \S) are complemented within.
enum class RegexAlphabet {
  kPrintableAscii,     // U+0020..U+007E: space, letters, digits, punctuation
  kAsciiAlphanumeric,  // 0-9, A-Z, a-z
  // Every Basic Multilingual Plane scalar value that ECMAScript's `.`
  // matches and that is not a control character: U+0020..U+007E,
  // U+00A0..U+2027, U+202A..U+D7FF, U+E000..U+FFFD. Emitted as UTF-8.
  kBasicMultilingualPlane,
};

// Options of RegexGenerator::Compile().
struct RegexOptions {
  // Unbounded quantifiers repeat at most `max_extra_repetitions` more times
  // than their minimum: '*' gives 0..8 repetitions by default, '+' 1..9 and
  // {n,} n..n+8.
  uint32_t max_extra_repetitions = 8;

  // What '.' produces; see RegexAlphabet.
  RegexAlphabet alphabet = RegexAlphabet::kPrintableAscii;
};

// A compiled regular expression that generates strings it matches. The
// syntax is a subset of ECMAScript (std::regex's default grammar), without
// flags; every generated string matches the whole expression, as
// std::regex_match() checks.
//
// Supported:
//
//   literals      any character but  . [ ] ( ) { } * + ? | ^ $ \  ; any valid
//                 UTF-8 is copied as is. A lone ']' or '}' is a literal.
//   .             one character of the alphabet (RegexOptions::alphabet;
//                 printable ASCII by default)
//   [...]         classes of characters and ranges ([a-z0-9_], [а-я]); ranges
//                 may span non-ASCII code points. [^...] and the negated
//                 escapes draw from the alphabet minus the class. [^] is any
//                 character of the alphabet.
//   \d \w \s      ASCII digits; ASCII word characters [A-Za-z0-9_]; space or
//                 tab (they match \s, which also matches other spaces)
//   \D \W \S      the alphabet minus everything \d, \w or \s matches
//   escapes       \t \n \r \f \v \0, \xHH, \uHHHH (not a surrogate), \cA-\cZ,
//                 and '\' before any ASCII punctuation or non-ASCII character
//                 for the character itself; inside a class \b is backspace.
//                 \xHH and \uHHHH name code points and are written as UTF-8:
//                 \xE9 gives "é" (bytes C3 A9), not the single byte E9 that
//                 std::regex would match in a std::string.
//   groups        (...) and (?:...), both only for grouping (nothing is
//                 captured)
//   alternation   a|b|c, each branch equally likely
//   quantifiers   * + ? {n} {n,} {n,m} and the lazy forms *? +? ?? {n,m}?,
//                 which generate exactly like the greedy ones. Counts are at
//                 most kMaxRepetition; unbounded ones are capped as
//                 RegexOptions::max_extra_repetitions says.
//   anchors       ^ at the start and $ at the end (of the expression or of
//                 a top-level branch, possibly inside groups that are not
//                 repeated); they generate nothing
//
// Not supported, each reported by Compile() by name: lookahead and lookbehind,
// backreferences (\1, \k<name>), named groups, atomic groups, possessive
// quantifiers, inline flags ((?i)), comments, recursion, conditionals,
// Unicode properties (\p{L}), POSIX classes ([[:alpha:]]), \b \B \A \z \Z \G,
// octal escapes, \Q...\E, and anchors anywhere but at the ends.
//
// Limits: a nesting depth of kMaxNesting groups, and at most kMaxLength code
// points in the longest string the expression can generate (so that
// ((a{1000}){1000}){1000} is an error rather than a gigabyte).
//
// Determinism: generation walks the expression left to right and consumes
// one UniformBelow() per choice: per alternation with k >= 2 branches (bound
// k), per quantifier whose count can vary (bound max - min + 1, then the
// repeated part that many times, each repetition drawing afresh), and per
// '.', class or class escape (bound: the number of characters it can
// produce). Literals and anchors consume nothing.
//
// Thread-safety: immutable after Compile(); Generate() and AppendTo() may be
// called concurrently with different engines.
class RegexGenerator {
 public:
  // The largest count allowed in {n}, {n,} and {n,m}.
  static constexpr uint32_t kMaxRepetition = 1000;
  // The deepest nesting of groups allowed.
  static constexpr uint32_t kMaxNesting = 200;
  // The most code points one generated string may have.
  static constexpr uint64_t kMaxLength = uint64_t{1} << 20;

  // Compiles `pattern` with default options. On a malformed or unsupported
  // expression returns std::nullopt and sets `*error` (if not null) to a
  // message naming the construct and its 0-based byte position, e.g.
  //   regex "a(?=b)" at 1: lookahead "(?=" is not supported; supported: ...
  static std::optional<RegexGenerator> Compile(std::string_view pattern,
                                               std::string* error);

  // Compiles `pattern` with `options`, as above.
  static std::optional<RegexGenerator> Compile(std::string_view pattern,
                                               const RegexOptions& options,
                                               std::string* error);

  // Returns a string that the expression matches in full.
  std::string Generate(Rng& rng) const;

  // Appends a string that the expression matches in full to `*out`.
  void AppendTo(Rng& rng, std::string* out) const;

  // The expression as given to Compile().
  const std::string& pattern() const { return pattern_; }

  // The options it was compiled with.
  const RegexOptions& options() const { return options_; }

  // The most code points Generate() can return.
  uint64_t max_length() const { return max_length_; }

 private:
  friend class RegexParser;

  enum class NodeKind : uint8_t {
    kLiteral,      // bytes_[first, first + count)
    kClass,        // classes_[first]
    kSequence,     // children_[first, first + count), in order
    kAlternation,  // one of children_[first, first + count)
    kRepeat,       // nodes_[first], min..max times
    kAnchor,       // ^ or $: generates nothing
  };
  struct Node {
    NodeKind kind;
    uint32_t first = 0;
    uint32_t count = 0;
    uint32_t min = 0;
    uint32_t max = 0;
    uint32_t position = 0;  // in the pattern, for error messages
  };
  // A set of code points as sorted, disjoint, non-adjacent closed ranges.
  struct CharClass {
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    std::vector<uint64_t> cumulative;  // cumulative[i]: size of ranges[0..i]
  };

  RegexGenerator() = default;
  void Append(Rng& rng, uint32_t node, std::string* out) const;

  std::string pattern_;
  RegexOptions options_;
  std::string bytes_;  // the UTF-8 of all literals
  std::vector<Node> nodes_;
  std::vector<uint32_t> children_;
  std::vector<CharClass> classes_;
  uint32_t root_ = 0;
  uint64_t max_length_ = 0;
};

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_REGEX_GENERATOR_H_
