import type { TestServer } from './start-test-server';

/** The latest code the development SMS sender wrote to the server log for a phone, as a developer reads it. */
export function loggedSmsCode(server: TestServer, phone: string): string | undefined {
  const line = [...server.logLines].reverse().find((l) => (l.sms as { phone?: string } | undefined)?.phone === phone);
  return (line?.sms as { params?: { code?: string } } | undefined)?.params?.code;
}
