// Copyright 2026 The gtest_data Authors.
//
// Edge cases: every list is checked for what it claims to hold. Statistical
// checks use fixed seeds, so they either always pass or always fail.

#include "gtest_data/fake/edge_cases.h"

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/random/distributions.h"

namespace gtest_data {
namespace fake {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// ---- Helpers ----

// Strict UTF-8 validation: no overlong forms, surrogates or values above
// U+10FFFF.
bool IsValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    size_t n;
    uint32_t cp, min;
    if (b < 0x80) {
      ++i;
      continue;
    } else if ((b & 0xE0) == 0xC0) {
      n = 2, cp = b & 0x1F, min = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
      n = 3, cp = b & 0x0F, min = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
      n = 4, cp = b & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      const unsigned char c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += n;
  }
  return true;
}

Rng AfterDraws(uint64_t seed, int draws) {
  Rng rng(seed);
  for (int i = 0; i < draws; ++i) rng.Next();
  return rng;
}

template <typename T>
bool SameBits(T a, T b) {
  return std::memcmp(&a, &b, sizeof(T)) == 0;
}

template <typename T>
bool HasBits(const std::vector<T>& values, T wanted) {
  for (T v : values) {
    if (SameBits(v, wanted)) return true;
  }
  return false;
}

std::string MakeName(Rng& rng) {
  return std::string("name-") + static_cast<char>('a' + UniformBelow(rng, 26));
}

TEST(EdgeCasesTest, ApiExamples) {
  // The examples of the file comment of edge_cases.h.
  Rng rng(42);
  using gtest_data::fake::StringEdgeCategory;
  for (const auto& edge : gtest_data::fake::EdgeCaseStrings(
           StringEdgeCategory::kSql | StringEdgeCategory::kMarkup)) {
    SCOPED_TRACE(edge.name);
    EXPECT_FALSE(edge.value.empty());
  }
  for (double x : gtest_data::fake::EdgeCaseNumbers<double>()) {
    EXPECT_TRUE(std::isnan(x) || x == x);
  }
  std::string name = gtest_data::fake::WithEdgeCases(
      rng, 0.05, gtest_data::fake::EdgeCaseStringValues(), MakeName);
  (void)name;

  // The example of WithEdgeCases().
  int64_t quantity =
      WithEdgeCases<int64_t>(rng, 0.01, {0, -1, INT64_MAX},
                             [](Rng& r) { return UniformInt(r, 1, 12); });
  EXPECT_TRUE((quantity >= 1 && quantity <= 12) || quantity == 0 ||
              quantity == -1 || quantity == INT64_MAX);
}

// ---- Strings ----

TEST(EdgeCaseStringsTest, EveryCategoryIsNamedAndNonEmpty) {
  const std::vector<StringEdgeCategory> categories = EachStringEdgeCategory();
  ASSERT_EQ(categories.size(), 16u);
  StringEdgeCategory all = StringEdgeCategory::kNone;
  std::set<std::string> names;
  for (StringEdgeCategory category : categories) {
    const std::string name = StringEdgeCategoryName(category);
    SCOPED_TRACE(name);
    EXPECT_FALSE(name.empty());
    names.insert(name);
    const std::vector<EdgeCaseString> strings = EdgeCaseStrings(category);
    EXPECT_THAT(strings, Not(IsEmpty()));
    for (const EdgeCaseString& s : strings) {
      EXPECT_EQ(s.category, category) << s.name;
      EXPECT_FALSE(s.name.empty());
    }
    all = all | category;
  }
  EXPECT_EQ(names.size(), 16u);
  EXPECT_EQ(all, StringEdgeCategory::kAll);
  EXPECT_STREQ(StringEdgeCategoryName(StringEdgeCategory::kNone), "");
  EXPECT_STREQ(StringEdgeCategoryName(StringEdgeCategory::kSql |
                                      StringEdgeCategory::kPath),
               "");
}

TEST(EdgeCaseStringsTest, OrderedByCategoryAndNamesAreUnique) {
  const std::vector<EdgeCaseString> all =
      EdgeCaseStrings(StringEdgeCategory::kAll);
  std::set<std::string_view> names;
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(names.insert(all[i].name).second) << all[i].name;
    if (i > 0) {
      EXPECT_LE(static_cast<uint32_t>(all[i - 1].category),
                static_cast<uint32_t>(all[i].category));
    }
  }
}

TEST(EdgeCaseStringsTest, DefaultIsValidUtf8AndInvalidOnesAreInvalid) {
  const std::vector<EdgeCaseString> valid = EdgeCaseStrings();
  for (const EdgeCaseString& s : valid) {
    EXPECT_TRUE(IsValidUtf8(s.value)) << s.name;
    EXPECT_NE(s.category, StringEdgeCategory::kInvalidUtf8);
  }
  const std::vector<EdgeCaseString> invalid =
      EdgeCaseStrings(StringEdgeCategory::kInvalidUtf8);
  for (const EdgeCaseString& s : invalid) {
    EXPECT_FALSE(IsValidUtf8(s.value)) << s.name;
  }
  EXPECT_EQ(valid.size() + invalid.size(),
            EdgeCaseStrings(StringEdgeCategory::kAll).size());
}

// The values of one category.
std::vector<std::string> Values(StringEdgeCategory category) {
  return EdgeCaseStringValues(category);
}

