package export

import (
	"bufio"
	"encoding/json"

	"github.com/mtapi-cli/mtapi/internal/render"
)

// writeJSON writes every entry, superseded history included, as an array of the entry objects of
// `decode --json` (render.EntryJSON), in catalogue order: by code, trusted first.
func writeJSON(w *bufio.Writer, d Data, _ Options) error {
	type item struct {
		SchemaVersion int `json:"schema_version"`
		render.EntryJSON
	}
	out := make([]item, 0, len(d.Entries))
	for _, e := range d.Entries {
		out = append(out, item{render.SchemaVersion, render.EntryToJSON(e)})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
