// RULES.md `stack-up-top` (document): a skills / technologies / certifications list in the top third,
// above the experience. The seed: "buries the tech stack at the bottom".
import { ruleTester } from '../rule-tester.ts';

const HEADER = 'JANE DOE\njane.doe@example.com | Seattle, WA\n';
const SKILLS = 'SKILLS\nPython, SQL, Java, Go, Kubernetes, Terraform, AWS, GCP\n';
const CERTS = 'CERTIFICATIONS\nAWS Certified Solutions Architect, Certified Kubernetes Administrator, Google Cloud Professional Data Engineer\n';
const EXPERIENCE = [
  'EXPERIENCE',
  '',
  'Northwind Logistics | Senior Software Engineer | Mar 2021 - Present',
  '• Chose a phased rollout over a big-bang launch, cutting invoice disputes by 18%',
  '• Killed the legacy reporting module, saving $400K a year',
  '',
  'Contoso | Software Engineer | Jan 2018 - Feb 2021',
  '• Redesigned the returns flow, raising repeat purchases by 9%',
  '',
].join('\n');
const EDUCATION = 'EDUCATION\nB.S. Computer Science, University of Washington, 2017\n';
const SUMMARY = 'SUMMARY\nEngineer turned product lead who ships pricing and checkout changes that move revenue.\n';

const doc = (...parts: string[]) => parts.join('\n');

ruleTester(
  'stack-up-top',
  {
    valid: [
      // The stack buried at the bottom, as the seed advises.
      doc(HEADER, EXPERIENCE, EDUCATION, SKILLS),
      doc(HEADER, SUMMARY, EXPERIENCE, EDUCATION, 'TECHNICAL SKILLS\nSQL, Python, Amplitude, Figma\n'),
      // No skills list at all.
      doc(HEADER, SUMMARY, EXPERIENCE, EDUCATION),
      // Below the experience, even in a short document.
      doc(HEADER, EXPERIENCE, SKILLS),
    ],
    invalid: [
      { text: doc(HEADER, SKILLS, EXPERIENCE, EDUCATION), errors: [{ span: 'SKILLS' }] },
      { text: doc(HEADER, 'TECHNICAL SKILLS\nReact, TypeScript, Node.js, PostgreSQL, Redis, Docker\n', SUMMARY, EXPERIENCE, EDUCATION), errors: [{ span: 'TECHNICAL SKILLS' }] },
      { text: doc(HEADER, CERTS, EXPERIENCE, EDUCATION), errors: [{ span: 'CERTIFICATIONS' }] },
      // Both lists up top are one problem: one finding.
      { text: doc(HEADER, SKILLS, CERTS, EXPERIENCE, EDUCATION), errors: [{ span: 'SKILLS' }] },
    ],
  },
  { mode: 'document' },
);

// Without a parse there are no sections: lines mode never reports it.
ruleTester('stack-up-top', { valid: [doc(HEADER, SKILLS, EXPERIENCE, EDUCATION)], invalid: [] }, { mode: 'lines' });

// The engineer lens changes severity and weight, never whether it fires.
ruleTester(
  'stack-up-top',
  { valid: [doc(HEADER, EXPERIENCE, EDUCATION, SKILLS)], invalid: [{ text: doc(HEADER, SKILLS, EXPERIENCE, EDUCATION), errors: [{ span: 'SKILLS' }] }] },
  { mode: 'document', lens: 'engineer' },
);
