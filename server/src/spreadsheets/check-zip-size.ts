import { inflateRawSync } from 'node:zlib';

/**
 * Inflates every entry of a zip (an .xlsx is one) with a ceiling on the bytes it may produce, before a
 * spreadsheet library unpacks it whole in memory: a 1 MB upload can hold gigabytes of repeated cells (a zip
 * bomb). The sizes the zip declares are not trusted; the ceiling holds while inflating. Returns false for a
 * file that is not a zip, or whose contents pass the ceiling.
 */
export function checkZipSize(file: Buffer, maxUnpackedBytes: number): 'ok' | 'notZip' | 'tooLarge' {
  // End of central directory: signature, then the entry count at +10, directory size +12, offset +16.
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (file.readUInt32LE(0) !== 0x04034b50 || end < 0 || end + 22 > file.length) return 'notZip';
  const count = file.readUInt16LE(end + 10);
  let entry = file.readUInt32LE(end + 16);
  let budget = maxUnpackedBytes;
  for (let i = 0; i < count; i += 1) {
    if (entry + 46 > file.length || file.readUInt32LE(entry) !== 0x02014b50) return 'notZip';
    const method = file.readUInt16LE(entry + 10);
    const compressedSize = file.readUInt32LE(entry + 20);
    const local = file.readUInt32LE(entry + 42);
    entry += 46 + file.readUInt16LE(entry + 28) + file.readUInt16LE(entry + 30) + file.readUInt16LE(entry + 32);
    if (local + 30 > file.length || file.readUInt32LE(local) !== 0x04034b50) return 'notZip';
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    const data = file.subarray(start, start + compressedSize);
    let unpacked: number;
    if (method === 0) unpacked = data.length;
    else if (method === 8) {
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: Math.max(budget, 1) }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'tooLarge';
        return 'notZip';
      }
    } else return 'notZip';
    budget -= unpacked;
    if (budget < 0) return 'tooLarge';
  }
  return 'ok';
}
