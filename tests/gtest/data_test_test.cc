// Copyright 2026 The gtest_data Authors.
//
// DataTest in-process: seeds, per-test reset, scenarios, Get/Find, generated
// parameters, and the failure paths (checked with gtest-spi).

#include "gtest_data/gtest/data_test.h"

#include <set>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest-spi.h"
#include "gtest/gtest.h"
#include "gtest_data/gtest.h"
#include "shop_domain.h"
#include "src/gtest/run_state.h"

namespace {

using ::gtest_data::Dataset;
using ::gtest_data::DataTest;
using ::gtest_data::DeriveSeed;
using ::gtest_data::Row;
using ::gtest_data::Traits;
using ::gtest_data::With;
using ::shop::Customer;
using ::shop::Product;
using ::testing::HasSubstr;

GTEST_DATA_SCENARIO(two_products, s) {
  s.Create(shop::Products(), "widget");
  s.Create(shop::Products(), "gadget");
}

GTEST_DATA_SCENARIO(gold_customer, s) { s.Create(shop::Customers(), "ada", Traits{"gold"}); }

GTEST_DATA_SCENARIO(products_of, s) {
  const int64_t count = s.Param("count", 1);
  const std::string prefix = s.Param("prefix", gtest_data::Value("p")).as_string();
  for (int64_t i = 0; i < count; ++i) s.Create(shop::Products(), prefix + std::to_string(i));
}

GTEST_DATA_SCENARIO(closed_warehouse, s) {
  s.Fail(absl::FailedPreconditionError("the warehouse is closed"));
}

GTEST_DATA_SCENARIO(free_product, s) {
  s.Create(shop::Products(), "freebie", With(&Product::price_minor, int64_t{0}));
}

// Only the probe suite below sees this invariant.
GTEST_DATA_SUITE_INVARIANT(ProbeTest, prices_positive,
                           gtest_data::EveryObject<Product>(
                               "products", [](const Product& p) { return p.price_minor > 0; },
                               "price_minor > 0"));

class BasicsTest : public DataTest {};

TEST_F(BasicsTest, SeedDerivesFromRunSeedAndFullName) {
  EXPECT_EQ(seed(), DeriveSeed(gtest_data::RunSeed(), "BasicsTest.SeedDerivesFromRunSeedAndFullName"));
  EXPECT_EQ(test_name(), "BasicsTest.SeedDerivesFromRunSeedAndFullName");
  EXPECT_EQ(context().seed(), seed());
  EXPECT_EQ(std::string(locale().id()), gtest_data::RunFlags().locale);
  EXPECT_EQ(now(), gtest_data::fake::kDefaultReferenceNow);
  EXPECT_FALSE(replaying());
}

// Each of these sees sequence 1 and a fresh store, whichever runs first.
TEST_F(BasicsTest, ContextIsResetPerTestA) {
  EXPECT_EQ(context().NextSequence("n"), 1);
  const Customer c = Create(shop::Customers());
  EXPECT_EQ(c.id, 1);  // keys count from 1 again
  EXPECT_EQ(data().row_count(), 1u);
  EXPECT_EQ(context().usage().at("customer").created, 1);
}
TEST_F(BasicsTest, ContextIsResetPerTestB) {
  EXPECT_EQ(context().NextSequence("n"), 1);
  const Customer c = Create(shop::Customers());
  EXPECT_EQ(c.id, 1);  // keys count from 1 again
  EXPECT_EQ(data().row_count(), 1u);
  EXPECT_EQ(context().usage().at("customer").created, 1);
}

TEST_F(BasicsTest, FakeAndRngDrawFromTheTestSeed) {
  gtest_data::fake::Faker expected(DeriveSeed(seed(), "fake"), locale(), now());
  EXPECT_EQ(fake().Field("person.full_name"), expected.Field("person.full_name"));
  gtest_data::Rng test_stream(DeriveSeed(seed(), "test"));
  EXPECT_EQ(rng().Next(), test_stream.Next());
}

TEST_F(BasicsTest, CreatedObjectsJoinTheTestData) {
  Product p = Create(shop::Products());
  ASSERT_NE(data().Entries("products"), nullptr);
  EXPECT_EQ(data().Entries("products")->size(), 1u);
  EXPECT_EQ(data().Rows("products")[0].Get("id").as_int(), p.id);
}

DATA_TEST_F(BasicsTest, DeclaredScenariosExistBeforeTheBody, two_products, gold_customer) {
  ASSERT_NE(Find<Product>("products", "widget"), nullptr);
  ASSERT_NE(Find<Product>("products", "gadget"), nullptr);
  EXPECT_EQ(Get<Customer>("customers", "ada").tier, "gold");
  EXPECT_EQ(Find<Customer>("customers", "nobody"), nullptr);
  EXPECT_EQ(data().row_count(), 3u);
  std::vector<Product*> products = Objects<Product>("products");
  ASSERT_EQ(products.size(), 2u);
  EXPECT_EQ(products[0], Find<Product>("products", "widget"));
  EXPECT_TRUE(Objects<Customer>("products").empty());  // another type
  EXPECT_TRUE(Objects<Product>("no_table").empty());
}

// The same scenario in two tests gives each its own data.
// The primary spelling, with a parameterised scenario beside a plain one.
GTEST_DATA_TEST_F(BasicsTest, ScenarioParametersReachTheScenario, gold_customer,
                  products_of(count = 3, prefix = "box")) {
  EXPECT_EQ(Objects<Product>("products").size(), 3u);
  EXPECT_NE(Find<Product>("products", "box2"), nullptr);
  EXPECT_EQ(Find<Product>("products", "p0"), nullptr);
  EXPECT_NE(Find<Customer>("customers", "ada"), nullptr);
}

GTEST_DATA_TEST_F(BasicsTest, ScenarioParametersDefaultWhenLeftOut, products_of()) {
  EXPECT_EQ(Objects<Product>("products").size(), 1u);
  EXPECT_NE(Find<Product>("products", "p0"), nullptr);
}

DATA_TEST_F(BasicsTest, ScenarioDataDependsOnTheTestA, two_products) {
  gtest_data::Context other(DeriveSeed(gtest_data::RunSeed(), "BasicsTest.ScenarioDataDependsOnTheTestB"));
  absl::StatusOr<Dataset> theirs = gtest_data::RunScenario("two_products", other);
  ASSERT_TRUE(theirs.ok());
  EXPECT_NE(theirs->Object<Product>("products", "widget")->name,
            Get<Product>("products", "widget").name);
  // and this test's data is what the scenario makes from this test's seed
  gtest_data::Context mine(seed());
  absl::StatusOr<Dataset> again = gtest_data::RunScenario("two_products", mine);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->Object<Product>("products", "widget")->name,
            Get<Product>("products", "widget").name);
}
DATA_TEST_F(BasicsTest, ScenarioDataDependsOnTheTestB, two_products) {
  EXPECT_FALSE(Get<Product>("products", "widget").name.empty());
}

