// Copyright 2026 The gtest_data Authors.
//
// Edge cases: fixed lists of values that break code, and a helper that mixes
// them into ordinary generated data.
//
//   using gtest_data::fake::StringEdgeCategory;
//   for (const auto& edge : gtest_data::fake::EdgeCaseStrings(
//            StringEdgeCategory::kSql | StringEdgeCategory::kMarkup)) {
//     SCOPED_TRACE(edge.name);
//     EXPECT_EQ(Unescape(Escape(edge.value)), edge.value);
//   }
//   for (double x : gtest_data::fake::EdgeCaseNumbers<double>()) { ... }
//
//   // One name in twenty is an edge case; the rest are ordinary.
//   std::string name = gtest_data::fake::WithEdgeCases(
//       rng, 0.05, gtest_data::fake::EdgeCaseStringValues(), MakeName);
//
// Five families, each a documented, ordered list:
//
//   strings   empty, whitespace, very long, combining marks, right-to-left,
//             emoji sequences, control characters and NUL, SQL, shell,
//             format strings, HTML, paths, BOM, case mapping, strings that
//             look like other types, and invalid UTF-8 (kept apart: it is
//             only drawn when asked for)
//   numbers   zero and negative zero, each integer width's limits and their
//             neighbours, NaN, infinities, subnormals, epsilon, 0.1 + 0.2
//   dates     leap days, century years, the Unix epoch and its neighbours,
//             2038, year 1 and 9999; instants such as 2038-01-19T03:14:07Z;
//             and the local times a daylight-saving change skips or repeats
//   emails    unusual but valid addresses (RFC 5321/5322), all under
//             reserved domains (RFC 2606/6761) so nothing is deliverable
//   mixing    WithEdgeCases(): an edge case with a given probability, else an
//             ordinary value
//
// Dates are integers: civil year-month-day in the proleptic Gregorian
// calendar, or days since 1970-01-01, converted by integer arithmetic alone
// (datetime.h).
// Time zones come from a small built-in table of rules (see DstTransitions());
// the system's zone database is never read, so results do not depend on the
// machine.
//
// Determinism: every list is a constant of the library, in a fixed order that
// changes only with the data version; the Draw* functions and WithEdgeCases()
// consume the documented draws. Numbers are constants (no arithmetic on
// random draws).
//
// Thread-safety: all functions are thread-safe; the Draw* functions and
// WithEdgeCases() are as thread-safe as the Rng they are given.

#ifndef GTEST_DATA_FAKE_EDGE_CASES_H_
#define GTEST_DATA_FAKE_EDGE_CASES_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "gtest_data/fake/datetime.h"
#include "gtest_data/internal/check.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace fake {

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

// The categories of edge-case strings, as bits: combine them with '|'.
enum class StringEdgeCategory : uint32_t {
  kNone = 0,
  kEmpty = 1u << 0,       // ""
  kWhitespace = 1u << 1,  // " ", tabs, newlines, U+00A0, U+3000, U+2028 ...
  kLong = 1u << 2,        // 255, 256 and 65,536 'a's; 65,536 bytes of é, 😀
  kCombining = 1u << 3,   // e + U+0301, a Zalgo stack, conjoining jamo
  kBidi = 1u << 4,        // Hebrew, Arabic, mixed, U+202E override
  kEmoji = 1u << 5,       // ZWJ families, flags, skin tones, keycaps
  kControl = 1u << 6,     // an embedded NUL, C0 and C1 controls, ANSI escapes
  kSql = 1u << 7,         // ' ; -- /* Robert'); DROP TABLE Students;--
  kShell = 1u << 8,       // $(...) `...` ; | && $HOME
  kFormat = 1u << 9,      // %s %n %x {0} ${x} {{7*7}}
  kMarkup = 1u << 10,     // <script>alert(1)</script>, "><img onerror=...>
  kPath = 1u << 11,       // ../../etc/passwd, CON, \\server\share
  kBom = 1u << 12,        // U+FEFF alone, before and inside text
  kCaseMapping = 1u << 13,    // ß, İ, ı, ﬁ, final sigma, Kelvin sign
  kTypeConfusion = 1u << 14,  // "null", "NaN", "1e309", "007", "١٢٣"
  kInvalidUtf8 = 1u << 15,    // surrogates, overlong forms, stray bytes
  // Every category whose strings are valid UTF-8 (all but kInvalidUtf8).
  kAllValidUtf8 = (1u << 15) - 1,
  // Every category.
  kAll = (1u << 16) - 1,
};

