<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Offline — no sync server set up</source>
        <translation>Offline — kein Sync-Server eingerichtet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Online — the server refused some changes</source>
        <translation>Online — der Server hat einige Änderungen abgelehnt</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Offline — server unreachable</source>
        <translation>Offline — Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>Sync-Problem: {why}</translation>
    </message>
    <message>
        <source>Not synced since start</source>
        <translation>Seit dem Start nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Letzte Synchronisierung: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Keine Änderungen ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln Änderung wartet auf Versand</numerusform>
            <numerusform>%Ln Änderungen warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Heimatcluster: {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} Missionen in {c} Ländern, {years}</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>federführender Cluster {name}</translation>
    </message>
    <message>
        <source>Delegate: {name} ({role})</source>
        <translation>Delegierte(r): {name} ({role})</translation>
    </message>
    <message>
        <source>Meeting {day}: {who}{outcome}</source>
        <translation>Termin {day}: {who}{outcome}</translation>
    </message>
    <message>
        <source>Lead: {name}{org}{rating}</source>
        <translation>Kontakt: {name}{org}{rating}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Sync server</source>
        <translation>Sync-Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Send my password over this &amp;unencrypted connection anyway</source>
        <translation>Passwort trotzdem über diese &amp;unverschlüsselte Verbindung senden</translation>
    </message>
    <message>
        <source>Laptops signed in to this account</source>
        <translation>Bei diesem Konto angemeldete Laptops</translation>
    </message>
    <message>
        <source>Signed-in laptops</source>
        <translation>Angemeldete Laptops</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected laptop</source>
        <translation>Zugang des Laptops &amp;widerrufen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Bei {server} als {user} angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in. Your work stays on this laptop until you sign in; nothing is lost meanwhile.</source>
        <translation>Nicht angemeldet. Ihre Arbeit bleibt auf diesem Laptop, bis Sie sich anmelden; bis dahin geht nichts verloren.</translation>
    </message>
    <message>
        <source>The list of laptops is not available: {why}</source>
        <translation>Die Liste der Laptops ist nicht verfügbar: {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{name} (signed in {created}, last seen {seen})</source>
        <translation>{name} (angemeldet: {created}, zuletzt aktiv: {seen})</translation>
    </message>
    <message>
        <source> — this laptop</source>
        <translation> — dieser Laptop</translation>
    </message>
    <message>
        <source>The laptop could not be revoked: {why}</source>
        <translation>Der Zugang des Laptops konnte nicht widerrufen werden: {why}</translation>
    </message>
    <message>
        <source>Give the server address, your user name and password.</source>
        <translation>Geben Sie Serveradresse, Benutzernamen und Passwort an.</translation>
    </message>
    <message>
        <source>Sign-in failed: {why}</source>
        <translation>Anmeldung fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>AgendaGridPage</name>
    <message>
        <source>B2B session</source>
        <extracomment>A keyboard pick-up (the meeting&apos;s id) or its end (&quot;&quot;). The meeting moved last: the selection follows it to its new cell.</extracomment>
        <translation>B2B-Sitzung</translation>
    </message>
    <message>
        <source>Loc&amp;k the meetings I move</source>
        <translation>Von mir verschobene Termine &amp;sperren</translation>
    </message>
    <message>
        <source>A locked meeting stays where you put it when the scheduler runs again; unlock it to let the scheduler place it.</source>
        <translation>Ein gesperrter Termin bleibt bei einer erneuten Einplanung dort, wo Sie ihn hingesetzt haben; entsperren Sie ihn, damit die Einplanung ihn platzieren kann.</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Move the selected meeting to…</source>
        <translation>Ausgewählten Termin verschieben nach…</translation>
    </message>
    <message>
        <source>Lock the selected meeting</source>
        <translation>Ausgewählten Termin sperren</translation>
    </message>
    <message>
        <source>Unlock the selected meeting</source>
        <translation>Ausgewählten Termin entsperren</translation>
    </message>
    <message>
        <source>Meetings of the session by slot and table</source>
        <translation>Termine der Sitzung nach Zeitfenster und Tisch</translation>
    </message>
    <message>
        <source>Drag a meeting to a free cell (highlighted), or select it, press Enter, choose a cell with the arrow keys and press Enter again.</source>
        <translation>Ziehen Sie einen Termin in eine freie (hervorgehobene) Zelle, oder wählen Sie ihn aus, drücken Sie Enter, wählen Sie mit den Pfeiltasten eine Zelle und drücken Sie erneut Enter.</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>This mission has no B2B session with slots and tables yet.</source>
        <translation>Diese Mission hat noch keine B2B-Sitzung mit Zeitfenstern und Tischen.</translation>
    </message>
    <message>
        <source>Off the grid (no slot or table; move them with Move…): {names}</source>
        <translation>Außerhalb des Rasters (ohne Zeitfenster oder Tisch; verschieben Sie sie mit „Verschieben…“): {names}</translation>
    </message>
    <message>
        <source>Moving {who}: choose a highlighted cell with the arrow keys and press Enter (Escape leaves it where it was).</source>
        <translation>Verschieben von {who}: Wählen Sie mit den Pfeiltasten eine hervorgehobene Zelle und drücken Sie Enter (Escape lässt den Termin, wo er war).</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Nicht verschoben: {reason}</translation>
    </message>
    <message>
        <source>{time}, table {table}</source>
        <translation>{time}, Tisch {table}</translation>
    </message>
    <message>
        <source>Moving to {where}…</source>
        <translation>Wird verschoben nach {where}…</translation>
    </message>
    <message>
        <source>Moved to {where}.</source>
        <translation>Verschoben nach {where}.</translation>
    </message>
    <message>
        <source>Meeting locked.</source>
        <translation>Termin gesperrt.</translation>
    </message>
    <message>
        <source>Meeting unlocked.</source>
        <translation>Termin entsperrt.</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Termin absagen</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Agenda</source>
        <extracomment>The form opened last (agenda_forms), for tests and screenshots.</extracomment>
        <translation>Programm</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Einplanen…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Import ICS…</source>
        <translation>ICS &amp;importieren…</translation>
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
        <translation>Alle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The counterpart link dialog opened last (for tests).</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Whose agenda</source>
        <translation>Wessen Programm</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Agenda of:</source>
        <translation>Programm von:</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Lin&amp;k…</translation>
    </message>
    <message>
        <source>Calendar feed link of this person</source>
        <translation>Kalender-Abo-Link dieser Person</translation>
    </message>
    <message>
        <source>A private address that keeps this person&apos;s phone calendar up to date</source>
        <translation>Eine private Adresse, die den Handykalender dieser Person aktuell hält</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <extracomment>The feed link dialog opened last (for tests).</extracomment>
        <translation>&amp;Neuer Punkt…</translation>
    </message>
    <message>
        <source>Edit i&amp;tem…</source>
        <translation>Punkt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete item</source>
        <translation>Punkt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Venues…</source>
        <translation>&amp;Orte…</translation>
    </message>
    <message>
        <source>Programme over all days</source>
        <translation>Programm über alle Tage</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>&amp;Cancel meetings</source>
        <translation>Termine absa&amp;gen</translation>
    </message>
    <message>
        <source>Cancel the selected meetings</source>
        <translation>Ausgewählte Termine absagen</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Ergebnis…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ent&amp;sperren</translation>
    </message>
    <message>
        <source>Lock the selected meetings</source>
        <translation>Ausgewählte Termine sperren</translation>
    </message>
    <message>
        <source>Unlock the selected meetings</source>
        <translation>Ausgewählte Termine entsperren</translation>
    </message>
    <message>
        <source>Add mee&amp;ting…</source>
        <extracomment>The meetings list&apos;s context menu shown last (for tests).</extracomment>
        <translation>&amp;Termin hinzufügen…</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>D&amp;ecline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Expi&amp;re</source>
        <translation>Ablau&amp;fen lassen</translation>
    </message>
    <message>
        <source>Mark the selected requests expired</source>
        <translation>Ausgewählte Anfragen als abgelaufen markieren</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>New meeting request</source>
        <translation>Neue Terminanfrage</translation>
    </message>
    <message>
        <source>Counterpart &amp;page…</source>
        <translation>Gesp&amp;rächspartner-Seite…</translation>
    </message>
    <message>
        <source>Page link of the foreign person of the selected request</source>
        <translation>Link zur Seite der ausländischen Person der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>A private page where the foreign person answers requests, gives availability, asks for meetings and sees their agenda (needs the sync server)</source>
        <translation>Eine private Seite, auf der die ausländische Person Anfragen beantwortet, ihre Verfügbarkeit angibt, Termine anfragt und ihre Agenda sieht (erfordert den Sync-Server)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>B2B grid</source>
        <translation>B2B-Raster</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>local time: {z} · home time: {h}</source>
        <translation>Ortszeit: {z} · Heimatzeit: {h}</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Gesamtes Programm</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) ({d} draft, {c} changed since published);</source>
        <translation>
            <numerusform>%n Termin ({d} im Entwurf, {c} seit der Veröffentlichung geändert);</numerusform>
            <numerusform>%n Termine ({d} im Entwurf, {c} seit der Veröffentlichung geändert);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n Konflikt.</numerusform>
            <numerusform>%n Konflikte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n meeting(s).</source>
        <translation>
            <numerusform>%n Termin veröffentlicht.</numerusform>
            <numerusform>%n Termine veröffentlicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings cancelled</source>
        <translation>
            <numerusform>%n Termin abgesagt</numerusform>
            <numerusform>%n Termine abgesagt</numerusform>
        </translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n meetings</source>
        <translation>
            <numerusform>%n Termin sperren</numerusform>
            <numerusform>%n Termine sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n meetings</source>
        <translation>
            <numerusform>%n Termin entsperren</numerusform>
            <numerusform>%n Termine entsperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n meetings</source>
        <translation>
            <numerusform>%n Termin absagen</numerusform>
            <numerusform>%n Termine absagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted</source>
        <translation>
            <numerusform>%n Anfrage angenommen</numerusform>
            <numerusform>%n Anfragen angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined</source>
        <translation>
            <numerusform>%n Anfrage abgelehnt</numerusform>
            <numerusform>%n Anfragen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) marked expired</source>
        <translation>
            <numerusform>%n Anfrage als abgelaufen markiert</numerusform>
            <numerusform>%n Anfragen als abgelaufen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) locked</source>
        <translation>
            <numerusform>%n Termin gesperrt</numerusform>
            <numerusform>%n Termine gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) unlocked</source>
        <translation>
            <numerusform>%n Termin entsperrt</numerusform>
            <numerusform>%n Termine entsperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>{t} tables, {m}-minute slots</source>
        <translation>{t} Tische, {m}-Minuten-Slots</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>{status}, asked by {name} (counterpart page)</source>
        <translation>{status}, angefragt von {name} (Gesprächspartner-Seite)</translation>
    </message>
    <message>
        <source>{status}, answered by {name} (counterpart page)</source>
        <translation>{status}, beantwortet von {name} (Gesprächspartner-Seite)</translation>
    </message>
    <message>
        <source>Can attend: {sessions}</source>
        <translation>Kann teilnehmen an: {sessions}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Einplanung…</translation>
    </message>
    <message>
        <source>Scheduling meetings</source>
        <translation>Termine werden eingeplant</translation>
    </message>
    <message>
        <source>Nothing to schedule: this mission has no accepted meeting requests yet.</source>
        <translation>Nichts einzuplanen: Diese Mission hat noch keine angenommenen Terminanfragen.</translation>
    </message>
    <message>
        <source>Draft ready: {n} of {r} requests scheduled ({new} new, {kept} kept), weight {w}{opt}, {g} idle gaps. Review and move meetings, then Publish.</source>
        <translation>Entwurf fertig: {n} von {r} Anfragen eingeplant ({new} neu, {kept} beibehalten), Gewicht {w}{opt}, {g} Leerlauflücken. Prüfen und verschieben Sie Termine, dann veröffentlichen.</translation>
    </message>
    <message>
        <source> (optimal)</source>
        <translation> (optimal)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling cancelled; nothing was changed.</source>
        <translation>Einplanung abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Publishing sends {a} new meetings, {m} moved or changed and {c} cancelled to {p} people. Publish now?</source>
        <translation>Die Veröffentlichung sendet {a} neue, {m} verschobene oder geänderte und {c} abgesagte Termine an {p} Personen. Jetzt veröffentlichen?</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>{n} hinzugefügt</translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation>{n} verschoben</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} abgesagt</translation>
    </message>
    <message>
        <source>Publish the agenda</source>
        <translation>Agenda veröffentlichen</translation>
    </message>
    <message>
        <source>and {n} more people (see the details)</source>
        <translation>und {n} weitere Personen (siehe Details)</translation>
    </message>
    <message>
        <source>{k} left as they were: {why}</source>
        <translation>{k} unverändert gelassen: {why}</translation>
    </message>
    <message>
        <source>(undo from Imports…)</source>
        <translation>(rückgängig machen über Importe…)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Programm wird importiert</translation>
    </message>
    <message>
        <source>{f}: {c} items added, {u} updated.</source>
        <translation>{f}: {c} Punkte hinzugefügt, {u} aktualisiert.</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Programm als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>PDF wird geschrieben</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>{p} gespeichert</translation>
    </message>
    <message>
        <source>Choose whose agenda first (Day tab).</source>
        <translation>Wählen Sie zuerst, wessen Programm (Reiter Tag).</translation>
    </message>
    <message>
        <source>Select a request that names the person to meet first (Requests tab).</source>
        <translation>Wählen Sie zuerst eine Anfrage, die die zu treffende Person nennt (Reiter Anfragen).</translation>
    </message>
    <message numerus="yes">
        <source>Counterpart page links revoked: %n</source>
        <translation>
            <numerusform>Link zur Gesprächspartner-Seite widerrufen: %n</numerusform>
            <numerusform>Links zu Gesprächspartner-Seiten widerrufen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar links revoked: %n</source>
        <translation>
            <numerusform>Kalenderlink widerrufen: %n</numerusform>
            <numerusform>Kalenderlinks widerrufen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files already written are complete.</source>
        <translation>Export abgebrochen; die bereits geschriebenen Dateien sind vollständig.</translation>
    </message>
    <message>
        <source>Exporting the agendas…</source>
        <translation>Agenden werden exportiert…</translation>
    </message>
    <message>
        <source>Exporting all agendas</source>
        <translation>Alle Agenden werden exportiert</translation>
    </message>
    <message>
        <source>{n} agendas written to {folder} ({f} files).</source>
        <translation>{n} Agenden nach {folder} geschrieben ({f} Dateien).</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Kalender speichern</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>The agreement has a signature date</source>
        <translation>Die Vereinbarung hat ein Unterschriftsdatum</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Unterschriftsdatum</translation>
    </message>
    <message>
        <source>(no mission)</source>
        <translation>(keine Mission)</translation>
    </message>
    <message>
        <source>Organisation to add as a party</source>
        <translation>Als Partei hinzuzufügende Organisation</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>Rolle der Partei</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>Partei &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Meetings and leads it came from</source>
        <translation>Termine und Kontakte, aus denen sie hervorging</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Unterschrift</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parteien</translation>
    </message>
    <message>
        <source>Came &amp;from</source>
        <translation>&amp;Herkunft</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Wählen Sie eine Organisation aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the mission to link its meetings and leads.</source>
        <translation>Wählen Sie die Mission, um ihre Termine und Kontakte zu verknüpfen.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>{n} meeting(s)</source>
        <translation>{n} Termin(e)</translation>
    </message>
    <message>
        <source>{n} lead(s)</source>
        <translation>{n} Kontakt(e)</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Show agreements of kind</source>
        <translation>Vereinbarungen dieser Art anzeigen</translation>
    </message>
    <message>
        <source>Current mission only</source>
        <translation>Nur aktuelle Mission</translation>
    </message>
    <message>
        <source>Search title, party or notes</source>
        <translation>Titel, Partei oder Notizen suchen</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Vereinbarungen suchen</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>A&amp;ttach document…</source>
        <translation>Dokument an&amp;hängen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve document…</source>
        <translation>Dokument &amp;speichern…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>Only those still to do</source>
        <translation>Nur noch offene</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Ergebnis erfassen…</translation>
    </message>
    <message>
        <source>Follow-ups after meetings</source>
        <translation>Nachverfolgungen nach Terminen</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s), {s} signed</source>
        <translation>
            <numerusform>%n Vereinbarung, {s} unterzeichnet</numerusform>
            <numerusform>%n Vereinbarungen, {s} unterzeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} überfällig</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Vereinbarung löschen</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <source>Its parties, links and documents go with it, for everyone, at the next sync.</source>
        <translation>Ihre Parteien, Verknüpfungen und Dokumente werden bei der nächsten Synchronisierung für alle mitgelöscht.</translation>
    </message>
    <message>
        <source>Attach the signed document</source>
        <translation>Unterzeichnetes Dokument anhängen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Dokumente (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Dokument speichern</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Imports</source>
        <extracomment>Every area an undo may touch: screens reload what they show.</extracomment>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Every import can be undone: fields go back to their earlier values unless someone changed them since, and what the import added is removed.</source>
        <translation>Jeder Import lässt sich rückgängig machen: Felder erhalten ihre früheren Werte zurück, sofern sie seither niemand geändert hat, und was der Import hinzugefügt hat, wird entfernt.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Noch kein Import.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo “{what}”? Records it added ({added}) are removed and the values it changed ({changed} records) go back, except where someone edited them since.</source>
        <translation>„{what}“ rückgängig machen? Hinzugefügte Einträge ({added}) werden entfernt und geänderte Werte ({changed} Einträge) zurückgesetzt, außer wo sie seither jemand bearbeitet hat.</translation>
    </message>
    <message>
        <source>Undone: {removed} records removed, {restored} values restored.</source>
        <translation>Rückgängig gemacht: {removed} Einträge entfernt, {restored} Werte wiederhergestellt.</translation>
    </message>
    <message>
        <source>{kept} values were edited after the import and kept.</source>
        <translation>{kept} Werte wurden nach dem Import bearbeitet und beibehalten.</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Briefing pack of the chosen mission</source>
        <extracomment>Emitted after the documents of the shown mission were loaded (the mission id). Emitted after files were added: how many were new or changed, and how many unchanged.</extracomment>
        <translation>Briefing-Mappe der gewählten Mission</translation>
    </message>
    <message>
        <source>Briefing documents of the mission</source>
        <extracomment>Opens a saved document with the system&apos;s viewer (tests give their own).</extracomment>
        <translation>Briefing-Dokumente der Mission</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>&amp;Dokumente hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>No documents yet: add country reports, partner contacts or practical notes.</source>
        <translation>Noch keine Dokumente: Fügen Sie Länderberichte, Partnerkontakte oder praktische Hinweise hinzu.</translation>
    </message>
    <message>
        <source>Add to the briefing pack</source>
        <translation>Zur Briefing-Mappe hinzufügen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Dokumente (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Dokument speichern</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Edit lead</source>
        <extracomment>How a field a scan filled looks until the person edits it. A field the card&apos;s OCR was unsure of.</extracomment>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Schnellerfassung</translation>
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
        <translation>(kein Termin)</translation>
    </message>
    <message>
        <source>Not asked yet: consent missing</source>
        <translation>Noch nicht gefragt: Einwilligung fehlt</translation>
    </message>
    <message>
        <source>Consent: yes, they agree to the wording below (Alt+Y)</source>
        <translation>Einwilligung: ja, Zustimmung zum Wortlaut unten (Alt+Y)</translation>
    </message>
    <message>
        <source>Legitimate interest (no consent asked)</source>
        <translation>Berechtigtes Interesse (keine Einwilligung erfragt)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Rechtsgr&amp;undlage</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Romanised</source>
        <translation>&amp;Lateinische Schreibweise</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-Mails</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>&amp;Interesse</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>Ne&amp;xt action</source>
        <translation>Nächster &amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Ter&amp;min</translation>
    </message>
    <message>
        <source>Messa&amp;ging</source>
        <translation>Messen&amp;ger</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>Lin&amp;kedIn</translation>
    </message>
    <message>
        <source>&amp;Visible to</source>
        <translation>Sicht&amp;bar für</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>S&amp;can code…</source>
        <translation>Code s&amp;cannen…</translation>
    </message>
    <message>
        <source>Read a contact QR code, a messaging profile code or a badge with the camera</source>
        <translation>Einen Kontakt-QR-Code, einen Messenger-Profilcode oder ein Badge mit der Kamera lesen</translation>
    </message>
    <message>
        <source>Card p&amp;hoto…</source>
        <translation>K&amp;artenfoto…</translation>
    </message>
    <message>
        <source>Read a business card from a photo (pick both sides of a two-sided card)</source>
        <translation>Eine Visitenkarte von einem Foto lesen (bei zweiseitigen Karten beide Seiten wählen)</translation>
    </message>
    <message>
        <source>Legal &amp;basis (required)</source>
        <translation>Rechtsgr&amp;undlage (Pflicht)</translation>
    </message>
    <message>
        <source>Contact card of {name} read: check the highlighted fields, then save.</source>
        <translation>Kontaktkarte von {name} gelesen: Prüfen Sie die hervorgehobenen Felder und speichern Sie dann.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>{network} profile read.</source>
        <translation>{network}-Profil gelesen.</translation>
    </message>
    <message>
        <source>Card photo</source>
        <translation>Kartenfoto</translation>
    </message>
    <message>
        <source>The clipboard holds a picture. Read it as the card?</source>
        <translation>Die Zwischenablage enthält ein Bild. Als Visitenkarte lesen?</translation>
    </message>
    <message>
        <source>Read the &amp;clipboard picture</source>
        <translation>Bild aus der &amp;Zwischenablage lesen</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>&amp;Dateien wählen…</translation>
    </message>
    <message>
        <source>Photos of the card (one or both sides)</source>
        <translation>Fotos der Karte (eine oder beide Seiten)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Karte wird gelesen…</translation>
    </message>
    <message>
        <source>The card was hard to read here: check it</source>
        <translation>Die Karte war hier schwer lesbar: bitte prüfen</translation>
    </message>
    <message>
        <source>Card read: check each field (orange: the OCR was unsure), then save.</source>
        <translation>Karte gelesen: Prüfen Sie jedes Feld (orange: die Texterkennung war unsicher) und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Participant of {list}: {name}, {organisation} — use their details</source>
        <translation>Teilnehmende Person aus {list}: {name}, {organisation} — Angaben übernehmen</translation>
    </message>
    <message>
        <source>Badge {badge} is not in an imported attendee list: type the details (the badge number is kept in the notes).</source>
        <translation>Badge {badge} steht in keinem importierten Teilnehmerverzeichnis: Geben Sie die Angaben ein (die Badge-Nummer wird in den Notizen festgehalten).</translation>
    </message>
    <message>
        <source>Badge of {name} ({organisation}) from the attendee list {list}: check and save.</source>
        <translation>Badge von {name} ({organisation}) aus dem Teilnehmerverzeichnis {list}: prüfen und speichern.</translation>
    </message>
    <message>
        <source>Badge {badge}</source>
        <translation>Badge {badge}</translation>
    </message>
    <message>
        <source>Filled by the scan: check it</source>
        <translation>Vom Scan ausgefüllt: bitte prüfen</translation>
    </message>
    <message>
        <source>Enter saves · Tab moves · Alt+underlined letter jumps to a field</source>
        <translation>Enter speichert · Tab wechselt das Feld · Alt+unterstrichener Buchstabe springt zum Feld</translation>
    </message>
    <message>
        <source>“{typed}” could be read in more than one country. Which number is it?</source>
        <extracomment>Numbers the person chose to keep as typed (saved unconfirmed, never rewritten).</extracomment>
        <translation>„{typed}“ lässt sich in mehreren Ländern lesen. Welche Nummer ist gemeint?</translation>
    </message>
    <message>
        <source>Keep as typed, confirm later</source>
        <translation>Wie eingegeben behalten, später bestätigen</translation>
    </message>
    <message>
        <source>As printed; numbers without +country are read in {country}</source>
        <translation>Wie gedruckt; Nummern ohne +Ländervorwahl gelten für {country}</translation>
    </message>
    <message>
        <source>(this lead&apos;s meeting)</source>
        <translation>(Termin dieses Kontakts)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>clock far in the future</source>
        <translation>Uhr weit in der Zukunft</translation>
    </message>
    <message>
        <source>edited on two laptops</source>
        <translation>auf zwei Laptops bearbeitet</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>{person} on {laptop}, {when}</source>
        <translation>{person} auf {laptop}, {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>Behaltenen Wert &amp;beibehalten</translation>
    </message>
    <message>
        <source>Use the &amp;other value</source>
        <translation>&amp;Anderen Wert verwenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>When two laptops changed the same field before syncing, the later change was kept everywhere and the other is listed here. Choosing a value sends it to everyone.</source>
        <translation>Wenn zwei Laptops dasselbe Feld vor der Synchronisierung geändert haben, wurde die spätere Änderung überall behalten und die andere hier aufgeführt. Die Wahl eines Werts sendet ihn an alle.</translation>
    </message>
    <message>
        <source>{author}&apos;s laptop {device}: {n} changes set aside because its clock was far ahead; they are sent again once its clock is right.</source>
        <translation>Laptop {device} von {author}: {n} Änderungen zurückgestellt, weil seine Uhr weit vorging; sie werden erneut gesendet, sobald die Uhr stimmt.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Keine Konflikte zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) shown, more on the server</source>
        <translation>
            <numerusform>%n Konflikt angezeigt, weitere auf dem Server</numerusform>
            <numerusform>%n Konflikte angezeigt, weitere auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen</numerusform>
            <numerusform>%n Konflikte zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterpartLinkDialog</name>
    <message>
        <source>Counterpart page — {name}</source>
        <translation>Gesprächspartner-Seite — {name}</translation>
    </message>
    <message>
        <source>Counterpart page address</source>
        <translation>Adresse der Gesprächspartner-Seite</translation>
    </message>
    <message>
        <source>QR code of the counterpart page address</source>
        <translation>QR-Code der Adresse der Gesprächspartner-Seite</translation>
    </message>
    <message>
        <source>Send this address to {name} (or let them scan the code): in their language, they answer the delegation&apos;s requests, say which B2B sessions they can attend, ask for a meeting and see their agenda. Their answers arrive with the next sync. Anyone with the address can answer for them; revoke it if it reaches the wrong person.</source>
        <translation>Senden Sie diese Adresse an {name} (oder lassen Sie den Code scannen): In der eigenen Sprache beantwortet die Person die Anfragen der Delegation, gibt an, an welchen B2B-Sitzungen sie teilnehmen kann, fragt einen Termin an und sieht ihre Agenda. Die Antworten kommen mit der nächsten Synchronisierung an. Wer die Adresse hat, kann für die Person antworten; widerrufen Sie sie, wenn sie an die falsche Person gelangt.</translation>
    </message>
    <message>
        <source>The link works until {date}.</source>
        <translation>Der Link gilt bis {date}.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>&apos;{text}&apos; is not a date: type {hint}</source>
        <translation>„{text}“ ist kein Datum: geben Sie {hint} ein</translation>
    </message>
    <message>
        <source>{iso} or {local}</source>
        <translation>{iso} oder {local}</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <extracomment>Why the text is refused once typing ends (&quot;&quot; once it is readable again); a form shows it under the field (FieldForm connects it). The form field whose ValidationError an unreadable text raises.</extracomment>
        <translation>Tag wählen</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>&apos;{text}&apos; is not a date and time: type {hint}</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit: geben Sie {hint} ein</translation>
    </message>
    <message>
        <source>{iso} 09:30 or {local} 09:30</source>
        <translation>{iso} 09:30 oder {local} 09:30</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>Edit delegate</source>
        <translation>Delegierte(n) bearbeiten</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Delegierte(n) hinzufügen</translation>
    </message>
    <message>
        <source>e.g. 山田太郎</source>
        <translation>z. B. 山田太郎</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, local time</source>
        <translation>JJJJ-MM-TT HH:MM, Ortszeit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Braucht eine(n) Dolmetscher(in)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>Anmelde&amp;status</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährungsbedürfnisse</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Hinflug</translation>
    </message>
    <message>
        <source>&amp;Arrives</source>
        <translation>&amp;Ankunft</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Rückflug</translation>
    </message>
    <message>
        <source>&amp;Departs</source>
        <translation>Ab&amp;reise</translation>
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
        <translation>Reisepass gültig &amp;bis</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Visum</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Notfalltelefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Zeiten in Ortszeit von {zone}.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(rückgängig gemacht)</translation>
    </message>
    <message>
        <source>History: {batches}</source>
        <translation>Verlauf: {batches}</translation>
    </message>
    <message>
        <source>(visible to the mission&apos;s leaders)</source>
        <translation>(sichtbar für die Delegationsleitung)</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase this person</source>
        <extracomment>What the erasure did, once it is done (None before, or when it failed).</extracomment>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Erase {name} from this laptop, the server and every laptop that syncs?

Their name, e-mails, phones, photo and notes, their leads, consents, follow-up notes, roster entries, meeting and programme places, merge history, unsent changes and the backups that hold them are removed. Only a record of the erasure stays (who, when, why), so that importing their card again warns.

This cannot be undone.</source>
        <translation>{name} von diesem Laptop, vom Server und von jedem synchronisierenden Laptop löschen?

Name, E-Mails, Telefonnummern, Foto und Notizen der Person, ihre Kontakte, Einwilligungen, Notizen zu Nachverfolgungen, Einträge in Teilnehmerlisten, Plätze in Terminen und Programm, Verlauf der Zusammenführungen, nicht gesendete Änderungen und die Sicherungen, die diese enthalten, werden entfernt. Nur ein Vermerk über die Löschung bleibt (wer, wann, warum), damit ein erneuter Import ihrer Karte eine Warnung auslöst.

Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>&amp;Basis (the request, the legal ground):</source>
        <translation>&amp;Grundlage (der Antrag, der Rechtsgrund):</translation>
    </message>
    <message>
        <source>Basis of the erasure</source>
        <translation>Grundlage der Löschung</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Erase the person</source>
        <translation>Person löschen</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>Export all agendas</source>
        <translation>Alle Agenden exportieren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Also write &amp;mail drafts (.eml) with both files attached</source>
        <translation>Auch &amp;E-Mail-Entwürfe (.eml) mit beiden Dateien im Anhang schreiben</translation>
    </message>
    <message>
        <source>Also write mail drafts</source>
        <translation>Auch E-Mail-Entwürfe schreiben</translation>
    </message>
    <message>
        <source>One PDF and one calendar file (.ics) per delegate and per counterpart, named after the person. Files of the same name are replaced.</source>
        <translation>Je Delegierte(n) und je Gesprächspartner(in) ein PDF und eine Kalenderdatei (.ics), nach der Person benannt. Gleichnamige Dateien werden ersetzt.</translation>
    </message>
    <message>
        <source>Export all agendas to</source>
        <translation>Alle Agenden exportieren nach</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
</context>
<context>
    <name>FeedLinkDialog</name>
    <message>
        <source>Calendar link — {name}</source>
        <translation>Kalenderlink — {name}</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>Adresse des Kalender-Abos</translation>
    </message>
    <message>
        <source>QR code of the calendar feed address</source>
        <translation>QR-Code der Adresse des Kalender-Abos</translation>
    </message>
    <message>
        <source>Subscribe to this address in a calendar program or scan the code with a phone: the published agenda stays up to date there. Anyone with the address can read the agenda; revoke it if it reaches the wrong person.</source>
        <translation>Abonnieren Sie diese Adresse in einem Kalenderprogramm oder scannen Sie den Code mit einem Handy: Die veröffentlichte Agenda bleibt dort aktuell. Wer die Adresse hat, kann die Agenda lesen; widerrufen Sie sie, wenn sie an die falsche Person gelangt.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation>Nachverfolgung erfassen</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Bewertung von 1 (kalt) bis 5 (sehr vielversprechend)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Rating (1–5)</source>
        <translation>&amp;Bewertung (1–5)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <extracomment>Error text; a template for theme.tint(), which fills in the theme&apos;s warning colour. Where messages of fields without a row go (None: they are not shown here). Fields whose messages show under another field&apos;s row (&quot;organisation_id&quot; under &quot;organisation&quot;). The open &quot;discard what you typed?&quot; question, if any (tests answer it).</extracomment>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and lose them?</source>
        <translation>Dieses Formular enthält nicht gespeicherte Änderungen. Schließen und Änderungen verlieren?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ImportBasisDialog</name>
    <message>
        <source>Import leads</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Legal basis of the imported leads</source>
        <translation>Rechtsgrundlage der importierten Kontakte</translation>
    </message>
    <message>
        <source>None recorded: mark them “consent missing”</source>
        <translation>Keine erfasst: als „Einwilligung fehlt“ markieren</translation>
    </message>
    <message>
        <source>Consent: they agreed to our consent wording</source>
        <translation>Einwilligung: Die Personen haben unserem Einwilligungstext zugestimmt</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>On which legal basis are these people&apos;s details kept? Choose consent only when each of them agreed to the wording in Settings › Privacy. Leads without a basis are listed under “Consent missing” until one is recorded.</source>
        <translation>Auf welcher Rechtsgrundlage werden die Daten dieser Personen gespeichert? Wählen Sie Einwilligung nur, wenn jede von ihnen dem Wortlaut unter Einstellungen › Datenschutz zugestimmt hat. Kontakte ohne Rechtsgrundlage stehen unter „Einwilligung fehlt“, bis eine erfasst ist.</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Rechtsgr&amp;undlage</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <source>File to import</source>
        <extracomment>The batch the import made (set once imported; the undo takes it back).</extracomment>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>A .csv or .xlsx registration export</source>
        <translation>Ein Anmeldeexport als .csv oder .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>Datei &amp;lesen</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Feld der Teilnehmerliste</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Empty cells clear fields</source>
        <translation>Leere &amp;Zellen leeren Felder</translation>
    </message>
    <message>
        <source>When ticked, an empty cell empties its field (hotel, flight, needs...). Names, e-mails, phones, company, role and status are never emptied.</source>
        <translation>Wenn aktiviert, leert eine leere Zelle ihr Feld (Hotel, Flug, Bedürfnisse...). Namen, E-Mails, Telefonnummern, Unternehmen, Rolle und Status werden nie geleert.</translation>
    </message>
    <message>
        <source>Rows of the import</source>
        <translation>Zeilen des Imports</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Änderungen oder Grund</translation>
    </message>
    <message>
        <source>3. Check the rows and their changes, then import</source>
        <translation>3. Zeilen und Änderungen prüfen, dann importieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Ready: {a} to add, {u} to update, {n} unchanged, {r} rejected (listed first, with the reason). Nothing is saved until you click Import.</source>
        <translation>Bereit: {a} hinzuzufügen, {u} zu aktualisieren, {n} unverändert, {r} abgelehnt (zuerst aufgeführt, mit Grund). Nichts wird gespeichert, bevor Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated, {n} unchanged, {r} rejected.</source>
        <translation>Importiert: {a} hinzugefügt, {u} aktualisiert, {n} unverändert, {r} abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Import undone: {r} fields restored, {n} records removed.</source>
        <translation>Import rückgängig gemacht: {r} Felder wiederhergestellt, {n} Einträge entfernt.</translation>
    </message>
    <message>
        <source>{k} fields edited since the import were kept as they are.</source>
        <translation>{k} seit dem Import bearbeitete Felder wurden unverändert beibehalten.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Datei wählen</translation>
    </message>
    <message>
        <source>2. Match its columns to roster fields</source>
        <translation>2. Spalten den Feldern der Teilnehmerliste zuordnen</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.xlsx)</source>
        <translation>Anmeldeexporte (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Feld für Spalte {name}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>{n} rows read from {file}.</source>
        <translation>{n} Zeilen aus {file} gelesen.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Importing registrations</source>
        <translation>Anmeldungen werden importiert</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Programmpunkt bearbeiten</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(kein Ort)</translation>
    </message>
    <message>
        <source>ends the &amp;next day</source>
        <translation>endet am &amp;nächsten Tag</translation>
    </message>
    <message>
        <source>Ends the next day</source>
        <translation>Endet am nächsten Tag</translation>
    </message>
    <message>
        <source>The &amp;whole delegation</source>
        <translation>Die &amp;ganze Delegation</translation>
    </message>
    <message>
        <source>The whole delegation attends</source>
        <translation>Die ganze Delegation nimmt teil</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>e.g. 10:30-10:45, 12:00-13:00</source>
        <translation>z. B. 10:30-10:45, 12:00-13:00</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Beginn – Ende</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Beginn (Ortszeit)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Ende (Ortszeit)</translation>
    </message>
    <message>
        <source>Who &amp;attends</source>
        <translation>Wer &amp;nimmt teil</translation>
    </message>
    <message>
        <source>S&amp;lot length</source>
        <translation>&amp;Slotlänge</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>&amp;Tische</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Local time ({z})</source>
        <translation>Ortszeit ({z})</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Schreiben Sie Pausen als HH:mm-HH:mm, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>“{p}” is not a time of day.</source>
        <translation>„{p}“ ist keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Tick who attends, or choose the whole delegation.</source>
        <translation>Wählen Sie an, wer teilnimmt, oder die ganze Delegation.</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>{n} of 5</source>
        <extracomment>Rows fetched per request when the view scrolls to rows not yet loaded. The user asked for another order: (sort key, descending).</extracomment>
        <translation>{n} von 5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <source>Leads</source>
        <extracomment>Emitted after every reload with the number of leads listed.</extracomment>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Search names, companies, e-mails, phones, notes…</source>
        <translation>Namen, Unternehmen, E-Mails, Telefonnummern, Notizen suchen…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Quick capture (Ctrl+L, from any screen)</source>
        <translation>Schnellerfassung (Strg+L, von jeder Ansicht aus)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>vCard files…</source>
        <translation>vCard-Dateien…</translation>
    </message>
    <message>
        <source>Folder of vCards…</source>
        <translation>Ordner mit vCards…</translation>
    </message>
    <message>
        <source>Attendee list of an event (CSV, XLSX)…</source>
        <translation>Teilnehmerverzeichnis einer Veranstaltung (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>QR code from an image…</source>
        <translation>QR-Code aus einem Bild…</translation>
    </message>
    <message>
        <source>QR code from the clipboard</source>
        <translation>QR-Code aus der Zwischenablage</translation>
    </message>
    <message>
        <source>No camera was found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachverfolgungen</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Einwilligung fehlt</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zur Prüfung fällig</translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation>Welche Kontakte</translation>
    </message>
    <message>
        <source>Mission filter</source>
        <translation>Filter Mission</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Alle Missionen</translation>
    </message>
    <message>
        <source>Interest filter</source>
        <translation>Filter Interesse</translation>
    </message>
    <message>
        <source>Any interest</source>
        <translation>Jedes Interesse</translation>
    </message>
    <message>
        <source>{stars} or more</source>
        <translation>{stars} oder mehr</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filter Schlagwort</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Lead detail and history</source>
        <translation>Details und Verlauf des Kontakts</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>Nach&amp;verfolgung…</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Nachverfolgung &amp;erledigt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation>Alles über diese Person exportieren…</translation>
    </message>
    <message>
        <source>Everything this laptop holds about the person, with sources and dates, as a JSON file they can read (right of access)</source>
        <translation>Alles, was dieser Laptop über die Person gespeichert hat, mit Quellen und Daten, als für sie lesbare JSON-Datei (Auskunftsrecht)</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Diese Person löschen…</translation>
    </message>
    <message>
        <source>Erase this person everywhere</source>
        <translation>Diese Person überall löschen</translation>
    </message>
    <message>
        <source>Follow-ups due ({n})</source>
        <translation>Fällige Nachverfolgungen ({n})</translation>
    </message>
    <message>
        <source>Scan with the camera…</source>
        <translation>Mit der Kamera scannen…</translation>
    </message>
    <message>
        <source>Scan with the camera (no camera found)</source>
        <translation>Mit der Kamera scannen (keine Kamera gefunden)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No lead matches “{text}”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Kontakt passt zu „{text}“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No leads yet. Press &lt;b&gt;Ctrl+L&lt;/b&gt; to capture one, or import vCards or a QR code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Kontakte. Drücken Sie &lt;b&gt;Strg+L&lt;/b&gt;, um einen zu erfassen, oder importieren Sie vCards oder einen QR-Code.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>(as typed: edit the lead to confirm its country)</source>
        <translation>(wie eingegeben: bearbeiten Sie den Kontakt, um das Land zu bestätigen)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Offene Nachverfolgungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Nachverfolgung geplant</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Nachverfolgung erledigt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete the lead {name}? It disappears on every laptop after the next sync.</source>
        <translation>Kontakt {name} löschen? Er verschwindet nach der nächsten Synchronisierung von jedem Laptop.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Due (+3, 2w, tomorrow or 2026-12-01), then a note after a comma:</source>
        <translation>Fällig (+3, 2w, tomorrow oder 2026-12-01), dann eine Notiz nach einem Komma:</translation>
    </message>
    <message>
        <source>Import vCard files</source>
        <translation>vCard-Dateien importieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;Lead tables from an export (*.csv *.xlsx);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Kontakttabellen aus einem Export (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of vCards</source>
        <translation>Ordner mit vCards importieren</translation>
    </message>
    <message>
        <source>Importing vCards</source>
        <translation>vCards werden importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n Kontakt importiert</numerusform>
            <numerusform>%n Kontakte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s).</source>
        <translation>
            <numerusform>aus %n Datei.</numerusform>
            <numerusform>aus %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;HubSpot import (*.csv);;Salesforce import (*.csv)</source>
        <translation>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;HubSpot-Import (*.csv);;Salesforce-Import (*.csv)</translation>
    </message>
    <message>
        <source>{n} of them have no legal basis (consent missing): see the “Consent missing” list.</source>
        <translation>{n} davon haben keine Rechtsgrundlage (Einwilligung fehlt): siehe Liste „Einwilligung fehlt“.</translation>
    </message>
    <message>
        <source>vCard import</source>
        <translation>vCard-Import</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Einige Karten wurden abgelehnt; siehe Details.</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Hinweise siehe Details.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Import undone: {removed} records removed, {restored} fields restored.</source>
        <translation>Import rückgängig gemacht: {removed} Einträge entfernt, {restored} Felder wiederhergestellt.</translation>
    </message>
    <message>
        <source>{n} fields edited since the import were kept as they are.</source>
        <translation>{n} seit dem Import bearbeitete Felder wurden unverändert beibehalten.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Alles über diese Person exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything about {name} to {path}</source>
        <translation>Alles über {name} nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Participant export of the organiser</source>
        <translation>Teilnehmerexport des Veranstalters</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>Teilnehmerverzeichnisse (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of {name} ready for badge scans.</source>
        <translation>
            <numerusform>%n teilnehmende Person von {name} bereit für Badge-Scans.</numerusform>
            <numerusform>%n Teilnehmende von {name} bereit für Badge-Scans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: </source>
        <translation>
            <numerusform>%n Zeile abgelehnt: </numerusform>
            <numerusform>%n Zeilen abgelehnt: </numerusform>
        </translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Teilnehmerverzeichnis</translation>
    </message>
    <message>
        <source>QR code image</source>
        <translation>Bild des QR-Codes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no text.</source>
        <translation>Die Zwischenablage enthält weder Bild noch Text.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Exported {n} leads to {path}</source>
        <translation>{n} Kontakte nach {path} exportiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel sync</source>
        <extracomment>Whether the signed-in user gets this screen at all (by role).</extracomment>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync now; nothing is lost, unsent changes go with the next sync</source>
        <translation>Synchronisierung jetzt anhalten; nichts geht verloren, nicht gesendete Änderungen gehen mit der nächsten Synchronisierung</translation>
    </message>
    <message>
        <source>bioX Missions</source>
        <extracomment>The mission chosen in the selector changed (its id, or &quot;&quot; for none). Makes the sync service for a workspace (tests give one talking to an in-process server).</extracomment>
        <translation>bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions (demo data, not encrypted)</source>
        <translation>bioX Missions (Demodaten, nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>Mission:</translation>
    </message>
    <message>
        <source>Current mission</source>
        <translation>Aktuelle Mission</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s (F5)</source>
        <translation>Eigene Änderungen senden und die der anderen empfangen (F5)</translation>
    </message>
    <message>
        <source>Sync server…</source>
        <translation>Sync-Server…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>Importe…</translation>
    </message>
    <message>
        <source>Recent imports, and undoing one</source>
        <translation>Letzte Importe, einen davon rückgängig machen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Add a meeting</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>Delegates in the meeting</source>
        <translation>Delegierte beim Termin</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Name oder Organisation eingeben</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Beginn (Ortszeit)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Ende (Ortszeit)</translation>
    </message>
    <message>
        <source>(the B2B session&apos;s venue)</source>
        <translation>(Ort der B2B-Sitzung)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(from the organisations)</source>
        <translation>(aus den Organisationen)</translation>
    </message>
    <message>
        <source>&amp;Who (delegates)</source>
        <translation>&amp;Wer (Delegierte)</translation>
    </message>
    <message>
        <source>Meets &amp;whom</source>
        <translation>Trifft &amp;wen</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Beginn – Ende</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tisch</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Dolmetscher</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tit&amp;el</translation>
    </message>
    <message>
        <source>Tick at least one delegate.</source>
        <translation>Wählen Sie mindestens eine(n) Delegierte(n) an.</translation>
    </message>
    <message>
        <source>Choose who they meet from the suggestions.</source>
        <translation>Wählen Sie aus den Vorschlägen, wen sie treffen.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Der Termin endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Capture a lead…</source>
        <translation>Kontakt &amp;erfassen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <extracomment>One action per screen there may be, by key, with the screen&apos;s fixed shortcut.</extracomment>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About bioX Missions</source>
        <translation>&amp;Über bioX Missions</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>About bioX Missions</source>
        <translation>Über bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions {version}</source>
        <translation>bioX Missions {version}</translation>
    </message>
    <message>
        <source>Trade missions of European life-sciences clusters: roster, agenda, leads, agreements and reports, working offline and syncing with the shared server.</source>
        <translation>Wirtschaftsmissionen europäischer Life-Sciences-Cluster: Teilnehmerliste, Programm, Kontakte, Vereinbarungen und Berichte, offline nutzbar und mit dem gemeinsamen Server synchronisiert.</translation>
    </message>
</context>
<context>
    <name>MergeScreen</name>
    <message>
        <source>Merge duplicates</source>
        <extracomment>What the last action did, shown with the next reload&apos;s summary.</extracomment>
        <translation>Duplikate zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Look for duplicates again</source>
        <translation>Erneut nach Duplikaten suchen</translation>
    </message>
    <message>
        <source>Merge automatically above</source>
        <translation>Automatisch zusammenführen ab</translation>
    </message>
    <message>
        <source>Merge automatically above a score</source>
        <translation>Ab einer Übereinstimmung automatisch zusammenführen</translation>
    </message>
    <message>
        <source>Automatic merge score</source>
        <translation>Übereinstimmung für automatisches Zusammenführen</translation>
    </message>
    <message>
        <source>Merge all above</source>
        <translation>Alle darüber zusammenführen</translation>
    </message>
    <message>
        <source>Merge every group above the score now</source>
        <translation>Jetzt jede Gruppe über der Übereinstimmung zusammenführen</translation>
    </message>
    <message>
        <source>Candidate groups, best first</source>
        <translation>Kandidatengruppen, beste zuerst</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Beizubehaltender Eintrag</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>Beizubehaltender &amp;Eintrag:</translation>
    </message>
    <message>
        <source>Records side by side; click a value to keep it</source>
        <translation>Einträge nebeneinander; klicken Sie auf einen Wert, um ihn zu behalten</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge these records</source>
        <translation>Diese Einträge zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Kein Duplikat</translation>
    </message>
    <message>
        <source>These are different; do not propose again</source>
        <translation>Diese sind verschieden; nicht mehr vorschlagen</translation>
    </message>
    <message>
        <source>Erase a person…</source>
        <translation>Eine Person löschen…</translation>
    </message>
    <message>
        <source>Erase one of these people everywhere</source>
        <translation>Eine dieser Personen überall löschen</translation>
    </message>
    <message>
        <source>Merges made</source>
        <translation>Durchgeführte Zusammenführungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>Zusammenführung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the selected merge</source>
        <translation>Ausgewählte Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Kandidaten, beste zuerst</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Duplikate werden gesucht</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) to review.</source>
        <translation>
            <numerusform>%n Gruppe zu prüfen.</numerusform>
            <numerusform>%n Gruppen zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates to review.</source>
        <translation>Keine Duplikate zu prüfen.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>Choose a group on the left to compare.</source>
        <translation>Wählen Sie links eine Gruppe zum Vergleichen.</translation>
    </message>
    <message>
        <source>Score {score:.0%}: {why}</source>
        <translation>Übereinstimmung {score:.0%}: {why}</translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation> (behalten)</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Alle zusammen</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <source>Captured privately by one company: not published by a merge</source>
        <translation>Privat von einem Unternehmen erfasst: wird durch Zusammenführen nicht veröffentlicht</translation>
    </message>
    <message>
        <source>From {who}</source>
        <translation>Von {who}</translation>
    </message>
    <message>
        <source>Merged {n} records into {who}.</source>
        <translation>{n} Einträge in {who} zusammengeführt.</translation>
    </message>
    <message>
        <source>Remembered: these are different.</source>
        <translation>Gemerkt: Diese sind verschieden.</translation>
    </message>
    <message>
        <source>Undone: {n} records are back.</source>
        <translation>Rückgängig gemacht: {n} Einträge sind wieder da.</translation>
    </message>
    <message>
        <source>Merged {n} groups automatically.</source>
        <translation>{n} Gruppen automatisch zusammengeführt.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Duplikate werden zusammengeführt</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>Mission bearbeiten</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Neue Mission</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Name der Mission</translation>
    </message>
    <message>
        <source>Osaka, Kobe</source>
        <translation>Osaka, Kobe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Städte</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Home time zone</source>
        <translation>&amp;Heimatzeitzone</translation>
    </message>
    <message>
        <source>&amp;Lead cluster</source>
        <translation>&amp;Federführender Cluster</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>MissionPartnersPanel</name>
    <message>
        <source>Gateway partners of the chosen mission</source>
        <extracomment>Emitted after the partners of the shown mission were loaded (the mission id).</extracomment>
        <translation>Gateway-Partner der gewählten Mission</translation>
    </message>
    <message>
        <source>Gateway partners of the mission</source>
        <translation>Gateway-Partner der Mission</translation>
    </message>
    <message>
        <source>Gateway partner, foreign cluster or agency to add</source>
        <translation>Hinzuzufügender Gateway-Partner, ausländischer Cluster oder Agentur</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <source>No gateway partner yet.</source>
        <translation>Noch kein Gateway-Partner.</translation>
    </message>
</context>
<context>
    <name>MissionsScreen</name>
    <message>
        <source>Missions</source>
        <extracomment>Emitted with the missions after every reload (the main window&apos;s selector listens).</extracomment>
        <translation>Missionen</translation>
    </message>
    <message>
        <source>Filter missions</source>
        <translation>Missionen filtern</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Neue Mission…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>No missions yet. Create the first one with “New mission”.</source>
        <translation>Noch keine Missionen. Legen Sie die erste mit „Neue Mission“ an.</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <extracomment>The chosen mission&apos;s gateway partners (add, remove) and briefing pack.</extracomment>
        <translation>Mission löschen</translation>
    </message>
    <message>
        <source>Delete the mission “{name}”?</source>
        <translation>Mission „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Its roster, programme and meetings go with it, for everyone, at the next sync.</source>
        <translation>Teilnehmerliste, Programm und Termine werden bei der nächsten Synchronisierung für alle mitgelöscht.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move meeting</source>
        <extracomment>People named in the publish question itself; the whole list is in its details.</extracomment>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>B2B-Sitzung</translation>
    </message>
    <message>
        <source>Another time (outside the B2B sessions)</source>
        <translation>Andere Zeit (außerhalb der B2B-Sitzungen)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>New start (local time)</source>
        <translation>Neuer Beginn (Ortszeit)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Starts (%s)</source>
        <translation>Beginn (%s)</translation>
    </message>
    <message>
        <source>&amp;Lock it here (a new scheduling run keeps it)</source>
        <translation>Hier &amp;sperren (eine neue Einplanung behält ihn bei)</translation>
    </message>
    <message>
        <source>Lock the meeting</source>
        <translation>Termin sperren</translation>
    </message>
    <message>
        <source>{time} is not one of the session&apos;s slots: the nearest slot is chosen.</source>
        <translation>{time} ist kein Zeitfenster der Sitzung: Das nächstgelegene Zeitfenster wird gewählt.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted on the GUI thread after a successful operation: a frozenset of changed areas (&quot;missions&quot;, &quot;roster&quot;, &quot;agenda&quot;, &quot;leads&quot;, &quot;agreements&quot;, &quot;sync&quot;, ...). Emitted when the number of running operations goes from 0 to 1 (True) or back (False). Running operations: relay -&gt; the work, kept here so it is freed on the GUI thread. Every pool work was started on (the worker, and lanes of their own such as sync&apos;s). The worker of :meth:`run_aside`, made when first used.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <source>関西メディカル株式会社</source>
        <translation>関西メディカル株式会社</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>diagnostics, oncology</source>
        <translation>Diagnostik, Onkologie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Name in &amp;Originalschrift</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;Home cluster</source>
        <translation>&amp;Heimatcluster</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>&amp;Branchen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
</context>
<context>
    <name>OrganisationsScreen</name>
    <message>
        <source>Organisations</source>
        <extracomment>Emitted after the chosen organisation&apos;s page is shown (its id).</extracomment>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Search names in any script, or a city</source>
        <translation>Namen in beliebiger Schrift oder eine Stadt suchen</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Country of the organisation</source>
        <translation>Land der Organisation</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Neue Organisation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Journey &amp;PDF…</source>
        <translation>Verlauf als &amp;PDF…</translation>
    </message>
    <message>
        <source>Every mission, delegate, meeting, lead, agreement and follow-up of this organisation, as a PDF</source>
        <translation>Alle Missionen, Delegierten, Termine, Kontakte, Vereinbarungen und Nachverfolgungen dieser Organisation als PDF</translation>
    </message>
    <message>
        <source>The chosen organisation</source>
        <translation>Die gewählte Organisation</translation>
    </message>
    <message>
        <source>Choose an organisation to see its people, missions, meetings, leads, agreements and follow-ups.</source>
        <translation>Wählen Sie eine Organisation, um ihre Personen, Missionen, Termine, Kontakte, Vereinbarungen und Nachverfolgungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: {title} ({kind}, {status})</source>
        <translation>Vereinbarung: {title} ({kind}, {status})</translation>
    </message>
    <message>
        <source>Follow-up done {day}: {subject} — {outcome}</source>
        <translation>Nachverfolgung erledigt {day}: {subject} — {outcome}</translation>
    </message>
    <message>
        <source>Follow-up due {day}: {subject}</source>
        <translation>Nachverfolgung fällig {day}: {subject}</translation>
    </message>
    <message>
        <source>Save the journey as PDF</source>
        <translation>Verlauf als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the journey PDF</source>
        <translation>PDF des Verlaufs wird geschrieben</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Meeting outcome</source>
        <translation>Ergebnis des Termins</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>This meeting has not started yet: it can be recorded as held or as a no-show once it has.</source>
        <translation>Dieser Termin hat noch nicht begonnen: Erst danach kann er als stattgefunden oder nicht erschienen erfasst werden.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Bewertung von 1 (kühl) bis 5 (sehr vielversprechend)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Bewertung (1–5)</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Changes the server refused</source>
        <extracomment>Retry queued the changes again: the window syncs at once.</extracomment>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send these changes again (after fixing the cause)</source>
        <translation>Diese Änderungen erneut senden (nach Behebung der Ursache)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Give these changes up: the server&apos;s version stays</source>
        <translation>Diese Änderungen aufgeben: Die Version des Servers bleibt</translation>
    </message>
    <message>
        <source>The server refused {n} of your changes: they reached nobody.</source>
        <translation>Der Server hat {n} Ihrer Änderungen abgelehnt: Sie haben niemanden erreicht.</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
    <message>
        <source>Discard refused changes</source>
        <translation>Abgelehnte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard {n} refused changes? The server&apos;s version stays; what only this laptop had is removed. This cannot be undone.</source>
        <translation>{n} abgelehnte Änderungen verwerfen? Die Version des Servers bleibt; was nur auf diesem Laptop war, wird entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <extracomment>Areas whose changes move the figures. Emitted after each report shown (tests and the screenshot wait for it). Emitted with the path of a written PDF or export.</extracomment>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Alle Missionen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Funder report (PDF)…</source>
        <translation>Bericht für Geldgeber (PDF)…</translation>
    </message>
    <message>
        <source>Write the funder report as PDF</source>
        <translation>Bericht für Geldgeber als PDF schreiben</translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Zahlen exportieren…</translation>
    </message>
    <message>
        <source>Export the figures to CSV or XLSX</source>
        <translation>Zahlen als CSV oder XLSX exportieren</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Termine: von der Anfrage zur Vereinbarung</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Ergebnisse je Cluster</translation>
    </message>
    <message>
        <source>Signed agreements by kind</source>
        <translation>Unterzeichnete Vereinbarungen nach Art</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Kontakte nach Bewertung (1 kalt – 5 sehr vielversprechend)</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Je Cluster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Je Land</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Je Mission</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Vereinbarungen und Absichtserklärungen</translation>
    </message>
    <message>
        <source>No figures for this selection yet: record meeting outcomes, leads and agreements, or widen the filters.</source>
        <translation>Noch keine Zahlen für diese Auswahl: Erfassen Sie Terminergebnisse, Kontakte und Vereinbarungen oder erweitern Sie die Filter.</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Zahlen und Diagramme</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Führten zu einer Vereinbarung</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Stattgefundene Termine</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Vielversprechende Kontakte</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>KMU-Vereinbarungen</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Absichtserklärungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation>Bericht für Geldgeber speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Writing the funder report…</source>
        <translation>Bericht für Geldgeber wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New meeting request</source>
        <translation>Neue Terminanfrage</translation>
    </message>
    <message>
        <source>(choose a delegate)</source>
        <translation>(Delegierte(n) wählen)</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Name oder Organisation eingeben</translation>
    </message>
    <message>
        <source>1 = nice to have … 5 = must meet</source>
        <translation>1 = wünschenswert … 5 = unbedingt treffen</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>The request expires</source>
        <translation>Die Anfrage läuft ab</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiry time (local)</source>
        <translation>Ablaufzeit (Ortszeit)</translation>
    </message>
    <message>
        <source>&amp;Delegate asking</source>
        <translation>&amp;Anfragende(r) Delegierte(r)</translation>
    </message>
    <message>
        <source>&amp;Wants to meet</source>
        <translation>&amp;Möchte treffen</translation>
    </message>
    <message>
        <source>&amp;Priority (1–5)</source>
        <translation>&amp;Priorität (1–5)</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Dolmetscher</translation>
    </message>
    <message>
        <source>Expir&amp;y</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Nobody called “{t}” in the list; pick one of the suggestions.</source>
        <translation>Niemand namens „{t}“ in der Liste; wählen Sie einen der Vorschläge.</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Delegates</source>
        <translation>Delegierte</translation>
    </message>
    <message>
        <source>Search name, company, e-mail, hotel, flight</source>
        <translation>Name, Firma, E-Mail, Hotel, Flug suchen</translation>
    </message>
    <message>
        <source>Search delegates</source>
        <translation>Delegierte suchen</translation>
    </message>
    <message>
        <source>Registration status filter</source>
        <translation>Filter Anmeldestatus</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>With &amp;warnings only</source>
        <translation>Nur mit &amp;Warnungen</translation>
    </message>
    <message>
        <source>&amp;Add delegate…</source>
        <translation>Delegierte(n) &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>Anmeldung &amp;stornieren</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Booklet PDF…</source>
        <translation>&amp;Broschüre als PDF…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n Delegierte(r)</numerusform>
            <numerusform>%n Delegierte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %n warning(s), {t} to do</source>
        <translation>
            <numerusform>Checkliste: %n Warnung, {t} zu erledigen</numerusform>
            <numerusform>Checkliste: %n Warnungen, {t} zu erledigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Anmeldung stornieren</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}?</source>
        <translation>Anmeldung von {name} stornieren?</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Teilnehmerliste exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Roster exported to {p}</source>
        <translation>Teilnehmerliste nach {p} exportiert</translation>
    </message>
    <message>
        <source>Roster booklet</source>
        <translation>Broschüre der Delegation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Booklet written to {p}</source>
        <translation>Broschüre nach {p} geschrieben</translation>
    </message>
    <message>
        <source>Writing the roster booklet</source>
        <translation>Broschüre der Delegation wird geschrieben</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Warnings</source>
        <extracomment>Rows fetched with the ids of a search: more than a tall window shows.</extracomment>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Read the card in vie&amp;w</source>
        <extracomment>Counters a test or a diagnostic can read: frames the sink gave, frames decoded. Ids of the threads that decoded (never the GUI thread). The picture in view (PNG bytes) when the person asks to read it as a business card.</extracomment>
        <translation>Sichtbare Karte &amp;lesen</translation>
    </message>
    <message>
        <source>Hold a business card still in front of the camera, then read it as a card</source>
        <translation>Halten Sie eine Visitenkarte ruhig vor die Kamera und lesen Sie sie dann als Karte</translation>
    </message>
    <message>
        <source>Hold a QR code, a badge or a card&apos;s code in front of the camera.</source>
        <translation>Halten Sie einen QR-Code, ein Badge oder den Code einer Karte vor die Kamera.</translation>
    </message>
    <message>
        <source>No camera was found. Read a code from an image or the clipboard instead (Leads › Import).</source>
        <translation>Keine Kamera gefunden. Lesen Sie den Code stattdessen aus einem Bild oder aus der Zwischenablage (Kontakte › Importieren).</translation>
    </message>
</context>
<context>
    <name>SessionGridModel</name>
    <message>
        <source>That meeting is no longer on this grid.</source>
        <extracomment>What a dragged meeting carries: its id (never shown). Cell colours (background, text) for light and dark palettes. A drop or keyboard move refused: the reason in words. A valid move: meeting id, row, column.</extracomment>
        <translation>Dieser Termin ist nicht mehr in diesem Raster.</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Tisch {n}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Locked: a new scheduling run keeps it here</source>
        <translation>Gesperrt: Eine neue Einplanung behält ihn hier bei</translation>
    </message>
    <message>
        <source>Not locked: a new scheduling run may move it</source>
        <translation>Nicht gesperrt: Eine neue Einplanung kann ihn verschieben</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, gesperrt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Languages of the clusters, each named in its own language (not translated on purpose). How often the window checks whether the daily backup is due.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Bei {server} als {user} angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in to a sync server.</source>
        <translation>Bei keinem Sync-Server angemeldet.</translation>
    </message>
    <message>
        <source>Sync server and &amp;account…</source>
        <translation>Sync-Server und &amp;Konto…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Datenordner</translation>
    </message>
    <message>
        <source>Changes of language and data folder take effect when bioX Missions is started again.</source>
        <translation>Änderungen von Sprache und Datenordner wirken beim nächsten Start von bioX Missions.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Wortlaut der Einwilligung</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Version des Einwilligungstexts</translation>
    </message>
    <message>
        <source>Ask for consent when a lead is captured</source>
        <translation>Bei der Erfassung eines Kontakts um Einwilligung bitten</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>&amp;Datenschutzerklärung</translation>
    </message>
    <message>
        <source>&amp;Consent wording</source>
        <translation>&amp;Wortlaut der Einwilligung</translation>
    </message>
    <message>
        <source>Wording &amp;version</source>
        <translation>&amp;Version des Texts</translation>
    </message>
    <message>
        <source>The consent wording and its version are set for your organisation on the sync server.</source>
        <translation>Wortlaut der Einwilligung und dessen Version werden für Ihre Organisation auf dem Sync-Server festgelegt.</translation>
    </message>
    <message>
        <source>Legal basis a capture starts with</source>
        <translation>Vorgewählte Rechtsgrundlage bei der Erfassung</translation>
    </message>
    <message>
        <source>None: the delegate chooses each time</source>
        <translation>Keine: Delegierte wählen jedes Mal</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Default &amp;basis</source>
        <translation>Standard-Rechts&amp;grundlage</translation>
    </message>
    <message>
        <source>Review leads without a legal basis after</source>
        <translation>Kontakte ohne Rechtsgrundlage prüfen nach</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Review leads without activity after</source>
        <translation>Kontakte ohne Aktivität prüfen nach</translation>
    </message>
    <message>
        <source>No basis: review &amp;after</source>
        <translation>Ohne Grundlage: prüfen &amp;nach</translation>
    </message>
    <message>
        <source>No activity: review a&amp;fter</source>
        <translation>Ohne Aktivität: prü&amp;fen nach</translation>
    </message>
    <message>
        <source>Leads due for review (Leads › Due for review, or biox-desktop privacy due) must be completed or erased.</source>
        <translation>Zur Prüfung fällige Kontakte (Kontakte › Zur Prüfung fällig, oder biox-desktop privacy due) müssen vervollständigt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Make a backup every day automatically</source>
        <translation>Jeden Tag automatisch eine Sicherung anlegen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep automatic backups for</source>
        <translation>Automatische Sicherungen aufbewahren für</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups for</source>
        <translation>Automatische Sicherungen &amp;aufbewahren für</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Recovery &amp;code…</source>
        <translation>Wiederherstellungs&amp;code…</translation>
    </message>
    <message>
        <source>The code that opens this laptop&apos;s backups on another computer</source>
        <translation>Der Code, mit dem sich die Sicherungen dieses Laptops auf einem anderen Computer öffnen lassen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <extracomment>Where file dialogs are skipped in tests: a path to use instead of asking.</extracomment>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <source>bioX Missions backups (*.sqlite3);;All files (*)</source>
        <translation>bioX-Missions-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>delegation leader</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>Delegierte(r)</translation>
    </message>
    <message>
        <source>Role: {role}; organisation: {organisation}.</source>
        <translation>Rolle: {role}; Organisation: {organisation}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sicherung nach {path} geschrieben.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace all the data on this laptop by the backup {path}? The data as it is now is backed up first.</source>
        <translation>Alle Daten auf diesem Laptop durch die Sicherung {path} ersetzen? Die aktuellen Daten werden vorher gesichert.</translation>
    </message>
    <message>
        <source>Restored from {path}. The data as it was before is kept in {safety}.</source>
        <translation>Aus {path} wiederhergestellt. Die vorherigen Daten liegen in {safety}.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>{path} was not made on this laptop. Type the recovery code of the laptop that made it:</source>
        <translation>{path} wurde nicht auf diesem Laptop erstellt. Geben Sie den Wiederherstellungscode des Laptops ein, der sie erstellt hat:</translation>
    </message>
    <message>
        <source>This data folder is not encrypted (a demo on a computer without a keyring): it has no recovery code.</source>
        <translation>Dieser Datenordner ist nicht verschlüsselt (eine Demo auf einem Computer ohne Schlüsselbund): Er hat keinen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Anyone with the recovery code and a backup can read all its data. Show it now, to write it down and keep it apart from this laptop?</source>
        <translation>Wer den Wiederherstellungscode und eine Sicherung hat, kann alle ihre Daten lesen. Jetzt anzeigen, um ihn aufzuschreiben und getrennt von diesem Laptop aufzubewahren?</translation>
    </message>
    <message>
        <source>On a new computer: restore a backup with this code (Settings › Backups, or biox-desktop restore FILE --recovery-code CODE).</source>
        <translation>Auf einem neuen Computer: eine Sicherung mit diesem Code wiederherstellen (Einstellungen › Sicherungen, oder biox-desktop restore FILE --recovery-code CODE).</translation>
    </message>
    <message>
        <source>The privacy policy, the consent wording and its version cannot be empty.</source>
        <translation>Datenschutzerklärung, Einwilligungstext und dessen Version dürfen nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No sync server is set up: choose “Sync server…” to sign in. Your changes are kept on this laptop.</source>
        <translation>Kein Sync-Server eingerichtet: Wählen Sie „Sync-Server…“, um sich anzumelden. Ihre Änderungen bleiben auf diesem Laptop erhalten.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>A sync is already running; it goes on.</source>
        <extracomment>First retry after a failed automatic sync; doubles up to the timer interval. Refusals listed in the sync status (the command line and the log list them all). (state, message): state is &quot;online&quot;, &quot;refused&quot; (synced, but the server refused some changes: the message lists why), &quot;offline&quot;, &quot;error&quot;, &quot;syncing&quot;, &quot;idle&quot; or &quot;unconfigured&quot; (asked to sync with no server set up). Emitted after a successful sync with its report. The sync&apos;s own thread (one sync at a time).</extracomment>
        <translation>Eine Synchronisierung läuft bereits; sie wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Synchronisierung wird abgebrochen…</translation>
    </message>
    <message>
        <source>Synced: {pushed} sent, {pulled} received</source>
        <translation>Synchronisiert: {pushed} gesendet, {pulled} empfangen</translation>
    </message>
    <message>
        <source>, {n} conflicts for review</source>
        <translation>, {n} Konflikte zu prüfen</translation>
    </message>
    <message>
        <source>, {n} refused by the server</source>
        <translation>, {n} vom Server abgelehnt</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
    <message>
        <source>Sync cancelled; unsent changes are kept</source>
        <translation>Synchronisierung abgebrochen; nicht gesendete Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Offline: {why}</source>
        <translation>Offline: {why}</translation>
    </message>
    <message>
        <source>Sync failed: {why}</source>
        <translation>Synchronisierung fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM, as 09:30 or 14:00</source>
        <translation>HH:MM, z. B. 09:30 oder 14:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day: type {hint}</source>
        <translation>„{text}“ ist keine Uhrzeit: geben Sie {hint} ein</translation>
    </message>
</context>
<context>
    <name>TravelTimeDialog</name>
    <message>
        <source>Travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>The same time &amp;back</source>
        <translation>Gleiche Zeit &amp;zurück</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>Add venues first.</source>
        <translation>Legen Sie zuerst Orte an.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Wählen Sie zwei verschiedene Orte.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Geben Sie dem Ort einen Namen.</translation>
    </message>
    <message>
        <source>“{z}” is not a time zone; pick one from the list.</source>
        <translation>„{z}“ ist keine Zeitzone; wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and travel times</source>
        <translation>Orte und Fahrzeiten</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Fahrzeiten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Neuer Ort…</translation>
    </message>
    <message>
        <source>&amp;Edit venue…</source>
        <translation>Ort &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Travel time…</source>
        <translation>&amp;Fahrzeit…</translation>
    </message>
    <message>
        <source>Travel times (minutes, door to door)</source>
        <translation>Fahrzeiten (Minuten, von Tür zu Tür)</translation>
    </message>
</context>
<context>
    <name>_HomeTime</name>
    <message>
        <source>Home time ({z}): {a}–{b}</source>
        <extracomment>What the service returned on Save.</extracomment>
        <translation>Heimatzeit ({z}): {a}–{b}</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Give the programme item a title.</source>
        <extracomment>B2B sessions only. B2B sessions only: (start, end) aware datetimes of breaks inside the session. Languages they speak (ISO 639-1); for an interpreter, the ones they interpret. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Id of the active meeting that fulfils this request, if any. The last answer (or the request) the foreign person gave on their counterpart page. The B2B sessions (start, title) the foreign person of the request said they can attend. The language of the interpreter it needs (ISO 639-1, or &quot;any&quot;); None when none is. The language of the interpreter (ISO 639-1, or &quot;any&quot;); None with ``interpreter_needed`` means the main language of the mission&apos;s country. Ids of the meetings / programme items involved. The calendar cancels this event: it is never added, and an item an earlier import created for the same UID is removed. The batch that undoes this import (None when it changed nothing).</extracomment>
        <translation>Geben Sie dem Programmpunkt einen Titel.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Der Titel ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of programme item.</source>
        <translation>„{kind}“ ist keine Art von Programmpunkt.</translation>
    </message>
    <message>
        <source>&apos;{timezone}&apos; is not an IANA time zone.</source>
        <translation>„{timezone}“ ist keine IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>Give a time.</source>
        <translation>Geben Sie eine Uhrzeit an.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>Die Uhrzeit hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The item ends before it starts.</source>
        <translation>Der Programmpunkt endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>A B2B session needs slots of 5 minutes or more.</source>
        <translation>Eine B2B-Sitzung braucht Zeitfenster von mindestens 5 Minuten.</translation>
    </message>
    <message>
        <source>A B2B session needs at least one table.</source>
        <translation>Eine B2B-Sitzung braucht mindestens einen Tisch.</translation>
    </message>
    <message>
        <source>A break must end after it starts.</source>
        <translation>Eine Pause muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Choose who asks for the meeting.</source>
        <translation>Wählen Sie, wer um den Termin bittet.</translation>
    </message>
    <message>
        <source>Choose the organisation or person to meet.</source>
        <translation>Wählen Sie die Organisation oder Person, die getroffen werden soll.</translation>
    </message>
    <message>
        <source>Priority goes from 1 (nice to have) to 5 (must).</source>
        <translation>Die Priorität reicht von 1 (wünschenswert) bis 5 (unverzichtbar).</translation>
    </message>
    <message>
        <source>The expiry has no time zone.</source>
        <translation>Das Ablaufdatum hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code (ISO 639-1, such as ja or zh).</source>
        <translation>„{code}“ ist kein Sprachcode (ISO 639-1, etwa ja oder zh).</translation>
    </message>
    <message>
        <source>{name} is due at “{title}” and “{other}” at the same time ({when}).</source>
        <extracomment>Meetings and items the person was explicitly put on (not the whole-delegation programme).</extracomment>
        <translation>{name} wird gleichzeitig bei „{title}“ und „{other}“ erwartet ({when}).</translation>
    </message>
    <message>
        <source>{name} has {gap} min to get from “{title}” to “{other}”; the trip takes {minutes} min.</source>
        <translation>{name} hat {gap} Min., um von „{title}“ zu „{other}“ zu kommen; der Weg dauert {minutes} Min.</translation>
    </message>
    <message>
        <source>“{title}” is before {name} arrives ({landed}).</source>
        <translation>„{title}“ liegt vor der Ankunft von {name} ({landed}).</translation>
    </message>
    <message>
        <source>“{title}” is after {name} leaves ({leaves}).</source>
        <translation>„{title}“ liegt nach der Abreise von {name} ({leaves}).</translation>
    </message>
    <message>
        <source>No interpreter for {language} on the roster is there for {titles} ({when}).</source>
        <translation>Kein Dolmetscher für {language} auf der Teilnehmerliste ist für {titles} ({when}) anwesend.</translation>
    </message>
    <message>
        <source>{name}, the only interpreter for {language}, is needed for {titles} at the same time ({when}).</source>
        <translation>{name}, einzige(r) Dolmetscher(in) für {language}, wird zur selben Zeit ({when}) für {titles} gebraucht.</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} Termine brauchen zur selben Zeit ({when}) einen Dolmetscher, anwesend sind {there} Dolmetscher: {titles}.</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} Termine brauchen zur selben Zeit ({when}) einen Dolmetscher für {language}, anwesend sind {there} Dolmetscher: {titles}.</translation>
    </message>
    <message>
        <source>kept meetings “{first}” and “{second}” leave {person} too little time to travel between them</source>
        <extracomment>Where the slot takes place; ``None`` means the session&apos;s venue. How people call them; warnings name people by it (never by id). ISO 639-1 codes of the languages they interpret (from and into the meeting&apos;s language). Sessions the meeting may be placed in; ``None`` means any. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Minutes to travel between two venues; either key order is looked up. Extra minutes on top of the travel time whenever two venues differ. Travel minutes between two different venues missing from ``travel_minutes``. IANA zone of the event; only used to cut the schedule into days for idle slots. The interpreters there are; when empty, interpreter needs are not limited. Sum of the priorities of all scheduled requests, locked ones included. Total idle slots over people and days (see the module docstring). True when both phases were proven optimal (weight, then idle slots). Upper bound on the weight proven by the solver (``== weight`` when the weight is optimal). Things kept as given but worth a look, e.g. a locked meeting outside availability.</extracomment>
        <translation>die behaltenen Termine „{first}“ und „{second}“ lassen {person} zu wenig Zeit für den Weg dazwischen</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is outside the availability of {person} or clashes with another item of theirs</source>
        <translation>der behaltene Termin „{meeting}“ um {time} liegt außerhalb der Verfügbarkeit von {person} oder überschneidet sich mit einem anderen Punkt dieser Person</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is in a session the request does not allow</source>
        <translation>der behaltene Termin „{meeting}“ um {time} liegt in einer Sitzung, die die Anfrage nicht zulässt</translation>
    </message>
    <message>
        <source>no interpreter for {language} is free when its people are</source>
        <translation>kein Dolmetscher für {language} ist frei, wenn die Beteiligten es sind</translation>
    </message>
    <message>
        <source>no common free slot in its allowed sessions</source>
        <translation>kein gemeinsames freies Zeitfenster in den zulässigen Sitzungen</translation>
    </message>
    <message>
        <source>no common free slot</source>
        <translation>kein gemeinsames freies Zeitfenster</translation>
    </message>
    <message>
        <source>its common free slots are taken by locked meetings</source>
        <translation>die gemeinsamen freien Zeitfenster sind durch gesperrte Termine belegt</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {time}, with {there} interpreter(s) there</source>
        <translation>{count} Termine brauchen um {time} einen Dolmetscher, anwesend sind {there} Dolmetscher</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {time}, with {there} interpreter(s) there</source>
        <translation>{count} Termine brauchen um {time} einen Dolmetscher für {language}, anwesend sind {there} Dolmetscher</translation>
    </message>
    <message>
        <source>… and {count} more groups of requests that cannot all be met</source>
        <translation>… und {count} weitere Gruppen von Anfragen, die sich nicht alle erfüllen lassen</translation>
    </message>
    <message>
        <source>Finding the requests that cannot all be met</source>
        <translation>Nicht gemeinsam erfüllbare Anfragen werden gesucht</translation>
    </message>
    <message>
        <source>a participant without a name</source>
        <translation>eine teilnehmende Person ohne Namen</translation>
    </message>
    <message>
        <source>{requesters} with {targets}</source>
        <translation>{requesters} mit {targets}</translation>
    </message>
    <message>
        <source>{person} cannot have all of these {count} meetings: together they fit in only {slots} slot(s) when everyone involved is free and the session allows them: {meetings}</source>
        <translation>{person} kann nicht alle diese {count} Termine wahrnehmen: Zusammen passen sie nur in {slots} Zeitfenster, in denen alle Beteiligten frei sind und die Sitzung sie zulässt: {meetings}</translation>
    </message>
    <message>
        <source>These {count} requested meetings cannot all be scheduled: their people&apos;s free slots, the sessions they allow and the tables do not leave room for all of them: {meetings}</source>
        <translation>Diese {count} angefragten Termine lassen sich nicht alle einplanen: Die freien Zeitfenster der Beteiligten, die zulässigen Sitzungen und die Tische lassen nicht für alle Platz: {meetings}</translation>
    </message>
    <message>
        <source>Compacting days</source>
        <translation>Tage werden verdichtet</translation>
    </message>
    <message>
        <source>Spreading meetings</source>
        <translation>Termine werden verteilt</translation>
    </message>
    <message>
        <source>Checking the requests</source>
        <translation>Anfragen werden geprüft</translation>
    </message>
    <message>
        <source>Placing meetings</source>
        <translation>Termine werden platziert</translation>
    </message>
    <message>
        <source>Building the scheduling model</source>
        <translation>Planungsmodell wird aufgebaut</translation>
    </message>
    <message>
        <source>Schedule ready</source>
        <translation>Zeitplan fertig</translation>
    </message>
    <message>
        <source>the interpreters for {language} are busy in every slot its people could meet</source>
        <translation>die Dolmetscher für {language} sind in jedem Zeitfenster belegt, in dem sich die Beteiligten treffen könnten</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to higher-priority meetings</source>
        <translation>kein Platz mehr: Die gemeinsamen freien Zeitfenster der Beteiligten oder die Tische gingen an Termine mit höherer Priorität</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to other meetings (search stopped at the time limit)</source>
        <translation>kein Platz mehr: Die gemeinsamen freien Zeitfenster der Beteiligten oder die Tische gingen an andere Termine (Suche am Zeitlimit beendet)</translation>
    </message>
    <message>
        <source>Give a travel time between 0 and 1440 minutes.</source>
        <extracomment>Minutes added to the travel time whenever two consecutive things are at different venues.</extracomment>
        <translation>Geben Sie eine Fahrzeit zwischen 0 und 1440 Minuten an.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Wählen Sie zwei verschiedene Orte.</translation>
    </message>
    <message>
        <source>Choose a venue of this mission.</source>
        <translation>Wählen Sie einen Ort dieser Mission.</translation>
    </message>
    <message>
        <source>This request has expired; ask again with a new request.</source>
        <translation>Diese Anfrage ist abgelaufen; stellen Sie eine neue Anfrage.</translation>
    </message>
    <message>
        <source>{count} meeting requests accepted</source>
        <translation>{count} Terminanfragen angenommen</translation>
    </message>
    <message>
        <source>{count} meeting requests declined</source>
        <translation>{count} Terminanfragen abgelehnt</translation>
    </message>
    <message>
        <source>{count} meeting requests expired</source>
        <translation>{count} Terminanfragen abgelaufen</translation>
    </message>
    <message>
        <source>Give the start time.</source>
        <translation>Geben Sie die Anfangszeit an.</translation>
    </message>
    <message>
        <source>Give the end time.</source>
        <translation>Geben Sie die Endzeit an.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Der Termin endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Choose at least one delegate.</source>
        <translation>Wählen Sie mindestens einen Delegierten.</translation>
    </message>
    <message>
        <source>Choose who they meet.</source>
        <translation>Wählen Sie, wen sie treffen.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Ein abgesagter Termin kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>{count} meetings cancelled</source>
        <translation>{count} Termine abgesagt</translation>
    </message>
    <message>
        <source>Keep the note under 2000 characters.</source>
        <translation>Halten Sie die Notiz unter 2000 Zeichen.</translation>
    </message>
    <message>
        <source>The session has tables 1 to {table_count}.</source>
        <translation>Die Sitzung hat die Tische 1 bis {table_count}.</translation>
    </message>
    <message>
        <source>Table {table_number} is taken at that time; choose another table.</source>
        <translation>Tisch {table_number} ist zu dieser Zeit belegt; wählen Sie einen anderen Tisch.</translation>
    </message>
    <message>
        <source>meeting “{title}” is kept but clashes with another kept meeting or has no free table; check it</source>
        <translation>der Termin „{title}“ bleibt, überschneidet sich aber mit einem anderen behaltenen Termin oder hat keinen freien Tisch; bitte prüfen</translation>
    </message>
    <message>
        <source>request {requester} → {target} names no person to meet; skipped</source>
        <translation>die Anfrage {requester} → {target} nennt keine Person zum Treffen; übersprungen</translation>
    </message>
    <message>
        <source>The programme has no B2B session with slots and tables to schedule into.</source>
        <extracomment>slot id -&gt; (agenda item id, start, end) scheduler request id -&gt; meeting request id (None for a kept meeting without one) scheduler request ids that are kept meetings (locks) -&gt; meeting id draft unlocked meetings the run replaces (request id, why it was left as it was), e.g. an expired request cannot be accepted</extracomment>
        <translation>Das Programm hat keine B2B-Sitzung mit Zeitfenstern und Tischen, in die geplant werden kann.</translation>
    </message>
    <message>
        <source>Two kept meetings clash: the same person or the same table at the same time. Unlock or move one of them and schedule again.</source>
        <translation>Zwei behaltene Termine überschneiden sich: dieselbe Person oder derselbe Tisch zur selben Zeit. Entsperren oder verschieben Sie einen davon und planen Sie erneut ein.</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Entwurf wird gespeichert</translation>
    </message>
    <message>
        <source>Programme import: {file}</source>
        <translation>Programmimport: {file}</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Programm wird importiert</translation>
    </message>
    <message>
        <source>“{title}”: B2B session given 30-minute slots and {table_count} tables; adjust them</source>
        <translation>„{title}“: B2B-Sitzung mit 30-Minuten-Zeitfenstern und {table_count} Tischen angelegt; bitte anpassen</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar but has {count} meetings; it was kept, decide what to do with it</source>
        <translation>„{title}“ ist im Kalender abgesagt, hat aber {count} Termine; der Eintrag wurde behalten, entscheiden Sie, was damit geschehen soll</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar; removed from the programme</source>
        <translation>„{title}“ ist im Kalender abgesagt; aus dem Programm entfernt</translation>
    </message>
    <message>
        <source>“{title}” on {day} is outside the mission&apos;s dates ({first} to {last})</source>
        <extracomment>Events outside the mission&apos;s dates named one by one in the import&apos;s warnings (then a count).</extracomment>
        <translation>„{title}“ am {day} liegt außerhalb der Missionsdaten ({first} bis {last})</translation>
    </message>
    <message>
        <source>and {count} more events outside the mission&apos;s dates</source>
        <translation>und {count} weitere Ereignisse außerhalb der Missionsdaten</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Geben Sie dem Ort einen Namen.</translation>
    </message>
    <message>
        <source>any language</source>
        <extracomment>A meeting needs an interpreter, of no language in particular.</extracomment>
        <translation>beliebige Sprache</translation>
    </message>
</context>
<context>
    <name>agenda_export</name>
    <message>
        <source>Your agenda: {mission}</source>
        <extracomment>Characters Windows, macOS or Linux refuse in a file name (and control characters). Names Windows reserves whatever the extension. Most file systems allow 255 bytes per name; room is left for &quot; (12)&quot; and &quot;.pdf&quot;.</extracomment>
        <translation>Ihre Agenda: {mission}</translation>
    </message>
    <message>
        <source>Hello {name},

please find attached your agenda for {mission}: a PDF to read or print, and a calendar file (.ics) to open in your calendar.
</source>
        <translation>Guten Tag {name},

anbei erhalten Sie Ihre Agenda für {mission}: ein PDF zum Lesen oder Drucken und eine Kalenderdatei (.ics) zum Öffnen in Ihrem Kalender.
</translation>
    </message>
    <message>
        <source>Agenda of {name}</source>
        <translation>Agenda von {name}</translation>
    </message>
</context>
<context>
    <name>agenda_forms</name>
    <message>
        <source>No interpreter</source>
        <extracomment>The main language of the mission&apos;s country (ISO 639-1, or &quot;any&quot;).</extracomment>
        <translation>Kein Dolmetscher</translation>
    </message>
    <message>
        <source>%n interpreter(s) on the roster</source>
        <translation>%n Dolmetscher auf der Teilnehmerliste</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Beliebige Sprache</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Dolmetscher nötig</translation>
    </message>
    <message>
        <source>No language called “{t}”; pick one of the suggestions.</source>
        <translation>Keine Sprache namens „{t}“; wählen Sie einen der Vorschläge.</translation>
    </message>
</context>
<context>
    <name>agenda_grid</name>
    <message>
        <source>That is outside the session “{title}”.</source>
        <extracomment>(row, column) -&gt; the meeting placed there; column 0 is table 1. Active meetings inside the session&apos;s time but on no slot or table of it.</extracomment>
        <translation>Das liegt außerhalb der Sitzung „{title}“.</translation>
    </message>
    <message>
        <source>Table {table} is taken at {time} by {who}.</source>
        <translation>Tisch {table} ist um {time} durch {who} belegt.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Ein abgesagter Termin kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>{start}–{end} is a break.</source>
        <translation>{start}–{end} ist eine Pause.</translation>
    </message>
    <message>
        <source>The meeting would end at {end}, after the session “{title}”.</source>
        <translation>Der Termin würde um {end} enden, nach dem Ende der Sitzung „{title}“.</translation>
    </message>
    <message>
        <source>The meeting would run into the break at {start}.</source>
        <translation>Der Termin würde in die Pause um {start} hineinreichen.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with {who}.</source>
        <translation>{name} hat um {time} einen Termin mit {who}.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with “{title}”.</source>
        <translation>{name} ist um {time} bei „{title}“ gebunden.</translation>
    </message>
    <message>
        <source>{time} is in a break of “{title}”.</source>
        <translation>{time} liegt in einer Pause von „{title}“.</translation>
    </message>
    <message>
        <source>Meetings of “{title}” start on its {minutes}-minute slots: {time} is not one (the nearest is {nearest}).</source>
        <translation>Termine von „{title}“ beginnen zu Beginn der {minutes}-Minuten-Zeitfenster: {time} ist keiner davon (der nächstgelegene ist {nearest}).</translation>
    </message>
</context>
<context>
    <name>agenda_pdf</name>
    <message>
        <source>With: {who}</source>
        <extracomment>The synced tables a person&apos;s calendar is built from (all in the mission&apos;s scope, except people and organisations, which are looked up by id). person id -&gt; people row; organisation id -&gt; name.</extracomment>
        <translation>Mit: {who}</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Tisch {n}</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Dolmetscher gebucht</translation>
    </message>
    <message>
        <source>Changed since the agenda was sent</source>
        <translation>Geändert seit dem Versand der Agenda</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>{mission} — agenda of {name}</source>
        <translation>{mission} — Agenda von {name}</translation>
    </message>
    <message>
        <source>Times are local to each venue ({zone}, {abbreviation}); home time ({home}) is shown beside them.</source>
        <translation>Die Zeiten gelten am jeweiligen Ort ({zone}, {abbreviation}); die Heimatzeit ({home}) steht daneben.</translation>
    </message>
    <message>
        <source>arrives {when}</source>
        <translation>Ankunft {when}</translation>
    </message>
    <message>
        <source>leaves {when}</source>
        <translation>Abreise {when}</translation>
    </message>
    <message>
        <source>Stay: {parts}</source>
        <translation>Aufenthalt: {parts}</translation>
    </message>
    <message>
        <source>Changed since the agenda was last sent: see the lines marked CHANGED.</source>
        <translation>Geändert seit dem letzten Versand der Agenda: siehe die mit GEÄNDERT markierten Zeilen.</translation>
    </message>
    <message>
        <source>Check: {kind}: {message}</source>
        <translation>Prüfen: {kind}: {message}</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>Noch nichts geplant.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heimatzeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>With / notes</source>
        <translation>Mit / Notizen</translation>
    </message>
    <message>
        <source>DRAFT (not final)</source>
        <translation>ENTWURF (nicht endgültig)</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Persönliche Agenda</translation>
    </message>
    <message>
        <source>{mission} — leader grid</source>
        <translation>{mission} — Übersicht der Delegationsleitung</translation>
    </message>
    <message>
        <source>Times local ({zone}); home ({home}) under each column. Orange: interpreter needed. Red: a conflict. Grey: draft.</source>
        <translation>Ortszeiten ({zone}); Heimatzeit ({home}) unter jeder Spalte. Orange: Dolmetscher nötig. Rot: ein Konflikt. Grau: Entwurf.</translation>
    </message>
    <message>
        <source>Nothing on the programme yet.</source>
        <translation>Noch nichts im Programm.</translation>
    </message>
    <message>
        <source>{start}–{end} (home {home}) · {title}</source>
        <translation>{start}–{end} (Heimat {home}) · {title}</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegierte(r)</translation>
    </message>
    <message>
        <source> (interp.)</source>
        <translation> (Dolm.)</translation>
    </message>
    <message>
        <source>Interpreters needed: {n} meetings — {list}</source>
        <translation>Dolmetscher nötig: {n} Termine — {list}</translation>
    </message>
    <message>
        <source>Leader grid</source>
        <extracomment>Meeting start times per table of the leader grid (more would not be legible on the page).</extracomment>
        <translation>Übersicht der Delegationsleitung</translation>
    </message>
</context>
<context>
    <name>attendees</name>
    <message>
        <source>{name}: no column with the participants&apos; names (Name, Full name, or First name and Last name).</source>
        <extracomment>Other names of each column, folded (&quot;Badge ID&quot; -&gt; &quot;badgeid&quot;). Columns whose cells are joined (a profile spread over &quot;Description&quot;, &quot;Looking for&quot; ...).</extracomment>
        <translation>{name}: keine Spalte mit den Namen der Teilnehmenden (Name, Full name oder First name und Last name).</translation>
    </message>
    <message>
        <source>{name}: row {row} has no participant name</source>
        <translation>{name}: Zeile {row} hat keinen Namen einer teilnehmenden Person</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The copy of the database failed its integrity check: {why}</source>
        <extracomment>local_meta keys that belong to this laptop, not to the data: kept across a restore.</extracomment>
        <translation>Die Kopie der Datenbank hat die Integritätsprüfung nicht bestanden: {why}</translation>
    </message>
    <message>
        <source>The database could not be copied to {path}: {why}</source>
        <translation>Die Datenbank konnte nicht nach {path} kopiert werden: {why}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is not a bioX Missions backup of this data folder: it is not a database, or it is encrypted with another key (a backup from another computer restores with that computer&apos;s recovery code).</source>
        <translation>{path} ist keine bioX-Missions-Sicherung dieses Datenordners: Es ist keine Datenbank, oder sie ist mit einem anderen Schlüssel verschlüsselt (eine Sicherung von einem anderen Computer wird mit dem Wiederherstellungscode jenes Computers wiederhergestellt).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored ({why}).</source>
        <translation>{path} ist beschädigt und kann nicht wiederhergestellt werden ({why}).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a bioX Missions backup.</source>
        <translation>{path} ist eine SQLite-Datenbank, aber keine bioX-Missions-Sicherung.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a backup: {why}</source>
        <translation>{path} kann nicht als Sicherung gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of bioX Missions (database version {schema}; this version knows up to {head}). Update bioX Missions, then restore it.</source>
        <translation>{path} stammt von einer neueren Version von bioX Missions (Datenbankversion {schema}; diese Version kennt bis {head}). Aktualisieren Sie bioX Missions und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Eine Sicherung kann die Datenbank selbst nicht ersetzen.</translation>
    </message>
    <message>
        <source>bioX Missions is open on this data folder (process {pid}). Close it first, or restore from its Settings dialog.</source>
        <translation>bioX Missions ist mit diesem Datenordner geöffnet (Prozess {pid}). Schließen Sie es zuerst oder stellen Sie über die Einstellungen wieder her.</translation>
    </message>
    <message>
        <source>This file is the database in use, not a backup.</source>
        <translation>Diese Datei ist die verwendete Datenbank, keine Sicherung.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>{path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{path} does not open with this recovery code.</source>
        <translation>{path} lässt sich mit diesem Wiederherstellungscode nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>This batch was already undone on {when}.</source>
        <extracomment>Columns an undo never touches: identity and provenance of the row.</extracomment>
        <translation>Dieser Import wurde bereits am {when} rückgängig gemacht.</translation>
    </message>
    <message>
        <source>No batch {id}.</source>
        <translation>Kein Import {id}.</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>The document has no file name.</source>
        <extracomment>Largest document of a briefing pack: it is copied to every laptop of the delegation.</extracomment>
        <translation>Das Dokument hat keinen Dateinamen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; a briefing document may be {limit} MB at most, because it is copied to every laptop of the delegation. Compress it or split it.</source>
        <translation>„{name}“ hat {size:.1f} MB; ein Briefing-Dokument darf höchstens {limit} MB groß sein, weil es auf jeden Laptop der Delegation kopiert wird. Komprimieren oder teilen Sie es.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>keine Mission mit der ID {id}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its checksum does not match); add it again.</source>
        <translation>„{name}“ ist beschädigt (die Prüfsumme stimmt nicht); fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>no briefing document with id {id}</source>
        <translation>kein Briefing-Dokument mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>Reading cards needs Tesseract OCR: install it (Debian: tesseract-ocr and its language packages) and try again.</source>
        <extracomment>Tesseract languages by the mission&apos;s country; Latin-script languages otherwise.</extracomment>
        <translation>Zum Lesen von Karten wird Tesseract OCR benötigt: Installieren Sie es (Debian: tesseract-ocr und die zugehörigen Sprachpakete) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Tesseract could not read the card with {languages}: {problem}</source>
        <translation>Tesseract konnte die Karte mit {languages} nicht lesen: {problem}</translation>
    </message>
</context>
<context>
    <name>counterpart</name>
    <message>
        <source>the server gave no page address</source>
        <extracomment>How long a new link works unless the leader says otherwise (the server&apos;s default too).</extracomment>
        <translation>der Server hat keine Seitenadresse geliefert</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>{path} cannot be read: {why}</source>
        <extracomment>Environment variable a script may set on a computer without a keyring (never logged). argon2id parameters for passphrase-derived keys (about 0.3 s on a 2-core laptop). For passphrase folders: a short fingerprint of the derived key, so a mistyped passphrase is told at once (it reveals nothing the encrypted file does not: both test a guess).</extracomment>
        <translation>{path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{path} names an unknown protection &apos;{mode}&apos;.</source>
        <translation>{path} nennt einen unbekannten Schutz „{mode}“.</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the key</source>
        <translation>der Schlüsselbund des Systems hat den Schlüssel nicht behalten</translation>
    </message>
    <message>
        <source>No password store (OS keyring) works on this computer, so the database key cannot be kept in it. Choose a passphrase instead (set {env} for scripts), or install and unlock GNOME Keyring or KWallet.</source>
        <translation>Auf diesem Computer funktioniert kein Passwortspeicher (Schlüsselbund des Systems), daher kann der Datenbankschlüssel dort nicht aufbewahrt werden. Wählen Sie stattdessen eine Passphrase (für Skripte {env} setzen), oder installieren und entsperren Sie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase; type it (or set {env}).</source>
        <translation>Dieser Datenordner ist durch eine Passphrase geschützt; geben Sie sie ein (oder setzen Sie {env}).</translation>
    </message>
    <message>
        <source>This passphrase is not the one of this data folder.</source>
        <translation>Diese Passphrase gehört nicht zu diesem Datenordner.</translation>
    </message>
    <message>
        <source>The key of the database in {folder} is not in this computer&apos;s keyring. If this folder comes from another computer, enter its recovery code (biox-desktop key restore --recovery-code CODE).</source>
        <translation>Der Schlüssel der Datenbank in {folder} ist nicht im Schlüsselbund dieses Computers. Stammt der Ordner von einem anderen Computer, geben Sie dessen Wiederherstellungscode ein (biox-desktop key restore --recovery-code CODE).</translation>
    </message>
    <message>
        <source>This is not a recovery code.</source>
        <translation>Das ist kein Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>This recovery code has a typing error.</source>
        <translation>Dieser Wiederherstellungscode enthält einen Tippfehler.</translation>
    </message>
    <message>
        <source>the encrypted copy differs in: {tables}</source>
        <translation>die verschlüsselte Kopie weicht ab in: {tables}</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key (a wrong passphrase or recovery code, or a damaged file). Nothing was changed.</source>
        <extracomment>Personal data: only the laptop&apos;s user may read the data folder and the database.</extracomment>
        <translation>Die Datenbank {path} lässt sich mit diesem Schlüssel nicht öffnen (falsche Passphrase, falscher Wiederherstellungscode oder beschädigte Datei). Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>dedupe</name>
    <message>
        <source>Reading contacts</source>
        <translation>Kontakte werden gelesen</translation>
    </message>
    <message>
        <source>Finding candidate pairs</source>
        <translation>Kandidatenpaare werden gesucht</translation>
    </message>
    <message>
        <source>Comparing candidates</source>
        <translation>Kandidaten werden verglichen</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <extracomment>Evidence weights in log2 odds for people. Agreement on a strong identifier is rare between two different people even inside a block (m ~ 0.5, u &lt; 0.005); names carry most of the rest. Disagreement weights are mild where people legitimately have several values (work and private email, mobile and office phone, the city where they were met). Below this many records the reasoned weights are used as they are: too few to learn from. A field seen on both sides of fewer random pairs than this keeps its reasoned weights. Random pairs drawn to learn how often different people agree on each field. Evidence weights in log2 odds for organisations. Which evidence keys belong to one field: at most one per field applies to a pair. m probabilities: how often two captures of the same person show each level of a field (given that both have the field). Reasoned, not fitted: work and private emails differ half the time, people carry two phones, captures typo a name about one time in five. Weight of an initial in :func:`name_similarity`, about a given name&apos;s length: &quot;L. Svensson&quot; and &quot;E. Svensson&quot; disagree on a whole first name, not on one letter of fifteen. Mailbox words that are no one&apos;s name (&quot;the.deans@&quot;, a household&apos;s address). Highest name similarity when a word of either name was read from its address. Evidence (log2 odds, without the prior) at or below which two records are two people, for grouping: they share a group only through a link of their own (a shared e-mail, say), never through a third record. Screen for names of one word or with initials: the best alignment of the shorter name inside the other (rapidfuzz partial_ratio, 0..1). How alike a word of the shorter name must be to one of the longer (a typo is allowed). The levels of each field, in the order :func:`_compare_person_pair` emits its keys; level 0 means the field gives no key.</extracomment>
        <translation>Namen werden verglichen</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>Reading organisations</source>
        <extracomment>Shortest consonant outline that may tie a katakana name to a Latin one.</extracomment>
        <translation>Organisationen werden gelesen</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>different addresses at the same organisation</source>
        <translation>verschiedene Adressen bei derselben Organisation</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same phone number, written differently</source>
        <translation>gleiche Nummer, anders geschrieben</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>verschiedene Telefonnummern</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>gleicher Name in anderer Schrift</translation>
    </message>
    <message>
        <source>initials match the name</source>
        <translation>Initialen passen zum Namen</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>gleiche Organisation</translation>
    </message>
    <message>
        <source>similar organisation</source>
        <translation>ähnliche Organisation</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>verschiedene Organisationen</translation>
    </message>
    <message>
        <source>different countries</source>
        <translation>verschiedene Länder</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>gleiche Stadt</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>gleiche Adresse</translation>
    </message>
    <message>
        <source>different addresses</source>
        <translation>verschiedene Adressen</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>gleiche Website</translation>
    </message>
    <message>
        <source>different websites</source>
        <translation>verschiedene Websites</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>ein Name ist Teil des anderen</translation>
    </message>
    <message>
        <source>e-mail addresses one letter apart</source>
        <translation>E-Mail-Adressen mit einem Buchstaben Unterschied</translation>
    </message>
    <message>
        <source>name completed from the e-mail address</source>
        <translation>Name aus der E-Mail-Adresse ergänzt</translation>
    </message>
    <message>
        <source>one is a department of the other</source>
        <translation>eine ist eine Abteilung der anderen</translation>
    </message>
    <message>
        <source>same organisation named with its address</source>
        <translation>gleiche Organisation, mit ihrer Adresse benannt</translation>
    </message>
    <message>
        <source>same words in another order</source>
        <translation>gleiche Wörter in anderer Reihenfolge</translation>
    </message>
    <message>
        <source>same name in another script, spelt by ear</source>
        <translation>gleicher Name in anderer Schrift, nach Gehör geschrieben</translation>
    </message>
    <message>
        <source>names one letter apart</source>
        <translation>Namen mit einem Buchstaben Unterschied</translation>
    </message>
    <message>
        <source>common name ({count} records)</source>
        <translation>häufiger Name ({count} Einträge)</translation>
    </message>
    <message>
        <source>similar name ({score}) in another script</source>
        <translation>ähnlicher Name ({score}) in anderer Schrift</translation>
    </message>
    <message>
        <source>similar name ({score})</source>
        <translation>ähnlicher Name ({score})</translation>
    </message>
    <message>
        <source>somewhat similar name ({score})</source>
        <translation>etwas ähnlicher Name ({score})</translation>
    </message>
    <message>
        <source>different names ({score})</source>
        <translation>verschiedene Namen ({score})</translation>
    </message>
    <message>
        <source>similar address ({score})</source>
        <translation>ähnliche Adresse ({score})</translation>
    </message>
    <message>
        <source>same {network} id</source>
        <translation>gleiche {network}-ID</translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>No person with id {id}.</source>
        <extracomment>Statements that re-index the leads marked dirty, then merge the index&apos;s segments so the erased text leaves the FTS5 b-tree (not only its doclists) before the vacuum. Table -&gt; rows blanked (tombstoned or unlinked) there. Outbox entries, refused and quarantined sync rows, undo notes removed.</extracomment>
        <translation>Keine Person mit der ID {id}.</translation>
    </message>
    <message>
        <source>Only a coordinator, or the company owning a private lead of this person, may erase them.</source>
        <translation>Nur die Koordination oder das Unternehmen, dem ein privater Kontakt dieser Person gehört, darf sie löschen.</translation>
    </message>
    <message>
        <source>This person was already erased on {date}.</source>
        <translation>Diese Person wurde bereits am {date} gelöscht.</translation>
    </message>
    <message>
        <source>this person asked to be erased on {date}; not imported</source>
        <translation>diese Person hat am {date} ihre Löschung verlangt; nicht importiert</translation>
    </message>
    <message>
        <source>Not sent: {reason}.</source>
        <translation>Nicht gesendet: {reason}.</translation>
    </message>
</context>
<context>
    <name>feeds</name>
    <message>
        <source>the server gave no feed address</source>
        <translation>der Server hat keine Abo-Adresse geliefert</translation>
    </message>
</context>
<context>
    <name>funder_report</name>
    <message>
        <source>Outcomes of the missions</source>
        <translation>Ergebnisse der Missionen</translation>
    </message>
    <message>
        <source>Com­panies</source>
        <extracomment>The headline figures, in the order funders read them. Columns of the per-cluster / per-country / per-mission tables, with their short headers.</extracomment>
        <translation>Unter­neh­men</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Dele­gierte</translation>
    </message>
    <message>
        <source>Meetings re­quested</source>
        <translation>Termine an­ge­fragt</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Statt­ge­fun­dene Termine</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Kon­takte</translation>
    </message>
    <message>
        <source>Lead rating</source>
        <translation>Kon­takt­be­wer­tung</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Nach­ver­fol­gun­gen er­le­digt</translation>
    </message>
    <message>
        <source>SME agree­ments</source>
        <translation>KMU-Ver­ein­ba­run­gen</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Ab­sichts­er­klä­run­gen</translation>
    </message>
    <message>
        <source>Conver­sion</source>
        <translation>Um­wand­lung</translation>
    </message>
    <message>
        <source>Mission and target country: a record belongs to the mission it was made on, and to that mission&apos;s target country. An agreement registered without a mission belongs to the mission of the first meeting or lead it came from; with neither, it counts only in the totals.</source>
        <translation>Mission und Zielland: Ein Datensatz gehört zu der Mission, auf der er entstanden ist, und zum Zielland dieser Mission. Eine ohne Mission erfasste Vereinbarung gehört zur Mission des ersten Termins oder Kontakts, aus dem sie hervorging; gibt es keinen, zählt sie nur in den Gesamtwerten.</translation>
    </message>
    <message>
        <source>Cluster: the cluster of origin of the delegation company involved (an SME&apos;s home cluster; the cluster itself for cluster staff and MoUs). An agreement counts for every cluster one of its parties belongs to, so per-cluster counts can add up to more than the total, where each agreement counts once.</source>
        <translation>Cluster: der Herkunftscluster des beteiligten Delegationsunternehmens (der Heimatcluster eines KMU; der Cluster selbst für Cluster-Mitarbeitende und Absichtserklärungen). Eine Vereinbarung zählt für jeden Cluster, dem eine ihrer Parteien angehört; daher können die Werte je Cluster zusammen mehr ergeben als der Gesamtwert, in dem jede Vereinbarung einmal zählt.</translation>
    </message>
    <message>
        <source>Period: companies, delegates and meeting requests count by the mission&apos;s first day; meetings by the day they took place (local time); leads by the day they were captured; follow-ups by the day they were done, or fall due while open; signed agreements by their signature date, agreements in progress by the day they were registered.</source>
        <translation>Zeitraum: Unternehmen, Delegierte und Terminanfragen zählen nach dem ersten Tag der Mission; Termine nach dem Tag, an dem sie stattfanden (Ortszeit); Kontakte nach dem Tag ihrer Erfassung; Nachverfolgungen nach dem Tag ihrer Erledigung oder, solange offen, nach ihrer Fälligkeit; unterzeichnete Vereinbarungen nach ihrem Unterzeichnungsdatum, laufende Vereinbarungen nach dem Tag ihrer Erfassung.</translation>
    </message>
    <message>
        <source>Deleted records are never counted. Ratings run from 1 (cold) to 5 (very promising); averages and rates show &apos;–&apos; when there is nothing to divide.</source>
        <translation>Gelöschte Datensätze werden nie gezählt. Bewertungen reichen von 1 (kalt) bis 5 (sehr vielversprechend); Durchschnitte und Quoten zeigen „–“, wenn es nichts zu teilen gibt.</translation>
    </message>
    <message>
        <source>Report to funders: delegations, meetings, leads, agreements and MoUs</source>
        <translation>Bericht für Geldgeber: Delegationen, Termine, Kontakte, Vereinbarungen und Absichtserklärungen</translation>
    </message>
    <message>
        <source>Figures as of {today}</source>
        <translation>Zahlen zum {today}</translation>
    </message>
    <message>
        <source>Funder report ({scope})</source>
        <translation>Bericht für Geldgeber ({scope})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Over {n} missions ({filters}).</source>
        <translation>Über {n} Missionen ({filters}).</translation>
    </message>
    <message>
        <source>Over 1 mission ({filters}).</source>
        <translation>Über 1 Mission ({filters}).</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Alle Zahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Termine: von der Anfrage zur Vereinbarung</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Ergebnisse je Cluster</translation>
    </message>
    <message>
        <source>Signed agreements by kind, and lead ratings</source>
        <translation>Unterzeichnete Vereinbarungen nach Art und Kontaktbewertungen</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Je Cluster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Per target country</source>
        <translation>Je Zielland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Je Mission</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Nothing to report for this selection.</source>
        <translation>Für diese Auswahl gibt es nichts zu berichten.</translation>
    </message>
    <message>
        <source>A shared agreement counts for each cluster involved; the total row counts it once.</source>
        <translation>Eine gemeinsame Vereinbarung zählt für jeden beteiligten Cluster; die Gesamtzeile zählt sie einmal.</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Vereinbarungen und Absichtserklärungen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title and parties</source>
        <translation>Titel und Parteien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>MoU · </source>
        <translation>MoU · </translation>
    </message>
    <message>
        <source>No agreements or MoUs in this selection.</source>
        <translation>Keine Vereinbarungen oder Absichtserklärungen in dieser Auswahl.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Follow-up outcomes: {outcomes}.</source>
        <translation>Ergebnisse der Nachverfolgungen: {outcomes}.</translation>
    </message>
    <message>
        <source>Companies accompanied</source>
        <translation>Begleitete Unternehmen</translation>
    </message>
    <message>
        <source>{n} companies accompanied in {m} markets.</source>
        <translation>{n} Unternehmen in {m} Märkten begleitet.</translation>
    </message>
    <message>
        <source>{n} companies attended {w} workshops at home.</source>
        <translation>{n} Unternehmen nahmen an {w} Workshops im Inland teil.</translation>
    </message>
    <message>
        <source>1 cooperation agreement with gateway partners.</source>
        <translation>1 Kooperationsvereinbarung mit Gateway-Partnern.</translation>
    </message>
    <message>
        <source>{n} cooperation agreements with gateway partners.</source>
        <translation>{n} Kooperationsvereinbarungen mit Gateway-Partnern.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>A company counts once in the total, once per market (the mission&apos;s target country) and once per cluster (its home cluster, or else the mission&apos;s lead cluster). Workshops at home are counted apart.</source>
        <translation>Ein Unternehmen zählt einmal in der Summe, einmal je Markt (Zielland der Mission) und einmal je Cluster (sein Heimatcluster, sonst der federführende Cluster der Mission). Workshops im Inland werden getrennt gezählt.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Zu einer Vereinbarung geführt</translation>
    </message>
    <message>
        <source>Leads rated 4–5</source>
        <translation>Kontakte mit 4–5 bewertet</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>KMU-Vereinbarungen</translation>
    </message>
    <message>
        <source>No signed agreements in this selection.</source>
        <translation>Keine unterzeichneten Vereinbarungen in dieser Auswahl.</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Kontakte nach Bewertung (1 kalt – 5 sehr vielversprechend)</translation>
    </message>
    <message>
        <source>Total (each record once)</source>
        <translation>Gesamt (jeder Datensatz einmal)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: export to a .csv or .xlsx file</source>
        <translation>„{name}“: exportieren Sie in eine .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>By mission</source>
        <translation>Je Mission</translation>
    </message>
    <message>
        <source>By cluster</source>
        <translation>Je Cluster</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Je Land</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
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
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Companies at workshops at home</source>
        <translation>Unternehmen bei Workshops im Inland</translation>
    </message>
    <message>
        <source>Cooperation agreements with gateway partners</source>
        <translation>Kooperationsvereinbarungen mit Gateway-Partnern</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>{where}: line {line} and possibly others are not valid UTF-8; the unreadable bytes were replaced by �</source>
        <extracomment>The domain part of every UID this application writes (RFC 5545 suggests ``id@domain``). UTC start of the occurrence this replaces, for occurrences of a repeating event. Events (occurrences) the file marks STATUS:CANCELLED: never live programme items, but a service may remove what an earlier import of the same UID created.</extracomment>
        <translation>{where}: Zeile {line} und möglicherweise weitere sind kein gültiges UTF-8; die unlesbaren Bytes wurden durch � ersetzt</translation>
    </message>
    <message>
        <source>{where}: the file is empty</source>
        <translation>{where}: die Datei ist leer</translation>
    </message>
    <message>
        <source>{where}: line {line}: not an iCalendar content line (NAME:VALUE): {text}</source>
        <translation>{where}: Zeile {line}: keine iCalendar-Inhaltszeile (NAME:VALUE): {text}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where}: Zeile {line}: {name} außerhalb eines Kalenders; die Datei muss mit BEGIN:VCALENDAR beginnen</translation>
    </message>
    <message>
        <source>{where}: line {line}: BEGIN:{component} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where}: Zeile {line}: BEGIN:{component} außerhalb eines Kalenders; die Datei muss mit BEGIN:VCALENDAR beginnen</translation>
    </message>
    <message>
        <source>{where}: line {line}: a calendar nested inside the calendar begun at line {begun}</source>
        <translation>{where}: Zeile {line}: ein Kalender innerhalb des in Zeile {begun} begonnenen Kalenders</translation>
    </message>
    <message>
        <source>{where}: line {line}: bad component name {name}</source>
        <translation>{where}: Zeile {line}: ungültiger Komponentenname {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: END:{component} does not close BEGIN:{open} from line {begun}</source>
        <translation>{where}: Zeile {line}: END:{component} schließt nicht das BEGIN:{open} aus Zeile {begun}</translation>
    </message>
    <message>
        <source>{where}: the file ends inside {component} begun at line {begun} (no END:{component}; is the file cut short?)</source>
        <translation>{where}: die Datei endet innerhalb von {component}, begonnen in Zeile {begun} (kein END:{component}; ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>{where}: no BEGIN:VCALENDAR found</source>
        <translation>{where}: kein BEGIN:VCALENDAR gefunden</translation>
    </message>
    <message>
        <source>{where}: {count} empty lines ignored (first at line {line}); iCalendar does not allow them, but other calendar programs read past them</source>
        <translation>{where}: {count} leere Zeilen ignoriert (erste in Zeile {line}); iCalendar erlaubt sie nicht, andere Kalenderprogramme überspringen sie aber</translation>
    </message>
    <message>
        <source>{where}: an empty TZID was used; its VTIMEZONE (if any) was applied as given</source>
        <translation>{where}: eine leere TZID wurde verwendet; ihre VTIMEZONE (falls vorhanden) wurde unverändert angewendet</translation>
    </message>
    <message>
        <source>{where}: line {line}: blanks around the value of {names} were removed (a space before a value is not iCalendar, but other calendar programs accept it)</source>
        <extracomment>Properties whose values have a grammar without blanks: a space before or after one (as some exporters write &quot;DTSTART: 20240101T090000&quot;) is removed, with a warning.</extracomment>
        <translation>{where}: Zeile {line}: Leerzeichen um den Wert von {names} wurden entfernt (ein Leerzeichen vor einem Wert ist kein gültiges iCalendar, andere Kalenderprogramme akzeptieren es aber)</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} {value} is not in UTC as iCalendar requires; accepted, it does not change the programme</source>
        <translation>{where}: Zeile {line}: {name} {value} ist nicht in UTC, wie iCalendar es verlangt; akzeptiert, das Programm ändert sich dadurch nicht</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} is written with blanks or quotes around its name; read as {name}</source>
        <translation>{where}: Zeile {line}: Zeitzone {tzid} ist mit Leerzeichen oder Anführungszeichen um den Namen geschrieben; gelesen als {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: VERSION:{version} is the old vCalendar format, which is not supported; export the calendar as iCalendar 2.0</source>
        <translation>{where}: Zeile {line}: VERSION:{version} ist das alte vCalendar-Format, das nicht unterstützt wird; exportieren Sie den Kalender als iCalendar 2.0</translation>
    </message>
    <message>
        <source>{where}: line {line}: unsupported iCalendar VERSION {version}</source>
        <translation>{where}: Zeile {line}: nicht unterstützte iCalendar-VERSION {version}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a UTC date-time like 20240101T120000Z, got {value}</source>
        <translation>{where}: Zeile {line}: {name} muss ein UTC-Zeitpunkt wie 20240101T120000Z sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be an address such as mailto:name@example.org (no spaces), got {value}</source>
        <translation>{where}: Zeile {line}: {name} muss eine Adresse wie mailto:name@example.org sein (ohne Leerzeichen), gefunden: {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: GEO must be &apos;latitude;longitude&apos;, got {value}</source>
        <translation>{where}: Zeile {line}: GEO muss „Breite;Länge“ sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} has an empty or malformed value {value}</source>
        <translation>{where}: Zeile {line}: {name} hat einen leeren oder fehlerhaften Wert {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a whole number, got {value}</source>
        <translation>{where}: Zeile {line}: {name} muss eine ganze Zahl sein, gefunden: {value}</translation>
    </message>
    <message>
        <source>{where}: time zone {tzid} is not an IANA zone; times were converted to UTC with the file&apos;s own definition and will be shown in {zone}</source>
        <translation>{where}: die Zeitzone {tzid} ist keine IANA-Zone; die Zeiten wurden mit der Definition der Datei in UTC umgerechnet und werden in {zone} angezeigt</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no PRODID</source>
        <translation>{where}: Kalender {number} hat keine PRODID</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no VERSION; read as 2.0</source>
        <translation>{where}: Kalender {number} hat keine VERSION; als 2.0 gelesen</translation>
    </message>
    <message>
        <source>VEVENT without DTSTART</source>
        <translation>VEVENT ohne DTSTART</translation>
    </message>
    <message>
        <source>{where}: {count} event(s) have no DTSTART, so they cannot be placed in time (RFC 5545 requires DTSTART when the calendar has no METHOD)</source>
        <translation>{where}: {count} Ereignis(se) ohne DTSTART lassen sich zeitlich nicht einordnen (RFC 5545 verlangt DTSTART, wenn der Kalender keine METHOD hat)</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) ({shown}), but no occurrence {between}; nothing to import</source>
        <translation>{where}: {count} wiederkehrende(s) Ereignis(se) ({shown}), aber kein Vorkommen {between}; nichts zu importieren</translation>
    </message>
    <message>
        <source>{where}: repeating event(s) {shown} have no occurrence {between}; not imported</source>
        <translation>{where}: wiederkehrende Ereignisse {shown} haben kein Vorkommen {between}; nicht importiert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{where}: a readable calendar, but it holds no dated events (VEVENT with DTSTART) to import as a programme; it contains {kinds}</source>
        <translation>{where}: ein lesbarer Kalender, der aber keine datierten Ereignisse (VEVENT mit DTSTART) enthält, die sich als Programm importieren lassen; er enthält {kinds}</translation>
    </message>
    <message>
        <source>{where}: ignored what is not a dated event: {kinds}</source>
        <translation>{where}: was kein datiertes Ereignis ist, wurde ignoriert: {kinds}</translation>
    </message>
    <message>
        <source>at all (every date is excluded)</source>
        <extracomment>Titles of repeating events with no occurrence in the window. (UID, occurrence) -&gt; +1 when its last version in the file is live, -1 when cancelled.</extracomment>
        <translation>(alle Daten sind ausgeschlossen)</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>zwischen {first} und {last}</translation>
    </message>
    <message>
        <source>{where}: {count} repeated version(s) of the same event (same UID) were replaced by the last one in the file</source>
        <translation>{where}: {count} wiederholte Fassung(en) desselben Ereignisses (gleiche UID) wurden durch die letzte in der Datei ersetzt</translation>
    </message>
    <message>
        <source>{message} (line {line}, {name})</source>
        <translation>{message} (Zeile {line}, {name})</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} uses time zone {tzid}, which the file does not define (no VTIMEZONE) and which is not an IANA zone name</source>
        <translation>{where}: Zeile {line}: {name} verwendet die Zeitzone {tzid}, die die Datei nicht definiert (keine VTIMEZONE) und die kein IANA-Zonenname ist</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} has no VTIMEZONE in the file; used the IANA zone of that name</source>
        <translation>{where}: Zeile {line}: die Zeitzone {tzid} hat keine VTIMEZONE in der Datei; die gleichnamige IANA-Zone wurde verwendet</translation>
    </message>
    <message>
        <source>{where}: line {line}: {component}: {name}: {error}</source>
        <translation>{where}: Zeile {line}: {component}: {name}: {error}</translation>
    </message>
    <message>
        <source>{where}: {component}: a line: {error}</source>
        <translation>{where}: {component}: eine Zeile: {error}</translation>
    </message>
    <message>
        <source>{where}: line {line}</source>
        <translation>{where}: Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file defines time zone {tzid} for; used the IANA rules</source>
        <translation>{where}: {name} {when} liegt vor dem ersten Datum, für das die Datei die Zeitzone {tzid} definiert; die IANA-Regeln wurden verwendet</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file&apos;s time zone {tzid} is defined for ({first}), so its UTC time is unknown</source>
        <translation>{where}: {name} {when} liegt vor dem ersten Datum, für das die Zeitzone {tzid} der Datei definiert ist ({first}), daher ist die UTC-Zeit unbekannt</translation>
    </message>
    <message>
        <source>{where}: X-WR-TIMEZONE {zone} is not an IANA zone; ignored</source>
        <translation>{where}: X-WR-TIMEZONE {zone} ist keine IANA-Zone; ignoriert</translation>
    </message>
    <message>
        <source>{where}: event {title} has no UID; derived one</source>
        <translation>{where}: das Ereignis {title} hat keine UID; eine wurde abgeleitet</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>Ereignisse werden gelesen</translation>
    </message>
    <message>
        <source>{where}: {event}: RANGE=THISANDFUTURE is applied to one occurrence only</source>
        <translation>{where}: {event}: RANGE=THISANDFUTURE wird nur auf ein einziges Vorkommen angewendet</translation>
    </message>
    <message>
        <source>{where}: {event} is cancelled (STATUS:CANCELLED); not imported as a programme item</source>
        <translation>{where}: {event} ist abgesagt (STATUS:CANCELLED); nicht als Programmpunkt importiert</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond the import window and were imported only within it ({shown})</source>
        <translation>{where}: {count} wiederkehrende(s) Ereignis(se) reichen über den Importzeitraum hinaus und wurden nur innerhalb davon importiert ({shown})</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond one year from their first date and were imported only within it ({shown})</source>
        <translation>{where}: {count} wiederkehrende(s) Ereignis(se) reichen über ein Jahr ab ihrem ersten Datum hinaus und wurden nur innerhalb dieses Jahres importiert ({shown})</translation>
    </message>
    <message>
        <source>event {number} ({title})</source>
        <translation>Ereignis {number} ({title})</translation>
    </message>
    <message>
        <source>event {number}</source>
        <translation>Ereignis {number}</translation>
    </message>
    <message>
        <source>{where}: {event} has no DTSTART, so it cannot be placed in time</source>
        <translation>{where}: {event} hat kein DTSTART und lässt sich daher zeitlich nicht einordnen</translation>
    </message>
    <message>
        <source>{where}: {event}: DTSTART and DTEND must both be dates or both be date-times</source>
        <translation>{where}: {event}: DTSTART und DTEND müssen beide Daten oder beide Zeitpunkte sein</translation>
    </message>
    <message>
        <source>{where}: {event} ends before it starts</source>
        <translation>{where}: {event} endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>{where}: {event}: bad RRULE: {error}</source>
        <translation>{where}: {event}: ungültige RRULE: {error}</translation>
    </message>
