import { isIPv6 } from 'node:net';

/**
 * The address a limit counts: an IPv4 address as it is (also when it arrives as `::ffff:1.2.3.4`), an IPv6 address
 * by its /64 network, the block one subscriber line or phone is given, so a stranger cannot take a fresh address
 * from it for every try and escape the per-address limits and back-offs.
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
