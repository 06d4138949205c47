// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourcepreview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

namespace wb::ui {

KSyntaxHighlighting::Repository &SourcePreview::syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

SourcePreview::SourcePreview(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    applyTheme();
}

SourcePreview::~SourcePreview() = default;

void SourcePreview::showSource(const QString &path, const QByteArray &content, const QString &definitionName)
{
    auto &repo = syntaxRepository();
    KSyntaxHighlighting::Definition definition = definitionName.isEmpty()
                                                     ? repo.definitionForFileName(path)
                                                     : repo.definitionForName(definitionName);
    m_highlighter->setDefinition(definition);
    setPlainText(QString::fromUtf8(content));
}

void SourcePreview::showNotice(const QString &text)
{
    m_highlighter->setDefinition(KSyntaxHighlighting::Definition());
    setPlainText(text);
}

QString SourcePreview::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void SourcePreview::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SourcePreview::applyTheme()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto theme = syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                            : KSyntaxHighlighting::Repository::LightTheme);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace wb::ui
