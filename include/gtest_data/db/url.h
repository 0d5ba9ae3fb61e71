// Copyright 2026 The gtest_data Authors.
//
// Database URLs: the one parser every caller uses (the --data_db flag,
// DbTest, `gtest-data seed --db`, the drivers), and the one place that knows
// where a password sits in one.
//
//   sqlite::memory:                         a private in-memory database
//   sqlite:PATH                             the SQLite file PATH
//   postgresql://USER:PW@HOST:PORT/DB?...   a PostgreSQL server (postgres:// too)
//   host=H port=P user=U password=PW dbname=D   libpq's key=value form
//
//   absl::StatusOr<db::DatabaseUrl> url = db::DatabaseUrl::Parse(text);
//   if (!url.ok()) return url.status();          // the message holds no password
//   std::printf("%s\n", url->redacted().c_str()); // postgresql://u:***@h/db
//
// Passwords never leave through this type: redacted() replaces them with
// ***, Scrub() removes them from any text (a driver's error message), and
// Parse()'s errors never echo a password. text() is the URL as given, for
// the driver that connects and for code under test that must connect too
// (DbTest::connection_string()); do not print it.
//
// The syntax follows libpq's (URIs per RFC 3986 with percent-encoding;
// key=value pairs with single quotes and backslash escapes). Keyword names
// are not checked here: the PostgreSQL driver asks libpq, and scrubs its
// answer. Thread-compatible value type.

#ifndef GTEST_DATA_DB_URL_H_
#define GTEST_DATA_DB_URL_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace gtest_data {
namespace db {

class DatabaseUrl {
 public:
  enum class Engine { kSqlite, kPostgresql };

  // Parses `text`. kInvalidArgument for anything else, with a message that
  // says what is wrong and which forms are understood, naming no password
  // (a text that cannot be parsed is echoed only when it cannot hold one).
  static absl::StatusOr<DatabaseUrl> Parse(std::string_view text);

  Engine engine() const { return engine_; }
  // "sqlite" or "postgresql", as Database::engine() names them.
  const char* engine_name() const;

  // SQLite: whether it is sqlite::memory:, and the file path otherwise.
  bool in_memory() const { return in_memory_; }
  const std::string& sqlite_path() const { return sqlite_path_; }

  // The URL as given, password included.
  const std::string& text() const { return text_; }
  // The URL with every password replaced by ***; safe to print.
  const std::string& redacted() const { return redacted_; }
  // Whether the URL holds a password (then a printed form cannot be used
  // as is: the password must come from elsewhere, e.g. PGPASSWORD).
  bool has_password() const { return !passwords_.empty(); }

  // `message` with every occurrence of this URL's password, as written and
  // as decoded, replaced by ***. For a driver's messages, which may quote
  // the connection string.
  std::string Scrub(std::string_view message) const;

 private:
  DatabaseUrl() = default;

  Engine engine_ = Engine::kSqlite;
  bool in_memory_ = false;
  std::string sqlite_path_;
  std::string text_;
  std::string redacted_;
  std::vector<std::string> passwords_;  // spellings to scrub, longest first
};

// The URL with its password replaced by ***: DatabaseUrl::Parse(url)'s
// redacted(), or, for a text that does not parse, a description that
// repeats none of it when it might hold a password.
std::string RedactPassword(std::string_view url);

// The forms Parse() understands, for messages: "sqlite::memory:,
// sqlite:PATH, postgresql://USER@HOST:PORT/DB or \"host=H port=P user=U
// dbname=D\"".
const char* DatabaseUrlForms();

}  // namespace db
}  // namespace gtest_data

#endif  // GTEST_DATA_DB_URL_H_
