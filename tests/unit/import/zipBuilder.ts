import { deflateRawSync } from 'node:zlib';

/** One entry of a test zip: its content in pieces (deflated as one stream), and optionally a lie. */
export interface TestZipEntry {
  readonly name: string;
  /** The content: `repeat` copies of `chunk`. */
  readonly chunk: string;
  readonly repeat?: number;
  /** The uncompressed size the directory declares (default: the true size). */
  readonly declaredSize?: number;
}

/**
 * A zip archive (deflate, 32-bit sizes) built in memory: enough for an .xlsx that the workbook
 * guard and read-excel-file read. A highly repetitive entry makes a small "zip bomb".
 */
export function testZip(entries: readonly TestZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const piece = Buffer.from(entry.chunk, 'utf8');
    const whole = piece.length * (entry.repeat ?? 1);
    // Buffer.alloc repeats the piece; deflate shrinks repeated text about a thousandfold.
    const data = deflateRawSync(Buffer.alloc(whole, piece));
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? whole;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
