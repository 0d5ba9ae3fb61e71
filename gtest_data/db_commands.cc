// Copyright 2026 The gtest_data Authors.
//
// gtest-data seed --db URL: fills a database with generated rows.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "commands.h"
#include "gtest_data/db/generate.h"
#include "gtest_data/db/open.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/random/run_seed.h"

namespace gtest_data {
namespace program {
namespace {

// "--name=value" or "--name value"; true when args[*i] is the flag.
bool Flag(const Args& args, size_t* i, std::string_view name, std::optional<std::string>* value,
          std::string* error) {
  const std::string_view arg = args[*i];
  const std::string prefix = "--" + std::string(name);
  if (arg == prefix) {
    if (*i + 1 >= args.size()) {
      *error = prefix + " needs a value";
    } else {
      *value = std::string(args[++*i]);
    }
    return true;
  }
  if (arg.substr(0, prefix.size() + 1) == prefix + "=") {
    *value = std::string(arg.substr(prefix.size() + 1));
    return true;
  }
  return false;
}

// The most rows --rows asks for (a table of a trillion rows is no test's).
constexpr int kMostRowDigits = 12;
constexpr const char* kMostRows = "999999999999";

std::optional<int64_t> Count(std::string_view text) {
  if (text.empty() || text.size() > kMostRowDigits) return std::nullopt;
  int64_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

std::string TableNames(const db::Schema& schema) {
  std::string out;
  for (const db::Table& table : schema.tables) out += (out.empty() ? "" : ", ") + table.name;
  return out.empty() ? "none" : out;
}

// Engine and data errors: exit status 1.
int Failed(const std::string& message) {
  std::cerr << "gtest-data seed: " << message << "\n";
  return 1;
}

}  // namespace

namespace {

// What the command line of `seed` asked for.
struct SeedArgs {
  std::optional<std::string> url, seed_text, locale_id;
  std::vector<std::string> schema_files;
  // Their texts, each read once (a pipe, /dev/stdin, can be read only once).
  std::vector<std::string> schema_texts;
  std::optional<int64_t> rows;
  std::map<std::string, int64_t, std::less<>> table_rows;
  std::map<std::string, db::ChildrenPerParent, std::less<>> children;
  std::map<std::string, std::string, std::less<>> agree;
};

// Reads the flags into *seed; returns the exit status of a usage error, or
// nullopt.
std::optional<int> ParseSeedArgs(const Args& args, SeedArgs* seed) {
  std::optional<std::string> value;
  std::string error;
  for (size_t i = 0; i < args.size(); ++i) {
    if (Flag(args, &i, "db", &seed->url, &error) ||
        Flag(args, &i, "seed", &seed->seed_text, &error) ||
        Flag(args, &i, "locale", &seed->locale_id, &error)) {
      if (!error.empty()) return UsageError("seed: " + error);
      continue;
    }
    value.reset();
    if (Flag(args, &i, "schema", &value, &error)) {
      if (!error.empty()) return UsageError("seed: " + error);
      seed->schema_files.push_back(*value);
      continue;
    }
    value.reset();
    if (Flag(args, &i, "children", &value, &error)) {
      // --children orders.customer_id=uniform:1-5
      if (!error.empty()) return UsageError("seed: " + error);
      const size_t eq = value->find('=');
      if (eq == std::string::npos || eq == 0) {
        return UsageError("seed: --children: expected TABLE.COLUMN=SHAPE, got '" + *value + "'");
      }
      absl::StatusOr<db::ChildrenPerParent> shape =
          db::ChildrenPerParent::Parse(std::string_view(*value).substr(eq + 1));
      if (!shape.ok()) return UsageError("seed: --children: " + std::string(shape.status().message()));
      seed->children[value->substr(0, eq)] = *shape;
      continue;
    }
    value.reset();
    if (Flag(args, &i, "agree", &value, &error)) {
      // --agree orders.shipping_address_id=customer_id[=parent_column]
      if (!error.empty()) return UsageError("seed: " + error);
      const size_t eq = value->find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == value->size()) {
        return UsageError("seed: --agree: expected TABLE.COLUMN=COLUMN[=PARENT_COLUMN], got '" +
                          *value + "'");
      }
      seed->agree[value->substr(0, eq)] = value->substr(eq + 1);
      continue;
    }
    if (Flag(args, &i, "rows", &value, &error)) {
      if (!error.empty()) return UsageError("seed: " + error);
      const size_t eq = value->find('=');
      if (eq == std::string::npos) {
        seed->rows = Count(*value);
        if (!seed->rows) {
          return UsageError(std::string("seed: --rows: expected a count from 0 to ") + kMostRows +
                            " or TABLE=COUNT, got '" + *value + "'");
        }
      } else {
        const std::optional<int64_t> n = Count(std::string_view(*value).substr(eq + 1));
        if (eq == 0 || !n) {
          return UsageError(std::string("seed: --rows: expected TABLE=COUNT, COUNT from 0 to ") +
                            kMostRows + ", got '" + *value + "'");
        }
        seed->table_rows[value->substr(0, eq)] = *n;
      }
      continue;
    }
    return UsageError("seed: unknown argument '" + std::string(args[i]) +
                      "'; expected --db URL [--schema FILE.sql] [--rows N | --rows TABLE=N] "
                      "[--seed S] [--locale L] [--children TABLE.COLUMN=SHAPE] "
                      "[--agree TABLE.COLUMN=COLUMN[=PARENT_COLUMN]]");
  }
  return std::nullopt;
}

// The generation options of --seed, --locale and --rows; returns the exit
// status of a usage error, or nullopt.
std::optional<int> SeedOptions(const SeedArgs& seed, db::GenerateOptions* options) {
  // --seed, else GTEST_DATA_SEED, else the default, as for the tests.
  std::string error;
  const std::optional<SeedChoice> chosen =
      ResolveRunSeed(seed.seed_text ? seed.seed_text->c_str() : nullptr,
                     std::getenv(kSeedEnvironmentVariable), &error);
  if (!chosen) return UsageError(seed.seed_text ? "seed: --seed: " + error : "seed: " + error);
  if (chosen->source == SeedSource::kRandom) std::cerr << DescribeSeedChoice(*chosen) << "\n";
  options->seed = chosen->seed;
  if (seed.locale_id) {
    options->locale = fake::Locale::Find(*seed.locale_id);
    if (options->locale == nullptr) {
      return UsageError("seed: --locale: unknown locale '" + *seed.locale_id + "'");
    }
  }
  if (seed.rows) options->rows = *seed.rows;
  options->children = seed.children;
  options->agree = seed.agree;
  return std::nullopt;
}

// Progress on a terminal: a \r-rewritten line per table.
void PrintProgress(const db::GenerateProgress& p) {
  std::fprintf(stderr, "\r  %-28.*s %12lld / %lld rows", static_cast<int>(p.table.size()),
               p.table.data(), static_cast<long long>(p.done),
               static_cast<long long>(p.total));
  if (p.done == p.total) std::fputc('\n', stderr);
  std::fflush(stderr);
}

// Whether any of the files may write rows: a word INSERT, UPDATE, DELETE,
// REPLACE or UPSERT anywhere (in a comment or a string too: then it is
// taken as writing). An unreadable file counts as writing; reading it
// later says why.
bool ChangesRows(const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    std::string word;
    auto writes = [&] {
      return word == "insert" || word == "update" || word == "delete" || word == "replace" ||
             word == "upsert";
    };
    for (const char c : text) {
      if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_') {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        continue;
      }
      if (writes()) return true;
      word.clear();
    }
    if (writes()) return true;
  }
  return false;
}

// A library message in the command's words: the GenerateOptions fields it
// names are flags here (options.children["orders.customer_id"] is
// --children orders.customer_id), and a column override, which the
// command has not, is the library's.
std::string InFlagWords(std::string message) {
  struct Word {
    std::string_view field, flag;
  };
  static constexpr Word kWords[] = {
      {"options.children[\"", "--children "}, {"options.agree[\"", "--agree "},
      {"options.table_rows[\"", "--rows "},   {"options.children", "--children"},
      {"options.agree", "--agree"},           {"options.rows", "--rows"},
      {"(options.tables)", "(--rows TABLE=N)"},
      {"options.columns[\"", "the library's GenerateOptions::columns[\""},
      {"options.columns", "the library's GenerateOptions::columns"},
  };
  for (const Word& word : kWords) {
    for (size_t at = message.find(word.field); at != std::string::npos;
         at = message.find(word.field, at)) {
      message.replace(at, word.field.size(), word.flag);
      at += word.flag.size();
      if (word.field.back() == '"' && word.flag.front() == '-') {
        // The key's closing quote and bracket go: --children orders.customer_id
        const size_t end = message.find("\"]", at);
        if (end != std::string::npos) message.erase(end, 2);
      }
    }
  }
  return message;
}

// The schema files and the rows, in one transaction: all or nothing.
// Returns the exit status of a failure, or nullopt with *summary filled.
std::optional<int> SeedInOneTransaction(db::Database& db, const SeedArgs& seed,
                                        db::GenerateOptions options,
                                        db::GenerateSummary* summary) {
  absl::Status status = db.Begin();
  if (!status.ok()) return Failed(std::string(status.message()));
  auto fail = [&](const std::string& message) {
    db.Rollback().IgnoreError();
    return Failed(message + " (rolled back: nothing was changed)");
  };
  for (size_t i = 0; i < seed.schema_files.size(); ++i) {
    status = db.Execute(seed.schema_texts[i]);
    if (!status.ok()) return fail(seed.schema_files[i] + ": " + std::string(status.message()));
  }
  absl::StatusOr<db::Schema> schema = db.Introspect();
  if (!schema.ok()) return fail(std::string(schema.status().message()));
  if (schema->tables.empty()) {
    // Nothing to fill is a mistake (a wrong file, a schema not applied,
    // tables outside the search path), not a success of 0 rows.
    return fail(std::string("the database has no tables to fill") +
                (seed.schema_files.empty() ? "; give their CREATE TABLEs with --schema FILE.sql"
                                           : " after the --schema files ran") +
                (db.engine() == "postgresql"
                     ? " (PostgreSQL: only the schemas on the search_path are read)"
                     : ""));
  }
  for (const auto& [table, n] : seed.table_rows) {
    if (schema->Find(table) == nullptr) {
      db.Rollback().IgnoreError();
      return UsageError("seed: --rows " + table + "=" + std::to_string(n) +
                        ": no such table; the database has " + TableNames(*schema));
    }
  }
  options.table_rows = seed.table_rows;
  options.own_transaction = false;
  if (::isatty(STDERR_FILENO) != 0) options.progress = PrintProgress;
  absl::StatusOr<db::GenerateSummary> filled = db::FillTables(db, *schema, options);
  if (!filled.ok()) return fail(InFlagWords(std::string(filled.status().message())));
  for (std::string& note : filled->notes) note = InFlagWords(std::move(note));
  status = db.Commit();
  if (!status.ok()) return fail(std::string(status.message()));
  *summary = *std::move(filled);
  return std::nullopt;
}

// "seeded URL with seed S:", a line per table with its digest, the notes
// and the total.
void PrintSummary(const db::DatabaseUrl& url, uint64_t seed, const db::GenerateSummary& summary,
                  double seconds, std::ostream& out) {
  int64_t total = 0;
  out << "seeded " << url.redacted() << " with seed " << FormatSeed(seed) << ":\n";
  for (const db::GenerateSummary::TableRows& table : summary.tables) {
    char digest[17];
    std::snprintf(digest, sizeof digest, "%016llx", static_cast<unsigned long long>(table.digest));
    out << "  " << table.table << ": " << table.rows << " rows (digest " << digest << ")\n";
    total += table.rows;
  }
  for (const std::string& note : summary.notes) out << "  note: " << note << "\n";
  char timing[64];
  std::snprintf(timing, sizeof timing, "%.3f", seconds);
  out << total << " rows in " << timing << " s\n";
}

}  // namespace