// The union of two category sets.
constexpr StringEdgeCategory operator|(StringEdgeCategory a,
                                       StringEdgeCategory b) {
  return static_cast<StringEdgeCategory>(static_cast<uint32_t>(a) |
                                         static_cast<uint32_t>(b));
}

// The intersection of two category sets.
constexpr StringEdgeCategory operator&(StringEdgeCategory a,
                                       StringEdgeCategory b) {
  return static_cast<StringEdgeCategory>(static_cast<uint32_t>(a) &
                                         static_cast<uint32_t>(b));
}

// Whether the two category sets share a category.
constexpr bool Intersects(StringEdgeCategory a, StringEdgeCategory b) {
  return (a & b) != StringEdgeCategory::kNone;
}

// The single categories, in bit order (kEmpty first, kInvalidUtf8 last).
std::vector<StringEdgeCategory> EachStringEdgeCategory();

// The lowercase name of a single category: "empty", "whitespace", "long",
// "combining", "bidi", "emoji", "control", "sql", "shell", "format",
// "markup", "path", "bom", "case mapping", "type confusion", "invalid utf-8".
// Returns "" for kNone, a combination or an unknown value.
const char* StringEdgeCategoryName(StringEdgeCategory category);

// One edge-case string. `value` may hold NUL bytes (use value.size(), not
// strlen) and, for kInvalidUtf8 only, bytes that are not valid UTF-8.
struct EdgeCaseString {
  StringEdgeCategory category;  // exactly one category
  std::string_view name;        // what it is, e.g. "embedded NUL"
  std::string value;
};

// Every edge-case string of the given categories, in the library's fixed
// order (by category in bit order, then as listed in edge_cases.cc). Each
// category has at least one string. By default, every valid UTF-8 string.
std::vector<EdgeCaseString> EdgeCaseStrings(
    StringEdgeCategory categories = StringEdgeCategory::kAllValidUtf8);

// The values of EdgeCaseStrings(categories), in the same order.
std::vector<std::string> EdgeCaseStringValues(
    StringEdgeCategory categories = StringEdgeCategory::kAllValidUtf8);

// Draws one string of the given categories, uniformly over the strings (not
// over the categories). Requires at least one category. Consumes one
// UniformBelow() call. The reference stays valid for the whole program.
const EdgeCaseString& DrawEdgeCaseString(
    Rng& rng,
    StringEdgeCategory categories = StringEdgeCategory::kAllValidUtf8);

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

// One edge-case number and what it is ("int32 max", "negative zero").
template <typename T>
struct EdgeCaseNumber {
  std::string_view name;
  T value;
};

