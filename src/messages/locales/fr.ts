import type { ApiErrorCatalog } from '../catalog/types.js'

/**
 * French copy for end users (vouvoiement). French typography: a no-break space (U+00A0) before
 * `:` and between a number and its unit, a narrow no-break space (U+202F) before `;`, `?` and
 * `!`; written as escapes so they stay visible in review. From a million on, French says « de »
 * before the noun (`many`: 1000000 de secondes).
 */
const fr: ApiErrorCatalog = {
  locale: 'fr',
  types: {
    Unauthorized: {
      title: 'Votre session a expiré',
      description: 'Reconnectez-vous pour reprendre là où vous en étiez.',
    },
    Forbidden: {
      title: 'Autorisation manquante',
      description: 'Votre compte ne permet pas d’effectuer cette action. Demandez l’accès à un administrateur.',
    },
    PaymentRequired: {
      title: 'Paiement requis',
      description:
        'Cette fonctionnalité n’est pas incluse dans votre offre actuelle. Changez d’offre ou mettez à jour votre moyen de paiement pour continuer.',
    },
    QuotaExceeded: {
      title: 'Quota atteint',
      description:
        'Vous avez utilisé tout votre quota. Augmentez votre quota ou passez à une offre supérieure pour continuer.',
    },
    LimitExceeded: {
      title: 'Limite maximale dépassée',
      description:
        'Cette demande dépasse une limite fixe qui ne peut pas être augmentée. Réduisez-la, par exemple en envoyant moins d’éléments.',
    },
    PayloadTooLarge: {
      title: 'Données trop volumineuses',
      description:
        'Ce que vous envoyez est trop volumineux. Réduisez la taille du fichier ou du contenu, puis réessayez.',
    },
    InvalidPayload: {
      title: 'Informations non valides',
      description: 'Votre demande n’a pas pu être traitée telle quelle. Vérifiez votre saisie, puis réessayez.',
    },
    UnsupportedMediaType: {
      title: 'Type de fichier non pris en charge',
      description: 'Ce type de fichier ou de contenu n’est pas accepté. Réessayez avec un autre format.',
    },
    MethodNotFound: {
      title: 'Action non disponible',
      description: 'Le service ne prend pas en charge cette action. Actualisez la page ou mettez l’application à jour.',
    },
    ResourceNotFound: {
      title: 'Introuvable ou accès refusé',
      description:
        'Cet élément a peut-être été supprimé ou déplacé, ou vous n’y avez pas accès. Vérifiez le lien ou demandez à son propriétaire.',
    },
    InvalidJsonSchema: {
      title: 'Structure de données non valide',
      description:
        'La définition de structure que vous avez fournie contient des erreurs. Corrigez-la, puis réessayez.',
    },
    InvalidDataFormat: {
      title: 'Certains champs sont à corriger',
      description:
        'Certaines valeurs ne respectent pas le format attendu. Corrigez les champs signalés, puis réessayez.',
    },
    InvalidIdentifier: {
      title: 'Identifiant non autorisé',
      description:
        'Vérifiez l’orthographe de l’identifiant et n’utilisez que les caractères autorisés, puis réessayez.',
    },
    RelationConflict: {
      title: 'Ces éléments ne vont pas ensemble',
      description: 'Les éléments sélectionnés ne sont pas liés entre eux. Vérifiez votre sélection, puis réessayez.',
    },
    ReferenceConstraint: {
      title: 'Élément encore utilisé',
      description:
        'Cet élément ne peut pas être supprimé, car d’autres éléments en dépendent. Supprimez d’abord ces liens.',
    },
    ReferenceNotFound: {
      title: 'Un élément lié est introuvable',
      description:
        'Un élément auquel cette demande fait référence n’existe plus. Choisissez-en un autre, puis réessayez.',
    },
    InvalidQuery: {
      title: 'Recherche ou filtre non valide',
      description:
        'Les critères de recherche ou de filtre ne peuvent pas être utilisés tels quels. Modifiez-les, puis réessayez.',
    },
    Runtime: {
      title: 'Échec d’un traitement',
      description:
        'Un traitement a échoué pendant l’exécution de votre demande. Si le problème persiste, contactez le support.',
    },
    AlreadyExists: {
      title: 'Existe déjà',
      description: 'Un élément portant ce nom ou cet identifiant existe déjà. Choisissez-en un autre.',
    },
    RateLimited: {
      title: 'Trop de demandes',
      description: 'Vous allez un peu vite. Patientez un instant avant de réessayer.',
    },
    BreakingChanges: {
      title: 'Modification incompatible',
      description:
        'Cette modification casserait ce qui dépend de la version actuelle. Créez une nouvelle version ou apportez une modification compatible.',
    },
    ResourceLockedConflict: {
      title: 'Élément verrouillé',
      description: 'Cet élément est en cours de modification ailleurs. Réessayez dans un instant.',
    },
    Unknown: {
      title: 'Une erreur est survenue',
      description: 'Une erreur inattendue s’est produite. Veuillez réessayer.',
    },
    Internal: {
      title: 'Un problème de notre côté',
      description:
        'Le serveur a rencontré une erreur. Vous n’y êtes pour rien\u00a0: veuillez réessayer dans quelques instants.',
    },
    Conflict: {
      title: 'Modifications en conflit',
      description:
        'Cet élément a changé depuis que vous l’avez ouvert. Rechargez-le pour voir la dernière version, puis refaites votre modification.',
    },
    Unavailable: {
      title: 'Service momentanément indisponible',
      description: 'Le service est interrompu ou surchargé pour le moment. Réessayez dans quelques minutes.',
    },
    Timeout: {
      title: 'Délai de réponse dépassé',
      description: 'Le serveur n’a pas répondu à temps. Réessayez.',
    },
    Network: {
      title: 'Problème de connexion',
      description: 'Impossible de joindre le serveur. Vérifiez votre connexion Internet, puis réessayez.',
    },
  },
  actions: {
    retry: 'Réessayer',
    signIn: 'Se connecter',
    upgrade: 'Changer d’offre',
    raiseQuota: 'Augmenter le quota',
    requestAccess: 'Demander l’accès',
    contactSupport: 'Contacter le support',
    dismiss: 'Fermer',
    cancel: 'Annuler',
  },
  retryCountdown: 'Nouvel essai dans {seconds}\u00a0s',
  retryAnnouncement: {
    one: 'Nouvel essai automatique dans {seconds}\u00a0seconde.',
    many: 'Nouvel essai automatique dans {seconds}\u00a0de secondes.',
    other: 'Nouvel essai automatique dans {seconds}\u00a0secondes.',
  },
  retryWait: 'Nouvel essai possible dans {seconds}\u00a0s',
  retryWaitAnnouncement: {
    one: 'Vous pourrez réessayer dans {seconds}\u00a0seconde.',
    many: 'Vous pourrez réessayer dans {seconds}\u00a0de secondes.',
    other: 'Vous pourrez réessayer dans {seconds}\u00a0secondes.',
  },
  reference: 'Référence\u00a0: {id}',
  serverDetail: 'Détails\u00a0: {detail}',
  severity: { error: 'Erreur', warning: 'Avertissement', info: 'Information' },
  severityLabel: '{severity}\u00a0:',
  reauth: {
    title: 'Reconnectez-vous pour continuer',
    description: 'Votre session a expiré. Reconnectez-vous\u00a0: ce que vous avez saisi sur cette page est conservé.',
    signIn: 'Se connecter',
    cancel: 'Annuler',
    failed: 'La connexion n’a pas abouti. Réessayez.',
  },
  fieldErrorsTitle: {
    one: 'Problème à corriger\u00a0: {count}',
    many: 'Problèmes à corriger\u00a0: {count}',
    other: 'Problèmes à corriger\u00a0: {count}',
  },
  fieldSeparator: '\u00a0: ',
  offline: {
    title: 'Vous êtes hors ligne',
    description:
      'Vérifiez votre connexion. Vos modifications sont conservées et seront envoyées dès le retour du réseau.',
    pending: {
      one: '{count}\u00a0modification en attente d’envoi',
      many: '{count}\u00a0de modifications en attente d’envoi',
      other: '{count}\u00a0modifications en attente d’envoi',
    },
    restored: 'Vous êtes de nouveau en ligne. Vos modifications ont été envoyées.',
  },
}

export default fr
