import { describe, expect, it } from 'vitest';
import { isDeputyOrMethodist } from '../src/catalogue/seed-rules.js';

describe('seed 003: the curator «из числа заместителей руководителя (методистов)»', () => {
  it.each([
    'Заместитель директора по учебно-воспитательной работе',
    'Заместитель директора по УВР',
    'Зам. директора по УВР',
    'Зам.директора по ВР',
    'заместитель руководителя (по НМР)',
    'Заместитель заведующего',
    'Заместитель директора по УР',
    'Методист',
    'Старший методист',
    'методист по дошкольному образованию',
  ])('accepts «%s»: a deputy of the head for teaching or upbringing, or a methodist', (position) => {
    expect(isDeputyOrMethodist(position)).toBe(true);
  });

  it.each([
    'Заместитель главного бухгалтера',
    'Заместитель директора по АХР',
    'Заместитель директора по административно-хозяйственной работе',
    'Заместитель директора по АХЧ',
    'Заместитель директора по безопасности',
    'Учитель математики',
    'Главный специалист отдела образования',
    'Директор',
  ])('refuses «%s»: not a deputy of the head (or one for administration and supplies), not a methodist', (position) => {
    expect(isDeputyOrMethodist(position)).toBe(false);
  });
});
