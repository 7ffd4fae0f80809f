package decode

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

// paste is one case of the table of pastes (testdata/pastes.json at the module's root): text a
// support person may paste, and what it must give. The same table drives the exported page's search
// box in Chromium (internal/export).
type paste struct {
	Kind string `json:"kind"`
	// From is the public issue the case is modelled on, when it is.
	From string `json:"from"`
	Text string `json:"text"`
	// Want are the cards, in order: a code decoded ("617020"), or a code only offered ("?617020").
	Want []string `json:"want"`
}

func loadPastes(t *testing.T) []paste {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pastes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ps []paste
	if err := json.Unmarshal(b, &ps); err != nil {
		t.Fatal(err)
	}
	return ps
}

// read is what mtapi does with one pasted argument: codes and names token by token, anything else
// as free text.
func read(t *testing.T, cat *codes.Catalogue, text string) ([]Result, TextReport) {
	t.Helper()
	if IsQuery(cat, text) {
		rs := ResolveTokens(cat, Tokens(text, func(s string) bool { return IsName(cat, s) }))
		return rs, TextReport{}
	}
	var rs []Result
	rep, err := ReadText(cat, strings.NewReader(text), func(r Result) error { rs = append(rs, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return rs, rep
}

func cards(rs []Result) []string {
	out := []string{}
	for _, r := range rs {
		switch {
		case r.Mention == MentionNearCode:
			out = append(out, "?"+strings.Join(r.Suggestions(), ","))
		case r.HasCode:
			out = append(out, strconv.Itoa(r.Code))
		default:
			out = append(out, "!"+r.Input)
		}
	}
	return out
}

func TestPastes(t *testing.T) {
	cat := codes.Default()
	ps := loadPastes(t)
	real := 0
	for _, p := range ps {
		if p.Kind == "ticket" || p.Kind == "email" || p.Kind == "chat" {
			real++
		}
		rs, _ := read(t, cat, p.Text)
		if got := cards(rs); !slices.Equal(got, p.Want) {
			t.Errorf("%s %q:\n got %q\nwant %q", p.Kind, p.Text, got, p.Want)
		}
	}
	if len(ps) < 60 || real*2 < len(ps) {
		t.Errorf("the table has %d pastes, %d of them tickets, e-mails and chat; want 60, half of them", len(ps), real)
	}
}
