// Copyright 2026 The gtest_data Authors.
//
// Database: the small interface the seeder, isolation and invariants work
// through, with one driver per engine (sqlite.h; PostgreSQL follows).
//
//   absl::StatusOr<std::unique_ptr<db::Database>> db = db::OpenSqlite("sqlite::memory:");
//   absl::Status s = (*db)->Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
//   absl::StatusOr<std::vector<Row>> rows =
//       (*db)->Query("SELECT name FROM t WHERE id = ?", {Value(int64_t{1})});
//   absl::StatusOr<db::Schema> schema = (*db)->Introspect();
//
// Values cross the interface as gtest_data::Value (null, bool, int64,
// double, text); a bool is stored as the engine's boolean (SQLite: 0/1).
// Errors name the statement and carry the engine's own message.
//
// Usage tracking (StartUsage / TakeUsage) counts, per table, the rows
// inserted, updated and deleted and whether it was read or written: SQLite
// through its update hook and authorizer, PostgreSQL through its table
// statistics. Templates (SaveAsTemplate) make fresh copies of a database:
// SQLite through sqlite3_serialize/deserialize, PostgreSQL through
// CREATE DATABASE ... TEMPLATE.
//
// Thread-compatible: one Database per thread.

#ifndef GTEST_DATA_DB_DATABASE_H_
#define GTEST_DATA_DB_DATABASE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest_data/factory/value.h"

namespace gtest_data {
namespace db {

struct Column {
  std::string name;
  std::string type;                   // as declared: "INTEGER", "varchar(80)"; a
                                      // PostgreSQL domain's base type
  bool not_null = false;
  std::optional<std::string> default_sql;  // the default's SQL text, if any
  int primary_key_position = 0;       // 1-based place in the primary key; 0: not in it
  // PostgreSQL: the labels of an enum type (or of an array's or domain's
  // enum), in their order (empty for other types), and the domain the
  // column is declared with ("" for none; its
  // CHECKs are in Table::checks, VALUE replaced by the column's name).
  std::vector<std::string> enum_labels;
  std::string domain;
};

// `deferrable`: the engine may check the constraint only at COMMIT
// (PostgreSQL: DEFERRABLE; SQLite: a foreign key of a table declared with
// DEFERRABLE INITIALLY DEFERRED). Any other is checked at every statement.
struct ForeignKey {
  std::vector<std::string> columns;         // in this table
  std::string parent_table;
  std::vector<std::string> parent_columns;  // same length and order
  bool deferrable = false;
};

struct UniqueConstraint {
  std::string name;  // the index or constraint name
  std::vector<std::string> columns;
  bool deferrable = false;
};

struct Table {
  std::string name;
  std::vector<Column> columns;  // in declaration order
  std::vector<std::string> primary_key;
  std::vector<UniqueConstraint> uniques;  // the primary key not included
  std::vector<ForeignKey> foreign_keys;
  std::vector<std::string> checks;  // each CHECK's expression, as written
  bool primary_key_deferrable = false;  // PostgreSQL: PRIMARY KEY ... DEFERRABLE
  // SQLite: the column that is the table's rowid (a lone INTEGER PRIMARY
  // KEY); empty for other keys, WITHOUT ROWID tables and PostgreSQL.
  std::string rowid_column;

  const Column* FindColumn(std::string_view column) const;
};

struct Schema {
  std::vector<Table> tables;  // by name
  const Table* Find(std::string_view table) const;
};

// What one table saw while usage was tracked.
struct TableUsage {
  std::string table;
  int64_t inserted = 0;
  int64_t updated = 0;
  int64_t deleted = 0;
  bool read = false;     // a statement read it (SQLite: prepared to read it)
  bool written = false;  // a statement wrote it (even if no row changed)
};

class Database;

// A saved state of a database that fresh copies are made from. Copies are
// independent of the template and of each other; a copy is removed (its
// PostgreSQL database dropped) when it is destroyed. The template must
// outlive its copies.
class DatabaseTemplate {
 public:
  virtual ~DatabaseTemplate() = default;
  virtual absl::StatusOr<std::unique_ptr<Database>> NewCopy() = 0;
};

class Database {
 public:
  virtual ~Database() = default;

  // "sqlite" or "postgresql".
  virtual std::string_view engine() const = 0;

  // The placeholder for parameter `index` (1-based): "?1" or "$1".
  virtual std::string Placeholder(int index) const = 0;

  // Runs one or more statements that return no rows.
  virtual absl::Status Execute(std::string_view sql) = 0;

  // Runs one statement with `params` bound to its placeholders ("?" on
  // SQLite) and returns every row, columns named as the engine names them.
  virtual absl::StatusOr<std::vector<Row>> Query(std::string_view sql,
                                                 const std::vector<Value>& params = {}) = 0;

