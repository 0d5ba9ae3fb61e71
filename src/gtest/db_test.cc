// Copyright 2026 The gtest_data Authors.

#include "gtest_data/gtest/db_test.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <utility>

#include "gtest_data/db/checks.h"
#include "gtest_data/db/open.h"
#include "gtest_data/db/seeder.h"
#include "gtest_data/internal/strings.h"
#include "gtest_data/json/dataset_file.h"
#include "gtest_data/random/run_seed.h"
#include "nlohmann/json.hpp"
#include "src/gtest/run_state.h"

namespace gtest_data {
namespace internal {
void CloseRunDatabase();
}  // namespace internal
namespace {

// A non-fatal failure reported at the running test's definition (its
// TEST_F line), where the reader looks, rather than in this file.
void AddFailureAtTest(const std::string& message) {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  if (info == nullptr || info->file() == nullptr) {
    ADD_FAILURE() << message;
    return;
  }
  ADD_FAILURE_AT(info->file(), info->line()) << message;
}

struct SchemaSql {
  std::string name;
  std::string sql;     // the SQL, or empty for a file
  std::string engine;  // empty: every engine
  // A schema file (AddSchemaFile): its path as registered, and where.
  std::string path;
  std::string source_file;
  int source_line = 0;
};

struct SqlInvariant {
  std::string name;
  std::string sql;
  std::string fixture;
  std::string file;
  int line = 0;
};

// Registrations, made before the tests run.
struct Registry {
  std::vector<SchemaSql> schema;
  std::vector<std::string> baseline;
  std::deque<SqlInvariant> invariants;
};

Registry& Registered() {
  static Registry* const registry = new Registry();
  return *registry;
}

// The run's database, set up on first use.
struct RunDatabase {
  bool tried = false;
  absl::Status status;  // why it could not be set up
  std::string url;      // as the tests see it (the shard's file or database)
  std::unique_ptr<db::Database> database;
  db::Schema schema;
  // The constraints of `schema` the engine may leave to COMMIT (deferrable
  // ones): the only ones a statement that succeeded can have broken, so the
  // only ones a test's key checks query (db_test.h). Foreign keys, and
  // primary and unique keys.
  db::Schema deferrable_keys, deferrable_uniques;
  db::TableCounts baseline_counts;
  std::optional<Dataset> baseline_rows;  // for kTruncate and to repair leaks
  Dataset baseline_scenarios;  // the baseline scenarios' rows, labelled, for Find/Get
  // PostgreSQL: one statement setting every sequence back to its baseline
  // value (sequences ignore ROLLBACK); empty when there are none.
  std::string restore_sequences;
  std::unique_ptr<db::DatabaseTemplate> template_copy;  // made on first use
  // The sink of the tests that use `database` (rollback and truncate
  // isolation), kept so that its INSERT texts and table facts are made once
  // a run; its counts start again with each test.
  std::unique_ptr<db::DatabaseSink> sink;
  int creator_pid = 0;  // a forked child (a death test) must not close it
};

// `schema` with only its deferrable foreign keys (`foreign_keys`; every
// primary key kept, as the check's messages name rows by it) or only its
// deferrable primary and unique keys.
db::Schema DeferrableOnly(const db::Schema& schema, bool foreign_keys) {
  db::Schema out;
  for (const db::Table& table : schema.tables) {
    db::Table kept;
    kept.name = table.name;
    kept.columns = table.columns;
    if (foreign_keys || table.primary_key_deferrable) {
      kept.primary_key = table.primary_key;
      kept.primary_key_deferrable = table.primary_key_deferrable;
    }
    for (const db::UniqueConstraint& unique : table.uniques) {
      if (!foreign_keys && unique.deferrable) kept.uniques.push_back(unique);
    }
    for (const db::ForeignKey& key : table.foreign_keys) {
      if (foreign_keys && key.deferrable) kept.foreign_keys.push_back(key);
    }
    out.tables.push_back(std::move(kept));
  }
  return out;
}

RunDatabase& TheRunDatabase() {
  static RunDatabase* const run = new RunDatabase();
  return *run;
}

constexpr char kBodySavepoint[] = "gtest_data_body";

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Where a registered schema file is: an absolute path as it is; a relative
// one in the directory of the source file that registered it, else in the
// current directory.
absl::StatusOr<std::string> FindSchemaFile(const SchemaSql& schema) {
  const std::filesystem::path path(schema.path);
  std::error_code error;
  if (path.is_absolute()) return schema.path;
  const std::filesystem::path beside =
      std::filesystem::path(schema.source_file).parent_path() / path;
  if (!schema.source_file.empty() && std::filesystem::is_regular_file(beside, error)) {
    return beside.string();
  }
  if (std::filesystem::is_regular_file(path, error)) return schema.path;
  return absl::NotFoundError("no such file, neither beside " + schema.source_file +
                             " nor in the current directory");
}

absl::Status Prefix(const std::string& what, const absl::Status& status) {
  return absl::Status(status.code(), what + ": " + std::string(status.message()));
}

absl::Status SetUpRunDatabase(RunDatabase& run) {
  const DataFlags& flags = RunFlags();
  // The flags checked the URL; Parse() again gives the parts.
  absl::StatusOr<db::DatabaseUrl> parsed =
      db::DatabaseUrl::Parse(flags.db.empty() ? "sqlite::memory:" : flags.db);
  if (!parsed.ok()) return parsed.status();
  const db::DatabaseUrl& url = *parsed;
  const report::Shard shard = internal::CurrentShard();
  const bool sharded = shard.total > 1;
  const std::string shard_suffix =
      std::to_string(shard.index) + "-of-" + std::to_string(shard.total);
  absl::StatusOr<std::unique_ptr<db::Database>> opened;
  if (url.engine() == db::DatabaseUrl::Engine::kSqlite) {
    run.url = url.text();
    if (sharded && !url.in_memory()) {
      // Each shard on its own copy of the file, made afresh.
      const std::string& path = url.sqlite_path();
      const std::string copy = path + ".shard-" + shard_suffix;
      std::error_code error;
      std::filesystem::remove(copy, error);
      if (std::filesystem::exists(path)) {
        std::filesystem::copy_file(path, copy, error);
        if (error) return absl::UnavailableError("cannot copy " + path + " to " + copy + ": " +
                                                 error.message());
      }
      run.url = "sqlite:" + copy;
    }
    opened = db::OpenDatabase(run.url);
  } else {
    // The process id and the time: unique on one server even for runs in
    // several containers (whose process ids repeat).
    char stamp[16];
    std::snprintf(stamp, sizeof stamp, "%08llx",
                  static_cast<unsigned long long>(
                      std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count() &
                      0xffffffffu));
    std::string name = "gtest_data_" + std::to_string(::getpid()) + "_" + stamp;
    if (sharded) name += "_shard_" + std::to_string(shard.index) + "_of_" +
                         std::to_string(shard.total);
    run.url = url.redacted() + " (database " + name + ")";
    opened = db::CreateScratchDatabase(url, name);
  }
  if (!opened.ok()) return opened.status();
  run.database = *std::move(opened);
  db::Database& database = *run.database;

  for (const SchemaSql& schema : Registered().schema) {
    if (!schema.engine.empty() && schema.engine != database.engine()) continue;
    if (!schema.path.empty()) {
      const std::string where = "schema file " + schema.path + " (registered at " +
                                schema.source_file + ":" + std::to_string(schema.source_line) +
                                ")";
      absl::StatusOr<std::string> path = FindSchemaFile(schema);
      if (!path.ok()) return Prefix(where, path.status());
      absl::StatusOr<std::string> sql = ReadFile(*path);
      if (!sql.ok()) return Prefix(where, sql.status());
      absl::Status applied = database.Execute(*sql);
      if (!applied.ok()) return Prefix(where, applied);
      continue;
    }
    absl::Status applied = database.Execute(schema.sql);
    if (!applied.ok()) return Prefix("schema SQL \"" + schema.name + "\"", applied);
  }
  for (const std::string& file : flags.schema) {
    absl::StatusOr<std::string> sql = ReadFile(file);
    if (!sql.ok()) return Prefix("--data_schema", sql.status());
    absl::Status applied = database.Execute(*sql);
    if (!applied.ok()) return Prefix("--data_schema " + file, applied);
  }
  absl::StatusOr<db::Schema> schema = database.Introspect();
  if (!schema.ok()) return schema.status();
  run.schema = *std::move(schema);
  run.deferrable_keys = DeferrableOnly(run.schema, /*foreign_keys=*/true);
  run.deferrable_uniques = DeferrableOnly(run.schema, /*foreign_keys=*/false);

  for (const std::string& name : Registered().baseline) {
    Context context(DeriveSeed(RunSeed(), "baseline", name), &RunLocale());
    absl::StatusOr<Dataset> data = RunScenario(name, context, {});
    if (!data.ok()) return Prefix("baseline scenario \"" + name + "\"", data.status());
    absl::Status seeded = db::Seed(database, run.schema, *data);
    if (!seeded.ok()) return Prefix("baseline scenario \"" + name + "\"", seeded);
    absl::Status kept = run.baseline_scenarios.Append(*data);
    if (!kept.ok()) return Prefix("baseline scenario \"" + name + "\"", kept);
  }
  // Tests check only what they write, so the baseline is checked here.
  absl::Status sound = db::CheckIntegrity(database, run.schema);
  if (!sound.ok()) return Prefix("the baseline breaks its own keys", sound);
  absl::StatusOr<db::TableCounts> counts = db::CountRows(database, run.schema);
  if (!counts.ok()) return counts.status();
  run.baseline_counts = *std::move(counts);
  return absl::OkStatus();
}

// The baseline rows (for kTruncate) and template (for kTemplateCopy),
// saved when the run's database is set up: a test that leaks (and fails
// the leak check) must not change what later tests start from.
absl::Status SaveBaseline(RunDatabase& run) {
  absl::StatusOr<Dataset> rows = db::ReadTables(*run.database, run.schema);
  if (!rows.ok()) return Prefix("cannot read the baseline rows", rows.status());
  run.baseline_rows = *std::move(rows);
  if (run.database->engine() != "postgresql") return absl::OkStatus();
  absl::StatusOr<std::vector<Row>> sequences = run.database->Query(
      "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS seq FROM pg_class c "
      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND "
      "n.nspname = coalesce(current_schema(), 'public') ORDER BY 1",
      {});
  if (!sequences.ok()) return Prefix("cannot read the sequences", sequences.status());
  std::string sql;
  for (const Row& row : *sequences) {
    const std::string name = row.Get("seq").as_string();
    absl::StatusOr<std::vector<Row>> state =
        run.database->Query("SELECT last_value, is_called FROM " + name, {});
    if (!state.ok()) return Prefix("cannot read the sequence " + name, state.status());
    std::string literal;  // the name as an SQL string
    for (char c : name) literal += c == '\'' ? "''" : std::string(1, c);
    sql += std::string(sql.empty() ? "SELECT " : ", ") + "setval('" + literal + "', " +
           std::to_string(state->front().Get("last_value").as_int()) + ", " +
           (state->front().Get("is_called").as_bool() ? "true" : "false") + ")";
  }
  run.restore_sequences = sql;
  return absl::OkStatus();
}

// Puts the run's database back to its baseline after a test left it
// otherwise (a leak): every table emptied and the baseline rows seeded, and
// on PostgreSQL the sequences set back. Later tests then start clean.
absl::Status RestoreBaseline(RunDatabase& run, bool rows) {
  db::Database& database = *run.database;
  if (database.InTransaction()) database.Rollback().IgnoreError();
  if (rows) {
    absl::Status status = db::DeleteAllRows(database, run.schema);
    if (status.ok()) status = db::Seed(database, run.schema, *run.baseline_rows);
    if (!status.ok()) return status;
  }
  if (!run.restore_sequences.empty()) {
    absl::StatusOr<std::vector<Row>> restored = database.Query(run.restore_sequences, {});
    if (!restored.ok()) return restored.status();
  }
  return absl::OkStatus();
}

// The run's database, set up on first call; null after a failure, which
// `why` then describes.
RunDatabase* EnsureRunDatabase(absl::Status* why) {
  RunDatabase& run = TheRunDatabase();
  if (!run.tried) {
    run.tried = true;
    run.creator_pid = static_cast<int>(::getpid());
    run.status = SetUpRunDatabase(run);
    if (run.status.ok()) run.status = SaveBaseline(run);
    // Closed at the environment's tear-down, and at exit when no
    // environment tears down (a PostgreSQL database is dropped either way).
    static const bool registered = std::atexit(internal::CloseRunDatabase) == 0;
    (void)registered;
    internal::AtEnvironmentTearDown(internal::CloseRunDatabase);
    if (run.status.ok()) {
      std::printf("gtest_data: database %s (%s), %zu tables\n", run.url.c_str(),
                  std::string(run.database->engine()).c_str(), run.schema.tables.size());
      std::fflush(stdout);
    } else {
      run.database.reset();
    }
  }
  if (!run.status.ok()) {
    *why = run.status;
    return nullptr;
  }
  return &run;
}

void AddUse(const std::vector<db::TableUsage>& usage, report::DatabaseUse* use) {
  for (const db::TableUsage& table : usage) {
    use->tables.push_back(report::TableUse{table.table, table.inserted, table.updated,
                                           table.deleted, table.read, table.written});
  }
}

// The kind a declared column type holds: integers, booleans, reals
// (numeric included), else text.
ValueKind KindOfType(std::string type) {
  type = internal::AsciiStrToLower(type);  // never the process locale
  if (type.find("int") != std::string::npos) return ValueKind::kInt;
  if (type.find("bool") != std::string::npos) return ValueKind::kBool;
  for (const char* real : {"real", "double", "float", "numeric", "decimal"}) {
    if (type.find(real) != std::string::npos) return ValueKind::kDouble;
  }
  return ValueKind::kString;
}

// A dataset file read against the database's schema: kinds from the
// declared types, the single-column primary key as the key (labels give
// stable keys), single-column foreign keys as references. Rows keep the
// columns the file names, plus the keys it made for labels; a column it
// leaves out is left to the database's default (or NULL). With
// `only_named`, rows keep exactly the columns the file names (for expected
// tables).
absl::StatusOr<Dataset> LoadFileFor(const std::string& path, const db::Schema& database,
                                    uint64_t seed, const fake::Locale& locale, bool only_named,
                                    const Dataset* known_rows) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  Schema schema;
  for (const db::Table& table : database.tables) {
    TableSchema t;
    t.name = table.name;
    if (table.primary_key.size() == 1) t.key = table.primary_key.front();
    for (const db::Column& column : table.columns) {
      ColumnSchema c;
      c.name = column.name;
      c.kind = KindOfType(column.type);
      // Leaving a column out is the database's business, not the file's.
      c.nullable = true;
      for (const db::ForeignKey& key : table.foreign_keys) {
        if (key.columns.size() == 1 && key.columns.front() == column.name) {
          c.references = key.parent_table;
        }
      }
      t.columns.push_back(std::move(c));
    }
    schema.Add(std::move(t));
  }
  json::DatasetOptions options;
  options.seed = seed;
  options.locale = &locale;
  options.known_rows = known_rows;
  absl::StatusOr<Dataset> loaded = json::ParseDataset(*text, path, schema, options);
  if (!loaded.ok()) return loaded.status();
  const nlohmann::json parsed = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  Dataset out;
  for (const std::string& table : loaded->tables()) {
    const nlohmann::json& rows = parsed[table];
    const TableSchema* table_schema = schema.Find(table);
    const std::vector<Dataset::Entry>& entries = *loaded->Entries(table);
    out.ReserveRows(table, entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      Row row;
      for (const Row::Cell& cell : entries[i].row.cells()) {
        const bool named = i < rows.size() && rows[i].is_object() && rows[i].contains(cell.first);
        const bool made_key = table_schema != nullptr && cell.first == table_schema->key &&
                              !entries[i].label.empty();
        if (named || (!only_named && made_key)) row.Set(cell.first, cell.second);
      }
      absl::Status added = out.Add(table, std::move(row), only_named ? "" : entries[i].label);
      if (!added.ok()) return added;
    }
  }
  return out;
}

}  // namespace

