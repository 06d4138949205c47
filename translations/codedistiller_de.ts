<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>Usage: codedistiller [--workspace PATH] [--json] COMMAND [options]

Distil runnable examples from scientific repositories, headless.

Commands:
  init [PATH]        create or open a workspace and migrate it to the current schema
  add SOURCE...      clone or fetch repositories and take their file inventories
                     (URLs, local paths, owner/name, list files: text or batch JSON)
  repos              list the workspace&apos;s repositories
  files REPO         a repository&apos;s inventory, most relevant first
  run [REPO...]      distil examples: a campaign over repositories (--provider, --model; --resume NAME)
  status             campaigns and the state of their examples
  show EXAMPLE       one example&apos;s rounds, verdicts, logs and artifacts
  cancel TARGET      cancel a campaign (name) or an example (id), also while it runs elsewhere
  llm ping|calls|models|export-cassette
                     talk to a model once, list recorded calls, show the price catalogue

Global options:
  -w, --workspace PATH   workspace file (default: $CODEDISTILLER_WORKSPACE, else %1)
  --json                 machine-readable JSON on stdout
  -h, --help             this help; &apos;codedistiller COMMAND --help&apos; for a command
  -v, --version          the version

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::cli::CommandParser</name>
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
        <source>codedistiller: wrong number of arguments

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::cli::LlmCommands</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: codedistiller llm ping|calls|models|export-cassette [options]  (--help on each)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: unknown llm command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one tiny request to a model and report latency, tokens and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server base URL (default: the provider&apos;s environment variable, else its default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token cap of the answer (default 256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries on transient errors (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per attempt (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer only from recorded responses; never use the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded responses to answer from (JSON Lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request even when an identical one was answered before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: llm ping needs --provider and --model

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: --max-tokens, --max-retries and --timeout take positive numbers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; in %4 ms%5, tokens in %6 (cached %7) out %8 (reasoning %9), cost %10
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the recorded model calls, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N calls (default 50; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: --limit takes a number
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the price catalogue: USD per 1M tokens, batch factor, retirement dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
USD per 1M tokens, as of %1 (%2). Override or extend with %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the price catalogue is more than 90 days old; check current prices.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every successful recorded call to a cassette file for offline replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cassette to write (JSON Lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded responses written to %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::cli::PipelineCommands</name>
    <message>
        <source>Distil examples: run a campaign over repositories of the workspace (all when none is named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository ids or names; none: every repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new campaign (default: campaign-&lt;time&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the campaign NAME where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider of the models (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for summary, generation and repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for file classification (default: --model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for the judge (default: --model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local, bwrap or auto (default: auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug rounds at most (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples in parallel (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop new work when the campaign has cost this much (USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per round (default 45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python interpreter of the rounds (default /usr/bin/python3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give rounds network access (bwrap: shares the host network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files classified per repository at most (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer model calls only from recorded responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded responses (JSON Lines) to answer from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign named &apos;%1&apos; (see &apos;codedistiller status&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: run needs --provider and --model (or --resume NAME)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codedistiller: --max-rounds, --concurrency, --round-timeout, --classify-files and --budget take positive numbers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no repositories; add some with &apos;codedistiller add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: %2 repositories
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
codedistiller: cancelling (press Ctrl+C again to quit at once)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1: %2 success, %3 failed, %4 error, %5 cancelled, cost $%6%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (budget reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show campaigns and the state of their examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one example: its rounds, verdicts, logs and artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example id (see &apos;codedistiller status&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this round, with its files and full log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an example id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example %1: %2 @ %3 — %4 (%5)%6, cost $%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  round %1 (%2): %3, exit %4, %5 s, verdict: %6%7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a campaign (by name) or one example (by id), also while another process runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name or example id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example %1 cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign or example &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::exec::ExecutionJob</name>
    <message>
        <source>The round reached its time limit of %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round directory %1 is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the round directory %1 (disk full or not writable?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the round&apos;s Python (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 phase could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[output truncated: the %1 limit of %2 bytes was reached]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 phase printed more than %2 bytes on %3 and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run.sh was killed by a signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run.sh exited with code %1; main.py was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main.py was killed by a signal (crash, memory or CPU limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main.py exited with code 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main.py exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::exec::Executor</name>
    <message>
        <source>The bwrap executor is not available: bubblewrap is not installed or cannot create a sandbox on this machine (install the package bubblewrap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown executor &apos;%1&apos; (local, bwrap or auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but is not a folder owned by root; remove it.</source>
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
    <name>wb::llm::AnthropicMessagesFormat</name>
    <message>
        <source>The response has no content blocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::llm::Cassette</name>
    <message>
        <source>Cannot read the cassette %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the cassette %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::llm::Credentials</name>
    <message>
        <source>The secret store is disabled (CODEDISTILLER_NO_SECRET_STORE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1 or store the key in the desktop&apos;s secret store (Settings → Providers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::llm::LlmClient</name>
    <message>
        <source>Unknown stage &apos;%1&apos; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: no recorded response for this %1 request to %2 (request %3). Run it once online, or use a cassette that contains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid base URL &apos;%1&apos; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response from %1 exceeded %2 MB and was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (after %2 attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2 (after %3 attempts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the account&apos;s quota or spend limit is exhausted; this is not retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — check the API key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (%3 bytes): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in an unexpected shape: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is empty: the token cap (%1) was used up, probably by reasoning. Raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty because the token cap (%1) was used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON object was found in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answer does not match its schema even after a repair request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be recorded in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::llm::OpenAiChatFormat</name>
    <message>
        <source>The response has no choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response&apos;s first choice has no message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::llm::PriceCatalog</name>
    <message>
        <source>Cannot read the price catalogue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid price catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the price catalogue: its cost will be recorded as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was retired on %2; calls to it will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retires on %2 (in %3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price catalogue dates from %1 (more than 90 days ago); check current prices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::llm::ProviderCatalog</name>
    <message>
        <source>The built-in provider profiles are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 has an unknown wire format &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid provider profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::llm::WireFormat</name>
    <message>
        <source>Unknown wire format &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::pipeline::CampaignConfig</name>
    <message>
        <source>Invalid campaign configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::pipeline::CampaignRunner</name>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s cost budget was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled from another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::pipeline::ExampleRunner</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s cost budget was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository of example %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished after %1 rounds; the last repair was never executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge found round %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This repository has no README.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, code cells only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not valid notebook JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file could be classified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example generation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an execution slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1. run.sh exit code: %2. main.py exit code: %3. Duration: %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not run or killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes then made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this is the first round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::pipeline::FileSelector</name>
    <message>
        <source>, truncated from about %1 to %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[… long file truncated here: about %1 more tokens not shown …]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No file was rated %1 or higher; rely on the repository description.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::pipeline::PromptLibrary</name>
    <message>
        <source>The prompt template &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt &apos;%1&apos; needs the value &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt &apos;%1&apos; has no place for &apos;%2&apos;.</source>
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
    <name>wb::repo::RepositoryCheckout</name>
    <message>
        <source>Cannot create %1 (disk full or not writable?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid commit id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 is not in the mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the checkout into place at %1.</source>
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
    <name>wb::store::PipelineStore</name>
    <message>
        <source>A campaign named &apos;%1&apos; exists already; use --resume to continue it.</source>
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
    <name>wb::ui::CampaignDialog</name>
    <message>
        <source>Run Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default of the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model (summary, generation, repair):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fast model (classification):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judge model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost b&amp;udget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: a model is not in the price catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 – $%2 for %3 repositories (prices as of %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignMonitor</name>
    <message>
        <source>No campaign is running. Use File → Run Campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 examples done, $%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished: %2 succeeded, %3 failed, %4 errors, %5 cancelled, $%6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (budget reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting %2 examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignProgressModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ExampleTableModel</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ExampleView</name>
    <message>
        <source>Example %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one round to see it; select two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a traceback line to open main.py at that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; @ %2 — &lt;b&gt;%3&lt;/b&gt; %4 · %5 rounds executed · $%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not judged%1.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: this round never ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Round %1: %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;faithful: &lt;b&gt;%1&lt;/b&gt; · accurate: &lt;b&gt;%2&lt;/b&gt; · complete: &lt;b&gt;%3&lt;/b&gt; · error class: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Critical issues&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Issues&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Correct behaviour&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Issues the repair identified&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Changes the repair made&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost of this round&apos;s calls: $%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 (nothing to compare with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main.py: round %1 → round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was too large to keep.</source>
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
    <message>
        <source>Run &amp;Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distil examples of every repository with chosen models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign is running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
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
<context>
    <name>wb::ui::RoundTableModel</name>
    <message>
        <source>This repair was produced after the last executed round and never ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
