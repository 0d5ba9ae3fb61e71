// Copyright 2026 The gtest_data Authors.
//
// Per-test isolation cost of each DbTest strategy against a raw
// BEGIN ... ROLLBACK on the same engine, in one run (issue 6 (b)):
//
//   raw            BEGIN; the test's work; ROLLBACK (plain Execute)
//   rollback       db::RollbackScope around the same work (DbTest's default)
//   rollback+leak  the same plus the leak check DbTest runs after it
//   template-copy  a fresh copy of the baseline per test (SQLite:
//                  sqlite3_deserialize; PostgreSQL: CREATE DATABASE ...
//                  TEMPLATE and DROP DATABASE)
//   truncate       the work committed, then every table emptied and the
//                  baseline seeded again
// PostgreSQL also: a template copy alone (NewCopy and closing it) against
// CREATE DATABASE ... TEMPLATE, a connection and DROP DATABASE by hand with
// libpq, with a 5 ms test body between and back to back (target 1.2x with
// the body: ours drops the last copy while the next test runs); then ten
// batches of 40 copies in a row, to show the cost does not grow.
//
// The baseline is ROWS rows (default 10,000) of a 3-column table; each
// "test" inserts 100 rows through InsertRows. SQLite runs in memory;
// PostgreSQL (GTEST_DATA_PG_DSN) in a scratch database of its own. Sides
// alternate over three rounds; each reports its best mean per test and the
// ratio to raw. Target: rollback at most 1.5x raw.
//
//   db_isolation_bench [ROWS]

#include <libpq-fe.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "gtest_data/db/isolation.h"
#include "gtest_data/db/postgres.h"
#include "gtest_data/db/seeder.h"
#include "gtest_data/db/sqlite.h"

namespace {

using gtest_data::Dataset;
using gtest_data::Row;
using gtest_data::Value;
using gtest_data::db::Database;

constexpr int kRowsPerTest = 100;

void Check(const absl::Status& status) {
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", std::string(status.message()).c_str());
    std::exit(1);
  }
}

Row MakeRow(int64_t n) {
  Row row;
  row.Set("id", n);
  row.Set("name", "item " + std::to_string(n));
  row.Set("amount", n * 7 % 1000);
  return row;
}

// The test's work: 100 rows above the baseline's keys.
struct Work {
  explicit Work(int64_t first) {
    for (int64_t n = 0; n < kRowsPerTest; ++n) rows.push_back(MakeRow(first + n));
    for (const Row& row : rows) pointers.push_back(&row);
  }
  void Run(Database& db) const { Check(db.InsertRows("items", columns, pointers)); }
  std::vector<Row> rows;
  std::vector<const Row*> pointers;
  std::vector<std::string> columns = {"id", "name", "amount"};
};

struct Side {
  const char* name;
  int iterations;  // per round
  std::function<void()> test;
  double best_us = 1e18;
};

