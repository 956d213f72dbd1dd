#include "core/base/format_error.h"

namespace prevplan {

// A switch, so that a new kind without a name fails the build (-Wswitch).
const char* errorKindName(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::NotJson: return "not-json";
        case ErrorKind::NotPrevPlan: return "not-prevplan";
        case ErrorKind::NewerVersion: return "newer-version";
        case ErrorKind::BadVersion: return "bad-version";
        case ErrorKind::WrongType: return "wrong-type";
        case ErrorKind::MissingField: return "missing-field";
        case ErrorKind::InvalidValue: return "invalid-value";
        case ErrorKind::Duplicate: return "duplicate";
        case ErrorKind::TooLarge: return "too-large";
        case ErrorKind::TooDeep: return "too-deep";
        case ErrorKind::MoreErrors: return "more-errors";
    }
    return "";
}

// A place in the text reads "line L, column C"; in Romanian "rândul L, coloana C". A JSON pointer
// reads the same in both.
static std::string placeIn(const std::string& where, Lang lang) {
    constexpr std::string_view kLine = "line ", kColumn = ", column ";
    const std::size_t comma = where.find(kColumn);
    if (lang == Lang::En || where.compare(0, kLine.size(), kLine) != 0 || comma == std::string::npos) return where;
    return "rândul " + where.substr(kLine.size(), comma - kLine.size()) + ", coloana " + where.substr(comma + kColumn.size());
}

std::string FormatError::message(Lang lang) const {
    return placeIn(where, lang) + ": " + (lang == Lang::Ro ? detailRo : detailEn);
}

}  // namespace prevplan
