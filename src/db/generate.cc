// Copyright 2026 The gtest_data Authors.
//
// Schema-driven generation (db/generate.h): the run. A run first reads all
// it needs from the database (parents' keys, values taken by unique
// constraints, sequences' maxima), then generates table by table, parents
// first, handing chunks of rows to a sink (a Dataset, or InsertRows). Reading
// everything first is what makes FillTables() generate exactly the rows
// GenerateRows() returns: its own inserts are never read back.

#include "gtest_data/db/generate.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "births.h"
#include "generate_internal.h"
#include "gtest_data/db/seeder.h"
#include "gtest_data/fake/countries.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/fake/finance.h"
#include "gtest_data/internal/strings.h"
#include "gtest_data/random/distributions.h"
#include "gtest_data/random/permutation.h"
#include "gtest_data/random/seed.h"

#include "src/base/status_macros.h"
namespace gtest_data {
namespace db {

ColumnGenerator ColumnGenerator::Fixed(Value value) {
  ColumnGenerator g;
  g.kind_ = Kind::kFixed;
  g.value_ = std::move(value);
  return g;
}

ColumnGenerator ColumnGenerator::Fake(std::string field) {
  ColumnGenerator g;
  g.kind_ = Kind::kFake;
  g.field_ = std::move(field);
  return g;
}

ColumnGenerator ColumnGenerator::Custom(Function function) {
  ColumnGenerator g;
  g.kind_ = Kind::kCustom;
  g.function_ = std::move(function);
  return g;
}

ColumnGenerator ColumnGenerator::Default() { return ColumnGenerator(); }

ChildrenPerParent ChildrenPerParent::Fixed(int64_t n) {
  ChildrenPerParent c;
  c.kind_ = Kind::kFixed;
  c.lo_ = c.hi_ = n;
  return c;
}

ChildrenPerParent ChildrenPerParent::Uniform(int64_t lo, int64_t hi) {
  ChildrenPerParent c;
  c.kind_ = Kind::kUniform;
  c.lo_ = lo;
  c.hi_ = hi;
  return c;
}

ChildrenPerParent ChildrenPerParent::Poisson(double mean) {
  ChildrenPerParent c;
  c.kind_ = Kind::kPoisson;
  c.mean_ = mean;
  return c;
}

ChildrenPerParent ChildrenPerParent::Zipf(int s) {
  ChildrenPerParent c;
  c.kind_ = Kind::kZipf;
  c.lo_ = s;
  return c;
}

absl::StatusOr<ChildrenPerParent> ChildrenPerParent::Parse(std::string_view text) {
  const auto invalid = [&]() {
    return absl::InvalidArgumentError(
        "children per parent: \"" + std::string(text) +
        "\" is not one of fixed:N, uniform:LO-HI, poisson:MEAN, zipf:S (S 1, 2 or 3)");
  };
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return invalid();
  const std::string_view kind = text.substr(0, colon);
  const std::string_view rest = text.substr(colon + 1);
  auto integer = [](std::string_view digits, int64_t* out) {
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
    return error == std::errc() && end == digits.data() + digits.size() && *out >= 0;
  };
  int64_t a = 0, b = 0;
  if (kind == "fixed" && integer(rest, &a)) return Fixed(a);
  if (kind == "uniform") {
    const size_t dash = rest.find('-');
    if (dash != std::string_view::npos && integer(rest.substr(0, dash), &a) &&
        integer(rest.substr(dash + 1), &b) && a <= b) {
      return Uniform(a, b);
    }
  }
  if (kind == "poisson") {
    double mean = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), mean);
    if (error == std::errc() && end == rest.data() + rest.size() && mean >= 0 && mean <= 1e6) {
      return Poisson(mean);
    }
  }
  if (kind == "zipf" && integer(rest, &a) && a >= 1 && a <= 3) {
    return Zipf(static_cast<int>(a));
  }
  return invalid();
}

namespace {

using generate_internal::CharCount;
using generate_internal::ColumnPlan;
using generate_internal::Condition;
using generate_internal::KeyText;
using generate_internal::TypeKind;

using ::gtest_data::internal::StrJoin;

// A tuple of values as one text, for sets and for sorting parents' keys.
std::string TupleKey(const std::vector<Value>& values) {
  std::string key;
  for (const Value& v : values) {
    key += KeyText(v);
    key += '\x1f';
  }
  return key;
}

// A key's 64-bit fingerprint, for the unique sets. Two keys sharing one
// (odds about n^2 / 2^65 for n keys) only cost a redraw, the same one on
// every platform.
uint64_t KeyFingerprint(const std::string& key);

// FNV-1a, fed piece by piece (random/seed.h has the one-shot form).
// A 64-bit digest of a run's values, eight bytes a step: each word (read
// little-endian, the same on every platform) is mixed in by a multiply and
// a rotation, and each piece ends with a word of its last bytes, its length
// and a tag, so that pieces of other lengths or kinds never run together.
// For telling runs apart, not against an adversary.
struct Digest {
  uint64_t h = 0xcbf29ce484222325u;
  static uint64_t Mix(uint64_t x) {
    x *= 0x9e3779b97f4a7c15u;
    return (x << 31) | (x >> 33);
  }
  void Add(std::string_view bytes, unsigned tag = 0) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t n = bytes.size();
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t word = 0;
      for (int i = 0; i < 8; ++i) word |= uint64_t{p[i]} << (8 * i);
      h = Mix(h ^ word) + 0x632be59bd9b4e019u;
    }
    uint64_t last = (uint64_t{n} << 56) | (uint64_t{tag & 15u} << 60);
    for (size_t i = 0; i < n; ++i) last |= uint64_t{p[i]} << (8 * i);
    h = Mix(h ^ last) + 0x632be59bd9b4e019u;
  }
  void AddValue(const Value& v) {
    const unsigned tag = static_cast<unsigned>(v.kind()) + 1;
    switch (v.kind()) {
      case ValueKind::kString: Add(v.as_string(), tag); return;
      case ValueKind::kInt:
        h = Mix(h ^ static_cast<uint64_t>(v.as_int())) + tag;
        return;
      default: Add(KeyText(v), tag); return;
    }
  }
  // The values of a row, in order (the columns' names are the table's,
  // added once when its rows start).
  void AddRow(const Row& row) {
    for (const Row::Cell& cell : row.cells()) AddValue(cell.second);
    Add("", 15);
  }
};

// The keys of a parent that foreign keys point at: the rows already there
// (sorted, so that the database's row order does not matter), then those
// generated in the run, in order.
uint64_t KeyFingerprint(const std::string& key) {
  Digest digest;
  digest.Add(key);
  // SplitMix64's finaliser spreads the digest's bits over the set's buckets.
  uint64_t z = digest.h;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

// The keys of a parent that foreign keys point at: the rows already there
// (sorted, so that the database's row order does not matter), then those
// generated in the run, in order. Flat, a tuple's values side by side; a
// single integer column the run makes consecutively (a sequence) is kept
// as a run, first value and count, so a million generated parents cost two
// numbers, not a million values.
class ParentKeys {
 public:
  size_t size() const { return flat_count_ + run_count_; }
  bool empty() const { return size() == 0; }
  // Value k of tuple i.
  Value Get(size_t i, size_t k) const {
    if (i < flat_count_) return flat_[i * width_ + k];
    return Value(run_first_ + static_cast<int64_t>(i - flat_count_));
  }
  std::vector<Value> Tuple(size_t i) const {
    std::vector<Value> tuple;
    for (size_t k = 0; k < width_; ++k) tuple.push_back(Get(i, k));
    return tuple;
  }
  const Value& Last(size_t i, Value* scratch) const {
    if (i < flat_count_) return flat_[i * width_ + width_ - 1];
    *scratch = Get(i, width_ - 1);
    return *scratch;
  }
  void Add(std::vector<Value> tuple) {
    if (width_ == 0) width_ = tuple.size();
    const bool integer = width_ == 1 && tuple.front().kind() == ValueKind::kInt;
    if (integer && run_count_ > 0 &&
        tuple.front().as_int() == run_first_ + static_cast<int64_t>(run_count_)) {
      ++run_count_;
      return;
    }
    if (integer && run_count_ == 0) {
      run_first_ = tuple.front().as_int();
      run_count_ = 1;
      return;
    }
    Materialize();
    for (Value& v : tuple) flat_.push_back(std::move(v));
    ++flat_count_;
  }

  int64_t generated = 0;  // rows the run adds (a bound, for the domain check)

 private:
  void Materialize() {
    for (size_t i = 0; i < run_count_; ++i) {
      flat_.emplace_back(run_first_ + static_cast<int64_t>(i));
      ++flat_count_;
    }
    run_count_ = 0;
  }

  size_t width_ = 0;
  std::vector<Value> flat_;
  size_t flat_count_ = 0;
  int64_t run_first_ = 0;
  size_t run_count_ = 0;
};

// Whether `text` names the locale's country, in any letter case: its own
// name ("Deutschland"), its English one (from the locale's name, "German
// (Germany)"), or a common other ("USA", "UK").
bool NamesCountry(std::string_view text, const fake::Locale& locale) {
  const std::string lower = ::gtest_data::internal::AsciiStrToLower(text);
  auto same = [&lower](std::string_view name) {
    return !name.empty() && ::gtest_data::internal::AsciiStrToLower(name) == lower;
  };
  if (same(locale.country_name())) return true;
  const std::string_view name = locale.name();
  const size_t open = name.rfind('('), close = name.rfind(')');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open &&
      same(name.substr(open + 1, close - open - 1))) {
    return true;
  }
  static constexpr std::string_view kOthers[][2] = {
      {"US", "USA"},           {"US", "United States of America"}, {"US", "America"},
      {"GB", "UK"},            {"GB", "Great Britain"},            {"GB", "Britain"},
      {"NL", "Holland"},       {"NL", "The Netherlands"},          {"RU", "Russian Federation"},
      {"CN", "PRC"},           {"CN", "People's Republic of China"}};
  for (const auto& other : kOthers) {
    if (locale.country() == other[0] && same(other[1])) return true;
  }
  return false;
}

// A column's part in a total (KeepTotals), by its name's words: the total
// (total, grand_total, order_total_cents), its base (subtotal, net_amount),
// a part added (tax, vat, shipping, fee, tip, surcharge) or taken off
// (discount, rebate).
enum class TotalRole { kNone, kTotal, kBase, kAdd, kSubtract };

TotalRole TotalRoleOf(std::string_view column) {
  std::vector<std::string> words(1);
  for (const char ch : ::gtest_data::internal::AsciiStrToLower(column)) {
    if (ch == '_') {
      if (!words.back().empty()) words.emplace_back();
    } else {
      words.back() += ch;
    }
  }
  auto has = [&](std::initializer_list<std::string_view> any) {
    for (const std::string& w : words) {
      for (std::string_view a : any) {
        if (w == a) return true;
      }
    }
    return false;
  };
  // A rate, a percentage or a count is no amount of money.
  if (has({"rate", "rates", "pct", "percent", "percentage", "ratio", "bps", "weight", "kg", "lb",
           "days", "count", "id", "type", "code", "name", "currency", "number", "no"})) {
    return TotalRole::kNone;
  }
  if (has({"discount", "discounts", "rebate"})) return TotalRole::kSubtract;
  if (has({"tax", "vat", "shipping", "fee", "fees", "tip", "tips", "surcharge"})) {
    return TotalRole::kAdd;
  }
  if (has({"subtotal"}) || (has({"sub"}) && has({"total"})) ||
      (has({"net"}) && has({"amount", "total", "price", "cents"}))) {
    return TotalRole::kBase;
  }
  if (has({"total"}) && !has({"items", "count", "qty", "quantity", "weight", "lines"})) {
    return TotalRole::kTotal;
  }
  return TotalRole::kNone;
}

// Whether a column reads as a share of an amount: a discount, tax or fee.
bool IsShare(std::string_view column) {
  // By the name's words: discount_cents, tax_amount, fee; not coffee_price.
  std::string word;
  const std::string c = ::gtest_data::internal::AsciiStrToLower(column) + "_";
  for (char ch : c) {
    if (ch != '_') {
      word += ch;
      continue;
    }
    for (std::string_view share : {"discount", "discounts", "rebate", "tax", "fee", "fees", "tip",
                                   "tips", "deposit", "vat", "commission", "shipping",
                                   "surcharge"}) {
      if (word == share) return true;
    }
    word.clear();
  }
  return false;
}

// Whether two columns read as the two ends of one span: one named as a
// start (starts_at, check_in, valid_from, arrival_date), the other as an
// end (ends_at, check_out, valid_to, departure_date), by the words of
// their names.
bool SpanEnds(std::string_view a, std::string_view b) {
  auto words = [](std::string_view name) {
    std::vector<std::string> out(1);
    for (char c : ::gtest_data::internal::AsciiStrToLower(name)) {
      if (c == '_') {
        out.emplace_back();
      } else {
        out.back() += c;
      }
    }
    return out;
  };
  // Arrival and departure are either end (a hotel's, a flight's).
  static constexpr std::string_view kStarts[] = {
      "start", "starts", "started", "begin", "begins", "from",    "in",     "arrival", "arrive",
      "pickup", "checkin", "since",  "opens", "open",  "departure", "depart", "leave"};
  static constexpr std::string_view kEnds[] = {
      "end",    "ends",     "ended",  "finish", "finished", "to",     "until", "out",    "departure",
      "depart", "dropoff", "return", "checkout", "closes", "close", "arrival", "arrive"};
  auto has = [&words](std::string_view name, const auto& list) {
    for (const std::string& w : words(name)) {
      if (std::find(std::begin(list), std::end(list), w) != std::end(list)) return true;
    }
    return false;
  };
  return (has(a, kStarts) && has(b, kEnds)) || (has(a, kEnds) && has(b, kStarts));
}

// Whether `column` is part of `table`'s primary key or of a UNIQUE
// constraint (read before the slots' in_unique is set).
bool InKey(const Table& table, const std::string& column) {
  if (std::find(table.primary_key.begin(), table.primary_key.end(), column) !=
      table.primary_key.end()) {
    return true;
  }
  for (const UniqueConstraint& u : table.uniques) {
    if (std::find(u.columns.begin(), u.columns.end(), column) != u.columns.end()) return true;
  }
  return false;
}

// Whether a span's ends name a stay or a trip (check_in, departure,
// return, pickup): days apart even as timestamps.
bool Trip(std::string_view a, std::string_view b) {
  for (std::string_view name : {a, b}) {
    const std::string c = ::gtest_data::internal::AsciiStrToLower(name);
    for (std::string_view part : {"check", "depart", "arriv", "return", "pickup", "dropoff",
                                  "stay", "trip", "rental", "lease", "booking"}) {
      if (c.find(part) != std::string::npos) return true;
    }
  }
  return false;
}

// Whether a date names a deadline or an end (due_date, expires_at,
// valid_until), which follows a row's birth rather than being it.
bool Deadline(std::string_view column) {
  const std::string c = ::gtest_data::internal::AsciiStrToLower(column) + "_";
  std::string word;
  for (char ch : c) {
    if (ch != '_') {
      word += ch;
      continue;
    }
    for (std::string_view w : {"due", "deadline", "expires", "expiry", "expiration", "until",
                               "end", "ends", "ended", "to", "till", "closes"}) {
      if (word == w) return true;
    }
    word.clear();
  }
  return false;
}

// Whether a status (in lower case) ends a row's story otherwise than its
// list's last value does: 'cancelled', 'failed', 'refunded', ...
bool EndsTheStory(std::string_view status) {
  static constexpr std::string_view kEndings[] = {
      "cancelled", "canceled", "failed",  "refunded", "rejected", "void",
      "voided",    "declined", "expired", "returned", "aborted"};
  return std::find(std::begin(kEndings), std::end(kEndings), status) != std::end(kEndings);
}

// Whether a column's values are instants: a date or timestamp by its name
// rule, or by its type where no rule names it otherwise.
bool IsInstant(const generate_internal::ColumnPlan& plan) {
  const generate_internal::Semantic s = plan.rule.semantic;
  const TypeKind k = plan.type.kind;
  return s == generate_internal::Semantic::kTimestamp || s == generate_internal::Semantic::kDate ||
         (s == generate_internal::Semantic::kType &&
          (k == TypeKind::kTimestamp || k == TypeKind::kDate));
}

// Whether a column named `column` (lower case) holds the reason for, or a
// detail of, ending with `status` (a lower-case EndsTheStory value):
// failure_code and error_message for 'failed', cancel_reason for
// 'cancelled', refund_amount for 'refunded'.
bool GivesReasonFor(std::string_view column, std::string_view status) {
  static constexpr std::pair<std::string_view, std::string_view> kStems[] = {
      {"failed", "fail"},         {"failed", "failure"},       {"failed", "failed"},
      {"failed", "error"},        {"cancelled", "cancel"},     {"cancelled", "cancellation"},
      {"cancelled", "cancelled"}, {"canceled", "cancel"},      {"canceled", "cancellation"},
      {"canceled", "canceled"},   {"refunded", "refund"},      {"refunded", "refunded"},
      {"rejected", "reject"},     {"rejected", "rejection"},   {"rejected", "rejected"},
      {"declined", "decline"},    {"declined", "declined"},    {"returned", "return"},
      {"returned", "returned"},   {"aborted", "abort"},        {"aborted", "aborted"}};
  static constexpr std::string_view kDetails[] = {
      "reason", "code", "message", "msg", "note", "notes", "detail", "details", "amount", "by"};
  const size_t underscore = column.find('_');
  if (underscore == std::string_view::npos) return false;
  const std::string_view stem = column.substr(0, underscore);
  const std::string_view detail = column.substr(underscore + 1);
  if (std::find(std::begin(kDetails), std::end(kDetails), detail) == std::end(kDetails)) {
    return false;
  }
  for (const auto& [ending, word] : kStems) {
    if (ending == status && word == stem) return true;
  }
  return false;
}

// A value for a reason column of an ending (GivesReasonFor): a code
// (failure_code: "card_declined") or a phrase (cancel_reason: "Customer
// request"), drawn from `rng`; empty for a detail that is no text (an
// amount) or an ending without a list.
std::string_view ReasonText(std::string_view column, std::string_view status, Rng& rng) {
  static constexpr std::string_view kFailedCodes[] = {
      "card_declined", "insufficient_funds", "expired_card",     "incorrect_cvc",
      "processing_error", "do_not_honor",    "fraud_suspected",  "timeout"};
  static constexpr std::string_view kFailedPhrases[] = {
      "Card declined",     "Insufficient funds", "Card expired",   "Incorrect CVC",
      "Processing error",  "Suspected fraud",    "Gateway timeout"};
  static constexpr std::string_view kCancelCodes[] = {
      "requested_by_customer", "duplicate", "fraudulent", "out_of_stock", "abandoned"};
  static constexpr std::string_view kCancelPhrases[] = {
      "Customer request", "Duplicate order", "Ordered by mistake", "Out of stock",
      "Found a better price", "Delivery too slow"};
  static constexpr std::string_view kOtherCodes[] = {"requested", "policy", "duplicate", "other"};
  static constexpr std::string_view kOtherPhrases[] = {
      "Customer request", "Not as described", "Policy violation", "Duplicate", "Other"};
  const std::string lower = ::gtest_data::internal::AsciiStrToLower(column);
  const std::string_view detail = std::string_view(lower).substr(lower.find('_') + 1);
  const bool code = detail == "code";
  if (!code && detail != "reason" && detail != "message" && detail != "msg" &&
      detail != "note" && detail != "notes" && detail != "detail" && detail != "details") {
    return {};
  }
  auto pick = [&rng](const auto& list) {
    return list[UniformBelow(rng, std::size(list))];
  };
  const std::string s = ::gtest_data::internal::AsciiStrToLower(status);
  if (s == "failed" || s == "declined") return code ? pick(kFailedCodes) : pick(kFailedPhrases);
  if (s == "cancelled" || s == "canceled" || s == "aborted") {
    return code ? pick(kCancelCodes) : pick(kCancelPhrases);
  }
  return code ? pick(kOtherCodes) : pick(kOtherPhrases);
}

struct Slot {
  const Column* column = nullptr;
  ColumnPlan plan;
  const ColumnGenerator* override = nullptr;
  bool left_out = false;  // ColumnGenerator::Default()
  bool sequence = false;  // consecutive values from `next`
  int64_t next = 1;
  int fk = -1;             // the foreign key that sets it
  bool in_unique = false;  // part of a UNIQUE or the primary key
  bool in_entity = false;  // drawn with its entity (TablePlan::entities)
  uint64_t seed = 0;       // DeriveSeed(run seed, table, column)
  // The slot whose NULLs this one shares (a longitude its latitude's, a
  // card's last four digits the card's), or -1.
  int null_as = -1;
  // The probability of NULL when not GenerateOptions::null_probability
  // (negative: that one), for a nullable column whose NULL is the common
  // case (deleted_at).
  double null_rate = -1;
};

struct FkSlot {
  const ForeignKey* key = nullptr;
  std::vector<size_t> slots;
  bool nullable = false;
  bool cycle = false;   // inserted NULL (its parent is filled after this
                        // table), set by UPDATE afterwards (FillCycles)
  bool unique = false;  // its columns are a UNIQUE constraint or the primary key
  bool unset = false;   // closes a cycle and cannot be set afterwards: NULL
  bool grouped = false;  // its parent comes from a kGrouped unique (KeepUnique)
  // options.children's shape, and its state while the table's rows are
  // drawn in order: the parents' seeded order, where the walk is, how many
  // children the current parent has left; for Zipf the ranks' weights.
  const ChildrenPerParent* shape = nullptr;
  std::optional<IndexPermutation> order;
  uint64_t cursor = 0;
  uint64_t round = 0;
  int64_t left = 0;
  size_t current = 0;
  bool round_gave_any = false;
  std::optional<WeightedTable> zipf;
  // GenerateOptions::agree: the row's column whose value the parent's
  // `agree_parent_column` (kept last in each parent tuple) must equal, and
  // the parents by that value.
  size_t agree_slot = static_cast<size_t>(-1);
  std::string agree_parent_column;
  std::map<std::string, std::vector<size_t>> by_agreement;
  ParentKeys* parents = nullptr;
  uint64_t seed = 0;
  std::string label;  // "(customer_id) -> customers"
  // The row's parent: its index in `parents` (kNoParent for NULL), set by
  // DrawForeignKey or KeepUnique; the parents there before the run come
  // first, then the generated ones in row order.
  static constexpr size_t kNoParent = static_cast<size_t>(-1);
  size_t chosen = kNoParent;
  size_t existing_parents = 0;
  const struct TablePlan* parent_plan = nullptr;  // with births, else null
};

