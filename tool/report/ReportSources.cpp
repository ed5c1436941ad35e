//===--- ReportSources.cpp - source text behind a report ------------------===//

#include "ReportSources.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace porttidy {

SourceFile::SourceFile(std::string Text) : Text(std::move(Text)) {
  LineStarts.push_back(0);
  for (unsigned I = 0, E = this->Text.size(); I != E; ++I)
    if (this->Text[I] == '\n')
      LineStarts.push_back(I + 1);
}

SourcePosition SourceFile::positionOf(unsigned Offset) const {
  Offset = std::min<unsigned>(Offset, Text.size());
  // The last line start at or before Offset.
  auto Next = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  unsigned Index = static_cast<unsigned>(Next - LineStarts.begin()) - 1;
  return {Index + 1, Offset - LineStarts[Index] + 1};
}

llvm::StringRef SourceFile::lineText(unsigned Line) const {
  if (Line == 0 || Line > LineStarts.size())
    return "";
  llvm::StringRef Rest = llvm::StringRef(Text).drop_front(LineStarts[Line - 1]);
  return Rest.take_until([](char C) { return C == '\n'; }).rtrim('\r');
}

unsigned SourceFile::utf16Column(SourcePosition Position) const {
  llvm::StringRef Line = lineText(Position.Line);
  llvm::StringRef Before = Line.take_front(Position.Column - 1);
  unsigned Units = 0;
  for (unsigned char Byte : Before) {
    if ((Byte & 0xC0) != 0x80)
      ++Units; // each code point starts with a non-continuation byte
    if (Byte >= 0xF0)
      ++Units; // outside the BMP: a surrogate pair
  }
  // A position past the end of the line (a line break) keeps its distance.
  unsigned Beyond =
      Position.Column - 1 > Line.size() ? Position.Column - 1 - Line.size() : 0;
  return Units + Beyond + 1;
}

llvm::StringRef SourceFile::slice(unsigned Offset, unsigned Length) const {
  return llvm::StringRef(Text).substr(Offset, Length);
}

const SourceFile *SourceFiles::get(llvm::StringRef AbsolutePath) {
  auto [It, Inserted] = Files.try_emplace(AbsolutePath);
  if (Inserted) {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
        llvm::MemoryBuffer::getFile(AbsolutePath, /*IsText=*/false,
                                    /*RequiresNullTerminator=*/false);
    if (Buffer)
      It->second = std::make_unique<SourceFile>((*Buffer)->getBuffer().str());
  }
  return It->second.get();
}

SourceRoot::SourceRoot(std::string Root) {
  llvm::SmallString<256> Clean(Root);
  llvm::sys::path::remove_dots(Clean, /*remove_dot_dot=*/true);
  this->Root = Clean.str().str();
}

SourceRoot SourceRoot::discover(llvm::StringRef Path) {
  std::string Start = absolute(Path);
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Start); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Git(Dir);
    llvm::sys::path::append(Git, ".git");
    if (llvm::sys::fs::exists(Git))
      return SourceRoot(Dir.str());
  }
  llvm::SmallString<256> Current;
  llvm::sys::fs::current_path(Current);
  return SourceRoot(Current.str().str());
}

std::string SourceRoot::absolute(llvm::StringRef Path,
                                 llvm::StringRef BuildDirectory) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path) || BuildDirectory.empty()) {
    Result = Path;
  } else {
    Result = BuildDirectory;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::fs::make_absolute(Result);
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return Result.str().str();
}

std::string SourceRoot::relative(llvm::StringRef AbsolutePath) const {
  llvm::StringRef Rest = AbsolutePath;
  if (!Rest.consume_front(Root))
    return "";
  if (!Root.empty() && !llvm::sys::path::is_separator(Root.back()) &&
      !Rest.consume_front("/"))
    return ""; // `/src/app2` is not inside `/src/app`
  return llvm::sys::path::convert_to_slash(Rest);
}

std::string SourceRoot::display(llvm::StringRef AbsolutePath) const {
  std::string Relative = relative(AbsolutePath);
  return Relative.empty() ? AbsolutePath.str() : Relative;
}

} // namespace porttidy