TEST_F(BasicsTest, UseScenarioFromTheBody) {
  UseScenario("gold_customer");
  EXPECT_EQ(Get<Customer>("customers", "ada").tier, "gold");
}

TEST_F(BasicsTest, FactoryErrorsBecomeTestFailures) {
  EXPECT_NONFATAL_FAILURE(Build(shop::Customers(), Traits{"platinum"}), "unknown trait");
}

// A factory error in the body points at the line of the call that ran the
// factory, as an EXPECT does; through context() at the test's definition.
TEST_F(BasicsTest, FactoryErrorsPointAtTheCallersLine) {
  ::testing::TestPartResultArray failures;
  int line = 0;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
    line = __LINE__ + 1;
    Build(shop::Customers(), Traits{"platinum"});
    Create(shop::Customers(), Traits{"platinum"});
    Build(shop::Customers(), Traits{"gold"}, Traits{"platinum"});
    UseScenario("no_such_scenario");
    shop::Customers().Build(context(), Traits{"platinum"});
  }
  ASSERT_EQ(failures.size(), 5);
  for (int i = 0; i < 4; ++i) {
    EXPECT_STREQ(failures.GetTestPartResult(i).file_name(), __FILE__) << i;
    EXPECT_EQ(failures.GetTestPartResult(i).line_number(), line + i) << i;
  }
  EXPECT_NE(failures.GetTestPartResult(4).line_number(), line + 4);
  EXPECT_THAT(failures.GetTestPartResult(0).message(), ::testing::HasSubstr("unknown trait"));
}

TEST_F(BasicsTest, GetOfAMissingLabelFailsNamingTheLabelsThere) {
  UseScenario("two_products");
  EXPECT_NONFATAL_FAILURE(Get<Product>("products", "sprocket"),
                          "no object labelled \"sprocket\" in table \"products\" of this test's "
                          "data (labels there: widget, gadget)");
}

