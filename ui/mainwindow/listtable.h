// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;
class QWidget;

namespace wb::ui {

/** A table of records as the window's pages show them: whole rows, one at a time, sortable, compact. */
QTableView *makeListTable(QWidget *parent);

} // namespace wb::ui
