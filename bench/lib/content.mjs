// A copy of the course with exactly N lessons in every week (or N[i] in week i + 1), for measuring
// how cost grows with content.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const yaml = createRequire(join(ROOT, 'server', 'package.json'))('yaml');

export function contentWithLessonsPerWeek(target, perWeek) {
  cpSync(join(ROOT, 'content'), target, { recursive: true });
  const course = join(target, 'migrant-women');
  const weeks = readdirSync(course).filter((name) => name.startsWith('week-')).sort();
  for (const [index, week] of weeks.entries()) {
    const lessonsPerWeek = Array.isArray(perWeek) ? perWeek[index] : perWeek;
    const dir = join(course, week, 'lessons');
    const english = readdirSync(dir).filter((f) => f.endsWith('.en.md')).sort();
    const kept = english.slice(0, lessonsPerWeek);
    for (const file of english.slice(lessonsPerWeek)) for (const locale of ['en', 'es', 'fr']) rmSync(join(dir, file.replace('.en.md', `.${locale}.md`)), { force: true });
    const keptIds = kept.map((file) => /^id: (.+)$/m.exec(readFileSync(join(dir, file), 'utf8'))[1]);
    for (let n = kept.length; n < lessonsPerWeek; n++) {
      const source = kept[n % kept.length];
      const slug = `copy-${n}`;
      for (const locale of ['en', 'es']) {
        const text = readFileSync(join(dir, source.replace('.en.md', `.${locale}.md`)), 'utf8');
        writeFileSync(join(dir, `${String(n + 1).padStart(2, '0')}-${slug}.${locale}.md`), text.replace(/^id: (.+)$/m, `id: $1-${slug}`));
      }
    }
    const quizFile = join(course, week, 'quiz.yaml');
    try {
      const quiz = yaml.parse(readFileSync(quizFile, 'utf8'));
      for (const question of quiz.questions) if (!keptIds.includes(question.lesson)) question.lesson = keptIds[0];
      writeFileSync(quizFile, yaml.stringify(quiz));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
  }
  return target;
}
