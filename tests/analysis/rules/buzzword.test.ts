// RULES.md `buzzword`: self-praise and filler, unless part of a name or a quoted title.
import { ruleTester } from '../rule-tester.ts';

ruleTester('buzzword', {
  valid: [
    'Integrated Dynamic Yield personalization on product pages, lifting add-to-cart by 7%',
    'Won the "Passionate Partner" award for the EMEA region',
    'Cut onboarding time by 30% with a guided setup checklist',
    'Chose React over Angular to reduce time-to-market by 3 weeks, enabling earlier user feedback on the core workflow.',
    // A quoted title in typographic quotes is a name, like one in straight quotes.
    'Cut warehouse picking errors 30%, earning a “highly successful” rating in the annual review',
    // "Played a key role" is weak-ownership's phrase: one span, one finding.
    'Played a key role in the rollout of self-checkout to 60 stores',
  ],
  invalid: [
    { text: 'Results-driven marketer who grew organic traffic by 80%', errors: [{ span: 'Results-driven' }] },
    { text: 'Successfully launched the partner portal in 6 weeks', errors: [{ span: 'Successfully' }] },
    { text: 'Team player who coordinated various vendor deliveries', errors: [{ span: 'Team player' }, { span: 'various' }] },
    { text: 'Handled invoicing, payroll, reporting, etc.', errors: [{ span: 'etc.' }] },
    { text: 'Leveraged synergy between marketing and sales to grow pipeline 20%', errors: [{ span: 'synergy' }] },
    { text: 'Hard-working, detail-oriented analyst who reconciled 300 accounts a month', errors: [{ span: 'Hard-working' }, { span: 'detail-oriented' }] },
    { text: 'Passionate about building tools for 3 regional sales teams', errors: [{ span: 'Passionate' }] },
    // Outside quotes the same words are claims; "key role" not after "played a" is filler.
    { text: 'Innovative thinker who cut returns processing time by 2 days', errors: [{ span: 'Innovative' }] },
    { text: 'Took on a key role in vendor onboarding for 12 suppliers', errors: [{ span: 'key role' }] },
    // "seamless" claims what "seamlessly" claims.
    { text: 'Delivered a seamless checkout experience for 40 partner stores', errors: [{ span: 'seamless' }] },
  ],
});
