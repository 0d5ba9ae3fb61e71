// Copyright 2026 The gtest_data Authors.
//
// DataTest: the fixture base that gives every test its own seeded data.
//
//   class CheckoutTest : public gtest_data::DataTest {};
//
//   GTEST_DATA_TEST_F(CheckoutTest, GoldCustomersGetTenPercent, gold_basket) {
//     Customer& buyer = Get<Customer>("customers", "buyer");   // made by the scenario
//     Product extra = Build(Products());                      // more, from this test's seed
//     EXPECT_EQ(Total(buyer, ...), ...);
//   }
//
// For each test, DataTest::SetUp():
//   1. derives the test's seed from the run seed and its full name
//      (TestSeed()) and records it as the test property "gtest_data_seed";
//   2. resets the factory context (sequences, unique sets, object indices,
//      usage counts, the in-memory store) under that seed, with the run's
//      locale and the reference now (fake::kDefaultReferenceNow); factory
//      errors become test failures;
//   3. runs the scenarios the test declares (GTEST_DATA_TEST_F /
//      GTEST_DATA_TEST_P, or their short spellings DATA_TEST_F / DATA_TEST_P), or
//      with --data_replay loads the recorded data instead;
//   4. with --data_record saves the data;
//   5. fingerprints the shared data (SharedScenario).
// Just before the body the invariants are checked (phase "set-up"); with
// a plain TEST_F that check ends DataTest::SetUp(). DataTest::TearDown()
// checks them again (phase "tear-down") and compares the shared data with
// its fingerprint (phase "shared-data"), then writes the test's usage into
// the report. A fixture overriding SetUp()/TearDown() calls DataTest's
// first/last, as with any GoogleTest base.
//
// Parameterised tests over generated values:
//
//   class CustomerTest : public gtest_data::DataTestWithParam<Customer> {};
//   GTEST_DATA_TEST_P(CustomerTest, EmailIsValid, gold_basket) { ... GetParam() ... }
//   INSTANTIATE_TEST_SUITE_P(Generated, CustomerTest,
//                            gtest_data::GeneratedValues(Customers(), 5),
//                            gtest_data::NameFrom(&Customer::name));
//   // Generated/CustomerTest.EmailIsValid/0_Ada_Lovelace ... /4_...
//
// Thread-compatible, as GoogleTest fixtures are.

#ifndef GTEST_DATA_GTEST_DATA_TEST_H_
#define GTEST_DATA_GTEST_DATA_TEST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "gtest_data/factory/context.h"
#include "gtest_data/factory/dataset.h"
#include "gtest_data/factory/describe.h"
#include "gtest_data/factory/factory.h"
#include "gtest_data/factory/scenario.h"
#include "gtest_data/fake/faker.h"
#include "gtest_data/gtest/environment.h"
#include "gtest_data/gtest/invariants.h"
#include "gtest_data/internal/for_each.h"
#include "gtest_data/random/rng.h"
#include "gtest_data/random/seed.h"

namespace gtest_data {
namespace internal {
struct TestState;
}  // namespace internal

// Where a call was made, for failures reported at the caller's line rather
// than inside the library: a trailing `CallSite where = CallSite::Here()`
// parameter takes the caller's file and line (the default argument is
// evaluated where the call is written), as GoogleTest's assertions report
// the line of the EXPECT. Pass one explicitly to report elsewhere.
struct CallSite {
  const char* file = "";
  int line = 0;
#if defined(__GNUC__) || defined(__clang__) || (defined(_MSC_VER) && _MSC_VER >= 1927)
  static constexpr CallSite Here(const char* file = __builtin_FILE(), int line = __builtin_LINE()) {
    return CallSite{file, line};
  }
#else
  // Without the builtins, failures point here.
  static constexpr CallSite Here() { return CallSite{__FILE__, __LINE__}; }
#endif
};

class DataTest : public ::testing::Test {
 protected:
  DataTest();
  ~DataTest() override;

  void SetUp() override;
  void TearDown() override;