// The edge cases of arithmetic type T, named, in a fixed order, without
// duplicates (by value for integers, by bit pattern for floating point, so
// 0.0 and -0.0 both appear).
//
// Integers (any integral type but bool and the character types, whose sign
// or width differ between platforms): 0, 1, -1 (signed types), the type's
// min and max and their inner neighbours min + 1 and max - 1; then, for each
// width 8, 16, 32 and 64, the signed min and max, the unsigned max, and the
// values just outside them (int32 max + 1 = 2^31, int32 min - 1, uint32 max +
// 1 = 2^32), each only where T can hold it; then 2^53, 2^53 + 1 and -2^53
// (where double stops representing every integer).
//
// Floating point (float or double; IEEE 754 required): 0, -0, 1, -1, the
// quiet NaN, -NaN, +infinity, -infinity, the smallest subnormal and its
// negation, the largest subnormal, the smallest normal (FLT_MIN/DBL_MIN), the
// largest finite (FLT_MAX/DBL_MAX) and its negation, epsilon, 1 + epsilon,
// the largest value below 1, 0.1, 0.2, 0.3 and 0.1 + 0.2 (which is not 0.3
// in double; in float it is, so it appears once), 0.5 and 2.5 (rounding ties),
// 2^digits (2^53 for double, 2^24 for float: integers stop being exact above
// it), 2^31 and 2^63 (out of range when converted to int32 and int64).
//
// Signaling NaN is left out on purpose: copying one through an x87 register
// (32-bit x86) quiets it, and touching it may raise FE_INVALID. Add
// std::numeric_limits<T>::signaling_NaN() yourself where you need it.
template <typename T>
std::vector<EdgeCaseNumber<T>> NamedEdgeCaseNumbers();

// The values of NamedEdgeCaseNumbers<T>(), in the same order.
template <typename T>
std::vector<T> EdgeCaseNumbers() {
  std::vector<T> values;
  for (const EdgeCaseNumber<T>& number : NamedEdgeCaseNumbers<T>()) {
    values.push_back(number.value);
  }
  return values;
}

// Draws one of EdgeCaseNumbers<T>() uniformly. Consumes one UniformBelow()
// call.
template <typename T>
T DrawEdgeCaseNumber(Rng& rng) {
  const std::vector<EdgeCaseNumber<T>> numbers = NamedEdgeCaseNumbers<T>();
  return numbers[static_cast<size_t>(UniformBelow(rng, numbers.size()))].value;
}

// ---------------------------------------------------------------------------
// Dates and times
// ---------------------------------------------------------------------------

// Dates use CivilDate and the day arithmetic of datetime.h (DaysFromCivil(),
// CivilFromDays(), FormatIsoDate(), FormatIsoDateTime()); this header adds a
// date with a time of day, for local clock readings.

// A civil date and a time of day, without a time zone.
struct CivilDateTime {
  CivilDate date{1970, 1, 1};
  int32_t hour = 0;    // 0-23
  int32_t minute = 0;  // 0-59
  int32_t second = 0;  // 0-59 (Unix time has no leap seconds)

  friend bool operator==(const CivilDateTime& a, const CivilDateTime& b) {
    return a.date == b.date && a.hour == b.hour && a.minute == b.minute &&
           a.second == b.second;
  }
  friend bool operator!=(const CivilDateTime& a, const CivilDateTime& b) {
    return !(a == b);
  }
};

// The Unix time (seconds since 1970-01-01T00:00:00Z, no leap seconds) of a
// UTC date and time. Requires a valid date and time of day; aborts otherwise
// (a programming error).
int64_t UnixSecondsFromCivil(const CivilDateTime& utc);

// The UTC date and time of a Unix time. Inverse of UnixSecondsFromCivil().
CivilDateTime CivilFromUnixSeconds(int64_t seconds);

// ISO 8601 without a zone, for local clock readings: "2025-03-09T02:30:00".
// Years outside 0-9999 are expanded as FormatIsoDate() writes them.
std::string FormatIsoLocalDateTime(const CivilDateTime& date_time);

// An edge-case date.
struct EdgeCaseDate {
  std::string_view name;  // why it is an edge case
  CivilDate date;
  int64_t days;     // DaysFromCivil(date)
  std::string iso;  // FormatIsoDate(days)
};

// The edge-case dates, in a fixed order: the Unix epoch 1970-01-01 and
// 1969-12-31; 1900-01-01, 1900-02-28 and 1900-03-01 (1900 is not a leap
// year); the leap days 2000-02-29 and 2024-02-29; 2100-02-28 and 2100-03-01;
// 1999-12-31 and 2000-01-01; 2000-12-31 (day 366); 2019-12-30 (in ISO week 1
// of 2020); 2038-01-19 (day 24855: the last of 32-bit time_t); 9999-12-31
// (day 2932896); 0001-01-01; 1582-10-15 (the first Gregorian day); 1601-01-01
// (Windows FILETIME epoch); 1899-12-30 (OLE Automation/Excel day 0);
// 1980-01-01 (DOS and ZIP epoch).
std::vector<EdgeCaseDate> EdgeCaseDates();

