// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/expect.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace gtest_data {
namespace db {
namespace {

constexpr const char* kWhere = "expected dataset: ";
// The alias of a primary-key column read only to name rows in the diff.
constexpr std::string_view kKeyAlias = "gtest_data_key_";

// --- values --------------------------------------------------------------

// A number as the comparison sees it: exact when both sides are integers,
// else a double.
struct Number {
  bool is_int = false;
  int64_t i = 0;
  double d = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// JSON's number syntax (no leading '+', no bare "." or "1."): the forms
// PostgreSQL writes `numeric` in and a person writes a number in. Anything
// looser would turn codes such as "1." or " 5" into numbers.
std::optional<Number> ParseNumber(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  const size_t whole = i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == whole) return std::nullopt;
  bool integral = true;
  if (i < s.size() && s[i] == '.') {
    const size_t fraction = ++i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == fraction) return std::nullopt;
    integral = false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const size_t exponent = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == exponent) return std::nullopt;
    integral = false;
  }
  if (i != s.size()) return std::nullopt;
  const char* end = s.data() + s.size();
  Number n;
  if (integral) {
    const auto [ptr, ec] = std::from_chars(s.data(), end, n.i);
    if (ec == std::errc() && ptr == end) {
      n.is_int = true;
      n.d = static_cast<double>(n.i);
      return n;
    }
  }
  // Integers beyond int64 fall through to a double, as JSON readers do.
  const auto [ptr, ec] = std::from_chars(s.data(), end, n.d);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return n;
}

std::optional<Number> AsNumber(const Value& v) {
  Number n;
  switch (v.kind()) {
    case ValueKind::kBool:
      n.is_int = true;
      n.i = v.as_bool() ? 1 : 0;
      n.d = static_cast<double>(n.i);
      return n;
    case ValueKind::kInt:
      n.is_int = true;
      n.i = v.as_int();
      n.d = static_cast<double>(n.i);
      return n;
    case ValueKind::kDouble:
      n.d = v.as_double();
      return n;
    case ValueKind::kString:
      return ParseNumber(v.as_string());
    case ValueKind::kNull:
      break;
  }
  return std::nullopt;
}

bool SameNumber(const Number& a, const Number& b, double tolerance) {
  if (a.is_int && b.is_int) return a.i == b.i;
  if (a.d == b.d) return true;  // also equal infinities
  if (std::isnan(a.d) && std::isnan(b.d)) return true;
  return std::fabs(a.d - b.d) <= tolerance;
}

// `numeric`: whether the column holds any bool, integer or double (see the
// header for why the column, not the pair, decides).
bool SameValue(const Value& expected, const Value& actual, bool numeric, double tolerance) {
  if (expected.is_null() || actual.is_null()) return expected.is_null() && actual.is_null();
  if (numeric) {
    const std::optional<Number> e = AsNumber(expected);
    const std::optional<Number> a = AsNumber(actual);
    if (e && a) return SameNumber(*e, *a, tolerance);
    if (e || a) return false;
  }
  return expected.kind() == ValueKind::kString && actual.kind() == ValueKind::kString &&
         expected.as_string() == actual.as_string();
}

// Appends a text form of `v` such that equal texts imply SameValue() at any
// tolerance (the converse fails only for integers beyond 2^53 against
// doubles, which the row-by-row pass then finds). Length-prefixed, so that
// concatenated cells cannot run into each other.
void AppendCanonical(const Value& v, bool numeric, std::string* out) {
  std::string text;
  if (v.is_null()) {
    *out += "n;";
    return;
  }
  std::optional<Number> n = numeric ? AsNumber(v) : std::nullopt;
  if (n && !n->is_int && std::isfinite(n->d) && std::trunc(n->d) == n->d &&
      std::fabs(n->d) < 9.2e18) {
    n->is_int = true;
    n->i = static_cast<int64_t>(n->d);
  }
  if (n && n->is_int) {
    text = "i" + std::to_string(n->i);
  } else if (n) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), n->d);
    text = "d" + std::string(buffer, result.ptr);
  } else {
    text = "s" + v.as_string();
  }
  *out += std::to_string(text.size()) + ":" + text;
}

