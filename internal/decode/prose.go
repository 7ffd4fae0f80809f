package decode

import (
	"bufio"
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/escape"
)

// TextReport sums up a reading of free text: how many words it held, and how many of them were
// passed over (not part of any code, name or message found).
type TextReport struct {
	Words, Passed, Found int
}

// maxLine bounds the part of a line read at once; a longer line is read in parts cut at white space.
const maxLine = 64 << 10

// maxGap is the most words that are not content words (numbers, dates, identifiers) a message's
// words may be separated by in a text; a longer run ends any message, which keeps the findings
// waiting for a later message bounded.
const maxGap = 8

// maxShown bounds the codes remembered so that each is shown once; past it a code may repeat, but
// memory stays constant.
const maxShown = 4096

// ReadText reads free text (a ticket, an e-mail, a chat message, a log line) and calls emit, in the
// order the text holds them, for each code, code name and message found in it; everything else is
// passed over and counted. Each code is reported once. Memory stays constant whatever the size of
// the text, and the answer does not depend on how its bytes arrive.
func ReadText(cat *codes.Catalogue, r io.Reader, emit func(Result) error) (TextReport, error) {
	t := newTextReader(cat, emit)
	br := bufio.NewReaderSize(r, maxLine)
	var carry []byte
	for {
		chunk, err := br.ReadSlice('\n')
		end := err == nil || errors.Is(err, io.EOF)
		if errors.Is(err, bufio.ErrBufferFull) {
			// A line longer than the buffer: read up to its last white space, carry the rest.
			if i := lastSpace(chunk); i > 0 {
				carry = append(carry[:0], chunk[i:]...)
				chunk = chunk[:i]
			}
		} else if err != nil && !errors.Is(err, io.EOF) {
			return t.report, err
		}
		line := string(chunk)
		if len(carry) > 0 && !errors.Is(err, bufio.ErrBufferFull) {
			line = string(carry) + line
			carry = carry[:0]
		}
		if lerr := t.line(line, end); lerr != nil {
			return t.report, lerr
		}
		if errors.Is(err, io.EOF) {
			if len(carry) > 0 {
				if lerr := t.line(string(carry), true); lerr != nil {
					return t.report, lerr
				}
			}
			return t.finish()
		}
	}
}

func lastSpace(b []byte) int {
	for i := len(b) - 1; i > 0; i-- {
		if b[i] == ' ' || b[i] == '\t' {
			return i
		}
	}
	return -1
}

// finding is something found, waiting until no later phrase can overlap it.
type finding struct {
	start, end int
	results    []Result
	phrase     int // the phrase index of a message match, or -1
	dist       int
	quote      string // a message match's words as written
}

type textReader struct {
	cat  *codes.Catalogue
	ix   *phraseIndex
	emit func(Result) error

	pos     int        // words read so far (small ones included)
	win     []textWord // the last content words, for phrase matching
	quote   []string   // the last words as written, for quoting a match
	pending []finding
	shown   map[string]bool
	covered int
	report  TextReport

	// The context of the next number: the two words before it (lower case) and whether a sentence
	// ended since.
	prev, prev2 string
	hash        bool
	// num is a number that waits for the word after it (a unit names it as a count).
	num *pendingNum
	// boundary says a boundary stands before the next word.
	boundary bool
	matches  []phraseMatch
	// lastNum is the position of the last number read: a number right after another is part of a
	// run of digit groups (a phone number), never half of a code split by a space.
	lastNum int
	// split is a code split by a space ("617 020") or written with a thousands separator
	// ("617,020"), waiting for the token after it: a third group of digits makes it part of a
	// phone number, a unit makes it an amount.
	split *finding
	// listCtx is the context of the last number (the words before it) and listEnd where the list it
	// stands in ends: a number after it, or after "and" or "or" after it, is one more of the same
	// list ("orders 617123, 617124 and 617125").
	listCtx [2]string
	listEnd int
}

