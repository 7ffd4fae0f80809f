package headers

import (
	"bytes"
	"io"
	"sync"
)

// The line source undoes what chat, e-mail and word processors do to a paste, and what
// copytruncate leaves in a log, before any reader sees the text:
//
//   - a no-break space (U+00A0, after a colon in Slack and Teams) becomes a space;
//   - zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) are dropped;
//   - smart quotes (‘ ’ “ ”) become ' and ";
//   - NUL bytes are dropped: a log whose first bytes were truncated under a writer that kept its
//     offset (logrotate's copytruncate) starts with a hole of NULs, and is text with a hole, not
//     binary data.
//
// It works byte by byte with at most two bytes carried from one read to the next, so its output
// does not depend on how the input was split into reads. (The quoting of a reply and Markdown
// fences are line forms: see pasteLine.)
type pasteReader struct {
	r     io.Reader
	carry [2]byte // the start of a multi-byte sequence cut by the end of the last read
	nc    int
	err   error
	pend  []byte // output not yet handed out (to a caller reading fewer than 4 bytes)
}

func (p *pasteReader) Read(b []byte) (int, error) {
	for {
		if p.err != nil && p.nc == 0 && len(p.pend) == 0 {
			return 0, p.err
		}
		if len(p.pend) > 0 {
			n := copy(b, p.pend)
			p.pend = p.pend[n:]
			return n, nil
		}
		if len(b) < 4 {
			// Too small to hold a carried sequence and its end: read through a small buffer.
			var tmp [4]byte
			n, err := p.Read(tmp[:])
			c := copy(b, tmp[:n])
			p.pend = append(p.pend[:0], tmp[c:n]...)
			return c, err
		}
		n := copy(b, p.carry[:p.nc])
		p.nc = 0
		if p.err == nil {
			m, err := p.r.Read(b[n:])
			n += m
			p.err = err
		}
		out, keep := normalizePaste(b[:n], p.err != nil)
		copy(p.carry[:], b[n-keep:n])
		p.nc = keep
		if out > 0 || p.err != nil && p.nc == 0 {
			if out == 0 {
				return 0, p.err
			}
			return out, nil
		}
	}
}

// normalizePaste rewrites b in place and returns the length of the result, and how many bytes at
// the end of b (not part of the result) start a sequence that the next read may complete. At the
// end of the input (eof) nothing is kept back.
// pasteLeads are the bytes normalizePaste rewrites from: NUL, and the lead bytes of U+00A0, of
// U+2000-U+2FFF and of U+FEFF.
var pasteLeads = sync.OnceValue(func() *byteQuad { return newByteQuad([4]byte{0, 0xC2, 0xE2, 0xEF}) })

func normalizePaste(b []byte, eof bool) (n, keep int) {
	// Text without NULs or the lead bytes of what is rewritten, the common case, is passed over
	// with one vectorised search (scan.go).
	if indexAny4(b, pasteLeads()) < 0 {
		return len(b), 0
	}
	w := 0
	for i := 0; i < len(b); {
		c := b[i]
		need := 0
		switch c {
		case 0:
			i++
			continue
		case 0xC2:
			need = 2
		case 0xE2, 0xEF:
			need = 3
		}
		if need == 0 {
			b[w] = c
			w++
			i++
			continue
		}
		if i+need > len(b) && !eof {
			// Cut by the end of this read: keep it for the next.
			k := len(b) - i
			return w, k
		}
		if i+need <= len(b) {
			seq := b[i : i+need]
			switch {
			case need == 2 && seq[1] == 0xA0:
				b[w] = ' '
				w++
				i += 2
				continue
			case need == 3 && seq[0] == 0xE2 && seq[1] == 0x80 && (seq[2] >= 0x8B && seq[2] <= 0x8D),
				need == 3 && seq[0] == 0xE2 && seq[1] == 0x81 && seq[2] == 0xA0,
				need == 3 && seq[0] == 0xEF && seq[1] == 0xBB && seq[2] == 0xBF:
				i += 3 // zero-width
				continue
			case need == 3 && seq[0] == 0xE2 && seq[1] == 0x80 && (seq[2] == 0x98 || seq[2] == 0x99):
				b[w] = '\''
				w++
				i += 3
				continue
			case need == 3 && seq[0] == 0xE2 && seq[1] == 0x80 && (seq[2] == 0x9C || seq[2] == 0x9D):
				b[w] = '"'
				w++
				i += 3
				continue
			}
		}
		b[w] = c
		w++
		i++
	}
	return w, 0
}

