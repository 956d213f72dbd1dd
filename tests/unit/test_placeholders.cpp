// Every Romanian and English pair of the sources has the same placeholders in the same order.
// Text checks its own pairs at compile time; this walks the source text instead, so it also sees
// the pairs that are not Text: the two details of a format error (error(kind, where, "ro", "en")),
// Wording {ro, en} in the gap reasoning, Noun forms, and any pair added later in a new shape.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/base/text.h"

using namespace prevplan;

namespace {

// A piece of C++ source: a string literal (adjacent ones joined, escapes kept), a comma, a
// bracket, a word, or any other character.
struct Token {
    enum Kind { Literal, Comma, Open, Word, Other } kind;
    std::string text;
    int line;
};

// The tokens of one file, without comments, character literals and raw strings (the project's
// raw strings are style sheets, never messages).
std::vector<Token> tokens(const std::string& src) {
    std::vector<Token> out;
    int line = 1;
    for (std::size_t i = 0; i < src.size();) {
        const char c = src[i];
        if (c == '\n') ++line;
        if (src.compare(i, 2, "//") == 0) {
            i = src.find('\n', i);
            if (i == std::string::npos) break;
            continue;
        }
        if (src.compare(i, 2, "/*") == 0) {
            const std::size_t end = src.find("*/", i + 2);
            for (std::size_t k = i; k < end && k < src.size(); ++k) line += src[k] == '\n';
            i = end == std::string::npos ? src.size() : end + 2;
            continue;
        }
        if (src.compare(i, 3, "R\"(") == 0) {
            const std::size_t end = src.find(")\"", i + 3);
            for (std::size_t k = i; k < end && k < src.size(); ++k) line += src[k] == '\n';
            i = end == std::string::npos ? src.size() : end + 2;
            continue;
        }
        if (c == '"' || c == '\'') {
            std::string text;
            std::size_t k = i + 1;
            for (; k < src.size() && src[k] != c; ++k) {
                if (src[k] == '\\') text += src[k++];
                text += src[k];
            }
            i = k + 1;
            if (c == '\'') continue;
            if (!out.empty() && out.back().kind == Token::Literal) out.back().text += text;  // "a" "b" is "ab"
            else out.push_back({Token::Literal, text, line});
            continue;
        }
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':') {
            std::size_t k = i;
            while (k < src.size() &&
                   (std::isalnum(static_cast<unsigned char>(src[k])) || src[k] == '_' || src[k] == ':'))
                ++k;
            out.push_back({Token::Word, src.substr(i, k - i), line});
            i = k;
            continue;
        }
        if (!std::isspace(static_cast<unsigned char>(c)))
            out.push_back({c == ',' ? Token::Comma : c == '(' ? Token::Open : Token::Other, std::string(1, c), line});
        ++i;
    }
    return out;
}

// The "{name}" placeholders of a text, in order.
std::vector<std::string> namedPlaceholders(const std::string& s) {
    static const std::regex kNamed("\\{[a-z_]+\\}");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), kNamed); it != std::sregex_iterator(); ++it)
        out.push_back(it->str());
    return out;
}

bool hasPlaceholder(const std::string& s) {
    return text_detail::nextConversion(s.c_str()) != nullptr || !namedPlaceholders(s).empty();
}

struct Pair {
    std::string where, ro, en;
};

// Two literals side by side ("…", "…"). A literal that opens a call's arguments is a pattern
// followed by its values (format("%s", "x")), unless the call builds a Text.
std::vector<Pair> pairsIn(const std::string& source, const std::string& name) {
    const std::vector<Token> t = tokens(source);
    std::vector<Pair> out;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (t[i].kind != Token::Literal || t[i + 1].kind != Token::Comma || t[i + 2].kind != Token::Literal) continue;
        const bool opensCall = i >= 2 && t[i - 1].kind == Token::Open && t[i - 2].kind == Token::Word;
        if (opensCall && t[i - 2].text != "Text") continue;
        out.push_back({name + ":" + std::to_string(t[i].line), t[i].text, t[i + 2].text});
    }
    return out;
}

std::vector<Pair> sourcePairs() {
    std::vector<Pair> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(PREVPLAN_SOURCE_TREE)) {
        const auto ext = entry.path().extension();
        if (ext != ".h" && ext != ".cpp") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        for (Pair& p : pairsIn(text.str(), entry.path().filename().string())) out.push_back(std::move(p));
    }
    return out;
}

}  // namespace

TEST_CASE("the walk finds a pair's placeholders however it is written") {
    // A Text, an error's two details, a Wording, joined literals; a pattern with its values is no pair.
    const std::string src = R"src(
        inline constexpr Text kA{"Copii: %ld", "Children: %ld"};
        r.error(kind, where, "lipsește „%s”", "%s is missing");  // a comment "%d", "%s"
        return {"Rândul %d " "din %d", "Row %d of %d"};
        format("%s", "x");
        Text("{an} ani", "{years} years");
    )src";
    std::vector<Token> t = tokens(src);
    int literals = 0;
    for (const Token& token : t) literals += token.kind == Token::Literal;
    CHECK(literals == 10);  // 2 + 2 + 2 (the joined one counts once) + 2 + 2; nothing from the comment
    const std::vector<Pair> pairs = pairsIn(src, "sample");
    REQUIRE(pairs.size() == 4);  // all but format("%s", "x")
    CHECK(pairs[1].where == "sample:3");
    CHECK(pairs[1].ro == "lipsește „%s”");
    CHECK(pairs[2].ro == "Rândul %d din %d");
    CHECK_FALSE(text_detail::samePlaceholders(pairs[1].ro.c_str(), "%d is missing"));
    CHECK(namedPlaceholders(pairs[3].ro) != namedPlaceholders(pairs[3].en));  // {an} against {years}: caught
    CHECK(namedPlaceholders("{an} ani, {luni}") == std::vector<std::string>{"{an}", "{luni}"});
    CHECK(hasPlaceholder("40 %% din %s"));
    CHECK_FALSE(hasPlaceholder("40 % din gospodării"));
}

TEST_CASE("every Romanian and English pair of the sources has the same placeholders in the same order") {
    const std::vector<Pair> pairs = sourcePairs();
    int messages = 0;
    for (const Pair& p : pairs) {
        if (!hasPlaceholder(p.ro) && !hasPlaceholder(p.en)) continue;
        ++messages;
        CAPTURE(p.where);
        CAPTURE(p.ro);
        CAPTURE(p.en);
        CHECK(text_detail::samePlaceholders(p.ro.c_str(), p.en.c_str()));
        CHECK(namedPlaceholders(p.ro) == namedPlaceholders(p.en));
    }
    // The walk reached the strings.h of every screen, the document's words and the core's messages.
    MESSAGE(pairs.size(), " pairs, ", messages, " with placeholders");
    CHECK(pairs.size() > 1500);
    CHECK(messages > 100);
}
