//===--- RawSocketContext.cpp - does a function work with raw/ICMP --------===//

#include "RawSocketContext.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::port {
namespace {

// Identifiers that only raw/ICMP code spells, macros and enumerators alike.
// Every identifier of a function passes through here: StringRefs compare
// lengths first, where a list of C strings would measure each one.
bool isRawSocketIdentifier(llvm::StringRef Name) {
  static const llvm::StringRef Names[] = {
      "IPPROTO_ICMP", "IPPROTO_ICMPV6", "IPPROTO_RAW", "SOCK_RAW", "AF_PACKET",
      "PF_PACKET", "IPPROTO_IGMP", "IP_HDRINCL", "icmphdr", "icmp6_hdr",
      "icmp6hdr", "iphdr", "ip6_hdr", "ICMP_ECHO", "ICMP6_ECHO_REQUEST",
      "ICMP_ECHOREPLY"};
  return llvm::is_contained(Names, Name);
}

// Struct tags too common as variable names to count on their own.
bool isRawHeaderTag(llvm::StringRef Name) {
  return Name == "ip" || Name == "icmp" || Name == "ip6_hdr";
}

bool isIcmpProtocolName(llvm::StringRef Literal) {
  return Literal == "\"icmp\"" || Literal == "\"ipv6-icmp\"" ||
         Literal == "\"icmpv6\"";
}

} // namespace

bool hasRawSocketContext(const FunctionDecl *Function, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceRange Range = Function->getSourceRange();
  if (Range.isInvalid() || Range.getBegin().isMacroID() ||
      Range.getEnd().isMacroID())
    return false;
  std::pair<FileID, unsigned> Begin = SM.getDecomposedLoc(Range.getBegin());
  std::pair<FileID, unsigned> End = SM.getDecomposedLoc(Range.getEnd());
  if (Begin.first != End.first)
    return false;
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(Begin.first, &Invalid);
  if (Invalid || End.second > Buffer.size())
    return false;

  Lexer Lex(SM.getLocForStartOfFile(Begin.first), Ctx.getLangOpts(),
            Buffer.begin(), Buffer.begin() + Begin.second, Buffer.end());
  Token Tok;
  bool AfterStruct = false;
  while (!Lex.LexFromRawLexer(Tok) &&
         SM.getFileOffset(Tok.getLocation()) <= End.second) {
    if (Tok.is(tok::raw_identifier)) {
      llvm::StringRef Name = Tok.getRawIdentifier();
      if (isRawSocketIdentifier(Name) || (AfterStruct && isRawHeaderTag(Name)))
        return true;
      AfterStruct = Name == "struct";
    } else {
      if (Tok.is(tok::string_literal) &&
          isIcmpProtocolName(
              llvm::StringRef(Tok.getLiteralData(), Tok.getLength())))
        return true;
      AfterStruct = false;
    }
  }
  return false;
}

} // namespace clang::tidy::port
