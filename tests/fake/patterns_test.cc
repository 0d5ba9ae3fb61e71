// Copyright 2026 The gtest_data Authors.
//
// Patterns and regex generation. Statistical checks use fixed seeds, so they
// either always pass or always fail. Generated strings are checked against
// std::regex (ECMAScript), which the library itself never uses.

#include "gtest_data/fake/patterns.h"

#include <cstdint>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::StartsWith;

// Decodes valid UTF-8 into code points; fails the test on invalid input.
std::vector<uint32_t> CodePoints(const std::string& s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1   ? b
                  : n == 2 ? (b & 0x1F)
                  : n == 3 ? (b & 0x0F)
                           : (b & 0x07);
    EXPECT_LE(i + n, s.size()) << "truncated UTF-8 in " << s;
    if (i + n > s.size()) break;
    for (size_t k = 1; k < n; ++k) {
      const unsigned char c = static_cast<unsigned char>(s[i + k]);
      EXPECT_EQ(c & 0xC0, 0x80) << "bad continuation in " << s;
      cp = (cp << 6) | (c & 0x3F);
    }
    out.push_back(cp);
    i += n;
  }
  return out;
}

// The engine state after `draws` engine draws from `seed`. A UniformBelow()
// with a small bound takes one draw unless it rejects, which for bounds below
// 2^32 has odds below 2^-32; with fixed seeds that either happens or not,
// forever.
Rng AfterDraws(uint64_t seed, int draws) {
  Rng rng(seed);
  for (int i = 0; i < draws; ++i) rng.Next();
  return rng;
}

TEST(PatternsTest, ApiExamples) {
  // The examples of the file comment of patterns.h.
  const uint64_t seed = 42;
  gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "order", "code"));
  std::string sku = gtest_data::fake::Bothify(rng, "SKU-??####");
  EXPECT_THAT(sku, MatchesRegex("SKU-[A-Z][A-Z][0-9][0-9][0-9][0-9]"));

  std::string error;
  std::optional<gtest_data::fake::Pattern> postal =
      gtest_data::fake::Pattern::Compile("[A-HJ-NP-Z]## #??", &error);
  ASSERT_TRUE(postal.has_value()) << error;
  std::string code = postal->Generate(rng);
  EXPECT_TRUE(
      std::regex_match(code, std::regex("[A-HJ-NP-Z]\\d\\d \\d[A-Z]{2}")))
      << code;
}

TEST(RegexGeneratorTest, ApiExamples) {
  // The example of the file comment of regex_generator.h.
  const uint64_t seed = 42;
  gtest_data::Rng rng(gtest_data::DeriveSeed(seed, "account", "iban"));
  std::string error;
  std::optional<gtest_data::fake::RegexGenerator> iban =
      gtest_data::fake::RegexGenerator::Compile("DE\\d{2} ?\\d{4}", &error);
  ASSERT_TRUE(iban.has_value()) << error;
  std::string account = iban->Generate(rng);  // "DE07 4419" or "DE074419"
  EXPECT_TRUE(std::regex_match(account, std::regex("DE\\d{2} ?\\d{4}")))
      << account;
}

// ---- Numerify, Letterify, Bothify ----

TEST(NumerifyTest, ReplacesHashAndPercentOnly) {
  Rng rng(1);
  for (int i = 0; i < 1000; ++i) {
    const std::string s = Numerify(rng, "%##-? é#");
    ASSERT_EQ(s.size(), 9u);
    EXPECT_TRUE(s[0] >= '1' && s[0] <= '9') << s;
    EXPECT_TRUE(s[1] >= '0' && s[1] <= '9') << s;
    EXPECT_TRUE(s[2] >= '0' && s[2] <= '9') << s;
    EXPECT_EQ(s.substr(3, 5), "-? é");
    EXPECT_TRUE(s[8] >= '0' && s[8] <= '9') << s;
  }
}

