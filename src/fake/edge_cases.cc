// Copyright 2026 The gtest_data Authors.

#include "gtest_data/fake/edge_cases.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <string>

#include "gtest_data/internal/check.h"
#include "gtest_data/internal/strings.h"

namespace gtest_data {
namespace fake {
namespace {

using Category = StringEdgeCategory;

// Non-ASCII text is spelled as code points rather than as literal UTF-8 in
// this file, so that the bytes do not depend on the compiler's execution
// character set (MSVC without /utf-8 would re-encode them) and invisible
// characters stay visible to a reader.
std::string Utf8(std::initializer_list<uint32_t> code_points) {
  std::string out;
  for (uint32_t cp : code_points) gtest_data::internal::AppendUtf8(cp, &out);
  return out;
}

std::string Repeat(const std::string& unit, size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) out += unit;
  return out;
}

// "Zalgo": every letter carries a stack of combining marks (U+0300-U+036F),
// chosen by a fixed formula so that the stacks differ.
std::string Zalgo(std::string_view text, int marks_per_letter) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    out.push_back(text[i]);
    for (int k = 0; k < marks_per_letter; ++k) {
      out += Utf8({0x300 + static_cast<uint32_t>((i * 11 + k * 7) % 0x70)});
    }
  }
  return out;
}

