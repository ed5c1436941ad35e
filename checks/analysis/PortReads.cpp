//===--- PortReads.cpp - ports read in network order, used as numbers ----===//
//
// One walk over the body collects the port-field reads and, for every local
// integer (and field of a local struct), what is stored into it and where it
// is read. Only when the body reads a port at all are the reads' uses
// classified, climbing each read's parents through parentheses, casts and
// conditional operators to the expression that consumes it.
//
//===----------------------------------------------------------------------===//

#include "PortReads.h"
#include "AddressTypes.h"
#include "ByteOrder.h"
#include "ExprShapes.h"
#include "IntegerFolding.h"
#include "PrintedArguments.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/MathExtras.h"
#include <optional>

namespace clang::tidy::port {
namespace {

/// A local integer (`{port, null}`), or an integer field of a local struct
/// (`{info, port}` for `info.port`).
using Slot = std::pair<const VarDecl *, const FieldDecl *>;

bool isNumberType(QualType Type) {
  return Type->isIntegerType() && !Type->isBooleanType() &&
         !Type.isVolatileQualified();
}

/// The sin_port/sin6_port field `E` designates, under parentheses.
const MemberExpr *portMember(const Expr *E) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParens());
  return Member && portFieldOf(Member) ? Member : nullptr;
}

/// The slot `E` designates, under parentheses.
std::optional<Slot> slotOf(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && Var->hasLocalStorage() && !isa<ParmVarDecl>(Var) &&
        !Var->getType()->isReferenceType() && isNumberType(Var->getType()))
      return Slot{Var, nullptr};
    return std::nullopt;
  }
  const auto *Member = dyn_cast<MemberExpr>(E);
  if (!Member || Member->isArrow())
    return std::nullopt;
  const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
  const auto *Base = dyn_cast<DeclRefExpr>(Member->getBase()->IgnoreParens());
  const auto *Var = Base ? dyn_cast<VarDecl>(Base->getDecl()) : nullptr;
  if (!Field || !Var || !Var->hasLocalStorage() || isa<ParmVarDecl>(Var) ||
      !Var->getType()->isRecordType() || !isNumberType(Field->getType()) ||
      isSocketAddressRecord(Field->getParent()))
    return std::nullopt;
  return Slot{Var, Field};
}