TEST(EdgeCaseStringsTest, HoldWhatTheyClaim) {
  using C = StringEdgeCategory;
  EXPECT_THAT(Values(C::kEmpty), Contains(""));
  EXPECT_THAT(Values(C::kWhitespace), Contains(" "));
  EXPECT_THAT(Values(C::kWhitespace), Contains("\xC2\xA0"));      // U+00A0
  EXPECT_THAT(Values(C::kWhitespace), Contains("\xE3\x80\x80"));  // U+3000
  EXPECT_THAT(Values(C::kWhitespace), Contains(HasSubstr("\t")));
  EXPECT_THAT(Values(C::kLong), Contains(std::string(65536, 'a')));
  bool long_multibyte = false;
  for (const std::string& s : Values(C::kLong)) {
    long_multibyte |=
        s.size() >= 65536 && static_cast<unsigned char>(s[0]) >= 0x80;
  }
  EXPECT_TRUE(long_multibyte);
  EXPECT_THAT(Values(C::kCombining), Contains("e\xCC\x81"));  // e + U+0301
  bool zalgo = false;
  for (const std::string& s : Values(C::kCombining)) {
    zalgo |= s.size() > 40 && s[0] == 'Z';
  }
  EXPECT_TRUE(zalgo);
  EXPECT_THAT(Values(C::kBidi), Contains(HasSubstr("\xE2\x80\xAE")));  // RLO
  EXPECT_THAT(Values(C::kBidi), Contains(HasSubstr("\xD7\xA9")));      // Hebrew
  EXPECT_THAT(Values(C::kBidi), Contains(HasSubstr("\xD9\x85")));      // Arabic
  EXPECT_THAT(Values(C::kEmoji), Contains(HasSubstr("\xE2\x80\x8D")));  // ZWJ
  EXPECT_THAT(Values(C::kEmoji),
              Contains(HasSubstr("\xF0\x9F\x8F\xBD")));  // skin tone
  EXPECT_THAT(Values(C::kEmoji),
              Contains("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA"));  // flag DE
  EXPECT_THAT(Values(C::kSql), Contains("Robert'); DROP TABLE Students;--"));
  EXPECT_THAT(Values(C::kSql), Contains("'"));
  EXPECT_THAT(Values(C::kSql), Contains(HasSubstr("--")));
  EXPECT_THAT(Values(C::kSql), Contains(HasSubstr("/*")));
  EXPECT_THAT(Values(C::kShell), Contains(HasSubstr("$(")));
  EXPECT_THAT(Values(C::kShell), Contains(HasSubstr("`")));
  EXPECT_THAT(Values(C::kShell), Contains(HasSubstr("&&")));
  EXPECT_THAT(Values(C::kShell), Contains(HasSubstr("|")));
  EXPECT_THAT(Values(C::kFormat), Contains("%s"));
  EXPECT_THAT(Values(C::kFormat), Contains("%n"));
  EXPECT_THAT(Values(C::kFormat), Contains(HasSubstr("%x")));
  EXPECT_THAT(Values(C::kFormat), Contains("{0}"));
  EXPECT_THAT(Values(C::kFormat), Contains("${x}"));
  EXPECT_THAT(Values(C::kMarkup), Contains("<script>alert(1)</script>"));
  EXPECT_THAT(Values(C::kMarkup),
              Contains(HasSubstr("\"><img src=x onerror=")));
  EXPECT_THAT(Values(C::kPath), Contains("../../etc/passwd"));
  EXPECT_THAT(Values(C::kBom), Contains("\xEF\xBB\xBF"));
  EXPECT_THAT(Values(C::kCaseMapping), Contains("\xC3\x9F"));      // ß
  EXPECT_THAT(Values(C::kCaseMapping), Contains("\xC4\xB0"));      // İ
  EXPECT_THAT(Values(C::kCaseMapping), Contains("\xEF\xAC\x81"));  // ﬁ
  EXPECT_THAT(Values(C::kTypeConfusion), Contains("null"));
  EXPECT_THAT(Values(C::kInvalidUtf8), Contains("\xED\xA0\x80"));
}

TEST(EdgeCaseStringsTest, EmbeddedNul) {
  bool found = false;
  for (const EdgeCaseString& s :
       EdgeCaseStrings(StringEdgeCategory::kControl)) {
    if (s.name != "embedded NUL") continue;
    found = true;
    EXPECT_EQ(s.value.size(), 3u);
    EXPECT_EQ(s.value[0], 'a');
    EXPECT_EQ(s.value[1], '\0');
    EXPECT_EQ(s.value[2], 'b');
    EXPECT_EQ(std::strlen(s.value.c_str()), 1u);
  }
  EXPECT_TRUE(found);
}

TEST(EdgeCaseStringsTest, FilteringSelectsExactlyTheCategories) {
  const StringEdgeCategory wanted =
      StringEdgeCategory::kSql | StringEdgeCategory::kShell;
  const std::vector<EdgeCaseString> both = EdgeCaseStrings(wanted);
  EXPECT_EQ(both.size(),
            EdgeCaseStrings(StringEdgeCategory::kSql).size() +
                EdgeCaseStrings(StringEdgeCategory::kShell).size());
  std::vector<std::string> values;
  for (const EdgeCaseString& s : both) {
    EXPECT_TRUE(Intersects(s.category, wanted));
    values.push_back(s.value);
  }
  EXPECT_EQ(values, EdgeCaseStringValues(wanted));
  EXPECT_THAT(EdgeCaseStrings(StringEdgeCategory::kNone), IsEmpty());
}

TEST(EdgeCaseStringsTest, DrawCoversTheSelectionWithOneDraw) {
  const StringEdgeCategory wanted =
      StringEdgeCategory::kEmpty | StringEdgeCategory::kBom;
  const size_t size = EdgeCaseStrings(wanted).size();
  Rng rng(1);
  std::set<std::string_view> seen;
  for (int i = 0; i < 400; ++i) {
    const EdgeCaseString& s = DrawEdgeCaseString(rng, wanted);
    EXPECT_TRUE(Intersects(s.category, wanted));
    seen.insert(s.name);
  }
  EXPECT_EQ(seen.size(), size);

  Rng a(2), b(2);
  EXPECT_EQ(&DrawEdgeCaseString(a), &DrawEdgeCaseString(b));
  EXPECT_EQ(a, AfterDraws(2, 1));
}

