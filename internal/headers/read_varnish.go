package headers

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// The varnishlog reader: Varnish Cache's shared-memory log as varnishlog prints it, grouped by
// transaction (the default, -g request, -g session, -v) or one record a line (-g raw):
//
//	*   << Request  >> 2
//	-   ReqHeader      mtapistatus: 555001                 the client's request: never
//	-   RespStatus     400
//	-   RespHeader     Mtapistatus: 617020,901001          Varnish's response to the client
//	-   End
//	**  << BeReq    >> 3
//	--  BereqHeader    mtapistatus: 555001                 Varnish's request to the backend: never
//	--  BerespStatus   400
//	--  BerespHeader   Mtapistatus: 617020,901001          the backend's response to Varnish
//	         2 RespHeader     c Mtapistatus: 617020        (-g raw: vxid, tag, c or b, data)
//
// Two responses can carry the header, one a hop apart, and each is a response of its own:
//   - the client's (Resp* records of a client transaction): what Varnish delivered, so a field
//     that VCL removed (RespUnset) before delivery is taken back, and a response Varnish replaced
//     before delivering it (a synthetic response, a restart) never counts. On a cache hit it is
//     the only one;
//   - the backend's (Beresp* records of a backend transaction): what the backend (MTAPI itself)
//     answered, as it was received, before vcl_backend_response edited it. Fields that VCL set
//     afterwards, and the response Varnish makes up when a fetch fails, are not the backend's.
//
// So a cache miss shows the code twice, as the client got it and as the API sent it, in the order
// varnishlog prints them; where they differ, both are true. Req* and Bereq* records are requests,
// and never count; nor do the cached object's copy (ObjHeader) or any other record. (Where -i or -x
// leaves records out, what they would say cannot count: with RespUnset or VCL_call filtered away,
// a field VCL removed or set reads as sent.)

// modeVarnish is the reader's mode while it holds the input.
const modeVarnish = textMode(famVarnish)

// vslSlots bounds the transactions kept open at once (-g raw interleaves them); vslFields bounds
// the mtapistatus fields one response keeps, and vslFieldLen each one (varnishd's own record
// length is 255 bytes by default).
const (
	vslSlots    = 8
	vslFields   = 32
	vslFieldLen = 4 << 10
)

// varnishState is the reader's own state: the transactions open.
type varnishState struct {
	tx [vslSlots]vslTx
	// group is the transaction of the group being printed, whose records carry no vxid; next
	// orders the slots by age.
	group, next int
	// v3 says the log is Varnish 3's (read_varnish3.go).
	v3 bool
}

// vslTx is one transaction: its vxid, and the response it builds on each side.
type vslTx struct {
	used       bool
	vxid, age  int
	requested  bool
	client, be vslResp
}

// vslResp is a response being built from its records.
type vslResp struct {
	// state: none yet, being received, or done (the backend's, once VCL has seen it).
	state vslRespState
	// proto, code and reason make its status line.
	proto, reason string
	code          int
	// fields are its mtapistatus fields' values, in order; line is where the first was read.
	fields  []string
	dropped int
	line    int
}

type vslRespState uint8

const (
	vslNone vslRespState = iota
	vslOpen
	vslDone
)

// vslRecord is one varnishlog line taken apart.
type vslRecord struct {
	// group: the line starts a transaction's group ("<< Request  >>"); kind is its type.
	group bool
	kind  []byte
	// vxid is the transaction's id where the line gives it (a group, -v, -g raw), else -1.
	vxid int
	tag  []byte
	data []byte
	// side is the c (client), b (backend) or - that -v, -g raw and Varnish 3 print, or 0; v3
	// says the record is one only Varnish 3 prints (read_varnish3.go).
	side byte
	v3   bool
}

