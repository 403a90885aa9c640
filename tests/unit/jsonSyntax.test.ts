import { describe, expect, it } from 'vitest';
import { jsonProblem } from '../../src/check/jsonSyntax';

describe('jsonProblem', () => {
  it('accepts JSON in any layout', () => {
    expect(jsonProblem('[{"id": "a"},\n\n  {"id":"b"}]')).toBeUndefined();
  });

  it('finds a comma after the last entry, with its line', () => {
    expect(jsonProblem('[\n  { "id": "a" },\n  { "id": "b" },\n]\n')).toEqual({
      line: 3,
      message:
        'a comma after the last entry of a list or group; remove that comma (every entry but the last ends with one)',
    });
  });

  it.each([
    ['a missing comma', '[\n  { "id": "a" }\n  { "id": "b" }\n]', 3],
    ['a name without quotes', '[\n  { id: "a" }\n]', 2],
    ['a text not closed', '[\n  { "id": "a }\n]', 2],
  ])('gives the line of %s', (_, text, line) => {
    const problem = jsonProblem(text);
    expect(problem?.message).toMatch(
      /^the file is not valid JSON \(.+\); check the commas and quotes/,
    );
    expect(problem?.line).toBe(line);
  });
});