// A DataTest driven by hand, so that its failures can be caught.
class Probe : public DataTest {
 public:
  void TestBody() override {}
  void RunSetUp() { SetUp(); }
  bool RunBeginBody() { return BeginBody(); }
  void RunTearDown() { TearDown(); }
  void MakeFreeProduct() { UseScenario("free_product"); }
  Product& Widget() { return Get<Product>("products", "widget"); }
  void UseUnknownScenario() { UseScenario("no_such_scenario"); }
  static const Dataset& SharedScenarioForTest(std::string_view name) {
    return SharedScenario(name);
  }
};

void UseUnknownScenario() {
  Probe probe;
  probe.RunSetUp();
  probe.UseUnknownScenario();
}
TEST(ProbeScenarioTest, UnknownScenarioIsFatalAndListsTheKnownOnes) {
  EXPECT_FATAL_FAILURE(UseUnknownScenario(), "scenario \"no_such_scenario\" failed for ");
  EXPECT_FATAL_FAILURE(UseUnknownScenario(), "two_products");
}

class ProbeTest : public ::testing::Test {};

[[maybe_unused]] const bool broken_declared = gtest_data::DeclareScenarios(
    "ProbeTest", "FailingScenarioIsFatalInSetUp", {"closed_warehouse"}, "declared.cc", 7);
void SetUpWithClosedWarehouse() {
  Probe probe;
  probe.RunSetUp();
}
TEST_F(ProbeTest, FailingScenarioIsFatalInSetUp) {
  EXPECT_FATAL_FAILURE(SetUpWithClosedWarehouse(),
                       "scenario \"closed_warehouse\" failed for "
                       "ProbeTest.FailingScenarioIsFatalInSetUp: the warehouse is closed");
}

// A declaration that does not parse fails the test at the declaration.
[[maybe_unused]] const bool unparsable_declared = gtest_data::DeclareScenarios(
    "ProbeTest", "UnparsableDeclarationFailsAtItsLine", {"two_products", "products_of(count = )"},
    "declared.cc", 8);
void SetUpWithUnparsableDeclaration() {
  Probe probe;
  probe.RunSetUp();
}
TEST_F(ProbeTest, UnparsableDeclarationFailsAtItsLine) {
  EXPECT_FATAL_FAILURE(
      SetUpWithUnparsableDeclaration(),
      "ProbeTest.UnparsableDeclarationFailsAtItsLine declares scenario \"products_of(count = )\": "
      "at character 21: expected a value (an integer, a number, true, false or a \"string\")");
}

[[maybe_unused]] const bool free_declared = gtest_data::DeclareScenarios(
    "ProbeTest", "InvariantAfterSetUpStopsTheBody", {"free_product"}, "declared.cc", 9, true);
bool body_would_run = true;
void SetUpWithFreeProduct() {
  Probe probe;
  probe.RunSetUp();
  body_would_run = probe.RunBeginBody();
}
TEST_F(ProbeTest, InvariantAfterSetUpStopsTheBody) {
  EXPECT_FATAL_FAILURE(SetUpWithFreeProduct(),
                       "invariant \"prices_positive\" violated after set-up: products[0] "
                       "@freebie {");
  EXPECT_FALSE(body_would_run);
}

[[maybe_unused]] const bool widget_declared = gtest_data::DeclareScenarios(
    "ProbeTest", "InvariantInTearDownNamesTheRecord", {"two_products"}, "declared.cc", 11, true);
void BreakWidgetInBody() {
  Probe probe;
  probe.RunSetUp();
  if (probe.RunBeginBody()) probe.Widget().price_minor = -5;
  probe.RunTearDown();
}
TEST_F(ProbeTest, InvariantInTearDownNamesTheRecord) {
  EXPECT_NONFATAL_FAILURE(BreakWidgetInBody(),
                          "invariant \"prices_positive\" violated in tear-down: products[0] "
                          "@widget {\"id\": 1, \"sku\": ");
  EXPECT_NONFATAL_FAILURE(BreakWidgetInBody(), "\"price_minor\": -5");
  EXPECT_NONFATAL_FAILURE(BreakWidgetInBody(), "expected price_minor > 0");
}

int renames = 0;
[[maybe_unused]] const bool free_plain_declared = gtest_data::DeclareScenarios(
    "ProbeTest", "WithoutTheBodyHookSetUpChecksAtItsEnd", {"free_product"}, "declared.cc", 13);