// A set of 64-bit fingerprints (already well mixed): open addressing with
// linear probing in one flat array, 8 bytes a key at most half full, and
// one cache miss a lookup where a node-based set took several.
class FingerprintSet {
 public:
  bool Contains(uint64_t fingerprint) const {
    if (slots_.empty()) return false;
    const uint64_t f = fingerprint == 0 ? 1 : fingerprint;  // 0 marks an empty slot
    for (size_t i = f & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == f) return true;
      if (slots_[i] == 0) return false;
    }
  }
  size_t size() const { return size_; }
  void Insert(uint64_t fingerprint) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    const uint64_t f = fingerprint == 0 ? 1 : fingerprint;
    if (Place(slots_, f)) ++size_;
  }

 private:
  static bool Place(std::vector<uint64_t>& slots, uint64_t f) {
    for (size_t i = f & (slots.size() - 1);; i = (i + 1) & (slots.size() - 1)) {
      if (slots[i] == f) return false;
      if (slots[i] == 0) {
        slots[i] = f;
        return true;
      }
    }
  }
  void Grow() {
    std::vector<uint64_t> bigger(slots_.empty() ? 64 : 2 * slots_.size(), 0);
    for (uint64_t f : slots_) {
      if (f != 0) Place(bigger, f);
    }
    slots_.swap(bigger);
  }

  std::vector<uint64_t> slots_;  // a power of two in size
  size_t size_ = 0;
};

// One part of a unique key that generation varies by construction: a
// foreign key (all its columns) or a plain column with a bounded domain.
struct Component {
  int fk = -1;       // plan.fks index, or
  size_t slot = 0;   // plan.slots index (when fk < 0)
  uint64_t size = 0;  // distinct values: parents, or DomainSize()
};

// A UNIQUE constraint or primary key, and how the rows keep it, chosen once
// per table (PlanUniques):
//   kImplied  a set of its columns is unique already (a sequence, or
//             another constraint's construction), or its columns are set by
//             overrides that generation leaves alone (a note says so);
//   kCarrier  one column (text, uuid, blob, json) carries a distinct index
//             in each row's value (WeaveIndex), drawn from a permutation;
//   kRadix    the columns with bounded domains (foreign keys: the parents;
//             integers, dates, allowed lists) take a distinct combination
//             per row: position p of a permutation of the product of their
//             domains, read in mixed radix;
//   kGrouped  a foreign key and one column with a bounded domain (PRIMARY
//             KEY (order_id, line)): the rows come grouped by parent, in
//             the parents' order, as a real table's rows are written with
//             their parent, and the column counts within each parent from
//             its lowest value (lines 1, 2, 3). How many rows a parent has
//             follows options.children, or by default the spread of rows
//             given random parents (a binomial per parent, the total exact).
//             The engine's index then grows at its end, not at random.
// Rows walk the permutation with a cursor, skipping a position whose value
// breaks a CHECK or is already in the table, so nothing generated is
// remembered: only the tuples the table held before the run, when it held
// any.
struct UniqueSlot {
  enum class Way { kImplied, kCarrier, kRadix, kGrouped };
  std::string label;  // "PRIMARY KEY (a, b)", "UNIQUE customers_email_key (email)"
  std::vector<size_t> slots;
  Way way = Way::kImplied;
  size_t carrier = 0;                 // kCarrier
  std::vector<Component> components;  // kRadix
  bool nullable = false;   // a part may be NULL, and NULLs never collide
  uint64_t positions = 0;  // size of the permutation
  int width = 1;           // kCarrier: digits of an index woven into a text
  std::optional<IndexPermutation> permutation;  // made when the table starts
  uint64_t cursor = 0;
  // kGrouped: the parent whose rows come now, how many it has left, the
  // next index into the column's domain, the rows not yet given a parent;
  // with a shape, the round and each parent's rows so far (state declared
  // per parent).
  uint64_t next_parent = 0;
  size_t current_parent = 0;
  int64_t parent_left = 0;
  uint64_t ordinal = 0;
  int64_t rows_left = 0;
  uint64_t round = 0;
  bool round_gave_any = false;
  std::vector<uint64_t> given;
  // Fingerprints (KeyFingerprint) of the tuples of the columns a row varies
  // (the carrier, or the constraint's columns) already in the table before
  // the run. Only membership is asked, so the set's order never reaches the
  // output.
  FingerprintSet existing;
};

struct TablePlan {
  const Table* table = nullptr;
  int64_t rows = 0;
  uint64_t seed = 0;        // DeriveSeed(run seed, table); row r is record RecordSeed(seed, r)
  int64_t existing_rows = 0;  // in the table before the run
  std::vector<Slot> slots;  // every column, in declaration order
  std::vector<FkSlot> fks;
  std::vector<UniqueSlot> uniques;
  std::vector<std::string> columns;  // those the rows give (not left out)
  // The parents' key lists this table's rows add to.
  std::vector<std::pair<std::vector<size_t>, ParentKeys*>> feeds;
  // The columns of each entity of a row (a person, an address, a company:
  // grouped fake fields sharing a stream), drawn together from one record
  // and, when one of them does not fit its column, drawn again together.
  std::vector<std::vector<size_t>> entities;
  // With a cycle key to set later: the primary key's slots, and each
  // generated row's key (state declared per relation, not per run).
  std::vector<size_t> key_slots;
  std::vector<std::vector<Value>> keys;
  // GenerateRow's working room, kept from row to row.
  std::vector<Value> values;
  std::vector<char> null, fk_null;
  Digest digest;  // of the columns' names, the rows, then the cycle keys set
  // CHECKs comparing two columns of the row (end_date >= start_date).
  std::vector<Condition> pairs;
  // Conditions an OR makes optional (`paid_at IS NULL OR status = 'paid'`):
  // the guard's slot, the condition's slot, the condition (KeepGuards).
  struct Guard {
    size_t guard = 0;
    size_t slot = 0;
    Condition condition;
  };
  std::vector<Guard> guards;
  std::vector<Condition> guarded;  // as read, until the slots exist
  // Lifecycle timestamps present, in order (created, updated, deleted):
  // each later one falls between the one before it and its range's end.
  std::vector<size_t> lifecycle;
  // A card number's slot and the slot of its last four digits, which the
  // row copies from it (card_number, card_last4).
  std::vector<std::pair<size_t, size_t>> last4;
  // A birth date's slot and the slot of an event of adult life (hire_date).
  std::vector<std::pair<size_t, size_t>> adults;
  // A key into a countries table whose code chooses the row's locale (the
  // index in fks, -1: none), and the locale of each code a locale describes.
  int country_fk = -1;
  std::vector<std::pair<std::string, const fake::Locale*>> fk_country_locales;
  // A countries table (kCountry codes): the slot of its first code, and
  // the other codes and the names that follow it (AlignCountry).
  int country_code = -1;
  std::vector<size_t> country_codes, country_names;
  // A total that is the sum of its parts (KeepTotals): total = base (the
  // subtotal) + adds (tax, shipping, fees) - subtracts (discounts); the
  // parts are shares of the base. total < 0: none.
  int total = -1;
  int total_base = -1;
  std::vector<size_t> total_adds, total_subtracts;
  // A country column drawn from a list (CHECK (country IN ('DE', 'FR'))):
  // its slot, and the locale of each of its values (by KeyText) that a
  // locale describes; the row's other values come from that locale (its
  // city, IBAN, currency), GenerateRow's row_fields_.
  int country = -1;
  std::vector<std::pair<std::string, const fake::Locale*>> country_locales;
  // A card number's slot and its brand's (card_brand, scheme): the number
  // is one of the brand's (KeepCardBrand). `brands` maps the brand
  // column's allowed values (by KeyText) to brands, or is empty when the
  // column has no list and takes the brand's name.
  int card = -1, brand = -1;
  std::vector<std::pair<std::string, fake::CardBrand>> brands;
  // A status from a list and the timestamps named after its values
  // (paid_at for 'paid'): each set only in the rows its stage has been
  // reached in (KeepStages). `stage` is the value's place in the list, or
  // -1 for a value that ends a row's story another way ('cancelled'),
  // whose timestamp is set only in its own rows.
  struct Stage {
    size_t slot = 0;
    int stage = 0;
    std::string value;
    bool fixed = false;  // NOT NULL: in the order, never cleared
    bool instant = true;  // a timestamp or date, else a reason (failure_code)
  };
  int status = -1;
  int status_places = 0;  // the list's values that are not endings
  std::vector<Stage> stages;
  // The order their instants keep: the row's first lifecycle stage, then
  // the stages in the list's order, then the endings.
  std::vector<size_t> stage_order;
  // A child's dates follow its parent's: `birth` is the slot whose instant
  // children follow (the first lifecycle stage, or the one date or
  // timestamp), kept per generated row in `births` (seconds, kNoBirth for
  // NULL: state declared per parent) when a child table asks; `after_parent`
  // the slots moved after the parents' births, `birth_fks` the keys whose
  // parents count.
  static constexpr int64_t kNoBirth = generate_internal::Births::kNone;
  int birth = -1;
  bool keep_births = false;
  generate_internal::Births births;
  std::vector<size_t> after_parent;
  std::vector<size_t> birth_fks;
};

// The index of the slot of `column` in `plan`, or plan.slots.size().
size_t SlotOf(const TablePlan& plan, const std::string& column) {
  size_t index = 0;
  while (index < plan.slots.size() && plan.slots[index].column->name != column) ++index;
  return index;
}

const ColumnGenerator* FindOverride(const GenerateOptions& options, std::string_view table,
                                    std::string_view column) {
  auto it = options.columns.find(std::string(table) + "." + std::string(column));
  if (it == options.columns.end()) it = options.columns.find(column);
  return it == options.columns.end() ? nullptr : &it->second;
}

// Whether "table.column" is the first column of a foreign key of the schema
// (how options.children and options.agree name a key).
bool NamesForeignKey(const Schema& schema, const std::string& key) {
  const size_t dot = key.find('.');
  const Table* table = dot == std::string::npos ? nullptr : schema.Find(key.substr(0, dot));
  if (table == nullptr) return false;
  for (const ForeignKey& fk : table->foreign_keys) {
    if (!fk.columns.empty() && fk.columns.front() == key.substr(dot + 1)) return true;
  }
  return false;
}

absl::Status ValidateOptions(const Schema& schema, const GenerateOptions& options,
                             const fake::Locale& locale) {
  auto invalid = [](const std::string& what) {
    return absl::InvalidArgumentError("generate: " + what);
  };
  if (options.rows < 0)
    return invalid("options.rows is " + std::to_string(options.rows) + "; it must be 0 or more");
  for (const auto& [table, rows] : options.table_rows) {
    if (schema.Find(table) == nullptr) {
      return absl::NotFoundError("generate: options.table_rows names table \"" + table +
                                 "\", which the schema lacks");
    }
    if (rows < 0) {
      return invalid("options.table_rows[\"" + table + "\"] is " + std::to_string(rows) +
                     "; it must be 0 or more");
    }
  }
  if (!(options.null_probability >= 0 && options.null_probability <= 1)) {
    return invalid("options.null_probability must be in [0, 1]");
  }
  if (options.max_attempts < 1) return invalid("options.max_attempts must be 1 or more");
  if (options.chunk_rows < 1) return invalid("options.chunk_rows must be 1 or more");
  for (const std::string& table : options.tables) {
    if (schema.Find(table) == nullptr) {
      return absl::NotFoundError("generate: options.tables names table \"" + table +
                                 "\", which the schema lacks");
    }
  }
  for (const auto& [key, with] : options.agree) {
    if (!NamesForeignKey(schema, key) || with.empty()) {
      return absl::NotFoundError("generate: options.agree[\"" + key +
                                 "\"] names no foreign key, or no column to agree on");
    }
  }
  for (const auto& [key, shape] : options.children) {
    if (!NamesForeignKey(schema, key)) {
      return absl::NotFoundError("generate: options.children[\"" + key +
                                 "\"] names no foreign key (\"table.column\" of its first "
                                 "column)");
    }
    const bool bad = (shape.kind() == ChildrenPerParent::Kind::kFixed && shape.lo() < 0) ||
                     (shape.kind() == ChildrenPerParent::Kind::kUniform &&
                      (shape.lo() < 0 || shape.lo() > shape.hi())) ||
                     (shape.kind() == ChildrenPerParent::Kind::kPoisson &&
                      !(shape.mean() >= 0 && shape.mean() <= 1e6)) ||
                     (shape.kind() == ChildrenPerParent::Kind::kZipf &&
                      (shape.lo() < 1 || shape.lo() > 3));
    if (bad) return invalid("options.children[\"" + key + "\"]: a shape out of its range");
  }
  for (const auto& [key, generator] : options.columns) {
    const size_t dot = key.find('.');
    bool found = false;
    if (dot != std::string::npos) {
      const Table* table = schema.Find(std::string_view(key).substr(0, dot));
      found = table != nullptr && table->FindColumn(std::string_view(key).substr(dot + 1));
    } else {
      for (const Table& table : schema.tables) found = found || table.FindColumn(key) != nullptr;
    }
    if (!found) {
      return absl::NotFoundError("generate: options.columns[\"" + key +
                                 "\"] names no column of the schema");
    }
    if (generator.kind() == ColumnGenerator::Kind::kFake) {
      const fake::Field* field = fake::FindField(generator.field());
      if (field == nullptr) {
        return absl::NotFoundError("generate: options.columns[\"" + key +
                                   "\"]: unknown fake field \"" + generator.field() +
                                   "\"; `gtest-data generate --list` lists them");
      }
      if (!fake::FieldSupports(*field, locale)) {
        return invalid("options.columns[\"" + key + "\"]: the fake field \"" + generator.field() +
                       "\" has no values for the locale");
      }
    }
    if (generator.kind() == ColumnGenerator::Kind::kCustom && !generator.function()) {
      return invalid("options.columns[\"" + key + "\"]: a Custom generator without a function");
    }
  }
  return absl::OkStatus();
}

bool IsDeferred(const SeedPlan& plan, const std::string& table, const ForeignKey& key) {
  for (const SeedPlan::Deferred& d : plan.deferred) {
    if (d.table == table && d.key.columns == key.columns &&
        d.key.parent_table == key.parent_table) {
      return true;
    }
  }
  return false;
}

// One run of generation: Prepare() reads, Run() generates into a sink.
class Generator {
 public:
  using Sink =
      std::function<absl::Status(const TablePlan&, int64_t first_row, const std::vector<Row>&)>;
  // Cycle keys set after the parents exist: row i of the batch is row
  // rows[i] of the table, key keys[i], and gets parents[i].
  struct CycleUpdate {
    std::vector<int64_t> rows;
    std::vector<const std::vector<Value>*> keys;
    std::vector<std::vector<Value>> parents;
  };
  using UpdateSink =
      std::function<absl::Status(const TablePlan&, const FkSlot&, const CycleUpdate&)>;

  Generator(Database& database, const Schema& schema, const GenerateOptions& options)
      : db_(database),
        schema_(schema),
        options_(options),
        locale_(options.locale != nullptr ? options.locale : &fake::Locale::Default()),
        sqlite_(database.engine() == "sqlite") {
    fields_.locale = locale_;
    fields_.now = options.now;
    row_fields_ = fields_;
  }

  absl::Status Prepare();
  absl::Status Run(const Sink& sink, const UpdateSink& update, GenerateSummary* summary);
  // Whether `table` lists countries: by its name (IsCountriesTableName), or
  // because a foreign key whose column names a country (country_code,
  // home_country_id) points at its short text code.
  bool IsCountriesTable(const std::string& table) const;
  const std::vector<TablePlan>& plans() const { return plans_; }

 private:
  int64_t RowsFor(const std::string& table) const {
    auto it = options_.table_rows.find(table);
    return it == options_.table_rows.end() ? options_.rows : it->second;
  }
  absl::Status ChooseTables(std::vector<std::string>* tables);
  absl::Status PlanTable(const std::string& name, const SeedPlan& seed_plan, TablePlan* plan);
  absl::Status AddUnique(TablePlan* plan, std::string label,
                         const std::vector<std::string>& columns);
  absl::StatusOr<ParentKeys*> LoadParents(const ForeignKey& key, const std::string& also = {});
  absl::StatusOr<std::vector<std::vector<Value>>> ReadTuples(
      const std::string& table, const std::vector<std::string>& columns);
  absl::Status LinkFeeds();
  absl::Status PlanUniques(TablePlan& plan);
  void PlanBirths();
  void FollowParents(TablePlan& plan, std::vector<Value>* values) const;
  absl::Status KeepGrouped(TablePlan& plan, UniqueSlot& unique, int64_t row,
                           std::vector<Value>& values);
  absl::Status PlanUnique(TablePlan& plan, UniqueSlot& unique,
                          std::vector<std::vector<size_t>>* unique_sets,
                          std::vector<char>* assigned);
  absl::Status StartUniques(TablePlan& plan);
  absl::Status StartShapes(TablePlan& plan);
  absl::Status KeepUnique(TablePlan& plan, UniqueSlot& unique, int64_t row,
                          std::vector<Value>& values);
  absl::Status GenerateRow(TablePlan& plan, int64_t row, Row* out);
  bool IsNull(uint64_t seed, int64_t row) const;
  bool IsNull(uint64_t seed, int64_t row, double probability) const;
  // The rows of the run whose columns of `unique` are all non-NULL (those
  // it must keep distinct), from IsNull as GenerateRow will ask it.
  uint64_t ValuedRows(const TablePlan& plan, const UniqueSlot& unique) const;
  void OrderLifecycle(const TablePlan& plan, std::vector<Value>* values) const;
  void OrderInstants(const TablePlan& plan, const std::vector<size_t>& order,
                     std::vector<Value>* values) const;
  void OrderStages(const TablePlan& plan, std::vector<Value>* values) const;
  void KeepPairs(const TablePlan& plan, std::vector<Value>* values,
                 bool after_uniques = false) const;
  absl::Status KeepGuards(TablePlan& plan, int64_t row, std::vector<Value>* values);
  void KeepAdults(const TablePlan& plan, std::vector<Value>* values) const;
  void KeepTotals(const TablePlan& plan, std::vector<Value>* values) const;
  void AlignCountry(const TablePlan& plan, std::vector<Value>* values) const;
  void KeepDistinct(TablePlan& plan, std::vector<Value>* values) const;
  void KeepCardBrand(const TablePlan& plan, int64_t row, std::vector<Value>* values) const;
  absl::Status KeepStages(TablePlan& plan, int64_t row, std::vector<Value>* values);
  absl::Status FillCycles(const UpdateSink& update);
  absl::Status DrawSlot(TablePlan& plan, size_t index, int64_t row, bool null, Value* out);
  // `draw` with the row's locale set to the run's, then back.
  template <typename Draw>
  absl::Status InRunLocale(Draw draw) {
    const fake::Locale* own = row_fields_.locale;
    row_fields_.locale = fields_.locale;
    const absl::Status status = draw();
    row_fields_.locale = own;
    return status;
  }
  absl::Status DrawEntity(TablePlan& plan, const std::vector<size_t>& slots, int64_t row,
                          const std::vector<char>& null, std::vector<Value>* values);
  absl::Status DrawForeignKey(TablePlan& plan, size_t index, int64_t row, bool null,
                              std::vector<Value>* values);

  Database& db_;
  const Schema& schema_;
  const GenerateOptions& options_;
  const fake::Locale* locale_;
  fake::FieldContext fields_;
  fake::FieldContext row_fields_;  // fields_, in the row's country's locale
  bool sqlite_;
  std::map<std::string, ParentKeys> parents_;  // by parent table and columns
  mutable std::map<std::string, bool> countries_tables_;  // IsCountriesTable's answers
  std::vector<TablePlan> plans_;               // parents first
  std::vector<std::string> notes_;
};

absl::StatusOr<std::vector<std::vector<Value>>> Generator::ReadTuples(
    const std::string& table, const std::vector<std::string>& columns) {
  std::string sql = "SELECT ";
  for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + QuoteIdentifier(columns[i]);
  sql += " FROM " + QuoteIdentifier(table);
  absl::StatusOr<std::vector<Row>> rows = db_.Query(sql);
  if (!rows.ok()) return rows.status();
  std::vector<std::vector<Value>> tuples;
  tuples.reserve(rows->size());
  for (const Row& row : *rows) {
    std::vector<Value> tuple;
    bool null = false;
    for (const Row::Cell& cell : row.cells()) {
      null = null || cell.second.is_null();
      tuple.push_back(cell.second);
    }
    if (!null && tuple.size() == columns.size()) tuples.push_back(std::move(tuple));
  }
  return tuples;
}

