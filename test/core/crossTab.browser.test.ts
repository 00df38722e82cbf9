// Many tabs, in real Chromium: several pages of one origin (one browser context), driven by
// Playwright, against a real node:http server whose refresh token is an HttpOnly cookie that
// rotates on every /refresh and revokes the session when a used one comes back.
//
// The tabs run the README's "Many tabs" snippet VERBATIM: support/tabPages.ts reads it from
// README.md at test time and bundles it with esbuild against src/. The variants below change one
// option of it by string replacement, and each replacement is checked to apply.
import { chromium } from 'playwright'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiFetch, AuthCoordinator } from '../../src/core/index.js'
import { startSessionServer } from './support/sessionServer.js'
import type { SessionServer } from './support/sessionServer.js'
import {
  bundle,
  CHROMIUM_ARGS,
  CROSS_TAB,
  executablePath,
  readmeSnippet,
  variant,
  WITH_DIALOG,
} from './support/tabPages.js'

/** What the README snippet exports, as each tab exposes it on `window.app`. */
interface ReadmeApp {
  auth: AuthCoordinator
  apiFetch: ApiFetch
  signIn(email: string, password: string): Promise<boolean>
}

declare global {
  interface Window {
    app: ReadmeApp
    pending?: Promise<string[]>
    heard?: unknown[]
  }
}

let server: SessionServer
let browser: Browser
let started = 0

beforeAll(async () => {
  started = Date.now()
  const snippet = readmeSnippet()
  const [readme, dialog, path, plain, quick] = await Promise.all([
    bundle(snippet),
    bundle(snippet, WITH_DIALOG),
    // One pause holds one path, in every tab.
    bundle(
      variant(
        snippet,
        `getAccessToken: () => accessToken, ${CROSS_TAB} })`,
        `getAccessToken: () => accessToken, ${CROSS_TAB}, rateLimitGate: 'path' })`,
      ),
    ),
    // The same app without crossTab: what every tab did before.
    bundle(variant(snippet, CROSS_TAB, 'crossTab: undefined')),
    // A refresh (and a wait for the lock) bounded at 1.5 s instead of the default 10 s.
    bundle(variant(snippet, `${CROSS_TAB},\n  onRenewed`, `${CROSS_TAB},\n  timeoutMs: 1500,\n  onRenewed`)),
  ])
  server = await startSessionServer({ readme, dialog, path, plain, quick })
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  console.info(`crossTab.browser.test.ts: ${Date.now() - started} ms in all`)
})

/** `count` tabs of one origin (one context: shared cookies, storage, locks and channels), each running `app`. */
async function openTabs(count: number, app = 'readme'): Promise<{ tabs: Page[]; open: () => Promise<Page> }> {
  const context = await browser.newContext()
  const open = async () => {
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
    await page.goto(`${server.base}/?v=${app}`)
    await page.waitForFunction(() => 'app' in window)
    return page
  }
  const tabs: Page[] = []
  for (let i = 0; i < count; i += 1) tabs.push(await open())
  return { tabs, open }
}

/** Signs in in `first`, then lets `second` renew once, so every tab holds an access token; then they all expire. */
async function signedInWithExpiredTokens(first: Page, second: Page) {
  expect(await first.evaluate(() => window.app.signIn('ada@example.test', 'correct horse'))).toBe(true)
  expect(await second.evaluate(() => window.app.auth.reauthenticate())).toBe(true)
  server.expireAccessTokens()
  server.counts = { refreshes: 0, reuses: 0, abandoned: 0, refreshArrivals: 0 }
  server.hits = []
}

/** Sends `count` GETs from `tab` at once; resolves with `ok` or the ApiError type of each. */
const requests = (page: Page, tab: string, count: number, path = '/api/items') =>
  page.evaluate(
    ({ tab, count, path }) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          window.app.apiFetch(`${path}?tab=${tab}&i=${i}`).then(
            () => 'ok',
            (error: { type: string }) => error.type,
          ),
        ),
      ),
    { tab, count, path },
  )

/** Starts `count` GETs from `tab` without waiting; `settled(page)` collects them. */
const startRequests = (page: Page, tab: string, count: number) =>
  page.evaluate(
    ({ tab, count }) => {
      window.pending = Promise.all(
        Array.from({ length: count }, (_, i) =>
          window.app.apiFetch(`/api/items?tab=${tab}&i=${i}`).then(
            () => 'ok',
            (error: { type: string }) => error.type,
          ),
        ),
      )
    },
    { tab, count },
  )
const settled = (page: Page) => page.evaluate(() => window.pending!)
const status = (page: Page) => page.evaluate(() => window.app.auth.getSnapshot().status)
/** Polls until `check` holds (each step is a round trip to the pages or the server, not a timer race). */
async function until(check: () => Promise<boolean> | boolean, what: string) {
  for (let tries = 0; tries < 400; tries += 1) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`never happened: ${what}`)
}

