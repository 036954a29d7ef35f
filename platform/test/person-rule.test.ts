import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforcePersonArguments } from '../src/server/person-arguments.js';
import { enforcePersonVisibility } from '../src/server/person-rule.js';

/** The person rule is checked when a subgraph starts, so a new field or argument cannot skip it. */
const DIRECTIVE = 'directive @person on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION type Person { id: ID! }';

describe('the person rule at start', () => {
  it.each([
    [
      'a Person field that is not nullable',
      'type Query { head: Person! }',
      'Query.head yields a Person and must be nullable',
    ],
    [
      'a list of people whose elements are not nullable',
      'type Query { authors: [Person!]! }',
      'Query.authors yields a Person and must be nullable',
    ],
  ])('refuses %s', (_, sdl, message) => {
    expect(() => enforcePersonVisibility(buildSchema(`${DIRECTIVE} ${sdl}`))).toThrow(message);
  });

  it('lets a mutation return Person! (it answers FORBIDDEN instead of null)', () => {
    expect(() =>
      enforcePersonVisibility(
        buildSchema(`${DIRECTIVE} type Query { a: Int } type Mutation { createPerson: Person! }`),
      ),
    ).not.toThrow();
  });

  it.each([
    [
      'an argument',
      'type Query { pairs(mentorPersonId: ID): Int }',
      'Query.pairs(mentorPersonId) names a person: mark it @person',
    ],
    [
      'a nested input field',
      'input Author { personIds: [ID!] } input PracticeInput { authors: Author } type Query { a(input: PracticeInput): Int }',
      'Author.personIds names a person: mark it @person',
    ],
  ])('refuses %s that names a person without @person', (_, sdl, message) => {
    expect(() => enforcePersonArguments(buildSchema(`${DIRECTIVE} ${sdl}`))).toThrow(message);
  });
});
