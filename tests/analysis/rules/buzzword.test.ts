// RULES.md `buzzword`: self-praise and filler, unless part of a name or a quoted title.
import { ruleTester } from '../rule-tester.ts';

ruleTester('buzzword', {
  valid: [
    'Integrated Dynamic Yield personalization on product pages, lifting add-to-cart by 7%',
    'Won the "Passionate Partner" award for the EMEA region',
    'Cut onboarding time by 30% with a guided setup checklist',
    'Chose React over Angular to reduce time-to-market by 3 weeks, enabling earlier user feedback on the core workflow.',
  ],
  invalid: [
    { text: 'Results-driven marketer who grew organic traffic by 80%', errors: [{ span: 'Results-driven' }] },
    { text: 'Successfully launched the partner portal in 6 weeks', errors: [{ span: 'Successfully' }] },
    { text: 'Team player who coordinated various vendor deliveries', errors: [{ span: 'Team player' }, { span: 'various' }] },
    { text: 'Handled invoicing, payroll, reporting, etc.', errors: [{ span: 'etc.' }] },
    { text: 'Leveraged synergy between marketing and sales to grow pipeline 20%', errors: [{ span: 'synergy' }] },
    { text: 'Hard-working, detail-oriented analyst who reconciled 300 accounts a month', errors: [{ span: 'Hard-working' }, { span: 'detail-oriented' }] },
    { text: 'Passionate about building tools for 3 regional sales teams', errors: [{ span: 'Passionate' }] },
  ],
});
