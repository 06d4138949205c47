// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/codeeditor.h"

#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscistyle.h>
#undef slots
#undef signals

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMap>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
constexpr int kAddedMarker = 1;
constexpr int kRemovedMarker = 2;
constexpr int kCurrentMarker = 3;
constexpr int kCommentMarker = 4;
constexpr int kCommentMargin = 1;
constexpr int kCommentStyle = 63;   // above the styles of the Python, Bash and JSON lexers and Scintilla's predefined ones
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
    setMarginType(kCommentMargin, QsciScintilla::SymbolMargin);
    setMarginMarkerMask(kCommentMargin, 1 << kCommentMarker);
    setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    m_commentStyle = new QsciStyle(kCommentStyle);
    applyPalette();
}

CodeEditor::~CodeEditor()
{
    delete m_commentStyle;
}

// A small speech bubble in the palette's highlight colour.
QImage CodeEditor::commentSymbol(const QPalette &palette, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(1, 1.5, s - 2, s * 0.62), s * 0.18, s * 0.18);
    QPainterPath tail;
    tail.moveTo(s * 0.28, s * 0.6);
    tail.lineTo(s * 0.24, s - 1.5);
    tail.lineTo(s * 0.56, s * 0.6);
    tail.closeSubpath();
    p.fillPath(bubble.united(tail), palette.color(QPalette::Highlight));
    p.setPen(QPen(palette.color(QPalette::HighlightedText), std::max(1.0, s / 12)));
    for (const qreal y : {s * 0.3, s * 0.46})
        p.drawLine(QPointF(s * 0.26, y), QPointF(s * 0.74, y));
    return image;
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
    m_comments.clear();
    clearAnnotations();
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
    const int symbol = std::max(12, fontMetrics().height() - 2);
    setMarginWidth(kCommentMargin, symbol + 4);
    markerDefine(commentSymbol(p, symbol), kCommentMarker);
    // The comment under a line: the tooltip colours of the palette, which every theme keeps readable.
    m_commentStyle->setColor(p.color(QPalette::ToolTipText));
    m_commentStyle->setPaper(p.color(QPalette::ToolTipBase));
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setItalic(true);
    m_commentStyle->setFont(font);
    showComments();
}

void CodeEditor::setLineComments(const QList<LineComment> &comments)
{
    m_comments = comments;
    showComments();
}

void CodeEditor::showComments()
{
    markerDeleteAll(kCommentMarker);
    clearAnnotations();
    QMap<int, QStringList> byLine;
    for (const LineComment &c : std::as_const(m_comments))
        if (c.line >= 1 && c.line <= lines())
            byLine[c.line] << u"%1: %2"_s.arg(c.author, c.text);
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        markerAdd(it.key() - 1, kCommentMarker);
        annotate(it.key() - 1, it.value().join(u'\n'), *m_commentStyle);
    }
}

bool CodeEditor::hasCommentMarker(int line) const
{
    return line >= 1 && (markersAtLine(line - 1) & (1u << kCommentMarker)) != 0;
}

QString CodeEditor::commentText(int line) const
{
    return line >= 1 ? annotation(line - 1) : QString();
}

int CodeEditor::cursorLine() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    return line + 1;
}

void CodeEditor::contextMenuEvent(QContextMenuEvent *event)
{
    int line = cursorLine();
    if (event->reason() == QContextMenuEvent::Mouse) {
        const int at = lineAt(event->pos());
        line = at >= 0 ? at + 1 : 0;
    }
    QMenu *menu = createStandardContextMenu();
    if (!menu)
        menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (line > 0)
        Q_EMIT contextMenuAboutToShow(menu, line);
    menu->popup(event->globalPos());
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace wb::ui
