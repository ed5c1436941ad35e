//===--- PortChecksFuzzer.cpp - libFuzzer over every port-* check ---------===//
//
// Each input is one source file, analysed in-process by every port-* check
// through clang-tidy's own runClangTidy(), on an in-memory file with the
// installed headers (glibc, asio, boost, libuv) and the stand-ins for
// platforms that cannot be installed here (test/Inputs/platform-stand-ins) on
// the include path. The input picks its own compile mode so that one corpus
// covers all shapes the suite tests:
//   - C++17 when it holds a C++-only token ("::", "class ", "template",
//     "namespace"), otherwise C (gnu11);
//   - -O2 when its length is odd, else -O0 (glibc's htons is a macro over
//     __bswap_16 only under -O2).
// Compile errors are expected and ignored; crashes, hangs and sanitizer
// reports are what the fuzzer is after.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace clang;

bool looksLikeCxx(llvm::StringRef Code) {
  for (llvm::StringRef Token : {"::", "class ", "template", "namespace"})
    if (Code.contains(Token))
      return true;
  return false;
}

std::vector<std::string> compileArgs(llvm::StringRef Code, bool Cxx) {
  return {Cxx ? "-std=c++17" : "-std=gnu11",
          Code.size() % 2 ? "-O2" : "-O0",
          "-resource-dir=" PORTTIDY_RESOURCE_DIR,
          "-I" PORTTIDY_STAND_IN_HEADERS,
          // Keep each run short and quiet: the fuzzer wants the checks.
          "-ferror-limit=20", "-fno-caret-diagnostics", "-w"};
}

tidy::ClangTidyOptions portChecksOnly() {
  tidy::ClangTidyOptions Options = tidy::ClangTidyOptions::getDefaults();
  Options.Checks = "-*,port-*";
  return Options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Code(reinterpret_cast<const char *>(Data), Size);
  const bool Cxx = looksLikeCxx(Code);
  const std::string File = Cxx ? "/porttidy-fuzz/input.cpp" : "/porttidy-fuzz/input.c";

  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Memory->addFile(File, 0, llvm::MemoryBuffer::getMemBufferCopy(Code, File));
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  FS->pushOverlay(Memory);

  tooling::FixedCompilationDatabase Database("/",
                                             compileArgs(Code, Cxx));
  // A fresh context per input, as the CLI does per file: diagnostic IDs are
  // numbered anew by each run.
  tidy::ClangTidyContext Context(
      std::make_unique<tidy::DefaultOptionsProvider>(
          tidy::ClangTidyGlobalOptions(), portChecksOnly()));
  std::vector<tidy::ClangTidyError> Errors =
      tidy::runClangTidy(Context, Database, {File}, FS,
                         /*ApplyAnyFix=*/true);

  // Every fix-it, on the finding or on a note, must lie inside the input: a
  // replacement past its end would corrupt the file on --fix.
  auto CheckFixes = [&](const tooling::DiagnosticMessage &Message) {
    for (const auto &Entry : Message.Fix)
      for (const tooling::Replacement &R : Entry.getValue())
        if (R.getFilePath() == File && R.getOffset() + R.getLength() > Size)
          __builtin_trap();
  };
  for (const tidy::ClangTidyError &Error : Errors) {
    CheckFixes(Error.Message);
    for (const tooling::DiagnosticMessage &Note : Error.Notes)
      CheckFixes(Note);
  }
  return 0;
}
