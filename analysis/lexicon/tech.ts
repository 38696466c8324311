// Technology names for `tech-first` and `jargon-heavy`: languages, frameworks, platforms, data
// stores, infrastructure and implementation nouns. The seed: "Stop listing technologies and start
// listing trade-offs"; "buries the tech stack at the bottom".

/** Matched case-insensitively, as whole tokens or phrases. */
export const TECH_TERMS: readonly string[] = [
  // languages
  'javascript', 'typescript', 'python', 'java', 'c++', 'c#', 'golang', 'kotlin', 'scala', 'ruby', 'php', 'perl',
  'haskell', 'elixir', 'erlang', 'clojure', 'objective-c', 'matlab', 'fortran', 'cobol', 'bash', 'powershell',
  'sql', 't-sql', 'pl/sql', 'nosql', 'html', 'html5', 'css', 'css3', 'sass', 'scss', 'less', 'js', 'ts', 'vb.net',
  'solidity', 'lua', 'dart', 'julia', 'groovy', 'abap', 'apex', 'verilog', 'vhdl', 'assembly', 'j2ee', 'jsp',
  // front end and mobile
  'react', 'react.js', 'reactjs', 'react native', 'angular', 'angularjs', 'vue', 'vue.js', 'vuejs', 'svelte',
  'next.js', 'nextjs', 'nuxt', 'redux', 'jquery', 'bootstrap', 'tailwind', 'webpack', 'vite', 'babel', 'gatsby',
  'ember', 'backbone', 'flutter', 'swiftui', 'xamarin', 'ionic', 'android', 'ios', 'jetpack compose', 'storybook',
  'preact', 'three.js', 'd3', 'd3.js', 'webgl', 'wasm', 'webassembly', 'electron', 'tvos', 'macos', 'uikit',
  // back end
  'node', 'node.js', 'nodejs', 'express', 'express.js', 'django', 'flask', 'fastapi', 'spring', 'spring boot',
  'hibernate', 'rails', 'ruby on rails', 'laravel', 'symfony', '.net', 'asp.net', '.net core', 'graphql', 'grpc',
  'rest', 'restful', 'rest api', 'rest apis', 'soap', 'api', 'apis', 'microservice', 'microservices',
  'micro-services', 'websocket', 'websockets', 'oauth', 'jwt', 'lagom', 'akka', 'celery', 'nestjs', 'deno', 'bun',
  // data
  'mysql', 'postgres', 'postgresql', 'sqlite', 'oracle', 'ms-sql', 'mssql', 'sql server', 'mongodb', 'mongo',
  'redis', 'cassandra', 'dynamodb', 'elasticsearch', 'opensearch', 'solr', 'neo4j', 'couchdb', 'firebase',
  'firestore', 'supabase', 'snowflake', 'bigquery', 'redshift', 'databricks', 'hadoop', 'hive', 'spark',
  'apache spark', 'pyspark', 'kafka', 'kafka streams', 'rabbitmq', 'sqs', 'sns', 'kinesis', 'airflow', 'dbt',
  'etl', 'pandas', 'numpy', 'scipy', 'tableau', 'power bi', 'looker', 'yugabytedb', 'cockroachdb', 'clickhouse',
  'memcached', 'flink', 'beam', 'presto', 'trino', 'parquet', 'avro', 'protobuf', 'json', 'xml', 'yaml', 'csv',
  'confluent', 'debezium', 'cdc', 'orm', 'database', 'databases', 'schema', 'queries', 'query', 'data warehouse',
  'data lake', 'data pipeline', 'data pipelines', 'pipeline', 'pipelines',
  // ML
  'tensorflow', 'pytorch', 'keras', 'scikit-learn', 'sklearn', 'xgboost', 'opencv', 'hugging face', 'huggingface',
  'langchain', 'llm', 'llms', 'nlp', 'cnn', 'rnn', 'lstm', 'bert', 'gpt', 'transformer', 'transformers',
  'random forest', 'sagemaker', 'mlflow', 'kubeflow', 'vlm', 'vlms', 'rag', 'verl',
  // infrastructure and tooling
  'aws', 'amazon web services', 'azure', 'gcp', 'google cloud', 'ec2', 's3', 'lambda', 'cloudformation',
  'cloudfront', 'rds', 'ecs', 'eks', 'fargate', 'api gateway', 'apigateway', 'step functions', 'docker',
  'kubernetes', 'k8s', 'helm', 'terraform', 'ansible', 'puppet', 'chef', 'jenkins', 'circleci', 'travis',
  'github actions', 'gitlab', 'gitlab ci', 'ci/cd', 'ci', 'cd', 'git', 'github', 'bitbucket', 'jira', 'nginx',
  'apache', 'linux', 'unix', 'windows server', 'vmware', 'openshift', 'openstack', 'prometheus', 'grafana',
  'datadog', 'splunk', 'new relic', 'elk', 'kibana', 'logstash', 'istio', 'envoy', 'consul', 'vault', 'serverless',
  'cloud', 'cloud-native', 'cloud native', 'cloudflare', 'vercel', 'netlify', 'heroku', 'pxe', 'bare-metal', 'kvm', 'hyper-v', 'active directory',
  'sentinel', 'vitest', 'jest', 'mocha', 'cypress', 'playwright', 'selenium', 'junit', 'pytest', 'tdd',
  'maven', 'gradle', 'npm', 'yarn', 'devops', 'sre', 'cdn', 'dns', 'tcp', 'http', 'https', 'ssl', 'tls', 'vpn',
  'backend', 'back-end', 'frontend', 'front-end', 'full-stack', 'fullstack', 'cache', 'caching', 'cluster',
  'clusters', 'container', 'containers', 'sdk', 'cli', 'ide', 'framework', 'frameworks', 'library', 'codebase',
  'monolith', 'server', 'servers', 'virtual machines', 'vm', 'vms', 'firmware', 'middleware', 'phyreengine',
  'simulink', 'unity', 'unreal', 'salesforce', 'sap', 'servicenow', 'sharepoint', 'dynamics 365', 'microsoft 365',
  'scrapy', 'selenium', 'puppeteer', 'appdesigner', 'finacle', 'silverlight', 'blackberry enterprise server',
  // networking, IT administration and enterprise integration platforms
  'cisco', 'juniper', 'fortinet', 'palo alto networks', 'citrix', 'sccm', 'intune', 'office 365', 'o365',
  'exchange server', 'azure devops', 'mulesoft', 'informatica', 'ssis', 'ssrs', 'talend', 'uipath', 'vba',
  'tcp/ip', 'ldap', 'vpc', 'wordpress', 'drupal', 'magento', 'joomla', 'swagger', 'openapi', 'postman',
  // embedded, graphics and real-time
  'arduino', 'raspberry pi', 'fpga', 'rtos', 'cuda', 'opengl', 'vulkan', 'directx', 'webrtc', 'mqtt',
];

