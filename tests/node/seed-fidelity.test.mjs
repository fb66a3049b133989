// Every statement of the domain against its seed (issue 12, "a test against the
// sources"). The domain marks each statement as one of:
// - say(source, en, sv, nb): the text in the source's own language (sv for the
//   Swedish seeds, nb for the Norwegian one) is the seed's words, give or take
//   case, whitespace and punctuation;
// - paraphrase(source, renders, en, sv, nb): `renders` is the seed's own
//   sentence, or consecutive sentences, word for word; parts of the seed far
//   apart are joined with " … ".
// The test finds the statements by parsing every src/domain/**/*.ts with the
// TypeScript compiler and its type checker, not by walking built exports: a new
// module, an unexported constant or an aliased import is found the same way.
// Any other way of building a Statement (an object literal typed Statement, a
// say() whose texts are not literals the checker can read) fails the test, so
// nothing escapes the check. Source ids map to seeds through src/domain/sources.ts
// (`seed: '003'` → ../shared/seeds/003_*.txt), read from the parsed source too.
//
// The seeds are not part of the project: they are read from ../shared/seeds/
// beside the clone (or from $CARE_SEEDS_DIR). Where they are absent the test
// reports itself skipped, with that reason.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const DOMAIN = join(PROJECT, 'src/domain');
const SEEDS = process.env.CARE_SEEDS_DIR ? resolve(process.env.CARE_SEEDS_DIR) : resolve(PROJECT, '../shared/seeds');

/** Case, punctuation, symbols (× – « ») and runs of whitespace do not count. */
export const normalize = (s) =>
  s.normalize('NFC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** The seed's sentences, normalized: split at line breaks and after . ! ? : */
function sentencesOf(seed) {
  return seed
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?:])\s+/))
    .map(normalize)
    .filter(Boolean);
}

/** True when `words` (normalized) is one sentence of `sentences`, or several consecutive ones. */
function isSentenceRun(words, sentences) {
  for (let i = 0; i < sentences.length; i++) {
    let run = '';
    for (let j = i; j < sentences.length && run.length < words.length; j++) {
      run = run ? `${run} ${sentences[j]}` : sentences[j];
      if (run === words) return true;
    }
  }
  return false;
}

function loadSeed(seed) {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(`${seed}_`) && name.endsWith('.txt'));
  if (!file) return null;
  const raw = readFileSync(join(SEEDS, file), 'utf8');
  return { file, text: ` ${normalize(raw)} `, sentences: sentencesOf(raw) };
}

/** A quote is the seed's words: a run of whole words in it. */
const isQuote = (words, seed) => words !== '' && seed.text.includes(` ${words} `);

/** Each " … "-separated part of `renders` is one or more consecutive whole sentences of the seed. */
const rendersProblem = (renders, seed) => {
  const parts = renders.split('…').map(normalize);
  if (parts.some((part) => part === '')) return 'has an empty part';
  const missing = parts.filter((part) => !isSentenceRun(part, seed.sentences));
  return missing.length ? `is not the seed's sentence(s), word for word: "${missing.join('" … "')}"` : null;
};

