package render

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
)

// insider are the words only someone checking the documentation needs: revision labels, source
// names, "inferred". A default card has none of them; --verbose keeps them.
var insider = regexp.MustCompile(`\br\d\d\b|\bseed\b|inferred|partly visible|\bdiff \d|seen in|v\d\d->v`)

func cardOf(t *testing.T, r decode.Result, verbose bool) string {
	t.Helper()
	var b bytes.Buffer
	p := New(&b, Options{Format: Styled, Width: 100, Verbose: verbose})
	p.BeginList()
	p.Result(r)
	p.EndList()
	if err := p.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestDefaultCardsArePlain: no default card of any documented number, typo or range names a
// revision, a source or an inference; the verbose cards still do.
func TestDefaultCardsArePlain(t *testing.T) {
	cat := codes.Default()
	inputs := []string{"62000", "614000", "619500", "621500", "617999", "4049999", "12345", "4000"}
	for _, e := range cat.Entries() {
		inputs = append(inputs, strconv.Itoa(e.Code), e.Name)
	}
	verboseInsider := false
	for _, in := range inputs {
		r := decode.Resolve(cat, in)
		if m := insider.FindString(cardOf(t, r, false)); m != "" {
			t.Errorf("the default card of %s says %q:\n%s", in, m, cardOf(t, r, false))
		}
		verboseInsider = verboseInsider || insider.MatchString(cardOf(t, r, true))
	}
	if !verboseInsider {
		t.Error("no verbose card names a revision, a source or an inference")
	}
}

// TestAuditWording holds the fixes of the catalogue audit, one by one.
func TestAuditWording(t *testing.T) {
	cat := codes.Default()
	card := func(in string) string { return cardOf(t, decode.Resolve(cat, in), false) }
	// 619001's replacement was itself replaced: the card follows the chain.
	if c := card("619001"); !strings.Contains(c, "UserExistsFailed") || strings.Contains(c, "now documents") {
		t.Errorf("619001's card does not follow the chain to UserExistsFailed:\n%s", c)
	}
	// Inferences are not stated as facts.
	for _, in := range []string{"619000", "601000", "601001", "4000"} {
		if c := card(in); strings.Contains(c, "now documents") {
			t.Errorf("%s's card states an inference as a fact:\n%s", in, c)
		}
	}
	// A range of which only the heading was seen does not "document no codes".
	for _, in := range []string{"614000", "619000", "621500"} {
		c := strings.Join(strings.Fields(card(in)), " ")
		if strings.Contains(c, "documents no codes") || !strings.Contains(c, "heading") {
			t.Errorf("%s's card says the range documents no codes:\n%s", in, c)
		}
	}
	// An undocumented number outside every range is not told that "MTAPI codes are" something
	// 4000 (documented) is not.
	for _, in := range []string{"12345", "4001", "150"} {
		if c := decode.Resolve(cat, in).Explanation(); strings.Contains(c, "MTAPI codes are") {
			t.Errorf("%s: %q contradicts ARTIFACT_NOT_FOUND = 4000", in, c)
		}
	}
}