// varnishLine reads one line of varnishlog while the reader holds the input, or one that may
// start it; it reports whether the line was varnishlog's.
func (p *textParser) varnishLine(b []byte, _ bool) (bool, bool) {
	r, ok := vslParse(b, p.mode == modeVarnish)
	if !ok {
		return false, false
	}
	if p.mode != modeVarnish {
		p.mode = modeVarnish
		if p.d.ex != nil {
			p.explainHolder() // (before the request this line may show)
		}
	}
	s := readerState[varnishState](p, famVarnish)
	if r.group {
		// A transaction's group is printed whole: a new one means the ones before are complete.
		s.endAll(p)
		s.group = r.vxid
		s.find(p, r.vxid)
		return true, false
	}
	vxid := r.vxid
	if vxid < 0 {
		vxid = s.group
	}
	if r.v3 {
		s.v3 = true
	}
	s.find(p, vxid).record(p, r)
	if string(r.tag) == "End" || s.v3 && vsl3End(r.tag, r.side) {
		s.end(p, vxid)
	}
	return true, false
}

// record reads one record of a transaction.
func (t *vslTx) record(p *textParser, r vslRecord) {
	tag := string(r.tag)
	switch {
	case strings.HasPrefix(tag, "Req") || strings.HasPrefix(tag, "Bereq"):
		if !t.requested && (strings.HasSuffix(tag, "Method") || strings.HasSuffix(tag, "Header")) {
			t.requested = true
			p.request()
		}
		p.passOver(r.data, RoleRequest, tag+": "+sideOfRequest(tag)+", never a response")
	case strings.HasPrefix(tag, "Resp"):
		t.client.record(p, tag, tag[len("Resp"):], r.data, false)
	case strings.HasPrefix(tag, "Beresp"):
		t.be.record(p, tag, tag[len("Beresp"):], r.data, true)
	case tag == "VCL_call":
		switch string(bytes.TrimSpace(r.data)) {
		case "BACKEND_FETCH":
			t.be.report(p, true) // a fetch begins (again, after a retry)
			t.be.state = vslNone
		case "BACKEND_RESPONSE", "BACKEND_ERROR":
			t.be.report(p, true) // what the backend sent is complete: VCL edits the object now
			t.be.state = vslDone
		}
	case tag == "VCL_return":
		if string(bytes.TrimSpace(r.data)) == "restart" {
			t.client.discard(p, "the response was replaced before delivery (a restart)")
		}
	case tag == "FetchError":
		// A fetch that failed: what was received counts; a response Varnish makes up does not.
		t.be.report(p, true)
		t.be.state = vslDone
	default:
		why := tag + ": a varnishlog record that is no response's header field"
		if strings.HasPrefix(tag, "Obj") {
			why = tag + ": the cached object's copy of a response, not a response sent"
		}
		p.passOver(r.data, RoleOther, why)
	}
}

// sideOfRequest names the request a Req* or Bereq* record is of.
func sideOfRequest(tag string) string {
	if strings.HasPrefix(tag, "Bereq") {
		return "Varnish's request to the backend"
	}
	return "the client's request to Varnish"
}

// record reads one Resp* (client) or Beresp* (backend) record; what is the tag after its prefix.
func (r *vslResp) record(p *textParser, tag, what string, data []byte, backend bool) {
	side := "Varnish's response to the client"
	if backend {
		side = "the backend's response"
	}
	if r.state == vslDone {
		p.passOver(data, RoleOther, "set after "+side+" was received (by VCL, or by Varnish for a failed fetch): not what the backend sent")
		return
	}
	if what == "Protocol" && r.state == vslOpen && !backend {
		r.discard(p, "the response was replaced before delivery (a synthetic response)")
	}
	if r.state == vslNone {
		*r = vslResp{state: vslOpen, fields: r.fields[:0]}
	}
	switch what {
	case "Protocol":
		r.proto = string(bytes.TrimSpace(data))
	case "Status":
		r.code, _ = strconv.Atoi(string(bytes.TrimSpace(data)))
	case "Reason":
		r.reason = string(bytes.TrimSpace(data))
	case "Header":
		name, value, ok := headerLine(data)
		switch {
		case ok && isHeaderName(name):
			r.add(p, value)
		case ok:
			p.explainOver(value, "inside the value of another field")
		}
	case "Unset":
		if name, value, ok := headerLine(data); ok && isHeaderName(name) {
			r.unset(p, value)
		}
	default:
		p.passOver(data, RoleOther, tag+": no header field of "+side)
	}
}

// add keeps an mtapistatus field's value.
func (r *vslResp) add(p *textParser, v []byte) {
	if len(r.fields) >= vslFields {
		r.dropped++
		return
	}
	if len(v) > vslFieldLen {
		v = v[:vslFieldLen]
	}
	if r.line == 0 {
		r.line = p.lineNo
	}
	r.fields = append(r.fields, string(v))
}