/// The local variable a slot lives in, for locals whose every mention must
/// be understood.
const VarDecl *baseOf(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    E = Member->getBase()->IgnoreParens();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

bool isArithmeticAssign(BinaryOperatorKind Op) {
  return Op == BO_AddAssign || Op == BO_SubAssign || Op == BO_MulAssign ||
         Op == BO_DivAssign || Op == BO_RemAssign;
}

struct SlotInfo {
  /// Every value stored (null for a store that is no plain value: `|=`).
  llvm::SmallVector<const Expr *, 2> Stores;
  /// Every rvalue read (the lvalue-to-rvalue cast).
  llvm::SmallVector<const Expr *, 2> Reads;
  /// `port++`, `port += 1`: arithmetic on the value held.
  llvm::SmallVector<const Expr *, 1> Modifications;
};

/// How one value is used.
struct ValueUse {
  enum class Kind {
    Number,  ///< as a host number
    Neutral, ///< in a way both orders agree on: a truth value, `== 0`
    Stored,  ///< into the followed slot `Into`
    /// compared with a network-order value (`== htons(80)`, another port)
    ComparedInNetworkOrder,
    Other, ///< anything else: a port field, a conversion, a call...
  };
  Kind What = Kind::Other;
  NumberUse Number = NumberUse::Printed;
  Slot Into{};

  static ValueUse number(NumberUse Use) { return {Kind::Number, Use, {}}; }
  static ValueUse neutral() { return {Kind::Neutral, {}, {}}; }
  static ValueUse other() { return {}; }
  static ValueUse comparedInNetworkOrder() {
    return {Kind::ComparedInNetworkOrder, {}, {}};
  }
  static ValueUse stored(Slot Into) { return {Kind::Stored, {}, Into}; }
};

/// The first pass: port reads and, when asked, what each slot holds and is
/// used for.
class Collector {
public:
  explicit Collector(bool WithSlots) : WithSlots(WithSlots) {}

  void collect(const Stmt *Body) {
    // A worklist, not recursion: bodies may nest thousands deep.
    llvm::SmallVector<const Stmt *, 64> Pending{Body};
    while (!Pending.empty()) {
      const Stmt *S = Pending.pop_back_val();
      if (!S)
        continue;
      // Lambdas and blocks are functions of their own; what they capture
      // may change behind this body's back.
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
        if (WithSlots)
          for (const LambdaCapture &Capture : Lambda->captures())
            if (Capture.capturesVariable())
              if (const auto *Var = dyn_cast<VarDecl>(Capture.getCapturedVar()))
                ++Mentions[Var];
        continue;
      }
      if (const auto *Block = dyn_cast<BlockExpr>(S)) {
        if (WithSlots)
          for (const BlockDecl::Capture &Capture :
               Block->getBlockDecl()->captures())
            ++Mentions[Capture.getVariable()];
        continue;
      }
      visit(S);
      llvm::append_range(Pending, S->children());
    }
  }

  llvm::SmallVector<std::pair<const Expr *, const MemberExpr *>, 4> PortValues;
  llvm::SmallVector<std::pair<const Expr *, const MemberExpr *>, 2>
      PortModifications;
  llvm::DenseMap<Slot, SlotInfo> Slots;
  /// Mentions of each local, and those understood (a slot's read or store,
  /// or the base of a member access for the fields of a struct local).
  llvm::DenseMap<const VarDecl *, unsigned> Mentions, Understood;
  /// Struct locals with an initializer: their fields hold values from it.
  llvm::DenseSet<const VarDecl *> InitializedRecords;
  /// Reads that are the very argument of a conversion (`ntohs(sa.sin_port)`,
  /// the common case): known without climbing to them from below.
  llvm::DenseSet<const Expr *> Converted;

private:
  bool WithSlots;

  /// The rvalue read `E` passes on unchanged, if it is one: `sa.sin_port`
  /// in `ntohs((uint16_t)sa.sin_port)`.
  static const Expr *passedRead(const Expr *E) {
    while (true) {
      E = E->IgnoreParens();
      const auto *Cast = dyn_cast<CastExpr>(E);
      if (!Cast || !Cast->getType()->isIntegerType())
        return nullptr;
      if (Cast->getCastKind() == CK_LValueToRValue)
        return Cast;
      E = Cast->getSubExpr();
    }
  }

  void understand(const Expr *E) {
    if (const VarDecl *Var = baseOf(E))
      ++Understood[Var];
  }

  void visit(const Stmt *S) {
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      const Expr *Value = nullptr;
      if (classifyByteOrderCall(Call) != ByteOrderConversion::None)
        Value = Call->getArg(0);
      else if (std::optional<OutParameterConversion> Out =
                   outParameterConversion(Call))
        Value = Call->getArg(Out->ValueArg);
      if (const Expr *Read = Value ? passedRead(Value) : nullptr)
        Converted.insert(Read);
      return;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()); Var && WithSlots)
        ++Mentions[Var];
      return;
    }
    if (const auto *Cast = dyn_cast<ImplicitCastExpr>(S)) {
      if (Cast->getCastKind() != CK_LValueToRValue)
        return;
      const Expr *Read = Cast->getSubExpr();
      if (const MemberExpr *Port = portMember(Read))
        PortValues.push_back({Cast, Port});
      else if (!WithSlots)
        return;
      else if (std::optional<Slot> Into = slotOf(Read)) {
        Slots[*Into].Reads.push_back(Cast);
        understand(Read);
      }
      return;
    }
    if (const auto *Op = dyn_cast<BinaryOperator>(S)) {
      if (Op->getOpcode() == BO_Assign) {
        if (!WithSlots)
          return;
        if (std::optional<Slot> Into = slotOf(Op->getLHS())) {
          Slots[*Into].Stores.push_back(Op->getRHS());
          understand(Op->getLHS());
        }
        return;
      }
      if (!Op->isCompoundAssignmentOp())
        return;
      bool Arithmetic = isArithmeticAssign(Op->getOpcode());
      if (const MemberExpr *Port = portMember(Op->getLHS())) {
        if (Arithmetic)
          PortModifications.push_back({Op, Port});
      } else if (!WithSlots) {
        return;
      } else if (std::optional<Slot> Into = slotOf(Op->getLHS())) {
        SlotInfo &Info = Slots[*Into];
        if (Arithmetic)
          Info.Modifications.push_back(Op);
        else
          Info.Stores.push_back(nullptr); // `port |= x` is no port any more
        understand(Op->getLHS());
      }
      return;
    }
    if (const auto *Op = dyn_cast<UnaryOperator>(S)) {
      if (!Op->isIncrementDecrementOp())
        return;
      if (const MemberExpr *Port = portMember(Op->getSubExpr()))
        PortModifications.push_back({Op, Port});
      else if (!WithSlots)
        return;
      else if (std::optional<Slot> Into = slotOf(Op->getSubExpr())) {
        Slots[*Into].Modifications.push_back(Op);
        understand(Op->getSubExpr());
      }
      return;
    }
    if (!WithSlots)
      return;
    if (const auto *Member = dyn_cast<MemberExpr>(S)) {
      // `info.port` mentions `info`; its use is understood when the access
      // is (above), and fields of struct locals are followed only when
      // every mention of the struct is such an access.
      if (!slotOf(Member))
        if (const VarDecl *Var = baseOf(Member);
            Var && Var->getType()->isRecordType() &&
            !isa<CXXMethodDecl>(Member->getMemberDecl()))
          ++Understood[Var];
      return;
    }
    if (const auto *Decls = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : Decls->decls()) {
        const auto *Var = dyn_cast<VarDecl>(D);
        if (!Var || !Var->getInit())
          continue;
        if (Var->getType()->isRecordType()) {
          // C++'s `struct peer p;` runs a trivial constructor that sets
          // nothing.
          const auto *Construct = dyn_cast<CXXConstructExpr>(Var->getInit());
          if (!Construct || Construct->getNumArgs() != 0 ||
              !Construct->getConstructor()->isTrivial() ||
              Construct->requiresZeroInitialization())
            InitializedRecords.insert(Var);
        } else if (Var->hasLocalStorage() && isNumberType(Var->getType()) &&
                   !Var->getType()->isReferenceType())
          Slots[{Var, nullptr}].Stores.push_back(Var->getInit());
      }
    }
  }
};

