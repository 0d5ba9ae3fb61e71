// Copyright 2026 The gtest_data Authors.
//
// Seeding speed against each engine's ceiling, in one run (issue 6 (a)):
//   SQLite in memory: Database::AppendRows (what FillTables uses; on
//     SQLite the same as InsertRows, what Seed uses) against a raw loop of
//     one prepared INSERT in one transaction;
//   PostgreSQL (GTEST_DATA_PG_DSN): AppendRows (one COPY across the chunks)
//     against raw libpq COPY.
// An 8-column table; both sides make the same values from the row number,
// in chunks of 50,000 rows, so memory does not grow with the count (on
// PostgreSQL the chunks go into one COPY, so the server stores a chunk
// while the next is made, as the raw loop's server does). Sides
// alternate, three rounds, best time each. Target: at least 0.95x (issue 13).
//
//   db_seed_bench [ROWS]        (default 1,000,000)

#include <libpq-fe.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "gtest_data/db/postgres.h"
#include "gtest_data/db/sqlite.h"

namespace {

using gtest_data::Row;
using gtest_data::Value;
using gtest_data::db::Database;

constexpr size_t kChunk = 50000;
constexpr char kCreate[] =
    "CREATE TABLE people (id bigint PRIMARY KEY, name text NOT NULL, email text NOT NULL, "
    "city text, amount bigint, score double precision, active boolean, created text)";
const std::vector<std::string> kColumns = {"id", "name", "email", "city",
                                           "amount", "score", "active", "created"};
const char* const kCities[] = {"Lisbon", "Oslo", "Lyon", "Kyoto", "Quito", "Perth"};

// Row n's values, written into `row` (reused, so no allocation per row once
// the strings have grown).
void FillRow(int64_t n, Row* row) {
  auto& cells = row->mutable_cells();
  if (cells.empty()) {
    for (const std::string& c : kColumns) row->AppendUnchecked(c, Value());
  }
  cells[0].second = Value(n);
  cells[1].second = Value("Person " + std::to_string(n));
  cells[2].second = Value("p" + std::to_string(n) + "@example.test");
  cells[3].second = Value(std::string(kCities[n % 6]));
  cells[4].second = Value(n * 37 % 100000);
  cells[5].second = Value(static_cast<double>(n % 1000) / 8.0);
  cells[6].second = Value(n % 3 != 0);
  cells[7].second = Value(std::string("2026-11-24"));
}

double Seconds(const std::function<void()>& body) {
  const auto start = std::chrono::steady_clock::now();
  body();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void Check(const absl::Status& status) {
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", std::string(status.message()).c_str());
    std::exit(1);
  }
}

// Ours: chunks through InsertRows inside one transaction.
void SeedWithInsertRows(Database& db, int64_t rows) {
  std::vector<Row> chunk(kChunk);
  std::vector<const Row*> pointers;
  Check(db.Begin());
  for (int64_t start = 0; start < rows; start += kChunk) {
    const int64_t end = std::min<int64_t>(rows, start + kChunk);
    pointers.clear();
    for (int64_t n = start; n < end; ++n) {
      FillRow(n + 1, &chunk[static_cast<size_t>(n - start)]);
      pointers.push_back(&chunk[static_cast<size_t>(n - start)]);
    }
    Check(db.AppendRows("people", kColumns, pointers));
  }
  Check(db.FinishRows());
  Check(db.Commit());
}

// The SQLite ceiling: one prepared INSERT, bound by hand.
void SeedSqliteRaw(sqlite3* db, int64_t rows) {
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO people (id, name, email, city, amount, score, active, created) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     -1, &st, nullptr);
  std::string name, email;
  for (int64_t n = 1; n <= rows; ++n) {
    name = "Person " + std::to_string(n);
    email = "p" + std::to_string(n) + "@example.test";
    sqlite3_bind_int64(st, 1, n);
    sqlite3_bind_text(st, 2, name.c_str(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, email.c_str(), static_cast<int>(email.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, kCities[n % 6], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, n * 37 % 100000);
    sqlite3_bind_double(st, 6, static_cast<double>(n % 1000) / 8.0);
    sqlite3_bind_int64(st, 7, n % 3 != 0);
    sqlite3_bind_text(st, 8, "2026-11-24", -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_DONE) {
      std::fprintf(stderr, "raw insert: %s\n", sqlite3_errmsg(db));
      std::exit(1);
    }
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

// The PostgreSQL ceiling: COPY text written by hand.
void SeedPostgresRaw(PGconn* conn, int64_t rows) {
  PQclear(PQexec(conn, "BEGIN"));
  PGresult* start = PQexec(conn, "COPY people FROM STDIN");
  PQclear(start);
  std::string buffer;
  char number[32];
  for (int64_t n = 1; n <= rows; ++n) {
    buffer += std::to_string(n);
    buffer += "\tPerson " + std::to_string(n);
    buffer += "\tp" + std::to_string(n) + "@example.test\t";
    buffer += kCities[n % 6];
    buffer += '\t' + std::to_string(n * 37 % 100000) + '\t';
    std::snprintf(number, sizeof number, "%.17g", static_cast<double>(n % 1000) / 8.0);
    buffer += number;
    buffer += (n % 3 != 0) ? "\ttrue" : "\tfalse";
    buffer += "\t2026-11-24\n";
    if (buffer.size() >= (1 << 16)) {
      PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size()));
      buffer.clear();
    }
  }
  PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size()));
  PQputCopyEnd(conn, nullptr);
  while (PGresult* r = PQgetResult(conn)) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      std::fprintf(stderr, "raw COPY: %s\n", PQresultErrorMessage(r));
      std::exit(1);
    }
    PQclear(r);
  }
  PQclear(PQexec(conn, "COMMIT"));
}

