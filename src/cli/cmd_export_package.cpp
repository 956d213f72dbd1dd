// prevplan-cli export-package: the DGASPC package of one plan (dgaspc_package.h,
// docs/dgaspc-package.md); aggregated unless --named-registry is given, without the free texts
// that may name people unless --with-free-texts is given. The CLI cannot protect a file with a
// passphrase as the app does, so the named Registry goes out only with --unencrypted, and with
// the warning on stderr.
#include <algorithm>
#include <iostream>

#include "cli/share_args.h"
#include "core/sharing/dgaspc_package.h"

namespace prevplan::cli {

static const char* const kUsage =
    "export-package FILE.json [--plan ID] -o OUT.json [--named-registry --unencrypted] [--with-free-texts] [--lang ro|en] "
    "[--today YYYY-MM-DD]";

// The same words the app shows before the named Registry goes out.
static const char* const kNamedWarning =
    "The package holds the named Registry (children's names, CNPs, addresses and risks): personal data the law lets "
    "only the DGASPC receive. Send it only to the DGASPC, protected with a passphrase.";

static const char* const kNeedsUnencrypted =
    "--named-registry writes children's names, CNPs, addresses and risks in plain text: this tool cannot protect the "
    "file with a passphrase (the app can). Add --unencrypted to write it anyway, and protect the file yourself.";

static bool has(const Args& args, const char* flag) { return std::find(args.begin(), args.end(), flag) != args.end(); }

static int run(const Args& args) {
    const Args files = positionals(args, {"--plan", "-o", "--lang", "--today"});
    std::string out;
    if (files.size() != 1 || !option(args, "-o", out)) return usageError(std::string("usage: ") + kUsage);
    const auto lang = langOption(args);
    const auto today = dateOption(args, "--today");
    if (!lang || !today) return usageError(std::string("usage: ") + kUsage);
    const bool named = has(args, "--named-registry");
    if (named && !has(args, "--unencrypted")) return usageError(kNeedsUnencrypted);
    if (!named && has(args, "--unencrypted")) return usageError("--unencrypted goes only with --named-registry");
    const auto loaded = loadFile(files[0]);
    if (!loaded) return 1;
    const Plan* plan = choosePlan(*loaded->workspace, args, files[0]);
    if (!plan) return 2;
    PackageOptions options{named ? PackageContents::NamedRegistry : PackageContents::Aggregated, today->iso() + "T00:00:00",
                           *today, *lang, named ? kNamedWarning : ""};
    options.freeTexts = std::find(args.begin(), args.end(), "--with-free-texts") != args.end();
    if (!writeText(out, dgaspcPackage(*plan, options))) return usageError("cannot write " + out);
    if (named) std::cerr << "warning: " << out << " is not encrypted. " << kNamedWarning << "\n";
    return 0;
}

static const bool registered = registerCommand({"export-package", kUsage, &run});

}  // namespace prevplan::cli
