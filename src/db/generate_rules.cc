// Copyright 2026 The gtest_data Authors.
//
// Rules 4 to 6 of schema-driven generation (db/generate.h): allowed values
// from CHECKs, the column's name, its type.

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "absl/status/status.h"
#include "generate_internal.h"
#include "gtest_data/fake/countries.h"
#include "gtest_data/fake/datetime.h"
#include "gtest_data/fake/finance.h"
#include "gtest_data/fake/identifiers.h"
#include "gtest_data/fake/phone.h"
#include "gtest_data/random/distributions.h"

#include "gtest_data/internal/strings.h"
namespace gtest_data {
namespace db {
namespace generate_internal {
namespace {

constexpr int64_t kFiveYearsDays = 5 * 365;
// Numbers without a bound of their own stay within +-10^15 units, so that
// scaled arithmetic never overflows and doubles hold them exactly.
constexpr int64_t kBigUnits = 1000000000000000;

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}
template <size_t N>
bool OneOf(std::string_view s, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), s) != std::end(words);
}

std::string Lower(std::string_view text) { return ::gtest_data::internal::AsciiStrToLower(text); }

bool IsNumberKind(TypeKind kind) {
  return kind == TypeKind::kInteger || kind == TypeKind::kReal || kind == TypeKind::kNumeric;
}

int64_t Pow10(int exponent) {
  int64_t p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

int ScaleOf(const ColumnType& type) {
  return type.kind == TypeKind::kInteger ? 0 : std::min(type.scale, 9);
}

// Which range ColumnPlan::lo/hi hold.
enum class RangeKind { kNone, kUnits, kDays, kSeconds };

RangeKind RangeKindOf(const ColumnPlan& plan) {
  const Semantic s = plan.rule.semantic;
  const TypeKind k = plan.type.kind;
  if (s == Semantic::kField || s == Semantic::kStatus || s == Semantic::kDigits ||
      s == Semantic::kCode || s == Semantic::kLocaleId || s == Semantic::kLanguage ||
      s == Semantic::kSlug || s == Semantic::kHexHash || s == Semantic::kColor ||
      s == Semantic::kPattern || s == Semantic::kCurrency || s == Semantic::kCountry ||
      s == Semantic::kCountryName) {
    return RangeKind::kNone;
  }
  if (IsNumberKind(k)) return RangeKind::kUnits;
  if (k == TypeKind::kTimestamp || (s == Semantic::kTimestamp && k != TypeKind::kDate)) {
    return RangeKind::kSeconds;
  }
  if (k == TypeKind::kDate || s == Semantic::kDate) return RangeKind::kDays;
  return RangeKind::kNone;
}

// 'YYYY-MM-DD...' as days since 1970-01-01.
std::optional<int64_t> DaysOf(const Literal& literal) {
  const std::string& t = literal.text;
  if (t.size() < 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int64_t year = 0;
  int month = 0, day = 0;
  if (std::from_chars(t.data(), t.data() + 4, year).ec != std::errc() ||
      std::from_chars(t.data() + 5, t.data() + 7, month).ec != std::errc() ||
      std::from_chars(t.data() + 8, t.data() + 10, day).ec != std::errc()) {
    return std::nullopt;
  }
  return fake::DaysFromCivil({year, month, day});
}

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::string FormatScaled(int64_t units, int scale) {
  std::string out = units < 0 ? "-" : "";
  const uint64_t magnitude = units < 0 ? 0 - static_cast<uint64_t>(units) : units;
  const uint64_t unit = static_cast<uint64_t>(Pow10(scale));
  out += std::to_string(magnitude / unit);
  if (scale > 0) {
    std::string fraction = std::to_string(magnitude % unit);
    out += "." + std::string(static_cast<size_t>(scale) - fraction.size(), '0') + fraction;
  }
  return out;
}

// A number of `units` (10^-scale) as the column's value.
Value NumberValue(int64_t units, const ColumnType& type, bool sqlite) {
  const int scale = ScaleOf(type);
  if (type.kind == TypeKind::kInteger || type.kind == TypeKind::kBoolean) return Value(units);
  if (type.kind == TypeKind::kNumeric && !sqlite) return Value(FormatScaled(units, scale));
  // Both are exact in a double below 2^53, and IEEE division is correctly
  // rounded, so every platform gets the same double.
  return Value(static_cast<double>(units) / static_cast<double>(Pow10(scale)));
}

std::string TimestampText(int64_t seconds, bool with_time_zone) {
  std::string text = fake::FormatIsoDate(FloorDiv(seconds, fake::kSecondsPerDay)) + " " +
                     fake::FormatIsoTime(seconds);
  if (with_time_zone) text += "+00";
  return text;
}

// The first number in `text` ("EUR 12.50" -> "12.50"), or empty.
std::string NumberIn(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    const bool minus =
        text[i] == '-' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
    if (!digit && !minus) continue;
    size_t j = i + 1;
    while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.')) ++j;
    std::string number(text.substr(i, j - i));
    while (!number.empty() && number.back() == '.') number.pop_back();
    return number;
  }
  return std::string();
}

// A fake field's text as a value of the column's type.
absl::StatusOr<Value> ConvertText(const ColumnPlan& plan, std::string text, bool sqlite) {
  const TypeKind kind = plan.type.kind;
  if (kind == TypeKind::kBoolean) {
    const std::string lower = Lower(text);
    if (lower == "true" || lower == "t" || lower == "1" || lower == "yes") return Value(true);
    if (lower == "false" || lower == "f" || lower == "0" || lower == "no") return Value(false);
  } else if (IsNumberKind(kind)) {
    const std::string number = NumberIn(text);
    double d = 0;
    if (!number.empty() &&
        std::from_chars(number.data(), number.data() + number.size(), d).ec == std::errc()) {
      if (kind == TypeKind::kInteger) return Value(static_cast<int64_t>(std::trunc(d)));
      if (kind == TypeKind::kReal || sqlite) return Value(d);
      return Value(number);
    }
  } else {
    return Value(std::move(text));
  }
  return absl::InvalidArgumentError(plan.table + "." + plan.column + ": the fake value \"" + text +
                                    "\" is not a " +
                                    (kind == TypeKind::kBoolean ? "boolean" : "number"));
}

const fake::Field* Field(std::string_view name) { return fake::FindField(name); }

}  // namespace

namespace {

NameRule FieldRule(std::string_view name) { return NameRule{Semantic::kField, Field(name)}; }

// The sites a business names after their city, by the last word of the
// table's name (or of the name's prefix), singular or plural, and the word
// the name ends with; a general place takes one of kPlaces.
struct SiteKind {
  std::string_view word;
  std::string_view plural;
  std::string_view kind;  // empty: one of kPlaces
};
constexpr SiteKind kSiteKinds[] = {
    {"warehouse", "warehouses", "Warehouse"}, {"depot", "depots", "Depot"},
    {"branch", "branches", "Branch"},         {"office", "offices", "Office"},
    {"plant", "plants", "Plant"},             {"factory", "factories", "Plant"},
    {"hub", "hubs", "Hub"},                   {"site", "sites", ""},
    {"location", "locations", ""},            {"facility", "facilities", ""},
    {"venue", "venues", ""}};
constexpr std::string_view kPlaces[] = {"Center", "Campus", "Hub", "Park", "Site", "Yard"};

// The last word of a snake_case name: "store_locations" -> "locations".
std::string_view LastWord(std::string_view name) {
  const size_t cut = name.rfind('_');
  return cut == std::string_view::npos ? name : name.substr(cut + 1);
}

// "name" or "<subject>_name": what the subject (the table for a bare
// "name") says is named. People and categories are read before sites and
// regions, and those by the subject's last word (warehouse_manager_name is
// a person, office_supplies.name no office).
NameRule RuleForNamedSubject(const std::string& subject) {
  auto field = FieldRule;
  if (Contains(subject, "product") || Contains(subject, "item") ||
      Contains(subject, "article")) {
    return field("commerce.product_name");
  }
  if (Contains(subject, "compan") || Contains(subject, "organi") ||
      Contains(subject, "vendor") || Contains(subject, "supplier") ||
      Contains(subject, "manufacturer") || Contains(subject, "brand") ||
      Contains(subject, "business") || Contains(subject, "store") || Contains(subject, "shop") ||
      Contains(subject, "merchant") || Contains(subject, "restaurant") ||
      Contains(subject, "hotel") || Contains(subject, "bank") || Contains(subject, "firm") ||
      Contains(subject, "agency") || Contains(subject, "employer") ||
      Contains(subject, "clinic") || Contains(subject, "hospital") ||
      Contains(subject, "pharmac") || Contains(subject, "practice") ||
      Contains(subject, "carrier") || Contains(subject, "partner") ||
      Contains(subject, "tenant_org") || Contains(subject, "school")) {
    return field("company.name");
  }
  if (Contains(subject, "cit") || Contains(subject, "town")) return field("address.city");
  if (Contains(subject, "countr")) return field("address.country");
  if (Contains(subject, "depart") || Contains(subject, "categor")) {
    return field("commerce.department");
  }
  static constexpr std::string_view kPeople[] = {
      "customer", "user",      "person",    "people",  "employee", "author", "member",
      "student",  "client",    "staff",     "patient", "contact",  "account", "owner",
      "holder",   "recipient", "sender",    "payee",   "payer",    "buyer",  "seller",
      "guest",    "tenant",    "passenger", "driver",  "manager",  "teacher", "doctor"};
  for (std::string_view who : kPeople) {
    if (Contains(subject, who)) return field("person.full_name");
  }
  const std::string_view last = LastWord(subject);
  // A site of the business is named after its city: "Leeds Depot".
  for (size_t i = 0; i < std::size(kSiteKinds); ++i) {
    if (last == kSiteKinds[i].word || last == kSiteKinds[i].plural) {
      return NameRule{Semantic::kSiteName, nullptr, static_cast<int>(i)};
    }
  }
  if (last == "region" || last == "regions" || last == "province" || last == "provinces" ||
      last == "state" || last == "states") {
    return field("address.region");
  }
  return field("lorem.word");
}

// The rules for a text column's whole name, in order; kType when none
// applies.
NameRule RuleForTextName(const std::string& c, const std::string& t, const ColumnType& type,
                         bool countries) {
  auto field = FieldRule;
  auto semantic = [](Semantic s) { return NameRule{s, nullptr}; };
  // A countries table's own code holds any country, one per row.
  if (countries && type.max_chars >= 2 && type.max_chars <= 3 &&
      (c == "code" || c == "iso" || c == "iso_code" || c == "iso2" || c == "iso3" ||
       c == "alpha2" || c == "alpha_2" || c == "alpha3" || c == "alpha_3" ||
       c == "country_code" || c == "country" || c == "id")) {
    return semantic(Semantic::kCountry);
  }
  if (countries && (type.max_chars == 0 || type.max_chars > 3) &&
      (c == "name" || c == "country" || c == "country_name" || c == "english_name" ||
       c == "short_name" || c == "name_en")) {
    return semantic(Semantic::kCountryName);
  }
  static constexpr std::string_view kPhone[] = {"phone", "mobile", "tel", "telephone", "fax"};
  static constexpr std::string_view kFirst[] = {"first_name", "firstname", "given_name",
                                                "forename"};
  static constexpr std::string_view kLast[] = {"last_name", "lastname", "surname", "family_name"};
  static constexpr std::string_view kFull[] = {"full_name",  "fullname",      "display_name",
                                               "contact_name", "customer_name", "cardholder",
                                               "card_holder", "holder",       "account_holder"};
  static constexpr std::string_view kUser[] = {"username", "user_name", "login", "handle",
                                               "nickname"};
  static constexpr std::string_view kStreet[] = {"street",        "address",  "street_address",
                                                 "address_line1", "address1", "line1"};
  static constexpr std::string_view kPostal[] = {"postal_code", "postcode", "zip", "zip_code",
                                                 "zipcode"};
  static constexpr std::string_view kLong[] = {"description", "body", "content", "bio", "about"};
  static constexpr std::string_view kShort[] = {"notes",   "note",    "comment", "comments",
                                                "summary", "remarks", "title",   "subject"};
  if (Contains(c, "email")) return field("internet.email");
  if (OneOf(c, kPhone) || Contains(c, "phone")) return field("phone.e164");
  if (OneOf(c, kFirst)) return field("person.first_name");
  if (OneOf(c, kLast)) return field("person.last_name");
  if (c == "middle_name") return field("person.middle_name");
  if (OneOf(c, kFull)) return field("person.full_name");
  if (OneOf(c, kUser)) return field("internet.username");
  if (c == "job_title") return field("person.job_title");
  if (c == "name" || EndsWith(c, "_name")) {
    NameRule rule = RuleForNamedSubject(c == "name" ? t : c.substr(0, c.size() - 5));
    // A site's name is at least a city's: a column shorter than most city
    // names keeps a word.
    if (rule.semantic == Semantic::kSiteName && type.max_chars > 0 && type.max_chars < 8) {
      return field("lorem.word");
    }
    return rule;
  }
  if (c == "city" || c == "town") return field("address.city");
  if (OneOf(c, kStreet)) return field("address.street_address");
  if (OneOf(c, kPostal)) return field("address.postal_code");
  if (c == "country_code" || (c == "country" && type.max_chars == 2)) {
    return field("address.country_code");
  }
  if (c == "country" && type.max_chars == 3) return field("address.country_code3");
  if (c == "country") return field("address.country");
  if (c == "state" || c == "region" || c == "province") return field("address.region");
  if (c == "company" || c == "employer" || c == "organization") return field("company.name");
  if (c == "url" || c == "website" || c == "homepage" || EndsWith(c, "_url")) {
    return field("internet.url");
  }
  if (c == "domain") return field("internet.domain");
  if (c == "iban") return field("finance.iban");
  if (c == "bic" || c == "swift") return field("finance.bic");
  if (c == "card_number" || c == "credit_card") return field("finance.card_number");
  if (c == "currency" || c == "currency_code" || EndsWith(c, "_currency")) {
    return semantic(Semantic::kCurrency);
  }
  if (c == "sku") return field("commerce.sku");
  if (c == "vin" || EndsWith(c, "_vin")) return field("identifiers.vin");
  if (c == "ean" || c == "barcode") return field("commerce.ean13");
  if (c == "isbn") return field("commerce.isbn13");
  if (c == "department" || c == "category") return field("commerce.department");
  // Placeholder text as long as the column holds: a paragraph, a
  // sentence, or below 60 characters the type's own text (a word that
  // fits, a sentence cut at a space), never a draw that seldom fits.
  const int64_t room = type.max_chars;
  if (OneOf(c, kLong) && (room == 0 || room >= 300)) return field("lorem.paragraph");
  if ((OneOf(c, kLong) || OneOf(c, kShort)) && (room == 0 || room >= 60)) {
    return field("lorem.sentence");
  }
  if (OneOf(c, kLong) || OneOf(c, kShort)) return NameRule{};
  if (c == "password" || c == "password_hash") return field("internet.password");
  if (c == "ip" || c == "ip_address" || c == "ipv4") return field("internet.ipv4");
  if (c == "ipv6") return field("internet.ipv6");
  if (c == "mac" || c == "mac_address") return field("internet.mac");
  if (c == "user_agent") return field("internet.user_agent");
  if (c == "timezone" || c == "time_zone") return field("datetime.time_zone");
  if (c == "sex" || c == "gender") return field("person.sex");
  if (c == "status" || EndsWith(c, "_status")) return semantic(Semantic::kStatus);
  // Codes and numbers written as text, read from the name.
  static constexpr std::string_view kEan[] = {"ean13", "ean_13", "gtin", "gtin13", "gtin_13"};
  if (OneOf(c, kEan) || EndsWith(c, "_ean") || EndsWith(c, "_gtin")) {
    return field("commerce.ean13");
  }
  if (c == "upc" || c == "upc_a" || EndsWith(c, "_upc")) return field("commerce.upc_a");
  if (c == "isbn13" || c == "isbn_13" || EndsWith(c, "_isbn")) return field("commerce.isbn13");
  if (c == "pan" || c == "card" || c == "card_no" || c == "cc_number" || EndsWith(c, "_pan")) {
    return field("finance.card_number");
  }
  if (EndsWith(c, "last4") || EndsWith(c, "last_4") || EndsWith(c, "last_four")) {
    return NameRule{Semantic::kDigits, nullptr, 4};
  }
  if (c == "cvv" || c == "cvc" || c == "cvv2" || c == "cvc2" || c == "card_cvv" ||
      c == "security_code") {
    return NameRule{Semantic::kDigits, nullptr, 3};
  }
  if (c == "locale" || EndsWith(c, "_locale")) {
    return semantic(type.max_chars == 2 ? Semantic::kLanguage : Semantic::kLocaleId);
  }
  if (c == "language" || c == "lang" || c == "language_code" || EndsWith(c, "_language") ||
      EndsWith(c, "_lang")) {
    return semantic(Semantic::kLanguage);
  }
  if (c == "slug" || EndsWith(c, "_slug")) return semantic(Semantic::kSlug);
  if (Contains(c, "sha256") || Contains(c, "sha_256") || c == "hash" || EndsWith(c, "_hash") ||
      c == "checksum" || c == "digest") {
    return NameRule{Semantic::kHexHash, nullptr, 64};
  }
  if (Contains(c, "sha1") || Contains(c, "sha_1")) return NameRule{Semantic::kHexHash, nullptr, 40};
  if (Contains(c, "md5")) return NameRule{Semantic::kHexHash, nullptr, 32};
  if ((c == "color" || c == "colour" || EndsWith(c, "_color") || EndsWith(c, "_colour")) &&
      (type.max_chars == 0 || type.max_chars >= 7)) {
    return semantic(Semantic::kColor);
  }
  if (c == "region_code" || c == "state_code" || c == "province_code") {
    return field("address.region_code");
  }
  // A document's number (invoice_no, licence_nr, vat_id): ten characters of
  // a code alphabet, fewer when the column is shorter.
  const bool numbered_place = StartsWith(c, "mobile") || StartsWith(c, "tel") ||
                              StartsWith(c, "fax") || StartsWith(c, "house") ||
                              StartsWith(c, "building") || StartsWith(c, "street") ||
                              StartsWith(c, "room") || StartsWith(c, "flat");
  if (!numbered_place &&
      (EndsWith(c, "_no") || EndsWith(c, "_nr") || EndsWith(c, "_num") || c == "vat_id" ||
       c == "tax_id" || EndsWith(c, "_vat_id") || EndsWith(c, "_tax_id"))) {
    return NameRule{Semantic::kCode, nullptr, 10};
  }
  // A fixed-length CHAR(n), or a short column named as a code: n characters
  // of a code alphabet, not a word cut to length.
  if (type.max_chars > 0 && type.max_chars <= 16 &&
      (type.fixed_chars || c == "code" || EndsWith(c, "_code") || c == "ref" ||
       EndsWith(c, "_ref"))) {
    return semantic(Semantic::kCode);
  }
  return NameRule{};
}

NameRule RuleForWholeName(std::string_view table, std::string_view column,
                          const ColumnType& type, bool countries_table) {
  const std::string c = Lower(column);
  const std::string t = Lower(table);
  const TypeKind k = type.kind;
  const bool text = k == TypeKind::kText;
  auto field = FieldRule;
  auto semantic = [](Semantic s) { return NameRule{s, nullptr}; };

  if (text) {
    NameRule rule = RuleForTextName(c, t, type, countries_table || IsCountriesTableName(t));
    if (rule.semantic != Semantic::kType) return rule;
  }
  if ((text || k == TypeKind::kUuid) && (c == "uuid" || c == "guid")) {
    return field("identifiers.uuid4");
  }
  static constexpr std::string_view kBirth[] = {"birth_date", "birthdate", "date_of_birth", "dob",
                                                "birthday"};
  if ((text || k == TypeKind::kDate) && OneOf(c, kBirth)) return field("person.birthdate");
  if ((text || k == TypeKind::kReal || k == TypeKind::kNumeric) &&
      (c == "latitude" || c == "lat")) {
    return field("address.latitude");
  }
  if ((text || k == TypeKind::kReal || k == TypeKind::kNumeric) &&
      (c == "longitude" || c == "lng" || c == "lon")) {
    return field("address.longitude");
  }
  const bool time_like =
      text || k == TypeKind::kTimestamp || k == TypeKind::kDate || k == TypeKind::kInteger;
  if (time_like && (EndsWith(c, "_at") || c == "created" || c == "updated")) {
    return semantic(Semantic::kTimestamp);
  }
  // A period's or a validity's ends (valid_from, valid_until, period_start,
  // trial_end): dates, whatever the type says.
  static constexpr std::string_view kPeriods[] = {"valid",  "period", "effective", "term",
                                                  "contract", "trial", "lease",   "coverage",
                                                  "promo",  "offer",  "billing",  "subscription"};
  static constexpr std::string_view kEnds[] = {"_from", "_until", "_till", "_to",
                                               "_start", "_end", "_begin"};
  bool period = false;
  for (std::string_view p : kPeriods) {
    for (std::string_view e : kEnds) {
      period = period || (StartsWith(c, p) && EndsWith(c, e));
    }
  }
  if ((text || k == TypeKind::kDate || k == TypeKind::kTimestamp) &&
      (c == "date" || EndsWith(c, "_date") || EndsWith(c, "_on") || period)) {
    return semantic(Semantic::kDate);
  }
  if (IsNumberKind(k)) {
    static constexpr std::string_view kMoney[] = {"price",   "amount",   "total", "cost",
                                                  "balance", "subtotal", "fee",   "salary"};
    if (OneOf(c, kMoney) || EndsWith(c, "_price") || EndsWith(c, "_amount") ||
        EndsWith(c, "_total") || EndsWith(c, "_cost") || EndsWith(c, "_minor") ||
        EndsWith(c, "_cents")) {
      return semantic(Semantic::kMoney);
    }
    if (c == "quantity" || c == "qty" || EndsWith(c, "_quantity") || EndsWith(c, "_qty")) {
      return semantic(Semantic::kQuantity);
    }
    if (c == "age") return semantic(Semantic::kAge);
  }
  if (k == TypeKind::kBoolean || k == TypeKind::kInteger) {
    static constexpr std::string_view kFlags[] = {"active", "enabled", "deleted", "verified",
                                                  "archived"};
    if (StartsWith(c, "is_") || StartsWith(c, "has_") || StartsWith(c, "can_") ||
        OneOf(c, kFlags)) {
      return semantic(Semantic::kFlag);
    }
  }
  return NameRule{};
}

}  // namespace

bool IsCountriesTableName(std::string_view lower) {
  // The name less a lookup table's usual prefix and suffix: ref_countries,
  // dim_country, iso_countries, country_codes, countries_lookup.
  static constexpr std::string_view kPrefixes[] = {"ref_", "dim_", "iso_", "lkp_", "lookup_",
                                                   "lu_",  "tbl_", "d_"};
  static constexpr std::string_view kSuffixes[] = {"_codes", "_code", "_list", "_lookup",
                                                   "_ref",   "_iso",  "_iso3166"};
  std::string_view core = lower;
  for (std::string_view prefix : kPrefixes) {
    if (core.size() > prefix.size() && core.substr(0, prefix.size()) == prefix) {
      core.remove_prefix(prefix.size());
      break;
    }
  }
  for (std::string_view suffix : kSuffixes) {
    if (core.size() > suffix.size() && core.substr(core.size() - suffix.size()) == suffix) {
      core.remove_suffix(suffix.size());
      break;
    }
  }
  return core == "country" || core == "countries" || core == "nation" || core == "nations";
}

NameRule RuleForName(std::string_view table, std::string_view column, const ColumnType& type,
                     bool countries_table) {
  NameRule rule = RuleForWholeName(table, column, type, countries_table);
  if (rule.semantic != Semantic::kType) return rule;
  // A prefixed part of a person, address or company: billing_city,
  // shipping_postal_code, owner_first_name. The longest suffix after an
  // underscore that names such a field wins; the prefix then names the
  // entity when the row has two (AssignEntities).
  for (size_t cut = 0; cut < column.size(); ++cut) {
    if (column[cut] != '_') continue;
    NameRule part = RuleForWholeName(table, column.substr(cut + 1), type, countries_table);
    if (part.semantic == Semantic::kField && part.field != nullptr &&
        !part.field->group.empty()) {
      return part;
    }
  }
  return rule;
}

namespace {

// The error for a column that its type and CHECKs leave without a value.
absl::Status NoValue(const ColumnPlan& plan, const std::vector<Condition>& conditions,
                     std::string_view why) {
  std::string described;
  for (const Condition& c : conditions) {
    described += (described.empty() ? "" : ", ") + DescribeCondition(c);
  }
  return absl::InvalidArgumentError(plan.table + "." + plan.column + ": " + std::string(why) +
                                    " leave no value (" + described + ")");
}

// Lengths: the type's, narrowed by the length CHECKs.
void PlanLengths(ColumnPlan* plan, const std::vector<Condition>& conditions) {
  plan->max_chars = plan->type.max_chars > 0 ? plan->type.max_chars : -1;
  plan->min_chars = 0;
  auto cap = [&](int64_t n) {
    plan->max_chars = plan->max_chars < 0 ? n : std::min(plan->max_chars, n);
  };
  for (const Condition& c : conditions) {
    if (!c.on_length || c.values.size() != 1) continue;
    int64_t n = 0;
    const std::string& t = c.values[0].text;
    if (std::from_chars(t.data(), t.data() + t.size(), n).ec != std::errc()) continue;
    switch (c.op) {
      case CheckOp::kLt: cap(n - 1); break;
      case CheckOp::kLe: cap(n); break;
      case CheckOp::kGt: plan->min_chars = std::max(plan->min_chars, n + 1); break;
      case CheckOp::kGe: plan->min_chars = std::max(plan->min_chars, n); break;
      case CheckOp::kEq:
        cap(n);
        plan->min_chars = std::max(plan->min_chars, n);
        break;
      default: break;
    }
  }
}

// Rule 4's values: those of `list` (an IN or = CHECK) that pass every
// condition and the lengths, each once.
void AddAllowedValues(ColumnPlan* plan, const Condition& list,
                      const std::vector<Condition>& conditions, bool sqlite) {
  for (const Literal& literal : list.values) {
    std::optional<Value> value = LiteralValue(literal, plan->type, sqlite);
    if (!value) continue;
    bool ok = true;
    for (const Condition& other : conditions) ok = ok && Satisfies(*value, other);
    if (value->kind() == ValueKind::kString) {
      const int64_t n = CharCount(value->as_string());
      ok = ok && n >= plan->min_chars && (plan->max_chars < 0 || n <= plan->max_chars);
    }
    if (ok &&
        std::find(plan->allowed.begin(), plan->allowed.end(), *value) == plan->allowed.end()) {
      plan->allowed.push_back(*value);
    }
  }
}

// A closed range of a column's integer domain (units, days or seconds).
struct Range {
  int64_t lo;
  int64_t hi;
};

// The type's range and the rule's default range for a column of `kind`.
void TypeAndDefaultRanges(const ColumnPlan& plan, RangeKind kind, int64_t rows, int64_t now,
                          Range* type_range, Range* default_range) {
  const int64_t today = FloorDiv(now, fake::kSecondsPerDay);
  const int64_t first_day = fake::DaysFromCivil({1, 1, 1});
  const int64_t last_day = fake::DaysFromCivil({9999, 12, 31});
  const int scale = ScaleOf(plan.type);
  const int64_t unit = Pow10(scale);
  int64_t tlo = -kBigUnits, thi = kBigUnits, dlo = 0, dhi = 1000 * unit;
  if (kind == RangeKind::kUnits) {
    if (plan.type.kind == TypeKind::kInteger) {
      tlo = plan.type.min;
      thi = plan.type.max;
    } else if (plan.type.precision > 0 && plan.type.precision - scale < 15) {
      thi = Pow10(std::max(plan.type.precision - scale, 0)) * unit - 1;
      tlo = -thi;
    }
    switch (plan.rule.semantic) {
      case Semantic::kMoney: {
        dlo = plan.type.kind == TypeKind::kInteger ? 100 : unit;
        dhi = plan.type.kind == TypeKind::kInteger ? 100000 : 1000 * unit - 1;
        // A year's pay, not a price: 20,000 to 150,000.
        // By the name's words: salary, annual_salary, wage; not
        // income_tax_amount, not salary_cents (minor units).
        std::vector<std::string> words(1);
        for (char ch : Lower(plan.column)) {
          if (ch == '_') {
            words.emplace_back();
          } else {
            words.back() += ch;
          }
        }
        auto has = [&words](std::string_view w) {
          return std::find(words.begin(), words.end(), w) != words.end();
        };
        if ((has("salary") || has("wage") || has("wages") || has("income") || has("pay")) &&
            !has("tax") && !has("cents") && !has("minor") && scale <= 10) {
          dlo = 20000 * unit, dhi = 150000 * unit;
        }
        break;
      }
      case Semantic::kQuantity: dlo = unit, dhi = 20 * unit; break;
      case Semantic::kAge: dlo = 18 * unit, dhi = 80 * unit; break;
      case Semantic::kFlag: dlo = 0, dhi = 1; break;
      case Semantic::kTimestamp:
        dlo = now - kFiveYearsDays * fake::kSecondsPerDay, dhi = now - 1;
        break;
      default:
        if (plan.unique) {
          dlo = unit, dhi = std::max<int64_t>(1000, rows * 10) * unit;
          // More rows than the type's positive values (a smallint UNIQUE
          // of 40,000 rows): the negative ones too.
          if (plan.type.kind == TypeKind::kInteger && rows > thi) dlo = tlo;
        }
        break;
    }
  } else if (kind == RangeKind::kDays) {
    // The days the five years of timestamps before now touch: a reference
    // now at midnight is not a day yet, so that a timestamp can follow any
    // date drawn (shipped_at after placed_on).
    tlo = first_day, thi = last_day, dlo = today - kFiveYearsDays;
    dhi = FloorDiv(now - 1, fake::kSecondsPerDay);
  } else {
    tlo = first_day * fake::kSecondsPerDay, thi = last_day * fake::kSecondsPerDay;
    dlo = now - kFiveYearsDays * fake::kSecondsPerDay, dhi = now - 1;
  }
  *type_range = {tlo, thi};
  *default_range = {dlo, dhi};
}

// The type's range narrowed by the CHECKs' bounds (> >= < <=); *has_lo and
// *has_hi say whether a CHECK gave each end.
Range CheckedRange(const ColumnPlan& plan, const std::vector<Condition>& conditions,
                   RangeKind kind, Range type_range, bool* has_lo, bool* has_hi) {
  const int64_t unit = Pow10(ScaleOf(plan.type));
  *has_lo = false;
  *has_hi = false;
  int64_t clo = type_range.lo, chi = type_range.hi;
  for (const Condition& c : conditions) {
    if (c.on_length || c.values.size() != 1 || c.op == CheckOp::kEq || c.op == CheckOp::kNe ||
        c.op == CheckOp::kNotNull || c.op == CheckOp::kIn || c.op == CheckOp::kNotIn ||
        c.op == CheckOp::kLike || c.op == CheckOp::kNotLike || c.op == CheckOp::kGlob ||
        c.op == CheckOp::kNotGlob || c.op == CheckOp::kIsNull ||
        !c.other.empty()) {
      continue;
    }
    int64_t bound = 0;
    if (kind == RangeKind::kUnits) {
      const std::string& t = c.values[0].text;
      double x = 0;
      if (std::from_chars(t.data(), t.data() + t.size(), x).ec != std::errc()) continue;
      x = std::max(-9.0e18, std::min(9.0e18, x * static_cast<double>(unit)));
      const bool up = c.op == CheckOp::kGe || c.op == CheckOp::kLt;
      bound = static_cast<int64_t>(up ? std::ceil(x) : std::floor(x));
      if (c.op == CheckOp::kGt) ++bound;
      if (c.op == CheckOp::kLt) --bound;
    } else {
      const std::optional<int64_t> day = DaysOf(c.values[0]);
      if (!day) continue;
      const int64_t per = kind == RangeKind::kDays ? 1 : fake::kSecondsPerDay;
      bound = *day * per + (c.op == CheckOp::kGt ? (kind == RangeKind::kDays ? 1 : per) : 0) -
              (c.op == CheckOp::kLt ? 1 : 0);
    }
    if (c.op == CheckOp::kGt || c.op == CheckOp::kGe) {
      *has_lo = true;
      clo = std::max(clo, bound);
    } else {
      *has_hi = true;
      chi = std::min(chi, bound);
    }
  }
  return {clo, chi};
}

// Ranges: the type's (t), the rule's default (d), the CHECKs' (c).
absl::Status PlanRange(ColumnPlan* plan, const std::vector<Condition>& conditions,
                       int64_t rows, int64_t now) {
  const RangeKind kind = RangeKindOf(*plan);
  if (kind == RangeKind::kNone) return absl::OkStatus();
  Range type_range, default_range;
  TypeAndDefaultRanges(*plan, kind, rows, now, &type_range, &default_range);
  bool has_lo = false, has_hi = false;
  const Range checked = CheckedRange(*plan, conditions, kind, type_range, &has_lo, &has_hi);
  const int64_t dlo = default_range.lo, dhi = default_range.hi;
  const int64_t clo = checked.lo, chi = checked.hi;
  int64_t lo = std::max(dlo, clo), hi = std::min(dhi, chi);
  if (lo > hi) {
    // The CHECKs exclude the usual range: keep its width, moved inside them.
    const int64_t width = dhi - dlo;
    if (has_lo && has_hi) {
      lo = clo, hi = chi;
    } else if (has_lo) {
      lo = clo, hi = clo > chi - width ? chi : clo + width;
    } else {
      hi = chi, lo = chi < clo + width ? clo : chi - width;
    }
  }
  if (lo > hi) return NoValue(*plan, conditions, "the CHECKs and type");
  plan->lo = lo;
  plan->hi = hi;
  return absl::OkStatus();
}

}  // namespace

absl::Status PlanColumn(ColumnPlan* plan, const std::vector<Condition>& conditions, int64_t rows,
                        int64_t now, bool sqlite) {
  plan->conditions = conditions;
  for (const Condition& c : conditions)
    plan->not_null = plan->not_null || c.op == CheckOp::kNotNull;
  if (!plan->fake_override) {
    plan->rule = RuleForName(plan->table, plan->column, plan->type, plan->countries_table);
  }
  if (plan->rule.semantic == Semantic::kType && plan->type.kind == TypeKind::kText &&
      PatternOf(*plan) != nullptr) {
    plan->rule.semantic = Semantic::kPattern;
  }

  PlanLengths(plan, conditions);
  for (const Condition& c : conditions) {
    // A pattern a sentence matches and a word does not: words, then.
    if ((c.op != CheckOp::kNotLike && c.op != CheckOp::kNotGlob) || c.values.empty()) continue;
    const bool glob = c.op == CheckOp::kNotGlob;
    const std::string pattern = glob ? c.values.front().text : Lower(c.values.front().text);
    if (MatchesPattern("lorem ipsum dolor", pattern, glob) && !MatchesPattern("lorem", pattern, glob)) {
      plan->one_word = true;
    }
  }
  if (!plan->fake_override && plan->rule.semantic == Semantic::kField && plan->max_chars > 0) {
    // A length CHECK makes room as a type's length does (RuleForTextName):
    // description TEXT CHECK (length(description) <= 100) is a sentence.
    if (plan->rule.field == Field("lorem.paragraph") && plan->max_chars < 300) {
      plan->rule.field = Field("lorem.sentence");
    }
    if (plan->rule.field == Field("lorem.sentence") && plan->max_chars < 60) {
      plan->rule = NameRule{};
    }
  }
  if (plan->one_word && !plan->fake_override && plan->rule.semantic == Semantic::kField &&
      plan->rule.field != nullptr &&
      (plan->rule.field == Field("lorem.sentence") || plan->rule.field == Field("lorem.paragraph"))) {
    plan->rule.field = Field("lorem.word");
  }
  if (plan->max_chars >= 0 && plan->min_chars > plan->max_chars) {
    return NoValue(*plan, conditions, "the length CHECKs and type");
  }

  // Rule 4: a list of allowed values, those that pass every condition.
  for (const Condition& c : conditions) {
    if (c.on_length || (c.op != CheckOp::kIn && c.op != CheckOp::kEq)) continue;
    plan->has_allowed = true;
    AddAllowedValues(plan, c, conditions, sqlite);
    if (plan->allowed.empty()) return NoValue(*plan, conditions, "the CHECKs");
    return absl::OkStatus();
  }

  return PlanRange(plan, conditions, rows, now);
}

namespace {
constexpr std::string_view kStatuses[] = {"new", "active", "pending", "done", "cancelled"};
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr uint64_t kCodeRadix = sizeof(kCodeAlphabet) - 1;
}  // namespace

// The characters of a kDigits or kCode value.
int64_t CodeLength(const ColumnPlan& plan) {
  if (plan.rule.semantic == Semantic::kDigits) {
    return plan.max_chars > 0 ? std::min<int64_t>(plan.rule.length, plan.max_chars)
                              : plan.rule.length;
  }
  if (plan.rule.length > 0) {
    // A document's number: its length, within the column's length CHECKs.
    const int64_t most = plan.max_chars > 0 ? std::min<int64_t>(plan.rule.length, plan.max_chars)
                                            : plan.rule.length;
    return std::max(most, std::min(plan.min_chars, plan.max_chars > 0 ? plan.max_chars
                                                                       : plan.min_chars));
  }
  return std::max<int64_t>(plan.max_chars, 1);
}

// Value `index` of a kDigits or kCode column: its digits in base 10 or 36,
// zero-padded to the column's length.
std::string CodeOf(const ColumnPlan& plan, uint64_t index) {
  const uint64_t radix = plan.rule.semantic == Semantic::kDigits ? 10 : kCodeRadix;
  std::string code(static_cast<size_t>(CodeLength(plan)), '0');
  for (size_t i = code.size(); i-- > 0;) {
    code[i] = kCodeAlphabet[index % radix];
    index /= radix;
  }
  return code;
}

// A country's text as the column holds it: its name (kCountryName),
// alpha-3 in a column of three characters, else alpha-2.
std::string_view CountryTextOf(const ColumnPlan& plan, const fake::Country& country) {
  if (plan.rule.semantic == Semantic::kCountryName) return country.name;
  return plan.max_chars == 3 || plan.type.max_chars == 3 ? country.alpha3 : country.alpha2;
}

bool CountryTextFits(const ColumnPlan& plan, const fake::Country& country) {
  const int64_t n = CharCount(CountryTextOf(plan, country));
  return n >= plan.min_chars && (plan.max_chars < 0 || n <= plan.max_chars);
}

// How many countries' texts fit the column (all codes; names up to its
// length), and the index-th of them in fake::Countries()' order.
uint64_t FittingCountries(const ColumnPlan& plan) {
  uint64_t n = 0;
  for (const fake::Country& country : fake::Countries()) n += CountryTextFits(plan, country);
  return n;
}

std::string CountryText(const ColumnPlan& plan, uint64_t index) {
  for (const fake::Country& country : fake::Countries()) {
    if (!CountryTextFits(plan, country)) continue;
    if (index-- == 0) return std::string(CountryTextOf(plan, country));
  }
  return {};
}

uint64_t DomainSize(const ColumnPlan& plan) {
  if (plan.has_allowed) return plan.allowed.size();
  if (plan.type.kind == TypeKind::kBoolean) return 2;
  if (plan.type.kind == TypeKind::kBits) {
    // n bits (bit varying(n) holds those too); wider ones carry an index.
    const int64_t n = plan.type.max_chars;
    return n >= 1 && n <= 62 ? uint64_t{1} << n : 0;
  }
  switch (RangeKindOf(plan)) {
    case RangeKind::kUnits:
    case RangeKind::kDays: {
      const uint64_t span = static_cast<uint64_t>(plan.hi) - static_cast<uint64_t>(plan.lo);
      return span >= (uint64_t{1} << 62) ? 0 : span + 1;
    }
    case RangeKind::kSeconds: {
      const uint64_t span = static_cast<uint64_t>(plan.hi) - static_cast<uint64_t>(plan.lo);
      return span >= (uint64_t{1} << 62) ? 0 : span + 1;
    }
    case RangeKind::kNone: break;
  }
  if (plan.type.kind == TypeKind::kTime && plan.rule.semantic == Semantic::kType) return 86400;
  if (plan.rule.semantic == Semantic::kDigits || plan.rule.semantic == Semantic::kCode) {
    const uint64_t radix = plan.rule.semantic == Semantic::kDigits ? 10 : kCodeRadix;
    const int64_t length = CodeLength(plan);
    uint64_t size = 1;
    for (int64_t i = 0; i < length; ++i) {
      if (size > (uint64_t{1} << 62) / radix) return 0;
      size *= radix;
    }
    return size;
  }
  if (plan.rule.semantic == Semantic::kStatus) return std::size(kStatuses);
  if (plan.rule.semantic == Semantic::kCountry || plan.rule.semantic == Semantic::kCountryName) {
    return FittingCountries(plan);
  }
  if (plan.rule.semantic == Semantic::kPattern) {
    // Without % or *, the pattern's strings: the product of its positions'
    // choices (0 when a run of any characters makes them unbounded).
    const Condition& c = *PatternOf(plan);
    uint64_t size = 1;
    for (const PatternPart& part : PatternParts(c.values.front().text, c.op == CheckOp::kGlob)) {
      if (part.any || size > (uint64_t{1} << 62) / part.members.size()) return 0;
      size *= part.members.size();
    }
    return size;
  }
  return 0;
}

std::optional<int64_t> UnitsOf(const ColumnPlan& plan, const Value& value) {
  if (RangeKindOf(plan) != RangeKind::kUnits) return InstantOf(plan, value);
  const int scale = ScaleOf(plan.type);
  if (value.kind() == ValueKind::kInt) {
    if (plan.rule.semantic == Semantic::kTimestamp) return value.as_int();
    return value.as_int() * Pow10(scale);
  }
  std::string text;
  if (value.kind() == ValueKind::kDouble) {
    // Shortest round-trip text, then exact decimal reading: no rounding of
    // binary fractions beyond what printing does.
    text = KeyText(value);
  } else if (value.kind() == ValueKind::kString) {
    text = value.as_string();
  } else {
    return std::nullopt;
  }
  // [-]digits[.digits], read to `scale` places (truncated).
  size_t i = 0;
  const bool negative = i < text.size() && text[i] == '-';
  if (negative) ++i;
  int64_t units = 0;
  bool any = false;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, any = true) {
    units = units * 10 + (text[i] - '0');
  }
  int places = 0;
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      if (places < scale) {
        units = units * 10 + (text[i] - '0');
        ++places;
      }
      any = true;
    }
  }
  if (!any || i != text.size()) return std::nullopt;
  for (; places < scale; ++places) units *= 10;
  return negative ? -units : units;
}