TEST(EdgeCaseStringsDeathTest, DrawNeedsACategory) {
  Rng rng(3);
  EXPECT_DEATH_IF_SUPPORTED(DrawEdgeCaseString(rng, StringEdgeCategory::kNone),
                            "at least one category");
}

// ---- Numbers ----

template <typename T>
void ExpectDistinctNamed(const std::vector<EdgeCaseNumber<T>>& numbers) {
  std::set<std::string_view> names;
  for (size_t i = 0; i < numbers.size(); ++i) {
    EXPECT_TRUE(names.insert(numbers[i].name).second) << numbers[i].name;
    for (size_t j = 0; j < i; ++j) {
      EXPECT_FALSE(SameBits(numbers[i].value, numbers[j].value))
          << numbers[i].name << " duplicates " << numbers[j].name;
    }
  }
}

template <typename T>
T ValueNamed(std::string_view name) {
  for (const EdgeCaseNumber<T>& n : NamedEdgeCaseNumbers<T>()) {
    if (n.name == name) return n.value;
  }
  ADD_FAILURE() << "no edge case named " << name;
  return T();
}

TEST(EdgeCaseNumbersTest, Int8) {
  const std::vector<int8_t> v = EdgeCaseNumbers<int8_t>();
  EXPECT_EQ(v, (std::vector<int8_t>{0, 1, -1, -128, 127, -127, 126}));
  ExpectDistinctNamed(NamedEdgeCaseNumbers<int8_t>());
}

TEST(EdgeCaseNumbersTest, Uint8) {
  const std::vector<uint8_t> v = EdgeCaseNumbers<uint8_t>();
  EXPECT_EQ(v, (std::vector<uint8_t>{0, 1, 255, 254, 127, 128}));
  EXPECT_EQ(ValueNamed<uint8_t>("int8 max + 1"), 128);
}

TEST(EdgeCaseNumbersTest, Int32) {
  const std::vector<int32_t> v = EdgeCaseNumbers<int32_t>();
  using L = std::numeric_limits<int32_t>;
  for (int32_t wanted :
       {0, 1, -1, L::min(), L::max(), L::min() + 1, L::max() - 1, -128, 127,
        255, -32768, 32767, 65535, 128, -129, 256, 32768, -32769, 65536}) {
    EXPECT_THAT(v, Contains(wanted));
  }
  ExpectDistinctNamed(NamedEdgeCaseNumbers<int32_t>());
  EXPECT_EQ(ValueNamed<int32_t>("max"), L::max());
  EXPECT_EQ(ValueNamed<int32_t>("uint16 max + 1"), 65536);
}

TEST(EdgeCaseNumbersTest, Int64AndUint64) {
  const std::vector<int64_t> s = EdgeCaseNumbers<int64_t>();
  using L = std::numeric_limits<int64_t>;
  for (int64_t wanted :
       {int64_t{0}, L::min(), L::max(), L::min() + 1, L::max() - 1,
        int64_t{INT32_MIN}, int64_t{INT32_MAX}, int64_t{UINT32_MAX},
        int64_t{INT32_MAX} + 1, int64_t{INT32_MIN} - 1, int64_t{UINT32_MAX} + 1,
        int64_t{1} << 53, (int64_t{1} << 53) + 1, -(int64_t{1} << 53)}) {
    EXPECT_THAT(s, Contains(wanted));
  }
  EXPECT_EQ(ValueNamed<int64_t>("int32 max + 1"), int64_t{1} << 31);
  ExpectDistinctNamed(NamedEdgeCaseNumbers<int64_t>());

  const std::vector<uint64_t> u = EdgeCaseNumbers<uint64_t>();
  EXPECT_THAT(u, Contains(std::numeric_limits<uint64_t>::max()));
  EXPECT_THAT(u, Contains(uint64_t{1} << 63));  // int64 max + 1
  EXPECT_THAT(u, Contains(uint64_t{INT64_MAX}));
  ExpectDistinctNamed(NamedEdgeCaseNumbers<uint64_t>());
  // Other integral types work too.
  EXPECT_THAT(EdgeCaseNumbers<short>(), Contains(SHRT_MIN));
  EXPECT_THAT(EdgeCaseNumbers<unsigned>(), Contains(UINT_MAX));
  EXPECT_THAT(EdgeCaseNumbers<long long>(), Contains(LLONG_MIN));
}

