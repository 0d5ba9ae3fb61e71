// Copyright 2026 The gtest_data Authors.
//
// Not part of the gtest_data API: a header of gtest_data_base_internal,
// under src/, so it is never installed. IWYU pragma: private
//
// The one route from bytes to a file on disk. Every file gtest_data writes
// (reports, their HTML pages, snapshots, recordings) goes through here, so
// that none is ever half-written, and none is written through a link or
// onto a file that it should not replace.
//
//   // One file:
//   absl::Status saved = gtest_data::internal::WriteFileAtomically("out/r.html", html);
//
//   // Files that belong together, replaced together (see FileSet):
//   gtest_data::internal::FileSet files({/*inputs=*/{"shard0.json", "shard1.json"}});
//   GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add("out/r.json", json_text));
//   GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Add("out/r.html", html_text));
//   GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(files.Commit());
//
// What is guaranteed (POSIX file systems; CI runs Linux on ext4 and tmpfs):
//
// - The target is looked at with lstat(2) before anything is written and
//   again just before it is replaced. It must be absent or a regular file.
//   A symbolic link (to anything, a regular file included), a FIFO, a
//   device, a socket or a directory is refused with kFailedPrecondition:
//     "out/r.json: refusing to write: it is a symbolic link; name the file it points to instead"
//     "/dev/null: refusing to write: it is a character device, not a regular file"
//   A target that is the same file (device and inode) as one of
//   WriteFileOptions::inputs, however either is spelled (`./r.json`,
//   `a/../r.json`, a hard link, an input given through a symbolic link), is
//   refused with kInvalidArgument: "r.json: refusing to write: it is the input ./r.json".
//   Only the last component of the path is protected this way: symbolic
//   links among its directories are followed, as by any open(2).
// - The bytes go into a temporary file created beside the target (same
//   directory, so the rename cannot cross file systems), named
//   `<name>.tmp-<12 random letters and digits>` (71 bits from getrandom(2),
//   or /dev/urandom where that is missing; never a seeded engine), and opened
//   with O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode 0666 less the
//   umask (what fopen gives). O_EXCL makes any existing entry at that name,
//   a planted symbolic link included, a failure (EEXIST), and a fresh name is
//   drawn (100 tries), so the bytes only ever reach a file this call made.
// - The temporary file is written, fsync(2)ed and closed, then renamed over
//   the target with rename(2), which replaces the directory entry and never
//   writes through what was there. Readers see the whole old file or the
//   whole new one, never a mixture. The directory is then fsynced too (best
//   effort: after the rename the new file is in place, so an error there is
//   not reported).
// - On every failure (a check, the writer callback's error, a short write,
//   ENOSPC, a failed fsync, close or rename) the temporary file is unlinked
//   before the call returns and the target is left as it was. A FileSet
//   destroyed without Commit() unlinks its temporary files too.
// - Not covered: a process killed (SIGKILL, a crash, power loss) while a
//   temporary file exists leaves that `<name>.tmp-...` file behind (the
//   target is still the old whole file); nothing here can clean up after a
//   kill. The replaced file's owner, mode, ACLs and extended attributes are
//   not carried over, and other hard links to it keep the old contents
//   (rename semantics). Concurrent writers of one target do not corrupt it:
//   the last rename wins.
//
// Errors: kFailedPrecondition and kInvalidArgument as above; kInvalidArgument
// for a path with no file name ("out/"); kUnavailable, naming the target and
// the system's reason, for every I/O failure:
//   "out/r.json: write failed: No space left on device".
// A writer callback's own error is returned unchanged.
//
// Thread-safety: the functions are thread-safe for different targets; a
// FileSet is thread-compatible (one thread at a time).

#ifndef GTEST_DATA_SRC_BASE_FILE_H_
#define GTEST_DATA_SRC_BASE_FILE_H_

#include <cerrno>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace gtest_data {
namespace internal {

struct WriteFileOptions {
  // Files the output must not be (compared by device and inode, so any
  // spelling of the same file counts): the inputs of the command that writes
  // it. An input that does not exist is ignored.
  std::vector<std::string> inputs;
  // Whether missing parent directories of the target are created (mode 0777
  // less the umask). When false, a missing directory is kUnavailable.
  bool create_parent_directories = true;
};

// What a writer callback writes into: the temporary file of one target.
class FileWriter {
 public:
  FileWriter(const FileWriter&) = delete;
  FileWriter& operator=(const FileWriter&) = delete;

  // Appends `bytes`. kUnavailable "<target>: write failed: <why>".
  [[nodiscard]] absl::Status Write(std::string_view bytes);
  // The target path, as given (for the callback's own messages).
  const std::string& target() const { return *target_; }

