// Copyright 2026 The gtest_data Authors.
//
// Tests of json/snapshot.h: WriteSnapshot, SaveSnapshot, ReadSnapshot and
// LoadSnapshot. The writer's exact text is pinned for each value kind; every
// dataset written is read back and compared, kinds included.

#include "gtest_data/json/snapshot.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "status_matchers.h"
#include "../factory/shop_domain.h"

namespace gtest_data {
namespace json {
namespace {

using ::testing::ElementsAre;

using ::gtest_data::testing_internal::StatusIs;

// Writes, reads back and checks that the same dataset, with the same kinds,
// comes back, and that writing it again gives the same text.
std::string RoundTrip(const Dataset& data) {
  absl::StatusOr<std::string> text = WriteSnapshot(data);
  EXPECT_TRUE(text.ok()) << text.status();
  if (!text.ok()) return "";
  absl::StatusOr<Dataset> back = ReadSnapshot(*text);
  EXPECT_TRUE(back.ok()) << back.status() << "\n" << *text;
  if (!back.ok()) return *text;
  EXPECT_EQ(*back, data) << *text;
  for (const std::string& table : data.tables()) {
    const std::vector<Row> rows = data.Rows(table);
    const std::vector<Row> read = back->Rows(table);
    for (size_t i = 0; i < rows.size() && i < read.size(); ++i) {
      for (size_t c = 0; c < rows[i].size() && c < read[i].size(); ++c) {
        EXPECT_EQ(read[i].cells()[c].second.kind(), rows[i].cells()[c].second.kind())
            << table << "[" << i << "]." << rows[i].cells()[c].first;
      }
    }
  }
  absl::StatusOr<std::string> again = WriteSnapshot(*back);
  EXPECT_TRUE(again.ok() && *again == *text) << *text;
  return *text;
}

// The snapshot text of one table "t" with one row holding `value` as "v".
std::string OneValue(const Value& value) {
  Dataset data;
  EXPECT_TRUE(data.Add("t", Row{{"v", value}}).ok());
  return RoundTrip(data);
}

std::string Wrapped(const std::string& written) {
  return "{\n\"t\": [\n{\"v\": " + written + "}\n]\n}\n";
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool Exists(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0;
}

// The names in `directory`, sorted, without "." and "..".
std::vector<std::string> Entries(const std::string& directory) {
  std::vector<std::string> names;
  if (DIR* dir = opendir(directory.c_str())) {
    while (const dirent* entry = readdir(dir)) {
      const std::string name = entry->d_name;
      if (name != "." && name != "..") names.push_back(name);
    }
    closedir(dir);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// --- WriteSnapshot -------------------------------------------------------------------

TEST(WriteSnapshotTest, ApiExamples) {
  // snapshot.h's file comment, written exactly.
  Dataset data;
  ASSERT_TRUE(data.Add("customers", Row{{"id", 1}, {"name", "Alice"}, {"score", 2.5}}, "alice")
                  .ok());
  ASSERT_TRUE(data.Add("customers", Row{{"id", 2}, {"name", "@handle"}, {"score", nullptr}}).ok());
  EXPECT_EQ(RoundTrip(data),
            "{\n"
            "\"customers\": [\n"
            "{\"@label\": \"alice\", \"id\": 1, \"name\": \"Alice\", \"score\": 2.5},\n"
            "{\"id\": 2, \"name\": \"@@handle\", \"score\": null}\n"
            "]\n"
            "}\n");
}

TEST(WriteSnapshotTest, TablesInOrderSeparatedByCommas) {
  Dataset data;
  ASSERT_TRUE(data.Add("zeta", Row{{"a", 1}}).ok());
  ASSERT_TRUE(data.Add("alpha", Row{{"b", true}}, "x").ok());
  ASSERT_TRUE(data.Add("zeta", Row{{"a", 2}}).ok());
  EXPECT_EQ(RoundTrip(data),
            "{\n\"zeta\": [\n{\"a\": 1},\n{\"a\": 2}\n],\n"
            "\"alpha\": [\n{\"@label\": \"x\", \"b\": true}\n]\n}\n");
}

TEST(WriteSnapshotTest, EmptyDatasetsAndRows) {
  EXPECT_EQ(RoundTrip(Dataset()), "{\n}\n");
  Dataset data;
  ASSERT_TRUE(data.Add("t", Row()).ok());
  ASSERT_TRUE(data.Add("t", Row(), "only").ok());
  EXPECT_EQ(RoundTrip(data), "{\n\"t\": [\n{},\n{\"@label\": \"only\"}\n]\n}\n");
}

TEST(WriteSnapshotTest, ScalarsOfEachKind) {
  EXPECT_EQ(OneValue(Value()), Wrapped("null"));
  EXPECT_EQ(OneValue(Value(true)), Wrapped("true"));
  EXPECT_EQ(OneValue(Value(false)), Wrapped("false"));
  EXPECT_EQ(OneValue(Value(0)), Wrapped("0"));
  EXPECT_EQ(OneValue(Value(-1)), Wrapped("-1"));
  EXPECT_EQ(OneValue(Value(std::numeric_limits<int64_t>::max())),
            Wrapped("9223372036854775807"));
  EXPECT_EQ(OneValue(Value(std::numeric_limits<int64_t>::min())),
            Wrapped("-9223372036854775808"));
  EXPECT_EQ(OneValue(Value("")), Wrapped("\"\""));
  EXPECT_EQ(OneValue(Value("plain")), Wrapped("\"plain\""));
}

struct DoubleCase {
  double value;
  const char* text;
};

TEST(WriteSnapshotTest, DoublesAreShortestAndKeepTheirKind) {
  const DoubleCase cases[] = {
      {0.0, "0.0"},
      {-0.0, "-0.0"},
      {3.0, "3.0"},
      {-2.5, "-2.5"},
      {0.1, "0.1"},
      {1.0 / 3, "0.3333333333333333"},
      {123456789.0, "123456789.0"},
      {9007199254740992.0, "9007199254740992.0"},  // 2^53
      {1e16, "1e+16"},
      {1e21, "1e+21"},
      {1.5e300, "1.5e+300"},
      {1e-7, "1e-07"},
      {0.000123, "0.000123"},
      {5e-324, "5e-324"},  // the smallest subnormal
      {std::numeric_limits<double>::min(), "2.2250738585072014e-308"},
      {std::numeric_limits<double>::max(), "1.7976931348623157e+308"},
      {-std::numeric_limits<double>::max(), "-1.7976931348623157e+308"},
  };
  for (const DoubleCase& c : cases) {
    EXPECT_EQ(OneValue(Value(c.value)), Wrapped(c.text)) << c.text;
    absl::StatusOr<Dataset> back = ReadSnapshot(Wrapped(c.text));
    ASSERT_TRUE(back.ok()) << back.status();
    const Value v = back->Rows("t")[0].Get("v");
    ASSERT_EQ(v.kind(), ValueKind::kDouble) << c.text;
    // Bit for bit, so -0.0 keeps its sign.
    const double read = v.as_double();
    EXPECT_EQ(std::memcmp(&read, &c.value, sizeof(double)), 0) << c.text;
  }
}

TEST(WriteSnapshotTest, DoublesRoundTripBitForBit) {
  // Doubles spread over the exponent range, from a fixed pattern.
  Dataset data;
  uint64_t bits = 0x9e3779b97f4a7c15u;
  for (int i = 0; i < 2000; ++i) {
    bits = bits * 6364136223846793005u + 1442695040888963407u;
    double d;
    std::memcpy(&d, &bits, sizeof(d));
    if (!std::isfinite(d)) continue;
    ASSERT_TRUE(data.Add("d", Row{{"v", d}}).ok());
  }
  RoundTrip(data);
  absl::StatusOr<Dataset> back = ReadSnapshot(*WriteSnapshot(data));
  ASSERT_TRUE(back.ok()) << back.status();
  const std::vector<Row> rows = data.Rows("d");
  const std::vector<Row> read = back->Rows("d");
  ASSERT_EQ(read.size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const double a = rows[i].Get("v").as_double();
    const double b = read[i].Get("v").as_double();
    ASSERT_EQ(std::memcmp(&a, &b, sizeof(double)), 0) << rows[i].Get("v").ToString();
  }
}

TEST(WriteSnapshotTest, TextStartingWithAtIsDoubled) {
  EXPECT_EQ(OneValue(Value("@")), Wrapped("\"@@\""));
  EXPECT_EQ(OneValue(Value("@@")), Wrapped("\"@@@\""));
  EXPECT_EQ(OneValue(Value("@table.label")), Wrapped("\"@@table.label\""));
  EXPECT_EQ(OneValue(Value("@\"q\"\n")), Wrapped("\"@@\\\"q\\\"\\n\""));
  EXPECT_EQ(OneValue(Value("a@b")), Wrapped("\"a@b\""));
  EXPECT_EQ(OneValue(Value(" @")), Wrapped("\" @\""));
}

TEST(WriteSnapshotTest, TextIsEscapedAndUnicodeKept) {
  EXPECT_EQ(OneValue(Value("tab\there \"quoted\" back\\slash")),
            Wrapped("\"tab\\there \\\"quoted\\\" back\\\\slash\""));
  EXPECT_EQ(OneValue(Value("\x01\x1f/")), Wrapped("\"\\u0001\\u001f/\""));
  EXPECT_EQ(OneValue(Value(std::string("a\0b", 3))), Wrapped("\"a\\u0000b\""));
  // UTF-8 is copied as it is: é, 日本, 😀, Cyrillic.
  const std::string unicode = "\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 \xd0\x96";
  EXPECT_EQ(OneValue(Value(unicode)), Wrapped("\"" + unicode + "\""));
  EXPECT_EQ(OneValue(Value("@" + unicode)), Wrapped("\"@@" + unicode + "\""));
}

TEST(WriteSnapshotTest, NamesAndLabelsAreEscapedButNotDoubled) {
  Dataset data;
  ASSERT_TRUE(data.Add("a/b~\"c\"", Row{{"col \"1\"", 1}, {"@other", 2}, {"\xc3\xa9", 3}},
                       "@odd \xc3\xa9")
                  .ok());
  EXPECT_EQ(RoundTrip(data),
            "{\n\"a/b~\\\"c\\\"\": [\n{\"@label\": \"@odd \xc3\xa9\", \"col \\\"1\\\"\": 1, "
            "\"@other\": 2, \"\xc3\xa9\": 3}\n]\n}\n");
}

TEST(WriteSnapshotTest, ManyRowsOverManyTables) {
  // Past the 64 rows after which the output is reserved, in the first table
  // and in a later one.
  Dataset data;
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE(data.Add("small", Row{{"i", i}}).ok());
  }
  for (int i = 0; i < 300; ++i) {
    ASSERT_TRUE(data.Add("big", Row{{"i", i}, {"text", std::string(static_cast<size_t>(i), 'x')},
                                    {"d", i / 7.0}},
                         i % 3 == 0 ? "r" + std::to_string(i) : "")
                    .ok());
  }
  for (int i = 0; i < 100; ++i) {
    ASSERT_TRUE(data.Add("more", Row{{"s", "@" + std::to_string(i)}}).ok());
  }
  const std::string text = RoundTrip(data);
  EXPECT_EQ(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')),
            410u + 3 * 2 + 2);  // a line per row, two per table, two for the document
}

TEST(WriteSnapshotTest, IsDeterministic) {
  const auto make = [] {
    Context context(41);
    Dataset data;
    context.set_recorder(&data);
    shop::OrderLines().CreateList(context, 3);
    context.set_recorder(nullptr);
    return data;
  };
  EXPECT_EQ(*WriteSnapshot(make()), *WriteSnapshot(make()));
}

TEST(WriteSnapshotTest, NonFiniteDoublesNameTableRowAndColumn) {
  Dataset data;
  ASSERT_TRUE(data.Add("scores", Row{{"value", 1.0}}).ok());
  ASSERT_TRUE(data.Add("scores", Row{{"value", 2.0}}).ok());
  ASSERT_TRUE(data.Add("scores", Row{{"name", "x"},
                                     {"value", -std::numeric_limits<double>::infinity()}})
                  .ok());
  EXPECT_THAT(WriteSnapshot(data),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "scores[2].value: -Infinity has no JSON form"));
  Dataset inf;
  ASSERT_TRUE(inf.Add("t", Row{{"x", std::numeric_limits<double>::infinity()}}).ok());
  EXPECT_THAT(WriteSnapshot(inf),
              StatusIs(absl::StatusCode::kInvalidArgument, "t[0].x: Infinity has no JSON form"));
  Dataset nan;
  ASSERT_TRUE(nan.Add("t", Row{{"ok", 1}}).ok());
  ASSERT_TRUE(nan.Add("u", Row{{"a", 1}, {"y", std::nan("")}}).ok());
  EXPECT_THAT(WriteSnapshot(nan),
              StatusIs(absl::StatusCode::kInvalidArgument, "u[0].y: NaN has no JSON form"));
}

// Regression: a column named "@label" was written as the row's label, so an
// unlabelled row came back labelled and without the column (and a labelled
// one did not come back at all).
TEST(WriteSnapshotTest, AColumnNamedAtLabelIsRefused) {
  Dataset unlabelled;
  ASSERT_TRUE(unlabelled.Add("t", Row{{"ok", 1}}).ok());
  ASSERT_TRUE(unlabelled.Add("t", Row{{"a", 1}, {"@label", "x"}}).ok());
  EXPECT_THAT(WriteSnapshot(unlabelled),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "t[1].@label: a column named \"@label\" has no snapshot form (the key "
                       "holds a row's label)"));
  Dataset labelled;
  ASSERT_TRUE(labelled.Add("u", Row{{"@label", 2}}, "l").ok());
  EXPECT_THAT(WriteSnapshot(labelled),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "u[0].@label: a column named \"@label\" has no snapshot form (the key "
                       "holds a row's label)"));
  // Other names starting with "@" are columns like any other.
  Dataset other;
  ASSERT_TRUE(other.Add("t", Row{{"@labels", 1}, {"@", 2}}).ok());
  RoundTrip(other);
}

// --- ReadSnapshot --------------------------------------------------------------------

TEST(ReadSnapshotTest, KindsComeFromTheJson) {
  absl::StatusOr<Dataset> data = ReadSnapshot(
      R"({"t": [{"i": 1, "d": 1.0, "e": 1e2, "s": "x", "n": null, "b": false, "u": "\u00e9"},
                {"other": "columns", "@label": "second"}]})");
  ASSERT_TRUE(data.ok()) << data.status();
  const std::vector<Row> rows = data->Rows("t");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (Row{{"i", 1}, {"d", 1.0}, {"e", 100.0}, {"s", "x"}, {"n", nullptr},
                          {"b", false}, {"u", "\xc3\xa9"}}));
  EXPECT_EQ(rows[0].Get("d").kind(), ValueKind::kDouble);
  EXPECT_EQ(rows[0].Get("e").kind(), ValueKind::kDouble);
  EXPECT_EQ(*data->Find("t", "second"), (Row{{"other", "columns"}}));
}

