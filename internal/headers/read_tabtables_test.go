package headers

import "testing"

// A table pasted with tabs is read where its header row shows a column per side: the Response
// column's value only.
func TestTabTables(t *testing.T) {
	checkCases(t, []parseCase{
		{"Teams: Header, Request and Response columns, NBSP in empty cells",
			"Compared the two calls:\nHeader\tRequest\tResponse\nHost\tapi.example.com\t\u00a0\nmtapistatus\t555002\t617020,901001\nX-Note\tretry after mtapistatus: 555004\tretry after mtapistatus: 555004\nSo the answer is in the right column.\n",
			"[0|617020,901001]"},
		{"the table ends at a line without a tab",
			"Header\tRequest\tResponse\nmtapistatus\t555002\t617020\nThen a retry:\nmtapistatus: 617021\n",
			"[0|617020][0|617021]"},
		{"a row whose Response cell is empty", "Header\tRequest\tResponse\nmtapistatus\t555002\t\n", ""},
		{"Response first, Request second",
			"Name\tResponse\tRequest\nmtapistatus\t617020\t555002\n", "[0|617020]"},
		{"a tab table without a side column is no header table",
			"Name\tValue\tNote\nmtapistatus\t555002\tsent\n", ""},
		{"in a body the table is body text",
			"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nHeader\tRequest\tResponse\nmtapistatus\t555002\t999999\n", "[200|-]"},
	})
}
