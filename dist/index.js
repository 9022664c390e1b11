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

/***/ 1740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ PR_FILES_PER_PAGE),
/* harmony export */   M3: () => (/* binding */ PR_FILES_CAP),
/* harmony export */   mA: () => (/* binding */ firstWave),
/* harmony export */   oW: () => (/* binding */ REQUEST_SENT_CHANNELS),
/* harmony export */   pP: () => (/* binding */ COMPARE_FILES_CAP),
/* harmony export */   qt: () => (/* binding */ PAGES_IN_FLIGHT)
/* harmony export */ });
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

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ selectDescendants),
/* harmony export */   _2: () => (/* binding */ buildLineage),
/* harmony export */   dM: () => (/* binding */ stageSelection)
/* harmony export */ });
/* unused harmony exports normalizeReference, descendantsOf, stagesOf, lineageDepth */
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

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   yA: () => (/* binding */ capText)
/* harmony export */ });
/* unused harmony export TEXT_CAP */
/**
 * Text from files (the matrix file, Dockerfiles, file names) made inert in the
 * step summary: no tags, links, emphasis or broken tables. One set of
 * functions for every section, so no section escapes less than another.
 */
/** Longest message or reason quoted whole; the rest is cut with an ellipsis. */
const TEXT_CAP = 2_000;
const capText = (s) => s.length > TEXT_CAP ? `${s.slice(0, TEXT_CAP)}… (${s.length - TEXT_CAP} more characters)` : s;
/** Inside HTML (a `<details>` line, a `<code>` cell). */
const escapeHtml = (s) => capText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\[/g, '&#91;')
    .replace(/\]/g, '&#93;')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
/** In Markdown text and table cells. */
const escapeMarkdown = (s) => escapeHtml(s).replace(/[|\\`*]/g, '\\$&');


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export formatProblem */
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

/***/ 1688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ toTemplate),
/* harmony export */   Ly: () => (/* binding */ expandTemplate),
/* harmony export */   NI: () => (/* binding */ rebuildSelects),
/* harmony export */   NR: () => (/* binding */ parseRules),
/* harmony export */   bl: () => (/* binding */ emptyRules),
/* harmony export */   de: () => (/* binding */ selectorMatches),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony exports UNLESS_VALUES, RULES_KEYS */
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
/* harmony export */   UA: () => (/* binding */ snippet)
/* harmony export */ });
/* unused harmony exports printable, SNIPPET_CHARS */
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
/* harmony export */   O9: () => (/* binding */ withYaml),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   nN: () => (/* binding */ YamlSyntaxError),
/* harmony export */   rC: () => (/* binding */ YamlSource)
/* harmony export */ });
/* unused harmony exports YamlNotLoaded, loadYaml */
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
    yamlDocument ??= await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(704)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6704));
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
/* harmony export */   I: () => (/* binding */ trustWorkspace),
/* harmony export */   Pt: () => (/* binding */ gitConfig),
/* harmony export */   gE: () => (/* binding */ gitEnv)
/* harmony export */ });
/* unused harmony export realDir */
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/action/toolkit.ts
/**
 * The parts of @actions/core a run uses: inputs, log lines, groups, masks,
 * annotations and the step summary, from the toolkit's own command, utils
 * and summary modules.
 *
 * Why not `import * as core from '@actions/core'`: its index also imports
 * the OIDC client, which loads @actions/http-client and undici, and undici
 * instantiates its WebAssembly HTTP parser at load. A run whose changes are
 * given needs no network, so it loads none of that; runs that call the API
 * load it with Octokit (src/github). The package exports only its index, so
 * the modules are imported by path. The input and group functions are the
 * index's own few lines, with the same behaviour (see @actions/core's
 * lib/core.js).
 */





/** An input's value as the runner passes it (`INPUT_<NAME>`), trimmed unless asked not to; '' when unset. */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return options.trimWhitespace === false ? value : value.trim();
}
/** YAML 1.2 core-schema booleans only, as @actions/core reads them. */
function getBooleanInput(name) {
    const value = getInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
const setSecret = (secret) => issueCommand('add-mask', {}, secret);
const isDebug = () => process.env['RUNNER_DEBUG'] === '1';
const debug = (message) => issueCommand('debug', {}, message);
const info = (message) => void process.stdout.write(message + external_node_os_.EOL);
const error = (message, props = {}) => issueCommand('error', toCommandProperties(props), message);
const warning = (message, props = {}) => issueCommand('warning', toCommandProperties(props), message);
const notice = (message, props = {}) => issueCommand('notice', toCommandProperties(props), message);
/** Fails the step: exit code 1 and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** `body` inside a collapsible log group. */
async function group(name, body) {
    issue('group', name);
    try {
        return await body();
    }
    finally {
        issue('endgroup');
    }
}

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __nccwpck_require__(3053);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/change/access.ts
class access_Access {
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

// EXTERNAL MODULE: ./src/fs/checked-read.ts
var checked_read = __nccwpck_require__(7679);
;// CONCATENATED MODULE: ./src/change/adapters.ts
/**
 * The real ports: git in the workspace, GitHub's REST API, the workspace's
 * files. The adapters are imported on first use, so a run with explicit
 * changes loads neither git's module nor Octokit.
 */

/** The most a workspace file read for a revision may hold (the matrix file's limit). */
const WORKSPACE_FILE_LIMIT = 50 * 1024 * 1024;
function adapters_defaultPorts(c) {
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
        return (0,checked_read.readChecked)(workspace, file, { shown: file, limit: WORKSPACE_FILE_LIMIT }).toString('utf8');
    }
    catch (err) {
        if (err instanceof checked_read.FileRefused && err.absent)
            return undefined;
        throw err;
    }
}

// EXTERNAL MODULE: ./src/core/globs.ts
var globs = __nccwpck_require__(8684);
// EXTERNAL MODULE: ./src/change/ports.ts
var ports = __nccwpck_require__(1740);
;// CONCATENATED MODULE: ./src/change/events.ts
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
    if (r.pr !== undefined && r.filesHint !== undefined && r.filesHint > ports/* PR_FILES_CAP */.M3) {
        return {
            order,
            ruledOut: {
                api: `pull request #${r.pr} has ${r.filesHint} changed files (event payload), over GitHub's ${ports/* PR_FILES_CAP */.M3.toLocaleString('en-US')}-file list cap, so no file list was requested`,
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

;// CONCATENATED MODULE: ./src/change/revisions.ts
const revisions_ZERO_SHA = /^0+$/;
const revisions_short = (sha) => sha.slice(0, 12);
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
        if (!base || revisions_ZERO_SHA.test(base))
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
                    ? { missing: `${path} is not in commit ${revisions_short(rev)}`, by: 'git' }
                    : { text };
            }
            catch (err) {
                failures.push(`git: ${err.message}`);
            }
        }
        if (!this.spec.useApi) {
            return { error: failures.join('; ') || `commit ${revisions_short(rev)} is not in the repository` };
        }
        try {
            const text = await (await this.access.api()).fileAt(path, rev);
            return text === undefined
                ? { missing: `the contents API has no ${path} at ${revisions_short(rev)}`, by: 'api' }
                : { text };
        }
        catch (err) {
            failures.push(`REST API: ${err.message}`);
            return { error: failures.join('; ') };
        }
    }
}

