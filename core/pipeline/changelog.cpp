// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/changelog.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
nlohmann::ordered_json parsed(const QByteArray &json, nlohmann::ordered_json fallback)
{
    auto j = nlohmann::ordered_json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    return j.is_discarded() ? fallback : j;
}
} // namespace

QString ChangeLog::render(const QList<store::RoundRecord> &rounds, int beforeRound)
{
    nlohmann::ordered_json log = nlohmann::ordered_json::array();
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const store::RoundRecord &r = rounds[i];
        if (r.index >= beforeRound)
            break;
        nlohmann::ordered_json entry{{"iteration", r.index},
                             {"error_information", r.verdictJson.isEmpty() ? nlohmann::ordered_json("(not judged)") : parsed(r.verdictJson, nullptr)}};
        const store::RoundRecord *next = i + 1 < rounds.size() ? &rounds[i + 1] : nullptr;
        if (next && next->origin == u"human"_s) {
            entry["issues_identified"] = nlohmann::ordered_json::array();
            entry["changes_made"] = nlohmann::ordered_json::array({"An expert edited the example by hand for the next round."});
        } else {
            entry["issues_identified"] = next ? parsed(next->issuesIdentifiedJson, nlohmann::ordered_json::array()) : nlohmann::ordered_json::array();
            entry["changes_made"] = next ? parsed(next->changesMadeJson, nlohmann::ordered_json::array()) : nlohmann::ordered_json::array();
        }
        log.push_back(entry);
    }
    if (log.empty())
        return u"(none: this is the first round)"_s;
    return QString::fromStdString(log.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

} // namespace wb::pipeline