TEST(NumerifyTest, EveryDigitAppears) {
  Rng rng(2);
  std::set<char> any, nonzero;
  for (int i = 0; i < 1000; ++i) {
    const std::string s = Numerify(rng, "#%");
    any.insert(s[0]);
    nonzero.insert(s[1]);
  }
  EXPECT_EQ(any.size(), 10u);
  EXPECT_EQ(nonzero.size(), 9u);
  EXPECT_EQ(nonzero.count('0'), 0u);
}

TEST(LetterifyTest, ReplacesQuestionMarkOnly) {
  Rng rng(3);
  std::set<char> letters;
  for (int i = 0; i < 2000; ++i) {
    const std::string s = Letterify(rng, "?#%?");
    EXPECT_EQ(s.substr(1, 2), "#%");
    letters.insert(s[0]);
    letters.insert(s[3]);
  }
  EXPECT_EQ(letters.size(), 26u);
  EXPECT_EQ(*letters.begin(), 'A');
  EXPECT_EQ(*letters.rbegin(), 'Z');
}

TEST(BothifyTest, ReplacesAllThreeAndCopiesUtf8) {
  Rng rng(4);
  const std::string s = Bothify(rng, "Straße ?# %—ok");
  EXPECT_THAT(s, MatchesRegex("Straße [A-Z][0-9] [1-9]—ok"));
}

TEST(BothifyTest, ConsumesOneDrawPerSlot) {
  Rng rng(5);
  Bothify(rng, "a#b%c?d");
  EXPECT_EQ(rng, AfterDraws(5, 3));
  Rng none(5);
  EXPECT_EQ(Bothify(none, "plain text"), "plain text");
  EXPECT_EQ(none, Rng(5));
}

TEST(BothifyTest, SameSeedSameOutput) {
  Rng a(77), b(77), c(78);
  const std::string first = Bothify(a, "??_######");
  EXPECT_EQ(first, Bothify(b, "??_######"));
  EXPECT_NE(first, Bothify(c, "??_######"));
}

// ---- Pattern ----

Pattern CompilePattern(const std::string& text) {
  std::string error;
  std::optional<Pattern> pattern = Pattern::Compile(text, &error);
  EXPECT_TRUE(pattern.has_value()) << text << ": " << error;
  if (!pattern) return *Pattern::Compile("", nullptr);
  EXPECT_EQ(error, "");
  return *pattern;
}

TEST(PatternTest, SlotsMatchBothify) {
  // '#', '%' and '?' draw exactly as Bothify does.
  const Pattern pattern = CompilePattern("#%?-##x?");
  for (uint64_t seed = 0; seed < 50; ++seed) {
    Rng a(seed), b(seed);
    EXPECT_EQ(pattern.Generate(a), Bothify(b, "#%?-##x?"));
    EXPECT_EQ(a, b);
  }
  EXPECT_EQ(pattern.size(), 8u);
  EXPECT_EQ(pattern.slots(), 6u);
  EXPECT_EQ(pattern.source(), "#%?-##x?");
}

TEST(PatternTest, ClassesDrawOnlyTheirMembers) {
  const Pattern pattern = CompilePattern("[A-HJ-NP-Z][2-9][-x][a-][\\]\\\\]");
  EXPECT_EQ(pattern.size(), 5u);
  EXPECT_EQ(pattern.slots(), 5u);
  Rng rng(6);
  std::set<char> first, second, third, fourth, fifth;
  for (int i = 0; i < 5000; ++i) {
    const std::string s = pattern.Generate(rng);
    ASSERT_EQ(s.size(), 5u);
    first.insert(s[0]);
    second.insert(s[1]);
    third.insert(s[2]);
    fourth.insert(s[3]);
    fifth.insert(s[4]);
  }
  EXPECT_EQ(first.size(), 24u);  // A-Z without I and O
  EXPECT_EQ(first.count('I') + first.count('O'), 0u);
  EXPECT_EQ(second, (std::set<char>{'2', '3', '4', '5', '6', '7', '8', '9'}));
  EXPECT_EQ(third, (std::set<char>{'-', 'x'}));
  EXPECT_EQ(fourth, (std::set<char>{'-', 'a'}));
  EXPECT_EQ(fifth, (std::set<char>{']', '\\'}));
}

