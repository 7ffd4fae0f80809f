package headers

import "bytes"

// Box-drawn tables. Node's console.table of a headers object, and the table printers of database
// shells and libraries (mysql, psql with borders, Python's tabulate and prettytable, Go's
// tablewriter), draw a table with rules between its rows:
//
//	┌─────────────┬───────────┐        +-------------+--------+
//	│ (index)     │ Values    │        | name        | value  |
//	├─────────────┼───────────┤        +-------------+--------+
//	│ mtapistatus │ '4041003' │        | mtapistatus | 617020 |
//	└─────────────┴───────────┘        +-------------+--------+
//
// The rules carry nothing; a row is read as the Markdown table row it stands for (read_tables.go),
// so the header row names the columns and the titles above the table say whose headers they are.
// Node's index column is the header's name in an object's table ("(index) │ Values") and a
// row number in an array's ("(index) │ 0 │ 1": the name is then in column 0, the value in 1).
// A line that only starts with a box character (Newman's "│ " body preview) is no row: a row
// ends with one too.

// boxRow reads a line of a box-drawn table: a rule gives rule true; a row is rewritten with ASCII
// bars into buf and returned. ok is false for a line that is neither.
func boxRow(t []byte, buf []byte) (row []byte, rule, ok bool) {
	s := bytes.TrimSpace(trimEOL(t))
	if len(s) < 3 || !boxRune(s) {
		return nil, false, false
	}
	if boxRule(s) {
		return nil, true, true
	}
	// A row starts and ends with a vertical bar (│ or ║), and has one between two cells.
	if !vertical(s) || !vertical(s[len(s)-3:]) {
		return nil, false, false
	}
	buf = buf[:0]
	cells := 0
	for i := 0; i < len(s); {
		if i+3 <= len(s) && vertical(s[i:]) {
			buf = append(buf, '|')
			cells++
			i += 3
			continue
		}
		buf = append(buf, s[i])
		i++
	}
	if cells < 3 {
		return nil, false, false
	}
	return append(buf, '\n'), false, true
}

// boxRune reports whether s starts with a character of the Box Drawing block (U+2500–U+257F).
func boxRune(s []byte) bool {
	return len(s) >= 3 && s[0] == 0xe2 && (s[1] == 0x94 || s[1] == 0x95)
}

// vertical reports whether s starts with a vertical bar of a box: │ (U+2502), ┃ (U+2503) or ║
// (U+2551).
func vertical(s []byte) bool {
	return len(s) >= 3 && s[0] == 0xe2 && (s[1] == 0x94 && (s[2] == 0x82 || s[2] == 0x83) || s[1] == 0x95 && s[2] == 0x91)
}

// boxRule reports a line made only of box-drawing characters other than vertical bars, and
// spaces: ┌───┬───┐, ├───┼───┤. (A line of bars alone is a row of empty cells.)
func boxRule(s []byte) bool {
	for i := 0; i < len(s); {
		switch {
		case s[i] == ' ':
			i++
		case boxRune(s[i:]) && !vertical(s[i:]):
			i += 3
		default:
			return false
		}
	}
	return true
}

// boxEdge reports a rule that opens or closes a table (┌ ┏ ╔ ╭, └ ┗ ╚ ╰): what is above it is
// another table's.
func boxEdge(s []byte) bool {
	if !boxRune(s) {
		return false
	}
	switch string(s[:3]) {
	case "┌", "┏", "╔", "╭", "└", "┗", "╚", "╰":
		return true
	}
	return false
}

// asciiRule reports an ASCII table's rule: "+-----+-----+", "+=====+=====+" (tabulate's grid).
func asciiRule(s []byte) bool {
	if len(s) < 3 || s[0] != '+' || s[len(s)-1] != '+' || bytes.IndexByte(s, '-') < 0 && bytes.IndexByte(s, '=') < 0 {
		return false
	}
	return len(bytes.Trim(s, "+-=: ")) == 0
}

// indexColumn reports Node's index column title in a table's header row.
func indexColumn(cell []byte) bool { return bytes.Equal(cell, []byte("(index)")) }

// psql prints a query's result without outer bars: a header row, a rule of dashes crossed by "+"
// where the columns meet, the rows, and "(N rows)":
//
//	    name     |     value
//	-------------+---------------
//	 mtapistatus | 617020,901001
//	(1 row)
//
// The header row is known only once the rule under it is read, so the table reader keeps the
// last line with a bar in it (the paste stage hands it lines that start with a space).

// maxPrev bounds the line kept as a possible header row.
const maxPrev = 1 << 10

// keepPrev keeps a line that may be the header row of a psql table.
func (t *tableState) keepPrev(raw []byte) {
	if t.on || len(raw) > maxPrev || bytes.IndexByte(raw, '|') < 0 {
		t.prev = t.prev[:0]
		return
	}
	t.prev, t.prevLine = append(t.prev[:0], raw...), t.lineNo
}

// psqlRule reports psql's rule under its header row: dashes, crossed by "+" between columns.
func psqlRule(s []byte) bool {
	if len(s) < 3 || s[0] != '-' || s[len(s)-1] != '-' || bytes.IndexByte(s, '+') < 0 {
		return false
	}
	return len(bytes.Trim(s, "-+")) == 0
}

// bareRow reads a line of a psql table: its rule (whose line before is the header row), a row, or
// the line that ends it.
func (t *tableState) bareRow(raw, s []byte) (line []byte, ok bool) {
	if psqlRule(s) {
		if len(t.prev) == 0 || t.prevLine != t.lineNo-1 {
			return raw, false // (the header row is the line right above the rule)
		}
		t.header(bareCells(bytes.TrimSpace(trimEOL(t.prev))))
		t.bare, t.prev = true, t.prev[:0]
		return nil, true
	}
	if bytes.IndexByte(s, '|') < 0 {
		t.on, t.bare = false, false // "(1 row)", a blank line: the table ended
		return raw, false
	}
	return t.data(bareCells(s))
}

// bareCells splits a row without outer bars.
func bareCells(s []byte) [][]byte {
	cells := bytes.Split(s, []byte("|"))
	for i := range cells {
		cells[i] = bytes.TrimSpace(cells[i])
	}
	return cells
}
