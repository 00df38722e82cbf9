import { createServer } from 'node:http'
import type { Server, ServerResponse } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readApiError } from '../../src/core/index.js'
import { close, listen } from './support/server.js'

const MB = 1024 * 1024
const HUGE = 50 * MB
/** "About 1 MB": the most a capped read may pull from a huge body. */
const PULL_BUDGET = 1 * MB
const encoder = new TextEncoder()

/** The opening of a JSON error body, then padding that never closes the string. */
const jsonish = (length: number) => {
  const head = '{"type":"RateLimited","message":"'
  return encoder.encode(head + 'x'.repeat(Math.max(0, length - head.length)))
}

/**
 * A body of `total` bytes produced on demand, `chunkSize` at a time, recording how many bytes
 * were pulled and whether (and why) it was cancelled.
 */
function countingStream(total: number, chunkSize = 64 * 1024) {
  const stats = { pulled: 0, pulls: 0, cancelled: false, cancelReason: undefined as unknown }
  let resolveCancelled!: () => void
  const cancelled = new Promise<void>((resolve) => (resolveCancelled = resolve))
  const first = jsonish(chunkSize)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) return controller.close()
      const size = Math.min(chunkSize, total - stats.pulled)
      // A fresh chunk each time: the reader may keep or transfer what it gets.
      const chunk = stats.pulls === 0 ? first.slice(0, size) : new Uint8Array(size).fill(0x78)
      stats.pulls += 1
      stats.pulled += size
      controller.enqueue(chunk)
    },
    cancel(reason) {
      stats.cancelled = true
      stats.cancelReason = reason
      resolveCancelled()
    },
  })
  return { stream, stats, cancelled }
}

describe('a 50 MB error body through a ReadableStream', () => {
  it('pulls at most about 1 MB, cancels the rest and classifies by status', async () => {
    const { stream, stats, cancelled } = countingStream(HUGE)
    const error = await readApiError(new Response(stream, { status: 503 }))
    await cancelled
    expect(stats.cancelled).toBe(true)
    expect(stats.pulled).toBeLessThanOrEqual(PULL_BUDGET)
    // The default cap is 64 KiB: that much was read, and not 50 MB.
    expect(stats.pulled).toBeGreaterThanOrEqual(64 * 1024)
    // The body was cut mid-string: not JSON any more, so the status decides.
    expect(error).toMatchObject({ name: 'ApiError', type: 'Unavailable', status: 503 })
  })

  it('small chunks: the reader stops as soon as the cap is reached', async () => {
    const { stream, stats, cancelled } = countingStream(HUGE, 1000)
    await readApiError(new Response(stream, { status: 500 }), undefined, { maxBodyBytes: 10_000 })
    await cancelled
    // 10 chunks are needed; one more may sit in the queue (the stream's high-water mark).
    expect(stats.pulls).toBeGreaterThanOrEqual(10)
    expect(stats.pulls).toBeLessThanOrEqual(12)
  })

  it('maxBodyBytes larger than the default is honoured too, and still bounded', async () => {
    const { stream, stats, cancelled } = countingStream(HUGE)
    await readApiError(new Response(stream, { status: 500 }), undefined, { maxBodyBytes: 512 * 1024 })
    await cancelled
    expect(stats.pulled).toBeGreaterThanOrEqual(512 * 1024)
    expect(stats.pulled).toBeLessThanOrEqual(PULL_BUDGET)
  })

  it('maxBodyBytes 0 reads nothing and cancels the body', async () => {
    const { stream, stats, cancelled } = countingStream(HUGE)
    const error = await readApiError(new Response(stream, { status: 429 }), undefined, { maxBodyBytes: 0 })
    await cancelled
    expect(stats.pulled).toBeLessThanOrEqual(64 * 1024) // at most the one chunk the stream pre-fills
    expect(error.type).toBe('RateLimited')
  })

  it('a body that never ends (no total at all) is still cut off', async () => {
    const { stream, stats, cancelled } = countingStream(Infinity)
    const error = await readApiError(new Response(stream, { status: 502 }))
    await cancelled
    expect(stats.pulled).toBeLessThanOrEqual(PULL_BUDGET)
    expect(error.type).toBe('Unavailable')
  })
})

describe('maxBodyBytes decides what the parser sees', () => {
  const bigQuota = () => {
    // A Botpress body whose message pushes it past 64 KiB: readable only with a larger cap.
    const body = JSON.stringify({
      id: 'err_1',
      code: 403,
      type: 'QuotaExceeded',
      message: 'Quota reached. ' + 'x'.repeat(70 * 1024),
    })
    return new Response(body, { status: 403, headers: { 'content-type': 'application/json' } })
  }

  it('with the 64 KiB default, a 70 KiB JSON body is cut, so the status decides', async () => {
    expect((await readApiError(bigQuota())).type).toBe('Forbidden')
  })

  it('with a larger maxBodyBytes, the whole body is read and its type wins', async () => {
    const error = await readApiError(bigQuota(), undefined, { maxBodyBytes: 128 * 1024 })
    expect(error).toMatchObject({ type: 'QuotaExceeded', status: 403, id: 'err_1' })
  })

  it('cuts a text body at exactly maxBodyBytes', async () => {
    const error = await readApiError(new Response('Service down for maintenance', { status: 503 }), undefined, {
      maxBodyBytes: 12,
    })
    expect(error.message).toBe('Service down')
  })

  it('reads a body that fits whole', async () => {
    const error = await readApiError(
      new Response('{"type":"RateLimited","message":"Slow down"}', { status: 400 }),
      undefined,
      { maxBodyBytes: 44 },
    )
    expect(error).toMatchObject({ type: 'RateLimited', message: 'Slow down' })
  })
})

