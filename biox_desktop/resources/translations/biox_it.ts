<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name></name>
    <message>
        <source>Offline — no sync server set up</source>
        <translation>Offline — nessun server di sincronizzazione configurato</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Online — the server refused some changes</source>
        <translation>Online — il server ha rifiutato alcune modifiche</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Offline — server unreachable</source>
        <translation>Offline — server non raggiungibile</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>Problema di sincronizzazione: {why}</translation>
    </message>
    <message>
        <source>Not synced since start</source>
        <translation>Non sincronizzato dall&apos;avvio</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Ultima sincronizzazione: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Nessuna modifica in attesa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln modifica in attesa di invio</numerusform>
            <numerusform>%Ln modifiche in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Cluster di appartenenza: {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} missioni in {c} paesi, {years}</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>cluster capofila {name}</translation>
    </message>
    <message>
        <source>Delegate: {name} ({role})</source>
        <translation>Delegato: {name} ({role})</translation>
    </message>
    <message>
        <source>Meeting {day}: {who}{outcome}</source>
        <translation>Incontro del {day}: {who}{outcome}</translation>
    </message>
    <message>
        <source>Lead: {name}{org}{rating}</source>
        <translation>Contatto: {name}{org}{rating}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Sync server</source>
        <translation>Server di sincronizzazione</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Send my password over this &amp;unencrypted connection anyway</source>
        <translation>Invia comunque la password su questa connessione non &amp;cifrata</translation>
    </message>
    <message>
        <source>Laptops signed in to this account</source>
        <translation>Portatili connessi a questo account</translation>
    </message>
    <message>
        <source>Signed-in laptops</source>
        <translation>Portatili connessi</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected laptop</source>
        <translation>&amp;Revoca il portatile selezionato</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nome &amp;utente</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Connesso a {server} come {user}.</translation>
    </message>
    <message>
        <source>Not signed in. Your work stays on this laptop until you sign in; nothing is lost meanwhile.</source>
        <translation>Non connesso. Il lavoro resta su questo portatile finché non accedi; nel frattempo non si perde nulla.</translation>
    </message>
    <message>
        <source>The list of laptops is not available: {why}</source>
        <translation>L&apos;elenco dei portatili non è disponibile: {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>{name} (signed in {created}, last seen {seen})</source>
        <translation>{name} (accesso: {created}, ultima attività: {seen})</translation>
    </message>
    <message>
        <source> — this laptop</source>
        <translation> — questo portatile</translation>
    </message>
    <message>
        <source>The laptop could not be revoked: {why}</source>
        <translation>Non è stato possibile revocare il portatile: {why}</translation>
    </message>
    <message>
        <source>Give the server address, your user name and password.</source>
        <translation>Indica l&apos;indirizzo del server, il nome utente e la password.</translation>
    </message>
    <message>
        <source>Sign-in failed: {why}</source>
        <translation>Accesso non riuscito: {why}</translation>
    </message>
</context>
<context>
    <name>AgendaGridPage</name>
    <message>
        <source>B2B session</source>
        <extracomment>A keyboard pick-up (the meeting&apos;s id) or its end (&quot;&quot;). The meeting moved last: the selection follows it to its new cell.</extracomment>
        <translation>Sessione B2B</translation>
    </message>
    <message>
        <source>Loc&amp;k the meetings I move</source>
        <translation>&amp;Blocca gli incontri che sposto</translation>
    </message>
    <message>
        <source>A locked meeting stays where you put it when the scheduler runs again; unlock it to let the scheduler place it.</source>
        <translation>Un incontro bloccato resta dove l&apos;hai messo quando la pianificazione viene rieseguita; sbloccalo per lasciare che la pianificazione lo collochi.</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation>&amp;Sposta in…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Move the selected meeting to…</source>
        <translation>Sposta l&apos;incontro selezionato in…</translation>
    </message>
    <message>
        <source>Lock the selected meeting</source>
        <translation>Blocca l&apos;incontro selezionato</translation>
    </message>
    <message>
        <source>Unlock the selected meeting</source>
        <translation>Sblocca l&apos;incontro selezionato</translation>
    </message>
    <message>
        <source>Meetings of the session by slot and table</source>
        <translation>Incontri della sessione per fascia e tavolo</translation>
    </message>
    <message>
        <source>Drag a meeting to a free cell (highlighted), or select it, press Enter, choose a cell with the arrow keys and press Enter again.</source>
        <translation>Trascina un incontro in una cella libera (evidenziata), oppure selezionalo, premi Invio, scegli una cella con i tasti freccia e premi di nuovo Invio.</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sessione:</translation>
    </message>
    <message>
        <source>This mission has no B2B session with slots and tables yet.</source>
        <translation>Questa missione non ha ancora una sessione B2B con fasce e tavoli.</translation>
    </message>
    <message>
        <source>Off the grid (no slot or table; move them with Move…): {names}</source>
        <translation>Fuori dalla griglia (senza fascia o tavolo; spostali con Sposta…): {names}</translation>
    </message>
    <message>
        <source>Moving {who}: choose a highlighted cell with the arrow keys and press Enter (Escape leaves it where it was).</source>
        <translation>Spostamento di {who}: scegli una cella evidenziata con i tasti freccia e premi Invio (Esc lo lascia dov&apos;era).</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Non spostato: {reason}</translation>
    </message>
    <message>
        <source>{time}, table {table}</source>
        <translation>{time}, tavolo {table}</translation>
    </message>
    <message>
        <source>Moving to {where}…</source>
        <translation>Spostamento in {where}…</translation>
    </message>
    <message>
        <source>Moved to {where}.</source>
        <translation>Spostato in {where}.</translation>
    </message>
    <message>
        <source>Meeting locked.</source>
        <translation>Incontro bloccato.</translation>
    </message>
    <message>
        <source>Meeting unlocked.</source>
        <translation>Incontro sbloccato.</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Sposta in…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annulla incontro</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Agenda</source>
        <extracomment>The form opened last (agenda_forms), for tests and screenshots.</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Pianifica…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>&amp;Import ICS…</source>
        <translation>&amp;Importa ICS…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>ICS…</source>
        <translation>ICS…</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>E&amp;sporta tutte…</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The counterpart link dialog opened last (for tests).</extracomment>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Whose agenda</source>
        <translation>Agenda di chi</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Giorno:</translation>
    </message>
    <message>
        <source>Agenda of:</source>
        <translation>Agenda di:</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Lin&amp;k…</translation>
    </message>
    <message>
        <source>Calendar feed link of this person</source>
        <translation>Link del feed del calendario di questa persona</translation>
    </message>
    <message>
        <source>A private address that keeps this person&apos;s phone calendar up to date</source>
        <translation>Un indirizzo privato che mantiene aggiornato il calendario del telefono di questa persona</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <extracomment>The feed link dialog opened last (for tests).</extracomment>
        <translation>&amp;Nuovo elemento…</translation>
    </message>
    <message>
        <source>Edit i&amp;tem…</source>
        <translation>&amp;Modifica elemento…</translation>
    </message>
    <message>
        <source>De&amp;lete item</source>
        <translation>&amp;Elimina elemento</translation>
    </message>
    <message>
        <source>&amp;Venues…</source>
        <translation>&amp;Luoghi…</translation>
    </message>
    <message>
        <source>Programme over all days</source>
        <translation>Programma di tutti i giorni</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Sposta…</translation>
    </message>
    <message>
        <source>&amp;Cancel meetings</source>
        <translation>Ann&amp;ulla incontri</translation>
    </message>
    <message>
        <source>Cancel the selected meetings</source>
        <translation>Annulla gli incontri selezionati</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Esito…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Lock the selected meetings</source>
        <translation>Blocca gli incontri selezionati</translation>
    </message>
    <message>
        <source>Unlock the selected meetings</source>
        <translation>Sblocca gli incontri selezionati</translation>
    </message>
    <message>
        <source>Add mee&amp;ting…</source>
        <extracomment>The meetings list&apos;s context menu shown last (for tests).</extracomment>
        <translation>Aggiungi &amp;incontro…</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Aggiungi un incontro</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <source>D&amp;ecline</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>Expi&amp;re</source>
        <translation>Segna sca&amp;dute</translation>
    </message>
    <message>
        <source>Mark the selected requests expired</source>
        <translation>Segna come scadute le richieste selezionate</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nuova richiesta…</translation>
    </message>
    <message>
        <source>New meeting request</source>
        <translation>Nuova richiesta di incontro</translation>
    </message>
    <message>
        <source>Counterpart &amp;page…</source>
        <translation>Pagina della &amp;controparte…</translation>
    </message>
    <message>
        <source>Page link of the foreign person of the selected request</source>
        <translation>Link alla pagina della persona estera della richiesta selezionata</translation>
    </message>
    <message>
        <source>A private page where the foreign person answers requests, gives availability, asks for meetings and sees their agenda (needs the sync server)</source>
        <translation>Una pagina privata in cui la persona estera risponde alle richieste, indica la propria disponibilità, chiede incontri e vede la propria agenda (richiede il server di sincronizzazione)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tutti i giorni</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>B2B grid</source>
        <translation>Griglia B2B</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>local time: {z} · home time: {h}</source>
        <translation>ora locale: {z} · ora di casa: {h}</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programma completo</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) ({d} draft, {c} changed since published);</source>
        <translation>
            <numerusform>%n incontro ({d} in bozza, {c} modificati dalla pubblicazione);</numerusform>
            <numerusform>%n incontri ({d} in bozza, {c} modificati dalla pubblicazione);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflitto.</numerusform>
            <numerusform>%n conflitti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n incontro</numerusform>
            <numerusform>%n incontri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n meeting(s).</source>
        <translation>
            <numerusform>Pubblicato %n incontro.</numerusform>
            <numerusform>Pubblicati %n incontri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings cancelled</source>
        <translation>
            <numerusform>%n incontro annullato</numerusform>
            <numerusform>%n incontri annullati</numerusform>
        </translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Sposta…</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n meetings</source>
        <translation>
            <numerusform>Blocca %n incontro</numerusform>
            <numerusform>Blocca %n incontri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n meetings</source>
        <translation>
            <numerusform>Sblocca %n incontro</numerusform>
            <numerusform>Sblocca %n incontri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n meetings</source>
        <translation>
            <numerusform>Annulla %n incontro</numerusform>
            <numerusform>Annulla %n incontri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted</source>
        <translation>
            <numerusform>%n richiesta accettata</numerusform>
            <numerusform>%n richieste accettate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined</source>
        <translation>
            <numerusform>%n richiesta rifiutata</numerusform>
            <numerusform>%n richieste rifiutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) marked expired</source>
        <translation>
            <numerusform>%n richiesta segnata come scaduta</numerusform>
            <numerusform>%n richieste segnate come scadute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) locked</source>
        <translation>
            <numerusform>%n incontro bloccato</numerusform>
            <numerusform>%n incontri bloccati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) unlocked</source>
        <translation>
            <numerusform>%n incontro sbloccato</numerusform>
            <numerusform>%n incontri sbloccati</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>{t} tables, {m}-minute slots</source>
        <translation>{t} tavoli, slot da {m} minuti</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprete</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloccato</translation>
    </message>
    <message>
        <source>{status}, asked by {name} (counterpart page)</source>
        <translation>{status}, chiesto da {name} (pagina della controparte)</translation>
    </message>
    <message>
        <source>{status}, answered by {name} (counterpart page)</source>
        <translation>{status}, risposta di {name} (pagina della controparte)</translation>
    </message>
    <message>
        <source>Can attend: {sessions}</source>
        <translation>Può partecipare a: {sessions}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Pianificazione…</translation>
    </message>
    <message>
        <source>Scheduling meetings</source>
        <translation>Pianificazione degli incontri</translation>
    </message>
    <message>
        <source>Nothing to schedule: this mission has no accepted meeting requests yet.</source>
        <translation>Niente da pianificare: questa missione non ha ancora richieste di incontro accettate.</translation>
    </message>
    <message>
        <source>Draft ready: {n} of {r} requests scheduled ({new} new, {kept} kept), weight {w}{opt}, {g} idle gaps. Review and move meetings, then Publish.</source>
        <translation>Bozza pronta: {n} richieste su {r} pianificate ({new} nuove, {kept} mantenute), peso {w}{opt}, {g} tempi morti. Controlla e sposta gli incontri, poi pubblica.</translation>
    </message>
    <message>
        <source> (optimal)</source>
        <translation> (ottimale)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e altri %n</numerusform>
            <numerusform>…e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling cancelled; nothing was changed.</source>
        <translation>Pianificazione annullata; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Publishing sends {a} new meetings, {m} moved or changed and {c} cancelled to {p} people. Publish now?</source>
        <translation>La pubblicazione invia {a} nuovi incontri, {m} spostati o modificati e {c} annullati a {p} persone. Pubblicare ora?</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>{n} aggiunti</translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation>{n} spostati</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} annullati</translation>
    </message>
    <message>
        <source>Publish the agenda</source>
        <translation>Pubblica l&apos;agenda</translation>
    </message>
    <message>
        <source>and {n} more people (see the details)</source>
        <translation>e altre {n} persone (vedi i dettagli)</translation>
    </message>
    <message>
        <source>{k} left as they were: {why}</source>
        <translation>{k} lasciate invariate: {why}</translation>
    </message>
    <message>
        <source>(undo from Imports…)</source>
        <translation>(annulla da Importazioni…)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Importa un programma</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendari (*.ics)</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Importazione del programma</translation>
    </message>
    <message>
        <source>{f}: {c} items added, {u} updated.</source>
        <translation>{f}: {c} elementi aggiunti, {u} aggiornati.</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Salva l&apos;agenda in PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Scrittura del PDF</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>{p} salvato</translation>
    </message>
    <message>
        <source>Choose whose agenda first (Day tab).</source>
        <translation>Scegli prima di chi è l&apos;agenda (scheda Giorno).</translation>
    </message>
    <message>
        <source>Select a request that names the person to meet first (Requests tab).</source>
        <translation>Seleziona prima una richiesta che indichi la persona da incontrare (scheda Richieste).</translation>
    </message>
    <message numerus="yes">
        <source>Counterpart page links revoked: %n</source>
        <translation>
            <numerusform>Link della pagina della controparte revocato: %n</numerusform>
            <numerusform>Link delle pagine della controparte revocati: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar links revoked: %n</source>
        <translation>
            <numerusform>Link del calendario revocato: %n</numerusform>
            <numerusform>Link del calendario revocati: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files already written are complete.</source>
        <translation>Esportazione annullata; i file già scritti sono completi.</translation>
    </message>
    <message>
        <source>Exporting the agendas…</source>
        <translation>Esportazione delle agende…</translation>
    </message>
    <message>
        <source>Exporting all agendas</source>
        <translation>Esportazione di tutte le agende</translation>
    </message>
    <message>
        <source>{n} agendas written to {folder} ({f} files).</source>
        <translation>{n} agende scritte in {folder} ({f} file).</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Salva il calendario</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Modifica accordo</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuovo accordo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>The agreement has a signature date</source>
        <translation>L&apos;accordo ha una data di firma</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Data di firma</translation>
    </message>
    <message>
        <source>(no mission)</source>
        <translation>(nessuna missione)</translation>
    </message>
    <message>
        <source>Organisation to add as a party</source>
        <translation>Organizzazione da aggiungere come parte</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>Ruolo della parte</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Aggiungi parte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Meetings and leads it came from</source>
        <translation>Incontri e contatti da cui è nato</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Missione</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parti</translation>
    </message>
    <message>
        <source>Came &amp;from</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Scegli un&apos;organizzazione dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Choose the mission to link its meetings and leads.</source>
        <translation>Scegli la missione per collegarne incontri e contatti.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contatto</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>{n} meeting(s)</source>
        <translation>{n} incontro/i</translation>
    </message>
    <message>
        <source>{n} lead(s)</source>
        <translation>{n} contatto/i</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Show agreements of kind</source>
        <translation>Mostra accordi del tipo</translation>
    </message>
    <message>
        <source>Current mission only</source>
        <translation>Solo la missione corrente</translation>
    </message>
    <message>
        <source>Search title, party or notes</source>
        <translation>Cerca titolo, parte o note</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Cerca accordi</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nuovo accordo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>A&amp;ttach document…</source>
        <translation>&amp;Allega documento…</translation>
    </message>
    <message>
        <source>Sa&amp;ve document…</source>
        <translation>&amp;Salva documento…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Only those still to do</source>
        <translation>Solo quelli da fare</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Registra esito…</translation>
    </message>
    <message>
        <source>Follow-ups after meetings</source>
        <translation>Follow-up dopo gli incontri</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s), {s} signed</source>
        <translation>
            <numerusform>%n accordo, firmati: {s}</numerusform>
            <numerusform>%n accordi, firmati: {s}</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} in ritardo</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Elimina accordo</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Eliminare «{title}»?</translation>
    </message>
    <message>
        <source>Its parties, links and documents go with it, for everyone, at the next sync.</source>
        <translation>Parti, collegamenti e documenti vengono eliminati con esso, per tutti, alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Attach the signed document</source>
        <translation>Allega il documento firmato</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Documenti (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Salva il documento</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Imports</source>
        <extracomment>Every area an undo may touch: screens reload what they show.</extracomment>
        <translation>Importazioni</translation>
    </message>
    <message>
        <source>Every import can be undone: fields go back to their earlier values unless someone changed them since, and what the import added is removed.</source>
        <translation>Ogni importazione può essere annullata: i campi tornano ai valori precedenti, a meno che qualcuno non li abbia modificati nel frattempo, e ciò che l&apos;importazione ha aggiunto viene rimosso.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunti</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificati</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Annu&amp;lla questa importazione…</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Ancora nessuna importazione.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annulla questa importazione</translation>
    </message>
    <message>
        <source>Undo “{what}”? Records it added ({added}) are removed and the values it changed ({changed} records) go back, except where someone edited them since.</source>
        <translation>Annullare «{what}»? I record aggiunti ({added}) vengono rimossi e i valori modificati ({changed} record) tornano come prima, tranne dove qualcuno li ha modificati nel frattempo.</translation>
    </message>
    <message>
        <source>Undone: {removed} records removed, {restored} values restored.</source>
        <translation>Annullato: {removed} record rimossi, {restored} valori ripristinati.</translation>
    </message>
    <message>
        <source>{kept} values were edited after the import and kept.</source>
        <translation>{kept} valori erano stati modificati dopo l&apos;importazione e sono stati conservati.</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Briefing pack of the chosen mission</source>
        <extracomment>Emitted after the documents of the shown mission were loaded (the mission id). Emitted after files were added: how many were new or changed, and how many unchanged.</extracomment>
        <translation>Dossier informativo della missione scelta</translation>
    </message>
    <message>
        <source>Briefing documents of the mission</source>
        <extracomment>Opens a saved document with the system&apos;s viewer (tests give their own).</extracomment>
        <translation>Documenti informativi della missione</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Aggiungi &amp;documenti…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Rimuovi documento</translation>
    </message>
    <message>
        <source>No documents yet: add country reports, partner contacts or practical notes.</source>
        <translation>Ancora nessun documento: aggiungi rapporti sul paese, contatti dei partner o note pratiche.</translation>
    </message>
    <message>
        <source>Add to the briefing pack</source>
        <translation>Aggiungi al dossier informativo</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Documenti (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Salva il documento</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Edit lead</source>
        <extracomment>How a field a scan filled looks until the person edits it. A field the card&apos;s OCR was unsure of.</extracomment>
        <translation>Modifica contatto</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Registrazione rapida</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(nessun incontro)</translation>
    </message>
    <message>
        <source>Not asked yet: consent missing</source>
        <translation>Non ancora chiesto: consenso mancante</translation>
    </message>
    <message>
        <source>Consent: yes, they agree to the wording below (Alt+Y)</source>
        <translation>Consenso: sì, accetta il testo qui sotto (Alt+Y)</translation>
    </message>
    <message>
        <source>Legitimate interest (no consent asked)</source>
        <translation>Interesse legittimo (consenso non chiesto)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base giuridica</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Romanised</source>
        <translation>Nome in caratteri &amp;latini</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizzazione</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Tele&amp;foni</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>&amp;Interesse</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <source>Ne&amp;xt action</source>
        <translation>&amp;Prossima azione</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>In&amp;contro</translation>
    </message>
    <message>
        <source>Messa&amp;ging</source>
        <translation>&amp;Messaggistica</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>Lin&amp;kedIn</translation>
    </message>
    <message>
        <source>&amp;Visible to</source>
        <translation>&amp;Visibile a</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>S&amp;can code…</source>
        <translation>Sc&amp;ansiona codice…</translation>
    </message>
    <message>
        <source>Read a contact QR code, a messaging profile code or a badge with the camera</source>
        <translation>Leggi con la fotocamera un codice QR di contatto, il codice di un profilo di messaggistica o un badge</translation>
    </message>
    <message>
        <source>Card p&amp;hoto…</source>
        <translation>Foto &amp;del biglietto…</translation>
    </message>
    <message>
        <source>Read a business card from a photo (pick both sides of a two-sided card)</source>
        <translation>Leggi un biglietto da visita da una foto (scegli entrambi i lati di un biglietto fronte-retro)</translation>
    </message>
    <message>
        <source>Legal &amp;basis (required)</source>
        <translation>&amp;Base giuridica (obbligatoria)</translation>
    </message>
    <message>
        <source>Contact card of {name} read: check the highlighted fields, then save.</source>
        <translation>Scheda di contatto di {name} letta: controlla i campi evidenziati, poi salva.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>{network} profile read.</source>
        <translation>Profilo {network} letto.</translation>
    </message>
    <message>
        <source>Card photo</source>
        <translation>Foto del biglietto</translation>
    </message>
    <message>
        <source>The clipboard holds a picture. Read it as the card?</source>
        <translation>Gli appunti contengono un&apos;immagine. Leggerla come biglietto?</translation>
    </message>
    <message>
        <source>Read the &amp;clipboard picture</source>
        <translation>Leggi l&apos;immagine degli &amp;appunti</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <source>Photos of the card (one or both sides)</source>
        <translation>Foto del biglietto (uno o entrambi i lati)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lettura del biglietto…</translation>
    </message>
    <message>
        <source>The card was hard to read here: check it</source>
        <translation>Qui il biglietto era difficile da leggere: controllalo</translation>
    </message>
    <message>
        <source>Card read: check each field (orange: the OCR was unsure), then save.</source>
        <translation>Biglietto letto: controlla ogni campo (in arancione: l&apos;OCR non era sicuro), poi salva.</translation>
    </message>
    <message>
        <source>Participant of {list}: {name}, {organisation} — use their details</source>
        <translation>Partecipante di {list}: {name}, {organisation} — usa i suoi dati</translation>
    </message>
    <message>
        <source>Badge {badge} is not in an imported attendee list: type the details (the badge number is kept in the notes).</source>
        <translation>Il badge {badge} non è in nessun elenco dei partecipanti importato: digita i dati (il numero del badge viene conservato nelle note).</translation>
    </message>
    <message>
        <source>Badge of {name} ({organisation}) from the attendee list {list}: check and save.</source>
        <translation>Badge di {name} ({organisation}) dall&apos;elenco dei partecipanti {list}: controlla e salva.</translation>
    </message>
    <message>
        <source>Badge {badge}</source>
        <translation>Badge {badge}</translation>
    </message>
    <message>
        <source>Filled by the scan: check it</source>
        <translation>Compilato dalla scansione: controllalo</translation>
    </message>
    <message>
        <source>Enter saves · Tab moves · Alt+underlined letter jumps to a field</source>
        <translation>Invio salva · Tab passa al campo successivo · Alt+lettera sottolineata va al campo</translation>
    </message>
    <message>
        <source>“{typed}” could be read in more than one country. Which number is it?</source>
        <extracomment>Numbers the person chose to keep as typed (saved unconfirmed, never rewritten).</extracomment>
        <translation>«{typed}» può essere letto in più di un paese. Di quale numero si tratta?</translation>
    </message>
    <message>
        <source>Keep as typed, confirm later</source>
        <translation>Mantieni come digitato, conferma più tardi</translation>
    </message>
    <message>
        <source>As printed; numbers without +country are read in {country}</source>
        <translation>Come stampati; i numeri senza +prefisso internazionale valgono per {country}</translation>
    </message>
    <message>
        <source>(this lead&apos;s meeting)</source>
        <translation>(incontro di questo contatto)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>clock far in the future</source>
        <translation>orologio molto avanti</translation>
    </message>
    <message>
        <source>edited on two laptops</source>
        <translation>modificato su due portatili</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>ora sconosciuta</translation>
    </message>
    <message>
        <source>{person} on {laptop}, {when}</source>
        <translation>{person} su {laptop}, {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Mantieni il valore conservato</translation>
    </message>
    <message>
        <source>Use the &amp;other value</source>
        <translation>Usa l&apos;&amp;altro valore</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Carica altri</translation>
    </message>
    <message>
        <source>When two laptops changed the same field before syncing, the later change was kept everywhere and the other is listed here. Choosing a value sends it to everyone.</source>
        <translation>Quando due portatili hanno modificato lo stesso campo prima di sincronizzare, la modifica più recente è stata mantenuta ovunque e l&apos;altra è elencata qui. Scegliere un valore lo invia a tutti.</translation>
    </message>
    <message>
        <source>{author}&apos;s laptop {device}: {n} changes set aside because its clock was far ahead; they are sent again once its clock is right.</source>
        <translation>Portatile {device} di {author}: {n} modifiche messe da parte perché il suo orologio era molto avanti; vengono inviate di nuovo quando l&apos;orologio è corretto.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Nessun conflitto da esaminare.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) shown, more on the server</source>
        <translation>
            <numerusform>%n conflitto mostrato, altri sul server</numerusform>
            <numerusform>%n conflitti mostrati, altri sul server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflitto da esaminare</numerusform>
            <numerusform>%n conflitti da esaminare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterpartLinkDialog</name>
    <message>
        <source>Counterpart page — {name}</source>
        <translation>Pagina della controparte — {name}</translation>
    </message>
    <message>
        <source>Counterpart page address</source>
        <translation>Indirizzo della pagina della controparte</translation>
    </message>
    <message>
        <source>QR code of the counterpart page address</source>
        <translation>Codice QR dell&apos;indirizzo della pagina della controparte</translation>
    </message>
    <message>
        <source>Send this address to {name} (or let them scan the code): in their language, they answer the delegation&apos;s requests, say which B2B sessions they can attend, ask for a meeting and see their agenda. Their answers arrive with the next sync. Anyone with the address can answer for them; revoke it if it reaches the wrong person.</source>
        <translation>Invia questo indirizzo a {name} (o fagli scansionare il codice): nella sua lingua, potrà rispondere alle richieste della delegazione, indicare a quali sessioni B2B può partecipare, chiedere un incontro e vedere la propria agenda. Le risposte arrivano con la prossima sincronizzazione. Chiunque abbia l&apos;indirizzo può rispondere al suo posto; revocalo se finisce alla persona sbagliata.</translation>
    </message>
    <message>
        <source>The link works until {date}.</source>
        <translation>Il link funziona fino al {date}.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copia link</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>&apos;{text}&apos; is not a date: type {hint}</source>
        <translation>«{text}» non è una data: digitare {hint}</translation>
    </message>
    <message>
        <source>{iso} or {local}</source>
        <translation>{iso} o {local}</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <extracomment>Why the text is refused once typing ends (&quot;&quot; once it is readable again); a form shows it under the field (FieldForm connects it). The form field whose ValidationError an unreadable text raises.</extracomment>
        <translation>Scegli un giorno</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>&apos;{text}&apos; is not a date and time: type {hint}</source>
        <translation>«{text}» non è una data e ora: digitare {hint}</translation>
    </message>
    <message>
        <source>{iso} 09:30 or {local} 09:30</source>
        <translation>{iso} 09:30 o {local} 09:30</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>Edit delegate</source>
        <translation>Modifica delegato</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Aggiungi delegato</translation>
    </message>
    <message>
        <source>e.g. 山田太郎</source>
        <translation>es. 山田太郎</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, local time</source>
        <translation>AAAA-MM-GG HH:MM, ora locale</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Ha bisogno di un interprete</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Nome nella scrittura originale</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organizzazione</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo professionale</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>&amp;Stato dell&apos;iscrizione</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Esigenze alimentari</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Esigenze di accessibilità</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Volo di arrivo</translation>
    </message>
    <message>
        <source>&amp;Arrives</source>
        <translation>&amp;Arrivo</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Volo di partenza</translation>
    </message>
    <message>
        <source>&amp;Departs</source>
        <translation>&amp;Partenza</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>Scadenza &amp;passaporto</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Visto</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contatto di emergenza</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Telefono di emergenza</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Orari locali di {zone}.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annullato)</translation>
    </message>
    <message>
        <source>History: {batches}</source>
        <translation>Cronologia: {batches}</translation>
    </message>
    <message>
        <source>(visible to the mission&apos;s leaders)</source>
        <translation>(visibile ai capi della missione)</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase this person</source>
        <extracomment>What the erasure did, once it is done (None before, or when it failed).</extracomment>
        <translation>Cancella questa persona</translation>
    </message>
    <message>
        <source>Erase {name} from this laptop, the server and every laptop that syncs?

Their name, e-mails, phones, photo and notes, their leads, consents, follow-up notes, roster entries, meeting and programme places, merge history, unsent changes and the backups that hold them are removed. Only a record of the erasure stays (who, when, why), so that importing their card again warns.

This cannot be undone.</source>
        <translation>Cancellare {name} da questo portatile, dal server e da ogni portatile che sincronizza?

Nome, e-mail, telefoni, foto e note, i suoi contatti, consensi, note di follow-up, voci negli elenchi partecipanti, posti negli incontri e nel programma, cronologia delle unioni, modifiche non inviate e i backup che li contengono vengono rimossi. Resta solo una traccia della cancellazione (chi, quando, perché), così che importare di nuovo la sua scheda generi un avviso.

L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>&amp;Basis (the request, the legal ground):</source>
        <translation>&amp;Base (la richiesta, il fondamento giuridico):</translation>
    </message>
    <message>
        <source>Basis of the erasure</source>
        <translation>Base della cancellazione</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <source>Erase the person</source>
        <translation>Cancella la persona</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>Export all agendas</source>
        <translation>Esporta tutte le agende</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Also write &amp;mail drafts (.eml) with both files attached</source>
        <translation>Scrivi anche &amp;bozze di e-mail (.eml) con entrambi i file allegati</translation>
    </message>
    <message>
        <source>Also write mail drafts</source>
        <translation>Scrivi anche bozze di e-mail</translation>
    </message>
    <message>
        <source>One PDF and one calendar file (.ics) per delegate and per counterpart, named after the person. Files of the same name are replaced.</source>
        <translation>Un PDF e un file di calendario (.ics) per ogni delegato e ogni controparte, con il nome della persona. I file con lo stesso nome vengono sostituiti.</translation>
    </message>
    <message>
        <source>Export all agendas to</source>
        <translation>Esporta tutte le agende in</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Scegli una cartella.</translation>
    </message>
</context>
<context>
    <name>FeedLinkDialog</name>
    <message>
        <source>Calendar link — {name}</source>
        <translation>Link del calendario — {name}</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>Indirizzo del feed del calendario</translation>
    </message>
    <message>
        <source>QR code of the calendar feed address</source>
        <translation>Codice QR dell&apos;indirizzo del feed del calendario</translation>
    </message>
    <message>
        <source>Subscribe to this address in a calendar program or scan the code with a phone: the published agenda stays up to date there. Anyone with the address can read the agenda; revoke it if it reaches the wrong person.</source>
        <translation>Iscriviti a questo indirizzo in un programma di calendario o scansiona il codice con un telefono: lì l&apos;agenda pubblicata resta aggiornata. Chiunque abbia l&apos;indirizzo può leggere l&apos;agenda; revocalo se arriva alla persona sbagliata.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copia link</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation>Registra il follow-up</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Cosa ne è venuto</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Valutazione da 1 (freddo) a 5 (molto promettente)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Esito</translation>
    </message>
    <message>
        <source>&amp;Rating (1–5)</source>
        <translation>&amp;Valutazione (1–5)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (in ritardo)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <extracomment>Error text; a template for theme.tint(), which fills in the theme&apos;s warning colour. Where messages of fields without a row go (None: they are not shown here). Fields whose messages show under another field&apos;s row (&quot;organisation_id&quot; under &quot;organisation&quot;). The open &quot;discard what you typed?&quot; question, if any (tests answer it).</extracomment>
        <translation>Scartare quanto digitato?</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and lose them?</source>
        <translation>Questo modulo contiene modifiche non salvate. Chiuderlo e perderle?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
</context>
<context>
    <name>ImportBasisDialog</name>
    <message>
        <source>Import leads</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>Legal basis of the imported leads</source>
        <translation>Base giuridica dei contatti importati</translation>
    </message>
    <message>
        <source>None recorded: mark them “consent missing”</source>
        <translation>Nessuna registrata: segnali come «consenso mancante»</translation>
    </message>
    <message>
        <source>Consent: they agreed to our consent wording</source>
        <translation>Consenso: hanno accettato il nostro testo del consenso</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interesse legittimo</translation>
    </message>
    <message>
        <source>On which legal basis are these people&apos;s details kept? Choose consent only when each of them agreed to the wording in Settings › Privacy. Leads without a basis are listed under “Consent missing” until one is recorded.</source>
        <translation>Su quale base giuridica si conservano i dati di queste persone? Scegli il consenso solo se ciascuna di loro ha accettato il testo in Impostazioni › Privacy. I contatti senza base sono elencati in «Consenso mancante» finché non ne viene registrata una.</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base giuridica</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Importa iscrizioni</translation>
    </message>
    <message>
        <source>File to import</source>
        <extracomment>The batch the import made (set once imported; the undo takes it back).</extracomment>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>A .csv or .xlsx registration export</source>
        <translation>Un&apos;esportazione di iscrizioni .csv o .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>&amp;Leggi file</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Corrispondenza delle colonne</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Campo dell&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>&amp;Empty cells clear fields</source>
        <translation>Le celle &amp;vuote svuotano i campi</translation>
    </message>
    <message>
        <source>When ticked, an empty cell empties its field (hotel, flight, needs...). Names, e-mails, phones, company, role and status are never emptied.</source>
        <translation>Se selezionata, una cella vuota svuota il suo campo (hotel, volo, esigenze...). Nomi, e-mail, telefoni, azienda, ruolo e stato non vengono mai svuotati.</translation>
    </message>
    <message>
        <source>Rows of the import</source>
        <translation>Righe dell&apos;importazione</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Modifiche o motivo</translation>
    </message>
    <message>
        <source>3. Check the rows and their changes, then import</source>
        <translation>3. Controlla le righe e le modifiche, poi importa</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>Ready: {a} to add, {u} to update, {n} unchanged, {r} rejected (listed first, with the reason). Nothing is saved until you click Import.</source>
        <translation>Pronto: {a} da aggiungere, {u} da aggiornare, {n} invariate, {r} rifiutate (elencate per prime, con il motivo). Non viene salvato nulla finché non si fa clic su Importa.</translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated, {n} unchanged, {r} rejected.</source>
        <translation>Importato: {a} aggiunte, {u} aggiornate, {n} invariate, {r} rifiutate.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Annulla &amp;questa importazione</translation>
    </message>
    <message>
        <source>Import undone: {r} fields restored, {n} records removed.</source>
        <translation>Importazione annullata: {r} campi ripristinati, {n} record rimossi.</translation>
    </message>
    <message>
        <source>{k} fields edited since the import were kept as they are.</source>
        <translation>{k} campi modificati dopo l&apos;importazione sono stati conservati così come sono.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Scegli il file</translation>
    </message>
    <message>
        <source>2. Match its columns to roster fields</source>
        <translation>2. Associa le colonne ai campi dell&apos;elenco</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.xlsx)</source>
        <translation>Esportazioni di iscrizioni (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Campo per la colonna {name}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>{n} rows read from {file}.</source>
        <translation>{n} righe lette da {file}.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>aggiungi</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiorna</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <source>Importing registrations</source>
        <translation>Importazione delle iscrizioni</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Modifica elemento del programma</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Nuovo elemento del programma</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(nessun luogo)</translation>
    </message>
    <message>
        <source>ends the &amp;next day</source>
        <translation>finisce il giorno &amp;dopo</translation>
    </message>
    <message>
        <source>Ends the next day</source>
        <translation>Finisce il giorno dopo</translation>
    </message>
    <message>
        <source>The &amp;whole delegation</source>
        <translation>Tutta la &amp;delegazione</translation>
    </message>
    <message>
        <source>The whole delegation attends</source>
        <translation>Partecipa tutta la delegazione</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. 10:30-10:45, 12:00-13:00</source>
        <translation>es. 10:30-10:45, 12:00-13:00</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Inizio – fine</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Inizio (ora locale)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Fine (ora locale)</translation>
    </message>
    <message>
        <source>Who &amp;attends</source>
        <translation>Chi &amp;partecipa</translation>
    </message>
    <message>
        <source>S&amp;lot length</source>
        <translation>Durata degli &amp;slot</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>&amp;Tavoli</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;zione</translation>
    </message>
    <message>
        <source>Local time ({z})</source>
        <translation>Ora locale ({z})</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Scrivi le pause come HH:mm-HH:mm, separate da virgole.</translation>
    </message>
    <message>
        <source>“{p}” is not a time of day.</source>
        <translation>«{p}» non è un orario.</translation>
    </message>
    <message>
        <source>Tick who attends, or choose the whole delegation.</source>
        <translation>Seleziona chi partecipa, o scegli tutta la delegazione.</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>{n} of 5</source>
        <extracomment>Rows fetched per request when the view scrolls to rows not yet loaded. The user asked for another order: (sort key, descending).</extracomment>
        <translation>{n} su 5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <source>Leads</source>
        <extracomment>Emitted after every reload with the number of leads listed.</extracomment>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Search names, companies, e-mails, phones, notes…</source>
        <translation>Cerca nomi, aziende, e-mail, telefoni, note…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Nuovo contatto…</translation>
    </message>
    <message>
        <source>Quick capture (Ctrl+L, from any screen)</source>
        <translation>Registrazione rapida (Ctrl+L, da qualsiasi schermata)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>vCard files…</source>
        <translation>File vCard…</translation>
    </message>
    <message>
        <source>Folder of vCards…</source>
        <translation>Cartella di vCard…</translation>
    </message>
    <message>
        <source>Attendee list of an event (CSV, XLSX)…</source>
        <translation>Elenco dei partecipanti di un evento (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>QR code from an image…</source>
        <translation>Codice QR da un&apos;immagine…</translation>
    </message>
    <message>
        <source>QR code from the clipboard</source>
        <translation>Codice QR dagli appunti</translation>
    </message>
    <message>
        <source>No camera was found</source>
        <translation>Nessuna fotocamera trovata</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-up in scadenza</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Consenso mancante</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Da riesaminare</translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation>Quali contatti</translation>
    </message>
    <message>
        <source>Mission filter</source>
        <translation>Filtro missione</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Tutte le missioni</translation>
    </message>
    <message>
        <source>Interest filter</source>
        <translation>Filtro interesse</translation>
    </message>
    <message>
        <source>Any interest</source>
        <translation>Qualsiasi interesse</translation>
    </message>
    <message>
        <source>{stars} or more</source>
        <translation>{stars} o più</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro tag</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualsiasi tag</translation>
    </message>
    <message>
        <source>Lead detail and history</source>
        <translation>Dettagli e cronologia del contatto</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Follow-up…</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Follow-up s&amp;volto</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation>Esporta tutto su questa persona…</translation>
    </message>
    <message>
        <source>Everything this laptop holds about the person, with sources and dates, as a JSON file they can read (right of access)</source>
        <translation>Tutto ciò che questo portatile conserva sulla persona, con fonti e date, in un file JSON leggibile dall&apos;interessato (diritto di accesso)</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Cancella questa persona…</translation>
    </message>
    <message>
        <source>Erase this person everywhere</source>
        <translation>Cancella questa persona ovunque</translation>
    </message>
    <message>
        <source>Follow-ups due ({n})</source>
        <translation>Follow-up in scadenza ({n})</translation>
    </message>
    <message>
        <source>Scan with the camera…</source>
        <translation>Scansiona con la fotocamera…</translation>
    </message>
    <message>
        <source>Scan with the camera (no camera found)</source>
        <translation>Scansiona con la fotocamera (nessuna fotocamera trovata)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln contatto</numerusform>
            <numerusform>%Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No lead matches “{text}”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nessun contatto corrisponde a «{text}».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No leads yet. Press &lt;b&gt;Ctrl+L&lt;/b&gt; to capture one, or import vCards or a QR code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ancora nessun contatto. Premi &lt;b&gt;Ctrl+L&lt;/b&gt; per registrarne uno, oppure importa vCard o un codice QR.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(as typed: edit the lead to confirm its country)</source>
        <translation>(come digitato: modificare il contatto per confermarne il paese)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>due</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visibile a</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nessuno registrato</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Follow-up aperti</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Follow-up pianificato</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Follow-up svolto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Elimina contatto</translation>
    </message>
    <message>
        <source>Delete the lead {name}? It disappears on every laptop after the next sync.</source>
        <translation>Eliminare il contatto {name}? Scompare da ogni portatile dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Due (+3, 2w, tomorrow or 2026-12-01), then a note after a comma:</source>
        <translation>Scadenza (+3, 2w, tomorrow o 2026-12-01), poi una nota dopo una virgola:</translation>
    </message>
    <message>
        <source>Import vCard files</source>
        <translation>Importa file vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;Lead tables from an export (*.csv *.xlsx);;All files (*)</source>
        <translation>File vCard (*.vcf *.vcard);;Tabelle di contatti esportate (*.csv *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import a folder of vCards</source>
        <translation>Importa una cartella di vCard</translation>
    </message>
    <message>
        <source>Importing vCards</source>
        <translation>Importazione delle vCard</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n contatto importato</numerusform>
            <numerusform>%n contatti importati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s).</source>
        <translation>
            <numerusform>da %n file.</numerusform>
            <numerusform>da %n file.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;HubSpot import (*.csv);;Salesforce import (*.csv)</source>
        <translation>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;Importazione HubSpot (*.csv);;Importazione Salesforce (*.csv)</translation>
    </message>
    <message>
        <source>{n} of them have no legal basis (consent missing): see the “Consent missing” list.</source>
        <translation>{n} di loro non hanno una base giuridica (consenso mancante): vedi l&apos;elenco «Consenso mancante».</translation>
    </message>
    <message>
        <source>vCard import</source>
        <translation>Importazione vCard</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Alcune schede sono state rifiutate; vedi i dettagli.</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Vedi i dettagli per le note.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annulla questa importazione</translation>
    </message>
    <message>
        <source>Import undone: {removed} records removed, {restored} fields restored.</source>
        <translation>Importazione annullata: {removed} record rimossi, {restored} campi ripristinati.</translation>
    </message>
    <message>
        <source>{n} fields edited since the import were kept as they are.</source>
        <translation>{n} campi modificati dopo l&apos;importazione sono stati conservati così come sono.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Esporta tutto su questa persona</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything about {name} to {path}</source>
        <translation>Tutto su {name} scritto in {path}</translation>
    </message>
    <message>
        <source>Participant export of the organiser</source>
        <translation>Esportazione dei partecipanti dell&apos;organizzatore</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>Elenchi dei partecipanti (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of {name} ready for badge scans.</source>
        <translation>
            <numerusform>%n partecipante di {name} pronto per la scansione dei badge.</numerusform>
            <numerusform>%n partecipanti di {name} pronti per la scansione dei badge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: </source>
        <translation>
            <numerusform>%n riga rifiutata: </numerusform>
            <numerusform>%n righe rifiutate: </numerusform>
        </translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Elenco dei partecipanti</translation>
    </message>
    <message>
        <source>QR code image</source>
        <translation>Immagine del codice QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no text.</source>
        <translation>Gli appunti non contengono né immagini né testo.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <source>Exported {n} leads to {path}</source>
        <translation>{n} contatti esportati in {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel sync</source>
        <extracomment>Whether the signed-in user gets this screen at all (by role).</extracomment>
        <translation>Annulla sincronizzazione</translation>
    </message>
    <message>
        <source>Stop the sync now; nothing is lost, unsent changes go with the next sync</source>
        <translation>Ferma ora la sincronizzazione; non si perde nulla, le modifiche non inviate partiranno con la prossima sincronizzazione</translation>
    </message>
    <message>
        <source>bioX Missions</source>
        <extracomment>The mission chosen in the selector changed (its id, or &quot;&quot; for none). Makes the sync service for a workspace (tests give one talking to an in-process server).</extracomment>
        <translation>bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions (demo data, not encrypted)</source>
        <translation>bioX Missions (dati dimostrativi, non cifrati)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>Missione:</translation>
    </message>
    <message>
        <source>Current mission</source>
        <translation>Missione corrente</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s (F5)</source>
        <translation>Invia le tue modifiche e ricevi quelle degli altri (F5)</translation>
    </message>
    <message>
        <source>Sync server…</source>
        <translation>Server di sincronizzazione…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>Importazioni…</translation>
    </message>
    <message>
        <source>Recent imports, and undoing one</source>
        <translation>Importazioni recenti e annullamento di una</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Schermate</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Add a meeting</source>
        <translation>Aggiungi un incontro</translation>
    </message>
    <message>
        <source>Delegates in the meeting</source>
        <translation>Delegati all&apos;incontro</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Digita un nome o un&apos;organizzazione</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Inizio (ora locale)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Fine (ora locale)</translation>
    </message>
    <message>
        <source>(the B2B session&apos;s venue)</source>
        <translation>(il luogo della sessione B2B)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>(from the organisations)</source>
        <translation>(dalle organizzazioni)</translation>
    </message>
    <message>
        <source>&amp;Who (delegates)</source>
        <translation>&amp;Chi (delegati)</translation>
    </message>
    <message>
        <source>Meets &amp;whom</source>
        <translation>Incontra &amp;chi</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Inizio – fine</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Luogo</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tavolo</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>I&amp;nterprete</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tito&amp;lo</translation>
    </message>
    <message>
        <source>Tick at least one delegate.</source>
        <translation>Seleziona almeno un delegato.</translation>
    </message>
    <message>
        <source>Choose who they meet from the suggestions.</source>
        <translation>Scegli dai suggerimenti chi incontrano.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>L&apos;incontro finisce prima di iniziare.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Esc&amp;i</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Capture a lead…</source>
        <translation>&amp;Registra un contatto…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <extracomment>One action per screen there may be, by key, with the screen&apos;s fixed shortcut.</extracomment>
        <translation>&amp;Sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About bioX Missions</source>
        <translation>&amp;Informazioni su bioX Missions</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>About bioX Missions</source>
        <translation>Informazioni su bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions {version}</source>
        <translation>bioX Missions {version}</translation>
    </message>
    <message>
        <source>Trade missions of European life-sciences clusters: roster, agenda, leads, agreements and reports, working offline and syncing with the shared server.</source>
        <translation>Missioni commerciali dei cluster europei delle scienze della vita: elenco dei partecipanti, agenda, contatti, accordi e rapporti, con lavoro offline e sincronizzazione con il server condiviso.</translation>
    </message>
</context>
<context>
    <name>MergeScreen</name>
    <message>
        <source>Merge duplicates</source>
        <extracomment>What the last action did, shown with the next reload&apos;s summary.</extracomment>
        <translation>Unisci duplicati</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Look for duplicates again</source>
        <translation>Cerca di nuovo i duplicati</translation>
    </message>
    <message>
        <source>Merge automatically above</source>
        <translation>Unisci automaticamente sopra</translation>
    </message>
    <message>
        <source>Merge automatically above a score</source>
        <translation>Unisci automaticamente sopra un punteggio</translation>
    </message>
    <message>
        <source>Automatic merge score</source>
        <translation>Punteggio di unione automatica</translation>
    </message>
    <message>
        <source>Merge all above</source>
        <translation>Unisci tutti sopra</translation>
    </message>
    <message>
        <source>Merge every group above the score now</source>
        <translation>Unisci ora ogni gruppo sopra il punteggio</translation>
    </message>
    <message>
        <source>Candidate groups, best first</source>
        <translation>Gruppi candidati, migliori per primi</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Record da mantenere</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>Record da &amp;mantenere:</translation>
    </message>
    <message>
        <source>Records side by side; click a value to keep it</source>
        <translation>Record affiancati; fai clic su un valore per mantenerlo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>Merge these records</source>
        <translation>Unisci questi record</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Non è un duplicato</translation>
    </message>
    <message>
        <source>These are different; do not propose again</source>
        <translation>Sono diversi; non proporli più</translation>
    </message>
    <message>
        <source>Erase a person…</source>
        <translation>Cancella una persona…</translation>
    </message>
    <message>
        <source>Erase one of these people everywhere</source>
        <translation>Cancella ovunque una di queste persone</translation>
    </message>
    <message>
        <source>Merges made</source>
        <translation>Unioni effettuate</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Uniti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>Annu&amp;lla unione</translation>
    </message>
    <message>
        <source>Undo the selected merge</source>
        <translation>Annulla l&apos;unione selezionata</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidati, migliori per primi</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Ricerca dei duplicati</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) to review.</source>
        <translation>
            <numerusform>%n gruppo da esaminare.</numerusform>
            <numerusform>%n gruppi da esaminare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates to review.</source>
        <translation>Nessun duplicato da esaminare.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatica</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>unita</translation>
    </message>
    <message>
        <source>Choose a group on the left to compare.</source>
        <translation>Scegli un gruppo a sinistra per confrontare.</translation>
    </message>
    <message>
        <source>Score {score:.0%}: {why}</source>
        <translation>Punteggio {score:.0%}: {why}</translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation> (mantenuto)</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Tutti insieme</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privato</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Record collegati</translation>
    </message>
    <message>
        <source>Captured privately by one company: not published by a merge</source>
        <translation>Registrato in privato da un&apos;azienda: un&apos;unione non lo pubblica</translation>
    </message>
    <message>
        <source>From {who}</source>
        <translation>Da {who}</translation>
    </message>
    <message>
        <source>Merged {n} records into {who}.</source>
        <translation>{n} record uniti in {who}.</translation>
    </message>
    <message>
        <source>Remembered: these are different.</source>
        <translation>Annotato: sono diversi.</translation>
    </message>
    <message>
        <source>Undone: {n} records are back.</source>
        <translation>Annullato: {n} record sono tornati.</translation>
    </message>
    <message>
        <source>Merged {n} groups automatically.</source>
        <translation>{n} gruppi uniti automaticamente.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Unione dei duplicati</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>Modifica missione</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nuova missione</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nome della missione</translation>
    </message>
    <message>
        <source>Osaka, Kobe</source>
        <translation>Osaka, Kobe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Città</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>&amp;Home time zone</source>
        <translation>Fuso orario di &amp;casa</translation>
    </message>
    <message>
        <source>&amp;Lead cluster</source>
        <translation>&amp;Cluster capofila</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Sta&amp;to</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrizione</translation>
    </message>
</context>
<context>
    <name>MissionPartnersPanel</name>
    <message>
        <source>Gateway partners of the chosen mission</source>
        <extracomment>Emitted after the partners of the shown mission were loaded (the mission id).</extracomment>
        <translation>Partner gateway della missione scelta</translation>
    </message>
    <message>
        <source>Gateway partners of the mission</source>
        <translation>Partner gateway della missione</translation>
    </message>
    <message>
        <source>Gateway partner, foreign cluster or agency to add</source>
        <translation>Partner gateway, cluster estero o agenzia da aggiungere</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Aggiungi partner</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Rimuovi partner</translation>
    </message>
    <message>
        <source>No gateway partner yet.</source>
        <translation>Ancora nessun partner gateway.</translation>
    </message>
</context>
<context>
    <name>MissionsScreen</name>
    <message>
        <source>Missions</source>
        <extracomment>Emitted with the missions after every reload (the main window&apos;s selector listens).</extracomment>
        <translation>Missioni</translation>
    </message>
    <message>
        <source>Filter missions</source>
        <translation>Filtra missioni</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nuova missione…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>No missions yet. Create the first one with “New mission”.</source>
        <translation>Ancora nessuna missione. Crea la prima con «Nuova missione».</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <extracomment>The chosen mission&apos;s gateway partners (add, remove) and briefing pack.</extracomment>
        <translation>Elimina missione</translation>
    </message>
    <message>
        <source>Delete the mission “{name}”?</source>
        <translation>Eliminare la missione «{name}»?</translation>
    </message>
    <message>
        <source>Its roster, programme and meetings go with it, for everyone, at the next sync.</source>
        <translation>Elenco, programma e incontri vengono eliminati con essa, per tutti, alla prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move meeting</source>
        <extracomment>People named in the publish question itself; the whole list is in its details.</extracomment>
        <translation>Sposta l&apos;incontro</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>Sessione B2B</translation>
    </message>
    <message>
        <source>Another time (outside the B2B sessions)</source>
        <translation>Un altro orario (fuori dalle sessioni B2B)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Fascia</translation>
    </message>
    <message>
        <source>New start (local time)</source>
        <translation>Nuovo inizio (ora locale)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <source>Starts (%s)</source>
        <translation>Inizio (%s)</translation>
    </message>
    <message>
        <source>&amp;Lock it here (a new scheduling run keeps it)</source>
        <translation>&amp;Bloccalo qui (una nuova pianificazione lo mantiene)</translation>
    </message>
    <message>
        <source>Lock the meeting</source>
        <translation>Blocca l&apos;incontro</translation>
    </message>
    <message>
        <source>{time} is not one of the session&apos;s slots: the nearest slot is chosen.</source>
        <translation>{time} non è una delle fasce della sessione: viene scelta la fascia più vicina.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted on the GUI thread after a successful operation: a frozenset of changed areas (&quot;missions&quot;, &quot;roster&quot;, &quot;agenda&quot;, &quot;leads&quot;, &quot;agreements&quot;, &quot;sync&quot;, ...). Emitted when the number of running operations goes from 0 to 1 (True) or back (False). Running operations: relay -&gt; the work, kept here so it is freed on the GUI thread. Every pool work was started on (the worker, and lanes of their own such as sync&apos;s). The worker of :meth:`run_aside`, made when first used.</extracomment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Impossibile completare</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Modifica organizzazione</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>関西メディカル株式会社</source>
        <translation>関西メディカル株式会社</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>diagnostics, oncology</source>
        <translation>diagnostica, oncologia</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Nome nella sc&amp;rittura originale</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Paese</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ittà</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Sito web</translation>
    </message>
    <message>
        <source>&amp;Home cluster</source>
        <translation>&amp;Cluster di appartenenza</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>S&amp;ettori</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>OrganisationsScreen</name>
    <message>
        <source>Organisations</source>
        <extracomment>Emitted after the chosen organisation&apos;s page is shown (its id).</extracomment>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Search names in any script, or a city</source>
        <translation>Cerca nomi in qualsiasi scrittura, o una città</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Cerca organizzazioni</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Country of the organisation</source>
        <translation>Paese dell&apos;organizzazione</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nuova organizzazione…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Journey &amp;PDF…</source>
        <translation>Percorso in &amp;PDF…</translation>
    </message>
    <message>
        <source>Every mission, delegate, meeting, lead, agreement and follow-up of this organisation, as a PDF</source>
        <translation>Ogni missione, delegato, incontro, contatto, accordo e follow-up di questa organizzazione, in PDF</translation>
    </message>
    <message>
        <source>The chosen organisation</source>
        <translation>L&apos;organizzazione scelta</translation>
    </message>
    <message>
        <source>Choose an organisation to see its people, missions, meetings, leads, agreements and follow-ups.</source>
        <translation>Scegli un&apos;organizzazione per vederne persone, missioni, incontri, contatti, accordi e follow-up.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organizzazione</numerusform>
            <numerusform>%Ln organizzazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: {title} ({kind}, {status})</source>
        <translation>Accordo: {title} ({kind}, {status})</translation>
    </message>
    <message>
        <source>Follow-up done {day}: {subject} — {outcome}</source>
        <translation>Follow-up svolto il {day}: {subject} — {outcome}</translation>
    </message>
    <message>
        <source>Follow-up due {day}: {subject}</source>
        <translation>Follow-up in scadenza il {day}: {subject}</translation>
    </message>
    <message>
        <source>Save the journey as PDF</source>
        <translation>Salva il percorso in PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the journey PDF</source>
        <translation>Scrittura del PDF del percorso</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Meeting outcome</source>
        <translation>Esito dell&apos;incontro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non registrato)</translation>
    </message>
    <message>
        <source>This meeting has not started yet: it can be recorded as held or as a no-show once it has.</source>
        <translation>Questo incontro non è ancora iniziato: potrà essere registrato come svolto o come assenza una volta iniziato.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non valutato</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Valutazione da 1 (freddo) a 5 (molto promettente)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Valutazione (1–5)</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Changes the server refused</source>
        <extracomment>Retry queued the changes again: the window syncs at once.</extracomment>
        <translation>Modifiche rifiutate dal server</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Send these changes again (after fixing the cause)</source>
        <translation>Invia di nuovo queste modifiche (dopo averne risolto la causa)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Scarta…</translation>
    </message>
    <message>
        <source>Give these changes up: the server&apos;s version stays</source>
        <translation>Rinuncia a queste modifiche: resta la versione del server</translation>
    </message>
    <message>
        <source>The server refused {n} of your changes: they reached nobody.</source>
        <translation>Il server ha rifiutato {n} delle tue modifiche: non sono arrivate a nessuno.</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…e altri {n}</translation>
    </message>
    <message>
        <source>Discard refused changes</source>
        <translation>Scarta le modifiche rifiutate</translation>
    </message>
    <message>
        <source>Discard {n} refused changes? The server&apos;s version stays; what only this laptop had is removed. This cannot be undone.</source>
        <translation>Scartare {n} modifiche rifiutate? Resta la versione del server; ciò che aveva solo questo portatile viene rimosso. L&apos;operazione non può essere annullata.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <extracomment>Areas whose changes move the figures. Emitted after each report shown (tests and the screenshot wait for it). Emitted with the path of a written PDF or export.</extracomment>
        <translation>Report</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Tutte le missioni</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tutti i cluster</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>Paese di destinazione</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Tutte le date</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;anno scorso</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Date personalizzate</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Funder report (PDF)…</source>
        <translation>Report per i finanziatori (PDF)…</translation>
    </message>
    <message>
        <source>Write the funder report as PDF</source>
        <translation>Scrivi il report per i finanziatori in PDF</translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Esporta i dati…</translation>
    </message>
    <message>
        <source>Export the figures to CSV or XLSX</source>
        <translation>Esporta i dati in CSV o XLSX</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Missione:</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Incontri: dalla richiesta all&apos;accordo</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Risultati per cluster</translation>
    </message>
    <message>
        <source>Signed agreements by kind</source>
        <translation>Accordi firmati per tipo</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Contatti per valutazione (1 freddo – 5 molto promettente)</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per cluster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Per paese</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Per missione</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Accordi e protocolli d&apos;intesa</translation>
    </message>
    <message>
        <source>No figures for this selection yet: record meeting outcomes, leads and agreements, or widen the filters.</source>
        <translation>Ancora nessun dato per questa selezione: registra esiti degli incontri, contatti e accordi, o allarga i filtri.</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Dati e grafici</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Hanno portato a un accordo</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolti</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmati</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesti</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Incontri svolti</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Contatti promettenti</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Accordi tra PMI</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Protocolli d&apos;intesa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation>Salva il report per i finanziatori</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Esporta i dati</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the funder report…</source>
        <translation>Scrittura del report per i finanziatori…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New meeting request</source>
        <translation>Nuova richiesta di incontro</translation>
    </message>
    <message>
        <source>(choose a delegate)</source>
        <translation>(scegli un delegato)</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Digita un nome o un&apos;organizzazione</translation>
    </message>
    <message>
        <source>1 = nice to have … 5 = must meet</source>
        <translation>1 = auspicabile … 5 = da incontrare assolutamente</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Scade</translation>
    </message>
    <message>
        <source>The request expires</source>
        <translation>La richiesta scade</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data di scadenza</translation>
    </message>
    <message>
        <source>Expiry time (local)</source>
        <translation>Ora di scadenza (locale)</translation>
    </message>
    <message>
        <source>&amp;Delegate asking</source>
        <translation>&amp;Delegato richiedente</translation>
    </message>
    <message>
        <source>&amp;Wants to meet</source>
        <translation>&amp;Vuole incontrare</translation>
    </message>
    <message>
        <source>&amp;Priority (1–5)</source>
        <translation>&amp;Priorità (1–5)</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprete</translation>
    </message>
    <message>
        <source>Expir&amp;y</source>
        <translation>&amp;Scadenza</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Nobody called “{t}” in the list; pick one of the suggestions.</source>
        <translation>Nessuno si chiama «{t}» nell&apos;elenco; scegli uno dei suggerimenti.</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Delegates</source>
        <translation>Delegati</translation>
    </message>
    <message>
        <source>Search name, company, e-mail, hotel, flight</source>
        <translation>Cerca nome, azienda, e-mail, hotel, volo</translation>
    </message>
    <message>
        <source>Search delegates</source>
        <translation>Cerca delegati</translation>
    </message>
    <message>
        <source>Registration status filter</source>
        <translation>Filtro stato dell&apos;iscrizione</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>With &amp;warnings only</source>
        <translation>Solo con &amp;avvisi</translation>
    </message>
    <message>
        <source>&amp;Add delegate…</source>
        <translation>&amp;Aggiungi delegato…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>A&amp;nnulla iscrizione</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>&amp;Booklet PDF…</source>
        <translation>&amp;Libretto PDF…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista di controllo</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Elenco partecipanti</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegato</numerusform>
            <numerusform>%n delegati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %n warning(s), {t} to do</source>
        <translation>
            <numerusform>Lista di controllo: %n avviso, {t} da fare</numerusform>
            <numerusform>Lista di controllo: %n avvisi, {t} da fare</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Annulla iscrizione</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}?</source>
        <translation>Annullare l&apos;iscrizione di {name}?</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Esporta l&apos;elenco</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Cartella di Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Roster exported to {p}</source>
        <translation>Elenco esportato in {p}</translation>
    </message>
    <message>
        <source>Roster booklet</source>
        <translation>Libretto della delegazione</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Booklet written to {p}</source>
        <translation>Libretto scritto in {p}</translation>
    </message>
    <message>
        <source>Writing the roster booklet</source>
        <translation>Scrittura del libretto della delegazione</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Warnings</source>
        <extracomment>Rows fetched with the ids of a search: more than a tall window shows.</extracomment>
        <translation>Avvisi</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Read the card in vie&amp;w</source>
        <extracomment>Counters a test or a diagnostic can read: frames the sink gave, frames decoded. Ids of the threads that decoded (never the GUI thread). The picture in view (PNG bytes) when the person asks to read it as a business card.</extracomment>
        <translation>Leggi il biglietto in&amp;quadrato</translation>
    </message>
    <message>
        <source>Hold a business card still in front of the camera, then read it as a card</source>
        <translation>Tieni fermo un biglietto da visita davanti alla fotocamera, poi leggilo come biglietto</translation>
    </message>
    <message>
        <source>Hold a QR code, a badge or a card&apos;s code in front of the camera.</source>
        <translation>Tieni un codice QR, un badge o il codice di un biglietto davanti alla fotocamera.</translation>
    </message>
    <message>
        <source>No camera was found. Read a code from an image or the clipboard instead (Leads › Import).</source>
        <translation>Nessuna fotocamera trovata. Leggi invece un codice da un&apos;immagine o dagli appunti (Contatti › Importa).</translation>
    </message>
</context>
<context>
    <name>SessionGridModel</name>
    <message>
        <source>That meeting is no longer on this grid.</source>
        <extracomment>What a dragged meeting carries: its id (never shown). Cell colours (background, text) for light and dark palettes. A drop or keyboard move refused: the reason in words. A valid move: meeting id, row, column.</extracomment>
        <translation>Quell&apos;incontro non è più in questa griglia.</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Tavolo {n}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Locked: a new scheduling run keeps it here</source>
        <translation>Bloccato: una nuova pianificazione lo mantiene qui</translation>
    </message>
    <message>
        <source>Not locked: a new scheduling run may move it</source>
        <translation>Non bloccato: una nuova pianificazione può spostarlo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, bloccato</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Languages of the clusters, each named in its own language (not translated on purpose). How often the window checks whether the daily backup is due.</extracomment>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Connesso a {server} come {user}.</translation>
    </message>
    <message>
        <source>Not signed in to a sync server.</source>
        <translation>Non connesso a un server di sincronizzazione.</translation>
    </message>
    <message>
        <source>Sync server and &amp;account…</source>
        <translation>Server e &amp;account…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>Cartella dei &amp;dati</translation>
    </message>
    <message>
        <source>Changes of language and data folder take effect when bioX Missions is started again.</source>
        <translation>Le modifiche di lingua e cartella dei dati hanno effetto al prossimo avvio di bioX Missions.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Informativa sulla privacy</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Versione del testo del consenso</translation>
    </message>
    <message>
        <source>Ask for consent when a lead is captured</source>
        <translation>Chiedi il consenso quando si registra un contatto</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>&amp;Informativa sulla privacy</translation>
    </message>
    <message>
        <source>&amp;Consent wording</source>
        <translation>Testo del &amp;consenso</translation>
    </message>
    <message>
        <source>Wording &amp;version</source>
        <translation>&amp;Versione del testo</translation>
    </message>
    <message>
        <source>The consent wording and its version are set for your organisation on the sync server.</source>
        <translation>Il testo del consenso e la sua versione sono impostati per la tua organizzazione sul server di sincronizzazione.</translation>
    </message>
    <message>
        <source>Legal basis a capture starts with</source>
        <translation>Base giuridica iniziale di una registrazione</translation>
    </message>
    <message>
        <source>None: the delegate chooses each time</source>
        <translation>Nessuna: il delegato sceglie ogni volta</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interesse legittimo</translation>
    </message>
    <message>
        <source>Default &amp;basis</source>
        <translation>Base &amp;predefinita</translation>
    </message>
    <message>
        <source>Review leads without a legal basis after</source>
        <translation>Riesamina i contatti senza base giuridica dopo</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Review leads without activity after</source>
        <translation>Riesamina i contatti senza attività dopo</translation>
    </message>
    <message>
        <source>No basis: review &amp;after</source>
        <translation>Senza base: riesamina &amp;dopo</translation>
    </message>
    <message>
        <source>No activity: review a&amp;fter</source>
        <translation>Senza attività: riesamina d&amp;opo</translation>
    </message>
    <message>
        <source>Leads due for review (Leads › Due for review, or biox-desktop privacy due) must be completed or erased.</source>
        <translation>I contatti da riesaminare (Contatti › Da riesaminare, oppure biox-desktop privacy due) vanno completati o cancellati.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Make a backup every day automatically</source>
        <translation>Esegui un backup automatico ogni giorno</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Keep automatic backups for</source>
        <translation>Conserva i backup automatici per</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Esegui &amp;backup ora…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ripristina da backup…</translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups for</source>
        <translation>&amp;Conserva i backup automatici per</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Ultimo backup</translation>
    </message>
    <message>
        <source>Recovery &amp;code…</source>
        <translation>Codice di recu&amp;pero…</translation>
    </message>
    <message>
        <source>The code that opens this laptop&apos;s backups on another computer</source>
        <translation>Il codice che apre i backup di questo portatile su un altro computer</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <extracomment>Where file dialogs are skipped in tests: a path to use instead of asking.</extracomment>
        <translation>Ancora nessun backup</translation>
    </message>
    <message>
        <source>bioX Missions backups (*.sqlite3);;All files (*)</source>
        <translation>Backup di bioX Missions (*.sqlite3);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Esegui backup in</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Ripristina da</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinatore</translation>
    </message>
    <message>
        <source>delegation leader</source>
        <translation>capo delegazione</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>delegato</translation>
    </message>
    <message>
        <source>Role: {role}; organisation: {organisation}.</source>
        <translation>Ruolo: {role}; organizzazione: {organisation}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Backup scritto in {path}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Replace all the data on this laptop by the backup {path}? The data as it is now is backed up first.</source>
        <translation>Sostituire tutti i dati di questo portatile con il backup {path}? Prima viene fatto un backup dei dati attuali.</translation>
    </message>
    <message>
        <source>Restored from {path}. The data as it was before is kept in {safety}.</source>
        <translation>Ripristinato da {path}. I dati precedenti sono conservati in {safety}.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <source>{path} was not made on this laptop. Type the recovery code of the laptop that made it:</source>
        <translation>{path} non è stato creato su questo portatile. Digitare il codice di recupero del portatile che lo ha creato:</translation>
    </message>
    <message>
        <source>This data folder is not encrypted (a demo on a computer without a keyring): it has no recovery code.</source>
        <translation>Questa cartella di dati non è cifrata (una demo su un computer senza portachiavi): non ha un codice di recupero.</translation>
    </message>
    <message>
        <source>Anyone with the recovery code and a backup can read all its data. Show it now, to write it down and keep it apart from this laptop?</source>
        <translation>Chiunque abbia il codice di recupero e un backup può leggerne tutti i dati. Mostrarlo ora, per annotarlo e conservarlo lontano da questo portatile?</translation>
    </message>
    <message>
        <source>On a new computer: restore a backup with this code (Settings › Backups, or biox-desktop restore FILE --recovery-code CODE).</source>
        <translation>Su un nuovo computer: ripristinare un backup con questo codice (Impostazioni › Backup, oppure biox-desktop restore FILE --recovery-code CODE).</translation>
    </message>
    <message>
        <source>The privacy policy, the consent wording and its version cannot be empty.</source>
        <translation>L&apos;informativa sulla privacy, il testo del consenso e la sua versione non possono essere vuoti.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No sync server is set up: choose “Sync server…” to sign in. Your changes are kept on this laptop.</source>
        <translation>Nessun server di sincronizzazione configurato: scegli «Server di sincronizzazione…» per accedere. Le tue modifiche sono conservate su questo portatile.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>A sync is already running; it goes on.</source>
        <extracomment>First retry after a failed automatic sync; doubles up to the timer interval. Refusals listed in the sync status (the command line and the log list them all). (state, message): state is &quot;online&quot;, &quot;refused&quot; (synced, but the server refused some changes: the message lists why), &quot;offline&quot;, &quot;error&quot;, &quot;syncing&quot;, &quot;idle&quot; or &quot;unconfigured&quot; (asked to sync with no server set up). Emitted after a successful sync with its report. The sync&apos;s own thread (one sync at a time).</extracomment>
        <translation>Una sincronizzazione è già in corso; prosegue.</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Annullamento della sincronizzazione…</translation>
    </message>
    <message>
        <source>Synced: {pushed} sent, {pulled} received</source>
        <translation>Sincronizzato: {pushed} inviate, {pulled} ricevute</translation>
    </message>
    <message>
        <source>, {n} conflicts for review</source>
        <translation>, {n} conflitti da esaminare</translation>
    </message>
    <message>
        <source>, {n} refused by the server</source>
        <translation>, {n} rifiutate dal server</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…e altri {n}</translation>
    </message>
    <message>
        <source>Sync cancelled; unsent changes are kept</source>
        <translation>Sincronizzazione annullata; le modifiche non inviate sono conservate</translation>
    </message>
    <message>
        <source>Offline: {why}</source>
        <translation>Offline: {why}</translation>
    </message>
    <message>
        <source>Sync failed: {why}</source>
        <translation>Sincronizzazione non riuscita: {why}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM, as 09:30 or 14:00</source>
        <translation>HH:MM, ad es. 09:30 o 14:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day: type {hint}</source>
        <translation>«{text}» non è un orario: digitare {hint}</translation>
    </message>
</context>
<context>
    <name>TravelTimeDialog</name>
    <message>
        <source>Travel time</source>
        <translation>Tempo di percorrenza</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The same time &amp;back</source>
        <translation>Stesso tempo al &amp;ritorno</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuti</translation>
    </message>
    <message>
        <source>Add venues first.</source>
        <translation>Aggiungi prima i luoghi.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Scegli due luoghi diversi.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Modifica luogo</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nuovo luogo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Indirizzo</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Città</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso orario</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Dai un nome al luogo.</translation>
    </message>
    <message>
        <source>“{z}” is not a time zone; pick one from the list.</source>
        <translation>«{z}» non è un fuso orario; scegline uno dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and travel times</source>
        <translation>Luoghi e tempi di percorrenza</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Luoghi</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Tempi di percorrenza</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Nuovo luogo…</translation>
    </message>
    <message>
        <source>&amp;Edit venue…</source>
        <translation>&amp;Modifica luogo…</translation>
    </message>
    <message>
        <source>&amp;Travel time…</source>
        <translation>&amp;Tempo di percorrenza…</translation>
    </message>
    <message>
        <source>Travel times (minutes, door to door)</source>
        <translation>Tempi di percorrenza (minuti, porta a porta)</translation>
    </message>
</context>
<context>
    <name>_HomeTime</name>
    <message>
        <source>Home time ({z}): {a}–{b}</source>
        <extracomment>What the service returned on Save.</extracomment>
        <translation>Ora di casa ({z}): {a}–{b}</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Give the programme item a title.</source>
        <extracomment>B2B sessions only. B2B sessions only: (start, end) aware datetimes of breaks inside the session. Languages they speak (ISO 639-1); for an interpreter, the ones they interpret. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Id of the active meeting that fulfils this request, if any. The last answer (or the request) the foreign person gave on their counterpart page. The B2B sessions (start, title) the foreign person of the request said they can attend. The language of the interpreter it needs (ISO 639-1, or &quot;any&quot;); None when none is. The language of the interpreter (ISO 639-1, or &quot;any&quot;); None with ``interpreter_needed`` means the main language of the mission&apos;s country. Ids of the meetings / programme items involved. The calendar cancels this event: it is never added, and an item an earlier import created for the same UID is removed. The batch that undoes this import (None when it changed nothing).</extracomment>
        <translation>Dai un titolo alla voce del programma.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Il titolo è troppo lungo (al massimo 300 caratteri).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of programme item.</source>
        <translation>«{kind}» non è un tipo di voce del programma.</translation>
    </message>
    <message>
        <source>&apos;{timezone}&apos; is not an IANA time zone.</source>
        <translation>«{timezone}» non è un fuso orario IANA.</translation>
    </message>
    <message>
        <source>Give a time.</source>
        <translation>Indica un orario.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>L&apos;orario non ha un fuso orario.</translation>
    </message>
    <message>
        <source>The item ends before it starts.</source>
        <translation>La voce finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>A B2B session needs slots of 5 minutes or more.</source>
        <translation>Una sessione B2B richiede fasce di almeno 5 minuti.</translation>
    </message>
    <message>
        <source>A B2B session needs at least one table.</source>
        <translation>Una sessione B2B richiede almeno un tavolo.</translation>
    </message>
    <message>
        <source>A break must end after it starts.</source>
        <translation>Una pausa deve finire dopo essere iniziata.</translation>
    </message>
    <message>
        <source>Choose who asks for the meeting.</source>
        <translation>Scegli chi chiede l&apos;incontro.</translation>
    </message>
    <message>
        <source>Choose the organisation or person to meet.</source>
        <translation>Scegli l&apos;organizzazione o la persona da incontrare.</translation>
    </message>
    <message>
        <source>Priority goes from 1 (nice to have) to 5 (must).</source>
        <translation>La priorità va da 1 (gradito) a 5 (indispensabile).</translation>
    </message>
    <message>
        <source>The expiry has no time zone.</source>
        <translation>La scadenza non ha un fuso orario.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code (ISO 639-1, such as ja or zh).</source>
        <translation>«{code}» non è un codice di lingua (ISO 639-1, come ja o zh).</translation>
    </message>
    <message>
        <source>{name} is due at “{title}” and “{other}” at the same time ({when}).</source>
        <extracomment>Meetings and items the person was explicitly put on (not the whole-delegation programme).</extracomment>
        <translation>{name} è atteso a «{title}» e a «{other}» alla stessa ora ({when}).</translation>
    </message>
    <message>
        <source>{name} has {gap} min to get from “{title}” to “{other}”; the trip takes {minutes} min.</source>
        <translation>{name} ha {gap} min per andare da «{title}» a «{other}»; il tragitto richiede {minutes} min.</translation>
    </message>
    <message>
        <source>“{title}” is before {name} arrives ({landed}).</source>
        <translation>«{title}» è prima dell&apos;arrivo di {name} ({landed}).</translation>
    </message>
    <message>
        <source>“{title}” is after {name} leaves ({leaves}).</source>
        <translation>«{title}» è dopo la partenza di {name} ({leaves}).</translation>
    </message>
    <message>
        <source>No interpreter for {language} on the roster is there for {titles} ({when}).</source>
        <translation>Nessun interprete di {language} nell&apos;elenco è disponibile per {titles} ({when}).</translation>
    </message>
    <message>
        <source>{name}, the only interpreter for {language}, is needed for {titles} at the same time ({when}).</source>
        <translation>{name}, unico interprete di {language}, serve per {titles} nello stesso momento ({when}).</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} incontri richiedono un interprete nello stesso momento ({when}), ma gli interpreti presenti sono {there}: {titles}.</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} incontri richiedono un interprete di {language} nello stesso momento ({when}), ma gli interpreti presenti sono {there}: {titles}.</translation>
    </message>
    <message>
        <source>kept meetings “{first}” and “{second}” leave {person} too little time to travel between them</source>
        <extracomment>Where the slot takes place; ``None`` means the session&apos;s venue. How people call them; warnings name people by it (never by id). ISO 639-1 codes of the languages they interpret (from and into the meeting&apos;s language). Sessions the meeting may be placed in; ``None`` means any. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Minutes to travel between two venues; either key order is looked up. Extra minutes on top of the travel time whenever two venues differ. Travel minutes between two different venues missing from ``travel_minutes``. IANA zone of the event; only used to cut the schedule into days for idle slots. The interpreters there are; when empty, interpreter needs are not limited. Sum of the priorities of all scheduled requests, locked ones included. Total idle slots over people and days (see the module docstring). True when both phases were proven optimal (weight, then idle slots). Upper bound on the weight proven by the solver (``== weight`` when the weight is optimal). Things kept as given but worth a look, e.g. a locked meeting outside availability.</extracomment>
        <translation>gli incontri mantenuti «{first}» e «{second}» lasciano a {person} troppo poco tempo per spostarsi dall&apos;uno all&apos;altro</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is outside the availability of {person} or clashes with another item of theirs</source>
        <translation>l&apos;incontro mantenuto «{meeting}» alle {time} è fuori dalla disponibilità di {person} o si sovrappone a un altro suo impegno</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is in a session the request does not allow</source>
        <translation>l&apos;incontro mantenuto «{meeting}» alle {time} è in una sessione che la richiesta non consente</translation>
    </message>
    <message>
        <source>no interpreter for {language} is free when its people are</source>
        <translation>nessun interprete di {language} è libero quando lo sono i partecipanti</translation>
    </message>
    <message>
        <source>no common free slot in its allowed sessions</source>
        <translation>nessuna fascia libera comune nelle sessioni consentite</translation>
    </message>
    <message>
        <source>no common free slot</source>
        <translation>nessuna fascia libera comune</translation>
    </message>
    <message>
        <source>its common free slots are taken by locked meetings</source>
        <translation>le sue fasce libere comuni sono occupate da incontri bloccati</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {time}, with {there} interpreter(s) there</source>
        <translation>{count} incontri richiedono un interprete alle {time}, ma gli interpreti presenti sono {there}</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {time}, with {there} interpreter(s) there</source>
        <translation>{count} incontri richiedono un interprete di {language} alle {time}, ma gli interpreti presenti sono {there}</translation>
    </message>
    <message>
        <source>… and {count} more groups of requests that cannot all be met</source>
        <translation>… e altri {count} gruppi di richieste che non possono essere soddisfatte tutte</translation>
    </message>
    <message>
        <source>Finding the requests that cannot all be met</source>
        <translation>Ricerca delle richieste che non possono essere soddisfatte tutte</translation>
    </message>
    <message>
        <source>a participant without a name</source>
        <translation>un partecipante senza nome</translation>
    </message>
    <message>
        <source>{requesters} with {targets}</source>
        <translation>{requesters} con {targets}</translation>
    </message>
    <message>
        <source>{person} cannot have all of these {count} meetings: together they fit in only {slots} slot(s) when everyone involved is free and the session allows them: {meetings}</source>
        <translation>{person} non può avere tutti questi {count} incontri: insieme entrano in solo {slots} fascia/e in cui tutti i partecipanti sono liberi e la sessione li consente: {meetings}</translation>
    </message>
    <message>
        <source>These {count} requested meetings cannot all be scheduled: their people&apos;s free slots, the sessions they allow and the tables do not leave room for all of them: {meetings}</source>
        <translation>Questi {count} incontri richiesti non possono essere pianificati tutti: le fasce libere dei partecipanti, le sessioni consentite e i tavoli non lasciano spazio per tutti: {meetings}</translation>
    </message>
    <message>
        <source>Compacting days</source>
        <translation>Compattazione dei giorni</translation>
    </message>
    <message>
        <source>Spreading meetings</source>
        <translation>Distribuzione degli incontri</translation>
    </message>
    <message>
        <source>Checking the requests</source>
        <translation>Verifica delle richieste</translation>
    </message>
    <message>
        <source>Placing meetings</source>
        <translation>Collocazione degli incontri</translation>
    </message>
    <message>
        <source>Building the scheduling model</source>
        <translation>Costruzione del modello di pianificazione</translation>
    </message>
    <message>
        <source>Schedule ready</source>
        <translation>Pianificazione pronta</translation>
    </message>
    <message>
        <source>the interpreters for {language} are busy in every slot its people could meet</source>
        <translation>gli interpreti di {language} sono occupati in ogni fascia in cui i partecipanti potrebbero incontrarsi</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to higher-priority meetings</source>
        <translation>nessuno spazio libero: le fasce libere comuni dei partecipanti o i tavoli sono andati a incontri con priorità più alta</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to other meetings (search stopped at the time limit)</source>
        <translation>nessuno spazio libero: le fasce libere comuni dei partecipanti o i tavoli sono andati ad altri incontri (ricerca interrotta al limite di tempo)</translation>
    </message>
    <message>
        <source>Give a travel time between 0 and 1440 minutes.</source>
        <extracomment>Minutes added to the travel time whenever two consecutive things are at different venues.</extracomment>
        <translation>Indica un tempo di tragitto tra 0 e 1440 minuti.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Scegli due luoghi diversi.</translation>
    </message>
    <message>
        <source>Choose a venue of this mission.</source>
        <translation>Scegli un luogo di questa missione.</translation>
    </message>
    <message>
        <source>This request has expired; ask again with a new request.</source>
        <translation>Questa richiesta è scaduta; fanne una nuova.</translation>
    </message>
    <message>
        <source>{count} meeting requests accepted</source>
        <translation>{count} richieste di incontro accettate</translation>
    </message>
    <message>
        <source>{count} meeting requests declined</source>
        <translation>{count} richieste di incontro rifiutate</translation>
    </message>
    <message>
        <source>{count} meeting requests expired</source>
        <translation>{count} richieste di incontro scadute</translation>
    </message>
    <message>
        <source>Give the start time.</source>
        <translation>Indica l&apos;ora di inizio.</translation>
    </message>
    <message>
        <source>Give the end time.</source>
        <translation>Indica l&apos;ora di fine.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>L&apos;incontro finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>Choose at least one delegate.</source>
        <translation>Scegli almeno un delegato.</translation>
    </message>
    <message>
        <source>Choose who they meet.</source>
        <translation>Scegli chi incontrano.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Un incontro annullato non può essere spostato.</translation>
    </message>
    <message>
        <source>{count} meetings cancelled</source>
        <translation>{count} incontri annullati</translation>
    </message>
    <message>
        <source>Keep the note under 2000 characters.</source>
        <translation>Mantieni la nota sotto i 2000 caratteri.</translation>
    </message>
    <message>
        <source>The session has tables 1 to {table_count}.</source>
        <translation>La sessione ha i tavoli da 1 a {table_count}.</translation>
    </message>
    <message>
        <source>Table {table_number} is taken at that time; choose another table.</source>
        <translation>Il tavolo {table_number} è occupato a quell&apos;ora; scegline un altro.</translation>
    </message>
    <message>
        <source>meeting “{title}” is kept but clashes with another kept meeting or has no free table; check it</source>
        <translation>l&apos;incontro «{title}» è mantenuto ma si sovrappone a un altro incontro mantenuto o non ha un tavolo libero; controllalo</translation>
    </message>
    <message>
        <source>request {requester} → {target} names no person to meet; skipped</source>
        <translation>la richiesta {requester} → {target} non indica nessuna persona da incontrare; saltata</translation>
    </message>
    <message>
        <source>The programme has no B2B session with slots and tables to schedule into.</source>
        <extracomment>slot id -&gt; (agenda item id, start, end) scheduler request id -&gt; meeting request id (None for a kept meeting without one) scheduler request ids that are kept meetings (locks) -&gt; meeting id draft unlocked meetings the run replaces (request id, why it was left as it was), e.g. an expired request cannot be accepted</extracomment>
        <translation>Il programma non ha una sessione B2B con fasce e tavoli in cui pianificare.</translation>
    </message>
    <message>
        <source>Two kept meetings clash: the same person or the same table at the same time. Unlock or move one of them and schedule again.</source>
        <translation>Due incontri mantenuti si sovrappongono: la stessa persona o lo stesso tavolo alla stessa ora. Sblocca o sposta uno dei due e pianifica di nuovo.</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Salvataggio della bozza</translation>
    </message>
    <message>
        <source>Programme import: {file}</source>
        <translation>Importazione del programma: {file}</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Importazione del programma</translation>
    </message>
    <message>
        <source>“{title}”: B2B session given 30-minute slots and {table_count} tables; adjust them</source>
        <translation>«{title}»: sessione B2B con fasce di 30 minuti e {table_count} tavoli; adattale</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar but has {count} meetings; it was kept, decide what to do with it</source>
        <translation>«{title}» è annullato nel calendario ma ha {count} incontri; è stato mantenuto, decidere cosa farne</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar; removed from the programme</source>
        <translation>«{title}» è annullato nel calendario; rimosso dal programma</translation>
    </message>
    <message>
        <source>“{title}” on {day} is outside the mission&apos;s dates ({first} to {last})</source>
        <extracomment>Events outside the mission&apos;s dates named one by one in the import&apos;s warnings (then a count).</extracomment>
        <translation>«{title}» del {day} è fuori dalle date della missione (dal {first} al {last})</translation>
    </message>
    <message>
        <source>and {count} more events outside the mission&apos;s dates</source>
        <translation>e altri {count} eventi fuori dalle date della missione</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Dai un nome al luogo.</translation>
    </message>
    <message>
        <source>any language</source>
        <extracomment>A meeting needs an interpreter, of no language in particular.</extracomment>
        <translation>qualsiasi lingua</translation>
    </message>