TEST(ReadSnapshotTest, AcceptsAnyWhitespaceAndEmptyTables) {
  absl::StatusOr<Dataset> data = ReadSnapshot(" {\"t\" :[ ] ,\"u\":[{\"a\":\"@@b\"}]}\r\n");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_EQ(data->tables(), std::vector<std::string>{"u"});
  EXPECT_EQ(data->Rows("u")[0].Get("a"), Value("@b"));
  data = ReadSnapshot("{}");
  ASSERT_TRUE(data.ok()) << data.status();
  EXPECT_TRUE(data->empty());
}

struct BadSnapshot {
  const char* text;
  const char* message;
};

TEST(ReadSnapshotTest, ErrorsNameTheFileLineColumnAndPointer) {
  const BadSnapshot cases[] = {
      {R"({"t": [{"a": "@x.y"}]})",
       "<snapshot>:1:14: reference without a schema (/t/0/a): @x.y; write \"@@x.y\" for text "
       "that starts with @"},
      {R"({"t": [{"a": "@"}]})",
       "<snapshot>:1:14: reference without a schema (/t/0/a): @; write \"@@\" for text that "
       "starts with @"},
      {"[]", "<snapshot>:1:1: expected an object of tables (/): got an array"},
      {R"({"t": 5})", "<snapshot>:1:7: expected an array of rows (/t): got 5"},
      {R"({"t": ["row"]})", "<snapshot>:1:8: expected a row object (/t/0): got \"row\""},
      {R"({"t": [], "t": []})", "<snapshot>:1:7: duplicate table (/t): \"t\" appears twice"},
      {R"({"t": [{"@label": "a"}, {"@label": "a"}]})",
       "<snapshot>:1:36: duplicate label (/t/1/@label): \"a\" is also the label of /t/0"},
      {R"({"t": [{"@label": true}]})",
       "<snapshot>:1:19: bad label (/t/0/@label): expected a non-empty string, got true"},
      {R"({"t": [{"a": 1, "a": 2}]})",
       "<snapshot>:1:14: duplicate column (/t/0/a): \"a\" appears twice in the row"},
      {R"({"t": [{"a": 18446744073709551615}]})",
       "<snapshot>:1:14: integer out of range (/t/0/a): 18446744073709551615 is above the "
       "64-bit signed range"},
      {"{\"t\": [\n{\"a\": 1}\n", "<snapshot>:3:1: invalid JSON: syntax error while parsing "
                                 "array - unexpected end of input; expected ']'"},
      {"{\"t\": [{\"a\": NaN}]}", "<snapshot>:1:14: invalid JSON: syntax error while parsing "
                                  "value - invalid literal; last read: '\"a\": N'"},
  };
  for (const BadSnapshot& c : cases) {
    EXPECT_THAT(ReadSnapshot(c.text), StatusIs(absl::StatusCode::kInvalidArgument, c.message))
        << c.text;
  }
  EXPECT_THAT(ReadSnapshot("[]", "saved.json"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "saved.json:1:1: expected an object of tables (/): got an array"));
}

