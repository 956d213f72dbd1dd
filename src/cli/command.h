#pragma once
// prevplan-cli subcommands register themselves; each lives in its own cmd_*.cpp.
// Exit codes: 0 success, 1 the input is invalid, 2 usage error.
#include <string>
#include <vector>

namespace prevplan::cli {

using Args = std::vector<std::string>;  // arguments after the subcommand name
using CommandFn = int (*)(const Args& args);

struct Command {
    const char* name;
    const char* usage;    // one line, e.g. "validate FILE"
    CommandFn run;
};

// Called from a static initialiser in each command's file.
bool registerCommand(Command command);
const std::vector<Command>& commands();

// Small argument helpers shared by the commands.
// Finds "--name VALUE" (also "-o VALUE" for output); returns false when absent.
bool option(const Args& args, const std::string& name, std::string& value);
// Positional arguments: everything not an option or an option's value.
Args positionals(const Args& args, const std::vector<std::string>& optionsWithValue);
int usageError(const std::string& message);

}  // namespace prevplan::cli
