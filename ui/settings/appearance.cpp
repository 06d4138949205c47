// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appearance.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
std::unique_ptr<QTranslator> g_qtTranslator;
std::unique_ptr<QTranslator> g_appTranslator;
QString g_platformStyle;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xa8, 0x8c, 0xe6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x56));
    return p;
}
} // namespace

QList<std::pair<QString, QString>> Appearance::languages()
{
    QList<std::pair<QString, QString>> out{{u"en"_s, u"English"_s}};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"codedistiller_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(int(qstrlen("codedistiller_")), file.size() - int(qstrlen("codedistiller_")) - 3);
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        out.append({code, name.isEmpty() ? code : name});
    }
    return out;
}

QString Appearance::installTranslations(const QString &language)
{
    for (auto *t : {g_qtTranslator.get(), g_appTranslator.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    g_qtTranslator = std::make_unique<QTranslator>();
    if (g_qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator.get());
    g_appTranslator = std::make_unique<QTranslator>();
    if (g_appTranslator->load(locale, u"codedistiller"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(g_appTranslator.get());
    return locale.name();
}

void Appearance::applyTheme(const QString &theme)
{
    if (g_platformStyle.isEmpty())
        g_platformStyle = QApplication::style()->name();
    if (theme == u"dark"_s || theme == u"light"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(theme == u"dark"_s ? darkPalette() : QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(g_platformStyle));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

} // namespace wb::ui
