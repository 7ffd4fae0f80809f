package decode

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mtapi-cli/mtapi/codes"
)

// A message is matched as a phrase: its content words in order, with case, punctuation and small
// words ignored. A pasted message is seldom exact (a word added in retyping, one left out, an OCR
// slip), so one word added, missing or changed is tolerated; but two messages of the catalogue are
// often one word apart (617008 and 617025), so a tolerant match never picks one: every message it
// fits is shown as a candidate. An exact match wins outright.

// smallWords are ignored on both sides: they carry no meaning a message is told apart by, and they
// are the words a person adds or drops when retyping ("cannot be in the future").
var smallWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"a": true, "an": true, "the": true, "in": true, "of": true, "to": true, "is": true, "was": true,
		"be": true, "been": true, "for": true, "by": true, "with": true, "on": true, "at": true, "and": true,
		"or": true, "it": true, "its": true, "this": true, "that": true, "has": true, "have": true, "are": true,
	}
})

// Costs of a word-level edit, in halves: a word written in another form of itself ("update" for
// "updated", "user" for "users") costs one; a word added, missing or changed costs two. A tolerant
// match may cost one changed word.
const (
	costNear    = 1
	costWord    = 2
	maxTolerant = costWord
)

// minTolerant is the fewest content words a message needs before a tolerant match is allowed: with
// fewer, one word changed leaves too little to be sure of.
const minTolerant = 4

// minLoose is the fewest content words a message needs to match exactly inside longer prose; a
// shorter message ("Authorization error") matches only when it stands alone between boundaries (a
// line, a sentence, quotes).
const minLoose = 3

// phrase is one distinct message of the catalogue, as content words.
type phrase struct {
	words []string
	stems []string
	codes []int // the codes (current entries first) that print this message
	text  string
}

// phraseIndex holds a catalogue's messages by their last two words: a match is looked for only where
// the text has just given one of them.
type phraseIndex struct {
	phrases []phrase
	byEnd   map[string][]int
	maxLen  int
}

var phraseCache sync.Map // *codes.Catalogue -> func() *phraseIndex

func phrases(cat *codes.Catalogue) *phraseIndex {
	f, ok := phraseCache.Load(cat)
	if !ok {
		f, _ = phraseCache.LoadOrStore(cat, sync.OnceValue(func() *phraseIndex { return buildPhrases(cat) }))
	}
	return f.(func() *phraseIndex)()
}

func buildPhrases(cat *codes.Catalogue) *phraseIndex {
	ix := &phraseIndex{byEnd: map[string][]int{}}
	at := map[string]int{}
	for _, e := range cat.Entries() {
		if e.Message == "" || e.State == codes.Superseded {
			continue
		}
		ws := contentWords(e.Message)
		if len(ws) < 2 {
			continue
		}
		key := strings.Join(ws, " ")
		i, ok := at[key]
		if !ok {
			i = len(ix.phrases)
			at[key] = i
			stems := make([]string, len(ws))
			for i, w := range ws {
				stems[i] = stem(w)
			}
			ix.phrases = append(ix.phrases, phrase{words: ws, stems: stems, text: e.Message})
		}
		if !slices.Contains(ix.phrases[i].codes, e.Code) {
			ix.phrases[i].codes = append(ix.phrases[i].codes, e.Code)
		}
	}
	for i, p := range ix.phrases {
		k := len(p.words)
		ix.maxLen = max(ix.maxLen, k)
		for _, w := range []string{stem(p.words[k-1]), stem(p.words[k-2])} {
			if l := ix.byEnd[w]; len(l) == 0 || l[len(l)-1] != i {
				ix.byEnd[w] = append(l, i)
			}
		}
	}
	return ix
}

// contentWords are the words of a message as a match compares them.
func contentWords(s string) []string {
	var out []string
	for _, w := range splitWords(s) {
		for _, w := range expand(foldWord(w)) {
			if w != "" && !smallWords()[w] {
				out = append(out, w)
			}
		}
	}
	return out
}

// contractions are written out, so that "couldn't" and "could not", "cannot" and "can not" are
// the same words.
var contractions = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		"cannot": {"can", "not"}, "cant": {"can", "not"}, "couldnt": {"could", "not"}, "shouldnt": {"should", "not"},
		"wouldnt": {"would", "not"}, "doesnt": {"does", "not"}, "dont": {"do", "not"}, "didnt": {"did", "not"},
		"isnt": {"is", "not"}, "wasnt": {"was", "not"}, "arent": {"are", "not"}, "wont": {"will", "not"},
		"hasnt": {"has", "not"}, "havent": {"have", "not"},
	}
})

func expand(w string) []string {
	if ws, ok := contractions()[w]; ok {
		return ws
	}
	return []string{w}
}

// splitWords splits text into runs of letters, digits, apostrophes and underscores.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !wordRune(r) })
}

