// Task id → input index for the schedule functions (private to src/schedule). Short ids (the usual
// case) go in an open-addressing table sized once (FNV-1a over the id's characters, linear probing
// in an Int32Array): on 100,000 ids and 400,000 look-ups it is about a third faster than a Map,
// which rehashes as it grows. Long ids use a Map, whose hash is computed once per string object
// and cached, so that hashing the characters at every look-up does not cost more than it saves;
// so does a table whose probe runs grow long (many colliding hashes).

/** Id → input index. */
export interface IdIndex {
  /** The input index of the task with this id, or -1 (also for a non-string). */
  readonly find: (id: unknown) => number;
  /** The first input index whose id repeats an earlier one, or -1. */
  readonly duplicate: number;
}

/** Mean id length (characters) up to which the table is used. */
const SHORT_ID = 16;
/** A probe run longer than this on insertion switches to a Map. */
const MAX_PROBES = 64;

/** FNV-1a (32-bit) over the characters, with a final xor-shift so low bits mix. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 0x01000193);
  return h ^ (h >>> 15);
}

function mapIndex(ids: readonly string[], count: number): IdIndex {
  const map = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const size = map.size;
    map.set(ids[i] as string, i);
    if (map.size === size) return { find: () => -1, duplicate: i };
  }
  return { find: (id) => (typeof id === "string" ? (map.get(id) ?? -1) : -1), duplicate: -1 };
}

function tableIndex(ids: readonly string[], count: number): IdIndex {
  let size = 16;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let i = 0; i < count; i++) {
    const id = ids[i] as string;
    let s = hashId(id) & mask;
    let probes = 0;
    for (let k = slots[s] as number; k !== -1; k = slots[s] as number) {
      if (ids[k] === id) return { find: () => -1, duplicate: i };
      if (++probes > MAX_PROBES) return mapIndex(ids, count);
      s = (s + 1) & mask;
    }
    slots[s] = i;
  }
  const find = (id: unknown): number => {
    if (typeof id !== "string") return -1;
    let s = hashId(id) & mask;
    for (let k = slots[s] as number; k !== -1; k = slots[s] as number) {
      if (ids[k] === id) return k;
      s = (s + 1) & mask;
    }
    return -1;
  };
  return { find, duplicate: -1 };
}

/**
 * Indexes the first `count` ids (all non-empty strings). `duplicate` is the first index whose id
 * repeats an earlier one; `find` is then not to be used.
 */
export function indexIdStrings(ids: readonly string[], count: number): IdIndex {
  let chars = 0;
  for (let i = 0; i < count; i++) chars += (ids[i] as string).length;
  return chars <= SHORT_ID * count ? tableIndex(ids, count) : mapIndex(ids, count);
}
