// Copyright 2026 The gtest_data Authors.
//
// The --data_ flags and their environment twins.

#include "gtest_data/gtest/flags.h"
#include "gtest_data/version.h"

#include <map>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace gtest_data {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// argv built from strings, plus an environment to look names up in.
struct CommandLine {
  explicit CommandLine(std::vector<std::string> args) : storage(std::move(args)) {
    for (std::string& arg : storage) pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    argc = static_cast<int>(storage.size());
  }
  absl::StatusOr<DataFlags> Parse() {
    return ParseDataFlags(&argc, pointers.data(), [this](const char* name) -> const char* {
      auto it = environment.find(name);
      return it == environment.end() ? nullptr : it->second.c_str();
    });
  }
  std::vector<std::string> Remaining() const {
    std::vector<std::string> out;
    for (int i = 0; i < argc; ++i) out.emplace_back(pointers[i]);
    return out;
  }

  std::vector<std::string> storage;
  std::vector<char*> pointers;
  int argc;
  std::map<std::string, std::string> environment;
};

TEST(DataFlagsTest, DefaultsWithoutFlagsOrVariables) {
  CommandLine line({"./t", "--gtest_filter=A.*"});
  absl::StatusOr<DataFlags> flags = line.Parse();
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_EQ(flags->seed.seed, kDefaultRunSeed);
  EXPECT_EQ(flags->seed.source, SeedSource::kDefault);
  EXPECT_EQ(flags->locale, "en_US");
  EXPECT_EQ(flags->report, "");
  EXPECT_EQ(flags->record, "");
  EXPECT_EQ(flags->replay, "");
  EXPECT_FALSE(flags->help);
  EXPECT_THAT(line.Remaining(), ElementsAre("./t", "--gtest_filter=A.*"));
}

TEST(DataFlagsTest, FlagsAreReadAndRemovedOthersKeepTheirOrder) {
  CommandLine line({"./t", "--data_seed=7", "--gtest_shuffle", "--data_locale=de_DE",
                    "--data_report=out/r.json", "positional", "--data_record=rec"});
  absl::StatusOr<DataFlags> flags = line.Parse();
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_EQ(flags->seed.seed, 7u);
  EXPECT_EQ(flags->seed.source, SeedSource::kExplicit);
  EXPECT_EQ(flags->locale, "de_DE");
  EXPECT_EQ(flags->report, "out/r.json");
  EXPECT_EQ(flags->record, "rec");
  EXPECT_THAT(line.Remaining(), ElementsAre("./t", "--gtest_shuffle", "positional"));
  EXPECT_EQ(line.pointers[line.argc], nullptr);
}

TEST(DataFlagsTest, EnvironmentTwinsApplyAndFlagsWin) {
  CommandLine line({"./t", "--data_locale=fr_FR"});
  line.environment = {{"GTEST_DATA_SEED", "0x10"},
                      {"GTEST_DATA_LOCALE", "ja_JP"},
                      {"GTEST_DATA_REPORT", "env.json"},
                      {"GTEST_DATA_REPLAY", "saved"},
                      {"GTEST_DATA_VERSION", std::to_string(::gtest_data::kDataVersion)}};
  absl::StatusOr<DataFlags> flags = line.Parse();
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_EQ(flags->seed.seed, 16u);
  EXPECT_EQ(flags->seed.source, SeedSource::kEnvironment);
  EXPECT_EQ(flags->locale, "fr_FR");
  EXPECT_EQ(flags->report, "env.json");
  EXPECT_EQ(flags->replay, "saved");
}

TEST(DataFlagsTest, HyphenSpellingsAreTheSameFlags) {
  // GoogleTest takes --gtest_filter and --gtest-filter alike; so do we.
  CommandLine line({"./t", "--data-seed=7", "--data-locale=de_DE", "--data-db=sqlite::memory:",
                    "--gtest_brief=1"});
  absl::StatusOr<DataFlags> flags = line.Parse();
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_EQ(flags->seed.seed, 7u);
  EXPECT_EQ(flags->locale, "de_DE");
  EXPECT_EQ(flags->db, "sqlite::memory:");
  // Ours are removed; GoogleTest's stay.
  EXPECT_EQ(line.argc, 2);
  EXPECT_STREQ(line.pointers[1], "--gtest_brief=1");
  CommandLine unknown({"./t", "--data-sed=7"});
  EXPECT_EQ(unknown.Parse().status().message(),
            "unknown flag --data_sed; known: --data_seed, --data_locale, --data_report, "
            "--data_record, --data_replay, --data_version, --data_db, --data_schema, "
            "--data_help");
}

TEST(DataFlagsTest, DatabaseAndSchemaFlags) {
  CommandLine line({"./t", "--data_db=sqlite:shop.db", "--data_schema=a.sql,,migrations/b.sql"});
  absl::StatusOr<DataFlags> flags = line.Parse();
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_EQ(flags->db, "sqlite:shop.db");
  EXPECT_THAT(flags->schema, ElementsAre("a.sql", "migrations/b.sql"));

  CommandLine from_environment({"./t"});
  from_environment.environment = {{"GTEST_DATA_DB", "host=127.0.0.1 port=5432 dbname=shop"},
                                  {"GTEST_DATA_SCHEMA", "schema.sql"}};
  flags = from_environment.Parse();
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_EQ(flags->db, "host=127.0.0.1 port=5432 dbname=shop");
  EXPECT_THAT(flags->schema, ElementsAre("schema.sql"));
  for (const char* url : {"postgresql://u@h:5432/d", "postgres://h/d", "sqlite::memory:"}) {
    CommandLine ok({"./t", std::string("--data_db=") + url});
    EXPECT_TRUE(ok.Parse().ok()) << url;
  }

  CommandLine defaults({"./t"});
  flags = defaults.Parse();
  ASSERT_TRUE(flags.ok());
  EXPECT_EQ(flags->db, "");  // DbTest then uses sqlite::memory:
  EXPECT_TRUE(flags->schema.empty());
}

