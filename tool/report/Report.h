//===--- Report.h - findings in the format the user asked for ---*- C++ -*-===//
//
// `--format=text|sarif|json|github|codequality`. Text is clang-tidy's own
// output (printed by its library, see TidyRunner); the others are rendered
// here from the resolved findings (ReportModel), one document per run.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_REPORT_H
#define PORTTIDY_TOOL_REPORT_H

#include "ReportModel.h"
#include "ReportSources.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace porttidy {

enum class ReportFormat { Text, Sarif, Json, Github, CodeQuality };

/// The format named \p Name (`text`, `sarif`, `json`, `github`,
/// `codequality`), or nullopt.
std::optional<ReportFormat> parseReportFormat(llvm::StringRef Name);

/// What a report says about the run besides its findings.
struct ReportContext {
  SourceRoot Root;
  std::string ToolVersion;
  /// The checks the run had available; SARIF describes each as a rule (plus
  /// any other check that reported something).
  std::vector<std::string> Checks;
  /// False when part of the code was not analysed (a file missing, not
  /// compiling, or crashing the analysis).
  bool Complete = true;
};

/// Writes \p Items (findings, compile errors and configuration problems, in
/// report order) as one document in \p Format, which must not be Text.
void renderReport(ReportFormat Format, llvm::ArrayRef<ReportItem> Items,
                  const ReportContext &Context, llvm::raw_ostream &OS);

void renderSarif(llvm::ArrayRef<ReportItem> Items, const ReportContext &Context,
                 llvm::raw_ostream &OS);
void renderJson(llvm::ArrayRef<ReportItem> Items, llvm::raw_ostream &OS);
void renderGithub(llvm::ArrayRef<ReportItem> Items, llvm::raw_ostream &OS);
void renderCodeQuality(llvm::ArrayRef<ReportItem> Items, llvm::raw_ostream &OS);

/// Prints on stderr the compile errors and configuration problems among
/// \p Items, one `porttidy: error: <path>:<line>:<col>: <message>` line each,
/// for every format but text (which prints clang-tidy's own lines): json and
/// codequality have no place for them, and CI logs show stderr.
void printNonFindings(llvm::ArrayRef<ReportItem> Items);

} // namespace porttidy

#endif // PORTTIDY_TOOL_REPORT_H
