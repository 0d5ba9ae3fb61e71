// Copyright 2026 The gtest_data Authors.
//
// DbTest: a DataTest whose data lives in a real database, SQLite (the
// embedded default) or PostgreSQL, isolated per test.
//
//   GTEST_DATA_SCHEMA_SQL(shop, "CREATE TABLE customers (...); CREATE TABLE orders (...)");
//
//   class CheckoutTest : public gtest_data::DbTest {};   // rollback per test
//   class ReportTest : public gtest_data::DbTest {       // a fresh copy per test
//    protected:
//     ReportTest() : DbTest({gtest_data::Isolation::kTemplateCopy}) {}
//   };
//
//   GTEST_DATA_TEST_F(CheckoutTest, GoldCustomersGetTenPercent, gold_basket) {
//     // The scenario's rows are in db(), inserted through the factories.
//     RunCheckout(db(), Get<Customer>("customers", "buyer").id);
//     ExpectTables(expected);   // tables equal a dataset, with a diff if not
//   }
//
// The run's database. --data_db=URL (GTEST_DATA_DB) names it; the default
// is sqlite::memory:. A sqlite:PATH file is used as it is; each shard of a
// sharded run works on its own copy, PATH.shard-I-of-N. On a PostgreSQL
// server every run (every shard) creates its own database,
// gtest_data_<pid>_<time>[_shard_I_of_N], from template0 and drops it at the end;
// the database the URL names is only used to create and drop it (the
// user needs CREATEDB). On first use the run applies, in order, the SQL
// registered with GTEST_DATA_SCHEMA_SQL and the files registered with
// GTEST_DATA_SCHEMA_FILE (in registration order), then the --data_schema
// files, then seeds the baseline scenarios (AddBaselineScenario) from the
// run seed. That state is every test's baseline; tests reach its rows by
// label (Find, Get).
//
// Isolation, chosen per fixture:
//   kRollback (default)  the test runs inside a transaction (savepoints
//                        nest inside it) that is rolled back in tear-down;
//                        the code under test must use db() and must not
//                        commit.
//   kTemplateCopy        the test gets a fresh copy of the baseline (SQLite:
//                        an in-memory image through sqlite3_deserialize;
//                        PostgreSQL: CREATE DATABASE ... TEMPLATE), dropped
//                        in tear-down; the code may commit.
//   kTruncate            the test runs on the run's database and may commit;
//                        tear-down empties every table and seeds the
//                        baseline rows again.
// Tear-down cleans up after failures and exceptions too, and the fixture's
// destructor does it if tear-down never ran. Keys the engine hands out do
// not depend on the tests before: PostgreSQL's sequences, which ROLLBACK
// leaves alone, are set back after each rollback test. On PostgreSQL a
// statement the database refuses aborts the test's transaction; tear-down
// rolls back to the end of set-up to run its checks.
//
// Invariants. After set-up and in tear-down (before clean-up), DbTest
// checks that foreign keys have their parents and unique keys hold
// (db/checks.h) for what the test wrote (the baseline is checked once,
// when the run sets it up), and runs each SQL invariant registered with
// GTEST_DATA_SQL_INVARIANT, which must return no rows. Only the keys the
// engine may leave to COMMIT are queried (DEFERRABLE ones; on SQLite every
// foreign key while PRAGMA foreign_keys is off or defer_foreign_keys on):
// the engine has checked every other one at each statement (a switch
// turned off and on again before the check, or ALTER TABLE ... DISABLE
// TRIGGER on PostgreSQL, is not seen: such a test checks with
// db::CheckForeignKeys itself). After clean-up
// the leak check compares the row count of each table the test wrote with
// the baseline (every table when usage could not be counted), unless the
// test's transaction rolled back with no commit on the connection since
// it began (Database::TransactionMark()); a leak fails the test and the
// baseline is then restored, so later tests start clean.
// All appear in the report with the C++ invariants.
//
// Limits: a RollbackScope a fixture opens must end before DbTest's
// TearDown(); rollback isolation keeps the test's rows in a transaction
// other connections cannot see (use kTemplateCopy and connection_string()
// for code that opens its own); a crashed run leaves its PostgreSQL
// databases (gtest_data_<pid>_<time>...) behind.
//
// Usage. The report's "database" entry lists, per table, the rows the
// test inserted, updated and deleted and whether it read or wrote the
// table, counted from the end of set-up to the start of tear-down (SQLite:
// update hook and authorizer; PostgreSQL: table statistics).
//
// Thread-compatible, as GoogleTest fixtures are.

