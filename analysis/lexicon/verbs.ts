// Verb lists for resume bullets. Infinitives only: inflected forms are derived with compromise.
// Sources: the seed's agency verbs ("Initiated, Defined, Prioritized, Killed") and the action-verb
// lists of common resume practice.

/** Verbs that show a decision or ownership: the openings a reviewer wants (and rewrites use). */
export const AGENCY_VERBS = [
  'initiate', 'define', 'prioritize', 'kill', 'launch', 'direct', 'cut', 'grow', 'negotiate', 'ship',
  'own', 'lead', 'drive', 'decide', 'choose', 'spearhead', 'champion', 'deliver', 'found', 'establish',
  'reduce', 'increase', 'raise', 'lower', 'save', 'double', 'triple', 'halve', 'win', 'secure',
  'deprioritize', 'pivot', 'scope', 'roadmap', 'hypothesize', 'pilot', 'test', 'validate', 'run',
];

/**
 * Every verb that opens a bullet as a real action, in infinitive form. compromise often tags a
 * bullet's first word as a noun ("Design", "Cut"), so the opening is judged against this list first.
 */
export const ACTION_VERBS = [
  ...AGENCY_VERBS,
  'accelerate', 'achieve', 'acquire', 'adapt', 'add', 'address', 'administer', 'advance', 'advise', 'advocate',
  'align', 'allocate', 'analyze', 'analyse', 'answer', 'apply', 'appoint', 'approve', 'architect', 'arrange',
  'assemble', 'assess', 'audit', 'author', 'automate', 'award', 'balance', 'benchmark', 'boost', 'brainstorm', 'brief',
  'bring', 'broker', 'budget', 'build', 'calculate', 'calibrate', 'captain', 'capture', 'catalog', 'centralize',
  'chair', 'change', 'chart', 'clarify', 'classify', 'close', 'coach', 'code', 'collaborate', 'collect', 'combine',
  'command', 'communicate', 'compile', 'complete', 'compose', 'compute', 'conceive', 'conceptualize', 'conduct',
  'configure', 'consolidate', 'construct', 'consult', 'contain', 'contribute', 'control', 'convert', 'convince',
  'coordinate', 'co-found', 'correct', 'counsel', 'craft', 'create', 'cultivate', 'curate', 'customize', 'debug',
  'decrease', 'dedicate', 'delegate', 'demonstrate', 'deploy', 'design', 'detect', 'determine', 'develop', 'devise',
  'diagnose', 'digitize', 'discover', 'dispatch', 'distribute', 'document', 'draft', 'earn', 'edit', 'educate',
  'eliminate', 'embed', 'empower', 'enable', 'encourage', 'engineer', 'enforce', 'engage', 'enhance', 'ensure',
  'evaluate', 'examine', 'exceed', 'execute', 'expand', 'expedite', 'experiment', 'explain', 'explore', 'extend',
  'extract', 'fabricate', 'facilitate', 'finalize', 'fix', 'forecast', 'forge', 'form', 'formalize', 'formulate',
  'foster', 'frame', 'gather', 'generate', 'guide', 'harden', 'head', 'help', 'hire', 'host', 'identify',
  'illustrate', 'implement', 'improve', 'improvise', 'incorporate', 'influence', 'inform', 'innovate', 'inspect',
  'install', 'institute', 'instruct', 'integrate', 'interview', 'introduce', 'invent', 'investigate', 'isolate',
  'judge', 'lecture', 'leverage', 'liaise', 'localize', 'maintain', 'manage', 'map', 'market', 'master', 'maximize',
  'measure', 'mediate', 'mentor', 'merge', 'migrate', 'minimize', 'model', 'moderate', 'modernize', 'modify',
  'monitor', 'motivate', 'navigate', 'obtain', 'onboard', 'open', 'operate', 'optimize', 'orchestrate', 'organize',
  'originate', 'outpace', 'outperform', 'overhaul', 'oversee', 'overachieve', 'partner', 'perform', 'persuade',
  'plan', 'port', 'present', 'prevent', 'process', 'procure', 'produce', 'profile', 'program', 'promote', 'propose',
  'prototype', 'prove', 'provide', 'provision', 'publish', 'purchase', 'qualify', 'quantify', 'rank', 'rebuild',
  'recommend', 'reconcile', 'recover', 'recruit', 'redesign', 'refactor', 'refine', 'reengineer', 'regain',
  'rehabilitate', 'release', 'remediate', 'remodel', 'render', 'reorganize', 'repair', 'replace', 'report',
  'represent', 'research', 'resolve', 'respond', 'restore', 'restructure', 'retain', 'revamp', 'reverse', 'review',
  'revise', 'revitalize', 'rewrite', 'roll', 'rollout', 'route', 'scale', 'schedule', 'screen', 'script', 'sell',
  'serve', 'set', 'shape', 'share', 'simplify', 'simulate', 'solve', 'source', 'speak', 'specify', 'speed',
  'sponsor', 'stabilize', 'standardize', 'start', 'steer', 'streamline', 'strengthen', 'structure', 'study',
  'submit', 'succeed', 'supervise', 'survey', 'sustain', 'synthesize', 'systematize', 'tailor', 'target', 'teach',
  'train', 'transform', 'translate', 'triage', 'troubleshoot', 'tune', 'turn', 'unify', 'update', 'upgrade',
  'uncover', 'unblock', 'upsell', 'verify', 'visualize', 'volunteer', 'write', 'architect', 'instrument', 'containerize',
  'parallelize', 'productionize', 'modularize', 'publish', 'present', 'persuade', 'pioneer', 'lobby', 'enlist',
  'reach', 'attain', 'surpass', 'top', 'close', 'book', 'land', 'sign', 'capture', 'resolve', 'recapture', 'stand',
  'spin', 'take', 'keep', 'hold', 'get', 'bring', 'teach', 'sell', 'send', 'give', 'grant', 'co-author', 'co-create',
  'co-lead', 'reimagine', 'replatform', 'rearchitect', 'rework', 'retire', 'decommission', 'sunset', 'deprecate',
  'onboard', 'offboard', 'upskill', 'invest', 'fund', 'raise', 'mentor', 'coach', 'inspire', 'unite', 'mobilize',
  'rally', 'convene', 'moderate', 'host', 'organize', 'plan', 'prepare', 'conduct', 'carry', 'implement',
];

