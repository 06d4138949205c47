<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Run, inspect and curate CodeDistiller examples.</source>
        <translation>Ausführen, Prüfen und Kuratieren von CodeDistiller-Beispielen.</translation>
    </message>
    <message>
        <source>Workspace file to open.</source>
        <translation>Zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Open the demo workspace and run the demo.</source>
        <translation>Den Demo-Arbeitsbereich öffnen und die Demo ausführen.</translation>
    </message>
    <message>
        <source>Workspace file to open (as --workspace).</source>
        <translation>Zu öffnende Arbeitsbereichsdatei (wie --workspace).</translation>
    </message>
</context>
<context>
    <name>wb::SecretStore</name>
    <message>
        <source>The secret store did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The secret store is disabled (CODEDISTILLER_NO_SECRET_STORE).</source>
        <translation>Der Schlüsselbund ist deaktiviert (CODEDISTILLER_NO_SECRET_STORE).</translation>
    </message>
</context>
<context>
    <name>wb::artifacts::ArtifactDescriber</name>
    <message>
        <source>%1 MB: larger than the %2 MB described; not read.</source>
        <translation>%1 MB: größer als die Obergrenze von %2 MB für Beschreibungen; nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>wb::artifacts::CsvTable</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file holds binary data, not a text table.</source>
        <translation>Die Datei enthält Binärdaten, keine Texttabelle.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as Latin-1 (ISO 8859-1).</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Latin-1 (ISO 8859-1) gelesen.</translation>
    </message>
    <message>
        <source>A quoted field is not closed; it runs to the end of the file.</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen; es reicht bis zum Ende der Datei.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have another number of fields than the header&apos;s %1; missing cells are empty.</source>
        <translation>
            <numerusform>%n Zeile hat eine andere Anzahl von Feldern als die Kopfzeile (%1); fehlende Zellen sind leer.</numerusform>
            <numerusform>%n Zeilen haben eine andere Anzahl von Feldern als die Kopfzeile (%1); fehlende Zellen sind leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first row holds data, not column names; the columns are numbered.</source>
        <translation>Die erste Zeile enthält Daten, keine Spaltennamen; die Spalten sind nummeriert.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rows.</source>
        <translation>Die ersten %1 von %2 Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>Numbers with a decimal comma were read as decimals (&quot;1,5&quot; = 1.5) in: %1.</source>
        <translation>Zahlen mit Dezimalkomma wurden als Dezimalzahlen gelesen („1,5“ = 1.5) in: %1.</translation>
    </message>
</context>
<context>
    <name>wb::artifacts::JsonTree</name>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>wb::artifacts::StructureReader</name>
    <message>
        <source>%1 is not a structure file this workbench reads (POSCAR, CIF, XYZ, PDB, …).</source>
        <translation>%1 ist keine Strukturdatei, die diese Workbench lesen kann (POSCAR, CIF, XYZ, PDB, …).</translation>
    </message>
    <message>
        <source>Open Babel has no reader for the format %1.</source>
        <translation>Open Babel kann das Format %1 nicht lesen.</translation>
    </message>
    <message>
        <source>No temporary file could be written to read %1 (%2).</source>
        <translation>Zum Lesen von %1 konnte keine temporäre Datei geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Open Babel could not read %1: %2</source>
        <translation>Open Babel konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>No atoms found in %1 as %2.</source>
        <translation>Keine Atome in %1 gefunden (gelesen als %2).</translation>
    </message>
    <message>
        <source>No atoms found in %1 as %2: %3</source>
        <translation>Keine Atome in %1 gefunden (gelesen als %2): %3</translation>
    </message>
</context>
<context>
    <name>wb::artifacts::TrajectoryReader</name>
    <message>
        <source>The trajectory cannot be shown: no Python interpreter was found (python3).</source>
        <translation>Die Trajektorie kann nicht angezeigt werden: Es wurde kein Python-Interpreter gefunden (python3).</translation>
    </message>
    <message>
        <source>The trajectory cannot be shown: no temporary folder could be written (%1).</source>
        <translation>Die Trajektorie kann nicht angezeigt werden: Es konnte kein temporärer Ordner angelegt werden (%1).</translation>
    </message>
    <message>
        <source>The trajectory cannot be shown: %1 could not be started (%2).</source>
        <translation>Die Trajektorie kann nicht angezeigt werden: %1 konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <source>The trajectory cannot be shown: reading it with ASE took longer than %1 s.</source>
        <translation>Die Trajektorie kann nicht angezeigt werden: Das Lesen mit ASE dauerte länger als %1 s.</translation>
    </message>
    <message>
        <source>The trajectory cannot be shown: ASE is not importable in %1 (install python3-ase).</source>
        <translation>Die Trajektorie kann nicht angezeigt werden: ASE lässt sich in %1 nicht importieren (installieren Sie python3-ase).</translation>
    </message>
    <message>
        <source>The trajectory cannot be shown: ASE could not read it (%1).</source>
        <translation>Die Trajektorie kann nicht angezeigt werden: ASE konnte sie nicht lesen (%1).</translation>
    </message>
    <message>
        <source>The trajectory holds no atoms.</source>
        <translation>Die Trajektorie enthält keine Atome.</translation>
    </message>
</context>
<context>
    <name>wb::cli::AdjudicationCommands</name>
    <message>
        <source>&apos;%1&apos; is not an example id.</source>
        <translation>„%1“ ist keine Beispiel-ID.</translation>
    </message>
    <message>
        <source>Comment on a line of a round&apos;s file or log. The log&apos;s line N is the N-th line of the round&apos;s whole stored log (as &apos;codedistiller show EXAMPLE --round N&apos; prints it), not of a filtered view.</source>
        <translation>Eine Zeile einer Datei oder des Protokolls einer Runde kommentieren. Zeile N des Protokolls ist die N-te Zeile des gesamten gespeicherten Protokolls der Runde (wie „codedistiller show EXAMPLE --round N“ es ausgibt), nicht einer gefilterten Ansicht.</translation>
    </message>
    <message>
        <source>Example id (see &apos;codedistiller status&apos;).</source>
        <translation>Beispiel-ID (siehe „codedistiller status“).</translation>
    </message>
    <message>
        <source>The round (its index, required).</source>
        <translation>Die Runde (ihr Index, erforderlich).</translation>
    </message>
    <message>
        <source>main.py, requirements.txt, run.sh, metadata.json or log (required).</source>
        <translation>main.py, requirements.txt, run.sh, metadata.json oder log (erforderlich).</translation>
    </message>
    <message>
        <source>The 1-based line (required).</source>
        <translation>Die Zeile, gezählt ab 1 (erforderlich).</translation>
    </message>
    <message>
        <source>The comment (required).</source>
        <translation>Der Kommentar (erforderlich).</translation>
    </message>
    <message>
        <source>Your name (required).</source>
        <translation>Ihr Name (erforderlich).</translation>
    </message>
    <message>
        <source>--%1 is required: annotate EXAMPLE --round N --file FILE --line N --text TEXT --annotator NAME.</source>
        <translation>--%1 ist erforderlich: annotate EXAMPLE --round N --file FILE --line N --text TEXT --annotator NAME.</translation>
    </message>
    <message>
        <source>--round takes a round index.</source>
        <translation>--round erwartet einen Rundenindex.</translation>
    </message>
    <message>
        <source>--line takes a line number (from 1).</source>
        <translation>--line erwartet eine Zeilennummer (ab 1).</translation>
    </message>
    <message>
        <source>Example %1 has no round %2.</source>
        <translation>Beispiel %1 hat keine Runde %2.</translation>
    </message>
    <message>
        <source>comment %1 on %2 line %3 of round %4 recorded
</source>
        <translation>Kommentar %1 zu %2, Zeile %3 von Runde %4 erfasst
</translation>
    </message>
    <message>
        <source>An example&apos;s line comments, every round. In blind mode others&apos; comments are shown only to an annotator who has judged the example (--annotator).</source>
        <translation>Die Zeilenkommentare eines Beispiels, über alle Runden. Im Blindmodus werden die Kommentare anderer nur einem Annotator angezeigt, der das Beispiel beurteilt hat (--annotator).</translation>
    </message>
    <message>
        <source>Example id.</source>
        <translation>Beispiel-ID.</translation>
    </message>
    <message>
        <source>Who is reading (for blind mode).</source>
        <translation>Wer liest (für den Blindmodus).</translation>
    </message>
    <message>
        <source>No example %1.</source>
        <translation>Kein Beispiel %1.</translation>
    </message>
    <message numerus="yes">
        <source>codedistiller: blind mode: %n comment(s) of other annotators hidden until %1 judges the example
</source>
        <translation>
            <numerusform>codedistiller: Blindmodus: %n Kommentar anderer Annotatoren bis zur Bewertung des Beispiels durch %1 ausgeblendet
</numerusform>
            <numerusform>codedistiller: Blindmodus: %n Kommentare anderer Annotatoren bis zur Bewertung des Beispiels durch %1 ausgeblendet
</numerusform>
        </translation>
    </message>
    <message>
        <source>you (--annotator NAME)</source>
        <translation>Sie (--annotator NAME)</translation>
    </message>
    <message>
        <source>No comments on example %1; add one with &apos;codedistiller annotate&apos;.
</source>
        <translation>Keine Kommentare zu Beispiel %1; fügen Sie mit „codedistiller annotate“ einen hinzu.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ROUND</source>
        <translation>RUNDE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>ANNOTATOR</source>
        <translation>ANNOTATOR</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>KOMMENTAR</translation>
    </message>
    <message>
        <source>Without EXAMPLE: the adjudication queue, the examples whose annotators and LLM judge disagree on a criterion without a gold value. With EXAMPLE: record the gold value of one criterion with its rationale (append-only; the newest is the gold one).</source>
        <translation>Ohne EXAMPLE: die Schlichtungswarteschlange, also die Beispiele, bei denen Annotatoren und LLM-Richter bei einem Kriterium ohne Goldwert uneinig sind. Mit EXAMPLE: den Goldwert eines Kriteriums mit seiner Begründung erfassen (wird nur angehängt; der neueste gilt als Goldwert).</translation>
    </message>
    <message>
        <source>Example id: record a gold value for it.</source>
        <translation>Beispiel-ID: einen Goldwert dafür erfassen.</translation>
    </message>
    <message>
        <source>List only this campaign&apos;s disagreements.</source>
        <translation>Nur die Uneinigkeiten dieser Kampagne auflisten.</translation>
    </message>
    <message>
        <source>ran_without_error, shows_function, function_correct or decision.</source>
        <translation>ran_without_error, shows_function, function_correct oder decision.</translation>
    </message>
    <message>
        <source>yes or no; for the decision accept, reject or needs-work.</source>
        <translation>yes oder no; für decision: accept, reject oder needs-work.</translation>
    </message>
    <message>
        <source>Why this is the right answer (required).</source>
        <translation>Warum dies die richtige Antwort ist (erforderlich).</translation>
    </message>
    <message>
        <source>--%1 records a gold value: name the example (adjudicate EXAMPLE --criterion C --value V --reason TEXT --adjudicator NAME).</source>
        <translation>--%1 erfasst einen Goldwert: Geben Sie das Beispiel an (adjudicate EXAMPLE --criterion C --value V --reason TEXT --adjudicator NAME).</translation>
    </message>
    <message>
        <source>No disagreements to adjudicate.
</source>
        <translation>Keine Uneinigkeiten zu schlichten.
</translation>
    </message>
    <message>
        <source>EXAMPLE</source>
        <translation>BEISPIEL</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPAGNE</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source>CONFLICTS</source>
        <translation>KONFLIKTE</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANTWORTEN</translation>
    </message>
    <message>
        <source>--campaign filters the queue; it does not go with an EXAMPLE.</source>
        <translation>--campaign filtert die Warteschlange; die Option lässt sich nicht mit EXAMPLE kombinieren.</translation>
    </message>
    <message>
        <source>Say what is decided: --criterion C --value V.</source>
        <translation>Geben Sie an, was entschieden wird: --criterion C --value V.</translation>
    </message>
    <message>
        <source>Say who you are with --adjudicator NAME.</source>
        <translation>Geben Sie mit --adjudicator NAME an, wer Sie sind.</translation>
    </message>
    <message>
        <source>gold %1 = %2 for example %3 recorded by %4
</source>
        <translation>Goldwert %1 = %2 für Beispiel %3 von %4 erfasst
</translation>
    </message>
</context>
<context>
    <name>wb::cli::AgentPreviewCommand</name>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight: less than the margin left</source>
        <translation>knapp: weniger als die Reserve übrig</translation>
    </message>
    <message>
        <source>TOO LARGE</source>
        <translation>ZU GROSS</translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>unbekannt (kein Preis für dieses Modell)</translation>
    </message>
    <message>
        <source>What CodeScientist would do with today&apos;s export: the codeblock_summaries.json that &apos;export --format codescientist&apos; would write for the library selection, its size, and how much of each catalogued model&apos;s context window it takes (CodeScientist pastes the whole index into its ideation, planning and debugging prompts). With --model, send the planner request CodeScientist builds for IDEA (the whole index and the idea; the answer names codeblocks) and report the names picked, those not in the index (CodeScientist drops them silently) and the cost; the call is recorded (stage agent_preview). An index too large for the model is not sent: the entries a retrieval step would hand the planner are listed instead.</source>
        <translation>Was CodeScientist mit dem heutigen Export anfangen würde: die codeblock_summaries.json, die „export --format codescientist“ für die Bibliotheksauswahl schreiben würde, ihre Größe und wie viel vom Kontextfenster jedes katalogisierten Modells sie belegt (CodeScientist fügt den ganzen Index in seine Prompts für Ideenfindung, Planung und Debugging ein). Mit --model die Planer-Anfrage senden, die CodeScientist für IDEA erstellt (der ganze Index und die Idee; die Antwort nennt Codeblöcke), und die gewählten Namen, die nicht im Index enthaltenen (CodeScientist verwirft sie stillschweigend) sowie die Kosten melden; der Aufruf wird aufgezeichnet (Stufe agent_preview). Ein für das Modell zu großer Index wird nicht gesendet: Stattdessen werden die Einträge aufgelistet, die ein Retrieval-Schritt dem Planer übergeben würde.</translation>
    </message>
    <message>
        <source>The research idea, as text.</source>
        <translation>Die Forschungsidee als Text.</translation>
    </message>
    <message>
        <source>Planner model as PROVIDER/MODEL, e.g. openai/gpt-5-mini.</source>
        <translation>Planer-Modell als PROVIDER/MODEL, z. B. openai/gpt-5-mini.</translation>
    </message>
    <message>
        <source>Server base URL (default: the provider&apos;s environment variable, else its default).</source>
        <translation>Basis-URL des Servers (Standard: die Umgebungsvariable des Anbieters, sonst dessen Standardwert).</translation>
    </message>
    <message>
        <source>Only this campaign&apos;s examples.</source>
        <translation>Nur die Beispiele dieser Kampagne.</translation>
    </message>
    <message>
        <source>Every successful example, judged by a human or not (as export --all).</source>
        <translation>Jedes erfolgreiche Beispiel, ob von einem Menschen bewertet oder nicht (wie export --all).</translation>
    </message>
    <message>
        <source>Send the request even when an identical one was answered before.</source>
        <translation>Die Anfrage auch dann senden, wenn eine identische bereits beantwortet wurde.</translation>
    </message>
    <message>
        <source>codedistiller: --model takes PROVIDER/MODEL, e.g. openai/gpt-5-mini
</source>
        <translation>codedistiller: --model erwartet PROVIDER/MODEL, z. B. openai/gpt-5-mini
</translation>
    </message>
    <message>
        <source>agent-preview needs a research idea.</source>
        <translation>agent-preview benötigt eine Forschungsidee.</translation>
    </message>
    <message>
        <source>excluded: %1
</source>
        <translation>ausgeschlossen: %1
</translation>
    </message>
    <message numerus="yes">
        <source>Codeblock index: %n entries, %1 bytes, about %2 tokens
</source>
        <translation>
            <numerusform>Codeblock-Index: %n Eintrag, %1 Bytes, etwa %2 Tokens
</numerusform>
            <numerusform>Codeblock-Index: %n Einträge, %1 Bytes, etwa %2 Tokens
</numerusform>
        </translation>
    </message>
    <message>
        <source>The selection holds no example (only accepted ones count unless --all is given).
</source>
        <translation>Die Auswahl enthält kein Beispiel (ohne --all zählen nur angenommene).
</translation>
    </message>
    <message>
        <source>Margin for the rest of CodeScientist&apos;s planner prompt: instructions %1 + stock summaries %2 + idea %3 + named codeblocks %4 + answer %5 (reasoning models %6) tokens

</source>
        <translation>Reserve für den Rest des Planer-Prompts von CodeScientist: Anweisungen %1 + Standard-Zusammenfassungen %2 + Idee %3 + genannte Codeblöcke %4 + Antwort %5 (Reasoning-Modelle %6) Tokens

</translation>
    </message>
    <message>
        <source>warning: the index does not fit %1 (%2 tokens).
</source>
        <translation>Warnung: Der Index passt nicht in %1 (%2 Tokens).
</translation>
    </message>
    <message>
        <source>warning: the index leaves %1 less than the margin of %2 tokens.
</source>
        <translation>Warnung: Der Index lässt bei %1 weniger als die Reserve von %2 Tokens übrig.
</translation>
    </message>
    <message>
        <source>Not sent to %1/%2: the index does not fit its window.
</source>
        <translation>Nicht an %1/%2 gesendet: Der Index passt nicht in dessen Kontextfenster.
</translation>
    </message>
    <message>
        <source>A retrieval step (term overlap, top %1) would hand the planner instead (about %2 tokens):
</source>
        <translation>Ein Retrieval-Schritt (Wortüberschneidung, Top %1) würde dem Planer stattdessen Folgendes übergeben (etwa %2 Tokens):
</translation>
    </message>
    <message>
        <source>  (no entry shares a word with the idea)
</source>
        <translation>  (kein Eintrag hat ein Wort mit der Idee gemeinsam)
</translation>
    </message>
    <message>
        <source>Planner %1/%2: the call failed.
</source>
        <translation>Planer %1/%2: Der Aufruf ist fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>Planner %1/%2%3: cost %4, call %5
</source>
        <translation>Planer %1/%2%3: Kosten %4, Aufruf %5
</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (aus dem Cache)</translation>
    </message>
    <message>
        <source>Picked codeblocks: %1
</source>
        <translation>Gewählte Codeblöcke: %1
</translation>
    </message>
    <message>
        <source>  UNKNOWN: %1 (not in the index; CodeScientist drops it)
</source>
        <translation>  UNBEKANNT: %1 (nicht im Index; CodeScientist verwirft ihn)
</translation>
    </message>
    <message>
        <source>  UNKNOWN: %1 (not in the index; CodeScientist drops it; did it mean &apos;%2&apos;?)
</source>
        <translation>  UNBEKANNT: %1 (nicht im Index; CodeScientist verwirft ihn; gemeint war vielleicht „%2“?)
</translation>
    </message>
    <message>
        <source>
Experiment prompt:
%1
</source>
        <translation>
Experiment-Prompt:
%1
</translation>
    </message>
    <message>
        <source>codedistiller: agent-preview: %1 The answer is kept as call %2 (&apos;codedistiller llm calls&apos;).
</source>
        <translation>codedistiller: agent-preview: %1 Die Antwort ist als Aufruf %2 gespeichert („codedistiller llm calls“).
</translation>
    </message>
</context>
<context>
    <name>wb::cli::BlindNote</name>
    <message>
        <source>Blind review is on: %1 hidden (the judge&apos;s verdict, the others&apos; judgements and the model). Say who you are with --annotator NAME to see the examples you have judged.
</source>
        <translation>Blindmodus ist aktiv; ausgeblendet: %1 (das Urteil des LLM-Richters, die Bewertungen der anderen und das Modell). Geben Sie mit --annotator NAME an, wer Sie sind, um die von Ihnen beurteilten Beispiele zu sehen.
</translation>
    </message>
    <message>
        <source>Blind review is on: %1 hidden (the judge&apos;s verdict, the others&apos; judgements and the model) until %2 has judged them (&apos;codedistiller judge EXAMPLE --annotator %2 ...&apos;).
</source>
        <translation>Blindmodus ist aktiv; ausgeblendet: %1 (das Urteil des LLM-Richters, die Bewertungen der anderen und das Modell), bis %2 die Beispiele beurteilt hat („codedistiller judge EXAMPLE --annotator %2 ...“).
</translation>
    </message>
</context>
<context>
    <name>wb::cli::CliApplication</name>
    <message>
        <source>codedistiller: %1 needs a path
</source>
        <translation>codedistiller: %1 benötigt einen Pfad
</translation>
    </message>
    <message>
        <source>codedistiller: unknown option &apos;%1&apos;
</source>
        <translation>codedistiller: Unbekannte Option „%1“
</translation>
    </message>
    <message>
        <source>codedistiller: unexpected error: %1
</source>
        <translation>codedistiller: Unerwarteter Fehler: %1
</translation>
    </message>
    <message>
        <source>codedistiller: unknown command &apos;%1&apos;

</source>
        <translation>codedistiller: Unbekannter Befehl „%1“

</translation>
    </message>
    <message>
        <source>Create a workspace (or open an existing one and migrate it to the current schema).</source>
        <translation>Einen Arbeitsbereich anlegen (oder einen vorhandenen öffnen und auf das aktuelle Schema migrieren).</translation>
    </message>
    <message>
        <source>Workspace file or folder (default: the --workspace path).</source>
        <translation>Arbeitsbereichsdatei oder -ordner (Standard: der Pfad von --workspace).</translation>
    </message>
    <message>
        <source>Workspace %1 (schema %2), clones in %3
</source>
        <translation>Arbeitsbereich %1 (Schema %2), Klone in %3
</translation>
    </message>
    <message>
        <source>Clone (or fetch) repositories into the workspace and take their file inventories.</source>
        <translation>Repositorys in den Arbeitsbereich klonen (oder abrufen) und ihre Dateiinventare erstellen.</translation>
    </message>
    <message>
        <source>https/ssh/git/file URL, local path, owner/name, or a list file (one source per line, or CodeDistiller batch JSON).</source>
        <translation>https/ssh/git/file-URL, lokaler Pfad, owner/name oder eine Listendatei (eine Quelle pro Zeile oder CodeDistiller-Batch-JSON).</translation>
    </message>
    <message>
        <source>codedistiller: interrupted; nothing half-written was kept
</source>
        <translation>codedistiller: Unterbrochen; nichts halb Geschriebenes wurde behalten
</translation>
    </message>
    <message>
        <source>List the repositories of the workspace.</source>
        <translation>Die Repositorys des Arbeitsbereichs auflisten.</translation>
    </message>
    <message>
        <source>Show a repository&apos;s file inventory, most relevant first.</source>
        <translation>Das Dateiinventar eines Repositorys anzeigen, die relevantesten Dateien zuerst.</translation>
    </message>
    <message>
        <source>Repository id, name (owner/name) or URL.</source>
        <translation>Repository-ID, Name (owner/name) oder URL.</translation>
    </message>
    <message>
        <source>Only files of this category (code, docs, script, notebook, data, other).</source>
        <translation>Nur Dateien dieser Kategorie (code, docs, script, notebook, data, other).</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Only files with a prior of at least N.</source>
        <translation>Nur Dateien mit einem Prior von mindestens N.</translation>
    </message>
    <message>
        <source>codedistiller: unknown category &apos;%1&apos; (one of: %2)
</source>
        <translation>codedistiller: Unbekannte Kategorie „%1“ (eine von: %2)
</translation>
    </message>
    <message>
        <source>codedistiller: --min-prior takes a number from 1 to 5
</source>
        <translation>codedistiller: --min-prior erwartet eine Zahl von 1 bis 5
</translation>
    </message>
    <message>
        <source>Usage: codedistiller [--workspace PATH|URI] [--json] COMMAND [options]

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
  fix EXAMPLE        an expert fix: --from DIR --annotator NAME stores the files as a human round and runs it
                     (--judge, --no-run, --run-only)
  demo               add the sample repository and run the demo campaign from recorded responses
  judge EXAMPLE      record your judgement (--annotator, --ran, --shows-function, --correct, --decision)
  agreement          Cohen&apos;s/Fleiss&apos; kappa and Krippendorff&apos;s alpha: judge vs annotators, annotators
  annotate EXAMPLE   comment on a line (--round N --file main.py|requirements.txt|run.sh|metadata.json|log
                     --line N --text TEXT --annotator NAME)
  annotations EXAMPLE  an example&apos;s line comments
  adjudicate [EXAMPLE]  the disagreements to adjudicate (--campaign); with EXAMPLE record a gold value
                     (--criterion C --value V --reason TEXT --adjudicator NAME)
  report             the paper&apos;s Table 1 per campaign and the error classes (--format md|csv|json,
                     --error-classes)
  error-class EXAMPLE  correct the judge&apos;s error class of a round (--round N --class C --annotator NAME
                     [--reason TEXT]; --history)
  matrix             repositories × campaigns: judge&apos;s verdict, human decision, disagreements
                     (--campaign NAME ..., --disagreements, --annotator NAME for blind mode)
  pairwise-summary   blind A/B comparisons: wins, ties, losses and win rate per campaign pair
  search QUERY...    ranked full-text search of the examples (--limit N, --accepted-only, --rebuild);
                     search --coverage: repositories without an accepted example, vague summaries, duplicates
  export             the vetted library: --format codescientist|folders|jsonl|git --out DIR [--verify]
  verify-export DIR  re-run an exported library&apos;s folders and record whether they still run
  import-codedistiller DIR...  runs of the original CodeDistiller (current_state.json folders)
  agent-preview IDEA what CodeScientist would do with today&apos;s export: the index&apos;s size, its fit per model;
                     with --model PROVIDER/MODEL the codeblocks its planner picks for IDEA
  workspace info|copy|verify|password|bundle|merge-reviews
                     where the workspace lives; copy it between SQLite and PostgreSQL (--to PATH|URI),
                     compare two workspaces, save a PostgreSQL password in the secret store; a review
                     bundle for a colleague (bundle --to FILE.cdw) and their reviews back (merge-reviews)
  slurm settings|set|unset|check|jobs
                     the team&apos;s Slurm settings (partition, account, modules, shared folder...), whether
                     Slurm answers, the rounds running as Slurm jobs
  protocol list|show NAME|diff A B
                     the distillation protocols (prompts, model settings, limits) and how they differ
  llm ping|calls|models|export-cassette
                     talk to a model once, list recorded calls, show the price catalogue

Global options:
  -w, --workspace PATH   workspace file, or a team workspace in PostgreSQL:
                         postgresql://user@host:port/database[?sslmode=verify-full&amp;sslrootcert=FILE]
                         (default: $CODEDISTILLER_WORKSPACE, else %1)
  --json                 machine-readable JSON on stdout
  -h, --help             this help; &apos;codedistiller COMMAND --help&apos; for a command
  -v, --version          the version

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Aufruf: codedistiller [--workspace PATH|URI] [--json] COMMAND [Optionen]

Lauffähige Beispiele aus wissenschaftlichen Repositorys destillieren, ohne grafische Oberfläche.

Befehle:
  init [PATH]        einen Arbeitsbereich anlegen oder öffnen und auf das aktuelle Schema migrieren
  add SOURCE...      Repositorys klonen oder abrufen und ihre Dateiinventare erstellen
                     (URLs, lokale Pfade, owner/name, Listendateien: Text oder Batch-JSON)
  repos              die Repositorys des Arbeitsbereichs auflisten
  files REPO         das Dateiinventar eines Repositorys, die relevantesten Dateien zuerst
  run [REPO...]      Beispiele destillieren: eine Kampagne über Repositorys (--provider, --model; --resume NAME)
  status             Kampagnen und der Zustand ihrer Beispiele
  show EXAMPLE       Runden, Urteile, Protokolle und Artefakte eines Beispiels
  cancel TARGET      eine Kampagne (Name) oder ein Beispiel (ID) abbrechen, auch während der Ausführung anderswo
  fix EXAMPLE        eine Expertenkorrektur: --from DIR --annotator NAME speichert die Dateien als menschliche Runde und führt sie aus
                     (--judge, --no-run, --run-only)
  demo               das Demo-Repository hinzufügen und die Demo-Kampagne aus aufgezeichneten Antworten ausführen
  judge EXAMPLE      Ihre Bewertung erfassen (--annotator, --ran, --shows-function, --correct, --decision)
  agreement          Cohens/Fleiss&apos; Kappa und Krippendorffs Alpha: LLM-Richter vs. Annotatoren, Annotatoren untereinander
  annotate EXAMPLE   eine Zeile kommentieren (--round N --file main.py|requirements.txt|run.sh|metadata.json|log
                     --line N --text TEXT --annotator NAME)
  annotations EXAMPLE  die Zeilenkommentare eines Beispiels
  adjudicate [EXAMPLE]  die zu schlichtenden Uneinigkeiten (--campaign); mit EXAMPLE einen Goldwert erfassen
                     (--criterion C --value V --reason TEXT --adjudicator NAME)
  report             Tabelle 1 der Publikation pro Kampagne und die Fehlerklassen (--format md|csv|json,
                     --error-classes)
  error-class EXAMPLE  die Fehlerklasse des LLM-Richters für eine Runde korrigieren (--round N --class C --annotator NAME
                     [--reason TEXT]; --history)
  matrix             Repositorys × Kampagnen: Urteil des LLM-Richters, menschliche Entscheidung, Uneinigkeiten
                     (--campaign NAME ..., --disagreements, --annotator NAME für den Blindmodus)
  pairwise-summary   blinde A/B-Vergleiche: Siege, Unentschieden, Niederlagen und Siegquote pro Kampagnenpaar
  search QUERY...    gerankte Volltextsuche in den Beispielen (--limit N, --accepted-only, --rebuild);
                     search --coverage: Repositorys ohne angenommenes Beispiel, vage Zusammenfassungen, Duplikate
  export             die geprüfte Bibliothek: --format codescientist|folders|jsonl|git --out DIR [--verify]
  verify-export DIR  die Ordner einer exportierten Bibliothek erneut ausführen und erfassen, ob sie noch laufen
  import-codedistiller DIR...  Läufe des ursprünglichen CodeDistiller (Ordner mit current_state.json)
  agent-preview IDEA was CodeScientist mit dem heutigen Export anfangen würde: Größe des Index, Passung je Modell;
                     mit --model PROVIDER/MODEL die Codeblöcke, die sein Planer für IDEA wählt
  workspace info|copy|verify|password|bundle|merge-reviews
                     wo der Arbeitsbereich liegt; ihn zwischen SQLite und PostgreSQL kopieren (--to PATH|URI),
                     zwei Arbeitsbereiche vergleichen, ein PostgreSQL-Passwort im Schlüsselbund speichern; ein Prüfpaket
                     für einen Kollegen (bundle --to FILE.cdw) und seine Prüfungen zurückholen (merge-reviews)
  slurm settings|set|unset|check|jobs
                     die Slurm-Einstellungen des Teams (Partition, Account, Module, gemeinsamer Ordner ...), ob
                     Slurm antwortet, die als Slurm-Jobs laufenden Runden
  protocol list|show NAME|diff A B
                     die Destillationsprotokolle (Prompts, Modelleinstellungen, Grenzen) und wie sie sich unterscheiden
  llm ping|calls|models|export-cassette
                     einmal ein Modell ansprechen, aufgezeichnete Aufrufe auflisten, den Preiskatalog anzeigen

Globale Optionen:
  -w, --workspace PATH   Arbeitsbereichsdatei oder ein Team-Arbeitsbereich in PostgreSQL:
                         postgresql://user@host:port/database[?sslmode=verify-full&amp;sslrootcert=FILE]
                         (Standard: $CODEDISTILLER_WORKSPACE, sonst %1)
  --json                 maschinenlesbares JSON auf stdout
  -h, --help             diese Hilfe; „codedistiller COMMAND --help“ für einen Befehl
  -v, --version          die Version

Exit-Status: 0 Erfolg, 1 Fehlschlag, 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>wb::cli::CommandGroup</name>
    <message>
        <source>codedistiller: unknown %1 command &apos;%2&apos;
</source>
        <translation>codedistiller: Unbekannter %1-Befehl „%2“
</translation>
    </message>
