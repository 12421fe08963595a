import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * `--write` (end of `build:h5`): records what the H5 build was made from in `dist/h5/.sources-stamp`.
 * `--check` (`npm start`): exits 0 when the portal's sources are unchanged since, so the slow Taro build is skipped.
 * The stamp is a hash of every source file's path, size and modification time, so an edit, a new file and a
 * deleted one all count, without reading the files.
 */
const root = join(import.meta.dirname, '..', '..')
const stampFile = join(root, 'miniapp', 'dist', 'h5', '.sources-stamp')
const skipped = new Set(['node_modules', 'dist', '.swc'])

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (skipped.has(entry.name)) return []
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

function sourcesHash(): string {
  const hash = createHash('sha256')
  for (const file of [...filesUnder(join(root, 'miniapp')), ...filesUnder(join(root, 'shared'))].sort()) {
    const { size, mtimeMs } = statSync(file)
    hash.update(`${relative(root, file)}\0${size}\0${mtimeMs}\n`)
  }
  return hash.digest('hex')
}

if (process.argv.includes('--write')) {
  writeFileSync(stampFile, sourcesHash())
} else {
  const upToDate = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourcesHash()
  if (upToDate) console.log('The H5 portal is up to date with its sources: not rebuilt.')
  process.exit(upToDate ? 0 : 1)
}
