import { describe, expect, it } from 'vitest';
import { addressKey } from './address-key';

describe('the address a limit counts', () => {
  it.each([
    ['an IPv4 address is itself', '10.2.3.4', '10.2.3.4'],
    ['an IPv4 address carried over IPv6 is the IPv4 address', '::ffff:10.2.3.4', '10.2.3.4'],
    ['an IPv6 address is its /64 network', '2409:8a00:1:2:aaaa:bbbb:cccc:dddd', '2409:8a00:1:2::/64'],
    ['another address of the same /64 counts as the same', '2409:8a00:0001:0002::9', '2409:8a00:1:2::/64'],
    ['a shortened address is expanded before it is cut', '2409:8a00::1', '2409:8a00:0:0::/64'],
    ['loopback', '::1', '0:0:0:0::/64'],
  ])('%s', (_name, ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});