/**
 * Openings that say nothing about what was done (RULES.md `weak-start`). Besides the listed ones,
 * verbs that report a state the author came into rather than an act, like "Was": "Became the
 * go-to person for ...", "Fell in love with TDD", "Fell into a QA role".
 */
export const WEAK_VERBS = ['work', 'do', 'make', 'handle', 'use', 'utilize', 'utilise', 'be', 'have', 'get', 'go', 'try', 'play', 'become', 'fall'];

/** Verbs of change: with a quantity or a beneficiary they state a result. */
export const EFFECT_VERBS = [
  'increase', 'reduce', 'cut', 'grow', 'improve', 'boost', 'save', 'lower', 'raise', 'double', 'triple', 'halve',
  'decrease', 'accelerate', 'eliminate', 'prevent', 'achieve', 'generate', 'drive', 'win', 'lift', 'shorten',
  'speed', 'expand', 'recover', 'avoid', 'minimize', 'maximize', 'exceed', 'surpass', 'outperform', 'attain',
  'earn', 'deliver', 'enable', 'unblock', 'retain', 'convert', 'secure', 'land', 'close', 'book', 'sign',
  'drop', 'shrink', 'slash', 'trim', 'free', 'recoup', 'capture', 'return', 'yield',
];

/** Verbs that lead with implementation: with a named technology they make a line tech-first. */
export const IMPLEMENTATION_VERBS = [
  'build', 'develop', 'implement', 'code', 'program', 'migrate', 'deploy', 'configure', 'write', 'refactor',
  'optimize', 'architect', 'design', 'engineer', 'integrate', 'create', 'set', 'install', 'containerize',
  'automate', 'port', 'rewrite', 'rebuild', 'script', 'debug', 'test', 'maintain', 'upgrade', 'set up',
  'provision', 'instrument', 'prototype', 'replatform', 'rearchitect', 'tune', 'use', 'utilize', 'leverage',
  'fix', 'implement', 'add', 'extend', 'modify', 'update', 'redesign', 'redevelop',
  'reimplement', 'compile', 'run', 'orchestrate', 'manipulate', 'host',
];

/** Verbs of leading people: with a headcount and no result they are `team-size-only`. */
export const LEADERSHIP_VERBS = [
  'lead', 'manage', 'supervise', 'direct', 'head', 'oversee', 'mentor', 'coach', 'guide', 'captain', 'hire',
  'build', 'grow', 'run', 'train', 'enable', 'establish', 'form', 'assemble', 'recruit', 'command',
];

/** -ed words that usually open a noun phrase, not an action ("Advanced frontend work"). */
export const PARTICIPIAL_ADJECTIVES = [
  'advanced', 'experienced', 'seasoned', 'skilled', 'certified', 'qualified', 'accomplished', 'dedicated',
  'motivated', 'talented', 'proven', 'detailed', 'distinguished', 'licensed', 'focused', 'self-motivated',
  'self-taught', 'varied', 'renowned', 'highly', 'well-versed', 'versed',
];

/** Past participles that read as a state when a preposition follows ("Trained in", "Published in"). */
export const PARTICIPLES_BEFORE_PREPOSITION = [
  'trained', 'published', 'awarded', 'recognized', 'recognised', 'noted', 'registered', 'selected', 'promoted',
  'hired', 'employed', 'contracted', 'assigned', 'certified', 'nominated', 'invited', 'chosen', 'elected',
];
