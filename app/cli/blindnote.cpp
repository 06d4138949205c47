// SPDX-License-Identifier: GPL-3.0-or-later
#include "blindnote.h"

#include "review/blindview.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::BlindNote)
};
} // namespace

QString BlindNote::text(const review::BlindView &view, const QString &what)
{
    if (!view.isBlind() || what.isEmpty())
        return {};
    if (view.annotator().isEmpty())
        return Tr::tr("Blind review is on: %1 hidden (the judge's verdict, the others' judgements and the model). "
                      "Say who you are with --annotator NAME to see the examples you have judged.\n")
            .arg(what);
    return Tr::tr("Blind review is on: %1 hidden (the judge's verdict, the others' judgements and the model) until %2 "
                  "has judged them ('codedistiller judge EXAMPLE --annotator %2 ...').\n")
        .arg(what, view.annotator());
}

QJsonObject BlindNote::json(const review::BlindView &view, int hidden)
{
    return {{u"enabled"_s, view.isBlind()},
            {u"annotator"_s, view.annotator().isEmpty() ? QJsonValue() : QJsonValue(view.annotator())},
            {u"hidden"_s, hidden}};
}

} // namespace wb::cli
