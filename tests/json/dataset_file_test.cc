// Copyright 2026 The gtest_data Authors.
//
// Tests of json/dataset_file.h: StableId, ParseDataset, LoadDatasetFile,
// LocatePointer and DatasetOptions. Generated cells are checked against the
// fake module's one route to a value (fake/fields.h), errors by their code
// and their whole message.

#include "gtest_data/json/dataset_file.h"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "status_matchers.h"
#include "gtest_data/fake/fields.h"
#include "gtest_data/json/snapshot.h"
#include "gtest_data/random/seed.h"
#include "../factory/shop_domain.h"

namespace gtest_data {
namespace json {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

using ::gtest_data::testing_internal::StatusIs;

ColumnSchema Column(std::string name, ValueKind kind, bool nullable = false,
                    std::optional<Value> default_value = std::nullopt,
                    std::string references = "") {
  ColumnSchema column;
  column.name = std::move(name);
  column.kind = kind;
  column.nullable = nullable;
  column.default_value = std::move(default_value);
  column.references = std::move(references);
  return column;
}

// Teams have a text key, people an integer key (and a reference to
// themselves), notes no key at all.
const Schema& TestSchema() {
  static const Schema* const schema = [] {
    auto* s = new Schema();
    TableSchema teams;
    teams.name = "teams";
    teams.key = "code";
    teams.columns = {Column("code", ValueKind::kString),
                     Column("name", ValueKind::kString, true)};
    TableSchema people;
    people.name = "people";
    people.key = "id";
    people.columns = {Column("id", ValueKind::kInt),
                      Column("name", ValueKind::kString),
                      Column("team", ValueKind::kString, true, std::nullopt, "teams"),
                      Column("score", ValueKind::kDouble, false, Value(1.5)),
                      Column("active", ValueKind::kBool, false, Value(true)),
                      Column("manager_id", ValueKind::kInt, true, std::nullopt, "people"),
                      Column("nickname", ValueKind::kString, true),
                      Column("lat", ValueKind::kDouble, true),
                      Column("ean", ValueKind::kInt, true)};
    TableSchema notes;
    notes.name = "notes";
    notes.columns = {Column("text", ValueKind::kString),
                     Column("about", ValueKind::kInt, true)};
    s->Add(teams).Add(people).Add(notes);
    return s;
  }();
  return *schema;
}

absl::StatusOr<Dataset> Parse(std::string_view text, const DatasetOptions& options = {}) {
  return ParseDataset(text, "f.json", TestSchema(), options);
}

// The value {"fake": field} gets in `column` of the row `row_name` of
// `table`, computed here through the fake module's public route.
std::string FakeValue(std::string_view field, std::string_view column, std::string_view table,
                      std::string_view row_name, uint64_t seed = 42,
                      std::string_view locale = "en_US", std::string_view entity = {},
                      int64_t now = fake::kDefaultReferenceNow) {
  fake::FieldContext context;
  context.locale = fake::Locale::Find(locale);
  context.now = now;
  return fake::FieldValue(fake::RecordField(*fake::FindField(field), column, entity), context,
                          DeriveSeed(seed, "dataset", table, row_name));
}

// --- StableId ------------------------------------------------------------------

TEST(StableIdTest, IsAHashOfTableDotLabelBelowTwoToThe47) {
  EXPECT_EQ(StableId("customers", "alice"), int64_t(HashName("customers.alice") >> 17) + 1);
  EXPECT_EQ(StableId("orders", "#1"), int64_t(HashName("orders.#1") >> 17) + 1);
  std::set<int64_t> seen;
  for (int i = 0; i < 2000; ++i) {
    const int64_t id = StableId("t", "row" + std::to_string(i));
    EXPECT_GT(id, 0);
    EXPECT_LE(id, int64_t{1} << 47);
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 2000u);
  EXPECT_NE(StableId("customers", "alice"), StableId("orders", "alice"));
  EXPECT_NE(StableId("customers", "alice"), StableId("customers", "alicf"));
  EXPECT_EQ(StableId("", ""), int64_t(HashName(".") >> 17) + 1);
}

TEST(StableIdTest, PinnedValues) {
  // Fixtures may name these numbers: they must never change. (Computed
  // outside the library from FNV-1a-64 and the SplitMix64 finaliser.)
  EXPECT_EQ(StableId("customers", "alice"), int64_t{50314439010687});
  EXPECT_EQ(StableId("orders", "#0"), int64_t{55759410852179});
  EXPECT_EQ(StableId("people", "ann"), int64_t{7752545836184});
}

// --- DatasetOptions ------------------------------------------------------------

TEST(DatasetOptionsTest, Defaults) {
  const DatasetOptions options;
  EXPECT_EQ(options.seed, 42u);
  EXPECT_EQ(options.locale, nullptr);
  EXPECT_EQ(options.now, fake::kDefaultReferenceNow);
}

// --- ParseDataset: rows, labels, keys --------------------------------------------

TEST(ParseDatasetTest, TablesInFileOrderRowsInOrderColumnsInSchemaOrder) {
  absl::StatusOr<Dataset> data = Parse(R"({
    "people": [{"name": "Ann", "@label": "ann", "score": 2}, {"name": "Bob"}],
    "teams": [{"code": "red"}],
    "notes": []
  })");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_THAT(data->tables(), ElementsAre("people", "teams"));  // empty tables are not listed
  EXPECT_EQ(data->row_count(), 3u);
  const std::vector<Row> people = data->Rows("people");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0], (Row{{"id", StableId("people", "ann")}, {"name", "Ann"},
                            {"team", nullptr}, {"score", 2.0}, {"active", true},
                            {"manager_id", nullptr}, {"nickname", nullptr}, {"lat", nullptr},
                            {"ean", nullptr}}));
  EXPECT_EQ(people[0].Get("score").kind(), ValueKind::kDouble);  // an int in a double column
  EXPECT_EQ(people[1].Get("id"), Value(StableId("people", "#1")));
  EXPECT_EQ(people[1].Get("score"), Value(1.5));  // the default
  EXPECT_EQ(data->Rows("teams")[0], (Row{{"code", "red"}, {"name", nullptr}}));
  EXPECT_EQ(data->Entries("people")->at(0).label, "ann");
  EXPECT_EQ(data->Entries("people")->at(1).label, "");
  EXPECT_EQ(data->Find("people", "ann"), &data->Entries("people")->at(0).row);
}

