<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Offline — no sync server set up</source>
        <translation>Hors ligne — aucun serveur de synchronisation configuré</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Online — the server refused some changes</source>
        <translation>En ligne — le serveur a refusé certaines modifications</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline — server unreachable</source>
        <translation>Hors ligne — serveur injoignable</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>Problème de synchronisation : {why}</translation>
    </message>
    <message>
        <source>Not synced since start</source>
        <translation>Pas synchronisé depuis le démarrage</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchro : {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Aucune modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln modification en attente d&apos;envoi</numerusform>
            <numerusform>%Ln modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Cluster d&apos;attache : {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} missions dans {c} pays, {years}</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>cluster pilote {name}</translation>
    </message>
    <message>
        <source>Delegate: {name} ({role})</source>
        <translation>Délégué : {name} ({role})</translation>
    </message>
    <message>
        <source>Meeting {day}: {who}{outcome}</source>
        <translation>Rendez-vous {day} : {who}{outcome}</translation>
    </message>
    <message>
        <source>Lead: {name}{org}{rating}</source>
        <translation>Contact : {name}{org}{rating}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Sync server</source>
        <translation>Serveur de synchronisation</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Send my password over this &amp;unencrypted connection anyway</source>
        <translation>Envoyer quand même mon mot de passe par cette connexion non chi&amp;ffrée</translation>
    </message>
    <message>
        <source>Laptops signed in to this account</source>
        <translation>Ordinateurs connectés à ce compte</translation>
    </message>
    <message>
        <source>Signed-in laptops</source>
        <translation>Ordinateurs connectés</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected laptop</source>
        <translation>&amp;Révoquer l&apos;ordinateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Connecté à {server} en tant que {user}.</translation>
    </message>
    <message>
        <source>Not signed in. Your work stays on this laptop until you sign in; nothing is lost meanwhile.</source>
        <translation>Non connecté. Votre travail reste sur cet ordinateur jusqu&apos;à la connexion ; rien n&apos;est perdu entre-temps.</translation>
    </message>
    <message>
        <source>The list of laptops is not available: {why}</source>
        <translation>La liste des ordinateurs n&apos;est pas disponible : {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{name} (signed in {created}, last seen {seen})</source>
        <translation>{name} (connexion : {created}, dernière activité : {seen})</translation>
    </message>
    <message>
        <source> — this laptop</source>
        <translation> — cet ordinateur</translation>
    </message>
    <message>
        <source>The laptop could not be revoked: {why}</source>
        <translation>L&apos;ordinateur n&apos;a pas pu être révoqué : {why}</translation>
    </message>
    <message>
        <source>Give the server address, your user name and password.</source>
        <translation>Indiquez l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in failed: {why}</source>
        <translation>Échec de la connexion : {why}</translation>
    </message>
</context>
<context>
    <name>AgendaGridPage</name>
    <message>
        <source>B2B session</source>
        <extracomment>A keyboard pick-up (the meeting&apos;s id) or its end (&quot;&quot;). The meeting moved last: the selection follows it to its new cell.</extracomment>
        <translation>Session B2B</translation>
    </message>
    <message>
        <source>Loc&amp;k the meetings I move</source>
        <translation>&amp;Verrouiller les rendez-vous que je déplace</translation>
    </message>
    <message>
        <source>A locked meeting stays where you put it when the scheduler runs again; unlock it to let the scheduler place it.</source>
        <translation>Un rendez-vous verrouillé reste où vous l&apos;avez mis lors d&apos;une nouvelle planification ; déverrouillez-le pour laisser la planification le placer.</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Move the selected meeting to…</source>
        <translation>Déplacer le rendez-vous sélectionné vers…</translation>
    </message>
    <message>
        <source>Lock the selected meeting</source>
        <translation>Verrouiller le rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>Unlock the selected meeting</source>
        <translation>Déverrouiller le rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>Meetings of the session by slot and table</source>
        <translation>Rendez-vous de la session par créneau et par table</translation>
    </message>
    <message>
        <source>Drag a meeting to a free cell (highlighted), or select it, press Enter, choose a cell with the arrow keys and press Enter again.</source>
        <translation>Faites glisser un rendez-vous vers une case libre (en surbrillance), ou sélectionnez-le, appuyez sur Entrée, choisissez une case avec les flèches et appuyez de nouveau sur Entrée.</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>This mission has no B2B session with slots and tables yet.</source>
        <translation>Cette mission n&apos;a pas encore de session B2B avec créneaux et tables.</translation>
    </message>
    <message>
        <source>Off the grid (no slot or table; move them with Move…): {names}</source>
        <translation>Hors grille (sans créneau ni table ; déplacez-les avec Déplacer vers…) : {names}</translation>
    </message>
    <message>
        <source>Moving {who}: choose a highlighted cell with the arrow keys and press Enter (Escape leaves it where it was).</source>
        <translation>Déplacement de {who} : choisissez une case en surbrillance avec les flèches et appuyez sur Entrée (Échap le laisse où il était).</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Non déplacé : {reason}</translation>
    </message>
    <message>
        <source>{time}, table {table}</source>
        <translation>{time}, table {table}</translation>
    </message>
    <message>
        <source>Moving to {where}…</source>
        <translation>Déplacement vers {where}…</translation>
    </message>
    <message>
        <source>Moved to {where}.</source>
        <translation>Déplacé vers {where}.</translation>
    </message>
    <message>
        <source>Meeting locked.</source>
        <translation>Rendez-vous verrouillé.</translation>
    </message>
    <message>
        <source>Meeting unlocked.</source>
        <translation>Rendez-vous déverrouillé.</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
</context>
<context>
    <name>AgendaScreen</name>
    <message>
        <source>Agenda</source>
        <extracomment>The form opened last (agenda_forms), for tests and screenshots.</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planifier…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Import ICS…</source>
        <translation>&amp;Importer un ICS…</translation>
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
        <translation>&amp;Tout exporter…</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The counterpart link dialog opened last (for tests).</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Whose agenda</source>
        <translation>Programme de qui</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>Agenda of:</source>
        <translation>Programme de :</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Li&amp;en…</translation>
    </message>
    <message>
        <source>Calendar feed link of this person</source>
        <translation>Lien d&apos;abonnement au calendrier de cette personne</translation>
    </message>
    <message>
        <source>A private address that keeps this person&apos;s phone calendar up to date</source>
        <translation>Une adresse privée qui tient à jour le calendrier du téléphone de cette personne</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <extracomment>The feed link dialog opened last (for tests).</extracomment>
        <translation>&amp;Nouvel élément…</translation>
    </message>
    <message>
        <source>Edit i&amp;tem…</source>
        <translation>&amp;Modifier l&apos;élément…</translation>
    </message>
    <message>
        <source>De&amp;lete item</source>
        <translation>&amp;Supprimer l&apos;élément</translation>
    </message>
    <message>
        <source>&amp;Venues…</source>
        <translation>&amp;Lieux…</translation>
    </message>
    <message>
        <source>Programme over all days</source>
        <translation>Programme sur tous les jours</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>&amp;Cancel meetings</source>
        <translation>A&amp;nnuler les rendez-vous</translation>
    </message>
    <message>
        <source>Cancel the selected meetings</source>
        <translation>Annuler les rendez-vous sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Résultat…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverro&amp;uiller</translation>
    </message>
    <message>
        <source>Lock the selected meetings</source>
        <translation>Verrouiller les rendez-vous sélectionnés</translation>
    </message>
    <message>
        <source>Unlock the selected meetings</source>
        <translation>Déverrouiller les rendez-vous sélectionnés</translation>
    </message>
    <message>
        <source>Add mee&amp;ting…</source>
        <extracomment>The meetings list&apos;s context menu shown last (for tests).</extracomment>
        <translation>Ajouter un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>D&amp;ecline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Expi&amp;re</source>
        <translation>E&amp;xpirer</translation>
    </message>
    <message>
        <source>Mark the selected requests expired</source>
        <translation>Marquer les demandes sélectionnées comme expirées</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>New meeting request</source>
        <translation>Nouvelle demande de rendez-vous</translation>
    </message>
    <message>
        <source>Counterpart &amp;page…</source>
        <translation>&amp;Page de l&apos;interlocuteur…</translation>
    </message>
    <message>
        <source>Page link of the foreign person of the selected request</source>
        <translation>Lien de la page de l&apos;interlocuteur étranger de la demande sélectionnée</translation>
    </message>
    <message>
        <source>A private page where the foreign person answers requests, gives availability, asks for meetings and sees their agenda (needs the sync server)</source>
        <translation>Une page privée où l&apos;interlocuteur étranger répond aux demandes, indique ses disponibilités, demande des rendez-vous et consulte son programme (nécessite le serveur de synchronisation)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>B2B grid</source>
        <translation>Grille B2B</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>local time: {z} · home time: {h}</source>
        <translation>heure locale : {z} · heure d&apos;origine : {h}</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programme complet</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) ({d} draft, {c} changed since published);</source>
        <translation>
            <numerusform>%n rendez-vous ({d} en brouillon, {c} modifié(s) depuis la publication) ;</numerusform>
            <numerusform>%n rendez-vous ({d} en brouillon, {c} modifié(s) depuis la publication) ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflit.</numerusform>
            <numerusform>%n conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n meeting(s).</source>
        <translation>
            <numerusform>%n rendez-vous publié.</numerusform>
            <numerusform>%n rendez-vous publiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings cancelled</source>
        <translation>
            <numerusform>%n rendez-vous annulé</numerusform>
            <numerusform>%n rendez-vous annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n meetings</source>
        <translation>
            <numerusform>Verrouiller %n rendez-vous</numerusform>
            <numerusform>Verrouiller %n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n meetings</source>
        <translation>
            <numerusform>Déverrouiller %n rendez-vous</numerusform>
            <numerusform>Déverrouiller %n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n meetings</source>
        <translation>
            <numerusform>Annuler %n rendez-vous</numerusform>
            <numerusform>Annuler %n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted</source>
        <translation>
            <numerusform>%n demande acceptée</numerusform>
            <numerusform>%n demandes acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined</source>
        <translation>
            <numerusform>%n demande refusée</numerusform>
            <numerusform>%n demandes refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) marked expired</source>
        <translation>
            <numerusform>%n demande marquée comme expirée</numerusform>
            <numerusform>%n demandes marquées comme expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) locked</source>
        <translation>
            <numerusform>%n rendez-vous verrouillé</numerusform>
            <numerusform>%n rendez-vous verrouillés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) unlocked</source>
        <translation>
            <numerusform>%n rendez-vous déverrouillé</numerusform>
            <numerusform>%n rendez-vous déverrouillés</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>{t} tables, {m}-minute slots</source>
        <translation>{t} tables, créneaux de {m} minutes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>{status}, asked by {name} (counterpart page)</source>
        <translation>{status}, à la demande de {name} (page de l&apos;interlocuteur)</translation>
    </message>
    <message>
        <source>{status}, answered by {name} (counterpart page)</source>
        <translation>{status}, réponse de {name} (page de l&apos;interlocuteur)</translation>
    </message>
    <message>
        <source>Can attend: {sessions}</source>
        <translation>Peut participer à : {sessions}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Scheduling meetings</source>
        <translation>Planification des rendez-vous</translation>
    </message>
    <message>
        <source>Nothing to schedule: this mission has no accepted meeting requests yet.</source>
        <translation>Rien à planifier : cette mission n&apos;a encore aucune demande de rendez-vous acceptée.</translation>
    </message>
    <message>
        <source>Draft ready: {n} of {r} requests scheduled ({new} new, {kept} kept), weight {w}{opt}, {g} idle gaps. Review and move meetings, then Publish.</source>
        <translation>Brouillon prêt : {n} demandes sur {r} planifiées ({new} nouvelles, {kept} gardées), poids {w}{opt}, {g} temps morts. Vérifiez et déplacez les rendez-vous, puis publiez.</translation>
    </message>
    <message>
        <source> (optimal)</source>
        <translation> (optimal)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling cancelled; nothing was changed.</source>
        <translation>Planification annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Publishing sends {a} new meetings, {m} moved or changed and {c} cancelled to {p} people. Publish now?</source>
        <translation>La publication envoie {a} nouveaux rendez-vous, {m} déplacés ou modifiés et {c} annulés à {p} personnes. Publier maintenant ?</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>{n} ajoutés</translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation>{n} déplacés</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} annulés</translation>
    </message>
    <message>
        <source>Publish the agenda</source>
        <translation>Publier le programme</translation>
    </message>
    <message>
        <source>and {n} more people (see the details)</source>
        <translation>et {n} autres personnes (voir les détails)</translation>
    </message>
    <message>
        <source>{k} left as they were: {why}</source>
        <translation>{k} laissées en l&apos;état : {why}</translation>
    </message>
    <message>
        <source>(undo from Imports…)</source>
        <translation>(annulable depuis Imports…)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Import du programme</translation>
    </message>
    <message>
        <source>{f}: {c} items added, {u} updated.</source>
        <translation>{f} : {c} éléments ajoutés, {u} mis à jour.</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Enregistrer le programme en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Rédaction du PDF</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>{p} enregistré</translation>
    </message>
    <message>
        <source>Choose whose agenda first (Day tab).</source>
        <translation>Choisissez d&apos;abord de qui est le programme (onglet Jour).</translation>
    </message>
    <message>
        <source>Select a request that names the person to meet first (Requests tab).</source>
        <translation>Sélectionnez d&apos;abord une demande qui indique la personne à rencontrer (onglet Demandes).</translation>
    </message>
    <message numerus="yes">
        <source>Counterpart page links revoked: %n</source>
        <translation>
            <numerusform>Lien de page d&apos;interlocuteur révoqué : %n</numerusform>
            <numerusform>Liens de page d&apos;interlocuteur révoqués : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar links revoked: %n</source>
        <translation>
            <numerusform>Lien de calendrier révoqué : %n</numerusform>
            <numerusform>Liens de calendrier révoqués : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files already written are complete.</source>
        <translation>Export annulé ; les fichiers déjà écrits sont complets.</translation>
    </message>
    <message>
        <source>Exporting the agendas…</source>
        <translation>Export des programmes…</translation>
    </message>
    <message>
        <source>Exporting all agendas</source>
        <translation>Export de tous les programmes</translation>
    </message>
    <message>
        <source>{n} agendas written to {folder} ({f} files).</source>
        <translation>{n} programmes écrits dans {folder} ({f} fichiers).</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Modifier l&apos;accord</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>The agreement has a signature date</source>
        <translation>L&apos;accord a une date de signature</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>(no mission)</source>
        <translation>(aucune mission)</translation>
    </message>
    <message>
        <source>Organisation to add as a party</source>
        <translation>Organisation à ajouter comme partie</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>Rôle de la partie</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Ajouter la partie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Meetings and leads it came from</source>
        <translation>Rendez-vous et contacts d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnature</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>Came &amp;from</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Choisissez une organisation dans la liste.</translation>
    </message>
    <message>
        <source>Choose the mission to link its meetings and leads.</source>
        <translation>Choisissez la mission pour lier ses rendez-vous et contacts.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>{n} meeting(s)</source>
        <translation>{n} rendez-vous</translation>
    </message>
    <message>
        <source>{n} lead(s)</source>
        <translation>{n} contact(s)</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Show agreements of kind</source>
        <translation>Afficher les accords du type</translation>
    </message>
    <message>
        <source>Current mission only</source>
        <translation>Mission en cours uniquement</translation>
    </message>
    <message>
        <source>Search title, party or notes</source>
        <translation>Rechercher titre, partie ou notes</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Rechercher des accords</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nouvel accord…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>A&amp;ttach document…</source>
        <translation>&amp;Joindre un document…</translation>
    </message>
    <message>
        <source>Sa&amp;ve document…</source>
        <translation>&amp;Enregistrer le document…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Only those still to do</source>
        <translation>Seulement ceux à faire</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Noter le résultat…</translation>
    </message>
    <message>
        <source>Follow-ups after meetings</source>
        <translation>Suivis après les rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s), {s} signed</source>
        <translation>
            <numerusform>%n accord, {s} signé</numerusform>
            <numerusform>%n accords, {s} signé(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Supprimer l&apos;accord</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Supprimer « {title} » ?</translation>
    </message>
    <message>
        <source>Its parties, links and documents go with it, for everyone, at the next sync.</source>
        <translation>Ses parties, liens et documents disparaissent avec lui, pour tous, à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Attach the signed document</source>
        <translation>Joindre le document signé</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Imports</source>
        <extracomment>Every area an undo may touch: screens reload what they show.</extracomment>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Every import can be undone: fields go back to their earlier values unless someone changed them since, and what the import added is removed.</source>
        <translation>Chaque import peut être annulé : les champs reprennent leur valeur précédente, sauf si quelqu&apos;un les a modifiés depuis, et ce que l&apos;import a ajouté est supprimé.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>A&amp;nnuler cet import…</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Aucun import pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <source>Undo “{what}”? Records it added ({added}) are removed and the values it changed ({changed} records) go back, except where someone edited them since.</source>
        <translation>Annuler « {what} » ? Les enregistrements ajoutés ({added}) sont supprimés et les valeurs modifiées ({changed} enregistrements) reprennent leur état précédent, sauf là où quelqu&apos;un les a modifiées depuis.</translation>
    </message>
    <message>
        <source>Undone: {removed} records removed, {restored} values restored.</source>
        <translation>Annulé : {removed} enregistrements supprimés, {restored} valeurs rétablies.</translation>
    </message>
    <message>
        <source>{kept} values were edited after the import and kept.</source>
        <translation>{kept} valeurs avaient été modifiées après l&apos;import et sont conservées.</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Briefing pack of the chosen mission</source>
        <extracomment>Emitted after the documents of the shown mission were loaded (the mission id). Emitted after files were added: how many were new or changed, and how many unchanged.</extracomment>
        <translation>Dossier de préparation de la mission choisie</translation>
    </message>
    <message>
        <source>Briefing documents of the mission</source>
        <extracomment>Opens a saved document with the system&apos;s viewer (tests give their own).</extracomment>
        <translation>Documents de préparation de la mission</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Ajouter des &amp;documents…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>No documents yet: add country reports, partner contacts or practical notes.</source>
        <translation>Aucun document pour l&apos;instant : ajoutez des rapports pays, des contacts partenaires ou des notes pratiques.</translation>
    </message>
    <message>
        <source>Add to the briefing pack</source>
        <translation>Ajouter au dossier de préparation</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
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
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
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
        <translation>(aucun rendez-vous)</translation>
    </message>
    <message>
        <source>Not asked yet: consent missing</source>
        <translation>Pas encore demandé : consentement manquant</translation>
    </message>
    <message>
        <source>Consent: yes, they agree to the wording below (Alt+Y)</source>
        <translation>Consentement : oui, la personne accepte le texte ci-dessous (Alt+Y)</translation>
    </message>
    <message>
        <source>Legitimate interest (no consent asked)</source>
        <translation>Intérêt légitime (consentement non demandé)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base légale</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Romanised</source>
        <translation>Nom en &amp;alphabet latin</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;E-mails</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Téléphones</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>&amp;Intérêt</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>Ne&amp;xt action</source>
        <translation>Prochaine a&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>Messa&amp;ging</source>
        <translation>Messa&amp;gerie</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>Lin&amp;kedIn</translation>
    </message>
    <message>
        <source>&amp;Visible to</source>
        <translation>&amp;Visible par</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>S&amp;can code…</source>
        <translation>Scanner un co&amp;de…</translation>
    </message>
    <message>
        <source>Read a contact QR code, a messaging profile code or a badge with the camera</source>
        <translation>Lire avec la caméra un code QR de contact, un code de profil de messagerie ou un badge</translation>
    </message>
    <message>
        <source>Card p&amp;hoto…</source>
        <translation>&amp;Photo de carte…</translation>
    </message>
    <message>
        <source>Read a business card from a photo (pick both sides of a two-sided card)</source>
        <translation>Lire une carte de visite depuis une photo (choisissez les deux faces d&apos;une carte recto verso)</translation>
    </message>
    <message>
        <source>Legal &amp;basis (required)</source>
        <translation>&amp;Base légale (obligatoire)</translation>
    </message>
    <message>
        <source>Contact card of {name} read: check the highlighted fields, then save.</source>
        <translation>Fiche de contact de {name} lue : vérifiez les champs en surbrillance, puis enregistrez.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>{network} profile read.</source>
        <translation>Profil {network} lu.</translation>
    </message>
    <message>
        <source>Card photo</source>
        <translation>Photo de carte</translation>
    </message>
    <message>
        <source>The clipboard holds a picture. Read it as the card?</source>
        <translation>Le presse-papiers contient une image. La lire comme carte de visite ?</translation>
    </message>
    <message>
        <source>Read the &amp;clipboard picture</source>
        <translation>Lire l&apos;image du &amp;presse-papiers</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Choisir des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Photos of the card (one or both sides)</source>
        <translation>Photos de la carte (une face ou les deux)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>The card was hard to read here: check it</source>
        <translation>Carte difficile à lire à cet endroit : vérifiez ce champ</translation>
    </message>
    <message>
        <source>Card read: check each field (orange: the OCR was unsure), then save.</source>
        <translation>Carte lue : vérifiez chaque champ (en orange : l&apos;OCR avait un doute), puis enregistrez.</translation>
    </message>
    <message>
        <source>Participant of {list}: {name}, {organisation} — use their details</source>
        <translation>Participant de {list} : {name}, {organisation} — utiliser ses coordonnées</translation>
    </message>
    <message>
        <source>Badge {badge} is not in an imported attendee list: type the details (the badge number is kept in the notes).</source>
        <translation>Le badge {badge} ne figure dans aucune liste de participants importée : saisissez les coordonnées (le numéro de badge est conservé dans les notes).</translation>
    </message>
    <message>
        <source>Badge of {name} ({organisation}) from the attendee list {list}: check and save.</source>
        <translation>Badge de {name} ({organisation}) de la liste de participants {list} : vérifiez et enregistrez.</translation>
    </message>
    <message>
        <source>Badge {badge}</source>
        <translation>Badge {badge}</translation>
    </message>
    <message>
        <source>Filled by the scan: check it</source>
        <translation>Rempli par le scan : vérifiez ce champ</translation>
    </message>
    <message>
        <source>Enter saves · Tab moves · Alt+underlined letter jumps to a field</source>
        <translation>Entrée enregistre · Tab passe au champ suivant · Alt+lettre soulignée va au champ</translation>
    </message>
    <message>
        <source>“{typed}” could be read in more than one country. Which number is it?</source>
        <extracomment>Numbers the person chose to keep as typed (saved unconfirmed, never rewritten).</extracomment>
        <translation>« {typed} » peut se lire dans plusieurs pays. De quel numéro s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Keep as typed, confirm later</source>
        <translation>Garder tel que saisi, confirmer plus tard</translation>
    </message>
    <message>
        <source>As printed; numbers without +country are read in {country}</source>
        <translation>Tels qu&apos;imprimés ; les numéros sans +indicatif sont lus pour {country}</translation>
    </message>
    <message>
        <source>(this lead&apos;s meeting)</source>
        <translation>(rendez-vous de ce contact)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>clock far in the future</source>
        <translation>horloge très en avance</translation>
    </message>
    <message>
        <source>edited on two laptops</source>
        <translation>modifié sur deux ordinateurs</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>{person} on {laptop}, {when}</source>
        <translation>{person} sur {laptop}, {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Garder la valeur retenue</translation>
    </message>
    <message>
        <source>Use the &amp;other value</source>
        <translation>Utiliser l&apos;&amp;autre valeur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>When two laptops changed the same field before syncing, the later change was kept everywhere and the other is listed here. Choosing a value sends it to everyone.</source>
        <translation>Quand deux ordinateurs ont modifié le même champ avant de se synchroniser, la modification la plus récente a été gardée partout et l&apos;autre est listée ici. Choisir une valeur l&apos;envoie à tous.</translation>
    </message>
    <message>
        <source>{author}&apos;s laptop {device}: {n} changes set aside because its clock was far ahead; they are sent again once its clock is right.</source>
        <translation>Ordinateur {device} de {author} : {n} modifications mises de côté car son horloge était très en avance ; elles seront renvoyées une fois son horloge à l&apos;heure.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) shown, more on the server</source>
        <translation>
            <numerusform>%n conflit affiché, d&apos;autres sur le serveur</numerusform>
            <numerusform>%n conflits affichés, d&apos;autres sur le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterpartLinkDialog</name>
    <message>
        <source>Counterpart page — {name}</source>
        <translation>Page de l&apos;interlocuteur — {name}</translation>
    </message>
    <message>
        <source>Counterpart page address</source>
        <translation>Adresse de la page de l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>QR code of the counterpart page address</source>
        <translation>Code QR de l&apos;adresse de la page de l&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Send this address to {name} (or let them scan the code): in their language, they answer the delegation&apos;s requests, say which B2B sessions they can attend, ask for a meeting and see their agenda. Their answers arrive with the next sync. Anyone with the address can answer for them; revoke it if it reaches the wrong person.</source>
        <translation>Envoyez cette adresse à {name} (ou faites-lui scanner le code) : dans sa langue, cette personne répond aux demandes de la délégation, indique les sessions B2B auxquelles elle peut participer, demande un rendez-vous et consulte son programme. Ses réponses arrivent à la prochaine synchronisation. Toute personne disposant de l&apos;adresse peut répondre à sa place ; révoquez-la si elle parvient à la mauvaise personne.</translation>
    </message>
    <message>
        <source>The link works until {date}.</source>
        <translation>Le lien est valable jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>&apos;{text}&apos; is not a date: type {hint}</source>
        <translation>« {text} » n&apos;est pas une date : saisissez {hint}</translation>
    </message>
    <message>
        <source>{iso} or {local}</source>
        <translation>{iso} ou {local}</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <extracomment>Why the text is refused once typing ends (&quot;&quot; once it is readable again); a form shows it under the field (FieldForm connects it). The form field whose ValidationError an unreadable text raises.</extracomment>
        <translation>Choisir un jour</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>&apos;{text}&apos; is not a date and time: type {hint}</source>
        <translation>« {text} » n&apos;est pas une date et heure : saisissez {hint}</translation>
    </message>
    <message>
        <source>{iso} 09:30 or {local} 09:30</source>
        <translation>{iso} 09:30 ou {local} 09:30</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <source>Edit delegate</source>
        <translation>Modifier le délégué</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Ajouter un délégué</translation>
    </message>
    <message>
        <source>e.g. 山田太郎</source>
        <translation>p. ex. 山田太郎</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, local time</source>
        <translation>AAAA-MM-JJ HH:MM, heure locale</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>A besoin d&apos;un interprète</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Nom dans l&apos;écriture d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>&amp;Statut d&apos;inscription</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Besoins d&apos;accessibilité</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Vol aller</translation>
    </message>
    <message>
        <source>&amp;Arrives</source>
        <translation>&amp;Arrivée</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Vol retour</translation>
    </message>
    <message>
        <source>&amp;Departs</source>
        <translation>&amp;Départ</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hôtel</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Arrivée à l&apos;hôtel</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Départ de l&apos;hôtel</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>E&amp;xpiration du passeport</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Téléphone d&apos;urgence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Heures locales de {zone}.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <source>History: {batches}</source>
        <translation>Historique : {batches}</translation>
    </message>
    <message>
        <source>(visible to the mission&apos;s leaders)</source>
        <translation>(visible par les chefs de délégation de la mission)</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase this person</source>
        <extracomment>What the erasure did, once it is done (None before, or when it failed).</extracomment>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase {name} from this laptop, the server and every laptop that syncs?

Their name, e-mails, phones, photo and notes, their leads, consents, follow-up notes, roster entries, meeting and programme places, merge history, unsent changes and the backups that hold them are removed. Only a record of the erasure stays (who, when, why), so that importing their card again warns.

This cannot be undone.</source>
        <translation>Effacer {name} de cet ordinateur, du serveur et de chaque ordinateur qui se synchronise ?

Son nom, ses e-mails, téléphones, photo et notes, ses contacts, consentements, notes de suivi, inscriptions, places aux rendez-vous et au programme, l&apos;historique des fusions, les modifications non envoyées et les sauvegardes qui les contiennent sont supprimés. Seule une trace de l&apos;effacement reste (qui, quand, pourquoi), afin qu&apos;un nouvel import de sa carte donne une alerte.

Cette action est irréversible.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>&amp;Basis (the request, the legal ground):</source>
        <translation>&amp;Base (la demande, le fondement juridique) :</translation>
    </message>
    <message>
        <source>Basis of the erasure</source>
        <translation>Base de l&apos;effacement</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Erase the person</source>
        <translation>Effacer la personne</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>Export all agendas</source>
        <translation>Exporter tous les programmes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Also write &amp;mail drafts (.eml) with both files attached</source>
        <translation>Écrire aussi des &amp;brouillons de mail (.eml) avec les deux fichiers joints</translation>
    </message>
    <message>
        <source>Also write mail drafts</source>
        <translation>Écrire aussi des brouillons de mail</translation>
    </message>
    <message>
        <source>One PDF and one calendar file (.ics) per delegate and per counterpart, named after the person. Files of the same name are replaced.</source>
        <translation>Un PDF et un fichier de calendrier (.ics) par délégué et par interlocuteur, nommés d&apos;après la personne. Les fichiers du même nom sont remplacés.</translation>
    </message>
    <message>
        <source>Export all agendas to</source>
        <translation>Exporter tous les programmes vers</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
</context>
<context>
    <name>FeedLinkDialog</name>
    <message>
        <source>Calendar link — {name}</source>
        <translation>Lien de calendrier — {name}</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>Adresse d&apos;abonnement au calendrier</translation>
    </message>
    <message>
        <source>QR code of the calendar feed address</source>
        <translation>Code QR de l&apos;adresse d&apos;abonnement au calendrier</translation>
    </message>
    <message>
        <source>Subscribe to this address in a calendar program or scan the code with a phone: the published agenda stays up to date there. Anyone with the address can read the agenda; revoke it if it reaches the wrong person.</source>
        <translation>Abonnez-vous à cette adresse dans un logiciel d&apos;agenda ou scannez le code avec un téléphone : le programme publié y reste à jour. Toute personne qui a l&apos;adresse peut lire le programme ; révoquez-la si elle parvient à la mauvaise personne.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation>Noter le suivi</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Ce qui en est sorti</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Note de 1 (froid) à 5 (très prometteur)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Rating (1–5)</source>
        <translation>&amp;Note (1–5)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <extracomment>Error text; a template for theme.tint(), which fills in the theme&apos;s warning colour. Where messages of fields without a row go (None: they are not shown here). Fields whose messages show under another field&apos;s row (&quot;organisation_id&quot; under &quot;organisation&quot;). The open &quot;discard what you typed?&quot; question, if any (tests answer it).</extracomment>
        <translation>Abandonner la saisie ?</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and lose them?</source>
        <translation>Ce formulaire contient des modifications non enregistrées. Le fermer et les perdre ?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>ImportBasisDialog</name>
    <message>
        <source>Import leads</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Legal basis of the imported leads</source>
        <translation>Base légale des contacts importés</translation>
    </message>
    <message>
        <source>None recorded: mark them “consent missing”</source>
        <translation>Aucune enregistrée : les marquer « consentement manquant »</translation>
    </message>
    <message>
        <source>Consent: they agreed to our consent wording</source>
        <translation>Consentement : ils ont accepté notre texte de consentement</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>On which legal basis are these people&apos;s details kept? Choose consent only when each of them agreed to the wording in Settings › Privacy. Leads without a basis are listed under “Consent missing” until one is recorded.</source>
        <translation>Sur quelle base légale les coordonnées de ces personnes sont-elles conservées ? Choisissez le consentement seulement si chacune a accepté le texte de Paramètres › Confidentialité. Les contacts sans base sont listés sous « Consentement manquant » jusqu&apos;à ce qu&apos;une base soit enregistrée.</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base légale</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <source>File to import</source>
        <extracomment>The batch the import made (set once imported; the undo takes it back).</extracomment>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>A .csv or .xlsx registration export</source>
        <translation>Un export d&apos;inscriptions .csv ou .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>&amp;Lire le fichier</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Champ de la liste</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Empty cells clear fields</source>
        <translation>Les cellules &amp;vides effacent les champs</translation>
    </message>
    <message>
        <source>When ticked, an empty cell empties its field (hotel, flight, needs...). Names, e-mails, phones, company, role and status are never emptied.</source>
        <translation>Si la case est cochée, une cellule vide efface son champ (hôtel, vol, besoins...). Les noms, e-mails, téléphones, entreprise, rôle et statut ne sont jamais vidés.</translation>
    </message>
    <message>
        <source>Rows of the import</source>
        <translation>Lignes de l&apos;import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Modifications ou motif</translation>
    </message>
    <message>
        <source>3. Check the rows and their changes, then import</source>
        <translation>3. Vérifiez les lignes et leurs modifications, puis importez</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>Ready: {a} to add, {u} to update, {n} unchanged, {r} rejected (listed first, with the reason). Nothing is saved until you click Import.</source>
        <translation>Prêt : {a} à ajouter, {u} à mettre à jour, {n} inchangées, {r} refusées (listées en premier, avec le motif). Rien n&apos;est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated, {n} unchanged, {r} rejected.</source>
        <translation>Importé : {a} ajoutées, {u} mises à jour, {n} inchangées, {r} refusées.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>A&amp;nnuler cet import</translation>
    </message>
    <message>
        <source>Import undone: {r} fields restored, {n} records removed.</source>
        <translation>Import annulé : {r} champs rétablis, {n} enregistrements supprimés.</translation>
    </message>
    <message>
        <source>{k} fields edited since the import were kept as they are.</source>
        <translation>{k} champs modifiés depuis l&apos;import ont été conservés tels quels.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Choisissez le fichier</translation>
    </message>
    <message>
        <source>2. Match its columns to roster fields</source>
        <translation>2. Associez ses colonnes aux champs de la liste</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.xlsx)</source>
        <translation>Exports d&apos;inscriptions (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Champ pour la colonne {name}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>{n} rows read from {file}.</source>
        <translation>{n} lignes lues dans {file}.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>Importing registrations</source>
        <translation>Import des inscriptions</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Modifier l&apos;élément du programme</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Nouvel élément du programme</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(aucun lieu)</translation>
    </message>
    <message>
        <source>ends the &amp;next day</source>
        <translation>se termine le &amp;lendemain</translation>
    </message>
    <message>
        <source>Ends the next day</source>
        <translation>Se termine le lendemain</translation>
    </message>
    <message>
        <source>The &amp;whole delegation</source>
        <translation>Toute la &amp;délégation</translation>
    </message>
    <message>
        <source>The whole delegation attends</source>
        <translation>Toute la délégation participe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. 10:30-10:45, 12:00-13:00</source>
        <translation>p. ex. 10:30-10:45, 12:00-13:00</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Début – fin</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Fin (heure locale)</translation>
    </message>
    <message>
        <source>Who &amp;attends</source>
        <translation>Qui &amp;participe</translation>
    </message>
    <message>
        <source>S&amp;lot length</source>
        <translation>Durée des &amp;créneaux</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>T&amp;ables</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pauses</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>Local time ({z})</source>
        <translation>Heure locale ({z})</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Écrivez les pauses sous la forme HH:mm-HH:mm, séparées par des virgules.</translation>
    </message>
    <message>
        <source>“{p}” is not a time of day.</source>
        <translation>« {p} » n&apos;est pas une heure.</translation>
    </message>
    <message>
        <source>Tick who attends, or choose the whole delegation.</source>
        <translation>Cochez qui participe, ou choisissez toute la délégation.</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>{n} of 5</source>
        <extracomment>Rows fetched per request when the view scrolls to rows not yet loaded. The user asked for another order: (sort key, descending).</extracomment>
        <translation>{n} sur 5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <source>Leads</source>
        <extracomment>Emitted after every reload with the number of leads listed.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search names, companies, e-mails, phones, notes…</source>
        <translation>Rechercher noms, entreprises, e-mails, téléphones, notes…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>Quick capture (Ctrl+L, from any screen)</source>
        <translation>Saisie rapide (Ctrl+L, depuis n&apos;importe quel écran)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>vCard files…</source>
        <translation>Fichiers vCard…</translation>
    </message>
    <message>
        <source>Folder of vCards…</source>
        <translation>Dossier de vCards…</translation>
    </message>
    <message>
        <source>Attendee list of an event (CSV, XLSX)…</source>
        <translation>Liste de participants d&apos;un événement (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>QR code from an image…</source>
        <translation>Code QR depuis une image…</translation>
    </message>
    <message>
        <source>QR code from the clipboard</source>
        <translation>Code QR depuis le presse-papiers</translation>
    </message>
    <message>
        <source>No camera was found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Consentement manquant</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À réexaminer</translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation>Quels contacts</translation>
    </message>
    <message>
        <source>Mission filter</source>
        <translation>Filtre de mission</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>Interest filter</source>
        <translation>Filtre d&apos;intérêt</translation>
    </message>
    <message>
        <source>Any interest</source>
        <translation>Tout intérêt</translation>
    </message>
    <message>
        <source>{stars} or more</source>
        <translation>{stars} ou plus</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d&apos;étiquette</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Lead detail and history</source>
        <translation>Détail et historique du contact</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>Sui&amp;vi…</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Suivi &amp;fait</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation>Exporter tout ce qui concerne cette personne…</translation>
    </message>
    <message>
        <source>Everything this laptop holds about the person, with sources and dates, as a JSON file they can read (right of access)</source>
        <translation>Tout ce que cet ordinateur détient sur la personne, avec sources et dates, dans un fichier JSON lisible par elle (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Erase this person everywhere</source>
        <translation>Effacer cette personne partout</translation>
    </message>
    <message>
        <source>Follow-ups due ({n})</source>
        <translation>Suivis à faire ({n})</translation>
    </message>
    <message>
        <source>Scan with the camera…</source>
        <translation>Scanner avec la caméra…</translation>
    </message>
    <message>
        <source>Scan with the camera (no camera found)</source>
        <translation>Scanner avec la caméra (aucune caméra trouvée)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No lead matches “{text}”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun contact ne correspond à « {text} ».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No leads yet. Press &lt;b&gt;Ctrl+L&lt;/b&gt; to capture one, or import vCards or a QR code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun contact pour l&apos;instant. Appuyez sur &lt;b&gt;Ctrl+L&lt;/b&gt; pour en saisir un, ou importez des vCards ou un code QR.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(as typed: edit the lead to confirm its country)</source>
        <translation>(tel que saisi : modifiez le contact pour confirmer son pays)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Suivis ouverts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Suivi prévu</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Suivi fait</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete the lead {name}? It disappears on every laptop after the next sync.</source>
        <translation>Supprimer le contact {name} ? Il disparaît de chaque ordinateur après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due (+3, 2w, tomorrow or 2026-12-01), then a note after a comma:</source>
        <translation>Échéance (+3, 2w, tomorrow ou 2026-12-01), puis une note après une virgule :</translation>
    </message>
    <message>
        <source>Import vCard files</source>
        <translation>Importer des fichiers vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;Lead tables from an export (*.csv *.xlsx);;All files (*)</source>
        <translation>Fichiers vCard (*.vcf *.vcard);;Tableaux de contacts exportés (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of vCards</source>
        <translation>Importer un dossier de vCards</translation>
    </message>
    <message>
        <source>Importing vCards</source>
        <translation>Import des vCards</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n contact importé</numerusform>
            <numerusform>%n contacts importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s).</source>
        <translation>
            <numerusform>depuis %n fichier.</numerusform>
            <numerusform>depuis %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;HubSpot import (*.csv);;Salesforce import (*.csv)</source>
        <translation>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;Import HubSpot (*.csv);;Import Salesforce (*.csv)</translation>
    </message>
    <message>
        <source>{n} of them have no legal basis (consent missing): see the “Consent missing” list.</source>
        <translation>{n} d&apos;entre eux n&apos;ont pas de base légale (consentement manquant) : voir la liste « Consentement manquant ».</translation>
    </message>
    <message>
        <source>vCard import</source>
        <translation>Import de vCards</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Certaines cartes ont été refusées ; voir les détails.</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Voir les détails pour les remarques.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cet import</translation>
    </message>
    <message>
        <source>Import undone: {removed} records removed, {restored} fields restored.</source>
        <translation>Import annulé : {removed} enregistrements supprimés, {restored} champs rétablis.</translation>
    </message>
    <message>
        <source>{n} fields edited since the import were kept as they are.</source>
        <translation>{n} champs modifiés depuis l&apos;import ont été conservés tels quels.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exporter tout ce qui concerne cette personne</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything about {name} to {path}</source>
        <translation>Tout ce qui concerne {name} a été écrit dans {path}</translation>
    </message>
    <message>
        <source>Participant export of the organiser</source>
        <translation>Export des participants de l&apos;organisateur</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>Listes de participants (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of {name} ready for badge scans.</source>
        <translation>
            <numerusform>%n participant de {name} prêt pour le scan des badges.</numerusform>
            <numerusform>%n participants de {name} prêts pour le scan des badges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: </source>
        <translation>
            <numerusform>%n ligne refusée : </numerusform>
            <numerusform>%n lignes refusées : </numerusform>
        </translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Liste de participants</translation>
    </message>
    <message>
        <source>QR code image</source>
        <translation>Image du code QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no text.</source>
        <translation>Le presse-papiers ne contient ni image ni texte.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Exported {n} leads to {path}</source>
        <translation>{n} contacts exportés vers {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel sync</source>
        <extracomment>Whether the signed-in user gets this screen at all (by role).</extracomment>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop the sync now; nothing is lost, unsent changes go with the next sync</source>
        <translation>Arrêter la synchronisation maintenant ; rien n&apos;est perdu, les modifications non envoyées partiront à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>bioX Missions</source>
        <extracomment>The mission chosen in the selector changed (its id, or &quot;&quot; for none). Makes the sync service for a workspace (tests give one talking to an in-process server).</extracomment>
        <translation>bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions (demo data, not encrypted)</source>
        <translation>bioX Missions (données de démonstration, non chiffrées)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>Mission :</translation>
    </message>
    <message>
        <source>Current mission</source>
        <translation>Mission en cours</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s (F5)</source>
        <translation>Envoyer vos modifications et recevoir celles des autres (F5)</translation>
    </message>
    <message>
        <source>Sync server…</source>
        <translation>Serveur de synchronisation…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>Imports…</translation>
    </message>
    <message>
        <source>Recent imports, and undoing one</source>
        <translation>Imports récents et annulation d&apos;un import</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Add a meeting</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <source>Delegates in the meeting</source>
        <translation>Délégués au rendez-vous</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Tapez un nom ou une organisation</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Fin (heure locale)</translation>
    </message>
    <message>
        <source>(the B2B session&apos;s venue)</source>
        <translation>(le lieu de la session B2B)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(from the organisations)</source>
        <translation>(parmi les organisations)</translation>
    </message>
    <message>
        <source>&amp;Who (delegates)</source>
        <translation>&amp;Qui (délégués)</translation>
    </message>
    <message>
        <source>Meets &amp;whom</source>
        <translation>Rencontre &amp;qui</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Début – fin</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Ti&amp;tre</translation>
    </message>
    <message>
        <source>Tick at least one delegate.</source>
        <translation>Cochez au moins un délégué.</translation>
    </message>
    <message>
        <source>Choose who they meet from the suggestions.</source>
        <translation>Choisissez parmi les suggestions qui est rencontré.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Le rendez-vous se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Capture a lead…</source>
        <translation>&amp;Saisir un contact…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <extracomment>One action per screen there may be, by key, with the screen&apos;s fixed shortcut.</extracomment>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About bioX Missions</source>
        <translation>À &amp;propos de bioX Missions</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>About bioX Missions</source>
        <translation>À propos de bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions {version}</source>
        <translation>bioX Missions {version}</translation>
    </message>
    <message>
        <source>Trade missions of European life-sciences clusters: roster, agenda, leads, agreements and reports, working offline and syncing with the shared server.</source>
        <translation>Missions commerciales des clusters européens des sciences de la vie : liste des participants, programme, contacts, accords et rapports ; fonctionne hors ligne et se synchronise avec le serveur partagé.</translation>
    </message>
</context>
<context>
    <name>MergeScreen</name>
    <message>
        <source>Merge duplicates</source>
        <extracomment>What the last action did, shown with the next reload&apos;s summary.</extracomment>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Look for duplicates again</source>
        <translation>Rechercher à nouveau les doublons</translation>
    </message>
    <message>
        <source>Merge automatically above</source>
        <translation>Fusionner automatiquement au-dessus de</translation>
    </message>
    <message>
        <source>Merge automatically above a score</source>
        <translation>Fusionner automatiquement au-dessus d&apos;un score</translation>
    </message>
    <message>
        <source>Automatic merge score</source>
        <translation>Score de fusion automatique</translation>
    </message>
    <message>
        <source>Merge all above</source>
        <translation>Tout fusionner au-dessus</translation>
    </message>
    <message>
        <source>Merge every group above the score now</source>
        <translation>Fusionner maintenant chaque groupe au-dessus du score</translation>
    </message>
    <message>
        <source>Candidate groups, best first</source>
        <translation>Groupes candidats, les meilleurs d&apos;abord</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Enregistrement à garder</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>Enregistrement à &amp;garder :</translation>
    </message>
    <message>
        <source>Records side by side; click a value to keep it</source>
        <translation>Enregistrements côte à côte ; cliquez sur une valeur pour la garder</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge these records</source>
        <translation>Fusionner ces enregistrements</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <source>These are different; do not propose again</source>
        <translation>Ils sont différents ; ne plus les proposer</translation>
    </message>
    <message>
        <source>Erase a person…</source>
        <translation>Effacer une personne…</translation>
    </message>
    <message>
        <source>Erase one of these people everywhere</source>
        <translation>Effacer l&apos;une de ces personnes partout</translation>
    </message>
    <message>
        <source>Merges made</source>
        <translation>Fusions effectuées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>A&amp;nnuler la fusion</translation>
    </message>
    <message>
        <source>Undo the selected merge</source>
        <translation>Annuler la fusion sélectionnée</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidats, les meilleurs d&apos;abord</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Recherche des doublons</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) to review.</source>
        <translation>
            <numerusform>%n groupe à examiner.</numerusform>
            <numerusform>%n groupes à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates to review.</source>
        <translation>Aucun doublon à examiner.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>Choose a group on the left to compare.</source>
        <translation>Choisissez un groupe à gauche pour comparer.</translation>
    </message>
    <message>
        <source>Score {score:.0%}: {why}</source>
        <translation>Score {score:.0%} : {why}</translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation> (gardé)</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Tous ensemble</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Enregistrements liés</translation>
    </message>
    <message>
        <source>Captured privately by one company: not published by a merge</source>
        <translation>Saisi en privé par une entreprise : pas publié par une fusion</translation>
    </message>
    <message>
        <source>From {who}</source>
        <translation>De {who}</translation>
    </message>
    <message>
        <source>Merged {n} records into {who}.</source>
        <translation>{n} enregistrements fusionnés dans {who}.</translation>
    </message>
    <message>
        <source>Remembered: these are different.</source>
        <translation>C&apos;est noté : ils sont différents.</translation>
    </message>
    <message>
        <source>Undone: {n} records are back.</source>
        <translation>Annulé : {n} enregistrements sont de retour.</translation>
    </message>
    <message>
        <source>Merged {n} groups automatically.</source>
        <translation>{n} groupes fusionnés automatiquement.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Fusion des doublons</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nom de la mission</translation>
    </message>
    <message>
        <source>Osaka, Kobe</source>
        <translation>Osaka, Kobe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Villes</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Home time zone</source>
        <translation>Fuseau &amp;d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Lead cluster</source>
        <translation>&amp;Cluster pilote</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>MissionPartnersPanel</name>
    <message>
        <source>Gateway partners of the chosen mission</source>
        <extracomment>Emitted after the partners of the shown mission were loaded (the mission id).</extracomment>
        <translation>Partenaires relais de la mission choisie</translation>
    </message>
    <message>
        <source>Gateway partners of the mission</source>
        <translation>Partenaires relais de la mission</translation>
    </message>
    <message>
        <source>Gateway partner, foreign cluster or agency to add</source>
        <translation>Partenaire relais, cluster étranger ou agence à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>No gateway partner yet.</source>
        <translation>Aucun partenaire relais pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>MissionsScreen</name>
    <message>
        <source>Missions</source>
        <extracomment>Emitted with the missions after every reload (the main window&apos;s selector listens).</extracomment>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Filter missions</source>
        <translation>Filtrer les missions</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>No missions yet. Create the first one with “New mission”.</source>
        <translation>Aucune mission pour l&apos;instant. Créez la première avec « Nouvelle mission ».</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <extracomment>The chosen mission&apos;s gateway partners (add, remove) and briefing pack.</extracomment>
        <translation>Supprimer la mission</translation>
    </message>
    <message>
        <source>Delete the mission “{name}”?</source>
        <translation>Supprimer la mission « {name} » ?</translation>
    </message>
    <message>
        <source>Its roster, programme and meetings go with it, for everyone, at the next sync.</source>
        <translation>Sa liste, son programme et ses rendez-vous disparaissent avec elle, pour tous, à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move meeting</source>
        <extracomment>People named in the publish question itself; the whole list is in its details.</extracomment>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>Session B2B</translation>
    </message>
    <message>
        <source>Another time (outside the B2B sessions)</source>
        <translation>Un autre moment (en dehors des sessions B2B)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Créneau</translation>
    </message>
    <message>
        <source>New start (local time)</source>
        <translation>Nouveau début (heure locale)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Starts (%s)</source>
        <translation>Début (%s)</translation>
    </message>
    <message>
        <source>&amp;Lock it here (a new scheduling run keeps it)</source>
        <translation>&amp;Verrouiller ici (une nouvelle planification le conserve)</translation>
    </message>
    <message>
        <source>Lock the meeting</source>
        <translation>Verrouiller le rendez-vous</translation>
    </message>
    <message>
        <source>{time} is not one of the session&apos;s slots: the nearest slot is chosen.</source>
        <translation>{time} ne correspond à aucun créneau de la session : le créneau le plus proche est choisi.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted on the GUI thread after a successful operation: a frozenset of changed areas (&quot;missions&quot;, &quot;roster&quot;, &quot;agenda&quot;, &quot;leads&quot;, &quot;agreements&quot;, &quot;sync&quot;, ...). Emitted when the number of running operations goes from 0 to 1 (True) or back (False). Running operations: relay -&gt; the work, kept here so it is freed on the GUI thread. Every pool work was started on (the worker, and lanes of their own such as sync&apos;s). The worker of :meth:`run_aside`, made when first used.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Impossible de terminer</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>関西メディカル株式会社</source>
        <translation>関西メディカル株式会社</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>diagnostics, oncology</source>
        <translation>diagnostic, oncologie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Nom dans l&apos;écriture d&apos;ori&amp;gine</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>&amp;Home cluster</source>
        <translation>&amp;Cluster d&apos;attache</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>Secte&amp;urs</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
</context>
<context>
    <name>OrganisationsScreen</name>
    <message>
        <source>Organisations</source>
        <extracomment>Emitted after the chosen organisation&apos;s page is shown (its id).</extracomment>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Search names in any script, or a city</source>
        <translation>Rechercher des noms dans toute écriture, ou une ville</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d&apos;organisation</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Country of the organisation</source>
        <translation>Pays de l&apos;organisation</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Journey &amp;PDF…</source>
        <translation>&amp;PDF du parcours…</translation>
    </message>
    <message>
        <source>Every mission, delegate, meeting, lead, agreement and follow-up of this organisation, as a PDF</source>
        <translation>Chaque mission, délégué, rendez-vous, contact, accord et suivi de cette organisation, en PDF</translation>
    </message>
    <message>
        <source>The chosen organisation</source>
        <translation>L&apos;organisation choisie</translation>
    </message>
    <message>
        <source>Choose an organisation to see its people, missions, meetings, leads, agreements and follow-ups.</source>
        <translation>Choisissez une organisation pour voir ses personnes, missions, rendez-vous, contacts, accords et suivis.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: {title} ({kind}, {status})</source>
        <translation>Accord : {title} ({kind}, {status})</translation>
    </message>
    <message>
        <source>Follow-up done {day}: {subject} — {outcome}</source>
        <translation>Suivi fait le {day} : {subject} — {outcome}</translation>
    </message>
    <message>
        <source>Follow-up due {day}: {subject}</source>
        <translation>Suivi à faire le {day} : {subject}</translation>
    </message>
    <message>
        <source>Save the journey as PDF</source>
        <translation>Enregistrer le parcours en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the journey PDF</source>
        <translation>Rédaction du PDF du parcours</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Meeting outcome</source>
        <translation>Résultat du rendez-vous</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non noté)</translation>
    </message>
    <message>
        <source>This meeting has not started yet: it can be recorded as held or as a no-show once it has.</source>
        <translation>Ce rendez-vous n&apos;a pas encore commencé : il pourra être noté comme tenu ou absent une fois commencé.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Note de 1 (froid) à 5 (très prometteur)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Note (1–5)</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Changes the server refused</source>
        <extracomment>Retry queued the changes again: the window syncs at once.</extracomment>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Send these changes again (after fixing the cause)</source>
        <translation>Renvoyer ces modifications (après en avoir corrigé la cause)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Give these changes up: the server&apos;s version stays</source>
        <translation>Renoncer à ces modifications : la version du serveur est conservée</translation>
    </message>
    <message>
        <source>The server refused {n} of your changes: they reached nobody.</source>
        <translation>Le serveur a refusé {n} de vos modifications : elles ne sont parvenues à personne.</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…et {n} autres</translation>
    </message>
    <message>
        <source>Discard refused changes</source>
        <translation>Abandonner les modifications refusées</translation>
    </message>
    <message>
        <source>Discard {n} refused changes? The server&apos;s version stays; what only this laptop had is removed. This cannot be undone.</source>
        <translation>Abandonner {n} modifications refusées ? La version du serveur est conservée ; ce que seul cet ordinateur avait est supprimé. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <extracomment>Areas whose changes move the figures. Emitted after each report shown (tests and the screenshot wait for it). Emitted with the path of a written PDF or export.</extracomment>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Tous les clusters</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>Pays cible</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates au choix</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Funder report (PDF)…</source>
        <translation>Rapport aux financeurs (PDF)…</translation>
    </message>
    <message>
        <source>Write the funder report as PDF</source>
        <translation>Écrire le rapport aux financeurs en PDF</translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Exporter les chiffres…</translation>
    </message>
    <message>
        <source>Export the figures to CSV or XLSX</source>
        <translation>Exporter les chiffres en CSV ou XLSX</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission :</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Rendez-vous : de la demande à l&apos;accord</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Résultats par cluster</translation>
    </message>
    <message>
        <source>Signed agreements by kind</source>
        <translation>Accords signés par type</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Contacts par note (1 froid – 5 très prometteur)</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Par cluster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Par mission</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Accords et protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>No figures for this selection yet: record meeting outcomes, leads and agreements, or widen the filters.</source>
        <translation>Pas encore de chiffres pour cette sélection : notez les résultats des rendez-vous, les contacts et les accords, ou élargissez les filtres.</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Chiffres et graphiques</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Ont abouti à un accord</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandés</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Contacts prometteurs</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Accords entre PME</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation>Enregistrer le rapport aux financeurs</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the funder report…</source>
        <translation>Rédaction du rapport aux financeurs…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New meeting request</source>
        <translation>Nouvelle demande de rendez-vous</translation>
    </message>
    <message>
        <source>(choose a delegate)</source>
        <translation>(choisissez un délégué)</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Tapez un nom ou une organisation</translation>
    </message>
    <message>
        <source>1 = nice to have … 5 = must meet</source>
        <translation>1 = souhaitable … 5 = indispensable</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>E&amp;xpire</translation>
    </message>
    <message>
        <source>The request expires</source>
        <translation>La demande expire</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Expiry time (local)</source>
        <translation>Heure d&apos;expiration (locale)</translation>
    </message>
    <message>
        <source>&amp;Delegate asking</source>
        <translation>&amp;Délégué demandeur</translation>
    </message>
    <message>
        <source>&amp;Wants to meet</source>
        <translation>&amp;Souhaite rencontrer</translation>
    </message>
    <message>
        <source>&amp;Priority (1–5)</source>
        <translation>&amp;Priorité (1–5)</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>Expir&amp;y</source>
        <translation>E&amp;xpiration</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Nobody called “{t}” in the list; pick one of the suggestions.</source>
        <translation>Personne ne s&apos;appelle « {t} » dans la liste ; choisissez une des suggestions.</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Search name, company, e-mail, hotel, flight</source>
        <translation>Rechercher nom, entreprise, e-mail, hôtel, vol</translation>
    </message>
    <message>
        <source>Search delegates</source>
        <translation>Rechercher des délégués</translation>
    </message>
    <message>
        <source>Registration status filter</source>
        <translation>Filtre du statut d&apos;inscription</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>With &amp;warnings only</source>
        <translation>Seulement avec &amp;alertes</translation>
    </message>
    <message>
        <source>&amp;Add delegate…</source>
        <translation>&amp;Ajouter un délégué…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>A&amp;nnuler l&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Booklet PDF…</source>
        <translation>&amp;Livret PDF…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des participants</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n délégué</numerusform>
            <numerusform>%n délégués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %n warning(s), {t} to do</source>
        <translation>
            <numerusform>Liste de contrôle : %n alerte, {t} à faire</numerusform>
            <numerusform>Liste de contrôle : %n alertes, {t} à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}?</source>
        <translation>Annuler l&apos;inscription de {name} ?</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Roster exported to {p}</source>
        <translation>Liste exportée vers {p}</translation>
    </message>
    <message>
        <source>Roster booklet</source>
        <translation>Livret de la délégation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Booklet written to {p}</source>
        <translation>Livret écrit dans {p}</translation>
    </message>
    <message>
        <source>Writing the roster booklet</source>
        <translation>Rédaction du livret de la délégation</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Warnings</source>
        <extracomment>Rows fetched with the ids of a search: more than a tall window shows.</extracomment>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Read the card in vie&amp;w</source>
        <extracomment>Counters a test or a diagnostic can read: frames the sink gave, frames decoded. Ids of the threads that decoded (never the GUI thread). The picture in view (PNG bytes) when the person asks to read it as a business card.</extracomment>
        <translation>Lire la carte &amp;visible</translation>
    </message>
    <message>
        <source>Hold a business card still in front of the camera, then read it as a card</source>
        <translation>Tenez une carte de visite immobile devant la caméra, puis lisez-la comme carte</translation>
    </message>
    <message>
        <source>Hold a QR code, a badge or a card&apos;s code in front of the camera.</source>
        <translation>Présentez un code QR, un badge ou le code d&apos;une carte devant la caméra.</translation>
    </message>
    <message>
        <source>No camera was found. Read a code from an image or the clipboard instead (Leads › Import).</source>
        <translation>Aucune caméra trouvée. Lisez plutôt un code depuis une image ou le presse-papiers (Contacts › Importer).</translation>
    </message>
</context>
<context>
    <name>SessionGridModel</name>
    <message>
        <source>That meeting is no longer on this grid.</source>
        <extracomment>What a dragged meeting carries: its id (never shown). Cell colours (background, text) for light and dark palettes. A drop or keyboard move refused: the reason in words. A valid move: meeting id, row, column.</extracomment>
        <translation>Ce rendez-vous n&apos;est plus sur cette grille.</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Table {n}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Locked: a new scheduling run keeps it here</source>
        <translation>Verrouillé : une nouvelle planification le garde ici</translation>
    </message>
    <message>
        <source>Not locked: a new scheduling run may move it</source>
        <translation>Non verrouillé : une nouvelle planification peut le déplacer</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, verrouillé</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Languages of the clusters, each named in its own language (not translated on purpose). How often the window checks whether the daily backup is due.</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Connecté à {server} en tant que {user}.</translation>
    </message>
    <message>
        <source>Not signed in to a sync server.</source>
        <translation>Non connecté à un serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Sync server and &amp;account…</source>
        <translation>Serveur et &amp;compte…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Dossier des données</translation>
    </message>
    <message>
        <source>Changes of language and data folder take effect when bioX Missions is started again.</source>
        <translation>Les changements de langue et de dossier des données prennent effet au prochain démarrage de bioX Missions.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Version du texte de consentement</translation>
    </message>
    <message>
        <source>Ask for consent when a lead is captured</source>
        <translation>Demander le consentement à la saisie d&apos;un contact</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>&amp;Politique de confidentialité</translation>
    </message>
    <message>
        <source>&amp;Consent wording</source>
        <translation>Texte de &amp;consentement</translation>
    </message>
    <message>
        <source>Wording &amp;version</source>
        <translation>&amp;Version du texte</translation>
    </message>
    <message>
        <source>The consent wording and its version are set for your organisation on the sync server.</source>
        <translation>Le texte de consentement et sa version sont définis pour votre organisation sur le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Legal basis a capture starts with</source>
        <translation>Base légale proposée au début d&apos;une saisie</translation>
    </message>
    <message>
        <source>None: the delegate chooses each time</source>
        <translation>Aucune : le délégué choisit à chaque fois</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Default &amp;basis</source>
        <translation>&amp;Base par défaut</translation>
    </message>
    <message>
        <source>Review leads without a legal basis after</source>
        <translation>Réexaminer les contacts sans base légale après</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Review leads without activity after</source>
        <translation>Réexaminer les contacts sans activité après</translation>
    </message>
    <message>
        <source>No basis: review &amp;after</source>
        <translation>Sans base : réexaminer &amp;après</translation>
    </message>
    <message>
        <source>No activity: review a&amp;fter</source>
        <translation>Sans activité : ré&amp;examiner après</translation>
    </message>
    <message>
        <source>Leads due for review (Leads › Due for review, or biox-desktop privacy due) must be completed or erased.</source>
        <translation>Les contacts à réexaminer (Contacts › À réexaminer, ou biox-desktop privacy due) doivent être complétés ou effacés.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Make a backup every day automatically</source>
        <translation>Faire une sauvegarde automatique chaque jour</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep automatic backups for</source>
        <translation>Garder les sauvegardes automatiques pendant</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups for</source>
        <translation>&amp;Garder les sauvegardes automatiques pendant</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Recovery &amp;code…</source>
        <translation>Code de réc&amp;upération…</translation>
    </message>
    <message>
        <source>The code that opens this laptop&apos;s backups on another computer</source>
        <translation>Le code qui ouvre les sauvegardes de cet ordinateur sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <extracomment>Where file dialogs are skipped in tests: a path to use instead of asking.</extracomment>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <source>bioX Missions backups (*.sqlite3);;All files (*)</source>
        <translation>Sauvegardes bioX Missions (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurer depuis</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>delegation leader</source>
        <translation>chef de délégation</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>délégué</translation>
    </message>
    <message>
        <source>Role: {role}; organisation: {organisation}.</source>
        <translation>Rôle : {role} ; organisation : {organisation}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace all the data on this laptop by the backup {path}? The data as it is now is backed up first.</source>
        <translation>Remplacer toutes les données de cet ordinateur par la sauvegarde {path} ? Les données actuelles sont d&apos;abord sauvegardées.</translation>
    </message>
    <message>
        <source>Restored from {path}. The data as it was before is kept in {safety}.</source>
        <translation>Restauré depuis {path}. Les données d&apos;avant sont gardées dans {safety}.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>{path} was not made on this laptop. Type the recovery code of the laptop that made it:</source>
        <translation>{path} n&apos;a pas été faite sur cet ordinateur. Tapez le code de récupération de l&apos;ordinateur qui l&apos;a faite :</translation>
    </message>
    <message>
        <source>This data folder is not encrypted (a demo on a computer without a keyring): it has no recovery code.</source>
        <translation>Ce dossier de données n&apos;est pas chiffré (une démo sur un ordinateur sans trousseau) : il n&apos;a pas de code de récupération.</translation>
    </message>
    <message>
        <source>Anyone with the recovery code and a backup can read all its data. Show it now, to write it down and keep it apart from this laptop?</source>
        <translation>Quiconque possède le code de récupération et une sauvegarde peut en lire toutes les données. L&apos;afficher maintenant pour le noter et le garder à l&apos;écart de cet ordinateur ?</translation>
    </message>
    <message>
        <source>On a new computer: restore a backup with this code (Settings › Backups, or biox-desktop restore FILE --recovery-code CODE).</source>
        <translation>Sur un nouvel ordinateur : restaurez une sauvegarde avec ce code (Paramètres › Sauvegardes, ou biox-desktop restore FILE --recovery-code CODE).</translation>
    </message>
    <message>
        <source>The privacy policy, the consent wording and its version cannot be empty.</source>
        <translation>La politique de confidentialité, le texte de consentement et sa version ne peuvent pas être vides.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No sync server is set up: choose “Sync server…” to sign in. Your changes are kept on this laptop.</source>
        <translation>Aucun serveur de synchronisation n&apos;est configuré : choisissez « Serveur de synchronisation… » pour vous connecter. Vos modifications sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>A sync is already running; it goes on.</source>
        <extracomment>First retry after a failed automatic sync; doubles up to the timer interval. Refusals listed in the sync status (the command line and the log list them all). (state, message): state is &quot;online&quot;, &quot;refused&quot; (synced, but the server refused some changes: the message lists why), &quot;offline&quot;, &quot;error&quot;, &quot;syncing&quot;, &quot;idle&quot; or &quot;unconfigured&quot; (asked to sync with no server set up). Emitted after a successful sync with its report. The sync&apos;s own thread (one sync at a time).</extracomment>
        <translation>Une synchronisation est déjà en cours ; elle continue.</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Annulation de la synchronisation…</translation>
    </message>
    <message>
        <source>Synced: {pushed} sent, {pulled} received</source>
        <translation>Synchronisé : {pushed} envoyées, {pulled} reçues</translation>
    </message>
    <message>
        <source>, {n} conflicts for review</source>
        <translation>, {n} conflits à examiner</translation>
    </message>
    <message>
        <source>, {n} refused by the server</source>
        <translation>, {n} refusées par le serveur</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…et {n} autres</translation>
    </message>
    <message>
        <source>Sync cancelled; unsent changes are kept</source>
        <translation>Synchronisation annulée ; les modifications non envoyées sont gardées</translation>
    </message>
    <message>
        <source>Offline: {why}</source>
        <translation>Hors ligne : {why}</translation>
    </message>
    <message>
        <source>Sync failed: {why}</source>
        <translation>Échec de la synchronisation : {why}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM, as 09:30 or 14:00</source>
        <translation>HH:MM, par ex. 09:30 ou 14:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day: type {hint}</source>
        <translation>« {text} » n&apos;est pas une heure : saisissez {hint}</translation>
    </message>
</context>
<context>
    <name>TravelTimeDialog</name>
    <message>
        <source>Travel time</source>
        <translation>Temps de trajet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The same time &amp;back</source>
        <translation>Le même temps au &amp;retour</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Add venues first.</source>
        <translation>Ajoutez d&apos;abord des lieux.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Choisissez deux lieux différents.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Donnez un nom au lieu.</translation>
    </message>
    <message>
        <source>“{z}” is not a time zone; pick one from the list.</source>
        <translation>« {z} » n&apos;est pas un fuseau horaire ; choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and travel times</source>
        <translation>Lieux et temps de trajet</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Temps de trajet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>&amp;Edit venue…</source>
        <translation>&amp;Modifier le lieu…</translation>
    </message>
    <message>
        <source>&amp;Travel time…</source>
        <translation>&amp;Temps de trajet…</translation>
    </message>
    <message>
        <source>Travel times (minutes, door to door)</source>
        <translation>Temps de trajet (minutes, porte à porte)</translation>
    </message>
</context>
<context>
    <name>_HomeTime</name>
    <message>
        <source>Home time ({z}): {a}–{b}</source>
        <extracomment>What the service returned on Save.</extracomment>
        <translation>Heure d&apos;origine ({z}) : {a}–{b}</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Give the programme item a title.</source>
        <extracomment>B2B sessions only. B2B sessions only: (start, end) aware datetimes of breaks inside the session. Languages they speak (ISO 639-1); for an interpreter, the ones they interpret. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Id of the active meeting that fulfils this request, if any. The last answer (or the request) the foreign person gave on their counterpart page. The B2B sessions (start, title) the foreign person of the request said they can attend. The language of the interpreter it needs (ISO 639-1, or &quot;any&quot;); None when none is. The language of the interpreter (ISO 639-1, or &quot;any&quot;); None with ``interpreter_needed`` means the main language of the mission&apos;s country. Ids of the meetings / programme items involved. The calendar cancels this event: it is never added, and an item an earlier import created for the same UID is removed. The batch that undoes this import (None when it changed nothing).</extracomment>
        <translation>Donnez un titre à l&apos;élément du programme.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Le titre est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of programme item.</source>
        <translation>« {kind} » n&apos;est pas un type d&apos;élément du programme.</translation>
    </message>
    <message>
        <source>&apos;{timezone}&apos; is not an IANA time zone.</source>
        <translation>« {timezone} » n&apos;est pas un fuseau horaire IANA.</translation>
    </message>
    <message>
        <source>Give a time.</source>
        <translation>Indiquez une heure.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>L&apos;heure n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The item ends before it starts.</source>
        <translation>L&apos;élément se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A B2B session needs slots of 5 minutes or more.</source>
        <translation>Une session B2B demande des créneaux de 5 minutes ou plus.</translation>
    </message>
    <message>
        <source>A B2B session needs at least one table.</source>
        <translation>Une session B2B demande au moins une table.</translation>
    </message>
    <message>
        <source>A break must end after it starts.</source>
        <translation>Une pause doit finir après avoir commencé.</translation>
    </message>
    <message>
        <source>Choose who asks for the meeting.</source>
        <translation>Choisissez qui demande le rendez-vous.</translation>
    </message>
    <message>
        <source>Choose the organisation or person to meet.</source>
        <translation>Choisissez l&apos;organisation ou la personne à rencontrer.</translation>
    </message>
    <message>
        <source>Priority goes from 1 (nice to have) to 5 (must).</source>
        <translation>La priorité va de 1 (souhaitable) à 5 (indispensable).</translation>
    </message>
    <message>
        <source>The expiry has no time zone.</source>
        <translation>L&apos;échéance n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code (ISO 639-1, such as ja or zh).</source>
        <translation>« {code} » n&apos;est pas un code de langue (ISO 639-1, comme ja ou zh).</translation>
    </message>
    <message>
        <source>{name} is due at “{title}” and “{other}” at the same time ({when}).</source>
        <extracomment>Meetings and items the person was explicitly put on (not the whole-delegation programme).</extracomment>
        <translation>{name} est attendu à « {title} » et à « {other} » en même temps ({when}).</translation>
    </message>
    <message>
        <source>{name} has {gap} min to get from “{title}” to “{other}”; the trip takes {minutes} min.</source>
        <translation>{name} a {gap} min pour aller de « {title} » à « {other} » ; le trajet prend {minutes} min.</translation>
    </message>
    <message>
        <source>“{title}” is before {name} arrives ({landed}).</source>
        <translation>« {title} » a lieu avant l&apos;arrivée de {name} ({landed}).</translation>
    </message>
    <message>
        <source>“{title}” is after {name} leaves ({leaves}).</source>
        <translation>« {title} » a lieu après le départ de {name} ({leaves}).</translation>
    </message>
    <message>
        <source>No interpreter for {language} on the roster is there for {titles} ({when}).</source>
        <translation>Aucun interprète pour {language} de la liste des participants n&apos;est présent pour {titles} ({when}).</translation>
    </message>
    <message>
        <source>{name}, the only interpreter for {language}, is needed for {titles} at the same time ({when}).</source>
        <translation>{name}, seul interprète pour {language}, est demandé pour {titles} au même moment ({when}).</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} rendez-vous demandent un interprète à {when}, avec {there} interprète(s) présent(s) : {titles}.</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} rendez-vous demandent un interprète pour {language} à {when}, avec {there} interprète(s) présent(s) : {titles}.</translation>
    </message>
    <message>
        <source>kept meetings “{first}” and “{second}” leave {person} too little time to travel between them</source>
        <extracomment>Where the slot takes place; ``None`` means the session&apos;s venue. How people call them; warnings name people by it (never by id). ISO 639-1 codes of the languages they interpret (from and into the meeting&apos;s language). Sessions the meeting may be placed in; ``None`` means any. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Minutes to travel between two venues; either key order is looked up. Extra minutes on top of the travel time whenever two venues differ. Travel minutes between two different venues missing from ``travel_minutes``. IANA zone of the event; only used to cut the schedule into days for idle slots. The interpreters there are; when empty, interpreter needs are not limited. Sum of the priorities of all scheduled requests, locked ones included. Total idle slots over people and days (see the module docstring). True when both phases were proven optimal (weight, then idle slots). Upper bound on the weight proven by the solver (``== weight`` when the weight is optimal). Things kept as given but worth a look, e.g. a locked meeting outside availability.</extracomment>
        <translation>les rendez-vous conservés « {first} » et « {second} » laissent à {person} trop peu de temps pour se déplacer entre les deux</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is outside the availability of {person} or clashes with another item of theirs</source>
        <translation>le rendez-vous conservé « {meeting} » à {time} est en dehors des disponibilités de {person} ou chevauche un autre de ses éléments</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is in a session the request does not allow</source>
        <translation>le rendez-vous conservé « {meeting} » à {time} est dans une session que la demande n&apos;autorise pas</translation>
    </message>
    <message>
        <source>no interpreter for {language} is free when its people are</source>
        <translation>aucun interprète pour {language} n&apos;est libre quand ses participants le sont</translation>
    </message>
    <message>
        <source>no common free slot in its allowed sessions</source>
        <translation>aucun créneau libre commun dans ses sessions autorisées</translation>
    </message>
    <message>
        <source>no common free slot</source>
        <translation>aucun créneau libre commun</translation>
    </message>
    <message>
        <source>its common free slots are taken by locked meetings</source>
        <translation>ses créneaux libres communs sont pris par des rendez-vous verrouillés</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {time}, with {there} interpreter(s) there</source>
        <translation>{count} rendez-vous demandent un interprète à {time}, avec {there} interprète(s) présent(s)</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {time}, with {there} interpreter(s) there</source>
        <translation>{count} rendez-vous demandent un interprète pour {language} à {time}, avec {there} interprète(s) présent(s)</translation>
    </message>
    <message>
        <source>… and {count} more groups of requests that cannot all be met</source>
        <translation>… et {count} autres groupes de demandes qui ne peuvent pas toutes être satisfaites</translation>
    </message>
    <message>
        <source>Finding the requests that cannot all be met</source>
        <translation>Recherche des demandes qui ne peuvent pas toutes être satisfaites</translation>
    </message>
    <message>
        <source>a participant without a name</source>
        <translation>un participant sans nom</translation>
    </message>
    <message>
        <source>{requesters} with {targets}</source>
        <translation>{requesters} avec {targets}</translation>
    </message>
    <message>
        <source>{person} cannot have all of these {count} meetings: together they fit in only {slots} slot(s) when everyone involved is free and the session allows them: {meetings}</source>
        <translation>{person} ne peut pas avoir ces {count} rendez-vous à la fois : ensemble, ils ne tiennent que dans {slots} créneau(x) où toutes les personnes concernées sont libres et que la session autorise : {meetings}</translation>
    </message>
    <message>
        <source>These {count} requested meetings cannot all be scheduled: their people&apos;s free slots, the sessions they allow and the tables do not leave room for all of them: {meetings}</source>
        <translation>Ces {count} rendez-vous demandés ne peuvent pas tous être planifiés : les créneaux libres de leurs participants, les sessions autorisées et les tables ne laissent pas de place pour tous : {meetings}</translation>
    </message>
    <message>
        <source>Compacting days</source>
        <translation>Regroupement des journées</translation>
    </message>
    <message>
        <source>Spreading meetings</source>
        <translation>Répartition des rendez-vous</translation>
    </message>
    <message>
        <source>Checking the requests</source>
        <translation>Vérification des demandes</translation>
    </message>
    <message>
        <source>Placing meetings</source>
        <translation>Placement des rendez-vous</translation>
    </message>
    <message>
        <source>Building the scheduling model</source>
        <translation>Construction du modèle de planification</translation>
    </message>
    <message>
        <source>Schedule ready</source>
        <translation>Planning prêt</translation>
    </message>
    <message>
        <source>the interpreters for {language} are busy in every slot its people could meet</source>
        <translation>les interprètes pour {language} sont occupés sur chaque créneau où ses participants pourraient se rencontrer</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to higher-priority meetings</source>
        <translation>plus de place : les créneaux libres communs de ses participants ou les tables sont allés à des rendez-vous plus prioritaires</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to other meetings (search stopped at the time limit)</source>
        <translation>plus de place : les créneaux libres communs de ses participants ou les tables sont allés à d&apos;autres rendez-vous (recherche arrêtée à la limite de temps)</translation>
    </message>
    <message>
        <source>Give a travel time between 0 and 1440 minutes.</source>
        <extracomment>Minutes added to the travel time whenever two consecutive things are at different venues.</extracomment>
        <translation>Indiquez un temps de trajet entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Choisissez deux lieux différents.</translation>
    </message>
    <message>
        <source>Choose a venue of this mission.</source>
        <translation>Choisissez un lieu de cette mission.</translation>
    </message>
    <message>
        <source>This request has expired; ask again with a new request.</source>
        <translation>Cette demande a expiré ; faites une nouvelle demande.</translation>
    </message>
    <message>
        <source>{count} meeting requests accepted</source>
        <translation>{count} demandes de rendez-vous acceptées</translation>
    </message>
    <message>
        <source>{count} meeting requests declined</source>
        <translation>{count} demandes de rendez-vous refusées</translation>
    </message>
    <message>
        <source>{count} meeting requests expired</source>
        <translation>{count} demandes de rendez-vous expirées</translation>
    </message>
    <message>
        <source>Give the start time.</source>
        <translation>Indiquez l&apos;heure de début.</translation>
    </message>
    <message>
        <source>Give the end time.</source>
        <translation>Indiquez l&apos;heure de fin.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>Le rendez-vous se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose at least one delegate.</source>
        <translation>Choisissez au moins un délégué.</translation>
    </message>
    <message>
        <source>Choose who they meet.</source>
        <translation>Choisissez qui ils rencontrent.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Un rendez-vous annulé ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>{count} meetings cancelled</source>
        <translation>{count} rendez-vous annulés</translation>
    </message>
    <message>
        <source>Keep the note under 2000 characters.</source>
        <translation>Gardez la note sous 2000 caractères.</translation>
    </message>
    <message>
        <source>The session has tables 1 to {table_count}.</source>
        <translation>La session a les tables 1 à {table_count}.</translation>
    </message>
    <message>
        <source>Table {table_number} is taken at that time; choose another table.</source>
        <translation>La table {table_number} est prise à cette heure ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>meeting “{title}” is kept but clashes with another kept meeting or has no free table; check it</source>
        <translation>le rendez-vous « {title} » est conservé mais chevauche un autre rendez-vous conservé ou n&apos;a pas de table libre ; vérifiez-le</translation>
    </message>
    <message>
        <source>request {requester} → {target} names no person to meet; skipped</source>
        <translation>la demande {requester} → {target} ne nomme personne à rencontrer ; ignorée</translation>
    </message>
    <message>
        <source>The programme has no B2B session with slots and tables to schedule into.</source>
        <extracomment>slot id -&gt; (agenda item id, start, end) scheduler request id -&gt; meeting request id (None for a kept meeting without one) scheduler request ids that are kept meetings (locks) -&gt; meeting id draft unlocked meetings the run replaces (request id, why it was left as it was), e.g. an expired request cannot be accepted</extracomment>
        <translation>Le programme n&apos;a pas de session B2B avec créneaux et tables où planifier.</translation>
    </message>
    <message>
        <source>Two kept meetings clash: the same person or the same table at the same time. Unlock or move one of them and schedule again.</source>
        <translation>Deux rendez-vous conservés se chevauchent : même personne ou même table au même moment. Déverrouillez ou déplacez l&apos;un d&apos;eux et planifiez à nouveau.</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Enregistrement du brouillon</translation>
    </message>
    <message>
        <source>Programme import: {file}</source>
        <translation>Import du programme : {file}</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Import du programme</translation>
    </message>
    <message>
        <source>“{title}”: B2B session given 30-minute slots and {table_count} tables; adjust them</source>
        <translation>« {title} » : session B2B réglée sur des créneaux de 30 minutes et {table_count} tables ; ajustez-les</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar but has {count} meetings; it was kept, decide what to do with it</source>
        <translation>« {title} » est annulé dans le calendrier mais compte {count} rendez-vous ; il a été conservé, décidez de ce que vous en faites</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar; removed from the programme</source>
        <translation>« {title} » est annulé dans le calendrier ; retiré du programme</translation>
    </message>
    <message>
        <source>“{title}” on {day} is outside the mission&apos;s dates ({first} to {last})</source>
        <extracomment>Events outside the mission&apos;s dates named one by one in the import&apos;s warnings (then a count).</extracomment>
        <translation>« {title} » le {day} est en dehors des dates de la mission (du {first} au {last})</translation>
    </message>
    <message>
        <source>and {count} more events outside the mission&apos;s dates</source>
        <translation>et {count} autres événements en dehors des dates de la mission</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Donnez un nom au lieu.</translation>
    </message>
    <message>
        <source>any language</source>
        <extracomment>A meeting needs an interpreter, of no language in particular.</extracomment>
        <translation>n&apos;importe quelle langue</translation>
    </message>
</context>
<context>
    <name>agenda_export</name>
    <message>
        <source>Your agenda: {mission}</source>
        <extracomment>Characters Windows, macOS or Linux refuse in a file name (and control characters). Names Windows reserves whatever the extension. Most file systems allow 255 bytes per name; room is left for &quot; (12)&quot; and &quot;.pdf&quot;.</extracomment>
        <translation>Votre programme : {mission}</translation>
    </message>
    <message>
        <source>Hello {name},

please find attached your agenda for {mission}: a PDF to read or print, and a calendar file (.ics) to open in your calendar.
</source>
        <translation>Bonjour {name},

veuillez trouver ci-joint votre programme pour {mission} : un PDF à lire ou imprimer, et un fichier de calendrier (.ics) à ouvrir dans votre agenda.
</translation>
    </message>
    <message>
        <source>Agenda of {name}</source>
        <translation>Programme de {name}</translation>
    </message>
</context>
<context>
    <name>agenda_forms</name>
    <message>
        <source>No interpreter</source>
        <extracomment>The main language of the mission&apos;s country (ISO 639-1, or &quot;any&quot;).</extracomment>
        <translation>Pas d&apos;interprète</translation>
    </message>
    <message>
        <source>%n interpreter(s) on the roster</source>
        <translation>%n interprète(s) dans la liste des participants</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>N&apos;importe quelle langue</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <source>No language called “{t}”; pick one of the suggestions.</source>
        <translation>Aucune langue nommée « {t} » ; choisissez l&apos;une des suggestions.</translation>
    </message>
</context>
<context>
    <name>agenda_grid</name>
    <message>
        <source>That is outside the session “{title}”.</source>
        <extracomment>(row, column) -&gt; the meeting placed there; column 0 is table 1. Active meetings inside the session&apos;s time but on no slot or table of it.</extracomment>
        <translation>C&apos;est en dehors de la session « {title} ».</translation>
    </message>
    <message>
        <source>Table {table} is taken at {time} by {who}.</source>
        <translation>La table {table} est prise à {time} par {who}.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Un rendez-vous annulé ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>{start}–{end} is a break.</source>
        <translation>{start}–{end} est une pause.</translation>
    </message>
    <message>
        <source>The meeting would end at {end}, after the session “{title}”.</source>
        <translation>Le rendez-vous finirait à {end}, après la session « {title} ».</translation>
    </message>
    <message>
        <source>The meeting would run into the break at {start}.</source>
        <translation>Le rendez-vous empiéterait sur la pause de {start}.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with {who}.</source>
        <translation>{name} a déjà un rendez-vous à {time} avec {who}.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with “{title}”.</source>
        <translation>{name} n&apos;est pas libre à {time} : « {title} ».</translation>
    </message>
    <message>
        <source>{time} is in a break of “{title}”.</source>
        <translation>{time} tombe pendant une pause de « {title} ».</translation>
    </message>
    <message>
        <source>Meetings of “{title}” start on its {minutes}-minute slots: {time} is not one (the nearest is {nearest}).</source>
        <translation>Les rendez-vous de « {title} » commencent sur ses créneaux de {minutes} minutes : {time} n&apos;en fait pas partie (le plus proche est {nearest}).</translation>
    </message>
</context>
<context>
    <name>agenda_pdf</name>
    <message>
        <source>With: {who}</source>
        <extracomment>The synced tables a person&apos;s calendar is built from (all in the mission&apos;s scope, except people and organisations, which are looked up by id). person id -&gt; people row; organisation id -&gt; name.</extracomment>
        <translation>Avec : {who}</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Table {n}</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Interprète réservé</translation>
    </message>
    <message>
        <source>Changed since the agenda was sent</source>
        <translation>Modifié depuis l&apos;envoi de l&apos;agenda</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>{mission} — agenda of {name}</source>
        <translation>{mission} — agenda de {name}</translation>
    </message>
    <message>
        <source>Times are local to each venue ({zone}, {abbreviation}); home time ({home}) is shown beside them.</source>
        <translation>Les heures sont celles de chaque lieu ({zone}, {abbreviation}) ; l&apos;heure d&apos;origine ({home}) est indiquée à côté.</translation>
    </message>
    <message>
        <source>arrives {when}</source>
        <translation>arrive le {when}</translation>
    </message>
    <message>
        <source>leaves {when}</source>
        <translation>repart le {when}</translation>
    </message>
    <message>
        <source>Stay: {parts}</source>
        <translation>Séjour : {parts}</translation>
    </message>
    <message>
        <source>Changed since the agenda was last sent: see the lines marked CHANGED.</source>
        <translation>Modifié depuis le dernier envoi de l&apos;agenda : voir les lignes marquées MODIFIÉ.</translation>
    </message>
    <message>
        <source>Check: {kind}: {message}</source>
        <translation>À vérifier : {kind} : {message}</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>Rien de planifié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heure d&apos;origine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>With / notes</source>
        <translation>Avec / notes</translation>
    </message>
    <message>
        <source>DRAFT (not final)</source>
        <translation>BROUILLON (non définitif)</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Agenda personnel</translation>
    </message>
    <message>
        <source>{mission} — leader grid</source>
        <translation>{mission} — grille du chef de délégation</translation>
    </message>
    <message>
        <source>Times local ({zone}); home ({home}) under each column. Orange: interpreter needed. Red: a conflict. Grey: draft.</source>
        <translation>Heures locales ({zone}) ; heure d&apos;origine ({home}) sous chaque colonne. Orange : interprète nécessaire. Rouge : un conflit. Gris : brouillon.</translation>
    </message>
    <message>
        <source>Nothing on the programme yet.</source>
        <translation>Rien au programme pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{start}–{end} (home {home}) · {title}</source>
        <translation>{start}–{end} (origine {home}) · {title}</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source> (interp.)</source>
        <translation> (interpr.)</translation>
    </message>
    <message>
        <source>Interpreters needed: {n} meetings — {list}</source>
        <translation>Interprètes nécessaires : {n} rendez-vous — {list}</translation>
    </message>
    <message>
        <source>Leader grid</source>
        <extracomment>Meeting start times per table of the leader grid (more would not be legible on the page).</extracomment>
        <translation>Grille du chef de délégation</translation>
    </message>
</context>
<context>
    <name>attendees</name>
    <message>
        <source>{name}: no column with the participants&apos; names (Name, Full name, or First name and Last name).</source>
        <extracomment>Other names of each column, folded (&quot;Badge ID&quot; -&gt; &quot;badgeid&quot;). Columns whose cells are joined (a profile spread over &quot;Description&quot;, &quot;Looking for&quot; ...).</extracomment>
        <translation>{name} : aucune colonne avec les noms des participants (Nom, Nom complet, ou Prénom et Nom de famille).</translation>
    </message>
    <message>
        <source>{name}: row {row} has no participant name</source>
        <translation>{name} : la ligne {row} n&apos;a pas de nom de participant</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The copy of the database failed its integrity check: {why}</source>
        <extracomment>local_meta keys that belong to this laptop, not to the data: kept across a restore.</extracomment>
        <translation>La copie de la base de données a échoué au contrôle d&apos;intégrité : {why}</translation>
    </message>
    <message>
        <source>The database could not be copied to {path}: {why}</source>
        <translation>La base de données n&apos;a pas pu être copiée vers {path} : {why}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is not a bioX Missions backup of this data folder: it is not a database, or it is encrypted with another key (a backup from another computer restores with that computer&apos;s recovery code).</source>
        <translation>{path} n&apos;est pas une sauvegarde bioX Missions de ce dossier des données : ce n&apos;est pas une base de données, ou elle est chiffrée avec une autre clé (une sauvegarde provenant d&apos;un autre ordinateur se restaure avec le code de récupération de cet ordinateur).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored ({why}).</source>
        <translation>{path} est endommagé et ne peut pas être restauré ({why}).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a bioX Missions backup.</source>
        <translation>{path} est une base SQLite mais pas une sauvegarde bioX Missions.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a backup: {why}</source>
        <translation>{path} ne peut pas être lu comme une sauvegarde : {why}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of bioX Missions (database version {schema}; this version knows up to {head}). Update bioX Missions, then restore it.</source>
        <translation>{path} a été créé par une version plus récente de bioX Missions (version de base {schema} ; cette version connaît jusqu&apos;à {head}). Mettez bioX Missions à jour, puis restaurez-le.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données elle-même.</translation>
    </message>
    <message>
        <source>bioX Missions is open on this data folder (process {pid}). Close it first, or restore from its Settings dialog.</source>
        <translation>bioX Missions est ouvert sur ce dossier de données (processus {pid}). Fermez-le d&apos;abord, ou restaurez depuis ses paramètres.</translation>
    </message>
    <message>
        <source>This file is the database in use, not a backup.</source>
        <translation>Ce fichier est la base de données en cours d&apos;utilisation, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>{path} ne peut pas être lu : {why}</translation>
    </message>
    <message>
        <source>{path} does not open with this recovery code.</source>
        <translation>{path} ne s&apos;ouvre pas avec ce code de récupération.</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>This batch was already undone on {when}.</source>
        <extracomment>Columns an undo never touches: identity and provenance of the row.</extracomment>
        <translation>Cet import a déjà été annulé le {when}.</translation>
    </message>
    <message>
        <source>No batch {id}.</source>
        <translation>Aucun import {id}.</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>The document has no file name.</source>
        <extracomment>Largest document of a briefing pack: it is copied to every laptop of the delegation.</extracomment>
        <translation>Le document n&apos;a pas de nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty.</source>
        <translation>« {name} » est vide.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; a briefing document may be {limit} MB at most, because it is copied to every laptop of the delegation. Compress it or split it.</source>
        <translation>« {name} » pèse {size:.1f} Mo ; un document de préparation ne peut dépasser {limit} Mo, car il est copié sur chaque ordinateur de la délégation. Compressez-le ou découpez-le.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>aucune mission avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its checksum does not match); add it again.</source>
        <translation>« {name} » est endommagé (sa somme de contrôle ne correspond pas) ; ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>no briefing document with id {id}</source>
        <translation>aucun document de préparation avec l’identifiant {id}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>Reading cards needs Tesseract OCR: install it (Debian: tesseract-ocr and its language packages) and try again.</source>
        <extracomment>Tesseract languages by the mission&apos;s country; Latin-script languages otherwise.</extracomment>
        <translation>La lecture des cartes nécessite Tesseract OCR : installez-le (Debian : tesseract-ocr et ses paquets de langues) puis réessayez.</translation>
    </message>
    <message>
        <source>Tesseract could not read the card with {languages}: {problem}</source>
        <translation>Tesseract n&apos;a pas pu lire la carte avec {languages} : {problem}</translation>
    </message>
