// The media benchmark's report: a Markdown table per question, the raw figures as JSON, and
// one chart of the bytes each format takes on the demo images.
const fs = require('fs');
const path = require('path');
const { barChart } = require('../chart-svg');

const kb = (value) => `${Math.round(value).toLocaleString('en-GB')} KB`;
const saved = (value, base) => `${Math.round((1 - value / base) * 100)}%`;

const uploadTable = (results) => [
  '| storage | WebP and AVIF copies | upload of the photo, median (ms) | uploads | format served | req/s | p50 (ms) | p99 (ms) | non-2xx |',
  '|---|---|---:|---:|---|---:|---:|---:|---:|',
  ...results.map(
    (result) =>
      `| ${result.storage === 's3' ? 'S3 bucket (Swift)' : 'local folder'} | ${result.modern ? 'yes' : 'no'} | ${Math.round(result.uploadMedianMs)} | ${result.uploads.length} | ${result.served.format} ${result.served.width} px | ${Math.round(result.served.rps)} | ${result.served.p50} | ${result.served.p99} | ${result.served.non2xx} |`
  ),
];

const savingsTable = (demo) => {
  const bySize = {};
  for (const row of demo.rows) {
    const entry = (bySize[row.size] ??= { images: 0, original: 0, webp: 0, avif: 0 });
    entry.images += 1;
    entry.original += row.original;
    entry.webp += row.webp;
    entry.avif += row.avif;
  }
  return [
    '| width | copies | original type (JPEG) | WebP | saved | AVIF | saved |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(bySize).map(
      ([size, entry]) =>
        `| ${size} | ${entry.images} | ${kb(entry.original)} | ${kb(entry.webp)} | ${saved(entry.webp, entry.original)} | ${kb(entry.avif)} | ${saved(entry.avif, entry.original)} |`
    ),
    `| **all** | ${demo.rows.length} | ${kb(demo.totals.original)} | ${kb(demo.totals.webp)} | ${saved(demo.totals.webp, demo.totals.original)} | ${kb(demo.totals.avif)} | ${saved(demo.totals.avif, demo.totals.original)} |`,
  ];
};

const writeMediaReport = ({ outDir, startedAt, machine, image, settings, results }) => {
  fs.mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, `media-${startedAt.slice(0, 10)}`);
  const demo = results.find((result) => result.demo)?.demo;
  const lines = [
    `# Media: local folder and S3 bucket, ${startedAt.slice(0, 10)}`,
    '',
    `\`npm run bench:media\` on ${machine.cpus} × ${machine.cpuModel}, ${machine.memory}, Node ${machine.node}, Strapi ${machine.strapi}.`,
    `Each storage is the compiled app in production mode on SQLite, in its own process; the S3 bucket is OpenStack Swift 2.30 (s3api) on loopback, one replica.`,
    '',
    `## Upload and read`,
    '',
    `${settings.uploads} uploads of one ${image.width} × ${image.height} JPEG of ${(image.bytes / 1e6).toFixed(2)} MB through \`POST /api/upload\`, one at a time (the first is a warm-up; the median is of the rest), timed by the client from request to answer: the upload plugin's checks, Strapi's renditions (thumbnail, small, medium, large), the WebP and AVIF copies where on, and the writes to the storage. Then the medium copy is read for ${settings.serveSeconds} s by autocannon with ${settings.connections} connections, after a warm-up of the same length: from the app's /uploads for the local folder, from Swift's public URL for the bucket (what a CDN in front of it would fetch on a miss).`,
    '',
    ...uploadTable(results),
    '',
  ];
  if (demo) {
    lines.push(
      '## WebP and AVIF on the demo images',
      '',
      'Every demo cover (1,200 × 675) and avatar (400 × 400) as the seed uploads it, each copy against the JPEG of the same width (the original itself for `full`).',
      '',
      ...savingsTable(demo),
      '',
      `![Bytes per format on the demo images](${path.basename(base)}.svg)`,
      '',
      `AVIF encoder effort, on a demo cover resized to 1,000 px at quality 50 (median of 5): effort 2 (the app's) ${Math.round(demo.efforts[2].ms)} ms and ${demo.efforts[2].bytes.toLocaleString('en-GB')} bytes, effort 4 (sharp's default) ${Math.round(demo.efforts[4].ms)} ms and ${demo.efforts[4].bytes.toLocaleString('en-GB')} bytes.`,
      ''
    );
    const sizes = [...new Set(demo.rows.map((row) => row.size))];
    const sum = (size, key) => demo.rows.filter((row) => row.size === size).reduce((total, row) => total + row[key], 0);
    fs.writeFileSync(
      `${base}.svg`,
      barChart({
        title: 'Demo images: KB per width and format (log scale)',
        yLabel: 'KB',
        series: ['JPEG', 'WebP', 'AVIF'],
        groups: sizes.map((size) => ({ label: size, values: [sum(size, 'original'), sum(size, 'webp'), sum(size, 'avif')] })),
      })
    );
  }
  fs.writeFileSync(`${base}.md`, `${lines.join('\n')}\n`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify({ startedAt, machine, image, settings, results }, null, 2)}\n`);
  return `${base}.md`;
};

module.exports = { writeMediaReport };
