package headers

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
)

// Limits that keep memory constant whatever the input holds.
const (
	// MaxValues is how many values one response keeps; more are counted in Dropped.
	MaxValues = 1000
	// MaxValueLen bounds one value; a longer one is cut and marked with a trailing "…".
	MaxValueLen = 64
	// maxScalar bounds a structured-input string or word that is kept in memory.
	maxScalar = 64 << 10
	// lineHead is how much of a text line is inspected; the rest is streamed or skipped.
	lineHead = 64 << 10
	// readBuffer is the line reader's buffer: larger than lineHead, so that reading a large
	// input takes fewer reads (each costs a system call and, on a VM, more).
	readBuffer = 4 * lineHead
)

// Response is one HTTP response found in the input.
type Response struct {
	// Index counts responses from 1 in input order.
	Index int
	// StatusLine is the response's status line ("HTTP/1.1 400 Bad Request"), or "" when the input
	// had none (a bare header block, a JSON object of headers).
	StatusLine string
	// HTTPStatus is the status code from the status line or a status field, or 0.
	HTTPStatus int
	// Values are the mtapistatus values after splitting on commas and newlines, trimmed of white
	// space and quotes, in order. An empty value is kept: the header was malformed.
	Values []string
	// Dropped counts values beyond MaxValues.
	Dropped int
	// Found says whether the response carried an mtapistatus header at all.
	Found bool
	// Line is the line of the input, counted from 1, where the response's first mtapistatus value
	// was read, or 0 when it had none. In a JSON document it is the line of the value's string
	// (of the "value" member in a HAR file): what a CI annotation points at.
	Line int
}

// ErrNotText is returned for input that is not text (binary data, NUL bytes outside UTF-16).
var ErrNotText = errors.New("input is not text")

// Options steer ParseWith. The zero value lets the readers claim the input.
type Options struct {
	// Format names the reader to read the input with (see Formats), as Wireshark's "Decode As"
	// does: the input is read as that form and no other. "" lets the readers claim it.
	Format string
	// Explain, if not nil, is told which reader claimed which lines and why each mtapistatus
	// value counted or not, as the input is read.
	Explain func(Explanation)
	// BeforeRead, if not nil, is called before each read of the input, when every response
	// complete in what was read before has been reported: the moment to flush output on a live
	// stream (Live). An error it returns stops the parse.
	BeforeRead func() error
}

// ParseWith reads r and calls emit for each response as it ends, reading r as o says, and returns
// what the input came to beside its responses. An error from emit stops parsing and is returned;
// an unknown o.Format returns ErrUnknownFormat before any reading.
//
// ParseWith reads r only when what it has buffered holds nothing more to report, and reports every
// response complete by then first: a caller that flushes its output whenever r is read
// (Options.BeforeRead) shows a live stream's responses as they come, and writes a file's in large
// blocks.
func ParseWith(r io.Reader, o Options, emit func(Response) error) (Outcome, error) {
	var out Outcome
	only, err := allowed(o.Format)
	if err != nil {
		return out, err
	}
	var ex *explainer
	if o.Explain != nil {
		ex = &explainer{fn: o.Explain}
	}
	if o.BeforeRead != nil {
		r = &beforeRead{r: r, before: o.BeforeRead}
	}
	br, err := textReader(r)
	if err != nil {
		return out, err
	}
	// sniff reads nothing: blank lines before the first are the parsers' and count in the line
	// numbers.
	structured, why := only == famJSON, "read as --format says"
	if only&famJSON != 0 && only != famJSON {
		if structured, err = sniff(br); err != nil {
			return out, err
		}
		why = "the look-ahead starts a JSON document or a printed object"
		if !structured {
			why = "the look-ahead is text: read line by line, each line shown to the readers that could claim it"
		}
	}
	if structured {
		ex.claim(1, "json", why)
		err = parseStructured(br, emit, ex, &out)
		return out, err
	}
	ex.claim(1, "http", why)
	err = parseText(br, emit, only, ex, &out)
	return out, err
}

