//===--- Baseline.cpp - findings accepted for now -------------------------===//

#include "Baseline.h"
#include "SafeFileWriter.h"
#include "cli/Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace porttidy {

namespace {

llvm::Error invalid(llvm::StringRef Path, const llvm::Twine &Why) {
  return makeError("invalid baseline '" + Path + "': " + Why);
}

} // namespace

llvm::Expected<std::vector<BaselineEntry>> readBaseline(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return makeError("cannot read baseline '" + Path +
                     "': " + Buffer.getError().message());
  llvm::Expected<llvm::json::Value> Parsed =
      llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return invalid(Path, llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  if (!Root)
    return invalid(Path, "not a JSON object");
  std::optional<int64_t> Version = Root->getInteger("version");
  if (!Version)
    return invalid(Path, "no \"version\"");
  if (*Version != BaselineVersion)
    return invalid(Path, "version " + llvm::Twine(*Version) +
                             "; this porttidy reads version " +
                             llvm::Twine(BaselineVersion));
  const llvm::json::Array *Findings = Root->getArray("findings");
  if (!Findings)
    return invalid(Path, "no \"findings\" array");

  std::vector<BaselineEntry> Entries;
  for (size_t I = 0; I != Findings->size(); ++I) {
    const llvm::json::Object *Entry = (*Findings)[I].getAsObject();
    auto Text = [&](llvm::StringRef Field) -> std::optional<std::string> {
      if (!Entry)
        return std::nullopt;
      if (std::optional<llvm::StringRef> Value = Entry->getString(Field))
        return Value->str();
      return std::nullopt;
    };
    std::optional<std::string> Check = Text("check"), File = Text("path"),
                               Function = Text("function"), Code = Text("code");
    std::optional<int64_t> Occurrence;
    if (Entry)
      Occurrence = Entry->getInteger("occurrence");
    if (!Check || !File || !Function || !Code || !Occurrence || *Occurrence < 0)
      return invalid(Path, "entry " + llvm::Twine(I) +
                               " needs \"check\", \"path\", \"function\", "
                               "\"code\" and \"occurrence\"");
    BaselineEntry Parsed;
    Parsed.Key = {*Check, *File, *Function, *Code,
                  static_cast<unsigned>(*Occurrence)};
    Parsed.Message = Text("message").value_or("");
    Entries.push_back(std::move(Parsed));
  }
  return Entries;
}

llvm::Error writeBaseline(llvm::StringRef Path,
                          std::vector<BaselineEntry> Entries) {
  llvm::stable_sort(Entries,
                    [](const BaselineEntry &A, const BaselineEntry &B) {
                      return A.Key < B.Key;
                    });
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  llvm::json::OStream J(OS, /*IndentSize=*/2);
  J.object([&] {
    J.attribute("version", BaselineVersion);
    J.attribute("tool", "porttidy");
    J.attributeArray("findings", [&] {
      for (const BaselineEntry &Entry : Entries)
        J.object([&] {
          J.attribute("check", Entry.Key.Check);
          J.attribute("path", Entry.Key.Path);
          J.attribute("function", Entry.Key.Function);
          J.attribute("code", Entry.Key.Code);
          J.attribute("occurrence", Entry.Key.Occurrence);
          J.attribute("message", Entry.Message);
        });
    });
  });
  OS << "\n";
  // Whatever happens, the old baseline stays whole until the new one is.
  if (llvm::Error Err = writeFileAtomically(Path, Text))
    return makeError("cannot write baseline '" + Path +
                     "': " + llvm::toString(std::move(Err)));
  return llvm::Error::success();
}

std::vector<BaselineEntry> baselineEntriesOf(llvm::ArrayRef<ReportItem> Items) {
  std::vector<BaselineEntry> Entries;
  for (const ReportItem &Item : Items)
    if (Item.Kind == DiagnosticKind::Finding)
      Entries.push_back({Item.Key, Item.Message});
  return Entries;
}

BaselineMatch
applyBaseline(llvm::ArrayRef<BaselineEntry> Baseline,
              std::vector<ReportItem> &Items,
              const std::function<bool(llvm::StringRef Path)> &Analysed) {
  std::map<FindingKey, const BaselineEntry *> Recorded;
  for (const BaselineEntry &Entry : Baseline)
    Recorded.emplace(Entry.Key, &Entry);

  BaselineMatch Match;
  std::map<FindingKey, bool> Used;
  llvm::erase_if(Items, [&](const ReportItem &Item) {
    if (Item.Kind != DiagnosticKind::Finding)
      return false;
    auto Found = Recorded.find(Item.Key);
    if (Found == Recorded.end())
      return false;
    if (!Used[Item.Key]) {
      Used[Item.Key] = true;
      Match.Matched.push_back(*Found->second);
    }
    ++Match.Hidden;
    return true;
  });
  for (const auto &[Key, Entry] : Recorded) {
    if (Used.count(Key))
      continue;
    if (Analysed(Key.Path))
      Match.Stale.push_back(*Entry);
    else
      Match.OutOfScope.push_back(*Entry);
  }
  return Match;
}

} // namespace porttidy
