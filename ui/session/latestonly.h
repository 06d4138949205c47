// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace wb::ui {

/**
 * "Latest result wins" for a series of loads of the same thing (the files of the selected repository,
 * the selected example): each load takes a ticket, and only the answer of the newest ticket is
 * delivered; older answers that arrive later are dropped. Lives in the view that asks, on the GUI
 * thread; WorkspaceSession::load() takes and checks the tickets.
 */
class LatestOnly
{
public:
    /** A new ticket; every earlier one is stale from now on. */
    quint64 next() { return ++m_ticket; }
    /** Makes every ticket handed out so far stale (the view was cleared). */
    void invalidate() { ++m_ticket; }
    bool isCurrent(quint64 ticket) const { return ticket == m_ticket; }

private:
    quint64 m_ticket = 0;
};

} // namespace wb::ui
