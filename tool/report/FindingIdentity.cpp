//===--- FindingIdentity.cpp - a finding's name that survives edits -------===//

#include "FindingIdentity.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SHA256.h"
#include <map>

namespace porttidy {

namespace {
bool isWordChar(char C) { return llvm::isAlnum(C) || C == '_' || C == '$'; }

/// A flagged range longer than this is a whole statement or more; its head
/// identifies it as well and keeps baselines small.
constexpr unsigned MaxCodeBytes = 200;
/// The code from the start of \p Text to the end of the statement or
/// expression it begins: up to a `;` (included), `{` or `}` outside brackets,
/// or a bracket closing one opened before. Reflowing a call over several
/// lines keeps the same text; `connect(fd, &sa, len);` is whole.
llvm::StringRef restOfStatement(llvm::StringRef Text) {
  int Depth = 0;
  char Quote = 0;
  for (size_t I = 0; I != Text.size(); ++I) {
    char C = Text[I];
    if (Quote) {
      if (C == '\\')
        ++I;
      else if (C == Quote)
        Quote = 0;
      continue;
    }
    switch (C) {
    case '"':
    case '\'':
      Quote = C;
      break;
    case '(':
    case '[':
      ++Depth;
      break;
    case ')':
    case ']':
      if (--Depth < 0)
        return Text.take_front(I);
      break;
    case ';':
      if (Depth == 0)
        return Text.take_front(I + 1);
      break;
    case '{':
    case '}':
      if (Depth == 0)
        return Text.take_front(I);
      break;
    default:
      break;
    }
  }
  return Text;
}

} // namespace

std::string normaliseCode(llvm::StringRef Code) {
  std::string Result;
  bool PendingSpace = false;
  for (char C : Code) {
    if (llvm::isSpace(C)) {
      PendingSpace = !Result.empty();
      continue;
    }
    if (PendingSpace && isWordChar(Result.back()) && isWordChar(C))
      Result += ' ';
    PendingSpace = false;
    Result += C;
  }
  return Result;
}

std::string flaggedCode(const clang::tooling::DiagnosticMessage &Message,
                        const SourceFile *File) {
  if (!File)
    return "";
  for (const clang::tooling::FileByteRange &Range : Message.Ranges)
    if (Range.FilePath == Message.FilePath && Range.Length > 0)
      return normaliseCode(
          File->slice(Range.FileOffset, std::min(Range.Length, MaxCodeBytes)));
  return normaliseCode(
      restOfStatement(File->slice(Message.FileOffset, MaxCodeBytes)));
}

void numberOccurrences(llvm::MutableArrayRef<FindingKey *> Keys) {
  std::map<FindingKey, unsigned> Seen;
  for (FindingKey *Key : Keys) {
    Key->Occurrence = 0;
    Key->Occurrence = Seen[*Key]++;
  }
}

std::string fingerprintOf(const FindingKey &Key) {
  // Fields are joined with a byte that cannot occur in any of them.
  std::string Joined = Key.Check + '\0' + Key.Path + '\0' + Key.Function +
                       '\0' + Key.Code + '\0' + std::to_string(Key.Occurrence);
  return llvm::toHex(llvm::SHA256::hash(llvm::arrayRefFromStringRef(Joined)),
                     /*LowerCase=*/true)
      .substr(0, 32);
}

std::string shortHash(llvm::StringRef Text) {
  return llvm::toHex(llvm::SHA256::hash(llvm::arrayRefFromStringRef(Text)),
                     /*LowerCase=*/true)
      .substr(0, 16);
}

} // namespace porttidy