TEST(PatternTest, ClassMembersAreDistinctAndEquallyLikely) {
  // [aab] is the same class as [ab]: two members, not three.
  const Pattern pattern = CompilePattern("[aab]");
  Rng rng(7);
  int a = 0;
  const int n = 20000;
  for (int i = 0; i < n; ++i) a += pattern.Generate(rng) == "a";
  // Binomial(20000, 1/2): standard deviation about 71; allow six.
  EXPECT_NEAR(a, n / 2, 430);
}

TEST(PatternTest, SpecialCharactersInsideClassesAreLiteral) {
  const Pattern pattern = CompilePattern("[#%?]");
  Rng rng(8);
  std::set<std::string> seen;
  for (int i = 0; i < 500; ++i) seen.insert(pattern.Generate(rng));
  EXPECT_EQ(seen, (std::set<std::string>{"#", "%", "?"}));
}

TEST(PatternTest, EscapesAndUtf8AreLiteral) {
  const Pattern pattern = CompilePattern("\\#\\%\\?\\[\\\\\\é-北京-#");
  EXPECT_EQ(pattern.slots(), 1u);
  Rng rng(9);
  EXPECT_THAT(pattern.Generate(rng), MatchesRegex("#%\\?\\[\\\\é-北京-[0-9]"));
}

TEST(PatternTest, EmptyPatternIsEmpty) {
  const Pattern pattern = CompilePattern("");
  Rng rng(10);
  EXPECT_EQ(pattern.Generate(rng), "");
  EXPECT_EQ(rng, Rng(10));
}

TEST(PatternTest, AppendToAppendsWithoutReallocating) {
  const Pattern pattern = CompilePattern("+49 (0)### #######");
  Rng rng(11);
  std::string out = "prefix:";
  out.reserve(7 + 1000 * pattern.size());
  const char* data = out.data();
  for (int i = 0; i < 1000; ++i) pattern.AppendTo(rng, &out);
  EXPECT_EQ(out.data(), data);
  EXPECT_EQ(out.size(), 7 + 1000 * pattern.size());
  EXPECT_THAT(out, StartsWith("prefix:+49 (0)"));
  EXPECT_THAT(out.substr(7, pattern.size()),
              MatchesRegex("\\+49 \\(0\\)[0-9]+ [0-9]+"));
}

TEST(PatternTest, SameSeedSameOutput) {
  const Pattern pattern = CompilePattern("[A-Z]%#-??##");
  Rng a(12), b(12);
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(pattern.Generate(a), pattern.Generate(b));
  }
}

TEST(PatternTest, PinnedOutputs) {
  // Seed-stable across platforms: these values change only with the data
  // version.
  const Pattern pattern = CompilePattern("[A-HJ-NP-Z]%#-?#");
  Rng rng(2026);
  std::vector<std::string> got;
  for (int i = 0; i < 4; ++i) got.push_back(pattern.Generate(rng));
  EXPECT_THAT(got,
              ::testing::ElementsAre("P38-X8", "U88-W2", "Z38-T4", "T21-T3"));
}

struct BadPattern {
  const char* pattern;
  const char* message;
};