TEST(EdgeCaseNumbersTest, Double) {
  const std::vector<double> v = EdgeCaseNumbers<double>();
  ExpectDistinctNamed(NamedEdgeCaseNumbers<double>());
  using L = std::numeric_limits<double>;
  const double nan = ValueNamed<double>("quiet NaN");
  EXPECT_TRUE(std::isnan(nan));
  EXPECT_FALSE(std::signbit(nan));
  EXPECT_TRUE(std::isnan(ValueNamed<double>("negative quiet NaN")));
  EXPECT_TRUE(std::signbit(ValueNamed<double>("negative quiet NaN")));
  const double negative_zero = ValueNamed<double>("negative zero");
  EXPECT_EQ(negative_zero, 0.0);
  EXPECT_TRUE(std::signbit(negative_zero));
  EXPECT_FALSE(std::signbit(ValueNamed<double>("zero")));
  EXPECT_EQ(ValueNamed<double>("infinity"), L::infinity());
  EXPECT_EQ(ValueNamed<double>("negative infinity"), -L::infinity());
  EXPECT_EQ(ValueNamed<double>("smallest subnormal"), L::denorm_min());
  EXPECT_EQ(ValueNamed<double>("smallest subnormal"), 0x1p-1074);
  const double largest_subnormal = ValueNamed<double>("largest subnormal");
  EXPECT_EQ(largest_subnormal, std::nextafter(DBL_MIN, 0.0));
  EXPECT_EQ(std::fpclassify(largest_subnormal), FP_SUBNORMAL);
  EXPECT_EQ(ValueNamed<double>("smallest normal"), DBL_MIN);
  EXPECT_EQ(std::fpclassify(DBL_MIN), FP_NORMAL);
  EXPECT_EQ(ValueNamed<double>("largest finite"), DBL_MAX);
  EXPECT_EQ(ValueNamed<double>("lowest finite"), -DBL_MAX);
  EXPECT_EQ(ValueNamed<double>("epsilon"), DBL_EPSILON);
  EXPECT_EQ(ValueNamed<double>("one plus epsilon"), std::nextafter(1.0, 2.0));
  EXPECT_EQ(ValueNamed<double>("largest below one"), std::nextafter(1.0, 0.0));
  const double sum = ValueNamed<double>("0.1 + 0.2");
  EXPECT_NE(sum, ValueNamed<double>("0.3"));
  EXPECT_EQ(sum, 0x1.3333333333334p-2);  // 0.30000000000000004
  EXPECT_EQ(ValueNamed<double>("2^digits: integers stop being exact above it"),
            9007199254740992.0);
  EXPECT_EQ(ValueNamed<double>("2^63: int64 overflow on conversion"),
            9223372036854775808.0);
  EXPECT_TRUE(HasBits(v, -0.0));
  EXPECT_TRUE(HasBits(v, 0.0));
  EXPECT_TRUE(HasBits(v, 1.0));
  EXPECT_TRUE(HasBits(v, -1.0));
}

TEST(EdgeCaseNumbersTest, Float) {
  ExpectDistinctNamed(NamedEdgeCaseNumbers<float>());
  using L = std::numeric_limits<float>;
  EXPECT_TRUE(std::isnan(ValueNamed<float>("quiet NaN")));
  EXPECT_TRUE(std::signbit(ValueNamed<float>("negative zero")));
  EXPECT_EQ(ValueNamed<float>("smallest subnormal"), L::denorm_min());
  EXPECT_EQ(ValueNamed<float>("largest subnormal"),
            std::nextafter(FLT_MIN, 0.0f));
  EXPECT_EQ(ValueNamed<float>("smallest normal"), FLT_MIN);
  EXPECT_EQ(ValueNamed<float>("largest finite"), FLT_MAX);
  EXPECT_EQ(ValueNamed<float>("epsilon"), FLT_EPSILON);
  EXPECT_EQ(ValueNamed<float>("2^digits: integers stop being exact above it"),
            16777216.0f);
  // In float, 0.1 + 0.2 rounds to 0.3 itself, so it is listed once.
  bool has_sum = false;
  for (const auto& n : NamedEdgeCaseNumbers<float>()) {
    has_sum |= n.name == "0.1 + 0.2";
  }
  const float tenth = 0.1f, fifth = 0.2f;
  EXPECT_EQ(has_sum, tenth + fifth != 0.3f);
}

TEST(EdgeCaseNumbersTest, DrawConsumesOneDraw) {
  Rng rng(4);
  std::set<int16_t> seen;
  for (int i = 0; i < 1000; ++i) seen.insert(DrawEdgeCaseNumber<int16_t>(rng));
  EXPECT_EQ(seen.size(), EdgeCaseNumbers<int16_t>().size());
  Rng one(5);
  DrawEdgeCaseNumber<double>(one);
  EXPECT_EQ(one, AfterDraws(5, 1));
}

// ---- Calendar ----
//
// The day arithmetic of datetime.h that the date edge cases are built on,
// checked against the calendar rules day by day, and the date-time helpers
// of edge_cases.h.

TEST(EdgeCaseCalendarTest, KnownValues) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromCivil({2038, 1, 19}), 24855);
  EXPECT_EQ(DaysFromCivil({9999, 12, 31}), 2932896);
  EXPECT_EQ(DaysFromCivil({1, 1, 1}), -719162);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysFromCivil({1900, 1, 1}), -25567);
  EXPECT_EQ(DaysFromCivil({0, 3, 1}), -719468);
  EXPECT_EQ(CivilFromDays(24855), (CivilDate{2038, 1, 19}));
  EXPECT_EQ(CivilFromDays(2932896), (CivilDate{9999, 12, 31}));
  EXPECT_EQ(CivilFromDays(-719162), (CivilDate{1, 1, 1}));
  EXPECT_EQ(CivilFromDays(-719163), (CivilDate{0, 12, 31}));
  // IsoWeekday: Monday = 0 ... Sunday = 6.
  EXPECT_EQ(IsoWeekday(0), 3);                              // Thursday
  EXPECT_EQ(IsoWeekday(DaysFromCivil({2025, 3, 9})), 6);    // Sunday
  EXPECT_EQ(IsoWeekday(DaysFromCivil({1969, 12, 29})), 0);  // Monday
  EXPECT_EQ(IsoWeekday(DaysFromCivil({1, 1, 1})), 0);       // Monday
}

TEST(EdgeCaseCalendarTest, LeapYears) {
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(2100));
  EXPECT_TRUE(IsLeapYear(0));
  EXPECT_TRUE(IsLeapYear(-4));
  EXPECT_FALSE(IsLeapYear(-100));
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2025, 4), 30);
  EXPECT_EQ(DaysInMonth(2025, 12), 31);
}

// The next day, by the rules of the calendar alone.
CivilDate NextDay(CivilDate d) {
  if (d.day < DaysInMonth(d.year, d.month)) {
    ++d.day;
  } else if (d.month < 12) {
    ++d.month;
    d.day = 1;
  } else {
    ++d.year;
    d.month = 1;
    d.day = 1;
  }
  return d;
}

