import { createApiFetch } from 'react-api-errors/core'

// One module-level client on the server: it calls the API with the server's own credentials, so
// its rate-limit gate is rightly shared by every visitor (the README's rateLimitGate advice).
export const apiFetch = createApiFetch({ baseUrl: process.env.API_URL })