func wordRune(r rune) bool {
	return r == '\'' || r == '_' || r == '’' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// foldWord is a word as phrases compare it: lower case, without apostrophes ("couldn't" and
// "couldnt" are one word).
func foldWord(w string) string {
	plain := true
	for i := 0; i < len(w) && plain; i++ {
		c := w[i]
		plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
	}
	if plain {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		switch {
		case r == '\'' || r == '’':
		case r < utf8.RuneSelf:
			b.WriteByte(byte(unicode.ToLower(r)))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// textWord is one content word of the text being read, with what a match needs to know about it.
type textWord struct {
	w, stem string
	// pos is the word's position among all the words of the text (small ones included), which
	// tells how many words a match covers.
	pos int
	// before and after say whether a boundary (a line's start or end, a sentence's end, a quote)
	// stands next to the word.
	before, after bool
}

// phraseMatch is one message found in the window of words ending at the word just read.
type phraseMatch struct {
	phrase     int
	dist       int
	start, end int // positions of the first and last word covered
}

// matchAt returns the messages that end at the last word of win (or one word before it, when the
// message's last word is missing or changed).
func (ix *phraseIndex) matchAt(win []textWord, out []phraseMatch) []phraseMatch {
	if len(win) == 0 {
		return out
	}
	last := win[len(win)-1]
	// The messages ending at the last word, and, where a boundary ends the text's phrase, those
	// ending one word before it, whose last word may be the one written differently ("couldn't be
	// updaled."): the match then quotes it. (Asked at every word, the second look would cost a
	// tenth of the reading of long prose.)
	var before []int
	if len(win) >= 2 && last.after {
		before = ix.byEnd[win[len(win)-2].stem]
	}
	for _, pi := range ix.byEnd[last.stem] {
		out = ix.matchPhrase(win, pi, out)
	}
	for _, pi := range before {
		out = ix.matchPhrase(win, pi, out)
	}
	return out
}

// matchPhrase appends the match of phrase pi ending at the last word of win, if it has one.
func (ix *phraseIndex) matchPhrase(win []textWord, pi int, out []phraseMatch) []phraseMatch {
	p := &ix.phrases[pi]
	k := len(p.words)
	if !nearEnd(p, win) {
		return out
	}
	limit := 0
	if k >= minTolerant {
		limit = maxTolerant
	}
	best, bestStart := limit+1, 0
	// The match ends at the last word; it starts a word more or less than k back.
	for n := max(1, k-limit/costWord); n <= k+limit/costWord && n <= len(win); n++ {
		seg := win[len(win)-n:]
		if d := wordDistance(p, seg, limit); d < best || d == best && n > len(win)-bestStart {
			best, bestStart = d, len(win)-n
		}
	}
	if best > limit {
		return out
	}
	seg := win[bestStart:]
	if k < minLoose && !(seg[0].before && seg[len(seg)-1].after) {
		return out
	}
	// A tolerant match must hold most of the message: a changed word at either end is a
	// missing one, and those are only tolerated with the rest in place.
	return append(out, phraseMatch{phrase: pi, dist: best, start: seg[0].pos, end: seg[len(seg)-1].pos})
}

// wordDistance is the word-level edit distance of want and the words of got, or limit+1 as soon as
// it must exceed limit.
func wordDistance(p *phrase, got []textWord, limit int) int {
	want := p.words
	if d := len(want) - len(got); d*costWord > limit || -d*costWord > limit {
		return limit + 1
	}
	var rows [2][64]int
	if len(got) >= len(rows[0]) {
		return limit + 1
	}
	prev, cur := rows[0][:len(got)+1], rows[1][:len(got)+1]
	for j := range prev {
		prev[j] = j * costWord
	}
	for i := 1; i <= len(want); i++ {
		cur[0] = i * costWord
		best := cur[0]
		for j := 1; j <= len(got); j++ {
			cost := costWord
			switch {
			case want[i-1] == got[j-1].w:
				cost = 0
			case len(want[i-1]) > 3 && len(got[j-1].w) > 3 && p.stems[i-1] == got[j-1].stem:
				cost = costNear
			}
			cur[j] = min(prev[j]+costWord, cur[j-1]+costWord, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(got)]
}

// stem is a word without the ending that makes another form of it ("updated", "updates" and
// "update" are "updat"; "users" is "user").
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suffix := range []string{"ing", "ed", "es", "s", "d", "e"} {
		if s, ok := strings.CutSuffix(w, suffix); ok && len(s) >= 3 {
			return s
		}
	}
	return w
}

// nearEnd is a quick test that rules out most windows before their distance is computed: a match
// within one word's edit has one of the phrase's two words before its last among the window's two
// words before its last.
func nearEnd(p *phrase, win []textWord) bool {
	k, n := len(p.stems), len(win)
	for _, i := range []int{k - 2, k - 3} {
		if i < 0 {
			continue
		}
		for _, j := range []int{n - 2, n - 3} {
			if j >= 0 && win[j].stem == p.stems[i] {
				return true
			}
		}
	}
	return false
}