// EXTERNAL MODULE: ./src/core/select.ts
var core_select = __nccwpck_require__(3295);
;// CONCATENATED MODULE: ./src/change/schemas.ts

async function schemaVerdicts(rules, files, revisions) {
    const verdicts = new Map();
    if (!rules || !revisions)
        return verdicts;
    const targets = (0,core_select/* schemaFiles */.rx)(rules, files);
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
    const access = new Access(opts.ports ?? defaultPorts(req));
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
            schemas: await schemaVerdicts(rules, change.files, revisions),
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
            ? new Revisions(access, {
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
    const d = decide(req);
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
            order: sourcesFor(range, req.diffSource).order,
        }, access);
        // An ancestor of the head: base...head is exactly what changed since.
        if ('sha' in last)
            range = { base: last.sha, head: range.head };
        else
            warnings.push(last.warning);
    }
    const none = undiffable(range);
    if (none)
        return all(none);
    const { order, ruledOut } = sourcesFor(range, req.diffSource);
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

;// CONCATENATED MODULE: ./src/change/early.ts
/**
 * Change detection started before the matrix file is parsed, so that the
 * network and the parse overlap: which files changed does not depend on the
 * matrix; only what the rules then need (the base matrix, schema verdicts)
 * does, and that waits for `finish`.
 *
 * Parsing is synchronous and holds the event loop, so it starts only once
 * the detection can get on without it: its first requests have been written
 * to the connection (all of a pull request's first wave of pages), a REST
 * call has been answered or has failed, a local `git diff` is running, or
 * the detection is over. Until then only git's quick checks and the
 * connection's set-up run, which need the loop.
 */








/** The parse never waits longer than this for a connection. */
const MAX_WAIT_MS = 1000;
function startChange(req, opts = {}) {
    let release;
    const ready = new Promise((resolve) => (release = resolve));
    // Requests whose headers must be on the wire before the parse may hold the loop.
    let expected = 1;
    let sent = 0;
    const onHeaders = () => {
        if (++sent >= expected)
            release();
    };
    for (const name of ports/* REQUEST_SENT_CHANNELS */.oW)
        (0,external_node_diagnostics_channel_.subscribe)(name, onHeaders);
    const timer = setTimeout(() => release(), MAX_WAIT_MS);
    void ready.then(() => {
        for (const name of ports/* REQUEST_SENT_CHANNELS */.oW)
            (0,external_node_diagnostics_channel_.unsubscribe)(name, onHeaders);
        clearTimeout(timer);
    });
    const onCall = (name, args) => {
        if (name === 'pullRequestFiles')
            expected = sent + (0,ports/* firstWave */.mA)(args[1]);
    };
    const access = new access_Access(watched(opts.ports ?? adapters_defaultPorts(req), release, onCall));
    // The REST client's module and Node's HTTP client take a while to load: start now when git is
    // unlikely to have the diff.
    if (!opts.ports && likelyApi(req))
        access.api().catch(() => undefined);
    let done = false;
    const detected = detectChange(req, access).finally(() => {
        done = true;
        release();
    });
    // Settled by `finish`; a run that fails before it must not see an unhandled rejection.
    detected.catch(() => undefined);
    return {
        ready,
        finish: async (rules) => completeChange(req, await detected, access, rules),
        pending: () => !done,
    };
}
/**
 * Whether the diff will probably come from the REST API: the event needs a
 * diff, the API may be used, and the workspace is no full git checkout (the
 * default checkout is shallow, without the base commit). Only a guess about
 * what to load first: the sources are still tried in their order.
 */
function likelyApi(req) {
    try {
        if (req.diffSource === 'git' || decide(req).kind !== 'diff')
            return false;
    }
    catch {
        return false; // an unreadable payload: the detection reports it
    }
    const git = external_node_path_default().join(req.workspace, '.git');
    return req.diffSource === 'api' || !(0,external_node_fs_.existsSync)(git) || (0,external_node_fs_.existsSync)(external_node_path_default().join(git, 'shallow'));
}
const API_CALLS = new Set(['pullRequestFiles', 'compare', 'fileAt', 'successfulPushRuns']);
const DIFFS = new Set(['diff', 'changedFiles']);
/**
 * The ports, reporting the first slow step: a REST call that has been
 * answered or failed (its headers being on the wire are reported on REQUEST_SENT_CHANNELS), or a
 * git diff that has started; `onCall` sees each REST call as it starts.
 */
function watched(ports, release, onCall) {
    return {
        git: async () => hooked(await ports.git(), DIFFS, (answer) => {
            release();
            return answer();
        }),
        api: async () => hooked(await ports.api(), API_CALLS, (answer, name, args) => {
            onCall(name, args);
            const p = answer();
            p.then(release, release);
            return p;
        }),
        workspaceFile: (file) => ports.workspaceFile(file),
    };
}
/** `target` with the methods in `names` called through `around`; the rest as they are. */
function hooked(target, names, around) {
    return new Proxy(target, {
        get(t, name) {
            const value = Reflect.get(t, name, t);
            if (typeof value !== 'function')
                return value;
            const method = value.bind(t);
            return names.has(name)
                ? (...args) => around(() => method(...args), name, args)
                : method;
        },
    });
}

// EXTERNAL MODULE: ./src/core/entry.ts
var core_entry = __nccwpck_require__(5263);
;// CONCATENATED MODULE: ./src/core/outputs.ts
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
const matrixOf = (e) => e.os === 'darwin' ? 'darwin' : (0,core_entry/* isMultiArch */.Q_)(e) ? 'multiarch' : 'singlearch';
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

