// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::library {

/** One indexed example as LibraryIndex::documents() lists it (for the coverage). A plain value type. */
struct LibraryDocument
{
    qint64 exampleId = 0;
    qint64 campaignId = 0;
    qint64 repositoryId = 0;
    QString repository;
    QString campaign;
    QString title;
    QString description;
    QString mainPySha;       ///< SHA-256 of the final main.py
    bool accepted = false;
};

} // namespace wb::library