TEST(ParseDatasetTest, KeysAreGivenOrDerivedFromTheLabel) {
  absl::StatusOr<Dataset> data = Parse(R"({
    "teams": [{"@label": "red"}, {"@label": "blue", "code": "BLU"}, {}],
    "people": [{"@label": "a", "name": "A", "id": 5}, {"@label": "b", "name": "B"}],
    "notes": [{"@label": "n", "text": "no key"}]
  })");
  ASSERT_TRUE(data.ok()) << data.status();
  // Text keys: the label, else "#<index>".
  EXPECT_EQ(data->Rows("teams")[0].Get("code"), Value("red"));
  EXPECT_EQ(data->Rows("teams")[1].Get("code"), Value("BLU"));
  EXPECT_EQ(data->Rows("teams")[2].Get("code"), Value("#2"));
  // Integer keys: StableId(table, label).
  EXPECT_EQ(data->Find("people", "a")->Get("id"), Value(5));
  EXPECT_EQ(data->Find("people", "b")->Get("id"), Value(StableId("people", "b")));
  // A table without a key gets no key column.
  EXPECT_EQ(*data->Find("notes", "n"), (Row{{"text", "no key"}, {"about", nullptr}}));
}

TEST(ParseDatasetTest, KeysDoNotDependOnOtherRows) {
  absl::StatusOr<Dataset> one = Parse(R"({"people": [{"@label": "x", "name": "X"}]})");
  absl::StatusOr<Dataset> two = Parse(
      R"({"teams": [{}], "people": [{"@label": "w", "name": "W"}, {"@label": "x", "name": "X"}]})");
  ASSERT_TRUE(one.ok()) << one.status();
  ASSERT_TRUE(two.ok()) << two.status();
  EXPECT_EQ(*one->Find("people", "x"), *two->Find("people", "x"));
}

TEST(ParseDatasetTest, ReferencesResolveToKeysForwardsAndBackwards) {
  absl::StatusOr<Dataset> data = Parse(R"({
    "people": [
      {"@label": "ann", "name": "Ann", "team": "@teams.red", "manager_id": "@people.boss"},
      {"@label": "boss", "name": "Boss", "id": 900, "team": "@teams.blue"}
    ],
    "teams": [{"@label": "red"}, {"@label": "blue", "code": "B"}],
    "notes": [{"text": "about ann", "about": "@people.ann"}]
  })");
  ASSERT_TRUE(data.ok()) << data.status();
  const Row* ann = data->Find("people", "ann");
  EXPECT_EQ(ann->Get("team"), Value("red"));        // forward, text key from the label
  EXPECT_EQ(ann->Get("manager_id"), Value(900));    // forward, within the table, given key
  EXPECT_EQ(data->Find("people", "boss")->Get("team"), Value("B"));
  // A column without a declared referenced table takes any table's key.
  EXPECT_EQ(data->Rows("notes")[0].Get("about"), Value(StableId("people", "ann")));
}

TEST(ParseDatasetTest, DoubleAtIsText) {
  absl::StatusOr<Dataset> data = Parse(R"({"people": [
    {"name": "@@handle", "nickname": "@@"}, {"name": "@@@x", "nickname": "x@y.z"}]})");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->Rows("people")[0].Get("name"), Value("@handle"));
  EXPECT_EQ(data->Rows("people")[0].Get("nickname"), Value("@"));
  EXPECT_EQ(data->Rows("people")[1].Get("name"), Value("@@x"));
  EXPECT_EQ(data->Rows("people")[1].Get("nickname"), Value("x@y.z"));
}

TEST(ParseDatasetTest, NullableColumnsTakeNullAndDefaultsApply) {
  absl::StatusOr<Dataset> data = Parse(
      R"({"people": [{"name": "A", "team": null, "score": -0.5, "active": false, "lat": 1}]})");
  ASSERT_TRUE(data.ok()) << data.status();
  const Row row = data->Rows("people")[0];
  EXPECT_TRUE(row.Get("team").is_null());
  EXPECT_EQ(row.Get("score"), Value(-0.5));
  EXPECT_EQ(row.Get("active"), Value(false));
  EXPECT_EQ(row.Get("lat"), Value(1.0));
  EXPECT_EQ(row.Get("lat").kind(), ValueKind::kDouble);
  EXPECT_TRUE(row.Get("nickname").is_null());
}

TEST(ParseDatasetTest, TextIsUnicode) {
  absl::StatusOr<Dataset> data =
      Parse("{\"people\": [{\"name\": \"Zo\\u00eb \xe6\x97\xa5\xe6\x9c\xac \\ud83d\\ude00\"}]}");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->Rows("people")[0].Get("name"),
            Value("Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80"));
}

TEST(ParseDatasetTest, EmptyDocumentGivesAnEmptyDataset) {
  absl::StatusOr<Dataset> data = Parse(" {} ");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_TRUE(data->empty());
  data = Parse(R"({"people": [], "teams": []})");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_TRUE(data->empty());
}

TEST(ParseDatasetTest, ReferencesGiveTheKeyTheRowHas) {
  // A key written as "@@..." text or drawn from a generator is the key that
  // references to the row resolve to.
  absl::StatusOr<Dataset> data = Parse(R"({
    "teams": [{"@label": "red", "code": "@@red"},
              {"@label": "blue", "code": {"fake": "identifiers.uuid4"}}],
    "people": [{"name": "a", "team": "@teams.red"}, {"name": "b", "team": "@teams.blue"}]
  })");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->Find("teams", "red")->Get("code"), Value("@red"));
  EXPECT_EQ(data->Rows("people")[0].Get("team"), Value("@red"));
  EXPECT_EQ(data->Find("teams", "blue")->Get("code"),
            Value(FakeValue("identifiers.uuid4", "code", "teams", "blue")));
  EXPECT_EQ(data->Rows("people")[1].Get("team"), data->Find("teams", "blue")->Get("code"));
}

// --- ParseDataset: {"fake": ...} cells ---------------------------------------------

