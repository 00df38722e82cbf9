import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints the client × scenario score table after a run that included test/clients: one row per
 * client, one column per scenario (tests named `<client> × <scenario>`), ✓ right, ✗ wrong.
 */
export default class ClientScoreReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows = new Map<string, Map<string, boolean>>()
    for (const module of testModules) {
      if (!module.moduleId.includes('/test/clients/')) continue
      for (const test of module.children.allTests()) {
        const [client, scenario] = test.name.split(' × ')
        const state = test.result().state
        if (!client || !scenario || (state !== 'passed' && state !== 'failed')) continue
        if (!rows.has(client)) rows.set(client, new Map())
        rows.get(client)!.set(scenario, state === 'passed')
      }
    }
    if (rows.size === 0) return
    const columns = [...new Set([...rows.values()].flatMap((cells) => [...cells.keys()]))]
    const width = Math.max(...[...rows.keys()].map((name) => name.length))
    const line = (name: string, cells: string[]) =>
      `${name.padEnd(width)} | ${cells.map((cell, i) => cell.padEnd(columns[i]!.length)).join(' | ')}`
    const all = [...rows.values()].flatMap((cells) => [...cells.values()])
    const table = [
      line('client', columns),
      ...[...rows].map(([name, cells]) =>
        line(
          name,
          columns.map((column) => (cells.has(column) ? (cells.get(column) ? '✓' : '✗') : '')),
        ),
      ),
      `right: ${all.filter(Boolean).length} of ${all.length}`,
    ]
    process.stdout.write(`\nClients × scenarios (test/clients)\n${table.join('\n')}\n`)
  }
}