// unset takes back a field that VCL removed (or replaced) before the response was sent.
func (r *vslResp) unset(p *textParser, v []byte) {
	for i, f := range r.fields {
		if f == string(v) {
			r.fields = append(r.fields[:i], r.fields[i+1:]...)
			if p.d.ex != nil {
				p.passOver(v, RoleOther, "removed by VCL before the response was sent (RespUnset)")
			}
			if len(r.fields) == 0 {
				r.line = 0
			}
			return
		}
	}
}

// discard drops a response that was never sent.
func (r *vslResp) discard(p *textParser, why string) {
	for _, f := range r.fields {
		p.passOver([]byte(codes.HeaderName+": "+f), RoleOther, why)
	}
	*r = vslResp{fields: r.fields[:0]}
}

// report hands a response over, if one is open; keep says its slice may be reused.
func (r *vslResp) report(p *textParser, keep bool) {
	if r.state != vslOpen {
		return
	}
	var v values
	for _, f := range r.fields {
		v.addValue(f)
	}
	v.dropped += r.dropped
	v.line = r.line
	status := ""
	if r.proto != "" && r.code > 0 {
		status = r.proto + " " + strconv.Itoa(r.code)
		if r.reason != "" {
			status += " " + r.reason
		}
	}
	line := p.lineNo
	if r.line > 0 {
		p.lineNo = r.line // (the line of its mtapistatus field, as a value's line is)
	}
	p.whole(status, r.code, &v)
	p.lineNo = line
	*r = vslResp{fields: r.fields[:0]}
	if !keep {
		r.fields = nil
	}
}

// find returns the open transaction vxid, opening it (and ending the oldest where every slot is
// taken).
func (s *varnishState) find(p *textParser, vxid int) *vslTx {
	oldest := 0
	for i := range s.tx {
		t := &s.tx[i]
		if t.used && t.vxid == vxid {
			return t
		}
		if !t.used || s.tx[oldest].used && t.age < s.tx[oldest].age {
			oldest = i
		}
	}
	t := &s.tx[oldest]
	if t.used {
		t.end(p)
	}
	s.next++
	*t = vslTx{used: true, vxid: vxid, age: s.next, client: vslResp{fields: t.client.fields[:0]}, be: vslResp{fields: t.be.fields[:0]}}
	return t
}

// end reports what transaction vxid built and closes it.
func (s *varnishState) end(p *textParser, vxid int) {
	for i := range s.tx {
		if t := &s.tx[i]; t.used && t.vxid == vxid {
			t.end(p)
		}
	}
}

// endAll ends every open transaction, in the order they opened.
func (s *varnishState) endAll(p *textParser) {
	for {
		first := -1
		for i := range s.tx {
			if s.tx[i].used && (first < 0 || s.tx[i].age < s.tx[first].age) {
				first = i
			}
		}
		if first < 0 {
			return
		}
		s.tx[first].end(p)
	}
}

// end reports what the transaction built and frees its slot.
func (t *vslTx) end(p *textParser) {
	t.client.report(p, true)
	t.be.report(p, true)
	t.used = false
}

// varnishEnd reports the transactions the input ended in.
func varnishEnd(p *textParser) { readerState[varnishState](p, famVarnish).endAll(p) }

// vslParse takes a varnishlog line apart: a group's first line, or a record with its level marks
// ("-", "--", "---", "-4-"), its vxid and c/b/- side where -v or -g raw prints them, its tag
// padded to 14 columns and its data. held says the reader holds the input: any tag is then
// read; before, only a tag varnishlog prints for every request.
func vslParse(b []byte, held bool) (vslRecord, bool) {
	r := vslRecord{vxid: -1}
	switch {
	case len(b) > 0 && b[0] == '*':
		n := vslLevel(b, '*')
		if n == 0 {
			return r, false
		}
		rest := bytes.TrimLeft(b[n:], " ")
		kind, ok := bytes.CutPrefix(rest, []byte("<< "))
		if !ok {
			return r, false
		}
		end := bytes.Index(kind, []byte(" >>"))
		if end < 0 {
			return r, false
		}
		r.group, r.kind = true, bytes.TrimSpace(kind[:end])
		id := bytes.TrimSpace(kind[end+3:])
		if !isWord(r.kind) || !isDigits(id) || len(id) > 18 {
			return r, false
		}
		r.vxid, _ = strconv.Atoi(string(id))
		return r, true
	case len(b) > 0 && b[0] == '-':
		n := vslLevel(b, '-')
		if n == 0 {
			return r, false
		}
		return vslRecordAt(r, b, n, held)
	}
	// -g raw: the records alone, each with its vxid right-aligned in ten columns.
	i := 0
	for i < len(b) && b[i] == ' ' {
		i++
	}
	if i == len(b) || !isDigit(b[i]) {
		return r, false
	}
	return vslRecordAt(r, b, i, held)
}