/// The second pass: which slots hold network order only, and how each
/// value is used.
class UseClassifier {
public:
  UseClassifier(const Collector &Found, const BodyParents &Parents,
                const ASTContext &Ctx)
      : Found(Found), Parents(Parents), Ctx(Ctx) {
    findFollowedSlots();
  }

  bool isFollowed(Slot S) const { return Followed.contains(S); }

  ValueUse classify(const Expr *Value) const;

private:
  void findFollowedSlots();
  /// The values `E` may be, through parentheses, casts, `?:` and `,`.
  void collectLeaves(const Expr *E,
                     llvm::SmallVectorImpl<const Expr *> &Leaves) const;
  ValueUse classifyOperand(const BinaryOperator *Op, const Expr *Operand) const;
  ValueUse classifyArgument(const CallExpr *Call, const Expr *Arg) const;
  ValueUse classifySwitch(const SwitchStmt *Switch) const;
  /// The order of `E`, with port-field reads and followed slots in
  /// network order.
  ByteOrder orderOf(const Expr *E) const {
    if (isPortFieldRead(E))
      return ByteOrder::Network;
    return byteOrderOf(E, Ctx, [this](const VarDecl *Var) {
      return isFollowed({Var, nullptr}) ? ByteOrder::Network
                                        : ByteOrder::Unknown;
    });
  }
  std::optional<int64_t> signedConstant(const Expr *E) const;
  bool isStoredIntoPortField(const Expr *E) const;

