//===--- SafeFileWriter.cpp - replace a file whole or not at all ----------===//

#include "SafeFileWriter.h"
#include "cli/Messages.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "run/FaultInjection.h"
#include "run/Interruption.h"
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porttidy {

namespace fs = llvm::sys::fs;

namespace {

std::string reason(int Errno) {
  return std::make_error_code(static_cast<std::errc>(Errno)).message();
}

llvm::Error failure(const llvm::Twine &Why) { return makeError(Why); }

bool sameVersion(const struct stat &A, const struct stat &B) {
  return A.st_dev == B.st_dev && A.st_ino == B.st_ino &&
         A.st_size == B.st_size && A.st_mtim.tv_sec == B.st_mtim.tv_sec &&
         A.st_mtim.tv_nsec == B.st_mtim.tv_nsec;
}

llvm::Error writeAll(int Fd, llvm::StringRef Text) {
  const char *Next = Text.data();
  size_t Left = Text.size();
  while (Left) {
    size_t Chunk = injectedWriteLimit(Left);
    if (Chunk == 0)
      return failure(reason(ENOSPC));
    ssize_t Written = ::write(Fd, Next, Chunk);
    if (Written < 0 && errno == EINTR)
      continue;
    if (Written < 0)
      return failure(reason(errno));
    Next += Written;
    Left -= Written;
  }
  return llvm::Error::success();
}

/// What the replacement must look like besides its text.
struct Target {
  /// Symlinks resolved.
  std::string Path;
  /// Permission bits and owner to copy; std::nullopt for a new file (the
  /// umask decides).
  std::optional<struct stat> Original;
  bool Durable = true;
  /// Checked just before the rename; an error there leaves the target alone.
  std::function<llvm::Error()> StillUnchanged;
};

/// The one place that writes a user's file: temporary file next to the
/// target, then rename().
llvm::Error replaceWhole(const Target &T, llvm::StringRef Text) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(T.Path);
  llvm::SmallString<256> Model(Dir);
  llvm::sys::path::append(Model, "." + llvm::sys::path::filename(T.Path) +
                                     ".porttidy-%%%%%%.tmp");
  llvm::SmallString<256> Temporary;
  int Fd = -1;
  {
    BlockInterrupts Blocked;
    if (std::error_code EC = fs::createUniqueFile(Model, Fd, Temporary))
      return failure("cannot create a temporary file in '" + Dir +
                     "': " + EC.message());
    llvm::sys::RemoveFileOnSignal(Temporary);
  }
  auto Abandon = [&](llvm::Error Err) {
    if (Fd >= 0)
      ::close(Fd);
    ::unlink(Temporary.c_str());
    llvm::sys::DontRemoveFileOnSignal(Temporary);
    return Err;
  };

  if (T.Original) {
    // Owner first: chown() clears the set-user-ID and set-group-ID bits.
    // Another owner is kept only where the user may give the file to it.
    if (T.Original->st_uid != ::geteuid() || T.Original->st_gid != ::getegid())
      (void)::fchown(Fd, T.Original->st_uid, T.Original->st_gid);
    if (::fchmod(Fd, T.Original->st_mode & 07777) != 0)
      return Abandon(failure("cannot set the permissions of '" + Temporary +
                             "': " + reason(errno)));
  }
  if (llvm::Error Err = writeAll(Fd, Text))
    return Abandon(std::move(Err));
  if (T.Durable && ::fsync(Fd) != 0)
    return Abandon(failure(reason(errno)));
  int Closed = ::close(Fd);
  Fd = -1;
  if (Closed != 0)
    return Abandon(failure(reason(errno)));

  if (T.StillUnchanged)
    if (llvm::Error Err = T.StillUnchanged())
      return Abandon(std::move(Err));
  if (::rename(Temporary.c_str(), T.Path.c_str()) != 0)
    return Abandon(failure(reason(errno)));
  llvm::sys::DontRemoveFileOnSignal(Temporary);

  if (T.Durable) {
    // The rename itself reaches the disk once the directory is synced.
    int DirFd = ::open(Dir.str().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (DirFd >= 0) {
      (void)::fsync(DirFd);
      ::close(DirFd);
    }
  }
  return llvm::Error::success();
}

/// A device or FIFO: written through, as a shell redirection would.
llvm::Error writeInPlace(llvm::StringRef Path, llvm::StringRef Text) {
  int Fd = ::open(Path.str().c_str(), O_WRONLY | O_CLOEXEC);
  if (Fd < 0)
    return failure(reason(errno));
  llvm::Error Err = writeAll(Fd, Text);
  ::close(Fd);
  return Err;
}

} // namespace

llvm::Error checkWritable(llvm::StringRef Path) {
  struct stat Existing;
  if (::stat(Path.str().c_str(), &Existing) == 0) {
    if (S_ISDIR(Existing.st_mode))
      return failure(reason(EISDIR));
    if (::faccessat(AT_FDCWD, Path.str().c_str(), W_OK, AT_EACCESS) != 0)
      return failure(reason(errno));
    if (!S_ISREG(Existing.st_mode))
      return llvm::Error::success();
  } else if (errno != ENOENT) {
    return failure(reason(errno));
  }
  // The temporary file goes next to the target: its directory must take it.
  llvm::SmallString<256> Real;
  if (fs::real_path(Path, Real))
    Real = Path;
  fs::make_absolute(Real);
  llvm::SmallString<256> Dir = llvm::sys::path::parent_path(Real);
  if (::faccessat(AT_FDCWD, Dir.c_str(), W_OK | X_OK, AT_EACCESS) != 0)
    return failure(reason(errno));
  return llvm::Error::success();
}

llvm::Expected<LockedFile> LockedFile::open(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (std::error_code EC = fs::real_path(Path, Real))
    return failure(EC == std::errc::no_such_file_or_directory ||
                           EC == std::errc::not_a_directory
                       ? "it no longer exists"
                       : EC.message());
  int Fd = ::open(Real.c_str(), O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return failure(errno == ENOENT ? "it no longer exists" : reason(errno));
  LockedFile File(Real.str().str(), Fd);

  struct stat Status;
  if (::fstat(Fd, &Status) != 0)
    return failure(reason(errno));
  if (!S_ISREG(Status.st_mode))
    return failure("it is not a regular file");
  if (::faccessat(AT_FDCWD, Real.c_str(), W_OK, AT_EACCESS) != 0)
    return failure(errno == EACCES ? "it is read-only" : reason(errno));
  // A file system without flock() support (some NFS set-ups: ENOLCK) still
  // gets the "changed on disk" checks, only not the lock.
  if (::flock(Fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
    return failure("another porttidy run is fixing it");

  char Buffer[65536];
  for (;;) {
    ssize_t Read = ::read(Fd, Buffer, sizeof Buffer);
    if (Read < 0 && errno == EINTR)
      continue;
    if (Read < 0)
      return failure(reason(errno));
    if (Read == 0)
      break;
    File.Text.append(Buffer, Read);
  }
  return File;
}

LockedFile::LockedFile(LockedFile &&Other) noexcept
    : Real(std::move(Other.Real)), Fd(Other.Fd), Text(std::move(Other.Text)) {
  Other.Fd = -1;
}

LockedFile::~LockedFile() {
  // Closing the descriptor releases the lock.
  if (Fd >= 0)
    ::close(Fd);
}

llvm::Error LockedFile::replace(llvm::StringRef NewText) {
  struct stat Opened;
  if (::fstat(Fd, &Opened) != 0)
    return failure(reason(errno));
  Target T;
  T.Path = Real;
  T.Original = Opened;
  // An editor may save in place, or replace the file, while we write.
  T.StillUnchanged = [&]() -> llvm::Error {
    injectSignalDuringWrite();
    struct stat Now, Locked;
    if (::stat(Real.c_str(), &Now) != 0)
      return failure(errno == ENOENT ? "it no longer exists" : reason(errno));
    if (::fstat(Fd, &Locked) != 0 || !sameVersion(Now, Opened) ||
        !sameVersion(Locked, Opened))
      return failure("it changed on disk after porttidy read it");
    return llvm::Error::success();
  };
  return replaceWhole(T, NewText);
}

llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Text,
                                bool Durable) {
  Target T;
  T.Durable = Durable;
  struct stat Existing;
  llvm::SmallString<256> Real;
  bool Exists = ::stat(Path.str().c_str(), &Existing) == 0;
  if (Exists && !S_ISREG(Existing.st_mode) && !S_ISDIR(Existing.st_mode))
    return writeInPlace(Path, Text);
  if (Exists && !fs::real_path(Path, Real)) {
    T.Path = Real.str().str();
    T.Original = Existing;
  } else {
    llvm::SmallString<256> Absolute(Path);
    fs::make_absolute(Absolute);
    T.Path = Absolute.str().str();
  }
  return replaceWhole(T, Text);
}

} // namespace porttidy
