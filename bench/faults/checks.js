// What a scenario found: named pass/fail checks, facts for the report, and notes.
const createFindings = (title) => {
  const checks = [];
  const facts = [];
  const notes = [];
  return {
    title,
    checks,
    facts,
    notes,
    /** Records a check; `detail` says what was seen, pass or fail. Returns whether it passed. */
    check: (name, ok, detail = '') => {
      checks.push({ name, ok: Boolean(ok), detail: String(detail) });
      return Boolean(ok);
    },
    fact: (name, value) => facts.push({ name, value: String(value) }),
    note: (text) => notes.push(text),
    passed: () => checks.every((check) => check.ok),
  };
};

/** A list of problems as a check detail: the first few, and how many in all. */
const listed = (problems, shown = 3) =>
  problems.length === 0 ? 'none' : `${problems.length}: ${problems.slice(0, shown).join('; ')}${problems.length > shown ? '; …' : ''}`;

module.exports = { createFindings, listed };
