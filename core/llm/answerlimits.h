// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace wb::llm {

/**
 * Upper bounds on the fields of a stage's structured answer (resources/llm/answer_limits.json), so that
 * a schema-valid but huge answer — a 20 MB repository description from a broken or hostile server — is
 * refused instead of being stored and pasted into every later prompt. Immutable; instance() is the
 * built-in table.
 */
class AnswerLimits final
{
public:
    static const AnswerLimits &instance();
    /** Throws wb::Error on malformed JSON. */
    explicit AnswerLimits(const QByteArray &json);

    /** One sentence per field over its bound ("$.description: 20971520 characters, more than the
     *  20000 allowed"); empty when @p answer of @p stage is within bounds. */
    QStringList check(const QString &stage, const nlohmann::json &answer) const;

private:
    void checkValue(const nlohmann::json &value, const QString &path, qint64 bound, QStringList &problems) const;

    qint64 m_stringChars = 100000;
    qint64 m_arrayItems = 500;
    qint64 m_answerChars = 600000;
    QHash<QString, QHash<QString, qint64>> m_stages;
};

} // namespace wb::llm
