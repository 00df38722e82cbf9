/** The most characters any text an `ApiError` keeps may have (message, code, id, paths, URL). */
export const MAX_TEXT = 1000

/** The most field errors an `ApiError` keeps: a hostile server may send thousands; these are plenty for any form. */
export const MAX_FIELD_ERRORS = 100

/** A delay so large it means "not in this session"; kept finite so timers and maths stay sane. */
export const MAX_RETRY_AFTER_MS = Number.MAX_SAFE_INTEGER

/**
 * The longest wait believed (a week; Figma documents waits of several days): a longer one is a
 * delay sent in the wrong unit or a reset
 * time misread, no countdown anyone can use. An `ApiError` drops it ("try again later"), and no
 * rate-limit gate holds an origin longer.
 */
export const MAX_BELIEVED_WAIT_MS = 7 * 24 * 60 * 60 * 1000