describe('crossTab in real Chromium: one renewal for every tab', () => {
  it('3 tabs × 5 requests with an expired token: exactly 1 refresh, no reuse, 15/15 succeed', async () => {
    const { tabs } = await openTabs(3)
    await signedInWithExpiredTokens(tabs[0]!, tabs[1]!)
    // A slow token endpoint, so that without the lock the three refreshes would overlap.
    server.refreshDelayMs = 300

    // Everything the tabs tell each other, as a listener on the kit's channel hears it.
    await tabs[2]!.evaluate(() => {
      window.heard = []
      new BroadcastChannel('react-api-errors:my-app').onmessage = (event) => window.heard!.push(event.data)
    })

    const results = await Promise.all(tabs.map((page, i) => requests(page, `tab${i}`, 5)))
    server.refreshDelayMs = 0

    console.info(
      `3-tab storm with crossTab: ${JSON.stringify(server.counts)}, ${results.flat().filter((r) => r === 'ok').length}/15 succeeded`,
    )
    expect(results.flat()).toEqual(Array(15).fill('ok'))
    expect(server.counts).toMatchObject({ refreshes: 1, reuses: 0, refreshArrivals: 1 })

    // Only what refresh() returned crossed, and no token travelled in a URL.
    const heard = (await tabs[2]!.evaluate(() => window.heard!)) as { kind: string; stamp: number; result?: unknown }[]
    expect(heard).toEqual([{ kind: 'renewed', stamp: expect.any(Number), result: server.refreshed.at(-1) }])
    expect(server.hits.filter((hit) => /access-|refresh-/.test(hit.url))).toEqual([])

    // A message from an older renewal (or garbage) moves no tab backwards.
    const generations = await Promise.all(tabs.map((page) => page.evaluate(() => window.app.auth.generation)))
    await tabs[2]!.evaluate((stamp) => {
      const channel = new BroadcastChannel('react-api-errors:my-app')
      for (const message of [
        { kind: 'renewed', stamp: stamp - 1, result: 'access-0' },
        { kind: 'signed-in', stamp },
        null,
        'renewed',
      ])
        channel.postMessage(message)
    }, heard[0]!.stamp)
    expect(await requests(tabs[0]!, 'after', 1)).toEqual(['ok'])
    expect(await Promise.all(tabs.map((page) => page.evaluate(() => window.app.auth.generation)))).toEqual(generations)
    await tabs[0]!.context().close()
  }, 30_000)

  it('without crossTab the same storm refreshes in every tab and the reuse revokes the session (the failure it prevents)', async () => {
    const { tabs } = await openTabs(3, 'plain')
    await signedInWithExpiredTokens(tabs[0]!, tabs[1]!)
    server.refreshDelayMs = 300

    const results = await Promise.all(tabs.map((page, i) => requests(page, `tab${i}`, 5)))
    server.refreshDelayMs = 0

    const ok = results.flat().filter((r) => r === 'ok').length
    console.info(`3-tab storm without crossTab: ${JSON.stringify(server.counts)}, ${ok}/15 succeeded`)
    expect(server.counts.refreshArrivals).toBe(3)
    expect(server.counts.reuses).toBeGreaterThan(0)
    expect(ok).toBeLessThan(15)
    await tabs[0]!.context().close()
  }, 30_000)

  it('a tab closed during a slow refresh: the others get the lock and finish within timeoutMs + a margin', async () => {
    const { tabs } = await openTabs(3)
    const [closing, b, c] = tabs as [Page, Page, Page]
    await signedInWithExpiredTokens(closing, b)
    server.refreshDelayMs = 8000
    const began = Date.now()
    await startRequests(closing, 'closing', 1)
    await until(() => server.counts.refreshArrivals === 1, 'the closing tab reached /refresh')
    server.refreshDelayMs = 0
    await startRequests(b, 'b', 5)
    await startRequests(c, 'c', 5)
    await until(
      async () => (await status(b)) === 'refreshing' && (await status(c)) === 'refreshing',
      'both tabs wait for the lock',
    )

    await closing.close()
    const results = [...(await settled(b)), ...(await settled(c))]
    const elapsed = Date.now() - began

    console.info(
      `tab closed mid-refresh: ${JSON.stringify(server.counts)}, ${results.filter((r) => r === 'ok').length}/10 succeeded in ${elapsed} ms`,
    )
    expect(results).toEqual(Array(10).fill('ok'))
    // One refresh arrived from the closed tab and was never answered; one more ran after it.
    expect(server.counts).toMatchObject({ refreshes: 1, reuses: 0, refreshArrivals: 2 })
    // The snippet's timeoutMs is the default 10 s; the closed tab's refresh would have taken 8 s.
    expect(elapsed).toBeLessThan(10_000 + 5_000)
    await b.context().close()
  }, 30_000)

  it('a hung refresh holds no tab past timeoutMs, waiting for the lock included; its lock is free again once it ends', async () => {
    const { tabs } = await openTabs(2, 'quick')
    const [first, second] = tabs as [Page, Page]
    await signedInWithExpiredTokens(first, second)
    server.refreshDelayMs = Infinity
    await startRequests(first, 'first', 3)
    await until(() => server.counts.refreshArrivals === 1, 'the first tab reached /refresh')
    const began = Date.now()
    await startRequests(second, 'second', 3)

    const results = [...(await settled(first)), ...(await settled(second))]
    expect(results).toEqual(Array(6).fill('Unauthorized'))
    // The snippet's timeoutMs is 1.5 s.
    expect(Date.now() - began).toBeLessThan(1500 + 1500)
    expect(server.counts).toMatchObject({ refreshes: 0, refreshArrivals: 1 })

    // The hung refresh keeps the lock (its request may still rotate the token); when it ends (its
    // tab closes), nothing is stuck: the next 401 renews through the same lock.
    server.refreshDelayMs = 0
    await first.close()
    expect(await second.evaluate(() => window.app.auth.reauthenticate())).toBe(true)
    expect(await requests(second, 'second', 2)).toEqual(['ok', 'ok'])
    expect(server.counts.reuses).toBe(0)
    await second.context().close()
  }, 30_000)

  it('a sign-in completed in one tab resumes the requests waiting in the others and closes their ReauthDialog', async () => {
    // Every tab mounts the kit's real ReauthDialog (React) under ApiErrorProvider.
    const { tabs } = await openTabs(3, 'dialog')
    const [here, b] = tabs as [Page, Page, Page]
    const dialogs = () => Promise.all(tabs.map((page) => page.getByRole('dialog').count()))
    await signedInWithExpiredTokens(here, b)
    server.revoke()
    for (const [i, page] of tabs.entries()) await startRequests(page, `tab${i}`, 2)
    await until(async () => (await dialogs()).every((count) => count === 1), 'every tab shows its ReauthDialog')
    expect(await Promise.all(tabs.map(status))).toEqual(['awaiting-sign-in', 'awaiting-sign-in', 'awaiting-sign-in'])
    const refreshesBefore = server.counts.refreshes

    expect(await here.evaluate(() => window.app.signIn('ada@example.test', 'correct horse'))).toBe(true)
    const results = await Promise.all(tabs.map(settled))

    expect(results.flat()).toEqual(Array(6).fill('ok'))
    await until(async () => (await dialogs()).every((count) => count === 0), 'every ReauthDialog closed')
    expect(await Promise.all(tabs.map(status))).toEqual(['idle', 'idle', 'idle'])
    // The other two tabs fetched their token from the new session once, together.
    expect(server.counts.refreshes - refreshesBefore).toBe(1)
    expect(server.counts.reuses).toBe(0)
    await here.context().close()
  }, 30_000)
})

