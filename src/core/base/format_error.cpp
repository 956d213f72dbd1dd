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

std::string FormatError::message(Lang lang) const {
    return where + ": " + (lang == Lang::Ro ? detailRo : detailEn);
}

}  // namespace prevplan
