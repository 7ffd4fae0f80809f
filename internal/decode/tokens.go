package decode

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// MaxToken bounds a single token. No code or name comes close; a longer run of input is kept
// truncated (and reported as invalid) so that memory stays constant whatever is piped in.
const MaxToken = 256

// isSep reports whether b separates tokens: white space, the header's comma, and the punctuation of
// pasted JSON or lists.
func isSep(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\r', '\v', '\f', ',', ';', '[', ']', '{', '}', '(', ')':
		return true
	}
	return false
}

// trimToken strips the quotes a pasted value carries and a leading "mtapistatus:" header name, and
// reports whether anything meaningful is left.
func trimToken(t string) string {
	t = strings.Trim(t, "\"'`")
	if len(t) >= len(headerName) && strings.EqualFold(t[:len(headerName)], headerName) {
		rest := strings.TrimLeft(t[len(headerName):], "\"'`")
		if rest == "" || rest[0] == ':' || rest[0] == '=' {
			t = strings.Trim(strings.TrimLeft(rest, ":="), "\"'` ")
		}
	}
	return t
}

const headerName = codes.HeaderName

// trimTokenBytes is trimToken for a token being scanned; it allocates only for the rare token that
// carries the header's name.
func trimTokenBytes(t []byte) []byte {
	t = bytes.Trim(t, "\"'`")
	if len(t) >= len(headerName) && bytes.EqualFold(t[:len(headerName)], []byte(headerName)) {
		return []byte(trimToken(string(t)))
	}
	return t
}

// Tokens splits one command-line argument into the inputs it holds. An argument may be a code, a
// name, a comma list as the header carries it ("617020,901002"), a pasted header line
// ("mtapistatus: 617020") or a name written with spaces ("update date cannot be in future"): an
// argument without commas that is a name as a whole is kept whole.
func Tokens(arg string, isName func(string) bool) []string {
	whole := strings.TrimSpace(trimToken(strings.TrimSpace(arg)))
	if whole != "" && !strings.ContainsAny(whole, ",;") && strings.ContainsAny(whole, " \t") && isName(whole) {
		return []string{whole}
	}
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			if t := trimToken(arg[start:end]); t != "" {
				out = append(out, t)
			}
			start = -1
		}
	}
	for i := 0; i < len(arg); i++ {
		if isSep(arg[i]) {
			flush(i)
		} else if start < 0 {
			start = i
		}
	}
	flush(len(arg))
	return out
}

// Scan reads whitespace- or comma-separated tokens from r and calls emit for each, in constant memory:
// a token longer than MaxToken is cut there and marked with a trailing "…" so it cannot match. The
// token is only valid during the call (a stream of a million codes allocates nothing per code; see
// Memo). emit also hears whether more input is already buffered: a caller that flushes its output
// only when none is shows a live stream's results at once and writes a file's in large blocks. emit
// returning an error stops the scan with that error.
func Scan(r io.Reader, emit func(token []byte, more bool) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var tok []byte
	truncated := false
	flush := func() error {
		if len(tok) == 0 {
			return nil
		}
		t := tok
		if truncated {
			t = append(t, "…"...)
		}
		tok, truncated = tok[:0], false
		if t = trimTokenBytes(t); len(t) == 0 {
			return nil
		}
		return emit(t, br.Buffered() > 0)
	}
	for {
		chunk, err := br.ReadSlice('\n')
		for len(chunk) > 0 {
			// The bytes up to the next separator are one token (or its continuation).
			i := 0
			for i < len(chunk) && !isSep(chunk[i]) {
				i++
			}
			if room := MaxToken - len(tok); i > room {
				tok, truncated = append(tok, chunk[:room]...), true
			} else {
				tok = append(tok, chunk[:i]...)
			}
			if i == len(chunk) {
				break
			}
			chunk = chunk[i+1:]
			if ferr := flush(); ferr != nil {
				return ferr
			}
		}
		switch {
		case err == nil, errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			return flush()
		default:
			return err
		}
	}
}
