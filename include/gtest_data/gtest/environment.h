// Copyright 2026 The gtest_data Authors.
//
// The run: flags, run seed, locale, per-test seeds, the replay line, and
// the GoogleTest environment and listener that write the usage report.
//
// With gtest_data::main (CMake gtest_data::main, Bazel //:main) there is
// nothing to call. A test binary with its own main calls one function
// instead of testing::InitGoogleTest:
//
//   int main(int argc, char** argv) {
//     gtest_data::InitGoogleTestData(&argc, argv);
//     return RUN_ALL_TESTS();
//   }
//
// Per-test seed: DeriveSeed(run seed, "Suite.Test"), where Suite and Test
// are GoogleTest's names (an instantiation prefix and a parameter suffix
// included: "Shop/PriceTest.Rounds/3"). It depends on nothing else, so it
// is the same under --gtest_filter, --gtest_shuffle, --gtest_repeat and
// sharding.
//
// Thread-compatible: configure in main; tests read.

#ifndef GTEST_DATA_GTEST_ENVIRONMENT_H_
#define GTEST_DATA_GTEST_ENVIRONMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "gtest_data/factory/scenario.h"
#include "gtest_data/fake/locale.h"
#include "gtest_data/gtest/flags.h"

namespace gtest_data {

// Parses the --data_ flags (removing them from argv), then calls
// testing::InitGoogleTest(argc, argv), then installs gtest_data's
// Environment and report listener. On a bad flag it prints the error and
// the flag list to stderr and exits with status 2; with --help it prints
// the flag list after GoogleTest's. Call it once, before RUN_ALL_TESTS().
//
// Flags are parsed before InitGoogleTest so that parameter generators
// (gtest_data::GeneratedValues) already see the run seed and locale.
void InitGoogleTestData(int* argc, char** argv);

// The run's flags. Before InitGoogleTestData() (or without it) they come
// from the environment variables alone, read on first use; a bad variable
// then aborts with its message.
const DataFlags& RunFlags();
uint64_t RunSeed();
const fake::Locale& RunLocale();

// "Suite.Test" as GoogleTest names the test, prefix and parameter included.
std::string FullTestName(const ::testing::TestInfo& info);

// DeriveSeed(RunSeed(), FullTestName(info)).
uint64_t TestSeed(const ::testing::TestInfo& info);

// The command line that reruns exactly this test with the same data:
//   ./shop_test --gtest_filter=CheckoutTest.Total --data_seed=42
//       --data_locale=en_US --data_version=3
// (one line), plus every flag that shapes the data: --data_db (its password
// shown as ***), each --data_schema, and --data_replay=DIR when the running
// test was replayed; last, when a password was redacted, a shell comment
// saying where to give it.
// Arguments with shell-special characters are single-quoted.
std::string ReplayLine(const ::testing::TestInfo& info);

// The environment InitGoogleTestData() installs: at set-up it checks that
// every scenario a test declares exists (an unknown name fails the
// environment, naming the test and the known scenarios), and prints the
// run seed when it was drawn at random.
class Environment : public ::testing::Environment {
 public:
  void SetUp() override;
  // Runs what the modules above registered, last first: DbTest closes the
  // run's database there (a PostgreSQL run drops its own).
  void TearDown() override;
};

// A scenario as a test declares it: its name and parameters.
struct ScenarioUse {
  std::string name;
  ScenarioParams params;
};

// Parses a scenario as GTEST_DATA_TEST_F writes it: a name, optionally
// followed by parameters in parentheses,
//
//   gold_basket
//   basket(items = 5, tier = "gold", discount = 0.1, express = true)
//
// A value is an integer, a decimal number, true or false, or a string in
// double quotes (\" and \\ escaped). kInvalidArgument naming the text, the
// position (1-based) and what was expected.
absl::StatusOr<ScenarioUse> ParseScenarioUse(std::string_view text);

// Declares that the test `test` of the fixture `fixture` needs the
// scenarios `uses` (each as ParseScenarioUse reads it), run in order by
// DataTest::SetUp() before the test body. GTEST_DATA_TEST_F and
// GTEST_DATA_TEST_P call it; `file` and `line` locate the declaration in
// messages (a text that does not parse fails the test there).
// `checked_before_body` says the test's body calls DataTest::BeginBody()
// (GTEST_DATA_TEST_F does), which then runs the set-up invariant check
// instead of the end of DataTest::SetUp(). Returns true, for static
// initialisers.
bool DeclareScenarios(const char* fixture, const char* test, std::vector<std::string> uses,
                      const char* file, int line, bool checked_before_body = false);

// What DeclareScenarios() recorded for a test (matched by fixture and test
// name, ignoring an instantiation prefix and a parameter suffix), or null.
struct ScenarioDeclaration {
  std::vector<ScenarioUse> uses;
  std::string error;  // why a declared text did not parse; empty when all did
  std::string file;
  int line = 0;
  bool checked_before_body = false;
};
const ScenarioDeclaration* DeclaredScenarios(const ::testing::TestInfo& info);

// The fixture (suite) name without an instantiation prefix:
// "Shop/PriceTest" gives "PriceTest".
std::string_view FixtureName(const ::testing::TestInfo& info);

}  // namespace gtest_data

#endif  // GTEST_DATA_GTEST_ENVIRONMENT_H_
