#!/usr/bin/env node
// Drives the Next.js consumer app scripts/check-next.sh built: starts a small API on 127.0.0.1,
// `next start` on a free port, then checks in headless Chromium (playwright):
//   (d) next: { revalidate } given to createApiFetch reaches Next's fetch cache (1 API hit for 2 visits)
//   (b) a Server Action returns error.toJSON(): field messages show and the input keeps its value
//   (c) error.tsx with ApiErrorFallback: Retry recovers once the API does
//   (a) a Server Component passes error.toJSON() of a 429 to <ErrorBanner>: copy in the server
//       HTML, no hydration warning (last: the 429 pauses the server's module-level client)
// Every check runs; the failures are listed at the end.
//
//   node scripts/check-next.mjs <app dir>
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright'

const app = resolve(process.argv[2] ?? '')
if (!existsSync(join(app, '.next'))) {
  console.error('check-next: give the built app directory (run scripts/check-next.sh).')
  process.exit(1)
}
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const executablePath =
  process.env.CHROMIUM_PATH ||
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ||
  (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined)
// The copy comes from the installed package, as the app renders it.
const { en } = await import(pathToFileURL(join(app, 'node_modules/react-api-errors/dist/index.js')).href)

/** The API the app calls from the server. */
const hits = []
let recovered = false
const api = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
  hits.push(path)
  const send = (status, body, headers = {}) =>
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
  req.resume()
  if (path === '/usage')
    return send(429, { type: 'rate_limited', message: 'Too many requests' }, { 'retry-after': '30' })
  if (path === '/signups') {
    return send(
      422,
      {
        type: 'https://api.example.test/problems/validation',
        title: 'Invalid signup',
        status: 422,
        errors: [{ pointer: '#/email', detail: 'is already registered' }],
      },
      { 'content-type': 'application/problem+json' },
    )
  }
  if (path === '/report') return recovered ? send(200, { name: 'Q3' }) : send(500, { message: 'database on fire' })
  if (path === '/catalog') return send(200, { items: ['tea', 'cake'] })
  send(404, { type: 'ResourceNotFound' })
})
const listen = (server, port = 0) =>
  new Promise((done) => server.listen(port, '127.0.0.1', () => done(server.address().port)))
const apiPort = await listen(api)
// A free port for Next: take one, give it back.
const probe = createServer()
const port = await listen(probe)
await new Promise((done) => probe.close(done))
const base = `http://127.0.0.1:${port}`

const next = spawn(join(app, 'node_modules/.bin/next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
  cwd: app,
  env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}`, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  stdio: ['ignore', 'pipe', 'pipe'],
})
let nextLog = ''
next.stdout.on('data', (chunk) => (nextLog += chunk))
next.stderr.on('data', (chunk) => (nextLog += chunk))

const failures = []
let browser
try {
  for (let start = Date.now(); ;) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() - start > 60_000 || next.exitCode !== null)
      throw new Error(`next start did not answer on ${base}:\n${nextLog}`)
    await new Promise((done) => setTimeout(done, 200))
  }
  browser = await chromium.launch({ executablePath, args: ARGS, headless: true })

  const check = async (name, run) => {
    const page = await browser.newPage()
    const console_ = []
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && console_.push(message.text()))
    page.on('pageerror', (error) => console_.push(String(error)))
    try {
      await run(page, console_)
      console.log(`ok: ${name}`)
    } catch (error) {
      failures.push(name)
      console.error(
        `FAIL: ${name}\n  ${String(error?.message ?? error)
          .split('\n')
          .slice(0, 6)
          .join('\n  ')}`,
      )
    } finally {
      await page.close()
    }
  }
  const expect = (condition, message) => {
    if (!condition) throw new Error(message)
  }

  await check('(d) next: { revalidate } passes through createApiFetch: 2 visits, 1 API hit', async (page) => {
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(`${base}/catalog`)
      await page.getByText('Catalog: tea, cake').waitFor()
    }
    const count = hits.filter((path) => path === '/catalog').length
    expect(count === 1, `the API was hit ${count} times for /catalog`)
  })

  await check('(b) a Server Action returns field errors; the input keeps its value', async (page, messages) => {
    await page.goto(`${base}/signup`)
    await page.getByRole('button', { name: 'Sign up' }).waitFor()
    await page.waitForLoadState('networkidle')
    const input = page.getByLabel('Email')
    await input.fill('taken@example.test')
    await page.getByRole('button', { name: 'Sign up' }).click()
    await page.getByText('is already registered').waitFor()
    expect((await input.inputValue()) === 'taken@example.test', `the input was reset to "${await input.inputValue()}"`)
    expect((await input.getAttribute('aria-invalid')) === 'true', 'the input is not marked invalid')
    await page.getByRole('alert').filter({ hasText: en.types.InvalidDataFormat.title }).waitFor()
    expect(messages.length === 0, `console: ${messages.join(' | ')}`)
  })

  await check('(c) error.tsx with ApiErrorFallback: Retry recovers', async (page) => {
    await page.goto(`${base}/report`)
    const fallback = page.getByRole('alert').filter({ hasText: en.types.Unknown.title })
    await fallback.waitFor()
    recovered = true
    await fallback.getByRole('button', { name: en.actions.retry }).click()
    await page.getByText('Report: Q3').waitFor()
    // (Next's route announcer is an alert too: look for the fallback itself.)
    expect((await fallback.count()) === 0, 'the fallback is still shown')
  })

  await check(
    '(a) a Server Component renders a 429 from toJSON(): copy in the server HTML, no hydration warning',
    async (page, messages) => {
      const html = await (await fetch(`${base}/usage`)).text()
      expect(html.includes(en.types.RateLimited.title), `the server HTML lacks "${en.types.RateLimited.title}"`)
      await page.goto(`${base}/usage`)
      await page.waitForLoadState('networkidle')
      await page.getByText(en.types.RateLimited.title).waitFor()
      // Hydration has run once React attached its props to the server's markup.
      await page.waitForFunction(() =>
        Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__react')),
      )
      expect(messages.length === 0, `console: ${messages.join(' | ')}`)
    },
  )
} catch (error) {
  failures.push(String(error?.message ?? error))
  console.error(error)
} finally {
  await browser?.close()
  next.kill()
  api.closeAllConnections()
  api.close()
}
if (failures.length > 0) {
  console.error(`check-next: ${failures.length} check(s) failed`)
  process.exit(1)
}
console.log('check-next: all checks passed')
