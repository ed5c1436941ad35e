#include "clang-tidy/ClangTidy.h"
int main() { return 0; }
