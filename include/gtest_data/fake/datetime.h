// Copyright 2026 The gtest_data Authors.
//
// Dates and times, in integers: days and seconds since 1970-01-01 (UTC, the
// proleptic Gregorian calendar), never the clock and never a local zone.
//
//   using namespace gtest_data::fake;
//   int64_t today = DaysFromCivil({2026, 1, 1});
//   int64_t born = Birthdate(rng, today, 18, 65);     // aged 18..65 today
//   std::string iso = FormatIsoDate(born);              // "1983-07-14"
//   int64_t t = PastTime(rng, kDefaultReferenceNow, 30 * kSecondsPerDay);
//   std::string stamp = FormatIsoDateTime(t);           // "2025-12-09T04:12:55Z"
//
// "Now" is a parameter: the reference instant of a test scope, fixed per
// test by the GoogleTest integration (kDefaultReferenceNow otherwise), so
// "a date in the last 30 days" is the same on every run.
//
// Determinism: integer arithmetic only (Hinnant's civil-day algorithms);
// seed-stable across platforms within a data version.

#ifndef GTEST_DATA_FAKE_DATETIME_H_
#define GTEST_DATA_FAKE_DATETIME_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

inline constexpr int64_t kSecondsPerDay = 86400;

// 2026-01-01T00:00:00Z in seconds since the Unix epoch: the reference "now"
// when no scope sets one.
inline constexpr int64_t kDefaultReferenceNow = 1767225600;

// A calendar date. Months and days are 1-based.
struct CivilDate {
  int64_t year;
  int month;
  int day;

  friend bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const CivilDate& a, const CivilDate& b) { return !(a == b); }
};

// Whether `year` is a Gregorian leap year.
constexpr bool IsLeapYear(int64_t year) {
  return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// Days in `month` (1..12) of `year`.
int DaysInMonth(int64_t year, int month);

// Days since 1970-01-01 of a valid date (negative before it).
int64_t DaysFromCivil(const CivilDate& date);

// The date `days` after 1970-01-01.
CivilDate CivilFromDays(int64_t days);

// Day of the week, 0 = Monday .. 6 = Sunday (ISO 8601).
int IsoWeekday(int64_t days);

// "YYYY-MM-DD" for years 0..9999; other years get a sign and at least four
// digits ("-0001-01-01", "+10000-01-01"), as ISO 8601 expanded years.
std::string FormatIsoDate(int64_t days);
void AppendIsoDate(int64_t days, std::string* out);

// "YYYY-MM-DDTHH:MM:SSZ".
std::string FormatIsoDateTime(int64_t unix_seconds);

// "HH:MM:SS" of the time of day of `unix_seconds` (UTC).
std::string FormatIsoTime(int64_t unix_seconds);

// A day uniformly in [first_day, last_day]. Requires first_day <= last_day.
int64_t DateBetween(Rng& rng, int64_t first_day, int64_t last_day);

// An instant (seconds) uniformly in [first, last]. Requires first <= last.
int64_t TimeBetween(Rng& rng, int64_t first, int64_t last);

// An instant in [now - max_seconds, now). Requires max_seconds > 0.
int64_t PastTime(Rng& rng, int64_t now, int64_t max_seconds);

// An instant in (now, now + max_seconds]. Requires max_seconds > 0.
int64_t FutureTime(Rng& rng, int64_t now, int64_t max_seconds);

// A birth date (days) of someone whose age on `today` (days) is in
// [min_age, max_age] full years; a 29 February birthday counts its years on
// 28 February of common years. Requires 0 <= min_age <= max_age.
int64_t Birthdate(Rng& rng, int64_t today, int min_age, int max_age);

// The full years between `birth` and `today` (days), as people count them.
int AgeOn(int64_t birth, int64_t today);

// The IANA time-zone names the generators draw from (a fixed, sorted list of
// widely used zones).
const std::vector<std::string_view>& TimeZoneNames();

// A name from TimeZoneNames().
std::string_view TimeZone(Rng& rng);

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_DATETIME_H_