// --- SaveSnapshot and LoadSnapshot ---------------------------------------------------

TEST(SaveSnapshotTest, WritesTheTextAndLeavesNoTemporaryFile) {
  Dataset data;
  ASSERT_TRUE(data.Add("t", Row{{"a", 1}, {"b", "@x"}}, "l").ok());
  const std::string path = ::testing::TempDir() + "/snapshot_test_save.json";
  ASSERT_TRUE(SaveSnapshot(data, path).ok());
  EXPECT_EQ(ReadWholeFile(path), *WriteSnapshot(data));
  for (const std::string& name : Entries(::testing::TempDir())) {
    EXPECT_EQ(name.find("snapshot_test_save.json."), std::string::npos) << name;
  }
  absl::StatusOr<Dataset> loaded = LoadSnapshot(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(*loaded, data);
  // Saving again replaces the file whole.
  Dataset smaller;
  ASSERT_TRUE(smaller.Add("u", Row{{"z", false}}).ok());
  ASSERT_TRUE(SaveSnapshot(smaller, path).ok());
  EXPECT_EQ(ReadWholeFile(path), "{\n\"u\": [\n{\"z\": false}\n]\n}\n");
  EXPECT_EQ(*LoadSnapshot(path), smaller);
  std::remove(path.c_str());
}

TEST(SaveSnapshotTest, AMissingDirectoryIsUnavailable) {
  Dataset data;
  ASSERT_TRUE(data.Add("t", Row{{"a", 1}}).ok());
  const std::string directory = ::testing::TempDir() + "snapshot_test_no_such_dir";
  const std::string path = directory + "/s.json";
  EXPECT_THAT(SaveSnapshot(data, path),
              StatusIs(absl::StatusCode::kUnavailable,
                       path + ": cannot open directory " + directory +
                           ": No such file or directory"));
  EXPECT_FALSE(Exists(directory));  // a snapshot makes no directories
}

TEST(SaveSnapshotTest, ADirectoryInTheWayIsRefusedAndKept) {
  Dataset data;
  ASSERT_TRUE(data.Add("t", Row{{"a", 1}}).ok());
  const std::string directory = ::testing::TempDir() + "snapshot_test_parent";
  ASSERT_TRUE(mkdir(directory.c_str(), 0700) == 0 || Exists(directory));
  const std::string path = directory + "/in_the_way";
  ASSERT_TRUE(mkdir(path.c_str(), 0700) == 0 || Exists(path));
  EXPECT_THAT(SaveSnapshot(data, path),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       path + ": refusing to write: it is a directory, not a regular file"));
  // Nothing else was left beside it.
  EXPECT_THAT(Entries(directory), ElementsAre("in_the_way"));
  rmdir(path.c_str());
  rmdir(directory.c_str());
}

