//===--- ReportCodeQuality.cpp - GitLab Code Quality report ---------------===//
//
// GitLab reads a JSON array of Code Climate issues and requires description,
// check_name, fingerprint, severity, location.path and location.lines.begin.
// Notes have no field of their own there; they go into content.body.
//
//===----------------------------------------------------------------------===//

#include "Report.h"
#include "llvm/Support/JSON.h"

namespace porttidy {

void renderCodeQuality(llvm::ArrayRef<ReportItem> Items,
                       llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, /*IndentSize=*/2);
  J.array([&] {
    for (const ReportItem &Item : Items) {
      if (Item.Kind != DiagnosticKind::Finding)
        continue;
      J.object([&] {
        J.attribute("type", "issue");
        J.attribute("check_name", Item.Check);
        J.attribute("description", Item.Message);
        J.attributeArray("categories", [&] { J.value("Bug Risk"); });
        J.attribute("fingerprint", Item.Fingerprint);
        J.attribute("severity", Item.IsError ? "critical" : "major");
        J.attributeObject("location", [&] {
          J.attribute("path", Item.Where.Path);
          J.attributeObject("lines", [&] {
            J.attribute("begin", Item.Where.Start.Line);
            if (Item.Where.End)
              J.attribute("end", Item.Where.End->Line);
          });
        });
        if (!Item.Notes.empty()) {
          std::string Body;
          for (const ReportNote &Note : Item.Notes)
            Body += "- " + Note.Where.Path + ":" +
                    std::to_string(Note.Where.Start.Line) + ": " +
                    Note.Message + "\n";
          J.attributeObject("content", [&] { J.attribute("body", Body); });
        }
      });
    }
  });
  OS << "\n";
}

} // namespace porttidy