Value UnitsValue(const ColumnPlan& plan, int64_t units, bool sqlite) {
  return InstantValue(plan, units, sqlite);
}

int UnitScale(const ColumnPlan& plan) {
  return RangeKindOf(plan) == RangeKind::kUnits && plan.rule.semantic != Semantic::kTimestamp
             ? ScaleOf(plan.type)
             : -1;
}

std::optional<int64_t> InstantOf(const ColumnPlan& plan, const Value& value) {
  const RangeKind kind = RangeKindOf(plan);
  if (value.kind() == ValueKind::kInt &&
      (kind == RangeKind::kUnits && plan.rule.semantic == Semantic::kTimestamp)) {
    return value.as_int();
  }
  if (value.kind() != ValueKind::kString) return std::nullopt;
  const std::string& text = value.as_string();
  const std::optional<int64_t> days = DaysOf(Literal{text, true});
  if (!days) return std::nullopt;
  if (kind == RangeKind::kDays) return *days;
  if (kind != RangeKind::kSeconds) return std::nullopt;
  int hour = 0, minute = 0, second = 0;
  if (text.size() >= 19 && text[10] == ' ' && text[13] == ':' && text[16] == ':' &&
      std::from_chars(text.data() + 11, text.data() + 13, hour).ec == std::errc() &&
      std::from_chars(text.data() + 14, text.data() + 16, minute).ec == std::errc() &&
      std::from_chars(text.data() + 17, text.data() + 19, second).ec == std::errc()) {
    return *days * fake::kSecondsPerDay + hour * 3600 + minute * 60 + second;
  }
  return *days * fake::kSecondsPerDay;
}

