import type { ApiErrorCatalog } from '../catalog/types.js'

/**
 * English copy for end users. Calm, short, and about what to do next. Copy for server-side
 * failures (Internal, Unknown, Unavailable) never blames the user and never repeats server text.
 * Type copy carries no placeholders: the delay or the reference may be unknown.
 */
const en: ApiErrorCatalog = {
  locale: 'en',
  types: {
    Unauthorized: {
      title: 'Your session has expired',
      description: 'Sign in again to continue where you left off.',
    },
    Forbidden: {
      title: 'You don’t have permission',
      description: 'Your account isn’t allowed to do this. Ask an administrator to give you access.',
    },
    PaymentRequired: {
      title: 'Payment required',
      description: 'This isn’t included in your current plan. Upgrade or update your payment details to continue.',
    },
    QuotaExceeded: {
      title: 'Quota reached',
      description: 'You’ve used all of your quota for this. Raise your quota or upgrade your plan to keep going.',
    },
    LimitExceeded: {
      title: 'Over the maximum allowed',
      description:
        'This goes over a fixed limit that can’t be raised. Make it smaller, for example by sending fewer items.',
    },
    PayloadTooLarge: {
      title: 'Too much data to send',
      description: 'What you’re sending is too large. Reduce the size of the file or content and try again.',
    },
    InvalidPayload: {
      title: 'Some information isn’t valid',
      description: 'Your request couldn’t be processed as sent. Check what you entered and try again.',
    },
    UnsupportedMediaType: {
      title: 'File type not supported',
      description: 'This type of file or content isn’t accepted. Try again with a different format.',
    },
    MethodNotFound: {
      title: 'This action isn’t available',
      description: 'The service doesn’t support this action. Refresh the page or update the app.',
    },
    ResourceNotFound: {
      title: 'Not found or no access',
      description:
        'This item may have been deleted or moved, or you may not have access to it. Check the link or ask its owner.',
    },
    InvalidJsonSchema: {
      title: 'Data structure isn’t valid',
      description: 'The structure definition you provided contains errors. Correct it and try again.',
    },
    InvalidDataFormat: {
      title: 'Some fields need attention',
      description: 'A few values don’t match the expected format. Correct the highlighted fields and try again.',
    },
    InvalidIdentifier: {
      title: 'Identifier not allowed',
      description: 'Check the identifier’s spelling and use only the allowed characters, then try again.',
    },
    RelationConflict: {
      title: 'These items don’t belong together',
      description: 'The items you selected aren’t linked to each other. Check your selection and try again.',
    },
    ReferenceConstraint: {
      title: 'Still in use elsewhere',
      description: 'This item can’t be deleted because other items depend on it. Remove those links first.',
    },
    ReferenceNotFound: {
      title: 'A linked item is missing',
      description: 'Something this request points to no longer exists. Choose another item and try again.',
    },
    InvalidQuery: {
      title: 'Search or filter not valid',
      description: 'The search or filter settings can’t be used as they are. Adjust them and try again.',
    },
    Runtime: {
      title: 'A process failed to run',
      description: 'Something failed while your request was being handled. If it keeps happening, contact support.',
    },
    AlreadyExists: {
      title: 'Already exists',
      description: 'An item with the same name or identifier already exists. Use a different one.',
    },
    RateLimited: {
      title: 'Too many requests',
      description: 'You’re going a little fast. Wait a moment before trying again.',
    },
    BreakingChanges: {
      title: 'Incompatible change',
      description:
        'This change would break what depends on the current version. Create a new version or make a compatible change.',
    },
    ResourceLockedConflict: {
      title: 'Item is locked',
      description: 'This item is being changed somewhere else right now. Try again in a moment.',
    },
    Unknown: {
      title: 'Something went wrong',
      description: 'An unexpected error occurred. Please try again.',
    },
    Internal: {
      title: 'A problem on our side',
      description: 'The server ran into an error. This isn’t your fault; please try again shortly.',
    },
    Conflict: {
      title: 'Conflicting changes',
      description:
        'This item changed since you opened it. Reload it to see the latest version, then make your change again.',
    },
    Unavailable: {
      title: 'Service temporarily unavailable',
      description: 'The service is down or busy right now. Try again in a few minutes.',
    },
    Timeout: {
      title: 'This took too long',
      description: 'The server didn’t respond in time. Try again.',
    },
    Network: {
      title: 'Connection problem',
      description: 'We couldn’t reach the server. Check your internet connection and try again.',
    },
  },
  actions: {
    retry: 'Retry',
    signIn: 'Sign in',
    upgrade: 'Upgrade',
    raiseQuota: 'Raise quota',
    requestAccess: 'Request access',
    contactSupport: 'Contact support',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
  },
  retryCountdown: 'Retrying in {seconds} s',
  retryAnnouncement: {
    one: 'Retrying automatically in {seconds} second.',
    other: 'Retrying automatically in {seconds} seconds.',
  },
  retryWait: 'You can retry in {seconds} s',
  retryWaitAnnouncement: { one: 'You can retry in {seconds} second.', other: 'You can retry in {seconds} seconds.' },
  reference: 'Reference: {id}',
  serverDetail: 'Details: {detail}',
  severity: { error: 'Error', warning: 'Warning', info: 'Notice' },
  severityLabel: '{severity}:',
  reauth: {
    title: 'Sign in to continue',
    description: 'Your session has expired. Sign in again; what you entered on this page is kept.',
    signIn: 'Sign in',
    cancel: 'Cancel',
    failed: 'Sign-in didn’t complete. Try again.',
  },
  fieldErrorsTitle: { one: 'Problem to fix: {count}', other: 'Problems to fix: {count}' },
  fieldSeparator: ': ',
  offline: {
    title: 'You’re offline',
    description: 'Check your connection. What you change now is kept and sent when you’re back online.',
    pending: { one: '{count} change waiting to be sent', other: '{count} changes waiting to be sent' },
    restored: 'You’re back online. Your changes were sent.',
  },
}

export default en
