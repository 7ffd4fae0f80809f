package headers

import "bytes"

// Tab tables. A table copied from Teams, Outlook, Word or a spreadsheet pastes as rows of
// tab-separated cells, without bars. Such a table is read only where its header row shows a column
// per side ("Header<TAB>Request<TAB>Response"): each row stands for the header line of its
// Response column, as a Markdown table with that header does (read_tables.go). A two-cell row,
// "mtapistatus<TAB>617020", is the HTTP reader's (tableRow); a row in a table with no side column
// is no header.

// tabSidesHeader reports whether a line is the header row of a tab table with a column per side:
// three cells or more, one of them "Request" and one "Response".
func tabSidesHeader(raw []byte) bool {
	s := trimEOL(raw)
	if len(s) > 200 || bytes.Count(s, []byte("\t")) < 2 {
		return false
	}
	ask, reply := false, false
	for c := range bytes.SplitSeq(s, []byte("\t")) {
		c = bytes.TrimSpace(c)
		ask = ask || bytes.EqualFold(c, []byte("request"))
		reply = reply || bytes.EqualFold(c, []byte("response"))
	}
	return ask && reply
}

// tabRow reads a line of a tab table: its header row, or a data row while the table is on. A line
// without a tab ends the table.
func (t *tableState) tabRow(raw []byte) (line []byte, ok bool) {
	s := bytes.TrimSpace(trimEOL(raw))
	if bytes.IndexByte(s, '\t') < 0 {
		t.on, t.tabs = false, false
		return raw, false
	}
	cells := bytes.Split(s, []byte("\t"))
	for i := range cells {
		cells[i] = bytes.TrimSpace(cells[i])
	}
	if !t.on {
		t.header(cells)
		t.tabs = true
		return nil, true
	}
	return t.data(cells)
}
