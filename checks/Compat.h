//===--- Compat.h - every LLVM major difference, nowhere else ---*- C++ -*-===//
//
// porttidy builds against LLVM 19 to 22. Each difference between majors is
// absorbed here so that checks and the CLI read the same on all of them.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_COMPAT_H
#define PORTTIDY_COMPAT_H

#include "llvm/Config/llvm-config.h"

// LLVM 22 deprecates ClangTidyModuleRegistry.h with a #warning; the registry
// itself moved into ClangTidyModule.h.
#if LLVM_VERSION_MAJOR >= 22
#include "clang-tidy/ClangTidyModule.h"
#else
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

#endif // PORTTIDY_COMPAT_H
