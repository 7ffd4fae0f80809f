package headers

import "bytes"

// PowerShell's Format-List of a web response (Invoke-WebRequest's BasicHtmlWebResponseObject, the
// default view in Windows PowerShell 5.1 and what "| Format-List" prints in PowerShell 7):
//
//	StatusCode        : 409
//	StatusDescription : Conflict
//	Content           : conflict
//	                    mtapistatus: 999999
//	RawContent        : HTTP/1.1 409 Conflict
//	                    Mtapistatus: 617020, 901002
//	                    ...
//	Headers           : {[Mtapistatus, 617020, 901002], [Content-Length, 29]}
//
// Each property is "Name : value", its value continued on lines indented to the value's column.
// RawContent is the raw response: it is read as HTTP text, so its body never counts. Content is the
// body and never counts. Headers is read only when no RawContent came before it.

// psLine reads one line of the list. A line that is not a property nor a continuation ends the
// list, and is read as ordinary text.
func (p *textParser) psLine(b []byte, partial bool) (bool, bool) {
	if code := psStatus(b); code > 0 {
		p.endResponse()
		p.state, p.mode = loose, modePS
		p.ps = psState{code: code}
		return true, false
	}
	if name, value, col, ok := psProperty(b); ok {
		p.ps.prop, p.ps.col = psPropOther, col
		switch string(name) {
		case "RawContent":
			p.ps.prop, p.ps.raw = psPropRaw, true
			return true, p.content(value, partial)
		case "Headers":
			if !p.ps.raw {
				p.state = loose
				if !p.d.open {
					p.start("", p.ps.code)
				}
				p.psHeaders(value)
			}
		}
		return true, false
	}
	lead := 0
	for lead < len(b) && b[lead] == ' ' {
		lead++
	}
	if lead == len(b) || lead >= p.ps.col && p.ps.col > 0 {
		if p.ps.prop == psPropRaw {
			return true, p.content(b[min(lead, p.ps.col):], partial)
		}
		return true, false
	}
	// Not the list any more.
	p.endResponse()
	p.mode, p.state = modeNone, loose
	return false, false
}

type psProp uint8

const (
	psPropOther psProp = iota
	psPropRaw
)

type psState struct {
	code int
	prop psProp
	col  int  // the column values start at
	raw  bool // RawContent has been read
}

// psStatus reads "StatusCode        : 409" and returns the code, or 0.
func psStatus(b []byte) int {
	name, value, _, ok := psProperty(b)
	if !ok || string(name) != "StatusCode" || len(value) != 3 {
		return 0
	}
	code := 0
	for _, c := range value {
		if c < '0' || c > '9' {
			return 0
		}
		code = code*10 + int(c-'0')
	}
	return code
}

// psProperty splits "Name<spaces>: value" at the start of a line.
func psProperty(b []byte) (name, value []byte, col int, ok bool) {
	i := 0
	for i < len(b) && isLetter(b[i]) {
		i++
	}
	if i == 0 {
		return nil, nil, 0, false
	}
	j := i
	for j < len(b) && b[j] == ' ' {
		j++
	}
	if j == i || j >= len(b) || b[j] != ':' {
		return nil, nil, 0, false
	}
	col = j + 1
	if col < len(b) && b[col] == ' ' {
		col++
	}
	return b[:i], b[col:], col, true
}

// psHeaders reads the Headers dictionary, {[Name, value], [Name, value, value]}: the first element
// of a pair is the name, the rest is its value.
func (p *textParser) psHeaders(v []byte) {
	for {
		i := bytes.IndexByte(v, '[')
		if i < 0 {
			return
		}
		v = v[i+1:]
		end := bytes.IndexByte(v, ']')
		if end < 0 {
			end = len(v)
		}
		pair := v[:end]
		v = v[end:]
		name, value, found := bytes.Cut(pair, []byte(","))
		if found && isHeaderName(bytes.TrimSpace(name)) {
			p.d.take(Record{Kind: KindField, Value: value, Line: p.lineNo})
		}
	}
}

// psClaim claims PowerShell's list from its StatusCode line.
func psHeadClaim(h look) bool { return psStatus([]byte(h.first())) > 0 }
