# SPDX-License-Identifier: GPL-3.0-or-later
# A first build on a small machine: precompiled Qt headers per target, a faster linker when there is
# one, and ccache settings under which precompiled headers stay cacheable.
#
#   wb_precompile_headers(<target> CORE|WIDGETS)   the target's own precompiled header
#   wb_reuse_precompiled_headers(<target> <from>)  use <from>'s (a test uses its support library's)

option(WB_PRECOMPILED_HEADERS "Precompile the Qt headers each target uses most" ON)
add_feature_info(PrecompiledHeaders WB_PRECOMPILED_HEADERS "precompiled Qt headers")

# lld links the ~120 test programs several times faster than ld.bfd.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" WB_HAVE_LLD)
if(WB_HAVE_LLD)
    add_link_options(-fuse-ld=lld)
endif()
add_feature_info(LldLinker WB_HAVE_LLD "link with lld")

# Headers nearly every translation unit of the core library includes (counted over core/).
set(WB_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QMap> <QMetaType> <QObject> <QRegularExpression> <QSet>
    <QString> <QStringList> <QTimer> <QUrl> <QVariant>
    <functional> <memory> <optional> <vector>)
# The same, and the widgets the views and dialogs use most (counted over ui/).
set(WB_PCH_WIDGETS ${WB_PCH_CORE}
    <QAbstractItemModel> <QAbstractTableModel> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton> <QSplitter> <QTableView> <QTableWidget>
    <QTabWidget> <QToolButton> <QVBoxLayout> <QWidget>)

function(wb_precompile_headers target kind)
    if(NOT WB_PRECOMPILED_HEADERS)
        return()
    endif()
    target_precompile_headers(${target} PRIVATE ${WB_PCH_${kind}})
endfunction()

function(wb_reuse_precompiled_headers target from)
    if(WB_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