</context>
<context>
    <name>wb::cli::CommandParser</name>
    <message>
        <source>Workspace file (default: $CODEDISTILLER_WORKSPACE, else %1).</source>
        <translation>Arbeitsbereichsdatei (Standard: $CODEDISTILLER_WORKSPACE, sonst %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Machine-readable JSON on stdout.</source>
        <translation>Maschinenlesbares JSON auf stdout.</translation>
    </message>
    <message>
        <source>codedistiller: wrong number of arguments

</source>
        <translation>codedistiller: Falsche Anzahl von Argumenten

</translation>
    </message>
    <message>
        <source>codedistiller: note: the workspace %1 is open read-only (%2); commands that change it will fail.
</source>
        <translation>codedistiller: Hinweis: Der Arbeitsbereich %1 ist schreibgeschützt geöffnet (%2); Befehle, die ihn ändern, schlagen fehl.
</translation>
    </message>
</context>
<context>
    <name>wb::cli::ComparisonCommands</name>
    <message>
        <source>The repository × campaign matrix: per repository and campaign the example, its status, rounds and cost, the LLM judge&apos;s verdict, the human decision (majority, or the gold decision) and whether they disagree. In blind mode, verdicts and decisions show only for examples the --annotator has judged, and no model names.</source>
        <translation>Die Matrix Repository × Kampagne: pro Repository und Kampagne das Beispiel, sein Status, Runden und Kosten, das Urteil des LLM-Richters, die menschliche Entscheidung (Mehrheit oder Goldentscheidung) und ob beide uneinig sind. Im Blindmodus erscheinen Urteile und Entscheidungen nur für Beispiele, die der --annotator beurteilt hat, und keine Modellnamen.</translation>
    </message>
    <message>
        <source>Only this campaign (repeatable; default: all).</source>
        <translation>Nur diese Kampagne (mehrfach angebbar; Standard: alle).</translation>
    </message>
    <message>
        <source>Whose view in blind mode.</source>
        <translation>Wessen Ansicht im Blindmodus.</translation>
    </message>
    <message>
        <source>Only repositories where judge and humans disagree.</source>
        <translation>Nur Repositorys, bei denen LLM-Richter und Menschen uneinig sind.</translation>
    </message>
    <message>
        <source>No disagreements between the judge and the humans.
</source>
        <translation>Keine Uneinigkeiten zwischen dem LLM-Richter und den Menschen.
</translation>
    </message>
    <message>
        <source>No examples yet; run a campaign with &apos;codedistiller run&apos;.
</source>
        <translation>Noch keine Beispiele; führen Sie mit „codedistiller run“ eine Kampagne aus.
</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source> Blind mode: ◌ hidden until you have judged the example; model names hidden.</source>
        <translation> Blindmodus: ◌ ausgeblendet, bis Sie das Beispiel beurteilt haben; Modellnamen ausgeblendet.</translation>
    </message>
    <message>
        <source>The blind A/B comparisons per campaign pair and criterion (accuracy, completeness, soundness): wins, ties and losses of the first campaign, and its win rate (wins ÷ comparisons).</source>
        <translation>Die blinden A/B-Vergleiche pro Kampagnenpaar und Kriterium (Richtigkeit, Vollständigkeit, Fundiertheit): Siege, Unentschieden und Niederlagen der ersten Kampagne sowie ihre Siegquote (Siege ÷ Vergleiche).</translation>
    </message>
    <message>
        <source>No blind comparisons yet; make some in the workbench&apos;s Comparison tab (Blind A/B).
</source>
        <translation>Noch keine Blindvergleiche; führen Sie welche im Reiter „Vergleich“ der Workbench durch (Blind A/B).
</translation>
    </message>
    <message>
        <source>CAMPAIGN A</source>
        <translation>KAMPAGNE A</translation>
    </message>
    <message>
        <source>CAMPAIGN B</source>
        <translation>KAMPAGNE B</translation>
    </message>
    <message>
        <source>CRITERION</source>
        <translation>KRITERIUM</translation>
    </message>
    <message>
        <source>WINS</source>
        <translation>SIEGE</translation>
    </message>
    <message>
        <source>TIES</source>
        <translation>UNENTSCHIEDEN</translation>
    </message>
    <message>
        <source>LOSSES</source>
        <translation>NIEDERLAGEN</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>WIN RATE</source>
        <translation>SIEGQUOTE</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message numerus="yes">
        <source>
%n disagreement(s). Cell: example, status, rounds, cost; judge ✓ finished, ✗ not finished, · not judged; human decision (* gold, split: no majority); ≠ judge and humans disagree; cost ≥ $x: some calls have no price, —: none has.</source>
        <translation>
            <numerusform>
%n Uneinigkeit. Zelle: Beispiel, Status, Runden, Kosten; LLM-Richter ✓ abgeschlossen, ✗ nicht abgeschlossen, · nicht beurteilt; menschliche Entscheidung (* Gold, split: keine Mehrheit); ≠ LLM-Richter und Menschen uneinig; Kosten ≥ $x: einige Aufrufe ohne Preis, —: kein Aufruf mit Preis.</numerusform>
            <numerusform>
%n Uneinigkeiten. Zelle: Beispiel, Status, Runden, Kosten; LLM-Richter ✓ abgeschlossen, ✗ nicht abgeschlossen, · nicht beurteilt; menschliche Entscheidung (* Gold, split: keine Mehrheit); ≠ LLM-Richter und Menschen uneinig; Kosten ≥ $x: einige Aufrufe ohne Preis, —: kein Aufruf mit Preis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::cli::ExchangeCommands</name>
    <message>
        <source>codescientist, folders, jsonl or git.</source>
        <translation>codescientist, folders, jsonl oder git.</translation>
    </message>
    <message>
        <source>Output folder (for codescientist: a CodeScientist checkout or any folder).</source>
        <translation>Ausgabeordner (für codescientist: ein CodeScientist-Checkout oder ein beliebiger Ordner).</translation>
    </message>
    <message>
        <source>Every successful example, judged by a human or not.</source>
        <translation>Jedes erfolgreiche Beispiel, ob von einem Menschen bewertet oder nicht.</translation>
    </message>
    <message>
        <source>Only accepted examples (the default).</source>
        <translation>Nur angenommene Beispiele (Standard).</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Nur diese Kampagne.</translation>
    </message>
    <message>
        <source>Let this licence (SPDX id, or &apos;unknown&apos;) through the gate; repeatable.</source>
        <translation>Diese Lizenz (SPDX-ID oder „unknown“) durch den Lizenzfilter lassen; mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Why the licence gate is overridden (recorded with each example).</source>
        <translation>Warum der Lizenzfilter übergangen wird (wird mit jedem Beispiel erfasst).</translation>
    </message>
    <message>
        <source>export needs --format codescientist|folders|jsonl|git and --out DIR.</source>
        <translation>export benötigt --format codescientist|folders|jsonl|git und --out DIR.</translation>
    </message>
    <message>
        <source>--all and --accepted-only contradict each other.</source>
        <translation>--all und --accepted-only schließen einander aus.</translation>
    </message>
    <message>
        <source>excluded: %1
</source>
        <translation>ausgeschlossen: %1
</translation>
    </message>
    <message>
        <source>%1 examples exported to %2 (%3); %4 excluded
</source>
        <translation>%1 Beispiele nach %2 exportiert (%3); %4 ausgeschlossen
</translation>
    </message>
    <message>
        <source>Run folders or output folders.</source>
        <translation>Laufordner oder Ausgabeordner.</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>Problem: %1
</translation>
    </message>
    <message>
        <source>Export the vetted library: by default the examples an annotator accepted (and none rejected) whose final round the judge found finished, from repositories with a permissive licence.
The output folder must be empty or new (for codescientist: its codeblocks/codedistiller/); --force replaces the files the export writes there and keeps every other file. The git format creates its own repository and never writes into one it did not create, nor into a folder inside a repository. API keys the workbench knows are removed from everything written.</source>
        <translation>Die geprüfte Bibliothek exportieren: standardmäßig die Beispiele, die ein Annotator angenommen (und keiner abgelehnt) hat und deren letzte Runde der LLM-Richter als abgeschlossen bewertet hat, aus Repositorys mit freizügiger Lizenz.
Der Ausgabeordner muss leer oder neu sein (bei codescientist: dessen codeblocks/codedistiller/); --force ersetzt die Dateien, die der Export dort schreibt, und behält alle anderen Dateien. Das Format git legt ein eigenes Repository an und schreibt nie in eines, das es nicht angelegt hat, und auch nicht in einen Ordner innerhalb eines Repositorys. Der Workbench bekannte API-Schlüssel werden aus allem Geschriebenen entfernt.</translation>
    </message>
    <message>
        <source>Export into a folder that is not empty, replacing the files the export writes (other files are kept).</source>
        <translation>In einen nicht leeren Ordner exportieren und dabei die Dateien ersetzen, die der Export schreibt (andere Dateien bleiben erhalten).</translation>
    </message>
    <message>
        <source>Import runs of the original CodeDistiller: run folders (with current_state.json) or the folders that hold them. Importing twice changes nothing; broken folders are reported.
Run folders are read as untrusted: a DIR named here is followed if it is a symbolic link (you chose it), but nothing below it may be one. Links, FIFOs, devices, files over the size limits and paths in current_state.json that lead outside the run folder (path_out with &apos;..&apos;) are refused and listed; the rest is imported.</source>
        <translation>Läufe des ursprünglichen CodeDistiller importieren: Laufordner (mit current_state.json) oder die Ordner, die sie enthalten. Ein zweiter Import ändert nichts; fehlerhafte Ordner werden gemeldet.
Laufordner werden als nicht vertrauenswürdig gelesen: Ein hier angegebenes DIR wird auch dann verfolgt, wenn es eine symbolische Verknüpfung ist (Sie haben es gewählt), darunter darf aber keine liegen. Verknüpfungen, FIFOs, Geräte, Dateien über den Größengrenzen und Pfade in current_state.json, die aus dem Laufordner hinausführen (path_out mit „..“), werden abgelehnt und aufgelistet; der Rest wird importiert.</translation>
    </message>
    <message>
        <source>refused: %1
</source>
        <translation>abgelehnt: %1
</translation>
    </message>
    <message>
        <source>%1 runs imported, %2 already there, %3 problems, %4 files refused
</source>
        <translation>%1 Läufe importiert, %2 bereits vorhanden, %3 Probleme, %4 Dateien abgelehnt
</translation>
    </message>
    <message>
        <source>Afterwards re-run every exported folder from a clean copy (folders and git formats) and record the result in manifest.jsonl and provenance.json.</source>
        <translation>Anschließend jeden exportierten Ordner aus einer sauberen Kopie erneut ausführen (Formate folders und git) und das Ergebnis in manifest.jsonl und provenance.json erfassen.</translation>
    </message>
    <message>
        <source>With --verify: run through this executor (default: each campaign&apos;s).</source>
        <translation>Mit --verify: über diese Ausführungsumgebung ausführen (Standard: die der jeweiligen Kampagne).</translation>
    </message>
    <message>
        <source>With --verify: minutes per example (default: the campaign&apos;s limit).</source>
        <translation>Mit --verify: Minuten pro Beispiel (Standard: das Limit der Kampagne).</translation>
    </message>
    <message>
        <source>--verify needs --format folders or git (the formats that write runnable folders).</source>
        <translation>--verify benötigt --format folders oder git (die Formate, die lauffähige Ordner schreiben).</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of minutes, not &apos;%1&apos;.</source>
        <translation>--timeout erwartet eine positive Anzahl von Minuten, nicht „%1“.</translation>
    </message>
    <message>
        <source>verifying %1/%2: %3
</source>
        <translation>Prüfung %1/%2: %3
</translation>
    </message>
    <message numerus="yes">
        <source>, produced the expected output (%n file(s))</source>
        <translation>
            <numerusform>, erwartete Ausgabe erzeugt (%n Datei)</numerusform>
            <numerusform>, erwartete Ausgabe erzeugt (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>, did not produce %1</source>
        <translation>, %1 nicht erzeugt</translation>
    </message>
    <message>
        <source>%1 of %2 examples ran and produced their expected output
</source>
        <translation>%1 von %2 Beispielen liefen und erzeugten ihre erwartete Ausgabe
</translation>
    </message>
    <message>
        <source>Re-run every example folder of an export (folders or git format) from a clean copy, through an executor, with the repository at its pinned commit from this workspace; report per example whether main.py ran and produced the files of expected_output/ again, and record it in manifest.jsonl and provenance.json. Exit status 1 when any example failed.</source>
        <translation>Jeden Beispielordner eines Exports (Format folders oder git) aus einer sauberen Kopie über eine Ausführungsumgebung erneut ausführen, mit dem Repository am festgelegten Commit aus diesem Arbeitsbereich; pro Beispiel melden, ob main.py lief und die Dateien aus expected_output/ erneut erzeugt hat, und dies in manifest.jsonl und provenance.json erfassen. Exit-Status 1, wenn ein Beispiel fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The export folder.</source>
        <translation>Der Exportordner.</translation>
    </message>
    <message>
        <source>Run through this executor (default: each campaign&apos;s).</source>
        <translation>Über diese Ausführungsumgebung ausführen (Standard: die der jeweiligen Kampagne).</translation>
    </message>
    <message>
        <source>Minutes per example (default: the campaign&apos;s limit).</source>
        <translation>Minuten pro Beispiel (Standard: das Limit der Kampagne).</translation>
    </message>
</context>
<context>
    <name>wb::cli::LlmCommands</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Usage: codedistiller llm ping|calls|models|export-cassette [options]  (--help on each)
</source>
        <translation>Aufruf: codedistiller llm ping|calls|models|export-cassette [Optionen]  (jeweils mit --help)
</translation>
    </message>
    <message>
        <source>Send one tiny request to a model and report latency, tokens and cost.</source>
        <translation>Eine kleine Anfrage an ein Modell senden und Latenz, Tokens und Kosten melden.</translation>
    </message>
    <message>
        <source>Provider profile: %1.</source>
        <translation>Anbieterprofil: %1.</translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation>Modell-ID.</translation>
    </message>
    <message>
        <source>Server base URL (default: the provider&apos;s environment variable, else its default).</source>
        <translation>Basis-URL des Servers (Standard: die Umgebungsvariable des Anbieters, sonst dessen Standardwert).</translation>
    </message>
    <message>
        <source>Token cap of the answer (default 256).</source>
        <translation>Token-Obergrenze der Antwort (Standard 256).</translation>
    </message>
    <message>
        <source>Retries on transient errors (default 2).</source>
        <translation>Wiederholungen bei vorübergehenden Fehlern (Standard 2).</translation>
    </message>
    <message>
        <source>Seconds per attempt (default 60).</source>
        <translation>Sekunden pro Versuch (Standard 60).</translation>
    </message>
    <message>
        <source>Answer only from recorded responses; never use the network.</source>
        <translation>Nur aus aufgezeichneten Antworten antworten; nie das Netzwerk verwenden.</translation>
    </message>
    <message>
        <source>Recorded responses to answer from (JSON Lines).</source>
        <translation>Aufgezeichnete Antworten, aus denen geantwortet wird (JSON Lines).</translation>
    </message>
    <message>
        <source>Send the request even when an identical one was answered before.</source>
        <translation>Die Anfrage auch dann senden, wenn eine identische bereits beantwortet wurde.</translation>
    </message>
    <message>
        <source>codedistiller: llm ping needs --provider and --model

</source>
        <translation>codedistiller: llm ping benötigt --provider und --model

</translation>
    </message>
    <message>
        <source>codedistiller: --max-tokens, --max-retries and --timeout take positive numbers
</source>
        <translation>codedistiller: --max-tokens, --max-retries und --timeout erwarten positive Zahlen
</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; in %4 ms%5, tokens in %6 (cached %7) out %8 (reasoning %9), cost %10
</source>
        <translation>%1 %2: „%3“ in %4 ms%5, Tokens ein %6 (zwischengespeichert %7), aus %8 (Reasoning %9), Kosten %10
</translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (aus dem Cache)</translation>
    </message>
    <message>
        <source>List the recorded model calls, newest first.</source>
        <translation>Die aufgezeichneten Modellaufrufe auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>At most N calls (default 50; 0: all).</source>
        <translation>Höchstens N Aufrufe (Standard 50; 0: alle).</translation>
    </message>
    <message>
        <source>codedistiller: --limit takes a number
</source>
        <translation>codedistiller: --limit erwartet eine Zahl
</translation>
    </message>
    <message>
        <source>
USD per 1M tokens, as of %1 (%2). Override or extend with %3.
</source>
        <translation>
USD pro 1 Mio. Tokens, Stand %1 (%2). Mit %3 überschreiben oder erweitern.
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>warning: the price catalogue is more than 90 days old; check current prices.
</source>
        <translation>Warnung: Der Preiskatalog ist älter als 90 Tage; prüfen Sie die aktuellen Preise.
</translation>
    </message>
    <message>
        <source>Write every successful recorded call to a cassette file for offline replay.</source>
        <translation>Alle erfolgreichen aufgezeichneten Aufrufe zur Offline-Wiedergabe in eine Kassettendatei schreiben.</translation>
    </message>
    <message>
        <source>Cassette to write (JSON Lines).</source>
        <translation>Zu schreibende Kassette (JSON Lines).</translation>
    </message>
    <message>
        <source>%1 recorded responses written to %2
</source>
        <translation>%1 aufgezeichnete Antworten nach %2 geschrieben
</translation>
    </message>
    <message>
        <source>Show the model catalogue: USD per 1M tokens, batch factor, retirement dates, and how each model is driven (reasoning or not, context window).</source>
        <translation>Den Modellkatalog anzeigen: USD pro 1 Mio. Tokens, Batch-Faktor, Abschaltdaten und wie jedes Modell angesteuert wird (mit oder ohne Reasoning, Kontextfenster).</translation>
    </message>
</context>
<context>
    <name>wb::cli::PipelineCommands</name>
    <message>
        <source>Distil examples: run a campaign over repositories of the workspace (all when none is named).</source>
        <translation>Beispiele destillieren: eine Kampagne über Repositorys des Arbeitsbereichs ausführen (über alle, wenn keines angegeben ist).</translation>
    </message>
    <message>
        <source>Repository ids or names; none: every repository.</source>
        <translation>Repository-IDs oder -Namen; keine Angabe: alle Repositorys.</translation>
    </message>
    <message>
        <source>Name of the new campaign (default: campaign-&lt;time&gt;).</source>
        <translation>Name der neuen Kampagne (Standard: campaign-&lt;time&gt;).</translation>
    </message>
    <message>
        <source>Continue the campaign NAME where it stopped.</source>
        <translation>Die Kampagne NAME dort fortsetzen, wo sie angehalten wurde.</translation>
    </message>
    <message>
        <source>Provider of the models (%1).</source>
        <translation>Anbieter der Modelle (%1).</translation>
    </message>
    <message>
        <source>Server base URL.</source>
        <translation>Basis-URL des Servers.</translation>
    </message>
    <message>
        <source>Model for summary, generation and repair.</source>
        <translation>Modell für Zusammenfassung, Generierung und Reparatur.</translation>
    </message>
    <message>
        <source>Model for file classification (default: --model).</source>
        <translation>Modell für die Dateiklassifizierung (Standard: --model).</translation>
    </message>
    <message>
        <source>Model for the judge (default: --model).</source>
        <translation>Modell für den LLM-Richter (Standard: --model).</translation>
    </message>
    <message>
        <source>Examples in parallel (default 4).</source>
        <translation>Parallel bearbeitete Beispiele (Standard 4).</translation>
    </message>
    <message>
        <source>Python interpreter of the rounds (default /usr/bin/python3).</source>
        <translation>Python-Interpreter der Runden (Standard /usr/bin/python3).</translation>
    </message>
    <message>
        <source>Give rounds network access (bwrap: shares the host network).</source>
        <translation>Runden Netzwerkzugriff geben (bwrap: teilt das Netzwerk des Hosts).</translation>
    </message>
    <message>
        <source>Files classified per repository at most (default 40).</source>
        <translation>Höchstzahl klassifizierter Dateien pro Repository (Standard 40).</translation>
    </message>
    <message>
        <source>Answer model calls only from recorded responses.</source>
        <translation>Modellaufrufe nur aus aufgezeichneten Antworten beantworten.</translation>
    </message>
    <message>
        <source>Recorded responses (JSON Lines) to answer from.</source>
        <translation>Aufgezeichnete Antworten (JSON Lines), aus denen geantwortet wird.</translation>
    </message>
    <message>
        <source>No campaign named &apos;%1&apos; (see &apos;codedistiller status&apos;).</source>
        <translation>Keine Kampagne mit dem Namen „%1“ (siehe „codedistiller status“).</translation>
    </message>
    <message>
        <source>codedistiller: run needs --provider and --model (or --resume NAME)

</source>
        <translation>codedistiller: run benötigt --provider und --model (oder --resume NAME)

</translation>
    </message>
    <message>
        <source>codedistiller: --max-rounds, --concurrency, --round-timeout, --classify-files and --budget take positive numbers
</source>
        <translation>codedistiller: --max-rounds, --concurrency, --round-timeout, --classify-files und --budget erwarten positive Zahlen
</translation>
    </message>
    <message>
        <source>campaign %1: %2 repositories
</source>
        <translation>Kampagne %1: %2 Repositorys
</translation>
    </message>
    <message>
        <source>
codedistiller: cancelling (press Ctrl+C again to quit at once)
</source>
        <translation>
codedistiller: Wird abgebrochen (drücken Sie erneut Strg+C, um sofort zu beenden)
</translation>
    </message>
    <message>
        <source>Interrupted by the user.</source>
        <translation>Vom Benutzer unterbrochen.</translation>
    </message>
    <message>
        <source> (budget reached)</source>
        <translation> (Budget erreicht)</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Nur diese Kampagne.</translation>
    </message>
    <message>
        <source>No campaign named &apos;%1&apos;.</source>
        <translation>Keine Kampagne mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Example id (see &apos;codedistiller status&apos;).</source>
        <translation>Beispiel-ID (siehe „codedistiller status“).</translation>
    </message>
    <message>
        <source>Only this round, with its files and full log.</source>
        <translation>Nur diese Runde, mit ihren Dateien und dem vollständigen Protokoll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an example id.</source>
        <translation>„%1“ ist keine Beispiel-ID.</translation>
    </message>
    <message>
        <source>No example %1.</source>
        <translation>Kein Beispiel %1.</translation>
    </message>
    <message>
        <source>  round %1 (%2): %3, exit %4, %5 s, verdict: %6%7
</source>
        <translation>  Runde %1 (%2): %3, Exit-Code %4, %5 s, Urteil: %6%7
</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Cancel a campaign (by name) or one example (by id), also while another process runs it.</source>
        <translation>Eine Kampagne (nach Name) oder ein Beispiel (nach ID) abbrechen, auch während ein anderer Prozess sie ausführt.</translation>
    </message>
    <message>
        <source>Campaign name or example id.</source>
        <translation>Kampagnenname oder Beispiel-ID.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>campaign %1 cancelled
</source>
        <translation>Kampagne %1 abgebrochen
</translation>
    </message>
    <message>
        <source>example %1 cancelled
</source>
        <translation>Beispiel %1 abgebrochen
</translation>
    </message>
    <message>
        <source>No campaign or example &apos;%1&apos;.</source>
        <translation>Keine Kampagne und kein Beispiel „%1“.</translation>
    </message>
    <message>
        <source>Run the demo: add the sample repository crystaltoolkit and distil an example of it from recorded model responses, with the local executor. No network or key is needed.</source>
        <translation>Die Demo ausführen: das Demo-Repository crystaltoolkit hinzufügen und mit der lokalen Ausführungsumgebung aus aufgezeichneten Modellantworten ein Beispiel daraus destillieren. Weder Netzwerk noch API-Schlüssel sind nötig.</translation>
    </message>
    <message>
        <source>demo: %1 at %2 (%3 files)
</source>
        <translation>Demo: %1 bei Commit %2 (%3 Dateien)
</translation>
    </message>
    <message>
        <source>An expert fix: the files in DIR (main.py, run.sh, metadata.json and, optionally, requirements.txt) become EXAMPLE&apos;s next round, authored by a human, which then runs through the campaign&apos;s executor. The example&apos;s pipeline outcome stays as it was.</source>
        <translation>Eine Expertenkorrektur: Die Dateien in DIR (main.py, run.sh, metadata.json und optional requirements.txt) werden zur nächsten, von einem Menschen verfassten Runde von EXAMPLE, die anschließend mit der Ausführungsumgebung der Kampagne ausgeführt wird. Das Pipeline-Ergebnis des Beispiels bleibt unverändert.</translation>
    </message>
    <message>
        <source>Folder with the edited files.</source>
        <translation>Ordner mit den bearbeiteten Dateien.</translation>
    </message>
    <message>
        <source>Your name.</source>
        <translation>Ihr Name.</translation>
    </message>
    <message>
        <source>What the fix changes (kept with the round).</source>
        <translation>Was die Korrektur ändert (wird mit der Runde gespeichert).</translation>
    </message>
    <message>
        <source>Also ask the campaign&apos;s judge for a verdict on the round.</source>
        <translation>Zusätzlich den LLM-Richter der Kampagne um ein Urteil über die Runde bitten.</translation>
    </message>
    <message>
        <source>Only store the round; run it later with --run-only.</source>
        <translation>Die Runde nur speichern; später mit --run-only ausführen.</translation>
    </message>
    <message>
        <source>Run the example&apos;s newest round, an expert round that has not run yet.</source>
        <translation>Die neueste Runde des Beispiels ausführen, eine Expertenrunde, die noch nicht ausgeführt wurde.</translation>
    </message>
    <message>
        <source>codedistiller: fix needs an example id, --from DIR and --annotator NAME (or --run-only)

</source>
        <translation>codedistiller: fix benötigt eine Beispiel-ID, --from DIR und --annotator NAME (oder --run-only)

</translation>
    </message>
    <message>
        <source>Example %1 does not exist (see &apos;codedistiller status&apos;).</source>
        <translation>Beispiel %1 existiert nicht (siehe „codedistiller status“).</translation>
    </message>
    <message>
        <source>example %1: stored expert round %2
</source>
        <translation>Beispiel %1: Expertenrunde %2 gespeichert
</translation>
    </message>
    <message>
        <source>Example %1 has no expert round waiting to run; store one with --from DIR.</source>
        <translation>Beispiel %1 hat keine Expertenrunde, die auf ihre Ausführung wartet; speichern Sie eine mit --from DIR.</translation>
    </message>
    <message>
        <source>round %1 (expert): %2, exit code %3%4
</source>
        <translation>Runde %1 (Experte): %2, Exit-Code %3%4
</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>did not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>, judge: %1</source>
        <translation>, LLM-Richter: %1</translation>
    </message>
    <message>
        <source>local, bwrap, podman, slurm or auto (default: auto).</source>
        <translation>local, bwrap, podman, slurm oder auto (Standard: auto).</translation>
    </message>
    <message>
        <source>Image of the podman executor, kept as the workspace setting podman.image; empty: the workbench&apos;s own image.</source>
        <translation>Image der Ausführungsumgebung podman, gespeichert als Arbeitsbereichseinstellung podman.image; leer: das eigene Image der Workbench.</translation>
    </message>
    <message>
        <source>Classify the files of all repositories in one batch of the provider&apos;s batch API (OpenAI, Anthropic) at the batch price, about half; the answers take up to 24 hours.</source>
        <translation>Die Dateien aller Repositorys in einem einzigen Batch über die Batch-API des Anbieters (OpenAI, Anthropic) zum Batch-Preis klassifizieren, etwa der Hälfte des Normalpreises; die Antworten können bis zu 24 Stunden dauern.</translation>
    </message>
    <message>
        <source>Seconds between two questions whether a batch has ended (default 30).</source>
        <translation>Sekunden zwischen zwei Abfragen, ob ein Batch beendet ist (Standard 30).</translation>
    </message>
    <message>
        <source>A site setting of the executor for this campaign, over the workspace&apos;s (e.g. slurm.partition=gpu; see &apos;codedistiller slurm settings&apos;). Repeatable.</source>
        <translation>Eine standortspezifische Einstellung der Ausführungsumgebung für diese Kampagne, die die des Arbeitsbereichs überschreibt (z. B. slurm.partition=gpu; siehe „codedistiller slurm settings“). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>codedistiller: --executor-option applies to a new campaign; a resumed one keeps its own (the team&apos;s settings: &apos;codedistiller slurm set&apos;)
</source>
        <translation>codedistiller: --executor-option gilt für eine neue Kampagne; eine fortgesetzte behält ihre eigenen Einstellungen (die Einstellungen des Teams: „codedistiller slurm set“)
</translation>
    </message>
    <message>
        <source>codedistiller: --economy needs a provider with a batch API; %1 has none
</source>
        <translation>codedistiller: --economy benötigt einen Anbieter mit Batch-API; %1 hat keine
</translation>
    </message>
    <message>
        <source>codedistiller: --batch-poll takes a positive number of seconds
</source>
        <translation>codedistiller: --batch-poll erwartet eine positive Anzahl von Sekunden
</translation>
    </message>
    <message>
        <source>%1: batch %2 at %3 (%4): %5%6, %7 requests, %8 succeeded, %9 failed
</source>
        <translation>%1: Batch %2 bei %3 (%4): %5%6, %7 Anfragen, %8 erfolgreich, %9 fehlgeschlagen
</translation>
    </message>
    <message>
        <source>Distillation protocol: prompts, model settings and limits (default %1; see &apos;codedistiller protocol list&apos;).</source>
        <translation>Destillationsprotokoll: Prompts, Modelleinstellungen und Grenzen (Standard %1; siehe „codedistiller protocol list“).</translation>
    </message>
    <message>
        <source>Debug rounds at most (default: the protocol&apos;s, 8).</source>
        <translation>Höchstens so viele Debug-Runden (Standard: die des Protokolls, 8).</translation>
    </message>
    <message>
        <source>Minutes per round (default: the protocol&apos;s, 45).</source>
        <translation>Minuten pro Runde (Standard: die des Protokolls, 45).</translation>
    </message>
    <message>
        <source>%1: protocol %2
</source>
        <translation>%1: Protokoll %2
</translation>
    </message>
    <message>
        <source>Stop new work when the campaign has cost this much (USD). Every model of the campaign needs a price (see &apos;codedistiller llm models&apos;).</source>
        <translation>Keine neue Arbeit mehr beginnen, wenn die Kampagne so viel gekostet hat (USD). Jedes Modell der Kampagne benötigt einen Preis (siehe „codedistiller llm models“).</translation>
    </message>
    <message>
        <source>With --resume: also continue the examples that ended in ERROR (e.g. a refused connection); their rounds and answered calls are kept.</source>
        <translation>Mit --resume: auch die Beispiele fortsetzen, die mit ERROR endeten (z. B. wegen einer abgelehnten Verbindung); ihre Runden und beantworteten Aufrufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>What becomes of a round&apos;s folder once its results are saved: remove (default), keep-failed or keep-all.</source>
        <translation>Was mit dem Ordner einer Runde geschieht, sobald ihre Ergebnisse gespeichert sind: remove (Standard), keep-failed oder keep-all.</translation>
    </message>
    <message>
        <source>codedistiller: --retry-errors continues a campaign: use it with --resume NAME
</source>
        <translation>codedistiller: --retry-errors setzt eine Kampagne fort: Verwenden Sie die Option mit --resume NAME
</translation>
    </message>
    <message>
        <source>codedistiller: --round-retention applies to a new campaign; a resumed one keeps its own
</source>
        <translation>codedistiller: --round-retention gilt für eine neue Kampagne; eine fortgesetzte behält ihre eigene Einstellung
</translation>
    </message>
    <message>
        <source>codedistiller: --round-retention takes %1
</source>
        <translation>codedistiller: --round-retention erwartet %1
</translation>
    </message>
    <message>
        <source>campaign %1: %2 success, %3 failed, %4 error, %5 cancelled, cost %6%7
</source>
        <translation>Kampagne %1: %2 erfolgreich, %3 fehlgeschlagen, %4 Fehler, %5 abgebrochen, Kosten %6%7
</translation>
    </message>
    <message>
        <source>Show campaigns and the state of their examples. In blind mode the judge&apos;s verdicts (SUCCESS, FAILED) and the models show only for examples the --annotator has judged.</source>
        <translation>Kampagnen und den Zustand ihrer Beispiele anzeigen. Im Blindmodus erscheinen die Urteile des LLM-Richters (SUCCESS, FAILED) und die Modelle nur für Beispiele, die der --annotator beurteilt hat.</translation>
    </message>
    <message>
        <source>Whose view in blind mode.</source>
        <translation>Wessen Ansicht im Blindmodus.</translation>
    </message>
    <message>
        <source>%1: cost %2</source>
        <translation>%1: Kosten %2</translation>
    </message>
    <message numerus="yes">
        <source> (unknown: none of its %n model call(s) has a price)</source>
        <translation>
            <numerusform> (unbekannt: ihr %n Modellaufruf hat keinen Preis)</numerusform>
            <numerusform> (unbekannt: keiner ihrer %n Modellaufrufe hat einen Preis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (at least: %n model call(s) without a price)</source>
        <translation>
            <numerusform> (mindestens: %n Modellaufruf ohne Preis)</numerusform>
            <numerusform> (mindestens: %n Modellaufrufe ohne Preis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n example(s) ended in ERROR; &apos;codedistiller run --resume %2 --retry-errors&apos; retries them, keeping their rounds and answered calls.
</source>
        <translation>
            <numerusform>%1: %n Beispiel endete mit ERROR; „codedistiller run --resume %2 --retry-errors“ wiederholt es und behält seine Runden und beantworteten Aufrufe.
</numerusform>
            <numerusform>%1: %n Beispiele endeten mit ERROR; „codedistiller run --resume %2 --retry-errors“ wiederholt sie und behält ihre Runden und beantworteten Aufrufe.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)&apos; verdicts</source>
        <translation>
            <numerusform>die Urteile von %n Beispiel</numerusform>
            <numerusform>die Urteile von %n Beispielen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one example: its rounds, verdicts, logs and artifacts. In blind mode the judge&apos;s verdicts show only once the --annotator has judged the example.</source>
        <translation>Ein Beispiel anzeigen: seine Runden, Urteile, Protokolle und Artefakte. Im Blindmodus erscheinen die Urteile des LLM-Richters erst, wenn der --annotator das Beispiel beurteilt hat.</translation>
    </message>
    <message>
        <source>Example %1: %2 @ %3 — %4 (%5)%6, cost %7
</source>
        <translation>Beispiel %1: %2 @ %3 — %4 (%5)%6, Kosten %7
</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>this example&apos;s verdicts</source>
        <translation>die Urteile dieses Beispiels</translation>
    </message>
    <message>
        <source>campaign %1 (%2): %3 repositories
</source>
        <translation>Kampagne %1 (%2): %3 Repositories
</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
    <message>
        <source>Compare models: one campaign per PROVIDER/MODEL (2 or 3 of them, instead of --provider and --model) over the same repositories with the same options, all running at once; their rounds share the execution slots of one campaign. Repeatable.</source>
        <translation>Modelle vergleichen: eine Kampagne je PROVIDER/MODELL (2 oder 3, statt --provider und --model) über dieselben Repositories mit denselben Optionen, alle gleichzeitig; ihre Runden teilen sich die Ausführungsplätze einer Kampagne. Wiederholbar.</translation>
    </message>
    <message>
        <source>campaign %1: every example has finished
</source>
        <translation>Kampagne %1: alle Beispiele sind abgeschlossen
</translation>
    </message>
    <message numerus="yes">
        <source>campaign %1: every example has finished; %n ended in ERROR (--retry-errors continues them)
</source>
        <translation>
            <numerusform>Kampagne %1: alle Beispiele sind abgeschlossen; %n endete mit ERROR (--retry-errors setzt es fort)
</numerusform>
            <numerusform>Kampagne %1: alle Beispiele sind abgeschlossen; %n endeten mit ERROR (--retry-errors setzt sie fort)
</numerusform>
        </translation>
    </message>
    <message>
        <source>codedistiller: --compare takes PROVIDER/MODEL, e.g. openai/gpt-5-mini
</source>
        <translation>codedistiller: --compare erwartet PROVIDER/MODELL, z. B. openai/gpt-5-mini
</translation>
    </message>
    <message>
        <source>codedistiller: --compare takes 2 or 3 models and replaces --provider, --model, --fast-model and --judge-model
</source>
        <translation>codedistiller: --compare erwartet 2 oder 3 Modelle und ersetzt --provider, --model, --fast-model und --judge-model
</translation>
    </message>
    <message>
        <source>%1 is past its retirement date in the price catalogue; the provider no longer answers it. Choose a current model (see &apos;codedistiller llm models&apos;), correct the date in %2 if it is wrong, or pass --allow-retired to run it anyway.</source>
        <translation>%1 hat laut Preiskatalog sein Abschaltdatum überschritten; der Anbieter beantwortet keine Anfragen mehr an dieses Modell. Wählen Sie ein aktuelles Modell (siehe „codedistiller llm models“), korrigieren Sie das Datum in %2, falls es falsch ist, oder geben Sie --allow-retired an, um es trotzdem auszuführen.</translation>
    </message>
    <message>
        <source>Run a model past its retirement date (the price catalogue&apos;s retires_on) all the same.</source>
        <translation>Ein Modell auch nach seinem Abschaltdatum (retires_on im Preiskatalog) ausführen.</translation>
    </message>
    <message>
        <source>structure, not readable: %1</source>
        <translation>Struktur, nicht lesbar: %1</translation>
    </message>
    <message>
        <source>structure %1, %2 atoms, %3 frame(s)</source>
        <translation>Struktur %1, %2 Atome, %3 Bild(er)</translation>
    </message>
    <message>
        <source>table, %1 columns, %2 rows</source>
        <translation>Tabelle, %1 Spalten, %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>wb::cli::ProtocolCommands</name>
    <message>
        <source>Usage: codedistiller protocol list|show NAME|diff A B  (--help on each)
</source>
        <translation>Aufruf: codedistiller protocol list|show NAME|diff A B  (--help bei jedem)
</translation>
    </message>
    <message>
        <source>List the distillation protocols: the built-in ones and a lab&apos;s own, from %1.</source>
        <translation>Die Destillationsprotokolle auflisten: die eingebauten und die eigenen eines Labors, aus %1.</translation>
    </message>
    <message>
        <source>Show a protocol: its settings and hash, and with --prompts its prompt templates. NAME may be a protocol name, a folder with a protocol.json, or campaign:NAME for the protocol a campaign ran under.</source>
        <translation>Ein Protokoll anzeigen: seine Einstellungen und seinen Hash, mit --prompts auch seine Prompt-Vorlagen. NAME ist ein Protokollname, ein Ordner mit einer protocol.json oder campaign:NAME für das Protokoll, unter dem eine Kampagne lief.</translation>
    </message>
    <message>
        <source>Protocol name, folder, or campaign:NAME.</source>
        <translation>Protokollname, Ordner oder campaign:NAME.</translation>
    </message>
    <message>
        <source>Also print the prompt templates.</source>
        <translation>Auch die Prompt-Vorlagen ausgeben.</translation>
    </message>
    <message>
        <source>No campaign &apos;%1&apos; in this workspace.</source>
        <translation>Keine Kampagne „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The campaign &apos;%1&apos; has not run yet (or ran before protocols were recorded): it has no protocol snapshot.</source>
        <translation>Die Kampagne „%1“ ist noch nicht gelaufen (oder lief, bevor Protokolle aufgezeichnet wurden): Sie hat keinen Protokoll-Schnappschuss.</translation>
    </message>
    <message>
        <source>%1 — %2
hash %3

%4

</source>
        <translation>%1 — %2
Hash %3

%4

</translation>
    </message>
    <message>
        <source>Show how two protocols differ: settings, and prompts as unified diffs. Exit status 0 when they are the same, 1 when they differ.</source>
        <translation>Zeigen, wie sich zwei Protokolle unterscheiden: Einstellungen und Prompts als Unified Diffs. Exit-Status 0, wenn sie gleich sind, 1, wenn sie sich unterscheiden.</translation>
    </message>
    <message>
        <source>Protocol name or folder.</source>
        <translation>Protokollname oder Ordner.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same protocol (%3).
</source>
        <translation>%1 und %2 sind dasselbe Protokoll (%3).
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) → %3 (%4): %n difference(s)

</source>
        <translation>
            <numerusform>%1 (%2) → %3 (%4): %n Unterschied

</numerusform>
            <numerusform>%1 (%2) → %3 (%4): %n Unterschiede

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::cli::ReviewCommands</name>
    <message>
        <source>Record your judgement of an example next to the LLM judge&apos;s verdict. Judgements are append-only: a new one supersedes your previous one, the history stays.</source>
        <translation>Ihre Bewertung eines Beispiels neben dem Urteil des LLM-Richters erfassen. Bewertungen werden nur angehängt: Eine neue ersetzt Ihre vorherige, der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Example id (see &apos;codedistiller status&apos;).</source>
        <translation>Beispiel-ID (siehe „codedistiller status“).</translation>
    </message>
    <message>
        <source>Your name (required).</source>
        <translation>Ihr Name (erforderlich).</translation>
    </message>
    <message>
        <source>Ran without error: yes, no or unsure.</source>
        <translation>Fehlerfrei gelaufen: yes, no oder unsure.</translation>
    </message>
    <message>
        <source>Demonstrates the repository&apos;s function: yes, no or unsure.</source>
        <translation>Zeigt die Funktion des Repositorys: yes, no oder unsure.</translation>
    </message>
    <message>
        <source>The function is correct: yes, no or unsure.</source>
        <translation>Die Funktion ist korrekt: yes, no oder unsure.</translation>
    </message>
    <message>
        <source>accept, reject or needs-work.</source>
        <translation>accept, reject oder needs-work.</translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation>Notizen als Freitext.</translation>
    </message>
    <message>
        <source>Judge this round (its index) instead of the example as a whole.</source>
        <translation>Diese Runde (ihren Index) statt des Beispiels als Ganzes bewerten.</translation>
    </message>
    <message>
        <source>Time spent on the item, in seconds.</source>
        <translation>Für den Eintrag aufgewendete Zeit in Sekunden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an example id.</source>
        <translation>„%1“ ist keine Beispiel-ID.</translation>
    </message>
    <message>
        <source>Say who you are with --annotator NAME.</source>
        <translation>Geben Sie mit --annotator NAME an, wer Sie sind.</translation>
    </message>
    <message>
        <source>Nothing to record: give at least one of --ran, --shows-function, --correct, --decision, --notes.</source>
        <translation>Nichts zu erfassen: Geben Sie mindestens eine der Optionen --ran, --shows-function, --correct, --decision, --notes an.</translation>
    </message>
    <message>
        <source>--seconds takes a whole number of seconds.</source>
        <translation>--seconds erwartet eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>Example %1 has no round %2.</source>
        <translation>Beispiel %1 hat keine Runde %2.</translation>
    </message>
    <message>
        <source> (supersedes %1)</source>
        <translation> (ersetzt %1)</translation>
    </message>
    <message>
        <source>Agreement per campaign and criterion: Cohen&apos;s kappa between the LLM judge and each annotator and between annotators, Fleiss&apos; kappa and Krippendorff&apos;s alpha over all annotators.</source>
        <translation>Übereinstimmung pro Kampagne und Kriterium: Cohens Kappa zwischen dem LLM-Richter und jedem Annotator sowie zwischen den Annotatoren, Fleiss&apos; Kappa und Krippendorffs Alpha über alle Annotatoren.</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Nur diese Kampagne.</translation>
    </message>
    <message>
        <source>No judgements yet; record some with &apos;codedistiller judge&apos;.
</source>
        <translation>Noch keine Bewertungen; erfassen Sie welche mit „codedistiller judge“.
</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPAGNE</translation>
    </message>
    <message>
        <source>CRITERION</source>
        <translation>KRITERIUM</translation>
    </message>
    <message>
        <source>RATERS</source>
        <translation>BEWERTER</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>AGREE</source>
        <translation>ÜBEREINSTIMMUNG</translation>
    </message>
    <message>
        <source>KAPPA</source>
        <translation>KAPPA</translation>
    </message>
    <message>
        <source>%1 annotators</source>
        <translation>%1 Annotatoren</translation>
    </message>
    <message>
        <source>α %1</source>
        <translation>α %1</translation>
    </message>
    <message>
        <source>Fleiss %1</source>
        <translation>Fleiss %1</translation>
    </message>
    <message>
        <source>--format takes md, csv or json.</source>
        <translation>--format erwartet md, csv oder json.</translation>
    </message>
    <message>
        <source>md (default), csv or json (json adds the per-example series the charts use).</source>
        <translation>md (Standard), csv oder json (json ergänzt die Reihen pro Beispiel, die die Diagramme verwenden).</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>judgement %1 of example %2 by %3 recorded%4%5
</source>
        <translation>Bewertung %1 von Beispiel %2 durch %3 erfasst%4%5
</translation>
    </message>
    <message>
        <source> blind; the judge&apos;s verdict and the others&apos; judgements are now shown to you</source>
        <translation> (blind); das Urteil des LLM-Richters und die Bewertungen der anderen werden Ihnen jetzt angezeigt</translation>
    </message>
    <message>
        <source>Whose view in blind mode: only the examples they have judged count.</source>
        <translation>Wessen Ansicht im Blindmodus: Es zählen nur die Beispiele, die diese Person beurteilt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) not counted</source>
        <translation>
            <numerusform>%n nicht mitgezähltes Beispiel</numerusform>
            <numerusform>%n nicht mitgezählte Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose view in blind mode: a campaign&apos;s figures show once they have judged all its examples.</source>
        <translation>Wessen Ansicht im Blindmodus: Die Kennzahlen einer Kampagne erscheinen, sobald diese Person alle ihre Beispiele beurteilt hat.</translation>
    </message>
    <message numerus="yes">
        <source>the figures of %n campaign(s)</source>
        <translation>
            <numerusform>die Kennzahlen von %n Kampagne</numerusform>
            <numerusform>die Kennzahlen von %n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the error taxonomy: rounds and final failures per error class and campaign (md or csv; json always has it).</source>
        <translation>Nur die Fehlertaxonomie: Runden und endgültige Fehlschläge pro Fehlerklasse und Kampagne (md oder csv; json enthält sie immer).</translation>
    </message>
    <message>
        <source>Error classes</source>
        <translation>Fehlerklassen</translation>
    </message>
    <message>
        <source>Correct the error class the LLM judge gave a round. Corrections are append-only: the newest one is the round&apos;s class in the report&apos;s error taxonomy; the judge&apos;s verdict stays as it was.</source>
        <translation>Die Fehlerklasse korrigieren, die der LLM-Richter einer Runde gegeben hat. Korrekturen werden nur angehängt: Die neueste gilt als Klasse der Runde in der Fehlertaxonomie des Berichts; das Urteil des LLM-Richters bleibt unverändert.</translation>
    </message>
    <message>
        <source>The round&apos;s index (default: the example&apos;s last round).</source>
        <translation>Index der Runde (Standard: die letzte Runde des Beispiels).</translation>
    </message>
    <message>
        <source>The error class: %1.</source>
        <translation>Die Fehlerklasse: %1.</translation>
    </message>
    <message>
        <source>Why the class is right.</source>
        <translation>Warum die Klasse zutrifft.</translation>
    </message>
    <message>
        <source>Show the round&apos;s corrections instead of recording one.</source>
        <translation>Die Korrekturen der Runde anzeigen, statt eine zu erfassen.</translation>
    </message>
    <message>
        <source>Give the error class with --class, one of %1.</source>
        <translation>Geben Sie die Fehlerklasse mit --class an, eine von %1.</translation>
    </message>
    <message>
        <source>--round takes a round index (1, 2, …).</source>
        <translation>--round erwartet einen Rundenindex (1, 2, …).</translation>
    </message>
    <message>
        <source>Example %1 has no round yet.</source>
        <translation>Beispiel %1 hat noch keine Runde.</translation>
    </message>
    <message>
        <source>round %1 of example %2: the judge said %3
</source>
        <translation>Runde %1 von Beispiel %2: Der LLM-Richter sagte %3
</translation>
    </message>
    <message>
        <source>nothing (no verdict)</source>
        <translation>nichts (kein Urteil)</translation>
    </message>
    <message>
        <source>error class of round %1 of example %2 set to %3 by %4 (the judge said %5)%6
</source>
        <translation>Fehlerklasse von Runde %1 in Beispiel %2 durch %4 auf %3 gesetzt (der LLM-Richter sagte %5)%6
</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>; supersedes correction %1</source>
        <translation>; ersetzt Korrektur %1</translation>
    </message>
    <message>
        <source>The paper&apos;s Table 1 per campaign: auto success rate, human criteria, runtime and cost of successes and failures, rounds of successes; then the error classes of the judged rounds and of the final failures, experts&apos; corrections included; then each campaign&apos;s model calls by stage, batch and synchronous: calls, cached answers, failures, tokens and cost.</source>
        <translation>Tabelle 1 des Papers je Kampagne: automatische Erfolgsquote, menschliche Kriterien, Laufzeit und Kosten von Erfolgen und Fehlschlägen, Runden der Erfolge; dann die Fehlerklassen der beurteilten Runden und der endgültigen Fehlschläge, einschließlich der Korrekturen von Fachleuten; dann die Modellaufrufe jeder Kampagne nach Stufe, Batch und synchron: Aufrufe, zwischengespeicherte Antworten, Fehlschläge, Tokens und Kosten.</translation>
    </message>
    <message>
        <source>Only the cost by stage: per campaign, stage and mode (batch or synchronous) calls, cached answers, failed calls, tokens (uncached, cache read, cache write, output) and cost (md or csv; json always has it).</source>
        <translation>Nur die Kosten nach Stufe: je Kampagne, Stufe und Modus (Batch oder synchron) Aufrufe, zwischengespeicherte Antworten, fehlgeschlagene Aufrufe, Tokens (ungecacht, Cache gelesen, Cache geschrieben, Ausgabe) und Kosten (md oder csv; json enthält sie immer).</translation>
    </message>
    <message>
        <source>Give either --error-classes or --cost-by-stage, not both.</source>
        <translation>Geben Sie entweder --error-classes oder --cost-by-stage an, nicht beides.</translation>
    </message>
    <message>
        <source>Cost by stage</source>
        <translation>Kosten nach Stufe</translation>
    </message>
</context>
<context>
    <name>wb::cli::SearchCommands</name>
    <message>
        <source>Search the workspace&apos;s examples as an agent would: ranked full-text search (BM25, English stemming) over each successful example&apos;s description, criteria, type and metadata, its repository, the names its main.py defines and imports, and its comments. The words of QUERY are searched for (punctuation and stop words are left out); the best matches come first, with their matched words between « ». The index is brought up to date before each search. A query that starts with &apos;-&apos; goes after &apos;--&apos;.
With --coverage: repositories without an accepted example, accepted examples their own description does not rank first (a vague summary), and duplicate-looking examples.</source>
        <translation>Die Beispiele des Arbeitsbereichs so durchsuchen, wie es ein Agent täte: gerankte Volltextsuche (BM25, englische Stammformreduktion) über Beschreibung, Kriterien, Typ und Metadaten jedes erfolgreichen Beispiels, sein Repository, die Namen, die seine main.py definiert und importiert, sowie seine Kommentare. Gesucht wird nach den Wörtern von QUERY (Satzzeichen und Stoppwörter werden ausgelassen); die besten Treffer kommen zuerst, ihre gefundenen Wörter stehen zwischen « ». Der Index wird vor jeder Suche aktualisiert. Eine Suchanfrage, die mit „-“ beginnt, gehört hinter „--“.
Mit --coverage: Repositorys ohne angenommenes Beispiel, angenommene Beispiele, die ihre eigene Beschreibung nicht an erster Stelle findet (eine vage Zusammenfassung), und Beispiele, die wie Duplikate aussehen.</translation>
    </message>
    <message>
        <source>What to look for, in plain words.</source>
        <translation>Wonach gesucht wird, in einfachen Worten.</translation>
    </message>
    <message>
        <source>At most N results (default 10).</source>
        <translation>Höchstens N Ergebnisse (Standard 10).</translation>
    </message>
    <message>
        <source>Only the vetted library: examples an expert accepted.</source>
        <translation>Nur die geprüfte Bibliothek: Beispiele, die ein Experte angenommen hat.</translation>
    </message>
    <message>
        <source>Report the library&apos;s coverage instead of searching.</source>
        <translation>Die Abdeckung der Bibliothek melden, statt zu suchen.</translation>
    </message>
    <message>
        <source>Build the whole index again first.</source>
        <translation>Zuerst den gesamten Index neu aufbauen.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000, not &apos;%1&apos;.</source>
        <translation>--limit erwartet eine Zahl von 1 bis 1000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--coverage takes no query.</source>
        <translation>--coverage nimmt keine Suchanfrage an.</translation>
    </message>
    <message>
        <source>Nothing to search for: give the words to look for, e.g. codedistiller search &quot;planar average of a potential&quot;.</source>
        <translation>Nichts zu suchen: Geben Sie die gesuchten Wörter an, z. B. codedistiller search &quot;planar average of a potential&quot;.</translation>
    </message>
    <message>
        <source>Nothing to search for: &apos;%1&apos; has no words (letters or digits).</source>
        <translation>Nichts zu suchen: „%1“ enthält keine Wörter (Buchstaben oder Ziffern).</translation>
    </message>
    <message>
        <source>codedistiller: note: the workspace is read-only; the index was searched as it was last built.
</source>
        <translation>codedistiller: Hinweis: Der Arbeitsbereich ist schreibgeschützt; durchsucht wurde der Index im Stand seines letzten Aufbaus.
</translation>
    </message>
    <message>
        <source>accepted examples</source>
        <translation>angenommenen Beispielen</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>Beispielen</translation>
    </message>
    <message>
        <source>No match among %1 %2 for: %3
</source>
        <translation>Kein Treffer unter %1 %2 für: %3
</translation>
    </message>
    <message>
        <source>  [accepted]</source>
        <translation>  [angenommen]</translation>
    </message>
    <message>
        <source>%1 of %2 %3; words: %4
</source>
        <translation>%1 von %2 %3; Wörter: %4
</translation>
    </message>
    <message>
        <source>searching each accepted example&apos;s description: %1/%2</source>
        <translation>Suche mit der Beschreibung jedes angenommenen Beispiels: %1/%2</translation>
    </message>
    <message>
        <source>Library coverage: %1 accepted examples over %2 repositories
</source>
        <translation>Abdeckung der Bibliothek: %1 angenommene Beispiele in %2 Repositorys
</translation>
    </message>
    <message>
        <source>
Repositories without an accepted example (%1):
</source>
        <translation>
Repositorys ohne angenommenes Beispiel (%1):
</translation>
    </message>
    <message>
        <source>
Accepted examples their own description does not find first (%1):
</source>
        <translation>
Angenommene Beispiele, die ihre eigene Beschreibung nicht an erster Stelle findet (%1):
</translation>
    </message>
    <message>
        <source>  #%1 %2 (%3): not in the first %4
</source>
        <translation>  #%1 %2 (%3): nicht unter den ersten %4
</translation>
    </message>
    <message>
        <source>  #%1 %2 (%3): rank %4; first is #%5 %6
</source>
        <translation>  #%1 %2 (%3): Rang %4; an erster Stelle steht #%5 %6
</translation>
    </message>
    <message>
        <source>
Duplicate-looking examples (%1):
</source>
        <translation>
Beispiele, die wie Duplikate aussehen (%1):
</translation>
    </message>
    <message>
        <source>  #%1 %2 (%3) and #%4 %5 (%6): %7
</source>
        <translation>  #%1 %2 (%3) und #%4 %5 (%6): %7
</translation>
    </message>
    <message>
        <source>Whose view in blind mode: the verdicts, decisions and campaigns of examples they have not judged are hidden.</source>
        <translation>Wessen Sicht in der Blindbegutachtung: Urteile, Entscheidungen und Kampagnen der Beispiele, die diese Person noch nicht beurteilt hat, bleiben verborgen.</translation>
    </message>
    <message>
        <source>--accepted-only would reveal the experts&apos; decisions while the workspace reviews blind.</source>
        <translation>--accepted-only würde die Entscheidungen der Fachleute verraten, solange der Arbeitsbereich blind begutachtet.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)&apos; verdicts, decisions and campaigns</source>
        <translation>
            <numerusform>Urteil, Entscheidungen und Kampagne von %n Beispiel</numerusform>
            <numerusform>Urteile, Entscheidungen und Kampagnen von %n Beispielen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::cli::SlurmCommands</name>
    <message>
        <source>(the workspace&apos;s scratch folder: one machine only)</source>
        <translation>(der Scratch-Ordner des Arbeitsbereichs: nur für einen einzigen Rechner)</translation>
    </message>
    <message>
        <source>(the site&apos;s default)</source>
        <translation>(Standardwert des Standorts)</translation>
    </message>
    <message>
        <source>Usage: codedistiller slurm settings|set KEY VALUE|unset KEY|check|jobs [options]  (--help on each)
