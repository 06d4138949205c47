// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace wb::pipeline {

/**
 * The execution slots of every campaign that runs in one thread: at most capacity() rounds execute at
 * once, whatever campaign they belong to, and each owner (a campaign) at most its own limit. Waiters are
 * served first come, first served; a waiter whose owner is at its own limit lets later waiters of other
 * owners pass. A freed slot goes to the next waiter at once: release() runs it before it returns (no
 * event-loop turn in between). Not thread-safe: lives in the campaigns' thread.
 */
class ExecutionSlots final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionSlots)

public:
    /** @p capacity < 1: no bound of its own (each owner's limit still applies). */
    explicit ExecutionSlots(int capacity, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    /** Takes effect at the next hand-off; slots in use above a lowered capacity are not taken back. */
    void setCapacity(int capacity);
    int inUse() const { return m_inUse; }
    int inUse(const void *owner) const { return m_byOwner.value(owner); }
    int waiting() const { return int(m_waiters.size()); }

    /**
     * Runs @p run holding a slot of @p owner (which may hold at most @p ownerLimit, < 1: no limit of its
     * own): now when one is free, else when one is released. When @p context is gone by then, nothing
     * runs and the slot stays free. The holder calls release(owner) when its execution ends.
     */
    void acquire(const void *owner, int ownerLimit, QObject *context, std::function<void()> run);
    void release(const void *owner);
    /** Forgets @p owner's waiters (its campaign ended); the slots it holds stay until released. */
    void dropWaiters(const void *owner);

private:
    struct Waiter
    {
        const void *owner;
        int ownerLimit;
        QPointer<QObject> context;
        std::function<void()> run;
    };
    bool mayTake(const void *owner, int ownerLimit) const;
    void take(const void *owner);
    void handOff();

    int m_capacity;
    int m_inUse = 0;
    QHash<const void *, int> m_byOwner;
    std::deque<Waiter> m_waiters;
    bool m_handingOff = false;
};

} // namespace wb::pipeline