Value InstantValue(const ColumnPlan& plan, int64_t units, bool sqlite) {
  switch (RangeKindOf(plan)) {
    case RangeKind::kUnits: return NumberValue(units, plan.type, sqlite);
    case RangeKind::kDays: return Value(fake::FormatIsoDate(units));
    default: return Value(TimestampText(units, plan.type.with_time_zone));
  }
}

int64_t InstantUnit(const ColumnPlan& plan) {
  return RangeKindOf(plan) == RangeKind::kDays ? fake::kSecondsPerDay : 1;
}

bool FitsColumn(const ColumnPlan& plan, const Value& value) {
  if (value.kind() == ValueKind::kString &&
      (plan.min_chars > 0 || plan.max_chars >= 0)) {
    const int64_t chars = CharCount(value.as_string());
    if (chars < plan.min_chars || (plan.max_chars >= 0 && chars > plan.max_chars)) return false;
  }
  for (const Condition& c : plan.conditions) {
    if (!Satisfies(value, c)) return false;
  }
  return true;
}

std::optional<Value> ValueAtIndex(const ColumnPlan& plan, uint64_t index, bool sqlite) {
  const uint64_t size = DomainSize(plan);
  if (size == 0 || index >= size) return std::nullopt;
  if (plan.has_allowed) return plan.allowed[index];
  if (plan.type.kind == TypeKind::kBoolean) return Value(index == 1);
  if (plan.type.kind == TypeKind::kBits) {
    std::string bits(static_cast<size_t>(plan.type.max_chars), '0');
    for (size_t i = bits.size(); i-- > 0; index >>= 1) bits[i] = (index & 1) != 0 ? '1' : '0';
    return Value(std::move(bits));
  }
  const int64_t at = static_cast<int64_t>(static_cast<uint64_t>(plan.lo) + index);
  switch (RangeKindOf(plan)) {
    case RangeKind::kUnits: return NumberValue(at, plan.type, sqlite);
    case RangeKind::kDays: return Value(fake::FormatIsoDate(at));
    case RangeKind::kSeconds: return Value(TimestampText(at, plan.type.with_time_zone));
    case RangeKind::kNone: break;
  }
  if (plan.type.kind == TypeKind::kTime && plan.rule.semantic == Semantic::kType) {
    return Value(fake::FormatIsoTime(static_cast<int64_t>(index)));
  }
  if (plan.rule.semantic == Semantic::kStatus) return Value(std::string(kStatuses[index]));
  if (plan.rule.semantic == Semantic::kCountry || plan.rule.semantic == Semantic::kCountryName) {
    return Value(CountryText(plan, index));
  }
  if (plan.rule.semantic == Semantic::kPattern) {
    // The index in the positions' mixed radix, the last position fastest.
    const Condition& c = *PatternOf(plan);
    const std::vector<PatternPart> parts =
        PatternParts(c.values.front().text, c.op == CheckOp::kGlob);
    std::string text(parts.size(), ' ');
    for (size_t i = parts.size(); i-- > 0;) {
      text[i] = parts[i].members[index % parts[i].members.size()];
      index /= parts[i].members.size();
    }
    return Value(std::move(text));
  }
  if (plan.rule.semantic == Semantic::kDigits || plan.rule.semantic == Semantic::kCode) {
    return Value(CodeOf(plan, index));
  }
  return std::nullopt;
}