</context>
<context>
    <name>journey</name>
    <message>
        <source>Laying out the journey</source>
        <translation>Verlauf wird gesetzt</translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Heimatcluster: {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} Missionen in {c} Ländern, {years}</translation>
    </message>
    <message>
        <source>{name} — Journey</source>
        <translation>{name} — Verlauf</translation>
    </message>
    <message>
        <source>Journey across missions</source>
        <translation>Verlauf über alle Missionen</translation>
    </message>
    <message>
        <source>Missions, meetings, leads and agreements</source>
        <translation>Missionen, Termine, Kontakte und Vereinbarungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Dele­gierte</translation>
    </message>
    <message>
        <source>Meet­ings</source>
        <translation>Ter­mine</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Agree­ments</source>
        <translation>Ver­ein­ba­run­gen</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Nach­ver­fol­gun­gen er­le­digt</translation>
    </message>
    <message>
        <source>Not on any mission yet.</source>
        <translation>Noch auf keiner Mission.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Noch niemand erfasst.</translation>
    </message>
    <message>
        <source>Gateway partner of</source>
        <translation>Gateway-Partner von</translation>
    </message>
    <message>
        <source>Other agreements</source>
        <translation>Weitere Vereinbarungen</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>federführender Cluster {name}</translation>
    </message>
    <message>
        <source>Delegates: {names}</source>
        <translation>Delegierte: {names}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kpis</name>
    <message>
        <source>all dates</source>
        <extracomment>The legal basis the lead is kept on: &quot;consent&quot;, &quot;legitimate_interest&quot; or None (missing).</extracomment>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: write 2026-01-01..2026-12-31 or 2026</source>
        <translation>„{text}“ ist kein Zeitraum: schreiben Sie 2026-01-01..2026-12-31 oder 2026</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: dates are written YYYY-MM-DD</source>
        <translation>„{text}“ ist kein Zeitraum: Daten werden als JJJJ-MM-TT geschrieben</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