absl::Status Generator::ChooseTables(std::vector<std::string>* tables) {
  if (options_.tables.empty()) {
    for (const Table& table : schema_.tables) tables->push_back(table.name);
    return absl::OkStatus();
  }
  for (const std::string& name : options_.tables) {
    if (std::find(tables->begin(), tables->end(), name) == tables->end()) tables->push_back(name);
  }
  // Parents that a NOT NULL foreign key needs and that have no rows join
  // the run (the list grows while it is walked).
  for (size_t i = 0; i < tables->size(); ++i) {
    const Table& table = *schema_.Find((*tables)[i]);
    for (const ForeignKey& key : table.foreign_keys) {
      const std::string parent = key.parent_table;
      if (schema_.Find(parent) == nullptr ||
          std::find(tables->begin(), tables->end(), parent) != tables->end()) {
        continue;
      }
      bool required = false;
      for (const std::string& column : key.columns) {
        const Column* c = table.FindColumn(column);
        required = required || (c != nullptr && c->not_null);
      }
      if (!required) continue;
      absl::StatusOr<std::vector<Row>> count =
          db_.Query("SELECT count(*) AS n FROM " + QuoteIdentifier(parent));
      if (!count.ok()) return count.status();
      if (!count->empty() && count->front().Get("n") == Value(int64_t{0})) {
        tables->push_back(parent);
        notes_.push_back(parent + " was filled too: " + table.name +
                         " needs it as a parent and it had no rows");
      }
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<ParentKeys*> Generator::LoadParents(const ForeignKey& key,
                                                   const std::string& also) {
  // `also`: a further column of the parent, kept last in each tuple (the
  // column an agreeing key matches, GenerateOptions::agree).
  std::string id = key.parent_table;
  std::vector<std::string> columns = key.parent_columns;
  for (const std::string& column : key.parent_columns) id += "\x1f" + column;
  if (!also.empty()) {
    id += "\x1e" + also;
    columns.push_back(also);
  }
  auto it = parents_.find(id);
  if (it != parents_.end()) return &it->second;
  absl::StatusOr<std::vector<std::vector<Value>>> tuples = ReadTuples(key.parent_table, columns);
  if (!tuples.ok()) return tuples.status();
  // Sorted and distinct, so that the database's row order never matters.
  std::vector<std::pair<std::string, std::vector<Value>>> keyed;
  for (std::vector<Value>& tuple : *tuples) keyed.emplace_back(TupleKey(tuple), std::move(tuple));
  std::sort(keyed.begin(), keyed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  ParentKeys& parents = parents_[id];
  for (size_t i = 0; i < keyed.size(); ++i) {
    if (i == 0 || keyed[i].first != keyed[i - 1].first) {
      parents.Add(std::move(keyed[i].second));
    }
  }
  return &parents;
}

std::optional<std::string> ContradictoryPairs(const std::vector<Condition>& pairs) {
  // Each comparison `a op b` is an edge a -> b meaning a <= b (or a < b:
  // strict); a strict edge on a cycle asks some column to be less than
  // itself. The comparisons are few (a table's CHECKs), so a walk from each
  // strict edge is enough.
  struct Edge {
    std::string from, to;
    bool strict;
    size_t pair;
  };
  std::vector<Edge> edges;
  for (size_t i = 0; i < pairs.size(); ++i) {
    const Condition& c = pairs[i];
    using generate_internal::CheckOp;
    switch (c.op) {
      case CheckOp::kLt: edges.push_back({c.column, c.other, true, i}); break;
      case CheckOp::kLe: edges.push_back({c.column, c.other, false, i}); break;
      case CheckOp::kGt: edges.push_back({c.other, c.column, true, i}); break;
      case CheckOp::kGe: edges.push_back({c.other, c.column, false, i}); break;
      case CheckOp::kEq:
        edges.push_back({c.column, c.other, false, i});
        edges.push_back({c.other, c.column, false, i});
        break;
      default: break;
    }
  }
  auto text = [&](size_t i) {
    const Condition& c = pairs[i];
    static constexpr const char* kOps[] = {"<", "<=", ">", ">=", "="};
    return c.column + " " + kOps[static_cast<int>(c.op)] + " " + c.other;
  };
  for (const Edge& start : edges) {
    if (!start.strict) continue;
    // Breadth-first from start.to back to start.from, remembering the edge
    // each column was reached by, so the cycle can be named.
    std::map<std::string, size_t> via;  // column -> edges index
    std::vector<std::string> frontier{start.to};
    via.emplace(start.to, edges.size());
    while (!frontier.empty() && via.count(start.from) == 0) {
      std::vector<std::string> next;
      for (const std::string& at : frontier) {
        for (size_t e = 0; e < edges.size(); ++e) {
          if (edges[e].from != at || via.count(edges[e].to) != 0) continue;
          via.emplace(edges[e].to, e);
          next.push_back(edges[e].to);
        }
      }
      frontier = std::move(next);
    }
    if (start.from == start.to) return text(start.pair);
    if (via.count(start.from) == 0) continue;
    std::vector<std::string> said{text(start.pair)};
    for (std::string at = start.from; at != start.to;) {
      const Edge& e = edges[via.at(at)];
      said.insert(said.begin() + 1, text(e.pair));
      at = e.from;
    }
    said.erase(std::unique(said.begin(), said.end()), said.end());
    return StrJoin(said, " and ");
  }
  return std::nullopt;
}

absl::Status Generator::AddUnique(TablePlan* plan, std::string label,
                                  const std::vector<std::string>& columns) {
  UniqueSlot unique;
  unique.label = std::move(label) + " (" + StrJoin(columns, ", ") + ")";
  for (const std::string& column : columns) {
    size_t index = 0;
    while (index < plan->slots.size() && plan->slots[index].column->name != column) ++index;
    if (index == plan->slots.size()) return absl::OkStatus();  // not a plain column
    if (plan->slots[index].left_out) {
      notes_.push_back(plan->table->name + ": " + unique.label +
                       " is not checked: a column of it is left to its default");
      return absl::OkStatus();
    }
    unique.slots.push_back(index);
  }
  for (size_t index : unique.slots) plan->slots[index].in_unique = true;
  plan->uniques.push_back(std::move(unique));
  return absl::OkStatus();
}

std::string FitDescription(const Slot& slot);  // below, with the row drawing

absl::Status Generator::PlanTable(const std::string& name, const SeedPlan& seed_plan,
                                  TablePlan* plan) {
  const Table& table = *schema_.Find(name);
  plan->table = &table;
  plan->rows = RowsFor(name);
  plan->seed = DeriveSeed(options_.seed, name);
  {
    absl::StatusOr<std::vector<Row>> count =
        db_.Query("SELECT count(*) AS n FROM " + QuoteIdentifier(name));
    if (!count.ok()) return count.status();
    const Value* n = count->empty() ? nullptr : count->front().Find("n");
    if (n != nullptr && n->kind() == ValueKind::kInt) plan->existing_rows = n->as_int();
  }

  std::map<std::string, std::vector<Condition>> conditions;
  for (const std::string& check : table.checks) {
    std::optional<std::vector<Condition>> parsed = generate_internal::ParseCheck(check, table);
    if (!parsed) {
      notes_.push_back(name + ": CHECK (" + check +
                       ") is not a form generation reads; the engine checks it at insert");
      continue;
    }
    for (Condition& c : *parsed) {
      if (!c.guard.empty()) {
        plan->guarded.push_back(std::move(c));  // the row keeps it (KeepGuards)
      } else if (c.other.empty()) {
        conditions[c.column].push_back(std::move(c));
      } else {
        c.span = SpanEnds(c.column, c.other);
        c.trip = c.span && Trip(c.column, c.other);
        c.share = (c.op == generate_internal::CheckOp::kLe ||
                   c.op == generate_internal::CheckOp::kLt) &&
                  IsShare(c.column);
        plan->pairs.push_back(std::move(c));  // the row keeps it (KeepPairs)
      }
    }
  }
  if (std::optional<std::string> cycle = ContradictoryPairs(plan->pairs)) {
    return absl::InvalidArgumentError(
        "generate: " + name + ": its CHECKs ask " + *cycle +
        " of every row, which no values can hold together; no row can be written (fix the "
        "CHECKs, or give the table no rows)");
  }
  // An enum's labels are the values it allows, as an IN list would say.
  for (const Column& column : table.columns) {
    if (column.enum_labels.empty() || column.type.find("[]") != std::string::npos) continue;
    Condition labels;
    labels.column = column.name;
    labels.op = generate_internal::CheckOp::kIn;
    for (const std::string& label : column.enum_labels) labels.values.push_back({label, true});
    conditions[column.name].push_back(std::move(labels));
  }

  for (const Column& column : table.columns) {
    Slot slot;
    slot.column = &column;
    slot.seed = DeriveSeed(options_.seed, name, column.name);
    slot.override = FindOverride(options_, name, column.name);
    slot.left_out =
        slot.override != nullptr && slot.override->kind() == ColumnGenerator::Kind::kDefault;
    ColumnPlan& p = slot.plan;
    p.table = name;
    p.column = column.name;
    p.type = generate_internal::ParseColumnType(column.type, sqlite_);
    if (!column.enum_labels.empty()) {
      // An enum (its labels are the allowed values, below), or an array of
      // one: text the server reads as its labels.
      if (p.type.kind == TypeKind::kArray) {
        p.type.element = "text";
        for (const std::string& label : column.enum_labels) p.element_allowed.emplace_back(label);
      } else {
        p.type = generate_internal::ParseColumnType("text", sqlite_);
      }
      p.type.known = true;
    }
    const std::vector<Condition>& own_checks = conditions[column.name];
    const bool checked_not_null =
        std::any_of(own_checks.begin(), own_checks.end(), [](const Condition& c) {
          return c.op == generate_internal::CheckOp::kNotNull;
        });
    if (!p.type.known && slot.override == nullptr && plan->rows > 0 && !column.not_null &&
        !checked_not_null && column.primary_key_position == 0) {
      // A nullable column of a type generation cannot make: its default
      // (NULL where the schema gives none), said in the notes.
      notes_.push_back(name + "." + column.name + " (" + column.type +
                       ") is left to its default: generation cannot make the type (override "
                       "the column, options.columns[\"" + name + "." + column.name + "\"])");
      slot.left_out = true;
      plan->slots.push_back(std::move(slot));
      continue;
    }
    if (!p.type.known && slot.override == nullptr && plan->rows > 0) {
      // Text in its place would be refused by the engine, row by row.
      return absl::InvalidArgumentError(
          "generate: " + name + "." + column.name + ": type \"" + column.type +
          "\" is not one generation can make; override the column (options.columns[\"" + name +
          "." + column.name + "\"]) or give the table no rows (gtest-data seed --rows " + name +
          "=0)");
    }
    p.not_null = column.not_null || column.primary_key_position > 0;
    p.unique = table.primary_key == std::vector<std::string>{column.name};
    for (const UniqueConstraint& u : table.uniques) {
      p.unique = p.unique || u.columns == std::vector<std::string>{column.name};
    }
    if (slot.override != nullptr && slot.override->kind() == ColumnGenerator::Kind::kFake) {
      p.fake_override = true;
      p.rule = {generate_internal::Semantic::kField, fake::FindField(slot.override->field())};
    }
    p.countries_table = IsCountriesTable(name);
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(generate_internal::PlanColumn(
        &p, conditions[column.name], plan->rows, options_.now, sqlite_));
    plan->slots.push_back(std::move(slot));
  }
  {
    std::vector<generate_internal::ColumnPlan*> column_plans;
    for (Slot& slot : plan->slots) column_plans.push_back(&slot.plan);
    generate_internal::AssignEntities(std::move(column_plans));
  }
  {
    // Columns that describe one thing together: a card number and its last
    // four digits (copied, GenerateRow), a latitude and its longitude (NULL
    // together). One of each in the table, or the pairing is a guess.
    auto only = [&](auto&& wanted) {
      int found = -1;
      for (size_t i = 0; i < plan->slots.size(); ++i) {
        const Slot& slot = plan->slots[i];
        const bool fake_override =
            slot.override != nullptr && slot.override->kind() == ColumnGenerator::Kind::kFake;
        if ((slot.override != nullptr && !fake_override) || slot.left_out || !wanted(slot.plan)) {
          continue;
        }
        if (found >= 0) return -2;
        found = static_cast<int>(i);
      }
      return found;
    };
    auto field_is = [](std::string_view field) {
      return [field](const generate_internal::ColumnPlan& p) {
        return p.rule.semantic == generate_internal::Semantic::kField && p.rule.field != nullptr &&
               p.rule.field->name == field;
      };
    };
    const int card = only(field_is("finance.card_number"));
    const int last4 = only([](const generate_internal::ColumnPlan& p) {
      // The rule of *_last4 names (four digits).
      return p.rule.semantic == generate_internal::Semantic::kDigits && p.rule.length == 4 &&
             !p.unique && p.type.kind == generate_internal::TypeKind::kText;
    });
    auto share_nulls = [&](int follower, int lead) {
      if (!plan->slots[static_cast<size_t>(lead)].plan.not_null) {
        plan->slots[static_cast<size_t>(follower)].null_as = lead;
      }
    };
    const int brand = only([](const generate_internal::ColumnPlan& p) {
      const std::string c = ::gtest_data::internal::AsciiStrToLower(p.column);
      return (c == "brand" || c == "card_brand" || c == "card_type" || c == "scheme" ||
              c == "card_scheme" || c == "network" || c == "card_network") &&
             p.type.kind == generate_internal::TypeKind::kText;
    });
    if (card >= 0 && brand >= 0 && plan->slots[static_cast<size_t>(brand)].override == nullptr &&
        plan->slots[static_cast<size_t>(brand)].fk < 0 &&
        plan->slots[static_cast<size_t>(card)].fk < 0 &&
        !plan->slots[static_cast<size_t>(card)].plan.has_allowed) {
      const generate_internal::ColumnPlan& b = plan->slots[static_cast<size_t>(brand)].plan;
      auto brand_of = [](std::string text) -> std::optional<fake::CardBrand> {
        std::string key;
        for (char ch : ::gtest_data::internal::AsciiStrToLower(text)) {
          if (ch >= 'a' && ch <= 'z') key += ch;
        }
        static constexpr std::pair<std::string_view, fake::CardBrand> kNames[] = {
            {"visa", fake::CardBrand::kVisa},
            {"mastercard", fake::CardBrand::kMastercard},
            {"mc", fake::CardBrand::kMastercard},
            {"amex", fake::CardBrand::kAmex},
            {"americanexpress", fake::CardBrand::kAmex},
            {"discover", fake::CardBrand::kDiscover},
            {"jcb", fake::CardBrand::kJcb},
            {"diners", fake::CardBrand::kDinersClub},
            {"dinersclub", fake::CardBrand::kDinersClub},
            {"unionpay", fake::CardBrand::kUnionPay},
            {"cup", fake::CardBrand::kUnionPay},
            {"maestro", fake::CardBrand::kMaestro}};
        for (const auto& [spelling, value] : kNames) {
          if (key == spelling) return value;
        }
        return std::nullopt;
      };
      if (b.has_allowed) {
        for (const Value& value : b.allowed) {
          if (value.kind() != ValueKind::kString) continue;
          if (std::optional<fake::CardBrand> known = brand_of(value.as_string())) {
            plan->brands.emplace_back(value.as_string(), *known);
          }
        }
      }
      if (!b.has_allowed || !plan->brands.empty()) plan->card = card, plan->brand = brand;
    }
    if (card >= 0 && last4 >= 0) {
      plan->last4.emplace_back(static_cast<size_t>(card), static_cast<size_t>(last4));
      share_nulls(last4, card);
    }
    if (plan->brand >= 0 && plan->brands.empty()) share_nulls(plan->brand, card);
    const int lat = only(field_is("address.latitude"));
    const int lon = only(field_is("address.longitude"));
    if (lat >= 0 && lon >= 0) share_nulls(lon, lat);
    // A countries table: its other codes and its name follow the row's
    // first code (AlignCountry).
    {
      // The leader is the first code that is a key of its own (its values
      // distinct), else the first code; a follower that must be distinct
      // follows only a distinct leader, and a name only when every
      // country's name fits its column.
      auto own_key = [&](const Slot& slot) {
        const std::vector<std::string> one{slot.column->name};
        if (table.primary_key == one) return true;
        for (const UniqueConstraint& u : table.uniques) {
          if (u.columns == one) return true;
        }
        return false;
      };
      auto in_any_key = [&](const Slot& slot) {
        if (InKey(table, slot.column->name)) return true;
        for (const UniqueConstraint& u : table.uniques) {
          if (std::find(u.columns.begin(), u.columns.end(), slot.column->name) != u.columns.end()) {
            return true;
          }
        }
        return false;
      };
      auto usable = [](const Slot& slot, generate_internal::Semantic semantic) {
        return !slot.left_out && slot.fk < 0 && slot.override == nullptr &&
               !slot.plan.has_allowed && slot.plan.rule.semantic == semantic;
      };
      int code = -1;
      for (size_t i = 0; i < plan->slots.size(); ++i) {
        const Slot& slot = plan->slots[i];
        if (!usable(slot, generate_internal::Semantic::kCountry)) continue;
        if (code < 0 || (own_key(slot) && !own_key(plan->slots[static_cast<size_t>(code)]))) {
          code = static_cast<int>(i);
        }
      }
      const bool distinct_leader = code >= 0 && own_key(plan->slots[static_cast<size_t>(code)]);
      size_t longest = 0;
      for (const fake::Country& country : fake::Countries()) {
        longest = std::max(longest, static_cast<size_t>(CharCount(country.name)));
      }
      for (size_t i = 0; code >= 0 && i < plan->slots.size(); ++i) {
        const Slot& slot = plan->slots[i];
        if (static_cast<int>(i) == code || (!distinct_leader && in_any_key(slot))) continue;
        if (usable(slot, generate_internal::Semantic::kCountry)) {
          plan->country_codes.push_back(i);
        } else if (usable(slot, generate_internal::Semantic::kCountryName) &&
                   (slot.plan.max_chars < 0 ||
                    slot.plan.max_chars >= static_cast<int64_t>(longest))) {
          plan->country_names.push_back(i);
        }
      }
      if (code >= 0 && (!plan->country_codes.empty() || !plan->country_names.empty())) {
        plan->country_code = code;
      }
    }
    // A country from a list: the row's address, bank and currency are of
    // that country when a locale describes it.
    const int country = only([](const generate_internal::ColumnPlan& p) {
      const std::string c = ::gtest_data::internal::AsciiStrToLower(p.column);
      auto ends_with = [&c](std::string_view end) {
        return c.size() >= end.size() && c.compare(c.size() - end.size(), end.size(), end) == 0;
      };
      const bool named = c == "country" || c == "country_code" || c == "country_iso" ||
                         ends_with("_country") || ends_with("_country_code");
      return named && p.has_allowed && !p.allowed.empty() &&
             p.type.kind == generate_internal::TypeKind::kText;
    });
    // Not one in a key: KeepUnique gives its value after the row is drawn.
    if (country >= 0 && plan->slots[static_cast<size_t>(country)].fk < 0 &&
        !InKey(table, plan->slots[static_cast<size_t>(country)].column->name)) {
      for (const Value& value : plan->slots[static_cast<size_t>(country)].plan.allowed) {
        if (value.kind() != ValueKind::kString) continue;
        const std::string& text = value.as_string();
        const fake::Locale* found = nullptr;
        auto describes = [&text](const fake::Locale& l) {
          return text == l.country() || text == l.country_alpha3() || NamesCountry(text, l);
        };
        if (describes(*locale_)) {
          found = locale_;  // the run's own, when it is that country's
        } else {
          for (std::string_view id : fake::Locale::CountryLocaleIds()) {
            const fake::Locale* l = fake::Locale::Find(id);
            if (l != nullptr && describes(*l)) {
              found = l;
              break;
            }
          }
        }
        if (found != nullptr) plan->country_locales.emplace_back(text, found);
      }
      if (!plan->country_locales.empty()) plan->country = country;
    }
    // A status from a list: the timestamps named after its values follow it.
    const int status = only([](const generate_internal::ColumnPlan& p) {
      const std::string c = ::gtest_data::internal::AsciiStrToLower(p.column);
      return (c == "status" || c == "state") && p.has_allowed &&
             p.type.kind == generate_internal::TypeKind::kText;
    });
    if (status >= 0 && plan->slots[static_cast<size_t>(status)].fk < 0) {
      const std::vector<Value>& allowed = plan->slots[static_cast<size_t>(status)].plan.allowed;
      int place = 0;
      struct Listed {
        std::string lower;  // for the names
        int stage;
        std::string text;   // as listed
      };
      std::vector<Listed> values;
      for (const Value& value : allowed) {
        if (value.kind() != ValueKind::kString) continue;
        const std::string lower = ::gtest_data::internal::AsciiStrToLower(value.as_string());
        values.push_back({lower, EndsTheStory(lower) ? -1 : place++, value.as_string()});
      }
      for (size_t i = 0; i < plan->slots.size(); ++i) {
        const Slot& slot = plan->slots[i];
        if (slot.left_out || slot.override != nullptr || slot.fk >= 0 ||
            InKey(table, slot.column->name) || static_cast<int>(i) == status) {
          continue;
        }
        const std::string c = ::gtest_data::internal::AsciiStrToLower(slot.column->name);
        if (!IsInstant(slot.plan)) {
          // A reason for an ending (failure_code, cancel_reason) is set in
          // the rows that ended that way, and only there.
          if (slot.plan.not_null) continue;
          for (const Listed& v : values) {
            if (v.stage < 0 && GivesReasonFor(c, v.lower)) {
              plan->stages.push_back({i, -1, v.text, false, false});
            }
          }
          continue;
        }
        if (slot.plan.has_allowed) continue;
        for (std::string_view suffix : {"_at", "_on", "_date"}) {
          if (c.size() <= suffix.size() ||
              c.compare(c.size() - suffix.size(), suffix.size(), suffix) != 0) {
            continue;
          }
          const std::string stem = c.substr(0, c.size() - suffix.size());
          for (const Listed& v : values) {
            if (v.lower == stem) {
              plan->stages.push_back({i, v.stage, v.text, slot.plan.not_null, true});
            }
          }
        }
      }
      if (!plan->stages.empty()) {
        plan->status = status;
        plan->status_places = place;
        std::vector<TablePlan::Stage> sorted = plan->stages;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const TablePlan::Stage& a, const TablePlan::Stage& b) {
                           return static_cast<unsigned>(a.stage) < static_cast<unsigned>(b.stage);
                         });
        for (const TablePlan::Stage& stage : sorted) {
          if (stage.instant) plan->stage_order.push_back(stage.slot);
        }
      }
    }
    // A total and its parts (subtotal, tax, shipping, discount): the total
    // is their sum, the parts shares of the subtotal (KeepTotals).
    {
      auto numeric = [&](const Slot& slot) {
        return !slot.left_out && slot.fk < 0 && generate_internal::UnitScale(slot.plan) >= 0 &&
               slot.plan.rule.semantic != generate_internal::Semantic::kTimestamp;
      };
      auto free = [&](const Slot& slot) {
        return numeric(slot) && slot.override == nullptr && !slot.sequence &&
               !slot.plan.has_allowed && !InKey(table, slot.column->name);
      };
      int total = -1, base = -1;
      std::vector<size_t> adds, subtracts;
      for (size_t i = 0; i < plan->slots.size(); ++i) {
        const Slot& slot = plan->slots[i];
        if (!numeric(slot)) continue;
        switch (TotalRoleOf(slot.column->name)) {
          case TotalRole::kTotal:
            if (free(slot)) total = total == -1 ? static_cast<int>(i) : -2;
            break;
          case TotalRole::kBase:
            base = base == -1 ? static_cast<int>(i) : -2;
            break;
          case TotalRole::kAdd:
            if (free(slot)) adds.push_back(i);
            break;
          case TotalRole::kSubtract:
            if (free(slot)) subtracts.push_back(i);
            break;
          case TotalRole::kNone: break;
        }
      }
      if (total >= 0 && base >= 0) {
        plan->total = total;
        plan->total_base = base;
        plan->total_adds = std::move(adds);
        plan->total_subtracts = std::move(subtracts);
      }
    }
    // A person is hired as an adult: hire_date, employed_on fall 18 years
    // or more after the row's birth date (KeepAdults).
    int born = only(field_is("person.birthdate"));
    if (born >= 0 && (plan->slots[static_cast<size_t>(born)].override != nullptr ||
                      InKey(table, plan->slots[static_cast<size_t>(born)].column->name) ||
                      plan->slots[static_cast<size_t>(born)].plan.has_allowed)) {
      born = -1;
    }
    for (size_t i = 0; born >= 0 && i < plan->slots.size(); ++i) {
      const Slot& slot = plan->slots[i];
      const std::string lower = ::gtest_data::internal::AsciiStrToLower(slot.column->name);
      const generate_internal::Semantic s = slot.plan.rule.semantic;
      if (slot.left_out || slot.fk >= 0 ||
          (s != generate_internal::Semantic::kDate && s != generate_internal::Semantic::kTimestamp) ||
          (lower.find("hire") == std::string::npos && lower.find("employ") == std::string::npos)) {
        continue;
      }
      plan->adults.emplace_back(static_cast<size_t>(born), i);
    }
  }
  // A text column whose name rule seldom meets its LIKE or GLOB pattern
  // (sku CHAR(8) CHECK (sku LIKE 'SKU-____'), a CHAR(4) code GLOB
  // '[A-Z][A-Z][0-9][0-9]') is made from the pattern instead: probed with
  // draws of its own, so the decision is the seed's and the schema's only.
  for (Slot& slot : plan->slots) {
    generate_internal::ColumnPlan& p = slot.plan;
    if (slot.override != nullptr || slot.left_out || p.has_allowed ||
        p.type.kind != generate_internal::TypeKind::kText ||
        p.rule.semantic == generate_internal::Semantic::kPattern ||
        generate_internal::PatternOf(p) == nullptr) {
      continue;
    }
    if (p.rule.semantic != generate_internal::Semantic::kField) {
      // Its draws come from the pattern already (DrawValue); so does its
      // domain then (a CHAR(3) GLOB '[A-Z][A-Z][A-Z]' has 26^3 values).
      p.rule = {generate_internal::Semantic::kPattern, nullptr, 0};
      continue;
    }
    constexpr int kProbes = 32;
    int fits = 0;
    for (int k = 0; k < kProbes; ++k) {
      const uint64_t probe = DeriveIndexSeed(DeriveSeed(slot.seed, "pattern"), k);
      Rng rng(probe);
      absl::StatusOr<Value> value = generate_internal::DrawValue(p, rng, fields_, probe, sqlite_);
      fits += value.ok() && generate_internal::FitsColumn(p, *value);
    }
    if (fits * 4 < kProbes * 3) {
      p.rule = {generate_internal::Semantic::kPattern, nullptr, 0};
      p.record_field = {};
    }
  }
  // A text column whose own values a NOT LIKE or NOT GLOB seldom lets
  // through (note TEXT CHECK (note NOT GLOB '*[a-z]*')) becomes a code of
  // [0-9A-Z] when codes pass it: probed the same way.
  for (Slot& slot : plan->slots) {
    generate_internal::ColumnPlan& p = slot.plan;
    const bool negated = std::any_of(p.conditions.begin(), p.conditions.end(), [](const Condition& c) {
      return c.op == generate_internal::CheckOp::kNotLike ||
             c.op == generate_internal::CheckOp::kNotGlob;
    });
    if (!negated || slot.override != nullptr || slot.left_out || p.has_allowed ||
        p.type.kind != generate_internal::TypeKind::kText ||
        p.rule.semantic == generate_internal::Semantic::kPattern ||
        p.rule.semantic == generate_internal::Semantic::kCode) {
      continue;
    }
    constexpr int kProbes = 32;
    auto fitting = [&](const generate_internal::ColumnPlan& q) {
      int fits = 0;
      for (int k = 0; k < kProbes; ++k) {
        const uint64_t probe = DeriveIndexSeed(DeriveSeed(slot.seed, "negated"), k);
        Rng rng(probe);
        absl::StatusOr<Value> value = generate_internal::DrawValue(q, rng, fields_, probe, sqlite_);
        fits += value.ok() && generate_internal::FitsColumn(q, *value);
      }
      return fits;
    };
    // Redraws (max_attempts of them) see a rule through that passes now and
    // then; one that seldom passes (under one probe in four) gives way.
    if (fitting(p) * 4 >= kProbes) continue;
    generate_internal::ColumnPlan code = p;
    code.rule = {generate_internal::Semantic::kCode, nullptr, 10};
    code.record_field = {};
    if (fitting(code) * 4 >= kProbes) p = std::move(code);
  }
  // A pattern that a NOT LIKE or NOT GLOB of the same column always
  // refuses (sku LIKE 'SKU-%' AND sku NOT LIKE 'SKU%') leaves no value: said
  // here, before any row, not at the first row after its redraws. The
  // pattern makes the draws, so none in many times the redraws a row gets
  // fitting means no row would find one.
  for (Slot& slot : plan->slots) {
    const generate_internal::ColumnPlan& p = slot.plan;
    if (slot.override != nullptr || slot.left_out || p.has_allowed ||
        (!p.not_null && options_.null_probability >= 1) ||
        p.rule.semantic != generate_internal::Semantic::kPattern) {
      continue;
    }
    const bool negated =
        std::any_of(p.conditions.begin(), p.conditions.end(), [](const Condition& c) {
          return c.op == generate_internal::CheckOp::kNotLike ||
                 c.op == generate_internal::CheckOp::kNotGlob;
        });
    if (!negated) continue;
    const int64_t probes =
        std::clamp<int64_t>(4 * static_cast<int64_t>(options_.max_attempts), 256, 100000);
    bool found = false;
    for (int64_t k = 0; k < probes && !found; ++k) {
      const uint64_t probe =
          DeriveIndexSeed(DeriveSeed(slot.seed, "refused"), static_cast<uint64_t>(k));
      Rng rng(probe);
      absl::StatusOr<Value> value = generate_internal::DrawValue(p, rng, fields_, probe, sqlite_);
      found = value.ok() && generate_internal::FitsColumn(p, *value);
    }
    if (!found) {
      return absl::FailedPreconditionError(
          "generate: " + name + "." + slot.column->name + ": its CHECK leaves no value (" +
          FitDescription(slot) + "): none of " + std::to_string(probes) +
          " values drawn from its pattern passes its CHECKs (the NOT LIKE or NOT GLOB refuses "
          "what the pattern makes), so no row would; "
          "fix the CHECK or override the column");
    }
  }
  auto slot_of = [&plan](const std::string& column) { return SlotOf(*plan, column); };

  for (const ForeignKey& key : table.foreign_keys) {
    FkSlot fk;
    fk.key = &key;
    fk.nullable = true;
    bool overridden = false;
    for (const std::string& column : key.columns) {
      const size_t index = slot_of(column);
      if (index == plan->slots.size()) return absl::InternalError(name + ": no column " + column);
      overridden = overridden || plan->slots[index].override != nullptr;
      fk.nullable = fk.nullable && !plan->slots[index].plan.not_null;
      fk.slots.push_back(index);
    }
    if (overridden) continue;  // the override decides those columns
    if (schema_.Find(key.parent_table) == nullptr) {
      // PostgreSQL's introspection qualifies a parent the search path does
      // not reach by its name.
      const bool off_path = key.parent_table.find('.') != std::string::npos;
      return absl::FailedPreconditionError(
          "generate: " + name + ": the foreign key (" + StrJoin(key.columns, ", ") +
          ") names table " + key.parent_table +
          (off_path ? ", which unqualified names do not reach (a table of the same name earlier "
                      "on the search_path shadows it, or its schema is not on the path); set "
                      "search_path so that they reach it"
                    : ", which the schema lacks"));
    }
    fk.label = "(" + StrJoin(key.columns, ", ") + ") -> " + key.parent_table;
    fk.seed = DeriveSeed(options_.seed, name, "fk:" + StrJoin(key.columns, ","));
    if (auto shape = options_.children.find(name + "." + key.columns.front());
        shape != options_.children.end() &&
        shape->second.kind() != ChildrenPerParent::Kind::kAny) {
      if (key.parent_table == name) {
        // A row's parent is an earlier row of the same table: there are no
        // parents to spread children over before the rows exist.
        return absl::InvalidArgumentError(
            "generate: options.children[\"" + shape->first + "\"]: " + fk.label +
            " is a self-reference (each row points at an earlier one), and a shape of children "
            "per parent applies to keys into other tables only");
      }
      fk.shape = &shape->second;
    }
    fk.cycle = key.parent_table != name && IsDeferred(seed_plan, name, key);
    fk.unique = table.primary_key == key.columns;
    for (const UniqueConstraint& u : table.uniques) fk.unique = fk.unique || u.columns == key.columns;
    if (auto agree = options_.agree.find(name + "." + key.columns.front());
        agree != options_.agree.end()) {
      if (key.parent_table == name) {
        // An agreeing key takes its parent among the rows loaded before the
        // table starts; a self-reference's parents are the table's own rows.
        return absl::InvalidArgumentError(
            "generate: options.agree[\"" + agree->first + "\"]: " + fk.label +
            " is a self-reference (each row points at an earlier one), and an agreeing key "
            "applies to keys into other tables only");
      }
      const size_t eq = agree->second.find('=');
      const std::string own = agree->second.substr(0, eq);
      fk.agree_parent_column = eq == std::string::npos ? own : agree->second.substr(eq + 1);
      fk.agree_slot = slot_of(own);
      const Table* parent = schema_.Find(key.parent_table);
      if (fk.agree_slot == plan->slots.size() || parent == nullptr ||
          parent->FindColumn(fk.agree_parent_column) == nullptr) {
        return absl::NotFoundError("generate: options.agree[\"" + agree->first + "\"] = \"" +
                                   agree->second + "\": " + name + " or " + key.parent_table +
                                   " lacks the column");
      }
    }
    absl::StatusOr<ParentKeys*> parents = LoadParents(key, fk.agree_parent_column);
    if (!parents.ok()) return parents.status();
    fk.parents = *parents;
    for (size_t index : fk.slots) plan->slots[index].fk = static_cast<int>(plan->fks.size());
    plan->fks.push_back(std::move(fk));
  }
  // A key into a countries table chooses the row's locale from the code it
  // points at, as a country from a list does: it is drawn first. Of two,
  // the first in the table's column order (the engines list foreign keys
  // in orders of their own).
  std::vector<size_t> fk_order(plan->fks.size());
  for (size_t f = 0; f < fk_order.size(); ++f) fk_order[f] = f;
  std::stable_sort(fk_order.begin(), fk_order.end(), [&plan](size_t a, size_t b) {
    const ForeignKey& ka = *plan->fks[a].key;
    const ForeignKey& kb = *plan->fks[b].key;
    return std::make_tuple(plan->fks[a].slots.front(), ka.parent_table, ka.parent_columns) <
           std::make_tuple(plan->fks[b].slots.front(), kb.parent_table, kb.parent_columns);
  });
  for (size_t f : fk_order) {
    if (plan->country >= 0) break;
    const FkSlot& fk = plan->fks[f];
    if (fk.slots.size() != 1 || fk.cycle || fk.unique || !fk.agree_parent_column.empty() ||
        !IsCountriesTable(fk.key->parent_table)) {
      continue;
    }
    // A key another rule may move afterwards (a two-column CHECK, a
    // guard, a UNIQUE with other columns) would leave the row's locale
    // behind: it chooses none.
    const std::string& column = fk.key->columns.front();
    bool moved = false;
    for (const Condition& c : plan->pairs) moved = moved || c.column == column || c.other == column;
    for (const Condition& c : plan->guarded) moved = moved || c.column == column || c.guard == column;
    for (const UniqueConstraint& u : table.uniques) {
      moved = moved || (u.columns.size() > 1 &&
                        std::find(u.columns.begin(), u.columns.end(), column) != u.columns.end());
    }
    if (table.primary_key.size() > 1 &&
        std::find(table.primary_key.begin(), table.primary_key.end(), column) !=
            table.primary_key.end()) {
      moved = true;
    }
    if (moved) continue;
    plan->country_fk = static_cast<int>(f);
    for (std::string_view id : fake::Locale::CountryLocaleIds()) {
      const fake::Locale* l = fake::Locale::Find(id);
      if (l == nullptr) continue;
      // The run's own locale for its country, else the first by id.
      const fake::Locale* use = l->country() == locale_->country() ? locale_ : l;
      plan->fk_country_locales.emplace_back(std::string(l->country()), use);
      plan->fk_country_locales.emplace_back(std::string(l->country_alpha3()), use);
    }
    break;
  }

  if (std::any_of(plan->fks.begin(), plan->fks.end(), [](const FkSlot& f) { return f.cycle; })) {
    for (const std::string& column : table.primary_key) {
      size_t index = slot_of(column);
      if (index == plan->slots.size() || plan->slots[index].left_out) {
        plan->key_slots.clear();
        break;
      }
      plan->key_slots.push_back(index);
    }
    if (plan->key_slots.empty()) {
      for (FkSlot& fk : plan->fks) {
        if (!fk.cycle) continue;
        notes_.push_back(name + ": foreign key " + fk.label +
                         " closes a cycle and is left NULL: the table has no primary key (of "
                         "generated columns) to set it by afterwards");
        fk.cycle = false;
        fk.parents = nullptr;
        fk.unset = true;
      }
    }
  }

  for (Slot& slot : plan->slots) {
    if (slot.override != nullptr || slot.fk >= 0 || slot.plan.type.kind != TypeKind::kInteger) {
      continue;
    }
    const bool key = table.primary_key == std::vector<std::string>{slot.column->name};
    const bool serial =
        slot.column->default_sql && slot.column->default_sql->find("nextval(") != std::string::npos;
    if (!key && !serial) continue;
    slot.sequence = true;
    absl::StatusOr<std::vector<Row>> max =
        db_.Query("SELECT max(" + QuoteIdentifier(slot.column->name) + ") AS m FROM " +
                  QuoteIdentifier(name));
    if (!max.ok()) return max.status();
    const Value* m = max->empty() ? nullptr : max->front().Find("m");
    if (m != nullptr && m->kind() == ValueKind::kInt) slot.next = m->as_int() + 1;
  }

  if (!table.primary_key.empty()) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(
        AddUnique(plan, "PRIMARY KEY", table.primary_key));
  }
  for (const UniqueConstraint& u : table.uniques) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(AddUnique(plan, "UNIQUE " + u.name, u.columns));
  }
  {
    std::map<uint64_t, size_t> entity_of;  // by stream hash
    for (size_t i = 0; i < plan->slots.size(); ++i) {
      Slot& slot = plan->slots[i];
      const generate_internal::ColumnPlan& p = slot.plan;
      const bool fixed_or_custom =
          slot.override != nullptr && slot.override->kind() != ColumnGenerator::Kind::kFake;
      if (slot.left_out || fixed_or_custom || slot.fk >= 0 || slot.sequence ||
          p.rule.semantic != generate_internal::Semantic::kField ||
          !p.record_field.valid() || p.record_field.field().group.empty() || p.has_allowed) {
        continue;
      }
      auto [it, added] = entity_of.emplace(p.record_field.stream_hash(), plan->entities.size());
      if (added) plan->entities.emplace_back();
      plan->entities[it->second].push_back(i);
      slot.in_entity = true;
    }
  }
  {
    static constexpr std::string_view kStages[3][7] = {
        {"created_at", "created", "created_on", "inserted_at", "creation_date", "", ""},
        {"updated_at", "updated", "updated_on", "modified_at", "modified", "changed_at",
         "last_modified"},
        {"deleted_at", "deleted_on", "removed_at", "archived_at", "", "", ""}};
    for (const auto& names : kStages) {
      for (std::string_view stage : names) {
        if (stage.empty()) continue;
        const size_t index = slot_of(std::string(stage));
        if (index == plan->slots.size()) continue;
        const Slot& slot = plan->slots[index];
        const generate_internal::Semantic s = slot.plan.rule.semantic;
        if (slot.left_out || slot.override != nullptr || slot.fk >= 0 || slot.plan.has_allowed ||
            (s != generate_internal::Semantic::kTimestamp &&
             s != generate_internal::Semantic::kDate)) {
          continue;
        }
        plan->lifecycle.push_back(index);
        if (&names == &kStages[2] && !slot.in_unique) {
          // Most rows are not deleted: a soft-delete stamp is set in one row
          // in ten (with nulls at all), not in nine.
          plan->slots[index].null_rate = 0.9;
        }
        break;
      }
    }
  }
  if (!plan->stage_order.empty() && !plan->lifecycle.empty() &&
      std::find(plan->stage_order.begin(), plan->stage_order.end(), plan->lifecycle.front()) ==
          plan->stage_order.end()) {
    plan->stage_order.insert(plan->stage_order.begin(), plan->lifecycle.front());
  }
  for (Condition& c : plan->guarded) {
    const size_t guard = slot_of(c.guard), index = slot_of(c.column);
    if (guard == plan->slots.size() || index == plan->slots.size()) continue;
    const Slot& g = plan->slots[guard];
    if (g.left_out || g.override != nullptr || g.sequence) {
      notes_.push_back(name + ": CHECK (" + generate_internal::DescribeCondition(c) + ") is left to the engine: " +
                       c.guard + " is " + (g.left_out ? "left to its default" : "set otherwise"));
      continue;
    }
    plan->guards.push_back({guard, index, std::move(c)});
  }
  plan->guarded.clear();
  for (Slot& slot : plan->slots) {
    // An ending of a person's time somewhere (termination_date, left_on)
    // is, like a soft delete, the exception: one row in ten.
    const std::string c = ::gtest_data::internal::AsciiStrToLower(slot.column->name);
    const generate_internal::Semantic s = slot.plan.rule.semantic;
    const bool instant = s == generate_internal::Semantic::kTimestamp ||
                         s == generate_internal::Semantic::kDate ||
                         slot.plan.type.kind == TypeKind::kTimestamp ||
                         slot.plan.type.kind == TypeKind::kDate;
    if (instant && !slot.in_unique && slot.null_rate < 0 &&
        (c.rfind("terminat", 0) == 0 || c.rfind("resign", 0) == 0 ||
         c.rfind("dismiss", 0) == 0 || c == "left_on" || c == "left_at" || c == "left_date" ||
         c == "leaving_date" || c == "exit_date" || c == "closed_on" || c == "closed_at" ||
         c == "closure_date" || c == "closing_date" || c == "dissolved_on")) {
      slot.null_rate = 0.9;
    }
  }
  for (const Slot& slot : plan->slots) {
    if (!slot.left_out) plan->columns.push_back(slot.column->name);
  }
  return absl::OkStatus();
}

