//===--- JsonSyntax.cpp - is a text well-formed JSON ----------------------===//

#include "JsonSyntax.h"
#include "llvm/ADT/StringExtras.h"
#include <vector>

namespace porttidy {

namespace {

/// Scans without recursion: the open arrays and objects are a stack, so a
/// deeply nested file cannot exhaust the C++ stack.
class Scanner {
public:
  explicit Scanner(llvm::StringRef Text) : At(Text.begin()), End(Text.end()) {}

  bool document() {
    while (true) {
      // A value starts here.
      skipSpace();
      if (At == End)
        return false;
      if (*At == '[' || *At == '{') {
        char Opening = *At++;
        skipSpace();
        if (At == End || *At != closing(Opening)) {
          Open.push_back(Opening);
          if (Opening == '{' && !key())
            return false;
          continue; // its first element
        }
        ++At; // empty: complete
      } else if (!scalar()) {
        return false;
      }
      // A value is complete: close what it completes, then stop at the end
      // or go on after a comma.
      while (true) {
        skipSpace();
        if (Open.empty())
          return At == End;
        if (At == End)
          return false;
        if (*At == closing(Open.back())) {
          ++At;
          Open.pop_back();
          continue;
        }
        if (*At++ != ',')
          return false;
        if (Open.back() == '{' && !key())
          return false;
        break;
      }
    }
  }

private:
  static char closing(char Opening) { return Opening == '[' ? ']' : '}'; }

  bool scalar() {
    switch (*At) {
    case '"':
      return string();
    case 't':
      return word("true");
    case 'f':
      return word("false");
    case 'n':
      return word("null");
    default:
      return number();
    }
  }

  bool key() {
    skipSpace();
    if (!string())
      return false;
    skipSpace();
    return At != End && *At++ == ':';
  }

  bool string() {
    if (At == End || *At != '"')
      return false;
    ++At;
    while (At != End) {
      // Most of a database is string bytes: skip the plain ones fast.
      while (At != End && isPlain(*At))
        ++At;
      if (At == End)
        return false;
      unsigned char C = *At++;
      if (C == '"')
        return true;
      if (C < 0x20)
        return false;
      if (C != '\\')
        continue;
      if (At == End)
        return false;
      char Escape = *At++;
      if (Escape == 'u') {
        for (int I = 0; I < 4; ++I)
          if (At == End || !llvm::isHexDigit(*At++))
            return false;
      } else if (!llvm::StringRef("\"\\/bfnrt").contains(Escape)) {
        return false;
      }
    }
    return false;
  }

  /// A string byte that is not a quote, a backslash or a control char.
  static bool isPlain(char C) {
    return static_cast<unsigned char>(C) >= 0x20 && C != '"' && C != '\\';
  }

  bool number() {
    if (At != End && *At == '-')
      ++At;
    if (At == End || !llvm::isDigit(*At))
      return false;
    if (*At == '0')
      ++At;
    else
      digits();
    if (At != End && *At == '.') {
      ++At;
      if (!digits())
        return false;
    }
    if (At != End && (*At == 'e' || *At == 'E')) {
      ++At;
      if (At != End && (*At == '+' || *At == '-'))
        ++At;
      if (!digits())
        return false;
    }
    return true;
  }

  /// One or more digits.
  bool digits() {
    const char *Start = At;
    while (At != End && llvm::isDigit(*At))
      ++At;
    return At != Start;
  }

  bool word(llvm::StringRef Word) {
    if (llvm::StringRef(At, End - At).starts_with(Word)) {
      At += Word.size();
      return true;
    }
    return false;
  }

  void skipSpace() {
    while (At != End &&
           (*At == ' ' || *At == '\t' || *At == '\n' || *At == '\r'))
      ++At;
  }

  const char *At;
  const char *End;
  std::vector<char> Open;
};

} // namespace

bool isWellFormedJson(llvm::StringRef Text) { return Scanner(Text).document(); }

} // namespace porttidy
