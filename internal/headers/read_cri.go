package headers

import "bytes"

// CRI container logs. Kubernetes' container runtimes (containerd, CRI-O) write a container's
// output to /var/log/pods/... one record per line: "2026-12-07T10:00:00.123456789Z stdout F <line>".
// The tag is F for a full line and P for a partial one: a line longer than the runtime's buffer is
// cut into P records, and the F record that follows on the same stream holds its rest. So a
// curl -sv or a logger's dump wrapped in them is read as the dump: the record's prefix comes off,
// and P records are joined to the rest of their line before any reader sees it (a value cut in two,
// "< Mtapista" + "tus: 617020", is read whole, never as two fragments).
//
// The form is claimed from the first non-blank line, as the look-ahead decides every form: a log
// whose first record is CRI is CRI throughout; any other input is never read this way.

// criState is what the CRI reader holds: the partial line of each stream (stdout, stderr)
// waiting for its rest.
type criState struct {
	part [2][]byte
	buf  []byte
}

// isCRIRecord reports whether a line is a CRI log record.
func isCRIRecord(b []byte) bool {
	_, _, _, ok := criRecord(b)
	return ok
}

// criClaim claims an input whose first line is a CRI record.
func criClaim(h look) bool { return isCRIRecord([]byte(h.first())) }

// criLine takes a record of a CRI log apart and returns the container's line to read, or nil when
// the record was a partial line held for its rest.
func (p *textParser) criLine(raw []byte) []byte {
	c := &p.cri
	stream, partial, content, ok := criRecord(raw)
	if !ok {
		return raw // a line the runtime did not write (a paste's own text around the log)
	}
	if partial {
		// The runtime ends every record with a newline of its own; the partial line has none.
		// What goes past lineHead is dropped, as the rest of a line longer than the buffer is.
		content = bytes.TrimSuffix(content, []byte("\n"))
		content = content[:min(len(content), max(lineHead-len(c.part[stream]), 0))]
		c.part[stream] = append(c.part[stream], content...)
		return nil
	}
	if len(c.part[stream]) == 0 {
		return content
	}
	c.buf = append(append(c.buf[:0], c.part[stream]...), content...)
	c.part[stream] = c.part[stream][:0]
	return c.buf
}

// criRecord splits a CRI log record: its stream (0 stdout, 1 stderr), whether it is a partial
// line, and the line's content with its end.
func criRecord(b []byte) (stream int, partial bool, content []byte, ok bool) {
	n := dateTime(b)
	// RFC 3339 with the date: "2026-12-07T10:00:00.123456789Z" or "...+01:00".
	if n < 20 || b[10] != 'T' || n >= len(b) || b[n] != ' ' {
		return 0, false, nil, false
	}
	rest := b[n+1:]
	switch {
	case bytes.HasPrefix(rest, []byte("stdout ")):
	case bytes.HasPrefix(rest, []byte("stderr ")):
		stream = 1
	default:
		return 0, false, nil, false
	}
	rest = rest[len("stdout "):]
	// The tag: P or F, possibly with more tags after a colon ("F:x").
	sp := bytes.IndexByte(rest, ' ')
	if sp < 1 || sp > 16 || rest[0] != 'P' && rest[0] != 'F' || sp > 1 && rest[1] != ':' {
		// An empty line is written as "TS stdout F" with nothing after the tag on some runtimes.
		if t := trimEOL(rest); len(t) == 1 && (t[0] == 'F' || t[0] == 'P') {
			return stream, t[0] == 'P', rest[1:], true
		}
		return 0, false, nil, false
	}
	return stream, rest[0] == 'P', rest[sp+1:], true
}
