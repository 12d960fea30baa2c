// By-hand comparison: the OneWindow answer evaluation run through NLP.js, trained on the knowledge base's
// FAQ entries and process triggers. Scored like AnswerEvalTest.score (src/test/java/org/onewindow/dialogue).
//
//   node compare.js [eval.yaml] [--verbose] [--with-history]
//
// --verbose       print every item: PASS/MISS, the intent NLP.js chose, its score and the start of its reply
// --with-history  also report a variant that sends the follow-ups' history and q joined with a space
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { NlpManager } = require('node-nlp');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const withHistory = args.includes('--with-history');
const evalFile = args.find((a) => !a.startsWith('--')) || '../../src/test/resources/eval/answers-test.yaml';
const kb = path.join(__dirname, '../../knowledge-base');
const NLPJS_VERSION = require('node-nlp/package.json').version;

const readYaml = (file) => YAML.parse(fs.readFileSync(file, 'utf8'));
const yamlFiles = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));

function train() {
  const manager = new NlpManager({ languages: ['en', 'zh'], forceNER: false, nlu: { log: false }, autoSave: false, autoLoad: false });
  const faqIntents = new Set();
  // FAQ: entries come in language pairs (<id>-en, <id>-zh); a pair is one intent, faq.<file>.<id>.
  for (const file of yamlFiles(path.join(kb, 'faq'))) {
    for (const entry of readYaml(file)) {
      const intent = `faq.${path.basename(file, '.yaml')}.${entry.id.replace(/-(en|zh)$/, '')}`;
      for (const question of entry.questions) manager.addDocument(entry.lang, question, intent);
      manager.addAnswer(entry.lang, intent, entry.answer.trim());
      faqIntents.add(intent);
    }
  }
  // Processes: one intent each, trained on its trigger phrases; the answer "starts the process".
  const processIntents = new Set();
  for (const file of yamlFiles(path.join(kb, 'processes'))) {
    const process = readYaml(file);
    const intent = `process.${process.id}`;
    for (const lang of ['en', 'zh']) {
      for (const trigger of process.triggers[lang] || []) manager.addDocument(lang, String(trigger), intent);
      manager.addAnswer(lang, intent, `${process.title[lang]}: ${process.description[lang]}`);
    }
    processIntents.add(intent);
  }
  return { manager, faqIntents: faqIntents.size, processIntents: processIntents.size };
}

// The eval's patterns are Java regexes, matched with CASE_INSENSITIVE | UNICODE_CASE and find().
// JS has no inline (?s)/(?i): strip them and always use the flags i, s, u. (The only (?s) is the leading
// one of the "(?s)^(?=.*?A)(?=.*?B)" form; NLP.js replies are single lines, so s changes nothing else.)
// Java 17 (the build's release) counts any letter or digit as a word character for \b, so a number
// right after a Chinese character is not at a word boundary; JS's \b is ASCII-only. Emulate Java's.
const WORD = '[\\p{L}\\p{Nd}_]';
const JAVA_BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
function javaRegex(pattern) {
  const body = pattern.replace(/^\(\?[is]+\)/, '').replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${JAVA_BOUNDARY}`);
  return new RegExp(body, 'isu');
}

async function ask(manager, lang, text) {
  const response = await manager.process(lang, text);
  const declined = response.intent === 'None' || response.score < 0.5 || response.answer === undefined;
  return { intent: response.intent, score: response.score, declined, text: declined ? '' : response.answer };
}

class Tally {
  constructor() { this.counts = new Map(); this.passed = 0; this.items = 0; }
  count(passed, ...categories) {
    this.items++; this.passed += passed ? 1 : 0;
    for (const c of categories) {
      const [p, n] = this.counts.get(c) || [0, 0];
      this.counts.set(c, [p + (passed ? 1 : 0), n + 1]);
    }
  }
  report(title) {
    const pct = (p, n) => `${((100 * p) / n).toFixed(1)}%`;
    const lines = [`${title}: ${this.passed}/${this.items} = ${pct(this.passed, this.items)}`];
    for (const c of [...this.counts.keys()].sort()) {
      const [p, n] = this.counts.get(c);
      lines.push(`  ${c.padEnd(18)} ${`${p}/${n}`.padStart(7)} = ${pct(p, n).padStart(6)}`);
    }
    return lines.join('\n');
  }
}

async function score(manager, items, sendHistory) {
  const tally = new Tally();
  let formsStarted = 0;
  let formsMatching = 0; // form starts whose reply text would have matched an expect pattern anyway
  for (const item of items) {
    const text = sendHistory && item.history ? [...item.history, item.q].join(' ') : item.q;
    const reply = await ask(manager, item.lang, text);
    // As in AnswerEvalTest: a turn that starts a process form fails, whatever the item expects.
    const formStarted = reply.intent.startsWith('process.');
    const matches = !item.decline && !reply.declined && item.expect.some((p) => javaRegex(p).test(reply.text));
    if (formStarted) formsStarted++;
    if (formStarted && matches) formsMatching++;
    const passed = item.decline ? reply.declined && !formStarted : !formStarted && matches;
    tally.count(passed, item.decline ? 'declined' : `answered/${item.lang}`, `kind/${item.kind}`);
    if (verbose) {
      console.log(`${passed ? 'PASS' : formStarted && matches ? 'MISS (form started; text matched)' : 'MISS'} ${item.id} [${item.kind}${item.decline ? ', decline' : ''}] ${JSON.stringify(text)}`
        + `\n     → ${reply.intent} (${reply.score.toFixed(2)})${reply.declined ? ' declined' : ''}`
        + `${reply.text ? ': ' + reply.text.replace(/\s+/g, ' ').slice(0, 160) : ''}`);
    }
  }
  return { tally, formsStarted, formsMatching };
}

(async () => {
  const items = readYaml(evalFile);
  const { manager, faqIntents, processIntents } = train();
  await manager.train();
  const part = /answers-(\w+)\.yaml$/.exec(evalFile)?.[1] || path.basename(evalFile);
  const title = `NLP.js ${NLPJS_VERSION} (trained on ${faqIntents} FAQ intents + ${processIntents} process intents), ${part} part`;
  const plain = await score(manager, items, false);
  console.log(plain.tally.report(title));
  console.log(`  (follow-ups sent as their last question alone; ${plain.formsStarted} turns chose a process intent, i.e. started`
    + ` a form, scored a miss; ${plain.formsMatching} of their replies would have matched the expected fact anyway:`
    + ` scoring the reply text alone gives ${plain.tally.passed + plain.formsMatching}/${plain.tally.items})`);
  if (withHistory) {
    const joined = await score(manager, items, true);
    console.log(joined.tally.report(`${title}, follow-ups sent with their history joined by spaces`));
  }
})();