</context>
<context>
    <name>agenda_export</name>
    <message>
        <source>Your agenda: {mission}</source>
        <extracomment>Characters Windows, macOS or Linux refuse in a file name (and control characters). Names Windows reserves whatever the extension. Most file systems allow 255 bytes per name; room is left for &quot; (12)&quot; and &quot;.pdf&quot;.</extracomment>
        <translation>La tua agenda: {mission}</translation>
    </message>
    <message>
        <source>Hello {name},

please find attached your agenda for {mission}: a PDF to read or print, and a calendar file (.ics) to open in your calendar.
</source>
        <translation>Gentile {name},

in allegato trovi la tua agenda per {mission}: un PDF da leggere o stampare e un file di calendario (.ics) da aprire nel tuo calendario.
</translation>
    </message>
    <message>
        <source>Agenda of {name}</source>
        <translation>Agenda di {name}</translation>
    </message>
</context>
<context>
    <name>agenda_forms</name>
    <message>
        <source>No interpreter</source>
        <extracomment>The main language of the mission&apos;s country (ISO 639-1, or &quot;any&quot;).</extracomment>
        <translation>Nessun interprete</translation>
    </message>
    <message>
        <source>%n interpreter(s) on the roster</source>
        <translation>Interpreti nell&apos;elenco: %n</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualsiasi lingua</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprete necessario</translation>
    </message>
    <message>
        <source>No language called “{t}”; pick one of the suggestions.</source>
        <translation>Nessuna lingua si chiama «{t}»; scegline una tra i suggerimenti.</translation>
    </message>