TEST(ParseDatasetTest, GeneratorsDrawFromSeedTableRowAndColumn) {
  constexpr char kText[] = R"({"people": [
    {"@label": "ann", "name": {"fake": "person.first_name"},
     "nickname": {"fake": "person.last_name"}},
    {"name": {"fake": "person.first_name"}}
  ]})";
  absl::StatusOr<Dataset> data = Parse(kText, {7});
  ASSERT_TRUE(data.ok()) << data.status();
  const Row ann = data->Rows("people")[0];
  EXPECT_EQ(ann.Get("name"), Value(FakeValue("person.first_name", "name", "people", "ann", 7)));
  EXPECT_EQ(ann.Get("nickname"),
            Value(FakeValue("person.last_name", "nickname", "people", "ann", 7)));
  EXPECT_EQ(data->Rows("people")[1].Get("name"),
            Value(FakeValue("person.first_name", "name", "people", "#1", 7)));
  // The same for a seed; the row's label, not its place, names it.
  absl::StatusOr<Dataset> again = Parse(kText, {7});
  EXPECT_EQ(*again, *data);
  absl::StatusOr<Dataset> moved = Parse(R"({"teams": [{}], "people": [{"name": "x"},
    {"@label": "ann", "name": {"fake": "person.first_name"}}]})",
                                        {7});
  ASSERT_TRUE(moved.ok()) << moved.status();
  EXPECT_EQ(moved->Find("people", "ann")->Get("name"), ann.Get("name"));
}

TEST(ParseDatasetTest, GeneratorsChangeWithTheSeed) {
  int differing = 0;
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    absl::StatusOr<Dataset> a = Parse(R"({"people": [{"name": {"fake": "internet.email"}}]})",
                                      {seed});
    absl::StatusOr<Dataset> b = Parse(R"({"people": [{"name": {"fake": "internet.email"}}]})",
                                      {seed + 1000});
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->Rows("people")[0].Get("name"),
              Value(FakeValue("internet.email", "name", "people", "#0", seed)));
    differing += a->Rows("people")[0].Get("name") != b->Rows("people")[0].Get("name");
  }
  EXPECT_GE(differing, 19);
}

TEST(ParseDatasetTest, GeneratorLocaleComesFromTheCellOrTheOptions) {
  constexpr char kCell[] =
      R"({"people": [{"@label": "p", "name": {"fake": "address.city", "locale": "de_DE"}}]})";
  constexpr char kPlain[] = R"({"people": [{"@label": "p", "name": {"fake": "address.city"}}]})";
  DatasetOptions german;
  german.seed = 3;
  german.locale = fake::Locale::Find("de_DE");
  ASSERT_NE(german.locale, nullptr);
  absl::StatusOr<Dataset> cell = Parse(kCell, {3});
  absl::StatusOr<Dataset> options = Parse(kPlain, german);
  absl::StatusOr<Dataset> plain = Parse(kPlain, {3});
  ASSERT_TRUE(cell.ok() && options.ok() && plain.ok());
  const Value city(FakeValue("address.city", "name", "people", "p", 3, "de_DE"));
  EXPECT_EQ(cell->Rows("people")[0].Get("name"), city);
  EXPECT_EQ(options->Rows("people")[0].Get("name"), city);
  EXPECT_EQ(plain->Rows("people")[0].Get("name"),
            Value(FakeValue("address.city", "name", "people", "p", 3, "en_US")));
  // The cell's locale wins over the options'.
  absl::StatusOr<Dataset> both = Parse(
      R"({"people": [{"@label": "p", "name": {"fake": "address.city", "locale": "en_US"}}]})",
      german);
  ASSERT_TRUE(both.ok()) << both.status();
  EXPECT_EQ(both->Rows("people")[0].Get("name"), plain->Rows("people")[0].Get("name"));
}

TEST(ParseDatasetTest, GeneratorEntityNamesASecondRecordOfTheGroup) {
  int differing = 0;
  for (int i = 0; i < 10; ++i) {
    const std::string label = "p" + std::to_string(i);
    absl::StatusOr<Dataset> data = Parse(
        R"({"people": [{"@label": ")" + label +
        R"(", "name": {"fake": "address.city"},
                          "nickname": {"fake": "address.city", "entity": "billing"}}]})");
    ASSERT_TRUE(data.ok()) << data.status();
    const Row row = data->Rows("people")[0];
    EXPECT_EQ(row.Get("name"), Value(FakeValue("address.city", "name", "people", label)));
    EXPECT_EQ(row.Get("nickname"),
              Value(FakeValue("address.city", "nickname", "people", label, 42, "en_US",
                              "billing")));
    differing += row.Get("name") != row.Get("nickname");
  }
  EXPECT_GE(differing, 5);
}

TEST(ParseDatasetTest, GeneratorsOfOneGroupDescribeOneEntity) {
  // Two columns of one row filled from address.* are one address: the
  // same as the fake module gives for one record, whatever their columns.
  absl::StatusOr<Dataset> data = Parse(R"({"people": [{"@label": "p",
      "name": {"fake": "address.city"}, "nickname": {"fake": "address.postal_code"}}]})");
  ASSERT_TRUE(data.ok()) << data.status();
  const Row row = data->Rows("people")[0];
  EXPECT_EQ(row.Get("name"), Value(FakeValue("address.city", "name", "people", "p")));
  EXPECT_EQ(row.Get("nickname"),
            Value(FakeValue("address.postal_code", "nickname", "people", "p")));
}

TEST(ParseDatasetTest, GeneratorsUseTheReferenceNow) {
  DatasetOptions early;
  early.now = 0;
  DatasetOptions late;
  late.now = fake::kDefaultReferenceNow;
  constexpr char kText[] = R"({"people": [{"name": {"fake": "datetime.iso_date"}}]})";
  absl::StatusOr<Dataset> a = Parse(kText, early);
  absl::StatusOr<Dataset> b = Parse(kText, late);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Rows("people")[0].Get("name"),
            Value(FakeValue("datetime.iso_date", "name", "people", "#0", 42, "en_US", {}, 0)));
  EXPECT_EQ(b->Rows("people")[0].Get("name"),
            Value(FakeValue("datetime.iso_date", "name", "people", "#0")));
  EXPECT_NE(a->Rows("people")[0].Get("name"), b->Rows("people")[0].Get("name"));
}

