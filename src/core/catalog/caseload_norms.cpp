#include "core/catalog/caseload_norms.h"

namespace prevplan {

namespace {

const CaseloadNorm kNorms[] = {
    {30,
     {"responsabil de caz prevenire din SPAS", "SPAS prevention case officer"},
     {"Ordinul 288/2006, standardul 9.5", "Order 288/2006, standard 9.5"}},
    {25,
     {"responsabil de caz", "case officer"},
     {"standardul 9.6 anterior, înlocuit de Ordinul 288/2006", "the earlier standard 9.6, replaced by Order 288/2006"}},
    {50,
     {"manager de caz DGASPC, copii din protecția specială", "DGASPC case manager, children in special protection"},
     {"HG 797/2017; nu pentru prevenirea în SPAS", "GD 797/2017; not for SPAS prevention work"}},
};

}  // namespace

Span<CaseloadNorm> caseloadNorms() { return spanOf(kNorms); }

}  // namespace prevplan
