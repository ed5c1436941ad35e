//===--- SocketAnalysis.cpp - per-function facts, computed once -----------===//

#include "SocketAnalysis.h"
#include "clang/AST/Attr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "IntegerFolding.h"
#include "SocketCreation.h"
#include <algorithm>
#include <map>
#include <string>

namespace clang::tidy::port {
namespace {

// Functions whose facts are kept at once (see factsFor).
constexpr size_t RecentFunctions = 4;

// Summaries are built this many helpers deep; deeper calls stay unknown.
constexpr unsigned MaxSummaryDepth = 8;

// A function called from more places than this gets no callers' context.
constexpr size_t MaxCallers = 64;

/// A key that equal configurations share.
std::string fingerprint(const AnalysisConfig &Config) {
  std::string Key;
  for (const ExtraSocketFunction &Extra : Config.Extras)
    Key += Extra.Name + ":" + std::to_string(int(Extra.Role)) + ":" +
           std::to_string(Extra.SocketArg.value_or(~0U)) + ":" +
           std::to_string(Extra.AddressArg.value_or(~0U)) + ";";
  Key += "|";
  for (const std::string &Name : Config.QueryFunctions)
    Key += Name + ";";
  return Key;
}

/// The definition a call certainly runs, or null: a weak definition may be
/// replaced at link time, a C inline definition by an external one, and a
/// virtual call goes wherever the object's dynamic type says.
const FunctionDecl *definitionRun(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) || !Definition ||
      Definition->isVariadic() || Definition->isDependentContext() ||
      Definition->hasAttr<WeakAttr>() || Definition->isWeakImported())
    return nullptr;
  if (!Definition->getASTContext().getLangOpts().CPlusPlus &&
      Definition->isInlined() &&
      !Definition->isInlineDefinitionExternallyVisible() &&
      Definition->getStorageClass() != SC_Static)
    return nullptr;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Definition);
      Method && Method->isVirtual()) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    const Expr *Base = Member ? Member->getImplicitObjectArgument() : nullptr;
    const auto *Callee = Member ? dyn_cast<MemberExpr>(Member->getCallee()) : nullptr;
    bool Qualified = Callee && Callee->hasQualifier();
    if (!Qualified && (!Base || Method->getDevirtualizedMethod(
                                    Base, /*IsAppleKext=*/false) != Method))
      return nullptr;
  }
  return Definition;
}

/// True if a check may still ask for these facts: they hold something a
/// check looks at.
bool mayBeAskedFor(const FunctionFacts &Facts) {
  return !Facts.portWrites().empty() || Facts.hasCalls();
}

} // namespace

std::shared_ptr<SocketAnalysis> SocketAnalysis::shared(AnalysisConfig Config) {
  static std::map<std::string, std::weak_ptr<SocketAnalysis>> Live;
  std::weak_ptr<SocketAnalysis> &Slot = Live[fingerprint(Config)];
  if (std::shared_ptr<SocketAnalysis> Existing = Slot.lock())
    return Existing;
  auto Created = std::make_shared<SocketAnalysis>(std::move(Config));
  Slot = Created;
  return Created;
}

std::unique_ptr<FunctionFacts>
SocketAnalysis::build(const FunctionDecl *Function) {
  Building.insert(Function); // a recursive call is unknown
  ++Depth;
  std::unique_ptr<FunctionFacts> Facts =
      FunctionFacts::build(Function, *Ctx, Config, *this);
  --Depth;
  Building.erase(Function);
  // A summary handed out stays where it is: built again, it is the same.
  // None was built for a function no call here names.
  std::unique_ptr<FunctionSummary> &Slot = Summaries[Function];
  if (!Facts->hasSummary())
    Slot.reset();
  else if (Slot)
    *Slot = Facts->takeSummary();
  else
    Slot = std::make_unique<FunctionSummary>(Facts->takeSummary());
  for (const auto &[Call, Arguments] : Facts->passedArguments())
    Passed[Call] = Arguments;
  return Facts;
}

