// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace wb::ui {

class RepositoryFilterProxy;

/**
 * The filters above the repository table: free text with a "shown of all" count, then status, model,
 * verdict and licence choices (the values the rows have) and Clear filters. It drives @p proxy, whose
 * source model is the repository table model.
 */
class RepositoryFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit RepositoryFilterBar(RepositoryFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *textEdit() const { return m_text; }

    /** Refills the choices from the rows; a choice that no row has any more falls back to "All". */
    void updateChoices();

private:
    void updateCount();

    RepositoryFilterProxy *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_model;
    QComboBox *m_verdict;
    QComboBox *m_license;
    QToolButton *m_clear;
    QLabel *m_count;
};

} // namespace wb::ui