void SetUpPlainWithFreeProduct() {
  Probe probe;
  probe.RunSetUp();  // the check runs here, once
  body_would_run = probe.RunBeginBody();
}
TEST_F(ProbeTest, WithoutTheBodyHookSetUpChecksAtItsEnd) {
  body_would_run = true;
  EXPECT_FATAL_FAILURE(SetUpPlainWithFreeProduct(),
                       "invariant \"prices_positive\" violated after set-up: products[0]");
  EXPECT_FALSE(body_would_run);
}

void ChangeSharedCatalogue() {
  Probe probe;
  probe.RunSetUp();
  const Dataset& shared = Probe::SharedScenarioForTest("two_products");
  shared.Object<Product>("products", "gadget")->name = "Renamed" + std::to_string(++renames);
  probe.RunTearDown();
}
TEST_F(ProbeTest, SharedDataChangedByATestFailsIt) {
  // Made once; every later DataTest fingerprints it.
  const Dataset& shared = Probe::SharedScenarioForTest("two_products");
  EXPECT_EQ(&shared, &Probe::SharedScenarioForTest("two_products"));
  EXPECT_NONFATAL_FAILURE(ChangeSharedCatalogue(),
                          "changed the shared data \"two_products\": products[1] @gadget {");
  EXPECT_NONFATAL_FAILURE(ChangeSharedCatalogue(), "\"name\": \"Renamed");
  // Unchanged shared data passes.
  EXPECT_NO_FATAL_FAILURE({
    Probe probe;
    probe.RunSetUp();
    probe.RunTearDown();
  });
}

// Value-parameterised tests over generated customers.
class CustomerParamTest : public gtest_data::DataTestWithParam<Customer> {};

DATA_TEST_P(CustomerParamTest, ParamIsGeneratedAndScenarioRuns, gold_customer) {
  EXPECT_THAT(GetParam().email, HasSubstr("@"));
  EXPECT_EQ(Get<Customer>("customers", "ada").tier, "gold");
  const std::string name = test_name();
  EXPECT_EQ(seed(), DeriveSeed(gtest_data::RunSeed(), name));
  EXPECT_THAT(name, HasSubstr("Generated/CustomerParamTest.ParamIsGeneratedAndScenarioRuns/"));
}

INSTANTIATE_TEST_SUITE_P(Generated, CustomerParamTest,
                         gtest_data::GeneratedValues(shop::Customers(), 4),
                         gtest_data::NameFrom(&Customer::last_name));

TEST(ParamNameTest, ReadableUniqueAndValid) {
  EXPECT_EQ(gtest_data::ParamNameText(0, "O'Brien-Smith"), "0_O_Brien_Smith");
  EXPECT_EQ(gtest_data::ParamNameText(12, "  Ünal  "), "12_nal");
  EXPECT_EQ(gtest_data::ParamNameText(3, "李"), "3");
  EXPECT_EQ(gtest_data::ParamNameText(1, std::string(80, 'a')), "1_" + std::string(32, 'a'));
}

TEST(ParamNameTest, GeneratedParametersFollowTheRunSeed) {
  const auto& instances = *::testing::UnitTest::GetInstance();
  std::set<std::string> names;
  for (int i = 0; i < instances.total_test_suite_count(); ++i) {
    const ::testing::TestSuite* suite = instances.GetTestSuite(i);
    if (std::string(suite->name()) != "Generated/CustomerParamTest") continue;
    for (int j = 0; j < suite->total_test_count(); ++j) names.insert(suite->GetTestInfo(j)->name());
  }
  gtest_data::Context context(DeriveSeed(gtest_data::RunSeed(), "params", "customer"),
                              &gtest_data::RunLocale());
  std::vector<Customer> expected = shop::Customers().BuildList(context, 4);
  ASSERT_EQ(names.size(), 4u);
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(names.count("ParamIsGeneratedAndScenarioRuns/" +
                          gtest_data::ParamNameText(i, expected[i].last_name)),
              1u)
        << expected[i].last_name;
  }
}

TEST(PrintTest, DescribedValuesPrintAsRows) {
  Customer ada;
  ada.id = 7;
  ada.first_name = "Ada";
  EXPECT_EQ(::testing::PrintToString(ada), gtest_data::ToRow(ada).ToString());
  EXPECT_THAT(::testing::PrintToString(ada), HasSubstr("\"first_name\": \"Ada\""));
}

TEST(FixtureNameTest, StripsInstantiationPrefix) {
  EXPECT_EQ(gtest_data::FixtureName(*::testing::UnitTest::GetInstance()->current_test_info()),
            "FixtureNameTest");
}