void Report(const char* engine, int64_t rows, double ours, double raw) {
  std::printf("%-10s %9lld rows: ours %8.0f rows/s, raw %8.0f rows/s, ratio %.2f "
              "(target >= 0.95)\n",
              engine, static_cast<long long>(rows), rows / ours, rows / raw, raw / ours);
}

}  // namespace

int main(int argc, char** argv) {
  const int64_t rows = argc > 1 ? std::atoll(argv[1]) : 1000000;
  double ours = 1e300, raw = 1e300;
  for (int round = 0; round < 3; ++round) {
    for (int side = 0; side < 2; ++side) {
      const bool ours_first = round % 2 == 0;
      if ((side == 0) == ours_first) {
        auto db = *gtest_data::db::OpenSqlite("sqlite::memory:");
        Check(db->Execute(kCreate));
        ours = std::min(ours, Seconds([&] { SeedWithInsertRows(*db, rows); }));
      } else {
        sqlite3* db = nullptr;
        sqlite3_open(":memory:", &db);
        sqlite3_exec(db, kCreate, nullptr, nullptr, nullptr);
        raw = std::min(raw, Seconds([&] { SeedSqliteRaw(db, rows); }));
        sqlite3_close(db);
      }
    }
  }
  Report("sqlite", rows, ours, raw);

  const char* dsn = std::getenv("GTEST_DATA_PG_DSN");
  if (dsn != nullptr && *dsn != '\0') {
    auto db = *gtest_data::db::OpenPostgres(dsn);
    PGconn* conn = PQconnectdb(dsn);
    const std::string schema = "gtest_data_bench_" + std::to_string(rows);
    auto reset = [&] {
      Check(db->Execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema +
                        "; SET search_path TO " + schema + "; " + kCreate));
      PQclear(PQexec(conn, ("SET search_path TO " + schema).c_str()));
    };
    ours = raw = 1e300;
    for (int round = 0; round < 3; ++round) {
      for (int side = 0; side < 2; ++side) {
        reset();
        if ((side == 0) == (round % 2 == 0)) {
          ours = std::min(ours, Seconds([&] { SeedWithInsertRows(*db, rows); }));
        } else {
          raw = std::min(raw, Seconds([&] { SeedPostgresRaw(conn, rows); }));
        }
      }
    }
    Check(db->Execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    PQfinish(conn);
    Report("postgresql", rows, ours, raw);
  } else {
    std::printf("postgresql: skipped (set GTEST_DATA_PG_DSN)\n");
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS %ld KiB\n", usage.ru_maxrss);
  return 0;
}
