// Copyright 2026 The gtest_data Authors.
//
// gtest-data: the command-line companion of the library.
//
//   gtest-data version
//   gtest-data seed [--data_seed=S] [NAME...]
//   gtest-data seed --db URL [--schema FILE.sql] [--rows N | --rows TABLE=N] [--seed S]
//                   [--children TABLE.COLUMN=SHAPE]
//   gtest-data generate FIELD... [--seed N] [--locale L] [--count N]
//                      [--format jsonl|csv|json]
//   gtest-data generate --list
//   gtest-data locales
//
// Commands print results on stdout and errors on stderr. Exit status: 0 on
// success, 2 for a usage error (unknown command, flag or bad value).

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "gtest_data/random/run_seed.h"
#include "gtest_data/random/seed.h"
#include "gtest_data/version.h"

namespace gtest_data {
namespace program {

int UsageError(const std::string& message) {
  std::cerr << "gtest-data: " << message << "\nrun 'gtest-data help' for usage\n";
  return kUsageError;
}

namespace {

constexpr char kUsage[] =
    "usage: gtest-data COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  version                 print the library and data versions\n"
    "  seed [--data_seed=S] [NAME...]\n"
    "                          print the run seed and, for each test NAME\n"
    "                          (\"Suite.Test\" or \"Suite.Test/param\"), the seed\n"
    "                          its data is derived from\n"
    "  seed --db URL [--schema FILE.sql]... [--rows N] [--rows TABLE=N]... [--seed S]\n"
    "       [--locale L] [--children TABLE.COLUMN=SHAPE]...\n"
    "       [--agree TABLE.COLUMN=COLUMN[=PARENT_COLUMN]]...\n"
    "                          apply the schema files, then fill every table\n"
    "                          (N rows, default 10; TABLE=N for one) with valid\n"
    "                          generated rows, parents first, all or nothing;\n"
    "                          SHAPE (children per parent of that foreign key):\n"
    "                          fixed:N, uniform:LO-HI, poisson:MEAN, zipf:S;\n"
    "                          --agree: that key's parent has the row's COLUMN\n"
    "  generate FIELD... [--seed N] [--locale L] [--count N] [--format F]\n"
    "                          write --count records (default 10) of the named\n"
    "                          fake-data fields as jsonl (default), csv or json;\n"
    "                          a field's value in record i depends only on the\n"
    "                          seed, locale, field and i\n"
    "  generate --list         list every field\n"
    "  locales                 list the locales and which sections each covers\n"
    "  report merge -o OUT.json IN.json...\n"
    "                          join the data-usage reports of a run's shards\n"
    "                          (JSON, and the HTML page beside OUT)\n"
    "  report html IN.json [-o OUT.html]\n"
    "                          render a data-usage report as one HTML page\n"
    "  help                    print this text\n"
    "\n"
    "The run seed comes from --data_seed (seed --db and generate: --seed),\n"
    "else GTEST_DATA_SEED, else the default; \"random\" picks a fresh one and\n"
    "prints it.\n";

int RunVersion(const std::vector<std::string_view>& args) {
  if (!args.empty()) {
    return UsageError("version takes no arguments, got '" +
                      std::string(args.front()) + "'");
  }
  std::cout << "gtest-data " << kVersionString << " (data version "
            << kDataVersion << ")\n";
  return 0;
}

int RunSeed(const std::vector<std::string_view>& args) {
  std::optional<std::string> flag_seed;
  std::vector<std::string_view> names;
  constexpr std::string_view kSeedFlag = "--data_seed=";
  for (std::string_view arg : args) {
    if (arg.substr(0, kSeedFlag.size()) == kSeedFlag) {
      flag_seed = std::string(arg.substr(kSeedFlag.size()));
    } else if (arg.substr(0, 1) == "-") {
      return UsageError("seed: unknown flag '" + std::string(arg) +
                        "'; expected --data_seed=S");
    } else {
      names.push_back(arg);
    }
  }
  std::string error;
  const std::optional<SeedChoice> choice =
      ResolveRunSeed(flag_seed ? flag_seed->c_str() : nullptr,
                     std::getenv(kSeedEnvironmentVariable), &error);
  if (!choice) {
    return UsageError(flag_seed ? "--data_seed: " + error : error);
  }
  std::cout << DescribeSeedChoice(*choice) << "\n";
  for (std::string_view name : names) {
    std::cout << name << " " << FormatSeed(DeriveSeed(choice->seed, name))
              << "\n";
  }
  return 0;
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return kUsageError;
  }
  const std::string_view command = argv[1];
  const std::vector<std::string_view> args(argv + 2, argv + argc);
  if (command == "help" || command == "--help" || command == "-h") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "version" || command == "--version") return RunVersion(args);
  if (command == "seed") {
    // The database form is told apart by its flags.
    for (std::string_view arg : args) {
      for (std::string_view flag : {"--db", "--schema", "--rows"}) {
        if (arg == flag || arg.substr(0, flag.size() + 1) == std::string(flag) + "=") {
          return RunSeedDatabase(args, std::cout);
        }
      }
    }
    return RunSeed(args);
  }
  if (command == "generate") return RunGenerate(args, std::cout);
  if (command == "locales") return RunLocales(args, std::cout);
  if (command == "report") return RunReport(args);
  return UsageError("unknown command '" + std::string(command) + "'");
}

}  // namespace
}  // namespace program
}  // namespace gtest_data

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return gtest_data::program::Main(argc, argv);
}