  const Collector &Found;
  const BodyParents &Parents;
  const ASTContext &Ctx;
  llvm::DenseSet<Slot> Followed;
};

void UseClassifier::collectLeaves(
    const Expr *E, llvm::SmallVectorImpl<const Expr *> &Leaves) const {
  llvm::SmallVector<const Expr *, 4> Pending{E};
  while (!Pending.empty()) {
    const Expr *Next = Pending.pop_back_val()->IgnoreParenCasts();
    if (const auto *Choice = dyn_cast<ConditionalOperator>(Next)) {
      Pending.push_back(Choice->getTrueExpr());
      Pending.push_back(Choice->getFalseExpr());
    } else if (const auto *Op = dyn_cast<BinaryOperator>(Next);
               Op && Op->getOpcode() == BO_Comma) {
      Pending.push_back(Op->getRHS());
    } else {
      Leaves.push_back(Next);
    }
  }
}

void UseClassifier::findFollowedSlots() {
  // A slot holds network order only if every value stored into it is a
  // port read, a network-order value (`htons(x)`), or a followed slot, and
  // every mention of its variable is understood (no `&port`, no reference).
  // Start from the slots that fail on their own and spread the failure to
  // the slots they are stored into: linear in the number of stores.
  llvm::DenseMap<Slot, llvm::SmallVector<Slot, 2>> FeedsInto;
  llvm::SmallVector<Slot, 8> Failed;
  llvm::DenseSet<Slot> Failing;
  for (const auto &[S, Info] : Found.Slots) {
    const VarDecl *Var = S.first;
    bool Fails = Found.Mentions.lookup(Var) != Found.Understood.lookup(Var) ||
                 (S.second && Found.InitializedRecords.contains(Var));
    for (const Expr *Stored : Info.Stores) {
      if (!Stored) {
        Fails = true;
        continue;
      }
      llvm::SmallVector<const Expr *, 2> Leaves;
      collectLeaves(Stored, Leaves);
      for (const Expr *Leaf : Leaves) {
        if (std::optional<Slot> From = slotOf(Leaf)) {
          FeedsInto[*From].push_back(S);
          continue;
        }
        // A network-order value, or a constant both orders agree on (`int
        // port = 0;`). The locals' own order is what is being found, so
        // they count as unknown here.
        if (isPortFieldRead(Leaf))
          continue;
        if (std::optional<uint64_t> Value = foldPlainConstant(Leaf, Ctx);
            Value && isSymmetric16(*Value))
          continue;
        if (byteOrderOf(Leaf, Ctx, [](const VarDecl *) {
              return ByteOrder::Unknown;
            }) != ByteOrder::Network)
          Fails = true;
      }
    }
    if (Fails && Failing.insert(S).second)
      Failed.push_back(S);
  }
  while (!Failed.empty()) {
    Slot S = Failed.pop_back_val();
    auto Fed = FeedsInto.find(S);
    if (Fed == FeedsInto.end())
      continue;
    for (Slot Into : Fed->second)
      if (Failing.insert(Into).second)
        Failed.push_back(Into);
  }
  for (const auto &[S, Info] : Found.Slots)
    if (!Failing.contains(S) && !Info.Stores.empty())
      Followed.insert(S);
}

std::optional<int64_t> UseClassifier::signedConstant(const Expr *E) const {
  std::optional<uint64_t> Value = foldPlainConstant(E, Ctx);
  if (!Value)
    return std::nullopt;
  QualType Type = E->getType();
  unsigned Width = Ctx.getTypeSize(Type);
  if (Type->isSignedIntegerType() && Width > 0 && Width < 64)
    return llvm::SignExtend64(*Value, Width);
  return static_cast<int64_t>(std::min<uint64_t>(*Value, INT64_MAX));
}

