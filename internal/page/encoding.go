package page

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Copies of the page come in the encodings and line endings of the machine they were saved on:
// UTF-16 with a byte-order mark (Windows' "Unicode" text), Windows-1252, and old Mac CR-only line
// ends. Each is read as it comes, a few bytes at a time, so memory stays bounded.

// utf16Reader turns UTF-16 (the byte-order mark already read) into UTF-8.
type utf16Reader struct {
	r       *bufio.Reader
	big     bool
	pending []byte
	err     error
}

func (u *utf16Reader) unit() (uint16, bool) {
	var b [2]byte
	if _, err := io.ReadFull(u.r, b[:]); err != nil {
		u.err = io.EOF
		if err != io.EOF && err != io.ErrUnexpectedEOF {
			u.err = err
		}
		return 0, false
	}
	if u.big {
		return uint16(b[0])<<8 | uint16(b[1]), true
	}
	return uint16(b[1])<<8 | uint16(b[0]), true
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(u.pending) > 0 {
			c := copy(p[n:], u.pending)
			n += c
			u.pending = u.pending[c:]
			continue
		}
		if u.err != nil {
			break
		}
		c, ok := u.unit()
		if !ok {
			break
		}
		r := rune(c)
		if utf16.IsSurrogate(r) {
			if c2, ok := u.unit(); ok {
				r = utf16.DecodeRune(r, rune(c2))
			} else {
				r = utf8.RuneError
			}
		}
		u.pending = utf8.AppendRune(u.pending[:0], r)
	}
	if n == 0 && u.err != nil {
		return 0, u.err
	}
	return n, nil
}

// decodeBOM returns a reader of UTF-8 for input that starts with a UTF-16 byte-order mark, and br
// itself otherwise.
func decodeBOM(br *bufio.Reader) *bufio.Reader {
	head, _ := br.Peek(2)
	if len(head) < 2 || !(head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff) {
		return br
	}
	big := head[0] == 0xfe
	br.Discard(2)
	return bufio.NewReaderSize(&utf16Reader{r: br, big: big}, 64<<10)
}

// crReader turns the line ends CR LF and a lone CR into LF.
type crReader struct {
	r  io.Reader
	cr bool // the last byte read was a CR
}

func (c *crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	out := p[:0]
	for _, b := range p[:n] {
		if b == '\n' && c.cr {
			c.cr = false
			continue
		}
		c.cr = b == '\r'
		if c.cr {
			b = '\n'
		}
		out = append(out, b)
	}
	if len(out) == 0 && err == nil && n > 0 {
		// Only the LF of a CR LF split across reads: read on.
		return c.Read(p)
	}
	return len(out), err
}

// cp1252 maps the bytes 0x80-0x9f of Windows-1252; the other bytes above 0x7f are Latin-1.
var cp1252 = [32]rune{
	'€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
	'\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
}

// fromWindows1252 reads a line that is not UTF-8 as Windows-1252, the encoding a Windows editor
// saves text in.
func fromWindows1252(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b < 0x80:
			sb.WriteByte(b)
		case b < 0xa0:
			sb.WriteRune(cp1252[b-0x80])
		default:
			sb.WriteRune(rune(b))
		}
	}
	return sb.String()
}