  // Transactions, and savepoints nested inside them.
  virtual absl::Status Begin() { return Execute("BEGIN"); }
  virtual absl::Status Commit() { return Execute("COMMIT"); }
  virtual absl::Status Rollback() { return Execute("ROLLBACK"); }
  // A URL another connection (the code under test's own) can open this
  // database with: "sqlite:PATH" (an in-memory database, a template copy
  // included, has none: "sqlite::memory:" names a new, empty one), or
  // libpq key=value parameters naming this very database.
  virtual std::string ConnectionString() const = 0;

  // Whether a transaction is open on this connection.
  virtual bool InTransaction() const = 0;
  // Whether the open transaction failed and refuses every statement until
  // it is rolled back (PostgreSQL after an error; SQLite never).
  virtual bool TransactionAborted() const { return false; }
  absl::Status Savepoint(std::string_view name);
  absl::Status RollbackTo(std::string_view name);  // and releases it
  absl::Status Release(std::string_view name);

  // Tables, columns, keys, unique and foreign-key constraints, and (where
  // the engine keeps them) CHECK expressions.
  virtual absl::StatusOr<Schema> Introspect() = 0;

  // Inserts `rows` into `table`, each giving `columns` in order (a column a
  // row lacks is NULL), at the engine's bulk speed (SQLite: one prepared
  // statement; PostgreSQL: COPY). Runs inside the caller's transaction. A
  // failure names the table, the row (0-based in `rows`), the column when
  // the engine says which, and the engine's message.
  virtual absl::Status InsertRows(std::string_view table, const std::vector<std::string>& columns,
                                  const std::vector<const Row*>& rows) = 0;

  // A load in pieces: AppendRows() as InsertRows(), but the engine may keep
  // the load open for the next piece of the same table and columns
  // (PostgreSQL: one COPY across the pieces, so the server stores one
  // piece while the caller makes the next). FinishRows() ends it and
  // returns the first error of any piece, naming the row counted from the
  // load's first row. Any other call that runs SQL on the connection
  // finishes an open load first (and returns its error; Execute() still
  // runs its statement, so a ROLLBACK ends the transaction). The defaults:
  // InsertRows(), and nothing to finish.
  virtual absl::Status AppendRows(std::string_view table, const std::vector<std::string>& columns,
                                  const std::vector<const Row*>& rows) {
    return InsertRows(table, columns, rows);
  }
  virtual absl::Status FinishRows() { return absl::OkStatus(); }

  // Starts counting table usage (restarting any count under way).
  virtual absl::Status StartUsage() = 0;
  // The usage since StartUsage(), tables by name, those untouched left
  // out; stops counting. On PostgreSQL, reads are sequential or index
  // scans, and counts include rows written by transactions that rolled
  // back (the statistics keep them).
  virtual absl::StatusOr<std::vector<TableUsage>> TakeUsage() = 0;

  // A text naming where this connection is in its transactions: the same
  // text at two moments means it committed nothing in between (SQLite: its
  // count of commits; PostgreSQL: the open transaction's start time, so a
  // COMMIT and a new BEGIN show, unless both transactions began within one
  // multi-statement string). Empty when that cannot be told (an
  // aborted PostgreSQL transaction). DbTest's leak check reads it: a test
  // whose transaction rolled back with no commit in between left nothing.
  virtual std::string TransactionMark() { return std::string(); }

  // SQLite: the rowid of the row the last INSERT on this connection wrote,
  // when that statement wrote exactly one row (sqlite3_changes() = 1, so
  // an insert the engine ignored gives none); nullopt otherwise, and on
  // PostgreSQL.
  virtual std::optional<int64_t> LastInsertRowid() const { return std::nullopt; }

  // Whether the engine checks every foreign key at every statement now:
  // SQLite with PRAGMA foreign_keys on and defer_foreign_keys off;
  // PostgreSQL with session_replication_role = origin (its key triggers
  // run). A key that is not deferrable then holds after every statement
  // that succeeded. The default says false.
  virtual absl::StatusOr<bool> ForeignKeysChecked() { return false; }

  // Saves the database's current state as a template for fresh copies.
  // SQLite: an in-memory image (copies are in-memory databases).
  // PostgreSQL: a new database made from this one, which needs the
  // CREATEDB privilege; this connection is closed and reopened around the
  // copy, so no transaction may be open.
  virtual absl::StatusOr<std::unique_ptr<DatabaseTemplate>> SaveAsTemplate() = 0;

 private:
  friend class RollbackScope;
  int open_scopes_ = 0;  // RollbackScopes open on this connection
};

// The value of `columns[index]` in `row`: by position when the row's cells
// are in the same order (the usual case), else by name; null when absent.
const Value* ColumnValue(const Row& row, const std::vector<std::string>& columns, size_t index);

// `identifier` quoted for SQL: "a""b" for a"b.
std::string QuoteIdentifier(std::string_view identifier);

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_DATABASE_H_