absl::Status Generator::LinkFeeds() {
  std::set<std::pair<const TablePlan*, const ParentKeys*>> linked;
  for (TablePlan& child : plans_) {
    for (const FkSlot& fk : child.fks) {
      if (fk.unset) continue;
      for (TablePlan& parent : plans_) {
        if (parent.table->name != fk.key->parent_table || parent.rows == 0) continue;
        std::vector<size_t> slots;
        for (const std::string& column : fk.key->parent_columns) {
          size_t index = 0;
          while (index < parent.slots.size() && parent.slots[index].column->name != column) ++index;
          if (index == parent.slots.size()) {
            return absl::FailedPreconditionError(
                "generate: " + child.table->name + ": the foreign key " + fk.label +
                " names column " + column + ", which " + parent.table->name + " lacks");
          }
          if (parent.slots[index].left_out && child.rows > 0) {
            return absl::InvalidArgumentError(
                "generate: options.columns: " + parent.table->name + "." + column +
                " is left to its default, but the foreign key " + fk.label + " of " +
                child.table->name + " needs its values");
          }
          slots.push_back(index);
        }
        if (!fk.agree_parent_column.empty()) {
          size_t index = 0;
          while (index < parent.slots.size() &&
                 parent.slots[index].column->name != fk.agree_parent_column) {
            ++index;
          }
          if (index == parent.slots.size() || parent.slots[index].left_out) {
            return absl::InvalidArgumentError(
                "generate: options.agree: " + parent.table->name + "." + fk.agree_parent_column +
                " is not generated, so " + child.table->name + "'s " + fk.label +
                " cannot agree with it");
          }
          slots.push_back(index);
        }
        // Only a child that gets rows needs the parent's generated keys.
        if (child.rows > 0 && linked.insert({&parent, fk.parents}).second) {
          parent.feeds.emplace_back(std::move(slots), fk.parents);
          fk.parents->generated += parent.rows;
        }
      }
    }
  }
  for (const TablePlan& plan : plans_) {
    if (plan.rows == 0) continue;
    for (const FkSlot& fk : plan.fks) {
      if (!fk.unset && !fk.nullable && fk.parents->empty() && fk.parents->generated == 0) {
        return absl::FailedPreconditionError(
            "generate: " + plan.table->name + ": the NOT NULL foreign key " + fk.label +
            " needs parent rows, and " + fk.key->parent_table +
            " has none; fill it too (options.tables) or give it rows");
      }
    }
  }
  return absl::OkStatus();
}

// What a value of `slot` must be, for messages: "fits varchar(6)" or
// "satisfies qty >= 1 AND qty <= 10".
std::string FitDescription(const Slot& slot) {
  std::vector<std::string> parts;
  const generate_internal::ColumnPlan& p = slot.plan;
  if (p.rule.semantic == generate_internal::Semantic::kField && p.max_chars >= 0) {
    parts.push_back(std::string(p.rule.field->name) + " in at most " +
                    std::to_string(p.max_chars) + " characters");
  }
  if (p.rule.semantic == generate_internal::Semantic::kField && p.min_chars > 0) {
    parts.push_back(std::string(p.rule.field->name) + " in at least " +
                    std::to_string(p.min_chars) + " characters");
  }
  std::vector<std::string> described;
  for (const Condition& c : p.conditions) {
    described.push_back(generate_internal::DescribeCondition(c));
  }
  if (!described.empty()) parts.push_back("satisfies " + StrJoin(described, " AND "));
  return StrJoin(parts, " and ");
}

