import { performance } from 'node:perf_hooks'
import type { ReactNode } from 'react'
import { ApiError, ErrorBanner, en } from '../src/index.js'
import { installDom } from './dom.js'
import { ratio, verdict } from './table.js'
import type { Row } from './table.js'

/**
 * Issue 4: mount time of 200 `ErrorBanner`s vs 200 hand-written alert blocks, as a ratio. A third
 * variant writes out by hand the very markup `ErrorBanner` produces, which splits the ratio into
 * what the bigger DOM costs and what the component's own logic (hooks, parsing, copy) costs.
 */
const COUNT = 200
const WARMUP_ROUNDS = 3
const ROUNDS = 21
const GOAL = 1.5

const errors = Array.from({ length: COUNT }, () => new ApiError({ type: 'Internal' }))
const copy = en.types.Internal
const noop = () => {}

function Banners() {
  return errors.map((error, i) => <ErrorBanner key={i} error={error} onRetry={noop} />)
}

/** What an app writes without the kit: the same copy, one alert each, a Retry button. */
function Plain() {
  return errors.map((_, i) => (
    <div key={i} role="alert">
      <p>{copy.title}</p>
      <p>{copy.description}</p>
      <button type="button" onClick={noop}>
        {en.actions.retry}
      </button>
    </div>
  ))
}

/** `ErrorBanner`'s markup for an Internal error, written out (checked against the real one below). */
function SameMarkup() {
  return errors.map((_, i) => (
    <div
      key={i}
      lang="en"
      dir="ltr"
      role="alert"
      aria-labelledby={`t${i}`}
      data-type="Internal"
      data-severity="error"
      className="rae-banner rae-banner--error"
    >
      <svg
        className="rae-icon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
        data-severity="error"
      >
        <path
          d="M7 2h10l5 5v10l-5 5H7l-5-5V7zM8.5 8.5l7 7m0-7-7 7"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <div className="rae-banner__body">
        <p className="rae-banner__title" id={`t${i}`}>
          <span className="rae-severity rae-banner__severity">{`${en.severity.error}:`}</span> {copy.title}
        </p>
        <p className="rae-banner__description">{copy.description}</p>
      </div>
      <div className="rae-banner__actions">
        <button type="button" className="rae-button rae-button--primary" onClick={noop}>
          {en.actions.retry}
        </button>
      </div>
    </div>
  ))
}

const variants = { banner: Banners, plain: Plain, same: SameMarkup }
type Variant = keyof typeof variants
const order: Variant[][] = [
  ['banner', 'plain', 'same'],
  ['plain', 'same', 'banner'],
  ['same', 'banner', 'plain'],
]

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!
/** Markup without the generated ids, so two renderings can be compared. */
const normalized = (html: string) => html.replace(/(id|aria-labelledby)="[^"]*"/g, '$1=""')

export async function run(): Promise<Row[]> {
  installDom()
  const { createRoot } = await import('react-dom/client')
  const { flushSync } = await import('react-dom')
  const gc = (globalThis as { gc?: () => void }).gc

  /** Mounts `node` into a fresh root; returns the milliseconds render + commit + effects took, and the markup. */
  const mount = (node: ReactNode): { ms: number; html: string } => {
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    gc?.()
    const start = performance.now()
    flushSync(() => root.render(node))
    const ms = performance.now() - start
    const html = container.innerHTML
    root.unmount()
    container.remove()
    return { ms, html }
  }

  const banner = mount(<Banners />).html
  const blocks = (banner.match(/role="alert"/g) ?? []).length
  const buttons = (banner.match(/<button/g) ?? []).length
  if (blocks !== COUNT || buttons !== COUNT)
    throw new Error(`render cost: expected ${COUNT} alerts with a button, got ${blocks} and ${buttons}`)
  // The third variant is only worth its row while it is ErrorBanner's own markup.
  if (normalized(mount(<SameMarkup />).html) !== normalized(banner))
    throw new Error('render cost: SameMarkup no longer matches ErrorBanner; write its markup out again')

  const times: Record<Variant, number[]> = { banner: [], plain: [], same: [] }
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    // A Latin square of orders: whatever drifts (JIT, heap growth, a busy neighbour) hits all three alike.
    for (const variant of order[round % order.length]!) {
      const Component = variants[variant]
      const { ms } = mount(<Component />)
      if (round >= WARMUP_ROUNDS) times[variant].push(ms)
    }
  }
  const perRound = (other: Variant) => times.banner.map((ms, i) => ms / times[other][i]!)
  const iqr = (values: number[]) =>
    `per-round p25–p75 ${ratio(quantile(values, 0.25))}–${ratio(quantile(values, 0.75))}`
  const vsPlain = median(times.banner) / median(times.plain)
  const vsSame = median(times.banner) / median(times.same)
  const domOnly = median(times.same) / median(times.plain)
  const how = `${ROUNDS} rounds${gc ? ', GC before each mount' : ''}`
  const bench = `Render cost: mount ${COUNT} error blocks (jsdom, React production build)`
  return [
    {
      bench,
      contender:
        '**`<ErrorBanner error onRetry>`** (Internal) vs hand-written `<div role="alert"><p/><p/><button>Retry</button></div>`',
      result: `**${ratio(vsPlain)}** the hand-written block's mount time (${iqr(perRound('plain'))}; ${how})`,
      goal: verdict(vsPlain <= GOAL, `≤ ${GOAL}×`),
    },
    {
      bench,
      contender: `**\`<ErrorBanner>\`** vs its own markup written by hand (9 elements, icon, classes, ARIA)`,
      result: `**${ratio(vsSame)}** (${iqr(perRound('same'))}) · that markup alone is ${ratio(domOnly)} the hand-written block`,
      goal: 'diagnostic: component logic vs DOM size',
    },
  ]
}
