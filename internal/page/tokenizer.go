package page

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
)

// The tokenizer reads just enough of HTML and Confluence's XHTML for the page: start, end and
// self-closing tags (names lower-cased, "ac:" and "ri:" prefixes kept), their attributes, text with
// entities decoded, CDATA sections as text, and comments, doctypes and "<?xml ?>" declarations
// skipped. The content of raw-text elements (script, style and the like) is one text token up to the
// element's end tag, so markup inside a script is never read as tags.
//
// It streams: one token is held at a time, in a buffer reused between tokens and capped at
// maxToken, so memory stays constant whatever the input. It replaces golang.org/x/net/html, whose
// 2,000-entry entity map is built at package initialisation on every start of mtapi; the standard
// library's html.UnescapeString builds its table only when first used.

type tokenType int

const (
	errorToken tokenType = iota
	textToken
	startTagToken
	endTagToken
	selfClosingTagToken
)

// maxToken caps one token (a text run, a tag with its attributes, a comment).
const maxToken = 4 << 20

// errTokenTooLarge is returned for a token over maxToken. It is a constant of its own type, not
// fmt.Errorf, so that it costs nothing at start-up: every run of mtapi links this package.
var errTokenTooLarge error = tooLarge("a markup token over 4 MiB")

// tooLarge is ErrTooLarge with what was too large: "page is too large: <what>".
type tooLarge string

func (e tooLarge) Error() string { return ErrTooLarge.Error() + ": " + string(e) }
func (tooLarge) Unwrap() error   { return ErrTooLarge }

type attr struct{ key, val string }

// maxAttrs is how many attributes of a tag are kept; the page needs only id.
const maxAttrs = 32

type tokenizer struct {
	r   *bufio.Reader
	err error
	// read counts the bytes consumed, for the input limit.
	read int
	// lt is set when the '<' that opens the next tag has already been consumed.
	lt bool
	// raw is the element whose content is raw text up to its end tag ("script"), or "".
	raw string

	buf   []byte // the current token's text, or its tag name
	attrs []attr
	size  int // bytes of the current token
}

func newTokenizer(r io.Reader) *tokenizer {
	return &tokenizer{r: bufio.NewReaderSize(r, 64<<10)}
}

func (z *tokenizer) readByte() (byte, bool) {
	if z.err != nil {
		return 0, false
	}
	c, err := z.r.ReadByte()
	if err != nil {
		z.err = err
		return 0, false
	}
	z.read++
	if z.read > MaxInput {
		z.err = fmt.Errorf("%w: more than %d MiB", ErrTooLarge, MaxInput>>20)
		return 0, false
	}
	z.size++
	if z.size > maxToken {
		z.err = errTokenTooLarge
		return 0, false
	}
	return c, true
}

func (z *tokenizer) peek(n int) []byte {
	p, _ := z.r.Peek(n)
	return p
}

// Err is the error that ended the tokens: io.EOF at the end of the input.
func (z *tokenizer) Err() error { return z.err }

// Text is the current text token, entities decoded, line breaks as "\n".
func (z *tokenizer) Text() string { return string(z.buf) }

// TagName is the current tag's lower-cased name.
func (z *tokenizer) TagName() string { return string(z.buf) }

// Attr returns the current start tag's value of key, and whether it has it.
func (z *tokenizer) Attr(key string) (string, bool) {
	for _, a := range z.attrs {
		if a.key == key {
			return a.val, true
		}
	}
	return "", false
}

// Next reads the next token. An errorToken ends the input; Err says why.
func (z *tokenizer) Next() tokenType {
	for {
		z.buf, z.attrs, z.size = z.buf[:0], z.attrs[:0], 0
		if z.err != nil {
			return errorToken
		}
		if z.raw != "" {
			tag := z.raw
			z.raw = ""
			if z.rawText(tag) {
				return textToken
			}
			continue
		}
		if z.lt {
			z.lt = false
			if tt, ok := z.markup(); ok {
				return tt
			}
			continue
		}
		if z.text() {
			return textToken
		}
	}
}