</source>
        <translation>Aufruf: codedistiller slurm settings|set KEY VALUE|unset KEY|check|jobs [Optionen]  (jeweils mit --help)
</translation>
    </message>
    <message>
        <source>Show the team&apos;s Slurm settings: workspace settings that every campaign with the slurm executor uses unless it overrides them (run --executor-option KEY=VALUE).</source>
        <translation>Die Slurm-Einstellungen des Teams anzeigen: Arbeitsbereichseinstellungen, die jede Kampagne mit der Ausführungsumgebung slurm verwendet, sofern sie sie nicht überschreibt (run --executor-option KEY=VALUE).</translation>
    </message>
    <message>
        <source>Remove a Slurm setting of the team: the default applies again.</source>
        <translation>Eine Slurm-Einstellung des Teams entfernen: Es gilt wieder der Standardwert.</translation>
    </message>
    <message>
        <source>Set a Slurm setting for everyone who uses this workspace (see &apos;codedistiller slurm settings&apos;). Keys: %1.</source>
        <translation>Eine Slurm-Einstellung für alle festlegen, die diesen Arbeitsbereich verwenden (siehe „codedistiller slurm settings“). Schlüssel: %1.</translation>
    </message>
    <message>
        <source>e.g. slurm.partition (or KEY=VALUE, for values that start with &apos;-&apos;)</source>
        <translation>z. B. slurm.partition (oder KEY=VALUE für Werte, die mit „-“ beginnen)</translation>
    </message>
    <message>
        <source>e.g. gpu</source>
        <translation>z. B. gpu</translation>
    </message>
    <message>
        <source>Unknown Slurm setting &apos;%1&apos; (known: %2).</source>
        <translation>Unbekannte Slurm-Einstellung „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>%1 removed
</source>
        <translation>%1 entfernt
</translation>
    </message>
    <message>
        <source>%1 = %2
</source>
        <translation>%1 = %2
</translation>
    </message>
    <message>
        <source>Check that Slurm answers from here (sbatch, squeue, scontrol and scancel on PATH, the controller up) and list its partitions.</source>
        <translation>Prüfen, ob Slurm von hier aus antwortet (sbatch, squeue, scontrol und scancel im PATH, der Controller läuft), und seine Partitionen auflisten.</translation>
    </message>
    <message>
        <source>Slurm is available.
</source>
        <translation>Slurm ist verfügbar.
</translation>
    </message>
    <message>
        <source>The rounds that are Slurm jobs without a stored result yet, with what Slurm says about them.</source>
        <translation>Die Runden, die als Slurm-Jobs noch kein gespeichertes Ergebnis haben, mit dem, was Slurm über sie meldet.</translation>
    </message>
    <message>
        <source>Only this campaign.</source>
        <translation>Nur diese Kampagne.</translation>
    </message>
    <message>
        <source>No campaign named &apos;%1&apos;.</source>
        <translation>Keine Kampagne mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>codedistiller: Slurm did not answer: %1
</source>
        <translation>codedistiller: Slurm hat nicht geantwortet: %1
</translation>
    </message>
</context>
<context>
    <name>wb::cli::WorkspaceCommands</name>
    <message>
        <source>Where the workspace lives, its engine and schema version.</source>
        <translation>Wo der Arbeitsbereich liegt, sein Datenbanksystem und seine Schemaversion.</translation>
    </message>
    <message>
        <source>%1
  engine %2, schema version %3
  cache %4
</source>
        <translation>%1
  Datenbanksystem %2, Schemaversion %3
  Cache %4
</translation>
    </message>
    <message>
        <source>Copy every row of the workspace (--workspace) into a new, empty workspace: an SQLite file or a PostgreSQL database (postgresql://user@host:port/db). Ids, histories and blobs are kept; the copy is checked table by table afterwards.</source>
        <translation>Jede Zeile des Arbeitsbereichs (--workspace) in einen neuen, leeren Arbeitsbereich kopieren: eine SQLite-Datei oder eine PostgreSQL-Datenbank (postgresql://user@host:port/db). IDs, Verläufe und Blobs bleiben erhalten; die Kopie wird anschließend Tabelle für Tabelle geprüft.</translation>
    </message>
    <message>
        <source>The destination: a new workspace file or an empty PostgreSQL database.</source>
        <translation>Das Ziel: eine neue Arbeitsbereichsdatei oder eine leere PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>copy needs --to PATH|URI.</source>
        <translation>copy benötigt --to PATH|URI.</translation>
    </message>
    <message>
        <source>The source and the destination are the same workspace.</source>
        <translation>Quelle und Ziel sind derselbe Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables copied to %3 in %4 s.
</source>
        <translation>%1 Zeilen in %2 Tabellen in %4 s nach %3 kopiert.
</translation>
    </message>
    <message>
        <source>%1 NUL characters in log lines were written as U+2400, which PostgreSQL can store.
</source>
        <translation>%1 NUL-Zeichen in Protokollzeilen wurden als U+2400 geschrieben, das PostgreSQL speichern kann.
</translation>
    </message>
    <message>
        <source>Verified: every table has the same content in both workspaces.
</source>
        <translation>Geprüft: Jede Tabelle hat in beiden Arbeitsbereichen denselben Inhalt.
</translation>
    </message>
    <message>
        <source>codedistiller: the copy differs from the source in: %1
</source>
        <translation>codedistiller: Die Kopie weicht in folgenden Tabellen von der Quelle ab: %1
</translation>
    </message>
    <message>
        <source>Compare the workspace (--workspace) with another, table by table, whatever engines they use.</source>
        <translation>Den Arbeitsbereich (--workspace) Tabelle für Tabelle mit einem anderen vergleichen, unabhängig vom verwendeten Datenbanksystem.</translation>
    </message>
    <message>
        <source>The other workspace: a file or a PostgreSQL URI.</source>
        <translation>Der andere Arbeitsbereich: eine Datei oder eine PostgreSQL-URI.</translation>
    </message>
    <message>
        <source>Identical: %1 tables.
</source>
        <translation>Identisch: %1 Tabellen.
</translation>
    </message>
    <message>
        <source>Different tables: %1
</source>
        <translation>Abweichende Tabellen: %1
</translation>
    </message>
    <message>
        <source>Save the password of a PostgreSQL workspace in the desktop&apos;s secret store, read from standard input (it never goes to settings or the command line). --forget removes it.</source>
        <translation>Das Passwort eines PostgreSQL-Arbeitsbereichs im Schlüsselbund des Desktops speichern; es wird von der Standardeingabe gelesen (es gelangt nie in die Einstellungen oder auf die Befehlszeile). --forget entfernt es.</translation>
    </message>
    <message>
        <source>Remove the saved password.</source>
        <translation>Das gespeicherte Passwort entfernen.</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database</source>
        <translation>postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Only PostgreSQL workspaces have passwords.</source>
        <translation>Nur PostgreSQL-Arbeitsbereiche haben Passwörter.</translation>
    </message>
    <message>
        <source>Cannot remove the password: %1</source>
        <translation>Das Passwort kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Password for %1 removed.
</source>
        <translation>Passwort für %1 entfernt.
</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Cannot save the password: %1. Use ~/.pgpass or PGPASSWORD instead.</source>
        <translation>Das Passwort kann nicht gespeichert werden: %1. Verwenden Sie stattdessen ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>Password for %1 saved in the secret store.
</source>
        <translation>Passwort für %1 im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>Usage: codedistiller [--workspace PATH|URI] workspace info | copy --to PATH|URI | verify PATH|URI | password [--forget] URI | bundle --to FILE.cdw | merge-reviews BUNDLE.cdw
</source>
        <translation>Aufruf: codedistiller [--workspace PATH|URI] workspace info | copy --to PATH|URI | verify PATH|URI | password [--forget] URI | bundle --to FILE.cdw | merge-reviews BUNDLE.cdw
</translation>
    </message>
    <message>
        <source>Write a review bundle: the whole workspace in one self-contained file (all blobs inside, no cache folder) that a colleague opens offline to review; `workspace merge-reviews` brings their reviews back.</source>
        <translation>Ein Prüfpaket schreiben: den ganzen Arbeitsbereich in einer eigenständigen Datei (alle Blobs enthalten, kein Cache-Ordner), die ein Kollege offline zur Prüfung öffnet; `workspace merge-reviews` holt seine Prüfungen zurück.</translation>
    </message>
    <message>
        <source>The bundle to write (a new .cdw file).</source>
        <translation>Das zu schreibende Paket (eine neue .cdw-Datei).</translation>
    </message>
    <message>
        <source>bundle needs --to PATH.</source>
        <translation>bundle benötigt --to PATH.</translation>
    </message>
    <message>
        <source>Review bundle %1 written: %2 rows, %3 MB.
</source>
        <translation>Prüfpaket %1 geschrieben: %2 Zeilen, %3 MB.
</translation>
    </message>
    <message>
        <source>Bring the reviews of a review bundle back into the workspace: judgements, line comments, gold decisions and blind comparisons made in it. Append-only: nothing is changed or lost, merging twice adds nothing; disagreements show in the adjudication queue.</source>
        <translation>Die Prüfungen eines Prüfpakets in den Arbeitsbereich zurückholen: die darin erfassten Bewertungen, Zeilenkommentare, Goldentscheidungen und Blindvergleiche. Wird nur angehängt: Nichts wird geändert oder geht verloren, ein zweites Zusammenführen fügt nichts hinzu; Uneinigkeiten erscheinen in der Schlichtungswarteschlange.</translation>
    </message>
    <message>
        <source>The review bundle (.cdw) a colleague sent back.</source>
        <translation>Das Prüfpaket (.cdw), das ein Kollege zurückgeschickt hat.</translation>
    </message>
    <message>
        <source>Merged %1 judgements, %2 line comments, %3 gold decisions and %4 comparisons (%5 were here already) from %6.
</source>
        <translation>%1 Bewertungen, %2 Zeilenkommentare, %3 Goldentscheidungen und %4 Vergleiche von %6 zusammengeführt (%5 waren bereits vorhanden).
</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>conflict: %1
</source>
        <translation>Konflikt: %1
</translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation>übersprungen: %1
</translation>
    </message>
</context>
<context>
    <name>wb::demo::DemoProject</name>
    <message>
        <source>The demo&apos;s sample repository is missing from this build (%1).</source>
        <translation>Das Demo-Repository fehlt in diesem Build (%1).</translation>
    </message>
    <message>
        <source>The demo&apos;s sample repository is missing from this build.</source>
        <translation>Das Demo-Repository fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>%1 exists but is not a usable git repository; remove it to recreate the demo&apos;s sample.</source>
        <translation>%1 existiert, ist aber kein verwendbares Git-Repository; entfernen Sie es, um das Demo-Repository neu zu erstellen.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Creating the demo repository</source>
        <translation>Erstellen des Demo-Repositorys</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Adding %1 to the demo repository</source>
        <translation>Hinzufügen von %1 zum Demo-Repository</translation>
    </message>
    <message>
        <source>Writing the demo repository&apos;s index</source>
        <translation>Schreiben des Index des Demo-Repositorys</translation>
    </message>
    <message>
        <source>Writing the demo repository&apos;s tree</source>
        <translation>Schreiben des Baums des Demo-Repositorys</translation>
    </message>
    <message>
        <source>Creating the demo commit</source>
        <translation>Erstellen des Demo-Commits</translation>
    </message>
</context>
<context>
    <name>wb::exchange::AgentPreview</name>
    <message>
        <source>Describe the research idea to preview.</source>
        <translation>Beschreiben Sie die Forschungsidee für die Vorschau.</translation>
    </message>
    <message>
        <source>The codeblock index (%1 tokens) does not fit %2: its window is %3 tokens, and the planner prompt would take about %4 with %5 more for the answer. CodeScientist would paste the whole index all the same and fail; nothing was sent.</source>
        <translation>Der Codeblock-Index (%1 Tokens) passt nicht in %2: Dessen Kontextfenster umfasst %3 Tokens, und der Planer-Prompt würde etwa %4 belegen, dazu %5 für die Antwort. CodeScientist würde den ganzen Index trotzdem einfügen und scheitern; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wb::exchange::CodeDistillerImporter</name>
    <message>
        <source>no current_state.json (the run failed before its first execution); nothing imported</source>
        <translation>keine current_state.json (der Lauf ist vor seiner ersten Ausführung fehlgeschlagen); nichts importiert</translation>
    </message>
    <message>
        <source>current_state.json is not a JSON object (%1); nothing imported</source>
        <translation>current_state.json ist kein JSON-Objekt (%1); nichts importiert</translation>
    </message>
    <message>
        <source>no repo_url in current_state.json; nothing imported</source>
        <translation>kein repo_url in current_state.json; nichts importiert</translation>
    </message>
    <message>
        <source>could not create the example</source>
        <translation>das Beispiel konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>no answer in the imported run</source>
        <translation>keine Antwort im importierten Lauf</translation>
    </message>
    <message numerus="yes">
        <source>%n classification(s) without an answer, kept as failed</source>
        <translation>
            <numerusform>%n Klassifizierung ohne Antwort, als fehlgeschlagen beibehalten</numerusform>
            <numerusform>%n Klassifizierungen ohne Antwort, als fehlgeschlagen beibehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>no execution_result entries: the example has no rounds</source>
        <translation>keine execution_result-Einträge: Das Beispiel hat keine Runden</translation>
    </message>
    <message>
        <source>imported from CodeDistiller; exit codes were not recorded</source>
        <translation>aus CodeDistiller importiert; Exit-Codes wurden nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>imported with status &apos;%1&apos;</source>
        <translation>mit Status „%1“ importiert</translation>
    </message>
    <message>
        <source>more than %1 files in a round&apos;s to_save/; the rest was not imported</source>
        <translation>mehr als %1 Dateien in to_save/ einer Runde; der Rest wurde nicht importiert</translation>
    </message>
    <message>
        <source>is nested deeper than %1 folders; not read</source>
        <translation>ist tiefer als %1 Ordner verschachtelt; nicht gelesen</translation>
    </message>
    <message>
        <source>is a symbolic link; links are not followed</source>
        <translation>ist eine symbolische Verknüpfung; Verknüpfungen werden nicht verfolgt</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, device or socket); not read</source>
        <translation>ist keine reguläre Datei (ein FIFO, Gerät oder Socket); nicht gelesen</translation>
    </message>
    <message>
        <source>current_state.json %1; nothing imported</source>
        <translation>current_state.json %1; nichts importiert</translation>
    </message>
    <message>
        <source>leads outside the run folder; refused, the round&apos;s files are taken from current_state.json</source>
        <translation>führt aus dem Laufordner hinaus; abgelehnt, die Dateien der Runde werden aus current_state.json übernommen</translation>
    </message>
    <message>
        <source>%1: not a folder (%2)</source>
        <translation>%1: kein Ordner (%2)</translation>
    </message>
</context>
<context>
    <name>wb::exchange::CodeScientistExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); fix or remove it before exporting into it.</source>
        <translation>%1 ist kein JSON-Objekt (%2); korrigieren oder entfernen Sie die Datei, bevor Sie dorthin exportieren.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot replace the symbolic link %1.</source>
        <translation>Die symbolische Verknüpfung %1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>wb::exchange::ConfinedFolder</name>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is a symbolic link; links are not followed</source>
        <translation>ist eine symbolische Verknüpfung; Verknüpfungen werden nicht verfolgt</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, device, socket or folder); not read</source>
        <translation>ist keine reguläre Datei (ein FIFO, Gerät, Socket oder Ordner); nicht gelesen</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <source>is a path leading outside the folder (absolute, or with a &apos;..&apos; component); refused</source>
        <translation>ist ein Pfad, der aus dem Ordner hinausführt (absolut oder mit einer „..“-Komponente); abgelehnt</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is too large (%1 bytes, the limit is %2); not read</source>
        <translation>ist zu groß (%1 Byte, die Grenze liegt bei %2); nicht gelesen</translation>
    </message>
    <message>
        <source>is too large (over the limit of %1 bytes); not read</source>
        <translation>ist zu groß (über der Grenze von %1 Byte); nicht gelesen</translation>
    </message>
</context>
<context>
    <name>wb::exchange::ExportTarget</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not empty: it holds %2. Export into an empty or new folder, or let the export replace what it writes there (--force); other files are kept.</source>
        <translation>%1 ist nicht leer: Der Ordner enthält %2. Exportieren Sie in einen leeren oder neuen Ordner, oder lassen Sie den Export ersetzen, was er dort schreibt (--force); andere Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>wb::exchange::ExportVerifier</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>provenance.json names no repository or commit.</source>
        <translation>provenance.json nennt weder Repository noch Commit.</translation>
    </message>
    <message>
        <source>The repository %1 is not in this workspace; run the folder&apos;s run_example.sh instead.</source>
        <translation>Das Repository %1 ist nicht in diesem Arbeitsbereich; führen Sie stattdessen das run_example.sh des Ordners aus.</translation>
    </message>
    <message>
        <source>The folder has no main.py.</source>
        <translation>Der Ordner enthält keine main.py.</translation>
    </message>
    <message>
        <source>%1 holds no exported example folder (none has a provenance.json).</source>
        <translation>%1 enthält keinen exportierten Beispielordner (keiner hat eine provenance.json).</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n folder(s).</source>
        <translation>
            <numerusform>Prüfung nach %n Ordner abgebrochen.</numerusform>
            <numerusform>Prüfung nach %n Ordnern abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wb::exchange::FolderExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot replace the symbolic link %1.</source>
        <translation>Die symbolische Verknüpfung %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot write into %1: it is a symbolic link.</source>
        <translation>In %1 kann nicht geschrieben werden: Es ist eine symbolische Verknüpfung.</translation>
    </message>