</context>
<context>
    <name>agenda_grid</name>
    <message>
        <source>That is outside the session “{title}”.</source>
        <extracomment>(row, column) -&gt; the meeting placed there; column 0 is table 1. Active meetings inside the session&apos;s time but on no slot or table of it.</extracomment>
        <translation>È fuori dalla sessione «{title}».</translation>
    </message>
    <message>
        <source>Table {table} is taken at {time} by {who}.</source>
        <translation>Il tavolo {table} è occupato alle {time} da {who}.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Un incontro annullato non può essere spostato.</translation>
    </message>
    <message>
        <source>{start}–{end} is a break.</source>
        <translation>{start}–{end} è una pausa.</translation>
    </message>
    <message>
        <source>The meeting would end at {end}, after the session “{title}”.</source>
        <translation>L&apos;incontro finirebbe alle {end}, dopo la sessione «{title}».</translation>
    </message>
    <message>
        <source>The meeting would run into the break at {start}.</source>
        <translation>L&apos;incontro sconfinerebbe nella pausa delle {start}.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with {who}.</source>
        <translation>{name} ha già un impegno alle {time} con {who}.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with “{title}”.</source>
        <translation>{name} ha già un impegno alle {time}: «{title}».</translation>
    </message>
    <message>
        <source>{time} is in a break of “{title}”.</source>
        <translation>{time} cade in una pausa di «{title}».</translation>
    </message>
    <message>
        <source>Meetings of “{title}” start on its {minutes}-minute slots: {time} is not one (the nearest is {nearest}).</source>
        <translation>Gli incontri di «{title}» iniziano sulle sue fasce di {minutes} minuti: {time} non è una di queste (la più vicina è {nearest}).</translation>
    </message>
