const LEGAL_ENTITY_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The check digit of a legal entity's ИНН from its first nine digits. */
export function innCheckDigit(firstNine: string): number {
  const digits = Array.from(firstNine);
  if (digits.length !== LEGAL_ENTITY_WEIGHTS.length) {
    throw new Error(`innCheckDigit needs the first nine digits of an ИНН, got «${firstNine}»`);
  }
  const sum = LEGAL_ENTITY_WEIGHTS.reduce((total, weight, index) => total + Number(digits[index]) * weight, 0);
  return (sum % 11) % 10;
}

/** A legal entity's ИНН: ten digits, the last one the check digit of the others. */
export function isValidLegalEntityInn(inn: string): boolean {
  return /^\d{10}$/.test(inn) && innCheckDigit(inn.slice(0, 9)) === Number(inn[9]);
}
