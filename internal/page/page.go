// Package page reads a copy of the "MTAPI status codes" documentation page: text copied from the
// browser, Confluence storage format (the XHTML of body.storage) or Confluence's HTML export. It
// returns the page's sections (controller headings with their ranges) and the entries listed under
// each, with their messages.
//
// The grammar is the page's own: a heading is a line "Label (start-end)"; an entry is "Name = code",
// optionally followed by a trailing comma and a "// comment"; its message is the text on the line
// after it or on the line before it, depending on the layout of the section; a "Note: Not
// implemented yet." line marks the section's entries as placeholders. Copies lose line breaks
// between list items, so entries are split wherever "Name = digits" occurs, and the text glued to an
// entry on the same line tells which layout a section uses.
//
// Parsing is streamed and bounded: lines, messages, entries and the whole input have fixed limits,
// so memory stays bounded whatever the input.
package page

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what one page may hold. The real page is about 40 kB with under 300 entries.
const (
	MaxInput    = 32 << 20
	maxLine     = 64 << 10
	maxMessage  = 2000
	maxEntries  = 100000
	maxSections = 10000
	// minCodeDigits: a status code has at least four digits (4000, 62000, 601000, 4041001);
	// "PageSize = 0" in a message is prose.
	minCodeDigits = 4
)

// Form is the kind of copy a page was read from.
type Form string

// The forms a page copy can take.
const (
	Text    Form = "text"
	Storage Form = "storage"
	HTML    Form = "html"
)

// Page is what a copy of the page lists.
type Page struct {
	Form     Form
	Sections []Section
}

// Section is a controller heading and the entries under it. The first section has no heading when
// entries come before any heading.
type Section struct {
	// Heading is the label as printed, without the range: "Services Controller".
	Heading    string
	Start, End int
	// NotImplemented is set when the section carries a "Not implemented yet" note: its entries are
	// placeholders.
	NotImplemented bool
	Entries        []Entry
}

// Entry is one "Name = code" line and its message (empty when none was printed).
type Entry struct {
	Name    string
	Code    int
	Message string
	// Line is the input line the entry was read from (text form), for reports.
	Line int
	// Placeholder is set for an entry listed after its section's "Not implemented yet" note.
	Placeholder bool
}

// Entries returns every entry of the page in page order.
func (p *Page) Entries() []Entry {
	var out []Entry
	for _, s := range p.Sections {
		out = append(out, s.Entries...)
	}
	return out
}

// ErrTooLarge is returned for input beyond the limits.
var ErrTooLarge = errors.New("page is too large")

// Options tune the parser.
type Options struct {
	// Known reports whether a catalogue holds the pair (code, name). Where a copy glued a message
	// that ends in a capitalised word to the next name ("Invalid Artifact TypeUpdatingArtifactFailed
	// = 604002"), the name is cut where the rest is a known name at that code.
	Known func(code int, name string) bool
	// Messages returns the messages a catalogue holds for a code. Where a copy shows nothing of a
	// run's layout (no line glued to an entry, a message-first section running straight into
	// codes whose heading was never printed), the layout under which more messages read as the
	// catalogue has them wins, and a message between two runs goes to the entry whose message it
	// is.
	Messages func(code int) []string
}

// ParseWith reads a page copy in any of the three forms, telling them apart by their first bytes:
// markup is storage format or an HTML export, a JSON document is a REST API answer whose
// body.storage.value holds the storage format, anything else is text (see ParseText).
func ParseWith(r io.Reader, o Options) (*Page, error) {
	br := decodeBOM(bufio.NewReaderSize(io.LimitReader(r, MaxInput+1), 64<<10))
	head, _ := br.Peek(4096)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(trimmed) > 0 && trimmed[0] == '{':
		data, err := readAll(br)
		if err != nil {
			return nil, err
		}
		var doc struct {
			Body struct {
				Storage struct {
					Value string `json:"value"`
				} `json:"storage"`
			} `json:"body"`
		}
		if err := json.Unmarshal(data, &doc); err != nil || doc.Body.Storage.Value == "" {
			return parseText(bytes.NewReader(data), o)
		}
		return parseHTML(strings.NewReader(doc.Body.Storage.Value), o)
	case len(trimmed) > 0 && trimmed[0] == '<':
		return parseHTML(br, o)
	}
	return parseText(br, o)
}

func readAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInput+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxInput {
		return nil, fmt.Errorf("%w: more than %d MiB", ErrTooLarge, MaxInput>>20)
	}
	return data, nil
}

// ParseText reads text copied from the browser.
func ParseText(r io.Reader) (*Page, error) { return parseText(r, Options{}) }

func parseText(r io.Reader, o Options) (*Page, error) {
	b := newBuilder(Text, o)
	br := bufio.NewReaderSize(&crReader{r: r}, 64<<10)
	total := 0
	for lineNo := 1; ; lineNo++ {
		line, size, err := readLine(br)
		total += size
		if total > MaxInput {
			return nil, fmt.Errorf("%w: more than %d MiB", ErrTooLarge, MaxInput>>20)
		}
		if size > 0 {
			if ferr := b.line(line, relSoft, lineNo); ferr != nil {
				return nil, ferr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

// readLine returns the next line without its line ending, cut at maxLine bytes (the rest of an
// overlong line is skipped), and the number of bytes consumed.
func readLine(br *bufio.Reader) (string, int, error) {
	var buf []byte
	size := 0
	for {
		chunk, err := br.ReadSlice('\n')
		size += len(chunk)
		if len(buf) < maxLine {
			room := maxLine - len(buf)
			if len(chunk) > room {
				chunk = chunk[:room]
			}
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return strings.TrimRight(string(buf), "\r\n"), size, err
	}
}

// relation says how an item relates to the one before it.
type relation int

const (
	// relSoft: a line break of a text copy or a block boundary: the two may or may not belong to one
	// list item.
	relSoft relation = iota
	// relSame: inside one list item (a <br /> or paragraph inside an <li>).
	relSame
	// relOther: certainly another list item: text glued on one line where a copy lost the break
	// between two items, or a new <li>.
	relOther
)

type itemKind int

const (
	kindEntry itemKind = iota
	kindText
	// kindBreak is text that is nobody's message: a heading that names no controller, a note.
	kindBreak
)

type item struct {
	kind  itemKind
	rel   relation
	text  string // message text
	entry int    // index into the section's entries
}

type builder struct {
	page    *Page
	sec     *Section
	items   []item
	entries int
	err     error
	// open tracks a heading split over lines: 1 after "Label (", 2 after "start-".
	open     int
	known    func(int, string) bool
	messages func(int) []string
	// marked is set when the line before began with a list marker.
	marked bool
}

func newBuilder(form Form, o Options) *builder {
	b := &builder{page: &Page{Form: form}, known: o.Known, messages: o.Messages}
	b.page.Sections = append(b.page.Sections, Section{})
	b.sec = &b.page.Sections[0]
	return b
}

// line feeds one logical line: a line of text, or the text of one block of markup.
func (b *builder) line(s string, rel relation, lineNo int) error {
	if b.err != nil {
		return b.err
	}
	if !utf8.ValidString(s) {
		s = fromWindows1252(s)
	}
	s = clean(s)
	if s == "" || s == "..." || s == "…" {
		return nil
	}
	// A bullet or a number starts a new list item (the bullet layout of some copies). Where line
	// after line carries one, each line is marked and the markers say nothing of the items.
	rest, marked := cutMarker(s)
	if marked {
		s = rest
		if !b.marked {
			rel = relOther
		}
	}
	b.marked = marked
	if b.headingLine(s, false) {
		return b.err
	}
	// A heading whose range a diff view split over lines: "Services Controller (", "618000-",
	// "618999)". The section starts at the label; the numbers fill in its range.
	if label, ok := strings.CutSuffix(s, "("); ok && b.open == 0 && len(s) < 200 && strings.Contains(label, " ") && !strings.Contains(label, "=") {
		b.section(strings.TrimSpace(label), 0, 0)
		b.open = 1
		return b.err
	}
	if b.open > 0 {
		if n, ok := digits(strings.TrimSpace(strings.TrimSuffix(s, "-"))); ok && strings.HasSuffix(s, "-") && b.open == 1 {
			b.sec.Start, b.open = n, 2
			return nil
		}
		if n, ok := digits(strings.TrimSpace(strings.TrimSuffix(s, ")"))); ok && strings.HasSuffix(s, ")") && b.open == 2 {
			if n >= b.sec.Start {
				b.sec.End = n
			}
			b.open = 0
			return nil
		}
	}
	if rest, ok := cutNote(s); ok {
		// The note, and whatever sentence follows it up to the first entry, is nobody's message.
		b.note()
		m, found := nextEntry(rest, b.known)
		if !found {
			return nil
		}
		s, rel = rest[m.start:], relOther
	}
	if strings.HasPrefix(s, "//") {
		return nil
	}
	b.lineEntries(s, rel, lineNo)
	return b.err
}

// lineEntries reads the entries of one line and the text around them.
func (b *builder) lineEntries(s string, rel relation, lineNo int) {
	first := true
	for s != "" {
		m, ok := nextEntry(s, b.known)
		if !ok {
			b.text(s, rel, first)
			return
		}
		if pre := strings.TrimSpace(s[:m.start]); pre != "" {
			b.text(pre, rel, first)
			first = false
		}
		r := rel
		if !first {
			r = relOther
		}
		b.entry(m, r, lineNo)
		first = false
		var more bool
		if s, more = b.afterEntry(s[m.end:]); !more {
			return
		}
	}
}

// afterEntry is what follows an entry on its line that may hold a message or more entries, and
// false when nothing does.
func (b *builder) afterEntry(rest string) (string, bool) {
	rest = strings.TrimLeft(rest, " \t")
	rest = strings.TrimPrefix(rest, ",")
	// "Name = 618005 – Retrieving activities failed": the dash separates, it is not the message.
	for _, sep := range []string{" – ", " — ", " - ", " : ", "– ", "— ", "- ", ": "} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			rest = r
			break
		}
	}
	if strings.HasPrefix(strings.TrimLeft(rest, " \t"), "//") {
		// A comment runs to the end of the line; it is not a message.
		return "", false
	}
	if r, ok := gluedNote(rest); ok {
		// A note glued onto the code line ("UserExistsFailed = 620001Note: Not implemented
		// yet.") is nobody's message, up to the next entry on the line; the one that marks the
		// section as not implemented does so, as on a line of its own.
		if _, ni := cutNote(rest); ni {
			b.note()
		}
		m, found := nextEntry(r, b.known)
		if !found {
			return "", false
		}
		rest = r[m.start:]
	}
	return rest, rest != ""
}

func (b *builder) text(s string, rel relation, first bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.Trim(s, ".,;:-–—•·*()[]{}\"'") == "" {
		return
	}
	if !first {
		rel = relOther
	}
	if len(b.items) > 4*maxEntries {
		// Only the items next to entries matter; a page of endless prose keeps the last few.
		b.items = b.items[len(b.items)-1:]
	}
	b.items = append(b.items, item{kind: kindText, rel: rel, text: s})
}

func (b *builder) entry(m match, rel relation, lineNo int) {
	b.entries++
	if b.entries > maxEntries {
		b.err = fmt.Errorf("%w: more than %d entries", ErrTooLarge, maxEntries)
		return
	}
	b.sec.Entries = append(b.sec.Entries, Entry{Name: m.name, Code: m.code, Line: lineNo, Placeholder: b.sec.NotImplemented})
	b.items = append(b.items, item{kind: kindEntry, rel: rel, entry: len(b.sec.Entries) - 1})
}

func (b *builder) section(label string, start, end int) {
	b.attach()
	if len(b.page.Sections) >= maxSections {
		b.err = fmt.Errorf("%w: more than %d headings", ErrTooLarge, maxSections)
		return
	}
	b.page.Sections = append(b.page.Sections, Section{Heading: label, Start: start, End: end})
	b.sec = &b.page.Sections[len(b.page.Sections)-1]
}

func (b *builder) finish() *Page {
	b.attach()
	// Drop the empty headless section at the top.
	if s := b.page.Sections[0]; s.Heading == "" && len(s.Entries) == 0 {
		b.page.Sections = b.page.Sections[1:]
	}
	for i := range b.page.Sections {
		b.page.Sections[i].Entries = merge(b.page.Sections[i].Entries)
	}
	return b.page
}

// merge folds repeated (code, name) pairs of one section into the first, keeping the first message
// printed (the 404 block lists 4041001 twice: with its description, then with a comment).
func merge(es []Entry) []Entry {
	type key struct {
		code int
		name string
	}
	at := make(map[key]int, len(es))
	out := es[:0]
	for _, e := range es {
		k := key{e.Code, e.Name}
		if i, dup := at[k]; dup {
			if out[i].Message == "" {
				out[i].Message = e.Message
			}
			out[i].Placeholder = out[i].Placeholder && e.Placeholder
			continue
		}
		at[k] = len(out)
		out = append(out, e)
	}
	return out
}

// attach gives the section's entries their messages. A run of entries is laid out either "Name =
// code, then message" or "message, then Name = code"; the layout is read from how text sits next to
// the entries (see relation), and ties go to the first, which is also the exported form. A section
// can hold several runs with different layouts when a heading was never printed (the codes of two
// controllers under one heading), so each run of one thousand-block of codes is read on its own.
func (b *builder) attach() {
	items := b.items
	b.items = b.items[:0]
	if len(b.sec.Entries) == 0 {
		return
	}
	if b.sec.Heading == "" {
		// Before the first heading comes the page introduction; its text is nobody's message.
		for len(items) > 0 && items[0].kind != kindEntry {
			items = items[1:]
		}
	}
	es := b.sec.Entries
	runs := entryRuns(items, es)
	owner := make([]int, len(items)) // run index + 1 that took a text item
	nameFirst := make([]bool, len(runs))
	margin := make([]int, len(runs)) // how clearly the glue shows the run's layout
	for r, ru := range runs {
		nameFirst[r], margin[r] = b.layout(items, es, ru)
	}
	// Name-first runs take the text after each entry; message-first runs the text before. Where a
	// name-first run and a message-first run claim the one text between them, the text's own
	// relation decides: glued after the entry (another item) gives it to the next run.
	for r, ru := range runs {
		if nameFirst[r] {
			claimAfter(items, ru, r, owner)
		}
	}
	for r, ru := range runs {
		if !nameFirst[r] {
			b.claimBefore(items, es, ru, r, margin, owner)
		}
	}
	for i, it := range items {
		if it.kind != kindText || owner[i] == 0 {
			continue
		}
		if nameFirst[owner[i]-1] {
			setMessage(&es[items[i-1].entry], it.text)
		} else {
			setMessage(&es[items[i+1].entry], it.text)
		}
	}
}

// run is the first and last entry item of consecutive entries of one thousand-block.
type run struct{ lo, hi int }

// entryRuns splits a section's items into runs of one block each.
func entryRuns(items []item, es []Entry) []run {
	var runs []run
	key := -1
	for i, it := range items {
		if it.kind != kindEntry {
			continue
		}
		k := block(es[it.entry].Code)
		if k < 0 && len(runs) > 0 {
			k = key // a number of the wrong length (a typo) stays in its run
		}
		if len(runs) == 0 || k != key {
			runs = append(runs, run{i, i})
			key = k
		}
		runs[len(runs)-1].hi = i
	}
	return runs
}

// layout reads whether a run is name-first from how its text is glued to its entries, and how
// clearly (the margin); where nothing glued shows it, from which side the catalogue's messages sit.
func (b *builder) layout(items []item, es []Entry, ru run) (nameFirst bool, margin int) {
	nf, mf := 0, 0
	lo, hi := ru.lo, ru.hi
	before := lo > 0 && items[lo-1].kind == kindText
	after := hi+1 < len(items) && items[hi+1].kind == kindText
	if before {
		lo--
	}
	if after {
		hi++
	}
	for i := lo + 1; i <= hi; i++ {
		p, c := items[i-1], items[i]
		switch {
		case p.kind == kindEntry && c.kind == kindText && c.rel == relSame,
			p.kind == kindText && c.kind == kindEntry && c.rel == relOther:
			nf++
		case p.kind == kindText && c.kind == kindEntry && c.rel == relSame,
			p.kind == kindEntry && c.kind == kindText && c.rel == relOther:
			mf++
		}
	}
	margin = max(nf-mf, mf-nf)
	if before {
		mf++
	}
	if after {
		nf++
	}
	nameFirst = nf >= mf
	if margin == 0 && b.messages != nil {
		// Nothing glued shows the layout: read it from the catalogue's messages.
		if byNF, byMF := b.knownSides(items, es, ru); byNF != byMF {
			nameFirst = byNF > byMF
		}
	}
	return nameFirst, margin
}

// knownSides counts the run's entries whose catalogue message is the text after them (byNF) and
// before them (byMF).
func (b *builder) knownSides(items []item, es []Entry, ru run) (byNF, byMF int) {
	for i := ru.lo; i <= ru.hi; i++ {
		if items[i].kind != kindEntry {
			continue
		}
		if i+1 < len(items) && items[i+1].kind == kindText && b.knownMessage(es[items[i].entry].Code, items[i+1].text) {
			byNF++
		}
		if i > 0 && items[i-1].kind == kindText && b.knownMessage(es[items[i].entry].Code, items[i-1].text) {
			byMF++
		}
	}
	return byNF, byMF
}

// claimAfter gives name-first run r the text after each of its entries.
func claimAfter(items []item, ru run, r int, owner []int) {
	for i := ru.lo; i <= ru.hi+1 && i+1 < len(items); i++ {
		if items[i].kind == kindEntry && items[i+1].kind == kindText {
			owner[i+1] = r + 1
		}
	}
}

// claimBefore gives message-first run r the text before each of its entries, unless a name-first
// run took it and has the better claim: its catalogue message, a clearer layout, or the glue.
func (b *builder) claimBefore(items []item, es []Entry, ru run, r int, margin, owner []int) {
	for i := ru.lo; i <= ru.hi; i++ {
		if items[i].kind != kindEntry || i == 0 || items[i-1].kind != kindText {
			continue
		}
		if o := owner[i-1]; o != 0 && o != r+1 {
			mine := b.knownMessage(es[items[i].entry].Code, items[i-1].text)
			theirs := i >= 2 && items[i-2].kind == kindEntry && b.knownMessage(es[items[i-2].entry].Code, items[i-1].text)
			switch {
			case mine && !theirs:
			case theirs && !mine:
				continue
			case margin[r] > margin[o-1], items[i-1].rel == relOther, items[i].rel == relSame:
			default:
				continue
			}
		}
		owner[i-1] = r + 1
	}
}

// knownMessage reports whether text is a message the catalogue holds for code, typography and
// spacing aside.
func (b *builder) knownMessage(code int, text string) bool {
	if b.messages == nil {
		return false
	}
	t := FoldText(text)
	for _, m := range b.messages(code) {
		if m != "" && FoldText(m) == t {
			return true
		}
	}
	return false
}

// FoldText is text with the typography a wiki's editor substitutes as one types (curly quotes,
// dashes, ellipses, no-break spaces) made plain and runs of white space single: two copies of a
// message that read the same fold to the same string.
func FoldText(s string) string {
	fold := strings.NewReplacer("‘", "'", "’", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "…", "...", "\u00a0", " ")
	return strings.Join(strings.Fields(fold.Replace(s)), " ")
}

// block is the thousand-block a code belongs to, as the page's headings group codes: 601000-601999
// is one, the generic 901000-902999 is one, and so is the not-found family 404xxxx. Numbers of other
// lengths have none (-1).
func block(code int) int {
	switch {
	case code >= 4040000 && code <= 4049999:
		return 4040
	case code >= 901000 && code <= 902999:
		return 901
	case code >= 100000 && code <= 999999:
		return code / 1000
	}
	return -1
}

func setMessage(e *Entry, s string) {
	if len(s) > maxMessage {
		s = s[:maxMessage]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	e.Message = s
}

// clean turns a line into plain single-spaced text: no control characters, no-break spaces as
// spaces, invalid UTF-8 replaced, runs of white space collapsed, trimmed.
func clean(s string) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == '\u00a0', r == '\u2007', r == '\u202f', unicode.IsSpace(r):
			if r == utf8.RuneError {
				r = '\ufffd'
				break
			}
			space = true
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029':
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// heading recognises "Label (start-end)", the form of every controller heading
// ("App Controller (603000 - 603999)" has spaces around the dash).
func heading(s string) (label string, start, end int, ok bool) {
	if !strings.HasSuffix(s, ")") || len(s) > 200 {
		return "", 0, 0, false
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 {
		return "", 0, 0, false
	}
	label = strings.TrimSpace(s[:open])
	inner := strings.TrimSpace(s[open+1 : len(s)-1])
	a, z, found := strings.Cut(inner, "-")
	if !found {
		a, z, found = strings.Cut(inner, "–")
	}
	if !found || label == "" || strings.Contains(label, "=") || strings.HasPrefix(label, "//") {
		return "", 0, 0, false
	}
	start, ok1 := digits(strings.TrimSpace(a))
	end, ok2 := digits(strings.TrimSpace(z))
	if !ok1 || !ok2 || start > end || strings.IndexFunc(label, unicode.IsLetter) < 0 {
		return "", 0, 0, false
	}
	return label, start, end, true
}

func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// cutNote recognises the note that marks a section as not implemented, with or without the "Note:"
// of the text copy (the info panel of storage format has only the sentence), and returns what
// follows the note's sentence: "Note: Not implemented yet. These codes are reserved." is a note.
func cutNote(s string) (rest string, ok bool) {
	s = strings.TrimSpace(s)
	for _, p := range []string{"note:", "note -", "note –", "note"} {
		if hasPrefixFold(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	const note = "not implemented yet"
	if !hasPrefixFold(s, note) {
		return "", false
	}
	s = s[len(note):]
	if s != "" {
		r, _ := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return "", false // "not implemented yetX"
		}
	}
	return strings.TrimLeft(s, " .!;:,)"), true
}

// gluedNote recognises a note that follows an entry on its line, "Note: …" or the not-implemented
// sentence alone, and returns the text after its marker.
func gluedNote(s string) (rest string, ok bool) {
	s = strings.TrimLeft(s, " \t")
	if r, ok := cutNote(s); ok {
		return r, true
	}
	if hasPrefixFold(s, "note:") {
		return s[len("note:"):], true
	}
	return "", false
}

// cutNoteSuffix removes a trailing note from a heading's label: "Billing Controller – not
// implemented yet", "Billing Controller (not implemented yet)".
func cutNoteSuffix(s string) (string, bool) {
	t := strings.TrimRight(s, " .!)")
	const note = "not implemented yet"
	if len(t) < len(note) || !strings.EqualFold(t[len(t)-len(note):], note) {
		return s, false
	}
	t = strings.TrimSpace(t[:len(t)-len(note)])
	for _, p := range []string{"note:", "note -", "note –", "note"} {
		if len(t) >= len(p) && strings.EqualFold(t[len(t)-len(p):], p) {
			t = strings.TrimSpace(t[:len(t)-len(p)])
			break
		}
	}
	t = strings.TrimRight(t, " -–—:,(")
	if t == "" {
		return s, false
	}
	return t, true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// cutMarker removes a list marker: a bullet ("•", "*", "-", "–") or a number ("1.", "12)").
func cutMarker(s string) (string, bool) {
	for _, bullet := range []string{"• ", "· ", "◦ ", "▪ ", "* ", "- ", "– ", "— "} {
		if rest, ok := strings.CutPrefix(s, bullet); ok {
			return strings.TrimSpace(rest), true
		}
	}
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i <= 3 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return strings.TrimSpace(s[i+2:]), true
	}
	return s, false
}

// rangelessHeading recognises a controller heading printed without its range, as a line of text:
// Title Case words ending in "Controller" ("Reports Controller").
func rangelessHeading(s string) bool {
	if len(s) > 80 || strings.ContainsAny(s, "=.:;,!?()\"“”'’") {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || words[len(words)-1] != "Controller" {
		return false
	}
	return titleCase(words)
}

// titleCase reports whether every word starts with a capital or a digit, or is punctuation.
func titleCase(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !unicode.IsPunct(r) && r != '–' {
			return false
		}
	}
	return true
}

// splitGluedLabel cuts a heading glued to the message before it: "Retrieving all services
// failedService Settings Controller" is the message, then "Service Settings Controller". The cut is
// the first place where a lower-case letter or a full stop meets a capital, with words before it
// and only Title Case words after it ("ServiceArtifacts Controller" is not cut).
func splitGluedLabel(label string) (pre, rest string, ok bool) {
	for i := 1; i < len(label); i++ {
		c := label[i-1]
		if !(c >= 'a' && c <= 'z' || c == '.') || !isUpper(label[i]) || !strings.Contains(label[:i], " ") {
			continue
		}
		if titleCase(strings.Fields(label[i:])) {
			return strings.TrimSpace(label[:i]), label[i:], true
		}
	}
	return "", label, false
}

// headingLine reads s as a controller heading: "Label (start-end)", with a "Not implemented yet"
// note after the range or the label, or glued to the message before it; in text, also a heading
// printed without its range ("Reports Controller"). markup is set for the text of <h1>-<h6>, which
// is a heading whatever it says.
func (b *builder) headingLine(s string, markup bool) bool {
	ni := false
	label, start, end, ok := heading(s)
	if !ok {
		// "Invoices Controller (608000-608999) Note: Not implemented yet." on one line.
		for i := strings.LastIndexByte(s, ')'); i > 0 && !ok; i = strings.LastIndexByte(s[:i], ')') {
			if _, isNote := cutNote(strings.TrimLeft(s[i+1:], " -–—:,(")); isNote {
				label, start, end, ok = heading(s[:i+1])
				ni = ok
			}
		}
	}
	if !ok {
		t, isNote := cutNoteSuffix(s)
		switch {
		case strings.ContainsRune(t, '=') || strings.HasSuffix(t, "("):
			return false
		case rangelessHeading(t):
		case markup && len(t) <= 200 && strings.IndexFunc(t, unicode.IsLetter) >= 0:
			if _, note := cutNote(t); note {
				return false
			}
		default:
			return false
		}
		label, start, end, ni = t, 0, 0, isNote
	}
	if l, note := cutNoteSuffix(label); note {
		label, ni = l, true
	}
	if pre, rest, glued := splitGluedLabel(label); glued {
		b.text(pre, relSame, false)
		label = rest
	}
	b.section(label, start, end)
	b.open = 0
	if ni {
		b.note()
	}
	return true
}

// headingText feeds the text of a heading element (<h2>): a controller heading, a note, an entry,
// or else a heading without a range, never a message.
func (b *builder) headingText(s string, lineNo int) error {
	if b.err != nil {
		return b.err
	}
	t := clean(s)
	if t == "" {
		return nil
	}
	if _, ok := cutNote(t); ok {
		return b.line(s, relSoft, lineNo)
	}
	if m, ok := nextEntry(t, b.known); ok && m.start == 0 {
		return b.line(s, relSoft, lineNo)
	}
	if !b.headingLine(t, true) {
		b.brk()
	}
	return b.err
}

// note marks the section as not implemented: the entries after it are placeholders.
func (b *builder) note() {
	b.sec.NotImplemented = true
	b.brk()
}

// brk ends the text before it: what follows is nobody's message.
func (b *builder) brk() {
	if n := len(b.items); n > 0 && b.items[n-1].kind == kindBreak {
		return
	}
	if len(b.items) > 4*maxEntries {
		b.items = b.items[len(b.items)-1:]
	}
	b.items = append(b.items, item{kind: kindBreak})
}

type match struct {
	start, end int // the entry's bytes in the line
	name       string
	code       int
}

// nextEntry finds the first "Name = digits" in s. The name is the identifier just before the '=',
// cut where a glued message ends ("…has failed.RetrievingX = 1", "…failedRetrievingX = 1"); a
// name or number inside quotes is prose quoting a code (the page introduction does), not an entry.
func nextEntry(s string, known func(int, string) bool) (match, bool) {
	from := 0
	for {
		i := strings.IndexByte(s[from:], '=')
		if i < 0 {
			return match{}, false
		}
		eq := from + i
		from = eq + 1
		if m, ok := entryAt(s, eq, known); ok {
			return m, true
		}
	}
}

// entryAt reads the entry whose '=' is at s[eq], if that is one.
func entryAt(s string, eq int, known func(int, string) bool) (match, bool) {
	if eq+1 < len(s) && (s[eq+1] == '=' || s[eq+1] == '>') || eq > 0 && strings.ContainsRune("=!<>:", rune(s[eq-1])) {
		return match{}, false // ==, =>, !=, <=, >=, :=
	}
	j, nameEnd := nameBefore(s, eq)
	name := s[j:nameEnd]
	// The number is needed first: a glued run is cut where the catalogue knows the rest.
	numStart, k := numberAfter(s, eq)
	code, ok := digits(s[numStart:k])
	if !ok || name == "" || k-numStart < minCodeDigits {
		return match{}, false
	}
	cut, name, ok := cutGlued(s[:j], name, code, known)
	if !ok {
		return match{}, false
	}
	j += cut
	if j > 0 && isQuote(s[:j]) {
		return match{}, false
	}
	if k < len(s) && (s[k] == '"' || strings.HasPrefix(s[k:], "”")) {
		return match{}, false
	}
	end := k
	if end < len(s) && s[end] == ',' {
		end++
	}
	return match{start: j, end: end, name: name, code: code}, true
}

// nameBefore is where the identifier before the '=' at s[eq] starts and ends: up to two blanks
// between, and no leading digits.
func nameBefore(s string, eq int) (start, end int) {
	j := eq
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') && eq-j < 3 {
		j--
	}
	end = j
	for j > 0 && isIdent(s[j-1]) {
		j--
	}
	for j < end && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j, end
}

// numberAfter is where the digits after the '=' at s[eq] start and end: up to three blanks between.
func numberAfter(s string, eq int) (start, end int) {
	k := eq + 1
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') && k-eq < 4 {
		k++
	}
	start = k
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return start, k
}

// cutGlued cuts the end of a glued message off the front of name, given the text before it: where
// the catalogue knows the rest (with code), after a capitalised word of prose, or after a
// lower-case run. It returns how many bytes it cut and the name, or false when nothing of it is a
// name.
func cutGlued(before, name string, code int, known func(int, string) bool) (int, string, bool) {
	cut := 0
	if known != nil && !known(code, name) {
		for c := 1; c < len(name); c++ {
			if isUpper(name[c]) && known(code, name[c:]) {
				cut = c
				break
			}
		}
	}
	if cut == 0 && (known == nil || !known(code, name)) {
		cut = gluedWord(before, name)
	}
	name = name[cut:]
	if !isUpper(name[0]) && name[0] != '_' {
		// "failedRetrievingX": a lower-case run is the end of a glued message.
		u := 0
		for u < len(name) && !isUpper(name[u]) {
			u++
		}
		if u == len(name) {
			return 0, "", false
		}
		cut += u
		name = name[u:]
	}
	return cut, name, true
}

// gluedWord is where a name glued after a message ending in a capitalised word starts: in "Enroll
// User In Service FailedRetrievingServiceByIdFailed", the copy lost the break after "Failed". It is
// the end of the name's first word when the name follows prose (words, ending in a letter, then a
// space) that it does not repeat (in "Api Key is null ApiKeyIsNull" the name is the message's own),
// and the rest is a name of two words or more; 0 for no cut.
func gluedWord(before, name string) int {
	if !strings.HasSuffix(before, " ") || !isUpper(name[0]) {
		return 0
	}
	prose := strings.Fields(before)
	if len(prose) < 2 {
		return 0
	}
	last := prose[len(prose)-1]
	if r, _ := utf8.DecodeLastRuneInString(last); !unicode.IsLetter(r) {
		return 0
	}
	w := 1
	for w < len(name) && name[w] >= 'a' && name[w] <= 'z' {
		w++
	}
	if w < 2 || w >= len(name) || !isUpper(name[w]) || strings.EqualFold(prose[0], name[:w]) {
		return 0
	}
	humps := 0
	for i := w; i < len(name); i++ {
		if isUpper(name[i]) && (i == w || !isUpper(name[i-1])) {
			humps++
		}
	}
	if humps < 2 {
		return 0
	}
	return w
}

func isIdent(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// isQuote reports whether before ends with an opening quote mark.
func isQuote(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '"', '\'', '“', '‘', '«', '`':
		return true
	}
	return false
}