TEST(PatternTest, ErrorsNameTheConstructAndPosition) {
  const BadPattern cases[] = {
      {"AB[0-9",
       "pattern \"AB[0-9\" at 2: unterminated class \"[\": no "
       "closing \"]\""},
      {"x[]", "pattern \"x[]\" at 1: empty class \"[]\" matches nothing"},
      {"[9-0]",
       "pattern \"[9-0]\" at 1: reversed range \"9-0\" in class; "
       "write the lower end first"},
      {"#[^0]",
       "pattern \"#[^0]\" at 1: negated class \"[^\" is not "
       "supported in patterns; list the characters instead, or "
       "write [\\^...] for a literal caret"},
      {"[aé]",
       "pattern \"[aé]\" at 2: non-ASCII character in class \"[\" "
       "opened at 0; classes hold ASCII only"},
      {"##\\",
       "pattern \"##\\\" at 2: dangling escape \"\\\" at the end of "
       "the pattern"},
      {"[a\\",
       "pattern \"[a\\\" at 0: unterminated class \"[\": no closing "
       "\"]\""},
      {"ab\xff", "pattern \"ab\xff\" at 2: invalid UTF-8 byte 0xFF"},
      {"\xc3(", "pattern \"\xc3(\" at 0: invalid UTF-8 byte 0xC3"},
  };
  for (const BadPattern& bad : cases) {
    std::string error;
    EXPECT_FALSE(Pattern::Compile(bad.pattern, &error).has_value())
        << bad.pattern;
    EXPECT_EQ(error, bad.message);
  }
  // A null error pointer is allowed.
  EXPECT_FALSE(Pattern::Compile("[", nullptr).has_value());
}

// ---- RegexGenerator ----

RegexGenerator CompileRegex(const std::string& text,
                            const RegexOptions& options = RegexOptions()) {
  std::string error;
  std::optional<RegexGenerator> regex =
      RegexGenerator::Compile(text, options, &error);
  EXPECT_TRUE(regex.has_value()) << text << ": " << error;
  if (!regex) return *RegexGenerator::Compile("", nullptr);
  return *regex;
}

TEST(RegexGeneratorTest, TenThousandOutputsMatchStdRegex) {
  const char* const patterns[] = {
      "[A-Z]{2}\\d{2} ?\\d{4}",
      "(foo|bar|baz)+-\\w{3,5}",
      "^\\(\\d{3}\\) \\d{3}-\\d{4}$",
      "[^aeiou\\s]{4}\\.(com|org)",
      "a*b+c?d{2,}e{1,3}?",
      ".{0,10}x.",
      "\\S+@\\S+\\.(?:com|net)",
      "[\\w.-]+",
      "\\D\\W\\s[^\\d][^\\W]",
      "(a|b(c|d)*)*e",
      "\\x41\\u0042[\\t ]\\n?\\0?",
      "^(?:[0-9a-f]{2}:){5}[0-9a-f]{2}$",
      "x|^y$|",
      "(^a|b)(c|d$)",
      "[-a][a-][\\]]}]",
      "a+?b*?c??d{2,3}?e{2,}?",
      "\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\\\/",
      "[^]",
      "()(|a)(?:)",
      "^$",
  };
  for (const char* text : patterns) {
    SCOPED_TRACE(text);
    const RegexGenerator generator = CompileRegex(text);
    const std::regex check(text, std::regex::ECMAScript);
    Rng rng(DeriveSeed(100, text));
    for (int i = 0; i < 10000; ++i) {
      const std::string s = generator.Generate(rng);
      ASSERT_TRUE(std::regex_match(s, check)) << '"' << s << '"';
      ASSERT_LE(CodePoints(s).size(), generator.max_length());
    }
  }
}

TEST(RegexGeneratorTest, ControlEscapes) {
  // libstdc++'s std::regex does not know \cX, so check it by hand.
  Rng rng(24);
  EXPECT_EQ(CompileRegex("\\cJ\\ca\\t\\x7e\\u00e9\\0").Generate(rng),
            std::string("\n\x01\t~\xC3\xA9\0", 7));
}

TEST(RegexGeneratorTest, LiteralsConsumeNoDraws) {
  Rng rng(13);
  EXPECT_EQ(CompileRegex("abc\\.d{3}(?:ef){2}").Generate(rng), "abc.dddefef");
  EXPECT_EQ(rng, Rng(13));
}

