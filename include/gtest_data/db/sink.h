// Copyright 2026 The gtest_data Authors.
//
// DatabaseSink: factories' create (and scenarios, and DataTest) persisting
// into a real database instead of the in-memory store.
//
//   auto db = *db::OpenSqlite("sqlite::memory:");
//   db::DatabaseSink sink(*db);
//   Context context(seed);
//   context.set_sink(&sink);
//   Customer saved = customers.Create(context);   // INSERT, then the new id
//
// A row without its key (missing, null or 0) is inserted without it and the
// engine's value comes back (PostgreSQL: RETURNING; SQLite: read by
// last_insert_rowid(), or RETURNING for a table without rowid); a row with a key is
// inserted as is (on PostgreSQL the key's sequence is then moved past it,
// so rows without a key that follow do not collide). Errors name the table and carry the engine's message;
// the row is not persisted.

#ifndef GTEST_DATA_DB_SINK_H_
#define GTEST_DATA_DB_SINK_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gtest_data/db/database.h"
#include "gtest_data/factory/sink.h"

namespace gtest_data {
namespace db {

class DatabaseSink : public Sink {
 public:
  // `database` must outlive the sink, and `schema` too when given: its
  // tables' keys are then taken as they are there (SQLite: a key that is
  // the table's rowid is read from the connection after the insert, no
  // query needed), so it must be the database's as introspected.
  explicit DatabaseSink(Database& database, const Schema* schema = nullptr)
      : database_(database),
        schema_(schema),
        sqlite_(database.engine() == "sqlite"),
        postgresql_(database.engine() == "postgresql") {}
  // Not copyable: its statements point into its own counts.
  DatabaseSink(const DatabaseSink&) = delete;
  DatabaseSink& operator=(const DatabaseSink&) = delete;

  absl::Status Insert(std::string_view table, std::string_view key, Row* row,
                      std::string_view label) override;

  // Rows inserted per table, for the usage report.
  const std::map<std::string, int64_t, std::less<>>& inserted() const { return inserted_; }
  // Counts from nothing again; the statements and table facts stay.
  void ClearInserted() {
    inserted_.clear();
    for (auto& [table, statement] : statements_) statement.inserted = nullptr;
  }

 private:
  // PostgreSQL: moves the sequence behind table.key past `value`.
  absl::Status MoveSequencePast(std::string_view table, std::string_view key, int64_t value);

  // SQLite: whether `table` has a rowid (RETURNING, which a table without
  // one needs, makes SQLite build a table for the result on every insert).
  bool HasRowid(std::string_view table);

  // The INSERT for a table's rows with these columns, the key left out
  // when `assign`: made once, reused while the rows keep their columns.
  // With what the inserts through it learn once: whether the key is the
  // table's rowid (SQLite), the INSERT ... RETURNING, the table's count.
  struct Statement {
    std::vector<std::string> columns;
    std::string key;
    bool assign = false;
    std::string sql;
    int rowid_key = -1;  // unknown yet
    std::string returning_sql;
    int64_t* inserted = nullptr;  // into inserted_, once counted
  };
  // `skip` is the index of the row's cell left out (the key to assign), or
  // the row's size for none.
  Statement& StatementFor(std::string_view table, std::string_view key, bool assign,
                          const Row& row, size_t skip);

  Database& database_;
  const Schema* schema_;
  const bool sqlite_;      // the engine, asked once
  const bool postgresql_;
  std::map<std::string, Statement, std::less<>> statements_;
  // The first tables inserted into, with their statements (names point at
  // the map's keys; entries are never erased).
  struct Recent {
    std::string_view table;
    Statement* statement;
  };
  static constexpr size_t kRecentTables = 8;
  std::vector<Recent> recent_;
  std::map<std::string, int64_t, std::less<>> inserted_;
  std::map<std::string, bool, std::less<>> rowid_;
  std::vector<Value> params_;  // reused by every Insert
  std::map<std::string, std::string> sequences_;  // "table\x1fkey" -> sequence, "" for none
};

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_SINK_H_