// textReader handles byte-order marks: UTF-8's is skipped, UTF-16's (what Windows PowerShell writes)
// switches to a transcoding reader. Input with NUL bytes in its look-ahead and no UTF-16 shape is
// rejected as not text.
func textReader(r io.Reader) (*bufio.Reader, error) {
	// The look-ahead needs at most lookBytes and one more; a buffer not much larger lets the
	// line reader's fills go straight to r, without a copy, once the look-ahead has been read.
	br := bufio.NewReaderSize(r, 2*lookBytes)
	// The look-ahead decides, however the bytes were split into reads (see lookahead).
	head, err := lookahead(br)
	if err != nil {
		return nil, err
	}
	paste := func(r io.Reader) *bufio.Reader { return bufio.NewReaderSize(&pasteReader{r: r}, readBuffer) }
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return paste(br), nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		br.Discard(2)
		return paste(&utf16Reader{r: br, little: true}), nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		br.Discard(2)
		return paste(&utf16Reader{r: br}), nil
	}
	if le, be := utf16Shape(head); le || be {
		return paste(&utf16Reader{r: br, little: le}), nil
	}
	if hole := nulHole(head); hole > 0 {
		// A log truncated under its writer (copytruncate) starts with a hole of NULs: text
		// with a hole, decided on what follows it.
		if err := discardNULs(br); err != nil {
			return nil, err
		}
		if head, err = lookahead(br); err != nil {
			return nil, err
		}
	}
	// Only input that really is binary is refused: a stray NUL or control byte in one header of a
	// text capture is not enough.
	if binaryShare(head) {
		return nil, ErrNotText
	}
	return paste(br), nil
}

// nulHole returns the length of the run of NULs that starts head, if it is long enough to be a
// hole (UTF-16 text has a NUL every other byte, never eight in a row).
func nulHole(head []byte) int {
	n := 0
	for n < len(head) && head[n] == 0 {
		n++
	}
	if n < 8 {
		return 0
	}
	return n
}

// discardNULs passes over a run of NULs of any length, in constant memory.
func discardNULs(br *bufio.Reader) error {
	for {
		b, err := br.Peek(1)
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if b[0] != 0 {
			return nil
		}
		avail, _ := br.Peek(br.Buffered())
		n := 0
		for n < len(avail) && avail[n] == 0 {
			n++
		}
		br.Discard(n)
	}
}

// Look-ahead bounds: what the form of an input is decided from.
const (
	// lookBytes caps the look-ahead.
	lookBytes = 4 << 10
	// lookMin is the least the look-ahead holds where the input goes on: enough bytes to tell
	// UTF-16 and binary data from text when the first line is short.
	lookMin = 16
	// lookLines caps the non-blank lines the look-ahead holds.
	lookLines = 4
)

// lookahead returns the start of the input that decisions about its form are made from: its first
// non-blank line, and the next one where the first leaves the form open (see needsNext), at
// least lookMin bytes, at most lookBytes, or less where the input ends first. It is a function of
// the bytes alone, never of how many of them one read returned, so the same input is always read
// the same way; and it waits for no more than that, so that a live stream's first response is
// held back at most until the line after it arrives. The bytes are left unread.
func lookahead(br *bufio.Reader) ([]byte, error) { return peekUntil(br, lookEnd) }

// peekUntil peeks at the start of br a byte more at a time (taking what each read brings) until end
// says where the look-ahead ends, or -1 to wait for more; the input's end or a read error ends it
// where it is. It reads the same bytes to the same end however they arrive.
func peekUntil(br Peeker, end func([]byte) int) ([]byte, error) {
	n := 1
	for {
		head, err := br.Peek(n)
		if err != nil {
			if errors.Is(err, io.EOF) || len(head) > 0 {
				return head, nil
			}
			return nil, err
		}
		head, _ = br.Peek(br.Buffered())
		if e := end(head); e >= 0 {
			return head[:e], nil
		}
		n = len(head) + 1
	}
}

// lookEnd returns where the look-ahead ends in b (the start of the input), or -1 if b is too short
// to tell.
func lookEnd(b []byte) int {
	lines, start := 0, 0
	var first []byte
	for start < len(b) && start < lookBytes {
		i := bytes.IndexByte(b[start:], '\n')
		if i < 0 {
			break
		}
		end := start + i + 1
		if t := bytes.Trim(b[start:end], " \t\r\n\f\v\x00"); len(t) > 0 {
			lines++
			if lines == 1 {
				first = t
			}
		}
		if lines > 0 && end >= lookMin && (lines >= 2 || !needsNext(first)) || lines == lookLines {
			return min(end, lookBytes)
		}
		start = end
	}
	if len(b) >= lookBytes {
		return lookBytes
	}
	return -1
}