TEST(RegexGeneratorTest, DrawCountsFollowTheContract) {
  // One draw per class, per alternation of two or more and per variable
  // quantifier; the engine state after generation shows how many.
  const struct {
    const char* pattern;
    int draws;
  } cases[] = {
      {"[ab]", 1}, {".", 1},      {"\\d", 1}, {"(a|b)", 1}, {"a{2,4}", 1},
      {"a{3}", 0}, {"[x]{3}", 3}, {"(a)", 0}, {"^a$", 0},   {"a?", 1},
  };
  for (const auto& c : cases) {
    Rng rng(14);
    CompileRegex(c.pattern).Generate(rng);
    EXPECT_EQ(rng, AfterDraws(14, c.draws)) << c.pattern;
  }
}

TEST(RegexGeneratorTest, UnboundedQuantifiersAreCapped) {
  const RegexGenerator star = CompileRegex("a*");
  const RegexGenerator plus = CompileRegex("a+");
  const RegexGenerator at_least = CompileRegex("a{3,}");
  EXPECT_EQ(star.max_length(), 8u);
  EXPECT_EQ(plus.max_length(), 9u);
  EXPECT_EQ(at_least.max_length(), 11u);
  Rng rng(15);
  std::set<size_t> star_sizes, plus_sizes, at_least_sizes;
  for (int i = 0; i < 2000; ++i) {
    star_sizes.insert(star.Generate(rng).size());
    plus_sizes.insert(plus.Generate(rng).size());
    at_least_sizes.insert(at_least.Generate(rng).size());
  }
  EXPECT_EQ(star_sizes, (std::set<size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
  EXPECT_EQ(plus_sizes, (std::set<size_t>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
  EXPECT_EQ(at_least_sizes, (std::set<size_t>{3, 4, 5, 6, 7, 8, 9, 10, 11}));

  RegexOptions options;
  options.max_extra_repetitions = 2;
  const RegexGenerator short_star = CompileRegex("a*b{1,}", options);
  EXPECT_EQ(short_star.options().max_extra_repetitions, 2u);
  EXPECT_EQ(short_star.max_length(), 5u);
  std::set<std::string> seen;
  for (int i = 0; i < 500; ++i) seen.insert(short_star.Generate(rng));
  EXPECT_EQ(seen.size(), 9u);  // 3 counts of a times 3 counts of b
}

TEST(RegexGeneratorTest, DotIsPrintableAsciiByDefault) {
  const RegexGenerator dot = CompileRegex(".");
  Rng rng(16);
  std::set<char> seen;
  for (int i = 0; i < 20000; ++i) {
    const std::string s = dot.Generate(rng);
    ASSERT_EQ(s.size(), 1u);
    seen.insert(s[0]);
  }
  EXPECT_EQ(seen.size(), 95u);
  EXPECT_EQ(*seen.begin(), ' ');
  EXPECT_EQ(*seen.rbegin(), '~');
}

TEST(RegexGeneratorTest, ClassEscapesGenerateTheirAsciiSets) {
  Rng rng(17);
  std::set<char> word, space, digit;
  const RegexGenerator w = CompileRegex("\\w"), s = CompileRegex("\\s"),
                       d = CompileRegex("\\d");
  for (int i = 0; i < 5000; ++i) {
    word.insert(w.Generate(rng)[0]);
    space.insert(s.Generate(rng)[0]);
    digit.insert(d.Generate(rng)[0]);
  }
  EXPECT_EQ(word.size(), 63u);
  EXPECT_EQ(space, (std::set<char>{' ', '\t'}));
  EXPECT_EQ(digit.size(), 10u);
}

TEST(RegexGeneratorTest, OtherAlphabets) {
  RegexOptions alnum;
  alnum.alphabet = RegexAlphabet::kAsciiAlphanumeric;
  const RegexGenerator negated = CompileRegex("[^a-z].", alnum);
  Rng rng(18);
  for (int i = 0; i < 2000; ++i) {
    EXPECT_THAT(negated.Generate(rng), MatchesRegex("[A-Z0-9][A-Za-z0-9]"));
  }
  // A bare class escape with nothing left to draw is an error, as a class
  // in brackets is (it used to compile and crash in Generate()).
  std::string error;
  EXPECT_FALSE(RegexGenerator::Compile("a\\W", alnum, &error).has_value());
  EXPECT_EQ(error, "regex \"a\\W\" at 1: \"\\W\" leaves no character of the alphabet to "
                   "generate");

  RegexOptions bmp;
  bmp.alphabet = RegexAlphabet::kBasicMultilingualPlane;
  const RegexGenerator wide = CompileRegex(".\\S[^a]", bmp);
  bool saw_non_ascii = false;
  for (int i = 0; i < 2000; ++i) {
    const std::vector<uint32_t> cps = CodePoints(wide.Generate(rng));
    ASSERT_EQ(cps.size(), 3u);
    for (uint32_t cp : cps) {
      EXPECT_GE(cp, 0x20u);
      EXPECT_TRUE(cp <= 0x7E || cp >= 0xA0) << cp;
      EXPECT_TRUE(cp < 0xD800 || cp > 0xDFFF) << cp;
      EXPECT_NE(cp, 0x2028u);
      EXPECT_LE(cp, 0xFFFDu);
      saw_non_ascii |= cp >= 0x80;
    }
    // \S excludes every ECMAScript space, not just ASCII ones.
    EXPECT_NE(cps[1], 0x3000u);
    EXPECT_NE(cps[1], 0xA0u);
    EXPECT_NE(cps[2], uint32_t{'a'});
  }
  EXPECT_TRUE(saw_non_ascii);
}

TEST(RegexGeneratorTest, UnicodeLiteralsAndRanges) {
  Rng rng(19);
  EXPECT_EQ(CompileRegex("ü{2}北\\é").Generate(rng), "üü北é");
  const RegexGenerator cyrillic = CompileRegex("[а-я]{5}");
  for (int i = 0; i < 1000; ++i) {
    const std::vector<uint32_t> cps = CodePoints(cyrillic.Generate(rng));
    ASSERT_EQ(cps.size(), 5u);
    for (uint32_t cp : cps) {
      EXPECT_GE(cp, 0x430u);
      EXPECT_LE(cp, 0x44Fu);
    }
  }
  const RegexGenerator emoji = CompileRegex("[😀-😂]");
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) seen.insert(emoji.Generate(rng));
  EXPECT_EQ(seen, (std::set<std::string>{"😀", "😁", "😂"}));
  // A range over the surrogates skips them.
  const RegexGenerator wide = CompileRegex("[\\uD7FF-\\uE000]");
  seen.clear();
  for (int i = 0; i < 2000; ++i) seen.insert(wide.Generate(rng));
  EXPECT_EQ(seen, (std::set<std::string>{"\xED\x9F\xBF", "\xEE\x80\x80"}));
}

TEST(RegexGeneratorTest, AlternationBranchesAreEquallyLikely) {
  const RegexGenerator regex = CompileRegex("a|bb|ccc");
  Rng rng(20);
  std::map<std::string, int> counts;
  for (int i = 0; i < 30000; ++i) ++counts[regex.Generate(rng)];
  ASSERT_EQ(counts.size(), 3u);
  // Binomial(30000, 1/3): standard deviation about 82; allow six.
  for (const auto& entry : counts) EXPECT_NEAR(entry.second, 10000, 490);
}

TEST(RegexGeneratorTest, SameSeedSameOutput) {
  const RegexGenerator regex = CompileRegex("(\\w{2,6}\\.){1,3}[a-z]{2,4}");
  Rng a(21), b(21), c(22);
  std::vector<std::string> first, second, third;
  for (int i = 0; i < 100; ++i) {
    first.push_back(regex.Generate(a));
    second.push_back(regex.Generate(b));
    third.push_back(regex.Generate(c));
  }
  EXPECT_EQ(first, second);
  EXPECT_NE(first, third);
}

TEST(RegexGeneratorTest, AppendToAppends) {
  const RegexGenerator regex = CompileRegex("[0-9]{3}");
  Rng a(23), b(23);
  std::string out = "id-";
  regex.AppendTo(a, &out);
  EXPECT_EQ(out, "id-" + regex.Generate(b));
  EXPECT_EQ(regex.pattern(), "[0-9]{3}");
}

TEST(RegexGeneratorTest, PinnedOutputs) {
  // Seed-stable across platforms: these values change only with the data
  // version.
  const RegexGenerator regex = CompileRegex("[A-Z]{2}\\d{2}(-[a-f]+)?|\\w\\s.");
  Rng rng(2026);
  std::vector<std::string> got;
  for (int i = 0; i < 6; ++i) got.push_back(regex.Generate(rng));
  EXPECT_THAT(
      got, ::testing::ElementsAre("H t", "m n", "E >", "j\tg", "ET30", "D ,"));
}

constexpr char kSupported[] =
    "; supported: literals, ., [...] classes and ranges, [^...], \\d \\w \\s "
    "\\D \\W \\S, escapes, groups (...) and (?:...), alternation |, "
    "quantifiers * + ? {n} {n,} {n,m} and lazy forms, anchors ^ $";

struct BadRegex {
  const char* pattern;
  size_t position;
  std::string what;
};

TEST(RegexGeneratorTest, ErrorsNameTheConstructAndPosition) {
  const std::string unsupported = std::string(" is not supported") + kSupported;
  const BadRegex cases[] = {
      {"a(?=b)", 1, "lookahead \"(?=\"" + unsupported},
      {"a(?!b)", 1, "negative lookahead \"(?!\"" + unsupported},
      {"(?<=a)b", 0, "lookbehind \"(?<=\"" + unsupported},
      {"(?<!a)b", 0, "negative lookbehind \"(?<!\"" + unsupported},
      {"(ab", 0, "unterminated group \"(\": no closing \")\""},
      {"x(?:ab|c", 1, "unterminated group \"(?:\": no closing \")\""},
      {"ab)", 2, "unmatched \")\""},
      {"a[bc", 1, "unterminated class \"[\": no closing \"]\""},
      {"[]", 0, "empty class \"[]\" matches nothing"},
      {"*a", 0, "nothing to repeat before quantifier \"*\""},
      {"a|+", 2, "nothing to repeat before quantifier \"+\""},
      {"({2})", 1, "nothing to repeat before quantifier \"{2}\""},
      {"a**", 2,
       "nothing to repeat: quantifier \"*\" follows another "
       "quantifier"},
      {"^*", 1, "nothing to repeat: anchor \"^\" cannot take a quantifier"},
      {"a{3,1}", 1, "quantifier \"{3,1}\" has its minimum above its maximum"},
      {"a{1001}", 1,
       "repetition count in \"{1001}\" is above the limit of "
       "1000"},
      {"a{2,x}", 1,
       "malformed quantifier \"{\"; write {n}, {n,} or {n,m}, "
       "or \\{ for a literal brace"},
      {"a{", 1,
       "malformed quantifier \"{\"; write {n}, {n,} or {n,m}, or "
       "\\{ for a literal brace"},
      {"{x}", 0, "unescaped \"{\"; write \\{ for a literal brace"},
      {"a*+", 1, "possessive quantifier \"*+\"" + unsupported},
      {"a{2}+", 1, "possessive quantifier \"{2}+\"" + unsupported},
      {"(a)\\1", 3, "backreference \"\\1\"" + unsupported},
      {"(?<year>\\d{4})", 0, "named group \"(?<\"" + unsupported},
      {"(?P<year>\\d)", 0, "named group \"(?P<\"" + unsupported},
      {"(?'y'a)", 0, "named group \"(?'\"" + unsupported},
      {"\\k<year>", 0, "named backreference \"\\k\"" + unsupported},
      {"x\\p{L}", 1, "Unicode property \"\\p{L}\"" + unsupported},
      {"\\P{Lu}+", 0, "Unicode property \"\\P{Lu}\"" + unsupported},
      {"(?>a)", 0, "atomic group \"(?>\"" + unsupported},
      {"(?i)abc", 0, "inline flags \"(?i)\"" + unsupported},
      {"(?#note)", 0, "comment \"(?#\"" + unsupported},
      {"(?R)", 0, "recursion \"(?R\"" + unsupported},
      {"[[:alpha:]]", 1, "POSIX class \"[:\"" + unsupported},
      {"\\bword", 0, "word boundary \"\\b\"" + unsupported},
      {"\\Aa", 0, "anchor \"\\A\"" + unsupported},
      {"a^b", 1, "anchor \"^\" anywhere but at the start" + unsupported},
      {"a$b", 1, "anchor \"$\" anywhere but at the end" + unsupported},
      {"(^a)*", 1, "anchor \"^\" inside a repeated group" + unsupported},
      {"[z-a]", 1, "range \"z-a\" is out of order"},
      {"[a-\\d]", 1, "range \"a-\\d\" ends in a class escape"},
      {"\\xZZ", 0,
       "malformed escape \"\\x\"; write \\xHH with two hex "
       "digits"},
      {"\\u12", 0,
       "malformed escape \"\\u\"; write \\uHHHH with four hex "
       "digits"},
      {"\\uD800", 0,
       "surrogate escape \"\\uD800\" (it is not a character)" + unsupported},
      {"\\012", 0, "octal escape \"\\01\"" + unsupported},
      {"\\q", 0, "unknown escape \"\\q\"; write the letter without \\"},
      {"ab\\", 2, "dangling escape \"\\\" at the end of the regex"},
      {"a\xff", 1, "invalid UTF-8 byte 0xFF"},
      {"[^ -~]", 0,
       "class \"[^ -~]\" leaves no character of the alphabet "
       "to generate"},
      {"((a{1000}){1000}){2}", 17,
       "the longest string this regex can generate has "
       "more than 1048576 characters"},
      {"(?", 0, "malformed group \"(?\"; write (...) or (?:...)"},
  };
  for (const BadRegex& bad : cases) {
    std::string error;
    EXPECT_FALSE(RegexGenerator::Compile(bad.pattern, &error).has_value())
        << bad.pattern;
    EXPECT_EQ(error, "regex \"" + std::string(bad.pattern) + "\" at " +
                         std::to_string(bad.position) + ": " + bad.what);
  }
}

TEST(RegexGeneratorTest, TheBriefsExampleMessage) {
  std::string error;
  EXPECT_FALSE(RegexGenerator::Compile("a(?=b)", &error).has_value());
  EXPECT_EQ(error,
            "regex \"a(?=b)\" at 1: lookahead \"(?=\" is not supported; "
            "supported: literals, ., [...] classes and ranges, [^...], \\d "
            "\\w \\s \\D \\W \\S, escapes, groups (...) and (?:...), "
            "alternation |, quantifiers * + ? {n} {n,} {n,m} and lazy forms, "
            "anchors ^ $");
}

TEST(RegexGeneratorTest, NestingIsLimited) {
  std::string error;
  const std::string deep = std::string(200, '(') + "a" + std::string(200, ')');
  EXPECT_TRUE(RegexGenerator::Compile(deep, &error).has_value()) << error;
  const std::string too_deep =
      std::string(201, '(') + "a" + std::string(201, ')');
  EXPECT_FALSE(RegexGenerator::Compile(too_deep, &error).has_value());
  EXPECT_THAT(error, AllOf(HasSubstr(" at 200: "),
                           HasSubstr("groups nested deeper than 200")));
}

TEST(RegexGeneratorTest, LargeButBoundedRepetitionIsAllowed) {
  const RegexGenerator regex = CompileRegex("(a{1000}){1000}");
  EXPECT_EQ(regex.max_length(), 1000000u);
}

TEST(RegexGeneratorDeathTest, OptionsAboveTheLimitAbort) {
  RegexOptions options;
  options.max_extra_repetitions = RegexGenerator::kMaxRepetition + 1;
  EXPECT_DEATH_IF_SUPPORTED(RegexGenerator::Compile("a*", options, nullptr),
                            "max_extra_repetitions");
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