// a * b / c, rounded down, for a <= c and b <= c (so the result fits).
int64_t MulDiv(uint64_t a, uint64_t b, uint64_t c) {
  // Long division of the 128-bit product, one bit at a time: exact on
  // every platform, with or without a 128-bit integer type.
  uint64_t hi = 0, lo = 0;
  for (int bit = 63; bit >= 0; --bit) {  // (hi, lo) = a * b
    hi = (hi << 1) | (lo >> 63);
    lo <<= 1;
    if ((b >> bit) & 1) {
      const uint64_t before = lo;
      lo += a;
      hi += lo < before ? 1 : 0;
    }
  }
  uint64_t quotient = 0, rest = 0;
  for (int bit = 127; bit >= 0; --bit) {
    const uint64_t next = bit >= 64 ? (hi >> (bit - 64)) & 1 : (lo >> bit) & 1;
    const bool carry = (rest >> 63) != 0;
    rest = (rest << 1) | next;
    if (carry || rest >= c) {
      rest -= c;
      if (bit < 64) quotient |= uint64_t{1} << bit;
    }
  }
  return static_cast<int64_t>(quotient);
}

// The number of combinations of `components` (1 for none; 2^62 for more).
uint64_t DomainOf(const std::vector<Component>& components) {
  uint64_t domain = 1;
  for (const Component& c : components) {
    if (c.size == 0) return 0;
    domain = domain > (uint64_t{1} << 62) / c.size ? (uint64_t{1} << 62) : domain * c.size;
  }
  return domain;
}

absl::Status Generator::PlanUniques(TablePlan& plan) {
  // Narrow constraints first, so that UNIQUE (email) is built before a
  // PRIMARY KEY (id, email) that it already makes unique.
  std::stable_sort(plan.uniques.begin(), plan.uniques.end(),
                   [](const UniqueSlot& a, const UniqueSlot& b) {
                     return a.slots.size() < b.slots.size();
                   });
  std::vector<std::vector<size_t>> unique_sets;  // column sets unique already
  for (size_t i = 0; i < plan.slots.size(); ++i) {
    if (plan.slots[i].sequence) unique_sets.push_back({i});
  }
  std::vector<char> assigned(plan.slots.size(), 0);
  for (UniqueSlot& unique : plan.uniques) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(PlanUnique(plan, unique, &unique_sets, &assigned));
  }
  return absl::OkStatus();
}

absl::Status Generator::PlanUnique(TablePlan& plan, UniqueSlot& unique,
                                   std::vector<std::vector<size_t>>* unique_sets,
                                   std::vector<char>* assigned) {
  using Way = UniqueSlot::Way;
  auto in_unique = [&](size_t slot) {
    return std::find(unique.slots.begin(), unique.slots.end(), slot) != unique.slots.end();
  };
  for (const std::vector<size_t>& set : *unique_sets) {
    if (std::all_of(set.begin(), set.end(), in_unique)) return absl::OkStatus();  // kImplied
  }
  for (const FkSlot& fk : plan.fks) {
    // A UNIQUE key that closes a cycle: FillCycles gives it distinct parents.
    if (fk.cycle && fk.unique && fk.slots.size() == unique.slots.size() &&
        std::all_of(fk.slots.begin(), fk.slots.end(), in_unique)) {
      return absl::OkStatus();
    }
  }
  const bool nulls = options_.null_probability > 0;
  const uint64_t needed =
      static_cast<uint64_t>(plan.existing_rows) + static_cast<uint64_t>(plan.rows);
  std::vector<char> handled(plan.slots.size(), 0);
  std::vector<std::string> uncontrolled;  // columns set by something else
  std::vector<std::string> unmakeable;    // columns generation cannot make distinct
  std::optional<size_t> carrier;
  // Foreign keys wholly inside the constraint vary by their parents.
  for (size_t f = 0; f < plan.fks.size(); ++f) {
    const FkSlot& fk = plan.fks[f];
    if (!std::all_of(fk.slots.begin(), fk.slots.end(), in_unique)) continue;
    for (size_t slot : fk.slots) handled[slot] = 1;
    const bool free = std::none_of(fk.slots.begin(), fk.slots.end(),
                                   [&](size_t slot) { return (*assigned)[slot] != 0; });
    if (!free || fk.cycle || fk.unset || fk.key->parent_table == plan.table->name ||
        !fk.agree_parent_column.empty()) {
      uncontrolled.push_back(fk.label);
      continue;
    }
    unique.nullable = unique.nullable || (fk.nullable && nulls);
    unique.components.push_back(
        {static_cast<int>(f), 0,
         fk.parents->size() + static_cast<uint64_t>(fk.parents->generated)});
  }
  for (size_t index : unique.slots) {
    if (handled[index]) continue;
    const Slot& slot = plan.slots[index];
    const bool fixed_override =
        slot.override != nullptr && slot.override->kind() == ColumnGenerator::Kind::kFixed;
    if (fixed_override) continue;
    if ((*assigned)[index] || slot.fk >= 0 ||
        (slot.override != nullptr && slot.override->kind() == ColumnGenerator::Kind::kCustom)) {
      uncontrolled.push_back(slot.column->name);
      continue;
    }
    unique.nullable = unique.nullable || (!slot.plan.not_null && nulls);
    const uint64_t size = generate_internal::DomainSize(slot.plan);
    if (size > 0) {
      unique.components.push_back({-1, index, size});
    } else if (!carrier &&
               generate_internal::CarrierCapacity(
                   slot.plan, generate_internal::IndexWidth(needed)) > 0) {
      carrier = index;
    } else if (generate_internal::ListValued(slot.plan) && unique.slots.size() == 1) {
      return absl::InvalidArgumentError(
          "generate: " + plan.table->name + ": " + unique.label + ": " + slot.column->name +
          " takes its values from a short list (" +
          std::string(slot.plan.rule.field != nullptr ? slot.plan.rule.field->name
                      : slot.plan.rule.semantic == generate_internal::Semantic::kCurrency
                          ? "ISO 4217 currency codes"
                          : "a code list") +
          "), which leaves no room for a distinct index, so generation cannot keep it "
          "unique: override the column (options.columns) or give it no rows");
    } else {
      unmakeable.push_back(slot.column->name + " (" + slot.column->type + ")");
    }
  }
  if (!unmakeable.empty() && !carrier &&
      (unique.components.empty() || DomainOf(unique.components) < needed)) {
    // Not set by anything else: generation itself cannot make it distinct.
    return absl::InvalidArgumentError(
        "generate: " + plan.table->name + ": " + unique.label + ": generation cannot make " +
        StrJoin(unmakeable, ", ") + " distinct from row to row" +
        (unique.components.empty() ? std::string()
                                   : ", and the other columns allow only " +
                                         std::to_string(DomainOf(unique.components)) +
                                         " combinations for " + std::to_string(needed) +
                                         " rows") +
        ": override the column (options.columns) or give the table no rows");
  }
  const std::string where = "generate: " + plan.table->name + ": " + unique.label;
  if (carrier) {
    const generate_internal::ColumnPlan& column = plan.slots[*carrier].plan;
    unique.way = Way::kCarrier;
    unique.carrier = *carrier;
    unique.components.clear();
    unique.width = generate_internal::IndexWidth(needed);
    const uint64_t capacity = generate_internal::CarrierCapacity(column, unique.width);
    unique.positions = generate_internal::CarriesAsCode(column, unique.width)
                           ? std::min<uint64_t>(capacity, uint64_t{1} << 62)
                           : std::max<uint64_t>(needed, 1);
    if (capacity < needed) {
      return absl::InvalidArgumentError(where + " allows only " + std::to_string(capacity) +
                                        " distinct values, too few for " +
                                        std::to_string(plan.rows) + " rows (" +
                                        std::to_string(plan.existing_rows) +
                                        " already in the table)");
    }
    (*assigned)[*carrier] = 1;
    unique_sets->push_back({*carrier});
  } else if (uncontrolled.empty() ||
             (!unique.components.empty() && DomainOf(unique.components) >= needed)) {
    const uint64_t domain = DomainOf(unique.components);
    if (domain < needed && !unique.nullable) {
      return absl::InvalidArgumentError(where + " allows only " + std::to_string(domain) +
                                        " distinct values, too few for " +
                                        std::to_string(plan.rows) + " rows (" +
                                        std::to_string(plan.existing_rows) +
                                        " already in the table)");
    }
    if (unique.components.empty()) return absl::OkStatus();  // fixed values, at most one row
    if (domain < needed) {
      // Nullable and too small for every row: whether a row's value is
      // NULL is known now (IsNull), so the rows that need a distinct one
      // are counted here rather than found short in the middle of the run.
      const uint64_t valued = ValuedRows(plan, unique);
      if (valued + static_cast<uint64_t>(plan.existing_rows) > domain) {
        return absl::InvalidArgumentError(
            where + " allows only " + std::to_string(domain) + " distinct values, too few for " +
            std::to_string(valued) + " of the " + std::to_string(plan.rows) +
            " rows that are not NULL there (" + std::to_string(plan.existing_rows) +
            " already in the table): fewer rows, or widen the columns' CHECKs");
      }
    }
    unique.way = Way::kRadix;
    if (unique.components.size() == 2 && unique.components[0].fk >= 0 &&
        unique.components[1].fk < 0 && !unique.nullable && plan.existing_rows == 0) {
      FkSlot& fk = plan.fks[static_cast<size_t>(unique.components[0].fk)];
      if (!fk.nullable && (fk.shape == nullptr ||
                           fk.shape->kind() != ChildrenPerParent::Kind::kZipf)) {
        unique.way = Way::kGrouped;
        fk.grouped = true;
      }
    }
    unique.positions = domain;
    std::vector<size_t> set;
    for (const Component& c : unique.components) {
      if (c.fk >= 0) {
        for (size_t slot : plan.fks[static_cast<size_t>(c.fk)].slots) set.push_back(slot);
      } else {
        set.push_back(c.slot);
      }
    }
    for (size_t slot : set) (*assigned)[slot] = 1;
    unique_sets->push_back(std::move(set));
  } else {
    notes_.push_back(plan.table->name + ": " + unique.label +
                     " is not made unique by generation: " + StrJoin(uncontrolled, ", ") +
                     (uncontrolled.size() == 1 ? " is" : " are") +
                     " set otherwise (an override, a self-reference or another key); the "
                     "engine checks it at insert");
    return absl::OkStatus();
  }
  // The tuples already in the table, of the columns a row varies.
  if (plan.existing_rows > 0) {
    std::vector<std::string> columns;
    if (unique.way == Way::kCarrier) {
      columns.push_back(plan.slots[unique.carrier].column->name);
    } else {
      for (size_t slot : unique.slots) columns.push_back(plan.slots[slot].column->name);
    }
    absl::StatusOr<std::vector<std::vector<Value>>> taken = ReadTuples(plan.table->name, columns);
    if (!taken.ok()) return taken.status();
    for (const std::vector<Value>& tuple : *taken) {
      unique.existing.Insert(KeyFingerprint(TupleKey(tuple)));
    }
  }
  return absl::OkStatus();
}

absl::Status Generator::StartShapes(TablePlan& plan) {
  for (FkSlot& fk : plan.fks) {
    if (!fk.agree_parent_column.empty() && fk.parents != nullptr) {
      fk.by_agreement.clear();
      Value scratch;
      for (size_t i = 0; i < fk.parents->size(); ++i) {
        fk.by_agreement[KeyText(fk.parents->Last(i, &scratch))].push_back(i);
      }
    }
    if (fk.shape == nullptr || fk.parents == nullptr) continue;
    const uint64_t n = fk.parents->size();
    fk.order.emplace(n, DeriveSeed(fk.seed, "children"));
    fk.cursor = fk.round = 0;
    fk.left = 0;
    fk.round_gave_any = false;
    if (fk.shape->kind() == ChildrenPerParent::Kind::kZipf && n > 0) {
      // Weight 2^40 / k^s for rank k (integers: the same on every platform).
      std::vector<uint64_t> weights(n);
      for (uint64_t k = 1; k <= n; ++k) {
        uint64_t power = 1;
        bool over = false;
        for (int64_t e = 0; e < fk.shape->lo() && !over; ++e) {
          over = power > (uint64_t{1} << 40) / k;
          power *= k;
        }
        weights[k - 1] = over ? 0 : (uint64_t{1} << 40) / power;
      }
      fk.zipf.emplace(weights);
    }
  }
  return absl::OkStatus();
}

absl::Status Generator::StartUniques(TablePlan& plan) {
  for (UniqueSlot& unique : plan.uniques) {
    if (unique.way == UniqueSlot::Way::kImplied) continue;
    if (unique.way == UniqueSlot::Way::kRadix || unique.way == UniqueSlot::Way::kGrouped) {
      // The parents are all there now (generated ones too): their number,
      // not the bound the plan had.
      for (Component& c : unique.components) {
        if (c.fk >= 0) c.size = plan.fks[static_cast<size_t>(c.fk)].parents->size();
      }
      unique.positions = DomainOf(unique.components);
    }
    if (unique.way == UniqueSlot::Way::kGrouped) {
      const FkSlot& fk = plan.fks[static_cast<size_t>(unique.components[0].fk)];
      unique.next_parent = 0;
      unique.parent_left = 0;
      unique.rows_left = plan.rows;
      unique.round = 0;
      unique.round_gave_any = false;
      unique.given.assign(fk.shape == nullptr ? 0 : fk.parents->size(), 0);
      continue;
    }
    std::string stream = "unique";
    for (size_t slot : unique.slots) stream += ":" + plan.slots[slot].column->name;
    unique.permutation.emplace(unique.positions, DeriveSeed(plan.seed, stream));
    unique.cursor = 0;
  }
  return absl::OkStatus();
}

absl::Status Generator::KeepUnique(TablePlan& plan, UniqueSlot& unique, int64_t row,
                                   std::vector<Value>& values) {
  using Way = UniqueSlot::Way;
  if (unique.way == Way::kImplied) return absl::OkStatus();
  auto exhausted = [&]() {
    return absl::InvalidArgumentError(
        "generate: " + plan.table->name + "[" + std::to_string(row) + "]: " + unique.label +
        " has no distinct value left: " + std::to_string(unique.positions) +
        " combinations, " + std::to_string(plan.existing_rows) + " rows already in the table, " +
        std::to_string(plan.rows) + " rows asked (fewer rows, or widen the columns' CHECKs)");
  };
  auto satisfies = [&](size_t slot, const Value& value) {
    for (const Condition& c : plan.slots[slot].plan.conditions) {
      if (!generate_internal::Satisfies(value, c)) return false;
    }
    return true;
  };
  auto free_of_existing = [&](const std::vector<size_t>& slots) {
    if (unique.existing.size() == 0) return true;
    std::vector<Value> tuple;
    for (size_t slot : slots) tuple.push_back(values[slot]);
    return !unique.existing.Contains(KeyFingerprint(TupleKey(tuple)));
  };
  if (unique.way == Way::kGrouped) return KeepGrouped(plan, unique, row, values);
  if (unique.way == Way::kCarrier) {
    if (values[unique.carrier].is_null()) return absl::OkStatus();
    const Value drawn = values[unique.carrier];
    const generate_internal::ColumnPlan& column = plan.slots[unique.carrier].plan;
    // A value with an index woven in that a CHECK refuses again and again
    // (a LIKE pattern the weave breaks) is the column's form, not bad luck:
    // said, rather than walking a domain of 36^8 codes.
    constexpr int kMostRefused = 1000;
    int refused = 0, scanned = 0;
    while (unique.cursor < unique.positions) {
      ++scanned;
      Value woven = drawn;
      GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(generate_internal::WeaveIndex(
          column, unique.permutation->At(unique.cursor++), unique.width, &woven));
      if (!satisfies(unique.carrier, woven)) {
        if (++refused == kMostRefused) {
          return absl::InvalidArgumentError(
              "generate: " + plan.table->name + "[" + std::to_string(row) + "]: " +
              unique.label + ": " + std::to_string(kMostRefused) + " values of " +
              column.column + " in a row made distinct (\"" + woven.ToString() +
              "\", ...) break its CHECK; generation cannot keep both: override the column "
              "(options.columns) with values that satisfy it");
        }
        continue;
      }
      std::swap(values[unique.carrier], woven);
      if (free_of_existing({unique.carrier})) return absl::OkStatus();
    }
    if (refused > 0 && refused == scanned) {
      // Not too few values: the index woven into them breaks the CHECK.
      return absl::InvalidArgumentError(
          "generate: " + plan.table->name + "[" + std::to_string(row) + "]: " + unique.label +
          ": " + std::to_string(refused) + " of the values of " + column.column +
          " made distinct (an index woven in as digits) break its CHECK; generation cannot "
          "keep both: override the column (options.columns) with values that satisfy it");
    }
    return exhausted();
  }
  for (const Component& c : unique.components) {
    const size_t first =
        c.fk >= 0 ? plan.fks[static_cast<size_t>(c.fk)].slots.front() : c.slot;
    if (values[first].is_null()) return absl::OkStatus();  // NULLs never collide
  }
  // As for a carrier: combinations a CHECK keeps refusing are the columns'
  // form (a LIKE pattern over a code), not bad luck.
  constexpr int kMostRefusedCombinations = 100000;
  int refused = 0;
  while (unique.cursor < unique.positions) {
    if (refused++ == kMostRefusedCombinations) {
      return absl::InvalidArgumentError(
          "generate: " + plan.table->name + "[" + std::to_string(row) + "]: " + unique.label +
          ": " + std::to_string(kMostRefusedCombinations) +
          " distinct combinations in a row break the columns' CHECKs; generation cannot keep "
          "both: override the columns (options.columns) with values that satisfy them");
    }
    uint64_t t = unique.permutation->At(unique.cursor++);
    bool ok = true;
    for (size_t i = unique.components.size(); i-- > 0 && ok;) {
      const Component& c = unique.components[i];
      const uint64_t digit = t % c.size;
      t /= c.size;
      if (c.fk >= 0) {
        FkSlot& fk = plan.fks[static_cast<size_t>(c.fk)];
        for (size_t k = 0; k < fk.slots.size(); ++k) {
          values[fk.slots[k]] = fk.parents->Get(static_cast<size_t>(digit), k);
          fk.chosen = static_cast<size_t>(digit);
        }
      } else {
        std::optional<Value> value =
            generate_internal::ValueAtIndex(plan.slots[c.slot].plan, digit, sqlite_);
        ok = value.has_value() && satisfies(c.slot, *value);
        if (ok) values[c.slot] = *std::move(value);
      }
    }
    if (ok && free_of_existing(unique.slots)) return absl::OkStatus();
  }
  return exhausted();
}

absl::Status Generator::KeepGrouped(TablePlan& plan, UniqueSlot& unique, int64_t row,
                                    std::vector<Value>& values) {
  FkSlot& fk = plan.fks[static_cast<size_t>(unique.components[0].fk)];
  const size_t column = unique.components[1].slot;
  const uint64_t capacity = unique.components[1].size;  // rows a parent can take
  const uint64_t parents = fk.parents->size();
  const uint64_t counts_seed = DeriveSeed(fk.seed, "group");
  while (unique.parent_left == 0) {
    if (unique.next_parent == parents) {
      // Only a shape ends a round with rows left: the parents take more, in
      // the same order, numbered on from where they stopped.
      if (fk.shape == nullptr || !unique.round_gave_any) {
        return absl::InvalidArgumentError(
            "generate: " + plan.table->name + "[" + std::to_string(row) + "]: " +
            (fk.shape == nullptr ? unique.label + " has no parent left for the row"
                                 : "options.children gives every parent of " + fk.label +
                                       " no children, and rows are still asked"));
      }
      unique.next_parent = 0;
      ++unique.round;
      unique.round_gave_any = false;
    }
    const uint64_t p = unique.next_parent++;
    const uint64_t taken = fk.shape == nullptr ? 0 : unique.given[p];
    const uint64_t room = capacity - taken;
    Rng rng(DeriveIndexSeed(counts_seed, unique.round * parents + p));
    const uint64_t r = static_cast<uint64_t>(unique.rows_left);
    uint64_t count = 0;
    if (fk.shape == nullptr) {
      // The rows left spread over the parents left as random parents would
      // spread them (a binomial with p = 1 / parents left); the last parent
      // takes the rest. No parent takes more than its column allows, and
      // none so few that the rest cannot fit.
      const uint64_t q = parents - p;
      count = q == 1 ? r : static_cast<uint64_t>(Binomial(rng, static_cast<int64_t>(r),
                                                             1.0 / static_cast<double>(q)));
      count = std::min(count, capacity);
      if ((q - 1) <= r / std::max<uint64_t>(capacity, 1) && r > (q - 1) * capacity) {
        count = std::max(count, r - (q - 1) * capacity);
      }
    } else {
      int64_t drawn = 0;
      switch (fk.shape->kind()) {
        case ChildrenPerParent::Kind::kFixed: drawn = fk.shape->lo(); break;
        case ChildrenPerParent::Kind::kUniform:
          drawn = UniformInt(rng, fk.shape->lo(), fk.shape->hi());
          break;
        default: drawn = Poisson(rng, fk.shape->mean()); break;
      }
      count = std::min({static_cast<uint64_t>(std::max<int64_t>(drawn, 0)), room, r});
      unique.round_gave_any = unique.round_gave_any || count > 0;
    }
    unique.current_parent = static_cast<size_t>(p);
    unique.parent_left = static_cast<int64_t>(count);
    unique.ordinal = taken;
    if (taken == 0 && count > 0 && capacity > 2 * count && IsInstant(plan.slots[column].plan)) {
      // A date or timestamp (UNIQUE (employee_id, work_day)): each parent's
      // run of days starts at a day of its own, not all at the range's
      // first, with room left for values a CHECK refuses.
      unique.ordinal = UniformBelow(rng, capacity - 2 * count + 1);
    }
  }
  --unique.parent_left;
  --unique.rows_left;
  for (size_t k = 0; k < fk.slots.size(); ++k) {
    values[fk.slots[k]] = fk.parents->Get(unique.current_parent, k);
    fk.chosen = unique.current_parent;
  }
  while (unique.ordinal < capacity) {
    std::optional<Value> value =
        generate_internal::ValueAtIndex(plan.slots[column].plan, unique.ordinal++, sqlite_);
    bool ok = value.has_value();
    for (const Condition& c : plan.slots[column].plan.conditions) {
      ok = ok && generate_internal::Satisfies(*value, c);
    }
    if (ok) {
      values[column] = *std::move(value);
      if (!unique.given.empty()) unique.given[unique.current_parent] = unique.ordinal;
      return absl::OkStatus();
    }
  }
  return absl::InvalidArgumentError(
      "generate: " + plan.table->name + "[" + std::to_string(row) + "]: " + unique.label +
      ": the parent's rows have used every value of " + plan.slots[column].column->name +
      " that its CHECKs allow (" + std::to_string(capacity) + ")");
}

