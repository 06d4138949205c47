// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/examplestatus.h"

using namespace Qt::StringLiterals;

namespace wb::store {

QString exampleStatusToString(ExampleStatus status)
{
    switch (status) {
    case ExampleStatus::Pending: return u"PENDING"_s;
    case ExampleStatus::Running: return u"RUNNING"_s;
    case ExampleStatus::Paused: return u"PAUSED"_s;
    case ExampleStatus::Success: return u"SUCCESS"_s;
    case ExampleStatus::Failed: return u"FAILED"_s;
    case ExampleStatus::Error: return u"ERROR"_s;
    case ExampleStatus::Cancelled: return u"CANCELLED"_s;
    }
    return u"PENDING"_s;
}

QList<ExampleStatus> allExampleStatuses()
{
    return {ExampleStatus::Pending, ExampleStatus::Running, ExampleStatus::Paused, ExampleStatus::Success,
            ExampleStatus::Failed,  ExampleStatus::Error,   ExampleStatus::Cancelled};
}

std::optional<ExampleStatus> exampleStatusFromString(QStringView text)
{
    for (const ExampleStatus s : allExampleStatuses())
        if (text == exampleStatusToString(s))
            return s;
    return std::nullopt;
}

ExampleStatus storedExampleStatus(QStringView text)
{
    return exampleStatusFromString(text).value_or(ExampleStatus::Error);
}

bool isTerminal(ExampleStatus status)
{
    return status == ExampleStatus::Success || status == ExampleStatus::Failed || status == ExampleStatus::Error;
}

bool isResumable(ExampleStatus status, ErrorPolicy errors)
{
    return !isTerminal(status) || (errors == ErrorPolicy::Retry && status == ExampleStatus::Error);
}

bool hasStopped(ExampleStatus status)
{
    return isTerminal(status) || status == ExampleStatus::Cancelled;
}

bool isVerdict(ExampleStatus status)
{
    return status == ExampleStatus::Success || status == ExampleStatus::Failed;
}

bool isLive(ExampleStatus status)
{
    return status == ExampleStatus::Pending || status == ExampleStatus::Running || status == ExampleStatus::Paused;
}

} // namespace wb::store
