import { defineDocumentRule } from './document-rule.ts';

export default defineDocumentRule({
  id: 'stack-up-top',
  name: 'Stack up top',
  category: 'product',
  severity: { pm: 'warning', engineer: 'info' },
  penalty: { pm: 6, engineer: 2 },
  message: 'A skills or technology list sits at the top, above your experience.',
  why: 'The seed: a resume listing languages and cloud certifications "in the top third of the page ... screamed \'engineer trying to be safe\'". Bury the tech stack at the bottom; lead with decisions and outcomes.',
  check({ parsed, text }) {
    if (!parsed) return [];
    const firstExperience = parsed.sections.find((s) => s.kind === 'experience' || s.kind === 'projects');
    const third = text.trimEnd().length / 3;
    return parsed.sections
      .filter((s) => (s.kind === 'skills' || s.kind === 'certifications') && s.start < third && (!firstExperience || s.start < firstExperience.start))
      .slice(0, 1)
      .map((s) => (s.heading ? { start: s.heading.start, end: s.heading.end } : { start: s.start, end: s.end }));
  },
});