describe('bodies that do not parse are classified by status', () => {
  const html =
    '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>'

  it.each<[string, () => Response, string]>([
    ['truncated JSON', () => new Response('{"type":"QuotaExceeded","message":"over', { status: 403 }), 'Forbidden'],
    ['invalid JSON', () => new Response('{type: QuotaExceeded}', { status: 429 }), 'RateLimited'],
    ['JSON cut inside an array', () => new Response('[{"code":"AlreadyExists"', { status: 409 }), 'Conflict'],
    ['an empty body', () => new Response('', { status: 404 }), 'ResourceNotFound'],
    ['no body at all', () => new Response(null, { status: 503 }), 'Unavailable'],
    ['whitespace only', () => new Response(' \n\t ', { status: 500 }), 'Internal'],
    [
      'an HTML page served as text/html',
      () => new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }),
      'Unavailable',
    ],
    [
      'an HTML page served as application/json',
      () => new Response(html, { status: 504, headers: { 'content-type': 'application/json' } }),
      'Timeout',
    ],
  ])('%s', async (_label, make, type) => {
    const error = await readApiError(make())
    expect(error.type).toBe(type)
    expect(error.message).not.toMatch(/[<>{]/)
    expect(error.message).toMatch(/^Request failed with status \d{3}/)
  })

  it('an HTML page with no content type at all', async () => {
    // Bytes, not a string: the Response constructor then adds no content type.
    const response = new Response(encoder.encode(html), { status: 502, statusText: 'Bad Gateway' })
    expect(response.headers.get('content-type')).toBeNull()
    const error = await readApiError(response)
    expect(error).toMatchObject({
      type: 'Unavailable',
      status: 502,
      message: 'Request failed with status 502 Bad Gateway',
    })
  })

  it('JSON is sniffed, not trusted from the content type', async () => {
    const response = new Response(encoder.encode('{"type":"QuotaExceeded","message":"Upgrade to add bots"}'), {
      status: 403,
      headers: { 'content-type': 'text/html' },
    })
    expect((await readApiError(response)).type).toBe('QuotaExceeded')
  })
})

describe('a real node:http server streaming 50 MB of JSON-ish text', () => {
  interface Outcome {
    written: number
    finished: boolean
  }
  let server: Server
  let origin: string
  const outcomes: Promise<Outcome>[] = []

  beforeAll(async () => {
    server = createServer((_req, res: ServerResponse) => {
      let written = 0
      outcomes.push(
        new Promise((resolve) => {
          // 'close' fires when the response ends or when the client goes away.
          res.on('close', () => resolve({ written, finished: res.writableFinished }))
        }),
      )
      res.on('error', () => undefined)
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '30' })
      const chunk = Buffer.alloc(64 * 1024, 0x78)
      const pump = () => {
        while (written < HUGE && !res.destroyed) {
          const piece = written === 0 ? Buffer.from(jsonish(chunk.length)) : chunk
          written += piece.length
          // Respect back-pressure: only what the client accepts is produced.
          if (!res.write(piece)) return void res.once('drain', pump)
        }
        if (!res.destroyed) res.end()
      }
      pump()
    })
    origin = await listen(server)
  })

  afterAll(() => close(server))

  it('a plain fetch Response: returns, and the server sees the connection closed mid-body', async () => {
    const response = await fetch(`${origin}/huge`)
    const error = await readApiError(response)
    expect(error).toMatchObject({ type: 'Unavailable', status: 503, retryAfterMs: 30_000 })
    expect(error.request?.url).toBe(`${origin}/huge`)
    const outcome = await outcomes[0]
    expect(outcome?.finished).toBe(false)
    expect(outcome?.written).toBeLessThan(HUGE)
  })

  it('pulls at most about 1 MB from the network stream, for the default cap and a larger one', async () => {
    for (const [index, maxBodyBytes] of [
      [1, undefined],
      [2, 256 * 1024],
    ] as const) {
      const counted = countPulls(await fetch(`${origin}/huge-${index}`))
      const error = await readApiError(counted.response, undefined, { maxBodyBytes })
      expect(error.type).toBe('Unavailable')
      expect(counted.stats.pulled).toBeGreaterThanOrEqual(maxBodyBytes ?? 64 * 1024)
      expect(counted.stats.pulled).toBeLessThanOrEqual(PULL_BUDGET)
      const outcome = await outcomes[index]
      expect(outcome?.finished).toBe(false)
      expect(outcome?.written).toBeLessThan(HUGE)
    }
  })
})

/**
 * The same response, its body passed through a counter: how many bytes readApiError took from
 * the network stream. Cancelling the counted body cancels the network body behind it.
 */
function countPulls(response: Response) {
  const stats = { pulled: 0 }
  const source = response.body as ReadableStream<Uint8Array>
  const reader = source.getReader()
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read()
        if (done) return controller.close()
        stats.pulled += value.byteLength
        controller.enqueue(value)
      },
      cancel(reason) {
        return reader.cancel(reason)
      },
    },
    { highWaterMark: 0 },
  )
  const counted = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
  Object.defineProperty(counted, 'url', { value: response.url })
  return { response: counted, stats }
}
