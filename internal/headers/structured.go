package headers

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mtapi-cli/mtapi/codes"
)

// The structured reader is a lenient tokenizer for JSON and the object notations languages print
// (Python dict and tuple repr, Node's util.inspect, Go's fmt of http.Header), driving a stack of
// frames that recognise where a header value sits:
//
//   - a member whose key is mtapistatus: "mtapistatus": "617020" (or a number, or an array of
//     strings as curl's %{header_json} writes);
//   - an object {"name": "mtapistatus", "value": "617020"} (HAR, fetch, browser exports);
//   - a sequence whose even element is mtapistatus: ('mtapistatus', '617020'), Node's rawHeaders.
//
// A response is an object with a status or headers member, the value of a "response" key, or a
// top-level value. Subtrees under request, body and content keys are skipped, so a request header or
// a body never counts; when one response shows its headers twice (Node's headers and rawHeaders),
// only the first representation counts.

type frame struct {
	kind      byte // '{', '[' or '('
	parentKey string
	mtValue   bool // this container is the value of an mtapistatus key
	ignore    bool
	response  bool

	// The scalar buffers are reused across the frames' lives, so scanning allocates only for what
	// is kept.
	key        []byte
	hasKey     bool
	val        []byte // a member's scalar value, held until we know it is not a type tag
	hasVal     bool
	pending    []byte // a scalar that may turn out to be a key, an element or a type tag
	hasPending bool
	elems      int
	prevHeader bool
	empty      bool // nothing inside yet

	nvName, nvValue string
	hasNVValue      bool

	resp         Response
	valuesFrom   string
	status       int
	statusText   string
	version      string
	emittedInner bool
}

type structParser struct {
	free  []*frame
	emit  func(Response) error
	stack []*frame
	count int
	err   error
	// eof is set while the brackets left open at the end of the input are closed.
	eof bool
}

var (
	requestKeys = map[string]bool{"request": true, "requestheaders": true, "request_headers": true,
		"req": true, "reqheaders": true, "body": true, "content": true, "data": true, "text": true,
		"json": true, "postdata": true, "payload": true, "_header": true, "querystring": true,
		"cookies": true, "params": true, "config": true}
	headerKeys = map[string]bool{"headers": true, "header": true, "responseheaders": true,
		"response_headers": true, "rawheaders": true, "allheaders": true}
	statusKeys = map[string]bool{"status": true, "statuscode": true, "status_code": true}
	reasonKeys = map[string]bool{"statustext": true, "statusmessage": true, "reason": true,
		"reasonphrase": true, "status_text": true}
)

// lowerKey lowercases a key into buf for the lookups in the key sets; long keys are none of them.
func lowerKey(buf *[32]byte, k []byte) []byte {
	if len(k) > len(buf) {
		return nil
	}
	for i, c := range k {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(k)]
}

func (p *structParser) top() *frame {
	if len(p.stack) == 0 {
		return nil
	}
	return p.stack[len(p.stack)-1]
}

func (p *structParser) open(kind byte) {
	var f *frame
	if n := len(p.free); n > 0 {
		f, p.free = p.free[n-1], p.free[:n-1]
		*f = frame{key: f.key[:0], val: f.val[:0], pending: f.pending[:0]}
	} else {
		f = &frame{}
	}
	f.kind, f.empty = kind, true
	if parent := p.top(); parent != nil {
		parent.empty = false
		f.ignore = parent.ignore
		switch {
		case parent.hasKey:
			// A tentative scalar value right before a bracket was a type tag: Map(2) {, []string{.
			f.parentKey = string(parent.key)
			parent.hasKey, parent.hasVal = false, false
			var buf [32]byte
			lk := lowerKey(&buf, parent.key)
			f.mtValue = isHeaderKey(parent.key)
			if requestKeys[string(lk)] {
				f.ignore = true
			}
			if string(lk) == "response" {
				f.response = true
			}
			if headerKeys[string(lk)] {
				parent.response = true
			}
		default:
			// A pending scalar right before a bracket is a type tag (Headers {, map[), not an element.
			parent.hasPending = false
			parent.elems++
			parent.prevHeader = false
		}
	}
	p.stack = append(p.stack, f)
}

func isHeaderKey(k []byte) bool {
	return len(k) == len(codes.HeaderName) && bytes.EqualFold(k, []byte(codes.HeaderName))
}