namespace internal {

// Drops the run's database (PostgreSQL) and template; called when the
// environment tears down.
void CloseRunDatabase() {
  RunDatabase& run = TheRunDatabase();
  if (run.creator_pid != 0 && run.creator_pid != static_cast<int>(::getpid())) {
    // A forked child (a death test) exiting: closing would drop the
    // parent's databases through the connections they share. Leave them.
    (void)run.template_copy.release();
    (void)run.database.release();
    return;
  }
  run.sink.reset();
  run.template_copy.reset();
  run.database.reset();
  // The next use (another --gtest_repeat iteration) sets it up again.
  run = RunDatabase();
}

}  // namespace internal

const char* IsolationName(Isolation isolation) {
  switch (isolation) {
    case Isolation::kRollback: return "rollback";
    case Isolation::kTemplateCopy: return "template-copy";
    case Isolation::kTruncate: return "truncate";
  }
  return "?";
}

bool AddSchemaSql(std::string name, std::string sql, std::string engine) {
  SchemaSql schema;
  schema.name = std::move(name);
  schema.sql = std::move(sql);
  schema.engine = std::move(engine);
  Registered().schema.push_back(std::move(schema));
  return true;
}

bool AddSchemaFile(std::string path, std::string engine, const char* source_file,
                   int source_line) {
  SchemaSql schema;
  schema.name = path;
  schema.path = std::move(path);
  schema.engine = std::move(engine);
  schema.source_file = source_file != nullptr ? source_file : "";
  schema.source_line = source_line;
  Registered().schema.push_back(std::move(schema));
  return true;
}

