import { choose, toAnswerInput, unanswered } from './answers';

describe('quiz answers', () => {
  it('keeps one choice for single-answer questions', () => {
    const first = choose({}, 'q1', 'a', 'SINGLE', true);
    expect(choose(first, 'q1', 'b', 'SINGLE', true)).toEqual({ q1: ['b'] });
  });

  it('adds and removes choices for multiple-answer questions', () => {
    let answers = choose({}, 'q1', 'a', 'MULTIPLE', true);
    answers = choose(answers, 'q1', 'c', 'MULTIPLE', true);
    expect(answers.q1).toEqual(['a', 'c']);
    expect(choose(answers, 'q1', 'a', 'MULTIPLE', false).q1).toEqual(['c']);
  });

  it('lists the questions still to answer, a cleared checkbox question included', () => {
    const answers = choose(choose({}, 'q1', 'a', 'MULTIPLE', true), 'q1', 'a', 'MULTIPLE', false);
    expect(unanswered(['q1', 'q2'], { ...answers, q2: ['x'] })).toEqual(['q1']);
  });

  it('sends every question in quiz order', () => {
    expect(toAnswerInput(['q1', 'q2'], { q2: ['b'] })).toEqual([
      { questionId: 'q1', choiceIds: [] },
      { questionId: 'q2', choiceIds: ['b'] },
    ]);
  });
});
