// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The workspace's blind-review policy. With blind mode on, an annotator does not see the judge's
 * verdict, the model names or other annotators' judgements of an example until they have submitted
 * their own judgement of it. Every view that shows those reads revealed() first. Stored in the
 * workspace (setting "review.blind"), so the whole team shares it.
 */
class BlindReview final
{
public:
    static constexpr auto SettingKey = "review.blind";

    static bool isEnabled(const std::shared_ptr<store::Workspace> &workspace);
    static void setEnabled(const std::shared_ptr<store::Workspace> &workspace, bool enabled);

    /**
     * Whether @p annotator may see the judge's verdict, the model and others' judgements of
     * @p exampleId: always when blind mode is off, otherwise once @p annotator has judged the example.
     */
    static bool revealed(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId, const QString &annotator);
    /** The examples @p annotator has judged (those revealed to them in blind mode), in one query. */
    static QSet<qint64> judgedBy(const std::shared_ptr<store::Workspace> &workspace, const QString &annotator);
};

} // namespace wb::review
