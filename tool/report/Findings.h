//===--- Findings.h - what a ClangTidyError means for porttidy --*- C++ -*-===//
//
// clang-tidy hands back one list mixing check findings, compiler errors and
// complaints about the configuration; the exit status and porttidy's own
// messages need them told apart.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_FINDINGS_H
#define PORTTIDY_TOOL_FINDINGS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <string>

namespace porttidy {

enum class DiagnosticKind {
  /// From an enabled check (clang-tidy's consumer drops disabled ones),
  /// including warnings promoted by WarningsAsErrors and misused NOLINTs.
  Finding,
  /// A compiler error (`clang-diagnostic-*` at error level): the file did not
  /// fully parse, so the checks saw only part of it.
  CompileError,
  /// A check rejected its options (`clang-tidy-config`), so it ran with
  /// other settings than the user asked for.
  ConfigProblem,
};

DiagnosticKind classify(const clang::tidy::ClangTidyError &Error);

/// One diagnostic as the CLI passes it from analysis to output: the error
/// clang-tidy reported plus what only the AST could tell about its place.
struct Finding {
  clang::tidy::ClangTidyError Error;
  /// Qualified name of the function whose definition contains the
  /// diagnostic's location (e.g. `net::Server::start`); empty at file scope.
  std::string EnclosingFunction;
};

/// Identifies a diagnostic across translation units, so a finding in a
/// header that several files include is reported once.
std::string identityOf(const clang::tidy::ClangTidyError &Error);

} // namespace porttidy

#endif // PORTTIDY_TOOL_FINDINGS_H
