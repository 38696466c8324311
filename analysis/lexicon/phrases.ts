// Phrase tables for the ownership, first-person and buzzword rules (RULES.md), kept apart from logic.

/**
 * Phrases that say work was handed to the author or that they stood near it (RULES.md
 * `weak-ownership`, and the seed: "Remove any mention of 'responsible for' or 'tasked with'.
 * These phrases imply you were handed work."). Regex sources, matched case-insensitively at a
 * clause opening.
 */
export const WEAK_OWNERSHIP_PATTERNS: readonly string[] = [
  String.raw`(?:was |were |am |is |are )?responsible (?:for|of)`,
  String.raw`(?:was |were )?tasked (?:with|to)`,
  String.raw`(?:was |were )?assigned to`,
  String.raw`(?:was |were )?in charge of`,
  String.raw`(?:main |key |primary |daily |my )?duties (?:included?|involved?|includes|involves|were|are|:)`,
  String.raw`(?:primarily |mainly |also )?work(?:ed|ing) on`,
  String.raw`work(?:ed|ing) in (?:a|the) (?:small |large |cross-functional |\w+ )?team`,
  String.raw`work(?:ed|ing) in (?:the |a )?[\w-]+(?:tion|ment|ing)\b`,
  // "Worked with Professor X on a research project", "Worked as a developer on the app".
  String.raw`(?:closely |also )?work(?:ed|ing) (?:closely )?(?:with|alongside|as) (?:[^,.;:]{1,80}?) on`,
  String.raw`help(?:ed|s)?(?: to| with| on| in)?`,
  String.raw`helping(?: to)?`,
  String.raw`assisted(?: with| in| on| the)?`,
  String.raw`assisting(?: with| in| on)?`,
  // Present tense (a current role, or "hired to assist with"): the same stance as "assisted".
  String.raw`assists?(?: with| in| on)?`,
  String.raw`(?:was |were )?involved (?:in|with)`,
  String.raw`(?:participated|engaged) in`,
  String.raw`contribut(?:ed|ing) (?:to|towards)`,
  String.raw`(?:was |am |were )?(?:an? )?(?:active |key |core )?(?:part|member) of`,
  String.raw`support(?:ed|s)?(?= (?:the|a|an|our|their|all|multiple|several|various|internal|external)\b)`,
  String.raw`support (?:for|of)`,
  String.raw`played (?:a|an|the) (?:\w+ )?(?:role|part)(?: of| in| as| on)?`,
];

/** Ownership phrases that give the author's role wherever they stand in the line. */
export const WEAK_OWNERSHIP_ANYWHERE: readonly string[] = [
  String.raw`(?:with |had |having |held )?(?:the )?(?:overall |full |sole |primary |main )?responsibilit(?:y|ies) (?:for|of)`,
];

/** Words a reviewer skims past: self-praise and filler (RULES.md `buzzword`; common resume practice). */
export const BUZZWORDS: readonly string[] = [
  'results-driven', 'results driven', 'results-oriented', 'team player', 'passionate', 'passionately',
  'hard-working', 'hardworking', 'hard working', 'detail-oriented', 'detail oriented', 'go-getter', 'synergy',
  'synergies', 'synergize', 'think outside the box', 'thinking outside the box', 'outside the box', 'dynamic',
  'successfully', 'successful',
  // The adjective with its adverb: "seamless onboarding" claims what "seamlessly" claims.
  'seamless', 'seamlessly', 'diligently', 'tirelessly', 'various', 'etc', 'self-starter', 'self starter', 'self-motivated',
  'highly motivated', 'world-class', 'world class', 'best-in-class', 'best in class', 'cutting-edge',
  'cutting edge', 'state-of-the-art', 'industry-leading', 'industry leading', 'rockstar', 'rock star', 'ninja',
  'guru', 'wizard', 'thought leader', 'thought leadership', 'go-to person', 'value-add', 'value add',
  'seasoned', 'proven track record', 'track record', 'strategically', 'effectively', 'efficiently',
  'proactively', 'high-impact', 'high impact', 'key role', 'substantial contributions', 'significant contributions',
  'excellent communication', 'strong communicator', 'works well under pressure', 'under pressure',
  'fast-paced', 'fast paced', 'busy environment', 'wonderful', 'fell in love', 'leverage synergies', 'game-changer',
  'game changer', 'out-of-the-box', 'innovative', 'visionary', 'extensive experience', 'responsible individual',
];

/** First-person pronouns (RULES.md `first-person`). "I" is matched case-sensitively. */
export const FIRST_PERSON = ['i', 'me', 'my', 'mine', 'myself'];