std::vector<EdgeCaseString> BuildStrings() {
  std::vector<EdgeCaseString> t;
  const auto add = [&t](Category category, std::string_view name,
                        std::string value) {
    t.push_back({category, name, std::move(value)});
  };
  // Hebrew "shalom" and Arabic "marhaban", used twice below.
  const std::string hebrew = Utf8({0x5E9, 0x5DC, 0x5D5, 0x5DD});
  const std::string arabic = Utf8({0x645, 0x631, 0x62D, 0x628, 0x627});

  add(Category::kEmpty, "empty string", "");

  add(Category::kWhitespace, "single space", " ");
  add(Category::kWhitespace, "several spaces", "   ");
  add(Category::kWhitespace, "tab", "\t");
  add(Category::kWhitespace, "newline", "\n");
  add(Category::kWhitespace, "carriage return and line feed", "\r\n");
  add(Category::kWhitespace, "all ASCII whitespace", " \t\n\r\v\f");
  add(Category::kWhitespace, "tabs and spaces mixed", "\t \t  \t");
  add(Category::kWhitespace, "no-break space U+00A0", Utf8({0xA0}));
  add(Category::kWhitespace, "ideographic space U+3000", Utf8({0x3000}));
  add(Category::kWhitespace,
      "en quad, em space, thin space, narrow no-break space",
      Utf8({0x2000, 0x2003, 0x2009, 0x202F}));
  add(Category::kWhitespace, "line and paragraph separators U+2028 U+2029",
      Utf8({0x2028, 0x2029}));
  add(Category::kWhitespace,
      "zero-width space U+200B (not whitespace to most trimmers)",
      Utf8({0x200B}));
  add(Category::kWhitespace, "leading and trailing spaces", "  a  ");

  add(Category::kLong, "255 ASCII letters", std::string(255, 'a'));
  add(Category::kLong, "256 ASCII letters", std::string(256, 'a'));
  add(Category::kLong, "65,536 ASCII letters", std::string(65536, 'a'));
  add(Category::kLong, "65,536 bytes of two-byte characters (e-acute)",
      Repeat(Utf8({0xE9}), 32768));
  add(Category::kLong,
      "65,536 bytes of four-byte emoji (32,768 UTF-16 code units)",
      Repeat(Utf8({0x1F600}), 16384));

  add(Category::kCombining, "e + combining acute accent U+0301",
      Utf8({'e', 0x301}));
  add(Category::kCombining, "precomposed e-acute U+00E9 (NFC of the above)",
      Utf8({0xE9}));
  add(Category::kCombining, "combining mark without a base character",
      Utf8({0x301}));
  add(Category::kCombining, "Zalgo text: eight marks on every letter",
      Zalgo("Zalgo", 8));
  add(Category::kCombining, "Hangul syllable as conjoining jamo",
      Utf8({0x1100, 0x1161, 0x11A8}));
  add(Category::kCombining, "Devanagari conjunct with virama",
      Utf8({0x915, 0x94D, 0x937, 0x93F}));

  add(Category::kBidi, "Hebrew", hebrew);
  add(Category::kBidi, "Arabic", arabic);
  add(Category::kBidi, "left-to-right, right-to-left and digits mixed",
      "abc " + hebrew + " 123 " + arabic);
  add(Category::kBidi,
      "right-to-left override U+202E (shows as invoiceexe.pdf)",
      "invoice" + Utf8({0x202E}) + "fdp.exe");
  add(Category::kBidi, "right-to-left mark U+200F", Utf8({0x200F}) + "a");
  add(Category::kBidi, "unterminated right-to-left isolate U+2067",
      Utf8({0x2067}) + "abc");

  add(Category::kEmoji, "family: man, woman, girl, boy joined by ZWJ",
      Utf8({0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x200D, 0x1F466}));
  add(Category::kEmoji, "flag of Germany: two regional indicators",
      Utf8({0x1F1E9, 0x1F1EA}));
  add(Category::kEmoji, "flag of England: a tag sequence",
      Utf8({0x1F3F4, 0xE0067, 0xE0062, 0xE0065, 0xE006E, 0xE0067, 0xE007F}));
  add(Category::kEmoji, "thumbs up with a skin tone modifier",
      Utf8({0x1F44D, 0x1F3FD}));
  add(Category::kEmoji, "rainbow flag: ZWJ sequence with variation selector",
      Utf8({0x1F3F3, 0xFE0F, 0x200D, 0x1F308}));
  add(Category::kEmoji, "keycap one", Utf8({'1', 0xFE0F, 0x20E3}));
  add(Category::kEmoji, "red heart with emoji variation selector",
      Utf8({0x2764, 0xFE0F}));
  add(Category::kEmoji, "single emoji outside the BMP", Utf8({0x1F600}));

  add(Category::kControl, "embedded NUL", std::string("a\0b", 3));
  add(Category::kControl, "a lone NUL", std::string(1, '\0'));
  add(Category::kControl, "C0 controls: SOH, STX, BEL, BS, ESC",
      "\x01\x02\x07\x08\x1B");
  add(Category::kControl, "ANSI colour escape sequence", "\x1B[31mred\x1B[0m");
  add(Category::kControl, "DEL", "\x7F");
  add(Category::kControl, "C1 control U+0085 (next line)", Utf8({0x85}));

  add(Category::kSql, "single quote", "'");
  add(Category::kSql, "always-true condition", "' OR '1'='1");
  add(Category::kSql, "Robert'); DROP TABLE Students;--",
      "Robert'); DROP TABLE Students;--");
  add(Category::kSql, "statement end and line comment", "; --");
  add(Category::kSql, "block comment", "/* */");
  add(Category::kSql, "double quotes", "\" OR \"\"=\"");
  add(Category::kSql, "backslash before a quote", "\\'");
  add(Category::kSql, "LIKE wildcards", "%_");

  add(Category::kShell, "command substitution", "$(id)");
  add(Category::kShell, "backticks", "`id`");
  add(Category::kShell, "command separator", "; id");
  add(Category::kShell, "pipe", "| id");
  add(Category::kShell, "and list", "&& id");
  add(Category::kShell, "or list", "|| id");
  add(Category::kShell, "variable", "$HOME");
  add(Category::kShell, "braced variable", "${PATH}");
  add(Category::kShell, "glob", "*");
  add(Category::kShell, "redirection", "> out.txt");
  add(Category::kShell, "leading dash read as an option", "-rf");
  add(Category::kShell, "newline separating commands", "a\nid");

  add(Category::kFormat, "printf %s", "%s");
  add(Category::kFormat, "printf %n", "%n");
  add(Category::kFormat, "printf %x repeated", "%x%x%x%x");
  add(Category::kFormat, "printf %s repeated", "%s%s%s%s%s%s");
  add(Category::kFormat, "lone percent", "%");
  add(Category::kFormat, "escaped percent", "%%");
  add(Category::kFormat, "positional placeholder", "{0}");
  add(Category::kFormat, "empty braces", "{}");
  add(Category::kFormat, "shell and template-literal interpolation", "${x}");
  add(Category::kFormat, "Ruby interpolation", "#{x}");
  add(Category::kFormat, "template expression", "{{7*7}}");

  add(Category::kMarkup, "script element", "<script>alert(1)</script>");
  add(Category::kMarkup, "attribute breakout with onerror",
      "\"><img src=x onerror=alert(1)>");
  add(Category::kMarkup, "javascript URL", "javascript:alert(1)");
  add(Category::kMarkup, "textarea breakout with SVG onload",
      "</textarea><svg onload=alert(1)>");
  add(Category::kMarkup, "character entities", "&lt;&amp;&gt;&quot;&#39;");
  add(Category::kMarkup, "unterminated comment", "<!--");
  add(Category::kMarkup, "CDATA end", "]]>");

  add(Category::kPath, "relative traversal", "../../etc/passwd");
  add(Category::kPath, "Windows traversal", "..\\..\\windows\\win.ini");
  add(Category::kPath, "absolute path", "/etc/passwd");
  add(Category::kPath, "Windows drive path", "C:\\Windows\\System32");
  add(Category::kPath, "URL-encoded traversal", "%2e%2e%2f%2e%2e%2f");
  add(Category::kPath, "Windows reserved device name", "CON");
  add(Category::kPath, "trailing dot and space", "file. ");
  add(Category::kPath, "home directory", "~/.ssh/id_rsa");
  add(Category::kPath, "UNC path", "\\\\server\\share");
  add(Category::kPath, "file URL", "file:///etc/passwd");

  add(Category::kBom, "byte order mark alone", Utf8({0xFEFF}));
  add(Category::kBom, "byte order mark before text", Utf8({0xFEFF}) + "text");
  add(Category::kBom, "byte order mark inside text",
      "te" + Utf8({0xFEFF}) + "xt");

  add(Category::kCaseMapping, "sharp s (uppercases to SS)", Utf8({0xDF}));
  add(Category::kCaseMapping, "capital sharp s U+1E9E", Utf8({0x1E9E}));
  add(Category::kCaseMapping,
      "dotted capital I U+0130 (lowercases to i + U+0307)", Utf8({0x130}));
  add(Category::kCaseMapping, "dotless small i U+0131", Utf8({0x131}));
  add(Category::kCaseMapping, "fi ligature U+FB01 (uppercases to FI)",
      Utf8({0xFB01}));
  add(Category::kCaseMapping, "Greek capital sigmas (final form in lowercase)",
      Utf8({0x3A3, 0x391, 0x3A3}));
  add(Category::kCaseMapping, "Kelvin sign U+212A (lowercases to k)",
      Utf8({0x212A}));
  add(Category::kCaseMapping, "titlecase digraph U+01C5", Utf8({0x1C5}));

  add(Category::kTypeConfusion, "null", "null");
  add(Category::kTypeConfusion, "NULL", "NULL");
  add(Category::kTypeConfusion, "nil", "nil");
  add(Category::kTypeConfusion, "None", "None");
  add(Category::kTypeConfusion, "undefined", "undefined");
  add(Category::kTypeConfusion, "true", "true");
  add(Category::kTypeConfusion, "false", "false");
  add(Category::kTypeConfusion, "zero", "0");
  add(Category::kTypeConfusion, "negative zero", "-0");
  add(Category::kTypeConfusion, "1e309 (overflows double)", "1e309");
  add(Category::kTypeConfusion, "NaN", "NaN");
  add(Category::kTypeConfusion, "Infinity", "Infinity");
  add(Category::kTypeConfusion, "hexadecimal", "0x1F");
  add(Category::kTypeConfusion, "leading zeros (octal to some parsers)", "007");
  add(Category::kTypeConfusion, "thousands separator", "1,000.5");
  add(Category::kTypeConfusion, "Arabic-Indic digits",
      Utf8({0x661, 0x662, 0x663}));
  add(Category::kTypeConfusion, "fullwidth digits",
      Utf8({0xFF11, 0xFF12, 0xFF13}));

  add(Category::kInvalidUtf8, "encoded high surrogate U+D800 (CESU-8)",
      "\xED\xA0\x80");
  add(Category::kInvalidUtf8, "encoded low surrogate U+DC00", "\xED\xB0\x80");
  add(Category::kInvalidUtf8, "overlong slash", "\xC0\xAF");
  add(Category::kInvalidUtf8, "overlong NUL (Java modified UTF-8)", "\xC0\x80");
  add(Category::kInvalidUtf8, "truncated three-byte sequence", "\xE2\x82");
  add(Category::kInvalidUtf8, "stray continuation byte", "\x80");
  add(Category::kInvalidUtf8, "bytes 0xFE and 0xFF", "\xFE\xFF");
  add(Category::kInvalidUtf8, "code point above U+10FFFF", "\xF4\x90\x80\x80");
  add(Category::kInvalidUtf8, "Latin-1 e-acute", "caf\xE9");
  add(Category::kInvalidUtf8, "UTF-16LE byte order mark", "\xFF\xFE");
  return t;
}

