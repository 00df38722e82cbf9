import { chromium } from 'playwright'
import type { Browser, Page } from 'playwright'
import { startSessionServer } from '../test/core/support/sessionServer.js'
import type { SessionServer } from '../test/core/support/sessionServer.js'
import {
  bundle,
  CHROMIUM_ARGS,
  CROSS_TAB,
  executablePath,
  readmeSnippet,
  variant,
} from '../test/core/support/tabPages.js'
import { verdict } from './table.js'
import type { Row } from './table.js'

/**
 * Issue 11: 3 tabs × 5 requests with an expired access token, in real Chromium, against the
 * rotating-refresh-token session server of the browser tests (a used refresh token coming back
 * revokes the session). Each tab exposes `window.app` with `signIn`, `auth.reauthenticate` and
 * `apiFetch`, as the README's "Many tabs" snippet does.
 */
const TABS = 3
const PER_TAB = 5
const REFRESH_DELAY_MS = 300

/** axios + axios-auth-refresh in each tab, wired as its README shows, behind the snippet's interface. */
const axiosApp = (options: string) => `
import axios from 'axios'
import { createAuthRefresh } from 'axios-auth-refresh'

let accessToken = null
const api = axios.create()
api.interceptors.request.use((config) => {
  if (accessToken) config.headers.set('Authorization', 'Bearer ' + accessToken)
  return config
})
const renew = async () => {
  const response = await axios.post('/refresh')
  accessToken = response.data.accessToken
  return true
}
createAuthRefresh(api, async (failedRequest) => {
  await renew()
  failedRequest.response.config.headers.set('Authorization', 'Bearer ' + accessToken)
}, ${options})

export const auth = { reauthenticate: () => renew().catch(() => false) }
export const apiFetch = (url) => api.get(url)
export async function signIn(email, password) {
  const response = await axios.post('/login', { email, password })
  accessToken = response.data.accessToken
  return true
}
`

interface TabApp {
  auth: { reauthenticate(): Promise<boolean> }
  apiFetch(url: string): Promise<unknown>
  signIn(email: string, password: string): Promise<boolean>
}

/** The page's `window` (not declared globally: the browser tests declare `window.app` with the snippet's own type). */
type TabWindow = typeof globalThis & { app: TabApp }

interface Outcome {
  /** `/refresh` calls that reached the server. */
  calls: number
  /** Of those, the ones that presented the current refresh token and rotated it. */
  refreshes: number
  reuses: number
  succeeded: number
}

async function storm(browser: Browser, server: SessionServer, page: string): Promise<Outcome> {
  const context = await browser.newContext()
  const tabs: Page[] = []
  for (let i = 0; i < TABS; i += 1) {
    const tab = await context.newPage()
    tab.on('pageerror', (error) => process.stderr.write(`  page error: ${error.message}\n`))
    await tab.goto(`${server.base}/?v=${page}`)
    await tab.waitForFunction(() => 'app' in window)
    tabs.push(tab)
  }
  // Sign in in one tab, renew once in another: every tab holds an access token; then they all expire.
  const [first, second] = tabs as [Page, Page]
  if (!(await first.evaluate(() => (window as TabWindow).app.signIn('ada@example.test', 'correct horse'))))
    throw new Error(`${page}: sign-in failed`)
  if (!(await second.evaluate(() => (window as TabWindow).app.auth.reauthenticate())))
    throw new Error(`${page}: the first renewal failed`)
  server.expireAccessTokens()
  server.counts = { refreshes: 0, reuses: 0, abandoned: 0, refreshArrivals: 0 }
  server.hits = []
  // A slow token endpoint, so that refreshes from different tabs overlap unless something orders them.
  server.refreshDelayMs = REFRESH_DELAY_MS
  const results = await Promise.all(
    tabs.map((tab, t) =>
      tab.evaluate(
        ({ t, count }) =>
          Promise.all(
            Array.from({ length: count }, (_, i) =>
              (window as TabWindow).app.apiFetch(`/api/items?tab=tab${t}&i=${i}`).then(
                () => true,
                () => false,
              ),
            ),
          ),
        { t, count: PER_TAB },
      ),
    ),
  )
  server.refreshDelayMs = 0
  await context.close()
  return {
    calls: server.counts.refreshArrivals,
    refreshes: server.counts.refreshes,
    reuses: server.counts.reuses,
    succeeded: results.flat().filter(Boolean).length,
  }
}

export async function run(): Promise<Row[]> {
  const snippet = readmeSnippet()
  const contenders: [string, string, Promise<string>][] = [
    [
      '**react-api-errors**: the README "Many tabs" snippet (`crossTab: createCrossTab({ name })`)',
      'cross',
      bundle(snippet),
    ],
    [
      '**react-api-errors** without `crossTab` (the same snippet, `crossTab: undefined`)',
      'plain',
      bundle(variant(snippet, CROSS_TAB, 'crossTab: undefined')),
    ],
    ['axios + axios-auth-refresh defaults in each tab', 'axios', bundle(axiosApp('{}'))],
    [
      'axios + axios-auth-refresh with `{ deduplicateRefresh: false }` in each tab',
      'axiosNoDedup',
      bundle(axiosApp('{ deduplicateRefresh: false }')),
    ],
  ]
  const scripts: Record<string, string> = {}
  for (const [, page, script] of contenders) scripts[page] = await script
  const server = await startSessionServer(scripts)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
  const total = TABS * PER_TAB
  const rows: Row[] = []
  try {
    for (const [contender, page] of contenders) {
      process.stderr.write(`  3-tab storm: ${contender.replace(/[*`]/g, '')}\n`)
      const outcome = await storm(browser, server, page)
      const revoked = outcome.reuses > 0 ? 1 : 0
      rows.push({
        bench: `${TABS}-tab storm (Chromium): ${TABS} tabs × ${PER_TAB} requests, expired token, rotating refresh token`,
        contender,
        result: `**${outcome.calls}** refresh call${outcome.calls === 1 ? '' : 's'} (${outcome.refreshes} rotated) · ${outcome.reuses} refresh-token reuse${outcome.reuses === 1 ? '' : 's'} · ${revoked} revoked session${revoked === 1 ? '' : 's'} · ${outcome.succeeded}/${total} succeeded`,
        goal: `${verdict(outcome.calls === 1 && outcome.reuses === 0, 'one refresh, no reuse')} · ${verdict(outcome.succeeded === total, `${total}/${total}`)}`,
      })
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return rows
}