// A parameter type without a printer: GoogleTest's byte dump would change
// between runs, so the report records the parameter's name instead.
struct Unprintable {
  int64_t amount;
  const char* note;
};
class UnprintableParamTest : public ::testing::TestWithParam<Unprintable> {};
TEST_P(UnprintableParamTest, ReportsTheParametersNameNotItsBytes) {
  const auto& current = gtest_data::internal::State().current;
  ASSERT_TRUE(current.has_value());
  const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
  EXPECT_EQ(current->param, "#" + name.substr(name.rfind('/') + 1));
}
INSTANTIATE_TEST_SUITE_P(Bytes, UnprintableParamTest,
                         ::testing::Values(Unprintable{1, "a"}, Unprintable{2, "b"}));

TEST(ReportedParamTest, PrintedValuesStayAndByteDumpsBecomeTheName) {
  EXPECT_EQ(gtest_data::internal::ReportedParam("{\"id\": 7}", "Emails/3"), "{\"id\": 7}");
  EXPECT_EQ(gtest_data::internal::ReportedParam("42", "Emails/0"), "42");
  EXPECT_EQ(gtest_data::internal::ReportedParam("16-byte object <01-00 00-00 F0-3A>", "Emails/3"),
            "#3");
  EXPECT_EQ(gtest_data::internal::ReportedParam("8-byte object <00>", "Emails/gold_ada"),
            "#gold_ada");
  EXPECT_EQ(gtest_data::internal::ReportedParam("byte object <", "T/1"), "byte object <");
}

TEST(ParseScenarioUseTest, NamesAndTypedParameters) {
  absl::StatusOr<gtest_data::ScenarioUse> plain = gtest_data::ParseScenarioUse("gold_basket");
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_EQ(plain->name, "gold_basket");
  EXPECT_TRUE(plain->params.empty());
  absl::StatusOr<gtest_data::ScenarioUse> full = gtest_data::ParseScenarioUse(
      " basket ( items = 12, tier = \"gold \\\"plus\\\"\", discount = -0.25, express = true, "
      "gift=false ) ");
  ASSERT_TRUE(full.ok()) << full.status();
  EXPECT_EQ(full->name, "basket");
  ASSERT_EQ(full->params.size(), 5u);
  EXPECT_EQ(full->params.at("items"), gtest_data::Value(int64_t{12}));
  EXPECT_EQ(full->params.at("tier"), gtest_data::Value("gold \"plus\""));
  EXPECT_EQ(full->params.at("discount"), gtest_data::Value(-0.25));
  EXPECT_EQ(full->params.at("express"), gtest_data::Value(true));
  EXPECT_EQ(full->params.at("gift"), gtest_data::Value(false));
  EXPECT_TRUE(gtest_data::ParseScenarioUse("empty()").ok());
}

TEST(ParseScenarioUseTest, ErrorsSayWhereAndWhatWasExpected) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "scenario \"\": at character 1: expected a scenario name"},
      {"9lives", "scenario \"9lives\": at character 1: expected a scenario name"},
      {"basket(items)", "scenario \"basket(items)\": at character 13: expected '=' after items"},
      {"basket(= 3)", "scenario \"basket(= 3)\": at character 8: expected a parameter name"},
      {"basket(items = 3", "scenario \"basket(items = 3\": at character 17: expected ',' or ')'"},
      {"basket(tier = \"gold)", "scenario \"basket(tier = \"gold)\": at character 15: expected a "
                               "closing quote for the string opened here"},
      {"basket(items = many)", "scenario \"basket(items = many)\": at character 16: expected a "
                               "value (an integer, a number, true, false or a \"string\")"},
      {"basket(a = 1, a = 2)", "scenario \"basket(a = 1, a = 2)\": at character 15: expected "
                               "each parameter once; a is given twice"},
      {"basket extra", "scenario \"basket extra\": at character 8: expected the end, or "
                       "parameters in ( )"},
  };
  for (const auto& [text, message] : cases) {
    absl::StatusOr<gtest_data::ScenarioUse> use = gtest_data::ParseScenarioUse(text);
    ASSERT_FALSE(use.ok()) << text;
    EXPECT_EQ(use.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(use.status().message(), message);
  }
}

}  // namespace

int main(int argc, char** argv) {
  gtest_data::InitGoogleTestData(&argc, argv);
  return RUN_ALL_TESTS();
}