TEST(DataFlagsTest, EmptyVariableCountsAsUnset) {
  CommandLine line({"./t"});
  line.environment = {{"GTEST_DATA_LOCALE", ""}, {"GTEST_DATA_SEED", ""}};
  absl::StatusOr<DataFlags> flags = line.Parse();
  ASSERT_TRUE(flags.ok()) << flags.status();
  EXPECT_EQ(flags->locale, "en_US");
  EXPECT_EQ(flags->seed.source, SeedSource::kDefault);
}

TEST(DataFlagsTest, HelpIsNoticedAndLeftForGoogleTest) {
  CommandLine line({"./t", "--help"});
  absl::StatusOr<DataFlags> flags = line.Parse();
  ASSERT_TRUE(flags.ok());
  EXPECT_TRUE(flags->help);
  EXPECT_THAT(line.Remaining(), ElementsAre("./t", "--help"));

  CommandLine data_help({"./t", "--data_help"});
  flags = data_help.Parse();
  ASSERT_TRUE(flags.ok());
  EXPECT_TRUE(flags->help);
  EXPECT_THAT(data_help.Remaining(), ElementsAre("./t"));
}

TEST(DataFlagsTest, HelpTextListsEveryFlagAndVariable) {
  const std::string help = DataFlagsHelp();
  for (const char* word :
       {"--data_seed=N|random", "[GTEST_DATA_SEED]", "--data_locale=ID", "[GTEST_DATA_LOCALE]",
        "--data_report=PATH", "[GTEST_DATA_REPORT]", "--data_record=DIR", "[GTEST_DATA_RECORD]",
        "--data_replay=DIR", "[GTEST_DATA_REPLAY]", "--data_version=N", "[GTEST_DATA_VERSION]",
        "--data_help"}) {
    EXPECT_THAT(help, HasSubstr(word));
  }
}

// Each bad input and its exact message.
struct BadCase {
  std::vector<std::string> args;
  std::map<std::string, std::string> environment;
  std::string message;
};

TEST(DataFlagsTest, BadInputIsAnErrorNamingTheFlag) {
  const std::vector<BadCase> cases = {
      {{"--data_sed=1"},
       {},
       "unknown flag --data_sed; known: --data_seed, --data_locale, --data_report, "
       "--data_record, --data_replay, --data_version, --data_db, --data_schema, --data_help"},
      {{"--data_seed"}, {}, "--data_seed needs a value: --data_seed=N|random"},
      {{"--data_report="}, {}, "--data_report needs a value: --data_report=PATH"},
      {{"--data_help=yes"}, {}, "--data_help takes no value"},
      {{"--data_seed=12x"}, {}, "--data_seed: invalid seed \"12x\""},
      {{}, {{"GTEST_DATA_SEED", "-3"}}, "GTEST_DATA_SEED: invalid seed \"-3\""},
      {{"--data_locale=xx_YY"}, {}, "--data_locale: unknown locale \"xx_YY\"; known: de_DE"},
      {{}, {{"GTEST_DATA_LOCALE", "klingon"}}, "GTEST_DATA_LOCALE: unknown locale \"klingon\""},
      // The lorem-text locale has no people or places: refused, and not
      // listed among the known ones (a test on it aborted).
      {{"--data_locale=la"},
       {},
       "--data_locale: unknown locale \"la\"; known: de_DE, en_GB, en_US, es_ES, fr_FR, it_IT, "
       "ja_JP, nl_NL, pl_PL"},
      {{"--data_record=a", "--data_replay=b"},
       {},
       "--data_record and --data_replay exclude each other"},
      {{"--data_version=1"},
       {},
       "--data_version: this build makes data version " + std::to_string(::gtest_data::kDataVersion) +
           ", not \"1\""},
      {{},
       {{"GTEST_DATA_VERSION", "x"}},
       "GTEST_DATA_VERSION: this build makes data version " + std::to_string(::gtest_data::kDataVersion)},
      {{"--data_db=mysql://h/d"},
       {},
       "--data_db: \"mysql://h/d\" is not a database URL; expected sqlite::memory:, "
       "sqlite:PATH, postgresql://USER@HOST:PORT/DB"},
      {{}, {{"GTEST_DATA_DB", "sqlite:"}},
       "GTEST_DATA_DB: database URL: \"sqlite:\" names no file; expected sqlite::memory:"},
      // A password never appears in the message, whatever is wrong.
      {{"--data_db=postgresql://ann:S3c@ret@db.example/shop"},
       {},
       "--data_db: database URL: '@' appears twice before the host; write an '@' in the user "
       "name or password as %40"},
      {{"--data_db=host=h password='S3cretPW dbname=d"},
       {},
       "--data_db: database URL: a key=value connection string whose value quoted at "
       "character 17 has no closing quote"},
      {{"--data_db=password S3cretPW"},
       {},
       "--data_db: the text given (not shown: it may hold a password) is not a database URL"},
  };
  for (const BadCase& c : cases) {
    std::vector<std::string> args = {"./t"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    CommandLine line(args);
    line.environment = c.environment;
    absl::StatusOr<DataFlags> flags = line.Parse();
    ASSERT_FALSE(flags.ok()) << c.message;
    EXPECT_EQ(flags.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(flags.status().message()), HasSubstr(c.message));
    EXPECT_THAT(std::string(flags.status().message()), ::testing::Not(HasSubstr("S3c")));
  }
}

}  // namespace
}  // namespace gtest_data
