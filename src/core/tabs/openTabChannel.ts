/**
 * What the tabs of one origin share under one name: messages (a BroadcastChannel) and locks (Web
 * Locks). Every lock name is prefixed with the channel's name, so two kits never share a lock.
 */
export interface TabChannel {
  /** Tells every other tab that opened the same name; `false` when `message` cannot be sent (not cloneable). */
  post(message: unknown): boolean
  /**
   * Runs `task` while holding the lock `suffix` (exclusive unless `options.mode` says `shared`).
   * A tab closed while holding it releases it. Rejects when `options.signal` aborts before the grant.
   */
  lock<T>(suffix: string, task: () => Promise<T>, options?: LockOptions): Promise<T>
  /** The suffixes of the locks of this name held right now, by any tab. */
  held(): Promise<string[]>
}

/**
 * Opens the channel `name` for this tab, calling `onMessage` with what the other tabs post.
 * `undefined` where BroadcastChannel or Web Locks are missing (Node, old browsers, insecure
 * origins): the caller then behaves as the only tab.
 */
export function openTabChannel(name: string, onMessage: (data: unknown) => void): TabChannel | undefined {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  const Channel = globalThis.BroadcastChannel
  if (typeof Channel !== 'function' || typeof locks?.request !== 'function') return undefined
  let channel: BroadcastChannel
  try {
    channel = new Channel(name)
  } catch {
    return undefined
  }
  channel.onmessage = (event) => onMessage(event.data)
  // Node's BroadcastChannel would keep a server process alive; a tab has nothing to keep.
  ;(channel as { unref?: () => void }).unref?.()
  const prefix = `${name}:`
  return {
    post(message) {
      try {
        channel.postMessage(message)
        return true
      } catch {
        return false
      }
    },
    lock: (suffix, task, options = {}) => locks.request(prefix + suffix, options, task) as Promise<never>,
    async held() {
      const { held = [] } = await locks.query()
      return held.flatMap(({ name: lock = '' }) => (lock.startsWith(prefix) ? [lock.slice(prefix.length)] : []))
    },
  }
}
