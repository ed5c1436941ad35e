//===--- Messages.cpp - porttidy's own messages on stderr -----------------===//

#include "Messages.h"
#include "llvm/Support/raw_ostream.h"

namespace porttidy {

static void print(llvm::StringRef Kind, const llvm::Twine &Message) {
  // Findings are buffered on stdout; flush them so a terminal shows both
  // streams in the order they happened.
  llvm::outs().flush();
  llvm::errs() << "porttidy: ";
  if (!Kind.empty())
    llvm::errs() << Kind << ": ";
  llvm::errs() << Message << "\n";
}

void printError(const llvm::Twine &Message) { print("error", Message); }
void printWarning(const llvm::Twine &Message) { print("warning", Message); }
void printNote(const llvm::Twine &Message) { print("note", Message); }
void printInfo(const llvm::Twine &Message) { print("", Message); }

int failWith(llvm::Error Err) {
  llvm::handleAllErrors(std::move(Err), [](const llvm::ErrorInfoBase &Info) {
    printError(Info.message());
  });
  return ExitFailure;
}

llvm::Error makeError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

} // namespace porttidy