</context>
<context>
    <name>counterpart</name>
    <message>
        <source>the server gave no page address</source>
        <extracomment>How long a new link works unless the leader says otherwise (the server&apos;s default too).</extracomment>
        <translation>le serveur n&apos;a fourni aucune adresse de page</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>{path} cannot be read: {why}</source>
        <extracomment>Environment variable a script may set on a computer without a keyring (never logged). argon2id parameters for passphrase-derived keys (about 0.3 s on a 2-core laptop). For passphrase folders: a short fingerprint of the derived key, so a mistyped passphrase is told at once (it reveals nothing the encrypted file does not: both test a guess).</extracomment>
        <translation>{path} ne peut pas être lu : {why}</translation>
    </message>
    <message>
        <source>{path} names an unknown protection &apos;{mode}&apos;.</source>
        <translation>{path} indique une protection inconnue « {mode} ».</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the key</source>
        <translation>le trousseau du système n&apos;a pas conservé la clé</translation>
    </message>
    <message>
        <source>No password store (OS keyring) works on this computer, so the database key cannot be kept in it. Choose a passphrase instead (set {env} for scripts), or install and unlock GNOME Keyring or KWallet.</source>
        <translation>Aucun gestionnaire de mots de passe (trousseau du système) ne fonctionne sur cet ordinateur : la clé de la base de données ne peut donc pas y être conservée. Choisissez plutôt une phrase secrète (définissez {env} pour les scripts), ou installez et déverrouillez GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase; type it (or set {env}).</source>
        <translation>Ce dossier des données est protégé par une phrase secrète ; saisissez-la (ou définissez {env}).</translation>
    </message>
    <message>
        <source>This passphrase is not the one of this data folder.</source>
        <translation>Cette phrase secrète n&apos;est pas celle de ce dossier des données.</translation>
    </message>
    <message>
        <source>The key of the database in {folder} is not in this computer&apos;s keyring. If this folder comes from another computer, enter its recovery code (biox-desktop key restore --recovery-code CODE).</source>
        <translation>La clé de la base de données de {folder} n&apos;est pas dans le trousseau de cet ordinateur. Si ce dossier vient d&apos;un autre ordinateur, saisissez son code de récupération (biox-desktop key restore --recovery-code CODE).</translation>
    </message>
    <message>
        <source>This is not a recovery code.</source>
        <translation>Ceci n&apos;est pas un code de récupération.</translation>
    </message>
    <message>
        <source>This recovery code has a typing error.</source>
        <translation>Ce code de récupération contient une faute de frappe.</translation>
    </message>
    <message>
        <source>the encrypted copy differs in: {tables}</source>
        <translation>la copie chiffrée diffère pour : {tables}</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key (a wrong passphrase or recovery code, or a damaged file). Nothing was changed.</source>
        <extracomment>Personal data: only the laptop&apos;s user may read the data folder and the database.</extracomment>
        <translation>La base de données {path} ne peut pas être ouverte avec cette clé (phrase secrète ou code de récupération erroné, ou fichier endommagé). Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>dedupe</name>
    <message>
        <source>Reading contacts</source>
        <translation>Lecture des contacts</translation>
    </message>
    <message>
        <source>Finding candidate pairs</source>
        <translation>Recherche des paires candidates</translation>
    </message>
    <message>
        <source>Comparing candidates</source>
        <translation>Comparaison des candidats</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <extracomment>Evidence weights in log2 odds for people. Agreement on a strong identifier is rare between two different people even inside a block (m ~ 0.5, u &lt; 0.005); names carry most of the rest. Disagreement weights are mild where people legitimately have several values (work and private email, mobile and office phone, the city where they were met). Below this many records the reasoned weights are used as they are: too few to learn from. A field seen on both sides of fewer random pairs than this keeps its reasoned weights. Random pairs drawn to learn how often different people agree on each field. Evidence weights in log2 odds for organisations. Which evidence keys belong to one field: at most one per field applies to a pair. m probabilities: how often two captures of the same person show each level of a field (given that both have the field). Reasoned, not fitted: work and private emails differ half the time, people carry two phones, captures typo a name about one time in five. Weight of an initial in :func:`name_similarity`, about a given name&apos;s length: &quot;L. Svensson&quot; and &quot;E. Svensson&quot; disagree on a whole first name, not on one letter of fifteen. Mailbox words that are no one&apos;s name (&quot;the.deans@&quot;, a household&apos;s address). Highest name similarity when a word of either name was read from its address. Evidence (log2 odds, without the prior) at or below which two records are two people, for grouping: they share a group only through a link of their own (a shared e-mail, say), never through a third record. Screen for names of one word or with initials: the best alignment of the shorter name inside the other (rapidfuzz partial_ratio, 0..1). How alike a word of the shorter name must be to one of the longer (a typo is allowed). The levels of each field, in the order :func:`_compare_person_pair` emits its keys; level 0 means the field gives no key.</extracomment>
        <translation>Comparaison des noms</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Reading organisations</source>
        <extracomment>Shortest consonant outline that may tie a katakana name to a Latin one.</extracomment>
        <translation>Lecture des organisations</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>different addresses at the same organisation</source>
        <translation>adresses différentes dans la même organisation</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same phone number, written differently</source>
        <translation>même numéro, écrit autrement</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>téléphones différents</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>même nom dans une autre écriture</translation>
    </message>
    <message>
        <source>initials match the name</source>
        <translation>les initiales correspondent au nom</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>même organisation</translation>
    </message>
    <message>
        <source>similar organisation</source>
        <translation>organisation semblable</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>organisations différentes</translation>
    </message>
    <message>
        <source>different countries</source>
        <translation>pays différents</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>même ville</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>même adresse</translation>
    </message>
    <message>
        <source>different addresses</source>
        <translation>adresses différentes</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>même site web</translation>
    </message>
    <message>
        <source>different websites</source>
        <translation>sites web différents</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>un nom fait partie de l&apos;autre</translation>
    </message>
    <message>
        <source>e-mail addresses one letter apart</source>
        <translation>adresses e-mail à une lettre près</translation>
    </message>
    <message>
        <source>name completed from the e-mail address</source>
        <translation>nom complété d&apos;après l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>one is a department of the other</source>
        <translation>l&apos;une est un service de l&apos;autre</translation>
    </message>
    <message>
        <source>same organisation named with its address</source>
        <translation>même organisation nommée avec son adresse</translation>
    </message>
    <message>
        <source>same words in another order</source>
        <translation>mêmes mots dans un autre ordre</translation>
    </message>
    <message>
        <source>same name in another script, spelt by ear</source>
        <translation>même nom dans une autre écriture, transcrit à l&apos;oreille</translation>
    </message>
    <message>
        <source>names one letter apart</source>
        <translation>noms à une lettre près</translation>
    </message>
    <message>
        <source>common name ({count} records)</source>
        <translation>nom courant ({count} fiches)</translation>
    </message>
    <message>
        <source>similar name ({score}) in another script</source>
        <translation>nom semblable ({score}) dans une autre écriture</translation>
    </message>
    <message>
        <source>similar name ({score})</source>
        <translation>nom semblable ({score})</translation>
    </message>
    <message>
        <source>somewhat similar name ({score})</source>
        <translation>nom assez semblable ({score})</translation>
    </message>
    <message>
        <source>different names ({score})</source>
        <translation>noms différents ({score})</translation>
    </message>
    <message>
        <source>similar address ({score})</source>
        <translation>adresse semblable ({score})</translation>
    </message>
    <message>
        <source>same {network} id</source>
        <translation>même identifiant {network}</translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>No person with id {id}.</source>
        <extracomment>Statements that re-index the leads marked dirty, then merge the index&apos;s segments so the erased text leaves the FTS5 b-tree (not only its doclists) before the vacuum. Table -&gt; rows blanked (tombstoned or unlinked) there. Outbox entries, refused and quarantined sync rows, undo notes removed.</extracomment>
        <translation>Aucune personne avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Only a coordinator, or the company owning a private lead of this person, may erase them.</source>
        <translation>Seul un coordinateur, ou l&apos;entreprise qui détient un contact privé de cette personne, peut l&apos;effacer.</translation>
    </message>
    <message>
        <source>This person was already erased on {date}.</source>
        <translation>Cette personne a déjà été effacée le {date}.</translation>
    </message>
    <message>
        <source>this person asked to be erased on {date}; not imported</source>
        <translation>cette personne a demandé à être effacée le {date} ; non importée</translation>
    </message>
    <message>
        <source>Not sent: {reason}.</source>
        <translation>Non envoyé : {reason}.</translation>
    </message>