</context>
<context>
    <name>wb::exchange::GitExporter</name>
    <message>
        <source>Adding %1</source>
        <translation>Hinzufügen von %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Creating the repository %1</source>
        <translation>Erstellen des Repositorys %1</translation>
    </message>
    <message>
        <source>Opening the index</source>
        <translation>Öffnen des Index</translation>
    </message>
    <message>
        <source>Writing a tree</source>
        <translation>Schreiben eines Baums</translation>
    </message>
    <message>
        <source>Reading HEAD</source>
        <translation>Lesen von HEAD</translation>
    </message>
    <message>
        <source>Signing a commit</source>
        <translation>Signieren eines Commits</translation>
    </message>
    <message>
        <source>Writing a commit</source>
        <translation>Schreiben eines Commits</translation>
    </message>
    <message>
        <source>Writing the index</source>
        <translation>Schreiben des Index</translation>
    </message>
    <message>
        <source>Checking out the library</source>
        <translation>Auschecken der Bibliothek</translation>
    </message>
    <message>
        <source>%1 is inside the git repository %2, which cannot be opened (%3); the git export creates its own repository and does not write into another one. Choose a folder outside it.</source>
        <translation>%1 liegt im Git-Repository %2, das sich nicht öffnen lässt (%3); der Git-Export legt ein eigenes Repository an und schreibt in kein anderes. Wählen Sie einen Ordner außerhalb davon.</translation>
    </message>
    <message>
        <source>%1 is a git repository that CodeDistiller Workbench did not create; the git export writes only into repositories it created. Choose a new or empty folder.</source>
        <translation>%1 ist ein Git-Repository, das nicht von CodeDistiller Workbench angelegt wurde; der Git-Export schreibt nur in Repositorys, die er selbst angelegt hat. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 is inside the git repository %2; the git export creates its own repository and does not write into another one. Choose a folder outside it.</source>
        <translation>%1 liegt im Git-Repository %2; der Git-Export legt ein eigenes Repository an und schreibt in kein anderes. Wählen Sie einen Ordner außerhalb davon.</translation>
    </message>
    <message>
        <source>Marking the repository %1</source>
        <translation>Markieren des Repositorys %1</translation>
    </message>
</context>
<context>
    <name>wb::exchange::LibrarySelection</name>
    <message>
        <source>Letting licences through the gate needs a reason (it is recorded with each example).</source>
        <translation>Lizenzen durch den Lizenzfilter zu lassen erfordert eine Begründung (sie wird mit jedem Beispiel erfasst).</translation>
    </message>
    <message>
        <source>%1: not accepted by an annotator%2</source>
        <translation>%1: von keinem Annotator angenommen%2</translation>
    </message>
    <message>
        <source> (rejected or needs work)</source>
        <translation> (abgelehnt oder überarbeitungsbedürftig)</translation>
    </message>
    <message>
        <source>%1: licence %2 is not permissive (let it through with a reason)</source>
        <translation>%1: Lizenz %2 ist nicht freizügig (mit einer Begründung durchlassen)</translation>
    </message>
    <message>
        <source>%1: no round the judge found finished</source>
        <translation>%1: keine Runde, die der LLM-Richter als abgeschlossen bewertet hat</translation>
    </message>
    <message>
        <source>%1: the gold decision is %2</source>
        <translation>%1: die Goldentscheidung ist %2</translation>
    </message>
    <message>
        <source>%1 (a name that cannot be written safely)</source>
        <translation>%1 (ein Name, der nicht sicher geschrieben werden kann)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, too large to keep)</source>
        <translation>%1 (%2 Bytes, zu groß zum Aufbewahren)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes, too large to ship)</source>
        <translation>%1 (%2 Bytes, zu groß zum Mitliefern)</translation>
    </message>
</context>
<context>
    <name>wb::exchange::PlannerAnswer</name>
    <message>
        <source>The model&apos;s answer holds no JSON (CodeScientist would find no plan in it): %1</source>
        <translation>Die Antwort des Modells enthält kein JSON (CodeScientist fände darin keinen Plan): %1</translation>
    </message>
    <message>
        <source>The model&apos;s answer is JSON but not an object with &quot;prompt&quot; and &quot;codeblocks&quot;.</source>
        <translation>Die Antwort des Modells ist JSON, aber kein Objekt mit „prompt“ und „codeblocks“.</translation>
    </message>
    <message>
        <source>The model&apos;s answer lacks %1 (CodeScientist then drops the plan and uses no codeblocks).</source>
        <translation>In der Antwort des Modells fehlt Folgendes: %1 (CodeScientist verwirft dann den Plan und verwendet keine Codeblöcke).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The model&apos;s &quot;prompt&quot; is not text.</source>
        <translation>„prompt“ in der Antwort des Modells ist kein Text.</translation>
    </message>
    <message>
        <source>The model&apos;s &quot;codeblocks&quot; is not a list of names.</source>
        <translation>„codeblocks“ in der Antwort des Modells ist keine Liste von Namen.</translation>
    </message>
    <message>
        <source>The model&apos;s &quot;codeblocks&quot; holds a value that is not a name: %1</source>
        <translation>„codeblocks“ in der Antwort des Modells enthält einen Wert, der kein Name ist: %1</translation>
    </message>
</context>
<context>
    <name>wb::exchange::PlannerSettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The agent preview settings are not a JSON object: %1</source>
        <translation>Die Einstellungen der Agent-Vorschau sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The planner prompt needs the placeholders {{idea}} and {{codeblock_summaries}}.</source>
        <translation>Der Planer-Prompt benötigt die Platzhalter {{idea}} und {{codeblock_summaries}}.</translation>
    </message>
    <message>
        <source>The agent preview settings need positive token budgets and fallback_top_k.</source>
        <translation>Die Einstellungen der Agent-Vorschau benötigen positive Token-Budgets und fallback_top_k.</translation>
    </message>
</context>
<context>
    <name>wb::exchange::ReviewBundle</name>
    <message>
        <source>%1 in campaign %2</source>
        <translation>%1 in Kampagne %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the review bundle.</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei für das Prüfpaket.</translation>
    </message>
    <message>
        <source>The review bundle could not be made into a single file.</source>
        <translation>Das Prüfpaket konnte nicht zu einer einzelnen Datei zusammengefasst werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>This workspace is read-only: %1</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>That is this workspace; choose the bundle your colleague sent back.</source>
        <translation>Das ist dieser Arbeitsbereich; wählen Sie das Paket, das Ihr Kollege zurückgeschickt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n judgement(s) of %1: no such example here</source>
        <translation>
            <numerusform>%n Bewertung zu %1: Dieses Beispiel gibt es hier nicht</numerusform>
            <numerusform>%n Bewertungen zu %1: Dieses Beispiel gibt es hier nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>a judgement of round %1 of %2: that round is not here</source>
        <translation>eine Bewertung zu Runde %1 von %2: Diese Runde gibt es hier nicht</translation>
    </message>
    <message>
        <source>%1 judged %2 here and in the bundle; the newer judgement (here) stays current</source>
        <translation>%1 hat %2 hier und im Paket bewertet; die neuere Bewertung (hier) bleibt gültig</translation>
    </message>
    <message>
        <source>a comment on round %1 of %2: that round is not here</source>
        <translation>ein Kommentar zu Runde %1 von %2: Diese Runde gibt es hier nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n gold decision(s) of %1: no such example here</source>
        <translation>
            <numerusform>%n Goldentscheidung zu %1: Dieses Beispiel gibt es hier nicht</numerusform>
            <numerusform>%n Goldentscheidungen zu %1: Dieses Beispiel gibt es hier nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>a comparison of %1 and %2: an example is not here</source>
        <translation>ein Vergleich von %1 und %2: Eines der Beispiele gibt es hier nicht</translation>
    </message>
</context>
<context>
    <name>wb::exec::ExecutionJob</name>
    <message>
        <source>The round reached its time limit of %1 s and was stopped.</source>
        <translation>Die Runde hat ihr Zeitlimit von %1 s erreicht und wurde gestoppt.</translation>
    </message>
    <message>
        <source>The round directory %1 is not empty.</source>
        <translation>Das Rundenverzeichnis %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>Cannot prepare the round directory %1 (disk full or not writable?).</source>
        <translation>Das Rundenverzeichnis %1 kann nicht vorbereitet werden (Datenträger voll oder nicht beschreibbar?).</translation>
    </message>
    <message>
        <source>Cannot prepare the round&apos;s Python (%1).</source>
        <translation>Das Python der Runde kann nicht vorbereitet werden (%1).</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The %1 phase could not start: %2</source>
        <translation>Die Phase %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>[output truncated: the %1 limit of %2 bytes was reached]</source>
        <translation>[Ausgabe gekürzt: Das %1-Limit von %2 Byte wurde erreicht]</translation>
    </message>
    <message>
        <source>The %1 phase printed more than %2 bytes on %3 and was stopped.</source>
        <translation>Die Phase %1 hat mehr als %2 Byte auf %3 ausgegeben und wurde gestoppt.</translation>
    </message>
    <message>
        <source>main.py was killed by a signal (crash, memory or CPU limit).</source>
        <translation>main.py wurde durch ein Signal beendet (Absturz, Speicher- oder CPU-Limit).</translation>
    </message>
    <message>
        <source>main.py exited with code 0.</source>
        <translation>main.py wurde mit Code 0 beendet.</translation>
    </message>
    <message>
        <source>main.py exited with code %1.</source>
        <translation>main.py wurde mit Code %1 beendet.</translation>
    </message>
    <message>
        <source>The round was cancelled.</source>
        <translation>Die Runde wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Stopping the round&apos;s processes failed (%1): %2</source>
        <translation>Das Beenden der Prozesse der Runde ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>run.sh was killed by a signal; main.py then ran and was killed by a signal (crash, memory or CPU limit).</source>
        <translation>run.sh wurde durch ein Signal beendet; main.py lief danach und wurde durch ein Signal beendet (Absturz, Speicher- oder CPU-Grenze).</translation>
    </message>
    <message>
        <source>run.sh was killed by a signal; main.py then ran and exited with code %1.</source>
        <translation>run.sh wurde durch ein Signal beendet; main.py lief danach und endete mit Code %1.</translation>
    </message>
    <message>
        <source>run.sh exited with code %1; main.py then ran and was killed by a signal (crash, memory or CPU limit).</source>
        <translation>run.sh endete mit Code %1; main.py lief danach und wurde durch ein Signal beendet (Absturz, Speicher- oder CPU-Grenze).</translation>
    </message>
    <message>
        <source>run.sh exited with code %1; main.py then ran and exited with code %2.</source>
        <translation>run.sh endete mit Code %1; main.py lief danach und endete mit Code %2.</translation>
    </message>
</context>
<context>
    <name>wb::exec::Executor</name>
    <message>
        <source>The bwrap executor is not available: bubblewrap is not installed or cannot create a sandbox on this machine (install the package bubblewrap).</source>
        <translation>Die Ausführungsumgebung bwrap ist nicht verfügbar: bubblewrap ist nicht installiert oder kann auf diesem Rechner keine Sandbox erstellen (installieren Sie das Paket bubblewrap).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder owned by root; remove it.</source>
        <translation>%1 existiert, ist aber kein Ordner, der root gehört; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Unknown executor &apos;%1&apos; (local, bwrap, podman, slurm or auto).</source>
        <translation>Unbekannte Ausführungsumgebung „%1“ (local, bwrap, podman, slurm oder auto).</translation>
    </message>
    <message>
        <source>The setting %1 must be an http or https address of a package index (e.g. https://pypi.example.org/simple), not &apos;%2&apos;.</source>
        <translation>Die Einstellung %1 muss eine http- oder https-Adresse eines Paketindex sein (z. B. https://pypi.example.org/simple), nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>wb::exec::PodmanExecutor</name>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the image (%1)</source>
        <translation>für das Image kann kein temporärer Ordner erstellt werden (%1)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot pack the image&apos;s root file system with tar: %1</source>
        <translation>das Wurzeldateisystem des Images kann nicht mit tar gepackt werden: %1</translation>
    </message>
    <message>
        <source>cannot build the image %1 (podman import): %2</source>
        <translation>das Image %1 kann nicht erstellt werden (podman import): %2</translation>
    </message>
    <message>
        <source>the image %1 is not in Podman&apos;s local storage; no registry is used, so load it (podman load -i FILE) or clear the workspace setting %2 to use the workbench&apos;s own image</source>
        <translation>das Image %1 ist nicht im lokalen Speicher von Podman; es wird keine Registry verwendet, laden Sie es also (podman load -i FILE) oder leeren Sie die Arbeitsbereichseinstellung %2, um das eigene Image der Workbench zu verwenden</translation>
    </message>
    <message>
        <source>a test container exited with code %1</source>
        <translation>ein Testcontainer wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>podman is not installed</source>
        <translation>podman ist nicht installiert</translation>
    </message>
    <message>
        <source>Podman cannot run containers here: %1. The podman executor needs the packages podman and runc, and a working container runtime (try: podman --runtime runc run --rm %2 true).</source>
        <translation>Podman kann hier keine Container ausführen: %1. Die Ausführungsumgebung podman benötigt die Pakete podman und runc sowie eine funktionierende Container-Laufzeitumgebung (versuchen Sie: podman --runtime runc run --rm %2 true).</translation>
    </message>
</context>
<context>
    <name>wb::exec::RoundDirectory</name>
    <message>
        <source>The round directory %1 was replaced by a symbolic link: nothing was collected from it.</source>
        <translation>Das Rundenverzeichnis %1 wurde durch eine symbolische Verknüpfung ersetzt: Daraus wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file of the round (a link, a FIFO or a device): not collected.</source>
        <translation>%1 ist keine reguläre Datei der Runde (eine Verknüpfung, ein FIFO oder ein Gerät): nicht übernommen.</translation>
    </message>
    <message>
        <source>%1/ was replaced by a symbolic link: nothing was collected from it.</source>
        <translation>%1/ wurde durch eine symbolische Verknüpfung ersetzt: Daraus wurde nichts übernommen.</translation>
    </message>
</context>
<context>
    <name>wb::exec::RoundFolders</name>
    <message>
        <source>Cannot create the private round folder %1: %2.</source>
        <translation>Der private Rundenordner %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>The round folder %1 belongs to another user; remove it.</source>
        <translation>Der Rundenordner %1 gehört einem anderen Benutzer; entfernen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>wb::exec::SlurmExecutor</name>
    <message>
        <source>Slurm is not available: %1 was not found on PATH (install the Slurm client, on Debian the package slurm-client, or run on the cluster&apos;s login node).</source>
        <translation>Slurm ist nicht verfügbar: %1 wurde nicht im PATH gefunden (installieren Sie den Slurm-Client, unter Debian das Paket slurm-client, oder arbeiten Sie auf dem Login-Knoten des Clusters).</translation>
    </message>
    <message>
        <source>Slurm is not available: the controller did not answer &apos;scontrol ping&apos; within 30 s.</source>
        <translation>Slurm ist nicht verfügbar: Der Controller hat nicht innerhalb von 30 s auf „scontrol ping“ geantwortet.</translation>
    </message>
    <message>
        <source>Slurm is not available: the controller is unreachable (scontrol ping: %1).</source>
        <translation>Slurm ist nicht verfügbar: Der Controller ist nicht erreichbar (scontrol ping: %1).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Cannot create the Slurm shared directory %1 (slurm.shared_directory).</source>
        <translation>Das gemeinsame Slurm-Verzeichnis %1 kann nicht erstellt werden (slurm.shared_directory).</translation>
    </message>
</context>
<context>
    <name>wb::exec::SlurmJob</name>
    <message>
        <source>Re-attached to Slurm job %1.</source>
        <translation>Wieder mit Slurm-Job %1 verbunden.</translation>
    </message>
    <message>
        <source>The job directory %1 is not empty.</source>
        <translation>Das Job-Verzeichnis %1 ist nicht leer.</translation>
    </message>
    <message>
        <source>Cannot write the job script into %1.</source>
        <translation>Das Job-Skript kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Slurm did not accept the round: %1</source>
        <translation>Slurm hat die Runde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Submitted as Slurm job %1.</source>
        <translation>Als Slurm-Job %1 eingereicht.</translation>
    </message>
    <message>
        <source>Slurm does not answer (%1); still waiting for job %2.</source>
        <translation>Slurm antwortet nicht (%1); es wird weiter auf Job %2 gewartet.</translation>
    </message>
    <message>
        <source>Slurm job %1 is queued (%2).</source>
        <translation>Slurm-Job %1 wartet in der Warteschlange (%2).</translation>
    </message>
    <message>
        <source>Slurm job %1 is running on %2.</source>
        <translation>Slurm-Job %1 läuft auf %2.</translation>
    </message>
    <message>
        <source>The Slurm job could not run the round: %1</source>
        <translation>Der Slurm-Job konnte die Runde nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Slurm stopped job %1 at its time limit.</source>
        <translation>Slurm hat Job %1 bei Erreichen seines Zeitlimits gestoppt.</translation>
    </message>
    <message>
        <source>Slurm job %1 is gone without a result.</source>
        <translation>Slurm-Job %1 ist ohne Ergebnis verschwunden.</translation>
    </message>
    <message>
        <source>Slurm job %1 was cancelled outside the workbench.</source>
        <translation>Slurm-Job %1 wurde außerhalb der Workbench abgebrochen.</translation>
    </message>
    <message>
        <source>Slurm job %1 ended (%2) without a result; see %3.</source>
        <translation>Slurm-Job %1 wurde ohne Ergebnis beendet (%2); siehe %3.</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
</context>
<context>
    <name>wb::exec::SlurmJobState</name>
    <message>
        <source>squeue did not answer with JSON: %1</source>
        <translation>squeue hat nicht mit JSON geantwortet: %1</translation>
    </message>
    <message>
        <source>squeue reported an error: %1</source>
        <translation>squeue hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>squeue&apos;s answer has no job list.</source>
        <translation>Die Antwort von squeue enthält keine Job-Liste.</translation>
    </message>
</context>
<context>
    <name>wb::exec::SlurmMonitor</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>sbatch exited with code %1</source>
        <translation>sbatch wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>squeue exited with code %1</source>
        <translation>squeue wurde mit Code %1 beendet</translation>
    </message>
</context>
<context>
    <name>wb::exec::SlurmSettings</name>
    <message>
        <source>The Slurm setting %1 must be a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>Die Slurm-Einstellung %1 muss eine ganze Zahl von mindestens %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The Slurm setting %1 must be a number of seconds (at least %2), not &apos;%3&apos;.</source>
        <translation>Die Slurm-Einstellung %1 muss eine Anzahl von Sekunden sein (mindestens %2), nicht „%3“.</translation>
    </message>
    <message>
        <source>Unknown Slurm setting &apos;%1&apos; (known: %2).</source>
        <translation>Unbekannte Slurm-Einstellung „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>The Slurm setting slurm.container_runtime must be apptainer or singularity, not &apos;%1&apos;.</source>
        <translation>Die Slurm-Einstellung slurm.container_runtime muss apptainer oder singularity sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The Slurm setting slurm.shared_directory must be an absolute path, not &apos;%1&apos;.</source>
        <translation>Die Slurm-Einstellung slurm.shared_directory muss ein absoluter Pfad sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE (e.g. slurm.partition=debug).</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE (z. B. slurm.partition=debug).</translation>
    </message>
    <message>
        <source>Unbalanced quote in the sbatch arguments: %1</source>
        <translation>Nicht geschlossenes Anführungszeichen in den sbatch-Argumenten: %1</translation>
    </message>
</context>
<context>
    <name>wb::git</name>
    <message>
        <source>unknown libgit2 error %1</source>
        <translation>Unbekannter libgit2-Fehler %1</translation>
    </message>
    <message>
        <source>%1: authentication required (%2)</source>
        <translation>%1: Authentifizierung erforderlich (%2)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open Git repository %1</source>
        <translation>Das Git-Repository %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: %2
Git refuses repositories that belong to another user (&quot;dubious ownership&quot;). If you trust it, mark it safe with: git config --global --add safe.directory PATH</source>
        <translation>%1: %2
Git lehnt Repositorys ab, die einem anderen Benutzer gehören („dubious ownership“). Wenn Sie dem Repository vertrauen, markieren Sie es als sicher mit: git config --global --add safe.directory PATH</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2), and Git refuses to read repositories of other users (&quot;dubious ownership&quot;). If you trust it, mark it safe and try again:
  git config --global --add safe.directory %1</source>
        <translation>%1 gehört einem anderen Benutzer (%2), und Git verweigert das Lesen von Repositorys anderer Benutzer („dubious ownership“). Wenn Sie dem Repository vertrauen, markieren Sie es als sicher und versuchen Sie es erneut:
  git config --global --add safe.directory %1</translation>
    </message>
</context>
<context>
    <name>wb::library::LibraryCoverage</name>
    <message>
        <source>no example distilled yet</source>
        <translation>noch kein Beispiel destilliert</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s), none successful</source>
        <translation>
            <numerusform>%n Beispiel, keines erfolgreich</numerusform>
            <numerusform>%n Beispiele, keines erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n successful example(s), none accepted</source>
        <translation>
            <numerusform>%n erfolgreiches Beispiel, keines angenommen</numerusform>
            <numerusform>%n erfolgreiche Beispiele, keines angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>The coverage was cancelled.</source>
        <translation>Die Berechnung der Abdeckung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>identical main.py</source>
        <translation>identische main.py</translation>
    </message>
    <message>
        <source>descriptions %1% alike</source>
        <translation>Beschreibungen zu %1% ähnlich</translation>
    </message>
</context>
<context>
    <name>wb::llm::AnswerLimits</name>
    <message>
        <source>The answer limits are not a JSON object.</source>
        <translation>Die Antwortgrenzen sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>the whole answer has %1 characters, more than the %2 allowed</source>
        <translation>die gesamte Antwort hat %1 Zeichen, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>%1: %2 characters, more than the %3 allowed</source>
        <translation>%1: %2 Zeichen, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <source>%1: %2 items, more than the %3 allowed</source>
        <translation>%1: %2 Einträge, mehr als die erlaubten %3</translation>
    </message>
</context>
<context>
    <name>wb::llm::AnthropicBatchFormat</name>
    <message>
        <source>The answer is not a message batch (no id or processing_status).</source>
        <translation>Die Antwort ist kein Nachrichten-Batch (id oder processing_status fehlt).</translation>
    </message>
    <message>
        <source>expired before it was processed</source>
        <translation>abgelaufen, bevor sie verarbeitet wurde</translation>
    </message>
    <message>
        <source>cancelled before it was processed</source>
        <translation>abgebrochen, bevor sie verarbeitet wurde</translation>
    </message>
</context>
<context>
    <name>wb::llm::AnthropicMessagesFormat</name>
    <message>
        <source>The response has no content blocks.</source>
        <translation>Die Antwort enthält keine Inhaltsblöcke.</translation>
    </message>
</context>
<context>
    <name>wb::llm::BatchFormat</name>
    <message>
        <source>%1 has no batch API; economy mode needs OpenAI or Anthropic.</source>
        <translation>%1 hat keine Batch-API; der Sparmodus benötigt OpenAI oder Anthropic.</translation>
    </message>
</context>
<context>
    <name>wb::llm::Cassette</name>
    <message>
        <source>Cannot read the cassette %1: %2</source>
        <translation>Die Kassette %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Cannot write the cassette %1: %2</source>
        <translation>Die Kassette %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON object</source>
        <translation>%1, Zeile %2: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1, line %2: an entry needs &quot;request_hash&quot; or &quot;match&quot;</source>
        <translation>%1, Zeile %2: Ein Eintrag benötigt „request_hash“ oder „match“</translation>
    </message>
</context>
<context>
    <name>wb::llm::Credentials</name>
    <message>
        <source>set %1 or store the key in the desktop&apos;s secret store (Settings → Providers)</source>
        <translation>setzen Sie %1 oder speichern Sie den Schlüssel im Schlüsselbund des Desktops (Einstellungen → Modellanbieter)</translation>
    </message>
</context>
<context>
    <name>wb::llm::LlmBatch</name>
    <message>
        <source>A stored batch request is unreadable.</source>
        <translation>Eine gespeicherte Batch-Anfrage ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A batch needs a workspace, which keeps it until its answers are in.</source>
        <translation>Ein Batch benötigt einen Arbeitsbereich, der ihn aufbewahrt, bis seine Antworten vorliegen.</translation>
    </message>
    <message>
        <source>A batch needs at least one request.</source>
        <translation>Ein Batch benötigt mindestens eine Anfrage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid custom_id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;).</source>
        <translation>„%1“ ist keine gültige custom_id (1 bis 64 Buchstaben, Ziffern, „-“ oder „_“).</translation>
    </message>
    <message>
        <source>The custom_id &apos;%1&apos; occurs twice in one batch.</source>
        <translation>Die custom_id „%1“ kommt in einem Batch zweimal vor.</translation>
    </message>
    <message>
        <source>A batch holds requests to one provider, server and model.</source>
        <translation>Ein Batch enthält Anfragen an genau einen Anbieter, einen Server und ein Modell.</translation>
    </message>
    <message>
        <source>%1 batches hold at most %2 requests and %3 MB; this one has %4 requests and %5 MB.</source>
        <translation>Batches von %1 umfassen höchstens %2 Anfragen und %3 MB; dieser hat %4 Anfragen und %5 MB.</translation>
    </message>
    <message>
        <source>Batch %1 does not exist in this workspace.</source>
        <translation>Batch %1 existiert in diesem Arbeitsbereich nicht.</translation>
    </message>
    <message numerus="yes">
        <source>uploading %n request(s)</source>
        <translation>
            <numerusform>%n Anfrage wird hochgeladen</numerusform>
            <numerusform>%n Anfragen werden hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered the upload unexpectedly (%2); the requests are sent one by one.</source>
        <translation>%1 hat unerwartet auf das Hochladen geantwortet (%2); die Anfragen werden einzeln gesendet.</translation>
    </message>
    <message>
        <source>%1 answered the new batch unexpectedly (%2); the requests are sent one by one.</source>
        <translation>%1 hat unerwartet auf den neuen Batch geantwortet (%2); die Anfragen werden einzeln gesendet.</translation>
    </message>
    <message>
        <source>%1 refused the batch: %2 — check the API key (%3).</source>
        <translation>%1 hat den Batch abgelehnt: %2 — prüfen Sie den API-Schlüssel (%3).</translation>
    </message>
    <message>
        <source>%1 refused the batch: %2 — the account&apos;s quota or spend limit is exhausted.</source>
        <translation>%1 hat den Batch abgelehnt: %2 — das Kontingent oder Ausgabenlimit des Kontos ist erschöpft.</translation>
    </message>
    <message>
        <source>cannot submit the batch yet (%1); trying again</source>
        <translation>der Batch kann noch nicht übermittelt werden (%1); es wird erneut versucht</translation>
    </message>
    <message>
        <source>%1 did not take the batch (%2); its requests are sent one by one.</source>
        <translation>%1 hat den Batch nicht angenommen (%2); seine Anfragen werden einzeln gesendet.</translation>
    </message>
    <message>
        <source>%1 refused to report on batch %2: %3 — check the API key (%4).</source>
        <translation>%1 hat die Auskunft über Batch %2 verweigert: %3 — prüfen Sie den API-Schlüssel (%4).</translation>
    </message>
    <message>
        <source>%1 refused to report on batch %2: %3</source>
        <translation>%1 hat die Auskunft über Batch %2 verweigert: %3</translation>
    </message>
    <message>
        <source>%1 does not know batch %2 (any more); its requests are sent one by one.</source>
        <translation>%1 kennt Batch %2 nicht (mehr); seine Anfragen werden einzeln gesendet.</translation>
    </message>
    <message>
        <source>cannot ask %1 about batch %2 (%3); asking again later</source>
        <translation>bei %1 kann der Stand von Batch %2 nicht abgefragt werden (%3); es wird später erneut gefragt</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly about batch %2 (%3); asking again later</source>
        <translation>%1 hat unerwartet zu Batch %2 geantwortet (%3); es wird später erneut gefragt</translation>
    </message>
    <message>
        <source>%1 did not run batch %2 (%3); its requests are sent one by one.</source>
        <translation>%1 hat Batch %2 nicht ausgeführt (%3); seine Anfragen werden einzeln gesendet.</translation>
    </message>
    <message>
        <source>reading the results</source>
        <translation>die Ergebnisse werden gelesen</translation>
    </message>
    <message>
        <source>%1 refused the results of batch %2: %3</source>
        <translation>%1 hat die Ergebnisse von Batch %2 verweigert: %3</translation>
    </message>
    <message>
        <source>The results of batch %1 are gone; its requests are sent one by one.</source>
        <translation>Die Ergebnisse von Batch %1 sind nicht mehr vorhanden; seine Anfragen werden einzeln gesendet.</translation>
    </message>
    <message>
        <source>cannot read the results of batch %1 (%2); trying again later</source>
        <translation>die Ergebnisse von Batch %1 können nicht gelesen werden (%2); es wird später erneut versucht</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not answered by the batch are sent one by one</source>
        <translation>
            <numerusform>%n vom Batch nicht beantwortete Anfrage wird einzeln gesendet</numerusform>
            <numerusform>%n vom Batch nicht beantwortete Anfragen werden einzeln gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result line(s) could not be read</source>
        <translation>
            <numerusform>%n Ergebniszeile konnte nicht gelesen werden</numerusform>
            <numerusform>%n Ergebniszeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not confirm that batch %2 is cancelled: %3</source>
        <translation>%1 hat nicht bestätigt, dass Batch %2 abgebrochen ist: %3</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>wb::llm::LlmClient</name>
    <message>
        <source>Unknown stage &apos;%1&apos; (known: %2).</source>
        <translation>Unbekannte Phase „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>Replay: no recorded response for this %1 request to %2 (request %3). Run it once online, or use a cassette that contains it.</source>
        <translation>Wiedergabe: Keine aufgezeichnete Antwort für diese %1-Anfrage an %2 (Anfrage %3). Führen Sie sie einmal online aus oder verwenden Sie eine Kassette, die sie enthält.</translation>
    </message>
    <message>
        <source>Invalid base URL &apos;%1&apos; for %2.</source>
        <translation>Ungültige Basis-URL „%1“ für %2.</translation>
    </message>
    <message>
        <source>No API key for %1: %2.</source>
        <translation>Kein API-Schlüssel für %1: %2.</translation>
    </message>
    <message>
        <source>The response from %1 exceeded %2 MB and was cut off.</source>
        <translation>Die Antwort von %1 hat %2 MB überschritten und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (after %2 attempts).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (nach %2 Versuchen).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2 (after %3 attempts).</source>
        <translation>%1 ist nicht erreichbar: %2 (nach %3 Versuchen).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <source> — the account&apos;s quota or spend limit is exhausted; this is not retried.</source>
        <translation> — das Kontingent oder Ausgabenlimit des Kontos ist erschöpft; es wird nicht erneut versucht.</translation>
    </message>
    <message>
        <source> — check the API key (%1).</source>
        <translation> — prüfen Sie den API-Schlüssel (%1).</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (%3 bytes): %4</source>
        <translation>%1 hat mit HTTP %2 und einem Inhalt geantwortet, der kein JSON ist (%3 Byte): %4</translation>
    </message>
    <message>
        <source>%1 answered in an unexpected shape: %2</source>
        <translation>%1 hat in einer unerwarteten Form geantwortet: %2</translation>
    </message>
    <message>
        <source>The answer is empty: the token cap (%1) was used up, probably by reasoning. Raise it.</source>
        <translation>Die Antwort ist leer: Die Token-Obergrenze (%1) wurde aufgebraucht, vermutlich durch Reasoning. Erhöhen Sie sie.</translation>
    </message>
    <message>
        <source>the answer is empty because the token cap (%1) was used up</source>
        <translation>die Antwort ist leer, weil die Token-Obergrenze (%1) aufgebraucht wurde</translation>
    </message>
    <message>
        <source>no JSON object was found in the answer</source>
        <translation>in der Antwort wurde kein JSON-Objekt gefunden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The call could not be recorded in the workspace: %1</source>
        <translation>Der Aufruf konnte nicht im Arbeitsbereich aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>The %1 answer is unusable (schema or size limits) even after a repeated request: %2</source>
        <translation>Die %1-Antwort ist auch nach einer wiederholten Anfrage unbrauchbar (Schema- oder Größengrenzen): %2</translation>
    </message>
</context>
<context>
    <name>wb::llm::ModelProfiles</name>
    <message>
        <source>Cannot read the model catalogue %1: %2</source>
        <translation>Der Modellkatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Invalid family pattern &apos;%1&apos; in the model catalogue: %2</source>
        <translation>Ungültiges Familienmuster „%1“ im Modellkatalog: %2</translation>
    </message>
    <message>
        <source>Invalid model catalogue: %1</source>
        <translation>Ungültiger Modellkatalog: %1</translation>
    </message>
</context>
<context>
    <name>wb::llm::OpenAiBatchFormat</name>
    <message>
        <source>The file upload was answered without a file id.</source>
        <translation>Die Antwort auf das Hochladen der Datei enthält keine Datei-ID.</translation>
    </message>
    <message>
        <source>The answer is not a batch object (no id or status).</source>
        <translation>Die Antwort ist kein Batch-Objekt (id oder status fehlt).</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>wb::llm::OpenAiChatFormat</name>
    <message>
        <source>The response has no choices.</source>
        <translation>Die Antwort enthält keine Auswahlmöglichkeiten (choices).</translation>
    </message>
    <message>
        <source>The response&apos;s first choice has no message.</source>
        <translation>Die erste Auswahlmöglichkeit (choice) der Antwort enthält keine Nachricht.</translation>
    </message>
</context>
<context>
    <name>wb::llm::PriceCatalog</name>
    <message>
        <source>Cannot read the price catalogue %1: %2</source>
        <translation>Der Preiskatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Invalid price catalogue: %1</source>
        <translation>Ungültiger Preiskatalog: %1</translation>
    </message>
    <message>
        <source>%1 is not in the price catalogue: its cost will be recorded as unknown.</source>
        <translation>%1 ist nicht im Preiskatalog enthalten: Die Kosten werden als unbekannt erfasst.</translation>
    </message>
    <message>
        <source>%1 was retired on %2; calls to it will fail.</source>
        <translation>%1 wurde am %2 abgekündigt; Aufrufe werden fehlschlagen.</translation>
    </message>
    <message>
        <source>%1 retires on %2 (in %3 days).</source>
        <translation>%1 wird am %2 abgekündigt (in %3 Tagen).</translation>
    </message>
    <message>
        <source>The price catalogue dates from %1 (more than 90 days ago); check current prices.</source>
        <translation>Der Preiskatalog stammt vom %1 (vor mehr als 90 Tagen); prüfen Sie die aktuellen Preise.</translation>
    </message>
</context>
<context>
    <name>wb::llm::ProviderCatalog</name>
    <message>
        <source>The built-in provider profiles are missing.</source>
        <translation>Die eingebauten Anbieterprofile fehlen.</translation>
    </message>
    <message>
        <source>Provider %1 has an unknown wire format &apos;%2&apos;.</source>
        <translation>Anbieter %1 hat ein unbekanntes Übertragungsformat „%2“.</translation>
    </message>
    <message>
        <source>Invalid provider profiles: %1</source>
        <translation>Ungültige Anbieterprofile: %1</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos; (known: %2).</source>
        <translation>Unbekannter Anbieter „%1“ (bekannt: %2).</translation>
    </message>
</context>
<context>
    <name>wb::llm::TokenEstimator</name>
    <message>
        <source>Invalid token ratios: %1</source>
        <translation>Ungültige Token-Verhältnisse: %1</translation>
    </message>
