// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/libraryhit.h"
#include "session/latestonly.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace wb::ui {

class SourcePreview;
class WorkspaceSession;

/**
 * The Library's search: a query box searched as you type (debounced, latest answer wins, on the
 * session's pool), the ranked examples with their matched words marked, and beside them the selected
 * example's final main.py (highlighted) with the judge's verdict and the experts' decisions.
 * Enter on a result asks to open it in the Examples page (openExampleRequested).
 */
class LibrarySearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibrarySearchPanel)

public:
    explicit LibrarySearchPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *resultList() const { return m_results; }
    SourcePreview *codeView() const { return m_code; }
    /** The newest answer shown. */
    const library::LibrarySearch &lastSearch() const { return m_search; }
    /** The selected example, or none. */
    std::optional<library::LibraryHit> selectedHit() const;

    /** Searches now for @p text (what typing does after a pause). */
    void search(const QString &text);
    /** Searches the current text again (the workspace changed). */
    void refresh();

    /** How long typing pauses before a search starts. */
    static constexpr int kDebounceMs = 250;

Q_SIGNALS:
    /** A search answered (also an empty one). */
    void searched(int hits);
    /** The selected example changed (exampleId 0: none). */
    void hitSelected(qint64 exampleId);
    /** The selected example's main.py is shown. */
    void codeShown(qint64 exampleId);
    void openExampleRequested(qint64 exampleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults(const library::LibrarySearch &found);
    void showSelected();

    WorkspaceSession *m_session;
    QLineEdit *m_query;
    QCheckBox *m_acceptedOnly;
    QLabel *m_status;
    QListWidget *m_results;
    QLabel *m_header;
    QLabel *m_verdict;
    SourcePreview *m_code;
    QTimer *m_debounce;
    LatestOnly m_searches;
    LatestOnly m_codeLoads;
    library::LibrarySearch m_search;
};

} // namespace wb::ui