const std::vector<EdgeCaseString>& AllStrings() {
  static const std::vector<EdgeCaseString>* const strings =
      new std::vector<EdgeCaseString>(BuildStrings());
  return *strings;
}

// ---- Dates ----

int64_t FloorDiv(int64_t a, int64_t b) {
  const int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

void AppendPadded(std::string* out, int64_t value, int width) {
  char digits[24];
  const std::to_chars_result result =
      std::to_chars(digits, digits + sizeof(digits), value);
  const int length = static_cast<int>(result.ptr - digits);
  for (int i = length; i < width; ++i) out->push_back('0');
  out->append(digits, result.ptr);
}

// ---- Daylight saving rules ----

enum class Rule { kNone, kUs, kEu, kAustralia, kNewZealand };

struct Zone {
  std::string_view id;
  int32_t standard_offset;  // seconds east of UTC
  Rule rule;
  int64_t first_year;  // the first year the current rule describes
};

constexpr int32_t kHour = 3600;

// Sorted by id. Source: the tz database (files northamerica, southamerica,
// europe, asia, australasia). The transitions computed from this table were
// compared with the tz database for every year from each first_year to 2037.
constexpr Zone kZones[] = {
    {"America/Anchorage", -9 * kHour, Rule::kUs, 2007},
    {"America/Chicago", -6 * kHour, Rule::kUs, 2007},
    {"America/Denver", -7 * kHour, Rule::kUs, 2007},
    {"America/Los_Angeles", -8 * kHour, Rule::kUs, 2007},
    {"America/New_York", -5 * kHour, Rule::kUs, 2007},
    {"America/Phoenix", -7 * kHour, Rule::kNone, 1968},
    {"America/Sao_Paulo", -3 * kHour, Rule::kNone, 2020},
    {"America/Toronto", -5 * kHour, Rule::kUs, 2007},
    {"Asia/Kolkata", 5 * kHour + 1800, Rule::kNone, 1946},
    {"Asia/Tokyo", 9 * kHour, Rule::kNone, 1952},
    {"Australia/Adelaide", 9 * kHour + 1800, Rule::kAustralia, 2008},
    {"Australia/Brisbane", 10 * kHour, Rule::kNone, 1993},
    {"Australia/Melbourne", 10 * kHour, Rule::kAustralia, 2008},
    {"Australia/Sydney", 10 * kHour, Rule::kAustralia, 2008},
    {"Europe/Amsterdam", 1 * kHour, Rule::kEu, 1996},
    {"Europe/Athens", 2 * kHour, Rule::kEu, 1996},
    {"Europe/Berlin", 1 * kHour, Rule::kEu, 1996},
    {"Europe/Dublin", 0, Rule::kEu, 1996},
    {"Europe/Helsinki", 2 * kHour, Rule::kEu, 1996},
    {"Europe/Lisbon", 0, Rule::kEu, 1997},
    {"Europe/London", 0, Rule::kEu, 1996},
    {"Europe/Madrid", 1 * kHour, Rule::kEu, 1996},
    {"Europe/Paris", 1 * kHour, Rule::kEu, 1996},
    {"Europe/Rome", 1 * kHour, Rule::kEu, 1996},
    {"Europe/Warsaw", 1 * kHour, Rule::kEu, 1996},
    {"Pacific/Auckland", 12 * kHour, Rule::kNewZealand, 2008},
    {"Pacific/Honolulu", -10 * kHour, Rule::kNone, 1948},
    {"UTC", 0, Rule::kNone, 1},
};

// The n-th (1-based) Sunday of a month, as days since the epoch. IsoWeekday
// counts Monday as 0, so Sunday is 6.
int64_t NthSunday(int64_t year, int month, int n) {
  const int64_t first = DaysFromCivil({year, month, 1});
  return first + (6 - IsoWeekday(first)) + 7 * (n - 1);
}

int64_t LastSunday(int64_t year, int month) {
  const int64_t last = DaysFromCivil({year, month, DaysInMonth(year, month)});
  return last - (IsoWeekday(last) + 1) % 7;
}

DstTransition MakeTransition(int64_t utc, int32_t before, int32_t after) {
  DstTransition t;
  t.kind =
      after > before ? DstTransitionKind::kGap : DstTransitionKind::kOverlap;
  t.utc_seconds = utc;
  t.offset_before_seconds = before;
  t.offset_after_seconds = after;
  t.clock_before = CivilFromUnixSeconds(utc + before);
  t.clock_after = CivilFromUnixSeconds(utc + after);
  const bool gap = t.kind == DstTransitionKind::kGap;
  t.first_affected = gap ? t.clock_before : t.clock_after;
  t.end_affected = gap ? t.clock_after : t.clock_before;
  t.first_affected_iso = FormatIsoLocalDateTime(t.first_affected);
  t.end_affected_iso = FormatIsoLocalDateTime(t.end_affected);
  t.utc_iso = FormatIsoDateTime(utc);
  return t;
}

std::string KnownZones() {
  std::string out;
  for (const Zone& zone : kZones) {
    if (!out.empty()) out += ", ";
    out += zone.id;
  }
  return out;
}

}  // namespace