 private:
  friend class FileSet;
  FileWriter(int fd, const std::string* target) : fd_(fd), target_(target) {}
  int fd_;
  const std::string* target_;
};

// Writes a file's contents piece by piece; an error it returns aborts the
// write (the target is left as it was) and is returned unchanged.
using WriteFunction = std::function<absl::Status(FileWriter&)>;

// Files written together. Add() stages each file in a temporary file beside
// its target, checked as described above; no target changes until
// Commit(), which renames the staged files into place in the order they
// were added.
//
// Commit() cannot make several renames one atomic step; what it does
// instead: before it replaces an existing target that is not the last one,
// it makes a hard link to the old file, `<name>.old-<random>`. If a later
// check or rename fails, every target already replaced is put back (the
// old file renamed back over it, or the new file removed where there was
// none), the remaining temporary files are unlinked, and the error ends
// with "; put back as before: <paths>". On success the links are removed.
// So after Commit() returns, either every target has its new contents, or
// every target is as it was before Commit() (barring a put-back that itself
// fails, which the error names together with the `.old-...` file that keeps
// the old contents).
//
// Between two renames, a concurrent reader can see the new first file with
// the old second one. A kill or crash at that moment leaves: the first
// target new, the later targets old and whole, the later targets'
// `.tmp-...` files (their new contents) and the first target's `.old-...`
// link (its old contents). No file is ever half-written; the set is
// mismatched until the next write. Where link(2) is refused (EPERM, as on
// file systems without hard links or under fs.protected_hardlinks;
// EOPNOTSUPP; EMLINK), the old file is renamed aside to the same
// `.old-...` name instead, so that target is absent for the instant
// between that rename and the next.
//
// Thread-compatible. Destroying a set without a successful Commit() unlinks
// its temporary files; the targets are left as they were.
class FileSet {
 public:
  explicit FileSet(WriteFileOptions options = {});
  FileSet(const FileSet&) = delete;
  FileSet& operator=(const FileSet&) = delete;
  ~FileSet();

  // Checks `path` and stages `contents` (or what `write` writes) for it.
  // A path added twice (the same directory and name) is kInvalidArgument.
  // A failed Add() unlinks every file staged so far, and the set stays
  // failed: later calls return that error, and Commit() replaces nothing.
  [[nodiscard]] absl::Status Add(const std::string& path, std::string_view contents);
  [[nodiscard]] absl::Status Add(const std::string& path, const WriteFunction& write);

  // Renames every staged file into place, as described above. Once only:
  // a second call is kFailedPrecondition.
  [[nodiscard]] absl::Status Commit();

 private:
  struct Staged;
  absl::Status Stage(const std::string& path, const WriteFunction& write);
  void Discard();

  WriteFileOptions options_;
  std::vector<Staged> staged_;
  absl::Status error_;
  bool committed_ = false;
};

// Writes one file atomically, with the guarantees of the file comment: a
// FileSet of one file, committed. (With one file there is nothing to put
// back, so no `.old-...` link is made.)
[[nodiscard]] absl::Status WriteFileAtomically(const std::string& path,
                                               std::string_view contents,
                                               const WriteFileOptions& options = {});
[[nodiscard]] absl::Status WriteFileAtomically(const std::string& path,
                                               const WriteFunction& write,
                                               const WriteFileOptions& options = {});

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using UniqueFile = std::unique_ptr<std::FILE, FileCloser>;

// A scratch file with no name, open for reading and writing ("w+b"), on the
// file system of `beside_path` (for spools that grow with a run). It is
// created exclusively as `<beside_path>.spool-<random>` (O_CREAT | O_EXCL |
// O_NOFOLLOW, mode 0600) and unlinked at once, so nothing of it remains
// after the stream is closed or the process ends in any way, SIGKILL
// included. Missing parent directories are created. kUnavailable naming the
// directory and the reason when it cannot be made.
[[nodiscard]] absl::StatusOr<UniqueFile> CreateScratchFile(const std::string& beside_path);

// Test seams, for tests/base/file_test.cc only; not thread-safe with
// concurrent writes.
//
// Makes the n-th checked system call from now on (the lstat of a target,
// the open of a temporary or scratch file, a write, fsync, close, link or
// rename on the way to committing; not the unlinks and renames that clean
// up or put back, nor the best-effort directory fsync) fail once with
// `error` (an errno value). 0 turns it off.
void FailNthFileCallForTesting(int n, int error = EIO);
// How many checked system calls have run since the last
// FailNthFileCallForTesting() call.
int FileCallsForTesting();
// Replaces the random suffix of temporary, backup and scratch names with
// `source()` (nullptr restores the random one): a test can then plant
// something at the exact name a write will try first.
void SetNameSuffixSourceForTesting(std::string (*source)());

}  // namespace internal
}  // namespace gtest_data

#endif  // GTEST_DATA_SRC_BASE_FILE_H_
