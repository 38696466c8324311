// A hand-built Report (the engine's contract, analysis/types.ts) for component tests: they must not
// depend on the engine's current judgement.
import type { BulletReport, Finding, Report, RuleId } from '../../analysis/types.ts';

const cats = { impact: 62, ownership: 48, clarity: 85, product: 70 };

export function finding(rule: RuleId, start: number, end: number, text: string, message = `About ${rule}`): Finding {
  return {
    rule,
    severity: rule === 'weak-ownership' ? 'error' : 'warning',
    category: 'ownership',
    start,
    end,
    actual: text.slice(start, end),
    message,
    why: `Why ${rule} matters.`,
    penalty: 10,
  };
}

export function sampleReport(): { text: string; report: Report } {
  const lines = [
    'Experience', // 0
    'Senior PM, Acme', // 1
    'Responsible for the roadmap of the reporting product.', // 2
    'Led a team of 8 engineers to grow weekly active users 35%.', // 3
    'Skills', // 4
    'SQL, Figma <img src=x onerror=alert(1)>', // 5
  ];
  const text = lines.join('\n') + '\n';
  const at = (i: number) => text.indexOf(lines[i]!);
  const bullet = (i: number, section: number, position: number | null, findings: Finding[], rewrite: string | null): BulletReport => ({
    start: at(i),
    end: at(i) + lines[i]!.length,
    text: lines[i]!,
    score: findings.length ? 55 : 92,
    categories: cats,
    findings,
    signals: [],
    rewrite,
    section,
    position,
  });
  const b2 = at(2);
  const report: Report = {
    lens: 'pm',
    score: 71,
    categories: cats,
    documentFindings: [{ ...finding('verb-repetition', 0, 0, text, 'You start 3 bullets with “Led”.'), category: 'clarity' }],
    bullets: [
      bullet(2, 0, 0, [finding('weak-ownership', b2, b2 + 15, text, 'Say what you did, not what you were responsible for.'), finding('no-metric', b2, b2 + 53, text)], 'Owned the reporting roadmap, shipping 4 releases that lifted retention 9%.'),
      bullet(3, 0, 0, [], null),
      bullet(5, 1, null, [], null),
    ],
    sections: [
      { kind: 'experience', heading: { start: at(0), end: at(0) + 10, text: 'Experience' }, start: 0, end: at(4), positions: [0], bullets: [0, 1] },
      { kind: 'skills', heading: { start: at(4), end: at(4) + 6, text: 'Skills' }, start: at(4), end: text.length, positions: [], bullets: [2] },
    ],
    positions: [
      { section: 0, start: at(1), end: at(3), title: { start: at(1), end: at(1) + 9, text: 'Senior PM' }, company: { start: at(1) + 11, end: at(1) + 15, text: 'Acme' }, dates: null, bullets: [0, 1] },
    ],
    notes: [],
  };
  return { text, report };
}