// An edge-case instant.
struct EdgeCaseInstant {
  std::string_view name;  // why it is an edge case
  int64_t unix_seconds;
  CivilDateTime utc;  // CivilFromUnixSeconds(unix_seconds)
  std::string iso;    // FormatIsoDateTime(unix_seconds): "2038-01-19T03:14:07Z"
};

// The edge-case instants, in a fixed order: 0, -1, 2^31 - 1
// (2038-01-19T03:14:07Z), 2^31, -2^31 (1901-12-13T20:45:52Z), 2^32 - 1
// (2106-02-07T06:28:15Z), 946684800 (Y2K), 315964800 (GPS epoch),
// 2085978496 (NTP era 1, 2036-02-07T06:28:16Z), 1483228799 (the second before
// the leap second 2016-12-31T23:59:60, which Unix time cannot name),
// 253402300799 (9999-12-31T23:59:59Z), -62135596800 (0001-01-01T00:00:00Z),
// 8640000000000 (+275760-09-13T00:00:00Z, the last JavaScript Date).
std::vector<EdgeCaseInstant> EdgeCaseInstants();

// Whether a daylight-saving change skips local times or repeats them.
enum class DstTransitionKind {
  kGap,      // clocks go forward: the local times in between do not exist
  kOverlap,  // clocks go back: the local times in between happen twice
};

// One change of a zone's UTC offset.
struct DstTransition {
  DstTransitionKind kind;
  int64_t utc_seconds;            // the instant of the change (Unix time)
  int32_t offset_before_seconds;  // UTC offset before it, e.g. -18000
  int32_t offset_after_seconds;   // UTC offset after it, e.g. -14400
  // What local clocks read at that instant, before and after the change:
  // New York in March, 02:00 then 03:00; in November, 02:00 then 01:00.
  CivilDateTime clock_before;
  CivilDateTime clock_after;
  // The affected local times, [first_affected, end_affected): skipped for a
  // gap (New York 2025-03-09 02:00 to 03:00), repeated for an overlap (New
  // York 2025-11-02 01:00 to 02:00).
  CivilDateTime first_affected;
  CivilDateTime end_affected;
  std::string first_affected_iso;  // "2025-03-09T02:00:00"
  std::string end_affected_iso;    // "2025-03-09T03:00:00"
  std::string utc_iso;             // "2025-03-09T07:00:00Z"
};

// The daylight-saving transitions of the IANA zone `zone` in `year`, in time
// order (northern zones: the gap, then the overlap; southern zones: the
// overlap in April, then the gap). Empty for a zone without daylight saving.
//
// The built-in table (DstZoneIds()) holds each zone's *current* rule, valid
// from a first year to 9999, and computes dates by integer arithmetic:
//
//   US and Canada (America/New_York, Chicago, Denver, Los_Angeles,
//   Anchorage, Toronto), since 2007: second Sunday of March 02:00 -> 03:00,
//   first Sunday of November 02:00 -> 01:00, local time.
//   European Union and UK (Europe/Berlin, London, Paris, ...), since 1996
//   (Lisbon 1997): last Sunday of March and of October at 01:00 UTC.
//   Australia (Sydney, Melbourne, Adelaide), since 2008: first Sunday of
//   October 02:00 -> 03:00, first Sunday of April 03:00 -> 02:00.
//   New Zealand (Pacific/Auckland), since 2008: last Sunday of September
//   02:00 -> 03:00, first Sunday of April 03:00 -> 02:00.
//   No daylight saving: UTC, Asia/Tokyo, Asia/Kolkata, America/Phoenix,
//   America/Sao_Paulo (since 2020), Australia/Brisbane, Pacific/Honolulu.
//
// Future rule changes by governments are not anticipated. An unknown zone or
// a year outside the rule's range is an input error: returns std::nullopt
// and sets `*error` (if not null), e.g.
//   time zone "Mars/Olympus": not in the built-in table; known zones: ...
std::optional<std::vector<DstTransition>> DstTransitions(std::string_view zone,
                                                         int64_t year,
                                                         std::string* error);

