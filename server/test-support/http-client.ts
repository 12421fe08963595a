export interface CallOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/** A tiny JSON client for HTTP tests: returns status and parsed body, never throws on 4xx/5xx. */
export function httpClient(baseUrl: string) {
  async function call(method: string, path: string, options: CallOptions = {}) {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const body: any = text && isJson ? JSON.parse(text) : text || undefined;
    return { status: response.status, body, headers: response.headers };
  }
  return {
    call,
    get: (path: string, token?: string) => call('GET', path, { token }),
    post: (path: string, body?: unknown, token?: string) => call('POST', path, { body, token }),
    put: (path: string, body?: unknown, token?: string) => call('PUT', path, { body, token }),
  };
}
