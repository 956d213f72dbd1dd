#include "core/workspace/household_scan.h"

#include <algorithm>

#include "core/base/limits.h"

namespace prevplan {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

HouseholdScanner::HouseholdScanner(std::string_view text) : text_(text) { failed_ = text.size() > kMaxDocumentBytes; }

bool HouseholdScanner::step(std::size_t bytes) {
    for (const std::size_t end = std::min(text_.size(), i_ + bytes); i_ < end && !failed_; ++i_)
        failed_ = !at(text_[i_]);
    if (failed_) return true;
    if (i_ < text_.size()) return false;
    failed_ = inString_ || !stack_.empty() || values_ > kMaxJsonValues;
    return true;
}

bool HouseholdScanner::at(char c) {
    const std::size_t i = i_;
    if (inString_) {
        if (escaped_) escaped_ = false;
        else if (c == '\\') escaped_ = stringEscaped_ = true;
        else if (c == '"') {
            inString_ = false;
            lastString_ = text_.substr(stringStart_, i - stringStart_);
        }
        return true;
    }
    if (isSpace(c)) return true;
    Container* top = stack_.empty() ? nullptr : &stack_.back();
    const Role opening = pending_;
    pending_ = Role::Other;
    if (c == '"') {
        inString_ = true;
        stringEscaped_ = false;
        stringStart_ = i + 1;
    } else if (c == ':') {
        if (!top || top->open != '{') return false;
        if (top->role == Role::Document && lastString_ == "plans") {
            if (stringEscaped_ || top->sawPlans) return false;
            top->sawPlans = true;
            pending_ = Role::Plans;
        } else if (top->role == Role::Plan && lastString_ == "households") {
            if (stringEscaped_ || top->sawHouseholds) return false;
            top->sawHouseholds = true;
            pending_ = Role::Households;
        } else if (stringEscaped_ && (top->role == Role::Document || top->role == Role::Plan)) {
            return false;  // an escaped key could spell one of the two
        }
    } else if (c == '[' || c == '{') {
        ++values_;
        Role role = Role::Other;
        if (!top) role = c == '{' ? Role::Document : Role::Other;
        else if (c == '[' && (opening == Role::Plans || opening == Role::Households)) role = opening;
        else if (c == '{' && top->role == Role::Plans) role = Role::Plan;
        if (!top && role != Role::Document) return false;
        stack_.push_back({c, role, false, false, i + 1, i + 1});
        if (stack_.size() > static_cast<std::size_t>(kMaxJsonDepth)) return false;
    } else if (c == ']' || c == '}') {
        if (!top || (c == ']') != (top->open == '[')) return false;
        if (top->role == Role::Households) {
            const std::string_view last = trimmed(text_.substr(top->elementStart, i - top->elementStart));
            auto& list = scan_.households[plan_];
            if (!last.empty() || !list.empty()) list.push_back(last);
            scan_.householdCount += list.size();
            cuts_.emplace_back(top->start, i);
        }
        stack_.pop_back();
    } else if (c == ',') {
        ++values_;
        if (!top) return false;
        if (top->role == Role::Households) {
            scan_.households[plan_].push_back(trimmed(text_.substr(top->elementStart, i - top->elementStart)));
            top->elementStart = i + 1;
        } else if (top->role == Role::Plans) {
            ++plan_;
        }
    }
    return true;
}

HouseholdScan HouseholdScanner::take() {
    std::size_t from = 0;
    for (const auto& [start, end] : cuts_) {
        scan_.skeleton.append(text_.substr(from, start - from));
        from = end;
    }
    scan_.skeleton.append(text_.substr(from));
    return std::move(scan_);
}

}  // namespace prevplan
