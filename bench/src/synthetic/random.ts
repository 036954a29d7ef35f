import { createHash } from 'node:crypto';

/**
 * A seeded pseudo-random stream (sfc32): the same seed gives the same numbers on every machine and Node version, so a
 * scale's rows — their ids included — come out byte-identical on every run. Math.random and crypto.randomUUID would not.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** Seeded from a text key (e.g. `region:67`), so each region has a stream of its own whatever else is generated. */
  constructor(key: string) {
    const digest = createHash('sha256').update(`mentoring-synthetic:${key}`).digest();
    this.#a = digest.readUInt32LE(0);
    this.#b = digest.readUInt32LE(4);
    this.#c = digest.readUInt32LE(8);
    this.#d = digest.readUInt32LE(12);
    // The first outputs of sfc32 still echo the seed; the reference implementation discards them the same way.
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  /** The next 32 random bits as an unsigned integer. */
  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('Random.pick from an empty list');
    return item;
  }

  /** A version-4-layout UUID drawn from the stream (not from the system's entropy). */
  uuid(): string {
    const hex = [this.uint32(), this.uint32(), this.uint32(), this.uint32()]
      .map((word) => word.toString(16).padStart(8, '0'))
      .join('');
    const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
