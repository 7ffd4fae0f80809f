package headers

import "bytes"

// Rows a terminal wrapped. A terminal pane hard-wraps a line longer than its width into rows, and
// `tmux capture-pane -p` (without -J), GNU screen's hardcopy or a copy of the screen keep the rows:
// "< Mtapistatus: 617020,90" then "1001". Inside a block whose every line carries a direction mark
// (curl -v's "< ", lftp's and httr's arrows), a row without the mark is never a line of its own:
// it is the rest of the marked row above it. Where that row is a response's mtapistatus field that
// reached the pane's width (the longest marked row seen, learned from the rows before), its value
// may have been cut: it is held for one row, and joined with the next row where that row is made
// of a value's bytes alone; otherwise it stands as it was. Any other unmarked row is passed over,
// never read as a field (" mtapistatus: 555006" where X-Trace's value wrapped).

// minPaneRow is the shortest row taken to fill a pane: shorter rows are never taken to be cut.
const minPaneRow = 20

// maxWrapRows bounds the rows one held value is joined from.
const maxWrapRows = 4

// wrapState is what the HTTP reader keeps of rows a terminal may have wrapped.
type wrapState struct {
	// row is the length of the row being read, as it came in (its line end included).
	row int
	// pane is the longest marked row read: where a pane wraps, its width.
	pane int
	// marked: the header block being read carries direction marks, and the last row read had one.
	marked bool
	// cut is an mtapistatus value held from a marked row that reached the pane's width, with its
	// line and the rows it was joined from.
	cut           []byte
	cutLine, rows int
	held          bool
}

// wrappedRow reads a row against the marks of the header block around it and reports whether it
// was the rest of a row above (and so read). side, rest and info are what markedSide made of it.
func (p *textParser) wrappedRow(side byte, numbered bool, rest []byte, info bool) bool {
	w := &p.panes
	if side == 0 && !info && !numbered && w.marked && p.state == inHeaders && len(bytes.TrimSpace(rest)) > 0 {
		if w.held {
			if t := bytes.TrimRight(rest, " \t"); valueBytes(t) && w.rows < maxWrapRows {
				w.cut = append(w.cut, t...)
				w.rows++
				if w.row < w.pane {
					p.takeCut() // this row did not reach the width: the value ends here
				}
				return true
			}
			if isDigit(rest[0]) || rest[0] == ',' {
				// The row goes on with the value's last number, and more that no value holds:
				// the number was cut, and joining it is not safe. It is left out.
				p.dropCut()
			} else {
				p.takeCut()
			}
		}
		p.passOver(rest, RoleOther, "a row a terminal wrapped: the rest of the marked row above it")
		return true
	}
	if w.held {
		p.takeCut()
	}
	if info {
		return false // curl -v's "* " lines come between the marked ones
	}
	// (Karate's numbered marks, "1 < ", are left out: its lines are never cut, and the lines no
	// reader wants are passed over before they are read, pass.go.)
	w.marked = side == '<' && !numbered
	if w.marked && w.row > w.pane {
		w.pane = w.row
	}
	return false
}

// holdCut holds the value of a marked mtapistatus row that reached the pane's width (its rest may
// be on the next row), and reports whether it did.
func (p *textParser) holdCut(value []byte, partial bool) bool {
	w := &p.panes
	if partial || !w.marked || w.row < minPaneRow || w.row < w.pane || !p.d.open {
		return false
	}
	w.cut = append(w.cut[:0], value...)
	w.cutLine, w.rows, w.held = p.lineNo, 1, true
	return true
}

// takeCut hands the held value on as it stands.
func (p *textParser) takeCut() {
	w := &p.panes
	w.held = false
	if p.d.open {
		p.d.take(Record{Kind: KindField, Value: w.cut, Line: w.cutLine})
	}
}

// dropCut hands the held value on without its last number, which the pane cut: what is left of it
// would be a fragment ("90" of "901001").
func (p *textParser) dropCut() {
	w := &p.panes
	w.held = false
	i := bytes.LastIndexByte(w.cut, ',')
	p.passOver(w.cut, RoleOther, "a value a terminal wrapped, whose last number goes on in a row that no value holds: that number is left out")
	if i > 0 && p.d.open {
		p.d.take(Record{Kind: KindField, Value: w.cut[:i], Line: w.cutLine})
	}
}

// valueBytes reports whether b holds only what an mtapistatus value is made of: digits, commas,
// spaces and minus signs.
func valueBytes(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) && c != ',' && c != ' ' && c != '-' {
			return false
		}
	}
	return true
}