type pendingNum struct {
	text        string
	n           int
	pos         int
	prev, prev2 string
	hash, money bool
	boundary    bool
	// afterNum says a number stood right before this one.
	afterNum bool
}

func newTextReader(cat *codes.Catalogue, emit func(Result) error) *textReader {
	ix := phrases(cat)
	return &textReader{cat: cat, ix: ix, emit: emit, shown: map[string]bool{}, boundary: true,
		win: make([]textWord, 0, 2*ix.maxLen+4), lastNum: -2, listEnd: -2}
}

// quoteReplacer turns the typography of mail and chat clients into the plain characters the
// reading looks for.
var quoteReplacer = strings.NewReplacer(
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`, "″", `"`,
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u2009", " ", "\u200a", " ", "\u3000", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
	"–", "-", "—", "-", "−", "-",
	"０", "0", "１", "1", "２", "2", "３", "3", "４", "4", "５", "5", "６", "6", "７", "7", "８", "8", "９", "9",
)

var jsonReplacer = strings.NewReplacer("{", " ", "}", " ", "[", " ", "]", " ", `":"`, `": "`, `":`, `": `, `","`, `", "`)

// line reads one line of text; end says it ended (a part of a long line does not).
func (t *textReader) line(s string, end bool) error {
	s = quoteReplacer.Replace(s)
	if strings.ContainsAny(s, "{}[]") || strings.Contains(s, `":`) {
		// JSON pasted into a ticket: its keys and values as words.
		s = jsonReplacer.Replace(s)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	for _, chunk := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		if err := t.chunk(chunk); err != nil {
			return err
		}
	}
	if end {
		if err := t.settleNum(""); err != nil {
			return err
		}
		t.boundary = true
		if n := len(t.win); n > 0 {
			t.win[n-1].after = true
			// A message may end on a line's last word, standing alone on it.
			if err := t.phraseEnd(); err != nil {
				return err
			}
		}
	}
	return t.flush(false)
}

const leadChars = "\"'`([{<*#_~>|"
const trailChars = "\"'`)]}>*.,;:!?|"

// chunk reads one run of text between white space.
func (t *textReader) chunk(c string) error {
	core := strings.TrimLeft(c, leadChars)
	lead := c[:len(c)-len(core)]
	core = strings.TrimRight(core, trailChars)
	trail := c[len(lead)+len(core):]
	if strings.ContainsAny(lead, "\"'`([{<|") {
		t.boundary = true
	}
	hash := strings.Contains(lead, "#")
	money := false
	if strings.ContainsAny(core, "$€£¥") {
		money = true
		core = strings.TrimLeft(core, "$€£¥")
	}
	after := strings.ContainsAny(trail, "\"'`)]}>.;:!?|")
	sentence := strings.ContainsAny(trail, ".!?")
	// "mtapistatus=617020", "code:617020", `status:"500"`, "UpdateDateCannotBeInFuture(617020)": a
	// word and its value in one run.
	for {
		i := strings.IndexAny(core, "=:(")
		if i <= 0 || i == len(core)-1 || !isLetters(core[:i]) {
			break
		}
		if err := t.words(core[:i]); err != nil {
			return err
		}
		core = strings.Trim(core[i+1:], "\"'` ")
	}
	if core == "" {
		return t.endChunk(after, sentence)
	}
	switch {
	case isSignedDigits(core):
		if err := t.number(core, hash, money); err != nil {
			return err
		}
	case isDigitList(core):
		if err := t.list(core, hash, money); err != nil {
			return err
		}
	case isSlashList(core):
		// "617022/617023": codes joined by a slash, as a list. Each group has four digits or
		// more, so that a date ("17/06/2024") or a fraction is no list of codes.
		if err := t.list(strings.ReplaceAll(core, "/", ","), hash, money); err != nil {
			return err
		}
	case nearCodeShape(core):
		if err := t.letterCode(core); err != nil {
			return err
		}
	case hasDigit(core):
		// A date, a version, an amount, an identifier: not a code as written.
		if err := t.settleNum(""); err != nil {
			return err
		}
		t.advance(core)
		w := strings.ToLower(core)
		if strings.HasPrefix(w, "http/") {
			w = "http"
		}
		t.note(w)
	default:
		if err := t.words(core); err != nil {
			return err
		}
		return t.endChunk(after, sentence)
	}
	return t.endChunk(after, sentence)
}

