// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/seeder.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace gtest_data {
namespace db {
namespace {

bool AllNullable(const Table& table, const ForeignKey& key) {
  for (const std::string& column : key.columns) {
    const Column* c = table.FindColumn(column);
    if (c == nullptr || c->not_null) return false;
  }
  return true;
}

bool IsDeferred(const SeedPlan& plan, const std::string& table, const ForeignKey& key) {
  for (const SeedPlan::Deferred& d : plan.deferred) {
    if (d.table == table && d.key.columns == key.columns && d.key.parent_table == key.parent_table) {
      return true;
    }
  }
  return false;
}

// A column list naming the deferred columns of `table`, for leaving them out.
std::set<std::string> DeferredColumns(const SeedPlan& plan, const std::string& table) {
  std::set<std::string> columns;
  for (const SeedPlan::Deferred& d : plan.deferred) {
    if (d.table == table) columns.insert(d.key.columns.begin(), d.key.columns.end());
  }
  return columns;
}

// One all-or-nothing unit of work: a transaction of its own, or a savepoint
// inside the caller's open transaction (a DbTest's, say).
class Unit {
 public:
  explicit Unit(Database& database) : database_(database), nested_(database.InTransaction()) {}
  absl::Status Begin() { return nested_ ? database_.Savepoint(kName) : database_.Begin(); }
  absl::Status Commit() { return nested_ ? database_.Release(kName) : database_.Commit(); }
  void Undo() {
    (nested_ ? database_.RollbackTo(kName) : database_.Rollback()).IgnoreError();
  }