// needsNext reports whether the first non-blank line leaves the form of the input open until the
// next one: a JSON object complete on its line may start a document or a log of JSON lines; a word
// alone ("Array", "Headers") is a dump if a bracket opens the next line.
func needsNext(first []byte) bool {
	if bytes.IndexByte(first, 0x1b) >= 0 {
		first = bytes.TrimSpace(stripANSI(nil, first))
	}
	if len(first) > 0 && first[0] == '{' {
		return jsonLines(append(first[:len(first):len(first)], "\n{"...))
	}
	if chatterLine(string(first)) {
		return true // a document may follow the tool's chatter (jsonClaim)
	}
	return looksStructured(append(first[:len(first):len(first)], "\n{"...)) != looksStructured(append(first[:len(first):len(first)], "\nx"...))
}

// utf16Shape recognises BOM-less UTF-16 text by its NUL bytes in every other position.
func utf16Shape(b []byte) (little, big bool) {
	if len(b) < 8 {
		return false, false
	}
	n := len(b) &^ 1
	var evenNUL, oddNUL int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenNUL++
		}
		if b[i+1] == 0 {
			oddNUL++
		}
	}
	half := n / 2
	return oddNUL*10 >= half*9 && evenNUL == 0, evenNUL*10 >= half*9 && oddNUL == 0
}

// binaryShare reports whether too many bytes are control characters for the input to be text.
func binaryShare(b []byte) bool {
	bad := 0
	for _, c := range b {
		if (c < 0x20 || c == 0x7f) && c != '\n' && c != '\r' && c != '\t' && c != 0x1b && c != '\f' && c != '\v' {
			bad++
		}
	}
	return len(b) > 0 && bad*10 > len(b)
}

// sniff decides between structured and text input from the look-ahead's first non-blank bytes.
func sniff(br *bufio.Reader) (bool, error) {
	head, err := lookahead(br)
	if err != nil {
		return false, err
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\f\v")
	if jiraMacro(trimmed) {
		return false, nil // a paste in Jira's markup, "{code:title=Response}HTTP/1.1 400 ..."
	}
	if bytes.IndexByte(trimmed, 0x1b) >= 0 {
		// Coloured output (jq -C, HTTPie): decide on the text without its colour codes.
		trimmed = bytes.TrimLeft(stripANSI(nil, trimmed), " \t\r\n\f\v")
	}
	if len(trimmed) > 0 && trimmed[0] == '{' && !jiraMacro(trimmed) {
		return !jsonLines(trimmed), nil
	}
	if looksStructured(trimmed) {
		return true, nil
	}
	if line, rest, ok := bytes.Cut(trimmed, []byte("\n")); ok && chatterLine(string(bytes.TrimSpace(line))) {
		// A pretty-printed document after its tool's chatter (jsonClaim) is read whole, the
		// chatter as words before it.
		next, _, _ := bytes.Cut(bytes.TrimLeft(rest, " \t\r\n\f\v"), []byte("\n"))
		return loneBracket(string(bytes.TrimSpace(next))), nil
	}
	return false, nil
}

// jsonLines recognises a log of one JSON object per line, from its first line and the start of the
// next: it is read as text, line by line, so that plain text lines mixed in later count too.
func jsonLines(b []byte) bool {
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 {
		return false
	}
	if next := bytes.TrimLeft(b[nl:], " \t\r\n"); len(next) == 0 || next[0] != '{' {
		return false
	}
	depth, inStr, esc := 0, false, false
	line := bytes.TrimRight(b[:nl], " \t\r")
	if k := bytes.TrimLeft(line[min(1, len(line)):], " \t"); len(k) > 0 && k[0] != '"' && k[0] != '\'' && k[0] != '}' {
		// A key without quotes is no JSON log but a language's printing, Java's Map.toString()
		// ({mtapistatus=[555001], ...}): one document of objects, whose sides read_sides.go tells
		// apart.
		return false
	}
	for i, c := range line {
		switch {
		case esc:
			esc = false
		case inStr:
			esc, inStr = c == '\\', c != '"'
		case c == '"':
			inStr = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return i == len(line)-1
			}
		}
	}
	return false
}

func looksStructured(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	switch b[0] {
	case '{':
		return true
	case '<':
		// aiohttp's <CIMultiDictProxy('mtapistatus': '617020')>
		b = b[1:]
	case '[':
		rest := bytes.TrimLeft(b[1:], " \t\r\n")
		if len(rest) == 0 || strings.IndexByte("{[(\"']", rest[0]) >= 0 {
			return true
		}
		// Spring's HttpHeaders: [Content-Type:"application/json", mtapistatus:"617020"]. A log
		// line's "[2026-11-25 ...]" or "[INFO]" is not: the word must start with a letter and be
		// followed by ':' or '='.
		w := wordLen(rest)
		return w > 0 && isLetter(rest[0]) && w < len(rest) && (rest[w] == ':' || rest[w] == '=')
	}
	if len(b) == 0 {
		return false
	}
	if b[0] == '$' {
		return perlDump(b)
	}
	return namedDump(b)
}