describe('crossTab in real Chromium: the races of the second review (issue 18)', () => {
  it('a tab opened after another tab renewed renews by itself at once, with one refresh', async () => {
    const { tabs, open } = await openTabs(2)
    await signedInWithExpiredTokens(tabs[0]!, tabs[1]!)
    // The second tab's renewal is marked; a tab opened now has heard of none of it.
    const late = await open()
    const began = Date.now()
    expect(await requests(late, 'late', 3)).toEqual(['ok', 'ok', 'ok'])
    // The snippet's timeoutMs is 10 s: waiting for a message sent before the tab existed would take it all.
    expect(Date.now() - began).toBeLessThan(3000)
    expect(server.counts).toMatchObject({ refreshes: 1, reuses: 0, refreshArrivals: 1 })
    await late.context().close()
  }, 30_000)

  it('a refresh slower than timeoutMs keeps the lock until it settles: the other tab fails, never refreshes alongside', async () => {
    const { tabs } = await openTabs(2, 'quick')
    const [slow, other] = tabs as [Page, Page]
    await signedInWithExpiredTokens(slow, other)
    server.refreshDelayMs = 3000 // the snippet's timeoutMs is 1.5 s
    await startRequests(slow, 'slow', 2)
    await until(() => server.counts.refreshArrivals === 1, 'the slow tab reached /refresh')
    await startRequests(other, 'other', 2)
    // Both tabs' requests fail at timeoutMs; the refresh still runs, holding the lock.
    expect([...(await settled(slow)), ...(await settled(other))]).toEqual(Array(4).fill('Unauthorized'))
    await until(() => server.counts.refreshes === 1, 'the slow refresh rotated the token')
    server.refreshDelayMs = 0
    expect(server.counts).toMatchObject({ refreshArrivals: 1, reuses: 0 })
    // It told the other tab: both carry on with the rotated session, and nothing was reused.
    expect([...(await requests(other, 'other', 2)), ...(await requests(slow, 'slow', 2))]).toEqual(Array(4).fill('ok'))
    expect(server.counts.reuses).toBe(0)
    await slow.context().close()
  }, 30_000)

  it('no clock and no stray message reorders them: a sign-in from a tab whose clock is years behind, after messages stamped Infinity and 2^53, closes the other ReauthDialog', async () => {
    const { tabs } = await openTabs(1, 'dialog')
    const waiting = tabs[0]!
    const context = waiting.context()
    await signedInWithExpiredTokens(waiting, waiting)
    // A tab whose clock runs 20 years behind (a wrong system clock, a clock moved back).
    const behind = await context.newPage()
    await behind.addInitScript(() => {
      const now = Date.now.bind(Date)
      Date.now = () => now() - 20 * 365 * 86_400_000
    })
    await behind.goto(`${server.base}/?v=dialog`)
    await behind.waitForFunction(() => 'app' in window)
    server.revoke()
    await startRequests(waiting, 'waiting', 2)
    await until(async () => (await waiting.getByRole('dialog').count()) === 1, 'the ReauthDialog opened')
    // Stray messages on the kit's channel: stamps no counter of the kit can reach.
    await behind.evaluate(() => {
      const channel = new BroadcastChannel('react-api-errors:my-app')
      for (const stamp of [Infinity, 2 ** 53, 1e300, -1, 1.5, '9'])
        channel.postMessage({ kind: 'signed-in', stamp, result: 'access-forged' })
    })

    expect(await behind.evaluate(() => window.app.signIn('ada@example.test', 'correct horse'))).toBe(true)
    expect(await settled(waiting)).toEqual(['ok', 'ok'])
    await until(async () => (await waiting.getByRole('dialog').count()) === 0, 'the ReauthDialog closed')
    expect(server.counts.reuses).toBe(0)
    await context.close()
  }, 30_000)
})

