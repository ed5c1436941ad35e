//===--- ExtraFunctionsOption.cpp - parsing `name:arg` options ------------===//

#include "ExtraFunctionsOption.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::port {

std::vector<ExtraSocketFunction>
parseExtraFunctions(llvm::StringRef Option, SocketRole Role,
                    std::vector<std::string> &Rejected) {
  std::vector<ExtraSocketFunction> Result;
  llvm::SmallVector<llvm::StringRef> Entries;
  Option.split(Entries, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Entry : Entries) {
    Entry = Entry.trim();
    if (Entry.empty())
      continue;
    llvm::SmallVector<llvm::StringRef, 3> Parts;
    Entry.split(Parts, ':');
    unsigned Address = 0, Socket = 0;
    bool Valid =
        (Parts.size() == 2 || Parts.size() == 3) && !Parts[0].trim().empty() &&
        !Parts[1].trim().getAsInteger(10, Address) &&
        (Parts.size() == 2 || !Parts[2].trim().getAsInteger(10, Socket));
    if (!Valid) {
      Rejected.push_back(Entry.str());
      continue;
    }
    ExtraSocketFunction Function;
    Function.Name = Parts[0].trim().str();
    Function.Role = Role;
    Function.AddressArg = Address;
    if (Parts.size() == 3)
      Function.SocketArg = Socket;
    Result.push_back(std::move(Function));
  }
  return Result;
}

} // namespace clang::tidy::port