// ---- Strings ----

std::vector<StringEdgeCategory> EachStringEdgeCategory() {
  std::vector<StringEdgeCategory> out;
  for (uint32_t bit = 1; bit <= static_cast<uint32_t>(Category::kInvalidUtf8);
       bit <<= 1) {
    out.push_back(static_cast<StringEdgeCategory>(bit));
  }
  return out;
}

const char* StringEdgeCategoryName(StringEdgeCategory category) {
  switch (category) {
    case Category::kEmpty:
      return "empty";
    case Category::kWhitespace:
      return "whitespace";
    case Category::kLong:
      return "long";
    case Category::kCombining:
      return "combining";
    case Category::kBidi:
      return "bidi";
    case Category::kEmoji:
      return "emoji";
    case Category::kControl:
      return "control";
    case Category::kSql:
      return "sql";
    case Category::kShell:
      return "shell";
    case Category::kFormat:
      return "format";
    case Category::kMarkup:
      return "markup";
    case Category::kPath:
      return "path";
    case Category::kBom:
      return "bom";
    case Category::kCaseMapping:
      return "case mapping";
    case Category::kTypeConfusion:
      return "type confusion";
    case Category::kInvalidUtf8:
      return "invalid utf-8";
    default:
      return "";
  }
}

std::vector<EdgeCaseString> EdgeCaseStrings(StringEdgeCategory categories) {
  std::vector<EdgeCaseString> out;
  for (const EdgeCaseString& s : AllStrings()) {
    if (Intersects(s.category, categories)) out.push_back(s);
  }
  return out;
}

