// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace wb::ui {

/**
 * A read-only, syntax-highlighted preview of one repository file, for any language KSyntaxHighlighting
 * knows. The theme follows the palette (light or dark). Binary or skipped content shows a notice.
 */
class SourcePreview final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePreview)

public:
    explicit SourcePreview(QWidget *parent = nullptr);
    ~SourcePreview() override;

    /** Shows @p content, highlighted by the definition for @p path (or @p definitionName when given). */
    void showSource(const QString &path, const QByteArray &content, const QString &definitionName = {});
    /** Shows a notice instead of content (binary, too large, symlink...). */
    void showNotice(const QString &text);

    /** Name of the syntax definition in use ("" for none). */
    QString definitionName() const;

    /** The process-wide syntax definition repository (364 definitions, compiled in). GUI thread only. */
    static KSyntaxHighlighting::Repository &syntaxRepository();
    /** Starts loading that repository and the common definitions on a worker (call early; any thread). */
    static void warmUp();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace wb::ui
