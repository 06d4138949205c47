-- FTS5 over the document's text columns (external content: the text lives in library_documents once),
-- kept in step by triggers. Porter stemming over unicode61 tokens.
CREATE VIRTUAL TABLE library_fts USING fts5(
    description, criteria, kind, metadata, repository, identifiers, comments,
    content='library_documents', content_rowid='example_id', tokenize='porter unicode61');

CREATE TRIGGER library_documents_fts_insert AFTER INSERT ON library_documents
BEGIN
    INSERT INTO library_fts(rowid, description, criteria, kind, metadata, repository, identifiers, comments)
    VALUES (new.example_id, new.description, new.criteria, new.kind, new.metadata, new.repository, new.identifiers, new.comments);
END;

CREATE TRIGGER library_documents_fts_delete AFTER DELETE ON library_documents
BEGIN
    INSERT INTO library_fts(library_fts, rowid, description, criteria, kind, metadata, repository, identifiers, comments)
    VALUES ('delete', old.example_id, old.description, old.criteria, old.kind, old.metadata, old.repository, old.identifiers, old.comments);
END;

CREATE TRIGGER library_documents_fts_update AFTER UPDATE ON library_documents
BEGIN
    INSERT INTO library_fts(library_fts, rowid, description, criteria, kind, metadata, repository, identifiers, comments)
    VALUES ('delete', old.example_id, old.description, old.criteria, old.kind, old.metadata, old.repository, old.identifiers, old.comments);
    INSERT INTO library_fts(rowid, description, criteria, kind, metadata, repository, identifiers, comments)
    VALUES (new.example_id, new.description, new.criteria, new.kind, new.metadata, new.repository, new.identifiers, new.comments);
END;
