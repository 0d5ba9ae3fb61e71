// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/datetime.h"

#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "text.h"

namespace gtest_data {
namespace fake {
namespace {

// Floor division, for negative days and seconds.
int64_t FloorDiv(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// The same month and day in another year; 29 February becomes 28 February
// in a common year.
int64_t SameDayInYear(const CivilDate& date, int64_t year) {
  CivilDate moved{year, date.month, date.day};
  if (date.month == 2 && date.day == 29 && !IsLeapYear(year)) moved.day = 28;
  return DaysFromCivil(moved);
}

}  // namespace

int DaysInMonth(int64_t year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  GTEST_DATA_INTERNAL_CHECK_(month >= 1 && month <= 12, "month must be 1..12");
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

int64_t DaysFromCivil(const CivilDate& date) {
  // Hinnant, "chrono-Compatible Low-Level Date Algorithms": eras of 400
  // years (146097 days) with March as the first month, so the leap day is
  // the last day of the shifted year.
  const int64_t y = date.year - (date.month <= 2);
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;                                  // [0, 399]
  const int64_t mp = (date.month + 9) % 12;                           // March = 0
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;              // [0, 365]
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          // [0, 146096]
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{yoe + era * 400 + (month <= 2), month, day};
}

int IsoWeekday(int64_t days) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string FormatIsoDate(int64_t days) {
  std::string out;
  AppendIsoDate(days, &out);
  return out;
}

void AppendIsoDate(int64_t days, std::string* out) {
  const CivilDate date = CivilFromDays(days);
  if (date.year >= 0 && date.year <= 9999) {
    // The common case, written as ten characters at once.
    char text[10] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
    int year = static_cast<int>(date.year);
    for (int i = 3; i >= 0; --i, year /= 10) text[i] = static_cast<char>('0' + year % 10);
    text[5] = static_cast<char>('0' + date.month / 10);
    text[6] = static_cast<char>('0' + date.month % 10);
    text[8] = static_cast<char>('0' + date.day / 10);
    text[9] = static_cast<char>('0' + date.day % 10);
    out->append(text, sizeof(text));
    return;
  }
  if (date.year < 0) {
    out->push_back('-');
    internal::AppendDecimal(-date.year, 4, out);
  } else {
    out->push_back('+');
    internal::AppendDecimal(date.year, 4, out);
  }
  out->push_back('-');
  internal::AppendDecimal(date.month, 2, out);
  out->push_back('-');
  internal::AppendDecimal(date.day, 2, out);
}

std::string FormatIsoTime(int64_t unix_seconds) {
  const int64_t second_of_day =
      unix_seconds - FloorDiv(unix_seconds, kSecondsPerDay) * kSecondsPerDay;
  std::string out;
  internal::AppendDecimal(second_of_day / 3600, 2, &out);
  out.push_back(':');
  internal::AppendDecimal(second_of_day / 60 % 60, 2, &out);
  out.push_back(':');
  internal::AppendDecimal(second_of_day % 60, 2, &out);
  return out;
}

std::string FormatIsoDateTime(int64_t unix_seconds) {
  return FormatIsoDate(FloorDiv(unix_seconds, kSecondsPerDay)) + "T" +
         FormatIsoTime(unix_seconds) + "Z";
}

int64_t DateBetween(Rng& rng, int64_t first_day, int64_t last_day) {
  return UniformInt(rng, first_day, last_day);
}

int64_t TimeBetween(Rng& rng, int64_t first, int64_t last) {
  return UniformInt(rng, first, last);
}

int64_t PastTime(Rng& rng, int64_t now, int64_t max_seconds) {
  GTEST_DATA_INTERNAL_CHECK_(max_seconds > 0, "PastTime needs max_seconds > 0");
  return UniformInt(rng, now - max_seconds, now - 1);
}

int64_t FutureTime(Rng& rng, int64_t now, int64_t max_seconds) {
  GTEST_DATA_INTERNAL_CHECK_(max_seconds > 0, "FutureTime needs max_seconds > 0");
  return UniformInt(rng, now + 1, now + max_seconds);
}

int AgeOn(int64_t birth, int64_t today) {
  const CivilDate b = CivilFromDays(birth);
  const CivilDate t = CivilFromDays(today);
  int64_t age = t.year - b.year;
  if (today < SameDayInYear(b, t.year)) --age;
  return static_cast<int>(age);
}

int64_t Birthdate(Rng& rng, int64_t today, int min_age, int max_age) {
  GTEST_DATA_INTERNAL_CHECK_(0 <= min_age && min_age <= max_age,
                             "Birthdate needs 0 <= min_age <= max_age");
  // The bounds depend on the three numbers only: kept for the next call,
  // which bulk generation makes with the same ones.
  struct Bounds {
    int64_t today = 0;
    int min_age = -1, max_age = -1;
    int64_t earliest = 0, latest = 0;
  };
  thread_local Bounds last;
  if (last.today != today || last.min_age != min_age || last.max_age != max_age) {
    const CivilDate t = CivilFromDays(today);
    // Youngest: turned min_age today at the latest. Oldest: turns max_age +
    // 1 tomorrow, i.e. born one day after the same day max_age + 1 years ago.
    last.latest = SameDayInYear(t, t.year - min_age);
    last.earliest = SameDayInYear(t, t.year - max_age - 1) + 1;
    last.today = today;
    last.min_age = min_age;
    last.max_age = max_age;
  }
  return UniformInt(rng, last.earliest, last.latest);
}

const std::vector<std::string_view>& TimeZoneNames() {
  static const std::vector<std::string_view>* const names =
      new std::vector<std::string_view>{
          "Africa/Cairo",        "Africa/Johannesburg", "Africa/Lagos",
          "Africa/Nairobi",      "America/Anchorage",   "America/Argentina/Buenos_Aires",
          "America/Bogota",      "America/Chicago",     "America/Denver",
          "America/Halifax",     "America/Los_Angeles", "America/Mexico_City",
          "America/New_York",    "America/Phoenix",     "America/Sao_Paulo",
          "America/St_Johns",    "America/Toronto",     "America/Vancouver",
          "Asia/Bangkok",        "Asia/Dubai",          "Asia/Hong_Kong",
          "Asia/Jakarta",        "Asia/Jerusalem",      "Asia/Karachi",
          "Asia/Kathmandu",      "Asia/Kolkata",        "Asia/Manila",
          "Asia/Seoul",          "Asia/Shanghai",       "Asia/Singapore",
          "Asia/Taipei",         "Asia/Tehran",         "Asia/Tokyo",
          "Atlantic/Reykjavik",  "Australia/Adelaide",  "Australia/Brisbane",
          "Australia/Perth",     "Australia/Sydney",    "Europe/Amsterdam",
          "Europe/Athens",       "Europe/Berlin",       "Europe/Brussels",
          "Europe/Dublin",       "Europe/Helsinki",     "Europe/Istanbul",
          "Europe/Lisbon",       "Europe/London",       "Europe/Madrid",
          "Europe/Moscow",       "Europe/Paris",        "Europe/Prague",
          "Europe/Rome",         "Europe/Stockholm",    "Europe/Vienna",
          "Europe/Warsaw",       "Europe/Zurich",       "Pacific/Auckland",
          "Pacific/Honolulu",    "UTC"};
  return *names;
}

std::string_view TimeZone(Rng& rng) {
  const auto& names = TimeZoneNames();
  return names[UniformBelow(rng, names.size())];
}

}  // namespace fake
}  // namespace gtest_data
