// Copyright 2026 The gtest_data Authors.
//
// The one route from bytes to a file (src/base/file.h): what it refuses,
// what it never follows, and that every failure leaves the old file whole
// and no temporary file behind.

#include "src/base/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/base/status_macros.h"
#include "status_matchers.h"

namespace gtest_data {
namespace internal {
namespace {

namespace fs = std::filesystem;
using ::gtest_data::testing_internal::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

// A fresh, empty directory per test.
std::string TestDir() {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const fs::path dir = fs::path(::testing::TempDir()) / "gtest_data_file_test" /
                       (std::string(info->test_suite_name()) + "." + info->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void Put(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// The names in `dir`, sorted.
std::vector<std::string> Listing(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Undoes the test seams whatever the test did.
class FileTest : public ::testing::Test {
 protected:
  void TearDown() override {
    FailNthFileCallForTesting(0);
    SetNameSuffixSourceForTesting(nullptr);
  }
};

TEST_F(FileTest, ApiExamples) {
  const std::string dir = TestDir();
  const std::string html = "<html></html>\n";
  const std::string json_text = "{}\n";
  const std::string html_text = html;
  Put(dir + "/shard0.json", "{}");
  Put(dir + "/shard1.json", "{}");
  EXPECT_TRUE(WriteFileAtomically(dir + "/out/r.html", html).ok());
  auto both = [&]() -> absl::Status {
    FileSet files({/*inputs=*/{dir + "/shard0.json", dir + "/shard1.json"}});
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(dir + "/out/r.json", json_text));
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add(dir + "/out/r.html", html_text));
    GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Commit());
    return absl::OkStatus();
  };
  EXPECT_TRUE(both().ok());
  EXPECT_EQ(Read(dir + "/out/r.json"), json_text);
  EXPECT_THAT(Listing(dir + "/out"), ElementsAre("r.html", "r.json"));
}

TEST_F(FileTest, WritesANewFileAndReplacesAnOldOne) {
  const std::string dir = TestDir();
  const std::string target = dir + "/deeper/r.json";
  ASSERT_TRUE(WriteFileAtomically(target, "first").ok());
  EXPECT_EQ(Read(target), "first");
  ASSERT_TRUE(WriteFileAtomically(target, "second").ok());
  EXPECT_EQ(Read(target), "second");
  EXPECT_THAT(Listing(dir + "/deeper"), ElementsAre("r.json"));
}

TEST_F(FileTest, NewFilesGetTheModeFopenWouldGive) {
  const std::string dir = TestDir();
  const mode_t mask = ::umask(022);
  ::umask(mask);
  ASSERT_TRUE(WriteFileAtomically(dir + "/r.json", "x").ok());
  struct stat st;
  ASSERT_EQ(::stat((dir + "/r.json").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0666 & ~mask);
}

TEST_F(FileTest, AWriterCallbackWritesInPieces) {
  const std::string dir = TestDir();
  ASSERT_TRUE(WriteFileAtomically(dir + "/r.json", [](FileWriter& out) {
                GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(out.Write("ab"));
                GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(out.Write(""));
                return out.Write(std::string(100000, 'c'));
              }).ok());
  EXPECT_EQ(Read(dir + "/r.json"), "ab" + std::string(100000, 'c'));
}

// The temporary file sits beside the target under an unpredictable name,
// seen from inside the writer callback.
TEST_F(FileTest, TheTemporaryFileIsBesideTheTargetWithARandomName) {
  const std::string dir = TestDir();
  const std::string target = dir + "/r.json";
  Put(target, "old");
  std::vector<std::string> temporaries;
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(WriteFileAtomically(target, [&](FileWriter& out) {
                  const std::vector<std::string> names = Listing(dir);
                  EXPECT_EQ(names.size(), 2u);
                  EXPECT_EQ(names[0], "r.json");
                  temporaries.push_back(names.back());
                  EXPECT_EQ(Read(target), "old") << "the target changes only at the rename";
                  return out.Write("old");
                }).ok());
  }
  const std::regex name(R"(r\.json\.tmp-[A-Za-z0-9]{12})");
  for (const std::string& temporary : temporaries) {
    EXPECT_TRUE(std::regex_match(temporary, name)) << temporary;
  }
  EXPECT_NE(temporaries[0], temporaries[1]);
  EXPECT_THAT(Listing(dir), ElementsAre("r.json"));
}

int suffix_calls = 0;
std::string PlantedThenFresh() { return ++suffix_calls == 1 ? "AAAAAAAAAAAA" : "BBBBBBBBBBBB"; }
std::string AlwaysTheSame() { return "CCCCCCCCCCCC"; }

// Someone who can guess the first temporary name plants a link there to a
// file of theirs (or of a victim's). O_EXCL | O_NOFOLLOW make the open fail
// instead of writing through it, and the next name is used.
TEST_F(FileTest, ALinkPlantedAtTheTemporaryNameIsNotFollowed) {
  const std::string dir = TestDir();
  const std::string target = dir + "/r.json";
  const std::string victim = dir + "/victim";
  Put(target, "old");
  Put(victim, "precious");
  ASSERT_EQ(::symlink(victim.c_str(), (target + ".tmp-AAAAAAAAAAAA").c_str()), 0);
  suffix_calls = 0;
  SetNameSuffixSourceForTesting(&PlantedThenFresh);

  ASSERT_TRUE(WriteFileAtomically(target, "new").ok());
  EXPECT_EQ(Read(target), "new");
  EXPECT_EQ(Read(victim), "precious");
  EXPECT_EQ(suffix_calls, 2);
  EXPECT_TRUE(fs::is_symlink(target + ".tmp-AAAAAAAAAAAA"));
  EXPECT_EQ(fs::read_symlink(target + ".tmp-AAAAAAAAAAAA"), victim);
  EXPECT_THAT(Listing(dir), ElementsAre("r.json", "r.json.tmp-AAAAAAAAAAAA", "victim"));
}

// A planted regular file is not reused either (its owner could read what
// is written into it).
TEST_F(FileTest, AFilePlantedAtTheTemporaryNameIsNotReused) {
  const std::string dir = TestDir();
  const std::string target = dir + "/r.json";
  Put(target + ".tmp-AAAAAAAAAAAA", "planted");
  suffix_calls = 0;
  SetNameSuffixSourceForTesting(&PlantedThenFresh);
  ASSERT_TRUE(WriteFileAtomically(target, "new").ok());
  EXPECT_EQ(Read(target), "new");
  EXPECT_EQ(Read(target + ".tmp-AAAAAAAAAAAA"), "planted");
}

TEST_F(FileTest, EveryCandidateNameTakenIsAnError) {
  const std::string dir = TestDir();
  const std::string target = dir + "/r.json";
  Put(target, "old");
  ASSERT_EQ(::symlink("/nowhere", (target + ".tmp-CCCCCCCCCCCC").c_str()), 0);
  SetNameSuffixSourceForTesting(&AlwaysTheSame);
  EXPECT_THAT(WriteFileAtomically(target, "new"),
              StatusIs(absl::StatusCode::kUnavailable,
                       target + ": cannot create a temporary file in " + dir +
                           ": 100 fresh names were all taken"));
  EXPECT_EQ(Read(target), "old");
  EXPECT_THAT(Listing(dir), ElementsAre("r.json", "r.json.tmp-CCCCCCCCCCCC"));
}

// The policy: a link at the target is refused, never replaced and never
// written through, whether it points to a file or nowhere.
TEST_F(FileTest, ASymbolicLinkAtTheTargetIsRefused) {
  const std::string dir = TestDir();
  const std::string victim = dir + "/victim";
  Put(victim, "precious");
  const std::string link = dir + "/r.json";
  ASSERT_EQ(::symlink(victim.c_str(), link.c_str()), 0);
  const std::string dangling = dir + "/r.html";
  ASSERT_EQ(::symlink((dir + "/nowhere").c_str(), dangling.c_str()), 0);

  EXPECT_THAT(WriteFileAtomically(link, "new"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       link + ": refusing to write: it is a symbolic link; "
                              "name the file it points to instead"));
  EXPECT_THAT(WriteFileAtomically(dangling, "new"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       dangling + ": refusing to write: it is a symbolic link; "
                                  "name the file it points to instead"));
  EXPECT_EQ(Read(victim), "precious");
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_THAT(Listing(dir), ElementsAre("r.html", "r.json", "victim"));  // no "nowhere"
}

TEST_F(FileTest, AFifoIsRefusedAndStaysAFifo) {
  const std::string dir = TestDir();
  const std::string fifo = dir + "/r.json";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_THAT(WriteFileAtomically(fifo, "new"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       fifo + ": refusing to write: it is a FIFO, not a regular file"));
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_THAT(Listing(dir), ElementsAre("r.json"));
}

TEST_F(FileTest, DevNullIsRefused) {
  EXPECT_THAT(WriteFileAtomically("/dev/null", "new"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       "/dev/null: refusing to write: it is a character device, not a "
                       "regular file"));
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  for (const auto& entry : fs::directory_iterator("/dev")) {
    EXPECT_THAT(entry.path().filename().string(), Not(StartsWith("null.tmp-")));
  }
}

TEST_F(FileTest, ADirectoryIsRefused) {
  const std::string dir = TestDir();
  fs::create_directory(dir + "/r.json");
  EXPECT_THAT(WriteFileAtomically(dir + "/r.json", "new"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       dir + "/r.json: refusing to write: it is a directory, not a regular file"));
}

TEST_F(FileTest, APathNamingNoFileIsRefused) {
  const std::string dir = TestDir();
  EXPECT_THAT(WriteFileAtomically(dir + "/", "new"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       dir + "/: refusing to write: the path names no file"));
  EXPECT_THAT(WriteFileAtomically(dir + "/.", "new"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       dir + "/.: refusing to write: the path names no file"));
  EXPECT_THAT(Listing(dir), IsEmpty());
}

// The same file under other spellings: ./, a detour through .., a hard
// link, and an input named through a symbolic link.
TEST_F(FileTest, AnOutputThatIsAnInputIsRefusedUnderAnySpelling) {
  const std::string dir = TestDir();
  const std::string input = dir + "/in.json";
  Put(input, "input");
  fs::create_directory(dir + "/sub");
  ASSERT_EQ(::link(input.c_str(), (dir + "/hard.json").c_str()), 0);
  ASSERT_EQ(::symlink(input.c_str(), (dir + "/link.json").c_str()), 0);
  WriteFileOptions options;
  options.inputs = {dir + "/missing.json", input};
  for (const std::string& target :
       {input, dir + "/./in.json", dir + "/sub/../in.json", dir + "/hard.json"}) {
    EXPECT_THAT(WriteFileAtomically(target, "output", options),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         target + ": refusing to write: it is the input " + input));
  }
  options.inputs = {dir + "/link.json"};
  EXPECT_THAT(WriteFileAtomically(input, "output", options),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       input + ": refusing to write: it is the input " + dir + "/link.json"));
  EXPECT_EQ(Read(input), "input");
  EXPECT_THAT(Listing(dir), ElementsAre("hard.json", "in.json", "link.json", "sub"));
  // Other files, and inputs that do not exist, are fine.
  options.inputs = {dir + "/missing.json", input};
  EXPECT_TRUE(WriteFileAtomically(dir + "/out.json", "output", options).ok());
}

TEST_F(FileTest, AWriterErrorLeavesTheOldFileAndNoTemporary) {
  const std::string dir = TestDir();
  const std::string target = dir + "/r.json";
  Put(target, "old");
  EXPECT_THAT(WriteFileAtomically(target,
                                  [](FileWriter& out) {
                                    EXPECT_TRUE(out.Write("half of it").ok());
                                    return absl::InvalidArgumentError("render: no such field");
                                  }),
              StatusIs(absl::StatusCode::kInvalidArgument, "render: no such field"));
  EXPECT_EQ(Read(target), "old");
  EXPECT_THAT(Listing(dir), ElementsAre("r.json"));
}

TEST_F(FileTest, MissingDirectoriesAreMadeUnlessAsked) {
  const std::string dir = TestDir();
  WriteFileOptions options;
  options.create_parent_directories = false;
  EXPECT_THAT(WriteFileAtomically(dir + "/a/r.json", "x", options),
              StatusIs(absl::StatusCode::kUnavailable,
                       dir + "/a/r.json: cannot open directory " + dir +
                           "/a: No such file or directory"));
  EXPECT_THAT(Listing(dir), IsEmpty());
  Put(dir + "/file", "");
  EXPECT_THAT(WriteFileAtomically(dir + "/file/r.json", "x"),
              StatusIs(absl::StatusCode::kUnavailable,
                       StartsWith(dir + "/file/r.json: cannot create directory " + dir +
                                  "/file: ")));
  EXPECT_THAT(Listing(dir), ElementsAre("file"));
}

// An unwritable directory, really (root ignores permissions, so the fault
// seam below covers that case everywhere).
TEST_F(FileTest, AnUnwritableDirectoryLeavesTheOldFile) {
  const std::string dir = TestDir();
  Put(dir + "/r.json", "old");
  ASSERT_EQ(::chmod(dir.c_str(), 0555), 0);
  const std::string expected = dir + "/r.json: cannot create a temporary file in " + dir +
                               ": Permission denied";
  if (::geteuid() != 0) {
    EXPECT_THAT(WriteFileAtomically(dir + "/r.json", "new"),
                StatusIs(absl::StatusCode::kUnavailable, expected));
  } else {
    // Root may write anywhere: the write is tried by a child that gave up
    // root for nobody (65534), for whom the directory is read-only.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
      const absl::Status status = WriteFileAtomically(dir + "/r.json", "new");
      ::_exit(status.code() == absl::StatusCode::kUnavailable && status.message() == expected
                  ? 0
                  : 1);
    }
    int wait_status = 0;
    ASSERT_EQ(::waitpid(child, &wait_status, 0), child);
    ASSERT_TRUE(WIFEXITED(wait_status));
    if (WEXITSTATUS(wait_status) == 3) {
      // A root that cannot become nobody (Bazel's sandbox maps no other
      // user): the kernel's refusal is made by the seam instead, at the
      // open of the temporary file, with the errno the kernel would give.
      bool refused = false;
      for (int n = 1; n <= 10 && !refused; ++n) {
        FailNthFileCallForTesting(n, EACCES);
        const absl::Status status = WriteFileAtomically(dir + "/r.json", "new");
        refused = status.code() == absl::StatusCode::kUnavailable && status.message() == expected;
        if (!refused) Put(dir + "/r.json", "old");
      }
      FailNthFileCallForTesting(0);
      EXPECT_TRUE(refused) << "no step gave \"" << expected << "\"";
    } else {
      EXPECT_EQ(WEXITSTATUS(wait_status), 0)
          << "as nobody: another status than \"" << expected << "\"";
    }
  }
  ::chmod(dir.c_str(), 0755);
  EXPECT_EQ(Read(dir + "/r.json"), "old");
  EXPECT_THAT(Listing(dir), ElementsAre("r.json"));
}

// SQLite's anomaly loop (STYLE T4): fail the n-th system call, n rising
// until the write succeeds. Every failure names the target and the
// system's reason, and leaves the old file and nothing else.
TEST_F(FileTest, AFailureAtAnyStepLeavesTheOldFileAndNoTemporary) {
  for (const int error : {EIO, ENOSPC}) {
    const std::string dir = TestDir();
    const std::string target = dir + "/r.json";
    Put(target, "old");
    int n = 1;
    for (;; ++n) {
      FailNthFileCallForTesting(n, error);
      const absl::Status status = WriteFileAtomically(target, "new");
      const int calls = FileCallsForTesting();
      FailNthFileCallForTesting(0);
      if (status.ok()) {
        EXPECT_GT(n, calls) << "the injected failure went unnoticed";
        break;
      }
      EXPECT_THAT(status, StatusIs(absl::StatusCode::kUnavailable,
                                   ::testing::AllOf(StartsWith(target + ": "),
                                                    HasSubstr(std::strerror(error)))))
          << "call " << n;
      EXPECT_EQ(Read(target), "old") << "call " << n;
      EXPECT_THAT(Listing(dir), ElementsAre("r.json")) << "call " << n;
    }
    // lstat, open, write, fsync, close; the check again, rename.
    EXPECT_EQ(n, 8);
    EXPECT_EQ(Read(target), "new");
    EXPECT_THAT(Listing(dir), ElementsAre("r.json"));
  }
}

// The pair: every failure, the second rename's included, leaves both old
// files (or both absent), and no temporary or backup file.
TEST_F(FileTest, AFailedSetLeavesEveryTargetAsItWas) {
  for (const bool existed : {true, false}) {
    const std::string dir = TestDir();
    const std::string json = dir + "/r.json";
    const std::string html = dir + "/r.html";
    if (existed) {
      Put(json, "old json");
      Put(html, "old html");
    }
    const std::vector<std::string> before = Listing(dir);
    std::vector<std::string> messages;
    int n = 1;
    for (;; ++n) {
      FailNthFileCallForTesting(n);
      FileSet files;
      absl::Status status = files.Add(json, "new json");
      if (status.ok()) status = files.Add(html, "new html");
      if (status.ok()) status = files.Commit();
      FailNthFileCallForTesting(0);
      if (status.ok()) break;
      messages.push_back(std::string(status.message()));
      EXPECT_EQ(status.code(), absl::StatusCode::kUnavailable) << status;
      EXPECT_EQ(fs::exists(json), existed) << status;
      EXPECT_EQ(fs::exists(html), existed) << status;
      if (existed) {
        EXPECT_EQ(Read(json), "old json") << status;
        EXPECT_EQ(Read(html), "old html") << status;
      }
      EXPECT_EQ(Listing(dir), before) << status;
    }
    // Two files staged (5 calls each), then the commit: lstat, the backup
    // link (only for an existing first file), rename; lstat, rename.
    EXPECT_EQ(n, existed ? 16 : 15);
    EXPECT_EQ(Read(json), "new json");
    EXPECT_EQ(Read(html), "new html");
    EXPECT_THAT(Listing(dir), ElementsAre("r.html", "r.json"));
    EXPECT_THAT(messages, ::testing::Contains(
                              html + ": cannot rename the temporary file into place: "
                                     "Input/output error; put back as before: " +
                              json))
        << "existed=" << existed;
    if (existed) {
      EXPECT_THAT(messages, ::testing::Contains(
                                json + ": cannot keep the old file to put back on failure: "
                                       "Input/output error"));
    }
  }
}

// A target that turns into something else between Add() and Commit() is
// caught by the second check, and the files already replaced are put back.
TEST_F(FileTest, ATargetChangedBeforeCommitIsRefusedAndTheOthersPutBack) {
  const std::string dir = TestDir();
  const std::string json = dir + "/r.json";
  const std::string html = dir + "/r.html";
  Put(json, "old json");
  FileSet files;
  ASSERT_TRUE(files.Add(json, "new json").ok());
  ASSERT_TRUE(files.Add(html, "new html").ok());
  ASSERT_EQ(::mkfifo(html.c_str(), 0600), 0);
  EXPECT_THAT(files.Commit(),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       html + ": refusing to write: it is a FIFO, not a regular file; "
                              "put back as before: " +
                           json));
  EXPECT_EQ(Read(json), "old json");
  EXPECT_TRUE(fs::is_fifo(html));
  EXPECT_THAT(Listing(dir), ElementsAre("r.html", "r.json"));
}

