// The README's axios recipe ("axios and ky"), verbatim, against a real loopback server.
import axios from 'axios'
import { createAuthCoordinator, parseApiError } from '../../src/core/index.js'
import { describeAuthRecipe } from './authRecipe.js'

// verbatim from README ("axios and ky")
declare module 'axios' {
  interface AxiosRequestConfig {
    authGeneration?: number // the renewals the request went out after
    replayed?: boolean
  }
}
// end of the README snippet

// Under jsdom, axios would pick its XMLHttpRequest adapter (and jsdom's CORS); a browser app needs no such line.
axios.defaults.adapter = 'http'

describeAuthRecipe('axios', (API_URL, renewAccessToken) => {
  // verbatim from README ("axios and ky")
  let accessToken = ''
  const auth = createAuthCoordinator({
    refresh: async () => {
      accessToken = await renewAccessToken() // your call to the refresh endpoint, not through `api`
    },
  })

  const api = axios.create({ baseURL: API_URL })
  api.interceptors.request.use((config) => {
    config.authGeneration = auth.generation
    config.headers.set('Authorization', `Bearer ${accessToken}`)
    return config
  })
  api.interceptors.response.use(undefined, async (error: unknown) => {
    const config = axios.isAxiosError(error) ? error.config : undefined
    // A 401 waits for the one renewal every request shares, then the request is sent again, once.
    if (config && !config.replayed && axios.isAxiosError(error) && error.response?.status === 401) {
      if (await auth.reauthenticate(config.authGeneration)) return api.request({ ...config, replayed: true })
    }
    throw parseApiError(error)
  })
  // end of the README snippet

  return {
    auth,
    get: async (path) => (await api.get(path)).data as unknown,
    post: async (path, body) => (await api.post(path, body)).data as unknown,
  }
})