</context>
<context>
    <name>feeds</name>
    <message>
        <source>the server gave no feed address</source>
        <translation>le serveur n&apos;a donné aucune adresse d&apos;abonnement</translation>
    </message>
</context>
<context>
    <name>funder_report</name>
    <message>
        <source>Outcomes of the missions</source>
        <translation>Résultats des missions</translation>
    </message>
    <message>
        <source>Com­panies</source>
        <extracomment>The headline figures, in the order funders read them. Columns of the per-cluster / per-country / per-mission tables, with their short headers.</extracomment>
        <translation>Entre­prises</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Délé­gués</translation>
    </message>
    <message>
        <source>Meetings re­quested</source>
        <translation>Rendez-vous de­man­dés</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Con­tacts</translation>
    </message>
    <message>
        <source>Lead rating</source>
        <translation>Note des con­tacts</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Suivis faits</translation>
    </message>
    <message>
        <source>SME agree­ments</source>
        <translation>Accords entre PME</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Proto­coles d&apos;ac­cord</translation>
    </message>
    <message>
        <source>Conver­sion</source>
        <translation>Conver­sion</translation>
    </message>
    <message>
        <source>Mission and target country: a record belongs to the mission it was made on, and to that mission&apos;s target country. An agreement registered without a mission belongs to the mission of the first meeting or lead it came from; with neither, it counts only in the totals.</source>
        <translation>Mission et pays cible : un enregistrement appartient à la mission au cours de laquelle il a été fait, et au pays cible de cette mission. Un accord enregistré sans mission appartient à la mission du premier rendez-vous ou contact dont il est issu ; sans l&apos;un ni l&apos;autre, il ne compte que dans les totaux.</translation>
    </message>
    <message>
        <source>Cluster: the cluster of origin of the delegation company involved (an SME&apos;s home cluster; the cluster itself for cluster staff and MoUs). An agreement counts for every cluster one of its parties belongs to, so per-cluster counts can add up to more than the total, where each agreement counts once.</source>
        <translation>Cluster : le cluster d&apos;origine de l&apos;entreprise de la délégation concernée (le cluster d&apos;attache d&apos;une PME ; le cluster lui-même pour son personnel et les protocoles d&apos;accord). Un accord compte pour chaque cluster auquel appartient l&apos;une de ses parties, si bien que les chiffres par cluster peuvent dépasser le total, où chaque accord compte une fois.</translation>
    </message>
    <message>
        <source>Period: companies, delegates and meeting requests count by the mission&apos;s first day; meetings by the day they took place (local time); leads by the day they were captured; follow-ups by the day they were done, or fall due while open; signed agreements by their signature date, agreements in progress by the day they were registered.</source>
        <translation>Période : les entreprises, délégués et demandes de rendez-vous comptent selon le premier jour de la mission ; les rendez-vous selon le jour où ils ont eu lieu (heure locale) ; les contacts selon le jour de leur saisie ; les suivis selon le jour où ils ont été faits, ou leur échéance s&apos;ils sont ouverts ; les accords signés selon leur date de signature, les accords en cours selon le jour de leur enregistrement.</translation>
    </message>
    <message>
        <source>Deleted records are never counted. Ratings run from 1 (cold) to 5 (very promising); averages and rates show &apos;–&apos; when there is nothing to divide.</source>
        <translation>Les enregistrements supprimés ne sont jamais comptés. Les notes vont de 1 (froid) à 5 (très prometteur) ; moyennes et taux affichent « – » quand il n&apos;y a rien à diviser.</translation>
    </message>
    <message>
        <source>Report to funders: delegations, meetings, leads, agreements and MoUs</source>
        <translation>Rapport aux financeurs : délégations, rendez-vous, contacts, accords et protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>Figures as of {today}</source>
        <translation>Chiffres au {today}</translation>
    </message>
    <message>
        <source>Funder report ({scope})</source>
        <translation>Rapport aux financeurs ({scope})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Over {n} missions ({filters}).</source>
        <translation>Sur {n} missions ({filters}).</translation>
    </message>
    <message>
        <source>Over 1 mission ({filters}).</source>
        <translation>Sur 1 mission ({filters}).</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Tous les chiffres</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Ce qu&apos;il compte</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Rendez-vous : de la demande à l&apos;accord</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Résultats par cluster</translation>
    </message>
    <message>
        <source>Signed agreements by kind, and lead ratings</source>
        <translation>Accords signés par type, et notes des contacts</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Par cluster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Per target country</source>
        <translation>Par pays cible</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Par mission</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Nothing to report for this selection.</source>
        <translation>Rien à signaler pour cette sélection.</translation>
    </message>
    <message>
        <source>A shared agreement counts for each cluster involved; the total row counts it once.</source>
        <translation>Un accord partagé compte pour chaque cluster concerné ; la ligne du total le compte une fois.</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Accords et protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title and parties</source>
        <translation>Titre et parties</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>MoU · </source>
        <translation>MoU · </translation>
    </message>
    <message>
        <source>No agreements or MoUs in this selection.</source>
        <translation>Aucun accord ni protocole d&apos;accord dans cette sélection.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>Follow-up outcomes: {outcomes}.</source>
        <translation>Résultats des suivis : {outcomes}.</translation>
    </message>
    <message>
        <source>Companies accompanied</source>
        <translation>Entreprises accompagnées</translation>
    </message>
    <message>
        <source>{n} companies accompanied in {m} markets.</source>
        <translation>{n} entreprises accompagnées sur {m} marchés.</translation>
    </message>
    <message>
        <source>{n} companies attended {w} workshops at home.</source>
        <translation>{n} entreprises ont participé à {w} ateliers dans le pays d&apos;origine.</translation>
    </message>
    <message>
        <source>1 cooperation agreement with gateway partners.</source>
        <translation>1 accord de coopération avec des partenaires relais.</translation>
    </message>
    <message>
        <source>{n} cooperation agreements with gateway partners.</source>
        <translation>{n} accords de coopération avec des partenaires relais.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>A company counts once in the total, once per market (the mission&apos;s target country) and once per cluster (its home cluster, or else the mission&apos;s lead cluster). Workshops at home are counted apart.</source>
        <translation>Une entreprise compte une fois dans le total, une fois par marché (le pays cible de la mission) et une fois par cluster (son cluster d&apos;attache, sinon le cluster pilote de la mission). Les ateliers dans le pays d&apos;origine sont comptés à part.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandés</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Ont abouti à un accord</translation>
    </message>
    <message>
        <source>Leads rated 4–5</source>
        <translation>Contacts notés 4–5</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Accords entre PME</translation>
    </message>
    <message>
        <source>No signed agreements in this selection.</source>
        <translation>Aucun accord signé dans cette sélection.</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Contacts par note (1 froid – 5 très prometteur)</translation>
    </message>
    <message>
        <source>Total (each record once)</source>
        <translation>Total (chaque enregistrement une fois)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: export to a .csv or .xlsx file</source>
        <translation>« {name} » : exportez vers un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>By mission</source>
        <translation>Par mission</translation>
    </message>
    <message>
        <source>By cluster</source>
        <translation>Par cluster</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Protocole d&apos;accord</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Tous les marchés</translation>
    </message>
    <message>
        <source>Companies at workshops at home</source>
        <translation>Entreprises aux ateliers dans le pays d&apos;origine</translation>
    </message>
    <message>
        <source>Cooperation agreements with gateway partners</source>
        <translation>Accords de coopération avec des partenaires relais</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>{where}: line {line} and possibly others are not valid UTF-8; the unreadable bytes were replaced by �</source>
        <extracomment>The domain part of every UID this application writes (RFC 5545 suggests ``id@domain``). UTC start of the occurrence this replaces, for occurrences of a repeating event. Events (occurrences) the file marks STATUS:CANCELLED: never live programme items, but a service may remove what an earlier import of the same UID created.</extracomment>
        <translation>{where} : la ligne {line} et peut-être d&apos;autres ne sont pas en UTF-8 valide ; les octets illisibles ont été remplacés par �</translation>
    </message>
    <message>
        <source>{where}: the file is empty</source>
        <translation>{where} : le fichier est vide</translation>
    </message>
    <message>
        <source>{where}: line {line}: not an iCalendar content line (NAME:VALUE): {text}</source>
        <translation>{where} : ligne {line} : ce n&apos;est pas une ligne de contenu iCalendar (NAME:VALUE) : {text}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where} : ligne {line} : {name} hors d&apos;un calendrier ; le fichier doit commencer par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{where}: line {line}: BEGIN:{component} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where} : ligne {line} : BEGIN:{component} hors d&apos;un calendrier ; le fichier doit commencer par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{where}: line {line}: a calendar nested inside the calendar begun at line {begun}</source>
        <translation>{where} : ligne {line} : un calendrier imbriqué dans le calendrier commencé à la ligne {begun}</translation>
    </message>
    <message>
        <source>{where}: line {line}: bad component name {name}</source>
        <translation>{where} : ligne {line} : nom de composant incorrect {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: END:{component} does not close BEGIN:{open} from line {begun}</source>
        <translation>{where} : ligne {line} : END:{component} ne ferme pas le BEGIN:{open} de la ligne {begun}</translation>
    </message>
    <message>
        <source>{where}: the file ends inside {component} begun at line {begun} (no END:{component}; is the file cut short?)</source>
        <translation>{where} : le fichier se termine à l&apos;intérieur de {component} commencé à la ligne {begun} (pas de END:{component} ; le fichier est-il tronqué ?)</translation>
    </message>
    <message>
        <source>{where}: no BEGIN:VCALENDAR found</source>
        <translation>{where} : aucun BEGIN:VCALENDAR trouvé</translation>
    </message>
    <message>
        <source>{where}: {count} empty lines ignored (first at line {line}); iCalendar does not allow them, but other calendar programs read past them</source>
        <translation>{where} : {count} lignes vides ignorées (la première à la ligne {line}) ; iCalendar ne les autorise pas, mais d&apos;autres logiciels d&apos;agenda les ignorent</translation>
    </message>
    <message>
        <source>{where}: an empty TZID was used; its VTIMEZONE (if any) was applied as given</source>
        <translation>{where} : un TZID vide a été utilisé ; son VTIMEZONE (s&apos;il existe) a été appliqué tel quel</translation>
    </message>
    <message>
        <source>{where}: line {line}: blanks around the value of {names} were removed (a space before a value is not iCalendar, but other calendar programs accept it)</source>
        <extracomment>Properties whose values have a grammar without blanks: a space before or after one (as some exporters write &quot;DTSTART: 20240101T090000&quot;) is removed, with a warning.</extracomment>
        <translation>{where} : ligne {line} : les espaces autour de la valeur de {names} ont été supprimés (un espace avant une valeur n&apos;est pas conforme à iCalendar, mais d&apos;autres logiciels d&apos;agenda l&apos;acceptent)</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} {value} is not in UTC as iCalendar requires; accepted, it does not change the programme</source>
        <translation>{where} : ligne {line} : {name} {value} n&apos;est pas en UTC comme l&apos;exige iCalendar ; accepté, cela ne change pas le programme</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} is written with blanks or quotes around its name; read as {name}</source>
        <translation>{where} : ligne {line} : le fuseau horaire {tzid} est écrit avec des espaces ou des guillemets autour de son nom ; lu comme {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: VERSION:{version} is the old vCalendar format, which is not supported; export the calendar as iCalendar 2.0</source>
        <translation>{where} : ligne {line} : VERSION:{version} est l&apos;ancien format vCalendar, qui n&apos;est pas pris en charge ; exportez le calendrier en iCalendar 2.0</translation>
    </message>
    <message>
        <source>{where}: line {line}: unsupported iCalendar VERSION {version}</source>
        <translation>{where} : ligne {line} : VERSION iCalendar non prise en charge {version}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a UTC date-time like 20240101T120000Z, got {value}</source>
        <translation>{where} : ligne {line} : {name} doit être une date-heure UTC comme 20240101T120000Z, et non {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be an address such as mailto:name@example.org (no spaces), got {value}</source>
        <translation>{where} : ligne {line} : {name} doit être une adresse comme mailto:name@example.org (sans espaces), et non {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: GEO must be &apos;latitude;longitude&apos;, got {value}</source>
        <translation>{where} : ligne {line} : GEO doit être « latitude;longitude », et non {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} has an empty or malformed value {value}</source>
        <translation>{where} : ligne {line} : {name} a une valeur vide ou mal formée {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a whole number, got {value}</source>
        <translation>{where} : ligne {line} : {name} doit être un nombre entier, et non {value}</translation>
    </message>
    <message>
        <source>{where}: time zone {tzid} is not an IANA zone; times were converted to UTC with the file&apos;s own definition and will be shown in {zone}</source>
        <translation>{where} : le fuseau horaire {tzid} n&apos;est pas un fuseau IANA ; les heures ont été converties en UTC avec la définition du fichier et seront affichées en {zone}</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no PRODID</source>
        <translation>{where} : le calendrier {number} n&apos;a pas de PRODID</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no VERSION; read as 2.0</source>
        <translation>{where} : le calendrier {number} n&apos;a pas de VERSION ; lu comme 2.0</translation>
    </message>
    <message>
        <source>VEVENT without DTSTART</source>
        <translation>VEVENT sans DTSTART</translation>
    </message>
    <message>
        <source>{where}: {count} event(s) have no DTSTART, so they cannot be placed in time (RFC 5545 requires DTSTART when the calendar has no METHOD)</source>
        <translation>{where} : {count} événement(s) sans DTSTART ne peuvent pas être placés dans le temps (la RFC 5545 exige DTSTART quand le calendrier n&apos;a pas de METHOD)</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) ({shown}), but no occurrence {between}; nothing to import</source>
        <translation>{where} : {count} événement(s) récurrent(s) ({shown}), mais aucune occurrence {between} ; rien à importer</translation>
    </message>
    <message>
        <source>{where}: repeating event(s) {shown} have no occurrence {between}; not imported</source>
        <translation>{where} : les événements récurrents {shown} n&apos;ont aucune occurrence {between} ; non importés</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{where}: a readable calendar, but it holds no dated events (VEVENT with DTSTART) to import as a programme; it contains {kinds}</source>
        <translation>{where} : un calendrier lisible, mais qui ne contient aucun événement daté (VEVENT avec DTSTART) à importer comme programme ; il contient {kinds}</translation>
    </message>
    <message>
        <source>{where}: ignored what is not a dated event: {kinds}</source>
        <translation>{where} : ce qui n&apos;est pas un événement daté a été ignoré : {kinds}</translation>
    </message>
    <message>
        <source>at all (every date is excluded)</source>
        <extracomment>Titles of repeating events with no occurrence in the window. (UID, occurrence) -&gt; +1 when its last version in the file is live, -1 when cancelled.</extracomment>
        <translation>(toutes les dates sont exclues)</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>entre le {first} et le {last}</translation>
    </message>
    <message>
        <source>{where}: {count} repeated version(s) of the same event (same UID) were replaced by the last one in the file</source>
        <translation>{where} : {count} version(s) répétée(s) du même événement (même UID) ont été remplacées par la dernière du fichier</translation>
    </message>
    <message>
        <source>{message} (line {line}, {name})</source>
        <translation>{message} (ligne {line}, {name})</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} uses time zone {tzid}, which the file does not define (no VTIMEZONE) and which is not an IANA zone name</source>
        <translation>{where} : ligne {line} : {name} utilise le fuseau horaire {tzid}, que le fichier ne définit pas (pas de VTIMEZONE) et qui n&apos;est pas un nom de fuseau IANA</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} has no VTIMEZONE in the file; used the IANA zone of that name</source>
        <translation>{where} : ligne {line} : le fuseau horaire {tzid} n&apos;a pas de VTIMEZONE dans le fichier ; le fuseau IANA de ce nom a été utilisé</translation>
    </message>
    <message>
        <source>{where}: line {line}: {component}: {name}: {error}</source>
        <translation>{where} : ligne {line} : {component} : {name} : {error}</translation>
    </message>
    <message>
        <source>{where}: {component}: a line: {error}</source>
        <translation>{where} : {component} : une ligne : {error}</translation>
    </message>
    <message>
        <source>{where}: line {line}</source>
        <translation>{where} : ligne {line}</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file defines time zone {tzid} for; used the IANA rules</source>
        <translation>{where} : {name} {when} précède la première date pour laquelle le fichier définit le fuseau horaire {tzid} ; les règles IANA ont été utilisées</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file&apos;s time zone {tzid} is defined for ({first}), so its UTC time is unknown</source>
        <translation>{where} : {name} {when} précède la première date pour laquelle le fuseau horaire {tzid} du fichier est défini ({first}), son heure UTC est donc inconnue</translation>
    </message>
    <message>
        <source>{where}: X-WR-TIMEZONE {zone} is not an IANA zone; ignored</source>
        <translation>{where} : X-WR-TIMEZONE {zone} n&apos;est pas un fuseau IANA ; ignoré</translation>
    </message>
    <message>
        <source>{where}: event {title} has no UID; derived one</source>
        <translation>{where} : l&apos;événement {title} n&apos;a pas d&apos;UID ; un UID a été dérivé</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>Lecture des événements</translation>
    </message>
    <message>
        <source>{where}: {event}: RANGE=THISANDFUTURE is applied to one occurrence only</source>
        <translation>{where} : {event} : RANGE=THISANDFUTURE n&apos;est appliqué qu&apos;à une seule occurrence</translation>
    </message>
    <message>
        <source>{where}: {event} is cancelled (STATUS:CANCELLED); not imported as a programme item</source>
        <translation>{where} : {event} est annulé (STATUS:CANCELLED) ; non importé comme élément du programme</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond the import window and were imported only within it ({shown})</source>
        <translation>{where} : {count} événement(s) récurrent(s) se poursuivent au-delà de la période d&apos;import et n&apos;ont été importés qu&apos;à l&apos;intérieur de celle-ci ({shown})</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond one year from their first date and were imported only within it ({shown})</source>
        <translation>{where} : {count} événement(s) récurrent(s) se poursuivent au-delà d&apos;un an après leur première date et n&apos;ont été importés que sur cette année ({shown})</translation>
    </message>
    <message>
        <source>event {number} ({title})</source>
        <translation>événement {number} ({title})</translation>
    </message>
    <message>
        <source>event {number}</source>
        <translation>événement {number}</translation>
    </message>
    <message>
        <source>{where}: {event} has no DTSTART, so it cannot be placed in time</source>
        <translation>{where} : {event} n&apos;a pas de DTSTART et ne peut donc pas être placé dans le temps</translation>
    </message>
    <message>
        <source>{where}: {event}: DTSTART and DTEND must both be dates or both be date-times</source>
        <translation>{where} : {event} : DTSTART et DTEND doivent être tous deux des dates ou tous deux des dates-heures</translation>
    </message>
    <message>
        <source>{where}: {event} ends before it starts</source>
        <translation>{where} : {event} se termine avant de commencer</translation>
    </message>
    <message>
        <source>{where}: {event}: bad RRULE: {error}</source>
        <translation>{where} : {event} : RRULE incorrecte : {error}</translation>
    </message>
</context>
<context>
    <name>journey</name>
    <message>
        <source>Laying out the journey</source>
        <translation>Mise en page du parcours</translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Cluster d&apos;attache : {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} missions dans {c} pays, {years}</translation>
    </message>
    <message>
        <source>{name} — Journey</source>
        <translation>{name} — Parcours</translation>
    </message>
    <message>
        <source>Journey across missions</source>
        <translation>Parcours à travers les missions</translation>
    </message>
    <message>
        <source>Missions, meetings, leads and agreements</source>
        <translation>Missions, rendez-vous, contacts et accords</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Délé­gués</translation>
    </message>
    <message>
        <source>Meet­ings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Con­tacts</translation>
    </message>
    <message>
        <source>Agree­ments</source>
        <translation>Ac­cords</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Suivis
faits</translation>
    </message>
    <message>
        <source>Not on any mission yet.</source>
        <translation>Sur aucune mission pour l&apos;instant.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Personne d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Gateway partner of</source>
        <translation>Partenaire relais de</translation>
    </message>
    <message>
        <source>Other agreements</source>
        <translation>Autres accords</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>cluster pilote {name}</translation>
    </message>
    <message>
        <source>Delegates: {names}</source>
        <translation>Délégués : {names}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>kpis</name>
    <message>
        <source>all dates</source>
        <extracomment>The legal basis the lead is kept on: &quot;consent&quot;, &quot;legitimate_interest&quot; or None (missing).</extracomment>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: write 2026-01-01..2026-12-31 or 2026</source>
        <translation>« {text} » n&apos;est pas une période : écrivez 2026-01-01..2026-12-31 ou 2026</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: dates are written YYYY-MM-DD</source>
        <translation>« {text} » n&apos;est pas une période : les dates s&apos;écrivent AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>la période finit ({end}) avant de commencer ({start})</translation>
    </message>
</context>
<context>
    <name>leads</name>
    <message>
        <source>No legal basis {days} days after capture: record consent or legitimate interest, or erase the person</source>
        <extracomment>Who receives a lead when syncing, in the delegate&apos;s words. GDPR bases a lead may be kept on. The basis an import gives its whole batch (&quot;none&quot;: every lead is marked consent missing). Why a lead is due for review (retention), in the coordinator&apos;s words.</extracomment>
        <translation>Pas de base légale {days} jours après la saisie : enregistrez un consentement ou un intérêt légitime, ou effacez la personne</translation>
    </message>
    <message>
        <source>No activity (edit, follow-up, meeting) for {months} months: erase the person, or edit the lead if it is still needed</source>
        <translation>Aucune activité (modification, suivi, rendez-vous) depuis {months} mois : effacez la personne, ou modifiez le contact s&apos;il est encore nécessaire</translation>
    </message>
    <message>
        <source>Choose a mission to share a lead with its delegation.</source>
        <extracomment>Where a lead came from. badge: an attendee list&apos;s row; card: a business card&apos;s photo read by OCR. Messaging networks the quick form asks for, in this order. Phones kept exactly as typed until a person confirms their country (they could be read in two countries, see core.phones.read_phone); validation never rewrites them. Countries the card points to (its address, e-mail domains): numbers are also tried there. The card the lead was read from (None when typed): what the lead&apos;s fields cannot hold (structured name, types, addresses, birthday, kept properties ...) is stored with the person and written back on export; see :func:`card_for_lead`. The batch of the whole import run, for &quot;undo this import&quot; (None: nothing changed). Leads of this file (imported or updated) that have no legal basis after the import.</extracomment>
        <translation>Choisissez une mission pour partager un contact avec sa délégation.</translation>
    </message>
    <message>
        <source>The organisation&apos;s card (KIND:org) has no name.</source>
        <translation>La carte de l&apos;organisation (KIND:org) n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The card has no name (no FN or N): it is not imported under its e-mail or company; add the name to the card and import it again.</source>
        <translation>La carte n&apos;a pas de nom (ni FN ni N) : elle n&apos;est pas importée sous son e-mail ou son entreprise ; ajoutez le nom à la carte et importez-la à nouveau.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Donnez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Le nom est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>« {email} » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source> (read as a number in {where})</source>
        <translation> (lu comme un numéro du pays : {where})</translation>
    </message>
    <message>
        <source>{problem}{hint}.</source>
        <translation>{problem}{hint}.</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network.</source>
        <translation>« {network} » n&apos;est pas une messagerie.</translation>
    </message>
    <message>
        <source>{network}: {problem}.</source>
        <translation>{network} : {problem}.</translation>
    </message>
    <message>
        <source>Rate the interest from 1 to 5.</source>
        <translation>Notez l&apos;intérêt de 1 à 5.</translation>
    </message>
    <message>
        <source>&apos;{visibility}&apos; is not a visibility.</source>
        <translation>« {visibility} » n&apos;est pas une visibilité.</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a lead source.</source>
        <translation>« {source} » n&apos;est pas une source de contact.</translation>
    </message>
    <message>
        <source>&apos;{consent_basis}&apos; is not a GDPR basis.</source>
        <translation>« {consent_basis} » n&apos;est pas une base RGPD.</translation>
    </message>
    <message>
        <source>The privacy policy asks for a legal basis: choose consent once the person agreed to the wording shown, or legitimate interest.</source>
        <translation>La politique de confidentialité demande une base légale : choisissez le consentement une fois que la personne a accepté le texte affiché, ou l&apos;intérêt légitime.</translation>
    </message>
    <message>
        <source>A LinkedIn profile is a link or a name, no spaces.</source>
        <translation>Un profil LinkedIn est un lien ou un nom, sans espaces.</translation>
    </message>
    <message>
        <source>The next action is too long (300 at most).</source>
        <translation>La prochaine action est trop longue (300 au plus).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type 2026-12-01, +3 (days), 2w or tomorrow.</source>
        <extracomment>Words for days from today in the five languages of the app, accents folded (&quot;mañana&quot;). &quot;+3&quot;, &quot;3d&quot;, &quot;2w&quot; and their words: Tage/jours/días/giorni, Wochen/semaines/semanas/settimane.</extracomment>
        <translation>« {text} » n&apos;est pas une date : tapez 2026-12-01, +3 (jours), 2w ou tomorrow.</translation>
    </message>
    <message>
        <source>phone &apos;{phone}&apos; is not a valid number: it is not among the lead&apos;s phones, but is kept on the card and written back on export</source>
        <translation>le téléphone « {phone} » n&apos;est pas un numéro valide : il ne figure pas parmi les téléphones du contact, mais est conservé sur la carte et réécrit à l&apos;export</translation>
    </message>
    <message>
        <source>e-mail &apos;{email}&apos; is not an e-mail address: it is not among the lead&apos;s e-mails, but is kept on the card and written back on export</source>
        <translation>l&apos;e-mail « {email} » n&apos;est pas une adresse e-mail : il ne figure pas parmi les e-mails du contact, mais est conservé sur la carte et réécrit à l&apos;export</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: {problem}</source>
        <translation>l&apos;identifiant {network} « {id} » est conservé sur la carte et réécrit à l&apos;export, mais ne figure pas parmi les identifiants du contact : {problem}</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: a lead keeps one id per network</source>
        <translation>l&apos;identifiant {network} « {id} » est conservé sur la carte et réécrit à l&apos;export, mais ne figure pas parmi les identifiants du contact : un contact garde un identifiant par réseau</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters: the lead shows the first {limit}; the card keeps it whole for export</source>
        <translation>le champ {what} dépasse {limit} caractères : le contact en affiche les {limit} premiers ; la carte le garde entier pour l&apos;export</translation>
    </message>
    <message>
        <source>the photo is a link ({uri}): it is not downloaded, but the link is kept and written back on export</source>
        <translation>la photo est un lien ({uri}) : elle n&apos;est pas téléchargée, mais le lien est conservé et réécrit à l&apos;export</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network</source>
        <translation>« {network} » n&apos;est pas un réseau de messagerie</translation>
    </message>
    <message>
        <source>shares the mailbox {email} with {name}, which names no one person: imported as a new lead</source>
        <extracomment>Files a folder import picks up. Most results a search returns (a person types more to narrow it down). Columns of the CSV and XLSX exports. A lead (aliased ``l``) without a live consent record: no legal basis. Re-index the leads the triggers marked (migration 0004), in the caller&apos;s transaction. Leads a new card is said to resemble, at most (the rest are counted).</extracomment>
        <translation>partage avec {name} la boîte aux lettres {email}, qui ne désigne aucune personne en particulier : importé comme nouveau contact</translation>
    </message>
    <message>
        <source>shares the e-mail {email} with {name} under another name: imported as a new lead</source>
        <translation>partage l&apos;e-mail {email} avec {name} sous un autre nom : importé comme nouveau contact</translation>
    </message>
    <message>
        <source>shares the phone {phone} with {name}; a phone alone does not identify a person: imported as a new lead</source>
        <translation>partage le téléphone {phone} avec {name} ; un téléphone seul n&apos;identifie pas une personne : importé comme nouveau contact</translation>
    </message>
    <message>
        <source>resembles {n} more leads the same way</source>
        <translation>ressemble de la même façon à {n} autres contacts</translation>
    </message>
    <message>
        <source>That mission does not exist.</source>
        <translation>Cette mission n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That organisation no longer exists; type its name.</source>
        <translation>Cette organisation n&apos;existe plus ; tapez son nom.</translation>
    </message>
    <message>
        <source>That meeting does not exist.</source>
        <translation>Ce rendez-vous n&apos;existe pas.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>from a vCard</source>
        <translation>depuis une vCard</translation>
    </message>
    <message>
        <source>from a QR code</source>
        <translation>depuis un QR code</translation>
    </message>
    <message>
        <source>from a spreadsheet</source>
        <translation>depuis un tableur</translation>
    </message>
    <message>
        <source>last change received by sync</source>
        <translation>dernière modification reçue par synchronisation</translation>
    </message>
    <message>
        <source>{basis}, wording {version}</source>
        <translation>{basis}, texte {version}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>{label} (batch {id})</source>
        <translation>{label} (import {id})</translation>
    </message>
    <message>
        <source>, undone on {when}</source>
        <translation>, annulé le {when}</translation>
    </message>
    <message>
        <source>&apos;{basis}&apos; is not a legal basis: consent, legitimate_interest or none.</source>
        <translation>« {basis} » n&apos;est pas une base légale : consent, legitimate_interest ou none.</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card (written back on export) but not among the lead&apos;s ids: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>l&apos;identifiant {network} « {id} » est conservé sur la carte (réécrit à l&apos;export) mais ne figure pas parmi les identifiants du contact : le contact garde « {kept} » (un identifiant par réseau)</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; left out: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>identifiant {network} « {id} » écarté : le contact garde « {kept} » (un identifiant par réseau)</translation>
    </message>
    <message>
        <source>Imported from no file</source>
        <extracomment>The file says who sees the lead (a spreadsheet&apos;s &quot;visibility&quot; column).</extracomment>
        <translation>Importé sans fichier</translation>
    </message>
    <message>
        <source>Imported from {files}</source>
        <translation>Importé depuis {files}</translation>
    </message>
    <message>
        <source>Imported from {files} and {n} more files</source>
        <translation>Importé depuis {files} et {n} autres fichiers</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>How the edit history names a changed field (translated when the history is read).</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <source>romanised name</source>
        <translation>nom romanisé</translation>
    </message>
    <message>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>téléphones</translation>
    </message>
    <message>
        <source>messaging ids</source>
        <translation>identifiants de messagerie</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>intérêt</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>prochaine action</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>UID vCard</translation>
    </message>
    <message>
        <source>{name}: card {card} (line {line})</source>
        <extracomment>The region phones without a country code are read in (the mission&apos;s country). The batch recorded for this run once it is committed (None: nothing changed). The legal basis recorded for the batch&apos;s leads (None: consent missing). Erasure records: a card of an erased person is listed and skipped, never imported.</extracomment>
        <translation>{name} : fiche {card} (ligne {line})</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <extracomment>Files a folder import picks up.</extracomment>
        <translation>Import de {name}</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read: {reason}</source>
        <translation>{name} : le fichier ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>{name}: row {row}</source>
        <extracomment>Files read as lead tables (the columns of the leads export) rather than vCards. Export columns an import does not read back: where and when it was captured, and consent (a file cannot prove consent; a person records it). Other names of the import&apos;s columns: spreadsheets typed by people, in the app&apos;s languages, and the contact exports of mail programs (Outlook, Google, Apple), keyed by the header folded to ASCII letters and digits (&quot;E-mail Address&quot; -&gt; &quot;emailaddress&quot;). Several columns may fill ``emails`` or ``phones`` (work, home, mobile); the other fields take the first non-empty. Columns whose values add up (several e-mail or phone columns of one contact export).</extracomment>
        <translation>{name} : ligne {row}</translation>
    </message>
    <message>
        <source>{name}: columns not read: {columns}</source>
        <translation>{name} : colonnes non lues : {columns}</translation>
    </message>
    <message>
        <source>{where}: the rating &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>{where} : la note « {value} » n&apos;est pas un nombre de 1 à 5</translation>
    </message>
    <message>
        <source>{where}: the due date &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>{where} : l&apos;échéance « {value} » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{fmt}&apos; is not vcf, csv or xlsx.</source>
        <translation>« {fmt} » n&apos;est ni vcf, ni csv, ni xlsx.</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>private capture</source>
        <translation>saisie privée</translation>
    </message>
    <message>
        <source>The record to keep must be one of the group.</source>
        <extracomment>How many leads, meetings, roster entries and other records point at it. Member ids whose value may not go into the survivor (narrower scope than the survivor). field -&gt; member id (take that member&apos;s value) or COMBINED; missing fields: the default.</extracomment>
        <translation>L&apos;enregistrement à garder doit faire partie du groupe.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of a {kind}.</source>
        <translation>« {name} » n&apos;est pas un champ de {kind}.</translation>
    </message>
    <message>
        <source>Only lists (e-mails, phones…) can be combined.</source>
        <translation>Seules les listes (e-mails, téléphones…) peuvent être combinées.</translation>
    </message>
    <message>
        <source>Take &apos;{name}&apos; from a record of the group.</source>
        <translation>Prenez « {name} » d&apos;un enregistrement du groupe.</translation>
    </message>
    <message>
        <source>no candidate group {group_id} (already merged, marked not a duplicate, or its records changed: list the candidates again)</source>
        <extracomment>Rows that decide who sees a mission: only leaders and coordinators may write them. The data version (:meth:`Database.data_version`) the cached search was made at.</extracomment>
        <translation>aucun groupe candidat {group_id} (déjà fusionné, marqué comme non doublon, ou ses fiches ont changé : listez à nouveau les candidats)</translation>
    </message>
    <message>
        <source>these records changed since the list was made: list the candidates again</source>
        <translation>ces fiches ont changé depuis la création de la liste : listez à nouveau les candidats</translation>
    </message>
    <message>
        <source>Only a coordinator can merge records or undo merges.</source>
        <translation>Seul un coordinateur peut fusionner des fiches ou annuler des fusions.</translation>
    </message>
    <message>
        <source>Keep the record everyone can see (the shared one): a private capture cannot absorb a shared record.</source>
        <translation>Gardez la fiche que tout le monde voit (la fiche partagée) : une saisie privée ne peut pas absorber une fiche partagée.</translation>
    </message>
    <message>
        <source>These records belong to scopes that may not be merged.</source>
        <translation>Ces fiches appartiennent à des périmètres qui ne peuvent pas être fusionnés.</translation>
    </message>
    <message>
        <source>This value was captured privately by one company; a merge cannot publish it in the shared record.</source>
        <translation>Cette valeur a été saisie en privé par une entreprise ; une fusion ne peut pas la publier dans la fiche partagée.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Cette fusion a déjà été annulée.</translation>
    </message>
    <message>
        <source>no merge with id {merge_id}</source>
        <translation>aucune fusion avec l’identifiant {merge_id}</translation>
    </message>
    <message>
        <source>Choose a score between 0.50 and 1.00, or switch it off.</source>
        <translation>Choisissez un score entre 0,50 et 1,00, ou désactivez-le.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Fusion des doublons</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Link tables where one parent lists a person or organisation once: (table, parent column). What the merge queue reads of each member (:meth:`MergeService._views`).</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>organisations</name>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Donnez un nom à l&apos;organisation.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Le nom est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>The name in its own script is too long (300 characters at most).</source>
        <translation>Le nom dans l&apos;écriture d&apos;origine est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of organisation ({allowed}).</source>
        <translation>« {kind} » n&apos;est pas un type d&apos;organisation ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country: give its ISO code (JP) or its English name.</source>
        <translation>« {country} » n&apos;est pas un pays : indiquez son code ISO (JP) ou son nom anglais.</translation>
    </message>
    <message>
        <source>The city is too long (120 characters at most).</source>
        <translation>La ville est trop longue (120 caractères au plus).</translation>
    </message>
    <message>
        <source>A web address has no spaces.</source>
        <translation>Une adresse web ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>The web address is too long (300 characters at most).</source>
        <translation>L&apos;adresse web est trop longue (300 caractères au plus).</translation>
    </message>
    <message>
        <source>A cluster has no home cluster; leave it empty.</source>
        <translation>Un cluster n&apos;a pas de cluster d&apos;attache ; laissez le champ vide.</translation>
    </message>
    <message>
        <source>Choose a cluster as home cluster.</source>
        <translation>Choisissez un cluster comme cluster d&apos;attache.</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>aucune organisation avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>{n} organisations match &apos;{what}&apos;: give the id</source>
        <translation>{n} organisations correspondent à « {what} » : indiquez l&apos;identifiant</translation>
    </message>
    <message>
        <source>no organisation matches &apos;{what}&apos;</source>
        <translation>aucune organisation ne correspond à « {what} »</translation>
    </message>
    <message>
        <source>An organisation is not its own home cluster.</source>
        <translation>Une organisation n&apos;est pas son propre cluster d&apos;attache.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>aucune mission avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>{name} is not a gateway partner, foreign cluster or agency: change its kind in the directory first.</source>
        <translation>{name} n&apos;est ni un partenaire relais, ni un cluster étranger, ni une agence : changez d&apos;abord son type dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>that organisation is not a partner of this mission</source>
        <translation>cette organisation n&apos;est pas partenaire de cette mission</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>Give the agreement a title.</source>
        <extracomment>Kinds that are cluster-level agreements with foreign partners (reported as &quot;MoUs&quot;). Statuses of an agreement that was signed (counted as an agreement in the KPIs). Statuses of an agreement still being worked on. Days after the meeting when each follow-up falls due. Largest document kept in the database; it is synced to every laptop of the scope.</extracomment>
        <translation>Donnez un titre à l&apos;accord.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>Le titre est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not an agreement kind ({allowed}).</source>
        <translation>« {kind} » n&apos;est pas un type d&apos;accord ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status ({allowed}).</source>
        <translation>« {status} » n&apos;est pas un statut ({allowed}).</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>Un accord signé a besoin de sa date de signature.</translation>
    </message>
    <message>
        <source>A draft or an agreement in negotiation has no signature date yet; clear the date or set the status to Signed.</source>
        <translation>Un brouillon ou un accord en négociation n&apos;a pas encore de date de signature ; effacez la date ou passez le statut à Signé.</translation>
    </message>
    <message>
        <source>The signature date ({signed_on}) is in the future.</source>
        <translation>La date de signature ({signed_on}) est dans le futur.</translation>
    </message>
    <message>
        <source>The signature date is too far back; check the year.</source>
        <translation>La date de signature est trop ancienne ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>The same organisation is listed twice as a party.</source>
        <translation>La même organisation figure deux fois comme partie.</translation>
    </message>
    <message>
        <source>Name at least one party (an organisation).</source>
        <translation>Indiquez au moins une partie (une organisation).</translation>
    </message>
    <message>
        <source>A signed agreement has at least two parties.</source>
        <translation>Un accord signé a au moins deux parties.</translation>
    </message>
    <message>
        <source>The document has no file name.</source>
        <translation>Le document n&apos;a pas de nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; choose the signed document.</source>
        <translation>« {name} » est vide ; choisissez le document signé.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; documents up to {limit} MB can be attached, because they are copied to every laptop of the delegation. Attach a smaller PDF (scan at a lower resolution or compress it), or keep it on a shared drive and note where in the agreement.</source>
        <translation>« {name} » pèse {size:.1f} Mo ; on peut joindre des documents jusqu&apos;à {limit} Mo, car ils sont copiés sur chaque ordinateur de la délégation. Joignez un PDF plus léger (numérisé à plus basse résolution ou compressé), ou gardez-le sur un espace partagé et notez où dans l&apos;accord.</translation>
    </message>
    <message>
        <source>Rate from {low} (cold) to {high} (very promising).</source>
        <translation>Notez de {low} (froid) à {high} (très prometteur).</translation>
    </message>
    <message>
        <source>Choose what came of it ({allowed}).</source>
        <translation>Choisissez ce qui en est sorti ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not a meeting outcome ({allowed}).</source>
        <translation>« {outcome} » n&apos;est pas un résultat de rendez-vous ({allowed}).</translation>
    </message>
    <message>
        <source>Only a meeting that was held can be rated.</source>
        <translation>Seul un rendez-vous qui a eu lieu peut être noté.</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is damaged (its checksum does not match); attach it again.</source>
        <translation>« {filename} » est endommagé (sa somme de contrôle ne correspond pas) ; joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>This meeting starts on {when}: it cannot be recorded as held or as a no-show before then.</source>
        <extracomment>Outcomes that say the meeting&apos;s time has come: refused before it starts.</extracomment>
        <translation>Ce rendez-vous commence le {when} : il ne peut pas être noté comme tenu ou absent avant.</translation>
    </message>
    <message>
        <source>Choose a mission that exists.</source>
        <translation>Choisissez une mission qui existe.</translation>
    </message>
    <message>
        <source>A party is not a known organisation.</source>
        <translation>Une partie n&apos;est pas une organisation connue.</translation>
    </message>
    <message>
        <source>A linked meeting no longer exists.</source>
        <translation>Un rendez-vous lié n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A linked lead no longer exists.</source>
        <translation>Un contact lié n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Laying out the booklet</source>
        <translation>Mise en page du livret</translation>
    </message>
    <message>
        <source>{c} companies · {d} delegates</source>
        <translation>{c} entreprises · {d} délégués</translation>
    </message>
    <message>
        <source>Lead cluster: {name}</source>
        <translation>Cluster pilote : {name}</translation>
    </message>
    <message>
        <source>{name} — Roster booklet</source>
        <translation>{name} — Livret de la délégation</translation>
    </message>
    <message>
        <source>Delegation roster</source>
        <translation>Liste de la délégation</translation>
    </message>
    <message>
        <source>{kind} · Delegation roster</source>
        <translation>{kind} · Liste de la délégation</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Heures locales de {zone}.</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Organisation · role</source>
        <translation>Organisation · rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Gateway partners</source>
        <translation>Partenaires relais</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Sectors: {tags}</source>
        <translation>Secteurs : {tags}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No profile given yet.</source>
        <translation>Pas encore de profil.</translation>
    </message>
    <message>
        <source>No delegate registered yet.</source>
        <translation>Aucun délégué inscrit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Vols</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to.</source>
        <translation>Le dossier {folder} n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <source>Generated {when:%Y-%m-%d %H:%M} UTC · {author}</source>
        <translation>Généré le {when:%Y-%m-%d %H:%M} UTC · {author}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>an unknown country</source>
        <extracomment>Networks the lead form offers, and whether their ids are phone numbers.</extracomment>
        <translation>un pays inconnu</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not start with a known country code</source>
        <translation>« {raw} » ne commence pas par un indicatif de pays connu</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a phone number</source>
        <translation>« {raw} » n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix</source>
        <translation>« {raw} » est trop court après le préfixe international</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short</source>
        <translation>« {raw} » est trop court</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long</source>
        <translation>« {raw} » est trop long</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix for {country}</source>
        <extracomment>The same, when the default country is known (only for the length problems).</extracomment>
        <translation>« {raw} » est trop court après le préfixe international pour : {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short for {country}</source>
        <translation>« {raw} » est trop court pour : {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long for {country}</source>
        <translation>« {raw} » est trop long pour : {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has the wrong number of digits for {country}</source>
        <translation>« {raw} » n&apos;a pas le bon nombre de chiffres pour : {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is a local number in {country}; add the area code</source>
        <translation>« {raw} » est un numéro local ({country}) ; ajoutez l&apos;indicatif régional</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>le numéro de téléphone est vide</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a country code phone numbers are known for</source>
        <translation>« {code} » n&apos;est pas un code de pays connu pour les numéros de téléphone</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no country code (+..) and no default country was given</source>
        <translation>« {raw} » n&apos;a pas d&apos;indicatif de pays (+..) et aucun pays par défaut n&apos;a été donné</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; cannot be read</source>
        <translation>« {raw} » est illisible</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a possible number in {country}</source>
        <translation>« {raw} » n&apos;est pas un numéro possible pour : {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a valid number for {country}</source>
        <translation>« {raw} » n&apos;est pas un numéro valide pour : {country}</translation>
    </message>
    <message>
        <source>the {network} id is empty</source>
        <translation>l&apos;identifiant {network} est vide</translation>
    </message>
    <message>
        <source>a mobile number in {country}, {number}</source>
        <extracomment>Countries whose numbers turn up together on cards (neighbours, one trade area); a number typed without a country code is also tried in the other countries of its mission&apos;s area. Countries whose cards turn up on any mission: tried as well when a number is not valid in the mission&apos;s country at all (then there is no reading to protect from false alarms). At most this many readings are offered for a number invalid in the mission&apos;s country.</extracomment>
        <translation>un numéro mobile pour {country}, {number}</translation>
    </message>
    <message>
        <source>a landline in {country}, {number}</source>
        <translation>un numéro fixe pour {country}, {number}</translation>
    </message>
    <message>
        <source>a number in {country}, {number}</source>
        <translation>un numéro pour {country}, {number}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{typed}: not a valid number in {country}, but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed} : numéro non valide pour {country}, mais ressemble à {others} ; conservé tel que saisi, à confirmer sur le contact</translation>
    </message>
    <message>
        <source>{typed}: read as {reading} ({country}), but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed} : lu comme {reading} ({country}), mais ressemble à {others} ; conservé tel que saisi, à confirmer sur le contact</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>no person with id {ids}</source>
        <extracomment>How a lead&apos;s ``source`` reads in the export. Columns left out of every record: bookkeeping with nothing about the person. Bookkeeping column names said in words.</extracomment>
        <translation>aucune personne avec l’identifiant {ids}</translation>
    </message>
    <message>
        <source>Everything held about {name} on this laptop, on {when} (UTC).</source>
        <translation>Tout ce qui est détenu sur {name} sur cet ordinateur, au {when} (UTC).</translation>
    </message>
    <message>
        <source>Records: {counts}.</source>
        <translation>Enregistrements : {counts}.</translation>
    </message>
    <message>
        <source>Each record says where it came from (typed, vCard import, QR code, spreadsheet, sync), when and by whom. Dates are ISO 8601, in UTC unless a time zone is named.</source>
        <translation>Chaque enregistrement indique sa provenance (saisie, import vCard, code QR, tableur, synchronisation), sa date et son auteur. Les dates sont au format ISO 8601, en UTC sauf si un fuseau horaire est indiqué.</translation>
    </message>
    <message>
        <source>no person with the e-mail, phone or id &apos;{query}&apos; on this laptop</source>
        <translation>aucune personne avec l&apos;e-mail, le téléphone ou l&apos;identifiant « {query} » sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>qr</name>
    <message>
        <source>the image {path} does not exist</source>
        <translation>l&apos;image {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is not an image that can be read ({exc})</source>
        <translation>le fichier n&apos;est pas une image lisible ({exc})</translation>
    </message>
    <message>
        <source>the code holds a web link, not a contact or a messaging profile: {preview}</source>
        <extracomment>What a live scan looks for: contact and profile QR codes, and the codes event badges carry. (A tuple, made into zxing-cpp&apos;s BarcodeFormats per call: a module-level nanobind object still alive at interpreter exit is reported as a leak.)</extracomment>
        <translation>le code contient un lien web, pas un contact ni un profil de messagerie : {preview}</translation>
    </message>
    <message>
        <source>the MECARD field &apos;{field}&apos; has no &apos;:&apos;</source>
        <translation>le champ MECARD « {field} » n&apos;a pas de « : »</translation>
    </message>
    <message>
        <source>not a MECARD: it does not start with &apos;MECARD:&apos;</source>
        <translation>pas une MECARD : elle ne commence pas par « MECARD: »</translation>
    </message>
    <message>
        <source>the MECARD has no name, phone or e-mail</source>
        <translation>la MECARD n&apos;a ni nom, ni téléphone, ni e-mail</translation>
    </message>
    <message>
        <source>the QR code holds a vCard that cannot be read: {reason}</source>
        <translation>le QR code contient une vCard illisible : {reason}</translation>
    </message>
    <message>
        <source>the QR code holds a web link, not a contact: {preview}</source>
        <translation>le QR code contient un lien web, pas un contact : {preview}</translation>
    </message>
    <message>
        <source>the QR code holds no contact (neither vCard nor MECARD): &apos;{preview}&apos;</source>
        <translation>le QR code ne contient aucun contact (ni vCard ni MECARD) : « {preview} »</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Give the delegate&apos;s name.</source>
        <extracomment>Visa statuses that let a delegate travel. A passport must stay valid this many months after the return date. A visa must be granted this many days before departure. A roster entry&apos;s fields that reach only those entitled to them (:func:`sees_roster_details`); the sync protocol&apos;s ``SENSITIVE_ROSTER_FIELDS``. The server kept this entry&apos;s passport, visa, needs, emergency contact and notes from this user (see :func:`sees_roster_details`): screens say so instead of showing blanks.</extracomment>
        <translation>Donnez le nom du délégué.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>Le nom est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>« {email} » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a roster role ({allowed}).</source>
        <translation>« {role} » n&apos;est pas un rôle de la liste ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a registration status ({allowed}).</source>
        <translation>« {status} » n&apos;est pas un statut d&apos;inscription ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a visa status ({allowed}).</source>
        <translation>« {status} » n&apos;est pas un statut de visa ({allowed}).</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>L&apos;heure n&apos;a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation>Le départ est avant l&apos;arrivée.</translation>
    </message>
    <message>
        <source>The hotel check-out must be after the check-in.</source>
        <translation>Le départ de l&apos;hôtel doit être après l&apos;arrivée.</translation>
    </message>
    <message>
        <source>Give the hotel&apos;s name for these dates.</source>
        <translation>Donnez le nom de l&apos;hôtel pour ces dates.</translation>
    </message>
    <message>
        <source>Too long ({limit} characters at most).</source>
        <translation>Trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>Passport expires {expiry}; it must be valid until {needed} (six months after the return on {back}).</source>
        <translation>Le passeport expire le {expiry} ; il doit être valide jusqu&apos;au {needed} (six mois après le retour du {back}).</translation>
    </message>
    <message>
        <source>Visa {status}: it had to be granted by {deadline}, two weeks before departure.</source>
        <translation>Visa {status} : il fallait l&apos;obtenir avant le {deadline}, deux semaines avant le départ.</translation>
    </message>
    <message>
        <source>Visa {status}: must be granted by {deadline}.</source>
        <translation>Visa {status} : à obtenir avant le {deadline}.</translation>
    </message>
    <message>
        <source>No hotel booked for {n} nights of the mission ({nights}).</source>
        <translation>Aucun hôtel réservé pour {n} nuits de la mission ({nights}).</translation>
    </message>
    <message>
        <source>No hotel booked for 1 night of the mission ({nights}).</source>
        <translation>Aucun hôtel réservé pour 1 nuit de la mission ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses {n} nights of the mission ({nights}).</source>
        <translation>La réservation à {hotel} ne couvre pas {n} nuits de la mission ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses 1 night of the mission ({nights}).</source>
        <translation>La réservation à {hotel} ne couvre pas 1 nuit de la mission ({nights}).</translation>
    </message>
    <message>
        <source>Arrives {arrive}, after “{title}” starts ({first}).</source>
        <translation>Arrive le {arrive}, après le début de « {title} » ({first}).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a roster field ({allowed}).</source>
        <extracomment>Fields an import column can fill, with their labels (also the export&apos;s headers).</extracomment>
        <translation>« {target} » n&apos;est pas un champ de la liste ({allowed}).</translation>
    </message>
    <message>
        <source>Columns &apos;{a}&apos; and &apos;{b}&apos; both fill &apos;{field}&apos;; choose one.</source>
        <translation>Les colonnes « {a} » et « {b} » remplissent toutes deux « {field} » ; choisissez-en une.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No column gives the delegate&apos;s name (columns found: {found}). Map a column to &apos;Name&apos; (or to &apos;First name&apos; and &apos;Last name&apos;).</source>
        <translation>Aucune colonne ne donne le nom du délégué (colonnes trouvées : {found}). Associez une colonne à « Nom » (ou à « Prénom » et « Nom de famille »).</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>1-based line/row number in the file of each data row (headers are row 1). Registration statuses in the order a registration moves forward (``cancelled`` is apart). Fields an empty cell never clears, even when the user asks empty cells to clear fields: the name is required, e-mails and phones of a person are only ever added, a name in another script is never dropped, role and status always have a value, and a delegate keeps a company.</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{field}: {old} → (kept)</source>
        <translation>{field} : {old} → (conservé)</translation>
    </message>
    <message>
        <source>{field}: {old} → (empty)</source>
        <translation>{field} : {old} → (vide)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new} (back, as the file says)</source>
        <translation>{field} : {old} → {new} (rétabli, selon le fichier)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>« {text} » n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time (use YYYY-MM-DD HH:MM, local time)</source>
        <translation>« {text} » n&apos;est pas une date et heure (utilisez AAAA-MM-JJ HH:MM, heure locale)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>« {text} » n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role ({allowed})</source>
        <translation>« {text} » n&apos;est pas un rôle ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a registration status ({allowed})</source>
        <translation>« {text} » n&apos;est pas un statut d&apos;inscription ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a visa status ({allowed})</source>
        <translation>« {text} » n&apos;est pas un statut de visa ({allowed})</translation>
    </message>
    <message>
        <source>cannot sort by &apos;{sort}&apos; ({allowed})</source>
        <extracomment>Sort keys the screen and commands may ask for (column -&gt; SQL expression or Python key). Objects held here stay in the session&apos;s (weak) identity map: no reloads. New rows that reference new people: added after the people are flushed. The day warnings are judged on (tests replace it).</extracomment>
        <translation>impossible de trier par « {sort} » ({allowed})</translation>
    </message>
    <message>
        <source>{name} is already on the roster of this mission.</source>
        <translation>{name} figure déjà sur la liste de cette mission.</translation>
    </message>
    <message>
        <source>Roster import: {file}</source>
        <translation>Import de la liste : {file}</translation>
    </message>
    <message>
        <source>Row {row} of {total}</source>
        <translation>Ligne {row} sur {total}</translation>
    </message>
    <message>
        <source>The same delegate as row {row}.</source>
        <translation>Le même délégué qu&apos;à la ligne {row}.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name}: {why}</source>
        <translation>Doublon possible de {name} : {why}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>the same e-mail {email} under another name</source>
        <translation>le même e-mail {email} sous un autre nom</translation>
    </message>
    <message>
        <source>they share the mailbox {email}</source>
        <translation>ils partagent la boîte aux lettres {email}</translation>
    </message>
    <message>
        <source>the same name at the same company with another e-mail</source>
        <translation>le même nom dans la même entreprise avec un autre e-mail</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>Select a programme item in the Day view first.</source>
        <translation>Sélectionnez d&apos;abord un élément du programme dans la vue Jour.</translation>
    </message>
    <message>
        <source>Delete programme item</source>
        <translation>Supprimer l&apos;élément du programme</translation>
    </message>
    <message>
        <source>Delete “{t}”?</source>
        <translation>Supprimer « {t} » ?</translation>
    </message>
    <message>
        <source>It leaves every delegate&apos;s agenda at the next sync.</source>
        <translation>Il disparaît du programme de chaque délégué à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Besoins d&apos;accessibilité</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Accord conclu</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Accords et protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>Agreements and MoUs registered as draft or in negotiation.</source>
        <translation>Accords et protocoles enregistrés comme brouillon ou en négociation.</translation>
    </message>
    <message>
        <source>Agreements in progress</source>
        <translation>Accords en cours</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Vol aller</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Average lead rating</source>
        <translation>Note moyenne des contacts</translation>
    </message>
    <message>
        <source>Average meeting rating</source>
        <translation>Note moyenne des rendez-vous</translation>
    </message>
    <message>
        <source>B2B meeting requests made by the delegation, whatever their answer.</source>
        <translation>Demandes de rendez-vous B2B faites par la délégation, quelle que soit la réponse.</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>Session B2B</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Villes</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Modifications ou motif</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Arrivée à l&apos;hôtel</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Départ de l&apos;hôtel</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Villes</translation>
    </message>
    <message>
        <source>Romanised name</source>
        <translation>Nom romanisé</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Messaging ids</source>
        <translation>Identifiants de messagerie</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cluster cooperation agreement</source>
        <translation>Accord de coopération entre clusters</translation>
    </message>
    <message>
        <source>Cluster staff</source>
        <translation>Équipe du cluster</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Companies in a mission&apos;s delegation, not cancelled or declined; a company on two missions counts twice.</source>
        <translation>Entreprises de la délégation d&apos;une mission, ni annulées ni déclinées ; une entreprise sur deux missions compte deux fois.</translation>
    </message>
    <message>
        <source>Companies taken</source>
        <translation>Entreprises emmenées</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Contacts captured by delegates during the mission.</source>
        <translation>Contacts saisis par les délégués pendant la mission.</translation>
    </message>
    <message>
        <source>Conversion meeting → agreement</source>
        <translation>Conversion rendez-vous → accord</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates au choix</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Delegates taken</source>
        <translation>Délégués emmenés</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Delegation leader</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Delete the programme item</source>
        <translation>Supprimer l&apos;élément du programme</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Vol retour</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Heure de départ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Fuseau horaire d&apos;origine</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Durée des créneaux</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Note sur le résultat</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Toute la délégation</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Enumerations per field, so a stored value shows as its label (&quot;sme_delegate&quot; -&gt; &quot;SME delegate&quot;).</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Different companies taken, each once.</source>
        <translation>Entreprises différentes emmenées, chacune une fois.</translation>
    </message>
    <message>
        <source>Discovery trip</source>
        <translation>Voyage de découverte</translation>
    </message>
    <message>
        <source>Distinct companies</source>
        <translation>Entreprises distinctes</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>Done follow-ups whose outcome was &apos;negotiation started&apos;.</source>
        <translation>Suivis faits dont le résultat était « négociation engagée ».</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>ESTA granted</source>
        <translation>ESTA accordé</translation>
    </message>
    <message>
        <source>Edit the programme item</source>
        <translation>Modifier l&apos;élément du programme</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Téléphone d&apos;urgence</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow-ups (right after the meeting, or months later) marked done with their outcome.</source>
        <translation>Suivis (juste après le rendez-vous ou des mois plus tard) marqués faits avec leur résultat.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Suivis faits</translation>
    </message>
    <message>
        <source>Follow-ups not done yet.</source>
        <translation>Suivis pas encore faits.</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Suivis ouverts</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Foreign partner</source>
        <translation>Partenaire étranger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenus</translation>
    </message>
    <message>
        <source>Held / (held + no-shows), in percent; meetings without a recorded outcome are left out.</source>
        <translation>Tenus / (tenus + absents), en pourcentage ; les rendez-vous sans résultat noté sont exclus.</translation>
    </message>
    <message>
        <source>Held meetings linked to a signed agreement or MoU, directly or through a lead captured at the meeting.</source>
        <translation>Rendez-vous tenus liés à un accord ou protocole signé, directement ou via un contact saisi pendant le rendez-vous.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Heure d&apos;origine</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>Arrivée à l&apos;hôtel</translation>
    </message>
    <message>
        <source>Hotel check-out</source>
        <translation>Départ de l&apos;hôtel</translation>
    </message>
    <message>
        <source>Import a programme from ICS</source>
        <translation>Importer un programme depuis un ICS</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investisseur</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <source>Kept: written by</source>
        <translation>Retenue : écrite par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lead cluster</source>
        <translation>Cluster pilote</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>Contacts saisis</translation>
    </message>
    <message>
        <source>Leads given a 1–5 rating.</source>
        <translation>Contacts ayant reçu une note de 1 à 5.</translation>
    </message>
    <message>
        <source>Leads rated</source>
        <translation>Contacts notés</translation>
    </message>
    <message>
        <source>Leads rated 4 or 5.</source>
        <translation>Contacts notés 4 ou 5.</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Licencié</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Licensor</source>
        <translation>Concédant</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Mean of the 1–5 ratings given right after held meetings.</source>
        <translation>Moyenne des notes de 1 à 5 données juste après les rendez-vous tenus.</translation>
    </message>
    <message>
        <source>Mean rating of the rated leads.</source>
        <translation>Note moyenne des contacts notés.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rendez-vous tenus</translation>
    </message>
    <message>
        <source>Meetings placed in the published schedule (drafts and cancelled meetings excluded).</source>
        <translation>Rendez-vous placés dans le planning publié (brouillons et rendez-vous annulés exclus).</translation>
    </message>
    <message>
        <source>Meetings recorded as moved to another time.</source>
        <translation>Rendez-vous notés comme déplacés à un autre moment.</translation>
    </message>
    <message>
        <source>Meetings requested</source>
        <translation>Rendez-vous demandés</translation>
    </message>
    <message>
        <source>Meetings scheduled</source>
        <translation>Rendez-vous planifiés</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement</source>
        <translation>Rendez-vous ayant abouti à un accord</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement / meetings held, in percent.</source>
        <translation>Rendez-vous ayant abouti à un accord / rendez-vous tenus, en pourcentage.</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnés</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Missions with at least one counted record, or the chosen mission.</source>
        <translation>Missions avec au moins un enregistrement compté, ou la mission choisie.</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Protocole d&apos;accord</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Protocoles d&apos;accord</translation>
    </message>
    <message>
        <source>MoUs and cooperation</source>
        <translation>Protocoles et coopération</translation>
    </message>
    <message>
        <source>MoUs signed</source>
        <translation>Protocoles signés</translation>
    </message>
    <message>
        <source>Months later</source>
        <translation>Des mois plus tard</translation>
    </message>
    <message>
        <source>My company only</source>
        <translation>Mon entreprise seulement</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>Accord de confidentialité</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>A field choice meaning &quot;every member&apos;s values together&quot; (lists and messaging ids only). (field, label, kind) per record kind. &quot;list&quot; and &quot;dict&quot; fields may be combined. Labels are translated where shown (the screens&apos; catalogue falls back to the &quot;shared&quot; context).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (native script)</source>
        <translation>Nom (écriture d&apos;origine)</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Nom dans l&apos;écriture d&apos;origine</translation>
    </message>
    <message>
        <source>Negotiation started</source>
        <translation>Négociation engagée</translation>
    </message>
    <message>
        <source>Negotiations started</source>
        <translation>Négociations engagées</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseautage</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Nouvel élément du programme</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nothing came of it</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>Open follow-ups whose due date has passed.</source>
        <translation>Suivis ouverts dont l&apos;échéance est passée.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Other: written by</source>
        <translation>Autre : écrite par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Partnering event</source>
        <translation>Événement de partenariat</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>E&amp;xpiration du passeport</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Expiration du passeport</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>People on a mission&apos;s roster (delegates, cluster staff, experts) whose registration was not cancelled.</source>
        <translation>Personnes sur la liste d&apos;une mission (délégués, équipe du cluster, experts) dont l&apos;inscription n&apos;a pas été annulée.</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Par cluster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Par mission</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À réexaminer</translation>
    </message>
    <message>
        <source>Export every agenda to a folder</source>
        <translation>Exporter tous les programmes dans un dossier</translation>
    </message>
    <message>
        <source>Foreign cluster / gateway partner</source>
        <translation>Cluster étranger / partenaire relais</translation>
    </message>
    <message>
        <source>Gateway partner</source>
        <translation>Partenaire relais</translation>
    </message>
    <message>
        <source>Home cluster</source>
        <translation>Cluster d&apos;attache</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Leads kept on the organisation&apos;s legitimate interest (GDPR basis).</source>
        <translation>Contacts conservés sur la base de l&apos;intérêt légitime de l&apos;organisation (base RGPD).</translation>
    </message>
    <message>
        <source>Leads on consent</source>
        <translation>Contacts sur consentement</translation>
    </message>
    <message>
        <source>Leads on legitimate interest</source>
        <translation>Contacts sur intérêt légitime</translation>
    </message>
    <message>
        <source>Leads whose person gave consent to the organisation&apos;s wording (GDPR basis: consent).</source>
        <translation>Contacts dont la personne a consenti au texte de l&apos;organisation (base RGPD : consentement).</translation>
    </message>
    <message>
        <source>Leads with no consent and no legitimate interest recorded (consent missing).</source>
        <translation>Contacts sans consentement ni intérêt légitime enregistré (consentement manquant).</translation>
    </message>
    <message>
        <source>Leads without a basis</source>
        <translation>Contacts sans base</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Nom dans l&apos;écriture d&apos;ori&amp;gine</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nom d&apos;origine</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Contacts prometteurs</translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation>Publier le brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>R&amp;D collaboration</source>
        <translation>Collaboration de R&amp;D</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>&amp;Statut d&apos;inscription</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscriptions ouvertes</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Statut d&apos;inscription</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogrammés</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Institut de recherche</translation>
    </message>
    <message>
        <source>Right after the meeting</source>
        <translation>Juste après le rendez-vous</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Champ de la liste</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Accords entre PME</translation>
    </message>
    <message>
        <source>SME agreements signed</source>
        <translation>Accords entre PME signés</translation>
    </message>
    <message>
        <source>SME delegate</source>
        <translation>Délégué de PME</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Enregistrer le programme en PDF</translation>
    </message>
    <message>
        <source>Save the delegate&apos;s calendar</source>
        <translation>Enregistrer le calendrier du délégué</translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation>Planifier les rendez-vous</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <source>Scheduled meetings where the other side did not come.</source>
        <translation>Rendez-vous planifiés où l&apos;autre partie n&apos;est pas venue.</translation>
    </message>
    <message>
        <source>Scheduled meetings whose outcome was recorded as held.</source>
        <translation>Rendez-vous planifiés notés comme tenus.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>Secte&amp;urs</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Voir les détails pour les remarques.</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnature</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Signed SME-to-SME agreements (NDA, distribution, licensing, R&amp;D, other); status signed, in force, expired or terminated.</source>
        <translation>Accords signés entre PME (confidentialité, distribution, licence, R&amp;D, autre) ; statut signé, en vigueur, expiré ou résilié.</translation>
    </message>
    <message>
        <source>Signed cluster cooperation agreements and MoUs with foreign partners.</source>
        <translation>Accords de coopération et protocoles signés par les clusters avec des partenaires étrangers.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de site</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Certaines cartes ont été refusées ; voir les détails.</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>color: {warning};</source>
        <translation>color: {warning};</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Still in contact</source>
        <translation>Toujours en contact</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>Pays cible</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>La délégation</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Tout le réseau</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>To apply for</source>
        <translation>À demander</translation>
    </message>
    <message>
        <source>Trade mission</source>
        <translation>Mission commerciale</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>En déplacement</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Venues and travel times</source>
        <translation>Lieux et temps de trajet</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Visa status</source>
        <translation>Statut du visa</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible par</translation>
    </message>
    <message>
        <source>Wants to meet</source>
        <translation>Souhaite rencontrer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Workshop at home</source>
        <translation>Atelier dans le pays d&apos;origine</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Écrivez les pauses sous la forme HH:mm-HH:mm, séparées par des virgules.</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>À deux endroits à la fois</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>Trop peu de temps de trajet</translation>
    </message>
    <message>
        <source>Outside the stay</source>
        <translation>Hors du séjour</translation>
    </message>
    <message>
        <source>Not enough interpreters</source>
        <translation>Pas assez d&apos;interprètes</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>What each figure counts, for the screen&apos;s tooltips, the PDF&apos;s methodology notes and exports. The scalar figures in display order (the keys of :data:`DEFINITIONS`). Percentages (shown with a % sign) and averages (one decimal). Companies accompanied per market and cluster, workshops, gateway agreements (a :class:`biox_desktop.core.accompanied.CompanyFigures`; None when not computed).</extracomment>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>spreadsheet</name>
    <message>
        <source>{file}: no such file.</source>
        <extracomment>Refuse files larger than this (a registration export is a few hundred KB).</extracomment>
        <translation>{file} : fichier introuvable.</translation>
    </message>
    <message>
        <source>{name}: the file is too large for a registration export.</source>
        <translation>{name} : le fichier est trop gros pour un export d&apos;inscriptions.</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file (this one is &apos;{suffix}&apos;).</source>
        <translation>{name} : choisissez un fichier .csv ou .xlsx (celui-ci est « {suffix} »).</translation>
    </message>
    <message>
        <source>{name}: the file is empty (no header row).</source>
        <translation>{name} : le fichier est vide (pas de ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>{name}: line {line} is not UTF-8 text (byte 0x{byte:02x}). Save the export as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{name} : la ligne {line} n&apos;est pas du texte UTF-8 (octet 0x{byte:02x}). Enregistrez l&apos;export en « CSV UTF-8 » et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name}: this is not a text file (it holds binary data).</source>
        <translation>{name} : ce n&apos;est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>{name}: line {line_num}: {exc}.</source>
        <translation>{name} : ligne {line_num} : {exc}.</translation>
    </message>
    <message>
        <source>{name}: not a readable Excel workbook ({kind}: {exc}). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{name} : classeur Excel illisible ({kind} : {exc}). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx.</translation>
    </message>
    <message>
        <source>{name}: the workbook has no sheet.</source>
        <translation>{name} : le classeur n&apos;a pas de feuille.</translation>
    </message>
    <message>
        <source>{name}: the workbook is damaged ({exc}).</source>
        <translation>{name} : le classeur est endommagé ({exc}).</translation>
    </message>
    <message>
        <source>{name}: export to a .csv or .xlsx file.</source>
        <translation>{name} : exportez vers un fichier .csv ou .xlsx.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Sending {total:,} changes</source>
        <extracomment>The server&apos;s redaction rules this laptop&apos;s copy follows (see &quot;Sensitive roster fields&quot; in the protocol); below the server&apos;s, its roster scopes are downloaded again once. Changes sent again because this computer&apos;s clock ran too far ahead of the server&apos;s. Rows re-pointed or carried over to a merge&apos;s survivor after the sync. Rows from the server this laptop could not store, set aside this sync (with reasons). Rows still set aside after this sync (retried at every sync). Each change the server refused this sync: ``{table, row_id, op, reason}`` (kept in ``sync_rejections`` until retried or discarded, see :mod:`biox_desktop.sync.refusals`).</extracomment>
        <translation>Envoi de {total:,} modifications</translation>
    </message>
    <message>
        <source>the server did not acknowledge any change; try again later</source>
        <translation>le serveur n&apos;a accusé réception d&apos;aucune modification ; réessayez plus tard</translation>
    </message>
    <message>
        <source>Received {pulled:,} changes</source>
        <translation>{pulled:,} modifications reçues</translation>
    </message>
    <message>
        <source>{table} {row_id}: {reason}</source>
        <translation>{table} {row_id} : {reason}</translation>
    </message>
    <message>
        <source>the row&apos;s scope is not valid</source>
        <translation>la portée de la ligne n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>The laptop that wrote the value, by the name its owner gave it (&quot;&quot; when unknown). What the record is, in words (&quot;Organisation Kansai Medical&quot;), from this laptop&apos;s copy. What the Conflicts screen calls a record of each synced table (in the user&apos;s language).</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Merge forward</source>
        <translation>Renvoi de fusion</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Meeting request</source>
        <translation>Demande de rendez-vous</translation>
    </message>
    <message>
        <source>Mission company</source>
        <translation>Entreprise de la mission</translation>
    </message>
    <message>
        <source>Mission partner</source>
        <translation>Partenaire de la mission</translation>
    </message>
    <message>
        <source>Roster entry</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Élément du programme</translation>
    </message>
    <message>
        <source>Agreement party</source>
        <translation>Partie à l’accord</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Temps de trajet</translation>
    </message>
    <message>
        <source>Agenda participant</source>
        <translation>Participant au programme</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Participant au rendez-vous</translation>
    </message>
    <message>
        <source>Agreement link</source>
        <translation>Lien d’accord</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>sign in to the sync server to review conflicts</source>
        <extracomment>Conflicts fetched per request (the server allows up to its own maximum).</extracomment>
        <translation>connectez-vous au serveur de synchronisation pour examiner les conflits</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(pas sur cet ordinateur)</translation>
    </message>
    <message>
        <source>no password store (OS keyring) is available on this computer, so the sign-in cannot be kept safely; on Linux, install and unlock GNOME Keyring or KWallet</source>
        <translation>aucun coffre à mots de passe (trousseau du système) n&apos;est disponible sur cet ordinateur, la connexion ne peut donc pas être conservée en sécurité ; sous Linux, installez et déverrouillez GNOME Keyring ou KWallet</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the sign-in: {exc}</source>
        <translation>le trousseau du système a refusé d&apos;enregistrer la connexion : {exc}</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the sign-in (it may be locked or a dummy store); unlock or install a keyring (GNOME Keyring, KWallet) and sign in again</source>
        <translation>le trousseau du système n&apos;a pas gardé la connexion (il est peut-être verrouillé ou factice) ; déverrouillez ou installez un trousseau (GNOME Keyring, KWallet) et reconnectez-vous</translation>
    </message>
    <message>
        <source>{address} is not encrypted (http, not https): your password and everything you sync would cross the network readable by anyone on the way. Use the https address of the server unless you are sure this network is private.</source>
        <extracomment>When the server said the stored token expires, and when it was issued (ISO 8601 UTC). Not secrets: the token itself lives in the OS keyring only. The file two syncs of one data folder lock (window, command line, another window).</extracomment>
        <translation>La connexion à {address} n&apos;est pas chiffrée (http, et non https) : votre mot de passe et tout ce que vous synchronisez traverseraient le réseau en clair, lisibles par quiconque sur le trajet. Utilisez l&apos;adresse https du serveur, sauf si vous êtes sûr que ce réseau est privé.</translation>
    </message>
    <message>
        <source>another sync of this data folder is running (in the window or a command); try again when it has finished</source>
        <translation>une autre synchronisation de ce dossier des données est en cours (dans la fenêtre ou une commande) ; réessayez une fois qu&apos;elle est terminée</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a server address (it starts with https://)</source>
        <extracomment>Rows from the server this laptop could not store, set aside and retried at each sync.</extracomment>
        <translation>« {address} » n&apos;est pas une adresse de serveur (elle commence par https://)</translation>
    </message>
    <message>
        <source>no sync server set up: sign in first (biox-desktop login)</source>
        <translation>aucun serveur de synchronisation configuré : connectez-vous d&apos;abord (biox-desktop login)</translation>
    </message>
    <message>
        <source>not signed in to the sync server: sign in again</source>
        <translation>pas connecté au serveur de synchronisation : reconnectez-vous</translation>
    </message>
    <message>
        <source>&apos;{base_url}&apos; is not a server address: {exc}</source>
        <extracomment>How often a request in flight looks at the cancel flag (seconds).</extracomment>
        <translation>« {base_url} » n&apos;est pas une adresse de serveur : {exc}</translation>
    </message>
    <message>
        <source>the sync server at {base_url} cannot be reached ({kind}); your changes are kept and will be sent later</source>
        <translation>le serveur de synchronisation {base_url} est injoignable ({kind}) ; vos modifications sont gardées et seront envoyées plus tard</translation>
    </message>
    <message>
        <source>this laptop&apos;s access to the sync server was revoked; sign in again (your unsent changes are kept)</source>
        <translation>l&apos;accès de cet ordinateur au serveur de synchronisation a été révoqué ; reconnectez-vous (vos modifications non envoyées sont gardées)</translation>
    </message>
    <message>
        <source>this laptop&apos;s sign-in expired (it was not used for a long time); sign in again (your unsent changes are kept)</source>
        <translation>la connexion de cet ordinateur a expiré (il n&apos;a pas servi depuis longtemps) ; reconnectez-vous (vos modifications non envoyées sont gardées)</translation>
    </message>
    <message>
        <source>the sync server refused a request as too large ({message})</source>
        <translation>le serveur de synchronisation a refusé une requête trop volumineuse ({message})</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>the sign-in on this laptop is no longer valid; sign in again</source>
        <translation>la connexion sur cet ordinateur n&apos;est plus valable ; reconnectez-vous</translation>
    </message>
    <message>
        <source>the sync server needs a newer version of bioX Missions; install the update (your unsent changes are kept)</source>
        <translation>le serveur de synchronisation demande une version plus récente de bioX Missions ; installez la mise à jour (vos modifications non envoyées sont gardées)</translation>
    </message>
    <message>
        <source>too many failed sign-ins; try again in {retry} seconds</source>
        <translation>trop de connexions échouées ; réessayez dans {retry} secondes</translation>
    </message>
    <message>
        <source>the sync server at {base_url} is not answering ({status})</source>
        <translation>le serveur de synchronisation {base_url} ne répond pas ({status})</translation>
    </message>
    <message>
        <source>the sync server refused the request ({status} {code}): {message}</source>
        <translation>le serveur de synchronisation a refusé la demande ({status} {code}) : {message}</translation>
    </message>
    <message>
        <source>You have no access to where this belongs on the server (a mission your organisation is not part of, or another organisation&apos;s records).</source>
        <extracomment>Columns that name a row for people, in order of preference. What the row is, in words (&quot;Mission Osaka Bio 2027&quot;). The server never accepted this row: discarding removes it from this laptop. Why, in plain words, and what to do.</extracomment>
        <translation>Vous n&apos;avez pas accès à l&apos;emplacement de cet élément sur le serveur (une mission dont votre organisation ne fait pas partie, ou les fiches d&apos;une autre organisation).</translation>
    </message>
    <message>
        <source>Ask the mission&apos;s leader to add your organisation, then retry; or discard it.</source>
        <translation>Demandez au chef de délégation de la mission d&apos;ajouter votre organisation, puis réessayez ; ou abandonnez la modification.</translation>
    </message>
    <message>
        <source>Only the leaders of the mission&apos;s lead cluster and the coordinators may change this.</source>
        <translation>Seuls les chefs de délégation du cluster pilote de la mission et les coordinateurs peuvent modifier ceci.</translation>
    </message>
    <message>
        <source>If the mission is your cluster&apos;s, set its lead cluster to your cluster and retry; otherwise discard it.</source>
        <translation>Si la mission appartient à votre cluster, définissez votre cluster comme cluster pilote et réessayez ; sinon, abandonnez la modification.</translation>
    </message>
    <message>
        <source>A delegate may change only their own roster entry.</source>
        <translation>Un délégué ne peut modifier que sa propre inscription.</translation>
    </message>
    <message>
        <source>Ask the delegation leader to make this change; discard it here.</source>
        <translation>Demandez au chef de délégation de faire cette modification ; abandonnez-la ici.</translation>
    </message>
    <message>
        <source>Only the organisation that created this record, and the coordinators, may change it.</source>
        <translation>Seuls l&apos;organisation qui a créé cet enregistrement et les coordinateurs peuvent le modifier.</translation>
    </message>
    <message>
        <source>Ask them to make the change; discard it here.</source>
        <translation>Demandez-leur de faire la modification ; abandonnez-la ici.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Votre rôle ne permet pas cette modification.</translation>
    </message>
    <message>
        <source>Ask a coordinator; retry once your role allows it, or discard it.</source>
        <translation>Demandez à un coordinateur ; réessayez quand votre rôle le permettra, ou abandonnez la modification.</translation>
    </message>
    <message>
        <source>The server could not accept this change.</source>
        <translation>Le serveur n&apos;a pas pu accepter cette modification.</translation>
    </message>
    <message>
        <source>Retry once the cause is fixed (an update of the app, say), or discard it.</source>
        <translation>Réessayez une fois la cause corrigée (par exemple après une mise à jour de l&apos;application), ou abandonnez la modification.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Give the mission a name.</source>
        <extracomment>Longest mission we accept; anything longer is almost certainly a typo in a year.</extracomment>
        <translation>Donnez un nom à la mission.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>Le nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a mission kind ({allowed}).</source>
        <translation>« {kind} » n&apos;est pas un type de mission ({allowed}).</translation>
    </message>
    <message>
        <source>Choose the country the mission goes to.</source>
        <translation>Choisissez le pays de destination de la mission.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ISO 3166 country code (e.g. JP).</source>
        <translation>« {country} » n&apos;est pas un code pays ISO 3166 (p. ex. JP).</translation>
    </message>
    <message>
        <source>Choose the time zone where the mission takes place.</source>
        <translation>Choisissez le fuseau horaire du lieu de la mission.</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone (e.g. Asia/Tokyo).</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire IANA (p. ex. Asia/Tokyo).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone.</source>
        <translation>« {zone} » n&apos;est pas un fuseau horaire IANA.</translation>
    </message>
    <message>
        <source>Give the first day of the mission.</source>
        <translation>Indiquez le premier jour de la mission.</translation>
    </message>
    <message>
        <source>Give the last day of the mission.</source>
        <translation>Indiquez le dernier jour de la mission.</translation>
    </message>
    <message>
        <source>The mission ends ({end}) before it starts ({start}).</source>
        <translation>La mission se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>A mission lasts at most {n} days; check the year.</source>
        <translation>Une mission dure au plus {n} jours ; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a mission status.</source>
        <translation>« {status} » n&apos;est pas un statut de mission.</translation>
    </message>
    <message>
        <source>Choose a cluster as lead.</source>
        <translation>Choisissez un cluster comme chef de file.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <source>{source}: card {card}, line {line}: {reason}</source>
        <translation>{source} : carte {card}, ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>{source}: line {line}: {reason}</source>
        <translation>{source} : ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>some characters are not valid {charset} and were replaced</source>
        <translation>certains caractères ne sont pas du {charset} valide et ont été remplacés</translation>
    </message>
    <message>
        <source>no &apos;:&apos; separates the property name from its value</source>
        <translation>aucun « : » ne sépare le nom de la propriété de sa valeur</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a property name</source>
        <translation>« {name} » n&apos;est pas un nom de propriété</translation>
    </message>
    <message>
        <source>line {line}: {prop} was read without its parameter(s) {params}, which this program does not keep</source>
        <extracomment>Picture types a TYPE parameter may name (other words, such as kcontacts&apos; ``TYPE=HOME``, say nothing about the picture: its bytes do). Parameters every property read into a field keeps (as its types) or does not need. ... and those particular properties keep too.</extracomment>
        <translation>ligne {line} : {prop} a été lu sans son ou ses paramètres {params}, que ce programme ne conserve pas</translation>
    </message>
    <message>
        <source>the card has no name, organisation, e-mail or phone</source>
        <translation>la carte n&apos;a ni nom, ni organisation, ni e-mail, ni téléphone</translation>
    </message>
    <message>
        <source>line {line}: the photo is not valid base64; kept as is</source>
        <translation>ligne {line} : la photo n&apos;est pas du base64 valide ; conservée telle quelle</translation>
    </message>
    <message>
        <source>line {line}: the photo&apos;s TYPE={type} is not a picture type and is not kept; the type is read from the picture itself</source>
        <translation>ligne {line} : le TYPE={type} de la photo n&apos;est pas un type d&apos;image et n&apos;est pas conservé ; le type est lu dans l&apos;image elle-même</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI has no &apos;,&apos;</source>
        <translation>ligne {line} : l&apos;URI data: de la photo n&apos;a pas de « , »</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI is not valid base64</source>
        <translation>ligne {line} : l&apos;URI data: de la photo n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>line {line}: the photo is neither base64 data nor a link</source>
        <translation>ligne {line} : la photo n&apos;est ni des données base64 ni un lien</translation>
    </message>
    <message>
        <source>the file could not be read ({error})</source>
        <translation>le fichier n&apos;a pas pu être lu ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line {line}: comment line ignored</source>
        <translation>ligne {line} : ligne de commentaire ignorée</translation>
    </message>
    <message>
        <source>line {line} is not a vCard property: {reason}</source>
        <translation>la ligne {line} n&apos;est pas une propriété vCard : {reason}</translation>
    </message>
    <message>
        <source>the card that starts at line {line} has no END:VCARD (is the file cut short?)</source>
        <translation>la carte qui commence à la ligne {line} n&apos;a pas de END:VCARD (le fichier est-il tronqué ?)</translation>
    </message>
    <message>
        <source>no vCard found: the file has no BEGIN:VCARD line</source>
        <translation>aucune vCard trouvée : le fichier n&apos;a pas de ligne BEGIN:VCARD</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <source>no VERSION line; read as vCard 2.1</source>
        <translation>pas de ligne VERSION ; lue comme vCard 2.1</translation>
    </message>
    <message>
        <source>vCard version {version} is not supported (2.1, 3.0 or 4.0)</source>
        <translation>la version de vCard {version} n&apos;est pas prise en charge (2.1, 3.0 ou 4.0)</translation>
    </message>
    <message>
        <source>the card could not be read ({kind}: {error})</source>
        <translation>la carte n&apos;a pas pu être lue ({kind} : {error})</translation>
    </message>
</context>
</TS>