/// True if `p OP C` (the port on the left) selects the same ports in both
/// byte orders: `p > 0`, `p < 1`, `p <= 0xffff`.
bool isOrderSymmetric(BinaryOperatorKind Op, int64_t C) {
  // Each is `p < K` or its complement.
  int64_t K = Op == BO_LT || Op == BO_GE ? C : C + 1;
  return K <= 1 || K >= 0x10000;
}

bool UseClassifier::isStoredIntoPortField(const Expr *E) const {
  const Stmt *Node = E;
  while (const Stmt *Parent = Parents.parentOf(Node)) {
    if (isa<ParenExpr>(Parent) || isa<CastExpr>(Parent)) {
      Node = Parent;
      continue;
    }
    if (const auto *Assign = dyn_cast<BinaryOperator>(Parent))
      return Assign->getOpcode() == BO_Assign && Assign->getRHS() == Node &&
             portFieldOf(Assign->getLHS());
    if (const auto *List = dyn_cast<InitListExpr>(Parent))
      return isSocketAddressType(List->getType());
    return false;
  }
  return false;
}

ValueUse UseClassifier::classifyOperand(const BinaryOperator *Op,
                                        const Expr *Operand) const {
  bool OnLeft = Operand == Op->getLHS();
  const Expr *Other = OnLeft ? Op->getRHS() : Op->getLHS();
  switch (Op->getOpcode()) {
  case BO_Assign:
    if (std::optional<Slot> Into = slotOf(Op->getLHS());
        !OnLeft && Into && isFollowed(*Into))
      return ValueUse::stored(*Into);
    return ValueUse::other(); // a port field, a global, an array...
  case BO_EQ:
  case BO_NE: {
    ByteOrder Order = orderOf(Other);
    if (Order == ByteOrder::Host)
      return ValueUse::number(NumberUse::Compared);
    if (Order == ByteOrder::Network)
      return ValueUse::comparedInNetworkOrder();
    std::optional<uint64_t> Value = foldPlainConstant(Other, Ctx);
    return Value && isSymmetric16(*Value) ? ValueUse::neutral()
                                          : ValueUse::other();
  }
  case BO_LT:
  case BO_GT:
  case BO_LE:
  case BO_GE: {
    ByteOrder Order = orderOf(Other);
    if (Order == ByteOrder::Network)
      return ValueUse::comparedInNetworkOrder();
    if (std::optional<int64_t> C = signedConstant(Other)) {
      BinaryOperatorKind Kind =
          OnLeft ? Op->getOpcode()
                 : BinaryOperator::reverseComparisonOp(Op->getOpcode());
      return isOrderSymmetric(Kind, *C) ? ValueUse::neutral()
                                        : ValueUse::number(NumberUse::Compared);
    }
    return Order == ByteOrder::Host ? ValueUse::number(NumberUse::Compared)
                                    : ValueUse::other();
  }
  case BO_Add:
  case BO_Sub:
  case BO_Mul:
  case BO_Div:
  case BO_Rem: {
    // `a->sin_port - b->sin_port` orders two ports, as memcmp would.
    if (orderOf(Other) == ByteOrder::Network)
      return ValueUse::other();
    // `dst.sin_port = src.sin_port + 1` is a store the byte-order check
    // words as one.
    if (isStoredIntoPortField(Op))
      return ValueUse::other();
    if (Op->getOpcode() == BO_Rem)
      return ValueUse::number(NumberUse::Arithmetic);
    if (std::optional<uint64_t> C = foldPlainConstant(Other, Ctx)) {
      uint64_t Identity = Op->isAdditiveOp() ? 0 : 1;
      return *C == Identity ? ValueUse::neutral()
                            : ValueUse::number(NumberUse::Arithmetic);
    }
    // A host number from a conversion or a parse; not a sum of others
    // (`h * 31 + port` mixes a port into a hash).
    if (orderOf(Other) == ByteOrder::Host &&
        !isa<BinaryOperator>(Other->IgnoreParenCasts()) &&
        !isa<UnaryOperator>(Other->IgnoreParenCasts()))
      return ValueUse::number(NumberUse::Arithmetic);
    return ValueUse::other();
  }
  case BO_LAnd:
  case BO_LOr:
    return ValueUse::neutral();
  default:
    // Bitwise operators and shifts take bytes apart or hash them.
    return ValueUse::other();
  }
}

