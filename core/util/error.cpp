// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/error.h"

namespace wb {

Error::Error(QString message, Kind kind)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
    , m_kind(kind)
{
}

} // namespace wb