</context>
<context>
    <name>agenda_pdf</name>
    <message>
        <source>With: {who}</source>
        <extracomment>The synced tables a person&apos;s calendar is built from (all in the mission&apos;s scope, except people and organisations, which are looked up by id). person id -&gt; people row; organisation id -&gt; name.</extracomment>
        <translation>Con: {who}</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Tavolo {n}</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Interprete prenotato</translation>
    </message>
    <message>
        <source>Changed since the agenda was sent</source>
        <translation>Modificato dall&apos;invio dell&apos;agenda</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>{mission} — agenda of {name}</source>
        <translation>{mission} — agenda di {name}</translation>
    </message>
    <message>
        <source>Times are local to each venue ({zone}, {abbreviation}); home time ({home}) is shown beside them.</source>
        <translation>Gli orari sono quelli di ciascun luogo ({zone}, {abbreviation}); l&apos;ora di casa ({home}) è indicata accanto.</translation>
    </message>
    <message>
        <source>arrives {when}</source>
        <translation>arriva il {when}</translation>
    </message>
    <message>
        <source>leaves {when}</source>
        <translation>riparte il {when}</translation>
    </message>
    <message>
        <source>Stay: {parts}</source>
        <translation>Soggiorno: {parts}</translation>
    </message>
    <message>
        <source>Changed since the agenda was last sent: see the lines marked CHANGED.</source>
        <translation>Modificato dall&apos;ultimo invio dell&apos;agenda: vedi le righe segnate MODIFICATO.</translation>
    </message>
    <message>
        <source>Check: {kind}: {message}</source>
        <translation>Da verificare: {kind}: {message}</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>Ancora niente in programma.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Ora locale</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ora di casa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>With / notes</source>
        <translation>Con / note</translation>
    </message>
    <message>
        <source>DRAFT (not final)</source>
        <translation>BOZZA (non definitiva)</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFICATO</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Agenda personale</translation>
    </message>
    <message>
        <source>{mission} — leader grid</source>
        <translation>{mission} — griglia del capodelegazione</translation>
    </message>
    <message>
        <source>Times local ({zone}); home ({home}) under each column. Orange: interpreter needed. Red: a conflict. Grey: draft.</source>
        <translation>Orari locali ({zone}); ora di casa ({home}) sotto ogni colonna. Arancione: serve un interprete. Rosso: un conflitto. Grigio: bozza.</translation>
    </message>
    <message>
        <source>Nothing on the programme yet.</source>
        <translation>Ancora niente nel programma.</translation>
    </message>
    <message>
        <source>{start}–{end} (home {home}) · {title}</source>
        <translation>{start}–{end} (casa {home}) · {title}</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source> (interp.)</source>
        <translation> (interpr.)</translation>
    </message>
    <message>
        <source>Interpreters needed: {n} meetings — {list}</source>
        <translation>Interpreti necessari: {n} incontri — {list}</translation>
    </message>
    <message>
        <source>Leader grid</source>
        <extracomment>Meeting start times per table of the leader grid (more would not be legible on the page).</extracomment>
        <translation>Griglia del capodelegazione</translation>
    </message>
</context>
<context>
    <name>attendees</name>
    <message>
        <source>{name}: no column with the participants&apos; names (Name, Full name, or First name and Last name).</source>
        <extracomment>Other names of each column, folded (&quot;Badge ID&quot; -&gt; &quot;badgeid&quot;). Columns whose cells are joined (a profile spread over &quot;Description&quot;, &quot;Looking for&quot; ...).</extracomment>
        <translation>{name}: nessuna colonna con i nomi dei partecipanti (Nome, Name, Full name, oppure First name e Cognome).</translation>
    </message>
    <message>
        <source>{name}: row {row} has no participant name</source>
        <translation>{name}: la riga {row} non ha il nome del partecipante</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The copy of the database failed its integrity check: {why}</source>
        <extracomment>local_meta keys that belong to this laptop, not to the data: kept across a restore.</extracomment>
        <translation>La copia del database non ha superato il controllo di integrità: {why}</translation>
    </message>
    <message>
        <source>The database could not be copied to {path}: {why}</source>
        <translation>Impossibile copiare il database in {path}: {why}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Il file {path} non esiste.</translation>
    </message>
    <message>
        <source>{path} is not a bioX Missions backup of this data folder: it is not a database, or it is encrypted with another key (a backup from another computer restores with that computer&apos;s recovery code).</source>
        <translation>{path} non è un backup di bioX Missions di questa cartella dei dati: non è un database, oppure è cifrato con un&apos;altra chiave (un backup di un altro computer si ripristina con il codice di recupero di quel computer).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored ({why}).</source>
        <translation>{path} è danneggiato e non può essere ripristinato ({why}).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a bioX Missions backup.</source>
        <translation>{path} è un database SQLite ma non un backup di bioX Missions.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a backup: {why}</source>
        <translation>{path} non può essere letto come backup: {why}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of bioX Missions (database version {schema}; this version knows up to {head}). Update bioX Missions, then restore it.</source>
        <translation>{path} è stato creato da una versione più recente di bioX Missions (versione del database {schema}; questa versione arriva a {head}). Aggiorna bioX Missions, poi ripristinalo.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Un backup non può sostituire il database stesso.</translation>
    </message>
    <message>
        <source>bioX Missions is open on this data folder (process {pid}). Close it first, or restore from its Settings dialog.</source>
        <translation>bioX Missions è aperto su questa cartella dei dati (processo {pid}). Chiudilo prima, o ripristina dalle sue impostazioni.</translation>
    </message>
    <message>
        <source>This file is the database in use, not a backup.</source>
        <translation>Questo file è il database in uso, non un backup.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>Impossibile leggere {path}: {why}</translation>
    </message>
    <message>
        <source>{path} does not open with this recovery code.</source>
        <translation>{path} non si apre con questo codice di recupero.</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>This batch was already undone on {when}.</source>
        <extracomment>Columns an undo never touches: identity and provenance of the row.</extracomment>
        <translation>Questa importazione è già stata annullata il {when}.</translation>
    </message>
    <message>
        <source>No batch {id}.</source>
        <translation>Nessuna importazione {id}.</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>The document has no file name.</source>
        <extracomment>Largest document of a briefing pack: it is copied to every laptop of the delegation.</extracomment>
        <translation>Il documento non ha un nome di file.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty.</source>
        <translation>«{name}» è vuoto.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; a briefing document may be {limit} MB at most, because it is copied to every laptop of the delegation. Compress it or split it.</source>
        <translation>«{name}» pesa {size:.1f} MB; un documento informativo può pesare al massimo {limit} MB, perché viene copiato su ogni portatile della delegazione. Comprimilo o dividilo.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>nessuna missione con id {id}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its checksum does not match); add it again.</source>
        <translation>«{name}» è danneggiato (il checksum non corrisponde); aggiungilo di nuovo.</translation>
    </message>
    <message>
        <source>no briefing document with id {id}</source>
        <translation>nessun documento informativo con id {id}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>Reading cards needs Tesseract OCR: install it (Debian: tesseract-ocr and its language packages) and try again.</source>
        <extracomment>Tesseract languages by the mission&apos;s country; Latin-script languages otherwise.</extracomment>
        <translation>Per leggere i biglietti serve Tesseract OCR: installalo (Debian: tesseract-ocr e i relativi pacchetti di lingua) e riprova.</translation>
    </message>
    <message>
        <source>Tesseract could not read the card with {languages}: {problem}</source>
        <translation>Tesseract non è riuscito a leggere il biglietto con {languages}: {problem}</translation>
    </message>
