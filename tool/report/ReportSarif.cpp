//===--- ReportSarif.cpp - SARIF 2.1.0 for code scanning ------------------===//
//
// One run, in the subset GitHub code scanning reads: the tool and its rules
// (from docs/checks), results with repo-relative locations, notes as related
// locations, fix-its as fixes, and fingerprints that survive edits. Compile
// errors are not results: they are execution notifications, and make the
// invocation unsuccessful.
//
//===----------------------------------------------------------------------===//

#include "Report.h"
#include "ReportRules.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <set>

namespace porttidy {

namespace {

constexpr llvm::StringLiteral RootId = "%SRCROOT%";

/// Percent-encodes everything in a path but RFC 3986's unreserved
/// characters and `/`.
std::string encodePath(llvm::StringRef Path) {
  std::string Result;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C)) {
      Result += static_cast<char>(C);
    } else {
      Result += '%';
      Result += llvm::hexdigit(C >> 4, /*LowerCase=*/false);
      Result += llvm::hexdigit(C & 15, /*LowerCase=*/false);
    }
  }
  return Result;
}

std::string fileUri(llvm::StringRef AbsolutePath) {
  return "file://" + encodePath(AbsolutePath);
}

class SarifWriter {
public:
  SarifWriter(llvm::raw_ostream &OS, const ReportContext &Context)
      : J(OS, /*IndentSize=*/2), Context(Context) {}

  void write(llvm::ArrayRef<ReportItem> Items) {
    collectRules(Items);
    J.object([&] {
      J.attribute("$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/"
                             "errata01/os/schemas/sarif-schema-2.1.0.json");
      J.attribute("version", "2.1.0");
      J.attributeArray("runs", [&] { J.object([&] { run(Items); }); });
    });
  }

private:
  void collectRules(llvm::ArrayRef<ReportItem> Items) {
    std::set<std::string> Ids(Context.Checks.begin(), Context.Checks.end());
    for (const ReportItem &Item : Items)
      if (Item.Kind == DiagnosticKind::Finding)
        Ids.insert(Item.Check);
    for (const std::string &Id : Ids) {
      RuleIndex[Id] = Rules.size();
      Rules.push_back(Id);
    }
  }

  void run(llvm::ArrayRef<ReportItem> Items) {
    J.attributeObject("tool", [&] {
      J.attributeObject("driver", [&] {
        J.attribute("name", "porttidy");
        J.attribute("version", Context.ToolVersion);
        if (!homePageUrl().empty())
          J.attribute("informationUri", homePageUrl());
        J.attributeArray("rules", [&] {
          for (const std::string &Id : Rules)
            rule(Id);
        });
      });
    });
    J.attributeObject("originalUriBaseIds", [&] {
      J.attributeObject(RootId, [&] {
        std::string Root = Context.Root.path();
        if (!llvm::StringRef(Root).ends_with("/"))
          Root += '/';
        J.attribute("uri", fileUri(Root));
      });
    });
    J.attribute("columnKind", "utf16CodeUnits");
    J.attributeArray("results", [&] {
      for (const ReportItem &Item : Items)
        if (Item.Kind == DiagnosticKind::Finding)
          result(Item);
    });
    J.attributeArray("invocations",
                     [&] { J.object([&] { invocation(Items); }); });
  }

  void rule(const std::string &Id) {
    J.object([&] {
      J.attribute("id", Id);
      const RuleDoc *Doc = findRuleDoc(Id);
      std::string Summary =
          Doc ? Doc->Summary.str() : "clang-tidy check " + Id + ".";
      std::string Description = Doc ? Doc->Description.str() : Summary;
      J.attributeObject("shortDescription",
                        [&] { J.attribute("text", Summary); });
      J.attributeObject("fullDescription",
                        [&] { J.attribute("text", Description); });
      J.attributeObject("help", [&] {
        J.attribute("text", Description);
        if (Doc)
          J.attribute("markdown", Doc->Markdown);
      });
      if (llvm::StringRef HelpUri = ruleHelpUri(Id); !HelpUri.empty())
        J.attribute("helpUri", HelpUri);
      J.attributeObject("defaultConfiguration",
                        [&] { J.attribute("level", "warning"); });
      J.attributeObject("properties", [&] {
        J.attributeArray("tags", [&] {
          J.value("correctness");
          if (Doc)
            J.value("network");
        });
      });
    });
  }

  void artifactLocation(const ReportLocation &Where) {
    J.attributeObject("artifactLocation", [&] {
      if (Where.InRoot) {
        J.attribute("uri", encodePath(Where.Path));
        J.attribute("uriBaseId", RootId);
      } else {
        J.attribute("uri", fileUri(Where.AbsolutePath));
      }
    });
  }

