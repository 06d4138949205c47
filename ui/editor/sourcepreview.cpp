// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourcepreview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QFuture>
#include <QtConcurrentRun>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
// The repository reads its index of definitions when it is made, and a definition its XML (and the
// definitions it includes) when it is first used: tens of milliseconds that would land on the GUI thread
// when the first file is shown. They are done on a worker; the GUI thread takes the repository over
// once the worker is done, and uses it alone from then on.
std::shared_ptr<KSyntaxHighlighting::Repository> loadRepository()
{
    auto repository = std::make_shared<KSyntaxHighlighting::Repository>();
    const QStringList common{u"Python"_s, u"Markdown"_s, u"Bash"_s, u"JSON"_s, u"YAML"_s, u"TOML"_s, u"INI Files"_s,
                             u"reStructuredText"_s, u"Diff"_s, u"CMake"_s, u"C++"_s, u"XML"_s, u"Fortran"_s};
    for (const QString &name : common) {
        const KSyntaxHighlighting::Definition definition = repository->definitionForName(name);
        if (!definition.isValid())
            continue;
        [[maybe_unused]] const bool folding = definition.foldingEnabled();   // loads it
        for (const KSyntaxHighlighting::Definition &included : definition.includedDefinitions())
            [[maybe_unused]] const bool alsoFolding = included.foldingEnabled();
    }
    return repository;
}

QFuture<std::shared_ptr<KSyntaxHighlighting::Repository>> &repositoryLoad()
{
    static QFuture<std::shared_ptr<KSyntaxHighlighting::Repository>> load;
    return load;
}
std::once_flag g_loadStarted;
} // namespace

void SourcePreview::warmUp()
{
    std::call_once(g_loadStarted, [] { repositoryLoad() = QtConcurrent::run(&loadRepository); });
}

KSyntaxHighlighting::Repository &SourcePreview::syntaxRepository()
{
    warmUp();
    static const std::shared_ptr<KSyntaxHighlighting::Repository> repository = repositoryLoad().result();
    return *repository;
}

SourcePreview::SourcePreview(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The fixed font's engine is loaded now, with the window, not when the first file is shown.
    [[maybe_unused]] const qreal advance = QFontMetricsF(font()).horizontalAdvance(u"def f(x):"_s);
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