  // This test's seed: DeriveSeed(RunSeed(), "Suite.Test") (the recorded
  // seed when replaying).
  uint64_t seed() const { return seed_; }
  // "Suite.Test", prefix and parameter included.
  const std::string& test_name() const { return test_name_; }
  const fake::Locale& locale() const { return context_.locale(); }
  // The reference now, in seconds since the epoch.
  int64_t now() const { return context_.now(); }

  // Fake data from this test's seed (stream "fake").
  fake::Faker& fake();
  // A generator for the test's own draws (stream "test").
  Rng& rng() { return rng_; }
  // The factory context: seeded per test, errors become failures.
  Context& context() { return context_; }

  // The test's data: what its scenarios made, plus what the test created
  // since (Create()).
  Dataset& data() { return data_; }
  const Dataset& data() const { return data_; }

  // The object labelled `label` in `table` as a T, or null: the test's own
  // data first, then the baseline rows a fixture base offers
  // (SetBaselineRows; DbTest's baseline scenarios). Replayed and baseline
  // rows are read into a T on first use; a baseline object is this test's
  // own copy.
  template <typename T>
  T* Find(std::string_view table, std::string_view label);

  // The same, but a missing object fails the test at the caller's line
  // (naming the labels the table has) and returns a default T the fixture
  // owns.
  template <typename T>
  T& Get(std::string_view table, std::string_view label, CallSite where = CallSite::Here());

  // Every object of `table` as a T, in row order (replayed rows read into
  // a T on first use). Rows holding another type are left out.
  template <typename T>
  std::vector<T*> Objects(std::string_view table);

  // Runs a scenario now (from the fixture's SetUp or the body); its data
  // joins data(). A failure is a fatal failure of the test.
  void UseScenario(std::string_view name, const ScenarioParams& params = {},
                   CallSite where = CallSite::Here());

  // Shorthands for factory.Build(context(), mods...) and Create(). A
  // factory error fails the test at the caller's line with up to four
  // mods; with more, or through context() directly, at the test's
  // definition.
  template <typename T>
  T Build(const Factory<T>& factory, CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Build(context_);
  }
  template <typename T, typename M1>
  T Build(const Factory<T>& factory, const M1& m1, CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Build(context_, m1);
  }
  template <typename T, typename M1, typename M2>
  T Build(const Factory<T>& factory, const M1& m1, const M2& m2,
          CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Build(context_, m1, m2);
  }
  template <typename T, typename M1, typename M2, typename M3>
  T Build(const Factory<T>& factory, const M1& m1, const M2& m2, const M3& m3,
          CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Build(context_, m1, m2, m3);
  }
  template <typename T, typename M1, typename M2, typename M3, typename M4>
  T Build(const Factory<T>& factory, const M1& m1, const M2& m2, const M3& m3, const M4& m4,
          CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Build(context_, m1, m2, m3, m4);
  }
  template <typename T, typename... Mods>
  T Build(const Factory<T>& factory, const Mods&... mods) {
    return factory.Build(context_, mods...);
  }
  template <typename T>
  T Create(const Factory<T>& factory, CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Create(context_);
  }
  template <typename T, typename M1>
  T Create(const Factory<T>& factory, const M1& m1, CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Create(context_, m1);
  }
  template <typename T, typename M1, typename M2>
  T Create(const Factory<T>& factory, const M1& m1, const M2& m2,
           CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Create(context_, m1, m2);
  }
  template <typename T, typename M1, typename M2, typename M3>
  T Create(const Factory<T>& factory, const M1& m1, const M2& m2, const M3& m3,
           CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Create(context_, m1, m2, m3);
  }
  template <typename T, typename M1, typename M2, typename M3, typename M4>
  T Create(const Factory<T>& factory, const M1& m1, const M2& m2, const M3& m3, const M4& m4,
           CallSite where = CallSite::Here()) {
    const AtCall at(this, where);
    return factory.Create(context_, m1, m2, m3, m4);
  }
  template <typename T, typename... Mods>
  T Create(const Factory<T>& factory, const Mods&... mods) {
    return factory.Create(context_, mods...);
  }

  // Data shared by every test that asks for it: the scenario `name` run
  // once per program from a seed derived from the run seed and the name
  // alone (so it is the same whichever test asks first). It must not
  // change: each DataTest checks it before and after its body.
  static const Dataset& SharedScenario(std::string_view name, const ScenarioParams& params = {});

