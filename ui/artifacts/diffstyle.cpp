// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/diffstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::DiffStyle)
};

QColor mix(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}
} // namespace

DiffStyle DiffStyle::of(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const double amount = dark ? 0.45 : 0.35;
    return {mix(base, palette.color(QPalette::Highlight), amount), mix(base, QColor::fromRgb(0x009E73), amount),
            mix(base, QColor::fromRgb(0xD55E00), amount)};
}

QString DiffStyle::tooltip(const artifacts::ArtifactChange &change)
{
    using Kind = artifacts::ArtifactChange::Kind;
    switch (change.kind) {
    case Kind::Added:
        return Tr::tr("New in this round");
    case Kind::Removed:
        return change.oldText.isEmpty() ? Tr::tr("Removed in this round") : Tr::tr("Removed in this round: %1").arg(change.oldText);
    case Kind::Changed:
        break;
    }
    QString tip = Tr::tr("%1 → %2").arg(change.oldText.isEmpty() ? Tr::tr("(empty)") : change.oldText,
                                        change.newText.isEmpty() ? Tr::tr("(empty)") : change.newText);
    if (const auto relative = change.relativeChange()) {
        const QString sign = *relative > 0 ? u"+"_s : QString();
        tip += u" ("_s + sign + QLocale().toString(*relative * 100, 'f', std::abs(*relative) < 0.001 ? 4 : 1) + u" %)"_s;
    }
    return tip;
}

} // namespace wb::ui
