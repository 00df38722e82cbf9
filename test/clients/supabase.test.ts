import { AuthClient } from '@supabase/auth-js'
import { PostgrestClient } from '@supabase/postgrest-js'
import { describeClient, TOKEN } from './support/scenarios.js'
import { gotrueApi, postgrest } from './support/dialects.js'

const headers = { apikey: 'anon-key', Authorization: `Bearer ${TOKEN}` }

// postgrest-js resolves with `{ data, error, status }` (a PostgrestError: message, details, hint,
// code): the whole result goes to parseApiError, as returned. A not-null violation is PostgREST's
// 400; a unique violation (23505) its 409, an AlreadyExists.
describeClient({
  name: 'Supabase PostgREST',
  backend: postgrest,
  needsSecrets: true,
  expected: {
    // The result keeps the status, not the headers.
    '429': { retryAfterMs: undefined },
    '422': { type: 'InvalidPayload', status: 400, fields: [] },
    '409': { type: 'AlreadyExists' },
  },
  fail: (scenario, api) => {
    const insert = new PostgrestClient(`${api.url(scenario)}/rest/v1`, { headers })
      .from('users')
      .insert({ email: null })
    return Promise.resolve(scenario === 'abort' ? insert.abortSignal(api.signal) : insert)
  },
})

// auth-js resolves with `{ data, error }`, the error an AuthApiError (status, code, message).
describeClient({
  name: 'Supabase Auth',
  backend: gotrueApi,
  needsSecrets: true,
  // An AuthApiError keeps the status and code, not the headers; GoTrue's messages name no field.
  expected: { '429': { retryAfterMs: undefined }, '422': { fields: [] } },
  fail: async (scenario, api) => {
    const auth = new AuthClient({
      url: `${api.url(scenario)}/auth/v1`,
      headers,
      persistSession: false,
      autoRefreshToken: false,
      // auth-js takes no signal; a fetch of the app's own is how one is passed.
      fetch: (input, init) => fetch(input, { ...init, signal: scenario === 'abort' ? api.signal : null }),
    })
    const { error } = await auth.signUp({ email: 'not-an-email', password: 'correct horse battery' })
    return error
  },
})