// perlDump recognises Perl's Data::Dumper: $VAR1 = {, $VAR1 = bless( {.
func perlDump(b []byte) bool {
	i := 1 + wordLen(b[1:])
	rest := bytes.TrimLeft(b[i:], " \t")
	if i == 1 || len(rest) == 0 || rest[0] != '=' {
		return false
	}
	rest = bytes.TrimLeft(rest[1:], " \t")
	return len(rest) > 0 && (rest[0] == '{' || rest[0] == '[' || rest[0] == '(' || bytes.HasPrefix(rest, []byte("bless(")))
}

// namedDump recognises a dump that starts with its type's name.
func namedDump(b []byte) bool {
	// A type or constructor name, then an opening bracket: map[, Headers {, http.Header{,
	// CaseInsensitiveDict({, HTTPHeaderDict({, java.net.http.HttpHeaders@1b2c3d { {, PHP's
	// print_r "Array\n(".
	i := 0
	for i < len(b) && (isWordByte(b[i]) || b[i] == '.') {
		i++
	}
	if i == 0 || !isLetter(b[0]) && b[0] != '_' {
		return false
	}
	word := string(b[:i])
	if line, _, _ := bytes.Cut(b, []byte("\n")); word == "HTTP" || strings.HasPrefix(word, "HTTP/") || senderCall([]byte(word)) || codeSetsHeader(line) {
		// (A call that sends a request is a request written out, for the text reader:
		// read_requests.go.)
		return false
	}
	if line, _, _ := bytes.Cut(b, []byte("\n")); isRequestLine(bytes.TrimRight(line, " \t\r")) {
		// "CONNECT [::1]:8990 HTTP/1.1": a request line whose target is bracketed.
		return false
	}
	return bracketAfterName(b[i:])
}

