<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Offline — no sync server set up</source>
        <translation>Sin conexión — ningún servidor de sincronización configurado</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Online — the server refused some changes</source>
        <translation>En línea — el servidor rechazó algunos cambios</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline — server unreachable</source>
        <translation>Sin conexión — servidor inaccesible</translation>
    </message>
    <message>
        <source>Sync problem: {why}</source>
        <translation>Problema de sincronización: {why}</translation>
    </message>
    <message>
        <source>Not synced since start</source>
        <translation>Sin sincronizar desde el inicio</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Ningún cambio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln cambio en espera de envío</numerusform>
            <numerusform>%Ln cambios en espera de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Clúster de origen: {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} misiones en {c} países, {years}</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>clúster líder {name}</translation>
    </message>
    <message>
        <source>Delegate: {name} ({role})</source>
        <translation>Delegado: {name} ({role})</translation>
    </message>
    <message>
        <source>Meeting {day}: {who}{outcome}</source>
        <translation>Reunión {day}: {who}{outcome}</translation>
    </message>
    <message>
        <source>Lead: {name}{org}{rating}</source>
        <translation>Contacto: {name}{org}{rating}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Sync server</source>
        <translation>Servidor de sincronización</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Send my password over this &amp;unencrypted connection anyway</source>
        <translation>Enviar de todos modos mi contraseña por esta conexión &amp;no cifrada</translation>
    </message>
    <message>
        <source>Laptops signed in to this account</source>
        <translation>Portátiles con sesión iniciada en esta cuenta</translation>
    </message>
    <message>
        <source>Signed-in laptops</source>
        <translation>Portátiles con sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected laptop</source>
        <translation>&amp;Revocar el portátil seleccionado</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Sesión iniciada en {server} como {user}.</translation>
    </message>
    <message>
        <source>Not signed in. Your work stays on this laptop until you sign in; nothing is lost meanwhile.</source>
        <translation>Sin sesión. Su trabajo se queda en este portátil hasta que inicie sesión; mientras tanto no se pierde nada.</translation>
    </message>
    <message>
        <source>The list of laptops is not available: {why}</source>
        <translation>La lista de portátiles no está disponible: {why}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{name} (signed in {created}, last seen {seen})</source>
        <translation>{name} (sesión iniciada: {created}, última actividad: {seen})</translation>
    </message>
    <message>
        <source> — this laptop</source>
        <translation> — este portátil</translation>
    </message>
    <message>
        <source>The laptop could not be revoked: {why}</source>
        <translation>No se pudo revocar el portátil: {why}</translation>
    </message>
    <message>
        <source>Give the server address, your user name and password.</source>
        <translation>Indique la dirección del servidor, su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Sign-in failed: {why}</source>
        <translation>Error al iniciar sesión: {why}</translation>
    </message>
</context>
<context>
    <name>AgendaGridPage</name>
    <message>
        <source>B2B session</source>
        <extracomment>A keyboard pick-up (the meeting&apos;s id) or its end (&quot;&quot;). The meeting moved last: the selection follows it to its new cell.</extracomment>
        <translation>Sesión B2B</translation>
    </message>
    <message>
        <source>Loc&amp;k the meetings I move</source>
        <translation>&amp;Bloquear las reuniones que muevo</translation>
    </message>
    <message>
        <source>A locked meeting stays where you put it when the scheduler runs again; unlock it to let the scheduler place it.</source>
        <translation>Una reunión bloqueada se queda donde usted la puso cuando el planificador vuelve a ejecutarse; desbloquéela para que el planificador la coloque.</translation>
    </message>
    <message>
        <source>Move &amp;to…</source>
        <translation>Mover &amp;a…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Move the selected meeting to…</source>
        <translation>Mover la reunión seleccionada a…</translation>
    </message>
    <message>
        <source>Lock the selected meeting</source>
        <translation>Bloquear la reunión seleccionada</translation>
    </message>
    <message>
        <source>Unlock the selected meeting</source>
        <translation>Desbloquear la reunión seleccionada</translation>
    </message>
    <message>
        <source>Meetings of the session by slot and table</source>
        <translation>Reuniones de la sesión por franja y mesa</translation>
    </message>
    <message>
        <source>Drag a meeting to a free cell (highlighted), or select it, press Enter, choose a cell with the arrow keys and press Enter again.</source>
        <translation>Arrastre una reunión a una celda libre (resaltada), o selecciónela, pulse Intro, elija una celda con las teclas de flecha y vuelva a pulsar Intro.</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>This mission has no B2B session with slots and tables yet.</source>
        <translation>Esta misión aún no tiene ninguna sesión B2B con franjas y mesas.</translation>
    </message>
    <message>
        <source>Off the grid (no slot or table; move them with Move…): {names}</source>
        <translation>Fuera de la cuadrícula (sin franja ni mesa; muévalas con Mover…): {names}</translation>
    </message>
    <message>
        <source>Moving {who}: choose a highlighted cell with the arrow keys and press Enter (Escape leaves it where it was).</source>
        <translation>Moviendo la reunión {who}: elija una celda resaltada con las teclas de flecha y pulse Intro (Escape la deja donde estaba).</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>No se movió: {reason}</translation>
    </message>
    <message>
        <source>{time}, table {table}</source>
        <translation>{time}, mesa {table}</translation>
    </message>
    <message>
        <source>Moving to {where}…</source>
        <translation>Moviendo a {where}…</translation>
    </message>
    <message>
        <source>Moved to {where}.</source>
        <translation>Movida a {where}.</translation>
    </message>
    <message>
        <source>Meeting locked.</source>
        <translation>Reunión bloqueada.</translation>
    </message>
    <message>
        <source>Meeting unlocked.</source>
        <translation>Reunión desbloqueada.</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Mover a…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancelar reunión</translation>
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
        <translation>&amp;Programar…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Import ICS…</source>
        <translation>&amp;Importar ICS…</translation>
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
        <translation>E&amp;xportar todo…</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The counterpart link dialog opened last (for tests).</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <source>Whose agenda</source>
        <translation>Agenda de quién</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Agenda of:</source>
        <translation>Agenda de:</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Enla&amp;ce…</translation>
    </message>
    <message>
        <source>Calendar feed link of this person</source>
        <translation>Enlace del calendario de esta persona</translation>
    </message>
    <message>
        <source>A private address that keeps this person&apos;s phone calendar up to date</source>
        <translation>Una dirección privada que mantiene al día el calendario del teléfono de esta persona</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <extracomment>The feed link dialog opened last (for tests).</extracomment>
        <translation>&amp;Nuevo elemento…</translation>
    </message>
    <message>
        <source>Edit i&amp;tem…</source>
        <translation>&amp;Editar elemento…</translation>
    </message>
    <message>
        <source>De&amp;lete item</source>
        <translation>&amp;Eliminar elemento</translation>
    </message>
    <message>
        <source>&amp;Venues…</source>
        <translation>&amp;Lugares…</translation>
    </message>
    <message>
        <source>Programme over all days</source>
        <translation>Programa de todos los días</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>&amp;Cancel meetings</source>
        <translation>&amp;Cancelar reuniones</translation>
    </message>
    <message>
        <source>Cancel the selected meetings</source>
        <translation>Cancelar las reuniones seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Resultado…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Desbloq&amp;uear</translation>
    </message>
    <message>
        <source>Lock the selected meetings</source>
        <translation>Bloquear las reuniones seleccionadas</translation>
    </message>
    <message>
        <source>Unlock the selected meetings</source>
        <translation>Desbloquear las reuniones seleccionadas</translation>
    </message>
    <message>
        <source>Add mee&amp;ting…</source>
        <extracomment>The meetings list&apos;s context menu shown last (for tests).</extracomment>
        <translation>Añadir &amp;reunión…</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>Añadir una reunión</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>D&amp;ecline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Expi&amp;re</source>
        <translation>Marcar &amp;vencidas</translation>
    </message>
    <message>
        <source>Mark the selected requests expired</source>
        <translation>Marcar como vencidas las solicitudes seleccionadas</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>New meeting request</source>
        <translation>Nueva solicitud de reunión</translation>
    </message>
    <message>
        <source>Counterpart &amp;page…</source>
        <translation>Página de la &amp;contraparte…</translation>
    </message>
    <message>
        <source>Page link of the foreign person of the selected request</source>
        <translation>Enlace de la página de la persona extranjera de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>A private page where the foreign person answers requests, gives availability, asks for meetings and sees their agenda (needs the sync server)</source>
        <translation>Una página privada donde la persona extranjera responde a las solicitudes, indica su disponibilidad, pide reuniones y ve su agenda (requiere el servidor de sincronización)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>B2B grid</source>
        <translation>Cuadrícula B2B</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>local time: {z} · home time: {h}</source>
        <translation>hora local: {z} · hora de origen: {h}</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programa completo</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) ({d} draft, {c} changed since published);</source>
        <translation>
            <numerusform>%n reunión ({d} en borrador, {c} modificadas desde la publicación);</numerusform>
            <numerusform>%n reuniones ({d} en borrador, {c} modificadas desde la publicación);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s).</source>
        <translation>
            <numerusform>%n conflicto.</numerusform>
            <numerusform>%n conflictos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n meeting(s).</source>
        <translation>
            <numerusform>Publicada %n reunión.</numerusform>
            <numerusform>Publicadas %n reuniones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings cancelled</source>
        <translation>
            <numerusform>%n reunión cancelada</numerusform>
            <numerusform>%n reuniones canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n meetings</source>
        <translation>
            <numerusform>Bloquear %n reunión</numerusform>
            <numerusform>Bloquear %n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n meetings</source>
        <translation>
            <numerusform>Desbloquear %n reunión</numerusform>
            <numerusform>Desbloquear %n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n meetings</source>
        <translation>
            <numerusform>Cancelar %n reunión</numerusform>
            <numerusform>Cancelar %n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted</source>
        <translation>
            <numerusform>%n solicitud aceptada</numerusform>
            <numerusform>%n solicitudes aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined</source>
        <translation>
            <numerusform>%n solicitud rechazada</numerusform>
            <numerusform>%n solicitudes rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) marked expired</source>
        <translation>
            <numerusform>%n solicitud marcada como vencida</numerusform>
            <numerusform>%n solicitudes marcadas como vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) locked</source>
        <translation>
            <numerusform>%n reunión bloqueada</numerusform>
            <numerusform>%n reuniones bloqueadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) unlocked</source>
        <translation>
            <numerusform>%n reunión desbloqueada</numerusform>
            <numerusform>%n reuniones desbloqueadas</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>{t} tables, {m}-minute slots</source>
        <translation>{t} mesas, franjas de {m} minutos</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>{status}, asked by {name} (counterpart page)</source>
        <translation>{status}, solicitada por {name} (página de la contraparte)</translation>
    </message>
    <message>
        <source>{status}, answered by {name} (counterpart page)</source>
        <translation>{status}, respondida por {name} (página de la contraparte)</translation>
    </message>
    <message>
        <source>Can attend: {sessions}</source>
        <translation>Puede asistir: {sessions}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
    <message>
        <source>Scheduling meetings</source>
        <translation>Programando reuniones</translation>
    </message>
    <message>
        <source>Nothing to schedule: this mission has no accepted meeting requests yet.</source>
        <translation>Nada que programar: esta misión aún no tiene solicitudes de reunión aceptadas.</translation>
    </message>
    <message>
        <source>Draft ready: {n} of {r} requests scheduled ({new} new, {kept} kept), weight {w}{opt}, {g} idle gaps. Review and move meetings, then Publish.</source>
        <translation>Borrador listo: {n} de {r} solicitudes programadas ({new} nuevas, {kept} conservadas), peso {w}{opt}, {g} huecos libres. Revise y mueva las reuniones y luego publique.</translation>
    </message>
    <message>
        <source> (optimal)</source>
        <translation> (óptimo)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling cancelled; nothing was changed.</source>
        <translation>Programación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Publishing sends {a} new meetings, {m} moved or changed and {c} cancelled to {p} people. Publish now?</source>
        <translation>La publicación envía {a} reuniones nuevas, {m} movidas o modificadas y {c} canceladas a {p} personas. ¿Publicar ahora?</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>{n} añadidas</translation>
    </message>
    <message>
        <source>{n} moved</source>
        <translation>{n} movidas</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} canceladas</translation>
    </message>
    <message>
        <source>Publish the agenda</source>
        <translation>Publicar la agenda</translation>
    </message>
    <message>
        <source>and {n} more people (see the details)</source>
        <translation>y {n} personas más (consulte los detalles)</translation>
    </message>
    <message>
        <source>{k} left as they were: {why}</source>
        <translation>{k} se quedaron como estaban: {why}</translation>
    </message>
    <message>
        <source>(undo from Imports…)</source>
        <translation>(deshacer desde Importaciones…)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Importar un programa</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Importando el programa</translation>
    </message>
    <message>
        <source>{f}: {c} items added, {u} updated.</source>
        <translation>{f}: {c} elementos añadidos, {u} actualizados.</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Guardar la agenda en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>Escribiendo el PDF</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>{p} guardado</translation>
    </message>
    <message>
        <source>Choose whose agenda first (Day tab).</source>
        <translation>Elija primero de quién es la agenda (pestaña Día).</translation>
    </message>
    <message>
        <source>Select a request that names the person to meet first (Requests tab).</source>
        <translation>Seleccione primero una solicitud que indique la persona con quien reunirse (pestaña Solicitudes).</translation>
    </message>
    <message numerus="yes">
        <source>Counterpart page links revoked: %n</source>
        <translation>
            <numerusform>Enlace de página de contraparte revocado: %n</numerusform>
            <numerusform>Enlaces de página de contraparte revocados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar links revoked: %n</source>
        <translation>
            <numerusform>Enlace de calendario revocado: %n</numerusform>
            <numerusform>Enlaces de calendario revocados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; the files already written are complete.</source>
        <translation>Exportación cancelada; los archivos ya escritos están completos.</translation>
    </message>
    <message>
        <source>Exporting the agendas…</source>
        <translation>Exportando las agendas…</translation>
    </message>
    <message>
        <source>Exporting all agendas</source>
        <translation>Exportación de todas las agendas</translation>
    </message>
    <message>
        <source>{n} agendas written to {folder} ({f} files).</source>
        <translation>{n} agendas escritas en {folder} ({f} archivos).</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Editar acuerdo</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>The agreement has a signature date</source>
        <translation>El acuerdo tiene fecha de firma</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>(no mission)</source>
        <translation>(ninguna misión)</translation>
    </message>
    <message>
        <source>Organisation to add as a party</source>
        <translation>Organización que añadir como parte</translation>
    </message>
    <message>
        <source>Role of the party</source>
        <translation>Función de la parte</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Añadir parte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Meetings and leads it came from</source>
        <translation>Reuniones y contactos de los que surgió</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Misión</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Partes</translation>
    </message>
    <message>
        <source>Came &amp;from</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Choose an organisation from the list.</source>
        <translation>Elija una organización de la lista.</translation>
    </message>
    <message>
        <source>Choose the mission to link its meetings and leads.</source>
        <translation>Elija la misión para vincular sus reuniones y contactos.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <source>{n} meeting(s)</source>
        <translation>{n} reunión(es)</translation>
    </message>
    <message>
        <source>{n} lead(s)</source>
        <translation>{n} contacto(s)</translation>
    </message>