  // Whether the data came from --data_replay.
  bool replaying() const { return !replayed_from_.empty(); }

  // Called by GTEST_DATA_TEST_F just before the body: checks the invariants
  // (phase "set-up") unless set-up already failed. Returns whether the
  // body should run.
  bool BeginBody();

 protected:
  // Hooks for fixture bases built on DataTest (DbTest).
  // Called in SetUp() once the context is reset, before the scenarios run
  // or the recording loads. A fatal failure stops set-up.
  virtual void PrepareData() {}
  // More invariants to check in `phase` ("set-up" or "tear-down"), after
  // the registered ones.
  struct NamedCheck {
    std::string name;
    absl::Status status;
    std::string file;  // where to report a violation; empty: the test
    int line = 0;
  };
  virtual std::vector<NamedCheck> MoreInvariants(const char* /*phase*/) { return {}; }
  // Rows Find() and Get() also reach by label, after data(): a fixture
  // base's baseline (DbTest's baseline scenarios). They are not part of
  // data(): not recorded, not replayed, not checked by the invariants. Each
  // test reads them into objects of its own. `rows` must outlive the test;
  // null clears.
  void SetBaselineRows(const Dataset* rows);

 private:
  // Points factory errors at a caller's line (call_site_) while a
  // shorthand runs, restoring the one before (a shorthand inside another).
  class AtCall {
   public:
    AtCall(DataTest* test, CallSite where) : test_(test), saved_(test->call_site_) {
      test->call_site_ = where;
    }
    ~AtCall() { test_->call_site_ = saved_; }
    AtCall(const AtCall&) = delete;
    AtCall& operator=(const AtCall&) = delete;

   private:
    DataTest* test_;
    CallSite saved_;
  };

  // Reads a replayed row (no object yet) into a T; false after a failure.
  template <typename T>
  bool Materialise(std::string_view table, Dataset::Entry& entry);
  template <typename T>
  T* FindIn(Dataset& data, std::string_view table, std::string_view label);
  // This test's copy of the baseline rows, made on first use; null when
  // there are none.
  Dataset* BaselineCopy();
  void CheckInvariants(const char* phase);
  void LoadRecording();
  void SaveRecording();
  void ReportUsage();
  int64_t Elapsed() const;

