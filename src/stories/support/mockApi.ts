import { useState } from 'react'
import type { ApiFetch, ApiFetchOptions, FetchImplementation } from '../../index.js'
import { createApiFetch } from '../../index.js'

/** The header that ties a request to one mounted story, so every mount starts a fresh server. */
export const SESSION_HEADER = 'x-story-session'

/** One request as the mock server saw it. */
export interface ReceivedRequest {
  method: string
  path: string
  authorization: string | null
  body: unknown
  at: number
}

/** A mock server's memory for one mounted story: what it received, plus the flow's own state. */
export interface MockSession<State> {
  readonly id: string
  readonly received: ReceivedRequest[]
  state: State
}

/**
 * The server side of a flow story. MSW handlers (module-level, in `parameters.msw.handlers`) look
 * the session up from the request; each mount of the story gets a new session, so re-running a
 * story, remounting it or showing it on a docs page always starts from the first response.
 */
export function createMockServer<State>(initialState: () => State) {
  const sessions = new Map<string, MockSession<State>>()
  let latest: MockSession<State> | undefined

  const open = (id: string): MockSession<State> => {
    let session = sessions.get(id)
    if (!session) {
      session = { id, received: [], state: initialState() }
      sessions.set(id, session)
    }
    latest = session
    return session
  }

  return {
    /** Records the request and returns its session (the body is read from a clone). */
    async receive(request: Request): Promise<MockSession<State>> {
      const session = open(request.headers.get(SESSION_HEADER) ?? 'no-session')
      const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text()
      let body: unknown = text || undefined
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        // Not JSON: keep the text.
      }
      session.received.push({
        method: request.method,
        path: new URL(request.url).pathname,
        authorization: request.headers.get('authorization'),
        body,
        at: performance.now(),
      })
      return session
    },
    /** The session a story mounted most recently (what a play function inspects). */
    latest(): MockSession<State> {
      if (!latest) throw new Error('The mock server has not received any request yet.')
      return latest
    },
  }
}

/**
 * A fetch for one mounted story: every request carries the mount's session header, so the mock
 * server answers it from a fresh state. Pass it to `createApiFetch({ fetch })`, as an app would
 * pass its own fetch.
 */
export function createStoryFetch(): FetchImplementation {
  const session = globalThis.crypto.randomUUID()
  return (request) => {
    request.headers.set(SESSION_HEADER, session)
    return globalThis.fetch(request)
  }
}

/** `createApiFetch(options)` for one mounted story (its own session and rate-limit gate). */
export function useStoryApiFetch(options: Omit<ApiFetchOptions, 'fetch'> = {}): ApiFetch {
  const [apiFetch] = useState(() => createApiFetch({ ...options, fetch: createStoryFetch() }))
  return apiFetch
}