ValueUse UseClassifier::classifyArgument(const CallExpr *Call,
                                         const Expr *Arg) const {
  if (classifyByteOrderCall(Call) != ByteOrderConversion::None ||
      outParameterConversion(Call))
    return ValueUse::other(); // converted
  if (isPrintedAsInteger(Call, Arg, Ctx))
    return ValueUse::number(NumberUse::Printed);
  return ValueUse::other();
}

ValueUse UseClassifier::classifySwitch(const SwitchStmt *Switch) const {
  bool Converted = false;
  for (const SwitchCase *Case = Switch->getSwitchCaseList(); Case;
       Case = Case->getNextSwitchCase()) {
    const auto *Label = dyn_cast<CaseStmt>(Case);
    if (!Label || !Label->getLHS())
      continue;
    if (std::optional<uint64_t> Value =
            foldPlainConstant(Label->getLHS(), Ctx)) {
      if (!isSymmetric16(*Value))
        return ValueUse::number(NumberUse::Compared);
    } else {
      Converted = true; // `case htons(53)` where that is a constant
    }
  }
  return Converted ? ValueUse::other() : ValueUse::neutral();
}

ValueUse UseClassifier::classify(const Expr *Value) const {
  const Stmt *Node = Value;
  // Climb what carries the value unchanged; bounded, as no sane expression
  // wraps a value in more.
  for (unsigned Step = 0; Step < 64; ++Step) {
    const Stmt *Parent = Parents.parentOf(Node);
    if (!Parent)
      return ValueUse::other();
    if (isa<ParenExpr>(Parent)) {
      Node = Parent;
      continue;
    }
    if (const auto *Cast = dyn_cast<CastExpr>(Parent)) {
      QualType Type = Cast->getType();
      if (Type->isBooleanType())
        return ValueUse::neutral();
      if (!Type->isIntegerType())
        return ValueUse::other();
      Node = Parent;
      continue;
    }
    if (const auto *Choice = dyn_cast<ConditionalOperator>(Parent)) {
      if (Node == Choice->getCond())
        return ValueUse::neutral();
      Node = Parent;
      continue;
    }
    if (const auto *Op = dyn_cast<BinaryOperator>(Parent)) {
      if (Op->getOpcode() == BO_Comma) {
        if (Node != Op->getRHS())
          return ValueUse::other();
        Node = Parent;
        continue;
      }
      if (Op->isCompoundAssignmentOp())
        return ValueUse::other(); // `sum += port`: a checksum, a total
      return classifyOperand(Op, cast<Expr>(Node));
    }
    if (const auto *Op = dyn_cast<UnaryOperator>(Parent)) {
      switch (Op->getOpcode()) {
      case UO_Plus:
        Node = Parent;
        continue;
      case UO_Minus:
        return ValueUse::number(NumberUse::Arithmetic);
      case UO_LNot:
        return ValueUse::neutral();
      default:
        return ValueUse::other();
      }
    }
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Parent))
      return Node == Subscript->getIdx() ? ValueUse::number(NumberUse::Index)
                                         : ValueUse::other();
    if (const auto *Switch = dyn_cast<SwitchStmt>(Parent))
      return Node == Switch->getCond() ? classifySwitch(Switch)
                                       : ValueUse::other();
    // In C a condition is the integer itself.
    if (isa<IfStmt>(Parent) || isa<WhileStmt>(Parent) || isa<DoStmt>(Parent) ||
        isa<ForStmt>(Parent))
      return ValueUse::neutral();
    if (const auto *Call = dyn_cast<CallExpr>(Parent))
      return classifyArgument(Call, cast<Expr>(Node));
    if (const auto *Decls = dyn_cast<DeclStmt>(Parent)) {
      for (const Decl *D : Decls->decls())
        if (const auto *Var = dyn_cast<VarDecl>(D);
            Var && Var->getInit() == Node && isFollowed({Var, nullptr}))
          return ValueUse::stored({Var, nullptr});
      return ValueUse::other();
    }
    return ValueUse::other();
  }
  return ValueUse::other();
}