// Where link(2) is refused (EPERM), the old file is moved aside instead;
// the commit still succeeds and leaves nothing behind.
TEST_F(FileTest, WithoutHardLinksTheOldFileIsMovedAside) {
  const std::string dir = TestDir();
  const std::string json = dir + "/r.json";
  const std::string html = dir + "/r.html";
  int successes = 0;
  for (int n = 1; n < 16; ++n) {
    Put(json, "old json");
    Put(html, "old html");
    FailNthFileCallForTesting(n, EPERM);
    FileSet files;
    absl::Status status = files.Add(json, "new json");
    if (status.ok()) status = files.Add(html, "new html");
    if (status.ok()) status = files.Commit();
    FailNthFileCallForTesting(0);
    if (status.ok()) {
      ++successes;
      EXPECT_EQ(n, 12) << "only the link may fail with EPERM and still succeed";
      EXPECT_EQ(Read(json), "new json");
      EXPECT_EQ(Read(html), "new html");
    } else {
      EXPECT_THAT(std::string(status.message()), HasSubstr("Operation not permitted"));
      EXPECT_EQ(Read(json), "old json");
      EXPECT_EQ(Read(html), "old html");
    }
    EXPECT_THAT(Listing(dir), ElementsAre("r.html", "r.json")) << "call " << n;
  }
  EXPECT_EQ(successes, 1);
}