// scalar handles a string or a bare word. s is only borrowed.
func (p *structParser) scalar(s []byte) {
	f := p.top()
	if f == nil {
		return
	}
	f.empty = false
	if f.hasKey {
		if f.hasVal {
			// Two scalars after one key: the first was not a type tag after all.
			p.member(f, f.key, f.val)
		}
		f.val, f.hasVal = append(f.val[:0], s...), true
		return
	}
	if f.hasPending {
		p.element(f, f.pending)
	}
	f.pending, f.hasPending = append(f.pending[:0], s...), true
}

// separator handles ':', '=' and '=>'.
func (p *structParser) separator() {
	f := p.top()
	if f == nil {
		return
	}
	if f.hasKey && f.hasVal {
		p.member(f, f.key, f.val)
		f.hasKey, f.hasVal = false, false
	}
	if f.hasPending {
		f.key, f.pending = f.pending, f.key[:0]
		f.hasKey, f.hasPending = true, false
	}
}

// comma ends a member or an element.
func (p *structParser) comma() {
	f := p.top()
	if f == nil {
		return
	}
	p.settle(f)
}

func (p *structParser) settle(f *frame) {
	if f.hasKey && f.hasVal {
		p.member(f, f.key, f.val)
	}
	f.hasKey, f.hasVal = false, false
	if f.hasPending {
		p.element(f, f.pending)
		f.hasPending = false
	}
}

func (p *structParser) member(f *frame, key, val []byte) {
	if f.ignore {
		return
	}
	if isHeaderKey(key) {
		f.addValue("", string(val))
		return
	}
	var buf [32]byte
	lk := lowerKey(&buf, key)
	switch {
	case statusKeys[string(lk)]:
		if n, err := strconv.Atoi(string(bytes.TrimSpace(val))); err == nil && n >= 100 && n <= 999 {
			f.status, f.response = n, true
		}
	case reasonKeys[string(lk)]:
		f.statusText = string(val)
	case string(lk) == "httpversion" || string(lk) == "http_version":
		f.version = string(val)
	case string(lk) == "name" || string(lk) == "key":
		f.nvName = string(val)
	case string(lk) == "value":
		f.nvValue, f.hasNVValue = string(val), true
	}
}

func (p *structParser) element(f *frame, s []byte) {
	defer func() { f.elems++ }()
	if f.ignore {
		return
	}
	switch {
	case f.mtValue:
		f.addValue("", string(s))
	case f.prevHeader:
		f.prevHeader = false
		f.addValue("", string(s))
	case f.elems%2 == 0 && isHeaderKey(s):
		f.prevHeader = true
	}
}

func (f *frame) addValue(source, v string) {
	if f.resp.Found && f.valuesFrom != source {
		return
	}
	f.valuesFrom = source
	f.resp.addValue(v)
}

func (p *structParser) close(kind byte) {
	f := p.top()
	if f == nil {
		return
	}
	if parent := p.parentOf(f); parent != nil && f.kind == '[' && f.parentKey == "" && f.elems == 0 && f.hasPending && !f.hasKey {
		// A lone word in brackets is a key in PHP's print_r ([mtapistatus] => 617020): hand it
		// to the parent as a scalar that a following "=>" turns into a key.
		if parent.hasPending {
			p.element(parent, parent.pending)
		}
		parent.pending, parent.hasPending = append(parent.pending[:0], f.pending...), true
		parent.elems--
		p.stack = p.stack[:len(p.stack)-1]
		p.free = append(p.free, f)
		return
	}
	p.settle(f)
	p.stack = p.stack[:len(p.stack)-1]
	defer func() { p.free = append(p.free, f) }()
	if f.hasNVValue && isHeaderKey([]byte(f.nvName)) && !f.ignore {
		f.addValue("", f.nvValue)
	}
	parent := p.top()
	if parent != nil && f.kind == '[' && f.empty && f.parentKey != "" {
		// Go's %#v writes "Key":[]string{"v"}: the empty brackets are part of the type, and the
		// braces that follow are the key's value.
		parent.key, parent.hasKey = append(parent.key[:0], f.parentKey...), true
		return
	}
	if f.ignore {
		return
	}
	if f.response || parent == nil {
		if f.resp.Found || (!p.eof && (f.response || !f.emittedInner)) {
			p.emitFrame(f)
		}
		if parent != nil {
			parent.emittedInner = true
		}
		return
	}
	if f.emittedInner {
		parent.emittedInner = true
	}
	if f.resp.Found {
		src := f.parentKey
		if parent.resp.Found && parent.valuesFrom != src {
			return
		}
		parent.valuesFrom = src
		parent.resp.Found = true
		for _, v := range f.resp.Values {
			parent.resp.add(v)
		}
		parent.resp.Dropped += f.resp.Dropped
	}
}