bool AddBaselineScenario(std::string name) {
  Registered().baseline.push_back(std::move(name));
  return true;
}

bool AddSqlInvariant(std::string name, std::string sql, std::string fixture, const char* file,
                     int line) {
  Registered().invariants.push_back(
      SqlInvariant{std::move(name), std::move(sql), std::move(fixture), file, line});
  return true;
}

DbTest::DbTest(DbOptions options) : options_(options) {}

DbTest::~DbTest() { CleanUp(); }

void DbTest::SetUp() {
  body_savepoint_ = false;
  use_ = report::DatabaseUse();
  usage_started_ = false;
  usage_known_ = false;
  use_.isolation = IsolationName(options_.isolation);
  DataTest::SetUp();
}

void DbTest::PrepareData() {
  // Set-up failures point at the test's definition, not at this file.
  const ::testing::TestInfo& info = *::testing::UnitTest::GetInstance()->current_test_info();
  absl::Status why;
  RunDatabase* run = EnsureRunDatabase(&why);
  if (run == nullptr) {
    GTEST_FAIL_AT(info.file(), info.line())
        << "gtest_data: the test database could not be set up: " << why.message();
    return;
  }
  SetBaselineRows(&run->baseline_scenarios);
  cleaned_ = false;
  mark_at_start_.clear();
  switch (options_.isolation) {
    case Isolation::kRollback: {
      scope_ = std::make_unique<db::RollbackScope>(*run->database);
      if (!scope_->status().ok()) {
        GTEST_FAIL_AT(info.file(), info.line())
            << "gtest_data: cannot open the test's transaction: " << scope_->status().message();
        return;
      }
      current_ = run->database.get();
      mark_at_start_ = current_->TransactionMark();
      break;
    }
    case Isolation::kTemplateCopy: {
      if (!run->template_copy) {
        // Made on first use (the run's database is at its baseline between
        // tests: clean-up repairs any leak).
        absl::StatusOr<std::unique_ptr<db::DatabaseTemplate>> saved =
            run->database->SaveAsTemplate();
        if (!saved.ok()) {
          GTEST_FAIL_AT(info.file(), info.line())
              << "gtest_data: cannot save the baseline as a template: "
              << saved.status().message();
          return;
        }
        run->template_copy = *std::move(saved);
      }
      absl::StatusOr<std::unique_ptr<db::Database>> copy = run->template_copy->NewCopy();
      if (!copy.ok()) {
        GTEST_FAIL_AT(info.file(), info.line())
            << "gtest_data: cannot copy the baseline database: " << copy.status().message();
        return;
      }
      copy_ = *std::move(copy);
      current_ = copy_.get();
      break;
    }
    case Isolation::kTruncate: {
      current_ = run->database.get();
      break;
    }
  }
  use_.engine = std::string(current_->engine());
  if (current_ == run->database.get()) {
    if (!run->sink) run->sink = std::make_unique<db::DatabaseSink>(*current_, &run->schema);
    run->sink->ClearInserted();
    sink_ = run->sink.get();
  } else {
    own_sink_ = std::make_unique<db::DatabaseSink>(*current_, &run->schema);
    sink_ = own_sink_.get();
  }
  context().set_sink(sink_);
}

