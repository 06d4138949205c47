// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace wb::store {

/**
 * The expert's decision on an example (judgements.decision, and the "decision" gold value of an
 * adjudication). Stored as its lower-case word (decisionToString()); an empty text is "no decision".
 */
enum class Decision {
    Accept,      ///< "accept": the example goes into the library
    Reject,      ///< "reject"
    NeedsWork,   ///< "needs_work": worth keeping once repaired
};

/** The stored word: "accept", "reject", "needs_work". */
QString decisionToString(Decision decision);
/** The decision named @p text (exactly as decisionToString() gives it), or nothing (empty or unknown text). */
std::optional<Decision> decisionFromString(QStringView text);
/** Every decision, in the order of the enum. */
QList<Decision> allDecisions();
/** The stored words of allDecisions(), in that order (for messages and choices). */
QStringList decisionWords();

/** Whether @p text is the stored word of Decision::Accept. */
bool isAccepted(QStringView text);
/** Whether @p text is a decision other than accept (reject, needs_work); empty or unknown text is not. */
bool isRefused(QStringView text);

} // namespace wb::store
