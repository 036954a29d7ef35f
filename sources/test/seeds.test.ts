import { describe, expect, it } from 'vitest';
import { isNamedIn, isQuotedFrom, seedTexts, sourceProblem } from '../src/testing.js';
import { SOURCE_DOCUMENTS } from '../src/sources.js';

describe('quotes of the seeds', () => {
  const text =
    'Размещение на странице, в том числе размещение\tОтдел образования\n\n\tЕдиной информационно й базы наставников';

  it('ignores whitespace only: split words and line breaks still match, other characters must be exact', () => {
    expect(isQuotedFrom(text, 'Единой информационной базы наставников')).toBe(true);
    expect(isQuotedFrom(text, 'Единой Информационной базы')).toBe(false);
    expect(isQuotedFrom('«педагог — педагог»', '«педагог – педагог»')).toBe(false);
  });

  it('reads «…» as an omission: the parts occur in order', () => {
    expect(isQuotedFrom(text, 'в том числе размещение … Единой информационной базы наставников')).toBe(true);
    expect(isQuotedFrom(text, 'Единой информационной базы … в том числе размещение')).toBe(false);
    expect(isQuotedFrom(text, '…')).toBe(false);
  });

  const texts = seedTexts();
  it.skipIf(!texts)(
    'finds a known quote in its seed and refuses one from another seed (seeds at ../shared/seeds)',
    () => {
      const title = SOURCE_DOCUMENTS.ZNAMENSKY_ORDER_96D.title;
      expect(
        sourceProblem(texts!, { document: title, clause: 'Приложение 1, 3', quote: '«педагог — педагог»' }),
      ).toBeNull();
      expect(sourceProblem(texts!, { document: title, clause: 'Приложение 1, 3', quote: 'Ученик-ученик' })).toMatch(
        /not in seed 003/,
      );
      expect(sourceProblem(texts!, { document: 'Положение', clause: '1', quote: 'x' })).toMatch(/unknown document/);
    },
  );
});

describe('catalogue names', () => {
  it('are the passage’s words in order, whatever their case or grammatical form', () => {
    expect(isNamedIn('Доля педагогических работников – кандидатов в РМА от общего числа', 'Кандидат в РМА')).toBe(true);
    expect(isNamedIn('Работодатель-\nученик', 'работодатель – ученик')).toBe(true);
    expect(isNamedIn('Доля педагогических работников – кандидатов в РМА', 'Кандидат в наставники')).toBe(false);
    expect(isNamedIn('ученик – учитель', 'учитель – ученик')).toBe(false);
  });
});