std::vector<DataTest::NamedCheck> DbTest::MoreInvariants(const char* phase) {
  std::vector<NamedCheck> checks;
  if (current_ == nullptr) return checks;
  checks.reserve(2 + Registered().invariants.size());
  const RunDatabase& run = TheRunDatabase();
  const db::Schema& schema = run.schema;
  const bool set_up = std::string_view(phase) == "set-up";
  if (options_.check_keys) {
    // A constraint the engine checks at every statement holds after every
    // statement that succeeded: only deferrable ones are queried, and every
    // foreign key where SQLite enforces none (PRAGMA foreign_keys off, or
    // defer_foreign_keys on).
    const db::Schema* fk_schema = &run.deferrable_keys;
    absl::StatusOr<bool> checked = current_->ForeignKeysChecked();
    if (!checked.ok() || !*checked) fk_schema = &schema;
    // The baseline was checked when the run set it up; here only what this
    // test wrote: after set-up, the tables its scenarios filled; in
    // tear-down, the tables it wrote and those whose parents it wrote (a
    // parent deleted or re-keyed). Unknown usage: every table.
    // Nothing the engine leaves unchecked (the usual case): nothing to query.
    const bool keys_unchecked =
        std::any_of(fk_schema->tables.begin(), fk_schema->tables.end(),
                    [](const db::Table& t) { return !t.foreign_keys.empty(); });
    const bool uniques_unchecked = std::any_of(
        run.deferrable_uniques.tables.begin(), run.deferrable_uniques.tables.end(),
        [](const db::Table& t) { return t.primary_key_deferrable || !t.uniques.empty(); });
    std::vector<std::string> written;
    if (!keys_unchecked && !uniques_unchecked) {
      // (both lists stay empty: the checks below then query nothing)
    } else if (set_up) {
      for (const auto& [table, rows] : sink_->inserted()) written.push_back(table);
    } else {
      for (const report::TableUse& use : use_.tables) {
        if (use.written) written.push_back(use.table);
      }
    }
    std::vector<std::string> keyed = written;
    for (const db::Table& table : schema.tables) {
      if (written.empty()) break;
      for (const db::ForeignKey& key : table.foreign_keys) {
        for (const std::string& parent : written) {
          if (key.parent_table == parent) keyed.push_back(table.name);
        }
      }
    }
    const bool all = !set_up && !usage_known_;
    checks.push_back({"foreign keys have their parents",
                      all ? db::CheckForeignKeys(*current_, *fk_schema)
                          : db::CheckForeignKeys(*current_, *fk_schema, keyed),
                      "", 0});
    checks.push_back({"unique keys hold",
                      all ? db::CheckUniqueKeys(*current_, run.deferrable_uniques)
                          : db::CheckUniqueKeys(*current_, run.deferrable_uniques, written),
                      "", 0});
  }
  const ::testing::TestInfo& info = *::testing::UnitTest::GetInstance()->current_test_info();
  const std::string fixture(FixtureName(info));
  for (const SqlInvariant& invariant : Registered().invariants) {
    if (!invariant.fixture.empty() && invariant.fixture != fixture) continue;
    checks.push_back({invariant.name,
                      db::CheckQueryReturnsNothing(*current_, invariant.name, invariant.sql),
                      invariant.file, invariant.line});
  }
  if (set_up) {
    bool ok = true;
    for (const NamedCheck& check : checks) ok = ok && check.status.ok();
    // Count what the body does, not what the checks read.
    if (ok && options_.isolation == Isolation::kRollback &&
        current_->engine() == "postgresql") {
      // On PostgreSQL one failed statement (a test expecting a duplicate key
      // to be refused, say) aborts the whole transaction; tear-down rolls
      // back to here to run its checks.
      body_savepoint_ = current_->Savepoint(kBodySavepoint).ok();
    }
    if (ok) {
      absl::Status started = current_->StartUsage();
      usage_started_ = started.ok();
      if (!started.ok()) {
        AddFailureAtTest("gtest_data: cannot count table usage: " +
                         std::string(started.message()));
      }
    }
  }
  return checks;
}