/**
 * The matchers read a space in a phrase as "space or hyphen", not the reverse: add the spaced
 * spelling of every hyphenated name ("full stack", "front end", "cloud native", "micro services").
 */
export const TECH_TERMS_ANY_SPELLING: readonly string[] = [
  ...TECH_TERMS,
  ...TECH_TERMS.filter((t) => /^[a-z]+(?:-[a-z]+)+$/.test(t)).map((t) => t.replace(/-/g, ' ')),
];

/**
 * Terms in TECH_TERMS that name a kind of machinery, not a technology by name ("API", "caching",
 * "data pipeline", "backend"). `tech-first` reads them like implementation nouns: they make a line
 * about the machine as the object of its verb, but they are not the "two or more technologies" a
 * line names (RULES.md): "Reduced API latency by implementing caching strategies" names none.
 */
export const GENERIC_TECH: readonly string[] = [
  'api', 'apis', 'rest api', 'rest apis', 'microservice', 'microservices', 'micro-services', 'micro services',
  'websocket', 'websockets', 'database', 'databases', 'schema', 'queries', 'query', 'data warehouse', 'data lake',
  'data pipeline', 'data pipelines', 'pipeline', 'pipelines', 'etl', 'orm', 'backend', 'back-end', 'back end',
  'frontend', 'front-end', 'front end', 'full-stack', 'full stack', 'fullstack', 'cache', 'caching', 'cluster',
  'clusters', 'container', 'containers', 'sdk', 'cli', 'ide', 'framework', 'frameworks', 'library', 'codebase',
  'monolith', 'server', 'servers', 'virtual machines', 'vm', 'vms', 'firmware', 'middleware', 'cloud',
  'cloud-native', 'cloud native', 'serverless', 'cdn', 'dns', 'llm', 'llms', 'nlp', 'cnn', 'rnn', 'lstm',
  'transformer', 'transformers', 'random forest', 'rag', 'tdd', 'ci', 'cd', 'ci/cd', 'devops', 'sre',
];

/** Tech names that are also common English words: they count only when written capitalised. */
export const CASE_SENSITIVE_TECH: readonly string[] = [
  'Go', 'Swift', 'Rust', 'R', 'C', 'Spring', 'Express', 'Node', 'Rails', 'Ember', 'Backbone', 'Hive', 'Spark',
  'Beam', 'Vault', 'Consul', 'Chef', 'Puppet', 'Unity', 'Lambda', 'Flask', 'Django', 'Less', 'Dart', 'Julia',
  'Apex', 'Elm', 'Sentinel', 'Oracle', 'Apache',
];

/**
 * Implementation nouns: with an implementation verb ("Built", "Refactored") they make a line about
 * the machinery even when no product name appears ("Refactored the intermediate representation").
 */
export const TECH_NOUNS: readonly string[] = [
  'system', 'systems', 'library', 'libraries', 'compiler', 'framework', 'frameworks', 'platform', 'platforms',
  'service', 'services', 'application', 'applications', 'app', 'apps', 'software', 'code', 'codebase', 'features',
  'tool', 'tools', 'tooling', 'model', 'models', 'algorithm', 'algorithms', 'infrastructure', 'component',
  'components', 'module', 'modules', 'architecture', 'script', 'scripts', 'bot', 'engine', 'prototype',
  'prototypes', 'integration', 'integrations', 'interface', 'interfaces', 'ui', 'website', 'websites', 'web app',
  'network', 'networks', 'workstation', 'workstations', 'test suite', 'builds', 'classes',
  'connection', 'repository', 'repositories', 'deployments', 'endpoints', 'subgraphs', 'schema', 'emulator',
  'simulator', 'simulation', 'representation', 'dashboard', 'dashboards', 'widget',
  'plugin', 'plugins', 'extension', 'firmware', 'driver', 'drivers', 'kernel', 'stack', 'tech stack',
  'representations', 'utilities', 'utility', 'compilers', 'engines', 'bots', 'emulators', 'simulators', 'apis',
];
