import { handlers as offline } from './Offline.mock.js'
import { handlers as paymentRequired } from './PaymentRequired.mock.js'
import { handlers as limits } from './QuotaVsHardLimit.mock.js'
import { handlers as rateLimited } from './RateLimited.mock.js'
import { handlers as unavailable } from './ServiceUnavailable.mock.js'
import { handlers as sessionExpired } from './SessionExpired.mock.js'
import { handlers as signUp } from './SignUpForm.mock.js'
import { handlers as toasts } from './Toasts.mock.js'
import { handlers as validation } from './ValidationErrors.mock.js'
import { handlers as readme } from '../examples/Readme.mock.js'

/**
 * Every flow's mock API, by name (the same names the flow stories use in `parameters.msw.handlers`).
 * The preview installs them all for every story: each flow has its own URLs and keeps its state per
 * mounted story, so a docs page that shows several stories keeps every example working.
 */
export const flowHandlers = {
  offline,
  paymentRequired,
  limits,
  rateLimited,
  unavailable,
  sessionExpired,
  validation,
  signUp,
  toasts,
  readme,
}