func (t *textReader) endChunk(after, sentence bool) error {
	if after {
		t.boundary = true
		if n := len(t.win); n > 0 && t.win[n-1].pos == t.pos-1 {
			t.win[n-1].after = true
			if err := t.phraseEnd(); err != nil {
				return err
			}
		}
	}
	if sentence {
		if err := t.settleNum(""); err != nil {
			return err
		}
		t.prev, t.prev2 = "", ""
		t.listEnd = -2
	}
	return nil
}

// note records the word before the next number.
func (t *textReader) note(w string) {
	t.prev2, t.prev = t.prev, w
	t.hash = false
}

// words reads a run of words (a hyphenated or slashed compound is several).
func (t *textReader) words(run string) error {
	for _, w := range splitWords(run) {
		fw := foldWord(w)
		if err := t.settleNum(fw); err != nil {
			return err
		}
		p := t.advance(w)
		if t.listEnd == p-1 && listWords()[fw] {
			t.listEnd = p
		}
		if identifierShape(w) {
			if es := t.cat.LookupName(w); len(es) > 0 {
				r := Resolve(t.cat, w)
				r.Mention = MentionName
				t.add(finding{start: p, end: p, results: []Result{r}, phrase: -1})
			}
		}
		t.note(fw)
		for _, cw := range expand(fw) {
			if cw == "" || smallWords()[cw] {
				continue
			}
			if err := t.content(textWord{w: cw, stem: stem(cw), pos: p, before: t.boundary}); err != nil {
				return err
			}
		}
	}
	return nil
}

// content adds a content word to the window and looks for messages ending at it.
func (t *textReader) content(tw textWord) error {
	t.boundary = false
	if n := len(t.win); n > 0 && tw.pos-t.win[n-1].pos > maxGap {
		// No message spans a run of numbers and other tokens: the window starts again.
		t.win = t.win[:0]
	}
	if len(t.win) == cap(t.win) {
		copy(t.win, t.win[1:])
		t.win = t.win[:len(t.win)-1]
	}
	t.win = append(t.win, tw)
	return t.phraseEnd()
}

// advance counts one word of the text, written w, and returns its position.
func (t *textReader) advance(w string) int {
	t.remember(w)
	t.pos++
	return t.pos - 1
}

// remember keeps the last words as written, to quote a message found.
func (t *textReader) remember(w string) {
	max := 2*t.ix.maxLen + 8
	if len(t.quote) == max {
		copy(t.quote, t.quote[1:])
		t.quote = t.quote[:max-1]
	}
	t.quote = append(t.quote, w)
}

// phraseEnd looks for messages ending at the last content word.
func (t *textReader) phraseEnd() error {
	t.matches = t.ix.matchAt(t.win, t.matches[:0])
	for _, m := range t.matches {
		f := finding{start: m.start, end: m.end, phrase: m.phrase, dist: m.dist, quote: t.quoteOf(m.start, m.end)}
		// A match found again (its last word now has a boundary after it) replaces itself.
		if i := slices.IndexFunc(t.pending, func(o finding) bool {
			return o.phrase == m.phrase && o.start <= m.end && m.start <= o.end
		}); i >= 0 {
			if o := t.pending[i]; o.dist < m.dist || o.dist == m.dist && o.end-o.start >= m.end-m.start {
				continue
			}
			t.pending = slices.Delete(t.pending, i, i+1)
		}
		t.add(f)
	}
	return nil
}

func (t *textReader) add(f finding) { t.pending = append(t.pending, f) }