// The zones DstTransitions() knows, sorted.
std::vector<std::string_view> DstZoneIds();

// ---------------------------------------------------------------------------
// Email addresses
// ---------------------------------------------------------------------------

// An unusual but valid email address.
struct EdgeCaseEmail {
  std::string_view name;  // what is unusual, e.g. "quoted local part"
  std::string address;
  // True when the address holds non-ASCII characters, which are valid by
  // RFC 6531/6532 (SMTPUTF8) rather than by RFC 5321/5322 alone.
  bool needs_smtputf8 = false;
};

// The edge-case addresses, in a fixed order: plus tags, uppercase
// subaddresses, quoted local parts ("john..doe", "a b", escaped quotes, an
// '@'), every special character RFC 5322 allows unquoted, dots and hyphens
// where they are legal, deep subdomains, a numeric label, IPv4 and IPv6
// address literals, an IDN domain in Unicode and in punycode
// (münchen.example / xn--mnchen-3ya.example), a Unicode local part, a
// 64-character local part, a 63-character label and a 254-character address.
//
// Every domain is reserved and undeliverable: example.com, example.org,
// example.net, or a name under .example, .test or .invalid (RFC 2606, RFC
// 6761); address literals use documentation ranges (192.0.2.0/24, RFC 5737;
// 2001:db8::/32, RFC 3849).
std::vector<EdgeCaseEmail> EdgeCaseEmails();

// ---------------------------------------------------------------------------
// Mixing
// ---------------------------------------------------------------------------

// Returns one of `edges` with probability `rate`, else normal(rng).
//
// Draws: exactly one decision draw (Bernoulli(rng, rate)), then either one
// UniformBelow(rng, edges.size()) to pick the edge case, or whatever
// normal(rng) draws. The decision draw is taken even for rate 0 and 1, so
// with rate 0 the stream is the ordinary one with one extra draw per call.
// Requires 0 <= rate <= 1 and a non-empty `edges`; aborts otherwise.
//
//   int64_t quantity = WithEdgeCases<int64_t>(
//       rng, 0.01, {0, -1, INT64_MAX},
//       [](Rng& r) { return UniformInt(r, 1, 12); });
template <typename T, typename Gen>
T WithEdgeCases(Rng& rng, double rate, const std::vector<T>& edges,
                Gen&& normal) {
  GTEST_DATA_INTERNAL_CHECK_(!edges.empty(),
                             "WithEdgeCases needs at least one edge case");
  if (Bernoulli(rng, rate)) {
    return edges[static_cast<size_t>(UniformBelow(rng, edges.size()))];
  }
  return std::forward<Gen>(normal)(rng);
}

// As above with the exact rational rate numerator / denominator: one
// Chance() decision (one UniformBelow() call), then the chosen branch's
// draws. Requires 0 < denominator, numerator <= denominator and a non-empty
// `edges`.
template <typename T, typename Gen>
T WithEdgeCases(Rng& rng, uint64_t numerator, uint64_t denominator,
                const std::vector<T>& edges, Gen&& normal) {
  GTEST_DATA_INTERNAL_CHECK_(!edges.empty(),
                             "WithEdgeCases needs at least one edge case");
  if (Chance(rng, numerator, denominator)) {
    return edges[static_cast<size_t>(UniformBelow(rng, edges.size()))];
  }
  return std::forward<Gen>(normal)(rng);
}

// ---------------------------------------------------------------------------
// Implementation details of the number templates.
// ---------------------------------------------------------------------------