const FunctionFacts &SocketAnalysis::factsFor(const FunctionDecl *Function,
                                              ASTContext &Context) {
  Ctx = &Context;
  auto Found = llvm::find_if(
      Recent, [&](const auto &Entry) { return Entry.first == Function; });
  if (Found == Recent.end()) {
    std::unique_ptr<FunctionFacts> Facts;
    if (auto Early = Ahead.find(Function); Early != Ahead.end()) {
      Facts = std::move(Early->second);
      Ahead.erase(Early);
    } else {
      Facts = build(Function);
    }
    if (Recent.size() == RecentFunctions)
      Recent.pop_back();
    Recent.emplace_back(Function, std::move(Facts));
    Found = std::prev(Recent.end());
  }
  std::rotate(Recent.begin(), Found, std::next(Found));
  return *Recent.front().second;
}

bool SocketAnalysis::isHelper(const FunctionDecl *Callee) {
  auto [Slot, Added] = Helpers.try_emplace(Callee, false);
  if (!Added)
    return Slot->second;
  const FunctionDecl *Definition = nullptr;
  bool Result = Callee->isDefined(Definition) &&
                !Definition->getASTContext().getSourceManager().isInSystemHeader(
                    Definition->getLocation()) &&
                mayTouchSockets(Definition);
  Helpers[Callee] = Result; // the scan may have grown the map
  return Result;
}

bool SocketAnalysis::mayBeCalledHere(const FunctionDecl *Function) {
  // Methods are reached in more ways than a direct call names (virtual
  // calls of an override, constructors, lambdas): always summarised. Sema
  // marks every function a call or an address-of names as referenced.
  return isa<CXXMethodDecl>(Function) || Function->isReferenced();
}

const FunctionSummary *SocketAnalysis::summaryOf(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Callee);
  bool Cacheable = Callee && !(Method && Method->isVirtual());
  if (Cacheable)
    if (auto Found = CalleeSummaries.find(Callee); Found != CalleeSummaries.end())
      return Found->second;
  const FunctionDecl *Definition = definitionRun(Call);
  // A helper that touches no socket is an unknown call, as before
  // summaries: cheaper than analysing it, and as sound.
  if (!Definition || !Ctx || !mayTouchSockets(Definition)) {
    if (Cacheable && Ctx)
      CalleeSummaries[Callee] = nullptr;
    return nullptr;
  }
  // A call of a function being built is recursive: unknown, and not kept.
  if (Building.count(Definition))
    return nullptr;
  const FunctionSummary *Result = nullptr;
  if (auto Found = Summaries.find(Definition); Found != Summaries.end()) {
    Result = Found->second.get();
  } else if (Depth < MaxSummaryDepth) {
    std::unique_ptr<FunctionFacts> Facts = build(Definition);
    if (mayBeAskedFor(*Facts))
      Ahead[Definition] = std::move(Facts);
    Result = Summaries[Definition].get();
  }
  if (Cacheable && Result)
    CalleeSummaries[Callee] = Result;
  return Result;
}

std::optional<const std::vector<PassedArgument> *>
SocketAnalysis::argumentsAt(const CallSites::Site &Site) {
  if (!Site.Caller || Depth >= MaxSummaryDepth)
    return std::nullopt;
  auto Found = Passed.find(Site.Call);
  if (Found != Passed.end())
    return &Found->second;
  const FunctionDecl *Caller = Site.Caller->getDefinition();
  if (!Caller)
    return std::nullopt;
  // A caller analysed already without recording this call never reaches
  // it; one being analysed now (this question comes from inside it) cannot
  // answer yet, and what is concluded without it is not kept.
  if (Building.count(Caller)) {
    ++Unfinished;
    return std::nullopt;
  }
  if (Summaries.count(Caller))
    return nullptr;
  std::unique_ptr<FunctionFacts> Facts = build(Caller);
  if (mayBeAskedFor(*Facts))
    Ahead[Caller] = std::move(Facts);
  Found = Passed.find(Site.Call);
  return Found == Passed.end() ? nullptr : &Found->second;
}