TEST(EdgeCaseCalendarTest, EveryDayFromYearMinusOneToTenThousandRoundTrips) {
  // Walks day by day, so that CivilFromDays is checked against the calendar
  // rules rather than against itself.
  const int64_t first = DaysFromCivil({-1, 1, 1});
  const int64_t last = DaysFromCivil({10000, 12, 31});
  CivilDate expected{-1, 1, 1};
  for (int64_t day = first; day <= last; ++day) {
    const CivilDate date = CivilFromDays(day);
    if (date != expected) {
      FAIL() << day << " gave " << date.year << "-" << date.month << "-"
             << date.day << ", expected " << expected.year << "-"
             << expected.month << "-" << expected.day;
    }
    if (DaysFromCivil(date) != day) FAIL() << day;
    expected = NextDay(expected);
  }
  EXPECT_EQ(last - first + 1, 146097 * 25 + 366 + 365);
}

TEST(EdgeCaseCalendarTest, FarDatesRoundTrip) {
  for (CivilDate date :
       {CivilDate{1000000000, 12, 31}, CivilDate{-1000000000, 1, 1},
        CivilDate{-1000000000, 2, 29}, CivilDate{123456789, 2, 28}}) {
    EXPECT_EQ(CivilFromDays(DaysFromCivil(date)), date) << date.year;
  }
}

TEST(EdgeCaseCalendarTest, UnixSeconds) {
  const CivilDateTime y2038{{2038, 1, 19}, 3, 14, 7};
  EXPECT_EQ(UnixSecondsFromCivil(y2038), 2147483647);
  EXPECT_EQ(CivilFromUnixSeconds(2147483647), y2038);
  EXPECT_EQ(CivilFromUnixSeconds(-1),
            (CivilDateTime{{1969, 12, 31}, 23, 59, 59}));
  for (int64_t s : {int64_t{0}, int64_t{-1}, int64_t{-86400}, int64_t{-86401},
                    int64_t{1234567890}, int64_t{-62135596800}}) {
    EXPECT_EQ(UnixSecondsFromCivil(CivilFromUnixSeconds(s)), s);
  }
}

TEST(EdgeCaseCalendarTest, IsoFormatting) {
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({2024, 2, 29})), "2024-02-29");
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({-1, 12, 31})), "-0001-12-31");
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({10000, 1, 1})), "+10000-01-01");
  EXPECT_EQ(FormatIsoLocalDateTime({{2025, 3, 9}, 2, 30, 0}),
            "2025-03-09T02:30:00");
  EXPECT_EQ(FormatIsoLocalDateTime({{-1, 12, 31}, 23, 59, 59}),
            "-0001-12-31T23:59:59");
  EXPECT_EQ(FormatIsoLocalDateTime({{2038, 1, 19}, 3, 14, 7}),
            "2038-01-19T03:14:07");
}

TEST(EdgeCaseCalendarDeathTest, InvalidDatesAbort) {
  EXPECT_DEATH_IF_SUPPORTED(UnixSecondsFromCivil({{2025, 2, 29}, 0, 0, 0}),
                            "valid date");
  EXPECT_DEATH_IF_SUPPORTED(UnixSecondsFromCivil({{2025, 13, 1}, 0, 0, 0}),
                            "valid date");
  EXPECT_DEATH_IF_SUPPORTED(UnixSecondsFromCivil({{2025, 1, 1}, 24, 0, 0}),
                            "valid time of day");
}

// ---- Edge-case dates and instants ----

TEST(EdgeCaseDatesTest, ConsistentAndComplete) {
  std::set<std::string> isos;
  for (const EdgeCaseDate& d : EdgeCaseDates()) {
    SCOPED_TRACE(d.name);
    EXPECT_EQ(d.days, DaysFromCivil(d.date));
    EXPECT_EQ(CivilFromDays(d.days), d.date);
    EXPECT_EQ(d.iso, FormatIsoDate(d.days));
    EXPECT_TRUE(isos.insert(d.iso).second);
  }
  for (const char* wanted :
       {"1970-01-01", "1969-12-31", "1900-01-01", "1900-02-28", "1900-03-01",
        "2000-02-29", "2024-02-29", "2100-02-28", "2100-03-01", "2038-01-19",
        "9999-12-31", "0001-01-01"}) {
    EXPECT_EQ(isos.count(wanted), 1u) << wanted;
  }
  for (const EdgeCaseDate& d : EdgeCaseDates()) {
    if (d.iso == "2038-01-19") {
      EXPECT_EQ(d.days, 24855);
    } else if (d.iso == "9999-12-31") {
      EXPECT_EQ(d.days, 2932896);
    } else if (d.iso == "1900-02-28") {
      EXPECT_EQ(CivilFromDays(d.days + 1), (CivilDate{1900, 3, 1}));
    } else if (d.iso == "2100-02-28") {
      EXPECT_EQ(CivilFromDays(d.days + 1), (CivilDate{2100, 3, 1}));
    }
  }
}

TEST(EdgeCaseInstantsTest, KnownInstants) {
  std::set<std::string> isos;
  for (const EdgeCaseInstant& i : EdgeCaseInstants()) {
    SCOPED_TRACE(i.name);
    EXPECT_EQ(UnixSecondsFromCivil(i.utc), i.unix_seconds);
    EXPECT_EQ(i.iso, FormatIsoDateTime(i.unix_seconds));
    EXPECT_EQ(i.iso, FormatIsoLocalDateTime(i.utc) + "Z");
    EXPECT_EQ(CivilFromUnixSeconds(i.unix_seconds), i.utc);
    isos.insert(i.iso);
  }
  for (const char* wanted :
       {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2038-01-19T03:14:07Z",
        "2038-01-19T03:14:08Z", "1901-12-13T20:45:52Z", "2106-02-07T06:28:15Z",
        "2000-01-01T00:00:00Z", "1980-01-06T00:00:00Z", "2036-02-07T06:28:16Z",
        "2016-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
        "+275760-09-13T00:00:00Z"}) {
    EXPECT_EQ(isos.count(wanted), 1u) << wanted;
  }
}

