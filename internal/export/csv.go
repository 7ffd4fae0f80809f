package export

import (
	"bufio"
	"encoding/csv"
	"strconv"
)

// csvHeader is the header row of the csv format.
var csvHeader = []string{"code", "printed_code", "name", "controller", "message", "state", "first_revision", "last_revision", "note",
	"controller_inferred", "sources"}

// writeCSV writes one row per entry, superseded history included, after a header row. Quoting and
// line ends follow RFC 4180 (CRLF; a field with a comma, quote or line break is quoted, quotes
// doubled).
func writeCSV(w *bufio.Writer, d Data, _ Options) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, e := range d.Entries {
		if err := cw.Write([]string{strconv.Itoa(e.Code), strconv.Itoa(e.Printed), e.Name, controllerName(e.Controller),
			e.Message, string(e.State), e.FirstRevision, e.LastRevision, e.Note,
			strconv.FormatBool(e.Controller != nil && e.Controller.NameInferred), e.Sources}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
