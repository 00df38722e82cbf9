import type { CSSProperties } from 'react'

/**
 * Hidden from the eye, read by assistive technology: inline, so the text stays hidden without the
 * stylesheet (the countdown must not read "Retrying in 2 sRetrying automatically in 3 seconds.").
 */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
}