#ifndef GTEST_DATA_GTEST_DB_TEST_H_
#define GTEST_DATA_GTEST_DB_TEST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gtest_data/db/database.h"
#include "gtest_data/db/expect.h"
#include "gtest_data/db/isolation.h"
#include "gtest_data/db/sink.h"
#include "gtest_data/gtest/data_test.h"
#include "gtest_data/report/report.h"

namespace gtest_data {

enum class Isolation { kRollback, kTemplateCopy, kTruncate };

// "rollback", "template-copy", "truncate".
const char* IsolationName(Isolation isolation);

struct DbOptions {
  Isolation isolation = Isolation::kRollback;
  // Foreign keys and unique keys checked after set-up and in tear-down.
  bool check_keys = true;
  // Every table back at its baseline row count after tear-down (not for
  // kTemplateCopy, whose copy is dropped).
  bool leak_check = true;
};

// Registers schema SQL applied when the run's database is set up, in
// registration order and before the --data_schema files; with `engine`
// ("sqlite" or "postgresql") only on that engine. Returns true, for static
// initialisers.
bool AddSchemaSql(std::string name, std::string sql, std::string engine = {});

// Registers a schema file applied when the run's database is set up, with
// the schema SQL, in registration order and before the --data_schema
// files. A relative `path` is looked up in the directory of `source_file`
// (where the registration is written; GTEST_DATA_SCHEMA_FILE passes
// __FILE__), then in the current directory, so a test binary finds it
// under ctest and by hand. A file that is missing or that the engine
// refuses fails every DbTest, naming the file and where it was registered.
bool AddSchemaFile(std::string path, std::string engine = {}, const char* source_file = "",
                   int source_line = 0);

// Registers a scenario seeded into the run's database after the schema,
// from a seed derived from the run seed and its name. Its rows are part of
// every test's baseline, and each test reaches them by label with Find()
// and Get() (they are not in data()).
bool AddBaselineScenario(std::string name);

// An SQL invariant: `sql` must return no rows. For every DbTest (`fixture`
// empty) or the tests of one fixture.
bool AddSqlInvariant(std::string name, std::string sql, std::string fixture = {},
                     const char* file = "", int line = 0);

class DbTest : public DataTest {
 protected:
  explicit DbTest(DbOptions options = {});
  ~DbTest() override;

  void SetUp() override;
  void TearDown() override;

  // The database this test works on (its copy, with kTemplateCopy).
  db::Database& db();
  // How the code under test opens this test's database itself
  // (Database::ConnectionString()): on PostgreSQL with kTemplateCopy, the
  // copy's own database, so code that commits on its own connection works.
  // Rollback isolation keeps the test's rows in an uncommitted transaction
  // that other connections cannot see.
  std::string connection_string() { return db().ConnectionString(); }
  // The run's schema, introspected after set-up.
  const db::Schema& schema() const;
  const DbOptions& db_options() const { return options_; }

  // Failures of the calls below are reported at the caller's line (their
  // trailing CallSite parameter; leave it out).

  // The number of rows of `table` (a failure fails the test and gives -1).
  int64_t CountRows(std::string_view table, CallSite where = CallSite::Here());

  // Fails the test unless the tables of `expected` hold exactly its rows
  // (db/expect.h), printing the differences: rows are matched by the
  // primary key when the expected rows give it; otherwise a changed row is
  // paired with the actual row it shares most columns with and reported
  // cell by cell, named by the schema's primary key.
  void ExpectTables(const Dataset& expected, const db::ExpectOptions& options = {},
                    CallSite where = CallSite::Here());
  // The same with a dataset file (json/dataset_file.h): only the columns
  // its rows name are compared. "@table.label" references may name rows of
  // the file, of this test's data (its scenarios and the dataset files it
  // seeded) or of the baseline.
  void ExpectTablesFromFile(const std::string& path, const db::ExpectOptions& options = {},
                            CallSite where = CallSite::Here());