// ---- Daylight saving ----

std::vector<DstTransition> Transitions(std::string_view zone, int64_t year) {
  std::string error;
  std::optional<std::vector<DstTransition>> t =
      DstTransitions(zone, year, &error);
  EXPECT_TRUE(t.has_value()) << error;
  return t ? *t : std::vector<DstTransition>();
}

TEST(DstTransitionsTest, NewYork2025) {
  const std::vector<DstTransition> t = Transitions("America/New_York", 2025);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].kind, DstTransitionKind::kGap);
  EXPECT_EQ(t[0].first_affected_iso, "2025-03-09T02:00:00");
  EXPECT_EQ(t[0].end_affected_iso, "2025-03-09T03:00:00");
  EXPECT_EQ(t[0].utc_iso, "2025-03-09T07:00:00Z");
  EXPECT_EQ(t[0].offset_before_seconds, -5 * 3600);
  EXPECT_EQ(t[0].offset_after_seconds, -4 * 3600);
  EXPECT_EQ(t[0].clock_before, (CivilDateTime{{2025, 3, 9}, 2, 0, 0}));
  EXPECT_EQ(t[0].clock_after, (CivilDateTime{{2025, 3, 9}, 3, 0, 0}));
  EXPECT_EQ(t[1].kind, DstTransitionKind::kOverlap);
  EXPECT_EQ(t[1].first_affected_iso, "2025-11-02T01:00:00");
  EXPECT_EQ(t[1].end_affected_iso, "2025-11-02T02:00:00");
  EXPECT_EQ(t[1].utc_iso, "2025-11-02T06:00:00Z");
  EXPECT_EQ(t[1].clock_before, (CivilDateTime{{2025, 11, 2}, 2, 0, 0}));
  EXPECT_EQ(t[1].clock_after, (CivilDateTime{{2025, 11, 2}, 1, 0, 0}));
}

TEST(DstTransitionsTest, Berlin2025) {
  const std::vector<DstTransition> t = Transitions("Europe/Berlin", 2025);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].kind, DstTransitionKind::kGap);
  EXPECT_EQ(t[0].clock_before, (CivilDateTime{{2025, 3, 30}, 2, 0, 0}));
  EXPECT_EQ(t[0].end_affected_iso, "2025-03-30T03:00:00");
  EXPECT_EQ(t[0].utc_iso, "2025-03-30T01:00:00Z");
  EXPECT_EQ(t[1].kind, DstTransitionKind::kOverlap);
  EXPECT_EQ(t[1].clock_before, (CivilDateTime{{2025, 10, 26}, 3, 0, 0}));
  EXPECT_EQ(t[1].first_affected_iso, "2025-10-26T02:00:00");
  EXPECT_EQ(t[1].end_affected_iso, "2025-10-26T03:00:00");
  EXPECT_EQ(t[1].utc_iso, "2025-10-26T01:00:00Z");
}

TEST(DstTransitionsTest, LondonSydneyAucklandAdelaide2025) {
  std::vector<DstTransition> t = Transitions("Europe/London", 2025);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].first_affected_iso, "2025-03-30T01:00:00");
  EXPECT_EQ(t[0].end_affected_iso, "2025-03-30T02:00:00");
  EXPECT_EQ(t[1].first_affected_iso, "2025-10-26T01:00:00");
  EXPECT_EQ(t[1].end_affected_iso, "2025-10-26T02:00:00");

  t = Transitions("Australia/Sydney", 2025);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].kind, DstTransitionKind::kOverlap);
  EXPECT_EQ(t[0].first_affected_iso, "2025-04-06T02:00:00");
  EXPECT_EQ(t[0].end_affected_iso, "2025-04-06T03:00:00");
  EXPECT_EQ(t[0].utc_iso, "2025-04-05T16:00:00Z");
  EXPECT_EQ(t[1].kind, DstTransitionKind::kGap);
  EXPECT_EQ(t[1].first_affected_iso, "2025-10-05T02:00:00");
  EXPECT_EQ(t[1].end_affected_iso, "2025-10-05T03:00:00");
  EXPECT_EQ(t[1].utc_iso, "2025-10-04T16:00:00Z");

  t = Transitions("Pacific/Auckland", 2025);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].first_affected_iso, "2025-04-06T02:00:00");
  EXPECT_EQ(t[1].first_affected_iso, "2025-09-28T02:00:00");
  EXPECT_EQ(t[1].utc_iso, "2025-09-27T14:00:00Z");

  t = Transitions("Australia/Adelaide", 2025);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].first_affected_iso, "2025-10-05T02:00:00");
  EXPECT_EQ(t[1].utc_iso, "2025-10-04T16:30:00Z");
}

TEST(DstTransitionsTest, OtherYears) {
  std::vector<DstTransition> t = Transitions("America/New_York", 2024);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].first_affected_iso, "2024-03-10T02:00:00");
  EXPECT_EQ(t[1].first_affected_iso, "2024-11-03T01:00:00");
  t = Transitions("Europe/Berlin", 2024);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].first_affected_iso, "2024-03-31T02:00:00");
  EXPECT_EQ(t[1].first_affected_iso, "2024-10-27T02:00:00");
  t = Transitions("America/Los_Angeles", 2007);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].first_affected_iso, "2007-03-11T02:00:00");
  EXPECT_EQ(t[1].first_affected_iso, "2007-11-04T01:00:00");
}