std::string Plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// --- options -------------------------------------------------------------

struct Ignored {
  std::set<std::string, std::less<>> everywhere;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> by_table;

  bool Has(const std::string& table, const std::string& column) const {
    if (everywhere.count(column) != 0) return true;
    auto it = by_table.find(table);
    return it != by_table.end() && it->second.count(column) != 0;
  }
};

absl::StatusOr<Ignored> ParseIgnored(const Schema& schema, const std::vector<std::string>& names) {
  Ignored ignored;
  for (const std::string& name : names) {
    const size_t dot = name.rfind('.');
    if (dot == std::string::npos) {
      ignored.everywhere.insert(name);
      continue;
    }
    const std::string table = name.substr(0, dot);
    const std::string column = name.substr(dot + 1);
    const Table* t = schema.Find(table);
    if (t == nullptr) {
      return absl::NotFoundError(std::string(kWhere) + "unknown table (ignore_columns: \"" + name +
                                 "\"): not in the database");
    }
    if (t->FindColumn(column) == nullptr) {
      return absl::NotFoundError(std::string(kWhere) + "unknown column (ignore_columns: \"" + name +
                                 "\"): not in the database's table " + table);
    }
    ignored.by_table[table].insert(column);
  }
  return ignored;
}

// --- one table -----------------------------------------------------------

class TableDiff {
 public:
  TableDiff(Database& database, const Table& table, const std::vector<Dataset::Entry>* entries,
            const Ignored& ignored, const ExpectOptions& options)
      : database_(database),
        table_(table),
        entries_(entries),
        ignored_(ignored),
        options_(options) {}