describe('crossTab in real Chromium: one rate-limit window for every tab', () => {
  /** Two tabs running `app`; the first has just met a 429 with `Retry-After: 2` on `path`. */
  async function rateLimitedIn(app: string, path: string) {
    const { tabs, open } = await openTabs(2, app)
    const [first, second] = tabs as [Page, Page]
    server.hits = []
    server.rateLimitSeconds = 2
    expect(await requests(first, 'first', 1, path)).toEqual(['RateLimited'])
    return { first, second, open }
  }

  it('a 429 in one tab holds the other tabs, and a tab opened during the window, until it ends', async () => {
    const { first, second, open } = await rateLimitedIn('readme', '/limited')
    const later = requests(second, 'second', 3, '/limited')
    const opened = await open()
    const fromNewTab = requests(opened, 'opened', 2, '/limited')

    expect([...(await later), ...(await fromNewTab)]).toEqual(Array(5).fill('ok'))
    // What the tabs share is a time under a hashed key: no URL, no token.
    const stored = await opened.evaluate(() =>
      Object.entries(localStorage).filter(([key]) => key.startsWith('react-api-errors:my-app:rate-limit:')),
    )
    expect(stored).toHaveLength(1)
    expect(Number(stored[0]![1])).toBeGreaterThanOrEqual(server.windowEndsAt - 1000)
    expect(JSON.stringify(stored)).not.toMatch(/127\.0\.0\.1|limited|Bearer|access-/)
    const others = server.hits.filter((hit) => hit.tab !== 'first')
    expect(others).toHaveLength(5)
    expect(others.every((hit) => hit.at >= server.windowEndsAt)).toBe(true)
    await first.context().close()
  }, 30_000)

  it("with rateLimitGate: 'path', a 429 holds that path in every tab and leaves the others free", async () => {
    const { first, second } = await rateLimitedIn('path', '/limited/a')
    const held = requests(second, 'second', 1, '/limited/a')
    expect(await requests(second, 'free', 1, '/limited/b')).toEqual(['ok'])
    expect(await held).toEqual(['ok'])

    expect(server.hits.find((hit) => hit.tab === 'free')!.at).toBeLessThan(server.windowEndsAt)
    expect(server.hits.find((hit) => hit.tab === 'second')!.at).toBeGreaterThanOrEqual(server.windowEndsAt)
    await first.context().close()
  }, 30_000)

  it('without crossTab the other tab calls inside the window (the failure it prevents)', async () => {
    const { first, second } = await rateLimitedIn('plain', '/limited')
    expect(await requests(second, 'second', 1, '/limited')).toEqual(['ok'])
    expect(server.hits.find((hit) => hit.tab === 'second')!.at).toBeLessThan(server.windowEndsAt)
    await first.context().close()
  }, 30_000)
})
