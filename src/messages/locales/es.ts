import type { ApiErrorCatalog } from '../catalog/types.js'

/**
 * Spanish copy for end users: neutral Spanish that reads naturally in Spain and Latin America,
 * with «tú». A no-break space (U+00A0) keeps a number and its unit together; from a million on,
 * Spanish says «de» before the noun (`many`: 1000000 de segundos).
 */
const es: ApiErrorCatalog = {
  locale: 'es',
  types: {
    Unauthorized: {
      title: 'Tu sesión ha caducado',
      description: 'Vuelve a iniciar sesión para continuar donde lo dejaste.',
    },
    Forbidden: {
      title: 'No tienes permiso',
      description: 'Tu cuenta no puede realizar esta acción. Pide acceso a un administrador.',
    },
    PaymentRequired: {
      title: 'Pago necesario',
      description:
        'Esto no está incluido en tu plan actual. Mejora tu plan o actualiza tus datos de pago para continuar.',
    },
    QuotaExceeded: {
      title: 'Cuota alcanzada',
      description: 'Has agotado tu cuota para esto. Aumenta tu cuota o mejora tu plan para seguir.',
    },
    LimitExceeded: {
      title: 'Por encima del máximo permitido',
      description:
        'Esto supera un límite fijo que no se puede aumentar. Hazlo más pequeño, por ejemplo, enviando menos elementos.',
    },
    PayloadTooLarge: {
      title: 'Demasiados datos para enviar',
      description:
        'Lo que intentas enviar es demasiado grande. Reduce el tamaño del archivo o del contenido e inténtalo de nuevo.',
    },
    InvalidPayload: {
      title: 'Algunos datos no son válidos',
      description:
        'No se pudo procesar tu solicitud tal como se envió. Revisa lo que has introducido e inténtalo de nuevo.',
    },
    UnsupportedMediaType: {
      title: 'Tipo de archivo no admitido',
      description: 'No se acepta este tipo de archivo o contenido. Inténtalo de nuevo con otro formato.',
    },
    MethodNotFound: {
      title: 'Esta acción no está disponible',
      description: 'El servicio no admite esta acción. Recarga la página o actualiza la aplicación.',
    },
    ResourceNotFound: {
      title: 'No encontrado o sin acceso',
      description:
        'Puede que este elemento se haya eliminado o movido, o que no tengas acceso. Revisa el enlace o pregunta a su propietario.',
    },
    InvalidJsonSchema: {
      title: 'La estructura de datos no es válida',
      description:
        'La definición de estructura que has proporcionado contiene errores. Corrígela e inténtalo de nuevo.',
    },
    InvalidDataFormat: {
      title: 'Revisa algunos campos',
      description: 'Algunos valores no tienen el formato esperado. Corrige los campos marcados e inténtalo de nuevo.',
    },
    InvalidIdentifier: {
      title: 'Identificador no permitido',
      description:
        'Revisa cómo está escrito el identificador y usa solo los caracteres permitidos. Luego, inténtalo de nuevo.',
    },
    RelationConflict: {
      title: 'Estos elementos no van juntos',
      description:
        'Los elementos que has seleccionado no están vinculados entre sí. Revisa tu selección e inténtalo de nuevo.',
    },
    ReferenceConstraint: {
      title: 'Todavía se usa en otro lugar',
      description: 'No se puede eliminar este elemento porque otros dependen de él. Quita primero esos vínculos.',
    },
    ReferenceNotFound: {
      title: 'Falta un elemento vinculado',
      description:
        'Algo a lo que hace referencia esta solicitud ya no existe. Elige otro elemento e inténtalo de nuevo.',
    },
    InvalidQuery: {
      title: 'Búsqueda o filtro no válido',
      description: 'No se pueden usar los ajustes de búsqueda o filtro tal como están. Ajústalos e inténtalo de nuevo.',
    },
    Runtime: {
      title: 'Un proceso no se pudo ejecutar',
      description: 'Algo falló mientras se procesaba tu solicitud. Si sigue ocurriendo, contacta con el soporte.',
    },
    AlreadyExists: {
      title: 'Ya existe',
      description: 'Ya existe un elemento con el mismo nombre o identificador. Usa otro.',
    },
    RateLimited: {
      title: 'Demasiadas solicitudes',
      description: 'Vas un poco rápido. Espera un momento antes de volver a intentarlo.',
    },
    BreakingChanges: {
      title: 'Cambio incompatible',
      description:
        'Este cambio rompería lo que depende de la versión actual. Crea una nueva versión o haz un cambio compatible.',
    },
    ResourceLockedConflict: {
      title: 'Elemento bloqueado',
      description: 'Este elemento se está modificando en otro lugar ahora mismo. Inténtalo de nuevo en un momento.',
    },
    Unknown: {
      title: 'Algo salió mal',
      description: 'Se produjo un error inesperado. Inténtalo de nuevo.',
    },
    Internal: {
      title: 'Un problema por nuestra parte',
      description: 'El servidor encontró un error. No es culpa tuya; inténtalo de nuevo en unos instantes.',
    },
    Conflict: {
      title: 'Cambios en conflicto',
      description:
        'Este elemento cambió desde que lo abriste. Vuelve a cargarlo para ver la última versión y haz tu cambio otra vez.',
    },
    Unavailable: {
      title: 'Servicio no disponible temporalmente',
      description: 'El servicio no funciona o está saturado en este momento. Inténtalo de nuevo en unos minutos.',
    },
    Timeout: {
      title: 'Esto tardó demasiado',
      description: 'El servidor no respondió a tiempo. Inténtalo de nuevo.',
    },
    Network: {
      title: 'Problema de conexión',
      description: 'No pudimos conectar con el servidor. Revisa tu conexión a internet e inténtalo de nuevo.',
    },
  },
  actions: {
    retry: 'Reintentar',
    signIn: 'Iniciar sesión',
    upgrade: 'Mejorar plan',
    raiseQuota: 'Aumentar cuota',
    requestAccess: 'Solicitar acceso',
    contactSupport: 'Contactar con soporte',
    dismiss: 'Cerrar',
    cancel: 'Cancelar',
  },
  retryCountdown: 'Reintentando en {seconds}\u00a0s',
  retryAnnouncement: {
    one: 'Reintento automático en {seconds}\u00a0segundo.',
    many: 'Reintento automático en {seconds} de segundos.',
    other: 'Reintento automático en {seconds}\u00a0segundos.',
  },
  retryWait: 'Podrás reintentar en {seconds}\u00a0s',
  retryWaitAnnouncement: {
    one: 'Podrás volver a intentarlo en {seconds}\u00a0segundo.',
    many: 'Podrás volver a intentarlo en {seconds} de segundos.',
    other: 'Podrás volver a intentarlo en {seconds}\u00a0segundos.',
  },
  reference: 'Referencia: {id}',
  serverDetail: 'Detalles: {detail}',
  severity: { error: 'Error', warning: 'Advertencia', info: 'Aviso' },
  severityLabel: '{severity}:',
  reauth: {
    title: 'Inicia sesión para continuar',
    description: 'Tu sesión ha caducado. Vuelve a iniciar sesión; lo que has introducido en esta página se conserva.',
    signIn: 'Iniciar sesión',
    cancel: 'Cancelar',
    failed: 'No se completó el inicio de sesión. Inténtalo de nuevo.',
  },
  fieldErrorsTitle: {
    one: 'Problema por corregir: {count}',
    many: 'Problemas por corregir: {count}',
    other: 'Problemas por corregir: {count}',
  },
  fieldSeparator: ': ',
  offline: {
    title: 'No tienes conexión',
    description: 'Revisa tu conexión. Lo que cambies ahora se guarda y se enviará cuando vuelvas a estar en línea.',
    pending: {
      one: '{count}\u00a0cambio pendiente de enviar',
      many: '{count} de cambios pendientes de enviar',
      other: '{count}\u00a0cambios pendientes de enviar',
    },
    restored: 'Vuelves a estar en línea. Tus cambios se han enviado.',
  },
}

export default es
