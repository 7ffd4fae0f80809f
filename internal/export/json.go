package export

import (
	"bufio"
	"encoding/json"

	"github.com/mtapi-cli/mtapi/internal/render"
)

// writeJSON writes every entry, superseded history included, as an array of the entry objects of
// `decode --json` (render.EntryJSON), in catalogue order: by code, trusted first.
func writeJSON(w *bufio.Writer, d Data, _ Options) error {
	out := make([]render.EntryJSON, 0, len(d.Entries))
	for _, e := range d.Entries {
		out = append(out, render.EntryToJSON(e))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