TEST(SaveSnapshotTest, AFailedWriteKeepsTheOldFile) {
  Dataset data;
  ASSERT_TRUE(data.Add("t", Row{{"a", 1}}).ok());
  const std::string directory = ::testing::TempDir() + "snapshot_test_keep";
  ASSERT_TRUE(mkdir(directory.c_str(), 0700) == 0 || Exists(directory));
  const std::string path = directory + "/s.json";
  ASSERT_TRUE(SaveSnapshot(data, path).ok());
  Dataset bad;
  ASSERT_TRUE(bad.Add("t", Row{{"a", std::numeric_limits<double>::infinity()}}).ok());
  EXPECT_THAT(SaveSnapshot(bad, path),
              StatusIs(absl::StatusCode::kInvalidArgument, "t[0].a: Infinity has no JSON form"));
  EXPECT_EQ(ReadWholeFile(path), *WriteSnapshot(data));
  EXPECT_THAT(Entries(directory), ElementsAre("s.json"));
  std::remove(path.c_str());
  rmdir(directory.c_str());
}

TEST(LoadSnapshotTest, ErrorsNameThePath) {
  const std::string missing = ::testing::TempDir() + "/snapshot_test_missing.json";
  EXPECT_THAT(LoadSnapshot(missing),
              StatusIs(absl::StatusCode::kNotFound, missing + ": cannot open for reading"));
  const std::string path = ::testing::TempDir() + "/snapshot_test_bad.json";
  std::ofstream(path, std::ios::binary) << "{\n\"t\": [\n{\"a\": \"@t.x\"}\n]\n}\n";
  EXPECT_THAT(LoadSnapshot(path),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       path + ":3:7: reference without a schema (/t/0/a): @t.x; write "
                              "\"@@t.x\" for text that starts with @"));
  std::remove(path.c_str());
}

