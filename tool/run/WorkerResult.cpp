//===--- WorkerResult.cpp - a TU's result as text -------------------------===//

#include "WorkerResult.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/YAMLTraits.h"

namespace {
/// The document: one result under the key it belongs to.
struct StoredResult {
  std::string Key;
  porttidy::TUResult Result;
};
} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(porttidy::FileRead)

namespace llvm {
namespace yaml {

template <> struct MappingTraits<porttidy::Finding> {
  static void mapping(IO &Io, porttidy::Finding &F) {
    Io.mapRequired("Diagnostic",
                   static_cast<clang::tooling::Diagnostic &>(F.Error));
    Io.mapOptional("IsWarningAsError", F.Error.IsWarningAsError, false);
    Io.mapOptional("EnabledAliases", F.Error.EnabledDiagnosticAliases);
    Io.mapOptional("EnclosingFunction", F.EnclosingFunction, std::string());
  }
};

/// ClangTidyError has no default constructor, which the stock vector traits
/// need.
template <> struct SequenceTraits<std::vector<porttidy::Finding>> {
  static size_t size(IO &, std::vector<porttidy::Finding> &Seq) {
    return Seq.size();
  }
  static porttidy::Finding &element(IO &, std::vector<porttidy::Finding> &Seq,
                                    size_t Index) {
    while (Seq.size() <= Index)
      Seq.push_back({clang::tidy::ClangTidyError(
                         "", clang::tooling::Diagnostic::Warning, "", false),
                     ""});
    return Seq[Index];
  }
};

template <> struct MappingTraits<porttidy::FileRead> {
  static void mapping(IO &Io, porttidy::FileRead &File) {
    Io.mapRequired("Path", File.Path);
    Hex64 Hash = File.Hash;
    Io.mapRequired("Hash", Hash);
    File.Hash = Hash;
  }
};

template <> struct MappingTraits<clang::tidy::ClangTidyStats> {
  static void mapping(IO &Io, clang::tidy::ClangTidyStats &Stats) {
    Io.mapOptional("Displayed", Stats.ErrorsDisplayed, 0u);
    Io.mapOptional("IgnoredCheckFilter", Stats.ErrorsIgnoredCheckFilter, 0u);
    Io.mapOptional("IgnoredNOLINT", Stats.ErrorsIgnoredNOLINT, 0u);
    Io.mapOptional("IgnoredNonUserCode", Stats.ErrorsIgnoredNonUserCode, 0u);
    Io.mapOptional("IgnoredLineFilter", Stats.ErrorsIgnoredLineFilter, 0u);
  }
};

template <> struct MappingTraits<StoredResult> {
  static void mapping(IO &Io, StoredResult &Stored) {
    Io.mapRequired("Key", Stored.Key);
    Io.mapRequired("Stats", Stored.Result.Stats);
    Io.mapRequired("FilesRead", Stored.Result.FilesRead);
    Io.mapRequired("Findings", Stored.Result.Findings);
  }
};

} // namespace yaml
} // namespace llvm

namespace porttidy {

std::string serializeResult(const TUResult &Result, llvm::StringRef Key) {
  StoredResult Stored{Key.str(), Result};
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::yaml::Output Out(OS, /*Ctxt=*/nullptr, /*WrapColumn=*/0);
  Out << Stored;
  OS.flush();
  return Text;
}

namespace {
/// A damaged entry is a miss, not a message on stderr.
void ignoreYamlDiagnostic(const llvm::SMDiagnostic &, void *) {}
} // namespace

std::optional<TUResult> parseResult(llvm::StringRef Text, llvm::StringRef Key) {
  StoredResult Stored;
  llvm::yaml::Input In(Text, /*Ctxt=*/nullptr, ignoreYamlDiagnostic);
  In >> Stored;
  if (In.error() || Stored.Key != Key)
    return std::nullopt;
  return std::move(Stored.Result);
}

} // namespace porttidy