// EXTERNAL MODULE: ./src/core/rules.ts
var core_rules = __nccwpck_require__(1688);
// EXTERNAL MODULE: ./src/core/yaml-source.ts
var yaml_source = __nccwpck_require__(668);
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
    if (backend && isBuiltinOutput(backend)) {
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
// EXTERNAL MODULE: ./src/core/problems.ts
var problems = __nccwpck_require__(8155);
;// CONCATENATED MODULE: ./src/core/published.ts
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
    if (!legs.some(core_entry/* isMultiArch */.Q_))
        return [];
    const out = new Set();
    for (const leg of legs) {
        for (const p of (0,core_entry/* fieldText */.gF)(leg.fields.platforms).split(',')) {
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
        const [merge] = mergeEntries([p.entry], mergeFields);
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

;// CONCATENATED MODULE: ./src/core/published-plan.ts


function publishedSelection(req, entries, selectAt, warn) {
    const state = req.published;
    for (const w of state.warnings)
        warn(w);
    const images = imagesOf(entries);
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
        const at = selectAt(revision, change, (m) => warn(`since published ${shortRev(revision)}: ${m}`));
        files += at.files;
        ignored += at.ignored;
        if (!at.selection) {
            const cause = `changes since ${shortRev(revision)} cannot be used: ${at.runAllCause ?? ''}`;
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
    if ((0,problems/* hasErrors */.Cs)(matrix.problems)) {
        throw new problems/* UserError */.yo(`${matrix.file} has errors`, matrix.problems);
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
        (0,lineage/* selectDescendants */.$y)(selection, req.lineage, entries);
    // Derived after every step that selects more: a rebuilt parent's descendants are not promoted.
    const promoted = published && req.published
        ? promotedOf(published.images, req.published.verdicts, selection)
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
        result.staging = (0,lineage/* stageSelection */.dM)(req.lineage, chosen, k);
    const { outputs, jobs } = outputsOf({
        ...result,
        selected: chosen,
        staged: k > 1 ? staged(result.staging, req.shards) : undefined,
        promoted: promotedItems(promoted, matrix.rules?.mergeFields ?? []),
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
        throw new problems/* UserError */.yo(over.join('\n'));
    const bytes = outputBytes(p.outputs);
    if (bytes > OUTPUT_LIMIT_BYTES) {
        throw new problems/* UserError */.yo(`the outputs would total ${bytes.toLocaleString('en-US')} bytes (counted as GitHub does, 2 per UTF-16 code unit), over GitHub's limit of ${OUTPUT_LIMIT_BYTES.toLocaleString('en-US')} bytes for a job's outputs; drop fields the build jobs do not use, or split the matrix file`);
    }
}

// EXTERNAL MODULE: ./src/git/safe-directory.ts
var safe_directory = __nccwpck_require__(2481);
;// CONCATENATED MODULE: ./src/action/log.ts
/**
 * The step log. The runner obeys `::command::` at the start of a line (after
 * leading whitespace) and the legacy `##[command]` anywhere in a line, so text
 * the action does not control (inputs, file names, API and git messages,
 * matrix values) is made inert before it is printed: one line, no leading
 * `::`, no `##[`.
 */

/** Whitespace as the runner's TrimStart sees it (.NET's, which includes U+0085). */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/;
/** `text` as one log line that the runner prints and never obeys. */
function inert(text) {
    return text
        .replace(/\r\n|[\r\n]/g, ' ')
        .replace(/##\[/g, '## [')
        .replace(LEADING_COMMAND, '$1: ');
}
/**
 * The same for a workflow command's message: @actions/core escapes line breaks
 * there, so only the legacy form needs breaking up.
 */
const inertMessage = (text) => text.replace(/##\[/g, '## [');
const log_info = (text) => info(inert(text));
/** Shown only when the run is re-run with debug logging (RUNNER_DEBUG=1). */
function log_debug(text) {
    if (isDebug())
        debug(inertMessage(text));
}
const log_group = (title, body) => group(inertMessage(title), body);

;// CONCATENATED MODULE: ./src/action/annotations.ts
/**
 * Annotations, within what GitHub shows: at most 10 errors, 10 warnings and
 * 10 notices per step. Beyond 10 of a level, one notice says how many more
 * there are; the step summary lists every problem (see `all`).
 */


const ANNOTATIONS_SHOWN = 10;
class Annotations {
    shown = { error: 0, warning: 0 };
    hidden = { error: 0, warning: 0 };
    findings = [];
    /** Everything reported, shown or not, in the order reported. */
    get all() {
        return this.findings;
    }
    /** A batch of problems from one source, errors first. */
    report(problems, title) {
        const ordered = [
            ...problems.filter((p) => p.level === 'error'),
            ...problems.filter((p) => p.level !== 'error'),
        ];
        for (const p of ordered)
            this.add({ ...p, title });
    }
    /** A warning about the run itself, not located in a file. */
    warning(message, title) {
        this.add({ level: 'warning', message, file: '', line: 0, col: 0, title });
    }
    /**
     * The message that fails the step: always shown, so one error slot is kept
     * for it (only failing runs have errors).
     */
    fail(message) {
        setFailed(inertMessage(message));
    }
    /** One notice per level that went over the limit. Call once, at the end. */
    flush() {
        for (const level of ['error', 'warning']) {
            const n = this.hidden[level];
            if (!n)
                continue;
            notice(inertMessage(`${n} more ${level}${n === 1 ? ' is' : 's are'} not shown as annotations (GitHub shows ${ANNOTATIONS_SHOWN} per step); the step summary lists them all`), { title: 'backend-matrix' });
        }
    }
    add(f) {
        this.findings.push(f);
        const limit = f.level === 'error' ? ANNOTATIONS_SHOWN - 1 : ANNOTATIONS_SHOWN;
        if (this.shown[f.level] >= limit) {
            this.hidden[f.level]++;
            return;
        }
        this.shown[f.level]++;
        emit(f.level, f);
    }
}
function emit(level, f) {
    const props = { title: inertMessage(f.title) };
    if (f.file)
        props.file = inertMessage(f.file);
    if (f.file && f.line > 0) {
        props.startLine = f.line;
        if (f.endLine && f.endLine !== f.line)
            props.endLine = f.endLine;
        // GitHub ignores a column on a span of several lines.
        else if (f.col > 0)
            props.startColumn = f.col;
    }
    (level === 'error' ? error : warning)(inertMessage(f.message), props);
}

// EXTERNAL MODULE: ./src/dockerfile/parse.ts
var parse = __nccwpck_require__(6357);
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
// EXTERNAL MODULE: ./src/git/git.ts
var git = __nccwpck_require__(308);
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
        (0,external_node_fs_.lstatSync)(external_node_path_default().resolve(root, file));
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/action/audit.ts
/**
 * The `audit` input: checks the entries' Dockerfiles against the rules when
 * they are in the workspace and the change can alter the findings, and only
 * those whose findings it can alter. Its findings are warnings; it never
 * changes the plan.
 */





/** The Dockerfiles the entries name, as repository paths. */
function namedDockerfiles(matrix) {
    const named = new Set();
    for (const e of [...matrix.linux, ...matrix.darwin]) {
        const df = e.fields.dockerfile;
        if (typeof df === 'string' && df.trim())
            named.add((0,globs/* normalizePath */.Fd)(df.trim()));
    }
    return named;
}
/**
 * The Dockerfiles whose findings this change can alter, or 'all'. The audit
 * reads the matrix file, the entries' Dockerfiles, `.dockerignore` and
 * `.gitignore` files and which files exist: a change that edits none of the
 * matrix file and those ignore files, and adds or removes no file, can alter
 * only the findings of the Dockerfiles it edits (none: every finding is as
 * it was on the run before).
 */
function scopeOf(change, named, workspace) {
    const { found, matrixPath } = change;
    if (found.change.kind !== 'files' || !found.added || found.added.length)
        return 'all';
    const matrixFile = (0,globs/* normalizePath */.Fd)(matrixPath);
    const edited = new Set();
    for (const file of found.change.files.map(globs/* normalizePath */.Fd)) {
        const name = external_node_path_default().posix.basename(file);
        if (file === matrixFile || name === '.gitignore' || name.endsWith('.dockerignore'))
            return 'all';
        // Not in the workspace: removed by the change.
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, file)))
            return 'all';
        if (named.has(file))
            edited.add(file);
    }
    return edited;
}
/** The audit of the workspace; with `change`, skipped when that change cannot alter its findings. */
async function auditWorkspace(workspace, matrix, change) {
    const named = namedDockerfiles(matrix);
    const skip = (skipped) => ({ problems: [], markdown: '', skipped });
    if (!named.size)
        return skip('no entry names a `dockerfile`');
    // A sparse plan job holds only the matrix file: then there is nothing to read.
    if (![...named].some((df) => isPresent(workspace, df))) {
        return skip(`none of the ${named.size} Dockerfile(s) the entries name is in the workspace (a sparse checkout?)`);
    }
    const scope = change ? scopeOf(change, named, workspace) : 'all';
    if (scope !== 'all' && !scope.size) {
        return skip(`this change edits none of the files it reads (the matrix file, the entries' Dockerfiles, .dockerignore and .gitignore files) and adds or removes none`);
    }
    // The file list (a git process) starts first, and the modules load together: all of it
    // overlaps the caller's work.
    const repository = openRepository(workspace);
    repository.catch(() => undefined); // awaited below, after the imports
    const [{ audit }, findings] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 706).then(__nccwpck_require__.bind(__nccwpck_require__, 3706)),
        __nccwpck_require__.e(/* import() */ 190).then(__nccwpck_require__.bind(__nccwpck_require__, 8190)),
        (0,parse/* loadParser */.q)(),
    ]);
    const only = scope === 'all' ? undefined : scope;
    const result = await audit(matrix, await repository, only);
    // Annotations only: an unreadable Dockerfile must not fail the plan.
    const problems = findings
        .auditProblems(result)
        .map((p) => (p.level === 'error' ? { ...p, level: 'warning' } : p));
    const markdown = findings.auditMarkdown(result);
    if (!only)
        return { problems, markdown };
    const scoped = `only the Dockerfile(s) this change edits (${[...only].join(', ')}): the others' findings are those of the run before`;
    return {
        problems,
        markdown: markdown.replace('\n\n', `\n\nThe audit read ${scoped}.\n\n`),
        scope: `Dockerfile audit of ${scoped}`,
    };
}

;// CONCATENATED MODULE: ./src/action/lineage.ts


async function loadLineage(workspace, matrix, report) {
    if (!matrix.rules?.build?.image)
        return undefined;
    const { readLineage, workspaceReader } = await __nccwpck_require__.e(/* import() */ 319).then(__nccwpck_require__.bind(__nccwpck_require__, 4319));
    const result = await readLineage(matrix, workspaceReader(workspace));
    if (!result)
        return undefined;
    if ((0,problems/* hasErrors */.Cs)(result.problems)) {
        throw new problems/* UserError */.yo('the image lineage has a cycle; see the annotations', result.problems);
    }
    report(result.problems);
    const { lineage } = result;
    const links = [...lineage.parents.values()].reduce((n, l) => n + l.length, 0);
    log_info(`Image lineage: ${lineage.images.length} images, ${links} parent link(s)`);
    return lineage;
}

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
        throw new problems/* UserError */.yo(`${file} cannot be read as UTF-8`, [problem]);
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
        throw new problems/* UserError */.yo(err.absent
            ? (where.absent ??
                `matrix file ${shown} not found in the workspace: check out the repository first, or set matrix-file`)
            : err.message);
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
    return new problems/* UserError */.yo(`cannot write the step outputs: ${VARIABLE} (${file}) ${why[e.code ?? ''] ?? `cannot be written (${e.message})`}; no outputs were written`);
}
/** Appends every output in one write; on failure the file is restored and the step fails. */
function writeOutputs(file, outputs) {
    if (!file) {
        throw new problems/* UserError */.yo(`cannot write the step outputs: ${VARIABLE} is not set (run this as a workflow step, or use the backend-matrix CLI)`);
    }
    const block = Buffer.from(outputs.map(([k, v]) => formatOutput(k, v)).join(''));
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'a');
    }
    catch (err) {
        throw environmentError(file, err);
    }
    try {
        const before = (0,external_node_fs_.fstatSync)(fd).size;
        try {
            for (let at = 0; at < block.length;)
                at += (0,external_node_fs_.writeSync)(fd, block, at);
        }
        catch (err) {
            try {
                (0,external_node_fs_.ftruncateSync)(fd, before);
            }
            catch {
                // A device such as /dev/full cannot be truncated, and holds nothing to restore.
            }
            throw environmentError(file, err);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
            throw new problems/* UserError */.yo('changed-files must be a JSON array of strings, or one path per line');
        }
        return parsed.map((f) => f.trim()).filter(Boolean);
    }
    if (invalid && JSON_START.test(raw)) {
        throw new problems/* UserError */.yo(`changed-files looks like a JSON array but is not valid JSON: ${invalid.message}`);
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
            throw new problems/* UserError */.yo(`changed-files: "${file}" is outside the workspace (${root}); list paths relative to the repository root`);
        }
        rel = slashed.slice(base.length + 1);
    }
    const normal = external_node_path_default().posix.normalize(rel).replace(/\/+$/, '');
    if (normal === '..' || normal.startsWith('../')) {
        throw new problems/* UserError */.yo(`changed-files: "${file}" is outside the workspace; list paths relative to the repository root`);
    }
    return normal === '.' ? '' : normal;
}

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

