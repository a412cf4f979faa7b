import { defineScript, type CommandParser } from 'redis';

/**
 * Lua run inside Redis, so each step is atomic across every instance sharing it.
 *
 * Keys, under one prefix: `versions`, a hash holding the invalidation `clock` and, for each tag
 * (a model uid), the clock value of its last invalidation; `tag:<uid>`, the set of entry keys
 * built from that model; `entry:<build>:<cache key>`, a hash with the answer's fields. Tags are
 * stored space-separated: model uids hold no spaces.
 */

/** The fields of an entry, in the order `getEntry` returns them. */
const ENTRY_FIELDS = ['status', 'headers', 'body', 'gzip', 'br', 'tags', 'since'] as const;
export type EntryReply = Array<Buffer | null>;

// An answer begun at `since` may hold rows from before any invalidation of its tags after
// that point. A clock behind `since` means the versions were lost (evicted or flushed), and
// then nothing from before can be trusted.
const IS_STALE = `
local function isStale(versionsKey, tagList, since)
  local fields = { 'clock' }
  for tag in string.gmatch(tagList, '%S+') do fields[#fields + 1] = tag end
  local versions = redis.call('HMGET', versionsKey, unpack(fields))
  if (tonumber(versions[1]) or 0) < since then return true end
  for i = 2, #versions do
    if versions[i] and tonumber(versions[i]) > since then return true end
  end
  return false
end
`;

/**
 * Reads an entry, checked against the versions once more: an invalidation deletes the entries
 * it finds through the tag sets, but under memory pressure Redis may have evicted a set.
 */
export const getEntry = defineScript({
  NUMBER_OF_KEYS: 2,
  SCRIPT: `${IS_STALE}
local entry = redis.call('HMGET', KEYS[1], '${ENTRY_FIELDS.join("', '")}')
if not entry[1] then return false end
if isStale(KEYS[2], entry[6], tonumber(entry[7])) then return false end
return entry`,
  parseCommand: (parser: CommandParser, entryKey: string, versionsKey: string) => {
    parser.pushKeys([entryKey, versionsKey]);
  },
  transformReply: (reply: unknown) => reply as EntryReply | null,
});

type EntryFields = { status: string; headers: string; body: Buffer; gzip?: Buffer; br?: Buffer; tags: string[] };

/** Keeps an entry unless one of its tags was invalidated after `since`; 1 when kept. */
export const keepEntry = defineScript({
  SCRIPT: `${IS_STALE}
local since, ttl, tagList = tonumber(ARGV[1]), ARGV[2], ARGV[8]
if isStale(KEYS[1], tagList, since) then return 0 end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[2], 'status', ARGV[3], 'headers', ARGV[4], 'body', ARGV[5], 'tags', tagList, 'since', ARGV[1])
if ARGV[6] ~= '' then redis.call('HSET', KEYS[2], 'gzip', ARGV[6], 'br', ARGV[7]) end
redis.call('EXPIRE', KEYS[2], ttl)
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[2])
  redis.call('EXPIRE', KEYS[i], ttl)
end
return 1`,
  parseCommand: (
    parser: CommandParser,
    keys: { versions: string; entry: string; tagSets: string[] },
    since: number,
    ttlSeconds: number,
    fields: EntryFields
  ) => {
    parser.pushKeysLength([keys.versions, keys.entry, ...keys.tagSets]);
    parser.push(
      String(since),
      String(ttlSeconds),
      fields.status,
      fields.headers,
      fields.body,
      fields.gzip ?? '',
      fields.br ?? '',
      fields.tags.join(' ')
    );
  },
  transformReply: (reply: unknown) => reply as number,
});

/** Moves the clock on, marks the tags invalidated at that point, and deletes their entries. */
export const invalidateTags = defineScript({
  SCRIPT: `
local now = redis.call('HINCRBY', KEYS[1], 'clock', 1)
for i, tag in ipairs(ARGV) do
  redis.call('HSET', KEYS[1], tag, now)
  for _, entryKey in ipairs(redis.call('SMEMBERS', KEYS[i + 1])) do redis.call('DEL', entryKey) end
  redis.call('DEL', KEYS[i + 1])
end
return now`,
  parseCommand: (parser: CommandParser, versionsKey: string, tagSets: string[], tags: string[]) => {
    parser.pushKeysLength([versionsKey, ...tagSets]);
    parser.push(...tags);
  },
  transformReply: (reply: unknown) => reply as number,
});
