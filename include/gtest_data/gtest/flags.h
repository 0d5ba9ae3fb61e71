// Copyright 2026 The gtest_data Authors.
//
// The command-line flags of a gtest_data test binary, each with an
// environment twin. The flag wins over the variable; an empty variable
// counts as unset.
//
//   --data_seed=N|random    GTEST_DATA_SEED     the run seed (default 42)
//   --data_locale=ID        GTEST_DATA_LOCALE   the locale (default en_US)
//   --data_report=PATH      GTEST_DATA_REPORT   write the usage report (JSON,
//                                               HTML beside it)
//   --data_record=DIR       GTEST_DATA_RECORD   save each test's data
//   --data_replay=DIR       GTEST_DATA_REPLAY   use saved data, not generated
//   --data_version=N        GTEST_DATA_VERSION  insist on this data version
//   --data_db=URL           GTEST_DATA_DB       DbTest's database (default
//                                               sqlite::memory:)
//   --data_schema=FILE,...  GTEST_DATA_SCHEMA   SQL applied at database set-up
//   --data_help                                 list these flags
//
// The prefix is not --gtest_: GoogleTest treats an unknown --gtest_ flag as
// a request for help and then runs no test. An unknown --data_ flag, a flag
// without its "=value", or a bad value is an error naming the flag.
//
// Thread-compatible; parse once, in main.

#ifndef GTEST_DATA_GTEST_FLAGS_H_
#define GTEST_DATA_GTEST_FLAGS_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "gtest_data/random/run_seed.h"

namespace gtest_data {

struct DataFlags {
  SeedChoice seed;                 // the run seed and where it came from
  std::string locale = "en_US";    // a locale id fake::Locale::Find() knows
  std::string report;              // JSON report path; empty: no report
  std::string record;              // directory; empty: no recording
  std::string replay;              // directory; empty: generate
  std::string db;                  // database URL; empty: sqlite::memory:
  std::vector<std::string> schema; // SQL files applied at database set-up
  bool help = false;               // --data_help (or --help) was given
};

// Reads the variable `name`, or returns null when it is unset.
using EnvironmentLookup = std::function<const char*(const char* name)>;

// Parses the --data_ flags of argv and removes them from it (argv[0] and
// every other argument stay, in order). `environment` defaults to getenv.
// --help, -h and --gtest_help are left in place for GoogleTest but set
// `help`. Errors are kInvalidArgument with a message such as
//   --data_seed: invalid seed "12x": expected a decimal integer ...
//   GTEST_DATA_LOCALE: unknown locale "xx_YY"; known: de_DE, en_GB, ...
//   unknown flag --data_sed; known: --data_seed, --data_locale, ...
absl::StatusOr<DataFlags> ParseDataFlags(int* argc, char** argv,
                                         const EnvironmentLookup& environment = nullptr);

// The help text listing the flags and their variables.
std::string DataFlagsHelp();

}  // namespace gtest_data

#endif  // GTEST_DATA_GTEST_FLAGS_H_