TEST(ParseDatasetTest, GeneratorsFillIntegerAndDoubleColumns) {
  absl::StatusOr<Dataset> data = Parse(R"({"people": [{"@label": "p", "name": "P",
      "ean": {"fake": "commerce.ean13"}, "lat": {"fake": "address.latitude"},
      "score": {"fake": "address.longitude"}}]})");
  ASSERT_TRUE(data.ok()) << data.status();
  const Row row = data->Rows("people")[0];
  EXPECT_EQ(row.Get("ean"),
            Value(std::stoll(FakeValue("commerce.ean13", "ean", "people", "p"))));
  EXPECT_EQ(row.Get("lat"), Value(std::stod(FakeValue("address.latitude", "lat", "people", "p"))));
  EXPECT_EQ(row.Get("score"),
            Value(std::stod(FakeValue("address.longitude", "score", "people", "p"))));
}

// --- Errors ------------------------------------------------------------------------

struct BadCase {
  const char* text;
  const char* message;
};

void ExpectErrors(const BadCase* begin, const BadCase* end, const Schema& schema) {
  for (const BadCase* c = begin; c != end; ++c) {
    EXPECT_THAT(ParseDataset(c->text, "f.json", schema),
                StatusIs(absl::StatusCode::kInvalidArgument, c->message))
        << c->text;
  }
}

TEST(ParseDatasetTest, StructureErrors) {
  const BadCase cases[] = {
      {"5", "f.json:1:1: expected an object of tables (/): got 5"},
      {"  \n [1]", "f.json:2:2: expected an object of tables (/): got an array"},
      {R"({"people": "x"})", "f.json:1:12: expected an array of rows (/people): got \"x\""},
      {R"({"people": null})", "f.json:1:12: expected an array of rows (/people): got null"},
      {R"({"people": [1]})", "f.json:1:13: expected a row object (/people/0): got 1"},
      {R"({"people": [{"name": "a"}, []]})",
       "f.json:1:28: expected a row object (/people/1): got an array"},
      {R"({"people": [{"name": ["a"]}]})",
       "f.json:1:22: expected a scalar or a generator object (/people/0/name): got an array"},
      {R"({"people": [{"name": {"fake": {"a": 1}}}]})",
       "f.json:1:31: expected a scalar in a generator object (/people/0/name/fake): got an "
       "object"},
      {R"({"people": [{"name": {"fake": ["a"]}}]})",
       "f.json:1:31: expected a scalar in a generator object (/people/0/name/fake): got an "
       "array"},
      {R"({"people": [{"id": 9223372036854775808}]})",
       "f.json:1:20: integer out of range (/people/0/id): 9223372036854775808 is above the "
       "64-bit signed range"},
      {R"({"people": [{"@label": 5}]})",
       "f.json:1:24: bad label (/people/0/@label): expected a non-empty string, got 5"},
      {R"({"people": [{"@label": ""}]})",
       "f.json:1:24: bad label (/people/0/@label): expected a non-empty string, got \"\""},
      {R"({"people": [{"@label": null}]})",
       "f.json:1:24: bad label (/people/0/@label): expected a non-empty string, got null"},
      {R"({"teams": [], "teams": []})",
       "f.json:1:11: duplicate table (/teams): \"teams\" appears twice"},
      {R"({"people": [{"name": "a", "name": "b"}]})",
       "f.json:1:22: duplicate column (/people/0/name): \"name\" appears twice in the row"},
      {R"({"people": [{"@label": "a", "@label": "b"}]})",
       "f.json:1:24: duplicate column (/people/0/@label): \"@label\" appears twice"},
  };
  ExpectErrors(std::begin(cases), std::end(cases), TestSchema());
}

// Regression: the pointer of a key written twice in a generator object had
// the previous key in it (/people/0/name/locale/fake), so the error had no
// line and column.
TEST(ParseDatasetTest, DuplicateGeneratorKeyIsPlaced) {
  const BadCase cases[] = {
      {R"({"people": [{"name": {"fake": "person.first_name", "fake": "x"}}]})",
       "f.json:1:31: duplicate key (/people/0/name/fake): \"fake\" appears twice"},
      {R"({"people": [{"name": {"fake": "a", "locale": "de_DE", "fake": "x"}}]})",
       "f.json:1:31: duplicate key (/people/0/name/fake): \"fake\" appears twice"},
  };
  ExpectErrors(std::begin(cases), std::end(cases), TestSchema());
}

TEST(ParseDatasetTest, SyntaxErrorsLeadWithFileLineAndColumn) {
  const BadCase cases[] = {
      {"", "f.json:1:1: invalid JSON: syntax error while parsing value - unexpected end of "
           "input; expected '[', '{', or a literal"},
      {"{\"people\": [", "f.json:1:13: invalid JSON: syntax error while parsing value - "
                         "unexpected end of input; expected '[', '{', or a literal"},
      {"{\"people\": []} x",
       "f.json:1:16: invalid JSON: syntax error while parsing value - invalid literal; last "
       "read: '\"people\": []} x'; expected end of input"},
      {"{\n\n  \"people\": [tru]}", "f.json:3:17: invalid JSON: syntax error while parsing "
                                   "value - invalid literal; last read: '\"people\": [tru]'"},
      {"{\"people\": [{\"name\": \"\xff\"}]}",
       "f.json:1:23: invalid JSON: syntax error while parsing value - invalid string: "
       "ill-formed UTF-8 byte; last read: '\"\xff'"},
  };
  ExpectErrors(std::begin(cases), std::end(cases), TestSchema());
}

