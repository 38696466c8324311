// Word lists the parser uses to tell a position header from an achievement line. All lowercase.
// Data only: the logic that reads them lives in classify.ts, header.ts and sentences.ts.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that make a piece of a header line a job title ("Senior Software Engineer"). */
export const TITLE_WORDS = set(`
  engineer developer programmer architect manager director lead leader head chief president vp svp evp avp
  founder cofounder owner intern analyst scientist researcher designer consultant specialist associate
  coordinator administrator assistant officer executive representative strategist advisor adviser partner
  principal technician teacher tutor instructor lecturer professor fellow trainee apprentice editor writer
  marketer recruiter accountant auditor nurse physician attorney lawyer paralegal sre swe sde pm tpm apm pmm
  cto ceo coo cfo cpo cmo cio ciso freelancer contractor volunteer member chair chairman chairperson
  supervisor agent clerk operator evangelist advocate generalist coach mentor postdoc ta ra devrel dev
`);

/** Last words that make a piece a company or school ("Acme Corp", "Fernhollow Analytics"). */
export const COMPANY_WORDS = set(`
  inc incorporated corp corporation llc llp ltd limited gmbh ag sa sas plc bv nv pty pvt co company
  technologies technology tech labs lab group holdings solutions systems software studios studio ventures
  capital bank university college institute school academy agency consulting consultancy hospital clinic
  foundation media networks games health healthcare industries international enterprises partners services
  analytics ai io association society council department ministry government logistics financial insurance
  pharmaceuticals therapeutics robotics energy motors airlines retail
`);

/** Suffixes that stay glued to the company name across a comma ("Acme, Inc."). */
export const COMPANY_SUFFIXES = set('inc incorporated llc llp ltd gmbh ag sa sas plc bv nv pty pvt co corp');

/** LinkedIn's employment types ("Stripe · Full-time"); their presence marks the company line. */
export const EMPLOYMENT_TYPES = set(`
  full-time fulltime part-time parttime contract freelance self-employed internship apprenticeship seasonal
  temporary permanent co-op fixed-term
`);
export const EMPLOYMENT_PHRASES = ['full time', 'part time', 'self employed'];

/** A piece made only of these is a work arrangement, not a title or company. */
export const LOCATION_WORDS = set('remote hybrid on-site onsite in-office worldwide anywhere');

/** Country and region names that end a location ("Dublin, Ireland"). */
export const COUNTRIES: ReadonlySet<string> = new Set([
  ...'usa us u.s. u.s.a. uk u.k. england scotland wales ireland canada germany france spain portugal italy'.split(' '),
  ...'netherlands belgium switzerland austria sweden norway denmark finland poland romania ukraine israel'.split(' '),
  ...'india china japan korea singapore australia brazil mexico argentina chile colombia nigeria kenya egypt'.split(' '),
  ...'uae estonia lithuania latvia greece turkey taiwan vietnam indonesia philippines malaysia thailand'.split(' '),
  ...'pakistan bangladesh europe emea apac latam luxembourg hungary croatia serbia bulgaria'.split(' '),
  'united states', 'united kingdom', 'the netherlands', 'czech republic', 'czechia', 'south korea',
  'new zealand', 'south africa', 'united arab emirates', 'hong kong', 'united states of america',
]);

/**
 * Opening words that make a line an achievement rather than a header: irregular past tenses and
 * base forms (regular "-ed" forms and "-ing"/"-ly" words are recognised by their endings).
 */
export const VERBS = set(`
  built led ran made wrote drove grew cut won set began brought bought chose did found gave got held kept knew
  laid left lost met paid put rose sent shot sold spoke spent stood struck taught thought told took understood
  upheld oversaw overcame rebuilt rewrote redid sped spun split shut hit beat broke caught dealt drew fed fought
  flew forecast hung lent let meant undertook withdrew wound wove sought
  lead build manage design develop create drive own run write implement deliver define launch ship grow reduce
  increase improve mentor maintain collaborate work support help coordinate oversee establish analyze analyse
  conduct optimize optimise automate migrate scale streamline spearhead negotiate research test deploy integrate
  handle use utilize prepare perform provide ensure identify plan execute present train hire recruit refactor
  redesign rebuild make do participate assist contribute serve act direct facilitate organize organise
  prioritize prioritise evaluate assess review monitor track measure report document debug fix resolve
  troubleshoot configure install administer operate teach cut partnered
  responsible tasked involved
`);

/** "-ed" words that usually open a header, not an achievement ("Limited", "Certified Scrum Master"). */
export const ED_NOT_VERBS = set(`
  limited united advanced distributed detailed experienced skilled talented dedicated motivated certified
  licensed registered chartered accredited seed speed need feed embedded red bed shed hundred applied
`);

/** "-ing" words that are usually nouns at the start of a header ("Marketing Manager"). */
export const ING_NOT_VERBS = set(`
  engineering marketing consulting manufacturing banking accounting publishing computing training learning
  hosting networking gaming programming something during morning evening ceiling string spring king thing
  nothing everything anything building pricing advertising recruiting staffing nursing trading shipping
  operating lending clothing housing catering printing mining
`);

/** Opening pronouns: a line that starts with one is prose. */
export const PRONOUNS = set('i we my our me us');

/** Words ignored when judging whether a line is Title Case. */
export const SMALL_WORDS = set('a an the of and or for in on at to by with from as via & de du la le von van der und per vs');

/** A line that ends with one of these cannot end a sentence: the next line continues it. */
export const CONNECTORS = set(`
  and or to of the a an for with by in on from into at as via that which who including across between over
  under through while whilst plus but than such using within without about around toward towards onto upon
  whose where when its their our my your his her
`);

/** Words after which a period does not end a sentence ("Acme Inc. grew", "vs. Angular"). */
export const ABBREVIATIONS = set(`
  eg ie vs inc corp ltd co jr sr dr mr mrs ms prof st no nos approx dept est fig al cf resp incl min max avg mo mos
  yr yrs hr hrs wk wks jan feb mar apr jun jul aug sep sept oct nov dec mt ave blvd govt intl univ assoc bros
  gen lt col capt sgt rep sen gov mgr dir asst mgmt ref vol pp ca approx
`);

/** Labels of metadata lines inside a position ("Skills: React · TypeScript" on LinkedIn). */
export const META_LABELS = set('skills tools technologies technology tech stack environment languages frameworks');
