#pragma once
// The service catalogue of section 1.1.3: one card per service a commune may set up, with the
// seven points the report gives for each (problem, target groups, providers, description,
// steps to establish, funding, risks and obstacles). Texts are condensed.
#include "core/catalog/span.h"
#include "core/base/text.h"

namespace prevplan {

enum class CardKind { Social, Education, Medical };  // sections 1.1.3.1, 1.1.3.2, 1.1.3.3

constexpr int kMaxCardServiceTypes = 4;

struct ServiceCard {
    const char* code;  // stable ASCII: "centru-zi-reintegrare", …
    CardKind kind;
    Text title, problem, targets, providers, description, steps, funding, risks;
    const char* serviceTypes[kMaxCardServiceTypes];  // Table 2 codes it corresponds to; unused nullptr
};

Span<ServiceCard> serviceCards();  // 13 social, 3 education, 1 medical, in the report's order

}  // namespace prevplan
