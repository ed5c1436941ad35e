//===--- EnclosingFunctions.cpp - which function a location is in ---------===//

#include "EnclosingFunctions.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"

namespace porttidy {

void FunctionSpans::add(llvm::StringRef File, unsigned Begin, unsigned End,
                        std::string Name) {
  ByFile[File].push_back({Begin, End, std::move(Name)});
}

std::string FunctionSpans::enclosing(llvm::StringRef File,
                                     unsigned Offset) const {
  auto It = ByFile.find(File);
  if (It == ByFile.end())
    return "";
  const Span *Best = nullptr;
  for (const Span &S : It->second)
    // Definitions nest only through local classes; the one that starts last
    // is the innermost.
    if (S.Begin <= Offset && Offset <= S.End && (!Best || S.Begin > Best->Begin))
      Best = &S;
  return Best ? Best->Name : "";
}

namespace {

using namespace clang;

/// Walks declaration contexts only (namespaces, classes, templates), never
/// function bodies: whatever is declared inside a body belongs to it.
class Collector : public ASTConsumer {
public:
  explicit Collector(FunctionSpans &Spans) : Spans(Spans) {}

  void HandleTranslationUnit(ASTContext &Context) override {
    // The checks ran before this consumer and report to the same client:
    // without a finding no name is ever asked for.
    const DiagnosticConsumer *Reports = Context.getDiagnostics().getClient();
    if (Reports && Reports->getNumWarnings() + Reports->getNumErrors() == 0)
      return;
    SM = &Context.getSourceManager();
    // The user's declarations, as the traversal scope holds them.
    for (Decl *Top : Context.getTraversalScope())
      if (const auto *Unit = dyn_cast<TranslationUnitDecl>(Top))
        walk(Unit);
      else
        visit(Top);
  }

private:
  void walk(const DeclContext *Context) {
    for (const Decl *D : Context->decls())
      visit(D);
  }

  void visit(const Decl *D) {
    if (D->isImplicit() || SM->isInSystemHeader(D->getLocation()))
      return;
    if (const auto *Template = dyn_cast<TemplateDecl>(D))
      D = Template->getTemplatedDecl();
    if (!D)
      return;
    if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
      if (Function->doesThisDeclarationHaveABody())
        record(Function);
    } else if (const auto *Method = dyn_cast<ObjCMethodDecl>(D)) {
      if (Method->hasBody())
        record(Method);
    } else if (const auto *Inner = dyn_cast<DeclContext>(D)) {
      walk(Inner);
    }
  }

  void record(const NamedDecl *Definition) {
    SourceRange Range = Definition->getSourceRange();
    SourceLocation Begin = SM->getFileLoc(Range.getBegin());
    SourceLocation End = SM->getFileLoc(Range.getEnd());
    if (Begin.isInvalid() || End.isInvalid() ||
        SM->getFileID(Begin) != SM->getFileID(End))
      return;
    Spans.add(SM->getFilename(Begin), SM->getFileOffset(Begin),
              SM->getFileOffset(End), Definition->getQualifiedNameAsString());
  }

  FunctionSpans &Spans;
  const SourceManager *SM = nullptr;
};

} // namespace

std::unique_ptr<ASTConsumer> makeFunctionSpanCollector(FunctionSpans &Spans) {
  return std::make_unique<Collector>(Spans);
}

} // namespace porttidy
