<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Offline — no sync server set up</source>
        <extracomment>Whether the signed-in user gets this screen at all (by role).</extracomment>
        <translation>Hors ligne — aucun serveur de synchronisation configuré</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
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
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 modification en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>{n} changes waiting to be sent</source>
        <translation>{n} modifications en attente d&apos;envoi</translation>
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
        <source>Give the server address, your user name and password.</source>
        <translation>Indiquez l&apos;adresse du serveur, votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in failed: {why}</source>
        <translation>Échec de la connexion : {why}</translation>
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
        <source>Day</source>
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
        <source>&amp;New item…</source>
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
        <source>&amp;Cancel meeting</source>
        <translation>&amp;Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Résultat…</translation>
    </message>
    <message>
        <source>Add mee&amp;ting…</source>
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
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>New meeting request</source>
        <translation>Nouvelle demande de rendez-vous</translation>
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
    <message>
        <source>{n} meetings ({d} draft, {c} changed since published); {k} conflicts.</source>
        <translation>{n} rendez-vous ({d} en brouillon, {c} modifiés depuis la publication) ; {k} conflits.</translation>
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
        <source>{n} meetings</source>
        <translation>{n} rendez-vous</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
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
        <source>Draft ready: {n} of {r} requests scheduled ({new} new, {kept} kept), weight {w}{opt}, {g} idle gaps. Review and move meetings, then Publish.</source>
        <translation>Brouillon prêt : {n} demandes sur {r} planifiées ({new} nouvelles, {kept} gardées), poids {w}{opt}, {g} temps morts. Vérifiez et déplacez les rendez-vous, puis publiez.</translation>
    </message>
    <message>
        <source> (optimal)</source>
        <translation> (optimal)</translation>
    </message>
    <message>
        <source>Scheduling cancelled; nothing was changed.</source>
        <translation>Planification annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Published {n} meetings.</source>
        <translation>{n} rendez-vous publiés.</translation>
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
    <message>
        <source>{n} agreements, {s} signed</source>
        <translation>{n} accords, {s} signés</translation>
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
        <source>Consent given: &amp;yes, they agree to the wording below</source>
        <translation>Consentement donné : oui, la &amp;personne accepte le texte ci-dessous</translation>
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
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Enter saves · Tab moves · Alt+underlined letter jumps to a field</source>
        <translation>Entrée enregistre · Tab passe au champ suivant · Alt+lettre soulignée va au champ</translation>
    </message>
    <message>
        <source>As printed; numbers without +country are read in {country}</source>
        <translation>Tels qu&apos;imprimés ; les numéros sans +indicatif sont lus pour {country}</translation>
    </message>
    <message>
        <source>Consent given: &amp;yes, they agree to the wording below (required)</source>
        <translation>Consentement donné : oui, la &amp;personne accepte le texte ci-dessous (obligatoire)</translation>
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
        <source>When two laptops changed the same field before syncing, the later change was kept everywhere and the other is listed here. Choosing a value sends it to everyone.</source>
        <translation>Quand deux ordinateurs ont modifié le même champ avant de se synchroniser, la modification la plus récente a été gardée partout et l&apos;autre est listée ici. Choisir une valeur l&apos;envoie à tous.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflit à examiner</translation>
    </message>
    <message>
        <source>{n} conflicts to review</source>
        <translation>{n} conflits à examiner</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <source>File to import</source>
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
        <source>Reason</source>
        <translation>Raison</translation>
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
        <source>3. Check the rows, then import</source>
        <translation>3. Vérifiez les lignes, puis importez</translation>
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
        <source>Ready: {a} to add, {u} to update, {r} rejected (listed first, with the reason). Rejected rows are not imported.</source>
        <translation>Prêt : {a} à ajouter, {u} à mettre à jour, {r} refusées (listées en premier, avec la raison). Les lignes refusées ne sont pas importées.</translation>
    </message>
    <message>
        <source>Importing registrations</source>
        <translation>Import des inscriptions</translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated, {r} rejected.</source>
        <translation>Importé : {a} ajoutées, {u} mises à jour, {r} refusées.</translation>
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
        <source>QR code from an image…</source>
        <translation>Code QR depuis une image…</translation>
    </message>
    <message>
        <source>QR code from the clipboard</source>
        <translation>Code QR depuis le presse-papiers</translation>
    </message>
    <message>
        <source>QR code from the camera…</source>
        <translation>Code QR depuis la caméra…</translation>
    </message>
    <message>
        <source>Reading a QR code live from the camera is not available yet: take a photo of the code and use “QR code from an image”, or copy the image and use the clipboard.</source>
        <translation>La lecture d&apos;un code QR en direct depuis la caméra n&apos;est pas encore disponible : photographiez le code et utilisez « Code QR depuis une image », ou copiez l&apos;image et utilisez le presse-papiers.</translation>
    </message>
    <message>
        <source>No camera was found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>QR code from the camera (no camera found)</source>
        <translation>Code QR depuis la caméra (aucune caméra trouvée)</translation>
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
        <source>Follow-ups due ({n})</source>
        <translation>Suivis à faire ({n})</translation>
    </message>
    <message>
        <source>{n} leads</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 contact</translation>
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
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of vCards</source>
        <translation>Importer un dossier de vCards</translation>
    </message>
    <message>
        <source>Importing vCards</source>
        <translation>Import des vCards</translation>
    </message>
    <message>
        <source>{i} leads imported, {u} updated from {n} files.</source>
        <translation>{i} contacts importés, {u} mis à jour, depuis {n} fichiers.</translation>
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
        <source>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {n} leads to {path}</source>
        <translation>{n} contacts exportés vers {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>bioX Missions</source>
        <extracomment>The mission chosen in the selector changed (its id, or &quot;&quot; for none). Makes the sync service for a workspace (tests give one talking to an in-process server).</extracomment>
        <translation>bioX Missions</translation>
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
        <source>An &amp;interpreter is needed</source>
        <translation>Un &amp;interprète est nécessaire</translation>
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
    <message>
        <source>{n} groups to review.</source>
        <translation>{n} groupes à examiner.</translation>
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
        <translation>Déplacer le rendez-vous</translation>
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
        <source>Starts (%s)</source>
        <translation>Début (%s)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted on the GUI thread after a successful operation: a frozenset of changed areas (&quot;missions&quot;, &quot;roster&quot;, &quot;agenda&quot;, &quot;leads&quot;, &quot;agreements&quot;, &quot;sync&quot;, ...). Emitted when the number of running operations goes from 0 to 1 (True) or back (False).</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Impossible de terminer</translation>
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
        <source>Note</source>
        <translation>Note</translation>
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
    <message>
        <source>{n} delegates</source>
        <translation>{n} délégués</translation>
    </message>
    <message>
        <source>Checklist: {n} warnings, {t} to do</source>
        <translation>Liste de contrôle : {n} alertes, {t} à faire</translation>
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
        <translation>Alertes</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} alertes</translation>
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
        <source>The privacy policy, the consent wording and its version cannot be empty.</source>
        <translation>La politique de confidentialité, le texte de consentement et sa version ne peuvent pas être vides.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <extracomment>First retry after a failed automatic sync; doubles up to the timer interval. (state, message): state is &quot;online&quot;, &quot;offline&quot;, &quot;error&quot;, &quot;syncing&quot; or &quot;idle&quot;. Emitted after a successful sync with its report.</extracomment>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing with the server</source>
        <translation>Synchronisation avec le serveur</translation>
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
        <source>{path} is not a bioX Missions backup (it is not a SQLite database).</source>
        <translation>{path} n&apos;est pas une sauvegarde bioX Missions (ce n&apos;est pas une base SQLite).</translation>
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
        <source>City</source>
        <translation>Ville</translation>
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
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
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
        <source>Reason</source>
        <translation>Raison</translation>
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
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogrammés</translation>
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
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Écrivez les pauses sous la forme HH:mm-HH:mm, séparées par des virgules.</translation>
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
        <source>&apos;{country}&apos; is not an ISO 3166 country code (e.g. JP).</source>
        <translation>« {country} » n&apos;est pas un code pays ISO 3166 (p. ex. JP).</translation>
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
</context>
</TS>