void DbTest::TearDown() {
  if (current_ != nullptr && current_->TransactionAborted()) {
    // The body left the transaction failed: back to the end of set-up.
    const absl::Status back = body_savepoint_ ? current_->RollbackTo(kBodySavepoint)
                                              : absl::FailedPreconditionError("no savepoint");
    if (!back.ok()) {
      AddFailureAtTest(
          "gtest_data: the test left its transaction failed and it cannot be recovered for "
          "the tear-down checks: " +
          std::string(back.message()));
    }
  }
  if (current_ != nullptr) {
    absl::StatusOr<std::vector<db::TableUsage>> usage = current_->TakeUsage();
    if (usage.ok()) {
      AddUse(*usage, &use_);
      usage_known_ = usage_started_;
    } else {
      AddFailureAtTest("gtest_data: cannot read table usage: " +
                       std::string(usage.status().message()));
    }
  }
  DataTest::TearDown();
  CleanUp();
  if (std::optional<report::TestRecord>& record = internal::State().current) {
    record->database = use_;
  }
}

// Undoes the test's writes and runs the leak check; safe to call twice.
void DbTest::CleanUp() {
  if (cleaned_) return;
  cleaned_ = true;
  // Whether the test may have drawn from a sequence: its scenarios or body
  // inserted rows (or usage is unknown).
  bool inserted = !usage_known_ || (sink_ && !sink_->inserted().empty());
  for (const report::TableUse& use : use_.tables) inserted = inserted || use.inserted > 0;
  context().set_sink(nullptr);
  sink_ = nullptr;
  own_sink_.reset();
  current_ = nullptr;
  RunDatabase& run = TheRunDatabase();
  absl::Status undone;
  // Whether the test's transaction is the one set-up began (then nothing
  // it did was committed), asked before it rolls back.
  const bool same_transaction = options_.isolation == Isolation::kRollback && scope_ &&
                                run.database && !mark_at_start_.empty() &&
                                run.database->TransactionMark() == mark_at_start_;
  switch (options_.isolation) {
    case Isolation::kRollback:
      if (scope_) undone = scope_->End();
      scope_.reset();
      // Sequences ignore ROLLBACK: set them back, so that the keys a test
      // gets do not depend on the tests before it.
      if (undone.ok() && inserted && run.database && !run.restore_sequences.empty()) {
        undone = RestoreBaseline(run, /*rows=*/false);
      }
      break;
    case Isolation::kTemplateCopy:
      copy_.reset();
      return;  // the copy is gone: nothing can leak
    case Isolation::kTruncate:
      if (run.database && run.baseline_rows) undone = RestoreBaseline(run, /*rows=*/true);
      break;
  }
  // The destructor may run outside any test; then there is no one to tell.
  const bool in_test = ::testing::UnitTest::GetInstance()->current_test_info() != nullptr;
  if (!undone.ok() && in_test) {
    AddFailureAtTest("gtest_data: cleaning up the database after the test failed: " +
                     std::string(undone.message()));
  }
  if (!run.database) return;
  absl::Status leaks;
  if (options_.leak_check && in_test) {
    // A test whose transaction rolled back, with no commit on the
    // connection since it began, left nothing behind. Otherwise only a
    // table the test wrote can have leaked: count just those (the usage
    // tracking says which), so a test that writes nothing pays nothing.
    const bool nothing_committed = same_transaction && undone.ok();
    db::Schema written;
    for (const report::TableUse& use : use_.tables) {
      if (!use.written || nothing_committed) continue;
      if (const db::Table* table = run.schema.Find(use.table)) written.tables.push_back(*table);
    }
    if (nothing_committed) {
      leaks = absl::OkStatus();
    } else {
      leaks = usage_known_ ? db::CheckNoLeaks(*run.database, written, run.baseline_counts)
                           : db::CheckNoLeaks(*run.database, run.schema, run.baseline_counts);
    }
    report::InvariantCheck check{"no rows leak", "tear-down", leaks.ok(), ""};
    if (!leaks.ok()) {
      check.message = std::string(leaks.message());
      const ::testing::TestInfo& info = *::testing::UnitTest::GetInstance()->current_test_info();
      ADD_FAILURE_AT(info.file(), info.line()) << "gtest_data: " << check.message;
    }
    if (std::optional<report::TestRecord>& record = internal::State().current) {
      record->invariants.push_back(std::move(check));
    }
  }
  if (!undone.ok() || !leaks.ok()) {
    // Repair, so that the tests after this one are not blamed for its leak.
    const absl::Status repaired = RestoreBaseline(run, /*rows=*/true);
    if (!repaired.ok() && in_test) {
      AddFailureAtTest("gtest_data: cannot put the database back to its baseline: " +
                       std::string(repaired.message()));
    }
  }
}

