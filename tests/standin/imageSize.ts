/**
 * Width, height and extension of an uploaded image, as the asset pipeline derives them for an
 * asset id (`image-{sha1}-{w}x{h}-{ext}`). PNG and JPEG are enough for the tests.
 */
export interface ImageSize {
  readonly width: number;
  readonly height: number;
  readonly extension: 'png' | 'jpg';
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function readImageSize(bytes: Buffer): ImageSize | undefined {
  // PNG: the IHDR chunk follows the 8-byte signature; width and height are at bytes 16 and 20.
  if (bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), extension: 'png' };
  }
  // JPEG: walk the segments to the first start-of-frame marker (SOF0–SOF15 except 4, 8, 12).
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1] ?? 0;
      const length = bytes.readUInt16BE(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7), extension: 'jpg' };
      }
      at += 2 + length;
    }
  }
  return undefined;
}
