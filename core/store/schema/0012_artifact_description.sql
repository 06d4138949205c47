-- Schema version 12: what an artifact holds, as JSON (wb::artifacts::ArtifactDescriber): a structure's
-- formula, atoms, frames and lattice, a JSON file's top-level keys, a table's columns and rows.
-- NULL: not described yet (too large when the round was saved, a trajectory, or a row from before this
-- version); described on demand (wb::artifacts::ArtifactDescriptions) and stored then.
ALTER TABLE artifacts ADD COLUMN description TEXT;