namespace {

// What db() gives when there is no database: every call fails with the
// reason, so a test (or its tear-down) carries on to report it.
class UnavailableDatabase : public db::Database {
 public:
  explicit UnavailableDatabase(absl::Status why) : why_(std::move(why)) {}
  std::string_view engine() const override { return "unavailable"; }
  std::string Placeholder(int index) const override { return "?" + std::to_string(index); }
  absl::Status Execute(std::string_view) override { return why_; }
  absl::StatusOr<std::vector<Row>> Query(std::string_view, const std::vector<Value>&) override {
    return why_;
  }
  absl::Status Begin() override { return why_; }
  absl::Status Commit() override { return why_; }
  absl::Status Rollback() override { return why_; }
  bool InTransaction() const override { return false; }
  std::string ConnectionString() const override { return ""; }
  absl::StatusOr<db::Schema> Introspect() override { return why_; }
  absl::Status InsertRows(std::string_view, const std::vector<std::string>&,
                          const std::vector<const Row*>&) override {
    return why_;
  }
  absl::Status StartUsage() override { return why_; }
  absl::StatusOr<std::vector<db::TableUsage>> TakeUsage() override { return why_; }
  absl::StatusOr<std::unique_ptr<db::DatabaseTemplate>> SaveAsTemplate() override {
    return why_;
  }