  void region(const ReportLocation &Where, llvm::StringRef Name) {
    if (!Where.Start.Line)
      return; // the file could not be read: the artifact alone
    J.attributeObject(Name, [&] {
      J.attribute("startLine", Where.Start.Line);
      J.attribute("startColumn", Where.StartUtf16);
      if (Where.End) {
        J.attribute("endLine", Where.End->Line);
        J.attribute("endColumn", Where.EndUtf16);
      }
    });
  }

  void physicalLocation(const ReportLocation &Where) {
    J.attributeObject("physicalLocation", [&] {
      artifactLocation(Where);
      region(Where, "region");
    });
  }

  void result(const ReportItem &Item) {
    J.object([&] {
      J.attribute("ruleId", Item.Check);
      J.attribute("ruleIndex", RuleIndex.at(Item.Check));
      J.attribute("level", Item.IsError ? "error" : "warning");
      J.attributeObject("message", [&] { J.attribute("text", Item.Message); });
      J.attributeArray("locations", [&] {
        J.object([&] {
          physicalLocation(Item.Where);
          if (!Item.Key.Function.empty())
            J.attributeArray("logicalLocations", [&] {
              J.object([&] {
                J.attribute("fullyQualifiedName", Item.Key.Function);
                J.attribute("kind", "function");
              });
            });
        });
      });
      if (!Item.Notes.empty())
        J.attributeArray("relatedLocations", [&] {
          for (size_t I = 0; I != Item.Notes.size(); ++I)
            J.object([&] {
              J.attribute("id", static_cast<int64_t>(I + 1));
              physicalLocation(Item.Notes[I].Where);
              J.attributeObject("message", [&] {
                J.attribute("text", Item.Notes[I].Message);
              });
            });
        });
      if (!Item.Fixes.empty())
        J.attributeArray("fixes", [&] {
          for (const ReportFix &Fix : Item.Fixes)
            fix(Fix);
        });
      J.attributeObject("partialFingerprints", [&] {
        J.attribute("porttidyFindingHash/v1", Item.Fingerprint);
        J.attribute("primaryLocationLineHash", Item.LineHash);
      });
    });
  }

  void fix(const ReportFix &Fix) {
    J.object([&] {
      J.attributeObject("description",
                        [&] { J.attribute("text", Fix.Description); });
      J.attributeArray("artifactChanges", [&] {
        // Edits come grouped by file; one change per file.
        for (size_t I = 0; I != Fix.Edits.size();) {
          size_t End = I;
          while (End != Fix.Edits.size() && Fix.Edits[End].Where.AbsolutePath ==
                                                Fix.Edits[I].Where.AbsolutePath)
            ++End;
          J.object([&] {
            artifactLocation(Fix.Edits[I].Where);
            J.attributeArray("replacements", [&] {
              for (size_t K = I; K != End; ++K)
                J.object([&] {
                  region(Fix.Edits[K].Where, "deletedRegion");
                  J.attributeObject("insertedContent", [&] {
                    J.attribute("text", Fix.Edits[K].Replacement);
                  });
                });
            });
          });
          I = End;
        }
      });
    });
  }

  void notification(const ReportItem &Item) {
    J.object([&] {
      J.attribute("level", Item.Kind == DiagnosticKind::CompileError
                               ? "error"
                               : "warning");
      J.attributeObject("message", [&] { J.attribute("text", Item.Message); });
      J.attributeArray("locations", [&] {
        J.object([&] { physicalLocation(Item.Where); });
      });
      J.attributeObject("descriptor", [&] { J.attribute("id", Item.Check); });
    });
  }

  void invocation(llvm::ArrayRef<ReportItem> Items) {
    J.attribute("executionSuccessful", Context.Complete);
    auto Notifications = [&](DiagnosticKind Kind, llvm::StringRef Name) {
      if (llvm::none_of(Items,
                        [&](const ReportItem &I) { return I.Kind == Kind; }))
        return;
      J.attributeArray(Name, [&] {
        for (const ReportItem &Item : Items)
          if (Item.Kind == Kind)
            notification(Item);
      });
    };
    Notifications(DiagnosticKind::CompileError, "toolExecutionNotifications");
    Notifications(DiagnosticKind::ConfigProblem,
                  "toolConfigurationNotifications");
  }

  llvm::json::OStream J;
  const ReportContext &Context;
  std::vector<std::string> Rules;
  std::map<std::string, int64_t> RuleIndex;
};

} // namespace

void renderSarif(llvm::ArrayRef<ReportItem> Items, const ReportContext &Context,
                 llvm::raw_ostream &OS) {
  SarifWriter(OS, Context).write(Items);
  OS << "\n";
}

} // namespace porttidy