// isSpace is HTML's white space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// startsMarkup reports whether c, after a '<', opens a tag, a comment or a declaration.
func startsMarkup(c byte) bool { return isLetter(c) || c == '/' || c == '!' || c == '?' }

// text reads text up to the next markup. It reports whether there is any.
func (z *tokenizer) text() bool {
	for {
		c, ok := z.readByte()
		if !ok {
			break
		}
		if c == '<' {
			// "</" at the very end is text.
			if p := z.peek(2); len(p) > 0 && startsMarkup(p[0]) && (p[0] != '/' || len(p) == 2) {
				z.lt = true
				break
			}
		}
		z.buf = append(z.buf, c)
	}
	if len(z.buf) == 0 {
		return false
	}
	z.finishText(true)
	return true
}

// finishText turns the raw bytes of a text token into its text: CR LF and CR become LF, and
// entities are decoded unless the text is raw.
func (z *tokenizer) finishText(unescape bool) {
	if bytes.IndexByte(z.buf, '\r') >= 0 {
		out := z.buf[:0]
		for i := 0; i < len(z.buf); i++ {
			c := z.buf[i]
			if c == '\r' {
				c = '\n'
				if i+1 < len(z.buf) && z.buf[i+1] == '\n' {
					i++
				}
			}
			out = append(out, c)
		}
		z.buf = out
	}
	if unescape && bytes.IndexByte(z.buf, '&') >= 0 {
		z.buf = append(z.buf[:0], html.UnescapeString(string(z.buf))...)
	}
}

// rawText reads the content of a raw-text element up to "</tag" (any case) followed by the end of
// the name. Its text is not decoded, but for the elements whose content is text (title, textarea).
func (z *tokenizer) rawText(tag string) bool {
	for {
		c, ok := z.readByte()
		if !ok {
			break
		}
		if c == '<' {
			if p := z.peek(len(tag) + 2); len(p) > len(tag) && p[0] == '/' && equalFold(p[1:1+len(tag)], tag) &&
				(len(p) == len(tag)+1 || isSpace(p[len(tag)+1]) || p[len(tag)+1] == '/' || p[len(tag)+1] == '>') {
				z.lt = true
				break
			}
		}
		z.buf = append(z.buf, c)
	}
	if len(z.buf) == 0 {
		return false
	}
	z.finishText(tag == "title" || tag == "textarea")
	return true
}

func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		if lower(b[i]) != s[i] {
			return false
		}
	}
	return true
}

// rawElements hold raw text up to their end tag.
func rawElement(name string) bool {
	switch name {
	case "script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript":
		return true
	}
	return false
}

// markup reads what follows a '<' that opens markup. It reports false for what yields no token: a
// comment, a doctype, a declaration, "</>", or a CDATA section without text.
func (z *tokenizer) markup() (tokenType, bool) {
	c, ok := z.readByte()
	if !ok {
		return errorToken, false
	}
	switch {
	case c == '!':
		if p := z.peek(2); string(p) == "--" {
			z.readByte()
			z.readByte()
			z.comment()
			return errorToken, false
		}
		if p := z.peek(7); string(p) == "[CDATA[" {
			for range 7 {
				z.readByte()
			}
			return z.cdata()
		}
		z.skipTo('>')
		return errorToken, false
	case c == '?':
		z.skipTo('>')
		return errorToken, false
	case c == '/':
		p := z.peek(1)
		if len(p) == 0 {
			return errorToken, false
		}
		if p[0] == '>' {
			z.readByte() // "</>" is nothing
			return errorToken, false
		}
		if !isLetter(p[0]) {
			z.skipTo('>') // "</ x>" is a bogus comment
			return errorToken, false
		}
		z.tagName()
		z.attributes() // an end tag's attributes are read and dropped
		z.attrs = z.attrs[:0]
		if z.err != nil {
			return errorToken, true // a tag cut by the end of the input is dropped
		}
		return endTagToken, true
	default:
		z.buf = append(z.buf, lower(c))
		z.tagName()
		self := z.attributes()
		if z.err != nil {
			return errorToken, true
		}
		if self {
			return selfClosingTagToken, true
		}
		if name := string(z.buf); rawElement(name) {
			z.raw = name
		}
		return startTagToken, true
	}
}