TEST(DstTransitionsTest, ZonesWithoutDaylightSaving) {
  EXPECT_THAT(Transitions("Asia/Tokyo", 2025), IsEmpty());
  EXPECT_THAT(Transitions("UTC", 1), IsEmpty());
  EXPECT_THAT(Transitions("America/Phoenix", 2025), IsEmpty());
}

TEST(DstTransitionsTest, EveryZoneAndYearIsConsistent) {
  for (std::string_view zone : DstZoneIds()) {
    for (int64_t year = 2008; year <= 2100; ++year) {
      const std::optional<std::vector<DstTransition>> transitions =
          DstTransitions(zone, year, nullptr);
      if (!transitions) {
        // The one zone whose rule starts after 2008.
        EXPECT_EQ(zone, "America/Sao_Paulo");
        EXPECT_LT(year, 2020);
        continue;
      }
      for (const DstTransition& t : *transitions) {
        SCOPED_TRACE(std::string(zone) + " " + t.utc_iso);
        EXPECT_EQ(t.clock_before.date.year, year);
        EXPECT_EQ(IsoWeekday(DaysFromCivil(t.clock_before.date)), 6);
        EXPECT_EQ(std::abs(t.offset_after_seconds - t.offset_before_seconds),
                  3600);
        EXPECT_EQ(UnixSecondsFromCivil(t.clock_before),
                  t.utc_seconds + t.offset_before_seconds);
        EXPECT_EQ(UnixSecondsFromCivil(t.clock_after),
                  t.utc_seconds + t.offset_after_seconds);
        EXPECT_EQ(UnixSecondsFromCivil(t.end_affected) -
                      UnixSecondsFromCivil(t.first_affected),
                  3600);
        EXPECT_EQ(t.kind == DstTransitionKind::kGap,
                  t.offset_after_seconds > t.offset_before_seconds);
      }
    }
  }
}

TEST(DstTransitionsTest, ZoneIds) {
  const std::vector<std::string_view> ids = DstZoneIds();
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  for (const char* wanted : {"America/New_York", "Europe/Berlin",
                             "Europe/London", "Australia/Sydney"}) {
    EXPECT_THAT(ids, Contains(wanted));
  }
}

TEST(DstTransitionsTest, Errors) {
  std::string error;
  EXPECT_FALSE(DstTransitions("Mars/Olympus", 2025, &error).has_value());
  EXPECT_THAT(error, HasSubstr("time zone \"Mars/Olympus\": not in the "
                               "built-in table; known zones: "
                               "America/Anchorage, "));
  EXPECT_FALSE(DstTransitions("Europe/Berlin", 1990, &error).has_value());
  EXPECT_EQ(error,
            "time zone \"Europe/Berlin\": year 1990 is outside 1996-9999, "
            "the years of the built-in rule (it holds only the zone's "
            "current rule)");
  EXPECT_FALSE(DstTransitions("UTC", 10000, nullptr).has_value());
}

// ---- Email addresses ----

bool IsAtext(unsigned char c, bool utf8) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') ||
         std::strchr("!#$%&'*+-/=?^_`{|}~", c) != nullptr ||
         (utf8 && c >= 0x80);
}

// A checker of RFC 5322 addr-spec (without comments or folding whitespace),
// with RFC 5321's length limits and domain rules, and RFC 6531's UTF-8 where
// allowed. Returns the domain, or "" when the address is invalid.
std::string CheckEmail(const std::string& address, bool utf8,
                       std::string* why) {
  const auto fail = [why](const char* reason) {
    *why = reason;
    return std::string();
  };
  size_t i = 0;
  const size_t n = address.size();
  if (n > 254) return fail("longer than 254");
  // local-part = dot-atom / quoted-string
  if (i < n && address[i] == '"') {
    ++i;
    for (;;) {
      if (i >= n) return fail("unterminated quoted string");
      const unsigned char c = static_cast<unsigned char>(address[i]);
      if (c == '"') break;
      if (c == '\\') {
        if (i + 1 >= n || address[i + 1] < 32 || address[i + 1] > 126) {
          return fail("bad quoted pair");
        }
        i += 2;
        continue;
      }
      if (!(c == 32 || c == 33 || (c >= 35 && c <= 91) ||
            (c >= 93 && c <= 126) || (utf8 && c >= 0x80))) {
        return fail("bad qtext");
      }
      ++i;
    }
    ++i;
  } else {
    bool need_atext = true;
    while (i < n && address[i] != '@') {
      const unsigned char c = static_cast<unsigned char>(address[i]);
      if (c == '.') {
        if (need_atext) return fail("empty atom");
        need_atext = true;
      } else if (IsAtext(c, utf8)) {
        need_atext = false;
      } else {
        return fail("bad atext");
      }
      ++i;
    }
    if (need_atext) return fail("empty or dot-ended local part");
  }
  if (i > 64) return fail("local part longer than 64");
  if (i >= n || address[i] != '@') return fail("no @");
  const std::string domain = address.substr(i + 1);
  if (domain.empty()) return fail("empty domain");
  if (domain.front() == '[') {
    if (domain.back() != ']') return fail("unterminated literal");
    for (size_t k = 1; k + 1 < domain.size(); ++k) {
      const unsigned char c = static_cast<unsigned char>(domain[k]);
      if (!((c >= 33 && c <= 90) || (c >= 94 && c <= 126))) {
        return fail("bad dtext");
      }
    }
    return domain;
  }
  // RFC 5321 Domain: labels of letters, digits and inner hyphens, 1-63 long.
  size_t label_start = 0;
  for (size_t k = 0; k <= domain.size(); ++k) {
    if (k == domain.size() || domain[k] == '.') {
      const size_t length = k - label_start;
      if (length == 0 || length > 63) return fail("bad label length");
      if (domain[label_start] == '-' || domain[k - 1] == '-') {
        return fail("hyphen at label end");
      }
      label_start = k + 1;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(domain[k]);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (c >= '0' && c <= '9') || c == '-' || (utf8 && c >= 0x80))) {
      return fail("bad domain character");
    }
  }
  return domain;
}

