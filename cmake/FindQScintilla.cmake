# SPDX-License-Identifier: GPL-3.0-or-later
# Finds QScintilla built for Qt 6 (Debian: libqscintilla2-qt6-dev), which ships no CMake config.
# Result: QScintilla_FOUND, QScintilla_VERSION and the imported target QScintilla::QScintilla.
if(NOT QT6_INSTALL_PREFIX)
    find_package(Qt6 REQUIRED COMPONENTS Core)
endif()
find_package(Qt6 QUIET COMPONENTS Widgets PrintSupport)

find_path(QScintilla_INCLUDE_DIR
    NAMES Qsci/qsciscintilla.h
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}"
    PATH_SUFFIXES qt6 x86_64-linux-gnu/qt6 aarch64-linux-gnu/qt6)
find_library(QScintilla_LIBRARY_RELEASE
    NAMES qscintilla2_qt6
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBS}")
find_library(QScintilla_LIBRARY_DEBUG
    NAMES qscintilla2_qt6d
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBS}")

include(SelectLibraryConfigurations)
select_library_configurations(QScintilla)

if(QScintilla_INCLUDE_DIR AND EXISTS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h")
    file(STRINGS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h" _qsci_version_line
        REGEX "^#define QSCINTILLA_VERSION_STR")
    string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" QScintilla_VERSION "${_qsci_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla
    REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR
    VERSION_VAR QScintilla_VERSION)

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QScintilla_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
        INTERFACE_COMPILE_DEFINITIONS QSCINTILLA_DLL
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
endif()
mark_as_advanced(QScintilla_INCLUDE_DIR QScintilla_LIBRARY_RELEASE QScintilla_LIBRARY_DEBUG)