// settleNum decides the number waiting for the word after it, next ("" at a boundary).
func (t *textReader) settleNum(next string) error {
	if f := t.split; f != nil {
		t.split = nil
		if !unitWords()[next] {
			t.add(*f)
		}
	}
	pn := t.num
	if pn == nil {
		return nil
	}
	t.num = nil
	if unitWords()[next] || pn.money {
		return nil
	}
	if !t.isCode(pn) {
		return nil
	}
	r := Resolve(t.cat, pn.text)
	r.Mention = MentionCode
	t.add(finding{start: pn.pos, end: pn.pos, results: []Result{r}, phrase: -1})
	return nil
}

// number reads a number; whether it is a code waits for the word after it.
func (t *textReader) number(s string, hash, money bool) error {
	if t.split != nil && t.split.end == t.pos-1 {
		// A third group of digits: "+1 617 020 4455" is a phone number, not a code.
		t.split = nil
	}
	prevNum := t.num
	if err := t.settleNum(""); err != nil {
		return err
	}
	p := t.advance(s)
	afterNum := t.lastNum == p-1
	t.lastNum = p
	prev, prev2 := t.prev, t.prev2
	if t.listEnd == p-1 {
		prev, prev2 = t.listCtx[0], t.listCtx[1]
	}
	t.listCtx, t.listEnd = [2]string{prev, prev2}, p
	// "617 020", "404 1001": a code split by a space is offered, never decoded; two groups of
	// digits standing alone, not the end of a longer run of them.
	if prevNum != nil && prevNum.pos == p-1 && !prevNum.afterNum && !strings.HasPrefix(prevNum.text, "-") && !otherWords()[prevNum.prev] {
		if n, ok := t.joined(prevNum.text, s); ok {
			t.dropAt(prevNum.pos)
			t.split = &finding{start: prevNum.pos, end: p, results: []Result{NearCode(t.cat, prevNum.text+" "+s, n)}, phrase: -1}
			t.note("")
			return nil
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || len(strings.TrimLeft(s, "+-")) > 10 {
		t.note("")
		return nil
	}
	t.num = &pendingNum{text: strings.TrimPrefix(s, "+"), n: n, pos: p, prev: prev, prev2: prev2, hash: hash || t.hash, money: money, afterNum: afterNum}
	t.note("")
	return nil
}

// dropAt removes a pending finding at position p (a number now read as part of a split code).
func (t *textReader) dropAt(p int) {
	t.pending = slices.DeleteFunc(t.pending, func(f finding) bool { return f.phrase < 0 && f.start == p && f.end == p })
}

// joined reports whether two numbers written one after the other are the halves of a documented
// code: three digits and three ("617 020"), or 404 and four ("404 1001").
func (t *textReader) joined(a, b string) (int, bool) { return splitCode(t.cat, a, b) }

// nearCode adds a code written with a space or a letter in it, as a suggestion.
func (t *textReader) nearCode(written string, n, start, end int) {
	t.add(finding{start: start, end: end, results: []Result{NearCode(t.cat, written, n)}, phrase: -1})
}

// NearCode is the result for text that is nearly the documented code n ("617 020", "617O20"): it is
// not decoded, only offered.
func NearCode(cat *codes.Catalogue, written string, n int) Result {
	return Result{Input: written, Kind: codes.Unknown, Status: StatusInvalid, cat: cat, Mention: MentionNearCode,
		Quote:   written,
		invalid: escape.Quote(written) + " is not a code as written: a code has no space or letter in it. It reads as " + strconv.Itoa(n) + ".",
		suggest: []string{strconv.Itoa(n)}}
}

// list reads digits separated by commas: a list of codes ("617020,901002"), or an amount with
// thousands separators ("1,250", "617,020"), which is not a code (and is offered as one when its
// digits are a documented code).
func (t *textReader) list(s string, hash, money bool) error {
	parts := strings.Split(s, ",")
	thousands := len(parts[0]) <= 3
	for _, p := range parts[1:] {
		thousands = thousands && len(p) == 3
	}
	if thousands {
		if err := t.settleNum(""); err != nil {
			return err
		}
		p := t.advance(s)
		t.lastNum = p
		if n, err := strconv.Atoi(strings.Join(parts, "")); err == nil && !money && !otherWords()[t.prev] && len(t.cat.Lookup(n).Entries) > 0 && len(parts) == 2 {
			// Offered unless a unit follows ("617,020 USD").
			t.split = &finding{start: p, end: p, results: []Result{NearCode(t.cat, s, n)}, phrase: -1}
		}
		t.note("")
		return nil
	}
	prev, prev2 := t.prev, t.prev2
	for _, p := range parts {
		if p == "" {
			continue
		}
		// Every value of a list has the context of the list.
		t.prev, t.prev2 = prev, prev2
		if err := t.number(p, hash, money); err != nil {
			return err
		}
		if err := t.settleNum(""); err != nil {
			return err
		}
	}
	return nil
}

// letterCode reads a code written with a letter O for a zero (or l, I for a one).
func (t *textReader) letterCode(s string) error {
	if err := t.settleNum(""); err != nil {
		return err
	}
	p := t.advance(s)
	t.note("")
	fixed := strings.Map(func(r rune) rune {
		switch r {
		case 'O', 'o':
			return '0'
		case 'l', 'I':
			return '1'
		}
		return r
	}, s)
	if n, err := strconv.Atoi(fixed); err == nil && len(t.cat.Lookup(n).Entries) > 0 {
		t.nearCode(s, n, p, p)
	}
	return nil
}

// flush emits the findings no later phrase can overlap any more; all of them when final.
func (t *textReader) flush(final bool) error {
	if len(t.pending) == 0 {
		return nil
	}
	limit := t.pos
	if n := len(t.win); n > 0 && t.pos-1-t.win[n-1].pos > maxGap {
		// No message can reach back over the gap since the last word: everything is settled.
		final = true
	}
	if !final {
		// A message still to come starts no earlier than this.
		if back := len(t.win) - (t.ix.maxLen + 2); back > 0 {
			limit = t.win[back].pos
		} else if len(t.win) > 0 {
			limit = t.win[0].pos
		}
	}
	slices.SortStableFunc(t.pending, func(a, b finding) int { return a.start - b.start })
	i := 0
	for i < len(t.pending) {
		// A cluster: findings whose spans overlap, chained.
		j, end := i+1, t.pending[i].end
		for j < len(t.pending) && t.pending[j].start <= end {
			end = max(end, t.pending[j].end)
			j++
		}
		if !final && end >= limit {
			break
		}
		if err := t.settle(t.pending[i:j], t.pending[j:]); err != nil {
			return err
		}
		i = j
	}
	t.pending = slices.Delete(t.pending, 0, i)
	return nil
}

// settle emits one cluster of overlapping findings: codes and names as they are; of the messages,
// an exact match wins outright (the longest, when several), and tolerant matches are all shown as
// candidates, unless a code in the text already names one of them.
func (t *textReader) settle(cluster, later []finding) error {
	var exact, near []finding
	for _, f := range cluster {
		switch {
		case f.phrase < 0:
			if err := t.show(f.results, f.end-f.start+1); err != nil {
				return err
			}
		case f.dist == 0:
			exact = append(exact, f)
		default:
			near = append(near, f)
		}
	}
	if len(exact) > 0 {
		longest := slices.MaxFunc(exact, func(a, b finding) int { return (a.end - a.start) - (b.end - b.start) })
		var keep []finding
		for _, f := range exact {
			if f.end-f.start == longest.end-longest.start {
				keep = append(keep, f)
			}
		}
		return t.showPhrases(keep, MentionMessage, later)
	}
	// Of the tolerant matches, those that fit best are the candidates.
	if len(near) > 0 {
		best := slices.MinFunc(near, func(a, b finding) int { return a.dist - b.dist }).dist
		near = slices.DeleteFunc(near, func(f finding) bool { return f.dist > best })
	}
	return t.showPhrases(near, MentionNearMessage, later)
}

func (t *textReader) showPhrases(fs []finding, how Mention, later []finding) error {
	if len(fs) == 0 {
		return nil
	}
	var cands []int
	start, end, quote := fs[0].start, fs[0].end, fs[0].quote
	for _, f := range fs {
		if f.end-f.start > end-start {
			quote = f.quote
		}
		for _, c := range t.ix.phrases[f.phrase].codes {
			if !slices.Contains(cands, c) {
				cands = append(cands, c)
			}
		}
		start, end = min(start, f.start), max(end, f.end)
	}
	// A code written next to the message ("617008: Service Request couldn't be updated") says
	// which one was meant.
	for _, c := range cands {
		if t.shown[strconv.Itoa(c)] || t.codeNear(later, c) {
			t.covered += end - start + 1
			return nil
		}
	}
	var rs []Result
	for _, c := range cands {
		r := Resolve(t.cat, strconv.Itoa(c))
		r.Mention, r.Quote, r.Candidates = how, quote, len(cands)
		if quote != "" {
			r.Input = quote
		}
		rs = append(rs, r)
	}
	return t.show(rs, end-start+1)
}

// codeNear reports whether a finding still to come, within a few words, is code c.
func (t *textReader) codeNear(later []finding, c int) bool {
	for _, f := range later {
		if f.phrase < 0 && len(f.results) == 1 && f.results[0].HasCode && f.results[0].Code == c {
			return true
		}
	}
	return false
}

// quoteOf is the words from start to end as written, when they are still remembered.
func (t *textReader) quoteOf(start, end int) string {
	first := t.pos - len(t.quote)
	if start < first || end >= t.pos {
		return ""
	}
	return strings.Join(t.quote[start-first:end-first+1], " ")
}

func (t *textReader) show(rs []Result, words int) error {
	t.covered += words
	for _, r := range rs {
		key := r.Input
		if r.HasCode {
			key = strconv.Itoa(r.Code)
		}
		if t.shown[key] {
			continue
		}
		if len(t.shown) < maxShown {
			t.shown[key] = true
		}
		t.report.Found++
		if err := t.emit(r); err != nil {
			return err
		}
	}
	return nil
}

func (t *textReader) finish() (TextReport, error) {
	if err := t.settleNum(""); err != nil {
		return t.report, err
	}
	if err := t.flush(true); err != nil {
		return t.report, err
	}
	t.report.Words = t.pos
	t.report.Passed = max(0, t.pos-t.covered)
	return t.report, nil
}

// isCode decides whether a number in prose is a code, from its value and the words around it.
func (t *textReader) isCode(pn *pendingNum) bool {
	prev, prev2 := pn.prev, pn.prev2
	if countWords()[prev] {
		// "number 617020", "no. 617020": the word before says what it is a number of.
		prev, prev2 = prev2, ""
	}
	if otherWords()[prev] {
		return false
	}
	n := pn.n
	code := codeWords()[prev] || pn.hash && n > 0 && t.cat.ControllerFor(n) != nil
	httpCtx := httpWords()[prev] || prev == "code" && httpWords()[prev2]
	switch {
	case n == codes.NotSetCode:
		return true
	case n < 0:
		return false
	case n >= 200 && n <= 599:
		return httpCtx
	case t.cat.ControllerFor(n) != nil:
		return true
	case len(t.cat.Lookup(n).Entries) > 0 || len(t.cat.PrintedAs(n)) > 0:
		return code || httpCtx
	}
	return false
}

// codeWords say the number after them is a code.
var codeWords = sync.OnceValue(func() map[string]bool {
	return setOf("error", "errors", "err", "code", "codes", "status", "statuses", "statuscode", "errorcode",
		"mtapistatus", "mtapi", "returned", "returns", "return", "returning", "got", "get", "gets", "getting",
		"received", "receiving", "result", "response", "value", "fails", "failed", "failing", "see", "throws", "threw")
})

// httpWords say the number after them is an HTTP status.
var httpWords = sync.OnceValue(func() map[string]bool {
	return setOf("http", "https", "status", "statuscode", "mtapistatus")
})

// otherWords say the number after them is something else than a code.
var otherWords = sync.OnceValue(func() map[string]bool {
	return setOf("order", "orders", "ticket", "tickets", "case", "cases", "incident", "inc", "invoice",
		"invoices", "ref", "reference", "account", "acct", "customer", "client", "user", "userid", "id", "po",
		"sr", "request", "req", "job", "build", "version", "ver", "port", "pid", "line", "page", "zip", "phone",
		"tel", "fax", "ext", "item", "sku", "tracking", "transaction", "txn", "payment", "amount", "total",
		"qty", "quantity", "room", "flight", "call", "policy", "claim", "member", "employee", "badge", "serial",
		"batch", "lot", "record", "row", "file", "issue", "pr", "bug", "change", "chg", "ritm", "task", "cost",
		"price", "balance", "postal", "zipcode", "year", "day", "week", "month", "session", "org",
		"organization", "organisation", "appid", "guid", "mobile", "cell", "notice", "notices", "service",
		"services", "enrollment", "artifact", "attachment", "assignment", "province", "country",
		"usd", "eur", "cad", "gbp", "chf", "aud", "jpy", "inr")
})

// listWords join the numbers of one list.
var listWords = sync.OnceValue(func() map[string]bool {
	return setOf("and", "or", "&", "und", "et", "y", "nor", "plus")
})

// countWords stand between what a number counts and the number ("order number 617123").
var countWords = sync.OnceValue(func() map[string]bool {
	return setOf("number", "no", "nr", "num", "nbr", "#")
})

// unitWords after a number say it is a count or a measure.
var unitWords = sync.OnceValue(func() map[string]bool {
	return setOf("items", "item", "units", "rows", "records", "users", "bytes", "kb", "mb", "gb", "ms",
		"seconds", "secs", "sec", "minutes", "mins", "hours", "hrs", "days", "weeks", "months", "years", "times",
		"usd", "cad", "eur", "gbp", "dollars", "euros", "customers", "people", "pages", "lines", "characters",
		"chars", "km", "miles", "requests", "calls", "orders", "tickets", "percent", "px")
})

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z') && s[i] != '_' && s[i] != '-' {
			return false
		}
	}
	return s != ""
}

