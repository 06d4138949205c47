-- PostgreSQL full-text search: one weighted tsvector per document (English stemming and stop words),
-- A = description, B = criteria and repository, C = kind, metadata and identifiers, D = comments.
ALTER TABLE library_documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', description), 'A') ||
    setweight(to_tsvector('english', criteria), 'B') ||
    setweight(to_tsvector('english', repository), 'B') ||
    setweight(to_tsvector('english', kind), 'C') ||
    setweight(to_tsvector('english', metadata), 'C') ||
    setweight(to_tsvector('english', identifiers), 'C') ||
    setweight(to_tsvector('english', comments), 'D')) STORED;
CREATE INDEX library_documents_search ON library_documents USING GIN (search_vector);