SocketOrigin SocketAnalysis::originAt(const CallSites::Site &Site,
                                      const std::vector<PassedArgument> &Args,
                                      const SocketOrigin &Origin) {
  // What the caller got from its own callers, joined.
  auto Up = [&](unsigned Index) { return passedTo(Site.Caller, Index); };
  auto Value = [&](const AbstractValue &V, uint64_t Mask) {
    if (!V.isParameter())
      return V;
    if (V.parameterIndex() >= Args.size())
      return AbstractValue::unknown();
    AbstractValue Passed = Args[V.parameterIndex()].Value;
    if (Passed.isParameter()) {
      std::optional<PassedArgument> Outer = Up(Passed.parameterIndex());
      Passed = Outer ? Outer->Value : AbstractValue::unknown();
    }
    return Passed.isKnown() ? AbstractValue::known(Passed.value() & Mask,
                                                   Passed.origin(),
                                                   Passed.location())
                            : AbstractValue::unknown(Passed.location());
  };
  if (Origin.Parameter) {
    if (*Origin.Parameter >= Args.size())
      return SocketOrigin();
    SocketOrigin Passed = Args[*Origin.Parameter].Origin;
    if (Passed.Parameter) {
      std::optional<PassedArgument> Outer = Up(*Passed.Parameter);
      return Outer ? Outer->Origin : SocketOrigin();
    }
    return originAt(Site, Args, Passed);
  }
  SocketOrigin Result = Origin;
  Result.Domain = Value(Origin.Domain, ~uint64_t(0));
  Result.Type = Value(Origin.Type, SockTypeMask);
  Result.Protocol = Value(Origin.Protocol, ~uint64_t(0));
  Result.Icmp = Origin.Icmp || Result.isIcmp();
  return Result;
}

namespace {
bool dependsOnParameters(const SocketOrigin &Origin) {
  return Origin.Parameter || Origin.Domain.isParameter() ||
         Origin.Type.isParameter() || Origin.Protocol.isParameter();
}
} // namespace

SocketOrigin SocketAnalysis::resolveThroughCallers(const FunctionDecl *Function,
                                                   const SocketOrigin &Origin) {
  if (!dependsOnParameters(Origin))
    return Origin;
  // Each call site's arguments put in, then the call sites joined: a
  // creator called once for ICMP and once for ICMPv6 makes ICMP sockets.
  const std::vector<CallSites::Site> *Callers =
      Ctx ? Sites.callersOf(Function, *Ctx) : nullptr;
  if (!Callers || Callers->empty() || Callers->size() > MaxCallers)
    return SocketOrigin();
  std::optional<SocketOrigin> Joined;
  for (const CallSites::Site &Site : *Callers) {
    std::optional<const std::vector<PassedArgument> *> Args = argumentsAt(Site);
    if (!Args)
      return SocketOrigin();
    if (!*Args)
      continue;
    SocketOrigin AtSite = originAt(Site, **Args, Origin);
    Joined = Joined ? Joined->join(AtSite) : AtSite;
  }
  return Joined ? *Joined : SocketOrigin();
}

std::optional<PassedArgument>
SocketAnalysis::passedTo(const FunctionDecl *Function, unsigned Index) {
  auto Key = std::make_pair(Function->getCanonicalDecl(), Index);
  if (auto Found = Contexts.find(Key); Found != Contexts.end())
    return Found->second;
  Contexts[Key] = std::nullopt; // a recursive call is unknown
  unsigned UnfinishedBefore = Unfinished;
  auto Answer = [&](std::optional<PassedArgument> Context) {
    if (Unfinished != UnfinishedBefore)
      Contexts.erase(Key);
    else
      Contexts[Key] = Context;
    return Context;
  };
  const std::vector<CallSites::Site> *Callers =
      Ctx ? Sites.callersOf(Function, *Ctx) : nullptr;
  if (!Callers || Callers->empty() || Callers->size() > MaxCallers)
    return Answer(std::nullopt);
  std::optional<PassedArgument> Joined;
  for (const CallSites::Site &Site : *Callers) {
    std::optional<const std::vector<PassedArgument> *> Args = argumentsAt(Site);
    if (!Args || (*Args && Index >= (*Args)->size()))
      return Answer(std::nullopt);
    if (!*Args)
      continue;
    PassedArgument Argument;
    Argument.Origin =
        originAt(Site, **Args, SocketOrigin::parameter(Index));
    AbstractValue Value = (**Args)[Index].Value;
    if (Value.isParameter()) {
      std::optional<PassedArgument> Outer =
          passedTo(Site.Caller, Value.parameterIndex());
      Value = Outer ? Outer->Value : AbstractValue::unknown();
    }
    Argument.Value = Value;
    if (!Joined) {
      Joined = Argument;
    } else {
      Joined->Origin = Joined->Origin.join(Argument.Origin);
      Joined->Value = Joined->Value.join(Argument.Value);
    }
  }
  return Answer(Joined);
}

