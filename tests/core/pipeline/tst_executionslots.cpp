// SPDX-License-Identifier: GPL-3.0-or-later
// Execution slots shared by campaigns: the total bound, each owner's own limit, first come first served,
// the hand-off on release, a waiter whose context is gone.
#include "pipeline/executionslots.h"

#include <QTest>

using namespace wb;

class TstExecutionSlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundsTheTotalAndHandsOffOnRelease()
    {
        pipeline::ExecutionSlots slots(2);
        QObject context;
        const int a = 0, b = 0;   // two owners
        QStringList ran;
        slots.acquire(&a, 0, &context, [&] { ran << QStringLiteral("a1"); });
        slots.acquire(&b, 0, &context, [&] { ran << QStringLiteral("b1"); });
        slots.acquire(&a, 0, &context, [&] { ran << QStringLiteral("a2"); });
        slots.acquire(&b, 0, &context, [&] { ran << QStringLiteral("b2"); });
        QCOMPARE(ran, (QStringList{QStringLiteral("a1"), QStringLiteral("b1")}));
        QCOMPARE(slots.inUse(), 2);
        QCOMPARE(slots.waiting(), 2);
        slots.release(&b);   // the next in line runs before release() returns, whoever's it is
        QCOMPARE(ran.last(), QStringLiteral("a2"));
        QCOMPARE(slots.inUse(&a), 2);
        QCOMPARE(slots.inUse(&b), 0);
        slots.release(&a);
        QCOMPARE(ran.last(), QStringLiteral("b2"));
        slots.release(&a);
        slots.release(&b);
        slots.release(&b);   // not held: ignored
        QCOMPARE(slots.inUse(), 0);
    }

    void anOwnerAtItsLimitLetsOthersPass()
    {
        pipeline::ExecutionSlots slots(3);
        QObject context;
        const int a = 0, b = 0;
        QStringList ran;
        slots.acquire(&a, 1, &context, [&] { ran << QStringLiteral("a1"); });
        slots.acquire(&a, 1, &context, [&] { ran << QStringLiteral("a2"); });   // a's own limit: waits
        slots.acquire(&b, 1, &context, [&] { ran << QStringLiteral("b1"); });   // passes a2
        QCOMPARE(ran, (QStringList{QStringLiteral("a1"), QStringLiteral("b1")}));
        slots.release(&a);
        QCOMPARE(ran.last(), QStringLiteral("a2"));
    }

    void aGoneWaiterLeavesTheSlotFree()
    {
        pipeline::ExecutionSlots slots(1);
        QObject holder;
        auto *gone = new QObject;
        const int a = 0;
        int ran = 0;
        slots.acquire(&a, 0, &holder, [&] { ++ran; });
        slots.acquire(&a, 0, gone, [&] { ran += 10; });
        slots.acquire(&a, 0, &holder, [&] { ran += 100; });
        delete gone;
        slots.release(&a);
        QCOMPARE(ran, 101);
        QCOMPARE(slots.inUse(), 1);
        slots.dropWaiters(&a);
        slots.release(&a);
        QCOMPARE(slots.inUse(), 0);
    }

    void aRunThatReleasesAtOnceServesTheNext()
    {
        pipeline::ExecutionSlots slots(1);
        QObject context;
        const int a = 0;
        int ran = 0;
        slots.acquire(&a, 0, &context, [&] { ++ran; });
        slots.acquire(&a, 0, &context, [&] { ++ran; slots.release(&a); });   // e.g. an execution that cannot start
        slots.acquire(&a, 0, &context, [&] { ++ran; });
        slots.release(&a);
        QCOMPARE(ran, 3);
        QCOMPARE(slots.inUse(), 1);
        QCOMPARE(slots.waiting(), 0);
    }
};

QTEST_GUILESS_MAIN(TstExecutionSlots)
#include "tst_executionslots.moc"
