# SPDX-License-Identifier: GPL-3.0-or-later
# KSyntaxHighlighting: the system KF6 package when present, else the KF5 5.116 static build for Qt 6
# that tools/setup makes in its cache prefix (passed as CMAKE_PREFIX_PATH). Both provide the same
# headers and namespace; the target alias wb::SyntaxHighlighting hides which one it is.
find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
    add_library(wb::SyntaxHighlighting ALIAS KF6::SyntaxHighlighting)
    set(WB_SYNTAXHIGHLIGHTING_PACKAGE KF6SyntaxHighlighting)
else()
    find_package(KF5SyntaxHighlighting 5.116)
    if(NOT KF5SyntaxHighlighting_FOUND)
        message(FATAL_ERROR
            "KSyntaxHighlighting for Qt 6 was not found. Run tools/setup, which builds it into a cache "
            "prefix, or pass -DCMAKE_PREFIX_PATH=<prefix of a Qt 6 KSyntaxHighlighting build>.")
    endif()
    add_library(wb::SyntaxHighlighting INTERFACE IMPORTED)
    set_target_properties(wb::SyntaxHighlighting PROPERTIES INTERFACE_LINK_LIBRARIES KF5::SyntaxHighlighting)
    set(WB_SYNTAXHIGHLIGHTING_PACKAGE KF5SyntaxHighlighting)
endif()
set_package_properties(${WB_SYNTAXHIGHLIGHTING_PACKAGE} PROPERTIES TYPE REQUIRED
    PURPOSE "Syntax highlighting of every language a repository holds")
