// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/checks.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace gtest_data {
namespace db {
namespace {

// Prefixed so that it cannot collide with a column of the checked table.
constexpr const char* kCountColumn = "gtest_data_count";

using Violations = std::vector<std::string>;

std::string Plural(int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string ColumnList(const std::vector<std::string>& columns, const std::string& qualifier) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    out += (i ? ", " : "") + qualifier + QuoteIdentifier(columns[i]);
  }
  return out;
}

// "(a, b)" for messages: the names as the schema spells them, unquoted.
std::string NameList(const std::vector<std::string>& columns) {
  std::string out = "(";
  for (size_t i = 0; i < columns.size(); ++i) out += (i ? ", " : "") + columns[i];
  return out + ")";
}

// "c.a IS NOT NULL AND c.b IS NOT NULL".
std::string NotNull(const std::vector<std::string>& columns, const std::string& qualifier) {
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) {
    out += (i ? " AND " : "") + qualifier + QuoteIdentifier(columns[i]) + " IS NOT NULL";
  }
  return out;
}

absl::StatusOr<int64_t> Count(Database& database, const std::string& from) {
  absl::StatusOr<std::vector<Row>> rows = database.Query(
      std::string("SELECT count(*) AS ") + QuoteIdentifier(kCountColumn) + " " + from, {});
  if (!rows.ok()) return rows.status();
  return rows->front().Get(kCountColumn).as_int();
}

// The examples, ", "-separated, with ", ..." when `total` exceeds them;
// `describe` renders one.
template <typename Describe>
std::string Examples(const std::vector<Row>& rows, int64_t total, Describe describe) {
  std::string out;
  for (size_t i = 0; i < rows.size(); ++i) out += (i ? ", " : "") + describe(rows[i]);
  if (total > static_cast<int64_t>(rows.size())) out += ", ...";
  return out;
}

// Whether `table` is among `only` (every table when `only` is null).
bool Chosen(const std::vector<std::string>* only, const std::string& table) {
  if (only == nullptr) return true;
  for (const std::string& name : *only) {
    if (name == table) return true;
  }
  return false;
}

absl::StatusOr<Violations> ForeignKeyViolations(Database& database, const Schema& schema,
                                                const std::vector<std::string>* only = nullptr) {
  Violations violations;
  for (const Table& table : schema.tables) {
    if (!Chosen(only, table.name)) continue;
    for (const ForeignKey& fk : table.foreign_keys) {
      const std::string name = "foreign key check: " + table.name + " " + NameList(fk.columns) +
                               " -> " + fk.parent_table + " " + NameList(fk.parent_columns);
      // PostgreSQL's introspection names a parent the search path does not
      // reach by its name as schema.table: checked there, qualified.
      const size_t dot = fk.parent_table.find('.');
      const bool qualified = schema.Find(fk.parent_table) == nullptr &&
                             database.engine() == "postgresql" && dot != std::string::npos;
      if (schema.Find(fk.parent_table) == nullptr && !qualified) {
        violations.push_back(name + ": the parent table does not exist");
        continue;
      }
      const std::string parent =
          qualified ? QuoteIdentifier(fk.parent_table.substr(0, dot)) + "." +
                          QuoteIdentifier(fk.parent_table.substr(dot + 1))
                    : QuoteIdentifier(fk.parent_table);
      // NOT EXISTS rather than LEFT JOIN: a parent key that is itself not
      // unique (possible where the engine never checked it) would repeat
      // child rows in a join.
      std::string parent_match;
      for (size_t i = 0; i < fk.columns.size(); ++i) {
        parent_match += std::string(i ? " AND " : "") + "p." +
                        QuoteIdentifier(fk.parent_columns[i]) + " = c." +
                        QuoteIdentifier(fk.columns[i]);
      }
      const std::string from = "FROM " + QuoteIdentifier(table.name) + " AS c WHERE " +
                               NotNull(fk.columns, "c.") + " AND NOT EXISTS (SELECT 1 FROM " +
                               parent + " AS p WHERE " + parent_match +
                               ")";
      absl::StatusOr<int64_t> total = Count(database, from);
      if (!total.ok()) return total.status();
      if (*total == 0) continue;

      // Show the child's key first, so the row can be found.
      std::vector<std::string> shown = table.primary_key;
      for (const std::string& column : fk.columns) {
        bool seen = false;
        for (const std::string& s : shown) seen = seen || s == column;
        if (!seen) shown.push_back(column);
      }
      const std::string list = ColumnList(shown, "c.");
      absl::StatusOr<std::vector<Row>> rows =
          database.Query("SELECT " + list + " " + from + " ORDER BY " + list + " LIMIT " +
                             std::to_string(kMaxExampleRows),
                         {});
      if (!rows.ok()) return rows.status();
      violations.push_back(name + ": " + Plural(*total, "row has", "rows have") +
                           " no parent row: " +
                           Examples(*rows, *total, [](const Row& row) { return row.ToString(); }));
    }
  }
  return violations;
}

