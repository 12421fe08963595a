/** Waits between tries: a weak signal often comes back within seconds, so the waits start short and grow. */
export const retryDelaysMs = [1000, 2000, 4000]

/** Gateways answer these while the API restarts or a mobile link stalls; the request may be sent again. */
const retriableStatuses = new Set([502, 503, 504])

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Sends again after a dropped connection (`send` rejects) or a gateway failure, waiting longer each time.
 * Only for requests the server treats as the same when repeated; the last answer or failure is returned.
 */
export async function withRetry<T extends { status: number }>(
  send: () => Promise<T>,
  delays: readonly number[] = retryDelaysMs,
  sleep: (ms: number) => Promise<void> = wait,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const last = attempt >= delays.length
    try {
      const response = await send()
      if (last || !retriableStatuses.has(response.status)) return response
    } catch (error) {
      if (last) throw error
    }
    await sleep(delays[attempt]!)
  }
}
