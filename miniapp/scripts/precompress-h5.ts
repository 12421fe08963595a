import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/**
 * Writes a `.br` and a `.gz` beside each text file of the H5 build, compressed once at the highest levels.
 * The API server's static middleware (koa-send) sends them to browsers that accept them, so a phone on a weak
 * signal downloads about a quarter of the bytes and the server spends no CPU compressing per request.
 */
const h5Dir = join(import.meta.dirname, '..', 'dist', 'h5')
const compressible = /\.(js|css|html|svg|json|txt)$/
/** Below this, the compression framing outweighs what it saves. */
const minBytes = 1024

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

let raw = 0
let brotli = 0
for (const path of filesUnder(h5Dir).filter((file) => compressible.test(file) && statSync(file).size >= minBytes)) {
  const body = readFileSync(path)
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  writeFileSync(`${path}.br`, br)
  writeFileSync(`${path}.gz`, gzipSync(body, { level: constants.Z_BEST_COMPRESSION }))
  raw += body.length
  brotli += br.length
}
console.log(`H5 precompressed: ${(raw / 1024).toFixed(0)} KB of text files, ${(brotli / 1024).toFixed(0)} KB with brotli`)
