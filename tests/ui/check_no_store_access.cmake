# SPDX-License-Identifier: GPL-3.0-or-later
# No ui/ source reaches the database itself: stores, SQL and workspace settings belong to core, and views
# reach them only through ui/session/ (WorkspaceSession). Lists every offending line and fails on any.
#   cmake -DSOURCE_DIR=<repository> -P tests/ui/check_no_store_access.cmake

# ---- Files not yet moved onto the session: empty, and to stay so. ----
set(not_yet_moved)
# ---------------------------------------------------------------------------------------------

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
list(SORT sources)

# What counts as reaching the database (CMake regular expressions).
set(patterns
    "[A-Za-z_]*Store[ \t]*\\("                       # a store constructed: PipelineStore(workspace)
    "[A-Za-z_]*Store[ \t]+[a-z_][A-Za-z_0-9]*[ \t]*[({]"   # a store variable: JudgementStore store(workspace)
    "[A-Za-z_]*Store::[a-z][A-Za-z_0-9]*[ \t]*\\("   # a store's function: PipelineStore::open(...)
    "->database\\(\\)"                              # the workspace's connection
    "QSql[A-Za-z]+"
    "->setting\\("
    "setSetting\\("
    "BlindReview::(isEnabled|setEnabled)\\("         # the session caches it
)
# Static metadata of a store, not database access.
set(allowed_matches "Store::criteria\\(" "Store::values\\(" "SecretStore")

set(offences "")
foreach(source IN LISTS sources)
    if(source MATCHES "^ui/session/")
        continue()
    endif()
    list(FIND not_yet_moved "${source}" pending)
    if(pending GREATER -1)
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^[ \t]*(//|/?\\*)")   # comments
            continue()
        endif()
        set(listed FALSE)
        foreach(pattern IN LISTS patterns)
            if(listed)
                break()
            endif()
            string(REGEX MATCHALL "${pattern}" found "${line}")
            foreach(match IN LISTS found)
                set(allowed FALSE)
                foreach(allow IN LISTS allowed_matches)
                    if(match MATCHES "${allow}")
                        set(allowed TRUE)
                    endif()
                endforeach()
                if(NOT allowed)
                    string(STRIP "${line}" shown)
                    string(APPEND offences "  ${source}:${number}: ${shown}\n")
                    set(listed TRUE)
                    break()
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

foreach(source IN LISTS not_yet_moved)
    if(NOT EXISTS "${SOURCE_DIR}/${source}")
        string(APPEND offences "  ${source}: listed as not yet moved but gone: take it off the list\n")
    endif()
endforeach()

if(offences)
    message(FATAL_ERROR "ui/ reaches the database outside ui/session/ (use WorkspaceSession with a core function):\n${offences}")
endif()
list(LENGTH sources count)
message(STATUS "${count} ui/ sources checked: none reaches the database outside ui/session/")
