//===--- Report.cpp - findings in the format the user asked for -----------===//

#include "Report.h"
#include "cli/Messages.h"
#include "llvm/ADT/StringSwitch.h"

namespace porttidy {

std::optional<ReportFormat> parseReportFormat(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<ReportFormat>>(Name)
      .Case("text", ReportFormat::Text)
      .Case("sarif", ReportFormat::Sarif)
      .Case("json", ReportFormat::Json)
      .Case("github", ReportFormat::Github)
      .Case("codequality", ReportFormat::CodeQuality)
      .Default(std::nullopt);
}

void renderReport(ReportFormat Format, llvm::ArrayRef<ReportItem> Items,
                  const ReportContext &Context, llvm::raw_ostream &OS) {
  switch (Format) {
  case ReportFormat::Sarif:
    return renderSarif(Items, Context, OS);
  case ReportFormat::Json:
    return renderJson(Items, OS);
  case ReportFormat::Github:
    return renderGithub(Items, OS);
  case ReportFormat::CodeQuality:
    return renderCodeQuality(Items, OS);
  case ReportFormat::Text:
    break;
  }
  llvm_unreachable("the text format is printed by clang-tidy's library");
}

void printNonFindings(llvm::ArrayRef<ReportItem> Items) {
  for (const ReportItem &Item : Items) {
    if (Item.Kind == DiagnosticKind::Finding)
      continue;
    std::string Where = Item.Where.Path;
    if (Item.Where.Start.Line)
      Where += ":" + std::to_string(Item.Where.Start.Line) + ":" +
               std::to_string(Item.Where.Start.Column);
    printError(Where + ": " + Item.Message + " [" + Item.Check + "]");
  }
}

} // namespace porttidy