function domainFiles(dir = DOMAIN) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return domainFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Parses the domain in `dir` once: every statement, every problem, and the sources' seeds and titles. */
function readDomain(dir = DOMAIN) {
  const files = domainFiles(dir);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    // The domain knows no DOM: leaving its large declarations out keeps the
    // parse short. The ES library stays, for arrays' contextual types.
    lib: ['lib.es2022.d.ts'],
    types: [],
  });
  const checker = program.getTypeChecker();
  const textFile = program.getSourceFile(join(dir, 'text.ts'));
  const sourcesFile = program.getSourceFile(join(dir, 'sources.ts'));
  assert.ok(textFile && sourcesFile, 'src/domain/text.ts and sources.ts exist');

  const declared = (file, name, kind) =>
    file.statements.find((node) => kind(node) && node.name?.text === name) ??
    assert.fail(`${relative(PROJECT, file.fileName)} declares ${name}`);
  const symbolOf = (node) => {
    const symbol = checker.getSymbolAtLocation(node);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  const SAY = symbolOf(declared(textFile, 'say', ts.isFunctionDeclaration).name);
  const PARAPHRASE = symbolOf(declared(textFile, 'paraphrase', ts.isFunctionDeclaration).name);
  const STATEMENT = symbolOf(declared(sourcesFile, 'Statement', ts.isInterfaceDeclaration).name);

  /** The expression a `const` binding (or an alias of one) stands for, through parentheses and `as`. */
  const definition = (node) => {
    if (node && (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))) return definition(node.expression);
    if (node && ts.isIdentifier(node)) {
      const declaration = symbolOf(node)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
        return definition(declaration.initializer);
      }
    }
    return node;
  };
  /** The fields of an object literal, by name, each as its expression. */
  const fieldsOf = (node) =>
    Object.fromEntries(node.properties.filter(ts.isPropertyAssignment).map((field) => [field.name.getText(field.getSourceFile()), field.initializer]));
  /** The string an expression always has, following `const` bindings and `+`; undefined if it cannot be known. */
  const evaluate = (node) => {
    if (!node) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return evaluate(node.expression);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [evaluate(node.left), evaluate(node.right)];
      return left === undefined || right === undefined ? undefined : left + right;
    }
    if (ts.isIdentifier(node)) {
      const declaration = symbolOf(node)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
        return evaluate(declaration.initializer);
      }
    }
    return undefined;
  };

  /** The id of the source a say() or paraphrase() is given: a source constant of sources.ts (`{ id: '…', … }`). */
  const sourceIdOf = (node) => {
    const source = definition(node);
    return source && ts.isObjectLiteralExpression(source) ? evaluate(fieldsOf(source).id) : undefined;
  };

  // Sources: id → seed, language, title, from the SOURCES literal and the source constants it lists.
  const sources = new Map();
  const sourcesDeclaration = sourcesFile.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => statement.declarationList.declarations)
    .find((declaration) => declaration.name.getText(sourcesFile) === 'SOURCES');
  assert.ok(sourcesDeclaration && ts.isObjectLiteralExpression(sourcesDeclaration.initializer), 'sources.ts has SOURCES = { … }');
  for (const property of sourcesDeclaration.initializer.properties) {
    const source = definition(property.initializer);
    assert.ok(source && ts.isObjectLiteralExpression(source), `SOURCES.${property.name.getText(sourcesFile)} is a source literal`);
    const fields = Object.fromEntries(Object.entries(fieldsOf(source)).map(([name, value]) => [name, evaluate(value)]));
    sources.set(fields.id, fields);
  }

  const statements = [];
  const problems = [];
  const where = (node) => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    return { file: relative(dir === DOMAIN ? PROJECT : dir, file.fileName), line: line + 1 };
  };
  const isStatementType = (type) =>
    !!type && (type.isUnion() ? type.types.some(isStatementType) : type.getSymbol() === STATEMENT || type.aliasSymbol === STATEMENT);

  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(dir) || file === textFile) continue;
    const visit = (node) => {
      if (ts.isCallExpression(node)) {
        const callee = symbolOf(node.expression);
        if (callee === SAY || callee === PARAPHRASE) {
          const kind = callee === SAY ? 'say' : 'paraphrase';
          const [source, ...rest] = [sourceIdOf(node.arguments[0]), ...node.arguments.slice(1).map(evaluate)];
          const renders = kind === 'paraphrase' ? rest.shift() : undefined;
          const [en, sv, nb] = rest;
          const found = { kind, ...where(node), source, renders, text: { en, sv, nb } };
          if ([source, en, sv, nb, ...(kind === 'paraphrase' ? [renders] : [])].some((value) => value === undefined)) {
            problems.push({ ...found, problem: `${kind}() with arguments that are not literals: pass the texts themselves, so they can be checked against the seed` });
          } else {
            statements.push(found);
          }
        }
      }
      if (ts.isObjectLiteralExpression(node) && isStatementType(checker.getContextualType(node))) {
        problems.push({ ...where(node), problem: 'a Statement built without say() or paraphrase(): its words cannot be checked against the seed' });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { files, sources, statements, problems };
}

// Needs no seeds: the parser finds statements however they are written, and
// flags those whose words it cannot check.
test('finds statements through aliases and const bindings in any module, and flags any it cannot check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'care-seed-fidelity-'));
  try {
    for (const file of ['text.ts', 'sources.ts', 'locale.ts']) copyFileSync(join(DOMAIN, file), join(dir, file));
    writeFileSync(
      join(dir, 'new-module.ts'),
      [
        "import { say as quote, paraphrase } from './text.js';",
        "import { OSTEOPOROSIS_PAIN_TREATMENT as SOURCE } from './sources.js';",
        "import type { Statement } from './sources.js';",
        "const RENDERS = 'Det finns inga standardiserade rehabiliteringsprogram.';",
        "export const quoted = quote(SOURCE, 'For persistent pain.', 'Vid ' + 'ihållande smärtor.', 'Ved vedvarende smerter.');",
        "export const rendered = paraphrase(SOURCE, RENDERS, 'No programmes.', 'Inga program.', 'Ingen programmer.').text;",
        'export function wrapped(en: string, sv: string, nb: string): Statement {',
        '  return quote(SOURCE, en, sv, nb);',
        '}',
        "export const literal: Statement = { source: SOURCE.id, from: SOURCE, text: { en: 'a', sv: 'b', nb: 'c' } };",
        "export const list: readonly Statement[] = [{ source: SOURCE.id, from: SOURCE, text: { en: 'a', sv: 'b', nb: 'c' } }];",
      ].join('\n'),
    );
    const { statements, problems } = readDomain(dir);
    assert.deepEqual(
      statements.map(({ kind, line, source, renders, text }) => ({ kind, line, source, renders, sv: text.sv })),
      [
        { kind: 'say', line: 5, source: 'osteoporosis-pain-treatment', renders: undefined, sv: 'Vid ihållande smärtor.' },
        { kind: 'paraphrase', line: 6, source: 'osteoporosis-pain-treatment', renders: 'Det finns inga standardiserade rehabiliteringsprogram.', sv: 'Inga program.' },
      ],
    );
    assert.deepEqual(
      problems.map(({ file, line, problem }) => `${file}:${line} ${problem.slice(0, 40)}`),
      [
        'new-module.ts:8 say() with arguments that are not litera',
        'new-module.ts:10 a Statement built without say() or parap',
        'new-module.ts:11 a Statement built without say() or parap',
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const reason = existsSync(SEEDS)
  ? null
  : `the seed texts are not here: ${SEEDS} does not exist (CI has them in ../shared/seeds beside the clone; set CARE_SEEDS_DIR to run this elsewhere). Nothing was checked.`;

if (reason) {
  test('every statement of the domain says what its seed says', { skip: reason }, () => {});
} else {
  const domain = readDomain();
  const seeds = new Map([...domain.sources.values()].map((source) => [source.seed, loadSeed(source.seed)]));

  test('each source names a seed that is there, in its language, under a title the seed itself gives', () => {
    assert.ok(domain.sources.size > 0, 'sources.ts lists sources');
    for (const [id, source] of domain.sources) {
      const seed = seeds.get(source.seed);
      assert.ok(seed, `${id}: seed ${source.seed} is in ${SEEDS}`);
      assert.match(source.language ?? '', /^(sv|nb)$/, `${id}: its language is sv or nb`);
      for (const part of source.title.split(' / ')) {
        assert.ok(isSentenceRun(normalize(part), seed.sentences), `${id}: title part "${part}" is a heading or sentence of seed ${source.seed}`);
      }
    }
  });

  test('the checks can fail: a changed word, a half sentence or a sentence from elsewhere is caught', () => {
    const seed = seeds.get('003');
    assert.ok(seed, 'seed 003 is there');
    assert.equal(isQuote(normalize('Behandlingseffekten har aldrig dokumenterats.'), seed), true);
    assert.equal(isQuote(normalize('Behandlingseffekten har alltid dokumenterats.'), seed), false);
    assert.equal(isQuote(normalize('ehandlingseffekten har aldrig'), seed), false, 'whole words only');
    assert.equal(rendersProblem('Det finns inga standardiserade rehabiliteringsprogram.', seed), null);
    assert.notEqual(rendersProblem('Det finns inga standardiserade', seed), null, 'half a sentence');
    assert.notEqual(rendersProblem('Korsett rekommenderas ofta.', seed), null, 'not in the seed');
  });

  test('finds the statements, in every module that has them', () => {
    assert.ok(domain.statements.length > 50, `found ${domain.statements.length} statements`);
    const modules = new Set(domain.statements.map((s) => s.file));
    for (const module of ['src/domain/treatments.ts', 'src/domain/treatment-comparison.ts']) assert.ok(modules.has(module), module);
  });

  const byFile = Map.groupBy
    ? Map.groupBy([...domain.statements, ...domain.problems], (s) => s.file)
    : [...domain.statements, ...domain.problems].reduce((map, s) => map.set(s.file, [...(map.get(s.file) ?? []), s]), new Map());
  for (const [file, found] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    test(`${file}: every quote is the seed's words, every paraphrase names the seed sentences it renders`, () => {
      const failures = [];
      for (const item of found) {
        const at = `${item.file}:${item.line}`;
        if (item.problem) {
          failures.push(`${at}: ${item.problem}`);
          continue;
        }
        const source = domain.sources.get(item.source);
        if (!source) {
          failures.push(`${at}: unknown source ${JSON.stringify(item.source)}`);
          continue;
        }
        const seed = seeds.get(source.seed);
        const own = item.text[source.language];
        if (item.kind === 'say') {
          if (!isQuote(normalize(own), seed)) {
            failures.push(`${at}: say() is not seed ${source.seed}'s words (${source.language}): "${own}". Quote the seed, or make it a paraphrase() naming the sentence it renders.`);
          }
        } else {
          const problem = rendersProblem(item.renders, seed);
          if (problem) failures.push(`${at}: paraphrase()'s renders ${problem} (seed ${source.seed})`);
        }
      }
      if (failures.length) assert.fail(`${failures.length} statement(s) of ${file} drift from their seed:\n${failures.join('\n')}`);
    });
  }
}
