package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/headers"
)

// TestSummaryKeepsEverything: at 80 and 50 columns the summary shows every name of a two-name code
// and every word of each message, wrapped rather than cut; only a name wider than its whole column
// is cut, marked with "…".
func TestSummaryKeepsEverything(t *testing.T) {
	cat := codes.Default()
	var rows []SummaryRow
	for _, c := range []string{"604004", "617020", "617022", "901000"} {
		rows = append(rows, SummaryRow{Count: 1, Result: decode.Resolve(cat, c)})
	}
	v := SummaryView{Totals: headers.Summary{Responses: 4, WithStatus: 4, Invalid: 1}, Rows: rows}
	for _, width := range []int{80, 50} {
		var b bytes.Buffer
		p := New(&b, Options{Format: Styled, Width: width})
		p.Summary(v)
		if err := p.Flush(); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, l := range strings.Split(out, "\n") {
			if w := lipgloss.Width(l); w > width {
				t.Errorf("width %d: a line of %d columns: %q", width, w, l)
			}
		}
		flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ", "…", " ").Replace(out)), " ")
		for _, want := range []string{"CreatingArtifactFailed", "RetrievingArtifactFailed", "UpdateDateCannotBeInFuture",
			"Retrieving Artifact Failed", "contact your lead or support", "greater than the previous date", "duplicate"} {
			if !strings.Contains(flat, want) {
				t.Errorf("width %d: %q is missing:\n%s", width, want, out)
			}
		}
		if width == 50 && !strings.Contains(out, "UpdateDateShouldBeAfterPrevi…") {
			t.Errorf("width 50: a name too wide for its column is not cut with a mark:\n%s", out)
		}
	}
}
