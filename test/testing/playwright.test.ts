// apiErrorResponse in a Playwright route, as the README shows it: the page's own fetch gets the
// status, headers and body, and the kit reads them back as claimed.
import { chromium } from 'playwright'
import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readApiError } from '../../src/core/index.js'
import { apiErrorResponse } from '../../src/testing/index.js'
import { CHROMIUM_ARGS, executablePath } from '../core/support/tabPages.js'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
  page = await browser.newPage()
  await page.route('https://app.example.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>app</title>' }),
  )
})
afterAll(() => browser?.close())

describe('apiErrorResponse in a Playwright route', () => {
  it("fulfils the page's request with the response, which the kit reads as Unavailable with Google's 20 s", async () => {
    // verbatim from README ("Test and browse your own error states")
    await page.route('**/api/orders', async (route) => {
      const response = apiErrorResponse('Unavailable', { dialect: 'google', retryAfter: 20 })
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      })
    })
    // end of the README snippet
    await page.goto('https://app.example.test/')
    const seen = await page.evaluate(async () => {
      const response = await fetch('/api/orders')
      return { status: response.status, headers: [...response.headers], body: await response.text() }
    })
    const error = await readApiError(new Response(seen.body, { status: seen.status, headers: seen.headers }))
    expect([seen.status, error.type, error.retryAfterMs]).toEqual([503, 'Unavailable', 20_000])
  })
})
