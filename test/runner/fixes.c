// Self-tests of check_port_tidy.py's CHECK-FIXES handling. A stock clang-tidy
// check with a fix-it stands in for a porttidy one, so only the plugin engine
// (stock clang-tidy) runs.
//
// RUN: %check_port_tidy -engine=plugin %s readability-braces-around-statements %t
// RUN: %check_port_tidy -engine=plugin -lang=c++ %s readability-braces-around-statements %t
// RUN: %check_port_tidy -engine=plugin -match-full-lines -check-suffix=FULL %s readability-braces-around-statements %t
//
// RUN: not %check_port_tidy -engine=plugin -check-suffix=WRONG-FIX %s readability-braces-around-statements %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-WRONG-FIX
// RUNNER-WRONG-FIX: {{^}}check_port_tidy: FAIL (1 problem(s)):
// RUNNER-WRONG-FIX-NEXT: {{^}}  [plugin] FileCheck failed for CHECK-FIXES-WRONG-FIX
//
// Partial lines match by default; -match-full-lines makes them fail.
// RUN: not %check_port_tidy -engine=plugin -match-full-lines %s readability-braces-around-statements %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-PARTIAL
// RUNNER-PARTIAL: {{^}}  [plugin] FileCheck failed for CHECK-FIXES
//
// A fix the test does not assert fails.
// RUN: not %check_port_tidy -engine=plugin -check-suffix=NO-FIXES %s readability-braces-around-statements %t \
// RUN:   | FileCheck %s --check-prefix=RUNNER-NO-FIXES
// RUNNER-NO-FIXES: {{^-+}} FAILED [plugin]: the file was changed but the test has no CHECK-FIXES (suffix 'NO-FIXES')
// RUNNER-NO-FIXES: -  if (port)
// RUNNER-NO-FIXES: +  if (port) {
// RUNNER-NO-FIXES: {{^}}check_port_tidy: FAIL (1 problem(s)):

int bad_unbraced_if(int port) {
  if (port)
    return port;
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-MESSAGES-FULL: :[[@LINE-3]]:12: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-MESSAGES-WRONG-FIX: :[[@LINE-4]]:12: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-MESSAGES-NO-FIXES: :[[@LINE-5]]:12: warning: statement should be inside braces [readability-braces-around-statements]
  // CHECK-FIXES: (port) {
  // CHECK-FIXES-FULL: {{^}}  if (port) {{{$}}
  // CHECK-FIXES-WRONG-FIX: if (port) return port;
  return 8080;
}

int good_braced_if(int port) {
  if (port) {
    return port;
  }
  return 8080;
}
