#!/usr/bin/env node
// Screenshots the "All types" gallery from the built Storybook, in headless Chromium, into
// docs/gallery.png (the picture in the README): every type in English, then one row of the same
// gallery in Arabic, right to left.
//
//   node scripts/screenshot.mjs            builds storybook-static first
//   node scripts/screenshot.mjs --no-build uses the storybook-static already there
//
// The build is served by a tiny static server on 127.0.0.1; nothing else is reached.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium } from 'playwright'

const root = resolve(import.meta.dirname, '..')
const staticDir = join(root, 'storybook-static')
const output = join(root, 'docs', 'gallery.png')
const STORY_ID = 'components-errorbanner--all-types'
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
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

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['storybook', 'build', '--quiet', '--output-dir', staticDir], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
if (!existsSync(join(staticDir, 'iframe.html'))) {
  console.error('screenshot: storybook-static/iframe.html is missing; run without --no-build.')
  process.exit(1)
}

/** Serves storybook-static, and nothing outside it. */
const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
  const file = normalize(join(staticDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)))
  if (
    !file.startsWith(staticDir + sep) ||
    !(await stat(file).then(
      (info) => info.isFile(),
      () => false,
    ))
  ) {
    response.writeHead(404).end('Not found')
    return
  }
  response
    .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    .end(await readFile(file))
})
await new Promise((done) => server.listen(0, '127.0.0.1', done))
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())

const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
const executablePath = fromEnv || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({ executablePath, args: ARGS, headless: true })
const WIDTH = 1280
try {
  const page = await browser.newPage({
    viewport: { width: WIDTH, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })

  /** The gallery in `locale`: the whole page, or only its first row of banners. */
  async function gallery(locale, { firstRow = false } = {}) {
    await page.goto(
      `http://127.0.0.1:${port}/iframe.html?id=${STORY_ID}&viewMode=story&globals=locale:${locale};theme:light`,
    )
    const list = page.getByRole('list', { name: 'Every error type' })
    await list.waitFor({ timeout: 30_000 })
    const count = await list.locator('[data-type]').count()
    if (count !== 28) throw new Error(`The ${locale} gallery shows ${count} banners, expected 28.`)
    await page.evaluate(() => document.fonts.ready)
    if (!firstRow) return page.screenshot({ fullPage: true })
    // The items whose top is the first item's top make up the first row of the grid.
    const boxes = await list
      .locator(':scope > li')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON()))
    const row = boxes.filter((box) => box.top === boxes[0].top)
    const bottom = Math.max(...row.map((box) => box.bottom))
    return page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: Math.ceil(bottom) + 16 } })
  }

  const english = await gallery('en')
  const arabic = await gallery('ar', { firstRow: true })
  // Stacked in one picture, in the same browser: no image library needed.
  const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`
  await page.setContent(
    `<body style="margin:0;line-height:0"><img src="${dataUrl(english)}"><img src="${dataUrl(arabic)}"></body>`,
  )
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())))
  await mkdir(join(root, 'docs'), { recursive: true })
  await page.screenshot({ path: output, fullPage: true })
  console.log(`screenshot: 28 error types, and a right-to-left row in Arabic → ${output}`)
} finally {
  await browser.close()
  server.close()
}