// pasteState is the line source's memory of the lines of a paste: whether they are quoted.
type pasteState struct {
	// quoted: the lines starting with ">" are a reply's quotation of what was pasted (e-mail, Slack,
	// Markdown), not curl -v's request lines; depth is how many marks the quotation's lines carry
	// (a reply to a reply quotes twice: "> > < HTTP/1.1 404").
	quoted bool
	depth  int
	table  tableState
	colour []byte // a line without its colour codes
}

// line undoes a paste's line forms and returns the line as it was pasted:
//
//   - a Markdown code fence (```http, ~~~) or Jira's {code} stands for a blank line;
//   - a Markdown or Jira heading ("### Response headers", "h3. Request") is its title;
//   - a table row stands for the header line it shows (read_tables.go), a box-drawn one too
//     (read_boxtables.go), a tab-separated one under a header row with a column per side too
//     (read_tabtables.go), which starts only where tab says one may (in loose text);
//   - a quotation mark ("> ") is taken off, once the quotation shows itself: a quoted line holds
//     what curl -v's request lines never do (a second mark, "> > " or "> < ", curl's "* "
//     information lines, a status line); the quotation ends at the first line without a mark.
func (s *pasteState) line(raw []byte, tab bool) []byte {
	if raw[0] == 0x1b && bytes.Contains(raw, []byte("\xe2\x94")) {
		// A box-drawn table in colour (cli-table3 colours its rules and titles): read without
		// its colour codes.
		s.colour = stripANSI(s.colour[:0], raw)
		raw = s.colour
	}
	t := bytes.TrimLeft(raw, " \t")
	if jiraMacro(t) {
		// Jira's {code} and {noformat} stand for a blank line; a line pasted right after one
		// ("{code:title=Request}GET /api/x HTTP/1.1") is that line.
		if end := bytes.IndexByte(t, '}'); end > 0 && len(bytes.TrimSpace(t[end+1:])) > 0 {
			return t[end+1:]
		}
		return []byte{'\n'}
	}
	if bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
		if title := decoratedTitle(t); title != nil {
			return title // go-resty's "~~~ RESPONSE ~~~" is a title, not a fence
		}
		return []byte{'\n'}
	}
	if bytes.HasPrefix(t, []byte("---")) || bytes.HasPrefix(t, []byte("===")) {
		if title := decoratedTitle(t); title != nil {
			return title // "--- response 400 Bad Request ---", "=== Request ===": a title
		}
	}
	if s.table.tabs || tab && !s.table.on && tabSidesHeader(raw) {
		if line, ok := s.table.tabRow(raw); ok {
			return line
		}
		return raw
	}
	if len(t) > 0 && (t[0] == '|' || t[0] == '+' || t[0] == 0xe2 || t[0] == '-' && len(s.table.prev) > 0) || s.table.on {
		if line, ok := s.table.row(raw); ok {
			return line
		}
	}
	s.table.keepPrev(raw)
	if h := heading(raw); h != nil {
		return h
	}
	if e := emphasized(raw); e != nil {
		return e
	}
	if len(raw) == 0 || raw[0] != '>' {
		s.quoted = false
		return raw
	}
	if !s.quoted {
		s.depth = quoteDepth(raw)
		s.quoted = s.depth > 0
	} else if d := quoteDepth(raw); d > s.depth {
		// A quotation that showed itself by its prose may quote a quotation further on
		// ("> > *   Trying").
		s.depth = d
	}
	if !s.quoted {
		return raw
	}
	rest := raw
	for d := 0; d < s.depth && len(rest) > 0 && rest[0] == '>'; d++ {
		rest = unquote(rest)
	}
	if len(trimEOL(rest)) == 0 {
		return []byte{'\n'}
	}
	return rest
}

