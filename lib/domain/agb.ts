// AGB code (Algemeen GegevensBeheer zorgverleners, Vektis): eight digits. In iWmo/iJw 3.2 it is the Ontvanger of a
// toewijzing message (DOMAIN.md §5), so a wrong code sends the message nowhere. The first two digits are the kind of
// zorgverlener (Wmo and Jeugd providers are mostly 98); the code has no check digit, so format is all we can check.

const AGB_CODE = /^\d{8}$/;

export const AGB_ERROR = 'Vul een AGB-code van 8 cijfers in, bijvoorbeeld 98100011.';

/** '98 10 00 11', '98-100011', ' 98100011 ' → '98100011'; null when it is not eight digits (or all zeros). */
export const normalizeAgbCode = (input: string): string | null => {
  const compact = input.replace(/[\s.-]/g, '');
  if (!AGB_CODE.test(compact) || /^0+$/.test(compact)) return null;
  return compact;
};

export const isAgbCode = (input: string): boolean => normalizeAgbCode(input) === input;
