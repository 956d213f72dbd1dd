#pragma once
// Funding sources for the plan's services: Annex A2.6 (European programmes and axes), the
// national programmes of section 1.1.4.3 and the sources the service cards of 1.1.3 name.
#include "core/catalog/span.h"
#include "core/base/text.h"

namespace prevplan {

enum class FundingKind { European, National, Local, Other };

struct FundingSource {
    const char* code;  // stable ASCII: "pocu-ax4", "pndl", "buget-local", …
    FundingKind kind;
    int annexNumber;   // the number printed in A2.6 ((3) is missing there); 0 when not in A2.6
    Text programme;    // e.g. "Programul Operațional Capital Uman (POCU)"
    Text axis;         // priority axis or measure; empty for sources without one
    Text description;
};

Span<FundingSource> fundingSources();  // A2.6 in printed order, then the others
Text fundingKindName(FundingKind kind);

}  // namespace prevplan