std::vector<std::string> EdgeCaseStringValues(StringEdgeCategory categories) {
  std::vector<std::string> out;
  for (const EdgeCaseString& s : AllStrings()) {
    if (Intersects(s.category, categories)) out.push_back(s.value);
  }
  return out;
}

const EdgeCaseString& DrawEdgeCaseString(Rng& rng,
                                         StringEdgeCategory categories) {
  const std::vector<EdgeCaseString>& all = AllStrings();
  const size_t count = static_cast<size_t>(
      std::count_if(all.begin(), all.end(), [&](const EdgeCaseString& s) {
        return Intersects(s.category, categories);
      }));
  GTEST_DATA_INTERNAL_CHECK_(count > 0,
                             "DrawEdgeCaseString needs at least one category");
  uint64_t k = UniformBelow(rng, count);
  for (const EdgeCaseString& s : all) {
    if (Intersects(s.category, categories) && k-- == 0) return s;
  }
  GTEST_DATA_INTERNAL_CHECK_(false, "unreachable");
  return all.front();
}

// ---- Calendar ----

int64_t UnixSecondsFromCivil(const CivilDateTime& utc) {
  GTEST_DATA_INTERNAL_CHECK_(
      utc.date.month >= 1 && utc.date.month <= 12 && utc.date.day >= 1 &&
          utc.date.day <= DaysInMonth(utc.date.year, utc.date.month),
      "UnixSecondsFromCivil needs a valid date");
  GTEST_DATA_INTERNAL_CHECK_(utc.hour >= 0 && utc.hour < 24 &&
                                 utc.minute >= 0 && utc.minute < 60 &&
                                 utc.second >= 0 && utc.second < 60,
                             "UnixSecondsFromCivil needs a valid time of day");
  return DaysFromCivil(utc.date) * kSecondsPerDay + utc.hour * 3600 +
         utc.minute * 60 + utc.second;
}

