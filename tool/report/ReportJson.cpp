//===--- ReportJson.cpp - a plain JSON array for scripts ------------------===//
//
// The shape is documented in docs/output.md and is a promise: add fields,
// never rename or remove them. Columns count bytes, as clang's do.
//
//===----------------------------------------------------------------------===//

#include "Report.h"
#include "llvm/Support/JSON.h"

namespace porttidy {

namespace {

void location(llvm::json::OStream &J, const ReportLocation &Where) {
  J.attribute("path", Where.Path);
  J.attribute("line", Where.Start.Line);
  J.attribute("column", Where.Start.Column);
  if (Where.End) {
    J.attribute("endLine", Where.End->Line);
    J.attribute("endColumn", Where.End->Column);
  }
}

} // namespace

void renderJson(llvm::ArrayRef<ReportItem> Items, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, /*IndentSize=*/2);
  J.array([&] {
    for (const ReportItem &Item : Items) {
      if (Item.Kind != DiagnosticKind::Finding)
        continue;
      J.object([&] {
        J.attribute("check", Item.Check);
        J.attribute("severity", Item.IsError ? "error" : "warning");
        J.attribute("message", Item.Message);
        location(J, Item.Where);
        J.attribute("function", Item.Key.Function);
        J.attribute("fingerprint", Item.Fingerprint);
        J.attributeArray("notes", [&] {
          for (const ReportNote &Note : Item.Notes)
            J.object([&] {
              location(J, Note.Where);
              J.attribute("message", Note.Message);
            });
        });
        J.attributeArray("fixes", [&] {
          for (const ReportFix &Fix : Item.Fixes)
            J.object([&] {
              J.attribute("description", Fix.Description);
              J.attribute("fromNote", Fix.FromNote);
              J.attributeArray("edits", [&] {
                for (const ReportEdit &Edit : Fix.Edits)
                  J.object([&] {
                    location(J, Edit.Where);
                    J.attribute("replacement", Edit.Replacement);
                  });
              });
            });
        });
      });
    }
  });
  OS << "\n";
}

} // namespace porttidy
