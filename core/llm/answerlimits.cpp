// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/answerlimits.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::AnswerLimits)
};

qint64 characters(const std::string &utf8)
{
    qint64 n = 0;
    for (const unsigned char c : utf8)
        n += (c & 0xC0) != 0x80;   // count code points, not bytes
    return n;
}
} // namespace

const AnswerLimits &AnswerLimits::instance()
{
    static const AnswerLimits limits([] {
        QFile f(u":/wb/llm/answer_limits.json"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("{}");
    }());
    return limits;
}

AnswerLimits::AnswerLimits(const QByteArray &json)
{
    const auto j = nlohmann::json::parse(json.toStdString(), nullptr, false);
    if (!j.is_object())
        throw Error(Tr::tr("The answer limits are not a JSON object."), Error::Kind::InvalidInput);
    m_stringChars = j.value("default_string_chars", m_stringChars);
    m_arrayItems = j.value("default_array_items", m_arrayItems);
    m_answerChars = j.value("answer_chars", m_answerChars);
    if (j.contains("stages") && j["stages"].is_object())
        for (const auto &[stage, fields] : j["stages"].items())
            if (fields.is_object())
                for (const auto &[field, bound] : fields.items())
                    if (bound.is_number_integer())
                        m_stages[QString::fromStdString(stage)].insert(QString::fromStdString(field), bound.get<qint64>());
}

QStringList AnswerLimits::check(const QString &stage, const nlohmann::json &answer) const
{
    QStringList problems;
    const qint64 total = characters(answer.dump());
    if (total > m_answerChars)
        problems << Tr::tr("the whole answer has %1 characters, more than the %2 allowed").arg(total).arg(m_answerChars);
    const QHash<QString, qint64> fields = m_stages.value(stage);
    if (answer.is_object()) {
        for (const auto &[key, value] : answer.items()) {
            const QString name = QString::fromStdString(key);
            checkValue(value, u"$."_s + name, fields.value(name, -1), problems);
        }
    } else {
        checkValue(answer, u"$"_s, -1, problems);
    }
    return problems;
}

void AnswerLimits::checkValue(const nlohmann::json &value, const QString &path, qint64 bound, QStringList &problems) const
{
    if (problems.size() >= 20)
        return;
    if (value.is_string()) {
        const qint64 limit = bound >= 0 ? bound : m_stringChars;
        const qint64 n = characters(value.get_ref<const std::string &>());
        if (n > limit)
            problems << Tr::tr("%1: %2 characters, more than the %3 allowed").arg(path).arg(n).arg(limit);
    } else if (value.is_array()) {
        const qint64 limit = bound >= 0 ? bound : m_arrayItems;
        if (qint64(value.size()) > limit)
            problems << Tr::tr("%1: %2 items, more than the %3 allowed").arg(path).arg(value.size()).arg(limit);
        for (size_t i = 0; i < value.size() && i < size_t(limit); ++i)
            checkValue(value[i], u"%1[%2]"_s.arg(path).arg(i), -1, problems);
    } else if (value.is_object()) {
        for (const auto &[key, child] : value.items())
            checkValue(child, path + u'.' + QString::fromStdString(key), -1, problems);
    }
}

} // namespace wb::llm
