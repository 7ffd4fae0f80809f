package cmd

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestPastesEveryWay runs the table of pastes (testdata/pastes.json) through every way a paste
// reaches mtapi: one argument to mtapi and to mtapi decode, piped into mtapi, and mtapi decode -.
// Each must give the cards the table names, in order: the same text gives the same answer however
// it arrives. (internal/decode checks the reading itself; the page's search box in Chromium checks
// the same table.)
func TestPastesEveryWay(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "pastes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pastes []struct {
		Text string
		Want []string
	}
	if err := json.Unmarshal(b, &pastes); err != nil {
		t.Fatal(err)
	}
	ways := []struct {
		name  string
		stdin bool
		args  []string
	}{
		{"mtapi ARG", false, []string{"--json"}},
		{"mtapi decode ARG", false, []string{"decode", "--json"}},
		{"| mtapi", true, []string{"--json"}},
		{"| mtapi decode -", true, []string{"decode", "--json", "-"}},
	}
	for _, p := range pastes {
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		for _, w := range ways {
			var r run
			if w.stdin {
				r = execute(t, p.Text, false, nil, w.args...)
			} else {
				r = execute(t, "", false, nil, append(w.args, p.Text)...)
			}
			if got := jsonCards(t, r.stdout); !slices.Equal(got, p.Want) {
				t.Errorf("%s %q:\n got %q (exit %d) %s\nwant %q", w.name, p.Text, got, r.code, strings.TrimSpace(r.stderr), p.Want)
			}
		}
	}
}

// jsonCards are the cards of decode --json's output as the table writes them: a code decoded
// ("617020"), a code only offered ("?617020"), anything else by its input ("!Hi").
func jsonCards(t *testing.T, out string) []string {
	t.Helper()
	cards := []string{}
	if strings.TrimSpace(out) == "" {
		return cards
	}
	var rs []struct {
		Input       string   `json:"input"`
		Code        *int     `json:"code"`
		Mentioned   string   `json:"mentioned"`
		Suggestions []string `json:"suggestions"`
	}
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, r := range rs {
		switch {
		case r.Mentioned == "near-code":
			cards = append(cards, "?"+strings.Join(r.Suggestions, ","))
		case r.Code != nil:
			cards = append(cards, strconv.Itoa(*r.Code))
		default:
			cards = append(cards, "!"+r.Input)
		}
	}
	return cards
}