namespace internal {

// A signed 65-bit value: an integer candidate before it is known to fit T.
struct WideInt {
  bool negative;
  uint64_t magnitude;
};

template <typename T>
bool FitsIn(WideInt v) {
  if (!v.negative || v.magnitude == 0) {
    return v.magnitude <= static_cast<uint64_t>(std::numeric_limits<T>::max());
  }
  if (!std::numeric_limits<T>::is_signed) return false;
  // |min| = max + 1 for two's complement.
  return v.magnitude - 1 <=
         static_cast<uint64_t>(std::numeric_limits<T>::max());
}

template <typename T>
T ToInteger(WideInt v) {
  if (!v.negative) return static_cast<T>(v.magnitude);
  // -(m - 1) - 1 never overflows, even for m = 2^63.
  return static_cast<T>(-static_cast<int64_t>(v.magnitude - 1) - 1);
}

template <typename T>
void AddInteger(std::vector<EdgeCaseNumber<T>>* out, std::string_view name,
                WideInt v) {
  if (!FitsIn<T>(v)) return;
  const T value = ToInteger<T>(v);
  for (const EdgeCaseNumber<T>& existing : *out) {
    if (existing.value == value) return;
  }
  out->push_back({name, value});
}

template <typename T>
void AddFloat(std::vector<EdgeCaseNumber<T>>* out, std::string_view name,
              T value) {
  // Compare bit patterns: -0.0 == 0.0 and NaN != NaN as values.
  for (const EdgeCaseNumber<T>& existing : *out) {
    if (std::memcmp(&existing.value, &value, sizeof(T)) == 0) return;
  }
  out->push_back({name, value});
}

template <typename T>
std::vector<EdgeCaseNumber<T>> IntegerEdgeCases() {
  using Limits = std::numeric_limits<T>;
  const uint64_t max = static_cast<uint64_t>(Limits::max());
  const bool is_signed = Limits::is_signed;
  const uint64_t min_magnitude = is_signed ? max + 1 : 0;
  std::vector<EdgeCaseNumber<T>> out;
  AddInteger(&out, "zero", {false, 0});
  AddInteger(&out, "one", {false, 1});
  AddInteger(&out, "minus one", {true, 1});
  AddInteger(&out, "min", {is_signed, min_magnitude});
  AddInteger(&out, "max", {false, max});
  AddInteger(&out, "min + 1", {is_signed, is_signed ? min_magnitude - 1 : 1});
  AddInteger(&out, "max - 1", {false, max - 1});
  struct Width {
    const char* signed_min;
    const char* signed_max;
    const char* unsigned_max;
    const char* below_signed_min;
    const char* above_signed_max;
    const char* above_unsigned_max;
    int bits;
  };
  static constexpr Width kWidths[] = {
      {"int8 min", "int8 max", "uint8 max", "int8 min - 1", "int8 max + 1",
       "uint8 max + 1", 8},
      {"int16 min", "int16 max", "uint16 max", "int16 min - 1", "int16 max + 1",
       "uint16 max + 1", 16},
      {"int32 min", "int32 max", "uint32 max", "int32 min - 1", "int32 max + 1",
       "uint32 max + 1", 32},
      {"int64 min", "int64 max", "uint64 max", "int64 min - 1", "int64 max + 1",
       "uint64 max + 1", 64},
  };
  for (const Width& w : kWidths) {
    const uint64_t half = uint64_t{1} << (w.bits - 1);  // 2^(bits-1)
    AddInteger(&out, w.signed_min, {true, half});
    AddInteger(&out, w.signed_max, {false, half - 1});
    AddInteger(&out, w.unsigned_max, {false, half - 1 + half});
  }
  for (const Width& w : kWidths) {
    const uint64_t half = uint64_t{1} << (w.bits - 1);
    AddInteger(&out, w.above_signed_max, {false, half});
    if (w.bits < 64) {
      // int64 min - 1 and uint64 max + 1 fit no 64-bit type.
      AddInteger(&out, w.below_signed_min, {true, half + 1});
      AddInteger(&out, w.above_unsigned_max, {false, half * 2});
    }
  }
  const uint64_t two_53 = uint64_t{1} << 53;
  AddInteger(&out, "2^53: the last integer before double skips some",
             {false, two_53});
  AddInteger(&out, "2^53 + 1: the first integer double cannot hold",
             {false, two_53 + 1});
  AddInteger(&out, "-2^53", {true, two_53});
  return out;
}

template <typename T>
std::vector<EdgeCaseNumber<T>> FloatEdgeCases() {
  using Limits = std::numeric_limits<T>;
  static_assert(Limits::is_iec559,
                "edge-case floating point needs IEEE 754 types");
  // Powers of two are exact in any IEEE type with enough exponent range.
  const auto power_of_two = [](int exponent) {
    T value = 1;
    for (int i = 0; i < exponent; ++i) value *= 2;
    return value;
  };
  std::vector<EdgeCaseNumber<T>> out;
  AddFloat<T>(&out, "zero", T(0));
  AddFloat<T>(&out, "negative zero", -T(0));
  AddFloat<T>(&out, "one", T(1));
  AddFloat<T>(&out, "minus one", T(-1));
  AddFloat<T>(&out, "quiet NaN", Limits::quiet_NaN());
  AddFloat<T>(&out, "negative quiet NaN", -Limits::quiet_NaN());
  AddFloat<T>(&out, "infinity", Limits::infinity());
  AddFloat<T>(&out, "negative infinity", -Limits::infinity());
  AddFloat<T>(&out, "smallest subnormal", Limits::denorm_min());
  AddFloat<T>(&out, "negative smallest subnormal", -Limits::denorm_min());
  AddFloat<T>(&out, "largest subnormal", Limits::min() - Limits::denorm_min());
  AddFloat<T>(&out, "smallest normal", Limits::min());
  AddFloat<T>(&out, "largest finite", Limits::max());
  AddFloat<T>(&out, "lowest finite", Limits::lowest());
  AddFloat<T>(&out, "epsilon", Limits::epsilon());
  AddFloat<T>(&out, "one plus epsilon", T(1) + Limits::epsilon());
  AddFloat<T>(&out, "largest below one", T(1) - Limits::epsilon() / 2);
  AddFloat<T>(&out, "0.1", T(0.1));
  AddFloat<T>(&out, "0.2", T(0.2));
  AddFloat<T>(&out, "0.3", T(0.3));
  AddFloat<T>(&out, "0.1 + 0.2", T(0.1) + T(0.2));
  AddFloat<T>(&out, "0.5: a rounding tie", T(0.5));
  AddFloat<T>(&out, "2.5: a rounding tie that rounds to even", T(2.5));
  AddFloat<T>(&out, "2^digits: integers stop being exact above it",
              power_of_two(Limits::digits));
  AddFloat<T>(&out, "2^31: int32 overflow on conversion", power_of_two(31));
  AddFloat<T>(&out, "2^63: int64 overflow on conversion", power_of_two(63));
  return out;
}

}  // namespace internal

template <typename T>
std::vector<EdgeCaseNumber<T>> NamedEdgeCaseNumbers() {
  static_assert(std::is_arithmetic<T>::value,
                "NamedEdgeCaseNumbers needs an arithmetic type");
  static_assert(!std::is_same<T, bool>::value,
                "bool has no numeric edge cases; use {false, true}");
  static_assert(!std::is_same<T, long double>::value,
                "long double differs between platforms; use double");
  static_assert(!std::is_same<T, char>::value &&
                    !std::is_same<T, wchar_t>::value &&
                    !std::is_same<T, char16_t>::value &&
                    !std::is_same<T, char32_t>::value,
                "character types differ in sign or width between platforms; "
                "use int8_t, uint8_t, int16_t, uint16_t, int32_t or uint32_t");
  if constexpr (std::is_integral<T>::value) {
    return internal::IntegerEdgeCases<T>();
  } else {
    return internal::FloatEdgeCases<T>();
  }
}

}  // namespace fake
}  // namespace gtest_data

#endif  // GTEST_DATA_FAKE_EDGE_CASES_H_