/// What each followed slot's uses amount to, across the slots it is
/// stored into.
class SlotUses {
public:
  SlotUses(const Collector &Found, const UseClassifier &Classifier,
           const SourceManager &SM)
      : Found(Found), Classifier(Classifier), SM(SM) {}

  /// A use as a number, and where it reads which slot.
  struct Candidate {
    std::optional<NumberUse> Use;
    const Expr *Read = nullptr;
    const ValueDecl *In = nullptr;
  };

  struct Summary {
    bool Computed = false;
    bool InProgress = false;
    /// The earliest print, and the earliest other use as a number, here or
    /// in a slot this one feeds.
    Candidate Printed, Other;
    bool EveryUseIsNumeric = true;

    /// The earliest of the two.
    const Candidate &first(const SourceManager &SM) const {
      if (!Printed.Use)
        return Other;
      if (!Other.Use)
        return Printed;
      return SM.isBeforeInTranslationUnit(Other.Read->getBeginLoc(),
                                          Printed.Read->getBeginLoc())
                 ? Other
                 : Printed;
    }
  };

  const Summary &of(Slot S, unsigned Depth = 0) {
    Summary &Result = Summaries[S];
    if (Result.Computed)
      return Result;
    // `a = b; b = a;`: a cycle decides nothing, and blocks fix-its. So does
    // a chain of copies too long to follow (recursion is bounded).
    if (Result.InProgress || Depth > 32) {
      Result.EveryUseIsNumeric = false;
      return Result;
    }
    Result.InProgress = true;
    Summary Own;
    bool ComparedInNetworkOrder = false;
    const ValueDecl *Name =
        S.second ? static_cast<const ValueDecl *>(S.second) : S.first;
    auto Consider = [&](const Candidate &Seen) {
      if (!Seen.Use)
        return;
      Candidate &Kept =
          *Seen.Use == NumberUse::Printed ? Own.Printed : Own.Other;
      if (!Kept.Use || SM.isBeforeInTranslationUnit(Seen.Read->getBeginLoc(),
                                                    Kept.Read->getBeginLoc()))
        Kept = Seen;
    };
    auto Info = Found.Slots.find(S);
    for (const Expr *Modification : Info->second.Modifications)
      Consider({NumberUse::Arithmetic, Modification, Name});
    for (const Expr *Read : Info->second.Reads) {
      ValueUse Use = Classifier.classify(Read);
      switch (Use.What) {
      case ValueUse::Kind::Number:
        Consider({Use.Number, Read, Name});
        break;
      case ValueUse::Kind::Neutral:
        break;
      case ValueUse::Kind::Stored: {
        const Summary &Fed = of(Use.Into, Depth + 1);
        Own.EveryUseIsNumeric &= Fed.EveryUseIsNumeric;
        Consider(Fed.Printed);
        Consider(Fed.Other);
        break;
      }
      case ValueUse::Kind::ComparedInNetworkOrder:
        ComparedInNetworkOrder = true;
        Own.EveryUseIsNumeric = false;
        break;
      case ValueUse::Kind::Other:
        Own.EveryUseIsNumeric = false;
        break;
      }
    }
    // An assertion macro (`tt_int_op(sa->sin_port, ==, htons(80))`) keeps
    // its argument in a local of its own, compares it, and prints it when
    // the comparison fails: the value is checked in network order on
    // purpose, and the print is the macro's, for any value.
    if (ComparedInNetworkOrder && S.first->getLocation().isMacroID())
      Own.Printed = {};
    // The map may have grown while the fed slots were computed.
    Summary &Done = Summaries[S];
    Own.EveryUseIsNumeric &= Done.EveryUseIsNumeric;
    Done = Own;
    Done.Computed = true;
    return Done;
  }

private:
  const Collector &Found;
  const UseClassifier &Classifier;
  const SourceManager &SM;
  llvm::DenseMap<Slot, Summary> Summaries;
};

} // namespace