bool Generator::IsCountriesTable(const std::string& table) const {
  auto known = countries_tables_.find(table);
  if (known != countries_tables_.end()) return known->second;
  bool countries = false;
  const std::string lower = ::gtest_data::internal::AsciiStrToLower(table);
  const Table* listed = schema_.Find(table);
  if (generate_internal::IsCountriesTableName(lower)) {
    countries = true;
  } else if (listed != nullptr) {
    // The child column names a country by its words (country_code,
    // home_country, nationality; not country_currency), and points at a
    // short text code that is its table's key.
    auto names_country = [](const std::string& column) {
      const std::string c = ::gtest_data::internal::AsciiStrToLower(column);
      for (std::string_view end : {"country", "country_code", "country_id", "country_iso",
                                   "country_iso2", "country_iso3", "nationality"}) {
        if (c == end || (c.size() > end.size() + 1 &&
                         c.compare(c.size() - end.size(), end.size(), end) == 0 &&
                         c[c.size() - end.size() - 1] == '_')) {
          return true;
        }
      }
      return false;
    };
    for (const Table& child : schema_.tables) {
      for (const ForeignKey& key : child.foreign_keys) {
        if (countries || key.parent_table != table || key.columns.size() != 1 ||
            key.parent_columns.size() != 1 || !names_country(key.columns.front())) {
          continue;
        }
        const std::vector<std::string> code_key{key.parent_columns.front()};
        bool keyed = listed->primary_key == code_key;
        for (const UniqueConstraint& u : listed->uniques) keyed = keyed || u.columns == code_key;
        const Column* code = listed->FindColumn(key.parent_columns.front());
        if (!keyed || code == nullptr) continue;
        const generate_internal::ColumnType type =
            generate_internal::ParseColumnType(code->type, sqlite_);
        countries = type.kind == generate_internal::TypeKind::kText && type.max_chars >= 2 &&
                    type.max_chars <= 3;
      }
    }
  }
  countries_tables_.emplace(table, countries);
  return countries;
}

absl::Status Generator::Prepare() {
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(ValidateOptions(schema_, options_, *locale_));
  std::vector<std::string> tables;
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(ChooseTables(&tables));
  absl::StatusOr<SeedPlan> seed_plan = PlanSeeding(schema_, tables);
  if (!seed_plan.ok()) return seed_plan.status();
  plans_.resize(seed_plan->order.size());
  for (size_t i = 0; i < plans_.size(); ++i) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(
        PlanTable(seed_plan->order[i], *seed_plan, &plans_[i]));
  }
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(LinkFeeds());
  PlanBirths();
  for (TablePlan& plan : plans_) {
    if (plan.rows > 0) GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(PlanUniques(plan));
  }
  return absl::OkStatus();
}

absl::Status Generator::DrawSlot(TablePlan& plan, size_t index, int64_t row, bool null,
                                 Value* out) {
  const Slot& slot = plan.slots[index];
  auto where = [&]() {
    return "generate: " + plan.table->name + "." + slot.column->name + "[" +
           std::to_string(row) + "]";
  };
  if (null) {
    *out = Value();
    return absl::OkStatus();
  }
  if (slot.sequence) {
    if (slot.next > slot.plan.type.max - row) {
      return absl::InvalidArgumentError(where() + ": the sequence passes the type's largest value");
    }
    *out = Value(slot.next + row);
    return absl::OkStatus();
  }
  // Draw k of a row: the first from the row's stream, later ones (a CHECK
  // failed) from a stream of their own.
  auto seed = [&](uint64_t k) {
    return k == 0 ? DeriveIndexSeed(slot.seed, static_cast<uint64_t>(row))
                  : DeriveIndexSeed(
                        DeriveIndexSeed(DeriveSeed(slot.seed, "again"), static_cast<uint64_t>(row)),
                        k);
  };
  if (slot.override != nullptr) {
    if (slot.override->kind() == ColumnGenerator::Kind::kFixed) {
      *out = slot.override->value();
      return absl::OkStatus();
    }
    if (slot.override->kind() == ColumnGenerator::Kind::kCustom) {
      Rng rng(seed(0));
      *out = slot.override->function()(rng, row);
      return absl::OkStatus();
    }
  }
  for (int j = 0; j < options_.max_attempts; ++j) {
    const uint64_t k = static_cast<uint64_t>(j);
    Rng rng(seed(k));
    // The row's record (fake/fields.h) for the first draw; a redraw (a
    // CHECK failed) moves this column alone to a record of its own.
    const uint64_t record =
        k == 0 ? fake::RecordSeed(plan.seed, static_cast<uint64_t>(row))
               : DeriveIndexSeed(DeriveIndexSeed(DeriveSeed(slot.seed, "record"),
                                                 static_cast<uint64_t>(row)),
                                 k);
    absl::StatusOr<Value> value =
        generate_internal::DrawValue(slot.plan, rng, row_fields_, record, sqlite_);
    if (!value.ok()) {
      return absl::Status(value.status().code(),
                          where() + ": " + std::string(value.status().message()));
    }
    if (generate_internal::FitsColumn(slot.plan, *value)) {
      *out = *std::move(value);
      return absl::OkStatus();
    }
  }
  if (row_fields_.locale != fields_.locale) {
    // The row's country's values never fit (a GB postcode under a GLOB of
    // five digits): the run's locale's, as the column was planned with.
    return InRunLocale([&] { return DrawSlot(plan, index, row, null, out); });
  }
  return absl::InvalidArgumentError(where() + ": no value drawn in " +
                                    std::to_string(options_.max_attempts) + " attempts fits (" +
                                    FitDescription(slot) + "); override the column");
}

absl::Status Generator::DrawEntity(TablePlan& plan, const std::vector<size_t>& slots, int64_t row,
                                   const std::vector<char>& null, std::vector<Value>* values) {
  const uint64_t r = static_cast<uint64_t>(row);
  const uint64_t record = fake::RecordSeed(plan.seed, r);
  for (int k = 0; k < options_.max_attempts; ++k) {
    // Draw k of the entity: the row's record first, then records of the
    // row's own ("again", k), the same for each of the entity's columns.
    const uint64_t seed =
        k == 0 ? record : DeriveIndexSeed(DeriveSeed(record, "again"), static_cast<uint64_t>(k));
    bool fits = true;
    for (size_t i : slots) {
      if (null[i]) {
        (*values)[i] = Value();
        continue;
      }
      const Slot& slot = plan.slots[i];
      Rng rng(DeriveIndexSeed(slot.seed, r));
      absl::StatusOr<Value> value =
          generate_internal::DrawValue(slot.plan, rng, row_fields_, seed, sqlite_);
      if (!value.ok()) {
        return absl::Status(value.status().code(), "generate: " + plan.table->name + "." +
                                                       slot.column->name + "[" +
                                                       std::to_string(row) + "]: " +
                                                       std::string(value.status().message()));
      }
      fits = fits && generate_internal::FitsColumn(slot.plan, *value);
      (*values)[i] = *std::move(value);
      if (!fits) break;
    }
    if (fits) return absl::OkStatus();
  }
  if (row_fields_.locale != fields_.locale) {
    // As for one column (DrawSlot): the run's locale's entity, then.
    return InRunLocale([&] { return DrawEntity(plan, slots, row, null, values); });
  }
  // Name the column that never fitted.
  std::vector<std::string> what;
  for (size_t i : slots) {
    what.push_back(plan.slots[i].column->name + " (" + FitDescription(plan.slots[i]) + ")");
  }
  return absl::InvalidArgumentError(
      "generate: " + plan.table->name + "[" + std::to_string(row) + "]: no " +
      std::string(plan.slots[slots.front()].plan.record_field.field().group) + " drawn in " +
      std::to_string(options_.max_attempts) + " attempts fits every column of it: " +
      StrJoin(what, ", ") + "; override a column or widen it");
}

absl::Status Generator::DrawForeignKey(TablePlan& plan, size_t index, int64_t row, bool null,
                                       std::vector<Value>* values) {
  const FkSlot& fk = plan.fks[index];
  if (fk.cycle || fk.unset || null || (fk.parents->empty() && fk.nullable)) {
    for (size_t slot : fk.slots) (*values)[slot] = Value();
    return absl::OkStatus();
  }
  const ParentKeys& tuples = *fk.parents;
  if (tuples.empty()) {
    return absl::FailedPreconditionError(
        "generate: " + plan.table->name + "[" + std::to_string(row) +
        "]: the NOT NULL foreign key " + fk.label + " has no parent row to point at" +
        (fk.key->parent_table == plan.table->name ? " (a self-reference points at earlier rows)"
                                                  : ""));
  }
  if (fk.grouped) return absl::OkStatus();  // KeepGrouped chooses the parent
  const uint64_t r = static_cast<uint64_t>(row);
  size_t chosen = 0;
  if (!fk.agree_parent_column.empty()) {
    // Among the parents whose column equals the row's own (an order's
    // shipping address among its customer's addresses).
    const Value& own = (*values)[fk.agree_slot];
    const auto match = own.is_null() ? fk.by_agreement.end() : fk.by_agreement.find(KeyText(own));
    if (match == fk.by_agreement.end()) {
      if (fk.nullable) {
        for (size_t slot : fk.slots) (*values)[slot] = Value();
        return absl::OkStatus();
      }
      return absl::FailedPreconditionError(
          "generate: " + plan.table->name + "[" + std::to_string(row) + "]: the NOT NULL key " +
          fk.label + " must agree on " + fk.agree_parent_column + " = " +
          (own.is_null() ? std::string("NULL") : KeyText(own)) + ", and no " +
          fk.key->parent_table + " row has it (give each parent one: options.children)");
    }
    Rng rng(DeriveIndexSeed(fk.seed, r));
    chosen = match->second[UniformBelow(rng, match->second.size())];
  } else if (fk.shape == nullptr) {
    Rng rng(DeriveIndexSeed(fk.seed, r));
    chosen = static_cast<size_t>(UniformBelow(rng, tuples.size()));
  } else if (fk.shape->kind() == ChildrenPerParent::Kind::kZipf) {
    Rng rng(DeriveIndexSeed(fk.seed, r));
    chosen = static_cast<size_t>(fk.order->At(fk.zipf->Draw(rng)));
  } else {
    FkSlot& walk = plan.fks[index];
    while (walk.left == 0) {
      if (walk.cursor == walk.order->size()) {
        if (!walk.round_gave_any) {
          return absl::InvalidArgumentError(
              "generate: " + plan.table->name + "[" + std::to_string(row) + "]: options.children "
              "gives every parent of " + fk.label + " no children, and rows are still asked");
        }
        walk.cursor = 0;
        ++walk.round;
        walk.round_gave_any = false;
      }
      const uint64_t position = walk.cursor++;
      Rng rng(DeriveIndexSeed(DeriveSeed(fk.seed, "count"),
                              walk.round * walk.order->size() + position));
      switch (fk.shape->kind()) {
        case ChildrenPerParent::Kind::kFixed: walk.left = fk.shape->lo(); break;
        case ChildrenPerParent::Kind::kUniform:
          walk.left = UniformInt(rng, fk.shape->lo(), fk.shape->hi());
          break;
        default: walk.left = Poisson(rng, fk.shape->mean()); break;
      }
      walk.current = static_cast<size_t>(walk.order->At(position));
      walk.round_gave_any = walk.round_gave_any || walk.left > 0;
    }
    --walk.left;
    chosen = walk.current;
  }
  plan.fks[index].chosen = chosen;
  for (size_t i = 0; i < fk.slots.size(); ++i) (*values)[fk.slots[i]] = tuples.Get(chosen, i);
  return absl::OkStatus();
}

absl::Status Generator::GenerateRow(TablePlan& plan, int64_t row, Row* out) {
  const size_t n = plan.slots.size();
  auto is_null = [&](uint64_t seed) { return IsNull(seed, row); };
  std::vector<Value>& values = plan.values;
  std::vector<char>& null = plan.null;
  values.resize(n);
  for (Value& v : values) v = Value();
  null.assign(n, 0);
  row_fields_.locale = locale_;
  // A key into a countries table goes first: its code chooses the locale.
  int early_fk = -1;
  bool early_null = false;
  if (plan.country_fk >= 0) {
    FkSlot& fk = plan.fks[static_cast<size_t>(plan.country_fk)];
    if (!fk.grouped && !fk.unset) {
      early_fk = plan.country_fk;
      fk.chosen = FkSlot::kNoParent;
      early_null = fk.nullable && is_null(fk.seed);
      GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(
          DrawForeignKey(plan, static_cast<size_t>(early_fk), row, early_null, &values));
      const Value& code = values[fk.slots.front()];
      if (code.kind() == ValueKind::kString) {
        for (const auto& [text, locale] : plan.fk_country_locales) {
          if (text == code.as_string()) {
            row_fields_.locale = locale;
            break;
          }
        }
      }
    }
  }
  for (size_t step = 0; step <= n; ++step) {
    // The row's country first, when it chooses the row's locale; then the
    // others in order (each from its own stream, so the order changes no
    // value).
    const size_t i = plan.country < 0 ? step
                     : step == 0      ? static_cast<size_t>(plan.country)
                                      : step - 1;
    if (i >= n || (step > 0 && static_cast<int>(i) == plan.country)) continue;
    const Slot& slot = plan.slots[i];
    if (slot.left_out || slot.fk >= 0) continue;
    null[i] = !slot.sequence && slot.override == nullptr && !slot.plan.not_null &&
              (slot.null_rate >= 0 && options_.null_probability > 0
                   ? IsNull(slot.seed, row, slot.null_rate)
                   : is_null(slot.null_as < 0
                                 ? slot.seed
                                 : plan.slots[static_cast<size_t>(slot.null_as)].seed));
    if (slot.in_entity) continue;
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(DrawSlot(plan, i, row, null[i], &values[i]));
    if (static_cast<int>(i) == plan.country && values[i].kind() == ValueKind::kString) {
      for (const auto& [text, locale] : plan.country_locales) {
        if (text == values[i].as_string()) row_fields_.locale = locale;
      }
    }
  }
  for (const std::vector<size_t>& entity : plan.entities) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(DrawEntity(plan, entity, row, null, &values));
  }
  if (plan.card >= 0) KeepCardBrand(plan, row, &values);
  if (plan.status >= 0) GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(KeepStages(plan, row, &values));
  OrderLifecycle(plan, &values);
  KeepPairs(plan, &values);
  std::vector<char>& fk_null = plan.fk_null;
  fk_null.assign(plan.fks.size(), 0);
  for (size_t f = 0; f < plan.fks.size(); ++f) {
    if (static_cast<int>(f) != early_fk) plan.fks[f].chosen = FkSlot::kNoParent;
  }
  if (early_fk >= 0) fk_null[static_cast<size_t>(early_fk)] = early_null;
  // Keys that agree with another column go last, once it has its value.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t f = 0; f < plan.fks.size(); ++f) {
      if (static_cast<int>(f) == early_fk) continue;  // drawn first
      if (plan.fks[f].agree_parent_column.empty() != (pass == 0)) continue;
      fk_null[f] = plan.fks[f].nullable && is_null(plan.fks[f].seed);
      GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(DrawForeignKey(plan, f, row, fk_null[f], &values));
    }
  }
  KeepDistinct(plan, &values);
  if (!plan.guards.empty()) GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(KeepGuards(plan, row, &values));
  for (UniqueSlot& unique : plan.uniques) {
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(KeepUnique(plan, unique, row, values));
  }
  // After the guards and the uniques, which may null, draw or weave a part.
  if (plan.total >= 0) KeepTotals(plan, &values);
  if (plan.country_code >= 0) AlignCountry(plan, &values);
  for (const auto& [card, last4] : plan.last4) {
    // After the uniques: a UNIQUE card number has its index woven in.
    if (values[card].is_null() || values[last4].is_null()) continue;
    const std::string& number = values[card].as_string();
    std::string digits;
    for (size_t i = number.size(); i-- > 0 && digits.size() < 4;) {
      if (number[i] >= '0' && number[i] <= '9') digits.insert(digits.begin(), number[i]);
    }
    if (digits.size() == 4) values[last4] = Value(std::move(digits));
  }
  const bool follow = plan.after_parent.size() > 1 || !plan.birth_fks.empty();
  if (follow) FollowParents(plan, &values);
  if (plan.stage_order.size() > 1) OrderStages(plan, &values);
  // The moves may have crossed a two-column CHECK, which has the last word
  // (a UNIQUE column keeps the value KeepUnique gave it).
  if (follow || plan.stage_order.size() > 1) KeepPairs(plan, &values, /*after_uniques=*/true);
  if (!plan.adults.empty()) KeepAdults(plan, &values);
  if (plan.keep_births) {
    const Value& birth = values[static_cast<size_t>(plan.birth)];
    const generate_internal::ColumnPlan& p = plan.slots[static_cast<size_t>(plan.birth)].plan;
    const std::optional<int64_t> at = generate_internal::InstantOf(p, birth);
    plan.births.push_back(at ? *at * generate_internal::InstantUnit(p) : TablePlan::kNoBirth);
  }
  for (const auto& [slots, parents] : plan.feeds) {
    std::vector<Value> tuple;
    bool complete = true;
    for (size_t i : slots) {
      complete = complete && !values[i].is_null();
      tuple.push_back(values[i]);
    }
    if (complete) parents->Add(std::move(tuple));
  }
  if (!plan.key_slots.empty()) {
    std::vector<Value> key;
    for (size_t i : plan.key_slots) key.push_back(values[i]);
    plan.keys.push_back(std::move(key));
  }
  std::vector<Row::Cell>& cells = out->mutable_cells();
  if (cells.size() == plan.columns.size()) {  // a row of this table made before: refill it
    size_t k = 0;
    for (size_t i = 0; i < n; ++i) {
      if (!plan.slots[i].left_out) cells[k++].second = std::move(values[i]);
    }
    return absl::OkStatus();
  }
  cells.clear();
  out->Reserve(plan.columns.size());
  for (size_t i = 0; i < n; ++i) {
    if (!plan.slots[i].left_out)
      out->AppendUnchecked(plan.slots[i].column->name, std::move(values[i]));
  }
  return absl::OkStatus();
}

absl::Status Generator::Run(const Sink& sink, const UpdateSink& update,
                            GenerateSummary* summary) {
  for (TablePlan& plan : plans_) {
    if (plan.rows == 0) continue;
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(StartUniques(plan));
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(StartShapes(plan));
    Digest& digest = plan.digest;
    for (const std::string& name : plan.columns) digest.Add(name, 14);
    // The chunk's rows are made again in place: their cells keep their
    // column names and their strings' room from one chunk to the next. A
    // chunk holds at most kChunkValues values (about 2 MiB; at least 64
    // rows), so that the peak memory of a run does not depend on which table
    // is widest.
    constexpr int64_t kChunkValues = 32768;
    const int64_t per_chunk = std::max<int64_t>(
        64, kChunkValues / std::max<int64_t>(1, static_cast<int64_t>(plan.columns.size())));
    std::vector<Row> chunk(
        static_cast<size_t>(std::min({plan.rows, options_.chunk_rows, per_chunk})));
    // The births children read: as many as the rows, allocated once (a
    // growing vector would briefly hold one and a half times as many).
    if (plan.keep_births) plan.births.reserve(static_cast<size_t>(plan.rows));
    size_t used = 0;
    for (int64_t row = 0; row < plan.rows; ++row) {
      Row& generated = chunk[used++];
      GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(GenerateRow(plan, row, &generated));
      digest.AddRow(generated);
      if (used == chunk.size() || row + 1 == plan.rows) {
        chunk.resize(used);
        GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(sink(plan, row + 1 - static_cast<int64_t>(used), chunk));
        used = 0;
        if (options_.progress)
          options_.progress(GenerateProgress{plan.table->name, row + 1, plan.rows});
      }
    }
  }
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(FillCycles(update));
  for (TablePlan& plan : plans_) {
    if (plan.rows > 0) summary->tables.push_back({plan.table->name, plan.rows, plan.digest.h});
  }
  summary->notes = notes_;
  return absl::OkStatus();
}

void Generator::OrderLifecycle(const TablePlan& plan, std::vector<Value>* values) const {
  OrderInstants(plan, plan.lifecycle, values);
}

void Generator::OrderStages(const TablePlan& plan, std::vector<Value>* values) const {
  // A status's events follow each other within days (sent, then paid a
  // fortnight later), not anywhere in what is left of five years: each
  // later stage set is up to 30 days after the one before, the gap read
  // from its own draw, so nothing piles up at the range's end.
  std::optional<int64_t> previous;  // seconds
  for (size_t index : plan.stage_order) {
    const generate_internal::ColumnPlan& p = plan.slots[index].plan;
    Value& value = (*values)[index];
    const std::optional<int64_t> own = generate_internal::InstantOf(p, value);
    if (!own) continue;
    const int64_t unit = generate_internal::InstantUnit(p);
    int64_t at = *own;
    if (previous && p.hi > p.lo) {
      const int64_t from = *previous / unit + (*previous % unit > 0 ? 1 : 0);
      const int64_t most = std::max<int64_t>(1, 30 * fake::kSecondsPerDay / unit);
      const int64_t gap = (std::min(std::max(*own, p.lo), p.hi) - p.lo) % most;
      // Less than the 30 days left before the range's end (a row born on
      // its last days): the gap shrinks in proportion, rather than every
      // later stage landing on the last instant.
      const int64_t room = p.hi - from;
      at = room <= 0          ? from
           : room < most ? from + MulDiv(static_cast<uint64_t>(gap), static_cast<uint64_t>(room),
                                         static_cast<uint64_t>(most))
                         : from + gap;
      if (at != *own) value = generate_internal::InstantValue(p, at, sqlite_);
    }
    previous = at * unit;
  }
}

void Generator::OrderInstants(const TablePlan& plan, const std::vector<size_t>& order,
                              std::vector<Value>* values) const {
  // created_at <= updated_at <= deleted_at: a later stage's own draw, from
  // its range [lo, hi], is moved into [previous, hi] in proportion, so the
  // first stage keeps its value and each later one stays spread out.
  std::optional<int64_t> previous;  // seconds
  for (size_t index : order) {
    const generate_internal::ColumnPlan& p = plan.slots[index].plan;
    Value& value = (*values)[index];
    const std::optional<int64_t> own = generate_internal::InstantOf(p, value);
    if (!own) continue;  // NULL: the next stage follows the one before
    const int64_t unit = generate_internal::InstantUnit(p);
    int64_t at = *own;
    if (previous) {
      // The previous instant in this column's units, rounded up.
      const int64_t from = *previous / unit + (*previous % unit > 0 ? 1 : 0);
      if (from >= p.hi || p.hi <= p.lo) {
        at = std::max(from, at);
      } else if (from > p.lo || at < from) {
        at = from + MulDiv(static_cast<uint64_t>(std::max(at, p.lo) - p.lo),
                           static_cast<uint64_t>(p.hi - from), static_cast<uint64_t>(p.hi - p.lo));
      }
      if (at != *own) value = generate_internal::InstantValue(p, at, sqlite_);
    }
    previous = at * unit;
  }
}