// --- Tests kept from json_test.cc ------------------------------------------------

TEST(SnapshotTest, ScenarioDataRoundTripsExactly) {
  Context context(41);
  Dataset data;
  context.set_recorder(&data);
  shop::OrderLines().CreateList(context, 5);
  shop::Payments().Create(context, Traits{"declined"});
  shop::Customers().Create(context, Traits{"vip"});
  context.set_recorder(nullptr);
  ASSERT_TRUE(data.Add("misc", Row{{"ratio", 2.0}, {"third", 1.0 / 3}, {"flag", true},
                                   {"none", nullptr}, {"handle", "@me"},
                                   {"text", "tab\there \"quoted\" ünïcode"}},
                       "odd")
                  .ok());
  absl::StatusOr<std::string> text = WriteSnapshot(data);
  ASSERT_TRUE(text.ok()) << text.status();
  absl::StatusOr<Dataset> back = ReadSnapshot(*text);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, data) << *text;
  EXPECT_EQ(back->Find("misc", "odd")->Get("ratio").kind(), ValueKind::kDouble);
  EXPECT_EQ(*WriteSnapshot(*back), *text);

  const std::string path = ::testing::TempDir() + "/snapshot_test.json";
  ASSERT_TRUE(SaveSnapshot(data, path).ok());
  absl::StatusOr<Dataset> loaded = LoadSnapshot(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(*loaded, data);
  std::remove(path.c_str());
}

TEST(SnapshotTest, NonFiniteDoublesAreRefusedAndNothingIsWritten) {
  Dataset data;
  ASSERT_TRUE(data.Add("t", Row{{"x", 0.0 / 0.0}}).ok());
  const std::string path = ::testing::TempDir() + "/nan_snapshot.json";
  const absl::Status status = SaveSnapshot(data, path);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "t[0].x: NaN has no JSON form");
  EXPECT_FALSE(std::ifstream(path).good());
  EXPECT_FALSE(std::ifstream(path + ".tmp").good());
}

}  // namespace
}  // namespace json
}  // namespace gtest_data