CivilDateTime CivilFromUnixSeconds(int64_t seconds) {
  const int64_t days = FloorDiv(seconds, kSecondsPerDay);
  const int64_t second_of_day = seconds - days * kSecondsPerDay;
  CivilDateTime out;
  out.date = CivilFromDays(days);
  out.hour = static_cast<int32_t>(second_of_day / 3600);
  out.minute = static_cast<int32_t>(second_of_day / 60 % 60);
  out.second = static_cast<int32_t>(second_of_day % 60);
  return out;
}

std::string FormatIsoLocalDateTime(const CivilDateTime& date_time) {
  std::string out = FormatIsoDate(DaysFromCivil(date_time.date));
  out.push_back('T');
  AppendPadded(&out, date_time.hour, 2);
  out.push_back(':');
  AppendPadded(&out, date_time.minute, 2);
  out.push_back(':');
  AppendPadded(&out, date_time.second, 2);
  return out;
}

std::vector<EdgeCaseDate> EdgeCaseDates() {
  struct Entry {
    std::string_view name;
    CivilDate date;
  };
  static constexpr Entry kEntries[] = {
      {"the Unix epoch", {1970, 1, 1}},
      {"the day before the Unix epoch (day -1)", {1969, 12, 31}},
      {"1900-01-01: long before 1970", {1900, 1, 1}},
      {"1900-02-28: February of 1900 ends here (not a leap year)",
       {1900, 2, 28}},
      {"1900-03-01: the day after 1900-02-28", {1900, 3, 1}},
      {"2000-02-29: leap day of a year divisible by 400", {2000, 2, 29}},
      {"2024-02-29: leap day", {2024, 2, 29}},
      {"2100-02-28: February of 2100 ends here (not a leap year)",
       {2100, 2, 28}},
      {"2100-03-01: the day after 2100-02-28", {2100, 3, 1}},
      {"1999-12-31: the last day before Y2K", {1999, 12, 31}},
      {"2000-01-01: Y2K", {2000, 1, 1}},
      {"2000-12-31: day 366 of a leap year", {2000, 12, 31}},
      {"2019-12-30: a 2019 date in ISO week 1 of 2020", {2019, 12, 30}},
      {"2038-01-19: signed 32-bit time_t ends at 03:14:07 UTC", {2038, 1, 19}},
      {"9999-12-31: the last four-digit-year date", {9999, 12, 31}},
      {"0001-01-01: the first day of year 1 (proleptic Gregorian)", {1, 1, 1}},
      {"1582-10-15: the first day of the Gregorian calendar", {1582, 10, 15}},
      {"1601-01-01: the Windows FILETIME epoch", {1601, 1, 1}},
      {"1899-12-30: day 0 of OLE Automation dates and Excel", {1899, 12, 30}},
      {"1980-01-01: the DOS and ZIP epoch", {1980, 1, 1}},
  };
  std::vector<EdgeCaseDate> out;
  for (const Entry& entry : kEntries) {
    const int64_t days = DaysFromCivil(entry.date);
    out.push_back({entry.name, entry.date, days, FormatIsoDate(days)});
  }
  return out;
}

