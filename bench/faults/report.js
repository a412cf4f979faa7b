// The Markdown report of a fault run: bench/results/faults-<date>.md, one section per
// scenario with its checks (pass or fail, and what was seen) and its figures.
const fs = require('fs');
const path = require('path');
const { table } = require('../report-format');

const section = (name, findings) =>
  [
    `## ${name}: ${findings.title}`,
    '',
    `**${findings.passed() ? 'PASS' : 'FAIL'}**`,
    '',
    table(
      ['Check', 'Result', 'Seen'],
      findings.checks.map((check) => [check.name, check.ok ? 'pass' : '**FAIL**', check.detail])
    ),
    '',
    ...(findings.facts.length > 0
      ? [
          table(
            ['Figure', 'Value'],
            findings.facts.map((fact) => [fact.name, fact.value])
          ),
          '',
        ]
      : []),
    ...findings.notes.map((note) => `${note}\n`),
  ].join('\n');

const writeFaultReport = ({ outDir, startedAt, command, machine, options, results, seconds }) => {
  const date = startedAt.slice(0, 10);
  const file = path.join(outDir, `faults-${date}.md`);
  const lines = [
    `# Load and fault scenarios (${date})`,
    '',
    `\`${command}\``,
    '',
    `${machine.cpus} × ${machine.cpuModel}, ${machine.memory}, ${machine.os}; Node ${machine.node}, Strapi ${machine.strapi}, ${machine.database}${machine.nginx ? `, ${machine.nginx}` : ''}.`,
    `Started ${startedAt.replace('T', ' ').slice(0, 19)} UTC, took ${Math.round(seconds)} s. ${options.size} published articles seeded; ` +
      `${options.connections} connections, ${options.writeShare * 100}% writes; soak ${options.duration} s after a ${options.warmup} s warm-up; outage ${options.outage} s; ${options.kills} kills.`,
    'Everything runs on 127.0.0.1 on private ports: a PostgreSQL cluster of this run (removed afterwards), the compiled app with NODE_ENV=production in child processes, and nginx for the two-instance scenario.',
    '',
    table(
      ['Scenario', 'Result', 'Checks failed'],
      results.map(({ name, findings }) => [
        name,
        findings.passed() ? 'pass' : '**FAIL**',
        findings.checks
          .filter((check) => !check.ok)
          .map((check) => check.name)
          .join('; ') || '–',
      ])
    ),
    '',
    ...results.map(({ name, findings }) => section(name, findings)),
  ];
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n').trimEnd()}\n`);
  return file;
};

module.exports = { writeFaultReport };
