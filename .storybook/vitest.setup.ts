// Runs only when the stories run as tests (Vitest in Chromium), never in the Storybook UI.
import { commands } from 'vitest/browser'
import { SYSTEM_COLOR_SCHEME } from '../src/stories/support/systemColorScheme.js'
import type { EmulateColorScheme } from '../src/stories/support/systemColorScheme.js'

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme: EmulateColorScheme
  }
}

// The story helper finds Playwright's emulation here; in the Storybook UI it is absent.
Object.assign(globalThis, { [SYSTEM_COLOR_SCHEME]: commands.emulateColorScheme })