 private:
  static constexpr char kName[] = "gtest_data_seed";
  Database& database_;
  bool nested_;
};

absl::Status Failed(Unit& unit, const absl::Status& status) {
  unit.Undo();
  return absl::Status(status.code(), "rolled back, nothing was changed: " +
                                         std::string(status.message()));
}

}  // namespace

absl::StatusOr<SeedPlan> PlanSeeding(const Schema& schema, const std::vector<std::string>& tables) {
  SeedPlan plan;
  for (const std::string& name : tables) {
    if (schema.Find(name) == nullptr) {
      return absl::NotFoundError("table \"" + name + "\" is not in the database's schema");
    }
  }
  const std::set<std::string> wanted(tables.begin(), tables.end());
  // Self-references with nullable columns are always filled in afterwards.
  for (const std::string& name : tables) {
    const Table& table = *schema.Find(name);
    for (const ForeignKey& key : table.foreign_keys) {
      if (key.parent_table == name && AllNullable(table, key)) plan.deferred.push_back({name, key});
    }
  }
  std::set<std::string> placed;
  auto ready = [&](const std::string& name) {
    const Table& table = *schema.Find(name);
    for (const ForeignKey& key : table.foreign_keys) {
      if (key.parent_table == name || wanted.count(key.parent_table) == 0) continue;
      if (placed.count(key.parent_table) == 0 && !IsDeferred(plan, name, key)) return false;
    }
    return true;
  };
  while (plan.order.size() < tables.size()) {
    bool progressed = false;
    for (const std::string& name : tables) {
      if (placed.count(name) == 0 && ready(name)) {
        plan.order.push_back(name);
        placed.insert(name);
        progressed = true;
        break;  // restart: keeps ties in the given order
      }
    }
    if (progressed) continue;
    // A cycle among the unplaced tables: defer the first nullable key on it
    // (one whose parent leads back to its table; a table that only points
    // into a cycle, an audit log's actor, waits for it instead).
    auto reaches = [&](const std::string& from, const std::string& to) {
      std::vector<std::string> stack{from};
      std::set<std::string> seen;
      while (!stack.empty()) {
        const std::string at = stack.back();
        stack.pop_back();
        if (at == to) return true;
        if (!seen.insert(at).second) continue;
        for (const ForeignKey& k : schema.Find(at)->foreign_keys) {
          if (k.parent_table != at && wanted.count(k.parent_table) != 0 &&
              placed.count(k.parent_table) == 0 && !IsDeferred(plan, at, k)) {
            stack.push_back(k.parent_table);
          }
        }
      }
      return false;
    };
    bool broken = false;
    for (const std::string& name : tables) {
      if (placed.count(name) != 0) continue;
      const Table& table = *schema.Find(name);
      for (const ForeignKey& key : table.foreign_keys) {
        if (key.parent_table == name || wanted.count(key.parent_table) == 0 ||
            placed.count(key.parent_table) != 0 || IsDeferred(plan, name, key) ||
            !reaches(key.parent_table, name)) {
          continue;
        }
        if (AllNullable(table, key)) {
          plan.deferred.push_back({name, key});
          broken = true;
          break;
        }
      }
      if (broken) break;
    }
    if (!broken) {
      // Name the cycle: follow unplaced parents from the first unplaced table.
      std::vector<std::string> path;
      std::string at;
      for (const std::string& name : tables) {
        if (placed.count(name) == 0) {
          at = name;
          break;
        }
      }
      while (std::find(path.begin(), path.end(), at) == path.end()) {
        path.push_back(at);
        for (const ForeignKey& key : schema.Find(at)->foreign_keys) {
          if (key.parent_table != at && wanted.count(key.parent_table) != 0 &&
              placed.count(key.parent_table) == 0) {
            at = key.parent_table;
            break;
          }
        }
      }
      std::string cycle;
      for (auto it = std::find(path.begin(), path.end(), at); it != path.end(); ++it) {
        cycle += *it + " -> ";
      }
      return absl::FailedPreconditionError(
          "foreign keys form a cycle with no nullable key to break it: " + cycle + at);
    }
  }
  return plan;
}

absl::Status Seed(Database& database, const Schema& schema, const Dataset& data) {
  absl::StatusOr<SeedPlan> plan = PlanSeeding(schema, data.tables());
  if (!plan.ok()) return plan.status();
  Unit unit(database);
  absl::Status begun = unit.Begin();
  if (!begun.ok()) return begun;
  for (const std::string& name : plan->order) {
    const std::vector<Dataset::Entry>& entries = *data.Entries(name);
    const std::set<std::string> deferred = DeferredColumns(*plan, name);
    // Consecutive rows with the same columns go in one batch.
    size_t start = 0;
    while (start < entries.size()) {
      std::vector<std::string> columns;
      for (const Row::Cell& cell : entries[start].row.cells()) {
        if (deferred.count(cell.first) == 0) columns.push_back(cell.first);
      }
      auto same_columns = [&](const Row& row) {
        size_t n = 0;
        for (const Row::Cell& cell : row.cells()) {
          if (deferred.count(cell.first) != 0) continue;
          if (n >= columns.size() || columns[n] != cell.first) return false;
          ++n;
        }
        return n == columns.size();
      };
      size_t end = start + 1;
      while (end < entries.size() && same_columns(entries[end].row)) ++end;
      std::vector<const Row*> rows;
      rows.reserve(end - start);
      for (size_t i = start; i < end; ++i) rows.push_back(&entries[i].row);
      absl::Status inserted = database.InsertRows(name, columns, rows);
      if (!inserted.ok()) {
        // The engine counts rows within the batch; say which row of the table.
        return Failed(unit, absl::Status(inserted.code(),
                                             std::string(inserted.message()) + " (batch from row " +
                                                 std::to_string(start) + " of " + name + ")"));
      }
      start = end;
    }
  }
  for (const SeedPlan::Deferred& d : plan->deferred) {
    const Table& table = *schema.Find(d.table);
    if (table.primary_key.empty()) {
      return Failed(unit, absl::FailedPreconditionError(
                                  d.table + ": has no primary key, so the cycle-breaking key (" +
                                  d.key.columns.front() + ") cannot be set after insert"));
    }
    std::string sql = "UPDATE " + QuoteIdentifier(d.table) + " SET ";
    int index = 0;
    for (size_t c = 0; c < d.key.columns.size(); ++c) {
      sql += (c ? ", " : "") + QuoteIdentifier(d.key.columns[c]) + " = " +
             database.Placeholder(++index);
    }
    sql += " WHERE ";
    for (size_t k = 0; k < table.primary_key.size(); ++k) {
      sql += (k ? " AND " : "") + QuoteIdentifier(table.primary_key[k]) + " = " +
             database.Placeholder(++index);
    }
    const std::vector<Dataset::Entry>& entries = *data.Entries(d.table);
    for (size_t r = 0; r < entries.size(); ++r) {
      const Row& row = entries[r].row;
      std::vector<Value> params;
      bool any = false;
      for (const std::string& column : d.key.columns) {
        const Value* v = row.Find(column);
        params.push_back(v ? *v : Value());
        any = any || (v != nullptr && !v->is_null());
      }
      if (!any) continue;
      for (const std::string& column : table.primary_key) {
        const Value* v = row.Find(column);
        if (v == nullptr || v->is_null()) {
          return Failed(unit, absl::FailedPreconditionError(
                                      d.table + " row " + std::to_string(r) + ": no value for "
                                      "primary key column " + column +
                                      ", needed to set " + d.key.columns.front() + " after insert"));
        }
        params.push_back(*v);
      }
      absl::StatusOr<std::vector<Row>> updated = database.Query(sql, params);
      if (!updated.ok()) {
        return Failed(unit, absl::Status(updated.status().code(),
                                             d.table + " row " + std::to_string(r) + ": " +
                                                 std::string(updated.status().message())));
      }
    }
  }
  // PostgreSQL: rows inserted with explicit keys leave a serial or identity
  // column's sequence behind; move it past them so that later inserts
  // without a key do not collide.
  if (database.engine() == "postgresql") {
    for (const std::string& name : plan->order) {
      const Table* table = schema.Find(name);
      if (table == nullptr || table->primary_key.size() != 1) continue;
      const std::string& key = table->primary_key.front();
      absl::StatusOr<std::vector<Row>> sequence =
          database.Query("SELECT pg_get_serial_sequence($1, $2) AS s",
                         {Value(QuoteIdentifier(name)), Value(key)});
      if (!sequence.ok()) return Failed(unit, sequence.status());
      if (sequence->empty() || sequence->front().Get("s").is_null()) continue;
      absl::StatusOr<std::vector<Row>> moved = database.Query(
          "SELECT setval($1, coalesce(max(" + QuoteIdentifier(key) + "), 0) + 1, false) AS v FROM " +
              QuoteIdentifier(name),
          {sequence->front().Get("s")});
      if (!moved.ok()) return Failed(unit, moved.status());
    }
  }
  absl::Status committed = unit.Commit();
  if (!committed.ok()) return Failed(unit, committed);
  return absl::OkStatus();
}

absl::Status Unseed(Database& database, const Schema& schema, const Dataset& data) {
  absl::StatusOr<SeedPlan> plan = PlanSeeding(schema, data.tables());
  if (!plan.ok()) return plan.status();
  Unit unit(database);
  absl::Status begun = unit.Begin();
  if (!begun.ok()) return begun;
  // Cycle-breaking keys of the dataset's rows first, so that rows can go
  // in reverse order.
  for (const SeedPlan::Deferred& d : plan->deferred) {
    const Table& table = *schema.Find(d.table);
    if (table.primary_key.empty()) {
      return Failed(unit, absl::FailedPreconditionError(d.table + ": has no primary key"));
    }
    std::string sql = "UPDATE " + QuoteIdentifier(d.table) + " SET ";
    for (size_t c = 0; c < d.key.columns.size(); ++c) {
      sql += (c ? ", " : "") + QuoteIdentifier(d.key.columns[c]) + " = NULL";
    }
    sql += " WHERE ";
    for (size_t k = 0; k < table.primary_key.size(); ++k) {
      sql += (k ? " AND " : "") + QuoteIdentifier(table.primary_key[k]) + " = " +
             database.Placeholder(static_cast<int>(k) + 1);
    }
    for (const Dataset::Entry& entry : *data.Entries(d.table)) {
      std::vector<Value> key;
      for (const std::string& column : table.primary_key) {
        const Value* v = entry.row.Find(column);
        key.push_back(v ? *v : Value());
      }
      absl::StatusOr<std::vector<Row>> cleared = database.Query(sql, key);
      if (!cleared.ok()) return Failed(unit, cleared.status());
    }
  }
  for (auto it = plan->order.rbegin(); it != plan->order.rend(); ++it) {
    const Table& table = *schema.Find(*it);
    if (table.primary_key.empty()) {
      return Failed(unit, absl::FailedPreconditionError(*it + ": has no primary key"));
    }
    std::string sql = "DELETE FROM " + QuoteIdentifier(*it) + " WHERE ";
    for (size_t k = 0; k < table.primary_key.size(); ++k) {
      sql += (k ? " AND " : "") + QuoteIdentifier(table.primary_key[k]) + " = " +
             database.Placeholder(static_cast<int>(k) + 1);
    }
    const std::vector<Dataset::Entry>& entries = *data.Entries(*it);
    for (auto row = entries.rbegin(); row != entries.rend(); ++row) {
      std::vector<Value> key;
      for (const std::string& column : table.primary_key) {
        const Value* v = row->row.Find(column);
        key.push_back(v ? *v : Value());
      }
      absl::StatusOr<std::vector<Row>> deleted = database.Query(sql, key);
      if (!deleted.ok()) return Failed(unit, deleted.status());
    }
  }
  absl::Status committed = unit.Commit();
  if (!committed.ok()) return Failed(unit, committed);
  return absl::OkStatus();
}

}  // namespace db
}  // namespace gtest_data
