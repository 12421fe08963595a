import { describe, expect, it, vi } from 'vitest'
import type { Session } from '@ccs/shared/auth/auth-schemas'
import { createSessionStore } from '../session/create-session-store'
import { ApiError } from './api-error'
import { createApiClient, type Transport, type TransportRequest } from './create-api-client'

function session(accessToken: string, refreshToken = `refresh-${accessToken}`): Session {
  const account = { id: 'a1', name: '张三', roles: ['family' as const], phoneMasked: '138****0000', regionScope: null, regionName: null, textSize: null }
  return { accessToken, accessTokenExpiresIn: 900, refreshToken, account }
}

const expired = { status: 401, data: { code: 'TOKEN_EXPIRED', message: '登录已过期，请重新登录。' } }

function setup(answer: (request: TransportRequest) => { status: number; data: unknown }, start: Session | null = session('old')) {
  const memory = new Map<string, unknown>()
  const sessions = createSessionStore({ get: (k) => memory.get(k), set: (k, v) => memory.set(k, v), remove: (k) => memory.delete(k) })
  if (start) sessions.set(start)
  const calls: TransportRequest[] = []
  const transport: Transport = async (request) => {
    calls.push(request)
    return answer(request)
  }
  const onSignedOut = vi.fn()
  const waits: number[] = []
  const sleep = async (ms: number) => void waits.push(ms)
  const request = createApiClient({ baseUrl: 'http://api', transport, sessions, onSignedOut, retryDelays: [1000, 2000, 4000], sleep })
  return { request, sessions, calls, onSignedOut, waits }
}

/** Answers in turn: `'drop'` for a connection that breaks before the answer arrives, else that status. */
function answersInTurn(...answers: ('drop' | number)[]) {
  let next = 0
  return () => {
    const answer = answers[Math.min(next++, answers.length - 1)]!
    if (answer === 'drop') throw new Error('connection lost')
    return { status: answer, data: answer < 300 ? { ok: true } : '<html>Gateway</html>' }
  }
}

