import defaultRules from './health-claims.json';
import { splitSentences } from './sentences';

/** A claim editors should check: pattern is a JavaScript regular expression, matched case-insensitively. */
export type ClaimRule = { id: string; pattern: string; why: string; severity: 'disputed' | 'needs-source' };

export type ClaimFinding = { ruleId: string; why: string; severity: ClaimRule['severity']; match: string; sentence: string };

const SEVERITIES = new Set<string>(['disputed', 'needs-source']);

const checkedRules = (rules: unknown[]): ClaimRule[] =>
  rules.map((rule, index) => {
    const candidate = rule as Partial<ClaimRule>;
    const isValid =
      typeof candidate.id === 'string' && typeof candidate.pattern === 'string' && typeof candidate.why === 'string' && SEVERITIES.has(String(candidate.severity));
    if (!isValid) throw new Error(`Health-claim rule #${index + 1} (${String(candidate.id)}) needs an id, a pattern, a why and a severity`);
    return candidate as ClaimRule;
  });

/** The claims editors maintain in health-claims.json. */
export const DEFAULT_CLAIM_RULES: ClaimRule[] = checkedRules(defaultRules);

const compile = (rule: ClaimRule): RegExp => {
  try {
    // No "u" flag: unicode mode rejects escapes such as "\-" that editors commonly write.
    return new RegExp(rule.pattern, 'i');
  } catch (error) {
    throw new Error(`Health-claim rule "${rule.id}" has an invalid pattern: ${(error as Error).message}`);
  }
};

/**
 * Health claims in a text that need a source or are commonly disputed, one finding per rule and
 * sentence, in the order of the text, each with the words that matched and the whole sentence.
 */
export const findHealthClaims = (text: string, rules: ClaimRule[]): ClaimFinding[] => {
  const compiled = rules.map((rule) => ({ rule, pattern: compile(rule) }));
  return splitSentences(text).flatMap((sentence) =>
    compiled.flatMap(({ rule, pattern }) => {
      const match = pattern.exec(sentence)?.[0];
      // A pattern that can match nothing ("a*") would flag every sentence.
      if (!match?.trim()) return [];
      return [{ ruleId: rule.id, why: rule.why, severity: rule.severity, match: match.trim(), sentence }];
    }),
  );
};
