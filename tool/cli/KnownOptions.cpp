//===--- KnownOptions.cpp - refuse options porttidy does not have ---------===//

#include "KnownOptions.h"
#include "ClosestName.h"
#include "Messages.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

namespace porttidy {

namespace cl = llvm::cl;

namespace {

// LLVM 22 keeps the registered options in a DenseMap (pair.first), up to 21
// in a StringMap (entry.first()).
[[maybe_unused]] llvm::StringRef
nameOf(const llvm::StringMapEntry<cl::Option *> &Entry) {
  return Entry.getKey();
}
template <typename Pair> llvm::StringRef nameOf(const Pair &Entry) {
  return Entry.first;
}

/// llvm::cl's own options that porttidy offers.
bool isGenericOption(llvm::StringRef Name) {
  return Name == "h" || Name == "help" || Name == "version";
}

/// The option \p Name (no dashes, no `=value`) stands for, or null.
/// Every registered option is looked at, also those of LLVM components built
/// without RTTI (Polly's, inside libLLVM): UBSan's vptr check cannot verify
/// their vtables and reports a valid object as invalid.
__attribute__((no_sanitize("vptr")))
cl::Option *lookUp(llvm::StringRef Name, const cl::OptionCategory &Category) {
  auto &All = cl::getRegisteredOptions();
  auto It = All.find(Name);
  if (It == All.end())
    return nullptr;
  cl::Option *O = It->second;
  if (isGenericOption(Name) || llvm::is_contained(O->Categories, &Category))
    return O;
  return nullptr;
}

/// `-j4`: a cl::Prefix option glued to its value.
bool isPrefixOptionWithValue(llvm::StringRef Name,
                             const cl::OptionCategory &Category) {
  for (size_t Length = Name.size() - 1; Length > 0; --Length) {
    cl::Option *O = lookUp(Name.take_front(Length), Category);
    if (O && O->getFormattingFlag() == cl::Prefix)
      return true;
  }
  return false;
}

/// The visible option closest to a misspelt \p Name, if any is close.
std::string closestOption(llvm::StringRef Name,
                          const cl::OptionCategory &Category) {
  ClosestName Search(Name);
  for (const auto &Entry : cl::getRegisteredOptions()) {
    llvm::StringRef Candidate = nameOf(Entry);
    if (Candidate != "h" && lookUp(Candidate, Category) &&
        Entry.second->getOptionHiddenFlag() == cl::NotHidden)
      Search.consider(Candidate);
  }
  return Search.result();
}

} // namespace

llvm::Error checkOptionNames(llvm::ArrayRef<const char *> Args,
                             const cl::OptionCategory &Category) {
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg.size() < 2 || Arg[0] != '-')
      continue; // a source (or `-`)
    llvm::StringRef Name = Arg.ltrim('-').split('=').first;
    bool HasValue = Arg.contains('=');
    // llvm::cl registers `-h` only while it parses.
    if (isGenericOption(Name))
      continue;
    if (cl::Option *O = lookUp(Name, Category)) {
      // `-p build`: the next argument is this option's value, even when it
      // starts with a dash (`--extra-arg -Wall`).
      if (!HasValue && O->getValueExpectedFlag() == cl::ValueRequired)
        ++I;
      continue;
    }
    if (!Name.empty() && isPrefixOptionWithValue(Name, Category))
      continue;
    std::string Shown = Arg.split('=').first.str();
    std::string Closest = closestOption(Name, Category);
    if (!Closest.empty())
      return makeError("unknown command line argument '" + Shown +
                       "'; did you mean '" +
                       (Closest.size() == 1 ? "-" : "--") + Closest +
                       "'? (see 'porttidy --help')");
    return makeError("unknown command line argument '" + Shown +
                     "' (see 'porttidy --help')");
  }
  return llvm::Error::success();
}

} // namespace porttidy