// comment skips a comment's text and its "-->" (or "--!>"); "<!-->" and "<!--->" are empty
// comments.
func (z *tokenizer) comment() {
	if p := z.peek(2); len(p) > 0 && p[0] == '>' || string(p) == "->" {
		z.skipTo('>')
		return
	}
	var last [3]byte
	for {
		c, ok := z.readByte()
		if !ok {
			return
		}
		if c == '>' && (last[1] == '-' && last[2] == '-' || last[0] == '-' && last[1] == '-' && last[2] == '!') {
			return
		}
		last[0], last[1], last[2] = last[1], last[2], c
	}
}

// cdata reads a CDATA section's text up to "]]>".
func (z *tokenizer) cdata() (tokenType, bool) {
	for {
		c, ok := z.readByte()
		if !ok {
			break
		}
		z.buf = append(z.buf, c)
		if c == '>' && bytes.HasSuffix(z.buf, []byte("]]>")) {
			z.buf = z.buf[:len(z.buf)-3]
			break
		}
	}
	if len(z.buf) == 0 {
		return errorToken, false
	}
	if bytes.IndexByte(z.buf, 0) >= 0 {
		z.buf = bytes.ReplaceAll(z.buf, []byte{0}, []byte("\uFFFD"))
	}
	// Entities are decoded here too, as golang.org/x/net/html did: a copy pasted into a code macro
	// keeps the &nbsp; of the page it came from.
	z.finishText(true)
	return textToken, true
}

func (z *tokenizer) skipTo(end byte) {
	for {
		c, ok := z.readByte()
		if !ok || c == end {
			return
		}
	}
}

// tagName reads the rest of a tag's name, lower-cased, into buf.
func (z *tokenizer) tagName() {
	for {
		p := z.peek(1)
		if len(p) == 0 || isSpace(p[0]) || p[0] == '/' || p[0] == '>' {
			return
		}
		c, ok := z.readByte()
		if !ok {
			return
		}
		z.buf = append(z.buf, lower(c))
	}
}

// attributes reads a tag's attributes and its '>'. It reports whether the tag closes itself
// ("/>").
func (z *tokenizer) attributes() (self bool) {
	var key, val []byte
	for {
		c, ok := z.readByte()
		if !ok {
			return false
		}
		switch {
		case c == '>':
			return self
		case isSpace(c):
			continue
		case c == '/':
			self = true
			continue
		}
		self = false
		// An attribute's name runs to white space, '=', '/' or '>'; its first byte may be anything
		// else, '=' included, so every turn of the loop consumes input.
		key = append(key[:0], lower(c))
		for {
			p := z.peek(1)
			if len(p) == 0 || isSpace(p[0]) || p[0] == '=' || p[0] == '/' || p[0] == '>' {
				break
			}
			c, _ := z.readByte()
			key = append(key, lower(c))
		}
		for p := z.peek(1); len(p) == 1 && isSpace(p[0]); p = z.peek(1) {
			z.readByte()
		}
		val = val[:0]
		if p := z.peek(1); len(p) == 1 && p[0] == '=' {
			z.readByte()
			for p := z.peek(1); len(p) == 1 && isSpace(p[0]); p = z.peek(1) {
				z.readByte()
			}
			p := z.peek(1)
			switch {
			case len(p) == 0:
			case p[0] == '"' || p[0] == '\'':
				q, _ := z.readByte()
				for {
					c, ok := z.readByte()
					if !ok || c == q {
						break
					}
					val = append(val, c)
				}
			default:
				for {
					p := z.peek(1)
					if len(p) == 0 || isSpace(p[0]) || p[0] == '>' {
						break
					}
					c, _ := z.readByte()
					val = append(val, c)
				}
			}
		}
		if z.err != nil {
			return false
		}
		v := string(val)
		if bytes.IndexByte(val, '&') >= 0 {
			v = html.UnescapeString(v)
		}
		if len(z.attrs) < maxAttrs {
			z.attrs = append(z.attrs, attr{key: string(key), val: v})
		}
	}
}