std::string AsciiLower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsReservedDomain(const std::string& raw) {
  const std::string domain = AsciiLower(raw);
  if (domain.front() == '[') {
    return domain.rfind("[192.0.2.", 0) == 0 ||
           domain.rfind("[ipv6:2001:db8:", 0) == 0;
  }
  for (const char* base : {"example.com", "example.org", "example.net"}) {
    if (domain == base || EndsWith(domain, std::string(".") + base)) {
      return true;
    }
  }
  return EndsWith(domain, ".example") || EndsWith(domain, ".test") ||
         EndsWith(domain, ".invalid");
}

TEST(EdgeCaseEmailsTest, EveryAddressIsValidAndReserved) {
  const std::vector<EdgeCaseEmail> emails = EdgeCaseEmails();
  std::set<std::string> addresses;
  for (const EdgeCaseEmail& e : emails) {
    SCOPED_TRACE(std::string(e.name) + ": " + e.address);
    std::string why;
    const std::string domain = CheckEmail(e.address, e.needs_smtputf8, &why);
    EXPECT_FALSE(domain.empty()) << why;
    if (!domain.empty()) {
      EXPECT_TRUE(IsReservedDomain(domain)) << domain;
    }
    bool ascii = true;
    for (char c : e.address) ascii &= static_cast<unsigned char>(c) < 0x80;
    EXPECT_EQ(ascii, !e.needs_smtputf8);
    EXPECT_TRUE(IsValidUtf8(e.address));
    EXPECT_TRUE(addresses.insert(e.address).second);
  }
  for (const char* wanted :
       {"a+tag@example.com", "\"john..doe\"@example.com", "\"a b\"@example.org",
        "user@[192.0.2.1]", "user@[IPv6:2001:db8::1]",
        "user@m\xC3\xBCnchen.example", "user@xn--mnchen-3ya.example"}) {
    EXPECT_EQ(addresses.count(wanted), 1u) << wanted;
  }
  bool local64 = false, total254 = false;
  for (const std::string& a : addresses) {
    local64 |= a.find('@') == 64;
    total254 |= a.size() == 254;
  }
  EXPECT_TRUE(local64);
  EXPECT_TRUE(total254);
}

TEST(EdgeCaseEmailsTest, TheCheckerRejectsInvalidAddresses) {
  for (const char* bad :
       {"john..doe@example.com", ".a@example.com", "a.@example.com",
        "a b@example.com", "@example.com", "a@", "a@-x.example", "a@x-.example",
        "a@x..example", "\"a@example.com", "a@[192.0.2.1",
        "m\xC3\xBCller@example.com"}) {
    std::string why;
    EXPECT_EQ(CheckEmail(bad, false, &why), "") << bad;
  }
  std::string why;
  EXPECT_EQ(CheckEmail(std::string(65, 'a') + "@example.com", false, &why), "");
}

// ---- Mixing ----

TEST(WithEdgeCasesTest, RateIsRespected) {
  Rng rng(6);
  const std::vector<int> edges = {-1, -2, -3};
  int edge = 0;
  const int n = 100000;
  for (int i = 0; i < n; ++i) {
    const int v = WithEdgeCases(rng, 0.1, edges, [](Rng& r) {
      return static_cast<int>(UniformBelow(r, 100));
    });
    edge += v < 0;
  }
  // Binomial(100000, 0.1): standard deviation about 95; allow six.
  EXPECT_NEAR(edge, 10000, 570);

  int exact = 0;
  for (int i = 0; i < n; ++i) {
    exact += WithEdgeCases(rng, 1, 8, edges, [](Rng&) { return 7; }) < 0;
  }
  // Binomial(100000, 1/8): standard deviation about 105; allow six.
  EXPECT_NEAR(exact, 12500, 630);
}

TEST(WithEdgeCasesTest, ConsumesOneDecisionDrawThenTheBranch) {
  const std::vector<std::string> edges = {"x", "y", "z"};
  const auto normal = [](Rng& r) {
    r.Next();
    r.Next();
    return std::string("normal");
  };
  Rng never(7);
  EXPECT_EQ(WithEdgeCases(never, 0.0, edges, normal), "normal");
  EXPECT_EQ(never, AfterDraws(7, 3));  // decision + two of normal's

  Rng always(7);
  EXPECT_THAT(edges, Contains(WithEdgeCases(always, 1.0, edges, normal)));
  EXPECT_EQ(always, AfterDraws(7, 2));  // decision + the pick

  Rng exact_never(8);
  EXPECT_EQ(WithEdgeCases(exact_never, 0, 1, edges, normal), "normal");
  EXPECT_EQ(exact_never, AfterDraws(8, 3));
}

TEST(WithEdgeCasesTest, SameSeedSameOutput) {
  const std::vector<std::string> edges = EdgeCaseStringValues();
  Rng a(9), b(9);
  for (int i = 0; i < 200; ++i) {
    EXPECT_EQ(WithEdgeCases(a, 0.3, edges, MakeName),
              WithEdgeCases(b, 0.3, edges, MakeName));
  }
}

TEST(WithEdgeCasesDeathTest, EmptyEdgesAbort) {
  Rng rng(10);
  EXPECT_DEATH_IF_SUPPORTED(
      WithEdgeCases(rng, 0.5, std::vector<int>{}, [](Rng&) { return 1; }),
      "at least one edge case");
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
