// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/executionslots.h"

namespace wb::pipeline {

ExecutionSlots::ExecutionSlots(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(capacity)
{
}

void ExecutionSlots::setCapacity(int capacity)
{
    m_capacity = capacity;
    handOff();
}

bool ExecutionSlots::mayTake(const void *owner, int ownerLimit) const
{
    return (m_capacity < 1 || m_inUse < m_capacity) && (ownerLimit < 1 || m_byOwner.value(owner) < ownerLimit);
}

void ExecutionSlots::take(const void *owner)
{
    ++m_inUse;
    ++m_byOwner[owner];
}

void ExecutionSlots::acquire(const void *owner, int ownerLimit, QObject *context, std::function<void()> run)
{
    // Nobody waits before it in line for a slot it could take: earlier waiters keep their turn.
    const bool earlierCouldTake = std::any_of(m_waiters.cbegin(), m_waiters.cend(),
                                              [this](const Waiter &w) { return mayTake(w.owner, w.ownerLimit); });
    if (!earlierCouldTake && mayTake(owner, ownerLimit)) {
        if (context) {
            take(owner);
            run();
        }
        return;
    }
    m_waiters.push_back({owner, ownerLimit, context, std::move(run)});
}

void ExecutionSlots::release(const void *owner)
{
    if (m_byOwner.value(owner) <= 0)
        return;   // not held: a double release must not free somebody else's slot
    if (--m_byOwner[owner] == 0)
        m_byOwner.remove(owner);
    m_inUse = std::max(0, m_inUse - 1);
    handOff();
}

void ExecutionSlots::handOff()
{
    if (m_handingOff)
        return;   // a run() that released at once: the loop below goes on
    m_handingOff = true;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (!mayTake(it->owner, it->ownerLimit)) {
            ++it;
            continue;
        }
        Waiter waiter = std::move(*it);
        m_waiters.erase(it);
        if (waiter.context) {
            take(waiter.owner);
            waiter.run();
        }
        it = m_waiters.begin();   // run() may have added or dropped waiters
    }
    m_handingOff = false;
}

void ExecutionSlots::dropWaiters(const void *owner)
{
    m_waiters.erase(std::remove_if(m_waiters.begin(), m_waiters.end(), [owner](const Waiter &w) { return w.owner == owner; }),
                    m_waiters.end());
}

} // namespace wb::pipeline
