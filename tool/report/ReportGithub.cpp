//===--- ReportGithub.cpp - GitHub Actions workflow annotations -----------===//
//
// `::warning file=<path>,line=<l>,col=<c>,title=<check>::<message>`, one line
// per finding; notes follow the message on lines of their own. Compile
// errors become `::error` annotations. Escaping follows the workflow-command
// rules: `%`, CR and LF everywhere, plus `:` and `,` in property values.
//
//===----------------------------------------------------------------------===//

#include "Report.h"

namespace porttidy {

namespace {

std::string escapeData(llvm::StringRef Text) {
  std::string Result;
  for (char C : Text) {
    switch (C) {
    case '%':
      Result += "%25";
      break;
    case '\r':
      Result += "%0D";
      break;
    case '\n':
      Result += "%0A";
      break;
    default:
      Result += C;
    }
  }
  return Result;
}

std::string escapeProperty(llvm::StringRef Text) {
  std::string Result;
  for (char C : escapeData(Text)) {
    switch (C) {
    case ':':
      Result += "%3A";
      break;
    case ',':
      Result += "%2C";
      break;
    default:
      Result += C;
    }
  }
  return Result;
}

void annotate(llvm::raw_ostream &OS, llvm::StringRef Command,
              const ReportItem &Item, llvm::StringRef Title) {
  OS << "::" << Command << " file=" << escapeProperty(Item.Where.Path);
  if (Item.Where.Start.Line) {
    OS << ",line=" << Item.Where.Start.Line;
    if (Item.Where.End && Item.Where.End->Line != Item.Where.Start.Line)
      OS << ",endLine=" << Item.Where.End->Line;
    OS << ",col=" << Item.Where.Start.Column;
    if (Item.Where.End && Item.Where.End->Line == Item.Where.Start.Line)
      OS << ",endColumn=" << Item.Where.End->Column;
  }
  OS << ",title=" << escapeProperty(Title) << "::";
  std::string Message = Item.Message;
  for (const ReportNote &Note : Item.Notes)
    Message += "\n" + Note.Where.Path + ":" +
               std::to_string(Note.Where.Start.Line) + ":" +
               std::to_string(Note.Where.Start.Column) +
               ": note: " + Note.Message;
  OS << escapeData(Message) << "\n";
}

} // namespace

void renderGithub(llvm::ArrayRef<ReportItem> Items, llvm::raw_ostream &OS) {
  for (const ReportItem &Item : Items) {
    switch (Item.Kind) {
    case DiagnosticKind::Finding:
      annotate(OS, Item.IsError ? "error" : "warning", Item, Item.Check);
      break;
    case DiagnosticKind::CompileError:
      annotate(OS, "error", Item, "compile error");
      break;
    case DiagnosticKind::ConfigProblem:
      annotate(OS, "warning", Item, Item.Check);
      break;
    }
  }
}

} // namespace porttidy
