package headers

import "bytes"

// Tables. A ticket or a wiki page shows headers as a table: Markdown ("| Name | Value |", a
// "| --- |" rule below the header row) or Jira ("||Header||Value||" header row, "|a|b|" rows). The
// line source hands each row on as the header line it stands for ("mtapistatus: 617020"), so the
// titles above the table (a Markdown heading "### Response headers", Jira's "h3. Request") decide
// whose headers they are, as for any titled block. A table with a column per side ("| Header |
// Request | Response |") gives the Response column's value only; a table whose only value column
// is a request's gives nothing. A table with a column that names each row's side ("| Side |
// Header | Value |", "Direction") gives the rows of a response only.

// tableState is the table being read.
type tableState struct {
	on bool
	// tabs: the table's cells are separated by tabs (read_tabtables.go).
	tabs bool
	col  int // the column of the values, or -1: none that count
	name int // the column of the names
	side int // the column that names each row's side, or -1: none
	// buf holds a box-drawn row rewritten with ASCII bars (read_boxtables.go).
	buf []byte
	// bare: a table without outer bars, psql's; prev is the line before, its header row if a
	// rule follows it (read_boxtables.go).
	bare bool
	prev []byte
	// lineNo is the number of the line being read; prevLine that of prev.
	lineNo, prevLine int
}

// row reads a line that may be a table row and returns what the line stands for: a header line, or
// nil for a line to pass over (the header row, a rule, a row with no value). ok is false when the
// line is no table row.
func (t *tableState) row(raw []byte) (line []byte, ok bool) {
	s := bytes.TrimSpace(trimEOL(raw))
	if t.bare || psqlRule(s) {
		return t.bareRow(raw, s)
	}
	if boxRune(s) {
		row, rule, ok := boxRow(s, t.buf)
		switch {
		case rule:
			t.on = t.on && !boxEdge(s)
			return nil, true
		case !ok:
			t.on = false
			return raw, false
		}
		t.buf = row
		s = bytes.TrimSpace(trimEOL(row))
	} else if asciiRule(s) {
		return nil, true // mysql's, psql's and tabulate's "+----+----+"
	}
	if len(s) < 3 || s[0] != '|' || s[len(s)-1] != '|' {
		t.on = false
		return raw, false
	}
	jiraHeader := bytes.HasPrefix(s, []byte("||"))
	cells := bytes.Split(s[1:len(s)-1], []byte("|"))
	if jiraHeader {
		cells = bytes.Split(bytes.Trim(s, "|"), []byte("||"))
	}
	for i := range cells {
		cells[i] = bytes.TrimSpace(cells[i])
	}
	if !t.on || jiraHeader {
		t.header(cells)
		return nil, true
	}
	if len(bytes.Trim(s, "|-: ")) == 0 {
		return nil, true // the rule under a Markdown header row
	}
	return t.data(cells)
}

// header reads the header row, which names the columns.
func (t *tableState) header(cells [][]byte) {
	t.on, t.col, t.name, t.side = true, 1, 0, -1
	if len(cells) >= 3 && indexColumn(cells[0]) {
		// Node's console.table of an array: "(index) │ 0 │ 1", the name after the index.
		t.col, t.name = 2, 1
	}
	if i := sideColumn(cells); i >= 0 && len(cells) >= 3 {
		// The name and the value are the first two columns besides the side's.
		t.side, t.name, t.col = i, 0, 1
		if i == 0 {
			t.name = 1
		}
		if i <= 1 {
			t.col = 2
		}
		return
	}
	if l := bytes.ToLower(cells[0]); len(cells) == 2 && bytes.Contains(l, []byte("request")) && !bytes.Contains(l, []byte("response")) {
		// The name column's title says whose the table is: "| Request header | Value |".
		t.col = -1
		return
	}
	for i, c := range cells {
		l := bytes.ToLower(c)
		switch {
		case i > 0 && bytes.Contains(l, []byte("response")):
			// (The first column is the names', whatever its title says: "| Response header |
			// Value |".)
			t.col = i
		case i > 0 && bytes.Contains(l, []byte("request")) && t.col == i:
			t.col = -1
		}
		if i > 0 && bytes.Contains(l, []byte("request")) && len(cells) == 2 {
			t.col = -1
		}
	}
}

// data returns the header line a data row stands for, or nil.
func (t *tableState) data(cells [][]byte) (line []byte, ok bool) {
	if t.col < 0 || t.col >= len(cells) || t.name >= len(cells) || len(cells[t.name]) == 0 || len(cells[t.col]) == 0 {
		return nil, true
	}
	if t.side >= 0 && (t.side >= len(cells) || !bytes.EqualFold(bytes.Trim(cells[t.side], "`*_"), []byte("response"))) {
		return nil, true // a request's row, or one whose side is not said
	}
	// (Node quotes a string cell: 'mtapistatus'; Markdown sets a name as code: `mtapistatus`.)
	name := bytes.Trim(cells[t.name], "'\"`")
	for _, c := range name {
		if !isTokenByte(c) {
			return nil, true // no header's name ("mtapistatus:0" would read as another line)
		}
	}
	out := make([]byte, 0, len(name)+len(cells[t.col])+3)
	out = append(out, name...)
	out = append(out, ": "...)
	out = append(out, cells[t.col]...)
	return append(out, '\n'), true
}

// sideColumn returns the column of a header row that names each row's side ("Side", "Direction"),
// or -1.
func sideColumn(cells [][]byte) int {
	for i, c := range cells {
		if bytes.EqualFold(c, []byte("side")) || bytes.EqualFold(c, []byte("direction")) {
			return i
		}
	}
	return -1
}

// heading returns the text of a Markdown heading ("### Response headers") or a Jira one
// ("h3. Request"), or nil.
func heading(raw []byte) []byte {
	switch {
	case len(raw) > 2 && raw[0] == '#':
		i := 0
		for i < len(raw) && i < 6 && raw[i] == '#' {
			i++
		}
		if i < len(raw) && raw[i] == ' ' {
			return raw[i+1:]
		}
	case len(raw) > 4 && raw[0] == 'h' && raw[1] >= '1' && raw[1] <= '6' && raw[2] == '.' && raw[3] == ' ':
		return raw[4:]
	}
	return nil
}

// emphasized returns the text of a line that is emphasized whole, as tickets set a title in bold
// (Markdown's "**Request headers**" or "__Response__", Jira's "*Request:*"), with its line end; or
// nil. The marks must close the line and hug the text: curl -v's "* Connected ..." is no title.
func emphasized(raw []byte) []byte {
	t := bytes.TrimSpace(trimEOL(raw))
	for _, m := range [...]string{"**", "__", "*", "_"} {
		inner, ok := bytes.CutPrefix(t, []byte(m))
		if !ok {
			continue
		}
		inner, ok = bytes.CutSuffix(inner, []byte(m))
		if !ok || len(inner) == 0 || inner[0] == ' ' || inner[len(inner)-1] == ' ' || bytes.ContainsAny(inner, "*_") {
			return nil
		}
		return append(inner[:len(inner):len(inner)], '\n')
	}
	return nil
}