func isSignedDigits(s string) bool {
	d := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	return d != "" && len(s)-len(d) <= 1 && allDigits(d)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func hasDigit(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }

// isSlashList reports whether s is numbers of four digits or more joined by slashes ("617022/617023").
func isSlashList(s string) bool {
	if !strings.Contains(s, "/") {
		return false
	}
	for _, p := range strings.Split(s, "/") {
		if len(p) < 4 || !allDigits(p) {
			return false
		}
	}
	return true
}

// isDigitList reports whether s is numbers joined by commas ("617020,901002", "1,250").
func isDigitList(s string) bool {
	if !strings.Contains(s, ",") {
		return false
	}
	for _, p := range strings.Split(s, ",") {
		if p != "" && !isSignedDigits(p) {
			return false
		}
	}
	return strings.Trim(s, ",") != ""
}

// nearCodeShape reports whether s is six or seven characters of digits in which a letter O (or l, I)
// stands for a digit: how OCR and hurried typing write a code.
func nearCodeShape(s string) bool {
	if len(s) < 6 || len(s) > 7 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case c == 'O' || c == 'o' || c == 'l' || c == 'I':
			letters++
		default:
			return false
		}
	}
	return letters > 0 && digits >= 4
}

// identifierShape reports whether a word is written like a code name: CamelCase or with underscores.
func identifierShape(w string) bool {
	if len(w) < 6 {
		return false
	}
	if strings.Contains(w, "_") {
		return true
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return true
		}
	}
	return false
}
