/** Exactly one first-strong isolate … pop directional isolate, with no isolate or embedding inside. */
const ISOLATED = /^\u2068[^\u202a-\u202e\u2066-\u2069]*\u2069$/

/**
 * `text` between First Strong Isolate and Pop Directional Isolate, so it keeps its own direction
 * inside copy of either direction (`req_7Hq2xK` reads the same inside Arabic). Text already
 * isolated that way is returned as is, so isolating twice changes nothing.
 */
export const bidiIsolate = (text: string): string => (ISOLATED.test(text) ? text : `\u2068${text}\u2069`)
