// Storybook as a visitor finds it, read through Storybook's own index builder (the one `storybook
// dev` and `storybook build` use): where it opens, what sits over it, and how the stories are named.
import { buildIndex, experimental_loadStorybook } from 'storybook/internal/core-server'
import { beforeAll, describe, expect, it } from 'vitest'

interface Entry {
  type: 'story' | 'docs'
  title: string
  name: string
}

const configDir = '.storybook'
let entries: Entry[] = []

beforeAll(async () => {
  const index = await buildIndex({ configDir } as Parameters<typeof buildIndex>[0])
  entries = Object.values(index.entries) as Entry[]
}, 60_000)

describe('Storybook', () => {
  it('opens on the Getting started guide (the first entry of the index), the other guides after it', () => {
    expect(entries[0]).toMatchObject({ type: 'docs', title: 'Guides/Getting started' })
    const sections = [...new Set(entries.map((entry) => entry.title.split('/')[0]))]
    expect(sections).toEqual(['Guides', 'Components', 'Flows', 'Examples'])
  })

  it("shows no onboarding checklist of Storybook's own over the guides", async () => {
    const { presets } = await experimental_loadStorybook({ configDir } as Parameters<
      typeof experimental_loadStorybook
    >[0])
    const features = await presets.apply<Record<string, unknown>>('features')
    expect(features).toMatchObject({ sidebarOnboardingChecklist: false, menuOnboardingChecklist: false })
  })

  it('names stories as they are written: brands and acronyms whole, never split by their capitals', () => {
    const names = entries.filter((entry) => entry.type === 'story').map((entry) => entry.name)
    expect(names.length).toBeGreaterThan(50)
    const misread = /\b(Open Ai|Git Hub|Asp Net|Type Script|Java Script|Ai|Aws|Api|Json|Html|Http|Url|Rtl|Css)\b/
    expect(names.filter((name) => misread.test(name))).toEqual([])
  })
})
