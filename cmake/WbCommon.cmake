# SPDX-License-Identifier: GPL-3.0-or-later
# Compile policy for every target of the project, in one INTERFACE target.
add_library(wb_common_cfg INTERFACE)
add_library(wb::common_cfg ALIAS wb_common_cfg)

target_compile_features(wb_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(wb_common_cfg INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor
        -Woverloaded-virtual -Wshadow=local>
    $<$<AND:$<BOOL:${WB_WARNINGS_AS_ERRORS}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)

target_compile_definitions(wb_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_KEYWORDS
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    WB_VERSION="${PROJECT_VERSION}")
