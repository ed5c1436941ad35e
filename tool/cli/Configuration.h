//===--- Configuration.h - where checks and options come from ---*- C++ -*-===//
//
// Layers, lowest first: porttidy's defaults (`-*,port-*`), then the nearest
// `.clang-tidy` files as clang-tidy finds them (or `--config` /
// `--config-file` instead), then `--checks`.
//
//===----------------------------------------------------------------------===//

#ifndef PORTTIDY_TOOL_CONFIGURATION_H
#define PORTTIDY_TOOL_CONFIGURATION_H

#include "CommandLine.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace porttidy {

/// The checks porttidy runs when nothing says otherwise: all of ours.
inline constexpr const char DefaultChecks[] = "-*,port-*";

/// The options provider plus what went wrong reading `.clang-tidy` files.
struct Configuration {
  /// What the checks run with: the user's settings, with clang-tidy's own
  /// header filter opened up (porttidy filters headers itself, after the
  /// analysis: see HeaderScope).
  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Provider;
  /// The user's settings as written (defaults, files or --config, command
  /// line), for porttidy's own filters and for --dump-config.
  std::shared_ptr<clang::tidy::ClangTidyOptionsProvider> Settings;
  /// clang-tidy's provider skips a `.clang-tidy` it cannot parse with a
  /// message and goes on; porttidy records the problem here instead, so the
  /// run can stop rather than silently use other settings.
  std::shared_ptr<std::vector<std::string>> FileProblems;
};

llvm::Expected<Configuration> loadConfiguration(const CommandLine &Args);

/// Whether a `Checks` value names any of porttidy's checks (an item that
/// starts with `port-` or `-port-`). A `.clang-tidy` file whose `Checks`
/// does not was written for clang-tidy's other checks (`-*,bugprone-*`):
/// porttidy ignores its `Checks` and keeps its own default for that layer.
bool mentionsPortChecks(llvm::StringRef Checks);

/// Reads the settings for each of \p Files and for the current directory
/// (finding and parsing their `.clang-tidy` files) and returns the first
/// problem: a configuration file that does not parse, or settings that
/// clang-tidy's library would crash on.
llvm::Error checkConfigurationFor(Configuration &Config,
                                  llvm::ArrayRef<std::string> Files);

} // namespace porttidy

#endif // PORTTIDY_TOOL_CONFIGURATION_H