TEST_F(FileTest, ASetDestroyedWithoutCommitLeavesNothing) {
  const std::string dir = TestDir();
  Put(dir + "/r.json", "old");
  {
    FileSet files;
    ASSERT_TRUE(files.Add(dir + "/r.json", "new").ok());
    ASSERT_TRUE(files.Add(dir + "/r.html", "new").ok());
    EXPECT_EQ(Listing(dir).size(), 3u);  // r.json and two temporaries
  }
  EXPECT_EQ(Read(dir + "/r.json"), "old");
  EXPECT_THAT(Listing(dir), ElementsAre("r.json"));
}

TEST_F(FileTest, AFailedAddFailsTheCommitAndReplacesNothing) {
  const std::string dir = TestDir();
  Put(dir + "/r.json", "old");
  ASSERT_EQ(::mkfifo((dir + "/r.html").c_str(), 0600), 0);
  FileSet files;
  ASSERT_TRUE(files.Add(dir + "/r.json", "new").ok());
  const std::string refused =
      dir + "/r.html: refusing to write: it is a FIFO, not a regular file";
  EXPECT_THAT(files.Add(dir + "/r.html", "new"),
              StatusIs(absl::StatusCode::kFailedPrecondition, refused));
  EXPECT_THAT(files.Add(dir + "/other", "new"),
              StatusIs(absl::StatusCode::kFailedPrecondition, refused));
  EXPECT_THAT(files.Commit(), StatusIs(absl::StatusCode::kFailedPrecondition, refused));
  EXPECT_EQ(Read(dir + "/r.json"), "old");
  EXPECT_THAT(Listing(dir), ElementsAre("r.html", "r.json"));
}

