//===--- Findings.cpp - what a ClangTidyError means for porttidy ----------===//

#include "Findings.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

namespace porttidy {

DiagnosticKind classify(const clang::tidy::ClangTidyError &Error) {
  llvm::StringRef Name = Error.DiagnosticName;
  if (Name == "clang-tidy-config")
    return DiagnosticKind::ConfigProblem;
  if (Error.DiagLevel == clang::tidy::ClangTidyError::Error &&
      !Error.IsWarningAsError && Name.starts_with("clang-diagnostic-"))
    return DiagnosticKind::CompileError;
  return DiagnosticKind::Finding;
}

std::string identityOf(const clang::tidy::ClangTidyError &Error) {
  const clang::tooling::DiagnosticMessage &Message = Error.Message;
  return (Error.DiagnosticName + "\n" + Message.FilePath + "\n" +
          llvm::Twine(Message.FileOffset) + "\n" + Message.Message)
      .str();
}

} // namespace porttidy
