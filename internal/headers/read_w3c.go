package headers

import (
	"bytes"
	"strconv"
	"strings"
)

// The w3c reader: W3C extended logs (IIS). A "#Fields:" directive names the columns; a row's
// mtapistatus column ("-" when absent) is one response, with the sc-status column's code.

type w3cState struct {
	col, statusCol int // 0-based columns of mtapistatus and sc-status; -1 when absent
}

// maxW3CFields bounds the columns a #Fields directive may name.
const maxW3CFields = 1024

// w3cDirective handles "#Fields:" and the other directives.
func (p *textParser) w3cDirective(b []byte) bool {
	for _, d := range [...]string{"#Software:", "#Version:", "#Date:", "#Remark:", "#Start-Date:", "#End-Date:"} {
		if bytes.HasPrefix(b, []byte(d)) {
			// Only #Fields: starts the format; these are skipped once it has started.
			return p.mode == modeW3C
		}
	}
	fields, ok := bytes.CutPrefix(b, []byte("#Fields:"))
	if !ok {
		return false
	}
	p.endLoose()
	p.mode = modeW3C
	p.w3c = w3cState{col: -1, statusCol: -1}
	for i, f := range bytes.Fields(fields) {
		if i >= maxW3CFields {
			break
		}
		switch {
		case isW3CHeaderField(f):
			p.w3c.col = i
		case bytes.EqualFold(f, []byte("sc-status")):
			p.w3c.statusCol = i
		}
	}
	return true
}

// isW3CHeaderField accepts "mtapistatus" and the W3C prefix-header form "sc(mtapistatus)",
// "rs(mtapistatus)".
func isW3CHeaderField(f []byte) bool {
	if i := bytes.IndexByte(f, '('); i > 0 && i <= 3 && f[len(f)-1] == ')' {
		// cs( and sr( are request headers (client to server, server to remote server).
		if p := string(f[:i]); p == "cs" || p == "sr" || p == "c" {
			return false
		}
		f = f[i+1 : len(f)-1]
	}
	return isHeaderName(f)
}

// w3cRow reads one log entry: a response, with its mtapistatus column ("-" when absent).
func (p *textParser) w3cRow(b []byte) {
	if p.w3c.col < 0 || b[0] == '#' {
		return
	}
	var val, status []byte
	col := 0
	for i := 0; i < len(b); col++ {
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		j := i
		for j < len(b) && b[j] != ' ' && b[j] != '\t' {
			j++
		}
		if col == p.w3c.col {
			val = b[i:j]
		}
		if col == p.w3c.statusCol {
			status = b[i:j]
		}
		i = j
		if col >= p.w3c.col && col >= p.w3c.statusCol {
			break
		}
	}
	if val == nil {
		return
	}
	var r values
	code := 0
	if n, err := strconv.Atoi(string(status)); err == nil && n >= 100 && n <= 999 {
		code = n
	}
	if len(val) > 0 && string(val) != "-" {
		// W3C logs write a space as "+".
		r.addValue(string(bytes.ReplaceAll(val, []byte("+"), []byte(" "))))
	}
	p.whole("", code, &r)
}

// w3cClaim claims a W3C extended log from its directives.
func w3cClaim(h look) bool {
	for _, d := range [...]string{"#Software:", "#Version:", "#Fields:", "#Date:"} {
		if strings.HasPrefix(h.first(), d) {
			return true
		}
	}
	return false
}