describe('createApiClient', () => {
  it('sends the access token as a Bearer header and returns the JSON body', async () => {
    const { request, calls } = setup(() => ({ status: 200, data: { id: 'a1' } }))
    await expect(request('GET', '/api/me')).resolves.toEqual({ id: 'a1' })
    expect(calls[0]?.url).toBe('http://api/api/me')
    expect(calls[0]?.headers.Authorization).toBe('Bearer old')
  })

  it('refreshes once on TOKEN_EXPIRED, stores the new session and retries with the new token', async () => {
    const { request, sessions, calls } = setup((r) => {
      if (r.url.endsWith('/refresh')) return { status: 200, data: session('new') }
      return r.headers.Authorization === 'Bearer new' ? { status: 200, data: 'ok' } : expired
    })
    await expect(request('GET', '/api/me')).resolves.toBe('ok')
    expect(calls.map((c) => c.url)).toEqual(['http://api/api/me', 'http://api/api/auth/refresh', 'http://api/api/me'])
    expect(calls[1]?.data).toEqual({ refreshToken: 'refresh-old' })
    expect(sessions.get()?.accessToken).toBe('new')
  })

  it('shares one refresh between calls that expire at the same time', async () => {
    const { request, calls } = setup((r) => {
      if (r.url.endsWith('/refresh')) return { status: 200, data: session('new') }
      return r.headers.Authorization === 'Bearer new' ? { status: 200, data: 'ok' } : expired
    })
    await Promise.all([request('GET', '/api/a'), request('GET', '/api/b')])
    expect(calls.filter((c) => c.url.endsWith('/refresh'))).toHaveLength(1)
  })

  it('clears the session and signs out when the refresh is refused', async () => {
    const { request, sessions, onSignedOut } = setup((r) =>
      r.url.endsWith('/refresh')
        ? { status: 401, data: { code: 'REFRESH_TOKEN_INVALID', message: '登录状态已失效，请重新登录。' } }
        : expired,
    )
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ code: 'REFRESH_TOKEN_INVALID' })
    expect(sessions.get()).toBeNull()
    expect(onSignedOut).toHaveBeenCalledOnce()
  })

  it('does not refresh a second time when the retried call expires again', async () => {
    const { request, calls } = setup((r) => (r.url.endsWith('/refresh') ? { status: 200, data: session('new') } : expired))
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' })
    expect(calls).toHaveLength(3)
  })

  it('keeps the session when the refresh fails for lack of network', async () => {
    const { request, sessions, onSignedOut } = setup((r) => {
      if (r.url.endsWith('/refresh')) throw new Error('offline')
      return expired
    })
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ code: 'NETWORK', message: '网络不好，请检查网络后重试。' })
    expect(sessions.get()?.accessToken).toBe('old')
    expect(onSignedOut).not.toHaveBeenCalled()
  })

  it('turns the server error body into an ApiError with its Chinese message and field hints', async () => {
    const body = { code: 'VALIDATION_FAILED', message: '填写的内容有误，请按提示修改后再提交。', fields: { phone: '请输入11位手机号' } }
    const { request } = setup(() => ({ status: 400, data: body }), null)
    const error = await request('POST', '/api/auth/sms-codes', { body: { phone: '1' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', fields: { phone: '请输入11位手机号' } })
  })

  it('gives a generic message when an error body is not the API shape', async () => {
    const { request } = setup(() => ({ status: 502, data: '<html>Bad Gateway</html>' }), null)
    await expect(request('GET', '/api/regions/52')).rejects.toMatchObject({ status: 502, code: 'INTERNAL' })
  })

  it('sends extra headers, also on the retry after a refresh', async () => {
    const { request, calls } = setup((r) => {
      if (r.url.endsWith('/refresh')) return { status: 200, data: session('new') }
      return r.headers.Authorization === 'Bearer new' ? { status: 200, data: 'ok' } : expired
    })
    await request('POST', '/api/applications/x/submit', { body: {}, headers: { 'Idempotency-Key': 'key-123456' } })
    expect(calls.filter((c) => !c.url.endsWith('/refresh')).map((c) => c.headers['Idempotency-Key'])).toEqual(['key-123456', 'key-123456'])
  })

  it('sends no token when signed out or when auth is off', async () => {
    const { request, calls } = setup(() => ({ status: 202, data: {} }))
    await request('POST', '/api/auth/sms-codes', { body: { phone: '13800000000' }, auth: false })
    expect(calls[0]?.headers.Authorization).toBeUndefined()
  })
})

describe('createApiClient on a weak network', () => {
  it('sends a read again after a dropped connection and a gateway failure, waiting longer each time', async () => {
    const { request, calls, waits } = setup(answersInTurn('drop', 503, 200))
    await expect(request('GET', '/api/applications/x')).resolves.toEqual({ ok: true })
    expect(calls).toHaveLength(3)
    expect(waits).toEqual([1000, 2000])
  })

  it('sends a submission again with the same Idempotency-Key when its answer is lost', async () => {
    const { request, calls } = setup(answersInTurn('drop', 504, 200))
    await request('POST', '/api/applications/x/submit', { body: {}, headers: { 'Idempotency-Key': 'key-123456' } })
    expect(calls.map((c) => c.headers['Idempotency-Key'])).toEqual(['key-123456', 'key-123456', 'key-123456'])
  })

  it('repeats PUT, DELETE and a POST the server recognises as the same', async () => {
    for (const [method, options] of [['PUT', {}], ['DELETE', {}], ['POST', { repeatable: true }]] as const) {
      const { request, calls } = setup(answersInTurn('drop', 200))
      await request(method, '/api/x', options)
      expect(calls).toHaveLength(2)
    }
  })

  it('never repeats a POST without a key: it might have been done once already', async () => {
    const { request, calls } = setup(answersInTurn('drop', 200))
    await expect(request('POST', '/api/auth/sms-codes', { body: { phone: '13800000000' }, auth: false })).rejects.toMatchObject({ code: 'NETWORK' })
    expect(calls).toHaveLength(1)
  })

  it('gives up after the last wait with the plain network message, so the person can tap again later', async () => {
    const { request, calls, waits } = setup(answersInTurn('drop'))
    await expect(request('GET', '/api/me')).rejects.toMatchObject({ code: 'NETWORK', message: '网络不好，请检查网络后重试。' })
    expect(calls).toHaveLength(4)
    expect(waits).toEqual([1000, 2000, 4000])
  })

  it('does not repeat an answer the server gave on purpose (a refusal or its own error)', async () => {
    for (const status of [400, 409, 500]) {
      const { request, calls } = setup(answersInTurn(status))
      await expect(request('GET', '/api/x')).rejects.toMatchObject({ status })
      expect(calls).toHaveLength(1)
    }
  })
})