TEST(ParseDatasetTest, SchemaErrors) {
  const BadCase cases[] = {
      {R"({"persons": []})",
       "f.json:1:13: unknown table (/persons): \"persons\"; expected one of teams, people, notes"},
      {R"({"people": [{"nmae": "x"}]})",
       "f.json:1:22: unknown column (/people/0/nmae): table people has no column \"nmae\"; "
       "expected one of id, name, team, score, active, manager_id, nickname, lat, ean"},
      {R"({"people": [{"name": "a"}, {}]})",
       "f.json:1:28: missing column (/people/1): \"name\" is not nullable and has no default"},
      {R"({"people": [{"name": null}]})",
       "f.json:1:22: null in a non-nullable column (/people/0/name): expected string"},
      {R"({"people": [{"name": "a", "score": null}]})",
       "f.json:1:36: null in a non-nullable column (/people/0/score): expected double"},
      {R"({"people": [{"name": 5}]})",
       "f.json:1:22: wrong type (/people/0/name): expected string, got int 5"},
      {R"({"people": [{"name": "a", "id": "7"}]})",
       "f.json:1:33: wrong type (/people/0/id): expected int, got string \"7\""},
      {R"({"people": [{"name": "a", "ean": 2.5}]})",
       "f.json:1:34: wrong type (/people/0/ean): expected int, got double 2.5"},
      {R"({"people": [{"name": "a", "ean": 2.0}]})",
       "f.json:1:34: wrong type (/people/0/ean): expected int, got double 2.0"},
      {R"({"people": [{"name": "a", "active": 1}]})",
       "f.json:1:37: wrong type (/people/0/active): expected bool, got int 1"},
      {R"({"people": [{"name": "a", "score": true}]})",
       "f.json:1:36: wrong type (/people/0/score): expected double, got bool true"},
      {R"({"people": [{"@label": "a", "name": "A"}, {"@label": "a", "name": "B"}]})",
       "f.json:1:54: duplicate label (/people/1/@label): \"a\" is also the label of /people/0"},
      {R"({"teams": [{"@label": "red"}, {"code": "red"}]})",
       "f.json:1:31: duplicate key (/teams/1): code = \"red\" is also the key of /teams/0"},
  };
  ExpectErrors(std::begin(cases), std::end(cases), TestSchema());
  // An integer key given by hand may collide with a derived one.
  const std::string text = R"({"people": [{"@label": "a", "name": "A"}, {"name": "B", "id": )" +
                           std::to_string(StableId("people", "a")) + "}]}";
  EXPECT_THAT(Parse(text), StatusIs(absl::StatusCode::kInvalidArgument,
                                    "f.json:1:43: duplicate key (/people/1): id = " +
                                        std::to_string(StableId("people", "a")) +
                                        " is also the key of /people/0"));
  // With no tables in the schema.
  EXPECT_THAT(ParseDataset(R"({"t": []})", "f.json", Schema()),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "f.json:1:7: unknown table (/t): \"t\"; expected one of (none)"));
}

TEST(ParseDatasetTest, ReferenceErrors) {
  const BadCase cases[] = {
      {R"({"people": [{"name": "@"}]})",
       "f.json:1:22: bad reference (/people/0/name): @; expected \"@table.label\" (or "
       "\"@@...\" for text)"},
      {R"({"people": [{"name": "@people"}]})",
       "f.json:1:22: bad reference (/people/0/name): @people; expected \"@table.label\" (or "
       "\"@@...\" for text)"},
      {R"({"people": [{"name": "@.a"}]})",
       "f.json:1:22: bad reference (/people/0/name): @.a; expected \"@table.label\" (or "
       "\"@@...\" for text)"},
      {R"({"people": [{"name": "@people."}]})",
       "f.json:1:22: bad reference (/people/0/name): @people.; expected \"@table.label\" (or "
       "\"@@...\" for text)"},
      {R"({"people": [{"name": "a", "team": "@people.a"}]})",
       "f.json:1:35: reference to the wrong table (/people/0/team): column team references "
       "teams, not people"},
      {R"({"people": [{"name": "a", "team": "@teams.red"}]})",
       "f.json:1:35: unknown label (/people/0/team): @teams.red names no row: this file has "
       "no teams rows; a reference names a labelled row of the same file"},
      {R"({"notes": [{"text": "@nowhere.x"}]})",
       "f.json:1:21: unknown table in reference (/notes/0/text): @nowhere.x; the schema has no "
       "table \"nowhere\""},
      {R"({"teams": [{"@label": "red"}], "people": [{"name": "a", "team": "@teams.blue"}]})",
       "f.json:1:65: unknown label (/people/0/team): @teams.blue names no row of teams"},
      {R"({"notes": [{"@label": "n", "text": "x"}], "people": [{"name": "@notes.n"}]})",
       "f.json:1:63: reference to a table without a key (/people/0/name): @notes.n"},
  };
  ExpectErrors(std::begin(cases), std::end(cases), TestSchema());
}

// known_rows: references may name labelled rows outside the file (rows
// seeded before), by their key column; the file's own labels come first.
TEST(ParseDatasetTest, ReferencesReachKnownRowsOutsideTheFile) {
  Dataset known;
  ASSERT_TRUE(known.Add("teams", Row{{"code", "red"}, {"name", "Red"}}, "red").ok());
  ASSERT_TRUE(known.Add("people", Row{{"id", 70}, {"name", "Old"}}, "boss").ok());
  ASSERT_TRUE(known.Add("notes", Row{{"text", "x"}}, "n").ok());
  DatasetOptions options;
  options.known_rows = &known;
  absl::StatusOr<Dataset> data = Parse(R"({"people": [
      {"@label": "ann", "name": "Ann", "team": "@teams.red", "manager_id": "@people.boss"},
      {"name": "Bo", "manager_id": "@people.ann"}]})",
                                       options);
  ASSERT_TRUE(data.ok()) << data.status();
  const std::vector<Dataset::Entry>& people = *data->Entries("people");
  EXPECT_EQ(*people[0].row.Find("team"), Value("red"));
  EXPECT_EQ(*people[0].row.Find("manager_id"), Value(int64_t{70}));
  EXPECT_EQ(*people[1].row.Find("manager_id"), *people[0].row.Find("id"));
  // A row of the file wins over a known row of the same label.
  ASSERT_TRUE(known.Add("people", Row{{"id", 71}, {"name", "Shadow"}}, "ann").ok());
  data = Parse(R"({"people": [{"@label": "ann", "name": "Ann"},
                              {"name": "Bo", "manager_id": "@people.ann"}]})",
               options);
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(*(*data->Entries("people"))[1].row.Find("manager_id"),
            *(*data->Entries("people"))[0].row.Find("id"));
  // Neither here nor known, and a known row of a table without a key.
  EXPECT_THAT(Parse(R"({"people": [{"name": "a", "team": "@teams.blue"}]})", options),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "f.json:1:35: unknown label (/people/0/team): @teams.blue names no row: "
                       "this file has no teams rows nor among the rows seeded before it; a "
                       "reference names a labelled row of the same file or one seeded before "
                       "it"));
  EXPECT_THAT(Parse(R"({"people": [{"name": "@notes.n"}]})", options),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "f.json:1:22: reference to a table without a key (/people/0/name): "
                       "@notes.n"));
}