int RunSeedDatabase(const Args& args, std::ostream& out) {
  SeedArgs seed;
  if (std::optional<int> usage = ParseSeedArgs(args, &seed)) return *usage;
  if (!seed.url) {
    return UsageError(std::string("seed: --db URL is required (") + db::DatabaseUrlForms() + ")");
  }
  // A malformed URL is a usage error; its message names no password.
  absl::StatusOr<db::DatabaseUrl> parsed_url = db::DatabaseUrl::Parse(*seed.url);
  if (!parsed_url.ok()) {
    return UsageError("seed: --db: " + std::string(parsed_url.status().message()));
  }
  db::GenerateOptions options;
  if (std::optional<int> usage = SeedOptions(seed, &options)) return *usage;
  for (const std::string& file : seed.schema_files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in || in.bad()) return Failed("--schema: cannot read " + file + "; nothing was changed");
    seed.schema_texts.push_back(text.str());
  }

  // A SQLite file this run creates goes again if the run fails: a failed
  // seed leaves nothing behind, not an empty database file. The run
  // creates it itself, exclusively (an empty file is an empty database to
  // SQLite), so a file or link that is there, even a dangling link, is
  // never taken for its own. Another process writing the same new path
  // during the run is not provided for.
  struct stat created {};
  bool remove_on_failure = false;
  if (parsed_url->engine() == db::DatabaseUrl::Engine::kSqlite && !parsed_url->in_memory()) {
    const int fd = ::open(parsed_url->sqlite_path().c_str(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0) {
      remove_on_failure = ::fstat(fd, &created) == 0;
      ::close(fd);
    }
  }
  // Connect: a URL the driver refuses is a usage error; an unreachable
  // server is not.
  absl::StatusOr<std::unique_ptr<db::Database>> database = db::OpenDatabase(*parsed_url);
  // Removes the file this run made, and only that one (not one another
  // process put at the path since); the connection is closed first.
  const auto give_up = [&](int status) {
    if (!remove_on_failure) return status;
    if (database.ok()) database->reset();
    struct stat now {};
    if (::lstat(parsed_url->sqlite_path().c_str(), &now) == 0 && !S_ISLNK(now.st_mode) &&
        now.st_dev == created.st_dev && now.st_ino == created.st_ino) {
      ::unlink(parsed_url->sqlite_path().c_str());
    }
    return status;
  };
  if (!database.ok()) {
    if (database.status().code() == absl::StatusCode::kInvalidArgument) {
      return give_up(UsageError("seed: --db: " + std::string(database.status().message())));
    }
    return give_up(Failed(std::string(database.status().message())));
  }
  db::Database& db = **database;
  const auto start = std::chrono::steady_clock::now();
  if (db.engine() == "sqlite" && !ChangesRows(seed.schema_texts)) {
    // Every foreign key the command writes is one the generator took from a
    // parent row that exists (seed has no column overrides), so the engine's
    // per-row parent lookup only repeats that: it cost four times the
    // inserts themselves (bench/seed_scaling.sh). Not when a schema file
    // writes rows too (its keys, its ON DELETE actions are the engine's to
    // check). SQLite takes the setting outside a transaction only; the
    // connection ends with the command.
    absl::Status unchecked = db.Execute("PRAGMA foreign_keys = OFF");
    if (!unchecked.ok()) return give_up(Failed(std::string(unchecked.message())));
  }
  db::GenerateSummary summary;
  if (std::optional<int> failed = SeedInOneTransaction(db, seed, options, &summary)) {
    return give_up(*failed);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  PrintSummary(*parsed_url, options.seed, summary, seconds, out);
  return 0;
}

}  // namespace program
}  // namespace gtest_data