</context>
<context>
    <name>counterpart</name>
    <message>
        <source>the server gave no page address</source>
        <extracomment>How long a new link works unless the leader says otherwise (the server&apos;s default too).</extracomment>
        <translation>il server non ha fornito alcun indirizzo di pagina</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>{path} cannot be read: {why}</source>
        <extracomment>Environment variable a script may set on a computer without a keyring (never logged). argon2id parameters for passphrase-derived keys (about 0.3 s on a 2-core laptop). For passphrase folders: a short fingerprint of the derived key, so a mistyped passphrase is told at once (it reveals nothing the encrypted file does not: both test a guess).</extracomment>
        <translation>Impossibile leggere {path}: {why}</translation>
    </message>
    <message>
        <source>{path} names an unknown protection &apos;{mode}&apos;.</source>
        <translation>{path} indica una protezione sconosciuta «{mode}».</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the key</source>
        <translation>il portachiavi del sistema non ha conservato la chiave</translation>
    </message>
    <message>
        <source>No password store (OS keyring) works on this computer, so the database key cannot be kept in it. Choose a passphrase instead (set {env} for scripts), or install and unlock GNOME Keyring or KWallet.</source>
        <translation>Su questo computer non funziona nessun archivio di password (portachiavi del sistema), quindi la chiave del database non può esservi conservata. Scegliere invece una passphrase (impostare {env} per gli script), oppure installare e sbloccare GNOME Keyring o KWallet.</translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase; type it (or set {env}).</source>
        <translation>Questa cartella dei dati è protetta da una passphrase; digitarla (oppure impostare {env}).</translation>
    </message>
    <message>
        <source>This passphrase is not the one of this data folder.</source>
        <translation>Questa passphrase non è quella di questa cartella dei dati.</translation>
    </message>
    <message>
        <source>The key of the database in {folder} is not in this computer&apos;s keyring. If this folder comes from another computer, enter its recovery code (biox-desktop key restore --recovery-code CODE).</source>
        <translation>La chiave del database in {folder} non è nel portachiavi di questo computer. Se la cartella proviene da un altro computer, inserirne il codice di recupero (biox-desktop key restore --recovery-code CODE).</translation>
    </message>
    <message>
        <source>This is not a recovery code.</source>
        <translation>Questo non è un codice di recupero.</translation>
    </message>
    <message>
        <source>This recovery code has a typing error.</source>
        <translation>Questo codice di recupero contiene un errore di battitura.</translation>
    </message>
    <message>
        <source>the encrypted copy differs in: {tables}</source>
        <translation>la copia cifrata differisce in: {tables}</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key (a wrong passphrase or recovery code, or a damaged file). Nothing was changed.</source>
        <extracomment>Personal data: only the laptop&apos;s user may read the data folder and the database.</extracomment>
        <translation>Il database {path} non può essere aperto con questa chiave (passphrase o codice di recupero errati, oppure file danneggiato). Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>dedupe</name>
    <message>
        <source>Reading contacts</source>
        <translation>Lettura dei contatti</translation>
    </message>
    <message>
        <source>Finding candidate pairs</source>
        <translation>Ricerca delle coppie candidate</translation>
    </message>
    <message>
        <source>Comparing candidates</source>
        <translation>Confronto dei candidati</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <extracomment>Evidence weights in log2 odds for people. Agreement on a strong identifier is rare between two different people even inside a block (m ~ 0.5, u &lt; 0.005); names carry most of the rest. Disagreement weights are mild where people legitimately have several values (work and private email, mobile and office phone, the city where they were met). Below this many records the reasoned weights are used as they are: too few to learn from. A field seen on both sides of fewer random pairs than this keeps its reasoned weights. Random pairs drawn to learn how often different people agree on each field. Evidence weights in log2 odds for organisations. Which evidence keys belong to one field: at most one per field applies to a pair. m probabilities: how often two captures of the same person show each level of a field (given that both have the field). Reasoned, not fitted: work and private emails differ half the time, people carry two phones, captures typo a name about one time in five. Weight of an initial in :func:`name_similarity`, about a given name&apos;s length: &quot;L. Svensson&quot; and &quot;E. Svensson&quot; disagree on a whole first name, not on one letter of fifteen. Mailbox words that are no one&apos;s name (&quot;the.deans@&quot;, a household&apos;s address). Highest name similarity when a word of either name was read from its address. Evidence (log2 odds, without the prior) at or below which two records are two people, for grouping: they share a group only through a link of their own (a shared e-mail, say), never through a third record. Screen for names of one word or with initials: the best alignment of the shorter name inside the other (rapidfuzz partial_ratio, 0..1). How alike a word of the shorter name must be to one of the longer (a typo is allowed). The levels of each field, in the order :func:`_compare_person_pair` emits its keys; level 0 means the field gives no key.</extracomment>
        <translation>Confronto dei nomi</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Raggruppamento</translation>
    </message>
    <message>
        <source>Reading organisations</source>
        <extracomment>Shortest consonant outline that may tie a katakana name to a Latin one.</extracomment>
        <translation>Lettura delle organizzazioni</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>stessa e-mail</translation>
    </message>
    <message>
        <source>different addresses at the same organisation</source>
        <translation>indirizzi diversi nella stessa organizzazione</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>stesso telefono</translation>
    </message>
    <message>
        <source>same phone number, written differently</source>
        <translation>stesso numero, scritto diversamente</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>telefoni diversi</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>stesso nome in un’altra scrittura</translation>
    </message>
    <message>
        <source>initials match the name</source>
        <translation>le iniziali corrispondono al nome</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>stessa organizzazione</translation>
    </message>
    <message>
        <source>similar organisation</source>
        <translation>organizzazione simile</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>organizzazioni diverse</translation>
    </message>
    <message>
        <source>different countries</source>
        <translation>paesi diversi</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>stessa città</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>stesso indirizzo</translation>
    </message>
    <message>
        <source>different addresses</source>
        <translation>indirizzi diversi</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>stesso sito web</translation>
    </message>
    <message>
        <source>different websites</source>
        <translation>siti web diversi</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>un nome è parte dell&apos;altro</translation>
    </message>
    <message>
        <source>e-mail addresses one letter apart</source>
        <translation>indirizzi e-mail che differiscono per una lettera</translation>
    </message>
    <message>
        <source>name completed from the e-mail address</source>
        <translation>nome completato dall&apos;indirizzo e-mail</translation>
    </message>
    <message>
        <source>one is a department of the other</source>
        <translation>una è un dipartimento dell&apos;altra</translation>
    </message>
    <message>
        <source>same organisation named with its address</source>
        <translation>stessa organizzazione indicata con il suo indirizzo</translation>
    </message>
    <message>
        <source>same words in another order</source>
        <translation>stesse parole in altro ordine</translation>
    </message>
    <message>
        <source>same name in another script, spelt by ear</source>
        <translation>stesso nome in un’altra scrittura, trascritto a orecchio</translation>
    </message>
    <message>
        <source>names one letter apart</source>
        <translation>nomi che differiscono per una lettera</translation>
    </message>
    <message>
        <source>common name ({count} records)</source>
        <translation>nome comune ({count} schede)</translation>
    </message>
    <message>
        <source>similar name ({score}) in another script</source>
        <translation>nome simile ({score}) in un’altra scrittura</translation>
    </message>
    <message>
        <source>similar name ({score})</source>
        <translation>nome simile ({score})</translation>
    </message>
    <message>
        <source>somewhat similar name ({score})</source>
        <translation>nome abbastanza simile ({score})</translation>
    </message>
    <message>
        <source>different names ({score})</source>
        <translation>nomi diversi ({score})</translation>
    </message>
    <message>
        <source>similar address ({score})</source>
        <translation>indirizzo simile ({score})</translation>
    </message>
    <message>
        <source>same {network} id</source>
        <translation>stesso ID {network}</translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>No person with id {id}.</source>
        <extracomment>Statements that re-index the leads marked dirty, then merge the index&apos;s segments so the erased text leaves the FTS5 b-tree (not only its doclists) before the vacuum. Table -&gt; rows blanked (tombstoned or unlinked) there. Outbox entries, refused and quarantined sync rows, undo notes removed.</extracomment>
        <translation>Nessuna persona con id {id}.</translation>
    </message>
    <message>
        <source>Only a coordinator, or the company owning a private lead of this person, may erase them.</source>
        <translation>Solo un coordinatore, o l&apos;azienda proprietaria di un contatto privato di questa persona, può cancellarla.</translation>
    </message>
    <message>
        <source>This person was already erased on {date}.</source>
        <translation>Questa persona è già stata cancellata il {date}.</translation>
    </message>
    <message>
        <source>this person asked to be erased on {date}; not imported</source>
        <translation>questa persona ha chiesto di essere cancellata il {date}; non importata</translation>
    </message>
    <message>
        <source>Not sent: {reason}.</source>
        <translation>Non inviato: {reason}.</translation>
    </message>
</context>
<context>
    <name>feeds</name>
    <message>
        <source>the server gave no feed address</source>
        <translation>il server non ha fornito un indirizzo di feed</translation>
    </message>
</context>
<context>
    <name>funder_report</name>
    <message>
        <source>Outcomes of the missions</source>
        <translation>Risultati delle missioni</translation>
    </message>
    <message>
        <source>Com­panies</source>
        <extracomment>The headline figures, in the order funders read them. Columns of the per-cluster / per-country / per-mission tables, with their short headers.</extracomment>
        <translation>Im­pre­se</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Dele­ga­ti</translation>
    </message>
    <message>
        <source>Meetings re­quested</source>
        <translation>Incon­tri ri­chie­sti</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Incon­tri svolti</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Con­tatti</translation>
    </message>
    <message>
        <source>Lead rating</source>
        <translation>Valu­ta­zione con­tatti</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Follow-
