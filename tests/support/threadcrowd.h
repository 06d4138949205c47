// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

namespace wb::test {

/**
 * A process with many waiting threads, owned by the user rounds run as ("nobody" when the tests run as
 * root, else the tests' own user): the kernel counts threads against a user's process limit, so a busy
 * desktop (a browser) looks like this to a round. Stops with the object.
 */
class ThreadCrowd final
{
public:
    ThreadCrowd() = default;
    ~ThreadCrowd();
    ThreadCrowd(const ThreadCrowd &) = delete;
    ThreadCrowd &operator=(const ThreadCrowd &) = delete;

    /** Starts @p threads threads and waits until they all run. Empty on success, else what went wrong. */
    QString start(int threads);
    /** The threads the process has now (from /proc). */
    int threads() const;

private:
    QProcess m_process;
};

} // namespace wb::test
