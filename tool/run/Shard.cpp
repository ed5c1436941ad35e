//===--- Shard.cpp - one of N stable parts of a run -----------------------===//

#include "Shard.h"
#include "cli/Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/xxhash.h"
#include "report/ReportSources.h"
#include <algorithm>
#include <cstdint>
#include <tuple>

namespace porttidy {

llvm::Expected<Shard> Shard::parse(llvm::StringRef Text) {
  auto [IndexText, CountText] = Text.split('/');
  Shard Result;
  if (IndexText.getAsInteger(10, Result.Index) ||
      CountText.getAsInteger(10, Result.Count) || Result.Count == 0 ||
      Result.Index == 0 || Result.Index > Result.Count)
    return makeError("--shard='" + Text +
                     "': expected I/N with 1 <= I <= N, e.g. --shard=2/4");
  return Result;
}

std::vector<std::string> Shard::select(llvm::ArrayRef<std::string> Files,
                                       llvm::StringRef Root) const {
  struct Entry {
    uint64_t Size;
    uint64_t Hash;
    size_t Position;
  };
  SourceRoot Relative{Root.str()};
  std::vector<Entry> Entries;
  for (size_t I = 0; I < Files.size(); ++I) {
    std::string Path = Relative.display(SourceRoot::absolute(Files[I]));
    uint64_t Size = 0;
    (void)llvm::sys::fs::file_size(Files[I], Size); // a missing file: 0
    Entries.push_back({Size, llvm::xxh3_64bits(Path), I});
  }
  // Largest first; equal sizes in hash order, equal hashes (the same path
  // twice) in file order, so every job sorts alike.
  llvm::sort(Entries, [](const Entry &A, const Entry &B) {
    if (A.Size != B.Size)
      return A.Size > B.Size;
    return std::tie(A.Hash, A.Position) < std::tie(B.Hash, B.Position);
  });
  std::vector<uint64_t> Load(Count, 0);
  std::vector<bool> Mine(Files.size(), false);
  for (const Entry &E : Entries) {
    size_t Lightest = std::min_element(Load.begin(), Load.end()) - Load.begin();
    // +1: empty files still count, so they spread too.
    Load[Lightest] += E.Size + 1;
    Mine[E.Position] = Lightest + 1 == Index;
  }
  std::vector<std::string> Selected;
  for (size_t I = 0; I < Files.size(); ++I)
    if (Mine[I])
      Selected.push_back(Files[I]);
  return Selected;
}

} // namespace porttidy