</context>
<context>
    <name>wb::llm::WireFormat</name>
    <message>
        <source>Unknown wire format &apos;%1&apos;.</source>
        <translation>Unbekanntes Übertragungsformat „%1“.</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::BatchClassifier</name>
    <message>
        <source>The classification batch could not be created: %1</source>
        <translation>Der Klassifizierungs-Batch konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the classification batch: submitting %n request(s)</source>
        <translation>
            <numerusform>wartet auf den Klassifizierungs-Batch: %n Anfrage wird übermittelt</numerusform>
            <numerusform>wartet auf den Klassifizierungs-Batch: %n Anfragen werden übermittelt</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for classification batch %1 (%2): %3 of %4 answered</source>
        <translation>wartet auf Klassifizierungs-Batch %1 (%2): %3 von %4 beantwortet</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::BudgetGuard</name>
    <message>
        <source>A cost budget of $%1 cannot be kept: the price catalogue has no price for %2, so the cost of its calls is unknown. Give it a price (USD per 1M tokens, &quot;input&quot; and &quot;output&quot;) in %3 — the catalogue&apos;s format, see &apos;codedistiller llm models&apos; — or run without a budget.</source>
        <translation>Ein Kostenbudget von $%1 kann nicht eingehalten werden: Der Preiskatalog enthält keinen Preis für %2, daher sind die Kosten seiner Aufrufe unbekannt. Geben Sie in %3 einen Preis dafür an (USD pro 1 Mio. Tokens, &quot;input&quot; und &quot;output&quot;) — im Format des Katalogs, siehe „codedistiller llm models“ — oder starten Sie ohne Budget.</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::CampaignConfig</name>
    <message>
        <source>Invalid campaign configuration: %1</source>
        <translation>Ungültige Kampagnenkonfiguration: %1</translation>
    </message>
    <message>
        <source>Unknown classification mode &apos;%1&apos; (standard or economy).</source>
        <translation>Unbekannter Klassifizierungsmodus „%1“ (standard oder economy).</translation>
    </message>
    <message>
        <source>at most %1 rounds (protocol: %2)</source>
        <translation>höchstens %1 Runden (Protokoll: %2)</translation>
    </message>
    <message>
        <source>%1 s per round (protocol: %2 min)</source>
        <translation>%1 s pro Runde (Protokoll: %2 min)</translation>
    </message>
    <message>
        <source>Unknown round retention &apos;%1&apos; (%2).</source>
        <translation>Unbekannte Rundenaufbewahrung „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::CampaignPlan</name>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Die Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>A campaign named &apos;%1&apos; exists already; resume it or choose another name.</source>
        <translation>Eine Kampagne namens „%1“ gibt es schon; setzen Sie sie fort oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>die Generierung</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>die Klassifikation</translation>
    </message>
    <message>
        <source>the judge</source>
        <translation>den Prüfer</translation>
    </message>
    <message>
        <source>No provider is set for %1.</source>
        <translation>Für %1 ist kein Anbieter eingestellt.</translation>
    </message>
    <message>
        <source>No model is set for %1.</source>
        <translation>Für %1 ist kein Modell eingestellt.</translation>
    </message>
    <message>
        <source>The campaign needs at least one round (maximum rounds is %1).</source>
        <translation>Die Kampagne braucht mindestens eine Runde (höchstens %1 Runden).</translation>
    </message>
    <message>
        <source>At least one example and one round must run at a time (concurrency).</source>
        <translation>Mindestens ein Beispiel und eine Runde müssen gleichzeitig laufen können (Parallelität).</translation>
    </message>
    <message>
        <source>A round needs a time limit of at least one second.</source>
        <translation>Eine Runde braucht ein Zeitlimit von mindestens einer Sekunde.</translation>
    </message>
    <message>
        <source>The number of files to classify cannot be negative.</source>
        <translation>Die Zahl der zu klassifizierenden Dateien kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A budget must be more than $0 (no budget: leave it unset).</source>
        <translation>Ein Budget muss über 0 $ liegen (kein Budget: leer lassen).</translation>
    </message>
    <message>
        <source>Economy classification needs a provider with a batch API; %1 has none.</source>
        <translation>Die sparsame Klassifikation braucht einen Anbieter mit Batch-API; %1 hat keine.</translation>
    </message>
    <message>
        <source>Unknown classification mode &apos;%1&apos; (standard or economy).</source>
        <translation>Unbekannter Klassifizierungsmodus „%1“ (standard oder economy).</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; of the %2 executor (known: %3).</source>
        <translation>Unbekannte Einstellung „%1“ der Ausführungsumgebung %2 (bekannt: %3).</translation>
    </message>
    <message>
        <source>The workspace has no repositories; add some with &apos;codedistiller add&apos; or File → Add Repository.</source>
        <translation>Der Arbeitsbereich hat keine Repositories; fügen Sie welche mit „codedistiller add“ oder Datei → Repository hinzufügen hinzu.</translation>
    </message>
    <message>
        <source>Repository %1 is not in the workspace (removed meanwhile?).</source>
        <translation>Repository %1 ist nicht im Arbeitsbereich (inzwischen entfernt?).</translation>
    </message>
    <message>
        <source>Campaign %1 cannot start:
- %2</source>
        <translation>Kampagne %1 kann nicht starten:
- %2</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::CampaignProtocol</name>
    <message>
        <source>The stored snapshot of the protocol %1 does not match its hash %2.</source>
        <translation>Der gespeicherte Schnappschuss des Protokolls %1 passt nicht zu seinem Hash %2.</translation>
    </message>
    <message>
        <source>The campaign ran under the protocol %1 %2, whose snapshot is not in this workspace, and the protocol of that name is now %3. Restore the protocol as it was, or start a new campaign.</source>
        <translation>Die Kampagne lief unter dem Protokoll %1 %2, dessen Schnappschuss nicht in diesem Arbeitsbereich liegt, und das Protokoll dieses Namens ist jetzt %3. Stellen Sie das Protokoll wieder her, wie es war, oder beginnen Sie eine neue Kampagne.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht aufgezeichnet)</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::CampaignRunner</name>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Kampagne %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The campaign&apos;s cost budget was reached.</source>
        <translation>Das Kostenbudget der Kampagne wurde erreicht.</translation>
    </message>
    <message>
        <source>Cancelled from another process.</source>
        <translation>Von einem anderen Prozess abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Paused by the user.</source>
        <translation>Vom Benutzer pausiert.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::CampaignSet</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor sie begann.</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::ClassificationTask</name>
    <message>
        <source>A classification batch request has no readable context.</source>
        <translation>Eine Anfrage des Klassifizierungs-Batches hat keinen lesbaren Kontext.</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::ExampleRunner</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>The campaign&apos;s cost budget was reached.</source>
        <translation>Das Kostenbudget der Kampagne wurde erreicht.</translation>
    </message>
    <message>
        <source>Example %1 no longer exists.</source>
        <translation>Beispiel %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The repository of example %1 was removed.</source>
        <translation>Das Repository von Beispiel %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Not finished after %1 rounds; the last repair was never executed.</source>
        <translation>Nach %1 Runden nicht abgeschlossen; die letzte Reparatur wurde nie ausgeführt.</translation>
    </message>
    <message>
        <source>The judge found round %1 finished.</source>
        <translation>Der LLM-Richter hat Runde %1 als abgeschlossen bewertet.</translation>
    </message>
    <message>
        <source>Repository summary: %1</source>
        <translation>Repository-Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>No file could be classified: %1</source>
        <translation>Keine Datei konnte klassifiziert werden: %1</translation>
    </message>
    <message>
        <source>Example generation: %1</source>
        <translation>Beispielgenerierung: %1</translation>
    </message>
    <message>
        <source>waiting for an execution slot</source>
        <translation>wartet auf einen Ausführungsplatz</translation>
    </message>
    <message>
        <source>running round %1</source>
        <translation>Runde %1 wird ausgeführt</translation>
    </message>
    <message>
        <source>Execution: %1</source>
        <translation>Ausführung: %1</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>LLM-Richter: %1</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <source>expert round %1: %2</source>
        <translation>Expertenrunde %1: %2</translation>
    </message>
    <message>
        <source>Example %1 has no rounds.</source>
        <translation>Beispiel %1 hat keine Runden.</translation>
    </message>
    <message>
        <source>Round %1 is not an expert round; nothing was run.</source>
        <translation>Runde %1 ist keine Expertenrunde; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>setup failed (exit code %1)</source>
        <translation>Einrichtung fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>the judge found it finished</source>
        <translation>laut LLM-Richter abgeschlossen</translation>
    </message>
    <message>
        <source>the judge found it not finished</source>
        <translation>laut LLM-Richter nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Expert round %1: %2, %3.</source>
        <translation>Expertenrunde %1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the classification batch (%n file(s))</source>
        <translation>
            <numerusform>wartet auf den Klassifizierungs-Batch (%n Datei)</numerusform>
            <numerusform>wartet auf den Klassifizierungs-Batch (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>following round %1 (job %2)</source>
        <translation>Runde %1 wird verfolgt (Job %2)</translation>
    </message>
    <message>
        <source>Not a success: %1.</source>
        <translation>Kein Erfolg: %1.</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::ExpertRound</name>
    <message>
        <source>Example %1 does not exist.</source>
        <translation>Beispiel %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Example %1 is %2 in its campaign. Let the campaign finish it (or cancel it and run it to an end) before adding an expert round.</source>
        <translation>Beispiel %1 hat in seiner Kampagne den Status %2. Lassen Sie es von der Kampagne abschließen (oder brechen Sie es ab und führen Sie es zu Ende), bevor Sie eine Expertenrunde hinzufügen.</translation>
    </message>
    <message>
        <source>An expert round needs the annotator&apos;s name (Settings → General, or --annotator).</source>
        <translation>Eine Expertenrunde benötigt den Namen des Annotators (Einstellungen → Allgemein oder --annotator).</translation>
    </message>
    <message>
        <source>main.py is empty; an expert round needs the program to run.</source>
        <translation>main.py ist leer; eine Expertenrunde benötigt das auszuführende Programm.</translation>
    </message>
    <message>
        <source>run.sh is empty; an expert round needs the script that runs main.py.</source>
        <translation>run.sh ist leer; eine Expertenrunde benötigt das Skript, das main.py ausführt.</translation>
    </message>
    <message>
        <source>metadata.json is not a JSON object (%1 at offset %2). Fix it before saving the round.</source>
        <translation>metadata.json ist kein JSON-Objekt (%1 bei Offset %2). Korrigieren Sie die Datei, bevor Sie die Runde speichern.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::FileSelector</name>
    <message>
        <source>binary %1, content not shown</source>
        <translation>binär (%1), Inhalt nicht gezeigt</translation>
    </message>
    <message>
        <source>[A binary file of %1 bytes (%2). Its content cannot be shown; judge it by its name, its place in the repository and the files that refer to it.]</source>
        <translation>[Eine Binärdatei von %1 Bytes (%2). Ihr Inhalt kann nicht gezeigt werden; beurteilen Sie sie nach ihrem Namen, ihrem Ort im Repository und den Dateien, die auf sie verweisen.]</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::PromptBuilder</name>
    <message>
        <source>The %1 prompt for %2 needs about %3 tokens, but at most %4 fit (the protocol&apos;s cap for this stage and model, within a context window of %5 tokens less %6 kept for the answer), even with the repository&apos;s files shortened and the outputs trimmed. Use a model with a larger context window or a protocol with smaller budgets.</source>
        <translation>Der %1-Prompt für %2 braucht etwa %3 Tokens, es passen aber höchstens %4 (die Obergrenze des Protokolls für diese Stufe und dieses Modell, in einem Kontextfenster von %5 Tokens abzüglich %6 für die Antwort), auch mit gekürzten Repository-Dateien und beschnittenen Ausgaben. Verwenden Sie ein Modell mit größerem Kontextfenster oder ein Protokoll mit kleineren Budgets.</translation>
    </message>
</context>
<context>
    <name>wb::pipeline::Protocol</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(cannot be loaded: %1)</source>
        <translation>(kann nicht geladen werden: %1)</translation>
    </message>
    <message>
        <source>Unknown protocol &quot;%1&quot; (known: %2).</source>
        <translation>Unbekanntes Protokoll „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>The protocol snapshot</source>
        <translation>Der Protokoll-Schnappschuss</translation>
    </message>
    <message>
        <source>The protocol &quot;%1&quot; has no prompt for the stage %2.</source>
        <translation>Das Protokoll „%1“ hat keinen Prompt für die Stufe %2.</translation>
    </message>
    <message>
        <source>The protocol &quot;%1&quot; asks for execution semantics the executors do not implement (run.sh is sourced, main.py runs after a failed setup, CPU only).</source>
        <translation>Das Protokoll „%1“ verlangt eine Ausführung, die die Executoren nicht umsetzen (run.sh wird mit source eingelesen, main.py läuft auch nach einem fehlgeschlagenen Setup, nur CPU).</translation>
    </message>
    <message>
        <source>The protocol &quot;%1&quot; has no prompt &quot;%2&quot;.</source>
        <translation>Das Protokoll „%1“ hat keinen Prompt „%2“.</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; of the protocol &quot;%2&quot; includes &quot;%3&quot;, which the protocol does not define.</source>
        <translation>Der Prompt „%1“ des Protokolls „%2“ bindet „%3“ ein, das das Protokoll nicht definiert.</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; needs the value &quot;%2&quot;.</source>
        <translation>Der Prompt „%1“ braucht den Wert „%2“.</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no place for &quot;%2&quot;.</source>
        <translation>Der Prompt „%1“ hat keinen Platz für „%2“.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must map names to prompt files.</source>
        <translation>%1: „%2“ muss Namen auf Prompt-Dateien abbilden.</translation>
    </message>
    <message>
        <source>%1: the prompt file of &quot;%2&quot; must be a string.</source>
        <translation>%1: Die Prompt-Datei von „%2“ muss ein String sein.</translation>
    </message>
    <message>
        <source>%1: prompt files must lie inside the protocol&apos;s folder (%2).</source>
        <translation>%1: Prompt-Dateien müssen im Ordner des Protokolls liegen (%2).</translation>
    </message>
    <message>
        <source>The protocol %1 extends itself through %2.</source>
        <translation>Das Protokoll %1 erweitert sich über %2 selbst.</translation>
    </message>
    <message>
        <source>The protocol %1 extends &quot;%2&quot;, which was not found (searched: %3).</source>
        <translation>Das Protokoll %1 erweitert „%2“, das nicht gefunden wurde (durchsucht: %3).</translation>
    </message>
</context>
<context>
    <name>wb::repo::IngestJob</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>wb::repo::InventoryBuilder</name>
    <message>
        <source>Cannot read object %1: %2</source>
        <translation>Objekt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read object %1</source>
        <translation>Objekt %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the tree of %1</source>
        <translation>Der Baum von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open the object database</source>
        <translation>Die Objektdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot walk the tree</source>
        <translation>Der Baum kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>Inventory cancelled.</source>
        <translation>Inventarisierung abgebrochen.</translation>
    </message>
    <message>
        <source>Invalid commit id %1</source>
        <translation>Ungültige Commit-ID %1</translation>
    </message>
    <message>
        <source>Commit %1 is not in the mirror</source>
        <translation>Commit %1 ist nicht im Spiegel enthalten</translation>
    </message>
</context>
<context>
    <name>wb::repo::LanguageDetector</name>
    <message>
        <source>The built-in language table is missing.</source>
        <translation>Die eingebaute Sprachtabelle fehlt.</translation>
    </message>
    <message>
        <source>Invalid language table: %1</source>
        <translation>Ungültige Sprachtabelle: %1</translation>
    </message>
</context>
<context>
    <name>wb::repo::LicenseDetector</name>
    <message>
        <source>The built-in licence table is missing.</source>
        <translation>Die eingebaute Lizenztabelle fehlt.</translation>
    </message>
    <message>
        <source>Invalid licence table: %1</source>
        <translation>Ungültige Lizenztabelle: %1</translation>
    </message>
</context>
<context>
    <name>wb::repo::Notebook</name>
    <message>
        <source>The notebook is not a JSON object.</source>
        <translation>Das Notebook ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The notebook is not valid JSON: %1</source>
        <translation>Das Notebook ist kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>wb::repo::RepositoryCheckout</name>
    <message>
        <source>Cannot create %1 (disk full or not writable?).</source>
        <translation>%1 kann nicht erstellt werden (Datenträger voll oder nicht beschreibbar?).</translation>
    </message>
    <message>
        <source>Invalid commit id %1</source>
        <translation>Ungültige Commit-ID %1</translation>
    </message>
    <message>
        <source>Commit %1 is not in the mirror</source>
        <translation>Commit %1 ist nicht im Spiegel enthalten</translation>
    </message>
    <message>
        <source>Cannot check out %1</source>
        <translation>%1 kann nicht ausgecheckt werden</translation>
    </message>
    <message>
        <source>Cannot move the checkout into place at %1.</source>
        <translation>Der Checkout kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>wb::repo::RepositoryFetcher</name>
    <message>
        <source>Cannot set up the mirror of %1</source>
        <translation>Der Spiegel von %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot fetch %1</source>
        <translation>%1 kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>%1 is an empty repository (it has no commits).</source>
        <translation>%1 ist ein leeres Repository (es hat keine Commits).</translation>
    </message>
    <message>
        <source>%1 has no branches to pin a commit from.</source>
        <translation>%1 hat keine Branches, aus denen ein Commit festgelegt werden kann.</translation>
    </message>
    <message>
        <source>%1 is not a Git repository (no .git folder, and not a bare repository).</source>
        <translation>%1 ist kein Git-Repository (kein .git-Ordner und kein Bare-Repository).</translation>
    </message>
    <message>
        <source>Cannot create a repository in %1</source>
        <translation>In %1 kann kein Repository erstellt werden</translation>
    </message>
    <message>
        <source>Cannot move the new clone into place at %1.</source>
        <translation>Der neue Klon kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>the cache folder</source>
        <translation>Der Cache-Ordner</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 in the cache.</source>
        <translation>Die Sperrdatei %1 kann im Cache nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>wb::repo::RepositoryIngestor</name>
    <message>
        <source>Cannot add %1 to the workspace %2: it is read-only (%3). Ask for write permission, or use a workspace of your own.</source>
        <translation>%1 kann nicht zum Arbeitsbereich %2 hinzugefügt werden: Er ist schreibgeschützt (%3). Bitten Sie um Schreibberechtigung oder verwenden Sie einen eigenen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>wb::repo::SourceSpec</name>
    <message>
        <source>Empty repository source.</source>
        <translation>Leere Repository-Quelle.</translation>
    </message>
    <message>
        <source>The repository source contains control characters.</source>
        <translation>Die Repository-Quelle enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &apos;%1&apos; in &apos;%2&apos; (use https, ssh, git or file).</source>
        <translation>Nicht unterstütztes URL-Schema „%1“ in „%2“ (verwenden Sie https, ssh, git oder file).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a repository on a server.</source>
        <translation>„%1“ bezeichnet kein Repository auf einem Server.</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a Git repository.</source>
        <translation>%1 ist eine Datei, kein Git-Repository.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid owner/name.</source>
        <translation>„%1“ ist kein gültiges owner/name.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a URL, a local path nor GitHub&apos;s owner/name.</source>
        <translation>„%1“ ist weder eine URL noch ein lokaler Pfad noch ein GitHub-owner/name.</translation>
    </message>
    <message>
        <source>Cannot read the list file %1: %2</source>
        <translation>Die Listendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The list file %1 is larger than 64 MiB.</source>
        <translation>Die Listendatei %1 ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>%1: entry %2 has no &quot;repo_name&quot; string.</source>
        <translation>%1: Eintrag %2 hat keine Zeichenkette „repo_name“.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a list of repositories.</source>
        <translation>%1 ist eine Binärdatei, keine Liste von Repositorys.</translation>
    </message>
</context>
<context>
    <name>wb::repo::TransferProgress</name>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>receiving %1/%2 objects, %3</source>
        <translation>%1/%2 Objekte werden empfangen, %3</translation>
    </message>
    <message>
        <source>resolving deltas</source>
        <translation>Deltas werden aufgelöst</translation>
    </message>
    <message>
        <source>inventory %1/%2 files</source>
        <translation>Inventar: %1/%2 Dateien</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>wird gespeichert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>wb::review::CampaignCostBreakdown</name>
    <message>
        <source>No campaign yet.</source>
        <translation>Noch keine Kampagne.</translation>
    </message>
    <message>
        <source>Withheld in blind review: the costs would tell the models apart.</source>
        <translation>In der Blindbewertung zurückgehalten: Die Kosten würden die Modelle verraten.</translation>
    </message>
    <message>
        <source>No model calls recorded.</source>
        <translation>Keine Modellaufrufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Tokens of calls that reached a provider; each prompt token in one column (uncached, read from the provider&apos;s cache, written to it); output includes reasoning. Cached answers came from the workbench&apos;s own cache: no provider call, no cost. Batch calls are priced at the batch price.</source>
        <translation>Tokens der Aufrufe, die einen Anbieter erreichten; jedes Prompt-Token in einer Spalte (ungecacht, aus dem Cache des Anbieters gelesen, in ihn geschrieben); die Ausgabe schließt das Reasoning ein. Zwischengespeicherte Antworten kamen aus dem eigenen Cache der Workbench: kein Anbieteraufruf, keine Kosten. Batch-Aufrufe werden zum Batch-Preis berechnet.</translation>
    </message>
    <message>
        <source>Some calls have no price (a model missing from the price catalogue, a server that reported no usage, or a call that failed before it did): &quot;≥ x&quot; is what the priced calls cost, &quot;—&quot; means no call was priced.</source>
        <translation>Einige Aufrufe haben keinen Preis (ein Modell fehlt im Preiskatalog, ein Server meldete keine Nutzung oder ein Aufruf scheiterte vorher): „≥ x“ ist, was die bepreisten Aufrufe kosteten, „—“ heißt, dass kein Aufruf bepreist war.</translation>
    </message>
</context>
<context>
    <name>wb::review::CampaignMatrix</name>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>The campaigns ran under different protocols, so they are not comparable (%1).</source>
        <translation>Die Kampagnen liefen unter verschiedenen Protokollen und sind daher nicht vergleichbar (%1).</translation>
    </message>
</context>
<context>
    <name>wb::review::CampaignReport</name>
    <message>
        <source>The campaigns ran under different protocols, so their rates are not comparable (%1). See &apos;codedistiller protocol diff&apos;.</source>
        <translation>Die Kampagnen liefen unter verschiedenen Protokollen, ihre Quoten sind daher nicht vergleichbar (%1). Siehe „codedistiller protocol diff“.</translation>
    </message>
    <message>
        <source>as the protocol</source>
        <translation>wie das Protokoll</translation>
    </message>
    <message>
        <source>The campaigns&apos; limits differ (%1).</source>
        <translation>Die Grenzen der Kampagnen unterscheiden sich (%1).</translation>
    </message>
    <message>
        <source>◌ withheld: the campaign has examples you have not judged yet, and its figures sum up their verdicts.</source>
        <translation>◌ zurückgehalten: Die Kampagne hat Beispiele, die Sie noch nicht beurteilt haben, und ihre Kennzahlen fassen deren Urteile zusammen.</translation>
    </message>
    <message>
        <source>Some model calls have no price (a model missing from the price catalogue, or a server that reported no usage): &quot;≥ $x&quot; is what the priced calls cost, &quot;—&quot; means no call was priced.</source>
        <translation>Für einige Modellaufrufe gibt es keinen Preis (ein Modell fehlt im Preiskatalog, oder ein Server hat keine Nutzung gemeldet): „≥ $x“ sind die Kosten der Aufrufe mit Preis, „—“ bedeutet, dass kein Aufruf einen Preis hatte.</translation>
    </message>
</context>
<context>
    <name>wb::review::ErrorTaxonomy</name>
    <message>
        <source>&apos;%1&apos; is not an error class; use one of %2.</source>
        <translation>„%1“ ist keine Fehlerklasse; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Withheld in blind review: they sum up the judge&apos;s verdicts.</source>
        <translation>In der Blindbegutachtung zurückgehalten: Sie fassen die Urteile des LLM-Richters zusammen.</translation>
    </message>
    <message>
        <source>final failures (%1)</source>
        <translation>endgültige Fehlschläge (%1)</translation>
    </message>
    <message>
        <source>rounds (%1)</source>
        <translation>Runden (%1)</translation>
    </message>
    <message>
        <source>final failures</source>
        <translation>endgültige Fehlschläge</translation>
    </message>
    <message>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) carry an expert&apos;s error class instead of the judge&apos;s (%1 changed it). The judge&apos;s verdicts, and so the success rates above, are unchanged.</source>
        <translation>
            <numerusform>%n Runde trägt die Fehlerklasse eines Experten statt der des LLM-Richters (geändert von %1). Die Urteile des LLM-Richters und damit die Erfolgsquoten oben bleiben unverändert.</numerusform>
            <numerusform>%n Runden tragen die Fehlerklasse eines Experten statt der des LLM-Richters (geändert von %1). Die Urteile des LLM-Richters und damit die Erfolgsquoten oben bleiben unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::review::PairwiseQueue</name>
    <message>
        <source>Blind comparisons are recorded under your name; set it in the settings first.</source>
        <translation>Blindvergleiche werden unter Ihrem Namen erfasst; legen Sie ihn zuerst in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>Choose two different campaigns to compare.</source>
        <translation>Wählen Sie zwei verschiedene Kampagnen zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>No campaign %1.</source>
        <translation>Keine Kampagne %1.</translation>
    </message>
</context>
<context>
    <name>wb::store::AdjudicationStore</name>
    <message>
        <source>A gold decision needs the adjudicator&apos;s name.</source>
        <translation>Eine Goldentscheidung benötigt den Namen des Schlichters.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion; use one of %2.</source>
        <translation>„%1“ ist kein Kriterium; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a gold value for %2; use %3.</source>
        <translation>„%1“ ist kein Goldwert für %2; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>A gold decision needs a rationale: say why this value is right.</source>
        <translation>Eine Goldentscheidung benötigt eine Begründung: Geben Sie an, warum dieser Wert richtig ist.</translation>
    </message>
    <message>
        <source>No example %1.</source>
        <translation>Kein Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>wb::store::AnnotationStore</name>
    <message>
        <source>A comment needs the annotator&apos;s name.</source>
        <translation>Ein Kommentar benötigt den Namen des Annotators.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar benötigt Text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be commented on; use one of %2.</source>
        <translation>„%1“ kann nicht kommentiert werden; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Line %1 does not exist: lines are counted from 1.</source>
        <translation>Zeile %1 existiert nicht: Zeilen werden ab 1 gezählt.</translation>
    </message>
    <message>
        <source>No round %1.</source>
        <translation>Keine Runde %1.</translation>
    </message>
    <message>
        <source>Round %1 has no stored log yet (a running round&apos;s log is stored when it ends).</source>
        <translation>Runde %1 hat noch kein gespeichertes Protokoll (das Protokoll einer laufenden Runde wird gespeichert, wenn sie endet).</translation>
    </message>
    <message>
        <source>The log of round %1 has %2 lines; there is no line %3.</source>
        <translation>Das Protokoll von Runde %1 hat %2 Zeilen; es gibt keine Zeile %3.</translation>
    </message>
    <message>
        <source>%1 of round %2 has %3 lines; there is no line %4.</source>
        <translation>%1 von Runde %2 hat %3 Zeilen; es gibt keine Zeile %4.</translation>
    </message>
    <message>
        <source>No comment %1.</source>
        <translation>Kein Kommentar %1.</translation>
    </message>
    <message>
        <source>Comment %1 is %2&apos;s; only its author can delete it.</source>
        <translation>Kommentar %1 stammt von %2; nur der Autor kann ihn löschen.</translation>
    </message>
</context>
<context>
    <name>wb::store::BlobStore</name>
    <message>
        <source>Stored content %1 is corrupt (its checksum does not match).</source>
        <translation>Der gespeicherte Inhalt %1 ist beschädigt (seine Prüfsumme stimmt nicht überein).</translation>
    </message>
</context>
<context>
    <name>wb::store::ErrorClassStore</name>
    <message>
        <source>A correction of the error class needs the annotator&apos;s name.</source>
        <translation>Eine Korrektur der Fehlerklasse benötigt den Namen des Annotators.</translation>
    </message>
    <message>
        <source>A correction of the error class needs the class.</source>
        <translation>Eine Korrektur der Fehlerklasse benötigt die Klasse.</translation>
    </message>
    <message>
        <source>No round %1.</source>
        <translation>Keine Runde %1.</translation>
    </message>
</context>
<context>
    <name>wb::store::JudgementStore</name>
    <message>
        <source>A judgement needs the annotator&apos;s name.</source>
        <translation>Eine Bewertung benötigt den Namen des Annotators.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an answer to &quot;%2&quot;; use %3.</source>
        <translation>„%1“ ist keine Antwort auf „%2“; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decision; use %2.</source>
        <translation>„%1“ ist keine Entscheidung; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>No example %1.</source>
        <translation>Kein Beispiel %1.</translation>
    </message>
    <message>
        <source>Round %1 is not a round of example %2.</source>
        <translation>Runde %1 ist keine Runde von Beispiel %2.</translation>
    </message>
    <message>
        <source>ran without error</source>
        <translation>fehlerfrei gelaufen</translation>
    </message>
    <message>
        <source>shows the function</source>
        <translation>zeigt die Funktion</translation>
    </message>
    <message>
        <source>function correct</source>
        <translation>Funktion korrekt</translation>
    </message>
</context>
<context>
    <name>wb::store::LlmBatchStore</name>
    <message>
        <source>The database did not return the new batch&apos;s id.</source>
        <translation>Die Datenbank hat die ID des neuen Batches nicht zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>wb::store::PairwiseStore</name>
    <message>
        <source>A pairwise judgement needs the annotator&apos;s name.</source>
        <translation>Eine paarweise Bewertung benötigt den Namen des Annotators.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a choice for %2; use %3.</source>
        <translation>„%1“ ist keine gültige Wahl für %2; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>A pairwise judgement compares two different examples, not example %1 with itself.</source>
        <translation>Eine paarweise Bewertung vergleicht zwei verschiedene Beispiele, nicht Beispiel %1 mit sich selbst.</translation>
    </message>
    <message>
        <source>The example shown on the left (%1) must be one of the two compared (%2, %3).</source>
        <translation>Das links angezeigte Beispiel (%1) muss eines der beiden verglichenen sein (%2, %3).</translation>
    </message>
    <message>
        <source>The time spent cannot be negative.</source>
        <translation>Die aufgewendete Zeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>No example %1.</source>
        <translation>Kein Beispiel %1.</translation>
    </message>
    <message>
        <source>Examples %1 and %2 are of different repositories; compare examples of the same one.</source>
        <translation>Die Beispiele %1 und %2 gehören zu verschiedenen Repositorys; vergleichen Sie Beispiele desselben Repositorys.</translation>
    </message>
    <message>
        <source>Examples %1 and %2 are of the same campaign; compare two campaigns.</source>
        <translation>Die Beispiele %1 und %2 gehören zur selben Kampagne; vergleichen Sie zwei Kampagnen.</translation>
    </message>