</context>
<context>
    <name>leads</name>
    <message>
        <source>No legal basis {days} days after capture: record consent or legitimate interest, or erase the person</source>
        <extracomment>Who receives a lead when syncing, in the delegate&apos;s words. GDPR bases a lead may be kept on. The basis an import gives its whole batch (&quot;none&quot;: every lead is marked consent missing). Why a lead is due for review (retention), in the coordinator&apos;s words.</extracomment>
        <translation>Keine Rechtsgrundlage {days} Tage nach der Erfassung: Einwilligung oder berechtigtes Interesse erfassen oder die Person löschen</translation>
    </message>
    <message>
        <source>No activity (edit, follow-up, meeting) for {months} months: erase the person, or edit the lead if it is still needed</source>
        <translation>Seit {months} Monaten keine Aktivität (Bearbeitung, Nachverfolgung, Termin): die Person löschen oder den Kontakt bearbeiten, falls er noch gebraucht wird</translation>
    </message>
    <message>
        <source>Choose a mission to share a lead with its delegation.</source>
        <extracomment>Where a lead came from. badge: an attendee list&apos;s row; card: a business card&apos;s photo read by OCR. Messaging networks the quick form asks for, in this order. Phones kept exactly as typed until a person confirms their country (they could be read in two countries, see core.phones.read_phone); validation never rewrites them. Countries the card points to (its address, e-mail domains): numbers are also tried there. The card the lead was read from (None when typed): what the lead&apos;s fields cannot hold (structured name, types, addresses, birthday, kept properties ...) is stored with the person and written back on export; see :func:`card_for_lead`. The batch of the whole import run, for &quot;undo this import&quot; (None: nothing changed). Leads of this file (imported or updated) that have no legal basis after the import.</extracomment>
        <translation>Wählen Sie eine Mission, um einen Kontakt mit ihrer Delegation zu teilen.</translation>
    </message>
    <message>
        <source>The organisation&apos;s card (KIND:org) has no name.</source>
        <translation>Die Karte der Organisation (KIND:org) hat keinen Namen.</translation>
    </message>
    <message>
        <source>The card has no name (no FN or N): it is not imported under its e-mail or company; add the name to the card and import it again.</source>
        <translation>Die Karte hat keinen Namen (kein FN oder N): Sie wird nicht unter ihrer E-Mail oder ihrem Unternehmen importiert; ergänzen Sie den Namen auf der Karte und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person an.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Der Name ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source> (read as a number in {where})</source>
        <translation> (als Nummer in {where} gelesen)</translation>
    </message>
    <message>
        <source>{problem}{hint}.</source>
        <translation>{problem}{hint}.</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network.</source>
        <translation>„{network}“ ist kein Messenger-Dienst.</translation>
    </message>
    <message>
        <source>{network}: {problem}.</source>
        <translation>{network}: {problem}.</translation>
    </message>
    <message>
        <source>Rate the interest from 1 to 5.</source>
        <translation>Bewerten Sie das Interesse von 1 bis 5.</translation>
    </message>
    <message>
        <source>&apos;{visibility}&apos; is not a visibility.</source>
        <translation>„{visibility}“ ist keine Sichtbarkeit.</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a lead source.</source>
        <translation>„{source}“ ist keine Kontaktquelle.</translation>
    </message>
    <message>
        <source>&apos;{consent_basis}&apos; is not a GDPR basis.</source>
        <translation>„{consent_basis}“ ist keine DSGVO-Rechtsgrundlage.</translation>
    </message>
    <message>
        <source>The privacy policy asks for a legal basis: choose consent once the person agreed to the wording shown, or legitimate interest.</source>
        <translation>Die Datenschutzerklärung verlangt eine Rechtsgrundlage: Wählen Sie Einwilligung, sobald die Person dem angezeigten Wortlaut zugestimmt hat, oder berechtigtes Interesse.</translation>
    </message>
    <message>
        <source>A LinkedIn profile is a link or a name, no spaces.</source>
        <translation>Ein LinkedIn-Profil ist ein Link oder ein Name, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The next action is too long (300 at most).</source>
        <translation>Der nächste Schritt ist zu lang (höchstens 300).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type 2026-12-01, +3 (days), 2w or tomorrow.</source>
        <extracomment>Words for days from today in the five languages of the app, accents folded (&quot;mañana&quot;). &quot;+3&quot;, &quot;3d&quot;, &quot;2w&quot; and their words: Tage/jours/días/giorni, Wochen/semaines/semanas/settimane.</extracomment>
        <translation>„{text}“ ist kein Datum: geben Sie 2026-12-01, +3 (Tage), 2w oder tomorrow ein.</translation>
    </message>
    <message>
        <source>phone &apos;{phone}&apos; is not a valid number: it is not among the lead&apos;s phones, but is kept on the card and written back on export</source>
        <translation>Telefonnummer „{phone}“ ist ungültig: sie fehlt bei den Telefonnummern des Kontakts, bleibt aber auf der Karte und wird beim Export zurückgeschrieben</translation>
    </message>
    <message>
        <source>e-mail &apos;{email}&apos; is not an e-mail address: it is not among the lead&apos;s e-mails, but is kept on the card and written back on export</source>
        <translation>E-Mail „{email}“ ist keine E-Mail-Adresse: sie fehlt bei den E-Mails des Kontakts, bleibt aber auf der Karte und wird beim Export zurückgeschrieben</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: {problem}</source>
        <translation>{network}-ID „{id}“ bleibt auf der Karte und wird beim Export zurückgeschrieben, steht aber nicht bei den IDs des Kontakts: {problem}</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: a lead keeps one id per network</source>
        <translation>{network}-ID „{id}“ bleibt auf der Karte und wird beim Export zurückgeschrieben, steht aber nicht bei den IDs des Kontakts: ein Kontakt hat eine ID pro Netzwerk</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters: the lead shows the first {limit}; the card keeps it whole for export</source>
        <translation>das Feld {what} ist länger als {limit} Zeichen: der Kontakt zeigt die ersten {limit}; die Karte behält es vollständig für den Export</translation>
    </message>
    <message>
        <source>the photo is a link ({uri}): it is not downloaded, but the link is kept and written back on export</source>
        <translation>das Foto ist ein Link ({uri}): es wird nicht heruntergeladen, aber der Link bleibt erhalten und wird beim Export zurückgeschrieben</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network</source>
        <translation>„{network}“ ist kein Messenger-Netzwerk</translation>
    </message>
    <message>
        <source>shares the mailbox {email} with {name}, which names no one person: imported as a new lead</source>
        <extracomment>Files a folder import picks up. Most results a search returns (a person types more to narrow it down). Columns of the CSV and XLSX exports. A lead (aliased ``l``) without a live consent record: no legal basis. Re-index the leads the triggers marked (migration 0004), in the caller&apos;s transaction. Leads a new card is said to resemble, at most (the rest are counted).</extracomment>
        <translation>teilt mit {name} das Postfach {email}, das keiner bestimmten Person gehört: als neuer Kontakt importiert</translation>
    </message>
    <message>
        <source>shares the e-mail {email} with {name} under another name: imported as a new lead</source>
        <translation>teilt die E-Mail {email} mit {name} unter einem anderen Namen: als neuer Kontakt importiert</translation>
    </message>
    <message>
        <source>shares the phone {phone} with {name}; a phone alone does not identify a person: imported as a new lead</source>
        <translation>teilt die Telefonnummer {phone} mit {name}; eine Telefonnummer allein identifiziert keine Person: als neuer Kontakt importiert</translation>
    </message>
    <message>
        <source>resembles {n} more leads the same way</source>
        <translation>ähnelt {n} weiteren Kontakten auf dieselbe Weise</translation>
    </message>
    <message>
        <source>That mission does not exist.</source>
        <translation>Diese Mission gibt es nicht.</translation>
    </message>
    <message>
        <source>That organisation no longer exists; type its name.</source>
        <translation>Diese Organisation gibt es nicht mehr; geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <source>That meeting does not exist.</source>
        <translation>Diesen Termin gibt es nicht.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>from a vCard</source>
        <translation>aus einer vCard</translation>
    </message>
    <message>
        <source>from a QR code</source>
        <translation>aus einem QR-Code</translation>
    </message>
    <message>
        <source>from a spreadsheet</source>
        <translation>aus einer Tabelle</translation>
    </message>
    <message>
        <source>last change received by sync</source>
        <translation>letzte per Synchronisierung erhaltene Änderung</translation>
    </message>
    <message>
        <source>{basis}, wording {version}</source>
        <translation>{basis}, Wortlaut {version}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <source>{label} (batch {id})</source>
        <translation>{label} (Import {id})</translation>
    </message>
    <message>
        <source>, undone on {when}</source>
        <translation>, rückgängig gemacht am {when}</translation>
    </message>
    <message>
        <source>&apos;{basis}&apos; is not a legal basis: consent, legitimate_interest or none.</source>
        <translation>„{basis}“ ist keine Rechtsgrundlage: consent, legitimate_interest oder none.</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card (written back on export) but not among the lead&apos;s ids: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>{network}-ID „{id}“ bleibt auf der Karte (wird beim Export zurückgeschrieben), steht aber nicht bei den IDs des Kontakts: der Kontakt behält „{kept}“ (eine ID pro Netzwerk)</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; left out: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>{network}-ID „{id}“ ausgelassen: der Kontakt behält „{kept}“ (eine ID pro Netzwerk)</translation>
    </message>
    <message>
        <source>Imported from no file</source>
        <extracomment>The file says who sees the lead (a spreadsheet&apos;s &quot;visibility&quot; column).</extracomment>
        <translation>Ohne Datei importiert</translation>
    </message>
    <message>
        <source>Imported from {files}</source>
        <translation>Importiert aus {files}</translation>
    </message>
    <message>
        <source>Imported from {files} and {n} more files</source>
        <translation>Importiert aus {files} und {n} weiteren Dateien</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>How the edit history names a changed field (translated when the history is read).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>romanised name</source>
        <translation>Name in lateinischer Schrift</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>messaging ids</source>
        <translation>Messenger-IDs</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>vCard-UID</translation>
    </message>
    <message>
        <source>{name}: card {card} (line {line})</source>
        <extracomment>The region phones without a country code are read in (the mission&apos;s country). The batch recorded for this run once it is committed (None: nothing changed). The legal basis recorded for the batch&apos;s leads (None: consent missing). Erasure records: a card of an erased person is listed and skipped, never imported.</extracomment>
        <translation>{name}: Karte {card} (Zeile {line})</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <extracomment>Files a folder import picks up.</extracomment>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read: {reason}</source>
        <translation>{name}: Die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>{name}: row {row}</source>
        <extracomment>Files read as lead tables (the columns of the leads export) rather than vCards. Export columns an import does not read back: where and when it was captured, and consent (a file cannot prove consent; a person records it). Other names of the import&apos;s columns: spreadsheets typed by people, in the app&apos;s languages, and the contact exports of mail programs (Outlook, Google, Apple), keyed by the header folded to ASCII letters and digits (&quot;E-mail Address&quot; -&gt; &quot;emailaddress&quot;). Several columns may fill ``emails`` or ``phones`` (work, home, mobile); the other fields take the first non-empty. Columns whose values add up (several e-mail or phone columns of one contact export).</extracomment>
        <translation>{name}: Zeile {row}</translation>
    </message>
    <message>
        <source>{name}: columns not read: {columns}</source>
        <translation>{name}: nicht gelesene Spalten: {columns}</translation>
    </message>
    <message>
        <source>{where}: the rating &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>{where}: die Bewertung „{value}“ ist keine Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>{where}: the due date &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>{where}: das Fälligkeitsdatum „{value}“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;{fmt}&apos; is not vcf, csv or xlsx.</source>
        <translation>„{fmt}“ ist weder vcf noch csv noch xlsx.</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>private capture</source>
        <translation>private Erfassung</translation>
    </message>
    <message>
        <source>The record to keep must be one of the group.</source>
        <extracomment>How many leads, meetings, roster entries and other records point at it. Member ids whose value may not go into the survivor (narrower scope than the survivor). field -&gt; member id (take that member&apos;s value) or COMBINED; missing fields: the default.</extracomment>
        <translation>Der zu behaltende Datensatz muss zur Gruppe gehören.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of a {kind}.</source>
        <translation>„{name}“ ist kein Feld von {kind}.</translation>
    </message>
    <message>
        <source>Only lists (e-mails, phones…) can be combined.</source>
        <translation>Nur Listen (E-Mails, Telefonnummern…) können zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Take &apos;{name}&apos; from a record of the group.</source>
        <translation>Übernehmen Sie „{name}“ aus einem Datensatz der Gruppe.</translation>
    </message>
    <message>
        <source>no candidate group {group_id} (already merged, marked not a duplicate, or its records changed: list the candidates again)</source>
        <extracomment>Rows that decide who sees a mission: only leaders and coordinators may write them. The data version (:meth:`Database.data_version`) the cached search was made at.</extracomment>
        <translation>keine Kandidatengruppe {group_id} (bereits zusammengeführt, als kein Duplikat markiert oder ihre Einträge haben sich geändert: Kandidaten neu auflisten)</translation>
    </message>
    <message>
        <source>these records changed since the list was made: list the candidates again</source>
        <translation>diese Einträge haben sich seit dem Erstellen der Liste geändert: Kandidaten neu auflisten</translation>
    </message>
    <message>
        <source>Only a coordinator can merge records or undo merges.</source>
        <translation>Nur eine Koordinatorin oder ein Koordinator kann Einträge zusammenführen oder Zusammenführungen rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep the record everyone can see (the shared one): a private capture cannot absorb a shared record.</source>
        <translation>Behalten Sie den Eintrag, den alle sehen (den gemeinsamen): eine private Erfassung kann keinen gemeinsamen Eintrag übernehmen.</translation>
    </message>
    <message>
        <source>These records belong to scopes that may not be merged.</source>
        <translation>Diese Einträge gehören zu Bereichen, die nicht zusammengeführt werden dürfen.</translation>
    </message>
    <message>
        <source>This value was captured privately by one company; a merge cannot publish it in the shared record.</source>
        <translation>Dieser Wert wurde von einem Unternehmen privat erfasst; eine Zusammenführung darf ihn nicht im gemeinsamen Eintrag veröffentlichen.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>no merge with id {merge_id}</source>
        <translation>keine Zusammenführung mit der ID {merge_id}</translation>
    </message>
    <message>
        <source>Choose a score between 0.50 and 1.00, or switch it off.</source>
        <translation>Wählen Sie einen Wert zwischen 0,50 und 1,00 oder schalten Sie es aus.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Duplikate werden zusammengeführt</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Link tables where one parent lists a person or organisation once: (table, parent column). What the merge queue reads of each member (:meth:`MergeService._views`).</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>ein anderer Benutzer</translation>
    </message>
