// prevplan-cli: the command-line face of the domain core.
#include <cstring>
#include <exception>
#include <iostream>

#include "cli/command.h"

namespace prevplan::cli {

static std::vector<Command>& registry() {
    static std::vector<Command> all;
    return all;
}

bool registerCommand(Command command) {
    registry().push_back(command);
    return true;
}

const std::vector<Command>& commands() { return registry(); }

bool option(const Args& args, const std::string& name, std::string& value) {
    for (size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == name) {
            value = args[i + 1];
            return true;
        }
    return false;
}

Args positionals(const Args& args, const std::vector<std::string>& optionsWithValue) {
    Args out;
    for (size_t i = 0; i < args.size(); ++i) {
        bool takesValue = false;
        for (const auto& o : optionsWithValue) takesValue |= args[i] == o;
        if (takesValue) {
            ++i;
            continue;
        }
        if (args[i].size() > 1 && args[i][0] == '-') continue;
        out.push_back(args[i]);
    }
    return out;
}

int usageError(const std::string& message) {
    std::cerr << "prevplan-cli: " << message << "\n";
    return 2;
}

static void printUsage(std::ostream& out) {
    out << "usage: prevplan-cli COMMAND [ARGS]\n\ncommands:\n";
    for (const auto& c : commands()) out << "  prevplan-cli " << c.usage << "\n";
}

}  // namespace prevplan::cli

static int run(int argc, char** argv) {
    using namespace prevplan::cli;
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "help")) {
        printUsage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? 2 : 0;
    }
    for (const auto& c : commands())
        if (argv[1] == std::string(c.name)) return c.run(Args(argv + 2, argv + argc));
    std::cerr << "prevplan-cli: unknown command '" << argv[1] << "'\n";
    printUsage(std::cerr);
    return 2;
}

// The last line of defence: whatever a file makes a command throw ends in a message and rc 1, never
// in std::terminate.
int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "prevplan-cli: the file could not be processed (" << e.what() << ")\n";
    } catch (...) {
        std::cerr << "prevplan-cli: the file could not be processed\n";
    }
    return 1;
}
