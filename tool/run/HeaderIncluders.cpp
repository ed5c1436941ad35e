//===--- HeaderIncluders.cpp - the translation units behind a header ------===//

#include "HeaderIncluders.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace porttidy {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

bool isHeaderName(llvm::StringRef Path) {
  return llvm::is_contained(
      {".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".inc", ".ipp", ".tpp"},
      path::extension(Path).lower());
}

namespace {

/// The file names (last path component) that \p File's `#include` lines
/// spell; empty if it cannot be read.
std::vector<std::string> includedNames(llvm::StringRef File) {
  std::vector<std::string> Names;
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return Names;
  llvm::SmallVector<llvm::StringRef, 128> Lines;
  (*Buffer)->getBuffer().split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.ltrim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    if (!Line.consume_front("include") && !Line.consume_front("import"))
      continue;
    Line = Line.ltrim();
    if (Line.empty() || (Line.front() != '"' && Line.front() != '<'))
      continue;
    char Close = Line.front() == '"' ? '"' : '>';
    llvm::StringRef Spelled = Line.drop_front().split(Close).first;
    Names.push_back(path::filename(Spelled).str());
  }
  return Names;
}

bool includesAny(llvm::ArrayRef<std::string> Included,
                 const llvm::StringSet<> &Names) {
  return llvm::any_of(
      Included, [&](const std::string &Name) { return Names.contains(Name); });
}

/// The headers under \p Root, skipping hidden directories (.git...).
std::vector<std::string> headersUnder(llvm::StringRef Root) {
  std::vector<std::string> Headers;
  std::error_code EC;
  for (fs::recursive_directory_iterator It(Root, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Name = path::filename(It->path());
    if (It->type() == fs::file_type::directory_file) {
      if (Name.starts_with("."))
        It.no_push();
      continue;
    }
    if (isHeaderName(Name))
      Headers.push_back(It->path());
  }
  return Headers;
}

} // namespace

std::vector<std::string> unitsIncluding(llvm::StringRef Header,
                                        llvm::ArrayRef<std::string> Units,
                                        llvm::StringRef SearchRoot) {
  // Grow the set of names that lead to the header until it stops growing:
  // a header including one of them leads there too.
  llvm::StringSet<> Leading;
  Leading.insert(path::filename(Header));
  std::vector<std::pair<std::string, std::vector<std::string>>> Others;
  for (std::string &Other : headersUnder(SearchRoot)) {
    std::vector<std::string> Included = includedNames(Other);
    Others.emplace_back(path::filename(Other).str(), std::move(Included));
  }
  for (bool Grew = true; Grew;) {
    Grew = false;
    for (const auto &[Name, Included] : Others) {
      if (!Leading.contains(Name) && includesAny(Included, Leading)) {
        Leading.insert(Name);
        Grew = true;
      }
    }
  }
  std::vector<std::string> Result;
  for (const std::string &Unit : Units)
    if (includesAny(includedNames(Unit), Leading))
      Result.push_back(Unit);
  llvm::sort(Result);
  Result.erase(std::unique(Result.begin(), Result.end()), Result.end());
  return Result;
}

} // namespace porttidy
