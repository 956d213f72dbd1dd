#pragma once
// What is wrong in a document read from outside (a workspace, a package, a frozen report), and
// where: the errors JsonReader records and loadWorkspace returns.
#include <string>

#include "core/base/text.h"

namespace prevplan {

enum class ErrorKind {
    NotJson,        // syntax error (where = "line L, column C")
    NotPrevPlan,    // not an object, or "format" is missing or different
    NewerVersion,   // written by a newer PrevPlan: refused, file left untouched
    BadVersion,     // "version" missing or not a positive integer
    WrongType,      // a field has the wrong JSON type
    MissingField,   // a required field is absent
    InvalidValue,   // right type, impossible value (unknown code, bad date, negative …)
    Duplicate,      // an id used twice
    TooLarge,       // the file is above the size limit (kMaxDocumentBytes)
    TooDeep,        // arrays or objects nested deeper than kMaxJsonDepth
    MoreErrors,     // the last entry when errors were cut off: "… and N more"
};

const char* errorKindName(ErrorKind kind);  // "not-json", "wrong-type" … (stable, for tests and tools)

struct FormatError {
    ErrorKind kind;
    std::string where;  // JSON pointer ("/plans/0/county") or "line 3, column 14"
    std::string detailRo, detailEn;
    std::string message(Lang lang) const;  // "where: detail"
};

}  // namespace prevplan
