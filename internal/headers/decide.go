package headers

import "bytes"

// decider is the decision layer: the only place a Response is made. Readers tell it what they saw
// as records (record.go); it decides what counts:
//
//   - only a response's own mtapistatus field: a record on the request side, or text that is no
//     side's (a body, a value inside another field, a printing after every request was answered),
//     never counts, and --explain says why;
//   - a field counts only inside a message that something started (a status line, a response
//     marker, the first field of a header block where the input shows no request);
//   - a message is reported when it ends, numbered in input order, with its values split and
//     bounded (MaxValues, MaxValueLen).
//
// The readers keep the state of their format (where a header block ends, which side a line is on);
// the decider keeps the state of the answer (the open message, its values, the count).
type decider struct {
	out func(Response) error
	// count numbers the responses reported.
	count int
	// open: a message is being read; keep: it is a response that counts (see begin).
	open, keep bool
	why        string
	start      Record
	vals       values
	split      valueSplitter
	// fieldLine is the line of the field whose value is being read; inField: a field was read in
	// this message (a continuation continues a field, never a message).
	fieldLine int
	inField   bool
	// err is the first error out returned; nothing more is reported after it.
	err error
	// ex is told every decision under --explain, or nil.
	ex *explainer
	// requests counts the requests the input showed; passed counts the lines naming the header
	// that were passed over, by role, and firstPassed is the line of the first.
	requests    int
	passed      [3]int
	firstPassed int
}

// outcome is what the input came to, beside its responses.
func (d *decider) outcome() Outcome {
	return Outcome{Responses: d.count, Requests: d.requests, PassedRequest: d.passed[RoleRequest], PassedOther: d.passed[RoleOther], FirstPassed: d.firstPassed}
}

// pass counts a line that names the header and does not count.
func (d *decider) pass(role Role, line int) {
	if role == RoleResponse {
		return
	}
	d.passed[role]++
	if d.firstPassed == 0 {
		d.firstPassed = line
	}
}

// take reads one record.
func (d *decider) take(r Record) {
	switch r.Kind {
	case KindStatus:
		d.end()
		d.begin(r)
	case KindField:
		d.field(r)
	case KindContinuation:
		if d.open && d.inField {
			d.split.write(r.Value)
			if !r.Partial {
				d.split.end()
			}
			// A value's line is the line of its field, however many records carried it.
			d.mark(d.fieldLine)
		}
	case KindEnd:
		d.end()
	}
}

// begin opens a message. A request's own message is never opened: its fields are passed over
// until the next status record.
func (d *decider) begin(r Record) {
	d.ex.status(r)
	if r.Role == RoleRequest {
		d.requests++
		return
	}
	d.open, d.keep, d.why = true, r.Role == RoleResponse, r.Why
	d.start = Record{Status: r.Status, Code: r.Code, Line: r.Line}
	d.vals, d.inField = values{}, false
}

// field reads an mtapistatus field.
func (d *decider) field(r Record) {
	switch {
	case r.Role != RoleResponse:
		d.ex.passed(r, r.Why)
		return
	case !d.open:
		d.ex.passed(r, "no response is open here (no status line, response marker or header block before it)")
		return
	}
	d.fieldLine, d.inField = r.Line, true
	defer d.mark(r.Line)
	d.split = valueSplitter{resp: &d.vals, cur: d.split.cur[:0]}
	switch {
	case r.NameOnly:
		// The name alone: its value comes on a later line.
		d.vals.found = true
	case len(bytes.TrimSpace(r.Value)) == 0 && !r.Partial:
		// "mtapistatus:" with nothing after it: present, and malformed.
		d.vals.add("")
	default:
		d.split.write(r.Value)
		if !r.Partial {
			d.split.end()
		}
	}
	d.ex.field(r, d.keep, d.why)
}

// mark gives the message the line its first value was read on.
func (d *decider) mark(line int) {
	if d.vals.found && d.vals.line == 0 {
		d.vals.line = line
	}
}

// end reports the open message, if it is a response that counts.
func (d *decider) end() {
	if !d.open {
		return
	}
	d.open = false
	if !d.keep {
		if d.vals.found {
			d.pass(RoleOther, d.vals.line)
		}
		d.ex.dropped(d.start, d.vals, d.why)
		return
	}
	d.report(d.start, &d.vals)
}

// whole reads a message a reader collected whole (a JSON object, a log line, a W3C row): start is
// its status record, v its values.
func (d *decider) whole(start Record, v *values) {
	d.end()
	d.ex.status(start)
	if start.Role != RoleResponse {
		if v.found {
			d.pass(start.Role, start.Line)
		}
		d.ex.dropped(start, *v, start.Why)
		return
	}
	if v.found && v.line == 0 {
		v.line = start.Line
	}
	if v.found {
		d.ex.counted(v, "")
	}
	d.report(start, v)
}

// report makes the Response and hands it on.
func (d *decider) report(start Record, v *values) {
	if d.err != nil {
		return
	}
	d.count++
	r := Response{
		Index:      d.count,
		StatusLine: start.Status,
		HTTPStatus: start.Code,
		Values:     v.list,
		Dropped:    v.dropped,
		Found:      v.found,
		Line:       v.line,
	}
	d.err = d.out(r)
}

// forward reports a response that a nested decider made (text read inside a JSON string, a
// structured dump inside a log line), numbered on from this one's; line is where it sits in this
// input, or 0 to keep its own.
func (d *decider) forward(r Response, line int, role Role, why string) {
	if d.err != nil {
		return
	}
	d.end()
	if role != RoleResponse {
		if r.Found {
			d.pass(RoleOther, line)
		}
		d.ex.dropped(Record{Status: r.StatusLine, Line: line}, values{found: r.Found, line: line}, why)
		return
	}
	d.count++
	r.Index = d.count
	if r.Found && line > 0 {
		r.Line = line
	}
	d.err = d.out(r)
}
