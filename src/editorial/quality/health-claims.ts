import defaultRules from './health-claims.json';
import { splitSentences } from '../../content-model/rich-text/sentences';

/** A claim editors should check: pattern is a JavaScript regular expression, matched case-insensitively. */
export type ClaimRule = { id: string; pattern: string; why: string; severity: 'disputed' | 'needs-source' };

export type ClaimFinding = { ruleId: string; why: string; severity: ClaimRule['severity']; match: string; sentence: string };

const SEVERITIES = new Set<string>(['disputed', 'needs-source']);

const checkedRules = (rules: unknown[]): ClaimRule[] =>
  rules.map((rule, index) => {
    const candidate = rule as Partial<ClaimRule>;
    const isValid =
      typeof candidate.id === 'string' &&
      typeof candidate.pattern === 'string' &&
      typeof candidate.why === 'string' &&
      SEVERITIES.has(String(candidate.severity));
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

// Words that, shortly before a claim, mean the sentence is debunking it ("massage does not
// flush out lactic acid", "there is no evidence that ..."): good writing, not a claim.
const NEGATION = /\b(?:not|no|never|nor|cannot|can't|won't|isn't|doesn't|don't|aren't|myths?|unlikely|without)\b|n[’']t\b/i;
const NEGATION_REACH_WORDS = 12;

const isDebunked = (sentence: string, matchIndex: number) => {
  const before = sentence.slice(0, matchIndex).split(/\s+/).slice(-NEGATION_REACH_WORDS).join(' ');
  return NEGATION.test(before);
};

/**
 * Health claims in a text that need a source or are commonly disputed, one finding per rule and
 * sentence, in the order of the text, each with the words that matched and the whole sentence.
 * A claim the sentence itself negates is not reported.
 */
export const findHealthClaims = (text: string, rules: ClaimRule[]): ClaimFinding[] => {
  const compiled = rules.map((rule) => ({ rule, pattern: compile(rule) }));
  return splitSentences(text).flatMap((sentence) =>
    compiled.flatMap(({ rule, pattern }) => {
      const found = pattern.exec(sentence);
      const match = found?.[0];
      // A pattern that can match nothing ("a*") would flag every sentence.
      if (!found || !match?.trim() || isDebunked(sentence, found.index)) return [];
      return [{ ruleId: rule.id, why: rule.why, severity: rule.severity, match: match.trim(), sentence }];
    })
  );
};