</context>
<context>
    <name>AgreementsScreen</name>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Show agreements of kind</source>
        <translation>Mostrar acuerdos del tipo</translation>
    </message>
    <message>
        <source>Current mission only</source>
        <translation>Solo la misión actual</translation>
    </message>
    <message>
        <source>Search title, party or notes</source>
        <translation>Buscar título, parte o notas</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Buscar acuerdos</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nuevo acuerdo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>A&amp;ttach document…</source>
        <translation>&amp;Adjuntar documento…</translation>
    </message>
    <message>
        <source>Sa&amp;ve document…</source>
        <translation>&amp;Guardar documento…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Only those still to do</source>
        <translation>Solo los pendientes</translation>
    </message>
    <message>
        <source>&amp;Record outcome…</source>
        <translation>&amp;Registrar resultado…</translation>
    </message>
    <message>
        <source>Follow-ups after meetings</source>
        <translation>Seguimientos tras las reuniones</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s), {s} signed</source>
        <translation>
            <numerusform>%n acuerdo, firmados: {s}</numerusform>
            <numerusform>%n acuerdos, firmados: {s}</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} vencidos</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Eliminar acuerdo</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar «{title}»?</translation>
    </message>
    <message>
        <source>Its parties, links and documents go with it, for everyone, at the next sync.</source>
        <translation>Sus partes, vínculos y documentos se eliminan con él, para todos, en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Attach the signed document</source>
        <translation>Adjuntar el documento firmado</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Documentos (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Imports</source>
        <extracomment>Every area an undo may touch: screens reload what they show.</extracomment>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Every import can be undone: fields go back to their earlier values unless someone changed them since, and what the import added is removed.</source>
        <translation>Toda importación se puede deshacer: los campos recuperan sus valores anteriores salvo que alguien los haya cambiado después, y se elimina lo que la importación añadió.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Aún no hay importaciones.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>Undo “{what}”? Records it added ({added}) are removed and the values it changed ({changed} records) go back, except where someone edited them since.</source>
        <translation>¿Deshacer «{what}»? Se eliminan los registros que añadió ({added}) y los valores que cambió ({changed} registros) vuelven atrás, salvo donde alguien los haya editado después.</translation>
    </message>
    <message>
        <source>Undone: {removed} records removed, {restored} values restored.</source>
        <translation>Deshecho: {removed} registros eliminados, {restored} valores restablecidos.</translation>
    </message>
    <message>
        <source>{kept} values were edited after the import and kept.</source>
        <translation>{kept} valores se editaron después de la importación y se conservaron.</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <source>Briefing pack of the chosen mission</source>
        <extracomment>Emitted after the documents of the shown mission were loaded (the mission id). Emitted after files were added: how many were new or changed, and how many unchanged.</extracomment>
        <translation>Dosier informativo de la misión elegida</translation>
    </message>
    <message>
        <source>Briefing documents of the mission</source>
        <extracomment>Opens a saved document with the system&apos;s viewer (tests give their own).</extracomment>
        <translation>Documentos informativos de la misión</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Añadir &amp;documentos…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <source>No documents yet: add country reports, partner contacts or practical notes.</source>
        <translation>Aún no hay documentos: añada informes del país, contactos de socios o notas prácticas.</translation>
    </message>
    <message>
        <source>Add to the briefing pack</source>
        <translation>Añadir al dosier informativo</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Documentos (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
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
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Edit lead</source>
        <extracomment>How a field a scan filled looks until the person edits it. A field the card&apos;s OCR was unsure of.</extracomment>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Registro rápido</translation>
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
        <translation>(ninguna reunión)</translation>
    </message>
    <message>
        <source>Not asked yet: consent missing</source>
        <translation>Aún no se ha preguntado: sin consentimiento</translation>
    </message>
    <message>
        <source>Consent: yes, they agree to the wording below (Alt+Y)</source>
        <translation>Consentimiento: sí, acepta el texto siguiente (Alt+Y)</translation>
    </message>
    <message>
        <source>Legitimate interest (no consent asked)</source>
        <translation>Interés legítimo (sin pedir consentimiento)</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base jurídica</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Romanised</source>
        <translation>Nombre &amp;romanizado</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>&amp;Correos electrónicos</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Teléfonos</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>&amp;Interés</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>Ne&amp;xt action</source>
        <translation>&amp;Próxima acción</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Fecha &amp;límite</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>Re&amp;unión</translation>
    </message>
    <message>
        <source>Messa&amp;ging</source>
        <translation>&amp;Mensajería</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>Lin&amp;kedIn</translation>
    </message>
    <message>
        <source>&amp;Visible to</source>
        <translation>&amp;Visible para</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>S&amp;can code…</source>
        <translation>Escanear códi&amp;go…</translation>
    </message>
    <message>
        <source>Read a contact QR code, a messaging profile code or a badge with the camera</source>
        <translation>Leer con la cámara un código QR de contacto, un código de perfil de mensajería o una acreditación</translation>
    </message>
    <message>
        <source>Card p&amp;hoto…</source>
        <translation>Foto de la tar&amp;jeta…</translation>
    </message>
    <message>
        <source>Read a business card from a photo (pick both sides of a two-sided card)</source>
        <translation>Leer una tarjeta de visita desde una foto (elija las dos caras si la tarjeta tiene dos)</translation>
    </message>
    <message>
        <source>Legal &amp;basis (required)</source>
        <translation>&amp;Base jurídica (obligatoria)</translation>
    </message>
    <message>
        <source>Contact card of {name} read: check the highlighted fields, then save.</source>
        <translation>Tarjeta de contacto de {name} leída: revise los campos resaltados y luego guarde.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>{network} profile read.</source>
        <translation>Perfil de {network} leído.</translation>
    </message>
    <message>
        <source>Card photo</source>
        <translation>Foto de tarjeta</translation>
    </message>
    <message>
        <source>The clipboard holds a picture. Read it as the card?</source>
        <translation>El portapapeles contiene una imagen. ¿Leerla como la tarjeta?</translation>
    </message>
    <message>
        <source>Read the &amp;clipboard picture</source>
        <translation>Leer la imagen del &amp;portapapeles</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Elegir &amp;archivos…</translation>
    </message>
    <message>
        <source>Photos of the card (one or both sides)</source>
        <translation>Fotos de la tarjeta (una o ambas caras)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Leyendo la tarjeta…</translation>
    </message>
    <message>
        <source>The card was hard to read here: check it</source>
        <translation>La tarjeta era difícil de leer aquí: compruébelo</translation>
    </message>
    <message>
        <source>Card read: check each field (orange: the OCR was unsure), then save.</source>
        <translation>Tarjeta leída: revise cada campo (naranja: el OCR no estaba seguro) y luego guarde.</translation>
    </message>
    <message>
        <source>Participant of {list}: {name}, {organisation} — use their details</source>
        <translation>Participante de {list}: {name}, {organisation} — usar sus datos</translation>
    </message>
    <message>
        <source>Badge {badge} is not in an imported attendee list: type the details (the badge number is kept in the notes).</source>
        <translation>La acreditación {badge} no está en ninguna lista de asistentes importada: escriba los datos (el número de acreditación se guarda en las notas).</translation>
    </message>
    <message>
        <source>Badge of {name} ({organisation}) from the attendee list {list}: check and save.</source>
        <translation>Acreditación de {name} ({organisation}) de la lista de asistentes {list}: revise y guarde.</translation>
    </message>
    <message>
        <source>Badge {badge}</source>
        <translation>Acreditación {badge}</translation>
    </message>
    <message>
        <source>Filled by the scan: check it</source>
        <translation>Rellenado por el escaneo: compruébelo</translation>
    </message>
    <message>
        <source>Enter saves · Tab moves · Alt+underlined letter jumps to a field</source>
        <translation>Intro guarda · Tab avanza · Alt+letra subrayada salta a un campo</translation>
    </message>
    <message>
        <source>“{typed}” could be read in more than one country. Which number is it?</source>
        <extracomment>Numbers the person chose to keep as typed (saved unconfirmed, never rewritten).</extracomment>
        <translation>«{typed}» puede interpretarse en más de un país. ¿De qué número se trata?</translation>
    </message>
    <message>
        <source>Keep as typed, confirm later</source>
        <translation>Mantener tal como se escribió, confirmar después</translation>
    </message>
    <message>
        <source>As printed; numbers without +country are read in {country}</source>
        <translation>Tal como aparecen; los números sin +prefijo de país se interpretan en {country}</translation>
    </message>
    <message>
        <source>(this lead&apos;s meeting)</source>
        <translation>(reunión de este contacto)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>clock far in the future</source>
        <translation>reloj muy adelantado</translation>
    </message>
    <message>
        <source>edited on two laptops</source>
        <translation>editado en dos portátiles</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>{person} on {laptop}, {when}</source>
        <translation>{person} en {laptop}, {when}</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Mantener el valor conservado</translation>
    </message>
    <message>
        <source>Use the &amp;other value</source>
        <translation>Usar el &amp;otro valor</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Cargar más</translation>
    </message>
    <message>
        <source>When two laptops changed the same field before syncing, the later change was kept everywhere and the other is listed here. Choosing a value sends it to everyone.</source>
        <translation>Cuando dos portátiles cambiaron el mismo campo antes de sincronizar, se conservó en todas partes el cambio posterior y el otro aparece aquí. Elegir un valor lo envía a todos.</translation>
    </message>
    <message>
        <source>{author}&apos;s laptop {device}: {n} changes set aside because its clock was far ahead; they are sent again once its clock is right.</source>
        <translation>Portátil {device} de {author}: {n} cambios apartados porque su reloj iba muy adelantado; se envían de nuevo cuando su reloj esté en hora.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No hay conflictos que revisar.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) shown, more on the server</source>
        <translation>
            <numerusform>%n conflicto mostrado, hay más en el servidor</numerusform>
            <numerusform>%n conflictos mostrados, hay más en el servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflicto que revisar</numerusform>
            <numerusform>%n conflictos que revisar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterpartLinkDialog</name>
    <message>
        <source>Counterpart page — {name}</source>
        <translation>Página de la contraparte — {name}</translation>
    </message>
    <message>
        <source>Counterpart page address</source>
        <translation>Dirección de la página de la contraparte</translation>
    </message>
    <message>
        <source>QR code of the counterpart page address</source>
        <translation>Código QR de la dirección de la página de la contraparte</translation>
    </message>
    <message>
        <source>Send this address to {name} (or let them scan the code): in their language, they answer the delegation&apos;s requests, say which B2B sessions they can attend, ask for a meeting and see their agenda. Their answers arrive with the next sync. Anyone with the address can answer for them; revoke it if it reaches the wrong person.</source>
        <translation>Envíe esta dirección a {name} (o deje que escanee el código): en su idioma, responde a las solicitudes de la delegación, indica a qué sesiones B2B puede asistir, pide una reunión y ve su agenda. Sus respuestas llegan con la siguiente sincronización. Cualquiera que tenga la dirección puede responder en su nombre; revóquela si llega a la persona equivocada.</translation>
    </message>
    <message>
        <source>The link works until {date}.</source>
        <translation>El enlace funciona hasta el {date}.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>&apos;{text}&apos; is not a date: type {hint}</source>
        <translation>«{text}» no es una fecha: escriba {hint}</translation>
    </message>
    <message>
        <source>{iso} or {local}</source>
        <translation>{iso} o {local}</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <extracomment>Why the text is refused once typing ends (&quot;&quot; once it is readable again); a form shows it under the field (FieldForm connects it). The form field whose ValidationError an unreadable text raises.</extracomment>
        <translation>Elegir un día</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>&apos;{text}&apos; is not a date and time: type {hint}</source>
        <translation>«{text}» no es una fecha y hora: escriba {hint}</translation>
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
        <translation>Editar delegado</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Añadir delegado</translation>
    </message>
    <message>
        <source>e.g. 山田太郎</source>
        <translation>p. ej. 山田太郎</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, local time</source>
        <translation>AAAA-MM-DD HH:MM, hora local</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Nombre en escritura original</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>&amp;Estado de inscripción</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Vuelo de llegada</translation>
    </message>
    <message>
        <source>&amp;Arrives</source>
        <translation>&amp;Llega</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Vuelo de salida</translation>
    </message>
    <message>
        <source>&amp;Departs</source>
        <translation>&amp;Sale</translation>
    </message>
    <message>
        <source>&amp;Hotel</source>
        <translation>&amp;Hotel</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>Caducidad del &amp;pasaporte</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Visado</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Teléfono de emergencia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Horas locales de {zone}.</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(deshecho)</translation>
    </message>
    <message>
        <source>History: {batches}</source>
        <translation>Historial: {batches}</translation>
    </message>
    <message>
        <source>(visible to the mission&apos;s leaders)</source>
        <translation>(visible para los jefes de la misión)</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase this person</source>
        <extracomment>What the erasure did, once it is done (None before, or when it failed).</extracomment>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase {name} from this laptop, the server and every laptop that syncs?

Their name, e-mails, phones, photo and notes, their leads, consents, follow-up notes, roster entries, meeting and programme places, merge history, unsent changes and the backups that hold them are removed. Only a record of the erasure stays (who, when, why), so that importing their card again warns.

This cannot be undone.</source>
        <translation>¿Borrar a {name} de este portátil, del servidor y de todos los portátiles que se sincronizan?

Se eliminan su nombre, correos electrónicos, teléfonos, foto y notas, sus contactos, consentimientos, notas de seguimiento, entradas en listas, puestos en reuniones y en el programa, historial de fusiones, cambios no enviados y las copias de seguridad que los contienen. Solo queda constancia del borrado (quién, cuándo, por qué), para que importar de nuevo su tarjeta genere un aviso.

Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>&amp;Basis (the request, the legal ground):</source>
        <translation>&amp;Fundamento (la solicitud, la base jurídica):</translation>
    </message>
    <message>
        <source>Basis of the erasure</source>
        <translation>Fundamento del borrado</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Erase the person</source>
        <translation>Borrar a la persona</translation>
    </message>
</context>
<context>
    <name>ExportAllDialog</name>
    <message>
        <source>Export all agendas</source>
        <translation>Exportar todas las agendas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Also write &amp;mail drafts (.eml) with both files attached</source>
        <translation>Escribir también &amp;borradores de correo (.eml) con ambos archivos adjuntos</translation>
    </message>
    <message>
        <source>Also write mail drafts</source>
        <translation>Escribir también borradores de correo</translation>
    </message>
    <message>
        <source>One PDF and one calendar file (.ics) per delegate and per counterpart, named after the person. Files of the same name are replaced.</source>
        <translation>Un PDF y un archivo de calendario (.ics) por delegado y por contraparte, con el nombre de la persona. Los archivos con el mismo nombre se sustituyen.</translation>
    </message>
    <message>
        <source>Export all agendas to</source>
        <translation>Exportar todas las agendas a</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
</context>
<context>
    <name>FeedLinkDialog</name>
    <message>
        <source>Calendar link — {name}</source>
        <translation>Enlace del calendario — {name}</translation>
    </message>
    <message>
        <source>Calendar feed address</source>
        <translation>Dirección de suscripción del calendario</translation>
    </message>
    <message>
        <source>QR code of the calendar feed address</source>
        <translation>Código QR de la dirección de suscripción del calendario</translation>
    </message>
    <message>
        <source>Subscribe to this address in a calendar program or scan the code with a phone: the published agenda stays up to date there. Anyone with the address can read the agenda; revoke it if it reaches the wrong person.</source>
        <translation>Suscríbase a esta dirección en un programa de calendario o escanee el código con un teléfono: la agenda publicada se mantiene al día allí. Cualquiera que tenga la dirección puede leer la agenda; revóquela si llega a la persona equivocada.</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the follow-up</source>
        <translation>Registrar el seguimiento</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Qué resultó</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Valoración de 1 (frío) a 5 (muy prometedor)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Rating (1–5)</source>
        <translation>&amp;Valoración (1–5)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencido)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>FormGuard</name>
    <message>
        <source>Discard what you typed?</source>
        <extracomment>Error text; a template for theme.tint(), which fills in the theme&apos;s warning colour. Where messages of fields without a row go (None: they are not shown here). Fields whose messages show under another field&apos;s row (&quot;organisation_id&quot; under &quot;organisation&quot;). The open &quot;discard what you typed?&quot; question, if any (tests answer it).</extracomment>
        <translation>¿Descartar lo que ha escrito?</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and lose them?</source>
        <translation>Este formulario tiene cambios sin guardar. ¿Cerrarlo y perderlos?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>ImportBasisDialog</name>
    <message>
        <source>Import leads</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Legal basis of the imported leads</source>
        <translation>Base jurídica de los contactos importados</translation>
    </message>
    <message>
        <source>None recorded: mark them “consent missing”</source>
        <translation>Ninguna registrada: marcarlos como «sin consentimiento»</translation>
    </message>
    <message>
        <source>Consent: they agreed to our consent wording</source>
        <translation>Consentimiento: aceptaron nuestro texto de consentimiento</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interés legítimo</translation>
    </message>
    <message>
        <source>On which legal basis are these people&apos;s details kept? Choose consent only when each of them agreed to the wording in Settings › Privacy. Leads without a basis are listed under “Consent missing” until one is recorded.</source>
        <translation>¿Con qué base jurídica se conservan los datos de estas personas? Elija el consentimiento solo si cada una de ellas aceptó el texto de Configuración › Privacidad. Los contactos sin base figuran en la lista «Sin consentimiento» hasta que se registre una.</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>&amp;Base jurídica</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import registrations</source>
        <translation>Importar inscripciones</translation>
    </message>
    <message>
        <source>File to import</source>
        <extracomment>The batch the import made (set once imported; the undo takes it back).</extracomment>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>A .csv or .xlsx registration export</source>
        <translation>Una exportación de inscripciones .csv o .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>&amp;Leer archivo</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Campo de la lista</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Empty cells clear fields</source>
        <translation>Las &amp;celdas vacías borran los campos</translation>
    </message>
    <message>
        <source>When ticked, an empty cell empties its field (hotel, flight, needs...). Names, e-mails, phones, company, role and status are never emptied.</source>
        <translation>Si está marcada, una celda vacía borra su campo (hotel, vuelo, necesidades...). Los nombres, correos, teléfonos, empresa, función y estado nunca se vacían.</translation>
    </message>
    <message>
        <source>Rows of the import</source>
        <translation>Filas de la importación</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Cambios o motivo</translation>
    </message>
    <message>
        <source>3. Check the rows and their changes, then import</source>
        <translation>3. Revise las filas y sus cambios, luego importe</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Ready: {a} to add, {u} to update, {n} unchanged, {r} rejected (listed first, with the reason). Nothing is saved until you click Import.</source>
        <translation>Listo: {a} para añadir, {u} para actualizar, {n} sin cambios, {r} rechazadas (al principio de la lista, con el motivo). No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Imported: {a} added, {u} updated, {n} unchanged, {r} rejected.</source>
        <translation>Importado: {a} añadidas, {u} actualizadas, {n} sin cambios, {r} rechazadas.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Import undone: {r} fields restored, {n} records removed.</source>
        <translation>Importación deshecha: {r} campos restablecidos, {n} registros eliminados.</translation>
    </message>
    <message>
        <source>{k} fields edited since the import were kept as they are.</source>
        <translation>{k} campos editados desde la importación se conservaron tal cual.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Elija el archivo</translation>
    </message>
    <message>
        <source>2. Match its columns to roster fields</source>
        <translation>2. Asocie sus columnas a los campos de la lista</translation>
    </message>
    <message>
        <source>Registration exports (*.csv *.xlsx)</source>
        <translation>Exportaciones de inscripciones (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Campo para la columna {name}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>{n} rows read from {file}.</source>
        <translation>{n} filas leídas de {file}.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualizar</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Importing registrations</source>
        <translation>Importando inscripciones</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Editar elemento del programa</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Nuevo elemento del programa</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>(ningún lugar)</translation>
    </message>
    <message>
        <source>ends the &amp;next day</source>
        <translation>termina al día &amp;siguiente</translation>
    </message>
    <message>
        <source>Ends the next day</source>
        <translation>Termina al día siguiente</translation>
    </message>
    <message>
        <source>The &amp;whole delegation</source>
        <translation>Toda la &amp;delegación</translation>
    </message>
    <message>
        <source>The whole delegation attends</source>
        <translation>Asiste toda la delegación</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. 10:30-10:45, 12:00-13:00</source>
        <translation>p. ej. 10:30-10:45, 12:00-13:00</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Empieza – termina</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Empieza (hora local)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Termina (hora local)</translation>
    </message>
    <message>
        <source>Who &amp;attends</source>
        <translation>Quién &amp;asiste</translation>
    </message>
    <message>
        <source>S&amp;lot length</source>
        <translation>Duración de las &amp;franjas</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>&amp;Mesas</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>Descri&amp;pción</translation>
    </message>
    <message>
        <source>Local time ({z})</source>
        <translation>Hora local ({z})</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Escriba las pausas como HH:mm-HH:mm, separadas por comas.</translation>
    </message>
    <message>
        <source>“{p}” is not a time of day.</source>
        <translation>«{p}» no es una hora del día.</translation>
    </message>
    <message>
        <source>Tick who attends, or choose the whole delegation.</source>
        <translation>Marque quién asiste o elija toda la delegación.</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>{n} of 5</source>
        <extracomment>Rows fetched per request when the view scrolls to rows not yet loaded. The user asked for another order: (sort key, descending).</extracomment>
        <translation>{n} de 5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>LeadsScreen</name>
    <message>
        <source>Leads</source>
        <extracomment>Emitted after every reload with the number of leads listed.</extracomment>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Search names, companies, e-mails, phones, notes…</source>
        <translation>Buscar nombres, empresas, correos, teléfonos, notas…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>Quick capture (Ctrl+L, from any screen)</source>
        <translation>Registro rápido (Ctrl+L, desde cualquier pantalla)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>vCard files…</source>
        <translation>Archivos vCard…</translation>
    </message>
    <message>
        <source>Folder of vCards…</source>
        <translation>Carpeta de vCards…</translation>
    </message>
    <message>
        <source>Attendee list of an event (CSV, XLSX)…</source>
        <translation>Lista de asistentes de un evento (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>QR code from an image…</source>
        <translation>Código QR desde una imagen…</translation>
    </message>
    <message>
        <source>QR code from the clipboard</source>
        <translation>Código QR desde el portapapeles</translation>
    </message>
    <message>
        <source>No camera was found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Consent missing</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <source>Which leads</source>
        <translation>Qué contactos</translation>
    </message>
    <message>
        <source>Mission filter</source>
        <translation>Filtro de misión</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Todas las misiones</translation>
    </message>
    <message>
        <source>Interest filter</source>
        <translation>Filtro de interés</translation>
    </message>
    <message>
        <source>Any interest</source>
        <translation>Cualquier interés</translation>
    </message>
    <message>
        <source>{stars} or more</source>
        <translation>{stars} o más</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Lead detail and history</source>
        <translation>Detalle e historial del contacto</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Seguimiento…</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Seguimiento &amp;hecho</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation>Exportar todo sobre esta persona…</translation>
    </message>
    <message>
        <source>Everything this laptop holds about the person, with sources and dates, as a JSON file they can read (right of access)</source>
        <translation>Todo lo que este portátil guarda sobre la persona, con fuentes y fechas, en un archivo JSON que ella puede leer (derecho de acceso)</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Erase this person everywhere</source>
        <translation>Borrar a esta persona en todas partes</translation>
    </message>
    <message>
        <source>Follow-ups due ({n})</source>
        <translation>Seguimientos pendientes ({n})</translation>
    </message>
    <message>
        <source>Scan with the camera…</source>
        <translation>Escanear con la cámara…</translation>
    </message>
    <message>
        <source>Scan with the camera (no camera found)</source>
        <translation>Escanear con la cámara (no se encontró ninguna cámara)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No lead matches “{text}”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún contacto coincide con «{text}».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No leads yet. Press &lt;b&gt;Ctrl+L&lt;/b&gt; to capture one, or import vCards or a QR code.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay contactos. Pulse &lt;b&gt;Ctrl+L&lt;/b&gt; para registrar uno, o importe vCards o un código QR.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>(as typed: edit the lead to confirm its country)</source>
        <translation>(tal como se escribió: edite el contacto para confirmar su país)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible para</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Follow-up planned</source>
        <translation>Seguimiento previsto</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Delete the lead {name}? It disappears on every laptop after the next sync.</source>
        <translation>¿Eliminar el contacto {name}? Desaparece de todos los portátiles tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Due (+3, 2w, tomorrow or 2026-12-01), then a note after a comma:</source>
        <translation>Fecha límite (+3, 2w, tomorrow o 2026-12-01) y, tras una coma, una nota:</translation>
    </message>
    <message>
        <source>Import vCard files</source>
        <translation>Importar archivos vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;Lead tables from an export (*.csv *.xlsx);;All files (*)</source>
        <translation>Archivos vCard (*.vcf *.vcard);;Tablas de contactos exportadas (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder of vCards</source>
        <translation>Importar una carpeta de vCards</translation>
    </message>
    <message>
        <source>Importing vCards</source>
        <translation>Importando vCards</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n contacto importado</numerusform>
            <numerusform>%n contactos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s).</source>
        <translation>
            <numerusform>de %n archivo.</numerusform>
            <numerusform>de %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;HubSpot import (*.csv);;Salesforce import (*.csv)</source>
        <translation>vCard 3.0 (*.vcf);;vCard 4.0 (*.vcf);;CSV (*.csv);;Excel (*.xlsx);;Importación de HubSpot (*.csv);;Importación de Salesforce (*.csv)</translation>
    </message>
    <message>
        <source>{n} of them have no legal basis (consent missing): see the “Consent missing” list.</source>
        <translation>{n} de ellos no tienen base jurídica (sin consentimiento): consulte la lista «Sin consentimiento».</translation>
    </message>
    <message>
        <source>vCard import</source>
        <translation>Importación de vCards</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Se rechazaron algunas tarjetas; consulte los detalles.</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Consulte los detalles para ver las observaciones.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>Import undone: {removed} records removed, {restored} fields restored.</source>
        <translation>Importación deshecha: {removed} registros eliminados, {restored} campos restablecidos.</translation>
    </message>
    <message>
        <source>{n} fields edited since the import were kept as they are.</source>
        <translation>{n} campos editados desde la importación se conservaron tal cual.</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Exportar todo sobre esta persona</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote everything about {name} to {path}</source>
        <translation>Todo lo relativo a {name} se ha escrito en {path}</translation>
    </message>
    <message>
        <source>Participant export of the organiser</source>
        <translation>Exportación de participantes del organizador</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.xlsx)</source>
        <translation>Listas de participantes (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of {name} ready for badge scans.</source>
        <translation>
            <numerusform>%n participante de {name} listo para escanear acreditaciones.</numerusform>
            <numerusform>%n participantes de {name} listos para escanear acreditaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: </source>
        <translation>
            <numerusform>%n fila rechazada: </numerusform>
            <numerusform>%n filas rechazadas: </numerusform>
        </translation>
    </message>
    <message>
        <source>Attendee list</source>
        <translation>Lista de asistentes</translation>
    </message>
    <message>
        <source>QR code image</source>
        <translation>Imagen del código QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image and no text.</source>
        <translation>El portapapeles no contiene ninguna imagen ni texto.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Exported {n} leads to {path}</source>
        <translation>{n} contactos exportados a {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cancel sync</source>
        <extracomment>Whether the signed-in user gets this screen at all (by role).</extracomment>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Stop the sync now; nothing is lost, unsent changes go with the next sync</source>
        <translation>Detener la sincronización ahora; no se pierde nada, los cambios no enviados irán con la próxima sincronización</translation>
    </message>
    <message>
        <source>bioX Missions</source>
        <extracomment>The mission chosen in the selector changed (its id, or &quot;&quot; for none). Makes the sync service for a workspace (tests give one talking to an in-process server).</extracomment>
        <translation>bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions (demo data, not encrypted)</source>
        <translation>bioX Missions (datos de demostración, sin cifrar)</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Mission:</source>
        <translation>Misión:</translation>
    </message>
    <message>
        <source>Current mission</source>
        <translation>Misión actual</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your changes and receive everyone else&apos;s (F5)</source>
        <translation>Enviar sus cambios y recibir los de los demás (F5)</translation>
    </message>
    <message>
        <source>Sync server…</source>
        <translation>Servidor de sincronización…</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>Importaciones…</translation>
    </message>
    <message>
        <source>Recent imports, and undoing one</source>
        <translation>Importaciones recientes y cómo deshacer una</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Add a meeting</source>
        <translation>Añadir una reunión</translation>
    </message>
    <message>
        <source>Delegates in the meeting</source>
        <translation>Delegados en la reunión</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Escriba un nombre o una organización</translation>
    </message>
    <message>
        <source>Starts (local time)</source>
        <translation>Empieza (hora local)</translation>
    </message>
    <message>
        <source>Ends (local time)</source>
        <translation>Termina (hora local)</translation>
    </message>
    <message>
        <source>(the B2B session&apos;s venue)</source>
        <translation>(el lugar de la sesión B2B)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(from the organisations)</source>
        <translation>(de las organizaciones)</translation>
    </message>
    <message>
        <source>&amp;Who (delegates)</source>
        <translation>&amp;Quién (delegados)</translation>
    </message>
    <message>
        <source>Meets &amp;whom</source>
        <translation>Se reúne con &amp;quién</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Starts – ends</source>
        <translation>&amp;Empieza – termina</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Intérprete</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>Tick at least one delegate.</source>
        <translation>Marque al menos un delegado.</translation>
    </message>
    <message>
        <source>Choose who they meet from the suggestions.</source>
        <translation>Elija de las sugerencias con quién se reúnen.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>La reunión termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Capture a lead…</source>
        <translation>&amp;Registrar un contacto…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <extracomment>One action per screen there may be, by key, with the screen&apos;s fixed shortcut.</extracomment>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About bioX Missions</source>
        <translation>A&amp;cerca de bioX Missions</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>About bioX Missions</source>
        <translation>Acerca de bioX Missions</translation>
    </message>
    <message>
        <source>bioX Missions {version}</source>
        <translation>bioX Missions {version}</translation>
    </message>
    <message>
        <source>Trade missions of European life-sciences clusters: roster, agenda, leads, agreements and reports, working offline and syncing with the shared server.</source>
        <translation>Misiones comerciales de clústeres europeos de ciencias de la vida: lista de participantes, agenda, contactos, acuerdos e informes, con trabajo sin conexión y sincronización con el servidor compartido.</translation>
    </message>
</context>
<context>
    <name>MergeScreen</name>
    <message>
        <source>Merge duplicates</source>
        <extracomment>What the last action did, shown with the next reload&apos;s summary.</extracomment>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Look for duplicates again</source>
        <translation>Buscar duplicados de nuevo</translation>
    </message>
    <message>
        <source>Merge automatically above</source>
        <translation>Fusionar automáticamente por encima de</translation>
    </message>
    <message>
        <source>Merge automatically above a score</source>
        <translation>Fusionar automáticamente por encima de una puntuación</translation>
    </message>
    <message>
        <source>Automatic merge score</source>
        <translation>Puntuación de fusión automática</translation>
    </message>
    <message>
        <source>Merge all above</source>
        <translation>Fusionar todos por encima</translation>
    </message>
    <message>
        <source>Merge every group above the score now</source>
        <translation>Fusionar ahora cada grupo por encima de la puntuación</translation>
    </message>
    <message>
        <source>Candidate groups, best first</source>
        <translation>Grupos candidatos, los mejores primero</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Registro que conservar</translation>
    </message>
    <message>
        <source>&amp;Keep record:</source>
        <translation>&amp;Conservar registro:</translation>
    </message>
    <message>
        <source>Records side by side; click a value to keep it</source>
        <translation>Registros uno al lado del otro; haga clic en un valor para conservarlo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge these records</source>
        <translation>Fusionar estos registros</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;No es un duplicado</translation>
    </message>
    <message>
        <source>These are different; do not propose again</source>
        <translation>Son distintos; no volver a proponerlos</translation>
    </message>
    <message>
        <source>Erase a person…</source>
        <translation>Borrar a una persona…</translation>
    </message>
    <message>
        <source>Erase one of these people everywhere</source>
        <translation>Borrar a una de estas personas en todas partes</translation>
    </message>
    <message>
        <source>Merges made</source>
        <translation>Fusiones realizadas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Deshacer fusión</translation>
    </message>
    <message>
        <source>Undo the selected merge</source>
        <translation>Deshacer la fusión seleccionada</translation>
    </message>
    <message>
        <source>Candidates, best first</source>
        <translation>Candidatos, los mejores primero</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Buscando duplicados</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) to review.</source>
        <translation>
            <numerusform>%n grupo que revisar.</numerusform>
            <numerusform>%n grupos que revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates to review.</source>
        <translation>No hay duplicados por revisar.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecha</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionada</translation>
    </message>
    <message>
        <source>Choose a group on the left to compare.</source>
        <translation>Elija un grupo a la izquierda para comparar.</translation>
    </message>
    <message>
        <source>Score {score:.0%}: {why}</source>
        <translation>Puntuación {score:.0%}: {why}</translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation> (conservado)</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Todos juntos</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Registros vinculados</translation>
    </message>
    <message>
        <source>Captured privately by one company: not published by a merge</source>
        <translation>Registrado en privado por una empresa: una fusión no lo publica</translation>
    </message>
    <message>
        <source>From {who}</source>
        <translation>De {who}</translation>
    </message>
    <message>
        <source>Merged {n} records into {who}.</source>
        <translation>{n} registros fusionados en {who}.</translation>
    </message>
    <message>
        <source>Remembered: these are different.</source>
        <translation>Anotado: son distintos.</translation>
    </message>
    <message>
        <source>Undone: {n} records are back.</source>
        <translation>Deshecho: {n} registros han vuelto.</translation>
    </message>
    <message>
        <source>Merged {n} groups automatically.</source>
        <translation>{n} grupos fusionados automáticamente.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Fusionando duplicados</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>Editar misión</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nombre de la misión</translation>
    </message>
    <message>
        <source>Osaka, Kobe</source>
        <translation>Osaka, Kobe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Ciudades</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Empieza</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Home time zone</source>
        <translation>Zona horaria de &amp;origen</translation>
    </message>
    <message>
        <source>&amp;Lead cluster</source>
        <translation>&amp;Clúster líder</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
</context>
<context>
    <name>MissionPartnersPanel</name>
    <message>
        <source>Gateway partners of the chosen mission</source>
        <extracomment>Emitted after the partners of the shown mission were loaded (the mission id).</extracomment>
        <translation>Socios de enlace de la misión elegida</translation>
    </message>
    <message>
        <source>Gateway partners of the mission</source>
        <translation>Socios de enlace de la misión</translation>
    </message>
    <message>
        <source>Gateway partner, foreign cluster or agency to add</source>
        <translation>Socio de enlace, clúster extranjero o agencia que añadir</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Añadir socio</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <source>No gateway partner yet.</source>
        <translation>Aún no hay socios de enlace.</translation>
    </message>
</context>
<context>
    <name>MissionsScreen</name>
    <message>
        <source>Missions</source>
        <extracomment>Emitted with the missions after every reload (the main window&apos;s selector listens).</extracomment>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>Filter missions</source>
        <translation>Filtrar misiones</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nueva misión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>No missions yet. Create the first one with “New mission”.</source>
        <translation>Aún no hay misiones. Cree la primera con «Nueva misión».</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <extracomment>The chosen mission&apos;s gateway partners (add, remove) and briefing pack.</extracomment>
        <translation>Eliminar misión</translation>
    </message>
    <message>
        <source>Delete the mission “{name}”?</source>
        <translation>¿Eliminar la misión «{name}»?</translation>
    </message>
    <message>
        <source>Its roster, programme and meetings go with it, for everyone, at the next sync.</source>
        <translation>Su lista, su programa y sus reuniones se eliminan con ella, para todos, en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move meeting</source>
        <extracomment>People named in the publish question itself; the whole list is in its details.</extracomment>
        <translation>Mover la reunión</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>Sesión B2B</translation>
    </message>
    <message>
        <source>Another time (outside the B2B sessions)</source>
        <translation>Otro momento (fuera de las sesiones B2B)</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Franja</translation>
    </message>
    <message>
        <source>New start (local time)</source>
        <translation>Nuevo inicio (hora local)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Starts (%s)</source>
        <translation>Empieza (%s)</translation>
    </message>
    <message>
        <source>&amp;Lock it here (a new scheduling run keeps it)</source>
        <translation>&amp;Bloquearla aquí (una nueva planificación la conserva)</translation>
    </message>
    <message>
        <source>Lock the meeting</source>
        <translation>Bloquear la reunión</translation>
    </message>
    <message>
        <source>{time} is not one of the session&apos;s slots: the nearest slot is chosen.</source>
        <translation>{time} no es una de las franjas de la sesión: se elige la franja más cercana.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted on the GUI thread after a successful operation: a frozenset of changed areas (&quot;missions&quot;, &quot;roster&quot;, &quot;agenda&quot;, &quot;leads&quot;, &quot;agreements&quot;, &quot;sync&quot;, ...). Emitted when the number of running operations goes from 0 to 1 (True) or back (False). Running operations: relay -&gt; the work, kept here so it is freed on the GUI thread. Every pool work was started on (the worker, and lanes of their own such as sync&apos;s). The worker of :meth:`run_aside`, made when first used.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>No se pudo terminar</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>関西メディカル株式会社</source>
        <translation>関西メディカル株式会社</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>diagnostics, oncology</source>
        <translation>diagnóstico, oncología</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Nombre en su propia &amp;escritura</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>&amp;Home cluster</source>
        <translation>&amp;Clúster de origen</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>Sec&amp;tores</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Nota&amp;s</translation>
    </message>
</context>
<context>
    <name>OrganisationsScreen</name>
    <message>
        <source>Organisations</source>
        <extracomment>Emitted after the chosen organisation&apos;s page is shown (its id).</extracomment>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Search names in any script, or a city</source>
        <translation>Buscar nombres en cualquier escritura, o una ciudad</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipo de organización</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Country of the organisation</source>
        <translation>País de la organización</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nueva organización…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Journey &amp;PDF…</source>
        <translation>&amp;PDF de trayectoria…</translation>
    </message>
    <message>
        <source>Every mission, delegate, meeting, lead, agreement and follow-up of this organisation, as a PDF</source>
        <translation>Todas las misiones, delegados, reuniones, contactos, acuerdos y seguimientos de esta organización, en PDF</translation>
    </message>
    <message>
        <source>The chosen organisation</source>
        <translation>La organización elegida</translation>
    </message>
    <message>
        <source>Choose an organisation to see its people, missions, meetings, leads, agreements and follow-ups.</source>
        <translation>Elija una organización para ver sus personas, misiones, reuniones, contactos, acuerdos y seguimientos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement: {title} ({kind}, {status})</source>
        <translation>Acuerdo: {title} ({kind}, {status})</translation>
    </message>
    <message>
        <source>Follow-up done {day}: {subject} — {outcome}</source>
        <translation>Seguimiento hecho el {day}: {subject} — {outcome}</translation>
    </message>
    <message>
        <source>Follow-up due {day}: {subject}</source>
        <translation>Seguimiento que vence el {day}: {subject}</translation>
    </message>
    <message>
        <source>Save the journey as PDF</source>
        <translation>Guardar la trayectoria en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the journey PDF</source>
        <translation>Escribiendo el PDF de trayectoria</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Meeting outcome</source>
        <translation>Resultado de la reunión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>This meeting has not started yet: it can be recorded as held or as a no-show once it has.</source>
        <translation>Esta reunión aún no ha empezado: podrá registrarse como celebrada o como ausencia cuando haya empezado.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Rating from 1 (cold) to 5 (very promising)</source>
        <translation>Valoración de 1 (frío) a 5 (muy prometedor)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Valoración (1–5)</translation>
    </message>
</context>
<context>
    <name>RefusalBanner</name>
    <message>
        <source>Changes the server refused</source>
        <extracomment>Retry queued the changes again: the window syncs at once.</extracomment>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Send these changes again (after fixing the cause)</source>
        <translation>Enviar de nuevo estos cambios (tras corregir la causa)</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Give these changes up: the server&apos;s version stays</source>
        <translation>Renunciar a estos cambios: se mantiene la versión del servidor</translation>
    </message>
    <message>
        <source>The server refused {n} of your changes: they reached nobody.</source>
        <translation>El servidor rechazó {n} de sus cambios: no han llegado a nadie.</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
    <message>
        <source>Discard refused changes</source>
        <translation>Descartar los cambios rechazados</translation>
    </message>
    <message>
        <source>Discard {n} refused changes? The server&apos;s version stays; what only this laptop had is removed. This cannot be undone.</source>
        <translation>¿Descartar {n} cambios rechazados? Se mantiene la versión del servidor; lo que solo tenía este portátil se elimina. Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>Reports</source>
        <extracomment>Areas whose changes move the figures. Emitted after each report shown (tests and the screenshot wait for it). Emitted with the path of a written PDF or export.</extracomment>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Todas las misiones</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Funder report (PDF)…</source>
        <translation>Informe para financiadores (PDF)…</translation>
    </message>
    <message>
        <source>Write the funder report as PDF</source>
        <translation>Escribir el informe para financiadores en PDF</translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>Exportar cifras…</translation>
    </message>
    <message>
        <source>Export the figures to CSV or XLSX</source>
        <translation>Exportar las cifras a CSV o XLSX</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Misión:</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;lúster:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Reuniones: de la solicitud al acuerdo</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Resultados por clúster</translation>
    </message>
    <message>
        <source>Signed agreements by kind</source>
        <translation>Acuerdos firmados por tipo</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Contactos por valoración (1 frío – 5 muy prometedor)</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Por clúster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Por misión</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Acuerdos y memorandos</translation>
    </message>
    <message>
        <source>No figures for this selection yet: record meeting outcomes, leads and agreements, or widen the filters.</source>
        <translation>Aún no hay cifras para esta selección: registre resultados de reuniones, contactos y acuerdos, o amplíe los filtros.</translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Cifras y gráficos</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Condujeron a un acuerdo</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebradas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitadas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Contactos prometedores</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Acuerdos entre pymes</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Save the funder report</source>
        <translation>Guardar el informe para financiadores</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the figures</source>
        <translation>Exportar las cifras</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the funder report…</source>
        <translation>Escribiendo el informe para financiadores…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New meeting request</source>
        <translation>Nueva solicitud de reunión</translation>
    </message>
    <message>
        <source>(choose a delegate)</source>
        <translation>(elija un delegado)</translation>
    </message>
    <message>
        <source>Type a name or an organisation</source>
        <translation>Escriba un nombre o una organización</translation>
    </message>
    <message>
        <source>1 = nice to have … 5 = must meet</source>
        <translation>1 = deseable … 5 = imprescindible</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>The request expires</source>
        <translation>La solicitud vence</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Expiry time (local)</source>
        <translation>Hora de vencimiento (local)</translation>
    </message>
    <message>
        <source>&amp;Delegate asking</source>
        <translation>&amp;Delegado que solicita</translation>
    </message>
    <message>
        <source>&amp;Wants to meet</source>
        <translation>&amp;Quiere reunirse con</translation>
    </message>
    <message>
        <source>&amp;Priority (1–5)</source>
        <translation>&amp;Prioridad (1–5)</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Intérprete</translation>
    </message>
    <message>
        <source>Expir&amp;y</source>
        <translation>&amp;Vencimiento</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Nobody called “{t}” in the list; pick one of the suggestions.</source>
        <translation>Nadie se llama «{t}» en la lista; elija una de las sugerencias.</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Search name, company, e-mail, hotel, flight</source>
        <translation>Buscar nombre, empresa, correo, hotel, vuelo</translation>
    </message>
    <message>
        <source>Search delegates</source>
        <translation>Buscar delegados</translation>
    </message>
    <message>
        <source>Registration status filter</source>
        <translation>Filtro de estado de inscripción</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>With &amp;warnings only</source>
        <translation>Solo con &amp;avisos</translation>
    </message>
    <message>
        <source>&amp;Add delegate…</source>
        <translation>&amp;Añadir delegado…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>&amp;Cancelar inscripción</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Booklet PDF…</source>
        <translation>&amp;Cuadernillo PDF…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegado</numerusform>
            <numerusform>%n delegados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %n warning(s), {t} to do</source>
        <translation>
            <numerusform>Lista de control: %n aviso, {t} por hacer</numerusform>
            <numerusform>Lista de control: %n avisos, {t} por hacer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Cancelar inscripción</translation>
    </message>
    <message>
        <source>Cancel the registration of {name}?</source>
        <translation>¿Cancelar la inscripción de {name}?</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exportar la lista</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Roster exported to {p}</source>
        <translation>Lista exportada a {p}</translation>
    </message>
    <message>
        <source>Roster booklet</source>
        <translation>Cuadernillo de la delegación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Booklet written to {p}</source>
        <translation>Cuadernillo escrito en {p}</translation>
    </message>
    <message>
        <source>Writing the roster booklet</source>
        <translation>Escribiendo el cuadernillo de la delegación</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Warnings</source>
        <extracomment>Rows fetched with the ids of a search: more than a tall window shows.</extracomment>
        <translation>Avisos</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Read the card in vie&amp;w</source>
        <extracomment>Counters a test or a diagnostic can read: frames the sink gave, frames decoded. Ids of the threads that decoded (never the GUI thread). The picture in view (PNG bytes) when the person asks to read it as a business card.</extracomment>
        <translation>Leer la tarjeta a la &amp;vista</translation>
    </message>
    <message>
        <source>Hold a business card still in front of the camera, then read it as a card</source>
        <translation>Sostenga una tarjeta de visita quieta delante de la cámara y léala como tarjeta</translation>
    </message>
    <message>
        <source>Hold a QR code, a badge or a card&apos;s code in front of the camera.</source>
        <translation>Sostenga delante de la cámara un código QR, una acreditación o el código de una tarjeta.</translation>
    </message>
    <message>
        <source>No camera was found. Read a code from an image or the clipboard instead (Leads › Import).</source>
        <translation>No se encontró ninguna cámara. Lea un código desde una imagen o desde el portapapeles (Contactos › Importar).</translation>
    </message>
</context>
<context>
    <name>SessionGridModel</name>
    <message>
        <source>That meeting is no longer on this grid.</source>
        <extracomment>What a dragged meeting carries: its id (never shown). Cell colours (background, text) for light and dark palettes. A drop or keyboard move refused: the reason in words. A valid move: meeting id, row, column.</extracomment>
        <translation>Esa reunión ya no está en esta cuadrícula.</translation>
    </message>
    <message>
        <source>Table {n}</source>
        <translation>Mesa {n}</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Locked: a new scheduling run keeps it here</source>
        <translation>Bloqueada: una nueva planificación la mantiene aquí</translation>
    </message>
    <message>
        <source>Not locked: a new scheduling run may move it</source>
        <translation>No bloqueada: una nueva planificación puede moverla</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, bloqueada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Languages of the clusters, each named in its own language (not translated on purpose). How often the window checks whether the daily backup is due.</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>Signed in to {server} as {user}.</source>
        <translation>Sesión iniciada en {server} como {user}.</translation>
    </message>
    <message>
        <source>Not signed in to a sync server.</source>
        <translation>Sin sesión en un servidor de sincronización.</translation>
    </message>
    <message>
        <source>Sync server and &amp;account…</source>
        <translation>Servidor y &amp;cuenta…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>Carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Changes of language and data folder take effect when bioX Missions is started again.</source>
        <translation>Los cambios de idioma y de carpeta de datos se aplican al volver a iniciar bioX Missions.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Versión del texto del consentimiento</translation>
    </message>
    <message>
        <source>Ask for consent when a lead is captured</source>
        <translation>Pedir consentimiento al registrar un contacto</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>&amp;Política de privacidad</translation>
    </message>
    <message>
        <source>&amp;Consent wording</source>
        <translation>Texto del &amp;consentimiento</translation>
    </message>
    <message>
        <source>Wording &amp;version</source>
        <translation>&amp;Versión del texto</translation>
    </message>
    <message>
        <source>The consent wording and its version are set for your organisation on the sync server.</source>
        <translation>El texto del consentimiento y su versión se definen para su organización en el servidor de sincronización.</translation>
    </message>
    <message>
        <source>Legal basis a capture starts with</source>
        <translation>Base jurídica con la que empieza un registro</translation>
    </message>
    <message>
        <source>None: the delegate chooses each time</source>
        <translation>Ninguna: el delegado elige cada vez</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interés legítimo</translation>
    </message>
    <message>
        <source>Default &amp;basis</source>
        <translation>&amp;Base predeterminada</translation>
    </message>
    <message>
        <source>Review leads without a legal basis after</source>
        <translation>Revisar los contactos sin base jurídica tras</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Review leads without activity after</source>
        <translation>Revisar los contactos sin actividad tras</translation>
    </message>
    <message>
        <source>No basis: review &amp;after</source>
        <translation>Sin base: revisar &amp;tras</translation>
    </message>
    <message>
        <source>No activity: review a&amp;fter</source>
        <translation>Sin actividad: revisar tr&amp;as</translation>
    </message>
    <message>
        <source>Leads due for review (Leads › Due for review, or biox-desktop privacy due) must be completed or erased.</source>
        <translation>Los contactos pendientes de revisión (Contactos › Pendientes de revisión, o biox-desktop privacy due) deben completarse o borrarse.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Make a backup every day automatically</source>
        <translation>Hacer una copia de seguridad automática cada día</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep automatic backups for</source>
        <translation>Conservar las copias automáticas durante</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Copiar ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>&amp;Keep automatic backups for</source>
        <translation>&amp;Conservar las copias automáticas durante</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Recovery &amp;code…</source>
        <translation>Código de recupe&amp;ración…</translation>
    </message>
    <message>
        <source>The code that opens this laptop&apos;s backups on another computer</source>
        <translation>El código que abre las copias de seguridad de este portátil en otro ordenador</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <extracomment>Where file dialogs are skipped in tests: a path to use instead of asking.</extracomment>
        <translation>Aún no hay copia</translation>
    </message>
    <message>
        <source>bioX Missions backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de bioX Missions (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Copiar en</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>delegation leader</source>
        <translation>jefe de delegación</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>delegado</translation>
    </message>
    <message>
        <source>Role: {role}; organisation: {organisation}.</source>
        <translation>Función: {role}; organización: {organisation}.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Copia escrita en {path}.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Replace all the data on this laptop by the backup {path}? The data as it is now is backed up first.</source>
        <translation>¿Sustituir todos los datos de este portátil por la copia {path}? Antes se hace una copia de los datos actuales.</translation>
    </message>
    <message>
        <source>Restored from {path}. The data as it was before is kept in {safety}.</source>
        <translation>Restaurado desde {path}. Los datos anteriores se guardan en {safety}.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>{path} was not made on this laptop. Type the recovery code of the laptop that made it:</source>
        <translation>{path} no se hizo en este portátil. Escriba el código de recuperación del portátil que la hizo:</translation>
    </message>
    <message>
        <source>This data folder is not encrypted (a demo on a computer without a keyring): it has no recovery code.</source>
        <translation>Esta carpeta de datos no está cifrada (una demo en un ordenador sin llavero): no tiene código de recuperación.</translation>
    </message>
    <message>
        <source>Anyone with the recovery code and a backup can read all its data. Show it now, to write it down and keep it apart from this laptop?</source>
        <translation>Cualquiera que tenga el código de recuperación y una copia de seguridad puede leer todos sus datos. ¿Mostrarlo ahora para anotarlo y guardarlo lejos de este portátil?</translation>
    </message>
    <message>
        <source>On a new computer: restore a backup with this code (Settings › Backups, or biox-desktop restore FILE --recovery-code CODE).</source>
        <translation>En un ordenador nuevo: restaure una copia de seguridad con este código (Configuración › Copias de seguridad, o biox-desktop restore FILE --recovery-code CODE).</translation>
    </message>
    <message>
        <source>The privacy policy, the consent wording and its version cannot be empty.</source>
        <translation>La política de privacidad, el texto del consentimiento y su versión no pueden estar vacíos.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>No sync server is set up: choose “Sync server…” to sign in. Your changes are kept on this laptop.</source>
        <translation>No hay ningún servidor de sincronización configurado: elija «Servidor de sincronización…» para iniciar sesión. Sus cambios se conservan en este portátil.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>A sync is already running; it goes on.</source>
        <extracomment>First retry after a failed automatic sync; doubles up to the timer interval. Refusals listed in the sync status (the command line and the log list them all). (state, message): state is &quot;online&quot;, &quot;refused&quot; (synced, but the server refused some changes: the message lists why), &quot;offline&quot;, &quot;error&quot;, &quot;syncing&quot;, &quot;idle&quot; or &quot;unconfigured&quot; (asked to sync with no server set up). Emitted after a successful sync with its report. The sync&apos;s own thread (one sync at a time).</extracomment>
        <translation>Ya hay una sincronización en curso; continúa.</translation>
    </message>
    <message>
        <source>Cancelling the sync…</source>
        <translation>Cancelando la sincronización…</translation>
    </message>
    <message>
        <source>Synced: {pushed} sent, {pulled} received</source>
        <translation>Sincronizado: {pushed} enviados, {pulled} recibidos</translation>
    </message>
    <message>
        <source>, {n} conflicts for review</source>
        <translation>, {n} conflictos que revisar</translation>
    </message>
    <message>
        <source>, {n} refused by the server</source>
        <translation>, {n} rechazados por el servidor</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
    <message>
        <source>Sync cancelled; unsent changes are kept</source>
        <translation>Sincronización cancelada; se conservan los cambios no enviados</translation>
    </message>
    <message>
        <source>Offline: {why}</source>
        <translation>Sin conexión: {why}</translation>
    </message>
    <message>
        <source>Sync failed: {why}</source>
        <translation>Error de sincronización: {why}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM, as 09:30 or 14:00</source>
        <translation>HH:MM, p. ej. 09:30 o 14:00</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day: type {hint}</source>
        <translation>«{text}» no es una hora: escriba {hint}</translation>
    </message>
</context>
<context>
    <name>TravelTimeDialog</name>
    <message>
        <source>Travel time</source>
        <translation>Tiempo de trayecto</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The same time &amp;back</source>
        <translation>El mismo tiempo de &amp;vuelta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <source>Add venues first.</source>
        <translation>Añada primero los lugares.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Elija dos lugares distintos.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit venue</source>
        <translation>Editar lugar</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Dé un nombre al lugar.</translation>
    </message>
    <message>
        <source>“{z}” is not a time zone; pick one from the list.</source>
        <translation>«{z}» no es una zona horaria; elija una de la lista.</translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues and travel times</source>
        <translation>Lugares y tiempos de trayecto</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation>Tiempos de trayecto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>&amp;Nuevo lugar…</translation>
    </message>
    <message>
        <source>&amp;Edit venue…</source>
        <translation>&amp;Editar lugar…</translation>
    </message>
    <message>
        <source>&amp;Travel time…</source>
        <translation>&amp;Tiempo de trayecto…</translation>
    </message>
    <message>
        <source>Travel times (minutes, door to door)</source>
        <translation>Tiempos de trayecto (minutos, puerta a puerta)</translation>
    </message>
</context>
<context>
    <name>_HomeTime</name>
    <message>
        <source>Home time ({z}): {a}–{b}</source>
        <extracomment>What the service returned on Save.</extracomment>
        <translation>Hora de origen ({z}): {a}–{b}</translation>
    </message>
</context>
<context>
    <name>agenda</name>
    <message>
        <source>Give the programme item a title.</source>
        <extracomment>B2B sessions only. B2B sessions only: (start, end) aware datetimes of breaks inside the session. Languages they speak (ISO 639-1); for an interpreter, the ones they interpret. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Id of the active meeting that fulfils this request, if any. The last answer (or the request) the foreign person gave on their counterpart page. The B2B sessions (start, title) the foreign person of the request said they can attend. The language of the interpreter it needs (ISO 639-1, or &quot;any&quot;); None when none is. The language of the interpreter (ISO 639-1, or &quot;any&quot;); None with ``interpreter_needed`` means the main language of the mission&apos;s country. Ids of the meetings / programme items involved. The calendar cancels this event: it is never added, and an item an earlier import created for the same UID is removed. The batch that undoes this import (None when it changed nothing).</extracomment>
        <translation>Ponga un título al punto del programa.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>El título es demasiado largo (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of programme item.</source>
        <translation>«{kind}» no es un tipo de punto del programa.</translation>
    </message>
    <message>
        <source>&apos;{timezone}&apos; is not an IANA time zone.</source>
        <translation>«{timezone}» no es una zona horaria IANA.</translation>
    </message>
    <message>
        <source>Give a time.</source>
        <translation>Indique una hora.</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>La hora no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The item ends before it starts.</source>
        <translation>El punto termina antes de empezar.</translation>
    </message>
    <message>
        <source>A B2B session needs slots of 5 minutes or more.</source>
        <translation>Una sesión B2B necesita franjas de 5 minutos o más.</translation>
    </message>
    <message>
        <source>A B2B session needs at least one table.</source>
        <translation>Una sesión B2B necesita al menos una mesa.</translation>
    </message>
    <message>
        <source>A break must end after it starts.</source>
        <translation>Una pausa debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Choose who asks for the meeting.</source>
        <translation>Elija quién pide la reunión.</translation>
    </message>
    <message>
        <source>Choose the organisation or person to meet.</source>
        <translation>Elija la organización o la persona con quien reunirse.</translation>
    </message>
    <message>
        <source>Priority goes from 1 (nice to have) to 5 (must).</source>
        <translation>La prioridad va de 1 (deseable) a 5 (imprescindible).</translation>
    </message>
    <message>
        <source>The expiry has no time zone.</source>
        <translation>La caducidad no tiene zona horaria.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code (ISO 639-1, such as ja or zh).</source>
        <translation>«{code}» no es un código de idioma (ISO 639-1, como ja o zh).</translation>
    </message>
    <message>
        <source>{name} is due at “{title}” and “{other}” at the same time ({when}).</source>
        <extracomment>Meetings and items the person was explicitly put on (not the whole-delegation programme).</extracomment>
        <translation>{name} debe estar en «{title}» y en «{other}» a la vez ({when}).</translation>
    </message>
    <message>
        <source>{name} has {gap} min to get from “{title}” to “{other}”; the trip takes {minutes} min.</source>
        <translation>{name} tiene {gap} min para ir de «{title}» a «{other}»; el trayecto dura {minutes} min.</translation>
    </message>
    <message>
        <source>“{title}” is before {name} arrives ({landed}).</source>
        <translation>«{title}» es antes de que llegue {name} ({landed}).</translation>
    </message>
    <message>
        <source>“{title}” is after {name} leaves ({leaves}).</source>
        <translation>«{title}» es después de que se vaya {name} ({leaves}).</translation>
    </message>
    <message>
        <source>No interpreter for {language} on the roster is there for {titles} ({when}).</source>
        <translation>Ningún intérprete de {language} de la lista de participantes está disponible para {titles} ({when}).</translation>
    </message>
    <message>
        <source>{name}, the only interpreter for {language}, is needed for {titles} at the same time ({when}).</source>
        <translation>{name}, el único intérprete de {language}, es necesario para {titles} a la vez ({when}).</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} reuniones necesitan intérprete a la vez ({when}) y solo hay {there} intérprete(s): {titles}.</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {when}, with {there} interpreter(s) there: {titles}.</source>
        <translation>{count} reuniones necesitan intérprete de {language} a la vez ({when}) y solo hay {there} intérprete(s): {titles}.</translation>
    </message>
    <message>
        <source>kept meetings “{first}” and “{second}” leave {person} too little time to travel between them</source>
        <extracomment>Where the slot takes place; ``None`` means the session&apos;s venue. How people call them; warnings name people by it (never by id). ISO 639-1 codes of the languages they interpret (from and into the meeting&apos;s language). Sessions the meeting may be placed in; ``None`` means any. The language the meeting needs an interpreter for (ISO 639-1, or &quot;any&quot;); None: none. Minutes to travel between two venues; either key order is looked up. Extra minutes on top of the travel time whenever two venues differ. Travel minutes between two different venues missing from ``travel_minutes``. IANA zone of the event; only used to cut the schedule into days for idle slots. The interpreters there are; when empty, interpreter needs are not limited. Sum of the priorities of all scheduled requests, locked ones included. Total idle slots over people and days (see the module docstring). True when both phases were proven optimal (weight, then idle slots). Upper bound on the weight proven by the solver (``== weight`` when the weight is optimal). Things kept as given but worth a look, e.g. a locked meeting outside availability.</extracomment>
        <translation>las reuniones conservadas «{first}» y «{second}» dejan a {person} muy poco tiempo para desplazarse entre ellas</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is outside the availability of {person} or clashes with another item of theirs</source>
        <translation>la reunión conservada «{meeting}» a las {time} está fuera de la disponibilidad de {person} o coincide con otro punto de su agenda</translation>
    </message>
    <message>
        <source>kept meeting “{meeting}” at {time} is in a session the request does not allow</source>
        <translation>la reunión conservada «{meeting}» a las {time} está en una sesión que la solicitud no permite</translation>
    </message>
    <message>
        <source>no interpreter for {language} is free when its people are</source>
        <translation>ningún intérprete de {language} está libre cuando lo están sus participantes</translation>
    </message>
    <message>
        <source>no common free slot in its allowed sessions</source>
        <translation>ninguna franja libre común en sus sesiones permitidas</translation>
    </message>
    <message>
        <source>no common free slot</source>
        <translation>ninguna franja libre común</translation>
    </message>
    <message>
        <source>its common free slots are taken by locked meetings</source>
        <translation>sus franjas libres comunes están ocupadas por reuniones bloqueadas</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter at {time}, with {there} interpreter(s) there</source>
        <translation>{count} reuniones necesitan intérprete a las {time} y solo hay {there} intérprete(s)</translation>
    </message>
    <message>
        <source>{count} meetings need an interpreter for {language} at {time}, with {there} interpreter(s) there</source>
        <translation>{count} reuniones necesitan intérprete de {language} a las {time} y solo hay {there} intérprete(s)</translation>
    </message>
    <message>
        <source>… and {count} more groups of requests that cannot all be met</source>
        <translation>… y {count} grupos más de solicitudes que no se pueden satisfacer todas</translation>
    </message>
    <message>
        <source>Finding the requests that cannot all be met</source>
        <translation>Buscando las solicitudes que no se pueden satisfacer todas</translation>
    </message>
    <message>
        <source>a participant without a name</source>
        <translation>un participante sin nombre</translation>
    </message>
    <message>
        <source>{requesters} with {targets}</source>
        <translation>{requesters} con {targets}</translation>
    </message>
    <message>
        <source>{person} cannot have all of these {count} meetings: together they fit in only {slots} slot(s) when everyone involved is free and the session allows them: {meetings}</source>
        <translation>{person} no puede tener todas estas {count} reuniones: juntas solo caben en {slots} franja(s) en que todos los implicados están libres y la sesión lo permite: {meetings}</translation>
    </message>
    <message>
        <source>These {count} requested meetings cannot all be scheduled: their people&apos;s free slots, the sessions they allow and the tables do not leave room for all of them: {meetings}</source>
        <translation>Estas {count} reuniones solicitadas no pueden programarse todas: las franjas libres de sus participantes, las sesiones que permiten y las mesas no dejan sitio para todas: {meetings}</translation>
    </message>
    <message>
        <source>Compacting days</source>
        <translation>Compactando los días</translation>
    </message>
    <message>
        <source>Spreading meetings</source>
        <translation>Repartiendo las reuniones</translation>
    </message>
    <message>
        <source>Checking the requests</source>
        <translation>Comprobando las solicitudes</translation>
    </message>
    <message>
        <source>Placing meetings</source>
        <translation>Colocando las reuniones</translation>
    </message>
    <message>
        <source>Building the scheduling model</source>
        <translation>Construyendo el modelo de planificación</translation>
    </message>
    <message>
        <source>Schedule ready</source>
        <translation>Planificación lista</translation>
    </message>
    <message>
        <source>the interpreters for {language} are busy in every slot its people could meet</source>
        <translation>los intérpretes de {language} están ocupados en todas las franjas en que sus participantes podrían reunirse</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to higher-priority meetings</source>
        <translation>no queda sitio: las franjas libres comunes de sus participantes o las mesas fueron para reuniones de mayor prioridad</translation>
    </message>
    <message>
        <source>no room left: its people&apos;s common free slots or the tables went to other meetings (search stopped at the time limit)</source>
        <translation>no queda sitio: las franjas libres comunes de sus participantes o las mesas fueron para otras reuniones (la búsqueda se detuvo al agotar el tiempo límite)</translation>
    </message>
    <message>
        <source>Give a travel time between 0 and 1440 minutes.</source>
        <extracomment>Minutes added to the travel time whenever two consecutive things are at different venues.</extracomment>
        <translation>Indique un tiempo de trayecto entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Choose two different venues.</source>
        <translation>Elija dos lugares distintos.</translation>
    </message>
    <message>
        <source>Choose a venue of this mission.</source>
        <translation>Elija un lugar de esta misión.</translation>
    </message>
    <message>
        <source>This request has expired; ask again with a new request.</source>
        <translation>Esta solicitud ha caducado; haga una nueva solicitud.</translation>
    </message>
    <message>
        <source>{count} meeting requests accepted</source>
        <translation>{count} solicitudes de reunión aceptadas</translation>
    </message>
    <message>
        <source>{count} meeting requests declined</source>
        <translation>{count} solicitudes de reunión rechazadas</translation>
    </message>
    <message>
        <source>{count} meeting requests expired</source>
        <translation>{count} solicitudes de reunión vencidas</translation>
    </message>
    <message>
        <source>Give the start time.</source>
        <translation>Indique la hora de inicio.</translation>
    </message>
    <message>
        <source>Give the end time.</source>
        <translation>Indique la hora de fin.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>La reunión termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one delegate.</source>
        <translation>Elija al menos un delegado.</translation>
    </message>
    <message>
        <source>Choose who they meet.</source>
        <translation>Elija con quién se reúnen.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Una reunión cancelada no se puede mover.</translation>
    </message>
    <message>
        <source>{count} meetings cancelled</source>
        <translation>{count} reuniones canceladas</translation>
    </message>
    <message>
        <source>Keep the note under 2000 characters.</source>
        <translation>Mantenga la nota por debajo de 2000 caracteres.</translation>
    </message>
    <message>
        <source>The session has tables 1 to {table_count}.</source>
        <translation>La sesión tiene las mesas 1 a {table_count}.</translation>
    </message>
    <message>
        <source>Table {table_number} is taken at that time; choose another table.</source>
        <translation>La mesa {table_number} está ocupada a esa hora; elija otra mesa.</translation>
    </message>
    <message>
        <source>meeting “{title}” is kept but clashes with another kept meeting or has no free table; check it</source>
        <translation>la reunión «{title}» se mantiene pero choca con otra reunión mantenida o no tiene mesa libre; revísela</translation>
    </message>
    <message>
        <source>request {requester} → {target} names no person to meet; skipped</source>
        <translation>la solicitud {requester} → {target} no indica ninguna persona con quien reunirse; omitida</translation>
    </message>
    <message>
        <source>The programme has no B2B session with slots and tables to schedule into.</source>
        <extracomment>slot id -&gt; (agenda item id, start, end) scheduler request id -&gt; meeting request id (None for a kept meeting without one) scheduler request ids that are kept meetings (locks) -&gt; meeting id draft unlocked meetings the run replaces (request id, why it was left as it was), e.g. an expired request cannot be accepted</extracomment>
        <translation>El programa no tiene ninguna sesión B2B con franjas y mesas en la que planificar.</translation>
    </message>
    <message>
        <source>Two kept meetings clash: the same person or the same table at the same time. Unlock or move one of them and schedule again.</source>
        <translation>Dos reuniones conservadas coinciden: la misma persona o la misma mesa a la misma hora. Desbloquee o mueva una de ellas y vuelva a programar.</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Guardando el borrador</translation>
    </message>
    <message>
        <source>Programme import: {file}</source>
        <translation>Importación del programa: {file}</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Importando el programa</translation>
    </message>
    <message>
        <source>“{title}”: B2B session given 30-minute slots and {table_count} tables; adjust them</source>
        <translation>«{title}»: sesión B2B con franjas de 30 minutos y {table_count} mesas; ajústelas</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar but has {count} meetings; it was kept, decide what to do with it</source>
        <translation>«{title}» está cancelado en el calendario pero tiene {count} reuniones; se ha conservado, decida qué hacer con él</translation>
    </message>
    <message>
        <source>“{title}” is cancelled in the calendar; removed from the programme</source>
        <translation>«{title}» está cancelado en el calendario; eliminado del programa</translation>
    </message>
    <message>
        <source>“{title}” on {day} is outside the mission&apos;s dates ({first} to {last})</source>
        <extracomment>Events outside the mission&apos;s dates named one by one in the import&apos;s warnings (then a count).</extracomment>
        <translation>«{title}» el {day} está fuera de las fechas de la misión ({first} a {last})</translation>
    </message>
    <message>
        <source>and {count} more events outside the mission&apos;s dates</source>
        <translation>y {count} eventos más fuera de las fechas de la misión</translation>
    </message>
    <message>
        <source>Give the venue a name.</source>
        <translation>Ponga un nombre al lugar.</translation>
    </message>
    <message>
        <source>any language</source>
        <extracomment>A meeting needs an interpreter, of no language in particular.</extracomment>
        <translation>cualquier idioma</translation>
    </message>
</context>
<context>
    <name>agenda_export</name>
    <message>
        <source>Your agenda: {mission}</source>
        <extracomment>Characters Windows, macOS or Linux refuse in a file name (and control characters). Names Windows reserves whatever the extension. Most file systems allow 255 bytes per name; room is left for &quot; (12)&quot; and &quot;.pdf&quot;.</extracomment>
        <translation>Su agenda: {mission}</translation>
    </message>
    <message>
        <source>Hello {name},

please find attached your agenda for {mission}: a PDF to read or print, and a calendar file (.ics) to open in your calendar.
</source>
        <translation>Hola, {name}:

le adjuntamos su agenda para {mission}: un PDF para leer o imprimir y un archivo de calendario (.ics) para abrir en su calendario.
</translation>
    </message>
    <message>
        <source>Agenda of {name}</source>
        <translation>Agenda de {name}</translation>
    </message>
</context>
<context>
    <name>agenda_forms</name>
    <message>
        <source>No interpreter</source>
        <extracomment>The main language of the mission&apos;s country (ISO 639-1, or &quot;any&quot;).</extracomment>
        <translation>Sin intérprete</translation>
    </message>
    <message>
        <source>%n interpreter(s) on the roster</source>
        <translation>Intérpretes en la lista: %n</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>No language called “{t}”; pick one of the suggestions.</source>
        <translation>No hay ningún idioma llamado «{t}»; elija una de las sugerencias.</translation>
    </message>
</context>
<context>
    <name>agenda_grid</name>
    <message>
        <source>That is outside the session “{title}”.</source>
        <extracomment>(row, column) -&gt; the meeting placed there; column 0 is table 1. Active meetings inside the session&apos;s time but on no slot or table of it.</extracomment>
        <translation>Eso queda fuera de la sesión «{title}».</translation>
    </message>
    <message>
        <source>Table {table} is taken at {time} by {who}.</source>
        <translation>La mesa {table} está ocupada a las {time} por {who}.</translation>
    </message>
    <message>
        <source>A cancelled meeting cannot move.</source>
        <translation>Una reunión cancelada no se puede mover.</translation>
    </message>
    <message>
        <source>{start}–{end} is a break.</source>
        <translation>{start}–{end} es una pausa.</translation>
    </message>
    <message>
        <source>The meeting would end at {end}, after the session “{title}”.</source>
        <translation>La reunión terminaría a las {end}, después de la sesión «{title}».</translation>
    </message>
    <message>
        <source>The meeting would run into the break at {start}.</source>
        <translation>La reunión invadiría la pausa de las {start}.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with {who}.</source>
        <translation>{name} tiene otra reunión a las {time} con {who}.</translation>
    </message>
    <message>
        <source>{name} is busy at {time} with “{title}”.</source>
        <translation>{name} está en «{title}» a las {time}.</translation>
    </message>
    <message>
        <source>{time} is in a break of “{title}”.</source>
        <translation>{time} cae en una pausa de «{title}».</translation>
    </message>
    <message>
        <source>Meetings of “{title}” start on its {minutes}-minute slots: {time} is not one (the nearest is {nearest}).</source>
        <translation>Las reuniones de «{title}» empiezan en sus franjas de {minutes} minutos: {time} no es una de ellas (la más cercana es {nearest}).</translation>
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
        <translation>Mesa {n}</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Intérprete reservado</translation>
    </message>
    <message>
        <source>Changed since the agenda was sent</source>
        <translation>Modificado desde el envío de la agenda</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>{mission} — agenda of {name}</source>
        <translation>{mission} — agenda de {name}</translation>
    </message>
    <message>
        <source>Times are local to each venue ({zone}, {abbreviation}); home time ({home}) is shown beside them.</source>
        <translation>Las horas son las de cada lugar ({zone}, {abbreviation}); la hora de origen ({home}) figura al lado.</translation>
    </message>
    <message>
        <source>arrives {when}</source>
        <translation>llega el {when}</translation>
    </message>
    <message>
        <source>leaves {when}</source>
        <translation>se va el {when}</translation>
    </message>
    <message>
        <source>Stay: {parts}</source>
        <translation>Estancia: {parts}</translation>
    </message>
    <message>
        <source>Changed since the agenda was last sent: see the lines marked CHANGED.</source>
        <translation>Modificado desde el último envío de la agenda: vea las líneas marcadas MODIFICADO.</translation>
    </message>
    <message>
        <source>Check: {kind}: {message}</source>
        <translation>Revisar: {kind}: {message}</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>Aún no hay nada previsto.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hora de origen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>With / notes</source>
        <translation>Con / notas</translation>
    </message>
    <message>
        <source>DRAFT (not final)</source>
        <translation>BORRADOR (no definitivo)</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFICADO</translation>
    </message>
    <message>
        <source>Personal agenda</source>
        <translation>Agenda personal</translation>
    </message>
    <message>
        <source>{mission} — leader grid</source>
        <translation>{mission} — cuadro del jefe de delegación</translation>
    </message>
    <message>
        <source>Times local ({zone}); home ({home}) under each column. Orange: interpreter needed. Red: a conflict. Grey: draft.</source>
        <translation>Horas locales ({zone}); hora de origen ({home}) bajo cada columna. Naranja: se necesita intérprete. Rojo: un conflicto. Gris: borrador.</translation>
    </message>
    <message>
        <source>Nothing on the programme yet.</source>
        <translation>Aún no hay nada en el programa.</translation>
    </message>
    <message>
        <source>{start}–{end} (home {home}) · {title}</source>
        <translation>{start}–{end} (origen {home}) · {title}</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source> (interp.)</source>
        <translation> (intérp.)</translation>
    </message>
    <message>
        <source>Interpreters needed: {n} meetings — {list}</source>
        <translation>Intérpretes necesarios: {n} reuniones — {list}</translation>
    </message>
    <message>
        <source>Leader grid</source>
        <extracomment>Meeting start times per table of the leader grid (more would not be legible on the page).</extracomment>
        <translation>Cuadro del jefe de delegación</translation>
    </message>
</context>
<context>
    <name>attendees</name>
    <message>
        <source>{name}: no column with the participants&apos; names (Name, Full name, or First name and Last name).</source>
        <extracomment>Other names of each column, folded (&quot;Badge ID&quot; -&gt; &quot;badgeid&quot;). Columns whose cells are joined (a profile spread over &quot;Description&quot;, &quot;Looking for&quot; ...).</extracomment>
        <translation>{name}: no hay ninguna columna con los nombres de los participantes (Name, Full name, o First name y Last name).</translation>
    </message>
    <message>
        <source>{name}: row {row} has no participant name</source>
        <translation>{name}: la fila {row} no tiene nombre de participante</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The copy of the database failed its integrity check: {why}</source>
        <extracomment>local_meta keys that belong to this laptop, not to the data: kept across a restore.</extracomment>
        <translation>La copia de la base de datos no superó la comprobación de integridad: {why}</translation>
    </message>
    <message>
        <source>The database could not be copied to {path}: {why}</source>
        <translation>No se pudo copiar la base de datos en {path}: {why}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is not a bioX Missions backup of this data folder: it is not a database, or it is encrypted with another key (a backup from another computer restores with that computer&apos;s recovery code).</source>
        <translation>{path} no es una copia de bioX Missions de esta carpeta de datos: no es una base de datos, o está cifrada con otra clave (una copia de otro ordenador se restaura con el código de recuperación de ese ordenador).</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored ({why}).</source>
        <translation>{path} está dañado y no se puede restaurar ({why}).</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a bioX Missions backup.</source>
        <translation>{path} es una base de datos SQLite pero no una copia de bioX Missions.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a backup: {why}</source>
        <translation>{path} no se puede leer como copia: {why}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of bioX Missions (database version {schema}; this version knows up to {head}). Update bioX Missions, then restore it.</source>
        <translation>{path} se creó con una versión más reciente de bioX Missions (versión de base de datos {schema}; esta versión conoce hasta {head}). Actualice bioX Missions y luego restáurelo.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>Una copia no puede sustituir a la propia base de datos.</translation>
    </message>
    <message>
        <source>bioX Missions is open on this data folder (process {pid}). Close it first, or restore from its Settings dialog.</source>
        <translation>bioX Missions está abierto en esta carpeta de datos (proceso {pid}). Ciérrelo primero o restaure desde su configuración.</translation>
    </message>
    <message>
        <source>This file is the database in use, not a backup.</source>
        <translation>Este archivo es la base de datos en uso, no una copia.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>No se puede leer {path}: {why}</translation>
    </message>
    <message>
        <source>{path} does not open with this recovery code.</source>
        <translation>{path} no se abre con este código de recuperación.</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>This batch was already undone on {when}.</source>
        <extracomment>Columns an undo never touches: identity and provenance of the row.</extracomment>
        <translation>Esta importación ya se deshizo el {when}.</translation>
    </message>
    <message>
        <source>No batch {id}.</source>
        <translation>No existe la importación {id}.</translation>
    </message>
</context>
<context>
    <name>briefing</name>
    <message>
        <source>The document has no file name.</source>
        <extracomment>Largest document of a briefing pack: it is copied to every laptop of the delegation.</extracomment>
        <translation>El documento no tiene nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty.</source>
        <translation>«{name}» está vacío.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; a briefing document may be {limit} MB at most, because it is copied to every laptop of the delegation. Compress it or split it.</source>
        <translation>«{name}» ocupa {size:.1f} MB; un documento informativo puede ocupar {limit} MB como máximo, porque se copia en todos los portátiles de la delegación. Comprímalo o divídalo.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>no hay ninguna misión con id {id}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is damaged (its checksum does not match); add it again.</source>
        <translation>«{name}» está dañado (su suma de comprobación no coincide); añádalo de nuevo.</translation>
    </message>
    <message>
        <source>no briefing document with id {id}</source>
        <translation>no hay ningún documento informativo con id {id}</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>Reading cards needs Tesseract OCR: install it (Debian: tesseract-ocr and its language packages) and try again.</source>
        <extracomment>Tesseract languages by the mission&apos;s country; Latin-script languages otherwise.</extracomment>
        <translation>Para leer tarjetas se necesita Tesseract OCR: instálelo (Debian: tesseract-ocr y sus paquetes de idioma) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Tesseract could not read the card with {languages}: {problem}</source>
        <translation>Tesseract no pudo leer la tarjeta con {languages}: {problem}</translation>
    </message>
</context>
<context>
    <name>counterpart</name>
    <message>
        <source>the server gave no page address</source>
        <extracomment>How long a new link works unless the leader says otherwise (the server&apos;s default too).</extracomment>
        <translation>el servidor no dio ninguna dirección de página</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>{path} cannot be read: {why}</source>
        <extracomment>Environment variable a script may set on a computer without a keyring (never logged). argon2id parameters for passphrase-derived keys (about 0.3 s on a 2-core laptop). For passphrase folders: a short fingerprint of the derived key, so a mistyped passphrase is told at once (it reveals nothing the encrypted file does not: both test a guess).</extracomment>
        <translation>No se puede leer {path}: {why}</translation>
    </message>
    <message>
        <source>{path} names an unknown protection &apos;{mode}&apos;.</source>
        <translation>{path} indica una protección desconocida «{mode}».</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the key</source>
        <translation>el llavero del sistema no conservó la clave</translation>
    </message>
    <message>
        <source>No password store (OS keyring) works on this computer, so the database key cannot be kept in it. Choose a passphrase instead (set {env} for scripts), or install and unlock GNOME Keyring or KWallet.</source>
        <translation>Ningún almacén de contraseñas (llavero del sistema) funciona en este ordenador, así que la clave de la base de datos no puede guardarse en él. Elija en su lugar una frase de contraseña (defina {env} para los scripts), o instale y desbloquee GNOME Keyring o KWallet.</translation>
    </message>
    <message>
        <source>This data folder is protected by a passphrase; type it (or set {env}).</source>
        <translation>Esta carpeta de datos está protegida con una frase de contraseña; escríbala (o defina {env}).</translation>
    </message>
    <message>
        <source>This passphrase is not the one of this data folder.</source>
        <translation>Esta frase de contraseña no es la de esta carpeta de datos.</translation>
    </message>
    <message>
        <source>The key of the database in {folder} is not in this computer&apos;s keyring. If this folder comes from another computer, enter its recovery code (biox-desktop key restore --recovery-code CODE).</source>
        <translation>La clave de la base de datos de {folder} no está en el llavero de este ordenador. Si esta carpeta procede de otro ordenador, introduzca su código de recuperación (biox-desktop key restore --recovery-code CODE).</translation>
    </message>
    <message>
        <source>This is not a recovery code.</source>
        <translation>Esto no es un código de recuperación.</translation>
    </message>
    <message>
        <source>This recovery code has a typing error.</source>
        <translation>Este código de recuperación tiene un error de escritura.</translation>
    </message>
    <message>
        <source>the encrypted copy differs in: {tables}</source>
        <translation>la copia cifrada difiere en: {tables}</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with this key (a wrong passphrase or recovery code, or a damaged file). Nothing was changed.</source>
        <extracomment>Personal data: only the laptop&apos;s user may read the data folder and the database.</extracomment>
        <translation>La base de datos {path} no se puede abrir con esta clave (frase de contraseña o código de recuperación incorrectos, o archivo dañado). No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>dedupe</name>
    <message>
        <source>Reading contacts</source>
        <translation>Leyendo contactos</translation>
    </message>
    <message>
        <source>Finding candidate pairs</source>
        <translation>Buscando pares candidatos</translation>
    </message>
    <message>
        <source>Comparing candidates</source>
        <translation>Comparando candidatos</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <extracomment>Evidence weights in log2 odds for people. Agreement on a strong identifier is rare between two different people even inside a block (m ~ 0.5, u &lt; 0.005); names carry most of the rest. Disagreement weights are mild where people legitimately have several values (work and private email, mobile and office phone, the city where they were met). Below this many records the reasoned weights are used as they are: too few to learn from. A field seen on both sides of fewer random pairs than this keeps its reasoned weights. Random pairs drawn to learn how often different people agree on each field. Evidence weights in log2 odds for organisations. Which evidence keys belong to one field: at most one per field applies to a pair. m probabilities: how often two captures of the same person show each level of a field (given that both have the field). Reasoned, not fitted: work and private emails differ half the time, people carry two phones, captures typo a name about one time in five. Weight of an initial in :func:`name_similarity`, about a given name&apos;s length: &quot;L. Svensson&quot; and &quot;E. Svensson&quot; disagree on a whole first name, not on one letter of fifteen. Mailbox words that are no one&apos;s name (&quot;the.deans@&quot;, a household&apos;s address). Highest name similarity when a word of either name was read from its address. Evidence (log2 odds, without the prior) at or below which two records are two people, for grouping: they share a group only through a link of their own (a shared e-mail, say), never through a third record. Screen for names of one word or with initials: the best alignment of the shorter name inside the other (rapidfuzz partial_ratio, 0..1). How alike a word of the shorter name must be to one of the longer (a typo is allowed). The levels of each field, in the order :func:`_compare_person_pair` emits its keys; level 0 means the field gives no key.</extracomment>
        <translation>Comparando nombres</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupando</translation>
    </message>
    <message>
        <source>Reading organisations</source>
        <extracomment>Shortest consonant outline that may tie a katakana name to a Latin one.</extracomment>
        <translation>Leyendo organizaciones</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>different addresses at the same organisation</source>
        <translation>direcciones distintas en la misma organización</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same phone number, written differently</source>
        <translation>mismo número, escrito de otra forma</translation>
    </message>
    <message>
        <source>different phones</source>
        <translation>teléfonos distintos</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same name in another script</source>
        <translation>mismo nombre en otra escritura</translation>
    </message>
    <message>
        <source>initials match the name</source>
        <translation>las iniciales coinciden con el nombre</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>misma organización</translation>
    </message>
    <message>
        <source>similar organisation</source>
        <translation>organización parecida</translation>
    </message>
    <message>
        <source>different organisations</source>
        <translation>organizaciones distintas</translation>
    </message>
    <message>
        <source>different countries</source>
        <translation>países distintos</translation>
    </message>
    <message>
        <source>same city</source>
        <translation>misma ciudad</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>misma dirección</translation>
    </message>
    <message>
        <source>different addresses</source>
        <translation>direcciones distintas</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>mismo sitio web</translation>
    </message>
    <message>
        <source>different websites</source>
        <translation>sitios web distintos</translation>
    </message>
    <message>
        <source>one name is part of the other</source>
        <translation>un nombre forma parte del otro</translation>
    </message>
    <message>
        <source>e-mail addresses one letter apart</source>
        <translation>direcciones de correo que difieren en una letra</translation>
    </message>
    <message>
        <source>name completed from the e-mail address</source>
        <translation>nombre completado a partir de la dirección de correo</translation>
    </message>
    <message>
        <source>one is a department of the other</source>
        <translation>una es un departamento de la otra</translation>
    </message>
    <message>
        <source>same organisation named with its address</source>
        <translation>misma organización nombrada con su dirección</translation>
    </message>
    <message>
        <source>same words in another order</source>
        <translation>mismas palabras en otro orden</translation>
    </message>
    <message>
        <source>same name in another script, spelt by ear</source>
        <translation>mismo nombre en otra escritura, transcrito de oído</translation>
    </message>
    <message>
        <source>names one letter apart</source>
        <translation>nombres que difieren en una letra</translation>
    </message>
    <message>
        <source>common name ({count} records)</source>
        <translation>nombre frecuente ({count} registros)</translation>
    </message>
    <message>
        <source>similar name ({score}) in another script</source>
        <translation>nombre parecido ({score}) en otra escritura</translation>
    </message>
    <message>
        <source>similar name ({score})</source>
        <translation>nombre parecido ({score})</translation>
    </message>
    <message>
        <source>somewhat similar name ({score})</source>
        <translation>nombre algo parecido ({score})</translation>
    </message>
    <message>
        <source>different names ({score})</source>
        <translation>nombres distintos ({score})</translation>
    </message>
    <message>
        <source>similar address ({score})</source>
        <translation>dirección parecida ({score})</translation>
    </message>
    <message>
        <source>same {network} id</source>
        <translation>mismo identificador de {network}</translation>
    </message>
</context>
<context>
    <name>erasure</name>
    <message>
        <source>No person with id {id}.</source>
        <extracomment>Statements that re-index the leads marked dirty, then merge the index&apos;s segments so the erased text leaves the FTS5 b-tree (not only its doclists) before the vacuum. Table -&gt; rows blanked (tombstoned or unlinked) there. Outbox entries, refused and quarantined sync rows, undo notes removed.</extracomment>
        <translation>No hay ninguna persona con id {id}.</translation>
    </message>
    <message>
        <source>Only a coordinator, or the company owning a private lead of this person, may erase them.</source>
        <translation>Solo un coordinador, o la empresa propietaria de un contacto privado de esta persona, puede borrarla.</translation>
    </message>
    <message>
        <source>This person was already erased on {date}.</source>
        <translation>Esta persona ya se borró el {date}.</translation>
    </message>
    <message>
        <source>this person asked to be erased on {date}; not imported</source>
        <translation>esta persona pidió que se la borrara el {date}; no importada</translation>
    </message>
    <message>
        <source>Not sent: {reason}.</source>
        <translation>No enviado: {reason}.</translation>
    </message>
</context>
<context>
    <name>feeds</name>
    <message>
        <source>the server gave no feed address</source>
        <translation>el servidor no dio ninguna dirección de suscripción</translation>
    </message>
</context>
<context>
    <name>funder_report</name>
    <message>
        <source>Outcomes of the missions</source>
        <translation>Resultados de las misiones</translation>
    </message>
    <message>
        <source>Com­panies</source>
        <extracomment>The headline figures, in the order funders read them. Columns of the per-cluster / per-country / per-mission tables, with their short headers.</extracomment>
        <translation>Em­pre­sas</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Dele­ga­dos</translation>
    </message>
    <message>
        <source>Meetings re­quested</source>
        <translation>Reu­nio­nes so­li­ci­ta­das</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reu­nio­nes ce­le­bra­das</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Con­tac­tos</translation>
    </message>
    <message>
        <source>Lead rating</source>
        <translation>Valo­ra­ción de con­tac­tos</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Segui­mien­tos hechos</translation>
    </message>
    <message>
        <source>SME agree­ments</source>
        <translation>Acuer­dos entre pymes</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Memo­ran­dos</translation>
    </message>
    <message>
        <source>Conver­sion</source>
        <translation>Conver­sión</translation>
    </message>
    <message>
        <source>Mission and target country: a record belongs to the mission it was made on, and to that mission&apos;s target country. An agreement registered without a mission belongs to the mission of the first meeting or lead it came from; with neither, it counts only in the totals.</source>
        <translation>Misión y país de destino: un registro pertenece a la misión en la que se hizo y al país de destino de esa misión. Un acuerdo registrado sin misión pertenece a la misión de la primera reunión o contacto del que surgió; sin ninguno de ellos, solo cuenta en los totales.</translation>
    </message>
    <message>
        <source>Cluster: the cluster of origin of the delegation company involved (an SME&apos;s home cluster; the cluster itself for cluster staff and MoUs). An agreement counts for every cluster one of its parties belongs to, so per-cluster counts can add up to more than the total, where each agreement counts once.</source>
        <translation>Clúster: el clúster de origen de la empresa de la delegación implicada (el clúster de pertenencia de una pyme; el propio clúster para su personal y los memorandos). Un acuerdo cuenta para cada clúster al que pertenece una de sus partes, por lo que las cifras por clúster pueden sumar más que el total, en el que cada acuerdo cuenta una vez.</translation>
    </message>
    <message>
        <source>Period: companies, delegates and meeting requests count by the mission&apos;s first day; meetings by the day they took place (local time); leads by the day they were captured; follow-ups by the day they were done, or fall due while open; signed agreements by their signature date, agreements in progress by the day they were registered.</source>
        <translation>Periodo: empresas, delegados y solicitudes de reunión cuentan según el primer día de la misión; las reuniones según el día en que se celebraron (hora local); los contactos según el día en que se registraron; los seguimientos según el día en que se hicieron o, si siguen abiertos, su vencimiento; los acuerdos firmados según su fecha de firma, los acuerdos en curso según el día en que se registraron.</translation>
    </message>
    <message>
        <source>Deleted records are never counted. Ratings run from 1 (cold) to 5 (very promising); averages and rates show &apos;–&apos; when there is nothing to divide.</source>
        <translation>Los registros eliminados nunca se cuentan. Las valoraciones van de 1 (frío) a 5 (muy prometedor); medias y tasas muestran «–» cuando no hay nada que dividir.</translation>
    </message>
    <message>
        <source>Report to funders: delegations, meetings, leads, agreements and MoUs</source>
        <translation>Informe para financiadores: delegaciones, reuniones, contactos, acuerdos y memorandos</translation>
    </message>
    <message>
        <source>Figures as of {today}</source>
        <translation>Cifras a {today}</translation>
    </message>
    <message>
        <source>Funder report ({scope})</source>
        <translation>Informe para financiadores ({scope})</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Over {n} missions ({filters}).</source>
        <translation>En {n} misiones ({filters}).</translation>
    </message>
    <message>
        <source>Over 1 mission ({filters}).</source>
        <translation>En 1 misión ({filters}).</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>Todas las cifras</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Qué cuenta</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Meetings: from request to agreement</source>
        <translation>Reuniones: de la solicitud al acuerdo</translation>
    </message>
    <message>
        <source>Results per cluster</source>
        <translation>Resultados por clúster</translation>
    </message>
    <message>
        <source>Signed agreements by kind, and lead ratings</source>
        <translation>Acuerdos firmados por tipo y valoraciones de contactos</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Por clúster</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Per target country</source>
        <translation>Por país de destino</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Por misión</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Nothing to report for this selection.</source>
        <translation>Nada que informar para esta selección.</translation>
    </message>
    <message>
        <source>A shared agreement counts for each cluster involved; the total row counts it once.</source>
        <translation>Un acuerdo compartido cuenta para cada clúster implicado; la fila del total lo cuenta una vez.</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Acuerdos y memorandos</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title and parties</source>
        <translation>Título y partes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>MoU · </source>
        <translation>MoU · </translation>
    </message>
    <message>
        <source>No agreements or MoUs in this selection.</source>
        <translation>No hay acuerdos ni memorandos en esta selección.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
    <message>
        <source>Follow-up outcomes: {outcomes}.</source>
        <translation>Resultados de los seguimientos: {outcomes}.</translation>
    </message>
    <message>
        <source>Companies accompanied</source>
        <translation>Empresas acompañadas</translation>
    </message>
    <message>
        <source>{n} companies accompanied in {m} markets.</source>
        <translation>{n} empresas acompañadas en {m} mercados.</translation>
    </message>
    <message>
        <source>{n} companies attended {w} workshops at home.</source>
        <translation>{n} empresas asistieron a {w} talleres en origen.</translation>
    </message>
    <message>
        <source>1 cooperation agreement with gateway partners.</source>
        <translation>1 acuerdo de cooperación con socios de enlace.</translation>
    </message>
    <message>
        <source>{n} cooperation agreements with gateway partners.</source>
        <translation>{n} acuerdos de cooperación con socios de enlace.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>A company counts once in the total, once per market (the mission&apos;s target country) and once per cluster (its home cluster, or else the mission&apos;s lead cluster). Workshops at home are counted apart.</source>
        <translation>Una empresa cuenta una vez en el total, una vez por mercado (el país de destino de la misión) y una vez por clúster (su clúster de origen o, si no, el clúster líder de la misión). Los talleres en origen se cuentan aparte.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitadas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebradas</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Led to an agreement</source>
        <translation>Llevaron a un acuerdo</translation>
    </message>
    <message>
        <source>Leads rated 4–5</source>
        <translation>Contactos valorados 4–5</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Acuerdos entre pymes</translation>
    </message>
    <message>
        <source>No signed agreements in this selection.</source>
        <translation>No hay acuerdos firmados en esta selección.</translation>
    </message>
    <message>
        <source>Leads by rating (1 cold – 5 very promising)</source>
        <translation>Contactos por valoración (1 frío – 5 muy prometedor)</translation>
    </message>
    <message>
        <source>Total (each record once)</source>
        <translation>Total (cada registro una vez)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: export to a .csv or .xlsx file</source>
        <translation>«{name}»: exporte a un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>By mission</source>
        <translation>Por misión</translation>
    </message>
    <message>
        <source>By cluster</source>
        <translation>Por clúster</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>Companies at workshops at home</source>
        <translation>Empresas en talleres en origen</translation>
    </message>
    <message>
        <source>Cooperation agreements with gateway partners</source>
        <translation>Acuerdos de cooperación con socios de enlace</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <source>{where}: line {line} and possibly others are not valid UTF-8; the unreadable bytes were replaced by �</source>
        <extracomment>The domain part of every UID this application writes (RFC 5545 suggests ``id@domain``). UTC start of the occurrence this replaces, for occurrences of a repeating event. Events (occurrences) the file marks STATUS:CANCELLED: never live programme items, but a service may remove what an earlier import of the same UID created.</extracomment>
        <translation>{where}: la línea {line} y quizá otras no son UTF-8 válido; los bytes ilegibles se han sustituido por �</translation>
    </message>
    <message>
        <source>{where}: the file is empty</source>
        <translation>{where}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{where}: line {line}: not an iCalendar content line (NAME:VALUE): {text}</source>
        <translation>{where}: línea {line}: no es una línea de contenido iCalendar (NAME:VALUE): {text}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where}: línea {line}: {name} fuera de un calendario; el archivo debe empezar por BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{where}: line {line}: BEGIN:{component} outside a calendar; the file must start with BEGIN:VCALENDAR</source>
        <translation>{where}: línea {line}: BEGIN:{component} fuera de un calendario; el archivo debe empezar por BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{where}: line {line}: a calendar nested inside the calendar begun at line {begun}</source>
        <translation>{where}: línea {line}: un calendario anidado dentro del calendario iniciado en la línea {begun}</translation>
    </message>
    <message>
        <source>{where}: line {line}: bad component name {name}</source>
        <translation>{where}: línea {line}: nombre de componente incorrecto {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: END:{component} does not close BEGIN:{open} from line {begun}</source>
        <translation>{where}: línea {line}: END:{component} no cierra el BEGIN:{open} de la línea {begun}</translation>
    </message>
    <message>
        <source>{where}: the file ends inside {component} begun at line {begun} (no END:{component}; is the file cut short?)</source>
        <translation>{where}: el archivo termina dentro de {component}, iniciado en la línea {begun} (no hay END:{component}; ¿está cortado el archivo?)</translation>
    </message>
    <message>
        <source>{where}: no BEGIN:VCALENDAR found</source>
        <translation>{where}: no se encontró ningún BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>{where}: {count} empty lines ignored (first at line {line}); iCalendar does not allow them, but other calendar programs read past them</source>
        <translation>{where}: {count} líneas vacías ignoradas (la primera en la línea {line}); iCalendar no las permite, pero otros programas de calendario las pasan por alto</translation>
    </message>
    <message>
        <source>{where}: an empty TZID was used; its VTIMEZONE (if any) was applied as given</source>
        <translation>{where}: se usó un TZID vacío; su VTIMEZONE (si lo hay) se aplicó tal cual</translation>
    </message>
    <message>
        <source>{where}: line {line}: blanks around the value of {names} were removed (a space before a value is not iCalendar, but other calendar programs accept it)</source>
        <extracomment>Properties whose values have a grammar without blanks: a space before or after one (as some exporters write &quot;DTSTART: 20240101T090000&quot;) is removed, with a warning.</extracomment>
        <translation>{where}: línea {line}: se quitaron los espacios en torno al valor de {names} (un espacio antes de un valor no es iCalendar válido, pero otros programas de calendario lo aceptan)</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} {value} is not in UTC as iCalendar requires; accepted, it does not change the programme</source>
        <translation>{where}: línea {line}: {name} {value} no está en UTC como exige iCalendar; se acepta, no cambia el programa</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} is written with blanks or quotes around its name; read as {name}</source>
        <translation>{where}: línea {line}: la zona horaria {tzid} está escrita con espacios o comillas alrededor del nombre; se lee como {name}</translation>
    </message>
    <message>
        <source>{where}: line {line}: VERSION:{version} is the old vCalendar format, which is not supported; export the calendar as iCalendar 2.0</source>
        <translation>{where}: línea {line}: VERSION:{version} es el antiguo formato vCalendar, que no se admite; exporte el calendario como iCalendar 2.0</translation>
    </message>
    <message>
        <source>{where}: line {line}: unsupported iCalendar VERSION {version}</source>
        <translation>{where}: línea {line}: VERSION de iCalendar no admitida {version}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a UTC date-time like 20240101T120000Z, got {value}</source>
        <translation>{where}: línea {line}: {name} debe ser una fecha y hora UTC como 20240101T120000Z, pero es {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be an address such as mailto:name@example.org (no spaces), got {value}</source>
        <translation>{where}: línea {line}: {name} debe ser una dirección como mailto:name@example.org (sin espacios), pero es {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: GEO must be &apos;latitude;longitude&apos;, got {value}</source>
        <translation>{where}: línea {line}: GEO debe ser «latitud;longitud», pero es {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} has an empty or malformed value {value}</source>
        <translation>{where}: línea {line}: {name} tiene un valor vacío o mal formado {value}</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} must be a whole number, got {value}</source>
        <translation>{where}: línea {line}: {name} debe ser un número entero, pero es {value}</translation>
    </message>
    <message>
        <source>{where}: time zone {tzid} is not an IANA zone; times were converted to UTC with the file&apos;s own definition and will be shown in {zone}</source>
        <translation>{where}: la zona horaria {tzid} no es una zona IANA; las horas se convirtieron a UTC con la definición del propio archivo y se mostrarán en {zone}</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no PRODID</source>
        <translation>{where}: el calendario {number} no tiene PRODID</translation>
    </message>
    <message>
        <source>{where}: calendar {number} has no VERSION; read as 2.0</source>
        <translation>{where}: el calendario {number} no tiene VERSION; se lee como 2.0</translation>
    </message>
    <message>
        <source>VEVENT without DTSTART</source>
        <translation>VEVENT sin DTSTART</translation>
    </message>
    <message>
        <source>{where}: {count} event(s) have no DTSTART, so they cannot be placed in time (RFC 5545 requires DTSTART when the calendar has no METHOD)</source>
        <translation>{where}: {count} evento(s) sin DTSTART no se pueden situar en el tiempo (el RFC 5545 exige DTSTART cuando el calendario no tiene METHOD)</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) ({shown}), but no occurrence {between}; nothing to import</source>
        <translation>{where}: {count} evento(s) periódico(s) ({shown}), pero ninguna repetición {between}; nada que importar</translation>
    </message>
    <message>
        <source>{where}: repeating event(s) {shown} have no occurrence {between}; not imported</source>
        <translation>{where}: los eventos periódicos {shown} no tienen ninguna repetición {between}; no importados</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{where}: a readable calendar, but it holds no dated events (VEVENT with DTSTART) to import as a programme; it contains {kinds}</source>
        <translation>{where}: un calendario legible, pero sin eventos con fecha (VEVENT con DTSTART) que importar como programa; contiene {kinds}</translation>
    </message>
    <message>
        <source>{where}: ignored what is not a dated event: {kinds}</source>
        <translation>{where}: se ignoró lo que no es un evento con fecha: {kinds}</translation>
    </message>
    <message>
        <source>at all (every date is excluded)</source>
        <extracomment>Titles of repeating events with no occurrence in the window. (UID, occurrence) -&gt; +1 when its last version in the file is live, -1 when cancelled.</extracomment>
        <translation>(todas las fechas están excluidas)</translation>
    </message>
    <message>
        <source>between {first} and {last}</source>
        <translation>entre {first} y {last}</translation>
    </message>
    <message>
        <source>{where}: {count} repeated version(s) of the same event (same UID) were replaced by the last one in the file</source>
        <translation>{where}: {count} versión(es) repetida(s) del mismo evento (mismo UID) se sustituyeron por la última del archivo</translation>
    </message>
    <message>
        <source>{message} (line {line}, {name})</source>
        <translation>{message} (línea {line}, {name})</translation>
    </message>
    <message>
        <source>{where}: line {line}: {name} uses time zone {tzid}, which the file does not define (no VTIMEZONE) and which is not an IANA zone name</source>
        <translation>{where}: línea {line}: {name} usa la zona horaria {tzid}, que el archivo no define (no hay VTIMEZONE) y que no es un nombre de zona IANA</translation>
    </message>
    <message>
        <source>{where}: line {line}: time zone {tzid} has no VTIMEZONE in the file; used the IANA zone of that name</source>
        <translation>{where}: línea {line}: la zona horaria {tzid} no tiene VTIMEZONE en el archivo; se usó la zona IANA de ese nombre</translation>
    </message>
    <message>
        <source>{where}: line {line}: {component}: {name}: {error}</source>
        <translation>{where}: línea {line}: {component}: {name}: {error}</translation>
    </message>
    <message>
        <source>{where}: {component}: a line: {error}</source>
        <translation>{where}: {component}: una línea: {error}</translation>
    </message>
    <message>
        <source>{where}: line {line}</source>
        <translation>{where}: línea {line}</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file defines time zone {tzid} for; used the IANA rules</source>
        <translation>{where}: {name} {when} es anterior a la primera fecha para la que el archivo define la zona horaria {tzid}; se usaron las reglas IANA</translation>
    </message>
    <message>
        <source>{where}: {name} {when} is before the first date the file&apos;s time zone {tzid} is defined for ({first}), so its UTC time is unknown</source>
        <translation>{where}: {name} {when} es anterior a la primera fecha para la que está definida la zona horaria {tzid} del archivo ({first}), así que su hora UTC es desconocida</translation>
    </message>
    <message>
        <source>{where}: X-WR-TIMEZONE {zone} is not an IANA zone; ignored</source>
        <translation>{where}: X-WR-TIMEZONE {zone} no es una zona IANA; se ignora</translation>
    </message>
    <message>
        <source>{where}: event {title} has no UID; derived one</source>
        <translation>{where}: el evento {title} no tiene UID; se ha derivado uno</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>Leyendo los eventos</translation>
    </message>
    <message>
        <source>{where}: {event}: RANGE=THISANDFUTURE is applied to one occurrence only</source>
        <translation>{where}: {event}: RANGE=THISANDFUTURE se aplica solo a una repetición</translation>
    </message>
    <message>
        <source>{where}: {event} is cancelled (STATUS:CANCELLED); not imported as a programme item</source>
        <translation>{where}: {event} está cancelado (STATUS:CANCELLED); no se importa como elemento del programa</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond the import window and were imported only within it ({shown})</source>
        <translation>{where}: {count} evento(s) periódico(s) continúan más allá del periodo de importación y solo se importaron dentro de él ({shown})</translation>
    </message>
    <message>
        <source>{where}: {count} repeating event(s) continue beyond one year from their first date and were imported only within it ({shown})</source>
        <translation>{where}: {count} evento(s) periódico(s) continúan más allá de un año desde su primera fecha y solo se importaron dentro de ese año ({shown})</translation>
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
        <translation>{where}: {event} no tiene DTSTART, así que no se puede situar en el tiempo</translation>
    </message>
    <message>
        <source>{where}: {event}: DTSTART and DTEND must both be dates or both be date-times</source>
        <translation>{where}: {event}: DTSTART y DTEND deben ser ambos fechas o ambos fechas con hora</translation>
    </message>
    <message>
        <source>{where}: {event} ends before it starts</source>
        <translation>{where}: {event} termina antes de empezar</translation>
    </message>
    <message>
        <source>{where}: {event}: bad RRULE: {error}</source>
        <translation>{where}: {event}: RRULE incorrecta: {error}</translation>
    </message>
</context>
<context>
    <name>journey</name>
    <message>
        <source>Laying out the journey</source>
        <translation>Maquetando la trayectoria</translation>
    </message>
    <message>
        <source>Home cluster: {name}</source>
        <translation>Clúster de origen: {name}</translation>
    </message>
    <message>
        <source>{n} missions in {c} countries, {years}</source>
        <translation>{n} misiones en {c} países, {years}</translation>
    </message>
    <message>
        <source>{name} — Journey</source>
        <translation>{name} — Trayectoria</translation>
    </message>
    <message>
        <source>Journey across missions</source>
        <translation>Trayectoria a lo largo de las misiones</translation>
    </message>
    <message>
        <source>Missions, meetings, leads and agreements</source>
        <translation>Misiones, reuniones, contactos y acuerdos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Dele­gates</source>
        <translation>Dele­ga­dos</translation>
    </message>
    <message>
        <source>Meet­ings</source>
        <translation>Reu­nio­nes</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Agree­ments</source>
        <translation>Acuer­dos</translation>
    </message>
    <message>
        <source>Follow-
ups done</source>
        <translation>Segui­mien­tos hechos</translation>
    </message>
    <message>
        <source>Not on any mission yet.</source>
        <translation>Aún no ha participado en ninguna misión.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>Aún no hay nadie registrado.</translation>
    </message>
    <message>
        <source>Gateway partner of</source>
        <translation>Socio de enlace de</translation>
    </message>
    <message>
        <source>Other agreements</source>
        <translation>Otros acuerdos</translation>
    </message>
    <message>
        <source>lead cluster {name}</source>
        <translation>clúster líder {name}</translation>
    </message>
    <message>
        <source>Delegates: {names}</source>
        <translation>Delegados: {names}</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>kpis</name>
    <message>
        <source>all dates</source>
        <extracomment>The legal basis the lead is kept on: &quot;consent&quot;, &quot;legitimate_interest&quot; or None (missing).</extracomment>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: write 2026-01-01..2026-12-31 or 2026</source>
        <translation>«{text}» no es un periodo: escriba 2026-01-01..2026-12-31 o 2026</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a period: dates are written YYYY-MM-DD</source>
        <translation>«{text}» no es un periodo: las fechas se escriben AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>el periodo termina ({end}) antes de empezar ({start})</translation>
    </message>
</context>
<context>
    <name>leads</name>
    <message>
        <source>No legal basis {days} days after capture: record consent or legitimate interest, or erase the person</source>
        <extracomment>Who receives a lead when syncing, in the delegate&apos;s words. GDPR bases a lead may be kept on. The basis an import gives its whole batch (&quot;none&quot;: every lead is marked consent missing). Why a lead is due for review (retention), in the coordinator&apos;s words.</extracomment>
        <translation>Sin base jurídica {days} días después del registro: registre el consentimiento o el interés legítimo, o borre a la persona</translation>
    </message>
    <message>
        <source>No activity (edit, follow-up, meeting) for {months} months: erase the person, or edit the lead if it is still needed</source>
        <translation>Sin actividad (edición, seguimiento, reunión) durante {months} meses: borre a la persona, o edite el contacto si aún es necesario</translation>
    </message>
    <message>
        <source>Choose a mission to share a lead with its delegation.</source>
        <extracomment>Where a lead came from. badge: an attendee list&apos;s row; card: a business card&apos;s photo read by OCR. Messaging networks the quick form asks for, in this order. Phones kept exactly as typed until a person confirms their country (they could be read in two countries, see core.phones.read_phone); validation never rewrites them. Countries the card points to (its address, e-mail domains): numbers are also tried there. The card the lead was read from (None when typed): what the lead&apos;s fields cannot hold (structured name, types, addresses, birthday, kept properties ...) is stored with the person and written back on export; see :func:`card_for_lead`. The batch of the whole import run, for &quot;undo this import&quot; (None: nothing changed). Leads of this file (imported or updated) that have no legal basis after the import.</extracomment>
        <translation>Elija una misión para compartir un contacto con su delegación.</translation>
    </message>
    <message>
        <source>The organisation&apos;s card (KIND:org) has no name.</source>
        <translation>La tarjeta de la organización (KIND:org) no tiene nombre.</translation>
    </message>
    <message>
        <source>The card has no name (no FN or N): it is not imported under its e-mail or company; add the name to the card and import it again.</source>
        <translation>La tarjeta no tiene nombre (ni FN ni N): no se importa con su correo ni su empresa; añada el nombre a la tarjeta e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Indique el nombre de la persona.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>El nombre es demasiado largo (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«{email}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source> (read as a number in {where})</source>
        <translation> (leído como número de {where})</translation>
    </message>
    <message>
        <source>{problem}{hint}.</source>
        <translation>{problem}{hint}.</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network.</source>
        <translation>«{network}» no es una red de mensajería.</translation>
    </message>
    <message>
        <source>{network}: {problem}.</source>
        <translation>{network}: {problem}.</translation>
    </message>
    <message>
        <source>Rate the interest from 1 to 5.</source>
        <translation>Valore el interés de 1 a 5.</translation>
    </message>
    <message>
        <source>&apos;{visibility}&apos; is not a visibility.</source>
        <translation>«{visibility}» no es una visibilidad.</translation>
    </message>
    <message>
        <source>&apos;{source}&apos; is not a lead source.</source>
        <translation>«{source}» no es una fuente de contacto.</translation>
    </message>
    <message>
        <source>&apos;{consent_basis}&apos; is not a GDPR basis.</source>
        <translation>«{consent_basis}» no es una base del RGPD.</translation>
    </message>
    <message>
        <source>The privacy policy asks for a legal basis: choose consent once the person agreed to the wording shown, or legitimate interest.</source>
        <translation>La política de privacidad exige una base jurídica: elija el consentimiento una vez que la persona haya aceptado el texto mostrado, o el interés legítimo.</translation>
    </message>
    <message>
        <source>A LinkedIn profile is a link or a name, no spaces.</source>
        <translation>Un perfil de LinkedIn es un enlace o un nombre, sin espacios.</translation>
    </message>
    <message>
        <source>The next action is too long (300 at most).</source>
        <translation>La próxima acción es demasiado larga (300 como máximo).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type 2026-12-01, +3 (days), 2w or tomorrow.</source>
        <extracomment>Words for days from today in the five languages of the app, accents folded (&quot;mañana&quot;). &quot;+3&quot;, &quot;3d&quot;, &quot;2w&quot; and their words: Tage/jours/días/giorni, Wochen/semaines/semanas/settimane.</extracomment>
        <translation>«{text}» no es una fecha: escriba 2026-12-01, +3 (días), 2w o tomorrow.</translation>
    </message>
    <message>
        <source>phone &apos;{phone}&apos; is not a valid number: it is not among the lead&apos;s phones, but is kept on the card and written back on export</source>
        <translation>el teléfono «{phone}» no es un número válido: no figura entre los teléfonos del contacto, pero se conserva en la tarjeta y se vuelve a escribir al exportar</translation>
    </message>
    <message>
        <source>e-mail &apos;{email}&apos; is not an e-mail address: it is not among the lead&apos;s e-mails, but is kept on the card and written back on export</source>
        <translation>el correo «{email}» no es una dirección de correo electrónico: no figura entre los correos del contacto, pero se conserva en la tarjeta y se vuelve a escribir al exportar</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: {problem}</source>
        <translation>el identificador de {network} «{id}» se conserva en la tarjeta y se vuelve a escribir al exportar, pero no figura entre los identificadores del contacto: {problem}</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card and written back on export, but not among the lead&apos;s ids: a lead keeps one id per network</source>
        <translation>el identificador de {network} «{id}» se conserva en la tarjeta y se vuelve a escribir al exportar, pero no figura entre los identificadores del contacto: un contacto conserva un identificador por red</translation>
    </message>
    <message>
        <source>the {what} is longer than {limit} characters: the lead shows the first {limit}; the card keeps it whole for export</source>
        <translation>el campo {what} supera los {limit} caracteres: el contacto muestra los primeros {limit}; la tarjeta lo conserva entero para la exportación</translation>
    </message>
    <message>
        <source>the photo is a link ({uri}): it is not downloaded, but the link is kept and written back on export</source>
        <translation>la foto es un enlace ({uri}): no se descarga, pero el enlace se conserva y se vuelve a escribir al exportar</translation>
    </message>
    <message>
        <source>&apos;{network}&apos; is not a messaging network</source>
        <translation>«{network}» no es una red de mensajería</translation>
    </message>
    <message>
        <source>shares the mailbox {email} with {name}, which names no one person: imported as a new lead</source>
        <extracomment>Files a folder import picks up. Most results a search returns (a person types more to narrow it down). Columns of the CSV and XLSX exports. A lead (aliased ``l``) without a live consent record: no legal basis. Re-index the leads the triggers marked (migration 0004), in the caller&apos;s transaction. Leads a new card is said to resemble, at most (the rest are counted).</extracomment>
        <translation>comparte con {name} el buzón {email}, que no pertenece a ninguna persona concreta: importado como contacto nuevo</translation>
    </message>
    <message>
        <source>shares the e-mail {email} with {name} under another name: imported as a new lead</source>
        <translation>comparte el correo {email} con {name} con otro nombre: importado como contacto nuevo</translation>
    </message>
    <message>
        <source>shares the phone {phone} with {name}; a phone alone does not identify a person: imported as a new lead</source>
        <translation>comparte el teléfono {phone} con {name}; un teléfono por sí solo no identifica a una persona: importado como contacto nuevo</translation>
    </message>
    <message>
        <source>resembles {n} more leads the same way</source>
        <translation>se parece de la misma forma a otros {n} contactos</translation>
    </message>
    <message>
        <source>That mission does not exist.</source>
        <translation>Esa misión no existe.</translation>
    </message>
    <message>
        <source>That organisation no longer exists; type its name.</source>
        <translation>Esa organización ya no existe; escriba su nombre.</translation>
    </message>
    <message>
        <source>That meeting does not exist.</source>
        <translation>Esa reunión no existe.</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>tecleado</translation>
    </message>
    <message>
        <source>from a vCard</source>
        <translation>desde una vCard</translation>
    </message>
    <message>
        <source>from a QR code</source>
        <translation>desde un código QR</translation>
    </message>
    <message>
        <source>from a spreadsheet</source>
        <translation>desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>last change received by sync</source>
        <translation>último cambio recibido por sincronización</translation>
    </message>
    <message>
        <source>{basis}, wording {version}</source>
        <translation>{basis}, texto {version}</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>{label} (batch {id})</source>
        <translation>{label} (importación {id})</translation>
    </message>
    <message>
        <source>, undone on {when}</source>
        <translation>, deshecho el {when}</translation>
    </message>
    <message>
        <source>&apos;{basis}&apos; is not a legal basis: consent, legitimate_interest or none.</source>
        <translation>«{basis}» no es una base jurídica: consent, legitimate_interest o none.</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; is kept on the card (written back on export) but not among the lead&apos;s ids: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>el identificador de {network} «{id}» se conserva en la tarjeta (se vuelve a escribir al exportar) pero no figura entre los identificadores del contacto: el contacto conserva «{kept}» (un identificador por red)</translation>
    </message>
    <message>
        <source>{network} id &apos;{id}&apos; left out: the lead keeps &apos;{kept}&apos; (one id per network)</source>
        <translation>identificador de {network} «{id}» descartado: el contacto conserva «{kept}» (un identificador por red)</translation>
    </message>
    <message>
        <source>Imported from no file</source>
        <extracomment>The file says who sees the lead (a spreadsheet&apos;s &quot;visibility&quot; column).</extracomment>
        <translation>Importado sin archivo</translation>
    </message>
    <message>
        <source>Imported from {files}</source>
        <translation>Importado desde {files}</translation>
    </message>
    <message>
        <source>Imported from {files} and {n} more files</source>
        <translation>Importado desde {files} y {n} archivos más</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>How the edit history names a changed field (translated when the history is read).</extracomment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>romanised name</source>
        <translation>nombre romanizado</translation>
    </message>
    <message>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>correos</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>teléfonos</translation>
    </message>
    <message>
        <source>messaging ids</source>
        <translation>identificadores de mensajería</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>interés</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>próxima acción</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>misión</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilidad</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>vCard UID</source>
        <translation>UID de vCard</translation>
    </message>
    <message>
        <source>{name}: card {card} (line {line})</source>
        <extracomment>The region phones without a country code are read in (the mission&apos;s country). The batch recorded for this run once it is committed (None: nothing changed). The legal basis recorded for the batch&apos;s leads (None: consent missing). Erasure records: a card of an erased person is listed and skipped, never imported.</extracomment>
        <translation>{name}: tarjeta {card} (línea {line})</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <extracomment>Files a folder import picks up.</extracomment>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <source>{name}: the file cannot be read: {reason}</source>
        <translation>{name}: no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>{name}: row {row}</source>
        <extracomment>Files read as lead tables (the columns of the leads export) rather than vCards. Export columns an import does not read back: where and when it was captured, and consent (a file cannot prove consent; a person records it). Other names of the import&apos;s columns: spreadsheets typed by people, in the app&apos;s languages, and the contact exports of mail programs (Outlook, Google, Apple), keyed by the header folded to ASCII letters and digits (&quot;E-mail Address&quot; -&gt; &quot;emailaddress&quot;). Several columns may fill ``emails`` or ``phones`` (work, home, mobile); the other fields take the first non-empty. Columns whose values add up (several e-mail or phone columns of one contact export).</extracomment>
        <translation>{name}: fila {row}</translation>
    </message>
    <message>
        <source>{name}: columns not read: {columns}</source>
        <translation>{name}: columnas no leídas: {columns}</translation>
    </message>
    <message>
        <source>{where}: the rating &apos;{value}&apos; is not a number from 1 to 5</source>
        <translation>{where}: la valoración «{value}» no es un número del 1 al 5</translation>
    </message>
    <message>
        <source>{where}: the due date &apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>{where}: la fecha límite «{value}» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{fmt}&apos; is not vcf, csv or xlsx.</source>
        <translation>«{fmt}» no es vcf, csv ni xlsx.</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>private capture</source>
        <translation>captura privada</translation>
    </message>
    <message>
        <source>The record to keep must be one of the group.</source>
        <extracomment>How many leads, meetings, roster entries and other records point at it. Member ids whose value may not go into the survivor (narrower scope than the survivor). field -&gt; member id (take that member&apos;s value) or COMBINED; missing fields: the default.</extracomment>
        <translation>El registro que se conserva debe ser del grupo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a field of a {kind}.</source>
        <translation>«{name}» no es un campo de {kind}.</translation>
    </message>
    <message>
        <source>Only lists (e-mails, phones…) can be combined.</source>
        <translation>Solo las listas (correos, teléfonos…) se pueden combinar.</translation>
    </message>
    <message>
        <source>Take &apos;{name}&apos; from a record of the group.</source>
        <translation>Tome «{name}» de un registro del grupo.</translation>
    </message>
    <message>
        <source>no candidate group {group_id} (already merged, marked not a duplicate, or its records changed: list the candidates again)</source>
        <extracomment>Rows that decide who sees a mission: only leaders and coordinators may write them. The data version (:meth:`Database.data_version`) the cached search was made at.</extracomment>
        <translation>no hay grupo candidato {group_id} (ya fusionado, marcado como no duplicado o sus registros cambiaron: vuelva a listar los candidatos)</translation>
    </message>
    <message>
        <source>these records changed since the list was made: list the candidates again</source>
        <translation>estos registros cambiaron desde que se hizo la lista: vuelva a listar los candidatos</translation>
    </message>
    <message>
        <source>Only a coordinator can merge records or undo merges.</source>
        <translation>Solo un coordinador puede fusionar registros o deshacer fusiones.</translation>
    </message>
    <message>
        <source>Keep the record everyone can see (the shared one): a private capture cannot absorb a shared record.</source>
        <translation>Conserve el registro que todos pueden ver (el compartido): una captura privada no puede absorber un registro compartido.</translation>
    </message>
    <message>
        <source>These records belong to scopes that may not be merged.</source>
        <translation>Estos registros pertenecen a ámbitos que no se pueden fusionar.</translation>
    </message>
    <message>
        <source>This value was captured privately by one company; a merge cannot publish it in the shared record.</source>
        <translation>Este valor lo capturó una empresa en privado; una fusión no puede publicarlo en el registro compartido.</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>Esta fusión ya se deshizo.</translation>
    </message>
    <message>
        <source>no merge with id {merge_id}</source>
        <translation>no hay ninguna fusión con el identificador {merge_id}</translation>
    </message>
    <message>
        <source>Choose a score between 0.50 and 1.00, or switch it off.</source>
        <translation>Elija una puntuación entre 0,50 y 1,00, o desactívelo.</translation>
    </message>
    <message>
        <source>Merging duplicates</source>
        <translation>Fusionando duplicados</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Link tables where one parent lists a person or organisation once: (table, parent column). What the merge queue reads of each member (:meth:`MergeService._views`).</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
</context>
<context>
    <name>organisations</name>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Dé un nombre a la organización.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>El nombre es demasiado largo (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The name in its own script is too long (300 characters at most).</source>
        <translation>El nombre en su propia escritura es demasiado largo (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of organisation ({allowed}).</source>
        <translation>«{kind}» no es un tipo de organización ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not a country: give its ISO code (JP) or its English name.</source>
        <translation>«{country}» no es un país: indique su código ISO (JP) o su nombre en inglés.</translation>
    </message>
    <message>
        <source>The city is too long (120 characters at most).</source>
        <translation>La ciudad es demasiado larga (120 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A web address has no spaces.</source>
        <translation>Una dirección web no tiene espacios.</translation>
    </message>
    <message>
        <source>The web address is too long (300 characters at most).</source>
        <translation>La dirección web es demasiado larga (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A cluster has no home cluster; leave it empty.</source>
        <translation>Un clúster no tiene clúster de origen; deje el campo vacío.</translation>
    </message>
    <message>
        <source>Choose a cluster as home cluster.</source>
        <translation>Elija un clúster como clúster de origen.</translation>
    </message>
    <message>
        <source>no organisation with id {id}</source>
        <translation>no hay ninguna organización con id {id}</translation>
    </message>
    <message>
        <source>{n} organisations match &apos;{what}&apos;: give the id</source>
        <translation>{n} organizaciones coinciden con «{what}»: indique el id</translation>
    </message>
    <message>
        <source>no organisation matches &apos;{what}&apos;</source>
        <translation>ninguna organización coincide con «{what}»</translation>
    </message>
    <message>
        <source>An organisation is not its own home cluster.</source>
        <translation>Una organización no puede ser su propio clúster de origen.</translation>
    </message>
    <message>
        <source>no mission with id {id}</source>
        <translation>no hay ninguna misión con id {id}</translation>
    </message>
    <message>
        <source>{name} is not a gateway partner, foreign cluster or agency: change its kind in the directory first.</source>
        <translation>{name} no es un socio de enlace, un clúster extranjero ni una agencia: cambie primero su tipo en el directorio.</translation>
    </message>
    <message>
        <source>that organisation is not a partner of this mission</source>
        <translation>esa organización no es socia de esta misión</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>Give the agreement a title.</source>
        <extracomment>Kinds that are cluster-level agreements with foreign partners (reported as &quot;MoUs&quot;). Statuses of an agreement that was signed (counted as an agreement in the KPIs). Statuses of an agreement still being worked on. Days after the meeting when each follow-up falls due. Largest document kept in the database; it is synced to every laptop of the scope.</extracomment>
        <translation>Ponga un título al acuerdo.</translation>
    </message>
    <message>
        <source>The title is too long (300 characters at most).</source>
        <translation>El título es demasiado largo (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not an agreement kind ({allowed}).</source>
        <translation>«{kind}» no es un tipo de acuerdo ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a status ({allowed}).</source>
        <translation>«{status}» no es un estado ({allowed}).</translation>
    </message>
    <message>
        <source>A signed agreement needs the date it was signed.</source>
        <translation>Un acuerdo firmado necesita la fecha en que se firmó.</translation>
    </message>
    <message>
        <source>A draft or an agreement in negotiation has no signature date yet; clear the date or set the status to Signed.</source>
        <translation>Un borrador o un acuerdo en negociación aún no tiene fecha de firma; borre la fecha o cambie el estado a Firmado.</translation>
    </message>
    <message>
        <source>The signature date ({signed_on}) is in the future.</source>
        <translation>La fecha de firma ({signed_on}) está en el futuro.</translation>
    </message>
    <message>
        <source>The signature date is too far back; check the year.</source>
        <translation>La fecha de firma es demasiado antigua; compruebe el año.</translation>
    </message>
    <message>
        <source>The same organisation is listed twice as a party.</source>
        <translation>La misma organización figura dos veces como parte.</translation>
    </message>
    <message>
        <source>Name at least one party (an organisation).</source>
        <translation>Indique al menos una parte (una organización).</translation>
    </message>
    <message>
        <source>A signed agreement has at least two parties.</source>
        <translation>Un acuerdo firmado tiene al menos dos partes.</translation>
    </message>
    <message>
        <source>The document has no file name.</source>
        <translation>El documento no tiene nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; choose the signed document.</source>
        <translation>«{name}» está vacío; elija el documento firmado.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:.1f} MB; documents up to {limit} MB can be attached, because they are copied to every laptop of the delegation. Attach a smaller PDF (scan at a lower resolution or compress it), or keep it on a shared drive and note where in the agreement.</source>
        <translation>«{name}» ocupa {size:.1f} MB; se pueden adjuntar documentos de hasta {limit} MB, porque se copian en cada portátil de la delegación. Adjunte un PDF más pequeño (escaneado a menor resolución o comprimido), o guárdelo en una unidad compartida e indique dónde en el acuerdo.</translation>
    </message>
    <message>
        <source>Rate from {low} (cold) to {high} (very promising).</source>
        <translation>Valore de {low} (frío) a {high} (muy prometedor).</translation>
    </message>
    <message>
        <source>Choose what came of it ({allowed}).</source>
        <translation>Elija qué resultó ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{outcome}&apos; is not a meeting outcome ({allowed}).</source>
        <translation>«{outcome}» no es un resultado de reunión ({allowed}).</translation>
    </message>
    <message>
        <source>Only a meeting that was held can be rated.</source>
        <translation>Solo se puede valorar una reunión que se celebró.</translation>
    </message>
    <message>
        <source>&apos;{filename}&apos; is damaged (its checksum does not match); attach it again.</source>
        <translation>«{filename}» está dañado (su suma de comprobación no coincide); adjúntelo de nuevo.</translation>
    </message>
    <message>
        <source>This meeting starts on {when}: it cannot be recorded as held or as a no-show before then.</source>
        <extracomment>Outcomes that say the meeting&apos;s time has come: refused before it starts.</extracomment>
        <translation>Esta reunión empieza el {when}: no puede registrarse como celebrada ni como ausencia antes de esa fecha.</translation>
    </message>
    <message>
        <source>Choose a mission that exists.</source>
        <translation>Elija una misión que exista.</translation>
    </message>
    <message>
        <source>A party is not a known organisation.</source>
        <translation>Una parte no es una organización conocida.</translation>
    </message>
    <message>
        <source>A linked meeting no longer exists.</source>
        <translation>Una reunión vinculada ya no existe.</translation>
    </message>
    <message>
        <source>A linked lead no longer exists.</source>
        <translation>Un contacto vinculado ya no existe.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Laying out the booklet</source>
        <translation>Maquetando el cuadernillo</translation>
    </message>
    <message>
        <source>{c} companies · {d} delegates</source>
        <translation>{c} empresas · {d} delegados</translation>
    </message>
    <message>
        <source>Lead cluster: {name}</source>
        <translation>Clúster líder: {name}</translation>
    </message>
    <message>
        <source>{name} — Roster booklet</source>
        <translation>{name} — Cuadernillo de la delegación</translation>
    </message>
    <message>
        <source>Delegation roster</source>
        <translation>Lista de la delegación</translation>
    </message>
    <message>
        <source>{kind} · Delegation roster</source>
        <translation>{kind} · Lista de la delegación</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Times are local to {zone}.</source>
        <translation>Horas locales de {zone}.</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Organisation · role</source>
        <translation>Organización · función</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Gateway partners</source>
        <translation>Socios de enlace</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Sectors: {tags}</source>
        <translation>Sectores: {tags}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>No profile given yet.</source>
        <translation>Aún no hay perfil.</translation>
    </message>
    <message>
        <source>No delegate registered yet.</source>
        <translation>Aún no hay delegados inscritos.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Vuelos</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to.</source>
        <translation>No se puede escribir en la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <source>Generated {when:%Y-%m-%d %H:%M} UTC · {author}</source>
        <translation>Generado el {when:%Y-%m-%d %H:%M} UTC · {author}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
</context>
<context>
    <name>phones</name>
    <message>
        <source>an unknown country</source>
        <extracomment>Networks the lead form offers, and whether their ids are phone numbers.</extracomment>
        <translation>un país desconocido</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; does not start with a known country code</source>
        <translation>«{raw}» no empieza por un prefijo de país conocido</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a phone number</source>
        <translation>«{raw}» no es un número de teléfono</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix</source>
        <translation>«{raw}» es demasiado corto tras el prefijo internacional</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short</source>
        <translation>«{raw}» es demasiado corto</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long</source>
        <translation>«{raw}» es demasiado largo</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short after the international prefix for {country}</source>
        <extracomment>The same, when the default country is known (only for the length problems).</extracomment>
        <translation>«{raw}» es demasiado corto tras el prefijo internacional para {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too short for {country}</source>
        <translation>«{raw}» es demasiado corto para {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is too long for {country}</source>
        <translation>«{raw}» es demasiado largo para {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has the wrong number of digits for {country}</source>
        <translation>«{raw}» no tiene el número de cifras correcto para {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is a local number in {country}; add the area code</source>
        <translation>«{raw}» es un número local de {country}; añada el prefijo de zona</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>el número de teléfono está vacío</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a country code phone numbers are known for</source>
        <translation>«{code}» no es un código de país conocido para números de teléfono</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; has no country code (+..) and no default country was given</source>
        <translation>«{raw}» no tiene prefijo de país (+..) y no se indicó ningún país por defecto</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; cannot be read</source>
        <translation>«{raw}» no se puede leer</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a possible number in {country}</source>
        <translation>«{raw}» no es un número posible en {country}</translation>
    </message>
    <message>
        <source>&apos;{raw}&apos; is not a valid number for {country}</source>
        <translation>«{raw}» no es un número válido para {country}</translation>
    </message>
    <message>
        <source>the {network} id is empty</source>
        <translation>el identificador de {network} está vacío</translation>
    </message>
    <message>
        <source>a mobile number in {country}, {number}</source>
        <extracomment>Countries whose numbers turn up together on cards (neighbours, one trade area); a number typed without a country code is also tried in the other countries of its mission&apos;s area. Countries whose cards turn up on any mission: tried as well when a number is not valid in the mission&apos;s country at all (then there is no reading to protect from false alarms). At most this many readings are offered for a number invalid in the mission&apos;s country.</extracomment>
        <translation>un número móvil de {country}, {number}</translation>
    </message>
    <message>
        <source>a landline in {country}, {number}</source>
        <translation>un número fijo de {country}, {number}</translation>
    </message>
    <message>
        <source>a number in {country}, {number}</source>
        <translation>un número de {country}, {number}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{typed}: not a valid number in {country}, but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed}: no es un número válido de {country}, pero parece {others}; se conserva tal como se escribió, confírmelo en el contacto</translation>
    </message>
    <message>
        <source>{typed}: read as {reading} ({country}), but it looks like {others}; kept as typed, confirm on the lead</source>
        <translation>{typed}: leído como {reading} ({country}), pero parece {others}; se conserva tal como se escribió, confírmelo en el contacto</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>no person with id {ids}</source>
        <extracomment>How a lead&apos;s ``source`` reads in the export. Columns left out of every record: bookkeeping with nothing about the person. Bookkeeping column names said in words.</extracomment>
        <translation>no hay ninguna persona con id {ids}</translation>
    </message>
    <message>
        <source>Everything held about {name} on this laptop, on {when} (UTC).</source>
        <translation>Todo lo que se guarda sobre {name} en este portátil, a fecha de {when} (UTC).</translation>
    </message>
    <message>
        <source>Records: {counts}.</source>
        <translation>Registros: {counts}.</translation>
    </message>
    <message>
        <source>Each record says where it came from (typed, vCard import, QR code, spreadsheet, sync), when and by whom. Dates are ISO 8601, in UTC unless a time zone is named.</source>
        <translation>Cada registro indica su procedencia (introducido a mano, importación de vCard, código QR, hoja de cálculo, sincronización), cuándo y quién lo creó. Las fechas están en ISO 8601, en UTC salvo que se indique una zona horaria.</translation>
    </message>
    <message>
        <source>no person with the e-mail, phone or id &apos;{query}&apos; on this laptop</source>
        <translation>no hay ninguna persona con el correo electrónico, el teléfono o el id «{query}» en este portátil</translation>
    </message>
</context>
<context>
    <name>qr</name>
    <message>
        <source>the image {path} does not exist</source>
        <translation>la imagen {path} no existe</translation>
    </message>
    <message>
        <source>the file is not an image that can be read ({exc})</source>
        <translation>el archivo no es una imagen legible ({exc})</translation>
    </message>
    <message>
        <source>the code holds a web link, not a contact or a messaging profile: {preview}</source>
        <extracomment>What a live scan looks for: contact and profile QR codes, and the codes event badges carry. (A tuple, made into zxing-cpp&apos;s BarcodeFormats per call: a module-level nanobind object still alive at interpreter exit is reported as a leak.)</extracomment>
        <translation>el código contiene un enlace web, no un contacto ni un perfil de mensajería: {preview}</translation>
    </message>
    <message>
        <source>the MECARD field &apos;{field}&apos; has no &apos;:&apos;</source>
        <translation>el campo MECARD «{field}» no tiene «:»</translation>
    </message>
    <message>
        <source>not a MECARD: it does not start with &apos;MECARD:&apos;</source>
        <translation>no es una MECARD: no empieza por «MECARD:»</translation>
    </message>
    <message>
        <source>the MECARD has no name, phone or e-mail</source>
        <translation>la MECARD no tiene nombre, teléfono ni correo</translation>
    </message>
    <message>
        <source>the QR code holds a vCard that cannot be read: {reason}</source>
        <translation>el código QR contiene una vCard ilegible: {reason}</translation>
    </message>
    <message>
        <source>the QR code holds a web link, not a contact: {preview}</source>
        <translation>el código QR contiene un enlace web, no un contacto: {preview}</translation>
    </message>
    <message>
        <source>the QR code holds no contact (neither vCard nor MECARD): &apos;{preview}&apos;</source>
        <translation>el código QR no contiene ningún contacto (ni vCard ni MECARD): «{preview}»</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>Give the delegate&apos;s name.</source>
        <extracomment>Visa statuses that let a delegate travel. A passport must stay valid this many months after the return date. A visa must be granted this many days before departure. A roster entry&apos;s fields that reach only those entitled to them (:func:`sees_roster_details`); the sync protocol&apos;s ``SENSITIVE_ROSTER_FIELDS``. The server kept this entry&apos;s passport, visa, needs, emergency contact and notes from this user (see :func:`sees_roster_details`): screens say so instead of showing blanks.</extracomment>
        <translation>Indique el nombre del delegado.</translation>
    </message>
    <message>
        <source>The name is too long (300 characters at most).</source>
        <translation>El nombre es demasiado largo (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>«{email}» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a roster role ({allowed}).</source>
        <translation>«{role}» no es un papel de la lista ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a registration status ({allowed}).</source>
        <translation>«{status}» no es un estado de inscripción ({allowed}).</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a visa status ({allowed}).</source>
        <translation>«{status}» no es un estado de visado ({allowed}).</translation>
    </message>
    <message>
        <source>The time has no time zone.</source>
        <translation>La hora no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The departure is before the arrival.</source>
        <translation>La salida es anterior a la llegada.</translation>
    </message>
    <message>
        <source>The hotel check-out must be after the check-in.</source>
        <translation>La salida del hotel debe ser posterior a la entrada.</translation>
    </message>
    <message>
        <source>Give the hotel&apos;s name for these dates.</source>
        <translation>Indique el nombre del hotel para estas fechas.</translation>
    </message>
    <message>
        <source>Too long ({limit} characters at most).</source>
        <translation>Demasiado largo ({limit} caracteres como máximo).</translation>
    </message>
    <message>
        <source>Passport expires {expiry}; it must be valid until {needed} (six months after the return on {back}).</source>
        <translation>El pasaporte caduca el {expiry}; debe ser válido hasta el {needed} (seis meses después del regreso el {back}).</translation>
    </message>
    <message>
        <source>Visa {status}: it had to be granted by {deadline}, two weeks before departure.</source>
        <translation>Visado {status}: debía concederse antes del {deadline}, dos semanas antes de la salida.</translation>
    </message>
    <message>
        <source>Visa {status}: must be granted by {deadline}.</source>
        <translation>Visado {status}: debe concederse antes del {deadline}.</translation>
    </message>
    <message>
        <source>No hotel booked for {n} nights of the mission ({nights}).</source>
        <translation>No hay hotel reservado para {n} noches de la misión ({nights}).</translation>
    </message>
    <message>
        <source>No hotel booked for 1 night of the mission ({nights}).</source>
        <translation>No hay hotel reservado para 1 noche de la misión ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses {n} nights of the mission ({nights}).</source>
        <translation>La reserva en {hotel} no cubre {n} noches de la misión ({nights}).</translation>
    </message>
    <message>
        <source>The booking at {hotel} misses 1 night of the mission ({nights}).</source>
        <translation>La reserva en {hotel} no cubre 1 noche de la misión ({nights}).</translation>
    </message>
    <message>
        <source>Arrives {arrive}, after “{title}” starts ({first}).</source>
        <translation>Llega el {arrive}, después de que empiece «{title}» ({first}).</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a roster field ({allowed}).</source>
        <extracomment>Fields an import column can fill, with their labels (also the export&apos;s headers).</extracomment>
        <translation>«{target}» no es un campo de la lista ({allowed}).</translation>
    </message>
    <message>
        <source>Columns &apos;{a}&apos; and &apos;{b}&apos; both fill &apos;{field}&apos;; choose one.</source>
        <translation>Las columnas «{a}» y «{b}» rellenan ambas «{field}»; elija una.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No column gives the delegate&apos;s name (columns found: {found}). Map a column to &apos;Name&apos; (or to &apos;First name&apos; and &apos;Last name&apos;).</source>
        <translation>Ninguna columna da el nombre del delegado (columnas encontradas: {found}). Asigne una columna a «Nombre» (o a «Nombre de pila» y «Apellido»).</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>1-based line/row number in the file of each data row (headers are row 1). Registration statuses in the order a registration moves forward (``cancelled`` is apart). Fields an empty cell never clears, even when the user asks empty cells to clear fields: the name is required, e-mails and phones of a person are only ever added, a name in another script is never dropped, role and status always have a value, and a delegate keeps a company.</extracomment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{field}: {old} → (kept)</source>
        <translation>{field}: {old} → (conservado)</translation>
    </message>
    <message>
        <source>{field}: {old} → (empty)</source>
        <translation>{field}: {old} → (vacío)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new} (back, as the file says)</source>
        <translation>{field}: {old} → {new} (restablecido, según el archivo)</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>«{text}» no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time (use YYYY-MM-DD HH:MM, local time)</source>
        <translation>«{text}» no es una fecha y hora (use AAAA-MM-DD HH:MM, hora local)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>«{text}» no es ni sí ni no</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role ({allowed})</source>
        <translation>«{text}» no es un papel ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a registration status ({allowed})</source>
        <translation>«{text}» no es un estado de inscripción ({allowed})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a visa status ({allowed})</source>
        <translation>«{text}» no es un estado de visado ({allowed})</translation>
    </message>
    <message>
        <source>cannot sort by &apos;{sort}&apos; ({allowed})</source>
        <extracomment>Sort keys the screen and commands may ask for (column -&gt; SQL expression or Python key). Objects held here stay in the session&apos;s (weak) identity map: no reloads. New rows that reference new people: added after the people are flushed. The day warnings are judged on (tests replace it).</extracomment>
        <translation>no se puede ordenar por «{sort}» ({allowed})</translation>
    </message>
    <message>
        <source>{name} is already on the roster of this mission.</source>
        <translation>{name} ya está en la lista de esta misión.</translation>
    </message>
    <message>
        <source>Roster import: {file}</source>
        <translation>Importación de la lista: {file}</translation>
    </message>
    <message>
        <source>Row {row} of {total}</source>
        <translation>Fila {row} de {total}</translation>
    </message>
    <message>
        <source>The same delegate as row {row}.</source>
        <translation>El mismo delegado que en la fila {row}.</translation>
    </message>
    <message>
        <source>Possible duplicate of {name}: {why}</source>
        <translation>Posible duplicado de {name}: {why}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>the same e-mail {email} under another name</source>
        <translation>el mismo correo {email} con otro nombre</translation>
    </message>
    <message>
        <source>they share the mailbox {email}</source>
        <translation>comparten el buzón {email}</translation>
    </message>
    <message>
        <source>the same name at the same company with another e-mail</source>
        <translation>el mismo nombre en la misma empresa con otro correo</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>Select a programme item in the Day view first.</source>
        <translation>Seleccione primero un elemento del programa en la vista Día.</translation>
    </message>
    <message>
        <source>Delete programme item</source>
        <translation>Eliminar elemento del programa</translation>
    </message>
    <message>
        <source>Delete “{t}”?</source>
        <translation>¿Eliminar «{t}»?</translation>
    </message>
    <message>
        <source>It leaves every delegate&apos;s agenda at the next sync.</source>
        <translation>Desaparece de la agenda de cada delegado en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>shared</name>
    <message>
        <source>Abandoned</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Acuerdo alcanzado</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Agreements and MoUs</source>
        <translation>Acuerdos y memorandos</translation>
    </message>
    <message>
        <source>Agreements and MoUs registered as draft or in negotiation.</source>
        <translation>Acuerdos y memorandos registrados como borrador o en negociación.</translation>
    </message>
    <message>
        <source>Agreements in progress</source>
        <translation>Acuerdos en curso</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Arrival flight</source>
        <translation>Vuelo de llegada</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Average lead rating</source>
        <translation>Valoración media de los contactos</translation>
    </message>
    <message>
        <source>Average meeting rating</source>
        <translation>Valoración media de las reuniones</translation>
    </message>
    <message>
        <source>B2B meeting requests made by the delegation, whatever their answer.</source>
        <translation>Solicitudes de reuniones B2B hechas por la delegación, sea cual sea la respuesta.</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>Sesión B2B</translation>
    </message>
    <message>
        <source>C&amp;ities</source>
        <translation>&amp;Ciudades</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;lúster:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Came &amp;from</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Cambios o motivo</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Ciudades</translation>
    </message>
    <message>
        <source>Romanised name</source>
        <translation>Nombre romanizado</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Messaging ids</source>
        <translation>Identificadores de mensajería</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Cluster cooperation agreement</source>
        <translation>Acuerdo de cooperación entre clústeres</translation>
    </message>
    <message>
        <source>Cluster staff</source>
        <translation>Personal del clúster</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Companies in a mission&apos;s delegation, not cancelled or declined; a company on two missions counts twice.</source>
        <translation>Empresas de la delegación de una misión, no canceladas ni rechazadas; una empresa en dos misiones cuenta dos veces.</translation>
    </message>
    <message>
        <source>Companies taken</source>
        <translation>Empresas participantes</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <source>Contacts captured by delegates during the mission.</source>
        <translation>Contactos registrados por los delegados durante la misión.</translation>
    </message>
    <message>
        <source>Conversion meeting → agreement</source>
        <translation>Conversión reunión → acuerdo</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>Delegates taken</source>
        <translation>Delegados participantes</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Delegation leader</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <source>Delete the programme item</source>
        <translation>Eliminar el elemento del programa</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Departure flight</source>
        <translation>Vuelo de salida</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Zona horaria de origen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Duración de la franja</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Necesidades alimentarias</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Nota del resultado</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Toda la delegación</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Enumerations per field, so a stored value shows as its label (&quot;sme_delegate&quot; -&gt; &quot;SME delegate&quot;).</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Different companies taken, each once.</source>
        <translation>Empresas distintas participantes, cada una una vez.</translation>
    </message>
    <message>
        <source>Discovery trip</source>
        <translation>Viaje de descubrimiento</translation>
    </message>
    <message>
        <source>Distinct companies</source>
        <translation>Empresas distintas</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg)</source>
        <translation>Documentos (*.pdf *.docx *.doc *.odt *.png *.jpg)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.md)</source>
        <translation>Documentos (*.pdf *.docx *.doc *.odt *.txt *.md)</translation>
    </message>
    <message>
        <source>Done follow-ups whose outcome was &apos;negotiation started&apos;.</source>
        <translation>Seguimientos hechos cuyo resultado fue «negociación iniciada».</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>ESTA granted</source>
        <translation>ESTA concedida</translation>
    </message>
    <message>
        <source>Edit the programme item</source>
        <translation>Editar el elemento del programa</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>Emergency phone</source>
        <translation>Teléfono de emergencia</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow-ups (right after the meeting, or months later) marked done with their outcome.</source>
        <translation>Seguimientos (justo después de la reunión o meses más tarde) marcados como hechos con su resultado.</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Seguimientos hechos</translation>
    </message>
    <message>
        <source>Follow-ups not done yet.</source>
        <translation>Seguimientos aún no hechos.</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Foreign partner</source>
        <translation>Socio extranjero</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebradas</translation>
    </message>
    <message>
        <source>Held / (held + no-shows), in percent; meetings without a recorded outcome are left out.</source>
        <translation>Celebradas / (celebradas + ausencias), en porcentaje; se excluyen las reuniones sin resultado registrado.</translation>
    </message>
    <message>
        <source>Held meetings linked to a signed agreement or MoU, directly or through a lead captured at the meeting.</source>
        <translation>Reuniones celebradas vinculadas a un acuerdo o memorando firmado, directamente o mediante un contacto registrado en la reunión.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Hora de origen</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Hotel check-in</source>
        <translation>Entrada en el hotel</translation>
    </message>
    <message>
        <source>Hotel check-out</source>
        <translation>Salida del hotel</translation>
    </message>
    <message>
        <source>Import a programme from ICS</source>
        <translation>Importar un programa desde ICS</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Inversor</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Kept: written by</source>
        <translation>Conservado: escrito por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Lead cluster</source>
        <translation>Clúster líder</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Leads captured</source>
        <translation>Contactos registrados</translation>
    </message>
    <message>
        <source>Leads given a 1–5 rating.</source>
        <translation>Contactos con una valoración de 1 a 5.</translation>
    </message>
    <message>
        <source>Leads rated</source>
        <translation>Contactos valorados</translation>
    </message>
    <message>
        <source>Leads rated 4 or 5.</source>
        <translation>Contactos valorados con 4 o 5.</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Interés legítimo</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Licenciatario</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licensor</source>
        <translation>Licenciante</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Mean of the 1–5 ratings given right after held meetings.</source>
        <translation>Media de las valoraciones de 1 a 5 dadas justo después de las reuniones celebradas.</translation>
    </message>
    <message>
        <source>Mean rating of the rated leads.</source>
        <translation>Valoración media de los contactos valorados.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Meetings placed in the published schedule (drafts and cancelled meetings excluded).</source>
        <translation>Reuniones del calendario publicado (sin borradores ni reuniones canceladas).</translation>
    </message>
    <message>
        <source>Meetings recorded as moved to another time.</source>
        <translation>Reuniones registradas como trasladadas a otra hora.</translation>
    </message>
    <message>
        <source>Meetings requested</source>
        <translation>Reuniones solicitadas</translation>
    </message>
    <message>
        <source>Meetings scheduled</source>
        <translation>Reuniones programadas</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement</source>
        <translation>Reuniones que condujeron a un acuerdo</translation>
    </message>
    <message>
        <source>Meetings that led to an agreement / meetings held, in percent.</source>
        <translation>Reuniones que condujeron a un acuerdo / reuniones celebradas, en porcentaje.</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Se reúne con</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>Missions with at least one counted record, or the chosen mission.</source>
        <translation>Misiones con al menos un registro contado, o la misión elegida.</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>MoUs</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <source>MoUs and cooperation</source>
        <translation>Memorandos y cooperación</translation>
    </message>
    <message>
        <source>MoUs signed</source>
        <translation>Memorandos firmados</translation>
    </message>
    <message>
        <source>Months later</source>
        <translation>Meses después</translation>
    </message>
    <message>
        <source>My company only</source>
        <translation>Solo mi empresa</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>Acuerdo de confidencialidad</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>A field choice meaning &quot;every member&apos;s values together&quot; (lists and messaging ids only). (field, label, kind) per record kind. &quot;list&quot; and &quot;dict&quot; fields may be combined. Labels are translated where shown (the screens&apos; catalogue falls back to the &quot;shared&quot; context).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name (native script)</source>
        <translation>Nombre (escritura original)</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Nombre en escritura original</translation>
    </message>
    <message>
        <source>Negotiation started</source>
        <translation>Negociación iniciada</translation>
    </message>
    <message>
        <source>Negotiations started</source>
        <translation>Negociaciones iniciadas</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Nuevo elemento del programa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No requerido</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Nothing came of it</source>
        <translation>No salió nada</translation>
    </message>
    <message>
        <source>Open follow-ups whose due date has passed.</source>
        <translation>Seguimientos abiertos cuya fecha límite ha pasado.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Other: written by</source>
        <translation>Otro: escrito por</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Partnering event</source>
        <translation>Evento de partenariado</translation>
    </message>
    <message>
        <source>Passport e&amp;xpiry</source>
        <translation>Caducidad del &amp;pasaporte</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>Caducidad del pasaporte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>People on a mission&apos;s roster (delegates, cluster staff, experts) whose registration was not cancelled.</source>
        <translation>Personas en la lista de una misión (delegados, personal del clúster, expertos) cuya inscripción no se canceló.</translation>
    </message>
    <message>
        <source>Per cluster</source>
        <translation>Por clúster</translation>
    </message>
    <message>
        <source>Per country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <source>Per mission</source>
        <translation>Por misión</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message>
        <source>Export every agenda to a folder</source>
        <translation>Exportar todas las agendas a una carpeta</translation>
    </message>
    <message>
        <source>Foreign cluster / gateway partner</source>
        <translation>Clúster extranjero / socio de enlace</translation>
    </message>
    <message>
        <source>Gateway partner</source>
        <translation>Socio de enlace</translation>
    </message>
    <message>
        <source>Home cluster</source>
        <translation>Clúster de origen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Leads kept on the organisation&apos;s legitimate interest (GDPR basis).</source>
        <translation>Contactos conservados por interés legítimo de la organización (base del RGPD).</translation>
    </message>
    <message>
        <source>Leads on consent</source>
        <translation>Contactos con consentimiento</translation>
    </message>
    <message>
        <source>Leads on legitimate interest</source>
        <translation>Contactos por interés legítimo</translation>
    </message>
    <message>
        <source>Leads whose person gave consent to the organisation&apos;s wording (GDPR basis: consent).</source>
        <translation>Contactos cuya persona dio su consentimiento al texto de la organización (base del RGPD: consentimiento).</translation>
    </message>
    <message>
        <source>Leads with no consent and no legitimate interest recorded (consent missing).</source>
        <translation>Contactos sin consentimiento ni interés legítimo registrado (sin consentimiento).</translation>
    </message>
    <message>
        <source>Leads without a basis</source>
        <translation>Contactos sin base</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>Name in its own &amp;script</source>
        <translation>Nombre en su propia &amp;escritura</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nombre original</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Promising leads</source>
        <translation>Contactos prometedores</translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation>Publicar el borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>R&amp;D collaboration</source>
        <translation>Colaboración en I+D</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Registration &amp;status</source>
        <translation>&amp;Estado de inscripción</translation>
    </message>
    <message>
        <source>Registration open</source>
        <translation>Inscripción abierta</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Estado de inscripción</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramadas</translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation>Instituto de investigación</translation>
    </message>
    <message>
        <source>Right after the meeting</source>
        <translation>Justo después de la reunión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Roster field</source>
        <translation>Campo de la lista</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>Pyme</translation>
    </message>
    <message>
        <source>SME agreements</source>
        <translation>Acuerdos entre pymes</translation>
    </message>
    <message>
        <source>SME agreements signed</source>
        <translation>Acuerdos entre pymes firmados</translation>
    </message>
    <message>
        <source>SME delegate</source>
        <translation>Delegado de pyme</translation>
    </message>
    <message>
        <source>Save agenda PDF</source>
        <translation>Guardar la agenda en PDF</translation>
    </message>
    <message>
        <source>Save the delegate&apos;s calendar</source>
        <translation>Guardar el calendario del delegado</translation>
    </message>
    <message>
        <source>Schedule meetings</source>
        <translation>Programar reuniones</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Scheduled meetings where the other side did not come.</source>
        <translation>Reuniones programadas a las que la otra parte no acudió.</translation>
    </message>
    <message>
        <source>Scheduled meetings whose outcome was recorded as held.</source>
        <translation>Reuniones programadas registradas como celebradas.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Sec&amp;tors</source>
        <translation>Sec&amp;tores</translation>
    </message>
    <message>
        <source>See the details for notes.</source>
        <translation>Consulte los detalles para ver las observaciones.</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Signed SME-to-SME agreements (NDA, distribution, licensing, R&amp;D, other); status signed, in force, expired or terminated.</source>
        <translation>Acuerdos firmados entre pymes (confidencialidad, distribución, licencia, I+D, otros); estado firmado, en vigor, vencido o rescindido.</translation>
    </message>
    <message>
        <source>Signed cluster cooperation agreements and MoUs with foreign partners.</source>
        <translation>Acuerdos de cooperación y memorandos firmados por los clústeres con socios extranjeros.</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita in situ</translation>
    </message>
    <message>
        <source>Some cards were refused; see the details.</source>
        <translation>Se rechazaron algunas tarjetas; consulte los detalles.</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>color: {warning};</source>
        <translation>color: {warning};</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Still in contact</source>
        <translation>Aún en contacto</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Target country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>La delegación</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Toda la red</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To apply for</source>
        <translation>Por solicitar</translation>
    </message>
    <message>
        <source>Trade mission</source>
        <translation>Misión comercial</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Travelling</source>
        <translation>De viaje</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Venues and travel times</source>
        <translation>Lugares y tiempos de trayecto</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <source>Visa status</source>
        <translation>Estado del visado</translation>
    </message>
    <message>
        <source>Visible to</source>
        <translation>Visible para</translation>
    </message>
    <message>
        <source>Wants to meet</source>
        <translation>Quiere reunirse con</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
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
        <translation>Taller en origen</translation>
    </message>
    <message>
        <source>Write breaks as HH:mm-HH:mm, separated by commas.</source>
        <translation>Escriba las pausas como HH:mm-HH:mm, separadas por comas.</translation>
    </message>
    <message>
        <source>In two places at once</source>
        <translation>En dos sitios a la vez</translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation>Muy poco tiempo de trayecto</translation>
    </message>
    <message>
        <source>Outside the stay</source>
        <translation>Fuera de la estancia</translation>
    </message>
    <message>
        <source>Not enough interpreters</source>
        <translation>Intérpretes insuficientes</translation>
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
        <translation>{file}: no existe el archivo.</translation>
    </message>
    <message>
        <source>{name}: the file is too large for a registration export.</source>
        <translation>{name}: el archivo es demasiado grande para una exportación de inscripciones.</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file (this one is &apos;{suffix}&apos;).</source>
        <translation>{name}: elija un archivo .csv o .xlsx (este es «{suffix}»).</translation>
    </message>
    <message>
        <source>{name}: the file is empty (no header row).</source>
        <translation>{name}: el archivo está vacío (sin fila de encabezado).</translation>
    </message>
    <message>
        <source>{name}: line {line} is not UTF-8 text (byte 0x{byte:02x}). Save the export as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{name}: la línea {line} no es texto UTF-8 (byte 0x{byte:02x}). Guarde la exportación como «CSV UTF-8» e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>{name}: this is not a text file (it holds binary data).</source>
        <translation>{name}: no es un archivo de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <source>{name}: line {line_num}: {exc}.</source>
        <translation>{name}: línea {line_num}: {exc}.</translation>
    </message>
    <message>
        <source>{name}: not a readable Excel workbook ({kind}: {exc}). Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>{name}: no es un libro de Excel legible ({kind}: {exc}). Ábralo en Excel o LibreOffice y guárdelo de nuevo como .xlsx.</translation>
    </message>
    <message>
        <source>{name}: the workbook has no sheet.</source>
        <translation>{name}: el libro no tiene ninguna hoja.</translation>
    </message>
    <message>
        <source>{name}: the workbook is damaged ({exc}).</source>
        <translation>{name}: el libro está dañado ({exc}).</translation>
    </message>
    <message>
        <source>{name}: export to a .csv or .xlsx file.</source>
        <translation>{name}: exporte a un archivo .csv o .xlsx.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Sending {total:,} changes</source>
        <extracomment>The server&apos;s redaction rules this laptop&apos;s copy follows (see &quot;Sensitive roster fields&quot; in the protocol); below the server&apos;s, its roster scopes are downloaded again once. Changes sent again because this computer&apos;s clock ran too far ahead of the server&apos;s. Rows re-pointed or carried over to a merge&apos;s survivor after the sync. Rows from the server this laptop could not store, set aside this sync (with reasons). Rows still set aside after this sync (retried at every sync). Each change the server refused this sync: ``{table, row_id, op, reason}`` (kept in ``sync_rejections`` until retried or discarded, see :mod:`biox_desktop.sync.refusals`).</extracomment>
        <translation>Enviando {total:,} cambios</translation>
    </message>
    <message>
        <source>the server did not acknowledge any change; try again later</source>
        <translation>el servidor no confirmó ningún cambio; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Received {pulled:,} changes</source>
        <translation>{pulled:,} cambios recibidos</translation>
    </message>
    <message>
        <source>{table} {row_id}: {reason}</source>
        <translation>{table} {row_id}: {reason}</translation>
    </message>
    <message>
        <source>the row&apos;s scope is not valid</source>
        <translation>el ámbito de la fila no es válido</translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>The laptop that wrote the value, by the name its owner gave it (&quot;&quot; when unknown). What the record is, in words (&quot;Organisation Kansai Medical&quot;), from this laptop&apos;s copy. What the Conflicts screen calls a record of each synced table (in the user&apos;s language).</extracomment>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Merge forward</source>
        <translation>Reenvío de fusión</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>No es un duplicado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Meeting request</source>
        <translation>Solicitud de reunión</translation>
    </message>
    <message>
        <source>Mission company</source>
        <translation>Empresa de la misión</translation>
    </message>
    <message>
        <source>Mission partner</source>
        <translation>Socio de la misión</translation>
    </message>
    <message>
        <source>Roster entry</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del programa</translation>
    </message>
    <message>
        <source>Agreement party</source>
        <translation>Parte del acuerdo</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Tiempo de trayecto</translation>
    </message>
    <message>
        <source>Agenda participant</source>
        <translation>Participante del programa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Meeting participant</source>
        <translation>Participante de la reunión</translation>
    </message>
    <message>
        <source>Agreement link</source>
        <translation>Vínculo del acuerdo</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>sign in to the sync server to review conflicts</source>
        <extracomment>Conflicts fetched per request (the server allows up to its own maximum).</extracomment>
        <translation>inicie sesión en el servidor de sincronización para revisar los conflictos</translation>
    </message>
    <message>
        <source>(not on this laptop)</source>
        <translation>(no está en este portátil)</translation>
    </message>
    <message>
        <source>no password store (OS keyring) is available on this computer, so the sign-in cannot be kept safely; on Linux, install and unlock GNOME Keyring or KWallet</source>
        <translation>no hay ningún almacén de contraseñas (llavero del sistema) en este ordenador, así que la sesión no puede guardarse de forma segura; en Linux, instale y desbloquee GNOME Keyring o KWallet</translation>
    </message>
    <message>
        <source>the OS keyring refused to store the sign-in: {exc}</source>
        <translation>el llavero del sistema se negó a guardar la sesión: {exc}</translation>
    </message>
    <message>
        <source>the OS keyring did not keep the sign-in (it may be locked or a dummy store); unlock or install a keyring (GNOME Keyring, KWallet) and sign in again</source>
        <translation>el llavero del sistema no guardó la sesión (puede estar bloqueado o ser ficticio); desbloquee o instale un llavero (GNOME Keyring, KWallet) e inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>{address} is not encrypted (http, not https): your password and everything you sync would cross the network readable by anyone on the way. Use the https address of the server unless you are sure this network is private.</source>
        <extracomment>When the server said the stored token expires, and when it was issued (ISO 8601 UTC). Not secrets: the token itself lives in the OS keyring only. The file two syncs of one data folder lock (window, command line, another window).</extracomment>
        <translation>La conexión con {address} no está cifrada (http, no https): su contraseña y todo lo que sincronice atravesarían la red legibles para cualquiera en el camino. Use la dirección https del servidor, salvo que esté seguro de que esta red es privada.</translation>
    </message>
    <message>
        <source>another sync of this data folder is running (in the window or a command); try again when it has finished</source>
        <translation>hay otra sincronización de esta carpeta de datos en curso (en la ventana o en un comando); inténtelo de nuevo cuando termine</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not a server address (it starts with https://)</source>
        <extracomment>Rows from the server this laptop could not store, set aside and retried at each sync.</extracomment>
        <translation>«{address}» no es una dirección de servidor (empieza por https://)</translation>
    </message>
    <message>
        <source>no sync server set up: sign in first (biox-desktop login)</source>
        <translation>no hay servidor de sincronización configurado: inicie sesión primero (biox-desktop login)</translation>
    </message>
    <message>
        <source>not signed in to the sync server: sign in again</source>
        <translation>no ha iniciado sesión en el servidor de sincronización: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>&apos;{base_url}&apos; is not a server address: {exc}</source>
        <extracomment>How often a request in flight looks at the cancel flag (seconds).</extracomment>
        <translation>«{base_url}» no es una dirección de servidor: {exc}</translation>
    </message>
    <message>
        <source>the sync server at {base_url} cannot be reached ({kind}); your changes are kept and will be sent later</source>
        <translation>no se puede contactar con el servidor de sincronización {base_url} ({kind}); sus cambios se conservan y se enviarán más tarde</translation>
    </message>
    <message>
        <source>this laptop&apos;s access to the sync server was revoked; sign in again (your unsent changes are kept)</source>
        <translation>se revocó el acceso de este portátil al servidor de sincronización; inicie sesión de nuevo (sus cambios no enviados se conservan)</translation>
    </message>
    <message>
        <source>this laptop&apos;s sign-in expired (it was not used for a long time); sign in again (your unsent changes are kept)</source>
        <translation>la sesión de este portátil caducó (no se usó durante mucho tiempo); inicie sesión de nuevo (sus cambios no enviados se conservan)</translation>
    </message>
    <message>
        <source>the sync server refused a request as too large ({message})</source>
        <translation>el servidor de sincronización rechazó una solicitud por ser demasiado grande ({message})</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>the sign-in on this laptop is no longer valid; sign in again</source>
        <translation>la sesión en este portátil ya no es válida; inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>the sync server needs a newer version of bioX Missions; install the update (your unsent changes are kept)</source>
        <translation>el servidor de sincronización necesita una versión más reciente de bioX Missions; instale la actualización (sus cambios no enviados se conservan)</translation>
    </message>
    <message>
        <source>too many failed sign-ins; try again in {retry} seconds</source>
        <translation>demasiados intentos fallidos; vuelva a intentarlo en {retry} segundos</translation>
    </message>
    <message>
        <source>the sync server at {base_url} is not answering ({status})</source>
        <translation>el servidor de sincronización {base_url} no responde ({status})</translation>
    </message>
    <message>
        <source>the sync server refused the request ({status} {code}): {message}</source>
        <translation>el servidor de sincronización rechazó la solicitud ({status} {code}): {message}</translation>
    </message>
    <message>
        <source>You have no access to where this belongs on the server (a mission your organisation is not part of, or another organisation&apos;s records).</source>
        <extracomment>Columns that name a row for people, in order of preference. What the row is, in words (&quot;Mission Osaka Bio 2027&quot;). The server never accepted this row: discarding removes it from this laptop. Why, in plain words, and what to do.</extracomment>
        <translation>No tiene acceso al lugar al que esto pertenece en el servidor (una misión de la que su organización no forma parte, o los registros de otra organización).</translation>
    </message>
    <message>
        <source>Ask the mission&apos;s leader to add your organisation, then retry; or discard it.</source>
        <translation>Pida al jefe de la misión que añada a su organización y luego reintente; o descártelo.</translation>
    </message>
    <message>
        <source>Only the leaders of the mission&apos;s lead cluster and the coordinators may change this.</source>
        <translation>Solo los jefes del clúster líder de la misión y los coordinadores pueden cambiar esto.</translation>
    </message>
    <message>
        <source>If the mission is your cluster&apos;s, set its lead cluster to your cluster and retry; otherwise discard it.</source>
        <translation>Si la misión es de su clúster, defina su clúster como clúster líder y reintente; si no, descártelo.</translation>
    </message>
    <message>
        <source>A delegate may change only their own roster entry.</source>
        <translation>Un delegado solo puede cambiar su propia entrada en la lista.</translation>
    </message>
    <message>
        <source>Ask the delegation leader to make this change; discard it here.</source>
        <translation>Pida al jefe de delegación que haga este cambio; descártelo aquí.</translation>
    </message>
    <message>
        <source>Only the organisation that created this record, and the coordinators, may change it.</source>
        <translation>Solo la organización que creó este registro y los coordinadores pueden cambiarlo.</translation>
    </message>
    <message>
        <source>Ask them to make the change; discard it here.</source>
        <translation>Pida que hagan ellos el cambio; descártelo aquí.</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Su función no permite este cambio.</translation>
    </message>
    <message>
        <source>Ask a coordinator; retry once your role allows it, or discard it.</source>
        <translation>Pregunte a un coordinador; reintente cuando su función lo permita, o descártelo.</translation>
    </message>
    <message>
        <source>The server could not accept this change.</source>
        <translation>El servidor no pudo aceptar este cambio.</translation>
    </message>
    <message>
        <source>Retry once the cause is fixed (an update of the app, say), or discard it.</source>
        <translation>Reintente cuando se haya corregido la causa (una actualización de la aplicación, por ejemplo), o descártelo.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>Give the mission a name.</source>
        <extracomment>Longest mission we accept; anything longer is almost certainly a typo in a year.</extracomment>
        <translation>Dé un nombre a la misión.</translation>
    </message>
    <message>
        <source>The name is too long (200 characters at most).</source>
        <translation>El nombre es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a mission kind ({allowed}).</source>
        <translation>«{kind}» no es un tipo de misión ({allowed}).</translation>
    </message>
    <message>
        <source>Choose the country the mission goes to.</source>
        <translation>Elija el país de destino de la misión.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ISO 3166 country code (e.g. JP).</source>
        <translation>«{country}» no es un código de país ISO 3166 (p. ej. JP).</translation>
    </message>
    <message>
        <source>Choose the time zone where the mission takes place.</source>
        <translation>Elija la zona horaria del lugar de la misión.</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone (e.g. Asia/Tokyo).</source>
        <translation>«{zone}» no es una zona horaria IANA (p. ej. Asia/Tokyo).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not an IANA time zone.</source>
        <translation>«{zone}» no es una zona horaria IANA.</translation>
    </message>
    <message>
        <source>Give the first day of the mission.</source>
        <translation>Indique el primer día de la misión.</translation>
    </message>
    <message>
        <source>Give the last day of the mission.</source>
        <translation>Indique el último día de la misión.</translation>
    </message>
    <message>
        <source>The mission ends ({end}) before it starts ({start}).</source>
        <translation>La misión termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <source>A mission lasts at most {n} days; check the year.</source>
        <translation>Una misión dura como máximo {n} días; compruebe el año.</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a mission status.</source>
        <translation>«{status}» no es un estado de misión.</translation>
    </message>
    <message>
        <source>Choose a cluster as lead.</source>
        <translation>Elija un clúster como líder.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <source>{source}: card {card}, line {line}: {reason}</source>
        <translation>{source}: tarjeta {card}, línea {line}: {reason}</translation>
    </message>
    <message>
        <source>{source}: line {line}: {reason}</source>
        <translation>{source}: línea {line}: {reason}</translation>
    </message>
    <message>
        <source>some characters are not valid {charset} and were replaced</source>
        <translation>algunos caracteres no son {charset} válido y se han sustituido</translation>
    </message>
    <message>
        <source>no &apos;:&apos; separates the property name from its value</source>
        <translation>ningún «:» separa el nombre de la propiedad de su valor</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a property name</source>
        <translation>«{name}» no es un nombre de propiedad</translation>
    </message>
    <message>
        <source>line {line}: {prop} was read without its parameter(s) {params}, which this program does not keep</source>
        <extracomment>Picture types a TYPE parameter may name (other words, such as kcontacts&apos; ``TYPE=HOME``, say nothing about the picture: its bytes do). Parameters every property read into a field keeps (as its types) or does not need. ... and those particular properties keep too.</extracomment>
        <translation>línea {line}: {prop} se leyó sin su(s) parámetro(s) {params}, que este programa no conserva</translation>
    </message>
    <message>
        <source>the card has no name, organisation, e-mail or phone</source>
        <translation>la tarjeta no tiene nombre, organización, correo ni teléfono</translation>
    </message>
    <message>
        <source>line {line}: the photo is not valid base64; kept as is</source>
        <translation>línea {line}: la foto no es base64 válido; se conserva tal cual</translation>
    </message>
    <message>
        <source>line {line}: the photo&apos;s TYPE={type} is not a picture type and is not kept; the type is read from the picture itself</source>
        <translation>línea {line}: el TYPE={type} de la foto no es un tipo de imagen y no se conserva; el tipo se lee de la propia imagen</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI has no &apos;,&apos;</source>
        <translation>línea {line}: la URI data: de la foto no tiene «,»</translation>
    </message>
    <message>
        <source>line {line}: the photo data: URI is not valid base64</source>
        <translation>línea {line}: la URI data: de la foto no es base64 válido</translation>
    </message>
    <message>
        <source>line {line}: the photo is neither base64 data nor a link</source>
        <translation>línea {line}: la foto no es ni datos base64 ni un enlace</translation>
    </message>
    <message>
        <source>the file could not be read ({error})</source>
        <translation>no se pudo leer el archivo ({error})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>line {line}: comment line ignored</source>
        <translation>línea {line}: línea de comentario ignorada</translation>
    </message>
    <message>
        <source>line {line} is not a vCard property: {reason}</source>
        <translation>la línea {line} no es una propiedad vCard: {reason}</translation>
    </message>
    <message>
        <source>the card that starts at line {line} has no END:VCARD (is the file cut short?)</source>
        <translation>la tarjeta que empieza en la línea {line} no tiene END:VCARD (¿está cortado el archivo?)</translation>
    </message>
    <message>
        <source>no vCard found: the file has no BEGIN:VCARD line</source>
        <translation>no se encontró ninguna vCard: el archivo no tiene ninguna línea BEGIN:VCARD</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <source>no VERSION line; read as vCard 2.1</source>
        <translation>no hay línea VERSION; se lee como vCard 2.1</translation>
    </message>
    <message>
        <source>vCard version {version} is not supported (2.1, 3.0 or 4.0)</source>
        <translation>la versión de vCard {version} no es compatible (2.1, 3.0 o 4.0)</translation>
    </message>
    <message>
        <source>the card could not be read ({kind}: {error})</source>
        <translation>no se pudo leer la tarjeta ({kind}: {error})</translation>
    </message>
</context>
</TS>