// parentOf returns the frame below f on the stack (f must be the top), or nil.
func (p *structParser) parentOf(f *frame) *frame {
	if len(p.stack) < 2 {
		return nil
	}
	return p.stack[len(p.stack)-2]
}

func (p *structParser) emitFrame(f *frame) {
	if p.err != nil {
		return
	}
	p.count++
	r := f.resp
	r.Index = p.count
	r.HTTPStatus = f.status
	if f.status != 0 && f.version != "" {
		v := strings.ToUpper(strings.TrimSpace(f.version))
		if !strings.HasPrefix(v, "HTTP/") {
			v = "HTTP/" + v
		}
		r.StatusLine = strings.TrimSpace(v + " " + strconv.Itoa(f.status) + " " + f.statusText)
	}
	p.err = p.emit(r)
}

// parseStructured tokenizes br. Tokens may span reads; the state lives in the loop variables.
func parseStructured(br *bufio.Reader, emit func(Response) error) error {
	p := &structParser{emit: emit}
	var (
		tok      []byte
		inString bool
		quote    byte
		escape   int // 0 none, 1 after backslash, >1 collecting \uXXXX digits
		uhex     []byte
		inWord   bool
		afterEq  bool
		cut      bool
	)
	flushWord := func() {
		if inWord {
			if cut {
				tok = append(tok, "…"...)
			}
			p.scalar(tok)
			tok, inWord, cut = tok[:0], false, false
		}
	}
	appendTok := func(b ...byte) {
		if len(tok)+len(b) <= maxScalar {
			tok = append(tok, b...)
		} else {
			cut = true
		}
	}
	for {
		chunk, err := br.Peek(br.Buffered())
		if len(chunk) == 0 {
			if _, err = br.Peek(1); err != nil {
				if !errors.Is(err, io.EOF) {
					return err
				}
				flushWord()
				// Unclosed brackets at the end (a truncated paste, trailing garbage) still report
				// the values they hold, but not an empty response.
				p.eof = true
				for len(p.stack) > 0 {
					p.close(0)
				}
				return p.err
			}
			continue
		}
		for i := 0; i < len(chunk); i++ {
			c := chunk[i]
			if inString {
				switch {
				case escape == 1:
					escape = 0
					switch c {
					case 'n':
						appendTok('\n')
					case 't':
						appendTok('\t')
					case 'r':
						appendTok('\r')
					case 'u':
						escape, uhex = 2, uhex[:0]
					default:
						appendTok(c)
					}
				case escape >= 2:
					uhex = append(uhex, c)
					if len(uhex) == 4 {
						escape = 0
						if n, err := strconv.ParseUint(string(uhex), 16, 32); err == nil {
							appendTok(utf8.AppendRune(nil, rune(n))...)
						}
					}
				case c == '\\':
					escape = 1
				case c == quote:
					inString = false
					if cut {
						tok = append(tok, "…"...)
					}
					p.scalar(tok)
					tok, cut = tok[:0], false
				default:
					appendTok(c)
				}
				continue
			}
			if afterEq {
				afterEq = false
				if c == '>' {
					continue
				}
			}
			switch c {
			case '"', '\'', '`':
				if inWord && isStringPrefix(tok) {
					tok, inWord = tok[:0], false
				} else {
					flushWord()
				}
				inString, quote = true, c
			case '{', '[', '(':
				flushWord()
				p.open(c)
			case '}', ']', ')':
				flushWord()
				p.close(c)
			case ':', '=':
				flushWord()
				p.separator()
				afterEq = c == '='
			case ',', ';':
				flushWord()
				p.comma()
			case ' ', '\t', '\n', '\r', '\f', '\v', '<', '>':
				flushWord()
			default:
				inWord = true
				appendTok(c)
			}
		}
		br.Discard(len(chunk))
		if p.err != nil {
			return p.err
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
	}
}

// isStringPrefix recognises Python's b”, r”, u”, f” prefixes.
func isStringPrefix(w []byte) bool {
	switch strings.ToLower(string(w)) {
	case "b", "r", "u", "f", "br", "rb":
		return true
	}
	return false
}
