package headers

import (
	"slices"
	"strings"
)

// JSON families. The json reader's tokenizer and frame stack (structured.go) read any document
// by its shape alone: a member named mtapistatus, a {"name": ..., "value": ...} pair, a list of
// header lines, an object with a status. A tool that says what its objects are with names of its
// own (an OTLP attribute's "key", a Chrome DevTools Protocol event's "method", tshark's field
// names) is a JSON family: an entry in the json reader's list of families (readers.go, in the order
// they see a member) and a file of its own. The frame stack shows a family only what it asked for,
// so that a document with none of its names pays nothing for it:
//
//   - a member (key, value) whose key is one of its keys, or read in a frame where it keeps state
//     (member), after a member named mtapistatus and before the frame stack reads it as a status,
//     a header block, a name or a value; it reports whether it took the member, which nothing
//     else then reads;
//   - a bracket opened under one of its opens keys, or inside a frame where it keeps state (open),
//     after the frame stack has decided what the key says (a request's subtree is ignored, a
//     "response" key's value is a response), so that the family may decide otherwise.
//
// A family keeps its state per frame in its own byte of the frame (jsonSlot), zero in a new frame;
// it says what it found through the frame's own fields (status, response, isRequest, ignore, the
// values) and the frame stack's steps (lineString, nameMember, valueMember), and never makes a
// Response: the frame stack hands the frames it closes to the decision layer (decide.go).

// jsonFamily is one entry of the json reader's families.
type jsonFamily struct {
	// name says which tool's documents it reads (for tests, and whoever reads the table).
	name string
	// keys are the member keys it reads wherever they appear, as the tool writes them (member is
	// shown them in any case; it tells the tool's own spelling). opens are the keys under which it
	// wants to see a bracket open. Each is shorter than 33 bytes (keyClass).
	keys, opens []string
	// statusKeys are keys that hold a response's HTTP status, beside "status" and "statusCode".
	statusKeys []string
	// headerPrefixes are prefixes of a key that names the response's own header, beside resp_ and
	// response_: prefix + "mtapistatus" is the header (isHeaderKey).
	headerPrefixes []string
	// member reads a member of f; it reports whether it took it.
	member func(p *structParser, s jsonSlot, f *frame, key, val []byte) (took bool)
	// open reads a bracket f opened inside parent, under parent's key key (nil for an element).
	open func(p *structParser, s jsonSlot, parent, f *frame, key []byte, kind byte)
}

// maxJSONFamilies is how many families the frame's slots and the key sets' bits hold.
const maxJSONFamilies = 8

// The key sets' bits that say which families read a key: family i's member bit is keyMemberOf<<i,
// its open bit keyOpenOf<<i.
const (
	keyMemberOf uint32 = 1 << 16
	keyOpenOf   uint32 = 1 << 24
	keyMembers         = keyMemberOf * (1<<maxJSONFamilies - 1)
	keyOpens           = keyOpenOf * (1<<maxJSONFamilies - 1)
)

// jsonSlot is a family's place in the list, and its byte in each frame's slots.
type jsonSlot uint8

// of returns the family's state in f.
func (s jsonSlot) of(f *frame) uint8 { return uint8(f.slots >> (8 * s)) }

// set sets the family's state in f.
func (s jsonSlot) set(f *frame, v uint8) {
	f.slots = f.slots&^(0xff<<(8*s)) | uint64(v)<<(8*s)
}

// addFamilyKeys adds the json reader's families, and their keys, to the key sets.
func (t *keyTables) addFamilyKeys(readers []reader) {
	t.families = readers[slices.IndexFunc(readers, func(r reader) bool { return r.fam == famJSON })].families
	for i, fam := range t.families {
		for _, set := range []struct {
			bit  uint32
			keys []string
		}{{keyMemberOf << i, fam.keys}, {keyOpenOf << i, fam.opens}, {keyStatus, fam.statusKeys}} {
			for _, k := range set.keys {
				t.add(strings.ToLower(k), set.bit)
			}
		}
		t.prefixes = append(t.prefixes, fam.headerPrefixes...)
	}
}

// memberFamilies shows a member of f to the families that read it: those whose key it is (class,
// its keyClass) and those that keep state in f. It reports whether one took it.
func (p *structParser) memberFamilies(f *frame, class uint32, key, val []byte) bool {
	fams := keySets().families
	for i := range fams {
		fam, s := &fams[i], jsonSlot(i)
		if fam.member != nil && (class&(keyMemberOf<<i) != 0 || s.of(f) != 0) && fam.member(p, s, f, key, val) {
			return true
		}
	}
	return false
}

// openFamilies shows a bracket f opened inside parent to the families that read it: those that
// want to see one under its key (class, the key's keyClass; key is nil for an element) and those
// that keep state in parent.
func (p *structParser) openFamilies(parent, f *frame, key []byte, class uint32, kind byte) {
	fams := keySets().families
	for i := range fams {
		fam, s := &fams[i], jsonSlot(i)
		if fam.open != nil && (class&(keyOpenOf<<i) != 0 || s.of(parent) != 0) {
			fam.open(p, s, parent, f, key, kind)
		}
	}
}
