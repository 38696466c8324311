// RULES.md `weak-ownership`: the line says work was handed to the author or that they stood near it.
import { ruleTester } from '../rule-tester.ts';

ruleTester('weak-ownership', {
  valid: [
    // "helped customers cut costs" is the result, not the author's role.
    'Built a pricing calculator that helped customers cut costs by 20%',
    'Helped customers cut costs by 20% with a self-serve pricing calculator',
    'Launched a referral program that helped 3,000 students find tutors',
    'Designed a support chatbot that helped users reset passwords without calling the help desk',
    'Managed the vendor migration for 40 stores, cutting licence spend by $120K',
    'Owned the checkout funnel and raised conversion 9%',
    'Defined responsible-AI review guidelines adopted by four product teams',
    'Negotiated a three-year contract with a new logistics vendor, saving $2M',
    // "support" as a noun (the support team), not "Supported the ...".
    'Aligned sales and support on a shared SLA, cutting response time 20%',
    'Directed a cross-functional squad to launch Feature X, resulting in a 12% increase in Day-30 retention',
    // Hiring someone else to help is the author's own act; being hired to help a customer is a result.
    'Hired two contractors to help clear the invoice backlog in 3 weeks',
    'Hired as a field engineer to help customers move 400 kiosks to the new firmware',
    // "support" of people by number or lowercase is not a named system or team.
    'Supported 30 walk-in customers a day at the returns desk',
    'Built tooling to support Finance month-end reporting, cutting close time by 2 days',
  ],
  invalid: [
    { text: 'Responsible for managing the vendor migration', errors: [{ span: 'Responsible for' }] },
    { text: 'Tasked with improving onboarding for new hires', errors: [{ span: 'Tasked with' }] },
    { text: 'In charge of the quarterly inventory audit', errors: [{ span: 'In charge of' }] },
    { text: "Worked on the payments team's fraud detection pipeline", errors: [{ span: 'Worked on' }] },
    { text: 'Helped launch a loyalty program across 12 stores', errors: [{ span: 'Helped' }] },
    { text: 'Helped to organize the annual partner summit', errors: [{ span: 'Helped to' }] },
    { text: 'Assisted with the migration of patient records to Epic', errors: [{ span: 'Assisted with' }] },
    { text: 'Involved in the redesign of the onboarding flow', errors: [{ span: 'Involved in' }] },
    { text: 'Participated in quarterly planning with sales leadership', errors: [{ span: 'Participated in' }] },
    { text: 'Contributed to the design system used across three apps', errors: [{ span: 'Contributed to' }] },
    { text: 'Was part of the team that launched the mobile app', errors: [{ span: 'Was part of' }] },
    { text: 'Duties included scheduling, invoicing and vendor calls', errors: [{ span: 'Duties included' }] },
    // Judgment notes: "Supported the ..." and "Worked with the X team on ..." stand near the work.
    { text: 'Supported the finance team during the year-end close', errors: [{ span: 'Supported' }] },
    { text: 'Worked with the data team on a churn prediction model', errors: [{ message: /near the work/ }] },
    { text: 'Was responsible for payroll for 200 staff', errors: [{ span: 'Was responsible for' }] },
    { text: 'I was responsible for the release calendar', errors: [{ message: /responsible for/ }] },
    { text: '• Responsible for onboarding 14 new merchants a month', errors: [{ span: 'Responsible for' }] },
    // Being hired or brought on *to* help is work handed to the author.
    { text: 'I was hired as an intern to help with the warehouse inventory audit', errors: [{ span: 'help with' }] },
    { text: 'Was brought on to assist with the payroll system cutover', errors: [{ span: 'assist with' }] },
    // "Supported" + a named system or team: like "Supported the ...".
    { text: 'Supported Salesforce CPQ for the EMEA deal desk', errors: [{ span: 'Supported' }] },
    { text: 'Supported Marketing and Legal during the brand refresh', errors: [{ span: 'Supported' }] },
  ],
});