// Three rounds, the sides alternating which goes first; each keeps its
// best mean per test.
void RunSides(std::vector<Side>& sides) {
  for (int round = 0; round < 3; ++round) {
    // Alternate which side goes first.
    for (size_t k = 0; k < sides.size(); ++k) {
      Side& side = sides[round % 2 == 0 ? k : sides.size() - 1 - k];
      side.test();  // warm
      const auto start = std::chrono::steady_clock::now();
      for (int i = 0; i < side.iterations; ++i) side.test();
      const double us =
          std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
              .count() /
          side.iterations;
      side.best_us = std::min(side.best_us, us);
    }
  }
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

void RunEngine(const char* engine, Database& db, int64_t baseline_rows, int scale,
               PGconn* pg_admin = nullptr, const char* pg_dsn = nullptr) {
  Check(db.Execute(
      "CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, amount bigint NOT NULL)"));
  Dataset baseline;
  for (int64_t n = 1; n <= baseline_rows; ++n) Check(baseline.Add("items", MakeRow(n)));
  const gtest_data::db::Schema schema = *db.Introspect();
  Check(gtest_data::db::Seed(db, schema, baseline));
  const gtest_data::db::TableCounts counts = *gtest_data::db::CountRows(db, schema);
  std::unique_ptr<gtest_data::db::DatabaseTemplate> saved = *db.SaveAsTemplate();
  const Work work(baseline_rows + 1);

  std::vector<Side> sides = {
      {"raw BEGIN/ROLLBACK", 400 * scale,
       [&] {
         Check(db.Execute("BEGIN"));
         work.Run(db);
         Check(db.Execute("ROLLBACK"));
       }},
      {"rollback", 400 * scale,
       [&] {
         gtest_data::db::RollbackScope scope(db);
         work.Run(db);
         Check(scope.End());
       }},
      {"rollback+leak check", 400 * scale,
       [&] {
         // As DbTest does it: the rows are counted only when the
         // connection may have committed since the transaction began.
         bool same = false;
         {
           gtest_data::db::RollbackScope scope(db);
           const std::string mark = db.TransactionMark();
           work.Run(db);
           same = !mark.empty() && db.TransactionMark() == mark;
           Check(scope.End());
         }
         if (!same) Check(gtest_data::db::CheckNoLeaks(db, schema, counts));
       }},
      {"rollback+row counts", 400 * scale,
       [&] {
         {
           gtest_data::db::RollbackScope scope(db);
           work.Run(db);
           Check(scope.End());
         }
         Check(gtest_data::db::CheckNoLeaks(db, schema, counts));
       }},
      {"template-copy", 40 * scale,
       [&] {
         std::unique_ptr<Database> copy = *saved->NewCopy();
         // The same work as the other sides: one transaction of 100 rows.
         Check(copy->Begin());
         work.Run(*copy);
         Check(copy->Commit());
       }},
      {"truncate+reseed", 4 * scale,
       [&] {
         Check(db.Begin());
         work.Run(db);
         Check(db.Commit());
         Check(gtest_data::db::DeleteAllRows(db, schema));
         Check(gtest_data::db::Seed(db, schema, baseline));
       }},
  };
  std::string template_name;  // the sides below use these after the block
  int made = 0;
  if (pg_admin != nullptr) {
    // The copy alone against the engine's own: CREATE DATABASE ...
    // TEMPLATE, a connection, DROP DATABASE, by hand with libpq. Then ten
    // batches of copies in a row, to show the cost does not grow with the
    // number made before (dropped databases piling up, catalog growth).
    PGresult* found = PQexec(pg_admin,
                             ("SELECT datname FROM pg_database WHERE datname LIKE "
                              "'gtest_data_template_" + std::to_string(::getpid()) + "_%'")
                                 .c_str());
    template_name = PQntuples(found) > 0 ? PQgetvalue(found, 0, 0) : "";
    PQclear(found);
    if (template_name.empty()) Check(absl::InternalError("no template database found"));
    auto exec = [pg_admin](const std::string& sql) {
      PGresult* r = PQexec(pg_admin, sql.c_str());
      if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        Check(absl::InternalError(sql + ": " + PQresultErrorMessage(r)));
      }
      PQclear(r);
    };
    // Each copy also has a test body of 5 ms (a sleep: the server is idle
    // meanwhile, as while a test computes), and once without one.
    auto hand_copy = [&, exec](bool body) {
      const std::string name = "gtest_data_raw_copy_" + std::to_string(++made);
      exec("CREATE DATABASE " + name + " TEMPLATE " + template_name);
      PGconn* c = PQconnectdb((std::string(pg_dsn) + " dbname=" + name).c_str());
      if (PQstatus(c) != CONNECTION_OK) Check(absl::InternalError("connect"));
      if (body) std::this_thread::sleep_for(std::chrono::milliseconds(5));
      PQfinish(c);
      exec("DROP DATABASE " + name + " WITH (FORCE)");
    };
    auto our_copy = [&](bool body) {
      std::unique_ptr<Database> copy = *saved->NewCopy();
      if (body) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    };
    sides.push_back({"copy, 5 ms body (ours)", 40 * scale, [our_copy] { our_copy(true); }});
    sides.push_back({"copy, 5 ms body (hand)", 40 * scale, [hand_copy] { hand_copy(true); }});
    sides.push_back({"copy alone (ours)", 40 * scale, [our_copy] { our_copy(false); }});
    sides.push_back({"copy alone (by hand)", 40 * scale, [hand_copy] { hand_copy(false); }});
  }
  RunSides(sides);
  const double raw = sides[0].best_us;
  std::printf("\n%s, baseline %lld rows, %d rows written per test:\n", engine,
              static_cast<long long>(baseline_rows), kRowsPerTest);
  std::printf("  %-22s %12s %10s\n", "strategy", "per test", "vs raw");
  for (const Side& side : sides) {
    std::printf("  %-22s %9.1f us %9.2fx\n", side.name, side.best_us, side.best_us / raw);
  }
  if (pg_admin != nullptr) {
    const size_t n = sides.size();
    std::printf("  copy with a 5 ms body: ours / by hand %.2fx (target <= 1.2)\n",
                sides[n - 4].best_us / sides[n - 3].best_us);
    std::printf("  copy alone, back to back: ours / by hand %.2fx\n",
                sides[n - 2].best_us / sides[n - 1].best_us);
    std::printf("  copies in a row, mean per batch of 40:");
    for (int batch = 0; batch < 10; ++batch) {
      const auto start = std::chrono::steady_clock::now();
      for (int i = 0; i < 40; ++i) Check(saved->NewCopy().status());
      std::printf(" %.1f", std::chrono::duration<double, std::milli>(
                               std::chrono::steady_clock::now() - start).count() / 40);
    }
    std::printf(" ms\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int64_t rows = argc > 1 ? std::atoll(argv[1]) : 10000;
  {
    std::unique_ptr<Database> sqlite = *gtest_data::db::OpenSqlite("sqlite::memory:");
    RunEngine("SQLite (in memory)", *sqlite, rows, 5);
  }
  const char* dsn = std::getenv("GTEST_DATA_PG_DSN");
  if (dsn == nullptr || *dsn == '\0') {
    std::printf("\nPostgreSQL: GTEST_DATA_PG_DSN is not set; skipped\n");
  } else {
    auto pg = gtest_data::db::CreatePostgresDatabase(
        dsn, "gtest_data_isolation_bench_" + std::to_string(::getpid()));
    Check(pg.status());
    PGconn* admin = PQconnectdb(dsn);
    RunEngine("PostgreSQL", **pg, rows, 1, admin, dsn);
    PQfinish(admin);
  }
  std::printf("\npeak RSS %ld kB\n", PeakRssKb());
  return 0;
}
