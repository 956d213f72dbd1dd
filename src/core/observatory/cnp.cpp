#include "core/observatory/cnp.h"

#include <cstdio>

namespace prevplan {

namespace {

int digit(std::string_view s, std::size_t i) { return s[i] - '0'; }
int twoDigits(std::string_view s, std::size_t i) { return digit(s, i) * 10 + digit(s, i + 1); }

// JJ, where the CNP was issued: the Annex 1 county codes 01-46 (40 Bucharest, 41-46 its sectors),
// 51 Călărași and 52 Giurgiu; 47 and 48, the former Bucharest sectors 7 and 8, only for births
// before they were abolished (1979); 70 on every CNP issued since May 2024, wherever the child was
// registered; 80-83, the codes of the consular offices.
bool isCnpCounty(int jj, int birthYear) {
    if (jj == 47 || jj == 48) return birthYear < 1980;
    return (jj >= 1 && jj <= 46) || jj == 51 || jj == 52 || jj == 70 || (jj >= 80 && jj <= 83);
}

int centuryOf(int sexDigit) {
    switch (sexDigit) {
        case 1: case 2: return 1900;
        case 3: case 4: return 1800;
        case 5: case 6: return 2000;
        default: return 0;  // 7, 8, 9: not encoded
    }
}

Sex sexOf(int sexDigit) {
    if (sexDigit == 9) return Sex::Unknown;
    return sexDigit % 2 == 1 ? Sex::Male : Sex::Female;
}

}  // namespace

char cnpControlDigit(std::string_view first12) {
    static const int kKey[12] = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i) sum += digit(first12, i) * kKey[i];
    const int rest = sum % 11;
    return static_cast<char>('0' + (rest == 10 ? 1 : rest));
}

CnpReading readCnp(std::string_view cnp, const Date& today) {
    CnpReading r;
    if (cnp.size() != 13) {
        r.problem = CnpProblem::Length;
        return r;
    }
    for (char c : cnp)
        if (c < '0' || c > '9') {
            r.problem = CnpProblem::NotDigits;
            return r;
        }
    const int s = digit(cnp, 0);
    if (s == 0) {
        r.problem = CnpProblem::SexDigit;
        return r;
    }
    CnpFacts f;
    f.sex = sexOf(s);
    f.centuryKnown = centuryOf(s) != 0;
    const int yy = twoDigits(cnp, 1), mm = twoDigits(cnp, 3), dd = twoDigits(cnp, 5);
    int year = f.centuryKnown ? centuryOf(s) + yy : 2000 + yy;
    if (!f.centuryKnown && year > today.year) year -= 100;
    if (!isValidDate(year, mm, dd)) {
        r.problem = CnpProblem::BirthDate;
        return r;
    }
    f.birthDate = {year, mm, dd};
    f.county = twoDigits(cnp, 7);
    if (!isCnpCounty(f.county, year)) {
        r.problem = CnpProblem::County;
        return r;
    }
    const char control = cnpControlDigit(cnp);
    if (cnp[12] != control) {
        r.problem = CnpProblem::ControlDigit;
        r.expectedControl = control;
        return r;
    }
    r.facts = f;
    return r;
}

bool cnpAgreesWithBirthDate(const CnpFacts& facts, const Date& birth) {
    const Date& d = facts.birthDate;
    const bool sameYear = facts.centuryKnown ? d.year == birth.year : d.year % 100 == birth.year % 100;
    return sameYear && d.month == birth.month && d.day == birth.day;
}

void setCnp(Child& child, std::string cnp, const Date& today) {
    child.cnp = std::move(cnp);
    const CnpReading r = readCnp(child.cnp, today);
    if (!r.facts) return;
    if (!child.birthDate) child.birthDate = r.facts->birthDate;
    if (child.sex == Sex::Unknown) child.sex = r.facts->sex;
}

std::string makeCnp(Sex sex, const Date& birth, int county, int serial) {
    const int centuryBase = birth.year < 1900 ? 3 : birth.year < 2000 ? 1 : 5;
    const int s = centuryBase + (sex == Sex::Female ? 1 : 0);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d%02d%02d%02d%02d%03d", s, birth.year % 100, birth.month, birth.day,
                  county, serial);
    std::string cnp = buf;
    cnp += cnpControlDigit(cnp);
    return cnp;
}

}  // namespace prevplan
