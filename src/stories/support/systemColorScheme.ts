/** Emulates the system colour scheme for the whole page; null goes back to the real one. */
export type EmulateColorScheme = (scheme: 'light' | 'dark' | null) => Promise<void>

/** Where .storybook/vitest.setup.ts puts Playwright's emulation when the stories run as tests. */
export const SYSTEM_COLOR_SCHEME = Symbol.for('react-api-errors.stories.emulateColorScheme')

/**
 * A story `beforeEach` that makes the system say "dark" while the story runs as a test (Vitest
 * drives Chromium through Playwright), and puts it back after. In the Storybook UI the visitor's
 * own system setting stays: the story's checks hold for either.
 */
export async function onDarkSystem(): Promise<(() => Promise<void>) | undefined> {
  const emulate = (globalThis as { [SYSTEM_COLOR_SCHEME]?: EmulateColorScheme })[SYSTEM_COLOR_SCHEME]
  if (!emulate) return undefined
  await emulate('dark')
  return () => emulate(null)
}

/** Whether the system (real or emulated) asks for dark. */
export const systemIsDark = () => matchMedia('(prefers-color-scheme: dark)').matches

/** Whether this run emulates the system (the stories run as tests). */
export const emulatesSystem = () => SYSTEM_COLOR_SCHEME in globalThis
