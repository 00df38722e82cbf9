// The README's ky recipe ("axios and ky"), verbatim, against a real loopback server.
import ky from 'ky'
import { createAuthCoordinator } from '../../src/core/index.js'
import { describeAuthRecipe } from './authRecipe.js'

describeAuthRecipe('ky', (API_URL, renewAccessToken) => {
  // The same coordinator as in the axios block above it.
  let accessToken = ''
  const auth = createAuthCoordinator({ refresh: async () => void (accessToken = await renewAccessToken()) })

  // verbatim from README ("axios and ky")
  const api = ky.create({
    prefixUrl: API_URL,
    hooks: {
      beforeRequest: [
        (request, options) => {
          options.context.authGeneration = auth.generation // the renewals the request went out after
          request.headers.set('Authorization', `Bearer ${accessToken}`)
        },
      ],
      afterResponse: [
        // A 401 waits for the one renewal every request shares, then the request is sent again, once.
        async (request, options, response) => {
          const { authGeneration, replayed } = options.context as { authGeneration: number; replayed?: boolean }
          if (response.status === 401 && !replayed && (await auth.reauthenticate(authGeneration))) {
            return api(request, { context: { replayed: true } })
          }
        },
      ],
    },
  })
  // end of the README snippet

  return {
    auth,
    get: (path) => api.get(path.slice(1)).json(),
    post: (path, body) => api.post(path.slice(1), { json: body }).json(),
  }
})