  // The table's block of the diff, or "" when it matches.
  absl::StatusOr<std::string> Run() {
    absl::Status status = ChooseColumns();
    if (!status.ok()) return status;
    status = ReadActual();
    if (!status.ok()) return status;
    ReadExpected();
    DecideNumeric();
    status = Match();
    if (!status.ok()) return status;
    return Render();
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  // Rows left unpaired on a side beyond which changed rows are not paired
  // (reported missing and extra instead); see Match().
  static constexpr size_t kMaxPairingRows = 1000;

  absl::Status ChooseColumns() {
    const bool all = entries_ == nullptr || options_.all_columns;
    if (all) {
      for (const Column& column : table_.columns) {
        if (!ignored_.Has(table_.name, column.name)) columns_.push_back(column.name);
      }
    }
    if (entries_ == nullptr) return absl::OkStatus();
    std::set<std::string, std::less<>> seen(columns_.begin(), columns_.end());
    for (size_t r = 0; r < entries_->size(); ++r) {
      for (const Row::Cell& cell : (*entries_)[r].row.cells()) {
        if (ignored_.Has(table_.name, cell.first) || seen.count(cell.first) != 0) continue;
        if (table_.FindColumn(cell.first) == nullptr) {
          return absl::NotFoundError(std::string(kWhere) + "unknown column (" + table_.name + "." +
                                     cell.first + "[" + std::to_string(r) +
                                     "]): not in the database's table " + table_.name);
        }
        seen.insert(cell.first);
        columns_.push_back(cell.first);
      }
    }
    return absl::OkStatus();
  }

  absl::Status ReadActual() {
    std::string sql = "SELECT ";
    std::string list;
    for (size_t c = 0; c < columns_.size(); ++c) {
      list += (c ? ", " : "") + QuoteIdentifier(columns_[c]);
    }
    // With every column ignored, only the number of rows is compared. The
    // primary key comes too, when not compared, to name changed rows.
    std::vector<std::string> key_sources;  // where each key column is read from
    if (!columns_.empty()) {
      for (size_t k = 0; k < table_.primary_key.size(); ++k) {
        const std::string& column = table_.primary_key[k];
        if (std::find(columns_.begin(), columns_.end(), column) != columns_.end()) {
          key_sources.push_back(column);
        } else {
          const std::string alias = std::string(kKeyAlias) + std::to_string(k);
          list += ", " + QuoteIdentifier(column) + " AS " + QuoteIdentifier(alias);
          key_sources.push_back(alias);
        }
      }
    }
    sql += columns_.empty() ? "1 AS gtest_data_row" : list;
    sql += " FROM " + QuoteIdentifier(table_.name);
    // A fixed order keeps the diff the same from run to run (PostgreSQL's
    // heap order is not).
    if (!table_.primary_key.empty()) {
      sql += " ORDER BY ";
      for (size_t k = 0; k < table_.primary_key.size(); ++k) {
        sql += (k ? ", " : "") + QuoteIdentifier(table_.primary_key[k]);
      }
    } else if (!columns_.empty()) {
      sql += " ORDER BY " + list;
    }
    absl::StatusOr<std::vector<Row>> rows = database_.Query(sql, {});
    if (!rows.ok()) return rows.status();
    actual_rows_ = *std::move(rows);
    actual_.reserve(actual_rows_.size());
    for (Row& row : actual_rows_) {
      if (columns_.empty()) row = Row();
      std::string key_text;
      for (size_t k = 0; k < key_sources.size(); ++k) {
        const Value* value = row.Find(key_sources[k]);
        key_text += (k ? ", " : "") + table_.primary_key[k] + "=" +
                    (value != nullptr ? value->ToString() : "?");
      }
      actual_key_text_.push_back(std::move(key_text));
      std::vector<const Value*> cells(columns_.size());
      for (size_t c = 0; c < columns_.size(); ++c) {
        cells[c] = ColumnValue(row, columns_, c);
        if (cells[c] == nullptr) {
          return absl::InternalError(std::string(kWhere) + "the query of " + table_.name +
                                     " returned no column " + columns_[c]);
        }
      }
      actual_.push_back(std::move(cells));
    }
    return absl::OkStatus();
  }

  void ReadExpected() {
    if (entries_ == nullptr) return;
    static const Value kNull;
    expected_.reserve(entries_->size());
    for (const Dataset::Entry& entry : *entries_) {
      std::vector<const Value*> cells(columns_.size());
      for (size_t c = 0; c < columns_.size(); ++c) {
        cells[c] = entry.row.Find(columns_[c]);
        if (cells[c] == nullptr && options_.all_columns) cells[c] = &kNull;
      }
      expected_.push_back(std::move(cells));
    }
  }

  void DecideNumeric() {
    numeric_.assign(columns_.size(), false);
    auto scan = [this](const std::vector<std::vector<const Value*>>& rows) {
      for (const std::vector<const Value*>& row : rows) {
        for (size_t c = 0; c < row.size(); ++c) {
          if (row[c] != nullptr && !row[c]->is_null() && row[c]->kind() != ValueKind::kString) {
            numeric_[c] = true;
          }
        }
      }
    };
    scan(expected_);
    scan(actual_);
  }

  bool SameRow(const std::vector<const Value*>& expected,
               const std::vector<const Value*>& actual) const {
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (expected[c] != nullptr &&
          !SameValue(*expected[c], *actual[c], numeric_[c], options_.tolerance)) {
        return false;
      }
    }
    return true;
  }

  // The canonical text of `row`'s cells at `indices`; nullopt when one of
  // them is not compared in that row.
  std::optional<std::string> Canonical(const std::vector<const Value*>& row,
                                       const std::vector<size_t>& indices) const {
    std::string out;
    for (size_t c : indices) {
      if (row[c] == nullptr) return std::nullopt;
      AppendCanonical(*row[c], numeric_[c], &out);
    }
    return out;
  }

  // The primary key's places among the compared columns, when rows can be
  // matched by it: every key column compared and given by every expected
  // row.
  bool FindKey() {
    if (table_.primary_key.empty() || expected_.empty()) return false;
    for (const std::string& column : table_.primary_key) {
      size_t index = kNone;
      for (size_t c = 0; c < columns_.size(); ++c) {
        if (columns_[c] == column) index = c;
      }
      if (index == kNone) return false;
      key_.push_back(index);
    }
    for (const std::vector<const Value*>& row : expected_) {
      for (size_t c : key_) {
        if (row[c] == nullptr || row[c]->is_null()) return false;
      }
    }
    return true;
  }

