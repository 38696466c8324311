// RULES.md `first-person`: "I", "me", "my", "mine", "myself", outside quotes and product names.
import { ruleTester } from '../rule-tester.ts';

ruleTester('first-person', {
  valid: [
    // Quoted text and product names.
    'Launched the "My Account" redesign, lifting self-serve renewals 14%',
    'Hosted the “Ask Me Anything” series for 2,000 employees',
    "Shipped the My Verizon app's bill-pay flow to 2M customers",
    // Not pronouns.
    'Built an I/O scheduler that cut checkout timeouts by 30% for shoppers',
    'Led Phase I of the ERP rollout across 9 plants',
    'Cut onboarding time by 30% with a guided setup checklist',
  ],
  invalid: [
    { text: 'I built this using Kubernetes because it scales well and handles orchestration efficiently.', errors: [{ span: 'I' }] },
    { text: "Led my team's migration to Salesforce, cutting quote turnaround by 2 days", errors: [{ span: 'my' }] },
    { text: 'Trained new hires who reported to me on the returns workflow', errors: [{ span: 'me' }] },
    { text: 'Taught myself SQL to automate weekly sales reports', errors: [{ span: 'myself' }] },
    { text: 'My role was to coordinate vendor onboarding for 30 suppliers', errors: [{ span: 'My' }] },
    { text: 'I led the launch and I wrote the pricing page', errors: [{ span: 'I' }, { span: 'I' }] },
  ],
});