  uint64_t seed_ = 0;
  std::string test_name_;
  Context context_;
  Rng rng_;
  std::unique_ptr<fake::Faker> fake_;
  Dataset data_;
  std::vector<std::string> scenarios_;
  std::string replayed_from_;
  bool setup_checked_ = false;
  std::unique_ptr<internal::TestState> state_;
  std::vector<std::shared_ptr<void>> fallbacks_;
  const Dataset* baseline_rows_ = nullptr;
  std::optional<Dataset> baseline_copy_;
  CallSite call_site_;  // line 0: none, errors go to the test's definition
};

// DataTest with a value parameter, for TEST_P / GTEST_DATA_TEST_P.
template <typename T>
class DataTestWithParam : public DataTest, public ::testing::WithParamInterface<T> {};

// `count` values made by `factory`, built from a seed derived from the run
// seed and the factory's name, in the run's locale.
template <typename T, typename... Mods>
std::vector<T> GeneratedList(const Factory<T>& factory, size_t count, const Mods&... mods) {
  Context context(DeriveSeed(RunSeed(), "params", factory.name()), &RunLocale());
  return factory.BuildList(context, count, mods...);
}

// The same as a GoogleTest parameter generator: ::testing::ValuesIn of
// GeneratedList(). GoogleTest evaluates it when it registers the tests
// (during InitGoogleTestData), after the run seed is known. Use NameFrom()
// for readable test names.
template <typename T, typename... Mods>
auto GeneratedValues(const Factory<T>& factory, size_t count, const Mods&... mods) {
  return ::testing::ValuesIn(GeneratedList(factory, count, mods...));
}

// A parameter-name generator: "<index>_<text>", where text is `member` (or
// what `describe` returns) with every character other than ASCII letters
// and digits turned into '_', runs of '_' folded, at most 32 characters.
// The index keeps names unique.
std::string ParamNameText(size_t index, std::string_view text);

template <typename T, typename M>
auto NameFrom(M T::*member) {
  return [member](const ::testing::TestParamInfo<T>& info) {
    if constexpr (std::is_convertible<const M&, std::string_view>::value) {
      return ParamNameText(info.index, info.param.*member);
    } else {
      return ParamNameText(info.index, std::to_string(info.param.*member));
    }
  };
}

template <typename T>
auto NameFrom(std::function<std::string(const T&)> describe) {
  return [describe = std::move(describe)](const ::testing::TestParamInfo<T>& info) {
    return ParamNameText(info.index, describe(info.param));
  };
}

// ---------------------------------------------------------------------
// Implementation details.

template <typename T>
bool DataTest::Materialise(std::string_view table, Dataset::Entry& entry) {
  if (entry.object != nullptr) return true;
  auto object = std::make_shared<T>();
  std::string why;
  if (!FromRow(entry.row, object.get(), &why)) {
    ADD_FAILURE() << "gtest_data: " << table << (entry.label.empty() ? "" : " @") << entry.label
                  << " cannot be read as the requested type: " << why;
    return false;
  }
  entry.object = object;
  entry.type = internal::TypeKey<T>();
  entry.object_row = [](const void* p) { return ToRow(*static_cast<const T*>(p)); };
  return true;
}

template <typename T>
T* DataTest::FindIn(Dataset& data, std::string_view table, std::string_view label) {
  if (T* object = data.Object<T>(table, label)) return object;
  if constexpr (kIsDescribed<T>) {
    if (std::vector<Dataset::Entry>* entries = data.MutableEntries(table)) {
      for (Dataset::Entry& entry : *entries) {
        if (entry.label == label && entry.object == nullptr && Materialise<T>(table, entry)) {
          return static_cast<T*>(entry.object.get());
        }
      }
    }
  }
  return nullptr;
}

template <typename T>
T* DataTest::Find(std::string_view table, std::string_view label) {
  if (T* object = FindIn<T>(data_, table, label)) return object;
  if (data_.FindEntry(table, label) != nullptr) return nullptr;  // there, of another type
  if (Dataset* baseline = BaselineCopy()) return FindIn<T>(*baseline, table, label);
  return nullptr;
}

template <typename T>
std::vector<T*> DataTest::Objects(std::string_view table) {
  std::vector<T*> out;
  std::vector<Dataset::Entry>* entries = data_.MutableEntries(table);
  if (entries == nullptr) return out;
  for (Dataset::Entry& entry : *entries) {
    if constexpr (kIsDescribed<T>) {
      if (!Materialise<T>(table, entry)) continue;
    }
    if (entry.type == internal::TypeKey<T>()) out.push_back(static_cast<T*>(entry.object.get()));
  }
  return out;
}

template <typename T>
T& DataTest::Get(std::string_view table, std::string_view label, CallSite where) {
  if (T* object = Find<T>(table, label)) return *object;
  std::string labels;
  for (const Dataset* data : {static_cast<const Dataset*>(&data_), baseline_rows_}) {
    if (data == nullptr) continue;
    if (const std::vector<Dataset::Entry>* entries = data->Entries(table)) {
      for (const Dataset::Entry& entry : *entries) {
        if (entry.label.empty()) continue;
        labels += labels.empty() ? "" : ", ";
        labels += entry.label;
      }
    }
  }
  ADD_FAILURE_AT(where.file, where.line)
      << "gtest_data: no object labelled \"" << label << "\" in table \"" << table
      << "\" of this test's data (labels there: " << (labels.empty() ? "none" : labels) << ")";
  auto fallback = std::make_shared<T>();
  T& result = *fallback;
  fallbacks_.push_back(std::move(fallback));
  return result;
}

}  // namespace gtest_data

// ---------------------------------------------------------------------
// The test macros: each a line or two over the internal macros below, which
// use only GoogleTest's public surface (TEST_P, RegisterTest) and the
// documented functions DeclareScenarios() and DataTest::BeginBody().