TEST_F(FileTest, ATargetNamedTwiceIsRefused) {
  const std::string dir = TestDir();
  fs::create_directory(dir + "/sub");
  FileSet files;
  ASSERT_TRUE(files.Add(dir + "/r.json", "a").ok());
  EXPECT_THAT(files.Add(dir + "/sub/../r.json", "b"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       dir + "/sub/../r.json: refusing to write: named twice in one set of "
                             "files (also as " +
                           dir + "/r.json)"));
}

TEST_F(FileTest, ASetCommitsOnce) {
  const std::string dir = TestDir();
  FileSet files;
  ASSERT_TRUE(files.Add(dir + "/r.json", "a").ok());
  ASSERT_TRUE(files.Commit().ok());
  EXPECT_THAT(files.Commit(), StatusIs(absl::StatusCode::kFailedPrecondition,
                                       "FileSet: Commit() called twice"));
  EXPECT_THAT(files.Add(dir + "/r.html", "b"),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       dir + "/r.html: cannot add to a set of files that was already "
                             "committed"));
  EXPECT_THAT(Listing(dir), ElementsAre("r.json"));
}

TEST_F(FileTest, AScratchFileHasNoName) {
  const std::string dir = TestDir();
  absl::StatusOr<UniqueFile> scratch = CreateScratchFile(dir + "/run/r.json");
  ASSERT_TRUE(scratch.ok()) << scratch.status();
  EXPECT_THAT(Listing(dir + "/run"), IsEmpty());
  ASSERT_GE(std::fputs("spooled", scratch->get()), 0);
  std::rewind(scratch->get());
  char buffer[16] = {};
  EXPECT_EQ(std::fread(buffer, 1, sizeof buffer, scratch->get()), 7u);
  EXPECT_STREQ(buffer, "spooled");
}