  // Inserts the rows of a dataset file (json/dataset_file.h) in
  // foreign-key order, as DBUnit's @DataSet does; they join data(), by
  // label. Labels give stable keys and "@table.label" references (to rows
  // of the file, of data() or of the baseline); columns a row leaves out
  // get the database's default. A failure is fatal.
  void SeedDatasetFile(const std::string& path, CallSite where = CallSite::Here());

 private:
  void PrepareData() override;
  std::vector<NamedCheck> MoreInvariants(const char* phase) override;
  void CleanUp();
  // The labelled rows of data() and the baseline, for references in
  // dataset files.
  Dataset KnownRows();

  DbOptions options_;
  db::Database* current_ = nullptr;
  std::unique_ptr<db::RollbackScope> scope_;
  std::unique_ptr<db::Database> copy_;
  // Where the test's factories persist: the run's sink for the run's
  // connection (its statements kept from test to test), else `own_sink_`.
  db::DatabaseSink* sink_ = nullptr;
  std::unique_ptr<db::DatabaseSink> own_sink_;
  std::unique_ptr<db::Database> unavailable_;  // db() without a database
  report::DatabaseUse use_;
  bool body_savepoint_ = false;  // PostgreSQL rollback: a savepoint after set-up
  bool usage_started_ = false;  // counting began after set-up
  bool usage_known_ = false;    // and its counts were read in tear-down
  bool cleaned_ = true;
  std::string mark_at_start_;  // kRollback: the connection's TransactionMark() at set-up
};

}  // namespace gtest_data

// Registers schema SQL (a string literal or std::string expression) under
// the identifier `name`.
#define GTEST_DATA_SCHEMA_SQL(name, sql)                                     \
  [[maybe_unused]] static const bool gtest_data_schema_##name =              \
      ::gtest_data::AddSchemaSql(#name, sql)

// Registers the schema file at `path` under the identifier `name` (see
// AddSchemaFile: relative to this source file's directory), so a test
// binary needs no --data_schema flag. The ENGINE form applies it on one
// engine only.
#define GTEST_DATA_SCHEMA_FILE(name, path)                     \
  [[maybe_unused]] static const bool gtest_data_schema_file_##name = \
      ::gtest_data::AddSchemaFile(path, std::string(), __FILE__, __LINE__)
#define GTEST_DATA_ENGINE_SCHEMA_FILE(name, engine, path)      \
  [[maybe_unused]] static const bool gtest_data_schema_file_##name = \
      ::gtest_data::AddSchemaFile(path, engine, __FILE__, __LINE__)

// The same, applied only on `engine` ("sqlite" or "postgresql"), for the
// statements the engines spell differently (generated keys, types).
#define GTEST_DATA_ENGINE_SCHEMA_SQL(name, engine, sql)                      \
  [[maybe_unused]] static const bool gtest_data_schema_##name =              \
      ::gtest_data::AddSchemaSql(#name, sql, engine)

// Registers an SQL invariant `name` (an identifier) for every DbTest.
#define GTEST_DATA_SQL_INVARIANT(name, sql)                                  \
  [[maybe_unused]] static const bool gtest_data_sql_invariant_##name =       \
      ::gtest_data::AddSqlInvariant(#name, sql, std::string(), __FILE__, __LINE__)

// Registers an SQL invariant `name` for the tests of `fixture` only.
#define GTEST_DATA_SUITE_SQL_INVARIANT(fixture, name, sql)                          \
  [[maybe_unused]] static const bool gtest_data_sql_invariant_##fixture##_##name =  \
      ::gtest_data::AddSqlInvariant(#name, sql, #fixture, __FILE__, __LINE__)

#endif  // GTEST_DATA_GTEST_DB_TEST_H_