// bracketAfterName reports whether what follows a type's name opens the dump.
func bracketAfterName(rest []byte) bool {
	if len(rest) > 0 && rest[0] == '@' {
		j := 1
		for j < len(rest) && isWordByte(rest[j]) {
			j++
		}
		rest = rest[j:]
	}
	spaced := len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t')
	rest = bytes.TrimLeft(rest, " \t\r\n")
	if spaced && len(rest) > 1 && rest[0] == '(' {
		// "Repro (Copy as cURL):" is prose; a dump's parenthesis after a space opens a bracket or
		// a string on its line, or ends it.
		if in := bytes.TrimLeft(rest[1:], " \t"); len(in) > 0 && in[0] != '\n' && in[0] != '\r' && strings.IndexByte("{[('\"", in[0]) < 0 {
			return false
		}
	}
	if !spaced && len(rest) > 0 && rest[0] == '[' {
		// logrus's text lines, as k6 prints them: "INFO[0000] Request:", a level and the seconds
		// since start, then the message; a dump's bracket never closes on a number alone before
		// words.
		if j := bytes.IndexByte(rest, ']'); j > 1 && isDigits(rest[1:j]) && j+1 < len(rest) && rest[j+1] == ' ' {
			return false
		}
	}
	if spaced && len(rest) > 0 && rest[0] == '[' && bracketLabel(rest) {
		// pytest's progress line "FF...   [100%]" is a word and a label, not a dump.
		return false
	}
	if len(rest) > 0 && rest[0] == '(' {
		// openssl s_client's "CONNECTED(00000003)" is a word and a number, not a dump; PHP's
		// "array(2) {" is one.
		if j := bytes.IndexByte(rest, ')'); j > 1 && isDigits(rest[1:j]) && !bytes.ContainsAny(rest[j:], "{[") {
			return false
		}
	}
	return len(rest) > 0 && (rest[0] == '{' || rest[0] == '[' || rest[0] == '(')
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func wordLen(b []byte) int {
	i := 0
	for i < len(b) && isWordByte(b[i]) {
		i++
	}
	return i
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// valueSplitter turns the bytes of one header value into values: it splits on commas and newlines,
// trims white space and quotes, and keeps constant memory. Empty list elements are ignored
// (RFC 9110, section 5.6.1: "617020 ,, 901002" is two values); a value with no element at all is
// kept as one empty value, the malformed header it is.
type valueSplitter struct {
	resp  *values
	cur   []byte
	cut   bool
	added int // values added from this header
}

func (s *valueSplitter) write(b []byte) {
	for _, c := range b {
		if c == ',' || c == '\n' || c == '\r' {
			s.flush()
			continue
		}
		if len(s.cur) < MaxValueLen {
			s.cur = append(s.cur, c)
		} else {
			s.cut = true
		}
	}
}

// flush ends the current element; an empty one is dropped.
func (s *valueSplitter) flush() {
	cur := s.cur
	if bytes.IndexByte(cur, 0x1b) >= 0 || bytes.IndexByte(cur, '\\') >= 0 {
		cur = stripColour(cur)
	}
	// Quotes and brackets are the printing's, not the value's: PowerShell 7 shows a list as
	// {617020, 901002}, Java as [617020, 901002].
	v := strings.Trim(string(cur), " \t\"'`{}[]()")
	cut := s.cut
	s.cur, s.cut = s.cur[:0], false
	if v == "" && !cut {
		return
	}
	if cut {
		v += "…"
	}
	s.added++
	s.resp.add(v)
}

// end finishes a header value: one with no element at all counts once, as an empty value.
func (s *valueSplitter) end() {
	s.flush()
	if s.added == 0 {
		s.resp.add("")
	}
	s.added = 0
}

// values are one response's mtapistatus values as a reader collects them, before the decision
// layer (decide.go) makes them a Response.
type values struct {
	// list are the values in order, at most MaxValues; dropped counts the rest.
	list    []string
	dropped int
	// found: the header was there, even with no value.
	found bool
	// line is where the first value was read, or 0.
	line int
}

func (r *values) add(v string) {
	r.found = true
	if len(r.list) >= MaxValues {
		r.dropped++
		return
	}
	r.list = append(r.list, v)
}

// addValue splits a complete header value held in memory.
func (r *values) addValue(v string) {
	s := valueSplitter{resp: r}
	s.write([]byte(v))
	s.end()
}

// stripColour removes colour codes from a value: real escape sequences and the escaped forms a log
// or a JSON string keeps (\u001b[31m, \x1b[0m, \033[1m, \e[0m).
func stripColour(b []byte) []byte {
	if bytes.IndexByte(b, 0x1b) >= 0 {
		b = stripANSI(nil, b)
	}
	out := b[:0:0]
	for i := 0; i < len(b); i++ {
		if b[i] == '\\' {
			rest := b[i+1:]
			n := 0
			for _, esc := range [...]string{"u001b[", "u001B[", "x1b[", "x1B[", "033[", "e["} {
				if bytes.HasPrefix(rest, []byte(esc)) {
					n = len(esc)
					break
				}
			}
			if n > 0 {
				j := i + 1 + n
				for j < len(b) && (b[j] >= '0' && b[j] <= '9' || b[j] == ';') {
					j++
				}
				if j < len(b) && (b[j] >= 'a' && b[j] <= 'z' || b[j] >= 'A' && b[j] <= 'Z') {
					i = j
					continue
				}
			}
		}
		out = append(out, b[i])
	}
	return out
}

// statusFromLine parses "HTTP/1.1 404 Not Found" (or HTTP/2, HTTP/3, HTTP/1.0 without reason).
func statusFromLine(line []byte) (int, bool) {
	if len(line) < 5 || string(line[:5]) != "HTTP/" {
		return 0, false
	}
	rest := line[5:]
	i := 0
	for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
		i++
	}
	if i == 0 || i >= len(rest) || rest[i] != ' ' {
		return 0, false
	}
	rest = bytes.TrimLeft(rest[i:], " ")
	if len(rest) < 3 {
		return 0, false
	}
	code := 0
	for j := 0; j < 3; j++ {
		if rest[j] < '0' || rest[j] > '9' {
			return 0, false
		}
		code = code*10 + int(rest[j]-'0')
	}
	if len(rest) > 3 && rest[3] != ' ' && rest[3] != '\r' {
		return 0, false
	}
	return code, true
}

// bracketLabel reports whether b opens a bracket that closes on its own line with nothing a dump
// holds inside: no key, string, nested bracket or list ("[100%]", "[INFO]").
func bracketLabel(b []byte) bool {
	line, _, _ := bytes.Cut(b[1:], []byte("\n"))
	j := bytes.IndexByte(line, ']')
	return j >= 0 && !bytes.ContainsAny(line[:j], ":=\"'{[(,") && len(bytes.TrimSpace(line[j+1:])) == 0
}
