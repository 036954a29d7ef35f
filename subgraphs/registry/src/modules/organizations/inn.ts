const LEGAL_ENTITY_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The check digit of a legal entity's ИНН from its first nine digits. */
export function innCheckDigit(firstNine: string): number {
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * LEGAL_ENTITY_WEIGHTS[index]!, 0);
  return (sum % 11) % 10;
}

/** A legal entity's ИНН: ten digits, the last one the check digit of the others. */
export function isValidLegalEntityInn(inn: string): boolean {
  return /^\d{10}$/.test(inn) && innCheckDigit(inn.slice(0, 9)) === Number(inn[9]);
}
