#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 424:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ Access)
/* harmony export */ });
class Access {
    ports;
    gitPort;
    gitRepo;
    client;
    opened;
    compares = new Map();
    constructor(ports) {
        this.ports = ports;
    }
    /** The git adapter, opened once; whether the workspace is a repository is `repo`'s question. */
    git() {
        this.gitPort ??= this.ports.git();
        return this.gitPort;
    }
    /** The workspace's repository, or why git cannot be used. */
    repo() {
        this.gitRepo ??= (async () => {
            try {
                const git = await this.git();
                return (await git.isRepo()) ? git : 'the workspace is not a git checkout';
            }
            catch (err) {
                return err.message;
            }
        })();
        return this.gitRepo;
    }
    /** The repository when it holds every one of `revs`. */
    async repoWith(...revs) {
        const git = await this.repo();
        if (typeof git === 'string')
            return undefined;
        for (const r of revs)
            if (!r || !(await git.hasCommit(r)))
                return undefined;
        return git;
    }
    api() {
        this.client ??= this.ports.api().then((api) => (this.opened = api));
        return this.client;
    }
    /** `compare(base, head)`, asked once per pair: an ancestry check's answer is also the diff. */
    compare(base, head) {
        const key = `${base}...${head}`;
        let answer = this.compares.get(key);
        if (!answer) {
            answer = this.api().then((api) => api.compare(base, head));
            this.compares.set(key, answer);
        }
        return answer;
    }
    /** What the REST API cost this run, for the log; undefined when it was never used. */
    usage() {
        if (!this.opened)
            return undefined;
        const { requests, maxInFlight, roundTrips } = this.opened.stats();
        const trips = roundTrips === undefined ? '' : ` in ${roundTrips} round trip(s)`;
        return `REST API: ${requests} request(s)${trips}, at most ${maxInFlight} in flight at once`;
    }
}


/***/ }),

/***/ 6458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ defaultPorts)
/* harmony export */ });
/* unused harmony export readWorkspaceFile */
/* harmony import */ var _fs_checked_read_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7679);
/**
 * The real ports: git in the workspace, GitHub's REST API, the workspace's
 * files. The adapters are imported on first use, so a run with explicit
 * changes loads neither git's module nor Octokit.
 */

/** The most a workspace file read for a revision may hold (the matrix file's limit). */
const WORKSPACE_FILE_LIMIT = 50 * 1024 * 1024;
function defaultPorts(c) {
    return {
        async git() {
            const { LocalGit } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 308));
            return new LocalGit(c.workspace);
        },
        async api() {
            if (!c.repository)
                throw new Error('GITHUB_REPOSITORY is not set');
            const { GitHubApi } = await __nccwpck_require__.e(/* import() */ 461).then(__nccwpck_require__.bind(__nccwpck_require__, 461));
            return new GitHubApi({
                baseUrl: c.apiUrl,
                token: c.token,
                repository: c.repository,
                ...c.apiLimits,
            });
        },
        workspaceFile: (file) => readWorkspaceFile(c.workspace, file),
        async workspaceCommit() {
            const { LocalGit } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 308));
            try {
                return (await new LocalGit(c.workspace).run(['rev-parse', '--verify', '-q', 'HEAD'])).trim();
            }
            catch {
                return undefined; // not a checkout, or no commit yet
            }
        },
    };
}
/**
 * A file under the workspace by its repository path, through the checked
 * reader: undefined when it is not there; a FileRefused error when it leads
 * outside the workspace, is not a regular file or is too large.
 */
async function readWorkspaceFile(workspace, file) {
    try {
        return (0,_fs_checked_read_js__WEBPACK_IMPORTED_MODULE_0__.readChecked)(workspace, file, { shown: file, limit: WORKSPACE_FILE_LIMIT }).toString('utf8');
    }
    catch (err) {
        if (err instanceof _fs_checked_read_js__WEBPACK_IMPORTED_MODULE_0__.FileRefused && err.absent)
            return undefined;
        throw err;
    }
}


/***/ }),

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $v: () => (/* binding */ baseMatrix),
  YC: () => (/* binding */ findChange)
});

// UNUSED EXPORTS: completeChange, detectChange

// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __nccwpck_require__(8684);
// EXTERNAL MODULE: ./src/change/access.ts
var change_access = __nccwpck_require__(424);
// EXTERNAL MODULE: ./src/change/adapters.ts
var adapters = __nccwpck_require__(6458);
// EXTERNAL MODULE: ./src/change/events.ts
var events = __nccwpck_require__(4071);
;// CONCATENATED MODULE: ./src/change/last-successful.ts
/** Ancestry checks per run at most; each may cost a compare request. */
const MAX_CANDIDATES = 10;
const workflowOf = (workflowRef) => /\/\.github\/workflows\/([^@]+)@/.exec(workflowRef)?.[1];
/** The base SHA, or a warning saying why the event's own base is used instead. */
async function lastSuccessfulBase(q, access) {
    const none = (why) => ({
        warning: `base: last-successful: no successful run of this workflow on ${q.branch || 'this branch'} (${why}); diffing against the event's own base`,
    });
    const workflow = workflowOf(q.workflowRef);
    if (!workflow || !q.branch)
        return none('the workflow or branch is unknown');
    if (!q.head)
        return none('the event names no head commit');
    try {
        const runs = await (await access.api()).successfulPushRuns(workflow, q.branch);
        const foreign = [];
        const notAncestors = [];
        const unverified = [];
        let checked = 0;
        for (const run of runs) {
            if (run.headRepository && run.headRepository !== q.repository) {
                foreign.push(run.headRepository);
                continue;
            }
            if (checked++ >= MAX_CANDIDATES)
                break;
            try {
                if (await isAncestor(run.headSha, q, access))
                    return { sha: run.headSha };
                notAncestors.push(run.headSha.slice(0, 12));
            }
            catch (err) {
                unverified.push(`${run.headSha.slice(0, 12)}: ${err.message}`);
            }
        }
        const skipped = [
            foreign.length
                ? `${foreign.length} from another repository (${[...new Set(foreign)].join(', ')})`
                : '',
            notAncestors.length
                ? `${notAncestors.length} not an ancestor of ${q.head.slice(0, 12)} (${notAncestors.join(', ')})`
                : '',
            unverified.length ? `${unverified.length} unverified (${unverified.join('; ')})` : '',
        ].filter(Boolean);
        return none(skipped.length ? `runs skipped: ${skipped.join('; ')}` : 'none was found');
    }
    catch (err) {
        return none(err.message);
    }
}
/** Git answers when it comes first and holds both commits; otherwise the compare API's status. */
async function isAncestor(sha, q, access) {
    if (sha === q.head)
        return true;
    const git = q.order[0] === 'git' ? await access.repoWith(sha, q.head) : undefined;
    if (git)
        return git.isAncestor(sha, q.head);
    const { status } = await access.compare(sha, q.head);
    return status === 'ahead' || status === 'identical';
}

// EXTERNAL MODULE: ./src/change/revisions.ts
var revisions = __nccwpck_require__(7890);
// EXTERNAL MODULE: ./src/change/schemas.ts
var schemas = __nccwpck_require__(4660);
;// CONCATENATED MODULE: ./src/change/detect.ts
/**
 * What changed in this run: a file list, or "everything" with the cause. The
 * decision is the table in events.ts; this module carries it out with git and
 * the REST API behind ports (access.ts), then reads what the plan needs at
 * the diff's revisions: the base matrix file, and the schema files that
 * `unless: additive-proto` rules guard.
 *
 * Failing safe means building too much, never silently building nothing:
 * every fallback is a warning naming its cause.
 */







async function findChange(req, opts = {}) {
    const access = new change_access/* Access */.v(opts.ports ?? (0,adapters/* defaultPorts */.g)(req));
    return completeChange(req, await detectChange(req, access), access, opts.rules);
}
/**
 * The file list, or "everything" with its cause: what the event and the
 * inputs decide, with no need of the matrix file. The action starts it
 * before it parses the matrix (early.ts), so the two overlap.
 */
function detectChange(req, access) {
    return detect(req, access);
}
/** What the rules need on top of the file list: the base matrix and the schema verdicts. */
async function completeChange(req, found, access, rules) {
    const { change, revisions } = found;
    if (change.kind === 'files' && revisions) {
        found.change = {
            ...change,
            baseMatrix: await baseMatrix(req.matrixPath, change.files, revisions),
            schemas: await (0,schemas/* schemaVerdicts */.I)(rules, change.files, revisions),
        };
    }
    const usage = access.usage();
    if (usage)
        found.notes.push(usage);
    return found;
}
/**
 * The matrix file at the base, needed only when the change touches the file
 * itself. A file the change adds reads as empty: all of its entries are new.
 */
async function baseMatrix(matrixPath, files, revisions) {
    const target = (0,globs/* normalizePath */.Fd)(matrixPath);
    if (!files.some((f) => (0,globs/* normalizePath */.Fd)(f) === target))
        return undefined;
    const r = await revisions.base(target);
    if ('text' in r)
        return { text: r.text };
    return 'absent' in r ? { text: '' } : { error: r.error };
}
async function detect(req, access) {
    const warnings = [];
    const notes = [];
    const found = (change, source, range, list) => ({
        change,
        source,
        warnings,
        notes,
        added: list?.added,
        revisions: change.kind === 'files'
            ? new revisions/* Revisions */.h(access, {
                base: range?.base,
                head: range?.head,
                added: list && new Set(list.added ?? []),
                workspaceHead: true,
                checkout: { eventName: req.eventName, sha: req.sha },
                useApi: true,
            })
            : undefined,
    });
    const all = (cause) => found({ kind: 'all', cause }, 'none');
    const d = (0,events/* decide */.LD)(req);
    if (d.kind === 'all')
        return all(d.cause);
    if (d.kind === 'given')
        return found({ kind: 'files', files: d.files }, 'input', d.range);
    let range = d.range;
    if (d.lastSuccessful) {
        const last = await lastSuccessfulBase({
            workflowRef: req.workflowRef,
            branch: d.lastSuccessful.branch,
            repository: req.repository,
            head: range.head,
            order: (0,events/* sourcesFor */.Mj)(range, req.diffSource).order,
        }, access);
        // An ancestor of the head: base...head is exactly what changed since.
        if ('sha' in last)
            range = { base: last.sha, head: range.head };
        else
            warnings.push(last.warning);
    }
    const none = (0,events/* undiffable */.p_)(range);
    if (none)
        return all(none);
    const { order, ruledOut } = (0,events/* sourcesFor */.Mj)(range, req.diffSource);
    const causes = [];
    for (const source of order) {
        const list = ruledOut[source] ??
            (source === 'git' ? await gitDiff(range, access) : await apiDiff(range, access));
        if (typeof list === 'string') {
            causes.push(list);
            continue;
        }
        // In auto mode git without the commits is the expected way to the API, not a fault.
        const expected = req.diffSource === 'auto' && source === 'api';
        for (const c of causes) {
            (expected ? notes : warnings).push(`${c}; used the ${source === 'git' ? 'git' : 'REST API'} diff instead`);
        }
        return found({ kind: 'files', files: list.files }, source, range, list);
    }
    const cause = `the changed files could not be found completely (${causes.join('; ')})`;
    warnings.push(`${cause}; every entry is built`);
    return all(cause);
}
const SHALLOW_HINT = '(the checkout is shallow: set fetch-depth: 0 on actions/checkout)';
/**
 * The files, or why git could not give them. Where the workspace may be a
 * repository the diff runs first: it fails exactly when there is none or it
 * lacks a commit (or, for base...head, their merge base), so a checkout that
 * has them costs one git process, and the checks run only to say why the
 * diff failed.
 */
async function gitDiff(r, access) {
    if (!r.base || !r.head)
        return 'the event names no commits to diff';
    let failure;
    try {
        const port = await access.git();
        if (port.mayBeRepo())
            return await port.diff(r.base, r.head, { mergeBase: !r.twoDot });
    }
    catch (err) {
        failure = err;
    }
    const git = await access.repo();
    if (typeof git === 'string')
        return git;
    try {
        const missing = [];
        for (const rev of [r.base, r.head])
            if (!(await git.hasCommit(rev)))
                missing.push(rev);
        if (missing.length) {
            const shallow = (await git.isShallow()) ? ` ${SHALLOW_HINT}` : '';
            const which = missing.map((m) => m.slice(0, 12)).join(' and ');
            return `git: ${missing.length > 1 ? `commits ${which} are` : `commit ${which} is`} not in the checkout${shallow}`;
        }
    }
    catch (err) {
        return err.message;
    }
    const message = failure?.message ?? 'git: the diff failed';
    const shallow = /no merge base/.test(message) && (await git.isShallow().catch(() => false));
    return shallow ? `${message} ${SHALLOW_HINT}` : message;
}
/** The files, or why the REST API could not give them completely. */
async function apiDiff(r, access) {
    try {
        if (r.pr !== undefined) {
            const list = await (await access.api()).pullRequestFiles(r.pr, r.filesHint);
            return list.complete
                ? list
                : `pull request #${r.pr} lists ${list.count} files, GitHub's cap, so its file list may be incomplete`;
        }
        if (!r.base || !r.head)
            return 'the event names no commits to compare';
        const ahead = await access.compare(r.base, r.head);
        if (!ahead.complete)
            return compareCap(ahead);
        // The compare API diffs from the merge base: a rewritten history needs the other side too,
        // unless the status already says the base is an ancestor of the head.
        if (!r.twoDot || ahead.status === 'ahead' || ahead.status === 'identical')
            return ahead;
        const behind = await access.compare(r.head, r.base);
        if (!behind.complete)
            return compareCap(behind);
        const files = [...new Set([...ahead.files, ...behind.files])];
        const gone = new Set(behind.files);
        return {
            files,
            complete: true,
            count: files.length,
            added: ahead.added.filter((f) => !gone.has(f)),
        };
    }
    catch (err) {
        return `REST API: ${err.message}`;
    }
}
const compareCap = (l) => `the compare API lists ${l.count} files, its cap, so the diff may be incomplete`;


/***/ }),

/***/ 4071:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Mj: () => (/* binding */ sourcesFor),
/* harmony export */   p_: () => (/* binding */ undiffable)
/* harmony export */ });
/* unused harmony exports LAST_SUCCESSFUL, rebase */
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1740);
/**
 * The event decision table (README, Events and how changes are found): from the
 * event, its payload and the inputs to the diff that must be computed, or to
 * "build everything" with the cause. Pure, so the action and
 * `backend-matrix plan --event` share one copy and tests read it as a table.
 */

/** The `base` input's value that asks for the last successful run's head. */
const LAST_SUCCESSFUL = 'last-successful';
const ZERO_SHA = /^0+$/;
function decide(i) {
    if (i.forceAll)
        return { kind: 'all', cause: 'force-all is set' };
    const own = eventRange(i);
    if (i.changedFiles) {
        // Explicit files need no diff; the range only says where their revisions are.
        const explicit = i.base && i.base !== LAST_SUCCESSFUL ? i.base : undefined;
        const range = explicit ? rebase(own ?? { base: '', head: i.sha }, explicit) : own;
        return { kind: 'given', files: i.changedFiles, range };
    }
    if (i.ref.startsWith('refs/tags/')) {
        return { kind: 'all', cause: `a tag push (${i.ref}) builds every image` };
    }
    if (!own) {
        return { kind: 'all', cause: `the ${i.eventName || 'unknown'} event has no diff to filter by` };
    }
    // The event's base may be all zeros: a last successful run can still give one.
    if (i.base === LAST_SUCCESSFUL) {
        return { kind: 'diff', range: own, lastSuccessful: { branch: branchOf(i) } };
    }
    const range = i.base ? rebase(own, i.base) : own;
    const cause = undiffable(range);
    return cause ? { kind: 'all', cause } : { kind: 'diff', range };
}
/** The range from another base: a plain compare, no longer the pull request's file list. */
function rebase(r, base) {
    return { base, head: r.head, ...(r.twoDot ? { twoDot: true } : {}) };
}
/** Why a range cannot be diffed, if it cannot: a side that is all zeros is no commit. */
function undiffable(r) {
    if (ZERO_SHA.test(r.head))
        return 'a push that deletes a branch has no head commit to diff';
    if (ZERO_SHA.test(r.base)) {
        return 'a push that creates a branch has no previous commit to diff against (set base to diff it)';
    }
    return undefined;
}
/**
 * The sources to try, in order, and the causes of those ruled out before any
 * request: a pull request whose payload already counts more files than GitHub
 * lists cannot get a complete list from the API, so no page is fetched.
 */
function sourcesFor(r, diffSource) {
    const order = diffSource === 'api' ? ['api', 'git'] : ['git', 'api'];
    if (r.pr !== undefined && r.filesHint !== undefined && r.filesHint > _ports_js__WEBPACK_IMPORTED_MODULE_0__/* .PR_FILES_CAP */ .M3) {
        return {
            order,
            ruledOut: {
                api: `pull request #${r.pr} has ${r.filesHint} changed files (event payload), over GitHub's ${_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .PR_FILES_CAP */ .M3.toLocaleString('en-US')}-file list cap, so no file list was requested`,
            },
        };
    }
    return { order, ruledOut: {} };
}
/** The diff an event implies, or undefined for events without one. */
function eventRange(i) {
    const e = i.event;
    switch (i.eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = obj(e.pull_request);
            const n = typeof e.number === 'number' ? e.number : pr.number;
            const hint = pr.changed_files;
            return {
                base: sha(obj(pr.base).sha),
                head: sha(obj(pr.head).sha),
                ...(typeof n === 'number' ? { pr: n } : {}),
                ...(typeof hint === 'number' ? { filesHint: hint } : {}),
            };
        }
        case 'push':
            return {
                base: sha(e.before),
                head: sha(e.after) || i.sha,
                ...(e.forced === true ? { twoDot: true } : {}),
            };
        case 'merge_group': {
            const mg = obj(e.merge_group);
            return { base: sha(mg.base_sha), head: sha(mg.head_sha) };
        }
        default:
            return undefined;
    }
}
/** The branch whose pushes `last-successful` looks at. */
function branchOf(i) {
    const e = i.event;
    if (i.eventName.startsWith('pull_request'))
        return sha(obj(obj(e.pull_request).head).ref);
    if (i.eventName === 'merge_group')
        return heads(sha(obj(e.merge_group).base_ref));
    return heads(i.ref);
}
const heads = (ref) => ref.replace(/^refs\/heads\//, '');
const sha = (v) => (typeof v === 'string' ? v : '');
const obj = (v) => v && typeof v === 'object' ? v : {};


/***/ }),

/***/ 1740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ PR_FILES_PER_PAGE),
/* harmony export */   M3: () => (/* binding */ PR_FILES_CAP),
/* harmony export */   oW: () => (/* binding */ REQUEST_SENT_CHANNELS),
/* harmony export */   pP: () => (/* binding */ COMPARE_FILES_CAP),
/* harmony export */   qt: () => (/* binding */ PAGES_IN_FLIGHT)
/* harmony export */ });
/* unused harmony export firstWave */
/**
 * What change detection needs from the outside world, as small interfaces:
 * the adapters in src/git and src/github implement them, and tests pass fakes.
 */
/** GitHub lists at most this many files of a pull request, and of a comparison. */
const PR_FILES_CAP = 3000;
const COMPARE_FILES_CAP = 300;
/** A pull request's files are read 100 to a page, at most 10 pages in flight at once. */
const PR_FILES_PER_PAGE = 100;
const PAGES_IN_FLIGHT = 10;
/**
 * Diagnostics channels on which a REST request's headers being on the wire
 * is published: by the API's own fetch on Node's http client, and by undici
 * (the fetch used behind a proxy).
 */
const REQUEST_SENT_CHANNELS = ['backend-matrix:request-sent', 'undici:client:sendHeaders'];
/** How many page requests a pull request's file list starts with, from the payload's count. */
function firstWave(hint) {
    if (!hint || hint <= 0)
        return 1;
    const pages = Math.min(PR_FILES_CAP / PR_FILES_PER_PAGE, Math.ceil(hint / PR_FILES_PER_PAGE));
    return Math.min(PAGES_IN_FLIGHT, pages);
}


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ Revisions)
/* harmony export */ });
const ZERO_SHA = /^0+$/;
const short = (sha) => sha.slice(0, 12);
const repoPath = (p) => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
class Revisions {
    access;
    spec;
    reads = new Map();
    atHead;
    constructor(access, spec) {
        this.access = access;
        this.spec = spec;
    }
    base(path) {
        return this.once('base', repoPath(path), (p) => this.readBase(p));
    }
    head(path) {
        return this.once('head', repoPath(path), (p) => this.readHead(p));
    }
    /** Each revision of a file is read once, whoever asks (the matrix file, a schema rule). */
    once(side, path, read) {
        const key = `${side}:${path}`;
        let r = this.reads.get(key);
        if (!r)
            this.reads.set(key, (r = read(path)));
        return r;
    }
    async readBase(path) {
        const { base, added } = this.spec;
        if (!base || ZERO_SHA.test(base))
            return { error: 'the event names no base revision' };
        const r = await this.read(path, base);
        if (!('missing' in r))
            return r;
        if (added ? added.has(path) : r.by === 'git') {
            return { absent: true, why: `the change adds ${path}` };
        }
        return {
            error: `${r.missing}, yet the change lists it as modified: the base revision cannot be read`,
        };
    }
    async readHead(path) {
        if (this.spec.workspaceHead && (await (this.atHead ??= this.workspaceAtHead()))) {
            let text;
            try {
                text = await this.access.ports.workspaceFile(path);
            }
            catch (err) {
                // A symlink out of the workspace, a FIFO, a device: never read, and never judged additive.
                return { error: `the workspace's copy was refused: ${err.message}` };
            }
            if (text !== undefined)
                return { text };
        }
        const { head } = this.spec;
        if (!head)
            return { error: 'the event names no head revision' };
        const r = await this.read(path, head);
        if (!('missing' in r))
            return r;
        // git read the head's tree; the API's 404 could also be a ref it cannot see,
        // so it stays unreadable (the rule fires) but the reason names both.
        return r.by === 'git'
            ? { absent: true, why: `the change deletes ${path}` }
            : { error: `${r.missing}: deleted by this change, or a commit the API cannot see` };
    }
    /**
     * Whether the workspace holds the head: git says HEAD is the head commit,
     * or the event says actions/checkout put it there (and git, when it can
     * tell, agrees that nothing else was checked out since).
     */
    async workspaceAtHead() {
        const { head, checkout } = this.spec;
        const base = checkout?.eventName === 'pull_request_target';
        // With no head commit named the workspace is all there is to read, except
        // where it is known to hold the base.
        if (!head)
            return !base;
        const eventSays = checkout !== undefined &&
            !base &&
            (checkout.sha === head || checkout.eventName === 'pull_request');
        let at;
        try {
            at = await this.access.ports.workspaceCommit?.();
        }
        catch {
            at = undefined;
        }
        if (at === undefined)
            return eventSays;
        const same = (a, b) => a.toLowerCase() === b.toLowerCase();
        return same(at, head) || (eventSays && same(at, checkout.sha));
    }
    /** Git when it has the commit, else the contents API. */
    async read(path, rev) {
        // A commit git lacks is the expected way to the API, so only a failed `git show` is named.
        const failures = [];
        const git = await this.access.repoWith(rev);
        if (git) {
            try {
                const text = await git.show(rev, path);
                return text === undefined
                    ? { missing: `${path} is not in commit ${short(rev)}`, by: 'git' }
                    : { text };
            }
            catch (err) {
                failures.push(`git: ${err.message}`);
            }
        }
        if (!this.spec.useApi) {
            return { error: failures.join('; ') || `commit ${short(rev)} is not in the repository` };
        }
        try {
            const text = await (await this.access.api()).fileAt(path, rev);
            return text === undefined
                ? { missing: `the contents API has no ${path} at ${short(rev)}`, by: 'api' }
                : { text };
        }
        catch (err) {
            failures.push(`REST API: ${err.message}`);
            return { error: failures.join('; ') };
        }
    }
}


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ schemaVerdicts)
/* harmony export */ });
/* harmony import */ var _core_select_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3295);

async function schemaVerdicts(rules, files, revisions) {
    const verdicts = new Map();
    if (!rules || !revisions)
        return verdicts;
    const targets = (0,_core_select_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaFiles */ .rx)(rules, files);
    if (!targets.length)
        return verdicts;
    const [{ compareSchemas }, texts] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(853), __nccwpck_require__.e(604)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8604)),
        Promise.all(targets.map((file) => Promise.all([settle(revisions.base(file)), settle(revisions.head(file))]))),
    ]);
    targets.forEach((file, i) => {
        const [base, head] = texts[i];
        verdicts.set(file, verdictOf(base, head, compareSchemas));
    });
    return verdicts;
}
/** A reader that throws instead of answering `{ error }` still yields a verdict. */
const settle = (read) => read.catch((err) => ({ error: String(err?.message ?? err) }));
/** A file that is new, gone or unreadable is never judged additive. */
function verdictOf(base, head, compare) {
    if ('absent' in base)
        return { additive: false, summary: 'added by this change' };
    if ('absent' in head)
        return { additive: false, summary: 'deleted by this change' };
    if ('error' in base)
        return {
            additive: false,
            summary: `its base revision could not be read: ${base.error}`,
            fallback: true,
        };
    if ('error' in head)
        return {
            additive: false,
            summary: `its head revision could not be read: ${head.error}`,
            fallback: true,
        };
    return compare(base.text, head.text);
}


/***/ }),

/***/ 5478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ pushTo)
/* harmony export */ });
/** Appends `item` to the list under `key`, creating the list on first use. */
function pushTo(map, key, item) {
    const list = map.get(key);
    if (list)
        list.push(item);
    else
        map.set(key, [item]);
}


/***/ }),

/***/ 5263:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ identity),
/* harmony export */   Q_: () => (/* binding */ isMultiArch),
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   pi: () => (/* binding */ isMapping)
/* harmony export */ });
/** The string form of a field as selectors and templates see it; '' when absent. */
function fieldText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
const isMultiArch = (e) => e.os === 'linux' && e.platformTag !== '';
/** `tag-suffix` + `platform-tag`: what makes an entry unique within its list. */
const identity = (e) => `${e.tagSuffix}\u0000${e.platformTag}`;
function isMapping(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 8684:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ isNegation),
/* harmony export */   Eo: () => (/* binding */ shadows),
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   Qf: () => (/* binding */ boundedMatcher),
/* harmony export */   TI: () => (/* binding */ glob),
/* harmony export */   yk: () => (/* binding */ escapeGlob),
/* harmony export */   zd: () => (/* binding */ GlobIndex),
/* harmony export */   zz: () => (/* binding */ PatternList)
/* harmony export */ });
/* unused harmony export Glob */
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8016);
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(picomatch_posix_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _collections_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5478);
/* harmony import */ var _wildmatch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9614);



/** Characters with a meaning to picomatch (`"…"` quotes a literal). */
const GLOB_CHARS = /[*?[\]{}()!+@\\|"]/;
const OPTIONS = { dot: true };
/** Drops a leading `./` (or several): `./backend/x` and `backend/x` are the same file. */
function normalizePath(p) {
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
/** Escapes glob syntax so a field value matches only itself. */
function escapeGlob(value) {
    return value.replace(/[*?[\]{}()!+@\\|"]/g, '\\$&');
}
/**
 * One compiled glob. Most patterns in a matrix file are literal paths or
 * `literal/dir/**`; those are answered with string compares, and picomatch
 * compiles the rest lazily, on the first file that reaches them.
 */
class Glob {
    pattern;
    /** The literal directory (or whole path) every match starts with; '' when none. */
    base;
    kind;
    /** The literal directory every match lies under, when the pattern proves one ('' for none). */
    within;
    matcher;
    constructor(pattern) {
        this.pattern = pattern;
        const segments = pattern.split('/');
        const literal = [];
        for (const s of segments) {
            if (s === '' || s === '.' || s === '..' || GLOB_CHARS.test(s))
                break;
            literal.push(s);
        }
        this.base = literal.join('/');
        // The base binds only when a glob segment, not an empty or dot segment, ends it.
        this.within = GLOB_CHARS.test(segments[literal.length] ?? '') ? this.base : undefined;
        if (literal.length === segments.length)
            this.kind = 'exact';
        else if (literal.length === segments.length - 1 && segments.at(-1) === '**' && literal.length)
            this.kind = 'tree';
        else
            this.kind = 'glob';
    }
    /** Why the pattern is refused (too many wildcards, or picomatch refuses it), if it is. */
    problem() {
        if (this.kind !== 'glob')
            return undefined;
        const costly = (0,_wildmatch_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardProblem */ .mz)(this.pattern);
        if (costly)
            return costly;
        if (this.matcher)
            return undefined;
        try {
            this.matcher = (0,_wildmatch_js__WEBPACK_IMPORTED_MODULE_0__/* .compileLinear */ .Zt)(this.pattern) ?? picomatch_posix_js__WEBPACK_IMPORTED_MODULE_1___default()(this.pattern, OPTIONS);
            return undefined;
        }
        catch (err) {
            return err.message;
        }
    }
    test(value) {
        switch (this.kind) {
            case 'exact':
                return value === this.pattern;
            case 'tree':
                return (value.startsWith(this.base) &&
                    (value.length === this.base.length ||
                        (value[this.base.length] === '/' && !DOT_SEGMENT.test(value.slice(this.base.length)))));
            default:
                return (this.matcher ??= compile(this.pattern))(value);
        }
    }
}
/** picomatch's `**` never crosses a `.` or `..` segment; the shortcut must not either. */
const DOT_SEGMENT = /\/\.\.?(\/|$)/;
/**
 * Rule globs are checked when the file is loaded; a pattern built from a field
 * value can still be refused (picomatch caps length). It then matches every
 * path under its base: building too much beats building nothing. The common
 * syntax is matched in linear time; picomatch gets the rest, few wildcards.
 */
function compile(pattern) {
    if ((0,_wildmatch_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardProblem */ .mz)(pattern))
        return () => true;
    try {
        return (0,_wildmatch_js__WEBPACK_IMPORTED_MODULE_0__/* .compileLinear */ .Zt)(pattern) ?? picomatch_posix_js__WEBPACK_IMPORTED_MODULE_1___default()(pattern, OPTIONS);
    }
    catch {
        return () => true;
    }
}
/**
 * A matcher for a pattern of another syntax's origin (a `.dockerignore` line,
 * a COPY source), with picomatch's options for it; undefined when the pattern
 * is refused (too many wildcards, or picomatch refuses it).
 */
function boundedMatcher(pattern, options) {
    if ((0,_wildmatch_js__WEBPACK_IMPORTED_MODULE_0__/* .wildcardProblem */ .mz)(pattern))
        return undefined;
    try {
        return (0,_wildmatch_js__WEBPACK_IMPORTED_MODULE_0__/* .compileLinear */ .Zt)(pattern) ?? picomatch_posix_js__WEBPACK_IMPORTED_MODULE_1___default()(pattern, options);
    }
    catch {
        return undefined;
    }
}
const cache = new Map();
/** Compiled globs are shared: legs of one backend expand to the same patterns. */
function glob(pattern) {
    let g = cache.get(pattern);
    if (!g)
        cache.set(pattern, (g = new Glob(pattern)));
    return g;
}
/**
 * Whether the exclusion `negative` provably removes every path `positive` can
 * match: a literal path it matches, or a pattern whose literal directory lies
 * inside an excluded `dir/**` (or `**`). Repository paths have no `.` or `..`
 * segments, the only paths `dir/**` leaves out. Other overlaps are not
 * decided, so a correct list is never reported.
 */
function shadows(negative, positive) {
    if (positive.kind === 'exact')
        return negative.test(positive.pattern);
    const dir = positive.kind === 'tree' ? positive.base : positive.within;
    const tree = negative.kind === 'tree' ? negative.base : negative.pattern === '**' ? '' : undefined;
    if (dir === undefined || tree === undefined)
        return false;
    return tree === '' || dir === tree || dir.startsWith(`${tree}/`);
}
/** `!(a|b)` is an extglob (a positive pattern), not a negation of `(a|b)`. */
const isNegation = (p) => p.startsWith('!') && !p.startsWith('!(');
/** A list of globs where `!` patterns exclude: a value matches some positive and no negative. */
class PatternList {
    positives = [];
    negatives = [];
    constructor(patterns) {
        for (const p of patterns) {
            if (isNegation(p))
                this.negatives.push(glob(normalizePath(p.slice(1))));
            else
                this.positives.push(glob(normalizePath(p)));
        }
    }
    /** With no positive pattern, everything not excluded matches (selector lists). */
    test(value) {
        if (this.positives.length && !this.positives.some((g) => g.test(value)))
            return false;
        return !this.excludes(value);
    }
    excludes(value) {
        return this.negatives.some((g) => g.test(value));
    }
}
/**
 * Finds which of many globs match a path without testing them all: each glob
 * is filed under its literal base, and a path only meets the globs filed under
 * its own directory prefixes.
 */
class GlobIndex {
    buckets = new Map();
    add(g, item) {
        (0,_collections_js__WEBPACK_IMPORTED_MODULE_2__/* .pushTo */ .I)(this.buckets, g.base, { glob: g, item });
    }
    /** Calls `visit` for every added item whose glob matches `path`. */
    query(path, visit) {
        this.visitBucket('', path, visit);
        for (let i = path.indexOf('/', 1); i >= 0; i = path.indexOf('/', i + 1)) {
            this.visitBucket(path.slice(0, i), path, visit);
        }
        if (path)
            this.visitBucket(path, path, visit);
    }
    visitBucket(base, path, visit) {
        const bucket = this.buckets.get(base);
        if (bucket)
            for (const { glob, item } of bucket)
                if (glob.test(path))
                    visit(item);
    }
}


/***/ }),

/***/ 654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   buildLineage: () => (/* binding */ buildLineage),
/* harmony export */   descendantsOf: () => (/* binding */ descendantsOf),
/* harmony export */   lineageDepth: () => (/* binding */ lineageDepth),
/* harmony export */   normalizeReference: () => (/* binding */ normalizeReference),
/* harmony export */   selectDescendants: () => (/* binding */ selectDescendants),
/* harmony export */   stageSelection: () => (/* binding */ stageSelection),
/* harmony export */   stagesOf: () => (/* binding */ stagesOf)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8155);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1688);


const TAG = /^[\w][\w.-]{0,127}$/;
/**
 * Docker's reference grammar, enough to compare names: the domain is the first
 * component when it has a `.` or `:` or is `localhost`, else `docker.io`
 * (`index.docker.io` is the same), where a one-component path is under
 * `library/`; a digest is dropped. undefined for what cannot be a reference.
 */
function normalizeReference(text) {
    let rest = text.trim();
    if (!rest || /[\s$]/.test(rest))
        return undefined;
    const at = rest.indexOf('@');
    if (at >= 0)
        rest = rest.slice(0, at);
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            return undefined;
    }
    let domain = 'docker.io';
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash > 0) {
        const first = rest.slice(0, slash);
        if (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase()) {
            domain = first.toLowerCase();
            path = rest.slice(slash + 1);
        }
    }
    if (domain === 'index.docker.io')
        domain = 'docker.io';
    if (domain === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    if (!path || path.split('/').some((c) => !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(c)))
        return undefined;
    return { repository: `${domain}/${path}`, tag };
}
/**
 * The lineage of the Linux entries: every found reference whose repository
 * (and tag, when the template names one; an absent tag is `latest`) is another
 * image's makes that image a parent. Cycles are errors naming each image and
 * the line that makes it a child.
 */
function buildLineage(entries, template, found, unread) {
    const images = [];
    const listed = new Set();
    const names = new Map();
    const byRepository = new Map();
    for (const e of entries) {
        if (e.os !== 'linux')
            continue;
        if (!listed.has(e.tagSuffix)) {
            listed.add(e.tagSuffix);
            images.push(e.tagSuffix);
        }
        const filled = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .fillTemplate */ .ou)(template, e);
        const name = filled === undefined ? undefined : normalizeReference(filled);
        if (!name)
            continue;
        if (!names.has(e.tagSuffix))
            names.set(e.tagSuffix, name);
        const list = byRepository.get(name.repository) ?? [];
        if (!list.some((c) => c.image === e.tagSuffix && c.tag === name.tag))
            list.push({ image: e.tagSuffix, tag: name.tag });
        byRepository.set(name.repository, list);
    }
    const parents = new Map();
    const link = (child, l) => {
        const list = parents.get(child) ?? [];
        if (!list.some((x) => x.parent === l.parent))
            list.push(l);
        parents.set(child, list);
    };
    for (const f of found) {
        const name = normalizeReference(f.reference);
        if (!name)
            continue;
        for (const c of byRepository.get(name.repository) ?? []) {
            if (c.image === f.entry.tagSuffix)
                continue; // never its own parent
            if (c.tag !== undefined && c.tag !== (name.tag ?? 'latest'))
                continue;
            const { file, line, col, instruction, reference } = f;
            link(f.entry.tagSuffix, {
                parent: c.image,
                site: { file, line, col, instruction, reference },
            });
        }
    }
    const unknown = new Map();
    for (const [e, why] of unread)
        if (e.os === 'linux')
            unknown.set(e.tagSuffix, why);
    const known = () => childrenOf(images, parents);
    if (unknown.size) {
        // An image whose parents cannot be read may build FROM any image that is
        // not its own descendant: it rebuilds after each of them, never before.
        // Images below any unreadable one are left out, so two of them cannot
        // close a cycle through each other's children.
        const children = known();
        const belowUnknown = closure([...unknown.keys()], children);
        for (const [u, why] of unknown) {
            for (const p of images) {
                if (belowUnknown.has(p))
                    continue;
                link(u, { parent: p, unknown: why });
            }
        }
    }
    const lineage = {
        template: template.text,
        images,
        parents,
        children: known(),
        unknown,
        names,
    };
    return { lineage, problems: cycles(lineage) };
}
function childrenOf(images, parents) {
    const children = new Map();
    for (const child of images) {
        for (const { parent } of parents.get(child) ?? []) {
            const list = children.get(parent) ?? [];
            list.push(child);
            children.set(parent, list);
        }
    }
    return children;
}
/** Every image reachable from `start` through `next` (`start` included). */
function closure(start, next) {
    const seen = new Set(start);
    const queue = [...start];
    for (let i = 0; i < queue.length; i++) {
        for (const n of next.get(queue[i]) ?? []) {
            if (!seen.has(n)) {
                seen.add(n);
                queue.push(n);
            }
        }
    }
    return seen;
}
/** The descendants of `image` (itself excluded). */
function descendantsOf(lineage, image) {
    const all = closure([image], lineage.children);
    all.delete(image);
    return all;
}
const describeLink = (child, l) => l.site
    ? `${child} (${l.site.instruction} ${l.site.reference}, ${l.site.file}:${l.site.line})`
    : `${child} (lineage unknown: ${l.unknown ?? ''})`;
/** One error per cycle found: each image in it with the line that names its parent. */
function cycles(lineage) {
    const problems = [];
    const done = new Set();
    for (const start of lineage.images) {
        if (done.has(start))
            continue;
        // A path back to `start` through parents, breadth first: the shortest cycle.
        const back = new Map();
        const queue = [start];
        let closed;
        let last = '';
        for (let i = 0; i < queue.length && !closed; i++) {
            const child = queue[i];
            for (const l of lineage.parents.get(child) ?? []) {
                if (l.parent === start) {
                    closed = l;
                    last = child;
                    break;
                }
                if (!back.has(l.parent) && !done.has(l.parent)) {
                    back.set(l.parent, { from: child, link: l });
                    queue.push(l.parent);
                }
            }
        }
        if (!closed)
            continue;
        // start → … → last → start, each step a child naming its parent.
        const chain = [{ child: last, link: closed }];
        for (let at = last; at !== start;) {
            const step = back.get(at);
            chain.unshift({ child: step.from, link: step.link });
            at = step.from;
        }
        for (const c of chain)
            done.add(c.child);
        const first = chain.find((c) => c.link.site)?.link.site;
        problems.push({
            level: 'error',
            file: first?.file ?? '',
            line: first?.line ?? 0,
            col: first?.col ?? 0,
            message: `the images build on each other in a cycle: ${chain.map((c) => describeLink(c.child, c.link)).join(' → ')} → ${start}; no order can build them`,
        });
    }
    return problems;
}
/**
 * Selects every descendant of a selected image, transitively, each leg with
 * the reason naming the parent it is reached through. Run it on the final set
 * of images to build: an image left out (promoted, or not changed) selects nothing.
 */
function selectDescendants(selection, lineage, entries) {
    const legs = new Map();
    for (const e of entries) {
        if (e.os !== 'linux')
            continue;
        const list = legs.get(e.tagSuffix) ?? [];
        list.push(e);
        legs.set(e.tagSuffix, list);
    }
    const start = lineage.images.filter((i) => legs.get(i)?.some((e) => selection.has(e)));
    const seen = new Set(start);
    const queue = [...start];
    for (let i = 0; i < queue.length; i++) {
        const parent = queue[i];
        for (const child of lineage.children.get(parent) ?? []) {
            const unknown = lineage.parents.get(child)?.find((l) => l.parent === parent)?.unknown;
            const reason = { kind: 'lineage', parent, ...(unknown ? { unknown: true } : {}) };
            for (const leg of legs.get(child) ?? [])
                selection.add(leg, reason);
            if (!seen.has(child)) {
                seen.add(child);
                queue.push(child);
            }
        }
    }
}
/**
 * Each selected image's stage: 1 + the highest stage of its selected
 * ancestors (1 for none), so every image builds after the images it is built on.
 */
function stagesOf(lineage, selected) {
    const depth = new Map();
    const stage = new Map();
    const visiting = new Set();
    // The highest stage among the selected ancestors of `image`.
    const above = (image) => {
        const known = depth.get(image);
        if (known !== undefined)
            return known;
        if (visiting.has(image))
            return 0; // a cycle, reported as an error elsewhere
        visiting.add(image);
        let d = 0;
        for (const { parent } of lineage?.parents.get(image) ?? []) {
            d = Math.max(d, selected.has(parent) ? 1 + above(parent) : above(parent));
        }
        visiting.delete(image);
        depth.set(image, d);
        return d;
    };
    for (const image of selected)
        stage.set(image, 1 + above(image));
    return stage;
}
/** How many stages building every image would take. */
const lineageDepth = (lineage) => Math.max(0, ...stagesOf(lineage, new Set(lineage.images)).values());
/**
 * Numbers the selected Linux images (all legs of one image together) and
 * cuts them into `k` stages; a selection deeper than `k` is an error naming
 * how many stages it needs.
 */
function stageSelection(lineage, chosen, k) {
    const linux = chosen.filter((e) => e.os === 'linux');
    const of = stagesOf(lineage, new Set(linux.map((e) => e.tagSuffix)));
    const count = Math.max(0, ...of.values());
    if (k > 1 && count > k) {
        const deepest = [...of].find(([, n]) => n === count)?.[0];
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the selected images build on each other ${count} deep (${deepest} is in stage ${count}), but stages is ${k}: set stages to at least ${count} and add the stage jobs`);
    }
    const entries = Array.from({ length: Math.max(k, 1) }, () => []);
    if (k > 1)
        for (const e of linux)
            entries[of.get(e.tagSuffix) - 1].push(e);
    return { stages: k, count, of, entries };
}


/***/ }),

/***/ 1533:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RF: () => (/* binding */ outputBytes),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   _G: () => (/* binding */ OUTPUT_LIMIT_BYTES),
/* harmony export */   lQ: () => (/* binding */ matrixOf),
/* harmony export */   vJ: () => (/* binding */ isBuiltinOutput),
/* harmony export */   xq: () => (/* binding */ mergeEntries)
/* harmony export */ });
/* unused harmony exports OUTPUT_TABLE, DECLARED_OUTPUTS, STAGED_CLASSES, stageLabel */
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5263);
/**
 * The action's outputs: their names (defined here once), their values for a
 * plan, and GitHub's limits on them.
 */

/**
 * Every fixed output, in the order they are written. `{class}` names exist for
 * each class in `classes`; with singlearch-shards > 1 the single-arch ones are
 * numbered instead (`matrix-singlearch-1` …). One output per backend follows.
 */
const OUTPUT_TABLE = [
    { name: 'run-all' },
    { name: 'changed-backends' },
    { name: 'matrix-{class}', classes: ['singlearch', 'multiarch', 'darwin'] },
    { name: 'merge-matrix-{class}', classes: ['singlearch', 'multiarch'] },
    { name: 'has-backends-{class}', classes: ['singlearch', 'multiarch', 'darwin'] },
    { name: 'has-merges-{class}', classes: ['singlearch', 'multiarch'] },
    { name: 'stage-count' },
    { name: 'promoted' },
    { name: 'has-promotes' },
];
/** The build matrix an entry belongs to. */
const matrixOf = (e) => e.os === 'darwin' ? 'darwin' : (0,_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .isMultiArch */ .Q_)(e) ? 'multiarch' : 'singlearch';
const classes = (row) => 'classes' in row ? row.classes : [];
/** The names `action.yml` declares: the table without sharding. */
const DECLARED_OUTPUTS = OUTPUT_TABLE.flatMap((row) => 'classes' in row ? classes(row).map((c) => row.name.replace('{class}', c)) : [row.name]);
/**
 * With `stages` > 1, the Linux classes' outputs once more per stage n:
 * `matrix-singlearch-stage-<n>` (sharded: `matrix-singlearch-stage-<n>-<m>`).
 */
const STAGED_CLASSES = (/* unused pure expression or super */ null && (['singlearch', 'multiarch']));
const stageLabel = (cls, stage, shard) => `${cls}-stage-${stage}${shard === undefined ? '' : `-${shard}`}`;
/** A name the action writes itself, for any shard or stage count: a backend must not take it. */
const BUILTIN = new RegExp(`^(${OUTPUT_TABLE.map((row) => 'classes' in row
    ? row.name.replace('{class}', `(${classes(row).join('|')})`) + '(-stage-\\d+)?(-\\d+)?'
    : row.name).join('|')})$`, 'i');
const isBuiltinOutput = (name) => BUILTIN.test(name);
/**
 * GitHub caps a job's outputs at 1,048,576 bytes "approximated based on UTF-16
 * encoding": two bytes for every UTF-16 code unit of every name and value.
 */
const OUTPUT_LIMIT_BYTES = 1_048_576;
const outputBytes = (outputs) => outputs.reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
/**
 * One merge entry per distinct tag-suffix, first-appearance order: tag-suffix,
 * tag-latest ('' when absent) and the `merge-fields`, all from the first leg.
 */
function mergeEntries(entries, mergeFields = []) {
    const seen = new Map();
    for (const e of entries) {
        if (seen.has(e.tagSuffix))
            continue;
        const merge = {
            'tag-suffix': e.tagSuffix,
            'tag-latest': e.fields['tag-latest'] ?? '',
        };
        for (const f of mergeFields)
            if (f in e.fields)
                merge[f] = e.fields[f];
        seen.set(e.tagSuffix, merge);
    }
    return [...seen.values()];
}
const matrixJson = (items) => JSON.stringify({ include: items });
const bool = (b) => (b ? 'true' : 'false');
/** Output name → value in the table's order, and each build matrix's job count. */
function outputsOf(p, all, mergeFields) {
    const sharded = p.singlearch.length > 1;
    const backends = [...new Set(p.selected.map((e) => e.backend))];
    const lists = [
        ...p.singlearch.map((entries, i) => [
            'singlearch',
            sharded ? `singlearch-${i + 1}` : 'singlearch',
            entries,
        ]),
        ['multiarch', 'multiarch', p.multiarch],
        ['darwin', 'darwin', p.darwin],
    ];
    const outputs = [];
    const jobs = [];
    for (const row of OUTPUT_TABLE) {
        if (row.name === 'run-all')
            outputs.push([row.name, bool(p.runAll)]);
        else if (row.name === 'changed-backends')
            outputs.push([row.name, JSON.stringify(backends)]);
    }
    classOutputs(lists, mergeFields, outputs, jobs);
    if (p.staged) {
        outputs.push(['stage-count', String(p.staged.count)]);
        p.staged.multiarch.forEach((multiarch, i) => {
            const shards = p.staged.singlearch[i];
            const stageLists = [
                ...shards.map((entries, m) => [
                    'singlearch',
                    stageLabel('singlearch', i + 1, sharded ? m + 1 : undefined),
                    entries,
                ]),
                ['multiarch', stageLabel('multiarch', i + 1), multiarch],
            ];
            // Stage matrices are parts of the unstaged ones: the job limit is checked on those.
            classOutputs(stageLists, mergeFields, outputs, []);
        });
    }
    const promoted = p.promoted ?? [];
    outputs.push(['promoted', JSON.stringify(promoted)], ['has-promotes', bool(promoted.length > 0)]);
    const chosen = new Set(backends);
    for (const name of new Set(all.map((e) => e.backend)))
        outputs.push([name, bool(chosen.has(name))]);
    return { outputs, jobs };
}
/** Per class, the four outputs of one matrix together, in the table's order. */
function classOutputs(lists, mergeFields, outputs, jobs) {
    for (const [cls, label, entries] of lists) {
        for (const row of OUTPUT_TABLE) {
            if (!classes(row).includes(cls))
                continue;
            const name = row.name.replace('{class}', label);
            switch (row.name) {
                case 'matrix-{class}':
                    outputs.push([name, matrixJson(entries.map((e) => e.fields))]);
                    jobs.push([name, entries.length]);
                    break;
                case 'merge-matrix-{class}':
                    outputs.push([name, matrixJson(mergeEntries(entries, mergeFields))]);
                    break;
                default:
                    outputs.push([name, bool(entries.length > 0)]);
            }
        }
    }
}


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/** `file:line:col: level: message`, the CLI's and compilers' format. */
function formatProblem(p) {
    const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
    return `${where}: ${p.level}: ${p.message}`;
}
const hasErrors = (problems) => problems.some((p) => p.level === 'error');
/** Thrown for user errors (bad input, bad file): reported as a message, never a stack trace. */
class UserError extends Error {
    problems;
    constructor(message, problems = []) {
        super(message);
        this.problems = problems;
        this.name = 'UserError';
    }
}


/***/ }),

/***/ 7685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ imageVerdict),
/* harmony export */   IC: () => (/* binding */ imagesOf),
/* harmony export */   mF: () => (/* binding */ shortRev),
/* harmony export */   mg: () => (/* binding */ promotedOf),
/* harmony export */   nC: () => (/* binding */ promotedItems),
/* harmony export */   xA: () => (/* binding */ uncertainWarnings)
/* harmony export */ });
/* unused harmony export legPlatforms */
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5263);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1533);
/**
 * `base: published`: each image (the entries sharing a `tag-suffix`) planned
 * against the revision its published image was built from. Pure: the
 * registry's answers and the changes since each revision come in; out come
 * the images to build (with reasons) and the ones to promote.
 *
 * An uncertain answer never promotes: only an image published with a
 * revision, on every platform its legs build, whose changes since that
 * revision were found completely and select none of its entries, is promoted.
 */


const shortRev = (r) => (/^[0-9a-f]{40,64}$/.test(r) ? r.slice(0, 12) : r);
/** The platforms an image's legs build (`platforms` fields), for a multi-arch image. */
function legPlatforms(legs) {
    if (!legs.some(_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMultiArch */ .Q_))
        return [];
    const out = new Set();
    for (const leg of legs) {
        for (const p of (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldText */ .gF)(leg.fields.platforms).split(',')) {
            const t = p.trim();
            if (t)
                out.add(t);
        }
    }
    return [...out];
}
/** The outcome table: what one image's lookup means for the plan. */
function imageVerdict(legs, lookup) {
    const ref = lookup.reference;
    if (typeof ref !== 'string') {
        return {
            kind: 'build',
            cause: `published-image cannot be filled: ${ref.error}`,
            warning: `${legs[0].tagSuffix}: published-image cannot be filled (${ref.error}); the image is built`,
        };
    }
    const a = lookup.answer;
    if (!a)
        return { kind: 'build', cause: `${ref} was not looked up` };
    if (a.kind === 'absent')
        return { kind: 'build', cause: `not published (${ref}: ${a.why})` };
    if (a.kind === 'unknown')
        return {
            kind: 'build',
            cause: `the registry ${lookup.registry ?? ''} could not say whether ${ref} is published (${a.cause})`,
        };
    if (!a.revision)
        return {
            kind: 'build',
            cause: `${ref} carries no org.opencontainers.image.revision (annotation or label)`,
        };
    const missing = legPlatforms(legs).filter((p) => !hasPlatform(a.platforms, p));
    if (missing.length)
        return { kind: 'build', cause: `${ref} lacks platform ${missing.join(', ')}` };
    return { kind: 'compare', revision: a.revision, source: `${lookup.name ?? ref}@${a.digest}` };
}
/** `linux/arm64` matches a published `linux/arm64/v8`; a wanted variant must match exactly. */
function hasPlatform(published, wanted) {
    return published.some((p) => p === wanted || p.startsWith(`${wanted}/`));
}
/** One warning per registry and cause: every image it concerns is built. */
function uncertainWarnings(lookups) {
    const groups = new Map();
    for (const l of lookups.values()) {
        if (l.answer?.kind !== 'unknown')
            continue;
        const key = `${l.registry ?? ''}\u0000${l.answer.cause}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    return [...groups].map(([key, n]) => {
        const [registry, cause] = key.split('\u0000');
        return `registry ${registry}: ${cause}; its ${n} image(s) are built, as their published state is unknown (an uncertain answer never promotes)`;
    });
}
/**
 * The promoted images: those compared against a revision with no entry in the
 * final selection. Derived after every selection step, so a later step that
 * selects more (a rebuilt parent's descendants) takes an image out of it.
 */
function promotedOf(images, verdicts, selection) {
    const out = [];
    for (const [tagSuffix, legs] of images) {
        const v = verdicts.get(tagSuffix);
        if (v?.kind !== 'compare' || legs.some((e) => selection.has(e)))
            continue;
        out.push({ tagSuffix, entry: legs[0], source: v.source, revision: v.revision });
    }
    return out;
}
/** The `promoted` output's items: tag-suffix, tag-latest, source, revision, then the merge-fields. */
function promotedItems(promoted, mergeFields) {
    return promoted.map((p) => {
        const [merge] = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEntries */ .xq)([p.entry], mergeFields);
        const { 'tag-suffix': tagSuffix, 'tag-latest': tagLatest, ...rest } = merge;
        return {
            'tag-suffix': tagSuffix,
            'tag-latest': tagLatest,
            source: p.source,
            revision: p.revision,
            ...rest,
        };
    });
}
/** Images by tag-suffix, in file order (Linux, then macOS). */
function imagesOf(entries) {
    const images = new Map();
    for (const e of entries) {
        const list = images.get(e.tagSuffix);
        if (list)
            list.push(e);
        else
            images.set(e.tagSuffix, [e]);
    }
    return images;
}


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ toTemplate),
/* harmony export */   Ly: () => (/* binding */ expandTemplate),
/* harmony export */   NI: () => (/* binding */ rebuildSelects),
/* harmony export */   NR: () => (/* binding */ parseRules),
/* harmony export */   R_: () => (/* binding */ RULES_KEYS),
/* harmony export */   bl: () => (/* binding */ emptyRules),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony export UNLESS_VALUES */
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8684);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5263);


/**
 * Conditions under which a shared rule does not fire for a changed file
 * (docs/rules.md, `unless: additive-proto`).
 */
const UNLESS_VALUES = ['additive-proto'];
const RULES_KEYS = ['ignore', 'sources', 'shared', 'build', 'merge-fields'];
const TEMPLATE = /\{([^{},]*)\}/g;
function selectorMatches(selector, entry) {
    for (const t of selector) {
        const raw = t.field === 'os' ? entry.os : (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldText */ .gF)(entry.fields[t.field]);
        const value = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(raw);
        if (value === '' ? !t.allowsNull : !t.globs?.test(value))
            return false;
    }
    return true;
}
const rebuildSelects = (rebuild, entry) => rebuild === 'all' || (rebuild !== 'none' && selectorMatches(rebuild, entry));
/**
 * Expands a template for one entry: the entry's field values, with glob
 * characters escaped so they match literally. undefined when a named field is
 * absent or empty (the rule then does not apply to this entry).
 */
const expandTemplate = (t, entry) => fillTemplate(t, entry, (v) => (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeGlob */ .yk)((0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(v)));
/**
 * The same with the values as written: build args and contexts are not globs,
 * and a context of `./` is the repository root, not an empty value.
 * undefined when a named field is absent or empty.
 */
function fillTemplate(t, entry, quote = (v) => v) {
    if (!t.fields.length)
        return t.text;
    let missing = false;
    const out = t.text.replace(TEMPLATE, (_, field) => {
        const value = quote((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldText */ .gF)(entry.fields[field]));
        if (!value)
            missing = true;
        return value;
    });
    return missing ? undefined : out;
}
/** Rules with nothing in them: no change selects anything by them. */
const emptyRules = () => ({
    ignore: undefined,
    sources: [],
    shared: [],
    build: undefined,
    mergeFields: [],
});
/** Parses the `rules` section, reporting every problem through `fail`. */
function parseRules(raw, fail) {
    const rules = emptyRules();
    if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .pi)(raw)) {
        fail([], `\`rules\` must be a mapping with ${RULES_KEYS.join(', ')}`);
        return rules;
    }
    checkKeys(raw, RULES_KEYS, [], fail);
    if (raw.ignore !== undefined)
        rules.ignore = parsePaths(raw.ignore, ['ignore'], fail, false);
    list(raw.sources, ['sources'], fail, (item, path, index) => {
        if (!checkKeys(item, ['if', 'paths'], path, fail))
            return;
        if (item.paths === undefined)
            return fail(path, 'a sources rule needs `paths`');
        const when = item.if === undefined ? [] : parseSelector(item.if, [...path, 'if'], fail);
        const paths = parsePathStrings(item.paths, [...path, 'paths'], fail, true);
        if (when && paths)
            rules.sources.push({ index, when, paths: paths.map(toTemplate) });
    });
    list(raw.shared, ['shared'], fail, (item, path, index) => {
        if (!checkKeys(item, ['paths', 'rebuild', 'unless'], path, fail))
            return;
        if (item.paths === undefined)
            return fail(path, 'a shared rule needs `paths`');
        if (item.rebuild === undefined)
            return fail(path, 'a shared rule needs `rebuild`: all, none, or a selector');
        const paths = parsePaths(item.paths, [...path, 'paths'], fail, false);
        const rebuild = parseRebuild(item.rebuild, [...path, 'rebuild'], fail);
        let unless;
        if (item.unless !== undefined) {
            if (UNLESS_VALUES.includes(item.unless))
                unless = item.unless;
            else
                return fail([...path, 'unless'], `\`unless\` must be ${UNLESS_VALUES.join(' or ')}, not ${JSON.stringify(item.unless)}`);
        }
        if (paths && rebuild)
            rules.shared.push({ index, paths, ...rebuild, unless });
    });
    if (raw.build !== undefined && raw.build !== null)
        rules.build = parseBuild(raw.build, fail);
    if (raw['merge-fields'] !== undefined && raw['merge-fields'] !== null) {
        const names = raw['merge-fields'];
        if (!Array.isArray(names) ||
            !names.every((n) => typeof n === 'string' && n !== '' && !RESERVED_MERGE_FIELDS.has(n))) {
            fail(['merge-fields'], '`merge-fields` must be a list of entry field names (other than tag-suffix and tag-latest)');
        }
        else
            rules.mergeFields = [...new Set(names)];
    }
    return rules;
}
/** Always in a merge entry: `merge-fields` adds to them. */
const RESERVED_MERGE_FIELDS = new Set(['tag-suffix', 'tag-latest']);
function parseBuild(raw, fail) {
    const path = ['build'];
    if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .pi)(raw)) {
        fail(path, '`rules.build` must be a mapping with `context`, `args` and/or `image`');
        return undefined;
    }
    if (!checkKeys(raw, ['context', 'args', 'image'], path, fail))
        return undefined;
    let ok = true;
    const template = (value, at, what) => {
        if (typeof value === 'string' || typeof value === 'number')
            return toTemplate(String(value));
        ok = false;
        fail(at, `${what} must be a string (a {field} template is allowed)`);
        return undefined;
    };
    const context = raw.context === undefined
        ? toTemplate('.')
        : template(raw.context, [...path, 'context'], '`build.context`');
    const args = new Map();
    if (raw.args !== undefined) {
        if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .pi)(raw.args)) {
            fail([...path, 'args'], '`build.args` must be a mapping of build-arg name: template');
            return undefined;
        }
        for (const [name, value] of Object.entries(raw.args)) {
            const t = template(value, [...path, 'args', name], `build arg ${name}`);
            if (t)
                args.set(name, t);
        }
    }
    const image = raw.image === undefined ? undefined : template(raw.image, [...path, 'image'], '`build.image`');
    return ok && context ? { context, args, ...(image ? { image } : {}) } : undefined;
}
function list(raw, path, fail, each) {
    if (raw === undefined || raw === null)
        return;
    if (!Array.isArray(raw))
        return fail(path, `\`rules.${path[0]}\` must be a list of rules`);
    raw.forEach((item, i) => {
        if ((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .pi)(item))
            each(item, [...path, i], i);
        else
            fail([...path, i], `rules.${path[0]}[${i}] must be a mapping`);
    });
}
function checkKeys(obj, allowed, path, fail) {
    let ok = true;
    for (const key of Object.keys(obj)) {
        if (!allowed.includes(key)) {
            ok = false;
            fail([...path, key], `unknown key "${key}" (expected ${allowed.join(', ')})`, 'key');
        }
    }
    return ok;
}
function parseRebuild(raw, path, fail) {
    if (raw === 'all' || raw === 'none')
        return { linux: raw, darwin: raw };
    if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .pi)(raw) || Object.keys(raw).length === 0) {
        fail(path, '`rebuild` must be all, none, a selector, or { linux: …, darwin: … }');
        return undefined;
    }
    const keys = Object.keys(raw);
    if (!keys.every((k) => k === 'linux' || k === 'darwin')) {
        const selector = parseSelector(raw, path, fail);
        return selector && { linux: selector, darwin: selector };
    }
    const side = (os) => {
        const v = raw[os];
        if (v === undefined || v === 'none')
            return 'none';
        if (v === 'all')
            return 'all';
        if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .pi)(v)) {
            fail([...path, os], `\`rebuild.${os}\` must be all, none, or a selector`);
            return undefined;
        }
        return parseSelector(v, [...path, os], fail);
    };
    const linux = side('linux');
    const darwin = side('darwin');
    return linux && darwin ? { linux, darwin } : undefined;
}
function parseSelector(raw, path, fail) {
    if (!(0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .isMapping */ .pi)(raw)) {
        fail(path, 'a selector must be a mapping of field: pattern');
        return undefined;
    }
    const tests = [];
    let ok = true;
    for (const [field, pattern] of Object.entries(raw)) {
        const where = [...path, field];
        const items = Array.isArray(pattern) ? pattern : [pattern];
        if (items.length === 0) {
            ok = false;
            fail(where, `empty pattern list for "${field}"; use null to match an absent field`);
            continue;
        }
        let allowsNull = false;
        const globs = [];
        items.forEach((item, i) => {
            const at = Array.isArray(pattern) ? [...where, i] : where;
            if (item === null)
                allowsNull = true;
            else if (['string', 'number', 'boolean'].includes(typeof item) &&
                checkGlob(String(item), at, fail))
                globs.push(String(item));
            else
                ok = false;
            if (typeof item === 'object' && item !== null)
                fail(at, `pattern for "${field}" must be a glob string, a list of them, or null`);
        });
        tests.push({ field, allowsNull, globs: globs.length ? new _globs_js__WEBPACK_IMPORTED_MODULE_0__/* .PatternList */ .zz(globs) : undefined });
    }
    return ok ? tests : undefined;
}
function parsePaths(raw, path, fail, templates) {
    const strings = parsePathStrings(raw, path, fail, templates);
    return strings && new _globs_js__WEBPACK_IMPORTED_MODULE_0__/* .PatternList */ .zz(strings);
}
function parsePathStrings(raw, path, fail, templates) {
    const items = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(items) || items.length === 0) {
        fail(path, `\`${path.at(-1) === 'ignore' ? 'ignore' : 'paths'}\` must be a non-empty list of glob patterns`);
        return undefined;
    }
    let ok = true;
    items.forEach((p, i) => {
        const at = typeof raw === 'string' ? path : [...path, i];
        if (typeof p !== 'string') {
            ok = false;
            return fail(at, 'a path pattern must be a string');
        }
        const bare = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .isNegation */ .Ct)(p) ? p.slice(1) : p;
        if (bare.startsWith('/')) {
            ok = false;
            return fail(at, `path pattern "${p}" is absolute; patterns are relative to the repository root`);
        }
        const fields = [...bare.matchAll(TEMPLATE)].map((m) => m[1]);
        if (fields.length && !templates) {
            ok = false;
            return fail(at, `path pattern "${p}" uses {${fields[0]}}: field templates only work in sources rules`);
        }
        const blank = fields.find((f) => !/^\S+$/.test(f));
        if (blank !== undefined) {
            ok = false;
            return fail(at, `path pattern "${p}" has a template {${blank}} that names no field`);
        }
        if (!checkGlob(bare.replace(TEMPLATE, 'x'), at, fail))
            ok = false;
    });
    if (ok && items.every((p) => (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .isNegation */ .Ct)(p))) {
        fail(path, '`paths` needs at least one pattern that is not a `!` exclusion');
        return undefined;
    }
    return ok ? items : undefined;
}
function checkGlob(pattern, path, fail) {
    if (pattern === '' || pattern === '!') {
        fail(path, 'empty pattern');
        return false;
    }
    const problem = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .glob */ .TI)(pattern).problem();
    if (problem)
        fail(path, `invalid glob "${pattern}": ${problem}`);
    return !problem;
}
function toTemplate(text) {
    return { text, fields: [...text.matchAll(TEMPLATE)].map((m) => m[1]) };
}


/***/ }),

/***/ 3295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ formatReason),
/* harmony export */   LN: () => (/* binding */ Selection),
/* harmony export */   PR: () => (/* binding */ RuleIndex),
/* harmony export */   Uk: () => (/* binding */ assignSources),
/* harmony export */   al: () => (/* binding */ inOrder),
/* harmony export */   fz: () => (/* binding */ formatSkip),
/* harmony export */   je: () => (/* binding */ selectByFiles),
/* harmony export */   rx: () => (/* binding */ schemaFiles),
/* harmony export */   xv: () => (/* binding */ relevantFiles),
/* harmony export */   zl: () => (/* binding */ sharedRuleFor)
/* harmony export */ });
/* unused harmony export UNCHECKED_SCHEMA */
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5263);
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8684);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1688);
/* harmony import */ var _collections_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5478);
/**
 * Why an entry is rebuilt: changed files → selected entries, each with its reasons.
 */




const shortRevision = (r) => (/^[0-9a-f]{40,64}$/.test(r) ? r.slice(0, 12) : r);
function formatReason(r) {
    switch (r.kind) {
        case 'run-all':
            return `run-all: ${r.cause}`;
        case 'sources':
            return `rules.sources[${r.rule}]: ${r.file}`;
        case 'dockerfile':
            return `dockerfile: ${r.file}`;
        case 'shared':
            return `rules.shared[${r.rule}]: ${r.file}${r.note ? ` (${r.note})` : ''}`;
        case 'matrix':
            return r.change === 'added' ? 'matrix: new entry' : `matrix: changed ${r.fields.join(', ')}`;
        case 'closure':
            return `multi-arch: another leg of ${r.tagSuffix} is rebuilt`;
        case 'lineage':
            return `parent ${r.parent} rebuilt${r.unknown ? ' (its own Dockerfile could not be read, so it may build on any image)' : ''}`;
        case 'published':
            return `published: ${r.cause}`;
        case 'since':
            return `since published ${shortRevision(r.revision)}: ${formatReason(r.reason)}`;
    }
}
const formatSkip = (s) => `rules.shared[${s.rule}] skipped: ${s.file} ${s.summary}`;
/** The first shared rule matching `file` decides what it rebuilds (docs/rules.md, Order). */
const sharedRuleFor = (rules, file) => rules.shared.find((r) => r.paths.test(file));
/**
 * The changed files whose first matching shared rule has `unless: additive-proto`:
 * the only files whose revisions a run must read and compare.
 */
function schemaFiles(rules, files) {
    return files.filter((f) => sharedRuleFor(rules, f)?.unless === 'additive-proto');
}
/** Used when no revisions of a schema file were read (a plain list of changed files). */
const UNCHECKED_SCHEMA = {
    additive: false,
    summary: 'its revisions were not read, so the edit counts as breaking',
};
function assignSources(entries, rules) {
    const assigned = new Map();
    for (const entry of entries) {
        for (const rule of rules.sources) {
            if (!(0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorMatches */ .de)(rule.when, entry))
                continue;
            const patterns = [];
            for (const t of rule.paths) {
                const p = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .expandTemplate */ .Ly)(t, entry);
                if (p === undefined)
                    break;
                patterns.push(p);
            }
            if (patterns.length === rule.paths.length) {
                assigned.set(entry, { rule, patterns });
                break;
            }
        }
    }
    return assigned;
}
/** Normalised, de-duplicated changed files, minus those `rules.ignore` drops. */
function relevantFiles(files, ignore) {
    const out = new Set();
    for (const f of files) {
        const file = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(f.trim());
        if (file && !ignore?.test(file))
            out.add(file);
    }
    return [...out];
}
class Selection {
    reasons = new Map();
    /** Shared rules skipped for a file by `unless`. */
    skipped = [];
    add(entry, reason) {
        const list = this.reasons.get(entry);
        if (!list)
            this.reasons.set(entry, [reason]);
        // One reason of each kind and rule is enough to explain the choice.
        else if (!list.some((r) => sameCause(r, reason)))
            list.push(reason);
    }
    has(entry) {
        return this.reasons.has(entry);
    }
}
const sameCause = (a, b) => a.kind === 'since' && b.kind === 'since'
    ? a.revision === b.revision && sameCause(a.reason, b.reason)
    : a.kind === b.kind && (!('rule' in a) || !('rule' in b) || a.rule === b.rule);
/** The selected entries with their reasons, in the order of `entries` (file order). */
function inOrder(selection, entries) {
    const out = [];
    for (const entry of entries) {
        const reasons = selection.reasons.get(entry);
        if (reasons)
            out.push({ entry, reasons });
    }
    return out;
}
/**
 * The rules compiled against one list of entries, once: the sources globs
 * indexed by directory (entries of one rule with identical expanded patterns
 * share one check), entries by Dockerfile, multi-arch legs by image, and what
 * each shared rule rebuilds. A plan uses it once; the audit and `replay` ask
 * it about many files and commits.
 */
class RuleIndex {
    entries;
    rules;
    index = new _globs_js__WEBPACK_IMPORTED_MODULE_0__/* .GlobIndex */ .zd();
    dockerfiles = new Map();
    legs = new Map();
    rebuilt = new Map();
    constructor(entries, rules, sources = assignSources(entries, rules)) {
        this.entries = entries;
        this.rules = rules;
        const groups = new Map();
        for (const [entry, { rule, patterns }] of sources) {
            const key = `${rule.index}\u0000${patterns.join('\u0000')}`;
            const group = groups.get(key);
            if (group) {
                group.entries.push(entry);
                continue;
            }
            const created = { list: new _globs_js__WEBPACK_IMPORTED_MODULE_0__/* .PatternList */ .zz(patterns), rule: rule.index, entries: [entry] };
            groups.set(key, created);
            for (const g of created.list.positives)
                this.index.add(g, created);
        }
        for (const entry of entries) {
            const df = entry.fields.dockerfile;
            if (typeof df === 'string' && df)
                (0,_collections_js__WEBPACK_IMPORTED_MODULE_2__/* .pushTo */ .I)(this.dockerfiles, (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(df), entry);
            if ((0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .isMultiArch */ .Q_)(entry))
                (0,_collections_js__WEBPACK_IMPORTED_MODULE_2__/* .pushTo */ .I)(this.legs, entry.tagSuffix, entry);
        }
    }
    /**
     * The entries a change to `file` selects by their sources or their own
     * Dockerfile (docs/rules.md, The four triggers, 1–2).
     */
    direct(file, visit) {
        this.index.query(file, (group) => {
            if (group.list.excludes(file))
                return;
            for (const e of group.entries)
                visit(e, { kind: 'sources', rule: group.rule, file });
        });
        for (const e of this.dockerfiles.get(file) ?? [])
            visit(e, { kind: 'dockerfile', file });
    }
    /** The entries a shared rule's `rebuild` selects, on their own side. */
    rebuiltBy(rule) {
        let list = this.rebuilt.get(rule.index);
        if (!list) {
            list = this.entries.filter((e) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .rebuildSelects */ .NI)(e.os === 'linux' ? rule.linux : rule.darwin, e));
            this.rebuilt.set(rule.index, list);
        }
        return list;
    }
    /** Every leg of the multi-arch image `tagSuffix` (none for a single-arch one). */
    legsOf(tagSuffix) {
        return this.legs.get(tagSuffix) ?? [];
    }
    /**
     * Selects the entries a change touches (docs/rules.md, The four triggers,
     * 1–3; trigger 4, matrix edits, arrives in `edits`), then closes over
     * multi-arch legs.
     */
    select(files, edits = new Map(), schemas = new Map()) {
        const selection = new Selection();
        const sharedHits = new Map();
        for (const file of files) {
            this.direct(file, (e, reason) => selection.add(e, reason));
            // 3. Shared rules: the first rule matching the file decides what it rebuilds;
            // a file its `unless` lets off does not fall through to later rules.
            const rule = sharedRuleFor(this.rules, file);
            if (!rule)
                continue;
            let note;
            if (rule.unless === 'additive-proto') {
                const verdict = schemas.get(file) ?? UNCHECKED_SCHEMA;
                if (verdict.additive) {
                    selection.skipped.push({ rule: rule.index, file, summary: verdict.summary });
                    continue;
                }
                note = verdict.summary;
            }
            if (!sharedHits.has(rule.index))
                sharedHits.set(rule.index, { file, note });
        }
        for (const rule of this.rules.shared) {
            const hit = sharedHits.get(rule.index);
            if (hit === undefined)
                continue;
            for (const e of this.rebuiltBy(rule))
                selection.add(e, { kind: 'shared', rule: rule.index, ...hit });
        }
        // 4. Matrix edits.
        for (const [e, reason] of edits)
            selection.add(e, reason);
        this.closeMultiArch(selection);
        return selection;
    }
    /**
     * The merge publishes a multi-arch tag from the digests built in this run, so
     * rebuilding one leg alone would drop the other platforms from the image.
     */
    closeMultiArch(selection) {
        const touched = new Set();
        for (const e of selection.reasons.keys())
            if ((0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .isMultiArch */ .Q_)(e))
                touched.add(e.tagSuffix);
        for (const tagSuffix of touched) {
            for (const leg of this.legsOf(tagSuffix)) {
                if (!selection.has(leg))
                    selection.add(leg, { kind: 'closure', tagSuffix });
            }
        }
    }
}
/** One selection, compiling the rules for it (see RuleIndex for repeated questions). */
function selectByFiles(entries, rules, files, sources, edits, schemas) {
    return new RuleIndex(entries, rules, sources).select(files, edits, schemas);
}


/***/ }),

/***/ 7806:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ snippet),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony export SNIPPET_CHARS */
/** Text from files quoted in messages: short, and inert on a terminal. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Control characters (terminal escapes, line breaks) made visible as `\uXXXX`. */
const printable = (s) => s.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Longest piece of a file quoted in a message. */
const SNIPPET_CHARS = 60;
/** At most SNIPPET_CHARS characters of `s`, control characters escaped, and how much was left out. */
function snippet(s, max = SNIPPET_CHARS) {
    const chars = [...s];
    const head = printable(chars.slice(0, max).join(''));
    return chars.length > max ? `${head}… (${chars.length - max} more characters)` : head;
}


/***/ }),

/***/ 9614:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zt: () => (/* binding */ compileLinear),
/* harmony export */   mz: () => (/* binding */ wildcardProblem)
/* harmony export */ });
/* unused harmony exports wildcardCount, MAX_WILDCARDS, MAX_BACKTRACKING_WILDCARDS */
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8016);
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Glob matching in time proportional to pattern × path, for the patterns
 * rule files and `.dockerignore` files are made of: literal characters
 * (`\x` escapes one), `?`, `*` within a segment, and `**` as a whole segment.
 * picomatch compiles globs to regular expressions, which backtrack: a pattern
 * like `*a*a*a*a*a*b` against a long name takes minutes. Here every `*` (and
 * every `**`) resumes from the last one only, so no input can do that.
 * Other syntax (classes, braces, extglobs, quotes) is left to picomatch.
 */

/** Characters outside the subset: their meaning is picomatch's. */
const OTHER = /[[\]{}()!+@|"]/;
/** The compiled pattern, or undefined when it uses syntax outside the subset. */
function compileLinear(pattern) {
    if (pattern === '' || pattern.startsWith('/') || pattern.endsWith('/'))
        return undefined;
    const segments = [];
    for (const raw of pattern.split('/')) {
        if (raw === '' || raw === '.' || raw === '..')
            return undefined;
        if (raw === '**') {
            // `**/**` means what `**` means.
            if (segments.at(-1)?.kind !== 'globstar')
                segments.push({ kind: 'globstar' });
            continue;
        }
        const items = [];
        for (let i = 0; i < raw.length; i++) {
            const c = raw[i];
            if (c === '\\') {
                const next = raw[i + 1];
                if (next === undefined || next === '/')
                    return undefined;
                items.push({ kind: 'char', c: next });
                i++;
            }
            else if (c === '*') {
                // A run of stars inside a segment is one star.
                if (items.at(-1)?.kind !== 'star')
                    items.push({ kind: 'star' });
            }
            else if (c === '?')
                items.push({ kind: 'any' });
            else if (OTHER.test(c))
                return undefined;
            else
                items.push({ kind: 'char', c });
        }
        segments.push({ kind: 'items', items });
    }
    // picomatch's `/**` at the end may match nothing, except after a segment
    // that ends in `*`: there it needs one more segment at least.
    const last = segments.at(-2);
    if (segments.at(-1)?.kind === 'globstar' &&
        last?.kind === 'items' &&
        last.items.at(-1)?.kind === 'star')
        segments.splice(-1, 0, { kind: 'items', items: [{ kind: 'star' }] });
    let fallback;
    return (path) => {
        const parts = path.split('/');
        // Paths no repository holds (`a/`, `a//b`, `./a`): picomatch's own reading, when it is cheap.
        if (parts.some((p) => p === '' || p === '.' || p === '..')) {
            if (wildcardCount(pattern) > MAX_BACKTRACKING_WILDCARDS)
                return true;
            fallback ??= picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default()(pattern, { dot: true });
            return fallback(path);
        }
        return matchSegments(segments, parts);
    };
}
/** Segments: `**` matches any number of path segments (none included), greedy with one resume point. */
function matchSegments(pattern, path) {
    let p = 0;
    let s = 0;
    let resumeP = -1;
    let resumeS = 0;
    while (s < path.length) {
        const seg = pattern[p];
        if (seg?.kind === 'globstar') {
            resumeP = p++;
            resumeS = s;
        }
        else if (seg && matchItems(seg.items, path[s])) {
            p++;
            s++;
        }
        else if (resumeP >= 0) {
            p = resumeP + 1;
            s = ++resumeS;
        }
        else
            return false;
    }
    while (pattern[p]?.kind === 'globstar')
        p++;
    return p === pattern.length;
}
/** One segment: `*` matches any run (a segment of a lone `*` is never empty), `?` one character. */
function matchItems(items, text) {
    if (text === '')
        return false;
    let i = 0;
    let t = 0;
    let resumeI = -1;
    let resumeT = 0;
    while (t < text.length) {
        const item = items[i];
        if (item?.kind === 'star') {
            resumeI = i++;
            resumeT = t;
        }
        else if (item && (item.kind === 'any' || item.c === text[t])) {
            i++;
            t++;
        }
        else if (resumeI >= 0) {
            i = resumeI + 1;
            t = ++resumeT;
        }
        else
            return false;
    }
    while (items[i]?.kind === 'star')
        i++;
    return i === items.length;
}
/** Unbounded wildcards (`*`, `**`, `*(`, `+(`): what makes a backtracking matcher slow. */
function wildcardCount(pattern) {
    let n = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c === '*') {
            n++;
            while (pattern[i + 1] === '*')
                i++;
        }
        else if (c === '+' && pattern[i + 1] === '(')
            n++;
    }
    return n;
}
/** Wildcards allowed in one pattern; real rule files and `.dockerignore` files use at most three. */
const MAX_WILDCARDS = 8;
/** The same for a pattern picomatch matches (classes, braces, extglobs): its cost grows as length^wildcards. */
const MAX_BACKTRACKING_WILDCARDS = 3;
/** Why a pattern has too many wildcards to be matched in bounded time, if it has. */
function wildcardProblem(pattern) {
    const n = wildcardCount(pattern);
    if (n > MAX_WILDCARDS)
        return `"${pattern.slice(0, 60)}${pattern.length > 60 ? '…' : ''}" has ${n} wildcards (* or **); at most ${MAX_WILDCARDS} are allowed in one pattern`;
    if (n > MAX_BACKTRACKING_WILDCARDS && !compileLinear(pattern))
        return `"${pattern.slice(0, 60)}${pattern.length > 60 ? '…' : ''}" has ${n} wildcards (* or **) and uses classes, braces or extglobs; at most ${MAX_BACKTRACKING_WILDCARDS} are allowed in such a pattern`;
    return undefined;
}


/***/ }),

/***/ 49:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KL: () => (/* binding */ lastNonBlank),
  Xn: () => (/* binding */ lineBreaksAsLf),
  iv: () => (/* binding */ readPlainDocument)
});

// UNUSED EXPORTS: PlainDocument, resolvePlain

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = (/* unused pure expression or super */ null && (-1));
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/core/yaml-events.ts

/**
 * The fast reading of a matrix file: js-yaml's event stream, for a plain
 * document only (one document and no `...`; no anchors, aliases, tags,
 * merges, empty values, block scalars, tabs or byte order marks; every key a
 * one-line scalar followed by its `:`). Its value and positions are yaml's,
 * to the byte: scalars resolve through yaml's own core-schema tags, keys
 * become properties as yaml's toJS makes them, and a node's span is worked
 * out the way yaml's parser ranges it, from event offsets, only when asked
 * for. Anything else returns undefined and is left to yaml.
 */
function readPlainDocument(text, maxDepth) {
    // Each of these is read differently by js-yaml and yaml, or is rare enough not to matter.
    if (text.includes('\t') || text.includes('<<') || text.includes('\uFEFF'))
        return;
    const source = lineBreaksAsLf(text);
    // Around a `...`, yaml may count an empty document that js-yaml does not.
    if (/^\.\.\./m.test(source))
        return;
    const resolve = rememberingResolvePlain();
    let events;
    try {
        events = parseEvents(source, { maxDepth });
    }
    catch {
        return;
    }
    const value = plainValue(events, source, resolve);
    return value === NOT_PLAIN ? undefined : new PlainDocument(source, events, value, resolve);
}
/** YAML ends a line at LF, CRLF or a lone CR; yaml's parser only at LF. Same length, so offsets hold. */
function lineBreaksAsLf(text) {
    return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
/** The last offset in [start, end) that is not whitespace: the line a node ends on. */
function lastNonBlank(text, start, end) {
    let i = Math.min(end, text.length) - 1;
    while (i > start && /\s/.test(text[i]))
        i--;
    return Math.max(start, i);
}
const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;
const NONE = -1;
/** yaml refuses an implicit key whose `:` is more than 1024 characters after its start. */
const LONGEST_KEY = 1000;
/**
 * The plain-scalar tags of yaml's core schema (YAML 1.2, 10.3.2), in the
 * order its composer tries them, each resolving as yaml's does; the tests
 * hold this table to yaml's own. yaml's module itself is loaded only for the
 * files this reading leaves to it.
 */
const CORE_TAGS = [
    { test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null },
    { test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, resolve: (s) => s[0] === 't' || s[0] === 'T' },
    { test: /^0o[0-7]+$/, resolve: (s) => parseInt(s.substring(2), 8) },
    { test: /^[-+]?[0-9]+$/, resolve: (s) => parseInt(s, 10) },
    { test: /^0x[0-9a-fA-F]+$/, resolve: (s) => parseInt(s.substring(2), 16) },
    {
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (s) => s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity,
    },
    { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, resolve: parseFloat },
    { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, resolve: parseFloat },
];
/** A plain scalar's value, as yaml's composer resolves it outside a key. */
function resolvePlain(source) {
    for (const tag of CORE_TAGS)
        if (tag.test.test(source))
            return tag.resolve(source);
    return source;
}
/** yaml's toJS names a property by its key's value: null as '', anything else as its string. */
function propertyName(key) {
    return key === null ? '' : String(key);
}
/** As yaml's toJS sets a property: a name the object already answers to (`__proto__`) becomes its own. */
function setProperty(map, name, value) {
    if (name in map)
        Object.defineProperty(map, name, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
        });
    else
        map[name] = value;
}
/** resolvePlain, remembering its answers: a matrix file repeats the same few keys thousands of times. */
function rememberingResolvePlain() {
    const values = new Map();
    const resolve = ((source) => {
        let value = values.get(source);
        if (value === undefined) {
            values.set(source, (value = resolvePlain(source)));
            if (typeof value === 'number')
                resolve.numbers = true;
        }
        return value;
    });
    resolve.numbers = false;
    return resolve;
}
const NOT_PLAIN = Symbol('not plain');
/**
 * The value of the events when they are one plain document, as
 * readPlainDocument describes it, built as yaml's toJS builds it; NOT_PLAIN
 * otherwise (then yaml reads the file). Keys that name the same property are
 * duplicates: yaml reads the file and reports them.
 */
function plainValue(events, text, resolve) {
    const last = events.length - 1;
    const doc = events[0];
    if (last < 2 || doc.type !== DOCUMENT || doc.directives.length || events[last].type !== POP)
        return NOT_PLAIN;
    if (doc.explicitStart && !startsWithMarker(text))
        return NOT_PLAIN;
    // Per open collection: the collection, its children so far in a mapping (even: a key comes
    // next), NONE in a sequence; whether it is a flow collection; a mapping's pending key.
    const open = [];
    const children = [];
    const flow = [];
    const keys = [];
    let root = NOT_PLAIN;
    const add = (value) => {
        const top = open.length - 1;
        if (top < 0)
            root = value;
        else if (children[top] === NONE)
            open[top].push(value);
        else
            setProperty(open[top], keys[top], value);
    };
    for (let i = 1; i < last; i++) {
        const e = events[i];
        const top = children.length - 1;
        const atKey = top >= 0 && children[top] !== NONE && children[top] % 2 === 0;
        if (top >= 0 && children[top] !== NONE && e.type !== POP)
            children[top]++;
        if (e.type === SCALAR) {
            if (!isPlainScalar(e, text))
                return NOT_PLAIN;
            if (atKey && !(isPlainKey(e, text) && (flow[top] || startsItsLine(e, text))))
                return NOT_PLAIN;
            if (!atKey && e.style === PLAIN && !flow[top] && followsBareComment(e, text))
                return NOT_PLAIN;
            const raw = getScalarValue(text, e);
            const value = e.style === PLAIN ? resolve(raw) : raw;
            if (!atKey)
                add(value);
            else {
                const name = propertyName(value);
                if (Object.hasOwn(open[top], name))
                    return NOT_PLAIN;
                keys[top] = name;
            }
        }
        else if (e.type === SEQUENCE || e.type === MAPPING) {
            if (atKey || e.anchorStart !== NONE || e.tagStart !== NONE)
                return NOT_PLAIN;
            const isFlow = e.style === COLLECTION_STYLE.FLOW;
            // A `[k: v]` pair is a mapping js-yaml starts at its key; yaml ranges it differently.
            if (e.type === MAPPING && isFlow && text[e.start] !== '{')
                return NOT_PLAIN;
            const collection = e.type === MAPPING ? {} : [];
            add(collection);
            open.push(collection);
            children.push(e.type === MAPPING ? 0 : NONE);
            flow.push(isFlow);
        }
        else if (e.type === POP) {
            if (!children.length)
                return NOT_PLAIN;
            open.pop();
            children.pop();
            flow.pop();
        }
        else
            return NOT_PLAIN;
    }
    return children.length === 0 ? root : NOT_PLAIN;
}
/**
 * Whether the first thing after blank and comment lines is a `---` at the
 * start of its line: js-yaml also takes one after spaces, yaml does not.
 */
function startsWithMarker(text) {
    let i = 0;
    for (;;) {
        while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r')
            i++;
        if (text[i] !== '#')
            break;
        while (i < text.length && text[i] !== '\n')
            i++;
    }
    return text.startsWith('---', i) && (i === 0 || text[i - 1] === '\n');
}
function isPlainScalar(e, text) {
    if (e.anchorStart !== NONE || e.tagStart !== NONE || e.valueStart === NONE)
        return false;
    if (e.style === DOUBLE_QUOTED)
        return e.fast || !hasEscapedLineBreak(text, e);
    return e.style === PLAIN || e.style === SINGLE_QUOTED;
}
/** A `\` that joins two lines: js-yaml and yaml disagree on the blank lines after one. */
function hasEscapedLineBreak(text, e) {
    for (let i = text.indexOf('\\', e.valueStart); i !== -1 && i < e.valueEnd; i = text.indexOf('\\', i + 2))
        if (text[i + 1] === '\n' || text[i + 1] === '\r')
            return true;
    return false;
}
/** An implicit key: on one line, right before its `:`, and not after a `?`. */
function isPlainKey(e, text) {
    const start = scalarStart(e);
    const end = scalarEnd(e);
    let before = start;
    while (before > 0 && text[before - 1] === ' ')
        before--;
    if (text[before - 1] === '?')
        return false;
    let colon = end;
    while (text[colon] === ' ')
        colon++;
    if (text[colon] !== ':' || colon - start > LONGEST_KEY)
        return false;
    for (let i = start; i < end; i++)
        if (text[i] === '\n')
            return false;
    return true;
}
/**
 * A block mapping's key comes first on its line, after indentation and `- `
 * at most: js-yaml reads `- 'x'  k: v` as a sibling key `k`, yaml refuses it.
 */
function startsItsLine(e, text) {
    let i = scalarStart(e);
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '-'))
        i--;
    return i === 0 || text[i - 1] === '\n';
}
/**
 * A plain value first on its line, below a comment line whose `#` has no
 * space after it (`#x`): yaml then lets the value run on over the lines
 * after it (`-\n#x\n a\n- b` is ["a - b"]), js-yaml does not.
 */
function followsBareComment(e, text) {
    let i = e.valueStart;
    while (i > 0 && text[i - 1] === ' ')
        i--;
    if (i > 0 && text[i - 1] !== '\n')
        return false;
    // The lines above, back to the last one with content.
    for (let end = i - 1; end > 0;) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        let col = start;
        while (text[col] === ' ')
            col++;
        if (text[col] === '#') {
            if (col + 1 < end && text[col + 1] !== ' ' && text[col + 1] !== '\r')
                return true;
        }
        else if (col < end && text[col] !== '\r')
            return false;
        end = start - 1;
    }
    return false;
}
/** Where a scalar's text starts: at its opening quote when it has one. */
function scalarStart(e) {
    return e.style === PLAIN ? e.valueStart : e.valueStart - 1;
}
/** Where a scalar's text ends: after its closing quote when it has one. */
function scalarEnd(e) {
    return e.style === PLAIN ? e.valueEnd : e.valueEnd + 1;
}
/**
 * A plain document read from js-yaml's events. Nodes are event indexes (NONE
 * for none); the subtree index and the line starts are built on first use.
 */
class PlainDocument {
    text;
    events;
    value;
    resolve;
    ends;
    childLists = new Map();
    lineStarts;
    constructor(text, events, value, resolve) {
        this.text = text;
        this.events = events;
        this.value = value;
        this.resolve = resolve;
    }
    /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
    locate(path, which = 'node') {
        let node = 1;
        let key = NONE;
        for (const step of path) {
            if (typeof step === 'number') {
                if (!this.isType(node, SEQUENCE) || !(step < this.children(node).length))
                    break;
                key = NONE;
                node = this.item(node, step);
            }
            else {
                const pair = this.isType(node, MAPPING) ? this.findKey(node, step) : NONE;
                if (pair === NONE)
                    break;
                key = pair;
                node = this.next(pair);
            }
        }
        return this.span(which === 'key' && key !== NONE ? key : node);
    }
    position(offset) {
        const at = Math.max(0, Math.min(offset, this.text.length));
        const line = this.lineOf(at);
        return { line, col: at - this.starts()[line - 1] + 1 };
    }
    /** Numbers under the nodes at `roots` whose text would not survive as written. */
    alteredNumbers(roots) {
        // A document with no plain scalar read as a number has none to report.
        if (!this.resolve.numbers)
            return [];
        const found = [];
        const path = [];
        const check = (node, value, isKey) => {
            if (typeof value !== 'number')
                return;
            const json = JSON.stringify(value) ?? 'null';
            const text = getScalarValue(this.text, this.events[node]);
            if (json !== text)
                found.push({ path: [...path], isKey, text, value, json, position: this.span(node) });
        };
        // Returns the event after the node's subtree.
        const walk = (node) => {
            const e = this.events[node];
            let child = node + 1;
            if (e.type === SEQUENCE) {
                for (let i = 0; this.events[child].type !== POP; i++) {
                    path.push(i);
                    child = walk(child);
                    path.pop();
                }
            }
            else if (e.type === MAPPING) {
                while (this.events[child].type !== POP) {
                    const key = this.scalarValue(child);
                    path.push(propertyName(key));
                    check(child, key, true);
                    child = walk(child + 1);
                    path.pop();
                }
            }
            else {
                if (e.type === SCALAR && e.style === PLAIN)
                    check(node, this.scalarValue(node), false);
                return child;
            }
            return child + 1;
        };
        for (const root of roots) {
            const node = this.nodeAt(root);
            if (node === NONE)
                continue;
            path.splice(0, path.length, ...root);
            walk(node);
        }
        return found;
    }
    nodeAt(path) {
        let node = 1;
        for (const step of path) {
            if (typeof step === 'number')
                node = this.isType(node, SEQUENCE) ? this.item(node, step) : NONE;
            else {
                const key = this.isType(node, MAPPING) ? this.findKey(node, step) : NONE;
                node = key === NONE ? NONE : this.next(key);
            }
            if (node === NONE)
                return NONE;
        }
        return node;
    }
    isType(node, type) {
        return node !== NONE && this.events[node].type === type;
    }
    /** The event after a node's subtree: its next sibling, or its parent's POP. */
    next(node) {
        this.ends ??= subtreeEnds(this.events);
        return this.ends[node];
    }
    /** A collection's children in order (a mapping's keys and values alternate), indexed on first use. */
    children(node) {
        let children = this.childLists.get(node);
        if (children)
            return children;
        let n = 0;
        for (let child = node + 1; this.events[child].type !== POP; child = this.next(child))
            n++;
        children = new Int32Array(n);
        for (let child = node + 1, i = 0; i < n; child = this.next(child))
            children[i++] = child;
        this.childLists.set(node, children);
        return children;
    }
    /** A sequence's item `n`; NONE where yaml's `items[n]` is undefined. */
    item(seq, n) {
        return this.children(seq)[n] ?? NONE;
    }
    /** The first key of a mapping that names `name`. */
    findKey(map, name) {
        const children = this.children(map);
        for (let i = 0; i < children.length; i += 2)
            if (this.keyName(children[i]) === name)
                return children[i];
        return NONE;
    }
    keyName(key) {
        return propertyName(this.scalarValue(key));
    }
    /** A scalar's value: a plain one resolved, a quoted one as its text. */
    scalarValue(node) {
        const e = this.events[node];
        const text = getScalarValue(this.text, e);
        return e.style === PLAIN ? this.resolve(text) : text;
    }
    /** Where a node's text is, as yaml's range gives it: start, and the line of its last text. */
    span(node) {
        if (node === NONE)
            return this.position(0);
        const start = this.start(node);
        const pos = this.position(start);
        const endLine = this.lineOf(lastNonBlank(this.text, start, this.end(node)));
        return endLine > pos.line ? { ...pos, endLine } : pos;
    }
    start(node) {
        const e = this.events[node];
        return e.type === SCALAR ? scalarStart(e) : e.start;
    }
    /**
     * Where yaml's range for a node ends, give or take trailing whitespace. A
     * block collection ends with its last leaf's line, and takes the comment
     * lines after it that yaml's parser attaches there (see trailingLine).
     */
    end(node) {
        const e = this.events[node];
        if (e.type === SCALAR)
            return scalarEnd(e);
        if (e.type !== SEQUENCE && e.type !== MAPPING)
            return this.start(node);
        if (e.style === COLLECTION_STYLE.FLOW)
            return this.flowEnd(node);
        // The innermost indents of the block collections on the way down to the last leaf.
        const indents = [];
        let parent = node;
        let last = this.lastChild(node);
        while (this.isBlockCollection(last)) {
            indents.push(this.indent(last));
            parent = last;
            last = this.lastChild(last);
        }
        return this.trailingLine(this.end(last), this.indent(parent), indents);
    }
    isBlockCollection(node) {
        const e = this.events[node];
        return (e.type === SEQUENCE || e.type === MAPPING) && e.style === COLLECTION_STYLE.BLOCK;
    }
    /** After a flow collection's closing bracket. */
    flowEnd(node) {
        const t = this.text;
        const last = this.lastChild(node);
        let i = last === NONE ? this.start(node) + 1 : this.end(last);
        while (i < t.length && t[i] !== ']' && t[i] !== '}') {
            if (t[i] === '#')
                while (i < t.length && t[i] !== '\n')
                    i++;
            else
                i++;
        }
        return i + 1;
    }
    /**
     * The end of the last line yaml's range reaches, for a block collection
     * whose last leaf ends at `leafEnd` in a block collection indented
     * `leafIndent`. After the leaf's line, comment lines indented deeper than
     * that collection join the leaf. The comment lines after those stay with
     * the innermost enclosing collection (of `inner`, the ones inside this
     * one) that has a positive indent no deeper than one of them; otherwise
     * they move on to outer ones and end nothing here.
     */
    trailingLine(leafEnd, leafIndent, inner) {
        const t = this.text;
        let end = lineEnd(t, leafEnd);
        let joinsLeaf = true;
        let deepest = NONE;
        let trailing = end;
        for (let line = end + 1; line < t.length;) {
            let col = line;
            while (t[col] === ' ')
                col++;
            if (t[col] !== '#' && t[col] !== '\n' && t[col] !== '\r')
                break;
            const next = lineEnd(t, col);
            if (t[col] === '#') {
                joinsLeaf &&= col - line > leafIndent;
                if (joinsLeaf)
                    end = next;
                else {
                    deepest = Math.max(deepest, col - line);
                    trailing = next;
                }
            }
            line = next + 1;
        }
        const stays = inner.some((indent) => indent > 0 && indent <= deepest);
        return stays ? trailing : end;
    }
    lastChild(node) {
        const children = this.children(node);
        return children.length ? children[children.length - 1] : NONE;
    }
    /** A block collection's indent: the column it starts at. */
    indent(node) {
        const start = this.start(node);
        return start - this.starts()[this.lineOf(start) - 1];
    }
    /** The 1-based line holding `offset`. */
    lineOf(offset) {
        const starts = this.starts();
        let low = 0;
        let high = starts.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (starts[mid] <= offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
    starts() {
        if (this.lineStarts)
            return this.lineStarts;
        const starts = [0];
        for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
            starts.push(i + 1);
        return (this.lineStarts = starts);
    }
}
/** Where the line holding `offset` ends: its line break, or the end of the text. */
function lineEnd(text, offset) {
    const i = text.indexOf('\n', offset);
    return i === -1 ? text.length : i;
}
/** For each event that opens a node, the index of the event after the node's subtree. */
function subtreeEnds(events) {
    const ends = new Int32Array(events.length);
    const open = [];
    for (let i = 0; i < events.length; i++) {
        const type = events[i].type;
        if (type === DOCUMENT || type === SEQUENCE || type === MAPPING)
            open.push(i);
        else if (type === POP)
            ends[open.pop()] = i + 1;
        else
            ends[i] = i + 1;
    }
    return ends;
}


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   nN: () => (/* binding */ YamlSyntaxError),
/* harmony export */   rC: () => (/* binding */ YamlSource),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
/* unused harmony exports YamlNotLoaded, withYaml */
/* harmony import */ var _yaml_events_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(49);
/**
 * Matrix files and other YAML read with positions: a plain document from
 * js-yaml's events (yaml-events.ts), any other through yaml's document model
 * (yaml-document.ts), which is loaded only when a file needs it.
 */

/** Untrusted files nest at most this deep (yaml-document.ts also bounds what aliases expand to). */
const MAX_DEPTH = 64;
class YamlSyntaxError extends Error {
    position;
    constructor(message, position) {
        super(message);
        this.position = position;
    }
}
/** Thrown by a reading that needs yaml's document model before loadYaml() has loaded it. */
class YamlNotLoaded extends Error {
    constructor() {
        super('the YAML document model is not loaded: await loadYaml() first');
    }
}
let yamlDocument;
/** Loads yaml's document model: a plain file is read without it (see yaml-events.ts). */
async function loadYaml() {
    yamlDocument ??= await __nccwpck_require__.e(/* import() */ 704).then(__nccwpck_require__.bind(__nccwpck_require__, 6704));
}
/** `read()`, once more after loading yaml's document model if it needed it. */
async function withYaml(read) {
    try {
        return read();
    }
    catch (err) {
        if (!(err instanceof YamlNotLoaded))
            throw err;
        await loadYaml();
        return read();
    }
}
/**
 * A parsed YAML document that can say where any node came from.
 *
 * The value is what yaml's document model gives (its `toJS()`, with merge
 * keys (`<<`) expanded); positions are computed only when a problem needs
 * one. A plain document gets both from js-yaml's events, which is several
 * times faster on a large file; see yaml-events.ts.
 */
class YamlSource {
    text;
    value;
    warnings;
    reading;
    constructor(text, value, warnings, reading) {
        this.text = text;
        this.value = value;
        this.warnings = warnings;
        this.reading = reading;
    }
    /**
     * Parses one YAML document; throws YamlSyntaxError with a position. A plain
     * document (yaml-events.ts) is read from js-yaml's events; any other, and
     * every error, is read by parseWithYaml.
     */
    static parse(text) {
        const plain = (0,_yaml_events_js__WEBPACK_IMPORTED_MODULE_0__/* .readPlainDocument */ .iv)(text, MAX_DEPTH);
        return plain ? new YamlSource(text, plain.value, [], plain) : YamlSource.parseWithYaml(text);
    }
    /**
     * The reference reading, through yaml's document model: what parse gives for
     * every file it does not read from events, and what it must give for those.
     * Throws YamlNotLoaded until loadYaml() has loaded that model.
     */
    static parseWithYaml(text) {
        if (!yamlDocument)
            throw new YamlNotLoaded();
        const { value, warnings, reading } = yamlDocument.readDocument(text);
        return new YamlSource(text, value, warnings, reading);
    }
    /** Where the node at `path` starts (and ends), or the nearest ancestor that exists. */
    locate(path, which = 'node') {
        return this.reading.locate(path, which);
    }
    position(offset) {
        return this.reading.position(offset);
    }
    /**
     * Numbers under the nodes at `roots` whose text would not survive as written.
     * Aliases and merge keys are followed; a node reached twice is reported once, where it is written.
     */
    alteredNumbers(roots) {
        return this.reading.alteredNumbers(roots);
    }
}


/***/ }),

/***/ 6456:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ audit),
  C: () => (/* binding */ buildArgs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __nccwpck_require__(8684);
// EXTERNAL MODULE: ./src/core/rules.ts
var core_rules = __nccwpck_require__(1688);
// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __nccwpck_require__(3295);
// EXTERNAL MODULE: ./src/core/collections.ts
var collections = __nccwpck_require__(5478);
// EXTERNAL MODULE: ./src/dockerfile/dockerignore.ts
var dockerignore = __nccwpck_require__(4842);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(6357);
// EXTERNAL MODULE: ./src/core/entry.ts
var entry = __nccwpck_require__(5263);
;// CONCATENATED MODULE: ./src/dockerfile/reach.ts



class Reach {
    index;
    sharedEntries = new Map();
    cache = new Map();
    constructor(entries, rules, sources) {
        this.index = new core_select/* RuleIndex */.PR(entries, rules ?? (0,core_rules/* emptyRules */.bl)(), sources);
    }
    /** The entries a change to `file` alone selects (multi-arch legs closed over). */
    selects(file) {
        let hit = this.cache.get(file);
        if (!hit)
            this.cache.set(file, (hit = this.compute(file)));
        return hit;
    }
    compute(raw) {
        const own = new Set();
        const [file] = (0,core_select/* relevantFiles */.xv)([raw], this.index.rules.ignore);
        if (file === undefined)
            return new Selected(own, undefined);
        this.index.direct(file, (e) => own.add(e));
        // Without the file's revisions an `unless: additive-proto` rule counts as firing, as in a plan.
        const rule = (0,core_select/* sharedRuleFor */.zl)(this.index.rules, file);
        let shared;
        if (rule) {
            shared = this.sharedEntries.get(rule.index);
            if (!shared)
                this.sharedEntries.set(rule.index, (shared = this.close(this.index.rebuiltBy(rule))));
        }
        // Closing over legs distributes over union, so each part is closed on its own.
        return new Selected(this.close(own), shared);
    }
    close(entries) {
        const out = new Set(entries);
        for (const e of [...out])
            if ((0,entry/* isMultiArch */.Q_)(e))
                for (const leg of this.index.legsOf(e.tagSuffix))
                    out.add(leg);
        return out;
    }
}
/** What one file selects: its own hits and its shared rule's entries, kept apart (no copying). */
class Selected {
    own;
    shared;
    constructor(own, shared) {
        this.own = own;
        this.shared = shared;
    }
    has(e) {
        return this.own.has(e) || (this.shared?.has(e) ?? false);
    }
    entries() {
        return [...new Set([...this.own, ...(this.shared ?? [])])];
    }
}

// EXTERNAL MODULE: ./src/dockerfile/resolve.ts + 1 modules
var resolve = __nccwpck_require__(4859);
;// CONCATENATED MODULE: ./src/dockerfile/audit.ts
/**
 * The Dockerfile audit (README, How the audit reads Dockerfiles): every path an
 * entry's Dockerfile reads from the build context is checked against the
 * rules — would a change to a file there select the entry? Each gap is one finding
 * per Dockerfile line and source, with a rule that would cover it.
 */









/** Parse problems reported per Dockerfile. */
const MAX_PARSE_PROBLEMS = 10;
/**
 * The audit of the entries' Dockerfiles; with `only`, of those Dockerfiles
 * (repository paths) alone, the others' findings being known to be unchanged.
 */
async function audit(matrix, repo, only) {
    const result = {
        gaps: [],
        unknowns: [],
        problems: [],
        checked: { dockerfiles: 0, entries: 0, sources: 0 },
        missing: [],
    };
    const entries = [...matrix.linux, ...matrix.darwin];
    const byDockerfile = new Map();
    for (const e of entries) {
        const df = e.fields.dockerfile;
        if (typeof df !== 'string' || !df.trim())
            continue;
        const file = (0,globs/* normalizePath */.Fd)(df.trim());
        if (!only || only.has(file))
            (0,collections/* pushTo */.I)(byDockerfile, file, e);
    }
    checkTemplates(matrix, entries, result.problems);
    const texts = new Map();
    for (const [df, users] of byDockerfile) {
        const text = repo.read(df);
        const refused = text === undefined ? repo.refused?.(df) : undefined;
        const at = () => matrix.source?.locate([...users[0].path, 'dockerfile']) ?? { line: 0, col: 0 };
        if (refused !== undefined) {
            // Named, never quoted: a symlink may lead to the runner's secrets.
            result.problems.push({
                level: 'warning',
                file: matrix.file,
                ...at(),
                message: `${refused}: the audit does not read it`,
            });
        }
        else if (text === undefined) {
            result.missing.push(df);
            result.problems.push({
                level: 'warning',
                file: matrix.file,
                ...at(),
                message: `dockerfile "${String(users[0].fields.dockerfile)}" is not in the repository (${count(users.length, 'entry', 'entries')} name it): the audit cannot check ${users.length === 1 ? 'it' : 'them'}`,
            });
        }
        else
            texts.set(df, text);
    }
    if (!texts.size)
        return result;
    const ast = await (0,parse/* loadParser */.q)();
    const assigned = matrix.sources;
    const reach = new Reach(entries, matrix.rules, assigned);
    const pending = new Map();
    const filesCache = new Map();
    const ignores = new Map();
    for (const [df, text] of texts) {
        const parsed = (0,parse/* parseDockerfile */.A)(ast, text);
        // A file that is no Dockerfile has a problem on every line: the first few say so.
        for (const p of parsed.problems.slice(0, MAX_PARSE_PROBLEMS)) {
            result.problems.push({
                level: 'error',
                file: df,
                line: p.line,
                col: p.col,
                message: `the Dockerfile does not parse: ${p.message}`,
            });
        }
        const more = parsed.problems.length - MAX_PARSE_PROBLEMS;
        if (more > 0) {
            const { line, col } = parsed.problems[MAX_PARSE_PROBLEMS];
            result.problems.push({
                level: 'error',
                file: df,
                line,
                col,
                message: `the Dockerfile does not parse: ${count(more, 'more problem', 'more problems')} from here on`,
            });
        }
        result.checked.dockerfiles++;
        const resolvedBy = new Map();
        for (const entry of byDockerfile.get(df)) {
            result.checked.entries++;
            const build = buildArgs(matrix, entry);
            const contextTemplate = matrix.rules?.build?.context;
            const contextRaw = contextTemplate ? (0,core_rules/* fillTemplate */.ou)(contextTemplate, entry) : '.';
            const key = JSON.stringify([contextRaw, [...build.values], build.platform]);
            let resolved = resolvedBy.get(key);
            if (!resolved)
                resolvedBy.set(key, (resolved = (0,resolve/* resolveSources */.l7)(parsed, build)));
            for (const r of resolved) {
                const site = siteOf(df, r.source);
                const id = `${df}\u0000${site.line}\u0000${site.col}\u0000${site.source}`;
                let p = pending.get(id);
                if (!p) {
                    p = {
                        ...site,
                        gapEntries: new Set(),
                        reached: new Set(),
                        files: new Set(),
                        paths: new Map(),
                        notes: new Set(),
                    };
                    pending.set(id, p);
                }
                const unknown = (reason) => {
                    p.unknown ??= { reason, entries: new Set() };
                    p.unknown.entries.add(entry);
                };
                if (contextRaw === undefined) {
                    unknown(`the build context ${contextTemplate.text} names a field this entry does not have`);
                    continue;
                }
                if (!r.ok) {
                    unknown(r.reason);
                    continue;
                }
                for (const n of r.notes)
                    p.notes.add(n);
                if (wholeContext(r.path)) {
                    const note = r.notes.length ? ` (${r.notes[0]})` : '';
                    unknown(`it reads the whole build context${note}, so any file there may be an input; name the paths the image needs`);
                    continue;
                }
                const context = (0,resolve/* contextDir */.LE)(contextRaw);
                const full = context ? `${context}/${r.path}` : r.path;
                const ignoreKey = `${df}\u0000${context}`;
                let ignore = ignores.get(ignoreKey);
                if (!ignore)
                    ignores.set(ignoreKey, (ignore = readIgnore(repo, df, context, result.problems)));
                const cacheKey = `${ignoreKey}\u0000${full}`;
                let files = filesCache.get(cacheKey);
                if (!files) {
                    const inside = repo.tree.matching(full);
                    const strip = context ? context.length + 1 : 0;
                    files = inside.filter((f) => !ignore.excludes(f.slice(strip)));
                    // Nothing there yet: a file created at that path would be an input.
                    if (!inside.length)
                        files = [full];
                    filesCache.set(cacheKey, files);
                }
                if (!files.length)
                    continue; // all of it is left out by .dockerignore
                p.reached.add(entry);
                const missed = files.filter((f) => !reach.selects(f).has(entry));
                if (missed.length) {
                    p.gapEntries.add(entry);
                    p.paths.set(entry, full);
                    for (const f of missed)
                        p.files.add(f);
                }
            }
        }
    }
    for (const p of pending.values()) {
        result.checked.sources++;
        const site = {
            dockerfile: p.dockerfile,
            line: p.line,
            col: p.col,
            instruction: p.instruction,
            source: p.source,
        };
        for (const note of p.notes) {
            result.problems.push({
                level: 'warning',
                file: p.dockerfile,
                line: p.line,
                col: p.col,
                message: `${p.instruction} ${p.source}: ${note}`,
            });
        }
        if (p.unknown)
            result.unknowns.push({ ...site, reason: p.unknown.reason, entries: [...p.unknown.entries] });
        if (p.gapEntries.size) {
            const gapEntries = [...p.gapEntries];
            const files = [...p.files].sort();
            result.gaps.push({
                ...site,
                entries: gapEntries,
                reached: p.reached.size,
                files,
                suggestion: suggest(matrix, repo.tree, p, gapEntries, files, assigned),
            });
        }
    }
    // A refused or unusable .dockerignore shared by several Dockerfiles is said once.
    const said = new Set();
    result.problems = result.problems.filter((p) => {
        const key = `${p.file}\u0000${p.line}\u0000${p.col}\u0000${p.message}`;
        return !said.has(key) && !!said.add(key);
    });
    const order = (a, b) => a.dockerfile.localeCompare(b.dockerfile) || a.line - b.line || a.col - b.col;
    result.gaps.sort(order);
    result.unknowns.sort(order);
    return result;
}
const siteOf = (dockerfile, s) => ({
    dockerfile,
    line: s.line,
    col: s.col,
    instruction: s.instruction,
    source: s.text,
});
/** `.`, or a wildcard with no literal directory in front (`*`): every file may be read. */
const wholeContext = (p) => p === '' || /^[*?[{]/.test(p);
/** The `.dockerignore` that applies; one that is refused or too costly to apply leaves nothing out (more gaps, never fewer). */
function readIgnore(repo, dockerfile, context, problems) {
    const names = [
        `${dockerfile}.dockerignore`,
        context ? `${context}/.dockerignore` : '.dockerignore',
    ];
    const text = (0,dockerignore/* readDockerIgnore */.x3)(repo.read, dockerfile, context);
    const warn = (file, message) => {
        problems.push({ level: 'warning', file, line: 0, col: 0, message });
    };
    if (text === undefined) {
        for (const n of names) {
            const why = repo.refused?.(n);
            if (why)
                warn(n, `${why}: the audit reads the build context as if nothing were left out`);
        }
        return dockerignore/* DockerIgnore */.j8.NONE;
    }
    const ignore = dockerignore/* DockerIgnore */.j8.parse(text);
    if (ignore.refused) {
        const file = names.find((n) => repo.tree.has(n)) ?? names[1];
        warn(file, `${ignore.refused}: the audit reads the build context as if nothing were left out`);
        return dockerignore/* DockerIgnore */.j8.NONE;
    }
    return ignore;
}
function buildArgs(matrix, entry) {
    const values = new Map();
    const unset = new Map();
    for (const [name, t] of matrix.rules?.build?.args ?? []) {
        const v = (0,core_rules/* fillTemplate */.ou)(t, entry);
        if (v !== undefined)
            values.set(name, v);
        else
            unset.set(name, `ARG ${name} has no default, and rules.build.args sets it from "${t.text}", which this entry leaves empty`);
    }
    const platforms = entry.fields.platforms;
    return {
        values,
        platform: typeof platforms === 'string' ? platforms : undefined,
        whyUnset: (name) => unset.get(name),
    };
}
/** An args or context template that names a field no entry has can never be filled. */
function checkTemplates(matrix, entries, problems) {
    const build = matrix.rules?.build;
    if (!build)
        return;
    const known = new Set();
    for (const e of entries)
        for (const k of Object.keys(e.fields))
            known.add(k);
    const check = (fields, at, what) => {
        const bad = fields.find((f) => !known.has(f));
        if (bad === undefined)
            return;
        problems.push({
            level: 'warning',
            file: matrix.file,
            ...(matrix.source?.locate(at) ?? { line: 0, col: 0 }),
            message: `${what} names {${bad}}, a field no entry has: the audit uses the Dockerfile's default instead`,
        });
    };
    check(build.context.fields, ['rules', 'build', 'context'], '`rules.build.context`');
    for (const [name, t] of build.args)
        check(t.fields, ['rules', 'build', 'args', name], `build arg ${name}`);
}
/** The glob that covers a repository path: itself for a file, `dir/**` for a directory. */
function coverPattern(tree, full, literal, asDir) {
    const p = literal ? (0,globs/* escapeGlob */.yk)(full) : full;
    if (tree.has(full))
        return p;
    const isDir = literal
        ? tree.under(full).length > 0
        : tree.matching(full).some((f) => f.split('/').length > full.split('/').length);
    return isDir || asDir ? `${p}/**` : p;
}
const quote = (s) => JSON.stringify(s);
function suggest(matrix, tree, p, gapEntries, files, assigned) {
    const dockerfile = (0,globs/* escapeGlob */.yk)(p.dockerfile);
    const literal = !/[*?[\]]/.test(p.source);
    const distinct = [...new Set(p.paths.values())];
    const template = distinct.length > 1 ? sourceTemplate(matrix, p, gapEntries, tree, literal) : undefined;
    if (template) {
        const rules = new Set(gapEntries.map((e) => assigned.get(e)?.rule));
        const [rule] = rules.size === 1 ? rules : [undefined];
        const raw = rule && rawSourcesRule(matrix, rule.index);
        return rule && raw
            ? {
                kind: 'sources',
                rule: rule.index,
                yaml: `- if: ${JSON.stringify(raw.if ?? {})}\n  paths: ${JSON.stringify([...raw.paths, template])}`,
            }
            : {
                kind: 'sources',
                yaml: `- if: { dockerfile: ${quote(dockerfile)} }\n  paths: [${quote(template)}]`,
            };
    }
    const patterns = distinct.map((d) => coverPattern(tree, d, literal, p.source.endsWith('/')));
    const shadow = files.map((f) => matrix.rules && (0,core_select/* sharedRuleFor */.zl)(matrix.rules, f)).find(Boolean);
    const dockerfiles = [
        ...new Set(gapEntries.map((e) => (0,globs/* escapeGlob */.yk)((0,globs/* normalizePath */.Fd)(String(e.fields.dockerfile))))),
    ];
    const selector = dockerfiles.length === 1 ? quote(dockerfiles[0]) : `[${dockerfiles.map(quote).join(', ')}]`;
    return {
        kind: 'shared',
        shadowedBy: shadow?.index,
        yaml: `- paths: [${patterns.map(quote).join(', ')}]\n  rebuild: { dockerfile: ${selector} }`,
    };
}
/**
 * For a source that differs per entry (`backend/python/${BACKEND}`), the
 * sources path template it stands for (`backend/python/{backend}/**`): each
 * variable replaced by the `rules.build.args` template that sets it.
 */
function sourceTemplate(matrix, p, gapEntries, tree, literal) {
    if (!literal)
        return undefined;
    const args = matrix.rules?.build?.args;
    if (!args)
        return undefined;
    let ok = true;
    const text = p.source.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => {
        const t = args.get(a ?? b);
        // The template stands for the path only where every gap entry fills it.
        if (!t || !t.fields.length || gapEntries.some((e) => (0,core_rules/* fillTemplate */.ou)(t, e) === undefined))
            ok = false;
        return t?.text ?? '';
    });
    if (!ok || text.includes('$'))
        return undefined;
    const context = matrix.rules?.build?.context;
    if (context?.fields.length)
        return undefined;
    const prefix = (0,resolve/* contextDir */.LE)(context?.text ?? '.');
    const inside = external_node_path_default().posix.normalize(`/${text}`).slice(1).replace(/\/+$/, '');
    const full = prefix ? `${prefix}/${inside}` : inside;
    const anyFile = [...p.paths.values()].some((d) => tree.has(d));
    return anyFile ? full : `${full}/**`;
}
/** A sources rule as written (its `if` and `paths`), for a suggestion that extends it. */
function rawSourcesRule(matrix, index) {
    const root = matrix.source?.value;
    const raw = root?.rules?.sources?.[index];
    if (!raw)
        return undefined;
    const paths = typeof raw.paths === 'string' ? [raw.paths] : raw.paths;
    return Array.isArray(paths) ? { if: raw.if, paths: paths.map(String) } : undefined;
}
function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 4842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j8: () => (/* binding */ DockerIgnore),
/* harmony export */   x3: () => (/* binding */ readDockerIgnore)
/* harmony export */ });
/* unused harmony export MAX_WILDCARD_LINES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_collections_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5478);
/* harmony import */ var _core_globs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8684);
/* harmony import */ var _core_wildmatch_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9614);
/**
 * `.dockerignore` as Docker reads it: one pattern a line, `#` comments, `!`
 * re-includes, the last matching pattern wins, and a pattern that matches a
 * directory excludes everything under it.
 */




/** BuildKit reads `<Dockerfile>.dockerignore` beside the Dockerfile first, then the context's. */
const readDockerIgnore = (read, dockerfile, context) => read(`${dockerfile}.dockerignore`) ??
    read(context ? `${context}/.dockerignore` : '.dockerignore');
// Wildcard lines a `.dockerignore` may hold beyond the common forms indexed
// below (real files have a few): each is tried on every file it could match.
const MAX_WILDCARD_LINES = 256;
const WILDCARD = /[*?[\]{}\\]/;
// Lines are indexed so a file meets only those that could match it: literal
// paths are looked up by path, `**/name` and `**/*.ext` by each segment of
// the file, and other wildcard lines are filed under their literal directory.
// A 20,000-line file of those forms costs a few lookups per path.
class DockerIgnore {
    patterns;
    refused;
    literal = new Map();
    // `**/name`: any segment of the file named so.
    anySegment = new Map();
    // `**/*suffix`: any segment of the file ending so.
    anySuffix = new Map();
    suffixLengths = new Set();
    byBase = new Map();
    constructor(patterns, 
    /** Why the file is not applied (too costly to match), naming the line; undefined when it is. */
    refused) {
        this.patterns = patterns;
        this.refused = refused;
        for (const p of patterns) {
            const kind = indexKind(p.text);
            if (kind.kind === 'literal')
                this.literal.set(p.text, p); // a later identical line decides
            else if (kind.kind === 'segment')
                this.anySegment.set(kind.key, p);
            else if (kind.kind === 'suffix') {
                this.anySuffix.set(kind.key, p);
                this.suffixLengths.add(kind.key.length);
            }
            else
                (0,_core_collections_js__WEBPACK_IMPORTED_MODULE_2__/* .pushTo */ .I)(this.byBase, kind.key, p);
        }
    }
    static NONE = new DockerIgnore([]);
    static parse(text) {
        const patterns = [];
        let wildcards = 0;
        let lineNo = 0;
        for (const raw of text.split(/\r?\n|\r/)) {
            lineNo++;
            let line = raw.trim();
            if (!line || line.startsWith('#'))
                continue;
            const include = line.startsWith('!');
            if (include)
                line = line.slice(1).trim();
            const clean = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '');
            if (!clean || clean === '.')
                continue;
            const costly = (0,_core_wildmatch_js__WEBPACK_IMPORTED_MODULE_3__/* .wildcardProblem */ .mz)(clean);
            if (costly)
                return new DockerIgnore([], `line ${lineNo}: ${costly}`);
            if (indexKind(clean).kind === 'base' && ++wildcards > MAX_WILDCARD_LINES)
                return new DockerIgnore([], `it has more than ${MAX_WILDCARD_LINES} wildcard lines other than **/name and **/*.ext (line ${lineNo})`);
            const test = (0,_core_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedMatcher */ .Qf)(clean, { dot: true });
            if (!test)
                continue; // Docker rejects the file; building more is the safe reading
            patterns.push({ text: clean, include, test, index: patterns.length });
        }
        return new DockerIgnore(patterns);
    }
    /** Whether `file` (relative to the context) is left out of the context. */
    excludes(file) {
        if (!this.patterns.length)
            return false;
        const last = this.lastMatch(file);
        return last !== undefined && !last.include;
    }
    /** Whether one pattern, read on its own, leaves `file` out. */
    patternExcludes(p, file) {
        return matchesOrParent(p.test, file);
    }
    /** True when no `!` line can bring a file back, so each line reads as a plain exclusion. */
    get excludeOnly() {
        return this.patterns.every((p) => !p.include);
    }
    /** The last pattern that matches the file or one of its directories. */
    lastMatch(file) {
        let best;
        const better = (p) => {
            if (p && (!best || p.index > best.index))
                best = p;
        };
        const prefixes = [];
        for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1))
            prefixes.push(file.slice(0, i));
        prefixes.push(file);
        for (const p of prefixes)
            better(this.literal.get(p));
        for (const seg of file.split('/')) {
            better(this.anySegment.get(seg));
            for (const n of this.suffixLengths)
                if (seg.length >= n)
                    better(this.anySuffix.get(seg.slice(-n)));
        }
        // Wildcard lines filed under '' or a directory of the file; later lines first.
        for (const base of ['', ...prefixes]) {
            const list = this.byBase.get(base);
            if (!list)
                continue;
            for (let i = list.length - 1; i >= 0; i--) {
                const p = list[i];
                if (best && p.index < best.index)
                    break;
                if (matchesOrParent(p.test, file, base)) {
                    better(p);
                    break;
                }
            }
        }
        return best;
    }
}
/** How a line is indexed: by path, by segment name or ending, or under its literal directory. */
function indexKind(text) {
    if (!WILDCARD.test(text))
        return { kind: 'literal' };
    const m = /^\*\*\/(\*?)([^/]+)$/.exec(text);
    if (m && !WILDCARD.test(m[2]))
        return { kind: m[1] ? 'suffix' : 'segment', key: m[2] };
    const base = [];
    for (const seg of text.split('/')) {
        if (WILDCARD.test(seg))
            break;
        base.push(seg);
    }
    return { kind: 'base', key: base.join('/') };
}
/** Whether the file or one of its directories (no shorter than `base`) matches. */
function matchesOrParent(test, file, base = '') {
    if (test(file))
        return true;
    for (let i = file.lastIndexOf('/'); i >= base.length && i > 0; i = file.lastIndexOf('/', i - 1)) {
        if (test(file.slice(0, i)))
            return true;
    }
    return false;
}


/***/ }),

/***/ 6357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseDockerfile),
/* harmony export */   q: () => (/* binding */ loadParser)
/* harmony export */ });
/* harmony import */ var _core_snippet_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7806);

let loading;
/** The parser module, imported on first use (a run without Dockerfiles never loads it). */
function loadParser() {
    return (loading ??= __nccwpck_require__.e(/* import() */ 839).then(__nccwpck_require__.bind(__nccwpck_require__, 8390)).then((m) => m.DockerfileParser ? m : m.default));
}
const KEYWORDS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'FROM',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
/** A source that is fetched, not read from the context: `ADD https://…`, `ADD git@…`. */
const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;
function parseDockerfile(ast, text) {
    const df = ast.DockerfileParser.parse(text);
    const lines = lineStarts(text);
    const slice = (r) => text.slice(lines[r.start.line] + r.start.character, lines[r.end.line] + r.end.character);
    const out = { steps: [], problems: [], escape: df.getEscapeCharacter() };
    const problem = (r, message) => {
        out.problems.push({ line: r.start.line + 1, col: r.start.character + 1, message });
    };
    const source = (instruction, value, r) => {
        out.steps.push({
            kind: 'source',
            source: { instruction, text: value, line: r.start.line + 1, col: r.start.character + 1 },
        });
    };
    let seenFrom = false;
    for (const ins of df.getInstructions()) {
        const keyword = ins.getKeyword();
        const where = ins.getInstructionRange();
        if (!KEYWORDS.has(keyword)) {
            // Quoted short: a file that is no Dockerfile must not be printed whole.
            problem(where, `unknown instruction "${(0,_core_snippet_js__WEBPACK_IMPORTED_MODULE_0__/* .snippet */ .UA)(ins.getInstruction(), 20)}"`);
            continue;
        }
        for (const h of heredocsOf(ins)) {
            if (!h.getDelimiterRange())
                problem(h.getStartRange(), `heredoc <<${(0,_core_snippet_js__WEBPACK_IMPORTED_MODULE_0__/* .snippet */ .UA)(h.getName() ?? '')} is never closed`);
        }
        if (keyword === 'FROM') {
            seenFrom = true;
            out.steps.push(fromStep(ins, slice));
            continue;
        }
        if (keyword === 'ARG') {
            for (const arg of ins.getArguments()) {
                const [name, ...rest] = arg.getValue().split('=');
                out.steps.push({
                    kind: 'arg',
                    name,
                    default: rest.length ? unquote(rest.join('=')) : undefined,
                });
            }
            continue;
        }
        if (!seenFrom) {
            problem(where, `${keyword} before the first FROM: only ARG may come before it`);
            continue;
        }
        if (keyword === 'ENV') {
            for (const p of ins.getProperties()) {
                out.steps.push({ kind: 'env', name: p.getName(), value: unquote(p.getValue() ?? '') });
            }
        }
        else if (keyword === 'COPY' || keyword === 'ADD') {
            const flags = ins.getFlags();
            const from = flags.find((f) => f.getName().toLowerCase() === 'from');
            if (from) {
                const at = from.getValueRange() ?? from.getRange();
                out.steps.push({ kind: 'image', image: site('COPY --from', from.getValue() ?? '', at) });
                continue;
            }
            const args = pathArguments(ins, slice);
            if (args.length < (heredocsOf(ins).length ? 1 : 2)) {
                problem(where, `${keyword} needs at least one source and a destination`);
                continue;
            }
            for (const a of args.slice(0, -1)) {
                if (!REMOTE.test(a.value))
                    source(keyword, a.value, a.range);
            }
        }
        else if (keyword === 'RUN') {
            for (const f of ins.getFlags()) {
                if (f.getName().toLowerCase() !== 'mount')
                    continue;
                const opt = (name) => f.getOptions().find((o) => o.getName() === name);
                const image = opt('from');
                if (image) {
                    const at = image.getValueRange() ?? image.getRange();
                    out.steps.push({ kind: 'image', image: site('RUN --mount', image.getValue() ?? '', at) });
                }
                if ((opt('type')?.getValue() ?? 'bind') !== 'bind' || opt('from'))
                    continue;
                const src = opt('source') ?? opt('src');
                // Without a source, a bind mount is the whole context.
                source('RUN --mount', src?.getValue() ?? '.', src?.getValueRange() ?? f.getRange());
            }
        }
    }
    if (!seenFrom)
        out.problems.push({
            line: 1,
            col: 1,
            message: 'no FROM instruction: this is not a Dockerfile',
        });
    return out;
}
const site = (instruction, text, r) => ({
    instruction,
    text,
    line: r.start.line + 1,
    col: r.start.character + 1,
});
/** A FROM's image as written (variables unexpanded) and the stage name it declares. */
function fromStep(ins, slice) {
    const range = ins.getImageRange();
    const stage = ins.getBuildStage() ?? undefined;
    return range
        ? { kind: 'from', image: site('FROM', slice(range), range), stage }
        : { kind: 'from', stage };
}
/** Arguments after the flags: JSON strings decoded, heredoc markers and bodies left out. */
function pathArguments(ins, slice) {
    const json = ins.getJSONStrings();
    if (json.length) {
        return json.map((a) => ({ value: decodeJson(slice(a.getRange())), range: a.getJSONRange() }));
    }
    const heredocs = heredocsOf(ins);
    const lastMarker = Math.max(-1, ...heredocs.map((h) => h.getStartRange().start.line));
    return ins
        .getArguments()
        .filter((a) => !a.getValue().startsWith('<<') && (lastMarker < 0 || a.getRange().start.line <= lastMarker))
        .map((a) => ({ value: unquote(a.getValue()), range: a.getRange() }));
}
function heredocsOf(ins) {
    const get = ins.getHeredocs;
    return get ? get.call(ins) : [];
}
function decodeJson(raw) {
    try {
        return String(JSON.parse(raw));
    }
    catch {
        return raw.replace(/^"|"$/g, '');
    }
}
const unquote = (s) => s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.at(-1) === s[0] ? s.slice(1, -1) : s;
/** Offsets of line starts, splitting as the parser's text document does (\r\n, \n, \r). */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\r' && text[i + 1] === '\n')
            i++;
        if (c === '\n' || c === '\r')
            starts.push(i + 1);
    }
    return starts;
}


/***/ }),

/***/ 4859:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  LE: () => (/* binding */ contextDir),
  VJ: () => (/* binding */ contextPath),
  l7: () => (/* binding */ resolveSources)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/snippet.ts
var snippet = __nccwpck_require__(7806);
;// CONCATENATED MODULE: ./src/dockerfile/variables.ts
/**
 * Dockerfile variable substitution (`$NAME`, `${NAME}`, `${NAME:-word}`,
 * `${NAME:+word}`) as BuildKit applies it to COPY, ADD and mount sources.
 */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/**
 * Longest value an expansion may reach. `ARG A1=$A0$A0`, `ARG A2=$A1$A1`, …
 * doubles per line: unbounded, 22 lines make gigabytes. Paths are short.
 */
const MAX_EXPANSION = 4096;
const tooLong = (text) => ({
    ok: false,
    reason: `"${(0,snippet/* snippet */.UA)(text)}" expands to more than ${MAX_EXPANSION / 1024} KiB`,
});
/**
 * Expands `text`. A name that is declared but has no value hides the path
 * (`ok: false`); a name that is not declared in the stage expands to '' as
 * Docker does, with a note saying so.
 */
function expand(text, lookup, escape = '\\') {
    let out = '';
    const notes = [];
    for (let i = 0; i < text.length; i++) {
        if (out.length > MAX_EXPANSION)
            return tooLong(text);
        const c = text[i];
        if (c === escape && text[i + 1] === '$') {
            out += '$';
            i++;
            continue;
        }
        if (c !== '$') {
            out += c;
            continue;
        }
        let name;
        let modifier = '';
        let word = '';
        if (text[i + 1] === '{') {
            const close = text.indexOf('}', i + 2);
            if (close < 0)
                return { ok: false, reason: `unterminated \${ in "${(0,snippet/* snippet */.UA)(text)}"` };
            const inner = text.slice(i + 2, close);
            const m = NAME.exec(inner);
            if (!m)
                return { ok: false, reason: `"\${${(0,snippet/* snippet */.UA)(inner)}}" is not a variable reference` };
            name = m[0];
            const rest = inner.slice(name.length);
            const mod = /^(:?[-+])(.*)$/s.exec(rest);
            if (rest && !mod)
                return {
                    ok: false,
                    reason: `"\${${(0,snippet/* snippet */.UA)(inner)}}" uses a substitution the audit does not evaluate`,
                };
            if (mod)
                [, modifier, word] = mod;
            i = close;
        }
        else {
            const m = NAME.exec(text.slice(i + 1));
            if (!m) {
                out += c;
                continue;
            }
            name = m[0];
            i += name.length;
        }
        const found = lookup(name);
        const value = found && 'value' in found ? found.value : undefined;
        const isSet = value !== undefined && (modifier.startsWith(':') ? value !== '' : true);
        if (modifier.endsWith('-')) {
            if (isSet)
                out += value;
            else {
                const inner = expand(word, lookup, escape);
                if (!inner.ok)
                    return inner;
                out += inner.value;
                notes.push(...inner.notes);
            }
            continue;
        }
        if (modifier.endsWith('+')) {
            if (found && 'unset' in found)
                return { ok: false, reason: found.unset };
            if (isSet) {
                const inner = expand(word, lookup, escape);
                if (!inner.ok)
                    return inner;
                out += inner.value;
                notes.push(...inner.notes);
            }
            continue;
        }
        if (found === undefined) {
            notes.push(`$${name} is not declared in this stage, so Docker substitutes an empty string`);
            continue;
        }
        if ('unset' in found)
            return { ok: false, reason: found.unset };
        out += found.value;
    }
    if (out.length > MAX_EXPANSION)
        return tooLong(text);
    return { ok: true, value: out, notes: [...new Set(notes)] };
}
/** Whether `text` refers to any variable at all (a source that differs per entry or not). */
const hasVariables = (text) => /\$(\{|[A-Za-z_])/.test(text);

;// CONCATENATED MODULE: ./src/dockerfile/resolve.ts
/**
 * Which context paths a Dockerfile reads for one set of build args: ARGs and
 * ENVs scoped per stage as Docker scopes them (a global ARG, declared before
 * the first FROM, is visible in a stage only when the stage declares it again).
 */


/** With `images`, the image references are resolved too, in the same walk. */
function resolveSources(df, args, images) {
    const global = new Map();
    let stage;
    let fromEnv = new Set();
    const lookup = (scope) => (name) => scope.get(name);
    const bind = (text, scope) => {
        const e = expand(text, lookup(scope), df.escape);
        return e.ok ? { value: e.value } : { unset: e.reason };
    };
    const out = [];
    let stages = 0;
    const image = (site, scope) => {
        const e = expand(site.text, scope, df.escape);
        const at = { image: site, stage: stages };
        // An undeclared variable leaves Docker an incomplete reference: not an image this can name.
        if (!e.ok)
            images?.({ ...at, ok: false, reason: e.reason });
        else if (e.notes.length)
            images?.({ ...at, ok: false, reason: e.notes[0] });
        else
            images?.({ ...at, ok: true, text: e.value });
    };
    const inGlobal = (name) => {
        const platform = global.has(name) ? undefined : platformArg(name, args.platform);
        return platform !== undefined ? { value: platform } : global.get(name);
    };
    for (const step of df.steps) {
        switch (step.kind) {
            case 'image':
                if (images && stage)
                    image(step.image, lookup(stage));
                break;
            case 'from':
                stages++;
                if (images && step.image)
                    image(step.image, inGlobal);
                stage = new Map();
                fromEnv = new Set();
                break;
            case 'arg': {
                const scope = stage ?? global;
                if (stage && fromEnv.has(step.name))
                    break; // ENV wins over an ARG of the same name
                const given = args.values.get(step.name);
                let b;
                if (given !== undefined)
                    b = { value: given };
                else if (step.default !== undefined)
                    b = bind(step.default, scope);
                else if (stage && global.has(step.name))
                    b = global.get(step.name);
                else {
                    const platform = platformArg(step.name, args.platform);
                    b =
                        platform !== undefined
                            ? { value: platform }
                            : {
                                unset: args.whyUnset?.(step.name) ??
                                    `ARG ${step.name} has no default and rules.build.args does not set it`,
                            };
                }
                scope.set(step.name, b);
                break;
            }
            case 'env':
                if (!stage)
                    break;
                stage.set(step.name, bind(step.value, stage));
                fromEnv.add(step.name);
                break;
            case 'source': {
                if (!stage)
                    break;
                const e = expand(step.source.text, lookup(stage), df.escape);
                out.push(e.ok
                    ? {
                        source: step.source,
                        ok: true,
                        path: contextPath(e.value),
                        notes: e.notes.map((n) => explainUndeclared(n, global)),
                    }
                    : { source: step.source, ok: false, reason: e.reason });
            }
        }
    }
    return out;
}
/** A source as a path inside the context: '' for the context itself; `..` cannot leave it. */
function contextPath(p) {
    const clean = external_node_path_default().posix.normalize(`/${p}`).replace(/\/+$/, '');
    return clean.slice(1);
}
/** The usual cause: a global ARG used in a stage that does not declare it again. */
function explainUndeclared(note, global) {
    const name = /^\$(\w+) is not declared/.exec(note)?.[1];
    return name && global.has(name)
        ? `$${name} is a global ARG that this stage does not declare again (add \`ARG ${name}\` after its FROM), so Docker substitutes an empty string`
        : note;
}
/** A build context as a repository directory: '' for the root. */
function contextDir(raw) {
    const c = external_node_path_default().posix.normalize(raw.trim().replace(/^(\.\/)+/, '') || '.').replace(/\/+$/, '');
    return c === '.' ? '' : c;
}
function platformArg(name, platform) {
    if (!platform || platform.includes(','))
        return undefined;
    const [os, arch, variant = ''] = platform.trim().split('/');
    switch (name) {
        case 'TARGETPLATFORM':
            return platform.trim();
        case 'TARGETOS':
            return os;
        case 'TARGETARCH':
            return arch;
        case 'TARGETVARIANT':
            return variant;
        default:
            return undefined;
    }
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FileRefused: () => (/* binding */ FileRefused),
/* harmony export */   MB: () => (/* binding */ MB),
/* harmony export */   isInside: () => (/* binding */ isInside),
/* harmony export */   readChecked: () => (/* binding */ readChecked)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reading a file of the repository on the runner: only a regular file whose
 * real path (symlinks resolved) is inside the root's real path, of a bounded
 * size. Type and size are checked before the file is opened, so a FIFO or a
 * device never blocks or floods the step, and a symlink never leads the tool
 * to other files on the machine. Messages name the file, never its content.
 */


/** Why a file was not read: `absent` is an ordinary answer, the rest are refusals. */
class FileRefused extends Error {
    absent;
    constructor(message, absent = false) {
        super(message);
        this.absent = absent;
    }
}
const MB = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
function kind(s) {
    if (s.isFIFO())
        return 'a named pipe (FIFO)';
    if (s.isCharacterDevice() || s.isBlockDevice())
        return 'a device';
    if (s.isSocket())
        return 'a socket';
    if (s.isDirectory())
        return 'a directory';
    return 'not a regular file';
}
const isInside = (root, full) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, full);
    return rel !== '' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
};
/**
 * The bytes of `file` (absolute, or relative to `root`). Throws FileRefused:
 * absent (`absent` set), outside the root, not a regular file, over the limit.
 */
function readChecked(root, file, o) {
    const rootName = o.rootName ?? 'the workspace';
    let realRoot;
    try {
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch (err) {
        throw new FileRefused(`${rootName} (${root}) cannot be read: ${err.message}`);
    }
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file));
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new FileRefused(`${o.shown} not found`, true);
        throw new FileRefused(`cannot read ${o.shown}: ${err.message}`);
    }
    if (!isInside(realRoot, real)) {
        throw new FileRefused(`${o.shown} resolves to ${real}, outside ${rootName} (${realRoot}): a symlink may not lead to other files on this machine`);
    }
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    catch (err) {
        throw new FileRefused(`cannot read ${o.shown}: ${err.message}`);
    }
    if (!stat.isFile())
        throw new FileRefused(`${o.shown} is ${kind(stat)}, not a regular file`);
    if (stat.size > o.limit)
        throw new FileRefused(`${o.shown} is ${MB(stat.size)}, over the ${MB(o.limit)} limit`);
    return readBounded(real, o);
}
/** Reads at most the limit; O_NONBLOCK so that a file swapped for a FIFO meanwhile cannot block the open. */
function readBounded(real, o) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new FileRefused(`cannot read ${o.shown}: ${err.message}`);
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stat.isFile())
            throw new FileRefused(`${o.shown} is ${kind(stat)}, not a regular file`);
        // One byte more than expected tells a file that grew meanwhile from one read whole.
        const buffer = Buffer.alloc(Math.min(stat.size, o.limit) + 1);
        let n = 0;
        for (let got = 1; got > 0 && n < buffer.length; n += got) {
            got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, n, buffer.length - n, null);
        }
        if (n === buffer.length)
            throw new FileRefused(`${o.shown} changed while it was read`);
        return buffer.subarray(0, n);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GIT_TIMEOUT_MS: () => (/* binding */ GIT_TIMEOUT_MS),
/* harmony export */   GitError: () => (/* binding */ GitError),
/* harmony export */   LocalGit: () => (/* binding */ LocalGit),
/* harmony export */   failure: () => (/* binding */ failure),
/* harmony export */   gitChangedFiles: () => (/* binding */ gitChangedFiles),
/* harmony export */   hasCommit: () => (/* binding */ hasCommit),
/* harmony export */   isGitRepo: () => (/* binding */ isGitRepo),
/* harmony export */   isRefusal: () => (/* binding */ isRefusal),
/* harmony export */   isShallow: () => (/* binding */ isShallow),
/* harmony export */   rev: () => (/* binding */ rev),
/* harmony export */   showFile: () => (/* binding */ showFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _safe_directory_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2481);
/**
 * The local git repository as a source of changed files and old file versions
 * (the `GitPort` of change detection, and the CLI's `--base/--head`).
 *
 * Every call carries the options of `safe-directory.ts` (git's ownership check
 * respected except for the action's workspace; config that could run a
 * program overridden); diffs use
 * `--no-renames`, which lists a rename as its deletion and its addition (both
 * names, as the rules want) and needs only trees, so it works in a blobless
 * clone whose remote is gone.
 */




/**
 * git's stdout. node:child_process is loaded on the first call, synchronously,
 * so that git starts at once: a run without a checkout never loads it.
 */
function execGit(args, options) {
    const { execFile } = process.getBuiltinModule('node:child_process');
    return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(execFile)('git', args, { ...options, encoding: 'utf8' }).then((r) => r.stdout);
}
/** No git call may hang the step (a lazy fetch in a partial clone, a lock). */
const GIT_TIMEOUT_MS = 30_000;
class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
/** A revision given by a user or an event must not be read as an option. */
function rev(r) {
    if (!r || r.startsWith('-'))
        throw new GitError(`not a valid revision: "${r}"`);
    return r;
}
const repoPath = (p) => p.replace(/^(\.\/)+/, '');
/** The repository whose work tree contains `dir`. */
class LocalGit {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    /** Runs git and returns stdout; a failure is a GitError whose message says what to do. */
    async run(args) {
        try {
            return await execGit([...(0,_safe_directory_js__WEBPACK_IMPORTED_MODULE_3__/* .gitConfig */ .Pt)(this.dir), ...args], {
                cwd: this.dir,
                timeout: GIT_TIMEOUT_MS,
                maxBuffer: 256 * 1024 * 1024,
                // Literal pathspecs: a file name with `*` in it names that file only.
                env: { ...(0,_safe_directory_js__WEBPACK_IMPORTED_MODULE_3__/* .gitEnv */ .gE)(), GIT_LITERAL_PATHSPECS: '1' },
            });
        }
        catch (err) {
            throw failure(err, `git ${args.join(' ')}`, this.dir);
        }
    }
    /** Whether `dir` is inside a work tree; a repository git refuses to open is an error, not a no. */
    async isRepo() {
        if (!this.mayBeRepo())
            return false;
        try {
            return (await this.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
        }
        catch (err) {
            if (err instanceof GitError && err.message.includes(DUBIOUS))
                throw err;
            return false;
        }
    }
    /** Without GIT_DIR git finds a repository only through a `.git` in `dir` or above it. */
    mayBeRepo() {
        return Boolean(process.env.GIT_DIR) || dotGitAbove(this.dir);
    }
    /**
     * Whether the commit is here. Asked so that a partial clone does not fetch
     * it lazily (`cat-file -e` would, one round trip per object): a commit that
     * is not local is for the API to answer.
     */
    async hasCommit(revision) {
        if (!revision || revision.startsWith('-'))
            return false;
        try {
            await this.run([
                'rev-list',
                '--no-walk',
                '--missing=allow-any',
                `${revision}^{commit}`,
                '--',
            ]);
            return true;
        }
        catch {
            return false;
        }
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** Whether `ancestor` is `revision` or one of its ancestors (both commits must be present). */
    async isAncestor(ancestor, revision) {
        try {
            await this.run(['merge-base', '--is-ancestor', rev(ancestor), rev(revision)]);
            return true;
        }
        catch (err) {
            // Exit status 1 is "no"; anything else (a missing commit) is an error.
            if (err.message.endsWith(`failed: exit status 1`))
                return false;
            throw err;
        }
    }
    /**
     * Files changed from `base` to `head`: from their merge base with `mergeBase`
     * (`base...head`, as a pull request is diffed), else between the two trees.
     */
    async diff(base, head, opts) {
        const revs = opts.mergeBase ? [`${rev(base)}...${rev(head)}`] : [rev(base), rev(head)];
        // -z: paths verbatim, whatever characters they hold. --name-status reads no
        // content, so no textconv runs; --no-ext-diff keeps diff.external out.
        const out = await this.run([
            'diff',
            '--name-status',
            '--no-renames',
            '-z',
            '--no-ext-diff',
            ...revs,
            '--',
        ]);
        const fields = out.split('\0');
        const files = [];
        const added = [];
        for (let i = 0; i + 1 < fields.length && fields[i]; i += 2) {
            files.push(fields[i + 1]);
            if (fields[i] === 'A')
                added.push(fields[i + 1]);
        }
        return { files, complete: true, count: files.length, added };
    }
    async changedFiles(base, head, opts) {
        return (await this.diff(base, head, opts)).files;
    }
    /**
     * A file's text at `revision` (path from the repository root); undefined when
     * the commit is there and the file is not. The tree is read first, so a blob
     * that a partial clone cannot fetch is an error, never "absent".
     */
    async show(revision, file) {
        const p = repoPath(file);
        const listed = await this.run(['ls-tree', '--full-tree', '-z', rev(revision), '--', p]);
        const entry = listed.split('\0').find((l) => l.endsWith(`\t${p}`));
        if (!entry || !/^\S+ blob /.test(entry))
            return undefined;
        return this.run(['cat-file', 'blob', `${revision}:${p}`]);
    }
}
const DUBIOUS = 'dubious ownership';
/** Whether git refused the repository because another user owns it. */
const isRefusal = (err) => err instanceof GitError && err.message.includes(DUBIOUS);
/** The error for a failed git call; `cmd` is the command as the user would type it, without our `-c` options. */
function failure(err, cmd, dir) {
    const e = err;
    if (e.killed)
        return new GitError(`${cmd} timed out after ${GIT_TIMEOUT_MS / 1000} s`);
    if (e.code === 'ENOENT')
        return new GitError(`${cmd}: git is not installed or ${dir} is missing`);
    const stderr = String(e.stderr ?? '').trim();
    if (stderr.includes(DUBIOUS)) {
        const at = /repository at '([^']*)'/.exec(stderr)?.[1] ?? dir;
        return new GitError(`git refuses the repository at ${at}: "detected ${DUBIOUS}" (it belongs to another user). ` +
            `Run the job as the checkout's owner, or trust it with: git config --global --add safe.directory ${at}`);
    }
    const detail = stderr.split('\n')[0] ||
        (typeof e.code === 'number' ? `exit status ${e.code}` : e.message.split('\n')[0]);
    return new GitError(`${cmd} failed: ${detail}`);
}
// One-call forms, for callers that hold a directory rather than a LocalGit.
const gitChangedFiles = (cwd, base, head, opts = {}) => new LocalGit(cwd).changedFiles(base, head, { mergeBase: !!opts.mergeBase });
const hasCommit = (cwd, revision) => new LocalGit(cwd).hasCommit(revision);
const isShallow = (cwd) => new LocalGit(cwd).isShallow();
/** Whether `dir` or a directory above it holds a `.git` (a directory, or a worktree's file). */
function dotGitAbove(dir) {
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);; d = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, '.git')))
            return true;
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d) === d)
            return false;
    }
}
const isGitRepo = (cwd) => new LocalGit(cwd).isRepo();
const showFile = (cwd, revision, file) => new LocalGit(cwd).show(revision, file);


/***/ }),

/***/ 2481:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ gitConfig),
/* harmony export */   gE: () => (/* binding */ gitEnv)
/* harmony export */ });
/* unused harmony exports realDir, trustWorkspace */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * What every git call this tool makes carries on its command line.
 *
 * git refuses a repository that belongs to another user ("dubious
 * ownership"), because its config could make git run programs. The CLI
 * respects that. The action trusts one directory, the workspace: on a runner,
 * container jobs check it out as another user, and actions/checkout wrote it.
 *
 * Whatever the repository, the settings through which its config could make
 * a read-only command run a program are overridden.
 */


const trusted = new Set();
/** The real path, symlinks resolved: the form git compares `safe.directory` with. */
function realDir(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);
    }
}
/** Called by the action for its workspace only; the CLI never calls it. */
function trustWorkspace(dir) {
    trusted.add(realDir(dir));
}
/** Config that could run a program, neutralised; paths printed verbatim. */
const HARDENED = [
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'core.pager=cat',
    'gpg.program=false',
    'gpg.ssh.program=false',
    'gpg.x509.program=false',
    'log.showSignature=false',
    'diff.external=',
    'core.quotePath=false',
].flatMap((c) => ['-c', c]);
/** The `-c` options to put before a git subcommand run in `dir`. */
function gitConfig(dir) {
    const real = realDir(dir);
    return [...(trusted.has(real) ? ['-c', `safe.directory=${real}`] : []), ...HARDENED];
}
/** The environment of every git call: no prompt, no pager. */
const gitEnv = () => ({
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
});


/***/ }),

/***/ 3276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   b4: () => (/* binding */ entryLabel),
/* harmony export */   vd: () => (/* binding */ day)
/* harmony export */ });
const shortSha = (sha) => sha.slice(0, 10);
/** The calendar day of an ISO 8601 date, as the commit's committer saw it. */
const day = (iso) => iso.slice(0, 10);
const percent = (part, whole) => whole ? `${((100 * part) / whole).toFixed(part && part < whole / 1000 ? 2 : 1)}%` : '-';
const decimal = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const count = (n) => n.toLocaleString('en-US');
/** `vllm (-cpu-vllm, amd64)`, with `macOS` for an includeDarwin entry. */
function entryLabel(e) {
    const parts = [e.tagSuffix, e.platformTag, e.os === 'darwin' ? 'macOS' : ''].filter(Boolean);
    return `${e.backend} (${parts.join(', ')})`;
}
/** Outside text (subjects, file names) with control characters made visible. */



/***/ }),

/***/ 8003:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   bo: () => (/* binding */ renderTable),
/* harmony export */   x7: () => (/* binding */ shallowNote)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3276);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7806);

/** Lists longer than this show their first items and how many more there are. */
const LIST_LIMIT = 12;
function renderTable(rep, opts) {
    const r = rep.replay;
    const bold = (s) => (opts.color ? `\u001b[1m${s}\u001b[0m` : s);
    const out = [];
    const commit = (i) => {
        const c = r.commits[i].commit;
        return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(c.sha)}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .day */ .vd)(c.date)}  ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(c.subject)}`;
    };
    out.push(bold(headline(rep)));
    if (r.shallowEnd)
        out.push(shallowNote(rep));
    out.push('');
    const [these, other] = r.sets;
    if (other) {
        const n = rep.underBuilds.length;
        out.push(bold(`Possible under-builds: ${n} commit(s) where ${other.file} selects entries that ${these.file} does not`));
        for (const d of rep.underBuilds) {
            out.push(`  ${commit(d.commit)}`);
            out.push(`      only with ${other.file}: ${listed(d.onlyOther.map(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .entryLabel */ .b4))}`);
        }
        if (!n)
            out.push('  none');
        out.push('');
    }
    rep.summaries.forEach((s, i) => {
        out.push(bold(`Rules from ${r.sets[i].file}`));
        out.push(...summaryLines(s, commit));
        out.push('');
    });
    if (other && rep.differences) {
        const [a, b] = rep.summaries;
        const more = rep.differences.filter((d) => d.other > d.these).length;
        const less = rep.differences.filter((d) => d.other < d.these).length;
        const changed = rep.differences.filter((d) => d.onlyOther.length || d.onlyThese.length);
        out.push(bold(`Difference: ${other.file} against ${these.file}`));
        out.push(`  jobs: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(b.jobs.total)} against ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(a.jobs.total)} (${signed(b.jobs.total - a.jobs.total)}); more jobs on ${more} commit(s), fewer on ${less}, a different selection on ${changed.length}`);
        const widest = [...changed]
            .sort((x, y) => Math.abs(y.other - y.these) - Math.abs(x.other - x.these) || y.commit - x.commit)
            .slice(0, LIST_LIMIT);
        if (widest.length) {
            out.push('  largest differences:');
            out.push(...grid(['THESE', 'OTHER', 'DIFF', 'COMMIT'], widest.map((d) => [
                String(d.these),
                String(d.other),
                signed(d.other - d.these),
                commit(d.commit),
            ]), [true, true, true, false]).map((l) => `    ${l}`));
        }
        out.push('');
    }
    return `${out.join('\n').trimEnd()}\n`;
}
function headline(rep) {
    const r = rep.replay;
    const first = r.commits[0]?.commit;
    const last = r.commits.at(-1)?.commit;
    const linux = r.entries.filter((e) => e.os === 'linux').length;
    const span = first && last ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .day */ .vd)(first.date)} to ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .day */ .vd)(last.date)}` : '';
    return `${r.matrixFile}: replayed ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(r.commits.length)} first-parent commit(s)${span} on ${r.entries.length} entries (${linux} Linux, ${r.entries.length - linux} macOS)`;
}
function shallowNote(rep) {
    const end = rep.replay.shallowEnd;
    const start = end.droppedStart ? `; ${end.droppedStart} is not in this clone` : '';
    return `this is a shallow clone: its history ends at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(end.sha)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .day */ .vd)(end.date)})${start}, so only the commits after it are replayed (git fetch --unshallow gets the rest)`;
}
function summaryLines(s, commit) {
    const out = [];
    out.push(`  run-all: ${s.runAll.commits} of ${s.commits} commit(s)`);
    for (const c of s.runAll.causes)
        out.push(`    ${c.commits.length}× ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(c.cause)}`);
    out.push('  jobs per commit:');
    const f = s.jobsPerCommit;
    out.push(...grid(['', 'MEAN', 'MEDIAN', 'P90', 'MAX', 'TOTAL'], [
        ['Linux', f.linux, s.jobs.linux],
        ['macOS', f.darwin, s.jobs.darwin],
        ['all', f.total, s.jobs.total],
    ].map(([name, x, total]) => [
        name,
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .decimal */ ._)(x.mean),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .decimal */ ._)(x.median),
        String(x.p90),
        String(x.max),
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(total),
    ]), [false, true, true, true, true, true]).map((l) => `    ${l}`));
    out.push(`  total: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(s.jobs.total)} jobs against ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(s.everything.total)} for building every entry on every commit (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(s.jobs.total, s.everything.total)})`);
    if (s.rules.length) {
        out.push('  per rule (run-all commits aside):');
        out.push(...grid(['RULE', 'COMMITS', 'JOBS', 'ONLY IT'], s.rules.map((x) => [
            x.rule,
            `${x.commits.length} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(x.commits.length, s.commits)})`,
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(x.jobs),
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(x.onlyJobs),
        ]), [false, true, true, true]).map((l) => `    ${l}`));
    }
    out.push(`  never selected: ${neverLine(s.neverSelected)}`);
    if (s.costliest.length) {
        out.push('  costliest commits:');
        for (const c of s.costliest) {
            out.push(`    ${String(c.jobs).padStart(5)}  ${commit(c.commit)}`);
            for (const t of c.reasons.slice(0, 4))
                out.push(`           ${String(t.jobs).padStart(5)} by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(t.example)}`);
            if (c.reasons.length > 4)
                out.push(`           … and ${c.reasons.length - 4} more rule(s)`);
        }
    }
    return out;
}
function neverLine(entries) {
    return entries.length ? `${entries.length}: ${listed(entries.map(_format_js__WEBPACK_IMPORTED_MODULE_0__/* .entryLabel */ .b4))}` : 'none';
}
function listed(items) {
    const shown = items.slice(0, LIST_LIMIT).join(', ');
    return items.length > LIST_LIMIT ? `${shown} and ${items.length - LIST_LIMIT} more` : shown;
}
const signed = (n) => (n > 0 ? `+${n}` : String(n));
/** Columns padded to their widest cell; `right` aligns numbers. */
function grid(head, rows, right) {
    const all = [head, ...rows];
    const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
    return all.map((row) => row
        .map((cell, i) => i === row.length - 1 && !right[i]
        ? cell
        : right[i]
            ? cell.padStart(widths[i])
            : cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd());
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./src/cli/audit.ts
var audit_namespaceObject = {};
__nccwpck_require__.r(audit_namespaceObject);
__nccwpck_require__.d(audit_namespaceObject, {
  auditMatrix: () => (auditMatrix),
  exitCode: () => (exitCode),
  help: () => (help),
  printAudit: () => (printAudit),
  run: () => (run)
});

// NAMESPACE OBJECT: ./src/cli/init.ts
var cli_init_namespaceObject = {};
__nccwpck_require__.r(cli_init_namespaceObject);
__nccwpck_require__.d(cli_init_namespaceObject, {
  help: () => (init_help),
  run: () => (init_run)
});

// NAMESPACE OBJECT: ./src/cli/plan.ts
var cli_plan_namespaceObject = {};
__nccwpck_require__.r(cli_plan_namespaceObject);
__nccwpck_require__.d(cli_plan_namespaceObject, {
  help: () => (plan_help),
  run: () => (plan_run)
});

// NAMESPACE OBJECT: ./src/cli/replay.ts
var cli_replay_namespaceObject = {};
__nccwpck_require__.r(cli_replay_namespaceObject);
__nccwpck_require__.d(cli_replay_namespaceObject, {
  help: () => (replay_help),
  run: () => (replay_run)
});

// NAMESPACE OBJECT: ./src/cli/validate.ts
var validate_namespaceObject = {};
__nccwpck_require__.r(validate_namespaceObject);
__nccwpck_require__.d(validate_namespaceObject, {
  help: () => (validate_help),
  run: () => (validate_run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/core/problems.ts
var core_problems = __nccwpck_require__(8155);
// EXTERNAL MODULE: ./src/core/yaml-source.ts
var yaml_source = __nccwpck_require__(668);
// EXTERNAL MODULE: ./src/git/git.ts
var git = __nccwpck_require__(308);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/fs/checked-read.ts
var checked_read = __nccwpck_require__(7679);
;// CONCATENATED MODULE: ./src/core/text.ts
/**
 * The matrix file's bytes as text. Only UTF-8 is accepted (a UTF-8 BOM is
 * dropped): a UTF-16 or UTF-32 file is named as such, and an invalid byte is
 * an error at its line and column, never a silent U+FFFD.
 */

const BOMS = [
    // UTF-32 LE starts like UTF-16 LE: test it first.
    [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
    [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
    [[0xff, 0xfe], 'UTF-16'],
    [[0xfe, 0xff], 'UTF-16'],
];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** How much of the start is sampled for a BOM-less UTF-16/32 file. */
const SAMPLE = 1024;
const startsWith = (bytes, prefix) => bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
/**
 * UTF-16 or UTF-32 without a BOM: YAML is mostly ASCII, so every second (or
 * all but every fourth) byte is NUL, all on the same side. A stray NUL in a
 * UTF-8 file does not look like that.
 */
function wideEncoding(bytes) {
    const n = Math.min(bytes.length, SAMPLE);
    if (n < 2)
        return undefined;
    const zerosAt = [0, 0, 0, 0];
    for (let i = 0; i < n; i++)
        if (bytes[i] === 0)
            zerosAt[i % 4]++;
    const quarter = n / 4;
    const zeros = zerosAt.reduce((a, b) => a + b, 0);
    if (zeros >= 2.5 * quarter && zerosAt.filter((z) => z >= 0.8 * quarter).length === 3)
        return 'UTF-32';
    const even = zerosAt[0] + zerosAt[2];
    const odd = zerosAt[1] + zerosAt[3];
    return Math.max(even, odd) >= 0.8 * (n / 2) && Math.min(even, odd) <= 0.1 * (n / 2)
        ? 'UTF-16'
        : undefined;
}
/** 1-based line and column (UTF-16 code units, as the YAML positions) of `index` in `text`. */
function position(text, index) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, col: index - start + 1 };
}
/** Where the first invalid sequence is: the first U+FFFD of a lossy decode that the file did not spell out. */
function firstInvalid(bytes, lossy) {
    const encoder = new TextEncoder();
    let from = 0;
    let byte = 0;
    for (;;) {
        const index = lossy.indexOf('\uFFFD', from);
        if (index < 0)
            return { index: lossy.length, byte: bytes.length };
        byte += encoder.encode(lossy.slice(from, index)).length;
        if (bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd) {
            byte += 3;
            from = index + 1;
            continue;
        }
        return { index, byte };
    }
}
/** Decodes a matrix file; bad encodings are a UserError with a located problem. */
function decodeMatrixText(bytes, file) {
    const fail = (message, at = { line: 0, col: 0 }) => {
        const problem = { level: 'error', message, file, ...at };
        throw new core_problems/* UserError */.yo(`${file} cannot be read as UTF-8`, [problem]);
    };
    const wide = BOMS.find(([bom]) => startsWith(bytes, bom))?.[1] ?? wideEncoding(bytes);
    if (wide)
        fail(`the file is ${wide}; save it as UTF-8`);
    const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    }
    catch {
        const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
        const { index, byte } = firstInvalid(body, lossy);
        const hex = `0x${(body[byte] ?? 0).toString(16).padStart(2, '0').toUpperCase()}`;
        return fail(`invalid UTF-8 (byte ${hex} at offset ${byte + (body === bytes ? 0 : UTF8_BOM.length)}): save the file as UTF-8`, position(lossy, index));
    }
}

;// CONCATENATED MODULE: ./src/action/matrix-source.ts
/** Reading the matrix file from the workspace, through the checked reader. */



const MATRIX_SIZE_LIMIT = 50 * 1024 * 1024;
/** The matrix file's text; `shown` is the input as written, for messages. */
function readMatrixFile(workspace, full, shown, where = {}) {
    try {
        const bytes = (0,checked_read.readChecked)(workspace, full, {
            shown: `matrix file ${shown}`,
            limit: MATRIX_SIZE_LIMIT,
            rootName: where.rootName,
        });
        return decodeMatrixText(bytes, shown);
    }
    catch (err) {
        if (!(err instanceof checked_read.FileRefused))
            throw err;
        throw new core_problems/* UserError */.yo(err.absent
            ? (where.absent ??
                `matrix file ${shown} not found in the workspace: check out the repository first, or set matrix-file`)
            : err.message);
    }
}

// EXTERNAL MODULE: ./src/core/entry.ts
var core_entry = __nccwpck_require__(5263);
// EXTERNAL MODULE: ./src/core/outputs.ts
var core_outputs = __nccwpck_require__(1533);
// EXTERNAL MODULE: ./src/core/rules.ts
var core_rules = __nccwpck_require__(1688);
;// CONCATENATED MODULE: ./src/core/number-warnings.ts
/**
 * Where YAML numbers lose their text: `python-version: 3.10` reaches the
 * matrix as 3.1, `.inf` as null, a 20-digit id rounded. Entries pass fields
 * through as JSON and rule selectors match a value's string form, so both are
 * checked; the fix is always to quote the value.
 */
function numberWarnings(source, file) {
    return source
        .alteredNumbers([['include'], ['includeDarwin'], ['rules']])
        .map((n) => ({ level: 'warning', message: message(n), file, ...n.position }));
}
function message(n) {
    const quote = `quote it ("${n.text}") to keep it as written`;
    if (n.isKey) {
        return `field name ${n.text} is a YAML number, so the field is named "${String(n.value)}"; ${quote}`;
    }
    if (n.path[0] === 'rules') {
        let at = n.path.length - 1;
        while (at > 0 && typeof n.path[at] !== 'string')
            at--;
        return `\`${n.path[at]}: ${n.text}\` in ${pathText(n.path.slice(0, at))} is a YAML number, so the rule reads it as "${String(n.value)}"; ${quote}`;
    }
    const field = n.path.length > 2 ? pathText(n.path.slice(2)) : pathText(n.path);
    return `\`${field}: ${n.text}\` is a YAML number, so the matrix gets ${n.json}; ${quote}`;
}
/** `rules.sources[0].if`, `nested.x`, `versions[1]`: a path as a user names it. */
function pathText(path) {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
}

// EXTERNAL MODULE: ./src/core/collections.ts
var collections = __nccwpck_require__(5478);
// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __nccwpck_require__(8684);
;// CONCATENATED MODULE: ./src/core/edit-distance.ts
/**
 * How far apart two short texts are, for naming the rule an entry most likely
 * meant: a one-letter typo (`defualt` for `default`) is near, another name
 * altogether is far.
 */
/** Longer texts are compared on their first this-many characters: the ranking needs no more. */
const MAX_LENGTH = 64;
/**
 * Edits (insert, delete, substitute, swap two neighbours) that turn `a` into
 * `b`: the optimal string alignment distance, so a transposition counts as one.
 */
function editDistance(a, b) {
    const s = a.slice(0, MAX_LENGTH);
    const t = b.slice(0, MAX_LENGTH);
    const n = t.length;
    // Three rows: the one before the previous is needed for transpositions.
    let older = new Int32Array(n + 1);
    let prev = new Int32Array(n + 1);
    let row = new Int32Array(n + 1);
    for (let j = 0; j <= n; j++)
        prev[j] = j;
    for (let i = 1; i <= s.length; i++) {
        row[0] = i;
        const c = s.charCodeAt(i - 1);
        for (let j = 1; j <= n; j++) {
            const cost = c === t.charCodeAt(j - 1) ? 0 : 1;
            let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 &&
                j > 1 &&
                c === t.charCodeAt(j - 2) &&
                s.charCodeAt(i - 2) === t.charCodeAt(j - 1)) {
                d = Math.min(d, older[j - 2] + 1);
            }
            row[j] = d;
        }
        [older, prev, row] = [prev, row, older];
    }
    return prev[n];
}
/** The edit distance as a share of the longer text: 0 the same, 1 nothing in common. */
function distanceShare(a, b) {
    const longest = Math.min(MAX_LENGTH, Math.max(a.length, b.length));
    return longest === 0 ? 0 : editDistance(a, b) / longest;
}

;// CONCATENATED MODULE: ./src/core/rule-checks.ts
/**
 * Warnings that need the rules and the entries together: entries no sources
 * rule maps, rules that match nothing, path patterns an exclusion kills, and
 * merge fields the legs of an image cannot agree on. Each says how to fix it.
 */





function checkRules(input, report, lineOf) {
    const { rules } = input;
    const raw = (0,core_entry/* isMapping */.pi)(input.raw) ? input.raw : {};
    const entries = [...input.linux, ...input.darwin];
    const { sources } = input;
    checkDeadPaths(rules, raw, sources, report, lineOf);
    if (!input.complete || entries.length === 0)
        return;
    // A rule's own mistake first: it is often the cause of the entries' warnings after it.
    checkSourcesMatch(entries, rules, raw, report);
    checkSharedMatch(input, rules, raw, report);
    checkMergeFieldNames(input, rules, raw, report);
    checkUnmapped(entries, rules, raw, sources, report, lineOf);
    checkMergeFieldLegs(input.linux, rules, report, lineOf);
}
// ---- Entries no sources rule maps: one warning per image, naming the closest rule.
function checkUnmapped(entries, rules, raw, sources, report, lineOf) {
    const images = new Map();
    for (const e of entries)
        if (!sources.has(e))
            (0,collections/* pushTo */.I)(images, `${e.os}\u0000${e.tagSuffix}`, e);
    for (const legs of images.values()) {
        const first = legs[0];
        const tags = legs.map((e) => e.platformTag).filter(Boolean);
        const who = `${first.backend} (${[first.tagSuffix, ...(tags.length ? [andList(tags)] : [])].join(', ')})`;
        report('warning', first.path, `no rules.sources rule applies to ${who}, so a change to its code can never select it; ${closestRule(first, rules, raw, lineOf)}`);
    }
}
/**
 * The rule whose `if` matches but lacks a templated field; else the rule the
 * entry misses by the fewest keys, and among those the one whose wanted
 * values are nearest the entry's (a one-letter typo beats another name
 * altogether); rule order only breaks exact ties.
 */
function closestRule(e, rules, raw, lineOf) {
    const near = rules.sources.find((r) => (0,core_rules/* selectorMatches */.de)(r.when, e));
    if (near) {
        const lacking = near.paths.flatMap((t) => t.fields).filter((f) => !(0,core_entry/* fieldText */.gF)(e.fields[f]));
        return `rules.sources[${near.index}] matches its \`if\` but needs ${[...new Set(lacking)].map((f) => `{${f}}`).join(', ')}, which this entry lacks: add the field, or a rule before it that fits`;
    }
    const candidates = rules.sources.map((r) => ({
        index: r.index,
        misses: r.when.filter((t) => !(0,core_rules/* selectorMatches */.de)([t], e)),
    }));
    const fewest = Math.min(...candidates.map((c) => c.misses.length));
    let best;
    for (const c of candidates) {
        if (c.misses.length !== fewest)
            continue;
        const distance = c.misses.reduce((sum, t) => sum + missDistance(e, t), 0);
        if (!best || distance < best.distance)
            best = { ...c, distance };
    }
    if (!best)
        return 'rules.sources is empty: add a rule whose `paths` name its code';
    const written = rawAt(raw, ['sources', best.index, 'if']);
    const wants = best.misses.map((t) => {
        const has = rule_checks_valueOf(e, t.field);
        return `${t.field}: ${JSON.stringify(rawAt(written, [t.field]))} where this entry has ${has ? JSON.stringify(has) : `no ${t.field}`}`;
    });
    return `the closest is rules.sources[${best.index}] (line ${lineOf(['rules', 'sources', best.index])}), whose \`if\` wants ${andList(wants)}: fix the pattern, or add a rule that fits`;
}
/**
 * How far the entry's value is from what one selector key wants: the nearest
 * of its patterns by share of edits (a pattern is compared as written, its
 * wildcards as characters); 1 when there is nothing to compare with.
 */
function missDistance(e, test) {
    const value = (0,globs/* normalizePath */.Fd)(rule_checks_valueOf(e, test.field));
    const wanted = test.globs?.positives.map((g) => g.pattern) ?? [];
    if (!value || !wanted.length)
        return 1;
    return Math.min(...wanted.map((w) => distanceShare(value, w)));
}
// ---- Rules that match nothing: a typo in a selector silently selects nothing.
function checkSourcesMatch(entries, rules, raw, report) {
    for (const r of rules.sources) {
        if (entries.some((e) => (0,core_rules/* selectorMatches */.de)(r.when, e)))
            continue;
        const written = rawAt(raw, ['sources', r.index, 'if']);
        report('warning', ['rules', 'sources', r.index], `rules.sources[${r.index}] applies to no entry: ${whyNoMatch(r.when, entries, written)}; fix the \`if\`, or remove the rule`);
    }
}
function checkSharedMatch(input, rules, raw, report) {
    for (const r of rules.shared) {
        const at = ['rules', 'shared', r.index];
        const written = rawAt(raw, ['shared', r.index, 'rebuild']);
        if (r.linux === r.darwin) {
            // One selector for both lists: it must select something in one of them.
            const all = [...input.linux, ...input.darwin];
            if (isSelector(r.linux) && !all.some((e) => (0,core_rules/* selectorMatches */.de)(r.linux, e)))
                report('warning', at, `rules.shared[${r.index}] rebuilds nothing: its \`rebuild\` selector matches no entry (${whyNoMatch(r.linux, all, written)}); fix the selector, or use rebuild: none`);
            continue;
        }
        for (const [side, list, name] of [
            ['linux', input.linux, 'Linux'],
            ['darwin', input.darwin, 'macOS'],
        ]) {
            const sel = r[side];
            if (!isSelector(sel) || list.length === 0 || list.some((e) => (0,core_rules/* selectorMatches */.de)(sel, e)))
                continue;
            report('warning', at, `rules.shared[${r.index}] rebuilds no ${name} entry: \`rebuild.${side}\` matches none (${whyNoMatch(sel, list, rawAt(written, [side]))}); fix the selector, or use ${side}: none`);
        }
    }
}
const isSelector = (r) => r !== 'all' && r !== 'none';
/** Which of the selector's keys no entry satisfies, with values the entries do have. */
function whyNoMatch(selector, entries, written) {
    const unmet = selector.filter((t) => !entries.some((e) => (0,core_rules/* selectorMatches */.de)([t], e)));
    if (!unmet.length)
        return `no entry matches all of ${andList(selector.map((t) => t.field))} at once`;
    return unmet
        .map((t) => {
        const values = [...new Set(entries.map((e) => rule_checks_valueOf(e, t.field)).filter(Boolean))];
        const shown = values.length
            ? `entries have ${values
                .slice(0, 3)
                .map((v) => JSON.stringify(v))
                .join(', ')}${values.length > 3 ? ', …' : ''}`
            : `no entry has ${t.field}`;
        return `no entry has ${t.field} matching ${JSON.stringify(rawAt(written, [t.field]))} (${shown})`;
    })
        .join('; ');
}
// ---- Dead path patterns: an exclusion wins whatever its position.
function checkDeadPaths(rules, raw, sources, report, lineOf) {
    const check = (path, expansions) => {
        const texts = rawAt(raw, path);
        if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string'))
            return;
        deadPatterns(texts, expansions ?? [texts], ['rules', ...path], report, lineOf);
    };
    if (rules.ignore)
        check(['ignore']);
    for (const r of rules.shared)
        check(['shared', r.index, 'paths']);
    // A templated pattern is dead when it is dead for every entry the rule maps.
    const expansions = new Map();
    for (const { rule, patterns } of sources.values()) {
        const seen = expansions.get(rule.index) ?? new Map();
        expansions.set(rule.index, seen.set(patterns.join('\u0000'), patterns));
    }
    for (const r of rules.sources) {
        const mapped = expansions.get(r.index);
        if (mapped)
            check(['sources', r.index, 'paths'], [...mapped.values()]);
        else if (r.paths.every((t) => !t.fields.length))
            check(['sources', r.index, 'paths']);
    }
}
function deadPatterns(texts, expansions, at, report, lineOf) {
    const exclusions = texts.flatMap((t, i) => ((0,globs/* isNegation */.Ct)(t) ? [i] : []));
    if (!exclusions.length)
        return;
    const globOf = (p) => (0,globs/* glob */.TI)((0,globs/* normalizePath */.Fd)((0,globs/* isNegation */.Ct)(p) ? p.slice(1) : p));
    texts.forEach((text, i) => {
        if ((0,globs/* isNegation */.Ct)(text))
            return;
        let killer;
        let direct = true;
        for (const patterns of expansions) {
            const pos = globOf(patterns[i]);
            const k = exclusions.find((j) => (0,globs/* shadows */.Eo)(globOf(patterns[j]), pos));
            if (k === undefined)
                return;
            killer ??= k;
            direct &&= k === killer && isDirectChild(globOf(patterns[k]), pos);
        }
        if (killer === undefined)
            return;
        const exclusion = texts[killer];
        report('warning', [...at, i], `"${text}" can never match: the exclusion "${exclusion}" (line ${lineOf([...at, killer])}) removes every path it matches, and an exclusion wins whatever its position in the list (unlike GitHub's on.paths, where the last matching pattern wins); ${(direct && narrowing(text, exclusion)) || 'narrow the exclusion so it leaves these paths out, or remove this pattern'}`);
    });
}
/** A literal file directly inside the directory that `dir/**` or `dir/*` excludes. */
function isDirectChild(negative, positive) {
    const dir = negative.base;
    const whole = negative.kind === 'tree' || negative.pattern === `${dir}/*`;
    return (whole &&
        dir !== '' &&
        positive.kind === 'exact' &&
        positive.pattern.startsWith(`${dir}/`) &&
        !positive.pattern.slice(dir.length + 1).includes('/'));
}
/** The exclusion rewritten to spare one file: `!d/!(name)` for `d/*`, plus `!d/*\/**` for `d/**`. */
function narrowing(positive, exclusion) {
    const tree = exclusion.endsWith('/**');
    const dir = (0,globs/* normalizePath */.Fd)(exclusion.slice(1, exclusion.length - (tree ? 3 : 2)));
    const file = (0,globs/* normalizePath */.Fd)(positive);
    if (!file.startsWith(`${dir}/`))
        return undefined;
    const name = file.slice(dir.length + 1);
    if (name.includes('/'))
        return undefined;
    const spare = [`"!${dir}/!(${name})"`, ...(tree ? [`"!${dir}/*/**"`] : [])];
    return `to exclude everything in ${dir}/ but ${name}, write the exclusion as ${spare.join(' and ')}`;
}
// ---- merge-fields: what every merge entry is meant to carry.
function checkMergeFieldNames(input, rules, raw, report) {
    if (!rules.mergeFields.length || !input.linux.length)
        return;
    const written = rawAt(raw, ['merge-fields']);
    for (const name of rules.mergeFields) {
        if (input.linux.some((e) => name in e.fields))
            continue;
        const onlyDarwin = input.darwin.some((e) => name in e.fields);
        report('warning', ['rules', 'merge-fields', Array.isArray(written) ? written.indexOf(name) : 0], `merge field "${name}" is a field of no \`include\` entry, so no merge entry gets it${onlyDarwin ? ' (only includeDarwin entries have it, and they have no merge matrix)' : ''}; check the spelling`);
    }
}
function checkMergeFieldLegs(linux, rules, report, lineOf) {
    const images = new Map();
    for (const e of linux)
        if ((0,core_entry/* isMultiArch */.Q_)(e))
            (0,collections/* pushTo */.I)(images, e.tagSuffix, e);
    for (const [suffix, legs] of images) {
        const [first, ...rest] = legs;
        for (const name of rules.mergeFields) {
            const expected = valueText(first, name);
            for (const leg of rest) {
                if (valueText(leg, name) === expected)
                    continue;
                report('warning', [...leg.path, name], `legs of "${suffix}" disagree on merge field ${name} (${expected ?? 'absent'} at line ${lineOf(first.path)}, ${valueText(leg, name) ?? 'absent'} here); the merge entry takes the first leg's value`);
            }
        }
    }
}
/** A field as the merge entry would carry it; undefined when absent. */
const valueText = (e, field) => field in e.fields ? JSON.stringify(e.fields[field]) : undefined;
// ---- Helpers.
/** A field's value as written, with `os` the entry's list as selectors see it. */
const rule_checks_valueOf = (e, field) => field === 'os' ? e.os : (0,core_entry/* fieldText */.gF)(e.fields[field]);
function rawAt(value, path) {
    let at = value;
    for (const key of path) {
        if (at === null || typeof at !== 'object')
            return undefined;
        at = at[key];
    }
    return at;
}
/** "a", "a and b", "a, b and c". */
function andList(items) {
    return items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __nccwpck_require__(3295);
;// CONCATENATED MODULE: ./src/core/matrix-file.ts








const LISTS = { include: 'linux', includeDarwin: 'darwin' };
const TOP_KEYS = new Set(['include', 'includeDarwin', 'rules']);
const BACKEND_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const TAG_CHARS = /^[A-Za-z0-9_.-]+$/;
/** The output names a GitHub expression can read as `outputs.name`. */
const EXPRESSION_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Parses and validates a matrix file. Never throws for bad content: see `problems`. */
function loadMatrixFile(text, file) {
    const result = {
        file,
        source: undefined,
        linux: [],
        darwin: [],
        rules: undefined,
        sources: new Map(),
        problems: [],
    };
    const problems = result.problems;
    let source;
    try {
        source = yaml_source/* YamlSource */.rC.parse(text);
    }
    catch (err) {
        if (!(err instanceof yaml_source/* YamlSyntaxError */.nN))
            throw err;
        problems.push({
            level: 'error',
            message: `invalid YAML: ${err.message}`,
            file,
            ...err.position,
        });
        return result;
    }
    result.source = source;
    for (const w of source.warnings)
        problems.push({ level: 'warning', message: w.message, file, ...w.position });
    const report = (level, path, message, which) => {
        problems.push({ level, message, file, ...source.locate(path, which) });
    };
    const root = source.value;
    if (root === undefined || root === null) {
        report('error', [], 'the matrix file is empty; it needs an `include` list');
        return result;
    }
    if (!(0,core_entry/* isMapping */.pi)(root)) {
        report('error', [], 'the matrix file must be a mapping with an `include` list');
        return result;
    }
    for (const key of Object.keys(root)) {
        // `x-` keys are a home for anchors (`x-defaults: &cpu`), read by nothing else.
        if (!TOP_KEYS.has(key) && !key.startsWith('x-')) {
            report('warning', [key], `unknown top-level key "${key}" is ignored (expected include, includeDarwin, rules)`, 'key');
        }
    }
    problems.push(...numberWarnings(source, file));
    if (!('include' in root))
        report('error', [], 'missing `include`: the list of Linux entries (use `include: []` for none)');
    for (const [list, os] of Object.entries(LISTS)) {
        if (!(list in root))
            continue;
        const items = root[list];
        if (!Array.isArray(items)) {
            report('error', [list], `\`${list}\` must be a list of entries (use \`${list}: []\` for none)`);
            continue;
        }
        const entries = os === 'linux' ? result.linux : result.darwin;
        const once = onePerImage();
        items.forEach((item, index) => {
            const entry = readEntry(item, os, [list, index], report, once);
            if (entry)
                entries.push(entry);
        });
        checkIdentities(entries, list, report, (e) => source.locate(e.path).line);
    }
    checkMultiArchGroups(result.linux, report, (e) => source.locate(e.path).line);
    checkBackendCase([...result.linux, ...result.darwin], report, (e) => source.locate(e.path).line);
    checkExpressionNames([...result.linux, ...result.darwin], report);
    if ('rules' in root && root.rules !== null) {
        result.rules = (0,core_rules/* parseRules */.NR)(root.rules, (path, message, which) => report('error', ['rules', ...path], message, which));
        result.sources = (0,core_select/* assignSources */.Uk)([...result.linux, ...result.darwin], result.rules);
        checkRules({
            linux: result.linux,
            darwin: result.darwin,
            rules: result.rules,
            sources: result.sources,
            raw: root.rules,
            complete: !problems.some((p) => p.level === 'error'),
        }, report, (path) => source.locate(path).line);
    }
    return result;
}
/**
 * A problem with a field every leg of an image shares (often from one
 * anchor) is reported once, at the first leg, not once per leg.
 */
function onePerImage() {
    const seen = new Set();
    return (item, what) => {
        const key = `${(0,core_entry/* fieldText */.gF)(item['tag-suffix'])}\u0000${what}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    };
}
function readEntry(item, os, path, report, once) {
    if (!(0,core_entry/* isMapping */.pi)(item)) {
        report('error', path, `entry ${path[1]} of \`${path[0]}\` must be a mapping of fields`);
        return undefined;
    }
    let ok = true;
    const text = (key, rule, what) => {
        const value = item[key];
        if (value === undefined || value === null || value === '') {
            ok = false;
            report('error', path, `entry is missing \`${key}\` (${what})`);
            return '';
        }
        if (typeof value !== 'string' || !rule.test(value)) {
            ok = false;
            report('error', [...path, key], `\`${key}\` ${JSON.stringify(value)} is not allowed: ${what}`);
            return '';
        }
        return value;
    };
    const backend = text('backend', BACKEND_NAME, 'a name of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`');
    if (backend && (0,core_outputs/* isBuiltinOutput */.vJ)(backend)) {
        ok = false;
        report('error', [...path, 'backend'], `backend "${backend}" collides with the action's output of the same name; rename the backend`);
    }
    const tagSuffix = text('tag-suffix', TAG_CHARS, 'only letters, digits, `_`, `.` and `-` (it becomes part of an image tag)');
    let platformTag = '';
    const pt = item['platform-tag'];
    if (pt !== undefined && pt !== null && pt !== '') {
        if (typeof pt === 'string' && TAG_CHARS.test(pt))
            platformTag = pt;
        else {
            ok = false;
            report('error', [...path, 'platform-tag'], `\`platform-tag\` ${JSON.stringify(pt)} is not allowed: only letters, digits, \`_\`, \`.\` and \`-\``);
        }
    }
    // JavaScript objects list integer-like keys first, so the output could not keep the file's order.
    const numeric = Object.keys(item).find((k) => /^(0|[1-9]\d{0,8})$/.test(k));
    if (numeric !== undefined && once(item, `numeric ${numeric}`)) {
        report('warning', [...path, numeric], `field name "${numeric}" is a number: numeric field names come first in the JSON matrix, ahead of the file's order; give it a name`, 'key');
    }
    if ('os' in item && once(item, 'os')) {
        report('warning', [...path, 'os'], '`os` is shadowed in rule selectors: there `os` is linux for `include` and darwin for `includeDarwin` entries', 'key');
    }
    return ok
        ? { os, index: path[1], path, fields: item, backend, tagSuffix, platformTag }
        : undefined;
}
function checkIdentities(entries, list, report, lineOf) {
    const seen = new Map();
    for (const e of entries) {
        const first = seen.get((0,core_entry/* identity */.D_)(e));
        if (!first) {
            seen.set((0,core_entry/* identity */.D_)(e), e);
            continue;
        }
        const id = e.platformTag
            ? `tag-suffix "${e.tagSuffix}" with platform-tag "${e.platformTag}"`
            : `tag-suffix "${e.tagSuffix}"`;
        report('error', e.path, `duplicate entry in \`${list}\`: ${id} is already used at line ${lineOf(first)}; entries need a unique tag-suffix (and platform-tag)`);
    }
}
const OTHER_PLATFORM = { amd64: 'arm64', arm64: 'amd64' };
function checkMultiArchGroups(linux, report, lineOf) {
    const groups = new Map();
    const single = new Map();
    for (const e of linux) {
        if (!(0,core_entry/* isMultiArch */.Q_)(e))
            single.set(e.tagSuffix, e);
        else
            (0,collections/* pushTo */.I)(groups, e.tagSuffix, e);
    }
    for (const [suffix, legs] of groups) {
        const first = legs[0];
        if (legs.length === 1) {
            const other = OTHER_PLATFORM[first.platformTag] ?? 'another platform';
            report('warning', first.path, `multi-arch image "${suffix}" has one leg (platform-tag "${first.platformTag}"); add its ${other} leg, or drop platform-tag to build it single-arch`);
        }
        const latest = (0,core_entry/* fieldText */.gF)(first.fields['tag-latest']);
        for (const leg of legs.slice(1)) {
            if ((0,core_entry/* fieldText */.gF)(leg.fields['tag-latest']) !== latest) {
                report('warning', [...leg.path, 'tag-latest'], `legs of "${suffix}" disagree on tag-latest (${JSON.stringify(latest)} at line ${lineOf(first)}); the merge uses the first leg's value`);
            }
        }
        const clash = single.get(suffix);
        if (clash) {
            report('warning', clash.path, `tag-suffix "${suffix}" is used by this single-arch entry and by multi-arch legs (line ${lineOf(first)}); both merges would publish the same tag`);
        }
    }
}
/** `outputs.llama.cpp` reads field `cpp` of `outputs.llama`: always empty, never an error. */
function checkExpressionNames(entries, report) {
    const seen = new Set();
    for (const e of entries) {
        if (seen.has(e.backend) || EXPRESSION_NAME.test(e.backend))
            continue;
        seen.add(e.backend);
        report('warning', [...e.path, 'backend'], `backend "${e.backend}" cannot be read as outputs.${e.backend} in a GitHub expression (only names of letters, digits, \`_\` and \`-\` that start with a letter or \`_\`); read its flag as outputs['${e.backend}']`);
    }
}
/** GitHub reads output names without regard to case: `vllm` and `VLLM` would share one flag. */
function checkBackendCase(entries, report, lineOf) {
    const seen = new Map();
    for (const e of entries) {
        const first = seen.get(e.backend.toLowerCase());
        if (!first)
            seen.set(e.backend.toLowerCase(), e);
        else if (first.backend !== e.backend) {
            report('error', [...e.path, 'backend'], `backend "${e.backend}" differs from "${first.backend}" (line ${lineOf(first)}) only in case; GitHub reads output names without regard to case, so their flags would collide`);
        }
    }
}

// EXTERNAL MODULE: ./src/core/snippet.ts
var snippet = __nccwpck_require__(7806);
;// CONCATENATED MODULE: ./src/cli/io.ts
/** What every command shares: the terminal, file reading, problem printing. */







const VERSION = '1.0.0';
const DEFAULT_MATRIX = '.github/backend-matrix.yml';
/** Bad usage: printed with the command's help, exit 2. */
class UsageError extends Error {
}
function print(io, text) {
    io.out(`${text}\n`);
    return 0;
}
/**
 * The root a file given on the command line is read within: the working
 * directory when the path lies in it (so a symlink in the repository cannot
 * lead to other files, or to a device), else the directory the path names.
 */
function rootOf(cwd, full) {
    return (0,checked_read.isInside)(external_node_path_default().resolve(cwd), full)
        ? { root: cwd, rootName: 'the working directory' }
        : { root: external_node_path_default().dirname(full), rootName: 'its directory' };
}
/** A file named on the command line, through the checked reader: regular, bounded, not leading elsewhere. */
function readText(full, shown, cwd = external_node_path_default().dirname(full)) {
    const { root, rootName } = rootOf(cwd, full);
    let bytes;
    try {
        bytes = (0,checked_read.readChecked)(root, full, { shown, limit: MATRIX_SIZE_LIMIT, rootName });
    }
    catch (err) {
        if (!(err instanceof checked_read.FileRefused))
            throw err;
        throw new core_problems/* UserError */.yo(err.absent ? `cannot read ${shown}: ENOENT: not found` : err.message);
    }
    return decodeMatrixText(bytes, shown);
}
function load(file, io) {
    const full = external_node_path_default().resolve(io.cwd, file);
    const { root, rootName } = rootOf(io.cwd, full);
    const text = readMatrixFile(root, full, file, {
        rootName,
        absent: `cannot read ${file}: ENOENT: not found`,
    });
    return loadMatrixFile(text, file);
}
/**
 * A line for the terminal: control characters from file names and file text
 * (terminal escape sequences) made visible; the line breaks of a multi-line
 * message kept.
 */
const terminalText = (s) => s.split('\n').map(snippet/* printable */.g$).join('\n');
function paint(io, p) {
    const text = terminalText((0,core_problems/* formatProblem */.Vw)(p));
    if (!io.color)
        return text;
    return text.replace(`: ${p.level}:`, `: \u001b[${p.level === 'error' ? 31 : 33}m${p.level}\u001b[0m:`);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/dockerfile/audit.ts + 1 modules
var audit = __nccwpck_require__(6456);
;// CONCATENATED MODULE: ./src/dockerfile/findings.ts

/** A few backend names: "vllm, diffusers, kokoro and 4 more". */
function nameSome(entries, shown = 3) {
    const names = [...new Set(entries.map((e) => e.backend))];
    const head = names.slice(0, shown).join(', ');
    return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function gapMessage(g) {
    const files = g.files.length === 1 && g.files[0] !== g.source
        ? ` (${g.files[0]})`
        : g.files.length > 1
            ? ` (${plural(g.files.length, 'file')}, e.g. ${g.files[0]})`
            : '';
    const missed = g.reached === 1
        ? 'does not rebuild the one entry it reaches'
        : g.entries.length === g.reached
            ? `rebuilds none of the ${g.reached} entries it reaches`
            : `misses ${g.entries.length} of the ${g.reached} entries it reaches`;
    const where = g.suggestion.kind === 'sources'
        ? `add its path to ${g.suggestion.rule === undefined ? 'the sources rule of these entries' : `rules.sources[${g.suggestion.rule}]`}:`
        : g.suggestion.shadowedBy === undefined
            ? 'a shared rule that covers it:'
            : `rules.shared[${g.suggestion.shadowedBy}] matches it first and does not rebuild them; widen its rebuild, or put this rule before it:`;
    return `${g.instruction} ${g.source}${files}: a change to it ${missed} (${nameSome(g.entries)}); ${where}\n${indent(g.suggestion.yaml)}`;
}
const unknownMessage = (u) => `${u.instruction} ${u.source} cannot be checked: ${u.reason} (${plural(u.entries.length, 'entry', 'entries')}: ${nameSome(u.entries)})`;
const indent = (yaml) => yaml
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
/** Every finding located in its file: bad input first, then gaps and unknowns by position. */
function auditProblems(r) {
    const at = (x) => ({ file: x.dockerfile, line: x.line, col: x.col });
    return [
        ...r.problems,
        ...r.gaps.map((g) => ({ level: 'warning', ...at(g), message: gapMessage(g) })),
        ...r.unknowns.map((u) => ({ level: 'warning', ...at(u), message: unknownMessage(u) })),
    ];
}
function auditSummaryLine(r) {
    const { dockerfiles, entries, sources } = r.checked;
    return `audit: ${plural(dockerfiles, 'Dockerfile')}, ${plural(entries, 'entry', 'entries')}, ${plural(sources, 'source')} checked: ${plural(r.gaps.length, 'gap')}, ${r.unknowns.length} cannot be checked, ${plural(r.problems.length, 'problem')}`;
}
/** The machine-readable report (`--format json`). */
function auditJson(r) {
    const site = (x) => ({
        dockerfile: x.dockerfile,
        line: x.line,
        col: x.col,
        instruction: x.instruction,
        source: x.source,
    });
    const names = (es) => es.map((e) => ({
        backend: e.backend,
        'tag-suffix': e.tagSuffix,
        'platform-tag': e.platformTag || undefined,
        os: e.os,
    }));
    return {
        checked: r.checked,
        gaps: r.gaps.map((g) => ({
            ...site(g),
            reached: g.reached,
            entries: names(g.entries),
            files: g.files,
            suggestion: g.suggestion,
        })),
        unknowns: r.unknowns.map((u) => ({ ...site(u), reason: u.reason, entries: names(u.entries) })),
        problems: r.problems,
    };
}
// The step summary's own escaping: the audit's section escapes no less than the findings list.
const cell = (/* unused pure expression or super */ null && (escapeMarkdown));
/** Several lines (a YAML suggestion) in one table cell. */
const code = (s) => `<code>${s.split('\n').map(escapeMarkdown).join('<br>')}</code>`;
/** A step-summary section; '' when there is nothing to report. */
function auditMarkdown(r) {
    if (!r.gaps.length && !r.unknowns.length && !r.problems.length) {
        return `### Dockerfile audit\n\nNo gaps: every file the ${plural(r.checked.dockerfiles, 'Dockerfile')} read from the build context selects the entries it reaches.\n`;
    }
    const out = ['### Dockerfile audit', '', `${auditSummaryLine(r).replace(/^audit: /, '')}.`, ''];
    if (r.gaps.length) {
        out.push('| where | source | entries missed | rule that covers it |', '|---|---|---|---|');
        for (const g of r.gaps) {
            out.push(`| ${code(`${g.dockerfile}:${g.line}`)} | ${code(`${g.instruction} ${g.source}`)} | ${g.entries.length} of ${g.reached}: ${cell(nameSome(g.entries))} | ${code(g.suggestion.yaml)} |`);
        }
        out.push('');
    }
    if (r.unknowns.length) {
        out.push('Cannot be checked:', '');
        for (const u of r.unknowns)
            out.push(`- ${code(`${u.dockerfile}:${u.line}`)} ${code(`${u.instruction} ${u.source}`)}: ${cell(u.reason)}`);
        out.push('');
    }
    if (r.problems.length) {
        out.push('Problems:', '');
        for (const p of r.problems)
            out.push(`- ${code(`${p.file}:${p.line}:${p.col}`)} ${cell(p.message)}`);
        out.push('');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/dockerfile/file-tree.ts
/** The repository's files, sorted, for "which files lie under this path or glob". */

const GLOB_CHARS = /[*?[\]{}\\]/;
class FileTree {
    files;
    set;
    dirs;
    constructor(files) {
        this.files = [...new Set(files)].sort(compare);
        this.set = new Set(this.files);
    }
    has(file) {
        return this.set.has(file);
    }
    /** Every directory that holds a file (at any depth), without a trailing slash. */
    directories() {
        if (this.dirs)
            return this.dirs;
        const dirs = new Set();
        for (const f of this.files) {
            for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1))
                dirs.add(f.slice(0, i));
        }
        return (this.dirs = dirs);
    }
    /** The file itself, or the files under it when it is a directory ('' is the root). */
    under(p) {
        if (p === '')
            return [...this.files];
        const prefix = `${p}/`;
        const out = this.set.has(p) ? [p] : [];
        for (let i = lowerBound(this.files, prefix); i < this.files.length; i++) {
            if (!this.files[i].startsWith(prefix))
                break;
            out.push(this.files[i]);
        }
        return out;
    }
    /**
     * Files a COPY source names: a literal path as `under`; a wildcard
     * (Go `filepath.Match`: `*` stays within a segment) matches files, or
     * directories whose files it then takes. A wildcard too costly to match
     * (see `wildcardProblem`) matches every file under its literal directory.
     */
    matching(source) {
        if (!GLOB_CHARS.test(source))
            return this.under(source);
        const segments = source.split('/');
        const literal = [];
        for (const s of segments) {
            if (GLOB_CHARS.test(s))
                break;
            literal.push(s);
        }
        const test = (0,globs/* boundedMatcher */.Qf)(source, { dot: true, noextglob: true, nobrace: true }) ?? (() => true);
        const depth = segments.length;
        const out = [];
        for (const f of this.under(literal.join('/'))) {
            const parts = f.split('/');
            if (parts.length >= depth && test(parts.slice(0, depth).join('/')))
                out.push(f);
        }
        return out;
    }
}
/** Code-unit order, so prefix scans work whatever the locale. */
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function lowerBound(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/dockerfile/repo-files.ts
/**
 * The repository's file list: `git ls-files` (tracked and untracked files that
 * .gitignore does not hide), or a walk of the directory when it is no git work tree.
 */



/** git starts before the first await: a caller that goes on with other work overlaps it. */
async function listRepoFiles(root) {
    try {
        const out = await new git.LocalGit(root).run([
            'ls-files',
            '-z',
            '--cached',
            '--others',
            '--exclude-standard',
        ]);
        return out.split('\0').filter(Boolean);
    }
    catch (err) {
        // Another user's repository is refused by name, not read as a plain directory.
        if ((0,git.isRefusal)(err))
            throw err;
        return walk(root);
    }
}
async function walk(root) {
    const out = [];
    const visit = async (dir) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(root, dir), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (e.name !== '.git' && e.name !== 'node_modules')
                    await visit(rel);
            }
            else
                out.push(rel);
        }
    };
    await visit('');
    return out;
}

;// CONCATENATED MODULE: ./src/dockerfile/workspace.ts
/** A repository on disk as the audit and `init` read it. */





/** Dockerfiles and `.dockerignore` files are small; anything larger is refused by name. */
const DOCKERFILE_SIZE_LIMIT = 1024 * 1024;
async function openRepository(root) {
    const tree = new FileTree(await listRepoFiles(root));
    const refusals = new Map();
    const read = (file) => {
        const r = readInside(root, file);
        if (typeof r === 'string')
            return r;
        if (r)
            refusals.set(file, r.refused);
        return undefined;
    };
    return { tree, read, refused: (file) => refusals.get(file) };
}
/**
 * A regular file inside `root` (symlinks resolved), of at most
 * DOCKERFILE_SIZE_LIMIT bytes: its text; undefined when absent; otherwise
 * why it was refused, naming the file and never quoting it.
 */
function readInside(root, file) {
    try {
        return (0,checked_read.readChecked)(root, file, {
            shown: file,
            limit: DOCKERFILE_SIZE_LIMIT,
            rootName: 'the repository',
        }).toString('utf8');
    }
    catch (err) {
        if (!(err instanceof checked_read.FileRefused))
            throw err;
        return err.absent ? undefined : { refused: err.message };
    }
}
/** Whether something (a file, a link, a device) is at `file`, without reading or following it. */
function isPresent(root, file) {
    try {
        lstatSync(path.resolve(root, file));
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/cli/audit.ts
/** `backend-matrix audit`: inputs the Dockerfiles read that no rule maps. */






const help = `Usage: backend-matrix audit [--strict] [--format text|json] [--matrix-file F]

For every entry whose dockerfile is in the repository, reads the Dockerfile's
COPY/ADD sources (not --from) and RUN --mount=type=bind sources, resolves them
in the build context (rules.build.context and rules.build.args, else the ARG
defaults; .dockerignore applied) and asks the rules whether a change to a file
there would select the entry. Prints one warning per gap at the Dockerfile
line, with a rule that would cover it. Run it from the repository root.

  --matrix-file F   matrix file (default ${DEFAULT_MATRIX})
  --format F        text (default) or json
  --strict          exit 1 when there are gaps or bad input

Exit 1 when a Dockerfile does not parse (and with --strict on any gap).`;
async function run(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
            format: { type: 'string', default: 'text' },
            strict: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return print(io, help);
    if (!['text', 'json'].includes(values.format))
        throw new UsageError(`unknown format "${values.format}"`);
    const matrix = load(values['matrix-file'], io);
    for (const p of matrix.problems)
        io.err(`${paint(io, p)}\n`);
    if ((0,core_problems/* hasErrors */.Cs)(matrix.problems))
        throw new core_problems/* UserError */.yo(`${matrix.file} has errors`);
    const result = await auditMatrix(matrix, io);
    if (values.format === 'json')
        io.out(`${JSON.stringify(auditJson(result), null, 2)}\n`);
    else
        printAudit(result, io);
    return exitCode(result, values.strict ?? false);
}
async function auditMatrix(matrix, io) {
    return (0,audit/* audit */.s)(matrix, await openRepository(io.cwd));
}
function printAudit(result, io) {
    for (const p of auditProblems(result))
        io.out(`${paint(io, p)}\n`);
    io.out(`${auditSummaryLine(result)}\n`);
}
function exitCode(result, strict) {
    if ((0,core_problems/* hasErrors */.Cs)(result.problems))
        return 1;
    return strict && (result.gaps.length || result.problems.length) ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/picomatch/lib/picomatch.js
var picomatch = __nccwpck_require__(8016);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/dockerfile/dockerignore.ts
var dockerignore = __nccwpck_require__(4842);
// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(6357);
// EXTERNAL MODULE: ./src/dockerfile/resolve.ts + 1 modules
var resolve = __nccwpck_require__(4859);
;// CONCATENATED MODULE: ./src/dockerfile/layout.ts
/**
 * Where each entry's own code lives, read off the directory layout, and the
 * fewest `sources` rules that map every entry to it. An entry's candidates
 * are the existing directories named by one of its field values (usually
 * `backend`), written as `{field}` templates (`backend/{lang}/{backend}`);
 * each group of entries (one Dockerfile, or one list without a Dockerfile)
 * takes the templates that describe most of it, and the entries the main one
 * does not fit get rules of their own, narrowed by a field (`backend: [...]`,
 * `lang: null`). The rules are then checked against the planning core's own
 * assignment: every entry with a directory must be mapped to exactly it.
 */





/** A template must name an existing directory for this share of the entries that have its fields. */
const NEARLY_ALL = 0.8;
/** The field that names an entry: a template ending in it names the entry's own directory. */
const NAME_FIELD = 'backend';
function inferLayout({ groups, dirs, reads, extraPaths }) {
    const byName = new Map();
    for (const d of dirs)
        (0,collections/* pushTo */.I)(byName, d.slice(d.lastIndexOf('/') + 1), d);
    const candidates = new Map();
    for (const g of groups) {
        for (const e of g.entries) {
            // A directory named after the entry is its own; others only when there is none.
            const all = candidatesOf(e, byName);
            const named = new Map([...all].filter(([t]) => endsInName(t)));
            candidates.set(e, named.size ? named : all);
        }
    }
    // A template qualifies for a group when it names a directory for nearly all
    // of the group's entries that have its fields; then it may serve any group.
    const qualified = new Set();
    for (const g of groups) {
        const seen = new Set();
        for (const e of g.entries)
            for (const t of candidates.get(e).keys())
                seen.add(t);
        for (const t of seen) {
            const having = g.entries.filter((e) => expand(t, e) !== undefined);
            const covered = having.filter((e) => candidates.get(e).has(t));
            if (covered.length && covered.length >= Math.ceil(having.length * NEARLY_ALL))
                qualified.add(t);
        }
    }
    const globalCount = new Map();
    for (const c of candidates.values())
        for (const t of c.keys())
            globalCount.set(t, (globalCount.get(t) ?? 0) + 1);
    const template = new Map();
    const own = new Map();
    for (const g of groups) {
        let left = g.entries.filter((e) => candidates.get(e).size);
        while (left.length) {
            const counts = new Map();
            for (const e of left)
                for (const t of candidates.get(e).keys())
                    if (qualified.has(t) || endsInName(t))
                        (0,collections/* pushTo */.I)(counts, t, e);
            if (!counts.size)
                break;
            const best = [...counts]
                .map(([t, es]) => ({
                t,
                es,
                read: es.some((e) => reads(e, candidates.get(e).get(t))),
                qualified: qualified.has(t),
                name: endsInName(t),
                fields: fieldsOf(t).length,
                depth: t.split('/').length,
                global: globalCount.get(t) ?? 0,
            }))
                .sort((a, b) => Number(b.read) - Number(a.read) ||
                Number(b.qualified) - Number(a.qualified) ||
                b.es.length - a.es.length ||
                Number(b.name) - Number(a.name) ||
                b.fields - a.fields ||
                b.depth - a.depth ||
                b.global - a.global ||
                (a.t < b.t ? -1 : 1))[0];
            for (const e of best.es) {
                template.set(e, best.t);
                own.set(e, candidates.get(e).get(best.t));
            }
            const done = new Set(best.es);
            left = left.filter((e) => !done.has(e));
        }
    }
    const drafts = groups.flatMap((g) => draftGroup(g, template, extraPaths));
    const merged = mergeDrafts(drafts);
    const all = groups.flatMap((g) => g.entries);
    let sources = mismatches(merged, all, template).length ? drafts : merged;
    const wrong = mismatches(sources, all, template);
    // Never seen, but never leave an entry mapped elsewhere: a rule of its own, by identity, first.
    if (wrong.length)
        sources = [...wrong.map((e) => ruleFor(e, template.get(e))), ...sources];
    return { own, template, sources };
}
/** A group's rules: one per template, the rarer ones first, narrowed so only their entries take them. */
function draftGroup(g, template, extraPaths) {
    const byTemplate = new Map();
    for (const e of g.entries) {
        const t = template.get(e);
        if (t)
            (0,collections/* pushTo */.I)(byTemplate, t, e);
    }
    if (!byTemplate.size)
        return [];
    const order = [...byTemplate].sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : 1));
    const main = order.pop();
    const unmapped = g.entries.filter((e) => !template.has(e));
    const out = [];
    const taken = new Set();
    for (const [t, wanted] of order) {
        const pool = g.entries.filter((e) => !taken.has(e) && expand(t, e) !== undefined);
        const narrow = exactSelector(pool, new Set(wanted), template);
        for (const e of pool)
            if (picks(narrow, e))
                taken.add(e);
        out.push({
            value: { if: { ...g.selector, ...narrow }, paths: [`${t}/**`, ...extraPaths(t, wanted)] },
            comment: `${g.label} with ${describe(narrow)} keep their code in ${t}`,
        });
    }
    const [t, wanted] = main;
    const missing = unmapped.map((e) => e.backend);
    out.push({
        value: { if: { ...g.selector }, paths: [`${t}/**`, ...extraPaths(t, wanted)] },
        comment: `${g.label}${order.length ? ' (the others)' : ''} keep their code in ${t}${missing.length ? `; no such directory for ${[...new Set(missing)].join(', ')}` : ''}`,
    });
    return out;
}
function ruleFor(e, t) {
    return {
        value: {
            if: {
                os: e.os,
                'tag-suffix': (0,globs/* escapeGlob */.yk)(e.tagSuffix),
                'platform-tag': e.platformTag ? (0,globs/* escapeGlob */.yk)(e.platformTag) : null,
            },
            paths: [`${t}/**`],
        },
        comment: `${e.backend} (${e.tagSuffix}) keeps its code in ${t}`,
    };
}
/** Rules with the same paths whose `if` names only a Dockerfile become one rule with a list. */
function mergeDrafts(drafts) {
    const out = [];
    const byPaths = new Map();
    for (const d of drafts) {
        const keys = Object.keys(d.value.if);
        const df = d.value.if.dockerfile;
        const key = JSON.stringify(d.value.paths);
        const into = byPaths.get(key);
        if (keys.length !== 1 || typeof df !== 'string') {
            out.push(d);
            continue;
        }
        if (!into) {
            const rule = { value: { if: { dockerfile: df }, paths: d.value.paths }, comment: d.comment };
            byPaths.set(key, { rule, labels: [df] });
            out.push(rule);
            continue;
        }
        const list = into.rule.value.if.dockerfile;
        into.rule.value.if.dockerfile = [...(Array.isArray(list) ? list : [list]), df];
        into.labels.push(df);
        into.rule.comment = `Entries built by ${into.labels.map(layout_unescape).join(', ')} keep their code in ${d.value.paths[0].replace(/\/\*\*$/, '')}`;
    }
    return out;
}
/** Entries the rules map to a directory other than their own (through the planning core). */
function mismatches(drafts, entries, template) {
    const problems = [];
    const rules = (0,core_rules/* parseRules */.NR)({ sources: drafts.map((d) => d.value) }, (_, m) => problems.push(m));
    if (problems.length)
        return [...template.keys()];
    const assigned = (0,core_select/* assignSources */.Uk)(entries, rules);
    return entries.filter((e) => {
        const t = template.get(e);
        return t !== undefined && assigned.get(e)?.rule.paths[0].text !== `${t}/**`;
    });
}
/**
 * The smallest `{field: values}` that picks every wanted entry out of the
 * pool and no entry that has a directory elsewhere (entries without one may
 * be picked: they select nothing either way).
 */
function exactSelector(pool, wanted, template) {
    const valueOf = (f, e) => (0,globs/* normalizePath */.Fd)((0,core_entry/* fieldText */.gF)(e.fields[f]));
    const fields = new Set();
    for (const e of wanted)
        for (const k of Object.keys(e.fields))
            fields.add(k);
    fields.add(NAME_FIELD);
    fields.delete('dockerfile');
    const spread = (f) => new Set([...wanted].map((e) => valueOf(f, e))).size;
    const order = [...fields].sort((a, b) => spread(a) - spread(b) || (a < b ? -1 : 1));
    for (const f of order) {
        const values = new Set([...wanted].map((e) => valueOf(f, e)));
        const ok = pool.every((e) => wanted.has(e) || !template.has(e) || !values.has(valueOf(f, e)));
        if (!ok)
            continue;
        const list = [...values].sort().map((v) => (v === '' ? null : (0,globs/* escapeGlob */.yk)(v)));
        return { [f]: list.length === 1 ? list[0] : list };
    }
    // Identities are unique within a list: the entries by name, leg by leg.
    return {
        'tag-suffix': [...new Set([...wanted].map((e) => (0,globs/* escapeGlob */.yk)(e.tagSuffix)))].sort(),
        'platform-tag': [...new Set([...wanted].map((e) => e.platformTag))]
            .sort()
            .map((v) => (v === '' ? null : (0,globs/* escapeGlob */.yk)(v))),
    };
}
/** Whether a `{field: values}` selector of `exactSelector`'s making picks the entry. */
function picks(selector, e) {
    return Object.entries(selector).every(([f, want]) => {
        const v = (0,globs/* normalizePath */.Fd)((0,core_entry/* fieldText */.gF)(e.fields[f]));
        const list = Array.isArray(want) ? want : [want];
        return list.some((w) => (w === null ? v === '' : layout_unescape(String(w)) === v));
    });
}
function describe(selector) {
    return Object.entries(selector)
        .map(([f, v]) => {
        const list = (Array.isArray(v) ? v : [v]).map((x) => x === null ? 'none' : layout_unescape(String(x)));
        return list.length === 1 && list[0] === 'none' ? `no ${f}` : `${f} ${list.join(', ')}`;
    })
        .join(' and ');
}
const layout_unescape = (s) => s.replace(/\\(.)/g, '$1');
/**
 * Candidates: directories whose last segment is one of the entry's field
 * values, that segment (and any earlier one equal to another field) replaced
 * by `{field}`; each with the literal directory it names for this entry.
 */
function candidatesOf(e, byName) {
    const fields = segmentFields(e);
    const out = new Map();
    for (const [field, value] of fields) {
        for (const dir of byName.get(value) ?? []) {
            const segs = dir.split('/');
            const base = segs.slice(0, -1);
            const variants = [[...base.map(globs/* escapeGlob */.yk), `{${field}}`]];
            base.forEach((s, i) => {
                for (const [f2, v2] of fields) {
                    if (f2 === field || v2 !== s)
                        continue;
                    for (const v of [...variants]) {
                        const copy = [...v];
                        copy[i] = `{${f2}}`;
                        variants.push(copy);
                    }
                }
            });
            for (const v of variants)
                out.set(v.join('/'), dir);
        }
    }
    return out;
}
/** Field values that can name a directory: single path segments. */
function segmentFields(e) {
    const out = [];
    for (const [k, v] of Object.entries(e.fields)) {
        const text = (0,globs/* normalizePath */.Fd)((0,core_entry/* fieldText */.gF)(v));
        if (text && !text.includes('/') && text !== '.' && text !== '..')
            out.push([k, text]);
    }
    return out;
}
const fieldsOf = (t) => [...t.matchAll(/\{([^{},]*)\}/g)].map((m) => m[1]);
const endsInName = (t) => t.endsWith(`{${NAME_FIELD}}`);
/** A layout template for one entry (the literal directory), or undefined when a field is empty. */
function expand(template, e) {
    let missing = false;
    const out = template.replace(/\{([^{},]*)\}/g, (_, f) => {
        const v = (0,globs/* normalizePath */.Fd)((0,core_entry/* fieldText */.gF)(e.fields[f]));
        if (!v)
            missing = true;
        return v;
    });
    return missing ? undefined : out.replace(/\\(.)/g, '$1');
}

;// CONCATENATED MODULE: ./src/dockerfile/init.ts
/**
 * `init`'s proposal (README, Adopting on an existing matrix): rules read off
 * the repository for a matrix file that has none. Sources come from the
 * directory layout, shared rules from what each Dockerfile copies from outside
 * the entries' own directories, `ignore` from documentation no image copies,
 * `build` from the ARGs that match entry fields. Every rule says why in its
 * comment.
 */








/** Documentation: changed files that never reach an image unless a Dockerfile copies them. */
const DOC_PATTERNS = [
    '**/*.md',
    '**/*.rst',
    '**/*.adoc',
    'docs/**',
    'doc/**',
    'LICENSE',
    'COPYING',
    '.github/ISSUE_TEMPLATE/**',
];
async function propose(matrix, repo) {
    const tree = repo.tree;
    const entries = [...matrix.linux, ...matrix.darwin];
    const groups = groupEntries(entries);
    const ast = groups.some((g) => g.dockerfile) ? await (0,parse/* loadParser */.q)() : undefined;
    for (const g of groups) {
        const text = g.dockerfile ? repo.read(g.dockerfile) : undefined;
        if (ast && text !== undefined)
            g.parsed = (0,parse/* parseDockerfile */.A)(ast, text);
    }
    const docs = DOC_PATTERNS.map((p) => ({ p, test: picomatch_default()(p, { dot: true }) })).filter(({ test }) => tree.files.some((f) => test(f)));
    const isDoc = (f) => docs.some(({ test }) => test(f));
    // Documentation trees (docs/whisper) name no entry's directory; a README beside code does not hide it.
    const docTrees = docs.filter((d) => d.p.endsWith('/**'));
    const inDocTree = (f) => docTrees.some(({ test }) => test(f));
    const build = proposeBuild(groups);
    const contextOf = (e) => build.context === '{context}' ? (0,resolve/* contextDir */.LE)((0,core_entry/* fieldText */.gF)(e.fields.context)) : build.context;
    // Directories that hold more than documentation: where entries can keep their code.
    const dirs = new Set();
    for (const f of tree.files) {
        if (inDocTree(f))
            continue;
        for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1))
            dirs.add(f.slice(0, i));
    }
    // What each entry's Dockerfile reads, resolved as the audit resolves it.
    const inputs = new Map();
    const ignores = new Map();
    const ignoreFiles = new Map();
    const ignoreFor = (e) => ignores.get(e) ?? dockerignore/* DockerIgnore */.j8.NONE;
    for (const g of groups) {
        if (!g.parsed)
            continue;
        for (const e of g.entries) {
            const context = contextOf(e);
            // One object per distinct file, so entries that share a .dockerignore can be told to.
            const text = (0,dockerignore/* readDockerIgnore */.x3)(repo.read, g.dockerfile, context) ?? '';
            let ignore = ignoreFiles.get(text);
            if (!ignore)
                ignoreFiles.set(text, (ignore = dockerignore/* DockerIgnore */.j8.parse(text)));
            ignores.set(e, ignore);
            const values = new Map();
            for (const [name, field] of build.args) {
                const v = (0,globs/* normalizePath */.Fd)((0,core_entry/* fieldText */.gF)(e.fields[field]));
                if (v)
                    values.set(name, v);
            }
            const platforms = e.fields.platforms;
            const list = [];
            for (const r of (0,resolve/* resolveSources */.l7)(g.parsed, {
                values,
                platform: typeof platforms === 'string' ? platforms : undefined,
            })) {
                if (!r.ok || r.path === '' || /^[*?[{]/.test(r.path))
                    continue; // the audit reports these
                const full = context ? `${context}/${r.path}` : r.path;
                const fields = new Set();
                for (const m of r.source.text.matchAll(/\$\{?(\w+)/g)) {
                    const f = build.args.get(m[1]);
                    if (f)
                        fields.add(f);
                }
                list.push({ full, glob: /[*?[\]]/.test(r.path), text: r.source.text, context, fields });
            }
            inputs.set(e, list);
        }
    }
    const layout = inferLayout({
        groups: groups.map((g) => ({
            entries: g.entries,
            selector: selectorOf(g, groups),
            label: g.dockerfile
                ? `Entries built by ${g.dockerfile}`
                : `${g.os === 'darwin' ? 'macOS' : 'Linux'} entries without a Dockerfile`,
        })),
        dirs,
        // A directory that holds the entry's Dockerfile, is its build context, or that it copies from.
        reads: (e, d) => inside(dockerfileOf(e), d) ||
            (build.context !== '' && inside(contextOf(e), d)) ||
            (inputs.get(e) ?? []).some((i) => i.full === d || i.full.startsWith(`${d}/`) || d.startsWith(`${i.full}/`)),
        extraPaths: (template, members) => ignoredInOwn(template, members),
    });
    for (const g of groups)
        g.templates = new Set(g.entries.flatMap((e) => layout.template.get(e) ?? []));
    const ownDirs = layout.own;
    const sources = layout.sources.map((d) => ({ value: d.value, comment: d.comment }));
    /** `!` patterns for what the entries' .dockerignore keeps out of their own directories. */
    function ignoredInOwn(template, members) {
        const first = members[0];
        const ignore = ignoreFor(first);
        const context = contextOf(first);
        if (!ignore.excludeOnly || members.some((e) => ignoreFor(e) !== ignore))
            return [];
        // One context for all, or each entry's context its own directory (images/{backend}).
        const shared = members.every((e) => contextOf(e) === context);
        const own = members.every((e) => contextOf(e) !== '' && contextOf(e) === expand(template, e));
        if (!shared && !own)
            return [];
        const prefix = own ? template : context;
        const under = members.flatMap((e) => {
            const d = expand(template, e);
            const strip = contextOf(e) ? contextOf(e).length + 1 : 0;
            return d ? tree.under(d).map((f) => f.slice(strip)) : [];
        });
        const out = [];
        for (const p of ignore.patterns) {
            const pattern = prefix ? `${prefix}/${p.text}` : p.text;
            const hits = under.filter((f) => ignore.patternExcludes(p, f));
            if (!hits.length)
                continue;
            const direct = hits.some((f) => p.test(f));
            out.push(direct ? `!${pattern}` : `!${pattern}/**`);
        }
        return out;
    }
    // What an entry's own build files name beside its directory (`$(DIR)/../llama-cpp`) is an input too.
    const referenced = new Map();
    const refsOf = new Map();
    for (const [e, own] of ownDirs) {
        let refs = refsOf.get(own);
        if (!refs)
            refsOf.set(own, (refs = referencedBeside(own, tree, dirs, repo.read)));
        if (refs.length)
            referenced.set(e, refs);
    }
    const shared = proposeShared(groups, inputs, referenced, ownDirs, tree, ignoreFor);
    // Documentation that a Dockerfile copies is an input: keep it out of `ignore`.
    const inputFiles = new Set();
    for (const list of inputs.values())
        for (const i of list)
            for (const f of tree.matching(i.full))
                inputFiles.add(f);
    let ignoreRule;
    if (docs.length) {
        const keep = new Set();
        for (const [e, list] of inputs) {
            for (const i of list) {
                const strip = i.context ? i.context.length + 1 : 0;
                const dropped = tree
                    .matching(i.full)
                    .some((f) => isDoc(f) && !ignoreFor(e).excludes(f.slice(strip)));
                if (dropped)
                    keep.add(`!${wildcardSource(i)}`);
            }
        }
        // A file in an entry's own directory selects it, documentation too (it may be built or copied).
        const own = new Set(layout.template.values());
        for (const t of own) {
            const glob = `${t.replace(/\{[^{}]*\}/g, '*')}/**`;
            const test = picomatch_default()(glob, { dot: true });
            if (tree.files.some((f) => isDoc(f) && test(f)))
                keep.add(`!${glob}`);
        }
        ignoreRule = {
            value: [...docs.map((d) => d.p), ...[...keep].sort()],
            comment: keep.size
                ? "Documentation never reaches an image, except what a Dockerfile copies or an entry's own directory holds (kept by the ! patterns)"
                : 'Documentation: no Dockerfile copies it into an image',
        };
    }
    const proposal = {
        ignore: ignoreRule,
        sources,
        shared,
        build: build.args.size || build.context
            ? {
                value: {
                    ...(build.context ? { context: build.context } : {}),
                    ...(build.args.size
                        ? {
                            args: Object.fromEntries([...build.args].map(([name, field]) => [name, `{${field}}`])),
                        }
                        : {}),
                },
                comment: build.args.size
                    ? `Build args the Dockerfiles declare that match entry fields: the audit reads COPY paths through them`
                    : `The entries' build context: the audit reads COPY paths in it`,
            }
            : undefined,
    };
    // When the Dockerfiles build FROM images of the matrix file: rules.build.image.
    return (await __nccwpck_require__.e(/* import() */ 710).then(__nccwpck_require__.bind(__nccwpck_require__, 3710))).addImage(proposal, matrix, repo, build.args);
}
const inside = (p, dir) => p !== undefined && p !== '' && (p === dir || p.startsWith(`${dir}/`));
function dockerfileOf(e) {
    const raw = e.fields.dockerfile;
    return typeof raw === 'string' && raw.trim() ? (0,globs/* normalizePath */.Fd)(raw.trim()) : undefined;
}
function groupEntries(entries) {
    const groups = new Map();
    for (const e of entries) {
        const raw = e.fields.dockerfile;
        const dockerfile = typeof raw === 'string' && raw.trim() ? (0,globs/* normalizePath */.Fd)(raw.trim()) : undefined;
        const key = dockerfile ?? `os:${e.os}`;
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { key, dockerfile, os: e.os, entries: [], templates: new Set() }));
        g.entries.push(e);
    }
    return [...groups.values()];
}
function selectorOf(g, groups) {
    if (g.dockerfile)
        return { dockerfile: (0,globs/* escapeGlob */.yk)(g.dockerfile) };
    // Entries without a Dockerfile: by list, and without one if that list also has Dockerfiles.
    const mixed = groups.some((o) => o.dockerfile && o.entries.some((e) => e.os === g.os));
    return mixed ? { os: g.os, dockerfile: null } : { os: g.os };
}
/** ARGs that some Dockerfile declares whose name is an entry field's (BUILD_TYPE ↔ build-type). */
function proposeBuild(groups) {
    const args = new Map();
    const contexts = new Set();
    let allHaveContext = true;
    for (const g of groups) {
        if (!g.parsed)
            continue;
        const fields = new Map();
        for (const e of g.entries) {
            for (const k of Object.keys(e.fields))
                if ((0,core_entry/* fieldText */.gF)(e.fields[k]))
                    fields.set(squash(k), k);
            const c = e.fields.context;
            if (typeof c === 'string')
                contexts.add((0,resolve/* contextDir */.LE)(c));
            else
                allHaveContext = false;
        }
        for (const s of g.parsed.steps) {
            if (s.kind !== 'arg' || args.has(s.name))
                continue;
            const field = fields.get(squash(s.name));
            if (field)
                args.set(s.name, field);
        }
    }
    const context = !allHaveContext ? '' : contexts.size === 1 ? [...contexts][0] : '{context}';
    return { args, context };
}
const squash = (name) => name.toLowerCase().replace(/[-_.]/g, '');
/** A COPY source as a glob over all entries: each variable a `*`. */
function wildcardSource(i) {
    if (!/\$/.test(i.text))
        return `${(0,globs/* escapeGlob */.yk)(i.full)}/**`;
    const inside = (0,resolve/* contextPath */.VJ)(i.text.replace(/\$\{[^}]*\}|\$\w+/g, '*'));
    return `${i.context ? `${i.context}/` : ''}${inside}/**`;
}
/** Build files at the top of an entry's directory, read for the paths beside it they name. */
const BUILD_FILE = /^(Makefile|GNUmakefile|CMakeLists\.txt|.*\.(mk|cmake|sh))$/;
/** `../x`, `../../x/y` at the start of a word or after `$(DIR)/`, `${DIR}/`. */
const RELATIVE = /(?:^|[\s"'=(]|[)}]\/)((?:\.\.\/)+)([\w][\w.-]*)/gm;
const BUILD_FILE_LIMIT = 256 * 1024;
/**
 * Existing directories and files beside `own` that its build files name
 * relative to it: a fork's Makefile that builds from `../llama-cpp` makes
 * that directory an input of the fork. Never `own` itself, inside it, or an
 * ancestor (that would be "everything").
 */
function referencedBeside(own, tree, dirs, read) {
    const out = new Map();
    for (const file of tree.under(own)) {
        const name = file.slice(own.length + 1);
        if (name.includes('/') || !BUILD_FILE.test(name))
            continue;
        const text = read(file);
        if (text === undefined || text.length > BUILD_FILE_LIMIT)
            continue;
        for (const m of text.matchAll(RELATIVE)) {
            const target = external_node_path_default().posix.normalize(`${own}/${m[1]}${m[2]}`);
            if (target.startsWith('../') || target === '..')
                continue;
            if (target === own || own.startsWith(`${target}/`) || target.startsWith(`${own}/`))
                continue;
            if (!out.has(target) && (dirs.has(target) || tree.has(target)))
                out.set(target, {
                    full: target,
                    glob: false,
                    text: `${m[1]}${m[2]}${dirs.has(target) ? '/' : ''}`,
                    context: '',
                    fields: new Set(['backend']),
                    from: file,
                });
        }
    }
    return [...out.values()];
}
/**
 * Shared rules for what the Dockerfiles copy from outside each entry's own
 * directory. Shared rules are first-match-wins per file, so narrower paths
 * come first and each rebuilds what every path containing it feeds.
 */
function proposeShared(groups, inputs, referenced, ownDirs, tree, ignoreFor) {
    const items = new Map();
    for (const g of groups) {
        for (const e of g.entries) {
            const own = ownDirs.get(e);
            const ignore = ignoreFor(e);
            for (const i of [...(inputs.get(e) ?? []), ...(referenced.get(e) ?? [])]) {
                const strip = i.context ? i.context.length + 1 : 0;
                const base = literalBase(i.full);
                if (own && (base === own || base.startsWith(`${own}/`)))
                    continue;
                const files = tree.matching(i.full);
                if (files.length && files.every((f) => ignore.excludes(f.slice(strip))))
                    continue;
                const isFile = !i.glob && tree.has(i.full);
                const pattern = i.glob
                    ? files.some((f) => f.split('/').length > i.full.split('/').length)
                        ? `${i.full}/**`
                        : i.full
                    : isFile || (!files.length && !i.text.endsWith('/'))
                        ? (0,globs/* escapeGlob */.yk)(i.full)
                        : `${(0,globs/* escapeGlob */.yk)(i.full)}/**`;
                let item = items.get(pattern);
                if (!item)
                    items.set(pattern, (item = { pattern, base, entries: new Set(), fields: new Set(), via: new Set() }));
                item.entries.add(e);
                item.via.add(i.from ? `named by ${i.from}` : `copied by ${g.dockerfile}`);
                for (const f of i.fields)
                    item.fields.add(f);
            }
        }
    }
    const list = [...items.values()].sort((a, b) => b.base.split('/').length - a.base.split('/').length ||
        Number(b.pattern === b.base) - Number(a.pattern === a.base) ||
        (a.pattern < b.pattern ? -1 : 1));
    const contains = (outer, inner) => outer === inner || outer === '' || inner.startsWith(`${outer}/`);
    const rules = list.map((item) => {
        const all = new Set();
        const fields = new Set();
        const via = new Set();
        for (const other of list) {
            if (!contains(other.base, item.base))
                continue;
            for (const e of other.entries)
                all.add(e);
            for (const f of other.fields)
                fields.add(f);
            for (const v of other.via)
                via.add(v);
        }
        return { item, rebuild: rebuildFor(all, groups, fields, ownDirs, via) };
    });
    // Paths with the same rebuild share a rule when no rule between them overlaps either.
    const merged = [];
    for (const r of rules) {
        const key = JSON.stringify(r.rebuild.value);
        const target = merged.find((m) => JSON.stringify(m.rebuild.value) === key &&
            !merged
                .slice(merged.indexOf(m) + 1)
                .some((between) => between.bases.some((b) => contains(b, r.item.base) || contains(r.item.base, b))));
        if (target) {
            target.patterns.push(r.item.pattern);
            target.bases.push(r.item.base);
        }
        else
            merged.push({ patterns: [r.item.pattern], bases: [r.item.base], rebuild: r.rebuild });
    }
    return merged.map((m) => {
        const entries = list
            .filter((i) => m.patterns.includes(i.pattern))
            .flatMap((i) => [...i.entries]);
        const exclusions = ignoredUnder(m.bases, entries, tree, ignoreFor, inputs);
        return {
            value: { paths: [...m.patterns, ...exclusions], rebuild: m.rebuild.value },
            comment: exclusions.length
                ? `${m.rebuild.why} (less what its .dockerignore leaves out)`
                : m.rebuild.why,
        };
    });
}
/**
 * `!` patterns for the .dockerignore lines that leave files under `bases` out
 * of every context these entries are built in: those files are no input.
 */
function ignoredUnder(bases, entries, tree, ignoreFor, inputs) {
    if (!entries.length)
        return [];
    const ignore = ignoreFor(entries[0]);
    const context = inputs.get(entries[0])?.[0]?.context ?? '';
    const same = entries.every((e) => ignoreFor(e) === ignore && (inputs.get(e) ?? []).every((i) => i.context === context));
    if (!same || !ignore.excludeOnly)
        return [];
    const strip = context ? context.length + 1 : 0;
    const files = bases.flatMap((b) => tree.under(b));
    const out = [];
    for (const p of ignore.patterns) {
        const hits = files.filter((f) => ignore.patternExcludes(p, f.slice(strip)));
        if (!hits.length)
            continue;
        const pattern = context ? `${context}/${p.text}` : p.text;
        out.push(hits.some((f) => p.test(f.slice(strip))) ? `!${pattern}` : `!${pattern}/**`);
    }
    return out;
}
const literalBase = (p) => {
    const out = [];
    for (const s of p.split('/')) {
        if (/[*?[\]{}]/.test(s))
            break;
        out.push(s);
    }
    return out.join('/');
};
/**
 * A selector for a set of entries, never narrower than the set: the
 * Dockerfiles of whole groups, narrowed by one field when that is exact,
 * and on macOS the entries whose code sits beside that family's.
 */
function rebuildFor(entries, groups, fields, ownDirs, via) {
    const touched = groups.filter((g) => g.dockerfile && g.entries.some((e) => entries.has(e)));
    const dockerfiles = touched.map((g) => (0,globs/* escapeGlob */.yk)(g.dockerfile));
    const dfValue = dockerfiles.length === 1 ? dockerfiles[0] : dockerfiles;
    const members = touched.flatMap((g) => g.entries);
    let linux = { dockerfile: dfValue };
    if (members.some((e) => !entries.has(e))) {
        const narrow = exactField(members, entries, fields);
        linux = narrow ? { dockerfile: dfValue, ...narrow } : linux;
    }
    const copied = [...via].filter((v) => v.startsWith('copied by ')).map((v) => v.slice(10));
    const named = [...via].filter((v) => v.startsWith('named by ')).map((v) => v.slice(9));
    const why = [
        copied.length ? `copied by ${copied.join(', ')}` : '',
        named.length ? `named by ${named.sort().join(', ')}` : '',
    ]
        .filter(Boolean)
        .join('; ')
        .replace(/^./, (c) => c.toUpperCase());
    // Only what a Dockerfile copies is assumed to reach the macOS builds of the same layout.
    const family = copied.length ? familyOnMac(touched, groups, ownDirs) : undefined;
    // macOS entries (no Dockerfile) whose own build files name the path.
    const onMac = [...entries].filter((e) => !groupOf(groups, e).dockerfile);
    if (!family && !onMac.length)
        return { value: linux, why };
    const macPool = groups
        .filter((g) => !g.dockerfile && g.os === 'darwin')
        .flatMap((g) => g.entries);
    const wanted = new Set([...(family?.members ?? []), ...onMac]);
    const darwin = family?.selector === 'all' || wanted.size === macPool.length
        ? 'all'
        : family && !onMac.some((e) => !family.members.has(e))
            ? family.selector
            : (exactField(macPool, wanted) ?? {
                backend: [...new Set([...wanted].map((e) => (0,globs/* escapeGlob */.yk)(e.backend)))].sort(),
            });
    return {
        value: { linux: touched.length ? linux : 'none', darwin },
        why: family ? `${why}; macOS entries in ${family.beside} are assumed to use it too` : why,
    };
}
const groupOf = (groups, e) => groups.find((g) => g.entries.includes(e));
/** A field whose values pick exactly `wanted` out of `pool`: `{ build-type: [cublas] }`. */
function exactField(pool, wanted, candidates = new Set(pool.flatMap((e) => Object.keys(e.fields)))) {
    const valueOf = (f, e) => (0,globs/* normalizePath */.Fd)((0,core_entry/* fieldText */.gF)(e.fields[f]));
    // Fewest distinct values first: `lang: python` reads better than a list of backends.
    const spread = (f) => new Set([...wanted].map((e) => valueOf(f, e))).size;
    const order = [...candidates].sort((a, b) => spread(a) - spread(b) || (a < b ? -1 : 1));
    for (const f of order) {
        if (f === 'dockerfile')
            continue;
        const v = (e) => valueOf(f, e);
        const values = new Set([...wanted].map(v));
        const picked = pool.filter((e) => values.has(v(e)));
        if (picked.length === wanted.size && picked.every((e) => wanted.has(e))) {
            // An absent field is `null` in a selector.
            const list = [...values].sort().map((v) => (v === '' ? null : (0,globs/* escapeGlob */.yk)(v)));
            return { [f]: list.length === 1 ? list[0] : list };
        }
    }
    return undefined;
}
/** macOS entries (no Dockerfile) whose directory fits a touched family's layout. */
function familyOnMac(touched, groups, ownDirs) {
    const pool = groups.filter((g) => !g.dockerfile && g.os === 'darwin').flatMap((g) => g.entries);
    if (!pool.some((e) => ownDirs.has(e)))
        return undefined;
    const family = new Set();
    const beside = new Set();
    for (const t of touched) {
        for (const layout of t.templates) {
            const glob = layout.replace(/\{[^{}]*\}/g, '*');
            const test = picomatch_default()(glob, { dot: true });
            for (const e of pool) {
                const d = ownDirs.get(e);
                if (d && test(d))
                    family.add(e);
            }
            beside.add(glob);
        }
    }
    if (!family.size)
        return undefined;
    const selector = family.size === pool.length
        ? 'all'
        : (exactField(pool, family) ?? {
            backend: [...new Set([...family].map((e) => (0,globs/* escapeGlob */.yk)(e.backend)))],
        });
    return { selector, beside: [...beside].join(', '), members: family };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/dockerfile/render.ts
/** `init`'s proposal as a commented YAML `rules:` block, built with the yaml document API. */

const RULES_HEADER = ' Proposed by `backend-matrix init` from the Dockerfiles and the directory layout: review, then commit.';
/** The proposal as plain data: the `rules` value the block holds. */
function rulesValue(p) {
    const out = {};
    if (p.ignore)
        out.ignore = p.ignore.value;
    if (p.sources.length)
        out.sources = p.sources.map((r) => r.value);
    if (p.shared.length)
        out.shared = p.shared.map((r) => r.value);
    if (p.build)
        out.build = p.build.value;
    return out;
}
/** `rules:` and everything under it, ending with a newline. */
function renderRules(p) {
    const doc = new dist/* Document */.yo({ rules: rulesValue(p) });
    const top = doc.contents;
    const rulesPair = top.items[0];
    rulesPair.key.commentBefore = RULES_HEADER;
    const rules = rulesPair.value;
    const comments = {
        ignore: p.ignore?.comment,
        sources: "Where each entry's own code lives: first rule that applies to an entry wins.",
        shared: "Files outside the entries' own directories that Dockerfiles copy; first match per file wins.",
        build: p.build?.comment,
    };
    for (const pair of rules.items) {
        const key = pair.key;
        const name = String((0,dist/* isScalar */.jn)(key) ? key.value : '');
        if (comments[name])
            key.commentBefore = ` ${comments[name]}`;
        if (name === 'ignore')
            flow(pair.value);
        if (name === 'build' && (0,dist/* isMap */.jh)(pair.value)) {
            for (const inner of pair.value.items)
                flow(inner.value);
        }
        if ((name === 'sources' || name === 'shared') && (0,dist/* isSeq */.oP)(pair.value)) {
            const proposed = name === 'sources' ? p.sources : p.shared;
            pair.value.items.forEach((item, i) => {
                const rule = item;
                rule.commentBefore = ` ${proposed[i].comment}`;
                for (const field of rule.items)
                    flow(field.value);
            });
        }
    }
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
function flow(node) {
    if (node && ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)))
        node.flow = true;
}

;// CONCATENATED MODULE: ./src/dockerfile/insert.ts
/**
 * Puts `init`'s rules block into a matrix file without touching anything
 * else: first through the yaml document API, and when its re-stringify would
 * change any other line (it normalises spacing and comments), as text at the
 * end of the top-level mapping. Either way the result is parsed again and
 * checked: the same entries, the proposed rules, every other line as it was.
 */



function insertRules(original, lfBlock, expected, file) {
    // A file whose every line ends in CRLF is edited as LF and written back as CRLF.
    const crlf = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
    const text = crlf ? original.replace(/\r\n/g, '\n') : original;
    const block = lfBlock;
    const done = (out, method) => ({
        text: crlf ? out.replace(/\n/g, '\r\n') : out,
        method,
    });
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, merge: true });
    if (doc.errors.length)
        throw new core_problems/* UserError */.yo(`${file}: ${doc.errors[0].message}`);
    if (!(0,dist/* isMap */.jh)(doc.contents) || doc.contents.flow)
        throw new core_problems/* UserError */.yo(`${file}: the top level is not a block mapping, so the rules cannot be inserted`);
    const existing = doc.contents.items.find((p) => p.key?.value === 'rules');
    const lines = text.split('\n');
    // The lines an existing `rules` section (with --force) takes, which the block replaces.
    // The comment a previous init put above them goes too, so a second run does not stack headers.
    const from = existing ? headerStart(text, existing.key.range[0]) : 0;
    const removed = existing
        ? {
            start: lineOf(text, from),
            end: lineOf(text, existing.value ? existing.value.range[2] : existing.key.range[2]),
        }
        : undefined;
    const viaDocument = () => {
        const blockDoc = (0,dist/* parseDocument */.Tp)(block);
        const pair = blockDoc.contents.items[0];
        const copy = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, merge: true });
        copy.delete('rules');
        copy.contents.items.push(pair);
        return copy.toString({ lineWidth: 0, flowCollectionPadding: false });
    };
    const viaText = () => {
        if (existing && removed) {
            const start = from;
            const end = existing.value ? existing.value.range[2] : existing.key.range[2];
            return text.slice(0, start) + block + text.slice(end);
        }
        const sep = text === '' || text.endsWith('\n') ? '' : '\n';
        const blank = /\n\s*\n$/.test(text + sep) || text === '' ? '' : '\n';
        return text + sep + blank + block;
    };
    for (const [method, make] of [
        ['document', viaDocument],
        ['text', viaText],
    ]) {
        const out = make();
        if (keepsOtherLines(lines, out.split('\n'), removed) && holds(out, text, expected))
            return done(out, method);
    }
    throw new core_problems/* UserError */.yo(`${file}: the rules could not be inserted without changing other lines; paste the printed block by hand`);
}
/**
 * Where the `rules` key's block starts: at the key, or at the header comment
 * init wrote above it (`# Proposed by \`backend-matrix init\`…`), when that
 * comment is the line right above the key.
 */
function headerStart(text, keyOffset) {
    const lineStart = text.lastIndexOf('\n', keyOffset - 1) + 1;
    if (lineStart === 0)
        return keyOffset;
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart - 1);
    return prev === `#${RULES_HEADER}` ? prevStart : keyOffset;
}
/** 0-based line of an offset. */
const lineOf = (text, offset) => text.slice(0, offset).split('\n').length - 1;
/** Every original line outside the replaced range survives, in order, around one inserted run. */
function keepsOtherLines(before, after, removed) {
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix])
        prefix++;
    let suffix = 0;
    while (suffix < before.length - prefix &&
        suffix < after.length - prefix &&
        before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
        suffix++;
    if (!removed)
        return prefix + suffix >= before.length;
    // The lines before and after the replaced range, each compared on its own: the new block may
    // equal the old one, so the common prefix and suffix may overlap.
    const head = before.slice(0, removed.start);
    const tail = before.slice(removed.end);
    const at = after.length - tail.length;
    return (at >= head.length &&
        head.every((l, i) => after[i] === l) &&
        tail.every((l, i) => after[at + i] === l));
}
/** Parsed again: the entries are untouched and `rules` is what was proposed. */
function holds(out, original, expected) {
    const a = (0,dist/* parseDocument */.Tp)(out, { uniqueKeys: true, merge: true });
    const b = (0,dist/* parseDocument */.Tp)(original, { uniqueKeys: true, merge: true });
    if (a.errors.length)
        return false;
    const ja = a.toJS({ maxAliasCount: -1 });
    const jb = b.toJS({ maxAliasCount: -1 });
    const { rules, ...rest } = ja;
    const { rules: _old, ...restBefore } = jb;
    void _old;
    return (JSON.stringify(rest) === JSON.stringify(restBefore) &&
        JSON.stringify(rules) === JSON.stringify(expected));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/fs/replace-file.ts
/**
 * Replacing a file in one step: the new text goes to a temporary file beside
 * it (same directory, so the same file system), is flushed, gets the old
 * file's mode (and owner, where allowed), and is renamed over it. A failure at
 * any point (a full disk, `ulimit -f`, a read-only directory) removes the
 * temporary file and leaves the original exactly as it was.
 */




/** What a failed write means, in words, for the error codes a user can act on. */
const CAUSES = {
    EFBIG: 'the file would exceed the file-size limit (ulimit -f)',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    EIO: 'an I/O error',
};
/** Replaces the regular file at `real` (a resolved path) with `text`; `shown` names it in errors. */
function replaceFile(real, text, shown) {
    const fail = (err) => {
        const code = err.code ?? '';
        const cause = CAUSES[code] ? `${CAUSES[code]} (${code})` : err.message;
        throw new core_problems/* UserError */.yo(`could not write ${shown}: ${cause}; the file is left as it was`);
    };
    let mode;
    let uid;
    let gid;
    try {
        ({ mode, uid, gid } = (0,external_node_fs_.statSync)(real));
    }
    catch (err) {
        return fail(err);
    }
    const dir = external_node_path_default().dirname(real);
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(real)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(temp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o600);
        const bytes = Buffer.from(text, 'utf8');
        for (let n = 0; n < bytes.length;)
            n += (0,external_node_fs_.writeSync)(fd, bytes, n, bytes.length - n);
        (0,external_node_fs_.fsyncSync)(fd);
        try {
            (0,external_node_fs_.fchownSync)(fd, uid, gid);
        }
        catch {
            // Only root may give a file away; the mode is what matters.
        }
        (0,external_node_fs_.fchmodSync)(fd, mode & 0o7777);
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        (0,external_node_fs_.renameSync)(temp, real);
    }
    catch (err) {
        if (fd !== undefined) {
            try {
                (0,external_node_fs_.closeSync)(fd);
            }
            catch {
                // Already failing; the original error says why.
            }
        }
        try {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        catch {
            // Never created, or already gone.
        }
        fail(err);
    }
}

;// CONCATENATED MODULE: ./src/cli/init.ts
/** `backend-matrix init`: rules for a matrix file that has none, read off the repository. */















/** The action's limit for a matrix file. */
const init_MATRIX_SIZE_LIMIT = 50 * 1024 * 1024;
const init_UTF8_BOM = '\uFEFF';
const init_help = `Usage: backend-matrix init [--write] [--force] [--matrix-file F]

Proposes rules for a matrix file without them, from the repository: sources
from the directory layout (per Dockerfile, the narrowest {field} directory
template its entries have), shared rules from what the Dockerfiles copy from
outside those directories, ignore for documentation, and the build args the
Dockerfiles declare that match entry fields. Each rule has a comment saying why.
Run it from the repository root.

  --matrix-file F   matrix file (default ${DEFAULT_MATRIX})
  --write           insert the rules into the file (every other line, its line
                    endings and its mode are kept; the file is replaced in one
                    step, so a failed write leaves it as it was), then run the
                    audit on the result. A matrix file that resolves outside
                    the repository (a symlink) is refused.
  --force           replace the rules the file already has (and the comment
                    a previous init put above them)`;
async function init_run(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
            write: { type: 'boolean' },
            force: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return print(io, init_help);
    const file = values['matrix-file'];
    const { text: original, real, bom } = readMatrix(io.cwd, file);
    const matrix = loadMatrixFile(original, file);
    for (const p of matrix.problems)
        io.err(`${paint(io, p)}\n`);
    if ((0,core_problems/* hasErrors */.Cs)(matrix.problems))
        throw new core_problems/* UserError */.yo(`${file} has errors`);
    if (matrix.rules !== undefined && !values.force)
        throw new core_problems/* UserError */.yo(`${file} already has rules; init writes rules for a file without them (--force replaces them)`);
    const repo = await openRepository(io.cwd);
    const proposal = await propose(matrix, repo);
    const block = renderRules(proposal);
    if (!values.write) {
        io.out(block);
        io.err(`backend-matrix: proposed rules for ${file}; run with --write to insert them\n`);
        return 0;
    }
    const inserted = insertRules(original, block, rulesValue(proposal), file);
    replaceFile(real, (bom ? init_UTF8_BOM : '') + inserted.text, file);
    io.err(`backend-matrix: wrote ${proposal.sources.length} sources and ${proposal.shared.length} shared rules to ${file}; auditing the result\n`);
    const written = loadMatrixFile(inserted.text, file);
    for (const p of written.problems)
        io.err(`${paint(io, p)}\n`);
    const result = await (0,audit/* audit */.s)(written, repo);
    printAudit(result, io);
    return exitCode(result, false);
}
/**
 * The matrix file through the checked reader: a regular file whose real path
 * is inside the repository (the directory init runs in), within the action's
 * size limit. `real` is where --write replaces it; `bom` whether it starts
 * with a UTF-8 byte order mark, which is written back.
 */
function readMatrix(root, file) {
    let bytes;
    try {
        bytes = (0,checked_read.readChecked)(root, external_node_path_default().resolve(root, file), {
            shown: `matrix file ${file}`,
            limit: init_MATRIX_SIZE_LIMIT,
            rootName: 'the repository',
        });
    }
    catch (err) {
        if (err instanceof checked_read.FileRefused)
            throw new core_problems/* UserError */.yo(err.message);
        throw err;
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { text: decodeMatrixText(bytes, file), real: (0,external_node_fs_.realpathSync)(external_node_path_default().resolve(root, file)), bom };
}

;// CONCATENATED MODULE: ./src/core/matrix-diff.ts

/** An entry's list and identity: what finds it again in another revision. */
const listIdentity = (e) => `${e.os}\u0000${(0,core_entry/* identity */.D_)(e)}`;
/**
 * The edits from `base` to `head` (two revisions other than the working
 * tree's), as the entries of `current` (by `listIdentity`) with those
 * identities: an entry the working tree no longer has selects nothing.
 */
function editsOnto(base, head, current) {
    const edits = new Map();
    for (const [e, reason] of matrixEdits(base, head)) {
        const now = current.get(listIdentity(e));
        if (now)
            edits.set(now, reason);
    }
    return edits;
}
/**
 * Trigger 4 (docs/rules.md, The four triggers): when the matrix file itself
 * changed, the entries that are new or whose fields changed against the base
 * revision. Entries are matched by identity; field order and YAML formatting do
 * not count, and `rules` edits rebuild nothing (rules decide what triggers, not
 * what an image contains).
 */
function matrixEdits(base, current) {
    const edits = new Map();
    for (const os of ['linux', 'darwin']) {
        const before = new Map(base[os].map((e) => [(0,core_entry/* identity */.D_)(e), e.fields]));
        for (const entry of current[os]) {
            const old = before.get((0,core_entry/* identity */.D_)(entry));
            if (!old) {
                edits.set(entry, { kind: 'matrix', change: 'added', fields: [] });
                continue;
            }
            const fields = changedFields(old, entry.fields);
            if (fields.length)
                edits.set(entry, { kind: 'matrix', change: 'changed', fields });
        }
    }
    return edits;
}
function changedFields(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].filter((k) => canonical(a[k]) !== canonical(b[k]));
}
/** JSON with sorted keys, so that `{a, b}` and `{b, a}` compare equal. */
function canonical(v) {
    return (JSON.stringify(v, (_, value) => value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : value) ?? 'undefined');
}

// EXTERNAL MODULE: ./src/core/lineage.ts
var lineage = __nccwpck_require__(654);
// EXTERNAL MODULE: ./src/core/published.ts
var core_published = __nccwpck_require__(7685);
;// CONCATENATED MODULE: ./src/core/published-plan.ts


function publishedSelection(req, entries, selectAt, warn) {
    const state = req.published;
    for (const w of state.warnings)
        warn(w);
    const images = (0,core_published/* imagesOf */.IC)(entries);
    const selection = new core_select/* Selection */.LN();
    const byRevision = new Map();
    for (const [tagSuffix, legs] of images) {
        const v = state.verdicts.get(tagSuffix) ?? {
            kind: 'build',
            cause: 'its published state was not read',
        };
        if (v.kind === 'build') {
            for (const leg of legs)
                selection.add(leg, { kind: 'published', cause: v.cause });
            continue;
        }
        const group = byRevision.get(v.revision);
        if (group)
            group.push(legs);
        else
            byRevision.set(v.revision, [legs]);
    }
    let files = 0;
    let ignored = 0;
    for (const [revision, group] of byRevision) {
        const change = state.changes.get(revision) ?? {
            kind: 'all',
            cause: 'the changes since it were not looked for',
        };
        const at = selectAt(revision, change, (m) => warn(`since published ${(0,core_published/* shortRev */.mF)(revision)}: ${m}`));
        files += at.files;
        ignored += at.ignored;
        if (!at.selection) {
            const cause = `changes since ${(0,core_published/* shortRev */.mF)(revision)} cannot be used: ${at.runAllCause ?? ''}`;
            for (const legs of group)
                for (const leg of legs)
                    selection.add(leg, { kind: 'published', cause });
            continue;
        }
        for (const s of at.selection.skipped) {
            const seen = selection.skipped.some((k) => k.rule === s.rule && k.file === s.file);
            if (!seen)
                selection.skipped.push(s);
        }
        for (const legs of group) {
            for (const leg of legs) {
                for (const reason of at.selection.reasons.get(leg) ?? [])
                    selection.add(leg, { kind: 'since', revision, reason });
            }
        }
    }
    return { selection, images, files, ignored };
}

;// CONCATENATED MODULE: ./src/core/plan.ts
/**
 * The plan: which entries to build and the outputs that carry them. Pure: no
 * I/O and no GitHub; the action and the CLI feed it and print what it returns.
 */










function plan(req) {
    const { matrix } = req;
    if ((0,core_problems/* hasErrors */.Cs)(matrix.problems)) {
        throw new core_problems/* UserError */.yo(`${matrix.file} has errors`, matrix.problems);
    }
    const entries = [...matrix.linux, ...matrix.darwin];
    const warnings = [];
    const warn = (message) => {
        warnings.push({ level: 'warning', message, file: matrix.file, line: 0, col: 0 });
    };
    let runAllCause;
    let files;
    let ignored;
    let selection;
    let published;
    if (req.published) {
        const selectAt = (_revision, change, w) => selectionOf(req, change, w);
        published = publishedSelection(req, entries, selectAt, warn);
        ({ selection, files, ignored } = published);
    }
    else {
        const s = selectionOf(req, req.change, warn);
        ({ runAllCause, files, ignored } = s);
        selection = s.selection ?? allSelected(entries, runAllCause ?? '');
    }
    // Run-all selects every descendant already.
    if (req.lineage && !runAllCause)
        (0,lineage.selectDescendants)(selection, req.lineage, entries);
    // Derived after every step that selects more: a rebuilt parent's descendants are not promoted.
    const promoted = published && req.published
        ? (0,core_published/* promotedOf */.mg)(published.images, req.published.verdicts, selection)
        : [];
    const selected = (0,core_select/* inOrder */.al)(selection, entries);
    const chosen = selected.map((s) => s.entry);
    const single = chosen.filter((e) => e.os === 'linux' && !(0,core_entry/* isMultiArch */.Q_)(e));
    const result = {
        runAll: runAllCause !== undefined,
        runAllCause,
        files,
        ignored,
        selected,
        singlearch: req.shards > 1 ? shard(single, req.shards) : [single],
        multiarch: chosen.filter(core_entry/* isMultiArch */.Q_),
        darwin: chosen.filter((e) => e.os === 'darwin'),
        outputs: [],
        skipped: selection.skipped,
        warnings,
        staging: undefined,
        promoted,
    };
    const k = req.stages ?? 1;
    if (k > 1 && !req.lineage)
        warn(`stages is ${k}, but without rules.build.image no image has a parent: every image is in stage 1`);
    if (req.lineage || k > 1)
        result.staging = (0,lineage.stageSelection)(req.lineage, chosen, k);
    const { outputs, jobs } = (0,core_outputs/* outputsOf */.Yz)({
        ...result,
        selected: chosen,
        staged: k > 1 ? staged(result.staging, req.shards) : undefined,
        promoted: (0,core_published/* promotedItems */.nC)(promoted, matrix.rules?.mergeFields ?? []),
    }, entries, matrix.rules?.mergeFields ?? []);
    result.outputs = outputs;
    checkLimits(result, jobs, req.maxJobs);
    return result;
}
/** What one change selects; no selection (with the cause) when everything must be built. */
function selectionOf(req, change, warn) {
    const { matrix } = req;
    if (change.kind === 'all')
        return { selection: undefined, runAllCause: change.cause, files: 0, ignored: 0 };
    const files = (0,core_select/* relevantFiles */.xv)(change.files, matrix.rules?.ignore);
    const ignored = (0,core_select/* relevantFiles */.xv)(change.files, undefined).length - files.length;
    let runAllCause;
    let selection;
    if (!matrix.rules) {
        runAllCause = `${matrix.file} has no \`rules\` section, so changes cannot be mapped to entries`;
        warn(`${runAllCause}; every entry is built`);
    }
    else {
        const edits = editsOf(req, change, files, warn);
        if (edits === 'all')
            runAllCause = `the base revision of ${matrix.file} could not be read`;
        else
            selection = (0,core_select/* selectByFiles */.je)([...matrix.linux, ...matrix.darwin], matrix.rules, files, matrix.sources, edits, change.schemas);
        for (const file of files) {
            const verdict = change.schemas?.get(file);
            if (verdict?.fallback)
                warn(`${file}: ${verdict.summary}; the rule guarding it fires as for a breaking edit`);
        }
    }
    return { selection, runAllCause, files: files.length, ignored };
}
function allSelected(entries, cause) {
    const selection = new core_select/* Selection */.LN();
    for (const e of entries)
        selection.add(e, { kind: 'run-all', cause });
    return selection;
}
function editsOf(req, change, files, warn) {
    if (!files.includes((0,globs/* normalizePath */.Fd)(req.matrixPath)))
        return new Map();
    const base = change.baseMatrix;
    if (!base || 'error' in base) {
        warn(`${req.matrix.file} changed but its base revision could not be read (${base ? base.error : 'no base revision is known'}); every entry is built`);
        return 'all';
    }
    const old = loadMatrixFile(base.text, `${req.matrix.file} (base)`);
    if (!old.source) {
        warn(`${req.matrix.file} changed and its base revision is not valid YAML; every entry is built`);
        return 'all';
    }
    if (!change.headMatrix)
        return matrixEdits(old, req.matrix);
    const head = loadMatrixFile(change.headMatrix.text, `${req.matrix.file} (head)`);
    if (!head.source) {
        warn(`${req.matrix.file} changed and its head revision is not valid YAML; every entry is built`);
        return 'all';
    }
    const current = [...req.matrix.linux, ...req.matrix.darwin];
    return editsOnto(old, head, new Map(current.map((e) => [listIdentity(e), e])));
}
function staged(s, shards) {
    const single = s.entries.map((list) => list.filter((e) => !(0,core_entry/* isMultiArch */.Q_)(e)));
    return {
        count: s.count,
        singlearch: single.map((list) => (shards > 1 ? shard(list, shards) : [list])),
        multiarch: s.entries.map((list) => list.filter(core_entry/* isMultiArch */.Q_)),
    };
}
/** N contiguous chunks in order, sizes differing by at most one, earlier chunks larger. */
function shard(items, n) {
    const size = Math.floor(items.length / n);
    const extra = items.length % n;
    const out = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
        const len = size + (i < extra ? 1 : 0);
        out.push(items.slice(at, at + len));
        at += len;
    }
    return out;
}
function checkLimits(p, counts, maxJobs) {
    const over = [];
    for (const [name, jobs] of counts) {
        if (jobs <= maxJobs)
            continue;
        if (name.includes('singlearch')) {
            const total = p.singlearch.flat().length;
            over.push(`${name} has ${jobs} jobs, over max-jobs (${maxJobs}): set singlearch-shards to at least ${Math.ceil(total / maxJobs)}`);
        }
        else {
            over.push(`${name} has ${jobs} jobs, over max-jobs (${maxJobs}), and only the single-arch matrix can be sharded: split the matrix file or narrow the rules`);
        }
    }
    if (over.length)
        throw new core_problems/* UserError */.yo(over.join('\n'));
    const bytes = (0,core_outputs/* outputBytes */.RF)(p.outputs);
    if (bytes > core_outputs/* OUTPUT_LIMIT_BYTES */._G) {
        throw new core_problems/* UserError */.yo(`the outputs would total ${bytes.toLocaleString('en-US')} bytes (counted as GitHub does, 2 per UTF-16 code unit), over GitHub's limit of ${core_outputs/* OUTPUT_LIMIT_BYTES */._G.toLocaleString('en-US')} bytes for a job's outputs; drop fields the build jobs do not use, or split the matrix file`);
    }
}

;// CONCATENATED MODULE: ./src/action/output-file.ts
/**
 * Step outputs, all or nothing. @actions/core's setOutput appends one output
 * per call, so a failure part-way (a full disk) would leave half a set, and
 * its random delimiters make the file differ on every run. Here the whole set
 * is built in the same file-command format (`name=value`, or `name<<delimiter`
 * for values with line breaks), appended in one write, and the file is cut
 * back to its previous length if that write fails.
 */


/**
 * One output in the runner's format. The delimiter is the first
 * `ghadelimiter_N` that does not occur in the value, so the same value is
 * always written the same way (the CLI's `--format github-output` relies on it).
 */
function formatOutput(name, value) {
    if (!/[\r\n]/.test(value))
        return `${name}=${value}\n`;
    let n = 0;
    while (value.includes(`ghadelimiter_${n}`))
        n++;
    const delimiter = `ghadelimiter_${n}`;
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
const VARIABLE = 'GITHUB_OUTPUT';
/** A problem with the runner's files is the environment's, not a bug: say which variable and path. */
function environmentError(file, err) {
    const e = err;
    const why = {
        EISDIR: 'is a directory',
        ENOENT: 'does not exist (nor does its directory)',
        EACCES: 'is not writable',
        EPERM: 'is not writable',
        EROFS: 'is on a read-only file system',
        ENOSPC: 'is on a full disk',
        EDQUOT: 'is over the disk quota',
        EFBIG: 'has reached the file size limit',
    };
    return new UserError(`cannot write the step outputs: ${VARIABLE} (${file}) ${why[e.code ?? ''] ?? `cannot be written (${e.message})`}; no outputs were written`);
}
/** Appends every output in one write; on failure the file is restored and the step fails. */
function writeOutputs(file, outputs) {
    if (!file) {
        throw new UserError(`cannot write the step outputs: ${VARIABLE} is not set (run this as a workflow step, or use the backend-matrix CLI)`);
    }
    const block = Buffer.from(outputs.map(([k, v]) => formatOutput(k, v)).join(''));
    let fd;
    try {
        fd = openSync(file, 'a');
    }
    catch (err) {
        throw environmentError(file, err);
    }
    try {
        const before = fstatSync(fd).size;
        try {
            for (let at = 0; at < block.length;)
                at += writeSync(fd, block, at);
        }
        catch (err) {
            try {
                ftruncateSync(fd, before);
            }
            catch {
                // A device such as /dev/full cannot be truncated, and holds nothing to restore.
            }
            throw environmentError(file, err);
        }
    }
    finally {
        closeSync(fd);
    }
}

;// CONCATENATED MODULE: ./src/action/changed-files.ts
/**
 * The `changed-files` input (README, Inputs): a newline-separated list or a JSON
 * array, as paths from the repository root. Shared with the CLI, so it loads
 * nothing from the toolkit.
 */


/**
 * `[` then a quote, `]` or nothing: what a JSON array of paths starts with. A
 * path such as `[locale]/page.tsx` does not, so such a list stays a newline list.
 */
const JSON_START = /^\[\s*("|\]|$)/;
/**
 * A newline-separated list or a JSON array of paths; '' means "find them from
 * the event". With `root`, each path is made relative to the repository root:
 * absolute paths inside it are shortened, `\` becomes `/`, `./` is dropped, and
 * a path that leaves the root is an error naming it.
 */
function parseChangedFiles(raw, root) {
    if (!raw)
        return undefined;
    const list = listOf(raw);
    return root === undefined ? list : list.map((f) => repositoryPath(f, root)).filter(Boolean);
}
function listOf(raw) {
    let parsed;
    let invalid;
    if (raw.startsWith('[')) {
        try {
            parsed = JSON.parse(raw);
        }
        catch (err) {
            invalid = err;
        }
    }
    if (parsed !== undefined) {
        if (!Array.isArray(parsed) || !parsed.every((f) => typeof f === 'string')) {
            throw new core_problems/* UserError */.yo('changed-files must be a JSON array of strings, or one path per line');
        }
        return parsed.map((f) => f.trim()).filter(Boolean);
    }
    if (invalid && JSON_START.test(raw)) {
        throw new core_problems/* UserError */.yo(`changed-files looks like a JSON array but is not valid JSON: ${invalid.message}`);
    }
    return raw
        .split(/\r?\n/)
        .map((f) => f.trim())
        .filter(Boolean);
}
const ABSOLUTE = /^(\/|[A-Za-z]:\/)/;
function repositoryPath(file, root) {
    const slashed = file.replace(/\\/g, '/');
    let rel = slashed;
    if (ABSOLUTE.test(slashed)) {
        const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
        if (!slashed.startsWith(`${base}/`)) {
            throw new core_problems/* UserError */.yo(`changed-files: "${file}" is outside the workspace (${root}); list paths relative to the repository root`);
        }
        rel = slashed.slice(base.length + 1);
    }
    const normal = external_node_path_default().posix.normalize(rel).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../')) {
        throw new core_problems/* UserError */.yo(`changed-files: "${file}" is outside the workspace; list paths relative to the repository root`);
    }
    return normal === '.' ? '' : normal;
}

// EXTERNAL MODULE: ./src/change/access.ts
var access = __nccwpck_require__(424);
// EXTERNAL MODULE: ./src/change/adapters.ts
var adapters = __nccwpck_require__(6458);
// EXTERNAL MODULE: ./src/change/detect.ts + 1 modules
var detect = __nccwpck_require__(4675);
// EXTERNAL MODULE: ./src/change/events.ts
var events = __nccwpck_require__(4071);
// EXTERNAL MODULE: ./src/change/revisions.ts
var change_revisions = __nccwpck_require__(7890);
// EXTERNAL MODULE: ./src/change/schemas.ts
var schemas = __nccwpck_require__(4660);
;// CONCATENATED MODULE: ./src/github/token.ts
/**
 * A token as it will be sent: surrounding white space trimmed (a secret
 * pasted with its line end), and refused when what is left could not be one
 * HTTP header value — a line break inside would end the header and start
 * another. The refusal names where the token came from, never its value.
 */
function tokenOrWhyNot(raw, source) {
    const token = raw.trim();
    if (/[\r\n]/.test(token)) {
        return {
            problem: `${source} has a line break inside it; a token is one line (its value is not shown)`,
        };
    }
    if (/[^\x20-\x7e]/.test(token)) {
        return {
            problem: `${source} holds a control or non-ASCII character, which an HTTP header cannot carry (its value is not shown)`,
        };
    }
    return { token };
}

;// CONCATENATED MODULE: ./src/cli/plan.ts
/** `backend-matrix plan`: what a change would build, and why. */

















const plan_help = `Usage: backend-matrix plan [options]

  --matrix-file F          matrix file (default ${DEFAULT_MATRIX})
  --changed-file P         a changed path (repeatable)
  --changed-files-from F   read changed paths from file F, or - for stdin
                           (one per line, or a JSON array)
  --base REV [--head REV]  diff a local git repository, base...head (head
                           defaults to HEAD); schema and matrix revisions are
                           read from git at REV and at the head
  --base published --published-image T
                           plan each image against the revision its
                           published image was built from (as the action's
                           base: published), reading T (a template such as
                           quay.io/org/images:main{tag-suffix}) from the
                           registries with your Docker config's credentials;
                           --head (default HEAD) is the revision planned for
  --event FILE             replay a CI run's event payload (with --event-name):
                           the changes are found as the action finds them, by
                           git when the commits are here, else by the REST API
                           when GITHUB_TOKEN is set (GITHUB_API_URL,
                           GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF as on the
                           runner; GITHUB_REF and GITHUB_SHA where the payload
                           lacks them); --base and --changed-file(s) then act
                           as the action's base and changed-files inputs
  --event-name E           the event (pull_request, push, merge_group, ...);
                           alone, says whether that event has a diff at all
  --diff-source S          with --event: auto (default), api or git
  --force-all              select every entry
  --singlearch-shards N    split the single-arch matrix into N outputs
  --stages K               with rules.build.image: the Linux outputs in K
                           dependency-ordered stages too (default 1: none)
  --max-jobs N             per-matrix job limit (default 256)
  --format F               table (default, with reasons), json, github-output

Without changes, --base, --event or --force-all, the plan builds everything.
With --event the outputs are the ones the action wrote for that run.`;
async function plan_run(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
            'changed-file': { type: 'string', multiple: true },
            'changed-files-from': { type: 'string' },
            base: { type: 'string' },
            head: { type: 'string' },
            event: { type: 'string' },
            'event-name': { type: 'string' },
            'diff-source': { type: 'string' },
            'force-all': { type: 'boolean' },
            'published-image': { type: 'string' },
            'singlearch-shards': { type: 'string', default: '1' },
            stages: { type: 'string', default: '1' },
            'max-jobs': { type: 'string', default: '256' },
            format: { type: 'string', default: 'table' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return print(io, plan_help);
    const format = values.format;
    if (!['table', 'json', 'github-output'].includes(format))
        throw new UsageError(`unknown format "${format}"`);
    const shards = count('--singlearch-shards', values['singlearch-shards']);
    const maxJobs = count('--max-jobs', values['max-jobs']);
    const stages = count('--stages', values.stages);
    checkCombination(values);
    const matrixFile = values['matrix-file'];
    const matrix = load(matrixFile, io);
    for (const p of matrix.problems)
        io.err(`${paint(io, p)}\n`);
    if ((0,core_problems/* hasErrors */.Cs)(matrix.problems))
        throw new core_problems/* UserError */.yo(`${matrixFile} has errors`);
    const matrixPath = external_node_path_default().relative(io.cwd, external_node_path_default().resolve(io.cwd, matrixFile))
        .split((external_node_path_default()).sep)
        .join('/');
    const published = values.base === 'published' && !values['force-all']
        ? await publishedState(values, matrix, matrixPath, io)
        : undefined;
    const { change, source } = published
        ? { change: { kind: 'all', cause: '' }, source: 'published' }
        : await changeOf(values, matrix, matrixPath, io);
    const lineage = await lineageOf(matrix, io, values.head);
    const result = plan({ matrix, matrixPath, change, shards, maxJobs, lineage, stages, published });
    for (const w of result.warnings)
        io.err(`${paint(io, w)}\n`);
    if (format === 'github-output')
        io.out(result.outputs.map(([k, v]) => formatOutput(k, v)).join(''));
    else if (format === 'json')
        io.out(`${JSON.stringify(toJson(result, source), null, 2)}\n`);
    else
        io.out(table(result, matrix, source, io));
    return 0;
}
/** The lineage of `rules.build.image`, from the working tree's Dockerfiles (else git at the head). */
async function lineageOf(matrix, io, head = 'HEAD') {
    if (!matrix.rules?.build?.image)
        return undefined;
    const { readLineage, workspaceReader } = await __nccwpck_require__.e(/* import() */ 319).then(__nccwpck_require__.bind(__nccwpck_require__, 4319));
    const result = await readLineage(matrix, workspaceReader(io.cwd, head));
    for (const p of result?.problems ?? [])
        io.err(`${paint(io, p)}\n`);
    if (result && (0,core_problems/* hasErrors */.Cs)(result.problems))
        throw new core_problems/* UserError */.yo('the image lineage has a cycle');
    return result?.lineage;
}
function checkCombination(v) {
    if (v.base === 'published') {
        if (!v['published-image'])
            throw new UsageError('--base published needs --published-image T (like quay.io/org/images:main{tag-suffix})');
        if (v['changed-file'] || v['changed-files-from'] !== undefined)
            throw new UsageError('--base published and --changed-file(s) cannot be used together: the changes are found per image, since its published revision');
        if (v.event !== undefined)
            throw new UsageError('--base published plans a local revision (--head); it does not take --event');
        return;
    }
    if (v['published-image'] !== undefined)
        throw new UsageError('--published-image needs --base published');
    if (v.event !== undefined) {
        if (!v['event-name']) {
            throw new UsageError('--event needs --event-name (the event type, e.g. pull_request)');
        }
        if (v.head !== undefined) {
            throw new UsageError('--head is for a local diff (--base B --head H); with --event the payload names the head');
        }
        return;
    }
    if (v['diff-source'] !== undefined)
        throw new UsageError('--diff-source needs --event');
    if (v.head !== undefined && !v.base)
        throw new UsageError('--head needs --base');
}
/** The change, and where its file list came from (shown with the plan). */
async function changeOf(values, matrix, matrixPath, io) {
    const files = [...(values['changed-file'] ?? [])];
    const from = values['changed-files-from'];
    if (from !== undefined) {
        const text = from === '-' ? io.readStdin() : readText(external_node_path_default().resolve(io.cwd, from), from, io.cwd);
        files.push(...(parseChangedFiles(text.trim()) ?? []));
    }
    const given = files.length > 0 || from !== undefined;
    if (values.event !== undefined)
        return eventChange(values, given ? files : undefined, matrix, matrixPath, io);
    const forced = values['force-all'] ? decideAll('', true) : undefined;
    if (forced)
        return { change: { kind: 'all', cause: forced } };
    if (values.base)
        return localDiff(values.base, values.head ?? 'HEAD', files, matrix, matrixPath, io);
    if (given)
        return { change: { kind: 'files', files } };
    const event = values['event-name'];
    const cause = (event && decideAll(event, false)) ||
        'no changes were given (use --changed-file, --changed-files-from, --base or --event)';
    return { change: { kind: 'all', cause } };
}
/** The event table's run-all cause for an event without a payload, if it has one. */
function decideAll(eventName, forceAll) {
    const d = (0,events/* decide */.LD)({
        eventName,
        event: {},
        ref: '',
        sha: '',
        forceAll,
        changedFiles: undefined,
        base: '',
        diffSource: 'auto',
    });
    return d.kind === 'all' ? d.cause : undefined;
}
/** `--event`: the action's change detection on a saved payload, with the runner's variables. */
async function eventChange(values, changedFiles, matrix, matrixPath, io) {
    const env = process.env;
    const event = readEvent(values.event ?? '', io);
    const diffSource = values['diff-source'] ?? 'auto';
    if (!['auto', 'api', 'git'].includes(diffSource)) {
        throw new UsageError(`--diff-source must be auto, api or git, not "${diffSource}"`);
    }
    const checked = tokenOrWhyNot(env.GITHUB_TOKEN ?? '', 'GITHUB_TOKEN');
    if ('problem' in checked)
        throw new UsageError(checked.problem);
    const { token } = checked;
    const req = {
        eventName: values['event-name'] ?? '',
        event,
        // The payload's own ref (a push's) is the run's; a pull request's comes from the runner.
        ref: plan_text(event.ref) || env.GITHUB_REF || '',
        sha: env.GITHUB_SHA ?? '',
        forceAll: Boolean(values['force-all']),
        changedFiles,
        base: values.base ?? '',
        diffSource: diffSource,
        workspace: io.cwd,
        repository: env.GITHUB_REPOSITORY || plan_text(obj(event.repository).full_name),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        token,
        matrixPath,
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    };
    const ports = (0,adapters/* defaultPorts */.g)(req);
    if (!token) {
        ports.api = () => Promise.reject(new Error('GITHUB_TOKEN is not set, so the REST API was not asked'));
    }
    const found = await (0,detect/* findChange */.YC)(req, { rules: matrix.rules, ports });
    for (const n of found.notes)
        io.err(`note: ${terminalText(n)}\n`);
    for (const w of found.warnings)
        io.err(`warning: ${terminalText(w)}\n`);
    return { change: found.change, source: found.source };
}
/**
 * `--base B --head H`: the files of base...head, and every revision from git
 * at B and at H. The matrix file's entry diff compares the file at B with the
 * file at H; the entries planned are the working tree's, matched by identity.
 */
async function localDiff(base, head, files, matrix, matrixPath, io) {
    const ports = (0,adapters/* defaultPorts */.g)({ workspace: io.cwd, repository: '', apiUrl: '', token: '' });
    const git = await ports.git();
    let added;
    try {
        // base...head, as a pull request is diffed: what head changed since it left base.
        const list = await git.diff(base, head, { mergeBase: true });
        files.push(...list.files);
        added = list.added;
    }
    catch (err) {
        throw new core_problems/* UserError */.yo(err.message);
    }
    const revisions = new change_revisions/* Revisions */.h(new access/* Access */.v(ports), {
        base,
        head,
        added: new Set(added),
        workspaceHead: false,
        useApi: false,
    });
    const change = {
        kind: 'files',
        files,
        baseMatrix: await (0,detect/* baseMatrix */.$v)(matrixPath, files, revisions),
        schemas: await (0,schemas/* schemaVerdicts */.I)(matrix.rules, files, revisions),
    };
    if (change.baseMatrix && !('error' in change.baseMatrix)) {
        const atHead = await revisions.head(matrixPath);
        if ('error' in atHead)
            change.baseMatrix = { error: `at ${head}: ${atHead.error}` };
        // A matrix file the head deletes adds no entry.
        else
            change.headMatrix = { text: 'text' in atHead ? atHead.text : '' };
    }
    return { change, source: 'git' };
}
/** `--base published`: the registries' answers, and the changes since each published revision. */
async function publishedState(values, matrix, matrixPath, io) {
    const { readPublished } = await __nccwpck_require__.e(/* import() */ 690).then(__nccwpck_require__.bind(__nccwpck_require__, 6690));
    const ports = (0,adapters/* defaultPorts */.g)({ workspace: io.cwd, repository: '', apiUrl: '', token: '' });
    const env = process.env;
    const ms = (name) => env[name] && /^\d+$/.test(env[name] ?? '') ? Number(env[name]) : undefined;
    const read = await readPublished({
        template: values['published-image'] ?? '',
        head: values.head ?? 'HEAD',
        matrix,
        matrixPath,
        access: new access/* Access */.v(ports),
        useApi: false,
        workspaceHead: false,
        env,
        limits: {
            requestTimeoutMs: ms('BACKEND_MATRIX_REGISTRY_TIMEOUT_MS'),
            budgetMs: ms('BACKEND_MATRIX_REGISTRY_BUDGET_MS'),
            retryBaseMs: ms('BACKEND_MATRIX_REGISTRY_RETRY_MS'),
        },
    });
    for (const n of read.notes)
        io.err(`note: ${n}\n`);
    return read.state;
}
function readEvent(file, io) {
    const raw = readText(external_node_path_default().resolve(io.cwd, file), file, io.cwd);
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch (err) {
        throw new core_problems/* UserError */.yo(`the event payload ${file} is not valid JSON: ${err.message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new core_problems/* UserError */.yo(`the event payload ${file} must be a JSON object, as GITHUB_EVENT_PATH holds`);
    }
    return parsed;
}
const plan_text = (v) => (typeof v === 'string' ? v : '');
const obj = (v) => v && typeof v === 'object' ? v : {};
function count(flag, value) {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1)
        throw new UsageError(`${flag} must be a whole number of at least 1`);
    return n;
}
function toJson(p, source) {
    return {
        runAll: p.runAll,
        runAllCause: p.runAllCause ?? null,
        changedFiles: p.files,
        ignoredFiles: p.ignored,
        ...(source ? { source } : {}),
        selected: p.selected.map(({ entry, reasons }) => ({
            backend: entry.backend,
            'tag-suffix': entry.tagSuffix,
            'platform-tag': entry.platformTag,
            matrix: (0,core_outputs/* matrixOf */.lQ)(entry),
            ...(p.staging?.of.has(entry.tagSuffix) && entry.os === 'linux'
                ? { stage: p.staging.of.get(entry.tagSuffix) }
                : {}),
            reasons: reasons.map(core_select/* formatReason */.K9),
        })),
        skipped: p.skipped.map(core_select/* formatSkip */.fz),
        promoted: p.promoted.map((x) => ({
            'tag-suffix': x.tagSuffix,
            backend: x.entry.backend,
            source: x.source,
            revision: x.revision,
        })),
        outputs: Object.fromEntries(p.outputs.map(([k, v]) => [k, JSON.parse(v)])),
    };
}
const SOURCES = {
    api: 'the REST API',
    git: 'git',
    input: 'the given list',
};
function table(p, m, source, io) {
    const total = m.linux.length + m.darwin.length;
    const bold = (s) => (io.color ? `\u001b[1m${s}\u001b[0m` : s);
    const from = source && SOURCES[source] ? ` (from ${SOURCES[source]})` : '';
    const head = p.runAll
        ? `${m.file}: building all ${total} entries (${p.runAllCause})`
        : source === 'published'
            ? `${m.file}: ${p.selected.length} of ${total} entries selected against their published revisions, ${p.promoted.length} image(s) promoted`
            : `${m.file}: ${p.selected.length} of ${total} entries selected by ${p.files} changed file(s)${from}${p.ignored ? ` (${p.ignored} ignored)` : ''}`;
    const staged = p.staging !== undefined;
    const rows = [
        [...(staged ? ['STAGE'] : []), 'MATRIX', 'BACKEND', 'TAG-SUFFIX', 'PLATFORM', 'REASONS'],
    ];
    for (const { entry, reasons } of p.selected) {
        const stage = entry.os === 'linux' ? p.staging?.of.get(entry.tagSuffix) : undefined;
        const cells = [entry.backend, entry.tagSuffix, entry.platformTag || '-'];
        // Names and paths come from files: control characters are shown, not sent to the terminal.
        rows.push([
            ...(staged ? [stage === undefined ? '-' : String(stage)] : []),
            (0,core_outputs/* matrixOf */.lQ)(entry),
            ...cells,
            reasons.map(core_select/* formatReason */.K9).join('; '),
        ].map(snippet/* printable */.g$));
    }
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const lines = rows.map((r, n) => {
        const line = r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
        return n === 0 ? bold(line) : line;
    });
    const skipped = p.skipped.length
        ? `${bold('Not rebuilt:')}\n${p.skipped.map((s) => `  ${(0,snippet/* printable */.g$)((0,core_select/* formatSkip */.fz)(s))}`).join('\n')}\n\n`
        : '';
    const promoted = p.promoted.length
        ? `${bold('Promoted (unchanged since published):')}\n${promotedTable(p)}\n\n`
        : '';
    const merges = (es) => new Set(es.map((e) => e.tagSuffix)).size;
    const single = p.singlearch.flat();
    const shards = p.singlearch.length > 1
        ? ` in ${p.singlearch.length} shards (${p.singlearch.map((s) => s.length).join('/')})`
        : '';
    const stages = p.staging ? ` · ${p.staging.count} stage(s)` : '';
    const foot = `single-arch: ${single.length} jobs${shards}, ${merges(single)} merges · multi-arch: ${p.multiarch.length} jobs, ${merges(p.multiarch)} merges · macOS: ${p.darwin.length} jobs${stages}`;
    return `${bold((0,snippet/* printable */.g$)(head))}\n\n${p.selected.length ? `${lines.join('\n')}\n\n` : 'Nothing to build.\n\n'}${skipped}${promoted}${foot}\n`;
}
function promotedTable(p) {
    const rows = [['TAG-SUFFIX', 'BACKEND', 'REVISION', 'SOURCE']];
    for (const x of p.promoted)
        rows.push([x.tagSuffix, x.entry.backend, x.revision, x.source].map(snippet/* printable */.g$));
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows
        .map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')}`)
        .join('\n');
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/git/safe-directory.ts
var safe_directory = __nccwpck_require__(2481);
;// CONCATENATED MODULE: ./src/git/history.ts
/**
 * The local history as `replay` reads it: every first-parent commit of a range
 * with its changed files from one `git log` process, and old file versions
 * from one long-lived `git cat-file --batch` process.
 */





/** The whole log of a long range may take a while; a hung git must not hang the CLI forever. */
const LOG_TIMEOUT_MS = 10 * 60_000;
const SMALL_TIMEOUT_MS = 30_000;
function runGit(cwd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...(0,safe_directory/* gitConfig */.Pt)(cwd), ...args], {
            cwd,
            env: (0,safe_directory/* gitEnv */.gE)(),
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        const timer = setTimeout(() => child.kill(), opts.timeout ?? SMALL_TIMEOUT_MS);
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(new git.GitError(e.code === 'ENOENT' ? `git is not installed or ${cwd} is missing` : e.message));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const stderr = Buffer.concat(err).toString('utf8');
            // The command as the user would type it: our -c options are not theirs.
            const cmd = `git ${args.join(' ')}`;
            if (signal)
                return reject(new git.GitError(`${cmd} was stopped (${signal}), probably timed out`));
            if (code !== 0 && !opts.allowFailure)
                return reject((0,git.failure)({ stderr, code }, cmd, cwd));
            resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr });
        });
    });
}
class Repository {
    root;
    constructor(
    /** The working tree's top level: every path in the history is relative to it. */
    root) {
        this.root = root;
    }
    /** The repository holding `cwd`; a GitError says so when there is none. */
    static async open(cwd) {
        const r = await runGit(cwd, ['rev-parse', '--show-toplevel'], { allowFailure: true });
        if (r.code !== 0) {
            // Another user's repository: its config could run programs, so git (and this tool) refuse it.
            if (r.stderr.includes('dubious ownership'))
                throw (0,git.failure)(r, 'git rev-parse', cwd);
            const why = r.stderr
                .trim()
                .split('\n')[0]
                .replace(/^fatal: /, '');
            throw new git.GitError(`${cwd} is not in a git repository with a working tree (${why})`);
        }
        return new Repository(r.stdout.toString('utf8').trim());
    }
    git(args, opts) {
        return runGit(this.root, args, opts);
    }
    /** The commits a shallow clone was cut at (their parents are not here); empty for a full clone. */
    async shallowCommits() {
        const r = await this.git(['rev-parse', '--git-path', 'shallow']);
        const file = external_node_path_default().resolve(this.root, r.stdout.toString('utf8').trim());
        try {
            return new Set((await (0,promises_.readFile)(file, 'utf8')).split('\n').filter(Boolean));
        }
        catch {
            return new Set();
        }
    }
    async hasCommit(rev) {
        const r = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
            allowFailure: true,
        });
        return r.code === 0;
    }
    /**
     * The first-parent commits of the range, oldest first, each with its
     * changed files against its first parent (a merge: against the branch it
     * was merged into), from one `git log` process.
     */
    async firstParentHistory(req) {
        const shallow = await this.shallowCommits();
        let range = req.range ?? 'HEAD';
        let droppedStart;
        const sides = range.includes('...') ? undefined : range.split('..');
        if (sides && sides.length <= 2) {
            const [from, to = 'HEAD'] = sides.length === 2 ? sides : [undefined, sides[0]];
            if (!(await this.hasCommit((0,git.rev)(to || 'HEAD'))))
                throw new git.GitError(`unknown revision "${to}" in --range ${range}`);
            if (from !== undefined && from !== '' && !(await this.hasCommit((0,git.rev)(from)))) {
                if (!shallow.size)
                    throw new git.GitError(`unknown revision "${from}" in --range ${range}`);
                // The start was cut off by a shallow clone: replay back to where the clone ends.
                droppedStart = from;
                range = to || 'HEAD';
            }
        }
        else {
            (0,git.rev)(range);
        }
        const args = [
            'log',
            '-z',
            '--first-parent',
            '--diff-merges=first-parent',
            '--no-renames',
            '--raw',
            '--no-abbrev',
            '--no-ext-diff',
            '--no-textconv',
            '--no-show-signature',
            '--format=%x1e%H%x00%P%x00%cI%x00%s',
        ];
        if (req.since)
            args.push(`--since=${req.since}`);
        if (req.until)
            args.push(`--until=${req.until}`);
        if (req.maxCommits)
            args.push(`--max-count=${req.maxCommits}`);
        args.push('--end-of-options', range, '--');
        const { stdout } = await this.git(args, { timeout: LOG_TIMEOUT_MS });
        const commits = parseLog(stdout.toString('utf8')).reverse();
        let shallowEnd;
        for (const c of commits) {
            if (c.parent)
                continue;
            c.boundary = shallow.has(c.sha) ? 'shallow' : 'root';
            // A cut commit lists its whole tree as added: that is not what it changed.
            if (c.boundary === 'shallow') {
                c.files = [];
                c.blobs.clear();
                shallowEnd = { sha: c.sha, date: c.date, droppedStart };
            }
        }
        if (droppedStart && !shallowEnd) {
            const first = commits[0];
            if (first)
                shallowEnd = { sha: first.sha, date: first.date, droppedStart };
        }
        return { commits, shallowEnd };
    }
    /** A reader of file versions; close it when done. */
    blobs() {
        return new BlobReader(this.root);
    }
}
/**
 * `git log -z --raw` output: each commit starts with a record separator, then
 * hash, parents, date and subject separated by NULs, then for each changed
 * path a `:mode mode old new status` token (the first after a newline) and
 * the path. An all-zero blob id means the path is absent on that side.
 */
function parseLog(out) {
    const tokens = out.split('\0');
    const commits = [];
    let current;
    for (let i = 0; i < tokens.length;) {
        const t = tokens[i];
        if (t.startsWith('\u001e')) {
            const parents = tokens[i + 1] ?? '';
            current = {
                sha: t.slice(1),
                parent: parents.split(' ')[0] || undefined,
                date: tokens[i + 2] ?? '',
                subject: tokens[i + 3] ?? '',
                files: [],
                blobs: new Map(),
            };
            commits.push(current);
            i += 4;
            continue;
        }
        const raw = t.replace(/^\n/, '');
        i++;
        if (!raw.startsWith(':') || !current)
            continue;
        const [, , before, after, status] = raw.slice(1).split(' ');
        // Renames and copies (only if a config turns detection on) name two paths.
        const names = /^[RC]/.test(status ?? '') ? [tokens[i], tokens[i + 1]] : [tokens[i]];
        i += names.length;
        names.forEach((file, k) => {
            if (file === undefined || current.blobs.has(file))
                return;
            current.files.push(file);
            const blobs = { before: present(before), after: present(after) };
            // A rename's old name is gone afterwards; its new name was absent before.
            if (names.length === 2)
                blobs[k === 0 ? 'after' : 'before'] = undefined;
            current.blobs.set(file, blobs);
        });
    }
    return commits;
}
const present = (oid) => oid && !/^0+$/.test(oid) ? oid : undefined;
/**
 * One `git cat-file --batch` process: requests are written as they come and
 * answered in order, so many small reads cost no process start each.
 */
class BlobReader {
    root;
    child;
    pending = [];
    buffer = Buffer.alloc(0);
    parts = [];
    partsLength = 0;
    /** Bytes still to come before the blob being received is complete. */
    needed = 0;
    failure;
    constructor(root) {
        this.root = root;
    }
    /** The file's text at `rev` (a commit); undefined when the commit has no such file. */
    read(rev, file) {
        if (file.includes('\n'))
            return Promise.reject(new git.GitError(`cannot read "${file}": its name holds a line break`));
        return this.request(`${(0,git.rev)(rev)}:${file}`);
    }
    /** A blob's text by its id (as `FileBlobs` gives it); undefined when it is not a blob here. */
    blob(oid) {
        return this.request((0,git.rev)(oid));
    }
    request(name) {
        if (this.failure)
            return Promise.reject(this.failure);
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            child.stdin.write(`${name}\n`);
        });
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...(0,safe_directory/* gitConfig */.Pt)(this.root), 'cat-file', '--batch'], {
            cwd: this.root,
            env: (0,safe_directory/* gitEnv */.gE)(),
        });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
        child.stdout.on('data', (d) => this.receive(d));
        const fail = (why) => {
            this.failure = new git.GitError(`git cat-file --batch ${why}`);
            for (const p of this.pending.splice(0))
                p.reject(this.failure);
        };
        child.on('error', (e) => fail(`could not start: ${e.message}`));
        child.on('close', (code) => {
            if (this.pending.length)
                fail(`ended early (exit ${code}): ${stderr.trim().split('\n')[0]}`);
        });
        // Requests already queued when the process dies are answered by `fail`.
        child.stdin.on('error', () => undefined);
        this.child = child;
        return child;
    }
    receive(data) {
        // A large blob arrives in many pieces: gather them and join once it is complete.
        this.parts.push(data);
        this.partsLength += data.length;
        if (this.partsLength < this.needed)
            return;
        this.buffer = Buffer.concat([this.buffer, ...this.parts]);
        this.parts = [];
        this.partsLength = 0;
        this.needed = 0;
        for (;;) {
            const eol = this.buffer.indexOf(0x0a);
            if (eol < 0 || !this.pending.length)
                return;
            const header = this.buffer.subarray(0, eol).toString('utf8');
            const words = header.split(' ');
            const last = words[words.length - 1];
            if (last === 'missing' || last === 'ambiguous') {
                this.buffer = this.buffer.subarray(eol + 1);
                this.pending.shift().resolve(undefined);
                continue;
            }
            const end = eol + 1 + Number(last);
            if (this.buffer.length < end + 1) {
                this.needed = end + 1 - this.buffer.length;
                return;
            }
            const body = this.buffer.subarray(eol + 1, end);
            this.buffer = this.buffer.subarray(end + 1);
            // A directory at that path is no file to read.
            this.pending.shift().resolve(words[1] === 'blob' ? body.toString('utf8') : undefined);
        }
    }
}

;// CONCATENATED MODULE: ./src/replay/rule-set.ts





function ruleSet(file, rules, entries, sources) {
    return { file, rules, index: rules && new core_select/* RuleIndex */.PR(entries, rules, sources) };
}
/** The triggers that are not numbered rules, in report order. */
const TRIGGERS = ['dockerfile', 'matrix', 'closure', 'lineage'];
/**
 * The name a report gives the rule or trigger behind a reason:
 * `rules.sources[0]`, `rules.shared[2]`, `dockerfile`, `matrix`, `closure`, `run-all`.
 */
function ruleKey(r) {
    switch (r.kind) {
        case 'sources':
            return `rules.sources[${r.rule}]`;
        case 'shared':
            return `rules.shared[${r.rule}]`;
        default:
            return r.kind;
    }
}
/** Every rule and trigger of a set, in report order, fired or not. */
function ruleKeys(set) {
    if (!set.rules)
        return [];
    return [
        ...set.rules.sources.map((r) => `rules.sources[${r.index}]`),
        ...set.rules.shared.map((r) => `rules.shared[${r.index}]`),
        ...TRIGGERS,
    ];
}
/**
 * The rules in a `--compare-rules` file: a matrix file (its entries are not
 * used), a file holding a `rules:` key, or a bare rules mapping. Problems are
 * located in that file; any error is a UserError carrying them all.
 */
function loadCompareRules(text, file) {
    const problems = [];
    let source;
    try {
        source = yaml_source/* YamlSource */.rC.parse(text);
    }
    catch (err) {
        if (!(err instanceof yaml_source/* YamlSyntaxError */.nN))
            throw err;
        throw new core_problems/* UserError */.yo(`${file} is not valid YAML`, [
            { level: 'error', message: `invalid YAML: ${err.message}`, file, ...err.position },
        ]);
    }
    const root = source.value;
    const at = (path, which) => source.locate(path, which);
    if (!(0,core_entry/* isMapping */.pi)(root)) {
        throw new core_problems/* UserError */.yo(`${file} holds no rules`, [
            {
                level: 'error',
                message: 'expected a matrix file, a mapping with a `rules` key, or a rules mapping',
                file,
                ...at([]),
            },
        ]);
    }
    let prefix = [];
    let raw = root;
    if ('rules' in root) {
        prefix = ['rules'];
        raw = root.rules;
    }
    else if (!Object.keys(root).some((k) => core_rules/* RULES_KEYS */.R_.includes(k))) {
        throw new core_problems/* UserError */.yo(`${file} holds no rules`, [
            {
                level: 'error',
                message: `no \`rules\` key and none of ${core_rules/* RULES_KEYS */.R_.join(', ')} at the top level: nothing to compare with`,
                file,
                ...at([]),
            },
        ]);
    }
    const rules = (0,core_rules/* parseRules */.NR)(raw, (path, message, which) => problems.push({ level: 'error', message, file, ...at([...prefix, ...path], which) }));
    if ((0,core_problems/* hasErrors */.Cs)(problems))
        throw new core_problems/* UserError */.yo(`${file} has errors`, problems);
    return rules;
}

;// CONCATENATED MODULE: ./src/replay/summary.ts


const COSTLIEST = 10;
function jobsOf(c, set) {
    let linux = 0;
    for (const s of c.plans[set].selected)
        if (s.entry.os === 'linux')
            linux++;
    const total = c.plans[set].selected.length;
    return { linux, darwin: total - linux, total };
}
function summarize(r, set) {
    const n = r.commits.length;
    const linuxCount = r.entries.filter((e) => e.os === 'linux').length;
    const jobs = r.commits.map((c) => jobsOf(c, set));
    const figures = (pick) => stats(jobs.map(pick));
    const causes = new Map();
    const rules = new Map(ruleKeys(r.sets[set]).map((rule) => [rule, { rule, commits: [], jobs: 0, onlyJobs: 0 }]));
    const reached = new Set();
    r.commits.forEach((c, i) => {
        const plan = c.plans[set];
        if (plan.runAllCause !== undefined) {
            const list = causes.get(plan.runAllCause) ?? [];
            list.push(i);
            causes.set(plan.runAllCause, list);
            return;
        }
        for (const [rule, tally] of tallies(c, set)) {
            let f = rules.get(rule);
            if (!f)
                rules.set(rule, (f = { rule, commits: [], jobs: 0, onlyJobs: 0 }));
            f.commits.push(i);
            f.jobs += tally.jobs;
            f.onlyJobs += tally.only;
        }
        for (const s of plan.selected)
            reached.add(s.entry);
    });
    const order = jobs
        .map((j, i) => ({ i, jobs: j.total }))
        .filter((x) => x.jobs > 0)
        .sort((a, b) => b.jobs - a.jobs || b.i - a.i)
        .slice(0, COSTLIEST);
    const sum = (pick) => jobs.reduce((acc, j) => acc + pick(j), 0);
    return {
        commits: n,
        runAll: {
            commits: [...causes.values()].reduce((acc, l) => acc + l.length, 0),
            causes: [...causes].map(([cause, commits]) => ({ cause, commits })),
        },
        jobsPerCommit: {
            linux: figures((j) => j.linux),
            darwin: figures((j) => j.darwin),
            total: figures((j) => j.total),
        },
        jobs: { linux: sum((j) => j.linux), darwin: sum((j) => j.darwin), total: sum((j) => j.total) },
        everything: {
            linux: n * linuxCount,
            darwin: n * (r.entries.length - linuxCount),
            total: n * r.entries.length,
        },
        rules: [...rules.values()],
        neverSelected: r.entries.filter((e) => !reached.has(e)),
        costliest: order.map(({ i, jobs: total }) => ({
            commit: i,
            jobs: total,
            reasons: [...tallies(r.commits[i], set)]
                .map(([rule, t]) => ({ rule, jobs: t.jobs, example: t.example }))
                .sort((a, b) => b.jobs - a.jobs),
        })),
    };
}
/** Per rule key on one commit: entries it selected, entries only it selected, its first reason. */
function tallies(c, set) {
    const out = new Map();
    for (const { reasons } of c.plans[set].selected) {
        const keys = new Set();
        for (const reason of reasons) {
            const key = ruleKey(reason);
            if (keys.has(key))
                continue;
            keys.add(key);
            let t = out.get(key);
            if (!t)
                out.set(key, (t = { jobs: 0, only: 0, example: (0,core_select/* formatReason */.K9)(reason) }));
            t.jobs++;
        }
        if (keys.size === 1)
            out.get([...keys][0]).only++;
    }
    return out;
}
function stats(values) {
    if (!values.length)
        return { mean: 0, median: 0, p90: 0, max: 0 };
    const s = [...values].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return {
        mean: s.reduce((a, b) => a + b, 0) / s.length,
        median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2,
        p90: s[Math.ceil(0.9 * s.length) - 1],
        max: s[s.length - 1],
    };
}
function differences(r) {
    return r.commits.map((c, i) => {
        const [a, b] = c.plans;
        const inA = new Set(a.selected.map((s) => s.entry));
        const inB = new Set(b.selected.map((s) => s.entry));
        return {
            commit: i,
            these: inA.size,
            other: inB.size,
            onlyOther: b.selected.map((s) => s.entry).filter((e) => !inA.has(e)),
            onlyThese: a.selected.map((s) => s.entry).filter((e) => !inB.has(e)),
        };
    });
}
function report(r) {
    const diffs = r.sets.length > 1 ? differences(r) : undefined;
    return {
        replay: r,
        summaries: r.sets.map((_, i) => summarize(r, i)),
        differences: diffs,
        underBuilds: diffs?.filter((d) => d.onlyOther.length) ?? [],
    };
}

;// CONCATENATED MODULE: ./src/replay/json.ts


const JSON_VERSION = 1;
const id = (e) => ({
    backend: e.backend,
    'tag-suffix': e.tagSuffix,
    'platform-tag': e.platformTag,
    os: e.os,
});
const round = (f) => ({ ...f, mean: Math.round(f.mean * 100) / 100 });
function json_toJson(rep) {
    const r = rep.replay;
    const sha = (i) => r.commits[i].commit.sha;
    const plan = (p, c, set) => ({
        runAll: p.runAllCause !== undefined,
        runAllCause: p.runAllCause ?? null,
        jobs: jobsOf(r.commits[c], set),
        selected: p.selected.map(({ entry, reasons }) => ({
            ...id(entry),
            reasons: reasons.map(core_select/* formatReason */.K9),
        })),
        skipped: p.skipped.map((s) => ({
            rule: `rules.shared[${s.rule}]`,
            file: s.file,
            summary: s.summary,
        })),
    });
    const summary = (s) => ({
        commits: s.commits,
        runAll: {
            commits: s.runAll.commits,
            causes: s.runAll.causes.map((c) => ({ cause: c.cause, commits: c.commits.map(sha) })),
        },
        jobsPerCommit: {
            linux: round(s.jobsPerCommit.linux),
            darwin: round(s.jobsPerCommit.darwin),
            total: round(s.jobsPerCommit.total),
        },
        jobs: s.jobs,
        everything: s.everything,
        rules: s.rules.map((f) => ({
            rule: f.rule,
            commits: f.commits.map(sha),
            jobs: f.jobs,
            onlyJobs: f.onlyJobs,
        })),
        neverSelected: s.neverSelected.map(id),
        costliest: s.costliest.map((c) => ({
            sha: sha(c.commit),
            subject: r.commits[c.commit].commit.subject,
            jobs: c.jobs,
            reasons: c.reasons,
        })),
    });
    const other = r.sets[1];
    return {
        version: JSON_VERSION,
        matrixFile: r.matrixFile,
        entries: {
            linux: r.entries.filter((e) => e.os === 'linux').length,
            darwin: r.entries.filter((e) => e.os === 'darwin').length,
        },
        range: {
            range: r.request.range ?? 'HEAD',
            since: r.request.since ?? null,
            until: r.request.until ?? null,
            maxCommits: r.request.maxCommits ?? null,
            shallowEnd: r.shallowEnd
                ? {
                    sha: r.shallowEnd.sha,
                    date: r.shallowEnd.date,
                    droppedStart: r.shallowEnd.droppedStart ?? null,
                }
                : null,
        },
        rules: { file: r.sets[0].file, summary: summary(rep.summaries[0]) },
        compareRules: other ? { file: other.file, summary: summary(rep.summaries[1]) } : null,
        underBuilds: rep.underBuilds.map((d) => ({
            sha: sha(d.commit),
            onlyOther: d.onlyOther.map(id),
        })),
        commits: r.commits.map((c, i) => ({
            sha: c.commit.sha,
            parent: c.commit.parent ?? null,
            date: c.commit.date,
            subject: c.commit.subject,
            changedFiles: c.commit.files.length,
            ...plan(c.plans[0], i, 0),
            compare: other
                ? {
                    ...plan(c.plans[1], i, 1),
                    onlyThese: rep.differences[i].onlyThese.map(id),
                    onlyOther: rep.differences[i].onlyOther.map(id),
                }
                : null,
        })),
    };
}

;// CONCATENATED MODULE: ./src/replay/matrix-items.ts

const LIST_KEYS = ['include', 'includeDarwin'];
/** Characters that can make an item depend on text outside it. */
const NOT_SELF_CONTAINED = /[&*!]|<</;
/** More new items than this in one revision: one whole parse is cheaper. */
const MAX_ITEM_PARSES = 40;
/**
 * Cuts the block-list items of `include` and `includeDarwin` out of the text,
 * each as its verbatim lines; undefined when the text is not of the simple
 * shape this needs.
 */
function splitItems(text) {
    if (text.includes('\r') || /^(%|---|\.\.\.)/m.test(text))
        return undefined;
    const lines = text.split('\n');
    const skeleton = [];
    const items = [];
    let list;
    let indent = -1;
    let current;
    const flush = () => {
        if (!current || !list)
            return true;
        const itemText = current.join('\n');
        current = undefined;
        if (NOT_SELF_CONTAINED.test(itemText))
            return false;
        items.push({ list, text: itemText });
        return true;
    };
    for (const line of lines) {
        const blank = /^\s*(#.*)?$/.test(line);
        if (list) {
            const lead = line.length - line.trimStart().length;
            const starts = /^ *-( |$)/.test(line);
            if (!blank && indent < 0) {
                if (!starts)
                    return undefined;
                indent = lead;
            }
            if (!blank && starts && lead === indent) {
                if (!flush())
                    return undefined;
                current = [line];
                continue;
            }
            if (blank || lead > indent) {
                if (current)
                    current.push(line);
                else
                    skeleton.push(line);
                continue;
            }
            if (lead !== 0)
                return undefined;
            if (!flush())
                return undefined;
            list = undefined;
        }
        const key = /^(include|includeDarwin):\s*(#.*)?$/.exec(line);
        if (key) {
            list = key[1];
            indent = -1;
        }
        skeleton.push(line);
    }
    if (!flush())
        return undefined;
    return { skeleton: skeleton.join('\n'), items };
}
/** Parsed items by list and text: an item's entry, or null when it is no valid entry. */
class MatrixItems {
    items = new Map();
    /**
     * The revision's entries, as `loadMatrixFile(text).linux/darwin` would give
     * them (positions aside); an Error when the text is not valid YAML.
     */
    entries(text, file) {
        const split = splitItems(text);
        const missing = split?.items.filter((i) => !this.items.has(key(i.list, i.text))) ?? [];
        if (!split || missing.length > MAX_ITEM_PARSES)
            return this.whole(text, file, split);
        // The skeleton must parse, and must hold no list item the cut missed.
        const skeleton = loadMatrixFile(split.skeleton, file).source;
        if (!skeleton || LIST_KEYS.some((k) => hasItems(skeleton.value, k)))
            return this.whole(text, file, undefined);
        for (const item of missing) {
            const prefix = item.list === 'include' ? 'include:\n' : 'include: []\nincludeDarwin:\n';
            const m = loadMatrixFile(`${prefix}${item.text}\n`, file);
            if (!m.source)
                return this.whole(text, file, undefined);
            this.items.set(key(item.list, item.text), [...m.linux, ...m.darwin][0] ?? null);
        }
        const linux = [];
        const darwin = [];
        for (const item of split.items) {
            const e = this.items.get(key(item.list, item.text));
            if (e)
                (e.os === 'linux' ? linux : darwin).push(e);
        }
        return { linux, darwin };
    }
    /** One whole parse; its entries also fill the cache when the items could be cut out. */
    whole(text, file, split) {
        const m = loadMatrixFile(text, file);
        if (!m.source) {
            const p = m.problems[0];
            return new Error(`${file} is not valid YAML${p ? ` (line ${p.line}: ${p.message})` : ''}, so its entry edits are unknown`);
        }
        if (split && LIST_KEYS.every((k) => itemCount(m.source.value, k) === matrix_items_count(split, k))) {
            const byList = { include: m.linux, includeDarwin: m.darwin };
            const seen = { include: 0, includeDarwin: 0 };
            for (const item of split.items) {
                const index = seen[item.list]++;
                const e = byList[item.list].find((x) => x.index === index) ?? null;
                this.items.set(key(item.list, item.text), e);
            }
        }
        return { linux: m.linux, darwin: m.darwin };
    }
}
const key = (list, text) => `${list}\u0000${text}`;
function itemCount(root, list) {
    const v = root && typeof root === 'object' ? root[list] : undefined;
    return Array.isArray(v) ? v.length : 0;
}
const hasItems = (root, list) => itemCount(root, list) > 0;
const matrix_items_count = (split, list) => split.items.filter((i) => i.list === list).length;

;// CONCATENATED MODULE: ./src/replay/revisions.ts


const revisions_short = (sha) => sha.slice(0, 12);
/**
 * A commit against its first parent, as change detection reads a diff's base
 * and head: by the blob ids the log gave, so a file the commit adds is absent
 * at the base without asking git.
 */
class CommitRevisions {
    blobs;
    commit;
    constructor(blobs, commit) {
        this.blobs = blobs;
        this.commit = commit;
    }
    base(path) {
        return this.read(this.commit.parent, path, 'before', `the change adds ${path}`);
    }
    head(path) {
        return this.read(this.commit.sha, path, 'after', `the change deletes ${path}`);
    }
    async read(rev, path, side, absent) {
        const known = this.commit.blobs.get(path);
        try {
            if (known && !known[side])
                return { absent: true, why: absent };
            const text = known ? await this.blobs.blob(known[side]) : await this.blobs.read(rev, path);
            return text === undefined ? { absent: true, why: absent } : { text };
        }
        catch (err) {
            return { error: `${path} at ${revisions_short(rev)}: ${err.message}` };
        }
    }
}
/**
 * Reads and parses the matrix file's revisions by blob id, keeping the last
 * few: the file after one edit is the file before the next.
 */
class MatrixHistory {
    blobs;
    matrixPath;
    parsed = new Map();
    items = new MatrixItems();
    /** Working tree entries by list and identity. */
    current = new Map();
    constructor(blobs, matrixPath, entries) {
        this.blobs = blobs;
        this.matrixPath = matrixPath;
        for (const e of entries)
            this.current.set(listIdentity(e), e);
    }
    /**
     * The identities this commit itself added or changed, against its first
     * parent, mapped to the working tree's entries with those identities.
     */
    async editsOf(commit) {
        const blobs = commit.blobs.get(this.matrixPath);
        const [before, after] = await Promise.all([
            this.at(commit.parent, blobs?.before),
            this.at(commit.sha, blobs?.after),
        ]);
        if (before instanceof Error)
            return { runAll: `at the parent: ${before.message}` };
        if (after instanceof Error)
            return { runAll: after.message };
        // A deleted matrix file adds nothing; removed entries select nothing.
        if (!after)
            return { edits: new Map() };
        // A matrix file the commit adds makes every entry in it new.
        return { edits: editsOnto(before ?? { linux: [], darwin: [] }, after, this.current) };
    }
    /** The file at `rev`, whose blob is `oid` (undefined: absent there). */
    at(rev, oid) {
        if (!oid)
            return Promise.resolve(undefined);
        let p = this.parsed.get(oid);
        if (!p) {
            p = this.load(rev, oid);
            this.parsed.set(oid, p);
            // An edit's parent is the previous edit's result: a few revisions are enough.
            if (this.parsed.size > 4)
                this.parsed.delete(this.parsed.keys().next().value);
        }
        return p;
    }
    async load(rev, oid) {
        const where = `${this.matrixPath} at ${revisions_short(rev)}`;
        let text;
        try {
            text = await this.blobs.blob(oid);
        }
        catch (err) {
            return new Error(`${where} could not be read (${err.message})`);
        }
        if (text === undefined)
            return new Error(`${where} could not be read (blob ${revisions_short(oid)} is missing)`);
        return this.items.entries(text, where);
    }
}

;// CONCATENATED MODULE: ./src/replay/replay.ts





const ROOT_CAUSE = "the repository's first commit has no parent to compare it with";
async function replay(input) {
    const { repo, entries, sets } = input;
    const history = await repo.firstParentHistory(input.request);
    // The commit a shallow clone was cut at has unknown changes: it is not replayed.
    const commits = history.commits.filter((c) => c.boundary !== 'shallow');
    const blobs = repo.blobs();
    const matrixPath = (0,globs/* normalizePath */.Fd)(input.matrixPath);
    const matrices = new MatrixHistory(blobs, matrixPath, entries);
    const noRules = `${input.matrixFile} has no \`rules\` section, so changes cannot be mapped to entries`;
    const replayed = [];
    try {
        input.progress?.(0, commits.length);
        for (const commit of commits) {
            const { parent } = commit;
            if (!parent) {
                replayed.push({ commit, plans: sets.map(() => everything(entries, ROOT_CAUSE)) });
            }
            else {
                const withParent = { ...commit, parent };
                const files = sets.map((s) => (s.rules ? (0,core_select/* relevantFiles */.xv)(commit.files, s.rules.ignore) : []));
                const edits = files.some((f) => f.includes(matrixPath))
                    ? await matrices.editsOf(withParent)
                    : undefined;
                const schemas = await verdicts(sets, files, new CommitRevisions(blobs, withParent));
                const plans = sets.map((set, i) => set.index
                    ? planCommit(set, set.index, files[i], edits && files[i].includes(matrixPath) ? edits : undefined, schemas)
                    : everything(entries, noRules));
                replayed.push({ commit, plans });
            }
            input.progress?.(replayed.length, commits.length);
        }
    }
    finally {
        blobs.close();
    }
    return {
        matrixFile: input.matrixFile,
        matrixPath,
        entries,
        sets,
        request: input.request,
        shallowEnd: history.shallowEnd,
        commits: replayed,
    };
}
/** Verdicts on every guarded file of the commit, each schema compared once for all rule sets. */
async function verdicts(sets, files, revisions) {
    const all = new Map();
    for (const [i, set] of sets.entries()) {
        if (!set.rules)
            continue;
        const todo = (0,core_select/* schemaFiles */.rx)(set.rules, files[i]).filter((f) => !all.has(f));
        if (!todo.length)
            continue;
        for (const [f, v] of await (0,schemas/* schemaVerdicts */.I)(set.rules, todo, revisions))
            all.set(f, v);
    }
    return all;
}
function planCommit(set, index, files, edits, schemas) {
    if (edits && 'runAll' in edits)
        return everything(index.entries, edits.runAll);
    const selection = index.select(files, edits?.edits, schemas);
    if (set.lineage)
        (0,lineage.selectDescendants)(selection, set.lineage, index.entries);
    return {
        runAllCause: undefined,
        selected: (0,core_select/* inOrder */.al)(selection, index.entries),
        skipped: selection.skipped,
    };
}
function everything(entries, cause) {
    const reason = { kind: 'run-all', cause };
    return {
        runAllCause: cause,
        selected: entries.map((entry) => ({ entry, reasons: [reason] })),
        skipped: [],
    };
}

// EXTERNAL MODULE: ./src/replay/table.ts
var replay_table = __nccwpck_require__(8003);
;// CONCATENATED MODULE: ./src/cli/replay.ts
/** `backend-matrix replay`: what the rules cost over the local history, and what a rules change would do. */












const FORMATS = ['table', 'json', 'html'];
const replay_help = `Usage: backend-matrix replay [options]

Applies the working tree's matrix file and rules to each first-parent commit
of the local history (each commit against its first parent) and reports what
the rules cost: jobs per commit, per rule, the costliest commits.

  --matrix-file F        matrix file (default ${DEFAULT_MATRIX})
  --range A..B           commits to replay (default HEAD: all of its history)
  --since DATE           only commits after DATE ("6 months ago", 2025-01-31)
  --until DATE           only commits before DATE
  --max-commits N        only the N most recent commits of the range
  --compare-rules FILE   also replay the rules in FILE (a matrix file, a file
                         with a rules: key, or a rules mapping) and list every
                         commit where they select an entry these rules do not
  --format F             table (default), json, html (one self-contained page)
  --output FILE          write the report to FILE instead of stdout`;
async function replay_run(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            'matrix-file': { type: 'string', default: DEFAULT_MATRIX },
            range: { type: 'string' },
            since: { type: 'string' },
            until: { type: 'string' },
            'max-commits': { type: 'string' },
            'compare-rules': { type: 'string' },
            format: { type: 'string', default: 'table' },
            output: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return print(io, replay_help);
    const format = values.format;
    if (!FORMATS.includes(format))
        throw new UsageError(`unknown format "${format}" (${FORMATS.join(', ')})`);
    const request = {
        range: replay_option('--range', values.range),
        since: replay_option('--since', values.since),
        until: replay_option('--until', values.until),
        maxCommits: values['max-commits'] === undefined
            ? undefined
            : whole('--max-commits', values['max-commits']),
    };
    const matrixFile = values['matrix-file'];
    const matrix = load(matrixFile, io);
    for (const p of matrix.problems)
        io.err(`${paint(io, p)}\n`);
    if ((0,core_problems/* hasErrors */.Cs)(matrix.problems))
        throw new core_problems/* UserError */.yo(`${matrixFile} has errors`);
    const entries = [...matrix.linux, ...matrix.darwin];
    const sets = [ruleSet(matrixFile, matrix.rules, entries, matrix.sources)];
    const compareFile = values['compare-rules'];
    if (compareFile !== undefined) {
        const text = readText(external_node_path_default().resolve(io.cwd, compareFile), compareFile, io.cwd);
        sets.push(ruleSet(compareFile, loadCompareRules(text, compareFile), entries));
    }
    await withLineage(sets, matrix, io);
    const repo = await gitStep(() => Repository.open(io.cwd));
    const matrixPath = repoPath(repo.root, external_node_path_default().resolve(io.cwd, matrixFile), matrixFile);
    const progress = io.errIsTty ? progressLine(io) : undefined;
    const result = await gitStep(() => replay({ repo, matrixFile, matrixPath, entries, sets, request, progress: progress?.update })).finally(() => progress?.end());
    const rep = report(result);
    if (result.shallowEnd)
        io.err(`backend-matrix: warning: ${(0,replay_table/* shallowNote */.x7)(rep)}\n`);
    if (!result.commits.length) {
        const filters = [
            request.since && `since ${request.since}`,
            request.until && `until ${request.until}`,
        ].filter(Boolean);
        throw new core_problems/* UserError */.yo(`no commits to replay in ${request.range ?? 'HEAD'}${filters.length ? ` (${filters.join(', ')})` : ''}`);
    }
    const text = format === 'json'
        ? `${JSON.stringify(json_toJson(rep), null, 2)}\n`
        : format === 'html'
            ? (await __nccwpck_require__.e(/* import() */ 794).then(__nccwpck_require__.bind(__nccwpck_require__, 3794))).renderHtml(rep)
            : (0,replay_table/* renderTable */.bo)(rep, { color: io.color && values.output === undefined });
    if (values.output === undefined)
        io.out(text);
    else {
        try {
            (0,external_node_fs_.writeFileSync)(external_node_path_default().resolve(io.cwd, values.output), text);
        }
        catch (err) {
            throw new core_problems/* UserError */.yo(`cannot write ${values.output}: ${err.message}`);
        }
    }
    return 0;
}
/** Each rule set with `build.image` gets the working tree's lineage under it. */
async function withLineage(sets, matrix, io) {
    if (!sets.some((s) => s.rules?.build?.image))
        return;
    const { readLineage, workspaceReader } = await __nccwpck_require__.e(/* import() */ 319).then(__nccwpck_require__.bind(__nccwpck_require__, 4319));
    for (const set of sets) {
        if (!set.rules?.build?.image)
            continue;
        const result = await readLineage({ ...matrix, rules: set.rules }, workspaceReader(io.cwd));
        for (const p of result?.problems ?? [])
            io.err(`${paint(io, p)}\n`);
        if (result && (0,core_problems/* hasErrors */.Cs)(result.problems))
            throw new core_problems/* UserError */.yo(`the image lineage of ${set.file} has a cycle`);
        set.lineage = result?.lineage;
    }
}
/** git's failures are the user's to fix (no repository, unknown revision): a message, exit 1. */
async function gitStep(step) {
    try {
        return await step();
    }
    catch (err) {
        if (err instanceof git.GitError)
            throw new core_problems/* UserError */.yo(err.message);
        throw err;
    }
}
/** The matrix file's path from the repository's top level, as the history names it. */
function repoPath(root, full, shown) {
    const real = (p) => {
        try {
            return external_node_path_default().join((0,external_node_fs_.realpathSync)(external_node_path_default().dirname(p)), external_node_path_default().basename(p));
        }
        catch {
            return p;
        }
    };
    const rel = external_node_path_default().relative((0,external_node_fs_.realpathSync)(root), real(full));
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        throw new core_problems/* UserError */.yo(`${shown} is outside the repository at ${root}, so its history cannot be read`);
    return rel.split((external_node_path_default()).sep).join('/');
}
function replay_option(flag, value) {
    if (value === undefined)
        return undefined;
    if (!value.trim() || value.startsWith('-'))
        throw new UsageError(`${flag} needs a value, not "${value}"`);
    return value;
}
function whole(flag, value) {
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new UsageError(`${flag} must be a whole number of at least 1`);
    return Number(value);
}
/** One line on stderr, rewritten in place: commits done of the total, and time so far. */
function progressLine(io) {
    const started = performance.now();
    let shown = 0;
    let drawn = false;
    return {
        update(done, total) {
            const now = performance.now();
            if (done !== total && done !== 0 && now - shown < 100)
                return;
            shown = now;
            drawn = true;
            io.err(`\r\u001b[Kreplay: ${done}/${total} commits, ${((now - started) / 1000).toFixed(1)} s`);
        },
        end() {
            if (drawn)
                io.err('\r\u001b[K');
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/validate.ts
/** `backend-matrix validate`: the matrix file's problems, as file:line:col lines. */




const validate_help = `Usage: backend-matrix validate [FILE] [--matrix-file F] [--format text|json]
                         [--lineage] [--stages K]

Checks FILE (or F; default ${DEFAULT_MATRIX}) and prints file:line:col: level: message
for each problem (--format json: one object with the counts and every problem).
With rules.build.image, --lineage also reads the Dockerfiles and prints which
images build on which (a cycle is an error), and --stages K warns when building
every image takes more than K stages.
Exit 1 when there are errors, 0 otherwise.`;
function validate_run(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            'matrix-file': { type: 'string' },
            format: { type: 'string', default: 'text' },
            lineage: { type: 'boolean' },
            stages: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return print(io, validate_help);
    if (positionals.length > 1)
        throw new UsageError('validate takes one file');
    if (positionals.length && values['matrix-file'] !== undefined)
        throw new UsageError('give the file once: as FILE or as --matrix-file');
    if (!['text', 'json'].includes(values.format))
        throw new UsageError(`unknown format "${values.format}"`);
    const matrix = load(positionals[0] ?? values['matrix-file'] ?? DEFAULT_MATRIX, io);
    // Every problem, however many: only the action's annotations are capped.
    const problems = [...matrix.problems];
    const format = values.format;
    if (!values.lineage && values.stages === undefined)
        return validate_report(matrix, io, format, problems);
    return lineageProblems(matrix, io, values.stages, problems).then((tree) => validate_report(matrix, io, format, problems, values.lineage ? tree : undefined));
}
function validate_report(matrix, io, format, problems, tree) {
    const errors = problems.filter((p) => p.level === 'error').length;
    if (format === 'json') {
        const counts = { linux: matrix.linux.length, darwin: matrix.darwin.length, errors };
        const report = { file: matrix.file, ...counts, warnings: problems.length - errors, problems };
        if (tree !== undefined)
            Object.assign(report, { lineage: tree });
        io.out(`${JSON.stringify(report, null, 2)}\n`);
        return errors ? 1 : 0;
    }
    for (const p of problems)
        io.err(`${paint(io, p)}\n`);
    if (tree)
        io.out(tree);
    io.out(`${(0,snippet/* printable */.g$)(matrix.file)}: ${matrix.linux.length} Linux and ${matrix.darwin.length} macOS entries, ${errors} error(s), ${problems.length - errors} warning(s)\n`);
    return errors ? 1 : 0;
}
/** Reads the lineage (when asked): its problems join the file's; returns the tree. */
async function lineageProblems(matrix, io, stagesText, problems) {
    const stages = stagesText === undefined ? undefined : Number(stagesText);
    if (stages !== undefined && (!/^\d+$/.test(stagesText) || stages < 1))
        throw new UsageError('--stages must be a whole number of at least 1');
    if (!matrix.rules?.build?.image) {
        problems.push({
            level: 'warning',
            file: matrix.file,
            line: 0,
            col: 0,
            message: 'no rules.build.image: without it there is no image lineage to read',
        });
        return 'No image lineage: the matrix file has no rules.build.image.\n';
    }
    if ((0,core_problems/* hasErrors */.Cs)(matrix.problems))
        return '';
    const [{ readLineage, workspaceReader }, { renderLineage }, { lineageDepth }] = await Promise.all([__nccwpck_require__.e(/* import() */ 319).then(__nccwpck_require__.bind(__nccwpck_require__, 4319)), __nccwpck_require__.e(/* import() */ 980).then(__nccwpck_require__.bind(__nccwpck_require__, 2980)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 654))]);
    const result = await readLineage(matrix, workspaceReader(io.cwd));
    if (!result)
        return '';
    problems.push(...result.problems);
    const depth = (0,core_problems/* hasErrors */.Cs)(result.problems) ? 0 : lineageDepth(result.lineage);
    if (stages !== undefined && depth > stages) {
        problems.push({
            level: 'warning',
            file: matrix.file,
            ...(matrix.source?.locate(['rules', 'build', 'image']) ?? { line: 0, col: 0 }),
            message: `building every image takes ${depth} stages, more than --stages ${stages}: a change to the deepest parent would fail the plan; set stages to at least ${depth} and add the stage jobs`,
        });
    }
    return renderLineage(result.lineage);
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * `backend-matrix`: preview a plan, validate, audit, scaffold and replay
 * locally, with the same core the action runs.
 */









/** Every command; each module exports its `help` and `run`. */
const COMMANDS = {
    plan: cli_plan_namespaceObject,
    validate: validate_namespaceObject,
    replay: cli_replay_namespaceObject,
    audit: audit_namespaceObject,
    init: cli_init_namespaceObject,
};
const HELP = `backend-matrix ${VERSION}: plan container builds from a backend matrix file

Usage:
  backend-matrix plan [options]      show what a change would build, and why
  backend-matrix validate [FILE]     check a matrix file (exit 1 on errors)
  backend-matrix replay [options]    what the rules cost over the local history
  backend-matrix audit [--strict]    find Dockerfile inputs no rule maps
  backend-matrix init [--write]      propose rules for a matrix file without them
  backend-matrix --version | --help

Run "backend-matrix COMMAND --help" for a command's options.
Exit codes: 0 success, 1 errors in the matrix file or the plan, 2 bad usage.`;
async function main(argv, io) {
    const [name, ...rest] = argv;
    const command = name ? COMMANDS[name] : undefined;
    try {
        if (name === '--version' || name === '-V')
            return print(io, VERSION);
        if (!name || name === '--help' || name === '-h' || name === 'help')
            return print(io, HELP);
        if (!command)
            throw new UsageError(`unknown command "${name}"`);
        // Commands read YAML in many places (revisions, rules files, init); one load serves them all.
        await (0,yaml_source/* loadYaml */.yv)();
        return await command.run(rest, io);
    }
    catch (err) {
        if (err instanceof UsageError ||
            err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.err(`backend-matrix: ${terminalText(err.message)}\n${command?.help ?? HELP}\n`);
            return 2;
        }
        if (err instanceof core_problems/* UserError */.yo) {
            for (const p of err.problems)
                io.err(`${paint(io, p)}\n`);
            io.err(`backend-matrix: ${terminalText(err.message)}\n`);
            return 1;
        }
        // git refusing a repository (another user's) or failing: its message says what to do.
        if (err instanceof git.GitError) {
            io.err(`backend-matrix: ${terminalText(err.message)}\n`);
            return 1;
        }
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/cli/bin.ts


const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
main(process.argv.slice(2), {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    readStdin: () => (0,external_node_fs_.readFileSync)(0, 'utf8'),
    color,
    cwd: process.cwd(),
    errIsTty: Boolean(process.stderr.isTTY),
}).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`backend-matrix: unexpected failure: ${err?.message ?? String(err)}\n`);
    process.exitCode = 1;
});

