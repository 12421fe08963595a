/**
 * Whether a write failed on a unique index (MongoDB and FerretDB error 11000). A unique insert is the one atomic
 * guard FerretDB v1 gives (no transactions, a conditional update reads and writes in two steps), so every "only
 * one may" and "at most N" in the server is decided by it.
 */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 11000;
}