up svolti</translation>
    </message>
    <message>
        <source>SME agree­ments</source>
        <translation>Accordi tra PMI</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Proto­colli d&apos;in­tesa</translation>
    </message>
    <message>
        <source>Conver­sion</source>
        <translation>Conver­sione</translation>
    </message>
    <message>
        <source>Mission and target country: a record belongs to the mission it was made on, and to that mission&apos;s target country. An agreement registered without a mission belongs to the mission of the first meeting or lead it came from; with neither, it counts only in the totals.</source>
        <translation>Missione e paese di destinazione: un record appartiene alla missione in cui è stato creato e al paese di destinazione di quella missione. Un accordo registrato senza missione appartiene alla missione del primo incontro o contatto da cui è nato; senza né l&apos;uno né l&apos;altro, conta solo nei totali.</translation>
    </message>
    <message>
        <source>Cluster: the cluster of origin of the delegation company involved (an SME&apos;s home cluster; the cluster itself for cluster staff and MoUs). An agreement counts for every cluster one of its parties belongs to, so per-cluster counts can add up to more than the total, where each agreement counts once.</source>
        <translation>Cluster: il cluster di origine dell&apos;impresa della delegazione coinvolta (il cluster di appartenenza di una PMI; il cluster stesso per il suo personale e per i protocolli d&apos;intesa). Un accordo conta per ogni cluster a cui appartiene una delle sue parti, quindi i valori per cluster possono sommare più del totale, in cui ogni accordo conta una volta.</translation>
    </message>
    <message>
        <source>Period: companies, delegates and meeting requests count by the mission&apos;s first day; meetings by the day they took place (local time); leads by the day they were captured; follow-ups by the day they were done, or fall due while open; signed agreements by their signature date, agreements in progress by the day they were registered.</source>
        <translation>Periodo: imprese, delegati e richieste di incontro contano in base al primo giorno della missione; gli incontri in base al giorno in cui si sono svolti (ora locale); i contatti in base al giorno in cui sono stati registrati; i follow-up in base al giorno in cui sono stati svolti o, se aperti, alla loro scadenza; gli accordi firmati in base alla data di firma, quelli in corso in base al giorno di registrazione.</translation>
    </message>
    <message>
        <source>Deleted records are never counted. Ratings run from 1 (cold) to 5 (very promising); averages and rates show &apos;–&apos; when there is nothing to divide.</source>
        <translation>I record eliminati non vengono mai contati. Le valutazioni vanno da 1 (freddo) a 5 (molto promettente); medie e tassi mostrano «–» quando non c&apos;è nulla da dividere.</translation>
    </message>
    <message>
        <source>Report to funders: delegations, meetings, leads, agreements and MoUs</source>
        <translation>Rapporto per i finanziatori: delegazioni, incontri, contatti, accordi e protocolli d&apos;intesa</translation>
    </message>
    <message>
        <source>Figures as of {today}</source>
        <translation>Dati al {today}</translation>
    </message>
    <message>
        <source>Funder report ({scope})</source>
        <translation>Rapporto per i finanziatori ({scope})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Dati principali</translation>
    </message>
    <message>
        <source>Over {n} missions ({filters}).</source>
        <translation>Su {n} missioni ({filters}).</translation>
    </message>
    <message>
        <source>Over 1 mission ({filters}).</source>
        <translation>Su 1 missione ({filters}).</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Tutti i dati</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Cosa conta</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Incontri: dalla richiesta all&apos;accordo</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Risultati per cluster</translation>
    </message>
    <message>
        <source>Signed agreements by kind, and lead ratings</source>
        <translation>Accordi firmati per tipo e valutazioni dei contatti</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per cluster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Per target country</source>
        <translation>Per paese di destinazione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Per missione</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>Nothing to report for this selection.</source>
        <translation>Niente da riportare per questa selezione.</translation>
    </message>
    <message>
        <source>A shared agreement counts for each cluster involved; the total row counts it once.</source>
        <translation>Un accordo condiviso conta per ogni cluster coinvolto; la riga del totale lo conta una volta.</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Accordi e protocolli d&apos;intesa</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title and parties</source>
        <translation>Titolo e parti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>MoU · </source>
        <translation>MoU · </translation>
    </message>
    <message>
        <source>No agreements or MoUs in this selection.</source>
        <translation>Nessun accordo o protocollo d&apos;intesa in questa selezione.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodologia</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definizioni</translation>
    </message>
    <message>
        <source>Follow-up outcomes: {outcomes}.</source>
        <translation>Esiti dei follow-up: {outcomes}.</translation>
    </message>
    <message>
        <source>Companies accompanied</source>
        <translation>Aziende accompagnate</translation>
    </message>
    <message>
        <source>{n} companies accompanied in {m} markets.</source>
        <translation>{n} aziende accompagnate in {m} mercati.</translation>
    </message>
    <message>
        <source>{n} companies attended {w} workshops at home.</source>
        <translation>{n} aziende hanno partecipato a {w} workshop in patria.</translation>
    </message>
    <message>
        <source>1 cooperation agreement with gateway partners.</source>
        <translation>1 accordo di cooperazione con partner gateway.</translation>
    </message>
    <message>
        <source>{n} cooperation agreements with gateway partners.</source>
        <translation>{n} accordi di cooperazione con partner gateway.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>A company counts once in the total, once per market (the mission&apos;s target country) and once per cluster (its home cluster, or else the mission&apos;s lead cluster). Workshops at home are counted apart.</source>
        <translation>Un&apos;azienda conta una volta nel totale, una volta per mercato (il paese di destinazione della missione) e una volta per cluster (il suo cluster di appartenenza, altrimenti il cluster capofila della missione). I workshop in patria sono contati a parte.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesti</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Pianificati</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolti</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Portati a un accordo</translation>
    </message>
    <message>
        <source>Leads rated 4–5</source>
        <translation>Contatti valutati 4–5</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Accordi tra PMI</translation>
    </message>
    <message>
        <source>No signed agreements in this selection.</source>
        <translation>Nessun accordo firmato in questa selezione.</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Contatti per valutazione (1 freddo – 5 molto promettente)</translation>
    </message>
    <message>
        <source>Total (each record once)</source>
        <translation>Totale (ogni record una volta)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: export to a .csv or .xlsx file</source>
        <translation>«{name}»: esporta in un file .csv o .xlsx</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
    <message>
        <source>By mission</source>
        <translation>Per missione</translation>
    </message>
    <message>
        <source>By cluster</source>
        <translation>Per cluster</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Per paese</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Tutti i mercati</translation>
    </message>
    <message>
        <source>Companies at workshops at home</source>
        <translation>Aziende ai workshop in patria</translation>
    </message>
    <message>
        <source>Cooperation agreements with gateway partners</source>
        <translation>Accordi di cooperazione con partner gateway</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>{where}: line {line} and possibly others are not valid UTF-8; the unreadable bytes were replaced by �</source>
        <extracomment>The domain part of every UID this application writes (RFC 5545 suggests ``id@domain``). UTC start of the occurrence this replaces, for occurrences of a repeating event. Events (occurrences) the file marks STATUS:CANCELLED: never live programme items, but a service may remove what an earlier import of the same UID created.</extracomment>
        <translation>{where}: la riga {line} e forse altre non sono UTF-8 valido; i byte illeggibili sono stati sostituiti con �</translation>
    </message>
    <message>
        <source>{where}: the file is empty</source>
        <translation>{where}: il file è vuoto</translation>
    </message>
    <message>
        <source>{where}: line {line}: not an iCalendar content line (NAME:VALUE): {text}</source>
        <translation>{where}: riga {line}: non è una riga di contenuto iCalendar (NAME:VALUE): {text}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where}: riga {line}: {name} fuori da un calendario; il file deve iniziare con BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{where}: line {line}: BEGIN:{component} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where}: riga {line}: BEGIN:{component} fuori da un calendario; il file deve iniziare con BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{where}: line {line}: a calendar nested inside the calendar begun at line {begun}</source>
        <translation>{where}: riga {line}: un calendario annidato nel calendario iniziato alla riga {begun}</translation>
    </message>
    <message>
        <source>{where}: line {line}: bad component name {name}</source>
        <translation>{where}: riga {line}: nome di componente non valido {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: END:{component} does not close BEGIN:{open} from line {begun}</source>
        <translation>{where}: riga {line}: END:{component} non chiude il BEGIN:{open} della riga {begun}</translation>
    </message>
    <message>
        <source>{where}: the file ends inside {component} begun at line {begun} (no END:{component}; is the file cut short?)</source>
        <translation>{where}: il file termina dentro {component}, iniziato alla riga {begun} (manca END:{component}; il file è troncato?)</translation>
    </message>
    <message>
        <source>{where}: no BEGIN:VCALENDAR found</source>
        <translation>{where}: nessun BEGIN:VCALENDAR trovato</translation>
    </message>
    <message>
        <source>{where}: {count} empty lines ignored (first at line {line}); iCalendar does not allow them, but other calendar programs read past them</source>
        <translation>{where}: {count} righe vuote ignorate (la prima alla riga {line}); iCalendar non le ammette, ma altri programmi di calendario le saltano</translation>
    </message>
    <message>
        <source>{where}: an empty TZID was used; its VTIMEZONE (if any) was applied as given</source>
        <translation>{where}: è stato usato un TZID vuoto; il suo VTIMEZONE (se presente) è stato applicato così com&apos;è</translation>
    </message>
    <message>
        <source>{where}: line {line}: blanks around the value of {names} were removed (a space before a value is not iCalendar, but other calendar programs accept it)</source>
        <extracomment>Properties whose values have a grammar without blanks: a space before or after one (as some exporters write &quot;DTSTART: 20240101T090000&quot;) is removed, with a warning.</extracomment>
        <translation>{where}: riga {line}: rimossi gli spazi intorno al valore di {names} (uno spazio prima di un valore non è conforme a iCalendar, ma altri programmi di calendario lo accettano)</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} {value} is not in UTC as iCalendar requires; accepted, it does not change the programme</source>
        <translation>{where}: riga {line}: {name} {value} non è in UTC come richiede iCalendar; accettato, non modifica il programma</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} is written with blanks or quotes around its name; read as {name}</source>
        <translation>{where}: riga {line}: il fuso orario {tzid} è scritto con spazi o virgolette intorno al nome; letto come {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: VERSION:{version} is the old vCalendar format, which is not supported; export the calendar as iCalendar 2.0</source>
        <translation>{where}: riga {line}: VERSION:{version} è il vecchio formato vCalendar, che non è supportato; esporta il calendario come iCalendar 2.0</translation>
    </message>
    <message>
        <source>{where}: line {line}: unsupported iCalendar VERSION {version}</source>
        <translation>{where}: riga {line}: VERSION di iCalendar non supportata {version}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a UTC date-time like 20240101T120000Z, got {value}</source>
        <translation>{where}: riga {line}: {name} deve essere una data e ora UTC come 20240101T120000Z, trovato: {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be an address such as mailto:name@example.org (no spaces), got {value}</source>
        <translation>{where}: riga {line}: {name} deve essere un indirizzo come mailto:name@example.org (senza spazi), trovato: {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: GEO must be &apos;latitude;longitude&apos;, got {value}</source>
        <translation>{where}: riga {line}: GEO deve essere «latitudine;longitudine», trovato: {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} has an empty or malformed value {value}</source>
        <translation>{where}: riga {line}: {name} ha un valore vuoto o malformato {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a whole number, got {value}</source>
        <translation>{where}: riga {line}: {name} deve essere un numero intero, trovato: {value}</translation>
    </message>
    <message>
        <source>{where}: time zone {tzid} is not an IANA zone; times were converted to UTC with the file&apos;s own definition and will be shown in {zone}</source>
        <translation>{where}: il fuso orario {tzid} non è un fuso IANA; gli orari sono stati convertiti in UTC con la definizione del file e saranno mostrati in {zone}</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no PRODID</source>
        <translation>{where}: il calendario {number} non ha PRODID</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no VERSION; read as 2.0</source>
        <translation>{where}: il calendario {number} non ha VERSION; letto come 2.0</translation>
    </message>
    <message>
        <source>VEVENT without DTSTART</source>
        <translation>VEVENT senza DTSTART</translation>
    </message>
    <message>
        <source>{where}: {count} event(s) have no DTSTART, so they cannot be placed in time (RFC 5545 requires DTSTART when the calendar has no METHOD)</source>
        <translation>{where}: {count} evento/i senza DTSTART non possono essere collocati nel tempo (la RFC 5545 richiede DTSTART quando il calendario non ha METHOD)</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) ({shown}), but no occurrence {between}; nothing to import</source>
        <translation>{where}: {count} evento/i ricorrente/i ({shown}), ma nessuna occorrenza {between}; niente da importare</translation>
    </message>
    <message>
        <source>{where}: repeating event(s) {shown} have no occurrence {between}; not imported</source>
        <translation>{where}: gli eventi ricorrenti {shown} non hanno occorrenze {between}; non importati</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>{where}: a readable calendar, but it holds no dated events (VEVENT with DTSTART) to import as a programme; it contains {kinds}</source>
        <translation>{where}: un calendario leggibile, ma senza eventi datati (VEVENT con DTSTART) da importare come programma; contiene {kinds}</translation>
    </message>
    <message>
        <source>{where}: ignored what is not a dated event: {kinds}</source>
        <translation>{where}: ignorato ciò che non è un evento datato: {kinds}</translation>
    </message>
    <message>
        <source>at all (every date is excluded)</source>
        <extracomment>Titles of repeating events with no occurrence in the window. (UID, occurrence) -&gt; +1 when its last version in the file is live, -1 when cancelled.</extracomment>
        <translation>(tutte le date sono escluse)</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>tra {first} e {last}</translation>
    </message>
    <message>
        <source>{where}: {count} repeated version(s) of the same event (same UID) were replaced by the last one in the file</source>
        <translation>{where}: {count} versione/i ripetuta/e dello stesso evento (stesso UID) sono state sostituite dall&apos;ultima del file</translation>
    </message>
    <message>
        <source>{message} (line {line}, {name})</source>
        <translation>{message} (riga {line}, {name})</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} uses time zone {tzid}, which the file does not define (no VTIMEZONE) and which is not an IANA zone name</source>
        <translation>{where}: riga {line}: {name} usa il fuso orario {tzid}, che il file non definisce (nessun VTIMEZONE) e che non è un nome di fuso IANA</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} has no VTIMEZONE in the file; used the IANA zone of that name</source>
        <translation>{where}: riga {line}: il fuso orario {tzid} non ha VTIMEZONE nel file; è stato usato il fuso IANA con quel nome</translation>
    </message>
    <message>
        <source>{where}: line {line}: {component}: {name}: {error}</source>
        <translation>{where}: riga {line}: {component}: {name}: {error}</translation>
    </message>
    <message>
        <source>{where}: {component}: a line: {error}</source>
        <translation>{where}: {component}: una riga: {error}</translation>
    </message>
    <message>
        <source>{where}: line {line}</source>
        <translation>{where}: riga {line}</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file defines time zone {tzid} for; used the IANA rules</source>
        <translation>{where}: {name} {when} è anteriore alla prima data per cui il file definisce il fuso orario {tzid}; sono state usate le regole IANA</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file&apos;s time zone {tzid} is defined for ({first}), so its UTC time is unknown</source>
        <translation>{where}: {name} {when} è anteriore alla prima data per cui è definito il fuso orario {tzid} del file ({first}), quindi l&apos;ora UTC è sconosciuta</translation>
    </message>
    <message>
        <source>{where}: X-WR-TIMEZONE {zone} is not an IANA zone; ignored</source>
        <translation>{where}: X-WR-TIMEZONE {zone} non è un fuso IANA; ignorato</translation>
    </message>
    <message>
        <source>{where}: event {title} has no UID; derived one</source>
        <translation>{where}: l&apos;evento {title} non ha UID; ne è stato derivato uno</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>Lettura degli eventi</translation>
    </message>
    <message>
        <source>{where}: {event}: RANGE=THISANDFUTURE is applied to one occurrence only</source>
        <translation>{where}: {event}: RANGE=THISANDFUTURE viene applicato a una sola occorrenza</translation>
    </message>
    <message>
        <source>{where}: {event} is cancelled (STATUS:CANCELLED); not imported as a programme item</source>
        <translation>{where}: {event} è annullato (STATUS:CANCELLED); non importato come voce del programma</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond the import window and were imported only within it ({shown})</source>
        <translation>{where}: {count} evento/i ricorrente/i prosegue/ono oltre il periodo di importazione ed è/sono stato/i importato/i solo al suo interno ({shown})</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond one year from their first date and were imported only within it ({shown})</source>
        <translation>{where}: {count} evento/i ricorrente/i prosegue/ono oltre un anno dalla prima data ed è/sono stato/i importato/i solo entro quell&apos;anno ({shown})</translation>
    </message>
    <message>
        <source>event {number} ({title})</source>
        <translation>evento {number} ({title})</translation>
    </message>
    <message>
        <source>event {number}</source>
        <translation>evento {number}</translation>
    </message>
    <message>
        <source>{where}: {event} has no DTSTART, so it cannot be placed in time</source>
        <translation>{where}: {event} non ha DTSTART, quindi non può essere collocato nel tempo</translation>
    </message>
    <message>
        <source>{where}: {event}: DTSTART and DTEND must both be dates or both be date-times</source>
        <translation>{where}: {event}: DTSTART e DTEND devono essere entrambi date o entrambi date con ora</translation>
    </message>
    <message>
        <source>{where}: {event} ends before it starts</source>
        <translation>{where}: {event} finisce prima di iniziare</translation>
    </message>
    <message>
        <source>{where}: {event}: bad RRULE: {error}</source>
        <translation>{where}: {event}: RRULE non valida: {error}</translation>
    </message>
</context>
<context>
    <name>journey</name>
    <message>
        <source>Laying out the journey</source>
        <translation>Impaginazione del percorso</translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Cluster di appartenenza: {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} missioni in {c} paesi, {years}</translation>
    </message>
    <message>
        <source>{name} — Journey</source>
        <translation>{name} — Percorso</translation>
    </message>
    <message>
        <source>Journey across missions</source>
        <translation>Percorso attraverso le missioni</translation>
    </message>
    <message>
        <source>Missions, meetings, leads and agreements</source>
        <translation>Missioni, incontri, contatti e accordi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Dele­ga­ti</translation>
    </message>
    <message>
        <source>Meet­ings</source>
        <translation>Incon­tri</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Con­tatti</translation>
    </message>
    <message>
        <source>Agree­ments</source>
        <translation>Ac­cordi</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Follow-
up svolti</translation>
    </message>
    <message>
        <source>Not on any mission yet.</source>
        <translation>Non ancora in nessuna missione.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo professionale</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Ancora nessuno registrato.</translation>
    </message>
    <message>
        <source>Gateway partner of</source>
        <translation>Partner gateway di</translation>
    </message>
    <message>
        <source>Other agreements</source>
        <translation>Altri accordi</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>cluster capofila {name}</translation>
    </message>
    <message>
        <source>Delegates: {names}</source>
        <translation>Delegati: {names}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>kpis</name>
    <message>
        <source>all dates</source>
        <extracomment>The legal basis the lead is kept on: &quot;consent&quot;, &quot;legitimate_interest&quot; or None (missing).</extracomment>
        <translation>tutte le date</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: write 2026-01-01..2026-12-31 or 2026</source>
        <translation>«{text}» non è un periodo: scrivi 2026-01-01..2026-12-31 o 2026</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: dates are written YYYY-MM-DD</source>
        <translation>«{text}» non è un periodo: le date si scrivono AAAA-MM-GG</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>il periodo finisce ({end}) prima di iniziare ({start})</translation>
    </message>
</context>
<context>
    <name>leads</name>
    <message>
        <source>No legal basis {days} days after capture: record consent or legitimate interest, or erase the person</source>
        <extracomment>Who receives a lead when syncing, in the delegate&apos;s words. GDPR bases a lead may be kept on. The basis an import gives its whole batch (&quot;none&quot;: every lead is marked consent missing). Why a lead is due for review (retention), in the coordinator&apos;s words.</extracomment>
        <translation>Nessuna base giuridica {days} giorni dopo la registrazione: registra il consenso o l&apos;interesse legittimo, oppure cancella la persona</translation>
    </message>
    <message>
        <source>No activity (edit, follow-up, meeting) for {months} months: erase the person, or edit the lead if it is still needed</source>
        <translation>Nessuna attività (modifica, follow-up, incontro) da {months} mesi: cancella la persona, oppure modifica il contatto se serve ancora</translation>
    </message>
    <message>
        <source>Choose a mission to share a lead with its delegation.</source>
        <extracomment>Where a lead came from. badge: an attendee list&apos;s row; card: a business card&apos;s photo read by OCR. Messaging networks the quick form asks for, in this order. Phones kept exactly as typed until a person confirms their country (they could be read in two countries, see core.phones.read_phone); validation never rewrites them. Countries the card points to (its address, e-mail domains): numbers are also tried there. The card the lead was read from (None when typed): what the lead&apos;s fields cannot hold (structured name, types, addresses, birthday, kept properties ...) is stored with the person and written back on export; see :func:`card_for_lead`. The batch of the whole import run, for &quot;undo this import&quot; (None: nothing changed). Leads of this file (imported or updated) that have no legal basis after the import.</extracomment>
        <translation>Scegli una missione per condividere un contatto con la sua delegazione.</translation>
    </message>
    <message>
        <source>The organisation&apos;s card (KIND:org) has no name.</source>
        <translation>La scheda dell&apos;organizzazione (KIND:org) non ha un nome.</translation>
    </message>
    <message>
        <source>The card has no name (no FN or N): it is not imported under its e-mail or company; add the name to the card and import it again.</source>
        <translation>La scheda non ha un nome (né FN né N): non viene importata con l&apos;e-mail o l&apos;azienda; aggiungere il nome alla scheda e importarla di nuovo.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indica il nome della persona.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Il nome è troppo lungo (al massimo 300 caratteri).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«{email}» non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source> (read as a number in {where})</source>
        <translation> (letto come numero di {where})</translation>
    </message>
    <message>
        <source>{problem}{hint}.</source>
        <translation>{problem}{hint}.</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network.</source>
        <translation>«{network}» non è una rete di messaggistica.</translation>
    </message>
    <message>
        <source>{network}: {problem}.</source>
        <translation>{network}: {problem}.</translation>
    </message>
    <message>
        <source>Rate the interest from 1 to 5.</source>
        <translation>Valuta l&apos;interesse da 1 a 5.</translation>
    </message>
    <message>
        <source>&apos;{visibility}&apos; is not a visibility.</source>
        <translation>«{visibility}» non è una visibilità.</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a lead source.</source>
        <translation>«{source}» non è una fonte di contatto.</translation>
    </message>
    <message>
        <source>&apos;{consent_basis}&apos; is not a GDPR basis.</source>
        <translation>«{consent_basis}» non è una base GDPR.</translation>
    </message>
    <message>
        <source>The privacy policy asks for a legal basis: choose consent once the person agreed to the wording shown, or legitimate interest.</source>
        <translation>L&apos;informativa sulla privacy richiede una base giuridica: scegli il consenso quando la persona ha accettato il testo mostrato, oppure l&apos;interesse legittimo.</translation>
    </message>
    <message>
        <source>A LinkedIn profile is a link or a name, no spaces.</source>
        <translation>Un profilo LinkedIn è un link o un nome, senza spazi.</translation>
    </message>
    <message>
        <source>The next action is too long (300 at most).</source>
        <translation>La prossima azione è troppo lunga (al massimo 300).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type 2026-12-01, +3 (days), 2w or tomorrow.</source>
        <extracomment>Words for days from today in the five languages of the app, accents folded (&quot;mañana&quot;). &quot;+3&quot;, &quot;3d&quot;, &quot;2w&quot; and their words: Tage/jours/días/giorni, Wochen/semaines/semanas/settimane.</extracomment>
        <translation>«{text}» non è una data: scrivi 2026-12-01, +3 (giorni), 2w o tomorrow.</translation>
    </message>
    <message>
        <source>phone &apos;{phone}&apos; is not a valid number: it is not among the lead&apos;s phones, but is kept on the card and written back on export</source>
        <translation>il telefono «{phone}» non è un numero valido: non è tra i telefoni del contatto, ma resta nella scheda e viene riscritto all&apos;esportazione</translation>
    </message>
    <message>
        <source>e-mail &apos;{email}&apos; is not an e-mail address: it is not among the lead&apos;s e-mails, but is kept on the card and written back on export</source>
        <translation>l&apos;e-mail «{email}» non è un indirizzo e-mail: non è tra le e-mail del contatto, ma resta nella scheda e viene riscritta all&apos;esportazione</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: {problem}</source>
        <translation>l&apos;ID {network} «{id}» resta nella scheda e viene riscritto all&apos;esportazione, ma non è tra gli ID del contatto: {problem}</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: a lead keeps one id per network</source>
        <translation>l&apos;ID {network} «{id}» resta nella scheda e viene riscritto all&apos;esportazione, ma non è tra gli ID del contatto: un contatto ha un ID per rete</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters: the lead shows the first {limit}; the card keeps it whole for export</source>
        <translation>il campo {what} supera i {limit} caratteri: il contatto ne mostra i primi {limit}; la scheda lo conserva intero per l&apos;esportazione</translation>
    </message>
    <message>
        <source>the photo is a link ({uri}): it is not downloaded, but the link is kept and written back on export</source>
        <translation>la foto è un link ({uri}): non viene scaricata, ma il link è conservato e riscritto all&apos;esportazione</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network</source>
        <translation>«{network}» non è una rete di messaggistica</translation>
    </message>
    <message>
        <source>shares the mailbox {email} with {name}, which names no one person: imported as a new lead</source>
        <extracomment>Files a folder import picks up. Most results a search returns (a person types more to narrow it down). Columns of the CSV and XLSX exports. A lead (aliased ``l``) without a live consent record: no legal basis. Re-index the leads the triggers marked (migration 0004), in the caller&apos;s transaction. Leads a new card is said to resemble, at most (the rest are counted).</extracomment>
        <translation>condivide con {name} la casella {email}, che non appartiene a una persona precisa: importato come nuovo contatto</translation>
    </message>
    <message>
        <source>shares the e-mail {email} with {name} under another name: imported as a new lead</source>
        <translation>condivide l&apos;e-mail {email} con {name} con un altro nome: importato come nuovo contatto</translation>
    </message>
    <message>
        <source>shares the phone {phone} with {name}; a phone alone does not identify a person: imported as a new lead</source>
        <translation>condivide il telefono {phone} con {name}; un telefono da solo non identifica una persona: importato come nuovo contatto</translation>
    </message>
    <message>
        <source>resembles {n} more leads the same way</source>
        <translation>somiglia allo stesso modo ad altri {n} contatti</translation>
    </message>
    <message>
        <source>That mission does not exist.</source>
        <translation>Questa missione non esiste.</translation>
    </message>
    <message>
        <source>That organisation no longer exists; type its name.</source>
        <translation>Questa organizzazione non esiste più; scrivi il suo nome.</translation>
    </message>
    <message>
        <source>That meeting does not exist.</source>
        <translation>Questo incontro non esiste.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>digitato</translation>
    </message>
    <message>
        <source>from a vCard</source>
        <translation>da una vCard</translation>
    </message>
    <message>
        <source>from a QR code</source>
        <translation>da un codice QR</translation>
    </message>
    <message>
        <source>from a spreadsheet</source>
        <translation>da un foglio di calcolo</translation>
    </message>
    <message>
        <source>last change received by sync</source>
        <translation>ultima modifica ricevuta dalla sincronizzazione</translation>
    </message>
    <message>
        <source>{basis}, wording {version}</source>
        <translation>{basis}, testo {version}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>revocato</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>scadenza {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>senza scadenza</translation>
    </message>
    <message>
        <source>{label} (batch {id})</source>
        <translation>{label} (importazione {id})</translation>
    </message>
    <message>
        <source>, undone on {when}</source>
        <translation>, annullato il {when}</translation>
    </message>
    <message>
        <source>&apos;{basis}&apos; is not a legal basis: consent, legitimate_interest or none.</source>
        <translation>«{basis}» non è una base giuridica: consent, legitimate_interest o none.</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card (written back on export) but not among the lead&apos;s ids: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>l&apos;ID {network} «{id}» resta nella scheda (riscritto all&apos;esportazione) ma non è tra gli ID del contatto: il contatto mantiene «{kept}» (un ID per rete)</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; left out: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>ID {network} «{id}» escluso: il contatto mantiene «{kept}» (un ID per rete)</translation>
    </message>
    <message>
        <source>Imported from no file</source>
        <extracomment>The file says who sees the lead (a spreadsheet&apos;s &quot;visibility&quot; column).</extracomment>
        <translation>Importato senza file</translation>
    </message>
    <message>
        <source>Imported from {files}</source>
        <translation>Importato da {files}</translation>
    </message>
    <message>
        <source>Imported from {files} and {n} more files</source>
        <translation>Importato da {files} e altri {n} file</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>How the edit history names a changed field (translated when the history is read).</extracomment>
        <translation>nome</translation>
    </message>
    <message>
        <source>romanised name</source>
        <translation>nome traslitterato</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>telefoni</translation>
    </message>
    <message>
        <source>messaging ids</source>
        <translation>ID di messaggistica</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>interesse</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etichette</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>prossima azione</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>missione</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>incontro</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilità</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>UID vCard</translation>
    </message>
    <message>
        <source>{name}: card {card} (line {line})</source>
        <extracomment>The region phones without a country code are read in (the mission&apos;s country). The batch recorded for this run once it is committed (None: nothing changed). The legal basis recorded for the batch&apos;s leads (None: consent missing). Erasure records: a card of an erased person is listed and skipped, never imported.</extracomment>
        <translation>{name}: scheda {card} (riga {line})</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <extracomment>Files a folder import picks up.</extracomment>
        <translation>Importazione di {name}</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read: {reason}</source>
        <translation>{name}: impossibile leggere il file: {reason}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>{name}: row {row}</source>
        <extracomment>Files read as lead tables (the columns of the leads export) rather than vCards. Export columns an import does not read back: where and when it was captured, and consent (a file cannot prove consent; a person records it). Other names of the import&apos;s columns: spreadsheets typed by people, in the app&apos;s languages, and the contact exports of mail programs (Outlook, Google, Apple), keyed by the header folded to ASCII letters and digits (&quot;E-mail Address&quot; -&gt; &quot;emailaddress&quot;). Several columns may fill ``emails`` or ``phones`` (work, home, mobile); the other fields take the first non-empty. Columns whose values add up (several e-mail or phone columns of one contact export).</extracomment>
        <translation>{name}: riga {row}</translation>
    </message>
    <message>
        <source>{name}: columns not read: {columns}</source>
        <translation>{name}: colonne non lette: {columns}</translation>
    </message>
    <message>
        <source>{where}: the rating &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>{where}: la valutazione «{value}» non è un numero da 1 a 5</translation>
    </message>
    <message>
        <source>{where}: the due date &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>{where}: la scadenza «{value}» non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>&apos;{fmt}&apos; is not vcf, csv or xlsx.</source>
        <translation>«{fmt}» non è vcf, csv o xlsx.</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>private capture</source>
        <translation>raccolta privata</translation>
    </message>
    <message>
        <source>The record to keep must be one of the group.</source>
        <extracomment>How many leads, meetings, roster entries and other records point at it. Member ids whose value may not go into the survivor (narrower scope than the survivor). field -&gt; member id (take that member&apos;s value) or COMBINED; missing fields: the default.</extracomment>
        <translation>Il record da conservare deve far parte del gruppo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of a {kind}.</source>
        <translation>«{name}» non è un campo di {kind}.</translation>
    </message>
    <message>
        <source>Only lists (e-mails, phones…) can be combined.</source>
        <translation>Solo gli elenchi (e-mail, telefoni…) possono essere combinati.</translation>
    </message>
    <message>
        <source>Take &apos;{name}&apos; from a record of the group.</source>
        <translation>Prendi «{name}» da un record del gruppo.</translation>
    </message>
    <message>
        <source>no candidate group {group_id} (already merged, marked not a duplicate, or its records changed: list the candidates again)</source>
        <extracomment>Rows that decide who sees a mission: only leaders and coordinators may write them. The data version (:meth:`Database.data_version`) the cached search was made at.</extracomment>
        <translation>nessun gruppo candidato {group_id} (già unito, segnato come non duplicato o le sue schede sono cambiate: elencare di nuovo i candidati)</translation>
    </message>
    <message>
        <source>these records changed since the list was made: list the candidates again</source>
        <translation>queste schede sono cambiate da quando è stato creato l’elenco: elencare di nuovo i candidati</translation>
    </message>
    <message>
        <source>Only a coordinator can merge records or undo merges.</source>
        <translation>Solo un coordinatore può unire schede o annullare unioni.</translation>
    </message>
    <message>
        <source>Keep the record everyone can see (the shared one): a private capture cannot absorb a shared record.</source>
        <translation>Mantenere la scheda che tutti vedono (quella condivisa): una raccolta privata non può assorbire una scheda condivisa.</translation>
    </message>
    <message>
        <source>These records belong to scopes that may not be merged.</source>
        <translation>Queste schede appartengono ad ambiti che non possono essere uniti.</translation>
    </message>
    <message>
        <source>This value was captured privately by one company; a merge cannot publish it in the shared record.</source>
        <translation>Questo valore è stato raccolto in privato da un’azienda; un’unione non può pubblicarlo nella scheda condivisa.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Questa unione è già stata annullata.</translation>
    </message>
    <message>
        <source>no merge with id {merge_id}</source>
        <translation>nessuna unione con ID {merge_id}</translation>
    </message>
    <message>
        <source>Choose a score between 0.50 and 1.00, or switch it off.</source>
        <translation>Scegliere un punteggio tra 0,50 e 1,00, oppure disattivarlo.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Unione dei duplicati</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Link tables where one parent lists a person or organisation once: (table, parent column). What the merge queue reads of each member (:meth:`MergeService._views`).</extracomment>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un altro utente</translation>
    </message>
</context>
<context>
    <name>organisations</name>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Dai un nome all&apos;organizzazione.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Il nome è troppo lungo (al massimo 300 caratteri).</translation>
    </message>
    <message>
        <source>The name in its own script is too long (300 characters at most).</source>
        <translation>Il nome nella scrittura originale è troppo lungo (al massimo 300 caratteri).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of organisation ({allowed}).</source>
        <translation>«{kind}» non è un tipo di organizzazione ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country: give its ISO code (JP) or its English name.</source>
        <translation>«{country}» non è un paese: indica il suo codice ISO (JP) o il suo nome inglese.</translation>
    </message>
    <message>
        <source>The city is too long (120 characters at most).</source>
        <translation>La città è troppo lunga (al massimo 120 caratteri).</translation>
    </message>
    <message>
        <source>A web address has no spaces.</source>
        <translation>Un indirizzo web non contiene spazi.</translation>
    </message>
    <message>
        <source>The web address is too long (300 characters at most).</source>
        <translation>L&apos;indirizzo web è troppo lungo (al massimo 300 caratteri).</translation>
    </message>
    <message>
        <source>A cluster has no home cluster; leave it empty.</source>
        <translation>Un cluster non ha un cluster di appartenenza; lascia vuoto il campo.</translation>
    </message>
    <message>
        <source>Choose a cluster as home cluster.</source>
        <translation>Scegli un cluster come cluster di appartenenza.</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>nessuna organizzazione con id {id}</translation>
    </message>
    <message>
        <source>{n} organisations match &apos;{what}&apos;: give the id</source>
        <translation>{n} organizzazioni corrispondono a «{what}»: indica l&apos;id</translation>
    </message>
    <message>
        <source>no organisation matches &apos;{what}&apos;</source>
        <translation>nessuna organizzazione corrisponde a «{what}»</translation>
    </message>
    <message>
        <source>An organisation is not its own home cluster.</source>
        <translation>Un&apos;organizzazione non è il proprio cluster di appartenenza.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>nessuna missione con id {id}</translation>
    </message>
    <message>
        <source>{name} is not a gateway partner, foreign cluster or agency: change its kind in the directory first.</source>
        <translation>{name} non è un partner gateway, un cluster estero o un&apos;agenzia: cambiane prima il tipo nella rubrica.</translation>
    </message>
    <message>
        <source>that organisation is not a partner of this mission</source>
        <translation>quell&apos;organizzazione non è partner di questa missione</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>Give the agreement a title.</source>
        <extracomment>Kinds that are cluster-level agreements with foreign partners (reported as &quot;MoUs&quot;). Statuses of an agreement that was signed (counted as an agreement in the KPIs). Statuses of an agreement still being worked on. Days after the meeting when each follow-up falls due. Largest document kept in the database; it is synced to every laptop of the scope.</extracomment>
        <translation>Dai un titolo all&apos;accordo.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Il titolo è troppo lungo (al massimo 300 caratteri).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not an agreement kind ({allowed}).</source>
        <translation>«{kind}» non è un tipo di accordo ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status ({allowed}).</source>
        <translation>«{status}» non è uno stato ({allowed}).</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>Un accordo firmato richiede la data di firma.</translation>
    </message>
    <message>
        <source>A draft or an agreement in negotiation has no signature date yet; clear the date or set the status to Signed.</source>
        <translation>Una bozza o un accordo in negoziazione non ha ancora una data di firma; cancella la data o imposta lo stato su Firmato.</translation>
    </message>
    <message>
        <source>The signature date ({signed_on}) is in the future.</source>
        <translation>La data di firma ({signed_on}) è nel futuro.</translation>
    </message>
    <message>
        <source>The signature date is too far back; check the year.</source>
        <translation>La data di firma è troppo lontana; controlla l&apos;anno.</translation>
    </message>
    <message>
        <source>The same organisation is listed twice as a party.</source>
        <translation>La stessa organizzazione compare due volte come parte.</translation>
    </message>
    <message>
        <source>Name at least one party (an organisation).</source>
        <translation>Indica almeno una parte (un&apos;organizzazione).</translation>
    </message>
    <message>
        <source>A signed agreement has at least two parties.</source>
        <translation>Un accordo firmato ha almeno due parti.</translation>
    </message>
    <message>
        <source>The document has no file name.</source>
        <translation>Il documento non ha un nome di file.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; choose the signed document.</source>
        <translation>«{name}» è vuoto; scegli il documento firmato.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; documents up to {limit} MB can be attached, because they are copied to every laptop of the delegation. Attach a smaller PDF (scan at a lower resolution or compress it), or keep it on a shared drive and note where in the agreement.</source>
        <translation>«{name}» pesa {size:.1f} MB; si possono allegare documenti fino a {limit} MB, perché vengono copiati su ogni portatile della delegazione. Allega un PDF più leggero (scansionato a risoluzione più bassa o compresso), oppure tienilo su un&apos;unità condivisa e annota dove nell&apos;accordo.</translation>
    </message>
    <message>
        <source>Rate from {low} (cold) to {high} (very promising).</source>
        <translation>Valuta da {low} (freddo) a {high} (molto promettente).</translation>
    </message>
    <message>
        <source>Choose what came of it ({allowed}).</source>
        <translation>Scegli cosa ne è venuto fuori ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not a meeting outcome ({allowed}).</source>
        <translation>«{outcome}» non è un esito di incontro ({allowed}).</translation>
    </message>
    <message>
        <source>Only a meeting that was held can be rated.</source>
        <translation>Solo un incontro che si è svolto può essere valutato.</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is damaged (its checksum does not match); attach it again.</source>
        <translation>«{filename}» è danneggiato (il checksum non corrisponde); allegalo di nuovo.</translation>
    </message>
    <message>
        <source>This meeting starts on {when}: it cannot be recorded as held or as a no-show before then.</source>
        <extracomment>Outcomes that say the meeting&apos;s time has come: refused before it starts.</extracomment>
        <translation>Questo incontro inizia il {when}: non può essere registrato come svolto o come assenza prima di allora.</translation>
    </message>
    <message>
        <source>Choose a mission that exists.</source>
        <translation>Scegli una missione esistente.</translation>
    </message>
    <message>
        <source>A party is not a known organisation.</source>
        <translation>Una parte non è un&apos;organizzazione nota.</translation>
    </message>
    <message>
        <source>A linked meeting no longer exists.</source>
        <translation>Un incontro collegato non esiste più.</translation>
    </message>
    <message>
        <source>A linked lead no longer exists.</source>
        <translation>Un contatto collegato non esiste più.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Laying out the booklet</source>
        <translation>Impaginazione del libretto</translation>
    </message>
    <message>
        <source>{c} companies · {d} delegates</source>
        <translation>{c} aziende · {d} delegati</translation>
    </message>
    <message>
        <source>Lead cluster: {name}</source>
        <translation>Cluster capofila: {name}</translation>
    </message>
    <message>
        <source>{name} — Roster booklet</source>
        <translation>{name} — Libretto della delegazione</translation>
    </message>
    <message>
        <source>Delegation roster</source>
        <translation>Elenco della delegazione</translation>
    </message>
    <message>
        <source>{kind} · Delegation roster</source>
        <translation>{kind} · Elenco della delegazione</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegati</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Orari locali di {zone}.</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source>Organisation · role</source>
        <translation>Organizzazione · ruolo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Esigenze</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Alimentazione</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Gateway partners</source>
        <translation>Partner gateway</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Sectors: {tags}</source>
        <translation>Settori: {tags}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>No profile given yet.</source>
        <translation>Nessun profilo ancora.</translation>
    </message>
    <message>
        <source>No delegate registered yet.</source>
        <translation>Ancora nessun delegato iscritto.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Voli</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to.</source>
        <translation>Non è possibile scrivere nella cartella {folder}.</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Pagina {n}</translation>
    </message>
    <message>
        <source>Generated {when:%Y-%m-%d %H:%M} UTC · {author}</source>
        <translation>Generato il {when:%Y-%m-%d %H:%M} UTC · {author}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Pagina {number} di {total}</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>an unknown country</source>
        <extracomment>Networks the lead form offers, and whether their ids are phone numbers.</extracomment>
        <translation>un paese sconosciuto</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not start with a known country code</source>
        <translation>«{raw}» non inizia con un prefisso internazionale noto</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a phone number</source>
        <translation>«{raw}» non è un numero di telefono</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix</source>
        <translation>«{raw}» è troppo corto dopo il prefisso internazionale</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short</source>
        <translation>«{raw}» è troppo corto</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long</source>
        <translation>«{raw}» è troppo lungo</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix for {country}</source>
        <extracomment>The same, when the default country is known (only for the length problems).</extracomment>
        <translation>«{raw}» è troppo corto dopo il prefisso internazionale per {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short for {country}</source>
        <translation>«{raw}» è troppo corto per {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long for {country}</source>
        <translation>«{raw}» è troppo lungo per {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has the wrong number of digits for {country}</source>
        <translation>«{raw}» non ha il numero di cifre giusto per {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is a local number in {country}; add the area code</source>
        <translation>«{raw}» è un numero locale di {country}; aggiungi il prefisso</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>il numero di telefono è vuoto</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a country code phone numbers are known for</source>
        <translation>«{code}» non è un codice paese noto per i numeri di telefono</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no country code (+..) and no default country was given</source>
        <translation>«{raw}» non ha un prefisso internazionale (+..) e non è stato indicato un paese predefinito</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; cannot be read</source>
        <translation>«{raw}» non si può leggere</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a possible number in {country}</source>
        <translation>«{raw}» non è un numero possibile per {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a valid number for {country}</source>
        <translation>«{raw}» non è un numero valido per {country}</translation>
    </message>
    <message>
        <source>the {network} id is empty</source>
        <translation>l&apos;ID {network} è vuoto</translation>
    </message>
    <message>
        <source>a mobile number in {country}, {number}</source>
        <extracomment>Countries whose numbers turn up together on cards (neighbours, one trade area); a number typed without a country code is also tried in the other countries of its mission&apos;s area. Countries whose cards turn up on any mission: tried as well when a number is not valid in the mission&apos;s country at all (then there is no reading to protect from false alarms). At most this many readings are offered for a number invalid in the mission&apos;s country.</extracomment>
        <translation>un numero di cellulare in {country}, {number}</translation>
    </message>
    <message>
        <source>a landline in {country}, {number}</source>
        <translation>un numero fisso in {country}, {number}</translation>
    </message>
    <message>
        <source>a number in {country}, {number}</source>
        <translation>un numero in {country}, {number}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{typed}: not a valid number in {country}, but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed}: non è un numero valido in {country}, ma sembra {others}; mantenuto come digitato, da confermare sul contatto</translation>
    </message>
    <message>
        <source>{typed}: read as {reading} ({country}), but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed}: letto come {reading} ({country}), ma sembra {others}; mantenuto come digitato, da confermare sul contatto</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>no person with id {ids}</source>
        <extracomment>How a lead&apos;s ``source`` reads in the export. Columns left out of every record: bookkeeping with nothing about the person. Bookkeeping column names said in words.</extracomment>
        <translation>nessuna persona con id {ids}</translation>
    </message>
    <message>
        <source>Everything held about {name} on this laptop, on {when} (UTC).</source>
        <translation>Tutto ciò che è conservato su {name} in questo portatile, al {when} (UTC).</translation>
    </message>
    <message>
        <source>Records: {counts}.</source>
        <translation>Record: {counts}.</translation>
    </message>
    <message>
        <source>Each record says where it came from (typed, vCard import, QR code, spreadsheet, sync), when and by whom. Dates are ISO 8601, in UTC unless a time zone is named.</source>
        <translation>Ogni record indica da dove proviene (digitato, importazione vCard, codice QR, foglio di calcolo, sincronizzazione), quando e da chi. Le date sono in ISO 8601, in UTC salvo dove è indicato un fuso orario.</translation>
    </message>
    <message>
        <source>no person with the e-mail, phone or id &apos;{query}&apos; on this laptop</source>
        <translation>nessuna persona con e-mail, telefono o id «{query}» in questo portatile</translation>
    </message>
</context>
<context>
    <name>qr</name>
    <message>
        <source>the image {path} does not exist</source>
        <translation>l&apos;immagine {path} non esiste</translation>
    </message>
    <message>
        <source>the file is not an image that can be read ({exc})</source>
        <translation>il file non è un&apos;immagine leggibile ({exc})</translation>
    </message>
    <message>
        <source>the code holds a web link, not a contact or a messaging profile: {preview}</source>
        <extracomment>What a live scan looks for: contact and profile QR codes, and the codes event badges carry. (A tuple, made into zxing-cpp&apos;s BarcodeFormats per call: a module-level nanobind object still alive at interpreter exit is reported as a leak.)</extracomment>
        <translation>il codice contiene un link web, non un contatto né un profilo di messaggistica: {preview}</translation>
    </message>
    <message>
        <source>the MECARD field &apos;{field}&apos; has no &apos;:&apos;</source>
        <translation>il campo MECARD «{field}» non ha «:»</translation>
    </message>
    <message>
        <source>not a MECARD: it does not start with &apos;MECARD:&apos;</source>
        <translation>non è una MECARD: non inizia con «MECARD:»</translation>
    </message>
    <message>
        <source>the MECARD has no name, phone or e-mail</source>
        <translation>la MECARD non ha nome, telefono né e-mail</translation>
    </message>
    <message>
        <source>the QR code holds a vCard that cannot be read: {reason}</source>
        <translation>il codice QR contiene una vCard illeggibile: {reason}</translation>
    </message>
    <message>
        <source>the QR code holds a web link, not a contact: {preview}</source>
        <translation>il codice QR contiene un link web, non un contatto: {preview}</translation>
    </message>
    <message>
        <source>the QR code holds no contact (neither vCard nor MECARD): &apos;{preview}&apos;</source>
        <translation>il codice QR non contiene alcun contatto (né vCard né MECARD): «{preview}»</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Give the delegate&apos;s name.</source>
        <extracomment>Visa statuses that let a delegate travel. A passport must stay valid this many months after the return date. A visa must be granted this many days before departure. A roster entry&apos;s fields that reach only those entitled to them (:func:`sees_roster_details`); the sync protocol&apos;s ``SENSITIVE_ROSTER_FIELDS``. The server kept this entry&apos;s passport, visa, needs, emergency contact and notes from this user (see :func:`sees_roster_details`): screens say so instead of showing blanks.</extracomment>
        <translation>Indica il nome del delegato.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Il nome è troppo lungo (al massimo 300 caratteri).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«{email}» non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a roster role ({allowed}).</source>
        <translation>«{role}» non è un ruolo dell&apos;elenco ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a registration status ({allowed}).</source>
        <translation>«{status}» non è uno stato dell&apos;iscrizione ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a visa status ({allowed}).</source>
        <translation>«{status}» non è uno stato del visto ({allowed}).</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>L&apos;orario non ha un fuso orario.</translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation>La partenza è prima dell&apos;arrivo.</translation>
    </message>
    <message>
        <source>The hotel check-out must be after the check-in.</source>
        <translation>Il check-out dall&apos;hotel deve essere dopo il check-in.</translation>
    </message>
    <message>
        <source>Give the hotel&apos;s name for these dates.</source>
        <translation>Indica il nome dell&apos;hotel per queste date.</translation>
    </message>
    <message>
        <source>Too long ({limit} characters at most).</source>
        <translation>Troppo lungo (al massimo {limit} caratteri).</translation>
    </message>
    <message>
        <source>Passport expires {expiry}; it must be valid until {needed} (six months after the return on {back}).</source>
        <translation>Il passaporto scade il {expiry}; deve essere valido fino al {needed} (sei mesi dopo il ritorno del {back}).</translation>
    </message>
    <message>
        <source>Visa {status}: it had to be granted by {deadline}, two weeks before departure.</source>
        <translation>Visto {status}: doveva essere concesso entro il {deadline}, due settimane prima della partenza.</translation>
    </message>
    <message>
        <source>Visa {status}: must be granted by {deadline}.</source>
        <translation>Visto {status}: deve essere concesso entro il {deadline}.</translation>
    </message>
    <message>
        <source>No hotel booked for {n} nights of the mission ({nights}).</source>
        <translation>Nessun hotel prenotato per {n} notti della missione ({nights}).</translation>
    </message>
    <message>
        <source>No hotel booked for 1 night of the mission ({nights}).</source>
        <translation>Nessun hotel prenotato per 1 notte della missione ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses {n} nights of the mission ({nights}).</source>
        <translation>La prenotazione presso {hotel} non copre {n} notti della missione ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses 1 night of the mission ({nights}).</source>
        <translation>La prenotazione presso {hotel} non copre 1 notte della missione ({nights}).</translation>
    </message>
    <message>
        <source>Arrives {arrive}, after “{title}” starts ({first}).</source>
        <translation>Arriva il {arrive}, dopo l&apos;inizio di «{title}» ({first}).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a roster field ({allowed}).</source>
        <extracomment>Fields an import column can fill, with their labels (also the export&apos;s headers).</extracomment>
        <translation>«{target}» non è un campo dell&apos;elenco ({allowed}).</translation>
    </message>
    <message>
        <source>Columns &apos;{a}&apos; and &apos;{b}&apos; both fill &apos;{field}&apos;; choose one.</source>
        <translation>Le colonne «{a}» e «{b}» riempiono entrambe «{field}»; scegline una.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>No column gives the delegate&apos;s name (columns found: {found}). Map a column to &apos;Name&apos; (or to &apos;First name&apos; and &apos;Last name&apos;).</source>
        <translation>Nessuna colonna dà il nome del delegato (colonne trovate: {found}). Associa una colonna a «Nome» (o a «Nome proprio» e «Cognome»).</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>1-based line/row number in the file of each data row (headers are row 1). Registration statuses in the order a registration moves forward (``cancelled`` is apart). Fields an empty cell never clears, even when the user asks empty cells to clear fields: the name is required, e-mails and phones of a person are only ever added, a name in another script is never dropped, role and status always have a value, and a delegate keeps a company.</extracomment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>{field}: {old} → (kept)</source>
        <translation>{field}: {old} → (mantenuto)</translation>
    </message>
    <message>
        <source>{field}: {old} → (empty)</source>
        <translation>{field}: {old} → (vuoto)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new} (back, as the file says)</source>
        <translation>{field}: {old} → {new} (ripristinato, come nel file)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>«{text}» non è una data (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time (use YYYY-MM-DD HH:MM, local time)</source>
        <translation>«{text}» non è una data e ora (usa AAAA-MM-GG HH:MM, ora locale)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>«{text}» non è né sì né no</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role ({allowed})</source>
        <translation>«{text}» non è un ruolo ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a registration status ({allowed})</source>
        <translation>«{text}» non è uno stato dell&apos;iscrizione ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a visa status ({allowed})</source>
        <translation>«{text}» non è uno stato del visto ({allowed})</translation>
    </message>
    <message>
        <source>cannot sort by &apos;{sort}&apos; ({allowed})</source>
        <extracomment>Sort keys the screen and commands may ask for (column -&gt; SQL expression or Python key). Objects held here stay in the session&apos;s (weak) identity map: no reloads. New rows that reference new people: added after the people are flushed. The day warnings are judged on (tests replace it).</extracomment>
        <translation>impossibile ordinare per «{sort}» ({allowed})</translation>
    </message>
    <message>
        <source>{name} is already on the roster of this mission.</source>
        <translation>{name} è già nell&apos;elenco di questa missione.</translation>
    </message>
    <message>
        <source>Roster import: {file}</source>
        <translation>Importazione dell&apos;elenco: {file}</translation>
    </message>
    <message>
        <source>Row {row} of {total}</source>
        <translation>Riga {row} di {total}</translation>
    </message>
    <message>
        <source>The same delegate as row {row}.</source>
        <translation>Lo stesso delegato della riga {row}.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name}: {why}</source>
        <translation>Possibile duplicato di {name}: {why}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>the same e-mail {email} under another name</source>
        <translation>la stessa e-mail {email} con un altro nome</translation>
    </message>
    <message>
        <source>they share the mailbox {email}</source>
        <translation>condividono la casella {email}</translation>
    </message>
    <message>
        <source>the same name at the same company with another e-mail</source>
        <translation>lo stesso nome nella stessa azienda con un&apos;altra e-mail</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>Select a programme item in the Day view first.</source>
        <translation>Seleziona prima un elemento del programma nella vista Giorno.</translation>
    </message>
    <message>
        <source>Delete programme item</source>
        <translation>Elimina elemento del programma</translation>
    </message>
    <message>
        <source>Delete “{t}”?</source>
        <translation>Eliminare «{t}»?</translation>
    </message>
    <message>
        <source>It leaves every delegate&apos;s agenda at the next sync.</source>
        <translation>Scompare dall&apos;agenda di ogni delegato alla prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <source>Abandoned</source>
        <translation>Abbandonato</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Esigenze di accessibilità</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunti</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agenzia</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Accordo raggiunto</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Accordi e protocolli d&apos;intesa</translation>
    </message>
    <message>
        <source>Agreements and MoUs registered as draft or in negotiation.</source>
        <translation>Accordi e protocolli registrati come bozza o in trattativa.</translation>
    </message>
    <message>
        <source>Agreements in progress</source>
        <translation>Accordi in corso</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Tutte le date</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Volo di arrivo</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Ora di arrivo</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasso di presenza</translation>
    </message>
    <message>
        <source>Average lead rating</source>
        <translation>Valutazione media dei contatti</translation>
    </message>
    <message>
        <source>Average meeting rating</source>
        <translation>Valutazione media degli incontri</translation>
    </message>
    <message>
        <source>B2B meeting requests made by the delegation, whatever their answer.</source>
        <translation>Richieste di incontri B2B fatte dalla delegazione, qualunque sia la risposta.</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>Sessione B2B</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Città</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;ittà</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Came &amp;from</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Registrato da</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificati</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Modifiche o motivo</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Romanised name</source>
        <translation>Nome traslitterato</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Messaging ids</source>
        <translation>ID di messaggistica</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster cooperation agreement</source>
        <translation>Accordo di cooperazione tra cluster</translation>
    </message>
    <message>
        <source>Cluster staff</source>
        <translation>Staff del cluster</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Aziende</translation>
    </message>
    <message>
        <source>Companies in a mission&apos;s delegation, not cancelled or declined; a company on two missions counts twice.</source>
        <translation>Aziende nella delegazione di una missione, non annullate né rifiutate; un&apos;azienda su due missioni conta due volte.</translation>
    </message>
    <message>
        <source>Companies taken</source>
        <translation>Aziende partecipanti</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferenza</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consenso dato</translation>
    </message>
    <message>
        <source>Contacts captured by delegates during the mission.</source>
        <translation>Contatti registrati dai delegati durante la missione.</translation>
    </message>
    <message>
        <source>Conversion meeting → agreement</source>
        <translation>Conversione incontro → accordo</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Date personalizzate</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegati</translation>
    </message>
    <message>
        <source>Delegates taken</source>
        <translation>Delegati partecipanti</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
    <message>
        <source>Delegation leader</source>
        <translation>Capo delegazione</translation>
    </message>
    <message>
        <source>Delete the programme item</source>
        <translation>Elimina l&apos;elemento del programma</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Volo di partenza</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Ora di partenza</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Fuso orario di casa</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tavoli</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Durata della fascia</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Esigenze alimentari</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota sull&apos;esito</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Tutta la delegazione</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Concesso il</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Enumerations per field, so a stored value shows as its label (&quot;sme_delegate&quot; -&gt; &quot;SME delegate&quot;).</extracomment>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Different companies taken, each once.</source>
        <translation>Aziende diverse partecipanti, ciascuna una volta.</translation>
    </message>
    <message>
        <source>Discovery trip</source>
        <translation>Viaggio esplorativo</translation>
    </message>
    <message>
        <source>Distinct companies</source>
        <translation>Aziende distinte</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributore</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Documenti (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Documenti (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>Done follow-ups whose outcome was &apos;negotiation started&apos;.</source>
        <translation>Follow-up svolti con esito «trattativa avviata».</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>ESTA granted</source>
        <translation>ESTA concesso</translation>
    </message>
    <message>
        <source>Edit the programme item</source>
        <translation>Modifica l&apos;elemento del programma</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contatto di emergenza</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Telefono di emergenza</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Esperto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scade</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-ups (right after the meeting, or months later) marked done with their outcome.</source>
        <translation>Follow-up (subito dopo l&apos;incontro o mesi dopo) segnati come svolti con il loro esito.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-up svolti</translation>
    </message>
    <message>
        <source>Follow-ups not done yet.</source>
        <translation>Follow-up non ancora svolti.</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Follow-up aperti</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Follow-up in ritardo</translation>
    </message>
    <message>
        <source>Foreign partner</source>
        <translation>Partner estero</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concesso</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolti</translation>
    </message>
    <message>
        <source>Held / (held + no-shows), in percent; meetings without a recorded outcome are left out.</source>
        <translation>Svolti / (svolti + assenze), in percentuale; gli incontri senza esito registrato sono esclusi.</translation>
    </message>
    <message>
        <source>Held meetings linked to a signed agreement or MoU, directly or through a lead captured at the meeting.</source>
        <translation>Incontri svolti collegati a un accordo o protocollo firmato, direttamente o tramite un contatto registrato all&apos;incontro.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ora di casa</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ospedale</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>Check-in in hotel</translation>
    </message>
    <message>
        <source>Hotel check-out</source>
        <translation>Check-out dall&apos;hotel</translation>
    </message>
    <message>
        <source>Import a programme from ICS</source>
        <translation>Importa un programma da ICS</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In vigore</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>In trattativa</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprete</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprete necessario</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investitore</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitato</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo professionale</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valore conservato</translation>
    </message>
    <message>
        <source>Kept: written by</source>
        <translation>Conservato: scritto da</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;anno scorso</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Lead cluster</source>
        <translation>Cluster capofila</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>Contatti registrati</translation>
    </message>
    <message>
        <source>Leads given a 1–5 rating.</source>
        <translation>Contatti con una valutazione da 1 a 5.</translation>
    </message>
    <message>
        <source>Leads rated</source>
        <translation>Contatti valutati</translation>
    </message>
    <message>
        <source>Leads rated 4 or 5.</source>
        <translation>Contatti valutati 4 o 5.</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interesse legittimo</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Licenziatario</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Licensor</source>
        <translation>Licenziante</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Ora locale</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Pasto</translation>
    </message>
    <message>
        <source>Mean of the 1–5 ratings given right after held meetings.</source>
        <translation>Media delle valutazioni da 1 a 5 date subito dopo gli incontri svolti.</translation>
    </message>
    <message>
        <source>Mean rating of the rated leads.</source>
        <translation>Valutazione media dei contatti valutati.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Incontri svolti</translation>
    </message>
    <message>
        <source>Meetings placed in the published schedule (drafts and cancelled meetings excluded).</source>
        <translation>Incontri nel calendario pubblicato (esclusi bozze e incontri annullati).</translation>
    </message>
    <message>
        <source>Meetings recorded as moved to another time.</source>
        <translation>Incontri registrati come spostati a un altro orario.</translation>
    </message>
    <message>
        <source>Meetings requested</source>
        <translation>Incontri richiesti</translation>
    </message>
    <message>
        <source>Meetings scheduled</source>
        <translation>Incontri programmati</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement</source>
        <translation>Incontri che hanno portato a un accordo</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement / meetings held, in percent.</source>
        <translation>Incontri che hanno portato a un accordo / incontri svolti, in percentuale.</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Incontra</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Uniti</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missioni</translation>
    </message>
    <message>
        <source>Missions with at least one counted record, or the chosen mission.</source>
        <translation>Missioni con almeno un record conteggiato, o la missione scelta.</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Protocollo d&apos;intesa</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Protocolli d&apos;intesa</translation>
    </message>
    <message>
        <source>MoUs and cooperation</source>
        <translation>Protocolli e cooperazione</translation>
    </message>
    <message>
        <source>MoUs signed</source>
        <translation>Protocolli firmati</translation>
    </message>
    <message>
        <source>Months later</source>
        <translation>Mesi dopo</translation>
    </message>
    <message>
        <source>My company only</source>
        <translation>Solo la mia azienda</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>Accordo di riservatezza</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>A field choice meaning &quot;every member&apos;s values together&quot; (lists and messaging ids only). (field, label, kind) per record kind. &quot;list&quot; and &quot;dict&quot; fields may be combined. Labels are translated where shown (the screens&apos; catalogue falls back to the &quot;shared&quot; context).</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name (native script)</source>
        <translation>Nome (scrittura originale)</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Nome nella scrittura originale</translation>
    </message>
    <message>
        <source>Negotiation started</source>
        <translation>Trattativa avviata</translation>
    </message>
    <message>
        <source>Negotiations started</source>
        <translation>Trattative avviate</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Nuovo elemento del programma</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prossimo passo</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Assenze</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non richiesto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing came of it</source>
        <translation>Non ne è venuto nulla</translation>
    </message>
    <message>
        <source>Open follow-ups whose due date has passed.</source>
        <translation>Follow-up aperti la cui scadenza è passata.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Altro valore</translation>
    </message>
    <message>
        <source>Other: written by</source>
        <translation>Altro: scritto da</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Partnering event</source>
        <translation>Evento di partenariato</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>Scadenza &amp;passaporto</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Scadenza passaporto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>People on a mission&apos;s roster (delegates, cluster staff, experts) whose registration was not cancelled.</source>
        <translation>Persone nell&apos;elenco di una missione (delegati, staff del cluster, esperti) la cui iscrizione non è stata annullata.</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Per cluster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Per paese</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Per missione</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Da riesaminare</translation>
    </message>
    <message>
        <source>Export every agenda to a folder</source>
        <translation>Esporta ogni agenda in una cartella</translation>
    </message>
    <message>
        <source>Foreign cluster / gateway partner</source>
        <translation>Cluster estero / partner gateway</translation>
    </message>
    <message>
        <source>Gateway partner</source>
        <translation>Partner gateway</translation>
    </message>
    <message>
        <source>Home cluster</source>
        <translation>Cluster di appartenenza</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Leads kept on the organisation&apos;s legitimate interest (GDPR basis).</source>
        <translation>Contatti conservati in base all&apos;interesse legittimo dell&apos;organizzazione (base GDPR).</translation>
    </message>
    <message>
        <source>Leads on consent</source>
        <translation>Contatti con consenso</translation>
    </message>
    <message>
        <source>Leads on legitimate interest</source>
        <translation>Contatti con interesse legittimo</translation>
    </message>
    <message>
        <source>Leads whose person gave consent to the organisation&apos;s wording (GDPR basis: consent).</source>
        <translation>Contatti la cui persona ha dato il consenso al testo dell&apos;organizzazione (base GDPR: consenso).</translation>
    </message>
    <message>
        <source>Leads with no consent and no legitimate interest recorded (consent missing).</source>
        <translation>Contatti senza consenso né interesse legittimo registrato (consenso mancante).</translation>
    </message>
    <message>
        <source>Leads without a basis</source>
        <translation>Contatti senza base</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Nome nella sc&amp;rittura originale</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nome originale</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Contatti promettenti</translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation>Pubblica la bozza</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>R&amp;D collaboration</source>
        <translation>Collaborazione in R&amp;S</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>&amp;Stato dell&apos;iscrizione</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Iscrizioni aperte</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Stato dell&apos;iscrizione</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Riprogrammati</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Istituto di ricerca</translation>
    </message>
    <message>
        <source>Right after the meeting</source>
        <translation>Subito dopo l&apos;incontro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Elenco partecipanti</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Campo dell&apos;elenco</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Accordi tra PMI</translation>
    </message>
    <message>
        <source>SME agreements signed</source>
        <translation>Accordi tra PMI firmati</translation>
    </message>
    <message>
        <source>SME delegate</source>
        <translation>Delegato PMI</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Salva l&apos;agenda in PDF</translation>
    </message>
    <message>
        <source>Save the delegate&apos;s calendar</source>
        <translation>Salva il calendario del delegato</translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation>Pianifica gli incontri</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmati</translation>
    </message>
    <message>
        <source>Scheduled meetings where the other side did not come.</source>
        <translation>Incontri programmati a cui l&apos;altra parte non si è presentata.</translation>
    </message>
    <message>
        <source>Scheduled meetings whose outcome was recorded as held.</source>
        <translation>Incontri programmati registrati come svolti.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>S&amp;ettori</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Vedi i dettagli per le note.</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Signed SME-to-SME agreements (NDA, distribution, licensing, R&amp;D, other); status signed, in force, expired or terminated.</source>
        <translation>Accordi firmati tra PMI (riservatezza, distribuzione, licenza, R&amp;S, altro); stato firmato, in vigore, scaduto o risolto.</translation>
    </message>
    <message>
        <source>Signed cluster cooperation agreements and MoUs with foreign partners.</source>
        <translation>Accordi di cooperazione e protocolli firmati dai cluster con partner esteri.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita in loco</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Alcune schede sono state rifiutate; vedi i dettagli.</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Sta&amp;to</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>color: {warning};</source>
        <translation>color: {warning};</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Still in contact</source>
        <translation>Ancora in contatto</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>Paese di destinazione</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>La delegazione</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Tutta la rete</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>To apply for</source>
        <translation>Da richiedere</translation>
    </message>
    <message>
        <source>Trade mission</source>
        <translation>Missione commerciale</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>In viaggio</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Venues and travel times</source>
        <translation>Luoghi e tempi di percorrenza</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Visa status</source>
        <translation>Stato del visto</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visibile a</translation>
    </message>
    <message>
        <source>Wants to meet</source>
        <translation>Vuole incontrare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Workshop at home</source>
        <translation>Workshop in patria</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Scrivi le pause come HH:mm-HH:mm, separate da virgole.</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>In due posti contemporaneamente</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>Troppo poco tempo di tragitto</translation>
    </message>
    <message>
        <source>Outside the stay</source>
        <translation>Fuori dal soggiorno</translation>
    </message>
    <message>
        <source>Not enough interpreters</source>
        <translation>Interpreti insufficienti</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>What each figure counts, for the screen&apos;s tooltips, the PDF&apos;s methodology notes and exports. The scalar figures in display order (the keys of :data:`DEFINITIONS`). Percentages (shown with a % sign) and averages (one decimal). Companies accompanied per market and cluster, workshops, gateway agreements (a :class:`biox_desktop.core.accompanied.CompanyFigures`; None when not computed).</extracomment>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>spreadsheet</name>
    <message>
        <source>{file}: no such file.</source>
        <extracomment>Refuse files larger than this (a registration export is a few hundred KB).</extracomment>
        <translation>{file}: file non trovato.</translation>
    </message>
    <message>
        <source>{name}: the file is too large for a registration export.</source>
        <translation>{name}: il file è troppo grande per un&apos;esportazione di iscrizioni.</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file (this one is &apos;{suffix}&apos;).</source>
        <translation>{name}: scegli un file .csv o .xlsx (questo è «{suffix}»).</translation>
    </message>
    <message>
        <source>{name}: the file is empty (no header row).</source>
        <translation>{name}: il file è vuoto (nessuna riga di intestazione).</translation>
    </message>
    <message>
        <source>{name}: line {line} is not UTF-8 text (byte 0x{byte:02x}). Save the export as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{name}: la riga {line} non è testo UTF-8 (byte 0x{byte:02x}). Salva l&apos;esportazione come «CSV UTF-8» e importala di nuovo.</translation>
    </message>
    <message>
        <source>{name}: this is not a text file (it holds binary data).</source>
        <translation>{name}: non è un file di testo (contiene dati binari).</translation>
    </message>
    <message>
        <source>{name}: line {line_num}: {exc}.</source>
        <translation>{name}: riga {line_num}: {exc}.</translation>
    </message>
    <message>
        <source>{name}: not a readable Excel workbook ({kind}: {exc}). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{name}: non è una cartella di lavoro Excel leggibile ({kind}: {exc}). Aprila in Excel o LibreOffice e salvala di nuovo come .xlsx.</translation>
    </message>
    <message>
        <source>{name}: the workbook has no sheet.</source>
        <translation>{name}: la cartella di lavoro non ha fogli.</translation>
    </message>
    <message>
        <source>{name}: the workbook is damaged ({exc}).</source>
        <translation>{name}: la cartella di lavoro è danneggiata ({exc}).</translation>
    </message>
    <message>
        <source>{name}: export to a .csv or .xlsx file.</source>
        <translation>{name}: esporta in un file .csv o .xlsx.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Sending {total:,} changes</source>
        <extracomment>The server&apos;s redaction rules this laptop&apos;s copy follows (see &quot;Sensitive roster fields&quot; in the protocol); below the server&apos;s, its roster scopes are downloaded again once. Changes sent again because this computer&apos;s clock ran too far ahead of the server&apos;s. Rows re-pointed or carried over to a merge&apos;s survivor after the sync. Rows from the server this laptop could not store, set aside this sync (with reasons). Rows still set aside after this sync (retried at every sync). Each change the server refused this sync: ``{table, row_id, op, reason}`` (kept in ``sync_rejections`` until retried or discarded, see :mod:`biox_desktop.sync.refusals`).</extracomment>
        <translation>Invio di {total:,} modifiche</translation>
    </message>
    <message>
        <source>the server did not acknowledge any change; try again later</source>
        <translation>il server non ha confermato nessuna modifica; riprova più tardi</translation>
    </message>
    <message>
        <source>Received {pulled:,} changes</source>
        <translation>{pulled:,} modifiche ricevute</translation>
    </message>
    <message>
        <source>{table} {row_id}: {reason}</source>
        <translation>{table} {row_id}: {reason}</translation>
    </message>
    <message>
        <source>the row&apos;s scope is not valid</source>
        <translation>l&apos;ambito della riga non è valido</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>The laptop that wrote the value, by the name its owner gave it (&quot;&quot; when unknown). What the record is, in words (&quot;Organisation Kansai Medical&quot;), from this laptop&apos;s copy. What the Conflicts screen calls a record of each synced table (in the user&apos;s language).</extracomment>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unione</translation>
    </message>
    <message>
        <source>Merge forward</source>
        <translation>Inoltro di unione</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Non un duplicato</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Meeting request</source>
        <translation>Richiesta di incontro</translation>
    </message>
    <message>
        <source>Mission company</source>
        <translation>Azienda della missione</translation>
    </message>
    <message>
        <source>Mission partner</source>
        <translation>Partner della missione</translation>
    </message>
    <message>
        <source>Roster entry</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Voce del programma</translation>
    </message>
    <message>
        <source>Agreement party</source>
        <translation>Parte dell’accordo</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Tempo di percorrenza</translation>
    </message>
    <message>
        <source>Agenda participant</source>
        <translation>Partecipante al programma</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Partecipante all’incontro</translation>
    </message>
    <message>
        <source>Agreement link</source>
        <translation>Collegamento dell’accordo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>sign in to the sync server to review conflicts</source>
        <extracomment>Conflicts fetched per request (the server allows up to its own maximum).</extracomment>
        <translation>accedi al server di sincronizzazione per esaminare i conflitti</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(non su questo portatile)</translation>
    </message>
    <message>
        <source>no password store (OS keyring) is available on this computer, so the sign-in cannot be kept safely; on Linux, install and unlock GNOME Keyring or KWallet</source>
        <translation>su questo computer non è disponibile un archivio di password (portachiavi del sistema), quindi l&apos;accesso non può essere conservato in sicurezza; su Linux, installa e sblocca GNOME Keyring o KWallet</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the sign-in: {exc}</source>
        <translation>il portachiavi del sistema ha rifiutato di salvare l&apos;accesso: {exc}</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the sign-in (it may be locked or a dummy store); unlock or install a keyring (GNOME Keyring, KWallet) and sign in again</source>
        <translation>il portachiavi del sistema non ha conservato l&apos;accesso (potrebbe essere bloccato o fittizio); sblocca o installa un portachiavi (GNOME Keyring, KWallet) e accedi di nuovo</translation>
    </message>
    <message>
        <source>{address} is not encrypted (http, not https): your password and everything you sync would cross the network readable by anyone on the way. Use the https address of the server unless you are sure this network is private.</source>
        <extracomment>When the server said the stored token expires, and when it was issued (ISO 8601 UTC). Not secrets: the token itself lives in the OS keyring only. The file two syncs of one data folder lock (window, command line, another window).</extracomment>
        <translation>La connessione a {address} non è cifrata (http, non https): la password e tutto ciò che viene sincronizzato attraverserebbero la rete leggibili da chiunque lungo il percorso. Usare l&apos;indirizzo https del server, a meno di essere certi che questa rete sia privata.</translation>
    </message>
    <message>
        <source>another sync of this data folder is running (in the window or a command); try again when it has finished</source>
        <translation>è in corso un&apos;altra sincronizzazione di questa cartella dei dati (nella finestra o da un comando); riprovare al termine</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a server address (it starts with https://)</source>
        <extracomment>Rows from the server this laptop could not store, set aside and retried at each sync.</extracomment>
        <translation>«{address}» non è un indirizzo di server (inizia con https://)</translation>
    </message>
    <message>
        <source>no sync server set up: sign in first (biox-desktop login)</source>
        <translation>nessun server di sincronizzazione configurato: accedi prima (biox-desktop login)</translation>
    </message>
    <message>
        <source>not signed in to the sync server: sign in again</source>
        <translation>non hai effettuato l&apos;accesso al server di sincronizzazione: accedi di nuovo</translation>
    </message>
    <message>
        <source>&apos;{base_url}&apos; is not a server address: {exc}</source>
        <extracomment>How often a request in flight looks at the cancel flag (seconds).</extracomment>
        <translation>«{base_url}» non è un indirizzo di server: {exc}</translation>
    </message>
    <message>
        <source>the sync server at {base_url} cannot be reached ({kind}); your changes are kept and will be sent later</source>
        <translation>il server di sincronizzazione {base_url} non è raggiungibile ({kind}); le tue modifiche sono conservate e verranno inviate più tardi</translation>
    </message>
    <message>
        <source>this laptop&apos;s access to the sync server was revoked; sign in again (your unsent changes are kept)</source>
        <translation>l&apos;accesso di questo portatile al server di sincronizzazione è stato revocato; accedi di nuovo (le modifiche non inviate sono conservate)</translation>
    </message>
    <message>
        <source>this laptop&apos;s sign-in expired (it was not used for a long time); sign in again (your unsent changes are kept)</source>
        <translation>l&apos;accesso di questo portatile è scaduto (non è stato usato per molto tempo); accedi di nuovo (le modifiche non inviate sono conservate)</translation>
    </message>
    <message>
        <source>the sync server refused a request as too large ({message})</source>
        <translation>il server di sincronizzazione ha rifiutato una richiesta perché troppo grande ({message})</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nome utente o password errati</translation>
    </message>
    <message>
        <source>the sign-in on this laptop is no longer valid; sign in again</source>
        <translation>l&apos;accesso su questo portatile non è più valido; accedi di nuovo</translation>
    </message>
    <message>
        <source>the sync server needs a newer version of bioX Missions; install the update (your unsent changes are kept)</source>
        <translation>il server di sincronizzazione richiede una versione più recente di bioX Missions; installa l&apos;aggiornamento (le modifiche non inviate sono conservate)</translation>
    </message>
    <message>
        <source>too many failed sign-ins; try again in {retry} seconds</source>
        <translation>troppi accessi non riusciti; riprova tra {retry} secondi</translation>
    </message>
    <message>
        <source>the sync server at {base_url} is not answering ({status})</source>
        <translation>il server di sincronizzazione {base_url} non risponde ({status})</translation>
    </message>
    <message>
        <source>the sync server refused the request ({status} {code}): {message}</source>
        <translation>il server di sincronizzazione ha rifiutato la richiesta ({status} {code}): {message}</translation>
    </message>
    <message>
        <source>You have no access to where this belongs on the server (a mission your organisation is not part of, or another organisation&apos;s records).</source>
        <extracomment>Columns that name a row for people, in order of preference. What the row is, in words (&quot;Mission Osaka Bio 2027&quot;). The server never accepted this row: discarding removes it from this laptop. Why, in plain words, and what to do.</extracomment>
        <translation>Non hai accesso alla destinazione di questo elemento sul server (una missione di cui la tua organizzazione non fa parte, o i record di un&apos;altra organizzazione).</translation>
    </message>
    <message>
        <source>Ask the mission&apos;s leader to add your organisation, then retry; or discard it.</source>
        <translation>Chiedi al capo della missione di aggiungere la tua organizzazione, poi riprova; oppure scartalo.</translation>
    </message>
    <message>
        <source>Only the leaders of the mission&apos;s lead cluster and the coordinators may change this.</source>
        <translation>Solo i capi del cluster capofila della missione e i coordinatori possono modificarlo.</translation>
    </message>
    <message>
        <source>If the mission is your cluster&apos;s, set its lead cluster to your cluster and retry; otherwise discard it.</source>
        <translation>Se la missione è del tuo cluster, imposta il tuo cluster come suo cluster capofila e riprova; altrimenti scartalo.</translation>
    </message>
    <message>
        <source>A delegate may change only their own roster entry.</source>
        <translation>Un delegato può modificare solo la propria voce nell&apos;elenco partecipanti.</translation>
    </message>
    <message>
        <source>Ask the delegation leader to make this change; discard it here.</source>
        <translation>Chiedi al capo delegazione di fare questa modifica; qui scartala.</translation>
    </message>
    <message>
        <source>Only the organisation that created this record, and the coordinators, may change it.</source>
        <translation>Solo l&apos;organizzazione che ha creato questo record, e i coordinatori, possono modificarlo.</translation>
    </message>
    <message>
        <source>Ask them to make the change; discard it here.</source>
        <translation>Chiedi a loro di fare la modifica; qui scartala.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Il tuo ruolo non consente questa modifica.</translation>
    </message>
    <message>
        <source>Ask a coordinator; retry once your role allows it, or discard it.</source>
        <translation>Chiedi a un coordinatore; riprova quando il tuo ruolo lo consentirà, oppure scartala.</translation>
    </message>
    <message>
        <source>The server could not accept this change.</source>
        <translation>Il server non ha potuto accettare questa modifica.</translation>
    </message>
    <message>
        <source>Retry once the cause is fixed (an update of the app, say), or discard it.</source>
        <translation>Riprova quando la causa sarà risolta (ad esempio con un aggiornamento dell&apos;app), oppure scartala.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Give the mission a name.</source>
        <extracomment>Longest mission we accept; anything longer is almost certainly a typo in a year.</extracomment>
        <translation>Dai un nome alla missione.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Il nome è troppo lungo (al massimo 200 caratteri).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a mission kind ({allowed}).</source>
        <translation>«{kind}» non è un tipo di missione ({allowed}).</translation>
    </message>
    <message>
        <source>Choose the country the mission goes to.</source>
        <translation>Scegliere il paese di destinazione della missione.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ISO 3166 country code (e.g. JP).</source>
        <translation>«{country}» non è un codice paese ISO 3166 (es. JP).</translation>
    </message>
    <message>
        <source>Choose the time zone where the mission takes place.</source>
        <translation>Scegliere il fuso orario del luogo della missione.</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone (e.g. Asia/Tokyo).</source>
        <translation>«{zone}» non è un fuso orario IANA (es. Asia/Tokyo).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone.</source>
        <translation>«{zone}» non è un fuso orario IANA.</translation>
    </message>
    <message>
        <source>Give the first day of the mission.</source>
        <translation>Indica il primo giorno della missione.</translation>
    </message>
    <message>
        <source>Give the last day of the mission.</source>
        <translation>Indica l&apos;ultimo giorno della missione.</translation>
    </message>
    <message>
        <source>The mission ends ({end}) before it starts ({start}).</source>
        <translation>La missione finisce ({end}) prima di iniziare ({start}).</translation>
    </message>
    <message>
        <source>A mission lasts at most {n} days; check the year.</source>
        <translation>Una missione dura al massimo {n} giorni; controlla l&apos;anno.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a mission status.</source>
        <translation>«{status}» non è uno stato di missione.</translation>
    </message>
    <message>
        <source>Choose a cluster as lead.</source>
        <translation>Scegli un cluster come capofila.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <source>{source}: card {card}, line {line}: {reason}</source>
        <translation>{source}: scheda {card}, riga {line}: {reason}</translation>
    </message>
    <message>
        <source>{source}: line {line}: {reason}</source>
        <translation>{source}: riga {line}: {reason}</translation>
    </message>
    <message>
        <source>some characters are not valid {charset} and were replaced</source>
        <translation>alcuni caratteri non sono {charset} valido e sono stati sostituiti</translation>
    </message>
    <message>
        <source>no &apos;:&apos; separates the property name from its value</source>
        <translation>nessun «:» separa il nome della proprietà dal suo valore</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a property name</source>
        <translation>«{name}» non è un nome di proprietà</translation>
    </message>
    <message>
        <source>line {line}: {prop} was read without its parameter(s) {params}, which this program does not keep</source>
        <extracomment>Picture types a TYPE parameter may name (other words, such as kcontacts&apos; ``TYPE=HOME``, say nothing about the picture: its bytes do). Parameters every property read into a field keeps (as its types) or does not need. ... and those particular properties keep too.</extracomment>
        <translation>riga {line}: {prop} è stato letto senza i parametri {params}, che questo programma non conserva</translation>
    </message>
    <message>
        <source>the card has no name, organisation, e-mail or phone</source>
        <translation>la scheda non ha nome, organizzazione, e-mail né telefono</translation>
    </message>
    <message>
        <source>line {line}: the photo is not valid base64; kept as is</source>
        <translation>riga {line}: la foto non è base64 valido; conservata così com&apos;è</translation>
    </message>
    <message>
        <source>line {line}: the photo&apos;s TYPE={type} is not a picture type and is not kept; the type is read from the picture itself</source>
        <translation>riga {line}: il TYPE={type} della foto non è un tipo di immagine e non viene conservato; il tipo viene letto dall&apos;immagine stessa</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI has no &apos;,&apos;</source>
        <translation>riga {line}: l&apos;URI data: della foto non ha «,»</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI is not valid base64</source>
        <translation>riga {line}: l&apos;URI data: della foto non è base64 valido</translation>
    </message>
    <message>
        <source>line {line}: the photo is neither base64 data nor a link</source>
        <translation>riga {line}: la foto non è né dati base64 né un link</translation>
    </message>
    <message>
        <source>the file could not be read ({error})</source>
        <translation>non è stato possibile leggere il file ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>line {line}: comment line ignored</source>
        <translation>riga {line}: riga di commento ignorata</translation>
    </message>
    <message>
        <source>line {line} is not a vCard property: {reason}</source>
        <translation>la riga {line} non è una proprietà vCard: {reason}</translation>
    </message>
    <message>
        <source>the card that starts at line {line} has no END:VCARD (is the file cut short?)</source>
        <translation>la scheda che inizia alla riga {line} non ha END:VCARD (il file è troncato?)</translation>
    </message>
    <message>
        <source>no vCard found: the file has no BEGIN:VCARD line</source>
        <translation>nessuna vCard trovata: il file non ha una riga BEGIN:VCARD</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Lettura di {name}</translation>
    </message>
    <message>
        <source>no VERSION line; read as vCard 2.1</source>
        <translation>nessuna riga VERSION; letta come vCard 2.1</translation>
    </message>
    <message>
        <source>vCard version {version} is not supported (2.1, 3.0 or 4.0)</source>
        <translation>la versione vCard {version} non è supportata (2.1, 3.0 o 4.0)</translation>
    </message>
    <message>
        <source>the card could not be read ({kind}: {error})</source>
        <translation>non è stato possibile leggere la scheda ({kind}: {error})</translation>
    </message>
</context>
</TS>