// unquote takes one quotation mark ("> " or ">") off a line.
func unquote(b []byte) []byte {
	b = b[1:]
	if len(b) > 0 && b[0] == ' ' {
		b = b[1:]
	}
	return b
}

// quoteDepth returns how many quotation marks a line's quotation shows itself under, or 0: the
// fewest marks after which the line holds what curl -v's request lines never do (a status line,
// curl's "< ", "* " and "{ [" lines, words of prose, or a second mark: "> > ", "> < ").
func quoteDepth(raw []byte) int {
	rest := raw
	for d := 1; d <= 4 && len(rest) > 0 && rest[0] == '>'; d++ {
		rest = unquote(rest)
		e := trimEOL(rest)
		_, status := statusFromLine(e)
		if status || bytes.HasPrefix(e, []byte("< ")) || bytes.Equal(e, []byte("<")) ||
			bytes.HasPrefix(e, []byte("* ")) || bytes.HasPrefix(e, []byte("{ [")) || bytes.HasPrefix(e, []byte("} [")) ||
			quotedProse(e) {
			return d
		}
		if !bytes.HasPrefix(e, []byte(">")) {
			return 0
		}
		if d == 1 && (bytes.HasPrefix(e, []byte("> ")) && curlSent(unquote(e)) || bytes.Equal(e, []byte(">"))) && !nestedEvidence(e) {
			return 1 // "> > GET": one quotation mark over curl's request line
		}
	}
	return 0
}

// nestedEvidence reports whether a once-unquoted line is itself a quotation of curl's output
// ("> *   Trying", "> < HTTP/1.1"), rather than curl's request line under one mark.
func nestedEvidence(e []byte) bool {
	return quoteDepth(e) > 0 && !bytes.HasPrefix(trimEOL(unquote(e)), []byte(">"))
}

// quotedProse reports whether an unquoted line is words of prose ("The API returned this
// header:"): curl -v's "> " side starts with its request line, and the lines after it are header
// fields, so a quotation whose first line is prose is a reply's. A field ("Note: see below") is
// no evidence either way.
func quotedProse(e []byte) bool {
	if len(e) == 0 || !isLetter(e[0]) || opensObject(e) {
		return false // (a label before a printed object, "request headers {", is no prose)
	}
	sp := bytes.IndexByte(e, ' ')
	if sp < 0 || bytes.IndexByte(e[:sp], ':') >= 0 || len(bytes.TrimSpace(e[sp:])) == 0 {
		return false // one word, or a field's name and its colon
	}
	return !isRequestLine(e)
}

// curlSent reports whether an unquoted line is one curl -v's "> " side holds: its request line, a
// header field, or the blank line that ends them (">> request headers {" is a label, not "> "
// over curl's request side).
func curlSent(e []byte) bool {
	e = trimEOL(e)
	if len(bytes.TrimSpace(e)) == 0 || isRequestLine(e) {
		return true
	}
	_, _, ok := headerLine(e)
	return ok
}

// jiraMacros are the macros of Jira's wiki markup that wrap a pasted block.
var jiraMacros = [...]string{"{code", "{noformat", "{panel", "{quote"}

// jiraMacro reports whether b starts with one of Jira's macros, "{code}", "{code:title=Request}",
// "{panel:title=Response (HTTP 400)}": markup, no JSON object.
func jiraMacro(b []byte) bool {
	for _, m := range jiraMacros {
		if rest, ok := bytes.CutPrefix(b, []byte(m)); ok && len(rest) > 0 && (rest[0] == '}' || rest[0] == ':') {
			return true
		}
	}
	return false
}

// jiraClosing returns where a closing macro glued to the end of a line starts ("...901001{code}"),
// or 0.
func jiraClosing(raw []byte) int {
	t := bytes.TrimRight(raw, " \t\r\n")
	if len(t) < 7 || t[len(t)-1] != '}' || !isLetter(t[len(t)-2]) {
		return 0 // (a JSON body's line ends in '"}' or ']}': no macro's name)
	}
	for _, m := range jiraMacros {
		if bytes.HasSuffix(t, []byte(m+"}")) && len(t) > len(m)+1 {
			return len(t) - len(m) - 1
		}
	}
	return 0
}
