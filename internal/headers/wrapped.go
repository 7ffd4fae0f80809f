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
	// marked: the header block being read carries direction marks, and the last row read had one;
	// indented: the last row read was an indented block's (wget -S), and reached the width.
	marked, indented bool
	// cut is an mtapistatus value held from a marked row that reached the pane's width, with its
	// line and the rows it was joined from.
	cut           []byte
	cutLine, rows int
	held          bool
	// cmdLine is the line of a prompt's command row (or of its rest) that may have filled the
	// pane, cmdWidth its length.
	cmdLine, cmdWidth int
	// width is the pane's width where a command's row was seen to go on in the next row: from
	// there on a loose row of that width is joined with the rows after it (joined, joining), as
	// tmux capture-pane -J would have.
	width   int
	joined  []byte
	joining bool
	// echo: the command at the last prompt shows the request (jshell's "req.headers()", Python's
	// "r.request.headers"): what its output holds is the request's.
	echo bool
}

// wrappedRow reads a row against the marks of the header block around it and reports whether it
// was the rest of a row above (and so read). side, rest and info are what markedSide made of it;
// lead is rest's indentation.
func (p *textParser) wrappedRow(side byte, numbered bool, rest []byte, lead int, info bool) bool {
	w := &p.panes
	if side == 0 && !info && !w.marked && !w.indented && !w.held && p.indent == 0 {
		return false // (most lines: no marked or indented block, nothing held; what follows keeps it so)
	}
	if side == 0 && !info && !numbered && p.state == inHeaders && lead < len(rest) && (w.marked || w.indented && lead < p.indent && !startsMessage(rest)) {
		if w.row < w.pane {
			w.indented = false
		}
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
	// wget -S marks its block by indentation: a row less indented right after an indented row
	// that reached the pane's width is that row's rest; any other one ends the block.
	w.indented = false
	if side == 0 && p.state == inHeaders && p.indent > 0 && lead >= p.indent {
		w.pane = max(w.pane, w.row)
		w.indented = w.row >= w.pane && w.row >= minPaneRow
	}
	return false
}

// holdCut holds the value of a marked mtapistatus row that reached the pane's width (its rest may
// be on the next row), and reports whether it did.
func (p *textParser) holdCut(value []byte, partial bool) bool {
	w := &p.panes
	if partial || !(w.marked || w.indented) || w.row < minPaneRow || w.row < w.pane || !p.d.open {
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

// A command line typed at a prompt wraps the same way: "$ http --follow --all -p Hh http://127.0"
// then ".0.0.1:21980/r1 mtapistatus:555002", whose request item is what the command sends. A
// prompt's row long enough to fill a pane may go on in the next row: that row is the rest of the
// command where it is no longer than the prompt's row and is no line of its own (a status or
// request line, a marked line, or a header line, unless a quote on it closes a string begun on
// the row before). A rest that fills the same width may go on in the row after it.

// commandRowStage is the line source's stage for a command line's rows: it notes a prompt's row,
// and takes the rows that continue it.
func (p *textParser) commandRowStage(raw []byte, _ bool) ([]byte, bool) {
	w := &p.panes
	if p.state != loose || p.mode != modeNone {
		return raw, false
	}
	if w.cmdLine != 0 && w.cmdLine == p.lineNo-1 {
		if p.commandRest(raw) {
			if w.row >= w.cmdWidth {
				w.cmdLine = p.lineNo
			}
			w.width = max(w.width, w.cmdWidth) // (the pane holds every row: the widest is surest)
			p.passOver(raw, RoleRequest, "the rest of a command line that a terminal wrapped: what it sends is a request")
			return nil, true
		}
	}
	// (PowerShell's prompts are read apart, read_psprompt.go: what follows one is its output.)
	prompt := promptRow(raw)
	if w.width > 0 {
		joined, took := p.joinRow(raw, prompt)
		if took {
			return nil, true
		}
		if joined != nil {
			raw = joined
		}
	}
	if prompt {
		w.echo = requestEcho(raw)
		if w.row >= minPaneRow {
			w.cmdLine, w.cmdWidth = p.lineNo, w.row
		}
		return raw, false
	}
	if w.echo && containsHeaderName(raw) {
		p.passOver(raw, RoleRequest, "what a REPL showed of the request, after the command that asked for it")
		return nil, true
	}
	return raw, false
}

// joinRow joins a loose row of the pane's width with the rows after it: it holds the row (took),
// or returns the rows held joined with this one (nil where nothing was held). A blank row or a
// prompt is never the rest of a row: the rows held are read as a line before it.
func (p *textParser) joinRow(raw []byte, prompt bool) (joined []byte, took bool) {
	w := &p.panes
	row := trimEOL(raw)
	if w.joining && (len(row) == 0 || prompt) {
		p.flushJoined()
		return nil, false
	}
	if !w.joining && (w.row != w.width || prompt) {
		return nil, false
	}
	if !w.joining {
		w.joined, w.joining = append(w.joined[:0], row...), true
		return nil, true
	}
	w.joined = append(w.joined, row...)
	if w.row == w.width && len(w.joined) < lineHead/2 {
		return nil, true
	}
	w.joining = false
	return append(w.joined, '\n'), false
}

// flushJoined reads the rows held as one line, through the stages after this one.
func (p *textParser) flushJoined() {
	w := &p.panes
	w.joining = false
	line := append(w.joined, '\n')
	for i := range p.table.stages {
		if p.table.stages[i].name == "command rows" {
			p.readFrom(i+1, line, false)
			return
		}
	}
}

// requestEcho reports whether the command after a REPL's or shell's prompt shows a request: its
// first expression names one ("req.headers()", "r.request.headers", "res.request()",
// "print(request.headers)"), and it assigns nothing.
func requestEcho(raw []byte) bool {
	i := bytes.IndexByte(raw, ' ')
	if i < 0 {
		return false
	}
	cmd := bytes.TrimSpace(raw[i+1:])
	if bytes.IndexByte(cmd, '=') >= 0 {
		return false
	}
	for _, f := range [...]string{"print(", "pp(", "p ", "puts ", "console.log("} {
		cmd = bytes.TrimPrefix(cmd, []byte(f))
	}
	if j := bytes.IndexAny(cmd, "( "); j >= 0 {
		cmd = cmd[:j]
	}
	for seg := range bytes.SplitSeq(bytes.ToLower(cmd), []byte(".")) {
		if string(seg) == "req" || bytes.HasSuffix(seg, []byte("request")) {
			return true
		}
	}
	return false
}

// commandRest reports whether raw, the row after a command line's row that may have filled the
// pane, is that command's rest.
func (p *textParser) commandRest(raw []byte) bool {
	b := trimEOL(raw)
	if len(bytes.TrimSpace(b)) == 0 || p.panes.row > p.panes.cmdWidth {
		return false
	}
	if side, _, _, info := markedSide(b); side != 0 || info || isRequestLine(b) || promptRow(b) || psPromptRow(b) || replOutput(b) {
		return false
	}
	if _, ok := statusFromLine(b); ok || outputRecord(b) {
		return false
	}
	if name, value, ok := headerLine(b); ok && looseHeader(name, value, b) {
		// A header line stands on its own, unless a quote on it closes nothing ("te: retry
		// after mtapistatus: 555004' http://").
		return closedAfter(b, len(name))
	}
	return true
}

// outputRecord reports whether a row starts as a command's output does, never as the rest of a
// command cut at the pane's edge: a record of a log (a timestamp or address first, a level word:
// "2026-12-07T10:00:00Z ...", "10.1.1.1 - - [...", "INFO done ...", "[WARN] ..."), a JSON line,
// or a row with a tab. ("$ docker logs api | grep mtapistatus", then its output: the output line
// is shorter than the command's row, as the rest of a wrapped one would be.)
func outputRecord(b []byte) bool {
	b = bytes.TrimLeft(b, " ")
	if len(b) == 0 {
		return false
	}
	if c := b[0]; isDigit(c) || c == '{' || c == '[' || bytes.IndexByte(b, '\t') >= 0 {
		return true
	}
	if typeOpens(b) {
		return true
	}
	w := b
	if i := bytes.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	w = bytes.TrimRight(bytes.TrimLeft(w, "["), ":]")
	return len(w) >= 3 && isUpper(w)
}

// typeOpens reports whether a row opens an object printed under its type's name alone: Deno's and
// Node's "Request {", "Response {", Java's "HttpResponse{".
func typeOpens(b []byte) bool {
	t := bytes.TrimRight(b, " \t\r")
	if len(t) < 3 || t[len(t)-1] != '{' && t[len(t)-1] != '[' {
		return false
	}
	name := bytes.TrimRight(t[:len(t)-1], " ")
	if len(name) == 0 || !isLetter(name[0]) {
		return false
	}
	for _, c := range name {
		if !isWordByte(c) && c != '.' {
			return false
		}
	}
	return true
}

// promptRow reports whether a row starts with a prompt before a command: a shell's ("$ ",
// "user@host:~/api$ ", "root@host:/# "), or a REPL's ("jshell> ", ">>> ").
func promptRow(raw []byte) bool {
	switch c := raw[0]; {
	case c == '$':
		return len(raw) > 1 && raw[1] == ' '
	case c == '>':
		return bytes.HasPrefix(raw, []byte(">>> "))
	case c == 'j':
		return bytes.HasPrefix(raw, []byte("jshell> "))
	case isLetter(c):
		// "user@host:~/api$ ": the first word ends in '$' or '#' and names a host or a path.
		i := bytes.IndexByte(raw[:min(len(raw), 64)], ' ')
		if i < 2 {
			return false
		}
		w := raw[:i]
		return (w[i-1] == '$' || w[i-1] == '#') && bytes.ContainsAny(w, "@:~/")
	}
	return false
}

// psPromptRow reports whether a row starts with PowerShell's prompt, "PS C:\> " or "PS> ".
func psPromptRow(b []byte) bool {
	return bytes.HasPrefix(b, []byte("PS")) && bytes.Contains(b[:min(len(b), 64)], []byte("> "))
}

// replOutput reports whether a row starts as a REPL shows a command's value or its own message:
// jshell's "c ==> ...", "$4 ==> ..." and "|  ...".
func replOutput(b []byte) bool {
	if bytes.HasPrefix(b, []byte("|  ")) {
		return true
	}
	i := bytes.Index(b[:min(len(b), 64)], []byte(" ==> "))
	return i > 0 && bytes.IndexByte(b[:i], ' ') < 0
}

// startsMessage reports whether a row starts a message of its own: a status or request line, or
// mitmproxy's request line.
func startsMessage(b []byte) bool {
	if _, ok := statusFromLine(b); ok {
		return true
	}
	return isRequestLine(b) || mitmRequest(b) || absoluteRequest(b)
}