</context>
<context>
    <name>organisations</name>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Geben Sie der Organisation einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Der Name ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>The name in its own script is too long (300 characters at most).</source>
        <translation>Der Name in Originalschrift ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of organisation ({allowed}).</source>
        <translation>„{kind}“ ist keine Art von Organisation ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country: give its ISO code (JP) or its English name.</source>
        <translation>„{country}“ ist kein Land: Geben Sie den ISO-Code (JP) oder den englischen Namen an.</translation>
    </message>
    <message>
        <source>The city is too long (120 characters at most).</source>
        <translation>Die Stadt ist zu lang (höchstens 120 Zeichen).</translation>
    </message>
    <message>
        <source>A web address has no spaces.</source>
        <translation>Eine Webadresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>The web address is too long (300 characters at most).</source>
        <translation>Die Webadresse ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>A cluster has no home cluster; leave it empty.</source>
        <translation>Ein Cluster hat keinen Heimatcluster; lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Choose a cluster as home cluster.</source>
        <translation>Wählen Sie einen Cluster als Heimatcluster.</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>keine Organisation mit der ID {id}</translation>
    </message>
    <message>
        <source>{n} organisations match &apos;{what}&apos;: give the id</source>
        <translation>{n} Organisationen passen zu „{what}“: Geben Sie die ID an</translation>
    </message>
    <message>
        <source>no organisation matches &apos;{what}&apos;</source>
        <translation>keine Organisation passt zu „{what}“</translation>
    </message>
    <message>
        <source>An organisation is not its own home cluster.</source>
        <translation>Eine Organisation kann nicht ihr eigener Heimatcluster sein.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>keine Mission mit der ID {id}</translation>
    </message>
    <message>
        <source>{name} is not a gateway partner, foreign cluster or agency: change its kind in the directory first.</source>
        <translation>{name} ist weder Gateway-Partner noch ausländischer Cluster noch Agentur: Ändern Sie zuerst die Art im Verzeichnis.</translation>
    </message>
    <message>
        <source>that organisation is not a partner of this mission</source>
        <translation>diese Organisation ist kein Partner dieser Mission</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>Give the agreement a title.</source>
        <extracomment>Kinds that are cluster-level agreements with foreign partners (reported as &quot;MoUs&quot;). Statuses of an agreement that was signed (counted as an agreement in the KPIs). Statuses of an agreement still being worked on. Days after the meeting when each follow-up falls due. Largest document kept in the database; it is synced to every laptop of the scope.</extracomment>
        <translation>Geben Sie der Vereinbarung einen Titel.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Der Titel ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not an agreement kind ({allowed}).</source>
        <translation>„{kind}“ ist keine Art von Vereinbarung ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status ({allowed}).</source>
        <translation>„{status}“ ist kein Status ({allowed}).</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>Eine unterzeichnete Vereinbarung braucht ihr Unterzeichnungsdatum.</translation>
    </message>
    <message>
        <source>A draft or an agreement in negotiation has no signature date yet; clear the date or set the status to Signed.</source>
        <translation>Ein Entwurf oder eine Vereinbarung in Verhandlung hat noch kein Unterzeichnungsdatum; löschen Sie das Datum oder setzen Sie den Status auf Unterzeichnet.</translation>
    </message>
    <message>
        <source>The signature date ({signed_on}) is in the future.</source>
        <translation>Das Unterzeichnungsdatum ({signed_on}) liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The signature date is too far back; check the year.</source>
        <translation>Das Unterzeichnungsdatum liegt zu weit zurück; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The same organisation is listed twice as a party.</source>
        <translation>Dieselbe Organisation ist zweimal als Partei aufgeführt.</translation>
    </message>
    <message>
        <source>Name at least one party (an organisation).</source>
        <translation>Nennen Sie mindestens eine Partei (eine Organisation).</translation>
    </message>
    <message>
        <source>A signed agreement has at least two parties.</source>
        <translation>Eine unterzeichnete Vereinbarung hat mindestens zwei Parteien.</translation>
    </message>
    <message>
        <source>The document has no file name.</source>
        <translation>Das Dokument hat keinen Dateinamen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; choose the signed document.</source>
        <translation>„{name}“ ist leer; wählen Sie das unterzeichnete Dokument.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; documents up to {limit} MB can be attached, because they are copied to every laptop of the delegation. Attach a smaller PDF (scan at a lower resolution or compress it), or keep it on a shared drive and note where in the agreement.</source>
        <translation>„{name}“ ist {size:.1f} MB groß; Dokumente bis {limit} MB können angehängt werden, weil sie auf jeden Laptop der Delegation kopiert werden. Hängen Sie ein kleineres PDF an (mit geringerer Auflösung gescannt oder komprimiert), oder legen Sie es auf ein gemeinsames Laufwerk und vermerken Sie den Ort in der Vereinbarung.</translation>
    </message>
    <message>
        <source>Rate from {low} (cold) to {high} (very promising).</source>
        <translation>Bewerten Sie von {low} (kalt) bis {high} (sehr vielversprechend).</translation>
    </message>
    <message>
        <source>Choose what came of it ({allowed}).</source>
        <translation>Wählen Sie, was daraus geworden ist ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not a meeting outcome ({allowed}).</source>
        <translation>„{outcome}“ ist kein Terminergebnis ({allowed}).</translation>
    </message>
    <message>
        <source>Only a meeting that was held can be rated.</source>
        <translation>Nur ein Termin, der stattgefunden hat, kann bewertet werden.</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is damaged (its checksum does not match); attach it again.</source>
        <translation>„{filename}“ ist beschädigt (die Prüfsumme stimmt nicht); hängen Sie es erneut an.</translation>
    </message>
    <message>
        <source>This meeting starts on {when}: it cannot be recorded as held or as a no-show before then.</source>
        <extracomment>Outcomes that say the meeting&apos;s time has come: refused before it starts.</extracomment>
        <translation>Dieser Termin beginnt am {when}: Vorher kann er nicht als stattgefunden oder nicht erschienen erfasst werden.</translation>
    </message>
    <message>
        <source>Choose a mission that exists.</source>
        <translation>Wählen Sie eine bestehende Mission.</translation>
    </message>
    <message>
        <source>A party is not a known organisation.</source>
        <translation>Eine Partei ist keine bekannte Organisation.</translation>
    </message>
    <message>
        <source>A linked meeting no longer exists.</source>
        <translation>Ein verknüpfter Termin existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A linked lead no longer exists.</source>
        <translation>Ein verknüpfter Kontakt existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Laying out the booklet</source>
        <translation>Broschüre wird gesetzt</translation>
    </message>
    <message>
        <source>{c} companies · {d} delegates</source>
        <translation>{c} Unternehmen · {d} Delegierte</translation>
    </message>
    <message>
        <source>Lead cluster: {name}</source>
        <translation>Federführender Cluster: {name}</translation>
    </message>
    <message>
        <source>{name} — Roster booklet</source>
        <translation>{name} — Broschüre der Delegation</translation>
    </message>
    <message>
        <source>Delegation roster</source>
        <translation>Teilnehmerliste der Delegation</translation>
    </message>
    <message>
        <source>{kind} · Delegation roster</source>
        <translation>{kind} · Teilnehmerliste der Delegation</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegierte</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Zeiten in Ortszeit von {zone}.</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegierte(r)</translation>
    </message>
    <message>
        <source>Organisation · role</source>
        <translation>Organisation · Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Gateway partners</source>
        <translation>Gateway-Partner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Sectors: {tags}</source>
        <translation>Branchen: {tags}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No profile given yet.</source>
        <translation>Noch kein Profil angegeben.</translation>
    </message>
    <message>
        <source>No delegate registered yet.</source>
        <translation>Noch keine Delegierten angemeldet.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Flüge</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Seite {n}</translation>
    </message>
    <message>
        <source>Generated {when:%Y-%m-%d %H:%M} UTC · {author}</source>
        <translation>Erstellt am {when:%Y-%m-%d %H:%M} UTC · {author}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>an unknown country</source>
        <extracomment>Networks the lead form offers, and whether their ids are phone numbers.</extracomment>
        <translation>einem unbekannten Land</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not start with a known country code</source>
        <translation>„{raw}“ beginnt nicht mit einer bekannten Ländervorwahl</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a phone number</source>
        <translation>„{raw}“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix</source>
        <translation>„{raw}“ ist nach der internationalen Vorwahl zu kurz</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short</source>
        <translation>„{raw}“ ist zu kurz</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long</source>
        <translation>„{raw}“ ist zu lang</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix for {country}</source>
        <extracomment>The same, when the default country is known (only for the length problems).</extracomment>
        <translation>„{raw}“ ist nach der internationalen Vorwahl zu kurz für {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short for {country}</source>
        <translation>„{raw}“ ist zu kurz für {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long for {country}</source>
        <translation>„{raw}“ ist zu lang für {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has the wrong number of digits for {country}</source>
        <translation>„{raw}“ hat die falsche Ziffernzahl für {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is a local number in {country}; add the area code</source>
        <translation>„{raw}“ ist eine Ortsnummer in {country}; ergänzen Sie die Vorwahl</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>die Telefonnummer ist leer</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a country code phone numbers are known for</source>
        <translation>„{code}“ ist kein Ländercode, für den Telefonnummern bekannt sind</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no country code (+..) and no default country was given</source>
        <translation>„{raw}“ hat keine Ländervorwahl (+..) und es wurde kein Standardland angegeben</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; cannot be read</source>
        <translation>„{raw}“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a possible number in {country}</source>
        <translation>„{raw}“ ist keine mögliche Nummer in {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a valid number for {country}</source>
        <translation>„{raw}“ ist keine gültige Nummer für {country}</translation>
    </message>
    <message>
        <source>the {network} id is empty</source>
        <translation>die {network}-Kennung ist leer</translation>
    </message>
    <message>
        <source>a mobile number in {country}, {number}</source>
        <extracomment>Countries whose numbers turn up together on cards (neighbours, one trade area); a number typed without a country code is also tried in the other countries of its mission&apos;s area. Countries whose cards turn up on any mission: tried as well when a number is not valid in the mission&apos;s country at all (then there is no reading to protect from false alarms). At most this many readings are offered for a number invalid in the mission&apos;s country.</extracomment>
        <translation>eine Mobilnummer in {country}, {number}</translation>
    </message>
    <message>
        <source>a landline in {country}, {number}</source>
        <translation>eine Festnetznummer in {country}, {number}</translation>
    </message>
    <message>
        <source>a number in {country}, {number}</source>
        <translation>eine Nummer in {country}, {number}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{typed}: not a valid number in {country}, but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed}: keine gültige Nummer in {country}, sieht aber aus wie {others}; wie eingegeben behalten, beim Kontakt bestätigen</translation>
    </message>
    <message>
        <source>{typed}: read as {reading} ({country}), but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed}: gelesen als {reading} ({country}), sieht aber aus wie {others}; wie eingegeben behalten, beim Kontakt bestätigen</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>no person with id {ids}</source>
        <extracomment>How a lead&apos;s ``source`` reads in the export. Columns left out of every record: bookkeeping with nothing about the person. Bookkeeping column names said in words.</extracomment>
        <translation>keine Person mit der ID {ids}</translation>
    </message>
    <message>
        <source>Everything held about {name} on this laptop, on {when} (UTC).</source>
        <translation>Alle Daten zu {name} auf diesem Laptop, Stand {when} (UTC).</translation>
    </message>
    <message>
        <source>Records: {counts}.</source>
        <translation>Einträge: {counts}.</translation>
    </message>
    <message>
        <source>Each record says where it came from (typed, vCard import, QR code, spreadsheet, sync), when and by whom. Dates are ISO 8601, in UTC unless a time zone is named.</source>
        <translation>Jeder Eintrag nennt seine Herkunft (eingegeben, vCard-Import, QR-Code, Tabelle, Synchronisierung), wann und von wem. Datumsangaben nach ISO 8601, in UTC, sofern keine Zeitzone genannt ist.</translation>
    </message>
    <message>
        <source>no person with the e-mail, phone or id &apos;{query}&apos; on this laptop</source>
        <translation>keine Person mit der E-Mail, Telefonnummer oder ID „{query}“ auf diesem Laptop</translation>
    </message>
</context>
<context>
    <name>qr</name>
    <message>
        <source>the image {path} does not exist</source>
        <translation>das Bild {path} existiert nicht</translation>
    </message>
    <message>
        <source>the file is not an image that can be read ({exc})</source>
        <translation>die Datei ist kein lesbares Bild ({exc})</translation>
    </message>
    <message>
        <source>the code holds a web link, not a contact or a messaging profile: {preview}</source>
        <extracomment>What a live scan looks for: contact and profile QR codes, and the codes event badges carry. (A tuple, made into zxing-cpp&apos;s BarcodeFormats per call: a module-level nanobind object still alive at interpreter exit is reported as a leak.)</extracomment>
        <translation>der Code enthält einen Weblink, weder einen Kontakt noch ein Messenger-Profil: {preview}</translation>
    </message>
    <message>
        <source>the MECARD field &apos;{field}&apos; has no &apos;:&apos;</source>
        <translation>das MECARD-Feld „{field}“ hat kein „:“</translation>
    </message>
    <message>
        <source>not a MECARD: it does not start with &apos;MECARD:&apos;</source>
        <translation>keine MECARD: sie beginnt nicht mit „MECARD:“</translation>
    </message>
    <message>
        <source>the MECARD has no name, phone or e-mail</source>
        <translation>die MECARD hat weder Name noch Telefon noch E-Mail</translation>
    </message>
    <message>
        <source>the QR code holds a vCard that cannot be read: {reason}</source>
        <translation>der QR-Code enthält eine vCard, die nicht gelesen werden kann: {reason}</translation>
    </message>
    <message>
        <source>the QR code holds a web link, not a contact: {preview}</source>
        <translation>der QR-Code enthält einen Weblink, keinen Kontakt: {preview}</translation>
    </message>
    <message>
        <source>the QR code holds no contact (neither vCard nor MECARD): &apos;{preview}&apos;</source>
        <translation>der QR-Code enthält keinen Kontakt (weder vCard noch MECARD): „{preview}“</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Give the delegate&apos;s name.</source>
        <extracomment>Visa statuses that let a delegate travel. A passport must stay valid this many months after the return date. A visa must be granted this many days before departure. A roster entry&apos;s fields that reach only those entitled to them (:func:`sees_roster_details`); the sync protocol&apos;s ``SENSITIVE_ROSTER_FIELDS``. The server kept this entry&apos;s passport, visa, needs, emergency contact and notes from this user (see :func:`sees_roster_details`): screens say so instead of showing blanks.</extracomment>
        <translation>Geben Sie den Namen der delegierten Person an.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Der Name ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a roster role ({allowed}).</source>
        <translation>„{role}“ ist keine Rolle der Teilnehmerliste ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a registration status ({allowed}).</source>
        <translation>„{status}“ ist kein Anmeldestatus ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a visa status ({allowed}).</source>
        <translation>„{status}“ ist kein Visumstatus ({allowed}).</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>Die Uhrzeit hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation>Die Abreise liegt vor der Ankunft.</translation>
    </message>
    <message>
        <source>The hotel check-out must be after the check-in.</source>
        <translation>Der Check-out im Hotel muss nach dem Check-in liegen.</translation>
    </message>
    <message>
        <source>Give the hotel&apos;s name for these dates.</source>
        <translation>Geben Sie den Namen des Hotels für diese Daten an.</translation>
    </message>
    <message>
        <source>Too long ({limit} characters at most).</source>
        <translation>Zu lang (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
        <source>Passport expires {expiry}; it must be valid until {needed} (six months after the return on {back}).</source>
        <translation>Der Reisepass läuft am {expiry} ab; er muss bis {needed} gültig sein (sechs Monate nach der Rückkehr am {back}).</translation>
    </message>
    <message>
        <source>Visa {status}: it had to be granted by {deadline}, two weeks before departure.</source>
        <translation>Visum {status}: Es hätte bis {deadline} erteilt sein müssen, zwei Wochen vor der Abreise.</translation>
    </message>
    <message>
        <source>Visa {status}: must be granted by {deadline}.</source>
        <translation>Visum {status}: muss bis {deadline} erteilt sein.</translation>
    </message>
    <message>
        <source>No hotel booked for {n} nights of the mission ({nights}).</source>
        <translation>Kein Hotel gebucht für {n} Nächte der Mission ({nights}).</translation>
    </message>
    <message>
        <source>No hotel booked for 1 night of the mission ({nights}).</source>
        <translation>Kein Hotel gebucht für 1 Nacht der Mission ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses {n} nights of the mission ({nights}).</source>
        <translation>Die Buchung im {hotel} deckt {n} Nächte der Mission nicht ab ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses 1 night of the mission ({nights}).</source>
        <translation>Die Buchung im {hotel} deckt 1 Nacht der Mission nicht ab ({nights}).</translation>
    </message>
    <message>
        <source>Arrives {arrive}, after “{title}” starts ({first}).</source>
        <translation>Kommt am {arrive} an, nach dem Beginn von „{title}“ ({first}).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a roster field ({allowed}).</source>
        <extracomment>Fields an import column can fill, with their labels (also the export&apos;s headers).</extracomment>
        <translation>„{target}“ ist kein Feld der Teilnehmerliste ({allowed}).</translation>
    </message>
    <message>
        <source>Columns &apos;{a}&apos; and &apos;{b}&apos; both fill &apos;{field}&apos;; choose one.</source>
        <translation>Die Spalten „{a}“ und „{b}“ füllen beide „{field}“; wählen Sie eine.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No column gives the delegate&apos;s name (columns found: {found}). Map a column to &apos;Name&apos; (or to &apos;First name&apos; and &apos;Last name&apos;).</source>
        <translation>Keine Spalte liefert den Namen der delegierten Person (gefundene Spalten: {found}). Ordnen Sie eine Spalte „Name“ zu (oder „Vorname“ und „Nachname“).</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>1-based line/row number in the file of each data row (headers are row 1). Registration statuses in the order a registration moves forward (``cancelled`` is apart). Fields an empty cell never clears, even when the user asks empty cells to clear fields: the name is required, e-mails and phones of a person are only ever added, a name in another script is never dropped, role and status always have a value, and a delegate keeps a company.</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{field}: {old} → (kept)</source>
        <translation>{field}: {old} → (beibehalten)</translation>
    </message>
    <message>
        <source>{field}: {old} → (empty)</source>
        <translation>{field}: {old} → (leer)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new} (back, as the file says)</source>
        <translation>{field}: {old} → {new} (zurückgesetzt, laut Datei)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>„{text}“ ist kein Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time (use YYYY-MM-DD HH:MM, local time)</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit (verwenden Sie JJJJ-MM-TT HH:MM, Ortszeit)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>„{text}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role ({allowed})</source>
        <translation>„{text}“ ist keine Rolle ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a registration status ({allowed})</source>
        <translation>„{text}“ ist kein Anmeldestatus ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a visa status ({allowed})</source>
        <translation>„{text}“ ist kein Visumstatus ({allowed})</translation>
    </message>
    <message>
        <source>cannot sort by &apos;{sort}&apos; ({allowed})</source>
        <extracomment>Sort keys the screen and commands may ask for (column -&gt; SQL expression or Python key). Objects held here stay in the session&apos;s (weak) identity map: no reloads. New rows that reference new people: added after the people are flushed. The day warnings are judged on (tests replace it).</extracomment>
        <translation>Sortieren nach „{sort}“ nicht möglich ({allowed})</translation>
    </message>
    <message>
        <source>{name} is already on the roster of this mission.</source>
        <translation>{name} steht bereits auf der Teilnehmerliste dieser Mission.</translation>
    </message>
    <message>
        <source>Roster import: {file}</source>
        <translation>Import der Teilnehmerliste: {file}</translation>
    </message>
    <message>
        <source>Row {row} of {total}</source>
        <translation>Zeile {row} von {total}</translation>
    </message>
    <message>
        <source>The same delegate as row {row}.</source>
        <translation>Gleiche(r) Delegierte(r) wie in Zeile {row}.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name}: {why}</source>
        <translation>Mögliches Duplikat von {name}: {why}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>the same e-mail {email} under another name</source>
        <translation>dieselbe E-Mail {email} unter einem anderen Namen</translation>
    </message>
    <message>
        <source>they share the mailbox {email}</source>
        <translation>sie teilen sich das Postfach {email}</translation>
    </message>
    <message>
        <source>the same name at the same company with another e-mail</source>
        <translation>derselbe Name im selben Unternehmen mit einer anderen E-Mail</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>Select a programme item in the Day view first.</source>
        <translation>Wählen Sie zuerst einen Programmpunkt in der Tagesansicht.</translation>
    </message>
    <message>
        <source>Delete programme item</source>
        <translation>Programmpunkt löschen</translation>
    </message>
    <message>
        <source>Delete “{t}”?</source>
        <translation>„{t}“ löschen?</translation>
    </message>
    <message>
        <source>It leaves every delegate&apos;s agenda at the next sync.</source>
        <translation>Er verschwindet bei der nächsten Synchronisierung aus dem Programm aller Delegierten.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <source>Abandoned</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Vereinbarung erzielt</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Vereinbarungen und Absichtserklärungen</translation>
    </message>
    <message>
        <source>Agreements and MoUs registered as draft or in negotiation.</source>
        <translation>Vereinbarungen und Absichtserklärungen im Entwurf oder in Verhandlung.</translation>
    </message>
    <message>
        <source>Agreements in progress</source>
        <translation>Laufende Vereinbarungen</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Hinflug</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Ankunftszeit</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Teilnahmequote</translation>
    </message>
    <message>
        <source>Average lead rating</source>
        <translation>Durchschnittliche Kontaktbewertung</translation>
    </message>
    <message>
        <source>Average meeting rating</source>
        <translation>Durchschnittliche Terminbewertung</translation>
    </message>
    <message>
        <source>B2B meeting requests made by the delegation, whatever their answer.</source>
        <translation>B2B-Terminanfragen der Delegation, unabhängig von der Antwort.</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>B2B-Sitzung</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Städte</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Came &amp;from</source>
        <translation>&amp;Herkunft</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Änderungen oder Grund</translation>
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
        <translation>Städte</translation>
    </message>
    <message>
        <source>Romanised name</source>
        <translation>Name in lateinischer Schrift</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Messaging ids</source>
        <translation>Messenger-IDs</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster cooperation agreement</source>
        <translation>Kooperationsvereinbarung zwischen Clustern</translation>
    </message>
    <message>
        <source>Cluster staff</source>
        <translation>Cluster-Team</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Companies in a mission&apos;s delegation, not cancelled or declined; a company on two missions counts twice.</source>
        <translation>Unternehmen in der Delegation einer Mission, nicht storniert oder abgesagt; ein Unternehmen auf zwei Missionen zählt doppelt.</translation>
    </message>
    <message>
        <source>Companies taken</source>
        <translation>Mitgenommene Unternehmen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Contacts captured by delegates during the mission.</source>
        <translation>Von Delegierten während der Mission erfasste Kontakte.</translation>
    </message>
    <message>
        <source>Conversion meeting → agreement</source>
        <translation>Umwandlung Termin → Vereinbarung</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegierte(r)</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegierte</translation>
    </message>
    <message>
        <source>Delegates taken</source>
        <translation>Mitgenommene Delegierte</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Delegation leader</source>
        <translation>Delegationsleitung</translation>
    </message>
    <message>
        <source>Delete the programme item</source>
        <translation>Programmpunkt löschen</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Rückflug</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Abreisezeit</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Heimatzeitzone</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Slotlänge</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Ernährungsbedürfnisse</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Notiz zum Ergebnis</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Ganze Delegation</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Enumerations per field, so a stored value shows as its label (&quot;sme_delegate&quot; -&gt; &quot;SME delegate&quot;).</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Different companies taken, each once.</source>
        <translation>Verschiedene mitgenommene Unternehmen, jedes einmal.</translation>
    </message>
    <message>
        <source>Discovery trip</source>
        <translation>Erkundungsreise</translation>
    </message>
    <message>
        <source>Distinct companies</source>
        <translation>Verschiedene Unternehmen</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Vertriebspartner</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Dokumente (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Dokumente (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>Done follow-ups whose outcome was &apos;negotiation started&apos;.</source>
        <translation>Erledigte Nachverfolgungen mit dem Ergebnis „Verhandlung begonnen“.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ESTA granted</source>
        <translation>ESTA erteilt</translation>
    </message>
    <message>
        <source>Edit the programme item</source>
        <translation>Programmpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Notfalltelefon</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Fachleute</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Follow-ups (right after the meeting, or months later) marked done with their outcome.</source>
        <translation>Nachverfolgungen (direkt nach dem Termin oder Monate später), als erledigt markiert, mit Ergebnis.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Erledigte Nachverfolgungen</translation>
    </message>
    <message>
        <source>Follow-ups not done yet.</source>
        <translation>Noch nicht erledigte Nachverfolgungen.</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Offene Nachverfolgungen</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Überfällige Nachverfolgungen</translation>
    </message>
    <message>
        <source>Foreign partner</source>
        <translation>Ausländischer Partner</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Held / (held + no-shows), in percent; meetings without a recorded outcome are left out.</source>
        <translation>Stattgefunden / (stattgefunden + nicht erschienen), in Prozent; Termine ohne erfasstes Ergebnis zählen nicht.</translation>
    </message>
    <message>
        <source>Held meetings linked to a signed agreement or MoU, directly or through a lead captured at the meeting.</source>
        <translation>Stattgefundene Termine, die direkt oder über einen dort erfassten Kontakt mit einer unterzeichneten Vereinbarung oder Absichtserklärung verknüpft sind.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heimatzeit</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>Hotel-Check-in</translation>
    </message>
    <message>
        <source>Hotel check-out</source>
        <translation>Hotel-Check-out</translation>
    </message>
    <message>
        <source>Import a programme from ICS</source>
        <translation>Programm aus ICS importieren</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>In Verhandlung</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Dolmetscher nötig</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Behaltener Wert</translation>
    </message>
    <message>
        <source>Kept: written by</source>
        <translation>Behalten: geschrieben von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lead cluster</source>
        <translation>Federführender Cluster</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>Erfasste Kontakte</translation>
    </message>
    <message>
        <source>Leads given a 1–5 rating.</source>
        <translation>Kontakte mit einer Bewertung von 1–5.</translation>
    </message>
    <message>
        <source>Leads rated</source>
        <translation>Bewertete Kontakte</translation>
    </message>
    <message>
        <source>Leads rated 4 or 5.</source>
        <translation>Mit 4 oder 5 bewertete Kontakte.</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Lizenznehmer</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Lizenzierung</translation>
    </message>
    <message>
        <source>Licensor</source>
        <translation>Lizenzgeber</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <source>Mean of the 1–5 ratings given right after held meetings.</source>
        <translation>Mittelwert der Bewertungen 1–5 direkt nach stattgefundenen Terminen.</translation>
    </message>
    <message>
        <source>Mean rating of the rated leads.</source>
        <translation>Durchschnittliche Bewertung der bewerteten Kontakte.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Stattgefundene Termine</translation>
    </message>
    <message>
        <source>Meetings placed in the published schedule (drafts and cancelled meetings excluded).</source>
        <translation>Termine im veröffentlichten Zeitplan (ohne Entwürfe und abgesagte Termine).</translation>
    </message>
    <message>
        <source>Meetings recorded as moved to another time.</source>
        <translation>Als verschoben erfasste Termine.</translation>
    </message>
    <message>
        <source>Meetings requested</source>
        <translation>Angefragte Termine</translation>
    </message>
    <message>
        <source>Meetings scheduled</source>
        <translation>Geplante Termine</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement</source>
        <translation>Termine, die zu einer Vereinbarung führten</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement / meetings held, in percent.</source>
        <translation>Termine mit Vereinbarung / stattgefundene Termine, in Prozent.</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Trifft</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missionen</translation>
    </message>
    <message>
        <source>Missions with at least one counted record, or the chosen mission.</source>
        <translation>Missionen mit mindestens einem gezählten Eintrag oder die gewählte Mission.</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Absichtserklärungen</translation>
    </message>
    <message>
        <source>MoUs and cooperation</source>
        <translation>Absichtserklärungen und Kooperation</translation>
    </message>
    <message>
        <source>MoUs signed</source>
        <translation>Unterzeichnete Absichtserklärungen</translation>
    </message>
    <message>
        <source>Months later</source>
        <translation>Monate später</translation>
    </message>
    <message>
        <source>My company only</source>
        <translation>Nur mein Unternehmen</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>Geheimhaltungsvereinbarung</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>A field choice meaning &quot;every member&apos;s values together&quot; (lists and messaging ids only). (field, label, kind) per record kind. &quot;list&quot; and &quot;dict&quot; fields may be combined. Labels are translated where shown (the screens&apos; catalogue falls back to the &quot;shared&quot; context).</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (native script)</source>
        <translation>Name (Originalschrift)</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Negotiation started</source>
        <translation>Verhandlung begonnen</translation>
    </message>
    <message>
        <source>Negotiations started</source>
        <translation>Begonnene Verhandlungen</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Neuer Programmpunkt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nothing came of it</source>
        <translation>Nichts daraus geworden</translation>
    </message>
    <message>
        <source>Open follow-ups whose due date has passed.</source>
        <translation>Offene Nachverfolgungen mit überschrittener Frist.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Other: written by</source>
        <translation>Anderer: geschrieben von</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Partnering event</source>
        <translation>Partnering-Veranstaltung</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>Reisepass gültig &amp;bis</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Reisepass gültig bis</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>People on a mission&apos;s roster (delegates, cluster staff, experts) whose registration was not cancelled.</source>
        <translation>Personen auf der Teilnehmerliste einer Mission (Delegierte, Cluster-Team, Fachleute), deren Anmeldung nicht storniert wurde.</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Je Cluster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Je Land</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Je Mission</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zur Prüfung fällig</translation>
    </message>
    <message>
        <source>Export every agenda to a folder</source>
        <translation>Alle Agenden in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Foreign cluster / gateway partner</source>
        <translation>Ausländischer Cluster / Gateway-Partner</translation>
    </message>
    <message>
        <source>Gateway partner</source>
        <translation>Gateway-Partner</translation>
    </message>
    <message>
        <source>Home cluster</source>
        <translation>Heimatcluster</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Leads kept on the organisation&apos;s legitimate interest (GDPR basis).</source>
        <translation>Kontakte, die auf Grundlage des berechtigten Interesses der Organisation gespeichert sind (DSGVO-Rechtsgrundlage).</translation>
    </message>
    <message>
        <source>Leads on consent</source>
        <translation>Kontakte mit Einwilligung</translation>
    </message>
    <message>
        <source>Leads on legitimate interest</source>
        <translation>Kontakte mit berechtigtem Interesse</translation>
    </message>
    <message>
        <source>Leads whose person gave consent to the organisation&apos;s wording (GDPR basis: consent).</source>
        <translation>Kontakte, deren Person dem Wortlaut der Organisation zugestimmt hat (DSGVO-Rechtsgrundlage: Einwilligung).</translation>
    </message>
    <message>
        <source>Leads with no consent and no legitimate interest recorded (consent missing).</source>
        <translation>Kontakte ohne erfasste Einwilligung und ohne berechtigtes Interesse (Einwilligung fehlt).</translation>
    </message>
    <message>
        <source>Leads without a basis</source>
        <translation>Kontakte ohne Rechtsgrundlage</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Name in &amp;Originalschrift</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>In Planung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Vielversprechende Kontakte</translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation>Entwurf veröffentlichen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>R&amp;D collaboration</source>
        <translation>F&amp;E-Kooperation</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>Anmelde&amp;status</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Anmeldung offen</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Forschungsinstitut</translation>
    </message>
    <message>
        <source>Right after the meeting</source>
        <translation>Direkt nach dem Termin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Feld der Teilnehmerliste</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>KMU</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>KMU-Vereinbarungen</translation>
    </message>
    <message>
        <source>SME agreements signed</source>
        <translation>Unterzeichnete KMU-Vereinbarungen</translation>
    </message>
    <message>
        <source>SME delegate</source>
        <translation>KMU-Delegierte(r)</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Programm als PDF speichern</translation>
    </message>
    <message>
        <source>Save the delegate&apos;s calendar</source>
        <translation>Kalender der/des Delegierten speichern</translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation>Termine einplanen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Scheduled meetings where the other side did not come.</source>
        <translation>Geplante Termine, zu denen die Gegenseite nicht kam.</translation>
    </message>
    <message>
        <source>Scheduled meetings whose outcome was recorded as held.</source>
        <translation>Geplante Termine, die als stattgefunden erfasst wurden.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>&amp;Branchen</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Hinweise siehe Details.</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Unterschrift</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Signed SME-to-SME agreements (NDA, distribution, licensing, R&amp;D, other); status signed, in force, expired or terminated.</source>
        <translation>Unterzeichnete Vereinbarungen zwischen KMU (Geheimhaltung, Vertrieb, Lizenzierung, F&amp;E, Sonstiges); Status unterzeichnet, in Kraft, abgelaufen oder beendet.</translation>
    </message>
    <message>
        <source>Signed cluster cooperation agreements and MoUs with foreign partners.</source>
        <translation>Unterzeichnete Kooperationsvereinbarungen und Absichtserklärungen von Clustern mit ausländischen Partnern.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Besichtigung</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Einige Karten wurden abgelehnt; siehe Details.</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>color: {warning};</source>
        <translation>color: {warning};</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Still in contact</source>
        <translation>Weiter in Kontakt</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tisch</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>Die Delegation</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Das ganze Netzwerk</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>To apply for</source>
        <translation>Zu beantragen</translation>
    </message>
    <message>
        <source>Trade mission</source>
        <translation>Handelsmission</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universität</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Venues and travel times</source>
        <translation>Orte und Fahrzeiten</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visum</translation>
    </message>
    <message>
        <source>Visa status</source>
        <translation>Visumstatus</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>Wants to meet</source>
        <translation>Möchte treffen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Workshop at home</source>
        <translation>Workshop im Inland</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Schreiben Sie Pausen als HH:mm-HH:mm, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>An zwei Orten zugleich</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>Zu wenig Fahrzeit</translation>
    </message>
    <message>
        <source>Outside the stay</source>
        <translation>Außerhalb des Aufenthalts</translation>
    </message>
    <message>
        <source>Not enough interpreters</source>
        <translation>Zu wenige Dolmetscher</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>What each figure counts, for the screen&apos;s tooltips, the PDF&apos;s methodology notes and exports. The scalar figures in display order (the keys of :data:`DEFINITIONS`). Percentages (shown with a % sign) and averages (one decimal). Companies accompanied per market and cluster, workshops, gateway agreements (a :class:`biox_desktop.core.accompanied.CompanyFigures`; None when not computed).</extracomment>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>spreadsheet</name>
    <message>
        <source>{file}: no such file.</source>
        <extracomment>Refuse files larger than this (a registration export is a few hundred KB).</extracomment>
        <translation>{file}: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>{name}: the file is too large for a registration export.</source>
        <translation>{name}: Die Datei ist zu groß für einen Anmeldeexport.</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file (this one is &apos;{suffix}&apos;).</source>
        <translation>{name}: Wählen Sie eine .csv- oder .xlsx-Datei (diese ist „{suffix}“).</translation>
    </message>
    <message>
        <source>{name}: the file is empty (no header row).</source>
        <translation>{name}: Die Datei ist leer (keine Kopfzeile).</translation>
    </message>
    <message>
        <source>{name}: line {line} is not UTF-8 text (byte 0x{byte:02x}). Save the export as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{name}: Zeile {line} ist kein UTF-8-Text (Byte 0x{byte:02x}). Speichern Sie den Export als „CSV UTF-8“ und importieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>{name}: this is not a text file (it holds binary data).</source>
        <translation>{name}: Dies ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>{name}: line {line_num}: {exc}.</source>
        <translation>{name}: Zeile {line_num}: {exc}.</translation>
    </message>
    <message>
        <source>{name}: not a readable Excel workbook ({kind}: {exc}). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{name}: keine lesbare Excel-Arbeitsmappe ({kind}: {exc}). Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut als .xlsx.</translation>
    </message>
    <message>
        <source>{name}: the workbook has no sheet.</source>
        <translation>{name}: Die Arbeitsmappe hat kein Blatt.</translation>
    </message>
    <message>
        <source>{name}: the workbook is damaged ({exc}).</source>
        <translation>{name}: Die Arbeitsmappe ist beschädigt ({exc}).</translation>
    </message>
    <message>
        <source>{name}: export to a .csv or .xlsx file.</source>
        <translation>{name}: Exportieren Sie in eine .csv- oder .xlsx-Datei.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Sending {total:,} changes</source>
        <extracomment>The server&apos;s redaction rules this laptop&apos;s copy follows (see &quot;Sensitive roster fields&quot; in the protocol); below the server&apos;s, its roster scopes are downloaded again once. Changes sent again because this computer&apos;s clock ran too far ahead of the server&apos;s. Rows re-pointed or carried over to a merge&apos;s survivor after the sync. Rows from the server this laptop could not store, set aside this sync (with reasons). Rows still set aside after this sync (retried at every sync). Each change the server refused this sync: ``{table, row_id, op, reason}`` (kept in ``sync_rejections`` until retried or discarded, see :mod:`biox_desktop.sync.refusals`).</extracomment>
        <translation>{total:,} Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>the server did not acknowledge any change; try again later</source>
        <translation>der Server hat keine Änderung bestätigt; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>Received {pulled:,} changes</source>
        <translation>{pulled:,} Änderungen empfangen</translation>
    </message>
    <message>
        <source>{table} {row_id}: {reason}</source>
        <translation>{table} {row_id}: {reason}</translation>
    </message>
    <message>
        <source>the row&apos;s scope is not valid</source>
        <translation>der Geltungsbereich der Zeile ist ungültig</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>The laptop that wrote the value, by the name its owner gave it (&quot;&quot; when unknown). What the record is, in words (&quot;Organisation Kansai Medical&quot;), from this laptop&apos;s copy. What the Conflicts screen calls a record of each synced table (in the user&apos;s language).</extracomment>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>Merge forward</source>
        <translation>Weiterleitung einer Zusammenführung</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Kein Duplikat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Meeting request</source>
        <translation>Terminanfrage</translation>
    </message>
    <message>
        <source>Mission company</source>
        <translation>Unternehmen der Mission</translation>
    </message>
    <message>
        <source>Mission partner</source>
        <translation>Partner der Mission</translation>
    </message>
    <message>
        <source>Roster entry</source>
        <translation>Teilnehmereintrag</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <source>Agreement party</source>
        <translation>Vertragspartei</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source>Agenda participant</source>
        <translation>Programmteilnehmer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Terminteilnehmer</translation>
    </message>
    <message>
        <source>Agreement link</source>
        <translation>Verknüpfung der Vereinbarung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>sign in to the sync server to review conflicts</source>
        <extracomment>Conflicts fetched per request (the server allows up to its own maximum).</extracomment>
        <translation>melden Sie sich beim Synchronisierungsserver an, um Konflikte zu prüfen</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(nicht auf diesem Laptop)</translation>
    </message>
    <message>
        <source>no password store (OS keyring) is available on this computer, so the sign-in cannot be kept safely; on Linux, install and unlock GNOME Keyring or KWallet</source>
        <translation>auf diesem Computer ist kein Passwortspeicher (Schlüsselbund des Systems) verfügbar, daher kann die Anmeldung nicht sicher aufbewahrt werden; unter Linux installieren und entsperren Sie GNOME Keyring oder KWallet</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the sign-in: {exc}</source>
        <translation>der Schlüsselbund des Systems hat das Speichern der Anmeldung verweigert: {exc}</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the sign-in (it may be locked or a dummy store); unlock or install a keyring (GNOME Keyring, KWallet) and sign in again</source>
        <translation>der Schlüsselbund des Systems hat die Anmeldung nicht behalten (er ist vielleicht gesperrt oder nur ein Platzhalter); entsperren oder installieren Sie einen Schlüsselbund (GNOME Keyring, KWallet) und melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>{address} is not encrypted (http, not https): your password and everything you sync would cross the network readable by anyone on the way. Use the https address of the server unless you are sure this network is private.</source>
        <extracomment>When the server said the stored token expires, and when it was issued (ISO 8601 UTC). Not secrets: the token itself lives in the OS keyring only. The file two syncs of one data folder lock (window, command line, another window).</extracomment>
        <translation>Die Verbindung zu {address} ist nicht verschlüsselt (http statt https): Ihr Passwort und alles, was Sie synchronisieren, wären unterwegs für jeden lesbar. Verwenden Sie die https-Adresse des Servers, sofern Sie nicht sicher sind, dass dieses Netzwerk privat ist.</translation>
    </message>
    <message>
        <source>another sync of this data folder is running (in the window or a command); try again when it has finished</source>
        <translation>eine andere Synchronisierung dieses Datenordners läuft (im Fenster oder per Befehl); versuchen Sie es erneut, wenn sie beendet ist</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a server address (it starts with https://)</source>
        <extracomment>Rows from the server this laptop could not store, set aside and retried at each sync.</extracomment>
        <translation>„{address}“ ist keine Serveradresse (sie beginnt mit https://)</translation>
    </message>
    <message>
        <source>no sync server set up: sign in first (biox-desktop login)</source>
        <translation>kein Synchronisierungsserver eingerichtet: melden Sie sich zuerst an (biox-desktop login)</translation>
    </message>
    <message>
        <source>not signed in to the sync server: sign in again</source>
        <translation>nicht beim Synchronisierungsserver angemeldet: melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>&apos;{base_url}&apos; is not a server address: {exc}</source>
        <extracomment>How often a request in flight looks at the cancel flag (seconds).</extracomment>
        <translation>„{base_url}“ ist keine Serveradresse: {exc}</translation>
    </message>
    <message>
        <source>the sync server at {base_url} cannot be reached ({kind}); your changes are kept and will be sent later</source>
        <translation>der Synchronisierungsserver {base_url} ist nicht erreichbar ({kind}); Ihre Änderungen bleiben erhalten und werden später gesendet</translation>
    </message>
    <message>
        <source>this laptop&apos;s access to the sync server was revoked; sign in again (your unsent changes are kept)</source>
        <translation>der Zugang dieses Laptops zum Synchronisierungsserver wurde widerrufen; melden Sie sich erneut an (Ihre nicht gesendeten Änderungen bleiben erhalten)</translation>
    </message>
    <message>
        <source>this laptop&apos;s sign-in expired (it was not used for a long time); sign in again (your unsent changes are kept)</source>
        <translation>die Anmeldung dieses Laptops ist abgelaufen (er wurde lange nicht benutzt); melden Sie sich erneut an (Ihre nicht gesendeten Änderungen bleiben erhalten)</translation>
    </message>
    <message>
        <source>the sync server refused a request as too large ({message})</source>
        <translation>der Synchronisierungsserver hat eine Anfrage als zu groß abgelehnt ({message})</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>the sign-in on this laptop is no longer valid; sign in again</source>
        <translation>die Anmeldung auf diesem Laptop ist nicht mehr gültig; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the sync server needs a newer version of bioX Missions; install the update (your unsent changes are kept)</source>
        <translation>der Synchronisierungsserver braucht eine neuere Version von bioX Missions; installieren Sie das Update (Ihre nicht gesendeten Änderungen bleiben erhalten)</translation>
    </message>
    <message>
        <source>too many failed sign-ins; try again in {retry} seconds</source>
        <translation>zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in {retry} Sekunden erneut</translation>
    </message>
    <message>
        <source>the sync server at {base_url} is not answering ({status})</source>
        <translation>der Synchronisierungsserver {base_url} antwortet nicht ({status})</translation>
    </message>
    <message>
        <source>the sync server refused the request ({status} {code}): {message}</source>
        <translation>der Synchronisierungsserver hat die Anfrage abgelehnt ({status} {code}): {message}</translation>
    </message>
    <message>
        <source>You have no access to where this belongs on the server (a mission your organisation is not part of, or another organisation&apos;s records).</source>
        <extracomment>Columns that name a row for people, in order of preference. What the row is, in words (&quot;Mission Osaka Bio 2027&quot;). The server never accepted this row: discarding removes it from this laptop. Why, in plain words, and what to do.</extracomment>
        <translation>Sie haben auf dem Server keinen Zugriff auf den Bereich, zu dem dies gehört (eine Mission ohne Ihre Organisation oder Einträge einer anderen Organisation).</translation>
    </message>
    <message>
        <source>Ask the mission&apos;s leader to add your organisation, then retry; or discard it.</source>
        <translation>Bitten Sie die Leitung der Mission, Ihre Organisation hinzuzufügen, und senden Sie dann erneut; oder verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>Only the leaders of the mission&apos;s lead cluster and the coordinators may change this.</source>
        <translation>Nur die Leitung des federführenden Clusters der Mission und die Koordination dürfen dies ändern.</translation>
    </message>
    <message>
        <source>If the mission is your cluster&apos;s, set its lead cluster to your cluster and retry; otherwise discard it.</source>
        <translation>Gehört die Mission zu Ihrem Cluster, setzen Sie ihren federführenden Cluster auf Ihren Cluster und senden Sie erneut; andernfalls verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>A delegate may change only their own roster entry.</source>
        <translation>Delegierte dürfen nur ihren eigenen Teilnehmereintrag ändern.</translation>
    </message>
    <message>
        <source>Ask the delegation leader to make this change; discard it here.</source>
        <translation>Bitten Sie die Delegationsleitung, diese Änderung vorzunehmen; verwerfen Sie sie hier.</translation>
    </message>
    <message>
        <source>Only the organisation that created this record, and the coordinators, may change it.</source>
        <translation>Nur die Organisation, die diesen Eintrag angelegt hat, und die Koordination dürfen ihn ändern.</translation>
    </message>
    <message>
        <source>Ask them to make the change; discard it here.</source>
        <translation>Bitten Sie diese, die Änderung vorzunehmen; verwerfen Sie sie hier.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Ihre Rolle erlaubt diese Änderung nicht.</translation>
    </message>
    <message>
        <source>Ask a coordinator; retry once your role allows it, or discard it.</source>
        <translation>Wenden Sie sich an die Koordination; senden Sie erneut, sobald Ihre Rolle es erlaubt, oder verwerfen Sie die Änderung.</translation>
    </message>
    <message>
        <source>The server could not accept this change.</source>
        <translation>Der Server konnte diese Änderung nicht annehmen.</translation>
    </message>
    <message>
        <source>Retry once the cause is fixed (an update of the app, say), or discard it.</source>
        <translation>Senden Sie erneut, sobald die Ursache behoben ist (etwa nach einem Update der App), oder verwerfen Sie die Änderung.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Give the mission a name.</source>
        <extracomment>Longest mission we accept; anything longer is almost certainly a typo in a year.</extracomment>
        <translation>Geben Sie der Mission einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a mission kind ({allowed}).</source>
        <translation>„{kind}“ ist keine Missionsart ({allowed}).</translation>
    </message>
    <message>
        <source>Choose the country the mission goes to.</source>
        <translation>Wählen Sie das Zielland der Mission.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ISO 3166 country code (e.g. JP).</source>
        <translation>„{country}“ ist kein ISO-3166-Ländercode (z. B. JP).</translation>
    </message>
    <message>
        <source>Choose the time zone where the mission takes place.</source>
        <translation>Wählen Sie die Zeitzone des Missionsorts.</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone (e.g. Asia/Tokyo).</source>
        <translation>„{zone}“ ist keine IANA-Zeitzone (z. B. Asia/Tokyo).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone.</source>
        <translation>„{zone}“ ist keine IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>Give the first day of the mission.</source>
        <translation>Geben Sie den ersten Tag der Mission an.</translation>
    </message>
    <message>
        <source>Give the last day of the mission.</source>
        <translation>Geben Sie den letzten Tag der Mission an.</translation>
    </message>
    <message>
        <source>The mission ends ({end}) before it starts ({start}).</source>
        <translation>Die Mission endet ({end}), bevor sie beginnt ({start}).</translation>
    </message>
    <message>
        <source>A mission lasts at most {n} days; check the year.</source>
        <translation>Eine Mission dauert höchstens {n} Tage; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a mission status.</source>
        <translation>„{status}“ ist kein Missionsstatus.</translation>
    </message>
    <message>
        <source>Choose a cluster as lead.</source>
        <translation>Wählen Sie einen Cluster als federführend.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <source>{source}: card {card}, line {line}: {reason}</source>
        <translation>{source}: Karte {card}, Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>{source}: line {line}: {reason}</source>
        <translation>{source}: Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>some characters are not valid {charset} and were replaced</source>
        <translation>einige Zeichen sind kein gültiges {charset} und wurden ersetzt</translation>
    </message>
    <message>
        <source>no &apos;:&apos; separates the property name from its value</source>
        <translation>kein „:“ trennt den Eigenschaftsnamen von seinem Wert</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a property name</source>
        <translation>„{name}“ ist kein Eigenschaftsname</translation>
    </message>
    <message>
        <source>line {line}: {prop} was read without its parameter(s) {params}, which this program does not keep</source>
        <extracomment>Picture types a TYPE parameter may name (other words, such as kcontacts&apos; ``TYPE=HOME``, say nothing about the picture: its bytes do). Parameters every property read into a field keeps (as its types) or does not need. ... and those particular properties keep too.</extracomment>
        <translation>Zeile {line}: {prop} wurde ohne die Parameter {params} gelesen, die dieses Programm nicht speichert</translation>
    </message>
    <message>
        <source>the card has no name, organisation, e-mail or phone</source>
        <translation>die Karte hat weder Namen noch Organisation, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>line {line}: the photo is not valid base64; kept as is</source>
        <translation>Zeile {line}: das Foto ist kein gültiges Base64; unverändert übernommen</translation>
    </message>
    <message>
        <source>line {line}: the photo&apos;s TYPE={type} is not a picture type and is not kept; the type is read from the picture itself</source>
        <translation>Zeile {line}: TYPE={type} des Fotos ist kein Bildtyp und wird nicht übernommen; der Typ wird aus dem Bild selbst gelesen</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI has no &apos;,&apos;</source>
        <translation>Zeile {line}: die data:-URI des Fotos hat kein „,“</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI is not valid base64</source>
        <translation>Zeile {line}: die data:-URI des Fotos ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>line {line}: the photo is neither base64 data nor a link</source>
        <translation>Zeile {line}: das Foto ist weder Base64-Daten noch ein Link</translation>
    </message>
    <message>
        <source>the file could not be read ({error})</source>
        <translation>die Datei konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line {line}: comment line ignored</source>
        <translation>Zeile {line}: Kommentarzeile ignoriert</translation>
    </message>
    <message>
        <source>line {line} is not a vCard property: {reason}</source>
        <translation>Zeile {line} ist keine vCard-Eigenschaft: {reason}</translation>
    </message>
    <message>
        <source>the card that starts at line {line} has no END:VCARD (is the file cut short?)</source>
        <translation>die Karte, die in Zeile {line} beginnt, hat kein END:VCARD (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>no vCard found: the file has no BEGIN:VCARD line</source>
        <translation>keine vCard gefunden: die Datei hat keine Zeile BEGIN:VCARD</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <source>no VERSION line; read as vCard 2.1</source>
        <translation>keine VERSION-Zeile; als vCard 2.1 gelesen</translation>
    </message>
    <message>
        <source>vCard version {version} is not supported (2.1, 3.0 or 4.0)</source>
        <translation>vCard-Version {version} wird nicht unterstützt (2.1, 3.0 oder 4.0)</translation>
    </message>
    <message>
        <source>the card could not be read ({kind}: {error})</source>
        <translation>die Karte konnte nicht gelesen werden ({kind}: {error})</translation>
    </message>
</context>
</TS>
