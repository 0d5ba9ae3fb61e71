// Copyright 2026 The gtest_data Authors.
//
// The engine's ceiling for `gtest-data seed` (issue 13): the same rows the
// command wrote, loaded again by hand into a fresh copy of the same schema,
// the fastest way each engine offers a client, timed from the first row to
// the commit:
//   SQLite: one prepared INSERT per table, each value bound as the source
//     stored it, in the order it stored the rows, in one transaction (foreign keys unenforced, as SQLite opens them);
//   PostgreSQL: COPY ... FROM STDIN per table with the text the server's
//     own COPY ... TO STDOUT gave, in one transaction, into a schema of
//     its own (the schema's constraints and foreign keys all in force).
// Reading the rows back into memory is not timed. Prints one line:
//   ceiling <engine> <rows> rows in <seconds> s
//
//   seed_ceiling sqlite:PATH SCHEMA.sql
//   seed_ceiling 'host=... dbname=...' SCHEMA.sql      (PostgreSQL)

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "seed_ceiling: %s\n", message.c_str());
  std::exit(1);
}

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die(std::string("cannot read ") + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Tables with their parents first: `parents[t]` are the tables t refers to.
std::vector<std::string> ParentsFirst(const std::vector<std::string>& tables,
                                      const std::vector<std::set<std::string>>& parents) {
  std::vector<std::string> order;
  std::set<std::string> placed;
  while (order.size() < tables.size()) {
    const size_t before = order.size();
    for (size_t t = 0; t < tables.size(); ++t) {
      if (placed.count(tables[t]) != 0) continue;
      bool ready = true;
      for (const std::string& p : parents[t]) {
        ready = ready && (p == tables[t] || placed.count(p) != 0 ||
                          std::find(tables.begin(), tables.end(), p) == tables.end());
      }
      if (ready) {
        order.push_back(tables[t]);
        placed.insert(tables[t]);
      }
    }
    if (order.size() == before) {  // a cycle: the rest in any order
      for (const std::string& t : tables) {
        if (placed.insert(t).second) order.push_back(t);
      }
    }
  }
  return order;
}

void Sqlite(const std::string& path, const std::string& schema) {
  sqlite3* source = nullptr;
  if (sqlite3_open_v2(path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    Die("cannot open " + path);
  }
  std::vector<std::string> tables;
  std::vector<std::set<std::string>> parents;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(source,
                     "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                     "'sqlite_%' ORDER BY name",
                     -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) {
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  }
  sqlite3_finalize(st);
  for (const std::string& t : tables) {
    parents.emplace_back();
    sqlite3_prepare_v2(source, "SELECT \"table\" FROM pragma_foreign_key_list(?1)", -1, &st,
                       nullptr);
    sqlite3_bind_text(st, 1, t.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
      parents.back().insert(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
  }
  tables = ParentsFirst(tables, parents);

  // Every row, as stored (type and bytes), packed: a cell is its type and
  // the place of its bytes in one buffer per table, so ten million rows fit.
  struct Cell {
    int type;
    uint32_t size;
    uint64_t at;  // offset into bytes; an integer's or real's value is there too
  };
  struct Loaded {
    std::string table;
    int columns = 0;
    std::vector<Cell> cells;
    std::string bytes;
  };
  std::vector<Loaded> loaded;
  int64_t rows = 0;
  for (const std::string& t : tables) {
    Loaded l;
    l.table = t;
    sqlite3_prepare_v2(source, ("SELECT * FROM \"" + t + "\"").c_str(), -1, &st, nullptr);
    l.columns = sqlite3_column_count(st);
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int c = 0; c < l.columns; ++c) {
        Cell cell{sqlite3_column_type(st, c), 0, l.bytes.size()};
        if (cell.type == SQLITE_INTEGER) {
          const sqlite3_int64 v = sqlite3_column_int64(st, c);
          l.bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
        } else if (cell.type == SQLITE_FLOAT) {
          const double v = sqlite3_column_double(st, c);
          l.bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
        } else if (cell.type != SQLITE_NULL) {
          const void* data = cell.type == SQLITE_BLOB ? sqlite3_column_blob(st, c)
                                                      : static_cast<const void*>(sqlite3_column_text(st, c));
          cell.size = static_cast<uint32_t>(sqlite3_column_bytes(st, c));
          l.bytes.append(static_cast<const char*>(data), cell.size);
        }
        l.cells.push_back(cell);
      }
      ++rows;
    }
    sqlite3_finalize(st);
    loaded.push_back(std::move(l));
  }
  sqlite3_close(source);

  const std::string target_path = path + ".ceiling";
  std::remove(target_path.c_str());
  std::remove((target_path + "-journal").c_str());
  sqlite3* target = nullptr;
  if (sqlite3_open(target_path.c_str(), &target) != SQLITE_OK) Die("cannot open " + target_path);
  char* error = nullptr;
  if (sqlite3_exec(target, schema.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    Die(std::string("schema: ") + error);
  }
  const auto start = std::chrono::steady_clock::now();
  sqlite3_exec(target, "BEGIN", nullptr, nullptr, nullptr);
  for (const Loaded& l : loaded) {
    std::string sql = "INSERT INTO \"" + l.table + "\" VALUES (";
    for (int c = 0; c < l.columns; ++c) sql += c ? ", ?" : "?";
    sql += ")";
    if (sqlite3_prepare_v2(target, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      Die(l.table + ": " + sqlite3_errmsg(target));
    }
    for (size_t r = 0; r < l.cells.size(); r += static_cast<size_t>(l.columns)) {
      for (int c = 0; c < l.columns; ++c) {
        const Cell& cell = l.cells[r + static_cast<size_t>(c)];
        const char* data = l.bytes.data() + cell.at;
        switch (cell.type) {
          case SQLITE_INTEGER: {
            sqlite3_int64 v;
            std::memcpy(&v, data, sizeof v);
            sqlite3_bind_int64(st, c + 1, v);
            break;
          }
          case SQLITE_FLOAT: {
            double v;
            std::memcpy(&v, data, sizeof v);
            sqlite3_bind_double(st, c + 1, v);
            break;
          }
          case SQLITE_TEXT: sqlite3_bind_text64(st, c + 1, data, cell.size, SQLITE_STATIC, SQLITE_UTF8); break;
          case SQLITE_BLOB: sqlite3_bind_blob64(st, c + 1, data, cell.size, SQLITE_STATIC); break;
          default: sqlite3_bind_null(st, c + 1); break;
        }
      }
      if (sqlite3_step(st) != SQLITE_DONE) Die(l.table + ": " + sqlite3_errmsg(target));
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
  }
  if (sqlite3_exec(target, "COMMIT", nullptr, nullptr, &error) != SQLITE_OK) Die(error);
  const double seconds = Since(start);
  sqlite3_close(target);
  std::remove(target_path.c_str());
  std::printf("ceiling sqlite %lld rows in %.3f s\n", static_cast<long long>(rows), seconds);
}

PGresult* Exec(PGconn* conn, const std::string& sql, ExecStatusType want) {
  PGresult* r = PQexec(conn, sql.c_str());
  if (PQresultStatus(r) != want) Die(sql.substr(0, 60) + ": " + PQresultErrorMessage(r));
  return r;
}

void Postgres(const std::string& dsn, const std::string& schema) {
  PGconn* conn = PQconnectdb(dsn.c_str());
  if (PQstatus(conn) != CONNECTION_OK) Die("cannot connect to the server");
  PQclear(Exec(conn, "SET client_min_messages = warning", PGRES_COMMAND_OK));
  std::vector<std::string> tables;
  std::vector<std::set<std::string>> parents;
  PGresult* r = Exec(conn,
                     "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                     "c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1",
                     PGRES_TUPLES_OK);
  for (int i = 0; i < PQntuples(r); ++i) tables.emplace_back(PQgetvalue(r, i, 0));
  PQclear(r);
  for (const std::string& t : tables) {
    parents.emplace_back();
    r = Exec(conn,
             "SELECT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND "
             "conrelid = 'public.\"" + t + "\"'::regclass",
             PGRES_TUPLES_OK);
    for (int i = 0; i < PQntuples(r); ++i) parents.back().insert(PQgetvalue(r, i, 0));
    PQclear(r);
  }
  tables = ParentsFirst(tables, parents);

  std::vector<std::string> text(tables.size());
  int64_t rows = 0;
  for (size_t t = 0; t < tables.size(); ++t) {
    PQclear(Exec(conn, "COPY public.\"" + tables[t] + "\" TO STDOUT", PGRES_COPY_OUT));
    char* buffer = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(conn, &buffer, 0)) > 0) {
      text[t].append(buffer, static_cast<size_t>(n));
      ++rows;
      PQfreemem(buffer);
    }
    while (PGresult* done = PQgetResult(conn)) PQclear(done);
  }
  PQclear(Exec(conn,
               "DROP SCHEMA IF EXISTS gtest_data_ceiling CASCADE; CREATE SCHEMA "
               "gtest_data_ceiling; SET search_path TO gtest_data_ceiling",
               PGRES_COMMAND_OK));
  PQclear(Exec(conn, schema, PGRES_COMMAND_OK));
  const auto start = std::chrono::steady_clock::now();
  PQclear(Exec(conn, "BEGIN", PGRES_COMMAND_OK));
  for (size_t t = 0; t < tables.size(); ++t) {
    PQclear(Exec(conn, "COPY \"" + tables[t] + "\" FROM STDIN", PGRES_COPY_IN));
    constexpr size_t kPiece = 1 << 16;
    for (size_t at = 0; at < text[t].size(); at += kPiece) {
      const size_t n = std::min(kPiece, text[t].size() - at);
      if (PQputCopyData(conn, text[t].data() + at, static_cast<int>(n)) != 1) Die("COPY data");
    }
    PQputCopyEnd(conn, nullptr);
    while (PGresult* done = PQgetResult(conn)) {
      if (PQresultStatus(done) != PGRES_COMMAND_OK) Die(tables[t] + ": " + PQresultErrorMessage(done));
      PQclear(done);
    }
  }
  PQclear(Exec(conn, "COMMIT", PGRES_COMMAND_OK));
  const double seconds = Since(start);
  PQclear(Exec(conn, "DROP SCHEMA gtest_data_ceiling CASCADE", PGRES_COMMAND_OK));
  PQfinish(conn);
  std::printf("ceiling postgresql %lld rows in %.3f s\n", static_cast<long long>(rows), seconds);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) Die("usage: seed_ceiling (sqlite:PATH | POSTGRESQL-DSN) SCHEMA.sql");
  const std::string url = argv[1];
  const std::string schema = ReadFile(argv[2]);
  if (url.rfind("sqlite:", 0) == 0) {
    Sqlite(url.substr(7), schema);
  } else {
    Postgres(url, schema);
  }
  return 0;
}