absl::Status Generator::KeepGuards(TablePlan& plan, int64_t row, std::vector<Value>* values) {
  // `g IS NULL OR c`: a row whose c fails has no g (a draft invoice has no
  // paid_at); `g IS NOT NULL OR c`: it has one (a paid invoice has its
  // paid_at). The guard's own draw stands whenever c holds, so its fill
  // rate is kept where the CHECK allows it.
  bool drawn = false;
  for (const TablePlan::Guard& guard : plan.guards) {
    if (generate_internal::Satisfies((*values)[guard.slot], guard.condition)) continue;
    const Slot& g = plan.slots[guard.guard];
    if (guard.condition.guard_null && g.plan.not_null) continue;  // another CHECK's NOT NULL
    const bool is_null = (*values)[guard.guard].is_null();
    if (guard.condition.guard_null == is_null) continue;  // already as it must be
    if (g.fk >= 0) {
      const size_t f = static_cast<size_t>(g.fk);
      const FkSlot& fk = plan.fks[f];
      // A key set later (a cycle's, by UPDATE; a grouped one, by its unique)
      // or of several columns is the engine's to check.
      if (fk.cycle || fk.unset || fk.grouped || fk.slots.size() > 1) continue;
      plan.fk_null[f] = guard.condition.guard_null;
      if (guard.condition.guard_null) {
        for (size_t slot : plan.fks[f].slots) (*values)[slot] = Value();
        plan.fks[f].chosen = FkSlot::kNoParent;
      } else {
        GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(DrawForeignKey(plan, f, row, false, values));
      }
    } else if (guard.condition.guard_null) {
      (*values)[guard.guard] = Value();
    } else {
      GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(
          DrawSlot(plan, guard.guard, row, false, &(*values)[guard.guard]));
      drawn = true;
    }
  }
  if (drawn) {
    // A value given now keeps the row's order of dates and its pairs.
    OrderLifecycle(plan, values);
    KeepPairs(plan, values);
  }
  return absl::OkStatus();
}

absl::Status Generator::KeepStages(TablePlan& plan, int64_t row, std::vector<Value>* values) {
  // The list's order is the story's: an invoice 'draft', 'sent', 'paid'
  // has sent_at once sent and paid_at once paid, none while a draft. A
  // status that ends the story another way ('cancelled') has its own
  // timestamp, and got as far as a stage drawn for the row, never the last.
  const Value& status = (*values)[static_cast<size_t>(plan.status)];
  if (status.kind() != ValueKind::kString) {
    // No status, no stage reached.
    for (const TablePlan::Stage& stage : plan.stages) {
      if (!stage.fixed) (*values)[stage.slot] = Value();
    }
    return absl::OkStatus();
  }
  int reached = -2;  // -1: an ending
  for (const TablePlan::Stage& stage : plan.stages) {
    if (stage.value == status.as_string()) reached = stage.stage;
  }
  if (reached == -2) {
    // A status without a timestamp of its own: its place in the list.
    if (EndsTheStory(::gtest_data::internal::AsciiStrToLower(status.as_string()))) {
      reached = -1;
    } else {
      int place = 0;
      for (const Value& value : plan.slots[static_cast<size_t>(plan.status)].plan.allowed) {
        if (value.kind() != ValueKind::kString) continue;
        if (EndsTheStory(::gtest_data::internal::AsciiStrToLower(value.as_string()))) continue;
        if (value == status) reached = place;
        ++place;
      }
    }
  }
  const bool ending = reached == -1;
  if (ending) {
    Rng rng(DeriveIndexSeed(DeriveSeed(plan.slots[static_cast<size_t>(plan.status)].seed, "stage"),
                            static_cast<uint64_t>(row)));
    reached = plan.status_places > 1
                  ? static_cast<int>(UniformBelow(rng, static_cast<uint64_t>(plan.status_places - 1)))
                  : -1;
  }
  for (const TablePlan::Stage& stage : plan.stages) {
    if (stage.fixed) continue;
    Value& at = (*values)[stage.slot];
    const bool set =
        stage.stage < 0 ? stage.value == status.as_string() : stage.stage <= reached;
    if (!set) {
      at = Value();
      continue;
    }
    if (at.is_null()) {
      GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(DrawSlot(plan, stage.slot, row, false, &at));
    }
    const Slot& slot = plan.slots[stage.slot];
    if (!stage.instant && slot.plan.type.kind == TypeKind::kText && !slot.plan.has_allowed &&
        (slot.plan.rule.semantic == generate_internal::Semantic::kType ||
         slot.plan.rule.semantic == generate_internal::Semantic::kCode ||
         slot.plan.rule.semantic == generate_internal::Semantic::kField)) {
      // A reason reads as one: card_declined, "Customer request".
      Rng rng(DeriveIndexSeed(DeriveSeed(slot.seed, "reason"), static_cast<uint64_t>(row)));
      const std::string_view text = ReasonText(slot.column->name, stage.value, rng);
      if (!text.empty()) {
        Value reason{std::string(text)};
        bool fits = CharCount(reason.as_string()) >= slot.plan.min_chars &&
                    (slot.plan.max_chars < 0 || CharCount(reason.as_string()) <= slot.plan.max_chars);
        for (const Condition& c : slot.plan.conditions) {
          fits = fits && generate_internal::Satisfies(reason, c);
        }
        if (fits) at = std::move(reason);
      }
    }
  }
  return absl::OkStatus();
}

void Generator::KeepCardBrand(const TablePlan& plan, int64_t row,
                              std::vector<Value>* values) const {
  // The card number is drawn again as one of the row's brand (a Visa's
  // starts with 4), at its length when the brand issues it, else the
  // longest the brand issues that fits the column. A brand column without a
  // list of its own takes the name of a brand drawn for the row.
  const size_t card = static_cast<size_t>(plan.card), brand = static_cast<size_t>(plan.brand);
  Value& number = (*values)[card];
  Value& name = (*values)[brand];
  if (number.kind() != ValueKind::kString) return;
  // What the columns' CHECKs keep stands: a new value is taken only when it
  // passes them.
  auto passes = [&plan](size_t slot, const Value& value) {
    const generate_internal::ColumnPlan& p = plan.slots[slot].plan;
    for (const Condition& c : p.conditions) {
      if (!generate_internal::Satisfies(value, c)) return false;
    }
    const int64_t n = CharCount(KeyText(value));
    return n >= p.min_chars && (p.max_chars < 0 || n <= p.max_chars);
  };
  std::optional<fake::CardBrand> chosen;
  Rng rng(DeriveIndexSeed(DeriveSeed(plan.slots[card].seed, "brand"), static_cast<uint64_t>(row)));
  if (plan.brands.empty()) {
    if (name.is_null()) return;
    const std::vector<fake::CardBrand> all = fake::CardBrands();
    chosen = all[UniformBelow(rng, all.size())];
    Value display(std::string(fake::CardBrandName(*chosen)));
    if (!passes(brand, display)) return;
    name = std::move(display);
  } else {
    if (name.kind() != ValueKind::kString) return;
    for (const auto& [text, value] : plan.brands) {
      if (text == name.as_string()) chosen = value;
    }
    if (!chosen) return;
  }
  const int64_t most = plan.slots[card].plan.max_chars;
  const int64_t least = plan.slots[card].plan.min_chars;
  const int own = static_cast<int>(number.as_string().size());
  int length = 0;
  for (int issued : fake::CardLengths(*chosen)) {
    if (issued == own) {
      length = own;
      break;
    }
    if ((most < 0 || issued <= most) && issued >= least) length = std::max(length, issued);
  }
  if (length == 0) return;
  Value drawn(fake::CardNumber(rng, *chosen, length));
  if (passes(card, drawn)) number = std::move(drawn);
}

void Generator::KeepDistinct(TablePlan& plan, std::vector<Value>* values) const {
  // `a <> b` (an origin and its destination): where the row has them equal,
  // one of them moves to its neighbour, a key to the next parent, a number
  // or date by one, so both stay what they were drawn as otherwise.
  auto slot_of = [&plan](const std::string& column) { return SlotOf(plan, column); };
  auto move = [&](size_t index) {
    const Slot& slot = plan.slots[index];
    Value& value = (*values)[index];
    if (slot.override != nullptr || slot.sequence || slot.in_unique || slot.plan.has_allowed) {
      return false;
    }
    if (slot.fk >= 0) {
      FkSlot& fk = plan.fks[static_cast<size_t>(slot.fk)];
      if (fk.cycle || fk.unset || fk.grouped || fk.unique || fk.slots.size() != 1 ||
          fk.chosen == FkSlot::kNoParent || fk.parents->size() < 2) {
        return false;
      }
      fk.chosen = (fk.chosen + 1) % fk.parents->size();
      value = fk.parents->Get(fk.chosen, 0);
      return true;
    }
    const std::optional<int64_t> units = generate_internal::UnitsOf(slot.plan, value);
    if (!units) return false;
    const int64_t at = *units < slot.plan.hi ? *units + 1 : *units - 1;
    if (at < slot.plan.lo) return false;
    value = generate_internal::UnitsValue(slot.plan, at, sqlite_);
    return true;
  };
  for (const Condition& pair : plan.pairs) {
    if (pair.op != generate_internal::CheckOp::kNe) continue;
    const size_t ia = slot_of(pair.column), ib = slot_of(pair.other);
    if (ia == plan.slots.size() || ib == plan.slots.size()) continue;
    const Value& a = (*values)[ia];
    const Value& b = (*values)[ib];
    if (a.is_null() || b.is_null() || KeyText(a) != KeyText(b)) continue;
    if (!move(ia)) move(ib);
  }
}

void Generator::AlignCountry(const TablePlan& plan, std::vector<Value>* values) const {
  // After the uniques, which may have chosen the code: the country's other
  // code and its English name, where they fit their columns.
  const Value& code = (*values)[static_cast<size_t>(plan.country_code)];
  if (code.kind() != ValueKind::kString) return;
  const fake::Country* country = fake::FindCountry(code.as_string());
  if (country == nullptr) return;
  auto fits = [&plan](size_t slot, const Value& value) {
    const generate_internal::ColumnPlan& p = plan.slots[slot].plan;
    for (const Condition& c : p.conditions) {
      if (!generate_internal::Satisfies(value, c)) return false;
    }
    const int64_t n = CharCount(value.as_string());
    return n >= p.min_chars && (p.max_chars < 0 || n <= p.max_chars);
  };
  for (size_t slot : plan.country_codes) {
    if ((*values)[slot].is_null()) continue;
    const generate_internal::ColumnPlan& p = plan.slots[slot].plan;
    Value other(std::string(p.max_chars == 3 || p.type.max_chars == 3 ? country->alpha3
                                                                      : country->alpha2));
    if (fits(slot, other)) (*values)[slot] = std::move(other);
  }
  for (size_t slot : plan.country_names) {
    if ((*values)[slot].is_null()) continue;
    Value name(std::string(country->name));
    if (fits(slot, name)) (*values)[slot] = std::move(name);
  }
}

void Generator::KeepTotals(const TablePlan& plan, std::vector<Value>* values) const {
  // An order's parts are shares of its subtotal (each up to 30% of it, in
  // proportion to its own draw) and its total is their sum: subtotal + tax
  // + shipping - discount, at the finest scale among them. A part or total
  // that would leave its column's range or CHECKs, or break a two-column
  // CHECK on them, leaves the row as drawn.
  const size_t total = static_cast<size_t>(plan.total);
  const size_t base = static_cast<size_t>(plan.total_base);
  if (plan.slots[total].in_unique) return;  // its value carries an index
  const generate_internal::ColumnPlan& bp = plan.slots[base].plan;
  const std::optional<int64_t> ub = generate_internal::UnitsOf(bp, (*values)[base]);
  if (!ub || *ub < 0 || (*values)[total].is_null()) return;
  const int base_scale = generate_internal::UnitScale(bp);
  int scale = std::max(base_scale, generate_internal::UnitScale(plan.slots[total].plan));
  for (const std::vector<size_t>* parts : {&plan.total_adds, &plan.total_subtracts}) {
    for (size_t i : *parts) scale = std::max(scale, generate_internal::UnitScale(plan.slots[i].plan));
  }
  if (scale > 6) return;  // sums beyond micro-units would risk overflow
  auto rescale = [](int64_t units, int from, int to) {
    for (int k = from; k < to; ++k) units *= 10;
    for (int k = to; k < from; ++k) units /= 10;
    return units;
  };
  auto fits = [](const generate_internal::ColumnPlan& p, const Value& v, int64_t units,
                 int64_t hi) {
    if (units < p.lo || units > hi) return false;
    for (const Condition& c : p.conditions) {
      if (!generate_internal::Satisfies(v, c)) return false;
    }
    return true;
  };
  // The values changed, for undoing.
  std::vector<std::pair<size_t, Value>> before;
  constexpr int64_t kMost = int64_t{1} << 52;  // |units| summed at `scale` stay far from overflow
  if (*ub > kMost / 1000000) return;
  const int64_t base_units = rescale(*ub, base_scale, scale);
  int64_t sum = base_units;
  for (const std::vector<size_t>* parts : {&plan.total_adds, &plan.total_subtracts}) {
    for (size_t i : *parts) {
      Value& v = (*values)[i];
      if (v.is_null()) continue;
      const generate_internal::ColumnPlan& p = plan.slots[i].plan;
      const std::optional<int64_t> u = generate_internal::UnitsOf(p, v);
      if (!u) continue;
      if (*u > kMost / 1000000 || *u < -kMost / 1000000) return;
      const int ps = generate_internal::UnitScale(p);
      int64_t part = *u;
      if (p.hi > p.lo && p.lo >= 0 && !plan.slots[i].in_unique) {
        const int64_t room = rescale(base_units, scale, ps) / 10 * 3;
        const int64_t at = MulDiv(static_cast<uint64_t>(std::min(std::max(*u, p.lo), p.hi) - p.lo),
                                  static_cast<uint64_t>(std::max<int64_t>(room, 0)),
                                  static_cast<uint64_t>(p.hi - p.lo));
        const Value moved = generate_internal::UnitsValue(p, at, sqlite_);
        if (fits(p, moved, at, p.hi)) {
          before.emplace_back(i, v);
          v = moved;
          part = at;
        }
      }
      sum += (parts == &plan.total_adds ? 1 : -1) * rescale(part, ps, scale);
    }
  }
  const generate_internal::ColumnPlan& tp = plan.slots[total].plan;
  const int ts = generate_internal::UnitScale(tp);
  // To the total's scale, half away from zero.
  int64_t t = sum;
  if (ts < scale) {
    int64_t unit = 1;
    for (int k = ts; k < scale; ++k) unit *= 10;
    t = (sum >= 0 ? sum + unit / 2 : sum - unit / 2) / unit;
  }
  const Value summed = generate_internal::UnitsValue(tp, t, sqlite_);
  // A sum may pass the range totals are drawn from, not the type's.
  int64_t most = std::numeric_limits<int64_t>::max();
  if (tp.type.kind == TypeKind::kInteger) {
    most = tp.type.max;
  } else if (tp.type.precision > 0 && tp.type.precision < 18) {
    most = 1;
    for (int k = 0; k < tp.type.precision; ++k) most *= 10;
    --most;
  }
  bool ok = fits(tp, summed, t, std::max(tp.hi, most));
  if (ok) {
    before.emplace_back(total, (*values)[total]);
    (*values)[total] = summed;
  }
  auto changed = [&before](size_t slot) {
    for (const auto& [i, old] : before) {
      if (i == slot) return true;
    }
    return false;
  };
  // The two-column CHECKs on these columns still hold, or nothing changes.
  auto slot_of = [&plan](const std::string& column) { return SlotOf(plan, column); };
  for (const Condition& pair : plan.pairs) {
    if (!ok) break;
    const size_t ia = slot_of(pair.column), ib = slot_of(pair.other);
    if (ia == plan.slots.size() || ib == plan.slots.size()) continue;
    if (!changed(ia) && !changed(ib)) continue;
    const std::optional<int64_t> a = generate_internal::UnitsOf(plan.slots[ia].plan, (*values)[ia]);
    const std::optional<int64_t> b = generate_internal::UnitsOf(plan.slots[ib].plan, (*values)[ib]);
    const int sa = generate_internal::UnitScale(plan.slots[ia].plan);
    const int sb = generate_internal::UnitScale(plan.slots[ib].plan);
    if (!a || !b || sa < 0 || sb < 0) continue;
    const int s2 = std::max(sa, sb);
    const int64_t x = rescale(*a, sa, s2), y = rescale(*b, sb, s2);
    switch (pair.op) {
      case generate_internal::CheckOp::kLt: ok = x < y; break;
      case generate_internal::CheckOp::kLe: ok = x <= y; break;
      case generate_internal::CheckOp::kGt: ok = x > y; break;
      case generate_internal::CheckOp::kGe: ok = x >= y; break;
      case generate_internal::CheckOp::kEq: ok = x == y; break;
      case generate_internal::CheckOp::kNe: ok = x != y; break;
      default: break;
    }
  }
  if (!ok) {
    for (auto& [i, old] : before) (*values)[i] = std::move(old);
  }
}

void Generator::KeepAdults(const TablePlan& plan, std::vector<Value>* values) const {
  // 6575 days is 18 years or more, whatever leap days they hold. A birth
  // date too late for the event is moved earlier, in proportion within the
  // ages a person has (18 to 80), so the ages stay spread out; the event
  // keeps its value and whatever put it there.
  constexpr int64_t kAdultDays = 18 * 365 + 5;
  auto floor_days = [](int64_t seconds) {
    return seconds / fake::kSecondsPerDay - (seconds % fake::kSecondsPerDay < 0 ? 1 : 0);
  };
  const int64_t today = floor_days(options_.now);
  const int64_t oldest = today - 81 * 366, youngest = today - 18 * 365;
  auto days_of = [](const Value& value) -> std::optional<int64_t> {
    if (value.kind() != ValueKind::kString || value.as_string().size() < 10) return std::nullopt;
    const std::string& t = value.as_string();
    int y = 0, m = 0, d = 0;
    if (t[4] != '-' || t[7] != '-' || std::from_chars(t.data(), t.data() + 4, y).ec != std::errc() ||
        std::from_chars(t.data() + 5, t.data() + 7, m).ec != std::errc() ||
        std::from_chars(t.data() + 8, t.data() + 10, d).ec != std::errc()) {
      return std::nullopt;
    }
    return fake::DaysFromCivil({y, m, d});
  };
  for (const auto& [born, event] : plan.adults) {
    Value& birth = (*values)[born];
    const Value& at = (*values)[event];
    if (birth.is_null() || at.is_null()) continue;
    const std::optional<int64_t> b = days_of(birth);
    const generate_internal::ColumnPlan& p = plan.slots[event].plan;
    const std::optional<int64_t> e = generate_internal::InstantOf(p, at);
    if (!b || !e) continue;
    const int64_t event_day = floor_days(*e * generate_internal::InstantUnit(p));
    const int64_t latest = event_day - kAdultDays;
    if (*b <= latest || latest < oldest) continue;
    const int64_t own = std::min(std::max(*b, oldest), youngest);
    const int64_t moved =
        oldest + MulDiv(static_cast<uint64_t>(own - oldest), static_cast<uint64_t>(latest - oldest),
                        static_cast<uint64_t>(youngest - oldest));
    Value earlier(fake::FormatIsoDate(moved));
    bool kept = true;  // the birth column's own CHECKs have the last word
    for (const Condition& c : plan.slots[born].plan.conditions) {
      kept = kept && generate_internal::Satisfies(earlier, c);
    }
    if (kept) birth = std::move(earlier);
  }
}

