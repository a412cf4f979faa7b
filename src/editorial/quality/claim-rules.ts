import type { Core, Modules } from '@strapi/strapi';
import { DEFAULT_CLAIM_RULES, findHealthClaims, type ClaimRule } from './health-claims';
import { fieldError } from '../../platform/errors/field-error';
import { documentsOf } from '../../content-model/documents';

export const CLAIM_RULE = 'api::health-claim-rule.health-claim-rule';

type RuleRow = { ruleId: string; pattern: string; why: string; severity: ClaimRule['severity'] };

/** The rules editors keep in the admin panel (Content Manager → Health claim rule), enabled ones only. */
export const loadClaimRules = async (strapi: Core.Strapi): Promise<ClaimRule[]> => {
  const rows: RuleRow[] = await strapi.db.query(CLAIM_RULE).findMany({ where: { enabled: true }, orderBy: { ruleId: 'asc' } });
  return rows.map(({ ruleId, pattern, why, severity }) => ({ id: ruleId, pattern, why, severity }));
};

// A rule an editor broke (saved before patterns were checked, or by a script) is reported,
// not allowed to sink a whole report or panel.
export const usableRules = (rules: ClaimRule[]) => {
  const invalidRules: Array<{ ruleId: string; error: string }> = [];
  const usable = rules.filter((rule) => {
    try {
      findHealthClaims('', [rule]);
      return true;
    } catch (error) {
      invalidRules.push({ ruleId: rule.id, error: (error as Error).message });
      return false;
    }
  });
  return { usable, invalidRules };
};

/** A new install starts with the project's rule list; editors extend or switch off rules from there. */
export const seedDefaultClaimRules = async (strapi: Core.Strapi) => {
  if ((await strapi.db.query(CLAIM_RULE).count()) > 0) return;
  for (const rule of DEFAULT_CLAIM_RULES) {
    await documentsOf(strapi, CLAIM_RULE).create({
      data: { ruleId: rule.id, pattern: rule.pattern, why: rule.why, severity: rule.severity, enabled: true },
    });
  }
};

/** A rule whose pattern is not a valid regular expression is refused when saved, not when a report runs. */
export const validateClaimPatterns: Modules.Documents.Middleware.Middleware = async (context, next) => {
  const data = (context.params as { data?: { pattern?: unknown } }).data;
  if (context.uid === CLAIM_RULE && typeof data?.pattern === 'string') {
    try {
      new RegExp(data.pattern, 'i');
    } catch (error) {
      const message = `The pattern is not a valid regular expression: ${(error as Error).message}`;
      throw fieldError('pattern', message);
    }
  }
  return next();
};
