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
   * `refresh()` does not run: `events.renewed` ends the wait instead. Nothing holds or awaits the
   * lock longer than `timeoutMs`; then it resolves `false`.
   */
  renew(refresh: () => unknown, timeoutMs: number): Promise<unknown>
  /** Tells the other tabs the user signed in here. */
  signedIn(): void
}

/** One message between tabs: a kind and the stamp that orders it. Only `renewed` carries a result. */
interface TabMessage {
  kind: 'renewed' | 'signed-in'
  stamp: number
  result?: unknown
}

/** The shared lock of each renewal that told the others, so a tab granted the lock later sees it happened. */
const MARK = 'renewed@'

/**
 * Cross-tab renewal for `createAuthCoordinator({ crossTab })`, or `undefined` where the browser
 * cannot share it (then the coordinator is single-tab). Messages are ordered by a stamp (the time
 * of the renewal, always above any stamp this tab has seen): one from an older renewal is ignored,
 * so a late message never moves a tab backwards.
 */
export function createCrossTabRenewal(name: string, events: CrossTabEvents): CrossTabRenewal | undefined {
  /** The newest stamp this tab has made or heard. */
  let known = 0
  /** Releases the mark this tab holds. */
  let unmark = () => {}
  /** The renewals of this tab waiting for (or holding) the lock: another tab's renewal, adopted, ends them. */
  const waiting = new Set<AbortController>()

  const nextStamp = () => (known = Math.max(Date.now(), known + 1))

  const channel = openTabChannel(`react-api-errors:${name}`, (data) => {
    const { kind, stamp, result } = (data ?? {}) as Partial<TabMessage>
    // Only a message newer than anything this tab knows counts.
    if (!(typeof stamp === 'number' && stamp > known)) return
    known = stamp
    if (kind === 'signed-in') events.signedIn()
    else if (kind === 'renewed' && events.renewed) {
      void mark(stamp)
      for (const wait of waiting) wait.abort()
      events.renewed(result)
    }
  })
  if (!channel) return undefined

  /** Holds the mark of `stamp` (releasing the older one); resolves once it is held. */
  const mark = (stamp: number) =>
    new Promise<void>((held) => {
      unmark()
      void channel
        .lock(MARK + stamp, () => new Promise<void>((release) => ((unmark = release), held())), { mode: 'shared' })
        .catch(held)
    })

  /** The stamp of the newest mark any tab holds, or 0. */
  const newestMark = async () => Math.max(0, ...(await channel.held()).map((lock) => Number(lock.split(MARK)[1]) || 0))

  return {
    renew(refresh, timeoutMs) {
      const seen = known
      const stop = new AbortController()
      waiting.add(stop)
      const timer = setTimeout(() => stop.abort(), timeoutMs)
      /** Resolves `false` when the time is up or another tab's renewal was adopted. */
      const stopped = new Promise<false>((resolve) => stop.signal.addEventListener('abort', () => resolve(false)))
      const task = async () => {
        // Granted after another tab renewed: its message is on the way (it was sent before the lock
        // was released); wait for it instead of sending the rotated refresh token again.
        if (events.renewed && (await newestMark()) > seen) return stopped
        const result = await Promise.race([Promise.resolve().then(refresh), stopped])
        if (
          result !== false &&
          !stop.signal.aborted &&
          channel.post({ kind: 'renewed', stamp: nextStamp(), result } satisfies TabMessage)
        )
          await mark(known)
        return result
      }
      return channel.lock('refresh', task, { signal: stop.signal }).finally(() => {
        clearTimeout(timer)
        waiting.delete(stop)
      })
    },
    signedIn() {
      channel.post({ kind: 'signed-in', stamp: nextStamp() } satisfies TabMessage)
    },
  }
}
