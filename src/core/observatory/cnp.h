#pragma once
// The Romanian personal numeric code (CNP): S AA LL ZZ JJ NNN C, 13 digits.
//   S    sex and century: 1/2 1900s male/female, 3/4 1800s, 5/6 2000s, 7/8 foreign residents
//        (male/female, century not encoded), 9 foreigners (sex and century not encoded);
//   AALLZZ birth date; JJ county of registration; NNN serial; C control digit (key 279146358279).
#include <optional>
#include <string>
#include <string_view>

#include "core/base/date.h"
#include "core/model/model.h"

namespace prevplan {

enum class CnpProblem { None, Length, NotDigits, SexDigit, BirthDate, County, ControlDigit };

// What a well-formed CNP says about its holder.
struct CnpFacts {
    Sex sex = Sex::Unknown;  // Unknown for S = 9
    Date birthDate;          // for S = 7/8/9 the century is a guess (see readCnp)
    bool centuryKnown = true;
    int county = 0;          // JJ
};

struct CnpReading {
    CnpProblem problem = CnpProblem::None;
    std::optional<CnpFacts> facts;  // set only when problem == None
    char expectedControl = 0;       // set when problem == ControlDigit
};

// The control digit of the first 12 digits ('0'..'9').
char cnpControlDigit(std::string_view first12);

// Checks form, date, county and control digit. For S = 7/8/9 the century is 2000 unless that
// would put the birth after `today`, then 1900.
CnpReading readCnp(std::string_view cnp, const Date& today);

// Whether a valid CNP agrees with a recorded birth date (day, month and, when known, century).
bool cnpAgreesWithBirthDate(const CnpFacts& facts, const Date& birth);

// Records a typed CNP. A valid one fills the birth date and sex the child has not recorded yet;
// recorded ones stay as they are (the user may have typed them on purpose), and a mismatch is a
// warning of checkChild. For S = 9 the CNP has no sex to give.
void setCnp(Child& child, std::string cnp, const Date& today);

// A valid CNP for a person born 1800-2099 (serial 1-999); used to make fictitious demo people.
std::string makeCnp(Sex sex, const Date& birth, int county, int serial);

}  // namespace prevplan
