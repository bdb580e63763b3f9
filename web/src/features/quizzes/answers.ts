/** The learner's choices so far, by question id. */
export type Answers = Record<string, string[]>;

export type QuestionKind = 'SINGLE' | 'MULTIPLE' | 'TRUE_FALSE';

/** Radios replace the choice; checkboxes add or remove it. */
export function choose(answers: Answers, questionId: string, choiceId: string, kind: QuestionKind, checked: boolean): Answers {
  const current = answers[questionId] ?? [];
  if (kind !== 'MULTIPLE') return { ...answers, [questionId]: [choiceId] };
  const next = checked ? [...new Set([...current, choiceId])] : current.filter((id) => id !== choiceId);
  return { ...answers, [questionId]: next };
}

export function unanswered(questionIds: string[], answers: Answers): string[] {
  return questionIds.filter((id) => !(answers[id]?.length));
}

export function toAnswerInput(questionIds: string[], answers: Answers) {
  return questionIds.map((questionId) => ({ questionId, choiceIds: answers[questionId] ?? [] }));
}
