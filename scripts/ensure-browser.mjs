#!/usr/bin/env node
// Makes sure the story tests have a Chromium to drive, before `vitest --project storybook` runs.
//
// It looks where vite.config.ts looks: $CHROMIUM_PATH or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, then
// /usr/bin/chromium, else Playwright's own browser. If none of them launches, it installs one:
// Playwright's download (`npx playwright install chromium`) where that can be reached, else
// Debian's package (`apt-get install -y chromium`) when running as root. Otherwise it stops and
// says how to install one.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH

/** The browser vite.config.ts will use: a path, or undefined for Playwright's own. */
const candidate = () => fromEnv || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined)
const describe = (path) => path ?? "Playwright's own Chromium"

/** Whether that browser really starts (headless, as the tests run it). */
async function launches(executablePath) {
  try {
    const browser = await chromium.launch({ executablePath, args: ARGS, headless: true, timeout: 30_000 })
    await browser.close()
    return true
  } catch (error) {
    console.error(
      `ensure-browser: ${describe(executablePath)} does not start: ${String(error?.message ?? error).split('\n')[0]}`,
    )
    return false
  }
}

function run(command, args, timeoutMs) {
  console.error(`ensure-browser: running ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs })
  return result.status === 0
}

/** Whether Playwright's download server answers at all (a closed network fails here in seconds, not minutes). */
async function downloadsReachable() {
  const host = process.env.PLAYWRIGHT_DOWNLOAD_HOST || 'https://cdn.playwright.dev'
  try {
    await fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(5000) })
    return true
  } catch {
    console.error(`ensure-browser: ${host} cannot be reached; skipping Playwright's installer.`)
    return false
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasAptGet = existsSync('/usr/bin/apt-get')

async function ensure() {
  if (await launches(candidate())) return true
  if (fromEnv) {
    // An explicit choice that does not work: say so rather than install something else.
    console.error(`ensure-browser: fix or unset CHROMIUM_PATH / PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH (now ${fromEnv}).`)
    return false
  }
  // 1. Playwright's installer, when its download server can be reached.
  if (
    (await downloadsReachable()) &&
    run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 300_000) &&
    (await launches(candidate()))
  )
    return true
  // 2. The system's package manager, when we are allowed to use it.
  if (isRoot && hasAptGet) {
    // A fresh image may have no package lists yet: update once if the first try fails.
    const installed =
      run('apt-get', ['install', '-y', 'chromium'], 600_000) ||
      (run('apt-get', ['update'], 300_000) && run('apt-get', ['install', '-y', 'chromium'], 600_000))
    if (installed && (await launches(candidate()))) return true
  }
  return false
}

if (!(await ensure())) {
  console.error(`
ensure-browser: no Chromium found for the story tests. Install one of:
  - Playwright's:   npx playwright install chromium
  - Debian/Ubuntu:  sudo apt-get install -y chromium          (then it is found at ${SYSTEM_CHROMIUM})
  - any Chromium or Chrome, and point to it:  CHROMIUM_PATH=/path/to/chrome npm test
`)
  process.exit(1)
}
console.error(`ensure-browser: using ${describe(candidate())}`)