TEST(ParseDatasetTest, GeneratorErrors) {
  const std::string email = FakeValue("internet.email", "ean", "people", "#0");
  const BadCase cases[] = {
      {R"({"people": [{"name": {}}]})",
       "f.json:1:22: bad generator (/people/0/name): expected {\"fake\": \"<field>\"}"},
      {R"({"people": [{"name": {"locale": "de_DE"}}]})",
       "f.json:1:22: bad generator (/people/0/name): expected {\"fake\": \"<field>\"}"},
      {R"({"people": [{"name": {"fake": 5}}]})",
       "f.json:1:31: bad generator (/people/0/name/fake): expected {\"fake\": \"<field>\"} "
       "with an optional \"entity\" (a non-empty string) and \"locale\""},
      {R"({"people": [{"name": {"fake": "person.first_name", "entity": 5}}]})",
       "f.json:1:62: bad generator (/people/0/name/entity): expected {\"fake\": \"<field>\"} "
       "with an optional \"entity\" (a non-empty string) and \"locale\""},
      {R"({"people": [{"name": {"fake": "person.first_name", "locale": null}}]})",
       "f.json:1:62: bad generator (/people/0/name/locale): expected {\"fake\": \"<field>\"} "
       "with an optional \"entity\" (a non-empty string) and \"locale\""},
      {R"({"people": [{"name": {"fake": "person.first_name", "seed": 1}}]})",
       "f.json:1:60: bad generator (/people/0/name/seed): expected {\"fake\": \"<field>\"} "
       "with an optional \"entity\" (a non-empty string) and \"locale\""},
      {R"({"people": [{"name": {"fake": "person.first_name", "locale": "xx_XX"}}]})",
       "f.json:1:62: unknown locale (/people/0/name/locale): xx_XX"},
      {R"({"people": [{"name": {"fake": "person.shoe_size"}}]})",
       "f.json:1:31: unknown fake-data field (/people/0/name/fake): \"person.shoe_size\" (see "
       "gtest-data generate --list)"},
      {R"({"people": [{"name": {"fake": "identifiers.national_id", "locale": "ja_JP"}}]})",
       "f.json:1:31: fake-data field not available (/people/0/name/fake): "
       "identifiers.national_id has no values for locale ja_JP"},
  };
  ExpectErrors(std::begin(cases), std::end(cases), TestSchema());
  const std::string word = FakeValue("lorem.word", "active", "people", "#0");
  EXPECT_THAT(Parse(R"({"people": [{"name": "a", "active": {"fake": "lorem.word"}}]})"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "f.json:1:37: generator gives the wrong type (/people/0/active): "
                       "lorem.word gives text like \"" +
                           word + "\"; column active is bool"));
  EXPECT_THAT(Parse(R"({"people": [{"name": "a", "ean": {"fake": "internet.email"}}]})"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "f.json:1:34: generator gives the wrong type (/people/0/ean): "
                       "internet.email gives text like \"" +
                           email + "\"; column ean is int"));
}

TEST(ParseDatasetTest, TheFileNameIsUsedAsGiven) {
  EXPECT_THAT(ParseDataset("{\"people\": [{\"name\": 5}]}", "", TestSchema()),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       ":1:22: wrong type (/people/0/name): expected string, got int 5"));
  EXPECT_THAT(ParseDataset("{\"people\": [{\"name\": 5}]}", "dir/a b.json", TestSchema()),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "dir/a b.json:1:22: wrong type (/people/0/name): expected string, got "
                       "int 5"));
}

// --- Tests kept from json_test.cc ------------------------------------------------

constexpr char kShop[] = R"({
  "customers": [
    {"@label": "alice", "first_name": "Alice", "last_name": "Liddell",
     "email": {"fake": "internet.email"}},
    {"@label": "bob", "first_name": "Bob", "last_name": "Stone", "email": "@@bob",
     "phone": "+15555550100"}
  ],
  "orders": [
    {"@label": "first", "customer_id": "@customers.alice", "number": "A-1", "total_minor": 1299},
    {"customer_id": "@customers.bob", "number": "A-2"}
  ]
})";

TEST(DatasetFileTest, LoadsLabelsReferencesStableIdsAndGenerators) {
  absl::StatusOr<Dataset> data = ParseDataset(kShop, "shop.json", shop::ShopSchema(), {77});
  ASSERT_TRUE(data.ok()) << data.status();
  const Row* alice = data->Find("customers", "alice");
  ASSERT_NE(alice, nullptr);
  EXPECT_EQ(alice->Get("id"), Value(StableId("customers", "alice")));
  EXPECT_EQ(data->Find("orders", "first")->Get("customer_id"), alice->Get("id"));
  EXPECT_EQ(data->Rows("orders")[1].Get("id"), Value(StableId("orders", "#1")));
  EXPECT_EQ(data->Rows("orders")[1].Get("total_minor"), Value(0));  // the default
  EXPECT_EQ(data->Find("customers", "bob")->Get("email"), Value("@bob"));
  EXPECT_TRUE(alice->Get("phone").is_null());
  const std::string email = alice->Get("email").as_string();
  EXPECT_THAT(email, HasSubstr("@"));
  // The generator depends on the seed only.
  absl::StatusOr<Dataset> again = ParseDataset(kShop, "shop.json", shop::ShopSchema(), {77});
  EXPECT_EQ(again->Find("customers", "alice")->Get("email").as_string(), email);
  absl::StatusOr<Dataset> other = ParseDataset(kShop, "shop.json", shop::ShopSchema(), {78});
  EXPECT_NE(other->Find("customers", "alice")->Get("email").as_string(), email);
  // Columns in schema order.
  EXPECT_EQ(alice->cells()[0].first, "id");
  EXPECT_GT(StableId("customers", "alice"), 0);
  EXPECT_LT(StableId("customers", "alice"), int64_t{1} << 47);
}

