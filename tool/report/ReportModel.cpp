//===--- ReportModel.cpp - findings resolved for output -------------------===//

#include "ReportModel.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <map>

namespace porttidy {

namespace {

using clang::tooling::DiagnosticMessage;

class Resolver {
public:
  Resolver(const SourceRoot &Root, SourceFiles &Files, std::string BuildDir)
      : Root(Root), Files(Files), BuildDir(std::move(BuildDir)) {}

  ReportLocation locate(llvm::StringRef FilePath, unsigned Offset,
                        std::optional<unsigned> EndOffset) {
    ReportLocation Where;
    Where.AbsolutePath = SourceRoot::absolute(FilePath, BuildDir);
    Where.Path = Root.display(Where.AbsolutePath);
    Where.InRoot = !Root.relative(Where.AbsolutePath).empty();
    const SourceFile *File = Files.get(Where.AbsolutePath);
    if (!File)
      return Where;
    Where.Start = File->positionOf(Offset);
    Where.StartUtf16 = File->utf16Column(Where.Start);
    if (EndOffset) {
      Where.End = File->positionOf(*EndOffset);
      Where.EndUtf16 = File->utf16Column(*Where.End);
    }
    return Where;
  }

  /// The diagnostic's position, extended to the end of its first range in
  /// the same file that reaches past it.
  ReportLocation locate(const DiagnosticMessage &Message) {
    std::optional<unsigned> End;
    for (const clang::tooling::FileByteRange &Range : Message.Ranges)
      if (Range.FilePath == Message.FilePath &&
          Range.FileOffset + Range.Length > Message.FileOffset) {
        End = Range.FileOffset + Range.Length;
        break;
      }
    return locate(Message.FilePath, Message.FileOffset, End);
  }

  std::optional<ReportFix> fixOf(const DiagnosticMessage &Message,
                                 bool FromNote) {
    if (Message.Fix.empty())
      return std::nullopt;
    ReportFix Fix{Message.Message, FromNote, {}};
    // StringMap iterates in hash order; the report must not.
    std::vector<llvm::StringRef> Paths;
    for (const auto &Entry : Message.Fix)
      Paths.push_back(Entry.getKey());
    llvm::sort(Paths);
    for (llvm::StringRef Path : Paths)
      for (const clang::tooling::Replacement &R : Message.Fix.lookup(Path))
        Fix.Edits.push_back({locate(R.getFilePath(), R.getOffset(),
                                    R.getOffset() + R.getLength()),
                             R.getReplacementText().str()});
    return Fix;
  }

  const SourceFile *file(const ReportLocation &Where) {
    return Files.get(Where.AbsolutePath);
  }

private:
  const SourceRoot &Root;
  SourceFiles &Files;
  std::string BuildDir;
};

ReportItem resolve(const Finding &F, const SourceRoot &Root,
                   SourceFiles &Files) {
  const clang::tidy::ClangTidyError &Error = F.Error;
  Resolver R(Root, Files, Error.BuildDirectory);
  ReportItem Item;
  Item.Source = &F;
  Item.Kind = classify(Error);
  Item.Check = Error.DiagnosticName;
  Item.Message = Error.Message.Message;
  // clang-tidy keeps a promoted warning at warning level and marks it.
  Item.IsError = Error.DiagLevel == clang::tidy::ClangTidyError::Error ||
                 Error.IsWarningAsError;
  Item.Where = R.locate(Error.Message);
  for (const DiagnosticMessage &Note : Error.Notes)
    Item.Notes.push_back({R.locate(Note), Note.Message});
  if (std::optional<ReportFix> Fix = R.fixOf(Error.Message, false))
    Item.Fixes.push_back(std::move(*Fix));
  for (const DiagnosticMessage &Note : Error.Notes)
    if (std::optional<ReportFix> Fix = R.fixOf(Note, true))
      Item.Fixes.push_back(std::move(*Fix));

  Item.Key.Check = Item.Check;
  Item.Key.Path = Item.Where.Path;
  Item.Key.Function = F.EnclosingFunction;
  Item.Key.Code = flaggedCode(Error.Message, R.file(Item.Where));
  return Item;
}

} // namespace

std::vector<ReportItem> resolveFindings(llvm::ArrayRef<Finding> Findings,
                                        const SourceRoot &Root,
                                        SourceFiles &Files) {
  std::vector<ReportItem> Items;
  for (const Finding &F : Findings)
    Items.push_back(resolve(F, Root, Files));
  llvm::stable_sort(Items, [](const ReportItem &A, const ReportItem &B) {
    return std::tie(A.Where.Path, A.Where.Start.Line, A.Where.Start.Column,
                    A.Check, A.Message) <
           std::tie(B.Where.Path, B.Where.Start.Line, B.Where.Start.Column,
                    B.Check, B.Message);
  });

  std::vector<FindingKey *> Keys;
  for (ReportItem &Item : Items)
    Keys.push_back(&Item.Key);
  numberOccurrences(Keys);

  std::map<std::pair<std::string, std::string>, unsigned> LineHashes;
  for (ReportItem &Item : Items) {
    Item.Fingerprint = fingerprintOf(Item.Key);
    const SourceFile *File = Files.get(Item.Where.AbsolutePath);
    std::string Line =
        File ? normaliseCode(File->lineText(Item.Where.Start.Line)) : "";
    std::string Hash = shortHash(Item.Check + '\0' + Line);
    unsigned Nth = ++LineHashes[{Item.Where.Path, Hash}];
    Item.LineHash = Hash + ":" + std::to_string(Nth);
  }
  return Items;
}

} // namespace porttidy
