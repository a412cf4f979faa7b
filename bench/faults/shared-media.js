// Media shared by two instances through an S3 bucket (OpenStack Swift on loopback): an image
// uploaded through instance A is listed by B and by nginx with the same URLs, every copy of it
// is readable there, an article page read through nginx and A shows it after B set it as the
// cover, and a delete through B removes every copy for all of them.
const sharp = require('sharp');
const { listed } = require('./checks');

const landscape = () =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="800">
      <defs><linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="#674ea7"/><stop offset="1" stop-color="#f4cccc"/></linearGradient></defs>
      <rect width="1400" height="800" fill="url(#sky)"/><path d="M0 560 Q350 400 700 540 T1400 500 V800 H0 Z" fill="#5b7f4a"/></svg>`)
  )
    .jpeg({ quality: 85 })
    .toBuffer();

// Strapi's renditions of a 1,400 px image, and WebP and AVIF copies at their widths and the original's.
const EXPECTED_FORMATS = [
  'thumbnail',
  'small',
  'medium',
  'large',
  ...['small', 'medium', 'large', 'full'].flatMap((size) => [`${size}_webp`, `${size}_avif`]),
]
  .sort()
  .join(', ');

const statusOf = async (url) => (await fetch(url)).status;

const checkSharedMedia = async ({ a, b, proxy, manifest, findings }) => {
  const auth = { authorization: `Bearer ${manifest.token}` };
  const form = new FormData();
  form.append('files', new Blob([await landscape()], { type: 'image/jpeg' }), 'hills-at-dusk.jpg');
  const uploaded = await fetch(`${a.baseUrl}/api/upload`, { method: 'POST', body: form, headers: auth });
  const file = (await uploaded.json())?.[0];
  if (!findings.check('an image uploaded through instance A is stored', uploaded.status === 201 && file?.url, `answer ${uploaded.status}`))
    return;
  const urls = [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)];
  const formats = Object.keys(file.formats ?? {})
    .sort()
    .join(', ');

  const views = { 'instance B': b.baseUrl, nginx: proxy.baseUrl };
  const listedBy = await Promise.all(
    Object.entries(views).map(async ([view, baseUrl]) => {
      const answer = await fetch(`${baseUrl}/api/upload/files/${file.id}`, { headers: auth });
      const seen = answer.status === 200 ? await answer.json() : null;
      return seen?.url === file.url ? null : `${view}: ${answer.status} ${seen?.url ?? ''}`;
    })
  );
  const unreadable = [];
  for (const url of urls) {
    const status = await statusOf(url);
    if (status !== 200) unreadable.push(`${url}: ${status}`);
  }
  findings.check(
    'instance B and nginx list it with the same URL, and every copy is readable from the bucket',
    listedBy.every((problem) => problem === null) && unreadable.length === 0 && formats === EXPECTED_FORMATS,
    `${urls.length} copies (${formats}); ${listed([...listedBy.filter(Boolean), ...unreadable])}`
  );

  const article = manifest.articles[7];
  const covered = await fetch(`${b.baseUrl}/api/articles/${article.documentId}?status=published`, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ data: { cover: { image: file.id, alt: 'Hills at dusk under a violet sky' } } }),
  });
  const pages = await Promise.all(
    [proxy.baseUrl, a.baseUrl].map(async (baseUrl) => {
      const answer = await fetch(`${baseUrl}/api/articles/slug/${encodeURIComponent(article.slug)}`);
      return answer.status === 200 ? (await answer.json()).data?.cover?.image?.url : `answer ${answer.status}`;
    })
  );
  findings.check(
    'an article that instance B gave the image as cover shows it through nginx and instance A',
    covered.status === 200 && pages.every((url) => url === file.url),
    `cover set: ${covered.status}; seen: ${pages.join(', ')}`
  );

  const removed = await fetch(`${b.baseUrl}/api/upload/files/${file.id}`, { method: 'DELETE', headers: auth });
  const gone = [];
  for (const baseUrl of [a.baseUrl, proxy.baseUrl]) {
    const status = (await fetch(`${baseUrl}/api/upload/files/${file.id}`, { headers: auth })).status;
    if (status !== 404) gone.push(`${baseUrl === a.baseUrl ? 'instance A' : 'nginx'} lists it: ${status}`);
  }
  for (const url of urls) {
    const status = await statusOf(url);
    if (status !== 404) gone.push(`${url}: ${status}`);
  }
  findings.check(
    'a delete through instance B removes the file and every copy, for A and nginx too',
    removed.status === 200 && gone.length === 0,
    `delete: ${removed.status}; still there: ${listed(gone)}`
  );
};

module.exports = { checkSharedMedia };