TEST(DatasetFileTest, ErrorsNameFileLineColumnPointerAndExpectation) {
  const BadCase cases[] = {
      {"{\n  \"customerz\": []\n}",
       "bad.json:2:16: unknown table (/customerz): \"customerz\"; expected one of customers, "
       "addresses, products, orders, order_lines, payments"},
      {"{\"customers\": [\n {\"first_name\": \"A\", \"last_name\": \"B\", \"emial\": \"x\"}]}",
       "bad.json:2:49: unknown column (/customers/0/emial): table customers has no column "
       "\"emial\"; expected one of id, first_name, last_name, email, tier, phone, "
       "credit_limit_minor"},
      {"{\"customers\": [{\"first_name\": 5}]}",
       "bad.json:1:31: wrong type (/customers/0/first_name): expected string, got int 5"},
      {"{\"customers\": [{\"@label\": \"a\"}, {\"@label\": \"a\"}]}",
       "bad.json:1:44: duplicate label (/customers/1/@label): \"a\" is also the label of "
       "/customers/0"},
      {"{\"orders\": [{\"customer_id\": \"@customers.zed\"}], \"customers\": []}",
       "bad.json:1:29: unknown label (/orders/0/customer_id): @customers.zed names no row of "
       "customers"},
      {"{\"customers\": [{\"@label\": \"a\"}], \"orders\": [{\"customer_id\": \"@orders.x\"}]}",
       "bad.json:1:61: reference to the wrong table (/orders/0/customer_id): column "
       "customer_id references customers, not orders"},
      {"{\"customers\": [{\"email\": {\"fake\": \"internet.emial\"}}]}",
       "bad.json:1:35: unknown fake-data field (/customers/0/email/fake): \"internet.emial\" "
       "(see gtest-data generate --list)"},
      {"{\"customers\": [{\"email\": {\"faker\": \"internet.email\"}}]}",
       "bad.json:1:36: bad generator (/customers/0/email/faker): expected {\"fake\": "
       "\"<field>\"} with an optional \"entity\" (a non-empty string) and \"locale\""},
      {"{\"customers\": [{\"email\": {\"fake\": \"internet.email\", \"entity\": \"\"}}]}",
       "bad.json:1:63: bad generator (/customers/0/email/entity): expected {\"fake\": "
       "\"<field>\"} with an optional \"entity\" (a non-empty string) and \"locale\""},
      {"{\"customers\": [{\"email\": {\"fake\": \"identifiers.national_id\", \"locale\": "
       "\"ja_JP\"}}]}",
       "bad.json:1:35: fake-data field not available (/customers/0/email/fake): "
       "identifiers.national_id has no values for locale ja_JP"},
      {"{\"customers\": [{\"first_name\": null}]}",
       "bad.json:1:31: null in a non-nullable column (/customers/0/first_name): expected "
       "string"},
      // Found by the fuzzer: a generator as a label became a column "@label".
      {"{\"customers\": [{\"@label\": {\"fake\": \"internet.email\"}}]}",
       "bad.json:1:27: bad label (/customers/0/@label): expected a non-empty string, got an "
       "object"},
      {"{\"customers\": {\"a\": 1}}",
       "bad.json:1:15: expected an array of rows (/customers): got an object"},
      {"{\"customers\": [{\"id\": 5}, {\"id\": 5}]}",
       "bad.json:1:27: duplicate key (/customers/1): id = 5 is also the key of /customers/0"},
      {"{\"customers\": [\n  {\"id\": 1,}\n]}",
       "bad.json:2:12: invalid JSON: syntax error while parsing object key - unexpected '}'; "
       "expected string literal"},
  };
  for (const BadCase& c : cases) {
    absl::StatusOr<Dataset> data = ParseDataset(c.text, "bad.json", shop::ShopSchema());
    ASSERT_FALSE(data.ok()) << c.text;
    EXPECT_EQ(data.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(std::string(data.status().message()), c.message) << c.text;
  }
}

TEST(DatasetFileTest, MissingFileIsNotFound) {
  absl::StatusOr<Dataset> data = LoadDatasetFile("/nonexistent/shop.json", shop::ShopSchema());
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(data.status().message(), HasSubstr("/nonexistent/shop.json"));
}

TEST(DatasetFileTest, DuplicateEscapedKeyIsPlacedAndTheReadEnds) {
  absl::StatusOr<Dataset> data = ReadSnapshot(
      "{\"t\": [{\"\\u0041\": 1, \"\\u0041\": 2}], \"u\": [}", "dup.json");
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(std::string(data.status().message()),
            "dup.json:1:19: duplicate column (/t/0/A): \"A\" appears twice in the row");
}

// --- LoadDatasetFile -----------------------------------------------------------------

std::string WriteTemporary(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(LoadDatasetFileTest, ReadsTheFileWithTheOptions) {
  const std::string path =
      WriteTemporary("dataset_file_test_ok.json",
                     R"({"people": [{"@label": "a", "name": {"fake": "lorem.word"}}]})");
  absl::StatusOr<Dataset> loaded = LoadDatasetFile(path, TestSchema(), {5});
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  std::ifstream in(path, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(*loaded, *ParseDataset(text, path, TestSchema(), {5}));
  EXPECT_EQ(loaded->Find("people", "a")->Get("name"),
            Value(FakeValue("lorem.word", "name", "people", "a", 5)));
  std::remove(path.c_str());
}

TEST(LoadDatasetFileTest, ErrorsNameThePath) {
  const std::string path =
      WriteTemporary("dataset_file_test_bad.json", "{\n  \"people\": [{\"name\": 1}]\n}\n");
  EXPECT_THAT(LoadDatasetFile(path, TestSchema()),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       path + ":2:23: wrong type (/people/0/name): expected string, got int 1"));
  std::remove(path.c_str());
}

TEST(LoadDatasetFileTest, UnreadableFilesAreNotFound) {
  const std::string missing = ::testing::TempDir() + "/dataset_file_test_missing.json";
  EXPECT_THAT(LoadDatasetFile(missing, TestSchema()),
              StatusIs(absl::StatusCode::kNotFound, missing + ": cannot open for reading"));
  EXPECT_THAT(LoadDatasetFile("", TestSchema()),
              StatusIs(absl::StatusCode::kNotFound, ": cannot open for reading"));
}

// Regression: a directory opened, read as "", and gave "dir:1:1: invalid
// JSON: ... unexpected end of input".
TEST(LoadDatasetFileTest, ADirectoryIsNotFound) {
  const std::string directory = ::testing::TempDir();
  EXPECT_THAT(LoadDatasetFile(directory, TestSchema()),
              StatusIs(absl::StatusCode::kNotFound, directory + ": cannot read"));
}

// --- LocatePointer -------------------------------------------------------------------

TEST(LocatePointerTest, FindsValuesInNestedText) {
  const std::string text = "{\n \"a\": [1, {\"b~/c\": \"x\"}],\n \"d\": true}";
  EXPECT_EQ(LocatePointer(text, "/a/1/b~0~1c")->line, 2);
  EXPECT_EQ(LocatePointer(text, "/a/1/b~0~1c")->column, 20);
  EXPECT_EQ(LocatePointer(text, "/d")->line, 3);
  EXPECT_FALSE(LocatePointer(text, "/zz").has_value());
}

TEST(LocatePointerTest, DecodesEscapedKeysAndEndsOnBrokenText) {
  // Keys written with \u escapes match the decoded pointer tokens (é, 😀).
  const std::string text = "{\"caf\\u00e9\": 1, \"\\ud83d\\ude00\": 2}";
  EXPECT_EQ(LocatePointer(text, "/caf\xc3\xa9")->column, 15);
  EXPECT_EQ(LocatePointer(text, "/\xf0\x9f\x98\x80")->column, 34);
  // Found by the fuzzer: after a reader's error the rest of the text need
  // not be JSON, and the walk used to spin on a '}' inside an array.
  EXPECT_FALSE(LocatePointer("{\"u\": [}", "/zz").has_value());
  EXPECT_FALSE(LocatePointer("{\"u\": ]", "/zz").has_value());
}

void ExpectAt(std::string_view text, std::string_view pointer, int line, int column) {
  const std::optional<TextPosition> p = LocatePointer(text, pointer);
  ASSERT_TRUE(p.has_value()) << pointer;
  EXPECT_EQ(p->line, line) << pointer;
  EXPECT_EQ(p->column, column) << pointer;
}

TEST(LocatePointerTest, TheEmptyPointerIsTheDocument) {
  ExpectAt("{}", "", 1, 1);
  ExpectAt("\n\t  [1]", "", 2, 4);
  EXPECT_FALSE(LocatePointer("", "/a").has_value());
  EXPECT_FALSE(LocatePointer("  ", "/a").has_value());
}

TEST(LocatePointerTest, ArraysAreIndexedAndEveryValueKindIsFound) {
  const std::string text = R"({"t": [{"a": null}, {"a": -1.5e3, "b": false}, {"a": "s"}]})";
  ExpectAt(text, "/t", 1, 7);
  ExpectAt(text, "/t/0", 1, 8);
  ExpectAt(text, "/t/0/a", 1, 14);
  ExpectAt(text, "/t/1/a", 1, 27);
  ExpectAt(text, "/t/1/b", 1, 40);
  ExpectAt(text, "/t/2/a", 1, 54);
  EXPECT_FALSE(LocatePointer(text, "/t/3").has_value());
  EXPECT_FALSE(LocatePointer(text, "/t/01").has_value());
  EXPECT_FALSE(LocatePointer(text, "/a").has_value());  // only a deeper key is "a"
}

TEST(LocatePointerTest, StringsWithBracketsAndEscapesDoNotConfuseIt) {
  const std::string text = R"({"a": "x]}\",{", "b\"q": "\\", "c": 1})";
  ExpectAt(text, "/b\"q", 1, 26);
  ExpectAt(text, "/c", 1, 37);
}

