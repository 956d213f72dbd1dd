#pragma once
// Fields the resources screens share: a Table 2 type picker, A2.5 yes/no answers, counts that may
// be unknown, and the service-card popup of the section 1.1.3 catalogue.
#include <optional>
#include <string>

#include "core/model/resources.h"
#include "ui/kit/context.h"

namespace prevplan::ui {

// A Table 2 service type, shown as "A3 Centre de zi …", grouped by category; `allowNone` offers
// an empty choice first. True when the user picked another one.
bool serviceTypeCombo(const Context& ctx, const char* id, const char* testLabel, std::string& type, bool allowNone,
                      float width);
// "A3 Centre de zi …", or the code alone when unknown.
std::string serviceTypeName(const Context& ctx, const std::string& type);
// Da / Nu / Nu se știe as three radio buttons on one line; `id` keeps them apart.
bool yesNoField(const Context& ctx, const char* label, const char* id, YesNo& value);
// A whole number ≥ 0 that may be unknown (empty field).
bool optionalCountField(const char* label, std::optional<int>& value, float width);

// A small button opening the catalogue card (section 1.1.3) in a popup; nothing when no card.
void cardButton(const Context& ctx, const char* card, const char* id);

}  // namespace prevplan::ui