;// CONCATENATED MODULE: ./src/action/settings.ts
/**
 * Every input and runner variable the action reads, parsed and checked once.
 * Nothing downstream reads the environment.
 */






/**
 * The inputs `action.yml` declares, with the default each takes when the
 * variable is empty (as when run outside a workflow). '' marks a default that
 * action.yml spells as an expression (`${{ github.token }}`) or leaves empty.
 */
const INPUTS = {
    'matrix-file': '.github/backend-matrix.yml',
    'force-all': 'false',
    'event-name': '',
    token: '',
    'changed-files': '',
    'diff-source': 'auto',
    base: '',
    stages: '1',
    'published-image': '',
    'singlearch-shards': '1',
    'max-jobs': '256',
    audit: 'true',
};
const input = (name) => getInput(name) || INPUTS[name];
/**
 * Registers the token with the runner's log masker, before anything could
 * print it: as given, as used (trimmed), and each line of it, since the
 * runner masks a value only where it appears whole.
 */
function maskToken() {
    const raw = getInput('token', { trimWhitespace: false });
    const forms = new Set([raw.trim(), raw, ...raw.split(/[\r\n]+/).map((l) => l.trim())]);
    for (const form of forms)
        if (form.length >= MIN_MASKED || form === raw.trim())
            mask(form);
}
const mask = (value) => {
    if (value)
        setSecret(value);
};
/** A line shorter than this is not worth masking: it would blank out ordinary words in the log. */
const MIN_MASKED = 8;
/** The token, trimmed; one that cannot be a header value is refused by the input's name. */
function readToken() {
    const checked = tokenOrWhyNot(getInput('token', { trimWhitespace: false }), 'the token input');
    if ('problem' in checked)
        throw new problems/* UserError */.yo(checked.problem);
    return checked.token;
}
function readSettings(env = process.env) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const matrixFile = input('matrix-file');
    const matrixFullPath = insideWorkspace(workspace, matrixFile);
    const forceAll = boolInput('force-all');
    const changedFiles = parseChangedFiles(getInput('changed-files'), workspace);
    const deferredWarnings = [];
    const event = lazyEvent(env.GITHUB_EVENT_PATH, changedFiles !== undefined, deferredWarnings);
    return {
        matrixFile,
        matrixPath: external_node_path_default().relative(workspace, matrixFullPath).split((external_node_path_default()).sep).join('/'),
        matrixFullPath,
        forceAll,
        eventName: input('event-name') || env.GITHUB_EVENT_NAME || '',
        token: readToken(),
        changedFiles,
        diffSource: oneOf('diff-source', ['auto', 'api', 'git']),
        base: input('base'),
        stages: intInput('stages', 1, 64),
        publishedImage: publishedImage(input('base'), changedFiles, deferredWarnings),
        registryLimits: {
            requestTimeoutMs: msVar(env, 'BACKEND_MATRIX_REGISTRY_TIMEOUT_MS'),
            budgetMs: msVar(env, 'BACKEND_MATRIX_REGISTRY_BUDGET_MS'),
            retryBaseMs: msVar(env, 'BACKEND_MATRIX_REGISTRY_RETRY_MS'),
        },
        shards: intInput('singlearch-shards', 1, 256),
        maxJobs: intInput('max-jobs', 1, 256),
        audit: boolInput('audit'),
        workspace,
        get event() {
            return event();
        },
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
        apiLimits: {
            requestTimeoutMs: msVar(env, 'BACKEND_MATRIX_API_TIMEOUT_MS'),
            totalBudgetMs: msVar(env, 'BACKEND_MATRIX_API_BUDGET_MS'),
            retryBaseMs: msVar(env, 'BACKEND_MATRIX_API_RETRY_MS'),
        },
        deferredWarnings,
    };
}
/** The settings for the debug log: every value but the token and the payload. */
function describeSettings(s) {
    const shown = {};
    for (const [key, value] of Object.entries(Object.getOwnPropertyDescriptors(s))) {
        if (key === 'event' || key === 'deferredWarnings' || !('value' in value))
            continue;
        shown[key] = key === 'token' ? (s.token ? '(set, not shown)' : '(empty)') : value.value;
    }
    return JSON.stringify(shown);
}
/** The matrix file must live in the workspace: a workflow input is not a way to read other files. */
function insideWorkspace(workspace, file) {
    const full = external_node_path_default().resolve(workspace, file);
    const rel = external_node_path_default().relative(workspace, full);
    if (external_node_path_default().isAbsolute(file) || rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel)) {
        throw new problems/* UserError */.yo(`matrix-file "${file}" must be a path inside the workspace, relative to it (like .github/backend-matrix.yml)`);
    }
    return full;
}
/** `published-image` checked against `base` and `changed-files`, which it cannot go with. */
function publishedImage(base, changedFiles, warnings) {
    const template = input('published-image').trim();
    if (base !== 'published') {
        if (template)
            warnings.push(`published-image is set but base is "${base}", not published: it is ignored`);
        return template;
    }
    if (changedFiles !== undefined) {
        throw new problems/* UserError */.yo('base: published and changed-files cannot be used together: base: published finds the changes since each image was published, changed-files gives one list for all of them');
    }
    if (!template) {
        throw new problems/* UserError */.yo('base: published needs published-image, the reference each image is compared against (like quay.io/org/images:main{tag-suffix})');
    }
    return template;
}
function boolInput(name) {
    if (!getInput(name))
        return INPUTS[name] === 'true';
    try {
        return getBooleanInput(name);
    }
    catch {
        throw new problems/* UserError */.yo(`${name} must be true or false, not "${getInput(name)}"`);
    }
}
function intInput(name, min, max) {
    const value = input(name);
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
        throw new problems/* UserError */.yo(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
    }
    return n;
}
function oneOf(name, allowed) {
    const value = input(name);
    if (!allowed.includes(value)) {
        throw new problems/* UserError */.yo(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    return value;
}
function msVar(env, name) {
    const v = env[name];
    if (v === undefined || v === '')
        return undefined;
    if (!/^\d+$/.test(v))
        throw new problems/* UserError */.yo(`${name} must be a whole number of milliseconds, not "${v}"`);
    return Number(v);
}
function lazyEvent(file, optional, warnings) {
    let payload;
    return () => {
        if (payload)
            return payload;
        if (!file)
            return (payload = {});
        try {
            const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            payload = parsed && typeof parsed === 'object' ? parsed : {};
        }
        catch (err) {
            const why = `cannot read the event payload GITHUB_EVENT_PATH (${file}): ${err.message}`;
            if (!optional)
                throw new problems/* UserError */.yo(why);
            warnings.push(`${why}; with explicit changed-files it only locates the base revision`);
            payload = {};
        }
        return payload;
    };
}

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __nccwpck_require__(6706);
;// CONCATENATED MODULE: ./src/action/summary.ts




/** GitHub drops a step summary over 1 MiB; this leaves room for the notes below. */
const SUMMARY_BUDGET_BYTES = 1_000_000;
/** Kept back from the budget for the notes that say what was cut. */
const NOTE_RESERVE = 4_096;
/** Reasons listed per entry; the rest are counted. */
const REASONS_PER_ENTRY = 5;
const cap = markdown/* capText */.yA;
/** Text from the matrix file or the diff, made inert inside HTML (the `<details>` lines). */
const html = markdown/* escapeHtml */.ZD;
/** The same in Markdown: no tags, links, emphasis or broken tables either. */
const esc = markdown/* escapeMarkdown */.FV;
const code = (s) => `\`${cap(s).replace(/[`\r\n\u2028\u2029]/g, ' ')}\``;
/** Lines added while they fit in what is left of the budget. */
class Budget {
    left = SUMMARY_BUDGET_BYTES - NOTE_RESERVE;
    /** Adds `lines` to `to` if all of them fit; false (and nothing added) otherwise. */
    add(to, ...lines) {
        return this.addAll(to, lines);
    }
    addAll(to, lines) {
        let bytes = 0;
        for (const l of lines)
            bytes += Buffer.byteLength(l) + 1;
        if (bytes > this.left)
            return false;
        this.left -= bytes;
        for (const l of lines)
            to.push(l);
        return true;
    }
}
function renderSummary(plan, ctx) {
    const budget = new Budget();
    const head = ['## Backend matrix', ''];
    const diff = ctx.source === 'none'
        ? 'no diff'
        : ctx.source === 'published'
            ? `each image against its published revision (${plan.promoted.length} promoted)`
            : `${plan.files} changed file(s) from ${ctx.source}`;
    head.push(`**Event:** ${code(ctx.eventName || 'unknown')} · **Changes:** ${diff}${plan.ignored ? ` (${plan.ignored} ignored)` : ''}`, '');
    // Said once here, not on every row: at thousands of entries it is most of the page.
    if (plan.runAll)
        head.push(`**Building everything:** ${esc(plan.runAllCause ?? '')}`, '');
    if (plan.selected.length === 0) {
        head.push(`**Nothing to build:** no change touches any of the ${ctx.total} entries. Build jobs gated on \`has-backends-*\` are skipped.`, '');
    }
    else {
        head.push(`**${plan.selected.length} of ${ctx.total} entries selected.**`, '', '| matrix | jobs | merges |', '| --- | ---: | ---: |');
        plan.singlearch.forEach((shard, i) => {
            const name = plan.singlearch.length > 1 ? `singlearch-${i + 1}` : 'singlearch';
            head.push(`| ${name} | ${shard.length} | ${new Set(shard.map((e) => e.tagSuffix)).size} |`);
        });
        head.push(`| multiarch | ${plan.multiarch.length} | ${new Set(plan.multiarch.map((e) => e.tagSuffix)).size} |`, `| darwin | ${plan.darwin.length} | – |`, '');
    }
    budget.add([], ...head);
    // Spent in order of importance, shown in reading order.
    const problems = findingsSection(ctx.findings, budget);
    const skipped = skipSection(plan, budget);
    const audit = auditSection(ctx.audit, budget);
    const details = detailsSection(plan, budget);
    const promoted = promotedSection(plan, budget);
    return `${[...head, ...details, ...promoted, ...problems, ...skipped, ...audit].join('\n')}\n`;
}
/** The summary of a run that failed: why, and every problem found on the way. */
function renderFailure(message, findings) {
    const budget = new Budget();
    const head = ['## Backend matrix', '', `**Failed:** ${esc(message)}`, ''];
    budget.add([], ...head);
    return `${[...head, ...findingsSection(findings, budget)].join('\n')}\n`;
}
function findingsSection(findings, budget) {
    const out = [];
    for (const [level, heading] of [
        ['error', 'Errors'],
        ['warning', 'Warnings'],
    ]) {
        const list = findings.filter((f) => f.level === level);
        if (!list.length)
            continue;
        const lines = [];
        let listed = 0;
        for (const f of list) {
            const where = f.file && f.line ? `${code(`${f.file}:${f.line}`)} ` : '';
            if (!budget.add(lines, `- ${where}${esc(f.message)}`))
                break;
            listed++;
        }
        if (listed < list.length) {
            lines.push(`- …and ${list.length - listed} more, left out to keep this summary under GitHub's 1 MiB limit (\`backend-matrix validate\` lists the matrix file's)`);
        }
        out.push(`### ${heading}`, '', ...lines, '');
    }
    return out;
}
function skipSection(plan, budget) {
    if (!plan.skipped.length)
        return [];
    const lines = [];
    let listed = 0;
    for (const s of plan.skipped) {
        if (!budget.add(lines, `- ${esc((0,core_select/* formatSkip */.fz)(s))}`))
            break;
        listed++;
    }
    if (listed < plan.skipped.length)
        lines.push(`- …and ${plan.skipped.length - listed} more`);
    return ['### Shared rules let off', '', ...lines, ''];
}
/** `base: published`: the images not built, and where their published image is. */
function promotedSection(plan, budget) {
    if (!plan.promoted.length)
        return [];
    const lines = ['| tag-suffix | source | revision |', '| --- | --- | --- |'];
    let listed = 0;
    for (const p of plan.promoted) {
        if (!budget.add(lines, `| ${esc(p.tagSuffix)} | ${code(p.source)} | ${code(p.revision)} |`))
            break;
        listed++;
    }
    if (listed < plan.promoted.length)
        lines.push('', `…and ${plan.promoted.length - listed} more (the \`promoted\` output lists them all)`);
    return [
        `### Promoted: ${plan.promoted.length} image(s) unchanged since they were published`,
        '',
        ...lines,
        '',
    ];
}
function auditSection(markdown, budget) {
    if (!markdown.trim())
        return [];
    const lines = markdown.replace(/\s+$/, '').split('\n');
    const out = [];
    // Whole or not at all: a cut would leave its tables and <details> open.
    if (budget.addAll(out, [...lines, '']))
        return out;
    return [
        '### Dockerfile audit',
        '',
        "The audit's findings are too long for this summary (GitHub's limit is 1 MiB): run `backend-matrix audit` to see them.",
        '',
    ];
}
function reasonText(r) {
    // The run-all cause is in the header.
    return r.kind === 'run-all' ? 'run-all' : (0,core_select/* formatReason */.K9)(r);
}
function detailsSection(plan, budget) {
    const out = [];
    const byBackend = new Map();
    for (const s of plan.selected)
        (0,collections/* pushTo */.I)(byBackend, s.entry.backend, s);
    let listed = 0;
    // One collapsed block per backend keeps 500 entries skimmable.
    outer: for (const [backend, items] of byBackend) {
        const first = items[0].reasons[0];
        const why = first.kind === 'run-all' ? '' : ` — ${html((0,core_select/* formatReason */.K9)(first))}`;
        const open = [
            `<details><summary><b>${html(backend)}</b>: ${items.length} entr${items.length === 1 ? 'y' : 'ies'}${why}</summary>`,
            '',
            '| tag-suffix | platform-tag | matrix | reasons |',
            '| --- | --- | --- | --- |',
        ];
        const close = ['', '</details>', ''];
        if (!budget.add(out, ...open, ...close))
            break;
        out.splice(out.length - close.length, close.length);
        for (const { entry, reasons } of items) {
            const shown = reasons.slice(0, REASONS_PER_ENTRY).map((r) => esc(reasonText(r)));
            if (reasons.length > REASONS_PER_ENTRY)
                shown.push(`+${reasons.length - REASONS_PER_ENTRY} more`);
            const row = `| ${esc(entry.tagSuffix)} | ${esc(entry.platformTag) || '–'} | ${matrixOf(entry)} | ${shown.join('<br>')} |`;
            if (!budget.add(out, row)) {
                out.push(...close);
                break outer;
            }
            listed++;
        }
        out.push(...close);
    }
    const left = plan.selected.length - listed;
    if (left > 0) {
        out.push(`**${left} of ${plan.selected.length} selected entries are not listed here**, to keep this summary under GitHub's 1 MiB limit; the matrix outputs hold them all, and \`backend-matrix plan\` shows each with its reasons.`, '');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/action/time-budget.ts
/**
 * A run's time budget. Each step is bounded (git and API time limits, glob
 * matching in linear time), but a run that still takes longer than this
 * cannot be trusted to have skipped the right things: it builds everything.
 */
/** Ample for the largest matrix files and pull requests seen; a run takes seconds. */
const RUN_BUDGET_MS = 120_000;
class RunBudget {
    started = Date.now();
    ms;
    constructor(env = process.env) {
        // For tests and slow self-hosted runners, like the API limits.
        const v = env.BACKEND_MATRIX_RUN_BUDGET_MS;
        this.ms = v && /^\d+$/.test(v) ? Number(v) : RUN_BUDGET_MS;
    }
    /** Why the run builds everything, once it has taken longer than its budget. */
    exceeded() {
        const took = Date.now() - this.started;
        if (took < this.ms)
            return undefined;
        return `finding the changes and planning took ${(took / 1000).toFixed(1)} s, over the run's budget of ${this.ms / 1000} s, so every entry is built rather than trusting a selection that ran out of time`;
    }
}

;// CONCATENATED MODULE: ./src/action/trust.ts
const trust_obj = (v) => v && typeof v === 'object' ? v : {};
/** The warning to give, or undefined when the workspace is not at the pull request's head. */
async function untrustedHeadWarning(s) {
    if (s.eventName !== 'pull_request_target')
        return undefined;
    let event;
    try {
        event = s.event;
    }
    catch {
        return undefined; // a run that needs the payload reports it where it reads it
    }
    const head = trust_obj(trust_obj(event.pull_request).head).sha;
    if (typeof head !== 'string' || !/^[0-9a-f]{40,64}$/i.test(head))
        return undefined;
    const at = s.sha === head || (await workspaceHead(s.workspace)) === head.toLowerCase();
    if (!at)
        return undefined;
    return (`pull_request_target with the workspace at the pull request's head (${head.slice(0, 12)}): ` +
        `the values in ${s.matrixFile} come from the pull request, and they reach runs-on:, build arguments ` +
        "and shell steps of the jobs that use these outputs, with this workflow's token and secrets. " +
        'Check out the base branch for the plan job, or use the pull_request event');
}
/** HEAD of the workspace's repository, or undefined when it is not one. */
async function workspaceHead(workspace) {
    const { LocalGit } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 308));
    try {
        return (await new LocalGit(workspace).run(['rev-parse', '--verify', '-q', 'HEAD'])).trim();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/change/published.ts
/**
 * Reads the published state for `base: published`: each image's reference
 * (the `published-image` template filled from its first entry), the
 * registry's answer for it, and, once per distinct published revision, the
 * change from that revision to the head — found as for a push (git when it
 * holds both commits, else the compare API, whose 300-file cap builds) and
 * read at that revision (the matrix file, guarded schemas).
 */






const COMMIT = /^[0-9a-f]{7,64}$/;
async function readPublished(req) {
    const entries = [...req.matrix.linux, ...req.matrix.darwin];
    const images = imagesOf(entries);
    const template = (0,core_rules/* toTemplate */.Cn)(req.template);
    const warnings = [];
    const notes = [];
    const [{ readDockerConfig }, { RegistryHttp }, { inspect }, { parseReference }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 653).then(__nccwpck_require__.bind(__nccwpck_require__, 3653)),
        Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(779), __nccwpck_require__.e(851)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8851)),
        Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(779), __nccwpck_require__.e(495)]).then(__nccwpck_require__.bind(__nccwpck_require__, 495)),
        __nccwpck_require__.e(/* import() */ 310).then(__nccwpck_require__.bind(__nccwpck_require__, 9310)),
    ]);
    const config = await readDockerConfig(req.env, req.secret);
    warnings.push(...config.problems);
    if (config.file)
        notes.push(`registry credentials: ${config.auths.size} registr(y/ies) in ${config.file}`);
    const http = new RegistryHttp(config.auths, req.limits);
    const started = Date.now();
    const lookups = new Map();
    const asked = new Map();
    try {
        await Promise.all([...images].map(async ([tagSuffix, legs]) => {
            const filled = fill(template, legs[0]);
            if (typeof filled !== 'string') {
                lookups.set(tagSuffix, { reference: filled });
                return;
            }
            let ref;
            try {
                ref = parseReference(filled);
            }
            catch (err) {
                lookups.set(tagSuffix, { reference: { error: err.message } });
                return;
            }
            let answer = asked.get(filled);
            if (!answer)
                asked.set(filled, (answer = inspect(http, ref)));
            lookups.set(tagSuffix, {
                reference: filled,
                registry: ref.registry,
                name: ref.name,
                answer: await answer,
            });
        }));
    }
    finally {
        http.dispose();
    }
    const asking = Date.now() - started;
    const verdicts = new Map();
    for (const [tagSuffix, legs] of images) {
        const v = imageVerdict(legs, lookups.get(tagSuffix));
        verdicts.set(tagSuffix, v);
        if (v.kind === 'build' && v.warning)
            warnings.push(v.warning);
    }
    warnings.push(...uncertainWarnings(lookups));
    const revisions = [
        ...new Set([...verdicts.values()].flatMap((v) => (v.kind === 'compare' ? [v.revision] : []))),
    ];
    const changes = new Map();
    await Promise.all(revisions.map(async (r) => changes.set(r, await changeSince(r, req))));
    notes.push(`registries: ${http.stats.requests} request(s) for ${images.size} image(s), at most ${http.stats.peakInFlight} in flight, in ${asking} ms; ${revisions.length} distinct published revision(s) diffed in ${Date.now() - started - asking} ms`);
    return {
        state: { verdicts, changes, warnings },
        notes,
        stats: {
            images: images.size,
            requests: http.stats.requests,
            peakInFlight: http.stats.peakInFlight,
            revisions: revisions.length,
        },
    };
}
/** `published-image` for one entry, its values literal; why it cannot be filled otherwise. */
function fill(t, entry) {
    const missing = t.fields.filter((f) => !(0,core_entry/* fieldText */.gF)(entry.fields[f]));
    if (missing.length)
        return { error: `the entry has no value for ${missing.map((f) => `{${f}}`).join(', ')}` };
    return t.text.replace(/\{([^{},]*)\}/g, (_, f) => (0,core_entry/* fieldText */.gF)(entry.fields[f]));
}
/** The change from a published revision to the head, or why it cannot be used. */
async function changeSince(revision, req) {
    if (!COMMIT.test(revision))
        return {
            kind: 'all',
            cause: `the published revision "${revision.slice(0, 80)}" is not a commit SHA`,
        };
    const list = await filesSince(revision, req);
    if (typeof list === 'string')
        return { kind: 'all', cause: list };
    const reader = new Revisions(req.access, {
        base: revision,
        head: req.head,
        added: new Set(list.added),
        workspaceHead: req.workspaceHead,
        useApi: req.useApi,
    });
    const change = {
        kind: 'files',
        files: list.files,
        baseMatrix: await baseMatrix(req.matrixPath, list.files, reader),
        schemas: await schemaVerdicts(req.matrix.rules, list.files, reader),
    };
    if (!req.workspaceHead && change.baseMatrix && !('error' in change.baseMatrix)) {
        // A local plan of another head: the entry diff compares the file at R with the file there.
        const atHead = await reader.head(req.matrixPath);
        if ('error' in atHead)
            change.baseMatrix = { error: `at the head: ${atHead.error}` };
        else
            change.headMatrix = { text: 'text' in atHead ? atHead.text : '' };
    }
    return change;
}
async function filesSince(revision, req) {
    const r = shortRev(revision);
    const git = await req.access.repoWith(revision, req.head);
    if (git) {
        try {
            if (!(await git.isAncestor(revision, req.head)))
                return `the published revision ${r} is not an ancestor of the head`;
            return await git.diff(revision, req.head, { mergeBase: true });
        }
        catch (err) {
            if (!req.useApi)
                return `git: ${err.message}`;
        }
    }
    if (!req.useApi)
        return `the published revision ${r} is not in the repository`;
    try {
        const cmp = await req.access.compare(revision, req.head);
        if (cmp.status !== 'ahead' && cmp.status !== 'identical')
            return `the published revision ${r} is not an ancestor of the head (compare status: ${cmp.status})`;
        if (!cmp.complete)
            return `the compare API lists ${cmp.count} files since ${r}, its cap, so the diff may be incomplete`;
        return cmp;
    }
    catch (err) {
        return `the published revision ${r} could not be read (git does not have it; REST API: ${err.message})`;
    }
}