namespace {

// `index` in decimal, zero-padded to `width` digits.
std::string PaddedDecimal(uint64_t index, int width) {
  std::string digits = std::to_string(index);
  if (static_cast<int>(digits.size()) < width) digits.insert(0, width - digits.size(), '0');
  return digits;
}

// The first `chars` characters (code points) of `text`.
std::string FirstChars(std::string_view text, int64_t chars) {
  int64_t seen = 0;
  size_t i = 0;
  for (; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && seen++ == chars) break;
  }
  return std::string(text.substr(0, i));
}

}  // namespace

namespace {

// The currency of a country (ISO 3166 alpha-2 to ISO 4217), for the
// locales' countries and their neighbours; empty for another.
std::string_view LocalCurrency(std::string_view country) {
  static constexpr std::string_view kEuro[] = {"AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR",
                                               "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT",
                                               "NL", "PT", "SI", "SK"};
  for (std::string_view euro : kEuro) {
    if (country == euro) return "EUR";
  }
  static constexpr std::string_view kOwn[][2] = {
      {"US", "USD"}, {"GB", "GBP"}, {"PL", "PLN"}, {"JP", "JPY"}, {"CN", "CNY"},
      {"RU", "RUB"}, {"BR", "BRL"}, {"IN", "INR"}, {"CA", "CAD"}, {"AU", "AUD"},
      {"MX", "MXN"}, {"CH", "CHF"}, {"SE", "SEK"}, {"NO", "NOK"}, {"DK", "DKK"},
      {"CZ", "CZK"}, {"HU", "HUF"}, {"RO", "RON"}, {"TR", "TRY"}, {"UA", "UAH"},
      {"IL", "ILS"}, {"KR", "KRW"}, {"TW", "TWD"}, {"AR", "ARS"}, {"KZ", "KZT"}};
  for (const auto& own : kOwn) {
    if (country == own[0]) return own[1];
  }
  return {};
}

// The city and region code of the column's address in the record, in
// buffers reused per thread. (The address is drawn once per record and
// remembered: the second part costs little.)
std::pair<std::string_view, std::string_view> RecordCity(const ColumnPlan& plan,
                                                         const fake::FieldContext& fields,
                                                         uint64_t record_seed) {
  thread_local std::string city, region;
  city.clear();
  region.clear();
  fake::AppendFieldValue(plan.city_record, fields, record_seed, &city);
  fake::AppendFieldValue(plan.region_record, fields, record_seed, &region);
  return {city, region};
}

// A cell of the record's city's row in its locale's city table (the
// city of the row's address, whether or not the row has a city column):
// its "time_zone" or "area_codes"; empty where the locale lists none.
// Cities are told apart by name and region (Portland, OR and Portland, ME).
std::string_view RecordCityCell(const ColumnPlan& plan, const fake::FieldContext& fields,
                                uint64_t record_seed, std::string_view column) {
  if (!plan.city_record.valid()) return {};
  const auto [city, region] = RecordCity(plan, fields, record_seed);
  return fields.locale->CityCell(city, region, column);
}

// A phone of an address of its own (billing_phone with billing_city): the
// area code of that address's city. (A phone of the row's address has its
// city's already: fake::AppendFieldValue gives it.)
void UseEntityAreaCode(const ColumnPlan& plan, const fake::FieldContext& fields,
                       uint64_t record_seed, std::string* phone) {
  if (!plan.city_entity || !fields.locale->has_area_codes()) return;
  const auto [city, region] = RecordCity(plan, fields, record_seed);
  fake::UseCityAreaCode(*fields.locale, city, region,
                        Mix64(record_seed ^ plan.city_record.stream_hash()), phone);
}

// The IANA time zones of a country (of those fake::TimeZoneNames() has),
// for the locales' countries, a zone listed more often where more people
// live in it (New York before Denver); empty for another country. Zones
// few live in (Anchorage) come from the draw over every zone.
std::vector<std::string_view> LocalTimeZones(std::string_view country) {
  static constexpr std::string_view kZones[][2] = {
      {"US", "America/New_York"},    {"US", "America/New_York"},
      {"US", "America/New_York"},    {"US", "America/New_York"},
      {"US", "America/New_York"},    {"US", "America/Chicago"},
      {"US", "America/Chicago"},     {"US", "America/Chicago"},
      {"US", "America/Los_Angeles"}, {"US", "America/Los_Angeles"},
      {"US", "America/Denver"},      {"US", "America/Phoenix"},
      {"CA", "America/Toronto"},     {"CA", "America/Toronto"},
      {"CA", "America/Vancouver"},   {"CA", "America/Halifax"},
      {"MX", "America/Mexico_City"}, {"BR", "America/Sao_Paulo"},
      {"AR", "America/Argentina/Buenos_Aires"},
      {"CO", "America/Bogota"},      {"GB", "Europe/London"},
      {"IE", "Europe/Dublin"},       {"DE", "Europe/Berlin"},
      {"FR", "Europe/Paris"},        {"ES", "Europe/Madrid"},
      {"IT", "Europe/Rome"},         {"NL", "Europe/Amsterdam"},
      {"BE", "Europe/Brussels"},     {"AT", "Europe/Vienna"},
      {"CH", "Europe/Zurich"},       {"PL", "Europe/Warsaw"},
      {"CZ", "Europe/Prague"},       {"SE", "Europe/Stockholm"},
      {"FI", "Europe/Helsinki"},     {"PT", "Europe/Lisbon"},
      {"GR", "Europe/Athens"},       {"TR", "Europe/Istanbul"},
      {"RU", "Europe/Moscow"},       {"IS", "Atlantic/Reykjavik"},
      {"JP", "Asia/Tokyo"},          {"KR", "Asia/Seoul"},
      {"CN", "Asia/Shanghai"},       {"HK", "Asia/Hong_Kong"},
      {"TW", "Asia/Taipei"},         {"SG", "Asia/Singapore"},
      {"IN", "Asia/Kolkata"},        {"PK", "Asia/Karachi"},
      {"ID", "Asia/Jakarta"},        {"PH", "Asia/Manila"},
      {"TH", "Asia/Bangkok"},        {"AE", "Asia/Dubai"},
      {"IL", "Asia/Jerusalem"},      {"IR", "Asia/Tehran"},
      {"NP", "Asia/Kathmandu"},      {"AU", "Australia/Sydney"},
      {"AU", "Australia/Sydney"},    {"AU", "Australia/Brisbane"},
      {"AU", "Australia/Perth"},     {"AU", "Australia/Adelaide"},
      {"NZ", "Pacific/Auckland"},    {"ZA", "Africa/Johannesburg"},
      {"EG", "Africa/Cairo"},        {"NG", "Africa/Lagos"},
      {"KE", "Africa/Nairobi"}};
  std::vector<std::string_view> zones;
  for (const auto& zone : kZones) {
    if (country == zone[0]) zones.push_back(zone[1]);
  }
  return zones;
}

}  // namespace

