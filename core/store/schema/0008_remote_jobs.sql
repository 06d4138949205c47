-- Schema version 8: the batch job (Slurm) that runs a round, so that a workbench that was closed
-- re-attaches to the job when the campaign resumes instead of submitting the round again.

CREATE TABLE remote_jobs (
    round_id BIGINT PRIMARY KEY REFERENCES rounds(id) ON DELETE CASCADE,
    executor TEXT NOT NULL,          -- slurm
    job_id TEXT NOT NULL,            -- as the batch system names it
    round_dir TEXT NOT NULL,         -- where the job runs the round (on a file system the cluster shares)
    submitted_at BIGINT NOT NULL
);