 private:
  absl::Status why_;
};

}  // namespace

db::Database& DbTest::db() {
  if (current_ != nullptr) return *current_;
  // Outside set-up and the body (or after a failed set-up): the run's
  // database, or one whose every call fails with the reason it is missing.
  absl::Status why;
  RunDatabase* run = EnsureRunDatabase(&why);
  if (run != nullptr) return *run->database;
  if (!unavailable_) {
    unavailable_ = std::make_unique<UnavailableDatabase>(
        absl::FailedPreconditionError("the test database could not be set up: " +
                                      std::string(why.message())));
  }
  return *unavailable_;
}

const db::Schema& DbTest::schema() const { return TheRunDatabase().schema; }

int64_t DbTest::CountRows(std::string_view table, CallSite where) {
  absl::StatusOr<std::vector<Row>> rows =
      db().Query("SELECT count(*) AS n FROM " + db::QuoteIdentifier(table), {});
  if (!rows.ok()) {
    ADD_FAILURE_AT(where.file, where.line) << "gtest_data: " << rows.status().message();
    return -1;
  }
  return rows->front().Get("n").as_int();
}

void DbTest::ExpectTables(const Dataset& expected, const db::ExpectOptions& options,
                          CallSite where) {
  const absl::Status equal = db::ExpectTablesEqual(db(), schema(), expected, options);
  if (!equal.ok()) ADD_FAILURE_AT(where.file, where.line) << "gtest_data: " << equal.message();
}

