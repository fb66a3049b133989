// Custom Elements Manifest plugin: the valid values of an attribute whose
// property is typed as a plain string (so that a wrong value gets the element's
// notice rather than a type error), read from the kit's own id lists.
//
// A property's doc comment names the list with `@values NAME` (a tuple such as
// TREATMENT_IDS, or a union type such as HeadingLevel, in scope in the element's
// file, or `@values NAME from ./module.js` for one the file does not import);
// `@values NAME[]` marks a space-separated token list (`situations`).
// The plugin resolves NAME with the TypeScript checker and writes the literal
// union into the attribute's `parsedType` (the field tools that expand types,
// such as @wc-toolkit/type-parser, use), e.g. "'full' | 'compact'", or
// "('a' | 'b')[]" for a token list. The embed builder (demo/embed/) makes selects
// and checkboxes of them, so a new attribute with `@values` needs no page edit.
// The analyzer parses files without a type checker, and the plugins that expand
// types resolve declared types only (ours are `string`), hence this one.
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** The literal values of `type`: a union of literals, or a tuple (readonly array) of them; null otherwise. */
function literalsOf(checker, type) {
  const members = checker.isTupleType(type) || checker.isArrayType(type) ? checker.getTypeArguments(type) : [type];
  const flat = members.flatMap((member) => (member.isUnion() ? member.types : [member]));
  if (flat.length === 0 || !flat.every((member) => member.isLiteral())) return null;
  return flat.map((member) => member.value);
}

/** The export `name` of the module `specifier` imports from `file`, or undefined. */
function exported(program, checker, file, specifier, name) {
  const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
  const module = program.getSourceFile(target) && checker.getSymbolAtLocation(program.getSourceFile(target));
  return module ? checker.getExportsOfModule(module).find((symbol) => symbol.name === name) : undefined;
}

/** Per class name and property name: the literal values and whether it is a token list. */
function collectValues(files) {
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const found = new Map();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node) => {
      if (ts.isPropertyDeclaration(node) && ts.isClassDeclaration(node.parent) && node.parent.name) {
        for (const tag of ts.getJSDocTags(node)) {
          if (tag.tagName.text !== 'values') continue;
          const text = (typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
          const match = /^([A-Za-z_$][\w$]*)(\[\])?(?:\s+from\s+(\S+))?$/.exec(text);
          const where = `${file}: ${node.parent.name.text}.${node.name.getText(source)}`;
          if (!match) throw new Error(`${where}: @values takes a name in scope (or NAME from ./module.js), optionally with [], not "${text}"`);
          const symbol = match[3] ? exported(program, checker, file, match[3], match[1]) : checker.resolveName(match[1], node, ts.SymbolFlags.Type | ts.SymbolFlags.Value, false);
          if (!symbol) throw new Error(`${where}: @values ${text}: no such name`);
          const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
          const type = target.flags & ts.SymbolFlags.Value ? checker.getTypeOfSymbol(target) : checker.getDeclaredTypeOfSymbol(target);
          const values = literalsOf(checker, type);
          if (!values) throw new Error(`${where}: @values ${match[1]} is not a list or union of literals`);
          const byClass = found.get(node.parent.name.text) ?? new Map();
          byClass.set(node.name.getText(source), { values, list: Boolean(match[2]) });
          found.set(node.parent.name.text, byClass);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** "'a' | 'b'", or "('a' | 'b')[]" for a token list. */
export function valuesText({ values, list }) {
  const union = values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(' | ');
  return list ? `(${union})[]` : union;
}

export function attributeValues() {
  const files = [];
  return {
    name: 'care-attribute-values',
    analyzePhase({ ts: analyzerTs, node }) {
      if (node.kind === analyzerTs.SyntaxKind.SourceFile) files.push(resolve(node.fileName));
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const found = collectValues(files);
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const byField = found.get(declaration.name);
          if (!byField) continue;
          for (const attribute of declaration.attributes ?? []) {
            const values = byField.get(attribute.fieldName);
            if (values) attribute.parsedType = { text: valuesText(values) };
          }
          for (const member of declaration.members ?? []) {
            const values = byField.get(member.name);
            if (values && member.kind === 'field') member.parsedType = { text: valuesText(values) };
          }
        }
      }
    },
  };
}
