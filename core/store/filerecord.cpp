// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/filerecord.h"

using namespace Qt::StringLiterals;

namespace wb::store {

QString toString(FileCategory category)
{
    switch (category) {
    case FileCategory::Code: return u"code"_s;
    case FileCategory::Docs: return u"docs"_s;
    case FileCategory::Script: return u"script"_s;
    case FileCategory::Notebook: return u"notebook"_s;
    case FileCategory::Data: return u"data"_s;
    case FileCategory::Other: break;
    }
    return u"other"_s;
}

FileCategory fileCategoryFromString(const QString &text)
{
    if (text == u"code"_s) return FileCategory::Code;
    if (text == u"docs"_s) return FileCategory::Docs;
    if (text == u"script"_s) return FileCategory::Script;
    if (text == u"notebook"_s) return FileCategory::Notebook;
    if (text == u"data"_s) return FileCategory::Data;
    return FileCategory::Other;
}

QString toString(FileKind kind)
{
    switch (kind) {
    case FileKind::Symlink: return u"symlink"_s;
    case FileKind::Submodule: return u"submodule"_s;
    case FileKind::File: break;
    }
    return u"file"_s;
}

FileKind fileKindFromString(const QString &text)
{
    if (text == u"symlink"_s) return FileKind::Symlink;
    if (text == u"submodule"_s) return FileKind::Submodule;
    return FileKind::File;
}

} // namespace wb::store
