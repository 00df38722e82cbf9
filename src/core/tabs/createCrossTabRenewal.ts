import { openTabChannel } from './openTabChannel.js'

/** What the other tabs of the name tell this one. */
export interface CrossTabEvents {
  /** Another tab's `refresh()` succeeded with `result`. Leave it out when this tab cannot adopt it. */
  renewed?: (result: unknown) => void
  /** The user signed in in another tab. */
  signedIn: () => void
}

export interface CrossTabRenewal {
  /**
   * Runs `refresh()` holding the lock every tab of the name shares, then tells the other tabs what
   * it resolved with. When another tab renewed while this one waited (and this one can adopt it),
   * `refresh()` does not run: `events.renewed` ends the wait instead. Resolves `false` once
   * `timeoutMs` is up; a `refresh()` already running keeps the lock until it settles, and a tab
   * that did not get the lock in time never refreshes.
   */
  renew(refresh: () => unknown, timeoutMs: number): Promise<unknown>
  /** Tells the other tabs the user signed in here. */
  signedIn(): Promise<void>
}

/** One message between tabs: a kind and the count that orders it. Only `renewed` carries a result. */
interface TabMessage {
  kind: 'renewed' | 'signed-in'
  stamp: number
  result?: unknown
}

/**
 * The shared lock each tab holds for the newest renewal or sign-in it knows of, named by its kind
 * and count: `renewed@3`, `signed-in@4`.
 */
const mark = (kind: TabMessage['kind'], count: number) => `${kind}@${count}`

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0

/**
 * Cross-tab renewal for `createAuthCoordinator({ crossTab })`, or `undefined` where the browser
 * cannot share it (then the coordinator is single-tab). Renewals and sign-ins are counted: each
 * takes the next number after the highest any living tab knows (every tab holds a shared lock
 * naming the newest it knows), so no clock can reorder them, and a tab opened later starts from
 * what the others hold. A message counted at or below what this tab knows, or malformed, is ignored.
 */
export function createCrossTabRenewal(name: string, events: CrossTabEvents): CrossTabRenewal | undefined {
  /** The highest count this tab has made or heard. */
  let known = 0
  /** Releases the mark this tab holds. */
  let unmark = () => {}
  /** The renewals of this tab waiting for the lock: another tab's renewal, adopted, ends them. */
  const waiting = new Set<AbortController>()

  const channel = openTabChannel(`react-api-errors:${name}`, (data) => {
    if (typeof data !== 'object' || data === null) return
    const { kind, stamp, result } = data as Partial<TabMessage>
    if (!isCount(stamp) || stamp <= known || (kind !== 'renewed' && kind !== 'signed-in')) return
    known = stamp
    void hold(kind, stamp)
    if (kind === 'signed-in') return events.signedIn()
    if (!events.renewed) return
    for (const wait of waiting) wait.abort()
    events.renewed(result)
  })
  if (!channel) return undefined

  /** Holds the mark of `kind` and `stamp` (releasing the older one); resolves once it is held. */
  const hold = (kind: TabMessage['kind'], stamp: number) =>
    new Promise<void>((held) => {
      unmark()
      void channel
        .lock(mark(kind, stamp), () => new Promise<void>((release) => ((unmark = release), held())), {
          mode: 'shared',
        })
        .catch(held)
    })

  /** The highest count any living tab holds a mark for (of `kind`, when given), or 0. */
  const newest = async (kind?: TabMessage['kind']) =>
    Math.max(
      0,
      ...(await channel.held()).flatMap((lock) => {
        const [lockKind, count] = lock.split('@')
        return (kind === undefined || lockKind === kind) && isCount(Number(count)) ? [Number(count)] : []
      }),
    )

  /** Counts a renewal or sign-in made here, marks it, and tells the others. */
  const announce = async (message: Omit<TabMessage, 'stamp'>) => {
    const stamp = Math.max(await newest(), known) + 1
    if (!channel.post({ ...message, stamp })) return
    known = stamp
    await hold(message.kind, stamp)
  }

  return {
    renew(refresh, timeoutMs) {
      const stop = new AbortController()
      waiting.add(stop)
      return new Promise<unknown>((settle) => {
        const finish = (result: unknown) => {
          clearTimeout(timer)
          waiting.delete(stop)
          settle(result)
        }
        const timer = setTimeout(() => stop.abort(), timeoutMs)
        // Time up, or another tab's renewal adopted: this tab's requests stop waiting.
        stop.signal.addEventListener('abort', () => finish(false))
        void newest('renewed').then((before) =>
          channel
            .lock(
              'refresh',
              async () => {
                // Granted after the time was up: the requests have failed; never refresh alongside another tab.
                if (stop.signal.aborted) return
                // Another tab renewed while this one waited: its message (sent before it released the lock) adopts it.
                if (events.renewed && (await newest('renewed')) > before) return
                // Held until refresh() settles, however long: no second tab refreshes with the same rotating token.
                const result = await Promise.resolve()
                  .then(refresh)
                  .catch(() => false)
                if (result !== false) await announce({ kind: 'renewed', result })
                finish(result)
              },
              { signal: stop.signal },
            )
            .catch(() => finish(false)),
        )
      })
    },
    signedIn: () => announce({ kind: 'signed-in' }),
  }
}
