// A 32-bit seed for one named stream of random numbers, from the run's seed and the stream's name.
// Naming streams (rather than numbering them in order) keeps common random numbers stable when a plan
// gains or loses an indicator: every other stream keeps its draws.

/** FNV-1a over the UTF-16 code units of `${seed}:${name}`, then a murmur3 finaliser to spread the bits. */
export function streamSeed(seed: number, name: string): number {
  const text = `${seed >>> 0}:${name}`;
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
