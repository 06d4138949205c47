// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/codeeditor.h"

#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>
#undef slots
#undef signals

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
constexpr int kAddedMarker = 1;
constexpr int kRemovedMarker = 2;
constexpr int kCurrentMarker = 3;
} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setReadOnly(true);
    setUtf8(true);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginWidth(0, u"00000"_s);
    setMarginLineNumbers(0, true);
    setFolding(QsciScintilla::NoFoldStyle);
    setWrapMode(QsciScintilla::WrapNone);
    setTabWidth(4);
    setCaretLineVisible(true);
    markerDefine(QsciScintilla::Background, kAddedMarker);
    markerDefine(QsciScintilla::Background, kRemovedMarker);
    markerDefine(QsciScintilla::Background, kCurrentMarker);
    setMarkerBackgroundColor(QColor(0xd7, 0xf5, 0xdd), kAddedMarker);
    setMarkerBackgroundColor(QColor(0xfd, 0xdf, 0xdf), kRemovedMarker);
    setMarkerBackgroundColor(QColor(0xff, 0xf1, 0xb8), kCurrentMarker);
    applyPalette();
}

void CodeEditor::showFile(const QString &fileName, const QString &text)
{
    QsciLexer *lexer = nullptr;
    if (fileName.endsWith(u".py"_s))
        lexer = new QsciLexerPython(this);
    else if (fileName.endsWith(u".sh"_s))
        lexer = new QsciLexerBash(this);
    else if (fileName.endsWith(u".json"_s))
        lexer = new QsciLexerJSON(this);
    if (QsciLexer *old = this->lexer())
        old->deleteLater();
    if (lexer)
        lexer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLexer(lexer);
    if (!lexer)
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const bool wasReadOnly = isReadOnly();
    setReadOnly(false);
    setText(text);
    setReadOnly(wasReadOnly);
    clearMarks();
}

void CodeEditor::markLine(int line, Mark mark)
{
    const int marker = mark == Mark::Added ? kAddedMarker : mark == Mark::Removed ? kRemovedMarker : kCurrentMarker;
    markerAdd(line - 1, marker);
}

void CodeEditor::clearMarks()
{
    markerDeleteAll(-1);
}

void CodeEditor::goToLine(int line)
{
    markerDeleteAll(kCurrentMarker);
    markLine(line, Mark::Current);
    ensureLineVisible(line - 1);
    QString content = text(line - 1);
    while (content.endsWith(u'\n') || content.endsWith(u'\r'))
        content.chop(1);
    setSelection(line - 1, int(content.size()), line - 1, 0);   // the cursor stays on the line
}

QString CodeEditor::lexerName() const
{
    return lexer() ? QString::fromLatin1(lexer()->language()) : QString();
}

void CodeEditor::applyPalette()
{
    const QPalette p = palette();
    setCaretLineBackgroundColor(p.color(QPalette::AlternateBase));
    setMarginsBackgroundColor(p.color(QPalette::Window));
    setMarginsForegroundColor(p.color(QPalette::PlaceholderText));
}

} // namespace wb::ui
