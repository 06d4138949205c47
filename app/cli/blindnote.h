// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace wb::review {
class BlindView;
}

namespace wb::cli {

/** What a command says when blind mode hid something from the annotator (--annotator NAME). */
class BlindNote final
{
public:
    /** One line for text output: what was hidden (@p what, e.g. "3 examples' verdicts") and why; empty when not blind. */
    static QString text(const review::BlindView &view, const QString &what);
    /** {"enabled", "annotator", "hidden"} for JSON output; @p hidden counts what was hidden. */
    static QJsonObject json(const review::BlindView &view, int hidden);
};

} // namespace wb::cli