// GTEST_DATA_TEST_F(Fixture, Name, scenario...) defines the test
// Fixture.Name (a DataTest fixture) whose declared scenarios exist, seeded
// for this test, before the body runs; the invariants are checked after the
// fixture's whole SetUp(), just before the body. A scenario is its name, or
// its name with parameters (ParseScenarioUse in environment.h):
//
//   GTEST_DATA_TEST_F(CheckoutTest, BigBasket, customers, basket(items = 12, tier = "gold")) {
//     ...
//   }
//
// At least one scenario; use TEST_F for none. The body follows as a block,
// as with TEST_F.
#define GTEST_DATA_TEST_F(fixture, name, ...) \
  GTEST_DATA_INTERNAL_TEST_F_(fixture, name, GTEST_DATA_INTERNAL_TEST_CLASS_(fixture, name), __VA_ARGS__)

// GTEST_DATA_TEST_P(Fixture, Name, scenario...): TEST_P with declared
// scenarios. They run in DataTest::SetUp(), and the set-up invariant check
// ends it.
#define GTEST_DATA_TEST_P(fixture, name, ...)                      \
  GTEST_DATA_INTERNAL_DECLARE_(fixture, name, false, __VA_ARGS__); \
  TEST_P(fixture, name)

// The short spellings. Define GTEST_DATA_DONT_DEFINE_DATA_TEST to 1 before
// including this header to leave them out (as GTEST_DONT_DEFINE_TEST does
// for TEST), when another library already uses the names.
#if !defined(GTEST_DATA_DONT_DEFINE_DATA_TEST) || !GTEST_DATA_DONT_DEFINE_DATA_TEST
#define DATA_TEST_F(fixture, name, ...) GTEST_DATA_TEST_F(fixture, name, __VA_ARGS__)
#define DATA_TEST_P(fixture, name, ...) GTEST_DATA_TEST_P(fixture, name, __VA_ARGS__)
#endif

// Internal: not part of the API.
#define GTEST_DATA_INTERNAL_STRINGIFY_ARG_(unused, x) #x
#define GTEST_DATA_INTERNAL_TEST_CLASS_(fixture, name) fixture##_##name##_DataTest

// Checks the fixture and records the declaration (file, line, the
// scenarios' texts).
#define GTEST_DATA_INTERNAL_DECLARE_(fixture, name, checked_before_body, ...)                  \
  static_assert(std::is_base_of<::gtest_data::DataTest, fixture>::value,                      \
                "GTEST_DATA_TEST_F and GTEST_DATA_TEST_P need a fixture derived from "        \
                "gtest_data::DataTest");                                                      \
  [[maybe_unused]] static const bool gtest_data_declared_##fixture##_##name =                 \
      ::gtest_data::DeclareScenarios(                                                         \
          #fixture, #name,                                                                    \
          {GTEST_DATA_INTERNAL_FOR_EACH_(GTEST_DATA_INTERNAL_STRINGIFY_ARG_, _, __VA_ARGS__)}, \
          __FILE__, __LINE__, checked_before_body)

// The test class runs its body after BeginBody() (the set-up invariant
// check, after the fixture's whole SetUp()); GoogleTest's public
// RegisterTest registers it.
#define GTEST_DATA_INTERNAL_TEST_F_(fixture, name, test_class, ...)                      \
  class test_class : public fixture {                                                     \
   public:                                                                                \
    void DataBody();                                                                      \
                                                                                          \
   private:                                                                               \
    void TestBody() override {                                                            \
      if (this->BeginBody()) DataBody();                                                  \
    }                                                                                     \
  };                                                                                      \
  GTEST_DATA_INTERNAL_DECLARE_(fixture, name, true, __VA_ARGS__);                         \
  [[maybe_unused]] static ::testing::TestInfo* const gtest_data_registered_##fixture##_##name = \
      ::testing::RegisterTest(#fixture, #name, nullptr, nullptr, __FILE__, __LINE__,      \
                              []() -> fixture* { return new test_class(); });              \
  void test_class::DataBody()

#endif  // GTEST_DATA_GTEST_DATA_TEST_H_