  absl::Status Match() {
    expected_match_.assign(expected_.size(), kNone);
    actual_matched_.assign(actual_.size(), false);
    keyed_ = FindKey();
    if (!keyed_) key_.clear();

    if (options_.ordered) {
      for (size_t i = 0; i < expected_.size() && i < actual_.size(); ++i) {
        if (!keyed_ || Canonical(expected_[i], key_) == Canonical(actual_[i], key_)) {
          Pair(i, i);
        }
      }
      return absl::OkStatus();
    }

    if (keyed_) {
      std::map<std::string, size_t> by_key;
      for (size_t j = 0; j < actual_.size(); ++j) by_key.emplace(*Canonical(actual_[j], key_), j);
      std::map<std::string, size_t> expected_keys;
      for (size_t i = 0; i < expected_.size(); ++i) {
        const std::string key = *Canonical(expected_[i], key_);
        auto [it, inserted] = expected_keys.emplace(key, i);
        if (!inserted) {
          return absl::InvalidArgumentError(std::string(kWhere) + "duplicate key (" + RowName(i) +
                                            "): rows " + std::to_string(it->second) + " and " +
                                            std::to_string(i) + " of " + table_.name + " share it");
        }
        auto found = by_key.find(key);
        if (found != by_key.end()) Pair(i, found->second);
      }
      return absl::OkStatus();
    }

    // Exact matches first, by canonical text, in O(n log n); then whatever
    // is left (rows with columns left out, values equal only within the
    // tolerance) pairwise.
    std::vector<size_t> all(columns_.size());
    for (size_t c = 0; c < all.size(); ++c) all[c] = c;
    std::map<std::string, std::vector<size_t>> by_row;
    for (size_t j = 0; j < actual_.size(); ++j) by_row[*Canonical(actual_[j], all)].push_back(j);
    std::map<std::string, size_t> taken;
    for (size_t i = 0; i < expected_.size(); ++i) {
      const std::optional<std::string> text = Canonical(expected_[i], all);
      if (!text) continue;
      auto it = by_row.find(*text);
      if (it == by_row.end()) continue;
      size_t& next = taken[*text];
      if (next < it->second.size()) Pair(i, it->second[next++]);
    }
    for (size_t i = 0; i < expected_.size(); ++i) {
      if (expected_match_[i] != kNone) continue;
      for (size_t j = 0; j < actual_.size(); ++j) {
        if (!actual_matched_[j] && SameRow(expected_[i], actual_[j])) {
          Pair(i, j);
          break;
        }
      }
    }
    // Then changed rows: an expected row and an actual one that agree on
    // at least half the columns the expected row gives are one row with
    // the other columns changed (reported cell by cell), not a missing row
    // and an extra one. The closest pairs are taken first, so a change is
    // not blamed on the wrong row: every candidate pair is scored once
    // (O(U^2) for U rows left over) and taken greedily by score. Beyond
    // kMaxPairingRows left over on either side the rows stay missing and
    // extra: the diff is long either way, and the scoring would not end.
    std::vector<size_t> left_expected, left_actual;
    for (size_t i = 0; i < expected_.size(); ++i) {
      if (expected_match_[i] == kNone) left_expected.push_back(i);
    }
    for (size_t j = 0; j < actual_.size(); ++j) {
      if (!actual_matched_[j]) left_actual.push_back(j);
    }
    if (left_expected.size() > kMaxPairingRows || left_actual.size() > kMaxPairingRows) {
      return absl::OkStatus();
    }
    struct Candidate {
      size_t agree, i, j;
    };
    std::vector<Candidate> candidates;
    for (size_t i : left_expected) {
      size_t given = 0;
      for (const Value* v : expected_[i]) given += v != nullptr;
      for (size_t j : left_actual) {
        size_t agree = 0;
        for (size_t c = 0; c < columns_.size(); ++c) {
          agree += expected_[i][c] != nullptr &&
                   SameValue(*expected_[i][c], *actual_[j][c], numeric_[c], options_.tolerance);
        }
        if (2 * agree >= given && agree > 0) candidates.push_back({agree, i, j});
      }
    }
    // Most columns in common first; ties by expected, then actual position.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.agree != b.agree) return a.agree > b.agree;
      return a.i != b.i ? a.i < b.i : a.j < b.j;
    });
    for (const Candidate& c : candidates) {
      if (expected_match_[c.i] == kNone && !actual_matched_[c.j]) Pair(c.i, c.j);
    }
    return absl::OkStatus();
  }

  void Pair(size_t i, size_t j) {
    expected_match_[i] = j;
    actual_matched_[j] = true;
  }

  // "orders[id=3]" when keyed; else, for a matched row, by the primary key
  // the schema gives, read from the actual row ("orders[id=3]"); else
  // "orders[2]" (the expected row's position).
  std::string RowName(size_t i) const {
    std::string out = table_.name + "[";
    if (key_.empty() && expected_match_[i] != kNone &&
        !actual_key_text_[expected_match_[i]].empty()) {
      return out + actual_key_text_[expected_match_[i]] + "]";
    }
    if (key_.empty()) return out + std::to_string(i) + "]";
    for (size_t k = 0; k < key_.size(); ++k) {
      out += (k ? ", " : "") + columns_[key_[k]] + "=" + expected_[i][key_[k]]->ToString();
    }
    return out + "]";
  }

  std::string MissingLine(size_t i) const {
    const Dataset::Entry& entry = (*entries_)[i];
    Row shown;
    for (const Row::Cell& cell : entry.row.cells()) {
      if (!ignored_.Has(table_.name, cell.first)) shown.AppendUnchecked(cell.first, cell.second);
    }
    return "- expected " + (entry.label.empty() ? "" : "@" + entry.label + " ") + shown.ToString();
  }

  std::string ExtraLine(size_t j) const {
    Row shown;  // without the key columns read only to name rows
    for (const Row::Cell& cell : actual_rows_[j].cells()) {
      if (cell.first.rfind(kKeyAlias, 0) != 0) shown.AppendUnchecked(cell.first, cell.second);
    }
    return "+ actual " + shown.ToString();
  }

  // Appends the differing columns of matched rows; returns whether any.
  bool ChangedLines(size_t i, std::vector<std::string>* lines) const {
    const std::vector<const Value*>& e = expected_[i];
    const std::vector<const Value*>& a = actual_[expected_match_[i]];
    bool changed = false;
    for (size_t c = 0; c < columns_.size(); ++c) {
      if (e[c] == nullptr || SameValue(*e[c], *a[c], numeric_[c], options_.tolerance)) continue;
      lines->push_back(RowName(i) + "." + columns_[c] + ": expected " + e[c]->ToString() +
                       ", actual " + a[c]->ToString());
      changed = true;
    }
    return changed;
  }

  std::string Render() const {
    std::vector<std::string> lines;
    size_t differ = 0;
    if (options_.ordered) {
      const size_t n = expected_.size() > actual_.size() ? expected_.size() : actual_.size();
      for (size_t i = 0; i < n; ++i) {
        if (i < expected_.size() && expected_match_[i] != kNone) {
          if (ChangedLines(i, &lines)) ++differ;
          continue;
        }
        if (i < expected_.size()) {
          lines.push_back(MissingLine(i));
          ++differ;
        }
        if (i < actual_.size()) {
          lines.push_back(ExtraLine(i));
          ++differ;
        }
      }
    } else {
      for (size_t i = 0; i < expected_.size(); ++i) {
        if (expected_match_[i] == kNone) {
          lines.push_back(MissingLine(i));
          ++differ;
        } else if (ChangedLines(i, &lines)) {
          ++differ;
        }
      }
      for (size_t j = 0; j < actual_.size(); ++j) {
        if (actual_matched_[j]) continue;
        lines.push_back(ExtraLine(j));
        ++differ;
      }
    }
    if (differ == 0) return "";
    std::string out = "table " + table_.name + ": " + Plural(differ, "row differs", "rows differ") +
                      " (expected " + Plural(expected_.size(), "row", "rows") + ", found " +
                      std::to_string(actual_.size()) + ")";
    const size_t shown =
        lines.size() < options_.max_differences ? lines.size() : options_.max_differences;
    for (size_t l = 0; l < shown; ++l) out += "\n  " + lines[l];
    if (lines.size() > shown) {
      out += "\n  ... and " + Plural(lines.size() - shown, "more difference", "more differences");
    }
    return out;
  }

  Database& database_;
  const Table& table_;
  const std::vector<Dataset::Entry>* entries_;  // null: the table must be empty
  const Ignored& ignored_;
  const ExpectOptions& options_;

  std::vector<std::string> columns_;  // compared, in the order of the query
  std::vector<bool> numeric_;         // per compared column
  std::vector<Row> actual_rows_;
  std::vector<std::string> actual_key_text_;  // "id=3" per actual row; empty: no key
  // Per row, per compared column; nullptr where an expected row leaves the
  // column out (not compared).
  std::vector<std::vector<const Value*>> expected_;
  std::vector<std::vector<const Value*>> actual_;
  bool keyed_ = false;
  std::vector<size_t> key_;             // places of the primary key in columns_
  std::vector<size_t> expected_match_;  // the actual row of each expected row, or kNone
  std::vector<bool> actual_matched_;
};

}  // namespace

