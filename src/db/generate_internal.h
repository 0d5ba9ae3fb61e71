// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API; include "gtest_data/db/generate.h" instead.
//
// The pieces of schema-driven generation (db/generate.h) that are worth
// testing and reading on their own: declared types, the CHECK reader, and
// the rules that draw one column's value.
//   generate_checks.cc: ParseColumnType, ParseCheck, Satisfies.
//   generate_rules.cc:  RuleForName, PlanColumn, DrawValue, FitText.
//   generate.cc:        options, foreign keys, uniqueness, the run.

#ifndef GTEST_DATA_SRC_DB_GENERATE_INTERNAL_H_
#define GTEST_DATA_SRC_DB_GENERATE_INTERNAL_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/db/database.h"
#include "gtest_data/factory/value.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/random/rng.h"

namespace gtest_data {
namespace db {
namespace generate_internal {

enum class TypeKind {
  kInteger,
  kReal,
  kNumeric,
  kBoolean,
  kDate,
  kTimestamp,
  kTime,
  kUuid,
  kJson,
  kBlob,
  kText,
  // PostgreSQL's own types, each written in its input syntax:
  kInet,      // 203.0.113.7
  kCidr,      // 203.0.113.0/24
  kMacaddr,   // 02:1a:2b:3c:4d:5e
  kInterval,  // 3 days 04:05:06
  kPoint,     // (12.5,-3.25)
  kMoney,     // 12.34
  kBits,      // bit(n): n of 0/1; bit varying(n): up to n
  kArray,     // {1,2,3}, {"a","b"}: of `element`
};

// What a declared type means for generation.
struct ColumnType {
  TypeKind kind = TypeKind::kText;
  // Integers: the range the type holds.
  int64_t min = std::numeric_limits<int64_t>::min();
  int64_t max = std::numeric_limits<int64_t>::max();
  int max_chars = 0;  // varchar(n), char(n): n; 0 for no limit
  int precision = 0;  // numeric(p,s): p, 0 when not given
  int scale = 0;      // numeric(p,s): s; reals get 2 decimals
  bool with_time_zone = false;
  bool fixed_chars = false;  // char(n), bit(n): every value has n characters
  std::string element;       // kArray: the element's declared type
  bool known = true;  // false: a type generation cannot make (an error before any row)
};

// `declared` as SQLite declares it (affinity names, "VARCHAR(80)") or as
// PostgreSQL's format_type() spells it ("character varying(80)").
ColumnType ParseColumnType(std::string_view declared, bool sqlite);

// One constant of a CHECK: 'text' (quoted) or a number, TRUE, FALSE.
struct Literal {
  std::string text;
  bool quoted = false;
};

enum class CheckOp {
  kLt, kLe, kGt, kGe, kEq, kNe, kIn, kNotIn, kNotNull, kLike, kNotLike, kGlob, kNotGlob,
  kIsNull,  // only in a guarded condition (below)
};

// One simple condition on one column: `column op values`, or on its length
// in characters when `on_length`.
struct Condition {
  std::string column;  // as the schema names it
  bool on_length = false;
  CheckOp op = CheckOp::kEq;
  std::vector<Literal> values;  // one, or the list of IN; kLike, kGlob: the pattern
  // values[i] read as a number once, when the CHECK is read (Satisfies
  // compares against it for every row); empty: read each time.
  std::vector<std::optional<double>> numbers;
  // A comparison of two columns of the row (end_date >= start_date):
  // `column op other`, no values. Such a condition is kept by the row
  // (KeepPairs), not by one column's draw.
  std::string other;
  // A pair of instants that reads as a span's two ends (check_in and
  // check_out, starts_at and ends_at): the later end is drawn a short gap
  // after the earlier one (KeepPairs), not anywhere after it.
  bool span = false;
  bool trip = false;  // a span whose names say a stay or a trip: days even as timestamps
  // `part <= whole` where the part reads as a share of the whole (discount,
  // tax, fee against a total): the part is drawn as up to 30% of it.
  bool share = false;
  // A condition one branch of an OR makes optional: `guard IS NULL OR c`
  // (guard_null) or `guard IS NOT NULL OR c`. The row keeps it (KeepGuards)
  // by setting the guard to NULL, or giving it a value, when c fails.
  std::string guard;
  bool guard_null = true;
};

// The conditions that `expression` joins with AND, or nullopt when it has
// another form (functions other than length, arithmetic, an OR other than
// one whose branch is a nullable column's IS [NOT] NULL) or names a column
// `table` lacks.
std::optional<std::vector<Condition>> ParseCheck(std::string_view expression, const Table& table);

// Whether `text` matches a LIKE pattern (% and _; \ escapes, as
// PostgreSQL's default) or a GLOB one (*, ?, [...]), case-sensitively.
bool MatchesPattern(std::string_view text, std::string_view pattern, bool glob);

// A value matching `pattern` (LIKE or GLOB): its literal characters as
// written, a letter for each _ or ?, 1 to 6 letters for each % or *, a
// member of each [...] class.
std::string FromPattern(std::string_view pattern, bool glob, Rng& rng);

// A pattern read as positions: each one character from `members`, or
// (`any`) a run of any characters (% or *).
struct PatternPart {
  std::string members;
  bool any = false;
  bool single = false;  // _ or ?: members are the letters and digits
  // (for `any` too: the letters a run is made of, FromPattern)
};
std::vector<PatternPart> PatternParts(std::string_view pattern, bool glob);

// Whether a non-null `value` satisfies `condition` as the engine would see
// it: numbers compared as numbers, other values as text; LIKE and GLOB
// patterns case-sensitively (a value that matches so matches in both
// engines). A two-column condition is not one value's: true.
bool Satisfies(const Value& value, const Condition& condition);

// "qty >= 1", "status IN ('new', 'paid')": for messages.
std::string DescribeCondition(const Condition& condition);

// Characters (UTF-8 code points) in `text`.
int64_t CharCount(std::string_view text);

// `literal` as a value of a column of `type` (a number for numeric types,
// a bool for booleans, else text); nullopt when it cannot be one.
std::optional<Value> LiteralValue(const Literal& literal, const ColumnType& type, bool sqlite);

// How rule 5 (the column's name) or rule 6 (its type) makes a value.
enum class Semantic {
  kType,       // by the type alone
  kField,      // a fake field
  kTimestamp,  // an instant in the five years before now
  kDate,       // a day in the five years before now
  kMoney,      // non-negative money
  kQuantity,   // 1 to 20
  kAge,        // 18 to 80
  kStatus,     // a short word from a fixed list
  kFlag,       // a boolean
  // Text made by the rule itself (db/generation-rules.md):
  kDigits,     // `length` decimal digits: card_last4, cvv
  kCode,       // max_chars characters of [0-9A-Z]: a CHAR(n), a short *_code
  kLocaleId,   // a locale id, en_US (or a language code when it has 2 chars)
  kLanguage,   // an ISO 639-1 language code
  kSlug,       // lower-case words joined by '-'
  kHexHash,    // `length` lower-case hex digits: sha256 64, sha1 40, md5 32
  kColor,      // "#rrggbb"
  kPattern,    // made from the column's LIKE or GLOB pattern
  kCurrency,   // an ISO 4217 code, mostly the locale's country's own
  kCountry,    // an ISO 3166-1 code of any country (alpha-3 in 3 characters)
  kCountryName,  // the English short name of any ISO 3166-1 country
  kSiteName,   // a place of the business: the row's city and a kind ("Leeds Depot")
};

struct NameRule {
  Semantic semantic = Semantic::kType;
  const fake::Field* field = nullptr;  // kField
  int length = 0;                      // kDigits, kHexHash; kSiteName: its kind
};

// The rule for `column` of `table` of `type` by name; kType when no name
// rule fits the type.
NameRule RuleForName(std::string_view table, std::string_view column, const ColumnType& type,
                     bool countries_table = false);

// Whether a table's name says it lists countries (country, countries,
// country_codes, iso_countries, nations); `lower` is the lower-case name. A
// table that keys by a short code what other tables' country columns
// point at is one too (the generator finds those from the foreign keys).
bool IsCountriesTableName(std::string_view lower);

// Everything needed to draw a column's values (rules 4 to 6, and a Fake
// override, which uses `rule` with its field).
struct ColumnPlan {
  std::string table;
  std::string column;
  ColumnType type;
  NameRule rule;
  std::vector<Condition> conditions;  // from the table's simple CHECKs
  std::vector<Value> allowed;         // rule 4, already filtered by `conditions`
  std::vector<Value> element_allowed;  // kArray of an enum: its labels
  bool has_allowed = false;
  // Numbers: the range in units of 10^-scale; dates: days; timestamps:
  // seconds. Inclusive.
  int64_t lo = 0;
  int64_t hi = 0;
  int64_t min_chars = 0;       // from length CHECKs
  int64_t max_chars = -1;      // from the type and length CHECKs; -1: none
  bool one_word = false;       // a NOT LIKE '% %' (or NOT GLOB '* *'): no spaces
  bool not_null = false;       // NOT NULL, key, or IS NOT NULL
  bool unique = false;         // a single-column UNIQUE or primary key
  bool fake_override = false;  // the field is a Fake override: convert, do not re-rule
  bool countries_table = false;  // the table lists countries (IsCountriesTableName, or keys)
  // kField: the field resolved for this column of the row's record (slot =
  // the column; entity set by AssignEntities when a row has two of one
  // group's field).
  fake::RecordField record_field;
  // Phone and time zone columns: the city (and its region) of the row's
  // address they belong to, the billing one for billing_phone when the row
  // has billing and shipping addresses (set by AssignEntities).
  fake::RecordField city_record;
  fake::RecordField region_record;
  bool city_entity = false;  // that address is not the row's own (billing_*)
};

// The first LIKE or GLOB condition of `plan`, or null.
const Condition* PatternOf(const ColumnPlan& plan);

// Names the entities of a table's fake-field columns (`plans` are the
// table's columns, with rules). A row is one record: its person.*,
// address.* and company.* columns describe one person, address, company.
// Only when a group has two columns of the same field (billing_city and
// shipping_city) are they split: each such column's entity is the prefix
// before the longest suffix that alone gets the same field ("billing" for
// billing_city), or the column's whole name when that still collides.
// Every kField plan's record_field is set.
void AssignEntities(std::vector<ColumnPlan*> plans);

// Fills `plan`'s rule, conditions-derived limits and allowed values. `rows`
// is the number of rows asked (a unique integer's range widens with it).
// kInvalidArgument when the CHECKs and type leave no value.
absl::Status PlanColumn(ColumnPlan* plan, const std::vector<Condition>& conditions, int64_t rows,
                        int64_t now, bool sqlite);

// The number of distinct non-null values `plan` can draw, or 0 for many
// (more than 2^62).
uint64_t DomainSize(const ColumnPlan& plan);

// Draws one non-null value for `plan` from `rng`. A fake field's value is
// fake::AppendFieldValue() of plan.record_field in the record
// `record_seed` (the row's; columns of one person share it), as it is:
// FitsColumn() says whether it fits (other text is cut and padded to fit).
absl::StatusOr<Value> DrawValue(const ColumnPlan& plan, Rng& rng, const fake::FieldContext& fields,
                                uint64_t record_seed, bool sqlite);

// A timestamp or date column's value as a number in the units of its
// range (plan.lo, plan.hi): seconds, or days for a date; nullopt for
// another column or a value it does not read.
std::optional<int64_t> InstantOf(const ColumnPlan& plan, const Value& value);
// The inverse: `units` as a value of the column.
Value InstantValue(const ColumnPlan& plan, int64_t units, bool sqlite);
// A number, date or timestamp column's value in the units of its range:
// InstantOf() for dates and timestamps, else the number in units of
// 10^-scale (12.50 at scale 2: 1250). UnitScale() is that scale, or -1 for
// a date or timestamp (compare those through InstantUnit()).
std::optional<int64_t> UnitsOf(const ColumnPlan& plan, const Value& value);
Value UnitsValue(const ColumnPlan& plan, int64_t units, bool sqlite);
int UnitScale(const ColumnPlan& plan);

// Seconds in one unit of the column's range (86400 for a date, else 1).
int64_t InstantUnit(const ColumnPlan& plan);

// Whether a non-null `value` drawn for `plan` goes into its column: within
// the length (type and length CHECKs) and satisfying its simple CHECKs.
bool FitsColumn(const ColumnPlan& plan, const Value& value);

// Value `index` of `plan`'s bounded domain (DomainSize(plan) values, in
// order: the allowed list, false then true, lo upwards); nullopt when the
// domain is unbounded or index is past it.
std::optional<Value> ValueAtIndex(const ColumnPlan& plan, uint64_t index, bool sqlite);

// Decimal digits of the largest of `positions` indices (at least 1): the
// fixed width of an index woven into a text.
int IndexWidth(uint64_t positions);

// Whether a unique text column of `plan` carries its index as a code of
// n characters of [0-9A-Z] (a CHAR(n) or short VARCHAR(n) with no rule by
// name), rather than as digits after a drawn value.
bool CarriesAsCode(const ColumnPlan& plan, int width);

// Whether the column's rule picks its values from a short list (a currency,
// a time zone, a country, a language): such a value has no room for a
// distinct index, so a UNIQUE one is not made distinct by generation.
bool ListValued(const ColumnPlan& plan);

// How many distinct indices of `width` digits a column of `plan` can carry
// (WeaveIndex), or 0 when its type does not carry one (numbers, dates and
// booleans have bounded domains instead; a text too short for the digits).
uint64_t CarrierCapacity(const ColumnPlan& plan, int width);

// Makes `value` (drawn for `plan`) distinct for each `index`: a text ends
// in the index's `width` digits (before the @ of an e-mail address; the
// value cut to make room), a short code is the index in base 36, a uuid's
// node field and a blob's last 8 bytes are the index. kInvalidArgument when
// the column's length leaves no room.
absl::Status WeaveIndex(const ColumnPlan& plan, uint64_t index, int width, Value* value);

// `text` cut to at most `max_chars` characters (-1: no limit) and padded
// with letters from `rng` to at least `min_chars`.
std::string FitText(std::string text, int64_t min_chars, int64_t max_chars, Rng& rng);

// A canonical text of a value for uniqueness sets and sorting: numbers and
// booleans by their decimal text, so that 1, true and "1" read back from
// either engine agree.
std::string KeyText(const Value& value);

}  // namespace generate_internal
}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_DB_GENERATE_INTERNAL_H_
