package export

import "strings"

// readerNote is a catalogue note as a reader of the page meets it. The notes were written for the
// program that builds the catalogue, and some clauses are instructions to it ("Decode by number",
// "Do not decode 4000 as a current code"); on the page they say what mtapi does instead.
func readerNote(note string) string {
	var b strings.Builder
	start := 0
	for i := 0; i <= len(note); i++ {
		// A clause starts the note or follows ". " or "; ".
		if i < len(note) && !(i+1 < len(note) && (note[i] == '.' || note[i] == ';') && note[i+1] == ' ') {
			continue
		}
		end := min(i+2, len(note))
		b.WriteString(readerClause(note[start:end]))
		if end == len(note) {
			break
		}
		start = end
		i = end - 1
	}
	return b.String()
}

// imperatives are the instructions a clause may start with, and how the page says them.
var imperatives = []struct{ verb, says string }{
	{"Do not ", "mtapi does not "}, {"do not ", "mtapi does not "}, {"Don't ", "mtapi does not "},
	{"Decode ", "mtapi decodes "}, {"decode ", "mtapi decodes "}, {"Treat ", "mtapi treats "},
	{"Use ", "mtapi uses "}, {"Map ", "mtapi maps "}, {"Report ", "mtapi reports "}, {"Ignore ", "mtapi ignores "},
}

func readerClause(c string) string {
	for _, im := range imperatives {
		if rest, ok := strings.CutPrefix(c, im.verb); ok {
			return im.says + rest
		}
	}
	return c
}