TEST_F(FileTest, ALinkPlantedAtTheScratchNameIsNotFollowed) {
  const std::string dir = TestDir();
  const std::string victim = dir + "/victim";
  Put(victim, "precious");
  ASSERT_EQ(::symlink(victim.c_str(), (dir + "/r.json.spool-AAAAAAAAAAAA").c_str()), 0);
  suffix_calls = 0;
  SetNameSuffixSourceForTesting(&PlantedThenFresh);
  absl::StatusOr<UniqueFile> scratch = CreateScratchFile(dir + "/r.json");
  ASSERT_TRUE(scratch.ok()) << scratch.status();
  std::fputs("spooled", scratch->get());
  std::fflush(scratch->get());
  EXPECT_EQ(Read(victim), "precious");
  EXPECT_THAT(Listing(dir), ElementsAre("r.json.spool-AAAAAAAAAAAA", "victim"));
}

TEST_F(FileTest, AScratchFileThatCannotBeMadeIsAnError) {
  const std::string dir = TestDir();
  FailNthFileCallForTesting(1);
  EXPECT_THAT(CreateScratchFile(dir + "/r.json"),
              StatusIs(absl::StatusCode::kUnavailable,
                       dir + "/r.json: cannot create a scratch file in " + dir +
                           ": Input/output error"));
  EXPECT_THAT(Listing(dir), IsEmpty());
}

}  // namespace
}  // namespace internal
}  // namespace gtest_data