std::vector<PortNumberRead>
findPortNumberReads(const Stmt *Body, const ASTContext &Ctx,
                    llvm::function_ref<const BodyParents &()> Parents) {
  std::vector<PortNumberRead> Result;
  if (!Body)
    return Result;
  // Most port reads are converted where they are read: a first walk finds
  // the others, and only then are locals collected and parents built.
  auto Unconverted = [](Collector &Found) {
    llvm::erase_if(Found.PortValues, [&](const auto &Value) {
      return Found.Converted.contains(Value.first);
    });
    return !Found.PortValues.empty() || !Found.PortModifications.empty();
  };
  Collector Reads(/*WithSlots=*/false);
  Reads.collect(Body);
  if (!Unconverted(Reads))
    return Result;
  Collector Found(/*WithSlots=*/true);
  Found.collect(Body);
  Unconverted(Found);

  UseClassifier Classifier(Found, Parents(), Ctx);
  SlotUses Slots(Found, Classifier, Ctx.getSourceManager());
  auto FieldOf = [](const MemberExpr *Read) {
    return cast<FieldDecl>(Read->getMemberDecl());
  };
  for (const auto &[Value, Read] : Found.PortValues) {
    ValueUse Use = Classifier.classify(Value);
    if (Use.What == ValueUse::Kind::Number) {
      PortNumberRead Number;
      Number.Read = Read;
      Number.Field = FieldOf(Read);
      Number.Use = Use.Number;
      Result.push_back(Number);
      continue;
    }
    if (Use.What != ValueUse::Kind::Stored)
      continue;
    const SlotUses::Summary &Into = Slots.of(Use.Into);
    const SlotUses::Candidate &First = Into.first(Ctx.getSourceManager());
    if (!First.Use)
      continue;
    PortNumberRead Number;
    Number.Read = Read;
    Number.Field = FieldOf(Read);
    Number.Use = *First.Use;
    Number.Through = First.In;
    Number.UseRead = First.Read;
    Number.EveryUseIsNumeric = Into.EveryUseIsNumeric;
    Result.push_back(Number);
  }
  for (const auto &[Operation, Read] : Found.PortModifications) {
    // `sa.sin_port += htons(1)` adds in network order on purpose.
    if (const auto *Op = dyn_cast<BinaryOperator>(Operation);
        Op && byteOrderOf(Op->getRHS(), Ctx, [](const VarDecl *) {
                return ByteOrder::Unknown;
              }) == ByteOrder::Network)
      continue;
    PortNumberRead Number;
    Number.Read = Read;
    Number.Field = FieldOf(Read);
    Number.Use = NumberUse::Arithmetic;
    Number.Modified = true;
    Number.EveryUseIsNumeric = false;
    Result.push_back(Number);
  }
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::stable_sort(Result,
                    [&](const PortNumberRead &A, const PortNumberRead &B) {
                      return SM.isBeforeInTranslationUnit(
                          A.Read->getBeginLoc(), B.Read->getBeginLoc());
                    });
  return Result;
}

} // namespace clang::tidy::port