// The check digit a fake field's values end in.
enum class CheckDigit { kNone, kGs1, kLuhn };

CheckDigit CheckDigitOf(const ColumnPlan& plan) {
  if (plan.rule.semantic != Semantic::kField || plan.rule.field == nullptr) {
    return CheckDigit::kNone;
  }
  const std::string_view name = plan.rule.field->name;
  if (name == "commerce.ean13" || name == "commerce.upc_a" || name == "commerce.isbn13") {
    return CheckDigit::kGs1;
  }
  if (name == "finance.card_number") return CheckDigit::kLuhn;
  return CheckDigit::kNone;
}

int IndexWidth(uint64_t positions) {
  int width = 1;
  for (uint64_t largest = positions > 0 ? positions - 1 : 0; largest >= 10; largest /= 10) ++width;
  return width;
}

namespace {

// How a value of a named rule carries a distinct index and stays what its
// name says (an IBAN with its check digits, a MAC address, a colour).
enum class Form {
  kText,     // digits at the end (before an e-mail's @)
  kUuid,     // the node field of a UUID written as text
  kHex,      // the last digits of a hex hash or a #rrggbb colour
  kMac,      // the last three octets of a MAC address
  kIpv4,     // the last three octets of an IPv4 address
  kDomain,   // digits before the top-level domain
  kIban,     // the last digits of the account, the check digits again
  kBic,      // the location and branch codes
  kVin,      // the plant code and serial number, the check digit again
  kNone,     // a value from a short list (a currency, a time zone, a
             // country, a language): nothing to weave into
};

Form FormOf(const ColumnPlan& plan) {
  if (plan.type.kind == TypeKind::kInet) return Form::kIpv4;  // written as IPv4 text
  const Semantic semantic = plan.rule.semantic;
  if (semantic == Semantic::kHexHash || semantic == Semantic::kColor) return Form::kHex;
  if (semantic == Semantic::kLocaleId || semantic == Semantic::kLanguage ||
      semantic == Semantic::kCurrency) {
    return Form::kNone;
  }
  if (semantic != Semantic::kField || plan.rule.field == nullptr) return Form::kText;
  const std::string_view name = plan.rule.field->name;
  if (name == "identifiers.uuid4" || name == "identifiers.uuid7") return Form::kUuid;
  if (name == "internet.mac") return Form::kMac;
  if (name == "internet.ipv4") return Form::kIpv4;
  if (name == "internet.domain") return Form::kDomain;
  if (name == "finance.iban") return Form::kIban;
  if (name == "finance.bic") return Form::kBic;
  if (name == "identifiers.vin") return Form::kVin;
  if (name == "finance.currency_code" || name == "datetime.time_zone" ||
      name == "address.country_code" || name == "address.country_code3" ||
      name == "address.country" || name == "person.sex") {
    return Form::kNone;
  }
  return Form::kText;
}

// A VIN's characters: digits and capital letters but I, O and Q (ISO 3779).
constexpr char kVinAlphabet[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
// Serial numbers of one plant code: six decimal digits.
constexpr uint64_t kVinSerials = 1000000;

// Writes `n` as `digits` zero-padded decimal digits over text[at ...].
void WriteDecimalAt(uint64_t n, size_t at, size_t digits, std::string* text) {
  for (size_t k = digits; k-- > 0;) {
    (*text)[at + k] = static_cast<char>('0' + n % 10);
    n /= 10;
  }
}

// The index as `digits` base-`radix` characters of `alphabet`, written over
// text[positions[...]] from the right.
void WriteDigits(uint64_t index, uint64_t radix, const char* alphabet,
                 const std::vector<size_t>& positions, std::string* text) {
  for (size_t k = positions.size(); k-- > 0;) {
    (*text)[positions[k]] = alphabet[index % radix];
    index /= radix;
  }
}

// 48 bits of the column's own: what a UUID column's index is mixed with.
uint64_t NodeMask(const ColumnPlan& plan);

// A UUID's node field for `index`: the index times an odd number and
// xor-ed with the column's bits, both bijections modulo 2^48, so distinct
// indices give distinct nodes that do not read 000000000042.
uint64_t NodeOf(const ColumnPlan& plan, uint64_t index) {
  constexpr uint64_t kMask = (uint64_t{1} << 48) - 1;
  return ((index * 0x9e3779b97f4bu) & kMask) ^ NodeMask(plan);
}

// `index` mixed over `bits` bits (an odd multiple, xor-ed with the
// column's bits): a bijection modulo 2^bits, so that network addresses
// carrying an index spread over their octets instead of reading x.0.0.7.
uint64_t Scrambled(const ColumnPlan& plan, uint64_t index, int bits) {
  const uint64_t mask = (uint64_t{1} << bits) - 1;
  return ((index * 0x9e3779b97f4bu) & mask) ^ (NodeMask(plan) & mask);
}

uint64_t NodeMask(const ColumnPlan& plan) {
  uint64_t h = 0xcbf29ce484222325u;
  for (const std::string* part : {&plan.table, &plan.column}) {
    for (const char c : *part) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
    h = (h ^ 0x2e) * 0x100000001b3u;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdu;
  h ^= h >> 33;
  return h & ((uint64_t{1} << 48) - 1);
}

// ISO 7064 MOD 97-10 check digits of an IBAN (its positions 3 and 4).
void SetIbanCheckDigits(std::string* iban) {
  std::string& t = *iban;
  if (t.size() < 5) return;
  const std::string rearranged = t.substr(4) + t.substr(0, 2) + "00";
  uint64_t rest = 0;
  for (const char c : rearranged) {
    if (c >= '0' && c <= '9') {
      rest = (rest * 10 + static_cast<uint64_t>(c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      rest = (rest * 100 + static_cast<uint64_t>(c - 'A' + 10)) % 97;
    }
  }
  const uint64_t check = 98 - rest;
  t[2] = static_cast<char>('0' + check / 10);
  t[3] = static_cast<char>('0' + check % 10);
}

}  // namespace

bool ListValued(const ColumnPlan& plan) { return FormOf(plan) == Form::kNone; }

bool CarriesAsCode(const ColumnPlan& plan, int width) {
  return plan.type.kind == TypeKind::kText && plan.rule.semantic == Semantic::kType &&
         !plan.has_allowed && plan.max_chars > 0 && plan.max_chars < width + 3;
}

uint64_t CarrierCapacity(const ColumnPlan& plan, int width) {
  switch (plan.type.kind) {
    case TypeKind::kUuid: return uint64_t{1} << 48;
    case TypeKind::kBlob:
    case TypeKind::kJson: return ~uint64_t{0};
    case TypeKind::kText: break;
    // PostgreSQL's own types (WeaveIndex says how each carries it).
    case TypeKind::kInet: return uint64_t{1} << 24;
    case TypeKind::kCidr: return uint64_t{1} << 20;
    case TypeKind::kMacaddr: return width <= 2 * (plan.type.precision - 1) ? ~uint64_t{0} : 0;
    case TypeKind::kInterval: return uint64_t{1} << 40;
    case TypeKind::kMoney: return uint64_t{1} << 40;
    case TypeKind::kBits: return plan.type.max_chars > 62 ? ~uint64_t{0} : 0;
    case TypeKind::kArray: {
      const ColumnType element = ParseColumnType(plan.type.element, false);
      if (element.kind == TypeKind::kInteger) {
        return static_cast<uint64_t>(element.max) + 1;
      }
      return element.kind == TypeKind::kText && element.max_chars == 0 ? ~uint64_t{0} : 0;
    }
    default: return 0;  // numbers, dates, booleans: bounded domains, not carriers
  }
  if (plan.rule.semantic == Semantic::kCode || plan.rule.semantic == Semantic::kDigits) {
    return width <= CodeLength(plan) ? ~uint64_t{0} : 0;  // its last characters (WeaveIndex)
  }
  switch (FormOf(plan)) {
    case Form::kNone: return 0;
    case Form::kUuid: return uint64_t{1} << 48;
    case Form::kMac: return width <= 10 ? ~uint64_t{0} : 0;
    case Form::kIpv4: return uint64_t{1} << 24;
    case Form::kHex:
      // Decimal digits over the last hex digits (six of a colour).
      return width <= (plan.rule.semantic == Semantic::kColor ? 6 : std::max(plan.rule.length, 1))
                 ? ~uint64_t{0}
                 : 0;
    case Form::kIban: return width <= 8 ? ~uint64_t{0} : 0;
    case Form::kVin:
      return plan.max_chars >= 0 && plan.max_chars < 17 ? 0
                                                        : kVinSerials * (sizeof(kVinAlphabet) - 1);
    case Form::kBic:
      // Location and branch codes: five base-36 characters, two when the
      // column holds only the eight-character form.
      return plan.max_chars >= 0 && plan.max_chars < 11 ? 36 * 36 : 36ull * 36 * 36 * 36 * 36;
    case Form::kDomain:
    case Form::kText: break;
  }
  if (plan.rule.semantic == Semantic::kPattern) {
    // Digits where the first % or * is (a pattern without one is a bounded
    // domain, DomainSize()), if the column has room for them.
    const Condition& c = *PatternOf(plan);
    int64_t fixed = 0;
    bool any = false;
    for (const PatternPart& part : PatternParts(c.values.front().text, c.op == CheckOp::kGlob)) {
      fixed += part.any ? 0 : 1;
      any = any || part.any;
    }
    if (!any || (plan.max_chars >= 0 && plan.max_chars < fixed + width)) return 0;
    return ~uint64_t{0};
  }
  if (CarriesAsCode(plan, width)) {
    uint64_t capacity = 1;
    for (int64_t i = 0; i < plan.max_chars; ++i) {
      if (capacity > ~uint64_t{0} / kCodeRadix) return ~uint64_t{0};
      capacity *= kCodeRadix;
    }
    return capacity;
  }
  // Room for the digits and at least one character of the value.
  if (plan.max_chars >= 0 && plan.max_chars < width + 1) return 0;
  return ~uint64_t{0};
}

absl::Status WeaveIndex(const ColumnPlan& plan, uint64_t index, int width, Value* value) {
  static constexpr char kHex[] = "0123456789abcdef";
  // Made for an error only: this runs for every row of a UNIQUE column.
  auto where = [&plan]() { return plan.table + "." + plan.column; };
  if (plan.type.kind == TypeKind::kUuid) {
    // The 48 bits of the node field (the last 12 hex digits) are the index
    // (NodeOf).
    std::string text = value->as_string();
    const uint64_t node = NodeOf(plan, index);
    for (int i = 0; i < 12; ++i) text[text.size() - 1 - i] = kHex[(node >> (4 * i)) & 0xF];
    *value = Value(std::move(text));
    return absl::OkStatus();
  }
  if (plan.type.kind == TypeKind::kBlob) {
    std::string text = value->as_string();
    for (int i = 15; i >= 0; --i) text += kHex[(index >> (4 * i)) & 0xF];
    *value = Value(std::move(text));
    return absl::OkStatus();
  }
  if ((plan.rule.semantic == Semantic::kCode || plan.rule.semantic == Semantic::kDigits) &&
      value->kind() == ValueKind::kString) {
    // A code too long to count (CHAR(16)): its last characters are the
    // index in the code's own alphabet, so it keeps its length.
    std::string text = value->as_string();
    const bool code = plan.rule.semantic == Semantic::kCode;
    const size_t k = std::min(text.size(), static_cast<size_t>(width));
    if (!code && k < static_cast<size_t>(width)) {
      return absl::InvalidArgumentError("generate: " + where() + ": " + std::to_string(width) +
                                        " digits of a distinct index do not fit in \"" + text +
                                        "\"");
    }
    std::vector<size_t> positions;
    for (size_t i = text.size() - k; i < text.size(); ++i) positions.push_back(i);
    WriteDigits(index, code ? kCodeRadix : 10, kCodeAlphabet, positions, &text);
    *value = Value(std::move(text));
    return absl::OkStatus();
  }
  if (plan.type.kind == TypeKind::kJson) {
    *value = Value("{\"value\": " + std::to_string(index) + "}");
    return absl::OkStatus();
  }
  switch (plan.type.kind) {
    case TypeKind::kCidr: {
      // A /28 network: the first octet as drawn, 20 network bits the index.
      index = Scrambled(plan, index, 20);
      const std::string& drawn = value->as_string();
      *value = Value(drawn.substr(0, drawn.find('.')) + "." + std::to_string((index >> 12) & 0xFF) +
                     "." + std::to_string((index >> 4) & 0xFF) + "." +
                     std::to_string((index & 0xF) << 4) + "/28");
      return absl::OkStatus();
    }
    case TypeKind::kMacaddr: {
      // The index's decimal digits over the last hex digits, the first
      // octet (locally administered) kept.
      std::string text = value->as_string();
      std::vector<size_t> positions;
      for (size_t i = text.size(); i-- > 2 && positions.size() < static_cast<size_t>(width);) {
        if (text[i] != ':') positions.insert(positions.begin(), i);
      }
      WriteDigits(index, 10, "0123456789", positions, &text);
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case TypeKind::kInterval: {
      // Whole days from the index, the time of day as drawn: distinct
      // spans, as PostgreSQL compares them (a day is 24 hours there).
      const std::string& drawn = value->as_string();
      const size_t days = drawn.find(" days ");
      *value = Value(std::to_string(index) + " days " +
                     (days == std::string::npos ? std::string("00:00:00")
                                                : drawn.substr(days + 6)));
      return absl::OkStatus();
    }
    case TypeKind::kMoney: {
      // Whole units from the index, the cents as drawn.
      const std::string& drawn = value->as_string();
      const size_t dot = drawn.find('.');
      *value = Value(std::to_string(index) +
                     (dot == std::string::npos ? std::string(".00") : drawn.substr(dot)));
      return absl::OkStatus();
    }
    case TypeKind::kBits: {
      // The last 64 bits are the index.
      std::string text = value->as_string();
      text.resize(static_cast<size_t>(plan.type.max_chars), '0');
      for (size_t i = 0; i < 64; ++i) {
        text[text.size() - 1 - i] = ((index >> i) & 1) != 0 ? '1' : '0';
      }
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case TypeKind::kArray: {
      // The index is the first element, the drawn ones follow.
      const std::string& drawn = value->as_string();
      const ColumnType element = ParseColumnType(plan.type.element, false);
      std::string first = element.kind == TypeKind::kInteger
                              ? std::to_string(index)
                              : "\"" + PaddedDecimal(index, width) + "\"";
      const std::string rest = drawn.size() > 2 ? "," + drawn.substr(1) : "}";
      *value = Value("{" + first + rest);
      return absl::OkStatus();
    }
    default: break;
  }
  switch (FormOf(plan)) {
    case Form::kNone:
      return absl::InvalidArgumentError("generate: " + where() +
                                        ": a value from a list cannot carry a distinct index");
    case Form::kUuid: {
      std::string text = value->as_string();
      if (text.size() < 12) break;
      const uint64_t node = NodeOf(plan, index);
      for (int i = 0; i < 12; ++i) text[text.size() - 1 - i] = kHex[(node >> (4 * i)) & 0xF];
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case Form::kHex:
    case Form::kMac: {
      // The last `width` hex digits (of the last three octets of a MAC, so
      // its first keeps the locally administered bit) become the index's
      // decimal digits: still hex, the length kept.
      std::string text = value->as_string();
      std::vector<size_t> positions;
      for (size_t i = text.size(); i-- > 0 && positions.size() < static_cast<size_t>(width);) {
        if (std::isxdigit(static_cast<unsigned char>(text[i]))) positions.insert(positions.begin(), i);
      }
      if (positions.size() < static_cast<size_t>(width)) break;
      WriteDigits(index, 10, "0123456789", positions, &text);
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case Form::kIpv4: {
      // The first octet as drawn (a public network), the other three the
      // index.
      index = Scrambled(plan, index, 24);
      const std::string& drawn = value->as_string();
      const size_t dot = drawn.find('.');
      if (dot == std::string::npos) break;
      *value = Value(drawn.substr(0, dot) + "." + std::to_string((index >> 16) & 0xFF) + "." +
                     std::to_string((index >> 8) & 0xFF) + "." + std::to_string(index & 0xFF));
      return absl::OkStatus();
    }
    case Form::kIban: {
      std::string text = value->as_string();
      std::vector<size_t> positions;
      for (size_t i = text.size(); i-- > 4 && positions.size() < static_cast<size_t>(width);) {
        if (text[i] >= '0' && text[i] <= '9') positions.insert(positions.begin(), i);
      }
      if (positions.size() < static_cast<size_t>(width)) break;
      WriteDigits(index, 10, "0123456789", positions, &text);
      SetIbanCheckDigits(&text);
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case Form::kBic: {
      // Bank (4) and country (2) as drawn; location (2) and branch (3)
      // carry the index in [0-9A-Z].
      std::string text = value->as_string().substr(0, std::min<size_t>(value->as_string().size(), 6));
      if (text.size() < 6) break;
      const bool eight = plan.max_chars >= 0 && plan.max_chars < 11;
      text.resize(eight ? 8 : 11, '0');
      std::vector<size_t> positions;
      for (size_t i = 6; i < text.size(); ++i) positions.push_back(i);
      WriteDigits(index, kCodeRadix, kCodeAlphabet, positions, &text);
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case Form::kVin: {
      // The serial number (positions 12-17) is the index's last six
      // decimal digits, the plant code (position 11) the rest, in the VIN
      // alphabet; the check digit (position 9) is computed again.
      std::string text = value->as_string();
      if (text.size() != 17 || index / kVinSerials >= sizeof(kVinAlphabet) - 1) break;
      WriteDecimalAt(index % kVinSerials, 11, 6, &text);
      text[10] = kVinAlphabet[index / kVinSerials];
      text[8] = fake::VinCheckDigit(text).value_or(text[8]);
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case Form::kDomain: {
      // Before the top-level domain: bigriver25.info.
      std::string text = value->as_string();
      const size_t dot = text.rfind('.');
      if (dot == std::string::npos || dot == 0) break;
      text.insert(dot, PaddedDecimal(index, width));
      if (plan.max_chars >= 0 && CharCount(text) > plan.max_chars) break;
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    case Form::kText: break;
  }
  if (plan.rule.semantic == Semantic::kPattern) {
    // The drawn value matches the pattern: each position before the first
    // % or * is one character of it, so the digits go after those, inside
    // the run, and it still matches.
    // When those digits break another CHECK of the column (a NOT LIKE
    // 'WH-0%' after LIKE 'WH-%', as zero-padded digits start with 0), they
    // go at the end of the last run instead, before the pattern's fixed
    // tail: still a fixed place, so still distinct.
    const Condition& c = *PatternOf(plan);
    size_t offset = 0, tail = 0;
    bool seen_run = false;
    for (const PatternPart& part : PatternParts(c.values.front().text, c.op == CheckOp::kGlob)) {
      if (part.any) {
        seen_run = true;
        tail = 0;
      } else if (seen_run) {
        ++tail;
      } else {
        ++offset;
      }
    }
    const std::string drawn = value->as_string();
    const std::string digits = PaddedDecimal(index, width);
    auto weave = [&](bool at_end) {
      std::string text = drawn;
      const size_t start = std::min(offset, text.size());
      const size_t at = at_end && seen_run ? std::max(start, text.size() - std::min(tail, text.size()))
                                           : start;
      text.insert(at, digits);
      if (plan.max_chars >= 0 && CharCount(text) > plan.max_chars) {
        // The run's letters give way to the digits.
        const size_t extra = static_cast<size_t>(CharCount(text) - plan.max_chars);
        if (at_end) {
          const size_t from = at - std::min(extra, at - start);
          text.erase(from, at - from);
        } else {
          const size_t after = at + digits.size();
          text.erase(after, std::min(extra, text.size() - after));
        }
      }
      return Value(std::move(text));
    };
    Value woven = weave(false);
    if (!FitsColumn(plan, woven) && seen_run) {
      Value at_end = weave(true);
      if (FitsColumn(plan, at_end)) woven = std::move(at_end);
    }
    *value = std::move(woven);
    return absl::OkStatus();
  }
  if (FormOf(plan) != Form::kText) {
    return absl::InvalidArgumentError("generate: " + where() + ": a distinct index (" +
                                      std::to_string(index) + ") does not fit in \"" +
                                      value->ToString() + "\" in its form");
  }
  if (CarriesAsCode(plan, width)) {
    // n characters of [0-9A-Z]: the index in base 36, zero-padded.
    std::string code(static_cast<size_t>(plan.max_chars), '0');
    uint64_t rest = index;
    for (size_t i = code.size(); i-- > 0;) {
      code[i] = kCodeAlphabet[rest % kCodeRadix];
      rest /= kCodeRadix;
    }
    *value = Value(std::move(code));
    return absl::OkStatus();
  }
  const std::string digits_of_index = PaddedDecimal(index, width);
  // The value's text, changed in place below and moved back into *value.
  std::string text = value->kind() == ValueKind::kString ? value->as_string() : KeyText(*value);
  if (value->kind() == ValueKind::kString) {
    // A number with a check digit (EAN-13, UPC-A, ISBN-13: GS1's weights;
    // a card number: Luhn's): the index replaces the last digits before the
    // check digit, which is computed again, so the value stays valid.
    const CheckDigit scheme = CheckDigitOf(plan);
    if (scheme != CheckDigit::kNone) {
      std::vector<size_t> positions;  // of the digits, separators skipped
      for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9') positions.push_back(i);
      }
      // Keep at least a prefix of three digits (the GS1 prefix, 978, the
      // card's brand).
      if (positions.size() < static_cast<size_t>(width) + 4) {
        return absl::InvalidArgumentError(
            "generate: " + where() + ": " + std::to_string(width) +
            " digits of a distinct index do not fit in \"" + text + "\" beside its check digit");
      }
      for (int i = 0; i < width; ++i) {
        text[positions[positions.size() - 2 - static_cast<size_t>(i)]] =
            digits_of_index[static_cast<size_t>(width - 1 - i)];
      }
      int sum = 0;
      for (size_t k = 0; k + 1 < positions.size(); ++k) {
        // Weights from the right, the check digit left out: 3, 1, 3, ...
        // (GS1), or 2, 1, 2, ... with digit sums (Luhn).
        const bool first = (positions.size() - 2 - k) % 2 == 0;
        int d = text[positions[k]] - '0';
        if (scheme == CheckDigit::kGs1) {
          sum += first ? 3 * d : d;
        } else {
          if (first && (d *= 2) > 9) d -= 9;
          sum += d;
        }
      }
      text[positions.back()] = static_cast<char>('0' + (10 - sum % 10) % 10);
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
    // A value that ends in at least `width` digits (a phone number, an
    // account number) gets them replaced: its form and length stay.
    const size_t end = text.rfind('@') == std::string::npos ? text.size() : text.rfind('@');
    bool ends_in_digits = end >= static_cast<size_t>(width) && end == text.size();
    for (size_t i = 0; ends_in_digits && i < static_cast<size_t>(width); ++i) {
      ends_in_digits = text[end - 1 - i] >= '0' && text[end - 1 - i] <= '9';
    }
    if (ends_in_digits && plan.rule.semantic == Semantic::kField) {
      text.replace(end - static_cast<size_t>(width), static_cast<size_t>(width), digits_of_index);
      *value = Value(std::move(text));
      return absl::OkStatus();
    }
  }
  // The digits end the value (before the @ of an e-mail address), at a fixed
  // width, so that two indices never give one text whatever came before.
  // The text is head, then tail from `at` (the @ on, or nothing).
  const size_t found = text.rfind('@');
  const size_t at = found == std::string::npos ? text.size() : found;
  size_t head_end = at;
  // Digits the value ends in already ("ann.lee80", "SKU-1234") give way to
  // the index's, and so does what would be left dangling before them.
  auto trim = [&text, &head_end]() {
    while (head_end > 0) {
      const char c = text[head_end - 1];
      if (!((c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '_')) break;
      --head_end;
    }
  };
  const bool words = found == std::string::npos && text.find(' ') != std::string::npos;
  const bool slug = plan.rule.semantic == Semantic::kSlug;
  trim();
  const size_t separator = words || slug ? 1 : 0;
  if (plan.max_chars >= 0) {
    const int64_t room = plan.max_chars - CharCount(std::string_view(text).substr(at)) - width -
                         static_cast<int64_t>(separator);
    if (room < 1) {
      return absl::InvalidArgumentError(
          "generate: " + where() + ": a distinct value needs " + std::to_string(width) +
          " digits, and the column's " + std::to_string(plan.max_chars) +
          " characters leave no room for them beside \"" + text + "\"");
    }
    const std::string_view head = std::string_view(text).substr(0, head_end);
    if (CharCount(head) > room) {
      head_end = FirstChars(head, room).size();
      // At the last space or hyphen when the cut falls inside a word:
      // "incididunt-potenti-32", not "incididunt-potenti-iru32".
      if (head_end < head.size() && head[head_end] != ' ' && head[head_end] != '-') {
        const size_t gap = head.substr(0, head_end).find_last_of(" -");
        if (gap != std::string_view::npos && gap > 0) head_end = gap;
      }
      trim();
    }
  }
  // head (or "x"), the separator and the digits in place of [head_end, at).
  std::string middle = head_end == 0 ? std::string("x") : std::string();
  if (separator) middle += slug ? '-' : ' ';
  middle += digits_of_index;
  text.replace(head_end, at - head_end, middle);
  *value = Value(std::move(text));
  return absl::OkStatus();
}

std::string FitText(std::string text, int64_t min_chars, int64_t max_chars, Rng& rng) {
  if (max_chars >= 0 && CharCount(text) > max_chars) {
    int64_t chars = 0;
    size_t i = 0;
    for (; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == max_chars) break;
    }
    // At the last space or hyphen, when the cut falls inside a word and
    // one comes before it: "lorem ipsum", not "lorem ips".
    if (i < text.size() && text[i] != ' ' && text[i] != '-') {
      const size_t gap = text.find_last_of(" -", i);
      if (gap != std::string::npos && gap > 0) i = gap;
    }
    text.resize(i);
    while (!text.empty() && (text.back() == ' ' || text.back() == '-' || text.back() == ',' ||
                             text.back() == ';' || text.back() == ':')) {
      text.pop_back();
    }
  }
  for (int64_t n = CharCount(text); n < min_chars; ++n) {
    text += static_cast<char>('a' + UniformBelow(rng, 26));
  }
  return text;
}

void AssignEntities(std::vector<ColumnPlan*> plans) {
  // Which groups have a field twice.
  std::vector<std::string_view> split;
  for (size_t i = 0; i < plans.size(); ++i) {
    const fake::Field* f = plans[i]->rule.field;
    if (plans[i]->rule.semantic != Semantic::kField || f == nullptr || f->group.empty()) continue;
    for (size_t j = 0; j < i; ++j) {
      if (plans[j]->rule.semantic == Semantic::kField && plans[j]->rule.field == f &&
          std::find(split.begin(), split.end(), f->group) == split.end()) {
        split.push_back(f->group);
      }
    }
  }
  std::vector<std::string> entities(plans.size());
  for (size_t i = 0; i < plans.size(); ++i) {
    const ColumnPlan& p = *plans[i];
    const fake::Field* f = p.rule.field;
    if (p.rule.semantic != Semantic::kField || f == nullptr || f->group.empty() ||
        std::find(split.begin(), split.end(), f->group) == split.end()) {
      continue;
    }
    // billing_postal_code: "postal_code" alone is address.postal_code, so
    // the entity is "billing". The longest such suffix wins.
    for (size_t cut = 0; cut < p.column.size(); ++cut) {
      if (p.column[cut] != '_') continue;
      const std::string_view suffix = std::string_view(p.column).substr(cut + 1);
      if (RuleForName(p.table, suffix, p.type, p.countries_table).field == f) {
        entities[i] = p.column.substr(0, cut);
        break;
      }
    }
  }
  // Two people in a row by their names' prefixes (staff.first_name beside
  // warehouse_manager_name): the prefixed one is a person of its own. A
  // prefix naming the table's own subject (customers.customer_name) is
  // the row's person.
  if (std::find(split.begin(), split.end(), "person") == split.end()) {
    std::vector<std::string> prefixes(plans.size());
    std::vector<size_t> people;
    for (size_t i = 0; i < plans.size(); ++i) {
      const ColumnPlan& p = *plans[i];
      const fake::Field* f = p.rule.field;
      if (p.rule.semantic != Semantic::kField || f == nullptr || f->group != "person") continue;
      people.push_back(i);
      for (size_t cut = 0; cut < p.column.size(); ++cut) {
        if (p.column[cut] != '_') continue;
        const std::string_view suffix = std::string_view(p.column).substr(cut + 1);
        if (RuleForName(p.table, suffix, p.type, p.countries_table).field == f) {
          prefixes[i] = Lower(p.column.substr(0, cut));
          break;
        }
      }
      const std::string table = Lower(p.table);
      if (prefixes[i] == table || prefixes[i] + "s" == table || prefixes[i] + "es" == table) {
        prefixes[i].clear();
      }
    }
    bool two = false;
    for (size_t i : people) two = two || prefixes[i] != prefixes[people.front()];
    if (two) {
      for (size_t i : people) entities[i] = prefixes[i];
    }
  }
  // Still two of one field in one entity: each takes its column's name.
  for (size_t i = 0; i < plans.size(); ++i) {
    const fake::Field* f = plans[i]->rule.field;
    if (plans[i]->rule.semantic != Semantic::kField || f == nullptr || f->group.empty()) continue;
    bool clash = false;
    for (size_t j = 0; j < plans.size(); ++j) {
      clash = clash || (j != i && plans[j]->rule.semantic == Semantic::kField &&
                        plans[j]->rule.field == f && entities[j] == entities[i]);
    }
    if (clash) {
      for (size_t j = 0; j < plans.size(); ++j) {
        if (plans[j]->rule.semantic == Semantic::kField && plans[j]->rule.field == f &&
            entities[j] == entities[i] && j != i) {
          entities[j] = plans[j]->column;
        }
      }
      entities[i] = plans[i]->column;
    }
  }
  for (size_t i = 0; i < plans.size(); ++i) {
    ColumnPlan& p = *plans[i];
    if (p.rule.semantic == Semantic::kField && p.rule.field != nullptr) {
      p.record_field = fake::RecordField(*p.rule.field, p.column, entities[i]);
    }
  }
  // A phone or a time zone follows the city of its own address: the one
  // whose entity is its entity or a prefix of its name (billing_phone,
  // billing_tz with billing_city), else the row's address.
  // With no address of the row's own (only billing_city and shipping_city),
  // an unprefixed one follows the first address in column order.
  std::vector<std::string_view> addresses;
  bool own_address = false;
  for (size_t i = 0; i < plans.size(); ++i) {
    const fake::Field* f = plans[i]->rule.field;
    if (plans[i]->rule.semantic != Semantic::kField || f == nullptr || f->group != "address") {
      continue;
    }
    if (entities[i].empty()) {
      own_address = true;
    } else {
      addresses.push_back(entities[i]);
    }
  }
  static const fake::Field* const kCity = Field("address.city");
  static const fake::Field* const kRegion = Field("address.region_code");
  for (size_t i = 0; i < plans.size(); ++i) {
    ColumnPlan& p = *plans[i];
    if (p.rule.semantic != Semantic::kField ||
        (p.rule.field != Field("phone.e164") && p.rule.field != Field("datetime.time_zone"))) {
      continue;
    }
    std::string_view entity;
    for (std::string_view address : addresses) {
      const bool own = entities[i] == address;
      const bool prefix = p.column.size() > address.size() &&
                          std::string_view(p.column).substr(0, address.size()) == address &&
                          p.column[address.size()] == '_';
      if ((own || prefix) && address.size() > entity.size()) entity = address;
    }
    if (entity.empty() && !own_address && !addresses.empty()) entity = addresses.front();
    p.city_record = fake::RecordField(*kCity, {}, entity);
    p.region_record = fake::RecordField(*kRegion, {}, entity);
    p.city_entity = !entity.empty();
  }
}

absl::StatusOr<Value> DrawValue(const ColumnPlan& plan, Rng& rng, const fake::FieldContext& fields,
                                uint64_t record_seed, bool sqlite) {
  if (plan.has_allowed) return plan.allowed[UniformBelow(rng, plan.allowed.size())];
  const TypeKind k = plan.type.kind;
  const bool text = k == TypeKind::kText;
  auto fit = [&](std::string s) {
    return Value(FitText(std::move(s), plan.min_chars, plan.max_chars, rng));
  };
  std::string out;
  if (plan.rule.semantic != Semantic::kField && text) {
    // A LIKE or GLOB pattern the value must match: made from the pattern
    // (a fake field's value is drawn and checked instead).
    for (const Condition& c : plan.conditions) {
      if ((c.op == CheckOp::kLike || c.op == CheckOp::kGlob) && !c.values.empty()) {
        return Value(FromPattern(c.values.front().text, c.op == CheckOp::kGlob, rng));
      }
    }
  }
  static const fake::Field* const kTimeZone = Field("datetime.time_zone");
  if (plan.rule.semantic == Semantic::kField && plan.rule.field == kTimeZone &&
      text && !plan.fake_override) {
    // Nine rows in ten in a zone of the locale's country (a shop in en_US
    // keeps American hours), the rest anywhere.
    // The zone of the row's city where the locale lists one (an El Paso
    // row keeps Mountain time, a Novosibirsk row Asia/Novosibirsk).
    const std::string_view city_zone = RecordCityCell(plan, fields, record_seed, "time_zone");
    if (!city_zone.empty()) {
      if (UniformBelow(rng, 10) != 0) return Value(std::string(city_zone));
    } else {
      const std::vector<std::string_view> zones = LocalTimeZones(fields.locale->country());
      if (!zones.empty() && UniformBelow(rng, 10) != 0) {
        return Value(std::string(zones[UniformBelow(rng, zones.size())]));
      }
    }
    return Value(std::string(fake::TimeZone(rng)));  // not cut: FitsColumn() draws again
  }
  if (plan.rule.semantic == Semantic::kField && plan.record_field.valid()) {
    // The one route: the row is the record (one person, one address per
    // row); a field that stands alone draws from its column's stream there.
    // Not cut or padded to the column's length: a cut name or address is
    // no longer one (FitsColumn() refuses it, and the caller draws again).
    fake::AppendFieldValue(plan.record_field, fields, record_seed, &out);
    if (!plan.fake_override && plan.rule.field != kTimeZone) {
      UseEntityAreaCode(plan, fields, record_seed, &out);
    }
    if (text) return Value(std::move(out));
    return ConvertText(plan, std::move(out), sqlite);
  }
  if (plan.rule.semantic == Semantic::kStatus) {
    return fit(std::string(kStatuses[UniformBelow(rng, std::size(kStatuses))]));
  }
  static constexpr char kHex[] = "0123456789abcdef";
  switch (plan.rule.semantic) {
    case Semantic::kDigits:
    case Semantic::kCode: {
      const uint64_t size = DomainSize(plan);
      if (size > 0) return Value(CodeOf(plan, UniformBelow(rng, size)));
      // More codes than an index counts (36^12 and up): a character at a
      // time.
      const uint64_t radix = plan.rule.semantic == Semantic::kDigits ? 10 : kCodeRadix;
      for (int64_t i = 0; i < CodeLength(plan); ++i) out += kCodeAlphabet[UniformBelow(rng, radix)];
      return Value(std::move(out));
    }
    case Semantic::kLocaleId:
    case Semantic::kLanguage: {
      const std::vector<std::string_view> ids = fake::Locale::CountryLocaleIds();
      const std::string_view id = ids[UniformBelow(rng, ids.size())];
      return fit(std::string(plan.rule.semantic == Semantic::kLanguage ? id.substr(0, 2) : id));
    }
    case Semantic::kSlug: {
      // Two to four words of the Latin placeholder text: ASCII in every
      // locale, as URLs want.
      const fake::FieldContext latin{fake::Locale::Find("la"), fields.now};
      // Whole words only: as many as fit the column, and a first word
      // short enough, of a few drawn.
      const int64_t words = UniformInt(rng, 2, 4);
      std::string word, slug_word;
      for (int64_t w = 0, tries = 0; w < words; ++w) {
        word.clear();
        slug_word.clear();
        Field("lorem.word")->generate(latin, rng, &word);
        for (char ch : word) {
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
          if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) slug_word += ch;
        }
        const size_t size = out.size() + (out.empty() ? 0 : 1) + slug_word.size();
        if (plan.max_chars > 0 && size > static_cast<size_t>(plan.max_chars)) {
          if (!out.empty()) break;  // the slug is full
          if (++tries < 8) {        // another first word
            --w;
            continue;
          }
        }
        if (!out.empty()) out += '-';
        out += slug_word;
      }
      return fit(std::move(out));
    }
    case Semantic::kHexHash: {
      const int64_t length =
          plan.max_chars > 0 ? std::min<int64_t>(plan.rule.length, plan.max_chars) : plan.rule.length;
      uint64_t bits = 0;
      for (int64_t i = 0; i < length; ++i) {
        if (i % 16 == 0) bits = rng.Next();
        out += kHex[(bits >> (60 - 4 * (i % 16))) & 0xF];
      }
      return Value(std::move(out));
    }
    case Semantic::kCountry:
    case Semantic::kCountryName:
    {
      const uint64_t fitting = FittingCountries(plan);
      if (fitting == 0) break;  // none fits: the column's type decides
      return Value(CountryText(plan, UniformBelow(rng, fitting)));
    }
    case Semantic::kCurrency: {
      // Three rows in four pay in the country's own currency (a shop in
      // en_US takes dollars), the rest in any ISO 4217 currency.
      const std::string_view local = LocalCurrency(fields.locale->country());
      if (!local.empty() && UniformBelow(rng, 4) != 0) return Value(std::string(local));
      return fit(fake::CurrencyCode(rng));
    }
    case Semantic::kSiteName: {
      // The row's own city (its address's, when it has one) and the kind;
      // the city alone when both do not fit.
      static const fake::RecordField kCity(*Field("address.city"));
      fake::AppendFieldValue(kCity, fields, record_seed, &out);
      const SiteKind& site = kSiteKinds[static_cast<size_t>(plan.rule.length)];
      const std::string_view kind =
          site.kind.empty() ? kPlaces[UniformBelow(rng, std::size(kPlaces))] : site.kind;
      const size_t chars = static_cast<size_t>(CharCount(out)) + 1 + kind.size();
      if (plan.max_chars < 0 || chars <= static_cast<size_t>(plan.max_chars)) {
        out += ' ';
        out += kind;
      }
      // Too long for the column: FitsColumn() refuses it and the row draws
      // another city; too short for a length CHECK: made to fit it.
      if (CharCount(out) < plan.min_chars) return fit(std::move(out));
      return Value(std::move(out));
    }
    case Semantic::kColor: {
      const uint64_t bits = rng.Next();
      out = "#";
      for (int i = 0; i < 6; ++i) out += kHex[(bits >> (60 - 4 * i)) & 0xF];
      return Value(std::move(out));
    }
    default: break;
  }
  switch (RangeKindOf(plan)) {
    case RangeKind::kUnits:
      return NumberValue(UniformInt(rng, plan.lo, plan.hi), plan.type, sqlite);
    case RangeKind::kDays: {
      std::string date = fake::FormatIsoDate(UniformInt(rng, plan.lo, plan.hi));
      return text ? fit(std::move(date)) : Value(std::move(date));
    }
    case RangeKind::kSeconds: {
      std::string stamp =
          TimestampText(UniformInt(rng, plan.lo, plan.hi), plan.type.with_time_zone);
      return text ? fit(std::move(stamp)) : Value(std::move(stamp));
    }
    case RangeKind::kNone: break;
  }
  switch (k) {
    case TypeKind::kBoolean: return Value(UniformBelow(rng, 2) == 1);
    case TypeKind::kTime: return Value(fake::FormatIsoTime(UniformInt(rng, 0, 86399)));
    case TypeKind::kUuid: {
      // Version 4, variant 1 (RFC 9562, 5.4).
      uint64_t half[2] = {rng.Next(), rng.Next()};
      half[0] = (half[0] & ~uint64_t{0xF000}) | 0x4000;
      half[1] = (half[1] & ~(uint64_t{3} << 62)) | (uint64_t{2} << 62);
      for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) out += '-';
        out += kHex[(half[i / 16] >> (60 - 4 * (i % 16))) & 0xF];
      }
      return Value(std::move(out));
    }
    case TypeKind::kJson:
      return Value("{\"value\": " + std::to_string(UniformInt(rng, 0, 1000)) + "}");
    case TypeKind::kBlob: {
      // PostgreSQL's bytea reads \x and hex; SQLite stores the hex as given.
      if (!sqlite) out = "\\x";
      const uint64_t bits = rng.Next();
      for (int i = 0; i < 16; ++i) out += kHex[(bits >> (60 - 4 * i)) & 0xF];
      return Value(std::move(out));
    }
    case TypeKind::kInet:
    case TypeKind::kCidr: {
      Field("internet.ipv4")->generate(fields, rng, &out);
      if (k == TypeKind::kCidr) {
        // A network address: host bits zero for its prefix length.
        const int prefix = static_cast<int>(UniformInt(rng, 16, 30));
        uint32_t address = 0;
        size_t at = 0;
        for (int octet = 0; octet < 4; ++octet) {
          uint32_t part = 0;
          while (at < out.size() && out[at] != '.') part = part * 10 + (out[at++] - '0');
          ++at;
          address = (address << 8) | (part & 0xFF);
        }
        address &= ~uint32_t{0} << (32 - prefix);
        out = std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 0xFF) + "." +
              std::to_string((address >> 8) & 0xFF) + "." + std::to_string(address & 0xFF) + "/" +
              std::to_string(prefix);
      }
      return Value(std::move(out));
    }
    case TypeKind::kMacaddr: {
      // Locally administered, unicast (the first byte's two low bits 10).
      for (int byte = 0; byte < plan.type.precision; ++byte) {
        uint64_t b = UniformBelow(rng, 256);
        if (byte == 0) b = (b & 0xFC) | 0x02;
        if (byte > 0) out += ':';
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
      }
      return Value(std::move(out));
    }
    case TypeKind::kInterval: {
      const int64_t seconds = UniformInt(rng, 0, 86399);
      return Value(std::to_string(UniformInt(rng, 0, 90)) + " days " +
                   fake::FormatIsoTime(seconds));
    }
    case TypeKind::kPoint:
      return Value("(" + FormatScaled(UniformInt(rng, -18000, 18000), 2) + "," +
                   FormatScaled(UniformInt(rng, -9000, 9000), 2) + ")");
    case TypeKind::kMoney: return Value(FormatScaled(UniformInt(rng, 100, 99999), 2));
    case TypeKind::kBits: {
      const int64_t bits =
          plan.type.fixed_chars ? plan.type.max_chars : UniformInt(rng, 1, plan.type.max_chars);
      for (int64_t i = 0; i < bits; ++i) out += UniformBelow(rng, 2) == 1 ? '1' : '0';
      return Value(std::move(out));
    }
    case TypeKind::kArray: {
      // Zero to three elements of the element type, in PostgreSQL's array
      // syntax; text elements quoted, with " and \ escaped.
      ColumnPlan element;
      element.table = plan.table;
      element.column = plan.column;
      element.type = ParseColumnType(plan.type.element, sqlite);
      element.hi = element.type.kind == TypeKind::kInteger ? 1000 : 0;
      element.max_chars = element.type.max_chars > 0 ? element.type.max_chars : -1;
      element.allowed = plan.element_allowed;
      element.has_allowed = !element.allowed.empty();
      const bool range = IsNumberKind(element.type.kind) || element.type.kind == TypeKind::kDate;
      if (range) {
        // A small range of its own: the element has no CHECKs to read.
        element.lo = element.type.kind == TypeKind::kDate
                         ? FloorDiv(fields.now, fake::kSecondsPerDay) - kFiveYearsDays
                         : 0;
        element.hi = element.type.kind == TypeKind::kDate
                         ? FloorDiv(fields.now, fake::kSecondsPerDay)
                         : 1000 * Pow10(ScaleOf(element.type));
      }
      const int64_t count = UniformInt(rng, 0, 3);
      out = "{";
      for (int64_t i = 0; i < count; ++i) {
        absl::StatusOr<Value> one = DrawValue(element, rng, fields, record_seed, sqlite);
        if (!one.ok()) return one.status();
        if (i > 0) out += ',';
        if (one->kind() == ValueKind::kString) {
          out += '"';
          for (char c : one->as_string()) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += '"';
        } else {
          out += KeyText(*one);
        }
      }
      out += "}";
      return Value(std::move(out));
    }
    default: break;
  }
  if (plan.max_chars >= 1 && plan.max_chars <= 3) {
    for (int64_t i = 0; i < plan.max_chars; ++i)
      out += static_cast<char>('A' + UniformBelow(rng, 26));
    return Value(std::move(out));
  }
  if (plan.one_word || (plan.max_chars > 0 && plan.max_chars < 40)) {
    // A word that fits, of a few drawn, rather than a cut one.
    const fake::Field* word = Field("lorem.word");
    for (int tries = 0; tries < 8; ++tries) {
      out.clear();
      word->generate(fields, rng, &out);
      if (plan.max_chars <= 0 || CharCount(out) <= plan.max_chars) break;
    }
    return fit(std::move(out));
  }
  Field("lorem.sentence")->generate(fields, rng, &out);
  return fit(std::move(out));
}

}  // namespace generate_internal
}  // namespace db
}  // namespace gtest_data
