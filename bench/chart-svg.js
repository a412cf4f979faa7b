// Two hand-written SVG charts, no chart library: grouped bars (req/s per endpoint and mode) and
// lines (latency against database size). Both use log scales: the ceiling answers orders of
// magnitude faster than the app, and sizes grow tenfold per step.
const COLOURS = ['#7f8c8d', '#c0392b', '#27ae60', '#2980b9', '#8e44ad', '#d35400', '#16a085'];
const FONT = 'font-family="system-ui, sans-serif"';

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const format = (value) =>
  value >= 1000 ? `${Math.round(value / 100) / 10}k` : value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);

/** A log10 axis over the data: decades from just below the smallest to just above the largest. */
const logAxis = (values, from, to) => {
  const positive = values.filter((value) => value > 0);
  const low = positive.length > 0 ? Math.floor(Math.log10(Math.min(...positive))) : 0;
  const high = Math.max(low + 1, positive.length > 0 ? Math.ceil(Math.log10(Math.max(...positive))) : 1);
  const at = (value) => from + ((Math.log10(Math.max(value, 10 ** low)) - low) / (high - low)) * (to - from);
  const ticks = Array.from({ length: high - low + 1 }, (_, index) => 10 ** (low + index));
  return { at, ticks };
};

const svg = (width, height, title, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT} font-size="12">\n` +
  `<rect width="100%" height="100%" fill="#fff"/>\n<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">${escape(title)}</text>\n${body}</svg>\n`;

const legend = (names, x, y) =>
  names
    .map(
      (name, index) =>
        `<rect x="${x + index * 150}" y="${y}" width="12" height="12" fill="${COLOURS[index % COLOURS.length]}"/><text x="${x + index * 150 + 18}" y="${y + 11}">${escape(name)}</text>`
    )
    .join('\n');

/** groups: [{ label, values: [number|null per series] }]; series: names of the bars in a group. */
const barChart = ({ title, yLabel, series, groups }) => {
  const width = Math.max(640, 110 + groups.length * (series.length * 22 + 30));
  const height = 420;
  const [top, bottom, left] = [60, 340, 70];
  const axis = logAxis(
    groups.flatMap((group) => group.values.filter((value) => value !== null)),
    bottom,
    top
  );
  const parts = axis.ticks.map(
    (tick) =>
      `<line x1="${left}" x2="${width - 20}" y1="${axis.at(tick)}" y2="${axis.at(tick)}" stroke="#ddd"/><text x="${left - 6}" y="${axis.at(tick) + 4}" text-anchor="end">${format(tick)}</text>`
  );
  parts.push(`<text transform="translate(16 ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`);
  const groupWidth = (width - left - 20) / groups.length;
  groups.forEach((group, g) => {
    const x0 = left + g * groupWidth + (groupWidth - series.length * 22) / 2;
    group.values.forEach((value, s) => {
      if (value === null || value === undefined) return;
      const y = axis.at(value);
      parts.push(
        `<rect x="${x0 + s * 22}" y="${y}" width="18" height="${bottom - y}" fill="${COLOURS[s % COLOURS.length]}"><title>${escape(`${group.label}, ${series[s]}: ${format(value)}`)}</title></rect>`
      );
      parts.push(`<text x="${x0 + s * 22 + 9}" y="${y - 3}" text-anchor="middle" font-size="9">${format(value)}</text>`);
    });
    parts.push(
      `<text x="${left + g * groupWidth + groupWidth / 2}" y="${bottom + 16}" text-anchor="middle" font-size="11">${escape(group.label)}</text>`
    );
  });
  parts.push(`<line x1="${left}" x2="${width - 20}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);
  parts.push(legend(series, left, height - 40));
  return svg(width, height, title, parts.join('\n'));
};

/** xs: the sizes; lines: [{ name, values: [number|null per x], dashed, colour (index) }]. */
const lineChart = ({ title, xLabel, yLabel, xs, lines }) => {
  const [width, height, top, bottom, left, right] = [720, 440, 60, 330, 70, 700];
  const x = logAxis(xs, left + 30, right - 30);
  const y = logAxis(
    lines.flatMap((line) => line.values.filter((value) => value !== null && value !== undefined)),
    bottom,
    top
  );
  const parts = y.ticks.map(
    (tick) =>
      `<line x1="${left}" x2="${right}" y1="${y.at(tick)}" y2="${y.at(tick)}" stroke="#ddd"/><text x="${left - 6}" y="${y.at(tick) + 4}" text-anchor="end">${format(tick)}</text>`
  );
  xs.forEach((value) => parts.push(`<text x="${x.at(value)}" y="${bottom + 16}" text-anchor="middle">${format(value)}</text>`));
  parts.push(`<text x="${(left + right) / 2}" y="${bottom + 34}" text-anchor="middle">${escape(xLabel)}</text>`);
  parts.push(`<text transform="translate(16 ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle">${escape(yLabel)}</text>`);
  lines.forEach((line, index) => {
    const colour = COLOURS[((line.colour ?? index) + 1) % COLOURS.length];
    const dash = line.dashed ? 'stroke-dasharray="6 4"' : '';
    const points = xs.map((value, i) => [x.at(value), line.values[i]]).filter(([, value]) => value !== null && value !== undefined);
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" ${dash} points="${points.map(([px, value]) => `${px},${y.at(value)}`).join(' ')}"/>`
    );
    points.forEach(([px, value]) =>
      parts.push(
        `<circle cx="${px}" cy="${y.at(value)}" r="3" fill="${colour}"><title>${escape(`${line.name}: ${format(value)}`)}</title></circle>`
      )
    );
    const [lx, ly] = [left + (index % 4) * 160, height - 48 + Math.floor(index / 4) * 18];
    parts.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2" ${dash}/><text x="${lx + 28}" y="${ly + 4}">${escape(line.name)}</text>`
    );
  });
  parts.push(`<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`);
  return svg(width, height, title, parts.join('\n'));
};

module.exports = { barChart, lineChart };
