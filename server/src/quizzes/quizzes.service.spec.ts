import type { QuestionDefinition } from '../content/content.types';
import { gradeAnswer } from './quizzes.service';

const text = { en: 'x', es: 'x' };
const question = (kind: QuestionDefinition['kind'], correct: string[]): QuestionDefinition => ({
  id: 'q',
  kind,
  lessonId: 'l',
  prompt: text,
  explanation: text,
  choices: ['a', 'b', 'c'].map((id) => ({ id, text, correct: correct.includes(id) })),
});

describe('gradeAnswer', () => {
  it('needs exactly the correct choices of a MULTIPLE question', () => {
    const multiple = question('MULTIPLE', ['a', 'c']);
    expect(gradeAnswer(multiple, ['c', 'a'])).toBe(true);
    expect(gradeAnswer(multiple, ['a'])).toBe(false);
    expect(gradeAnswer(multiple, ['a', 'b', 'c'])).toBe(false);
  });

  it('counts an unanswered question as wrong', () => {
    expect(gradeAnswer(question('SINGLE', ['b']), [])).toBe(false);
  });

  it('ignores a choice repeated in the answer', () => {
    expect(gradeAnswer(question('SINGLE', ['b']), ['b', 'b'])).toBe(true);
  });
});
