// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/datetime.h"

#include <set>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace fake {
namespace {

TEST(DatetimeTest, ApiExamples) {
  Rng rng(1);
  int64_t today = DaysFromCivil({2026, 1, 1});
  int64_t born = Birthdate(rng, today, 18, 65);
  EXPECT_GE(AgeOn(born, today), 18);
  EXPECT_EQ(FormatIsoDate(born).size(), 10u);
  int64_t t = PastTime(rng, kDefaultReferenceNow, 30 * kSecondsPerDay);
  EXPECT_LT(t, kDefaultReferenceNow);
  EXPECT_EQ(FormatIsoDateTime(kDefaultReferenceNow), "2026-01-01T00:00:00Z");
}

TEST(CivilTest, KnownDays) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  EXPECT_EQ(DaysFromCivil({2038, 1, 19}), 24855);
  EXPECT_EQ(DaysFromCivil({9999, 12, 31}), 2932896);
  EXPECT_EQ(DaysFromCivil({1, 1, 1}), -719162);
  EXPECT_EQ(CivilFromDays(-719162), (CivilDate{1, 1, 1}));
  EXPECT_EQ(CivilFromDays(11016), (CivilDate{2000, 2, 29}));
}

TEST(CivilTest, RoundTripsEveryDayOfFiveCenturies) {
  int64_t expected = DaysFromCivil({1800, 1, 1});
  for (int64_t year = 1800; year < 2300; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= DaysInMonth(year, month); ++day) {
        const CivilDate date{year, month, day};
        ASSERT_EQ(DaysFromCivil(date), expected) << year << "-" << month << "-" << day;
        ASSERT_EQ(CivilFromDays(expected), date);
        ++expected;
      }
    }
  }
}

TEST(CivilTest, LeapYearsAndWeekdays) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2100));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(IsoWeekday(0), 3);                                 // Thursday
  EXPECT_EQ(IsoWeekday(DaysFromCivil({2026, 11, 24})), 1);     // Tuesday
  EXPECT_EQ(IsoWeekday(DaysFromCivil({1969, 12, 29})), 0);     // Monday
}

TEST(FormatTest, IsoStrings) {
  EXPECT_EQ(FormatIsoDate(0), "1970-01-01");
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({9999, 12, 31})), "9999-12-31");
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({10000, 1, 1})), "+10000-01-01");
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({-1, 1, 1})), "-0001-01-01");
  EXPECT_EQ(FormatIsoDate(DaysFromCivil({5, 3, 7})), "0005-03-07");
  EXPECT_EQ(FormatIsoDateTime(2147483647), "2038-01-19T03:14:07Z");
  EXPECT_EQ(FormatIsoDateTime(-1), "1969-12-31T23:59:59Z");
  EXPECT_EQ(FormatIsoTime(3723), "01:02:03");
}

TEST(RangeTest, DatesAndTimesStayInTheirBounds) {
  Rng rng(2);
  std::set<int64_t> seen;
  for (int i = 0; i < 10000; ++i) {
    const int64_t d = DateBetween(rng, 100, 110);
    ASSERT_GE(d, 100);
    ASSERT_LE(d, 110);
    seen.insert(d);
    const int64_t past = PastTime(rng, 1000, 10);
    ASSERT_GE(past, 990);
    ASSERT_LT(past, 1000);
    const int64_t future = FutureTime(rng, 1000, 10);
    ASSERT_GT(future, 1000);
    ASSERT_LE(future, 1010);
  }
  EXPECT_EQ(seen.size(), 11u);
}

TEST(BirthdateTest, AgesFallInTheRangeIncludingLeapDayCases) {
  Rng rng(3);
  for (const CivilDate today_date :
       {CivilDate{2026, 1, 1}, CivilDate{2024, 2, 29}, CivilDate{2025, 2, 28},
        CivilDate{2025, 3, 1}, CivilDate{2000, 12, 31}}) {
    const int64_t today = DaysFromCivil(today_date);
    std::set<int> ages;
    for (int i = 0; i < 5000; ++i) {
      const int age = AgeOn(Birthdate(rng, today, 18, 21), today);
      ASSERT_GE(age, 18) << today_date.year << "-" << today_date.month;
      ASSERT_LE(age, 21) << today_date.year << "-" << today_date.month;
      ages.insert(age);
    }
    EXPECT_EQ(ages.size(), 4u);
  }
  // A leap-day baby is 18 on 28 February of a common year.
  EXPECT_EQ(AgeOn(DaysFromCivil({2004, 2, 29}), DaysFromCivil({2022, 2, 28})), 18);
  EXPECT_EQ(AgeOn(DaysFromCivil({2004, 2, 29}), DaysFromCivil({2022, 2, 27})), 17);
  EXPECT_EQ(Birthdate(rng, DaysFromCivil({2026, 5, 5}), 0, 0) <= DaysFromCivil({2026, 5, 5}),
            true);
}

TEST(TimeZoneTest, NamesAreSortedIanaNames) {
  const auto& names = TimeZoneNames();
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  EXPECT_THAT(names, ::testing::Contains("Europe/Berlin"));
  Rng rng(4);
  EXPECT_THAT(names, ::testing::Contains(TimeZone(rng)));
}

}  // namespace
}  // namespace fake
}  // namespace gtest_data
