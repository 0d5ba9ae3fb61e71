// Copyright 2026 The gtest_data Authors.

#include "gtest_data/gtest/flags.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "gtest_data/db/url.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/version.h"
namespace gtest_data {
namespace {

struct FlagSpec {
  const char* flag;      // without "--"
  const char* variable;  // its environment twin, or null
  const char* value;     // how the value is written in help
  const char* help;
};

constexpr FlagSpec kFlags[] = {
    {"data_seed", "GTEST_DATA_SEED", "N|random",
     "the run seed every test's seed derives from (default 42); \"random\" draws one and "
     "prints it"},
    {"data_locale", "GTEST_DATA_LOCALE", "ID", "the locale of generated data (default en_US)"},
    {"data_report", "GTEST_DATA_REPORT", "PATH",
     "write the data-usage report as JSON to PATH and as HTML beside it (shards add "
     ".shard-I-of-N before .json)"},
    {"data_record", "GTEST_DATA_RECORD", "DIR", "save each test's data to DIR"},
    {"data_replay", "GTEST_DATA_REPLAY", "DIR",
     "give each test the data saved in DIR instead of generating it"},
    {"data_version", "GTEST_DATA_VERSION", "N",
     "fail unless this build makes data version N (replay lines carry it)"},
    {"data_db", "GTEST_DATA_DB", "URL",
     "the database DbTest fixtures use: sqlite::memory: (default), sqlite:PATH, or a "
     "PostgreSQL server (postgresql://... or key=value), where each run makes its own "
     "database"},
    {"data_schema", "GTEST_DATA_SCHEMA", "FILE[,FILE...]",
     "schema and migration SQL applied, in order, when the database is set up"},
    {"data_help", nullptr, "", "list these flags"},
};

std::string KnownFlags() {
  std::string out;
  for (const FlagSpec& spec : kFlags) {
    if (!out.empty()) out += ", ";
    out += "--";
    out += spec.flag;
  }
  return out;
}

std::string KnownLocales() {
  std::string out;
  for (std::string_view id : fake::Locale::CountryLocaleIds()) {
    if (!out.empty()) out += ", ";
    out += id;
  }
  return out;
}

bool IsHelp(std::string_view arg) {
  return arg == "--help" || arg == "-h" || arg == "-?" || arg == "/?" || arg == "--gtest_help";
}

}  // namespace

std::string DataFlagsHelp() {
  std::string out = "gtest_data flags (each also read from its environment variable):\n";
  for (const FlagSpec& spec : kFlags) {
    std::string left = std::string("  --") + spec.flag;
    if (*spec.value != '\0') left += std::string("=") + spec.value;
    out += left;
    out += std::string(left.size() < 28 ? 28 - left.size() : 1, ' ');
    out += spec.help;
    if (spec.variable != nullptr) out += std::string(" [") + spec.variable + "]";
    out += "\n";
  }
  return out;
}

absl::StatusOr<DataFlags> ParseDataFlags(int* argc, char** argv,
                                         const EnvironmentLookup& environment) {
  auto lookup = [&](const char* name) -> const char* {
    const char* value = environment ? environment(name) : std::getenv(name);
    return (value != nullptr && *value != '\0') ? value : nullptr;
  };
  std::optional<std::string> given[std::size(kFlags)];
  bool help = false;
  int kept = 1;
  for (int i = 1; i < *argc; ++i) {
    const std::string_view arg = argv[i];
    if (IsHelp(arg)) help = true;
    // Both spellings, as GoogleTest takes --gtest_x and --gtest-x:
    // --data-seed and --data_seed, --data-db and --data_db.
    if (arg.substr(0, 7) != "--data_" && arg.substr(0, 7) != "--data-") {
      argv[kept++] = argv[i];
      continue;
    }
    const size_t eq = arg.find('=');
    std::string spelled(arg.substr(2, eq == std::string_view::npos ? arg.npos : eq - 2));
    for (char& c : spelled) c = c == '-' ? '_' : c;
    const std::string_view name = spelled;
    size_t index = std::size(kFlags);
    for (size_t f = 0; f < std::size(kFlags); ++f) {
      if (name == kFlags[f].flag) index = f;
    }
    if (index == std::size(kFlags)) {
      return absl::InvalidArgumentError("unknown flag --" + std::string(name) +
                                        "; known: " + KnownFlags());
    }
    const FlagSpec& spec = kFlags[index];
    if (*spec.value == '\0') {
      if (eq != std::string_view::npos) {
        return absl::InvalidArgumentError("--" + std::string(name) + " takes no value");
      }
      help = true;
      continue;
    }
    if (eq == std::string_view::npos || eq + 1 == arg.size()) {
      return absl::InvalidArgumentError("--" + std::string(name) + " needs a value: --" +
                                        spec.flag + "=" + spec.value);
    }
    given[index] = std::string(arg.substr(eq + 1));
  }
  *argc = kept;
  argv[kept] = nullptr;  // argv has argc + 1 entries, the last null

  // Each flag's value, else its variable's; `source` names which, for
  // messages.
  auto value_of = [&](size_t index, std::string* source) -> std::optional<std::string> {
    if (given[index]) {
      *source = std::string("--") + kFlags[index].flag;
      return given[index];
    }
    if (const char* env = lookup(kFlags[index].variable)) {
      *source = kFlags[index].variable;
      return std::string(env);
    }
    return std::nullopt;
  };

  DataFlags flags;
  flags.help = help;
  std::string error;
  std::optional<SeedChoice> seed = ResolveRunSeed(given[0] ? given[0]->c_str() : nullptr,
                                                  lookup("GTEST_DATA_SEED"), &error);
  if (!seed) {
    return absl::InvalidArgumentError(given[0] ? "--data_seed: " + error : error);
  }
  flags.seed = *seed;

  std::string source;
  if (std::optional<std::string> locale = value_of(1, &source)) {
    // "la" holds only the lorem text other locales fall back to: no names,
    // no addresses, so a test on it would abort in its first generator.
    const std::vector<std::string_view> ids = fake::Locale::CountryLocaleIds();
    if (std::find(ids.begin(), ids.end(), *locale) == ids.end()) {
      return absl::InvalidArgumentError(source + ": unknown locale \"" + *locale +
                                        "\"; known: " + KnownLocales());
    }
    flags.locale = *locale;
  }
  if (std::optional<std::string> report = value_of(2, &source)) flags.report = *report;
  if (std::optional<std::string> record = value_of(3, &source)) flags.record = *record;
  if (std::optional<std::string> replay = value_of(4, &source)) flags.replay = *replay;
  if (std::optional<std::string> db = value_of(6, &source)) {
    // The one URL parser (db/url.h); its messages name no password.
    absl::StatusOr<db::DatabaseUrl> url = db::DatabaseUrl::Parse(*db);
    if (!url.ok()) {
      return absl::InvalidArgumentError(source + ": " + std::string(url.status().message()));
    }
    flags.db = *db;
  }
  if (std::optional<std::string> schema = value_of(7, &source)) {
    size_t start = 0;
    while (start <= schema->size()) {
      size_t comma = schema->find(',', start);
      if (comma == std::string::npos) comma = schema->size();
      if (comma > start) flags.schema.push_back(schema->substr(start, comma - start));
      start = comma + 1;
    }
  }
  if (!flags.record.empty() && !flags.replay.empty()) {
    return absl::InvalidArgumentError(
        "--data_record and --data_replay exclude each other: a run either saves its data or "
        "reuses saved data");
  }
  if (std::optional<std::string> version = value_of(5, &source)) {
    if (*version != std::to_string(kDataVersion)) {
      return absl::InvalidArgumentError(
          source + ": this build makes data version " + std::to_string(kDataVersion) +
          ", not \"" + *version +
          "\"; the same seed would give other data, so the run cannot reproduce it. Build the "
          "version of gtest_data that made it");
    }
  }
  return flags;
}

}  // namespace gtest_data