void Generator::KeepPairs(const TablePlan& plan, std::vector<Value>* values,
                          bool after_uniques) const {
  // `a op b`: when the row breaks it, a (the left column) is moved into the
  // part of its range the condition leaves, in proportion to its own draw,
  // so b keeps its value. Numbers compare at a common scale, dates and
  // timestamps in seconds; anything else is left to the engine.
  auto slot_of = [&plan](const std::string& column) { return SlotOf(plan, column); };
  for (const Condition& pair : plan.pairs) {
    const size_t ia = slot_of(pair.column), ib = slot_of(pair.other);
    if (ia == plan.slots.size() || ib == plan.slots.size()) continue;
    const Slot& a = plan.slots[ia];
    const Slot& b = plan.slots[ib];
    if (pair.op == generate_internal::CheckOp::kNe || a.override != nullptr || a.fk >= 0 ||
        a.sequence || a.plan.has_allowed || (after_uniques && a.in_unique)) {
      continue;  // <> is KeepDistinct's
    }
    Value& va = (*values)[ia];
    Value& vb = (*values)[ib];
    if (va.is_null() || vb.is_null()) continue;
    const std::optional<int64_t> ua = generate_internal::UnitsOf(a.plan, va);
    const std::optional<int64_t> ub = generate_internal::UnitsOf(b.plan, vb);
    if (!ua || !ub) continue;
    // b in a's units: the bound a must respect, rounded toward a's side.
    const int sa = generate_internal::UnitScale(a.plan), sb = generate_internal::UnitScale(b.plan);
    if ((sa < 0) != (sb < 0)) continue;  // a number against a date
    const bool upward = pair.op == generate_internal::CheckOp::kGe ||
                        pair.op == generate_internal::CheckOp::kGt;
    int64_t bound = *ub;
    if (sa < 0) {
      const int64_t from = generate_internal::InstantUnit(b.plan);
      const int64_t to = generate_internal::InstantUnit(a.plan);
      const int64_t seconds = *ub * from;
      bound = seconds / to - (seconds % to != 0 && seconds < 0 ? 1 : 0);
      if (upward && seconds % to != 0) ++bound;
    } else if (sa >= sb) {
      for (int i = sb; i < sa; ++i) bound *= 10;
    } else {
      int64_t div = 1;
      for (int i = sa; i < sb; ++i) div *= 10;
      bound = *ub / div - (*ub % div != 0 && *ub < 0 ? 1 : 0);
      if (upward && *ub % div != 0) ++bound;
    }
    if (pair.op == generate_internal::CheckOp::kGt) ++bound;
    if (pair.op == generate_internal::CheckOp::kLt) --bound;
    int64_t lo = upward ? bound : a.plan.lo;
    int64_t hi = upward ? a.plan.hi : bound;
    const bool b_free = b.override == nullptr && b.fk < 0 && !b.sequence && !b.in_unique &&
                        !b.plan.has_allowed;
    const bool same_units = sa == sb && (sa >= 0 || generate_internal::InstantUnit(a.plan) ==
                                                        generate_internal::InstantUnit(b.plan));
    if (lo > hi && b_free && same_units) {
      // b at the end of a's range (a check_in on the range's last day): b
      // gives way instead, by as much as a lacks.
      const int64_t shift = upward ? bound - a.plan.hi : a.plan.lo - bound;
      const int64_t moved = upward ? *ub - shift : *ub + shift;
      if (moved >= b.plan.lo && moved <= b.plan.hi) {
        vb = generate_internal::UnitsValue(b.plan, moved, sqlite_);
        lo = upward ? a.plan.hi : a.plan.lo;
        hi = lo;
      }
    }
    if (pair.share && sa >= 0 && !upward && lo <= hi && a.plan.hi > a.plan.lo) {
      // A discount against its total: up to 30% of it, in proportion to
      // its own draw.
      const int64_t room = (hi - lo) / 10 * 3 + (hi - lo) % 10 * 3 / 10;
      const int64_t at =
          lo + MulDiv(static_cast<uint64_t>(std::min(std::max(*ua, a.plan.lo), a.plan.hi) -
                                            a.plan.lo),
                      static_cast<uint64_t>(room), static_cast<uint64_t>(a.plan.hi - a.plan.lo));
      if (at != *ua) va = generate_internal::UnitsValue(a.plan, at, sqlite_);
      continue;
    }
    if (pair.span && sa < 0 && lo <= hi && a.plan.hi > a.plan.lo) {
      // A span's other end: up to 30 days from this one, the gap read from
      // a's own draw (a stay, a booking, a term; not five years long).
      // Days for dates (a stay); for timestamps, hours (an appointment,
      // a shift) unless the names say a stay or a trip.
      const int64_t unit = generate_internal::InstantUnit(a.plan);
      const bool days = unit >= fake::kSecondsPerDay || pair.trip;
      const int64_t most =
          std::max<int64_t>(1, (days ? 30 * fake::kSecondsPerDay : 8 * 3600) / unit);
      const int64_t gap = (std::min(std::max(*ua, a.plan.lo), a.plan.hi) - a.plan.lo) % most;
      const int64_t at = upward ? std::min(hi, lo + gap) : std::max(lo, hi - gap);
      if (at != *ua) va = generate_internal::UnitsValue(a.plan, at, sqlite_);
      continue;
    }
    const bool holds = upward ? *ua >= bound : *ua <= bound;
    if (holds || lo > hi) continue;
    const int64_t at =
        a.plan.hi > a.plan.lo
            ? lo + MulDiv(static_cast<uint64_t>(std::min(std::max(*ua, a.plan.lo), a.plan.hi) -
                                                a.plan.lo),
                          static_cast<uint64_t>(hi - lo),
                          static_cast<uint64_t>(a.plan.hi - a.plan.lo))
            : lo;
    va = generate_internal::UnitsValue(a.plan, at, sqlite_);
  }
}

void Generator::PlanBirths() {
  // A date or timestamp generation draws freely (no override, key, unique
  // or allowed list), by its name's rule or its type's (valid_from): one a
  // parent's birth can be and a child's can follow. A column of a
  // two-column CHECK is one too; the row keeps the CHECK again after.
  auto free_instant = [](const TablePlan& plan, size_t index) {
    const Slot& slot = plan.slots[index];
    return !slot.left_out && slot.override == nullptr && slot.fk < 0 && !slot.in_unique &&
           !slot.plan.has_allowed && IsInstant(slot.plan);
  };
  // Each table's birth: the first lifecycle stage, else its first free
  // instant in declaration order (placed_on before shipped_at).
  for (TablePlan& plan : plans_) {
    if (!plan.lifecycle.empty() && free_instant(plan, plan.lifecycle.front())) {
      plan.birth = static_cast<int>(plan.lifecycle.front());
    }
    int first = -1;
    for (size_t i = 0; i < plan.slots.size(); ++i) {
      if (!free_instant(plan, i)) continue;
      if (first < 0) first = static_cast<int>(i);
      // Not a deadline (due_date before issued_at): it comes after the row.
      if (plan.birth < 0 && !Deadline(plan.slots[i].column->name)) plan.birth = static_cast<int>(i);
      plan.after_parent.push_back(i);
    }
    if (plan.birth < 0) plan.birth = first;
    // A status's timestamps come after the row's birth.
    if (plan.birth >= 0 && !plan.stage_order.empty() &&
        std::find(plan.stage_order.begin(), plan.stage_order.end(),
                  static_cast<size_t>(plan.birth)) == plan.stage_order.end()) {
      plan.stage_order.insert(plan.stage_order.begin(), static_cast<size_t>(plan.birth));
    }
  }
  for (TablePlan& child : plans_) {
    if (child.rows == 0 || child.after_parent.empty()) continue;
    for (size_t f = 0; f < child.fks.size(); ++f) {
      FkSlot& fk = child.fks[f];
      if (fk.cycle || fk.unset || fk.key->parent_table == child.table->name) continue;
      TablePlan* parent = nullptr;
      for (TablePlan& candidate : plans_) {
        if (candidate.table->name == fk.key->parent_table && candidate.rows > 0) parent = &candidate;
      }
      if (parent == nullptr) continue;
      // Every generated parent must be in `parents`, in row order: its key
      // columns are never NULL.
      bool complete = true;
      for (const std::string& column : fk.key->parent_columns) {
        for (const Slot& slot : parent->slots) {
          if (slot.column->name == column && !slot.plan.not_null && !slot.sequence) {
            complete = false;
          }
        }
      }
      if (!complete || parent->birth < 0) continue;
      parent->keep_births = true;
      fk.parent_plan = parent;
      fk.existing_parents = fk.parents->size();  // none generated yet
      child.birth_fks.push_back(f);
    }
  }
}

void Generator::FollowParents(TablePlan& plan, std::vector<Value>* values) const {
  // The latest birth of the row's parents (seconds).
  int64_t birth = TablePlan::kNoBirth;
  for (size_t f : plan.birth_fks) {
    const FkSlot& fk = plan.fks[f];
    if (fk.chosen == FkSlot::kNoParent || fk.chosen < fk.existing_parents) continue;
    const generate_internal::Births& births = fk.parent_plan->births;
    const size_t row = fk.chosen - fk.existing_parents;
    if (row < births.size()) birth = std::max(birth, births[row]);
  }
  // A slot's value moved from its range [lo, hi] into [after, hi] in
  // proportion (an order-keeping map), so it does not come before `after`
  // and stays spread out.
  auto move_after = [&](size_t index, int64_t after) {
    const generate_internal::ColumnPlan& p = plan.slots[index].plan;
    Value& value = (*values)[index];
    const std::optional<int64_t> own = generate_internal::InstantOf(p, value);
    if (!own) return;
    const int64_t unit = generate_internal::InstantUnit(p);
    const int64_t from = after / unit + (after % unit > 0 ? 1 : 0);  // rounded up
    if (from <= p.lo || from > p.hi || p.hi <= p.lo) return;
    const int64_t at =
        from + MulDiv(static_cast<uint64_t>(std::min(std::max(*own, p.lo), p.hi) - p.lo),
                      static_cast<uint64_t>(p.hi - from), static_cast<uint64_t>(p.hi - p.lo));
    if (at != *own) value = generate_internal::InstantValue(p, at, sqlite_);
  };
  // Nothing before the parents (the same map for each of the row's
  // instants, so their order holds) ...
  if (birth != TablePlan::kNoBirth) {
    for (size_t index : plan.after_parent) move_after(index, birth);
  }
  // ... and the row's other instants after its own birth (shipped_at after
  // placed_on, left_on after hired_on); lifecycle stages follow it already.
  const size_t own_birth = static_cast<size_t>(plan.birth);
  const generate_internal::ColumnPlan& bp = plan.slots[own_birth].plan;
  if (const std::optional<int64_t> b = generate_internal::InstantOf(bp, (*values)[own_birth])) {
    for (size_t index : plan.after_parent) {
      if (index == own_birth || std::find(plan.lifecycle.begin(), plan.lifecycle.end(), index) !=
                                    plan.lifecycle.end()) {
        continue;
      }
      move_after(index, *b * generate_internal::InstantUnit(bp));
    }
  }
  // Then the lifecycle stages in order again where rounding crossed them.
  std::optional<int64_t> previous;  // seconds
  for (size_t index : plan.lifecycle) {
    const generate_internal::ColumnPlan& p = plan.slots[index].plan;
    Value& value = (*values)[index];
    const std::optional<int64_t> own = generate_internal::InstantOf(p, value);
    if (!own) continue;
    const int64_t unit = generate_internal::InstantUnit(p);
    int64_t at = *own;
    if (previous) {
      const int64_t from = *previous / unit + (*previous % unit > 0 ? 1 : 0);
      if (at < from && from <= p.hi) {
        at = from;
        value = generate_internal::InstantValue(p, at, sqlite_);
      }
    }
    previous = at * unit;
  }
}

bool Generator::IsNull(uint64_t seed, int64_t row) const {
  return IsNull(seed, row, options_.null_probability);
}

bool Generator::IsNull(uint64_t seed, int64_t row, double probability) const {
  // Whether a nullable column is NULL comes from a stream of its own, so
  // that it does not shift the column's values.
  if (probability <= 0) return false;
  Rng rng(DeriveIndexSeed(DeriveSeed(seed, "null"), static_cast<uint64_t>(row)));
  return Bernoulli(rng, probability);
}

uint64_t Generator::ValuedRows(const TablePlan& plan, const UniqueSlot& unique) const {
  std::vector<uint64_t> seeds;  // a stream per column that may be NULL
  for (const Component& c : unique.components) {
    if (c.fk >= 0) {
      const FkSlot& fk = plan.fks[static_cast<size_t>(c.fk)];
      if (fk.nullable) seeds.push_back(fk.seed);
      continue;
    }
    const Slot& slot = plan.slots[c.slot];
    if (!slot.sequence && slot.override == nullptr && !slot.plan.not_null) {
      seeds.push_back(slot.seed);
    }
  }
  uint64_t valued = 0;
  for (int64_t row = 0; row < plan.rows; ++row) {
    valued += std::none_of(seeds.begin(), seeds.end(),
                           [&](uint64_t seed) { return IsNull(seed, row); });
  }
  return valued;
}

absl::Status Generator::FillCycles(const UpdateSink& update) {
  for (TablePlan& plan : plans_) {
    if (plan.rows == 0) continue;
    for (const FkSlot& fk : plan.fks) {
      if (!fk.cycle) continue;
      // The parents exist now (those already there and those generated),
      // and each row gets one with the key's fill rate, from the key's own
      // streams: NULL or not as GenerateRow decided, the parent from the
      // row's index; a UNIQUE key takes distinct parents (a permutation).
      const ParentKeys& parents = *fk.parents;
      std::optional<IndexPermutation> order;
      uint64_t cursor = 0;
      FingerprintSet taken;  // a UNIQUE key's parents already in the table
      if (fk.unique) {
        order.emplace(parents.size(), DeriveSeed(fk.seed, "cycle"));
        if (plan.existing_rows > 0) {
          absl::StatusOr<std::vector<std::vector<Value>>> held =
              ReadTuples(plan.table->name, fk.key->columns);
          if (!held.ok()) return held.status();
          for (const std::vector<Value>& tuple : *held) taken.Insert(KeyFingerprint(TupleKey(tuple)));
        }
      }
      CycleUpdate batch;
      int64_t set = 0;
      for (int64_t row = 0; row < plan.rows && !parents.empty(); ++row) {
        if (IsNull(fk.seed, row)) continue;
        std::optional<std::vector<Value>> parent;
        if (order) {
          while (cursor < order->size() && !parent) {
            std::vector<Value> p = parents.Tuple(static_cast<size_t>(order->At(cursor++)));
            if (taken.size() == 0 || !taken.Contains(KeyFingerprint(TupleKey(p)))) {
              parent = std::move(p);
            }
          }
          if (!parent) break;  // every parent has its child: the rest stay NULL
        } else {
          Rng rng(DeriveIndexSeed(fk.seed, static_cast<uint64_t>(row)));
          parent = parents.Tuple(static_cast<size_t>(UniformBelow(rng, parents.size())));
        }
        plan.digest.Add(TupleKey(plan.keys[static_cast<size_t>(row)]));
        plan.digest.Add(TupleKey(*parent));
        batch.rows.push_back(row);
        batch.keys.push_back(&plan.keys[static_cast<size_t>(row)]);
        batch.parents.push_back(*std::move(parent));
        ++set;
        if (static_cast<int64_t>(batch.rows.size()) == options_.chunk_rows) {
          GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(update(plan, fk, batch));
          batch = CycleUpdate();
        }
      }
      if (!batch.rows.empty()) GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(update(plan, fk, batch));
      notes_.push_back(plan.table->name + ": foreign key " + fk.label +
                       " closes a cycle: inserted NULL, then set in " + std::to_string(set) +
                       " of " + std::to_string(plan.rows) + " rows once " +
                       fk.key->parent_table + " was filled" +
                       (fk.unique && set < plan.rows && order && cursor >= order->size()
                            ? " (it is UNIQUE, and every parent has a child)"
                            : ""));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Dataset> GenerateRows(Database& database, const Schema& schema,
                                     const GenerateOptions& options, GenerateSummary* summary) {
  Generator generator(database, schema, options);
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(generator.Prepare());
  Dataset data;
  GenerateSummary done;
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(generator.Run(
      [&](const TablePlan& plan, int64_t, const std::vector<Row>& rows) {
        data.ReserveRows(plan.table->name, static_cast<size_t>(plan.rows));
        absl::Status added = absl::OkStatus();
        for (size_t i = 0; i < rows.size() && added.ok(); ++i) {
          added = data.Add(plan.table->name, rows[i]);
        }
        return added;
      },
      // A cycle key goes into the rows themselves: Seed() inserts it NULL
      // and sets it once the parents are in (db/seeder.h).
      [&](const TablePlan& plan, const FkSlot& fk, const Generator::CycleUpdate& batch) {
        std::vector<Dataset::Entry>* entries = data.MutableEntries(plan.table->name);
        for (size_t i = 0; i < batch.rows.size(); ++i) {
          Row& row = (*entries)[static_cast<size_t>(batch.rows[i])].row;
          for (size_t c = 0; c < fk.key->columns.size(); ++c) {
            row.Set(fk.key->columns[c], batch.parents[i][c]);
          }
        }
        return absl::OkStatus();
      },
      &done));
  if (summary != nullptr) *summary = std::move(done);
  return data;
}

namespace {

// Sets a cycle key in the rows FillTables() inserted with it NULL: one
// UPDATE ... FROM (VALUES ...) a batch, which both engines read (SQLite
// since 3.33), values cast to the columns' declared types.
absl::Status UpdateCycleKeys(Database& database, const TablePlan& plan, const FkSlot& fk,
                             const Generator::CycleUpdate& batch) {
  const Table& table = *plan.table;
  const std::vector<std::string>& key = table.primary_key;
  const std::vector<std::string>& columns = fk.key->columns;
  const size_t width = key.size() + columns.size();
  auto type_of = [&](const std::string& column) {
    const Column* c = table.FindColumn(column);
    return c == nullptr || c->type.empty() ? std::string() : c->type;
  };
  // Within every engine's limit on parameters (SQLite: 32766).
  const size_t per_statement = std::max<size_t>(1, 30000 / width);
  for (size_t first = 0; first < batch.rows.size(); first += per_statement) {
    const size_t end = std::min(batch.rows.size(), first + per_statement);
    std::string sql = "UPDATE " + QuoteIdentifier(table.name) + " SET ";
    for (size_t c = 0; c < columns.size(); ++c) {
      sql += (c ? ", " : "") + QuoteIdentifier(columns[c]) + " = v.column" +
             std::to_string(key.size() + c + 1);
    }
    sql += " FROM (VALUES ";
    std::vector<Value> params;
    params.reserve((end - first) * width);
    for (size_t i = first; i < end; ++i) {
      sql += i > first ? ", (" : "(";
      for (size_t k = 0; k < width; ++k) {
        const bool is_key = k < key.size();
        const std::string& column = is_key ? key[k] : columns[k - key.size()];
        params.push_back(is_key ? (*batch.keys[i])[k] : batch.parents[i][k - key.size()]);
        const std::string placeholder = database.Placeholder(static_cast<int>(params.size()));
        const std::string type = type_of(column);
        sql += (k ? ", " : "") +
               (type.empty() ? placeholder : "CAST(" + placeholder + " AS " + type + ")");
      }
      sql += ")";
    }
    sql += ") AS v WHERE ";
    for (size_t k = 0; k < key.size(); ++k) {
      sql += (k ? " AND " : "") + QuoteIdentifier(table.name) + "." + QuoteIdentifier(key[k]) +
             " = v.column" + std::to_string(k + 1);
    }
    absl::StatusOr<std::vector<Row>> done = database.Query(sql, params);
    if (!done.ok()) {
      return absl::Status(done.status().code(), "generate: " + table.name +
                                                    ": setting the cycle key " + fk.label +
                                                    ": " + std::string(done.status().message()));
    }
  }
  return absl::OkStatus();
}

// PostgreSQL: a serial or identity column's sequence moved past the keys
// inserted, so that later inserts without a key do not collide.
absl::Status MoveSequences(Database& database, const std::vector<TablePlan>& plans) {
  for (const TablePlan& plan : plans) {
    if (plan.rows == 0) continue;
    for (const Slot& slot : plan.slots) {
      if (!slot.sequence) continue;
      absl::StatusOr<std::vector<Row>> sequence =
          database.Query("SELECT pg_get_serial_sequence($1, $2) AS s",
                         {Value(QuoteIdentifier(plan.table->name)), Value(slot.column->name)});
      if (!sequence.ok()) return sequence.status();
      if (sequence->empty() || sequence->front().Get("s").is_null()) continue;
      absl::StatusOr<std::vector<Row>> moved =
          database.Query("SELECT setval($1, coalesce(max(" + QuoteIdentifier(slot.column->name) +
                             "), 0) + 1, false) AS v FROM " + QuoteIdentifier(plan.table->name),
                         {sequence->front().Get("s")});
      if (!moved.ok()) return moved.status();
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<GenerateSummary> FillTables(Database& database, const Schema& schema,
                                           const GenerateOptions& options) {
  const bool own = options.own_transaction;
  auto failed = [&](const absl::Status& status) {
    if (!own) return status;
    database.Rollback().IgnoreError();
    return absl::Status(status.code(),
                        "rolled back, nothing was changed: " + std::string(status.message()));
  };
  if (own) GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(database.Begin());
  Generator generator(database, schema, options);
  absl::Status status = generator.Prepare();
  if (!status.ok()) return failed(status);
  // A large SQLite load gets a page cache of 32 MiB (the default is 2 MiB)
  // for its duration: a UNIQUE index filled in random order then stays in
  // memory, so 10 times the rows take about 10 times as long, not 14.
  // Pages are taken as the load touches them, and the connection's own
  // setting comes back afterwards.
  std::optional<int64_t> cache_size;
  {
    int64_t rows = 0;
    for (const TablePlan& plan : generator.plans()) rows += plan.rows;
    constexpr int64_t kLargeLoad = 100000;
    constexpr int64_t kLoadCacheKib = 32 * 1024;
    if (database.engine() == "sqlite" && rows >= kLargeLoad) {
      absl::StatusOr<std::vector<Row>> now = database.Query("PRAGMA cache_size");
      absl::StatusOr<std::vector<Row>> page = database.Query("PRAGMA page_size");
      if (now.ok() && page.ok() && !now->empty() && !page->empty() &&
          now->front().cells().front().second.kind() == ValueKind::kInt &&
          page->front().cells().front().second.kind() == ValueKind::kInt) {
        const int64_t value = now->front().cells().front().second.as_int();
        const int64_t kib =
            value < 0 ? -value : value * page->front().cells().front().second.as_int() / 1024;
        if (kib < kLoadCacheKib &&
            database.Execute("PRAGMA cache_size = -" + std::to_string(kLoadCacheKib)).ok()) {
          cache_size = value;
        }
      }
    }
  }
  GenerateSummary summary;
  status = generator.Run(
      [&](const TablePlan& plan, int64_t first, const std::vector<Row>& rows) {
        std::vector<const Row*> pointers;
        pointers.reserve(rows.size());
        for (const Row& row : rows) pointers.push_back(&row);
        // One load per table: on PostgreSQL one COPY, which the server
        // stores while the next chunk is made. Its errors, at the end, count
        // rows from the table's first generated row.
        absl::Status inserted = database.AppendRows(plan.table->name, plan.columns, pointers);
        if (inserted.ok()) {
          if (first + static_cast<int64_t>(rows.size()) == plan.rows) return database.FinishRows();
          return inserted;
        }
        // PostgreSQL counts rows from the load's first (the table's first
        // generated row); SQLite within the chunk: say where it starts.
        if (first == 0 || database.engine() == "postgresql") return inserted;
        return absl::Status(inserted.code(), std::string(inserted.message()) + " (chunk from row " +
                                                 std::to_string(first) + " of " + plan.table->name +
                                                 ")");
      },
      [&](const TablePlan& plan, const FkSlot& fk, const Generator::CycleUpdate& batch) {
        return UpdateCycleKeys(database, plan, fk, batch);
      },
      &summary);
  if (status.ok() && database.engine() == "postgresql") {
    status = MoveSequences(database, generator.plans());
  }
  if (cache_size) {
    // Before the commit: after it, a failure here could not be rolled back.
    const absl::Status restored =
        database.Execute("PRAGMA cache_size = " + std::to_string(*cache_size));
    if (status.ok()) status = restored;
  }
  if (status.ok() && own) status = database.Commit();
  if (!status.ok()) return failed(status);
  return summary;
}

}  // namespace db
}  // namespace gtest_data