absl::StatusOr<Violations> UniqueViolations(Database& database, const Schema& schema,
                                            const std::vector<std::string>* only = nullptr) {
  Violations violations;
  for (const Table& table : schema.tables) {
    if (!Chosen(only, table.name)) continue;
    std::vector<std::pair<std::string, const std::vector<std::string>*>> keys;
    if (!table.primary_key.empty()) keys.emplace_back("primary key", &table.primary_key);
    for (const UniqueConstraint& unique : table.uniques) {
      keys.emplace_back("unique " + unique.name, &unique.columns);
    }
    for (const auto& [what, columns] : keys) {
      if (columns->empty()) continue;
      const std::string list = ColumnList(*columns, "");
      const std::string groups = "FROM " + QuoteIdentifier(table.name) + " WHERE " +
                                 NotNull(*columns, "") + " GROUP BY " + list +
                                 " HAVING count(*) > 1";
      absl::StatusOr<int64_t> total =
          Count(database, "FROM (SELECT 1 AS one " + groups + ") AS duplicates");
      if (!total.ok()) return total.status();
      if (*total == 0) continue;
      absl::StatusOr<std::vector<Row>> rows = database.Query(
          "SELECT " + list + ", count(*) AS " + QuoteIdentifier(kCountColumn) + " " + groups +
              " ORDER BY " + list + " LIMIT " + std::to_string(kMaxExampleRows),
          {});
      if (!rows.ok()) return rows.status();
      auto describe = [](const Row& row) {
        Row key;
        for (const Row::Cell& cell : row.cells()) {
          if (cell.first != kCountColumn) key.AppendUnchecked(cell.first, cell.second);
        }
        return key.ToString() + " in " + std::to_string(row.Get(kCountColumn).as_int()) + " rows";
      };
      violations.push_back("unique check: " + table.name + " " + what + " " + NameList(*columns) +
                           ": " + Plural(*total, "value occurs", "values occur") +
                           " more than once: " + Examples(*rows, *total, describe));
    }
  }
  return violations;
}

absl::Status ToStatus(const Violations& violations) {
  if (violations.empty()) return absl::OkStatus();
  std::string message;
  for (const std::string& v : violations) message += (message.empty() ? "" : "\n") + v;
  return absl::FailedPreconditionError(message);
}

}  // namespace

absl::Status CheckForeignKeys(Database& database, const Schema& schema) {
  absl::StatusOr<Violations> violations = ForeignKeyViolations(database, schema);
  if (!violations.ok()) return violations.status();
  return ToStatus(*violations);
}

absl::Status CheckUniqueKeys(Database& database, const Schema& schema) {
  absl::StatusOr<Violations> violations = UniqueViolations(database, schema);
  if (!violations.ok()) return violations.status();
  return ToStatus(*violations);
}

absl::Status CheckForeignKeys(Database& database, const Schema& schema,
                              const std::vector<std::string>& tables) {
  absl::StatusOr<Violations> violations = ForeignKeyViolations(database, schema, &tables);
  if (!violations.ok()) return violations.status();
  return ToStatus(*violations);
}

absl::Status CheckUniqueKeys(Database& database, const Schema& schema,
                             const std::vector<std::string>& tables) {
  absl::StatusOr<Violations> violations = UniqueViolations(database, schema, &tables);
  if (!violations.ok()) return violations.status();
  return ToStatus(*violations);
}

absl::Status CheckIntegrity(Database& database, const Schema& schema) {
  absl::StatusOr<Violations> keys = ForeignKeyViolations(database, schema);
  if (!keys.ok()) return keys.status();
  absl::StatusOr<Violations> uniques = UniqueViolations(database, schema);
  if (!uniques.ok()) return uniques.status();
  keys->insert(keys->end(), uniques->begin(), uniques->end());
  return ToStatus(*keys);
}

absl::Status CheckQueryReturnsNothing(Database& database, std::string_view name,
                                      std::string_view sql) {
  absl::StatusOr<std::vector<Row>> rows = database.Query(sql, {});
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return absl::OkStatus();
  std::string message = "invariant \"" + std::string(name) +
                        "\" failed: " + Plural(static_cast<int64_t>(rows->size()), "row", "rows") +
                        " from\n" + std::string(sql);
  const size_t shown = rows->size() < kMaxExampleRows ? rows->size() : kMaxExampleRows;
  for (size_t i = 0; i < shown; ++i) message += "\n  " + (*rows)[i].ToString();
  if (rows->size() > shown) {
    message += "\n  ... and " + std::to_string(rows->size() - shown) + " more";
  }
  return absl::FailedPreconditionError(message);
}

}  // namespace db
}  // namespace gtest_data