Dataset DbTest::KnownRows() {
  // Rows only (no handles): references read their keys.
  Dataset known;
  for (const Dataset* from : {&data(), &TheRunDatabase().baseline_scenarios}) {
    for (const std::string& table : from->tables()) {
      for (const Dataset::Entry& entry : *from->Entries(table)) {
        if (entry.label.empty() || known.FindEntry(table, entry.label) != nullptr) continue;
        known.Add(table, entry.CurrentRow(), entry.label).IgnoreError();
      }
    }
  }
  return known;
}

void DbTest::ExpectTablesFromFile(const std::string& path, const db::ExpectOptions& options,
                                  CallSite where) {
  const Dataset known = KnownRows();
  absl::StatusOr<Dataset> expected = LoadFileFor(path, schema(), seed(), locale(), true, &known);
  if (!expected.ok()) {
    ADD_FAILURE_AT(where.file, where.line)
        << "gtest_data: expected dataset: " << expected.status().message();
    return;
  }
  ExpectTables(*expected, options, where);
}

void DbTest::SeedDatasetFile(const std::string& path, CallSite where) {
  const Dataset known = KnownRows();
  absl::StatusOr<Dataset> rows = LoadFileFor(path, schema(), seed(), locale(), false, &known);
  if (!rows.ok()) {
    GTEST_FAIL_AT(where.file, where.line) << "gtest_data: dataset file: " << rows.status().message();
    return;
  }
  const absl::Status seeded = db::Seed(db(), schema(), *rows);
  if (!seeded.ok()) {
    GTEST_FAIL_AT(where.file, where.line) << "gtest_data: seeding " << path << ": "
                                          << seeded.message();
    return;
  }
  const absl::Status joined = data().Append(*rows);
  if (!joined.ok()) {
    GTEST_FAIL_AT(where.file, where.line) << "gtest_data: " << path << ": " << joined.message();
  }
}

}  // namespace gtest_data
