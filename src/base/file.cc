// Copyright 2026 The gtest_data Authors.

#include "src/base/file.h"

#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <utility>

#include "gtest_data/internal/strings.h"
#include "src/base/status_macros.h"

namespace gtest_data {
namespace internal {

struct FileSet::Staged {
  std::string target;     // as the caller gave it
  std::string directory;  // its directory, "." for a bare name
  std::string name;       // its last component
  std::string temporary;  // the staged contents, beside the target
  std::string backup;     // the old file while Commit() runs, else empty
  bool moved_aside = false;  // backup was made by rename, not link
  bool renamed = false;      // temporary is now the target
  dev_t directory_device = 0;
  ino_t directory_inode = 0;
};

namespace {

// --- the test seams -----------------------------------------------------------

std::atomic<int> fail_at{0};
std::atomic<int> fail_errno{EIO};
std::atomic<int> calls{0};
std::atomic<std::string (*)()> suffix_source{nullptr};

// Counts a checked call; true when the test seam wants this one to fail (errno
// is then set). One-shot, so the clean-up after the failure runs normally.
bool Faulted() {
  const int n = ++calls;
  int expected = n;
  if (fail_at.load() == n && fail_at.compare_exchange_strong(expected, 0)) {
    errno = fail_errno.load();
    return true;
  }
  return false;
}

// --- checked system calls ------------------------------------------------------

int Lstat(const std::string& path, struct stat* st) {
  if (Faulted()) return -1;
  return ::lstat(path.c_str(), st);
}

// O_EXCL: any existing entry, a symbolic link included, is EEXIST (POSIX
// says so for O_CREAT | O_EXCL even without O_NOFOLLOW; O_NOFOLLOW is kept
// as a second lock in case a flag is ever dropped).
int OpenExclusive(const std::string& path, int access, mode_t mode) {
  if (Faulted()) return -1;
  return ::open(path.c_str(), access | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
}

ssize_t WriteSome(int fd, const char* data, size_t size) {
  if (Faulted()) return -1;
  return ::write(fd, data, size);
}

int Fsync(int fd) {
  if (Faulted()) return -1;
  return ::fsync(fd);
}

// Closes `fd` even when the failure is injected: the descriptor must not leak.
int Close(int fd) {
  if (Faulted()) {
    const int error = errno;
    ::close(fd);
    errno = error;
    return -1;
  }
  return ::close(fd);
}

// Without AT_SYMLINK_FOLLOW: a link at `from` would be linked itself, never
// what it points to (the checks already refused one, but the file system
// can change between the check and this call).
int Link(const std::string& from, const std::string& to) {
  if (Faulted()) return -1;
  return ::linkat(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), 0);
}

int Rename(const std::string& from, const std::string& to) {
  if (Faulted()) return -1;
  return ::rename(from.c_str(), to.c_str());
}

// A rename that fails with EEXIST instead of replacing what is at `to`,
// where the system has one (Linux); elsewhere a plain rename, whose target
// name is unpredictable anyway.
int RenameNoReplace(const std::string& from, const std::string& to) {
  if (Faulted()) return -1;
#if defined(__linux__) && defined(RENAME_NOREPLACE)
  return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
#else
  return ::rename(from.c_str(), to.c_str());
#endif
}

std::string Why() { return std::strerror(errno); }

// --- names -------------------------------------------------------------------

// 12 characters of [A-Za-z0-9], from the kernel's generator. A seeded engine
// would make the names of a rerun predictable, which is the attack this
// defends against.
absl::StatusOr<std::string> RandomSuffix() {
  if (std::string (*source)() = suffix_source.load()) return source();
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  constexpr unsigned kLetters = sizeof kAlphabet - 1;  // 62
  // Bytes below 248 = 4 * 62 map evenly onto the alphabet; the rest are
  // dropped (3% of them), so each character is uniform.
  constexpr unsigned kLimit = 256 - 256 % kLetters;
  std::string out;
  while (out.size() < 12) {
    unsigned char bytes[32];
    ssize_t got = ::getrandom(bytes, sizeof bytes, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      // ENOSYS on kernels before 3.17: the device gives the same bytes.
      const int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
      if (fd < 0) return absl::UnavailableError("cannot draw a random file name: " + Why());
      got = ::read(fd, bytes, sizeof bytes);
      const int error = errno;
      ::close(fd);
      if (got <= 0) {
        errno = error;
        return absl::UnavailableError("cannot draw a random file name: " + Why());
      }
    }
    for (ssize_t i = 0; i < got && out.size() < 12; ++i) {
      if (bytes[i] < kLimit) out.push_back(kAlphabet[bytes[i] % kLetters]);
    }
  }
  return out;
}

// Tries fresh names `<stem><random>` until `attempt` succeeds or fails with
// anything but EEXIST. Returns the name that worked; errno is kept for the
// caller's message. mkstemp(3) allows TMP_MAX tries; 100 collisions of
// 71-bit names mean something is planting them as fast as they are drawn.
constexpr int kNameAttempts = 100;

template <typename Attempt>
absl::StatusOr<std::string> WithFreshName(const std::string& stem, const std::string& what,
                                          Attempt attempt) {
  for (int i = 0; i < kNameAttempts; ++i) {
    GTEST_DATA_INTERNAL_ASSIGN_OR_RETURN_(const std::string suffix, RandomSuffix());
    std::string name = stem + suffix;
    if (attempt(name)) return name;
    if (errno != EEXIST) return absl::UnavailableError(what + ": " + Why());
  }
  return absl::UnavailableError(what + ": " + std::to_string(kNameAttempts) +
                                " fresh names were all taken");
}

// --- checks ------------------------------------------------------------------

const char* KindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "a special file";
}

// Whether `path` exists as a regular file that may be replaced; else why it
// may not be written. Absent (ENOENT), or a path through a non-directory
// (ENOTDIR, reported when its directory is made), is "does not exist".
absl::StatusOr<bool> CheckTarget(const std::string& path, const std::vector<std::string>& inputs) {
  struct stat st;
  if (Lstat(path, &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return false;
    return absl::UnavailableError(path + ": cannot inspect: " + Why());
  }
  if (S_ISLNK(st.st_mode)) {
    return absl::FailedPreconditionError(
        path + ": refusing to write: it is a symbolic link; name the file it points to instead");
  }
  if (!S_ISREG(st.st_mode)) {
    return absl::FailedPreconditionError(path + ": refusing to write: it is " +
                                         KindOf(st.st_mode) + ", not a regular file");
  }
  for (const std::string& input : inputs) {
    // stat, not lstat: an input given through a link is the file it names.
    struct stat in;
    if (::stat(input.c_str(), &in) == 0 && in.st_dev == st.st_dev && in.st_ino == st.st_ino) {
      return absl::InvalidArgumentError(path + ": refusing to write: it is the input " + input);
    }
  }
  return true;
}

void SyncDirectory(const std::string& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  // Best effort (see the header): some file systems refuse fsync on a
  // directory (EINVAL), and the renames have already happened.
  static_cast<void>(::fsync(fd));
  ::close(fd);
}

}  // namespace

// --- FileWriter ----------------------------------------------------------------

absl::Status FileWriter::Write(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = WriteSome(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return absl::UnavailableError(*target_ + ": write failed: " + Why());
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return absl::OkStatus();
}

// --- FileSet -------------------------------------------------------------------

FileSet::FileSet(WriteFileOptions options) : options_(std::move(options)) {}

FileSet::~FileSet() { Discard(); }

void FileSet::Discard() {
  for (const Staged& file : staged_) {
    if (!file.renamed) ::unlink(file.temporary.c_str());
  }
  staged_.clear();
}

absl::Status FileSet::Add(const std::string& path, std::string_view contents) {
  return Add(path, [contents](FileWriter& out) { return out.Write(contents); });
}

absl::Status FileSet::Add(const std::string& path, const WriteFunction& write) {
  if (!error_.ok()) return error_;
  if (committed_) {
    return error_ = absl::FailedPreconditionError(
               path + ": cannot add to a set of files that was already committed");
  }
  absl::Status status = Stage(path, write);
  if (!status.ok()) {
    // The set can no longer commit, so the files staged before this one go
    // at once rather than when the set is destroyed.
    error_ = status;
    Discard();
  }
  return status;
}

absl::Status FileSet::Stage(const std::string& path, const WriteFunction& write) {
  namespace fs = std::filesystem;
  Staged file;
  file.target = path;
  const fs::path p(path);
  file.name = p.filename().string();
  if (file.name.empty() || file.name == "." || file.name == "..") {
    return absl::InvalidArgumentError(path + ": refusing to write: the path names no file");
  }
  file.directory = p.has_parent_path() ? p.parent_path().string() : ".";

  absl::StatusOr<bool> exists = CheckTarget(path, options_.inputs);
  if (!exists.ok()) return exists.status();
  if (!*exists && options_.create_parent_directories && p.has_parent_path()) {
    std::error_code ec;
    fs::create_directories(file.directory, ec);
    if (ec) {
      return absl::UnavailableError(path + ": cannot create directory " +
                                             file.directory + ": " + ec.message());
    }
  }
  struct stat dir;
  if (::stat(file.directory.c_str(), &dir) != 0) {
    return absl::UnavailableError(path + ": cannot open directory " + file.directory +
                                           ": " + Why());
  }
  file.directory_device = dir.st_dev;
  file.directory_inode = dir.st_ino;
  for (const Staged& other : staged_) {
    if (other.directory_device == dir.st_dev && other.directory_inode == dir.st_ino &&
        other.name == file.name) {
      return absl::InvalidArgumentError(
                 path + ": refusing to write: named twice in one set of files (also as " +
                 other.target + ")");
    }
  }

  int fd = -1;
  // `<target>.tmp-<random>`: the suffix goes on the last component, so the
  // temporary file is in the target's directory.
  absl::StatusOr<std::string> temporary = WithFreshName(
      path + ".tmp-",
      path + ": cannot create a temporary file in " + file.directory,
      [&fd](const std::string& name) {
        fd = OpenExclusive(name, O_WRONLY, 0666);
        return fd >= 0;
      });
  if (!temporary.ok()) return temporary.status();
  file.temporary = *std::move(temporary);

  // From here on every failure unlinks the temporary before returning.
  FileWriter writer(fd, &file.target);
  absl::Status status = write(writer);
  if (status.ok() && Fsync(fd) != 0) {
    status = absl::UnavailableError(path + ": cannot flush to disk: " + Why());
  }
  if (status.ok()) {
    if (Close(fd) != 0) status = absl::UnavailableError(path + ": write failed: " + Why());
  } else {
    ::close(fd);
  }
  if (!status.ok()) {
    ::unlink(file.temporary.c_str());
    return status;
  }
  staged_.push_back(std::move(file));
  return absl::OkStatus();
}

absl::Status FileSet::Commit() {
  if (committed_) return absl::FailedPreconditionError("FileSet: Commit() called twice");
  committed_ = true;
  if (!error_.ok()) {
    Discard();
    return error_;
  }
  for (size_t k = 0; k < staged_.size(); ++k) {
    Staged& file = staged_[k];
    absl::Status failure;
    absl::StatusOr<bool> exists = CheckTarget(file.target, options_.inputs);
    if (!exists.ok()) {
      failure = exists.status();
    } else if (*exists && k + 1 < staged_.size()) {
      // Keep the old file under a fresh name, so a later failure can put it
      // back. The last file needs none: nothing can fail after its rename.
      bool moved = false;
      absl::StatusOr<std::string> backup = WithFreshName(
          file.target + ".old-", file.target + ": cannot keep the old file to put back on failure",
          [&](const std::string& name) {
            if (Link(file.target, name) == 0) return true;
            if (errno != EPERM && errno != EOPNOTSUPP && errno != EMLINK) return false;
            // No hard link possible here: move the old file aside instead.
            moved = RenameNoReplace(file.target, name) == 0;
            return moved;
          });
      if (backup.ok()) {
        file.backup = *std::move(backup);
        file.moved_aside = moved;
      } else {
        failure = backup.status();
      }
    }
    if (failure.ok() && Rename(file.temporary, file.target) != 0) {
      failure = absl::UnavailableError(
          file.target + ": cannot rename the temporary file into place: " + Why());
    }
    if (!failure.ok()) {
      // Put back what this commit changed, newest first, and say what.
      std::vector<std::string> restored;
      std::vector<std::string> trouble;
      if (file.moved_aside && ::rename(file.backup.c_str(), file.target.c_str()) != 0) {
        trouble.push_back(file.target + " could not be put back (" + Why() +
                          "); its old contents are in " + file.backup);
      } else if (!file.backup.empty() && !file.moved_aside) {
        ::unlink(file.backup.c_str());
      }
      for (size_t j = k; j-- > 0;) {
        Staged& done = staged_[j];
        if (!done.backup.empty()) {
          if (::rename(done.backup.c_str(), done.target.c_str()) == 0) {
            restored.push_back(done.target);
          } else {
            trouble.push_back(done.target + " could not be put back (" + Why() +
                              "); its old contents are in " + done.backup);
          }
        } else if (::unlink(done.target.c_str()) == 0 || errno == ENOENT) {
          restored.push_back(done.target);  // did not exist before: removed again
        } else {
          trouble.push_back(done.target + " is new and could not be removed (" + Why() + ")");
        }
      }
      Discard();
      std::string message(failure.message());
      if (!restored.empty()) message += "; put back as before: " + StrJoin(restored, ", ");
      if (!trouble.empty()) message += "; " + StrJoin(trouble, "; ");
      return absl::Status(failure.code(), message);
    }
    file.renamed = true;
  }
  std::vector<const std::string*> directories;
  for (const Staged& file : staged_) {
    if (!file.backup.empty()) ::unlink(file.backup.c_str());
    bool seen = false;
    for (const std::string* d : directories) seen = seen || *d == file.directory;
    if (!seen) directories.push_back(&file.directory);
  }
  for (const std::string* directory : directories) SyncDirectory(*directory);
  staged_.clear();
  return absl::OkStatus();
}

// --- one file --------------------------------------------------------------------

absl::Status WriteFileAtomically(const std::string& path, std::string_view contents,
                                 const WriteFileOptions& options) {
  FileSet file(options);
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(file.Add(path, contents));
  return file.Commit();
}

absl::Status WriteFileAtomically(const std::string& path, const WriteFunction& write,
                                 const WriteFileOptions& options) {
  FileSet file(options);
  GTEST_DATA_INTERNAL_RETURN_IF_ERROR_(file.Add(path, write));
  return file.Commit();
}

// --- scratch files -----------------------------------------------------------------

absl::StatusOr<UniqueFile> CreateScratchFile(const std::string& beside_path) {
  namespace fs = std::filesystem;
  const fs::path p(beside_path);
  const std::string directory = p.has_parent_path() ? p.parent_path().string() : ".";
  if (p.has_parent_path()) {
    std::error_code ec;
    fs::create_directories(directory, ec);
    if (ec) {
      return absl::UnavailableError(beside_path + ": cannot create directory " + directory +
                                    ": " + ec.message());
    }
  }
  int fd = -1;
  absl::StatusOr<std::string> name =
      WithFreshName(beside_path + ".spool-",
                    beside_path + ": cannot create a scratch file in " + directory,
                    [&fd](const std::string& candidate) {
                      fd = OpenExclusive(candidate, O_RDWR, 0600);
                      return fd >= 0;
                    });
  if (!name.ok()) return name.status();
  // Unlinked at once: the open descriptor keeps the data, and no exit, not
  // even SIGKILL, can leave the file behind.
  if (::unlink(name->c_str()) != 0) {
    const std::string why = Why();
    ::close(fd);
    return absl::UnavailableError(beside_path + ": cannot unlink scratch file " + *name + ": " +
                                  why);
  }
  std::FILE* file = ::fdopen(fd, "w+b");
  if (file == nullptr) {
    const std::string why = Why();
    ::close(fd);
    return absl::UnavailableError(beside_path + ": cannot open scratch file: " + why);
  }
  return UniqueFile(file);
}

// --- test seams --------------------------------------------------------------------

void FailNthFileCallForTesting(int n, int error) {
  fail_errno = error;
  calls = 0;
  fail_at = n;
}

int FileCallsForTesting() { return calls.load(); }

void SetNameSuffixSourceForTesting(std::string (*source)()) { suffix_source = source; }

}  // namespace internal
}  // namespace gtest_data
