// Copyright 2026 The gtest_data Authors.

#include "gtest_data/db/url.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "gtest_data/db/open.h"

namespace gtest_data {
namespace db {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kSecret[] = "S3cretPW";

TEST(DatabaseUrlTest, SqliteForms) {
  absl::StatusOr<DatabaseUrl> memory = DatabaseUrl::Parse("sqlite::memory:");
  ASSERT_TRUE(memory.ok()) << memory.status();
  EXPECT_EQ(memory->engine(), DatabaseUrl::Engine::kSqlite);
  EXPECT_STREQ(memory->engine_name(), "sqlite");
  EXPECT_TRUE(memory->in_memory());
  EXPECT_EQ(memory->redacted(), "sqlite::memory:");
  EXPECT_FALSE(memory->has_password());

  absl::StatusOr<DatabaseUrl> file = DatabaseUrl::Parse("sqlite:/tmp/shop.db");
  ASSERT_TRUE(file.ok());
  EXPECT_FALSE(file->in_memory());
  EXPECT_EQ(file->sqlite_path(), "/tmp/shop.db");
  EXPECT_EQ(file->text(), "sqlite:/tmp/shop.db");
  EXPECT_EQ(file->redacted(), "sqlite:/tmp/shop.db");

  absl::StatusOr<DatabaseUrl> empty = DatabaseUrl::Parse("sqlite:");
  EXPECT_EQ(empty.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(empty.status().message(),
            "database URL: \"sqlite:\" names no file; expected sqlite::memory:, sqlite:PATH, "
            "postgresql://USER@HOST:PORT/DB or \"host=H port=P user=U dbname=D\"");
}

TEST(DatabaseUrlTest, PostgresUriIsRedactedWherePasswordsSit) {
  struct Case {
    std::string url, redacted;
  };
  const Case cases[] = {
      {"postgresql://ann:S3cretPW@db.example:5432/shop",
       "postgresql://ann:***@db.example:5432/shop"},
      {"postgres://ann:S3cretPW@db.example/shop", "postgres://ann:***@db.example/shop"},
      {"postgresql://ann@db.example/shop?password=S3cretPW&sslmode=disable",
       "postgresql://ann@db.example/shop?password=***&sslmode=disable"},
      {"postgresql://ann:S3cret%40PW@h/d", "postgresql://ann:***@h/d"},  // an escaped '@'
      {"postgresql://h1:5432,h2:5433/d?target_session_attrs=any",
       "postgresql://h1:5432,h2:5433/d?target_session_attrs=any"},
      {"postgresql://", "postgresql://"},
      {"postgresql://[::1]:5432/d", "postgresql://[::1]:5432/d"},
      // Parameters libpq does not know: their values are not shown, nor
      // their names when those may be a secret's misspelt.
      {"postgresql://h/db?Password=S3cretPW", "postgresql://h/db?***"},
      {"postgresql://h/db?sslpassword=S3cretPW", "postgresql://h/db?sslpassword=***"},
      {"postgresql://u:S3cretPW@h/db?bogus=1", "postgresql://u:***@h/db?bogus=***"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<DatabaseUrl> url = DatabaseUrl::Parse(c.url);
    ASSERT_TRUE(url.ok()) << c.url << ": " << url.status();
    EXPECT_EQ(url->engine(), DatabaseUrl::Engine::kPostgresql);
    EXPECT_EQ(url->redacted(), c.redacted);
    EXPECT_EQ(url->text(), c.url);
    EXPECT_EQ(url->has_password(), c.url.find("S3cret") != std::string::npos) << c.url;
    EXPECT_THAT(url->Scrub(c.url), Not(HasSubstr("S3c"))) << c.url;
  }
}

TEST(DatabaseUrlTest, KeyValueFormIsRedactedWhereThePasswordSits) {
  struct Case {
    std::string url, redacted;
  };
  const Case cases[] = {
      {"host=127.0.0.1 port=5432 password=S3cretPW dbname=shop",
       "host=127.0.0.1 port=5432 password=*** dbname=shop"},
      {"host=h password = 'S3cret PW' dbname=d", "host=h password = *** dbname=d"},
      {"password='it\\'s S3cret' host=h", "password=*** host=h"},
      {"host=h password=S3cret\\ PW", "host=h password=***"},
      {"password=a password=S3cretPW", "password=*** password=***"},  // libpq: the last wins
      {"host=h dbname=d", "host=h dbname=d"},
      {"  host=h\tdbname=d  ", "  host=h\tdbname=d  "},
      {"host=h password='' dbname=d", "host=h password='' dbname=d"},  // empty: nothing to hide
      {"host=h password = plain dbname=d", "host=h password = *** dbname=d"},
      // Other keywords that hold secrets, or may: sslpassword; a misspelt
      // PASSWORD (name and value hidden); an unknown word, which may be a
      // password's tail after an unquoted space (value hidden).
      {"host=h sslpassword=S3cretPW", "host=h sslpassword=***"},
      {"host=h PASSWORD=S3cretPW", "host=h ***"},
      {"host=h password=ab cd=S3cretPW", "host=h password=*** cd=***"},
      {"host=h bogus=1", "host=h bogus=***"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<DatabaseUrl> url = DatabaseUrl::Parse(c.url);
    ASSERT_TRUE(url.ok()) << c.url << ": " << url.status();
    EXPECT_EQ(url->engine(), DatabaseUrl::Engine::kPostgresql);
    EXPECT_EQ(url->redacted(), c.redacted) << c.url;
    if (c.url.find("S3cret") != std::string::npos) {
      EXPECT_TRUE(url->has_password()) << c.url;
    }
    EXPECT_THAT(url->Scrub(c.url), Not(HasSubstr("S3c"))) << c.url;
  }
}

TEST(DatabaseUrlTest, ErrorsSayWhatIsWrongAndNeverShowThePassword) {
  struct Case {
    std::string url, message;
  };
  const std::string forms =
      "; expected sqlite::memory:, sqlite:PATH, postgresql://USER@HOST:PORT/DB or \"host=H "
      "port=P user=U dbname=D\"";
  const Case cases[] = {
      // libpq would read "S3c" as the password and "ret@db.example" as the
      // host, and print the host.
      {"postgresql://ann:S3c@retPW@db.example/shop",
       "database URL: '@' appears twice before the host; write an '@' in the user name or "
       "password as %40" + forms},
      // A '/' or '?' in the password ends libpq's user information early.
      {"postgresql://ann:S3c/retPW@db.example/shop",
       "database URL: '@' after the host part; write a '/', '?' or '@' in the user name or "
       "password as %2F, %3F or %40" + forms},
      {"postgresql://ann:S3c?retPW@db.example/shop",
       "database URL: '@' after the host part; write a '/', '?' or '@' in the user name or "
       "password as %2F, %3F or %40" + forms},
      {"postgresql://ann:S3cretPW%4@h/d",
       "database URL: a '%' that is not followed by two hex digits" + forms},
      {"host=h password='S3cretPW dbname=d",
       "database URL: a key=value connection string whose value quoted at character 17 has no "
       "closing quote" + forms},
      // The tail of a password with an unquoted space reads as a keyword.
      {"host=h password=S3cret PW",
       "database URL: a key=value connection string with no '=' after the word at character "
       "24" + forms},
      {"=x host=h",
       "database URL: a key=value connection string with no '=' after the word at character 1" +
           forms},
      {"mysql://h/d", "\"mysql://h/d\" is not a database URL" + forms},
      {"mysql://ann:S3cretPW@h/d",
       "the text given (not shown: it may hold a password) is not a database URL" + forms},
      {"shop", "\"shop\" is not a database URL" + forms},
      {"passwordS3cretPW", "the text given (not shown: it may hold a password) is not a "
                           "database URL" + forms},
      // URLs of other kinds that hold an '=' are not libpq's key=value text.
      {"jdbc:postgresql://h/db?user=u&password=S3cretPW",
       "database URL: the keyword at character 1 is not a word of letters, digits and '_' (a "
       "URL of another kind?)" + forms},
      {"mysql://root:S3cretPW@h/db?ssl=1",
       "database URL: the keyword at character 1 is not a word of letters, digits and '_' (a "
       "URL of another kind?)" + forms},
      // User information without a scheme, or after a mistyped one.
      {"ann:S3cretPW@db/shop",
       "the text given (not shown: it may hold a password) is not a database URL" + forms},
      {"postgresql:/ann:S3cretPW@h/db",
       "the text given (not shown: it may hold a password) is not a database URL" + forms},
  };
  for (const Case& c : cases) {
    absl::StatusOr<DatabaseUrl> url = DatabaseUrl::Parse(c.url);
    ASSERT_FALSE(url.ok()) << c.url;
    EXPECT_EQ(url.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(url.status().message(), c.message) << c.url;
    EXPECT_THAT(std::string(url.status().message()), Not(HasSubstr("S3c"))) << c.url;
    EXPECT_THAT(RedactPassword(c.url), Not(HasSubstr("S3c"))) << c.url;
  }
}

TEST(DatabaseUrlTest, ScrubRemovesThePasswordAsWrittenAndAsDecoded) {
  absl::StatusOr<DatabaseUrl> uri = DatabaseUrl::Parse("postgresql://ann:S3c%2Fret@h/d");
  ASSERT_TRUE(uri.ok());
  EXPECT_EQ(uri->Scrub("bad password S3c/ret or S3c%2Fret for ann"),
            "bad password *** or *** for ann");
  absl::StatusOr<DatabaseUrl> quoted = DatabaseUrl::Parse("host=h password='S3cret PW'");
  ASSERT_TRUE(quoted.ok());
  EXPECT_EQ(quoted->Scrub("connection string \"host=h password='S3cret PW'\" refused"),
            "connection string \"host=h password=***\" refused");
  EXPECT_EQ(quoted->Scrub("x S3cret PW x"), "x *** x");
  // A one- or two-character password is scrubbed only as a whole word.
  absl::StatusOr<DatabaseUrl> short_one = DatabaseUrl::Parse("host=h password=ab");
  ASSERT_TRUE(short_one.ok());
  EXPECT_EQ(short_one->Scrub("ab about tab: ab"), "*** about tab: ***");
  // Without a password nothing changes.
  absl::StatusOr<DatabaseUrl> none = DatabaseUrl::Parse("host=h dbname=d");
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->Scrub("host=h dbname=d S3cret"), "host=h dbname=d S3cret");
}

TEST(DatabaseUrlTest, RedactPasswordOfWhatDoesNotParse) {
  EXPECT_EQ(RedactPassword("postgresql://ann:S3cretPW@h/d"), "postgresql://ann:***@h/d");
  EXPECT_EQ(RedactPassword("mysql://h/d"), "mysql://h/d");
  EXPECT_EQ(RedactPassword("host=h password='S3cret"),
            "(a malformed database URL, not shown: it may hold a password)");
}

// What the issue found: the driver's messages quoted the password.
TEST(OpenDatabaseTest, DriverErrorsNameNoPassword) {
  const std::string urls[] = {
      std::string("host=127.0.0.1 port=1 password=") + kSecret + " bogus=1",
      std::string("postgresql://user:") + kSecret + "@127.0.0.1:1/db?bogus=1",
      std::string("host=127.0.0.1 port=1 connect_timeout=2 password=") + kSecret,
      std::string("postgresql://user:") + kSecret + "@127.0.0.1:1/db?connect_timeout=2",
      std::string("host=127.0.0.1 port=1 password='") + kSecret,
      std::string("postgresql://user:S3c@") + kSecret + "@127.0.0.1:1/db",
  };
  for (const std::string& url : urls) {
    absl::StatusOr<std::unique_ptr<Database>> db = OpenDatabase(url);
    ASSERT_FALSE(db.ok()) << url;
    EXPECT_THAT(std::string(db.status().message()), Not(HasSubstr(kSecret))) << url;
    EXPECT_THAT(std::string(db.status().message()), Not(HasSubstr("S3c"))) << url;
    if (HasDriver(DatabaseUrl::Engine::kPostgresql)) {
      EXPECT_NE(db.status().code(), absl::StatusCode::kFailedPrecondition) << db.status();
    } else {
      EXPECT_THAT(std::string(db.status().message()),
                  ::testing::AnyOf(HasSubstr("has no PostgreSQL driver"),
                                   HasSubstr("database URL:")));
    }
  }
  if (HasDriver(DatabaseUrl::Engine::kPostgresql)) {
    absl::StatusOr<std::unique_ptr<Database>> bogus =
        OpenDatabase(std::string("host=127.0.0.1 password=") + kSecret + " bogus=1");
    EXPECT_EQ(bogus.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(bogus.status().message()), HasSubstr("bogus"));
    EXPECT_THAT(std::string(bogus.status().message()), HasSubstr("password=***"));
  }
}

TEST(OpenDatabaseTest, OpensSqliteAndRefusesScratchDatabasesOnIt) {
  absl::StatusOr<std::unique_ptr<Database>> db = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(db.ok()) << db.status();
  EXPECT_EQ((*db)->engine(), "sqlite");
  absl::StatusOr<std::unique_ptr<Database>> scratch =
      CreateScratchDatabase(*DatabaseUrl::Parse("sqlite:/tmp/x.db"), "t");
  EXPECT_EQ(scratch.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(scratch.status().message(),
            "sqlite: sqlite:/tmp/x.db names a file, not a server to create database \"t\" on");
  EXPECT_TRUE(HasDriver(DatabaseUrl::Engine::kSqlite));
  EXPECT_EQ(OpenDatabase("nonsense").status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace db
}  // namespace gtest_data