absl::Status ExpectTablesEqual(Database& database, const Dataset& expected,
                               const ExpectOptions& options) {
  absl::StatusOr<Schema> schema = database.Introspect();
  if (!schema.ok()) return schema.status();
  return ExpectTablesEqual(database, *schema, expected, options);
}

absl::Status ExpectTablesEqual(Database& database, const Schema& schema, const Dataset& expected,
                               const ExpectOptions& options) {
  if (!(options.tolerance >= 0)) {
    return absl::InvalidArgumentError(std::string(kWhere) + "the tolerance must not be negative: " +
                                      Value(options.tolerance).ToString());
  }
  absl::StatusOr<Ignored> ignored = ParseIgnored(schema, options.ignore_columns);
  if (!ignored.ok()) return ignored.status();

  // The tables to compare, each once: the dataset's, the empty ones, then
  // (with all_tables) the rest of the schema.
  std::vector<std::pair<const Table*, const std::vector<Dataset::Entry>*>> tables;
  std::set<std::string, std::less<>> listed;
  for (const std::string& name : expected.tables()) {
    const Table* table = schema.Find(name);
    if (table == nullptr) {
      return absl::NotFoundError(std::string(kWhere) + "unknown table (" + name +
                                 "): not in the database");
    }
    tables.emplace_back(table, expected.Entries(name));
    listed.insert(name);
  }
  for (const std::string& name : options.empty_tables) {
    const Table* table = schema.Find(name);
    if (table == nullptr) {
      return absl::NotFoundError(std::string(kWhere) + "unknown table (empty_tables: " + name +
                                 "): not in the database");
    }
    if (expected.Entries(name) != nullptr) {
      return absl::InvalidArgumentError(std::string(kWhere) + "table " + name +
                                        " is in empty_tables but the dataset has rows for it");
    }
    if (listed.insert(name).second) tables.emplace_back(table, nullptr);
  }
  if (options.all_tables) {
    for (const Table& table : schema.tables) {
      if (listed.insert(table.name).second) tables.emplace_back(&table, nullptr);
    }
  }

  std::string message;
  for (const auto& [table, entries] : tables) {
    TableDiff diff(database, *table, entries, *ignored, options);
    absl::StatusOr<std::string> block = diff.Run();
    if (!block.ok()) return block.status();
    if (block->empty()) continue;
    message += (message.empty() ? "" : "\n") + *block;
  }
  if (message.empty()) return absl::OkStatus();
  return absl::FailedPreconditionError(message);
}

}  // namespace db
}  // namespace gtest_data
