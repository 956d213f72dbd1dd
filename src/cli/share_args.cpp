#include "cli/share_args.h"

#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace prevplan::cli {

std::optional<std::string> readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    return static_cast<bool>(out.write(text.data(), static_cast<std::streamsize>(text.size())));
}

std::optional<LoadResult> loadFile(const std::string& path) {
    const auto text = readText(path);
    if (!text) {
        std::cerr << "prevplan-cli: cannot read " << path << "\n";
        return std::nullopt;
    }
    LoadResult loaded = loadWorkspace(*text);
    for (const auto& e : loaded.errors) std::cerr << path << ": " << errorKindName(e.kind) << ": " << e.message(Lang::En) << "\n";
    if (!loaded.workspace) return std::nullopt;
    return loaded;
}

Date localToday() {
    const std::time_t now = std::time(nullptr);
    const std::tm* local = std::localtime(&now);
    return {local->tm_year + 1900, local->tm_mon + 1, local->tm_mday};
}

std::optional<Date> dateOption(const Args& args, const std::string& name) {
    std::string value;
    if (!option(args, name, value)) return localToday();
    return Date::parse(value);
}

const Plan* choosePlan(const Workspace& ws, const Args& args, const std::string& path) {
    std::string id;
    if (option(args, "--plan", id)) {
        if (const Plan* p = findPlan(ws, id)) return p;
        std::cerr << "prevplan-cli: no plan '" << id << "' in " << path << "\n";
        return nullptr;
    }
    if (ws.plans.size() == 1) return ws.plans.front().get();
    std::cerr << "prevplan-cli: " << path << " holds " << ws.plans.size() << " plans; choose one with --plan (";
    for (std::size_t i = 0; i < ws.plans.size(); ++i) std::cerr << (i ? ", " : "") << ws.plans[i]->id;
    std::cerr << ")\n";
    return nullptr;
}

std::optional<Lang> langOption(const Args& args) {
    std::string name = "ro";
    option(args, "--lang", name);
    if (name == "ro") return Lang::Ro;
    if (name == "en") return Lang::En;
    return std::nullopt;
}

}  // namespace prevplan::cli
