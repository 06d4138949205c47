-- Schema version 10: the library index, one searchable document per successful example with a finished
-- round (wb::library::LibraryIndex). Derived data: rebuilt from the examples on demand, never copied
-- between workspaces. The dialect files add the full-text index (SQLite FTS5, PostgreSQL tsvector).

CREATE TABLE library_documents (
    example_id BIGINT PRIMARY KEY REFERENCES examples(id) ON DELETE CASCADE,
    campaign_id BIGINT NOT NULL,
    repository_id BIGINT NOT NULL,
    round_id BIGINT NOT NULL,           -- the final round (the last one the judge found finished)
    stamp TEXT NOT NULL,                -- what the document was built from; a different stamp means stale
    title TEXT NOT NULL,
    description TEXT NOT NULL,          -- metadata example_description
    criteria TEXT NOT NULL,             -- inclusion and exclusion criteria
    kind TEXT NOT NULL,                 -- example_type
    metadata TEXT NOT NULL,             -- the metadata's other values
    repository TEXT NOT NULL,           -- repository name and the summary stage's description
    identifiers TEXT NOT NULL,          -- functions, classes and imported modules of main.py
    comments TEXT NOT NULL,             -- docstrings and comments of main.py
    main_py_sha TEXT,                   -- for duplicates
    accepted INTEGER NOT NULL,          -- 1: in the vetted library (the rule of LibrarySelection)
    decision TEXT NOT NULL,             -- the experts' decisions, for display
    verdict TEXT NOT NULL,              -- the judge's verdict, for display
    indexed_at BIGINT NOT NULL
);
CREATE INDEX library_documents_repository ON library_documents(repository_id);