// vslLevel returns the width of a line's level marks and the space after them ("-   ", "--  ",
// "--- ", "-4- "; "*" likewise), or 0.
func vslLevel(b []byte, c byte) int {
	if len(b) < 4 || b[3] != ' ' {
		return 0
	}
	switch {
	case b[1] == ' ' && b[2] == ' ', b[1] == c && (b[2] == ' ' || b[2] == c):
	case isDigit(b[1]) && b[2] == c:
	default:
		return 0
	}
	return 4
}

// vslRecordAt reads a record from i on: a vxid and a side where given, the tag, the data.
func vslRecordAt(r vslRecord, b []byte, i int, held bool) (vslRecord, bool) {
	for i < len(b) && b[i] == ' ' {
		i++
	}
	verbose := false
	if j := i; j < len(b) && isDigit(b[j]) {
		for j < len(b) && isDigit(b[j]) {
			j++
		}
		if j == len(b) || b[j] != ' ' || j-i > 18 {
			return r, false
		}
		r.vxid, _ = strconv.Atoi(string(b[i:j]))
		i, verbose = j+1, true
	}
	start := i
	for i < len(b) && (isLetter(b[i]) || isDigit(b[i]) || b[i] == '_') {
		i++
	}
	r.tag = b[start:i]
	if len(r.tag) == 0 || r.tag[0] < 'A' || r.tag[0] > 'Z' || i < len(b) && b[i] != ' ' {
		return r, false
	}
	// The tag is padded to 14 columns, then a space: the data starts after them. (Before the
	// reader holds the input, a record claims it only so padded: "-   End of it" is prose.)
	for i < len(b) && b[i] == ' ' && (i < start+15 || i == start+len(r.tag)) {
		i++
	}
	if !held && i < start+15 && !(verbose && i == start+13 && vsl3Padded(r.tag)) {
		return r, false
	}
	if verbose {
		// -v and -g raw print the side: c (client), b (backend) or -.
		if i >= len(b) || b[i] != 'c' && b[i] != 'b' && b[i] != '-' || i+1 < len(b) && b[i+1] != ' ' {
			return r, false
		}
		r.side = b[i]
		i += 2
		r.tag, r.v3 = vsl3Tag(r.tag, r.side)
	}
	r.data = b[min(i, len(b)):]
	if !held && !vslEveryRequest(r.tag) {
		return r, false
	}
	return r, true
}

// vslEveryRequest reports a tag varnishlog prints for every request: one that claims the input.
func vslEveryRequest(tag []byte) bool {
	switch string(tag) {
	case "Begin", "End", "Link", "Timestamp", "ReqStart", "ReqMethod", "ReqURL", "ReqProtocol", "ReqHeader",
		"RespProtocol", "RespStatus", "RespReason", "RespHeader", "BereqMethod", "BereqURL", "BereqProtocol",
		"BereqHeader", "BerespProtocol", "BerespStatus", "BerespReason", "BerespHeader", "VCL_call", "VCL_return":
		return true
	}
	return false
}

// isWord reports whether b is letters alone.
func isWord(b []byte) bool {
	for _, c := range b {
		if !isLetter(c) {
			return false
		}
	}
	return len(b) > 0
}

// varnishClaim claims varnishlog's output at a line of its own: -g raw starts with whatever
// records (a CLI's ping) came first.
func varnishClaim(h look) bool {
	for _, l := range h.lines {
		if _, ok := vslParse([]byte(l), false); ok {
			return true
		}
	}
	return false
}
