-- Schema version 1: repositories and their file inventories.
-- Dialect placeholders: @ID@ (auto-increment primary key), @BLOB@ (binary column).
-- Times are BIGINT milliseconds since the Unix epoch (UTC); booleans are INTEGER 0/1.

CREATE TABLE repositories (
    id @ID@,
    name TEXT NOT NULL,                 -- display name, owner/name for hosted repositories
    source TEXT NOT NULL,               -- the source as the user gave it
    url TEXT NOT NULL UNIQUE,           -- normalised clone URL (file:// for local sources)
    local_path TEXT NOT NULL,           -- bare clone in the workspace cache
    commit_sha TEXT NOT NULL,           -- pinned commit of the inventory
    default_branch TEXT,
    commit_time BIGINT,                 -- committer time of the pinned commit
    license_spdx TEXT,                  -- NULL when unknown
    license_source TEXT,                -- file or metadata field the licence came from
    size_bytes BIGINT NOT NULL DEFAULT 0,
    file_count INTEGER NOT NULL DEFAULT 0,
    added_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE files (
    id @ID@,
    repository_id BIGINT NOT NULL REFERENCES repositories(id) ON DELETE CASCADE,
    path TEXT NOT NULL,                 -- UTF-8; undecodable bytes escaped as \xHH
    path_bytes @BLOB@,                  -- raw path, only when it is not valid UTF-8
    object_sha TEXT NOT NULL,           -- blob id (commit id for submodules)
    kind TEXT NOT NULL,                 -- file | symlink | submodule
    size_bytes BIGINT NOT NULL DEFAULT 0,
    line_count INTEGER,                 -- NULL for binary, skipped or non-file entries
    language TEXT,
    is_executable INTEGER NOT NULL DEFAULT 0,
    is_binary INTEGER NOT NULL DEFAULT 0,
    is_lfs_pointer INTEGER NOT NULL DEFAULT 0,
    content_skipped INTEGER NOT NULL DEFAULT 0,  -- too large: metadata only
    symlink_target TEXT,
    category TEXT NOT NULL,             -- code | docs | script | notebook | data | other
    prior INTEGER NOT NULL,             -- static relevance prior 1-5
    prior_reason TEXT
);
CREATE INDEX files_repository ON files(repository_id, prior DESC);
CREATE INDEX files_path ON files(repository_id, path);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
