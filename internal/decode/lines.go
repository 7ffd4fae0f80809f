package decode

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// ScanLines reads piped input a line at a time. A line written as codes and names (IsQuery) is
// split into tokens, and emit hears each, as Scan gives them. At the first line that is not (a
// ticket line, an e-mail's greeting, a message), the rest of the input, that line included, is
// free text: prose hears it once and ScanLines returns what prose returns. Deciding line by line
// keeps "617020" then "Hi team, it failed again" from turning every word of the second line into
// an unknown card, and the answer never depends on how the input was split into reads: a line is
// judged only when it is whole. A line longer than the buffer is no list of codes a person wrote;
// the rest is read token by token, as Scan reads it, in constant memory.
func ScanLines(cat *codes.Catalogue, r io.Reader, emit func(token []byte, more bool) error, prose func(rest io.Reader) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return Scan(io.MultiReader(bytes.NewReader(bytes.Clone(line)), br), emit)
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		if len(bytes.TrimSpace(line)) > 0 && !plainCodes(line) && !IsQuery(cat, string(line)) {
			return prose(io.MultiReader(bytes.NewReader(bytes.Clone(line)), br))
		}
		if whole, ok := nameLine(cat, line); ok {
			// A name written with spaces ("Update Date Cannot Be In Future") is one name, as in
			// an argument.
			if terr := emit(whole, br.Buffered() > 0); terr != nil {
				return terr
			}
		} else if terr := lineTokens(cat, line, br.Buffered() > 0, emit); terr != nil {
			return terr
		}
		if err != nil {
			return nil
		}
	}
}

// nameLine returns a line that is a code's name written with spaces, as a whole.
func nameLine(cat *codes.Catalogue, line []byte) ([]byte, bool) {
	if plainCodes(line) {
		return nil, false
	}
	whole := strings.TrimSpace(trimToken(strings.TrimSpace(string(line))))
	if !strings.ContainsAny(whole, " \t") || strings.ContainsAny(whole, ",;") || !IsName(cat, whole) {
		return nil, false
	}
	return []byte(whole), true
}

// plainCodes reports whether a line holds only digits, signs and separators: a list of numbers,
// which IsQuery would accept, judged without allocating (a stream of a million codes stays cheap).
func plainCodes(line []byte) bool {
	for _, c := range line {
		if !isDigit(c) && c != '-' && !isSep(c) {
			return false
		}
	}
	return true
}

// lineTokens calls emit for each token of one line; more is true for all but the line's last token,
// and for that one says whether more input is buffered. Two numbers that are the halves of a
// documented code ("617 020") are one token with a space in it, which Memo resolves as a code
// offered, never decoded, as an argument's halves are.
func lineTokens(cat *codes.Catalogue, line []byte, buffered bool, emit func([]byte, bool) error) error {
	var toks [][]byte
	for len(line) > 0 {
		i := 0
		for i < len(line) && !isSep(line[i]) {
			i++
		}
		tok := line[:i]
		if i > MaxToken {
			tok = append(bytes.Clone(line[:MaxToken]), "…"...)
		}
		if t := trimTokenBytes(tok); len(t) > 0 {
			toks = append(toks, t)
		}
		if i == len(line) {
			break
		}
		line = line[i+1:]
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && len(t) <= 3 && len(toks[i+1]) <= 4 {
			if _, ok := splitCode(cat, string(t), string(toks[i+1])); ok {
				t = slices.Concat(t, []byte(" "), toks[i+1])
				i++
			}
		}
		if err := emit(t, i < len(toks)-1 || buffered); err != nil {
			return err
		}
	}
	return nil
}
