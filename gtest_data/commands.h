// Copyright 2026 The gtest_data Authors.
//
// The gtest-data program's commands. Each takes the arguments after the
// command name and returns the process exit status: 0 on success, 2 for a
// usage error (printed to stderr as "gtest-data: <message>").

#ifndef GTEST_DATA_PROGRAM_COMMANDS_H_
#define GTEST_DATA_PROGRAM_COMMANDS_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace gtest_data {
namespace program {

inline constexpr int kUsageError = 2;

using Args = std::vector<std::string_view>;

// Prints "gtest-data: <message>" and a hint to stderr; returns kUsageError.
int UsageError(const std::string& message);

// gtest-data generate FIELD... [--seed N] [--locale L] [--count N]
//                    [--format jsonl|csv|json] | --list
int RunGenerate(const Args& args, std::ostream& out);

// gtest-data seed --db URL [--schema FILE.sql]... [--rows N | --rows TABLE=N ...]
//                 [--seed S] [--locale L]
// Applies the schema files, then fills every table with valid generated
// rows (db/generate.h), all in one transaction; the same seed and schema
// give the same rows. Progress goes to stderr when it is a terminal.
// Exit 1 for an engine or data error (nothing is changed).
int RunSeedDatabase(const Args& args, std::ostream& out);

// gtest-data locales: per locale and section, own, fallback or absent.
int RunLocales(const Args& args, std::ostream& out);

// gtest-data report merge -o OUT.json IN.json...   (shards of one run)
// gtest-data report html IN.json [-o OUT.html]
int RunReport(const Args& args);

}  // namespace program
}  // namespace gtest_data

#endif  // GTEST_DATA_PROGRAM_COMMANDS_H_