;// CONCATENATED MODULE: ./src/action/published.ts
/**
 * `base: published` in the action: the head this run plans for, git and the
 * REST API of the workspace, the Docker config of the runner (credentials
 * masked before any request), and the published state read through them.
 */




const PUBLISHED = 'published';
function readPublishedState(settings, matrix) {
    return readPublished({
        template: settings.publishedImage,
        head: headOf(settings),
        matrix,
        matrixPath: settings.matrixPath,
        access: new access_Access(adapters_defaultPorts(settings)),
        useApi: true,
        workspaceHead: true,
        env: process.env,
        secret: (value) => setSecret(value),
        limits: settings.registryLimits,
    });
}
/** The commit the run builds: the event's head, else GITHUB_SHA. */
function headOf(s) {
    const e = s.event;
    const text = (v) => (typeof v === 'string' && !/^0+$/.test(v) ? v : '');
    const obj = (v) => v && typeof v === 'object' ? v : {};
    if (s.eventName === 'push')
        return text(e.after) || s.sha;
    if (s.eventName.startsWith('pull_request'))
        return text(obj(obj(e.pull_request).head).sha) || s.sha;
    if (s.eventName === 'merge_group')
        return text(obj(e.merge_group).head_sha) || s.sha;
    return s.sha;
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action: settings in, plan computed, outputs and summary out. The only
 * place that talks to the runner; all of it through @actions/core, except the
 * outputs file (output-file.ts says why).
 */


















/** With `base: published` the changes are found per image, since its published revision. */
const FROM_REGISTRY = {
    change: { kind: 'all', cause: 'each image is compared with its published revision' },
    source: 'none',
    warnings: [],
    notes: [],
    revisions: undefined,
};
const SOURCE_NAME = {
    input: 'the changed-files input',
    api: 'the REST API',
    git: 'git',
    none: 'nowhere',
};
const TITLE = {
    matrix: 'backend-matrix: matrix file',
    change: 'backend-matrix: changed files',
    plan: 'backend-matrix: plan',
    audit: 'backend-matrix: Dockerfile audit',
    lineage: 'backend-matrix: image lineage',
    run: 'backend-matrix',
};
async function run() {
    const notes = new Annotations();
    try {
        maskToken();
        const settings = readSettings();
        (0,safe_directory/* trustWorkspace */.I)(settings.workspace);
        const budget = new RunBudget();
        log_debug(`settings: ${describeSettings(settings)}`);
        const fromRegistry = settings.base === PUBLISHED && !settings.forceAll;
        // The changes' first request goes out before the parse, so the two overlap.
        const change = fromRegistry ? undefined : startChange(settings);
        await change?.ready;
        const matrix = await log_group(`Matrix file ${settings.matrixFile}`, async () => loadMatrix(settings, notes));
        if ((0,problems/* hasErrors */.Cs)(matrix.problems)) {
            const count = matrix.problems.filter((p) => p.level === 'error').length;
            throw new problems/* UserError */.yo(`${settings.matrixFile} has ${count} error(s); see the annotations above`);
        }
        const untrusted = await untrustedHeadWarning(settings);
        if (untrusted)
            notes.report([warningAt(settings, untrusted)], TITLE.matrix);
        const published = fromRegistry
            ? await log_group('Published images', async () => {
                const r = await readPublishedState(settings, matrix);
                for (const n of r.notes)
                    log_info(n);
                return r;
            })
            : undefined;
        const found = await log_group('Changed files', async () => {
            const f = change ? await change.finish(matrix.rules) : FROM_REGISTRY;
            for (const n of f.notes)
                log_info(n);
            log_info(f.change.kind === 'all'
                ? `No file list: ${f.change.cause}`
                : `${f.change.files.length} changed file(s) from ${SOURCE_NAME[f.source]}`);
            return f;
        });
        for (const w of [...settings.deferredWarnings, ...found.warnings])
            notes.warning(w, TITLE.change);
        // Started before the plan, so that its file listing and parser load overlap the planning.
        const auditing = settings.audit ? startAudit(settings, matrix, found) : undefined;
        const lineage = await loadLineage(settings.workspace, matrix, (problems) => notes.report(problems, TITLE.lineage));
        const result = await log_group('Plan', async () => {
            const input = {
                matrix,
                matrixPath: settings.matrixPath,
                change: found.change,
                shards: settings.shards,
                maxJobs: settings.maxJobs,
                lineage,
                stages: settings.stages,
                published: published?.state,
            };
            // An edit to the matrix file is planned from its base revision: yaml may be needed to read it.
            let p = await (0,yaml_source/* withYaml */.O9)(() => plan(input));
            const late = budget.exceeded();
            if (late)
                p = plan({ ...input, change: { kind: 'all', cause: late }, published: undefined });
            notes.report(p.warnings, TITLE.plan);
            logPlan(p, matrix);
            return p;
        });
        const audit = auditing && (await reportAudit(auditing, notes));
        writeOutputs(process.env.GITHUB_OUTPUT, result.outputs);
        await writeSummary(renderSummary(result, {
            eventName: settings.eventName,
            source: published ? 'published' : found.source,
            total: matrix.linux.length + matrix.darwin.length,
            findings: notes.all,
            audit: audit?.markdown ?? '',
        }), notes);
        return 0;
    }
    catch (err) {
        let message;
        if (err instanceof problems/* UserError */.yo) {
            notes.report(err.problems, TITLE.matrix);
            message = err.message;
        }
        else {
            // A bug, not bad input: the stack goes to the debug log only.
            message = `backend-matrix failed unexpectedly: ${err?.message ?? String(err)}`;
            log_debug(String(err?.stack ?? ''));
        }
        notes.fail(message);
        await writeSummary(renderFailure(message, notes.all), notes);
        return 1;
    }
    finally {
        notes.flush();
    }
}
async function loadMatrix(settings, notes) {
    const text = readMatrixFile(settings.workspace, settings.matrixFullPath, settings.matrixFile);
    const m = await (0,yaml_source/* withYaml */.O9)(() => loadMatrixFile(text, settings.matrixFile));
    log_info(`${m.linux.length} Linux and ${m.darwin.length} macOS entries; ${m.rules ? `${m.rules.sources.length} sources and ${m.rules.shared.length} shared rules` : 'no rules'}`);
    notes.report(m.problems, TITLE.matrix);
    return m;
}
const warningAt = (s, message) => ({ level: 'warning', message, file: s.matrixFile, line: 0, col: 0 });
function logPlan(p, matrix) {
    log_info(p.runAll
        ? `Building everything: ${p.runAllCause}`
        : `${p.files} changed file(s) considered (${p.ignored} ignored)`);
    log_info(`Selected ${p.selected.length} of ${matrix.linux.length + matrix.darwin.length} entries: ${p.singlearch.flat().length} single-arch, ${p.multiarch.length} multi-arch, ${p.darwin.length} macOS`);
    const s = p.staging;
    if (s && s.stages > 1)
        log_info(`${s.count} of ${s.stages} stages hold images (Linux entries per stage: ${s.entries.map((l) => l.length).join('/')})`);
}
/** The audit of the workspace, under way; a run that fails before it is reported ignores it. */
function startAudit(settings, matrix, found) {
    const report = auditWorkspace(settings.workspace, matrix, {
        found,
        matrixPath: settings.matrixPath,
    });
    report.catch(() => undefined);
    return report;
}
/** The audit only informs: its findings are warnings and its failure is one more. */
async function reportAudit(auditing, notes) {
    return log_group('Dockerfile audit', async () => {
        try {
            const report = await auditing;
            if (report.skipped)
                log_info(`Dockerfile audit skipped: ${report.skipped}`);
            if (report.scope)
                log_info(report.scope);
            notes.report(report.problems, TITLE.audit);
            return report;
        }
        catch (err) {
            notes.warning(`the Dockerfile audit failed (${err?.message ?? String(err)}); the plan does not depend on it`, TITLE.audit);
            return undefined;
        }
    });
}
/** The summary is a report, not a result: failing to write it never fails the step. */
async function writeSummary(markdown, notes) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    try {
        await summary.addRaw(markdown).write();
    }
    catch (err) {
        summary.emptyBuffer();
        notes.warning(`the step summary could not be written to GITHUB_STEP_SUMMARY (${file}): ${err.message}`, TITLE.run);
    }
}

;// CONCATENATED MODULE: ./src/action/index.ts

void run().then((code) => {
    process.exitCode = code;
    // Everything is written: end now rather than wait for Node to free the heap page by page
    // (milliseconds on a large matrix). Output still queued (a pipe on macOS) ends naturally.
    if (!process.stdout.writableLength && !process.stderr.writableLength)
        process.exit(code);
});