void SocketAnalysis::withFacts(
    const FunctionDecl *Function,
    llvm::function_ref<void(const FunctionFacts &)> Visit) {
  for (const auto &[Kept, Facts] : Recent)
    if (Kept == Function)
      return Visit(*Facts);
  if (auto Found = Ahead.find(Function); Found != Ahead.end())
    return Visit(*Found->second);
  std::unique_ptr<FunctionFacts> Facts = build(Function);
  Visit(*Facts);
  if (mayBeAskedFor(*Facts))
    Ahead[Function] = std::move(Facts);
}

namespace {
void collectLambdas(const Stmt *S, std::vector<const FunctionDecl *> &Out) {
  if (!S)
    return;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
    Out.push_back(Lambda->getCallOperator());
  for (const Stmt *Child : S->children())
    collectLambdas(Child, Out);
}
} // namespace

const std::optional<std::vector<SocketUse>> &
SocketAnalysis::memberUses(const FieldDecl *Field) {
  auto [Slot, Added] = Members.try_emplace(Field);
  if (!Added || !Ctx)
    return Slot->second;
  const auto *Class = dyn_cast<CXXRecordDecl>(Field->getParent());
  if (!Class || Field->getAccess() == AS_public || Class->hasFriends() ||
      Class->isLambda())
    return Slot->second;
  std::vector<const FunctionDecl *> Functions;
  for (const CXXMethodDecl *Method : Class->methods()) {
    if (Method->isDeleted() || (Method->isDefaulted() && !Method->isUserProvided()))
      continue;
    const FunctionDecl *Definition = nullptr;
    if (!Method->isDefined(Definition) || !Definition->hasBody())
      return Slot->second; // defined elsewhere: it may do anything
    Functions.push_back(Definition);
    collectLambdas(Definition->getBody(), Functions);
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Definition))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        collectLambdas(Init->getInit(), Functions);
  }
  std::vector<SocketUse> Uses;
  for (const FunctionDecl *Function : Functions)
    withFacts(Function, [&](const FunctionFacts &Facts) {
      Facts.forEachUse([&](const SocketUse &Use) {
        if (Use.Socket.Root == Field && Use.Socket.Path.empty())
          Uses.push_back(Use);
      });
    });
  // withFacts may have grown the map: look the slot up again.
  return Members[Field] = std::move(Uses);
}

SocketOrigin SocketAnalysis::fieldOrigin(const FieldDecl *Field) {
  Field = Field->getCanonicalDecl();
  if (auto Found = FieldOrigins.find(Field); Found != FieldOrigins.end())
    return Found->second;
  FieldOrigins[Field] = SocketOrigin(); // asked again while computed: unknown
  unsigned UnfinishedBefore = Unfinished;
  auto Answer = [&](SocketOrigin Origin) {
    if (Unfinished != UnfinishedBefore)
      FieldOrigins.erase(Field);
    else
      FieldOrigins[Field] = Origin;
    return Origin;
  };
  const std::vector<FieldSockets::Store> *Stores =
      Ctx ? Fields.storesInto(Field, *Ctx) : nullptr;
  if (!Stores)
    return Answer(SocketOrigin());
  std::optional<SocketOrigin> Joined;
  for (const FieldSockets::Store &Store : *Stores) {
    // -1 or 0 before the socket is opened or after it is closed.
    if (foldInteger(Store.Value, *Ctx))
      continue;
    // What the storing function stores there, with its parameters put in
    // from its callers: `sock->fd = socket(family, type, protocol)`.
    SocketOrigin Origin;
    const FunctionDecl *Function = Store.Function;
    if (Function && Function->hasBody() && !Function->isDependentContext())
      withFacts(Function, [&](const FunctionFacts &Facts) {
        Origin = Facts.storedOrigin(Store.Value);
      });
    // An initializer list, or a store the dataflow did not reach.
    if (!Origin.Traced && !Origin.Parameter)
      if (const auto *Call = dyn_cast<CallExpr>(Store.Value->IgnoreParenCasts()))
        Origin = originOfSocketCreation(Call, *Ctx);
    if (Function)
      Origin = resolveThroughCallers(Function, Origin);
    if (!Origin.Traced)
      return Answer(SocketOrigin());
    Joined = Joined ? Joined->join(Origin) : Origin;
  }
  return Answer(Joined ? *Joined : SocketOrigin());
}

} // namespace clang::tidy::port
