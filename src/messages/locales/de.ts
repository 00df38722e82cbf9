import type { ApiErrorCatalog } from '../catalog/types.js'

/**
 * German copy for end users. Addresses the user with a lowercase „du“, as modern German product
 * UI does (an app that speaks „Sie“ overrides the strings it needs through `messages`). A
 * no-break space (U+00A0) keeps a number and its unit together.
 */
const de: ApiErrorCatalog = {
  locale: 'de',
  types: {
    Unauthorized: {
      title: 'Deine Sitzung ist abgelaufen',
      description: 'Melde dich erneut an, um dort weiterzumachen, wo du aufgehört hast.',
    },
    Forbidden: {
      title: 'Keine Berechtigung',
      description:
        'Dein Konto darf diese Aktion nicht ausführen. Bitte eine Person mit Administratorrechten um Zugriff.',
    },
    PaymentRequired: {
      title: 'Zahlung erforderlich',
      description:
        'Das ist in deinem aktuellen Tarif nicht enthalten. Mach ein Upgrade oder aktualisiere deine Zahlungsdaten, um fortzufahren.',
    },
    QuotaExceeded: {
      title: 'Kontingent erreicht',
      description:
        'Du hast dein Kontingent dafür aufgebraucht. Erhöhe dein Kontingent oder mach ein Upgrade, um weiterzumachen.',
    },
    LimitExceeded: {
      title: 'Über dem zulässigen Maximum',
      description:
        'Das überschreitet eine feste Obergrenze, die sich nicht erhöhen lässt. Verkleinere die Anfrage, etwa mit weniger Einträgen.',
    },
    PayloadTooLarge: {
      title: 'Zu viele Daten zum Senden',
      description: 'Was du sendest, ist zu groß. Verkleinere die Datei oder den Inhalt und versuche es erneut.',
    },
    InvalidPayload: {
      title: 'Einige Angaben sind ungültig',
      description: 'Deine Anfrage konnte so nicht verarbeitet werden. Prüfe deine Eingaben und versuche es erneut.',
    },
    UnsupportedMediaType: {
      title: 'Dateityp nicht unterstützt',
      description: 'Diese Art von Datei oder Inhalt wird nicht angenommen. Versuche es mit einem anderen Format.',
    },
    MethodNotFound: {
      title: 'Diese Aktion ist nicht verfügbar',
      description: 'Der Dienst unterstützt diese Aktion nicht. Lade die Seite neu oder aktualisiere die App.',
    },
    ResourceNotFound: {
      title: 'Nicht gefunden oder kein Zugriff',
      description:
        'Dieses Element wurde vielleicht gelöscht oder verschoben, oder du hast keinen Zugriff darauf. Prüfe den Link oder frag, wem es gehört.',
    },
    InvalidJsonSchema: {
      title: 'Datenstruktur ungültig',
      description: 'Die angegebene Strukturdefinition enthält Fehler. Korrigiere sie und versuche es erneut.',
    },
    InvalidDataFormat: {
      title: 'Bitte prüfe einige Felder',
      description:
        'Einige Werte haben nicht das erwartete Format. Korrigiere die markierten Felder und versuche es erneut.',
    },
    InvalidIdentifier: {
      title: 'Bezeichner nicht zulässig',
      description:
        'Prüfe die Schreibweise des Bezeichners und verwende nur zulässige Zeichen. Versuche es dann erneut.',
    },
    RelationConflict: {
      title: 'Diese Elemente gehören nicht zusammen',
      description:
        'Die ausgewählten Elemente sind nicht miteinander verknüpft. Prüfe deine Auswahl und versuche es erneut.',
    },
    ReferenceConstraint: {
      title: 'Wird noch anderswo verwendet',
      description:
        'Dieses Element kann nicht gelöscht werden, weil andere Elemente davon abhängen. Entferne zuerst diese Verknüpfungen.',
    },
    ReferenceNotFound: {
      title: 'Ein verknüpftes Element fehlt',
      description:
        'Etwas, auf das sich diese Anfrage bezieht, gibt es nicht mehr. Wähle ein anderes Element und versuche es erneut.',
    },
    InvalidQuery: {
      title: 'Suche oder Filter ungültig',
      description:
        'Die Such- oder Filtereinstellungen lassen sich so nicht verwenden. Passe sie an und versuche es erneut.',
    },
    Runtime: {
      title: 'Ein Vorgang ist fehlgeschlagen',
      description:
        'Bei der Bearbeitung deiner Anfrage ist etwas fehlgeschlagen. Wenn das wieder passiert, wende dich an den Support.',
    },
    AlreadyExists: {
      title: 'Existiert bereits',
      description: 'Ein Element mit diesem Namen oder Bezeichner gibt es schon. Verwende einen anderen.',
    },
    RateLimited: {
      title: 'Zu viele Anfragen',
      description: 'Du bist gerade etwas schnell unterwegs. Warte einen Moment, bevor du es erneut versuchst.',
    },
    BreakingChanges: {
      title: 'Inkompatible Änderung',
      description:
        'Diese Änderung würde beschädigen, was von der aktuellen Version abhängt. Lege eine neue Version an oder ändere es kompatibel.',
    },
    ResourceLockedConflict: {
      title: 'Element ist gesperrt',
      description: 'Dieses Element wird gerade an anderer Stelle bearbeitet. Versuche es gleich noch einmal.',
    },
    Unknown: {
      title: 'Etwas ist schiefgelaufen',
      description: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuche es erneut.',
    },
    Internal: {
      title: 'Ein Problem auf unserer Seite',
      description:
        'Auf dem Server ist ein Fehler aufgetreten. Das liegt nicht an dir – bitte versuche es gleich noch einmal.',
    },
    Conflict: {
      title: 'Widersprüchliche Änderungen',
      description:
        'Dieses Element hat sich geändert, seit du es geöffnet hast. Lade es neu, um die aktuelle Version zu sehen, und ändere es dann erneut.',
    },
    Unavailable: {
      title: 'Dienst vorübergehend nicht verfügbar',
      description: 'Der Dienst ist gerade nicht erreichbar oder ausgelastet. Versuche es in ein paar Minuten erneut.',
    },
    Timeout: {
      title: 'Das hat zu lange gedauert',
      description: 'Der Server hat nicht rechtzeitig geantwortet. Versuche es erneut.',
    },
    Network: {
      title: 'Verbindungsproblem',
      description: 'Der Server ist nicht erreichbar. Prüfe deine Internetverbindung und versuche es erneut.',
    },
  },
  actions: {
    retry: 'Erneut versuchen',
    signIn: 'Anmelden',
    upgrade: 'Upgraden',
    raiseQuota: 'Kontingent erhöhen',
    requestAccess: 'Zugriff anfordern',
    contactSupport: 'Support kontaktieren',
    dismiss: 'Schließen',
    cancel: 'Abbrechen',
  },
  retryCountdown: 'Neuer Versuch in {seconds}\u00a0s',
  retryAnnouncement: {
    one: 'Automatischer neuer Versuch in {seconds}\u00a0Sekunde.',
    other: 'Automatischer neuer Versuch in {seconds}\u00a0Sekunden.',
  },
  retryWait: 'Neuer Versuch möglich in {seconds}\u00a0s',
  retryWaitAnnouncement: {
    one: 'Du kannst es in {seconds}\u00a0Sekunde erneut versuchen.',
    other: 'Du kannst es in {seconds}\u00a0Sekunden erneut versuchen.',
  },
  reference: 'Referenz: {id}',
  serverDetail: 'Details: {detail}',
  severity: { error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  severityLabel: '{severity}:',
  reauth: {
    title: 'Melde dich an, um fortzufahren',
    description:
      'Deine Sitzung ist abgelaufen. Melde dich erneut an – deine Eingaben auf dieser Seite bleiben erhalten.',
    signIn: 'Anmelden',
    cancel: 'Abbrechen',
    failed: 'Die Anmeldung wurde nicht abgeschlossen. Versuch es noch einmal.',
  },
  fieldErrorsTitle: { one: 'Zu behebendes Problem: {count}', other: 'Zu behebende Probleme: {count}' },
  fieldSeparator: ': ',
  offline: {
    title: 'Du bist offline',
    description:
      'Prüfe deine Verbindung. Was du jetzt änderst, bleibt erhalten und wird gesendet, sobald du wieder online bist.',
    pending: {
      one: '{count} Änderung wartet darauf, gesendet zu werden',
      other: '{count} Änderungen warten darauf, gesendet zu werden',
    },
    restored: 'Du bist wieder online. Deine Änderungen wurden gesendet.',
  },
}

export default de