std::vector<EdgeCaseInstant> EdgeCaseInstants() {
  struct Entry {
    std::string_view name;
    int64_t seconds;
  };
  static constexpr Entry kEntries[] = {
      {"the Unix epoch", 0},
      {"one second before the epoch", -1},
      {"2^31 - 1: the last second of signed 32-bit time_t", 2147483647},
      {"2^31: one second past signed 32-bit time_t", 2147483648},
      {"-2^31: the first second of signed 32-bit time_t", -2147483648LL},
      {"2^32 - 1: the last second of unsigned 32-bit time_t", 4294967295LL},
      {"Y2K", 946684800},
      {"the GPS epoch", 315964800},
      {"NTP era 1 begins", 2085978496},
      {"the second before the leap second 2016-12-31T23:59:60Z", 1483228799},
      {"the last second of year 9999", 253402300799LL},
      {"the first second of year 1", -62135596800LL},
      {"the last instant of a JavaScript Date", 8640000000000LL},
  };
  std::vector<EdgeCaseInstant> out;
  for (const Entry& entry : kEntries) {
    const CivilDateTime utc = CivilFromUnixSeconds(entry.seconds);
    out.push_back(
        {entry.name, entry.seconds, utc, FormatIsoDateTime(entry.seconds)});
  }
  return out;
}

// ---- Daylight saving ----

std::optional<std::vector<DstTransition>> DstTransitions(
    std::string_view zone_id, int64_t year, std::string* error) {
  const Zone* zone = nullptr;
  for (const Zone& candidate : kZones) {
    if (candidate.id == zone_id) zone = &candidate;
  }
  if (zone == nullptr) {
    if (error != nullptr) {
      *error = "time zone \"" + std::string(zone_id) +
               "\": not in the built-in table; known zones: " + KnownZones();
    }
    return std::nullopt;
  }
  if (year < zone->first_year || year > 9999) {
    if (error != nullptr) {
      *error = "time zone \"" + std::string(zone_id) + "\": year " +
               std::to_string(year) + " is outside " +
               std::to_string(zone->first_year) +
               "-9999, the years of the built-in rule (it holds only the "
               "zone's current rule)";
    }
    return std::nullopt;
  }
  const int32_t standard = zone->standard_offset;
  const int32_t daylight = standard + kHour;
  std::vector<DstTransition> out;
  // Each rule names a day and a wall-clock time before the change (or UTC
  // for the EU); the instant is that day's midnight plus the time minus the
  // offset in force before the change.
  switch (zone->rule) {
    case Rule::kNone:
      break;
    case Rule::kUs:
      out.push_back(MakeTransition(
          NthSunday(year, 3, 2) * kSecondsPerDay + 2 * kHour - standard,
          standard, daylight));
      out.push_back(MakeTransition(
          NthSunday(year, 11, 1) * kSecondsPerDay + 2 * kHour - daylight,
          daylight, standard));
      break;
    case Rule::kEu:
      out.push_back(
          MakeTransition(LastSunday(year, 3) * kSecondsPerDay + 1 * kHour,
                         standard, daylight));
      out.push_back(
          MakeTransition(LastSunday(year, 10) * kSecondsPerDay + 1 * kHour,
                         daylight, standard));
      break;
    case Rule::kAustralia:
      out.push_back(MakeTransition(
          NthSunday(year, 4, 1) * kSecondsPerDay + 3 * kHour - daylight,
          daylight, standard));
      out.push_back(MakeTransition(
          NthSunday(year, 10, 1) * kSecondsPerDay + 2 * kHour - standard,
          standard, daylight));
      break;
    case Rule::kNewZealand:
      out.push_back(MakeTransition(
          NthSunday(year, 4, 1) * kSecondsPerDay + 3 * kHour - daylight,
          daylight, standard));
      out.push_back(MakeTransition(
          LastSunday(year, 9) * kSecondsPerDay + 2 * kHour - standard, standard,
          daylight));
      break;
  }
  return out;
}

