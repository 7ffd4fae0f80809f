package export

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// TestExportsCarryInferenceAndSources: every export marks a controller name inferred from its
// codes, and the json and csv exports carry each entry's sources, as decode --json does.
func TestExportsCarryInferenceAndSources(t *testing.T) {
	cat := catalogue()
	var js []map[string]any
	if err := json.Unmarshal(generate(t, "json", cat, Options{}), &js); err != nil {
		t.Fatal(err)
	}
	for _, e := range js {
		if _, ok := e["sources"].(string); !ok {
			t.Fatalf("json entry without sources: %v", e)
		}
		if e["code"].(float64) == 617020 && e["controller_inferred"] != true {
			t.Errorf("json: 617020's controller (Service Requests) is not marked inferred: %v", e)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(string(generate(t, "csv", cat, Options{})))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		if r[col["code"]] == "617020" && (r[col["controller_inferred"]] != "true" || r[col["sources"]] == "") {
			t.Errorf("csv row of 617020 lacks the inferred flag or its sources: %q", r)
		}
	}
	for format, want := range map[string][]string{
		"ts": {"controllerInferred: true", `describe(code: number)`},
		"go": {"ControllerInferred bool", "true,", "NotSet Status = -1"},
		"cs": {"bool controllerInferred", "NotSet = -1,"},
	} {
		out := string(generate(t, format, cat, Options{}))
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s export lacks %q", format, w)
			}
		}
	}
	if ts := string(generate(t, "ts", cat, Options{})); strings.Contains(ts, `": not in the MTAPI status catalogue; formerly`) {
		t.Error("ts describe() says a documented (superseded) code is not in the catalogue")
	}
}

// TestCurrentFirst: in the md export and on the page, what the numbers of a range mean now comes
// before their history.
func TestCurrentFirst(t *testing.T) {
	cat := catalogue()
	marks := map[string][3]string{
		"md":   {"| 601016 |", "| 601000 | `InvalidReturnUrl`", "`ARTIFACT_NOT_FOUND`"},
		"html": {`id="601016"`, `data-name="InvalidReturnUrl" data-state="superseded" data-controller="Accounts"`, `data-name="ARTIFACT_NOT_FOUND"`},
	}
	for format, m := range marks {
		out := string(generate(t, format, cat, Options{}))
		cur, old, outside := strings.Index(out, m[0]), strings.Index(out, m[1]), strings.Index(out, m[2])
		if cur < 0 || old < 0 || old < cur {
			t.Errorf("%s: history (601000 InvalidReturnUrl at %d) before current codes (601016 at %d)", format, old, cur)
		}
		if last := strings.Index(out, "UpdateDateCannotBeInFuture"); outside < last {
			t.Errorf("%s: 4000 (history, in no range) comes before the current codes", format)
		}
	}
}

// TestNotesReadAsNotes: the page's source notes are notes to a reader, not instructions to a
// program.
func TestNotesReadAsNotes(t *testing.T) {
	page := string(generate(t, "html", catalogue(), Options{}))
	for _, imperative := range []string{"Do not decode", "; do not", ". Decode ", "Decode by number"} {
		if strings.Contains(page, imperative) {
			t.Errorf("the page's notes say %q, an instruction to a program", imperative)
		}
	}
	if got := readerNote("Read as X. Do not decode 4000 as a current code."); got != "Read as X. mtapi does not decode 4000 as a current code." {
		t.Errorf("readerNote = %q", got)
	}
}