</context>
<context>
    <name>wb::store::PipelineStore</name>
    <message>
        <source>A campaign named &apos;%1&apos; exists already; use --resume to continue it.</source>
        <translation>Eine Kampagne mit dem Namen „%1“ existiert bereits; verwenden Sie --resume, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>No campaign named &apos;%1&apos;.</source>
        <translation>Keine Kampagne namens „%1“.</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>Kampagne %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Campaign &apos;%1&apos; is running on another workbench (%2; last sign of life %3 s ago). Wait until it finishes or stop it there; if that machine is gone, the campaign can be resumed here %4 s after its last sign of life.</source>
        <translation>Die Kampagne „%1“ läuft in einer anderen Workbench (%2; letztes Lebenszeichen vor %3 s). Warten Sie, bis sie beendet ist, oder stoppen Sie sie dort; ist jener Rechner nicht mehr verfügbar, kann die Kampagne hier %4 s nach ihrem letzten Lebenszeichen fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>wb::store::RepositoryStore</name>
    <message>
        <source>No repository with id %1 in this workspace.</source>
        <translation>Kein Repository mit der ID %1 in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No repository named &apos;%1&apos; in this workspace (see &apos;codedistiller repos&apos;).</source>
        <translation>Kein Repository mit dem Namen „%1“ in diesem Arbeitsbereich (siehe „codedistiller repos“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: %2. Use the id.</source>
        <translation>„%1“ ist mehrdeutig: %2. Verwenden Sie die ID.</translation>
    </message>
</context>
<context>
    <name>wb::store::Schema</name>
    <message>
        <source>This workspace uses schema version %1, but this build of CodeDistiller Workbench only knows versions up to %2. Update the workbench to open it; the workspace was not changed.</source>
        <translation>Dieser Arbeitsbereich verwendet die Schemaversion %1, aber dieser Build von CodeDistiller Workbench kennt nur Versionen bis %2. Aktualisieren Sie die Workbench, um ihn zu öffnen; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Schema migration %1 is missing from this build.</source>
        <translation>Die Schemamigration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed: %3</source>
        <translation>Die Schemamigration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>wb::store::StoreError</name>
    <message>
        <source>Cannot save to the workspace %1: the disk is full. Free some space on the disk that holds %2 (or move the workspace to another disk) and try again.</source>
        <translation>Im Arbeitsbereich %1 kann nicht gespeichert werden: Der Datenträger ist voll. Geben Sie auf dem Datenträger, auf dem %2 liegt, Speicherplatz frei (oder verschieben Sie den Arbeitsbereich auf einen anderen Datenträger) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot save to the workspace %1: the database server&apos;s disk is full. Ask its administrator to free space, then try again.</source>
        <translation>Im Arbeitsbereich %1 kann nicht gespeichert werden: Der Datenträger des Datenbankservers ist voll. Bitten Sie den Datenbankadministrator, Speicherplatz freizugeben, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot save to the workspace %1: it is read-only for you (permission denied). Check that you may write the file and its folder %2, or use a workspace of your own.</source>
        <translation>Im Arbeitsbereich %1 kann nicht gespeichert werden: Er ist für Sie schreibgeschützt (Zugriff verweigert). Prüfen Sie, ob Sie die Datei und ihren Ordner %2 beschreiben dürfen, oder verwenden Sie einen eigenen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot save to the workspace %1: your database role may not write there (permission denied, or a read-only server). Ask its administrator.</source>
        <translation>Im Arbeitsbereich %1 kann nicht gespeichert werden: Ihre Datenbankrolle darf dort nicht schreiben (Zugriff verweigert oder schreibgeschützter Server). Wenden Sie sich an den Datenbankadministrator.</translation>
    </message>
    <message>
        <source>The workspace %1 is locked by another process (another codedistiller command or a workbench window writing to it). Wait until it has finished, or stop it, and try again.</source>
        <translation>Der Arbeitsbereich %1 ist durch einen anderen Prozess gesperrt (einen anderen codedistiller-Befehl oder ein Workbench-Fenster, das in ihn schreibt). Warten Sie, bis dieser fertig ist, oder beenden Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (the database file is corrupt). Restore it from a backup (a copy, or a &quot;%2.v&lt;N&gt;.bak&quot; file written before an upgrade); nothing was changed.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (die Datenbankdatei ist defekt). Stellen Sie ihn aus einer Sicherung wieder her (einer Kopie oder einer vor einem Upgrade geschriebenen Datei „%2.v&lt;N&gt;.bak“); es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (the server reports corrupt data). Ask its administrator to restore it from a backup.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (der Server meldet defekte Daten). Bitten Sie den Datenbankadministrator, ihn aus einer Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>Cannot read or write the workspace file %1 (the system refused or failed). Check that the file and its folder %2 exist, that you may read and write them, and that the disk works.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht gelesen oder geschrieben werden (das System hat den Zugriff verweigert oder einen Fehler gemeldet). Prüfen Sie, ob die Datei und ihr Ordner %2 existieren, ob Sie sie lesen und schreiben dürfen und ob der Datenträger funktioniert.</translation>
    </message>
    <message>
        <source>Database error in the workspace %1.</source>
        <translation>Datenbankfehler im Arbeitsbereich %1.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Detail: %1 (in: %2)</source>
        <translation>Details: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>wb::store::Workspace</name>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a CodeDistiller workspace; it was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein CodeDistiller-Arbeitsbereich; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a CodeDistiller workspace (it is not an SQLite database).</source>
        <translation>%1 ist kein CodeDistiller-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>This workspace uses schema version %1, but this build of CodeDistiller Workbench only knows versions up to %2. Update the workbench to open it; the workspace was not changed.</source>
        <translation>Dieser Arbeitsbereich verwendet die Schemaversion %1, aber dieser Build von CodeDistiller Workbench kennt nur Versionen bis %2. Aktualisieren Sie die Workbench, um ihn zu öffnen; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot use write-ahead logging (journal mode %2).</source>
        <translation>Der Arbeitsbereich %1 kann kein Write-Ahead-Logging verwenden (Journalmodus %2).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar; installieren Sie libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database did not return the new row&apos;s id.</source>
        <translation>Die Datenbank hat die ID der neuen Zeile nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables (%2); it is not a CodeDistiller workspace and was not changed. Create an empty database for the workspace.</source>
        <translation>Die Datenbank %1 enthält bereits andere Tabellen (%2); sie ist kein CodeDistiller-Arbeitsbereich und wurde nicht verändert. Legen Sie eine leere Datenbank für den Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql.</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht verfügbar; installieren Sie libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL workspace %1: %2
Check that the server runs and accepts connections from this machine, that the database exists, and the password (secret store, PGPASSWORD or ~/.pgpass).</source>
        <translation>Keine Verbindung zum PostgreSQL-Arbeitsbereich %1 möglich: %2
Prüfen Sie, ob der Server läuft und Verbindungen von diesem Rechner annimmt, ob die Datenbank existiert und ob das Passwort stimmt (Schlüsselbund, PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>the workspace folder</source>
        <translation>Der Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>Cannot create the workspace %1: you may not write in the folder %2 (permission denied). Choose another location, or ask for write permission.</source>
        <translation>Der Arbeitsbereich %1 kann nicht erstellt werden: Sie dürfen im Ordner %2 nicht schreiben (Zugriff verweigert). Wählen Sie einen anderen Speicherort oder bitten Sie um Schreibberechtigung.</translation>
    </message>
    <message>
        <source>you may not write the file %1</source>
        <translation>Sie haben keine Schreibberechtigung für die Datei %1</translation>
    </message>
    <message>
        <source>you may not write in its folder %1</source>
        <translation>Sie haben keine Schreibberechtigung für den Ordner %1</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade to schema version %2, but %3 (permission denied). Open it once with write permission to upgrade it.</source>
        <translation>Der Arbeitsbereich %1 muss auf Schemaversion %2 aktualisiert werden, aber %3 (Zugriff verweigert). Öffnen Sie ihn einmal mit Schreibberechtigung, um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <source>the cache folder</source>
        <translation>Der Cache-Ordner</translation>
    </message>
    <message>
        <source>Cannot create %1-migrate.lock beside the workspace (the disk may be full, or you may not write in its folder).</source>
        <translation>%1-migrate.lock kann neben dem Arbeitsbereich nicht angelegt werden (die Platte ist vielleicht voll, oder Sie dürfen in seinem Ordner nicht schreiben).</translation>
    </message>
    <message>
        <source>Another program has been upgrading the workspace %1 for five minutes (it holds %2-migrate.lock). Wait for it to finish, or close it and try again.</source>
        <translation>Ein anderes Programm aktualisiert den Arbeitsbereich %1 seit fünf Minuten (es hält %2-migrate.lock). Warten Sie, bis es fertig ist, oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>wb::store::WorkspaceCopier</name>
    <message>
        <source>The workspace&apos;s tables reference each other in a cycle; they cannot be copied in order.</source>
        <translation>Die Tabellen des Arbeitsbereichs verweisen zyklisch aufeinander; sie können nicht der Reihe nach kopiert werden.</translation>
    </message>
    <message>
        <source>The workspaces have different schema versions (%1 and %2); open both with this version of the workbench first.</source>
        <translation>Die Arbeitsbereiche haben unterschiedliche Schemaversionen (%1 und %2); öffnen Sie zuerst beide mit dieser Version der Workbench.</translation>
    </message>
    <message>
        <source>%1 is not empty (table %2 has rows); copy into a new workspace.</source>
        <translation>%1 ist nicht leer (Tabelle %2 enthält Zeilen); kopieren Sie in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 was left empty.</source>
        <translation>Das Kopieren wurde abgebrochen; %1 wurde leer gelassen.</translation>
    </message>
</context>
<context>
    <name>wb::store::WorkspaceLocation</name>
    <message>
        <source>No workspace path given.</source>
        <translation>Kein Pfad zum Arbeitsbereich angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URI: %2</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URI: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL URI &apos;%1&apos; names no database; write postgresql://user@host:port/database.</source>
        <translation>Die PostgreSQL-URI „%1“ nennt keine Datenbank; schreiben Sie postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URI option &apos;%1&apos; may not contain &apos;;&apos;.</source>
        <translation>Die PostgreSQL-URI-Option „%1“ darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <source>The PostgreSQL URI option &apos;%1&apos; is not supported here.</source>
        <translation>Die PostgreSQL-URI-Option „%1“ wird hier nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>wb::ui::AddRepositoriesDialog</name>
    <message>
        <source>Add Repositories</source>
        <translation>Repositorys hinzufügen</translation>
    </message>
    <message>
        <source>One source per line: an https or ssh URL, GitHub&apos;s &lt;i&gt;owner/name&lt;/i&gt;, a local folder, or a list file (one source per line, or CodeDistiller batch JSON).</source>
        <translation>Eine Quelle pro Zeile: eine https- oder ssh-URL, GitHubs &lt;i&gt;owner/name&lt;/i&gt;, ein lokaler Ordner oder eine Listendatei (eine Quelle pro Zeile oder CodeDistiller-Batch-JSON).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>List File…</source>
        <translation>Listendatei…</translation>
    </message>
    <message>
        <source>Local Git Repository</source>
        <translation>Lokales Git-Repository</translation>
    </message>
    <message>
        <source>Repository List</source>
        <translation>Repository-Liste</translation>
    </message>
    <message>
        <source>Repository lists (*.txt *.json);;All files (*)</source>
        <translation>Repository-Listen (*.txt *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>wb::ui::AdjudicationView</name>
    <message>
        <source>Ran without error</source>
        <translation>Fehlerfrei gelaufen</translation>
    </message>
    <message>
        <source>Shows the function</source>
        <translation>Zeigt die Funktion</translation>
    </message>
    <message>
        <source>Function correct</source>
        <translation>Funktion korrekt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>annehmen</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>überarbeiten</translation>
    </message>
    <message>
        <source>&amp;Record Gold Decision</source>
        <translation>&amp;Goldentscheidung erfassen</translation>
    </message>
    <message>
        <source>&amp;Open Example</source>
        <translation>Beispiel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Only the disagreements of this campaign</source>
        <translation>Nur die Uneinigkeiten dieser Kampagne</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Show the example in the Examples tab (or double-click it in the list)</source>
        <translation>Das Beispiel im Reiter „Beispiele“ anzeigen (oder in der Liste darauf doppelklicken)</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Criteria in conflict</source>
        <translation>Strittige Kriterien</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Gold decision</source>
        <translation>Goldentscheidung</translation>
    </message>
    <message>
        <source>R&amp;ationale (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>Why this is the right answer: what the code and its log show</source>
        <translation>Warum dies die richtige Antwort ist: was der Code und sein Protokoll zeigen</translation>
    </message>
    <message>
        <source>Store the gold values with the rationale and go to the next disagreement (Ctrl+Return)</source>
        <translation>Die Goldwerte mit der Begründung speichern und zur nächsten Uneinigkeit wechseln (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>No disagreements left to adjudicate.</source>
        <translation>Keine Uneinigkeiten mehr zu schlichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) with disagreements</source>
        <translation>
            <numerusform>%n Beispiel mit Uneinigkeiten</numerusform>
            <numerusform>%n Beispiele mit Uneinigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a disagreement.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Uneinigkeit aus.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · campaign %2 · example %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Kampagne %2 · Beispiel %3</translation>
    </message>
    <message>
        <source>LLM judge</source>
        <translation>LLM-Richter</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>to decide</source>
        <translation>zu entscheiden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Set your name in Settings → General to record gold decisions.</source>
        <translation>Legen Sie Ihren Namen unter Einstellungen → Allgemein fest, um Goldentscheidungen zu erfassen.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n gold value(s) for example %1.</source>
        <translation>
            <numerusform>%n Goldwert für Beispiel %1 erfasst.</numerusform>
            <numerusform>%n Goldwerte für Beispiel %1 erfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::AgentPreviewPanel</name>
    <message>
        <source>Every successful example (not only accepted ones)</source>
        <translation>Jedes erfolgreiche Beispiel (nicht nur angenommene)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A research idea, as you would give it to CodeScientist</source>
        <translation>Eine Forschungsidee, so wie Sie sie CodeScientist geben würden</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Kontextfenster</translation>
    </message>
    <message>
        <source>Index share</source>
        <translation>Anteil des Index</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>The experiment prompt the planner writes</source>
        <translation>Der Experiment-Prompt, den der Planer schreibt</translation>
    </message>
    <message>
        <source>Research idea:</source>
        <translation>Forschungsidee:</translation>
    </message>
    <message>
        <source>Planner model:</source>
        <translation>Planer-Modell:</translation>
    </message>
    <message>
        <source>Choose a model to see the codeblocks its planner picks.</source>
        <translation>Wählen Sie ein Modell, um die Codeblöcke zu sehen, die sein Planer wählt.</translation>
    </message>
    <message>
        <source>Size only (no model call)</source>
        <translation>Nur Größe (kein Modellaufruf)</translation>
    </message>
    <message>
        <source>Building the codeblock index the export would write…</source>
        <translation>Der Codeblock-Index, den der Export schreiben würde, wird erstellt…</translation>
    </message>
    <message>
        <source>Index measured; choose a planner model to see what it picks.</source>
        <translation>Index vermessen; wählen Sie ein Planer-Modell, um zu sehen, was es wählt.</translation>
    </message>
    <message>
        <source>Asking %1/%2 to plan the experiment over the whole index…</source>
        <translation>%1/%2 wird gebeten, das Experiment über den ganzen Index zu planen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Codeblock index: %n entries, %1 bytes, about %2 tokens — pasted whole into CodeScientist&apos;s ideation, planning and debugging prompts.</source>
        <translation>
            <numerusform>Codeblock-Index: %n Eintrag, %1 Bytes, etwa %2 Tokens — wird vollständig in die Prompts von CodeScientist für Ideenfindung, Planung und Debugging eingefügt.</numerusform>
            <numerusform>Codeblock-Index: %n Einträge, %1 Bytes, etwa %2 Tokens — wird vollständig in die Prompts von CodeScientist für Ideenfindung, Planung und Debugging eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight: less than the margin left</source>
        <translation>knapp: weniger als die Reserve übrig</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>The index does not fit %1.</source>
        <translation>Der Index passt nicht in %1.</translation>
    </message>
    <message>
        <source>For %1 it leaves less than the margin the rest of CodeScientist&apos;s planner prompt needs.</source>
        <translation>Bei %1 lässt er weniger als die Reserve übrig, die der Rest des Planer-Prompts von CodeScientist braucht.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent. A retrieval step (term overlap, best %n) would hand the planner these instead, about %1 tokens:</source>
        <translation>
            <numerusform>Nicht gesendet. Ein Retrieval-Schritt (Wortüberschneidung, Top %n) würde dem Planer stattdessen diese übergeben, etwa %1 Tokens:</numerusform>
            <numerusform>Nicht gesendet. Ein Retrieval-Schritt (Wortüberschneidung, Top %n) würde dem Planer stattdessen diese übergeben, etwa %1 Tokens:</numerusform>
        </translation>
    </message>
    <message>
        <source>No call, no cost.</source>
        <translation>Kein Aufruf, keine Kosten.</translation>
    </message>
    <message>
        <source>The call failed.</source>
        <translation>Der Aufruf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>unbekannt (kein Preis für dieses Modell)</translation>
    </message>
    <message>
        <source>Cost %1%2 · %3 tokens in, %4 out · call %5 in the call log (stage agent_preview)</source>
        <translation>Kosten %1%2 · %3 Tokens ein, %4 aus · Aufruf %5 im Aufrufprotokoll (Stufe agent_preview)</translation>
    </message>
    <message>
        <source> (answered from the cache)</source>
        <translation> (aus dem Cache beantwortet)</translation>
    </message>
    <message numerus="yes">
        <source>%n codeblocks picked by the planner; names in red are not in the index (CodeScientist drops them silently):</source>
        <translation>
            <numerusform>%n Codeblock vom Planer gewählt; rote Namen sind nicht im Index (CodeScientist verwirft sie stillschweigend):</numerusform>
            <numerusform>%n Codeblöcke vom Planer gewählt; rote Namen sind nicht im Index (CodeScientist verwirft sie stillschweigend):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>%1 (unknown; did it mean &quot;%2&quot;?)</source>
        <translation>%1 (unbekannt; gemeint war vielleicht „%2“?)</translation>
    </message>
    <message>
        <source>Not a codeblock of this index: CodeScientist compares names exactly. (CodeScientist&apos;s own codeblocks, such as Logger/Debugging, are not part of the export&apos;s index.)</source>
        <translation>Kein Codeblock dieses Index: CodeScientist vergleicht Namen exakt. (Die eigenen Codeblöcke von CodeScientist, etwa Logger/Debugging, gehören nicht zum Index des Exports.)</translation>
    </message>
    <message>
        <source>Planned by %1.</source>
        <translation>Geplant von %1.</translation>
    </message>
    <message>
        <source>The answer is unusable: %1 It is kept in the call log.</source>
        <translation>Die Antwort ist unbrauchbar: %1 Sie bleibt im Aufrufprotokoll erhalten.</translation>
    </message>
    <message>
        <source>The model&apos;s answer could not be read.</source>
        <translation>Die Antwort des Modells konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::AnnotationController</name>
    <message>
        <source>Set your name in Settings → General to comment on lines.</source>
        <translation>Legen Sie Ihren Namen unter Einstellungen → Allgemein fest, um Zeilen zu kommentieren.</translation>
    </message>
    <message>
        <source>Comment on Line %1</source>
        <translation>Zeile %1 kommentieren</translation>
    </message>
    <message>
        <source>Your comment on line %1 of %2 (round %3):</source>
        <translation>Ihr Kommentar zu Zeile %1 von %2 (Runde %3):</translation>
    </message>
    <message>
        <source>Comment on Line %1…</source>
        <translation>Zeile %1 kommentieren…</translation>
    </message>
    <message>
        <source>Delete My Comment “%1”</source>
        <translation>Meinen Kommentar „%1“ löschen</translation>
    </message>
    <message>
        <source>Line Comments</source>
        <translation>Zeilenkommentare</translation>
    </message>
</context>
<context>
    <name>wb::ui::ArtifactTableModel</name>
    <message>
        <source>%1: numbers, written with a decimal comma</source>
        <translation>%1: Zahlen, mit Dezimalkomma geschrieben</translation>
    </message>
    <message>
        <source>%1: numbers</source>
        <translation>%1: Zahlen</translation>
    </message>
    <message>
        <source>%1: text</source>
        <translation>%1: Text</translation>
    </message>
    <message>
        <source>New in this round</source>
        <translation>Neu in dieser Runde</translation>
    </message>
</context>
<context>
    <name>wb::ui::ArtifactTableView</name>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>Anzeigen als:</translation>
    </message>
    <message>
        <source>Choose two number columns to plot.</source>
        <translation>Wählen Sie zwei Zahlenspalten für das Diagramm.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Diese Runde</translation>
    </message>
    <message>
        <source>Compared with round %1: no difference.</source>
        <translation>Verglichen mit Runde %1: kein Unterschied.</translation>
    </message>
    <message>
        <source>Compared with round %1: %2 changed, %3 added, %4 removed.</source>
        <translation>Verglichen mit Runde %1: %2 geändert, %3 hinzugefügt, %4 entfernt.</translation>
    </message>
    <message>
        <source>Rows matched by position.</source>
        <translation>Zeilen nach Position zugeordnet.</translation>
    </message>
    <message>
        <source>Rows matched by %1.</source>
        <translation>Zeilen über %1 zugeordnet.</translation>
    </message>
</context>
<context>
    <name>wb::ui::ArtifactView</name>
    <message>
        <source>%1 was too large to keep.</source>
        <translation>%1 war zu groß, um gespeichert zu werden.</translation>
    </message>
    <message>
        <source>Mark the numbers that changed since that round, and the rows or keys added and removed</source>
        <translation>Die seit dieser Runde geänderten Zahlen sowie hinzugefügte und entfernte Zeilen oder Schlüssel markieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Compare with round %1</source>
        <translation>Mit Runde %1 vergleichen</translation>
    </message>
</context>
<context>
    <name>wb::ui::BlindAbView</name>
    <message>
        <source>Start compari&amp;ng</source>
        <translation>Vergleich &amp;starten</translation>
    </message>
    <message>
        <source>Submit and &amp;next (Ctrl+Return)</source>
        <translation>Absenden und &amp;weiter (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Campaign A</source>
        <translation>Kampagne A</translation>
    </message>
    <message>
        <source>Campaign B</source>
        <translation>Kampagne B</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Niederlagen</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Win rate of A</source>
        <translation>Siegquote von A</translation>
    </message>
    <message>
        <source>Compare c&amp;ampaign</source>
        <translation>&amp;Kampagne vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>Each repository both campaigns distilled is shown as two anonymous examples, A and B, on sides that vary from pair to pair. Choose the better one, or a tie, for accuracy, completeness and soundness.</source>
        <translation>Jedes Repository, das beide Kampagnen destilliert haben, wird als zwei anonyme Beispiele A und B gezeigt, deren Seiten von Paar zu Paar wechseln. Wählen Sie für Richtigkeit, Vollständigkeit und Fundiertheit jeweils das bessere Beispiel oder ein Unentschieden.</translation>
    </message>
    <message>
        <source>Results so far:</source>
        <translation>Bisherige Ergebnisse:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Richtigkeit</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <source>Soundness</source>
        <translation>Fundiertheit</translation>
    </message>
    <message>
        <source>Does the code do what the repository does, correctly?</source>
        <translation>Tut der Code korrekt, was das Repository tut?</translation>
    </message>
    <message>
        <source>Does it show the repository&apos;s function fully, from input to result?</source>
        <translation>Zeigt er die Funktion des Repositorys vollständig, von der Eingabe bis zum Ergebnis?</translation>
    </message>
    <message>
        <source>Is it well-founded: sensible parameters, checks, no shortcuts that fake the result?</source>
        <translation>Ist er fundiert: sinnvolle Parameter, Begutachtungen, keine Abkürzungen, die das Ergebnis vortäuschen?</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A ist besser</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B ist besser</translation>
    </message>
    <message>
        <source>Blind comparison needs two campaigns over the same repositories.</source>
        <translation>Ein Blindvergleich benötigt zwei Kampagnen über dieselben Repositorys.</translation>
    </message>
    <message>
        <source>Set your name in Settings → General first: comparisons are recorded under it.</source>
        <translation>Legen Sie zuerst Ihren Namen unter Einstellungen → Allgemein fest: Vergleiche werden unter diesem Namen erfasst.</translation>
    </message>
    <message>
        <source>Nothing left to compare: you have compared every repository both campaigns finished.</source>
        <translation>Nichts mehr zu vergleichen: Sie haben jedes Repository verglichen, das beide Kampagnen abgeschlossen haben.</translation>
    </message>
    <message>
        <source>Pair %1 of %2 · %3</source>
        <translation>Paar %1 von %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n pair(s) compared. Thank you!</source>
        <translation>
            <numerusform>%n Paar verglichen. Vielen Dank!</numerusform>
            <numerusform>Alle %n Paare verglichen. Vielen Dank!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignController</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignDialog</name>
    <message>
        <source>Run Campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>default of the provider</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>same as the model</source>
        <translation>wie das Modell</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model (summary, generation, repair):</source>
        <translation>&amp;Modell (Zusammenfassung, Generierung, Reparatur):</translation>
    </message>
    <message>
        <source>&amp;Fast model (classification):</source>
        <translation>&amp;Schnelles Modell (Klassifizierung):</translation>
    </message>
    <message>
        <source>&amp;Judge model:</source>
        <translation>Modell des LLM-&amp;Richters:</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>Ausführungs&amp;umgebung:</translation>
    </message>
    <message>
        <source>&amp;Rounds at most:</source>
        <translation>Max. Run&amp;den:</translation>
    </message>
    <message>
        <source>Cost b&amp;udget:</source>
        <translation>&amp;Kostenbudget:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Schätzung:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>unknown: a model is not in the price catalogue</source>
        <translation>unbekannt: Ein Modell ist nicht im Preiskatalog enthalten</translation>
    </message>
    <message>
        <source>$%1 – $%2 for %3 repositories (prices as of %4)</source>
        <translation>$%1 – $%2 für %3 Repositorys (Preisstand: %4)</translation>
    </message>
    <message>
        <source>&amp;All %1 repositories</source>
        <translation>A&amp;lle %1 Repositorys</translation>
    </message>
    <message>
        <source>Only the %1 repositories the filter &amp;shows</source>
        <translation>Nur die %1 vom &amp;Filter angezeigten Repositorys</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Repositorys:</translation>
    </message>
    <message>
        <source>E&amp;xamples in parallel:</source>
        <translation>&amp;Parallele Beispiele:</translation>
    </message>
    <message>
        <source>E&amp;conomy: classify the files in one batch at the batch price (about half; answers within 24 hours)</source>
        <translation>Sparm&amp;odus: die Dateien in einem Batch zum Batch-Preis klassifizieren (etwa die Hälfte; Antworten innerhalb von 24 Stunden)</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Klassifizierung:</translation>
    </message>
    <message>
        <source>The classification requests of all repositories go to %1 as one batch; the campaign waits for its answers, and survives closing the workbench meanwhile.</source>
        <translation>Die Klassifizierungsanfragen aller Repositorys gehen als ein einziger Batch an %1; die Kampagne wartet auf dessen Antworten und übersteht es, wenn die Workbench zwischenzeitlich geschlossen wird.</translation>
    </message>
    <message>
        <source>%1 has no batch API.</source>
        <translation>%1 hat keine Batch-API.</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tokoll:</translation>
    </message>
    <message>
        <source>%1 (%2): up to %3 rounds of %4 minutes.</source>
        <translation>%1 (%2): bis zu %3 Runden zu je %4 Minuten.</translation>
    </message>
    <message>
        <source>This campaign departs from it: %1 — its results are not comparable with the protocol&apos;s.</source>
        <translation>Diese Kampagne weicht davon ab: %1 — ihre Ergebnisse sind mit denen des Protokolls nicht vergleichbar.</translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignListModel</name>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 errors, %4 cancelled</source>
        <translation>%1 erfolgreich, %2 gescheitert, %3 Fehler, %4 abgebrochen</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>could not start</source>
        <translation>konnte nicht starten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Examples done</source>
        <translation>Beispiele fertig</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignListView</name>
    <message>
        <source>Pause Ca&amp;mpaign</source>
        <translation>Kampagne an&amp;halten</translation>
    </message>
    <message>
        <source>Cancel Campai&amp;gn</source>
        <translation>Kampagne abbre&amp;chen</translation>
    </message>
    <message>
        <source>Clear &amp;Ended</source>
        <translation>&amp;Beendete entfernen</translation>
    </message>
    <message>
        <source>Pause or Resume Campaign</source>
        <translation>Kampagne anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel Campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <source>Resume Ca&amp;mpaign</source>
        <translation>Kampagne &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignMatrixModel</name>
    <message>
        <source>accept</source>
        <translation>annehmen</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>needs work</source>
        <translation>überarbeiten</translation>
    </message>
    <message>
        <source>split</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>Judge: finished</source>
        <translation>LLM-Richter: abgeschlossen</translation>
    </message>
    <message>
        <source>Judge: not finished</source>
        <translation>LLM-Richter: nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Judge: hidden in blind mode until you judge this example</source>
        <translation>LLM-Richter: im Blindmodus ausgeblendet, bis Sie dieses Beispiel beurteilt haben</translation>
    </message>
    <message>
        <source>Judge: no verdict yet</source>
        <translation>LLM-Richter: noch kein Urteil</translation>
    </message>
    <message>
        <source>Humans: hidden in blind mode until you judge this example</source>
        <translation>Menschen: im Blindmodus verborgen, bis Sie dieses Beispiel beurteilen</translation>
    </message>
    <message>
        <source>Humans: %1 (gold decision)</source>
        <translation>Menschen: %1 (Goldentscheidung)</translation>
    </message>
    <message numerus="yes">
        <source>Humans: split, no majority among %n annotator(s)</source>
        <translation>
            <numerusform>Menschen: uneinig, keine Mehrheit unter %n Annotator</numerusform>
            <numerusform>Menschen: uneinig, keine Mehrheit unter %n Annotatoren</numerusform>
        </translation>
    </message>
    <message>
        <source>Humans: not judged yet</source>
        <translation>Menschen: noch nicht beurteilt</translation>
    </message>
    <message numerus="yes">
        <source>Humans: %1 (%2 of %n annotator(s))</source>
        <translation>
            <numerusform>Menschen: %1 (%2 von %n Annotator)</numerusform>
            <numerusform>Menschen: %1 (%2 von %n Annotatoren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Judge and humans agree.</source>
        <translation>LLM-Richter und Menschen stimmen überein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judge and humans disagree.&lt;/b&gt;</source>
        <translation>&lt;b&gt;LLM-Richter und Menschen sind uneinig.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click to open the example.</source>
        <translation>Doppelklicken Sie, um das Beispiel zu öffnen.</translation>
    </message>
    <message>
        <source>No example of this repository in this campaign.</source>
        <translation>Kein Beispiel dieses Repositorys in dieser Kampagne.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>%1 — model hidden in blind mode</source>
        <translation>%1 — Modell im Blindmodus verborgen</translation>
    </message>
    <message>
        <source>%1 — generator %2</source>
        <translation>%1 — Generator %2</translation>
    </message>
    <message numerus="yes">
        <source>Example %1: %2, %n round(s), %3</source>
        <translation>
            <numerusform>Beispiel %1: %2, %n Runde, %3</numerusform>
            <numerusform>Beispiel %1: %2, %n Runden, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignMonitor</name>
    <message>
        <source>No campaign is running. Use File → Run Campaign.</source>
        <translation>Es läuft keine Kampagne. Verwenden Sie Datei → Kampagne starten.</translation>
    </message>
    <message>
        <source> (budget reached)</source>
        <translation> (Budget erreicht)</translation>
    </message>
    <message>
        <source>%1: starting %2 examples</source>
        <translation>%1: %2 Beispiele werden gestartet</translation>
    </message>
    <message>
        <source>Pause E&amp;xample</source>
        <translation>Beispiel pau&amp;sieren</translation>
    </message>
    <message>
        <source>Cancel Exa&amp;mple</source>
        <translation>Beispiel a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Resume E&amp;xample</source>
        <translation>Beispiel fort&amp;setzen</translation>
    </message>
    <message>
        <source>Pause or Resume Example</source>
        <translation>Beispiel pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel Example</source>
        <translation>Beispiel abbrechen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 examples done, %4</source>
        <translation>%1: %2 von %3 Beispielen erledigt, %4</translation>
    </message>
    <message>
        <source>%1 finished: %2 succeeded, %3 failed, %4 errors, %5 cancelled, %6%7</source>
        <translation>%1 beendet: %2 erfolgreich, %3 fehlgeschlagen, %4 Fehler, %5 abgebrochen, %6%7</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>Alle an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Cancel All</source>
        <translation>Alle abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>wb::ui::CampaignProgressModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>wb::ui::ChartImage</name>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot encode the image for %1.</source>
        <translation>Das Bild für %1 kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Is the disk full?</source>
        <translation>%1 kann nicht geschrieben werden: %2. Ist der Datenträger voll?</translation>
    </message>
</context>
<context>
    <name>wb::ui::CompareModelsDialog</name>
    <message>
        <source>&amp;3.</source>
        <translation>&amp;3.</translation>
    </message>
    <message>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Models (one campaign each)</source>
        <translation>Modelle (je eine Kampagne)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-5-mini</source>
        <translation>Modell-ID, z. B. gpt-5-mini</translation>
    </message>
    <message>
        <source>default of the provider</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>Run a third configuration too</source>
        <translation>Auch eine dritte Konfiguration ausführen</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>Shared by all</source>
        <translation>Für alle gleich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Repositorys:</translation>
    </message>
    <message numerus="yes">
        <source>the %n repositories the filter shows</source>
        <translation>
            <numerusform>das %n Repository, das der Filter zeigt</numerusform>
            <numerusform>die %n Repositories, die der Filter zeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>Ausführungs&amp;umgebung:</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tokoll:</translation>
    </message>
    <message>
        <source>&amp;Rounds at most:</source>
        <translation>Max. Run&amp;den:</translation>
    </message>
    <message>
        <source>E&amp;xamples in parallel (each):</source>
        <translation>&amp;Beispiele parallel (je):</translation>
    </message>
    <message>
        <source>Cost b&amp;udget (each):</source>
        <translation>Kosten&amp;budget (je):</translation>
    </message>
    <message>
        <source>&amp;Start Campaigns</source>
        <translation>Kampagnen &amp;starten</translation>
    </message>
    <message>
        <source>The filter shows no repositories.</source>
        <translation>Der Filter zeigt keine Repositories.</translation>
    </message>
    <message>
        <source>The campaigns need a name.</source>
        <translation>Die Kampagnen brauchen einen Namen.</translation>
    </message>
    <message>
        <source>Model %1 has no model id.</source>
        <translation>Modell %1 hat keine Modell-ID.</translation>
    </message>
    <message>
        <source>%1/%2 is there twice; compare different models.</source>
        <translation>%1/%2 steht doppelt da; vergleichen Sie verschiedene Modelle.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start %n Campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne &amp;starten</numerusform>
            <numerusform>%n Kampagnen &amp;starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) over %1 repositories start at once; they share the execution slots.</source>
        <translation>
            <numerusform>%n Kampagne über %1 Repositories startet sofort; sie nutzt die Ausführungsplätze.</numerusform>
            <numerusform>%n Kampagnen über %1 Repositories starten gleichzeitig; sie teilen sich die Ausführungsplätze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ComparisonView</name>
    <message>
        <source>Only disa&amp;greements</source>
        <translation>Nur Un&amp;einigkeiten</translation>
    </message>
    <message>
        <source>Show only repositories where the judge and the humans disagree in some campaign</source>
        <translation>Nur Repositorys anzeigen, bei denen LLM-Richter und Menschen in einer Kampagne uneinig sind</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Judge: ✓ finished, ✗ not finished, · no verdict, ◌ hidden (blind mode) — then the humans&apos; decision (★ gold) — ≠ judge and humans disagree</source>
        <translation>LLM-Richter: ✓ abgeschlossen, ✗ nicht abgeschlossen, · kein Urteil, ◌ verborgen (Blindmodus) — dann die Entscheidung der Menschen (★ Gold) — ≠ LLM-Richter und Menschen uneinig</translation>
    </message>
    <message>
        <source>Ma&amp;trix</source>
        <translation>Ma&amp;trix</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Blind A/B</source>
        <translation>Bl&amp;ind-A/B</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositorys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n Uneinigkeit</numerusform>
            <numerusform>%n Uneinigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>blind mode: models and verdicts hidden until you judge</source>
        <translation>Blindmodus: Modelle und Urteile verborgen, bis Sie beurteilen</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConfusionMatrixWidget</name>
    <message>
        <source>No judgements to compare yet.</source>
        <translation>Noch keine Bewertungen zum Vergleichen.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ = %1 · observed agreement %2 % · n = %3</source>
        <translation>Cohens κ = %1 · beobachtete Übereinstimmung %2 % · n = %3</translation>
    </message>
    <message>
        <source>rows: %1 · columns: %2 · outlined: both gave the same answer</source>
        <translation>Zeilen: %1 · Spalten: %2 · umrandet: beide gaben dieselbe Antwort</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>wb::ui::CurationView</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Auto success</source>
        <translation>Automatischer Erfolg</translation>
    </message>
    <message>
        <source>Human-judged</source>
        <translation>Von Menschen bewertet</translation>
    </message>
    <message>
        <source>Error-free</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Shows function</source>
        <translation>Zeigt Funktion</translation>
    </message>
    <message>
        <source>Correct function</source>
        <translation>Korrekte Funktion</translation>
    </message>
    <message>
        <source>Runtime s (success / failure)</source>
        <translation>Laufzeit s (Erfolg / Misserfolg)</translation>
    </message>
    <message>
        <source>Cost $ (success / failure)</source>
        <translation>Kosten $ (Erfolg / Misserfolg)</translation>
    </message>
    <message>
        <source>Rounds (success)</source>
        <translation>Runden (Erfolg)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s)</source>
        <translation>
            <numerusform>%n Annotator</numerusform>
            <numerusform>%n Annotatoren</numerusform>
        </translation>
    </message>
    <message>
        <source>No finished campaign yet.</source>
        <translation>Noch keine abgeschlossene Kampagne.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Ran without error</source>
        <translation>Fehlerfrei gelaufen</translation>
    </message>
    <message>
        <source>Function correct</source>
        <translation>Funktion korrekt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>undefined: the raters&apos; answers do not vary</source>
        <translation>undefiniert: Die Antworten der Bewerter variieren nicht</translation>
    </message>
    <message>
        <source>poor (below chance)</source>
        <translation>schlecht (unter Zufallsniveau)</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>beachtlich</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>nahezu vollkommen</translation>
    </message>
    <message>
        <source>%1 agreement (Landis and Koch)</source>
        <translation>Übereinstimmung: %1 (Landis und Koch)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Observed agreement</source>
        <translation>Beobachtete Übereinstimmung</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> DPI</translation>
    </message>
    <message>
        <source>Resolution of the PNG files (96 DPI: the size on screen)</source>
        <translation>Auflösung der PNG-Dateien (96 DPI: die Größe auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Table 1 as Markdown, CSV and JSON and every chart as PNG, into a folder</source>
        <translation>Tabelle 1 als Markdown, CSV und JSON sowie jedes Diagramm als PNG in einen Ordner</translation>
    </message>
    <message>
        <source>PNG:</source>
        <translation>PNG:</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>Judge and experts</source>
        <translation>LLM-Richter und Experten</translation>
    </message>
    <message>
        <source>Cost and correctness</source>
        <translation>Kosten und Korrektheit</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Every criterion</source>
        <translation>Jedes Kriterium</translation>
    </message>
    <message>
        <source>Criterion:</source>
        <translation>Kriterium:</translation>
    </message>
    <message>
        <source>Raters:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Confusion matrices</source>
        <translation>Konfusionsmatrizen</translation>
    </message>
    <message>
        <source>Double-click a pair for its confusion matrix.</source>
        <translation>Doppelklicken Sie auf ein Paar, um seine Konfusionsmatrix anzuzeigen.</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Campaigns: %1 · finished examples: %2 · human-judged: %3 (judge them in an example&apos;s Review tab)</source>
        <translation>Kampagnen: %1 · abgeschlossene Beispiele: %2 · von Menschen beurteilt: %3 (beurteilen Sie sie im Reiter „Begutachtung“ eines Beispiels)</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All campaigns (pooled)</source>
        <translation>Alle Kampagnen (zusammengefasst)</translation>
    </message>
    <message>
        <source>Every campaign</source>
        <translation>Jede Kampagne</translation>
    </message>
    <message>
        <source>all (pooled)</source>
        <translation>alle (zusammengefasst)</translation>
    </message>
    <message>
        <source>No human judgements yet: judge examples in the Review tab of an example.</source>
        <translation>Noch keine Bewertungen durch Menschen: Beurteilen Sie Beispiele im Reiter „Begutachtung“ eines Beispiels.</translation>
    </message>
    <message>
        <source>No pair of raters for this campaign and criterion.</source>
        <translation>Kein Bewerterpaar für diese Kampagne und dieses Kriterium.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose a folder you may write to.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Export Report into Folder</source>
        <translation>Bericht in Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Run as the protocol says (hash %1)</source>
        <translation>Wie vom Protokoll vorgegeben ausgeführt (Hash %1)</translation>
    </message>
    <message>
        <source>Departs from its protocol: %1</source>
        <translation>Weicht von seinem Protokoll ab: %1</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 already holds %n file(s) the report writes (%2). Replace them?</source>
        <translation>
            <numerusform>Der Ordner %1 enthält bereits %n Datei, die der Bericht schreibt (%2). Ersetzen?</numerusform>
            <numerusform>Der Ordner %1 enthält bereits %n Dateien, die der Bericht schreibt (%2). Ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Judged rounds</source>
        <translation>Beurteilte Runden</translation>
    </message>
    <message>
        <source>Final failures</source>
        <translation>Endgültige Fehlschläge</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Correct a round&apos;s class in its example&apos;s verdict.</source>
        <translation>Korrigieren Sie die Klasse einer Runde im Urteil ihres Beispiels.</translation>
    </message>
    <message>
        <source>Error classes</source>
        <translation>Fehlerklassen</translation>
    </message>
    <message>
        <source>Cost by stage</source>
        <translation>Kosten nach Stufe</translation>
    </message>
</context>
<context>
    <name>wb::ui::DiffStyle</name>
    <message>
        <source>New in this round</source>
        <translation>Neu in dieser Runde</translation>
    </message>
    <message>
        <source>Removed in this round</source>
        <translation>In dieser Runde entfernt</translation>
    </message>
    <message>
        <source>Removed in this round: %1</source>
        <translation>In dieser Runde entfernt: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>wb::ui::ErrorClassBar</name>
    <message>
        <source>C&amp;orrect Class</source>
        <translation>Klasse &amp;korrigieren</translation>
    </message>
    <message>
        <source>The error class this round really has, for the report&apos;s error taxonomy</source>
        <translation>Die tatsächliche Fehlerklasse dieser Runde, für die Fehlertaxonomie des Berichts</translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation>warum (optional)</translation>
    </message>
    <message>
        <source>Record your class for this round; the judge&apos;s verdict stays as it was, the history is kept</source>
        <translation>Ihre Klasse für diese Runde erfassen; das Urteil des LLM-Richters bleibt unverändert, der Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>no class (not judged)</source>
        <translation>keine Klasse (nicht beurteilt)</translation>
    </message>
    <message>
        <source>Error class: &lt;b&gt;%1&lt;/b&gt; (the judge&apos;s)</source>
        <translation>Fehlerklasse: &lt;b&gt;%1&lt;/b&gt; (vom LLM-Richter)</translation>
    </message>
    <message numerus="yes">
        <source>Error class: &lt;b&gt;%1&lt;/b&gt;, corrected by %2 on %3 (the judge said %4; %n correction(s))</source>
        <translation>
            <numerusform>Fehlerklasse: &lt;b&gt;%1&lt;/b&gt;, korrigiert von %2 am %3 (der LLM-Richter sagte %4; %n Korrektur)</numerusform>
            <numerusform>Fehlerklasse: &lt;b&gt;%1&lt;/b&gt;, korrigiert von %2 am %3 (der LLM-Richter sagte %4; %n Korrekturen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Give your name in Settings → General to record a correction</source>
        <translation>Geben Sie unter Einstellungen → Allgemein Ihren Namen an, um eine Korrektur zu erfassen</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExampleTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExampleView</name>
    <message>
        <source>Example %1 does not exist.</source>
        <translation>Beispiel %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Select one round to see it; select two to compare them.</source>
        <translation>Wählen Sie eine Runde aus, um sie anzuzeigen; wählen Sie zwei aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not judged%1.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nicht bewertet%1.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>: this round never ran</source>
        <translation>: Diese Runde wurde nie ausgeführt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Round %1: %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Runde %1: %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>&lt;p&gt;faithful: &lt;b&gt;%1&lt;/b&gt; · accurate: &lt;b&gt;%2&lt;/b&gt; · complete: &lt;b&gt;%3&lt;/b&gt; · error class: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;getreu: &lt;b&gt;%1&lt;/b&gt; · korrekt: &lt;b&gt;%2&lt;/b&gt; · vollständig: &lt;b&gt;%3&lt;/b&gt; · Fehlerklasse: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Critical issues&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Kritische Probleme&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Issues&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Probleme&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Correct behaviour&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Korrektes Verhalten&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Issues the repair identified&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Von der Reparatur erkannte Probleme&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Changes the repair made&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Von der Reparatur vorgenommene Änderungen&lt;/h4&gt;</translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s) skipped while the round printed faster than it can be shown</source>
        <translation>
            <numerusform>… %n Zeile übersprungen, weil die Runde schneller ausgab, als sie angezeigt werden kann</numerusform>
            <numerusform>… %n Zeilen übersprungen, weil die Runde schneller ausgab, als sie angezeigt werden kann</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No round yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Noch keine Runde.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Begutachtung</translation>
    </message>
    <message>
        <source>(blind review: the outcome is shown once you have submitted your judgement)</source>
        <translation>(Blindbegutachtung: Das Ergebnis wird angezeigt, sobald Sie Ihre Bewertung abgegeben haben)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Blind review: the judge&apos;s verdict of this example is hidden until you have submitted your judgement in the Review tab.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Blindbegutachtung: Das Urteil des LLM-Richters zu diesem Beispiel ist verborgen, bis Sie Ihre Bewertung im Reiter „Begutachtung“ abgegeben haben.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; @ %2 — &lt;b&gt;%3&lt;/b&gt; %4 · %5 rounds executed · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; @ %2 — &lt;b&gt;%3&lt;/b&gt; %4 · %5 Runden ausgeführt · %6</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost of this round&apos;s calls: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kosten der Aufrufe dieser Runde: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExpertFixBar</name>
    <message>
        <source>&amp;Edit as Expert Fix</source>
        <translation>Als &amp;Expertenkorrektur bearbeiten</translation>
    </message>
    <message>
        <source>Save as Expert Round</source>
        <translation>Als Expertenrunde speichern</translation>
    </message>
    <message>
        <source>Discard Edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Run Expert Round</source>
        <translation>Expertenrunde ausführen</translation>
    </message>
    <message>
        <source>Run after saving</source>
        <translation>Nach dem Speichern ausführen</translation>
    </message>
    <message>
        <source>Judge it too</source>
        <translation>Auch beurteilen lassen</translation>
    </message>
    <message>
        <source>Edit the shown round&apos;s four files; saving them makes a new, human-authored round</source>
        <translation>Die vier Dateien der angezeigten Runde bearbeiten; beim Speichern entsteht eine neue, von einem Menschen verfasste Runde</translation>
    </message>
    <message>
        <source>Store the edited files as the example&apos;s next round (origin: human)</source>
        <translation>Die bearbeiteten Dateien als nächste Runde des Beispiels speichern (Herkunft: Mensch)</translation>
    </message>
    <message>
        <source>Run the example&apos;s newest round, an expert round that has not run yet, through the campaign&apos;s executor</source>
        <translation>Die neueste Runde des Beispiels, eine noch nicht ausgeführte Expertenrunde, in der Ausführungsumgebung der Kampagne ausführen</translation>
    </message>
    <message>
        <source>Also ask the campaign&apos;s judge for a verdict on the expert round (costs one model call)</source>
        <translation>Zusätzlich den LLM-Richter der Kampagne um ein Urteil über die Expertenrunde bitten (kostet einen Modellaufruf)</translation>
    </message>
    <message>
        <source>Your unsaved expert fix of this example is back in the editors.</source>
        <translation>Ihre nicht gespeicherte Expertenkorrektur dieses Beispiels ist wieder in den Editoren.</translation>
    </message>
    <message>
        <source>Editing the files of round %1; saving adds them as a new expert round.</source>
        <translation>Die Dateien von Runde %1 werden bearbeitet; beim Speichern werden sie als neue Expertenrunde hinzugefügt.</translation>
    </message>
    <message>
        <source>Edits discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Saved as round %1 (expert).</source>
        <translation>Als Runde %1 (Experte) gespeichert.</translation>
    </message>
    <message>
        <source>Running the expert round…</source>
        <translation>Die Expertenrunde wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportLibraryDialog</name>
    <message>
        <source>Export Library</source>
        <translation>Bibliothek exportieren</translation>
    </message>
    <message>
        <source>Example folders (runnable, with README and expected output)</source>
        <translation>Beispielordner (lauffähig, mit README und erwarteter Ausgabe)</translation>
    </message>
    <message>
        <source>Git repository (one commit per round)</source>
        <translation>Git-Repository (ein Commit pro Runde)</translation>
    </message>
    <message>
        <source>CodeScientist codeblocks</source>
        <translation>CodeScientist-Codeblöcke</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Only examples an expert &amp;accepted (and none rejected)</source>
        <translation>Nur Beispiele, die ein Experte &amp;angenommen (und keiner abgelehnt) hat</translation>
    </message>
    <message>
        <source>e.g. GPL-3.0-only, unknown</source>
        <translation>z. B. GPL-3.0-only, unknown</translation>
    </message>
    <message>
        <source>Only permissive licences pass by default; list SPDX ids (or &apos;unknown&apos;) to let through, with a reason.</source>
        <translation>Standardmäßig passieren nur freizügige Lizenzen; geben Sie SPDX-IDs (oder „unknown“) an, die mit einer Begründung durchgelassen werden sollen.</translation>
    </message>
    <message>
        <source>Also allow &amp;licences:</source>
        <translation>Zusätzlich &amp;Lizenzen zulassen:</translation>
    </message>
    <message>
        <source>Why (recorded with each example)</source>
        <translation>Warum (wird mit jedem Beispiel erfasst)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Replace the files the export writes in a folder that is not empty</source>
        <translation>Die Dateien, die der Export schreibt, in einem nicht leeren Ordner ersetzen</translation>
    </message>
    <message>
        <source>&amp;Verify afterwards: re-run every exported folder from a clean copy</source>
        <translation>Anschließend p&amp;rüfen: jeden exportierten Ordner aus einer sauberen Kopie erneut ausführen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Erwartete Ausgabe</translation>
    </message>
    <message>
        <source>Last error line / message</source>
        <translation>Letzte Fehlerzeile / Meldung</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Verif&amp;y Folder</source>
        <translation>Ordner &amp;prüfen</translation>
    </message>
    <message>
        <source>Re-run the example folders already exported to the chosen folder</source>
        <translation>Die bereits in den gewählten Ordner exportierten Beispielordner erneut ausführen</translation>
    </message>
    <message>
        <source>Cancel &amp;Run</source>
        <translation>Ausführung abbre&amp;chen</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Letting licences through the gate needs a reason.</source>
        <translation>Lizenzen durch den Lizenzfilter zu lassen erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) exported to %1.</source>
        <translation>
            <numerusform>%n Beispiel nach %1 exportiert.</numerusform>
            <numerusform>%n Beispiele nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded:</source>
        <translation>
            <numerusform>%n ausgeschlossen:</numerusform>
            <numerusform>%n ausgeschlossen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Verifying %1 of %2: %3</source>
        <translation>Prüfung %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 examples ran and produced their expected output.</source>
        <translation>%1 von %2 Beispielen liefen und erzeugten ihre erwartete Ausgabe.</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>failed (exit %1)</source>
        <translation>fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>produced again (%n file(s))</source>
        <translation>
            <numerusform>erneut erzeugt (%n Datei)</numerusform>
            <numerusform>erneut erzeugt (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>wb::ui::FileRelevance</name>
    <message>
        <source>unknown language</source>
        <translation>unbekannte Sprache</translation>
    </message>
    <message>
        <source>&lt;br&gt;Rated %1 by the model: %2 — %3%4</source>
        <translation>&lt;br&gt;Vom Modell mit %1 bewertet: %2 — %3%4</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;in the generation prompt&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;im Generierungs-Prompt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Setup: %1</source>
        <translation>&lt;br&gt;Einrichtung: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4&lt;br&gt;Static ranking: band %5, score %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4&lt;br&gt;Statische Rangfolge: Stufe %5, Punktzahl %6&lt;br&gt;%7</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Not asked: the model was not asked about this file (below the classified set&apos;s threshold or its size); the colour is the static ranking&apos;s.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Nicht gefragt: Das Modell wurde zu dieser Datei nicht befragt (unter der Schwelle oder jenseits der Größe der klassifizierten Menge); die Farbe ist die der statischen Rangfolge.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>wb::ui::FileTableModel</name>
    <message>
        <source>symlink → %1</source>
        <translation>Symlink → %1</translation>
    </message>
    <message>
        <source>submodule</source>
        <translation>Submodul</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>LFS pointer</source>
        <translation>LFS-Zeiger</translation>
    </message>
    <message>
        <source>too large to read</source>
        <translation>zu groß zum Lesen</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbar</translation>
    </message>
    <message>
        <source>no particular signal</source>
        <translation>kein besonderes Signal</translation>
    </message>
    <message>
        <source>Prior</source>
        <translation>Prior</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>%1
Static ranking: band %2, score %3
%4</source>
        <translation>%1
Statische Rangfolge: Stufe %2, Punktzahl %3
%4</translation>
    </message>
</context>
<context>
    <name>wb::ui::FileTreeModel</name>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1/&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Highest relevance below: %4%5</source>
        <translation>&lt;b&gt;%1/&lt;/b&gt;&lt;br&gt;%2, %3&lt;br&gt;Höchste Relevanz darunter: %4%5</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;%1 in the generation prompt&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;%1 im Generierungs-Prompt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Relevance %2 (%3)%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Relevanz %2 (%3)%4</translation>
    </message>
    <message>
        <source>rated by the model</source>
        <translation>vom Modell bewertet</translation>
    </message>
    <message>
        <source>static prior</source>
        <translation>statischer Prior</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;in the generation prompt&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;im Generierungs-Prompt&lt;/i&gt;</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lines / Size</source>
        <translation>Zeilen / Größe</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
</context>
<context>
    <name>wb::ui::ImageViewer</name>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>An Ansicht anpassen</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3 %</source>
        <translation>%1 × %2 px · %3 %</translation>
    </message>
</context>
<context>
    <name>wb::ui::JsonTreeModel</name>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>wb::ui::JudgementPanel</name>
    <message>
        <source>&amp;Submit Judgement</source>
        <translation>Bewertung &amp;absenden</translation>
    </message>
    <message>
        <source>Ran without error?</source>
        <translation>Fehlerfrei gelaufen?</translation>
    </message>
    <message>
        <source>Demonstrates the repository&apos;s function?</source>
        <translation>Zeigt die Funktion des Repositorys?</translation>
    </message>
    <message>
        <source>Function correct?</source>
        <translation>Funktion korrekt?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your judgement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Bewertung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;LLM judge&lt;/b&gt;</source>
        <translation>&lt;b&gt;LLM-Richter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notes: what you checked, what is wrong, what a repair should do</source>
        <translation>Notizen: was Sie geprüft haben, was falsch ist, was eine Reparatur tun sollte</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Verlauf (neueste zuerst):</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — abweichend</translation>
    </message>
    <message>
        <source>Set your name in Settings → General to record judgements.</source>
        <translation>Legen Sie Ihren Namen unter Einstellungen → Allgemein fest, um Bewertungen zu erfassen.</translation>
    </message>
    <message>
        <source>Recorded as %1&apos;s judgement %2%3.</source>
        <translation>Als Bewertung %2 von %1 erfasst%3.</translation>
    </message>
    <message>
        <source>, superseding %1</source>
        <translation>, ersetzt %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — ran: %4, shows function: %5, correct: %6</source>
        <translation>%1 · %2 · %3 — gelaufen: %4, zeigt Funktion: %5, korrekt: %6</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation> (ersetzt)</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorheriges</translation>
    </message>
    <message>
        <source>Next Unreviewed</source>
        <translation>Nächstes Ungeprüftes</translation>
    </message>
    <message>
        <source>Next Disagreement</source>
        <translation>Nächste Uneinigkeit</translation>
    </message>
    <message>
        <source>Next Match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Judge: success</source>
        <translation>LLM-Richter: Erfolg</translation>
    </message>
    <message>
        <source>Judge: failure</source>
        <translation>LLM-Richter: Misserfolg</translation>
    </message>
    <message>
        <source>My decision: needs work</source>
        <translation>Meine Entscheidung: Überarbeiten</translation>
    </message>
    <message>
        <source>Reviewed by nobody</source>
        <translation>Von niemandem geprüft</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The review keys (?)</source>
        <translation>Tastenbelegung der Begutachtung (?)</translation>
    </message>
    <message>
        <source>Blind review</source>
        <translation>Blindbegutachtung</translation>
    </message>
    <message>
        <source>The judge&apos;s verdict and the other annotators&apos; judgements are hidden until you submit yours</source>
        <translation>Das Urteil des LLM-Richters und die Bewertungen der anderen Annotatoren sind verborgen, bis Sie Ihre abgeben</translation>
    </message>
    <message>
        <source>Append your judgement; it supersedes your previous one</source>
        <translation>Ihre Bewertung anhängen; sie ersetzt Ihre vorherige</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Previous example in the queue (%1)</source>
        <translation>Vorheriges Beispiel in der Warteschlange (%1)</translation>
    </message>
    <message>
        <source>Next example you have not reviewed (%1)</source>
        <translation>Nächstes Beispiel, das Sie noch nicht geprüft haben (%1)</translation>
    </message>
    <message>
        <source>Next example where the raters disagree on the decision (%1)</source>
        <translation>Nächstes Beispiel, bei dem die Bewerter in der Entscheidung uneinig sind (%1)</translation>
    </message>
    <message>
        <source>Next example matching the filter (%1)</source>
        <translation>Nächstes Beispiel, das dem Filter entspricht (%1)</translation>
    </message>
    <message>
        <source>Append your judgement (%1 submits and goes to the next unreviewed example, %2 stays); it supersedes your previous one</source>
        <translation>Ihre Bewertung anhängen (%1 gibt sie ab und geht zum nächsten ungeprüften Beispiel, %2 bleibt hier); sie ersetzt Ihre vorherige</translation>
    </message>
    <message>
        <source>hidden until you submit</source>
        <translation>verborgen, bis Sie abgeben</translation>
    </message>
    <message>
        <source>Every example of this campaign is reviewed.</source>
        <translation>Alle Beispiele dieser Kampagne sind geprüft.</translation>
    </message>
    <message>
        <source>The queue is still loading or empty.</source>
        <translation>Die Warteschlange wird noch geladen oder ist leer.</translation>
    </message>
    <message>
        <source>No other example in this campaign matches.</source>
        <translation>Kein anderes Beispiel in dieser Kampagne entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Next Unreviewed (%1)</source>
        <translation>Nächstes Ungeprüftes (%1)</translation>
    </message>
    <message>
        <source>Next Disagreement (%1)</source>
        <translation>Nächste Uneinigkeit (%1)</translation>
    </message>
    <message>
        <source>Next Match (%1)</source>
        <translation>Nächster Treffer (%1)</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Reviewed: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source> (blind)</source>
        <translation> (blind)</translation>
    </message>
    <message>
        <source>Judge the example as a whole (what the queue, agreement and export count) or one of its rounds</source>
        <translation>Das Beispiel als Ganzes bewerten (das zählen Warteschlange, Übereinstimmung und Export) oder eine seiner Runden</translation>
    </message>
    <message>
        <source>Undo the last answer (%1)</source>
        <translation>Letzte Antwort rückgängig machen (%1)</translation>
    </message>
    <message>
        <source>Redo the answer undone last (%1)</source>
        <translation>Zuletzt rückgängig gemachte Antwort wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>About the example as a whole</source>
        <translation>Zum Beispiel als Ganzes</translation>
    </message>
    <message>
        <source>About round %1 only (%2)</source>
        <translation>Nur zu Runde %1 (%2)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(about one round)</source>
        <translation>(zu einer Runde)</translation>
    </message>
</context>
<context>
    <name>wb::ui::LibraryCoveragePanel</name>
    <message>
        <source>&amp;Compute Coverage</source>
        <translation>Abdeckung b&amp;erechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Which repositories have no accepted example, which accepted examples an agent would not find by their own description, and which look like duplicates.</source>
        <translation>Welche Repositorys kein angenommenes Beispiel haben, welche angenommenen Beispiele ein Agent über ihre eigene Beschreibung nicht fände und welche wie Duplikate aussehen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 accepted examples over %2 repositories.</source>
        <translation>%1 angenommene Beispiele in %2 Repositorys.</translation>
    </message>
    <message>
        <source>Repositories without an accepted example</source>
        <translation>Repositorys ohne angenommenes Beispiel</translation>
    </message>
    <message>
        <source>Not found first by their own description (vague summary?)</source>
        <translation>Von der eigenen Beschreibung nicht an erster Stelle gefunden (vage Zusammenfassung?)</translation>
    </message>
    <message>
        <source>not in its first %1</source>
        <translation>nicht unter den ersten %1</translation>
    </message>
    <message>
        <source>rank %1; first: #%2 %3</source>
        <translation>Rang %1; an erster Stelle: #%2 %3</translation>
    </message>
    <message>
        <source>Duplicate-looking examples</source>
        <translation>Beispiele, die wie Duplikate aussehen</translation>
    </message>
</context>
<context>
    <name>wb::ui::LibrarySearchPanel</name>
    <message>
        <source>campaign hidden</source>
        <translation>Kampagne verborgen</translation>
    </message>
    <message>
        <source> · accepted</source>
        <translation> · angenommen</translation>
    </message>
    <message>
        <source>&amp;Accepted only</source>
        <translation>&amp;Nur angenommene</translation>
    </message>
    <message>
        <source>Search the examples, e.g. planar average of an electrostatic potential (Ctrl+F)</source>
        <translation>Beispiele durchsuchen, z. B. planar average of an electrostatic potential (Strg+F)</translation>
    </message>
    <message>
        <source>Only the vetted library: examples an expert accepted</source>
        <translation>Nur die geprüfte Bibliothek: Beispiele, die ein Experte angenommen hat</translation>
    </message>
    <message>
        <source>Select an example to see its final main.py.</source>
        <translation>Wählen Sie ein Beispiel aus, um seine endgültige main.py zu sehen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type words to search the examples; the best matches come first.</source>
        <translation>Geben Sie Wörter ein, um die Beispiele zu durchsuchen; die besten Treffer kommen zuerst.</translation>
    </message>
    <message>
        <source>Nothing to search for: the query has no words.</source>
        <translation>Nichts zu suchen: Die Suchanfrage enthält keine Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>No match among %n example(s) for: %1</source>
        <translation>
            <numerusform>Kein Treffer unter %n Beispiel für: %1</numerusform>
            <numerusform>Kein Treffer unter %n Beispielen für: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n example(s); words: %2%3</source>
        <translation>
            <numerusform>%1 von %n Beispiel; Wörter: %2%3</numerusform>
            <numerusform>%1 von %n Beispielen; Wörter: %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (read-only workspace: the index may be out of date)</source>
        <translation> (schreibgeschützter Arbeitsbereich: Der Index ist möglicherweise veraltet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judge and experts:&lt;/b&gt; hidden while the workspace reviews blind.</source>
        <translation>&lt;b&gt;LLM-Richter und Experten:&lt;/b&gt; verborgen, solange im Arbeitsbereich blind begutachtet wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judge:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Experts:&lt;/b&gt; %2%3</source>
        <translation>&lt;b&gt;LLM-Richter:&lt;/b&gt; %1&lt;br/&gt;&lt;b&gt;Experten:&lt;/b&gt; %2%3</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Urteil</translation>
    </message>
    <message>
        <source> — in the vetted library</source>
        <translation> — in der geprüften Bibliothek</translation>
    </message>
</context>
<context>
    <name>wb::ui::LibraryView</name>
    <message>
        <source>&amp;Search</source>
        <translation>Su&amp;che</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>Abdec&amp;kung</translation>
    </message>
    <message>
        <source>A&amp;gent Preview</source>
        <translation>A&amp;gent-Vorschau</translation>
    </message>
</context>
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>%1 — CodeDistiller Workbench</source>
        <translation>%1 — CodeDistiller Workbench</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel adding repositories</source>
        <translation>Hinzufügen der Repositorys abbrechen</translation>
    </message>
    <message>
        <source>Add Repositories</source>
        <translation>Repositorys hinzufügen</translation>
    </message>
    <message>
        <source>Repositories are being added already; wait for that to finish or cancel it.</source>
        <translation>Es werden bereits Repositorys hinzugefügt; warten Sie, bis der Vorgang abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Cancelled after adding %1 repositories; nothing half-written was kept.</source>
        <translation>Abgebrochen, nachdem %1 Repositorys hinzugefügt wurden; nichts halb Geschriebenes wurde behalten.</translation>
    </message>
    <message>
        <source>Added %1 repositories, %2 failed.</source>
        <translation>%1 Repositorys hinzugefügt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sources that could not be added: %1</source>
        <translation>Quellen, die nicht hinzugefügt werden konnten: %1</translation>
    </message>
    <message>
        <source>Run Campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>&amp;Repositories</source>
        <translation>&amp;Repositorys</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Kampagne beendet</translation>
    </message>
    <message>
        <source>Preparing the demo: writing and adding the sample repository…</source>
        <translation>Demo wird vorbereitet: Das Demo-Repository wird geschrieben und hinzugefügt…</translation>
    </message>
    <message>
        <source>The demo campaign has run; its example is in the Examples tab.</source>
        <translation>Die Demo-Kampagne wurde ausgeführt; ihr Beispiel finden Sie im Reiter „Beispiele“.</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>C&amp;uration</source>
        <translation>K&amp;uratierung</translation>
    </message>
    <message>
        <source>A&amp;djudication</source>
        <translation>&amp;Schlichtung</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>The expert round has run; it is the newest round.</source>
        <translation>Die Expertenrunde wurde ausgeführt; sie ist die neueste Runde.</translation>
    </message>
    <message>
        <source>A campaign is running. The expert round is saved; run it when the campaign has finished.</source>
        <translation>Eine Kampagne läuft. Die Expertenrunde ist gespeichert; führen Sie sie aus, wenn die Kampagne beendet ist.</translation>
    </message>
    <message>
        <source>Expert round</source>
        <translation>Expertenrunde</translation>
    </message>
    <message>
        <source>The expert round could not start.</source>
        <translation>Die Expertenrunde konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Resume Campaign</source>
        <translation>Kampagne fortsetzen</translation>
    </message>
    <message>
        <source>Campaign %1 waits for its classification batch at %2 (%3); File → Resume Campaign collects it.</source>
        <translation>Kampagne %1 wartet auf ihren Klassifizierungs-Batch bei %2 (%3); Datei → Kampagne fortsetzen holt ihn ab.</translation>
    </message>
    <message>
        <source>This campaign is running; wait for it or cancel it.</source>
        <translation>Diese Kampagne läuft; warten Sie auf sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
</context>
<context>
    <name>wb::ui::MainWindowActions</name>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Workspace…</source>
        <translation>Mit &amp;Team-Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Add Repositories…</source>
        <translation>&amp;Repositorys hinzufügen…</translation>
    </message>
    <message>
        <source>Clone or fetch repositories and take their file inventories</source>
        <translation>Repositorys klonen oder abrufen und ihre Dateiinventare erstellen</translation>
    </message>
    <message>
        <source>Run &amp;Campaign…</source>
        <translation>&amp;Kampagne starten…</translation>
    </message>
    <message>
        <source>Distil examples of every repository with chosen models</source>
        <translation>Beispiele aus allen Repositorys mit den gewählten Modellen destillieren</translation>
    </message>
    <message>
        <source>Com&amp;pare Models…</source>
        <translation>Modelle &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Distil the repositories the filter shows with two or three models at once, one campaign each</source>
        <translation>Die Repositories, die der Filter zeigt, mit zwei oder drei Modellen gleichzeitig destillieren, je eine Kampagne</translation>
    </message>
    <message>
        <source>R&amp;esume Campaign…</source>
        <translation>Kampagne fort&amp;setzen…</translation>
    </message>
    <message>
        <source>Continue a campaign where it stopped; a classification batch it waits for is collected, not sent again</source>
        <translation>Eine Kampagne dort fortsetzen, wo sie angehalten wurde; ein Klassifizierungs-Batch, auf den sie wartet, wird abgeholt und nicht erneut gesendet</translation>
    </message>
    <message>
        <source>Retry Examples That Ended in E&amp;rror…</source>
        <translation>Mit Fehler beendete Beispiele &amp;wiederholen…</translation>
    </message>
    <message>
        <source>Continue a campaign together with its examples that ended in error (a refused connection, a server&apos;s errors); their rounds and answered calls are kept</source>
        <translation>Eine Kampagne samt ihren mit Fehler beendeten Beispielen fortsetzen (abgelehnte Verbindung, Serverfehler); deren Runden und beantwortete Aufrufe bleiben erhalten</translation>
    </message>
    <message>
        <source>Sl&amp;urm Settings…</source>
        <translation>Sl&amp;urm-Einstellungen…</translation>
    </message>
    <message>
        <source>The team&apos;s Slurm settings in this workspace: partition, account, modules, shared folder, limits</source>
        <translation>Die Slurm-Einstellungen des Teams in diesem Arbeitsbereich: Partition, Account, Module, gemeinsamer Ordner, Grenzen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter Repositories</source>
        <translation>Repositorys &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Previous Example</source>
        <translation>&amp;Vorheriges Beispiel</translation>
    </message>
    <message>
        <source>&amp;Next Example</source>
        <translation>&amp;Nächstes Beispiel</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Begutachtung</translation>
    </message>
    <message>
        <source>&amp;Blind Review (This Workspace)</source>
        <translation>&amp;Blindbegutachtung (dieser Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Hide the judge&apos;s verdict, the model names and the other annotators&apos; judgements of an example until you have submitted your own; applies to everyone who opens this workspace</source>
        <translation>Das Urteil des LLM-Richters, die Modellnamen und die Bewertungen der anderen Annotatoren zu einem Beispiel verbergen, bis Sie Ihre eigene abgegeben haben; gilt für alle, die diesen Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Blind review is on: verdicts, models and others&apos; judgements stay hidden until you submit.</source>
        <translation>Die Blindbegutachtung ist aktiv: Urteile, Modelle und die Bewertungen anderer bleiben verborgen, bis Sie Ihre abgeben.</translation>
    </message>
    <message>
        <source>Blind review is off.</source>
        <translation>Die Blindbegutachtung ist deaktiviert.</translation>
    </message>
    <message>
        <source>Review &amp;Keys…</source>
        <translation>&amp;Tastenbelegung der Begutachtung…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Open the demo workspace: a sample repository distilled offline from recorded responses</source>
        <translation>Den Demo-Arbeitsbereich öffnen: ein Demo-Repository, offline aus aufgezeichneten Antworten destilliert</translation>
    </message>
    <message>
        <source>&amp;About CodeDistiller Workbench</source>
        <translation>&amp;Über CodeDistiller Workbench</translation>
    </message>
    <message>
        <source>About CodeDistiller Workbench</source>
        <translation>Über CodeDistiller Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CodeDistiller Workbench %1&lt;/h3&gt;&lt;p&gt;Distil runnable, expert-vetted examples from scientific repositories.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CodeDistiller Workbench %1&lt;/h3&gt;&lt;p&gt;Lauffähige, von Fachleuten geprüfte Beispiele aus wissenschaftlichen Repositorys destillieren.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n example(s) ended in error)</source>
        <translation>
            <numerusform>%1 (%n Beispiel mit Fehler beendet)</numerusform>
            <numerusform>%1 (%n Beispiele mit Fehler beendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unfinished example(s))</source>
        <translation>
            <numerusform>%1 (%n nicht abgeschlossenes Beispiel)</numerusform>
            <numerusform>%1 (%n nicht abgeschlossene Beispiele)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume Campaign</source>
        <translation>Kampagne fortsetzen</translation>
    </message>
    <message>
        <source>No example of this workspace ended in error.</source>
        <translation>Kein Beispiel dieses Arbeitsbereichs wurde mit einem Fehler beendet.</translation>
    </message>
    <message>
        <source>Every campaign of this workspace has finished.</source>
        <translation>Alle Kampagnen dieses Arbeitsbereichs sind beendet.</translation>
    </message>
    <message>
        <source>Retry Examples That Ended in Error</source>
        <translation>Mit Fehler beendete Beispiele wiederholen</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>E&amp;xport Library…</source>
        <translation>Bibliothek e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the vetted library as runnable folders, a git repository, CodeScientist codeblocks or JSON Lines, and verify that the exported folders still run</source>
        <translation>Die geprüfte Bibliothek als lauffähige Ordner, Git-Repository, CodeScientist-Codeblöcke oder JSON Lines schreiben und prüfen, ob die exportierten Ordner noch laufen</translation>
    </message>
    <message>
        <source>Export Review &amp;Bundle…</source>
        <translation>&amp;Prüfpaket exportieren…</translation>
    </message>
    <message>
        <source>Write the whole workspace into one self-contained file that a colleague opens offline to review</source>
        <translation>Den ganzen Arbeitsbereich in eine eigenständige Datei schreiben, die ein Kollege offline zur Prüfung öffnet</translation>
    </message>
    <message>
        <source>&amp;Merge Reviews…</source>
        <translation>Prüfungen zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Bring the judgements, comments and gold decisions of a review bundle back, append-only</source>
        <translation>Die Bewertungen, Kommentare und Goldentscheidungen eines Prüfpakets zurückholen (wird nur angehängt)</translation>
    </message>
    <message>
        <source>-review.cdw</source>
        <translation>-review.cdw</translation>
    </message>
    <message>
        <source>Export Review Bundle</source>
        <translation>Prüfpaket exportieren</translation>
    </message>
    <message>
        <source>CodeDistiller workspaces (*.cdw)</source>
        <translation>CodeDistiller-Arbeitsbereiche (*.cdw)</translation>
    </message>
    <message>
        <source>Writing the review bundle…</source>
        <translation>Prüfpaket wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the review bundle: %1…</source>
        <translation>Prüfpaket wird geschrieben: %1…</translation>
    </message>
    <message>
        <source>Review bundle written: %1 (%2 MB). Your colleague opens it, reviews, closes the workbench and sends it back; File → Merge Reviews brings the reviews in.</source>
        <translation>Prüfpaket geschrieben: %1 (%2 MB). Ihr Kollege öffnet es, prüft, schließt die Workbench und schickt es zurück; Datei → Prüfungen zusammenführen übernimmt die Prüfungen.</translation>
    </message>
    <message>
        <source>Merge Reviews from a Bundle</source>
        <translation>Prüfungen aus einem Paket zusammenführen</translation>
    </message>
    <message>
        <source>Merged %1 judgements, %2 line comments, %3 gold decisions and %4 comparisons by %5; %6 were here already.</source>
        <translation>%1 Bewertungen, %2 Zeilenkommentare, %3 Goldentscheidungen und %4 Vergleiche von %5 zusammengeführt; %6 waren bereits vorhanden.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>Judged on both sides:</source>
        <translation>Auf beiden Seiten bewertet:</translation>
    </message>
    <message>
        <source>Not merged:</source>
        <translation>Nicht zusammengeführt:</translation>
    </message>
    <message>
        <source>Disagreements between annotators are in Review → Adjudication.</source>
        <translation>Uneinigkeiten zwischen Annotatoren finden Sie unter Begutachtung → Schlichtung.</translation>
    </message>
    <message>
        <source>Merge Reviews</source>
        <translation>Prüfungen zusammenführen</translation>
    </message>
</context>
<context>
    <name>wb::ui::ModelChoices</name>
    <message>
        <source>%1 is past its retirement date: the provider no longer answers it. Choose a current model (the model field offers them), or correct its date in %2.</source>
        <translation>%1 hat sein Abschaltdatum überschritten: Der Anbieter beantwortet keine Anfragen mehr an dieses Modell. Wählen Sie ein aktuelles Modell (das Modellfeld bietet sie an) oder korrigieren Sie sein Datum in %2.</translation>
    </message>
</context>
<context>
    <name>wb::ui::ReportCharts</name>
    <message>
        <source>Judge and experts per model</source>
        <translation>LLM-Richter und Experten pro Modell</translation>
    </message>
    <message>
        <source>%1 (n = %2 judged)</source>
        <translation>%1 (n = %2 beurteilt)</translation>
    </message>
    <message>
        <source>Auto success (judge)</source>
        <translation>Automatischer Erfolg (LLM-Richter)</translation>
    </message>
    <message>
        <source>Error-free</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Shows function</source>
        <translation>Zeigt Funktion</translation>
    </message>
    <message>
        <source>Correct function</source>
        <translation>Korrekte Funktion</translation>
    </message>
    <message>
        <source>Auto success: the LLM judge, of finished examples · other criteria: the experts&apos; majority, of human-judged examples</source>
        <translation>Automatischer Erfolg: LLM-Richter, Anteil der abgeschlossenen Beispiele · andere Kriterien: Mehrheit der Experten, Anteil der von Menschen beurteilten Beispiele</translation>
    </message>
    <message>
        <source>Share of examples</source>
        <translation>Anteil der Beispiele</translation>
    </message>
    <message>
        <source>Cost and correctness per example</source>
        <translation>Kosten und Korrektheit pro Beispiel</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>%1: mean</source>
        <translation>%1: Mittelwert</translation>
    </message>
    <message>
        <source>Model mean: cost, share correct</source>
        <translation>Mittelwert des Modells: Kosten, Anteil korrekt</translation>
    </message>
    <message>
        <source>Cost and correctness per example (no human judgements yet)</source>
        <translation>Kosten und Korrektheit pro Beispiel (noch keine Bewertungen durch Menschen)</translation>
    </message>
    <message>
        <source>Cost per example (USD, log scale)</source>
        <translation>Kosten pro Beispiel (USD, logarithmische Skala)</translation>
    </message>
    <message>
        <source>Cost per example (USD)</source>
        <translation>Kosten pro Beispiel (USD)</translation>
    </message>
    <message>
        <source>not correct  0 %</source>
        <translation>nicht korrekt  0 %</translation>
    </message>
    <message>
        <source>correct  100 %</source>
        <translation>korrekt  100 %</translation>
    </message>
    <message>
        <source>Function correct (experts&apos; majority) · share correct</source>
        <translation>Funktion korrekt (Mehrheit der Experten) · Anteil korrekt</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>alle Modelle</translation>
    </message>
    <message>
        <source>Rounds per example: %1</source>
        <translation>Runden pro Beispiel: %1</translation>
    </message>
    <message>
        <source>Judge: finished</source>
        <translation>LLM-Richter: abgeschlossen</translation>
    </message>
    <message>
        <source>Judge: not finished</source>
        <translation>LLM-Richter: nicht abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Executed rounds (%n finished example(s) without an executed round not shown)</source>
        <translation>
            <numerusform>Ausgeführte Runden (%n abgeschlossenes Beispiel ohne ausgeführte Runde nicht angezeigt)</numerusform>
            <numerusform>Ausgeführte Runden (%n abgeschlossene Beispiele ohne ausgeführte Runde nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Executed rounds</source>
        <translation>Ausgeführte Runden</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Rounds per example: no finished example yet</source>
        <translation>Runden pro Beispiel: noch kein abgeschlossenes Beispiel</translation>
    </message>
    <message>
        <source>%1 (n = %2, %3 of unknown cost not shown)</source>
        <translation>%1 (n = %2, %3 mit unbekannten Kosten nicht angezeigt)</translation>
    </message>
    <message>
        <source>Final failures by error class of the last round</source>
        <translation>Endgültige Fehlschläge nach Fehlerklasse der letzten Runde</translation>
    </message>
    <message>
        <source>Judged rounds by error class</source>
        <translation>Beurteilte Runden nach Fehlerklasse</translation>
    </message>
    <message>
        <source>Finished examples that did not succeed (FAILED or ERROR), by the class of their last round</source>
        <translation>Abgeschlossene Beispiele ohne Erfolg (FAILED oder ERROR), nach der Klasse ihrer letzten Runde</translation>
    </message>
    <message>
        <source>Rounds with a verdict, per campaign</source>
        <translation>Runden mit Urteil, pro Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) carry an expert&apos;s class instead of the judge&apos;s</source>
        <translation>
            <numerusform>%n Runde trägt die Klasse eines Experten statt der des LLM-Richters</numerusform>
            <numerusform>%n Runden tragen die Klasse eines Experten statt der des LLM-Richters</numerusform>
        </translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Final failures by error class: none yet</source>
        <translation>Endgültige Fehlschläge nach Fehlerklasse: noch keine</translation>
    </message>
    <message>
        <source>Judged rounds by error class: none yet</source>
        <translation>Beurteilte Runden nach Fehlerklasse: noch keine</translation>
    </message>
    <message>
        <source>Cost per stage</source>
        <translation>Kosten je Stufe</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>≥: some calls have no price</source>
        <translation>≥: einige Aufrufe haben keinen Preis</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Cost per stage: no priced call yet</source>
        <translation>Kosten je Stufe: noch kein bepreister Aufruf</translation>
    </message>
</context>
<context>
    <name>wb::ui::RepositoriesPage</name>
    <message>
        <source>&amp;Files</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>Area by size</source>
        <translation>Fläche nach Größe</translation>
    </message>
    <message>
        <source>Area by lines</source>
        <translation>Fläche nach Zeilen</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>Heat&amp;map</translation>
    </message>
    <message>
        <source>File &amp;Tree</source>
        <translation>Dateiba&amp;um</translation>
    </message>
    <message>
        <source>Repositories: %1 — workspace %2</source>
        <translation>Repositorys: %1 — Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Submodule at commit %1 (not followed).</source>
        <translation>Submodul bei Commit %1 (nicht verfolgt).</translation>
    </message>
    <message>
        <source>Symbolic link to %1 (not followed).</source>
        <translation>Symbolische Verknüpfung auf %1 (nicht verfolgt).</translation>
    </message>
    <message>
        <source>Binary file, %1.</source>
        <translation>Binärdatei, %1.</translation>
    </message>
    <message>
        <source>%1 is too large to preview.</source>
        <translation>%1 ist zu groß für eine Vorschau.</translation>
    </message>
    <message>
        <source>Added %1 at %2 (%3 files)</source>
        <translation>%1 bei Commit %2 hinzugefügt (%3 Dateien)</translation>
    </message>
</context>
<context>
    <name>wb::ui::RepositoryFilterBar</name>
    <message>
        <source>Status of the newest example</source>
        <translation>Status des neuesten Beispiels</translation>
    </message>
    <message>
        <source>Generator model of the newest campaign</source>
        <translation>Generatormodell der neuesten Kampagne</translation>
    </message>
    <message>
        <source>The judge&apos;s newest verdict</source>
        <translation>Neuestes Urteil des LLM-Richters</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Filter repositories (name, licence, commit, model, status)…</source>
        <translation>Repositorys filtern (Name, Lizenz, Commit, Modell, Status)…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>All licences</source>
        <translation>Alle Lizenzen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2 repositories</source>
        <translation>%1 von %2 Repositorys</translation>
    </message>
</context>
<context>
    <name>wb::ui::RepositoryTableModel</name>
    <message>
        <source>Detected from %1</source>
        <translation>Erkannt aus %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Not in any campaign yet</source>
        <translation>Noch in keiner Kampagne</translation>
    </message>
    <message>
        <source>The judge classified the error as: %1</source>
        <translation>Der LLM-Richter hat den Fehler so klassifiziert: %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message numerus="yes">
        <source>%n model call(s) without a known price: the cost is at least the priced calls&apos;</source>
        <translation>
            <numerusform>%n Modellaufruf ohne bekannten Preis: Die Kosten betragen mindestens die der Aufrufe mit Preis</numerusform>
            <numerusform>%n Modellaufrufe ohne bekannten Preis: Die Kosten betragen mindestens die der Aufrufe mit Preis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ReviewKeymap</name>
    <message>
        <source>Ran without error</source>
        <translation>Fehlerfrei gelaufen</translation>
    </message>
    <message>
        <source>Demonstrates the function</source>
        <translation>Zeigt die Funktion</translation>
    </message>
    <message>
        <source>Function correct</source>
        <translation>Funktion korrekt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision: accept</source>
        <translation>Entscheidung: Annehmen</translation>
    </message>
    <message>
        <source>Decision: reject</source>
        <translation>Entscheidung: Ablehnen</translation>
    </message>
    <message>
        <source>Decision: needs work</source>
        <translation>Entscheidung: Überarbeiten</translation>
    </message>
    <message>
        <source>Write notes</source>
        <translation>Notizen schreiben</translation>
    </message>
    <message>
        <source>Submit and go to the next unreviewed example</source>
        <translation>Abgeben und zum nächsten ungeprüften Beispiel gehen</translation>
    </message>
    <message>
        <source>Submit and stay</source>
        <translation>Abgeben und bleiben</translation>
    </message>
    <message>
        <source>Next unreviewed example</source>
        <translation>Nächstes ungeprüftes Beispiel</translation>
    </message>
    <message>
        <source>Next disagreement</source>
        <translation>Nächste Uneinigkeit</translation>
    </message>
    <message>
        <source>Next example matching the filter</source>
        <translation>Nächstes Beispiel, das dem Filter entspricht</translation>
    </message>
    <message>
        <source>Previous example in the queue</source>
        <translation>Vorheriges Beispiel in der Warteschlange</translation>
    </message>
    <message>
        <source>Undo an answer</source>
        <translation>Eine Antwort rückgängig machen</translation>
    </message>
    <message>
        <source>Redo an answer</source>
        <translation>Eine Antwort wiederholen</translation>
    </message>
    <message>
        <source>Show the keys (this list)</source>
        <translation>Die Tasten anzeigen (diese Liste)</translation>
    </message>
</context>
<context>
    <name>wb::ui::ReviewKeysDialog</name>
    <message>
        <source>Review Keys</source>
        <translation>Tastenbelegung der Begutachtung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Click, then press the new key</source>
        <translation>Klicken Sie und drücken Sie dann die neue Taste</translation>
    </message>
    <message>
        <source>Every key of the review flow. The keys work while the Review tab has the focus (not while you type notes). Click a key to change it.</source>
        <translation>Alle Tasten des Begutachtungsablaufs. Die Tasten wirken, solange der Reiter „Begutachtung“ den Fokus hat (nicht während Sie Notizen schreiben). Klicken Sie auf eine Taste, um sie zu ändern.</translation>
    </message>
    <message>
        <source>These actions share a key; give each its own: %1</source>
        <translation>Diese Aktionen teilen sich eine Taste; geben Sie jeder eine eigene: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::RoundDiffView</name>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation>Vorherige Änderung (Umschalt+F8)</translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation>Nächste Änderung (F8)</translation>
    </message>
    <message>
        <source>The file to compare; files that differ between the two rounds are marked •</source>
        <translation>Die zu vergleichende Datei; Dateien, die sich zwischen den beiden Runden unterscheiden, sind mit • markiert</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>Show the diff as one unified text with three lines of context</source>
        <translation>Den Diff als einen einheitlichen Text mit drei Kontextzeilen anzeigen</translation>
    </message>
    <message>
        <source>Round %1 (nothing to compare with)</source>
        <translation>Runde %1 (nichts zum Vergleichen)</translation>
    </message>
    <message>
        <source>%1: round %2 → round %3</source>
        <translation>%1: Runde %2 → Runde %3</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
</context>
<context>
    <name>wb::ui::RoundLogView</name>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Double-click a traceback line to open main.py at that line.</source>
        <translation>Doppelklicken Sie auf eine Traceback-Zeile, um main.py an dieser Zeile zu öffnen.</translation>
    </message>
    <message>
        <source>%1 older lines dropped: only the newest %2 are kept</source>
        <translation>%1 ältere Zeilen verworfen: nur die neuesten %2 werden behalten</translation>
    </message>
</context>
<context>
    <name>wb::ui::RoundTableModel</name>
    <message>
        <source>This repair was produced after the last executed round and never ran.</source>
        <translation>Diese Reparatur wurde nach der letzten ausgeführten Runde erzeugt und nie ausgeführt.</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Fehlerklasse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>wb::ui::SettingsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>kept in the secret store; empty: unchanged or from the environment</source>
        <translation>im Schlüsselbund gespeichert; leer: unverändert oder aus der Umgebung</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Annotator name:</source>
        <translation>&amp;Annotator-Name:</translation>
    </message>
    <message>
        <source>P&amp;ython interpreter:</source>
        <translation>P&amp;ython-Interpreter:</translation>
    </message>
    <message>
        <source>&amp;Executor:</source>
        <translation>Ausführungs&amp;umgebung:</translation>
    </message>
    <message>
        <source>The key could not be saved in the secret store (%1); it is used for this test only. Set the provider&apos;s environment variable instead.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%1); er wird nur für diesen Test verwendet. Setzen Sie stattdessen die Umgebungsvariable des Anbieters.</translation>
    </message>
    <message>
        <source>Enter a model to test with.</source>
        <translation>Geben Sie ein Modell zum Testen ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>OK: &quot;%1&quot; in %2 ms, %3 tokens in, %4 out, cost %5</source>
        <translation>OK: „%1“ in %2 ms, %3 Tokens ein, %4 aus, Kosten %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Rounds may use the &amp;network (pip downloads, data)</source>
        <translation>Runden dürfen das Netz&amp;werk verwenden (pip-Downloads, Daten)</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>A&amp;nbieter</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>E&amp;xecution</source>
        <translation>Aus&amp;führung</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Allg&amp;emein</translation>
    </message>
    <message>
        <source>One model id per line; empty: the models of the price catalogue</source>
        <translation>Eine Modell-ID pro Zeile; leer: die Modelle des Preiskatalogs</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Models &amp;offered:</source>
        <translation>Angeb&amp;otene Modelle:</translation>
    </message>
    <message>
        <source>Model to test &amp;with:</source>
        <translation>Modell zum &amp;Testen:</translation>
    </message>
    <message>
        <source>Defaults of new campaigns. The generator writes the repository summary, the example and its repairs; the classifier rates every file (a fast model); the judge reads each run.</source>
        <translation>Standardwerte für neue Kampagnen. Der Generator schreibt die Zusammenfassung des Repositorys, das Beispiel und dessen Reparaturen; der Klassifikator bewertet jede Datei (ein schnelles Modell); der LLM-Richter beurteilt jeden Lauf.</translation>
    </message>
    <message>
        <source>&amp;Generator:</source>
        <translation>&amp;Generator:</translation>
    </message>
    <message>
        <source>&amp;Classifier:</source>
        <translation>&amp;Klassifikator:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>LLM-&amp;Richter:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the Python interpreter</source>
        <translation>Python-Interpreter auswählen</translation>
    </message>
    <message>
        <source>Python Interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Debug &amp;rounds at most:</source>
        <translation>Max. Debug-&amp;Runden:</translation>
    </message>
    <message>
        <source>Examples in &amp;parallel:</source>
        <translation>&amp;Parallele Beispiele:</translation>
    </message>
    <message>
        <source>&amp;Time per round:</source>
        <translation>&amp;Zeit pro Runde:</translation>
    </message>
    <message>
        <source>&amp;Memory per process:</source>
        <translation>&amp;Speicher pro Prozess:</translation>
    </message>
    <message>
        <source>&amp;Output per stream:</source>
        <translation>&amp;Ausgabe pro Stream:</translation>
    </message>
    <message>
        <source>your name, recorded with your judgements</source>
        <translation>Ihr Name, wird mit Ihren Bewertungen gespeichert</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language applies when the workbench starts next.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der Workbench wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>auto: the bubblewrap sandbox when it works here, else local processes; podman: a fresh container for every round (runc), its image from the workspace setting podman.image</source>
        <translation>auto: die bubblewrap-Sandbox, wenn sie hier funktioniert, sonst lokale Prozesse; podman: ein neuer Container für jede Runde (runc), sein Image aus der Arbeitsbereichseinstellung podman.image</translation>
    </message>
    <message>
        <source>slurm: every round as a batch job on the team&apos;s Slurm cluster; partition, account, modules and the shared folder are the workspace&apos;s settings (File → Slurm Settings…, or codedistiller slurm)</source>
        <translation>slurm: jede Runde als Batch-Job auf dem Slurm-Cluster des Teams; Partition, Account, Module und der gemeinsame Ordner sind Einstellungen des Arbeitsbereichs (Datei → Slurm-Einstellungen… oder codedistiller slurm)</translation>
    </message>
    <message>
        <source>PyPI</source>
        <translation>PyPI</translation>
    </message>
    <message>
        <source>A package index (PEP 503) the rounds install from when they may use the network, e.g. your lab&apos;s mirror: https://pypi.example.org/simple</source>
        <translation>Ein Paketindex (PEP 503), aus dem die Runden installieren, wenn sie das Netzwerk nutzen dürfen, z. B. der Spiegel Ihres Labors: https://pypi.example.org/simple</translation>
    </message>
    <message>
        <source>Package &amp;index (pip):</source>
        <translation>Paket&amp;index (pip):</translation>
    </message>
    <message>
        <source>The package index must be an http or https URL, e.g. https://pypi.example.org/simple.</source>
        <translation>Der Paketindex muss eine http- oder https-URL sein, z. B. https://pypi.example.org/simple.</translation>
    </message>
    <message>
        <source>Remove once collected</source>
        <translation>Nach der Übernahme entfernen</translation>
    </message>
    <message>
        <source>Keep failed rounds</source>
        <translation>Fehlgeschlagene Runden behalten</translation>
    </message>
    <message>
        <source>Keep all rounds</source>
        <translation>Alle Runden behalten</translation>
    </message>
    <message>
        <source>A round&apos;s folder (its code, virtual environment and files) once its log and artifacts are saved in the workspace: removed, kept when run.sh or main.py failed or the round was stopped, or always kept for debugging.</source>
        <translation>Der Ordner einer Runde (ihr Code, ihre virtuelle Umgebung und ihre Dateien), sobald Protokoll und Artefakte im Arbeitsbereich gespeichert sind: entfernt, behalten, wenn run.sh oder main.py fehlgeschlagen ist oder die Runde gestoppt wurde, oder zur Fehlersuche immer behalten.</translation>
    </message>
    <message>
        <source>Round &amp;folders:</source>
        <translation>Runden&amp;ordner:</translation>
    </message>
</context>
<context>
    <name>wb::ui::SideBySideView</name>
    <message>
        <source>✓ finished</source>
        <translation>✓ abgeschlossen</translation>
    </message>
    <message>
        <source>✗ not finished</source>
        <translation>✗ nicht abgeschlossen</translation>
    </message>
    <message>
        <source>◌ hidden until you judge it</source>
        <translation>◌ verborgen, bis Sie es beurteilen</translation>
    </message>
    <message>
        <source>· no verdict</source>
        <translation>· kein Urteil</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <source>&amp;Campaigns:</source>
        <translation>&amp;Kampagnen:</translation>
    </message>
    <message>
        <source>A third campaign, or none</source>
        <translation>Eine dritte Kampagne oder keine</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Side by side needs two campaigns; run another campaign over the same repositories.</source>
        <translation>Die Nebeneinander-Ansicht benötigt zwei Kampagnen; führen Sie eine weitere Kampagne über dieselben Repositorys aus.</translation>
    </message>
    <message>
        <source>Choose two or three different campaigns.</source>
        <translation>Wählen Sie zwei oder drei verschiedene Kampagnen.</translation>
    </message>
    <message>
        <source>Choose a repository.</source>
        <translation>Wählen Sie ein Repository.</translation>
    </message>
    <message>
        <source>No example of this repository in this campaign.</source>
        <translation>Kein Beispiel dieses Repositorys in dieser Kampagne.</translation>
    </message>
    <message>
        <source>◌ hidden</source>
        <translation>◌ verborgen</translation>
    </message>
    <message>
        <source>split</source>
        <translation>uneinig</translation>
    </message>
    <message>
        <source>%1 (gold)</source>
        <translation>%1 (Gold)</translation>
    </message>
    <message>
        <source>Judge: %1 · Humans: %2</source>
        <translation>LLM-Richter: %1 · Menschen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Example %1 · %2 · round %3 of %n · %4</source>
        <translation>
            <numerusform>Beispiel %1 · %2 · Runde %3 von %n · %4</numerusform>
            <numerusform>Beispiel %1 · %2 · Runde %3 von %n · %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::SlurmSettingsDialog</name>
    <message>
        <source>Chec&amp;k Slurm</source>
        <translation>Slurm p&amp;rüfen</translation>
    </message>
    <message>
        <source>Slurm Settings</source>
        <translation>Slurm-Einstellungen</translation>
    </message>
    <message>
        <source>These settings belong to the workspace: everyone who runs a campaign with the slurm executor in it uses them. An empty field keeps the default shown in it.</source>
        <translation>Diese Einstellungen gehören zum Arbeitsbereich: Alle, die darin eine Kampagne mit der Ausführungsumgebung slurm starten, verwenden sie. Ein leeres Feld behält den darin angezeigten Standardwert.</translation>
    </message>
    <message>
        <source>the workspace&apos;s scratch folder (one machine only)</source>
        <translation>der Scratch-Ordner des Arbeitsbereichs (nur ein Rechner)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none: rounds run on the node itself</source>
        <translation>keines: Runden laufen direkt auf dem Knoten</translation>
    </message>
    <message>
        <source>the site&apos;s default</source>
        <translation>Standardwert des Standorts</translation>
    </message>
    <message>
        <source>Whether sbatch, squeue, scontrol and scancel are on PATH and the controller answers; lists the partitions</source>
        <translation>Ob sbatch, squeue, scontrol und scancel im PATH sind und der Controller antwortet; listet die Partitionen auf</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;QoS:</source>
        <translation>&amp;QoS:</translation>
    </message>
    <message>
        <source>&amp;Modules to load:</source>
        <translation>Zu ladende &amp;Module:</translation>
    </message>
    <message>
        <source>Container &amp;image:</source>
        <translation>Container-&amp;Image:</translation>
    </message>
    <message>
        <source>Container &amp;runtime:</source>
        <translation>Container-&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>More &amp;sbatch arguments:</source>
        <translation>Weitere &amp;sbatch-Argumente:</translation>
    </message>
    <message>
        <source>S&amp;hared folder:</source>
        <translation>Gemeinsamer &amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;CPU cores per round at most:</source>
        <translation>&amp;CPU-Kerne je Runde höchstens:</translation>
    </message>
    <message>
        <source>&amp;GPUs per round at most:</source>
        <translation>&amp;GPUs je Runde höchstens:</translation>
    </message>
    <message>
        <source>&amp;Jobs in the queue at once:</source>
        <translation>&amp;Jobs gleichzeitig in der Warteschlange:</translation>
    </message>
    <message>
        <source>Read the queue e&amp;very (s):</source>
        <translation>&amp;Warteschlange lesen alle (s):</translation>
    </message>
    <message>
        <source>Wait for a job&apos;s &amp;files (s):</source>
        <translation>Auf die &amp;Dateien eines Jobs warten (s):</translation>
    </message>
    <message>
        <source>Asking Slurm…</source>
        <translation>Slurm wird gefragt…</translation>
    </message>
    <message>
        <source>%1 (%2, nodes: %3, %4)</source>
        <translation>%1 (%2, Knoten: %3, %4)</translation>
    </message>
    <message>
        <source>Slurm answers; sinfo listed no partitions.</source>
        <translation>Slurm antwortet; sinfo hat keine Partitionen aufgeführt.</translation>
    </message>
    <message>
        <source>Slurm answers. Partitions: %1</source>
        <translation>Slurm antwortet. Partitionen: %1</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Einstellungen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>wb::ui::StageCostPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No call here has a price (a model missing from the price catalogue, or no usage reported).</source>
        <translation>Kein Aufruf hier hat einen Preis (ein Modell fehlt im Preiskatalog, oder es wurde keine Nutzung gemeldet).</translation>
    </message>
    <message numerus="yes">
        <source>At least this much: %n call(s) have no price.</source>
        <translation>
            <numerusform>Mindestens so viel: %n Aufruf hat keinen Preis.</numerusform>
            <numerusform>Mindestens so viel: %n Aufrufe haben keinen Preis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priced call(s)</source>
        <translation>
            <numerusform>%n bepreister Aufruf</numerusform>
            <numerusform>%n bepreiste Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens of the calls that reached a provider, each prompt token in one column: uncached, read from the provider&apos;s cache, written to it; output includes reasoning. Cached answers came from the workbench&apos;s own cache: no provider call, no cost. Batch calls are priced at the batch price; &quot;≥&quot; marks a lower bound where calls have no price.</source>
        <translation>Tokens der Aufrufe, die einen Anbieter erreichten, jedes Prompt-Token in einer Spalte: ungecacht, aus dem Cache des Anbieters gelesen, in ihn geschrieben; die Ausgabe schließt das Reasoning ein. Zwischengespeicherte Antworten kamen aus dem eigenen Cache der Workbench: kein Anbieteraufruf, keine Kosten. Batch-Aufrufe werden zum Batch-Preis berechnet; „≥“ kennzeichnet eine Untergrenze, wo Aufrufe keinen Preis haben.</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Zwischengespeichert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uncached in</source>
        <translation>Eingabe ungecacht</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache gelesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache geschrieben</translation>
    </message>
    <message>
        <source>Out (reasoning)</source>
        <translation>Ausgabe (Reasoning)</translation>
    </message>
    <message>
        <source>Read share</source>
        <translation>Anteil gelesen</translation>
    </message>
    <message>
        <source>Cost $</source>
        <translation>Kosten $</translation>
    </message>
    <message>
        <source>batch: answered from a provider batch, at the batch price; sync: a call of its own</source>
        <translation>Batch: aus einem Batch des Anbieters beantwortet, zum Batch-Preis; synchron: ein eigener Aufruf</translation>
    </message>
    <message>
        <source>Every call, cached and failed ones included</source>
        <translation>Jeder Aufruf, zwischengespeicherte und fehlgeschlagene eingeschlossen</translation>
    </message>
    <message>
        <source>Answered from the workbench&apos;s own cache: no provider call, no cost, no tokens counted</source>
        <translation>Aus dem eigenen Cache der Workbench beantwortet: kein Anbieteraufruf, keine Kosten, keine Tokens gezählt</translation>
    </message>
    <message>
        <source>Calls that ended in an error or were cancelled</source>
        <translation>Aufrufe, die mit einem Fehler endeten oder abgebrochen wurden</translation>
    </message>
    <message>
        <source>Prompt tokens neither read from nor written to the provider&apos;s cache</source>
        <translation>Prompt-Tokens, die weder aus dem Cache des Anbieters gelesen noch in ihn geschrieben wurden</translation>
    </message>
    <message>
        <source>Prompt tokens read from the provider&apos;s cache (cheaper)</source>
        <translation>Aus dem Cache des Anbieters gelesene Prompt-Tokens (günstiger)</translation>
    </message>
    <message>
        <source>Prompt tokens written to the provider&apos;s cache</source>
        <translation>In den Cache des Anbieters geschriebene Prompt-Tokens</translation>
    </message>
    <message>
        <source>Output tokens, reasoning included (in brackets)</source>
        <translation>Ausgabe-Tokens, Reasoning eingeschlossen (in Klammern)</translation>
    </message>
    <message>
        <source>The share of prompt tokens read from the provider&apos;s cache</source>
        <translation>Der Anteil der Prompt-Tokens, die aus dem Cache des Anbieters gelesen wurden</translation>
    </message>
    <message>
        <source>The cost in USD; &quot;≥&quot;: some calls have no price, &quot;—&quot;: none has</source>
        <translation>Die Kosten in USD; „≥“: einige Aufrufe haben keinen Preis, „—“: keiner hat einen</translation>
    </message>
    <message>
        <source>Withheld in blind review: the costs would tell the models apart. They show once you have judged every finished example of the campaign.</source>
        <translation>In der Blindbewertung zurückgehalten: Die Kosten würden die Modelle verraten. Sie erscheinen, sobald Sie jedes fertige Beispiel der Kampagne beurteilt haben.</translation>
    </message>
    <message>
        <source>No model calls recorded.</source>
        <translation>Keine Modellaufrufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>Noch keine Kampagne.</translation>
    </message>
</context>
<context>
    <name>wb::ui::StructurePanel</name>
    <message>
        <source>Reset View</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Summenformel</translation>
    </message>
    <message>
        <source>Atoms</source>
        <translation>Atome</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <source>α, β, γ</source>
        <translation>α, β, γ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>Bindungen</translation>
    </message>
    <message>
        <source>Frame of the trajectory</source>
        <translation>Bild der Trajektorie</translation>
    </message>
    <message>
        <source>Look at the whole structure again (or double-click the view)</source>
        <translation>Wieder die ganze Struktur zeigen (oder in die Ansicht doppelklicken)</translation>
    </message>
    <message>
        <source>Drag to rotate, wheel to zoom, right or middle drag to pan.</source>
        <translation>Ziehen zum Drehen, Mausrad zum Zoomen, Ziehen mit rechter oder mittlerer Taste zum Verschieben.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 (too many to draw)</source>
        <translation>%1 (zu viele zum Zeichnen)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no cell</source>
        <translation>keine Elementarzelle</translation>
    </message>
    <message>
        <source>%1, %2, %3 Å</source>
        <translation>%1, %2, %3 Å</translation>
    </message>
    <message>
        <source>%1°, %2°, %3°</source>
        <translation>%1°, %2°, %3°</translation>
    </message>
    <message>
        <source>%1 Å³</source>
        <translation>%1 Å³</translation>
    </message>
    <message>
        <source>%1 g/cm³</source>
        <translation>%1 g/cm³</translation>
    </message>
</context>
<context>
    <name>wb::ui::TeamWorkspaceDialog</name>
    <message>
        <source>Remember the password in the desktop&apos;s secret store</source>
        <translation>Passwort im Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
        <source>Connect to a Team Workspace</source>
        <translation>Mit einem Team-Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>db.institute.example</source>
        <translation>db.institut.example</translation>
    </message>
    <message>
        <source>curation</source>
        <translation>kuratierung</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD, the secret store or ~/.pgpass</source>
        <translation>leer: PGPASSWORD, der Schlüsselbund oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Prefer TLS (libpq default)</source>
        <translation>TLS bevorzugen (Standard von libpq)</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS verlangen</translation>
    </message>
    <message>
        <source>Require TLS, verify the certificate authority</source>
        <translation>TLS verlangen, Zertifizierungsstelle prüfen</translation>
    </message>
    <message>
        <source>Require TLS, verify the server&apos;s name too</source>
        <translation>TLS verlangen, auch den Servernamen prüfen</translation>
    </message>
    <message>
        <source>the server&apos;s CA certificate (for the verify modes)</source>
        <translation>das CA-Zertifikat des Servers (für die Prüfmodi)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>A team workspace lives in your group&apos;s PostgreSQL database, so several experts can review at once while campaigns run. The database must exist and be empty or hold a workspace; ask your database administrator for these values.</source>
        <translation>Ein Team-Arbeitsbereich liegt in der PostgreSQL-Datenbank Ihrer Arbeitsgruppe, sodass mehrere Fachleute gleichzeitig begutachten können, während Kampagnen laufen. Die Datenbank muss existieren und leer sein oder einen Arbeitsbereich enthalten; fragen Sie Ihre Datenbankadministration nach diesen Angaben.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
</context>
<context>
    <name>wb::ui::TreemapWidget</name>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>in the generation prompt · paler: static prior · area: size</source>
        <translation>im Generierungs-Prompt · blasser: statischer Prior · Fläche: Größe</translation>
    </message>
    <message>
        <source>in the generation prompt · paler: static prior · area: lines</source>
        <translation>im Generierungs-Prompt · blasser: statischer Prior · Fläche: Zeilen</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
</context>
<context>
    <name>wb::ui::WelcomeDialog</name>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Welcome to CodeDistiller Workbench</source>
        <translation>Willkommen bei CodeDistiller Workbench</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CodeDistiller Workbench&lt;/h2&gt;&lt;p&gt;Distil runnable examples from scientific repositories, watch them run, and vet them before agents use them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CodeDistiller Workbench&lt;/h2&gt;&lt;p&gt;Lauffähige Beispiele aus wissenschaftlichen Repositorys destillieren, bei der Ausführung beobachten und prüfen, bevor Agenten sie verwenden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The demo adds a small sample repository (crystaltoolkit, a crystal-structure toolkit) and runs the real pipeline on it with recorded model responses and local Python: a first round that fails, a repaired round with a chart, the judge&apos;s verdicts. No network and no API key needed.</source>
        <translation>Die Demo fügt ein kleines Demo-Repository hinzu (crystaltoolkit, ein Toolkit für Kristallstrukturen) und führt darauf die echte Pipeline mit aufgezeichneten Modellantworten und lokalem Python aus: eine erste Runde, die fehlschlägt, eine reparierte Runde mit einem Diagramm und die Urteile des LLM-Richters. Weder Netzwerk noch API-Schlüssel sind nötig.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche:</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceLauncher</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspaces (*.cdw)</source>
        <translation>Arbeitsbereiche (*.cdw)</translation>
    </message>
    <message>
        <source>%1 exists already; open it with File → Open Workspace.</source>
        <translation>%1 existiert bereits; öffnen Sie den Arbeitsbereich über Datei → Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Workspaces (*.cdw);;All files (*)</source>
        <translation>Arbeitsbereiche (*.cdw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The password was not saved</source>
        <translation>Das Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1
Use ~/.pgpass or PGPASSWORD instead; the workspace opens all the same.</source>
        <translation>%1
Verwenden Sie stattdessen ~/.pgpass oder PGPASSWORD; der Arbeitsbereich wird trotzdem geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the team workspace</source>
        <translation>Der Team-Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>wb::ui::WorkspaceOpener</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
</context>
<context>
    <name>wb::util</name>
    <message>
        <source>Cannot create %1 %2: %3. Check the permissions of the folders on that path, or choose a location you may write to.</source>
        <translation>%1 %2 kann nicht erstellt werden: %3. Prüfen Sie die Berechtigungen der Ordner auf diesem Pfad oder wählen Sie einen Ort, an dem Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot create %1 %2: %3.</source>
        <translation>%1 %2 kann nicht erstellt werden: %3.</translation>
    </message>
</context>
</TS>