TEST(LocatePointerTest, ColumnsCountCodePointsAndLinesCountNewlines) {
  // "é" is two bytes but one column; "\r\n" ends a line like "\n".
  const std::string text = "{\"\xc3\xa9\": \"\xe6\x97\xa5\", \"x\": 1,\r\n \"y\": 2}";
  ExpectAt(text, "/\xc3\xa9", 1, 7);
  ExpectAt(text, "/x", 1, 17);
  ExpectAt(text, "/y", 2, 7);
}

// --- API examples --------------------------------------------------------------------

TEST(DatasetFileTest, ApiExamples) {
  // dataset_file.h's file comment, compiled, with a schema for its tables.
  Schema schema;
  TableSchema customers;
  customers.name = "customers";
  customers.key = "id";
  customers.columns = {Column("id", ValueKind::kInt), Column("name", ValueKind::kString),
                       Column("email", ValueKind::kString)};
  TableSchema orders;
  orders.name = "orders";
  orders.key = "id";
  orders.columns = {Column("id", ValueKind::kInt),
                    Column("customer_id", ValueKind::kInt, false, std::nullopt, "customers"),
                    Column("total_minor", ValueKind::kInt)};
  schema.Add(customers).Add(orders);
  const std::string path = WriteTemporary("dataset_file_test_shop.json", R"({
    "customers": [
      {"@label": "alice", "name": "Alice", "email": {"fake": "internet.email"}},
      {"@label": "bob", "name": "Bob", "email": "bob@example.com"}
    ],
    "orders": [
      {"@label": "first", "customer_id": "@customers.alice", "total_minor": 1299}
    ]
  })");
  const uint64_t seed = 2026;
  absl::StatusOr<Dataset> data = LoadDatasetFile(path, schema, {seed});
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->Find("customers", "alice")->Get("id"), Value(StableId("customers", "alice")));
  EXPECT_EQ(data->Find("customers", "alice")->Get("email"),
            Value(FakeValue("internet.email", "email", "customers", "alice", seed)));
  EXPECT_EQ(data->Find("orders", "first")->Get("customer_id"),
            Value(StableId("customers", "alice")));
  std::remove(path.c_str());
}

}  // namespace
}  // namespace json
}  // namespace gtest_data
