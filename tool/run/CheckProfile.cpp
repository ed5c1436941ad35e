//===--- CheckProfile.cpp - --enable-check-profile ------------------------===//

#include "CheckProfile.h"

namespace porttidy {

void applyCheckProfile(ClangTidyContext &Context, const CommandLine &Args) {
  if (!Args.EnableCheckProfile && Args.StoreCheckProfile.empty())
    return;
  Context.setEnableProfiling(true);
  if (!Args.StoreCheckProfile.empty())
    Context.setProfileStoragePrefix(Args.StoreCheckProfile);
}

ContextFactory withCheckProfile(ContextFactory Base, const CommandLine &Args) {
  if (!Args.EnableCheckProfile && Args.StoreCheckProfile.empty())
    return Base;
  return [Base = std::move(Base), &Args] {
    std::unique_ptr<ClangTidyContext> Context = Base();
    applyCheckProfile(*Context, Args);
    return Context;
  };
}

} // namespace porttidy