std::vector<std::string_view> DstZoneIds() {
  std::vector<std::string_view> out;
  for (const Zone& zone : kZones) out.push_back(zone.id);
  return out;
}

// ---- Email addresses ----

std::vector<EdgeCaseEmail> EdgeCaseEmails() {
  std::vector<EdgeCaseEmail> out;
  const auto add = [&out](std::string_view name, std::string address,
                          bool needs_smtputf8 = false) {
    out.push_back({name, std::move(address), needs_smtputf8});
  };
  add("plus tag", "a+tag@example.com");
  add("subaddress and domain in mixed case", "User.Name+Tag@Example.COM");
  add("quoted local part with consecutive dots", "\"john..doe\"@example.com");
  add("quoted local part with a space", "\"a b\"@example.org");
  add("quoted local part with an escaped quote and backslash",
      "\"a\\\"b\\\\c\"@example.org");
  add("quoted local part with an @", "\"user@host\"@example.net");
  add("quoted local part with a leading and trailing dot",
      "\".a.\"@example.com");
  add("dots between atoms", "first.middle.last@example.com");
  add("hyphens and underscores", "first-last_name@sub-domain.example");
  add("every special character RFC 5322 allows unquoted",
      "!#$%&'*+-/=?^_`{|}~@example.com");
  add("one-character local part and label", "a@b.example");
  add("numeric local part", "1234567890@example.com");
  add("numeric domain label", "user@123.example");
  add("deep subdomains", "user@a.b.c.d.e.example");
  add("reserved .test domain", "user@mail.test");
  add("reserved .invalid domain", "user@mail.invalid");
  add("IPv4 address literal", "user@[192.0.2.1]");
  add("IPv6 address literal", "user@[IPv6:2001:db8::1]");
  add("IDN domain in Unicode", "user@m" + Utf8({0xFC}) + "nchen.example", true);
  add("IDN domain in punycode", "user@xn--mnchen-3ya.example");
  add("Unicode local part",
      Utf8({0x3B4, 0x3BF, 0x3BA, 0x3B9, 0x3BC, 0x3AE}) + "@example.com", true);
  const std::string local64 = Repeat("abcdefgh", 8);  // the RFC 5321 maximum
  add("64-character local part", local64 + "@example.com");
  add("63-character domain label", "user@" + std::string(63, 'a') + ".example");
  // 64 + 1 + 189 = 254, the longest address that fits RFC 5321's 256-octet
  // path with its angle brackets.
  add("254-character address", local64 + "@" + std::string(63, 'b') + "." +
                                   std::string(63, 'c') + "." +
                                   std::string(53, 'd') + ".example");
  return out;
}

}  // namespace fake
}  // namespace gtest_data
