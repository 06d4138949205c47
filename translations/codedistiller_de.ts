<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Tr</name>
    <message>
        <source>Invalid commit id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 is not in the mirror</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run, inspect and curate CodeDistiller examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::cli::CliApplication</name>
    <message>
        <source>Workspace file (default: $CODEDISTILLER_WORKSPACE, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: codedistiller [--workspace PATH] [--json] COMMAND [options]

Distil runnable examples from scientific repositories, headless.

Commands:
  init [PATH]        create or open a workspace and migrate it to the current schema
  add SOURCE...      clone or fetch repositories and take their file inventories
                     (URLs, local paths, owner/name, list files: text or batch JSON)
  repos              list the workspace&apos;s repositories
  files REPO         a repository&apos;s inventory, most relevant first

Global options:
  -w, --workspace PATH   workspace file (default: $CODEDISTILLER_WORKSPACE, else %1)
  --json                 machine-readable JSON on stdout
  -h, --help             this help; &apos;codedistiller COMMAND --help&apos; for a command
  -v, --version          the version

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: %1 needs a path
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: unknown option &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: unexpected error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: wrong number of arguments

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace (or open an existing one and migrate it to the current schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file or folder (default: the --workspace path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 (schema %2), clones in %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone (or fetch) repositories into the workspace and take their file inventories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https/ssh/git/file URL, local path, owner/name, or a list file (one source per line, or CodeDistiller batch JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: interrupted; nothing half-written was kept
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the repositories of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a repository&apos;s file inventory, most relevant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository id, name (owner/name) or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files of this category (code, docs, script, notebook, data, other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only files with a prior of at least N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: unknown category &apos;%1&apos; (one of: %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: --min-prior takes a number from 1 to 5
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::git</name>
    <message>
        <source>unknown libgit2 error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: authentication required (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open Git repository %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::IngestJob</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::InventoryBuilder</name>
    <message>
        <source>Cannot read object %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the object database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot walk the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::LanguageDetector</name>
    <message>
        <source>The built-in language table is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid language table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::LicenseDetector</name>
    <message>
        <source>The built-in licence table is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid licence table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::Notebook</name>
    <message>
        <source>The notebook is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::RepositoryFetcher</name>
    <message>
        <source>Cannot set up the mirror of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty repository (it has no commits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no branches to pin a commit from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Git repository (no .git folder, and not a bare repository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a repository in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new clone into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::SourceSpec</name>
    <message>
        <source>Empty repository source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository source contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos; in &apos;%2&apos; (use https, ssh, git or file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a repository on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid owner/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a URL, a local path nor GitHub&apos;s owner/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list file %1 is larger than 64 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 has no &quot;repo_name&quot; string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file, not a list of repositories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::repo::TransferProgress</name>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving %1/%2 objects, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving deltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory %1/%2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::store</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::store::BlobStore</name>
    <message>
        <source>Stored content %1 is corrupt (its checksum does not match).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::store::RepositoryStore</name>
    <message>
        <source>No repository with id %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository named &apos;%1&apos; in this workspace (see &apos;codedistiller repos&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: %2. Use the id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::store::Schema</name>
    <message>
        <source>This workspace uses schema version %1, but this build of CodeDistiller Workbench only knows versions up to %2. Update the workbench to open it; the workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::store::Transaction</name>
    <message>
        <source>Cannot start a database transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::store::Workspace</name>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CodeDistiller workspace; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CodeDistiller workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace uses schema version %1, but this build of CodeDistiller Workbench only knows versions up to %2. Update the workbench to open it; the workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::AddRepositoriesDialog</name>
    <message>
        <source>Add Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One source per line: an https or ssh URL, GitHub&apos;s &lt;i&gt;owner/name&lt;/i&gt;, a local folder, or a list file (one source per line, or CodeDistiller batch JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Git Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository lists (*.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::FileTableModel</name>
    <message>
        <source>symlink → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submodule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LFS pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Relevance prior %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no particular signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>%1 — CodeDistiller Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Repositories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone or fetch repositories and take their file inventories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CodeDistiller Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CodeDistiller Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CodeDistiller Workbench %1&lt;/h3&gt;&lt;p&gt;Distil runnable, expert-vetted examples from scientific repositories.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter repositories (name, licence, commit)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel adding repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories: %1 — workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submodule at commit %1 (not followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbolic link to %1 (not followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary file, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories are being added already; wait for that to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 at %2 (%3 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after adding %1 repositories; nothing half-written was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 repositories, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources that could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::RepositoryTableModel</name>
    <message>
        <source>Detected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
